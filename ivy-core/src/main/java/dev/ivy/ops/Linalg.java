package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.rules.Broadcasting;
import dev.ivy.rules.TypePromotion;
import java.util.Arrays;

/** Linear algebra of the array API: matmul, tensordot, vecdot, with NumPy's shape rules. */
public final class Linalg {
  private Linalg() {}

  /**
   * Returns the matrix product with NumPy's rules: 1-d operands are promoted to a matrix and the
   * added axis removed afterwards; batch dimensions broadcast; dtypes promote. Bool inputs give
   * bool (logical or of ands).
   *
   * @throws dev.ivy.errors.IvyArgumentException if an operand is 0-d or the inner dimensions differ
   */
  public static Array matmul(Array x, Array y) {
    Checks.check(
        x.rank() >= 1 && y.rank() >= 1,
        "matmul",
        "x and y must have rank >= 1; got shapes %s and %s",
        x.shape(),
        y.shape());
    DType dt = TypePromotion.promote(x.dtype(), y.dtype());
    DType compute = dt.isBool() ? DType.INT64 : dt;
    Array a = Manipulation.astype(x, compute);
    Array b = Manipulation.astype(y, compute);
    boolean vecA = a.rank() == 1;
    boolean vecB = b.rank() == 1;
    if (vecA) {
      a = Manipulation.reshape(a, Shape.of(1, a.shape().dim(0)));
    }
    if (vecB) {
      b = Manipulation.reshape(b, Shape.of(b.shape().dim(0), 1));
    }
    long k = a.shape().dim(-1);
    Checks.check(
        k == b.shape().dim(-2),
        "matmul",
        "x.shape[-1] (%s) must equal y.shape[-2] (%s); got shapes %s and %s",
        k,
        b.shape().dim(-2),
        x.shape(),
        y.shape());
    long[] ad = a.shape().dims();
    long[] bd = b.shape().dims();
    Shape batchA = Shape.of(Arrays.copyOf(ad, ad.length - 2));
    Shape batchB = Shape.of(Arrays.copyOf(bd, bd.length - 2));
    Shape batch = Broadcasting.broadcast("matmul", batchA, batchB);
    a = Manipulation.broadcastTo(a, concat(batch, ad[ad.length - 2], ad[ad.length - 1]));
    b = Manipulation.broadcastTo(b, concat(batch, bd[bd.length - 2], bd[bd.length - 1]));
    Array r = Dispatcher.bind(Prim.MATMUL, Params.None.INSTANCE, a, b);
    long[] rd = r.shape().dims();
    if (vecA || vecB) {
      long[] out = new long[rd.length - (vecA ? 1 : 0) - (vecB ? 1 : 0)];
      System.arraycopy(rd, 0, out, 0, rd.length - 2);
      int i = rd.length - 2;
      if (!vecA) {
        out[i++] = rd[rd.length - 2];
      }
      if (!vecB) {
        out[i] = rd[rd.length - 1];
      }
      r = Manipulation.reshape(r, Shape.of(out));
    }
    return dt.isBool() ? Elementwise.notEqual(r, 0) : r;
  }

  private static Shape concat(Shape batch, long m, long n) {
    long[] d = Arrays.copyOf(batch.dims(), batch.rank() + 2);
    d[d.length - 2] = m;
    d[d.length - 1] = n;
    return Shape.of(d);
  }

  /**
   * Returns the tensor contraction of the last {@code n} axes of x with the first {@code n} of y.
   */
  public static Array tensordot(Array x, Array y, int n) {
    Checks.check(
        n >= 0 && n <= x.rank() && n <= y.rank(),
        "tensordot",
        "axes must be in [0, min(x.ndim, y.ndim)]; got %s for shapes %s and %s",
        n,
        x.shape(),
        y.shape());
    int[] ax = new int[n];
    int[] bx = new int[n];
    for (int i = 0; i < n; i++) {
      ax[i] = x.rank() - n + i;
      bx[i] = i;
    }
    return tensordot(x, y, ax, bx);
  }

