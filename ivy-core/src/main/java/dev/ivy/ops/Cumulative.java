package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.List;

/** Cumulative sums and products along an axis. */
public final class Cumulative {
  private Cumulative() {}

  /**
   * Returns the inclusive cumulative sum along {@code axis} (array API {@code cumulative_sum}).
   * Bool and integer inputs accumulate in int64 unless {@code dtype} is given; with {@code
   * includeInitial} a zero is prepended along the axis.
   *
   * @param axis the axis; may be null only for arrays of rank 0 or 1
   */
  public static Array cumulativeSum(Array x, Integer axis, DType dtype, boolean includeInitial) {
    Array y = x.rank() == 0 ? Manipulation.reshape(x, Shape.of(1)) : x;
    Checks.check(
        axis != null || y.rank() == 1,
        "cumulative_sum",
        "axis must be given for arrays of rank > 1; got shape %s",
        x.shape());
    int ax = Checks.axis("cumulative_sum", "axis", axis == null ? 0 : axis, y.rank());
    y = Manipulation.astype(y, dtype != null ? dtype : Reductions.accumulator(x.dtype()));
    Array r = scan(Prim.CUMSUM, y, ax);
    if (includeInitial) {
      r = Manipulation.concat(List.of(zerosAlong(r, ax), r), ax);
    }
    return r;
  }

  private static Array scan(Prim p, Array y, int ax) {
    if (y.size() == 0) {
      return y;
    }
    return Dispatcher.bind(p, new Params.Axis(ax), y);
  }

  private static Array zerosAlong(Array r, int ax) {
    long[] d = r.shape().dims();
    d[ax] = 1;
    return Creation.onBackend(r, () -> Creation.zeros(Shape.of(d), r.dtype()));
  }

  /**
   * Returns the cumulative product along {@code axis}, keeping the dtype (Ivy's and TensorFlow's
   * {@code cumprod}). With {@code exclusive} the i-th output is the product of the elements before
   * i (so the first is 1); with {@code reverse} the products run from the end.
   *
   * <pre>{@code
   * cumprod([[0, 1, 2]], -1, false, true) == [[0, 2, 2]]
   * }</pre>
   */
  public static Array cumprod(Array x, int axis, boolean exclusive, boolean reverse) {
    Array y = x.rank() == 0 ? Manipulation.reshape(x, Shape.of(1)) : x;
    int ax = Checks.axis("cumprod", "axis", axis, y.rank());
    DType dt = y.dtype();
    Array z = dt.isBool() ? Manipulation.astype(y, DType.INT64) : y;
    if (reverse) {
      z = Manipulation.flip(z, ax);
    }
    long n = z.shape().dim(ax);
    if (exclusive && n > 0) {
      Array head = Manipulation.sliceAxis(z, ax, 0, n - 1, 1);
      long[] d = z.shape().dims();
      d[ax] = 1;
      Array zz = z;
      Array one = Creation.onBackend(zz, () -> Creation.ones(Shape.of(d), zz.dtype()));
      z = Manipulation.concat(List.of(one, head), ax);
    }
    Array r = scan(Prim.CUMPROD, z, ax);
    if (reverse) {
      r = Manipulation.flip(r, ax);
    }
    r = Manipulation.astype(r, dt);
    return x.rank() == 0 ? Manipulation.reshape(r, Shape.scalar()) : r;
  }
}
