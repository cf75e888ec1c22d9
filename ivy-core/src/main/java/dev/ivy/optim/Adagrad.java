package dev.ivy.optim;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.errors.IvyArgumentException;
import java.util.List;
import java.util.Map;

/**
 * Adagrad (Duchi et al.), as PyTorch's {@code torch.optim.Adagrad}:
 *
 * <pre>
 * g = grad + weight_decay * p
 * clr = lr / (1 + (t - 1) * lr_decay)
 * s = s + g * g                           (s starts at initial_accumulator_value)
 * p = p - clr * g / (sqrt(s) + eps)
 * </pre>
 *
 * <p>Defaults as PyTorch's: lr 1e-2, lr decay 0, weight decay 0, initial accumulator value 0, eps
 * 1e-10. State: {@code sum}.
 */
public final class Adagrad extends Optimizer {
  private double lrDecay;
  private double weightDecay;
  private double initialAccumulatorValue;
  private double eps = 1e-10;

  /** Creates Adagrad with PyTorch's defaults (lr 1e-2). */
  public Adagrad() {
    this(1e-2);
  }

  /**
   * Creates Adagrad with learning rate {@code lr}.
   *
   * @throws IvyArgumentException if {@code lr} is negative
   */
  public Adagrad(double lr) {
    super("Adagrad", lr);
  }

  /**
   * Sets the learning-rate decay (default 0).
   *
   * @throws IvyArgumentException if it is negative
   */
  public Adagrad setLrDecay(double lrDecay) {
    checkHyper("lrDecay", lrDecay, lrDecay >= 0, ">= 0");
    this.lrDecay = lrDecay;
    return this;
  }

  /**
   * Sets the L2 penalty added to the gradient (default 0).
   *
   * @throws IvyArgumentException if it is negative
   */
  public Adagrad setWeightDecay(double weightDecay) {
    checkHyper("weightDecay", weightDecay, weightDecay >= 0, ">= 0");
    this.weightDecay = weightDecay;
    return this;
  }

  /**
   * Sets the initial value of the sum of squared gradients (default 0).
   *
   * @throws IvyArgumentException if it is negative
   */
  public Adagrad setInitialAccumulatorValue(double value) {
    checkHyper("initialAccumulatorValue", value, value >= 0, ">= 0");
    this.initialAccumulatorValue = value;
    return this;
  }

  /**
   * Sets the term added to the denominator (default 1e-10).
   *
   * @throws IvyArgumentException if it is negative
   */
  public Adagrad setEps(double eps) {
    checkHyper("eps", eps, eps >= 0, ">= 0");
    this.eps = eps;
    return this;
  }

  @Override
  protected List<String> slotNames() {
    return List.of("sum");
  }

  @Override
  protected Array initSlot(String slot, Array param) {
    return Ivy.fullLike(param, initialAccumulatorValue, null);
  }

  @Override
  protected Array update(
      Array p, Array grad, Map<String, Array> slots, long t, double lr, boolean fresh) {
    Array g = weightDecay != 0 ? Ivy.add(grad, Ivy.multiply(p, weightDecay)) : grad;
    Object n = stepNumber(slots, t);
    Object clr =
        n instanceof Double d
            ? (Object) (lr / (1 + (d - 1) * lrDecay))
            : Ivy.divide(lr, Ivy.add(Ivy.multiply(Ivy.subtract(n, 1.0), lrDecay), 1.0));
    Array s = Ivy.add(slots.get("sum"), Ivy.multiply(g, g));
    slots.put("sum", s);
    Array std = Ivy.add(Ivy.sqrt(s), eps);
    return Ivy.subtract(p, Ivy.multiply(Ivy.divide(g, std), clr));
  }
}
