package dev.ivy.optim;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.errors.IvyArgumentException;
import java.util.List;
import java.util.Map;

/**
 * LAMB (You et al., "Large Batch Optimization for Deep Learning"), in the formulation of {@code
 * torch_optimizer.Lamb} (PyTorch has no LAMB of its own), per variable:
 *
 * <pre>
 * m = beta1 * m + (1 - beta1) * grad
 * s = beta2 * s + (1 - beta2) * grad * grad
 * step_size = lr * sqrt(1 - beta2^t) / (1 - beta1^t)      (debias)   or   lr
 * w = min(||p||, clamp_value)
 * u = m / (sqrt(s) + eps) + weight_decay * p
 * r = w / ||u||, or 1 when w or ||u|| is 0
 * p = p - step_size * r * u
 * </pre>
 *
 * <p>Norms are Euclidean over the whole variable. Defaults as {@code torch_optimizer.Lamb}: lr
 * 1e-3, betas (0.9, 0.999), eps 1e-6, weight decay 0, clamp value 10, no debiasing ({@code
 * adam=True}, which drops the trust ratio, is not offered). State: {@code exp_avg}, {@code
 * exp_avg_sq}.
 */
public final class Lamb extends Optimizer {
  private double beta1 = 0.9;
  private double beta2 = 0.999;
  private double eps = 1e-6;
  private double weightDecay;
  private double clampValue = 10;
  private boolean debias;

  /** Creates LAMB with the defaults (lr 1e-3). */
  public Lamb() {
    this(1e-3);
  }

  /**
   * Creates LAMB with learning rate {@code lr}.
   *
   * @throws IvyArgumentException if {@code lr} is negative
   */
  public Lamb(double lr) {
    super("Lamb", lr);
  }

  /**
   * Sets the moment decay rates (default 0.9, 0.999).
   *
   * @throws IvyArgumentException unless both are in [0, 1)
   */
  public Lamb setBetas(double beta1, double beta2) {
    checkHyper("beta1", beta1, beta1 >= 0 && beta1 < 1, "in [0, 1)");
    checkHyper("beta2", beta2, beta2 >= 0 && beta2 < 1, "in [0, 1)");
    this.beta1 = beta1;
    this.beta2 = beta2;
    return this;
  }

  /**
   * Sets the term added to the denominator (default 1e-6).
   *
   * @throws IvyArgumentException if it is negative
   */
  public Lamb setEps(double eps) {
    checkHyper("eps", eps, eps >= 0, ">= 0");
    this.eps = eps;
    return this;
  }

  /**
   * Sets the decoupled weight decay added to the Adam direction (default 0).
   *
   * @throws IvyArgumentException if it is negative
   */
  public Lamb setWeightDecay(double weightDecay) {
    checkHyper("weightDecay", weightDecay, weightDecay >= 0, ">= 0");
    this.weightDecay = weightDecay;
    return this;
  }

  /**
   * Sets the bound on the weight norm in the trust ratio (default 10).
   *
   * @throws IvyArgumentException unless it is positive
   */
  public Lamb setClampValue(double clampValue) {
    checkHyper("clampValue", clampValue, clampValue > 0, "> 0");
    this.clampValue = clampValue;
    return this;
  }

  /** Sets whether to apply Adam's bias corrections to the step size (default false). */
  public Lamb setDebias(boolean debias) {
    this.debias = debias;
    return this;
  }

  @Override
  protected List<String> slotNames() {
    return List.of("exp_avg", "exp_avg_sq");
  }

  @Override
  protected Array update(
      Array p, Array grad, Map<String, Array> slots, long t, double lr, boolean fresh) {
    Array m = Ivy.add(Ivy.multiply(slots.get("exp_avg"), beta1), Ivy.multiply(grad, 1 - beta1));
    Array s =
        Ivy.add(
            Ivy.multiply(slots.get("exp_avg_sq"), beta2),
            Ivy.multiply(Ivy.multiply(grad, grad), 1 - beta2));
    slots.put("exp_avg", m);
    slots.put("exp_avg_sq", s);
    Object stepSize =
        debias
            ? div(mul(lr, sqrt(biasCorrection(beta2, slots, t))), biasCorrection(beta1, slots, t))
            : (Object) lr;
    Array w = Ivy.minimum(norm(p), clampValue);
    Array u = Ivy.divide(m, Ivy.add(Ivy.sqrt(s), eps));
    if (weightDecay != 0) {
      u = Ivy.add(u, Ivy.multiply(p, weightDecay));
    }
    Array un = norm(u);
    // where() picks 1 for a zero norm; the division there yields inf or nan that is never used
    Array ratio =
        Ivy.where(
            Ivy.logicalAnd(Ivy.greater(w, 0.0), Ivy.greater(un, 0.0)),
            Ivy.divide(w, un),
            Ivy.onesLike(w));
    return Ivy.subtract(p, Ivy.multiply(Ivy.multiply(u, ratio), stepSize));
  }

  private static Array norm(Array x) {
    return Ivy.sqrt(Ivy.sum(Ivy.multiply(x, x)));
  }
}
