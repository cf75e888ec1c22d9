package dev.ivy.frontend.tf;

import static dev.ivy.frontend.tf.TfFrontend.binary;
import static dev.ivy.frontend.tf.TfFrontend.channelsLast;
import static dev.ivy.frontend.tf.TfFrontend.padding;
import static dev.ivy.frontend.tf.TfFrontend.spatial;
import static dev.ivy.frontend.tf.TfFrontend.unaryFloat;
import static dev.ivy.frontend.tf.TfFrontend.unaryNumeric;
import static dev.ivy.frontend.tf.TfFrontend.zeroLike;
import static dev.ivy.frontend.tf.TfTypes.axes;
import static dev.ivy.frontend.tf.TfTypes.axis;
import static dev.ivy.frontend.tf.TfTypes.cast;
import static dev.ivy.frontend.tf.TfTypes.error;
import static dev.ivy.frontend.tf.TfTypes.floating;
import static dev.ivy.frontend.tf.TfTypes.numeric;
import static dev.ivy.frontend.tf.TfTypes.pair;
import static dev.ivy.frontend.tf.TfTypes.scalar;
import static dev.ivy.frontend.tf.TfTypes.tensor;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.DataFormat;
import dev.ivy.Padding;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Convolution;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Pooling;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Searching;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.P;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tf.nn}: activations, convolutions, pooling, losses and normalisation. Reached as {@link
 * TfFrontend#nn}; each function is declared once ({@code @Fn}) and registered under {@code
 * tensorflow.nn.<name>}. Tensor arguments are {@code Object}: a tensor, a Python number or a nested
 * list, converted by TensorFlow's rules (Python ints int32, floats float32).
 */
@Namespace(frontend = "tensorflow", prefix = "nn", path = "TfFrontend.nn", ignored = "name")
public final class TfNn extends TfNnDefaults {
  TfNn() {}

  /** {@code tf.nn.relu(features)}. */
  @Fn
  public Array relu(@P("features") Object x) {
    return unaryNumeric("nn.relu", x, v -> Elementwise.maximum(v, zeroLike(v)));
  }

  /** {@code tf.nn.relu6(features)}. */
  @Fn
  public Array relu6(@P("features") Object x) {
    return unaryNumeric(
        "nn.relu6",
        x,
        v -> Elementwise.minimum(Elementwise.maximum(v, zeroLike(v)), scalar(6, v.dtype())));
  }

  /** {@code tf.nn.elu(features)}. */
  @Fn
  public Array elu(@P("features") Object x) {
    return unaryFloat("nn.elu", x, v -> Activations.elu(v, 1.0));
  }

  /** {@code tf.nn.selu(features)}. */
  @Fn
  public Array selu(@P("features") Object x) {
    return unaryFloat("nn.selu", x, Activations::selu);
  }

  /** {@code tf.nn.gelu(features, approximate=False)}. */
  @Fn
  public Array gelu(@P("features") Object x, @Default("False") boolean approximate) {
    return unaryFloat("nn.gelu", x, v -> Activations.gelu(v, approximate));
  }

  /** {@code tf.nn.silu(features, beta=1.0)}: x * sigmoid(beta * x). */
  @Fn({"silu", "swish"})
  public Array silu(@P("features") Object x, @Default("1.0") double beta) {
    return unaryFloat(
        "nn.silu",
        x,
        v ->
            Elementwise.multiply(
                v, Activations.sigmoid(Elementwise.multiply(v, scalar(beta, v.dtype())))));
  }

  /** {@code tf.nn.sigmoid(x)}. */
  @Fn
  public Array sigmoid(Object x) {
    return unaryFloat("nn.sigmoid", x, Activations::sigmoid);
  }

  /** {@code tf.nn.tanh(x)}. */
  @Fn
  public Array tanh(Object x) {
    return unaryFloat("nn.tanh", x, Elementwise::tanh);
  }

  /** {@code tf.nn.softplus(features)}. */
  @Fn
  public Array softplus(@P("features") Object x) {
    return unaryFloat("nn.softplus", x, TfMath::softplusStable);
  }

  /** {@code tf.nn.softsign(features)}. */
  @Fn
  public Array softsign(@P("features") Object x) {
    return TfFrontend.math.softsign(x);
  }

  /** {@code tf.nn.leaky_relu(features, alpha=0.2)}. */
  @Fn
  public Array leakyRelu(@P("features") Object x, @Default("0.2") double alpha) {
    return unaryFloat("nn.leaky_relu", x, v -> Activations.leakyRelu(v, alpha));
  }