  /** Returns the contraction of axes {@code xAxes} of x with the axes {@code yAxes} of y. */
  public static Array tensordot(Array x, Array y, int[] xAxes, int[] yAxes) {
    Checks.check(
        xAxes.length == yAxes.length,
        "tensordot",
        "axes must name as many axes of x as of y; got %s and %s",
        Arrays.toString(xAxes),
        Arrays.toString(yAxes));
    int[] xa = new int[xAxes.length];
    int[] ya = new int[yAxes.length];
    boolean[] cx = new boolean[x.rank()];
    boolean[] cy = new boolean[y.rank()];
    long k = 1;
    for (int i = 0; i < xa.length; i++) {
      xa[i] = Checks.axis("tensordot", "axes", xAxes[i], x.rank());
      ya[i] = Checks.axis("tensordot", "axes", yAxes[i], y.rank());
      Checks.check(
          x.shape().dim(xa[i]) == y.shape().dim(ya[i]),
          "tensordot",
          "contracted dimensions must match; got x.shape[%s]=%s and y.shape[%s]=%s",
          xa[i],
          x.shape().dim(xa[i]),
          ya[i],
          y.shape().dim(ya[i]));
      cx[xa[i]] = true;
      cy[ya[i]] = true;
      k *= x.shape().dim(xa[i]);
    }
    int[] px = new int[x.rank()];
    int j = 0;
    long m = 1;
    long[] outDims = new long[x.rank() + y.rank() - 2 * xa.length];
    int o = 0;
    for (int i = 0; i < x.rank(); i++) {
      if (!cx[i]) {
        px[j++] = i;
        m *= x.shape().dim(i);
        outDims[o++] = x.shape().dim(i);
      }
    }
    for (int a : xa) {
      px[j++] = a;
    }
    int[] py = new int[y.rank()];
    j = 0;
    for (int a : ya) {
      py[j++] = a;
    }
    long n = 1;
    for (int i = 0; i < y.rank(); i++) {
      if (!cy[i]) {
        py[j++] = i;
        n *= y.shape().dim(i);
        outDims[o++] = y.shape().dim(i);
      }
    }
    Array a2 = Manipulation.reshape(Manipulation.permuteDims(x, px), Shape.of(m, k));
    Array b2 = Manipulation.reshape(Manipulation.permuteDims(y, py), Shape.of(k, n));
    return Manipulation.reshape(matmul(a2, b2), Shape.of(outDims));
  }

  /** Returns the dot product of x and y along {@code axis} (broadcasting the other axes). */
  public static Array vecdot(Array x, Array y, int axis) {
    Shape s = Broadcasting.broadcast("vecdot", x.shape(), y.shape());
    Checks.check(
        s.rank() >= 1,
        "vecdot",
        "x and y must have rank >= 1; got shapes %s and %s",
        x.shape(),
        y.shape());
    int ax = Checks.axis("vecdot", "axis", axis, s.rank());
    Checks.check(
        axis < 0 || (x.rank() == s.rank() && y.rank() == s.rank()),
        "vecdot",
        "axis must be negative when x and y have different ranks; got %s",
        axis);
    Array p = Elementwise.multiply(x, y);
    return Reductions.sum(p, new int[] {ax}, false, p.dtype());
  }

  /**
   * Returns the diagonal at {@code offset} of the last two axes (positive above the main one), as a
   * new last axis.
   */
  public static Array diagonal(Array x, long offset) {
    Checks.check(x.rank() >= 2, "diagonal", "x must have rank >= 2; got shape %s", x.shape());
    long n = x.shape().dim(-2);
    long m = x.shape().dim(-1);
    long len = Math.max(0, offset >= 0 ? Math.min(n, m - offset) : Math.min(n + offset, m));
    long start = offset >= 0 ? offset : -offset * m;
    long[] d = x.shape().dims();
    long[] flat = java.util.Arrays.copyOf(d, d.length - 1);
    flat[flat.length - 1] = n * m;
    Array f = Manipulation.reshape(x, Shape.of(flat));
    Array idx =
        Creation.onBackend(
            x,
            () ->
                Elementwise.add(
                    Elementwise.multiply(
                        Dispatcher.bind(Prim.IOTA, new Params.Iota(len, DType.INT64)), m + 1),
                    start));
    return Dispatcher.bind(Prim.TAKE, new Params.Axis(flat.length - 1), f, idx);
  }

  /** Returns the sum of the diagonal at {@code offset} of the last two axes. */
  public static Array trace(Array x, long offset, DType dtype) {
    Array d = diagonal(x, offset);
    return Reductions.sum(d, new int[] {-1}, false, dtype);
  }

  /** Returns the outer product of two 1-d arrays. */
  public static Array outer(Array x, Array y) {
    Checks.check(
        x.rank() == 1 && y.rank() == 1,
        "outer",
        "x1 and x2 must be 1-d; got shapes %s and %s",
        x.shape(),
        y.shape());
    return Elementwise.multiply(Manipulation.reshape(x, Shape.of(x.size(), 1)), y);
  }

