package dev.ivy.backend;

import dev.ivy.DType;
import dev.ivy.Device;
import dev.ivy.Shape;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * A native framework as core sees it: kernels for the primitives, conversion of host data, and
 * freeing of native memory. Implementations are thread-safe singletons created by their {@link
 * BackendProvider}; only the dispatcher's eager interpreter calls their kernels.
 *
 * <p>Host data is exchanged as little-endian bytes in row-major order: bool as one byte (0 or 1),
 * float16 and bfloat16 as their 16 raw bits.
 */
public interface Backend {
  /** Returns the canonical name ({@code "nd4j"}, {@code "torch"}, {@code "tf"}). */
  String name();

  /** Returns the device arrays of this backend live on. */
  Device device();

  /** Returns the kernels. */
  KernelTable kernels();

  /**
   * Creates a native array holding a copy of {@code data}.
   *
   * @param dtype element type
   * @param shape shape; {@code data} holds {@code shape.size() * dtype.byteSize()} bytes
   * @param data little-endian bytes, read from position 0
   * @return the native payload
   */
  Object fromBytes(DType dtype, Shape shape, ByteBuffer data);

  /**
   * Copies a native array's elements to host memory.
   *
   * @return little-endian bytes in row-major order, positioned at 0
   */
  ByteBuffer toBytes(Object payload, DType dtype, Shape shape);

  /** Frees a native payload; called at most once per payload. */
  void free(Object payload);

  /**
   * Returns about how many bytes of native memory one array of this backend holds beside its
   * elements (the native object, its handle and shape, allocator rounding): what {@link
   * dev.ivy.NativeMemory} adds to an array's element bytes when it counts the memory of unscoped
   * arrays. The default, 256, suits a backend that does not say.
   */
  default long arrayOverheadBytes() {
    return 256;
  }

  /**
   * Returns this backend's compiler of whole programs (traced graphs), if it has one; the tracer
   * replays graphs primitive by primitive otherwise.
   */
  default Optional<ProgramCompiler> compiler() {
    return Optional.empty();
  }

  /**
   * Returns this backend's export of whole programs (traced graphs) to the framework's own objects,
   * if it has one.
   */
  default Optional<ProgramExporter> exporter() {
    return Optional.empty();
  }
}
