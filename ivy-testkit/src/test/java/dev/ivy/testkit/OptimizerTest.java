package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.NativeMemory;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.TracedFunction;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.nn.Variables;
import dev.ivy.optim.Adagrad;
import dev.ivy.optim.Adam;
import dev.ivy.optim.AdamW;
import dev.ivy.optim.Gradients;
import dev.ivy.optim.Lamb;
import dev.ivy.optim.LrSchedule;
import dev.ivy.optim.Optimizer;
import dev.ivy.optim.OptimizerState;
import dev.ivy.optim.RmsProp;
import dev.ivy.optim.Sgd;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Optimizers on every backend, float32 and float64, against PyTorch's update equations written out
 * again here element by element in double precision, on a quadratic loss whose gradient is known in
 * closed form; plus state save/load, tracing, errors and learning-rate schedules.
 */
class OptimizerTest {
  private static final int STEPS = 6;
  private static final String[] PATHS = {"layer/w", "layer/b", "scale"};
  private static final long[][] SHAPES = {{2, 3}, {3}, {}};
  private static final double[][] INIT = {
    {0.5, -1.25, 2.0, 0.75, -0.3, 1.5}, {0.1, -0.7, 1.2}, {3.0}
  };
  // loss = sum(h/2 * (x - c)^2) / t: gradients h * (x - c) / t shrink, so AMSGrad's max matters
  private static final double[][] CENTER = {
    {1.0, 0.5, -1.0, 2.0, 0.2, -0.4}, {-0.5, 0.3, 0.0}, {-1.0}
  };
  private static final double[][] CURV = {{1.0, 2.0, 0.5, 3.0, 1.5, 0.8}, {2.5, 0.4, 1.0}, {0.6}};

  /** One optimizer setting and its reference: a per-element (per-variable for LAMB) update. */
  record Config(String name, Supplier<Optimizer> make, Supplier<Ref> ref) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A reference optimizer on double arrays, one variable at a time, state by variable index. */
  interface Ref {
    void step(int var, double[] p, double[] g, int t);
  }

  static List<Config> configs() {
    return List.of(
        new Config("sgd", () -> new Sgd(0.1), () -> sgd(0.1, 0, 0, 0, false)),
        new Config(
            "sgd_momentum_dampening_wd",
            () -> new Sgd(0.1).setMomentum(0.9).setDampening(0.5).setWeightDecay(0.01),
            () -> sgd(0.1, 0.9, 0.5, 0.01, false)),
        new Config(
            "sgd_nesterov_wd",
            () -> new Sgd(0.05).setMomentum(0.9).setNesterov(true).setWeightDecay(1e-4),
            () -> sgd(0.05, 0.9, 0, 1e-4, true)),
        new Config("adam", () -> new Adam(0.01), () -> adam(0.01, 0.9, 0.999, 1e-8, 0, false, 0)),
        new Config(
            "adam_capturable",
            () -> new Adam(0.01).setCapturable(true),
            () -> adam(0.01, 0.9, 0.999, 1e-8, 0, false, 0)),
        new Config(
            "adam_amsgrad_wd",
            () -> new Adam(0.05).setAmsgrad(true).setWeightDecay(0.1).setBetas(0.8, 0.99),
            () -> adam(0.05, 0.8, 0.99, 1e-8, 0.1, true, 0)),
        new Config(
            "adamw", () -> new AdamW(0.01), () -> adam(0.01, 0.9, 0.999, 1e-8, 0, false, 0.01)),
        new Config("rmsprop", RmsProp::new, () -> rmsprop(0.01, 0.99, 1e-8, 0, 0, false)),
        new Config(
            "rmsprop_centered_momentum_wd",
            () ->
                new RmsProp(0.02)
                    .setCentered(true)
                    .setMomentum(0.9)
                    .setWeightDecay(0.01)
                    .setAlpha(0.9),
            () -> rmsprop(0.02, 0.9, 1e-8, 0.01, 0.9, true)),
        new Config(
            "adagrad",
            () ->
                new Adagrad(0.1)
                    .setLrDecay(0.01)
                    .setInitialAccumulatorValue(0.1)
                    .setWeightDecay(0.01),
            () -> adagrad(0.1, 0.01, 0.01, 0.1, 1e-10)),
        new Config(
            "adagrad_capturable",
            () -> new Adagrad(0.1).setLrDecay(0.05).setCapturable(true),
            () -> adagrad(0.1, 0.05, 0, 0, 1e-10)),
        new Config("lamb", () -> new Lamb(0.01), () -> lamb(0.01, 0.9, 0.999, 1e-6, 0, 10, false)),
        new Config(
            "lamb_debias_wd_clamped",
            () -> new Lamb(0.02).setDebias(true).setWeightDecay(0.01).setClampValue(1.0),
            () -> lamb(0.02, 0.9, 0.999, 1e-6, 0.01, 1.0, true)),
        new Config(
            "lamb_debias_capturable",
            () -> new Lamb(0.02).setDebias(true).setCapturable(true),
            () -> lamb(0.02, 0.9, 0.999, 1e-6, 0, 10, true)));
  }

