package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.Ivy;

/** The softmax along axis {@code dim}, as {@code torch.nn.Softmax(dim)}; no variables. */
public final class Softmax extends Module {
  private final int dim;

  /** Creates the layer normalizing along {@code dim} (negative counts from the end). */
  public Softmax(int dim) {
    this.dim = dim;
  }

  @Override
  protected Array forward(Array x, Variables v) {
    return Ivy.softmax(x, dim);
  }
}
