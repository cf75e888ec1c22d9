package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Normalization;

/**
 * Group normalization of {@code torch.nn.GroupNorm} over input [N, C, *]: the channels split into
 * {@code numGroups} groups, each normalized per sample; variables {@code weight} (ones) and {@code
 * bias} (zeros) [C].
 *
 * <pre>{@code
 * GroupNorm gn = new GroupNorm(2, 4);
 * gn.call(Ivy.ones(3, 4, 5)).shape();   // [3, 4, 5]
 * }</pre>
 */
public final class GroupNorm extends Module {
  private final long numGroups;
  private final long numChannels;
  private final double eps;
  private final boolean affine;

  /** Creates a float32 layer with eps 1e-5 and affine variables. */
  public GroupNorm(long numGroups, long numChannels) {
    this(numGroups, numChannels, 1e-5, true, DType.FLOAT32);
  }

  /**
   * Creates a layer.
   *
   * @param numGroups the number of groups, dividing numChannels
   * @param numChannels the number of channels C
   * @param eps the value added to the variance
   * @param affine whether the layer has weight and bias
   * @param dtype a floating dtype, or null for float32
   * @throws dev.ivy.errors.IvyArgumentException if numGroups does not divide numChannels or a value
   *     is not positive
   */
  public GroupNorm(long numGroups, long numChannels, double eps, boolean affine, DType dtype) {
    Init.positive("GroupNorm", "numGroups", numGroups);
    Init.positive("GroupNorm", "numChannels", numChannels);
    if (numChannels % numGroups != 0 || !(eps > 0)) {
      throw new IvyArgumentException(
          "GroupNorm: numGroups ("
              + numGroups
              + ") must divide numChannels ("
              + numChannels
              + ") and eps must be > 0; got eps "
              + eps);
    }
    DType dt = Init.floatDtype("GroupNorm", dtype);
    this.numGroups = numGroups;
    this.numChannels = numChannels;
    this.eps = eps;
    this.affine = affine;
    if (affine) {
      addVariable("weight", Init.full(Shape.of(numChannels), 1.0, dt));
      addVariable("bias", Init.full(Shape.of(numChannels), 0.0, dt));
    }
  }

  @Override
  protected Array forward(Array x, Variables v) {
    if (x.rank() < 2 || x.shape().dim(1) != numChannels) {
      throw new IvyArgumentException(
          "GroupNorm: x must have rank >= 2 with "
              + numChannels
              + " channels at axis 1; got shape "
              + x.shape());
    }
    return Normalization.groupNorm(
        x, numGroups, affine ? v.get("bias") : null, affine ? v.get("weight") : null, eps, "NCS");
  }

  @Override
  protected String name() {
    return "GroupNorm(" + numGroups + ", " + numChannels + ")";
  }
}