  /** Returns the cross product of 3-element vectors along {@code axis} (broadcasting the rest). */
  public static Array cross(Array x, Array y, int axis) {
    Shape s = Broadcasting.broadcast("cross", x.shape(), y.shape());
    int ax = Checks.axis("cross", "axis", axis, s.rank());
    Checks.check(s.dim(ax) == 3, "cross", "axis %s must have size 3; got shape %s", axis, s);
    Array a = Manipulation.broadcastTo(x, s);
    Array b = Manipulation.broadcastTo(y, s);
    Array[] ai = new Array[3];
    Array[] bi = new Array[3];
    for (int i = 0; i < 3; i++) {
      ai[i] = Manipulation.sliceAxis(a, ax, i, i + 1, 1);
      bi[i] = Manipulation.sliceAxis(b, ax, i, i + 1, 1);
    }
    Array c0 =
        Elementwise.subtract(
            Elementwise.multiply(ai[1], bi[2]), Elementwise.multiply(ai[2], bi[1]));
    Array c1 =
        Elementwise.subtract(
            Elementwise.multiply(ai[2], bi[0]), Elementwise.multiply(ai[0], bi[2]));
    Array c2 =
        Elementwise.subtract(
            Elementwise.multiply(ai[0], bi[1]), Elementwise.multiply(ai[1], bi[0]));
    return Manipulation.concat(java.util.List.of(c0, c1, c2), ax);
  }

  /**
   * Returns a matrix norm over the last two axes: Frobenius ("fro"), or the maximum (1, inf) or
   * minimum (-1, -inf) absolute column (1) or row (inf) sum, the largest (2) or smallest (-2)
   * singular value, or the sum of the singular values ("nuc").
   */
  public static Array matrixNorm(Array x, Object ord, boolean keepDims) {
    Checks.check(x.rank() >= 2, "matrix_norm", "x must have rank >= 2; got shape %s", x.shape());
    Array f = Manipulation.astype(x, Elementwise.floatFor(x.dtype()));
    int[] last2 = {x.rank() - 2, x.rank() - 1};
    Array r;
    String o = String.valueOf(ord);
    Array ab = Elementwise.abs(f);
    switch (o) {
      case "fro":
        r = Elementwise.sqrt(Reductions.sum(Elementwise.multiply(f, f), last2, true, null));
        break;
      case "1":
      case "1.0":
        r =
            Reductions.max(
                Reductions.sum(ab, new int[] {-2}, true, null), new int[] {x.rank() - 1}, true);
        break;
      case "-1":
      case "-1.0":
        r =
            Reductions.min(
                Reductions.sum(ab, new int[] {-2}, true, null), new int[] {x.rank() - 1}, true);
        break;
      case "inf":
      case "Infinity":
        r =
            Reductions.max(
                Reductions.sum(ab, new int[] {-1}, true, null), new int[] {x.rank() - 2}, true);
        break;
      case "-inf":
      case "-Infinity":
        r =
            Reductions.min(
                Reductions.sum(ab, new int[] {-1}, true, null), new int[] {x.rank() - 2}, true);
        break;
      case "2":
      case "2.0":
      case "-2":
      case "-2.0":
      case "nuc":
        {
          Array s = Decompositions.svdvals(f);
          int[] last = {s.rank() - 1};
          r =
              o.equals("nuc")
                  ? Reductions.sum(s, last, true, null)
                  : o.startsWith("-")
                      ? Reductions.min(s, last, true)
                      : Reductions.max(s, last, true);
          r = Manipulation.expandDims(r, -1);
          break;
        }
      default:
        throw new dev.ivy.errors.IvyArgumentException(
            "matrix_norm: ord must be 'fro', 'nuc', 1, -1, 2, -2, inf or -inf; got " + o);
    }
    return keepDims ? r : Manipulation.squeeze(r, last2);
  }

  /**
   * Returns the tensor contraction of x and y over {@code axes}: a number n (the last n axes of x
   * with the first n of y) or a pair of axis sequences (ivy.tensordot).
   */
  public static Array tensordot(Array x, Array y, Object axes) {
    if (axes instanceof java.util.List<?> l
        && l.size() == 2
        && l.get(0) instanceof java.util.List) {
      return tensordot(x, y, ints(l.get(0)), ints(l.get(1)));
    }
    if (axes instanceof int[][] p && p.length == 2) {
      return tensordot(x, y, p[0], p[1]);
    }
    if (axes instanceof Array a && a.size() == 1 && a.dtype().isInteger()) {
      return tensordot(x, y, (int) a.itemLong());
    }
    if (axes instanceof Long || axes instanceof Integer) {
      return tensordot(x, y, ((Number) axes).intValue());
    }
    throw new dev.ivy.errors.IvyArgumentException(
        "tensordot: axes must be an integer or a pair of axis sequences; got " + axes);
  }

  private static int[] ints(Object o) {
    java.util.List<?> l = (java.util.List<?>) o;
    int[] r = new int[l.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = ((Number) l.get(i)).intValue();
    }
    return r;
  }
}
