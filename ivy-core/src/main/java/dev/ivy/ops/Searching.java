package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.rules.Broadcasting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Searching and gathering: {@code nonzero}, {@code take_along_axis}, {@code top_k}, and
 * TensorFlow's {@code gather} and {@code gather_nd}. Gathers are written as one {@link Prim#TAKE}
 * of the flattened input at computed linear indices.
 */
public final class Searching {
  private Searching() {}

  // ------------------------------------------------------------------ helpers

  /**
   * Returns 0, 1, ..., n-1 as int64 on {@code like}'s backend, shaped to sit on axis {@code at}.
   */
  static Array iota(Array like, long n, int at, int rank) {
    long[] s = new long[rank];
    Arrays.fill(s, 1);
    s[at] = n;
    return Creation.onBackend(
        like,
        () ->
            Manipulation.reshape(
                Dispatcher.bind(Prim.IOTA, new Params.Iota(n, DType.INT64)), Shape.of(s)));
  }

  /** Returns {@code x} flattened and gathered at int64 linear indices {@code lin} (any shape). */
  static Array takeFlat(Array x, Array lin) {
    Array flat = Manipulation.reshape(x, Shape.of(x.size()));
    return Dispatcher.bind(Prim.TAKE, new Params.Axis(0), flat, lin);
  }

  /**
   * Returns integer indices as int64 with negative ones wrapped when {@code allowNegative}, after
   * checking every index lies in [-n, n) (or [0, n)). Reads the extremes back (skipped in a trace).
   */
  static Array checkIndices(String fn, Array indices, long n, boolean allowNegative) {
    Checks.check(
        indices.dtype().isInteger(),
        fn,
        "indices must have an integer dtype; got %s",
        indices.dtype());
    Array idx = Manipulation.astype(indices, DType.INT64);
    if (idx.size() == 0 || idx.isSymbolic()) {
      return idx;
    }
    long lo = Reductions.min(idx, null, false).itemLong();
    long hi = Reductions.max(idx, null, false).itemLong();
    long least = allowNegative ? -n : 0;
    Checks.check(
        lo >= least && hi < n,
        fn,
        "indices must be in [%s, %s); got values in [%s, %s]",
        least,
        n,
        lo,
        hi);
    return lo < 0
        ? Elementwise.where(Elementwise.less(idx, 0L), Elementwise.add(idx, n), idx)
        : idx;
  }

  private static long prod(long[] d, int from, int to) {
    long p = 1;
    for (int i = from; i < to; i++) {
      p *= d[i];
    }
    return p;
  }

  // ------------------------------------------------------------------ nonzero

  /**
   * Returns the indices of the nonzero elements of {@code x}, one int64 array per axis, in
   * row-major order (array API {@code nonzero}). NaN counts as nonzero. The result's length depends
   * on the data, so the mask is read back to the host (eager only).
   *
   * <pre>{@code
   * nonzero([[true, true, false], [false, false, true]]) == ([0, 0, 1], [0, 1, 2])
   * }</pre>
   *
   * @throws dev.ivy.errors.IvyArgumentException if {@code x} is 0-d (as NumPy 2)
   */
  public static List<Array> nonzero(Array x) {
    Checks.check(
        x.rank() >= 1,
        "nonzero",
        "x must have rank >= 1 (use atleast_1d for a 0-d array); got shape %s",
        x.shape());
    boolean[] m = x.toBooleanArray();
    int count = 0;
    for (boolean b : m) {
      count += b ? 1 : 0;
    }
    long[] dims = x.shape().dims();
    long[][] coords = new long[dims.length][count];
    int k = 0;
    for (int i = 0; i < m.length; i++) {
      if (m[i]) {
        long rest = i;
        for (int a = dims.length - 1; a >= 0; a--) {
          coords[a][k] = rest % dims[a];
          rest /= dims[a];
        }
        k++;
      }
    }
    List<Array> r = new ArrayList<>();
    for (long[] c : coords) {
      r.add(Sets.int64(x, c));
    }
    return r;
  }

  // ------------------------------------------------------------------ take_along_axis

