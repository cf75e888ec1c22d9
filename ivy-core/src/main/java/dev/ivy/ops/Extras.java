package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Extra elementwise functions and reductions of the core API: {@code nextafter}, {@code isclose},
 * {@code allclose}, {@code nan_to_num}, {@code logsumexp}, {@code nansum}, {@code nanmean}, {@code
 * cummax}, {@code cummin}, {@code median}, {@code quantile} and {@code linalg.vector_norm}, with
 * NumPy's semantics (Ivy's for the cumulative extremes).
 */
public final class Extras {
  private Extras() {}

  private static int[] axes(String fn, Array x, int[] axes) {
    return axes == null ? Checks.allAxes(x.rank()) : Checks.axes(fn, "axis", axes, x.rank());
  }

  // ------------------------------------------------------------------ nextafter

  /**
   * Returns the next representable value after {@code x1} toward {@code x2}, bit-exact as C's
   * {@code nextafter} in the promoted floating dtype (integers compute in float64): {@code x1 ==
   * x2} gives {@code x2}, NaN gives NaN, 0 steps to the smallest subnormal with x2's sign, infinity
   * steps to the largest finite number and the largest finite number steps to infinity.
   *
   * <p>The neighbour is built with float arithmetic only (no bit views): the exponent of |x1| comes
   * from log2, corrected with exact powers of two; the step is the unit in the last place of that
   * binade, halved when stepping down from an exact power of two. Narrow dtypes compute in float64,
   * where every step is exact, and round back exactly. Tiny float64 inputs are scaled by 2^600 so
   * that no intermediate is subnormal. A backend that flushes subnormals to zero in its arithmetic
   * (TensorFlow's CPU kernels do) gives 0 where the exact answer is a subnormal number.
   */
  public static Array nextafter(Object x1, Object x2) {
    Array[] xy = Elementwise.promote("nextafter", x1, x2);
    DType dt = Elementwise.floatFor(xy[0].dtype());
    int p;
    int emin;
    switch (dt) {
      case FLOAT16:
        p = 11;
        emin = -14;
        break;
      case BFLOAT16:
        p = 8;
        emin = -126;
        break;
      case FLOAT32:
        p = 24;
        emin = -126;
        break;
      default:
        p = 53;
        emin = -1022;
    }
    double max = DTypeInfo.finfo(dt).max();
    Array x0 = Manipulation.astype(xy[0], DType.FLOAT64);
    Array y0 = Manipulation.astype(xy[1], DType.FLOAT64);
    // tiny float64 values are scaled by 2^600 (exactly) so that no step is subnormal: backends
    // that flush subnormals to zero would lose it; narrower dtypes never get near float64's range
    Array scale =
        p == 53
            ? Elementwise.where(Elementwise.less(Elementwise.abs(x0), 0x1p-900), 0x1p600, 1.0)
            : Creation.fullLike(x0, 1.0, null);
    Array x = Elementwise.multiply(x0, scale);
    Array y = Elementwise.multiply(y0, scale);
    Array eminArr =
        Elementwise.where(Elementwise.greater(scale, 1.0), (double) (emin + 600), (double) emin);
    Array ax = Elementwise.abs(x);
    Array regular = Elementwise.logicalAnd(Elementwise.greater(ax, 0.0), Elementwise.isfinite(ax));
    Array safe = Elementwise.where(regular, ax, 1.0);
    // floor(log2|x|) may be one off near powers of two: correct it with exact powers of two
    Array e = Elementwise.floor(Elementwise.log2(safe));
    Array t = Elementwise.pow(2.0, e);
    e = Elementwise.where(Elementwise.greater(t, safe), Elementwise.subtract(e, 1.0), e);
    t = Elementwise.pow(2.0, e);
    e =
        Elementwise.where(
            Elementwise.lessEqual(Elementwise.multiply(t, 2.0), safe), Elementwise.add(e, 1.0), e);
    Array binade = Elementwise.pow(2.0, e);
    Array ulp =
        Elementwise.pow(
            2.0, Elementwise.subtract(Elementwise.maximum(e, eminArr), (double) (p - 1)));
    Array halfDown =
        Elementwise.logicalAnd(Elementwise.equal(binade, safe), Elementwise.greater(e, eminArr));
    Array down = Elementwise.where(halfDown, Elementwise.multiply(ulp, 0.5), ulp);
    Array away = Elementwise.equal(Elementwise.greater(y, x), Elementwise.greater(x, 0.0));
    Array mag =
        Elementwise.where(away, Elementwise.add(safe, ulp), Elementwise.subtract(safe, down));
    mag = Elementwise.divide(mag, scale);
    mag = Elementwise.where(Elementwise.greater(mag, max), Double.POSITIVE_INFINITY, mag);
    Array r = Elementwise.where(Elementwise.less(x, 0.0), Elementwise.negative(mag), mag);
    double tiny = Math.scalb(1.0, emin - p + 1);
    Array fromZero = Elementwise.copysign(Creation.fullLike(x, tiny, null), y0);
    r = Elementwise.where(Elementwise.equal(x0, 0.0), fromZero, r);
    Array fromInf = Elementwise.copysign(Creation.fullLike(x, max, null), x0);
    r = Elementwise.where(Elementwise.isinf(x0), fromInf, r);
    r = Elementwise.where(Elementwise.equal(x0, y0), y0, r);
    Array nan = Elementwise.logicalOr(Elementwise.isnan(x0), Elementwise.isnan(y0));
    r = Elementwise.where(nan, Double.NaN, r);
    return Manipulation.astype(r, dt);
  }

