package dev.ivy.onnx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry of supported ONNX operators: op type to implementation, with the range of opsets (of
 * the default {@code ai.onnx} domain) it implements. {@code docs/onnx.md} is generated from it
 * ({@link OnnxDocs}).
 */
public final class OnnxOps {
  private OnnxOps() {}

  /**
   * The lowest opset of the default domain whose every operator the importer implements; a model of
   * a lower opset loads when each of its operators kept its definition since that opset (see {@link
   * #isSupported}).
   */
  public static final int MIN_OPSET = 7;

  /** The highest opset of the default domain the importer accepts. */
  public static final int MAX_OPSET = 17;

  /**
   * One supported operator.
   *
   * @param opType the ONNX operator name
   * @param sinceOpset the lowest opset whose definition is implemented
   * @param untilOpset the highest opset whose definition is implemented
   * @param category the group it is listed under in docs/onnx.md
   * @param note what is not supported of its definition, or an empty string
   */
  public record OpInfo(
      String opType, int sinceOpset, int untilOpset, String category, String note) {}

  record Entry(OpInfo info, OnnxOp impl) {}

  /** Collects the operators of one category. */
  static final class Registrar {
    private final Map<String, Entry> into;
    private final String category;

    Registrar(Map<String, Entry> into, String category) {
      this.into = into;
      this.category = category;
    }

    void add(String opType, OnnxOp impl) {
      add(opType, introduced(opType), MAX_OPSET, "", impl);
    }

    void add(String opType, String note, OnnxOp impl) {
      add(opType, introduced(opType), MAX_OPSET, note, impl);
    }

    void add(String opType, int since, int until, String note, OnnxOp impl) {
      if (into.put(opType, new Entry(new OpInfo(opType, since, until, category, note), impl))
          != null) {
        throw new IllegalStateException("ONNX operator registered twice: " + opType);
      }
    }
  }

  /**
   * The opset in which each operator introduced after {@link #MIN_OPSET} entered the default domain
   * (Scan: the version 9 definition, without a batch axis; Resize: version 10), from the ONNX
   * operator changelog.
   */
  private static final Map<String, Integer> INTRODUCED =
      Map.ofEntries(
          Map.entry("Expand", 8),
          Map.entry("Scan", 9),
          Map.entry("Acosh", 9),
          Map.entry("Asinh", 9),
          Map.entry("Atanh", 9),
          Map.entry("Cosh", 9),
          Map.entry("Sinh", 9),
          Map.entry("Compress", 9),
          Map.entry("NonMaxSuppression", 10),
          Map.entry("MatMulInteger", 10),
          Map.entry("ConvInteger", 10),
          Map.entry("QLinearMatMul", 10),
          Map.entry("QLinearConv", 10),
          Map.entry("QuantizeLinear", 10),
          Map.entry("DequantizeLinear", 10),
          Map.entry("ReverseSequence", 10),
          Map.entry("DynamicQuantizeLinear", 11),
          Map.entry("Unique", 11),
          Map.entry("HannWindow", 17),
          Map.entry("DFT", 17),
          Map.entry("HammingWindow", 17),
          Map.entry("BlackmanWindow", 17),
          Map.entry("ConstantOfShape", 9),
          Map.entry("Erf", 9),
          Map.entry("EyeLike", 9),
          Map.entry("IsNaN", 9),
          Map.entry("MeanVarianceNormalization", 9),
          Map.entry("NonZero", 9),
          Map.entry("OneHot", 9),
          Map.entry("Shrink", 9),
          Map.entry("Sign", 9),
          Map.entry("Where", 9),
          Map.entry("IsInf", 10),
          Map.entry("Mod", 10),
          Map.entry("Resize", 10),
          Map.entry("ThresholdedRelu", 10),
          Map.entry("BitShift", 11),
          Map.entry("CumSum", 11),
          Map.entry("Det", 11),
          Map.entry("GatherElements", 11),
          Map.entry("GatherND", 11),
          Map.entry("Range", 11),
          Map.entry("Round", 11),
          Map.entry("ScatterElements", 11),
          Map.entry("ScatterND", 11),
          Map.entry("Celu", 12),
          Map.entry("Einsum", 12),
          Map.entry("GreaterOrEqual", 12),
          Map.entry("LessOrEqual", 12),
          Map.entry("NegativeLogLikelihoodLoss", 12),
          Map.entry("SoftmaxCrossEntropyLoss", 12),
          Map.entry("HardSwish", 14),
          Map.entry("Trilu", 14),
          Map.entry("CastLike", 15),
          Map.entry("GridSample", 16),
          Map.entry("LayerNormalization", 17));

