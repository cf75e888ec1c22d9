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
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.frontend.jax.JaxFrontend;
import dev.ivy.frontend.tf.TfFrontend;
import dev.ivy.frontend.torch.TorchFrontend.nn;
import dev.ivy.nn.Module;
import dev.ivy.nn.TracedModule;
import dev.ivy.nn.Variables;
import dev.ivy.optim.Adam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's "Converting Network Models": a torch-style {@code Network} (Linear 3 -> 3) converted
 * with {@code Ivy.toIvyModule}, traced with its variables as graph inputs, moved to each backend
 * and trained there with {@code Adam(1e-4)} for 100 steps; plus the torch-style module API itself.
 */
class ModuleConversionTest {
  private static final int STEPS = 100;

  /** The seed's {@code Network(torch.nn.Module)}. */
  static final class Network extends nn.Module {
    final nn.Linear linear = registerModule("_linear", new nn.Linear(3, 3));

    @Override
    public Array forward(Array x) {
      return linear.call(x);
    }
  }

  private static Network seededNetwork() {
    Ivy.seed(0);
    return new Network();
  }

  /** Trains {@code model} on the seed's data and returns the loss before each step. */
  private static double[] train(Module model, String backend) {
    Array xIn = Ivy.array(new float[] {1, 2, 3}, 3);
    Array target = Ivy.array(new float[] {0}, 1);
    Function<Variables, Array> lossFn =
        v -> Ivy.mean(Ivy.square(Ivy.subtract(model.call(xIn, v), target)));
    Adam optimizer = new Adam(1e-4);
    double[] losses = new double[STEPS];
    for (int step = 0; step < STEPS; step++) {
      try (Scope s = Ivy.scope()) {
        var r = Ivy.executeWithGradients(lossFn, model.v());
        losses[step] = r.value().itemDouble();
        model.setV(optimizer.step(model.v(), r.grads())); // outlives the scope
      }
    }
    assertEquals(backend, model.v().arrays().get(0).backendName(), "variables stay on " + backend);
    return losses;
  }

  private static double[] referenceLosses;