  /** {@code tf.nn.crelu(features, axis=-1)}: concat(relu(x), relu(-x)). */
  @Fn
  public Array crelu(@P("features") Object x, @Default("-1") int axis) {
    Array v = numeric("nn.crelu", tensor("nn.crelu", "features", x));
    return Manipulation.concat(List.of(relu(v), relu(Elementwise.negative(v))), axis);
  }

  /** {@code tf.nn.softmax(logits, axis=None)}: the last axis by default. */
  @Fn(value = "softmax", also = "math.softmax")
  public Array softmax(Object logits, @Default("None") Integer axis) {
    String fn = "nn.softmax";
    Array v = floating(fn, tensor(fn, "logits", logits));
    return Activations.softmax(v, axis(fn, axis == null ? -1 : axis, v.rank()));
  }

  /** {@code tf.nn.log_softmax(logits, axis=None)}. */
  @Fn(value = "log_softmax", also = "math.log_softmax")
  public Array logSoftmax(Object logits, @Default("None") Integer axis) {
    String fn = "nn.log_softmax";
    Array v = floating(fn, tensor(fn, "logits", logits));
    return Activations.logSoftmax(v, axis(fn, axis == null ? -1 : axis, v.rank()));
  }

  /**
   * {@code tf.nn.moments(x, axes, shift=None, keepdims=False)}: [mean, population variance]. shift
   * is accepted and ignored.
   */
  @Fn
  public List<Array> moments(
      Object x, int[] axes, @Default("None") Object shift, @Default("False") boolean keepdims) {
    String fn = "nn.moments";
    Array v = floating(fn, tensor(fn, "x", x));
    int[] ax = axes(fn, axes, v.rank());
    return List.of(Reductions.mean(v, ax, keepdims), Reductions.var(v, ax, 0, keepdims));
  }

  /**
   * {@code tf.nn.batch_normalization(x, mean, variance, offset, scale, variance_epsilon)}: (x -
   * mean) / sqrt(variance + eps) * scale + offset.
   */
  @Fn
  public Array batchNormalization(
      Object x,
      Object mean,
      Object variance,
      Object offset,
      Object scale,
      @P("variance_epsilon") double eps) {
    String fn = "nn.batch_normalization";
    Array v = floating(fn, tensor(fn, "x", x));
    DType d = v.dtype();
    Array inv =
        Elementwise.reciprocal(
            Elementwise.sqrt(Elementwise.add(tensor(fn, "variance", variance, d), scalar(eps, d))));
    if (scale != null) {
      inv = Elementwise.multiply(inv, tensor(fn, "scale", scale, d));
    }
    Array r = Elementwise.multiply(Elementwise.subtract(v, tensor(fn, "mean", mean, d)), inv);
    return offset == null ? r : Elementwise.add(r, tensor(fn, "offset", offset, d));
  }

  /** {@code tf.nn.bias_add(value, bias, data_format=None)}: bias along the channel axis. */
  @Fn
  public Array biasAdd(Object value, Object bias, @Default("None") DataFormat dataFormat) {
    String fn = "nn.bias_add";
    Array v = tensor(fn, "value", value);
    Array b = tensor(fn, "bias", bias, v.dtype());
    if (b.rank() != 1) {
      throw error(fn, "bias must be 1-d; got shape " + b.shape());
    }
    if (dataFormat == null || dataFormat.channelsLast() || v.rank() < 3) {
      return binary(fn, v, b, Elementwise::add);
    }
    long[] shape = new long[v.rank() - 1];
    java.util.Arrays.fill(shape, 1);
    shape[0] = b.shape().dim(0);
    return binary(fn, v, Manipulation.reshape(b, shape), Elementwise::add);
  }

  /** {@code tf.nn.l2_normalize(x, axis=None, epsilon=1e-12)}. */
  public Array l2Normalize(Object x, int[] axis, double epsilon) {
    return TfFrontend.math.l2Normalize(x, axis, epsilon);
  }

  /** {@code tf.nn.l2_loss(t)}: sum(t²) / 2. */
  @Fn
  public Array l2Loss(Object t) {
    String fn = "nn.l2_loss";
    Array v = floating(fn, tensor(fn, "t", t));
    return Elementwise.divide(
        Reductions.sum(Elementwise.square(v), null, false, v.dtype()), scalar(2, v.dtype()));
  }

