package dev.ivy.onnx;

import static dev.ivy.onnx.MathOps.one;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.PadMode;
import dev.ivy.Shape;
import dev.ivy.onnx.proto.OnnxProto.TensorProto;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Manipulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Shape manipulation, constants, creation and casts. */
final class ShapeOps {
  private ShapeOps() {}

  static int axis(NodeContext c, long axis, int rank) {
    if (axis < -rank || axis >= rank) {
      throw c.error("axis must be in [%d, %d); got %d", -rank, rank, axis);
    }
    return (int) (axis < 0 ? axis + rank : axis);
  }

  static void register(OnnxOps.Registrar r) {
    r.add(
        "Reshape",
        c -> {
          Array x = c.in(0);
          long[] s = c.ints(1).clone();
          boolean allowZero = c.i("allowzero", 0) != 0;
          for (int i = 0; i < s.length && !allowZero; i++) {
            if (s[i] == 0) {
              if (i >= x.rank()) {
                throw c.error("shape[%d] is 0 (copy) but x has rank %d", i, x.rank());
              }
              s[i] = x.shape().dim(i);
            }
          }
          return one(Ivy.reshape(x, s));
        });
    r.add(
        "Flatten",
        c -> {
          Array x = c.in(0);
          int a = (int) c.i("axis", 1);
          a = a < 0 ? a + x.rank() : a;
          if (a < 0 || a > x.rank()) {
            throw c.error("axis must be in [-%d, %d]; got %d", x.rank(), x.rank(), c.i("axis", 1));
          }
          long outer = 1;
          for (int i = 0; i < a; i++) {
            outer *= x.shape().dim(i);
          }
          return one(Ivy.reshape(x, outer, x.size() / Math.max(outer, 1)));
        });
    r.add(
        "Squeeze",
        c -> {
          Array x = c.in(0);
          // axes: an input from opset 13, an attribute before
          long[] axes = c.opset() >= 13 ? c.ints(1) : c.ints("axes", null);
          if (axes == null) {
            return one(Ivy.squeeze(x));
          }
          int[] a = new int[axes.length];
          for (int i = 0; i < a.length; i++) {
            a[i] = axis(c, axes[i], x.rank());
          }
          return one(Ivy.squeeze(x, a));
        });
    r.add(
        "Unsqueeze",
        c -> {
          Array x = c.in(0);
          long[] axes = c.opset() >= 13 ? c.ints(1) : c.ints("axes", null);
          if (axes == null) {
            throw c.error("axes are required");
          }
          int out = x.rank() + axes.length;
          boolean[] inserted = new boolean[out];
          for (long ax : axes) {
            int a = axis(c, ax, out);
            if (inserted[a]) {
              throw c.error("axes must not repeat; got %s", Arrays.toString(axes));
            }
            inserted[a] = true;
          }
          long[] s = new long[out];
          int k = 0;
          for (int i = 0; i < out; i++) {
            s[i] = inserted[i] ? 1 : x.shape().dim(k++);
          }
          return one(Ivy.reshape(x, s));
        });
    r.add(
        "Transpose",
        c -> {
          Array x = c.in(0);
          long[] perm = c.ints("perm", null);
          if (perm != null && perm.length != x.rank()) {
            throw c.error("perm must have %d values; got %s", x.rank(), Arrays.toString(perm));
          }
          int[] p = new int[x.rank()];
          for (int i = 0; i < p.length; i++) {
            long v = perm == null ? p.length - 1 - i : perm[i];
            if (v < 0 || v >= p.length) {
              throw c.error(
                  "perm values must be axes from 0 to %d; got %s",
                  p.length - 1, Arrays.toString(perm));
            }
            p[i] = (int) v;
          }
          return one(Ivy.permuteDims(x, p));
        });
    r.add(
        "Concat",
        c -> {
          List<Array> xs = new ArrayList<>();
          for (Array a : c.inputs()) {
            if (a != null) {
              xs.add(a);
            }
          }
          if (!c.has("axis")) {
            throw c.error("attribute axis is required");
          }
          return one(Ivy.concat(xs, (int) c.i("axis", 0)));
        });
    r.add(
        "Split",
        c -> {
          Array x = c.in(0);
          int a = axis(c, c.i("axis", 0), x.rank());
          // split: an input from opset 13, an attribute before
          long[] split = c.opset() >= 13 ? c.ints(1) : c.ints("split", null);
          long n = x.shape().dim(a);
          if (split == null) {
            int k = c.numOutputs();
            long chunk = (n + k - 1) / k;
            split = new long[k];
            for (int i = 0; i < k; i++) {
              split[i] = Math.max(Math.min(chunk, n - i * chunk), 0);
            }
          }
          List<Array> out = new ArrayList<>();
          long at = 0;
          for (long s : split) {
            out.add(NnOps.slice(x, a, at, at + s));
            at += s;
          }
          if (at != n) {
            throw c.error("split sizes %s must add up to %d", Arrays.toString(split), n);
          }
          return out;
        });
    r.add(
        "Expand",
        c -> {
          Array x = c.in(0);
          long[] s = c.ints(1);
          int rank = Math.max(s.length, x.rank());
          long[] out = new long[rank];
          for (int i = 0; i < rank; i++) {
            int xi = i - (rank - x.rank());
            int si = i - (rank - s.length);
            long xd = xi >= 0 ? x.shape().dim(xi) : 1;
            long sd = si >= 0 ? s[si] : 1;
            if (xd != sd && xd != 1 && sd != 1) {
              throw c.error("shape %s does not broadcast with %s", Arrays.toString(s), x.shape());
            }
            out[i] = xd == 1 ? sd : xd;
          }
          return one(Ivy.broadcastTo(x, out));
        });
    r.add("Tile", ShapeOps::tile);
    r.add(
        "Shape",
        c -> {
          long[] d = c.in(0).shape().dims();
          int rank = d.length;
          long start = c.i("start", 0);
          long end = c.i("end", rank);
          int s = (int) Math.min(Math.max(start < 0 ? start + rank : start, 0), rank);
          int e = (int) Math.min(Math.max(end < 0 ? end + rank : end, 0), rank);
          long[] v = Arrays.copyOfRange(d, s, Math.max(s, e));
          return one(Ivy.array(v, v.length));
        });
    r.add("Size", c -> one(Ivy.reshape(Ivy.array(new long[] {c.in(0).size()}, 1), new long[0])));
    r.add(
        "Constant",
        c -> {
          TensorProto t = c.tensor("value");
          if (t != null) {
            return one(Tensors.decode(t, c.where() + " value").toArray());
          }
          if (c.has("value_float")) {
            return one(dev.ivy.ops.Conversion.asarray(c.f("value_float", 0f), DType.FLOAT32));
          }
          if (c.has("value_int")) {
            return one(dev.ivy.ops.Conversion.asarray(c.i("value_int", 0), DType.INT64));
          }
          if (c.has("value_floats")) {
            float[] f = c.floats("value_floats", null);
            return one(Ivy.array(f, f.length));
          }
          if (c.has("value_ints")) {
            long[] v = c.ints("value_ints", null);
            return one(Ivy.array(v, v.length));
          }
          throw c.error("needs a value, value_float(s) or value_int(s) attribute");
        });
    r.add(
        "ConstantOfShape",
        c -> {
          long[] s = c.ints(0);
          TensorProto t = c.tensor("value");
          if (t == null) {
            return one(Ivy.zeros(Shape.of(s), DType.FLOAT32));
          }
          Array v = Tensors.decode(t, c.where() + " value").toArray();
          return one(Ivy.broadcastTo(Ivy.reshape(v, new long[0]), s));
        });
    r.add(
        "Range",
        c -> {
          Array start = c.in(0);
          DType dt = start.dtype();
          if (dt.isFloating()) {
            double s = c.doubles(0)[0];
            double l = c.doubles(1)[0];
            double d = c.doubles(2)[0];
            long n = Math.max((long) Math.ceil((l - s) / d), 0);
            Array k = Ivy.arange(0, n, 1, dt);
            return one(MathOps.same(Ivy.add(Ivy.multiply(k, d), s), start));
          }
          return one(Ivy.arange(c.ints(0)[0], c.ints(1)[0], c.ints(2)[0], dt));
        });
    r.add("Slice", ShapeOps::slice);
    r.add(
        "Pad",
        "modes constant, reflect, edge",
        c -> {
          Array x = c.in(0);
          // Pad-2: pads and value are attributes; from opset 11 inputs
          long[] p = c.opset() >= 11 ? c.ints(1) : c.ints("pads", null);
          if (p == null) {
            throw c.error("pads are required");
          }
          int rank = x.rank();
          if (p.length != 2 * rank) {
            throw c.error("pads must have %d values; got %s", 2 * rank, Arrays.toString(p));
          }
          String mode = c.s("mode", "constant");
          if (!List.of("constant", "reflect", "edge").contains(mode)) {
            throw c.error("mode must be constant, reflect or edge; got '%s'", mode);
          }
          long[][] pw = new long[rank][2];
          boolean negative = false;
          for (int i = 0; i < rank; i++) {
            pw[i] = new long[] {Math.max(p[i], 0), Math.max(p[i + rank], 0)};
            negative |= p[i] < 0 || p[i + rank] < 0;
          }
          Object value =
              c.opset() < 11
                  ? (Object) (double) c.f("value", 0f)
                  : c.opt(2) == null ? 0 : c.opt(2).toDoubleArray()[0];
          Array y = Ivy.pad(x, pw, PadMode.valueOf(mode.toUpperCase(Locale.ROOT)), value);
          if (negative) {
            for (int i = 0; i < rank; i++) {
              long lo = Math.max(-p[i], 0);
              long hi = Math.max(-p[i + rank], 0);
              y = NnOps.slice(y, i, lo, y.shape().dim(i) - hi);
            }
          }
          return one(y);
        });
    r.add(
        "Cast",
        c -> one(Ivy.astype(c.in(0), Tensors.dtype((int) c.i("to", 0), c.where() + " to"))));
    r.add("CastLike", c -> one(Ivy.astype(c.in(0), c.in(1).dtype())));
    r.add(
        "DepthToSpace",
        c -> {
          Array x = c.in(0);
          long b = c.i("blocksize", 0);
          long[] d = x.shape().dims();
          if (d.length != 4 || b < 1 || d[1] % (b * b) != 0) {
            throw c.error(
                "needs x [N, C, H, W] with C divisible by blocksize^2; got %s, %d", x.shape(), b);
          }
          long cc = d[1] / (b * b);
          boolean dcr = c.s("mode", "DCR").equals("DCR");
          Array t =
              dcr
                  ? Ivy.permuteDims(Ivy.reshape(x, d[0], b, b, cc, d[2], d[3]), 0, 3, 4, 1, 5, 2)
                  : Ivy.permuteDims(Ivy.reshape(x, d[0], cc, b, b, d[2], d[3]), 0, 1, 4, 2, 5, 3);
          return one(Ivy.reshape(t, d[0], cc, d[2] * b, d[3] * b));
        });
    r.add(
        "SpaceToDepth",
        c -> {
          Array x = c.in(0);
          long b = c.i("blocksize", 0);
          long[] d = x.shape().dims();
          if (d.length != 4 || b < 1 || d[2] % b != 0 || d[3] % b != 0) {
            throw c.error(
                "needs x [N, C, H, W] with H, W divisible by blocksize; got %s, %d", x.shape(), b);
          }
          Array t =
              Ivy.permuteDims(
                  Ivy.reshape(x, d[0], d[1], d[2] / b, b, d[3] / b, b), 0, 3, 5, 1, 2, 4);
          return one(Ivy.reshape(t, d[0], d[1] * b * b, d[2] / b, d[3] / b));
        });
    r.add(
        "Trilu",
        c -> {
          long k = c.opt(1) == null ? 0 : c.ints(1)[0];
          Array x = c.in(0);
          return one(c.i("upper", 1) != 0 ? Creation.triu(x, k) : Creation.tril(x, k));
        });
    r.add(
        "EyeLike",
        c -> {
          Array x = c.in(0);
          if (x.rank() != 2) {
            throw c.error("input must be 2-d; got %s", x.shape());
          }
          DType dt = c.has("dtype") ? Tensors.dtype((int) c.i("dtype", 1), c.where()) : x.dtype();
          return one(Ivy.eye(x.shape().dim(0), x.shape().dim(1), c.i("k", 0), dt));
        });
    r.add(
        "OneHot",
        c -> {
          Array idx = c.in(0);
          long depth = (long) c.doubles(1)[0];
          Array values = c.in(2);
          int rank = idx.rank() + 1;
          int a = axis(c, c.i("axis", -1), rank);
          Array i = Ivy.astype(idx, DType.INT64);
          i = Ivy.where(Ivy.less(i, 0), Ivy.add(i, depth), i);
          long[] s = new long[rank];
          Arrays.fill(s, 1);
          s[a] = depth;
          Array pos = Ivy.reshape(Ivy.arange(0, depth, 1, DType.INT64), s);
          Array hit = Ivy.equal(Ivy.expandDims(i, a), pos);
          Array off = NnOps.slice(values, 0, 0, 1);
          Array on = NnOps.slice(values, 0, 1, 2);
          return one(Ivy.where(hit, Ivy.reshape(on, new long[0]), Ivy.reshape(off, new long[0])));
        });
  }

