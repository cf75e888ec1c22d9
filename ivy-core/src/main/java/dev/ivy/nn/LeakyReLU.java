package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.Ivy;

/** x for x > 0, else negativeSlope * x, as {@code torch.nn.LeakyReLU}; no variables. */
public final class LeakyReLU extends Module {
  private final double negativeSlope;

  /** Creates the layer with PyTorch's default slope 0.01. */
  public LeakyReLU() {
    this(0.01);
  }

  /** Creates the layer with slope {@code negativeSlope} for negative inputs. */
  public LeakyReLU(double negativeSlope) {
    this.negativeSlope = negativeSlope;
  }

  @Override
  protected Array forward(Array x, Variables v) {
    return Ivy.leakyRelu(x, negativeSlope);
  }
}
