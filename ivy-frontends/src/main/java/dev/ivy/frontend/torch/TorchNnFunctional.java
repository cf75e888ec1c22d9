package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.KlReduction;
import dev.ivy.Reduction;
import dev.ivy.ResizeMode;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Einsum;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Losses;
import dev.ivy.ops.Pooling;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.P;
import java.util.List;

/**
 * {@code torch.nn.functional}: activations, losses, convolutions, pools and normalisation, reached
 * as {@code TorchFrontend.nn.functional}, with PyTorch's parameter names and defaults. Parameters
 * PyTorch accepts for in-place work ({@code inplace}) are accepted and ignored: results are new
 * arrays.
 */
@Namespace(frontend = "torch", prefix = "nn.functional", path = "TorchFrontend.nn.functional")
public final class TorchNnFunctional extends TorchNnFunctionalDefaults {
  TorchNnFunctional() {}

  /** The reduction the legacy {@code size_average}/{@code reduce} flags ask for, as PyTorch. */
  private static Reduction red(Boolean sizeAverage, Boolean reduce, Reduction reduction) {
    if (sizeAverage == null && reduce == null) {
      return name(reduction);
    }
    boolean r = reduce == null || reduce;
    boolean avg = sizeAverage == null || sizeAverage;
    return !r ? Reduction.NONE : avg ? Reduction.MEAN : Reduction.SUM;
  }

  /** The reduction, which must not be None. */
  private static Reduction name(Reduction reduction) {
    if (reduction == null) {
      throw new IvyArgumentException("reduction must be 'none', 'mean' or 'sum'; got None");
    }
    return reduction;
  }

  /** An array argument that may be None (null): arrays as they are, numbers and lists converted. */
  private static Array arrayOrNull(String fn, String name, Object v) {
    if (v == null || v instanceof Array) {
      return (Array) v;
    }
    if (v instanceof Number || v instanceof Boolean || v instanceof List) {
      return dev.ivy.ops.Conversion.asarray(v, null);
    }
    throw new IvyArgumentException(fn + ": " + name + " must be an array; got " + v);
  }

  // ------------------------------------------------------------------ activations

  /** Returns max(input, 0) (torch.nn.functional.relu). */
  @Fn
  public Array relu(Array input, @Default("False") boolean inplace) {
    return Activations.relu(input);
  }

  /** Returns min(max(input, 0), 6) (torch.nn.functional.relu6). */
  @Fn
  public Array relu6(Array input, @Default("False") boolean inplace) {
    return Activations.relu6(input);
  }

  /** Returns the scaled ELU (torch.nn.functional.selu). */
  @Fn
  public Array selu(Array input, @Default("False") boolean inplace) {
    return Activations.selu(input);
  }

  /** Returns input * sigmoid(input) (torch.nn.functional.silu). */
  @Fn
  public Array silu(Array input, @Default("False") boolean inplace) {
    return Activations.silu(input);
  }

  /** Returns input * tanh(softplus(input)) (torch.nn.functional.mish). */
  @Fn
  public Array mish(Array input, @Default("False") boolean inplace) {
    return Activations.mish(input);
  }

  /** Returns the piecewise-linear sigmoid (torch.nn.functional.hardsigmoid). */
  @Fn
  public Array hardsigmoid(Array input, @Default("False") boolean inplace) {
    return Activations.hardSigmoid(input);
  }

  /** Returns input * hardsigmoid(input) (torch.nn.functional.hardswish). */
  @Fn
  public Array hardswish(Array input, @Default("False") boolean inplace) {
    return Activations.hardSwish(input);
  }

  /** Returns the logistic sigmoid; integers give float32 (torch.nn.functional.sigmoid). */
  @Fn
  public Array sigmoid(Array input) {
    return Activations.sigmoid(TorchTypes.floating(input));
  }

  /** Returns tanh; integers give float32 (torch.nn.functional.tanh). */
  @Fn
  public Array tanh(Array input) {
    return Elementwise.tanh(TorchTypes.floating(input));
  }

  /** Returns log(sigmoid(input)) (torch.nn.functional.logsigmoid). */
  @Fn
  public Array logsigmoid(Array input) {
    return TorchNn.logsigmoid(input);
  }

  /** Returns input / (1 + |input|) (torch.nn.functional.softsign). */
  @Fn
  public Array softsign(Array input) {
    return TorchNn.softsign(input);
  }

  /** Returns input - tanh(input) (torch.nn.functional.tanhshrink). */
  @Fn
  public Array tanhshrink(Array input) {
    return TorchNn.tanhshrink(input);
  }

  /** Returns the ELU with {@code alpha} (torch.nn.functional.elu). */
  @Fn
  public Array elu(Array input, @Default("1.0") double alpha, @Default("False") boolean inplace) {
    return Activations.elu(input, alpha);
  }

