package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Indexer;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sorting;
import java.util.List;

/**
 * PyTorch's reductions: integer and bool sums and products accumulate in int64, {@code mean} needs
 * a floating input, {@code var}/{@code std} are unbiased by default, and {@code max}/{@code min}/
 * {@code median}/{@code kthvalue} with a dimension return (values, indices).
 */
final class TorchReduce {
  private TorchReduce() {}

  /** Returns {@code dims} checked against the rank, or null for all dimensions (null or empty). */
  static int[] dims(String fn, int[] dims, int rank) {
    // an empty dim list reduces every dimension, as None does
    if (dims == null || dims.length == 0) {
      return null;
    }
    for (int d : dims) {
      Checks.axis(fn, "dim", d, Math.max(rank, 1));
    }
    return dims;
  }

  private static int[] all(Array x) {
    return Checks.allAxes(x.rank());
  }

  static Array sum(Array x, int[] dim, boolean keepdim, DType dtype) {
    int[] d = dims("sum", dim, x.rank());
    DType dt = dtype != null ? dtype : x.dtype().isFloating() ? x.dtype() : DType.INT64;
    return Reductions.sum(TorchTypes.cast(x, dt), d == null ? all(x) : d, keepdim, dt);
  }

  static Array prod(Array x, Integer dim, boolean keepdim, DType dtype) {
    DType dt = dtype != null ? dtype : x.dtype().isFloating() ? x.dtype() : DType.INT64;
    int[] d = dim == null ? all(x) : dims("prod", new int[] {dim}, x.rank());
    return Reductions.prod(TorchTypes.cast(x, dt), d, keepdim, dt);
  }

  static Array mean(Array x, int[] dim, boolean keepdim, DType dtype) {
    Array v = TorchTypes.cast(x, dtype);
    if (!v.dtype().isFloating()) {
      throw new IvyArgumentException(
          "mean: input must have a floating dtype (or pass dtype); got " + v.dtype());
    }
    int[] d = dims("mean", dim, x.rank());
    return Reductions.mean(v, d == null ? all(x) : d, keepdim);
  }

  static double correction(Boolean unbiased, Number correction) {
    if (correction != null) {
      return correction.doubleValue();
    }
    return unbiased == null || unbiased ? 1.0 : 0.0;
  }

  static Array var(Array x, int[] dim, double correction, boolean keepdim) {
    int[] d = dims("var", dim, x.rank());
    return Reductions.var(TorchTypes.floating(x), d == null ? all(x) : d, correction, keepdim);
  }

  static Array std(Array x, int[] dim, double correction, boolean keepdim) {
    int[] d = dims("std", dim, x.rank());
    return Reductions.std(TorchTypes.floating(x), d == null ? all(x) : d, correction, keepdim);
  }

  static Array amax(Array x, int[] dim, boolean keepdim) {
    int[] d = dims("amax", dim, x.rank());
    return Reductions.max(x, d == null || d.length == 0 ? all(x) : d, keepdim);
  }

  static Array amin(Array x, int[] dim, boolean keepdim) {
    int[] d = dims("amin", dim, x.rank());
    return Reductions.min(x, d == null || d.length == 0 ? all(x) : d, keepdim);
  }

  /** Returns (values, indices) of the maximum ({@code max}) or minimum along {@code dim}. */
  static List<Array> maxWithIndices(Array x, int dim, boolean keepdim, boolean max) {
    int d = Checks.axis(max ? "max" : "min", "dim", dim, Math.max(1, x.rank()));
    Array values =
        max ? Reductions.max(x, new int[] {d}, keepdim) : Reductions.min(x, new int[] {d}, keepdim);
    Array idx = max ? Reductions.argmax(x, d, keepdim) : Reductions.argmin(x, d, keepdim);
    return List.of(values, TorchTypes.cast(idx, DType.INT64));
  }

  static Array argmax(Array x, Integer dim, boolean keepdim, boolean max) {
    Array r = max ? Reductions.argmax(x, dim, keepdim) : Reductions.argmin(x, dim, keepdim);
    return TorchTypes.cast(r, DType.INT64);
  }

  static Array all(Array x, int[] dim, boolean keepdim, boolean any) {
    int[] d = dims(any ? "any" : "all", dim, x.rank());
    Array b = TorchTypes.cast(x, DType.BOOL);
    return any
        ? Reductions.any(b, d == null ? all(x) : d, keepdim)
        : Reductions.all(b, d == null ? all(x) : d, keepdim);
  }

