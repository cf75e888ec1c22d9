package dev.ivy.onnx;

import static dev.ivy.onnx.MathOps.one;
import static dev.ivy.onnx.MathOps.same;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import java.util.List;

/** Losses: NegativeLogLikelihoodLoss and SoftmaxCrossEntropyLoss (opset 12 on). */
final class LossOps {
  private LossOps() {}

  static void register(OnnxOps.Registrar r) {
    r.add("NegativeLogLikelihoodLoss", c -> one(nll(c, c.in(0), c.in(1), c.opt(2))));
    r.add(
        "SoftmaxCrossEntropyLoss",
        c -> {
          Array scores = c.in(0);
          if (scores.rank() < 2) {
            throw c.error("scores must be at least 2-d [N, C, ...]; got %s", scores.shape());
          }
          Array logProb = Ivy.logSoftmax(scores, 1);
          List<Array> out = one(nll(c, logProb, c.in(1), c.opt(2)));
          out.add(logProb);
          return out;
        });
  }

  /**
   * The negative log-likelihood of {@code logProb} [N, C, d1..dk] at the classes {@code target} [N,
   * d1..dk], each weighted by {@code weight[target]} (1 when absent) and 0 where target is the
   * ignore_index attribute; reduced per the reduction attribute: none, sum, or mean (the sum
   * divided by the sum of the weights used).
   */
  static Array nll(NodeContext c, Array logProb, Array target, Array weight) {
    if (logProb.rank() < 2 || target.rank() != logProb.rank() - 1) {
      throw c.error(
          "input must be [N, C, d1..dk] and target [N, d1..dk]; got %s and %s",
          logProb.shape(), target.shape());
    }
    if (!target.dtype().isInteger()) {
      throw c.error("target must have an integer dtype; got %s", target.dtype());
    }
    String reduction = c.s("reduction", "mean");
    if (!reduction.equals("none") && !reduction.equals("sum") && !reduction.equals("mean")) {
      throw c.error("reduction must be none, sum or mean; got '%s'", reduction);
    }
    Array t = Ivy.astype(target, DType.INT64);
    Array keep = null;
    if (c.has("ignore_index")) {
      keep = Ivy.notEqual(t, c.i("ignore_index", 0));
      t = Ivy.where(keep, t, 0L);
    }
    Array picked = Ivy.squeeze(Ivy.takeAlongAxis(logProb, Ivy.expandDims(t, 1), 1), 1);
    Array w =
        weight != null ? Ivy.astype(Ivy.take(weight, t, 0), logProb.dtype()) : Ivy.onesLike(picked);
    if (keep != null) {
      w = Ivy.where(keep, w, Ivy.zerosLike(w));
    }
    Array loss = Ivy.negative(Ivy.multiply(picked, w));
    switch (reduction) {
      case "none":
        return same(loss, logProb);
      case "sum":
        return same(Ivy.sum(loss), logProb);
      default:
        return same(Ivy.divide(Ivy.sum(loss), Ivy.sum(w)), logProb);
    }
  }
}
