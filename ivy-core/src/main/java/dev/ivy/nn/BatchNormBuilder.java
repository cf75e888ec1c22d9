package dev.ivy.nn;

import dev.ivy.DType;

/**
 * The options of a batch normalisation ({@link BatchNorm1d}, {@link BatchNorm2d}) beyond its
 * channel count, each starting at PyTorch's default: eps 1e-5, momentum 0.1, affine weight and
 * bias, running statistics, float32. Set those that differ and call {@link #build()}.
 *
 * <pre>{@code
 * BatchNorm2d bn = BatchNorm2d.builder(16).momentum(0.01).affine(false).build();
 * }</pre>
 *
 * @param <L> the layer built (a core layer, or a frontend's layer wrapping one)
 */
public final class BatchNormBuilder<L> {
  /**
   * Creates the layer from every option, as its full constructor does.
   *
   * @param <L> the layer created
   */
  public interface Factory<L> {
    /** Returns the layer made from every option. */
    L create(
        long numFeatures,
        double eps,
        double momentum,
        boolean affine,
        boolean trackRunningStats,
        DType dtype);
  }

  private final Factory<L> factory;
  private final long numFeatures;
  private double eps = 1e-5;
  private double momentum = 0.1;
  private boolean affine = true;
  private boolean trackRunningStats = true;
  private DType dtype = DType.FLOAT32;

  private BatchNormBuilder(Factory<L> factory, long numFeatures) {
    this.factory = factory;
    this.numFeatures = numFeatures;
  }

  /**
   * Returns a builder of a layer with {@code numFeatures} channels whose {@link #build()} calls
   * {@code factory} (the core layers' {@code builder}, or a frontend's layer wrapping one).
   */
  public static <L> BatchNormBuilder<L> of(Factory<L> factory, long numFeatures) {
    return new BatchNormBuilder<>(factory, numFeatures);
  }

  /** Sets the value added to the variance for stability (PyTorch's default 1e-5). */
  public BatchNormBuilder<L> eps(double eps) {
    this.eps = eps;
    return this;
  }

  /**
   * Sets the weight of the batch statistic in the running one, in [0, 1] (PyTorch's default 0.1).
   */
  public BatchNormBuilder<L> momentum(double momentum) {
    this.momentum = momentum;
    return this;
  }

  /** Sets whether the layer has a learnable weight and bias (PyTorch's default true). */
  public BatchNormBuilder<L> affine(boolean affine) {
    this.affine = affine;
    return this;
  }

  /**
   * Sets whether the layer keeps running statistics for evaluation mode (PyTorch's default true).
   */
  public BatchNormBuilder<L> trackRunningStats(boolean trackRunningStats) {
    this.trackRunningStats = trackRunningStats;
    return this;
  }

  /** Sets the floating dtype of the parameters and statistics (PyTorch's default float32). */
  public BatchNormBuilder<L> dtype(DType dtype) {
    this.dtype = dtype;
    return this;
  }

  /**
   * Returns the layer.
   *
   * @throws dev.ivy.errors.IvyArgumentException as the layer's constructor does for bad options
   */
  public L build() {
    return factory.create(numFeatures, eps, momentum, affine, trackRunningStats, dtype);
  }

  /**
   * Returns a builder with this one's options whose layer is {@code wrap} of this one's: a
   * frontend's layer around the core layer ({@code BatchNorm2d.builder(16).map(MyBn::new)}).
   */
  public <M> BatchNormBuilder<M> map(java.util.function.Function<? super L, ? extends M> wrap) {
    BatchNormBuilder<M> b =
        new BatchNormBuilder<>(
            (n, e, m, a, t, dt) -> wrap.apply(factory.create(n, e, m, a, t, dt)), numFeatures);
    b.eps = eps;
    b.momentum = momentum;
    b.affine = affine;
    b.trackRunningStats = trackRunningStats;
    b.dtype = dtype;
    return b;
  }
}
