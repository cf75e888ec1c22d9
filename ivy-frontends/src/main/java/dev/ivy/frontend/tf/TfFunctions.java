package dev.ivy.frontend.tf;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.Array;
import dev.ivy.registry.Args;
import dev.ivy.registry.FunctionProvider;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.Param;
import dev.ivy.registry.RegisteredFunction;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Registers the TensorFlow frontend's functions under the namespace {@code tensorflow} with
 * TensorFlow 2's dotted names ({@code math.cumprod}, {@code nn.relu}, {@code reshape}), parameter
 * names and defaults. Functions TensorFlow exposes both at the top level and in a namespace ({@code
 * tf.add} and {@code tf.math.add}) are registered under both names.
 */
public final class TfFunctions implements FunctionProvider {
  private static final String NS = "tensorflow";
  private static final TfMath M = TfFrontend.math;
  private static final TfNn N = TfFrontend.nn;
  private static final TfLinalg L = TfFrontend.linalg;
  private static final TfImage I = TfFrontend.image;
  private static final TfBitwise B = TfFrontend.bitwise;

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public TfFunctions() {}

  private static void add(
      FunctionRegistry.Builder r, String names, List<Param> params, RegisteredFunction.Body body) {
    for (String n : names.split(",")) {
      r.add(NS, n.trim(), params, body);
    }
  }

  private static void unary(FunctionRegistry.Builder r, String names, Function<Object, Array> f) {
    add(r, names, List.of(req("x"), opt("name", null)), a -> f.apply(a.get("x")));
  }

  private static void binary(
      FunctionRegistry.Builder r, String names, BiFunction<Object, Object, Array> f) {
    add(
        r,
        names,
        List.of(req("x"), req("y"), opt("name", null)),
        a -> f.apply(a.get("x"), a.get("y")));
  }

  private interface Reduce {
    Array apply(Object x, int[] axis, boolean keepdims);
  }

  private static void reduction(FunctionRegistry.Builder r, String names, Reduce f) {
    add(
        r,
        names,
        List.of(req("input_tensor"), opt("axis", null), opt("keepdims", false), opt("name", null)),
        a -> f.apply(a.get("input_tensor"), axisOrNull(a, "axis"), keep(a)));
  }

  private static boolean keep(Args a) {
    return !a.isNone("keepdims") && a.bool("keepdims");
  }

  private static int[] axisOrNull(Args a, String name) {
    return TfTypes.intsOrNull(a.fn(), name, a.get(name));
  }

  private static long[] longs(Args a, String name) {
    return TfTypes.longs(a.fn(), name, a.get(name));
  }

  private static long[] longsOrNull(Args a, String name) {
    return a.isNone(name) ? null : longs(a, name);
  }

  private static Long longOrNull(Args a, String name) {
    return a.isNone(name) ? null : a.longValue(name);
  }

  private static List<?> list(Args a, String name) {
    Object v = a.get(name);
    if (v instanceof List<?> l) {
      return l;
    }
    if (v instanceof Array x) {
      return TfFrontend.unstack(x, null, 0);
    }
    throw TfTypes.error(a.fn(), name + " must be a list of tensors; got " + v);
  }

  @Override
  public void register(FunctionRegistry.Builder r) {
    mathFunctions(r);
    reductions(r);
    nnFunctions(r);
    linalgFunctions(r);
    manipulation(r);
    creation(r);
    imageAndBitwise(r);
    breadth(r);
  }

  private static void mathFunctions(FunctionRegistry.Builder r) {
    unary(r, "math.abs,abs", M::abs);
    unary(r, "math.negative,negative", M::negative);
    unary(r, "math.sign,sign", M::sign);
    unary(r, "math.square,square", M::square);
    unary(r, "math.sqrt,sqrt", M::sqrt);
    unary(r, "math.rsqrt", M::rsqrt);
    unary(r, "math.exp,exp", M::exp);
    unary(r, "math.expm1", M::expm1);
    unary(r, "math.log", M::log);
    unary(r, "math.log1p", M::log1p);
    unary(r, "math.sin,sin", M::sin);
    unary(r, "math.cos,cos", M::cos);
    unary(r, "math.tan,tan", M::tan);
    unary(r, "math.asin,asin", M::asin);
    unary(r, "math.acos,acos", M::acos);
    unary(r, "math.atan,atan", M::atan);
    unary(r, "math.sinh,sinh", M::sinh);
    unary(r, "math.cosh,cosh", M::cosh);
    unary(r, "math.tanh,tanh", M::tanh);
    unary(r, "math.asinh,asinh", M::asinh);
    unary(r, "math.acosh,acosh", M::acosh);
    unary(r, "math.atanh,atanh", M::atanh);
    unary(r, "math.reciprocal", M::reciprocal);
    unary(r, "math.reciprocal_no_nan", M::reciprocalNoNan);
    unary(r, "math.floor,floor", M::floor);
    unary(r, "math.ceil", M::ceil);
    unary(r, "math.round,round", M::round);
    unary(r, "math.rint", M::rint);
    unary(r, "math.sigmoid,sigmoid", M::sigmoid);
    unary(r, "math.erf", M::erf);
    unary(r, "math.erfc", M::erfc);
    add(
        r,
        "math.softplus",
        List.of(req("features"), opt("name", null)),
        a -> M.softplus(a.get("features")));
    add(
        r,
        "math.softsign",
        List.of(req("features"), opt("name", null)),
        a -> M.softsign(a.get("features")));
    unary(r, "math.log_sigmoid", M::logSigmoid);
    unary(r, "math.is_nan", M::isNan);
    unary(r, "math.is_inf", M::isInf);
    unary(r, "math.is_finite", M::isFinite);
    unary(r, "math.logical_not,logical_not", M::logicalNot);
    unary(r, "math.is_non_decreasing", M::isNonDecreasing);
    unary(r, "math.is_strictly_increasing", M::isStrictlyIncreasing);
    unary(r, "math.real", x -> TfTypes.tensor("math.real", "input", x));
    unary(r, "math.conj", x -> TfTypes.tensor("math.conj", "x", x));

    binary(r, "math.add,add", M::add);
    binary(r, "math.subtract,subtract", M::subtract);
    binary(r, "math.multiply,multiply", M::multiply);
    binary(r, "math.divide,divide", M::divide);
    binary(r, "math.truediv,truediv", M::truediv);
    binary(r, "math.floordiv", M::floordiv);
    binary(r, "math.floormod,math.mod", M::floormod);
    binary(r, "math.truncatediv,truncatediv", M::truncatediv);
    binary(r, "math.truncatemod,truncatemod", M::truncatemod);
    binary(r, "math.pow,pow", M::pow);
    binary(r, "math.maximum,maximum", M::maximum);
    binary(r, "math.minimum,minimum", M::minimum);
    binary(r, "math.squared_difference", M::squaredDifference);
    binary(r, "math.divide_no_nan", M::divideNoNan);
    binary(r, "math.multiply_no_nan", M::multiplyNoNan);
    binary(r, "math.xlogy", M::xlogy);
    binary(r, "math.xdivy", M::xdivy);
    binary(r, "math.equal,equal", M::equal);
    binary(r, "math.not_equal,not_equal", M::notEqual);
    binary(r, "math.less,less", M::less);
    binary(r, "math.less_equal,less_equal", M::lessEqual);
    binary(r, "math.greater,greater", M::greater);
    binary(r, "math.greater_equal,greater_equal", M::greaterEqual);
    binary(r, "math.logical_and,logical_and", M::logicalAnd);
    binary(r, "math.logical_or,logical_or", M::logicalOr);
    binary(r, "math.logical_xor", M::logicalXor);
    add(
        r,
        "math.atan2,atan2",
        List.of(req("y"), req("x"), opt("name", null)),
        a -> M.atan2(a.get("y"), a.get("x")));
    add(
        r,
        "math.scalar_mul,scalar_mul",
        List.of(req("scalar"), req("x"), opt("name", null)),
        a -> M.scalarMul(a.get("scalar"), a.get("x")));
    add(
        r,
        "math.polyval",
        List.of(req("coeffs"), req("x"), opt("name", null)),
        a -> M.polyval(list(a, "coeffs"), a.get("x")));
    add(
        r,
        "math.add_n,add_n",
        List.of(req("inputs"), opt("name", null)),
        a -> M.addN(list(a, "inputs")));

    List<Param> cum =
        List.of(
            req("x"),
            opt("axis", 0L),
            opt("exclusive", false),
            opt("reverse", false),
            opt("name", null));
    add(
        r,
        "math.cumsum,cumsum",
        cum,
        a -> M.cumsum(a.get("x"), a.intValue("axis"), a.bool("exclusive"), a.bool("reverse")));
    add(
        r,
        "math.cumprod",
        cum,
        a -> M.cumprod(a.get("x"), a.intValue("axis"), a.bool("exclusive"), a.bool("reverse")));
    add(
        r,
        "math.cumulative_logsumexp",
        cum,
        a ->
            M.cumulativeLogsumexp(
                a.get("x"), a.intValue("axis"), a.bool("exclusive"), a.bool("reverse")));

    List<Param> arg =
        List.of(
            req("input"),
            opt("axis", null),
            opt("output_type", dev.ivy.DType.INT64),
            opt("name", null));
    add(
        r,
        "math.argmax,argmax",
        arg,
        a -> M.argmax(a.get("input"), a.intOrNull("axis"), a.dtypeOrNull("output_type")));
    add(
        r,
        "math.argmin,argmin",
        arg,
        a -> M.argmin(a.get("input"), a.intOrNull("axis"), a.dtypeOrNull("output_type")));
    add(
        r,
        "math.top_k,nn.top_k",
        List.of(
            req("input"),
            opt("k", 1L),
            opt("sorted", true),
            opt("index_type", null),
            opt("name", null)),
        a -> M.topK(a.get("input"), a.longValue("k"), a.bool("sorted")));
    add(
        r,
        "math.in_top_k,nn.in_top_k",
        List.of(req("targets"), req("predictions"), req("k"), opt("name", null)),
        a -> M.inTopK(a.get("targets"), a.get("predictions"), a.longValue("k")));
    List<Param> seg =
        List.of(req("data"), req("segment_ids"), req("num_segments"), opt("name", null));
    add(
        r,
        "math.unsorted_segment_sum",
        seg,
        a ->
            M.unsortedSegmentSum(a.get("data"), a.get("segment_ids"), a.longValue("num_segments")));
    add(
        r,
        "math.unsorted_segment_mean",
        seg,
        a ->
            M.unsortedSegmentMean(
                a.get("data"), a.get("segment_ids"), a.longValue("num_segments")));
    add(
        r,
        "math.unsorted_segment_sqrt_n",
        seg,
        a ->
            M.unsortedSegmentSqrtN(
                a.get("data"), a.get("segment_ids"), a.longValue("num_segments")));
    add(
        r,
        "math.segment_sum",
        List.of(req("data"), req("segment_ids"), opt("name", null)),
        a -> M.segmentSum(a.get("data"), a.get("segment_ids")));
    add(
        r,
        "math.segment_mean",
        List.of(req("data"), req("segment_ids"), opt("name", null)),
        a -> M.segmentMean(a.get("data"), a.get("segment_ids")));
    add(
        r,
        "math.bincount",
        List.of(
            req("arr"),
            opt("weights", null),
            opt("minlength", null),
            opt("maxlength", null),
            opt("dtype", dev.ivy.DType.INT32),
            opt("name", null),
            opt("axis", null),
            opt("binary_output", false)),
        a ->
            M.bincount(
                a.get("arr"),
                a.get("weights"),
                longOrNull(a, "minlength"),
                longOrNull(a, "maxlength"),
                a.dtypeOrNull("dtype")));
    add(
        r,
        "math.l2_normalize,nn.l2_normalize,linalg.l2_normalize",
        List.of(
            req("x"),
            opt("axis", null),
            opt("epsilon", 1e-12),
            opt("name", null),
            opt("dim", null)),
        a -> M.l2Normalize(a.get("x"), axisOrNull(a, "axis"), a.doubleValue("epsilon")));
    add(
        r,
        "math.confusion_matrix",
        List.of(
            req("labels"),
            req("predictions"),
            opt("num_classes", null),
            opt("weights", null),
            opt("dtype", null),
            opt("name", null)),
        a ->
            M.confusionMatrix(a.get("labels"), a.get("predictions"), longOrNull(a, "num_classes")));
  }

