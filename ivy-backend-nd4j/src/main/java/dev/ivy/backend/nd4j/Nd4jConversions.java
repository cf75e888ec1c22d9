package dev.ivy.backend.nd4j;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.BackendCapabilityException;
import dev.ivy.prim.Aval;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.cpu.nativecpu.NDArray;
import org.nd4j.linalg.cpu.nativecpu.buffer.LongBuffer;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Conversion between Ivy's host byte layout and ND4J arrays, dtype mapping, and allocation of fresh
 * detached output arrays (including ND4J's special cases: 0-d and zero-size arrays).
 */
public final class Nd4jConversions {
  private static final DataType[] TO_ND4J = new DataType[DType.values().length];

  static {
    TO_ND4J[DType.BOOL.ordinal()] = DataType.BOOL;
    TO_ND4J[DType.INT8.ordinal()] = DataType.BYTE;
    TO_ND4J[DType.INT16.ordinal()] = DataType.SHORT;
    TO_ND4J[DType.INT32.ordinal()] = DataType.INT;
    TO_ND4J[DType.INT64.ordinal()] = DataType.LONG;
    TO_ND4J[DType.UINT8.ordinal()] = DataType.UBYTE;
    TO_ND4J[DType.FLOAT16.ordinal()] = DataType.HALF;
    TO_ND4J[DType.BFLOAT16.ordinal()] = DataType.BFLOAT16;
    TO_ND4J[DType.FLOAT32.ordinal()] = DataType.FLOAT;
    TO_ND4J[DType.FLOAT64.ordinal()] = DataType.DOUBLE;
  }

  private Nd4jConversions() {}

  /**
   * Returns the ND4J data type holding Ivy's {@code dtype}.
   *
   * @throws BackendCapabilityException if ND4J cannot hold it (never for the current dtypes)
   */
  public static DataType toNd4j(DType dtype) {
    DataType d = TO_ND4J[dtype.ordinal()];
    if (d == null) {
      throw new BackendCapabilityException(
          "array: backend nd4j cannot hold dtype " + dtype + " (operation: conversion)");
    }
    return d;
  }

  /** Returns a fresh detached C-ordered array of {@code dtype} and {@code dims}; contents unset. */
  static INDArray alloc(DType dtype, long[] dims) {
    return alloc(toNd4j(dtype), dims);
  }

  /**
   * Returns a fresh detached C-ordered array of {@code dt} and {@code dims}; contents unset.
   *
   * <p>{@code Nd4j.createUninitializedDetached} spends most of its time (≈ 5 of 7 µs for a small
   * array, measured on this project's 2-core machine) building the array object around its shape
   * information, which ND4J caches anyway. Here the shape information of each (data type, shape) is
   * taken once from an array ND4J made, and later arrays wrap a fresh detached buffer with it (≈
   * 1.2 µs). Up to {@link #MAX_SHAPES} shapes are remembered; others go through ND4J.
   */
  static INDArray alloc(DataType dt, long... dims) {
    Nd4jBackend.configureThread();
    long n = 1;
    for (long d : dims) {
      n *= d;
    }
    if (n == 0) {
      return Nd4j.create(dt, dims);
    }
    ShapeKey key = new ShapeKey(dt, dims);
    ShapeInfo info = SHAPES.get(key);
    if (info == null) {
      INDArray a = Nd4j.createUninitializedDetached(dt, dims);
      if (a.shapeInfoDataBuffer() instanceof LongBuffer buffer && SHAPES.size() < MAX_SHAPES) {
        SHAPES.putIfAbsent(key.copy(), new ShapeInfo(buffer, a.shapeInfoJava().clone()));
      }
      return a;
    }
    return new NDArray(
        Nd4j.createBufferDetached(new long[] {n}, dt), info.buffer, info.java.clone());
  }

  /** The most shapes whose shape information {@link #alloc(DataType, long[])} remembers. */
  static final int MAX_SHAPES = 4096;

  private static final ConcurrentHashMap<ShapeKey, ShapeInfo> SHAPES = new ConcurrentHashMap<>();

  /** ND4J's (cached, shared) native shape information of one shape and its Java copy. */
  private record ShapeInfo(LongBuffer buffer, long[] java) {}

  /** A (data type, C-order shape) key; lookups wrap the caller's dims without copying them. */
  private static final class ShapeKey {
    private final DataType dt;
    private final long[] dims;
    private final int hash;

    ShapeKey(DataType dt, long[] dims) {
      this.dt = dt;
      this.dims = dims;
      this.hash = 31 * dt.hashCode() + Arrays.hashCode(dims);
    }

    ShapeKey copy() {
      return new ShapeKey(dt, dims.clone());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ShapeKey k && k.dt == dt && Arrays.equals(k.dims, dims);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Returns a fresh detached array of {@code out}'s shape and dtype; contents unset. */
  static INDArray alloc(Aval out) {
    return alloc(out.dtype(), out.shape().dims());
  }

  /**
   * Creates an ND4J array holding a copy of {@code data} (little-endian, row-major).
   *
   * @param dtype element type
   * @param shape shape
   * @param data bytes read from position 0
   * @return a detached array of that shape and dtype
   */
  public static INDArray fromBytes(DType dtype, Shape shape, ByteBuffer data) {
    INDArray a = alloc(dtype, shape.dims());
    long n = shape.size() * dtype.byteSize();
    if (n > 0) {
      ByteBuffer src = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
      src.position(0).limit(Math.toIntExact(n));
      ByteBuffer dst = a.data().asNio().order(ByteOrder.LITTLE_ENDIAN);
      dst.put(src);
    }
    return a;
  }

  /**
   * Copies an ND4J array's elements to a heap buffer (little-endian, row-major).
   *
   * @return bytes positioned at 0
   */
  public static ByteBuffer toBytes(INDArray a, DType dtype, Shape shape) {
    int n = Math.toIntExact(shape.size() * dtype.byteSize());
    ByteBuffer out = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    if (n == 0) {
      return out;
    }
    INDArray c = isDense(a) ? a : a.dup('c');
    try {
      ByteBuffer src = c.data().asNio().order(ByteOrder.LITTLE_ENDIAN);
      src.position(0).limit(n);
      out.put(src);
    } finally {
      if (c != a) {
        c.close();
      }
    }
    return out.flip();
  }

  /** Returns whether {@code a} owns a C-ordered buffer starting at its first element. */
  static boolean isDense(INDArray a) {
    return !a.isView() && a.ordering() == 'c' && a.offset() == 0;
  }

  /** Returns a fresh array of {@code dims} holding {@code a}'s elements (closing {@code a}). */
  static INDArray reshapeConsume(INDArray a, long[] dims) {
    INDArray r = copyAs(a, new Aval(Shape.of(dims), Nd4jBackend.toIvy(a.dataType())));
    Nd4jBackend.release(a);
    return r;
  }

  /**
   * Returns a fresh array of {@code out}'s shape holding {@code a}'s elements in row-major order.
   */
  static INDArray copyAs(INDArray a, Aval out) {
    INDArray r = alloc(out);
    long n = out.shape().size() * out.dtype().byteSize();
    if (n == 0) {
      return r;
    }
    INDArray c = isDense(a) ? a : a.dup('c');
    try {
      Pointer.memcpy(r.data().pointer(), c.data().pointer(), n);
    } finally {
      if (c != a) {
        c.close();
      }
    }
    return r;
  }
}
