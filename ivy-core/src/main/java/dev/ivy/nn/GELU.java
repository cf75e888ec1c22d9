package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.Ivy;

/** The Gaussian error linear unit, exact or tanh-approximated, as {@code torch.nn.GELU}. */
public final class GELU extends Module {
  private final boolean approximate;

  /** Creates the exact (erf) form, PyTorch's default {@code approximate='none'}. */
  public GELU() {
    this(false);
  }

  /** Creates the tanh approximation when {@code approximate} (PyTorch's {@code 'tanh'}). */
  public GELU(boolean approximate) {
    this.approximate = approximate;
  }

  @Override
  protected Array forward(Array x, Variables v) {
    return Ivy.gelu(x, approximate);
  }
}
