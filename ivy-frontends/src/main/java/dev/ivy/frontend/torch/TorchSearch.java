package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Indexer;
import dev.ivy.ops.Indexing;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sets;
import dev.ivy.ops.Sorting;
import java.util.ArrayList;
import java.util.List;

/** PyTorch's sorting, searching, counting and set functions, with int64 indices. */
final class TorchSearch {
  private TorchSearch() {}

  static List<Array> sort(Array x, int dim, boolean descending) {
    if (x.rank() == 0) {
      TorchShapes.dim("sort", dim, 0);
      return List.of(x, Creation.zeros(Shape.scalar(), DType.INT64));
    }
    int d = TorchShapes.dim("sort", dim, x.rank());
    Array idx = Sorting.argsort(x, d, descending);
    return List.of(Searching.takeAlongAxis(x, idx, d), TorchTypes.cast(idx, DType.INT64));
  }

  static Array argsort(Array x, int dim, boolean descending) {
    return sort(x, dim, descending).get(1);
  }

  static List<Array> topk(Array x, long k, int dim, boolean largest, boolean sorted) {
    int d = TorchShapes.dim("topk", dim, x.rank());
    long n = x.rank() == 0 ? 1 : x.shape().dim(d);
    if (k < 0 || k > n) {
      throw new IvyArgumentException(
          "topk: k must be in [0, " + n + "] for dimension " + dim + "; got " + k);
    }
    List<Array> r = Searching.topK(x, k, d, largest, sorted);
    return List.of(r.get(0), TorchTypes.cast(r.get(1), DType.INT64));
  }

  static Object unique(Array x, boolean returnInverse, boolean returnCounts) {
    if (!returnInverse && !returnCounts) {
      // core's unique_values need not be sorted; torch.unique sorts by default
      return Sets.uniqueAll(x).values();
    }
    Sets.UniqueAll u = Sets.uniqueAll(x);
    List<Object> r = new ArrayList<>();
    r.add(u.values());
    if (returnInverse) {
      r.add(TorchTypes.cast(Manipulation.reshape(u.inverseIndices(), x.shape()), DType.INT64));
    }
    if (returnCounts) {
      r.add(TorchTypes.cast(u.counts(), DType.INT64));
    }
    return r;
  }

  static Object uniqueConsecutive(Array x, boolean returnInverse, boolean returnCounts) {
    Array flat = Manipulation.reshape(x, -1);
    long n = flat.size();
    if (n == 0) {
      return returnInverse || returnCounts ? List.of(flat, flat, flat) : flat;
    }
    Array head = Manipulation.slice(flat, new long[] {0}, new long[] {n - 1}, new long[] {1});
    Array tail = Manipulation.slice(flat, new long[] {1}, new long[] {n}, new long[] {1});
    Array change =
        Manipulation.concat(
            List.of(Creation.full(Shape.of(1), true, DType.BOOL), Elementwise.notEqual(tail, head)),
            0);
    Array values = Indexer.get(flat, change);
    if (!returnInverse && !returnCounts) {
      return values;
    }
    Array ci = Manipulation.astype(change, DType.INT64);
    Array inverse =
        Elementwise.subtract(dev.ivy.ops.Cumulative.cumulativeSum(ci, 0, DType.INT64, false), 1L);
    List<Object> r = new ArrayList<>();
    r.add(values);
    if (returnInverse) {
      r.add(Manipulation.reshape(inverse, x.shape()));
    }
    if (returnCounts) {
      Array starts = Indexer.get(Creation.arange(0L, n, 1L, DType.INT64), change);
      Array ends =
          Manipulation.concat(
              List.of(
                  Manipulation.slice(
                      starts, new long[] {1}, new long[] {starts.size()}, new long[] {1}),
                  Creation.full(Shape.of(1), n, DType.INT64)),
              0);
      r.add(Elementwise.subtract(ends, starts));
    }
    return r;
  }

  static Array searchsorted(
      Array seq, Object values, boolean right, dev.ivy.Side side, boolean int32) {
    String s = side != null ? side.lower() : right ? "right" : "left";
    if (right && side == dev.ivy.Side.LEFT) {
      throw new IvyArgumentException(
          "searchsorted: side and right disagree; got side='left' and right=True");
    }
    Array v = values instanceof Array a ? a : TorchTypes.as(values, seq.dtype());
    DType dt = TorchTypes.resultType(seq, v);
    Array r = Sorting.searchsorted(TorchTypes.cast(seq, dt), TorchTypes.cast(v, dt), s);
    return TorchTypes.cast(r, int32 ? DType.INT32 : DType.INT64);
  }

