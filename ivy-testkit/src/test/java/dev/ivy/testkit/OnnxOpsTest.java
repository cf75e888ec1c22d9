package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.internal.HostData;
import dev.ivy.onnx.OnnxModel;
import dev.ivy.onnx.OnnxOps;
import dev.ivy.onnx.proto.OnnxProto.AttributeProto;
import dev.ivy.onnx.proto.OnnxProto.GraphProto;
import dev.ivy.onnx.proto.OnnxProto.ModelProto;
import dev.ivy.onnx.proto.OnnxProto.NodeProto;
import dev.ivy.onnx.proto.OnnxProto.OperatorSetIdProto;
import dev.ivy.onnx.proto.OnnxProto.TensorProto;
import dev.ivy.onnx.proto.OnnxProto.TypeProto;
import dev.ivy.onnx.proto.OnnxProto.ValueInfoProto;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One small hand-built ONNX model per supported operator (built with the generated protobuf
 * builders), run on every backend and checked against values computed by hand or with {@link Math}
 * on the host.
 */
class OnnxOpsTest {
  /** A host tensor: dtype, shape, values. */
  record T(DType dtype, long[] shape, double[] data) {}

  static T f(long[] shape, double... v) {
    return new T(DType.FLOAT32, shape, v);
  }

  static T i64(long[] shape, double... v) {
    return new T(DType.INT64, shape, v);
  }

  static T u8(long[] shape, double... v) {
    return new T(DType.UINT8, shape, v);
  }

  static T i8(long[] shape, double... v) {
    return new T(DType.INT8, shape, v);
  }

  static T i32(long[] shape, double... v) {
    return new T(DType.INT32, shape, v);
  }

  static T b(long[] shape, double... v) {
    return new T(DType.BOOL, shape, v);
  }

  static long[] s(long... d) {
    return d;
  }

  /** One operator case: inputs (null for an absent optional one), attributes, expected outputs. */
  static final class Case {
    final String op;
    final String label;
    final List<T> in = new ArrayList<>();
    final Map<String, Object> attrs = new LinkedHashMap<>();
    final List<T> out = new ArrayList<>();
    int opset = 14;

    Case(String op, String label) {
      this.op = op;
      this.label = label;
    }

    Case in(T... t) {
      in.addAll(Arrays.asList(t));
      return this;
    }

    /** Builds the model at {@code v} (14 unless set). */
    Case opset(int v) {
      opset = v;
      return this;
    }

    Case attr(String k, Object v) {
      attrs.put(k, v);
      return this;
    }

    Case out(T... t) {
      out.addAll(Arrays.asList(t));
      return this;
    }
  }

  static final List<Case> CASES = new ArrayList<>();

  static Case c(String op) {
    Case k = new Case(op, op);
    CASES.add(k);
    return k;
  }

  static Case c(String op, String label) {
    Case k = new Case(op, label);
    CASES.add(k);
    return k;
  }

  static final double[] X4 = {-0.9, -0.3, 0.2, 0.7};

