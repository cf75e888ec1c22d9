package dev.ivy.prim;

import dev.ivy.DType;
import dev.ivy.Shape;
import java.util.Arrays;

/**
 * The immutable attributes of a primitive call. Each primitive takes exactly one kind of params
 * (see {@link ShapeRules}); records compare by value so graphs can be deduplicated.
 */
public sealed interface Params
    permits Params.None,
        Params.Cast,
        Params.Axes,
        Params.Axis,
        Params.ToShape,
        Params.Perm,
        Params.Slice,
        Params.Full,
        Params.Iota,
        Params.Triangular,
        Params.Decomposition,
        Params.Control {

  /** Params of primitives that take no attributes. */
  enum None implements Params {
    /** The only instance. */
    INSTANCE
  }

  /**
   * Target dtype of {@link Prim#CAST}.
   *
   * @param dtype the dtype to convert to
   */
  record Cast(DType dtype) implements Params {}

  /**
   * Axes of a reduction or a flip.
   *
   * @param axes non-negative, sorted, unique axes
   * @param keepDims whether reduced axes stay as size 1
   */
  record Axes(int[] axes, boolean keepDims) implements Params {
    /** Defensive copy. */
    public Axes {
      axes = axes.clone();
    }

    @Override
    public int[] axes() {
      return axes.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Axes a && keepDims == a.keepDims && Arrays.equals(axes, a.axes);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(axes) + Boolean.hashCode(keepDims);
    }

    @Override
    public String toString() {
      return "axes=" + Arrays.toString(axes) + (keepDims ? ", keepdims" : "");
    }
  }

  /**
   * One non-negative axis (argmax, concat, take, cumulative ops, sorting).
   *
   * @param axis the axis
   */
  record Axis(int axis) implements Params {}

  /**
   * Target shape of a reshape or broadcast, or the shape of a creation.
   *
   * @param shape the shape
   */
  record ToShape(Shape shape) implements Params {}

  /**
   * Axis permutation of a transpose.
   *
   * @param perm output axis i is input axis perm[i]
   */
  record Perm(int[] perm) implements Params {
    /** Defensive copy. */
    public Perm {
      perm = perm.clone();
    }

    @Override
    public int[] perm() {
      return perm.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Perm p && Arrays.equals(perm, p.perm);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(perm);
    }

    @Override
    public String toString() {
      return "perm=" + Arrays.toString(perm);
    }
  }

  /**
   * A strided slice per axis, start inclusive, stop exclusive; starts and stops are clamped to [0,
   * dim] and steps are positive.
   *
   * @param start first index per axis
   * @param stop end index per axis (exclusive)
   * @param step positive step per axis
   */
  record Slice(long[] start, long[] stop, long[] step) implements Params {
    /** Defensive copies. */
    public Slice {
      start = start.clone();
      stop = stop.clone();
      step = step.clone();
    }

    @Override
    public long[] start() {
      return start.clone();
    }

    @Override
    public long[] stop() {
      return stop.clone();
    }

    @Override
    public long[] step() {
      return step.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Slice s
          && Arrays.equals(start, s.start)
          && Arrays.equals(stop, s.stop)
          && Arrays.equals(step, s.step);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(start) * 961 + Arrays.hashCode(stop) * 31 + Arrays.hashCode(step);
    }

    @Override
    public String toString() {
      return "start="
          + Arrays.toString(start)
          + ", stop="
          + Arrays.toString(stop)
          + ", step="
          + Arrays.toString(step);
    }
  }

  /**
   * An array filled with one value. The value is held as a double for floating and bool dtypes
   * (bool: nonzero is true) and as a long for integer dtypes, so int64 values stay exact.
   *
   * @param shape the shape
   * @param dtype the dtype
   * @param doubleValue the value for floating and bool dtypes
   * @param longValue the value for integer dtypes
   */
  record Full(Shape shape, DType dtype, double doubleValue, long longValue) implements Params {
    /** Returns params filling with {@code value}, converted to {@code dtype}. */
    public static Full of(Shape shape, DType dtype, Number value) {
      if (dtype.isInteger()) {
        long l =
            value instanceof Double || value instanceof Float
                ? (long) value.doubleValue()
                : value.longValue();
        return new Full(shape, dtype, l, l);
      }
      double d = value.doubleValue();
      return new Full(shape, dtype, dtype.isBool() ? (d != 0 ? 1 : 0) : d, (long) d);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Full f
          && shape.equals(f.shape)
          && dtype == f.dtype
          && Double.doubleToLongBits(doubleValue) == Double.doubleToLongBits(f.doubleValue)
          && longValue == f.longValue;
    }

    @Override
    public int hashCode() {
      return (shape.hashCode() * 31 + dtype.hashCode()) * 31 + Double.hashCode(doubleValue);
    }
  }

  /**
   * 0, 1, ..., n-1.
   *
   * @param n the length
   * @param dtype the dtype (numeric)
   */
  record Iota(long n, DType dtype) implements Params {}

  /**
   * Options of {@link Prim#TRIANGULAR_SOLVE}.
   *
   * @param lower whether A is lower triangular (else upper); the other triangle is ignored
   * @param unitDiagonal whether A's diagonal is taken as ones
   */
  record Triangular(boolean lower, boolean unitDiagonal) implements Params {}

  /**
   * Options of {@link Prim#QR} and {@link Prim#SVD}.
   *
   * @param full complete QR / full-matrices SVD (square Q, U, Vh) rather than reduced
   */
  record Decomposition(boolean full) implements Params {}

  /** A function body of a higher-order primitive: takes and returns flat lists of arrays. */
  @FunctionalInterface
  interface Body {
    /**
     * Runs the body.
     *
     * @param args the arguments
     * @return the results
     */
    java.util.List<dev.ivy.Array> apply(java.util.List<dev.ivy.Array> args);
  }

  /**
   * Params of the higher-order primitives ({@link Prim#HIGHER_ORDER}).
   *
   * @param bodies the function bodies (cond: true, false; while: condition, body; scan: fn)
   * @param numCarry scan: how many inputs are carries (0 otherwise)
   * @param outAvals the outputs' avals, or null while not yet known (before a trace)
   */
  record Control(java.util.List<Body> bodies, int numCarry, java.util.List<Aval> outAvals)
      implements Params {
    /** Copies the lists. */
    public Control {
      bodies = java.util.List.copyOf(bodies);
      outAvals = outAvals == null ? null : java.util.List.copyOf(outAvals);
    }

    @Override
    public String toString() {
      return "bodies=" + bodies.size() + (numCarry > 0 ? ", carry=" + numCarry : "");
    }
  }
}
