package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.TracedFunction;
import dev.ivy.autodiff.Autodiff;
import dev.ivy.autodiff.ValueAndGrad;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.nn.Variables;
import dev.ivy.prim.Prim;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reverse-mode autodiff: the API, PyTorch's conventions at kinks, higher order, tracing. */
class AutodiffTest {

  private static Array vec(double... v) {
    return Ivy.array(v, v.length);
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void grad_ofSumOfSquares_isTwiceX(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array g = Ivy.grad(a -> Ivy.sum(Ivy.multiply(a, a))).apply(vec(1, -2, 3));
      assertEquals(DType.FLOAT64, g.dtype());
      assertArrayEquals(new double[] {2, -4, 6}, g.toDoubleArray(), 1e-12);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void kinks_followPyTorch(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = vec(-1, 0, 2);
      assertArrayEquals(
          new double[] {0, 0, 1},
          Ivy.grad(a -> Ivy.sum(Ivy.relu(a))).apply(x).toDoubleArray(),
          0,
          "relu'(0) = 0");
      assertArrayEquals(
          new double[] {-1, 0, 1},
          Ivy.grad(a -> Ivy.sum(Ivy.abs(a))).apply(x).toDoubleArray(),
          0,
          "abs'(0) = 0");
      // maximum splits ties; amax shares the gradient between the tied maxima
      Array y = vec(0, 0, 1);
      var r = Ivy.vjp(l -> List.of(Ivy.maximum(l.get(0), l.get(1))), List.of(x, y));
      List<Array> g = r.pullback(List.of(Ivy.onesLike(x)));
      assertArrayEquals(new double[] {0, 0.5, 1}, g.get(0).toDoubleArray(), 0);
      assertArrayEquals(new double[] {1, 0.5, 0}, g.get(1).toDoubleArray(), 0);
      assertArrayEquals(
          new double[] {0.5, 0, 0.5},
          Ivy.grad(a -> Ivy.max(a)).apply(vec(3, 1, 3)).toDoubleArray(),
          0);
      // clamp passes the gradient at its bounds
      assertArrayEquals(
          new double[] {0, 1, 1},
          Ivy.grad(a -> Ivy.sum(Ivy.clip(a, 0, 2))).apply(x).toDoubleArray(),
          0);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void executeWithGradients_returnsATreeShapedLikeV(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Variables v =
          Variables.builder()
              .put("layer/w", Ivy.array(new double[] {1, 2, 3, 4}, 2, 2))
              .put("layer/b", vec(0.5, -0.5))
              .put("unused", vec(7))
              .build();
      Array x = vec(1, 1);
      ValueAndGrad<Variables> r =
          Ivy.executeWithGradients(
              t -> Ivy.sum(Ivy.square(Ivy.add(Ivy.matmul(t.get("layer/w"), x), t.get("layer/b")))),
              v);
      // w @ x + b = [3.5, 6.5]; loss = 3.5^2 + 6.5^2
      assertEquals(3.5 * 3.5 + 6.5 * 6.5, r.value().itemDouble(), 1e-12);
      assertEquals(v.paths(), r.grads().paths());
      assertArrayEquals(new double[] {7, 7, 13, 13}, r.grads().get("layer/w").toDoubleArray(), 0);
      assertArrayEquals(new double[] {7, 13}, r.grads().get("layer/b").toDoubleArray(), 0);
      assertArrayEquals(new double[] {0}, r.grads().get("unused").toDoubleArray(), 0);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void secondDerivative_ofACubic(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // d2/dx2 sum(x^3) = 6x
      Array h =
          Ivy.grad(
                  a ->
                      Ivy.sum(Ivy.grad(c -> Ivy.sum(Ivy.multiply(Ivy.multiply(c, c), c))).apply(a)))
              .apply(vec(1, 2));
      assertArrayEquals(new double[] {6, 12}, h.toDoubleArray(), 1e-12);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void stopGradient_andJavaControlFlow(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // x * stop(x): the gradient is stop(x) only
      Array g = Ivy.grad(a -> Ivy.sum(Ivy.multiply(a, Ivy.stopGradient(a)))).apply(vec(3));
      assertArrayEquals(new double[] {3}, g.toDoubleArray(), 0);
      // Java branches on values: only the path taken is differentiated
      Array h =
          Ivy.grad(
                  a ->
                      Ivy.sum(a).itemDouble() > 0
                          ? Ivy.sum(Ivy.multiply(a, 5.0))
                          : Ivy.sum(Ivy.negative(a)))
              .apply(vec(1, 2));
      assertArrayEquals(new double[] {5, 5}, h.toDoubleArray(), 0);
      // an array passed twice gets a gradient per position
      var r = Ivy.vjp(l -> List.of(Ivy.multiply(l.get(0), l.get(1))), List.of(vec(2), vec(2)));
      List<Array> gs = r.pullback(List.of(vec(1)));
      assertArrayEquals(new double[] {2}, gs.get(0).toDoubleArray(), 0);
      assertArrayEquals(new double[] {2}, gs.get(1).toDoubleArray(), 0);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void eagerControlFlow_isDifferentiated(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // scan: carry c -> c * x_t, so the result is c0 * prod(x)
      Array xs = vec(2, 3, 4);
      Array g =
          Ivy.grad(
                  c0 ->
                      Ivy.sum(
                          Ivy.scan(
                                  l -> List.of(Ivy.multiply(l.get(0), l.get(1))),
                                  List.of(c0),
                                  List.of(xs))
                              .get(0)))
              .apply(vec(1));
      assertArrayEquals(new double[] {24}, g.toDoubleArray(), 1e-12);
      Array c =
          Ivy.grad(
                  a ->
                      Ivy.sum(
                          Ivy.cond(
                                  Ivy.greater(Ivy.sum(a), Ivy.reshape(vec(0), new long[0])),
                                  l -> List.of(Ivy.multiply(l.get(0), 3.0)),
                                  l -> List.of(l.get(0)),
                                  a)
                              .get(0)))
              .apply(vec(1, 1));
      assertArrayEquals(new double[] {3, 3}, c.toDoubleArray(), 0);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void tracedGradients_ofCondAndScan_matchEager(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      java.util.function.Function<Array, Array> loss =
          a -> {
            Array pred = Ivy.greater(Ivy.sum(a), Ivy.reshape(vec(0), new long[0]));
            Array branch =
                Ivy.cond(
                        pred,
                        l -> List.of(Ivy.sin(l.get(0))),
                        l -> List.of(Ivy.multiply(l.get(0), l.get(0))),
                        a)
                    .get(0);
            List<Array> sc =
                Ivy.scan(
                    l -> List.of(Ivy.add(Ivy.multiply(l.get(0), l.get(1)), 1.0), l.get(0)),
                    List.of(Ivy.reshape(Ivy.sum(branch), new long[0])),
                    List.of(a));
            return Ivy.add(sc.get(0), Ivy.sum(Ivy.square(sc.get(1))));
          };
      Graph graph = Tracer.trace(a -> Ivy.grad(loss).apply(a), vec(0.5, -0.25, 2));
      assertTrue(
          graph.nodes().stream().anyMatch(n -> n.prim() == Prim.SCAN),
          "the traced gradient holds scan nodes");
      for (double[] x : new double[][] {{0.5, -0.25, 2}, {-1, -2, 0.5}}) {
        Array eager = Ivy.grad(loss).apply(vec(x));
        Array traced = graph.run(vec(x)).get(0);
        assertArrayEquals(eager.toDoubleArray(), traced.toDoubleArray(), 1e-12);
      }
      TracedFunction viaIvy = Ivy.traceGraph(l -> Ivy.grad(loss).apply(l.get(0)), vec(1, 2, 3));
      assertArrayEquals(
          Ivy.grad(loss).apply(vec(1, 2, 3)).toDoubleArray(),
          viaIvy.run(vec(1, 2, 3)).get(0).toDoubleArray(),
          1e-12);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void frontends_offerTheirOwnGradientApis(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {0.5f, 1f}, 2);
      // jax.grad of sum(sin(x)) is cos(x)
      Array g = dev.ivy.frontend.jax.JaxFrontend.grad(a -> Ivy.sum(Ivy.sin(a))).apply(x);
      assertArrayEquals(Ivy.cos(x).toFloatArray(), g.toFloatArray(), 1e-6f);
      // tf.GradientTape
      dev.ivy.frontend.tf.TfFrontend.GradientTape tape =
          new dev.ivy.frontend.tf.TfFrontend.GradientTape();
      Array y;
      Array unwatched = Ivy.array(new float[] {3f}, 1);
      try (tape) {
        tape.watch(x);
        y = Ivy.multiply(dev.ivy.frontend.tf.TfFrontend.math.square(x), unwatched);
      }
      List<Array> dy = tape.gradient(y, List.of(x, unwatched));
      assertArrayEquals(new float[] {3f, 6f}, dy.get(0).toFloatArray(), 1e-6f);
      assertArrayEquals(new float[] {0f}, dy.get(1).toFloatArray(), 0f);
      // tf.stop_gradient and Tensor.detach block the gradient
      Array z =
          Ivy.grad(
                  a ->
                      Ivy.sum(
                          Ivy.add(
                              dev.ivy.frontend.tf.TfFrontend.stopGradient(a),
                              dev.ivy.frontend.jax.JaxFrontend.lax.stopGradient(a))))
              .apply(x);
      assertArrayEquals(new float[] {0f, 0f}, z.toFloatArray(), 0f);
    }
  }

  /**
   * Every gradient reference case, with its gradient computed inside a trace: the graph replayed
   * (or compiled, on TensorFlow) gives the eager gradients.
   */
  @ParameterizedTest
  @MethodSource(BACKENDS)
  void gradCases_tracedGradients_matchEagerGradients(String backend) {
    List<OracleCase> cases =
        OracleFiles.read(OracleFiles.conformanceDir().resolve("oracle/grad.jsonl"));
    int traced = 0;
    List<String> untraceable = new java.util.ArrayList<>();
    for (OracleCase c : cases) {
      dev.ivy.registry.RegisteredFunction f =
          dev.ivy.registry.FunctionRegistry.find(c.frontend(), c.fn());
      try (var b = Ivy.withBackend(backend);
          Scope s = Ivy.scope()) {
        List<Object> args = CaseRunner.args(c);
        java.util.Map<String, Object> kwargs = CaseRunner.kwargs(c);
        List<Integer> wrt = new java.util.ArrayList<>();
        List<Array> primals = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode w : c.grad().path("wrt")) {
          wrt.add(w.asInt());
          primals.add((Array) args.get(w.asInt()));
        }
        Array ct = (Array) CaseRunner.decode(c.grad().path("cotangent"));
        java.util.function.Function<List<Array>, Object> grads =
            in ->
                Autodiff.vjp(
                        p -> {
                          List<Object> a = new java.util.ArrayList<>(args);
                          for (int k = 0; k < wrt.size(); k++) {
                            a.set(wrt.get(k), p.get(k));
                          }
                          return List.of((Array) f.call(a, kwargs));
                        },
                        in)
                    .pullback(List.of(ct));
        Object eager = grads.apply(primals);
        Graph g;
        try {
          g = Tracer.trace(grads, primals);
        } catch (dev.ivy.errors.TracingException e) {
          untraceable.add(c.fn());
          continue;
        }
        traced++;
        @SuppressWarnings("unchecked")
        List<Array> want = (List<Array>) eager;
        List<Array> got = g.toBackend(backend).run(primals.toArray(new Array[0]));
        for (int i = 0; i < want.size(); i++) {
          assertArrayEquals(
              want.get(i).toDoubleArray(),
              got.get(i).toDoubleArray(),
              1e-9,
              c.id() + " gradient " + i + " on " + backend);
        }
      }
    }
    // only functions that check their input's values on the host (inv: singularity) cannot trace
    assertTrue(traced >= cases.size() - 4, "traced " + traced + "; untraceable: " + untraceable);
  }

  @Test
  void badInput_raisesClearErrors() {
    Array x = vec(1, 2);
    IvyArgumentException e =
        assertThrows(
            IvyArgumentException.class, () -> Ivy.grad(a -> Ivy.multiply(a, 2.0)).apply(x));
    assertTrue(e.getMessage().contains("floating scalar"), e.getMessage());
    e = assertThrows(IvyArgumentException.class, () -> Autodiff.vjp(l -> null, List.of(x)));
    assertTrue(e.getMessage().contains("returned null"), e.getMessage());
    var r = Autodiff.vjp(l -> List.of(Ivy.sin(l.get(0))), List.of(x));
    e = assertThrows(IvyArgumentException.class, () -> r.pullback(List.of(vec(1, 2, 3))));
    assertTrue(e.getMessage().contains("cotangent 0"), e.getMessage());
    // integer inputs carry no gradient: zeros
    Array i = Ivy.array(new long[] {1, 2}, 2);
    var ri = Autodiff.vjp(l -> List.of(Ivy.astype(l.get(0), DType.FLOAT64)), List.of(i));
    assertArrayEquals(new long[] {0, 0}, ri.pullback(List.of(vec(1, 1))).get(0).toLongArray());
  }
}
