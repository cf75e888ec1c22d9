package dev.ivy.errors;

/**
 * A call asked for an array larger than the size limit ({@code Ivy.setMaxArrayBytes}, system
 * property {@code ivy.maxArrayBytes}): refused before anything is allocated. The message names the
 * function, the requested shape and dtype, its bytes and the limit.
 */
public class ArrayTooLargeException extends IvyArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message. */
  public ArrayTooLargeException(String message) {
    super(message);
  }
}
