package dev.ivy.nn;

import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;

/**
 * The options of a convolution layer ({@link Conv1d}, {@link Conv2d}, {@link ConvTranspose1d},
 * {@link ConvTranspose2d}) beyond its channels and kernel size, each starting at PyTorch's default:
 * stride 1, no padding, no output padding, dilation 1, one group, a bias, float32, the thread's
 * generator. Set those that differ and call {@link #build()}.
 *
 * <pre>{@code
 * Conv2d conv = Conv2d.builder(3, 16, 3, 3).stride(2).padding(1).bias(false).seed(1L).build();
 * }</pre>
 *
 * @param <L> the layer built (a core layer, or a frontend's layer wrapping one)
 */
public final class ConvBuilder<L> {
  /**
   * Creates the layer from every option, as its full constructor does.
   *
   * @param <L> the layer created
   */
  public interface Factory<L> {
    /** Returns the layer made from every option (nulls mean PyTorch's defaults). */
    L create(
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
        Long seed);
  }

  private final String layer;
  private final boolean transposed;
  private final Factory<L> factory;
  private final long inChannels;
  private final long outChannels;
  private final long[] kernelSize;
  private long[] stride;
  private Object padding;
  private long[] outputPadding;
  private long[] dilation;
  private long groups = 1;
  private boolean bias = true;
  private DType dtype = DType.FLOAT32;
  private Long seed;

  ConvBuilder(
      String layer,
      boolean transposed,
      Factory<L> factory,
      long inChannels,
      long outChannels,
      long[] kernelSize) {
    this.layer = layer;
    this.transposed = transposed;
    this.factory = factory;
    this.inChannels = inChannels;
    this.outChannels = outChannels;
    this.kernelSize = kernelSize.clone();
  }

  /**
   * Returns a builder whose {@link #build()} calls {@code factory}: for a layer that wraps a core
   * convolution (a frontend's {@code torch.nn.Conv2d}), with the same options and defaults.
   *
   * @param layer the layer's name, for messages
   * @param transposed whether the layer is a transposed convolution
   */
  public static <L> ConvBuilder<L> of(
      String layer,
      boolean transposed,
      Factory<L> factory,
      long inChannels,
      long outChannels,
      long... kernelSize) {
    return new ConvBuilder<>(layer, transposed, factory, inChannels, outChannels, kernelSize);
  }

  /** Sets the stride: one value for every spatial dimension or one per dimension (default 1). */
  public ConvBuilder<L> stride(long... stride) {
    this.stride = stride.clone();
    return this;
  }

  /** Sets the zero padding per side: one value or one per dimension (default 0). */
  public ConvBuilder<L> padding(long... padding) {
    this.padding = padding.clone();
    return this;
  }

  /**
   * Sets the padding mode of a convolution: {@link dev.ivy.Padding#SAME} (PyTorch's {@code "same"},
   * stride 1) or {@link dev.ivy.Padding#VALID} ({@code "valid"}, no padding).
   *
   * @throws IvyArgumentException for a transposed convolution, which takes integers only
   */
  public ConvBuilder<L> padding(dev.ivy.Padding mode) {
    if (transposed) {
      throw new IvyArgumentException(
          layer
              + ".builder: padding of a transposed convolution is integers; got "
              + (mode == null ? "None" : mode.lower()));
    }
    this.padding = mode;
    return this;
  }

  /**
   * Sets the size added at the end of each output dimension (default 0).
   *
   * @throws IvyArgumentException for a convolution that is not transposed
   */
  public ConvBuilder<L> outputPadding(long... outputPadding) {
    if (!transposed) {
      throw new IvyArgumentException(
          layer + ".builder: outputPadding is an option of transposed convolutions only");
    }
    this.outputPadding = outputPadding.clone();
    return this;
  }

  /** Sets the kernel dilation: one value or one per dimension (default 1). */
  public ConvBuilder<L> dilation(long... dilation) {
    this.dilation = dilation.clone();
    return this;
  }

  /** Sets the number of groups, which divides both channel counts (default 1). */
  public ConvBuilder<L> groups(long groups) {
    this.groups = groups;
    return this;
  }

  /** Sets whether the layer has a bias (default true). */
  public ConvBuilder<L> bias(boolean bias) {
    this.bias = bias;
    return this;
  }

  /** Sets the floating dtype of the weights (default float32). */
  public ConvBuilder<L> dtype(DType dtype) {
    this.dtype = dtype;
    return this;
  }

  /** Sets the initialisation seed (default null: the thread's generator). */
  public ConvBuilder<L> seed(Long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * Returns the layer.
   *
   * @throws IvyArgumentException as the layer's constructor does for bad options
   */
  public L build() {
    return factory.create(
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
   * Returns a builder with this one's options whose layer is {@code wrap} of this one's: a
   * frontend's layer around the core layer ({@code Conv2d.builder(3, 8, 3).map(MyConv2d::new)}).
   */
  public <M> ConvBuilder<M> map(java.util.function.Function<? super L, ? extends M> wrap) {
    ConvBuilder<M> b =
        new ConvBuilder<>(
            layer,
            transposed,
            (in, out, k, s, p, op, d, g, bi, dt, sd) ->
                wrap.apply(factory.create(in, out, k, s, p, op, d, g, bi, dt, sd)),
            inChannels,
            outChannels,
            kernelSize);
    b.stride = stride;
    b.padding = padding;
    b.outputPadding = outputPadding;
    b.dilation = dilation;
    b.groups = groups;
    b.bias = bias;
    b.dtype = dtype;
    b.seed = seed;
    return b;
  }
}
