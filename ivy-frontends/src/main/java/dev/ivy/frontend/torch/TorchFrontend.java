package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Einsum;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Losses;
import java.util.List;

/**
 * The PyTorch frontend: {@code torch.*}, {@code torch.nn.functional} and {@code torch.linalg} with
 * PyTorch's argument order, defaults and dtype rules, composed of core functions. Arrays are core
 * {@link Array}s; {@link Tensor} wraps one with {@code torch.Tensor}'s methods.
 *
 * <p>Dtype rules: tensors promote as {@code torch.result_type} (an integer tensor with a floating
 * one gives the floating dtype; a Python float with an integer tensor gives float32; zero-dim
 * tensors and Python scalars do not widen a dimensioned tensor of the same kind); float32 and int64
 * are the creation defaults; {@code div} is true division; {@code var}/{@code std} are unbiased.
 *
 * <pre>{@code
 * Array x = Ivy.array(new long[] {0, 2}, 2);
 * TorchFrontend.nn.functional.oneHot(x, 3);  // int64 [[1, 0, 0], [0, 0, 1]]
 * TorchFrontend.div(x, 4L);                   // float32 [0.0, 0.5]
 * }</pre>
 *
 * <p>Every function is also registered by its dotted name in the {@code torch} namespace of the
 * {@link dev.ivy.registry.FunctionRegistry} (see {@link TorchFunctions}).
 */
public final class TorchFrontend {
  private TorchFrontend() {}

  /** {@code torch.nn}. */
  public static final Nn nn = new Nn();

  /** {@code torch.linalg}. */
  public static final LinalgNs linalg = new LinalgNs();

  // ------------------------------------------------------------------ pointwise

  /**
   * Returns {@code input + alpha * other} (torch.add).
   *
   * @param input a tensor or a number
   * @param other a tensor or a number
   * @param alpha the multiplier of {@code other}
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array add(Object input, Object other, Number alpha) {
    return TorchMath.add(input, other, alpha);
  }

  /** Returns {@code input + other} (torch.add). */
  public static Array add(Object input, Object other) {
    return TorchMath.add(input, other, 1L);
  }

  /** Returns {@code input - other} (torch.sub). */
  public static Array sub(Object input, Object other) {
    return TorchMath.sub(input, other, 1L);
  }

  /** Returns {@code input * other} (torch.mul). */
  public static Array mul(Object input, Object other) {
    return TorchMath.binary(input, other, Elementwise::multiply);
  }

  /** Returns the true quotient (torch.div); integer operands give float32. */
  public static Array div(Object input, Object other) {
    return TorchMath.div(input, other, null);
  }

  /**
   * Returns the quotient rounded as {@code roundingMode} says (torch.div).
   *
   * @param roundingMode null (true division), "trunc" or "floor"
   * @throws dev.ivy.errors.IvyArgumentException for another rounding mode
   */
  public static Array div(Object input, Object other, String roundingMode) {
    return TorchMath.div(input, other, roundingMode);
  }

  /** Returns the floored quotient (torch.floor_divide); integers stay integers. */
  public static Array floorDivide(Object input, Object other) {
    return TorchMath.binary(input, other, Elementwise::floorDivide);
  }

  /** Returns the remainder with the divisor's sign (torch.remainder). */
  public static Array remainder(Object input, Object other) {
    return TorchMath.remainder(input, other);
  }

  /** Returns the remainder with the dividend's sign (torch.fmod). */
  public static Array fmod(Object input, Object other) {
    return TorchMath.fmod(input, other);
  }

  /** Returns {@code input ** exponent} (torch.pow). */
  public static Array pow(Object input, Object exponent) {
    return TorchMath.pow(input, exponent);
  }

  /**
   * Returns {@code input} clamped to [min, max] (torch.clamp); either bound may be null, and a min
   * above max gives max everywhere.
   *
   * @throws dev.ivy.errors.IvyArgumentException if both bounds are null
   */
  public static Array clamp(Array input, Object min, Object max) {
    return TorchMath.clamp(input, min, max);
  }

