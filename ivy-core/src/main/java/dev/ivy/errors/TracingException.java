package dev.ivy.errors;

/**
 * A concrete value was needed from a symbolic (traced) array, or a traced array escaped its trace.
 */
public class TracingException extends IvyException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message. */
  public TracingException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the cause it wraps. */
  public TracingException(String message, Throwable cause) {
    super(message, cause);
  }
}
