package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;

/**
 * The reductions and statistics of {@code numpy} and {@code jax.numpy} ({@code sum}, {@code mean},
 * {@code max}, {@code var}, {@code cumsum}...), written once and parameterised by the framework's
 * {@link DTypePolicy}: integer sums and products accumulate in {@link DTypePolicy#accumulator}
 * (int64 in NumPy, int32 in JAX), means and variances of integers are computed in {@link
 * DTypePolicy#meanFloat} (float64 in NumPy, float32 in JAX), and results come back in the canonical
 * dtype. An axis of null reduces over all axes; {@code out} must be None (null).
 *
 * <pre>{@code
 * NumpyReductions.mean(DTypePolicy.NUMPY, Ivy.arange(4), null, null, null, false)   // 1.5 float64
 * NumpyReductions.mean(JaxNumpy.POLICY, Ivy.arange(4), null, null, null, false)     // 1.5 float32
 * }</pre>
 */
public final class NumpyReductions {
  private NumpyReductions() {}

  private static DType sumType(DTypePolicy p, Array x, DType dtype) {
    return dtype != null ? p.canonical(dtype) : p.accumulator(x.dtype());
  }

  /** Returns {@code x} in the float dtype its mean is computed in, or in {@code dtype} if float. */
  private static Array meanInput(DTypePolicy p, Array x, DType dtype) {
    DType d = dtype != null && dtype.isFloating() ? p.canonical(dtype) : p.meanFloat(x.dtype());
    return x.dtype() == d ? x : Manipulation.astype(x, d);
  }

  private static Array castResult(DTypePolicy p, Array r, DType dtype) {
    r = p.result(r);
    if (dtype == null || r.dtype() == p.canonical(dtype)) {
      return r;
    }
    return Manipulation.astype(r, p.canonical(dtype));
  }

  /** Returns the sum over axis; integers accumulate in the policy's default int (sum). */
  public static Array sum(
      DTypePolicy p, Object a, int[] axis, DType dtype, Object out, boolean keepdims) {
    p.noOut("sum", out);
    Array x = p.array(a);
    return p.result(Reductions.sum(x, axis, keepdims, sumType(p, x, dtype)));
  }

  /** Returns the product over axis; integers accumulate in the policy's default int (prod). */
  public static Array prod(
      DTypePolicy p, Object a, int[] axis, DType dtype, Object out, boolean keepdims) {
    p.noOut("prod", out);
    Array x = p.array(a);
    return p.result(Reductions.prod(x, axis, keepdims, sumType(p, x, dtype)));
  }

  /** Returns the sum treating NaN as zero (nansum). */
  public static Array nansum(
      DTypePolicy p, Object a, int[] axis, DType dtype, Object out, boolean keepdims) {
    p.noOut("nansum", out);
    Array x = p.array(a);
    return p.result(Extras.nansum(x, axis, keepdims, sumType(p, x, dtype)));
  }

  /** Returns the product treating NaN as one (nanprod). */
  public static Array nanprod(
      DTypePolicy p, Object a, int[] axis, DType dtype, Object out, boolean keepdims) {
    p.noOut("nanprod", out);
    Array x = p.array(a);
    Array f = x.dtype().isFloating() ? Elementwise.where(Elementwise.isnan(x), 1.0, x) : x;
    return prod(p, f, axis, dtype, null, keepdims);
  }

  /**
   * Returns the mean over axis, integers in the policy's mean float; a dtype casts the result (and,
   * when a float, the input first) (mean).
   */
  public static Array mean(
      DTypePolicy p, Object a, int[] axis, DType dtype, Object out, boolean keepdims) {
    p.noOut("mean", out);
    Array x = meanInput(p, p.array(a), dtype);
    return castResult(p, Reductions.mean(x, axis, keepdims), dtype);
  }

