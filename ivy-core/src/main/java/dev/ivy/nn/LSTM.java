package dev.ivy.nn;

import dev.ivy.DType;
import dev.ivy.Ivy;

/**
 * The multi-layer LSTM of {@code torch.nn.LSTM}, with its gate order (i,f,g,o) and variable names:
 * per layer k (and suffix {@code _reverse} for the backward direction) {@code weight_ih_lk} [G*H,
 * in], {@code weight_hh_lk} [G*H, H], {@code bias_ih_lk} and {@code bias_hh_lk} [G*H], all
 * initialised uniform in [-1/sqrt(H), 1/sqrt(H)).
 *
 * <p>{@link #call(java.util.List)} takes (x,h0,c0) (the states optional, zeros by default; shape
 * [layers * directions, N, H]) and returns (output,h_n,c_n): output [L, N, directions * H] ([N, L,
 * ...] with batchFirst; unbatched [L, in] gives [L, ...]) and the final states. {@link
 * #call(dev.ivy.Array)} returns the output only.
 *
 * <pre>{@code
 * LSTM rnn = new LSTM(4, 8);
 * List<Array> r = rnn.call(List.of(Ivy.ones(5, 2, 4)));   // output [5, 2, 8], ...
 * }</pre>
 */
public final class LSTM extends RecurrentNd {
  /** Creates a one-layer, unidirectional float32 LSTM with biases, from the thread's generator. */
  public LSTM(long inputSize, long hiddenSize) {
    this(inputSize, hiddenSize, 1, true, false, 0.0, false, DType.FLOAT32, null);
  }

  /**
   * Creates a LSTM.
   *
   * @param numLayers the number of stacked layers
   * @param bias whether the layers have biases
   * @param batchFirst whether inputs and outputs are [N, L, *] rather than [L, N, *]
   * @param dropout the dropout on each layer's output but the last, in training mode
   * @param bidirectional whether each layer also runs backwards (outputs concatenated)
   * @param dtype a floating dtype, or null for float32
   * @param seed the initialisation seed, or null for the thread's generator ({@link Ivy#seed})
   * @throws dev.ivy.errors.IvyArgumentException if a size is not positive or dropout is outside [0,
   *     1)
   */
  public LSTM(
      long inputSize,
      long hiddenSize,
      int numLayers,
      boolean bias,
      boolean batchFirst,
      double dropout,
      boolean bidirectional,
      DType dtype,
      Long seed) {
    super(
        "LSTM",
        true,
        inputSize,
        hiddenSize,
        numLayers,
        bias,
        batchFirst,
        dropout,
        bidirectional,
        dtype,
        seed);
  }

  /**
   * Returns a builder of a LSTM with {@code inputSize} input features and {@code hiddenSize} hidden
   * features; its other options start at PyTorch's defaults.
   */
  public static RecurrentBuilder<LSTM> builder(long inputSize, long hiddenSize) {
    return new RecurrentBuilder<>(LSTM::new, inputSize, hiddenSize);
  }
}
