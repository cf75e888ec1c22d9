package dev.ivy.onnx;

import static dev.ivy.onnx.MathOps.same;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;

/**
 * The general form of ONNX Resize (and Upsample): every coordinate transformation, nearest rounding
 * mode, linear and cubic interpolation, {@code exclude_outside} and {@code tf_crop_and_resize}'s
 * extrapolation, on any axis. Resizing is separable, so each resized axis is one gather per tap (1
 * for nearest, 2 for linear, 4 for cubic) weighted by coefficients computed on the host from the
 * (concrete) sizes, exactly as ONNX's reference implementation computes them.
 */
final class Resizing {
  private Resizing() {}

  /** The attributes of one Resize node. */
  record Spec(
      String mode,
      String ctm,
      String nearestMode,
      double cubicA,
      boolean excludeOutside,
      double extrapolation) {}

  /**
   * Resizes {@code x} to {@code out} (one size per axis), with {@code scales} the per-axis scale
   * factors (output / input) and {@code roi} the tf_crop_and_resize region (starts then ends, as
   * fractions; null when not given).
   */
  static Array resize(NodeContext c, Array x, long[] out, double[] scales, double[] roi, Spec s) {
    if (!s.mode().equals("nearest") && !s.mode().equals("linear") && !s.mode().equals("cubic")) {
      throw c.error("mode must be nearest, linear or cubic; got '%s'", s.mode());
    }
    int r = x.rank();
    Array y = x;
    Array valid = null;
    for (int a = 0; a < r; a++) {
      long in = x.shape().dim(a);
      if (out[a] == in && scales[a] == 1.0 && !s.ctm().equals("tf_crop_and_resize")) {
        continue;
      }
      Taps t =
          taps(c, in, out[a], scales[a], roi == null ? 0 : roi[a], roi == null ? 1 : roi[a + r], s);
      Array acc = null;
      for (int k = 0; k < t.width; k++) {
        Array g = Ivy.take(y, Ivy.array(t.index[k], out[a]), a);
        if (s.mode().equals("nearest")) {
          acc = g;
          break;
        }
        Array w =
            Ivy.astype(
                Ivy.reshape(Ivy.array(t.weight[k], out[a]), along(r, a, out[a])), floatOf(x));
        Array term = Ivy.multiply(Ivy.astype(g, floatOf(x)), w);
        acc = acc == null ? term : Ivy.add(acc, term);
      }
      y = acc;
      if (t.inside != null) {
        long[] shape = new long[r];
        java.util.Arrays.fill(shape, 1);
        shape[a] = out[a];
        Array m = Ivy.reshape(Ivy.array(t.inside, out[a]), shape);
        m = Ivy.greater(m, 0L);
        valid = valid == null ? m : Ivy.logicalAnd(valid, m);
      }
    }
    if (valid != null) {
      y = Ivy.where(valid, y, Ivy.astype(Ivy.scalar(s.extrapolation()), y.dtype()));
    }
    if (!x.dtype().isFloating() && y.dtype() != x.dtype()) {
      y = Ivy.round(y);
    }
    return same(y, x);
  }

  private static DType floatOf(Array x) {
    return x.dtype().isFloating() ? x.dtype() : DType.FLOAT32;
  }

  private static long[] along(int rank, int axis, long n) {
    long[] s = new long[rank];
    java.util.Arrays.fill(s, 1);
    s[axis] = n;
    return s;
  }

  /** The source indices and weights of each output position along one axis. */
  private static final class Taps {
    final int width;
    final long[][] index;
    final float[][] weight;
    long[] inside;

    Taps(int width, int n) {
      this.width = width;
      index = new long[width][n];
      weight = new float[width][n];
    }
  }

