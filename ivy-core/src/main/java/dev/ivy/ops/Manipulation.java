package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.rules.Broadcasting;
import dev.ivy.rules.TypePromotion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Manipulation functions of the array API: astype, reshape, permuteDims, expandDims, squeeze,
 * concat, stack, flip, roll, broadcastTo and friends. Negative axes count from the end.
 */
public final class Manipulation {
  private Manipulation() {}

  /**
   * Returns {@code x} converted to {@code dtype} (itself when it already has it). Floats convert to
   * integers by truncation toward zero; nonzero values convert to true.
   */
  public static Array astype(Array x, DType dtype) {
    Checks.check(dtype != null, "astype", "dtype must not be null");
    if (x.dtype() == dtype) {
      return x;
    }
    return Dispatcher.bind(Prim.CAST, new Params.Cast(dtype), x);
  }

  /**
   * Returns {@code x} with a new shape of equal size; one dimension may be -1 (inferred).
   *
   * @throws IvyArgumentException if the sizes differ or more than one dimension is -1
   */
  public static Array reshape(Array x, long... shape) {
    long known = 1;
    int infer = -1;
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] == -1) {
        Checks.check(
            infer < 0, "reshape", "shape may hold at most one -1; got %s", Arrays.toString(shape));
        infer = i;
      } else {
        Checks.check(
            shape[i] >= 0,
            "reshape",
            "shape entries must be >= 0 or -1; got %s",
            Arrays.toString(shape));
        known *= shape[i];
      }
    }
    long[] s = shape.clone();
    if (infer >= 0) {
      Checks.check(
          known != 0 && x.size() % known == 0,
          "reshape",
          "shape %s must divide the size %s of an array of shape %s",
          Arrays.toString(shape),
          x.size(),
          x.shape());
      s[infer] = x.size() / known;
    }
    Shape to = Shape.of(s);
    Checks.check(
        to.size() == x.size(),
        "reshape",
        "shape %s must have as many elements as the input shape %s",
        to,
        x.shape());
    return reshape(x, to);
  }

  /** Returns {@code x} with shape {@code to}, of equal size. */
  public static Array reshape(Array x, Shape to) {
    if (x.shape().equals(to)) {
      return x;
    }
    Checks.check(
        to.size() == x.size(),
        "reshape",
        "shape %s must have as many elements as the input shape %s",
        to,
        x.shape());
    return Dispatcher.bind(Prim.RESHAPE, new Params.ToShape(to), x);
  }

  /** Returns {@code x} with its axes permuted: output axis i is input axis {@code axes[i]}. */
  public static Array permuteDims(Array x, int... axes) {
    int r = x.rank();
    Checks.check(
        axes.length == r,
        "permute_dims",
        "axes must be a permutation of the %s axes; got %s",
        r,
        Arrays.toString(axes));
    int[] p = new int[r];
    boolean[] seen = new boolean[r];
    boolean identity = true;
    for (int i = 0; i < r; i++) {
      p[i] = Checks.axis("permute_dims", "axes", axes[i], r);
      Checks.check(
          !seen[p[i]],
          "permute_dims",
          "axes must not repeat an axis; got %s",
          Arrays.toString(axes));
      seen[p[i]] = true;
      identity &= p[i] == i;
    }
    return identity ? x : Dispatcher.bind(Prim.TRANSPOSE, new Params.Perm(p), x);
  }

  /** Returns {@code x} with its last two axes swapped. */
  public static Array matrixTranspose(Array x) {
    Checks.check(
        x.rank() >= 2, "matrix_transpose", "x must have rank >= 2; got shape %s", x.shape());
    int[] p = Checks.allAxes(x.rank());
    p[x.rank() - 1] = x.rank() - 2;
    p[x.rank() - 2] = x.rank() - 1;
    return permuteDims(x, p);
  }

  /** Returns {@code x} with axes {@code a} and {@code b} swapped. */
  public static Array swapaxes(Array x, int a, int b) {
    int[] p = Checks.allAxes(x.rank());
    int i = Checks.axis("swapaxes", "axis1", a, x.rank());
    int j = Checks.axis("swapaxes", "axis2", b, x.rank());
    p[i] = j;
    p[j] = i;
    return permuteDims(x, p);
  }

  /** Returns {@code x} with a new axis of size 1 at {@code axis} (in [-rank-1, rank]). */
  public static Array expandDims(Array x, int axis) {
    int a = Checks.axis("expand_dims", "axis", axis, x.rank() + 1);
    long[] d = x.shape().dims();
    long[] n = new long[d.length + 1];
    System.arraycopy(d, 0, n, 0, a);
    n[a] = 1;
    System.arraycopy(d, a, n, a + 1, d.length - a);
    return reshape(x, Shape.of(n));
  }

  /**
   * Returns {@code x} without the given axes, which must have size 1; with no axes, without every
   * axis of size 1.
   */
  public static Array squeeze(Array x, int... axes) {
    long[] d = x.shape().dims();
    boolean[] drop = new boolean[d.length];
    if (axes.length == 0) {
      for (int i = 0; i < d.length; i++) {
        drop[i] = d[i] == 1;
      }
    } else {
      for (int a : Checks.axes("squeeze", "axis", axes, x.rank())) {
        Checks.check(d[a] == 1, "squeeze", "axis %s must have size 1; got shape %s", a, x.shape());
        drop[a] = true;
      }
    }
    long[] n = new long[d.length];
    int k = 0;
    for (int i = 0; i < d.length; i++) {
      if (!drop[i]) {
        n[k++] = d[i];
      }
    }
    return reshape(x, Shape.of(Arrays.copyOf(n, k)));
  }

  /**
   * Returns the arrays joined along {@code axis}; dtypes promote. A null axis flattens each array
   * first.
   */
  public static Array concat(List<Array> arrays, Integer axis) {
    Checks.check(
        arrays != null && !arrays.isEmpty(),
        "concat",
        "arrays must hold at least one array; got none");
    DType dt = arrays.get(0).dtype();
    for (Array a : arrays) {
      dt = TypePromotion.promote(dt, a.dtype());
    }
    Array[] in = new Array[arrays.size()];
    int ax = 0;
    for (int i = 0; i < in.length; i++) {
      Array a = astype(arrays.get(i), dt);
      if (axis == null) {
        a = reshape(a, Shape.of(a.size()));
      }
      in[i] = a;
    }
    if (axis != null) {
      int r = in[0].rank();
      Checks.check(r > 0, "concat", "arrays must have rank >= 1; got shape %s", in[0].shape());
      ax = Checks.axis("concat", "axis", axis, r);
      for (Array a : in) {
        Checks.check(
            a.rank() == r,
            "concat",
            "arrays must have equal rank; got shapes %s and %s",
            in[0].shape(),
            a.shape());
        for (int d = 0; d < r; d++) {
          Checks.check(
              d == ax || a.shape().dim(d) == in[0].shape().dim(d),
              "concat",
              "arrays must have equal shapes except on axis %s; got %s and %s",
              ax,
              in[0].shape(),
              a.shape());
        }
      }
    }
    if (in.length == 1) {
      return in[0];
    }
    return Dispatcher.bind(Prim.CONCAT, new Params.Axis(ax), in);
  }

  /** Returns the arrays, which must have equal shapes, stacked along a new axis. */
  public static Array stack(List<Array> arrays, int axis) {
    Checks.check(
        arrays != null && !arrays.isEmpty(),
        "stack",
        "arrays must hold at least one array; got none");
    Shape s = arrays.get(0).shape();
    int ax = Checks.axis("stack", "axis", axis, s.rank() + 1);
    List<Array> e = new ArrayList<>();
    for (Array a : arrays) {
      Checks.check(
          a.shape().equals(s),
          "stack",
          "arrays must have equal shapes; got %s and %s",
          s,
          a.shape());
      e.add(expandDims(a, ax));
    }
    return concat(e, ax);
  }

  /** Returns the slices of {@code x} along {@code axis}, each without that axis. */
  public static List<Array> unstack(Array x, int axis) {
    Checks.check(x.rank() > 0, "unstack", "x must have rank >= 1; got shape %s", x.shape());
    int ax = Checks.axis("unstack", "axis", axis, x.rank());
    List<Array> r = new ArrayList<>();
    for (long i = 0; i < x.shape().dim(ax); i++) {
      r.add(squeeze(sliceAxis(x, ax, i, i + 1, 1), ax));
    }
    return r;
  }

  /** Returns {@code x[start:stop:step]} along one non-negative axis (bounds already in range). */
  static Array sliceAxis(Array x, int axis, long start, long stop, long step) {
    long[] b = new long[x.rank()];
    long[] e = x.shape().dims();
    long[] s = new long[x.rank()];
    Arrays.fill(s, 1);
    b[axis] = start;
    e[axis] = stop;
    s[axis] = step;
    return slice(x, b, e, s);
  }

  /**
   * Returns the strided slice of {@code x}: per axis [start, stop) with a positive step, in range.
   */
  public static Array slice(Array x, long[] start, long[] stop, long[] step) {
    Checks.check(
        start.length == x.rank() && stop.length == x.rank() && step.length == x.rank(),
        "slice",
        "start, stop and step need one entry per axis of x %s; got %d, %d and %d",
        x.shape(),
        start.length,
        stop.length,
        step.length);
    boolean whole = true;
    for (int i = 0; i < x.rank(); i++) {
      whole &= start[i] == 0 && stop[i] == x.shape().dim(i) && step[i] == 1;
    }
    return whole ? x : Dispatcher.bind(Prim.SLICE, new Params.Slice(start, stop, step), x);
  }

  /** Returns {@code x} reversed along {@code axes} (all axes when none are given). */
  public static Array flip(Array x, int... axes) {
    int[] a =
        axes.length == 0 ? Checks.allAxes(x.rank()) : Checks.axes("flip", "axis", axes, x.rank());
    if (a.length == 0) {
      return x;
    }
    return Dispatcher.bind(Prim.FLIP, new Params.Axes(a, false), x);
  }

  /**
   * Returns {@code x} with elements shifted by {@code shifts} along {@code axes}, wrapping around;
   * with no axes, the flattened array is rolled and the shape restored.
   */
  public static Array roll(Array x, long[] shifts, int[] axes) {
    if (axes == null || axes.length == 0) {
      Checks.check(
          shifts.length == 1,
          "roll",
          "shift must be one number when axis is None; got %s",
          Arrays.toString(shifts));
      Array flat = reshape(x, Shape.of(x.size()));
      return reshape(roll(flat, shifts, new int[] {0}), x.shape());
    }
    long[] sh = shifts;
    if (sh.length == 1 && axes.length > 1) {
      sh = new long[axes.length];
      Arrays.fill(sh, shifts[0]);
    }
    Checks.check(
        sh.length == axes.length,
        "roll",
        "shift and axis must have equal lengths; got %s and %s",
        Arrays.toString(shifts),
        Arrays.toString(axes));
    Array r = x;
    for (int i = 0; i < axes.length; i++) {
      int ax = Checks.axis("roll", "axis", axes[i], x.rank());
      long n = x.shape().dim(ax);
      if (n == 0) {
        continue;
      }
      long k = Math.floorMod(sh[i], n);
      if (k == 0) {
        continue;
      }
      Array tail = sliceAxis(r, ax, n - k, n, 1);
      Array head = sliceAxis(r, ax, 0, n - k, 1);
      r = Dispatcher.bind(Prim.CONCAT, new Params.Axis(ax), tail, head);
    }
    return r;
  }

  /** Returns {@code x} broadcast to {@code shape} (numpy rules). */
  public static Array broadcastTo(Array x, Shape shape) {
    if (x.shape().equals(shape)) {
      return x;
    }
    Checks.check(
        Broadcasting.broadcastsTo(x.shape(), shape),
        "broadcast_to",
        "shape %s must broadcast to %s",
        x.shape(),
        shape);
    return Dispatcher.bind(Prim.BROADCAST_TO, new Params.ToShape(shape), x);
  }

  /** Returns the arrays broadcast to their common shape. */
  public static List<Array> broadcastArrays(List<Array> arrays) {
    Shape s = Shape.scalar();
    for (Array a : arrays) {
      s = Broadcasting.broadcast("broadcast_arrays", s, a.shape());
    }
    List<Array> r = new ArrayList<>();
    for (Array a : arrays) {
      r.add(broadcastTo(a, s));
    }
    return r;
  }

  /** Returns {@code x} with axis {@code source} moved to position {@code destination}. */
  public static Array moveaxis(Array x, int[] source, int[] destination) {
    Checks.check(
        source.length == destination.length,
        "moveaxis",
        "source and destination must have equal lengths; got %s and %s",
        Arrays.toString(source),
        Arrays.toString(destination));
    int r = x.rank();
    int[] src = new int[source.length];
    int[] dst = new int[destination.length];
    for (int i = 0; i < src.length; i++) {
      src[i] = Checks.axis("moveaxis", "source", source[i], r);
      dst[i] = Checks.axis("moveaxis", "destination", destination[i], r);
    }
    Checks.axes("moveaxis", "source", src, r);
    Checks.axes("moveaxis", "destination", dst, r);
    int[] perm = new int[r];
    Arrays.fill(perm, -1);
    boolean[] used = new boolean[r];
    for (int i = 0; i < src.length; i++) {
      perm[dst[i]] = src[i];
      used[src[i]] = true;
    }
    int k = 0;
    for (int i = 0; i < r; i++) {
      if (perm[i] < 0) {
        while (used[k]) {
          k++;
        }
        perm[i] = k++;
      }
    }
    return permuteDims(x, perm);
  }

  /** Returns {@code x} repeated {@code reps} times along each axis (numpy tile). */
  public static Array tile(Array x, long... reps) {
    int r = Math.max(x.rank(), reps.length);
    long[] rp = new long[r];
    Arrays.fill(rp, 1);
    System.arraycopy(reps, 0, rp, r - reps.length, reps.length);
    long[] d = new long[r];
    Arrays.fill(d, 1);
    long[] xd = x.shape().dims();
    System.arraycopy(xd, 0, d, r - xd.length, xd.length);
    Array y = reshape(x, Shape.of(d));
    // interleave: shape (r0, d0, r1, d1, ...) by broadcasting, then merge pairs
    long[] ed = new long[2 * r];
    long[] bd = new long[2 * r];
    long[] out = new long[r];
    for (int i = 0; i < r; i++) {
      Checks.check(rp[i] >= 0, "tile", "reps must be >= 0; got %s", Arrays.toString(reps));
      ed[2 * i] = 1;
      ed[2 * i + 1] = d[i];
      bd[2 * i] = rp[i];
      bd[2 * i + 1] = d[i];
      out[i] = rp[i] * d[i];
    }
    return reshape(broadcastTo(reshape(y, Shape.of(ed)), Shape.of(bd)), Shape.of(out));
  }

  /**
   * Returns each element of x repeated {@code repeats} times along {@code axis} (the flattened
   * array when axis is null).
   */
  public static Array repeat(Array x, long repeats, Integer axis) {
    Checks.check(repeats >= 0, "repeat", "repeats must be >= 0; got %s", repeats);
    Array y = axis == null || x.rank() == 0 ? reshape(x, Shape.of(x.size())) : x;
    int ax = Checks.axis("repeat", "axis", axis == null ? 0 : axis, y.rank());
    long[] d = y.shape().dims();
    long[] e = new long[d.length + 1];
    System.arraycopy(d, 0, e, 0, ax + 1);
    e[ax + 1] = 1;
    System.arraycopy(d, ax + 1, e, ax + 2, d.length - ax - 1);
    long[] b = e.clone();
    b[ax + 1] = repeats;
    long[] out = d.clone();
    out[ax] = dev.ivy.prim.SizeLimit.elements(d[ax], repeats);
    Checks.size("repeat", x.dtype(), out);
    return reshape(broadcastTo(reshape(y, Shape.of(e)), Shape.of(b)), Shape.of(out));
  }

  /**
   * Returns each element of x repeated {@code repeats[i]} times along {@code axis}; the counts are
   * read from the array, so the output's shape depends on its values (eager only).
   */
  public static Array repeat(Array x, Array repeats, Integer axis) {
    Checks.check(
        repeats.dtype().isInteger(),
        "repeat",
        "repeats must have an integer dtype; got %s",
        repeats.dtype());
    if (repeats.size() == 1) {
      return repeat(x, repeats.toLongArray()[0], axis);
    }
    Array y = axis == null || x.rank() == 0 ? reshape(x, Shape.of(x.size())) : x;
    int ax = Checks.axis("repeat", "axis", axis == null ? 0 : axis, y.rank());
    long[] counts = repeats.toLongArray();
    Checks.check(
        counts.length == y.shape().dim(ax),
        "repeat",
        "repeats must have one count per element along axis %s (%s); got %s",
        ax,
        y.shape().dim(ax),
        counts.length);
    long total = 0;
    for (long c : counts) {
      Checks.check(c >= 0, "repeat", "repeats must be >= 0; got %s", c);
      total = total > Long.MAX_VALUE - c ? Long.MAX_VALUE : total + c;
    }
    long[] outDims = y.shape().dims();
    outDims[ax] = total;
    Checks.size("repeat", x.dtype(), outDims);
    Checks.size("repeat", DType.INT64, total);
    long[] idx = new long[Math.toIntExact(total)];
    int k = 0;
    for (int i = 0; i < counts.length; i++) {
      for (long j = 0; j < counts[i]; j++) {
        idx[k++] = i;
      }
    }
    Array yy = y;
    Array indices = Creation.onBackend(y, () -> dev.ivy.Ivy.array(idx, idx.length));
    return Indexing.take(yy, indices, ax);
  }

  /**
   * Returns the n-th discrete difference along {@code axis}: out[i] = x[i + 1] - x[i], applied n
   * times (for bool, x[i + 1] != x[i]).
   */
  public static Array diff(Array x, int n, int axis) {
    Checks.check(n >= 0, "diff", "n must be >= 0; got %s", n);
    Checks.check(x.rank() >= 1, "diff", "x must have rank >= 1; got shape %s", x.shape());
    int ax = Checks.axis("diff", "axis", axis, x.rank());
    Array r = x;
    for (int i = 0; i < n; i++) {
      long len = r.shape().dim(ax);
      if (len == 0) {
        break;
      }
      Array hi = sliceAxis(r, ax, 1, len, 1);
      Array lo = sliceAxis(r, ax, 0, len - 1, 1);
      r = r.dtype().isBool() ? Elementwise.notEqual(hi, lo) : Elementwise.subtract(hi, lo);
    }
    return r;
  }

  /**
   * Returns each element of x repeated {@code repeats} times along {@code axis} (flattened when
   * null): {@code repeats} is an integer or an integer array (ivy.repeat).
   *
   * @throws IvyArgumentException if repeats is neither
   */
  public static Array repeat(Array x, Object repeats, Integer axis) {
    if (repeats instanceof Array r) {
      return repeat(x, r, axis);
    }
    if (repeats instanceof Long
        || repeats instanceof Integer
        || repeats instanceof Short
        || repeats instanceof Byte) {
      return repeat(x, ((Number) repeats).longValue(), axis);
    }
    throw new IvyArgumentException(
        "repeat: repeats must be an integer; got "
            + (repeats == null
                ? "None"
                : repeats + " (" + repeats.getClass().getSimpleName() + ")"));
  }

  /**
   * Returns the n-th discrete difference along {@code axis} of x with {@code prepend} and {@code
   * append} (null for none; broadcast to x's shape with size 1 along axis unless of x's rank)
   * joined before and after it (ivy.diff).
   */
  public static Array diff(Array x, int axis, int n, Array prepend, Array append) {
    if (prepend == null && append == null) {
      return diff(x, n, axis);
    }
    List<Array> parts = new ArrayList<>();
    if (prepend != null) {
      parts.add(diffEdge(prepend, x, axis));
    }
    parts.add(x);
    if (append != null) {
      parts.add(diffEdge(append, x, axis));
    }
    return diff(concat(parts, axis), n, axis);
  }

  private static Array diffEdge(Array v, Array x, int axis) {
    if (v.rank() == x.rank()) {
      return v;
    }
    long[] d = x.shape().dims();
    d[Checks.axis("diff", "axis", axis, x.rank())] = 1;
    return broadcastTo(v, Shape.of(d));
  }
}
