package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.translate.Batchifier;
import dev.ivy.Ivy;
import dev.ivy.backend.ExportSpec;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.trace.Graph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 (3b): a traced graph exported to a DJL {@code Block} runs and trains through DJL's own
 * API (Model, Trainer, Loss, Optimizer, GradientCollector) with no Ivy class in the call path, and
 * matches Ivy's eager outputs and Ivy's autodiff SGD step.
 */
class DjlBlockExportTest {
  private static final double TOL = 1e-5;

  /** Exports {@code m}'s graph with Ivy, then hands back only the DJL block. */
  private static Block export(ExportModels.Model m, boolean withLoss) {
    try (var b = Ivy.withBackend("torch")) {
      Graph g = m.trace(withLoss);
      return g.export("torch", m.spec(withLoss)).as(Block.class);
    }
  }

  private static Map<String, float[]> expectedAfterStep(ExportModels.Model m) {
    try (var b = Ivy.withBackend("torch")) {
      return m.afterSgdStep();
    }
  }

  private static float[] eagerLogProbs(ExportModels.Model m) {
    try (var b = Ivy.withBackend("torch")) {
      return m.eagerLogProbs();
    }
  }

  private static DefaultTrainingConfig sgdConfig(Loss loss) {
    return new DefaultTrainingConfig(loss)
        .optOptimizer(
            Optimizer.sgd().setLearningRateTracker(Tracker.fixed(ExportModels.LR)).build());
  }

  /** Checks that each parameter moved from its initial value, as the expected step says. */
  private static void assertStepMoved(ExportModels.Model m, Map<String, float[]> expectedStep) {
    Map<String, float[]> init = m.initialValues();
    for (Map.Entry<String, float[]> e : expectedStep.entrySet()) {
      double moved = ExportModels.maxAbsDiff(init.get(e.getKey()), e.getValue());
      assertTrue(moved > 1e-3, e.getKey() + " must change in the step; moved " + moved);
    }
  }

  private static void assertClose(String what, float[] expected, float[] actual) {
    Close.values(expected, actual, TOL, 0, what);
  }

  @Test
  void mlp_trainerWithDjlLossAndSgd_matchesIvyOutputsAndGradientStep() {
    ExportModels.Model m = ExportModels.mlp();
    Block block = export(m, false);
    float[] expectedOut = eagerLogProbs(m);
    Map<String, float[]> expectedStep = expectedAfterStep(m);
    assertStepMoved(m, expectedStep);

    // DJL only from here on
    try (Model model = Model.newInstance("mlp", "PyTorch")) {
      model.setBlock(block);
      // the block outputs log-probabilities: log_softmax of them is themselves, so DJL's default
      // softmax cross entropy (sparse labels, from logits) is the same loss as Ivy's reference
      try (Trainer trainer = model.newTrainer(sgdConfig(Loss.softmaxCrossEntropyLoss()))) {
        trainer.initialize(new Shape(m.xShape()));
        NDManager nd = trainer.getManager();
        NDArray x = nd.create(m.x(), new Shape(m.xShape()));
        NDArray labels = nd.create(m.labels());
        NDList out = trainer.evaluate(new NDList(x));
        assertEquals("logprobs", out.head().getName());
        assertClose("DJL block output vs Ivy eager", expectedOut, out.head().toFloatArray());
        assertEquals(new Shape(4, 5), block.getOutputShapes(new Shape[] {new Shape(4, 3)})[0]);

        try (Batch batch =
            new Batch(
                nd.newSubManager(),
                new NDList(x),
                new NDList(labels),
                (int) m.batch(),
                Batchifier.STACK,
                Batchifier.STACK,
                0,
                1)) {
          EasyTrain.trainBatch(trainer, batch);
          trainer.step();
        }
        for (Map.Entry<String, float[]> e : expectedStep.entrySet()) {
          Parameter p = block.getParameters().get(e.getKey());
          assertClose(
              "parameter " + e.getKey() + " after one DJL SGD step vs Ivy's",
              e.getValue(),
              p.getArray().toFloatArray());
        }
      }
    }
  }

