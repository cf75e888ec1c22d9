package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Indexing;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sorting;
import dev.ivy.rules.TypePromotion;
import java.util.ArrayList;
import java.util.List;

/**
 * The NumPy functions that take more than a line of core calls: argument normalisation and NumPy's
 * dtype and edge-case rules, composed of core functions only.
 */
final class NumpyComposites {
  private NumpyComposites() {}

  /**
   * Returns x cast to the float dtype NumPy's float-only ufuncs compute in (float16 for 8 bits).
   */
  static Array toFloat(Array x) {
    if (x.dtype().isFloating()) {
      return x;
    }
    DType t =
        switch (x.dtype()) {
          case BOOL, INT8, UINT8 -> DType.FLOAT16;
          case INT16 -> DType.FLOAT32;
          default -> DType.FLOAT64;
        };
    return Manipulation.astype(x, t);
  }

  static Array asArray(Object v) {
    return v instanceof Array a ? a : dev.ivy.ops.Conversion.asarray(v, null);
  }

  static Array around(Array a, long decimals) {
    if (!a.dtype().isFloating()) {
      if (decimals >= 0) {
        return a;
      }
      double f = Math.pow(10, -decimals);
      Array r = Elementwise.round(Elementwise.divide(Manipulation.astype(a, DType.FLOAT64), f));
      return Manipulation.astype(Elementwise.multiply(r, f), a.dtype());
    }
    if (decimals >= 0) {
      double f = Math.pow(10, decimals);
      return Elementwise.divide(Elementwise.round(Elementwise.multiply(a, f)), f);
    }
    double f = Math.pow(10, -decimals);
    return Elementwise.multiply(Elementwise.round(Elementwise.divide(a, f)), f);
  }

  /** C-style remainder: the sign of the dividend. */
  static Array fmod(Object x1, Object x2) {
    Array r = Elementwise.remainder(x1, x2);
    Array x = asArray(x1);
    Array fix =
        Elementwise.logicalAnd(
            Elementwise.notEqual(r, 0L),
            Elementwise.notEqual(Elementwise.signbit(toFloat(r)), Elementwise.signbit(toFloat(x))));
    return Elementwise.where(fix, Elementwise.subtract(r, x2), r);
  }

  static Array fmax(Object x1, Object x2, boolean max) {
    Array a = asArray(x1);
    Array b = asArray(x2);
    Array m = max ? Elementwise.maximum(a, b) : Elementwise.minimum(a, b);
    if (!m.dtype().isFloating()) {
      return m;
    }
    return Elementwise.where(
        Elementwise.isnan(b),
        Manipulation.astype(a, m.dtype()),
        Elementwise.where(Elementwise.isnan(a), Manipulation.astype(b, m.dtype()), m));
  }

  static Array gcd(Object x1, Object x2) {
    Array a0 = asArray(x1);
    Array b0 = asArray(x2);
    Checks.check(
        !a0.dtype().isFloating() && !b0.dtype().isFloating(),
        "gcd",
        "x1 and x2 must be integer arrays; got %s and %s",
        a0.dtype(),
        b0.dtype());
    Array a = Elementwise.abs(Elementwise.add(a0, Elementwise.multiply(b0, 0L)));
    Array b = Elementwise.abs(Elementwise.add(b0, Elementwise.multiply(a0, 0L)));
    for (int i = 0; i < 200; i++) {
      Array nz = Elementwise.notEqual(b, 0L);
      if (!(Boolean) Reductions.any(nz, null, false).item()) {
        break;
      }
      Array r = Elementwise.remainder(a, Elementwise.where(nz, b, 1L));
      a = Elementwise.where(nz, b, a);
      b = Elementwise.where(nz, r, 0L);
    }
    return a;
  }

  static Array lcm(Object x1, Object x2) {
    Array g = gcd(x1, x2);
    Array safe = Elementwise.where(Elementwise.equal(g, 0L), 1L, g);
    return Elementwise.abs(
        Elementwise.multiply(Elementwise.floorDivide(asArray(x1), safe), asArray(x2)));
  }

  static Array heaviside(Object x1, Object x2) {
    Array x = asArray(x1);
    Array h = asArray(x2);
    DType dt = TypePromotion.promote(x.dtype(), h.dtype());
    Array r =
        Elementwise.where(
            Elementwise.less(x, 0L),
            0.0,
            Elementwise.where(Elementwise.greater(x, 0L), 1.0, Manipulation.astype(h, dt)));
    r = Elementwise.where(Elementwise.isnan(toFloat(x)), toFloat(x), r);
    return Manipulation.astype(r, dt);
  }