  static Array countNonzero(Array x, int[] dim) {
    Array nz = Manipulation.astype(Elementwise.notEqual(x, 0L), DType.INT64);
    int[] d = dims("count_nonzero", dim, x.rank());
    return Reductions.sum(nz, d == null ? all(x) : d, false, DType.INT64);
  }

  /** Returns the k-th smallest (1-based) values along {@code dim} and their indices. */
  static List<Array> kthvalue(Array x, long k, int dim, boolean keepdim) {
    Array v = x.rank() == 0 ? Manipulation.reshape(x, 1) : x;
    int d = Checks.axis("kthvalue", "dim", dim, v.rank());
    long n = v.shape().dim(d);
    if (k < 1 || k > n) {
      throw new IvyArgumentException(
          "kthvalue: k must be in [1, " + n + "] for dimension " + dim + "; got " + k);
    }
    Array idx = Sorting.argsort(v, d, false);
    Array pick = Manipulation.slice(idx, start(v, d, k - 1), stop(v, d, k), ones(v.rank()));
    Array vals = Searching.takeAlongAxis(v, pick, d);
    if (!keepdim || x.rank() == 0) {
      vals = Manipulation.squeeze(vals, d);
      pick = Manipulation.squeeze(pick, d);
    }
    return List.of(vals, TorchTypes.cast(pick, DType.INT64));
  }

  private static long[] ones(int n) {
    long[] r = new long[n];
    java.util.Arrays.fill(r, 1);
    return r;
  }

  private static long[] start(Array x, int d, long s) {
    long[] r = new long[x.rank()];
    r[d] = s;
    return r;
  }

  private static long[] stop(Array x, int d, long s) {
    long[] r = x.shape().dims();
    r[d] = s;
    return r;
  }

  /** Returns the lower median over all elements. */
  static Array median(Array x) {
    Array flat = Manipulation.reshape(x, -1);
    return kthvalue(flat, (flat.size() + 1) / 2, 0, false).get(0);
  }

  /** Returns (values, indices) of the lower median along {@code dim}. */
  static List<Array> median(Array x, int dim, boolean keepdim) {
    int d = Checks.axis("median", "dim", dim, Math.max(1, x.rank()));
    long n = x.rank() == 0 ? 1 : x.shape().dim(d);
    return kthvalue(x, (n + 1) / 2, d, keepdim);
  }

  /** Returns the lower median of the non-NaN elements. */
  static Array nanmedian(Array x) {
    Array flat = Manipulation.reshape(x, -1);
    Array keep = Elementwise.logicalNot(Elementwise.isnan(flat));
    Array vals = Indexer.get(flat, keep);
    if (vals.size() == 0) {
      return Manipulation.reshape(Indexer.get(flat, 0L), new long[0]);
    }
    return kthvalue(vals, (vals.size() + 1) / 2, 0, false).get(0);
  }

  static List<Array> cumExtreme(Array x, int dim, boolean max) {
    int d = Checks.axis(max ? "cummax" : "cummin", "dim", dim, Math.max(1, x.rank()));
    Array values = max ? Extras.cummax(x, d, false, false) : Extras.cummin(x, d, false, false);
    // index of the last position where the running extreme was reached
    long n = x.shape().dim(d);
    long[] shape = new long[x.rank()];
    java.util.Arrays.fill(shape, 1);
    shape[d] = n;
    Array pos =
        Manipulation.broadcastTo(
            Manipulation.reshape(dev.ivy.ops.Creation.arange(0L, n, 1L, DType.INT64), shape),
            x.shape());
    Array hit = Elementwise.equal(x, values);
    Array marked = Elementwise.where(hit, pos, dev.ivy.ops.Creation.fullLike(pos, 0L, DType.INT64));
    Array idx = Extras.cummax(marked, d, false, false);
    return List.of(values, idx);
  }

  static Array logsumexp(Array x, int[] dim, boolean keepdim) {
    int[] d = dims("logsumexp", dim, x.rank());
    return Extras.logsumexp(TorchTypes.floating(x), d == null ? all(x) : d, keepdim);
  }

  static Array nansum(Array x, int[] dim, boolean keepdim) {
    int[] d = dims("nansum", dim, x.rank());
    return Extras.nansum(x, d == null ? all(x) : d, keepdim, null);
  }

  static Array nanmean(Array x, int[] dim, boolean keepdim) {
    int[] d = dims("nanmean", dim, x.rank());
    return Extras.nanmean(x, d == null ? all(x) : d, keepdim);
  }

  /** The dtype of a cumulative sum or product: {@code dtype}, else floating stays, else int64. */
  static DType scanDType(Array x, DType dtype) {
    if (dtype != null) {
      return dtype;
    }
    return x.dtype().isFloating() ? x.dtype() : DType.INT64;
  }
}