  /** Returns the CELU with {@code alpha} (torch.nn.functional.celu). */
  @Fn
  public Array celu(Array input, @Default("1.0") double alpha, @Default("False") boolean inplace) {
    return TorchNn.celu(input, alpha);
  }

  /** Returns leaky ReLU with {@code negativeSlope} (torch.nn.functional.leaky_relu). */
  @Fn
  public Array leakyRelu(
      Array input, @Default("0.01") double negativeSlope, @Default("False") boolean inplace) {
    return Activations.leakyRelu(input, negativeSlope);
  }

  /**
   * Returns the randomized leaky ReLU in evaluation mode: the slope is (lower + upper) / 2
   * (torch.nn.functional.rrelu).
   *
   * @throws IvyArgumentException if {@code training} is true (random slopes are not supported)
   */
  @Fn
  public Array rrelu(
      Array input,
      @Default("0.125") double lower,
      @Default("0.3333333333333333") double upper,
      @Default("False") boolean training,
      @Default("False") boolean inplace) {
    if (training) {
      throw new IvyArgumentException("rrelu: training=True draws random slopes; not supported");
    }
    return Activations.leakyRelu(input, (lower + upper) / 2);
  }

  /** Returns GELU; {@code approximate} is "none" (erf) or "tanh" (torch.nn.functional.gelu). */
  @Fn
  public Array gelu(Array input, @Default("'none'") GeluApproximate approximate) {
    return TorchNn.gelu(input, approximate);
  }

  /** Returns log(1 + exp(beta x)) / beta, linear above threshold (torch.nn.functional.softplus). */
  @Fn
  public Array softplus(
      Array input, @Default("1.0") double beta, @Default("20.0") double threshold) {
    return Activations.softplus(input, beta, threshold);
  }

  /** Returns input where |input| > lambd, else 0 (torch.nn.functional.hardshrink). */
  @Fn
  public Array hardshrink(Array input, @Default("0.5") double lambd) {
    return TorchNn.hardshrink(input, lambd);
  }

  /** Returns input shrunk towards 0 by lambd (torch.nn.functional.softshrink). */
  @Fn
  public Array softshrink(Array input, @Default("0.5") double lambd) {
    return TorchNn.softshrink(input, lambd);
  }

  /** Returns input clamped to [minVal, maxVal] (torch.nn.functional.hardtanh). */
  @Fn
  public Array hardtanh(
      Array input,
      @Default("-1.0") double minVal,
      @Default("1.0") double maxVal,
      @Default("False") boolean inplace) {
    return TorchNn.hardtanh(input, minVal, maxVal);
  }

  /** Returns input where input > threshold, else value (torch.nn.functional.threshold). */
  @Fn
  public Array threshold(
      Array input, double threshold, double value, @Default("False") boolean inplace) {
    return TorchNn.threshold(input, threshold, value);
  }

  /** Returns PReLU with learned slopes {@code weight} (torch.nn.functional.prelu). */
  @Fn
  public Array prelu(Array input, Array weight) {
    return TorchNn.prelu(input, weight);
  }

  /** Returns the gated linear unit along {@code dim} (torch.nn.functional.glu). */
  @Fn
  public Array glu(Array input, @Default("-1") int dim) {
    return TorchNn.glu(input, dim);
  }

  /** Returns the softmax along {@code dim} (torch.nn.functional.softmax). */
  @Fn
  public Array softmax(
      Array input,
      @Default("None") Integer dim,
      @P("_stacklevel") @Default("3") int stacklevel,
      @Default("None") DType dtype) {
    return TorchNn.softmax(input, dim, dtype, false);
  }

  /** Returns the log-softmax along {@code dim} (torch.nn.functional.log_softmax). */
  @Fn
  public Array logSoftmax(
      Array input,
      @Default("None") Integer dim,
      @P("_stacklevel") @Default("3") int stacklevel,
      @Default("None") DType dtype) {
    return TorchNn.softmax(input, dim, dtype, true);
  }

  /** Returns the softmax of -input along {@code dim} (torch.nn.functional.softmin). */
  @Fn
  public Array softmin(
      Array input,
      @Default("None") Integer dim,
      @P("_stacklevel") @Default("3") int stacklevel,
      @Default("None") DType dtype) {
    return TorchNn.softmax(Elementwise.negative(input), dim, dtype, false);
  }

  // ------------------------------------------------------------------ distances, linear

  /** Returns input divided by its p-norm along dim (torch.nn.functional.normalize). */
  @Fn
  public Array normalize(
      Array input, @Default("2.0") double p, @Default("1") int dim, @Default("1e-12") double eps) {
    return TorchNn.normalize(input, p, dim, eps);
  }

