package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.internal.Half;
import dev.ivy.internal.HostData;
import dev.ivy.rules.Broadcasting;
import dev.ivy.rules.TypePromotion;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Random functions of Ivy ({@code ivy.random_uniform}, {@code ivy.random_normal}, {@code
 * ivy.randint}, {@code ivy.bernoulli}, {@code ivy.shuffle}, {@code ivy.multinomial}, {@code
 * ivy.dropout}) that give the same values on every backend.
 *
 * <p>The random bits come from {@link RandomBits} (Philox4x32-10, keyed by the seed) and are turned
 * into values on the host in Java, with {@link StrictMath} where a transcendental function is
 * needed; the result is then created on the backend as a constant, and only exact operations
 * (comparisons, {@code where}, {@code take}) or IEEE-rounded arithmetic (add, multiply) run on the
 * backend. So one seed gives bit-identical arrays on nd4j, torch and tf. No backend random number
 * generator is used.
 *
 * <p>Seeds: {@code seed} given gives the same values on every call; {@code seed} null draws the key
 * from this thread's default generator ({@link #seed(long)} resets it), so successive calls differ.
 *
 * <p>Floating results default to float32, Ivy's default float dtype, unless a floating array
 * parameter has another dtype. Distribution parameters ({@code low}, {@code high}, {@code mean},
 * {@code std}, {@code probs}) may be Java numbers or arrays; arrays broadcast against each other
 * and against {@code shape}.
 */
public final class Random {
  private Random() {}

  /**
   * Sets this thread's default seed: later calls on this thread without a seed give a reproducible
   * sequence of values (Ivy {@code ivy.seed(seed_value=0)}).
   */
  public static void seed(long seedValue) {
    RandomBits.seedThread(seedValue);
  }

  // ------------------------------------------------------------------ uniform

