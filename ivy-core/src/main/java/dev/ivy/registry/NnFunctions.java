package dev.ivy.registry;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;

import dev.ivy.Array;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Attention;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Losses;
import dev.ivy.ops.Normalization;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Registers the nn functions of the core API under the namespace {@code ivy}: activations, the
 * softmax family, dense and attention layers, normalization and losses, with Ivy's names and
 * PyTorch's semantics and defaults ({@code cross_entropy(input, target, weight=None,
 * ignore_index=-100, reduction='mean', label_smoothing=0.0)}).
 */
public final class NnFunctions implements FunctionProvider {
  private static final String NS = "ivy";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public NnFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    activations(r);
    layers(r);
    normalization(r);
    losses(r);
  }

  private static void unary(FunctionRegistry.Builder r, String name, UnaryOperator<Array> f) {
    r.add(NS, name, List.of(req("x")), a -> f.apply(a.array("x")));
  }

  private static Double doubleOrNull(Args a, String name) {
    Number n = a.numberOrNull(name);
    return n == null ? null : n.doubleValue();
  }

  private static void activations(FunctionRegistry.Builder r) {
    unary(r, "erf", Elementwise::erf);
    unary(r, "relu", Activations::relu);
    unary(r, "relu6", Activations::relu6);
    unary(r, "selu", Activations::selu);
    unary(r, "silu", Activations::silu);
    unary(r, "mish", Activations::mish);
    unary(r, "sigmoid", Activations::sigmoid);
    unary(r, "hard_sigmoid", Activations::hardSigmoid);
    unary(r, "hard_swish", Activations::hardSwish);
    unary(r, "hardswish", Activations::hardSwish);
    r.add(
        NS,
        "leaky_relu",
        List.of(req("x"), opt("alpha", 0.2)),
        a -> Activations.leakyRelu(a.array("x"), a.doubleValue("alpha")));
    r.add(
        NS,
        "elu",
        List.of(req("x"), opt("alpha", 1.0)),
        a -> Activations.elu(a.array("x"), a.doubleValue("alpha")));
    r.add(
        NS,
        "gelu",
        List.of(req("x"), opt("approximate", false)),
        a -> Activations.gelu(a.array("x"), a.bool("approximate")));
    r.add(
        NS,
        "softplus",
        List.of(req("x"), opt("beta", 1.0), opt("threshold", 20.0)),
        a -> Activations.softplus(a.array("x"), a.doubleValue("beta"), a.doubleValue("threshold")));
    r.add(
        NS,
        "softmax",
        List.of(req("x"), opt("axis", -1L)),
        a -> Activations.softmax(a.array("x"), a.intValue("axis")));
    r.add(
        NS,
        "log_softmax",
        List.of(req("x"), opt("axis", -1L)),
        a -> Activations.logSoftmax(a.array("x"), a.intValue("axis")));
  }

  private static void layers(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "linear",
        List.of(req("x"), req("weight"), opt("bias", null)),
        a -> Attention.linear(a.array("x"), a.array("weight"), a.arrayOrNull("bias")));
    r.add(
        NS,
        "embedding",
        List.of(req("weights"), req("indices"), opt("max_norm", null)),
        a ->
            Attention.embedding(
                a.array("weights"), a.array("indices"), doubleOrNull(a, "max_norm")));
    r.add(
        NS,
        "scaled_dot_product_attention",
        List.of(
            req("query"),
            req("key"),
            req("value"),
            opt("scale", null),
            opt("mask", null),
            opt("dropout_p", 0.0),
            opt("is_causal", false),
            opt("training", false)),
        a ->
            Attention.scaledDotProductAttention(
                a.array("query"),
                a.array("key"),
                a.array("value"),
                doubleOrNull(a, "scale"),
                a.arrayOrNull("mask"),
                a.doubleValue("dropout_p"),
                a.bool("is_causal"),
                a.bool("training")));
    r.add(
        NS,
        "multi_head_attention",
        List.of(
            req("query"),
            opt("key", null),
            opt("value", null),
            opt("batch_first", true),
            opt("num_heads", 8L),
            opt("scale", null),
            opt("attention_mask", null),
            opt("in_proj_weights", null),
            opt("q_proj_weights", null),
            opt("k_proj_weights", null),
            opt("v_proj_weights", null),
            opt("out_proj_weights", null),
            opt("in_proj_bias", null),
            opt("out_proj_bias", null),
            opt("is_causal", false),
            opt("key_padding_mask", null),
            opt("return_attention_weights", false),
            opt("average_attention_weights", true),
            opt("dropout", 0.0),
            opt("training", false)),
        a -> {
          Attention.Projections p =
              new Attention.Projections(
                  a.arrayOrNull("in_proj_weights"),
                  a.arrayOrNull("q_proj_weights"),
                  a.arrayOrNull("k_proj_weights"),
                  a.arrayOrNull("v_proj_weights"),
                  a.arrayOrNull("in_proj_bias"),
                  a.arrayOrNull("out_proj_weights"),
                  a.arrayOrNull("out_proj_bias"));
          Attention.MultiHead m =
              Attention.multiHeadAttention(
                  a.array("query"),
                  a.arrayOrNull("key"),
                  a.arrayOrNull("value"),
                  a.longValue("num_heads"),
                  p,
                  a.arrayOrNull("attention_mask"),
                  a.arrayOrNull("key_padding_mask"),
                  a.bool("is_causal"),
                  doubleOrNull(a, "scale"),
                  a.bool("batch_first"),
                  a.doubleValue("dropout"),
                  a.bool("training"));
          if (!a.bool("return_attention_weights")) {
            return m.output();
          }
          return List.of(
              m.output(), a.bool("average_attention_weights") ? m.averagedWeights() : m.weights());
        });
  }

  private static void normalization(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "layer_norm",
        List.of(
            req("x"),
            req("normalized_idxs"),
            opt("scale", null),
            opt("offset", null),
            opt("eps", 1e-5),
            opt("new_std", 1.0)),
        a ->
            Normalization.layerNorm(
                a.array("x"),
                a.intsOrNull("normalized_idxs"),
                a.arrayOrNull("scale"),
                a.arrayOrNull("offset"),
                a.doubleValue("eps"),
                a.doubleValue("new_std")));
    r.add(
        NS,
        "batch_norm",
        List.of(
            req("x"),
            req("mean"),
            req("variance"),
            opt("offset", null),
            opt("scale", null),
            opt("training", false),
            opt("eps", 1e-5),
            opt("momentum", 0.1),
            opt("data_format", "NSC")),
        a -> {
          Normalization.BatchNorm b =
              Normalization.batchNorm(
                  a.array("x"),
                  a.array("mean"),
                  a.array("variance"),
                  a.arrayOrNull("offset"),
                  a.arrayOrNull("scale"),
                  a.bool("training"),
                  a.doubleValue("eps"),
                  a.doubleValue("momentum"),
                  a.string("data_format"));
          return List.of(b.output(), b.runningMean(), b.runningVariance());
        });
    r.add(
        NS,
        "group_norm",
        List.of(
            req("x"),
            opt("num_groups", 1L),
            opt("offset", null),
            opt("scale", null),
            opt("eps", 1e-5),
            opt("data_format", "NSC")),
        a ->
            Normalization.groupNorm(
                a.array("x"),
                a.longValue("num_groups"),
                a.arrayOrNull("offset"),
                a.arrayOrNull("scale"),
                a.doubleValue("eps"),
                a.string("data_format")));
    r.add(
        NS,
        "instance_norm",
        List.of(
            req("x"),
            opt("scale", null),
            opt("offset", null),
            opt("eps", 1e-5),
            opt("data_format", "NSC")),
        a ->
            Normalization.instanceNorm(
                a.array("x"),
                a.arrayOrNull("scale"),
                a.arrayOrNull("offset"),
                a.doubleValue("eps"),
                a.string("data_format")));
  }

  private interface Pointwise {
    Array apply(Array input, Array target, String reduction);
  }

  private static void pointwise(FunctionRegistry.Builder r, String name, Pointwise f) {
    r.add(
        NS,
        name,
        List.of(req("input"), req("target"), opt("reduction", "mean")),
        a -> f.apply(a.array("input"), a.array("target"), a.string("reduction")));
  }

  private static void losses(FunctionRegistry.Builder r) {
    pointwise(r, "mse_loss", Losses::mseLoss);
    pointwise(r, "l1_loss", Losses::l1Loss);
    r.add(
        NS,
        "smooth_l1_loss",
        List.of(req("input"), req("target"), opt("reduction", "mean"), opt("beta", 1.0)),
        a ->
            Losses.smoothL1Loss(
                a.array("input"), a.array("target"), a.string("reduction"), a.doubleValue("beta")));
    r.add(
        NS,
        "huber_loss",
        List.of(req("input"), req("target"), opt("reduction", "mean"), opt("delta", 1.0)),
        a ->
            Losses.huberLoss(
                a.array("input"),
                a.array("target"),
                a.string("reduction"),
                a.doubleValue("delta")));
    r.add(
        NS,
        "binary_cross_entropy",
        List.of(req("input"), req("target"), opt("weight", null), opt("reduction", "mean")),
        a ->
            Losses.binaryCrossEntropy(
                a.array("input"),
                a.array("target"),
                a.arrayOrNull("weight"),
                a.string("reduction")));
    r.add(
        NS,
        "binary_cross_entropy_with_logits",
        List.of(
            req("input"),
            req("target"),
            opt("weight", null),
            opt("reduction", "mean"),
            opt("pos_weight", null)),
        a ->
            Losses.binaryCrossEntropyWithLogits(
                a.array("input"),
                a.array("target"),
                a.arrayOrNull("weight"),
                a.string("reduction"),
                a.arrayOrNull("pos_weight")));
    r.add(
        NS,
        "cross_entropy",
        List.of(
            req("input"),
            req("target"),
            opt("weight", null),
            opt("ignore_index", -100L),
            opt("reduction", "mean"),
            opt("label_smoothing", 0.0)),
        a ->
            Losses.crossEntropy(
                a.array("input"),
                a.array("target"),
                a.arrayOrNull("weight"),
                a.longValue("ignore_index"),
                a.string("reduction"),
                a.doubleValue("label_smoothing")));
    r.add(
        NS,
        "nll_loss",
        List.of(
            req("input"),
            req("target"),
            opt("weight", null),
            opt("ignore_index", -100L),
            opt("reduction", "mean")),
        a ->
            Losses.nllLoss(
                a.array("input"),
                a.array("target"),
                a.arrayOrNull("weight"),
                a.longValue("ignore_index"),
                a.string("reduction")));
    r.add(
        NS,
        "kl_div",
        List.of(req("input"), req("target"), opt("reduction", "mean"), opt("log_target", false)),
        a ->
            Losses.klDiv(
                a.array("input"), a.array("target"), a.string("reduction"), a.bool("log_target")));
  }
}
