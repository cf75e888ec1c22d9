package dev.ivy.optim;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.errors.IvyArgumentException;

/**
 * Adam with decoupled weight decay (Loshchilov and Hutter), as PyTorch's {@code torch.optim.AdamW}:
 * the variable is first shrunk, {@code p = p * (1 - lr * weight_decay)}, then takes an {@link Adam}
 * step with no decay in the gradient.
 *
 * <p>Defaults as PyTorch's: lr 1e-3, betas (0.9, 0.999), eps 1e-8, weight decay 0.01, no AMSGrad.
 */
public final class AdamW extends Adam {
  /** Creates AdamW with PyTorch's defaults (lr 1e-3, weight decay 0.01). */
  public AdamW() {
    this(1e-3);
  }

  /**
   * Creates AdamW with learning rate {@code lr} and weight decay 0.01.
   *
   * @throws IvyArgumentException if {@code lr} is negative
   */
  public AdamW(double lr) {
    super("AdamW", lr, 0.01);
  }

  @Override
  Array decayed(Array p, Array grad) {
    return grad;
  }

  @Override
  Array preStep(Array p, double lr) {
    return weightDecay() != 0 ? Ivy.multiply(p, 1 - lr * weightDecay()) : p;
  }
}
