package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ivy.Array;

/**
 * The one closeness check of the tests: every element within {@code atol + rtol · |expected|}, NaN
 * only where NaN is expected, infinities equal.
 */
final class Close {
  private Close() {}

  /** Asserts {@code actual} holds {@code expected}'s values within the tolerances. */
  static void values(double[] expected, Array actual, double atol, double rtol, String what) {
    check(expected, actual, atol, rtol, false, what);
  }

  /** Asserts every element within {@code tol · max(1, |expected|)}. */
  static void scaled(double[] expected, Array actual, double tol, String what) {
    check(expected, actual, tol, 0, true, what);
  }

  /** Asserts {@code actual} holds {@code expected}'s values within the tolerances. */
  static void values(double[] expected, double[] actual, double atol, double rtol, String what) {
    check(expected, actual, atol, rtol, false, what + " (" + actual.length + " elements)");
  }

  /** Asserts {@code actual} holds {@code expected}'s values within the tolerances. */
  static void values(float[] expected, float[] actual, double atol, double rtol, String what) {
    values(doubles(expected), doubles(actual), atol, rtol, what);
  }

  /** Returns the floats widened to doubles. */
  static double[] doubles(float[] f) {
    double[] d = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      d[i] = f[i];
    }
    return d;
  }

  /** Asserts one value within {@code atol + rtol · |expected|}. */
  static void scalar(double expected, double actual, double atol, double rtol, String what) {
    if (!ok(expected, actual, atol, rtol, false)) {
      fail(
          String.format(
              "%s: should be %.17g within atol %g + rtol %g; got %.17g",
              what, expected, atol, rtol, actual));
    }
  }

  private static void check(
      double[] expected, Array actual, double atol, double rtol, boolean scaled, String what) {
    check(expected, actual.toDoubleArray(), atol, rtol, scaled, what + " of " + actual.aval());
  }

  private static void check(
      double[] expected, double[] a, double atol, double rtol, boolean scaled, String what) {
    assertEquals(expected.length, a.length, what + ": element count");
    for (int i = 0; i < a.length; i++) {
      if (!ok(expected[i], a[i], atol, rtol, scaled)) {
        fail(
            String.format(
                "%s: element %d should be %.17g within atol %g + rtol %g; got %.17g",
                what, i, expected[i], atol, rtol, a[i]));
      }
    }
  }

  private static boolean ok(double e, double a, double atol, double rtol, boolean scaled) {
    return Double.isNaN(e)
        ? Double.isNaN(a)
        : Double.isInfinite(e)
            ? e == a
            : Math.abs(a - e)
                <= (scaled ? atol * Math.max(1, Math.abs(e)) : atol + rtol * Math.abs(e));
  }

  /** Asserts {@code actual} has {@code expected}'s shape and values within the tolerances. */
  static void arrays(Array expected, Array actual, double atol, double rtol, String what) {
    assertArrayEquals(expected.shape().dims(), actual.shape().dims(), what + " shape");
    values(expected.toDoubleArray(), actual, atol, rtol, what);
  }
}
