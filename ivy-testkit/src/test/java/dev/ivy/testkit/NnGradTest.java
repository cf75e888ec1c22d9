package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.autodiff.ValueAndGrad;
import dev.ivy.nn.BatchNorm1d;
import dev.ivy.nn.Conv1d;
import dev.ivy.nn.ConvTranspose1d;
import dev.ivy.nn.Embedding;
import dev.ivy.nn.GRU;
import dev.ivy.nn.GroupNorm;
import dev.ivy.nn.LSTM;
import dev.ivy.nn.LayerNorm;
import dev.ivy.nn.Linear;
import dev.ivy.nn.Module;
import dev.ivy.nn.MultiHeadAttention;
import dev.ivy.nn.Sequential;
import dev.ivy.nn.Tanh;
import dev.ivy.nn.Variables;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gradients of modules through {@code Ivy.executeWithGradients} on every backend: the gradient tree
 * has v's paths, shapes and dtypes, and agrees with central finite differences in float64.
 */
class NnGradTest {

  /** Returns v with element i of the leaf at path shifted by delta (float64 leaves). */
  static Variables shifted(Variables v, String path, int i, double delta) {
    Array a = v.get(path);
    double[] d = a.toDoubleArray();
    d[i] += delta;
    return v.with(path, Ivy.array(d, DType.FLOAT64, a.shape().dims()));
  }

