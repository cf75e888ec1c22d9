package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.Ivy;

/** The rectifier max(x, 0), as {@code torch.nn.ReLU}; no variables. */
public final class ReLU extends Module {
  /** Creates the layer. */
  public ReLU() {}

  @Override
  protected Array forward(Array x, Variables v) {
    return Ivy.relu(x);
  }
}
