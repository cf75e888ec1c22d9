package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.nn.BatchNorm1d;
import dev.ivy.nn.BatchNorm2d;
import dev.ivy.nn.Conv1d;
import dev.ivy.nn.Conv2d;
import dev.ivy.nn.ConvTranspose1d;
import dev.ivy.nn.ConvTranspose2d;
import dev.ivy.nn.Dropout;
import dev.ivy.nn.Embedding;
import dev.ivy.nn.Flatten;
import dev.ivy.nn.GELU;
import dev.ivy.nn.GRU;
import dev.ivy.nn.GroupNorm;
import dev.ivy.nn.LSTM;
import dev.ivy.nn.LayerNorm;
import dev.ivy.nn.LeakyReLU;
import dev.ivy.nn.Linear;
import dev.ivy.nn.Module;
import dev.ivy.nn.MultiHeadAttention;
import dev.ivy.nn.ReLU;
import dev.ivy.nn.Sequential;
import dev.ivy.nn.SiLU;
import dev.ivy.nn.Sigmoid;
import dev.ivy.nn.Softmax;
import dev.ivy.nn.Tanh;
import dev.ivy.nn.Variables;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers of dev.ivy.nn on every backend: forward values against references computed here in
 * float64 Java loops from the layer's own variables, shapes and dtypes, variable names and layouts
 * (PyTorch's state_dict), initialisation (bounds, and the same values on every backend for one
 * seed), train/eval behaviour and bad input.
 */
class NnLayersTest {
  private static final double TOL = 2e-5;

  static double[] d(Array a) {
    return a.toDoubleArray();
  }

  static Array rand(long seed, long... shape) {
    return Ivy.randomUniform(-1.0, 1.0, Shape.of(shape), DType.FLOAT32, seed);
  }

  static void assertClose(double[] expected, Array actual, double tol, String what) {
    Close.values(expected, actual, tol, tol, what + " on " + actual.backendName());
  }

