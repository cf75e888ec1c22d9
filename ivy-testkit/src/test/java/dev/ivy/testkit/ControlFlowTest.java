package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.TracingException;
import dev.ivy.trace.Graph;
import dev.ivy.trace.GraphVerifier;
import dev.ivy.trace.Tracer;
import dev.ivy.trace.io.GraphFormatException;
import dev.ivy.trace.io.GraphIO;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ivy.cond / whileLoop / scan: eager results, traced graphs equal to eager, files, DOT, and errors.
 */
class ControlFlowTest {

  private static Array vec(float... v) {
    return Ivy.array(v, v.length);
  }

  private static Array f(float v) {
    return Ivy.array(new float[] {v});
  }

  private static Array scalarF(float v) {
    return Ivy.reshape(f(v), new long[0]);
  }

  /** cond on x's sum: positive gives -x, else x * 2. */
  static List<Array> condFn(Array x) {
    Array pred = Ivy.greater(Ivy.sum(x), scalarF(0));
    return Ivy.cond(
        pred,
        a -> List.of(Ivy.negative(a.get(0))),
        a -> List.of(Ivy.multiply(a.get(0), a.get(0))),
        x);
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void cond_eagerAndTraced_takeBothBranches(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      assertArrayEquals(new float[] {-1, -2}, condFn(vec(1, 2)).get(0).toFloatArray(), 1e-6f);
      assertArrayEquals(new float[] {1, 4}, condFn(vec(-1, -2)).get(0).toFloatArray(), 1e-6f);
      Graph g = Tracer.trace(ControlFlowTest::condFn, vec(0, 0));
      GraphVerifier.verify(g);
      assertEquals(1, g.nodes().stream().filter(n -> n.prim().name().equals("COND")).count());
      String text = g.toString();
      assertTrue(text.contains("= cond"), text);
      assertTrue(text.contains("true: graph("), text);
      assertTrue(text.contains("false: graph("), text);
      // the TF compiler declines graphs with control-flow nodes: they replay
      var exe = g.toBackend(backend);
      assertFalse(exe.isCompiled(), exe.toString());
      assertArrayEquals(new float[] {1, 4}, exe.run(vec(-1, -2)).get(0).toFloatArray(), 1e-6f);
      // re-tracing a run of the graph keeps one cond node
      Graph again = Tracer.trace(a -> g.run(a).get(0), vec(0, 0));
      assertEquals(1, again.nodes().stream().filter(n -> n.prim().name().equals("COND")).count());
      assertArrayEquals(new float[] {-1, -2}, again.run(vec(1, 2)).get(0).toFloatArray(), 1e-6f);
      for (float[] in : new float[][] {{1, 2}, {-1, -2}, {3, -1}}) {
        Array r = g.run(vec(in)).get(0);
        assertEquals(backend, r.backendName());
        assertArrayEquals(condFn(vec(in)).get(0).toFloatArray(), r.toFloatArray(), 1e-6f);
      }
    }
  }

  /** Counts i up to 10 while doubling x. */
  static List<Array> counter(Array x) {
    Array i0 = Ivy.reshape(Ivy.array(new int[] {0}), new long[0]);
    Array ten = Ivy.reshape(Ivy.array(new int[] {10}), new long[0]);
    Array one = Ivy.reshape(Ivy.array(new int[] {1}), new long[0]);
    return Ivy.whileLoop(
        v -> List.of(Ivy.less(v.get(0), ten)),
        v -> List.of(Ivy.add(v.get(0), one), Ivy.multiply(v.get(1), v.get(1))),
        i0,
        x);
  }