  static Array sinc(Array x) {
    Array f = toFloat(x);
    Array px = Elementwise.multiply(f, Math.PI);
    Array zero = Elementwise.equal(f, 0.0);
    Array safe = Elementwise.where(zero, 1.0, px);
    return Elementwise.where(zero, 1.0, Elementwise.divide(Elementwise.sin(safe), safe));
  }

  static Array cbrt(Array x) {
    Array f = toFloat(x);
    return Elementwise.multiply(
        Elementwise.sign(f), Elementwise.pow(Elementwise.abs(f), 1.0 / 3.0));
  }

  /** Normalises NumPy's axis argument (None, an int or a sequence) into core's int[] or null. */
  static int[] axes(Object axis) {
    if (axis == null) {
      return null;
    }
    if (axis instanceof Long || axis instanceof Integer) {
      return new int[] {((Number) axis).intValue()};
    }
    if (axis instanceof List<?> l) {
      int[] r = new int[l.size()];
      for (int i = 0; i < r.length; i++) {
        if (!(l.get(i) instanceof Long || l.get(i) instanceof Integer)) {
          throw new IvyArgumentException(
              "numpy: axis must be None, an int or a tuple of ints; got " + axis);
        }
        r[i] = ((Number) l.get(i)).intValue();
      }
      return r;
    }
    if (axis instanceof int[] ia) {
      return ia;
    }
    throw new IvyArgumentException(
        "numpy: axis must be None, an int or a tuple of ints; got " + axis);
  }

  static long[] longs(Object v, String fn, String arg) {
    if (v instanceof Long || v instanceof Integer) {
      return new long[] {((Number) v).longValue()};
    }
    if (v instanceof List<?> l) {
      long[] r = new long[l.size()];
      for (int i = 0; i < r.length; i++) {
        if (!(l.get(i) instanceof Long || l.get(i) instanceof Integer)) {
          throw new IvyArgumentException(
              fn + ": " + arg + " must be an int or a sequence of ints; got " + v);
        }
        r[i] = ((Number) l.get(i)).longValue();
      }
      return r;
    }
    if (v instanceof long[] la) {
      return la;
    }
    if (v instanceof int[] ia) {
      long[] r = new long[ia.length];
      for (int i = 0; i < ia.length; i++) {
        r[i] = ia[i];
      }
      return r;
    }
    if (v instanceof Array a && !a.dtype().isFloating() && a.rank() <= 1) {
      return a.toLongArray();
    }
    throw new IvyArgumentException(
        fn + ": " + arg + " must be an int or a sequence of ints; got " + v);
  }

  static List<Array> split(Array x, Object indicesOrSections, int axis, boolean strict) {
    String fn = strict ? "split" : "array_split";
    int ax = Checks.axis(fn, "axis", axis, x.rank());
    long n = x.shape().dim(ax);
    List<Long> sizes = new ArrayList<>();
    if (indicesOrSections instanceof Number k0) {
      long k = k0.longValue();
      Checks.check(k > 0, fn, "number sections must be larger than 0; got %s", k);
      Checks.count(fn, "indices_or_sections", k);
      Checks.check(
          !strict || n % k == 0,
          fn,
          "array split does not result in an equal division: %s into %s sections",
          n,
          k);
      long base = n / k;
      long extra = n % k;
      for (long i = 0; i < k; i++) {
        sizes.add(base + (i < extra ? 1 : 0));
      }
    } else {
      long prev = 0;
      for (long idx : longs(indicesOrSections, fn, "indices_or_sections")) {
        long c = Math.min(Math.max(idx < 0 ? idx + n : idx, prev), n);
        sizes.add(c - prev);
        prev = c;
      }
      sizes.add(n - prev);
    }
    List<Array> out = new ArrayList<>();
    long start = 0;
    for (long s : sizes) {
      long[] st = new long[x.rank()];
      long[] sp = x.shape().dims();
      long[] step = new long[x.rank()];
      java.util.Arrays.fill(step, 1);
      st[ax] = start;
      sp[ax] = start + s;
      out.add(Manipulation.slice(x, st, sp, step));
      start += s;
    }
    return out;
  }

