package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.Ivy;

/** The hyperbolic tangent, as {@code torch.nn.Tanh}; no variables. */
public final class Tanh extends Module {
  /** Creates the layer. */
  public Tanh() {}

  @Override
  protected Array forward(Array x, Variables v) {
    return Ivy.tanh(x);
  }
}
