package dev.ivy.onnx;

import static dev.ivy.onnx.MathOps.one;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Scatter;
import dev.ivy.ops.Searching;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Gather, scatter, searching and cumulative ops. */
final class IndexOps {
  private IndexOps() {}

  /** Maps negative indices into [0, n) (ONNX accepts indices in [-n, n)). */
  static Array wrap(Array idx, long n) {
    Array i = Ivy.astype(idx, DType.INT64);
    return Ivy.where(Ivy.less(i, 0), Ivy.add(i, n), i);
  }

  /** Returns the per-axis coordinates of ScatterElements' updates: [*indices.shape, rank]. */
  private static Array coordinates(Array idx, int axis) {
    int r = idx.rank();
    List<Array> cs = new ArrayList<>();
    long[] s = idx.shape().dims();
    for (int j = 0; j < r; j++) {
      if (j == axis) {
        cs.add(idx);
        continue;
      }
      long[] v = new long[r];
      Arrays.fill(v, 1);
      v[j] = s[j];
      cs.add(Ivy.broadcastTo(Ivy.reshape(Ivy.arange(0, s[j], 1, DType.INT64), v), s));
    }
    return Ivy.stack(cs, r);
  }

  static void register(OnnxOps.Registrar r) {
    r.add(
        "Gather",
        c -> {
          Array x = c.in(0);
          int a = ShapeOps.axis(c, c.i("axis", 0), x.rank());
          return one(Ivy.take(x, wrap(c.in(1), x.shape().dim(a)), a));
        });
    r.add(
        "GatherElements",
        c -> {
          Array x = c.in(0);
          int a = ShapeOps.axis(c, c.i("axis", 0), x.rank());
          return one(Ivy.takeAlongAxis(x, wrap(c.in(1), x.shape().dim(a)), a));
        });
    r.add(
        "GatherND",
        c -> {
          Array x = c.in(0);
          int b = (int) c.i("batch_dims", 0);
          return one(Searching.gatherNd(x, Ivy.astype(c.in(1), DType.INT64), b));
        });
    r.add(
        "ScatterElements",
        "reduction none, add or mul",
        c -> {
          Array x = c.in(0);
          int a = ShapeOps.axis(c, c.i("axis", 0), x.rank());
          Array idx = coordinates(wrap(c.in(1), x.shape().dim(a)), a);
          return one(scatter(c, x, idx, c.in(2)));
        });
    r.add(
        "Scatter",
        9,
        10,
        "ScatterElements without reduction (deprecated in opset 11)",
        c -> {
          Array x = c.in(0);
          int a = ShapeOps.axis(c, c.i("axis", 0), x.rank());
          Array idx = coordinates(wrap(c.in(1), x.shape().dim(a)), a);
          return one(Scatter.scatterNdUpdate(x, idx, c.in(2)));
        });
    r.add(
        "ScatterND",
        "reduction none, add or mul",
        c -> {
          Array x = c.in(0);
          Array idx = Ivy.astype(c.in(1), DType.INT64);
          long k = idx.shape().dim(-1);
          long[] dims = Arrays.copyOf(x.shape().dims(), (int) k);
          long[] ls = new long[idx.rank()];
          Arrays.fill(ls, 1);
          ls[ls.length - 1] = k;
          Array n = Ivy.reshape(Ivy.array(dims, dims.length), ls);
          idx = Ivy.where(Ivy.less(idx, 0), Ivy.add(idx, n), idx);
          return one(scatter(c, x, idx, c.in(2)));
        });
    r.add(
        "NonZero",
        c -> {
          Array x = c.in(0);
          if (x.rank() == 0) {
            x = Ivy.reshape(x, 1);
          }
          return one(Ivy.astype(Ivy.stack(Ivy.nonzero(x), 0), DType.INT64));
        });
    r.add(
        "TopK",
        "always sorted",
        c -> {
          Array x = c.in(0);
          // k: an attribute before opset 10; largest and sorted exist from opset 11
          long k = c.opset() >= 10 ? c.ints(1)[0] : c.i("k", -1);
          if (k < 0) {
            throw c.error("k must be >= 0; got %d", k);
          }
          int a = ShapeOps.axis(c, c.i("axis", -1), x.rank());
          return new ArrayList<>(Ivy.topK(x, k, a, c.i("largest", 1) != 0, true));
        });
    r.add("ArgMax", c -> one(arg(c, true)));
    r.add("ArgMin", c -> one(arg(c, false)));
    r.add(
        "CumSum",
        c -> {
          Array x = c.in(0);
          int a = ShapeOps.axis(c, c.ints(1)[0], x.rank());
          boolean rev = c.i("reverse", 0) != 0;
          Array y = rev ? Ivy.flip(x, a) : x;
          Array s = Cumulative.cumulativeSum(y, a, x.dtype(), false);
          if (c.i("exclusive", 0) != 0) {
            s = Ivy.subtract(s, y);
          }
          return one(rev ? Ivy.flip(s, a) : s);
        });
    r.add(
        "Compress",
        c -> {
          Array x = c.in(0);
          Array cond = c.in(1);
          if (cond.rank() != 1) {
            throw c.error("condition must be 1-d; got %s", cond.shape());
          }
          Array idx = Ivy.nonzero(Ivy.astype(cond, DType.BOOL)).get(0);
          if (!c.has("axis")) {
            return one(Ivy.take(Ivy.reshape(x, x.size()), idx, 0));
          }
          return one(Ivy.take(x, idx, ShapeOps.axis(c, c.i("axis", 0), x.rank())));
        });
  }