  /** Returns the cosine similarity along dim (torch.nn.functional.cosine_similarity). */
  @Fn
  public Array cosineSimilarity(
      Array x1, Array x2, @Default("1") int dim, @Default("1e-08") double eps) {
    return TorchNn.cosineSimilarity(x1, x2, dim, eps);
  }

  /** Returns the p-norm distance of the rows (torch.nn.functional.pairwise_distance). */
  @Fn
  public Array pairwiseDistance(
      Array x1,
      Array x2,
      @Default("2.0") double p,
      @Default("1e-06") double eps,
      @Default("False") boolean keepdim) {
    return TorchNn.pairwiseDistance(x1, x2, p, eps, keepdim);
  }

  /** Returns {@code input @ weight.T + bias}, bias optional (torch.nn.functional.linear). */
  @Fn
  public Array linear(Array input, Array weight, @Default("None") Array bias) {
    return dev.ivy.ops.Attention.linear(input, weight, bias);
  }

  /** Returns {@code x1 A x2 + b} per output feature (torch.nn.functional.bilinear). */
  @Fn
  public Array bilinear(Array input1, Array input2, Array weight, @Default("None") Array bias) {
    Array r = Einsum.einsum("...i,oij,...j->...o", input1, weight, input2);
    return bias == null ? r : Elementwise.add(r, bias);
  }

  // ------------------------------------------------------------------ dropout, embedding

  /** Returns input with elements zeroed with probability p (torch.nn.functional.dropout). */
  @Fn
  public Array dropout(
      Array input,
      @Default("0.5") double p,
      @Default("True") boolean training,
      @Default("False") boolean inplace) {
    return TorchNn.dropout(input, p, training);
  }

  /**
   * Returns input with whole channels zeroed with probability p and the rest scaled by 1 / (1 - p):
   * (C, L) or (N, C, L) (torch.nn.functional.dropout1d).
   */
  @Fn
  public Array dropout1d(
      Array input,
      @Default("0.5") double p,
      @Default("True") boolean training,
      @Default("False") boolean inplace) {
    return TorchNn.channelDropout("dropout1d", input, p, training, false, 2, 3);
  }

  /**
   * Returns input with whole channels zeroed with probability p and the rest scaled by 1 / (1 - p):
   * (N, C, H, W), or (N, C, L) as PyTorch reads a 3-d input (torch.nn.functional.dropout2d).
   */
  @Fn
  public Array dropout2d(
      Array input,
      @Default("0.5") double p,
      @Default("True") boolean training,
      @Default("False") boolean inplace) {
    return TorchNn.channelDropout("dropout2d", input, p, training, false, 3, 4);
  }

  /**
   * Returns input with whole channels zeroed with probability p and the rest scaled by 1 / (1 - p):
   * (C, D, H, W) or (N, C, D, H, W) (torch.nn.functional.dropout3d).
   */
  @Fn
  public Array dropout3d(
      Array input,
      @Default("0.5") double p,
      @Default("True") boolean training,
      @Default("False") boolean inplace) {
    return TorchNn.channelDropout("dropout3d", input, p, training, false, 4, 5);
  }

  /**
   * Returns input with elements set to SELU's negative saturation with probability p, then an
   * affine map that keeps zero mean and unit variance (torch.nn.functional.alpha_dropout); the
   * input itself when not training.
   */
  @Fn
  public Array alphaDropout(
      Array input,
      @Default("0.5") double p,
      @Default("False") boolean training,
      @Default("False") boolean inplace) {
    return TorchNn.channelDropout("alpha_dropout", input, p, training, true, 0, 0);
  }

  /**
   * Returns alpha dropout of whole channels of (N, C, ...)
   * (torch.nn.functional.feature_alpha_dropout); the input itself when not training.
   */
  @Fn
  public Array featureAlphaDropout(
      Array input,
      @Default("0.5") double p,
      @Default("False") boolean training,
      @Default("False") boolean inplace) {
    return TorchNn.channelDropout("feature_alpha_dropout", input, p, training, true, 2, -1);
  }

  /**
   * Returns the rows of {@code weight} at {@code input}, renormalised to maxNorm when given
   * (torch.nn.functional.embedding); the gradient options are accepted and ignored.
   */
  @Fn
  public Array embedding(
      Array input,
      Array weight,
      @Default("None") Long paddingIdx,
      @Default("None") Double maxNorm,
      @Default("2.0") double normType,
      @Default("False") boolean scaleGradByFreq,
      @Default("False") boolean sparse) {
    return TorchNn.embedding(input, weight, maxNorm);
  }

  /**
   * Returns the int64 one-hot encoding of int64 {@code tensor}; {@code numClasses} -1 means the
   * largest value plus one (torch.nn.functional.one_hot).
   *
   * @throws IvyArgumentException if a value is negative or not below numClasses
   */
  @Fn
  public Array oneHot(Array tensor, @Default("-1") long numClasses) {
    return TorchSearch.oneHot(tensor, numClasses);
  }

