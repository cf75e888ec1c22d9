package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Reduction;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.nn.Variables;
import dev.ivy.optim.Adam;
import dev.ivy.optim.Optimizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Training equivalence (issue 6): an MLP 20-32-16-5, initialised from the same seed as PyTorch's
 * {@code nn.Linear} (uniform in +-1/sqrt(fan_in)), trained 200 steps with Adam on a fixed synthetic
 * classification set in float64, reaches the same loss on every backend (relative difference below
 * 1e-3 from the first backend under test) and its loss falls at least tenfold.
 */
class TrainingEquivalenceTest {
  private static final int[] SIZES = {20, 32, 16, 5};
  private static final int SAMPLES = 128;
  private static final int STEPS = 200;
  private static final Map<String, double[]> RESULTS = new ConcurrentHashMap<>();

  /** Returns {first loss, last loss} of training on {@code backend}, computed once. */
  private static double[] train(String backend) {
    return RESULTS.computeIfAbsent(backend, TrainingEquivalenceTest::trainOnce);
  }

  private static double[] trainOnce(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      DType f64 = DType.FLOAT64;
      // data: Gaussian inputs labelled by the argmax of a fixed random linear map
      Array x = Ivy.randomNormal(0.0, 1.0, Shape.of(SAMPLES, SIZES[0]), f64, 11L);
      Array teacher = Ivy.randomNormal(0.0, 1.0, Shape.of(SIZES[0], SIZES[3]), f64, 12L);
      Array y = Ivy.argmax(Ivy.matmul(x, teacher), 1, false);
      Variables.Builder vb = Variables.builder();
      for (int l = 0; l < 3; l++) {
        double bound = 1 / Math.sqrt(SIZES[l]);
        vb.put(
            "fc" + (l + 1) + "/weight",
            Ivy.randomUniform(-bound, bound, Shape.of(SIZES[l + 1], SIZES[l]), f64, 100L + 2 * l));
        vb.put(
            "fc" + (l + 1) + "/bias",
            Ivy.randomUniform(-bound, bound, Shape.of(SIZES[l + 1]), f64, 101L + 2 * l));
      }
      Variables v = vb.build();
      Function<Variables, Array> lossFn =
          w -> {
            Array h = Ivy.relu(Ivy.linear(x, w.get("fc1/weight"), w.get("fc1/bias")));
            h = Ivy.tanh(Ivy.linear(h, w.get("fc2/weight"), w.get("fc2/bias")));
            Array logits = Ivy.linear(h, w.get("fc3/weight"), w.get("fc3/bias"));
            return Ivy.crossEntropy(logits, y, null, -100, Reduction.MEAN, 0.0);
          };
      Optimizer opt = new Adam(1e-2);
      double first = Double.NaN;
      double last = Double.NaN;
      for (int i = 0; i < STEPS; i++) {
        try (Scope step = Ivy.scope()) {
          var r = Ivy.executeWithGradients(lossFn, v);
          last = r.value().itemDouble();
          if (i == 0) {
            first = last;
          }
          v = opt.step(v, r.grads()); // the optimizer's until the next step: no keep needed
        }
      }
      assertEquals(f64, v.get("fc1/weight").dtype());
      return new double[] {first, last};
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void adam200Steps_sameLossOnEveryBackend_andFallsTenfold(String backend) {
    String ref = Backends.underTest().get(0);
    double[] mine = train(backend);
    double[] theirs = train(ref);
    assertTrue(
        mine[1] * 10 <= mine[0],
        backend + ": the loss should fall at least tenfold; from " + mine[0] + " to " + mine[1]);
    double rel = Math.abs(mine[1] - theirs[1]) / Math.abs(theirs[1]);
    assertTrue(
        rel < 1e-3,
        String.format(
            "%s: the loss after %d steps should be within 1e-3 (relative) of %s's %.17g; got"
                + " %.17g (relative difference %.3g)",
            backend, STEPS, ref, theirs[1], mine[1], rel));
    assertEquals(theirs[0], mine[0], 1e-12 * Math.abs(theirs[0]), "the same initial loss");
  }
}
