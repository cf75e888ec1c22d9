package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Reduction;
import dev.ivy.Scope;
import dev.ivy.frontend.torch.TorchFrontend;
import dev.ivy.nn.Module;
import dev.ivy.nn.Variables;
import dev.ivy.optim.Adagrad;
import dev.ivy.optim.Adam;
import dev.ivy.optim.AdamW;
import dev.ivy.optim.Optimizer;
import dev.ivy.optim.RmsProp;
import dev.ivy.optim.Sgd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code conformance/oracle/training/*.json} on every backend: the MLP the file describes,
 * written as a torch-style module ({@code TorchFrontend.nn.Linear} layers, {@code loadStateDict} of
 * the file's initial weights) and converted with {@code Ivy.toIvyModule}, trained with the
 * library's optimizer and gradients, reproduces PyTorch's loss at every step within the file's
 * rtol, and its final weights.
 */
class TrainingOracleTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> cases() throws IOException {
    Path dir = OracleFiles.conformanceDir().resolve("oracle").resolve("training");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no training files in " + dir);
    List<Arguments> r = new ArrayList<>();
    for (Path f : files) {
      for (String b : Backends.underTest()) {
        r.add(Arguments.of(f.getFileName().toString(), b, f));
      }
    }
    return r.stream();
  }

  /** A layer of the MLP: a linear map (its variable prefix) or an activation. */
  record Layer(String linear, String activation) {}

  @ParameterizedTest(name = "{0}[{1}]")
  @MethodSource("cases")
  void training_reproducesPyTorchLossesAndFinalWeights(String name, String backend, Path file)
      throws IOException {
    JsonNode j = JSON.readTree(file.toFile());
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Variables init = weights(j.get("initial_weights"));
      DType dt = DType.of(j.path("dtype").asText("float64"));
      assertEquals(dt, init.arrays().get(0).dtype(), name + ": weights have the file's dtype");
      // the torch-style MLP, loaded from the file's state dict and converted to an Ivy module
      TorchMlp mlp = new TorchMlp(layers(j.get("model").asText(), init), init, dt);
      mlp.loadStateDict(stateDict(j.get("initial_weights")));
      Module model = Ivy.toIvyModule(mlp);
      Variables v = model.v();
      assertEquals(init.paths(), v.paths(), name + ": the converted module's variables");
      Array x = (Array) CaseRunner.decode(j.get("inputs"));
      Array y = (Array) CaseRunner.decode(j.get("labels"));
      String loss = j.get("loss").asText();
      assertTrue(loss.startsWith("cross_entropy"), name + ": a loss this test knows; got " + loss);
      Function<Variables, Array> lossFn =
          w -> Ivy.crossEntropy(model.call(x, w), y, null, -100, Reduction.MEAN, 0.0);
      Optimizer opt = optimizer(j.get("optimizer").asText(), j.get("settings"));
      double rtol = j.get("rtol").asDouble();
      int steps = j.get("steps").asInt();
      JsonNode losses = j.get("losses");
      assertEquals(steps, losses.size());
      for (int i = 0; i < steps; i++) {
        try (Scope step = Ivy.scope()) {
          var r = Ivy.executeWithGradients(lossFn, v);
          double expected = losses.get(i).asDouble();
          double got = r.value().itemDouble();
          Close.scalar(
              expected, got, 0, rtol, name + "[" + backend + "]: the loss before step " + (i + 1));
          v = opt.step(v, r.grads()); // the optimizer's until the next step: no keep needed
        }
      }
      Variables expected = weights(j.get("final_weights"));
      expected.checkSameStructure("final_weights", v);
      for (String p : expected.paths()) {
        Close.values(
            expected.get(p).toDoubleArray(),
            v.get(p),
            1e-9,
            rtol,
            name + "[" + backend + "]: final " + p);
      }
    }
  }

  /** Returns the file's state dict {@code fc1.weight...} with PyTorch's names, in file order. */
  static Map<String, Array> stateDict(JsonNode sd) {
    Map<String, Array> r = new LinkedHashMap<>();
    sd.fields().forEachRemaining(e -> r.put(e.getKey(), (Array) CaseRunner.decode(e.getValue())));
    return r;
  }

  /**
   * The file's MLP as a torch-style module: one {@code nn.Linear} per linear layer, registered
   * under its state-dict name ({@code fc1}...), and the activations applied in {@code forward}.
   */
  static final class TorchMlp extends TorchFrontend.nn.Module {
    private final List<Object> steps = new ArrayList<>();

    TorchMlp(List<Layer> layers, Variables shapes, DType dtype) {
      for (Layer l : layers) {
        if (l.linear() == null) {
          steps.add(l.activation());
          continue;
        }
        long[] d = shapes.get(l.linear() + "/weight").shape().dims();
        boolean bias = shapes.contains(l.linear() + "/bias");
        steps.add(registerModule(l.linear(), new TorchFrontend.nn.Linear(d[1], d[0], bias, dtype)));
      }
    }

    @Override
    public Array forward(Array x) {
      Array h = x;
      for (Object step : steps) {
        if (step instanceof TorchFrontend.nn.Linear fc) {
          h = fc.call(h);
        } else {
          h = step.equals("relu") ? TorchFrontend.nn.functional.relu(h) : TorchFrontend.tanh(h);
        }
      }
      return h;
    }
  }

  /** Returns the state dict {@code fc1.weight...} as a tree {@code fc1/weight...}, file order. */
  static Variables weights(JsonNode sd) {
    Variables.Builder b = Variables.builder();
    Iterator<Map.Entry<String, JsonNode>> it = sd.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      b.put(e.getKey().replace('.', '/'), (Array) CaseRunner.decode(e.getValue()));
    }
    return b.build();
  }

  /**
   * Returns the layers of {@code "Linear(20,32) -> relu -> ..."}: the k-th {@code Linear} takes the
   * k-th module of the state dict.
   */
  static List<Layer> layers(String model, Variables v) {
    List<String> modules = v.keys();
    List<Layer> r = new ArrayList<>();
    int k = 0;
    String desc = model.contains(";") ? model.substring(0, model.indexOf(';')) : model;
    for (String part : desc.split("->")) {
      String t = part.trim();
      if (t.startsWith("Linear(")) {
        assertTrue(k < modules.size(), "more Linear layers than weights in: " + model);
        String m = modules.get(k++);
        String[] io = t.substring(7, t.length() - 1).split(",");
        long in = Long.parseLong(io[0].trim());
        long out = Long.parseLong(io[1].trim());
        assertEquals(
            List.of(out, in),
            List.of(v.get(m + "/weight").shape().dims()[0], v.get(m + "/weight").shape().dims()[1]),
            m + "/weight is [out, in]");
        r.add(new Layer(m, null));
      } else if (t.equals("relu") || t.equals("tanh")) {
        r.add(new Layer(null, t));
      } else {
        fail("a layer this test knows (Linear(a,b), relu, tanh); got '" + t + "' in " + model);
      }
    }
    assertEquals(modules.size(), k, "every module of the state dict is a layer of: " + model);
    return r;
  }

  static Array forward(List<Layer> layers, Variables w, Array x) {
    Array h = x;
    for (Layer l : layers) {
      if (l.linear() != null) {
        Variables m = w.subtree(l.linear());
        h = Ivy.linear(h, m.get("weight"), m.contains("bias") ? m.get("bias") : null);
      } else {
        h = l.activation().equals("relu") ? Ivy.relu(h) : Ivy.tanh(h);
      }
    }
    return h;
  }

  /** Returns the optimizer named as in torch.optim, with the file's settings (PyTorch's names). */
  static Optimizer optimizer(String name, JsonNode settings) {
    Map<String, JsonNode> st = new LinkedHashMap<>();
    settings.fields().forEachRemaining(e -> st.put(e.getKey(), e.getValue()));
    double lr = st.remove("lr").asDouble();
    Optimizer opt;
    switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "sgd" -> {
        Sgd o = new Sgd(lr);
        take(st, "momentum", n -> o.setMomentum(n.asDouble()));
        take(st, "dampening", n -> o.setDampening(n.asDouble()));
        take(st, "nesterov", n -> o.setNesterov(n.asBoolean()));
        take(st, "weight_decay", n -> o.setWeightDecay(n.asDouble()));
        opt = o;
      }
      case "adam", "adamw" -> {
        Adam o = name.equalsIgnoreCase("adam") ? new Adam(lr) : new AdamW(lr);
        take(st, "betas", n -> o.setBetas(n.get(0).asDouble(), n.get(1).asDouble()));
        take(st, "eps", n -> o.setEps(n.asDouble()));
        take(st, "weight_decay", n -> o.setWeightDecay(n.asDouble()));
        take(st, "amsgrad", n -> o.setAmsgrad(n.asBoolean()));
        opt = o;
      }
      case "rmsprop" -> {
        RmsProp o = new RmsProp(lr);
        take(st, "alpha", n -> o.setAlpha(n.asDouble()));
        take(st, "eps", n -> o.setEps(n.asDouble()));
        take(st, "weight_decay", n -> o.setWeightDecay(n.asDouble()));
        take(st, "momentum", n -> o.setMomentum(n.asDouble()));
        take(st, "centered", n -> o.setCentered(n.asBoolean()));
        opt = o;
      }
      case "adagrad" -> {
        Adagrad o = new Adagrad(lr);
        take(st, "lr_decay", n -> o.setLrDecay(n.asDouble()));
        take(st, "weight_decay", n -> o.setWeightDecay(n.asDouble()));
        take(st, "initial_accumulator_value", n -> o.setInitialAccumulatorValue(n.asDouble()));
        take(st, "eps", n -> o.setEps(n.asDouble()));
        opt = o;
      }
      default -> throw new AssertionError("an optimizer this test knows; got " + name);
    }
    assertTrue(st.isEmpty(), name + ": settings this test knows; left over " + st.keySet());
    return opt;
  }

  private static void take(
      Map<String, JsonNode> st, String key, java.util.function.Consumer<JsonNode> set) {
    JsonNode n = st.remove(key);
    if (n != null) {
      set.accept(n);
    }
  }
}
