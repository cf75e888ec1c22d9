package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import java.util.Arrays;

/**
 * Normalization layers in functional form: layer, batch, group and instance normalization, with
 * PyTorch's arithmetic (biased variance inside the square root, eps added to the variance) and
 * Ivy's argument names.
 *
 * <p>Layout: {@code dataFormat} {@code "NSC"} (Ivy's default) puts channels last, [N, *S, C];
 * {@code "NCS"} (PyTorch's) puts them at axis 1, [N, C, *S]. Per-channel arrays (mean, variance,
 * scale, offset) have shape [C]. Integer inputs compute in the floating dtype NumPy would choose;
 * per-channel arrays are cast to the input's floating dtype, so the output has it.
 */
public final class Normalization {
  private Normalization() {}

  /**
   * The result of {@link #batchNorm}: the normalized array and the running statistics after this
   * step (the given ones, unchanged, when not training).
   *
   * @param output the normalized input, of the input's shape
   * @param runningMean the running mean, [C] (null when none was given)
   * @param runningVariance the running (unbiased) variance, [C] (null when none was given)
   */
  public record BatchNorm(Array output, Array runningMean, Array runningVariance) {
    /** Returns the output, the running mean and the running variance, in this order. */
    public java.util.List<Array> toList() {
      return java.util.List.of(output, runningMean, runningVariance);
    }
  }

  private static boolean channelsFirst(String fn, String dataFormat) {
    Checks.check(
        "NSC".equals(dataFormat) || "NCS".equals(dataFormat),
        fn,
        "data_format must be 'NSC' (channels last) or 'NCS' (channels first); got '%s'",
        dataFormat);
    return "NCS".equals(dataFormat);
  }

  /** Returns a per-channel vector [C] reshaped to broadcast along {@code axis} of {@code rank}. */
  private static Array perChannel(
      String fn, String arg, Array v, long channels, int axis, int rank, DType dt) {
    Checks.check(
        v.rank() == 1 && v.shape().dim(0) == channels,
        fn,
        "%s must have shape [%s] (one value per channel); got %s",
        arg,
        channels,
        v.shape());
    long[] d = new long[rank - axis];
    Arrays.fill(d, 1);
    d[0] = channels;
    return Manipulation.astype(Manipulation.reshape(v, Shape.of(d)), dt);
  }

  /** Returns the first axis if {@code axes} are exactly first..rank-1 (any order), else -1. */
  private static int trailingFrom(int[] axes, int rank) {
    if (axes.length == 0) {
      return -1;
    }
    int[] a = axes.clone();
    Arrays.sort(a);
    for (int i = 0; i < a.length; i++) {
      if (a[i] != rank - a.length + i) {
        return -1;
      }
    }
    return a[0];
  }

  /** Returns whether v is null or an array of x's dtype shaped x.shape[first:]. */
  private static boolean perElement(Array v, Array x, int first) {
    return v == null
        || (v.dtype() == x.dtype()
            && v.shape().equals(Shape.of(Arrays.copyOfRange(x.shape().dims(), first, x.rank()))));
  }

  /** Returns whether v is null or a [channels] vector of dtype dt. */
  private static boolean vector(Array v, long channels, DType dt) {
    return v == null || (v.dtype() == dt && v.shape().equals(Shape.of(channels)));
  }

  private static Array affine(Array y, Array scale, Array offset) {
    Array r = scale == null ? y : Elementwise.multiply(y, scale);
    return offset == null ? r : Elementwise.add(r, offset);
  }

  /**
   * Returns x normalized over the axes {@code normalizedIdxs}: (x - mean) / sqrt(var + eps) *
   * newStd, then times {@code scale} and plus {@code offset} (each broadcast against x, or null),
   * as Ivy's {@code layer_norm}. PyTorch's {@code normalized_shape} of length k is the axes -k..-1
   * (see {@link #layerNormShape}).
   *
   * @throws dev.ivy.errors.IvyArgumentException if an axis is out of range or repeated
   */
  public static Array layerNorm(
      Array x, int[] normalizedIdxs, Array scale, Array offset, double eps, double newStd) {
    Array f = Activations.toFloat(x);
    int[] axes = Checks.axes("layer_norm", "normalized_idxs", normalizedIdxs, f.rank());
    int first = trailingFrom(axes, f.rank());
    if (first >= 0
        && newStd == 1.0
        && perElement(scale, f, first)
        && perElement(offset, f, first)) {
      return Coarse.layerNorm(f, first, scale, offset, eps);
    }
    Array y =
        Coarse.standardize(
            f, Reductions.mean(f, axes, true), Reductions.var(f, axes, 0, true), eps);
    if (newStd != 1.0) {
      y = Elementwise.multiply(y, newStd);
    }
    return affine(y, scale, offset);
  }

