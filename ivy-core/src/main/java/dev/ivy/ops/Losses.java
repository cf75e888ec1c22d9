package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.rules.Broadcasting;
import dev.ivy.rules.TypePromotion;

/**
 * Loss functions with the semantics of {@code torch.nn.functional}: the same names of arguments,
 * the same defaults and the same reductions ({@code "none"} keeps one loss per element or sample,
 * {@code "mean"} averages, {@code "sum"} adds up; {@code kl_div} also takes {@code "batchmean"}).
 *
 * <p>Dtype rule: the input and the target promote, and integer results of that promotion compute in
 * the floating dtype NumPy would choose; class-index targets must be integers. Element-wise losses
 * broadcast the input and the target (PyTorch only warns about differing shapes). The mean of no
 * elements is NaN, as in PyTorch.
 */
public final class Losses {
  private Losses() {}

  // ------------------------------------------------------------------ helpers

  private static void checkReduction(String fn, String reduction, boolean batchmean) {
    boolean ok =
        "none".equals(reduction)
            || "mean".equals(reduction)
            || "sum".equals(reduction)
            || (batchmean && "batchmean".equals(reduction));
    Checks.check(
        ok,
        fn,
        "reduction must be one of 'none', 'mean', 'sum'%s; got '%s'",
        batchmean ? ", 'batchmean'" : "",
        reduction);
  }

  private static Array reduce(Array loss, String reduction) {
    return switch (reduction) {
      case "sum" -> Reductions.sum(loss, null, false, null);
      case "mean" -> Reductions.mean(loss, null, false);
      default -> loss;
    };
  }

  /** Returns the input and the target in their common floating dtype, checked to broadcast. */
  private static Array[] floats(String fn, Array input, Array target) {
    Broadcasting.broadcast(fn, input.shape(), target.shape());
    DType dt = Elementwise.floatFor(TypePromotion.promote(input.dtype(), target.dtype()));
    return new Array[] {Manipulation.astype(input, dt), Manipulation.astype(target, dt)};
  }

  private static Array weighted(Array loss, Array weight) {
    return weight == null ? loss : Elementwise.multiply(loss, weight);
  }

  // ------------------------------------------------------------------ regression

  /**
   * Returns the squared error (input - target)^2, reduced.
   *
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast or the reduction is
   *     unknown
   */
  public static Array mseLoss(Array input, Array target, String reduction) {
    checkReduction("mse_loss", reduction, false);
    Array[] it = floats("mse_loss", input, target);
    Array d = Elementwise.subtract(it[0], it[1]);
    return reduce(Elementwise.multiply(d, d), reduction);
  }

  /**
   * Returns the absolute error |input - target|, reduced.
   *
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast or the reduction is
   *     unknown
   */
  public static Array l1Loss(Array input, Array target, String reduction) {
    checkReduction("l1_loss", reduction, false);
    Array[] it = floats("l1_loss", input, target);
    return reduce(Elementwise.abs(Elementwise.subtract(it[0], it[1])), reduction);
  }

  /**
   * Returns the smooth L1 loss: 0.5 d^2 / beta where |d| &lt; beta, else |d| - 0.5 beta, with d =
   * input - target; beta 0 gives the L1 loss.
   *
   * @throws dev.ivy.errors.IvyArgumentException if beta is negative, the shapes do not broadcast or
   *     the reduction is unknown
   */
  public static Array smoothL1Loss(Array input, Array target, String reduction, double beta) {
    checkReduction("smooth_l1_loss", reduction, false);
    Checks.check(beta >= 0, "smooth_l1_loss", "beta must be >= 0; got %s", beta);
    Array[] it = floats("smooth_l1_loss", input, target);
    Array ad = Elementwise.abs(Elementwise.subtract(it[0], it[1]));
    if (beta == 0) {
      return reduce(ad, reduction);
    }
    Array quad = Elementwise.divide(Elementwise.multiply(Elementwise.multiply(ad, ad), 0.5), beta);
    Array lin = Elementwise.subtract(ad, 0.5 * beta);
    return reduce(Elementwise.where(Elementwise.less(ad, beta), quad, lin), reduction);
  }

