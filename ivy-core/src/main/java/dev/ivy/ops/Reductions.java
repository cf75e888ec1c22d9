package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.rules.TypePromotion;

/**
 * Statistical and utility reductions of the array API: sum, prod, mean, max, min, var, std, argmax,
 * argmin, all, any. {@code axes} null means every axis; negative axes count from the end. Sums and
 * products of bool and integer arrays accumulate in int64, as NumPy does on 64-bit Linux.
 */
public final class Reductions {
  private Reductions() {}

  private static int[] norm(String fn, Array x, int[] axes) {
    return axes == null ? Checks.allAxes(x.rank()) : Checks.axes(fn, "axis", axes, x.rank());
  }

  private static Array reduce(Prim p, Array x, int[] axes, boolean keepDims) {
    if (axes.length == 0) {
      return x;
    }
    return Dispatcher.bind(p, new Params.Axes(axes, keepDims), x);
  }

  /** The dtype NumPy accumulates a sum or product of {@code dt} in. */
  static DType accumulator(DType dt) {
    return dt.isFloating() ? dt : TypePromotion.DEFAULT_INT;
  }

  /** Returns the sum over {@code axes}; a null {@code dtype} accumulates as NumPy does. */
  public static Array sum(Array x, int[] axes, boolean keepDims, DType dtype) {
    int[] a = norm("sum", x, axes);
    Array y = Manipulation.astype(x, dtype != null ? dtype : accumulator(x.dtype()));
    return reduce(Prim.REDUCE_SUM, y, a, keepDims);
  }

  /** Returns the product over {@code axes}; a null {@code dtype} accumulates as NumPy does. */
  public static Array prod(Array x, int[] axes, boolean keepDims, DType dtype) {
    int[] a = norm("prod", x, axes);
    Array y = Manipulation.astype(x, dtype != null ? dtype : accumulator(x.dtype()));
    return reduce(Prim.REDUCE_PROD, y, a, keepDims);
  }

  /** Returns the number of elements reduced over {@code axes}. */
  private static long count(Array x, int[] axes) {
    long n = 1;
    for (int a : axes) {
      n *= x.shape().dim(a);
    }
    return n;
  }

  /**
   * Returns the arithmetic mean over {@code axes}: floating inputs keep their dtype, integer and
   * bool inputs give float64. The mean of nothing is NaN.
   */
  public static Array mean(Array x, int[] axes, boolean keepDims) {
    int[] a = norm("mean", x, axes);
    DType f = x.dtype().isFloating() ? x.dtype() : TypePromotion.DEFAULT_FLOAT;
    // half precision accumulates in float32, as NumPy does, then rounds once
    DType acc = f == DType.FLOAT16 || f == DType.BFLOAT16 ? DType.FLOAT32 : f;
    Array s = reduce(Prim.REDUCE_SUM, Manipulation.astype(x, acc), a, keepDims);
    return Manipulation.astype(Elementwise.divide(s, (double) count(x, a)), f);
  }

  private static Array extreme(String fn, Prim p, Array x, int[] axes, boolean keepDims) {
    int[] a = norm(fn, x, axes);
    for (int ax : a) {
      Checks.check(
          x.shape().dim(ax) > 0,
          fn,
          "x must not be empty along a reduced axis (no identity); got shape %s reducing axis %s",
          x.shape(),
          ax);
    }
    if (x.dtype().isBool()) {
      // max of bools is any, min is all
      return Manipulation.astype(
          reduce(p, Manipulation.astype(x, DType.INT8), a, keepDims), DType.BOOL);
    }
    return reduce(p, x, a, keepDims);
  }

  /** Returns the maximum over {@code axes}; NaN propagates. */
  public static Array max(Array x, int[] axes, boolean keepDims) {
    return extreme("max", Prim.REDUCE_MAX, x, axes, keepDims);
  }

  /** Returns the minimum over {@code axes}; NaN propagates. */
  public static Array min(Array x, int[] axes, boolean keepDims) {
    return extreme("min", Prim.REDUCE_MIN, x, axes, keepDims);
  }

  /**
   * Returns the variance over {@code axes} with {@code correction} degrees of freedom removed (0:
   * population variance, 1: sample variance). Integers compute in float64.
   */
  public static Array var(Array x, int[] axes, double correction, boolean keepDims) {
    int[] a = norm("var", x, axes);
    DType f = x.dtype().isFloating() ? x.dtype() : TypePromotion.DEFAULT_FLOAT;
    DType acc = f == DType.FLOAT16 || f == DType.BFLOAT16 ? DType.FLOAT32 : f;
    Array xf = Manipulation.astype(x, acc);
    Array m = mean(xf, a, true);
    Array d = Elementwise.subtract(xf, m);
    Array ss = reduce(Prim.REDUCE_SUM, Elementwise.multiply(d, d), a, keepDims);
    double n = Math.max(count(x, a) - correction, 0);
    return Manipulation.astype(Elementwise.divide(ss, n), f);
  }

  /** Returns the standard deviation: the square root of {@link #var}. */
  public static Array std(Array x, int[] axes, double correction, boolean keepDims) {
    Array v = var(x, axes, correction, keepDims);
    return Elementwise.sqrt(v);
  }

  private static Array argExtreme(String fn, Prim p, Array x, Integer axis, boolean keepDims) {
    Checks.check(x.size() > 0, fn, "x must not be empty; got shape %s", x.shape());
    if (axis == null) {
      Array flat = Manipulation.reshape(x, Shape.of(x.size()));
      Array r = argExtreme(fn, p, flat, 0, false);
      if (keepDims) {
        long[] ones = new long[x.rank()];
        java.util.Arrays.fill(ones, 1);
        r = Manipulation.reshape(r, Shape.of(ones));
      }
      return r;
    }
    if (x.rank() == 0) {
      Checks.axis(fn, "axis", axis, 1);
      return Creation.fullLike(x, 0, DType.INT64);
    }
    int ax = Checks.axis(fn, "axis", axis, x.rank());
    Array y = x.dtype().isBool() ? Manipulation.astype(x, DType.INT8) : x;
    Array r = Dispatcher.bind(p, new Params.Axis(ax), y);
    return keepDims ? Manipulation.expandDims(r, ax) : r;
  }

  /** Returns the int64 index of the first maximum along {@code axis} (flattened when null). */
  public static Array argmax(Array x, Integer axis, boolean keepDims) {
    return argExtreme("argmax", Prim.ARGMAX, x, axis, keepDims);
  }

  /** Returns the int64 index of the first minimum along {@code axis} (flattened when null). */
  public static Array argmin(Array x, Integer axis, boolean keepDims) {
    return argExtreme("argmin", Prim.ARGMIN, x, axis, keepDims);
  }

  /** Returns whether every element over {@code axes} is nonzero (true for nothing). */
  public static Array all(Array x, int[] axes, boolean keepDims) {
    int[] a = norm("all", x, axes);
    return Elementwise.logicalNot(any(Elementwise.logicalNot(x), a, keepDims));
  }

  /** Returns whether any element over {@code axes} is nonzero (false for nothing). */
  public static Array any(Array x, int[] axes, boolean keepDims) {
    int[] a = norm("any", x, axes);
    Array nz = Manipulation.astype(Manipulation.astype(x, DType.BOOL), DType.INT64);
    return Elementwise.greater(reduce(Prim.REDUCE_SUM, nz, a, keepDims), 0);
  }
}