  /** Newton's iteration for sqrt(a), 20 steps then stop. */
  static List<Array> newton(Array a) {
    Array k0 = Ivy.reshape(Ivy.array(new int[] {0}), new long[0]);
    Array steps = Ivy.reshape(Ivy.array(new int[] {20}), new long[0]);
    Array one = Ivy.reshape(Ivy.array(new int[] {1}), new long[0]);
    Function<List<Array>, List<Array>> body =
        v -> {
          Array y = v.get(1);
          Array next = Ivy.multiply(Ivy.add(y, Ivy.divide(v.get(2), y)), scalarF(0.5f));
          return List.of(Ivy.add(v.get(0), one), next, v.get(2));
        };
    return Ivy.whileLoop(v -> List.of(Ivy.less(v.get(0), steps)), body, k0, a, a);
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void whileLoop_counterAndNewton_eagerAndTracedAgree(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      List<Array> e = counter(vec(1, 1.0001f));
      assertEquals(10, e.get(0).itemLong());
      Graph g = Tracer.trace(ControlFlowTest::counter, vec(0, 0));
      GraphVerifier.verify(g);
      assertEquals(1, g.nodes().stream().filter(n -> n.prim().name().equals("WHILE")).count());
      List<Array> t = g.run(vec(1, 1.0001f));
      assertEquals(10, t.get(0).itemLong());
      assertArrayEquals(e.get(1).toFloatArray(), t.get(1).toFloatArray(), 1e-6f);

      Array a = vec(2, 9, 16);
      List<Array> ne = newton(a);
      assertArrayEquals(new float[] {1.4142135f, 3, 4}, ne.get(1).toFloatArray(), 1e-5f);
      Graph gn = Tracer.trace(ControlFlowTest::newton, vec(1, 1, 1));
      assertArrayEquals(
          ne.get(1).toFloatArray(), gn.run(vec(2, 9, 16)).get(1).toFloatArray(), 1e-6f);
    }
  }

  /** Cumulative sum of the rows of xs via a carry; also outputs carry * 2. */
  static List<Array> cumsum(Array xs) {
    Array init = Ivy.zeros(dev.ivy.Shape.of(xs.shape().dim(1)), DType.FLOAT32);
    return Ivy.scan(
        v -> {
          Array c = Ivy.add(v.get(0), v.get(1));
          return List.of(c, c, Ivy.multiply(c, scalarF(2)));
        },
        List.of(init),
        List.of(xs));
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void scan_cumulativeSum_eagerAndTracedAgree(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array xs = Ivy.array(new float[] {1, 2, 3, 4, 5, 6}, 3, 2);
      List<Array> e = cumsum(xs);
      assertArrayEquals(new float[] {9, 12}, e.get(0).toFloatArray(), 1e-6f);
      assertArrayEquals(new float[] {1, 2, 4, 6, 9, 12}, e.get(1).toFloatArray(), 1e-6f);
      assertArrayEquals(new long[] {3, 2}, e.get(1).shape().dims());
      assertArrayEquals(new float[] {2, 4, 8, 12, 18, 24}, e.get(2).toFloatArray(), 1e-6f);
      Graph g =
          Tracer.trace(ControlFlowTest::cumsum, Ivy.zeros(dev.ivy.Shape.of(3, 2), DType.FLOAT32));
      GraphVerifier.verify(g);
      assertEquals(1, g.nodes().stream().filter(n -> n.prim().name().equals("SCAN")).count());
      List<Array> t = g.run(xs);
      for (int i = 0; i < 3; i++) {
        assertEquals(backend, t.get(i).backendName());
        assertArrayEquals(e.get(i).shape().dims(), t.get(i).shape().dims());
        assertArrayEquals(e.get(i).toFloatArray(), t.get(i).toFloatArray(), 1e-6f);
      }
      assertFalse(g.optimize().nodes().isEmpty());
      assertArrayEquals(e.get(1).toFloatArray(), g.optimize().run(xs).get(1).toFloatArray(), 1e-6f);
    }
  }

