package dev.ivy.optim;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.errors.IvyArgumentException;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma and Ba), optionally AMSGrad, as PyTorch's {@code torch.optim.Adam}:
 *
 * <pre>
 * g = grad + weight_decay * p
 * m = beta1 * m + (1 - beta1) * g
 * s = beta2 * s + (1 - beta2) * g * g
 * s_max = max(s_max, s)                               (amsgrad; then s_max replaces s below)
 * p = p - lr / (1 - beta1^t) * m / (sqrt(s) / sqrt(1 - beta2^t) + eps)
 * </pre>
 *
 * <p>Defaults as PyTorch's: lr 1e-3, betas (0.9, 0.999), eps 1e-8, weight decay 0, no AMSGrad.
 * State: {@code exp_avg}, {@code exp_avg_sq}, and {@code max_exp_avg_sq} with AMSGrad.
 *
 * <pre>{@code
 * Optimizer opt = new Adam(1e-4);
 * }</pre>
 */
public class Adam extends Optimizer {
  private double beta1 = 0.9;
  private double beta2 = 0.999;
  private double eps = 1e-8;
  private double weightDecay;
  private boolean amsgrad;

  /** Creates Adam with PyTorch's defaults (lr 1e-3). */
  public Adam() {
    this(1e-3);
  }

  /**
   * Creates Adam with learning rate {@code lr}.
   *
   * @throws IvyArgumentException if {@code lr} is negative
   */
  public Adam(double lr) {
    this("Adam", lr, 0);
  }

  Adam(String name, double lr, double weightDecay) {
    super(name, lr);
    setWeightDecay(weightDecay);
  }

  /**
   * Sets the moment decay rates (default 0.9, 0.999).
   *
   * @throws IvyArgumentException unless both are in [0, 1)
   */
  public Adam setBetas(double beta1, double beta2) {
    checkHyper("beta1", beta1, beta1 >= 0 && beta1 < 1, "in [0, 1)");
    checkHyper("beta2", beta2, beta2 >= 0 && beta2 < 1, "in [0, 1)");
    this.beta1 = beta1;
    this.beta2 = beta2;
    return this;
  }

  /**
   * Sets the term added to the denominator (default 1e-8).
   *
   * @throws IvyArgumentException if it is negative
   */
  public Adam setEps(double eps) {
    checkHyper("eps", eps, eps >= 0, ">= 0");
    this.eps = eps;
    return this;
  }

  /**
   * Sets the weight decay (default 0 for Adam, an L2 penalty added to the gradient; 0.01 for AdamW,
   * decoupled).
   *
   * @throws IvyArgumentException if it is negative
   */
  public Adam setWeightDecay(double weightDecay) {
    checkHyper("weightDecay", weightDecay, weightDecay >= 0, ">= 0");
    this.weightDecay = weightDecay;
    return this;
  }

  /** Sets whether to use AMSGrad (default false). */
  public Adam setAmsgrad(boolean amsgrad) {
    this.amsgrad = amsgrad;
    return this;
  }

  /** Returns the weight decay. */
  public double weightDecay() {
    return weightDecay;
  }

  @Override
  protected List<String> slotNames() {
    return amsgrad
        ? List.of("exp_avg", "exp_avg_sq", "max_exp_avg_sq")
        : List.of("exp_avg", "exp_avg_sq");
  }

  /** Returns the gradient with the (coupled) weight decay; AdamW decays the variable instead. */
  Array decayed(Array p, Array grad) {
    return weightDecay != 0 ? Ivy.add(grad, Ivy.multiply(p, weightDecay)) : grad;
  }

  /** Returns the variable before the Adam step; AdamW shrinks it. */
  Array preStep(Array p, double lr) {
    return p;
  }

  @Override
  protected final Array update(
      Array p, Array grad, Map<String, Array> slots, long t, double lr, boolean fresh) {
    Array g = decayed(p, grad);
    p = preStep(p, lr);
    Array m = Ivy.add(Ivy.multiply(slots.get("exp_avg"), beta1), Ivy.multiply(g, 1 - beta1));
    Array s =
        Ivy.add(
            Ivy.multiply(slots.get("exp_avg_sq"), beta2),
            Ivy.multiply(Ivy.multiply(g, g), 1 - beta2));
    slots.put("exp_avg", m);
    slots.put("exp_avg_sq", s);
    if (amsgrad) {
      s = Ivy.maximum(slots.get("max_exp_avg_sq"), s);
      slots.put("max_exp_avg_sq", s);
    }
    Object bc1 = biasCorrection(beta1, slots, t);
    Object bc2Sqrt = sqrt(biasCorrection(beta2, slots, t));
    Array denom = Ivy.add(Ivy.divide(Ivy.sqrt(s), bc2Sqrt), eps);
    return Ivy.subtract(p, Ivy.multiply(Ivy.divide(m, denom), div(lr, bc1)));
  }
}
