package dev.ivy.backend.tf;

import static org.tensorflow.internal.c_api.global.tensorflow.TFE_NewTensorHandle;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_TensorHandleResolve;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_AllocateTensor;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_BFLOAT16;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_BOOL;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DOUBLE;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteTensor;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_FLOAT;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_HALF;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_INT16;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_INT32;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_INT64;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_INT8;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_TensorByteSize;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_TensorData;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_UINT8;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.internal.HostData;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bytedeco.javacpp.BytePointer;
import org.tensorflow.internal.c_api.TFE_TensorHandle;
import org.tensorflow.internal.c_api.TF_Tensor;

/**
 * Host bytes to TensorFlow tensor handles and back, and the small constant tensors kernels feed to
 * ops (shapes, axes, scalars). TensorFlow's CPU layout is Ivy's exchange format (row-major,
 * little-endian, bool as one byte, float16/bfloat16 as raw bits), so both directions are one bulk
 * copy.
 */
final class TfConversions {
  private static final long[] NO_DIMS = new long[0];
  private static final int[] TF_TYPES = new int[DType.values().length];

  static {
    TF_TYPES[DType.BOOL.ordinal()] = TF_BOOL;
    TF_TYPES[DType.INT8.ordinal()] = TF_INT8;
    TF_TYPES[DType.INT16.ordinal()] = TF_INT16;
    TF_TYPES[DType.INT32.ordinal()] = TF_INT32;
    TF_TYPES[DType.INT64.ordinal()] = TF_INT64;
    TF_TYPES[DType.UINT8.ordinal()] = TF_UINT8;
    TF_TYPES[DType.FLOAT16.ordinal()] = TF_HALF;
    TF_TYPES[DType.BFLOAT16.ordinal()] = TF_BFLOAT16;
    TF_TYPES[DType.FLOAT32.ordinal()] = TF_FLOAT;
    TF_TYPES[DType.FLOAT64.ordinal()] = TF_DOUBLE;
  }

  private TfConversions() {}

  /** Returns TensorFlow's {@code TF_DataType} code of {@code dtype}. */
  static int tfType(DType dtype) {
    return TF_TYPES[dtype.ordinal()];
  }

  /** Returns a new handle holding a copy of {@code n} bytes of {@code data} from position 0. */
  static TFE_TensorHandle fromBytes(TfCall c, DType dtype, long[] dims, ByteBuffer data) {
    long n = data.limit();
    TF_Tensor t = TF_AllocateTensor(tfType(dtype), dims, dims.length, n);
    if (t == null || t.isNull()) {
      throw new TfNativeException("TensorFlow could not allocate " + n + " bytes");
    }
    try {
      if (n > 0) {
        ByteBuffer dst = new BytePointer(TF_TensorData(t)).capacity(n).asByteBuffer();
        dst.put(data);
      }
      TFE_TensorHandle h = TFE_NewTensorHandle(t, c.status());
      c.check();
      return h;
    } finally {
      TF_DeleteTensor(t);
    }
  }

  /** Returns a new handle holding {@code data} (read from position 0) as {@code dtype, shape}. */
  static TFE_TensorHandle fromBytes(TfCall c, DType dtype, Shape shape, ByteBuffer data) {
    int n = Math.toIntExact(shape.size() * dtype.byteSize());
    ByteBuffer src = data.duplicate();
    src.position(0).limit(n);
    return fromBytes(c, dtype, shape.dims(), src);
  }

  /** Copies a handle's elements to a new little-endian heap buffer positioned at 0. */
  static ByteBuffer toBytes(TfCall c, TFE_TensorHandle h, DType dtype, Shape shape) {
    int n = Math.toIntExact(shape.size() * dtype.byteSize());
    ByteBuffer out = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    if (n == 0) {
      return out;
    }
    TF_Tensor t = TFE_TensorHandleResolve(h, c.status());
    c.check();
    try {
      if (TF_TensorByteSize(t) != n) {
        throw new TfNativeException(
            "tensor holds "
                + TF_TensorByteSize(t)
                + " bytes; expected "
                + n
                + " for "
                + dtype
                + shape);
      }
      out.put(new BytePointer(TF_TensorData(t)).capacity(n).asByteBuffer());
    } finally {
      TF_DeleteTensor(t);
    }
    return out.clear();
  }

  /** Returns a 0-d tensor of {@code dtype} holding {@code value} (a long for integer dtypes). */
  static TFE_TensorHandle scalar(TfCall c, DType dtype, double doubleValue, long longValue) {
    ByteBuffer b = HostData.allocate(dtype, 1);
    if (dtype.isInteger()) {
      HostData.putLong(b, dtype, longValue);
    } else {
      HostData.putDouble(b, dtype, doubleValue);
    }
    return fromBytes(c, dtype, NO_DIMS, b.flip());
  }

  /** Returns a 0-d int64 tensor. */
  static TFE_TensorHandle scalarLong(TfCall c, long value) {
    return scalar(c, DType.INT64, value, value);
  }

  /** Returns a 0-d int32 tensor. */
  static TFE_TensorHandle scalarInt(TfCall c, int value) {
    return scalar(c, DType.INT32, value, value);
  }

  /** Returns a 1-d int64 tensor. */
  static TFE_TensorHandle longs(TfCall c, long[] values) {
    ByteBuffer b = HostData.allocate(DType.INT64, values.length);
    b.asLongBuffer().put(values);
    return fromBytes(c, DType.INT64, new long[] {values.length}, b);
  }

  /** Returns a 1-d int32 tensor. */
  static TFE_TensorHandle ints(TfCall c, int[] values) {
    ByteBuffer b = HostData.allocate(DType.INT32, values.length);
    b.asIntBuffer().put(values);
    return fromBytes(c, DType.INT32, new long[] {values.length}, b);
  }
}