  /** The eager, untraced conversion trained on nd4j: the losses every backend must reproduce. */
  private static synchronized double[] reference() {
    if (referenceLosses == null) {
      try (var b = Ivy.withBackend("nd4j")) {
        referenceLosses = train(Ivy.toIvyModule(seededNetwork()), "nd4j");
      }
    }
    return referenceLosses;
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void seedNetwork_convertedTracedMovedAndTrained_lossFallsAndMatchesEveryBackend(String backend) {
    double[] expected = reference();
    Network net;
    TracedModule model;
    try (var b = Ivy.withBackend("nd4j")) {
      Array x = Ivy.array(new float[] {1, 2, 3}, 3);
      net = seededNetwork();
      Module converted = Ivy.toIvyModule(net);
      assertEquals(List.of("_linear/weight", "_linear/bias"), converted.v().paths());
      model = converted.traceGraph(x);
      model.toBackend(backend);
    }
    try (var b = Ivy.withBackend(backend)) {
      double[] losses = train(model, backend);
      assertTrue(
          losses[STEPS - 1] < losses[0],
          backend + ": the loss should fall; got " + losses[0] + " -> " + losses[STEPS - 1]);
      Close.values(
          expected, losses, 1e-6, 1e-5, backend + ": the losses against nd4j's eager ones");
      // the trained weights loaded back into the torch-style module give the same output
      net.to(backend);
      net.loadStateDict(model.v());
      Array xb = Ivy.array(new float[] {1, 2, 3}, 3);
      assertArrayEquals(model.call(xb).toFloatArray(), net.call(xb).toFloatArray(), 1e-6f, backend);
      model.close();
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void tracedModule_gradientsUnderTheTape_equalTheUntracedModules(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Ivy.seed(1);
      nn.Sequential torchMlp =
          new nn.Sequential(new nn.Linear(4, 8), new nn.Tanh(), new nn.Linear(8, 2));
      Module eager = Ivy.toIvyModule(torchMlp);
      Array x = Ivy.reshape(Ivy.astype(Ivy.arange(12), DType.FLOAT32), 3, 4);
      try (TracedModule traced = eager.traceGraph(x).toBackend(backend)) {
        assertEquals(eager.v().paths(), traced.v().paths());
        assertEquals(Backends.compiles(backend), traced.isCompiled(), "compiled on every backend");
        // a plain call (the compiled program) and a call under the tape (a replay)
        // agree
        assertArrayEquals(
            eager.call(x).toFloatArray(), traced.call(x).toFloatArray(), 1e-5f, backend);
        Function<Module, Variables> grads =
            m -> Ivy.executeWithGradients(v -> Ivy.sum(Ivy.square(m.call(x, v))), m.v()).grads();
        Variables ge = grads.apply(eager);
        Variables gt = grads.apply(traced);
        assertEquals(ge.paths(), gt.paths());
        for (String p : ge.paths()) {
          assertArrayEquals(
              ge.get(p).toFloatArray(), gt.get(p).toFloatArray(), 1e-4f, backend + " " + p);
          assertTrue(Ivy.sum(Ivy.abs(gt.get(p))).itemDouble() > 0, p + ": the gradient reaches it");
        }
      }
    }
  }

  /** Trains {@code m} for 30 Adam steps on a fixed regression and returns the first, last loss. */
  private static double[] fit(Module m, Array x, Array y) {
    Adam opt = new Adam(0.01);
    Function<Variables, Array> loss = v -> Ivy.mean(Ivy.square(Ivy.subtract(m.call(x, v), y)));
    double first = 0;
    double last = 0;
    for (int i = 0; i < 30; i++) {
      try (Scope s = Ivy.scope()) {
        var r = Ivy.executeWithGradients(loss, m.v());
        last = r.value().itemDouble();
        first = i == 0 ? last : first;
        m.setV(opt.step(m.v(), r.grads())); // outlives the scope
      }
    }
    return new double[] {first, last};
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void kerasSequential_builtConvertedTracedAndTrained(String backend) {
    try (var b = Ivy.withBackend(backend)) {
      Ivy.seed(2);
      var model =
          new TfFrontend.keras.Sequential(
              new TfFrontend.keras.layers.Dense(4, "relu", true),
              new TfFrontend.keras.layers.Dense(1));
      Array x = Ivy.reshape(Ivy.astype(Ivy.arange(6), DType.FLOAT32), 2, 3);
      Array y = Ivy.array(new float[] {1, -1}, 2, 1);
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> Ivy.toIvyModule(model));
      assertTrue(e.getMessage().contains("must be built"), e.getMessage());
      Array before = model.apply(x);
      Module m = Ivy.toIvyModule(model);
      assertEquals(
          List.of("dense/kernel", "dense/bias", "dense_1/kernel", "dense_1/bias"), m.v().paths());
      assertEquals(Shape.of(3, 4), m.v().get("dense/kernel").shape());
      assertArrayEquals(before.toFloatArray(), m.call(x).toFloatArray(), 1e-6f);
      var conv = new TfFrontend.keras.layers.Conv2D(4, 3);
      Array img = Ivy.ones(Shape.of(1, 5, 5, 2), DType.FLOAT32);
      assertEquals(Shape.of(1, 3, 3, 4), conv.apply(img).shape());
      assertEquals(Shape.of(3, 3, 2, 4), conv.namedWeights().get("kernel").value().shape());
      assertArrayEquals(
          conv.apply(img).toFloatArray(), Ivy.toIvyModule(conv).call(img).toFloatArray());
      try (TracedModule t = m.traceGraph(x).toBackend(backend)) {
        double[] fl = fit(t, x, y);
        assertTrue(
            fl[1] < fl[0] / 2, backend + ": the loss should halve; got " + fl[0] + " -> " + fl[1]);
        model.setWeights(t.v().arrays());
        assertArrayEquals(t.call(x).toFloatArray(), model.apply(x).toFloatArray(), 1e-5f);
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void flaxModules_boundConvertedAndTrained(String backend) {
    try (var b = Ivy.withBackend(backend)) {
      Array x = Ivy.reshape(Ivy.astype(Ivy.arange(6), DType.FLOAT32), 2, 3);
      Array y = Ivy.array(new float[] {1, -1}, 2, 1);
      var dense = new JaxFrontend.linen.Dense(2);
      Variables vars = dense.init(0L, x);
      assertEquals(List.of("params/kernel", "params/bias"), vars.paths());
      Module md = Ivy.toIvyModule(dense.bind(vars));
      assertEquals(vars.paths(), md.v().paths());
      assertArrayEquals(dense.apply(vars, x).toFloatArray(), md.call(x).toFloatArray());
      var mlp =
          new JaxFrontend.linen.Sequential(
              new JaxFrontend.linen.Dense(4),
              new JaxFrontend.linen.Relu(),
              new JaxFrontend.linen.Dense(1));
      Variables mv = mlp.init(1L, x);
      assertEquals(
          List.of(
              "params/layers_0/kernel",
              "params/layers_0/bias",
              "params/layers_2/kernel",
              "params/layers_2/bias"),
          mv.paths());
      double[] fl = fit(Ivy.toIvyModule(mlp.bind(mv)), x, y);
      assertTrue(
          fl[1] < fl[0] / 2, backend + ": the loss should halve; got " + fl[0] + " -> " + fl[1]);
    }
  }

  @Test
  void torchModule_namesOrderAndPrintoutFollowPyTorch() {
    try (var b = Ivy.withBackend("nd4j")) {
      nn.Sequential m =
          new nn.Sequential(new nn.Conv2d(1, 2, 3), new nn.BatchNorm2d(2), new nn.ReLU());
      assertEquals(List.of("0.weight", "0.bias", "1.weight", "1.bias"), keys(m.namedParameters()));
      assertEquals(
          List.of(
              "0.weight",
              "0.bias",
              "1.weight",
              "1.bias",
              "1.running_mean",
              "1.running_var",
              "1.num_batches_tracked"),
          keys(m.stateDict()));
      nn.MultiheadAttention mha = new nn.MultiheadAttention(4, 2);
      assertEquals(
          List.of("in_proj_weight", "in_proj_bias", "out_proj.weight", "out_proj.bias"),
          keys(mha.stateDict()));
      assertEquals(
          List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"),
          keys(new nn.LSTM(3, 5).stateDict()));
      assertEquals(List.of("weight"), keys(new nn.Embedding(10, 3).stateDict()));
      assertEquals(List.of("weight", "bias"), keys(new nn.LayerNorm(4).stateDict()));
      assertEquals(
          "Network(\n  (_linear): Linear(in_features=3, out_features=3, bias=True)\n)",
          new Network().toString());
      assertEquals(4, m.parameters().size());
    }
  }

  @Test
  void torchLayers_reuseTheCoreLayersInitialisationAndMaths() {
    try (var b = Ivy.withBackend("nd4j")) {
      Ivy.seed(5);
      nn.Linear t = new nn.Linear(3, 2);
      Ivy.seed(5);
      dev.ivy.nn.Linear c = new dev.ivy.nn.Linear(3, 2);
      assertArrayEquals(
          c.v().get("weight").toFloatArray(), t.getParameter("weight").data().toFloatArray());
      Array x = Ivy.ones(Shape.of(4, 3), DType.FLOAT32);
      assertArrayEquals(c.call(x).toFloatArray(), t.call(x).toFloatArray());
      Array q = Ivy.ones(Shape.of(5, 2, 4), DType.FLOAT32);
      List<Array> r = new nn.MultiheadAttention(4, 2).call(List.of(q, q, q));
      assertEquals(List.of(Shape.of(5, 2, 4), Shape.of(2, 5, 5)), shapes(r));
      List<Array> lstm = new nn.LSTM(4, 6).call(List.of(q));
      assertEquals(List.of(Shape.of(5, 2, 6), Shape.of(1, 2, 6), Shape.of(1, 2, 6)), shapes(lstm));
      Array idx = Ivy.array(new long[] {0, 2}, 2);
      assertEquals(Shape.of(2, 3), new nn.Embedding(4, 3).call(idx).shape());
    }
  }

  @Test
  void loadStateDict_checksKeysAndShapes_andCastsDtypes() {
    try (var b = Ivy.withBackend("nd4j")) {
      Network net = new Network();
      Map<String, Array> sd = net.stateDict();
      Map<String, Array> missing = new java.util.LinkedHashMap<>(sd);
      missing.remove("_linear.bias");
      missing.put("linear.bias", Ivy.zeros(Shape.of(3), DType.FLOAT32));
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> net.loadStateDict(missing));
      assertEquals(
          "Network.loadStateDict: the state dict must have exactly the module's keys; missing"
              + " [_linear.bias], unexpected [linear.bias]",
          e.getMessage());
      var keys = net.loadStateDict(missing, false);
      assertEquals(List.of("_linear.bias"), keys.missingKeys());
      assertEquals(List.of("linear.bias"), keys.unexpectedKeys());
      Map<String, Array> wrong = new java.util.LinkedHashMap<>(sd);
      wrong.put("_linear.weight", Ivy.zeros(Shape.of(3, 4), DType.FLOAT32));
      e = assertThrows(IvyArgumentException.class, () -> net.loadStateDict(wrong));
      assertTrue(e.getMessage().contains("size mismatch for _linear.weight"), e.getMessage());
      Map<String, Array> f64 = new java.util.LinkedHashMap<>();
      f64.put("_linear.weight", Ivy.ones(Shape.of(3, 3), DType.FLOAT64));
      f64.put("_linear.bias", Ivy.zeros(Shape.of(3), DType.FLOAT64));
      net.loadStateDict(f64);
      assertEquals(DType.FLOAT32, net.getParameter("_linear.weight").dtype());
      assertArrayEquals(
          new float[] {6, 6, 6}, net.call(Ivy.array(new float[] {1, 2, 3}, 3)).toFloatArray());
    }
  }

  @Test
  void convertedModule_bindsVariablesOnlyForTheCall_andKeepsBufferUpdates() {
    try (var b = Ivy.withBackend("nd4j")) {
      nn.Sequential torch = new nn.Sequential(new nn.Conv2d(1, 2, 1), new nn.BatchNorm2d(2));
      Array before = torch.getParameter("0.weight").data();
      Module m = Ivy.toIvyModule(torch);
      assertEquals(
          List.of("1/running_mean", "1/running_var", "1/num_batches_tracked"), m.buffers().paths());
      Array x = Ivy.reshape(Ivy.astype(Ivy.arange(8), DType.FLOAT32), 1, 1, 2, 4);
      Variables zero = m.v().map(Ivy::zerosLike);
      m.call(x, zero);
      assertSame(before, torch.getParameter("0.weight").data(), "parameters restored");
      assertEquals(1L, m.buffers().get("1/num_batches_tracked").itemLong());
      assertEquals(0L, torch.getBuffer("1.num_batches_tracked").itemLong());
      m.eval();
      m.call(x);
      assertEquals(1L, m.buffers().get("1/num_batches_tracked").itemLong(), "eval: no update");
      assertTrue(torch.isTraining(), "the torch module's mode is restored");
    }
  }

  @Test
  void traceGraph_variablesAreGraphInputsNotConstants_andBadCallsRaise() {
    try (var b = Ivy.withBackend("nd4j")) {
      Module m = Ivy.toIvyModule(new Network());
      Array x = Ivy.array(new float[] {1, 2, 3}, 3);
      TracedModule t = m.traceGraph(x);
      dev.ivy.trace.Graph g = (dev.ivy.trace.Graph) t.graph();
      assertEquals(3, g.inputs().size(), "x, _linear/weight, _linear/bias:\n" + g);
      assertEquals(List.of(Shape.of(3), Shape.of(3, 3), Shape.of(3)), shapesOf(g));
      assertTrue(g.constants().isEmpty(), "no weight baked in as a constant:\n" + g);
      assertEquals(m.v().paths(), t.v().paths());
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> t.call(List.of(x, x)));
      assertEquals(
          "Traced(Converted(Network)).call: takes 1 input(s), as traced; got 2", e.getMessage());
      e = assertThrows(IvyArgumentException.class, () -> m.traceGraph());
      assertTrue(e.getMessage().endsWith("needs at least one example input; got none"));
    }
  }

  private static List<Shape> shapesOf(dev.ivy.trace.Graph g) {
    return g.inputAvals().stream().map(a -> a.shape()).toList();
  }

  @Test
  void toIvyModule_unknownObject_raisesNamingTheType() {
    IvyArgumentException e =
        assertThrows(IvyArgumentException.class, () -> Ivy.toIvyModule("not a module"));
    assertTrue(e.getMessage().startsWith("toIvyModule: frameworkModule must be"), e.getMessage());
    assertTrue(e.getMessage().endsWith("got java.lang.String"), e.getMessage());
    try (var b = Ivy.withBackend("nd4j")) {
      Module core = new dev.ivy.nn.Linear(2, 2);
      assertSame(core, Ivy.toIvyModule(core));
    }
  }

  @Test
  void forward_notDefined_raisesNamingTheModule() {
    nn.Module empty = new nn.Module() {};
    try (var b = Ivy.withBackend("nd4j")) {
      IvyArgumentException e =
          assertThrows(
              IvyArgumentException.class, () -> empty.call(Ivy.ones(Shape.of(1), DType.FLOAT32)));
      assertTrue(
          e.getMessage().startsWith("Module.forward: the module must override"), e.getMessage());
      assertFalse(e.getMessage().isEmpty());
    }
  }

  private static List<String> keys(Map<String, ?> m) {
    return new ArrayList<>(m.keySet());
  }

  private static List<Shape> shapes(List<Array> l) {
    return l.stream().map(Array::shape).toList();
  }
}
