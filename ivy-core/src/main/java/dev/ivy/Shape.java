package dev.ivy;

import dev.ivy.errors.IvyArgumentException;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable array shape: the size of each dimension, outermost first.
 *
 * <p>A scalar has rank 0 and size 1; a dimension may be 0 (an empty array).
 */
public final class Shape {
  private static final Shape SCALAR = new Shape(new long[0]);

  private final long[] dims;

  private Shape(long[] dims) {
    this.dims = dims;
  }

  /**
   * Returns the shape with the given dimensions.
   *
   * @param dims the size of each dimension, each at least 0
   * @throws IvyArgumentException if a dimension is negative
   */
  public static Shape of(long... dims) {
    if (dims.length == 0) {
      return SCALAR;
    }
    for (long d : dims) {
      if (d < 0) {
        throw new IvyArgumentException(
            "Shape.of: dimensions must be >= 0; got " + Arrays.toString(dims));
      }
    }
    return new Shape(dims.clone());
  }

  /** Returns the shape with the given dimensions, given as ints. */
  public static Shape of(int... dims) {
    long[] l = new long[dims.length];
    for (int i = 0; i < dims.length; i++) {
      l[i] = dims[i];
    }
    return of(l);
  }

  /** Returns the shape with the given dimensions, given as a list. */
  public static Shape of(List<? extends Number> dims) {
    long[] l = new long[dims.size()];
    for (int i = 0; i < l.length; i++) {
      l[i] = dims.get(i).longValue();
    }
    return of(l);
  }

  /** Returns the rank-0 shape of a scalar. */
  public static Shape scalar() {
    return SCALAR;
  }

  /** Returns the number of dimensions. */
  public int rank() {
    return dims.length;
  }

  /**
   * Returns the size of dimension {@code i}; negative {@code i} counts from the end.
   *
   * @throws IvyArgumentException if {@code i} is out of range
   */
  public long dim(int i) {
    int j = i < 0 ? i + dims.length : i;
    if (j < 0 || j >= dims.length) {
      throw new IvyArgumentException(
          "Shape.dim: index must be in [" + -dims.length + ", " + dims.length + "); got " + i);
    }
    return dims[j];
  }

  /**
   * Returns the size of dimension {@code i} as Python's {@code shape[i]} does: negative {@code i}
   * counts from the end (an alias of {@link #dim}).
   *
   * @throws IvyArgumentException if {@code i} is out of range
   */
  public long get(int i) {
    return dim(i);
  }

  /**
   * Returns the total number of elements (1 for a scalar, 0 if any dimension is 0), saturating at
   * {@link Long#MAX_VALUE} where the product overflows.
   */
  public long size() {
    return dev.ivy.prim.SizeLimit.elements(dims);
  }

  /** Returns a copy of the dimensions. */
  public long[] dims() {
    return dims.clone();
  }

  /** Returns the dimensions as ints, for natives that take int shapes. */
  public int[] intDims() {
    int[] r = new int[dims.length];
    for (int i = 0; i < r.length; i++) {
      if (dims[i] > Integer.MAX_VALUE) {
        throw new IvyArgumentException(
            "Shape.intDims: dimensions must be at most "
                + Integer.MAX_VALUE
                + " for this backend; got "
                + this);
      }
      r[i] = (int) dims[i];
    }
    return r;
  }

  /** Returns whether any dimension is 0. */
  public boolean isEmpty() {
    return size() == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Shape && Arrays.equals(dims, ((Shape) o).dims);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(dims);
  }

  /** Returns the dimensions in brackets, for example {@code [2, 3]}. */
  @Override
  public String toString() {
    return Arrays.toString(dims);
  }
}