  /**
   * {@code tf.nn.sigmoid_cross_entropy_with_logits(labels, logits)}: max(x, 0) - x z + log(1 +
   * exp(-|x|)).
   */
  @Fn
  public Array sigmoidCrossEntropyWithLogits(
      @Default("None") Object labels, @Default("None") Object logits) {
    String fn = "nn.sigmoid_cross_entropy_with_logits";
    Array[] p = pair(fn, logits, labels);
    Array x = floating(fn, p[0]);
    Array z = p[1];
    if (!x.shape().equals(z.shape())) {
      throw error(fn, "labels must have the shape of logits " + x.shape() + "; got " + z.shape());
    }
    return Elementwise.subtract(TfMath.softplusStable(x), Elementwise.multiply(x, z));
  }

  /** {@code tf.nn.softmax_cross_entropy_with_logits(labels, logits, axis=-1)}. */
  @Fn
  public Array softmaxCrossEntropyWithLogits(
      Object labels, Object logits, @Default("-1") int axis) {
    String fn = "nn.softmax_cross_entropy_with_logits";
    Array[] p = pair(fn, logits, labels);
    Array x = floating(fn, p[0]);
    int ax = axis(fn, axis, x.rank());
    return Elementwise.negative(
        Reductions.sum(
            Elementwise.multiply(p[1], Activations.logSoftmax(x, ax)),
            new int[] {ax},
            false,
            x.dtype()));
  }

  /** {@code tf.nn.sparse_softmax_cross_entropy_with_logits(labels, logits)}. */
  @Fn
  public Array sparseSoftmaxCrossEntropyWithLogits(Object labels, Object logits) {
    String fn = "nn.sparse_softmax_cross_entropy_with_logits";
    Array x = floating(fn, tensor(fn, "logits", logits));
    Array l = tensor(fn, "labels", labels);
    if (!l.dtype().isInteger()) {
      throw error(fn, "labels must be an integer tensor; got " + l.dtype());
    }
    if (l.rank() != x.rank() - 1) {
      throw error(fn, "labels must have rank " + (x.rank() - 1) + "; got shape " + l.shape());
    }
    Array ls = Activations.logSoftmax(x, x.rank() - 1);
    Array picked =
        Searching.takeAlongAxis(ls, Manipulation.expandDims(cast(l, DType.INT64), -1), -1);
    return Elementwise.negative(Manipulation.squeeze(picked, -1 + x.rank()));
  }

  /**
   * {@code tf.nn.embedding_lookup(params, ids)}: rows of params. max_norm is accepted and ignored.
   */
  @Fn
  public Array embeddingLookup(Object params, Object ids, @Default("None") Double maxNorm) {
    String fn = "nn.embedding_lookup";
    return Searching.gather(tensor(fn, "params", params), tensor(fn, "ids", ids), 0, 0);
  }

  /** {@code tf.nn.depth_to_space(input, block_size, data_format='NHWC')}. */
  @Fn
  public Array depthToSpace(
      Object input, long blockSize, @Default("'NHWC'") DataFormat dataFormat) {
    String fn = "nn.depth_to_space";
    Array x = tensor(fn, "input", input);
    boolean nhwc = channelsLast(fn, dataFormat, 2);
    if (x.rank() != 4) {
      throw error(fn, "input must have rank 4; got shape " + x.shape());
    }
    if (!nhwc) {
      x = Manipulation.permuteDims(x, 0, 2, 3, 1);
    }
    long b = blockSize;
    long n = x.shape().dim(0);
    long h = x.shape().dim(1);
    long w = x.shape().dim(2);
    long c = x.shape().dim(3);
    if (b < 2 || c % (b * b) != 0) {
      throw error(
          fn, "block_size must be >= 2 and block_size² must divide the depth " + c + "; got " + b);
    }
    Array r = Manipulation.reshape(x, n, h, w, b, b, c / (b * b));
    r = Manipulation.permuteDims(r, 0, 1, 3, 2, 4, 5);
    r = Manipulation.reshape(r, n, h * b, w * b, c / (b * b));
    return nhwc ? r : Manipulation.permuteDims(r, 0, 3, 1, 2);
  }