  /** Returns the element-wise maximum of two tensors (torch.maximum). */
  public static Array maximum(Array input, Array other) {
    return TorchMath.binaryTensors("maximum", input, other, Elementwise::maximum);
  }

  /** Returns the element-wise minimum of two tensors (torch.minimum). */
  public static Array minimum(Array input, Array other) {
    return TorchMath.binaryTensors("minimum", input, other, Elementwise::minimum);
  }

  /** Returns |input| (torch.abs). */
  public static Array abs(Array input) {
    return Elementwise.abs(input);
  }

  /** Returns -input (torch.neg). */
  public static Array neg(Array input) {
    return Elementwise.negative(input);
  }

  /** Returns e ** input (torch.exp); integer inputs give float32. */
  public static Array exp(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::exp);
  }

  /** Returns the natural logarithm (torch.log); integer inputs give float32. */
  public static Array log(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::log);
  }

  /** Returns the square root (torch.sqrt); integer inputs give float32. */
  public static Array sqrt(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::sqrt);
  }

  /** Returns 1 / sqrt(input) (torch.rsqrt). */
  public static Array rsqrt(Array input) {
    return TorchMath.rsqrt(input);
  }

  /** Returns the hyperbolic tangent (torch.tanh). */
  public static Array tanh(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::tanh);
  }

  /** Returns the logistic sigmoid (torch.sigmoid). */
  public static Array sigmoid(Array input) {
    return TorchMath.unaryFloat(input, Activations::sigmoid);
  }

  /** Returns the error function (torch.erf). */
  public static Array erf(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::erf);
  }

  /** Returns 1 - erf(input) (torch.erfc). */
  public static Array erfc(Array input) {
    return TorchMath.erfc(input);
  }

  /** Returns the inverse error function (torch.erfinv): ±inf at ±1, NaN outside [-1, 1]. */
  public static Array erfinv(Array input) {
    return TorchMath.erfinv(input);
  }

  /** Returns log|Gamma(input)| (torch.lgamma); +inf at the poles 0, -1, -2... */
  public static Array lgamma(Array input) {
    return TorchMath.lgamma(input);
  }

  /** Returns the modified Bessel function of the first kind of order 0 (torch.i0). */
  public static Array i0(Array input) {
    return TorchMath.i0(input);
  }

  /** Returns input * log(other), 0 where input is 0 (torch.xlogy). */
  public static Array xlogy(Object input, Object other) {
    return TorchMath.xlogy(input, other);
  }

  /** Returns {@code input} where {@code condition}, else {@code other} (torch.where). */
  public static Array where(Array condition, Object input, Object other) {
    return TorchShapes.where(condition, input, other);
  }

  /** Returns input == other as bool (torch.eq). */
  public static Array eq(Object input, Object other) {
    return TorchMath.binary(input, other, Elementwise::equal);
  }

  // ------------------------------------------------------------------ reductions

  /** Returns the sum of all elements (torch.sum); integers and bools accumulate in int64. */
  public static Array sum(Array input) {
    return TorchReduce.sum(input, null, false, null);
  }

  /**
   * Returns the sum over {@code dim} (torch.sum).
   *
   * @throws dev.ivy.errors.IvyArgumentException if a dim is out of range
   */
  public static Array sum(Array input, int[] dim, boolean keepdim) {
    return TorchReduce.sum(input, dim, keepdim, null);
  }

  /**
   * Returns the mean over {@code dim} (torch.mean; null for all).
   *
   * @throws dev.ivy.errors.IvyArgumentException if the input is not floating
   */
  public static Array mean(Array input, int[] dim, boolean keepdim) {
    return TorchReduce.mean(input, dim, keepdim, null);
  }

  /** Returns the variance over {@code dim} with Bessel's correction when {@code unbiased}. */
  public static Array var(Array input, int[] dim, boolean unbiased, boolean keepdim) {
    return TorchReduce.var(input, dim, unbiased ? 1 : 0, keepdim);
  }

  /** Returns the standard deviation over {@code dim}, unbiased when {@code unbiased}. */
  public static Array std(Array input, int[] dim, boolean unbiased, boolean keepdim) {
    return TorchReduce.std(input, dim, unbiased ? 1 : 0, keepdim);
  }

  /** Returns the maximum of all elements (torch.max). */
  public static Array max(Array input) {
    return TorchReduce.amax(input, null, false);
  }

  /** Returns the maximum along {@code dim} and its int64 indices (torch.max with dim). */
  public static List<Array> max(Array input, int dim, boolean keepdim) {
    return TorchReduce.maxWithIndices(input, dim, keepdim, true);
  }

  /** Returns the minimum along {@code dim} and its int64 indices (torch.min with dim). */
  public static List<Array> min(Array input, int dim, boolean keepdim) {
    return TorchReduce.maxWithIndices(input, dim, keepdim, false);
  }

  /** Returns the int64 index of the maximum along {@code dim} (null for the flattened input). */
  public static Array argmax(Array input, Integer dim, boolean keepdim) {
    return TorchReduce.argmax(input, dim, keepdim, true);
  }

  /** Returns the lower median along {@code dim} and its indices (torch.median). */
  public static List<Array> median(Array input, int dim, boolean keepdim) {
    return TorchReduce.median(input, dim, keepdim);
  }

  /** Returns the k-th smallest values along {@code dim} and their indices (torch.kthvalue). */
  public static List<Array> kthvalue(Array input, long k, int dim, boolean keepdim) {
    return TorchReduce.kthvalue(input, k, dim, keepdim);
  }

  /** Returns log(sum(exp(input))) over {@code dim} (torch.logsumexp). */
  public static Array logsumexp(Array input, int[] dim, boolean keepdim) {
    return TorchReduce.logsumexp(input, dim, keepdim);
  }

  /** Returns the running maximum along {@code dim} and the index where each was reached. */
  public static List<Array> cummax(Array input, int dim) {
    return TorchReduce.cumExtreme(input, dim, true);
  }

  // ------------------------------------------------------------------ shapes

  /** Returns {@code input} with a new shape; one size may be -1 (torch.reshape). */
  public static Array reshape(Array input, long... shape) {
    return TorchShapes.reshape(input, shape);
  }

  /** Returns {@code input} flattened from {@code startDim} to {@code endDim} (torch.flatten). */
  public static Array flatten(Array input, int startDim, int endDim) {
    return TorchShapes.flatten(input, startDim, endDim);
  }

  /** Returns {@code input} with its dimensions permuted (torch.permute). */
  public static Array permute(Array input, int... dims) {
    return TorchShapes.permute(input, dims);
  }

  /** Returns {@code input} with two dimensions swapped (torch.transpose). */
  public static Array transpose(Array input, int dim0, int dim1) {
    return TorchShapes.transpose(input, dim0, dim1);
  }

  /** Returns {@code input} without the size-1 dimensions among {@code dims} (all when null). */
  public static Array squeeze(Array input, int... dims) {
    return TorchShapes.squeeze(input, dims.length == 0 ? null : dims);
  }

  /** Returns {@code input} with a size-1 dimension at {@code dim} (torch.unsqueeze). */
  public static Array unsqueeze(Array input, int dim) {
    return TorchShapes.unsqueeze(input, dim);
  }

  /** Returns the tensors joined along {@code dim}, promoted to their result type (torch.cat). */
  public static Array cat(List<Array> tensors, int dim) {
    return TorchShapes.cat(tensors, dim);
  }

  /** Returns the tensors stacked along a new dimension {@code dim} (torch.stack). */
  public static Array stack(List<Array> tensors, int dim) {
    return TorchShapes.stack(tensors, dim);
  }

  /** Returns pieces of {@code splitSize} along {@code dim}, the last one smaller (torch.split). */
  public static List<Array> split(Array input, long splitSize, int dim) {
    return TorchShapes.split(input, splitSize, dim);
  }

  /** Returns {@code chunks} pieces of equal size (the last smaller) along dim (torch.chunk). */
  public static List<Array> chunk(Array input, long chunks, int dim) {
    return TorchShapes.chunk(input, chunks, dim);
  }

  /** Returns the values at {@code index} along {@code dim} (torch.gather). */
  public static Array gather(Array input, int dim, Array index) {
    return TorchShapes.gather(input, dim, index);
  }

  /** Returns the slices at {@code index} along {@code dim} (torch.index_select). */
  public static Array indexSelect(Array input, int dim, Array index) {
    return TorchShapes.indexSelect(input, dim, index);
  }

  /** Returns a copy of {@code input} with {@code src} written at {@code index} along dim. */
  public static Array scatter(Array input, int dim, Array index, Object src) {
    return TorchShapes.scatter(input, dim, index, src, null);
  }

  /** Returns {@code input} with {@code value} where {@code mask} is true (torch.masked_fill). */
  public static Array maskedFill(Array input, Array mask, Object value) {
    return TorchShapes.maskedFill(input, mask, value);
  }

  /** Returns the lower triangle, from diagonal {@code diagonal} down (torch.tril). */
  public static Array tril(Array input, long diagonal) {
    return Creation.tril(input, diagonal);
  }

  /** Returns the upper triangle, from diagonal {@code diagonal} up (torch.triu). */
  public static Array triu(Array input, long diagonal) {
    return Creation.triu(input, diagonal);
  }

  // ------------------------------------------------------------------ creation

  /** Returns [start, end) in steps (torch.arange): int64 for integers, else float32. */
  public static Array arange(Number start, Number end, Number step) {
    return TorchCreation.arange(start, end, step, null);
  }

  /** Returns {@code steps} evenly spaced float32 values from start to end (torch.linspace). */
  public static Array linspace(Number start, Number end, long steps) {
    return TorchCreation.linspace(start, end, steps, null);
  }

  /** Returns zeros of {@code size}, float32 (torch.zeros). */
  public static Array zeros(long... size) {
    return TorchCreation.zeros(size, null);
  }

  /** Returns ones of {@code size}, float32 (torch.ones). */
  public static Array ones(long... size) {
    return TorchCreation.ones(size, null);
  }

  /**
   * Returns a tensor of {@code size} filled with {@code value}, typed by the value (torch.full).
   */
  public static Array full(long[] size, Object value) {
    return TorchCreation.full(size, value, null);
  }

  /** Returns the n x m float32 identity (torch.eye). */
  public static Array eye(long n, long m) {
    return TorchCreation.eye(n, m, null);
  }

  /** Returns a tensor of a Java value, floats as float32 and integers as int64 (torch.tensor). */
  public static Array tensor(Object data, DType dtype) {
    return TorchCreation.tensor(data, dtype);
  }

  // ------------------------------------------------------------------ sorting and products

  /** Returns the values sorted along {@code dim} and their int64 indices (torch.sort). */
  public static List<Array> sort(Array input, int dim, boolean descending) {
    return TorchSearch.sort(input, dim, descending);
  }

  /** Returns the {@code k} largest (or smallest) values and their indices (torch.topk). */
  public static List<Array> topk(Array input, long k, int dim, boolean largest) {
    return TorchSearch.topk(input, k, dim, largest, true);
  }

  /** Returns the sorted unique values (torch.unique). */
  public static Array unique(Array input) {
    return (Array) TorchSearch.unique(input, false, false);
  }

  /** Returns the matrix product with broadcasting (torch.matmul). */
  public static Array matmul(Array input, Array other) {
    return TorchLinalg.matmul(input, other);
  }

  /** Returns the product of two 2-D tensors (torch.mm). */
  public static Array mm(Array input, Array mat2) {
    return TorchLinalg.mm(input, mat2);
  }

  /** Returns the batched product of two 3-D tensors (torch.bmm). */
  public static Array bmm(Array input, Array mat2) {
    return TorchLinalg.bmm(input, mat2);
  }

  /** Returns {@code beta * input + alpha * (mat1 @ mat2)} (torch.addmm). */
  public static Array addmm(Array input, Array mat1, Array mat2, Number beta, Number alpha) {
    return TorchLinalg.addProduct(input, mat1, mat2, beta, alpha);
  }

  /** Returns the Einstein summation of {@code operands} (torch.einsum). */
  public static Array einsum(String equation, Array... operands) {
    return Einsum.einsum(equation, TorchShapes.promoted(List.of(operands)).toArray(new Array[0]));
  }

  /** {@code torch.nn}. */
  public static final class Nn {
    private Nn() {}

    /** {@code torch.nn.functional}. */
    public final Functional functional = new Functional();
  }

  /** {@code torch.nn.functional}: activations, losses, convolutions, pools and normalisation. */
  public static final class Functional {
    private Functional() {}

    /** Returns max(input, 0). */
    public Array relu(Array input) {
      return Activations.relu(input);
    }

    /** Returns GELU; {@code approximate} is "none" (erf) or "tanh". */
    public Array gelu(Array input, String approximate) {
      return TorchNn.gelu(input, approximate);
    }

    /** Returns the softmax along {@code dim}. */
    public Array softmax(Array input, int dim) {
      return TorchNn.softmax(input, dim, null, false);
    }

    /** Returns the log-softmax along {@code dim}. */
    public Array logSoftmax(Array input, int dim) {
      return TorchNn.softmax(input, dim, null, true);
    }

    /** Returns leaky ReLU with {@code negativeSlope}. */
    public Array leakyRelu(Array input, double negativeSlope) {
      return Activations.leakyRelu(input, negativeSlope);
    }

    /**
     * Returns the int64 one-hot encoding of int64 {@code tensor}; {@code numClasses} -1 means the
     * largest value plus one.
     *
     * @throws dev.ivy.errors.IvyArgumentException if a value is negative or not below numClasses
     */
    public Array oneHot(Array tensor, long numClasses) {
      return TorchSearch.oneHot(tensor, numClasses);
    }

    /**
     * Returns {@code input} padded; {@code pad} lists (before, after) pairs from the last dimension
     * backwards, and mode is "constant", "reflect", "replicate" or "circular".
     */
    public Array pad(Array input, long[] pad, String mode, Number value) {
      return TorchNn.pad(input, pad, mode, value);
    }

    /** Returns {@code input @ weight.T + bias} (bias may be null). */
    public Array linear(Array input, Array weight, Array bias) {
      return dev.ivy.ops.Attention.linear(input, weight, bias);
    }

    /** Returns the NCHW 2-D convolution with OIHW weights (bias may be null). */
    public Array conv2d(
        Array input,
        Array weight,
        Array bias,
        long stride,
        Object padding,
        long dilation,
        long groups) {
      return TorchNn.conv("conv2d", 2, input, weight, bias, stride, padding, dilation, groups);
    }

    /** Returns the NCHW 2-D max pool; the stride defaults (null) to the kernel size. */
    public Array maxPool2d(
        Array input, long kernelSize, Long stride, long padding, boolean ceilMode) {
      return TorchNn.maxPool(2, input, kernelSize, stride, padding, 1L, ceilMode);
    }

    /** Returns the NCHW 2-D average pool, padding counted; stride null means the kernel size. */
    public Array avgPool2d(
        Array input, long kernelSize, Long stride, long padding, boolean ceilMode) {
      return TorchNn.avgPool(2, input, kernelSize, stride, padding, ceilMode, true, null);
    }

    /** Returns layer normalisation over the trailing {@code normalizedShape}. */
    public Array layerNorm(
        Array input, long[] normalizedShape, Array weight, Array bias, double eps) {
      return TorchNn.layerNorm(input, normalizedShape, weight, bias, eps);
    }

    /** Returns batch normalisation over dimension 1 with running statistics (eval mode). */
    public Array batchNorm(
        Array input, Array runningMean, Array runningVar, Array weight, Array bias, double eps) {
      return TorchNn.batchNorm(input, runningMean, runningVar, weight, bias, false, 0.1, eps);
    }

    /** Returns {@code input} with elements zeroed with probability p and the rest scaled. */
    public Array dropout(Array input, double p, boolean training) {
      return TorchNn.dropout(input, p, training);
    }

    /** Returns the rows of {@code weight} at {@code input}. */
    public Array embedding(Array input, Array weight) {
      return TorchNn.embedding(input, weight, null);
    }

    /**
     * Returns the cross entropy of logits {@code input} [N, C, ...] and class indices or
     * probabilities.
     */
    public Array crossEntropy(Array input, Array target, String reduction, double labelSmoothing) {
      return TorchNn.crossEntropy(input, target, null, -100, reduction, labelSmoothing);
    }

    /** Returns the mean squared error with {@code reduction} "mean", "sum" or "none". */
    public Array mseLoss(Array input, Array target, String reduction) {
      return Losses.mseLoss(input, target, reduction);
    }

    /** Returns the mean absolute error with {@code reduction}. */
    public Array l1Loss(Array input, Array target, String reduction) {
      return Losses.l1Loss(input, target, reduction);
    }

    /** Returns every sliding block of an NCHW input as a column (im2col). */
    public Array unfold(Array input, long kernelSize, long dilation, long padding, long stride) {
      return TorchNn.unfold(input, kernelSize, dilation, padding, stride);
    }

    /** Returns the sum of blocks placed back into an image of {@code outputSize} (col2im). */
    public Array fold(
        Array input, long[] outputSize, long kernelSize, long dilation, long padding, long stride) {
      return TorchNn.fold(
          input, TorchShapes.longsList(outputSize), kernelSize, dilation, padding, stride);
    }

    /**
     * Returns {@code input} resized to {@code size} with {@code mode} ("nearest", "bilinear"...).
     */
    public Array interpolate(Array input, long[] size, String mode, Boolean alignCorners) {
      return TorchNn.interpolate(
          input, TorchShapes.longsList(size), null, mode, alignCorners, null, false);
    }
  }

  /** {@code torch.linalg}. */
  public static final class LinalgNs {
    private LinalgNs() {}

    /** Returns the vector 2-norm of the flattened input, or the {@code ord} norm over dims. */
    public Array norm(Array input, Object ord, int[] dim, boolean keepdim) {
      return TorchLinalg.norm(input, ord, dim, keepdim);
    }

    /** Returns the vector {@code ord}-norm over {@code dim} (null for all). */
    public Array vectorNorm(Array x, Object ord, int[] dim, boolean keepdim) {
      return TorchLinalg.vectorNorm(x, ord, dim, keepdim, null);
    }

    /** Returns the matrix norm ("fro", "nuc", 1, 2, inf...) of the last two dimensions. */
    public Array matrixNorm(Array a, Object ord, boolean keepdim) {
      return TorchLinalg.matrixNorm(a, ord, null, keepdim);
    }

    /** Returns the inverse. */
    public Array inv(Array a) {
      return Decompositions.inv(a);
    }

    /** Returns the determinant. */
    public Array det(Array a) {
      return Decompositions.det(a);
    }

    /** Returns (sign, log|det|). */
    public List<Array> slogdet(Array a) {
      return List.of(Decompositions.slogdet(a));
    }

    /** Returns the lower Cholesky factor (upper when {@code upper}). */
    public Array cholesky(Array a, boolean upper) {
      return Decompositions.cholesky(a, upper);
    }

    /** Returns X with A X = B. */
    public Array solve(Array a, Array b) {
      return Decompositions.solve(a, b);
    }

    /** Returns the singular values, descending. */
    public Array svdvals(Array a) {
      return Decompositions.svdvals(a);
    }

    /** Returns the int64 numerical rank. */
    public Array matrixRank(Array a) {
      return TorchLinalg.matrixRank(a);
    }

    /** Returns A to the integer power n (negative n inverts). */
    public Array matrixPower(Array a, long n) {
      return Decompositions.matrixPower(a, n);
    }

    /** Returns the chained matrix product of {@code tensors}. */
    public Array multiDot(List<Array> tensors) {
      return TorchLinalg.multiDot(tensors);
    }

    /** Returns the cross product of 3-vectors along {@code dim}. */
    public Array cross(Array input, Array other, int dim) {
      return TorchLinalg.cross(input, other, dim);
    }

    /** Returns the dot product along {@code dim}. */
    public Array vecdot(Array x, Array y, int dim) {
      return TorchLinalg.vecdot(x, y, dim);
    }
  }
}
