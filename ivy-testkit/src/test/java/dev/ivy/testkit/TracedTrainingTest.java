package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Reduction;
import dev.ivy.Scope;
import dev.ivy.TracedFunction;
import dev.ivy.nn.Variables;
import dev.ivy.optim.Adam;
import dev.ivy.optim.Optimizer;
import dev.ivy.optim.OptimizerState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A whole training step (forward, backward and a capturable Adam update) traced once as one graph
 * and run for 20 steps on every backend (compiled to one program on tf and nd4j) gives the
 * parameters and losses of eager training; the MLP and data are those of {@code
 * oracle/training/mlp_adam.json}.
 */
class TracedTrainingTest {
  private static final int STEPS = 20;
  private static final String[] SLOTS = {"exp_avg", "exp_avg_sq", "step"};

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void adamTrainingStep_tracedOnce_matchesEagerTrainingFor20Steps(String backend)
      throws IOException {
    JsonNode j =
        new ObjectMapper()
            .readTree(
                OracleFiles.conformanceDir().resolve("oracle/training/mlp_adam.json").toFile());
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Variables v0 = TrainingOracleTest.weights(j.get("initial_weights"));
      List<TrainingOracleTest.Layer> layers =
          TrainingOracleTest.layers(j.get("model").asText(), v0);
      Array x = (Array) CaseRunner.decode(j.get("inputs"));
      Array y = (Array) CaseRunner.decode(j.get("labels"));
      Function<Variables, Array> lossFn =
          w ->
              Ivy.crossEntropy(
                  TrainingOracleTest.forward(layers, w, x), y, null, -100, Reduction.MEAN, 0.0);
      List<String> paths = v0.paths();
      int n = paths.size();
      // inputs and outputs: the variables, then exp_avg, exp_avg_sq and step per variable
      Function<List<Array>, Object> trainStep =
          in -> {
            Variables.Builder vb = Variables.builder();
            Variables.Builder sb = Variables.builder();
            for (int i = 0; i < n; i++) {
              vb.put(paths.get(i), in.get(i));
              for (int k = 0; k < SLOTS.length; k++) {
                sb.put(SLOTS[k] + "/" + paths.get(i), in.get((k + 1) * n + i));
              }
            }
            Optimizer opt = new Adam(0.01).setCapturable(true);
            opt.loadState(new OptimizerState(0, sb.build()));
            var r = Ivy.executeWithGradients(lossFn, vb.build());
            Variables nv = opt.step(vb.build(), r.grads());
            Variables st = opt.state().slots();
            List<Array> out = new ArrayList<>(nv.arrays());
            for (String slot : SLOTS) {
              for (String p : paths) {
                out.add(st.get(slot + "/" + p));
              }
            }
            out.add(r.value());
            return out;
          };
      List<Array> state = new ArrayList<>(v0.arrays());
      for (int k = 0; k < 2; k++) {
        v0.arrays().forEach(a -> state.add(Ivy.zerosLike(a)));
      }
      v0.arrays().forEach(a -> state.add(Ivy.asarray(0.0, a.dtype())));
      TracedFunction traced = Ivy.traceGraph(trainStep, state.toArray(new Array[0]));
      // optimising folds what depends on constants only (the labels' one-hot mask)
      try (TracedFunction.Prepared prepared = traced.optimize().toBackend(backend)) {
        if (Backends.compiles(backend)) {
          assertTrue(prepared.isCompiled(), backend + " compiles the training step to one program");
        }
        Optimizer eager = new Adam(0.01);
        Variables v = v0;
        List<Array> cur = state;
        for (int t = 1; t <= STEPS; t++) {
          var r = Ivy.executeWithGradients(lossFn, v);
          v = eager.step(v, r.grads());
          List<Array> out = prepared.run(cur.toArray(new Array[0]));
          assertEquals(4 * n + 1, out.size());
          close(r.value().itemDouble(), out.get(4 * n).itemDouble(), "loss before step " + t);
          cur = out.subList(0, 4 * n);
          assertEquals(t, cur.get(3 * n).itemDouble(), 0, "the graph counts steps");
        }
        for (int i = 0; i < n; i++) {
          double[] e = v.get(paths.get(i)).toDoubleArray();
          double[] a = cur.get(i).toDoubleArray();
          for (int k = 0; k < e.length; k++) {
            close(e[k], a[k], paths.get(i) + "[" + k + "] after " + STEPS + " steps");
          }
        }
      }
    }
  }

  private static void close(double expected, double actual, String what) {
    Close.scalar(expected, actual, 1e-12, 1e-10, what + ": the traced step");
  }
}
