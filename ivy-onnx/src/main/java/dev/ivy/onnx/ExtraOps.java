package dev.ivy.onnx;

import static dev.ivy.onnx.MathOps.one;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sequence reversal, unique values, window functions and non-maximum suppression. Unique and
 * NonMaxSuppression have outputs whose shapes depend on the values, so they read their inputs on
 * the host (a traced model must compute them from concrete values).
 */
final class ExtraOps {
  private ExtraOps() {}

  static void register(OnnxOps.Registrar r) {
    r.add("ReverseSequence", ExtraOps::reverseSequence);
    r.add("Unique", ExtraOps::unique);
    r.add("HannWindow", c -> one(window(c, new double[] {0.5, 0.5, 0})));
    r.add("HammingWindow", c -> one(window(c, new double[] {25.0 / 46, 1 - 25.0 / 46, 0})));
    r.add("BlackmanWindow", c -> one(window(c, new double[] {0.42, 0.5, 0.08})));
    r.add("NonMaxSuppression", ExtraOps::nonMaxSuppression);
    r.add("DFT", ExtraOps::dft);
  }

  /**
   * DFT (opset 17): the discrete Fourier transform along axis (default 1) of a real ([..., 1]) or
   * complex ([..., 2]) signal, as products with cosine and sine matrices; dft_length pads or
   * truncates the signal, onesided keeps the first length / 2 + 1 frequencies, inverse conjugates
   * and divides by the length.
   */
  private static List<Array> dft(NodeContext c) {
    Array x = c.in(0);
    long parts = x.shape().dim(x.rank() - 1);
    if (x.rank() < 2 || (parts != 1 && parts != 2) || !x.dtype().isFloating()) {
      throw c.error(
          "input must be a float signal [..., 1] (real) or [..., 2] (complex); got %s", x.aval());
    }
    int axis = ShapeOps.axis(c, c.i("axis", 1), x.rank() - 1);
    boolean inverse = c.i("inverse", 0) != 0;
    boolean onesided = c.i("onesided", 0) != 0;
    Array v = Ivy.moveaxis(x, axis, x.rank() - 2);
    long n = v.shape().dim(v.rank() - 2);
    long len = c.opt(1) == null || c.opt(1).size() == 0 ? n : c.ints(1)[0];
    if (len < 1) {
      throw c.error("dft_length must be >= 1; got %d", len);
    }
    if (len < n) {
      v = NnOps.slice(v, v.rank() - 2, 0, len);
    } else if (len > n) {
      long[][] pw = new long[v.rank()][2];
      pw[v.rank() - 2][1] = len - n;
      v = Ivy.pad(v, pw, dev.ivy.PadMode.CONSTANT, 0);
    }
    Array a = Ivy.squeeze(NnOps.slice(v, v.rank() - 1, 0, 1), v.rank() - 1);
    Array b = parts == 2 ? Ivy.squeeze(NnOps.slice(v, v.rank() - 1, 1, 2), v.rank() - 1) : null;
    long k = onesided ? len / 2 + 1 : len;
    double[] cos = new double[(int) (len * k)];
    double[] sin = new double[cos.length];
    for (int i = 0; i < len; i++) {
      for (int j = 0; j < k; j++) {
        double t = 2 * Math.PI * ((long) i * j % len) / len;
        cos[(int) (i * k + j)] = Math.cos(t);
        sin[(int) (i * k + j)] = Math.sin(t);
      }
    }
    Array cm = Ivy.astype(Ivy.array(cos, len, k), x.dtype());
    Array sm = Ivy.astype(Ivy.array(sin, len, k), x.dtype());
    double sign = inverse ? 1 : -1;
    Array re = Ivy.matmul(a, cm);
    Array im = Ivy.multiply(Ivy.matmul(a, sm), sign);
    if (b != null) {
      re = Ivy.subtract(re, Ivy.multiply(Ivy.matmul(b, sm), sign));
      im = Ivy.add(im, Ivy.matmul(b, cm));
    }
    if (inverse) {
      re = Ivy.divide(re, (double) len);
      im = Ivy.divide(im, (double) len);
    }
    Array y = Ivy.stack(List.of(re, im), re.rank());
    return one(Ivy.moveaxis(y, y.rank() - 2, axis));
  }

