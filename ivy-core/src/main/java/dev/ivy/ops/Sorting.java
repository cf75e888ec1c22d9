package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;

/** Sorting and searching: sort, argsort (stable, optionally descending) and searchsorted. */
public final class Sorting {
  private Sorting() {}

  /**
   * Returns x sorted along {@code axis}, ascending (NaN last) or descending (NaN first).
   *
   * @throws dev.ivy.errors.IvyArgumentException if the axis is out of range or x is 0-d
   */
  public static Array sort(Array x, int axis, boolean descending) {
    Checks.check(x.rank() >= 1, "sort", "x must have rank >= 1; got shape %s", x.shape());
    int ax = Checks.axis("sort", "axis", axis, x.rank());
    if (x.size() == 0) {
      return x;
    }
    Array y = x.dtype().isBool() ? Manipulation.astype(x, DType.INT8) : x;
    Array s = Dispatcher.bind(Prim.SORT, new Params.Axis(ax), y);
    if (descending) {
      s = Manipulation.flip(s, ax);
    }
    return Manipulation.astype(s, x.dtype());
  }

  /**
   * Returns the int64 indices that sort x along {@code axis}; equal elements keep their order
   * (stable), also when {@code descending}.
   */
  public static Array argsort(Array x, int axis, boolean descending) {
    Checks.check(x.rank() >= 1, "argsort", "x must have rank >= 1; got shape %s", x.shape());
    int ax = Checks.axis("argsort", "axis", axis, x.rank());
    Array y = x.dtype().isBool() ? Manipulation.astype(x, DType.INT8) : x;
    if (x.size() == 0) {
      return Manipulation.astype(y, DType.INT64);
    }
    if (!descending) {
      return Dispatcher.bind(Prim.ARGSORT, new Params.Axis(ax), y);
    }
    // stable descending: sort the reversed array ascending, then map indices back and reverse
    long n = x.shape().dim(ax);
    Array idx = Dispatcher.bind(Prim.ARGSORT, new Params.Axis(ax), Manipulation.flip(y, ax));
    return Manipulation.flip(Elementwise.subtract(n - 1, idx), ax);
  }

  /**
   * Returns, for each value of {@code v}, the int64 index at which it would be inserted into the
   * sorted 1-d array {@code x1} to keep it sorted: before equal elements for side "left", after
   * them for "right".
   */
  public static Array searchsorted(Array x1, Array v, String side) {
    Checks.check(x1.rank() == 1, "searchsorted", "x1 must be 1-d; got shape %s", x1.shape());
    Checks.check(
        "left".equals(side) || "right".equals(side),
        "searchsorted",
        "side must be 'left' or 'right'; got '%s'",
        side);
    Array e = Manipulation.expandDims(v, -1);
    Array before = "left".equals(side) ? Elementwise.less(x1, e) : Elementwise.lessEqual(x1, e);
    return Reductions.sum(before, new int[] {-1}, false, DType.INT64);
  }

  /**
   * Returns {@link #searchsorted(Array, Array, String)} of x1 reordered by {@code sorter} (indices
   * that sort x1; null when x1 is sorted).
   */
  public static Array searchsorted(Array x1, Array x2, String side, Array sorter) {
    return searchsorted(sorter == null ? x1 : Indexing.take(x1, sorter, 0), x2, side);
  }
}