  /**
   * Returns {@code torch.nn.functional.layer_norm(x, normalized_shape, weight, bias, eps)}: the
   * {@link #layerNorm} over the trailing axes, which must equal {@code normalizedShape}.
   *
   * @throws dev.ivy.errors.IvyArgumentException if x's trailing dimensions differ from
   *     normalizedShape
   */
  public static Array layerNormShape(
      Array x, long[] normalizedShape, Array weight, Array bias, double eps) {
    int k = normalizedShape.length;
    long[] d = x.shape().dims();
    boolean ok = k >= 1 && k <= d.length;
    for (int i = 0; ok && i < k; i++) {
      ok = d[d.length - k + i] == normalizedShape[i];
    }
    Checks.check(
        ok,
        "layer_norm",
        "normalized_shape must be non-empty and equal the trailing dimensions of x; got %s for"
            + " x of shape %s",
        Arrays.toString(normalizedShape),
        x.shape());
    int[] axes = new int[k];
    for (int i = 0; i < k; i++) {
      axes[i] = d.length - k + i;
    }
    return layerNorm(x, axes, weight, bias, eps, 1.0);
  }

  /**
   * Returns batch normalization of x with per-channel statistics, as Ivy's {@code batch_norm}.
   *
   * <p>Not training: y = (x - mean) / sqrt(variance + eps) * scale + offset with the given
   * (running) mean and variance, which are returned unchanged. Training: the mean and the biased
   * variance of the batch (every axis but the channel axis) normalize x, and the running statistics
   * returned are (1 - momentum) * running + momentum * batch statistic, with the unbiased batch
   * variance, as PyTorch updates them in place. Nothing is modified: the caller keeps the returned
   * statistics.
   *
   * @param mean the running mean, [C]
   * @param variance the running variance, [C]
   * @param offset the shift (PyTorch's bias), [C], or null
   * @param scale the factor (PyTorch's weight), [C], or null
   * @param dataFormat {@code "NSC"} (channels last) or {@code "NCS"} (channels at axis 1)
   * @throws dev.ivy.errors.IvyArgumentException if x has rank &lt; 2, a per-channel array has the
   *     wrong shape, the layout is unknown, or training sees one value per channel
   */
  public static BatchNorm batchNorm(
      Array x,
      Array mean,
      Array variance,
      Array offset,
      Array scale,
      boolean training,
      double eps,
      double momentum,
      String dataFormat) {
    String fn = "batch_norm";
    boolean first = channelsFirst(fn, dataFormat);
    Checks.check(x.rank() >= 2, fn, "x must have rank >= 2 ([N, ..., C]); got shape %s", x.shape());
    Array f = Activations.toFloat(x);
    DType dt = f.dtype();
    int rank = f.rank();
    int cAxis = first ? 1 : rank - 1;
    long channels = f.shape().dim(cAxis);
    Checks.check(
        training || (mean != null && variance != null),
        fn,
        "mean and variance (the running statistics) must be given when not training; got %s",
        mean == null ? "no mean" : "no variance");
    Array m = mean == null ? null : perChannel(fn, "mean", mean, channels, cAxis, rank, dt);
    Array v =
        variance == null ? null : perChannel(fn, "variance", variance, channels, cAxis, rank, dt);
    Array runMean = mean;
    Array runVar = variance;
    if (training) {
      int[] axes = new int[rank - 1];
      for (int i = 0, j = 0; i < rank; i++) {
        if (i != cAxis) {
          axes[j++] = i;
        }
      }
      long n = f.size() / Math.max(channels, 1);
      Checks.check(
          n > 1,
          fn,
          "x must have more than 1 value per channel when training; got shape %s",
          x.shape());
      m = Reductions.mean(f, axes, true);
      v = Reductions.var(f, axes, 0, true);
      Array bm = Manipulation.reshape(m, Shape.of(channels));
      Array bv = Manipulation.reshape(v, Shape.of(channels));
      Array unbiased = Elementwise.multiply(bv, (double) n / (n - 1));
      runMean = mean == null ? null : blend(mean, bm, momentum);
      runVar = variance == null ? null : blend(variance, unbiased, momentum);
    }
    if (first && vector(scale, channels, dt) && vector(offset, channels, dt)) {
      Array cm = training ? Manipulation.reshape(m, Shape.of(channels)) : mean;
      Array cv = training ? Manipulation.reshape(v, Shape.of(channels)) : variance;
      if (cm.dtype() == dt && cv.dtype() == dt && cm.rank() == 1 && cv.rank() == 1) {
        return new BatchNorm(Coarse.batchNorm(f, cm, cv, scale, offset, eps), runMean, runVar);
      }
    }
    Array sc = scale == null ? null : perChannel(fn, "scale", scale, channels, cAxis, rank, dt);
    Array of = offset == null ? null : perChannel(fn, "offset", offset, channels, cAxis, rank, dt);
    return new BatchNorm(affine(Coarse.standardize(f, m, v, eps), sc, of), runMean, runVar);
  }