  // ------------------------------------------------------------------ closeness

  /**
   * Returns whether {@code a} and {@code b} are elementwise equal within {@code |a - b| <= atol +
   * rtol * |b|} (NumPy {@code isclose}, not symmetric): infinities are close only to the same
   * infinity, NaNs only to NaNs and only when {@code equalNan}.
   */
  public static Array isclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
    Array[] xy = Elementwise.promote("isclose", a, b);
    DType dt = Elementwise.floatFor(xy[0].dtype());
    Array x = Manipulation.astype(xy[0], dt);
    Array y = Manipulation.astype(xy[1], dt);
    Array within =
        Elementwise.lessEqual(
            Elementwise.abs(Elementwise.subtract(x, y)),
            Elementwise.add(atol, Elementwise.multiply(rtol, Elementwise.abs(y))));
    Array r =
        Elementwise.logicalOr(
            Elementwise.logicalAnd(within, Elementwise.isfinite(y)), Elementwise.equal(x, y));
    if (equalNan) {
      r =
          Elementwise.logicalOr(
              r, Elementwise.logicalAnd(Elementwise.isnan(x), Elementwise.isnan(y)));
    }
    return r;
  }

  /** Returns whether every element pair is close as {@link #isclose} decides (true for none). */
  public static boolean allclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
    return (Boolean) Reductions.all(isclose(a, b, rtol, atol, equalNan), null, false).item();
  }

  // ------------------------------------------------------------------ NaN handling

  /**
   * Returns {@code x} with NaN replaced by {@code nan}, +inf by {@code posinf} (the dtype's largest
   * finite value when null) and -inf by {@code neginf} (the most negative finite value when null);
   * non-floating arrays are returned unchanged (NumPy {@code nan_to_num}).
   */
  public static Array nanToNum(Array x, double nan, Double posinf, Double neginf) {
    if (!x.dtype().isFloating()) {
      return x;
    }
    DTypeInfo.FInfo fi = DTypeInfo.finfo(x.dtype());
    Array r = Elementwise.where(Elementwise.isnan(x), nan, x);
    Array inf = Elementwise.isinf(x);
    r =
        Elementwise.where(
            Elementwise.logicalAnd(inf, Elementwise.greater(x, 0.0)),
            posinf == null ? fi.max() : posinf,
            r);
    return Elementwise.where(
        Elementwise.logicalAnd(inf, Elementwise.less(x, 0.0)),
        neginf == null ? fi.min() : neginf,
        r);
  }

  /**
   * Returns the sum over {@code axes} treating NaN as zero (NumPy {@code nansum}); dtypes as {@link
   * Reductions#sum}.
   */
  public static Array nansum(Array x, int[] axes, boolean keepDims, DType dtype) {
    Array z = x.dtype().isFloating() ? Elementwise.where(Elementwise.isnan(x), 0.0, x) : x;
    return Reductions.sum(z, axes, keepDims, dtype);
  }

  /**
   * Returns the mean over {@code axes} of the non-NaN elements (NumPy {@code nanmean}): NaN where
   * every element is NaN; integers give float64.
   */
  public static Array nanmean(Array x, int[] axes, boolean keepDims) {
    if (!x.dtype().isFloating()) {
      return Reductions.mean(x, axes, keepDims);
    }
    int[] a = axes("nanmean", x, axes);
    Array ok = Elementwise.logicalNot(Elementwise.isnan(x));
    DType acc = x.dtype() == DType.FLOAT64 ? DType.FLOAT64 : DType.FLOAT32;
    Array s = Reductions.sum(Elementwise.where(ok, x, 0.0), a, keepDims, acc);
    Array n = Reductions.sum(ok, a, keepDims, acc);
    return Manipulation.astype(Elementwise.divide(s, n), x.dtype());
  }

  // ------------------------------------------------------------------ logsumexp

  /**
   * Returns {@code log(sum(exp(x)))} over {@code axes} (all when null), computed stably by
   * subtracting the maximum: +inf anywhere gives +inf, all -inf gives -inf, NaN propagates. Integer
   * inputs compute in float64.
   */
  public static Array logsumexp(Array x, int[] axes, boolean keepDims) {
    int[] a = axes("logsumexp", x, axes);
    Array f = Manipulation.astype(x, Elementwise.floatFor(x.dtype()));
    Array m = Reductions.max(f, a, true);
    Array ms = Elementwise.where(Elementwise.isinf(m), 0.0, m);
    Array s = Reductions.sum(Elementwise.exp(Elementwise.subtract(f, ms)), a, true, null);
    Array r = Elementwise.add(Elementwise.log(s), ms);
    return keepDims ? r : Manipulation.squeeze(r, a.length == 0 ? new int[0] : a);
  }

  // ------------------------------------------------------------------ cumulative extremes

  /**
   * Returns the running maximum along {@code axis} (Ivy {@code cummax}, values only): NaN
   * propagates from where it appears. With {@code reverse} the scan runs from the end; with {@code
   * exclusive} each output holds the maximum of the elements strictly before it in scan order and
   * the first holds 0, as Ivy pads exclusive scans with zeros.
   *
   * <p>Computed in ceil(log2 n) doubling steps: each takes the maximum with a copy shifted by 1, 2,
   * 4, ... elements and padded with the dtype's lowest value.
   */
  public static Array cummax(Array x, int axis, boolean exclusive, boolean reverse) {
    return scanExtreme("cummax", x, axis, exclusive, reverse, true);
  }

  /** Returns the running minimum along {@code axis}; see {@link #cummax}. */
  public static Array cummin(Array x, int axis, boolean exclusive, boolean reverse) {
    return scanExtreme("cummin", x, axis, exclusive, reverse, false);
  }

  private static Array scanExtreme(
      String fn, Array x, int axis, boolean exclusive, boolean reverse, boolean max) {
    Array y = x.rank() == 0 ? Manipulation.reshape(x, Shape.of(1)) : x;
    int ax = Checks.axis(fn, "axis", axis, y.rank());
    long n = y.shape().dim(ax);
    if (reverse) {
      y = Manipulation.flip(y, ax);
    }
    Object pad = max ? DTypeInfo.lowest(y.dtype()) : DTypeInfo.highest(y.dtype());
    for (long s = 1; s < n; s *= 2) {
      Array shifted = shift(y, ax, s, pad);
      y = max ? Elementwise.maximum(y, shifted) : Elementwise.minimum(y, shifted);
    }
    if (exclusive && n > 0) {
      y = shift(y, ax, 1, 0);
    }
    if (reverse) {
      y = Manipulation.flip(y, ax);
    }
    y = Manipulation.astype(y, x.dtype());
    return x.rank() == 0 ? Manipulation.reshape(y, Shape.scalar()) : y;
  }

  /** Returns {@code y} shifted by {@code s} along {@code ax}, the first s filled with {@code v}. */
  private static Array shift(Array y, int ax, long s, Object v) {
    long n = y.shape().dim(ax);
    long[] d = y.shape().dims();
    d[ax] = Math.min(s, n);
    Array fill = Creation.onBackend(y, () -> Creation.full(Shape.of(d), v, y.dtype()));
    if (s >= n) {
      return fill;
    }
    return Manipulation.concat(List.of(fill, Manipulation.sliceAxis(y, ax, 0, n - s, 1)), ax);
  }

  // ------------------------------------------------------------------ order statistics

  /** Moves {@code axes} (normalised) to the end and merges them into one last axis. */
  private static Array mergeLast(Array x, int[] a) {
    int r = x.rank();
    int[] perm = new int[r];
    boolean[] red = new boolean[r];
    for (int ax : a) {
      red[ax] = true;
    }
    int k = 0;
    long rest = 1;
    List<Long> kept = new ArrayList<>();
    for (int i = 0; i < r; i++) {
      if (!red[i]) {
        perm[k++] = i;
        kept.add(x.shape().dim(i));
      }
    }
    for (int ax : a) {
      perm[k++] = ax;
      rest *= x.shape().dim(ax);
    }
    kept.add(rest);
    return Manipulation.reshape(Manipulation.permuteDims(x, perm), Shape.of(kept));
  }

  private static Shape reducedShape(Array x, int[] a, boolean keepDims) {
    boolean[] red = new boolean[x.rank()];
    for (int ax : a) {
      red[ax] = true;
    }
    List<Long> d = new ArrayList<>();
    for (int i = 0; i < x.rank(); i++) {
      if (!red[i]) {
        d.add(x.shape().dim(i));
      } else if (keepDims) {
        d.add(1L);
      }
    }
    return Shape.of(d);
  }

  /**
   * Returns the median over {@code axes} (all when null), NumPy's {@code median}: the mean of the
   * two middle elements for an even count, NaN where a reduced slice holds a NaN; floating inputs
   * keep their dtype, integers give float64.
   *
   * @throws dev.ivy.errors.IvyArgumentException if a reduced axis is empty
   */
  public static Array median(Array x, int[] axes, boolean keepDims) {
    int[] a = axes("median", x, axes);
    Array m = mergeLast(x, a);
    long n = m.shape().dim(-1);
    Checks.check(n > 0, "median", "x must not be empty along the reduced axes; got %s", x.shape());
    Array s = Sorting.sort(m, -1, false);
    int last = s.rank() - 1;
    Array mid = Manipulation.sliceAxis(s, last, (n - 1) / 2, n / 2 + 1, 1);
    Array r = Reductions.mean(mid, new int[] {last}, false);
    if (x.dtype().isFloating()) {
      Array top = Manipulation.squeeze(Manipulation.sliceAxis(s, last, n - 1, n, 1), last);
      r = Elementwise.where(Elementwise.isnan(top), top, r);
    }
    return Manipulation.reshape(r, reducedShape(x, a, keepDims));
  }

  /**
   * Returns the {@code q}-th quantiles over {@code axes} (all when null), NumPy's {@code quantile}
   * with methods "linear" (default), "lower", "higher", "midpoint" and "nearest" (round half to
   * even). {@code q} is a number or a 1-d array in [0, 1]; an array q puts its axis first. Slices
   * holding NaN give NaN. "linear" and "midpoint" keep a floating input's dtype (integers give
   * float64); the other methods keep the input's dtype.
   *
   * @throws dev.ivy.errors.IvyArgumentException for q outside [0, 1], an unknown method or an empty
   *     reduction
   */
  public static Array quantile(
      Array x, Object q, int[] axes, boolean keepDims, String interpolation) {
    String fn = "quantile";
    String method = interpolation == null ? "linear" : interpolation;
    Checks.check(
        List.of("linear", "lower", "higher", "midpoint", "nearest").contains(method),
        fn,
        "interpolation must be 'linear', 'lower', 'higher', 'midpoint' or 'nearest'; got '%s'",
        method);
    boolean scalarQ = !(q instanceof Array);
    Array qa =
        Manipulation.astype(
            q instanceof Array arr
                ? arr
                : Creation.onBackend(x, () -> Creation.full(Shape.scalar(), q, DType.FLOAT64)),
            DType.FLOAT64);
    Checks.check(qa.rank() <= 1, fn, "q must be a number or 1-d; got shape %s", qa.shape());
    if (qa.size() > 0 && !qa.isSymbolic()) {
      double lo = Reductions.min(qa, null, false).itemDouble();
      double hi = Reductions.max(qa, null, false).itemDouble();
      Checks.check(lo >= 0 && hi <= 1, fn, "q must be in [0, 1]; got values in [%s, %s]", lo, hi);
    }
    int[] a = axes(fn, x, axes);
    Array m = mergeLast(x, a);
    long n = m.shape().dim(-1);
    Checks.check(n > 0, fn, "x must not be empty along the reduced axes; got %s", x.shape());
    Array s = Sorting.sort(m, -1, false);
    int last = s.rank() - 1;
    Array vi = Elementwise.multiply(qa, (double) (n - 1));
    Array r;
    boolean interpolates = method.equals("linear") || method.equals("midpoint");
    if (!interpolates) {
      Array pos =
          method.equals("lower")
              ? Elementwise.floor(vi)
              : method.equals("higher") ? Elementwise.ceil(vi) : Elementwise.round(vi);
      r = Indexing.take(s, Manipulation.astype(pos, DType.INT64), last);
    } else {
      if (method.equals("midpoint")) {
        vi =
            Elementwise.multiply(0.5, Elementwise.add(Elementwise.floor(vi), Elementwise.ceil(vi)));
      }
      DType dt = x.dtype().isFloating() ? x.dtype() : DType.FLOAT64;
      Array prev = Elementwise.floor(vi);
      Array above = Elementwise.greaterEqual(vi, (double) (n - 1));
      prev = Elementwise.where(above, (double) (n - 1), prev);
      Array next = Elementwise.where(above, (double) (n - 1), Elementwise.add(prev, 1.0));
      Array gamma = Elementwise.subtract(vi, prev);
      if (method.equals("midpoint")) {
        gamma = Elementwise.where(Elementwise.equal(gamma, 0.0), 0.0, 0.5);
      }
      // a Python-float q acts as a weak scalar in NumPy: the interpolation runs in x's dtype
      Array g = scalarQ || dt != DType.FLOAT64 ? Manipulation.astype(gamma, dt) : gamma;
      Array sd = Manipulation.astype(s, dt);
      Array av = Indexing.take(sd, Manipulation.astype(prev, DType.INT64), last);
      Array bv = Indexing.take(sd, Manipulation.astype(next, DType.INT64), last);
      Array diff = Elementwise.subtract(bv, av);
      Array lerp = Elementwise.add(av, Elementwise.multiply(diff, g));
      Array back =
          Elementwise.subtract(bv, Elementwise.multiply(diff, Elementwise.subtract(1.0, g)));
      r = Elementwise.where(Elementwise.greaterEqual(g, 0.5), back, lerp);
    }
    if (x.dtype().isFloating()) {
      Array top = Manipulation.sliceAxis(s, last, n - 1, n, 1);
      if (qa.rank() == 0) {
        top = Manipulation.squeeze(top, last);
      }
      r = Elementwise.where(Elementwise.isnan(top), Manipulation.astype(top, r.dtype()), r);
    }
    Shape red = reducedShape(x, a, keepDims);
    if (qa.rank() == 1) {
      // q's axis is last after take: move it first
      r = Manipulation.moveaxis(r, new int[] {-1}, new int[] {0});
      long[] d = new long[red.rank() + 1];
      d[0] = qa.size();
      System.arraycopy(red.dims(), 0, d, 1, red.rank());
      return Manipulation.reshape(r, Shape.of(d));
    }
    return Manipulation.reshape(r, red);
  }

  // ------------------------------------------------------------------ norms

  /**
   * Returns the vector norm over {@code axes} (all, flattened, when null), the array API's {@code
   * linalg.vector_norm}: {@code ord} 2 (default) is the Euclidean norm, 1 the sum of magnitudes,
   * inf the largest and -inf the smallest magnitude, 0 the number of nonzero elements, any other p
   * {@code (sum |x|^p)^(1/p)}. Integers compute in float64; floating inputs keep their dtype.
   *
   * @param ord a number or the strings "inf" / "-inf"
   */
  public static Array vectorNorm(Array x, int[] axes, boolean keepDims, Object ord) {
    int[] a = axes("vector_norm", x, axes);
    Array f = Manipulation.astype(x, Elementwise.floatFor(x.dtype()));
    Array ab = Elementwise.abs(f);
    double p = ordValue(ord);
    if (a.length == 0) {
      return p == 0 ? Manipulation.astype(Elementwise.notEqual(f, 0), f.dtype()) : ab;
    }
    if (p == Double.POSITIVE_INFINITY) {
      return Reductions.max(ab, a, keepDims);
    }
    if (p == Double.NEGATIVE_INFINITY) {
      return Reductions.min(ab, a, keepDims);
    }
    if (p == 0) {
      return Reductions.sum(Elementwise.notEqual(f, 0), a, keepDims, f.dtype());
    }
    if (p == 1) {
      return Reductions.sum(ab, a, keepDims, null);
    }
    if (p == 2) {
      return Elementwise.sqrt(Reductions.sum(Elementwise.multiply(f, f), a, keepDims, null));
    }
    Array s = Reductions.sum(Elementwise.pow(ab, p), a, keepDims, null);
    return Elementwise.pow(s, 1.0 / p);
  }

  private static double ordValue(Object ord) {
    if (ord == null) {
      return 2;
    }
    if (ord instanceof Number num) {
      return num.doubleValue();
    }
    String s = String.valueOf(ord);
    if (s.equals("inf") || s.equals("Infinity")) {
      return Double.POSITIVE_INFINITY;
    }
    if (s.equals("-inf") || s.equals("-Infinity")) {
      return Double.NEGATIVE_INFINITY;
    }
    throw new dev.ivy.errors.IvyArgumentException(
        "vector_norm: ord must be a number, inf or -inf; got " + s);
  }

  /**
   * Returns the square matrix {@code x} (or stack of them) raised to the integer power {@code n} by
   * repeated squaring; n = 0 gives the identity of x's dtype.
   *
   * @throws dev.ivy.errors.IvyArgumentException if x is not square, or n is negative: a negative
   *     power needs a matrix inverse, which core does not have yet (issue 3)
   */
  public static Array matrixPower(Array x, long n) {
    String fn = "matrix_power";
    Checks.check(
        x.rank() >= 2 && x.shape().dim(-1) == x.shape().dim(-2),
        fn,
        "x must be a square matrix or a stack of them; got shape %s",
        x.shape());
    Checks.check(
        n >= 0, fn, "n must be >= 0 (negative powers need linalg.inv, not in core yet); got %s", n);
    long m = x.shape().dim(-1);
    Array eye =
        Creation.onBackend(
            x, () -> Manipulation.broadcastTo(Creation.eye(m, m, 0, x.dtype()), x.shape()));
    Array result = null;
    Array base = x;
    for (long k = n; k > 0; k >>= 1) {
      if ((k & 1) == 1) {
        result = result == null ? base : Linalg.matmul(result, base);
      }
      if (k > 1) {
        base = Linalg.matmul(base, base);
      }
    }
    return result == null ? eye : result;
  }
}
