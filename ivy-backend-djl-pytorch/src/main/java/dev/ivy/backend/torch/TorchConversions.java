package dev.ivy.backend.torch;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.jni.JniUtils;
import dev.ivy.DType;
import dev.ivy.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Conversions between Ivy's host format (little-endian row-major bytes) and libtorch tensors, and
 * between Ivy dtypes, DJL {@link DataType}s and libtorch scalar-type codes.
 *
 * <p>DJL's JNI layer cannot create or convert int16 and bfloat16 tensors (it aborts the process),
 * so those two dtypes travel as uint8 bytes and are reinterpreted by the TorchScript module.
 */
public final class TorchConversions {
  private static final DataType[] DATA_TYPES = new DataType[DType.values().length];
  private static final int[] SCALAR_TYPES = new int[DType.values().length];

  /** The largest host copy staged in the thread's reused buffer (64 KB). */
  private static final int STAGING_BYTES = 1 << 16;

  /**
   * Per-thread direct buffer for small host copies (the scalars of {@code multiply(x, 0.9)}, every
   * op): a fresh direct buffer per copy would hold native memory until the garbage collector runs,
   * which in a training loop grows resident memory by megabytes a second.
   */
  private static final ThreadLocal<ByteBuffer> STAGING =
      ThreadLocal.withInitial(
          () -> ByteBuffer.allocateDirect(STAGING_BYTES).order(ByteOrder.nativeOrder()));

  static {
    map(DType.BOOL, DataType.BOOLEAN, 11);
    map(DType.INT8, DataType.INT8, 1);
    map(DType.INT16, null, 2);
    map(DType.INT32, DataType.INT32, 3);
    map(DType.INT64, DataType.INT64, 4);
    map(DType.UINT8, DataType.UINT8, 0);
    map(DType.FLOAT16, DataType.FLOAT16, 5);
    map(DType.BFLOAT16, null, 15);
    map(DType.FLOAT32, DataType.FLOAT32, 6);
    map(DType.FLOAT64, DataType.FLOAT64, 7);
  }

  private TorchConversions() {}

  private static void map(DType d, DataType dt, int scalarType) {
    DATA_TYPES[d.ordinal()] = dt;
    SCALAR_TYPES[d.ordinal()] = scalarType;
  }

  /**
   * Returns the DJL data type of {@code d}, or null for the dtypes DJL's JNI layer cannot handle
   * (int16, bfloat16).
   */
  public static DataType dataType(DType d) {
    return DATA_TYPES[d.ordinal()];
  }

  /** Returns whether DJL's JNI layer can create and convert tensors of {@code d}. */
  public static boolean isDjlType(DType d) {
    return DATA_TYPES[d.ordinal()] != null;
  }

  /** Returns libtorch's {@code c10::ScalarType} code of {@code d}. */
  public static int scalarType(DType d) {
    return SCALAR_TYPES[d.ordinal()];
  }

  /** Returns the DJL shape of {@code shape}. */
  public static ai.djl.ndarray.types.Shape djlShape(Shape shape) {
    return new ai.djl.ndarray.types.Shape(shape.dims());
  }

  /**
   * Creates a tensor owning a copy of {@code data}.
   *
   * @param data little-endian row-major bytes from position 0
   */
  static PtNDArray fromBytes(
      PtNDManager manager, TorchScriptOps script, DType dtype, Shape shape, ByteBuffer data) {
    int n = Math.toIntExact(shape.size() * dtype.byteSize());
    DataType dt = dataType(dtype);
    // the clone below copies a staged buffer, so it can be reused; raw bytes may stay aliased
    ByteBuffer direct =
        dt != null && n <= STAGING_BYTES
            ? STAGING.get().clear()
            : ByteBuffer.allocateDirect(Math.max(n, 1)).order(ByteOrder.nativeOrder());
    ByteBuffer src = data.duplicate();
    src.position(0).limit(n);
    direct.put(src).flip();
    // from_blob aliases the Java buffer; clone so the tensor owns native memory freed by close()
    PtNDArray blob =
        JniUtils.createNdFromByteBuffer(
            manager,
            direct,
            dt != null ? djlShape(shape) : new ai.djl.ndarray.types.Shape(n),
            dt != null ? dt : DataType.UINT8,
            SparseFormat.DENSE,
            Device.cpu());
    try {
      return dt != null ? JniUtils.clone(blob) : script.fromRawBytes(blob, dtype, shape);
    } finally {
      blob.close();
    }
  }

  /** Copies a tensor's elements to little-endian row-major bytes. */
  static ByteBuffer toBytes(PtNDArray array) {
    // without tryDirect DJL copies into a byte[] and makes non-contiguous tensors contiguous
    ByteBuffer b = JniUtils.getByteBuffer(array, false);
    return b.order(ByteOrder.LITTLE_ENDIAN).position(0);
  }
}
