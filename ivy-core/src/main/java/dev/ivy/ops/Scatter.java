package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.rules.Broadcasting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Returns scattered arrays: functional indexed updates built on the {@link Prim#SCATTER_ADD}
 * primitive ({@code scatter_nd}, {@code scatter_flat}, TensorFlow's {@code tensor_scatter_nd_add} /
 * {@code tensor_scatter_nd_update}, PyTorch's {@code index_add}, and {@link #setAt} for NumPy-style
 * integer-array assignment). Inputs are never modified.
 *
 * <p>Index rows: {@code indices} of shape {@code [..., k]} address the first k dims of the target;
 * each row selects the slice {@code target[i0, ..., ik-1]} of shape {@code target.shape[k:]}, and
 * {@code updates} must broadcast to {@code indices.shape[:-1] + target.shape[k:]}.
 *
 * <p>Duplicates: with reduction {@code "sum"} every update of a duplicated row is added (for floats
 * in an unspecified order, so the last bits may differ between backends). With {@code "replace"}
 * the <em>last</em> update in row-major order of the index rows wins, exactly and on every backend
 * (NumPy's assignment behaviour), because core orders the rows with a stable sort before
 * scattering.
 */
public final class Scatter {
  private Scatter() {}

  /**
   * Returns an array of {@code shape} (or {@code out}'s shape) with {@code updates} scattered at
   * {@code indices} (Ivy's {@code scatter_nd}). Without {@code out} the result starts as zeros of
   * the updates' dtype; with {@code out} it starts as {@code out} and keeps out's dtype (updates
   * are cast to it when the cast stays within the same kind: bool, integer, float). {@code out} is
   * not modified. Indices must be non-negative and in range.
   *
   * <pre>{@code
   * scatterNd([[1], [3], [1]], [10, 20, 30], [5], "sum", null) == [0, 40, 0, 20, 0]
   * }</pre>
   *
   * @param indices integer array of shape [..., k]
   * @param updates values, broadcast to indices.shape[:-1] + shape[k:]
   * @param shape the result's shape; may be null when {@code out} is given
   * @param reduction "sum" (duplicates accumulate) or "replace" (the last duplicate wins)
   * @param out optional starting values; when given with {@code shape} the two must agree
   * @throws dev.ivy.errors.IvyArgumentException for a bad reduction (including "min" and "max",
   *     which need a scatter-min/max primitive), negative or out-of-range indices, or mismatched
   *     shapes
   */
  public static Array scatterNd(
      Array indices, Array updates, long[] shape, String reduction, Array out) {
    String fn = "scatter_nd";
    boolean replace = reduction(fn, reduction);
    Checks.check(
        shape != null || out != null,
        fn,
        "shape must be given when out is None; got shape None and out None");
    Array target;
    Array upd = updates;
    if (out != null) {
      Checks.check(
          shape == null || Shape.of(shape).equals(out.shape()),
          fn,
          "shape must equal out.shape %s; got %s",
          out.shape(),
          Arrays.toString(shape));
      target = out;
      upd = castInto(fn, updates, target.dtype());
    } else {
      for (long d : shape) {
        Checks.check(d >= 0, fn, "shape must be non-negative; got %s", Arrays.toString(shape));
      }
      target = Creation.onBackend(updates, () -> Creation.zeros(Shape.of(shape), updates.dtype()));
    }
    Array idx = checkedIndices(fn, indices, target.shape(), false);
    return scatter(fn, target, idx, upd, replace);
  }

  /**
   * Returns a 1-d array of {@code size} (or {@code out}'s size) with 1-d {@code updates} scattered
   * at 1-d {@code indices} (Ivy's {@code scatter_flat}); otherwise as {@link #scatterNd} with
   * indices {@code indices[:, None]}.
   *
   * @throws dev.ivy.errors.IvyArgumentException if indices are not 1-d integers, are negative or
   *     out of range, or for a bad reduction
   */
  public static Array scatterFlat(
      Array indices, Array updates, Long size, String reduction, Array out) {
    String fn = "scatter_flat";
    Checks.check(indices.rank() == 1, fn, "indices must be 1-d; got shape %s", indices.shape());
    Checks.check(
        out == null || out.rank() == 1,
        fn,
        "out must be 1-d; got shape %s",
        out == null ? null : out.shape());
    reduction(fn, reduction);
    Checks.check(
        size != null || out != null,
        fn,
        "size must be given when out is None; got size None and out None");
    return scatterNd(
        Manipulation.expandDims(indices, -1),
        updates,
        size == null ? null : new long[] {size},
        reduction,
        out);
  }

  /**
   * Returns a copy of {@code tensor} with {@code updates} added at {@code indices}, duplicates
   * accumulating (TensorFlow's {@code tensor_scatter_nd_add}). The result has the tensor's dtype;
   * updates are cast to it within the same kind (bool, integer, float). Bool tensors add as logical
   * or.
   *
   * @throws dev.ivy.errors.IvyArgumentException for negative or out-of-range indices, a k larger
   *     than the tensor's rank, updates that do not broadcast, or a kind-changing cast
   */
  public static Array scatterNdAdd(Array tensor, Array indices, Array updates) {
    String fn = "scatter_nd_add";
    Array idx = checkedIndices(fn, indices, tensor.shape(), false);
    return scatter(fn, tensor, idx, castInto(fn, updates, tensor.dtype()), false);
  }

  /**
   * Returns a copy of {@code tensor} with the slices at {@code indices} replaced by {@code updates}
   * (TensorFlow's {@code tensor_scatter_nd_update}); where an index row repeats, the last one in
   * row-major order wins (TensorFlow leaves this undefined; Ivy guarantees it on every backend).
   *
   * @throws dev.ivy.errors.IvyArgumentException as {@link #scatterNdAdd}
   */
  public static Array scatterNdUpdate(Array tensor, Array indices, Array updates) {
    String fn = "scatter_nd_update";
    Array idx = checkedIndices(fn, indices, tensor.shape(), false);
    return scatter(fn, tensor, idx, castInto(fn, updates, tensor.dtype()), true);
  }

  /**
   * Returns {@code x} with {@code alpha * source} added along {@code dim} at {@code index}
   * (PyTorch's {@code Tensor.index_add}): {@code out[..., index[i], ...] += alpha * source[..., i,
   * ...]}, duplicates accumulating. {@code index} is a 0-d or 1-d integer array of non-negative
   * in-range indices, and {@code source} has x's shape except {@code source.shape[dim] ==
   * len(index)}. The result has x's dtype (source is cast within the same kind); a floating {@code
   * alpha} on an integer x raises, as in PyTorch.
   *
   * @throws dev.ivy.errors.IvyArgumentException for bad dims, shapes, indices or alpha
   */
  public static Array indexAdd(Array x, int dim, Array index, Array source, Number alpha) {
    String fn = "index_add";
    Checks.check(
        index.dtype().isInteger(), fn, "index must have an integer dtype; got %s", index.dtype());
    Checks.check(index.rank() <= 1, fn, "index must be 0-d or 1-d; got shape %s", index.shape());
    boolean scalar = x.rank() == 0;
    Array xs = scalar ? Manipulation.reshape(x, 1) : x;
    Array src = source.rank() == 0 && scalar ? Manipulation.reshape(source, 1) : source;
    int d = Checks.axis(fn, "dim", dim, xs.rank());
    long len = index.size();
    long[] want = xs.shape().dims();
    want[d] = len;
    Checks.check(
        src.shape().equals(Shape.of(want)),
        fn,
        "source must have shape %s (x's shape with dim %s of len(index)); got %s",
        Shape.of(want),
        d,
        source.shape());
    double a = alpha == null ? 1 : alpha.doubleValue();
    boolean floatAlpha = alpha instanceof Double || alpha instanceof Float;
    Checks.check(
        !floatAlpha || x.dtype().isFloating(),
        fn,
        "alpha must not be a floating-point number for an integral x; got %s",
        alpha);
    Array s = castInto(fn, src, x.dtype());
    if (alpha != null && a != 1) {
      s = Manipulation.astype(Elementwise.multiply(s, alpha), x.dtype());
    }
    Array idx =
        checkedIndices(fn, Manipulation.reshape(index, len, 1), Shape.of(xs.shape().dim(d)), false);
    Array xm = Manipulation.moveaxis(xs, new int[] {d}, new int[] {0});
    Array sm = Manipulation.moveaxis(s, new int[] {d}, new int[] {0});
    Array r = scatter(fn, xm, idx, sm, false);
    r = Manipulation.moveaxis(r, new int[] {0}, new int[] {d});
    return scalar ? Manipulation.reshape(r, Shape.scalar()) : r;
  }

  /**
   * Returns a copy of {@code x} with {@code x[i0, i1, ..., im-1] = values} applied, NumPy's
   * integer-array assignment: the index arrays broadcast together to a shape B, each addresses one
   * leading dim of x (negative indices count from the end), {@code values} broadcasts to {@code B +
   * x.shape[m:]} and is cast to x's dtype (as NumPy assignment does, any cast). Where index tuples
   * repeat, the last in row-major order of B wins, as in NumPy. With no index arrays the whole of x
   * is replaced.
   *
   * @param x the array to update (not modified)
   * @param indices one integer array per leading dim of x (at most x's rank)
   * @param values the new values
   * @throws dev.ivy.errors.IvyArgumentException if there are more index arrays than dims, they are
   *     not integers, do not broadcast, or are out of range, or values do not broadcast
   */
  public static Array setAt(Array x, Array[] indices, Array values) {
    String fn = "set_at";
    Checks.check(
        indices.length <= x.rank(),
        fn,
        "indices must index at most %s dims of shape %s; got %s index arrays",
        x.rank(),
        x.shape(),
        indices.length);
    Array v = Manipulation.astype(values, x.dtype());
    if (indices.length == 0) {
      Checks.check(
          Broadcasting.broadcastsTo(v.shape(), x.shape()),
          fn,
          "values of shape %s must broadcast to %s",
          v.shape(),
          x.shape());
      return Manipulation.broadcastTo(v, x.shape());
    }
    List<Array> cols = new ArrayList<>(indices.length);
    for (Array i : indices) {
      Checks.check(
          i.dtype().isInteger(), fn, "indices must have integer dtypes; got %s", i.dtype());
      cols.add(Manipulation.astype(i, DType.INT64));
    }
    Shape[] shapes = new Shape[cols.size()];
    for (int i = 0; i < shapes.length; i++) {
      shapes[i] = cols.get(i).shape();
    }
    Broadcasting.broadcast(fn, shapes);
    List<Array> b = Manipulation.broadcastArrays(cols);
    Array idx = Manipulation.stack(b, -1);
    idx = checkedIndices(fn, idx, x.shape(), true);
    return scatter(fn, x, idx, v, true);
  }

  // ------------------------------------------------------------------ shared implementation

  /** Returns whether the reduction is "replace" (else "sum"), rejecting all others. */
  private static boolean reduction(String fn, String reduction) {
    String r = reduction == null ? "sum" : reduction;
    Checks.check(
        !r.equals("min") && !r.equals("max"),
        fn,
        "reduction '%s' is not supported: it needs a scatter-%s primitive, and only scatter-add"
            + " exists; use 'sum' or 'replace'",
        r,
        r);
    Checks.check(
        r.equals("sum") || r.equals("replace"),
        fn,
        "reduction must be one of 'sum', 'replace'; got '%s'",
        r);
    return r.equals("replace");
  }

  /** Returns {@code u} cast to {@code dt}, which must not change its kind upward. */
  private static Array castInto(String fn, Array u, DType dt) {
    if (u.dtype() == dt) {
      return u;
    }
    Checks.check(
        kind(u.dtype()) <= kind(dt),
        fn,
        "updates of dtype %s must cast to the target's dtype %s within the same kind; cast them"
            + " first",
        u.dtype(),
        dt);
    return Manipulation.astype(u, dt);
  }

  private static int kind(DType dt) {
    return dt.isBool() ? 0 : dt.isInteger() ? 1 : 2;
  }

  /**
   * Returns int64 {@code indices} of shape [..., k], checked to address the first k dims of {@code
   * shape}; negative indices are wrapped when {@code wrap}, else rejected.
   */
  private static Array checkedIndices(String fn, Array indices, Shape shape, boolean wrap) {
    Checks.check(
        indices.dtype().isInteger(),
        fn,
        "indices must have an integer dtype; got %s",
        indices.dtype());
    Checks.check(
        indices.rank() >= 1,
        fn,
        "indices must have shape [..., k]; got a 0-d array (use shape [1])");
    long k = indices.shape().dim(-1);
    Checks.check(
        k <= shape.rank(),
        fn,
        "indices.shape[-1] must be <= the target's rank %s (shape %s); got %s",
        shape.rank(),
        shape,
        k);
    Array idx = Manipulation.astype(indices, DType.INT64);
    if (idx.size() == 0 || idx.isSymbolic()) {
      return idx;
    }
    long[] dims = Arrays.copyOf(shape.dims(), (int) k);
    Array bounds = Creation.onBackend(idx, () -> Ivy.array(dims, dims.length));
    if (wrap) {
      idx = Elementwise.where(Elementwise.less(idx, 0L), Elementwise.add(idx, bounds), idx);
    }
    Array bad =
        Elementwise.logicalOr(Elementwise.less(idx, 0L), Elementwise.greaterEqual(idx, bounds));
    if (Reductions.any(bad, null, false).itemLong() != 0) {
      long[] all = indices.toLongArray();
      boolean[] b = bad.toBooleanArray();
      int row = 0;
      while (!b[row]) {
        row++;
      }
      int r = (int) (row / k);
      long[] rowVals = Arrays.copyOfRange(all, (int) (r * k), (int) (r * k + k));
      Checks.check(
          false,
          fn,
          "indices must be in [%s, dim) for the first %s dims of shape %s; got index %s",
          wrap ? "-dim" : "0",
          k,
          shape,
          Arrays.toString(rowVals));
    }
    return idx;
  }

  /**
   * Scatters {@code updates} into {@code target} at checked int64 {@code idx} [..., k]: adds, or
   * replaces with the last duplicate winning. Updates are cast to the target's dtype already, or
   * are cast here (replace only).
   */
  private static Array scatter(String fn, Array target, Array idx, Array updates, boolean replace) {
    Shape s = target.shape();
    int k = (int) idx.shape().dim(-1);
    long n = sizeOfLeading(idx);
    long[] lead = Arrays.copyOf(idx.shape().dims(), idx.rank() - 1);
    long[] tail = Arrays.copyOfRange(s.dims(), k, s.rank());
    long[] want = concat(lead, tail);
    Checks.check(
        Broadcasting.broadcastsTo(updates.shape(), Shape.of(want)),
        fn,
        "updates must broadcast to indices.shape[:-1] + shape[%s:] = %s; got %s",
        k,
        Shape.of(want),
        updates.shape());
    Array u = Manipulation.astype(updates, target.dtype());
    u =
        Manipulation.reshape(
            Manipulation.broadcastTo(u, Shape.of(want)), concat(new long[] {n}, tail));
    if (n == 0 || s.size() == 0) {
      return target;
    }
    // linear row index into the first k dims (k = 0: every row addresses the whole target)
    long p = Shape.of(Arrays.copyOf(s.dims(), k)).size();
    Array rows = Manipulation.reshape(idx, n, k);
    Array lin;
    if (k == 0) {
      lin = Creation.onBackend(idx, () -> Creation.zeros(Shape.of(n), DType.INT64));
    } else {
      long[] strides = new long[k];
      long m = 1;
      for (int i = k - 1; i >= 0; i--) {
        strides[i] = m;
        m *= s.dim(i);
      }
      Array st = Creation.onBackend(idx, () -> Ivy.array(strides, strides.length));
      lin =
          k == 1
              ? Manipulation.reshape(rows, n)
              : Reductions.sum(Elementwise.multiply(rows, st), new int[] {1}, false, DType.INT64);
    }
    Array flat = Manipulation.reshape(target, concat(new long[] {p}, tail));
    Array r;
    if (!replace) {
      r = add(flat, lin, u, n);
    } else {
      // stable sort of the rows: the last of each run of equal indices is the last duplicate
      Array perm = Sorting.argsort(lin, 0, false);
      Array sl = Dispatcher.bind(Prim.TAKE, new Params.Axis(0), lin, perm);
      Array su = Dispatcher.bind(Prim.TAKE, new Params.Axis(0), u, perm);
      Array keep;
      if (n == 1) {
        keep = Creation.onBackend(idx, () -> Creation.full(Shape.of(1), true, DType.BOOL));
      } else {
        Array diff =
            Elementwise.notEqual(
                Manipulation.slice(sl, new long[] {0}, new long[] {n - 1}, new long[] {1}),
                Manipulation.slice(sl, new long[] {1}, new long[] {n}, new long[] {1}));
        Array last = Creation.onBackend(idx, () -> Creation.full(Shape.of(1), true, DType.BOOL));
        keep = Manipulation.concat(List.of(diff, last), 0);
      }
      DType dt = target.dtype();
      // -0.0 is the exact identity of float addition (x + -0.0 == x, also for x = -0.0)
      Object zero = dt.isFloating() ? (Object) (-0.0) : (Object) 0;
      Array keepB = Manipulation.reshape(keep, concat(new long[] {n}, ones(tail.length)));
      Array fill = Creation.onBackend(idx, () -> Creation.full(Shape.scalar(), zero, dt));
      Array masked = Elementwise.where(keepB, su, fill);
      Array base = Manipulation.broadcastTo(fill, flat.shape());
      Array values = add(base, sl, masked, n);
      Array hits =
          add(
              Creation.onBackend(idx, () -> Creation.zeros(Shape.of(p), DType.INT32)),
              sl,
              Creation.onBackend(idx, () -> Creation.ones(Shape.of(n), DType.INT32)),
              n);
      Array touched =
          Manipulation.reshape(
              Elementwise.greater(hits, 0L), concat(new long[] {p}, ones(tail.length)));
      r = Elementwise.where(touched, values, flat);
    }
    return Manipulation.reshape(r, s);
  }

  /** Binds SCATTER_ADD of [n, ...] updates at 1-d linear indices into a [p, ...] operand. */
  private static Array add(Array flat, Array lin, Array u, long n) {
    return Dispatcher.bind(
        Prim.SCATTER_ADD, Params.None.INSTANCE, flat, Manipulation.reshape(lin, n, 1), u);
  }

  private static long sizeOfLeading(Array idx) {
    long n = 1;
    for (int i = 0; i < idx.rank() - 1; i++) {
      n *= idx.shape().dim(i);
    }
    return n;
  }

  private static long[] ones(int n) {
    long[] r = new long[n];
    Arrays.fill(r, 1);
    return r;
  }

  private static long[] concat(long[] a, long[] b) {
    long[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
