package dev.ivy.nn;

import dev.ivy.DType;

/**
 * The options of a {@link MultiHeadAttention} beyond its model size and head count, each starting
 * at PyTorch's default ({@code torch.nn.MultiheadAttention}): no dropout, biases, [L, N, E] inputs,
 * float32, the thread's generator. Set those that differ and call {@link #build()}.
 *
 * <pre>{@code
 * MultiHeadAttention mha = MultiHeadAttention.builder(8, 2).batchFirst(true).seed(3L).build();
 * }</pre>
 *
 * @param <L> the layer built (a core layer, or a frontend's layer wrapping one)
 */
public final class MultiHeadAttentionBuilder<L> {
  /**
   * Creates the layer from every option, as its full constructor does.
   *
   * @param <L> the layer created
   */
  public interface Factory<L> {
    /** Returns the layer made from every option (a null seed: the thread's generator). */
    L create(
        long embedDim,
        long numHeads,
        double dropout,
        boolean bias,
        boolean batchFirst,
        DType dtype,
        Long seed);
  }

  private final Factory<L> factory;
  private final long embedDim;
  private final long numHeads;
  private double dropout;
  private boolean bias = true;
  private boolean batchFirst;
  private DType dtype = DType.FLOAT32;
  private Long seed;

  private MultiHeadAttentionBuilder(Factory<L> factory, long embedDim, long numHeads) {
    this.factory = factory;
    this.embedDim = embedDim;
    this.numHeads = numHeads;
  }

  /**
   * Returns a builder of a layer of model size {@code embedDim} with {@code numHeads} heads whose
   * {@link #build()} calls {@code factory} (the core layer's {@code builder}, or a frontend's layer
   * wrapping one).
   */
  public static <L> MultiHeadAttentionBuilder<L> of(
      Factory<L> factory, long embedDim, long numHeads) {
    return new MultiHeadAttentionBuilder<>(factory, embedDim, numHeads);
  }

  /** Sets the dropout on the attention weights in training mode, in [0, 1) (PyTorch's 0.0). */
  public MultiHeadAttentionBuilder<L> dropout(double dropout) {
    this.dropout = dropout;
    return this;
  }

  /** Sets whether the input and output projections have biases (PyTorch's default true). */
  public MultiHeadAttentionBuilder<L> bias(boolean bias) {
    this.bias = bias;
    return this;
  }

  /**
   * Sets whether inputs and outputs are [N, L, E] rather than [L, N, E] (PyTorch's default false).
   */
  public MultiHeadAttentionBuilder<L> batchFirst(boolean batchFirst) {
    this.batchFirst = batchFirst;
    return this;
  }

  /** Sets the floating dtype of the weights (PyTorch's default float32). */
  public MultiHeadAttentionBuilder<L> dtype(DType dtype) {
    this.dtype = dtype;
    return this;
  }

  /** Sets the initialisation seed (default null: the thread's generator). */
  public MultiHeadAttentionBuilder<L> seed(Long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * Returns the layer.
   *
   * @throws dev.ivy.errors.IvyArgumentException as the layer's constructor does for bad options
   */
  public L build() {
    return factory.create(embedDim, numHeads, dropout, bias, batchFirst, dtype, seed);
  }

  /**
   * Returns a builder with this one's options whose layer is {@code wrap} of this one's: a
   * frontend's layer around the core layer.
   */
  public <M> MultiHeadAttentionBuilder<M> map(
      java.util.function.Function<? super L, ? extends M> wrap) {
    MultiHeadAttentionBuilder<M> b =
        new MultiHeadAttentionBuilder<>(
            (e, h, dr, bi, bf, dt, sd) -> wrap.apply(factory.create(e, h, dr, bi, bf, dt, sd)),
            embedDim,
            numHeads);
    b.dropout = dropout;
    b.bias = bias;
    b.batchFirst = batchFirst;
    b.dtype = dtype;
    b.seed = seed;
    return b;
  }
}
