package dev.ivy.onnx;

import dev.ivy.errors.IvyException;

/**
 * Raised when an ONNX model cannot be imported or run: a truncated or corrupted file, a tensor
 * whose data does not match its type and shape, a node input that no earlier node, graph input or
 * initializer produces, or an operator (or opset) this importer does not support. The message names
 * the model part (node name and operator type, tensor or input name) and what was expected.
 */
public class OnnxException extends IvyException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its message. */
  public OnnxException(String message) {
    super(message);
  }

  /** Creates the exception with its message and the error that caused it. */
  public OnnxException(String message, Throwable cause) {
    super(message, cause);
  }
}