  /** {@code tf.nn.space_to_depth(input, block_size, data_format='NHWC')}. */
  @Fn
  public Array spaceToDepth(
      Object input, long blockSize, @Default("'NHWC'") DataFormat dataFormat) {
    String fn = "nn.space_to_depth";
    Array x = tensor(fn, "input", input);
    boolean nhwc = channelsLast(fn, dataFormat, 2);
    if (x.rank() != 4) {
      throw error(fn, "input must have rank 4; got shape " + x.shape());
    }
    if (!nhwc) {
      x = Manipulation.permuteDims(x, 0, 2, 3, 1);
    }
    long b = blockSize;
    long n = x.shape().dim(0);
    long h = x.shape().dim(1);
    long w = x.shape().dim(2);
    long c = x.shape().dim(3);
    if (b < 2 || h % b != 0 || w % b != 0) {
      throw error(
          fn, "block_size must be >= 2 and divide height and width " + h + "x" + w + "; got " + b);
    }
    Array r = Manipulation.reshape(x, n, h / b, b, w / b, b, c);
    r = Manipulation.permuteDims(r, 0, 1, 3, 2, 4, 5);
    r = Manipulation.reshape(r, n, h / b, w / b, b * b * c);
    return nhwc ? r : Manipulation.permuteDims(r, 0, 3, 1, 2);
  }

  /** {@code tf.nn.conv1d(input, filters, stride, padding, data_format='NWC', dilations=None)}. */
  @Fn
  public Array conv1d(
      Object input,
      Object filters,
      Object stride,
      Object padding,
      @Default("'NWC'") DataFormat dataFormat,
      @Default("None") Object dilations) {
    return convolution("nn.conv1d", input, filters, stride, padding, dataFormat, dilations, 1);
  }

  /** {@code tf.nn.conv2d(input, filters, strides, padding, data_format='NHWC', dilations=None)}. */
  @Fn
  public Array conv2d(
      Object input,
      Object filters,
      Object strides,
      Object padding,
      @Default("'NHWC'") DataFormat dataFormat,
      @Default("None") Object dilations) {
    return convolution("nn.conv2d", input, filters, strides, padding, dataFormat, dilations, 2);
  }

  /**
   * {@code tf.nn.conv3d(input, filters, strides, padding, data_format='NDHWC', dilations=None)}.
   */
  @Fn
  public Array conv3d(
      Object input,
      Object filters,
      Object strides,
      Object padding,
      @Default("'NDHWC'") DataFormat dataFormat,
      @Default("None") Object dilations) {
    return convolution("nn.conv3d", input, filters, strides, padding, dataFormat, dilations, 3);
  }

  /**
   * {@code tf.nn.convolution(input, filters, strides=None, padding='VALID', data_format=None,
   * dilations=None)}.
   */
  @Fn
  public Array convolution(
      Object input,
      Object filters,
      @Default("None") Object strides,
      @Default("'VALID'") Object padding,
      @Default("None") DataFormat dataFormat,
      @Default("None") Object dilations) {
    Array x = tensor("nn.convolution", "input", input);
    int n = x.rank() - 2;
    if (n < 1 || n > 3) {
      throw error("nn.convolution", "input must have rank 3, 4 or 5; got shape " + x.shape());
    }
    return convolution("nn.convolution", x, filters, strides, padding, dataFormat, dilations, n);
  }

  static Array convolution(
      String fn,
      Object input,
      Object filters,
      Object strides,
      Object padding,
      DataFormat dataFormat,
      Object dilations,
      int n) {
    Array x = floating(fn, tensor(fn, "input", input));
    Array f = tensor(fn, "filters", filters, x.dtype());
    if (f.dtype() != x.dtype()) {
      throw error(fn, "filters must have the dtype of input (" + x.dtype() + "); got " + f.dtype());
    }
    boolean last = channelsLast(fn, dataFormat, n);
    String df = DataFormat.of(n, last).text();
    return Convolution.conv(
        fn,
        x,
        f,
        spatial(fn, "strides", strides == null ? 1L : strides, n, last),
        padding(fn, padding),
        n,
        df,
        "channel_last",
        1,
        null,
        spatial(fn, "dilations", dilations, n, last),
        null);
  }

  /**
   * {@code tf.nn.conv2d_transpose(input, filters, output_shape, strides, padding='SAME',
   * data_format='NHWC', dilations=None)}: filters [height, width, out_channels, in_channels].
   */
  @Fn
  public Array conv2dTranspose(
      Object input,
      Object filters,
      Object outputShape,
      Object strides,
      @Default("'SAME'") Object padding,
      @Default("'NHWC'") DataFormat dataFormat,
      @Default("None") Object dilations) {
    return convTranspose(
        "nn.conv2d_transpose",
        input,
        filters,
        outputShape,
        strides,
        padding,
        dataFormat,
        dilations,
        2);
  }