  // ------------------------------------------------------------------ shapes of images

  /**
   * Returns {@code input} padded; {@code pad} lists (before, after) pairs from the last dimension
   * backwards, and mode is "constant", "reflect", "replicate" or "circular"
   * (torch.nn.functional.pad).
   */
  @Fn
  public Array pad(
      Array input, long[] pad, @Default("'constant'") PadMode mode, @Default("None") Number value) {
    return TorchNn.pad(input, Checks.given("pad", "pad", pad, "an integer"), mode, value);
  }

  /**
   * Returns [N, C*r*r, H, W] rearranged to [N, C, H*r, W*r] (torch.nn.functional.pixel_shuffle).
   */
  @Fn
  public Array pixelShuffle(Array input, long upscaleFactor) {
    return TorchNn.pixelShuffle(input, upscaleFactor);
  }

  /** Returns the inverse of pixel_shuffle (torch.nn.functional.pixel_unshuffle). */
  @Fn
  public Array pixelUnshuffle(Array input, long downscaleFactor) {
    return TorchNn.pixelUnshuffle(input, downscaleFactor);
  }

  /**
   * Returns every sliding block of an NCHW input as a column (torch.nn.functional.unfold, im2col);
   * sizes are an int or a pair.
   */
  @Fn
  public Array unfold(
      Array input,
      Object kernelSize,
      @Default("1") Object dilation,
      @Default("0") Object padding,
      @Default("1") Object stride) {
    return TorchNn.unfold(input, kernelSize, dilation, padding, stride);
  }

  /**
   * Returns the sum of blocks placed back into an image of {@code outputSize}
   * (torch.nn.functional.fold, col2im); sizes are an int or a pair.
   */
  @Fn
  public Array fold(
      Array input,
      Object outputSize,
      Object kernelSize,
      @Default("1") Object dilation,
      @Default("0") Object padding,
      @Default("1") Object stride) {
    return TorchNn.fold(input, outputSize, kernelSize, dilation, padding, stride);
  }

  /**
   * Returns {@code input} resized to {@code size} or by {@code scaleFactor} with {@code mode}
   * ("nearest", "nearest-exact", "linear", "bilinear", "trilinear", "area")
   * (torch.nn.functional.interpolate).
   */
  @Fn
  public Array interpolate(
      Array input,
      @Default("None") Object size,
      @Default("None") Object scaleFactor,
      @Default("'nearest'") ResizeMode mode,
      @Default("None") Boolean alignCorners,
      @Default("None") Boolean recomputeScaleFactor,
      @Default("False") boolean antialias) {
    return TorchNn.interpolate(
        input, size, scaleFactor, mode, alignCorners, recomputeScaleFactor, antialias);
  }

  /** Returns interpolate(...) (torch.nn.functional.upsample, deprecated in PyTorch). */
  @Fn
  public Array upsample(
      Array input,
      @Default("None") Object size,
      @Default("None") Object scaleFactor,
      @Default("'nearest'") ResizeMode mode,
      @Default("None") Boolean alignCorners) {
    return TorchNn.interpolate(input, size, scaleFactor, mode, alignCorners, null, false);
  }

  // ------------------------------------------------------------------ convolutions

  /** Returns the NCL 1-D convolution with OIL weights (torch.nn.functional.conv1d). */
  @Fn
  public Array conv1d(
      Array input,
      Array weight,
      @Default("None") Array bias,
      @Default("1") Object stride,
      @Default("0") Object padding,
      @Default("1") Object dilation,
      @Default("1") long groups) {
    return TorchNn.conv("conv1d", 1, input, weight, bias, stride, padding, dilation, groups);
  }

  /**
   * Returns the NCHW 2-D convolution with OIHW weights (torch.nn.functional.conv2d); padding is an
   * int, a pair, "valid" or "same".
   */
  @Fn
  public Array conv2d(
      Array input,
      Array weight,
      @Default("None") Array bias,
      @Default("1") Object stride,
      @Default("0") Object padding,
      @Default("1") Object dilation,
      @Default("1") long groups) {
    return TorchNn.conv("conv2d", 2, input, weight, bias, stride, padding, dilation, groups);
  }

  /** Returns the NCDHW 3-D convolution with OIDHW weights (torch.nn.functional.conv3d). */
  @Fn
  public Array conv3d(
      Array input,
      Array weight,
      @Default("None") Array bias,
      @Default("1") Object stride,
      @Default("0") Object padding,
      @Default("1") Object dilation,
      @Default("1") long groups) {
    return TorchNn.conv("conv3d", 3, input, weight, bias, stride, padding, dilation, groups);
  }