  /**
   * The opset since which each of these operators has had the definition implemented, where that is
   * below {@link #MIN_OPSET} (version 6 dropped the legacy consumed_inputs attribute), so that
   * models stamped with those older opsets load.
   */
  private static final Map<String, Integer> DEFINED_SINCE =
      Map.ofEntries(
          Map.entry("Abs", 6),
          Map.entry("Ceil", 6),
          Map.entry("Elu", 6),
          Map.entry("Exp", 6),
          Map.entry("Floor", 6),
          Map.entry("HardSigmoid", 6),
          Map.entry("InstanceNormalization", 6),
          Map.entry("LeakyRelu", 6),
          Map.entry("Log", 6),
          Map.entry("Neg", 6),
          Map.entry("Reciprocal", 6),
          Map.entry("Relu", 6),
          Map.entry("Selu", 6),
          Map.entry("Sigmoid", 6),
          Map.entry("Sqrt", 6),
          Map.entry("Tanh", 6),
          Map.entry("Tile", 6),
          Map.entry("Reshape", 5),
          Map.entry("Concat", 4),
          Map.entry("GlobalAveragePool", 1),
          Map.entry("GlobalMaxPool", 1),
          Map.entry("Identity", 1),
          Map.entry("LRN", 1),
          Map.entry("LpNormalization", 1),
          Map.entry("MatMul", 1),
          Map.entry("Not", 1),
          Map.entry("Shape", 1),
          Map.entry("Size", 1),
          Map.entry("Softplus", 1),
          Map.entry("Softsign", 1),
          Map.entry("SpaceToDepth", 1),
          Map.entry("Transpose", 1));

  /**
   * Returns the first opset whose definition of {@code opType} is implemented: the opset that
   * introduced it, or {@link #MIN_OPSET}, or an earlier one with the same definition.
   */
  static int introduced(String opType) {
    Integer early = DEFINED_SINCE.get(opType);
    return early != null ? early : Math.max(MIN_OPSET, INTRODUCED.getOrDefault(opType, MIN_OPSET));
  }

  private static final Map<String, Entry> REGISTRY = build();

  private static Map<String, Entry> build() {
    Map<String, Entry> m = new TreeMap<>();
    MathOps.register(new Registrar(m, "Elementwise and activations"));
    LinalgOps.register(new Registrar(m, "Matrix products"));
    NnOps.register(new Registrar(m, "Convolution, pooling and normalisation"));
    ShapeOps.register(new Registrar(m, "Shapes, creation and casts"));
    IndexOps.register(new Registrar(m, "Indexing, gather and scatter"));
    ReduceOps.register(new Registrar(m, "Reductions"));
    RnnOps.register(new Registrar(m, "Recurrent"));
    ControlOps.register(new Registrar(m, "Control flow"));
    LossOps.register(new Registrar(m, "Losses"));
    QuantOps.register(new Registrar(m, "Quantization"));
    GridSampling.register(new Registrar(m, "Convolution, pooling and normalisation"));
    ExtraOps.register(new Registrar(m, "Sequences, detection and signal"));
    return Collections.unmodifiableMap(m);
  }

  /** Returns every supported operator, sorted by op type. */
  public static List<OpInfo> supported() {
    List<OpInfo> r = new ArrayList<>();
    for (Entry e : REGISTRY.values()) {
      r.add(e.info());
    }
    return r;
  }

  /** Returns whether {@code opType} is supported at {@code opset} of the default domain. */
  public static boolean isSupported(String opType, int opset) {
    Entry e = REGISTRY.get(opType);
    return e != null && opset >= e.info().sinceOpset() && opset <= e.info().untilOpset();
  }

  static Entry entry(String opType) {
    return REGISTRY.get(opType);
  }
}