  // ------------------------------------------------------------------ Linear, init

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void builders_giveTheLayersTheirFullConstructorsGive(String backend) {
    try (var b = Ivy.withBackend(backend);
        var s = Ivy.scope()) {
      Conv2d positional =
          new Conv2d(3, 4, new long[] {3}, new long[] {2}, 1, null, 1, false, null, 4L);
      Conv2d built = Conv2d.builder(3, 4, 3).stride(2).padding(1).bias(false).seed(4L).build();
      assertEquals(positional.v().paths(), built.v().paths());
      assertClose(d(positional.v().get("weight")), built.v().get("weight"), 0, "conv weight");
      Array x = rand(12, 1, 3, 6, 6);
      assertClose(d(positional.call(x)), built.call(x), 0, "conv output");
      LSTM lstm = new LSTM(5, 6, 2, true, false, 0, true, null, 34L);
      LSTM lstmBuilt = LSTM.builder(5, 6).numLayers(2).bidirectional(true).seed(34L).build();
      assertEquals(lstm.v().paths(), lstmBuilt.v().paths());
      for (String p : lstm.v().paths()) {
        assertClose(d(lstm.v().get(p)), lstmBuilt.v().get(p), 0, p);
      }
      ConvTranspose1d t = ConvTranspose1d.builder(2, 3, 3).stride(2).outputPadding(1).build();
      assertEquals(Shape.of(1, 3, 12), t.call(rand(3, 1, 2, 5)).shape());
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> Conv2d.builder(3, 4, 3).outputPadding(1));
      assertEquals(
          "Conv2d.builder: outputPadding is an option of transposed convolutions only",
          e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void linear_forward_matchesHandValues(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Linear fc = new Linear(3, 2);
      assertEquals(List.of("weight", "bias"), fc.v().paths());
      fc.setV(
          Variables.builder()
              .put("weight", Ivy.array(new float[] {1, 2, 3, 4, 5, 6}, 2, 3))
              .put("bias", Ivy.array(new float[] {0.5f, -1}, 2))
              .build());
      Array y = fc.call(Ivy.array(new float[] {1, 0, -1, 2, 1, 0}, 2, 3));
      assertEquals(Shape.of(2, 2), y.shape());
      assertEquals(DType.FLOAT32, y.dtype());
      assertArrayEquals(new float[] {-1.5f, -3, 4.5f, 12}, y.toFloatArray());
      Linear noBias = new Linear(3, 2, false, DType.FLOAT64, 1L);
      assertEquals(List.of("weight"), noBias.v().paths());
      assertEquals(DType.FLOAT64, noBias.call(Ivy.ones(Shape.of(4, 3), DType.FLOAT64)).dtype());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void init_seeded_sameBytesAsNd4jAndWithinPyTorchBounds(String backend) {
    Variables ref;
    try (var b = Ivy.withBackend("nd4j")) {
      ref = model(7L).v();
    }
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Variables v = model(7L).v();
      assertEquals(ref.paths(), v.paths());
      for (String p : v.paths()) {
        assertEquals(backend, v.get(p).backendName());
        assertArrayEquals(
            ref.get(p).toFloatArray(), v.get(p).toFloatArray(), "init of " + p + " on " + backend);
      }
      // kaiming_uniform(a=sqrt(5)) bound 1/sqrt(fan_in); the two Linear layers differ
      checkBound(v.get("0/weight"), 1 / Math.sqrt(20));
      checkBound(v.get("0/bias"), 1 / Math.sqrt(20));
      checkBound(v.get("2/weight"), 1 / Math.sqrt(32));
      checkBound(v.get("conv/weight"), 1 / Math.sqrt(3 * 9));
      checkBound(v.get("lstm/weight_hh_l0"), 1 / Math.sqrt(6));
      assertNotEquals(
          Arrays.toString(v.get("0/bias").toFloatArray()),
          Arrays.toString(Arrays.copyOf(v.get("2/bias").toFloatArray(), 32)));
      double[] emb = d(v.get("emb/weight"));
      double mean = Arrays.stream(emb).average().orElse(9);
      double var = Arrays.stream(emb).map(x -> (x - mean) * (x - mean)).average().orElse(9);
      assertTrue(Math.abs(mean) < 0.1 && Math.abs(var - 1) < 0.15, "N(0,1) embedding: " + var);
      Variables other = model(8L).v();
      assertNotEquals(
          Arrays.toString(other.get("0/weight").toFloatArray()),
          Arrays.toString(v.get("0/weight").toFloatArray()));
    }
  }

  private static Module model(long seed) {
    return new Holder(seed);
  }

  /** A container exercising registration of several layer kinds under names. */
  static final class Holder extends Module {
    Holder(long seed) {
      addModule("0", new Linear(20, 32, true, DType.FLOAT32, seed));
      addModule("2", new Linear(32, 16, true, DType.FLOAT32, seed + 1));
      addModule(
          "conv",
          new Conv2d(3, 4, new long[] {3}, null, null, null, 1, true, DType.FLOAT32, seed + 2));
      addModule("lstm", new LSTM(5, 6, 1, true, false, 0, false, DType.FLOAT32, seed + 3));
      addModule("emb", new Embedding(100, 20, 0L, null, DType.FLOAT32, seed + 4));
    }

    @Override
    protected Array forward(Array x, Variables v) {
      return callModule("2", callModule("0", x, v), v);
    }
  }

  private static void checkBound(Array a, double bound) {
    double[] x = d(a);
    double max = Arrays.stream(x).map(Math::abs).max().orElse(0);
    assertTrue(max <= bound && max > 0.8 * bound, "|values| <= " + bound + ", got max " + max);
  }

  // ------------------------------------------------------------------ convolution

  /** Conv over [N, C, *S] with weight [out, in/g, *K]: a direct float64 loop (1 or 2 dims). */
  static double[] convRef(
      double[] x,
      long[] xs,
      double[] w,
      long[] ws,
      double[] bias,
      int stride,
      int pad,
      int dil,
      int groups) {
    int n = (int) xs[0];
    int cin = (int) xs[1];
    int h = xs.length == 4 ? (int) xs[2] : 1;
    int wd = (int) xs[xs.length - 1];
    int cout = (int) ws[0];
    int cg = (int) ws[1];
    int kh = ws.length == 4 ? (int) ws[2] : 1;
    int kw = (int) ws[ws.length - 1];
    int padH = xs.length == 4 ? pad : 0;
    int oh = xs.length == 4 ? (h + 2 * padH - dil * (kh - 1) - 1) / stride + 1 : 1;
    int ow = (wd + 2 * pad - dil * (kw - 1) - 1) / stride + 1;
    int og = cout / groups;
    double[] out = new double[n * cout * oh * ow];
    for (int b = 0; b < n; b++) {
      for (int co = 0; co < cout; co++) {
        int g = co / og;
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            double acc = bias == null ? 0 : bias[co];
            for (int c = 0; c < cg; c++) {
              int ci = g * cg + c;
              for (int ki = 0; ki < kh; ki++) {
                for (int kj = 0; kj < kw; kj++) {
                  int yi = (xs.length == 4 ? i * stride - padH + ki * dil : 0);
                  int xj = j * stride - pad + kj * dil;
                  if (yi < 0 || yi >= h || xj < 0 || xj >= wd) {
                    continue;
                  }
                  acc +=
                      x[((b * cin + ci) * h + yi) * wd + xj]
                          * w[((co * cg + c) * kh + ki) * kw + kj];
                }
              }
            }
            out[((b * cout + co) * oh + i) * ow + j] = acc;
          }
        }
      }
    }
    return out;
  }

