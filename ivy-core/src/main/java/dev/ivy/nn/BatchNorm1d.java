package dev.ivy.nn;

import dev.ivy.DType;

/**
 * Batch normalization of {@code torch.nn.BatchNorm1d} over input [N, C] or [N, C, L]: variables
 * {@code weight} (ones) and {@code bias} (zeros) [C], buffers {@code running_mean} (zeros), {@code
 * running_var} (ones) [C] and {@code num_batches_tracked} (int64, 0-d).
 *
 * <p>In training mode it normalizes with the batch's mean and biased variance and updates the
 * running statistics ({@code (1 - momentum) * running + momentum * batch}, with the unbiased
 * variance) unless the call is being traced; in evaluation mode it normalizes with the running
 * statistics. Without running statistics it always uses the batch's.
 *
 * <pre>{@code
 * BatchNorm1d bn = new BatchNorm1d(3);
 * bn.call(x);          // training: batch statistics; running statistics updated
 * bn.eval().call(x);   // evaluation: running statistics
 * }</pre>
 */
public final class BatchNorm1d extends BatchNormNd {
  /** Creates a float32 layer with eps 1e-5, momentum 0.1, affine variables, running statistics. */
  public BatchNorm1d(long numFeatures) {
    this(numFeatures, 1e-5, 0.1, true, true, DType.FLOAT32);
  }

  /**
   * Creates a layer.
   *
   * @param numFeatures the number of channels C
   * @param eps the value added to the variance
   * @param momentum the weight of the batch statistic in the running one
   * @param affine whether the layer has weight and bias
   * @param trackRunningStats whether it keeps running statistics
   * @param dtype a floating dtype, or null for float32
   * @throws dev.ivy.errors.IvyArgumentException if numFeatures or eps is not positive, or momentum
   *     is outside [0, 1]
   */
  public BatchNorm1d(
      long numFeatures,
      double eps,
      double momentum,
      boolean affine,
      boolean trackRunningStats,
      DType dtype) {
    super(
        "BatchNorm1d",
        new int[] {2, 3},
        numFeatures,
        eps,
        momentum,
        affine,
        trackRunningStats,
        dtype);
  }

  /**
   * Returns a builder of a BatchNorm1d with {@code numFeatures} channels; its other options start
   * at PyTorch's defaults (eps 1e-5, momentum 0.1, affine, running statistics, float32).
   */
  public static BatchNormBuilder<BatchNorm1d> builder(long numFeatures) {
    return BatchNormBuilder.of(BatchNorm1d::new, numFeatures);
  }
}
