package dev.ivy.errors;

/**
 * Arrays of two backends met in one call; the message names both and suggests {@code
 * Ivy.toBackend}.
 */
public class BackendMismatchException extends IvyException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message. */
  public BackendMismatchException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the cause it wraps. */
  public BackendMismatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