  private static void reductions(FunctionRegistry.Builder r) {
    reduction(r, "math.reduce_sum,reduce_sum", M::reduceSum);
    reduction(r, "math.reduce_prod,reduce_prod", M::reduceProd);
    reduction(r, "math.reduce_mean,reduce_mean", M::reduceMean);
    reduction(r, "math.reduce_max,reduce_max", M::reduceMax);
    reduction(r, "math.reduce_min,reduce_min", M::reduceMin);
    reduction(r, "math.reduce_all,reduce_all", M::reduceAll);
    reduction(r, "math.reduce_any,reduce_any", M::reduceAny);
    reduction(r, "math.reduce_logsumexp,reduce_logsumexp", M::reduceLogsumexp);
    reduction(r, "math.reduce_variance", M::reduceVariance);
    reduction(r, "math.reduce_std", M::reduceStd);
    reduction(r, "math.reduce_euclidean_norm", M::reduceEuclideanNorm);
    add(
        r,
        "math.count_nonzero",
        List.of(
            req("input"),
            opt("axis", null),
            opt("keepdims", null),
            opt("dtype", dev.ivy.DType.INT64),
            opt("name", null)),
        a ->
            M.countNonzero(a.get("input"), axisOrNull(a, "axis"), keep(a), a.dtypeOrNull("dtype")));
  }

