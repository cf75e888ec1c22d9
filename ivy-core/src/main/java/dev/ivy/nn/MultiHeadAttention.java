package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Attention;
import java.util.List;

/**
 * Multi-head attention with the semantics and variable names of {@code
 * torch.nn.MultiheadAttention}: {@code in_proj_weight} [3E, E] (query, key and value projections
 * stacked; xavier-uniform), {@code in_proj_bias} [3E] (zeros), and the output projection {@code
 * out_proj/weight} [E, E] (Linear's init) and {@code out_proj/bias} [E] (zeros).
 *
 * <p>Inputs to {@link #call(List)}: {@code query}, then optionally {@code key}, {@code value}
 * (default: key = query, value = key), {@code keyPaddingMask} [N, S] and {@code attnMask} [L, S] or
 * [N * numHeads, L, S] (bool masks: true is left out; floating masks are added to the scores;
 * either may be null in the list). Shapes are [L, N, E] ([N, L, E] with batchFirst) or unbatched
 * [L, E]. Outputs: the attention output, shaped as the query, and the attention weights averaged
 * over the heads [N, L, S]. {@link #call(Array)} is self-attention and returns the output only.
 * Dropout on the attention weights applies in training mode.
 *
 * <pre>{@code
 * MultiHeadAttention mha = new MultiHeadAttention(8, 2);
 * List<Array> r = mha.call(List.of(q, k, v));   // r.get(0): output, r.get(1): weights
 * }</pre>
 */
public final class MultiHeadAttention extends Module {
  private final long embedDim;
  private final long numHeads;
  private final double dropout;
  private final boolean hasBias;
  private final boolean batchFirst;

  /** Creates a float32 layer with bias, no dropout, sequence-first inputs. */
  public MultiHeadAttention(long embedDim, long numHeads) {
    this(embedDim, numHeads, 0.0, true, false, DType.FLOAT32, null);
  }

  /**
   * Creates a layer.
   *
   * @param embedDim the model size E, divisible by numHeads
   * @param numHeads the number of heads
   * @param dropout the dropout probability on the attention weights in training mode
   * @param bias whether the projections have biases
   * @param batchFirst whether inputs are [N, L, E] rather than [L, N, E]
   * @param dtype a floating dtype, or null for float32
   * @param seed the initialisation seed, or null for the thread's generator ({@link Ivy#seed})
   * @throws IvyArgumentException if numHeads does not divide embedDim or dropout is outside [0, 1)
   */
  public MultiHeadAttention(
      long embedDim,
      long numHeads,
      double dropout,
      boolean bias,
      boolean batchFirst,
      DType dtype,
      Long seed) {
    Init.positive("MultiHeadAttention", "embedDim", embedDim);
    Init.positive("MultiHeadAttention", "numHeads", numHeads);
    if (embedDim % numHeads != 0 || !(dropout >= 0 && dropout < 1)) {
      throw new IvyArgumentException(
          "MultiHeadAttention: numHeads ("
              + numHeads
              + ") must divide embedDim ("
              + embedDim
              + ") and dropout be in [0, 1); got dropout "
              + dropout);
    }
    DType dt = Init.floatDtype("MultiHeadAttention", dtype);
    this.embedDim = embedDim;
    this.numHeads = numHeads;
    this.dropout = dropout;
    this.hasBias = bias;
    this.batchFirst = batchFirst;
    // xavier_uniform_ on [3E, E]: fan_in E, fan_out 3E
    double xavier = Math.sqrt(6.0 / (embedDim + 3 * embedDim));
    addVariable(
        "in_proj_weight",
        Init.uniform(Shape.of(3 * embedDim, embedDim), xavier, dt, Init.sub(seed, 0)));
    if (bias) {
      addVariable("in_proj_bias", Init.full(Shape.of(3 * embedDim), 0.0, dt));
    }
    Linear out = new Linear(embedDim, embedDim, bias, dt, Init.sub(seed, 1));
    if (bias) {
      out.setV(out.v().with("bias", Init.full(Shape.of(embedDim), 0.0, dt)));
    }
    addModule("out_proj", out);
  }

  @Override
  protected Array forward(Array x, Variables v) {
    return forward(List.of(x), v).get(0);
  }

  @Override
  protected List<Array> forward(List<Array> inputs, Variables v) {
    if (inputs.size() > 5) {
      throw new IvyArgumentException(
          "MultiHeadAttention.call: takes query, key, value, keyPaddingMask, attnMask (at most 5"
              + " inputs); got "
              + inputs.size());
    }
    Array q = inputs.get(0);
    Array k = inputs.size() > 1 ? inputs.get(1) : null;
    Array val = inputs.size() > 2 ? inputs.get(2) : null;
    Array kpm = inputs.size() > 3 ? inputs.get(3) : null;
    Array am = inputs.size() > 4 ? inputs.get(4) : null;
    Attention.Projections p =
        Attention.Projections.packed(
            v.get("in_proj_weight"),
            hasBias ? v.get("in_proj_bias") : null,
            v.get("out_proj/weight"),
            hasBias ? v.get("out_proj/bias") : null);
    Attention.MultiHead r =
        Attention.multiHeadAttention(
            q, k, val, numHeads, p, am, kpm, false, null, batchFirst, dropout, isTraining());
    return List.of(r.output(), r.averagedWeights());
  }

  /**
   * Returns a builder of a layer of model size {@code embedDim} with {@code numHeads} heads; its
   * other options start at PyTorch's defaults (no dropout, biases, [L, N, E], float32).
   */
  public static MultiHeadAttentionBuilder<MultiHeadAttention> builder(
      long embedDim, long numHeads) {
    return MultiHeadAttentionBuilder.of(MultiHeadAttention::new, embedDim, numHeads);
  }

  @Override
  protected String name() {
    return "MultiHeadAttention(" + embedDim + ", " + numHeads + ")";
  }
}
