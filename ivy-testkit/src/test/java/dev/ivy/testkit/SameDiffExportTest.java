package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.backend.ExportSpec;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.BackendCapabilityException;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
      return g.export("nd4j", m.spec(true)).as(SameDiff.class);
    }
  }

  /** Returns the elements in row-major order. */
  private static float[] flat(INDArray a) {
    return a.dup('c').reshape(a.length()).toFloatVector();
  }

  private static void assertClose(String what, float[] expected, float[] actual) {
    Close.values(expected, actual, TOL, 0, what);
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

  /** One coarse call: its params, input shapes, and the SameDiff op it must export to. */
  record CoarseCase(String name, Prim prim, Params params, String sdOp, long[]... shapes) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static long[] l(long... v) {
    return v;
  }

  private static Params.Conv conv(long[] s, long[] lo, long[] hi, long[] d, long g) {
    return new Params.Conv(s, lo, hi, d, g);
  }

  private static Params.Pool pool(
      long[] k, long[] s, long[] lo, long[] hi, long[] d, boolean ceil, boolean inc, long div) {
    return new Params.Pool(k, s, lo, hi, d, ceil, inc, div);
  }

  static Stream<CoarseCase> coarseCases() {
    Prim cv = Prim.CONV;
    Prim mp = Prim.MAX_POOL;
    Prim ap = Prim.AVG_POOL;
    Params none = Params.None.INSTANCE;
    return Stream.of(
        new CoarseCase(
            "conv2d bias",
            cv,
            conv(l(1, 1), l(1, 1), l(1, 1), l(1, 1), 1),
            "conv2d",
            l(2, 3, 6, 5),
            l(4, 3, 3, 3),
            l(4)),
        new CoarseCase(
            "conv1d stride asym bias",
            cv,
            conv(l(2), l(0), l(2), l(1), 1),
            "conv2d",
            l(2, 3, 9),
            l(4, 3, 3),
            l(4)),
        new CoarseCase(
            "conv2d groups dilated",
            cv,
            conv(l(1, 2), l(2, 1), l(2, 1), l(2, 1), 2),
            "conv2d",
            l(1, 4, 7, 8),
            l(6, 2, 3, 2),
            l(6)),
        new CoarseCase(
            "conv2d depthwise asym",
            cv,
            conv(l(2, 2), l(1, 0), l(0, 1), l(1, 1), 3),
            "conv2d",
            l(1, 3, 7, 6),
            l(3, 1, 3, 3)),
        new CoarseCase(
            "conv3d asym bias",
            cv,
            conv(l(1, 2, 1), l(1, 0, 1), l(0, 1, 1), l(1, 1, 1), 1),
            "conv3dnew",
            l(1, 2, 4, 5, 4),
            l(3, 2, 2, 3, 2),
            l(3)),
        new CoarseCase(
            "max_pool1d ceil",
            mp,
            pool(l(3), l(2), l(1), l(1), l(1), true, false, 0),
            "maxpool2d",
            l(2, 3, 10)),
        new CoarseCase(
            "max_pool2d pad dilated",
            mp,
            pool(l(2, 3), l(1, 2), l(1, 1), l(1, 1), l(2, 1), false, false, 0),
            "maxpool2d",
            l(2, 2, 7, 8)),
        new CoarseCase(
            "max_pool3d ceil",
            mp,
            pool(l(2, 3, 2), l(2, 2, 1), l(1, 1, 0), l(1, 1, 0), l(1, 1, 1), true, false, 0),
            "maxpool2d",
            l(1, 2, 5, 6, 4)),
        new CoarseCase(
            "avg_pool2d ceil include",
            ap,
            pool(l(3, 3), l(2, 2), l(1, 1), l(1, 1), l(1, 1), true, true, 0),
            "avgpool2d",
            l(1, 2, 8, 7)),
        new CoarseCase(
            "avg_pool2d exclude",
            ap,
            pool(l(3, 2), l(2, 1), l(1, 1), l(1, 1), l(1, 1), false, false, 0),
            "avgpool2d",
            l(2, 2, 7, 6)),
        new CoarseCase(
            "avg_pool1d divisor",
            ap,
            pool(l(3), l(1), l(1), l(1), l(1), false, true, 2),
            "avgpool2d",
            l(2, 2, 6)),
        new CoarseCase(
            "avg_pool3d exclude ceil",
            ap,
            pool(l(2, 2, 3), l(2, 1, 2), l(1, 0, 1), l(1, 0, 1), l(1, 1, 1), true, false, 0),
            "avgpool2d",
            l(1, 2, 5, 4, 6)),
        new CoarseCase("softmax inner", Prim.SOFTMAX, new Params.Axis(1), "softmax", l(2, 3, 4)),
        new CoarseCase(
            "log_softmax first", Prim.LOG_SOFTMAX, new Params.Axis(0), "log_softmax", l(3, 5)),
        new CoarseCase("silu", Prim.SILU, none, "swish", l(3, 4)),
        new CoarseCase("linear 3d bias", Prim.LINEAR, none, "matmul", l(2, 3, 5), l(4, 5), l(4)),
        new CoarseCase("linear 1d", Prim.LINEAR, none, "matmul", l(5), l(3, 5)));
  }

  private static Array random(Random rnd, long[] shape, boolean positive) {
    int n = 1;
    for (long d : shape) {
      n *= (int) d;
    }
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = positive ? 0.5f + rnd.nextFloat() : (float) rnd.nextGaussian();
    }
    return Ivy.array(v, shape);
  }

  private static float[] floats(Array a) {
    double[] d = a.toDoubleArray();
    float[] f = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      f[i] = (float) d[i];
    }
    return f;
  }

  /**
   * A traced coarse operation (one node) exports to SameDiff's own operation, whose output and
   * gradients (of sum(out * c) with respect to every input, all exported as variables) match Ivy's
   * eager result and autodiff.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("coarseCases")
  void export_coarseOp_sameDiffOpWithIvyValuesAndGradients(CoarseCase c) {
    SameDiff sd;
    List<String> names = new ArrayList<>();
    float[] expectedOut;
    List<float[]> expectedGrads = new ArrayList<>();
    try (var b = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      Random rnd = new Random(c.name().hashCode());
      List<Array> in = new ArrayList<>();
      Map<String, Array> vars = new java.util.HashMap<>();
      for (int i = 0; i < c.shapes().length; i++) {
        Array a = random(rnd, c.shapes()[i], c.prim() == Prim.BATCH_NORM && i == 2);
        in.add(a);
        names.add("in" + i);
        vars.put("in" + i, a);
      }
      Array[] args = in.toArray(new Array[0]);
      Array out = Dispatcher.bind(c.prim(), c.params(), args);
      Array cot = random(rnd, out.shape().dims(), false);
      expectedOut = floats(out);
      var vjp =
          Ivy.vjp(l -> List.of(Dispatcher.bind(c.prim(), c.params(), l.toArray(new Array[0]))), in);
      for (Array g : vjp.pullback(List.of(cot))) {
        expectedGrads.add(floats(g));
      }
      Graph g =
          Tracer.trace(
              l -> {
                Array o = Dispatcher.bind(c.prim(), c.params(), l.toArray(new Array[0]));
                return List.of(o, Ivy.sum(Ivy.multiply(o, cot)));
              },
              in);
      sd =
          g.export("nd4j", new ExportSpec(names, List.of("out", "loss"), vars, null))
              .as(SameDiff.class);
    }
    // ND4J / SameDiff only from here on
    boolean mapped = false;
    for (var op : sd.ops()) {
      mapped |= op.opName().equals(c.sdOp());
    }
    assertTrue(mapped, c + " must export to SameDiff's " + c.sdOp());
    assertClose(c + " output", expectedOut, flat(sd.output(Map.of(), "out").get("out")));
    sd.setLossVariables("loss");
    Map<String, INDArray> grads = sd.calculateGradients(Map.of(), names);
    for (int i = 0; i < names.size(); i++) {
      Close.values(
          expectedGrads.get(i),
          flat(grads.get(names.get(i))),
          1e-4,
          0,
          c + " gradient of input " + i);
    }
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