  /**
   * Returns the elements of {@code x} at {@code indices} along {@code axis} (NumPy {@code
   * take_along_axis}): indices have x's rank, the other axes broadcast against x's, negative
   * indices count from the end. A null axis flattens x (and indices must be 1-d).
   *
   * <pre>{@code
   * takeAlongAxis([[10, 30, 20]], argsort(...) = [[0, 2, 1]], -1) == [[10, 20, 30]]
   * }</pre>
   *
   * @throws dev.ivy.errors.IvyArgumentException for mismatched ranks, non-integer or out-of-range
   *     indices
   */
  public static Array takeAlongAxis(Array x, Array indices, Integer axis) {
    String fn = "take_along_axis";
    if (axis == null) {
      Checks.check(
          indices.rank() == 1,
          fn,
          "indices must be 1-d when axis is None; got shape %s",
          indices.shape());
      return takeAlongAxis(Manipulation.reshape(x, Shape.of(x.size())), indices, 0);
    }
    Checks.check(x.rank() >= 1, fn, "x must have rank >= 1; got shape %s", x.shape());
    Checks.check(
        indices.rank() == x.rank(),
        fn,
        "indices must have the rank of x (%s); got shape %s",
        x.rank(),
        indices.shape());
    int ax = Checks.axis(fn, "axis", axis, x.rank());
    long n = x.shape().dim(ax);
    Array idx = checkIndices(fn, indices, n, true);
    // broadcast every axis but `ax`
    long[] xd = x.shape().dims();
    long[] id = idx.shape().dims();
    long[] xs = xd.clone();
    long[] is = id.clone();
    xs[ax] = 1;
    is[ax] = 1;
    long[] b = Broadcasting.broadcast(fn, Shape.of(xs), Shape.of(is)).dims();
    long[] xt = b.clone();
    xt[ax] = n;
    long[] it = b.clone();
    it[ax] = id[ax];
    Array xb = Manipulation.broadcastTo(x, Shape.of(xt));
    Array ib = Manipulation.broadcastTo(idx, Shape.of(it));
    // linear index: the broadcast position with the axis coordinate replaced by the index
    Array lin = Creation.fullLike(ib, 0L, DType.INT64);
    long stride = 1;
    for (int a = xt.length - 1; a >= 0; a--) {
      Array coord = a == ax ? ib : iota(ib, it[a], a, it.length);
      lin = Elementwise.add(lin, Elementwise.multiply(coord, stride));
      stride *= xt[a];
    }
    return takeFlat(xb, lin);
  }

  // ------------------------------------------------------------------ top_k

  /**
   * Returns the {@code k} largest (or smallest) elements along {@code axis} and their int64
   * indices, as {@code [values, indices]} (Ivy {@code top_k}, PyTorch {@code topk}). The result is
   * always sorted (largest first, or smallest first); ties keep the lower index first. NaN counts
   * as larger than every number.
   *
   * @throws dev.ivy.errors.IvyArgumentException unless {@code 0 <= k <= x.shape[axis]}
   */
  public static List<Array> topK(Array x, long k, int axis, boolean largest, boolean sorted) {
    String fn = "top_k";
    Checks.check(x.rank() >= 1, fn, "x must have rank >= 1; got shape %s", x.shape());
    int ax = Checks.axis(fn, "axis", axis, x.rank());
    long n = x.shape().dim(ax);
    Checks.check(k >= 0 && k <= n, fn, "k must be in [0, %s] for axis %s; got %s", n, ax, k);
    Array order = Sorting.argsort(x, ax, largest);
    Array idx = Manipulation.sliceAxis(order, ax, 0, k, 1);
    Array values = takeAlongAxis(x, idx, ax);
    return List.of(values, idx);
  }

  // ------------------------------------------------------------------ gather

  /**
   * Returns slices of {@code params} along {@code axis} at {@code indices}, TensorFlow's {@code
   * gather}: the output shape is {@code params.shape[:axis] + indices.shape[batchDims:] +
   * params.shape[axis + 1:]}; the first {@code batchDims} axes of params and indices are batch axes
   * of equal sizes. Indices must be in [0, params.shape[axis]).
   *
   * @throws dev.ivy.errors.IvyArgumentException for bad axes, batch sizes or out-of-range indices
   */
  public static Array gather(Array params, Array indices, int axis, int batchDims) {
    String fn = "gather";
    Checks.check(
        params.rank() >= 1, fn, "params must have rank >= 1; got shape %s", params.shape());
    int bd = batchDims < 0 ? batchDims + indices.rank() : batchDims;
    Checks.check(
        bd >= 0 && bd <= indices.rank() && bd < params.rank(),
        fn,
        "batch_dims must be in [-%s, %s]; got %s",
        indices.rank(),
        Math.min(indices.rank(), params.rank() - 1),
        batchDims);
    int ax = Checks.axis(fn, "axis", axis, params.rank());
    Checks.check(ax >= bd, fn, "axis (%s) must be >= batch_dims (%s)", ax, bd);
    long[] pd = params.shape().dims();
    long[] id = indices.shape().dims();
    for (int i = 0; i < bd; i++) {
      Checks.check(
          pd[i] == id[i],
          fn,
          "params and indices must agree on the batch dimensions; got shapes %s and %s",
          params.shape(),
          indices.shape());
    }
    long n = pd[ax];
    Array idx = checkIndices(fn, indices, n, false);
    long bsz = prod(pd, 0, bd);
    long a1 = prod(pd, bd, ax);
    long a2 = prod(pd, ax + 1, pd.length);
    long jsz = prod(id, bd, id.length);
    Array p2 = Manipulation.reshape(params, Shape.of(bsz * a1 * n, a2));
    Array i3 = Manipulation.reshape(idx, Shape.of(bsz, 1, jsz));
    Array bi = iota(i3, bsz, 0, 3);
    Array ai = iota(i3, a1, 1, 3);
    Array rows =
        Elementwise.add(
            Elementwise.multiply(Elementwise.add(Elementwise.multiply(bi, a1), ai), n), i3);
    Array g = Dispatcher.bind(Prim.TAKE, new Params.Axis(0), p2, rows);
    long[] out = new long[ax + (id.length - bd) + (pd.length - ax - 1)];
    int o = 0;
    for (int i = 0; i < ax; i++) {
      out[o++] = pd[i];
    }
    for (int i = bd; i < id.length; i++) {
      out[o++] = id[i];
    }
    for (int i = ax + 1; i < pd.length; i++) {
      out[o++] = pd[i];
    }
    return Manipulation.reshape(g, Shape.of(out));
  }

