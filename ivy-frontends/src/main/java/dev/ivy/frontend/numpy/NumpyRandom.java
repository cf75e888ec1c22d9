package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Random;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.Operand;

/**
 * NumPy's legacy {@code numpy.random} functions, reached as {@code NumpyFrontend.random}. They draw
 * from core's per-thread generator ({@link #seed(Long)} resets it), so a seed gives the same values
 * on every backend; the values are not NumPy's Mersenne-Twister stream. Floats are float64 and
 * integers int64, as in NumPy.
 */
@Namespace(frontend = "numpy", prefix = "random", path = "NumpyFrontend.random")
public final class NumpyRandom extends NumpyRandomDefaults {
  NumpyRandom() {}

  private static Shape shape(long[] size) {
    return size == null ? Shape.of() : Shape.of(size);
  }

  /** Seeds the generator, from the clock when seed is None (numpy.random.seed). */
  @Fn
  public void seed(@Default("None") Long seed) {
    Random.seed(seed == null ? System.nanoTime() : seed);
  }

  /** Returns uniform samples in [0, 1) of the given shape (numpy.random.rand). */
  @Fn
  public Array rand(long... d) {
    return Random.randomUniform(0.0, 1.0, Shape.of(d), DType.FLOAT64, null);
  }

  /** Returns standard normal samples of the given shape (numpy.random.randn). */
  @Fn
  public Array randn(long... d) {
    return Random.randomNormal(0.0, 1.0, Shape.of(d), DType.FLOAT64, null);
  }

  /** Returns uniform samples in [0, 1) (numpy.random.random, random_sample, ranf, sample). */
  @Fn({"random", "random_sample", "ranf", "sample"})
  public Array random(@Default("None") long[] size) {
    return Random.randomUniform(0.0, 1.0, shape(size), DType.FLOAT64, null);
  }

  /** Returns uniform samples in [low, high) (numpy.random.uniform). */
  @Fn
  public Array uniform(
      @Operand @Default("0.0") Object low,
      @Operand @Default("1.0") Object high,
      @Default("None") long[] size) {
    return Random.randomUniform(low, high, shape(size), DType.FLOAT64, null);
  }

  /** Returns normal samples with mean loc and standard deviation scale (numpy.random.normal). */
  @Fn
  public Array normal(
      @Operand @Default("0.0") Object loc,
      @Operand @Default("1.0") Object scale,
      @Default("None") long[] size) {
    return Random.randomNormal(loc, scale, shape(size), DType.FLOAT64, null);
  }

  /** Returns standard normal samples (numpy.random.standard_normal). */
  @Fn
  public Array standardNormal(@Default("None") long[] size) {
    return normal(0.0, 1.0, size);
  }

  /**
   * Returns integers in [low, high), or [0, low) when high is None, int64 by default
   * (numpy.random.randint).
   */
  @Fn
  public Array randint(
      @Operand Object low,
      @Default("None") Object high,
      @Default("None") long[] size,
      @Default("None") DType dtype) {
    Object lo = high == null ? (Object) 0L : low;
    Object hi = high == null ? low : high;
    return Random.randint(lo, hi, shape(size), dtype == null ? DType.INT64 : dtype, null);
  }

  /**
   * Returns a shuffled copy of x along axis 0, or a permutation of arange(x) for an int
   * (numpy.random.permutation).
   */
  @Fn
  public Array permutation(Object x) {
    Array a =
        x instanceof Number n
            ? dev.ivy.ops.Creation.arange(0L, n.longValue(), 1L, DType.INT64)
            : NumpyComposites.asArray(x);
    return Random.shuffle(a, 0, null);
  }

  /**
   * Returns samples drawn from a (an array, or arange(a) for an int), with or without replacement
   * (numpy.random.choice; p is not supported).
   */
  @Fn
  public Array choice(
      Object a,
      @Default("None") long[] size,
      @Default("True") boolean replace,
      @Default("None") Object p) {
    Checks.check(p == null, "random.choice", "p is not supported; got %s", p);
    Array pool =
        a instanceof Long || a instanceof Integer
            ? NumpyFrontend.arange(0L, ((Number) a).longValue(), 1L, DType.INT64)
            : NumpyComposites.asArray(a);
    Checks.check(
        pool.rank() == 1 && pool.size() > 0,
        "random.choice",
        "a must be a non-empty 1-D array or a positive int; got %s",
        a);
    long[] sz = size == null ? new long[0] : size;
    long count = 1;
    for (long d : sz) {
      count *= d;
    }
    Array idx;
    if (replace) {
      idx = Random.randint(0L, pool.size(), Shape.of(sz), DType.INT64, null);
    } else {
      Checks.check(
          count <= pool.size(),
          "random.choice",
          "cannot take a larger sample than the population when replace=False; got %s > %s",
          count,
          pool.size());
      Array perm = Random.shuffle(NumpyFrontend.arange(0L, pool.size(), 1L, DType.INT64), 0, null);
      idx =
          Manipulation.reshape(
              NumpyFrontend.take(perm, NumpyFrontend.arange(0L, count, 1L, DType.INT64), 0), sz);
    }
    return NumpyFrontend.take(pool, idx, 0);
  }

  /** Returns exponential samples with the given scale (numpy.random.exponential). */
  @Fn
  public Array exponential(@Operand @Default("1.0") Object scale, @Default("None") long[] size) {
    Array u = random(size == null ? new long[0] : size);
    return Elementwise.multiply(
        Elementwise.negative(Elementwise.log1p(Elementwise.negative(u))), scale);
  }

  /** Returns standard exponential samples (numpy.random.standard_exponential). */
  @Fn
  public Array standardExponential(@Default("None") long[] size) {
    return Elementwise.negative(
        Elementwise.log1p(Elementwise.negative(random(size == null ? new long[0] : size))));
  }

  /**
   * Raises: NumPy shuffles x in place, and arrays are immutable here; use {@link #permutation}
   * (numpy.random.shuffle).
   */
  @Fn
  public Array shuffle(Array x) {
    throw new IvyArgumentException(
        "random.shuffle: shuffles in place, and arrays are immutable here; use random.permutation;"
            + " got "
            + x.aval());
  }

  /** Returns samples of a Bernoulli(p) trial count out of n (binomial with n = 1 only). */
  public Array binomialOne(Object p, long[] size) {
    return Manipulation.astype(dev.ivy.ops.Elementwise.less(random(size), p), DType.INT64);
  }
}
