package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.onnx.OnnxModel;
import dev.ivy.onnx.proto.OnnxProto.AttributeProto;
import dev.ivy.onnx.proto.OnnxProto.GraphProto;
import dev.ivy.onnx.proto.OnnxProto.ModelProto;
import dev.ivy.onnx.proto.OnnxProto.NodeProto;
import dev.ivy.onnx.proto.OnnxProto.OperatorSetIdProto;
import dev.ivy.onnx.proto.OnnxProto.TensorProto;
import dev.ivy.onnx.proto.OnnxProto.TypeProto;
import dev.ivy.onnx.proto.OnnxProto.ValueInfoProto;
import dev.ivy.prim.Prim;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * ONNX operators that have a coarse operation import as one node of it ({@link Prim#COARSE}): small
 * hand-built models are traced and their nodes counted (a convolution's bias and padding inside its
 * CONV node, one LSTM node per layer...); the traced graphs agree with their decompositions, and
 * the recurrent layers with ONNX's equations computed on the host. On every backend.
 */
class OnnxCoarseImportTest {
  private static final double TOL = 1e-5;

  /** Builds a one-graph model: float32 inputs, random float32 initializers, nodes. */
  private static final class ModelBuilder {
    final GraphProto.Builder g = GraphProto.newBuilder().setName("coarse");
    final Random rnd = new Random(7);

    ModelBuilder input(String name) {
      g.addInput(
          ValueInfoProto.newBuilder()
              .setName(name)
              .setType(
                  TypeProto.newBuilder()
                      .setTensorType(TypeProto.Tensor.newBuilder().setElemType(1))));
      return this;
    }

    ModelBuilder output(String... names) {
      for (String n : names) {
        g.addOutput(ValueInfoProto.newBuilder().setName(n));
      }
      return this;
    }

    /** Adds a float32 initializer of random values (in [0.5, 1.5) when positive). */
    ModelBuilder weight(String name, boolean positive, long... shape) {
      TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(1);
      long n = 1;
      for (long d : shape) {
        t.addDims(d);
        n *= d;
      }
      for (long i = 0; i < n; i++) {
        t.addFloatData(positive ? 0.5f + rnd.nextFloat() : (float) (0.5 * rnd.nextGaussian()));
      }
      g.addInitializer(t);
      return this;
    }

    ModelBuilder weight(String name, long... shape) {
      return weight(name, false, shape);
    }

    ModelBuilder ints(String name, long... v) {
      g.addInitializer(
          TensorProto.newBuilder()
              .setName(name)
              .setDataType(7)
              .addDims(v.length)
              .addAllInt64Data(Arrays.stream(v).boxed().toList()));
      return this;
    }

    /** Adds a node; {@code io} is "in1,in2->out1,out2" (an empty name: an absent input). */
    ModelBuilder node(String op, String io, Object... attrs) {
      String[] sides = io.split("->");
      NodeProto.Builder n =
          NodeProto.newBuilder()
              .setOpType(op)
              .setName(op + g.getNodeCount())
              .addAllInput(Arrays.asList(sides[0].split(",", -1)))
              .addAllOutput(Arrays.asList(sides[1].split(",")));
      for (int i = 0; i < attrs.length; i += 2) {
        n.addAttribute(attribute((String) attrs[i], attrs[i + 1]));
      }
      g.addNode(n);
      return this;
    }

    OnnxModel build() {
      return OnnxModel.fromProto(
          ModelProto.newBuilder()
              .setIrVersion(8)
              .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(17))
              .setGraph(g)
              .build());
    }
  }

  private static AttributeProto attribute(String name, Object v) {
    AttributeProto.Builder a = AttributeProto.newBuilder().setName(name);
    if (v instanceof Integer i) {
      a.setType(AttributeProto.AttributeType.INT).setI(i);
    } else if (v instanceof Float x) {
      a.setType(AttributeProto.AttributeType.FLOAT).setF(x);
    } else if (v instanceof String x) {
      a.setType(AttributeProto.AttributeType.STRING).setS(ByteString.copyFromUtf8(x));
    } else if (v instanceof long[] x) {
      a.setType(AttributeProto.AttributeType.INTS);
      for (long e : x) {
        a.addInts(e);
      }
    } else {
      throw new IllegalArgumentException(name + "=" + v);
    }
    return a.build();
  }

  private static long[] l(long... v) {
    return v;
  }

  private static Array random(long seed, long... shape) {
    Random rnd = new Random(seed);
    int n = (int) dev.ivy.Shape.of(shape).size();
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) rnd.nextGaussian();
    }
    return Ivy.array(v, shape);
  }

  private static Map<Prim, Integer> counts(Graph g) {
    Map<Prim, Integer> m = new EnumMap<>(Prim.class);
    for (Node n : g.nodes()) {
      m.merge(n.prim(), 1, Integer::sum);
    }
    return m;
  }

  private static void assertClose(Array want, Array got, String what) {
    Close.arrays(want, got, TOL, TOL, what);
  }

  /**
   * Traces {@code m} on {@code x}, checks the graph runs as the model does and as its decomposition
   * into primitives, and returns its node counts.
   */
  private static Map<Prim, Integer> traceAndCheck(OnnxModel m, Array x) {
    Graph g = m.toGraph(x);
    List<Array> eager = m.run(x);
    List<Array> traced = g.run(x);
    List<Array> decomposed = g.decompose(p -> true).run(x);
    for (int i = 0; i < eager.size(); i++) {
      assertClose(eager.get(i), traced.get(i), "output " + i + " traced");
      assertClose(eager.get(i), decomposed.get(i), "output " + i + " decomposed");
    }
    return counts(g);
  }

  private static Stream<DynamicTest> onEveryBackend(String name, Runnable body) {
    return Backends.underTest().stream()
        .map(
            b ->
                DynamicTest.dynamicTest(
                    name + "[" + b + "]",
                    () -> {
                      try (var bs = Ivy.withBackend(b);
                          Scope s = Ivy.scope()) {
                        body.run();
                      }
                    }));
  }

  // ------------------------------------------------------------------ convolutional network

  /**
   * Conv (bias, pads) -> BatchNormalization -> Relu -> MaxPool (ceil_mode, pads) -> Conv (auto_pad
   * SAME_UPPER, stride 2, bias) -> AveragePool (count_include_pad, asymmetric pads) ->
   * ConvTranspose (bias) -> InstanceNormalization -> GlobalAveragePool -> Flatten -> Gemm (transB,
   * C [N]) -> Softmax, and LogSoftmax and LayerNormalization of the Gemm's result.
   */
  static OnnxModel cnn() {
    return new ModelBuilder()
        .input("x")
        .weight("w1", 6, 3, 3, 3)
        .weight("b1", 6)
        .weight("bn_scale", 6)
        .weight("bn_bias", 6)
        .weight("bn_mean", 6)
        .weight("bn_var", true, 6)
        .weight("w2", 4, 6, 3, 3)
        .weight("b2", 4)
        .weight("wt", 4, 2, 2, 2)
        .weight("bt", 2)
        .weight("in_scale", 2)
        .weight("in_bias", 2)
        .weight("fc_w", 5, 2)
        .weight("fc_b", 5)
        .weight("ln_scale", 5)
        .weight("ln_bias", 5)
        .node("Conv", "x,w1,b1->c1", "pads", l(1, 1, 1, 1))
        .node("BatchNormalization", "c1,bn_scale,bn_bias,bn_mean,bn_var->bn", "epsilon", 1e-3f)
        .node("Relu", "bn->r")
        .node(
            "MaxPool",
            "r->mp",
            "kernel_shape",
            l(3, 3),
            "strides",
            l(2, 2),
            "pads",
            l(1, 1, 1, 1),
            "ceil_mode",
            1)
        .node("Conv", "mp,w2,b2->c2", "auto_pad", "SAME_UPPER", "strides", l(2, 2))
        .node(
            "AveragePool",
            "c2->ap",
            "kernel_shape",
            l(2, 2),
            "pads",
            l(0, 0, 1, 1),
            "count_include_pad",
            1)
        .node("ConvTranspose", "ap,wt,bt->ct", "strides", l(2, 2))
        .node("InstanceNormalization", "ct,in_scale,in_bias->inorm")
        .node("GlobalAveragePool", "inorm->gap")
        .node("Flatten", "gap->flat")
        .node("Gemm", "flat,fc_w,fc_b->logits", "transB", 1)
        .node("Softmax", "logits->probs", "axis", -1)
        .node("LogSoftmax", "logits->logp", "axis", 1)
        .node("LayerNormalization", "logits,ln_scale,ln_bias->ln", "axis", -1)
        .output("probs", "logp", "ln")
        .build();
  }

  @TestFactory
  Stream<DynamicTest> cnn_eachOperator_isOneCoarseNode() {
    return onEveryBackend(
        "cnn",
        () -> {
          Map<Prim, Integer> n = traceAndCheck(cnn(), random(1, 2, 3, 13, 11));
          assertEquals(2, n.get(Prim.CONV), "Conv: " + n);
          assertEquals(1, n.get(Prim.BATCH_NORM), "BatchNormalization: " + n);
          assertEquals(1, n.get(Prim.MAX_POOL), "MaxPool: " + n);
          assertEquals(1, n.get(Prim.AVG_POOL), "AveragePool: " + n);
          assertEquals(1, n.get(Prim.CONV_TRANSPOSE), "ConvTranspose: " + n);
          assertEquals(1, n.get(Prim.GROUP_NORM), "InstanceNormalization: " + n);
          assertEquals(1, n.get(Prim.LINEAR), "Gemm: " + n);
          assertEquals(1, n.get(Prim.SOFTMAX), "Softmax: " + n);
          assertEquals(1, n.get(Prim.LOG_SOFTMAX), "LogSoftmax: " + n);
          assertEquals(1, n.get(Prim.LAYER_NORM), "LayerNormalization: " + n);
          // biases fused into their nodes, padding inside the windows: no ADD, no separate pad
          assertEquals(null, n.get(Prim.ADD), "no bias added apart: " + n);
          assertEquals(null, n.get(Prim.CONCAT), "no padding apart: " + n);
          assertEquals(null, n.get(Prim.MATMUL), "no matmul: " + n);
        });
  }

  // ------------------------------------------------------------------ resize

  /**
   * Four Resize nodes of x [1, 2, 5, 6] by sizes: nearest (asymmetric, floor), nearest-exact
   * (half_pixel, round_prefer_ceil), linear (half_pixel) and linear (align_corners).
   */
  static OnnxModel resizes() {
    return new ModelBuilder()
        .input("x")
        .ints("up", 1, 2, 8, 9)
        .ints("down", 1, 2, 3, 4)
        .node(
            "Resize",
            "x,,,up->n",
            "mode",
            "nearest",
            "coordinate_transformation_mode",
            "asymmetric",
            "nearest_mode",
            "floor")
        .node(
            "Resize",
            "x,,,down->ne",
            "mode",
            "nearest",
            "coordinate_transformation_mode",
            "half_pixel",
            "nearest_mode",
            "round_prefer_ceil")
        .node("Resize", "x,,,down->lin", "mode", "linear")
        .node(
            "Resize",
            "x,,,up->ac",
            "mode",
            "linear",
            "coordinate_transformation_mode",
            "align_corners")
        .output("n", "ne", "lin", "ac")
        .build();
  }

  @TestFactory
  Stream<DynamicTest> resize_eachNode_isOneResizeNode() {
    return onEveryBackend(
        "resize",
        () -> {
          Map<Prim, Integer> n = traceAndCheck(resizes(), random(5, 1, 2, 5, 6));
          assertEquals(4, n.get(Prim.RESIZE), "Resize: " + n);
          assertEquals(null, n.get(Prim.TAKE), "no gathers: " + n);
        });
  }

  // ------------------------------------------------------------------ recurrent layers

  /**
   * ONNX's equations of one LSTM (gates i, o, f, c) or GRU (gates z, r, h, linear_before_reset 1)
   * direction on the host: x [T][N][I], w [G*H][I], r [G*H][H], b [2*G*H], h0 and c0 [N][H];
   * returns y [T][N][H] (in input time order), then hN and cN as y's extra entries T and T + 1.
   */
  static double[][][] reference(
      boolean lstm,
      double[][][] x,
      double[][] w,
      double[][] r,
      double[] b,
      double[][] h0,
      double[][] c0,
      boolean reverse) {
    int t = x.length;
    int n = x[0].length;
    int h = r[0].length;
    int gates = lstm ? 4 : 3;
    double[][][] out = new double[t + 2][][];
    double[][] hp = copy(h0);
    double[][] cp = copy(c0);
    for (int s = 0; s < t; s++) {
      int ti = reverse ? t - 1 - s : s;
      double[][] hn = new double[n][h];
      for (int k = 0; k < n; k++) {
        double[] xw = new double[gates * h];
        double[] hr = new double[gates * h];
        for (int j = 0; j < gates * h; j++) {
          xw[j] = b[j];
          for (int i = 0; i < x[ti][k].length; i++) {
            xw[j] += x[ti][k][i] * w[j][i];
          }
          hr[j] = b[gates * h + j];
          for (int i = 0; i < h; i++) {
            hr[j] += hp[k][i] * r[j][i];
          }
        }
        for (int u = 0; u < h; u++) {
          if (lstm) {
            double ig = sig(xw[u] + hr[u]);
            double og = sig(xw[h + u] + hr[h + u]);
            double fg = sig(xw[2 * h + u] + hr[2 * h + u]);
            double cg = Math.tanh(xw[3 * h + u] + hr[3 * h + u]);
            cp[k][u] = fg * cp[k][u] + ig * cg;
            hn[k][u] = og * Math.tanh(cp[k][u]);
          } else {
            double z = sig(xw[u] + hr[u]);
            double rg = sig(xw[h + u] + hr[h + u]);
            double cand = Math.tanh(xw[2 * h + u] + rg * hr[2 * h + u]);
            hn[k][u] = (1 - z) * cand + z * hp[k][u];
          }
        }
      }
      hp = hn;
      out[ti] = hn;
    }
    out[t] = hp;
    out[t + 1] = cp;
    return out;
  }

  private static double sig(double v) {
    return 1 / (1 + Math.exp(-v));
  }

  private static double[][] copy(double[][] a) {
    double[][] r = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i].clone();
    }
    return r;
  }

  /** Returns a's float values as [d0][d1][d2]. */
  private static double[][][] host3(Array a) {
    long[] d = a.shape().dims();
    double[] v = a.toDoubleArray();
    double[][][] r = new double[(int) d[0]][(int) d[1]][(int) d[2]];
    int k = 0;
    for (double[][] p : r) {
      for (double[] q : p) {
        for (int i = 0; i < q.length; i++) {
          q[i] = v[k++];
        }
      }
    }
    return r;
  }

  /**
   * Checks one recurrent node's outputs (Y [T, D, N, H], Y_h [D, N, H], Y_c) against {@link
   * #reference} per direction, from the model's initializers W, R, B, initial_h, initial_c.
   */
  private static void checkRecurrent(
      boolean lstm, OnnxModel m, Array x, List<Array> got, String direction) {
    Map<String, Array> init = m.initializers();
    int dirs = direction.equals("bidirectional") ? 2 : 1;
    double[][][] xs = host3(x);
    double[][][] w = host3(init.get("W"));
    double[][][] r = host3(init.get("R"));
    double[][] b = host3(Ivy.expandDims(init.get("B"), 0))[0];
    double[][][] h0 = host3(init.get("initial_h"));
    double[][][] c0 = lstm ? host3(init.get("initial_c")) : h0;
    double[] y = got.get(0).toDoubleArray();
    double[] yh = got.get(1).toDoubleArray();
    int t = xs.length;
    int n = xs[0].length;
    int h = r[0][0].length;
    for (int d = 0; d < dirs; d++) {
      boolean reverse = direction.equals("reverse") || d == 1;
      double[][][] want = reference(lstm, xs, w[d], r[d], b[d], h0[d], c0[d], reverse);
      for (int ti = 0; ti < t; ti++) {
        for (int k = 0; k < n; k++) {
          for (int u = 0; u < h; u++) {
            double e = want[ti][k][u];
            double a = y[((ti * dirs + d) * n + k) * h + u];
            assertEquals(e, a, TOL, direction + " Y at t=" + ti + " d=" + d);
          }
        }
      }
      for (int k = 0; k < n; k++) {
        for (int u = 0; u < h; u++) {
          assertEquals(want[t][k][u], yh[(d * n + k) * h + u], TOL, direction + " Y_h");
          if (lstm) {
            double yc = got.get(2).toDoubleArray()[(d * n + k) * h + u];
            assertEquals(want[t + 1][k][u], yc, TOL, direction + " Y_c");
          }
        }
      }
    }
  }

  /** One LSTM or GRU node over x [5, 2, 3], hidden size 4, with biases and initial states. */
  static OnnxModel recurrent(boolean lstm, String direction, int linearBeforeReset) {
    int dirs = direction.equals("bidirectional") ? 2 : 1;
    int g = (lstm ? 4 : 3) * 4;
    ModelBuilder b =
        new ModelBuilder()
            .input("x")
            .weight("W", dirs, g, 3)
            .weight("R", dirs, g, 4)
            .weight("B", dirs, 2 * g)
            .weight("initial_h", dirs, 2, 4);
    if (lstm) {
      b.weight("initial_c", dirs, 2, 4)
          .node(
              "LSTM",
              "x,W,R,B,,initial_h,initial_c->y,yh,yc",
              "hidden_size",
              4,
              "direction",
              direction)
          .output("y", "yh", "yc");
    } else {
      b.node(
              "GRU",
              "x,W,R,B,,initial_h->y,yh",
              "hidden_size",
              4,
              "direction",
              direction,
              "linear_before_reset",
              linearBeforeReset)
          .output("y", "yh");
    }
    return b.build();
  }

  @TestFactory
  Stream<DynamicTest> lstmAndGru_oneCoarseNodeEach_matchOnnxEquations() {
    List<DynamicTest> r = new ArrayList<>();
    for (boolean lstm : new boolean[] {true, false}) {
      for (String direction : List.of("forward", "reverse", "bidirectional")) {
        String name = (lstm ? "LSTM " : "GRU ") + direction;
        onEveryBackend(
                name,
                () -> {
                  OnnxModel m = recurrent(lstm, direction, 1);
                  Array x = random(2, 5, 2, 3);
                  Map<Prim, Integer> n = traceAndCheck(m, x);
                  assertEquals(1, n.get(lstm ? Prim.LSTM : Prim.GRU), name + ": " + n);
                  assertEquals(null, n.get(Prim.MATMUL), name + " is not unrolled: " + n);
                  checkRecurrent(lstm, m, x, m.run(x), direction);
                })
            .forEach(r::add);
      }
    }
    return r.stream();
  }

  @TestFactory
  Stream<DynamicTest> gru_linearBeforeReset0_staysUnrolled() {
    return onEveryBackend(
        "GRU linear_before_reset 0",
        () -> {
          Map<Prim, Integer> n = traceAndCheck(recurrent(false, "forward", 0), random(3, 5, 2, 3));
          assertEquals(null, n.get(Prim.GRU), "PyTorch's GRU formula differs: " + n);
          assertTrue(n.get(Prim.MATMUL) >= 5, "one step at a time: " + n);
        });
  }

  /**
   * Two stacked bidirectional LSTM layers, as PyTorch exports them: LSTM, then Y [T, 2, N, H]
   * transposed and reshaped to [T, N, 2H] for the next LSTM.
   */
  @TestFactory
  Stream<DynamicTest> stackedBidirectionalLstm_oneLstmNodePerLayer() {
    return onEveryBackend(
        "2-layer bidirectional LSTM",
        () -> {
          OnnxModel m =
              new ModelBuilder()
                  .input("x")
                  .weight("W0", 2, 16, 3)
                  .weight("R0", 2, 16, 4)
                  .weight("B0", 2, 32)
                  .weight("W1", 2, 16, 8)
                  .weight("R1", 2, 16, 4)
                  .weight("B1", 2, 32)
                  .ints("shape", 0, 0, -1)
                  .node("LSTM", "x,W0,R0,B0->y0", "hidden_size", 4, "direction", "bidirectional")
                  .node("Transpose", "y0->y0t", "perm", l(0, 2, 1, 3))
                  .node("Reshape", "y0t,shape->x1")
                  .node(
                      "LSTM",
                      "x1,W1,R1,B1->y1,yh1,yc1",
                      "hidden_size",
                      4,
                      "direction",
                      "bidirectional")
                  .output("y1", "yh1", "yc1")
                  .build();
          Map<Prim, Integer> n = traceAndCheck(m, random(4, 6, 2, 3));
          assertEquals(2, n.get(Prim.LSTM), "one LSTM node per layer: " + n);
          assertEquals(null, n.get(Prim.MATMUL), "not unrolled: " + n);
        });
  }
}
