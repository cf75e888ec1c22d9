package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.DataFormat;
import dev.ivy.Ivy;
import dev.ivy.Reduction;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.nn.BatchNorm1d;
import dev.ivy.nn.Dropout;
import dev.ivy.nn.Linear;
import dev.ivy.nn.Module;
import dev.ivy.nn.ReLU;
import dev.ivy.nn.Sequential;
import dev.ivy.nn.Variables;
import dev.ivy.optim.Adam;
import dev.ivy.optim.LrSchedule;
import dev.ivy.optim.Optimizer;
import dev.ivy.optim.Sgd;
import dev.ivy.optim.TrainStep;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code Ivy.compileTrainStep}: a traced and compiled training step trains exactly as the eager
 * loop {@code r = executeWithGradients(loss, v); v = optimizer.step(v, r.grads())} does, on every
 * backend, through optimizers whose first step is special, batch sizes that change, learning-rate
 * schedules, modules, and a scope per step.
 */
class TrainStepTest {
  private static final int STEPS = 6;

  private static Array data(long seed, long... shape) {
    return Ivy.randomNormal(0.0, 1.0, Shape.of(shape), DType.FLOAT64, seed);
  }

  private static Variables mlp() {
    return Variables.builder()
        .put("w1", Ivy.multiply(data(1, 4, 8), 0.5))
        .put("b1", Ivy.multiply(data(2, 8), 0.1))
        .put("w2", Ivy.multiply(data(3, 8, 2), 0.5))
        .build();
  }

  private static Array mlpLoss(Variables v, List<Array> b) {
    Array h = Ivy.relu(Ivy.add(Ivy.matmul(b.get(0), v.get("w1")), v.get("b1")));
    return Ivy.mseLoss(Ivy.matmul(h, v.get("w2")), b.get(1), Reduction.MEAN);
  }

  /** The batch of step t: 8 rows, or {@code rows(t)}. */
  private static Array[] batch(int t, int rows) {
    return new Array[] {data(100 + t, rows, 4), data(200 + t, rows, 2)};
  }