  /** Returns the mean ignoring NaN, integers in the policy's mean float (nanmean). */
  public static Array nanmean(
      DTypePolicy p, Object a, int[] axis, DType dtype, Object out, boolean keepdims) {
    p.noOut("nanmean", out);
    Array x = meanInput(p, p.array(a), dtype);
    return castResult(p, Extras.nanmean(x, axis, keepdims), dtype);
  }

  /** Returns the variance with ddof delta degrees of freedom (var). */
  public static Array var(
      DTypePolicy p, Object a, int[] axis, DType dtype, Object out, double ddof, boolean keepdims) {
    p.noOut("var", out);
    Array x = meanInput(p, p.array(a), dtype);
    return castResult(p, Reductions.var(x, axis, ddof, keepdims), dtype);
  }

  /** Returns the standard deviation with ddof delta degrees of freedom (std). */
  public static Array std(
      DTypePolicy p, Object a, int[] axis, DType dtype, Object out, double ddof, boolean keepdims) {
    p.noOut("std", out);
    Array x = meanInput(p, p.array(a), dtype);
    return castResult(p, Reductions.std(x, axis, ddof, keepdims), dtype);
  }

  /** Returns the median over axis, integers in the policy's mean float (median). */
  public static Array median(DTypePolicy p, Object a, int[] axis, Object out, boolean keepdims) {
    p.noOut("median", out);
    return p.result(Extras.median(meanInput(p, p.array(a), null), axis, keepdims));
  }

  /** Returns the maximum over axis; raises for an empty reduction (max, amax). */
  public static Array max(DTypePolicy p, Object a, int[] axis, Object out, boolean keepdims) {
    p.noOut("max", out);
    Array x = p.array(a);
    checkNonEmpty("max", x, axis);
    return p.result(Reductions.max(x, axis, keepdims));
  }

  /** Returns the minimum over axis; raises for an empty reduction (min, amin). */
  public static Array min(DTypePolicy p, Object a, int[] axis, Object out, boolean keepdims) {
    p.noOut("min", out);
    Array x = p.array(a);
    checkNonEmpty("min", x, axis);
    return p.result(Reductions.min(x, axis, keepdims));
  }

  private static void checkNonEmpty(String fn, Array x, int[] axis) {
    int[] ax = axis == null ? Checks.allAxes(x.rank()) : Checks.axes(fn, "axis", axis, x.rank());
    for (int i : ax) {
      Checks.check(
          x.shape().dim(i) > 0,
          fn,
          "zero-size array to reduction operation %s which has no identity; got %s",
          fn,
          x.aval());
    }
    if (x.rank() == 0 || ax.length == 0) {
      Checks.check(x.size() > 0, fn, "zero-size array to reduction operation; got %s", x.aval());
    }
  }

  /** Returns max - min over axis (ptp). */
  public static Array ptp(DTypePolicy p, Object a, int[] axis, Object out, boolean keepdims) {
    p.noOut("ptp", out);
    return p.result(
        Elementwise.subtract(max(p, a, axis, null, keepdims), min(p, a, axis, null, keepdims)));
  }

  private static Array nanExtreme(
      DTypePolicy p, String fn, Object a, int[] axis, Object out, boolean keepdims, boolean max) {
    p.noOut(fn, out);
    Array x = p.array(a);
    if (!x.dtype().isFloating()) {
      return max ? max(p, x, axis, null, keepdims) : min(p, x, axis, null, keepdims);
    }
    Array nan = Elementwise.isnan(x);
    Array f = Elementwise.where(nan, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, x);
    Array m = max ? max(p, f, axis, null, keepdims) : min(p, f, axis, null, keepdims);
    return Elementwise.where(Reductions.all(nan, axis, keepdims), Double.NaN, m);
  }

  /** Returns the maximum ignoring NaN, NaN for all-NaN slices (nanmax). */
  public static Array nanmax(DTypePolicy p, Object a, int[] axis, Object out, boolean keepdims) {
    return nanExtreme(p, "nanmax", a, axis, out, keepdims, true);
  }

