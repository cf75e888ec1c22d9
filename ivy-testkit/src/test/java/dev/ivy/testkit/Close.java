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

  private static void check(
      double[] expected, Array actual, double atol, double rtol, boolean scaled, String what) {
    double[] a = actual.toDoubleArray();
    assertEquals(expected.length, a.length, what + ": element count of " + actual.aval());
    for (int i = 0; i < a.length; i++) {
      double e = expected[i];
      boolean ok =
          Double.isNaN(e)
              ? Double.isNaN(a[i])
              : Double.isInfinite(e)
                  ? e == a[i]
                  : Math.abs(a[i] - e)
                      <= (scaled ? atol * Math.max(1, Math.abs(e)) : atol + rtol * Math.abs(e));
      if (!ok) {
        fail(what + ": element " + i + " of " + actual.aval() + " is " + a[i] + ", expected " + e);
      }
    }
  }

  /** Asserts {@code actual} has {@code expected}'s shape and values within the tolerances. */
  static void arrays(Array expected, Array actual, double atol, double rtol, String what) {
    assertArrayEquals(expected.shape().dims(), actual.shape().dims(), what + " shape");
    values(expected.toDoubleArray(), actual, atol, rtol, what);
  }
}