  /**
   * Returns samples of the uniform distribution on [low, high) (Ivy {@code random_uniform}).
   *
   * <p>Each value is {@code low + (high - low) * u} computed in float64, with {@code u} uniform on
   * the grid of multiples of 2^-p (p = 24 for float32, 53 for float64, 11 for float16, 8 for
   * bfloat16), then rounded to the dtype. With number bounds a value that rounds up to {@code high}
   * is replaced by the largest value of the dtype below it; with array bounds the arithmetic runs
   * on the backend and that rare rounding is left as is.
   *
   * <pre>{@code
   * randomUniform(0.0, 1.0, Shape.of(2), null, 0L)   // float32[2], the same on every backend
   * }</pre>
   *
   * @param low lower bound (a number or an array), inclusive
   * @param high upper bound (a number or an array), exclusive
   * @param shape the output shape; null for the broadcast shape of the bounds (0-d for numbers)
   * @param dtype a floating dtype; null for float32 (or the bounds' floating dtype)
   * @param seed the seed, or null for this thread's default generator
   * @throws dev.ivy.errors.IvyArgumentException if a bound is not a finite number or array, {@code
   *     low >= high} somewhere, the dtype is not floating, or the bounds do not broadcast to shape
   */
  public static Array randomUniform(Object low, Object high, Shape shape, DType dtype, Long seed) {
    String fn = "random_uniform";
    param(fn, "low", low);
    param(fn, "high", high);
    DType dt = floatDtype(fn, dtype, low, high);
    Shape out = outShape(fn, shape, low, high);
    Array be = likeOf(low, high);
    RandomBits bits = RandomBits.forSeed(seed);
    int n = Checks.hostLength(fn, dt, out.dims());
    int p = precision(dt);
    if (low instanceof Number l && high instanceof Number h) {
      double lo = l.doubleValue();
      double hi = h.doubleValue();
      Checks.check(
          Double.isFinite(lo) && Double.isFinite(hi) && lo < hi,
          fn,
          "low must be < high, both finite; got low=%s, high=%s",
          low,
          high);
      double top = Math.max(below(hi, dt), round(lo, dt));
      ByteBuffer b = HostData.allocate(dt, n);
      for (int i = 0; i < n; i++) {
        double v = round(lo + (hi - lo) * unit(bits, p), dt);
        HostData.putDouble(b, dt, v >= hi ? top : v);
      }
      return constant(be, dt, out, b.flip());
    }
    Array lo = asFloat64(low, be);
    Array hi = asFloat64(high, be);
    if (!lo.isSymbolic() && !hi.isSymbolic()) {
      Array bad =
          Elementwise.logicalOr(
              Elementwise.logicalNot(Elementwise.less(lo, hi)),
              Elementwise.logicalNot(
                  Elementwise.logicalAnd(Elementwise.isfinite(lo), Elementwise.isfinite(hi))));
      Checks.check(
          !any(bad),
          fn,
          "low must be < high, both finite, everywhere; got low=%s, high=%s",
          lo,
          hi);
    }
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = unit(bits, p);
    }
    Array ua = constant(be, DType.FLOAT64, out, HostData.encode(DType.FLOAT64, u));
    Array r = Elementwise.add(lo, Elementwise.multiply(Elementwise.subtract(hi, lo), ua));
    return Manipulation.astype(Manipulation.broadcastTo(r, out), dt);
  }

  // ------------------------------------------------------------------ normal

  /**
   * Returns samples of the normal distribution with {@code mean} and standard deviation {@code std}
   * (Ivy {@code random_normal}).
   *
   * <p>Standard normal values come from the Box-Muller transform of two float64 uniforms, {@code
   * sqrt(-2 ln(1 - u1)) * cos(2 pi u2)} and {@code ... * sin(2 pi u2)}, computed with {@link
   * StrictMath}; each value is {@code mean + std * z} in float64, then rounded to the dtype.
   *
   * @param mean the mean (a number or an array)
   * @param std the standard deviation (a number or an array), {@code >= 0}
   * @param shape the output shape; null for the broadcast shape of the parameters
   * @param dtype a floating dtype; null for float32 (or the parameters' floating dtype)
   * @param seed the seed, or null for this thread's default generator
   * @throws dev.ivy.errors.IvyArgumentException if {@code std} is negative or NaN, the dtype is not
   *     floating, or the parameters do not broadcast to shape
   */
  public static Array randomNormal(Object mean, Object std, Shape shape, DType dtype, Long seed) {
    String fn = "random_normal";
    param(fn, "mean", mean);
    param(fn, "std", std);
    DType dt = floatDtype(fn, dtype, mean, std);
    Shape out = outShape(fn, shape, mean, std);
    Array be = likeOf(mean, std);
    RandomBits bits = RandomBits.forSeed(seed);
    int n = Checks.hostLength(fn, dt, out.dims());
    if (std instanceof Number s) {
      Checks.check(s.doubleValue() >= 0, fn, "std must be >= 0; got %s", std);
    } else if (!((Array) std).isSymbolic()) {
      Array bad = Elementwise.logicalNot(Elementwise.greaterEqual((Array) std, 0.0));
      Checks.check(!any(bad), fn, "std must be >= 0 everywhere; got %s", std);
    }
    double[] z = standardNormal(bits, n);
    if (mean instanceof Number m && std instanceof Number s) {
      double mu = m.doubleValue();
      double sd = s.doubleValue();
      ByteBuffer b = HostData.allocate(dt, n);
      for (int i = 0; i < n; i++) {
        HostData.putDouble(b, dt, mu + sd * z[i]);
      }
      return constant(be, dt, out, b.flip());
    }
    Array za = constant(be, DType.FLOAT64, out, HostData.encode(DType.FLOAT64, z));
    Array r = Elementwise.add(asFloat64(mean, be), Elementwise.multiply(asFloat64(std, be), za));
    return Manipulation.astype(Manipulation.broadcastTo(r, out), dt);
  }

  private static double[] standardNormal(RandomBits bits, int n) {
    double[] z = new double[n];
    for (int i = 0; i < n; i += 2) {
      double r = StrictMath.sqrt(-2.0 * StrictMath.log(1.0 - bits.nextDouble()));
      double t = 2.0 * StrictMath.PI * bits.nextDouble();
      z[i] = r * StrictMath.cos(t);
      if (i + 1 < n) {
        z[i + 1] = r * StrictMath.sin(t);
      }
    }
    return z;
  }

  // ------------------------------------------------------------------ integers

  /**
   * Returns integers drawn uniformly from [low, high) (Ivy {@code randint}), unbiased: each value
   * is {@code low + k}, {@code k} from Lemire's multiply-and-reject method on 64 random bits.
   *
   * <p>Array bounds must be concrete: their values are read to the host.
   *
   * @param low lowest value (an integer or an integer array), inclusive
   * @param high upper bound (an integer or an integer array), exclusive
   * @param shape the output shape; null for the broadcast shape of the bounds
   * @param dtype an integer dtype; null for int64
   * @param seed the seed, or null for this thread's default generator
   * @throws dev.ivy.errors.IvyArgumentException if a bound is not an integer, {@code low >= high}
   *     somewhere, the bounds do not fit the dtype, or the dtype is not an integer dtype
   */
  public static Array randint(Object low, Object high, Shape shape, DType dtype, Long seed) {
    String fn = "randint";
    DType dt = dtype == null ? TypePromotion.DEFAULT_INT : dtype;
    Checks.check(dt.isInteger(), fn, "dtype must be an integer dtype; got %s", dt);
    intParam(fn, "low", low);
    intParam(fn, "high", high);
    Shape out = outShape(fn, shape, low, high);
    Array be = likeOf(low, high);
    int n = Checks.hostLength(fn, dt, out.dims());
    long[] lo = hostLongs(low, out, n);
    long[] hi = hostLongs(high, out, n);
    long min = minOf(dt);
    long max = maxOf(dt);
    for (int i = 0; i < n; i++) {
      Checks.check(lo[i] < hi[i], fn, "low must be < high; got low=%s, high=%s", lo[i], hi[i]);
      Checks.check(
          lo[i] >= min && hi[i] - 1 <= max,
          fn,
          "[low, high) must fit %s, [%s, %s]; got low=%s, high=%s",
          dt,
          min,
          max,
          lo[i],
          hi[i]);
    }
    RandomBits bits = RandomBits.forSeed(seed);
    long[] v = new long[n];
    for (int i = 0; i < n; i++) {
      v[i] = lo[i] + bits.nextBounded(hi[i] - lo[i]);
    }
    return constant(be, dt, out, HostData.encode(dt, v));
  }

  private static long[] hostLongs(Object v, Shape out, int n) {
    if (v instanceof Array a) {
      return Manipulation.broadcastTo(Manipulation.astype(a, DType.INT64), out).toLongArray();
    }
    long[] r = new long[n];
    Arrays.fill(r, ((Number) v).longValue());
    return r;
  }

  private static long minOf(DType dt) {
    return switch (dt) {
      case INT8 -> Byte.MIN_VALUE;
      case INT16 -> Short.MIN_VALUE;
      case INT32 -> Integer.MIN_VALUE;
      case UINT8 -> 0;
      default -> Long.MIN_VALUE;
    };
  }

  private static long maxOf(DType dt) {
    return switch (dt) {
      case INT8 -> Byte.MAX_VALUE;
      case INT16 -> Short.MAX_VALUE;
      case INT32 -> Integer.MAX_VALUE;
      case UINT8 -> 255;
      default -> Long.MAX_VALUE;
    };
  }

  // ------------------------------------------------------------------ bernoulli

  /**
   * Returns Bernoulli samples, 1 with probability {@code probs} and 0 otherwise (Ivy {@code
   * bernoulli}). With {@code logits}, the probability is {@code sigmoid(logits)} (the Bernoulli
   * distribution's log-odds, as torch.distributions and TensorFlow Probability define it) and
   * {@code probs} is ignored.
   *
   * <p>A sample is {@code u < p} for a float64 uniform {@code u} (compared as {@code logit(u) <
   * logits} for logits), an exact comparison, so results are identical on every backend.
   *
   * @param probs probabilities in [0, 1] (a number or an array), or null when logits are given
   * @param logits log-odds (a number or an array), or null
   * @param shape the output shape; null for the parameter's shape
   * @param dtype the result dtype; null for the parameter's floating dtype, else float32
   * @param seed the seed, or null for this thread's default generator
   * @throws dev.ivy.errors.IvyArgumentException if both probs and logits are null, a probability is
   *     outside [0, 1], or the parameter does not broadcast to shape
   */
  public static Array bernoulli(Object probs, Object logits, Shape shape, DType dtype, Long seed) {
    String fn = "bernoulli";
    Checks.check(probs != null || logits != null, fn, "probs or logits must be given; got neither");
    boolean useLogits = logits != null;
    String arg = useLogits ? "logits" : "probs";
    Object p = useLogits ? logits : probs;
    param(fn, arg, p);
    DType dt =
        dtype != null
            ? dtype
            : p instanceof Array a && a.dtype().isFloating() ? a.dtype() : DType.FLOAT32;
    Shape out = outShape(fn, shape, p);
    Array be = likeOf(p);
    if (!useLogits) {
      if (p instanceof Number v) {
        double d = v.doubleValue();
        Checks.check(d >= 0 && d <= 1, fn, "probs must be in [0, 1]; got %s", p);
      } else if (!((Array) p).isSymbolic()) {
        Array a = (Array) p;
        Array ok =
            Elementwise.logicalAnd(Elementwise.greaterEqual(a, 0), Elementwise.lessEqual(a, 1));
        Checks.check(!any(Elementwise.logicalNot(ok)), fn, "probs must be in [0, 1]; got %s", a);
      }
    }
    RandomBits bits = RandomBits.forSeed(seed);
    int n = Checks.hostLength(fn, dt, out.dims());
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      double x = bits.nextDouble();
      u[i] = useLogits ? StrictMath.log(x) - StrictMath.log1p(-x) : x;
    }
    if (p instanceof Number v) {
      double d = v.doubleValue();
      long[] r = new long[n];
      for (int i = 0; i < n; i++) {
        r[i] = u[i] < d ? 1 : 0;
      }
      return constant(be, dt, out, HostData.encode(dt, r));
    }
    Array ua = constant(be, DType.FLOAT64, out, HostData.encode(DType.FLOAT64, u));
    return Manipulation.astype(Elementwise.less(ua, asFloat64(p, be)), dt);
  }

  // ------------------------------------------------------------------ permutations

  /**
   * Returns {@code x} with its slices along {@code axis} in a uniformly random order (Ivy {@code
   * shuffle}): {@code take(x, perm, axis)} for a Fisher-Yates permutation {@code perm}.
   *
   * @throws dev.ivy.errors.IvyArgumentException if x is 0-d or axis is out of range
   */
  public static Array shuffle(Array x, int axis, Long seed) {
    Checks.check(x.rank() >= 1, "shuffle", "x must have rank >= 1; got shape %s", x.shape());
    int ax = Checks.axis("shuffle", "axis", axis, x.rank());
    int n = Checks.hostLength("shuffle", DType.INT64, x.shape().dim(ax));
    RandomBits bits = RandomBits.forSeed(seed);
    long[] perm = new long[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = (int) bits.nextBounded(i + 1);
      long t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    Array idx = constant(x, DType.INT64, Shape.of(n), HostData.encode(DType.INT64, perm));
    return Indexing.take(x, idx, ax);
  }

  /**
   * Returns int64 indices in [0, population_size) drawn from a categorical distribution, shape
   * (batch_size, num_samples) (Ivy {@code multinomial}, PyTorch {@code torch.multinomial}).
   *
   * <p>{@code probs} are unnormalised weights per batch row, shape (batch_size, population_size),
   * or (population_size) shared by all rows; null means uniform. With replacement each sample is
   * drawn by inverting the cumulative weights; without, samples are distinct and drawn in the order
   * of successive weighted draws (Efraimidis-Spirakis keys {@code log(u) / w}, largest first;
   * uniform weights use a partial Fisher-Yates shuffle). Weights are read to the host.
   *
   * @throws dev.ivy.errors.IvyArgumentException if a size is out of range, num_samples exceeds the
   *     population (or the count of nonzero weights) without replacement, a weight is negative or
   *     not finite, a row sums to 0, or probs has the wrong shape
   */
  public static Array multinomial(
      long populationSize,
      long numSamples,
      long batchSize,
      Array probs,
      boolean replace,
      Long seed) {
    String fn = "multinomial";
    Checks.check(populationSize >= 1, fn, "population_size must be >= 1; got %s", populationSize);
    Checks.check(numSamples >= 0, fn, "num_samples must be >= 0; got %s", numSamples);
    Checks.check(batchSize >= 1, fn, "batch_size must be >= 1; got %s", batchSize);
    Checks.check(
        replace || numSamples <= populationSize,
        fn,
        "num_samples must be <= population_size (%s) when replace=False; got %s",
        populationSize,
        numSamples);
    Checks.hostLength(fn, DType.FLOAT64, batchSize, populationSize);
    Checks.hostLength(fn, DType.INT64, batchSize, numSamples);
    int pop = (int) populationSize;
    int k = (int) numSamples;
    int rows = (int) batchSize;
    double[] w = null;
    boolean shared = false;
    if (probs != null) {
      Shape ps = probs.shape();
      shared = ps.equals(Shape.of(populationSize));
      Checks.check(
          shared || ps.equals(Shape.of(batchSize, populationSize)),
          fn,
          "probs must have shape [%s, %s] (batch_size, population_size) or [%s]; got %s",
          batchSize,
          populationSize,
          populationSize,
          ps);
      w = probs.toDoubleArray();
      for (int r = 0; r < (shared ? 1 : rows); r++) {
        double sum = 0;
        int positive = 0;
        for (int i = 0; i < pop; i++) {
          double v = w[r * pop + i];
          Checks.check(
              Double.isFinite(v) && v >= 0,
              fn,
              "probs must be finite and >= 0; got %s in row %s",
              v,
              r);
          sum += v;
          positive += v > 0 ? 1 : 0;
        }
        Checks.check(
            sum > 0, fn, "probs must have a positive sum in each row; row %s sums to 0", r);
        Checks.check(
            replace || positive >= k,
            fn,
            "num_samples must be <= the number of nonzero probs (%s) in row %s when replace=False;"
                + " got %s",
            positive,
            r,
            k);
      }
    }
    RandomBits bits = RandomBits.forSeed(seed);
    long[] out = new long[rows * k];
    for (int r = 0; r < rows; r++) {
      int off = shared ? 0 : r * pop;
      if (w == null) {
        uniformDraws(bits, pop, k, replace, out, r * k);
      } else if (replace) {
        weightedDraws(bits, w, off, pop, k, out, r * k);
      } else {
        weightedDistinct(bits, w, off, pop, k, out, r * k);
      }
    }
    Array be = probs;
    return constant(
        be, DType.INT64, Shape.of(batchSize, numSamples), HostData.encode(DType.INT64, out));
  }

  private static void uniformDraws(
      RandomBits bits, int pop, int k, boolean replace, long[] out, int at) {
    if (replace) {
      for (int j = 0; j < k; j++) {
        out[at + j] = bits.nextBounded(pop);
      }
      return;
    }
    long[] perm = new long[pop];
    for (int i = 0; i < pop; i++) {
      perm[i] = i;
    }
    for (int j = 0; j < k; j++) {
      int s = j + (int) bits.nextBounded(pop - j);
      long t = perm[j];
      perm[j] = perm[s];
      perm[s] = t;
      out[at + j] = perm[j];
    }
  }

  private static void weightedDraws(
      RandomBits bits, double[] w, int off, int pop, int k, long[] out, int at) {
    double[] cdf = new double[pop];
    double acc = 0;
    int last = 0;
    for (int i = 0; i < pop; i++) {
      acc += w[off + i];
      cdf[i] = acc;
      if (w[off + i] > 0) {
        last = i;
      }
    }
    for (int j = 0; j < k; j++) {
      double x = bits.nextDouble() * acc;
      // the first index whose cumulative weight exceeds x; it always has a positive weight
      int lo = 0;
      int hi = pop;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cdf[mid] > x) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      out[at + j] = lo < pop ? lo : last;
    }
  }

  private static void weightedDistinct(
      RandomBits bits, double[] w, int off, int pop, int k, long[] out, int at) {
    double[] key = new double[pop];
    Integer[] order = new Integer[pop];
    for (int i = 0; i < pop; i++) {
      double u = 1.0 - bits.nextDouble();
      double wi = w[off + i];
      key[i] = wi > 0 ? StrictMath.log(u) / wi : Double.NEGATIVE_INFINITY;
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> key[a] != key[b] ? Double.compare(key[b], key[a]) : a - b);
    for (int j = 0; j < k; j++) {
      out[at + j] = order[j];
    }
  }

  // ------------------------------------------------------------------ dropout

  /**
   * Returns {@code x} with each element set to zero with probability {@code prob}, the kept ones
   * multiplied by {@code 1 / (1 - prob)} when {@code scale} (Ivy {@code dropout}, PyTorch {@code
   * nn.functional.dropout}); {@code x} itself (cast to {@code dtype}) when {@code training} is
   * false or {@code prob} is 0.
   *
   * <p>An element is dropped when a float64 uniform is {@code < prob}. The mask has {@code
   * noiseShape} (x's shape when null; a null entry takes x's size on that axis), broadcast over x,
   * so a noise dimension of 1 drops whole slices as TensorFlow's {@code noise_shape} does.
   *
   * @param x a floating array
   * @param prob the drop probability, in [0, 1)
   * @param scale whether to scale the kept values by 1 / (1 - prob)
   * @param dtype the result dtype, or null for x's
   * @param training false returns x unchanged
   * @param seed the seed, or null for this thread's default generator
   * @param noiseShape the mask's shape, or null for x's; may hold null entries
   * @throws dev.ivy.errors.IvyArgumentException if prob is outside [0, 1), x is not floating, or
   *     the noise shape does not broadcast to x's shape
   */
  public static Array dropout(
      Array x,
      double prob,
      boolean scale,
      DType dtype,
      boolean training,
      Long seed,
      List<? extends Number> noiseShape) {
    String fn = "dropout";
    Checks.check(prob >= 0 && prob < 1, fn, "prob must be in [0, 1); got %s", prob);
    Checks.check(x.dtype().isFloating(), fn, "x must have a floating dtype; got %s", x.dtype());
    Checks.check(
        dtype == null || dtype.isFloating(), fn, "dtype must be a floating dtype; got %s", dtype);
    if (!training || prob == 0) {
      return dtype == null ? x : Manipulation.astype(x, dtype);
    }
    Shape ns = x.shape();
    if (noiseShape != null) {
      Checks.check(
          noiseShape.size() == x.rank(),
          fn,
          "noise_shape must have one entry per axis of x %s; got %s",
          x.shape(),
          noiseShape);
      long[] d = new long[noiseShape.size()];
      for (int i = 0; i < d.length; i++) {
        Number v = noiseShape.get(i);
        d[i] = v == null ? x.shape().dim(i) : v.longValue();
      }
      ns = Shape.of(d);
      Checks.check(
          Broadcasting.broadcastsTo(ns, x.shape()),
          fn,
          "noise_shape must broadcast to x's shape %s; got %s",
          x.shape(),
          ns);
    }
    RandomBits bits = RandomBits.forSeed(seed);
    int n = Checks.hostLength(fn, DType.FLOAT64, ns.size());
    boolean[] keep = new boolean[n];
    for (int i = 0; i < n; i++) {
      keep[i] = bits.nextDouble() >= prob;
    }
    Array mask = constant(x, DType.BOOL, ns, HostData.encode(DType.BOOL, keep));
    Array kept = scale ? Elementwise.multiply(x, 1.0 / (1.0 - prob)) : x;
    Array r = Elementwise.where(mask, kept, 0.0);
    return dtype == null ? r : Manipulation.astype(r, dtype);
  }

  // ------------------------------------------------------------------ helpers

  /** Checks that a distribution parameter is a non-null number or array. */
  private static void param(String fn, String arg, Object v) {
    Checks.check(
        v instanceof Array || (v instanceof Number && !(v instanceof Boolean)),
        fn,
        "%s must be a number or an array; got %s",
        arg,
        v == null ? "null" : v.getClass().getSimpleName());
  }

  private static void intParam(String fn, String arg, Object v) {
    boolean ok =
        v instanceof Array a
            ? a.dtype().isInteger()
            : v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
    Checks.check(
        ok,
        fn,
        "%s must be an integer or an integer array; got %s",
        arg,
        v instanceof Array a ? a.aval() + " array" : v);
  }

  /**
   * Returns the dtype of a floating result: given, else the floating arrays' dtype, else float32.
   */
  private static DType floatDtype(String fn, DType dtype, Object... params) {
    if (dtype != null) {
      Checks.check(dtype.isFloating(), fn, "dtype must be a floating dtype; got %s", dtype);
      return dtype;
    }
    DType r = null;
    for (Object p : params) {
      if (p instanceof Array a && a.dtype().isFloating()) {
        r = r == null ? a.dtype() : TypePromotion.promote(r, a.dtype());
      }
    }
    return r == null ? DType.FLOAT32 : r;
  }

  /**
   * Returns shape, checking that the array parameters broadcast to it, or their broadcast shape.
   */
  private static Shape outShape(String fn, Shape shape, Object... params) {
    List<Shape> shapes = new ArrayList<>();
    for (Object p : params) {
      if (p instanceof Array a) {
        shapes.add(a.shape());
      }
    }
    Shape b = Broadcasting.broadcast(fn, shapes.toArray(new Shape[0]));
    if (shape == null) {
      return b;
    }
    Checks.check(
        Broadcasting.broadcastsTo(b, shape),
        fn,
        "the parameters' shape %s must broadcast to shape %s",
        b,
        shape);
    return shape;
  }

  /** Returns the first array parameter, whose backend the result lives on, or null. */
  private static Array likeOf(Object... params) {
    for (Object p : params) {
      if (p instanceof Array a) {
        return a;
      }
    }
    return null;
  }

  private static Array asFloat64(Object v, Array be) {
    if (v instanceof Array a) {
      return Manipulation.astype(a, DType.FLOAT64);
    }
    ByteBuffer b = HostData.encode(DType.FLOAT64, new double[] {((Number) v).doubleValue()});
    return constant(be, DType.FLOAT64, Shape.scalar(), b);
  }

  private static boolean any(Array bad) {
    return bad.size() > 0 && (Boolean) Reductions.any(bad, null, false).item();
  }

  /**
   * Returns host data as an array on {@code like}'s backend, or on this thread's backend when it is
   * null; under a tracer it becomes a constant of the graph.
   */
  private static Array constant(Array like, DType dt, Shape shape, ByteBuffer data) {
    if (like == null) {
      return Ivy.fromBytes(data, dt, shape);
    }
    return Creation.onBackend(like, () -> Ivy.fromBytes(data, dt, shape));
  }

  /** Returns the number of significand bits of a floating dtype. */
  private static int precision(DType dt) {
    return switch (dt) {
      case FLOAT64 -> 53;
      case FLOAT16 -> 11;
      case BFLOAT16 -> 8;
      default -> 24;
    };
  }

  private static double unit(RandomBits bits, int p) {
    return p > 32 ? bits.nextDouble() : bits.nextUnit(p);
  }

  /** Returns v rounded to dt as {@link HostData#putDouble} rounds it. */
  private static double round(double v, DType dt) {
    return switch (dt) {
      case FLOAT64 -> v;
      case FLOAT16 -> Half.halfToFloat(Half.floatToHalf((float) v));
      case BFLOAT16 -> Half.bfloat16ToFloat(Half.floatToBfloat16((float) v));
      default -> (float) v;
    };
  }

  /** Returns the largest value of dt below hi. */
  private static double below(double hi, DType dt) {
    double h = round(hi, dt);
    if (h < hi) {
      return h;
    }
    return switch (dt) {
      case FLOAT64 -> Math.nextDown(hi);
      case FLOAT16 -> Half.halfToFloat(step16(Half.floatToHalf((float) h)));
      case BFLOAT16 -> Half.bfloat16ToFloat(step16(Half.floatToBfloat16((float) h)));
      default -> Math.nextDown((float) h);
    };
  }

  /** Returns the 16-bit float pattern one step towards negative infinity (same layout for both). */
  private static short step16(short bits) {
    int b = bits & 0xffff;
    if (b == 0) {
      return (short) 0x8001;
    }
    return (short) ((b & 0x8000) == 0 ? b - 1 : b + 1);
  }

  /**
   * Returns a noise shape (an integer, a sequence of integers and None, or an integer array) as a
   * list whose None entries stay null; null for None.
   *
   * @throws dev.ivy.errors.IvyArgumentException if an entry is not an integer or None
   */
  public static List<Long> noiseShape(Object v) {
    if (v == null) {
      return null;
    }
    List<Long> r = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) {
        if (o != null && !(o instanceof Long || o instanceof Integer)) {
          throw new dev.ivy.errors.IvyArgumentException(
              "dropout: noise_shape must be a sequence of integers or None; got " + l);
        }
        r.add(o == null ? null : ((Number) o).longValue());
      }
      return r;
    }
    if (v instanceof long[] la) {
      for (long d : la) {
        r.add(d);
      }
      return r;
    }
    if (v instanceof Array a && a.dtype().isInteger() && a.rank() <= 1) {
      for (long d : a.toLongArray()) {
        r.add(d);
      }
      return r;
    }
    if (v instanceof Long || v instanceof Integer) {
      r.add(((Number) v).longValue());
      return r;
    }
    throw new dev.ivy.errors.IvyArgumentException(
        "dropout: noise_shape must be an integer or a sequence of integers; got " + v);
  }
}