  static void unary(String op, DoubleUnaryOperator fn, double... x) {
    double[] v = x.length == 0 ? X4 : x;
    double[] y = Arrays.stream(v).map(fn).toArray();
    c(op).in(f(s(v.length), v)).out(f(s(v.length), y));
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  static {
    unary("Abs", Math::abs);
    unary("Neg", x -> -x);
    unary("Sign", Math::signum);
    unary("Reciprocal", x -> 1 / x);
    unary("Exp", Math::exp);
    unary("Log", Math::log, 0.5, 1, 2, 10);
    unary("Sqrt", Math::sqrt, 0.25, 1, 2, 9);
    unary("Sin", Math::sin);
    unary("Cos", Math::cos);
    unary("Tan", Math::tan);
    unary("Asin", Math::asin);
    unary("Acos", Math::acos);
    unary("Atan", Math::atan);
    unary("Sinh", Math::sinh);
    unary("Cosh", Math::cosh);
    unary("Tanh", Math::tanh);
    unary("Asinh", x -> Math.log(x + Math.sqrt(x * x + 1)));
    unary("Acosh", x -> Math.log(x + Math.sqrt(x * x - 1)), 1, 1.5, 2, 10);
    unary("Atanh", x -> 0.5 * Math.log((1 + x) / (1 - x)));
    c("Erf").in(f(s(3), 0, 0.5, -1)).out(f(s(3), 0, 0.5204998778130465, -0.8427007929497149));
    unary("Floor", Math::floor, -1.5, -0.5, 0.5, 2.7);
    unary("Ceil", Math::ceil, -1.5, -0.5, 0.5, 2.7);
    unary("Round", Math::rint, -1.5, -0.5, 0.5, 2.7);
    unary("Relu", x -> Math.max(x, 0));
    unary("Sigmoid", OnnxOpsTest::sigmoid);
    unary("Softplus", x -> Math.log(1 + Math.exp(x)));
    unary("Softsign", x -> x / (1 + Math.abs(x)));
    unary("HardSwish", x -> x * Math.max(0, Math.min(1, x / 6 + 0.5)));
    unary("Identity", x -> x);
    c("LeakyRelu").in(f(s(2), -2, 3)).attr("alpha", 0.1f).out(f(s(2), -0.2, 3));
    c("Elu").in(f(s(2), -1, 3)).attr("alpha", 2f).out(f(s(2), 2 * (Math.exp(-1) - 1), 3));
    c("Selu")
        .in(f(s(2), -1, 3))
        .attr("alpha", 2f)
        .attr("gamma", 3f)
        .out(f(s(2), 3 * 2 * (Math.exp(-1) - 1), 9));
    c("Celu").in(f(s(2), -1, 3)).attr("alpha", 2f).out(f(s(2), 2 * (Math.exp(-0.5) - 1), 3));
    c("ThresholdedRelu").in(f(s(3), 0.5, 1, 2)).attr("alpha", 1f).out(f(s(3), 0, 0, 2));
    c("HardSigmoid").in(f(s(3), -10, 0, 1)).out(f(s(3), 0, 0.5, 0.7));
    c("Shrink")
        .in(f(s(3), -2, 0.3, 2))
        .attr("lambd", 1f)
        .attr("bias", 0.5f)
        .out(f(s(3), -1.5, 0, 1.5));
    c("PRelu").in(f(s(2), -2, 3), f(s(1), 0.5)).out(f(s(2), -1, 3));
    c("Softmax").in(f(s(1, 2), 1, 2)).out(f(s(1, 2), 0.2689414213699951, 0.7310585786300049));
    c("LogSoftmax").in(f(s(1, 2), 1, 2)).out(f(s(1, 2), -1.3132616875182228, -0.3132616875182228));
    c("Hardmax").in(f(s(1, 3), 1, 3, 2)).out(f(s(1, 3), 0, 1, 0));
    c("IsNaN").in(f(s(2), Double.NaN, 1)).out(b(s(2), 1, 0));
    c("IsInf")
        .in(f(s(3), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1))
        .attr("detect_negative", 0L)
        .out(b(s(3), 1, 0, 0));
    c("Not").in(b(s(2), 1, 0)).out(b(s(2), 0, 1));
    c("And").in(b(s(4), 0, 0, 1, 1), b(s(4), 0, 1, 0, 1)).out(b(s(4), 0, 0, 0, 1));
    c("Or").in(b(s(4), 0, 0, 1, 1), b(s(4), 0, 1, 0, 1)).out(b(s(4), 0, 1, 1, 1));
    c("Xor").in(b(s(4), 0, 0, 1, 1), b(s(4), 0, 1, 0, 1)).out(b(s(4), 0, 1, 1, 0));
    c("Add").in(f(s(2, 1), 1, 2), f(s(2), 10, 20)).out(f(s(2, 2), 11, 21, 12, 22));
    c("Sub").in(f(s(2), 5, 1), f(s(2), 2, 3)).out(f(s(2), 3, -2));
    c("Mul").in(f(s(2), 5, 1), f(s(1), 3)).out(f(s(2), 15, 3));
    c("Div").in(f(s(2), 1, 3), f(s(2), 2, 4)).out(f(s(2), 0.5, 0.75));
    c("Div", "Div[int64 truncates]").in(i64(s(2), 7, -7), i64(s(2), 2, 2)).out(i64(s(2), 3, -3));
    c("Pow").in(f(s(2), 2, 3), f(s(1), 2)).out(f(s(2), 4, 9));
    c("Mod").in(i64(s(2), -7, 7), i64(s(2), 3, -3)).out(i64(s(2), 2, -2));
    c("Mod", "Mod[fmod]").in(f(s(2), -7, 7), f(s(2), 3, -3)).attr("fmod", 1L).out(f(s(2), -1, 1));
    c("BitShift")
        .in(i64(s(2), 1, 2), i64(s(2), 1, 2))
        .attr("direction", "LEFT")
        .out(i64(s(2), 2, 8));
    c("Max").in(f(s(2), 1, 5), f(s(2), 3, 2), f(s(1), 4)).out(f(s(2), 4, 5));
    c("Min").in(f(s(2), 1, 5), f(s(2), 3, 2), f(s(1), 4)).out(f(s(2), 1, 2));
    c("Sum").in(f(s(2), 1, 5), f(s(2), 3, 2), f(s(1), 4)).out(f(s(2), 8, 11));
    c("Mean").in(f(s(2), 1, 5), f(s(2), 3, 2), f(s(1), 4)).out(f(s(2), 8 / 3.0, 11 / 3.0));
    c("Equal").in(f(s(2), 1, 2), f(s(2), 1, 3)).out(b(s(2), 1, 0));
    c("Less").in(f(s(3), 1, 2, 3), f(s(1), 2)).out(b(s(3), 1, 0, 0));
    c("LessOrEqual").in(f(s(3), 1, 2, 3), f(s(1), 2)).out(b(s(3), 1, 1, 0));
    c("Greater").in(f(s(3), 1, 2, 3), f(s(1), 2)).out(b(s(3), 0, 0, 1));
    c("GreaterOrEqual").in(f(s(3), 1, 2, 3), f(s(1), 2)).out(b(s(3), 0, 1, 1));
    c("Where").in(b(s(2), 1, 0), f(s(2), 1, 2), f(s(2), 3, 4)).out(f(s(2), 1, 4));
    c("Clip").in(f(s(3), -2, 0, 2), f(s(), -1), f(s(), 1)).out(f(s(3), -1, 0, 1));
    c("Clip", "Clip[opset 10, min/max attributes]")
        .opset(10)
        .in(f(s(3), -2, 0, 2))
        .attr("max", 1f)
        .out(f(s(3), -2, 0, 1));
    c("Softmax", "Softmax[opset 12, 2-d coercion at axis 1]")
        .opset(12)
        .in(f(s(1, 2, 1), 0, 0))
        .out(f(s(1, 2, 1), 0.5, 0.5));
    c("Squeeze", "Squeeze[opset 12, axes attribute]")
        .opset(12)
        .in(f(s(1, 3, 1), 1, 2, 3))
        .attr("axes", new long[] {2})
        .out(f(s(1, 3), 1, 2, 3));
    c("Unsqueeze", "Unsqueeze[opset 11, axes attribute]")
        .opset(11)
        .in(f(s(2), 1, 2))
        .attr("axes", new long[] {-1})
        .out(f(s(2, 1), 1, 2));
    c("Split", "Split[opset 12, split attribute]")
        .opset(12)
        .in(f(s(3), 0, 1, 2))
        .attr("split", new long[] {2, 1})
        .out(f(s(2), 0, 1), f(s(1), 2));
    c("Pad", "Pad[opset 10, attributes]")
        .opset(10)
        .in(f(s(2), 1, 2))
        .attr("pads", new long[] {1, 0})
        .attr("value", 7f)
        .out(f(s(3), 7, 1, 2));
    c("Slice", "Slice[opset 9, attributes]")
        .opset(9)
        .in(f(s(4), 0, 1, 2, 3))
        .attr("starts", new long[] {1})
        .attr("ends", new long[] {-1})
        .out(f(s(2), 1, 2));
    // matrix products
    c("MatMul").in(f(s(2, 2), 1, 2, 3, 4), f(s(2, 1), 5, 6)).out(f(s(2, 1), 17, 39));
    c("Gemm")
        .in(f(s(1, 2), 1, 2), f(s(2, 2), 1, 2, 3, 4), f(s(2), 1, 1))
        .attr("transB", 1L)
        .attr("alpha", 2f)
        .out(f(s(1, 2), 11, 23));
    c("Einsum").in(f(s(2, 2), 1, 2, 3, 4)).attr("equation", "ij->ji").out(f(s(2, 2), 1, 3, 2, 4));
    c("Det").in(f(s(2, 2), 1, 2, 3, 4)).out(f(s(), -2));
    // convolution, pooling, normalisation
    T x9 = f(s(1, 1, 3, 3), 1, 2, 3, 4, 5, 6, 7, 8, 9);
    c("Conv")
        .in(x9, f(s(1, 1, 2, 2), 1, 1, 1, 1), f(s(1), 0.5))
        .attr("pads", new long[] {1, 1, 1, 1})
        .attr("strides", new long[] {2, 2})
        .out(f(s(1, 1, 2, 2), 1.5, 5.5, 11.5, 28.5));
    c("ConvTranspose")
        .in(f(s(1, 1, 2, 2), 1, 2, 3, 4), f(s(1, 1, 2, 2), 1, 1, 1, 1))
        .out(f(s(1, 1, 3, 3), 1, 3, 2, 4, 10, 6, 3, 7, 4));
    c("MaxPool").in(x9).attr("kernel_shape", new long[] {2, 2}).out(f(s(1, 1, 2, 2), 5, 6, 8, 9));
    c("AveragePool")
        .in(x9)
        .attr("kernel_shape", new long[] {2, 2})
        .out(f(s(1, 1, 2, 2), 3, 4, 6, 7));
    T x8 = f(s(1, 2, 2, 2), 1, 2, 3, 4, 5, 6, 7, 8);
    c("GlobalAveragePool").in(x8).out(f(s(1, 2, 1, 1), 2.5, 6.5));
    c("GlobalMaxPool").in(x8).out(f(s(1, 2, 1, 1), 4, 8));
    c("BatchNormalization")
        .in(f(s(1, 2, 1, 1), 1, 2), f(s(2), 2, 3), f(s(2), 0.5, 1), f(s(2), 0, 1), f(s(2), 1, 4))
        .attr("epsilon", 0f)
        .out(f(s(1, 2, 1, 1), 2.5, 2.5));
    c("InstanceNormalization")
        .in(f(s(1, 1, 1, 2), 1, 3), f(s(1), 2), f(s(1), 1))
        .attr("epsilon", 0f)
        .out(f(s(1, 1, 1, 2), -1, 3));
    c("LayerNormalization")
        .opset(17)
        .in(f(s(1, 2), 1, 3), f(s(2), 1, 2), f(s(2), 0, 1))
        .attr("epsilon", 0f)
        .out(f(s(1, 2), -1, 3));
    c("LayerNormalization", "LayerNormalization[Mean, InvStdDev]")
        .opset(17)
        .in(f(s(1, 2), 1, 3), f(s(2), 1, 1))
        .attr("epsilon", 0f)
        .out(f(s(1, 2), -1, 1), f(s(1, 1), 2), f(s(1, 1), 1));
    c("Softsign", "Softsign[opset 1]").opset(1).in(f(s(2), 1, -3)).out(f(s(2), 0.5, -0.75));
    c("GridSample")
        .opset(16)
        .in(f(s(1, 1, 2, 2), 1, 2, 3, 4), f(s(1, 1, 2, 2), 0, 0, -1, -1))
        .attr("align_corners", 1L)
        .out(f(s(1, 1, 1, 2), 2.5, 1));
    // quantization
    c("QuantizeLinear").opset(13).in(f(s(3), -4, 3, 600), f(s(), 2)).out(u8(s(3), 0, 2, 255));
    c("QuantizeLinear", "QuantizeLinear[int8, per axis]")
        .opset(13)
        .in(f(s(2, 2), 1, 1, 4, 4), f(s(2), 1, 2), i8(s(2), -1, 1))
        .attr("axis", 1L)
        .out(i8(s(2, 2), 0, 1, 3, 3));
    c("DequantizeLinear")
        .opset(13)
        .in(u8(s(2), 0, 10), f(s(), 0.5), u8(s(), 4))
        .out(f(s(2), -2, 3));
    c("DynamicQuantizeLinear")
        .opset(11)
        .in(f(s(3), -1.02, 0, 1.53))
        .out(u8(s(3), 0, 102, 255), f(s(), 0.01), u8(s(), 102));
    c("MatMulInteger")
        .opset(10)
        .in(u8(s(1, 2), 3, 4), u8(s(2, 1), 1, 2), u8(s(), 1))
        .out(i32(s(1, 1), 8));
    c("ConvInteger")
        .opset(10)
        .in(u8(s(1, 1, 1, 2), 2, 3), u8(s(1, 1, 1, 1), 2), u8(s(), 1))
        .out(i32(s(1, 1, 1, 2), 2, 4));
    c("QLinearMatMul")
        .opset(10)
        .in(
            u8(s(1, 1), 10),
            f(s(), 0.5),
            u8(s(), 0),
            u8(s(1, 1), 4),
            f(s(), 1),
            u8(s(), 0),
            f(s(), 2),
            u8(s(), 1))
        .out(u8(s(1, 1), 11));
    c("QLinearConv")
        .opset(10)
        .in(
            u8(s(1, 1, 1, 1), 6),
            f(s(), 1),
            u8(s(), 2),
            u8(s(1, 1, 1, 1), 3),
            f(s(), 1),
            u8(s(), 0),
            f(s(), 4),
            u8(s(), 0))
        .out(u8(s(1, 1, 1, 1), 3));
    // sequences, detection and signal
    c("Scatter")
        .opset(10)
        .in(f(s(3), 0, 0, 0), i64(s(2), 2, 0), f(s(2), 5, 6))
        .out(f(s(3), 6, 0, 5));
    c("ReverseSequence")
        .opset(10)
        .in(f(s(2, 2), 1, 2, 3, 4), i64(s(2), 2, 1))
        .out(f(s(2, 2), 3, 2, 1, 4));
    c("Unique")
        .opset(11)
        .in(f(s(4), 2, 1, 2, 3))
        .out(f(s(3), 1, 2, 3), i64(s(3), 1, 0, 3), i64(s(4), 1, 0, 1, 2), i64(s(3), 1, 2, 1));
    c("DFT").opset(17).in(f(s(1, 2, 1), 1, 3)).out(f(s(1, 2, 2), 4, 0, -2, 0));
    c("HannWindow").opset(17).in(i64(s(), 4)).out(f(s(4), 0, 0.5, 1, 0.5));
    c("HammingWindow").opset(17).in(i64(s(), 4)).out(f(s(4), 4.0 / 46, 25.0 / 46, 1, 25.0 / 46));
    c("BlackmanWindow").opset(17).in(i64(s(), 4)).out(f(s(4), 0, 0.34, 1, 0.34));
    c("NonMaxSuppression")
        .opset(11)
        .in(
            f(s(1, 3, 4), 0, 0, 1, 1, 0, 0.1, 1, 1.1, 0, 2, 1, 3),
            f(s(1, 1, 3), 0.9, 0.8, 0.7),
            i64(s(1), 3),
            f(s(1), 0.5))
        .out(i64(s(2, 3), 0, 0, 0, 0, 0, 2));
    // losses
    c("NegativeLogLikelihoodLoss")
        .opset(13)
        .in(f(s(2, 2), -1, -2, -3, -4), i64(s(2), 1, 0))
        .out(f(s(), 2.5));
    c("NegativeLogLikelihoodLoss", "NegativeLogLikelihoodLoss[weight, ignore_index, sum]")
        .opset(13)
        .in(f(s(3, 2), -1, -2, -3, -4, -5, -6), i64(s(3), 1, 0, 1), f(s(2), 10, 100))
        .attr("ignore_index", 0L)
        .attr("reduction", "sum")
        .out(f(s(), 800));
    c("SoftmaxCrossEntropyLoss")
        .opset(13)
        .in(f(s(1, 2), 0, 0), i64(s(1), 1))
        .out(f(s(), Math.log(2)), f(s(1, 2), -Math.log(2), -Math.log(2)));
    c("MeanVarianceNormalization").in(f(s(1, 1, 1, 2), 1, 3)).out(f(s(1, 1, 1, 2), -1, 1));
    c("LpNormalization").in(f(s(1, 2), 3, 4)).out(f(s(1, 2), 0.6, 0.8));
    c("LRN")
        .in(f(s(1, 2, 1, 1), 1, 2))
        .attr("size", 1L)
        .attr("alpha", 1f)
        .attr("beta", 1f)
        .out(f(s(1, 2, 1, 1), 0.5, 0.4));
    c("Dropout").in(f(s(2), 1, 2)).out(f(s(2), 1, 2));
    c("Dropout", "Dropout[training, ratio 0]")
        .in(f(s(2), 1, 2), f(s(), 0), b(s(), 1))
        .out(f(s(2), 1, 2), b(s(2), 1, 1));
    c("Dropout", "Dropout[opset 10, ratio attribute]")
        .opset(10)
        .in(f(s(2), 1, 2))
        .attr("ratio", 0.3f)
        .out(f(s(2), 1, 2));
    c("BatchNormalization", "BatchNormalization[training_mode]")
        .opset(15)
        .in(f(s(2, 1), 1, 3), f(s(1), 1), f(s(1), 0), f(s(1), 0), f(s(1), 1))
        .attr("epsilon", 0f)
        .attr("momentum", 0.5f)
        .attr("training_mode", 1L)
        .out(f(s(2, 1), -1, 1), f(s(1), 1), f(s(1), 1));
    c("Upsample")
        .opset(9)
        .in(f(s(1, 1, 1, 2), 1, 2), f(s(4), 1, 1, 2, 1.5))
        .out(f(s(1, 1, 2, 3), 1, 1, 2, 1, 1, 2));
    c("Upsample", "Upsample[opset 7, scales attribute, linear]")
        .opset(7)
        .in(f(s(1, 2), 1, 3))
        .attr("scales", new float[] {1, 2})
        .attr("mode", "linear")
        .out(f(s(1, 4), 1, 2, 3, 3));
    c("Resize", "Resize[opset 10]")
        .opset(10)
        .in(f(s(1, 1, 1, 2), 1, 2), f(s(4), 1, 1, 1, 2))
        .out(f(s(1, 1, 1, 4), 1, 1, 2, 2));
    c("Resize", "Resize[cubic, downsampling]")
        .in(f(s(4), 1, 2, 3, 4), null, null, i64(s(1), 2))
        .attr("mode", "cubic")
        .attr("coordinate_transformation_mode", "align_corners")
        .out(f(s(2), 1, 4));
    c("Resize", "Resize[tf_crop_and_resize, extrapolation]")
        .in(f(s(2), 1, 3), f(s(2), 0, 2), null, i64(s(1), 3))
        .attr("mode", "linear")
        .attr("coordinate_transformation_mode", "tf_crop_and_resize")
        .attr("extrapolation_value", 9f)
        .out(f(s(3), 1, 3, 9));
    c("Resize")
        .in(f(s(1, 1, 1, 2), 1, 2), null, f(s(4), 1, 1, 1, 2))
        .attr("mode", "nearest")
        .attr("coordinate_transformation_mode", "asymmetric")
        .attr("nearest_mode", "floor")
        .out(f(s(1, 1, 1, 4), 1, 1, 2, 2));
    c("Resize", "Resize[linear]")
        .in(f(s(1, 1, 1, 2), 1, 3), null, null, i64(s(4), 1, 1, 1, 4))
        .attr("mode", "linear")
        .out(f(s(1, 1, 1, 4), 1, 1.5, 2.5, 3));
    // shapes
    T x6 = f(s(2, 3), 0, 1, 2, 3, 4, 5);
    c("Reshape").in(x6, i64(s(2), 3, -1)).out(f(s(3, 2), 0, 1, 2, 3, 4, 5));
    c("Flatten").in(f(s(2, 1, 3), 0, 1, 2, 3, 4, 5)).out(x6);
    c("Squeeze").in(f(s(1, 3, 1), 1, 2, 3), i64(s(1), 0)).out(f(s(3, 1), 1, 2, 3));
    c("Unsqueeze").in(f(s(3), 1, 2, 3), i64(s(2), 0, -1)).out(f(s(1, 3, 1), 1, 2, 3));
    c("Transpose").in(x6).out(f(s(3, 2), 0, 3, 1, 4, 2, 5));
    c("Concat").in(f(s(1, 2), 1, 2), f(s(1, 1), 3)).attr("axis", 1L).out(f(s(1, 3), 1, 2, 3));
    c("Split").in(f(s(4), 0, 1, 2, 3), i64(s(2), 1, 3)).out(f(s(1), 0), f(s(3), 1, 2, 3));
    c("Expand").in(f(s(1), 7), i64(s(2), 2, 2)).out(f(s(2, 2), 7, 7, 7, 7));
    c("Tile").in(f(s(2), 1, 2), i64(s(1), 2)).out(f(s(4), 1, 2, 1, 2));
    c("Tile", "Tile[rank 3, one axis at a time]")
        .in(f(s(1, 1, 2), 1, 2), i64(s(3), 2, 1, 2))
        .out(f(s(2, 1, 4), 1, 2, 1, 2, 1, 2, 1, 2));
    c("Shape").in(x6).out(i64(s(2), 2, 3));
    c("Size").in(x6).out(i64(s(), 6));
    c("Constant")
        .attr(
            "value",
            TensorProto.newBuilder()
                .setDataType(1)
                .addDims(2)
                .addFloatData(4)
                .addFloatData(5)
                .build())
        .out(f(s(2), 4, 5));
    c("ConstantOfShape")
        .in(i64(s(2), 2, 3))
        .attr("value", TensorProto.newBuilder().setDataType(7).addDims(1).addInt64Data(5).build())
        .out(i64(s(2, 3), 5, 5, 5, 5, 5, 5));
    c("Range").in(i64(s(), 1), i64(s(), 7), i64(s(), 2)).out(i64(s(3), 1, 3, 5));
    c("Slice")
        .in(f(s(5), 0, 1, 2, 3, 4), i64(s(1), -1), i64(s(1), -6), i64(s(1), 0), i64(s(1), -2))
        .out(f(s(3), 4, 2, 0));
    c("Pad").in(f(s(2), 1, 2), i64(s(2), 1, 2), f(s(), 9)).out(f(s(5), 9, 1, 2, 9, 9));
    c("Cast").in(i64(s(2), 1, 2)).attr("to", 1L).out(f(s(2), 1, 2));
    c("CastLike").opset(15).in(i64(s(2), 1, 2), f(s(1), 0)).out(f(s(2), 1, 2));
    c("DepthToSpace")
        .in(f(s(1, 4, 1, 1), 0, 1, 2, 3))
        .attr("blocksize", 2L)
        .out(f(s(1, 1, 2, 2), 0, 1, 2, 3));
    c("SpaceToDepth")
        .in(f(s(1, 1, 2, 2), 0, 1, 2, 3))
        .attr("blocksize", 2L)
        .out(f(s(1, 4, 1, 1), 0, 1, 2, 3));
    c("Trilu").in(f(s(2, 2), 1, 2, 3, 4)).out(f(s(2, 2), 1, 2, 0, 4));
    c("EyeLike").in(f(s(2, 3), 0, 0, 0, 0, 0, 0)).out(f(s(2, 3), 1, 0, 0, 0, 1, 0));
    c("OneHot").in(i64(s(2), 0, 2), i64(s(), 3), f(s(2), 0, 1)).out(f(s(2, 3), 1, 0, 0, 0, 0, 1));
    // indexing
    c("Gather").in(f(s(3), 10, 20, 30), i64(s(2), -1, 0)).out(f(s(2), 30, 10));
    c("GatherElements")
        .in(f(s(2, 2), 1, 2, 3, 4), i64(s(2, 2), 1, 0, 0, 0))
        .attr("axis", 1L)
        .out(f(s(2, 2), 2, 1, 3, 3));
    c("GatherND").in(f(s(2, 2), 1, 2, 3, 4), i64(s(1, 2), 1, 0)).out(f(s(1), 3));
    c("ScatterElements")
        .in(f(s(2, 2), 0, 0, 0, 0), i64(s(1, 2), 1, 0), f(s(1, 2), 5, 6))
        .out(f(s(2, 2), 0, 6, 5, 0));
    c("ScatterND")
        .in(f(s(4), 1, 2, 3, 4), i64(s(2, 1), 1, 3), f(s(2), 9, 10))
        .out(f(s(4), 1, 9, 3, 10));
    c("NonZero").in(f(s(2, 2), 1, 0, 0, 1)).out(i64(s(2, 2), 0, 1, 0, 1));
    c("TopK").in(f(s(3), 3, 1, 2), i64(s(1), 2)).out(f(s(2), 3, 2), i64(s(2), 0, 2));
    c("TopK", "TopK[opset 9, k attribute]")
        .opset(9)
        .in(f(s(3), 3, 1, 2))
        .attr("k", 1L)
        .out(f(s(1), 3), i64(s(1), 0));
    c("ArgMax")
        .in(f(s(2, 2), 1, 5, 7, 2))
        .attr("axis", 1L)
        .attr("keepdims", 0L)
        .out(i64(s(2), 1, 0));
    c("ArgMin")
        .in(f(s(2, 2), 1, 5, 7, 2))
        .attr("axis", 1L)
        .attr("keepdims", 0L)
        .out(i64(s(2), 0, 1));
    c("CumSum").in(f(s(3), 1, 2, 3), i64(s(), 0)).out(f(s(3), 1, 3, 6));
    c("CumSum", "CumSum[exclusive, reverse]")
        .in(f(s(3), 1, 2, 3), i64(s(), 0))
        .attr("exclusive", 1L)
        .attr("reverse", 1L)
        .out(f(s(3), 5, 3, 0));
    c("Compress").in(f(s(3), 1, 2, 3), b(s(3), 1, 0, 1)).attr("axis", 0L).out(f(s(2), 1, 3));
    // reductions over axis 1 of [[1, 2], [3, 4]], keepdims 0
    T x22 = f(s(2, 2), 1, 2, 3, 4);
    c("ReduceSum").in(x22, i64(s(1), 1)).attr("keepdims", 0L).out(f(s(2), 3, 7));
    c("ReduceSum", "ReduceSum[opset 12, axes attribute]")
        .opset(12)
        .in(x22)
        .attr("axes", new long[] {0})
        .attr("keepdims", 0L)
        .out(f(s(2), 4, 6));
    reduce("ReduceMean", x22, 1.5, 3.5);
    reduce("ReduceMax", x22, 2, 4);
    reduce("ReduceMin", x22, 1, 3);
    reduce("ReduceProd", x22, 2, 12);
    reduce("ReduceL1", f(s(2, 2), -1, 2, 3, -4), 3, 7);
    reduce("ReduceL2", x22, Math.sqrt(5), 5);
    reduce("ReduceSumSquare", x22, 5, 25);
    reduce("ReduceLogSum", x22, Math.log(3), Math.log(7));
    reduce("ReduceLogSumExp", x22, 2.3132616875182226, 4.313261687518223);
    // recurrent: one step, batch 1, hidden 1
    c("RNN")
        .in(f(s(1, 1, 1), 1), f(s(1, 1, 1), 0.5), f(s(1, 1, 1), 0))
        .attr("hidden_size", 1L)
        .out(f(s(1, 1, 1, 1), Math.tanh(0.5)), f(s(1, 1, 1), Math.tanh(0.5)));
    c("GRU")
        .in(f(s(1, 1, 1), 1), f(s(1, 3, 1), 0, 0, 1), f(s(1, 3, 1), 0, 0, 0))
        .attr("hidden_size", 1L)
        .out(f(s(1, 1, 1, 1), 0.5 * Math.tanh(1)), f(s(1, 1, 1), 0.5 * Math.tanh(1)));
    double lc = 0.5 * Math.tanh(1);
    double lh = 0.5 * Math.tanh(lc);
    c("LSTM")
        .in(f(s(1, 1, 1), 1), f(s(1, 4, 1), 0, 0, 0, 1), f(s(1, 4, 1), 0, 0, 0, 0))
        .attr("hidden_size", 1L)
        .out(f(s(1, 1, 1, 1), lh), f(s(1, 1, 1), lh), f(s(1, 1, 1), lc));
    // control flow: bodies are sub-graphs
    GraphProto thenB = body("then", List.of(), List.of("t"), constant("t", 1, 2));
    GraphProto elseB = body("else", List.of(), List.of("e"), constant("e", 3, 4));
    c("If", "If true")
        .in(b(s(), 1))
        .attr("then_branch", thenB)
        .attr("else_branch", elseB)
        .out(f(s(2), 1, 2));
    c("If", "If false")
        .in(b(s(), 0))
        .attr("then_branch", thenB)
        .attr("else_branch", elseB)
        .out(f(s(2), 3, 4));
    c("Loop")
        .in(i64(s(), 3), b(s(), 1), f(s(1), 1))
        .attr(
            "body",
            body(
                "loop_body",
                List.of("i", "c", "v"),
                List.of("c2", "v2"),
                node("Add", List.of("v", "v"), "v2"),
                node("Identity", List.of("c"), "c2")))
        .out(f(s(1), 8));
    c("Scan")
        .in(f(s(1), 0), f(s(3, 1), 1, 2, 3))
        .attr("num_scan_inputs", 1L)
        .attr(
            "body",
            body(
                "scan_body",
                List.of("s", "x"),
                List.of("s2", "y"),
                node("Add", List.of("s", "x"), "s2"),
                node("Identity", List.of("s2"), "y")))
        .out(f(s(1), 6), f(s(3, 1), 1, 3, 6));
  }

  static NodeProto node(String op, List<String> in, String out) {
    return NodeProto.newBuilder().setOpType(op).addAllInput(in).addOutput(out).build();
  }

  static NodeProto constant(String out, float... v) {
    TensorProto.Builder t = TensorProto.newBuilder().setDataType(1).addDims(v.length);
    for (float x : v) {
      t.addFloatData(x);
    }
    return NodeProto.newBuilder()
        .setOpType("Constant")
        .addOutput(out)
        .addAttribute(attribute("value", t.build()))
        .build();
  }

  static GraphProto body(
      String name, List<String> inputs, List<String> outputs, NodeProto... nodes) {
    GraphProto.Builder g = GraphProto.newBuilder().setName(name);
    inputs.forEach(i -> g.addInput(ValueInfoProto.newBuilder().setName(i)));
    outputs.forEach(o -> g.addOutput(ValueInfoProto.newBuilder().setName(o)));
    for (NodeProto n : nodes) {
      g.addNode(n);
    }
    return g.build();
  }

  static void reduce(String op, T x, double... want) {
    c(op).in(x).attr("axes", new long[] {1}).attr("keepdims", 0L).out(f(s(2), want));
  }

  static ModelProto model(Case k) {
    NodeProto.Builder n = NodeProto.newBuilder().setOpType(k.op).setName("n0");
    GraphProto.Builder g = GraphProto.newBuilder().setName(k.label);
    for (int i = 0; i < k.in.size(); i++) {
      T t = k.in.get(i);
      if (t == null) {
        n.addInput("");
        continue;
      }
      n.addInput("in" + i);
      g.addInput(
          ValueInfoProto.newBuilder()
              .setName("in" + i)
              .setType(
                  TypeProto.newBuilder()
                      .setTensorType(TypeProto.Tensor.newBuilder().setElemType(code(t.dtype())))));
    }
    for (int i = 0; i < k.out.size(); i++) {
      n.addOutput("out" + i);
      g.addOutput(ValueInfoProto.newBuilder().setName("out" + i));
    }
    for (Map.Entry<String, Object> e : k.attrs.entrySet()) {
      n.addAttribute(attribute(e.getKey(), e.getValue()));
    }
    return ModelProto.newBuilder()
        .setIrVersion(8)
        .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(k.opset))
        .setGraph(g.addNode(n))
        .build();
  }

