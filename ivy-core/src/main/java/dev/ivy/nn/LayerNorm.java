package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Normalization;
import java.util.Arrays;

/**
 * Layer normalization over the trailing dimensions {@code normalizedShape}, as {@code
 * torch.nn.LayerNorm}: variables {@code weight} (ones) and {@code bias} (zeros) of that shape.
 *
 * <pre>{@code
 * LayerNorm ln = new LayerNorm(new long[] {8});
 * ln.call(Ivy.ones(2, 5, 8)).shape();   // [2, 5, 8]
 * }</pre>
 */
public final class LayerNorm extends Module {
  private final long[] normalizedShape;
  private final double eps;
  private final boolean affine;
  private final boolean hasBias;

  /** Creates a float32 layer with eps 1e-5, weight and bias. */
  public LayerNorm(long[] normalizedShape) {
    this(normalizedShape, 1e-5, true, true, DType.FLOAT32);
  }

  /**
   * Creates a layer.
   *
   * @param normalizedShape the trailing dimensions to normalize over
   * @param eps the value added to the variance
   * @param elementwiseAffine whether the layer has a weight (and a bias)
   * @param bias whether the layer has a bias (with elementwiseAffine)
   * @param dtype a floating dtype, or null for float32
   * @throws dev.ivy.errors.IvyArgumentException if the shape is empty or not positive, or eps is
   *     not positive
   */
  public LayerNorm(
      long[] normalizedShape, double eps, boolean elementwiseAffine, boolean bias, DType dtype) {
    if (normalizedShape == null
        || normalizedShape.length == 0
        || Arrays.stream(normalizedShape).anyMatch(d -> d <= 0)
        || !(eps > 0)) {
      throw new IvyArgumentException(
          "LayerNorm: normalizedShape must be non-empty and positive and eps > 0; got "
              + Arrays.toString(normalizedShape)
              + " and "
              + eps);
    }
    DType dt = Init.floatDtype("LayerNorm", dtype);
    this.normalizedShape = normalizedShape.clone();
    this.eps = eps;
    this.affine = elementwiseAffine;
    this.hasBias = elementwiseAffine && bias;
    if (affine) {
      addVariable("weight", Init.full(Shape.of(normalizedShape), 1.0, dt));
    }
    if (hasBias) {
      addVariable("bias", Init.full(Shape.of(normalizedShape), 0.0, dt));
    }
  }

  @Override
  protected Array forward(Array x, Variables v) {
    return Normalization.layerNormShape(
        x, normalizedShape, affine ? v.get("weight") : null, hasBias ? v.get("bias") : null, eps);
  }

  @Override
  protected String name() {
    return "LayerNorm(" + Arrays.toString(normalizedShape) + ")";
  }
}
