package dev.ivy.backend.tf;

/**
 * A TensorFlow status other than OK, raised inside a kernel. Core's eager interpreter wraps it in a
 * {@link dev.ivy.errors.BackendFailureException} naming the primitive, backend and inputs.
 */
final class TfNativeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TfNativeException(String message) {
    super(message);
  }
}