  static Array rot90(Array m, long k, int[] axes) {
    Checks.check(
        axes != null && axes.length == 2,
        "rot90",
        "axes must be two axes; got %s",
        axes == null ? "None" : java.util.Arrays.toString(axes));
    int a0 = Checks.axis("rot90", "axes", axes[0], m.rank());
    int a1 = Checks.axis("rot90", "axes", axes[1], m.rank());
    Checks.check(a0 != a1, "rot90", "axes must be different; got %s and %s", axes[0], axes[1]);
    int kk = (int) Math.floorMod(k, 4L);
    if (kk == 0) {
      return m;
    }
    if (kk == 2) {
      return Manipulation.flip(Manipulation.flip(m, a0), a1);
    }
    if (kk == 1) {
      return Manipulation.swapaxes(Manipulation.flip(m, a1), a0, a1);
    }
    return Manipulation.flip(Manipulation.swapaxes(m, a0, a1), a1);
  }

  static Array atleast(Array a, int n) {
    if (a.rank() >= n) {
      return a;
    }
    if (n == 3) {
      if (a.rank() == 0) {
        return Manipulation.reshape(a, 1, 1, 1);
      }
      if (a.rank() == 1) {
        return Manipulation.reshape(a, 1, a.shape().dim(0), 1);
      }
      return Manipulation.expandDims(a, 2);
    }
    long[] d = new long[n];
    java.util.Arrays.fill(d, 1);
    long[] s = a.shape().dims();
    System.arraycopy(s, 0, d, n - s.length, s.length);
    return Manipulation.reshape(a, d);
  }

  static Array diagonal(Array a, long offset, int axis1, int axis2) {
    int a1 = Checks.axis("diagonal", "axis1", axis1, a.rank());
    int a2 = Checks.axis("diagonal", "axis2", axis2, a.rank());
    Checks.check(a1 != a2, "diagonal", "axis1 and axis2 cannot be the same; got %s", axis1);
    Array m = Manipulation.moveaxis(a, new int[] {a1, a2}, new int[] {-2, -1});
    return Linalg.diagonal(m, offset);
  }

  static Array select(List<Array> conds, List<Array> choices, Object dflt) {
    Checks.check(
        conds.size() == choices.size(),
        "select",
        "list of cases must be same length as list of conditions; got %s and %s",
        choices.size(),
        conds.size());
    Array r = null;
    Object acc = dflt;
    for (int i = conds.size() - 1; i >= 0; i--) {
      r = Elementwise.where(conds.get(i), choices.get(i), acc);
      acc = r;
    }
    return r == null ? asArray(dflt) : r;
  }

  static Array interp(Array x, Array xp, Array fp, Object left, Object right) {
    Array xf = Manipulation.astype(x, DType.FLOAT64);
    Array xpf = Manipulation.astype(xp, DType.FLOAT64);
    Array fpf = Manipulation.astype(fp, DType.FLOAT64);
    long n = xpf.size();
    Checks.check(n > 0, "interp", "array of sample points is empty; got xp of size %s", n);
    Checks.check(
        fpf.size() == n,
        "interp",
        "fp and xp are not of the same length; got %s and %s",
        fpf.size(),
        n);
    if (n == 1) {
      Array v = Indexing.take(fpf, dev.ivy.ops.Conversion.asarray(0L, null), 0);
      return Elementwise.add(Creation.zerosLike(xf), v);
    }
    Array i = Sorting.searchsorted(xpf, xf, "right");
    i = Elementwise.clip(i, 1L, n - 1);
    Array im1 = Elementwise.subtract(i, 1L);
    Array x0 = Indexing.take(xpf, im1, 0);
    Array x1 = Indexing.take(xpf, i, 0);
    Array y0 = Indexing.take(fpf, im1, 0);
    Array y1 = Indexing.take(fpf, i, 0);
    Array slope = Elementwise.divide(Elementwise.subtract(y1, y0), Elementwise.subtract(x1, x0));
    Array r = Elementwise.add(y0, Elementwise.multiply(slope, Elementwise.subtract(xf, x0)));
    // at an exact sample point take its value (avoids 0 * inf on repeated points)
    r = Elementwise.where(Elementwise.equal(xf, x1), y1, r);
    Array first = Indexing.take(fpf, dev.ivy.ops.Conversion.asarray(0L, null), 0);
    Array last = Indexing.take(fpf, dev.ivy.ops.Conversion.asarray(n - 1, null), 0);
    Array xFirst = Indexing.take(xpf, dev.ivy.ops.Conversion.asarray(0L, null), 0);
    Array xLast = Indexing.take(xpf, dev.ivy.ops.Conversion.asarray(n - 1, null), 0);
    r = Elementwise.where(Elementwise.less(xf, xFirst), left == null ? first : left, r);
    r = Elementwise.where(Elementwise.greater(xf, xLast), right == null ? last : right, r);
    return Manipulation.astype(r, DType.FLOAT64);
  }

