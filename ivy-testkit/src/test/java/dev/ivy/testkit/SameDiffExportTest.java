package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.errors.BackendCapabilityException;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * Issue 7 (3c): a traced graph exported to an ND4J {@code SameDiff} runs ({@code sd.output}),
 * trains ({@code sd.fit} with SGD), saves and loads through SameDiff's own API with no Ivy class in
 * the call path, and matches Ivy's eager outputs and Ivy's autodiff SGD step.
 */
class SameDiffExportTest {
  private static final double TOL = 1e-5;

  static Stream<ExportModels.Model> models() {
    return Stream.of(ExportModels.mlp(), ExportModels.convNet());
  }

  /** Exports {@code m}'s loss graph with Ivy, then hands back only the SameDiff. */
  private static SameDiff export(ExportModels.Model m) {
    try (var b = Ivy.withBackend("nd4j")) {
      Graph g = m.trace(true);
      return assertInstanceOf(SameDiff.class, g.export("nd4j", m.spec(true)));
    }
  }

  /** Returns the elements in row-major order. */
  private static float[] flat(INDArray a) {
    return a.dup('c').reshape(a.length()).toFloatVector();
  }

  private static void assertClose(String what, float[] expected, float[] actual) {
    double d = ExportModels.maxAbsDiff(expected, actual);
    assertTrue(d <= TOL, what + ": max abs error " + d + " must be <= " + TOL);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void export_outputAndOneSgdFitStep_matchIvy(ExportModels.Model m, @TempDir Path dir)
      throws Exception {
    float[] expectedOut;
    float expectedLoss;
    Map<String, float[]> expectedStep;
    try (var b = Ivy.withBackend("nd4j")) {
      expectedOut = m.eagerLogProbs();
      expectedLoss = m.eagerLoss();
      expectedStep = m.afterSgdStep();
    }
    Map<String, float[]> init = m.initialValues();
    for (Map.Entry<String, float[]> e : expectedStep.entrySet()) {
      double moved = ExportModels.maxAbsDiff(init.get(e.getKey()), e.getValue());
      assertTrue(moved > 1e-3, e.getKey() + " must change in the step; moved " + moved);
    }
    SameDiff sd = export(m);

    // ND4J / SameDiff only from here on
    INDArray x = Nd4j.create(m.x(), m.xShape());
    INDArray y = Nd4j.create(m.oneHot(), new long[] {m.batch(), m.classes()});
    Map<String, INDArray> out = sd.output(Map.of("x", x, "y", y), "logprobs", "loss");
    assertClose("SameDiff logprobs vs Ivy eager", expectedOut, flat(out.get("logprobs")));
    assertClose(
        "SameDiff loss vs Ivy eager",
        new float[] {expectedLoss},
        new float[] {out.get("loss").getFloat(0)});

    sd.setLossVariables("loss");
    sd.setTrainingConfig(
        TrainingConfig.builder()
            .updater(new Sgd(ExportModels.LR))
            .dataSetFeatureMapping("x")
            .dataSetLabelMapping("y")
            .build());
    sd.fit(new DataSet(x, y));
    for (Map.Entry<String, float[]> e : expectedStep.entrySet()) {
      assertClose(
          "variable " + e.getKey() + " after SameDiff's SGD step vs Ivy's",
          e.getValue(),
          flat(sd.getVariable(e.getKey()).getArr()));
    }

    File file = dir.resolve(m.name() + ".sd").toFile();
    sd.save(file, true);
    SameDiff loaded = SameDiff.load(file, true);
    float[] trained = flat(sd.output(Map.of("x", x), "logprobs").get("logprobs"));
    float[] reloaded = flat(loaded.output(Map.of("x", x), "logprobs").get("logprobs"));
    assertClose("loaded SameDiff vs saved", trained, reloaded);
    assertTrue(
        ExportModels.maxAbsDiff(expectedOut, trained) > 1e-4,
        "the training step must have changed the outputs");
  }

  @Test
  void export_sortPrimitive_raisesCapabilityNamingBackendAndPrimitive() {
    try (var b = Ivy.withBackend("nd4j")) {
      Array x = Ivy.array(new float[] {3, 1, 2}, 3);
      Graph g = Tracer.trace(t -> dev.ivy.ops.Sorting.sort(t, -1, false), x);
      BackendCapabilityException e =
          assertThrows(
              BackendCapabilityException.class,
              () ->
                  g.export(
                      "nd4j",
                      new dev.ivy.backend.ExportSpec(List.of("x"), List.of("s"), Map.of(), null)));
      assertTrue(
          e.getMessage().contains("nd4j") && e.getMessage().contains("sort"), e.getMessage());
    }
  }
}
