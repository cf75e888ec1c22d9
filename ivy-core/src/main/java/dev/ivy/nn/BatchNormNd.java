package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Normalization;

/** The shared body of PyTorch's batch normalization layers (channels at axis 1). */
abstract class BatchNormNd extends Module {
  private final String fn;
  private final int[] ranks;
  private final long numFeatures;
  private final double eps;
  private final double momentum;
  private final boolean affine;
  private final boolean track;

  BatchNormNd(
      String fn,
      int[] ranks,
      long numFeatures,
      double eps,
      double momentum,
      boolean affine,
      boolean trackRunningStats,
      DType dtype) {
    this.fn = fn;
    this.ranks = ranks;
    Init.positive(fn, "numFeatures", numFeatures);
    if (!(eps > 0) || !(momentum >= 0 && momentum <= 1)) {
      throw new IvyArgumentException(
          fn + ": eps must be > 0 and momentum in [0, 1]; got " + eps + " and " + momentum);
    }
    DType dt = Init.floatDtype(fn, dtype);
    this.numFeatures = numFeatures;
    this.eps = eps;
    this.momentum = momentum;
    this.affine = affine;
    this.track = trackRunningStats;
    Shape c = Shape.of(numFeatures);
    if (affine) {
      addVariable("weight", Init.full(c, 1.0, dt));
      addVariable("bias", Init.full(c, 0.0, dt));
    }
    if (trackRunningStats) {
      addBuffer("running_mean", Init.full(c, 0.0, dt));
      addBuffer("running_var", Init.full(c, 1.0, dt));
      addBuffer("num_batches_tracked", Init.full(Shape.scalar(), 0, DType.INT64));
    }
  }

  @Override
  protected Array forward(Array x, Variables v) {
    boolean rankOk = false;
    for (int r : ranks) {
      rankOk |= x.rank() == r;
    }
    if (!rankOk || x.shape().dim(1) != numFeatures) {
      throw new IvyArgumentException(
          fn
              + ": x must have rank "
              + (ranks.length == 1 ? ranks[0] : ranks[0] + " or " + ranks[1])
              + " with "
              + numFeatures
              + " channels at axis 1; got shape "
              + x.shape());
    }
    Array w = affine ? v.get("weight") : null;
    Array b = affine ? v.get("bias") : null;
    boolean batchStats = isTraining() || !track;
    Array mean;
    Array var;
    if (track) {
      mean = buffer("running_mean");
      var = buffer("running_var");
    } else {
      // unused when normalizing with batch statistics, but batchNorm takes them
      try (var on = Ivy.withBackend(x.backendName())) {
        mean = Ivy.zeros(Shape.of(numFeatures), DType.FLOAT32);
      }
      var = mean;
    }
    Normalization.BatchNorm r =
        Normalization.batchNorm(x, mean, var, b, w, batchStats, eps, momentum, "NCS");
    if (isTraining() && track) {
      Array m = Owned.detached(r.runningMean());
      Array s = Owned.detached(r.runningVariance());
      if (m != null && s != null) {
        setBuffer("running_mean", m);
        setBuffer("running_var", s);
        Array n = buffer("num_batches_tracked");
        setBuffer("num_batches_tracked", Owned.run(() -> Ivy.add(n, 1L)));
      }
    }
    return r.output();
  }

  @Override
  protected String name() {
    return fn + "(" + numFeatures + ")";
  }
}
