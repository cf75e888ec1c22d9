package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Random;

/**
 * Dropout of {@code torch.nn.Dropout}: in training mode each element is zeroed with probability
 * {@code p} and the others scaled by 1 / (1 - p); in evaluation mode the input is returned as is.
 * The masks come from the thread's generator ({@link dev.ivy.Ivy#seed}), so they are the same on
 * every backend for the same seed; no variables.
 */
public final class Dropout extends Module {
  private final double p;

  /** Creates the layer with PyTorch's default p = 0.5. */
  public Dropout() {
    this(0.5);
  }

  /**
   * Creates the layer with drop probability {@code p}.
   *
   * @throws IvyArgumentException if p is outside [0, 1)
   */
  public Dropout(double p) {
    if (!(p >= 0 && p < 1)) {
      throw new IvyArgumentException("Dropout: p must be in [0, 1); got " + p);
    }
    this.p = p;
  }

  @Override
  protected Array forward(Array x, Variables v) {
    return Random.dropout(x, p, true, null, isTraining(), null, null);
  }

  @Override
  protected String name() {
    return "Dropout(" + p + ")";
  }
}