  private static void nnFunctions(FunctionRegistry.Builder r) {
    add(r, "nn.relu", List.of(req("features"), opt("name", null)), a -> N.relu(a.get("features")));
    add(
        r,
        "nn.relu6",
        List.of(req("features"), opt("name", null)),
        a -> N.relu6(a.get("features")));
    add(r, "nn.elu", List.of(req("features"), opt("name", null)), a -> N.elu(a.get("features")));
    add(r, "nn.selu", List.of(req("features"), opt("name", null)), a -> N.selu(a.get("features")));
    add(
        r,
        "nn.softplus",
        List.of(req("features"), opt("name", null)),
        a -> N.softplus(a.get("features")));
    add(
        r,
        "nn.softsign",
        List.of(req("features"), opt("name", null)),
        a -> N.softsign(a.get("features")));
    add(
        r,
        "nn.gelu",
        List.of(req("features"), opt("approximate", false), opt("name", null)),
        a -> N.gelu(a.get("features"), a.bool("approximate")));
    add(
        r,
        "nn.silu,nn.swish",
        List.of(req("features"), opt("beta", 1.0)),
        a -> N.silu(a.get("features"), a.doubleValue("beta")));
    unary(r, "nn.sigmoid", N::sigmoid);
    unary(r, "nn.tanh", N::tanh);
    add(
        r,
        "nn.leaky_relu",
        List.of(req("features"), opt("alpha", 0.2), opt("name", null)),
        a -> N.leakyRelu(a.get("features"), a.doubleValue("alpha")));
    add(
        r,
        "nn.crelu",
        List.of(req("features"), opt("name", null), opt("axis", -1L)),
        a -> N.crelu(a.get("features"), a.intValue("axis")));
    add(
        r,
        "nn.softmax,math.softmax",
        List.of(req("logits"), opt("axis", null), opt("name", null)),
        a -> N.softmax(a.get("logits"), a.intOrNull("axis")));
    add(
        r,
        "nn.log_softmax,math.log_softmax",
        List.of(req("logits"), opt("axis", null), opt("name", null)),
        a -> N.logSoftmax(a.get("logits"), a.intOrNull("axis")));
    add(
        r,
        "nn.moments",
        List.of(
            req("x"), req("axes"), opt("shift", null), opt("keepdims", false), opt("name", null)),
        a -> N.moments(a.get("x"), axisOrNull(a, "axes"), keep(a)));
    add(
        r,
        "nn.batch_normalization",
        List.of(
            req("x"),
            req("mean"),
            req("variance"),
            req("offset"),
            req("scale"),
            req("variance_epsilon"),
            opt("name", null)),
        a ->
            N.batchNormalization(
                a.get("x"),
                a.get("mean"),
                a.get("variance"),
                a.get("offset"),
                a.get("scale"),
                a.doubleValue("variance_epsilon")));
    add(
        r,
        "nn.bias_add",
        List.of(req("value"), req("bias"), opt("data_format", null), opt("name", null)),
        a -> N.biasAdd(a.get("value"), a.get("bias"), a.string("data_format")));
    add(r, "nn.l2_loss", List.of(req("t"), opt("name", null)), a -> N.l2Loss(a.get("t")));
    add(
        r,
        "nn.sigmoid_cross_entropy_with_logits",
        List.of(opt("labels", null), opt("logits", null), opt("name", null)),
        a -> N.sigmoidCrossEntropyWithLogits(a.get("labels"), a.get("logits")));
    add(
        r,
        "nn.softmax_cross_entropy_with_logits",
        List.of(req("labels"), req("logits"), opt("axis", -1L), opt("name", null)),
        a -> N.softmaxCrossEntropyWithLogits(a.get("labels"), a.get("logits"), a.intValue("axis")));
    add(
        r,
        "nn.sparse_softmax_cross_entropy_with_logits",
        List.of(req("labels"), req("logits"), opt("name", null)),
        a -> N.sparseSoftmaxCrossEntropyWithLogits(a.get("labels"), a.get("logits")));
    add(
        r,
        "nn.embedding_lookup",
        List.of(req("params"), req("ids"), opt("max_norm", null), opt("name", null)),
        a -> N.embeddingLookup(a.get("params"), a.get("ids")));
    add(
        r,
        "nn.depth_to_space",
        List.of(req("input"), req("block_size"), opt("data_format", "NHWC"), opt("name", null)),
        a -> N.depthToSpace(a.get("input"), a.longValue("block_size"), a.string("data_format")));
    add(
        r,
        "nn.space_to_depth",
        List.of(req("input"), req("block_size"), opt("data_format", "NHWC"), opt("name", null)),
        a -> N.spaceToDepth(a.get("input"), a.longValue("block_size"), a.string("data_format")));
    add(
        r,
        "nn.conv1d",
        List.of(
            req("input"),
            req("filters"),
            req("stride"),
            req("padding"),
            opt("data_format", "NWC"),
            opt("dilations", null),
            opt("name", null)),
        a ->
            N.conv1d(
                a.get("input"),
                a.get("filters"),
                a.get("stride"),
                a.get("padding"),
                a.string("data_format"),
                a.get("dilations")));
    add(
        r,
        "nn.conv2d",
        List.of(
            req("input"),
            req("filters"),
            req("strides"),
            req("padding"),
            opt("data_format", "NHWC"),
            opt("dilations", null),
            opt("name", null)),
        a ->
            N.conv2d(
                a.get("input"),
                a.get("filters"),
                a.get("strides"),
                a.get("padding"),
                a.string("data_format"),
                a.get("dilations")));
    add(
        r,
        "nn.conv3d",
        List.of(
            req("input"),
            req("filters"),
            req("strides"),
            req("padding"),
            opt("data_format", "NDHWC"),
            opt("dilations", null),
            opt("name", null)),
        a ->
            N.conv3d(
                a.get("input"),
                a.get("filters"),
                a.get("strides"),
                a.get("padding"),
                a.string("data_format"),
                a.get("dilations")));
    add(
        r,
        "nn.convolution",
        List.of(
            req("input"),
            req("filters"),
            opt("strides", null),
            opt("padding", "VALID"),
            opt("data_format", null),
            opt("dilations", null),
            opt("name", null)),
        a ->
            N.convolution(
                a.get("input"),
                a.get("filters"),
                a.get("strides"),
                a.get("padding"),
                a.string("data_format"),
                a.get("dilations")));
    add(
        r,
        "nn.depthwise_conv2d",
        List.of(
            req("input"),
            req("filter"),
            req("strides"),
            req("padding"),
            opt("data_format", null),
            opt("dilations", null),
            opt("name", null)),
        a ->
            N.depthwiseConv2d(
                a.get("input"),
                a.get("filter"),
                a.get("strides"),
                a.get("padding"),
                a.string("data_format"),
                a.get("dilations")));
    for (int d = 1; d <= 3; d++) {
      int nd = d;
      String name = "nn.conv" + d + "d_transpose";
      add(
          r,
          name,
          List.of(
              req("input"),
              req("filters"),
              req("output_shape"),
              req("strides"),
              opt("padding", "SAME"),
              opt("data_format", new String[] {"NWC", "NHWC", "NDHWC"}[d - 1]),
              opt("dilations", null),
              opt("name", null)),
          a ->
              TfNn.convTranspose(
                  name,
                  a.get("input"),
                  a.get("filters"),
                  a.get("output_shape"),
                  a.get("strides"),
                  a.get("padding"),
                  a.string("data_format"),
                  a.get("dilations"),
                  nd));
    }
    String[][] pools = {
      {"nn.max_pool1d", "NWC"}, {"nn.max_pool2d", "NHWC"}, {"nn.max_pool3d", "NDHWC"},
      {"nn.avg_pool1d", "NWC"}, {"nn.avg_pool2d", "NHWC"}, {"nn.avg_pool3d", "NDHWC"},
      {"nn.max_pool", null}, {"nn.avg_pool", null}
    };
    for (String[] p : pools) {
      String name = p[0];
      add(
          r,
          name,
          List.of(
              req("input"),
              req("ksize"),
              req("strides"),
              req("padding"),
              opt("data_format", p[1]),
              opt("name", null)),
          a -> {
            Object in = a.get("input");
            Object k = a.get("ksize");
            Object s = a.get("strides");
            Object pad = a.get("padding");
            String df = a.string("data_format");
            return switch (name) {
              case "nn.max_pool1d" -> N.maxPool1d(in, k, s, pad, df);
              case "nn.max_pool2d" -> N.maxPool2d(in, k, s, pad, df);
              case "nn.max_pool3d" -> N.maxPool3d(in, k, s, pad, df);
              case "nn.avg_pool1d" -> N.avgPool1d(in, k, s, pad, df);
              case "nn.avg_pool2d" -> N.avgPool2d(in, k, s, pad, df);
              case "nn.avg_pool3d" -> N.avgPool3d(in, k, s, pad, df);
              case "nn.max_pool" -> N.maxPool(in, k, s, pad, df);
              default -> N.avgPool(in, k, s, pad, df);
            };
          });
    }
  }