  static List<Array> histogram(Array a, long bins, List<?> range, Array weights, boolean density) {
    Checks.check(bins > 0, "histogram", "bins must be positive; got %s", bins);
    Array flat = Manipulation.reshape(a, -1);
    double lo;
    double hi;
    if (range != null) {
      lo = ((Number) range.get(0)).doubleValue();
      hi = ((Number) range.get(1)).doubleValue();
      Checks.check(
          lo <= hi, "histogram", "max must be larger than min in range parameter; got %s", range);
    } else if (flat.size() == 0) {
      lo = 0;
      hi = 1;
    } else {
      lo = Reductions.min(Manipulation.astype(flat, DType.FLOAT64), null, false).itemDouble();
      hi = Reductions.max(Manipulation.astype(flat, DType.FLOAT64), null, false).itemDouble();
    }
    if (lo == hi) {
      lo -= 0.5;
      hi += 0.5;
    }
    DType edt = a.dtype().isFloating() ? a.dtype() : DType.FLOAT64;
    Array edges = Creation.linspace(lo, hi, bins + 1, edt, true);
    Array xf = Manipulation.astype(flat, DType.FLOAT64);
    Array idx =
        Elementwise.floor(
            Elementwise.multiply(
                Elementwise.divide(Elementwise.subtract(xf, lo), hi - lo), (double) bins));
    idx = Manipulation.astype(idx, DType.INT64);
    // the last edge belongs to the last bin; correct rounding against the edges themselves
    Array e64 = Manipulation.astype(edges, DType.FLOAT64);
    idx = Elementwise.clip(idx, 0L, bins - 1);
    Array lower = Indexing.take(e64, idx, 0);
    idx = Elementwise.where(Elementwise.less(xf, lower), Elementwise.subtract(idx, 1L), idx);
    Array upper = Indexing.take(e64, Elementwise.clip(Elementwise.add(idx, 1L), 0L, bins), 0);
    idx =
        Elementwise.where(
            Elementwise.logicalAnd(
                Elementwise.greaterEqual(xf, upper), Elementwise.less(idx, bins - 1)),
            Elementwise.add(idx, 1L),
            idx);
    Array inside =
        Elementwise.logicalAnd(Elementwise.greaterEqual(xf, lo), Elementwise.lessEqual(xf, hi));
    Array oh =
        Elementwise.logicalAnd(
            Elementwise.equal(
                Manipulation.expandDims(idx, 1),
                Manipulation.expandDims(Creation.arange(0L, bins, 1L, DType.INT64), 0)),
            Manipulation.expandDims(inside, 1));
    Array counts;
    if (weights != null) {
      Array w = Manipulation.expandDims(Manipulation.reshape(weights, -1), 1);
      counts = Reductions.sum(Elementwise.where(oh, w, 0L), new int[] {0}, false, null);
    } else {
      counts = Reductions.sum(oh, new int[] {0}, false, DType.INT64);
    }
    if (density) {
      Array widths = Manipulation.diff(e64, 1, 0);
      Array total = Reductions.sum(counts, null, false, DType.FLOAT64);
      counts =
          Elementwise.divide(
              Elementwise.divide(Manipulation.astype(counts, DType.FLOAT64), total), widths);
    }
    return List.of(counts, edges);
  }

  static Array bincount(Array x, Array weights, long minlength) {
    Checks.check(
        !x.dtype().isFloating() && x.rank() == 1,
        "bincount",
        "x must be a 1-D array of non-negative integers; got %s",
        x.aval());
    Checks.check(minlength >= 0, "bincount", "minlength must not be negative; got %s", minlength);
    long len = minlength;
    if (x.size() > 0) {
      long mn = Reductions.min(x, null, false).itemLong();
      Checks.check(mn >= 0, "bincount", "x must not contain negative values; got %s", mn);
      len = Math.max(len, Reductions.max(x, null, false).itemLong() + 1);
    }
    Array oh =
        Elementwise.equal(
            Manipulation.expandDims(Manipulation.astype(x, DType.INT64), 1),
            Manipulation.expandDims(Creation.arange(0L, len, 1L, DType.INT64), 0));
    if (weights == null) {
      return Reductions.sum(oh, new int[] {0}, false, DType.INT64);
    }
    Array w = Manipulation.expandDims(Manipulation.astype(weights, DType.FLOAT64), 1);
    return Reductions.sum(Elementwise.where(oh, w, 0.0), new int[] {0}, false, DType.FLOAT64);
  }