  /** ReverseSequence: reverses the first sequence_lens[b] steps along time_axis of each batch b. */
  private static List<Array> reverseSequence(NodeContext c) {
    Array x = c.in(0);
    int time = (int) c.i("time_axis", 0);
    int batch = (int) c.i("batch_axis", 1);
    if (x.rank() < 2 || !((time == 0 && batch == 1) || (time == 1 && batch == 0))) {
      throw c.error(
          "time_axis and batch_axis must be 0 and 1 (either way) of an input of rank >= 2; got %d,"
              + " %d for %s",
          time, batch, x.shape());
    }
    long t = x.shape().dim(time);
    long b = x.shape().dim(batch);
    long[] ts = new long[x.rank()];
    long[] bs = new long[x.rank()];
    Arrays.fill(ts, 1);
    Arrays.fill(bs, 1);
    ts[time] = t;
    bs[batch] = b;
    Array step = Ivy.reshape(Ivy.arange(0, t, 1, DType.INT64), ts);
    Array len = Ivy.reshape(Ivy.astype(c.in(1), DType.INT64), bs);
    Array idx = Ivy.where(Ivy.less(step, len), Ivy.subtract(Ivy.subtract(len, 1L), step), step);
    return one(Ivy.takeAlongAxis(x, Ivy.broadcastTo(idx, x.shape().dims()), time));
  }

