package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.DataFormat;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.prim.Prim;
import dev.ivy.trace.Executable;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Traced graphs compiled to real TensorFlow graphs agree with eager TensorFlow. */
class TfGraphCompileTest {
  private static Array random(long seed, long... shape) {
    Random r = new Random(seed);
    int n = 1;
    for (long d : shape) {
      n *= (int) d;
    }
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return Ivy.array(v, shape);
  }

  static Stream<Arguments> functions() {
    return Stream.of(
        Arguments.of(
            "tanh(x+x)",
            (Function<List<Array>, Object>) a -> Ivy.tanh(Ivy.add(a.get(0), a.get(0)))),
        Arguments.of(
            "arith",
            (Function<List<Array>, Object>)
                a ->
                    Ivy.divide(
                        Ivy.subtract(Ivy.multiply(a.get(0), a.get(1)), Ivy.negative(a.get(1))),
                        Ivy.add(Ivy.exp(a.get(0)), 1.0f))),
        Arguments.of(
            "log/max/min",
            (Function<List<Array>, Object>)
                a ->
                    Ivy.minimum(
                        Ivy.log(Ivy.add(Ivy.exp(a.get(0)), 1.0f)), Ivy.maximum(a.get(1), 0.0f))),
        Arguments.of(
            "where(x>y)",
            (Function<List<Array>, Object>)
                a -> Ivy.where(Ivy.greater(a.get(0), a.get(1)), a.get(0), a.get(1))),
        Arguments.of(
            "reductions",
            (Function<List<Array>, Object>)
                a ->
                    List.of(
                        Ivy.sum(a.get(0), new int[] {1}, false),
                        Ivy.max(a.get(1), new int[] {0}, true))),
        Arguments.of(
            "movement",
            (Function<List<Array>, Object>)
                a ->
                    Ivy.concat(
                        List.of(
                            Ivy.reshape(Ivy.permuteDims(a.get(0), 1, 0), 4, 3),
                            Ivy.reshape(a.get(1), 4, 3)),
                        0)),
        Arguments.of(
            "matmul+cast",
            (Function<List<Array>, Object>)
                a ->
                    Ivy.astype(
                        Ivy.matmul(a.get(0), Ivy.permuteDims(a.get(1), 1, 0)), DType.FLOAT64)),
        Arguments.of("softmax", (Function<List<Array>, Object>) a -> Ivy.softmax(a.get(0), 1)),
        Arguments.of(
            "cumsum/cumprod",
            (Function<List<Array>, Object>)
                a ->
                    List.of(
                        Ivy.cumulativeSum(a.get(0), 1),
                        Ivy.cumprod(a.get(1), 0, false, false),
                        Ivy.cumprod(a.get(1), 1, true, true))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("functions")
  void compiled_function_equalsEager(String name, Function<List<Array>, Object> fn) {
    try (var b = Ivy.withBackend("tf");
        Scope s = Ivy.scope()) {
      List<Array> in = List.of(random(1, 3, 4), random(2, 3, 4));
      Graph g = Tracer.trace(fn, in);
      try (Executable e = g.toBackend("tf")) {
        assertTrue(e.isCompiled(), e + "\n" + g);
        assertTrue(e.toString().contains("compiled"));
        List<Array> got = e.run(in.toArray(new Array[0]));
        List<Array> want = flat(fn.apply(in));
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
          assertEquals("tf", got.get(i).backendName());
          assertEquals(want.get(i).aval(), got.get(i).aval());
          assertArrayEquals(
              want.get(i).toDoubleArray(), got.get(i).toDoubleArray(), 1e-6, name + " output " + i);
        }
      }
    }
  }

  private static List<Array> flat(Object o) {
    if (o instanceof Array a) {
      return List.of(a);
    }
    @SuppressWarnings("unchecked")
    List<Object> l = (List<Object>) o;
    return l.stream().flatMap(x -> flat(x).stream()).toList();
  }

  /** The 784-256-256-10 MLP forward with relu and softmax, its weights as graph constants. */
  static Function<Array, Array> mlp(long seed) {
    Array w1 = Ivy.multiply(random(seed, 784, 256), 0.05f);
    Array b1 = Ivy.multiply(random(seed + 1, 256), 0.1f);
    Array w2 = Ivy.multiply(random(seed + 2, 256, 256), 0.06f);
    Array b2 = Ivy.multiply(random(seed + 3, 256), 0.1f);
    Array w3 = Ivy.multiply(random(seed + 4, 256, 10), 0.06f);
    Array b3 = Ivy.multiply(random(seed + 5, 10), 0.1f);
    return x -> {
      Array h = Ivy.relu(Ivy.add(Ivy.matmul(x, w1), b1));
      h = Ivy.relu(Ivy.add(Ivy.matmul(h, w2), b2));
      return Ivy.softmax(Ivy.add(Ivy.matmul(h, w3), b3), -1);
    };
  }

  @Test
  void compiled_mlp_equalsEager() {
    try (var b = Ivy.withBackend("tf");
        Scope s = Ivy.scope()) {
      Function<Array, Array> f = mlp(7);
      Array x = random(11, 32, 784);
      Graph g = Tracer.trace(f, x);
      try (Executable e = g.toBackend("tf")) {
        assertTrue(e.isCompiled(), g.toString());
        Array got = e.run(x).get(0);
        Array want = f.apply(x);
        assertEquals(want.aval(), got.aval());
        assertArrayEquals(want.toFloatArray(), got.toFloatArray(), 1e-6f);
        // and again on other data, the same graph and session
        Array x2 = random(12, 32, 784);
        assertArrayEquals(f.apply(x2).toFloatArray(), e.run(x2).get(0).toFloatArray(), 1e-6f);
      }
    }
  }

  @Test
  void compiled_concurrentRuns_agreeWithEager() throws Exception {
    concurrentRuns_agreeWithEager("tf", 1e-6f);
  }

  /**
   * Runs a compiled MLP on {@code backend} from 4 threads 40 times: every run equals eager within
   * {@code tol} (several threads share the compiled program: a session and its spare run buffers on
   * tf, a module on torch, a kernel plan on nd4j).
   */
  static void concurrentRuns_agreeWithEager(String backend, float tol) throws Exception {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Function<Array, Array> f = mlp(3);
      Array x = random(13, 4, 784);
      float[] want = f.apply(x).toFloatArray();
      try (Executable e = Tracer.trace(f, x).toBackend(backend)) {
        assertTrue(e.isCompiled());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
          List<Future<float[]>> runs = new ArrayList<>();
          for (int i = 0; i < 40; i++) {
            runs.add(
                pool.submit(
                    () -> {
                      try (Scope inner = Ivy.scope()) {
                        return e.run(x).get(0).toFloatArray();
                      }
                    }));
          }
          for (Future<float[]> r : runs) {
            assertArrayEquals(want, r.get(), tol);
          }
        } finally {
          pool.shutdown();
        }
      }
    }
  }