  /**
   * {@code tf.nn.conv1d_transpose(input, filters, output_shape, strides, padding='SAME',
   * data_format='NWC', dilations=None)}.
   */
  @Fn
  public Array conv1dTranspose(
      Object input,
      Object filters,
      Object outputShape,
      Object strides,
      @Default("'SAME'") Object padding,
      @Default("'NWC'") DataFormat dataFormat,
      @Default("None") Object dilations) {
    return convTranspose(
        "nn.conv1d_transpose",
        input,
        filters,
        outputShape,
        strides,
        padding,
        dataFormat,
        dilations,
        1);
  }

  /**
   * {@code tf.nn.conv3d_transpose(input, filters, output_shape, strides, padding='SAME',
   * data_format='NDHWC', dilations=None)}.
   */
  @Fn
  public Array conv3dTranspose(
      Object input,
      Object filters,
      Object outputShape,
      Object strides,
      @Default("'SAME'") Object padding,
      @Default("'NDHWC'") DataFormat dataFormat,
      @Default("None") Object dilations) {
    return convTranspose(
        "nn.conv3d_transpose",
        input,
        filters,
        outputShape,
        strides,
        padding,
        dataFormat,
        dilations,
        3);
  }

  static Array convTranspose(
      String fn,
      Object input,
      Object filters,
      Object outputShape,
      Object strides,
      Object padding,
      DataFormat dataFormat,
      Object dilations,
      int n) {
    Array x = floating(fn, tensor(fn, "input", input));
    Array f = tensor(fn, "filters", filters, x.dtype());
    if (f.dtype() != x.dtype()) {
      throw error(fn, "filters must have the dtype of input (" + x.dtype() + "); got " + f.dtype());
    }
    boolean last = channelsLast(fn, dataFormat, n);
    String df = DataFormat.of(n, last).text();
    long[] os = outputShape == null ? null : TfTypes.longs(fn, "output_shape", outputShape);
    return Convolution.convTranspose(
        fn,
        x,
        f,
        spatial(fn, "strides", strides, n, last),
        padding(fn, padding),
        n,
        os,
        df,
        "channel_last",
        1,
        spatial(fn, "dilations", dilations, n, last),
        null,
        null);
  }

  /**
   * {@code tf.nn.depthwise_conv2d(input, filter, strides, padding, data_format=None,
   * dilations=None)}.
   */
  @Fn
  public Array depthwiseConv2d(
      Object input,
      Object filter,
      Object strides,
      Object padding,
      @Default("None") DataFormat dataFormat,
      @Default("None") Object dilations) {
    String fn = "nn.depthwise_conv2d";
    Array x = floating(fn, tensor(fn, "input", input));
    boolean last = channelsLast(fn, dataFormat, 2);
    return Convolution.depthwiseConv2d(
        x,
        tensor(fn, "filter", filter, x.dtype()),
        spatial(fn, "strides", strides, 2, last),
        padding(fn, padding),
        DataFormat.of(2, last).text(),
        spatial(fn, "dilations", dilations, 2, last));
  }

  /** {@code tf.nn.max_pool(input, ksize, strides, padding, data_format=None)}: any rank. */
  @Fn
  public Array maxPool(
      Object input,
      Object ksize,
      Object strides,
      Object padding,
      @Default("None") DataFormat dataFormat) {
    Array x = tensor("nn.max_pool", "input", input);
    return pool("nn.max_pool", true, x, ksize, strides, padding, dataFormat, x.rank() - 2);
  }

  /** {@code tf.nn.avg_pool(input, ksize, strides, padding, data_format=None)}: any rank. */
  @Fn
  public Array avgPool(
      Object input,
      Object ksize,
      Object strides,
      Object padding,
      @Default("None") DataFormat dataFormat) {
    Array x = tensor("nn.avg_pool", "input", input);
    return pool("nn.avg_pool", false, x, ksize, strides, padding, dataFormat, x.rank() - 2);
  }

  /** {@code tf.nn.max_pool1d(input, ksize, strides, padding, data_format='NWC')}. */
  @Fn
  public Array maxPool1d(
      Object input,
      Object ksize,
      Object strides,
      Object padding,
      @Default("'NWC'") DataFormat dataFormat) {
    return pool("nn.max_pool1d", true, input, ksize, strides, padding, dataFormat, 1);
  }