  /**
   * Unique: the distinct elements (or slices along axis), sorted or in order of first occurrence,
   * with the index of each one's first occurrence, the inverse indices and the counts.
   */
  private static List<Array> unique(NodeContext c) {
    Array x = c.in(0);
    boolean sorted = c.i("sorted", 1) != 0;
    boolean hasAxis = c.has("axis");
    int axis = hasAxis ? ShapeOps.axis(c, c.i("axis", 0), x.rank()) : 0;
    Array v = hasAxis ? Ivy.moveaxis(x, axis, 0) : Ivy.reshape(x, -1);
    long n = v.rank() == 0 ? 1 : v.shape().dim(0);
    int width = n == 0 ? 0 : Math.toIntExact(v.size() / n);
    double[] data = v.toDoubleArray();
    Map<List<Double>, Integer> first = new LinkedHashMap<>();
    List<List<Double>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Double> row = new ArrayList<>(width);
      for (int j = 0; j < width; j++) {
        row.add(data[i * width + j]);
      }
      rows.add(row);
      first.putIfAbsent(row, i);
    }
    List<List<Double>> keys = new ArrayList<>(first.keySet());
    if (sorted) {
      keys.sort(ExtraOps::lexicographic);
    }
    Map<List<Double>, Integer> id = new LinkedHashMap<>();
    long[] firstIdx = new long[keys.size()];
    for (int k = 0; k < keys.size(); k++) {
      id.put(keys.get(k), k);
      firstIdx[k] = first.get(keys.get(k));
    }
    long[] inverse = new long[(int) n];
    long[] counts = new long[keys.size()];
    for (int i = 0; i < n; i++) {
      int k = id.get(rows.get(i));
      inverse[i] = k;
      counts[k]++;
    }
    Array fi = Ivy.array(firstIdx, firstIdx.length);
    Array y = hasAxis ? Ivy.take(x, fi, axis) : Ivy.take(Ivy.reshape(x, -1), fi, 0);
    List<Array> out = one(y);
    out.add(fi);
    out.add(Ivy.array(inverse, inverse.length));
    out.add(Ivy.array(counts, counts.length));
    return out;
  }

  private static int lexicographic(List<Double> a, List<Double> b) {
    for (int i = 0; i < a.size(); i++) {
      int k = Double.compare(a.get(i), b.get(i));
      if (k != 0) {
        return k;
      }
    }
    return 0;
  }

  /**
   * A generalized cosine window a0 - a1 cos(2 pi n / N) + a2 cos(4 pi n / N) of the size input, N =
   * size when periodic (the default) else size - 1, of output_datatype (default float).
   */
  private static Array window(NodeContext c, double[] a) {
    long size = c.ints(0)[0];
    if (size < 0) {
      throw c.error("size must be >= 0; got %d", size);
    }
    boolean periodic = c.i("periodic", 1) != 0;
    DType dt = Tensors.dtype((int) c.i("output_datatype", 1), c.where() + " output_datatype");
    double n = periodic ? size : size - 1;
    double[] w = new double[(int) size];
    for (int i = 0; i < w.length; i++) {
      w[i] = a[0] - a[1] * Math.cos(2 * Math.PI * i / n) + a[2] * Math.cos(4 * Math.PI * i / n);
    }
    return Ivy.astype(Ivy.array(w, w.length), dt);
  }

  /**
   * NonMaxSuppression: per batch and class, the boxes by descending score (above score_threshold),
   * each kept unless its IoU with a box kept before exceeds iou_threshold, at most
   * max_output_boxes_per_class; returns [batch, class, box] rows.
   */
  private static List<Array> nonMaxSuppression(NodeContext c) {
    Array boxes = c.in(0);
    Array scores = c.in(1);
    if (boxes.rank() != 3 || boxes.shape().dim(2) != 4 || scores.rank() != 3) {
      throw c.error(
          "boxes must be [B, N, 4] and scores [B, C, N]; got %s and %s",
          boxes.shape(), scores.shape());
    }
    long maxOut = c.opt(2) == null || c.opt(2).size() == 0 ? 0 : c.ints(2)[0];
    double iouMax = c.opt(3) == null || c.opt(3).size() == 0 ? 0 : c.doubles(3)[0];
    Double scoreMin = c.opt(4) == null || c.opt(4).size() == 0 ? null : c.doubles(4)[0];
    boolean center = c.i("center_point_box", 0) != 0;
    int nb = (int) boxes.shape().dim(0);
    int n = (int) boxes.shape().dim(1);
    int nc = (int) scores.shape().dim(1);
    if (scores.shape().dim(0) != nb || scores.shape().dim(2) != n) {
      throw c.error(
          "scores must be [%d, C, %d] for boxes %s; got %s", nb, n, boxes.shape(), scores.shape());
    }
    double[] bx = boxes.toDoubleArray();
    double[] sc = scores.toDoubleArray();
    List<long[]> picked = new ArrayList<>();
    for (int b = 0; b < nb; b++) {
      double[][] corners = new double[n][];
      for (int i = 0; i < n; i++) {
        int o = (b * n + i) * 4;
        corners[i] = corners(bx[o], bx[o + 1], bx[o + 2], bx[o + 3], center);
      }
      for (int k = 0; k < nc; k++) {
        int base = (b * nc + k) * n;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (scoreMin == null || sc[base + i] > scoreMin) {
            order.add(i);
          }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -sc[base + i]));
        List<Integer> kept = new ArrayList<>();
        for (int i : order) {
          if (kept.size() >= maxOut) {
            break;
          }
          boolean keep = true;
          for (int j : kept) {
            if (iou(corners[i], corners[j]) > iouMax) {
              keep = false;
              break;
            }
          }
          if (keep) {
            kept.add(i);
            picked.add(new long[] {b, k, i});
          }
        }
      }
    }
    long[] flat = new long[picked.size() * 3];
    for (int i = 0; i < picked.size(); i++) {
      System.arraycopy(picked.get(i), 0, flat, i * 3, 3);
    }
    return one(Ivy.array(flat, picked.size(), 3));
  }

  /** Returns [ymin, xmin, ymax, xmax] of a box given as corners or as center and size. */
  private static double[] corners(double a, double b, double p, double q, boolean center) {
    if (center) {
      // [x_center, y_center, width, height]
      return new double[] {b - q / 2, a - p / 2, b + q / 2, a + p / 2};
    }
    return new double[] {Math.min(a, p), Math.min(b, q), Math.max(a, p), Math.max(b, q)};
  }

  private static double iou(double[] a, double[] b) {
    double areaA = (a[2] - a[0]) * (a[3] - a[1]);
    double areaB = (b[2] - b[0]) * (b[3] - b[1]);
    if (areaA <= 0 || areaB <= 0) {
      return 0;
    }
    double h = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
    double w = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
    double inter = h * w;
    return inter / (areaA + areaB - inter);
  }
}
