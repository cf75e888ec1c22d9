package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Random;

/**
 * NumPy's legacy {@code numpy.random} functions, reached as {@code NumpyFrontend.random}. They draw
 * from core's per-thread generator ({@link #seed(long)} resets it), so a seed gives the same values
 * on every backend; the values are not NumPy's Mersenne-Twister stream. Floats are float64 and
 * integers int64, as in NumPy.
 */
public final class NumpyRandom {
  NumpyRandom() {}

  private static Shape shape(long[] size) {
    return size == null ? Shape.of() : Shape.of(size);
  }

  /** Seeds the generator. */
  public void seed(long seed) {
    Random.seed(seed);
  }

  /** Returns uniform samples in [0, 1) of the given shape. */
  public Array rand(long... size) {
    return Random.randomUniform(0.0, 1.0, Shape.of(size), DType.FLOAT64, null);
  }

  /** Returns standard normal samples of the given shape. */
  public Array randn(long... size) {
    return Random.randomNormal(0.0, 1.0, Shape.of(size), DType.FLOAT64, null);
  }

  /** Returns uniform samples in [0, 1) (numpy.random.random / random_sample). */
  public Array random(long[] size) {
    return Random.randomUniform(0.0, 1.0, shape(size), DType.FLOAT64, null);
  }

  /** Returns uniform samples in [low, high). */
  public Array uniform(Object low, Object high, long[] size) {
    return Random.randomUniform(low, high, shape(size), DType.FLOAT64, null);
  }

  /** Returns normal samples with mean loc and standard deviation scale. */
  public Array normal(Object loc, Object scale, long[] size) {
    return Random.randomNormal(loc, scale, shape(size), DType.FLOAT64, null);
  }

  /** Returns standard normal samples. */
  public Array standardNormal(long[] size) {
    return normal(0.0, 1.0, size);
  }

  /** Returns integers in [low, high), or [0, low) when high is null (int64 by default). */
  public Array randint(Object low, Object high, long[] size, DType dtype) {
    Object lo = high == null ? (Object) 0L : low;
    Object hi = high == null ? low : high;
    return Random.randint(lo, hi, shape(size), dtype == null ? DType.INT64 : dtype, null);
  }

  /** Returns a shuffled copy of x along axis 0, or a permutation of arange(n) for an int. */
  public Array permutation(Object x) {
    Array a =
        x instanceof Number n
            ? dev.ivy.ops.Creation.arange(0L, n.longValue(), 1L, DType.INT64)
            : NumpyComposites.asArray(x);
    return Random.shuffle(a, 0, null);
  }

  /** Returns samples of a Bernoulli(p) trial count out of n (binomial with n = 1 only). */
  public Array binomialOne(Object p, long[] size) {
    return Manipulation.astype(dev.ivy.ops.Elementwise.less(random(size), p), DType.INT64);
  }
}