  /** {@code tf.nn.max_pool2d(input, ksize, strides, padding, data_format='NHWC')}. */
  @Fn
  public Array maxPool2d(
      Object input,
      Object ksize,
      Object strides,
      Object padding,
      @Default("'NHWC'") DataFormat dataFormat) {
    return pool("nn.max_pool2d", true, input, ksize, strides, padding, dataFormat, 2);
  }

  /** {@code tf.nn.max_pool3d(input, ksize, strides, padding, data_format='NDHWC')}. */
  @Fn
  public Array maxPool3d(
      Object input,
      Object ksize,
      Object strides,
      Object padding,
      @Default("'NDHWC'") DataFormat dataFormat) {
    return pool("nn.max_pool3d", true, input, ksize, strides, padding, dataFormat, 3);
  }

  /** {@code tf.nn.avg_pool1d(input, ksize, strides, padding, data_format='NWC')}. */
  @Fn
  public Array avgPool1d(
      Object input,
      Object ksize,
      Object strides,
      Object padding,
      @Default("'NWC'") DataFormat dataFormat) {
    return pool("nn.avg_pool1d", false, input, ksize, strides, padding, dataFormat, 1);
  }

  /** {@code tf.nn.avg_pool2d(input, ksize, strides, padding, data_format='NHWC')}. */
  @Fn
  public Array avgPool2d(
      Object input,
      Object ksize,
      Object strides,
      Object padding,
      @Default("'NHWC'") DataFormat dataFormat) {
    return pool("nn.avg_pool2d", false, input, ksize, strides, padding, dataFormat, 2);
  }

  /** {@code tf.nn.avg_pool3d(input, ksize, strides, padding, data_format='NDHWC')}. */
  @Fn
  public Array avgPool3d(
      Object input,
      Object ksize,
      Object strides,
      Object padding,
      @Default("'NDHWC'") DataFormat dataFormat) {
    return pool("nn.avg_pool3d", false, input, ksize, strides, padding, dataFormat, 3);
  }

  static Array pool(
      String fn,
      boolean max,
      Object input,
      Object ksize,
      Object strides,
      Object padding,
      DataFormat dataFormat,
      int n) {
    Array x = numeric(fn, tensor(fn, "input", input));
    if (x.rank() != n + 2) {
      throw error(fn, "input must have rank " + (n + 2) + "; got shape " + x.shape());
    }
    boolean last = channelsLast(fn, dataFormat, n);
    String df = DataFormat.of(n, last).text();
    long[] k = spatial(fn, "ksize", ksize, n, last);
    long[] s = spatial(fn, "strides", strides, n, last);
    String p = padding(fn, padding);
    long[] one = new long[n];
    java.util.Arrays.fill(one, 1);
    if (max) {
      return Pooling.maxPool(fn, x, k, s, p, n, df, one, false);
    }
    floating(fn, x);
    return Pooling.avgPool(fn, x, k, s, p, n, df, false, false, null);
  }

  /** {@code tf.nn.log_poisson_loss(targets, log_input, compute_full_loss=False)}. */
  @Fn
  public Array logPoissonLoss(
      Object targets, Object logInput, @Default("False") boolean computeFullLoss) {
    String fn = "nn.log_poisson_loss";
    Array[] p = pair(fn, logInput, targets);
    Array c = floating(fn, p[0]);
    Array z = p[1];
    Array loss = Elementwise.subtract(Elementwise.exp(c), Elementwise.multiply(c, z));
    if (computeFullLoss) {
      // Stirling: z log z - z + 0.5 log(2 pi z), for z > 1
      Array stirling =
          Elementwise.add(
              Elementwise.subtract(Elementwise.multiply(z, Elementwise.log(z)), z),
              Elementwise.multiply(
                  scalar(0.5, z.dtype()),
                  Elementwise.log(Elementwise.multiply(scalar(2 * Math.PI, z.dtype()), z))));
      Array use = Elementwise.greater(z, scalar(1, z.dtype()));
      loss = Elementwise.add(loss, Elementwise.where(use, stirling, zeroLike(z)));
    }
    return loss;
  }

  /** {@code tf.nn.weighted_cross_entropy_with_logits(labels, logits, pos_weight)}. */
  @Fn
  public Array weightedCrossEntropyWithLogits(Object labels, Object logits, double posWeight) {
    String fn = "nn.weighted_cross_entropy_with_logits";
    Array[] p = pair(fn, logits, labels);
    Array x = floating(fn, p[0]);
    Array z = p[1];
    DType d = x.dtype();
    Array one = scalar(1, d);
    Array l = Elementwise.add(one, Elementwise.multiply(scalar(posWeight - 1, d), z));
    Array tail =
        Elementwise.add(
            Elementwise.log1p(Elementwise.exp(Elementwise.negative(Elementwise.abs(x)))),
            Elementwise.maximum(Elementwise.negative(x), zeroLike(x)));
    return Elementwise.add(
        Elementwise.multiply(Elementwise.subtract(one, z), x), Elementwise.multiply(l, tail));
  }