  /** Returns the minimum ignoring NaN, NaN for all-NaN slices (nanmin). */
  public static Array nanmin(DTypePolicy p, Object a, int[] axis, Object out, boolean keepdims) {
    return nanExtreme(p, "nanmin", a, axis, out, keepdims, false);
  }

  /** Returns whether all elements over axis are true (all). */
  public static Array all(DTypePolicy p, Object a, int[] axis, Object out, boolean keepdims) {
    p.noOut("all", out);
    return Reductions.all(p.array(a), axis, keepdims);
  }

  /** Returns whether any element over axis is true (any). */
  public static Array any(DTypePolicy p, Object a, int[] axis, Object out, boolean keepdims) {
    p.noOut("any", out);
    return Reductions.any(p.array(a), axis, keepdims);
  }

  /** Returns the index of the maximum, of the flattened array when axis is null (argmax). */
  public static Array argmax(DTypePolicy p, Object a, Integer axis, Object out, boolean keepdims) {
    p.noOut("argmax", out);
    return p.result(Reductions.argmax(p.array(a), axis, keepdims));
  }

  /** Returns the index of the minimum, of the flattened array when axis is null (argmin). */
  public static Array argmin(DTypePolicy p, Object a, Integer axis, Object out, boolean keepdims) {
    p.noOut("argmin", out);
    return p.result(Reductions.argmin(p.array(a), axis, keepdims));
  }

  /** Returns the number of non-zero elements over axis, in the default int (count_nonzero). */
  public static Array countNonzero(DTypePolicy p, Object a, int[] axis, boolean keepdims) {
    Array nz = Elementwise.notEqual(p.array(a), 0L);
    return Reductions.sum(nz, axis, keepdims, p.defaultInt());
  }

  private static Array flatIfNull(Array x, Integer axis) {
    return axis == null ? Manipulation.reshape(x, -1) : x;
  }

  /** Returns the cumulative sum along axis, of the flattened array when null (cumsum). */
  public static Array cumsum(DTypePolicy p, Object a, Integer axis, DType dtype, Object out) {
    p.noOut("cumsum", out);
    Array x = flatIfNull(p.array(a), axis);
    return p.result(
        Cumulative.cumulativeSum(x, axis == null ? 0 : axis, sumType(p, x, dtype), false));
  }

  /** Returns the cumulative product along axis, of the flattened array when null (cumprod). */
  public static Array cumprod(DTypePolicy p, Object a, Integer axis, DType dtype, Object out) {
    p.noOut("cumprod", out);
    Array x = flatIfNull(p.array(a), axis);
    x = Manipulation.astype(x, sumType(p, x, dtype));
    return p.result(Cumulative.cumprod(x, axis == null ? 0 : axis, false, false));
  }

  /**
   * Returns the cumulative sum along axis (which may be null only for rank 0 or 1), with a leading
   * zero when includeInitial (cumulative_sum).
   */
  public static Array cumulativeSum(
      DTypePolicy p, Object x, Integer axis, DType dtype, Object out, boolean includeInitial) {
    p.noOut("cumulative_sum", out);
    Array a = p.array(x);
    return p.result(Cumulative.cumulativeSum(a, axis, sumType(p, a, dtype), includeInitial));
  }

  private static Array nanArg(
      DTypePolicy p, String fn, Object a, Integer axis, Object out, boolean keepdims, boolean max) {
    p.noOut(fn, out);
    Array x = p.array(a);
    if (x.dtype().isFloating()) {
      Array nan = Elementwise.isnan(x);
      Array allNan = Reductions.all(nan, axis == null ? null : new int[] {axis}, false);
      Checks.check(
          !(Boolean) Reductions.any(allNan, null, false).item(),
          fn,
          "all-NaN slice encountered; got %s",
          x.aval());
      x = Elementwise.where(nan, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, x);
    }
    return max ? argmax(p, x, axis, null, keepdims) : argmin(p, x, axis, null, keepdims);
  }

