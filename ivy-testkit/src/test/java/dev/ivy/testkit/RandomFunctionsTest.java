package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Random;
import dev.ivy.ops.RandomBits;
import dev.ivy.registry.FunctionRegistry;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The random functions: Philox known answers, bit-identical values on every backend for one seed,
 * moments on 100k samples, ranges, dtypes, shapes and argument errors.
 */
class RandomFunctionsTest {
  private static final int N = 100_000;

  private static Object call(String fn, List<?> args, Map<String, ?> kwargs) {
    return FunctionRegistry.find("ivy", fn).call(args, kwargs);
  }

  private static Array arr(String fn, List<?> args, Map<String, ?> kwargs) {
    return (Array) call(fn, args, kwargs);
  }

  /** Returns the bytes f produces on backend b. */
  private static byte[] bytesOn(String b, Supplier<Array> f) {
    try (var k = Ivy.withBackend(b);
        Scope s = Ivy.scope()) {
      ByteBuffer buf = f.get().toBytes();
      byte[] r = new byte[buf.remaining()];
      buf.duplicate().get(r);
      return r;
    }
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  private static double std(double[] v) {
    double m = mean(v);
    double s = 0;
    for (double d : v) {
      s += (d - m) * (d - m);
    }
    return Math.sqrt(s / (v.length - 1));
  }

  private static void assertWithin(double expected, double actual, double se, String what) {
    assertTrue(
        Math.abs(actual - expected) < 5 * se,
        what + ": expected " + expected + " within 5 standard errors (" + se + "); got " + actual);
  }

  private static void assertMessage(Exception e, String... fragments) {
    for (String f : fragments) {
      assertTrue(
          e.getMessage().contains(f), "message should contain '" + f + "': " + e.getMessage());
    }
  }

  // ------------------------------------------------------------------ the generator

  @Test
  void philox4x32_random123KnownAnswers_match() {
    assertArrayEquals(
        new int[] {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8},
        RandomBits.philox4x32(new int[] {0, 0, 0, 0}, new int[] {0, 0}));
    assertArrayEquals(
        new int[] {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd},
        RandomBits.philox4x32(new int[] {-1, -1, -1, -1}, new int[] {-1, -1}));
    assertArrayEquals(
        new int[] {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1},
        RandomBits.philox4x32(
            new int[] {0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344},
            new int[] {0xa4093822, 0x299f31d0}));
  }

  @Test
  void randomBits_streamIsBlockZeroThenOne_keyIsTheSeed() {
    RandomBits r = new RandomBits(0x299f31d0a4093822L);
    int[] b0 = RandomBits.philox4x32(new int[] {0, 0, 0, 0}, new int[] {0xa4093822, 0x299f31d0});
    int[] b1 = RandomBits.philox4x32(new int[] {1, 0, 0, 0}, new int[] {0xa4093822, 0x299f31d0});
    for (int w : b0) {
      assertEquals(w, r.nextInt());
    }
    assertEquals((b1[0] & 0xffffffffL) | ((long) b1[1] << 32), r.nextLong());
  }

  @Test
  void nextBounded_fullAndOddRanges_stayInRange() {
    RandomBits r = new RandomBits(3);
    for (int i = 0; i < 10_000; i++) {
      long v = r.nextBounded(7);
      assertTrue(v >= 0 && v < 7, "got " + v);
      long w = r.nextBounded(-2L); // 2^64 - 2 as unsigned
      assertTrue(Long.compareUnsigned(w, -2L) < 0, "got " + w);
    }
  }

  // ------------------------------------------------------------------ same seed, same bits

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void everyFunction_sameSeed_bitIdenticalToTheFirstBackend(String backend) {
    String ref = Backends.underTest().get(0);
    Map<String, Supplier<Array>> cases = new HashMap<>();
    cases.put(
        "uniform f32", () -> arr("random_uniform", List.of(), Map.of("shape", 1000L, "seed", 7L)));
    cases.put(
        "uniform f64 [-3, 5)",
        () ->
            arr(
                "random_uniform",
                List.of(-3.0, 5.0),
                Map.of("shape", List.of(10L, 10L), "dtype", "float64", "seed", 7L)));
    cases.put(
        "uniform f16",
        () ->
            arr(
                "random_uniform",
                List.of(),
                Map.of("shape", 100L, "dtype", "float16", "seed", 1L)));
    cases.put(
        "uniform array bounds",
        () ->
            Random.randomUniform(
                Ivy.array(new float[] {0, 10, -1}, 3), 20.0, Shape.of(4, 3), null, 3L));
    cases.put(
        "normal", () -> arr("random_normal", List.of(1.5, 2.0), Map.of("shape", 999L, "seed", 9L)));
    cases.put(
        "normal array std",
        () ->
            Random.randomNormal(0.0, Ivy.array(new double[] {1, 2}, 2), Shape.of(5, 2), null, 9L));
    cases.put(
        "randint",
        () -> arr("randint", List.of(-5L, 1000L), Map.of("shape", List.of(50L, 4L), "seed", 11L)));
    cases.put(
        "randint int32 array",
        () ->
            Random.randint(
                Ivy.array(new long[] {0, 100}, 2), 1000L, Shape.of(6, 2), DType.INT32, 12L));
    cases.put(
        "bernoulli probs",
        () ->
            Random.bernoulli(
                Ivy.array(new float[] {0.1f, 0.5f, 0.9f}, 3), null, Shape.of(20, 3), null, 5L));
    cases.put(
        "bernoulli logits",
        () ->
            Random.bernoulli(
                null, Ivy.array(new float[] {-2f, 0f, 3f}, 3), Shape.of(20, 3), null, 5L));
    cases.put("shuffle", () -> arr("shuffle", List.of(Ivy.arange(100)), Map.of("seed", 4L)));
    cases.put(
        "multinomial",
        () ->
            arr(
                "multinomial",
                List.of(5L, 3L),
                Map.of(
                    "batch_size",
                    2L,
                    "probs",
                    Ivy.array(new double[] {1, 2, 3, 4, 0, 0, 1, 1, 1, 1}, 2, 5),
                    "replace",
                    false,
                    "seed",
                    2L)));
    cases.put(
        "dropout",
        () ->
            arr(
                "dropout",
                List.of(Ivy.array(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, 2, 4), 0.5),
                Map.of("seed", 8L)));
    for (Map.Entry<String, Supplier<Array>> c : cases.entrySet()) {
      assertArrayEquals(
          bytesOn(ref, c.getValue()),
          bytesOn(backend, c.getValue()),
          c.getKey() + ": bytes on " + backend + " should equal those on " + ref);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void randomUniform_seed_valuesAreThePhiloxWordsOnTheFloat32Grid(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array u = arr("random_uniform", List.of(), Map.of("shape", 6L, "seed", 42L));
      RandomBits bits = new RandomBits(42);
      float[] expected = new float[6];
      for (int i = 0; i < 6; i++) {
        expected[i] = (bits.nextInt() >>> 8) * 0x1p-24f;
      }
      assertArrayEquals(expected, u.toFloatArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void seeds_differentSeedsDiffer_unseededCallsDiffer_seedMakesThemReproducible(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      float[] a = Random.randomUniform(0.0, 1.0, Shape.of(16), null, 1L).toFloatArray();
      float[] a2 = Random.randomUniform(0.0, 1.0, Shape.of(16), null, 1L).toFloatArray();
      float[] c = Random.randomUniform(0.0, 1.0, Shape.of(16), null, 2L).toFloatArray();
      assertArrayEquals(a, a2);
      assertFalse(Arrays.equals(a, c), "seeds 1 and 2 should give different values");
      float[] u1 = Random.randomUniform(0.0, 1.0, Shape.of(16), null, null).toFloatArray();
      float[] u2 = Random.randomUniform(0.0, 1.0, Shape.of(16), null, null).toFloatArray();
      assertFalse(Arrays.equals(u1, u2), "unseeded calls should differ");
      assertNull(call("seed", List.of(), Map.of("seed_value", 123L)));
      float[] s1 = Random.randomNormal(0.0, 1.0, Shape.of(8), null, null).toFloatArray();
      float[] s2 = Random.randomNormal(0.0, 1.0, Shape.of(8), null, null).toFloatArray();
      Random.seed(123);
      assertArrayEquals(s1, Random.randomNormal(0.0, 1.0, Shape.of(8), null, null).toFloatArray());
      assertArrayEquals(s2, Random.randomNormal(0.0, 1.0, Shape.of(8), null, null).toFloatArray());
    }
  }

  // ------------------------------------------------------------------ moments and ranges

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void randomUniform_100k_meanVarianceAndBounds(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array u = arr("random_uniform", List.of(-2.0, 3.0), Map.of("shape", (long) N, "seed", 0L));
      assertEquals(DType.FLOAT32, u.dtype());
      assertEquals(Shape.of(N), u.shape());
      double[] v = u.toDoubleArray();
      // uniform on [a, b): mean (a + b) / 2, variance (b - a)^2 / 12
      assertWithin(0.5, mean(v), Math.sqrt(25.0 / 12 / N), "mean");
      assertWithin(Math.sqrt(25.0 / 12), std(v), Math.sqrt(25.0 / 12) / Math.sqrt(2.0 * N), "std");
      assertTrue(Arrays.stream(v).allMatch(x -> x >= -2 && x < 3), "values in [-2, 3)");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void randomUniform_narrowFloat16Range_neverReachesHigh(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // the float16 values near 1 are 1.0 and 1.0009765625 (above high): every value is 1.0
      Array u = Random.randomUniform(1.0, 1.0009, Shape.of(2000), DType.FLOAT16, 5L);
      assertEquals(DType.FLOAT16, u.dtype());
      double[] v = u.toDoubleArray();
      assertTrue(Arrays.stream(v).allMatch(x -> x == 1.0), Arrays.toString(v));
      Array h = Random.randomUniform(0.0, 1.0, Shape.of(N), DType.FLOAT16, 6L);
      assertTrue(Arrays.stream(h.toDoubleArray()).allMatch(x -> x >= 0 && x < 1));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void randomUniform_arrayBounds_broadcastAndStayInsideEachRange(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array low = Ivy.array(new double[] {0, 100}, 2);
      Array high = Ivy.array(new double[] {1, 200, 10, 300}, 2, 2);
      Array u = arr("random_uniform", List.of(low, high), Map.of("seed", 3L));
      assertEquals(DType.FLOAT64, u.dtype(), "the bounds' float64 dtype");
      assertEquals(Shape.of(2, 2), u.shape());
      double[] v = u.toDoubleArray();
      assertTrue(v[0] >= 0 && v[0] < 1 && v[1] >= 100 && v[1] < 200, Arrays.toString(v));
      assertTrue(v[2] >= 0 && v[2] < 10 && v[3] >= 100 && v[3] < 300, Arrays.toString(v));
      Array w = Random.randomUniform(low, 1000.0, Shape.of(3, 2), DType.FLOAT32, 3L);
      assertEquals(DType.FLOAT32, w.dtype());
      assertEquals(Shape.of(3, 2), w.shape());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void randomNormal_100k_meanAndStd(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array z =
          arr(
              "random_normal",
              List.of(),
              Map.of("mean", 2.0, "std", 3.0, "shape", List.of(100L, 1000L), "seed", 10L));
      assertEquals(DType.FLOAT32, z.dtype());
      assertEquals(Shape.of(100, 1000), z.shape());
      double[] v = z.toDoubleArray();
      assertWithin(2.0, mean(v), 3.0 / Math.sqrt(N), "mean");
      assertWithin(3.0, std(v), 3.0 / Math.sqrt(2.0 * N), "std");
      // about 68.27% within one std (binomial standard error)
      double within = Arrays.stream(v).filter(x -> Math.abs(x - 2) < 3).count() / (double) N;
      assertWithin(0.6827, within, Math.sqrt(0.6827 * 0.3173 / N), "share within one std");
      Array d = Random.randomNormal(0.0, 1.0, null, DType.FLOAT64, 10L);
      assertEquals(DType.FLOAT64, d.dtype());
      assertEquals(Shape.scalar(), d.shape());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void randomNormal_arrayMeanAndStd_perColumnMoments(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array mean = Ivy.array(new float[] {-5, 0, 5}, 3);
      Array std = Ivy.array(new float[] {0, 1, 2}, 3);
      Array z = Random.randomNormal(mean, std, Shape.of(N / 3, 3), null, 4L);
      assertEquals(DType.FLOAT32, z.dtype());
      double[] v = z.toDoubleArray();
      for (int c = 0; c < 3; c++) {
        double[] col = new double[N / 3];
        for (int i = 0; i < col.length; i++) {
          col[i] = v[i * 3 + c];
        }
        if (c == 0) {
          assertTrue(Arrays.stream(col).allMatch(x -> x == -5), "std 0 gives the mean");
        } else {
          assertWithin(5.0 * (c - 1), mean(col), c / Math.sqrt(col.length), "mean of column " + c);
          assertWithin(c, std(col), c / Math.sqrt(2.0 * col.length), "std of column " + c);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void randint_100k_uniformOverTheRange(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array r = arr("randint", List.of(3L, 13L), Map.of("shape", (long) N, "seed", 1L));
      assertEquals(DType.INT64, r.dtype());
      long[] v = r.toLongArray();
      int[] counts = new int[10];
      for (long x : v) {
        assertTrue(x >= 3 && x < 13, "got " + x);
        counts[(int) (x - 3)]++;
      }
      // each value has probability 0.1: count N/10 with binomial standard error
      for (int c : counts) {
        assertWithin(N / 10.0, c, Math.sqrt(N * 0.1 * 0.9), "count of one value");
      }
      Array full = Random.randint(Long.MIN_VALUE, Long.MAX_VALUE, Shape.of(1000), null, 2L);
      long neg = Arrays.stream(full.toLongArray()).filter(x -> x < 0).count();
      assertWithin(500, neg, Math.sqrt(250), "negative values of the full int64 range");
      Array i8 = Random.randint(-128L, 128L, Shape.of(1000), DType.INT8, 2L);
      assertEquals(DType.INT8, i8.dtype());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void bernoulli_100k_meanIsTheProbability(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr("bernoulli", List.of(0.3), Map.of("shape", (long) N, "seed", 2L));
      assertEquals(DType.FLOAT32, x.dtype());
      double[] v = x.toDoubleArray();
      assertTrue(Arrays.stream(v).allMatch(d -> d == 0 || d == 1));
      assertWithin(0.3, mean(v), Math.sqrt(0.21 / N), "mean");
      // logits 0 is probability 0.5; probs ignored when logits are given
      Array p = Ivy.array(new double[] {0.0, 1.0}, 2);
      Array y =
          arr(
              "bernoulli",
              List.of(p),
              Map.of(
                  "logits",
                  Ivy.array(new double[] {0.0, Math.log(3)}, 2),
                  "shape",
                  List.of((long) N / 2, 2L),
                  "seed",
                  3L));
      assertEquals(DType.FLOAT64, y.dtype());
      double[] w = y.toDoubleArray();
      double[] c0 = new double[N / 2];
      double[] c1 = new double[N / 2];
      for (int i = 0; i < N / 2; i++) {
        c0[i] = w[2 * i];
        c1[i] = w[2 * i + 1];
      }
      assertWithin(0.5, mean(c0), Math.sqrt(0.25 / (N / 2)), "sigmoid(0)");
      assertWithin(0.75, mean(c1), Math.sqrt(0.1875 / (N / 2)), "sigmoid(log 3)");
      Array edges = Random.bernoulli(p, null, Shape.of(100, 2), DType.BOOL, 1L);
      assertEquals(DType.BOOL, edges.dtype());
      boolean[] e = edges.toBooleanArray();
      for (int i = 0; i < 100; i++) {
        assertFalse(e[2 * i], "probability 0");
        assertTrue(e[2 * i + 1], "probability 1");
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void shuffle_isAPermutationAlongTheAxis(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.reshape(Ivy.arange(12), 3, 4);
      Array y = arr("shuffle", List.of(x, 1L), Map.of("seed", 5L));
      assertEquals(Shape.of(3, 4), y.shape());
      assertEquals(DType.INT64, y.dtype());
      long[] v = y.toLongArray();
      long[] firstRow = Arrays.copyOf(v, 4);
      long[] sorted = firstRow.clone();
      Arrays.sort(sorted);
      assertArrayEquals(new long[] {0, 1, 2, 3}, sorted);
      for (int r = 1; r < 3; r++) {
        for (int c = 0; c < 4; c++) {
          assertEquals(firstRow[c] + 4 * r, v[r * 4 + c], "columns move together");
        }
      }
      long[] big = Random.shuffle(Ivy.arange(1000), 0, 6L).toLongArray();
      long[] bigSorted = big.clone();
      Arrays.sort(bigSorted);
      assertArrayEquals(Ivy.arange(1000).toLongArray(), bigSorted);
      assertFalse(Arrays.equals(big, bigSorted), "1000 elements should move");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void multinomial_frequenciesFollowProbs_withoutReplacementDistinct(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array probs = Ivy.array(new float[] {1, 2, 7}, 3); // unnormalised, shared by the rows
      Array m =
          arr(
              "multinomial",
              List.of(3L, N / 2L),
              Map.of("batch_size", 2L, "probs", probs, "seed", 6L));
      assertEquals(DType.INT64, m.dtype());
      assertEquals(Shape.of(2, N / 2), m.shape());
      int[] counts = new int[3];
      for (long x : m.toLongArray()) {
        counts[(int) x]++;
      }
      double[] p = {0.1, 0.2, 0.7};
      for (int i = 0; i < 3; i++) {
        assertWithin(N * p[i], counts[i], Math.sqrt(N * p[i] * (1 - p[i])), "count of " + i);
      }
      Array d =
          arr(
              "multinomial",
              List.of(10L, 10L),
              Map.of("batch_size", 3L, "replace", false, "seed", 7L));
      long[] v = d.toLongArray();
      for (int r = 0; r < 3; r++) {
        Set<Long> seen = new HashSet<>();
        for (int j = 0; j < 10; j++) {
          seen.add(v[r * 10 + j]);
        }
        assertEquals(10, seen.size(), "a permutation of 0..9 in row " + r);
      }
      // without replacement, the first draw follows the weights: P(first = 2) = 0.7
      Array first =
          Random.multinomial(3, 2, N / 10, Ivy.array(new double[] {1, 2, 7}, 3), false, 8L);
      long[] fv = first.toLongArray();
      long twos = 0;
      for (int r = 0; r < N / 10; r++) {
        assertFalse(fv[2 * r] == fv[2 * r + 1], "distinct draws");
        twos += fv[2 * r] == 2 ? 1 : 0;
      }
      assertWithin(0.7 * N / 10, twos, Math.sqrt(N / 10.0 * 0.21), "first draw is 2");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void dropout_zeroesWithProbAndScalesTheRest(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.ones(N);
      Array y = arr("dropout", List.of(Ivy.astype(x, DType.FLOAT32), 0.25), Map.of("seed", 1L));
      assertEquals(DType.FLOAT32, y.dtype());
      double[] v = y.toDoubleArray();
      float kept = (float) (1 / 0.75);
      assertTrue(Arrays.stream(v).allMatch(d -> d == 0 || d == kept), "values 0 or 1/(1-p)");
      double zeros = Arrays.stream(v).filter(d -> d == 0).count() / (double) N;
      assertWithin(0.25, zeros, Math.sqrt(0.25 * 0.75 / N), "share dropped");
      Array unscaled =
          arr("dropout", List.of(x, 0.5), Map.of("scale", false, "seed", 1L, "dtype", "float32"));
      assertEquals(DType.FLOAT32, unscaled.dtype());
      assertTrue(Arrays.stream(unscaled.toDoubleArray()).allMatch(d -> d == 0 || d == 1));
      Array off = arr("dropout", List.of(x, 0.5), Map.of("training", false));
      assertArrayEquals(x.toDoubleArray(), off.toDoubleArray());
      // noise_shape [None, 1]: whole rows are kept or dropped
      Array m = Ivy.ones(1000, 4);
      Array r =
          arr(
              "dropout",
              List.of(m, 0.5),
              Map.of("seed", 2L, "noise_shape", Arrays.asList(null, 1L)));
      double[] rv = r.toDoubleArray();
      for (int i = 0; i < 1000; i++) {
        for (int j = 1; j < 4; j++) {
          assertEquals(rv[4 * i], rv[4 * i + j], "row " + i);
        }
      }
    }
  }

  // ------------------------------------------------------------------ errors

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void badArguments_raiseNamingFunctionAndArgument(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      assertMessage(
          assertThrows(
              IvyArgumentException.class, () -> Random.randomUniform(1.0, 1.0, null, null, 0L)),
          "random_uniform",
          "low must be < high");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> Random.randomUniform(Ivy.array(new float[] {0, 5}, 2), 2.0, null, null, 0L)),
          "random_uniform",
          "low must be < high");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> Random.randomUniform(0.0, 1.0, Shape.of(2), DType.INT32, 0L)),
          "random_uniform",
          "dtype must be a floating dtype");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () ->
                  Random.randomUniform(
                      Ivy.array(new float[] {0, 1, 2}, 3), 5.0, Shape.of(2), null, 0L)),
          "random_uniform",
          "[3]",
          "[2]");
      assertMessage(
          assertThrows(
              IvyArgumentException.class, () -> Random.randomNormal(0.0, -1.0, null, null, 0L)),
          "random_normal",
          "std must be >= 0",
          "-1.0");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> Random.randomNormal(0.0, Ivy.array(new float[] {1, -1}, 2), null, null, 0L)),
          "random_normal",
          "std must be >= 0");
      assertMessage(
          assertThrows(IvyArgumentException.class, () -> Random.randint(5L, 5L, null, null, 0L)),
          "randint",
          "low must be < high",
          "low=5, high=5");
      assertMessage(
          assertThrows(
              IvyArgumentException.class, () -> Random.randint(0L, 5L, null, DType.FLOAT32, 0L)),
          "randint",
          "dtype must be an integer dtype");
      assertMessage(
          assertThrows(
              IvyArgumentException.class, () -> Random.randint(0L, 300L, null, DType.INT8, 0L)),
          "randint",
          "must fit int8");
      assertMessage(
          assertThrows(IvyArgumentException.class, () -> Random.randint(0.5, 3L, null, null, 0L)),
          "randint",
          "low must be an integer");
      assertMessage(
          assertThrows(
              IvyArgumentException.class, () -> Random.bernoulli(1.5, null, null, null, 0L)),
          "bernoulli",
          "probs must be in [0, 1]");
      assertMessage(
          assertThrows(
              IvyArgumentException.class, () -> Random.bernoulli(null, null, null, null, 0L)),
          "bernoulli",
          "probs or logits");
      assertMessage(
          assertThrows(
              IvyArgumentException.class, () -> Random.multinomial(3, 4, 1, null, false, 0L)),
          "multinomial",
          "num_samples must be <= population_size (3)",
          "got 4");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> Random.multinomial(3, 2, 1, Ivy.array(new float[] {1, -1, 1}, 3), true, 0L)),
          "multinomial",
          "probs must be finite and >= 0");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> Random.multinomial(3, 2, 1, Ivy.array(new float[] {0, 0, 0}, 3), true, 0L)),
          "multinomial",
          "positive sum");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> Random.multinomial(3, 2, 1, Ivy.array(new float[] {0, 0, 1}, 3), false, 0L)),
          "multinomial",
          "nonzero probs (1)");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () ->
                  Random.multinomial(3, 2, 2, Ivy.array(new float[] {1, 1, 1, 1}, 2, 2), true, 0L)),
          "multinomial",
          "probs must have shape [2, 3]");
      Array x = Ivy.ones(4);
      assertMessage(
          assertThrows(
              IvyArgumentException.class, () -> Random.dropout(x, 1.0, true, null, true, 0L, null)),
          "dropout",
          "prob must be in [0, 1)",
          "1.0");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> Random.dropout(Ivy.arange(4), 0.5, true, null, true, 0L, null)),
          "dropout",
          "x must have a floating dtype");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> Random.dropout(x, 0.5, true, null, true, 0L, List.of(3L))),
          "dropout",
          "noise_shape");
      assertMessage(
          assertThrows(IvyArgumentException.class, () -> Random.shuffle(Ivy.scalar(1.0), 0, 0L)),
          "shuffle",
          "rank >= 1");
    }
  }
}