  /** Returns the 1-D transposed convolution (torch.nn.functional.conv_transpose1d). */
  @Fn
  public Array convTranspose1d(
      Array input,
      Array weight,
      @Default("None") Array bias,
      @Default("1") Object stride,
      @Default("0") Object padding,
      @Default("0") Object outputPadding,
      @Default("1") long groups,
      @Default("1") Object dilation) {
    return TorchNn.convTranspose(
        "conv_transpose1d",
        1,
        input,
        weight,
        bias,
        stride,
        padding,
        outputPadding,
        groups,
        dilation);
  }

  /** Returns the 2-D transposed convolution (torch.nn.functional.conv_transpose2d). */
  @Fn
  public Array convTranspose2d(
      Array input,
      Array weight,
      @Default("None") Array bias,
      @Default("1") Object stride,
      @Default("0") Object padding,
      @Default("0") Object outputPadding,
      @Default("1") long groups,
      @Default("1") Object dilation) {
    return TorchNn.convTranspose(
        "conv_transpose2d",
        2,
        input,
        weight,
        bias,
        stride,
        padding,
        outputPadding,
        groups,
        dilation);
  }

  /** Returns the 3-D transposed convolution (torch.nn.functional.conv_transpose3d). */
  @Fn
  public Array convTranspose3d(
      Array input,
      Array weight,
      @Default("None") Array bias,
      @Default("1") Object stride,
      @Default("0") Object padding,
      @Default("0") Object outputPadding,
      @Default("1") long groups,
      @Default("1") Object dilation) {
    return TorchNn.convTranspose(
        "conv_transpose3d",
        3,
        input,
        weight,
        bias,
        stride,
        padding,
        outputPadding,
        groups,
        dilation);
  }

  // ------------------------------------------------------------------ pools

  private static Array maxPool(
      int n,
      Array input,
      Object kernelSize,
      Object stride,
      Object padding,
      Object dilation,
      boolean ceilMode,
      boolean returnIndices) {
    if (returnIndices) {
      throw new IvyArgumentException("max_pool" + n + "d: return_indices=True is not supported");
    }
    return TorchNn.maxPool(n, input, kernelSize, stride, padding, dilation, ceilMode);
  }

  /**
   * Returns the 1-D max pool; stride None means the kernel size (torch.nn.functional.max_pool1d).
   *
   * @throws IvyArgumentException if {@code returnIndices} is true (not supported)
   */
  @Fn
  public Array maxPool1d(
      Array input,
      Object kernelSize,
      @Default("None") Object stride,
      @Default("0") Object padding,
      @Default("1") Object dilation,
      @Default("False") boolean ceilMode,
      @Default("False") boolean returnIndices) {
    return maxPool(1, input, kernelSize, stride, padding, dilation, ceilMode, returnIndices);
  }

  /**
   * Returns the NCHW 2-D max pool; stride None means the kernel size
   * (torch.nn.functional.max_pool2d).
   *
   * @throws IvyArgumentException if {@code returnIndices} is true (not supported)
   */
  @Fn
  public Array maxPool2d(
      Array input,
      Object kernelSize,
      @Default("None") Object stride,
      @Default("0") Object padding,
      @Default("1") Object dilation,
      @Default("False") boolean ceilMode,
      @Default("False") boolean returnIndices) {
    return maxPool(2, input, kernelSize, stride, padding, dilation, ceilMode, returnIndices);
  }

  /**
   * Returns the 3-D max pool; stride None means the kernel size (torch.nn.functional.max_pool3d).
   *
   * @throws IvyArgumentException if {@code returnIndices} is true (not supported)
   */
  @Fn
  public Array maxPool3d(
      Array input,
      Object kernelSize,
      @Default("None") Object stride,
      @Default("0") Object padding,
      @Default("1") Object dilation,
      @Default("False") boolean ceilMode,
      @Default("False") boolean returnIndices) {
    return maxPool(3, input, kernelSize, stride, padding, dilation, ceilMode, returnIndices);
  }

  /** Returns the 1-D average pool (torch.nn.functional.avg_pool1d). */
  @Fn
  public Array avgPool1d(
      Array input,
      Object kernelSize,
      @Default("None") Object stride,
      @Default("0") Object padding,
      @Default("False") boolean ceilMode,
      @Default("True") boolean countIncludePad) {
    return TorchNn.avgPool(1, input, kernelSize, stride, padding, ceilMode, countIncludePad, null);
  }

  /**
   * Returns the NCHW 2-D average pool; stride None means the kernel size
   * (torch.nn.functional.avg_pool2d).
   */
  @Fn
  public Array avgPool2d(
      Array input,
      Object kernelSize,
      @Default("None") Object stride,
      @Default("0") Object padding,
      @Default("False") boolean ceilMode,
      @Default("True") boolean countIncludePad,
      @Default("None") Long divisorOverride) {
    return TorchNn.avgPool(
        2, input, kernelSize, stride, padding, ceilMode, countIncludePad, divisorOverride);
  }

