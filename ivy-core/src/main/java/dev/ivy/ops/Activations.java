package dev.ivy.ops;

import dev.ivy.Array;

/**
 * Activation functions and the softmax family, with PyTorch's semantics ({@code
 * torch.nn.functional}) under Ivy's names.
 *
 * <p>Dtype rule: floating inputs keep their dtype; integer and bool inputs compute in the floating
 * dtype NumPy would choose for {@code exp} (float64 for int32/int64, float32 for int16, float16 for
 * int8, uint8 and bool), except {@link #relu} and {@link #relu6}, which keep integer dtypes as
 * PyTorch does. NaN propagates through every function.
 */
public final class Activations {
  private Activations() {}

  // SELU's constants, as PyTorch spells them (Klambauer et al., 2017)
  private static final double SELU_ALPHA = 1.6732632423543772848170429916717;

  private static final double SELU_SCALE = 1.0507009873554804934193349852946;

  /** Returns x in its floating compute dtype. */
  static Array toFloat(Array x) {
    return Manipulation.astype(x, Elementwise.floatFor(x.dtype()));
  }

  private static void checkNumeric(String fn, Array x) {
    Checks.check(!x.dtype().isBool(), fn, "x must be numeric; got %s", x.dtype());
  }

  /**
   * Returns max(x, 0). Integer dtypes are kept; NaN stays NaN.
   *
   * @throws dev.ivy.errors.IvyArgumentException if x is bool
   */
  public static Array relu(Array x) {
    checkNumeric("relu", x);
    return x.dtype().isFloating() ? Coarse.relu(x) : reluDecomposition(x);
  }

  /** Returns relu from primitives: where, not maximum, so NaN stays NaN. */
  static Array reluDecomposition(Array x) {
    return Elementwise.where(Elementwise.lessEqual(x, 0), 0, x);
  }

  /**
   * Returns min(max(x, 0), 6), as {@code torch.nn.functional.relu6}. Integer dtypes are kept.
   *
   * @throws dev.ivy.errors.IvyArgumentException if x is bool
   */
  public static Array relu6(Array x) {
    checkNumeric("relu6", x);
    return Elementwise.clip(x, 0, 6);
  }

  /** Returns x where x > 0, else alpha * x (Ivy's default alpha is 0.2, PyTorch's 0.01). */
  public static Array leakyRelu(Array x, double alpha) {
    Array f = toFloat(x);
    return Elementwise.where(Elementwise.greater(f, 0), f, Elementwise.multiply(f, alpha));
  }

  /** Returns x where x > 0, else alpha * (e^x - 1) (computed with expm1). */
  public static Array elu(Array x, double alpha) {
    Array f = toFloat(x);
    return Elementwise.where(
        Elementwise.greater(f, 0), f, Elementwise.multiply(Elementwise.expm1(f), alpha));
  }

  /**
   * Returns scale * (max(0, x) + min(0, alpha * (e^x - 1))) with PyTorch's constants alpha =
   * 1.6732632423543772 and scale = 1.0507009873554805.
   */
  public static Array selu(Array x) {
    return Elementwise.multiply(elu(x, SELU_ALPHA), SELU_SCALE);
  }

  /**
   * Returns the Gaussian error linear unit: exactly x * (1 + erf(x / sqrt 2)) / 2, or, when {@code
   * approximate}, PyTorch's tanh form x / 2 * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 x^3))).
   */
  public static Array gelu(Array x, boolean approximate) {
    return Coarse.gelu(toFloat(x), approximate);
  }

  /** Returns 1 / (1 + e^-x); saturates to exactly 0 and 1 without NaN. */
  public static Array sigmoid(Array x) {
    Array f = toFloat(x);
    return Elementwise.divide(1.0, Elementwise.add(Elementwise.exp(Elementwise.negative(f)), 1));
  }

  /** Returns x * sigmoid(x) (the swish function with beta 1). */
  public static Array silu(Array x) {
    return Coarse.silu(toFloat(x));
  }

  /**
   * Returns log(1 + e^(beta x)) / beta, and x itself where beta * x > threshold, as {@code
   * torch.nn.functional.softplus}.
   *
   * @throws dev.ivy.errors.IvyArgumentException if beta is 0
   */
  public static Array softplus(Array x, double beta, double threshold) {
    Checks.check(beta != 0, "softplus", "beta must be nonzero; got %s", beta);
    Array f = toFloat(x);
    Array bx = Elementwise.multiply(f, beta);
    // exp only sees values <= threshold, so it cannot overflow
    Array safe = Elementwise.minimum(bx, threshold);
    Array soft = Elementwise.divide(Elementwise.log1p(Elementwise.exp(safe)), beta);
    return Elementwise.where(Elementwise.greater(bx, threshold), f, soft);
  }

  /** Returns x * tanh(softplus(x)) with PyTorch's softplus (beta 1, threshold 20). */
  public static Array mish(Array x) {
    Array f = toFloat(x);
    return Elementwise.multiply(f, Elementwise.tanh(softplus(f, 1.0, 20.0)));
  }

  /**
   * Returns relu6(x + 3) / 6: 0 below -3, 1 above 3, linear between, as {@code
   * torch.nn.functional.hardsigmoid}.
   */
  public static Array hardSigmoid(Array x) {
    Array f = toFloat(x);
    return Elementwise.divide(Elementwise.clip(Elementwise.add(f, 3), 0, 6), 6);
  }

  /** Returns x * relu6(x + 3) / 6, as {@code torch.nn.functional.hardswish}. */
  public static Array hardSwish(Array x) {
    Array f = toFloat(x);
    return Elementwise.divide(
        Elementwise.multiply(f, Elementwise.clip(Elementwise.add(f, 3), 0, 6)), 6);
  }

  /**
   * Returns e^x / sum(e^x) along {@code axis}, computed stably (the maximum is subtracted first).
   * Slices that are all -inf, or hold +inf or NaN, give NaN, as in PyTorch.
   *
   * @throws dev.ivy.errors.IvyArgumentException if axis is out of range
   */
  public static Array softmax(Array x, int axis) {
    Array f = toFloat(x);
    if (f.rank() == 0) {
      return Elementwise.exp(Elementwise.subtract(f, f));
    }
    int ax = Checks.axis("softmax", "axis", axis, f.rank());
    if (f.size() == 0) {
      return f;
    }
    return Coarse.softmax(false, f, ax);
  }

  /**
   * Returns x - log(sum(e^x)) along {@code axis}, computed stably: the log of {@link #softmax}
   * without its rounding or its underflow to -inf.
   *
   * @throws dev.ivy.errors.IvyArgumentException if axis is out of range
   */
  public static Array logSoftmax(Array x, int axis) {
    Array f = toFloat(x);
    if (f.rank() == 0) {
      return Elementwise.subtract(f, f);
    }
    int ax = Checks.axis("log_softmax", "axis", axis, f.rank());
    if (f.size() == 0) {
      return f;
    }
    return Coarse.softmax(true, f, ax);
  }
}
