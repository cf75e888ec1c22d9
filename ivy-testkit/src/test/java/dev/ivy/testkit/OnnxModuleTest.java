package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.nn.Variables;
import dev.ivy.onnx.OnnxExport;
import dev.ivy.onnx.OnnxModel;
import dev.ivy.onnx.OnnxModule;
import dev.ivy.optim.Sgd;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An imported ONNX model as a Module ({@link OnnxModel#toModule()}): its float initializers are the
 * variables, its outputs match PyTorch's, and it trains (gradients reach every weight and an
 * optimizer step lowers the loss), on every backend.
 */
class OnnxModuleTest {
  private static final Path MLP = OracleFiles.conformanceDir().resolve("models/mlp.json");

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void mlpModule_variablesAreTheFloatInitializers_andOutputsMatchPyTorch(String backend) {
    OnnxReference ref = OnnxReference.read(MLP);
    OnnxModel model = OnnxModel.load(ref.model());
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      OnnxModule m = model.toModule();
      Variables v = m.v();
      assertFalse(v.isEmpty(), "the MLP has weights");
      Map<String, Array> inits = model.initializers();
      long floats = inits.values().stream().filter(a -> a.dtype().isFloating()).count();
      assertEquals(floats, v.size(), "one variable per float initializer");
      for (Map.Entry<String, String> e : m.initializerNames().entrySet()) {
        assertEquals(e.getValue().replace('.', '/').replaceAll("^/+", ""), e.getKey());
        assertEquals(inits.get(e.getValue()).aval(), v.get(e.getKey()).aval());
        assertEquals(backend, v.get(e.getKey()).backendName());
      }
      Array x = ref.inputs(model, backend).values().iterator().next();
      List<String> bad = ref.compare(List.of(m.call(x)));
      assertTrue(bad.isEmpty(), "module output on " + backend + ": " + bad);
      // another tree changes the output: the forward reads its weights from v only
      Array y2 = m.call(x, v.map(a -> Ivy.multiply(a, 0.0f)));
      assertFalse(ref.compare(List.of(y2)).isEmpty(), "zeroed weights give other outputs");
    }
  }

  /**
   * Every reference model as a module: outputs match PyTorch's and every weight gets a gradient.
   */
  @TestFactory
  Stream<DynamicTest> referenceModels_asModules_matchPyTorchAndDifferentiate() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      for (Path f : OnnxModelsTest.referenceFiles()) {
        tests.add(
            DynamicTest.dynamicTest(
                f.getFileName() + "[" + backend + "]", () -> asModule(f, backend)));
      }
    }
    return tests.stream();
  }

  private static void asModule(Path f, String backend) {
    OnnxReference ref = OnnxReference.read(f);
    OnnxModel model = OnnxModel.load(ref.model());
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      OnnxModule m = model.toModule();
      List<Array> in = new ArrayList<>(ref.inputs(model, backend).values());
      List<String> bad = ref.compare(m.call(in, m.v()));
      assertTrue(bad.isEmpty(), f.getFileName() + " as a module on " + backend + ": " + bad);
      var r =
          Ivy.executeWithGradients(
              v -> {
                Array loss = null;
                for (Array y : m.call(in, v)) {
                  if (y.dtype().isFloating()) {
                    Array l = Ivy.sum(Ivy.square(y));
                    loss = loss == null ? l : Ivy.add(loss, l);
                  }
                }
                return loss;
              },
              m.v());
      long zero =
          r.grads().paths().stream()
              .filter(p -> Ivy.sum(Ivy.abs(r.grads().get(p))).itemDouble() == 0)
              .count();
      assertTrue(
          zero == 0, f.getFileName() + " on " + backend + ": " + zero + " weights got no gradient");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void mlpModule_gradientStepsWithSgd_lowerTheLoss(String backend) {
    OnnxReference ref = OnnxReference.read(MLP);
    OnnxModel model = OnnxModel.load(ref.model());
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      OnnxModule m = model.toModule();
      Array x = ref.inputs(model, backend).values().iterator().next();
      Array y0 = m.call(x);
      Array target = Ivy.add(y0, 1.0f);
      Sgd opt = new Sgd(0.05);
      List<Double> losses = new ArrayList<>();
      for (int step = 0; step < 5; step++) {
        var r =
            Ivy.executeWithGradients(
                v -> Ivy.mean(Ivy.square(Ivy.subtract(m.call(x, v), target))), m.v());
        losses.add(r.value().itemDouble());
        for (String p : r.grads().paths()) {
          double norm = Ivy.sum(Ivy.abs(r.grads().get(p))).itemDouble();
          assertTrue(norm > 0, "gradient reaches " + p + " on " + backend);
        }
        m.setV(opt.step(m.v(), r.grads()));
      }
      for (int i = 1; i < losses.size(); i++) {
        assertTrue(
            losses.get(i) < losses.get(i - 1),
            "loss falls at every step on " + backend + ": " + losses);
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void mlpModule_tracedWithItsVariablesAsInputs_exportsThemAsInitializers(String backend) {
    OnnxReference ref = OnnxReference.read(MLP);
    OnnxModel model = OnnxModel.load(ref.model());
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      OnnxModule m = model.toModule();
      Variables v = m.v();
      Array x = ref.inputs(model, backend).values().iterator().next();
      List<Array> examples = new ArrayList<>(List.of(x));
      examples.addAll(v.arrays());
      // the module traced for training: its variables are graph inputs, not constants
      Graph g =
          Tracer.trace(
              in -> m.call(in.get(0), v.mapPaths(p -> in.get(1 + v.paths().indexOf(p)))), examples);
      assertEquals(1 + v.size(), g.inputs().size());
      List<String> names = new ArrayList<>(List.of(model.inputs().get(0).name()));
      names.addAll(v.paths());
      OnnxExport.Builder e =
          OnnxExport.builder(g)
              .setInputNames(names)
              .setOutputNames(List.of(model.outputs().get(0).name()));
      for (int i = 0; i < v.size(); i++) {
        e.optInitializer(1 + i, v.arrays().get(i));
      }
      OnnxModel again = OnnxModel.fromProto(e.toProto());
      assertEquals(v.paths(), again.initializerNames().subList(0, v.size()));
      assertEquals(1, again.inputs().size());
      List<String> bad = ref.compare(again.run(x));
      assertTrue(bad.isEmpty(), "exported trained-form model on " + backend + ": " + bad);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void ivyImportOnnxModule_givesTheModule(String backend) {
    OnnxReference ref = OnnxReference.read(MLP);
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      dev.ivy.nn.Module m = Ivy.importOnnxModule(ref.model());
      assertTrue(m instanceof OnnxModule, m.getClass().toString());
      Array x = ref.inputs(OnnxModel.load(ref.model()), backend).values().iterator().next();
      List<String> bad = ref.compare(List.of(m.call(x)));
      assertTrue(bad.isEmpty(), bad.toString());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void onnxModule_wrongNumberOfInputs_raisesIvyArgumentException(String backend) {
    OnnxModel model = OnnxModel.load(OnnxReference.read(MLP).model());
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      OnnxModule m = model.toModule();
      Array x = Ivy.zeros(4, 20);
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> m.call(List.of(x, x), m.v()));
      assertTrue(e.getMessage().startsWith("OnnxModule.call"), e.getMessage());
    }
  }
}