  static Array bincount(Array x, Array weights, long minlength) {
    if (x.rank() != 1 || x.dtype().isFloating()) {
      throw new IvyArgumentException(
          "bincount: input must be a 1-D integer tensor; got " + x.aval());
    }
    long max = x.size() == 0 ? -1 : Reductions.max(x, new int[] {0}, false).itemLong();
    if (x.size() > 0 && Reductions.min(x, new int[] {0}, false).itemLong() < 0) {
      throw new IvyArgumentException("bincount: input must be non-negative");
    }
    long depth = Math.max(max + 1, minlength);
    if (x.size() == 0) {
      return Creation.zeros(Shape.of(depth), weights == null ? DType.INT64 : weights.dtype());
    }
    DType dt =
        weights == null
            ? DType.INT64
            : weights.dtype().isFloating() ? weights.dtype() : DType.FLOAT64;
    Array oh = Indexing.oneHot(x, depth, null, null, null, dt);
    if (weights != null) {
      oh = Elementwise.multiply(oh, Manipulation.expandDims(TorchTypes.cast(weights, dt), 1));
    }
    return Reductions.sum(oh, new int[] {0}, false, dt);
  }

  static Array histc(Array x, long bins, double min, double max) {
    Array f = TorchTypes.floating(x);
    double lo = min;
    double hi = max;
    if (lo == 0 && hi == 0 && f.size() > 0) {
      lo = Reductions.min(f, dev.ivy.ops.Checks.allAxes(f.rank()), false).itemDouble();
      hi = Reductions.max(f, dev.ivy.ops.Checks.allAxes(f.rank()), false).itemDouble();
    }
    if (lo == hi) {
      lo -= 1;
      hi += 1;
    }
    Array flat = Manipulation.reshape(Manipulation.astype(f, DType.FLOAT64), -1);
    Array inside =
        Elementwise.logicalAnd(Elementwise.greaterEqual(flat, lo), Elementwise.lessEqual(flat, hi));
    Array idx =
        Elementwise.floor(Elementwise.multiply(Elementwise.subtract(flat, lo), bins / (hi - lo)));
    idx = Elementwise.minimum(Manipulation.astype(idx, DType.INT64), bins - 1);
    idx = Elementwise.where(inside, idx, Creation.fullLike(idx, bins, DType.INT64));
    Array oh = Indexing.oneHot(idx, bins, null, null, null, f.dtype());
    return Reductions.sum(oh, new int[] {0}, false, f.dtype());
  }

  static Array cartesianProd(List<Array> xs) {
    if (xs.size() == 1) {
      return xs.get(0);
    }
    List<Array> p = TorchShapes.promoted(xs);
    List<Array> grids = dev.ivy.ops.Creation.meshgrid(p, "ij");
    List<Array> flat = new ArrayList<>();
    for (Array g : grids) {
      flat.add(Manipulation.reshape(g, -1));
    }
    return Manipulation.stack(flat, 1);
  }

  static Array combinations(Array x, int r, boolean withReplacement) {
    dev.ivy.ops.Checks.check(
        x.rank() == 1, "combinations", "input must be a 1-d tensor; got shape %s", x.shape());
    dev.ivy.ops.Checks.check(r >= 0, "combinations", "r must be non-negative; got %d", r);
    long n = x.shape().dim(0);
    List<long[]> combos = new ArrayList<>();
    combine(new long[r], 0, 0, n, withReplacement, combos);
    if (combos.isEmpty()) {
      return Creation.zeros(Shape.of(0, r), x.dtype());
    }
    long[] idx = new long[combos.size() * r];
    for (int i = 0; i < combos.size(); i++) {
      System.arraycopy(combos.get(i), 0, idx, i * r, r);
    }
    Array ix = dev.ivy.Ivy.array(idx, DType.INT64, combos.size(), r);
    return Indexing.take(x, ix, 0);
  }

  private static void combine(long[] cur, int k, long from, long n, boolean rep, List<long[]> out) {
    if (k == cur.length) {
      out.add(cur.clone());
      return;
    }
    for (long i = from; i < n; i++) {
      cur[k] = i;
      combine(cur, k + 1, rep ? i : i + 1, n, rep, out);
    }
  }

  static Array oneHot(Array x, long numClasses) {
    if (x.dtype() != DType.INT64) {
      throw new IvyArgumentException("one_hot: tensor must be int64; got " + x.dtype());
    }
    long max =
        x.size() == 0
            ? -1
            : Reductions.max(x, dev.ivy.ops.Checks.allAxes(x.rank()), false).itemLong();
    long depth = numClasses < 0 ? max + 1 : numClasses;
    if (max >= depth) {
      throw new IvyArgumentException(
          "one_hot: class values must be smaller than num_classes (" + depth + "); got " + max);
    }
    if (x.size() > 0
        && Reductions.min(x, dev.ivy.ops.Checks.allAxes(x.rank()), false).itemLong() < 0) {
      throw new IvyArgumentException("one_hot: class values must be non-negative");
    }
    return Indexing.oneHot(x, depth, null, null, null, DType.INT64);
  }
}
