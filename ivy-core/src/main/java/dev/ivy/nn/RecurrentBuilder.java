package dev.ivy.nn;

import dev.ivy.DType;

/**
 * The options of an {@link LSTM} or a {@link GRU} beyond its two sizes, each starting at PyTorch's
 * default: one layer, biases, [L, N, *] inputs, no dropout, one direction, float32, the thread's
 * generator. Set those that differ and call {@link #build()}.
 *
 * <pre>{@code
 * LSTM lstm = LSTM.builder(5, 6).numLayers(2).bidirectional(true).seed(7L).build();
 * }</pre>
 *
 * @param <L> the layer built (a core layer, or a frontend's layer wrapping one)
 */
public final class RecurrentBuilder<L> {
  /**
   * Creates the layer from every option, as its full constructor does.
   *
   * @param <L> the layer created
   */
  public interface Factory<L> {
    /** Returns the layer made from every option (a null seed: the thread's generator). */
    L create(
        long inputSize,
        long hiddenSize,
        int numLayers,
        boolean bias,
        boolean batchFirst,
        double dropout,
        boolean bidirectional,
        DType dtype,
        Long seed);
  }

  private final Factory<L> factory;
  private final long inputSize;
  private final long hiddenSize;
  private int numLayers = 1;
  private boolean bias = true;
  private boolean batchFirst;
  private double dropout;
  private boolean bidirectional;
  private DType dtype = DType.FLOAT32;
  private Long seed;

  RecurrentBuilder(Factory<L> factory, long inputSize, long hiddenSize) {
    this.factory = factory;
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
  }

  /**
   * Returns a builder whose {@link #build()} calls {@code factory}: for a layer that wraps a core
   * recurrent layer (a frontend's {@code torch.nn.LSTM}), with the same options and defaults.
   */
  public static <L> RecurrentBuilder<L> of(Factory<L> factory, long inputSize, long hiddenSize) {
    return new RecurrentBuilder<>(factory, inputSize, hiddenSize);
  }

  /** Sets the number of stacked layers (default 1). */
  public RecurrentBuilder<L> numLayers(int numLayers) {
    this.numLayers = numLayers;
    return this;
  }

  /** Sets whether the layers have biases (default true). */
  public RecurrentBuilder<L> bias(boolean bias) {
    this.bias = bias;
    return this;
  }

  /** Sets whether inputs and outputs are [N, L, *] rather than [L, N, *] (default false). */
  public RecurrentBuilder<L> batchFirst(boolean batchFirst) {
    this.batchFirst = batchFirst;
    return this;
  }

  /** Sets the dropout on each layer's output but the last, in training mode (default 0). */
  public RecurrentBuilder<L> dropout(double dropout) {
    this.dropout = dropout;
    return this;
  }

  /** Sets whether each layer also runs backwards, outputs concatenated (default false). */
  public RecurrentBuilder<L> bidirectional(boolean bidirectional) {
    this.bidirectional = bidirectional;
    return this;
  }

  /** Sets the floating dtype of the weights (default float32). */
  public RecurrentBuilder<L> dtype(DType dtype) {
    this.dtype = dtype;
    return this;
  }

  /** Sets the initialisation seed (default null: the thread's generator). */
  public RecurrentBuilder<L> seed(Long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * Returns the layer.
   *
   * @throws dev.ivy.errors.IvyArgumentException as the layer's constructor does for bad options
   */
  public L build() {
    return factory.create(
        inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, dtype, seed);
  }

  /**
   * Returns a builder with this one's options whose layer is {@code wrap} of this one's: a
   * frontend's layer around the core layer ({@code LSTM.builder(5, 6).map(MyLstm::new)}).
   */
  public <M> RecurrentBuilder<M> map(java.util.function.Function<? super L, ? extends M> wrap) {
    RecurrentBuilder<M> b =
        new RecurrentBuilder<>(
            (in, h, n, bi, bf, dr, bd, dt, sd) ->
                wrap.apply(factory.create(in, h, n, bi, bf, dr, bd, dt, sd)),
            inputSize,
            hiddenSize);
    b.numLayers = numLayers;
    b.bias = bias;
    b.batchFirst = batchFirst;
    b.dropout = dropout;
    b.bidirectional = bidirectional;
    b.dtype = dtype;
    b.seed = seed;
    return b;
  }
}