  /** {@code tf.nn.normalize_moments(counts, mean_ss, variance_ss, shift)}: [mean, variance]. */
  @Fn
  public List<Array> normalizeMoments(
      Object counts, Object meanSs, Object varianceSs, Object shift) {
    String fn = "nn.normalize_moments";
    Array m = floating(fn, tensor(fn, "mean_ss", meanSs));
    DType d = m.dtype();
    Array div = Elementwise.reciprocal(tensor(fn, "counts", counts, d));
    Array sm = Elementwise.multiply(m, div);
    Array mean = shift == null ? sm : Elementwise.add(sm, tensor(fn, "shift", shift, d));
    Array var =
        Elementwise.subtract(
            Elementwise.multiply(tensor(fn, "variance_ss", varianceSs, d), div),
            Elementwise.square(sm));
    return List.of(mean, var);
  }

  /** {@code tf.nn.weighted_moments(x, axes, frequency_weights, keepdims=False)}. */
  @Fn
  public List<Array> weightedMoments(
      Object x, int[] axes, Object frequencyWeights, @Default("False") boolean keepdims) {
    String fn = "nn.weighted_moments";
    Array v = floating(fn, tensor(fn, "x", x));
    Array w =
        Manipulation.broadcastTo(
            tensor(fn, "frequency_weights", frequencyWeights, v.dtype()), v.shape());
    int[] ax = axes(fn, axes, v.rank());
    Array sw = Reductions.sum(w, ax, true, v.dtype());
    Array mean =
        Elementwise.divide(Reductions.sum(Elementwise.multiply(w, v), ax, true, v.dtype()), sw);
    Array var =
        Elementwise.divide(
            Reductions.sum(
                Elementwise.multiply(w, Elementwise.square(Elementwise.subtract(v, mean))),
                ax,
                true,
                v.dtype()),
            sw);
    if (!keepdims) {
      mean = Manipulation.squeeze(mean, ax);
      var = Manipulation.squeeze(var, ax);
    }
    return List.of(mean, var);
  }

  /**
   * {@code tf.nn.sufficient_statistics(x, axes, shift=None, keepdims=False)}: [count, sum, sum of
   * squares, shift].
   */
  @Fn
  public List<Object> sufficientStatistics(
      Object x, int[] axes, @Default("None") Object shift, @Default("False") boolean keepdims) {
    String fn = "nn.sufficient_statistics";
    Array v = floating(fn, tensor(fn, "x", x));
    int[] ax = axes(fn, axes, v.rank());
    long n = 1;
    for (int a : ax) {
      n *= v.shape().dim(a);
    }
    Array m = v;
    Array sh = shift == null ? null : tensor(fn, "shift", shift, v.dtype());
    if (sh != null) {
      m = Elementwise.subtract(v, sh);
    }
    List<Object> r = new ArrayList<>();
    r.add(scalar((double) n, v.dtype()));
    r.add(Reductions.sum(m, ax, keepdims, v.dtype()));
    r.add(Reductions.sum(Elementwise.square(m), ax, keepdims, v.dtype()));
    r.add(sh);
    return r;
  }

  /**
   * {@code tf.nn.compute_average_loss(per_example_loss, sample_weight=None,
   * global_batch_size=None)}.
   */
  @Fn
  public Array computeAverageLoss(
      Object perExampleLoss,
      @Default("None") Object sampleWeight,
      @Default("None") Long globalBatchSize) {
    String fn = "nn.compute_average_loss";
    Array l = floating(fn, tensor(fn, "per_example_loss", perExampleLoss));
    if (sampleWeight != null) {
      l = Elementwise.multiply(l, tensor(fn, "sample_weight", sampleWeight, l.dtype()));
    }
    long b = globalBatchSize != null ? globalBatchSize : l.rank() == 0 ? 1 : l.shape().dim(0);
    return Elementwise.divide(
        Reductions.sum(l, null, false, l.dtype()), scalar((double) b, l.dtype()));
  }