  /** Scan whose step holds a cond: sums the positive rows only. */
  static List<Array> positiveRowSum(Array xs) {
    Array init = Ivy.zeros(dev.ivy.Shape.of(xs.shape().dim(1)), DType.FLOAT32);
    return Ivy.scan(
        v ->
            Ivy.cond(
                Ivy.greater(Ivy.sum(v.get(1)), scalarF(0)),
                w -> List.of(Ivy.add(w.get(0), w.get(1))),
                w -> List.of(w.get(0)),
                v.get(0),
                v.get(1)),
        List.of(init),
        List.of(xs));
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void nested_condInsideScan_tracesAndPrintsIndented(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array xs = Ivy.array(new float[] {1, 2, -3, -4, 5, 6}, 3, 2);
      assertArrayEquals(new float[] {6, 8}, positiveRowSum(xs).get(0).toFloatArray(), 1e-6f);
      Graph g =
          Tracer.trace(
              ControlFlowTest::positiveRowSum, Ivy.zeros(dev.ivy.Shape.of(3, 2), DType.FLOAT32));
      GraphVerifier.verify(g);
      assertEquals(
          1, g.nodes().stream().filter(n -> n.prim().name().equals("SCAN")).count(), g.toString());
      assertTrue(
          g.toString().contains("\n          %2:float32[2] = add %0 %1\n"),
          g.toString()); // cond body, two levels in
      assertArrayEquals(new float[] {6, 8}, g.run(xs).get(0).toFloatArray(), 1e-6f);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void errors_areClear(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = vec(1, 2);
      // a Java branch on a traced value keeps failing, pointing to Ivy.cond
      TracingException te =
          assertThrows(
              TracingException.class,
              () -> Tracer.trace(a -> Ivy.sum(a).itemDouble() > 0 ? a : Ivy.negative(a), x));
      assertTrue(te.getMessage().contains("Ivy.cond"), te.getMessage());
      // pred must be 0-d bool
      assertThrows(IvyArgumentException.class, () -> Ivy.cond(x, a -> a, a -> a, x));
      // branches with different avals (caught when tracing)
      IvyArgumentException ce =
          assertThrows(
              IvyArgumentException.class,
              () ->
                  Tracer.trace(
                      a ->
                          Ivy.cond(
                              Ivy.greater(Ivy.sum(a), scalarF(0)),
                              v -> List.of(v.get(0)),
                              v -> List.of(Ivy.sum(v.get(0))),
                              a),
                      x));
      assertTrue(ce.getMessage().contains("cond"), ce.getMessage());
      // while body changing a shape: eager and traced
      Function<List<Array>, List<Array>> grow =
          v -> List.of(Ivy.concat(List.of(v.get(0), v.get(0)), 0));
      Function<List<Array>, List<Array>> always =
          v -> List.of(Ivy.less(Ivy.sum(v.get(0)), scalarF(100)));
      assertThrows(IvyArgumentException.class, () -> Ivy.whileLoop(always, grow, x));
      assertThrows(
          IvyArgumentException.class, () -> Tracer.trace(a -> Ivy.whileLoop(always, grow, a), x));
      // condition not returning a 0-d bool
      assertThrows(IvyArgumentException.class, () -> Ivy.whileLoop(v -> v, v -> v, x));
      // scan: rank-0 x, mismatched lengths, carry changing dtype
      assertThrows(
          IvyArgumentException.class, () -> Ivy.scan(v -> v, List.of(), List.of(scalarF(1))));
      assertThrows(
          IvyArgumentException.class,
          () -> Ivy.scan(v -> List.of(), List.of(), List.of(vec(1, 2), vec(1, 2, 3))));
      assertThrows(
          IvyArgumentException.class,
          () ->
              Ivy.scan(
                  v -> List.of(Ivy.astype(v.get(0), DType.FLOAT64)),
                  List.of(scalarF(0)),
                  List.of(x)));
      // a body capturing a traced array of the enclosing trace
      TracingException cap =
          assertThrows(
              TracingException.class,
              () ->
                  Tracer.trace(
                      a ->
                          Ivy.cond(
                              Ivy.greater(Ivy.sum(a), scalarF(0)),
                              v -> List.of(Ivy.add(v.get(0), a)),
                              v -> List.of(v.get(0)),
                              a),
                      x));
      assertTrue(cap.getMessage().contains("operand"), cap.getMessage());
    }
  }

  /** A cond whose true branch runs a while loop (doubling x until its sum exceeds 100). */
  static List<Array> whileInCond(Array x) {
    return Ivy.cond(
        Ivy.greater(Ivy.sum(x), scalarF(0)),
        a ->
            Ivy.whileLoop(
                v -> List.of(Ivy.less(Ivy.sum(v.get(0)), scalarF(100))),
                v -> List.of(Ivy.multiply(v.get(0), scalarF(2))),
                a.get(0)),
        a -> List.of(Ivy.negative(a.get(0))),
        x);
  }

  /** A traced function with control flow, the shape and dtype it is traced with, and inputs. */
  record Case(String name, Function<Array, List<Array>> fn, long[] shape, float[][] inputs) {
    Graph trace() {
      return Tracer.trace(fn::apply, Ivy.zeros(dev.ivy.Shape.of(shape), DType.FLOAT32));
    }

    Array input(int i) {
      return Ivy.array(inputs[i], shape);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The control-flow graphs the file tests use: each construct, and two nestings. */
  static List<Case> cases() {
    return List.of(
        new Case("cond", ControlFlowTest::condFn, new long[] {2}, new float[][] {{1, 2}, {-1, -2}}),
        new Case(
            "while",
            ControlFlowTest::newton,
            new long[] {3},
            new float[][] {{2, 9, 16}, {0.5f, 1e-3f, 7}}),
        new Case(
            "scan",
            ControlFlowTest::cumsum,
            new long[] {3, 2},
            new float[][] {{1, 2, 3, 4, 5, 6}, {0.1f, -0.2f, 0.3f, 1e7f, -1e-7f, 3}}),
        new Case(
            "condInScan",
            ControlFlowTest::positiveRowSum,
            new long[] {3, 2},
            new float[][] {{1, 2, -3, -4, 5, 6}, {-1, -2, -3, -4, -5, -6}}),
        new Case(
            "whileInCond",
            ControlFlowTest::whileInCond,
            new long[] {2},
            new float[][] {{0.3f, 0.7f}, {-1, 0.5f}}));
  }

  static Stream<Arguments> backendsAndCases() {
    return Backends.underTest().stream()
        .flatMap(b -> cases().stream().map(c -> Arguments.of(b, c)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("backendsAndCases")
  void graphIO_saveLoadRun_isBitIdentical(String backend, Case c, @TempDir Path dir) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Graph g = GraphVerifier.verify(c.trace());
      assertTrue(g.nodes().stream().anyMatch(n -> !n.subgraphs().isEmpty()), g.toString());
      Path f = dir.resolve(c.name() + ".ivyg");
      GraphIO.save(g, f);
      Graph h = GraphIO.load(f);
      assertEquals(g.toString(), h.toString());
      for (int i = 0; i < c.inputs().length; i++) {
        List<Array> want = g.run(c.input(i));
        List<Array> got = h.toBackend(backend).run(c.input(i));
        List<Array> eager = c.fn().apply(c.input(i));
        assertEquals(want.size(), got.size());
        for (int k = 0; k < want.size(); k++) {
          assertEquals(backend, got.get(k).backendName());
          assertEquals(want.get(k).aval(), got.get(k).aval());
          assertEquals(
              want.get(k).toBytes(),
              got.get(k).toBytes(),
              c + " output " + k + " on " + backend + " differs after save and load");
          assertEquals(
              eager.get(k).toBytes(),
              got.get(k).toBytes(),
              c + " output " + k + " on " + backend + " differs from eager");
        }
      }
      // the loaded graph saves to the same bytes; every truncation fails cleanly
      byte[] bytes = GraphIO.toBytes(g);
      assertEquals(java.nio.ByteBuffer.wrap(bytes), java.nio.ByteBuffer.wrap(GraphIO.toBytes(h)));
      for (int len = 0; len < bytes.length; len++) {
        byte[] t = java.util.Arrays.copyOf(bytes, len);
        assertThrows(GraphFormatException.class, () -> GraphIO.fromBytes(t), "truncated " + len);
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("backendsAndCases")
  void toDot_controlFlow_drawsEachBodyAsACluster(String backend, Case c) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Graph g = c.trace();
      String dot = g.toDot();
      long bodies = countBodies(g);
      assertEquals(bodies, dot.split("subgraph cluster_", -1).length - 1L, dot);
      assertEquals(
          dot.chars().filter(ch -> ch == '{').count(),
          dot.chars().filter(ch -> ch == '}').count(),
          dot);
    }
  }

  private static long countBodies(Graph g) {
    long n = 0;
    for (var node : g.nodes()) {
      for (Graph sub : node.subgraphs()) {
        n += 1 + countBodies(sub);
      }
    }
    return n;
  }
}