  /**
   * Returns the Huber loss: 0.5 d^2 where |d| &lt; delta, else delta * (|d| - 0.5 delta), with d =
   * input - target.
   *
   * @throws dev.ivy.errors.IvyArgumentException if delta is not positive, the shapes do not
   *     broadcast or the reduction is unknown
   */
  public static Array huberLoss(Array input, Array target, String reduction, double delta) {
    checkReduction("huber_loss", reduction, false);
    Checks.check(delta > 0, "huber_loss", "delta must be > 0; got %s", delta);
    Array[] it = floats("huber_loss", input, target);
    Array ad = Elementwise.abs(Elementwise.subtract(it[0], it[1]));
    Array quad = Elementwise.multiply(Elementwise.multiply(ad, ad), 0.5);
    Array lin = Elementwise.multiply(Elementwise.subtract(ad, 0.5 * delta), delta);
    return reduce(Elementwise.where(Elementwise.less(ad, delta), quad, lin), reduction);
  }

  // ------------------------------------------------------------------ binary classification

  /**
   * Returns the binary cross entropy of probabilities: -weight * (target * log(input) + (1 -
   * target) * log(1 - input)), each log clamped at -100 as PyTorch does so that 0 and 1 give finite
   * losses.
   *
   * @param weight a rescaling weight broadcast against the loss, or null
   * @throws dev.ivy.errors.IvyArgumentException if input and target shapes differ, an input value
   *     is outside [0, 1] (or NaN), or the reduction is unknown
   */
  public static Array binaryCrossEntropy(
      Array input, Array target, Array weight, String reduction) {
    String fn = "binary_cross_entropy";
    checkReduction(fn, reduction, false);
    Checks.check(
        input.shape().equals(target.shape()),
        fn,
        "target.shape must equal input.shape; got %s and %s",
        target.shape(),
        input.shape());
    Array[] it = floats(fn, input, target);
    Array x = it[0];
    Array t = it[1];
    if (!x.isSymbolic() && x.size() > 0) {
      double lo = Reductions.min(x, null, false).itemDouble();
      double hi = Reductions.max(x, null, false).itemDouble();
      Checks.check(
          lo >= 0 && hi <= 1, fn, "input values must be in [0, 1]; got values in [%s, %s]", lo, hi);
    }
    Array logX = Elementwise.maximum(Elementwise.log(x), -100.0);
    Array log1mX = Elementwise.maximum(Elementwise.log1p(Elementwise.negative(x)), -100.0);
    Array loss =
        Elementwise.subtract(
            Elementwise.multiply(Elementwise.subtract(t, 1), log1mX),
            Elementwise.multiply(t, logX));
    return reduce(weighted(loss, weight), reduction);
  }

  /**
   * Returns the binary cross entropy of logits, computed stably as (1 - target) * input - lw *
   * log_sigmoid(input) with lw = 1 + (pos_weight - 1) * target, times weight.
   *
   * @param weight a rescaling weight broadcast against the loss, or null
   * @param posWeight the weight of positive examples, broadcast along the last (class) axis, or
   *     null
   * @throws dev.ivy.errors.IvyArgumentException if input and target shapes differ or the reduction
   *     is unknown
   */
  public static Array binaryCrossEntropyWithLogits(
      Array input, Array target, Array weight, String reduction, Array posWeight) {
    String fn = "binary_cross_entropy_with_logits";
    checkReduction(fn, reduction, false);
    Checks.check(
        input.shape().equals(target.shape()),
        fn,
        "target.shape must equal input.shape; got %s and %s",
        target.shape(),
        input.shape());
    Array[] it = floats(fn, input, target);
    Array x = it[0];
    Array t = it[1];
    // -log_sigmoid(x) = log1p(e^-|x|) + max(-x, 0), finite for every finite x
    Array negLogSig =
        Elementwise.add(
            Elementwise.log1p(Elementwise.exp(Elementwise.negative(Elementwise.abs(x)))),
            Elementwise.maximum(Elementwise.negative(x), 0));
    Array lw =
        posWeight == null
            ? null
            : Elementwise.add(Elementwise.multiply(Elementwise.subtract(posWeight, 1), t), 1);
    Array loss =
        Elementwise.add(
            Elementwise.multiply(Elementwise.subtract(1, t), x), weighted(negLogSig, lw));
    return reduce(weighted(loss, weight), reduction);
  }

  // ------------------------------------------------------------------ classification

  /** Returns the class axis of an input of {@code rank}: 0 for unbatched [C], else 1. */
  private static int classAxis(String fn, Array input) {
    Checks.check(
        input.rank() >= 1, fn, "input must have rank >= 1 ([C] or [N, C, ...]); got shape []");
    return input.rank() == 1 ? 0 : 1;
  }

  /** Returns the per-class weight reshaped to broadcast along {@code axis} of {@code rank}. */
  private static Array classWeight(String fn, Array weight, long classes, int axis, int rank) {
    Checks.check(
        weight.rank() == 1 && weight.shape().dim(0) == classes,
        fn,
        "weight must have shape [%s] (one value per class); got %s",
        classes,
        weight.shape());
    long[] d = new long[rank - axis];
    java.util.Arrays.fill(d, 1);
    d[0] = classes;
    return Manipulation.reshape(weight, Shape.of(d));
  }