  /**
   * Returns the slices of {@code params} addressed by the last axis of {@code indices},
   * TensorFlow's {@code gather_nd}: with {@code q = indices.shape[-1]}, the output shape is {@code
   * indices.shape[:-1] + params.shape[batchDims + q:]}; the first {@code batchDims} axes are batch
   * axes of equal sizes. Every index must be in [0, dim) of the axis it addresses.
   *
   * <pre>{@code
   * gatherNd([[1, 2], [3, 4]], [[0, 1], [1, 0]]) == [2, 3]
   * }</pre>
   *
   * @throws dev.ivy.errors.IvyArgumentException for bad shapes or out-of-range indices
   */
  public static Array gatherNd(Array params, Array indices, int batchDims) {
    String fn = "gather_nd";
    Checks.check(
        indices.dtype().isInteger(),
        fn,
        "indices must have an integer dtype; got %s",
        indices.dtype());
    Checks.check(
        indices.rank() >= 1, fn, "indices must have rank >= 1; got shape %s", indices.shape());
    int bd = batchDims;
    Checks.check(
        bd >= 0 && bd < indices.rank() && bd <= params.rank(),
        fn,
        "batch_dims must be in [0, %s); got %s",
        Math.min(indices.rank(), params.rank() + 1),
        batchDims);
    long[] pd = params.shape().dims();
    long[] id = indices.shape().dims();
    int q = (int) id[id.length - 1];
    Checks.check(
        bd + q <= pd.length,
        fn,
        "indices.shape[-1] (%s) must be <= params.ndim - batch_dims (%s); got shapes %s and %s",
        q,
        pd.length - bd,
        params.shape(),
        indices.shape());
    for (int i = 0; i < bd; i++) {
      Checks.check(
          pd[i] == id[i],
          fn,
          "params and indices must agree on the batch dimensions; got shapes %s and %s",
          params.shape(),
          indices.shape());
    }
    Array idx = Manipulation.astype(indices, DType.INT64);
    long[] qd = Arrays.copyOfRange(pd, bd, bd + q);
    if (idx.size() > 0 && !idx.isSymbolic()) {
      Array dims = Sets.int64(idx, qd);
      boolean bad =
          (Boolean)
              Reductions.any(
                      Elementwise.logicalOr(
                          Elementwise.less(idx, 0L), Elementwise.greaterEqual(idx, dims)),
                      null,
                      false)
                  .item();
      Checks.check(
          !bad,
          fn,
          "indices must be in [0, dim) of the axes %s they address; got indices out of range",
          Arrays.toString(qd));
    }
    long bsz = prod(pd, 0, bd);
    long qsz = prod(qd, 0, q);
    long rsz = prod(pd, bd + q, pd.length);
    long msz = prod(id, bd, id.length - 1);
    long[] strides = new long[q];
    long s = 1;
    for (int j = q - 1; j >= 0; j--) {
      strides[j] = s;
      s *= qd[j];
    }
    Array i3 = Manipulation.reshape(idx, Shape.of(bsz, msz, q));
    Array rows =
        q == 0
            ? Creation.fullLike(Manipulation.reshape(i3, Shape.of(bsz, msz)), 0L, DType.INT64)
            : Reductions.sum(
                Elementwise.multiply(i3, Sets.int64(i3, strides)), new int[] {2}, false, null);
    rows = Elementwise.add(rows, Elementwise.multiply(iota(rows, bsz, 0, 2), qsz));
    Array p2 = Manipulation.reshape(params, Shape.of(bsz * qsz, rsz));
    Array g = Dispatcher.bind(Prim.TAKE, new Params.Axis(0), p2, rows);
    long[] out = new long[id.length - 1 + pd.length - bd - q];
    int o = 0;
    for (int i = 0; i < id.length - 1; i++) {
      out[o++] = id[i];
    }
    for (int i = bd + q; i < pd.length; i++) {
      out[o++] = pd[i];
    }
    return Manipulation.reshape(g, Shape.of(out));
  }
}