  private static void linalgFunctions(FunctionRegistry.Builder r) {
    add(
        r,
        "linalg.matmul,matmul",
        List.of(
            req("a"),
            req("b"),
            opt("transpose_a", false),
            opt("transpose_b", false),
            opt("adjoint_a", false),
            opt("adjoint_b", false),
            opt("a_is_sparse", false),
            opt("b_is_sparse", false),
            opt("output_type", null),
            opt("name", null)),
        a ->
            L.matmul(
                a.get("a"),
                a.get("b"),
                a.bool("transpose_a") || a.bool("adjoint_a"),
                a.bool("transpose_b") || a.bool("adjoint_b")));
    add(
        r,
        "linalg.matvec",
        List.of(
            req("a"),
            req("b"),
            opt("transpose_a", false),
            opt("adjoint_a", false),
            opt("a_is_sparse", false),
            opt("b_is_sparse", false),
            opt("name", null)),
        a -> L.matvec(a.get("a"), a.get("b"), a.bool("transpose_a") || a.bool("adjoint_a")));
    add(
        r,
        "linalg.band_part",
        List.of(req("input"), req("num_lower"), req("num_upper"), opt("name", null)),
        a -> L.bandPart(a.get("input"), a.longValue("num_lower"), a.longValue("num_upper")));
    add(r, "linalg.det", List.of(req("input"), opt("name", null)), a -> L.det(a.get("input")));
    add(
        r,
        "linalg.slogdet",
        List.of(req("input"), opt("name", null)),
        a -> L.slogdet(a.get("input")));
    add(
        r,
        "linalg.logdet",
        List.of(req("matrix"), opt("name", null)),
        a -> L.logdet(a.get("matrix")));
    add(
        r,
        "linalg.inv",
        List.of(req("input"), opt("adjoint", false), opt("name", null)),
        a -> L.inv(a.get("input"), a.bool("adjoint")));
    add(
        r,
        "linalg.cholesky",
        List.of(req("input"), opt("name", null)),
        a -> L.cholesky(a.get("input")));
    add(
        r,
        "linalg.qr",
        List.of(req("input"), opt("full_matrices", false), opt("name", null)),
        a -> L.qr(a.get("input"), a.bool("full_matrices")));
    add(
        r,
        "linalg.svd",
        List.of(
            req("tensor"), opt("full_matrices", false), opt("compute_uv", true), opt("name", null)),
        a -> L.svd(a.get("tensor"), a.bool("full_matrices"), a.bool("compute_uv")));
    add(r, "linalg.eigh", List.of(req("tensor"), opt("name", null)), a -> L.eigh(a.get("tensor")));
    add(
        r,
        "linalg.eigvalsh",
        List.of(req("tensor"), opt("name", null)),
        a -> L.eigvalsh(a.get("tensor")));
    add(
        r,
        "linalg.solve",
        List.of(req("matrix"), req("rhs"), opt("adjoint", false), opt("name", null)),
        a -> L.solve(a.get("matrix"), a.get("rhs"), a.bool("adjoint")));
    add(
        r,
        "linalg.triangular_solve",
        List.of(
            req("matrix"),
            req("rhs"),
            opt("lower", true),
            opt("adjoint", false),
            opt("name", null)),
        a -> L.triangularSolve(a.get("matrix"), a.get("rhs"), a.bool("lower"), a.bool("adjoint")));
    add(
        r,
        "linalg.pinv",
        List.of(req("a"), opt("rcond", null), opt("validate_args", false), opt("name", null)),
        a -> L.pinv(a.get("a"), a.get("rcond")));
    add(
        r,
        "linalg.matrix_rank",
        List.of(req("a"), opt("tol", null), opt("validate_args", false), opt("name", null)),
        a -> L.matrixRank(a.get("a"), a.get("tol")));
    add(r, "linalg.trace", List.of(req("x"), opt("name", null)), a -> L.trace(a.get("x")));
    add(
        r,
        "linalg.diag_part",
        List.of(req("input"), opt("name", null), opt("k", 0L)),
        a -> L.diagPart(a.get("input"), a.longValue("k")));
    add(
        r,
        "linalg.diag",
        List.of(req("diagonal"), opt("name", null), opt("k", 0L)),
        a -> L.diag(a.get("diagonal"), a.longValue("k")));
    add(
        r,
        "linalg.set_diag",
        List.of(req("input"), req("diagonal"), opt("name", null)),
        a -> L.setDiag(a.get("input"), a.get("diagonal")));
    add(
        r,
        "linalg.matrix_transpose,linalg.transpose",
        List.of(req("a"), opt("name", null), opt("conjugate", false)),
        a -> L.matrixTranspose(a.get("a")));
    add(
        r,
        "linalg.adjoint",
        List.of(req("matrix"), opt("name", null)),
        a -> L.adjoint(a.get("matrix")));
    add(
        r,
        "linalg.tensordot,tensordot",
        List.of(req("a"), req("b"), req("axes"), opt("name", null)),
        a -> L.tensordot(a.get("a"), a.get("b"), a.get("axes")));
    add(
        r,
        "linalg.einsum,einsum",
        List.of(req("equation"), varargs("inputs")),
        a -> L.einsum(a.string("equation"), list(a, "inputs")));
    add(
        r,
        "linalg.cross",
        List.of(req("a"), req("b"), opt("name", null)),
        a -> L.cross(a.get("a"), a.get("b")));
    add(
        r,
        "linalg.eye,eye",
        List.of(
            req("num_rows"),
            opt("num_columns", null),
            opt("batch_shape", null),
            opt("dtype", dev.ivy.DType.FLOAT32),
            opt("name", null)),
        a ->
            TfFrontend.eye(
                a.longValue("num_rows"),
                longOrNull(a, "num_columns"),
                longsOrNull(a, "batch_shape"),
                a.dtypeOrNull("dtype")));
    add(
        r,
        "linalg.norm,norm",
        List.of(
            req("tensor"),
            opt("ord", "euclidean"),
            opt("axis", null),
            opt("keepdims", null),
            opt("name", null)),
        a -> L.norm(a.get("tensor"), a.get("ord"), axisOrNull(a, "axis"), keep(a)));
    add(
        r,
        "linalg.global_norm",
        List.of(req("t_list"), opt("use_norm", null), opt("name", null)),
        a -> L.globalNorm(list(a, "t_list")));
  }

