package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.TraceOptions;
import dev.ivy.TracedFunction;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.trace.Executable;
import dev.ivy.trace.Graph;
import dev.ivy.trace.GraphVerifier;
import dev.ivy.trace.Tracer;
import dev.ivy.trace.TreeDef;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Structured (pytree) arguments of a trace on every backend: nested lists and String-keyed maps of
 * arrays, static values baked into the graph, and the checks when the graph runs.
 */
class TracerArgsTest {

  private static Array vec(float... v) {
    return Ivy.array(v, v.length);
  }

  /** f([x, y], {"w": w, "b": b}, scale, activation) = act((x + y) * w * scale + b). */
  private static Object model(List<Object> a) {
    List<?> xy = (List<?>) a.get(0);
    Map<?, ?> p = (Map<?, ?>) a.get(1);
    double scale = ((Number) a.get(2)).doubleValue();
    Array h = Ivy.add((Array) xy.get(0), (Array) xy.get(1));
    h = Ivy.add(Ivy.multiply(Ivy.multiply(h, (Array) p.get("w")), scale), (Array) p.get("b"));
    Array out = "relu".equals(a.get(3)) ? Ivy.relu(h) : Ivy.tanh(h);
    return List.of(out, Ivy.negative(h));
  }

  private static void assertResult(List<?> want, Object got, String what) {
    List<?> g = (List<?>) got;
    assertEquals(want.size(), g.size(), what);
    for (int i = 0; i < want.size(); i++) {
      assertArrayEquals(
          ((Array) want.get(i)).toFloatArray(), ((Array) g.get(i)).toFloatArray(), 1e-6f, what);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void traceArgs_nestedListsMapsAndStatics_recordsTreeAndRuns(String backend) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = vec(1, -2, 3);
      Array y = vec(0.5f, 0.5f, -4);
      Array w = vec(2, 2, 2);
      Array bias = vec(0, 1, 0);
      Map<String, Object> params = Map.of("w", w, "b", bias);
      Graph g = Tracer.traceArgs(TracerArgsTest::model, List.of(x, y), params, 0.5, "relu");
      GraphVerifier.verify(g);
      assertEquals("[[%0, %1], {b: %2, w: %3}, 0.5, \"relu\"]", g.inputTree().format());
      assertEquals(
          List.of("args[0][0]", "args[0][1]", "args[1][\"b\"]", "args[1][\"w\"]"),
          g.inputTree().leafPaths());
      assertEquals(4, g.inputs().size());
      // the static 0.5 and "relu" are baked in: no input for them, relu (not tanh) is recorded
      assertTrue(g.toString().contains(" relu "), g.toString());
      assertTrue(!g.toString().contains(" tanh "), g.toString());

      Array x2 = vec(3, 0, -1);
      List<?> want = (List<?>) model(List.of(List.of(x2, y), params, 0.5, "relu"));
      assertResult(want, g.call(List.of(x2, y), params, 0.5, "relu"), "structured call");
      // the same arguments as flat arrays, in leaf order (map entries by sorted key)
      assertResult(want, g.call(x2, y, bias, w), "flat call");
      assertResult(want, g.structure().assemble(g.run(x2, y, bias, w)), "flat run");
      assertResult(
          want, g.run(List.of(x2, y), params, 0.5, "relu"), "structured run, flat outputs");
      // a map with another iteration order is the same structure
      Map<String, Object> reordered = new java.util.LinkedHashMap<>();
      reordered.put("w", w);
      reordered.put("b", bias);
      assertResult(want, g.call(List.of(x2, y), reordered, 0.5, "relu"), "reordered map");
      // an Integer static equal to a Long one, a Float to a Double of the same value
      Graph gi = Tracer.traceArgs(a -> Ivy.multiply((Array) a.get(0), (Number) a.get(1)), x, 3L);
      assertArrayEquals(
          new float[] {3, -6, 9}, ((Array) gi.call(x, 3)).toFloatArray(), 1e-6f, "3 == 3L");
      try (Executable e = g.toBackend(backend)) {
        assertResult(want, e.call(List.of(x2, y), params, 0.5, "relu"), "executable call");
        assertResult(want, e.run(List.of(x2, y), params, 0.5, "relu"), "executable run");
        assertEquals(backend, ((Array) ((List<?>) e.call(x2, y, bias, w)).get(0)).backendName());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void call_mismatchedStructureOrStatic_raisesNamingThePath(String backend) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = vec(1, 2, 3);
      Map<String, Object> params = Map.of("w", x, "b", x);
      Graph g = Tracer.traceArgs(TracerArgsTest::model, List.of(x, x), params, 0.5, "relu");

      IvyArgumentException stat =
          assertThrows(
              IvyArgumentException.class, () -> g.call(List.of(x, x), params, 0.25, "relu"));
      assertTrue(stat.getMessage().contains("static argument args[2]"), stat.getMessage());
      assertTrue(stat.getMessage().contains("0.5"), stat.getMessage());
      assertTrue(stat.getMessage().contains("0.25"), stat.getMessage());
      IvyArgumentException str =
          assertThrows(
              IvyArgumentException.class, () -> g.call(List.of(x, x), params, 0.5, "tanh"));
      assertTrue(
          str.getMessage().contains("args[3]") && str.getMessage().contains("tanh"),
          str.getMessage());

      IvyArgumentException keys =
          assertThrows(
              IvyArgumentException.class, () -> g.call(List.of(x, x), Map.of("w", x), 0.5, "relu"));
      assertTrue(keys.getMessage().contains("args[1]"), keys.getMessage());
      assertTrue(keys.getMessage().contains("[b, w]"), keys.getMessage());

      IvyArgumentException len =
          assertThrows(IvyArgumentException.class, () -> g.call(List.of(x), params, 0.5, "relu"));
      assertTrue(len.getMessage().contains("args[0] must be a List of 2"), len.getMessage());

      IvyArgumentException leaf =
          assertThrows(
              IvyArgumentException.class, () -> g.call(List.of(x, vec(1, 2)), params, 0.5, "relu"));
      assertTrue(leaf.getMessage().contains("args[0][1]"), leaf.getMessage());
      assertTrue(leaf.getMessage().contains("float32[3]"), leaf.getMessage());

      IvyArgumentException notArray =
          assertThrows(
              IvyArgumentException.class, () -> g.call(List.of(x, 1.0), params, 0.5, "relu"));
      assertTrue(
          notArray.getMessage().contains("args[0][1] must be an Array"), notArray.getMessage());

      IvyArgumentException count =
          assertThrows(IvyArgumentException.class, () -> g.call(List.of(x, x), params));
      assertTrue(count.getMessage().contains("expected 4 arguments"), count.getMessage());

      IvyArgumentException kind =
          assertThrows(
              IvyArgumentException.class,
              () -> Tracer.traceArgs(a -> a.get(0), List.of(x, new float[] {1})));
      assertTrue(kind.getMessage().contains("args[0][1]"), kind.getMessage());
      IvyArgumentException key =
          assertThrows(IvyArgumentException.class, () -> Tracer.traceArgs(a -> x, Map.of(1, x)));
      assertTrue(key.getMessage().contains("String keys"), key.getMessage());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void traceGraphArgs_throughCore_structuredAndPolymorphic(String backend) {
    try (var bk = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array w = Ivy.array(new float[] {1, 2, 3, 4, 5, 6}, 3, 2);
      Function<List<Object>, Object> fn =
          a -> {
            Map<?, ?> in = (Map<?, ?>) a.get(0);
            Array h = Ivy.matmul((Array) in.get("x"), w);
            Array m = (Array) in.get("mask");
            return List.of(Ivy.multiply(h, m), Ivy.mean(h, new int[] {0}, false));
          };
      Array x = Ivy.array(new float[] {1, 0, 1, 0, 1, 0, 2, 2, 2, 1, 1, 1}, 4, 3);
      Array mask = Ivy.array(new float[] {1, 0, 0, 1, 1, 1, 0, 0}, 4, 2);
      TracedFunction plain = Ivy.traceGraphArgs(fn, Map.of("x", x, "mask", mask));
      assertResult(
          (List<?>) fn.apply(List.of(Map.of("x", x, "mask", mask))),
          plain.call(Map.of("x", x, "mask", mask)),
          "traceGraphArgs");

      TracedFunction poly =
          Ivy.traceGraphArgs(fn, TraceOptions.polymorphicBatch(), Map.of("x", x, "mask", mask));
      assertTrue(poly.isBatchPolymorphic());
      for (long b : new long[] {1, 3, 32}) {
        float[] xv = new float[(int) b * 3];
        float[] mv = new float[(int) b * 2];
        for (int i = 0; i < xv.length; i++) {
          xv[i] = (i * 7 % 5) - 2;
        }
        Arrays.fill(mv, 1);
        mv[0] = 0;
        Map<String, Object> in = Map.of("x", Ivy.array(xv, b, 3), "mask", Ivy.array(mv, b, 2));
        List<?> want = (List<?>) fn.apply(List.of(in));
        assertResult(want, poly.call(in), "polymorphic call at batch " + b);
        try (TracedFunction.Prepared p = poly.toBackend(backend)) {
          assertResult(want, p.call(in), "prepared call at batch " + b);
        }
      }
      Graph g = (Graph) poly;
      assertEquals(TreeDef.Dict.class, ((TreeDef.Seq) g.inputTree()).items().get(0).getClass());
      assertTrue(g.toString().contains("float32[b,3]"), g.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void traceArgs_typedView_readsNestedArgumentsWithoutCasts_andNamesBadPaths(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array w = Ivy.array(new float[] {1, 2, 3, 4}, 2, 2);
      Array x = Ivy.array(new float[] {1, 1}, 1, 2);
      Map<String, Object> params = Map.of("layers", List.of(Map.of("w", w)), "scale", 2.0);
      TracedFunction g =
          Ivy.traceGraphArgs(
              a ->
                  Ivy.multiply(
                      Ivy.matmul(a.array(1), a.array(0, "layers", 0, "w")),
                      a.value(0, Double.class, "scale")),
              params,
              x);
      assertArrayEquals(new float[] {8, 12}, ((Array) g.call(params, x)).toFloatArray());
      IvyArgumentException e =
          assertThrows(
              IvyArgumentException.class,
              () -> Tracer.traceArgs(a -> a.array(0, "layers", 0, "v"), params));
      assertTrue(
          e.getMessage().contains("args[0]/layers[0] has no key v")
              && e.getMessage().contains("keys [w]"),
          e.getMessage());
      e =
          assertThrows(
              IvyArgumentException.class, () -> Tracer.traceArgs(a -> a.array(0, "scale"), params));
      assertTrue(
          e.getMessage().contains("args[0]/scale is a Double; expected an Array"), e.getMessage());
    }
  }
}