  static Array correlate(Array a, Array v, ConvolveMode mode) {
    Checks.check(
        a.rank() == 1 && v.rank() == 1,
        "correlate",
        "a and v must be 1-D; got %s and %s",
        a.aval(),
        v.aval());
    long m = a.size();
    long n = v.size();
    Checks.check(m > 0 && n > 0, "correlate", "a and v cannot be empty; got %s and %s", m, n);
    if (n > m) {
      return Manipulation.flip(correlate(v, a, mode), 0);
    }
    DType dt = TypePromotion.promote(a.dtype(), v.dtype());
    Array ap =
        dev.ivy.ops.ExtraManipulation.pad(
            Manipulation.astype(a, dt), new long[][] {{n - 1, n - 1}}, "constant", 0L);
    long full = m + n - 1;
    Array idx =
        Elementwise.add(
            Manipulation.expandDims(Creation.arange(0L, full, 1L, DType.INT64), 1),
            Manipulation.expandDims(Creation.arange(0L, n, 1L, DType.INT64), 0));
    Array windows = Indexing.take(ap, idx, 0);
    Array c =
        Reductions.sum(
            Elementwise.multiply(windows, Manipulation.astype(v, dt)), new int[] {1}, false, dt);
    long start;
    long len;
    switch (Modes.accept(
        "correlate", "mode", mode, ConvolveMode.FULL, ConvolveMode.SAME, ConvolveMode.VALID)) {
      case FULL -> {
        return c;
      }
      case VALID -> {
        start = n - 1;
        len = m - n + 1;
      }
      default -> {
        start = n - 1 - n / 2;
        len = m;
      }
    }
    return Manipulation.slice(c, new long[] {start}, new long[] {start + len}, new long[] {1});
  }

  static Array norm(Array x, Object ord, Object axis, boolean keepdims) {
    int[] ax = axes(axis);
    if (ax == null) {
      if (ord == null) {
        Array flat = Manipulation.reshape(x, -1);
        Array r = dev.ivy.ops.Extras.vectorNorm(toFloat(flat), null, false, 2L);
        if (keepdims) {
          long[] ones = new long[x.rank()];
          java.util.Arrays.fill(ones, 1);
          r = Manipulation.reshape(r, ones);
        }
        return r;
      }
      if (x.rank() == 1) {
        return dev.ivy.ops.Extras.vectorNorm(toFloat(x), null, keepdims, ordValue(ord));
      }
      Checks.check(
          x.rank() == 2, "linalg.norm", "improper number of dimensions to norm; got %s", x.rank());
      return Linalg.matrixNorm(toFloat(x), ordValue(ord), keepdims);
    }
    if (ax.length == 1) {
      return dev.ivy.ops.Extras.vectorNorm(
          toFloat(x), ax, keepdims, ord == null ? 2L : ordValue(ord));
    }
    Checks.check(
        ax.length == 2, "linalg.norm", "improper number of dimensions to norm; got axis %s", axis);
    int a0 = Checks.axis("linalg.norm", "axis", ax[0], x.rank());
    int a1 = Checks.axis("linalg.norm", "axis", ax[1], x.rank());
    Array m = Manipulation.moveaxis(toFloat(x), new int[] {a0, a1}, new int[] {-2, -1});
    Array r = Linalg.matrixNorm(m, ord == null ? "fro" : ordValue(ord), false);
    if (keepdims) {
      r = Manipulation.expandDims(Manipulation.expandDims(r, -1), -1);
      r =
          Manipulation.moveaxis(
              r, new int[] {-2, -1}, new int[] {Math.min(a0, a1), Math.max(a0, a1)});
    }
    return r;
  }