  /** Returns (1 - momentum) * running + momentum * batch, in running's dtype when it floats. */
  private static Array blend(Array running, Array batch, double momentum) {
    Array r =
        Elementwise.add(
            Elementwise.multiply(running, 1 - momentum), Elementwise.multiply(batch, momentum));
    return running.dtype().isFloating() ? Manipulation.astype(r, running.dtype()) : r;
  }

  /**
   * Returns group normalization, as {@code torch.nn.functional.group_norm}: the channels are split
   * into {@code numGroups} consecutive groups, each sample's group is normalized with its own mean
   * and biased variance (over the group's channels and every spatial position), then scaled and
   * shifted per channel.
   *
   * @param offset the shift (PyTorch's bias), [C], or null
   * @param scale the factor (PyTorch's weight), [C], or null
   * @throws dev.ivy.errors.IvyArgumentException if x has rank &lt; 2, numGroups does not divide the
   *     channels, a per-channel array has the wrong shape, or the layout is unknown
   */
  public static Array groupNorm(
      Array x, long numGroups, Array offset, Array scale, double eps, String dataFormat) {
    String fn = "group_norm";
    boolean first = channelsFirst(fn, dataFormat);
    Checks.check(x.rank() >= 2, fn, "x must have rank >= 2 ([N, ..., C]); got shape %s", x.shape());
    Array f = Activations.toFloat(x);
    int rank = f.rank();
    int cAxis = first ? 1 : rank - 1;
    long channels = f.shape().dim(cAxis);
    Checks.check(
        numGroups > 0 && channels % numGroups == 0,
        fn,
        "num_groups must be > 0 and divide the number of channels (%s); got %s",
        channels,
        numGroups);
    if (first && vector(scale, channels, f.dtype()) && vector(offset, channels, f.dtype())) {
      return Coarse.groupNorm(f, numGroups, scale, offset, eps);
    }
    // split the channel axis into [groups, channels / groups]; reduce all but batch and group
    long[] d = f.shape().dims();
    long[] g = new long[rank + 1];
    for (int i = 0, j = 0; i < rank; i++) {
      if (i == cAxis) {
        g[j++] = numGroups;
        g[j++] = channels / numGroups;
      } else {
        g[j++] = d[i];
      }
    }
    Array grouped = Manipulation.reshape(f, Shape.of(g));
    int[] axes = new int[rank - 1];
    for (int i = 1, j = 0; i <= rank; i++) {
      if (i != cAxis) {
        axes[j++] = i;
      }
    }
    Array y =
        Coarse.standardize(
            grouped,
            Reductions.mean(grouped, axes, true),
            Reductions.var(grouped, axes, 0, true),
            eps);
    y = Manipulation.reshape(y, Shape.of(d));
    DType dt = f.dtype();
    Array sc = scale == null ? null : perChannel(fn, "scale", scale, channels, cAxis, rank, dt);
    Array of = offset == null ? null : perChannel(fn, "offset", offset, channels, cAxis, rank, dt);
    return affine(y, sc, of);
  }

  /**
   * Returns instance normalization with the input's own statistics, as {@code
   * torch.nn.functional.instance_norm} with {@code use_input_stats=True}: each sample's channel is
   * normalized with its mean and biased variance over the spatial axes, then scaled and shifted per
   * channel. No running statistics are kept (use {@link #batchNorm} for those).
   *
   * @param scale the factor (PyTorch's weight), [C], or null
   * @param offset the shift (PyTorch's bias), [C], or null
   * @throws dev.ivy.errors.IvyArgumentException if x has rank &lt; 3, a single spatial element, a
   *     per-channel array of the wrong shape, or the layout is unknown
   */
  public static Array instanceNorm(
      Array x, Array scale, Array offset, double eps, String dataFormat) {
    String fn = "instance_norm";
    boolean first = channelsFirst(fn, dataFormat);
    Checks.check(x.rank() >= 3, fn, "x must have rank >= 3 ([N, *S, C]); got shape %s", x.shape());
    Array f = Activations.toFloat(x);
    int rank = f.rank();
    int cAxis = first ? 1 : rank - 1;
    int[] axes = new int[rank - 2];
    long spatial = 1;
    for (int i = 1, j = 0; i < rank; i++) {
      if (i != cAxis) {
        axes[j++] = i;
        spatial *= f.shape().dim(i);
      }
    }
    Checks.check(
        spatial > 1,
        fn,
        "x must have more than 1 spatial element per channel; got shape %s",
        x.shape());
    long channels = f.shape().dim(cAxis);
    DType dt = f.dtype();
    if (first && vector(scale, channels, dt) && vector(offset, channels, dt)) {
      return Coarse.groupNorm(f, channels, scale, offset, eps);
    }
    Array y =
        Coarse.standardize(
            f, Reductions.mean(f, axes, true), Reductions.var(f, axes, 0, true), eps);
    Array sc = scale == null ? null : perChannel(fn, "scale", scale, channels, cAxis, rank, dt);
    Array of = offset == null ? null : perChannel(fn, "offset", offset, channels, cAxis, rank, dt);
    return affine(y, sc, of);
  }
}