  /** The per-element terms of the negative log likelihood of class indices. */
  private record Nll(Array loss, Array weight, Array valid) {}

  private static Nll nllTerms(
      String fn, Array logp, Array target, Array weight, long ignoreIndex, int axis) {
    Checks.check(
        target.dtype().isInteger(),
        fn,
        "target must hold class indices of an integer dtype (or probabilities of input's shape);"
            + " got %s %s",
        target.dtype(),
        target.shape());
    long classes = logp.shape().dim(axis);
    long[] expect = new long[logp.rank() - 1];
    for (int i = 0, j = 0; i < logp.rank(); i++) {
      if (i != axis) {
        expect[j++] = logp.shape().dim(i);
      }
    }
    Checks.check(
        target.shape().equals(Shape.of(expect)),
        fn,
        "target.shape must be input.shape without the class axis %s, %s; got %s",
        axis,
        Shape.of(expect),
        target.shape());
    Array tgt = Manipulation.astype(target, DType.INT64);
    Array valid = Elementwise.notEqual(tgt, ignoreIndex);
    Array safe = Elementwise.where(valid, tgt, 0L);
    if (!safe.isSymbolic() && safe.size() > 0) {
      long lo = Reductions.min(safe, null, false).itemLong();
      long hi = Reductions.max(safe, null, false).itemLong();
      Checks.check(
          lo >= 0 && hi < classes,
          fn,
          "target class indices must be in [0, %s) or equal ignore_index (%s); got values in"
              + " [%s, %s]",
          classes,
          ignoreIndex,
          lo,
          hi);
    }
    Array hit = Indexing.oneHot(safe, classes, null, null, axis, DType.BOOL);
    // where, not multiply: a -inf log-probability of another class must not give NaN
    Array picked =
        Reductions.sum(
            Elementwise.where(hit, logp, Creation.zerosLike(logp)), new int[] {axis}, false, null);
    Array w;
    if (weight == null) {
      w = Manipulation.astype(valid, logp.dtype());
    } else {
      Array wf = Manipulation.astype(weight, logp.dtype());
      w = Elementwise.where(valid, Indexing.take(wf, safe, 0), 0.0);
    }
    Array loss = Elementwise.where(valid, Elementwise.negative(Elementwise.multiply(picked, w)), 0);
    return new Nll(loss, w, valid);
  }

  private static Array reduceWeighted(Array loss, Array w, String reduction) {
    return switch (reduction) {
      case "sum" -> Reductions.sum(loss, null, false, null);
      case "mean" ->
          Elementwise.divide(
              Reductions.sum(loss, null, false, null), Reductions.sum(w, null, false, null));
      default -> loss;
    };
  }

  /**
   * Returns the negative log likelihood loss of log-probabilities {@code input} ([C], [N, C] or [N,
   * C, d1, ...]) at integer class indices {@code target} (input's shape without the class axis), as
   * {@code torch.nn.functional.nll_loss}: -weight[t] * input[t] per element; targets equal to
   * {@code ignoreIndex} contribute 0; {@code "mean"} divides by the sum of the weights of the
   * targets not ignored (NaN when all are ignored).
   *
   * @param weight a rescaling weight per class ([C]), or null
   * @throws dev.ivy.errors.IvyArgumentException if shapes or dtypes do not fit, a target is out of
   *     range, or the reduction is unknown
   */
  public static Array nllLoss(
      Array input, Array target, Array weight, long ignoreIndex, String reduction) {
    String fn = "nll_loss";
    checkReduction(fn, reduction, false);
    int axis = classAxis(fn, input);
    Array logp = Activations.toFloat(input);
    if (weight != null) {
      classWeight(fn, weight, logp.shape().dim(axis), axis, logp.rank());
    }
    Nll t = nllTerms(fn, logp, target, weight, ignoreIndex, axis);
    return reduceWeighted(t.loss(), t.weight(), reduction);
  }