  static int code(DType d) {
    switch (d) {
      case FLOAT32:
        return 1;
      case INT64:
        return 7;
      case BOOL:
        return 9;
      case UINT8:
        return 2;
      case INT8:
        return 3;
      case INT32:
        return 6;
      default:
        throw new IllegalArgumentException(d.toString());
    }
  }

  static AttributeProto attribute(String name, Object v) {
    AttributeProto.Builder a = AttributeProto.newBuilder().setName(name);
    if (v instanceof Long l) {
      a.setType(AttributeProto.AttributeType.INT).setI(l);
    } else if (v instanceof Float x) {
      a.setType(AttributeProto.AttributeType.FLOAT).setF(x);
    } else if (v instanceof String x) {
      a.setType(AttributeProto.AttributeType.STRING).setS(ByteString.copyFromUtf8(x));
    } else if (v instanceof float[] x) {
      a.setType(AttributeProto.AttributeType.FLOATS);
      for (float e : x) {
        a.addFloats(e);
      }
    } else if (v instanceof long[] x) {
      a.setType(AttributeProto.AttributeType.INTS);
      for (long e : x) {
        a.addInts(e);
      }
    } else if (v instanceof TensorProto t) {
      a.setType(AttributeProto.AttributeType.TENSOR).setT(t);
    } else if (v instanceof GraphProto g) {
      a.setType(AttributeProto.AttributeType.GRAPH).setG(g);
    } else {
      throw new IllegalArgumentException(name + "=" + v);
    }
    return a.build();
  }