  private static void manipulation(FunctionRegistry.Builder r) {
    add(
        r,
        "reshape",
        List.of(req("tensor"), req("shape"), opt("name", null)),
        a -> TfFrontend.reshape(a.get("tensor"), longs(a, "shape")));
    add(
        r,
        "transpose",
        List.of(req("a"), opt("perm", null), opt("conjugate", false), opt("name", null)),
        a -> TfFrontend.transpose(a.get("a"), axisOrNull(a, "perm")));
    add(
        r,
        "concat",
        List.of(req("values"), req("axis"), opt("name", null)),
        a -> TfFrontend.concat(list(a, "values"), a.intValue("axis")));
    add(
        r,
        "stack",
        List.of(req("values"), opt("axis", 0L), opt("name", null)),
        a -> TfFrontend.stack(list(a, "values"), a.intValue("axis")));
    add(
        r,
        "unstack",
        List.of(req("value"), opt("num", null), opt("axis", 0L), opt("name", null)),
        a -> TfFrontend.unstack(a.get("value"), longOrNull(a, "num"), a.intValue("axis")));
    add(
        r,
        "tile",
        List.of(req("input"), req("multiples"), opt("name", null)),
        a -> TfFrontend.tile(a.get("input"), longs(a, "multiples")));
    add(
        r,
        "reverse",
        List.of(req("tensor"), req("axis"), opt("name", null)),
        a -> TfFrontend.reverse(a.get("tensor"), axisOrNull(a, "axis")));
    add(
        r,
        "roll",
        List.of(req("input"), req("shift"), req("axis"), opt("name", null)),
        a -> TfFrontend.roll(a.get("input"), longs(a, "shift"), axisOrNull(a, "axis")));
    add(
        r,
        "squeeze",
        List.of(req("input"), opt("axis", null), opt("name", null)),
        a -> TfFrontend.squeeze(a.get("input"), axisOrNull(a, "axis")));
    add(
        r,
        "expand_dims",
        List.of(req("input"), req("axis"), opt("name", null)),
        a -> TfFrontend.expandDims(a.get("input"), a.intValue("axis")));
    add(
        r,
        "broadcast_to",
        List.of(req("input"), req("shape"), opt("name", null)),
        a -> TfFrontend.broadcastTo(a.get("input"), longs(a, "shape")));
    add(
        r,
        "slice",
        List.of(req("input_"), req("begin"), req("size"), opt("name", null)),
        a -> TfFrontend.slice(a.get("input_"), longs(a, "begin"), longs(a, "size")));
    add(
        r,
        "strided_slice",
        List.of(
            req("input_"),
            req("begin"),
            req("end"),
            opt("strides", null),
            opt("begin_mask", 0L),
            opt("end_mask", 0L),
            opt("ellipsis_mask", 0L),
            opt("new_axis_mask", 0L),
            opt("shrink_axis_mask", 0L),
            opt("var", null),
            opt("name", null)),
        a ->
            TfFrontend.stridedSlice(
                a.get("input_"),
                longs(a, "begin"),
                longs(a, "end"),
                longsOrNull(a, "strides"),
                a.longValue("begin_mask"),
                a.longValue("end_mask"),
                a.longValue("ellipsis_mask"),
                a.longValue("new_axis_mask"),
                a.longValue("shrink_axis_mask")));
    add(
        r,
        "gather",
        List.of(
            req("params"),
            req("indices"),
            opt("validate_indices", null),
            opt("axis", null),
            opt("batch_dims", 0L),
            opt("name", null)),
        a ->
            TfFrontend.gather(
                a.get("params"), a.get("indices"), a.intOrNull("axis"), a.intValue("batch_dims")));
    add(
        r,
        "gather_nd",
        List.of(req("params"), req("indices"), opt("batch_dims", 0L), opt("name", null)),
        a -> TfFrontend.gatherNd(a.get("params"), a.get("indices"), a.intValue("batch_dims")));
    add(
        r,
        "boolean_mask",
        List.of(req("tensor"), req("mask"), opt("axis", null), opt("name", null)),
        a -> TfFrontend.booleanMask(a.get("tensor"), a.get("mask"), a.intOrNull("axis")));
    add(
        r,
        "where",
        List.of(req("condition"), opt("x", null), opt("y", null), opt("name", null)),
        a -> TfFrontend.where(a.get("condition"), a.get("x"), a.get("y")));
    add(
        r,
        "scatter_nd",
        List.of(req("indices"), req("updates"), req("shape"), opt("name", null)),
        a -> TfFrontend.scatterNd(a.get("indices"), a.get("updates"), longs(a, "shape")));
    add(
        r,
        "tensor_scatter_nd_update",
        List.of(req("tensor"), req("indices"), req("updates"), opt("name", null)),
        a -> TfFrontend.tensorScatterNdUpdate(a.get("tensor"), a.get("indices"), a.get("updates")));
    add(
        r,
        "tensor_scatter_nd_add",
        List.of(req("tensor"), req("indices"), req("updates"), opt("name", null)),
        a -> TfFrontend.tensorScatterNdAdd(a.get("tensor"), a.get("indices"), a.get("updates")));
    add(
        r,
        "pad",
        List.of(
            req("tensor"),
            req("paddings"),
            opt("mode", "CONSTANT"),
            opt("constant_values", 0L),
            opt("name", null)),
        a ->
            TfFrontend.pad(
                a.get("tensor"), a.get("paddings"), a.string("mode"), a.get("constant_values")));
    add(
        r,
        "split",
        List.of(
            req("value"),
            req("num_or_size_splits"),
            opt("axis", 0L),
            opt("num", null),
            opt("name", null)),
        a -> TfFrontend.split(a.get("value"), a.get("num_or_size_splits"), a.intValue("axis")));
    add(
        r,
        "clip_by_value",
        List.of(req("t"), req("clip_value_min"), req("clip_value_max"), opt("name", null)),
        a -> TfFrontend.clipByValue(a.get("t"), a.get("clip_value_min"), a.get("clip_value_max")));
    add(
        r,
        "clip_by_norm",
        List.of(req("t"), req("clip_norm"), opt("axes", null), opt("name", null)),
        a -> TfFrontend.clipByNorm(a.get("t"), a.get("clip_norm"), axisOrNull(a, "axes")));
    add(
        r,
        "cast,dtypes.cast",
        List.of(req("x"), req("dtype"), opt("name", null)),
        a -> TfFrontend.cast(a.get("x"), a.dtypeOrNull("dtype")));
    add(
        r,
        "identity",
        List.of(req("input"), opt("name", null)),
        a -> TfFrontend.identity(a.get("input")));
    add(
        r,
        "sort",
        List.of(req("values"), opt("axis", -1L), opt("direction", "ASCENDING"), opt("name", null)),
        a -> TfFrontend.sort(a.get("values"), a.intValue("axis"), a.string("direction")));
    add(
        r,
        "argsort",
        List.of(
            req("values"),
            opt("axis", -1L),
            opt("direction", "ASCENDING"),
            opt("stable", false),
            opt("name", null)),
        a -> TfFrontend.argsort(a.get("values"), a.intValue("axis"), a.string("direction")));
    add(
        r,
        "searchsorted",
        List.of(
            req("sorted_sequence"),
            req("values"),
            opt("side", "left"),
            opt("out_type", dev.ivy.DType.INT32),
            opt("name", null)),
        a ->
            TfFrontend.searchsorted(
                a.get("sorted_sequence"),
                a.get("values"),
                a.string("side"),
                a.dtypeOrNull("out_type")));
    add(r, "rank", List.of(req("input"), opt("name", null)), a -> TfFrontend.rank(a.get("input")));
    add(
        r,
        "size",
        List.of(req("input"), opt("out_type", dev.ivy.DType.INT32), opt("name", null)),
        a -> TfFrontend.size(a.get("input"), a.dtypeOrNull("out_type")));
    add(
        r,
        "shape",
        List.of(req("input"), opt("out_type", dev.ivy.DType.INT32), opt("name", null)),
        a -> TfFrontend.shape(a.get("input"), a.dtypeOrNull("out_type")));
    add(
        r,
        "meshgrid",
        List.of(varargs("args"), opt("indexing", "xy")),
        a -> TfFrontend.meshgrid(list(a, "args"), a.string("indexing")));
    add(
        r,
        "repeat",
        List.of(req("input"), req("repeats"), opt("axis", null), opt("name", null)),
        a -> TfFrontend.repeat(a.get("input"), a.get("repeats"), a.intOrNull("axis")));
    add(
        r,
        "unique",
        List.of(req("x"), opt("out_idx", dev.ivy.DType.INT32), opt("name", null)),
        a -> TfFrontend.unique(a.get("x")));
  }

  private static void creation(FunctionRegistry.Builder r) {
    add(
        r,
        "one_hot",
        List.of(
            req("indices"),
            req("depth"),
            opt("on_value", null),
            opt("off_value", null),
            opt("axis", null),
            opt("dtype", null),
            opt("name", null)),
        a ->
            TfFrontend.oneHot(
                a.get("indices"),
                a.longValue("depth"),
                a.get("on_value"),
                a.get("off_value"),
                a.intOrNull("axis"),
                a.dtypeOrNull("dtype")));
    add(
        r,
        "linspace,lin_space",
        List.of(req("start"), req("stop"), req("num"), opt("name", null), opt("axis", 0L)),
        a -> TfFrontend.linspace(a.get("start"), a.get("stop"), a.longValue("num")));
    add(
        r,
        "range",
        List.of(
            req("start"),
            opt("limit", null),
            opt("delta", 1L),
            opt("dtype", null),
            opt("name", null)),
        a ->
            TfFrontend.range(
                (Number) a.get("start"),
                a.numberOrNull("limit"),
                a.numberOrNull("delta"),
                a.dtypeOrNull("dtype")));
    add(
        r,
        "fill",
        List.of(req("dims"), req("value"), opt("name", null)),
        a -> TfFrontend.fill(longs(a, "dims"), a.get("value")));
    add(
        r,
        "zeros",
        List.of(req("shape"), opt("dtype", dev.ivy.DType.FLOAT32), opt("name", null)),
        a -> TfFrontend.zeros(longs(a, "shape"), a.dtypeOrNull("dtype")));
    add(
        r,
        "ones",
        List.of(req("shape"), opt("dtype", dev.ivy.DType.FLOAT32), opt("name", null)),
        a -> TfFrontend.ones(longs(a, "shape"), a.dtypeOrNull("dtype")));
    add(
        r,
        "zeros_like",
        List.of(req("input"), opt("dtype", null), opt("name", null)),
        a -> TfFrontend.zerosLike(a.get("input"), a.dtypeOrNull("dtype")));
    add(
        r,
        "ones_like",
        List.of(req("input"), opt("dtype", null), opt("name", null)),
        a -> TfFrontend.onesLike(a.get("input"), a.dtypeOrNull("dtype")));
    add(
        r,
        "constant",
        List.of(req("value"), opt("dtype", null), opt("shape", null), opt("name", null)),
        a -> TfFrontend.constant(a.get("value"), a.dtypeOrNull("dtype"), longsOrNull(a, "shape")));
    add(
        r,
        "convert_to_tensor",
        List.of(req("value"), opt("dtype", null), opt("dtype_hint", null), opt("name", null)),
        a -> TfFrontend.convertToTensor(a.get("value"), a.dtypeOrNull("dtype")));
  }