  /** {@code tf.nn.scale_regularization_loss(regularization_loss)}: the sum (one replica). */
  @Fn
  public Array scaleRegularizationLoss(@P("regularization_loss") Object loss) {
    Array l =
        floating(
            "nn.scale_regularization_loss",
            tensor("nn.scale_regularization_loss", "regularization_loss", loss));
    return Reductions.sum(l, null, false, l.dtype());
  }

  /**
   * {@code tf.nn.local_response_normalization(input, depth_radius=5, bias=1, alpha=1, beta=0.5)}: x
   * / (bias + alpha * sum of squares over a channel window)^beta, on NHWC.
   */
  @Fn({"local_response_normalization", "lrn"})
  public Array localResponseNormalization(
      Object input,
      @Default("5") long depthRadius,
      @Default("1.0") double bias,
      @Default("1.0") double alpha,
      @Default("0.5") double beta) {
    String fn = "nn.local_response_normalization";
    Array x = floating(fn, tensor(fn, "input", input));
    if (x.rank() != 4) {
      throw error(fn, "input must have rank 4 (NHWC); got shape " + x.shape());
    }
    long c = x.shape().dim(3);
    long[][] w = new long[4][2];
    w[3][0] = depthRadius;
    w[3][1] = depthRadius;
    Array sq = ExtraManipulation.pad(Elementwise.square(x), w, "constant", 0);
    Array sum = null;
    for (long i = 0; i <= 2 * depthRadius; i++) {
      long[] start = {0, 0, 0, i};
      long[] stop = x.shape().dims();
      stop[3] = i + c;
      Array part = Manipulation.slice(sq, start, stop, new long[] {1, 1, 1, 1});
      sum = sum == null ? part : Elementwise.add(sum, part);
    }
    Array den =
        Elementwise.pow(
            Elementwise.add(
                scalar(bias, x.dtype()), Elementwise.multiply(scalar(alpha, x.dtype()), sum)),
            scalar(beta, x.dtype()));
    return Elementwise.divide(x, den);
  }

  /** {@code tf.nn.atrous_conv2d(value, filters, rate, padding)}: a dilated conv2d. */
  @Fn
  public Array atrousConv2d(Object value, Object filters, long rate, Object padding) {
    return convolution("nn.atrous_conv2d", value, filters, 1L, padding, DataFormat.NHWC, rate, 2);
  }

  /**
   * {@code tf.nn.separable_conv2d(input, depthwise_filter, pointwise_filter, strides, padding,
   * data_format=None, dilations=None)}: a depthwise conv2d then a 1x1 conv2d.
   */
  @Fn
  public Array separableConv2d(
      Object input,
      Object depthwiseFilter,
      Object pointwiseFilter,
      Object strides,
      Object padding,
      @Default("None") DataFormat dataFormat,
      @Default("None") Object dilations) {
    Array d = depthwiseConv2d(input, depthwiseFilter, strides, padding, dataFormat, dilations);
    return convolution(
        "nn.separable_conv2d", d, pointwiseFilter, 1L, Padding.VALID, dataFormat, null, 2);
  }

  /**
   * {@code tf.nn.pool(input, window_shape, pooling_type, strides=None, padding='VALID',
   * data_format=None, dilations=None)}: "MAX" or "AVG". dilations is accepted and ignored.
   */
  @Fn
  public Array pool(
      Object input,
      Object windowShape,
      PoolingType poolingType,
      @Default("None") Object strides,
      @Default("'VALID'") Object padding,
      @Default("None") DataFormat dataFormat,
      @Default("None") Object dilations) {
    String fn = "nn.pool";
    Array x = tensor(fn, "input", input);
    if (poolingType == null) {
      throw error(fn, "pooling_type must be 'MAX' or 'AVG'; got None");
    }
    boolean max = poolingType == PoolingType.MAX;
    return pool(
        fn, max, x, windowShape, strides == null ? 1L : strides, padding, dataFormat, x.rank() - 2);
  }

  /**
   * {@code tf.nn.batch_norm_with_global_normalization(t, m, v, beta, gamma, variance_epsilon,
   * scale_after_normalization)}.
   */
  @Fn
  public Array batchNormWithGlobalNormalization(
      @P("input") Object t,
      @P("mean") Object m,
      @P("variance") Object v,
      Object beta,
      Object gamma,
      @P("variance_epsilon") double eps,
      boolean scaleAfterNormalization) {
    return batchNormalization(t, m, v, beta, scaleAfterNormalization ? gamma : null, eps);
  }
}
