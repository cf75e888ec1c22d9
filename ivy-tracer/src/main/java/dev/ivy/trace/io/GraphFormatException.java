package dev.ivy.trace.io;

import dev.ivy.errors.IvyArgumentException;

/** A graph file is corrupted, truncated, of another version, or not a graph file. */
public class GraphFormatException extends IvyArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message and the cause it wraps (or null). */
  public GraphFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