  /** Checks grads against central differences on up to {@code perLeaf} elements of each leaf. */
  static void checkAgainstFiniteDifferences(
      Function<Variables, Array> loss, Variables v, int perLeaf) {
    ValueAndGrad<Variables> r = Ivy.executeWithGradients(loss, v);
    Variables g = r.grads();
    assertEquals(v.paths(), g.paths(), "the gradient tree has v's paths in v's order");
    assertEquals(loss.apply(v).itemDouble(), r.value().itemDouble(), 1e-12, "the loss value");
    double h = 1e-6;
    for (String p : v.paths()) {
      assertEquals(v.get(p).aval(), g.get(p).aval(), "gradient of " + p);
      double[] gd = g.get(p).toDoubleArray();
      int n = Math.min(perLeaf, gd.length);
      for (int i = 0; i < n; i++) {
        double up = loss.apply(shifted(v, p, i, h)).itemDouble();
        double down = loss.apply(shifted(v, p, i, -h)).itemDouble();
        double fd = (up - down) / (2 * h);
        assertEquals(
            fd,
            gd[i],
            1e-6 * (1 + Math.abs(fd)),
            "d loss / d " + p + "[" + i + "] on " + v.get(p).backendName());
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void sequential_gradientsHaveVsStructure_andMatchFiniteDifferences(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Sequential model =
          new Sequential(
              new Linear(3, 4, true, DType.FLOAT64, 1L),
              new Tanh(),
              new Linear(4, 2, true, DType.FLOAT64, 2L));
      Array x = Ivy.randomUniform(-1.0, 1.0, Shape.of(5, 3), DType.FLOAT64, 3L);
      Array target = Ivy.randomUniform(-1.0, 1.0, Shape.of(5, 2), DType.FLOAT64, 4L);
      Function<Variables, Array> loss =
          v -> Ivy.mean(Ivy.square(Ivy.subtract(model.call(x, v), target)));
      checkAgainstFiniteDifferences(loss, model.v(), Integer.MAX_VALUE);
    }
  }

  /** Conv1d, BatchNorm1d (training), LSTM, attention and Linear in one differentiable module. */
  static final class Mixed extends Module {
    Mixed() {
      addModule(
          "conv", new Conv1d(2, 3, new long[] {3}, null, 1, null, 1, true, DType.FLOAT64, 5L));
      addModule("bn", new BatchNorm1d(3, 1e-5, 0.1, true, true, DType.FLOAT64));
      addModule("lstm", new LSTM(3, 4, 1, true, false, 0, false, DType.FLOAT64, 6L));
      addModule("attn", new MultiHeadAttention(4, 2, 0, true, false, DType.FLOAT64, 7L));
      addModule("head", new Linear(4, 1, true, DType.FLOAT64, 8L));
    }

    @Override
    protected Array forward(Array x, Variables v) {
      Array h = callModule("bn", callModule("conv", x, v), v); // [N, C, L]
      Array seq = Ivy.permuteDims(h, 2, 0, 1); // [L, N, C]
      Array out = callModule("lstm", seq, v);
      Array att = callModule("attn", out, v);
      return callModule("head", att, v);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void convBatchNormLstmAttention_gradientsMatchFiniteDifferences(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Mixed model = new Mixed();
      assertEquals(
          List.of(
              "conv/weight",
              "conv/bias",
              "bn/weight",
              "bn/bias",
              "lstm/weight_ih_l0",
              "lstm/weight_hh_l0",
              "lstm/bias_ih_l0",
              "lstm/bias_hh_l0",
              "attn/in_proj_weight",
              "attn/in_proj_bias",
              "attn/out_proj/weight",
              "attn/out_proj/bias",
              "head/weight",
              "head/bias"),
          model.v().paths());
      Array x = Ivy.randomUniform(-1.0, 1.0, Shape.of(3, 2, 5), DType.FLOAT64, 9L);
      Function<Variables, Array> loss = v -> Ivy.mean(Ivy.square(model.call(x, v)));
      checkAgainstFiniteDifferences(loss, model.v(), 4);
      // the training-mode calls updated BatchNorm's statistics with plain (untaped) values
      Array rm = model.buffers().get("bn/running_mean");
      assertTrue(rm.toDoubleArray()[0] != 0, "running statistics were updated");
      assertTrue(model.buffers().get("bn/num_batches_tracked").itemLong() > 1);
    }
  }

  /** Embedding, GRU, LayerNorm, ConvTranspose1d and GroupNorm in one differentiable module. */
  static final class Mixed2 extends Module {
    Mixed2() {
      addModule("emb", new Embedding(6, 3, null, null, DType.FLOAT64, 10L));
      addModule("gru", new GRU(3, 4, 1, true, true, 0, false, DType.FLOAT64, 11L));
      addModule("ln", new LayerNorm(new long[] {4}, 1e-5, true, true, DType.FLOAT64));
      addModule(
          "up",
          new ConvTranspose1d(
              4, 2, new long[] {3}, new long[] {2}, 1, null, null, 1, true, DType.FLOAT64, 12L));
      addModule("gn", new GroupNorm(1, 2, 1e-5, true, DType.FLOAT64));
    }

    @Override
    protected Array forward(Array x, Variables v) {
      Array e = callModule("emb", x, v); // [N, L, 3]
      Array h = callModule("ln", callModule("gru", e, v), v); // [N, L, 4]
      Array up = callModule("up", Ivy.permuteDims(h, 0, 2, 1), v); // [N, 2, L']
      return callModule("gn", up, v);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void embeddingGruLayerNormConvTransposeGroupNorm_gradientsMatchFiniteDifferences(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Mixed2 model = new Mixed2();
      Array idx = Ivy.array(new long[] {0, 3, 5, 1, 2, 2, 4, 0}, 2, 4);
      Array w = Ivy.randomUniform(-1.0, 1.0, Shape.of(2, 2, 7), DType.FLOAT64, 13L);
      Function<Variables, Array> loss = v -> Ivy.sum(Ivy.multiply(model.call(idx, v), w));
      checkAgainstFiniteDifferences(loss, model.v(), 4);
      // rows of the embedding that no index picks get a zero gradient
      Array g = Ivy.executeWithGradients(loss, model.v()).grads().get("emb/weight");
      double[] row5 = Arrays.copyOfRange(g.toDoubleArray(), 15, 18);
      assertTrue(Arrays.stream(row5).anyMatch(x -> x != 0), "row 5 is used");
      Array unused = Ivy.array(new long[] {0, 1, 2, 3, 4, 0, 1, 2}, 2, 4);
      Array gu =
          Ivy.executeWithGradients(v -> Ivy.sum(Ivy.multiply(model.call(unused, v), w)), model.v())
              .grads()
              .get("emb/weight");
      assertArrayEquals(new double[3], Arrays.copyOfRange(gu.toDoubleArray(), 15, 18));
    }
  }
}
