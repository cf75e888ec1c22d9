package dev.ivy.errors;

/**
 * A native framework failed while running an operation; the message names op, backend, shapes and
 * dtypes, and the native error is kept as the cause.
 */
public class BackendFailureException extends IvyException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message. */
  public BackendFailureException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the cause it wraps. */
  public BackendFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
