package dev.ivy.optim;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.errors.IvyArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RMSprop (Hinton), optionally centered and with momentum, as PyTorch's {@code
 * torch.optim.RMSprop}:
 *
 * <pre>
 * g = grad + weight_decay * p
 * s = alpha * s + (1 - alpha) * g * g
 * a = alpha * a + (1 - alpha) * g;  d = sqrt(s - a * a) + eps     (centered)
 * d = sqrt(s) + eps                                               (otherwise)
 * b = momentum * b + g / d;  p = p - lr * b                       (momentum &gt; 0)
 * p = p - lr * g / d                                              (otherwise)
 * </pre>
 *
 * <p>Defaults as PyTorch's: lr 1e-2, alpha 0.99, eps 1e-8, weight decay 0, momentum 0, not
 * centered. State: {@code square_avg}, {@code momentum_buffer} with momentum, {@code grad_avg} when
 * centered.
 */
public final class RmsProp extends Optimizer {
  private double alpha = 0.99;
  private double eps = 1e-8;
  private double weightDecay;
  private double momentum;
  private boolean centered;

  /** Creates RMSprop with PyTorch's defaults (lr 1e-2). */
  public RmsProp() {
    this(1e-2);
  }

  /**
   * Creates RMSprop with learning rate {@code lr}.
   *
   * @throws IvyArgumentException if {@code lr} is negative
   */
  public RmsProp(double lr) {
    super("RmsProp", lr);
  }

  /**
   * Sets the smoothing constant (default 0.99).
   *
   * @throws IvyArgumentException if it is negative
   */
  public RmsProp setAlpha(double alpha) {
    checkHyper("alpha", alpha, alpha >= 0, ">= 0");
    this.alpha = alpha;
    return this;
  }

  /**
   * Sets the term added to the denominator (default 1e-8).
   *
   * @throws IvyArgumentException if it is negative
   */
  public RmsProp setEps(double eps) {
    checkHyper("eps", eps, eps >= 0, ">= 0");
    this.eps = eps;
    return this;
  }

  /**
   * Sets the L2 penalty added to the gradient (default 0).
   *
   * @throws IvyArgumentException if it is negative
   */
  public RmsProp setWeightDecay(double weightDecay) {
    checkHyper("weightDecay", weightDecay, weightDecay >= 0, ">= 0");
    this.weightDecay = weightDecay;
    return this;
  }

  /**
   * Sets the momentum factor (default 0).
   *
   * @throws IvyArgumentException if it is negative
   */
  public RmsProp setMomentum(double momentum) {
    checkHyper("momentum", momentum, momentum >= 0, ">= 0");
    this.momentum = momentum;
    return this;
  }

  /** Sets whether to normalise by the estimated variance of the gradient (default false). */
  public RmsProp setCentered(boolean centered) {
    this.centered = centered;
    return this;
  }

  @Override
  protected List<String> slotNames() {
    List<String> r = new ArrayList<>(List.of("square_avg"));
    if (momentum > 0) {
      r.add("momentum_buffer");
    }
    if (centered) {
      r.add("grad_avg");
    }
    return r;
  }

  @Override
  protected Array update(
      Array p, Array grad, Map<String, Array> slots, long t, double lr, boolean fresh) {
    Array g = weightDecay != 0 ? Ivy.add(grad, Ivy.multiply(p, weightDecay)) : grad;
    Array s =
        Ivy.add(
            Ivy.multiply(slots.get("square_avg"), alpha),
            Ivy.multiply(Ivy.multiply(g, g), 1 - alpha));
    slots.put("square_avg", s);
    Array avg;
    if (centered) {
      Array a = Ivy.add(Ivy.multiply(slots.get("grad_avg"), alpha), Ivy.multiply(g, 1 - alpha));
      slots.put("grad_avg", a);
      avg = Ivy.add(Ivy.sqrt(Ivy.subtract(s, Ivy.multiply(a, a))), eps);
    } else {
      avg = Ivy.add(Ivy.sqrt(s), eps);
    }
    if (momentum > 0) {
      Array b = Ivy.add(Ivy.multiply(slots.get("momentum_buffer"), momentum), Ivy.divide(g, avg));
      slots.put("momentum_buffer", b);
      return Ivy.subtract(p, Ivy.multiply(b, lr));
    }
    return Ivy.subtract(p, Ivy.multiply(Ivy.divide(g, avg), lr));
  }
}
