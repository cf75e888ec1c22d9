package dev.ivy.rules;

import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;

/** Numpy / array API broadcasting of shapes. */
public final class Broadcasting {
  private Broadcasting() {}

  /**
   * Returns the shape two shapes broadcast to: aligned from the right, each pair of dimensions
   * equal or one of them 1.
   *
   * @param fn the calling function, for the error message
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  public static Shape broadcast(String fn, Shape a, Shape b) {
    if (a.equals(b)) {
      return a;
    }
    int ra = a.rank();
    int rb = b.rank();
    int r = Math.max(ra, rb);
    long[] out = new long[r];
    for (int i = 0; i < r; i++) {
      long da = i < r - ra ? 1 : a.dim(i - (r - ra));
      long db = i < r - rb ? 1 : b.dim(i - (r - rb));
      if (da == db || db == 1) {
        out[i] = da;
      } else if (da == 1) {
        out[i] = db;
      } else {
        throw new IvyArgumentException(
            fn
                + ": shapes must broadcast (numpy rules); got incompatible shapes "
                + a
                + " and "
                + b);
      }
    }
    return Shape.of(out);
  }

  /** Returns the shape all of {@code shapes} broadcast to. */
  public static Shape broadcast(String fn, Shape... shapes) {
    Shape s = Shape.scalar();
    for (Shape t : shapes) {
      s = broadcast(fn, s, t);
    }
    return s;
  }

  /** Returns whether {@code from} broadcasts to exactly {@code to}. */
  public static boolean broadcastsTo(Shape from, Shape to) {
    if (from.rank() > to.rank()) {
      return false;
    }
    int off = to.rank() - from.rank();
    for (int i = 0; i < from.rank(); i++) {
      long d = from.dim(i);
      if (d != 1 && d != to.dim(i + off)) {
        return false;
      }
    }
    return true;
  }
}