  private static void imageAndBitwise(FunctionRegistry.Builder r) {
    add(
        r,
        "image.resize",
        List.of(
            req("images"),
            req("size"),
            opt("method", "bilinear"),
            opt("preserve_aspect_ratio", false),
            opt("antialias", false),
            opt("name", null)),
        a -> {
          if (a.bool("preserve_aspect_ratio")) {
            throw TfTypes.error(
                a.fn(), "preserve_aspect_ratio must be False (not supported); got True");
          }
          return I.resize(
              a.get("images"), longs(a, "size"), a.string("method"), a.bool("antialias"));
        });
    add(r, "image.flip_left_right", List.of(req("image")), a -> I.flipLeftRight(a.get("image")));
    add(r, "image.flip_up_down", List.of(req("image")), a -> I.flipUpDown(a.get("image")));
    add(
        r,
        "image.transpose",
        List.of(req("image"), opt("name", null)),
        a -> I.transpose(a.get("image")));
    add(
        r,
        "image.rot90",
        List.of(req("image"), opt("k", 1L), opt("name", null)),
        a -> I.rot90(a.get("image"), a.longValue("k")));
    add(
        r,
        "image.rgb_to_grayscale",
        List.of(req("images"), opt("name", null)),
        a -> I.rgbToGrayscale(a.get("images")));
    add(
        r,
        "image.adjust_brightness",
        List.of(req("image"), req("delta")),
        a -> I.adjustBrightness(a.get("image"), a.doubleValue("delta")));
    add(
        r,
        "image.per_image_standardization",
        List.of(req("image")),
        a -> I.perImageStandardization(a.get("image")));
    binary(r, "bitwise.bitwise_and", B::bitwiseAnd);
    binary(r, "bitwise.bitwise_or", B::bitwiseOr);
    binary(r, "bitwise.bitwise_xor", B::bitwiseXor);
    binary(r, "bitwise.left_shift", B::leftShift);
    binary(r, "bitwise.right_shift", B::rightShift);
    unary(r, "bitwise.invert", B::invert);
  }