  private static Array scatter(NodeContext c, Array x, Array idx, Array updates) {
    String red = c.s("reduction", "none");
    switch (red) {
      case "none":
        return Scatter.scatterNdUpdate(x, idx, updates);
      case "add":
        return Scatter.scatterNdAdd(x, idx, updates);
      case "mul":
        return scatterMul(x, idx, updates);
      default:
        throw c.error("reduction must be none, add or mul; got '%s'", red);
    }
  }

  /**
   * Multiplies the slices of {@code x} at {@code idx} ([..., k]) by {@code updates}, one index row
   * after the other, so repeated indices multiply together.
   */
  private static Array scatterMul(Array x, Array idx, Array updates) {
    long k = idx.shape().dim(idx.rank() - 1);
    long n = idx.size() / Math.max(k, 1);
    Array rows = Ivy.reshape(idx, new long[] {n, k});
    long[] us = updates.shape().dims();
    long[] flat = new long[us.length - (idx.rank() - 1) + 1];
    flat[0] = n;
    System.arraycopy(us, idx.rank() - 1, flat, 1, flat.length - 1);
    Array upd = Ivy.reshape(updates, flat);
    Array y = x;
    for (long i = 0; i < n; i++) {
      Array at = NnOps.slice(rows, 0, i, i + 1);
      Array cur = Ivy.gatherNd(y, at, 0);
      y = Scatter.scatterNdUpdate(y, at, Ivy.multiply(cur, NnOps.slice(upd, 0, i, i + 1)));
    }
    return y;
  }

  private static Array arg(NodeContext c, boolean max) {
    Array x = c.in(0);
    int a = ShapeOps.axis(c, c.i("axis", 0), x.rank());
    boolean keep = c.i("keepdims", 1) != 0;
    boolean last = c.i("select_last_index", 0) != 0;
    Array y = last ? Ivy.flip(x, a) : x;
    Array i = max ? Ivy.argmax(y, a, keep) : Ivy.argmin(y, a, keep);
    i = Ivy.astype(i, DType.INT64);
    return last
        ? Ivy.subtract(dev.ivy.ops.Conversion.asarray(x.shape().dim(a) - 1, DType.INT64), i)
        : i;
  }
}
