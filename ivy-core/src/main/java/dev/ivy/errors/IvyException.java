package dev.ivy.errors;

/** The root of every exception the library raises; all are unchecked. */
public class IvyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message. */
  public IvyException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the cause it wraps. */
  public IvyException(String message, Throwable cause) {
    super(message, cause);
  }
}
