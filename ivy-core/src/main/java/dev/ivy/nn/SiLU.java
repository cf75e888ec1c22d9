package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.Ivy;

/** The sigmoid-weighted linear unit x * sigmoid(x), as {@code torch.nn.SiLU}; no variables. */
public final class SiLU extends Module {
  /** Creates the layer. */
  public SiLU() {}

  @Override
  protected Array forward(Array x, Variables v) {
    return Ivy.silu(x);
  }
}
