package dev.ivy.ops;

import dev.ivy.errors.IvyArgumentException;

/** Argument checks with messages of the form {@code function: argument expectation; got actual}. */
public final class Checks {
  private Checks() {}

  /**
   * Throws {@link IvyArgumentException} with {@code fn + ": " + String.format(template, args)}
   * unless {@code ok}. The message is only formatted on failure.
   */
  public static void check(boolean ok, String fn, String template, Object... args) {
    if (!ok) {
      throw new IvyArgumentException(fn + ": " + String.format(template, args));
    }
  }

  /**
   * Returns {@code axis} made non-negative for an array of rank {@code rank}.
   *
   * @param fn the function, for the message
   * @param arg the argument's name, for the message
   * @throws IvyArgumentException unless {@code -rank <= axis < rank}
   */
  public static int axis(String fn, String arg, int axis, int rank) {
    if (axis < -rank || axis >= rank) {
      throw new IvyArgumentException(
          String.format(
              "%s: %s must be in [%d, %d) for an array of rank %d; got %d",
              fn, arg, -rank, rank, rank, axis));
    }
    return axis < 0 ? axis + rank : axis;
  }

  /** Returns {@code axes} made non-negative, sorted and checked unique. */
  public static int[] axes(String fn, String arg, int[] axes, int rank) {
    int[] r = new int[axes.length];
    for (int i = 0; i < axes.length; i++) {
      r[i] = axis(fn, arg, axes[i], rank);
    }
    java.util.Arrays.sort(r);
    for (int i = 1; i < r.length; i++) {
      if (r[i] == r[i - 1]) {
        throw new IvyArgumentException(
            fn + ": " + arg + " must not repeat an axis; got " + java.util.Arrays.toString(axes));
      }
    }
    return r;
  }

  /**
   * Refuses, before anything is allocated, an array of {@code dims} and {@code dtype} over the size
   * limit ({@code Ivy.setMaxArrayBytes}); a negative dimension counts as too large.
   *
   * @param fn the function, for the message
   * @throws dev.ivy.errors.ArrayTooLargeException if the array would be too large
   */
  public static void size(String fn, dev.ivy.DType dtype, long... dims) {
    dev.ivy.prim.SizeLimit.check(fn, dims, dtype);
  }

  /**
   * Returns {@code value} as a {@code type}, for arguments declared loosely ({@code Object}).
   *
   * @param fn the function, for the message
   * @param arg the argument's name, for the message
   * @param expected what the argument must be, for the message ({@code "a number"})
   * @throws IvyArgumentException if it is null or not a {@code type}
   */
  public static <T> T instance(
      String fn, String arg, Object value, Class<T> type, String expected) {
    if (!type.isInstance(value)) {
      throw new IvyArgumentException(
          fn + ": " + arg + " must be " + expected + "; got " + show(value));
    }
    return type.cast(value);
  }

  /**
   * Returns {@code value} as a number, for arguments declared loosely ({@code Object}).
   *
   * @throws IvyArgumentException if it is null or not a {@link Number}
   */
  public static Number number(String fn, String arg, Object value) {
    return instance(fn, arg, value, Number.class, "a number");
  }

  /**
   * Returns {@code value} as an int: a Java integer ({@code Integer}, {@code Long}...) within int
   * range.
   *
   * @throws IvyArgumentException if it is not an integer or out of int range
   */
  public static int intArg(String fn, String arg, Object value) {
    if (!(value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte)) {
      throw new IvyArgumentException(fn + ": " + arg + " must be an integer; got " + show(value));
    }
    long v = ((Number) value).longValue();
    if (v != (int) v) {
      throw new IvyArgumentException(
          fn + ": " + arg + " must be an integer within int range; got " + v);
    }
    return (int) v;
  }

  /** Returns {@code v} as messages show a value: None, an array's aval, or the value and type. */
  public static String show(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof dev.ivy.Array a) {
      return a.aval() + " array";
    }
    return v + " (" + v.getClass().getSimpleName() + ")";
  }

  /**
   * Refuses, before anything is allocated, a result of {@code n} arrays (split sections,
   * partitions) that the size limit cannot hold.
   *
   * @param fn the function, for the message
   * @param arg the argument giving the count, for the message
   * @throws dev.ivy.errors.ArrayTooLargeException if there are too many
   */
  public static void count(String fn, String arg, long n) {
    dev.ivy.prim.SizeLimit.checkCount(fn, arg, n);
  }

  /**
   * Returns the element count of an array of {@code dims} built on the host (random numbers, index
   * tables), refusing it before allocation when it is over the size limit or more than a Java array
   * holds.
   *
   * @param fn the function, for the message
   * @throws dev.ivy.errors.ArrayTooLargeException if it is too large
   */
  public static int hostLength(String fn, dev.ivy.DType dtype, long... dims) {
    size(fn, dtype, dims);
    long n = dev.ivy.prim.SizeLimit.elements(dims);
    if (n > Integer.MAX_VALUE - 8) {
      throw new dev.ivy.errors.ArrayTooLargeException(
          String.format(
              "%s: the result of shape %s has %d elements, more than the %d that a host buffer"
                  + " holds",
              fn, java.util.Arrays.toString(dims), n, Integer.MAX_VALUE - 8));
    }
    return (int) n;
  }

  /** Returns 0..rank-1. */
  public static int[] allAxes(int rank) {
    int[] r = new int[rank];
    for (int i = 0; i < rank; i++) {
      r[i] = i;
    }
    return r;
  }

  /**
   * Returns {@code value}, which must not be None (null).
   *
   * @param fn the function, for the message
   * @param arg the argument's name, for the message
   * @param expected what the argument must be, for the message ({@code "an integer"})
   * @throws IvyArgumentException if it is null
   */
  public static <T> T given(String fn, String arg, T value, String expected) {
    if (value == null) {
      throw new IvyArgumentException(fn + ": " + arg + " must be " + expected + "; got None");
    }
    return value;
  }

  /**
   * Returns the mode {@code value}, which must not be None (null); the message lists the constants
   * of {@code type}.
   *
   * @param fn the function, for the message
   * @param arg the argument's name, for the message
   * @throws IvyArgumentException if it is null
   */
  public static <E extends Enum<E>> E given(String fn, String arg, E value, Class<E> type) {
    if (value == null) {
      throw new IvyArgumentException(
          fn
              + ": "
              + arg
              + " must be one of "
              + java.util.Arrays.toString(type.getEnumConstants())
              + "; got None");
    }
    return value;
  }
}