  /** Returns the 3-D average pool (torch.nn.functional.avg_pool3d). */
  @Fn
  public Array avgPool3d(
      Array input,
      Object kernelSize,
      @Default("None") Object stride,
      @Default("0") Object padding,
      @Default("False") boolean ceilMode,
      @Default("True") boolean countIncludePad,
      @Default("None") Long divisorOverride) {
    return TorchNn.avgPool(
        3, input, kernelSize, stride, padding, ceilMode, countIncludePad, divisorOverride);
  }

  /** Returns the 1-D adaptive average pool (torch.nn.functional.adaptive_avg_pool1d). */
  @Fn
  public Array adaptiveAvgPool1d(Array input, Object outputSize) {
    return Pooling.adaptiveAvgPool1d(input, TorchNn.outputSize(outputSize, 1, input));
  }

  /** Returns the 2-D adaptive average pool (torch.nn.functional.adaptive_avg_pool2d). */
  @Fn
  public Array adaptiveAvgPool2d(Array input, Object outputSize) {
    return Pooling.adaptiveAvgPool2d(input, TorchNn.outputSize(outputSize, 2, input));
  }

  /**
   * Returns the 1-D adaptive max pool (torch.nn.functional.adaptive_max_pool1d); return_indices is
   * accepted and ignored.
   */
  @Fn
  public Array adaptiveMaxPool1d(
      Array input, Object outputSize, @Default("False") boolean returnIndices) {
    return Pooling.adaptiveMaxPool1d(input, TorchNn.outputSize(outputSize, 1, input));
  }

  /**
   * Returns the 2-D adaptive max pool (torch.nn.functional.adaptive_max_pool2d); return_indices is
   * accepted and ignored.
   */
  @Fn
  public Array adaptiveMaxPool2d(
      Array input, Object outputSize, @Default("False") boolean returnIndices) {
    return Pooling.adaptiveMaxPool2d(input, TorchNn.outputSize(outputSize, 2, input));
  }

  /** Returns the 1-D power-average pool (torch.nn.functional.lp_pool1d). */
  @Fn
  public Array lpPool1d(
      Array input,
      double normType,
      Object kernelSize,
      @Default("None") Object stride,
      @Default("False") boolean ceilMode) {
    return TorchNn.lpPool(1, input, normType, kernelSize, stride, ceilMode);
  }

  /** Returns the 2-D power-average pool (torch.nn.functional.lp_pool2d). */
  @Fn
  public Array lpPool2d(
      Array input,
      double normType,
      Object kernelSize,
      @Default("None") Object stride,
      @Default("False") boolean ceilMode) {
    return TorchNn.lpPool(2, input, normType, kernelSize, stride, ceilMode);
  }

  // ------------------------------------------------------------------ normalisation

  /**
   * Returns batch normalisation over dimension 1 (torch.nn.functional.batch_norm); the running
   * statistics are arrays or null (None, with training).
   */
  @Fn
  public Array batchNorm(
      Array input,
      Object runningMean,
      Object runningVar,
      @Default("None") Array weight,
      @Default("None") Array bias,
      @Default("False") boolean training,
      @Default("0.1") double momentum,
      @Default("1e-05") double eps) {
    return TorchNn.batchNorm(
        input,
        arrayOrNull("batch_norm", "running_mean", runningMean),
        arrayOrNull("batch_norm", "running_var", runningVar),
        weight,
        bias,
        training,
        momentum,
        eps);
  }

  /** Returns group normalisation over {@code numGroups} groups (torch.nn.functional.group_norm). */
  @Fn
  public Array groupNorm(
      Array input,
      long numGroups,
      @Default("None") Array weight,
      @Default("None") Array bias,
      @Default("1e-05") double eps) {
    return TorchNn.groupNorm(input, numGroups, weight, bias, eps);
  }

  /**
   * Returns instance normalisation with the input's statistics (torch.nn.functional.instance_norm);
   * running statistics and momentum are accepted and ignored.
   */
  @Fn
  public Array instanceNorm(
      Array input,
      @Default("None") Array runningMean,
      @Default("None") Array runningVar,
      @Default("None") Array weight,
      @Default("None") Array bias,
      @Default("True") boolean useInputStats,
      @Default("0.1") double momentum,
      @Default("1e-05") double eps) {
    return TorchNn.instanceNorm(input, weight, bias, eps);
  }

