package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DataFormat;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.backend.CompiledProgram;
import dev.ivy.backend.Program;
import dev.ivy.backend.ProgramCompiler;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.internal.ArrayInternals;
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
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Traced graphs compiled to ND4J plans (the backend's kernels, constants resident) agree with eager
 * ND4J; graphs the compiler declines replay. Uses {@link TfGraphCompileTest}'s functions.
 */
class Nd4jGraphCompileTest {
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

  static Stream<Arguments> coarseFunctions() {
    return TfGraphCompileTest.coarseFunctions();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("functions")
  void compiled_function_equalsEager(String name, Function<List<Array>, Object> fn) {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      List<Array> in = List.of(random(1, 3, 4), random(2, 3, 4));
      Graph g = Tracer.trace(fn, in);
      try (Executable e = g.toBackend("nd4j")) {
        assertTrue(e.isCompiled(), e + "\n" + g);
        assertTrue(e.toString().contains("compiled"));
        assertEqualsEager(name, flat(fn.apply(in)), e.run(in.toArray(new Array[0])));
      }
    }
  }

  /** Coarse operations run as one ND4J kernel each (conv2d, pooling, lstmLayer...). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("coarseFunctions")
  void compiled_coarseOps_equalEager(
      String name, List<Prim> prims, Function<List<Array>, Object> fn, long[][] shapes) {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      List<Array> in = new ArrayList<>();
      for (int i = 0; i < shapes.length; i++) {
        in.add(random(20 + i, shapes[i]));
      }
      Graph g = Tracer.trace(fn, in);
      for (Prim p : prims) {
        assertTrue(g.nodes().stream().anyMatch(n -> n.prim() == p), p + " traced as one node");
        assertTrue(Ivy.currentBackend().compiler().orElseThrow().supports(p), p.name());
      }
      try (Executable e = g.toBackend("nd4j")) {
        assertTrue(e.isCompiled(), e + "\n" + g);
        assertEqualsEager(name, flat(fn.apply(in)), e.run(in.toArray(new Array[0])));
      }
    }
  }

  @Test
  void supports_coarseOpsWithKernels_notTheOthers() {
    try (var b = Ivy.withBackend("nd4j")) {
      var c = Ivy.currentBackend().compiler().orElseThrow();
      for (Prim p : List.of(Prim.CONV, Prim.MAX_POOL, Prim.LINEAR, Prim.LSTM, Prim.BATCH_NORM)) {
        assertTrue(c.supports(p), p.name());
      }
      assertFalse(c.supports(Prim.GRU));
      assertTrue(c.supports(Prim.ADD));
    }
  }

  /**
   * Several outputs: all of a multi-output coarse op (LSTM), one value returned twice, an input and
   * a constant returned as they are; each output is a payload of its own.
   */
  @Test
  void compiled_multipleOutputs_eachOwnedByTheCaller() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Array k = random(5, 3, 4);
      Function<List<Array>, Object> fn =
          a -> {
            Array y = Ivy.tanh(a.get(0));
            return List.of(y, y, a.get(0), k, Ivy.add(y, k));
          };
      List<Array> in = List.of(random(6, 3, 4));
      Graph g = Tracer.trace(fn, in);
      try (Executable e = g.toBackend("nd4j")) {
        assertTrue(e.isCompiled(), e + "\n" + g);
        for (int run = 0; run < 3; run++) {
          List<Array> got = e.run(in.get(0));
          assertEqualsEager("multi", flat(fn.apply(in)), got);
          for (int i = 0; i < got.size(); i++) {
            assertNotSame(
                ArrayInternals.payload(in.get(0)),
                ArrayInternals.payload(got.get(i)),
                "output " + i);
            for (int j = 0; j < i; j++) {
              assertNotSame(
                  ArrayInternals.payload(got.get(j)),
                  ArrayInternals.payload(got.get(i)),
                  i + " vs " + j);
            }
          }
          // the caller may free its outputs: the resident constant and the input stay intact
          got.forEach(Array::close);
        }
        assertArrayEquals(k.toFloatArray(), e.run(in.get(0)).get(3).toFloatArray());
      }
    }
  }

  /** Outputs of a multi-output operation that nothing reads are freed at once; the rest agree. */
  @Test
  void compiled_deadOutputsOfLstm_equalEager() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      long[][] shapes = {{5, 2, 3}, {1, 2, 4}, {1, 2, 4}, {1, 16, 3}, {1, 16, 4}, {1, 16}, {1, 16}};
      List<Array> in = new ArrayList<>();
      for (int i = 0; i < shapes.length; i++) {
        in.add(random(40 + i, shapes[i]));
      }
      Function<List<Array>, Object> fn =
          a ->
              Ivy.tanh(
                  dev.ivy.ops.Coarse.lstm(
                      a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5), a.get(6))[0]);
      Graph g = Tracer.trace(fn, in);
      try (Executable e = g.toBackend("nd4j")) {
        assertTrue(e.isCompiled(), e + "\n" + g);
        for (int run = 0; run < 3; run++) {
          assertEqualsEager("lstm", flat(fn.apply(in)), e.run(in.toArray(new Array[0])));
        }
      }
    }
  }

  /**
   * The program's constants are converted once, when compiled: the compiled program (reached
   * through the backend's compiler) keeps them resident across runs and frees them when closed.
   */
  @Test
  void compiled_constantsResident_acrossRuns() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Function<Array, Array> f = TfGraphCompileTest.mlp(7);
      Array x = random(11, 8, 784);
      Graph g = Tracer.trace(f, x);
      ProgramCompiler c = Ivy.currentBackend().compiler().orElseThrow();
      Program p = g.decompose(prim -> !c.supports(prim)).toProgram();
      assertTrue(p.constants().size() >= 6, "the weights and biases are constants");
      float[] want = f.apply(x).toFloatArray();
      CompiledProgram cp = c.compile(p).orElseThrow();
      try {
        for (int run = 0; run < 3; run++) {
          Object[] out = cp.run(new Object[] {ArrayInternals.payload(x)});
          assertEquals(1, out.length);
          INDArray y = (INDArray) out[0];
          float[] got = y.data().asFloat();
          y.close();
          assertArrayEquals(want, got, 1e-6f, "run " + run);
        }
      } finally {
        cp.close();
      }
      assertThrows(
          IllegalStateException.class, () -> cp.run(new Object[] {ArrayInternals.payload(x)}));
      // the caller's input is never consumed
      assertArrayEquals(want, f.apply(x).toFloatArray(), 1e-6f);
    }
  }

  @Test
  void compiled_mlp_equalsEager_onOtherData() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Function<Array, Array> f = TfGraphCompileTest.mlp(7);
      Array x = random(11, 32, 784);
      try (Executable e = Tracer.trace(f, x).toBackend("nd4j")) {
        assertTrue(e.isCompiled());
        assertArrayEquals(f.apply(x).toFloatArray(), e.run(x).get(0).toFloatArray(), 0f);
        Array x2 = random(12, 32, 784);
        assertArrayEquals(f.apply(x2).toFloatArray(), e.run(x2).get(0).toFloatArray(), 0f);
      }
    }
  }

  @Test
  void compiled_concurrentRuns_agreeWithEager() throws Exception {
    TfGraphCompileTest.concurrentRuns_agreeWithEager("nd4j", 0f);
  }

  /**
   * A grouped convolution (neither plain nor depthwise), which ND4J's kernel declines: the program
   * is declined as a whole and replays (the convolution through its decomposition).
   */
  @Test
  void groupedConv_declined_replays() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      long[] one = {1, 1};
      long[] zero = {0, 0};
      Function<List<Array>, Object> fn =
          a ->
              Ivy.tanh(
                  dev.ivy.ops.Coarse.conv(
                      a.get(0), a.get(1), null, new Params.Conv(one, zero, zero, one, 2)));
      List<Array> in = List.of(random(1, 1, 4, 5, 5), random(2, 4, 2, 3, 3));
      Graph g = Tracer.trace(fn, in);
      assertTrue(g.nodes().stream().anyMatch(n -> n.prim() == Prim.CONV), g.toString());
      try (Executable e = g.toBackend("nd4j")) {
        assertFalse(e.isCompiled(), e.toString());
        assertTrue(e.toString().contains("replay"));
        assertEqualsEager("grouped conv", flat(fn.apply(in)), e.run(in.toArray(new Array[0])));
      }
    }
  }

  /** Control flow is not compiled: the program replays. */
  @Test
  void controlFlow_declined_replays() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {-1, -2}, 2);
      Graph g = Tracer.trace(ControlFlowTest::condFn, x);
      try (Executable e = g.toBackend("nd4j")) {
        assertFalse(e.isCompiled(), e.toString());
        assertArrayEquals(new float[] {1, 4}, e.run(x).get(0).toFloatArray(), 1e-6f);
      }
    }
  }

  /**
   * Max pooling over NaN and infinities, which ND4J's kernel declines, runs eagerly in the plan.
   */
  @Test
  void maxPool_nonFiniteValues_matchEager() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Function<List<Array>, Object> fn =
          a ->
              Ivy.maxPool2d(
                  a.get(0), new long[] {2, 2}, new long[] {2, 2}, 0, DataFormat.NCHW, null, false);
      List<Array> finite = List.of(random(3, 1, 2, 4, 4));
      Graph g = Tracer.trace(fn, finite);
      float[] v = random(4, 1, 2, 4, 4).toFloatArray();
      v[0] = Float.NaN;
      v[5] = Float.POSITIVE_INFINITY;
      v[22] = Float.NEGATIVE_INFINITY;
      List<Array> odd = List.of(Ivy.array(v, 1, 2, 4, 4));
      try (Executable e = g.toBackend("nd4j")) {
        assertTrue(e.isCompiled(), e.toString());
        assertEqualsEager("finite", flat(fn.apply(finite)), e.run(finite.get(0)));
        assertEqualsEager("non-finite", flat(fn.apply(odd)), e.run(odd.get(0)));
      }
    }
  }

  @Test
  void compileProperty_false_replays_badValue_raises() {
    String old = System.setProperty("ivy.nd4j.compile", "false");
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Array x = random(1, 3);
      Graph g = Tracer.trace(a -> Ivy.tanh(a), x);
      try (Executable e = g.toBackend("nd4j")) {
        assertFalse(e.isCompiled());
      }
      System.setProperty("ivy.nd4j.compile", "sometimes");
      IvyArgumentException err =
          assertThrows(IvyArgumentException.class, () -> g.toBackend("nd4j"));
      assertTrue(err.getMessage().contains("ivy.nd4j.compile"), err.getMessage());
      assertTrue(err.getMessage().contains("sometimes"), err.getMessage());
    } finally {
      if (old == null) {
        System.clearProperty("ivy.nd4j.compile");
      } else {
        System.setProperty("ivy.nd4j.compile", old);
      }
    }
  }

  private static void assertEqualsEager(String name, List<Array> want, List<Array> got) {
    assertEquals(want.size(), got.size());
    for (int i = 0; i < want.size(); i++) {
      assertEquals("nd4j", got.get(i).backendName());
      assertEquals(want.get(i).aval(), got.get(i).aval());
      // the plan runs eager execution's own kernels: the same bits
      assertArrayEquals(
          want.get(i).toDoubleArray(), got.get(i).toDoubleArray(), 0.0, name + " output " + i);
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
}
