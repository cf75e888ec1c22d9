package dev.ivy.errors;

/**
 * A caller error: a bad value, shape, dtype or axis. The message names the function, the argument
 * and what was expected.
 */
public class IvyArgumentException extends IvyException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message. */
  public IvyArgumentException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the cause it wraps. */
  public IvyArgumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
