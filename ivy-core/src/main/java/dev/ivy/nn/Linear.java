package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;

/**
 * The affine layer y = x W^T + b of {@code torch.nn.Linear}: variables {@code weight} [out, in] and
 * {@code bias} [out], both initialised uniform in [-1/sqrt(in), 1/sqrt(in)) as PyTorch's
 * kaiming_uniform(a = sqrt(5)) does.
 *
 * <pre>{@code
 * Linear fc = new Linear(3, 2, true, DType.FLOAT32, 0L);  // seeded: same values on every backend
 * fc.call(Ivy.ones(4, 3)).shape();                        // [4, 2]
 * }</pre>
 */
public final class Linear extends Module {
  private final long inFeatures;
  private final long outFeatures;
  private final boolean hasBias;

  /** Creates a float32 layer with a bias, drawn from the thread's generator ({@link Ivy#seed}). */
  public Linear(long inFeatures, long outFeatures) {
    this(inFeatures, outFeatures, true, DType.FLOAT32, null);
  }

  /**
   * Creates a layer.
   *
   * @param bias whether the layer has a bias
   * @param dtype a floating dtype, or null for float32
   * @param seed the initialisation seed, or null for the thread's generator
   * @throws dev.ivy.errors.IvyArgumentException if a size is not positive or dtype is not floating
   */
  public Linear(long inFeatures, long outFeatures, boolean bias, DType dtype, Long seed) {
    Init.positive("Linear", "inFeatures", inFeatures);
    Init.positive("Linear", "outFeatures", outFeatures);
    DType dt = Init.floatDtype("Linear", dtype);
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    this.hasBias = bias;
    double bound = Init.fanInBound(inFeatures);
    addVariable(
        "weight", Init.uniform(Shape.of(outFeatures, inFeatures), bound, dt, Init.sub(seed, 0)));
    if (bias) {
      addVariable("bias", Init.uniform(Shape.of(outFeatures), bound, dt, Init.sub(seed, 1)));
    }
  }

  /** Returns the input size. */
  public long inFeatures() {
    return inFeatures;
  }

  /** Returns the output size. */
  public long outFeatures() {
    return outFeatures;
  }

  @Override
  protected Array forward(Array x, Variables v) {
    return Ivy.linear(x, v.get("weight"), hasBias ? v.get("bias") : null);
  }

  @Override
  protected String name() {
    return "Linear(" + inFeatures + ", " + outFeatures + ")";
  }
}
