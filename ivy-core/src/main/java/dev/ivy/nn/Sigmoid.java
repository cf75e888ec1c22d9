package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.Ivy;

/** The logistic function 1 / (1 + e^-x), as {@code torch.nn.Sigmoid}; no variables. */
public final class Sigmoid extends Module {
  /** Creates the layer. */
  public Sigmoid() {}

  @Override
  protected Array forward(Array x, Variables v) {
    return Ivy.sigmoid(x);
  }
}
