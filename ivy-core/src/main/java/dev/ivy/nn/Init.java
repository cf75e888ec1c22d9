package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;

/**
 * PyTorch's default initialisers, drawn with Ivy's seeded random functions so that one seed gives
 * the same values on every backend. A layer with seed {@code s} draws its i-th array with seed
 * {@link #sub(Long, int)}; without a seed it draws from the thread's generator ({@link Ivy#seed}).
 */
final class Init {
  private Init() {}

  /** Returns the seed of a layer's i-th random array (null stays null). */
  static Long sub(Long seed, int i) {
    if (seed == null) {
      return null;
    }
    // SplitMix64 finaliser: well-spread, distinct seeds per (seed, i)
    long z = seed + 0x9E3779B97F4A7C15L * (i + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Returns samples uniform in [-bound, bound), owned by the module. */
  static Array uniform(Shape shape, double bound, DType dtype, Long seed) {
    return Owned.run(() -> Ivy.randomUniform(-bound, bound, shape, dtype, seed));
  }

  /** Returns samples of N(0, 1). */
  static Array normal(Shape shape, DType dtype, Long seed) {
    return Owned.run(() -> Ivy.randomNormal(0.0, 1.0, shape, dtype, seed));
  }

  /** Returns an array filled with {@code value}. */
  static Array full(Shape shape, double value, DType dtype) {
    return Owned.run(() -> Ivy.full(shape, value, dtype));
  }

  /**
   * Returns the bound 1 / sqrt(fanIn) of kaiming_uniform(a = sqrt(5)), PyTorch's default for Linear
   * and convolution weights, which is also its bias bound.
   */
  static double fanInBound(long fanIn) {
    return fanIn > 0 ? 1.0 / Math.sqrt(fanIn) : 0.0;
  }

  static DType floatDtype(String fn, DType dtype) {
    DType d = dtype == null ? DType.FLOAT32 : dtype;
    if (!d.isFloating()) {
      throw new dev.ivy.errors.IvyArgumentException(
          fn + ": dtype must be a floating dtype; got " + d);
    }
    return d;
  }

  static void positive(String fn, String arg, long value) {
    if (value <= 0) {
      throw new dev.ivy.errors.IvyArgumentException(fn + ": " + arg + " must be > 0; got " + value);
    }
  }
}
