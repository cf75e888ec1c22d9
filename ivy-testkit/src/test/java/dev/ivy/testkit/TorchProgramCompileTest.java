package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.QrMode;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.backend.torch.TorchBackend;
import dev.ivy.ops.Coarse;
import dev.ivy.ops.Sorting;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.trace.Executable;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Traced graphs compiled to one TorchScript module agree with eager PyTorch: the functions of
 * {@link TfGraphCompileTest}, every coarse operation in the forms whose eager kernels differ,
 * multi- output primitives, dtype edge cases, resident constants, and graphs the compiler declines.
 */
class TorchProgramCompileTest {
  private static final String TORCH = "torch";

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
    return TfGraphCompileTest.functions();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("functions")
  void compiled_function_equalsEager(String name, Function<List<Array>, Object> fn) {
    try (var b = Ivy.withBackend(TORCH);
        Scope s = Ivy.scope()) {
      assertCompiledEqualsEager(name, fn, List.of(random(1, 3, 4), random(2, 3, 4)), 0);
    }
  }

  /** Traces {@code fn}, compiles it for torch and checks it against eager, within {@code tol}. */
  private static void assertCompiledEqualsEager(
      String name, Function<List<Array>, Object> fn, List<Array> in, double tol) {
    Graph g = Tracer.trace(fn, in);
    try (Executable e = g.toBackend(TORCH)) {
      assertTrue(e.isCompiled(), e + "\n" + g);
      assertTrue(e.toString().contains("compiled"));
      List<Array> got = e.run(in.toArray(new Array[0]));
      List<Array> want = flat(fn.apply(in));
      assertEquals(want.size(), got.size());
      for (int i = 0; i < want.size(); i++) {
        assertEquals(TORCH, got.get(i).backendName());
        assertEquals(want.get(i).aval(), got.get(i).aval(), name + " output " + i);
        assertArrayEquals(
            want.get(i).toDoubleArray(), got.get(i).toDoubleArray(), tol, name + " output " + i);
      }
    }
  }

  private static List<Array> flat(Object o) {
    if (o instanceof Array a) {
      return List.of(a);
    }
    if (o instanceof Array[] a) {
      return List.of(a);
    }
    @SuppressWarnings("unchecked")
    List<Object> l = (List<Object>) o;
    return l.stream().flatMap(x -> flat(x).stream()).toList();
  }

  private static Params.Conv conv(long[] s, long[] lo, long[] hi, long[] d, long g) {
    return new Params.Conv(s, lo, hi, d, g);
  }

  private static Params.Pool pool(
      long[] k, long[] s, long[] lo, long[] hi, long[] d, boolean ceil, boolean inc, long div) {
    return new Params.Pool(k, s, lo, hi, d, ceil, inc, div);
  }

  private static long[] l(long... v) {
    return v;
  }