  /**
   * Returns the cross entropy between logits {@code input} ([C], [N, C] or [N, C, d1, ...]) and
   * {@code target}, exactly as {@code torch.nn.functional.cross_entropy}.
   *
   * <p>With integer class indices (input's shape without the class axis 1) it is the {@link
   * #nllLoss} of log_softmax(input); targets equal to {@code ignoreIndex} are left out, and {@code
   * "mean"} divides by the summed weights of the other targets. With floating class probabilities
   * (input's shape) it is -sum(weight * target * log_softmax(input)) over the class axis; {@code
   * "mean"} divides by the number of samples and {@code ignoreIndex} is not used. Label smoothing
   * {@code s} mixes the target with the uniform distribution: (1 - s) * loss + s / C * the loss
   * against every class.
   *
   * @param weight a rescaling weight per class ([C]), or null
   * @throws dev.ivy.errors.IvyArgumentException if shapes or dtypes do not fit, a target is out of
   *     range, label_smoothing is outside [0, 1], or the reduction is unknown
   */
  public static Array crossEntropy(
      Array input,
      Array target,
      Array weight,
      long ignoreIndex,
      String reduction,
      double labelSmoothing) {
    String fn = "cross_entropy";
    checkReduction(fn, reduction, false);
    Checks.check(
        labelSmoothing >= 0 && labelSmoothing <= 1,
        fn,
        "label_smoothing must be in [0, 1]; got %s",
        labelSmoothing);
    int axis = classAxis(fn, input);
    int[] axes = {axis};
    long classes = input.shape().dim(axis);
    if (target.dtype().isFloating()) {
      Checks.check(
          target.shape().equals(input.shape()),
          fn,
          "probability targets must have input's shape %s; got %s",
          input.shape(),
          target.shape());
      Array[] it = floats(fn, input, target);
      Array logp = Activations.logSoftmax(it[0], axis);
      Array t = it[1];
      if (labelSmoothing > 0) {
        t = Elementwise.add(Elementwise.multiply(t, 1 - labelSmoothing), labelSmoothing / classes);
      }
      Array terms = Elementwise.multiply(logp, t);
      if (weight != null) {
        Array wb = classWeight(fn, weight, classes, axis, input.rank());
        terms = Elementwise.multiply(terms, Manipulation.astype(wb, logp.dtype()));
      }
      Array loss = Elementwise.negative(Reductions.sum(terms, axes, false, null));
      return switch (reduction) {
        case "sum" -> Reductions.sum(loss, null, false, null);
        case "mean" -> Reductions.mean(loss, null, false);
        default -> loss;
      };
    }
    Array logp = Activations.logSoftmax(input, axis);
    Array wb =
        weight == null
            ? null
            : Manipulation.astype(
                classWeight(fn, weight, classes, axis, logp.rank()), logp.dtype());
    Nll t = nllTerms(fn, logp, target, weight, ignoreIndex, axis);
    Array nll = reduceWeighted(t.loss(), t.weight(), reduction);
    if (labelSmoothing == 0) {
      return nll;
    }
    Array all = wb == null ? logp : Elementwise.multiply(logp, wb);
    Array smooth = Elementwise.negative(Reductions.sum(all, axes, false, null));
    smooth = Elementwise.where(t.valid(), smooth, 0);
    Array smoothReduced = reduceWeighted(smooth, t.weight(), reduction);
    return Elementwise.add(
        Elementwise.multiply(nll, 1 - labelSmoothing),
        Elementwise.multiply(smoothReduced, labelSmoothing / classes));
  }

  /**
   * Returns the Kullback-Leibler divergence of {@code target} from log-probabilities {@code input},
   * as {@code torch.nn.functional.kl_div}: target * (log(target) - input) per element, with 0 where
   * target is 0 (or, when {@code logTarget}, e^target * (target - input)). {@code "batchmean"}
   * divides the sum by input.shape[0] (the mathematically correct KL divergence); {@code "mean"}
   * averages over every element.
   *
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast or the reduction is
   *     unknown
   */
  public static Array klDiv(Array input, Array target, String reduction, boolean logTarget) {
    String fn = "kl_div";
    checkReduction(fn, reduction, true);
    Array[] it = floats(fn, input, target);
    Array x = it[0];
    Array t = it[1];
    Array loss;
    if (logTarget) {
      loss = Elementwise.multiply(Elementwise.exp(t), Elementwise.subtract(t, x));
    } else {
      // xlogy(t, t): 0 where t is 0, NaN stays NaN
      Array tlogt =
          Elementwise.where(
              Elementwise.equal(t, 0),
              Creation.zerosLike(t),
              Elementwise.multiply(t, Elementwise.log(t)));
      loss = Elementwise.subtract(tlogt, Elementwise.multiply(t, x));
    }
    if ("batchmean".equals(reduction)) {
      Array s = Reductions.sum(loss, null, false, null);
      return x.rank() == 0 ? s : Elementwise.divide(s, (double) x.shape().dim(0));
    }
    return reduce(loss, reduction);
  }
}
