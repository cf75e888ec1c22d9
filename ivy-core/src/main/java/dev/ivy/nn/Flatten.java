package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.errors.IvyArgumentException;

/**
 * Flattens the axes {@code startDim..endDim} into one, as {@code torch.nn.Flatten} (default 1 to
 * -1: [N, C, H, W] becomes [N, C*H*W]); no variables.
 */
public final class Flatten extends Module {
  private final int startDim;
  private final int endDim;

  /** Creates the layer flattening every axis but the first. */
  public Flatten() {
    this(1, -1);
  }

  /** Creates the layer flattening axes startDim to endDim (inclusive; negative from the end). */
  public Flatten(int startDim, int endDim) {
    this.startDim = startDim;
    this.endDim = endDim;
  }

  @Override
  protected Array forward(Array x, Variables v) {
    int r = Math.max(x.rank(), 1);
    int s = startDim < 0 ? startDim + r : startDim;
    int e = endDim < 0 ? endDim + r : endDim;
    if (s < 0 || e >= r || s > e) {
      throw new IvyArgumentException(
          "Flatten: startDim ("
              + startDim
              + ") and endDim ("
              + endDim
              + ") must be axes of x with start <= end; got shape "
              + x.shape());
    }
    long[] d = x.shape().dims();
    if (d.length == 0) {
      return Ivy.reshape(x, 1);
    }
    long[] out = new long[d.length - (e - s)];
    long merged = 1;
    for (int i = s; i <= e; i++) {
      merged *= d[i];
    }
    for (int i = 0, j = 0; i < d.length; i++) {
      if (i < s || i > e) {
        out[j++] = d[i];
      } else if (i == s) {
        out[j++] = merged;
      }
    }
    return Ivy.reshape(x, out);
  }
}