  static Stream<Arguments> coarseCases() {
    return Stream.of(
        Arguments.of(
            "conv2d symmetric, bias",
            Prim.CONV,
            (Function<List<Array>, Object>)
                a ->
                    Coarse.conv(
                        a.get(0), a.get(1), a.get(2), conv(l(1, 2), l(1, 1), l(1, 1), l(1, 1), 1)),
            new long[][] {{2, 3, 7, 8}, {4, 3, 3, 3}, {4}}),
        Arguments.of(
            "conv2d asymmetric padding",
            Prim.CONV,
            (Function<List<Array>, Object>)
                a ->
                    Coarse.conv(
                        a.get(0), a.get(1), null, conv(l(2, 1), l(0, 2), l(1, 0), l(1, 1), 1)),
            new long[][] {{2, 3, 7, 8}, {4, 3, 3, 2}}),
        Arguments.of(
            "conv1d grouped dilated",
            Prim.CONV,
            (Function<List<Array>, Object>)
                a -> Coarse.conv(a.get(0), a.get(1), a.get(2), conv(l(1), l(2), l(2), l(2), 2)),
            new long[][] {{2, 4, 9}, {6, 2, 3}, {6}}),
        Arguments.of(
            "conv_transpose2d output padding",
            Prim.CONV_TRANSPOSE,
            (Function<List<Array>, Object>)
                a ->
                    Coarse.convTranspose(
                        a.get(0), a.get(1), a.get(2), conv(l(2, 2), l(1, 1), l(0, 1), l(1, 1), 1)),
            new long[][] {{2, 3, 4, 5}, {3, 2, 3, 3}, {2}}),
        Arguments.of(
            "conv_transpose1d negative padHi",
            Prim.CONV_TRANSPOSE,
            (Function<List<Array>, Object>)
                a ->
                    Coarse.convTranspose(
                        a.get(0), a.get(1), a.get(2), conv(l(1), l(0), l(-2), l(1), 1)),
            new long[][] {{2, 3, 5}, {3, 2, 3}, {2}}),
        Arguments.of(
            "max_pool2d direct, ceil",
            Prim.MAX_POOL,
            (Function<List<Array>, Object>)
                a ->
                    Coarse.pool(
                        true,
                        a.get(0),
                        pool(l(3, 3), l(2, 2), l(1, 1), l(1, 1), l(1, 1), true, false, 0)),
            new long[][] {{2, 3, 9, 8}}),
        Arguments.of(
            "max_pool2d dilated, asymmetric",
            Prim.MAX_POOL,
            (Function<List<Array>, Object>)
                a ->
                    Coarse.pool(
                        true,
                        a.get(0),
                        pool(l(2, 2), l(1, 2), l(0, 1), l(1, 0), l(2, 1), false, false, 0)),
            new long[][] {{2, 3, 9, 8}}),
        Arguments.of(
            "avg_pool2d direct",
            Prim.AVG_POOL,
            (Function<List<Array>, Object>)
                a ->
                    Coarse.pool(
                        false,
                        a.get(0),
                        pool(l(3, 2), l(2, 2), l(1, 1), l(1, 1), l(1, 1), false, true, 0)),
            new long[][] {{2, 3, 9, 8}}),
        Arguments.of(
            "avg_pool2d excluding padding, divisor",
            Prim.AVG_POOL,
            (Function<List<Array>, Object>)
                a ->
                    List.of(
                        Coarse.pool(
                            false,
                            a.get(0),
                            pool(l(3, 3), l(2, 2), l(1, 1), l(1, 1), l(1, 1), true, false, 0)),
                        Coarse.pool(
                            false,
                            a.get(0),
                            pool(l(2, 2), l(2, 2), l(0, 0), l(0, 0), l(1, 1), false, true, 3))),
            new long[][] {{2, 3, 9, 8}}),
        Arguments.of(
            "avg_pool1d asymmetric",
            Prim.AVG_POOL,
            (Function<List<Array>, Object>)
                a ->
                    Coarse.pool(
                        false, a.get(0), pool(l(3), l(2), l(2), l(0), l(1), false, false, 0)),
            new long[][] {{2, 3, 9}}),
        Arguments.of(
            "(log)softmax",
            Prim.SOFTMAX,
            (Function<List<Array>, Object>)
                a -> List.of(Coarse.softmax(false, a.get(0), 1), Coarse.softmax(true, a.get(0), 2)),
            new long[][] {{4, 5, 3}}),
        Arguments.of(
            "layer norm, with and without affine",
            Prim.LAYER_NORM,
            (Function<List<Array>, Object>)
                a ->
                    List.of(
                        Coarse.layerNorm(a.get(0), 1, a.get(1), a.get(2), 1e-5),
                        Coarse.layerNorm(a.get(0), 2, null, null, 1e-3)),
            new long[][] {{2, 4, 5}, {4, 5}, {4, 5}}),
        Arguments.of(
            "batch norm without weight",
            Prim.BATCH_NORM,
            (Function<List<Array>, Object>)
                a ->
                    Coarse.batchNorm(
                        a.get(0), a.get(1), Ivy.add(Ivy.abs(a.get(2)), 0.5f), null, a.get(3), 1e-5),
            new long[][] {{2, 4, 3, 3}, {4}, {4}, {4}}),
        Arguments.of(
            "group norm",
            Prim.GROUP_NORM,
            (Function<List<Array>, Object>)
                a -> Coarse.groupNorm(a.get(0), 2, a.get(1), a.get(2), 1e-5),
            new long[][] {{2, 4, 3, 3}, {4}, {4}}),
        Arguments.of(
            "gelu exact and tanh, silu, relu, clamp",
            Prim.GELU,
            (Function<List<Array>, Object>)
                a ->
                    List.of(
                        Coarse.gelu(a.get(0), false),
                        Coarse.gelu(a.get(0), true),
                        Coarse.silu(a.get(0)),
                        Coarse.relu(a.get(0)),
                        Coarse.clamp(a.get(0), Double.NEGATIVE_INFINITY, 0.25),
                        Coarse.clamp(a.get(0), -0.5, 0.5)),
            new long[][] {{3, 7}}),
        Arguments.of(
            "linear without bias",
            Prim.LINEAR,
            (Function<List<Array>, Object>) a -> Coarse.linear(a.get(0), a.get(1), null),
            new long[][] {{2, 5, 7}, {3, 7}}),
        Arguments.of(
            "bidirectional lstm",
            Prim.LSTM,
            (Function<List<Array>, Object>)
                a ->
                    List.of(
                        Coarse.lstm(
                            a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5), a.get(6))),
            new long[][] {
              {5, 2, 3}, {2, 2, 4}, {2, 2, 4}, {2, 16, 3}, {2, 16, 4}, {2, 16}, {2, 16}
            }),
        Arguments.of(
            "gru",
            Prim.GRU,
            (Function<List<Array>, Object>)
                a ->
                    List.of(Coarse.gru(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5))),
            new long[][] {{5, 2, 3}, {1, 2, 4}, {1, 12, 3}, {1, 12, 4}, {1, 12}, {1, 12}}),
        Arguments.of(
            "causal attention",
            Prim.SCALED_DOT_PRODUCT_ATTENTION,
            (Function<List<Array>, Object>)
                a ->
                    dev.ivy.ops.Attention.scaledDotProductAttention(
                        a.get(0), a.get(1), a.get(2), null, null, 0.0, true, false),
            new long[][] {{2, 3, 4}, {2, 5, 4}, {2, 5, 6}}),
        Arguments.of(
            "attention with an additive mask",
            Prim.SCALED_DOT_PRODUCT_ATTENTION,
            (Function<List<Array>, Object>)
                a ->
                    dev.ivy.ops.Attention.scaledDotProductAttention(
                        a.get(0), a.get(1), a.get(2), 0.5, a.get(3), 0.0, false, false),
            new long[][] {{2, 3, 4}, {2, 5, 4}, {2, 5, 6}, {3, 5}}),
        Arguments.of(
            "resize bilinear, corners aligned",
            Prim.RESIZE,
            (Function<List<Array>, Object>)
                a ->
                    dev.ivy.ops.Interpolation.interpolate(
                        a.get(0), l(7, 5), "bilinear", null, null, true, false),
            new long[][] {{1, 2, 4, 6}}),
        Arguments.of(
            "resize nearest-exact 1d by a factor",
            Prim.RESIZE,
            (Function<List<Array>, Object>)
                a ->
                    dev.ivy.ops.Interpolation.interpolate(
                        a.get(0), null, "nearest-exact", new double[] {2.5}, null, false, false),
            new long[][] {{2, 3, 4}}),
        Arguments.of(
            "embedding",
            Prim.EMBEDDING,
            (Function<List<Array>, Object>)
                a -> Coarse.embedding(a.get(0), Ivy.array(new long[] {3, 0, 3, 1, 4, 2}, 2, 3)),
            new long[][] {{5, 4}}));
  }

  /** Each coarse operation stays one node and compiles to the libtorch operator eager runs. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("coarseCases")
  void compiled_coarseOp_equalsEager(
      String name, Prim prim, Function<List<Array>, Object> fn, long[][] shapes) {
    try (var b = Ivy.withBackend(TORCH);
        Scope s = Ivy.scope()) {
      List<Array> in = new ArrayList<>();
      for (int i = 0; i < shapes.length; i++) {
        in.add(random(20 + i, shapes[i]));
      }
      Graph g = Tracer.trace(fn, in);
      assertTrue(g.nodes().stream().anyMatch(n -> n.prim() == prim), prim + " traced as a node");
      assertTrue(Ivy.currentBackend().compiler().orElseThrow().supports(prim), prim.name());
      assertCompiledEqualsEager(name, fn, in, 1e-6);
    }
  }

  @Test
  void compiled_multiOutputDecompositions_equalEager() {
    try (var b = Ivy.withBackend(TORCH);
        Scope s = Ivy.scope()) {
      Array x = random(5, 4, 4);
      Array spd = Ivy.add(Ivy.matmul(x, Ivy.permuteDims(x, 1, 0)), Ivy.multiply(Ivy.eye(4), 4.0f));
      Function<List<Array>, Object> fn =
          a -> {
            List<Array> r = new ArrayList<>();
            r.addAll(Ivy.qr(a.get(0), QrMode.REDUCED));
            r.addAll(Ivy.svd(a.get(0), false));
            r.addAll(Ivy.eigh(a.get(1)));
            r.add(Ivy.cholesky(a.get(1), false));
            return r;
          };
      assertCompiledEqualsEager("qr/svd/eigh/cholesky", fn, List.of(x, spd), 1e-6);
    }
  }

  static Stream<Arguments> dtypeCases() {
    Function<List<Array>, Object> ints =
        a -> {
          Array x = a.get(0);
          Array y = a.get(1);
          return List.of(
              Ivy.floorDivide(x, y),
              Ivy.remainder(x, y),
              Ivy.sum(x, new int[] {0}, false),
              Ivy.prod(x, new int[] {0, 1}, true),
              Ivy.bitwiseAnd(x, y),
              Ivy.bitwiseXor(x, y),
              Ivy.bitwiseInvert(x),
              Ivy.sign(x),
              Ivy.max(x, new int[] {1}, false),
              Ivy.cumulativeSum(x, 1),
              Ivy.astype(x, DType.BOOL),
              Ivy.astype(x, DType.FLOAT32));
        };
    Function<List<Array>, Object> floats =
        a -> {
          Array x = a.get(0);
          return List.of(
              Ivy.sign(x),
              Ivy.max(x, new int[] {0, 1}, false),
              Ivy.astype(x, DType.INT8),
              Ivy.astype(x, DType.BOOL),
              Ivy.astype(x, DType.FLOAT16),
              Ivy.isnan(x),
              Ivy.floorDivide(x, a.get(1)),
              Ivy.remainder(x, a.get(1)),
              Sorting.sort(x, 1, false),
              Sorting.argsort(x, 1, false),
              Ivy.add(x, Ivy.full(Shape.of(2, 3), Double.NEGATIVE_INFINITY, DType.FLOAT32)));
        };
    Function<List<Array>, Object> bools =
        a ->
            List.of(
                Ivy.logicalAnd(a.get(0), a.get(1)),
                Ivy.logicalNot(a.get(0)),
                Ivy.where(a.get(0), Ivy.full(Shape.of(2, 3), Long.MAX_VALUE, DType.INT64), 7L),
                Ivy.full(Shape.of(2), 300, DType.UINT8));
    return Stream.of(
        Arguments.of(
            "int8: division by zero, wrapping sums, bitwise, casts",
            ints,
            List.of(
                Ivy.array(new long[] {-7, 7, 100, -128, 5, 0}, DType.INT8, 2, 3),
                Ivy.array(new long[] {2, -2, 0, 3, 0, 1}, DType.INT8, 2, 3))),
        Arguments.of(
            "uint8",
            ints,
            List.of(
                Ivy.array(new long[] {7, 200, 255, 0, 5, 9}, DType.UINT8, 2, 3),
                Ivy.array(new long[] {2, 3, 0, 1, 0, 4}, DType.UINT8, 2, 3))),
        Arguments.of(
            "float32 with NaN and infinities",
            floats,
            List.of(
                Ivy.array(
                    new float[] {Float.NaN, -1.5f, 0f, Float.POSITIVE_INFINITY, 2.5f, -0f}, 2, 3),
                Ivy.array(new float[] {2, -2, 0, 3, 0, 1}, 2, 3))),
        Arguments.of(
            "bool, int64 extremes, uint8 fill",
            bools,
            List.of(
                Ivy.array(new boolean[] {true, false, true, false, false, true}, 2, 3),
                Ivy.array(new boolean[] {true, true, false, false, true, true}, 2, 3))));
  }

  /** Dtype rules and edge cases of the eager kernels hold in the compiled program, exactly. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dtypeCases")
  void compiled_dtypeEdgeCases_equalEagerExactly(
      String name, Function<List<Array>, Object> fn, List<Array> in) {
    try (var b = Ivy.withBackend(TORCH);
        Scope s = Ivy.scope()) {
      List<Array> onTorch = in.stream().map(x -> Ivy.toBackend(x, TORCH)).toList();
      assertCompiledEqualsEager(name, fn, onTorch, 0);
    }
  }

  /**
   * A graph's constants (the MLP's weights) are created on the backend once, when it compiles, and
   * stay there between runs; runs leave no native array behind, and closing frees the constants.
   */
  @Test
  void compiled_constantsResidentBetweenRuns_noArraysLeftPerRun() {
    TorchBackend torch = (TorchBackend) BackendRegistry.get(TORCH);
    try (var b = Ivy.withBackend(TORCH);
        Scope s = Ivy.scope()) {
      Function<Array, Array> f = TfGraphCompileTest.mlp(7);
      Array x = random(11, 8, 784);
      Graph g = Tracer.trace(f, x);
      assertEquals(6, g.constants().size(), g.toString());
      float[] want = f.apply(x).toFloatArray();
      int before = torch.manager().getManagedArrays().size();
      Executable e = g.toBackend(TORCH);
      assertTrue(e.isCompiled());
      int compiled = torch.manager().getManagedArrays().size();
      assertEquals(before + 6, compiled, "the six weights become resident arrays once");
      for (int i = 0; i < 3; i++) {
        try (Scope run = Ivy.scope()) {
          assertArrayEquals(want, e.run(x).get(0).toFloatArray(), 1e-6f);
        }
        assertEquals(compiled, torch.manager().getManagedArrays().size(), "run " + i);
      }
      e.close();
      assertEquals(before, torch.manager().getManagedArrays().size());
    }
  }

  @Test
  void compiled_concurrentRuns_agreeWithEager() throws Exception {
    TfGraphCompileTest.concurrentRuns_agreeWithEager(TORCH, 0f);
  }

  static Stream<Arguments> declined() {
    return Stream.of(
        Arguments.of(
            "control flow (cond)",
            (Function<List<Array>, Object>)
                a ->
                    Ivy.cond(
                            Ivy.greater(Ivy.sum(a.get(0)), 0.0f),
                            o -> List.of(Ivy.tanh(o.get(0))),
                            o -> List.of(Ivy.negative(o.get(0))),
                            a.get(0))
                        .get(0),
            DType.FLOAT32),
        Arguments.of(
            "softmax of float16 (eager runs the decomposition)",
            (Function<List<Array>, Object>) a -> Ivy.softmax(a.get(0), 1),
            DType.FLOAT16),
        Arguments.of(
            "cumprod of int16 (eager widens to int32)",
            (Function<List<Array>, Object>) a -> Ivy.cumprod(a.get(0), 1, false, false),
            DType.INT16));
  }

  /** Graphs the compiler declines replay primitive by primitive, with eager's results. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("declined")
  void declinedGraph_fallsBackToReplay(String name, Function<List<Array>, Object> fn, DType dt) {
    try (var b = Ivy.withBackend(TORCH);
        Scope s = Ivy.scope()) {
      Array x = Ivy.astype(Ivy.multiply(random(3, 3, 4), 3.0f), dt);
      List<Array> in = List.of(x);
      Graph g = Tracer.trace(fn, in);
      try (Executable e = g.toBackend(TORCH)) {
        assertFalse(e.isCompiled(), g.toString());
        assertTrue(e.toString().contains("replay"));
        Array want = flat(fn.apply(in)).get(0);
        Array got = e.run(x).get(0);
        assertEquals(want.aval(), got.aval());
        assertArrayEquals(want.toDoubleArray(), got.toDoubleArray(), 0);
      }
    }
  }

  /**
   * By default small programs replay (one TorchScript call costs more than a few eager calls); the
   * suite runs with {@code ivy.torch.compileMin=0} so that every other test compiles them.
   */
  @Test
  void defaultMinimum_smallProgramsReplay_largerOnesCompile() {
    String saved = System.getProperty("ivy.torch.compileMin");
    System.clearProperty("ivy.torch.compileMin");
    try (var b = Ivy.withBackend(TORCH);
        Scope s = Ivy.scope()) {
      Array x = random(3, 2, 4);
      Function<List<Array>, Object> small = a -> Ivy.tanh(Ivy.add(a.get(0), 1.0));
      Function<List<Array>, Object> large =
          a -> {
            Array y = a.get(0);
            for (int i = 0; i < 8; i++) {
              y = Ivy.tanh(Ivy.add(Ivy.multiply(y, 0.9), 0.1));
            }
            return y;
          };
      try (var e = Tracer.trace(small, List.of(x)).toBackend(TORCH)) {
        assertFalse(e.isCompiled(), "2 instructions replay");
      }
      try (var e = Tracer.trace(large, List.of(x)).toBackend(TORCH)) {
        assertTrue(e.isCompiled(), "24 instructions compile");
        assertCompiledEqualsEager("large", large, List.of(x), 1e-6);
      }
      System.setProperty("ivy.torch.compileMin", "-1");
      assertThrows(
          dev.ivy.errors.IvyArgumentException.class,
          () -> Tracer.trace(small, List.of(x)).toBackend(TORCH));
    } finally {
      if (saved == null) {
        System.clearProperty("ivy.torch.compileMin");
      } else {
        System.setProperty("ivy.torch.compileMin", saved);
      }
    }
  }
}