  static Stream<Arguments> cases() {
    List<Arguments> r = new ArrayList<>();
    for (String b : Backends.underTest()) {
      for (DType dt : List.of(DType.FLOAT32, DType.FLOAT64)) {
        for (Config c : configs()) {
          r.add(Arguments.of(b, dt, c));
        }
      }
    }
    return r.stream();
  }

  // ------------------------------------------------------------------ references (torch.optim)

  static Ref sgd(double lr, double mom, double damp, double wd, boolean nesterov) {
    Map<Integer, double[]> buf = new LinkedHashMap<>();
    return (var, p, grad, t) -> {
      for (int i = 0; i < p.length; i++) {
        double g = grad[i] + wd * p[i];
        if (mom != 0) {
          double[] b = buf.computeIfAbsent(var, k -> new double[p.length]);
          b[i] = t == 1 ? g : mom * b[i] + (1 - damp) * g;
          g = nesterov ? g + mom * b[i] : b[i];
        }
        p[i] -= lr * g;
      }
    };
  }

  static Ref adam(
      double lr, double b1, double b2, double eps, double wd, boolean ams, double decoupled) {
    Map<Integer, double[][]> st = new LinkedHashMap<>();
    return (var, p, grad, t) -> {
      double[][] s = st.computeIfAbsent(var, k -> new double[3][p.length]);
      for (int i = 0; i < p.length; i++) {
        p[i] *= 1 - lr * decoupled;
        double g = grad[i] + wd * p[i];
        s[0][i] = b1 * s[0][i] + (1 - b1) * g;
        s[1][i] = b2 * s[1][i] + (1 - b2) * g * g;
        s[2][i] = Math.max(s[2][i], s[1][i]);
        double v = ams ? s[2][i] : s[1][i];
        double mHat = s[0][i] / (1 - Math.pow(b1, t));
        double vHat = v / (1 - Math.pow(b2, t));
        p[i] -= lr * mHat / (Math.sqrt(vHat) + eps);
      }
    };
  }

  static Ref rmsprop(double lr, double alpha, double eps, double wd, double mom, boolean centered) {
    Map<Integer, double[][]> st = new LinkedHashMap<>();
    return (var, p, grad, t) -> {
      double[][] s = st.computeIfAbsent(var, k -> new double[3][p.length]);
      for (int i = 0; i < p.length; i++) {
        double g = grad[i] + wd * p[i];
        s[0][i] = alpha * s[0][i] + (1 - alpha) * g * g;
        double v = s[0][i];
        if (centered) {
          s[1][i] = alpha * s[1][i] + (1 - alpha) * g;
          v -= s[1][i] * s[1][i];
        }
        double d = Math.sqrt(v) + eps;
        if (mom > 0) {
          s[2][i] = mom * s[2][i] + g / d;
          p[i] -= lr * s[2][i];
        } else {
          p[i] -= lr * g / d;
        }
      }
    };
  }