  private static Object ordValue(Object ord) {
    if (ord instanceof Double d && Double.isInfinite(d)) {
      return d;
    }
    if (ord instanceof String s && (s.equals("inf") || s.equals("-inf"))) {
      return s.equals("inf") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    return ord;
  }

  static Array cond(Array x) {
    Array s = Decompositions.svdvals(toFloat(x));
    return Elementwise.divide(
        Reductions.max(s, new int[] {-1}, false), Reductions.min(s, new int[] {-1}, false));
  }

  static Array corrcoef(Array x, Array y, boolean rowvar) {
    Array c = cov(x, y, rowvar, null);
    if (c.rank() == 0) {
      return Elementwise.divide(c, c);
    }
    Array d = Elementwise.sqrt(Linalg.diagonal(c, 0));
    Array r =
        Elementwise.divide(
            Elementwise.divide(c, Manipulation.expandDims(d, 1)), Manipulation.expandDims(d, 0));
    return Elementwise.clip(r, -1.0, 1.0);
  }

  static Array cov(Array m, Array y, boolean rowvar, Long ddof) {
    Array x = atleast(toFloat(m), 2);
    if (m.rank() < 2) {
      x = Manipulation.reshape(toFloat(m), 1, -1);
    }
    if (!rowvar && x.shape().dim(0) != 1) {
      x = Manipulation.matrixTranspose(x);
    }
    if (y != null) {
      Array yy = y.rank() < 2 ? Manipulation.reshape(toFloat(y), 1, -1) : toFloat(y);
      if (!rowvar && yy.shape().dim(0) != 1) {
        yy = Manipulation.matrixTranspose(yy);
      }
      x = Manipulation.concat(List.of(x, yy), 0);
    }
    long n = x.shape().dim(1);
    long dd = ddof == null ? 1 : ddof;
    Array xc = Elementwise.subtract(x, Reductions.mean(x, new int[] {1}, true));
    Array c =
        Elementwise.divide(
            Linalg.matmul(xc, Manipulation.matrixTranspose(xc)), (double) Math.max(n - dd, 0));
    return x.shape().dim(0) == 1 ? Manipulation.reshape(c) : c;
  }

  static Array average(Array a, Object axis, Array weights, boolean keepdims) {
    int[] ax = axes(axis);
    if (weights == null) {
      return Reductions.mean(toFloat(a), ax, keepdims);
    }
    DType dt = TypePromotion.promote(toFloat(a).dtype(), toFloat(weights).dtype());
    Array w = Manipulation.astype(weights, dt);
    if (w.rank() != a.rank()) {
      Checks.check(
          ax != null && ax.length == 1 && w.rank() == 1,
          "average",
          "axis must be specified when shapes of a and weights differ; got %s and %s",
          a.aval(),
          weights.aval());
      int k = Checks.axis("average", "axis", ax[0], a.rank());
      long[] shp = new long[a.rank()];
      java.util.Arrays.fill(shp, 1);
      shp[k] = w.size();
      w = Manipulation.reshape(w, shp);
    }
    Array num =
        Reductions.sum(Elementwise.multiply(Manipulation.astype(a, dt), w), ax, keepdims, dt);
    Array den =
        Reductions.sum(
            Manipulation.broadcastTo(
                w, Shape.of(broadcastShape(a.shape().dims(), w.shape().dims()))),
            ax,
            keepdims,
            dt);
    return Elementwise.divide(num, den);
  }

  static long[] broadcastShape(long[]... shapes) {
    int r = 0;
    for (long[] s : shapes) {
      r = Math.max(r, s.length);
    }
    long[] out = new long[r];
    java.util.Arrays.fill(out, 1);
    for (long[] s : shapes) {
      for (int i = 0; i < s.length; i++) {
        int o = r - s.length + i;
        long d = s[i];
        if (out[o] == 1) {
          out[o] = d;
        } else if (d != 1 && d != out[o]) {
          throw new IvyArgumentException(
              "broadcast_shapes: shape mismatch: objects cannot be broadcast to a single shape; got dimensions "
                  + out[o]
                  + " and "
                  + d);
        }
      }
    }
    return out;
  }

  static Array lstsq(Array a, Array b) {
    Array p = Decompositions.pinv(toFloat(a), null);
    Array bf = toFloat(b);
    if (bf.rank() == 1) {
      return Manipulation.squeeze(Linalg.matmul(p, Manipulation.expandDims(bf, 1)), -1);
    }
    return Linalg.matmul(p, bf);
  }

  static Array argwhere(Array a) {
    List<Array> nz = Searching.nonzero(a);
    if (nz.isEmpty()) {
      // a 0-d array: one row of no coordinates when it is non-zero
      long rows = Elementwise.notEqual(a, 0L).item().equals(Boolean.TRUE) ? 1 : 0;
      return Creation.zeros(Shape.of(rows, 0), DType.INT64);
    }
    return Manipulation.stack(nz, 1);
  }

  /**
   * Returns indices brought into [0, n) by a wrap or clip mode (NumPy's take, choose and
   * ravel_multi_index; JAX's promise_in_bounds is clipped).
   */
  static Array outOfRange(Array idx, long n, IndexMode mode) {
    if (mode == IndexMode.WRAP) {
      return n == 0 ? idx : Elementwise.remainder(idx, n);
    }
    return Elementwise.clip(idx, 0L, Math.max(n - 1, 0L));
  }

  /** Raises unless out is None: arrays are immutable here. */
  static void noOut(String fn, Array out) {
    if (out != null) {
      throw new IvyArgumentException(
          fn + ": out must be None (arrays are immutable here); got " + out);
    }
  }

  /** Returns the core array of an {@link Ndarray}, other values as they are. */
  static Object unwrapped(Object v) {
    return v instanceof Ndarray n ? n.array() : v;
  }

  static Array delete(Array arr, Object obj, Integer axis) {
    Array x = arr;
    if (axis == null) {
      x = Manipulation.reshape(x, -1);
      axis = 0;
    }
    int ax = Checks.axis("delete", "axis", axis, x.rank());
    long n = x.shape().dim(ax);
    boolean[] drop = new boolean[(int) n];
    for (long i : longs(obj, "delete", "obj")) {
      long k = i < 0 ? i + n : i;
      Checks.check(
          k >= 0 && k < n,
          "delete",
          "index %s is out of bounds for axis %s with size %s",
          i,
          ax,
          n);
      drop[(int) k] = true;
    }
    List<Long> keep = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!drop[i]) {
        keep.add((long) i);
      }
    }
    Array idx =
        keep.isEmpty()
            ? Creation.zeros(Shape.of(0), DType.INT64)
            : Manipulation.astype(asArray(keep), DType.INT64);
    return Indexing.take(x, idx, ax);
  }

  static Array insert(Array arr, Object o, Array values, Integer axis) {
    Array x = arr;
    if (axis == null) {
      x = Manipulation.reshape(x, -1);
      axis = 0;
    }
    int ax = Checks.axis("insert", "axis", axis, x.rank());
    Checks.check(
        o instanceof Long || o instanceof Integer,
        "insert",
        "obj must be an int (sequences are not supported); got %s",
        o);
    long n = x.shape().dim(ax);
    long i = ((Number) o).longValue();
    long k = i < 0 ? i + n : i;
    Checks.check(
        k >= 0 && k <= n, "insert", "index %s is out of bounds for axis %s with size %s", i, ax, n);
    long[] sh = x.shape().dims();
    sh[ax] = 1;
    Array v = Manipulation.astype(values, x.dtype());
    if (v.rank() == x.rank() - 1 || v.rank() == 0) {
      v =
          Manipulation.broadcastTo(
              v.rank() == 0 ? v : Manipulation.expandDims(v, ax), Shape.of(sh));
    } else {
      long[] vs = x.shape().dims();
      vs[ax] = v.shape().dim(ax < v.rank() ? ax : v.rank() - 1);
      v = Manipulation.broadcastTo(v, Shape.of(vs));
    }
    List<Array> parts = split(x, List.of(k), ax, false);
    return NumpyFrontend.concatenate(List.of(parts.get(0), v, parts.get(1)), ax);
  }

  static Array vander(Array x, Long nCols, boolean increasing) {
    Checks.check(
        x.rank() == 1, "vander", "x must be a one-dimensional array or sequence; got %s", x.aval());
    long n = nCols == null ? x.size() : nCols;
    Array p = Creation.arange(0L, n, 1L, DType.INT64);
    if (!increasing) {
      p = Manipulation.flip(p, 0);
    }
    Array base = Manipulation.expandDims(x, 1);
    Array pw = Manipulation.expandDims(p, 0);
    if (!x.dtype().isFloating()) {
      pw = Manipulation.astype(pw, NumpyFrontend.resultType(x.dtype(), DType.INT64));
    }
    return Elementwise.pow(
        base, Manipulation.astype(pw, x.dtype().isFloating() ? x.dtype() : pw.dtype()));
  }
}