  /**
   * Returns layer normalisation over the trailing {@code normalizedShape}
   * (torch.nn.functional.layer_norm).
   */
  @Fn
  public Array layerNorm(
      Array input,
      long[] normalizedShape,
      @Default("None") Array weight,
      @Default("None") Array bias,
      @Default("1e-05") double eps) {
    return TorchNn.layerNorm(
        input,
        Checks.given("layer_norm", "normalized_shape", normalizedShape, "an integer"),
        weight,
        bias,
        eps);
  }

  /** Returns local response normalisation (torch.nn.functional.local_response_norm). */
  @Fn
  public Array localResponseNorm(
      Array input,
      long size,
      @Default("0.0001") double alpha,
      @Default("0.75") double beta,
      @Default("1.0") double k) {
    return TorchNn.localResponseNorm(input, size, alpha, beta, k);
  }

  // ------------------------------------------------------------------ losses

  /**
   * Returns the mean squared error with {@code reduction} {@link Reduction#MEAN} (by name "mean"),
   * SUM or NONE (torch.nn.functional.mse_loss); the legacy size_average/reduce flags override it.
   */
  @Fn
  public Array mseLoss(
      Array input,
      Array target,
      @Default("None") Boolean sizeAverage,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction) {
    return Losses.mseLoss(input, target, red(sizeAverage, reduce, reduction).lower());
  }

  /** Returns the mean absolute error (torch.nn.functional.l1_loss). */
  @Fn
  public Array l1Loss(
      Array input,
      Array target,
      @Default("None") Boolean sizeAverage,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction) {
    return Losses.l1Loss(input, target, red(sizeAverage, reduce, reduction).lower());
  }

  /** Returns the smooth L1 loss (torch.nn.functional.smooth_l1_loss). */
  @Fn
  public Array smoothL1Loss(
      Array input,
      Array target,
      @Default("None") Boolean sizeAverage,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction,
      @Default("1.0") double beta) {
    return Losses.smoothL1Loss(input, target, red(sizeAverage, reduce, reduction).lower(), beta);
  }

  /** Returns the Huber loss (torch.nn.functional.huber_loss). */
  @Fn
  public Array huberLoss(
      Array input,
      Array target,
      @Default("'mean'") Reduction reduction,
      @Default("1.0") double delta) {
    return Losses.huberLoss(input, target, name(reduction).lower(), delta);
  }

  /**
   * Returns the binary cross entropy of probabilities (torch.nn.functional.binary_cross_entropy).
   */
  @Fn
  public Array binaryCrossEntropy(
      Array input,
      Array target,
      @Default("None") Array weight,
      @Default("None") Boolean sizeAverage,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction) {
    return Losses.binaryCrossEntropy(
        input, target, weight, red(sizeAverage, reduce, reduction).lower());
  }

  /**
   * Returns the binary cross entropy of logits
   * (torch.nn.functional.binary_cross_entropy_with_logits).
   */
  @Fn
  public Array binaryCrossEntropyWithLogits(
      Array input,
      Array target,
      @Default("None") Array weight,
      @Default("None") Boolean sizeAverage,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction,
      @Default("None") Array posWeight) {
    return Losses.binaryCrossEntropyWithLogits(
        input, target, weight, red(sizeAverage, reduce, reduction).lower(), posWeight);
  }

  /**
   * Returns the cross entropy of logits {@code input} [N, C, ...] and class indices or
   * probabilities (torch.nn.functional.cross_entropy).
   */
  @Fn
  public Array crossEntropy(
      Array input,
      Array target,
      @Default("None") Array weight,
      @Default("None") Boolean sizeAverage,
      @Default("-100") long ignoreIndex,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction,
      @Default("0.0") double labelSmoothing) {
    return TorchNn.crossEntropy(
        input, target, weight, ignoreIndex, red(sizeAverage, reduce, reduction), labelSmoothing);
  }

  /** Returns the negative log likelihood of log-probabilities (torch.nn.functional.nll_loss). */
  @Fn
  public Array nllLoss(
      Array input,
      Array target,
      @Default("None") Array weight,
      @Default("None") Boolean sizeAverage,
      @Default("-100") long ignoreIndex,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction) {
    return Losses.nllLoss(
        input, target, weight, ignoreIndex, red(sizeAverage, reduce, reduction).lower());
  }

  /**
   * Returns the KL divergence of log-probabilities (torch.nn.functional.kl_div); {@code reduction}
   * is a {@link KlReduction}, as it alone also takes "batchmean".
   */
  @Fn
  public Array klDiv(
      Array input,
      Array target,
      @Default("None") Boolean sizeAverage,
      @Default("None") Boolean reduce,
      @Default("'mean'") KlReduction reduction,
      @Default("False") boolean logTarget) {
    String r =
        sizeAverage == null && reduce == null
            ? Checks.given("kl_div", "reduction", reduction, KlReduction.class).lower()
            : red(sizeAverage, reduce, Reduction.MEAN).lower();
    return Losses.klDiv(input, target, r, logTarget);
  }

