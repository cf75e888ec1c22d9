package dev.ivy.nn;

import dev.ivy.DType;
import dev.ivy.Ivy;

/**
 * The 1-d transposed convolution layer of {@code torch.nn.ConvTranspose1d}: input [N, C, W] (or
 * unbatched [C, W]), channels first, variables {@code weight} [in, out / groups, *kernel] and
 * {@code bias} [out], both initialised uniform in [-1/sqrt(fan_in), 1/sqrt(fan_in)) as PyTorch
 * does.
 *
 * <pre>{@code
 * ConvTranspose1d conv = new ConvTranspose1d(3, 8, new long[] {3});
 * conv.call(Ivy.ones(2, 3, 10)).shape();
 * }</pre>
 */
public final class ConvTranspose1d extends ConvNd {
  /** Creates a float32 layer with stride 1, no padding, a bias, from the thread's generator. */
  public ConvTranspose1d(long inChannels, long outChannels, long[] kernelSize) {
    this(inChannels, outChannels, kernelSize, null, null, null, null, 1, true, DType.FLOAT32, null);
  }

  /**
   * Creates a layer. Tuples hold one value (for every spatial dimension) or one per dimension.
   *
   * @param kernelSize the kernel size
   * @param stride the stride, or null for 1
   * @param padding integers (cropped from the output as PyTorch's {@code padding})
   * @param outputPadding extra size added at the end of each output dimension, or null for 0
   * @param dilation the kernel dilation, or null for 1
   * @param groups the number of groups (dividing both channel counts)
   * @param bias whether the layer has a bias
   * @param dtype a floating dtype, or null for float32
   * @param seed the initialisation seed, or null for the thread's generator ({@link Ivy#seed})
   * @throws dev.ivy.errors.IvyArgumentException if a size is not positive, a tuple has the wrong
   *     length, or groups does not divide the channels
   */
  public ConvTranspose1d(
      long inChannels,
      long outChannels,
      long[] kernelSize,
      long[] stride,
      Object padding,
      long[] outputPadding,
      long[] dilation,
      long groups,
      boolean bias,
      DType dtype,
      Long seed) {
    super(
        "ConvTranspose1d",
        1,
        true,
        inChannels,
        outChannels,
        kernelSize,
        stride,
        padding,
        outputPadding,
        dilation,
        groups,
        bias,
        dtype,
        seed);
  }

  /**
   * Returns a builder of a ConvTranspose1d from {@code inChannels} to {@code outChannels} with
   * {@code kernelSize} (one value for every spatial dimension or one per dimension); its other
   * options start at PyTorch's defaults.
   */
  public static ConvBuilder<ConvTranspose1d> builder(
      long inChannels, long outChannels, long... kernelSize) {
    return new ConvBuilder<>(
        "ConvTranspose1d", true, ConvTranspose1d::new, inChannels, outChannels, kernelSize);
  }
}