  /**
   * Trains {@link #mlp} for {@link #STEPS} steps both ways with optimizers from {@code optimizer}
   * and checks every loss and the final variables.
   */
  private static TrainStep compareWithEager(
      Supplier<Optimizer> optimizer, java.util.function.IntUnaryOperator rows) {
    Variables v = mlp();
    Optimizer eager = optimizer.get();
    TrainStep step = Ivy.compileTrainStep(mlp(), TrainStepTest::mlpLoss, optimizer.get());
    for (int t = 0; t < STEPS; t++) {
      Array[] b = batch(t, rows.applyAsInt(t));
      try (Scope s = Ivy.scope()) {
        var r = Ivy.executeWithGradients(w -> mlpLoss(w, List.of(b)), v);
        Variables next = eager.step(v, r.grads());
        double expected = r.value().itemDouble();
        double actual = step.step(b).itemDouble();
        close(expected, actual, "loss of step " + t);
        v = next;
      }
      assertEquals(t > 0, step.isTraced(), "step " + t + " runs the traced graph after the first");
    }
    for (String p : v.paths()) {
      double[] e = v.get(p).toDoubleArray();
      double[] a = step.variables().get(p).toDoubleArray();
      for (int i = 0; i < e.length; i++) {
        close(e[i], a[i], p + "[" + i + "] after " + STEPS + " steps");
      }
    }
    assertEquals(STEPS, step.optimizer().stepCount());
    return step;
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void adam_matchesEagerTraining(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope();
        TrainStep step = compareWithEager(() -> new Adam(0.05), t -> 8)) {
      assertTrue(step.isCompiled(), backend + " compiles the step to one native program");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void sgdWithDampenedMomentum_firstStepAsPyTorch_matchesEager(String backend) {
    // PyTorch's first momentum step takes the gradient as the buffer, undampened
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope();
        TrainStep step =
            compareWithEager(
                () -> new Sgd(0.1).setMomentum(0.9).setDampening(0.5).setWeightDecay(0.01),
                t -> 8)) {
      assertTrue(step.isTraced());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void changingBatchSizeAndScheduledLearningRate_matchEager(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope();
        TrainStep step =
            compareWithEager(
                () -> new Adam(0.05).setSchedule(LrSchedule.stepLr(2, 0.5)), t -> 3 + t % 3)) {
      assertTrue(step.isTraced());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void module_trainedOnCriterion_matchesEagerAndUpdatesTheModel(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Module model =
          new Sequential(
              new Linear(4, 6, true, DType.FLOAT64, 7L),
              new ReLU(),
              new Linear(6, 2, true, DType.FLOAT64, 8L));
      Variables v = model.v();
      Adam eager = new Adam(0.02);
      TrainStep step =
          Ivy.compileTrainStep(model, (p, y) -> Ivy.mseLoss(p, y, Reduction.MEAN), new Adam(0.02));
      for (int t = 0; t < STEPS; t++) {
        Array[] xy = batch(t, 5);
        Variables cur = v;
        var r =
            Ivy.executeWithGradients(
                w -> Ivy.mseLoss(model.call(xy[0], w), xy[1], Reduction.MEAN), cur);
        v = eager.step(v, r.grads());
        close(r.value().itemDouble(), step.step(xy).itemDouble(), "loss of step " + t);
      }
      for (String p : v.paths()) {
        assertTrue(model.v().get(p) == step.variables().get(p), "the model holds the trained " + p);
      }
      for (String p : v.paths()) {
        double[] e = v.get(p).toDoubleArray();
        double[] a = model.v().get(p).toDoubleArray();
        for (int i = 0; i < e.length; i++) {
          close(e[i], a[i], p + "[" + i + "]");
        }
      }
      step.close();
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void convolutionAndMaxPool_compiledOnEveryBackend_matchesEager(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      dev.ivy.nn.Conv2d conv =
          new dev.ivy.nn.Conv2d(1, 3, new long[] {3}, null, 1L, null, 1, true, DType.FLOAT64, 3L);
      TrainStep.Loss loss =
          (v, bt) -> {
            Array h = conv.call(bt.get(0), v.subtree("0"));
            h =
                Ivy.maxPool2d(
                    Ivy.relu(h),
                    new long[] {2, 2},
                    new long[] {2, 2},
                    0L,
                    DataFormat.NCHW,
                    null,
                    false);
            Array p = Ivy.linear(Ivy.reshape(h, -1, 3 * 3 * 3), v.get("w"), null);
            return Ivy.mseLoss(p, bt.get(1), Reduction.MEAN);
          };
      Variables v0 =
          Variables.builder()
              .putAll("0", conv.v())
              .put("w", Ivy.multiply(data(5, 2, 27), 0.3))
              .build();
      Variables v = v0;
      Adam eager = new Adam(0.05);
      TrainStep step = Ivy.compileTrainStep(v0, loss, new Adam(0.05));
      for (int t = 0; t < 4; t++) {
        Array[] xy = {data(300 + t, 4, 1, 6, 6), data(400 + t, 4, 2)};
        Variables cur = v;
        var r = Ivy.executeWithGradients(w -> loss.apply(w, List.of(xy)), cur);
        v = eager.step(v, r.grads());
        close(r.value().itemDouble(), step.step(xy).itemDouble(), "loss of step " + t);
      }
      assertTrue(step.isCompiled(), backend + " compiles convolution and max pooling's gradients");
      step.close();
    }
  }

  @Test
  void lossWithTheBatchWrittenOut_tracedPerBatchShape_matchesEager() {
    try (var b = Ivy.withBackend("nd4j")) {
      // reshape to a literal batch size: not polymorphic, so traced for each batch shape
      TrainStep.Loss loss =
          (v, bt) ->
              mlpLoss(v, List.of(Ivy.reshape(bt.get(0), bt.get(0).shape().dim(0), 4), bt.get(1)));
      Variables v = mlp();
      Adam eager = new Adam(0.05);
      TrainStep step = Ivy.compileTrainStep(mlp(), loss, new Adam(0.05));
      for (int t = 0; t < 5; t++) {
        Array[] xy = batch(t, 4 + t % 2);
        var r = Ivy.executeWithGradients(w -> loss.apply(w, List.of(xy)), v);
        v = eager.step(v, r.grads());
        close(r.value().itemDouble(), step.step(xy).itemDouble(), "loss of step " + t);
        assertEquals(t > 0, step.isTraced());
      }
      step.close();
    }
  }

  @Test
  void variables_surviveTheCallersScopes() {
    try (var b = Ivy.withBackend("nd4j")) {
      TrainStep step = Ivy.compileTrainStep(mlp(), TrainStepTest::mlpLoss, new Adam(0.05));
      for (int t = 0; t < 4; t++) {
        try (Scope s = Ivy.scope()) {
          step.step(batch(t, 8));
        }
      }
      for (Array a : step.variables().arrays()) {
        assertFalse(a.isClosed(), "variables outlive the step's scope");
      }
      for (Array a : step.optimizer().state().slots().arrays()) {
        assertFalse(a.isClosed(), "the optimizer's state outlives the step's scope");
      }
      Variables before = step.variables();
      step.step(batch(9, 8));
      assertTrue(before.arrays().stream().allMatch(Array::isClosed), "replaced variables freed");
      step.close();
    }
  }

  @Test
  void unseededDropout_runsEagerly_asTheEagerLoop() {
    try (var b = Ivy.withBackend("nd4j")) {
      Module drop = new Dropout(0.5);
      TrainStep.Loss loss = (v, bt) -> mlpLoss(v, List.of(drop.call(bt.get(0)), bt.get(1)));
      Variables v = mlp();
      Adam eager = new Adam(0.05);
      Ivy.seed(5);
      double[] expected = new double[4];
      for (int t = 0; t < 4; t++) {
        Array[] xy = batch(t, 8);
        var r = Ivy.executeWithGradients(w -> loss.apply(w, List.of(xy)), v);
        v = eager.step(v, r.grads());
        expected[t] = r.value().itemDouble();
      }
      Ivy.seed(5);
      TrainStep step = Ivy.compileTrainStep(mlp(), loss, new Adam(0.05));
      for (int t = 0; t < 4; t++) {
        close(expected[t], step.step(batch(t, 8)).itemDouble(), "loss of step " + t);
        assertFalse(step.isTraced(), "a step drawing fresh noise is not frozen into a graph");
      }
      step.close();
    }
  }

  @Test
  void badArguments_clearErrors() {
    try (var b = Ivy.withBackend("nd4j")) {
      Module bn = new BatchNorm1d(4);
      IvyArgumentException e =
          assertThrows(
              IvyArgumentException.class,
              () -> Ivy.compileTrainStep(bn, (p, y) -> Ivy.sum(p), new Adam(0.1)));
      assertTrue(e.getMessage().contains("buffers"), e.getMessage());
      TrainStep step =
          Ivy.compileTrainStep(mlp(), (v, bt) -> Ivy.matmul(bt.get(0), v.get("w1")), new Sgd(1));
      e = assertThrows(IvyArgumentException.class, () -> step.step(batch(0, 8)));
      assertTrue(e.getMessage().contains("floating scalar"), e.getMessage());
      assertThrows(IvyArgumentException.class, () -> step.step((Array) null));
    }
  }

  private static void close(double expected, double actual, String what) {
    Close.scalar(expected, actual, 1e-12, 1e-9, what + ": the compiled step");
  }
}