  /** Transposed conv over [N, C, *S] with weight [in, out/g, *K]: each input scatters. */
  static double[] convTransposeRef(
      double[] x,
      long[] xs,
      double[] w,
      long[] ws,
      double[] bias,
      int stride,
      int pad,
      int outPad,
      int dil) {
    int n = (int) xs[0];
    int cin = (int) xs[1];
    boolean two = xs.length == 4;
    int h = two ? (int) xs[2] : 1;
    int wd = (int) xs[xs.length - 1];
    int cout = (int) ws[1];
    int kh = two ? (int) ws[2] : 1;
    int kw = (int) ws[ws.length - 1];
    int oh = two ? (h - 1) * stride - 2 * pad + dil * (kh - 1) + outPad + 1 : 1;
    int ow = (wd - 1) * stride - 2 * pad + dil * (kw - 1) + outPad + 1;
    double[] out = new double[n * cout * oh * ow];
    for (int b = 0; b < n; b++) {
      for (int co = 0; co < cout; co++) {
        for (int i = 0; i < oh * ow; i++) {
          out[(b * cout + co) * oh * ow + i] = bias == null ? 0 : bias[co];
        }
      }
      for (int ci = 0; ci < cin; ci++) {
        for (int i = 0; i < h; i++) {
          for (int j = 0; j < wd; j++) {
            double xv = x[((b * cin + ci) * h + i) * wd + j];
            for (int co = 0; co < cout; co++) {
              for (int ki = 0; ki < kh; ki++) {
                for (int kj = 0; kj < kw; kj++) {
                  int yi = two ? i * stride - pad + ki * dil : 0;
                  int yj = j * stride - pad + kj * dil;
                  if (yi < 0 || yi >= oh || yj < 0 || yj >= ow) {
                    continue;
                  }
                  out[((b * cout + co) * oh + yi) * ow + yj] +=
                      xv * w[((ci * cout + co) * kh + ki) * kw + kj];
                }
              }
            }
          }
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void conv1dAndConv2d_stridePaddingDilationGroups_matchLoopReference(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Conv1d c1 =
          new Conv1d(4, 6, new long[] {3}, new long[] {2}, 1, new long[] {2}, 2, true, null, 3L);
      assertEquals(Shape.of(6, 2, 3), c1.v().get("weight").shape());
      Array x1 = rand(11, 2, 4, 9);
      Array y1 = c1.call(x1);
      assertEquals(Shape.of(2, 6, 4), y1.shape());
      assertClose(
          convRef(
              d(x1),
              x1.shape().dims(),
              d(c1.v().get("weight")),
              new long[] {6, 2, 3},
              d(c1.v().get("bias")),
              2,
              1,
              2,
              2),
          y1,
          TOL,
          "conv1d");
      Conv2d c2 = new Conv2d(3, 4, new long[] {3}, null, 1, null, 1, true, null, 4L);
      assertEquals(Shape.of(4, 3, 3, 3), c2.v().get("weight").shape());
      Array x2 = rand(12, 2, 3, 5, 6);
      Array y2 = c2.call(x2);
      assertEquals(Shape.of(2, 4, 5, 6), y2.shape());
      assertClose(
          convRef(
              d(x2),
              x2.shape().dims(),
              d(c2.v().get("weight")),
              new long[] {4, 3, 3, 3},
              d(c2.v().get("bias")),
              1,
              1,
              1,
              1),
          y2,
          TOL,
          "conv2d");
      Conv2d same = new Conv2d(3, 2, new long[] {3}, null, "same", null, 1, false, null, 5L);
      assertEquals(Shape.of(2, 2, 5, 6), same.call(x2).shape());
      assertEquals(List.of("weight"), same.v().paths());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void convTranspose_strideAndPadding_matchScatterReference(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      ConvTranspose1d t1 =
          new ConvTranspose1d(
              3, 2, new long[] {3}, new long[] {2}, 1, new long[] {1}, null, 1, true, null, 6L);
      assertEquals(Shape.of(3, 2, 3), t1.v().get("weight").shape());
      Array x1 = rand(13, 2, 3, 4);
      Array y1 = t1.call(x1);
      assertEquals(Shape.of(2, 2, 8), y1.shape());
      assertClose(
          convTransposeRef(
              d(x1),
              x1.shape().dims(),
              d(t1.v().get("weight")),
              new long[] {3, 2, 3},
              d(t1.v().get("bias")),
              2,
              1,
              1,
              1),
          y1,
          TOL,
          "conv_transpose1d");
      ConvTranspose2d t2 = new ConvTranspose2d(2, 3, new long[] {2});
      Array x2 = rand(14, 1, 2, 3, 3);
      Array y2 = t2.call(x2);
      assertEquals(Shape.of(1, 3, 4, 4), y2.shape());
      assertClose(
          convTransposeRef(
              d(x2),
              x2.shape().dims(),
              d(t2.v().get("weight")),
              new long[] {2, 3, 2, 2},
              d(t2.v().get("bias")),
              1,
              0,
              0,
              1),
          y2,
          TOL,
          "conv_transpose2d");
    }
  }

  // ------------------------------------------------------------------ normalization

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void batchNorm_trainUsesBatchStatsAndUpdatesBuffers_evalUsesRunning(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      BatchNorm1d bn = new BatchNorm1d(2);
      assertEquals(List.of("weight", "bias"), bn.v().paths());
      assertEquals(
          List.of("running_mean", "running_var", "num_batches_tracked"), bn.buffers().paths());
      assertTrue(bn.isTraining());
      // channel 0: 1, 2, 3, 6 (mean 3, biased var 3.5, unbiased 14/3); channel 1: 0, 0, 4, 4
      Array x = Ivy.array(new float[] {1, 0, 2, 0, 3, 4, 6, 4}, 4, 2);
      Array y = bn.call(x);
      double[] xs = {1, 2, 3, 6};
      double[] exp = new double[8];
      for (int i = 0; i < 4; i++) {
        exp[2 * i] = (xs[i] - 3) / Math.sqrt(3.5 + 1e-5);
        exp[2 * i + 1] = ((i < 2 ? 0 : 4) - 2) / Math.sqrt(4 + 1e-5);
      }
      assertClose(exp, y, TOL, "batch_norm train");
      Variables buf = bn.buffers();
      assertClose(new double[] {0.3, 0.2}, buf.get("running_mean"), 1e-6, "running_mean");
      assertClose(
          new double[] {0.9 + 0.1 * 14 / 3.0, 0.9 + 0.1 * 16 / 3.0},
          buf.get("running_var"),
          1e-6,
          "running_var");
      assertEquals(1L, buf.get("num_batches_tracked").itemLong());
      assertEquals(DType.INT64, buf.get("num_batches_tracked").dtype());
      bn.eval();
      assertTrue(!bn.isTraining());
      Array ye = bn.call(x);
      double[] rm = d(buf.get("running_mean"));
      double[] rv = d(buf.get("running_var"));
      double[] xe = d(x);
      double[] expE = new double[8];
      for (int i = 0; i < 8; i++) {
        expE[i] = (xe[i] - rm[i % 2]) / Math.sqrt(rv[i % 2] + 1e-5);
      }
      assertClose(expE, ye, TOL, "batch_norm eval");
      assertEquals(1L, bn.buffers().get("num_batches_tracked").itemLong(), "eval does not update");
      BatchNorm2d bn2 = new BatchNorm2d(3);
      assertEquals(Shape.of(2, 3, 4, 4), bn2.call(rand(15, 2, 3, 4, 4)).shape());
      assertThrows(IvyArgumentException.class, () -> bn2.call(rand(15, 2, 4, 4, 4)));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void batchNorm_buffersSurviveTheCallersScope(String backend) {
    try (var b = Ivy.withBackend(backend)) {
      BatchNorm1d bn = new BatchNorm1d(2);
      try (Scope s = Ivy.scope()) {
        bn.call(Ivy.array(new float[] {1, 0, 2, 0, 3, 4, 6, 4}, 4, 2));
      }
      // the updated statistics were made inside the closed scope; they must still be readable
      assertClose(new double[] {0.3, 0.2}, bn.buffers().get("running_mean"), 1e-6, "kept");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void layerNormAndGroupNorm_matchHandStatistics(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      LayerNorm ln = new LayerNorm(new long[] {4});
      ln.setV(
          Variables.builder()
              .put("weight", Ivy.array(new float[] {1, 2, 1, 1}, 4))
              .put("bias", Ivy.array(new float[] {0, 0, 0, 1}, 4))
              .build());
      Array y = ln.call(Ivy.array(new float[] {1, 2, 3, 4, -1, -1, 1, 1}, 2, 4));
      double s1 = Math.sqrt(1.25 + 1e-5);
      double s2 = Math.sqrt(1 + 1e-5);
      assertClose(
          new double[] {
            -1.5 / s1,
            2 * -0.5 / s1,
            0.5 / s1,
            1.5 / s1 + 1,
            -1 / s2,
            2 * -1 / s2,
            1 / s2,
            1 / s2 + 1
          },
          y,
          TOL,
          "layer_norm");
      GroupNorm gn = new GroupNorm(2, 4);
      // sample 0: group 0 = channels 0, 1 = {0, 2, 4, 6} (mean 3, var 5); group 1 all 1
      Array x = Ivy.array(new float[] {0, 2, 4, 6, 1, 1, 1, 1}, 1, 4, 2);
      Array g = gn.call(x);
      double sg = Math.sqrt(5 + 1e-5);
      assertClose(
          new double[] {-3 / sg, -1 / sg, 1 / sg, 3 / sg, 0, 0, 0, 0}, g, TOL, "group_norm");
      assertThrows(IvyArgumentException.class, () -> new GroupNorm(3, 4));
    }
  }

  // ------------------------------------------------------------------ dropout, embedding, misc

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void dropout_trainZeroesAndScales_evalIsIdentity(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Dropout dr = new Dropout(0.5);
      Array x = Ivy.ones(Shape.of(1000), DType.FLOAT32);
      Ivy.seed(3);
      double[] y = d(dr.call(x));
      long zeros = Arrays.stream(y).filter(v -> v == 0).count();
      assertTrue(Arrays.stream(y).allMatch(v -> v == 0 || v == 2), "kept values are scaled by 2");
      assertTrue(zeros > 400 && zeros < 600, "about half dropped: " + zeros);
      Sequential seq = new Sequential(new Dropout(0.5));
      seq.eval();
      assertTrue(!seq.get(0).isTraining(), "eval() reaches submodules");
      assertArrayEquals(x.toFloatArray(), seq.call(x).toFloatArray());
      assertThrows(IvyArgumentException.class, () -> new Dropout(1.0));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void embedding_looksUpRows_paddingRowIsZero_badIndexRaises(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Embedding emb = new Embedding(5, 3, 2L, null, null, 9L);
      double[] w = d(emb.v().get("weight"));
      assertArrayEquals(new double[] {0, 0, 0}, Arrays.copyOfRange(w, 6, 9));
      Array y = emb.call(Ivy.array(new long[] {4, 0, 2, 4}, 2, 2));
      assertEquals(Shape.of(2, 2, 3), y.shape());
      double[] exp = new double[12];
      long[] idx = {4, 0, 2, 4};
      for (int i = 0; i < 4; i++) {
        System.arraycopy(w, (int) idx[i] * 3, exp, i * 3, 3);
      }
      assertClose(exp, y, 0, "embedding rows");
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> emb.call(Ivy.array(new long[] {5}, 1)));
      assertTrue(e.getMessage().contains("[0, 5)"), e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void activationModules_matchCoreFunctions(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {-2, -0.5f, 0, 0.5f, 2, 3}, 2, 3);
      double[] xs = d(x);
      assertClose(
          Arrays.stream(xs).map(v -> Math.max(v, 0)).toArray(), new ReLU().call(x), 0, "relu");
      assertClose(Arrays.stream(xs).map(Math::tanh).toArray(), new Tanh().call(x), TOL, "tanh");
      assertClose(
          Arrays.stream(xs).map(v -> 1 / (1 + Math.exp(-v))).toArray(),
          new Sigmoid().call(x),
          TOL,
          "sigmoid");
      assertClose(
          Arrays.stream(xs).map(v -> v / (1 + Math.exp(-v))).toArray(),
          new SiLU().call(x),
          TOL,
          "silu");
      assertClose(
          Arrays.stream(xs).map(v -> v > 0 ? v : 0.1 * v).toArray(),
          new LeakyReLU(0.1).call(x),
          TOL,
          "leaky_relu");
      // gelu(x) = x * Phi(x); Phi(0.5) = 0.691462461274013, Phi(2) = 0.977249868051821
      double[] g = d(new GELU().call(x));
      assertEquals(0.5 * 0.691462461274013, g[3], 1e-6);
      assertEquals(2 * 0.977249868051821, g[4], 1e-6);
      double[] sm = d(new Softmax(-1).call(x));
      double z = Math.exp(-2) + Math.exp(-0.5) + 1;
      assertEquals(Math.exp(-2) / z, sm[0], 1e-6);
      assertEquals(Shape.of(2, 12), new Flatten().call(rand(1, 2, 3, 4)).shape());
    }
  }

  // ------------------------------------------------------------------ attention

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void multiHeadAttention_pytorchNamesAndValues_matchLoopReference(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      int e = 4;
      int heads = 2;
      MultiHeadAttention mha = new MultiHeadAttention(e, heads, 0.0, true, false, null, 21L);
      assertEquals(
          List.of("in_proj_weight", "in_proj_bias", "out_proj/weight", "out_proj/bias"),
          mha.v().paths());
      checkBound(mha.v().get("in_proj_weight"), Math.sqrt(6.0 / (4 * e)));
      assertArrayEquals(new float[3 * e], mha.v().get("in_proj_bias").toFloatArray());
      // non-zero biases so they are checked too
      Variables v =
          mha.v().with("in_proj_bias", rand(22, 3 * e)).with("out_proj/bias", rand(23, e));
      mha.setV(v);
      int l = 3;
      int sl = 2;
      int n = 2;
      Array q = rand(24, l, n, e);
      Array k = rand(25, sl, n, e);
      Array val = rand(26, sl, n, e);
      List<Array> r = mha.call(List.of(q, k, val));
      assertEquals(Shape.of(l, n, e), r.get(0).shape());
      assertEquals(Shape.of(n, l, sl), r.get(1).shape());
      double[][] ref = mhaRef(d(q), d(k), d(val), v, l, sl, n, e, heads);
      assertClose(ref[0], r.get(0), 1e-4, "mha output");
      assertClose(ref[1], r.get(1), 1e-4, "mha weights");
      assertEquals(Shape.of(l, n, e), mha.call(q).shape());
    }
  }

  /** torch.nn.MultiheadAttention in float64 loops: [L, N, E] inputs, returns output and weights. */
  static double[][] mhaRef(
      double[] q, double[] k, double[] v, Variables vars, int l, int s, int n, int e, int heads) {
    double[] w = d(vars.get("in_proj_weight"));
    double[] bi = d(vars.get("in_proj_bias"));
    double[] wo = d(vars.get("out_proj/weight"));
    double[] bo = d(vars.get("out_proj/bias"));
    int hd = e / heads;
    double[] out = new double[l * n * e];
    double[] avg = new double[n * l * s];
    for (int b = 0; b < n; b++) {
      double[][] qp = proj(q, w, bi, 0, l, n, b, e);
      double[][] kp = proj(k, w, bi, e, s, n, b, e);
      double[][] vp = proj(v, w, bi, 2 * e, s, n, b, e);
      double[][] concat = new double[l][e];
      for (int h = 0; h < heads; h++) {
        for (int i = 0; i < l; i++) {
          double[] sc = new double[s];
          double max = Double.NEGATIVE_INFINITY;
          for (int j = 0; j < s; j++) {
            for (int c = 0; c < hd; c++) {
              sc[j] += qp[i][h * hd + c] * kp[j][h * hd + c];
            }
            sc[j] /= Math.sqrt(hd);
            max = Math.max(max, sc[j]);
          }
          double z = 0;
          for (int j = 0; j < s; j++) {
            sc[j] = Math.exp(sc[j] - max);
            z += sc[j];
          }
          for (int j = 0; j < s; j++) {
            sc[j] /= z;
            avg[(b * l + i) * s + j] += sc[j] / heads;
            for (int c = 0; c < hd; c++) {
              concat[i][h * hd + c] += sc[j] * vp[j][h * hd + c];
            }
          }
        }
      }
      for (int i = 0; i < l; i++) {
        for (int o = 0; o < e; o++) {
          double acc = bo[o];
          for (int c = 0; c < e; c++) {
            acc += wo[o * e + c] * concat[i][c];
          }
          out[(i * n + b) * e + o] = acc;
        }
      }
    }
    return new double[][] {out, avg};
  }

  private static double[][] proj(
      double[] x, double[] w, double[] b, int row0, int len, int n, int batch, int e) {
    double[][] r = new double[len][e];
    for (int t = 0; t < len; t++) {
      for (int o = 0; o < e; o++) {
        double acc = b[row0 + o];
        for (int c = 0; c < e; c++) {
          acc += w[(row0 + o) * e + c] * x[(t * n + batch) * e + c];
        }
        r[t][o] = acc;
      }
    }
    return r;
  }

  // ------------------------------------------------------------------ recurrent

  static double sig(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** One-layer unidirectional LSTM or GRU over x [L, N, in] in float64; returns out, h, c. */
  static double[][] rnnRef(
      boolean lstm, double[] x, Variables v, String sfx, int l, int n, int in, int hs) {
    int gates = lstm ? 4 : 3;
    double[] wih = d(v.get("weight_ih" + sfx));
    double[] whh = d(v.get("weight_hh" + sfx));
    double[] bih = d(v.get("bias_ih" + sfx));
    double[] bhh = d(v.get("bias_hh" + sfx));
    double[] h = new double[n * hs];
    double[] c = new double[n * hs];
    double[] out = new double[l * n * hs];
    for (int t = 0; t < l; t++) {
      double[] nh = new double[n * hs];
      for (int b = 0; b < n; b++) {
        double[] gx = new double[gates * hs];
        double[] gh = new double[gates * hs];
        for (int g = 0; g < gates * hs; g++) {
          gx[g] = bih[g];
          gh[g] = bhh[g];
          for (int i = 0; i < in; i++) {
            gx[g] += wih[g * in + i] * x[(t * n + b) * in + i];
          }
          for (int i = 0; i < hs; i++) {
            gh[g] += whh[g * hs + i] * h[b * hs + i];
          }
        }
        for (int j = 0; j < hs; j++) {
          if (lstm) {
            double ig = sig(gx[j] + gh[j]);
            double fg = sig(gx[hs + j] + gh[hs + j]);
            double gg = Math.tanh(gx[2 * hs + j] + gh[2 * hs + j]);
            double og = sig(gx[3 * hs + j] + gh[3 * hs + j]);
            c[b * hs + j] = fg * c[b * hs + j] + ig * gg;
            nh[b * hs + j] = og * Math.tanh(c[b * hs + j]);
          } else {
            double r = sig(gx[j] + gh[j]);
            double z = sig(gx[hs + j] + gh[hs + j]);
            double nn = Math.tanh(gx[2 * hs + j] + r * gh[2 * hs + j]);
            nh[b * hs + j] = (1 - z) * nn + z * h[b * hs + j];
          }
        }
      }
      h = nh;
      System.arraycopy(h, 0, out, t * n * hs, n * hs);
    }
    return new double[][] {out, h, c};
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void lstmAndGru_pytorchGateOrderAndNames_matchLoopReference(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      int l = 4;
      int n = 2;
      int in = 3;
      int hs = 5;
      Array x = rand(31, l, n, in);
      LSTM lstm = new LSTM(in, hs, 1, true, false, 0, false, null, 32L);
      assertEquals(
          List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"), lstm.v().paths());
      assertEquals(Shape.of(4 * hs, in), lstm.v().get("weight_ih_l0").shape());
      checkBound(lstm.v().get("bias_hh_l0"), 1 / Math.sqrt(hs));
      List<Array> r = lstm.call(List.of(x));
      assertEquals(3, r.size());
      double[][] ref = rnnRef(true, d(x), lstm.v(), "_l0", l, n, in, hs);
      assertClose(ref[0], r.get(0), 1e-4, "lstm output");
      assertEquals(Shape.of(1, n, hs), r.get(1).shape());
      assertClose(ref[1], r.get(1), 1e-4, "lstm h_n");
      assertClose(ref[2], r.get(2), 1e-4, "lstm c_n");
      GRU gru = new GRU(in, hs, 1, true, true, 0, false, null, 33L);
      assertEquals(Shape.of(3 * hs, hs), gru.v().get("weight_hh_l0").shape());
      // batchFirst: [N, L, in]
      Array xb = Ivy.permuteDims(x, 1, 0, 2);
      List<Array> g = gru.call(List.of(xb));
      assertEquals(2, g.size());
      assertEquals(Shape.of(n, l, hs), g.get(0).shape());
      double[][] gref = rnnRef(false, d(x), gru.v(), "_l0", l, n, in, hs);
      assertClose(gref[0], Ivy.permuteDims(g.get(0), 1, 0, 2), 1e-4, "gru output");
      assertClose(gref[1], g.get(1), 1e-4, "gru h_n");
      // two layers, bidirectional: names, shapes; unbatched input
      LSTM deep = new LSTM(in, hs, 2, true, false, 0, true, null, 34L);
      assertEquals(16, deep.v().size());
      assertEquals("weight_ih_l0_reverse", deep.v().paths().get(4));
      assertEquals(Shape.of(4 * hs, 2 * hs), deep.v().get("weight_ih_l1").shape());
      List<Array> dr = deep.call(List.of(rand(35, l, in)));
      assertEquals(Shape.of(l, 2 * hs), dr.get(0).shape());
      assertEquals(Shape.of(4, hs), dr.get(1).shape());
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> lstm.call(rand(1, l, n, in + 1)));
      assertTrue(e.getMessage().contains("LSTM"), e.getMessage());
    }
  }

  // ------------------------------------------------------------------ modules

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void sequential_nestedPaths_callWithGivenTree_andBadTreesRaise(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Sequential inner = new Sequential(new Linear(4, 4), new Tanh());
      Sequential model = new Sequential(new Linear(3, 4), new ReLU(), inner, new Linear(4, 2));
      assertEquals(
          List.of("0/weight", "0/bias", "2/0/weight", "2/0/bias", "3/weight", "3/bias"),
          model.v().paths());
      Array x = rand(41, 5, 3);
      Array y = model.call(x);
      assertEquals(Shape.of(5, 2), y.shape());
      // by hand with the core functions: the tree given is the one used
      Variables v = model.v().map(a -> Ivy.multiply(a, 0.5));
      Array h = Ivy.relu(Ivy.linear(x, v.get("0/weight"), v.get("0/bias")));
      h = Ivy.tanh(Ivy.linear(h, v.get("2/0/weight"), v.get("2/0/bias")));
      h = Ivy.linear(h, v.get("3/weight"), v.get("3/bias"));
      assertClose(d(h), model.call(x, v), 1e-6, "call(x, v)");
      assertArrayEquals(y.toFloatArray(), model.call(x).toFloatArray(), "own variables unchanged");
      IvyArgumentException missing =
          assertThrows(
              IvyArgumentException.class,
              () -> model.call(x, Variables.builder().put("0/weight", v.get("0/weight")).build()));
      assertTrue(missing.getMessage().contains("missing"), missing.getMessage());
      IvyArgumentException shape =
          assertThrows(
              IvyArgumentException.class,
              () -> model.setV(v.with("3/bias", Ivy.zeros(Shape.of(3), DType.FLOAT32))));
      assertTrue(
          shape.getMessage().contains("3/bias") && shape.getMessage().contains("float32[2]"),
          shape.getMessage());
      IvyArgumentException dtype =
          assertThrows(
              IvyArgumentException.class,
              () -> model.setV(v.with("3/bias", Ivy.zeros(Shape.of(2), DType.FLOAT64))));
      assertTrue(dtype.getMessage().contains("float64"), dtype.getMessage());
      model.setV(v);
      assertClose(d(h), model.call(x), 1e-6, "after setV");
      assertThrows(IvyArgumentException.class, () -> model.call(List.of(x, x)));
      assertThrows(IvyArgumentException.class, () -> new Linear(0, 3));
    }
  }
}