  /** Returns the hinge embedding loss (torch.nn.functional.hinge_embedding_loss). */
  @Fn
  public Array hingeEmbeddingLoss(
      Array input,
      Array target,
      @Default("1.0") double margin,
      @Default("None") Boolean sizeAverage,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction) {
    return TorchNn.hingeEmbeddingLoss(input, target, margin, red(sizeAverage, reduce, reduction));
  }

  /** Returns the margin ranking loss (torch.nn.functional.margin_ranking_loss). */
  @Fn
  public Array marginRankingLoss(
      Array input1,
      Array input2,
      Array target,
      @Default("0.0") double margin,
      @Default("None") Boolean sizeAverage,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction) {
    return TorchNn.marginRankingLoss(
        input1, input2, target, margin, red(sizeAverage, reduce, reduction));
  }

  /** Returns the Gaussian negative log likelihood (torch.nn.functional.gaussian_nll_loss). */
  @Fn
  public Array gaussianNllLoss(
      Array input,
      Array target,
      Array var,
      @Default("False") boolean full,
      @Default("1e-06") double eps,
      @Default("'mean'") Reduction reduction) {
    return TorchNn.gaussianNllLoss(input, target, var, full, eps, name(reduction));
  }

  /** Returns the Poisson negative log likelihood (torch.nn.functional.poisson_nll_loss). */
  @Fn
  public Array poissonNllLoss(
      Array input,
      Array target,
      @Default("True") boolean logInput,
      @Default("False") boolean full,
      @Default("None") Boolean sizeAverage,
      @Default("1e-08") double eps,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction) {
    return TorchNn.poissonNllLoss(
        input, target, logInput, full, eps, red(sizeAverage, reduce, reduction));
  }

  /** Returns the triplet margin loss (torch.nn.functional.triplet_margin_loss). */
  @Fn
  public Array tripletMarginLoss(
      Array anchor,
      Array positive,
      Array negative,
      @Default("1.0") double margin,
      @Default("2") double p,
      @Default("1e-06") double eps,
      @Default("False") boolean swap,
      @Default("None") Boolean sizeAverage,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction) {
    return TorchNn.tripletMarginLoss(
        anchor, positive, negative, margin, p, eps, swap, red(sizeAverage, reduce, reduction));
  }

  /** Returns the soft margin loss (torch.nn.functional.soft_margin_loss). */
  @Fn
  public Array softMarginLoss(
      Array input,
      Array target,
      @Default("None") Boolean sizeAverage,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction) {
    return TorchNn.softMarginLoss(input, target, red(sizeAverage, reduce, reduction));
  }

  /** Returns the multi-label soft margin loss (torch.nn.functional.multilabel_soft_margin_loss). */
  @Fn
  public Array multilabelSoftMarginLoss(
      Array input,
      Array target,
      @Default("None") Array weight,
      @Default("None") Boolean sizeAverage,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction) {
    return TorchNn.multilabelSoftMarginLoss(
        input, target, weight, red(sizeAverage, reduce, reduction));
  }

  /** Returns the cosine embedding loss (torch.nn.functional.cosine_embedding_loss). */
  @Fn
  public Array cosineEmbeddingLoss(
      Array input1,
      Array input2,
      Array target,
      @Default("0.0") double margin,
      @Default("None") Boolean sizeAverage,
      @Default("None") Boolean reduce,
      @Default("'mean'") Reduction reduction) {
    return TorchNn.cosineEmbeddingLoss(
        input1, input2, target, margin, red(sizeAverage, reduce, reduction));
  }

  /**
   * Returns the channels of input [N, C, *] regrouped: split into {@code groups} groups and
   * interleaved (torch.nn.functional.channel_shuffle).
   */
  @Fn
  public Array channelShuffle(Array input, long groups) {
    return TorchExtras.channelShuffle(input, groups);
  }

  /**
   * Returns softmax(q kᵀ · scale + mask) v over the last two axes (torch.nn.functional
   * .scaled_dot_product_attention): a bool {@code attnMask} keeps the places that are true, a float
   * one is added; {@code isCausal} masks the future; {@code scale} defaults to 1/√E; dropout
   * applies when {@code dropoutP} is positive. Fully masked rows give 0.
   */
  @Fn
  public Array scaledDotProductAttention(
      Array query,
      Array key,
      Array value,
      @Default("None") Array attnMask,
      @Default("0.0") double dropoutP,
      @Default("False") boolean isCausal,
      @Default("None") Double scale) {
    return dev.ivy.ops.Attention.scaledDotProductAttention(
        query, key, value, scale, attnMask, dropoutP, isCausal, dropoutP > 0);
  }
}