  private static List<Array> slice(NodeContext c) {
    Array x = c.in(0);
    boolean inputs = c.opset() >= 10; // Slice-1: starts, ends, axes attributes and no steps
    long[] starts = inputs ? c.ints(1) : c.ints("starts", null);
    long[] ends = inputs ? c.ints(2) : c.ints("ends", null);
    long[] axes = inputs ? (c.opt(3) != null ? c.ints(3) : null) : c.ints("axes", null);
    long[] steps = inputs && c.opt(4) != null ? c.ints(4) : null;
    if (starts == null || ends == null) {
      throw c.error("starts and ends are required");
    }
    int r = x.rank();
    if (ends.length != starts.length
        || (axes != null && axes.length != starts.length)
        || (steps != null && steps.length != starts.length)) {
      throw c.error("starts, ends, axes and steps must have the same length");
    }
    Array y = x;
    long[] begin = new long[r];
    long[] stop = x.shape().dims();
    long[] step = new long[r];
    Arrays.fill(step, 1);
    for (int i = 0; i < starts.length; i++) {
      int a = axis(c, axes == null ? i : axes[i], r);
      long d = x.shape().dim(a);
      long st = steps == null ? 1 : steps[i];
      if (st == 0) {
        throw c.error("steps must not be 0");
      }
      long s = starts[i] < 0 ? starts[i] + d : starts[i];
      long e = ends[i] < 0 ? ends[i] + d : ends[i];
      if (st > 0) {
        s = Math.min(Math.max(s, 0), d);
        e = Math.min(Math.max(e, s), d);
        begin[a] = s;
        stop[a] = e;
        step[a] = st;
      } else {
        s = Math.min(Math.max(s, -1), d - 1);
        e = Math.min(Math.max(e, -1), d - 1);
        // slice the flipped axis with a positive step
        y = Ivy.flip(y, a);
        long fs = d - 1 - s;
        long fe = Math.max(d - 1 - e, fs);
        begin[a] = fs;
        stop[a] = fe;
        step[a] = -st;
      }
    }
    return one(Manipulation.slice(y, begin, stop, step));
  }