  @Test
  void convNet_gradientCollectorOnExportedLoss_matchesIvyGradientStep() {
    ExportModels.Model m = ExportModels.convNet();
    Block block = export(m, true);
    float[] expectedOut = eagerLogProbs(m);
    Map<String, float[]> expectedStep = expectedAfterStep(m);
    assertStepMoved(m, expectedStep);

    try (Model model = Model.newInstance("convnet", "PyTorch")) {
      model.setBlock(block);
      try (Trainer trainer = model.newTrainer(sgdConfig(Loss.l2Loss()))) {
        Shape yShape = new Shape(m.batch(), m.classes());
        trainer.initialize(new Shape(m.xShape()), yShape);
        NDManager nd = trainer.getManager();
        NDArray x = nd.create(m.x(), new Shape(m.xShape()));
        NDArray y = nd.create(m.oneHot(), yShape);
        try (GradientCollector gc = trainer.newGradientCollector()) {
          NDList out = trainer.forward(new NDList(x, y));
          assertClose("DJL block log-probs vs Ivy eager", expectedOut, out.get(0).toFloatArray());
          assertEquals("loss", out.get(1).getName());
          gc.backward(out.get(1));
        }
        trainer.step();
        for (Map.Entry<String, float[]> e : expectedStep.entrySet()) {
          assertClose(
              "parameter " + e.getKey() + " after one DJL SGD step vs Ivy's",
              e.getValue(),
              block.getParameters().get(e.getKey()).getArray().toFloatArray());
        }
      }
    }
  }

  @Test
  void mlp_modelSaveAndLoad_restoresTrainedParameters(@TempDir Path dir) throws Exception {
    ExportModels.Model m = ExportModels.mlp();
    Block trained = export(m, false);
    Block fresh = export(m, false);
    float[] trainedOut;
    try (Model model = Model.newInstance("mlp", "PyTorch")) {
      model.setBlock(trained);
      try (Trainer trainer = model.newTrainer(sgdConfig(Loss.softmaxCrossEntropyLoss()))) {
        trainer.initialize(new Shape(m.xShape()));
        NDManager nd = trainer.getManager();
        NDArray x = nd.create(m.x(), new Shape(m.xShape()));
        try (GradientCollector gc = trainer.newGradientCollector()) {
          NDList out = trainer.forward(new NDList(x));
          gc.backward(trainer.getLoss().evaluate(new NDList(nd.create(m.labels())), out));
        }
        trainer.step();
        trainedOut = trainer.evaluate(new NDList(x)).head().toFloatArray();
      }
      model.save(dir, "mlp");
    }
    assertTrue(Files.list(dir).anyMatch(p -> p.toString().endsWith(".params")));
    try (Model model = Model.newInstance("mlp", "PyTorch")) {
      model.setBlock(fresh);
      model.load(dir, "mlp");
      NDManager nd = model.getNDManager();
      NDArray x = nd.create(m.x(), new Shape(m.xShape()));
      NDList out = fresh.forward(new ParameterStore(nd, false), new NDList(x), false);
      assertClose("reloaded block output vs trained block", trainedOut, out.head().toFloatArray());
      assertTrue(
          ExportModels.maxAbsDiff(eagerLogProbs(m), trainedOut) > 1e-4,
          "the training step must have changed the outputs");
    }
  }