  /** Returns the index of the maximum ignoring NaN; raises for all-NaN slices (nanargmax). */
  public static Array nanargmax(
      DTypePolicy p, Object a, Integer axis, Object out, boolean keepdims) {
    return nanArg(p, "nanargmax", a, axis, out, keepdims, true);
  }

  /** Returns the index of the minimum ignoring NaN; raises for all-NaN slices (nanargmin). */
  public static Array nanargmin(
      DTypePolicy p, Object a, Integer axis, Object out, boolean keepdims) {
    return nanArg(p, "nanargmin", a, axis, out, keepdims, false);
  }

  private static Array nanTo(DTypePolicy p, Object a, double v) {
    Array x = p.array(a);
    return x.dtype().isFloating() ? Elementwise.where(Elementwise.isnan(x), v, x) : x;
  }

  /** Returns the cumulative sum treating NaN as zero (nancumsum). */
  public static Array nancumsum(DTypePolicy p, Object a, Integer axis, DType dtype, Object out) {
    p.noOut("nancumsum", out);
    return cumsum(p, nanTo(p, a, 0.0), axis, dtype, null);
  }

  /** Returns the cumulative product treating NaN as one (nancumprod). */
  public static Array nancumprod(DTypePolicy p, Object a, Integer axis, DType dtype, Object out) {
    p.noOut("nancumprod", out);
    return cumprod(p, nanTo(p, a, 1.0), axis, dtype, null);
  }

  private static Array nanVar(
      DTypePolicy p, Object a, int[] axes, DType dtype, double ddof, boolean keepdims) {
    Array x = meanInput(p, p.array(a), dtype);
    Array valid = Elementwise.logicalNot(Elementwise.isnan(x));
    Array cnt = Reductions.sum(valid, axes, true, x.dtype());
    Array mu = Elementwise.divide(Extras.nansum(x, axes, true, x.dtype()), cnt);
    Array dev = Elementwise.where(valid, Elementwise.square(Elementwise.subtract(x, mu)), 0.0);
    Array n = Reductions.sum(valid, axes, keepdims, x.dtype());
    return Elementwise.divide(
        Reductions.sum(dev, axes, keepdims, x.dtype()), Elementwise.subtract(n, ddof));
  }

  /** Returns the variance ignoring NaN, with ddof delta degrees of freedom (nanvar). */
  public static Array nanvar(
      DTypePolicy p, Object a, int[] axis, DType dtype, Object out, double ddof, boolean keepdims) {
    p.noOut("nanvar", out);
    return castResult(p, nanVar(p, a, axis, dtype, ddof, keepdims), dtype);
  }

  /** Returns the standard deviation ignoring NaN, with ddof delta degrees of freedom (nanstd). */
  public static Array nanstd(
      DTypePolicy p, Object a, int[] axis, DType dtype, Object out, double ddof, boolean keepdims) {
    p.noOut("nanstd", out);
    return castResult(p, Elementwise.sqrt(nanVar(p, a, axis, dtype, ddof, keepdims)), dtype);
  }

  /**
   * Returns the cumulative product along axis (null only for rank 0 or 1), with a leading one when
   * includeInitial (cumulative_prod).
   */
  public static Array cumulativeProd(
      DTypePolicy p, Object x, Integer axis, DType dtype, Object out, boolean includeInitial) {
    p.noOut("cumulative_prod", out);
    Array a = p.array(x);
    Checks.check(
        axis != null || a.rank() <= 1,
        "cumulative_prod",
        "axis must be given for arrays of rank > 1; got %s",
        a.aval());
    int ax = axis == null ? 0 : axis;
    if (a.rank() == 0) {
      a = Manipulation.reshape(a, 1);
    }
    Array c = cumprod(p, a, ax, dtype, null);
    if (!includeInitial) {
      return c;
    }
    long[] sh = c.shape().dims();
    sh[Checks.axis("cumulative_prod", "axis", ax, c.rank())] = 1;
    return Manipulation.concat(
        java.util.List.of(dev.ivy.ops.Creation.ones(dev.ivy.Shape.of(sh), c.dtype()), c), ax);
  }
}