  /**
   * Tile: below rank 3 the core tile (one broadcast of rank 2r); from rank 3 one axis at a time, a
   * broadcast of rank r + 1 each, since TensorFlow cannot broadcast to rank 8.
   */
  private static List<Array> tile(NodeContext c) {
    Array x = c.in(0);
    long[] reps = c.ints(1);
    if (reps.length != x.rank()) {
      throw c.error(
          "repeats must have %d values (one per axis); got %s", x.rank(), Arrays.toString(reps));
    }
    if (x.rank() < 3) {
      return one(Manipulation.tile(x, reps));
    }
    Array y = x;
    for (int a = 0; a < reps.length; a++) {
      if (reps[a] < 0) {
        throw c.error("repeats must be >= 0; got %s", Arrays.toString(reps));
      }
      if (reps[a] == 1) {
        continue;
      }
      long[] d = y.shape().dims();
      long[] in = new long[d.length + 1];
      long[] to = new long[d.length + 1];
      for (int i = 0, j = 0; i < in.length; i++) {
        boolean unit = i == a;
        in[i] = unit ? 1 : d[j];
        to[i] = unit ? reps[a] : d[j];
        j += unit ? 0 : 1;
      }
      long[] out = d.clone();
      out[a] = d[a] * reps[a];
      y = Ivy.reshape(Ivy.broadcastTo(Ivy.reshape(y, in), to), out);
    }
    return one(y);
  }
}
