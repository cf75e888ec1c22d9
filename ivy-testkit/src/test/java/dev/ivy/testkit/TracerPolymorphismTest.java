package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.DataFormat;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.TraceOptions;
import dev.ivy.TracedFunction;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.TracingException;
import dev.ivy.trace.Executable;
import dev.ivy.trace.Graph;
import dev.ivy.trace.GraphVerifier;
import dev.ivy.trace.Tracer;
import dev.ivy.trace.io.GraphIO;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Batch-polymorphic tracing ({@link TraceOptions#polymorphicBatch()}) on every backend: trace once
 * at one batch size, run at 1, 3 and 32 through the graph, its executables (compiled on TF and
 * ND4J) and {@link Ivy#traceGraph}, against eager execution; and the errors for functions that are
 * not polymorphic.
 */
class TracerPolymorphismTest {
  private static final long[] BATCHES = {1, 3, 32};

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

  /** A model of the test: its function (weights made on the current backend) and input shape. */
  private record Model(String name, long[] inner, Function<Array, Array> fn) {}

  private static Model model(String name) {
    switch (name) {
      case "mlp":
        {
          Array w1 = Ivy.multiply(random(1, 12, 16), 0.3f);
          Array b1 = random(2, 16);
          Array w2 = Ivy.multiply(random(3, 16, 4), 0.3f);
          return new Model(
              name,
              new long[] {12},
              x -> Ivy.add(Ivy.matmul(Ivy.relu(Ivy.add(Ivy.matmul(x, w1), b1)), w2), 1.0f));
        }
      case "flatten":
        return new Model(
            name,
            new long[] {2, 3, 4},
            x -> Ivy.reshape(Ivy.exp(x), x.shape().dim(0), x.shape().dim(1) * 12));
      case "flattenInferred":
        return new Model(name, new long[] {2, 3, 4}, x -> Ivy.reshape(x, -1, 24));
      case "meanOverBatch":
        return new Model(
            name, new long[] {5}, x -> Ivy.subtract(x, Ivy.mean(x, new int[] {0}, true)));
      case "softmax":
        return new Model(name, new long[] {7}, x -> Ivy.softmax(x, -1));
      case "conv2d":
        {
          Array f = Ivy.multiply(random(4, 3, 3, 2, 4), 0.5f);
          return new Model(
              name,
              new long[] {6, 6, 2},
              x ->
                  Ivy.relu(
                      Ivy.conv2d(
                          x,
                          f,
                          new long[] {1, 1},
                          "SAME",
                          DataFormat.NHWC,
                          new long[] {1, 1},
                          null)));
        }
      case "index0":
        return new Model(
            name, new long[] {3, 4}, x -> Ivy.add(x, Ivy.multiply(Ivy.getItem(x, 0), 2.0f)));
      case "lastRow":
        return new Model(name, new long[] {3}, x -> Ivy.getItem(x, -1));
      default:
        throw new IllegalArgumentException(name);
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> r = new ArrayList<>();
    for (String m :
        List.of(
            "mlp",
            "flatten",
            "flattenInferred",
            "meanOverBatch",
            "softmax",
            "conv2d",
            "index0",
            "lastRow")) {
      for (String b : Backends.underTest()) {
        r.add(Arguments.of(m, b));
      }
    }
    return r.stream();
  }

  private static long[] withBatch(long b, long[] inner) {
    long[] s = new long[inner.length + 1];
    s[0] = b;
    System.arraycopy(inner, 0, s, 1, inner.length);
    return s;
  }

  private static void assertClose(Array want, Array got, String what) {
    assertEquals(want.aval(), got.aval(), what);
    Close.arrays(want, got, 1e-4, 0, what);
  }

  @ParameterizedTest(name = "{0}[{1}]")
  @MethodSource("cases")
  void polymorphicTrace_anyBatch_equalsEager(String name, String backend) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Model m = model(name);
      Graph g =
          Tracer.trace(m.fn(), TraceOptions.polymorphicBatch(), random(9, withBatch(2, m.inner())));
      assertTrue(g.isBatchPolymorphic(), g.toString());
      assertTrue(g.toString().startsWith("graph(%0:float32[b,"), g.toString());
      GraphVerifier.verify(g);
      try (Executable e = g.toBackend(backend);
          Executable opt = g.optimize().toBackend(backend)) {
        if (Backends.compiles(backend)) {
          // the compiled program serves the traced batch size and each other one
          assertTrue(e.isCompiled(), e + "\n" + g);
        }
        for (long b : BATCHES) {
          Array x = random(10 + b, withBatch(b, m.inner()));
          Array want = m.fn().apply(x);
          assertClose(want, g.run(x).get(0), name + " graph.run at batch " + b);
          assertClose(want, e.run(x).get(0), name + " " + e + " at batch " + b);
          assertClose(want, (Array) e.call(x), name + " executable call at batch " + b);
          assertClose(want, opt.run(x).get(0), name + " optimized at batch " + b);
          if (Backends.compiles(backend)) {
            assertFalse(e.toString().contains("replay"), e.toString());
          }
          GraphVerifier.verify(g.atBatch(b));
          assertFalse(g.atBatch(b).isBatchPolymorphic());
          assertSame(g.atBatch(b), g.atBatch(b), "instances are cached");
        }
        if (Backends.compiles(backend)) {
          assertTrue(e.toString().contains("b=3: compiled, b=32: compiled"), e.toString());
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void mlp_printsSymbolicBatch_andCompilesOnTf(String backend) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array w = Ivy.array(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
      Array bias = Ivy.array(new float[] {0.5f, -1, 0}, 3);
      Function<Array, Array> f =
          x -> {
            Array h = Ivy.relu(Ivy.add(Ivy.matmul(x, w), bias));
            return Ivy.reshape(Ivy.subtract(h, Ivy.mean(h, new int[] {0}, true)), -1);
          };
      Graph g =
          Tracer.trace(
              f, TraceOptions.polymorphicBatch(), Ivy.zeros(Shape.of(4, 2), DType.FLOAT32));
      assertEquals(
          "graph(%0:float32[b,2]) {\n"
              + "  %1:float32[2,3] = const\n"
              + "  %3:float32[3] = const\n"
              + "  %7:float32[] = const(b)\n"
              + "  %2:float32[b,3] = matmul %0 %1\n"
              + "  %4:float32[b,3] = add %2 %3\n"
              + "  %5:float32[b,3] = relu %4\n"
              + "  %6:float32[1,3] = reduce_sum[axes=[0],keepdims] %5\n"
              + "  %8:float32[1,3] = div %6 %7\n"
              + "  %9:float32[b,3] = sub %5 %8\n"
              + "  %10:float32[3*b] = reshape[shape=[3*b]] %9\n"
              + "  return %10\n}\n",
          g.toString());
      assertEquals(List.of(4L, 7L, 13L), g.batchPolymorphism().get().tracedSizes());
      try (Executable e = g.toBackend(backend)) {
        if (Backends.compiles(backend)) {
          assertTrue(e.isCompiled(), e.toString());
        }
        for (long b : BATCHES) {
          Array x = random(b, b, 2);
          assertClose(f.apply(x), e.run(x).get(0), "batch " + b);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void traceGraph_polymorphicOption_runsAnyBatch(String backend) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      TracedFunction g =
          Ivy.traceGraph(
              in -> Ivy.softmax(Ivy.multiply(in.get(0), in.get(1)), -1),
              TraceOptions.polymorphicBatch(),
              random(1, 8, 5),
              random(2, 8, 5));
      assertTrue(g.isBatchPolymorphic());
      for (long b : BATCHES) {
        Array x = random(3 + b, b, 5);
        Array y = random(4 + b, b, 5);
        Array want = Ivy.softmax(Ivy.multiply(x, y), -1);
        assertClose(want, g.run(x, y).get(0), "run at batch " + b);
        try (TracedFunction.Prepared p = g.toBackend(backend)) {
          assertClose(want, p.run(x, y).get(0), "prepared at batch " + b);
        }
      }
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> g.run(random(5, 3, 5), random(6, 4, 5)));
      assertTrue(e.getMessage().contains("share the batch size"), e.getMessage());
      IvyArgumentException e2 =
          assertThrows(IvyArgumentException.class, () -> g.run(random(5, 3, 6), random(6, 3, 6)));
      assertTrue(e2.getMessage().contains("float32[b,5]"), e2.getMessage());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void fixedShapeGraph_otherBatch_raisesPointingToOption(String backend) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Graph g = Tracer.trace(x -> Ivy.relu(x), random(1, 4, 3));
      assertFalse(g.isBatchPolymorphic());
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> g.run(random(2, 5, 3)));
      assertTrue(e.getMessage().contains("TraceOptions.polymorphicBatch()"), e.getMessage());
      assertTrue(e.getMessage().contains("args[0]"), e.getMessage());
      IvyArgumentException e2 = assertThrows(IvyArgumentException.class, () -> g.atBatch(5));
      assertTrue(e2.getMessage().contains("TraceOptions.polymorphicBatch()"), e2.getMessage());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void notPolymorphic_raisesTracingExceptionSayingWhy(String backend) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      TraceOptions poly = TraceOptions.polymorphicBatch();
      // a Java branch on the batch size changes the graph's structure
      TracingException branch =
          assertThrows(
              TracingException.class,
              () ->
                  Tracer.trace(
                      x -> x.shape().dim(0) > 8 ? Ivy.exp(x) : Ivy.log(x), poly, random(1, 4, 3)));
      assertTrue(
          branch.getMessage().contains("not polymorphic in the batch dimension"),
          branch.getMessage());
      assertTrue(branch.getMessage().contains("exp"), branch.getMessage());
      // a size quadratic in the batch size is not affine
      TracingException square =
          assertThrows(
              TracingException.class,
              () ->
                  Tracer.trace(
                      x -> Ivy.reshape(Ivy.matmul(x, Ivy.permuteDims(x, 1, 0)), -1),
                      poly,
                      random(1, 4, 3)));
      assertTrue(square.getMessage().contains("not of the form a*b + c"), square.getMessage());
      assertTrue(square.getMessage().contains("reshape"), square.getMessage());
      // a constant made from batch-sized Java data
      TracingException constant =
          assertThrows(
              TracingException.class,
              () ->
                  Tracer.trace(
                      x ->
                          Ivy.add(
                              x,
                              Ivy.array(
                                  new float[(int) x.shape().dim(0) * 3], x.shape().dim(0), 3)),
                      poly,
                      random(1, 4, 3)));
      assertTrue(constant.getMessage().contains("constant"), constant.getMessage());
      // inputs without a shared batch axis
      assertThrows(
          IvyArgumentException.class,
          () ->
              Tracer.trace(
                  l -> Ivy.add(l.get(0), l.get(1)),
                  poly,
                  List.of(random(1, 4, 3), random(2, 5, 3))));
      assertThrows(
          IvyArgumentException.class,
          () -> Tracer.trace(x -> x, poly, Ivy.array(new float[] {1}, new long[0])));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void batchedArgumentsNamed_weightsKeepTheirShapes(String backend) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // f(params, x) with params = {"w": [3, 4], "b": [4]} unbatched and x [b, 3] batched
      Function<List<Object>, Object> f =
          a -> {
            Map<?, ?> p = (Map<?, ?>) a.get(0);
            return Ivy.relu(
                Ivy.add(Ivy.matmul((Array) a.get(1), (Array) p.get("w")), (Array) p.get("b")));
          };
      Map<String, Array> params = Map.of("w", random(1, 3, 4), "b", random(2, 4));
      Graph g = Tracer.traceArgs(f, TraceOptions.polymorphicBatch(1), params, random(3, 5, 3));
      assertTrue(
          g.toString().startsWith("graph(%0:float32[4], %1:float32[3,4], %2:float32[b,3])"),
          g.toString());
      Map<String, Array> params2 = Map.of("w", random(4, 3, 4), "b", random(5, 4));
      for (long b : BATCHES) {
        Array x = random(6 + b, b, 3);
        Array want = (Array) f.apply(List.of(params2, x));
        assertClose(want, (Array) g.call(params2, x), "call at batch " + b);
        try (Executable e = g.toBackend(backend)) {
          assertClose(want, (Array) e.call(params2, x), "executable at batch " + b);
        }
      }
      IvyArgumentException e =
          assertThrows(
              IvyArgumentException.class,
              () -> g.call(Map.of("w", random(4, 2, 4), "b", random(5, 4)), random(6, 3, 3)));
      assertTrue(e.getMessage().contains("args[0][\"w\"] must be float32[3,4]"), e.getMessage());
      // without naming the batched argument, the weights' axis 0 would be a batch axis too
      IvyArgumentException all =
          assertThrows(
              IvyArgumentException.class,
              () -> Tracer.traceArgs(f, TraceOptions.polymorphicBatch(), params, random(3, 5, 3)));
      assertTrue(all.getMessage().contains("polymorphicBatch(0)"), all.getMessage());
      TracedFunction viaCore =
          Ivy.traceGraphArgs(f, TraceOptions.polymorphicBatch(1), params, random(3, 5, 3));
      Array x = random(7, 32, 3);
      assertClose(
          (Array) f.apply(List.of(params, x)), (Array) viaCore.call(params, x), "traceGraphArgs");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void gradientThroughPolymorphicGraph_atAnotherBatch_equalsEagerGradient(String backend) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Model m = model("mlp");
      Graph g =
          Tracer.trace(m.fn(), TraceOptions.polymorphicBatch(), random(1, withBatch(8, m.inner())));
      Array x = random(2, withBatch(3, m.inner()));
      Array want = Ivy.grad(a -> Ivy.sum(m.fn().apply(a))).apply(x);
      try (Executable e = g.toBackend(backend)) {
        Array got = Ivy.grad(a -> Ivy.sum(e.run(a).get(0))).apply(x);
        assertClose(want, got, "gradient at batch 3 through the graph traced at batch 8");
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void savedPolymorphicGraph_staysPolymorphicAndRunsBitIdenticallyAtEveryBatch(
      String name, String backend, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Model m = model(name);
      Graph g =
          Tracer.trace(m.fn(), TraceOptions.polymorphicBatch(), random(1, withBatch(4, m.inner())));
      java.nio.file.Path f = dir.resolve(name + ".ivyg");
      GraphIO.save(g, f);
      Graph loaded = GraphIO.load(f);
      assertTrue(loaded.isBatchPolymorphic());
      assertEquals(g.batchPolymorphism().get().sites(), loaded.batchPolymorphism().get().sites());
      assertEquals(
          g.batchPolymorphism().get().tracedSizes(),
          loaded.batchPolymorphism().get().tracedSizes());
      assertEquals(g.toString(), loaded.toString());
      for (long b : BATCHES) {
        Array x = random(20 + b, withBatch(b, m.inner()));
        List<Array> want = g.run(x);
        List<Array> got = loaded.run(x);
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
          assertEquals(want.get(i).shape(), got.get(i).shape(), "batch " + b);
          assertEquals(
              want.get(i).toBytes(), got.get(i).toBytes(), "output " + i + " at batch " + b);
        }
        assertEquals(g.atBatch(b).toString(), loaded.atBatch(b).toString());
      }
    }
  }

  /** A polymorphic function of a map of arrays and a static mode string: the structured case. */
  static Graph structuredGraph() {
    return (Graph)
        Ivy.traceGraphArgs(
            a -> {
              @SuppressWarnings("unchecked")
              Map<String, Array> in = (Map<String, Array>) a.get(0);
              Array h = Ivy.multiply(in.get("x"), Ivy.reshape(Ivy.sum(in.get("mask")), 1));
              Array r = a.get(1).equals("tanh") ? Ivy.tanh(h) : Ivy.relu(h);
              return List.of(Ivy.reshape(r, -1), Ivy.mean(r, new int[] {0}, false));
            },
            TraceOptions.polymorphicBatch(),
            Map.of("x", random(1, 4, 3), "mask", random(2, 4, 2)),
            "tanh");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void savedStructuredPolymorphicGraph_keepsItsArgumentTree(String backend) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Graph g = structuredGraph();
      byte[] bytes = GraphIO.toBytes(g);
      Graph loaded = GraphIO.fromBytes(bytes);
      assertEquals(
          GraphIO.VERSION,
          java.nio.ByteBuffer.wrap(bytes, 8, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt());
      for (int len = 0; len < bytes.length; len++) {
        byte[] t = java.util.Arrays.copyOf(bytes, len);
        assertThrows(
            dev.ivy.trace.io.GraphFormatException.class,
            () -> GraphIO.fromBytes(t),
            "truncated " + len);
      }
      assertEquals(g.inputTree(), loaded.inputTree());
      assertEquals("[{mask: %0, x: %1}, \"tanh\"]", loaded.inputTree().format());
      assertTrue(loaded.isBatchPolymorphic());
      for (long b : BATCHES) {
        Map<String, Array> in = Map.of("x", random(30 + b, b, 3), "mask", random(40 + b, b, 2));
        List<?> want = (List<?>) g.call(in, "tanh");
        List<?> got = (List<?>) loaded.call(in, "tanh");
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
          assertEquals(
              ((Array) want.get(i)).toBytes(),
              ((Array) got.get(i)).toBytes(),
              "output " + i + " at batch " + b);
        }
        IvyArgumentException e =
            assertThrows(IvyArgumentException.class, () -> loaded.call(in, "relu"));
        assertTrue(e.getMessage().contains("static argument args[1]"), e.getMessage());
        assertThrows(IvyArgumentException.class, () -> loaded.call(in.get("x"), "tanh"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void controlFlowBodies_arePolymorphicToo(String backend) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Function<Array, Object> f =
          x ->
              Ivy.cond(
                      Ivy.greater(Ivy.sum(x), Ivy.array(new float[] {0}, new long[0])),
                      a -> List.of(Ivy.reshape(Ivy.exp(a.get(0)), -1)),
                      a -> List.of(Ivy.reshape(Ivy.negative(a.get(0)), -1)),
                      x)
                  .get(0);
      Graph g = Tracer.trace(f, TraceOptions.polymorphicBatch(), random(1, 4, 3));
      assertTrue(g.toString().contains("true: graph(%0:float32[b,3])"), g.toString());
      assertTrue(g.toString().contains("float32[3*b] = reshape[shape=[3*b]]"), g.toString());
      for (long b : BATCHES) {
        for (float sign : new float[] {1, -1}) {
          Array x = Ivy.multiply(Ivy.abs(random(b, b, 3)), sign);
          Array want = (Array) f.apply(x);
          assertClose(want, g.run(x).get(0), "cond at batch " + b + ", sign " + sign);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void polymorphicGraph_batchTheOpsDoNotAllow_raisesNamingTheBatch(String backend) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // x[:5] has 5 rows at every traced batch size (8, 7, 13) but only 3 at batch 3
      Graph g =
          Tracer.trace(
              x -> Ivy.getItem(x, new dev.ivy.ops.Index.Slice(0L, 5L, 1L)),
              TraceOptions.polymorphicBatch(),
              random(1, 8, 2));
      assertArrayEquals(
          Ivy.getItem(random(2, 6, 2), new dev.ivy.ops.Index.Slice(0L, 5L, 1L)).toFloatArray(),
          g.run(random(2, 6, 2)).get(0).toFloatArray());
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> g.run(random(3, 3, 2)));
      assertTrue(e.getMessage().contains("cannot run at batch size 3"), e.getMessage());
    }
  }
}
