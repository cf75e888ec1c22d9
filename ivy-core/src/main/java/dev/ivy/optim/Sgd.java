package dev.ivy.optim;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.errors.IvyArgumentException;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent with optional momentum, dampening, Nesterov momentum and weight
 * decay, as PyTorch's {@code torch.optim.SGD}:
 *
 * <pre>
 * g = grad + weight_decay * p
 * b = g                                  on the first step
 * b = momentum * b + (1 - dampening) * g afterwards        (when momentum != 0)
 * g = g + momentum * b   (nesterov)   or   g = b
 * p = p - lr * g
 * </pre>
 *
 * <p>Defaults as PyTorch's: momentum 0, dampening 0, weight decay 0, no Nesterov. State: {@code
 * momentum_buffer} when momentum is not 0.
 *
 * <pre>{@code
 * Optimizer opt = new Sgd(0.05).setMomentum(0.9).setNesterov(true).setWeightDecay(1e-4);
 * }</pre>
 */
public final class Sgd extends Optimizer {
  private double momentum;
  private double dampening;
  private double weightDecay;
  private boolean nesterov;

  /**
   * Creates SGD with learning rate {@code lr}.
   *
   * @throws IvyArgumentException if {@code lr} is negative
   */
  public Sgd(double lr) {
    super("Sgd", lr);
  }

  /**
   * Sets the momentum factor (default 0).
   *
   * @throws IvyArgumentException if it is negative
   */
  public Sgd setMomentum(double momentum) {
    checkHyper("momentum", momentum, momentum >= 0, ">= 0");
    this.momentum = momentum;
    return this;
  }

  /** Sets the dampening of the momentum (default 0). */
  public Sgd setDampening(double dampening) {
    checkHyper("dampening", dampening, Double.isFinite(dampening), "finite");
    this.dampening = dampening;
    return this;
  }

  /**
   * Sets the L2 penalty added to the gradient (default 0).
   *
   * @throws IvyArgumentException if it is negative
   */
  public Sgd setWeightDecay(double weightDecay) {
    checkHyper("weightDecay", weightDecay, weightDecay >= 0, ">= 0");
    this.weightDecay = weightDecay;
    return this;
  }

  /** Sets Nesterov momentum (default false; needs momentum > 0 and dampening 0). */
  public Sgd setNesterov(boolean nesterov) {
    this.nesterov = nesterov;
    return this;
  }

  @Override
  protected void checkSettings() {
    if (nesterov && (momentum <= 0 || dampening != 0)) {
      throw new IvyArgumentException(
          "Sgd: nesterov needs momentum > 0 and dampening 0; got momentum "
              + momentum
              + ", dampening "
              + dampening);
    }
  }

  @Override
  protected List<String> slotNames() {
    return momentum != 0 ? List.of("momentum_buffer") : List.of();
  }

  @Override
  protected Array update(
      Array p, Array grad, Map<String, Array> slots, long t, double lr, boolean fresh) {
    Array g = weightDecay != 0 ? Ivy.add(grad, Ivy.multiply(p, weightDecay)) : grad;
    if (momentum != 0) {
      Array buf =
          fresh
              // a copy, as PyTorch's clone: the buffer must not alias the caller's gradient
              ? Ivy.multiply(g, 1.0)
              : Ivy.add(
                  Ivy.multiply(slots.get("momentum_buffer"), momentum),
                  Ivy.multiply(g, 1 - dampening));
      slots.put("momentum_buffer", buf);
      g = nesterov ? Ivy.add(g, Ivy.multiply(buf, momentum)) : buf;
    }
    return Ivy.subtract(p, Ivy.multiply(g, lr));
  }
}
