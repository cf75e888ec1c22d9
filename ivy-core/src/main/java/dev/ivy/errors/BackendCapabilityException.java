package dev.ivy.errors;

/**
 * A backend cannot honour an operation for a dtype or an argument; the message names backend,
 * function and what it lacks.
 */
public class BackendCapabilityException extends IvyException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message. */
  public BackendCapabilityException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the cause it wraps. */
  public BackendCapabilityException(String message, Throwable cause) {
    super(message, cause);
  }
}
