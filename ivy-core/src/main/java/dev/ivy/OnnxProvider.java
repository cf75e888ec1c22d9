package dev.ivy;

import java.nio.file.Path;

/**
 * Service-provider entry of the ONNX importer (module {@code ivy-onnx}), found with {@link
 * java.util.ServiceLoader} so that core offers {@link Ivy#importOnnx} without depending on it.
 */
public interface OnnxProvider {
  /**
   * Reads the ONNX model at {@code path} and returns it traced into a graph, on {@code examples}
   * (one per graph input) or, when empty, on zeros of the declared input shapes; batch-polymorphic
   * where the model declares a symbolic leading dimension and its operations allow it.
   */
  TracedFunction importOnnx(Path path, java.util.List<Array> examples);

  /**
   * Reads the ONNX model at {@code path} and returns it traced with {@code options} on {@code
   * examples} (or zeros of the declared input shapes when empty).
   *
   * @throws dev.ivy.errors.IvyException if this importer does not support trace options
   */
  default TracedFunction importOnnx(
      Path path, TraceOptions options, java.util.List<Array> examples) {
    throw new dev.ivy.errors.IvyException(
        "importOnnx: the ONNX importer on the class path ("
            + getClass().getName()
            + ") does not support trace options");
  }

  /**
   * Reads the ONNX model at {@code path} and returns it as a module whose variables are its
   * floating-point initializers, on the current backend.
   */
  dev.ivy.nn.Module importOnnxModule(Path path);
}
