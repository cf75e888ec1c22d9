package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;

/** Indexing functions: take along an axis, and one-hot encoding. */
public final class Indexing {
  private Indexing() {}

  /**
   * Returns the elements of {@code x} at integer {@code indices} along {@code axis} (negative
   * indices count from the end).
   *
   * @throws dev.ivy.errors.IvyArgumentException if indices are not integers or out of range
   */
  public static Array take(Array x, Array indices, int axis) {
    Checks.check(
        indices.dtype().isInteger(),
        "take",
        "indices must have an integer dtype; got %s",
        indices.dtype());
    Checks.check(x.rank() >= 1, "take", "x must have rank >= 1; got shape %s", x.shape());
    int ax = Checks.axis("take", "axis", axis, x.rank());
    long n = x.shape().dim(ax);
    Array idx = Manipulation.astype(indices, DType.INT64);
    if (idx.isSymbolic()) {
      // while tracing the values are unknown: the range check cannot run, and negative indices
      // are wrapped unconditionally (a no-op for non-negative ones)
      idx = Elementwise.where(Elementwise.less(idx, 0L), Elementwise.add(idx, n), idx);
    } else if (idx.size() > 0) {
      Array min = Reductions.min(idx, null, false);
      long lo;
      long hi;
      if (min.isSymbolic()) {
        // concrete indices inside a trace: the reductions were traced, so read the host values
        long[] v = idx.toLongArray();
        lo = java.util.Arrays.stream(v).min().getAsLong();
        hi = java.util.Arrays.stream(v).max().getAsLong();
      } else {
        lo = min.itemLong();
        hi = Reductions.max(idx, null, false).itemLong();
      }
      Checks.check(
          lo >= -n && hi < n,
          "take",
          "indices must be in [%s, %s) for axis %s of shape %s; got values in [%s, %s]",
          -n,
          n,
          ax,
          x.shape(),
          lo,
          hi);
      if (lo < 0) {
        idx = Elementwise.where(Elementwise.less(idx, 0L), Elementwise.add(idx, n), idx);
      }
    }
    return Dispatcher.bind(Prim.TAKE, new Params.Axis(ax), x, idx);
  }

  /**
   * Returns a one-hot encoding of integer {@code indices}: a new last axis of length {@code depth}
   * holding {@code onValue} at each index and {@code offValue} elsewhere (rows of out-of-range
   * indices are all {@code offValue}, as in TensorFlow). The dtype is float32 unless given.
   *
   * <pre>{@code
   * oneHot([0, 1, 2], 3) == [[1, 0, 0], [0, 1, 0], [0, 0, 1]]   // float32
   * }</pre>
   *
   * @throws dev.ivy.errors.IvyArgumentException if indices are not integers or depth is negative
   */
  public static Array oneHot(
      Array indices, long depth, Number onValue, Number offValue, Integer axis, DType dtype) {
    Checks.check(
        indices.dtype().isInteger(),
        "one_hot",
        "indices must have an integer dtype; got %s",
        indices.dtype());
    Checks.check(depth >= 0, "one_hot", "depth must be >= 0; got %s", depth);
    DType dt = dtype == null ? DType.FLOAT32 : dtype;
    int ax = axis == null ? -1 : axis;
    int outRank = indices.rank() + 1;
    int a = Checks.axis("one_hot", "axis", ax, outRank);
    Array idx = Manipulation.expandDims(Manipulation.astype(indices, DType.INT64), -1);
    Array classes =
        Creation.onBackend(
            indices,
            () ->
                Manipulation.reshape(
                    Dispatcher.bind(Prim.IOTA, new Params.Iota(depth, DType.INT64)),
                    Shape.of(depth)));
    Array hit = Elementwise.equal(idx, classes);
    Array r;
    if (onValue == null && offValue == null) {
      r = Manipulation.astype(hit, dt);
    } else {
      Array on =
          Creation.onBackend(
              indices, () -> Creation.full(Shape.scalar(), onValue == null ? 1 : onValue, dt));
      Array off =
          Creation.onBackend(
              indices, () -> Creation.full(Shape.scalar(), offValue == null ? 0 : offValue, dt));
      r = Elementwise.where(hit, on, off);
    }
    if (a != outRank - 1) {
      r = Manipulation.moveaxis(r, new int[] {outRank - 1}, new int[] {a});
    }
    return r;
  }

  /** Returns {@link #take(Array, Array, int)}, or of the flattened x when {@code axis} is null. */
  public static Array take(Array x, Array indices, Integer axis) {
    return axis == null
        ? take(Manipulation.reshape(x, Shape.of(x.size())), indices, 0)
        : take(x, indices, axis.intValue());
  }
}
