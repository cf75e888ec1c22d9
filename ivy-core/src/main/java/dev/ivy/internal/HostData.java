package dev.ivy.internal;

import dev.ivy.DType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Encodes Java values into the little-endian byte layout that backends exchange, and decodes it
 * back. Values are converted to the target dtype as NumPy's {@code astype} would (floats to ints
 * truncate toward zero; integers wrap).
 */
public final class HostData {
  private HostData() {}

  /** Returns a little-endian buffer of {@code n} elements of {@code dtype}. */
  public static ByteBuffer allocate(DType dtype, long n) {
    long bytes = n > Integer.MAX_VALUE / dtype.byteSize() ? Long.MAX_VALUE : n * dtype.byteSize();
    if (n < 0 || bytes > Integer.MAX_VALUE - 8) {
      throw new dev.ivy.errors.ArrayTooLargeException(
          "array: "
              + n
              + " elements of "
              + dtype
              + " are more than a host buffer holds ("
              + (Integer.MAX_VALUE - 8)
              + " bytes)");
    }
    return ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** Encodes doubles as {@code dtype}. */
  public static ByteBuffer encode(DType dtype, double[] v) {
    ByteBuffer b = allocate(dtype, v.length);
    for (double d : v) {
      putDouble(b, dtype, d);
    }
    return b.flip();
  }

  /** Encodes floats as {@code dtype}. */
  public static ByteBuffer encode(DType dtype, float[] v) {
    ByteBuffer b = allocate(dtype, v.length);
    for (float d : v) {
      putDouble(b, dtype, d);
    }
    return b.flip();
  }

  /** Encodes longs as {@code dtype} (exact for integer dtypes). */
  public static ByteBuffer encode(DType dtype, long[] v) {
    ByteBuffer b = allocate(dtype, v.length);
    for (long l : v) {
      putLong(b, dtype, l);
    }
    return b.flip();
  }

  /** Encodes ints as {@code dtype}. */
  public static ByteBuffer encode(DType dtype, int[] v) {
    ByteBuffer b = allocate(dtype, v.length);
    for (int l : v) {
      putLong(b, dtype, l);
    }
    return b.flip();
  }

  /** Encodes booleans as {@code dtype} (true is 1). */
  public static ByteBuffer encode(DType dtype, boolean[] v) {
    ByteBuffer b = allocate(dtype, v.length);
    for (boolean l : v) {
      putLong(b, dtype, l ? 1 : 0);
    }
    return b.flip();
  }

  /** Appends one value given as a double. */
  public static void putDouble(ByteBuffer b, DType dtype, double d) {
    switch (dtype) {
      case FLOAT64:
        b.putDouble(d);
        break;
      case FLOAT32:
        b.putFloat((float) d);
        break;
      case FLOAT16:
        b.putShort(Half.floatToHalf((float) d));
        break;
      case BFLOAT16:
        b.putShort(Half.floatToBfloat16((float) d));
        break;
      case BOOL:
        b.put((byte) (d != 0 || Double.isNaN(d) ? 1 : 0));
        break;
      default:
        putLong(b, dtype, Double.isNaN(d) ? 0 : (long) d);
    }
  }

  /** Appends one value given as a long. */
  public static void putLong(ByteBuffer b, DType dtype, long l) {
    switch (dtype) {
      case BOOL:
        b.put((byte) (l != 0 ? 1 : 0));
        break;
      case INT8:
      case UINT8:
        b.put((byte) l);
        break;
      case INT16:
        b.putShort((short) l);
        break;
      case INT32:
        b.putInt((int) l);
        break;
      case INT64:
        b.putLong(l);
        break;
      default:
        putDouble(b, dtype, l);
    }
  }

  /** Reads element {@code i} as a double. */
  public static double getDouble(ByteBuffer b, DType dtype, int i) {
    switch (dtype) {
      case FLOAT64:
        return b.getDouble(i * 8);
      case FLOAT32:
        return b.getFloat(i * 4);
      case FLOAT16:
        return Half.halfToFloat(b.getShort(i * 2));
      case BFLOAT16:
        return Half.bfloat16ToFloat(b.getShort(i * 2));
      default:
        return getLong(b, dtype, i);
    }
  }

  /** Reads element {@code i} as a long (floats truncate toward zero). */
  public static long getLong(ByteBuffer b, DType dtype, int i) {
    switch (dtype) {
      case BOOL:
        return b.get(i) != 0 ? 1 : 0;
      case INT8:
        return b.get(i);
      case UINT8:
        return b.get(i) & 0xff;
      case INT16:
        return b.getShort(i * 2);
      case INT32:
        return b.getInt(i * 4);
      case INT64:
        return b.getLong(i * 8);
      default:
        return (long) getDouble(b, dtype, i);
    }
  }
}