  private static void breadth(FunctionRegistry.Builder r) {
    add(
        r,
        "math.accumulate_n",
        List.of(req("inputs"), opt("shape", null), opt("tensor_dtype", null), opt("name", null)),
        a -> M.accumulateN(list(a, "inputs")));
    add(
        r,
        "math.approx_max_k",
        List.of(
            req("operand"),
            req("k"),
            opt("reduction_dimension", -1L),
            opt("recall_target", 0.95),
            opt("reduction_input_size_override", -1L),
            opt("aggregate_to_topk", true),
            opt("name", null)),
        a -> M.approxMaxK(a.get("operand"), a.longValue("k")));
    add(
        r,
        "math.approx_min_k",
        List.of(
            req("operand"),
            req("k"),
            opt("reduction_dimension", -1L),
            opt("recall_target", 0.95),
            opt("reduction_input_size_override", -1L),
            opt("aggregate_to_topk", true),
            opt("name", null)),
        a -> M.approxMinK(a.get("operand"), a.longValue("k")));
    unary(r, "math.invert_permutation", M::invertPermutation);
    add(
        r,
        "math.zero_fraction",
        List.of(req("value"), opt("name", null)),
        a -> M.zeroFraction(a.get("value")));
    binary(r, "math.xlog1py", M::xlog1py);
    add(
        r,
        "math.nextafter",
        List.of(req("x1"), req("x2"), opt("name", null)),
        a -> M.nextafter(a.get("x1"), a.get("x2")));
    add(r, "math.imag", List.of(req("input"), opt("name", null)), a -> M.imag(a.get("input")));
    add(r, "math.angle", List.of(req("input"), opt("name", null)), a -> M.angle(a.get("input")));
    binary(r, "realdiv", M::realdiv);

    add(
        r,
        "nn.log_poisson_loss",
        List.of(
            req("targets"), req("log_input"), opt("compute_full_loss", false), opt("name", null)),
        a -> N.logPoissonLoss(a.get("targets"), a.get("log_input"), a.bool("compute_full_loss")));
    add(
        r,
        "nn.weighted_cross_entropy_with_logits",
        List.of(req("labels"), req("logits"), req("pos_weight"), opt("name", null)),
        a ->
            N.weightedCrossEntropyWithLogits(
                a.get("labels"), a.get("logits"), a.doubleValue("pos_weight")));
    add(
        r,
        "nn.normalize_moments",
        List.of(req("counts"), req("mean_ss"), req("variance_ss"), req("shift"), opt("name", null)),
        a ->
            N.normalizeMoments(
                a.get("counts"), a.get("mean_ss"), a.get("variance_ss"), a.get("shift")));
    add(
        r,
        "nn.weighted_moments",
        List.of(
            req("x"),
            req("axes"),
            req("frequency_weights"),
            opt("keepdims", false),
            opt("name", null)),
        a ->
            N.weightedMoments(
                a.get("x"), axisOrNull(a, "axes"), a.get("frequency_weights"), keep(a)));
    add(
        r,
        "nn.sufficient_statistics",
        List.of(
            req("x"), req("axes"), opt("shift", null), opt("keepdims", false), opt("name", null)),
        a -> N.sufficientStatistics(a.get("x"), axisOrNull(a, "axes"), a.get("shift"), keep(a)));
    add(
        r,
        "nn.compute_average_loss",
        List.of(
            req("per_example_loss"), opt("sample_weight", null), opt("global_batch_size", null)),
        a ->
            N.computeAverageLoss(
                a.get("per_example_loss"),
                a.get("sample_weight"),
                longOrNull(a, "global_batch_size")));
    add(
        r,
        "nn.scale_regularization_loss",
        List.of(req("regularization_loss")),
        a -> N.scaleRegularizationLoss(a.get("regularization_loss")));
    add(
        r,
        "nn.local_response_normalization,nn.lrn",
        List.of(
            req("input"),
            opt("depth_radius", 5L),
            opt("bias", 1.0),
            opt("alpha", 1.0),
            opt("beta", 0.5),
            opt("name", null)),
        a ->
            N.localResponseNormalization(
                a.get("input"),
                a.longValue("depth_radius"),
                a.doubleValue("bias"),
                a.doubleValue("alpha"),
                a.doubleValue("beta")));
    add(
        r,
        "nn.atrous_conv2d",
        List.of(req("value"), req("filters"), req("rate"), req("padding"), opt("name", null)),
        a ->
            N.atrousConv2d(
                a.get("value"), a.get("filters"), a.longValue("rate"), a.get("padding")));
    add(
        r,
        "nn.separable_conv2d",
        List.of(
            req("input"),
            req("depthwise_filter"),
            req("pointwise_filter"),
            req("strides"),
            req("padding"),
            opt("data_format", null),
            opt("dilations", null),
            opt("name", null)),
        a ->
            N.separableConv2d(
                a.get("input"),
                a.get("depthwise_filter"),
                a.get("pointwise_filter"),
                a.get("strides"),
                a.get("padding"),
                a.string("data_format"),
                a.get("dilations")));
    add(
        r,
        "nn.pool",
        List.of(
            req("input"),
            req("window_shape"),
            req("pooling_type"),
            opt("strides", null),
            opt("padding", "VALID"),
            opt("data_format", null),
            opt("dilations", null),
            opt("name", null)),
        a ->
            N.pool(
                a.get("input"),
                a.get("window_shape"),
                a.string("pooling_type"),
                a.get("strides"),
                a.get("padding"),
                a.string("data_format")));
    add(
        r,
        "nn.batch_norm_with_global_normalization",
        List.of(
            req("input"),
            req("mean"),
            req("variance"),
            req("beta"),
            req("gamma"),
            req("variance_epsilon"),
            req("scale_after_normalization"),
            opt("name", null)),
        a ->
            N.batchNormWithGlobalNormalization(
                a.get("input"),
                a.get("mean"),
                a.get("variance"),
                a.get("beta"),
                a.get("gamma"),
                a.doubleValue("variance_epsilon"),
                a.bool("scale_after_normalization")));

    add(
        r,
        "linalg.lstsq",
        List.of(
            req("matrix"),
            req("rhs"),
            opt("l2_regularizer", 0.0),
            opt("fast", true),
            opt("name", null)),
        a -> L.lstsq(a.get("matrix"), a.get("rhs"), a.doubleValue("l2_regularizer")));
    add(
        r,
        "linalg.cholesky_solve",
        List.of(req("chol"), req("rhs"), opt("name", null)),
        a -> L.choleskySolve(a.get("chol"), a.get("rhs")));
    add(
        r,
        "linalg.normalize",
        List.of(req("tensor"), opt("ord", "euclidean"), opt("axis", null), opt("name", null)),
        a -> L.normalize(a.get("tensor"), a.get("ord"), axisOrNull(a, "axis")));
    add(
        r,
        "linalg.tensor_diag",
        List.of(req("diagonal"), opt("name", null)),
        a -> L.tensorDiag(a.get("diagonal")));

    add(
        r,
        "image.crop_to_bounding_box",
        List.of(
            req("image"),
            req("offset_height"),
            req("offset_width"),
            req("target_height"),
            req("target_width")),
        a ->
            I.cropToBoundingBox(
                a.get("image"),
                a.longValue("offset_height"),
                a.longValue("offset_width"),
                a.longValue("target_height"),
                a.longValue("target_width")));
    add(
        r,
        "image.pad_to_bounding_box",
        List.of(
            req("image"),
            req("offset_height"),
            req("offset_width"),
            req("target_height"),
            req("target_width")),
        a ->
            I.padToBoundingBox(
                a.get("image"),
                a.longValue("offset_height"),
                a.longValue("offset_width"),
                a.longValue("target_height"),
                a.longValue("target_width")));
    add(
        r,
        "image.resize_with_crop_or_pad",
        List.of(req("image"), req("target_height"), req("target_width")),
        a ->
            I.resizeWithCropOrPad(
                a.get("image"), a.longValue("target_height"), a.longValue("target_width")));
    add(
        r,
        "image.central_crop",
        List.of(req("image"), req("central_fraction")),
        a -> I.centralCrop(a.get("image"), a.doubleValue("central_fraction")));
    add(
        r,
        "image.adjust_contrast",
        List.of(req("images"), req("contrast_factor")),
        a -> I.adjustContrast(a.get("images"), a.doubleValue("contrast_factor")));
    add(
        r,
        "image.adjust_gamma",
        List.of(req("image"), opt("gamma", 1L), opt("gain", 1L)),
        a -> I.adjustGamma(a.get("image"), a.doubleValue("gamma"), a.doubleValue("gain")));
    add(
        r,
        "image.grayscale_to_rgb",
        List.of(req("images"), opt("name", null)),
        a -> I.grayscaleToRgb(a.get("images")));
    add(
        r,
        "image.convert_image_dtype",
        List.of(req("image"), req("dtype"), opt("saturate", false), opt("name", null)),
        a -> I.convertImageDtype(a.get("image"), a.dtypeOrNull("dtype")));
    add(
        r,
        "image.total_variation",
        List.of(req("images"), opt("name", null)),
        a -> I.totalVariation(a.get("images")));
    add(r, "image.image_gradients", List.of(req("image")), a -> I.imageGradients(a.get("image")));
    add(
        r,
        "image.psnr",
        List.of(req("a"), req("b"), req("max_val"), opt("name", null)),
        a -> I.psnr(a.get("a"), a.get("b"), a.doubleValue("max_val")));
    add(r, "image.rgb_to_yuv", List.of(req("images")), a -> I.rgbToYuv(a.get("images")));
    add(r, "image.yuv_to_rgb", List.of(req("images")), a -> I.yuvToRgb(a.get("images")));
    add(r, "image.rgb_to_yiq", List.of(req("images")), a -> I.rgbToYiq(a.get("images")));
    add(r, "image.yiq_to_rgb", List.of(req("images")), a -> I.yiqToRgb(a.get("images")));

    TfSignal S = TfFrontend.signal;
    add(
        r,
        "signal.hann_window",
        List.of(
            req("window_length"),
            opt("periodic", true),
            opt("dtype", dev.ivy.DType.FLOAT32),
            opt("name", null)),
        a ->
            S.hannWindow(a.longValue("window_length"), a.bool("periodic"), a.dtypeOrNull("dtype")));
    add(
        r,
        "signal.hamming_window",
        List.of(
            req("window_length"),
            opt("periodic", true),
            opt("dtype", dev.ivy.DType.FLOAT32),
            opt("name", null)),
        a ->
            S.hammingWindow(
                a.longValue("window_length"), a.bool("periodic"), a.dtypeOrNull("dtype")));
    add(
        r,
        "signal.frame",
        List.of(
            req("signal"),
            req("frame_length"),
            req("frame_step"),
            opt("pad_end", false),
            opt("pad_value", 0L),
            opt("axis", -1L),
            opt("name", null)),
        a ->
            S.frame(
                a.get("signal"),
                a.longValue("frame_length"),
                a.longValue("frame_step"),
                a.bool("pad_end"),
                a.get("pad_value"),
                a.intValue("axis")));
    add(
        r,
        "signal.overlap_and_add",
        List.of(req("signal"), req("frame_step"), opt("name", null)),
        a -> S.overlapAndAdd(a.get("signal"), a.longValue("frame_step")));

    TfFrontend.keras.Activations KA = TfFrontend.keras.activations;
    add(
        r,
        "keras.activations.relu",
        List.of(req("x"), opt("alpha", 0.0), opt("max_value", null), opt("threshold", 0.0)),
        a ->
            KA.relu(
                a.get("x"),
                a.doubleValue("alpha"),
                a.isNone("max_value") ? null : a.doubleValue("max_value"),
                a.doubleValue("threshold")));
    add(r, "keras.activations.sigmoid", List.of(req("x")), a -> KA.sigmoid(a.get("x")));
    add(r, "keras.activations.tanh", List.of(req("x")), a -> KA.tanh(a.get("x")));
    add(
        r,
        "keras.activations.softmax",
        List.of(req("x"), opt("axis", -1L)),
        a -> KA.softmax(a.get("x"), a.intValue("axis")));
    add(
        r,
        "keras.activations.log_softmax",
        List.of(req("x"), opt("axis", -1L)),
        a -> KA.logSoftmax(a.get("x"), a.intValue("axis")));
    add(
        r,
        "keras.activations.elu",
        List.of(req("x"), opt("alpha", 1.0)),
        a -> KA.elu(a.get("x"), a.doubleValue("alpha")));
    add(r, "keras.activations.selu", List.of(req("x")), a -> KA.selu(a.get("x")));
    add(r, "keras.activations.softplus", List.of(req("x")), a -> KA.softplus(a.get("x")));
    add(r, "keras.activations.softsign", List.of(req("x")), a -> KA.softsign(a.get("x")));
    add(
        r,
        "keras.activations.gelu",
        List.of(req("x"), opt("approximate", false)),
        a -> KA.gelu(a.get("x"), a.bool("approximate")));
    add(r, "keras.activations.swish", List.of(req("x")), a -> KA.swish(a.get("x")));
    add(r, "keras.activations.hard_sigmoid", List.of(req("x")), a -> KA.hardSigmoid(a.get("x")));
    add(r, "keras.activations.exponential", List.of(req("x")), a -> KA.exponential(a.get("x")));
    add(r, "keras.activations.linear", List.of(req("x")), a -> KA.linear(a.get("x")));
    add(r, "keras.activations.mish", List.of(req("x")), a -> KA.mish(a.get("x")));

    TfFrontend.keras.Losses KL = TfFrontend.keras.losses;
    List<Param> yy = List.of(req("y_true"), req("y_pred"));
    add(
        r,
        "keras.losses.mean_squared_error,keras.losses.mse",
        yy,
        a -> KL.meanSquaredError(a.get("y_true"), a.get("y_pred")));
    add(
        r,
        "keras.losses.mean_absolute_error,keras.losses.mae",
        yy,
        a -> KL.meanAbsoluteError(a.get("y_true"), a.get("y_pred")));
    add(
        r,
        "keras.losses.mean_absolute_percentage_error,keras.losses.mape",
        yy,
        a -> KL.meanAbsolutePercentageError(a.get("y_true"), a.get("y_pred")));
    add(
        r,
        "keras.losses.mean_squared_logarithmic_error,keras.losses.msle",
        yy,
        a -> KL.meanSquaredLogarithmicError(a.get("y_true"), a.get("y_pred")));
    add(
        r,
        "keras.losses.binary_crossentropy",
        List.of(
            req("y_true"),
            req("y_pred"),
            opt("from_logits", false),
            opt("label_smoothing", 0.0),
            opt("axis", -1L)),
        a ->
            KL.binaryCrossentropy(
                a.get("y_true"),
                a.get("y_pred"),
                a.bool("from_logits"),
                a.doubleValue("label_smoothing")));
    add(
        r,
        "keras.losses.categorical_crossentropy",
        List.of(
            req("y_true"),
            req("y_pred"),
            opt("from_logits", false),
            opt("label_smoothing", 0.0),
            opt("axis", -1L)),
        a ->
            KL.categoricalCrossentropy(
                a.get("y_true"),
                a.get("y_pred"),
                a.bool("from_logits"),
                a.doubleValue("label_smoothing")));
    add(
        r,
        "keras.losses.sparse_categorical_crossentropy",
        List.of(req("y_true"), req("y_pred"), opt("from_logits", false), opt("axis", -1L)),
        a ->
            KL.sparseCategoricalCrossentropy(
                a.get("y_true"), a.get("y_pred"), a.bool("from_logits")));
    add(r, "keras.losses.hinge", yy, a -> KL.hinge(a.get("y_true"), a.get("y_pred")));
    add(
        r,
        "keras.losses.squared_hinge",
        yy,
        a -> KL.squaredHinge(a.get("y_true"), a.get("y_pred")));
    add(
        r,
        "keras.losses.kl_divergence,keras.losses.kld",
        yy,
        a -> KL.klDivergence(a.get("y_true"), a.get("y_pred")));
    add(r, "keras.losses.poisson", yy, a -> KL.poisson(a.get("y_true"), a.get("y_pred")));
    add(
        r,
        "keras.losses.log_cosh,keras.losses.logcosh",
        yy,
        a -> KL.logCosh(a.get("y_true"), a.get("y_pred")));
    add(
        r,
        "keras.losses.huber",
        List.of(req("y_true"), req("y_pred"), opt("delta", 1.0)),
        a -> KL.huber(a.get("y_true"), a.get("y_pred"), a.doubleValue("delta")));
    add(
        r,
        "keras.losses.cosine_similarity",
        List.of(req("y_true"), req("y_pred"), opt("axis", -1L)),
        a -> KL.cosineSimilarity(a.get("y_true"), a.get("y_pred"), a.intValue("axis")));

    add(
        r,
        "saturate_cast,dtypes.saturate_cast",
        List.of(req("value"), req("dtype"), opt("name", null)),
        a -> TfFrontend.saturateCast(a.get("value"), a.dtypeOrNull("dtype")));
    add(
        r,
        "sequence_mask",
        List.of(
            req("lengths"),
            opt("maxlen", null),
            opt("dtype", dev.ivy.DType.BOOL),
            opt("name", null)),
        a ->
            TfFrontend.sequenceMask(
                a.get("lengths"), longOrNull(a, "maxlen"), a.dtypeOrNull("dtype")));
    add(
        r,
        "stop_gradient",
        List.of(req("input"), opt("name", null)),
        a -> TfFrontend.stopGradient(a.get("input")));
    add(
        r,
        "unravel_index",
        List.of(req("indices"), req("dims"), opt("name", null)),
        a -> TfFrontend.unravelIndex(a.get("indices"), longs(a, "dims")));
    add(
        r,
        "histogram_fixed_width",
        List.of(
            req("values"),
            req("value_range"),
            opt("nbins", 100L),
            opt("dtype", dev.ivy.DType.INT32),
            opt("name", null)),
        a ->
            TfFrontend.histogramFixedWidth(
                a.get("values"),
                a.get("value_range"),
                a.longValue("nbins"),
                a.dtypeOrNull("dtype")));
    add(
        r,
        "tensor_scatter_nd_sub",
        List.of(req("tensor"), req("indices"), req("updates"), opt("name", null)),
        a -> TfFrontend.tensorScatterNdSub(a.get("tensor"), a.get("indices"), a.get("updates")));
    add(
        r,
        "unique_with_counts",
        List.of(req("x"), opt("out_idx", dev.ivy.DType.INT32), opt("name", null)),
        a -> TfFrontend.uniqueWithCounts(a.get("x")));
    add(
        r,
        "parallel_stack",
        List.of(req("values"), opt("name", null)),
        a -> TfFrontend.parallelStack(list(a, "values")));
    add(
        r,
        "identity_n",
        List.of(req("input"), opt("name", null)),
        a -> TfFrontend.identityN(list(a, "input")));
    add(
        r,
        "shape_n",
        List.of(req("input"), opt("out_type", dev.ivy.DType.INT32), opt("name", null)),
        a -> TfFrontend.shapeN(list(a, "input"), a.dtypeOrNull("out_type")));
    add(
        r,
        "clip_by_global_norm",
        List.of(req("t_list"), req("clip_norm"), opt("use_norm", null), opt("name", null)),
        a -> TfFrontend.clipByGlobalNorm(list(a, "t_list"), a.doubleValue("clip_norm")));
    add(
        r,
        "reverse_sequence",
        List.of(
            req("input"),
            req("seq_lengths"),
            opt("seq_axis", null),
            opt("batch_axis", null),
            opt("name", null)),
        a ->
            TfFrontend.reverseSequence(
                a.get("input"),
                a.get("seq_lengths"),
                a.isNone("seq_axis") ? 1 : a.intValue("seq_axis"),
                a.isNone("batch_axis") ? 0 : a.intValue("batch_axis")));
    add(r, "is_tensor", List.of(req("x")), a -> TfFrontend.isTensor(a.get("x")));
    add(
        r,
        "broadcast_dynamic_shape,broadcast_static_shape",
        List.of(req("shape_x"), req("shape_y")),
        a -> TfFrontend.broadcastDynamicShape(longs(a, "shape_x"), longs(a, "shape_y")));
    add(
        r,
        "ensure_shape",
        List.of(req("x"), req("shape"), opt("name", null)),
        a -> TfFrontend.ensureShape(a.get("x"), (List<?>) a.get("shape")));
    add(
        r,
        "dynamic_partition",
        List.of(req("data"), req("partitions"), req("num_partitions"), opt("name", null)),
        a ->
            TfFrontend.dynamicPartition(
                a.get("data"), a.get("partitions"), a.longValue("num_partitions")));
    add(
        r,
        "dynamic_stitch",
        List.of(req("indices"), req("data"), opt("name", null)),
        a -> TfFrontend.dynamicStitch(list(a, "indices"), list(a, "data")));
  }
}
