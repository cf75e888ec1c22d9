package dev.ivy.errors;

/** No backend of the requested name is on the class path; the message lists the ones that are. */
public class BackendNotFoundException extends IvyException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message. */
  public BackendNotFoundException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the cause it wraps. */
  public BackendNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