  /**
   * Maps output coordinate {@code o} to the input coordinate; {@code out} is the unrounded output
   * length (input length * scale), as ONNX's reference uses it.
   */
  private static double original(
      NodeContext c,
      String ctm,
      long o,
      long in,
      double out,
      double scale,
      double start,
      double end) {
    switch (ctm) {
      case "half_pixel":
        return (o + 0.5) / scale - 0.5;
      case "pytorch_half_pixel":
        return out > 1 ? (o + 0.5) / scale - 0.5 : 0;
      case "align_corners":
        return out == 1 ? 0 : o * (double) (in - 1) / (out - 1);
      case "asymmetric":
        return o / scale;
      case "tf_half_pixel_for_nn":
        return (o + 0.5) / scale;
      case "tf_crop_and_resize":
        return out > 1
            ? start * (in - 1) + o * (end - start) * (in - 1) / (out - 1)
            : 0.5 * (start + end) * (in - 1);
      default:
        throw c.error(
            "coordinate_transformation_mode must be half_pixel, pytorch_half_pixel, align_corners,"
                + " asymmetric, tf_half_pixel_for_nn or tf_crop_and_resize; got '%s'",
            ctm);
    }
  }

  private static Taps taps(
      NodeContext c, long in, long out, double scale, double start, double end, Spec s) {
    int n = Math.toIntExact(out);
    boolean crop = s.ctm().equals("tf_crop_and_resize");
    int width =
        switch (s.mode()) {
          case "nearest" -> 1;
          case "linear" -> 2;
          default -> 4;
        };
    Taps t = new Taps(width, n);
    if (crop) {
      t.inside = new long[n];
    }
    for (int o = 0; o < n; o++) {
      double xo = original(c, s.ctm(), o, in, in * scale, scale, start, end);
      if (crop) {
        t.inside[o] = xo >= 0 && xo <= in - 1 ? 1 : 0;
      }
      if (width == 1) {
        t.index[0][o] = clamp(nearest(c, s.nearestMode(), xo), in);
        t.weight[0][o] = 1;
        continue;
      }
      long x0 = (long) Math.floor(xo);
      double f = xo - x0;
      double[] w;
      long first;
      if (width == 2) {
        w = new double[] {1 - f, f};
        first = x0;
      } else {
        double a = s.cubicA();
        w =
            new double[] {
              ((a * (f + 1) - 5 * a) * (f + 1) + 8 * a) * (f + 1) - 4 * a,
              ((a + 2) * f - (a + 3)) * f * f + 1,
              ((a + 2) * (1 - f) - (a + 3)) * (1 - f) * (1 - f) + 1,
              ((a * (2 - f) - 5 * a) * (2 - f) + 8 * a) * (2 - f) - 4 * a
            };
        first = x0 - 1;
      }
      if (s.excludeOutside()) {
        double sum = 0;
        for (int k = 0; k < width; k++) {
          long i = first + k;
          if (i < 0 || i >= in) {
            w[k] = 0;
          }
          sum += w[k];
        }
        for (int k = 0; k < width && sum != 0; k++) {
          w[k] /= sum;
        }
      }
      for (int k = 0; k < width; k++) {
        t.index[k][o] = clamp(first + k, in);
        t.weight[k][o] = (float) w[k];
      }
    }
    return t;
  }

  private static long clamp(long i, long in) {
    return Math.min(Math.max(i, 0), in - 1);
  }

  private static long nearest(NodeContext c, String mode, double x) {
    switch (mode) {
      case "round_prefer_floor":
        return x == Math.floor(x) + 0.5 ? (long) Math.floor(x) : Math.round(x);
      case "round_prefer_ceil":
        return x == Math.floor(x) + 0.5 ? (long) Math.ceil(x) : Math.round(x);
      case "floor":
        return (long) Math.floor(x);
      case "ceil":
        return (long) Math.ceil(x);
      default:
        throw c.error(
            "nearest_mode must be round_prefer_floor, round_prefer_ceil, floor or ceil; got '%s'",
            mode);
    }
  }

  /** Returns the output sizes for {@code scales}: floor(input size * scale). */
  static long[] sizesOf(Array x, double[] scales) {
    long[] out = new long[scales.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (long) Math.floor(x.shape().dim(i) * scales[i]);
    }
    return out;
  }

  /** Returns the scales of {@code sizes}: output / input size. */
  static double[] scalesOf(Array x, long[] sizes) {
    double[] s = new double[sizes.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = (double) sizes[i] / x.shape().dim(i);
    }
    return s;
  }
}