  static Stream<Arguments> coarseFunctions() {
    Function<List<Array>, Object> conv =
        a ->
            Ivy.silu(
                Ivy.conv2d(
                    a.get(0),
                    a.get(1),
                    new long[] {2, 1},
                    "SAME",
                    DataFormat.NCHW,
                    new long[] {1},
                    a.get(2)));
    Function<List<Array>, Object> pools =
        a ->
            List.of(
                Ivy.maxPool2d(
                    a.get(0), new long[] {3, 3}, new long[] {2, 2}, 1, DataFormat.NCHW, null, true),
                Ivy.avgPool2d(
                    a.get(0),
                    new long[] {3, 2},
                    new long[] {2, 2},
                    1,
                    DataFormat.NCHW,
                    false,
                    true,
                    null));
    Function<List<Array>, Object> softmax =
        a -> List.of(Ivy.logSoftmax(a.get(0), 1), Ivy.softmax(a.get(0), 0));
    Function<List<Array>, Object> linear = a -> Ivy.linear(a.get(0), a.get(1), a.get(2));
    Function<List<Array>, Object> batchNorm =
        a ->
            dev.ivy.ops.Normalization.batchNorm(
                    a.get(0),
                    a.get(1),
                    Ivy.add(Ivy.abs(a.get(2)), 0.5f),
                    a.get(3),
                    a.get(4),
                    false,
                    1e-5,
                    0.1,
                    "NCS")
                .output();
    Function<List<Array>, Object> lstm =
        a ->
            List.of(
                dev.ivy.ops.Coarse.lstm(
                    a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5), a.get(6)));
    long[][] image = {{2, 3, 9, 8}, {3, 3, 3, 4}, {4}};
    return Stream.of(
        Arguments.of("conv2d+silu", List.of(Prim.CONV, Prim.SILU), conv, image),
        Arguments.of(
            "max/avg pool",
            List.of(Prim.MAX_POOL, Prim.AVG_POOL),
            pools,
            new long[][] {{2, 3, 9, 8}}),
        Arguments.of(
            "(log)softmax",
            List.of(Prim.SOFTMAX, Prim.LOG_SOFTMAX),
            softmax,
            new long[][] {{4, 5, 3}}),
        Arguments.of("linear", List.of(Prim.LINEAR), linear, new long[][] {{2, 5, 7}, {3, 7}, {3}}),
        Arguments.of(
            "batch norm",
            List.of(Prim.BATCH_NORM),
            batchNorm,
            new long[][] {{2, 4, 3, 3}, {4}, {4}, {4}, {4}}),
        Arguments.of(
            "lstm",
            List.of(Prim.LSTM),
            lstm,
            new long[][] {
              {5, 2, 3}, {2, 2, 4}, {2, 2, 4}, {2, 16, 3}, {2, 16, 4}, {2, 16}, {2, 16}
            }));
  }

  /** Coarse operations compile to TensorFlow's own ops (Conv2D, MaxPool, BlockLSTMV2...). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("coarseFunctions")
  void compiled_coarseOps_equalEager(
      String name, List<Prim> prims, Function<List<Array>, Object> fn, long[][] shapes) {
    try (var b = Ivy.withBackend("tf");
        Scope s = Ivy.scope()) {
      List<Array> in = new ArrayList<>();
      for (int i = 0; i < shapes.length; i++) {
        in.add(random(20 + i, shapes[i]));
      }
      Graph g = Tracer.trace(fn, in);
      for (Prim p : prims) {
        assertTrue(g.nodes().stream().anyMatch(n -> n.prim() == p), p + " traced as one node");
        assertTrue(dev.ivy.Ivy.currentBackend().compiler().orElseThrow().supports(p), p.name());
      }
      try (Executable e = g.toBackend("tf")) {
        assertTrue(e.isCompiled(), e + "\n" + g);
        List<Array> got = e.run(in.toArray(new Array[0]));
        List<Array> want = flat(fn.apply(in));
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
          assertEquals(want.get(i).aval(), got.get(i).aval());
          assertArrayEquals(
              want.get(i).toDoubleArray(), got.get(i).toDoubleArray(), 1e-5, name + " output " + i);
        }
      }
    }
  }

  @ParameterizedTest(name = "interOpThreads={0}, grappler={1}")
  @CsvSource({"0, true", "2, false", "-1, true"})
  void sessionProperties_otherSettings_sameResults(String threads, String grappler) {
    String oldThreads = System.setProperty("ivy.tf.interOpThreads", threads);
    String oldGrappler = System.setProperty("ivy.tf.grappler", grappler);
    try (var b = Ivy.withBackend("tf");
        Scope s = Ivy.scope()) {
      Function<Array, Array> f = mlp(5);
      Array x = random(14, 8, 784);
      try (Executable e = Tracer.trace(f, x).toBackend("tf")) {
        assertTrue(e.isCompiled());
        assertArrayEquals(f.apply(x).toFloatArray(), e.run(x).get(0).toFloatArray(), 1e-6f);
      }
    } finally {
      restore("ivy.tf.interOpThreads", oldThreads);
      restore("ivy.tf.grappler", oldGrappler);
    }
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({"ivy.tf.interOpThreads, -2", "ivy.tf.interOpThreads, many", "ivy.tf.grappler, yes"})
  void sessionProperties_badValue_raiseIvyArgumentException(String key, String value) {
    String old = System.setProperty(key, value);
    try (var b = Ivy.withBackend("tf");
        Scope s = Ivy.scope()) {
      Array x = random(1, 3);
      Graph g = Tracer.trace(a -> Ivy.tanh(a), x);
      IvyArgumentException err = assertThrows(IvyArgumentException.class, () -> g.toBackend("tf"));
      assertTrue(err.getMessage().contains(key), err.getMessage());
      assertTrue(err.getMessage().contains(value), err.getMessage());
    } finally {
      restore(key, old);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void unsupportedPrim_fallsBackToReplay() {
    try (var b = Ivy.withBackend("tf");
        Scope s = Ivy.scope()) {
      Array x = random(3, 4, 4);
      Array spd = Ivy.add(Ivy.matmul(x, Ivy.permuteDims(x, 1, 0)), Ivy.multiply(Ivy.eye(4), 4.0f));
      Function<Array, Array> f = a -> Ivy.tanh(Ivy.cholesky(a, false));
      Graph g = Tracer.trace(f, spd);
      try (Executable e = g.toBackend("tf")) {
        assertFalse(e.isCompiled());
        assertTrue(e.toString().contains("replay"));
        assertArrayEquals(f.apply(spd).toFloatArray(), e.run(spd).get(0).toFloatArray(), 1e-6f);
      }
    }
  }

  /** nd4j has no program compiler (torch's is tested in {@link TorchProgramCompileTest}). */
  @Test
  void backendsWithoutCompiler_replay() {
    for (String backend : Backends.underTest()) {
      if (Backends.compiles(backend)) {
        continue;
      }
      try (var b = Ivy.withBackend(backend);
          Scope s = Ivy.scope()) {
        Array x = random(1, 3);
        try (Executable e = Tracer.trace(a -> Ivy.tanh(a), x).toBackend(backend)) {
          assertFalse(e.isCompiled());
        }
      }
    }
  }
}
