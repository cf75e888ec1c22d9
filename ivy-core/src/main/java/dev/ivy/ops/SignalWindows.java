package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;

/**
 * The symmetric signal windows of M points as NumPy defines them ({@code numpy.hanning}...), in
 * float64; a periodic window (PyTorch's default) is the symmetric one of M + 1 points without its
 * last point.
 */
public final class SignalWindows {
  private SignalWindows() {}

  private static Array grid(String fn, long m) {
    Checks.check(m >= 0, fn, "window length must be non-negative; got %s", m);
    return Creation.arange(0L, m, 1L, DType.FLOAT64);
  }

  private static Array trivial(String fn, long m) {
    return m == 1 ? Creation.ones(Shape.of(1), DType.FLOAT64) : grid(fn, m);
  }

  /** Returns n = 1 - M, 3 - M, ..., M - 1 over M - 1, times pi (NumPy's symmetric grid). */
  private static Array angles(long m) {
    return Elementwise.multiply(
        Elementwise.divide(Creation.arange(1 - m, m, 2L, DType.FLOAT64), (double) (m - 1)),
        Math.PI);
  }

  /** Returns the Bartlett (triangular) window. */
  public static Array bartlett(String fn, long m) {
    if (m <= 1) {
      return trivial(fn, m);
    }
    Array n = grid(fn, m);
    Array r = Elementwise.divide(Elementwise.multiply(n, 2.0), (double) (m - 1));
    return Elementwise.where(
        Elementwise.lessEqual(n, (m - 1) / 2.0), r, Elementwise.subtract(2.0, r));
  }

  /** Returns the Blackman window: 0.42 + 0.5 cos(n) + 0.08 cos(2n). */
  public static Array blackman(String fn, long m) {
    if (m <= 1) {
      return trivial(fn, m);
    }
    Array n = angles(m);
    return Elementwise.add(
        Elementwise.add(Elementwise.multiply(Elementwise.cos(n), 0.5), 0.42),
        Elementwise.multiply(Elementwise.cos(Elementwise.multiply(n, 2.0)), 0.08));
  }

  /** Returns the generalised Hamming window alpha + beta cos(n) (Hann: 0.5, 0.5). */
  public static Array hamming(String fn, long m, double alpha, double beta) {
    if (m <= 1) {
      return trivial(fn, m);
    }
    return Elementwise.add(Elementwise.multiply(Elementwise.cos(angles(m)), beta), alpha);
  }

  /** Returns the Kaiser window with shape {@code beta}. */
  public static Array kaiser(String fn, long m, double beta) {
    if (m <= 1) {
      return trivial(fn, m);
    }
    double alpha = (m - 1) / 2.0;
    Array r = Elementwise.divide(Elementwise.subtract(grid(fn, m), alpha), alpha);
    Array arg =
        Elementwise.multiply(
            Elementwise.sqrt(Elementwise.subtract(1.0, Elementwise.square(r))), beta);
    return Elementwise.divide(
        Special.i0(arg), Special.i0(Creation.full(Shape.of(), beta, DType.FLOAT64)));
  }

  /** Returns the periodic window: the symmetric one of m + 1 points without its last point. */
  public static Array periodic(Array symmetricOfMPlusOne) {
    long n = symmetricOfMPlusOne.shape().dim(0);
    return Manipulation.slice(
        symmetricOfMPlusOne, new long[] {0}, new long[] {Math.max(0, n - 1)}, new long[] {1});
  }
}