  static Ref adagrad(double lr, double lrDecay, double wd, double init, double eps) {
    Map<Integer, double[]> st = new LinkedHashMap<>();
    return (var, p, grad, t) -> {
      double[] s =
          st.computeIfAbsent(
              var,
              k -> {
                double[] a = new double[p.length];
                java.util.Arrays.fill(a, init);
                return a;
              });
      double clr = lr / (1 + (t - 1) * lrDecay);
      for (int i = 0; i < p.length; i++) {
        double g = grad[i] + wd * p[i];
        s[i] += g * g;
        p[i] -= clr * g / (Math.sqrt(s[i]) + eps);
      }
    };
  }

  static Ref lamb(
      double lr, double b1, double b2, double eps, double wd, double clamp, boolean debias) {
    Map<Integer, double[][]> st = new LinkedHashMap<>();
    return (var, p, grad, t) -> {
      double[][] s = st.computeIfAbsent(var, k -> new double[2][p.length]);
      double[] u = new double[p.length];
      double pn = 0;
      double un = 0;
      for (int i = 0; i < p.length; i++) {
        s[0][i] = b1 * s[0][i] + (1 - b1) * grad[i];
        s[1][i] = b2 * s[1][i] + (1 - b2) * grad[i] * grad[i];
        u[i] = s[0][i] / (Math.sqrt(s[1][i]) + eps) + wd * p[i];
        pn += p[i] * p[i];
        un += u[i] * u[i];
      }
      double w = Math.min(Math.sqrt(pn), clamp);
      un = Math.sqrt(un);
      double ratio = w == 0 || un == 0 ? 1 : w / un;
      double size = debias ? lr * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t)) : lr;
      for (int i = 0; i < p.length; i++) {
        p[i] -= size * ratio * u[i];
      }
    };
  }

  // ------------------------------------------------------------------ helpers

  private static Variables tree(double[][] values, DType dt) {
    Variables.Builder b = Variables.builder();
    for (int k = 0; k < PATHS.length; k++) {
      b.put(PATHS[k], Ivy.array(values[k], dt, SHAPES[k]));
    }
    return b.build();
  }

  private static double[] gradOf(int k, double[] x, int t) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      g[i] = CURV[k][i] * (x[i] - CENTER[k][i]) / t;
    }
    return g;
  }

  /** The same gradient in core functions, in the variables' dtype. */
  private static Variables grads(Variables v, int t) {
    Variables.Builder b = Variables.builder();
    for (int k = 0; k < PATHS.length; k++) {
      Array x = v.get(PATHS[k]);
      Array c = Ivy.array(CENTER[k], x.dtype(), SHAPES[k]);
      Array h = Ivy.array(CURV[k], x.dtype(), SHAPES[k]);
      b.put(PATHS[k], Ivy.divide(Ivy.multiply(h, Ivy.subtract(x, c)), (double) t));
    }
    return b.build();
  }

  private static double[][] copy(double[][] a) {
    double[][] r = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i].clone();
    }
    return r;
  }

  private static void assertClose(
      double[] expected, Array actual, double rtol, double atol, String where) {
    Close.values(expected, actual, atol, rtol, where);
  }

  private static void assertRaises(Executable f, String... fragments) {
    IvyArgumentException e = assertThrows(IvyArgumentException.class, f);
    for (String s : fragments) {
      assertTrue(e.getMessage().contains(s), "message should contain '" + s + "': " + e);
    }
  }

  // ------------------------------------------------------------------ tests

  @ParameterizedTest(name = "{2}[{0}, {1}]")
  @MethodSource("cases")
  void step_matchesTorchEquations_forSeveralSteps(String backend, DType dt, Config c) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Optimizer opt = c.make().get();
      Ref ref = c.ref().get();
      double[][] expected = copy(INIT);
      Variables v = tree(INIT, dt);
      double rtol = dt == DType.FLOAT64 ? 1e-10 : 2e-5;
      double atol = dt == DType.FLOAT64 ? 1e-12 : 2e-6;
      for (int t = 1; t <= STEPS; t++) {
        Variables g = grads(v, t);
        v = opt.step(v, g);
        for (int k = 0; k < PATHS.length; k++) {
          ref.step(k, expected[k], gradOf(k, expected[k], t), t);
        }
        assertEquals(PATHS.length, v.size());
        assertEquals(List.of(PATHS), v.paths(), "paths and order are kept");
        for (int k = 0; k < PATHS.length; k++) {
          Array a = v.get(PATHS[k]);
          assertEquals(dt, a.dtype(), c + ": dtype of " + PATHS[k]);
          assertEquals(List.of(box(SHAPES[k])), List.of(box(a.shape().dims())));
          assertEquals(backend, a.backendName());
          assertClose(
              expected[k],
              a,
              rtol,
              atol,
              c + "[" + backend + ", " + dt + "] step " + t + " " + PATHS[k]);
        }
      }
      assertEquals(STEPS, opt.stepCount());
    }
  }

  private static Long[] box(long[] a) {
    Long[] r = new Long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i];
    }
    return r;
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void adamAndSgd_firstStep_handValues(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Variables v = Variables.builder().put("w", Ivy.array(new double[] {1.0, -2.0}, 2)).build();
      Variables g = Variables.builder().put("w", Ivy.array(new double[] {0.5, -4.0}, 2)).build();
      // Adam's first step moves each weight by lr * g / (|g| + eps): about lr against the gradient
      Array w = new Adam(0.1).step(v, g).get("w");
      assertClose(
          new double[] {1.0 - 0.1 * 0.5 / (0.5 + 1e-8), -2.0 + 0.1 * 4.0 / (4.0 + 1e-8)},
          w,
          1e-14,
          0,
          "adam");
      // SGD momentum 0.9 dampening 0.5: buffer = g, then 0.9 g + 0.5 g; w = 1 - 0.1 (0.5 + 0.7)
      Sgd sgd = new Sgd(0.1).setMomentum(0.9).setDampening(0.5);
      Variables v1 = sgd.step(v, g);
      Variables v2 = sgd.step(v1, g);
      assertClose(
          new double[] {1.0 - 0.1 * (0.5 + 0.7), -2.0 + 0.1 * (4.0 + 5.6)},
          v2.get("w"),
          1e-14,
          0,
          "sgd");
      assertEquals(
          List.of("momentum_buffer/w"), sgd.state().slots().paths(), "state paths are SLOT/PATH");
      assertClose(
          new double[] {0.7, -5.6}, sgd.state().slots().get("momentum_buffer/w"), 1e-14, 0, "buf");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void loadState_continuesTrainingExactly(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Optimizer a = new Adam(0.05).setAmsgrad(true);
      Variables v = tree(INIT, DType.FLOAT64);
      for (int t = 1; t <= 3; t++) {
        v = a.step(v, grads(v, t));
      }
      OptimizerState saved = a.state();
      assertEquals(3, saved.step());
      assertEquals(3 * PATHS.length, saved.slots().size());
      assertEquals(List.of("w", "b"), saved.slots().subtree("exp_avg/layer").paths());
      Optimizer fresh = new Adam(0.05).setAmsgrad(true);
      fresh.loadState(saved);
      assertEquals(3, fresh.stepCount());
      Variables va = v;
      // a's next step frees v (its own result, passed back), so the other run takes a copy
      Variables vb = v.map(x -> Ivy.multiply(x, 1.0));
      for (int t = 4; t <= 5; t++) {
        va = a.step(va, grads(va, t));
        vb = fresh.step(vb, grads(vb, t));
      }
      for (String p : PATHS) {
        assertClose(va.get(p).toDoubleArray(), vb.get(p), 0, 0, "after loadState " + p);
      }
      assertRaises(
          () -> new Sgd(0.1).setMomentum(0.9).loadState(saved),
          "Sgd.loadState",
          "momentum_buffer",
          "exp_avg/layer/w");
      Optimizer partial = new Adam();
      assertRaises(
          () ->
              partial.loadState(
                  new OptimizerState(1, saved.slots().subtree("exp_avg").prefixed("exp_avg"))),
          "Adam.loadState",
          "must have the slots");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void capturableStep_tracedOnce_replaysLikeEagerTraining(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array c = Ivy.array(new double[] {1.0, -0.5, 0.25}, 3);
      // one traced step: (w, exp_avg, exp_avg_sq, step) -> the same, the gradient of |w - c|^2 / 2
      java.util.function.Function<List<Array>, List<Array>> stepFn =
          in -> {
            Optimizer opt = new Adam(0.1).setAmsgrad(false).setCapturable(true);
            opt.loadState(
                new OptimizerState(
                    0,
                    Variables.builder()
                        .put("exp_avg/w", in.get(1))
                        .put("exp_avg_sq/w", in.get(2))
                        .put("step/w", in.get(3))
                        .build()));
            Variables w = Variables.builder().put("w", in.get(0)).build();
            Variables r = opt.step(w, w.map(x -> Ivy.subtract(x, c)));
            Variables st = opt.state().slots();
            return List.of(
                r.get("w"), st.get("exp_avg/w"), st.get("exp_avg_sq/w"), st.get("step/w"));
          };
      Array w0 = Ivy.array(new double[] {0.5, -1.5, 2.0}, 3);
      Array z = Ivy.zeros(Shape.of(3), DType.FLOAT64);
      TracedFunction traced =
          Ivy.traceGraph(in -> stepFn.apply(in), w0, z, z, Ivy.asarray(0.0, DType.FLOAT64));
      Optimizer eager = new Adam(0.1);
      Variables v = Variables.builder().put("w", w0).build();
      List<Array> state = List.of(w0, z, z, Ivy.asarray(0.0, DType.FLOAT64));
      for (int t = 1; t <= 5; t++) {
        v = eager.step(v, v.map(x -> Ivy.subtract(x, c)));
        state = traced.run(state.toArray(new Array[0]));
        assertClose(v.get("w").toDoubleArray(), state.get(0), 1e-14, 1e-15, "step " + t);
        assertEquals(t, state.get(3).itemDouble(), 0, "the traced step counts");
      }
      assertTrue(
          traced.toString().contains("pow"),
          "the bias corrections are computed in the graph from the step input:\n" + traced);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void step_ownsWhatItReturns_freeingTheVariablesPassedBack(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope outer = Ivy.scope()) {
      Optimizer opt = new Adam().setAmsgrad(true);
      Variables initial = tree(INIT, DType.FLOAT32);
      Variables v = initial;
      for (int t = 1; t <= 3; t++) {
        Variables g = grads(v, t);
        Variables before = v;
        try (Scope s = Ivy.scope()) {
          v = opt.step(v, g);
          assertEquals(0, s.size(), "step " + t + ": nothing is left to the caller's scope");
        }
        assertTrue(
            v.arrays().stream().noneMatch(Array::isClosed),
            "step " + t + ": the new variables outlive the caller's scope");
        assertTrue(
            before.arrays().stream().allMatch(a -> a.isClosed() == (before != initial)),
            "step "
                + t
                + ": the variables a step returned are freed by the step they are passed to; the"
                + " caller's initial ones are not");
        assertTrue(g.arrays().stream().noneMatch(Array::isClosed), "gradients stay the caller's");
      }
      assertEquals(DType.FLOAT32, v.get("scale").dtype());
      assertEquals(3, opt.stepCount());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void step_freesTheStateItReplaces_unlessHandedOutByState(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope outer = Ivy.scope()) {
      Optimizer opt = new Adam().setAmsgrad(true);
      Variables v = tree(INIT, DType.FLOAT32);
      for (int t = 1; t <= 2; t++) {
        v = opt.step(v, grads(v, t));
      }
      Variables g = grads(v, 3);
      // warm: the unscoped count holds one set of variables and moments; a step that left the
      // replaced ones to the garbage collector would add a set per step
      long before = NativeMemory.unscopedBytes();
      for (int t = 3; t <= 8; t++) {
        v = opt.step(v, g);
      }
      long after = NativeMemory.unscopedBytes();
      assertTrue(
          after <= before,
          "six steps free what they replace: unscoped native bytes " + before + " -> " + after);
      OptimizerState saved = opt.state();
      v = opt.step(v, g);
      assertTrue(
          saved.slots().arrays().stream().noneMatch(Array::isClosed),
          "state handed out by state() stays valid after the next step");
      Optimizer other = new Adam().setAmsgrad(true);
      Variables w;
      try (Scope s = Ivy.scope()) {
        other.loadState(saved);
        w = s.keep(v.map(x -> Ivy.multiply(x, 1.0)));
      }
      other.step(w, g);
      assertTrue(
          saved.slots().arrays().stream().noneMatch(Array::isClosed),
          "loaded state outlives the loader's scope and stays the caller's after a step");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void gradients_clipByGlobalNormAndValue_asPyTorch(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Variables g =
          Variables.builder()
              .put("a", Ivy.array(new float[] {3f, 4f}, 2))
              .put("b", Ivy.array(new float[] {0f, 0f, 0f}, 3))
              .build();
      Array norm = Gradients.globalNorm(g);
      assertEquals(0, norm.rank());
      assertEquals(5.0, norm.itemDouble(), 1e-6);
      Variables c = Gradients.clipByGlobalNorm(g, 1.0);
      assertEquals(DType.FLOAT32, c.get("a").dtype());
      assertClose(
          new double[] {3 / (5 + 1e-6), 4 / (5 + 1e-6)}, c.get("a"), 1e-6, 0, "clipped to norm 1");
      assertClose(new double[] {3, 4}, Gradients.clipByGlobalNorm(g, 10).get("a"), 0, 0, "kept");
      assertClose(
          new double[] {3, 3.5},
          Gradients.clipByValue(g.with("a", Ivy.array(new float[] {3f, 7f}, 2)), 3.5).get("a"),
          0,
          0,
          "clipped by value");
      assertRaises(
          () -> Gradients.clipByGlobalNorm(g, -1),
          "Gradients.clipByGlobalNorm: maxNorm must be >= 0");
      assertRaises(() -> Gradients.globalNorm(Variables.empty()), "Gradients.globalNorm");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void schedule_isConsultedBeforeEveryStep(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Sgd opt = new Sgd(1.0);
      opt.setSchedule(LrSchedule.exponentialLr(0.5));
      Variables v = Variables.builder().put("w", Ivy.array(new float[] {0f}, 1)).build();
      Variables g = Variables.builder().put("w", Ivy.array(new float[] {1f}, 1)).build();
      double[] expected = {-1.0, -1.5, -1.75};
      for (int t = 0; t < 3; t++) {
        assertEquals(Math.pow(0.5, t), opt.currentLr(), 0);
        v = opt.step(v, g);
        assertClose(new double[] {expected[t]}, v.get("w"), 0, 0, "w after step " + (t + 1));
      }
      opt.setLr(2.0);
      assertEquals(0.25, opt.currentLr(), 0, "a new base rate is scheduled the same way");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void step_badTrees_raiseClearErrorsAndKeepState(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Adam opt = new Adam();
      Variables v = tree(INIT, DType.FLOAT32);
      Variables g = grads(v, 1);
      Variables missing =
          Variables.builder().put("layer/w", g.get("layer/w")).put("scale", g.get("scale")).build();
      assertRaises(() -> opt.step(v, missing), "Adam.step", "missing [layer/b]");
      assertRaises(
          () -> opt.step(v, g.with("layer/b", Ivy.zeros(4))),
          "Adam.step",
          "gradient at 'layer/b'",
          "float32[3]");
      assertRaises(
          () -> opt.step(v, g.with("scale", Ivy.astype(g.get("scale"), DType.FLOAT64))),
          "gradient at 'scale'",
          "float64");
      Variables ints = Variables.builder().put("n", Ivy.array(new long[] {1, 2}, 2)).build();
      assertRaises(() -> opt.step(ints, ints), "Adam.step", "'n' must be floating point");
      assertEquals(0, opt.stepCount(), "failed steps change nothing");
      assertTrue(opt.state().slots().isEmpty());
      Variables v1 = opt.step(v, g);
      assertRaises(
          () -> opt.step(v1.with("extra", Ivy.zeros(1)), g.with("extra", Ivy.zeros(1))),
          "Adam.step",
          "paths the optimizer's state was made for",
          "unexpected [extra]");
      assertRaises(
          () -> new Sgd(0.1).setNesterov(true).step(v, g), "Sgd", "nesterov needs momentum > 0");
      assertRaises(() -> new Sgd(-1), "Sgd: lr must be >= 0; got -1.0");
      assertRaises(() -> new Adam().setBetas(0.9, 1.0), "Adam: beta2 must be in [0, 1)");
    }
  }

  @Test
  void schedules_matchPyTorchValues() {
    double[] stepLr = new double[6];
    double[] multi = new double[6];
    for (int i = 0; i < 6; i++) {
      stepLr[i] = LrSchedule.stepLr(2, 0.5).lr(1.0, i);
      multi[i] = LrSchedule.multiStepLr(List.of(2L, 4L), 0.1).lr(1.0, i);
    }
    assertArrays(new double[] {1, 1, 0.5, 0.5, 0.25, 0.25}, stepLr, "StepLR");
    assertArrays(new double[] {1, 1, 0.1, 0.1, 0.01, 0.01}, multi, "MultiStepLR");
    assertEquals(0.1 * 0.9 * 0.9 * 0.9, LrSchedule.exponentialLr(0.9).lr(0.1, 3), 1e-15);
    LrSchedule cos = LrSchedule.cosineAnnealingLr(10, 0.01);
    assertEquals(1.0, cos.lr(1.0, 0), 1e-15);
    assertEquals(0.505, cos.lr(1.0, 5), 1e-15);
    assertEquals(0.01, cos.lr(1.0, 10), 1e-15);
    LrSchedule lin = LrSchedule.linearLr(1.0 / 3, 1.0, 5);
    assertEquals(0.1 / 3, lin.lr(0.1, 0), 1e-15);
    assertEquals(0.1 * (1.0 / 3 + (2.0 / 3) * 2 / 5), lin.lr(0.1, 2), 1e-15);
    assertEquals(0.1, lin.lr(0.1, 5), 1e-15);
    assertEquals(0.1, lin.lr(0.1, 50), 1e-15);
    // OneCycleLR(max_lr=1, total_steps=10): phases end at steps 2 (0.3 * 10 - 1) and 9
    LrSchedule one = LrSchedule.oneCycleLr(1.0, 10, 0.3, true, 25, 1e4);
    assertEquals(0.04, one.lr(123, 0), 1e-15);
    assertEquals(0.52, one.lr(123, 1), 1e-15);
    assertEquals(1.0, one.lr(123, 2), 1e-15);
    assertEquals(4e-6, one.lr(123, 9), 1e-15);
    assertEquals(4e-6 + (1 - 4e-6) / 2 * (Math.cos(Math.PI * 3.0 / 7) + 1), one.lr(0, 5), 1e-15);
    LrSchedule oneLin = LrSchedule.oneCycleLr(1.0, 10, 0.3, false, 25, 1e4);
    assertEquals(0.52, oneLin.lr(0, 1), 1e-15);
    assertRaises(() -> one.lr(1, 11), "oneCycleLr", "more than totalSteps");
    LrSchedule warmCos =
        LrSchedule.sequential(
            List.of(LrSchedule.linearLr(0.5, 1.0, 2), LrSchedule.cosineAnnealingLr(4, 0)),
            List.of(2L));
    assertArrays(
        new double[] {0.5, 0.75, 1.0, (1 + Math.cos(Math.PI / 4)) / 2, 0.5},
        new double[] {
          warmCos.lr(1, 0), warmCos.lr(1, 1), warmCos.lr(1, 2), warmCos.lr(1, 3), warmCos.lr(1, 4)
        },
        "SequentialLR");
    assertRaises(() -> LrSchedule.stepLr(0, 0.1), "stepLr: stepSize must be > 0");
    assertRaises(
        () -> LrSchedule.multiStepLr(List.of(3L, 2L), 0.1), "milestones must be increasing");
  }

  private static void assertArrays(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-15, what + " at step " + i);
    }
  }
}