  static Array array(T t) {
    ByteBuffer buf = HostData.allocate(t.dtype(), t.data().length);
    for (double d : t.data()) {
      if (t.dtype().isFloating()) {
        HostData.putDouble(buf, t.dtype(), d);
      } else {
        HostData.putLong(buf, t.dtype(), (long) d);
      }
    }
    return Ivy.fromBytes(buf.flip(), t.dtype(), Shape.of(t.shape()));
  }

  @Test
  void everySupportedOperator_hasACase() {
    TreeSet<String> missing = new TreeSet<>();
    for (OnnxOps.OpInfo o : OnnxOps.supported()) {
      missing.add(o.opType());
    }
    for (Case k : CASES) {
      missing.remove(k.op);
    }
    assertTrue(missing.isEmpty(), "operators without a test case: " + missing);
  }

  @TestFactory
  Stream<DynamicTest> eachOperator_onEveryBackend_matchesHandValues() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      for (Case k : CASES) {
        tests.add(DynamicTest.dynamicTest(k.label + "[" + backend + "]", () -> check(k, backend)));
      }
    }
    return tests.stream();
  }

  private static void check(Case k, String backend) {
    OnnxModel m = OnnxModel.fromProto(model(k));
    try (var b = Ivy.withBackend(backend);
        var sc = Ivy.scope()) {
      List<Array> in = new ArrayList<>();
      for (T t : k.in) {
        if (t != null) {
          in.add(array(t));
        }
      }
      List<Array> out = m.run(in.toArray(new Array[0]));
      assertEquals(k.out.size(), out.size(), k.label);
      for (int i = 0; i < out.size(); i++) {
        T want = k.out.get(i);
        Array got = out.get(i);
        String where = k.label + " output " + i + " on " + backend;
        assertEquals(want.dtype(), got.dtype(), where + ": dtype");
        assertArrayEquals(want.shape(), got.shape().dims(), where + ": shape " + got.shape());
        boolean fp = want.dtype().isFloating();
        Close.values(want.data(), got, fp ? 1e-5 : 0, fp ? 1e-4 : 0, where);
      }
    }
  }

  /** x [2, 3] -> Shape -> Gather(0) -> Unsqueeze -> Concat([-1]) -> Reshape(x): [2, 3] again. */
  static ModelProto shapeSubgraph() {
    GraphProto.Builder g =
        GraphProto.newBuilder()
            .setName("shape_subgraph")
            .addInput(
                ValueInfoProto.newBuilder()
                    .setName("x")
                    .setType(
                        TypeProto.newBuilder()
                            .setTensorType(
                                TypeProto.Tensor.newBuilder()
                                    .setElemType(1)
                                    .setShape(
                                        dev.ivy.onnx.proto.OnnxProto.TensorShapeProto.newBuilder()
                                            .addDim(
                                                dev.ivy.onnx.proto.OnnxProto.TensorShapeProto
                                                    .Dimension.newBuilder()
                                                    .setDimParam("batch"))
                                            .addDim(
                                                dev.ivy.onnx.proto.OnnxProto.TensorShapeProto
                                                    .Dimension.newBuilder()
                                                    .setDimValue(3))))))
            .addOutput(ValueInfoProto.newBuilder().setName("y"))
            .addInitializer(TensorProto.newBuilder().setName("zero").setDataType(7).addInt64Data(0))
            .addInitializer(
                TensorProto.newBuilder()
                    .setName("minus1")
                    .setDataType(7)
                    .addDims(1)
                    .addInt64Data(-1))
            .addNode(NodeProto.newBuilder().setOpType("Shape").addInput("x").addOutput("s"))
            .addNode(
                NodeProto.newBuilder()
                    .setOpType("Gather")
                    .addInput("s")
                    .addInput("zero")
                    .addOutput("n"))
            .addNode(
                NodeProto.newBuilder()
                    .setOpType("Unsqueeze")
                    .addInput("n")
                    .addInput("zero")
                    .addOutput("n1"))
            .addNode(
                NodeProto.newBuilder()
                    .setOpType("Concat")
                    .addInput("n1")
                    .addInput("minus1")
                    .addOutput("shape")
                    .addAttribute(attribute("axis", 0L)))
            .addNode(NodeProto.newBuilder().setOpType("Tanh").addInput("x").addOutput("t"))
            .addNode(
                NodeProto.newBuilder()
                    .setOpType("Reshape")
                    .addInput("t")
                    .addInput("shape")
                    .addOutput("y"));
    return ModelProto.newBuilder()
        .setIrVersion(8)
        .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(14))
        .setGraph(g)
        .build();
  }

  @TestFactory
  Stream<DynamicTest> shapeSubgraph_traced_foldsToConstantsAndMatchesEager() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      tests.add(
          DynamicTest.dynamicTest(
              "shape subgraph[" + backend + "]",
              () -> {
                OnnxModel m = OnnxModel.fromProto(shapeSubgraph());
                assertEquals(-1L, m.inputs().get(0).shape()[0]);
                try (var b = Ivy.withBackend(backend);
                    var sc = Ivy.scope()) {
                  Array x = array(f(s(2, 3), 0.1, 0.2, 0.3, 0.4, 0.5, 0.6));
                  dev.ivy.trace.Graph g = m.toGraph(x);
                  String text = g.toString();
                  assertTrue(text.contains("tanh"), text);
                  assertTrue(!text.contains("gather") && !text.contains("concat"), text);
                  double[] got = g.run(x).get(0).toDoubleArray();
                  assertArrayEquals(s(2, 3), g.run(x).get(0).shape().dims());
                  for (int i = 0; i < got.length; i++) {
                    assertEquals(Math.tanh(0.1 * (i + 1)), got[i], 1e-6);
                  }
                }
              }));
    }
    return tests.stream();
  }
}
