package dev.ivy.optim;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.nn.Variables;

/**
 * Gradient-tree utilities used before an optimizer step: PyTorch's {@code
 * torch.nn.utils.clip_grad_norm_} and {@code clip_grad_value_}, as functions returning new trees.
 * Written with core functions only (no host reads), so they trace; every leaf keeps its dtype.
 *
 * <pre>{@code
 * Variables clipped = Gradients.clipByGlobalNorm(r.grads(), 1.0);
 * v = opt.step(v, clipped);
 * }</pre>
 */
public final class Gradients {
  private Gradients() {}

  /**
   * Returns the Euclidean norm of all leaves together, {@code sqrt(sum of every element squared)},
   * as a 0-d array (computed in float64 when the leaves' dtypes differ).
   *
   * @throws IvyArgumentException if the tree is empty or a leaf is not floating point
   */
  public static Array globalNorm(Variables grads) {
    String fn = "Gradients.globalNorm";
    if (grads == null || grads.isEmpty()) {
      throw new IvyArgumentException(fn + ": grads must have at least one leaf; got " + grads);
    }
    Array total = null;
    for (String p : grads.paths()) {
      Array g = grads.get(p);
      if (!g.dtype().isFloating()) {
        throw new IvyArgumentException(
            fn + ": leaf '" + p + "' must be floating point; got " + g.aval());
      }
      Array sq = Ivy.sum(Ivy.multiply(g, g));
      total = total == null ? sq : Ivy.add(total, sq);
    }
    return Ivy.sqrt(total);
  }

  /**
   * Returns the tree scaled so that its global norm is at most {@code maxNorm}: every leaf times
   * {@code min(1, maxNorm / (norm + 1e-6))}, as PyTorch's {@code clip_grad_norm_} (2-norm).
   *
   * @throws IvyArgumentException if {@code maxNorm} is negative, the tree is empty or a leaf is not
   *     floating point
   */
  public static Variables clipByGlobalNorm(Variables grads, double maxNorm) {
    if (!(maxNorm >= 0)) {
      throw new IvyArgumentException(
          "Gradients.clipByGlobalNorm: maxNorm must be >= 0; got " + maxNorm);
    }
    Array norm = globalNorm(grads);
    Array coef = Ivy.minimum(Ivy.divide(maxNorm, Ivy.add(norm, 1e-6)), 1.0);
    return grads.map(g -> Ivy.multiply(g, Ivy.astype(coef, g.dtype())));
  }

  /**
   * Returns the tree with every element clamped to {@code [-clipValue, clipValue]}, as PyTorch's
   * {@code clip_grad_value_}.
   *
   * @throws IvyArgumentException if {@code clipValue} is negative
   */
  public static Variables clipByValue(Variables grads, double clipValue) {
    if (!(clipValue >= 0)) {
      throw new IvyArgumentException(
          "Gradients.clipByValue: clipValue must be >= 0; got " + clipValue);
    }
    return grads.map(g -> Ivy.clip(g, -clipValue, clipValue));
  }
}
