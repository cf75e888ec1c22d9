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