  /**
   * Primitives without a DJL JNI entry point (log1p, expm1, sort, take) run as TorchScript methods;
   * autograd must record them too.
   */
  @Test
  void torchScriptPrimitives_gradientCollector_matchesIvyGrad() {
    float[] xs = {-1.5f, 0.25f, 2f};
    float[] ws = {0.5f, -1f, 0.75f};
    java.util.function.BiFunction<dev.ivy.Array, dev.ivy.Array, dev.ivy.Array> f =
        (x, w) ->
            Ivy.add(
                Ivy.sum(Ivy.expm1(Ivy.log1p(Ivy.exp(Ivy.multiply(x, w))))),
                Ivy.add(
                    Ivy.sum(Ivy.multiply(dev.ivy.ops.Sorting.sort(w, 0, false), x)),
                    Ivy.sum(Ivy.multiply(Ivy.take(w, Ivy.array(new long[] {2, 0, 2}, 3), 0), x))));
    Block block;
    float[] expectedGrad;
    float expected;
    try (var b = Ivy.withBackend("torch")) {
      dev.ivy.Array x = Ivy.array(xs, 3);
      dev.ivy.Array w = Ivy.array(ws, 3);
      Graph g = dev.ivy.trace.Tracer.trace(f, x, w);
      block =
          g.export("torch", new ExportSpec(List.of("x", "w"), List.of("y"), Map.of("w", w), null))
              .as(Block.class);
      expected = (float) f.apply(x, w).itemDouble();
      expectedGrad = Ivy.grad(t -> f.apply(x, t)).apply(w).toFloatArray();
    }
    try (NDManager nd = NDManager.newBaseManager("PyTorch")) {
      block.initialize(nd, DataType.FLOAT32, new Shape(3));
      NDArray x = nd.create(xs);
      try (GradientCollector gc =
          ai.djl.engine.Engine.getEngine("PyTorch").newGradientCollector()) {
        NDArray y = block.forward(new ParameterStore(nd, false), new NDList(x), true).head();
        assertClose("value", new float[] {expected}, new float[] {y.getFloat()});
        gc.backward(y);
      }
      assertClose(
          "gradient through TorchScript primitives",
          expectedGrad,
          block.getParameters().get("w").getArray().getGradient().toFloatArray());
    }
  }

  @Test
  void forward_wrongInputShape_raisesIvyArgumentException() {
    ExportModels.Model m = ExportModels.mlp();
    Block block = export(m, false);
    try (NDManager nd = NDManager.newBaseManager("PyTorch")) {
      block.initialize(nd, DataType.FLOAT32, new Shape(m.xShape()));
      NDArray bad = nd.zeros(new Shape(2, 3));
      IvyArgumentException e =
          assertThrows(
              IvyArgumentException.class,
              () -> block.forward(new ParameterStore(nd, false), new NDList(bad), false));
      assertTrue(e.getMessage().contains("input x"), e.getMessage());
    }
  }

  @Test
  void export_higherOrderCond_raisesCapabilityNamingBackendAndPrimitive() {
    try (var b = Ivy.withBackend("torch")) {
      dev.ivy.Array x = Ivy.array(new float[] {1, 2}, 2);
      Graph g =
          dev.ivy.trace.Tracer.trace(
              t ->
                  Ivy.cond(
                          Ivy.greater(Ivy.sum(t), 0.0),
                          l -> List.of(Ivy.negative(l.get(0))),
                          l -> l,
                          t)
                      .get(0),
              x);
      ExportSpec spec = new ExportSpec(List.of("x"), List.of("y"), Map.of(), null);
      dev.ivy.errors.BackendCapabilityException e =
          assertThrows(
              dev.ivy.errors.BackendCapabilityException.class, () -> g.export("torch", spec));
      assertTrue(
          e.getMessage().contains("torch") && e.getMessage().contains("cond"), e.getMessage());
    }
  }

  @Test
  void export_specNamingTooFewInputs_raisesIvyArgumentException() {
    ExportModels.Model m = ExportModels.mlp();
    try (var b = Ivy.withBackend("torch")) {
      Graph g = m.trace(false);
      ExportSpec bad = new ExportSpec(List.of("x"), List.of("out"), Map.of(), null);
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> g.export("torch", bad));
      assertTrue(e.getMessage().contains("inputNames"), e.getMessage());
    }
  }
}
