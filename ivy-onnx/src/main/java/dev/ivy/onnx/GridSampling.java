package dev.ivy.onnx;

import static dev.ivy.onnx.MathOps.one;
import static dev.ivy.onnx.MathOps.same;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import java.util.List;

/**
 * GridSample (opset 16): samples X [N, C, H, W] at the normalized coordinates of grid [N, Ho, Wo,
 * 2] with nearest, bilinear or bicubic interpolation and zeros, border or reflection padding, as
 * PyTorch's grid_sample (which the ONNX definition follows): each tap is a gather from the
 * flattened image weighted by its coefficient and zeroed outside the image.
 */
final class GridSampling {
  private GridSampling() {}

  static void register(OnnxOps.Registrar r) {
    r.add("GridSample", GridSampling::gridSample);
  }

  private static List<Array> gridSample(NodeContext c) {
    Array x = c.in(0);
    Array grid = c.in(1);
    if (x.rank() != 4 || grid.rank() != 4 || grid.shape().dim(3) != 2) {
      throw c.error(
          "X must be [N, C, H, W] and grid [N, Ho, Wo, 2]; got %s and %s", x.shape(), grid.shape());
    }
    String mode = c.s("mode", "bilinear");
    String pad = c.s("padding_mode", "zeros");
    boolean align = c.i("align_corners", 0) != 0;
    if (!List.of("bilinear", "nearest", "bicubic").contains(mode)) {
      throw c.error("mode must be bilinear, nearest or bicubic; got '%s'", mode);
    }
    if (!List.of("zeros", "border", "reflection").contains(pad)) {
      throw c.error("padding_mode must be zeros, border or reflection; got '%s'", pad);
    }
    long n = x.shape().dim(0);
    long ch = x.shape().dim(1);
    long h = x.shape().dim(2);
    long w = x.shape().dim(3);
    long ho = grid.shape().dim(1);
    long wo = grid.shape().dim(2);
    DType ft = x.dtype().isFloating() ? x.dtype() : DType.FLOAT32;
    Array g = Ivy.astype(grid, ft);
    Array gx = Ivy.reshape(NnOps.slice(g, 3, 0, 1), new long[] {n, 1, ho * wo});
    Array gy = Ivy.reshape(NnOps.slice(g, 3, 1, 2), new long[] {n, 1, ho * wo});
    Array px = denormalize(gx, w, align);
    Array py = denormalize(gy, h, align);
    Array flat = Ivy.astype(Ivy.reshape(x, new long[] {n, ch, h * w}), ft);
    Array y;
    if (mode.equals("bicubic")) {
      Array fx = Ivy.floor(px);
      Array fy = Ivy.floor(py);
      Array[] wx = cubic(Ivy.subtract(px, fx));
      Array[] wy = cubic(Ivy.subtract(py, fy));
      y = null;
      for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 4; j++) {
          Array tx = pad(Ivy.add(fx, (double) (j - 1)), w, pad, align);
          Array ty = pad(Ivy.add(fy, (double) (i - 1)), h, pad, align);
          Array t = tap(flat, tx, ty, w, h, Ivy.multiply(wx[j], wy[i]));
          y = y == null ? t : Ivy.add(y, t);
        }
      }
    } else {
      px = pad(px, w, pad, align);
      py = pad(py, h, pad, align);
      if (mode.equals("nearest")) {
        y = tap(flat, Ivy.round(px), Ivy.round(py), w, h, null);
      } else {
        Array x0 = Ivy.floor(px);
        Array y0 = Ivy.floor(py);
        Array dx = Ivy.subtract(px, x0);
        Array dy = Ivy.subtract(py, y0);
        Array x1 = Ivy.add(x0, 1.0);
        Array y1 = Ivy.add(y0, 1.0);
        Array ex = Ivy.subtract(1.0, dx);
        Array ey = Ivy.subtract(1.0, dy);
        y = tap(flat, x0, y0, w, h, Ivy.multiply(ex, ey));
        y = Ivy.add(y, tap(flat, x1, y0, w, h, Ivy.multiply(dx, ey)));
        y = Ivy.add(y, tap(flat, x0, y1, w, h, Ivy.multiply(ex, dy)));
        y = Ivy.add(y, tap(flat, x1, y1, w, h, Ivy.multiply(dx, dy)));
      }
    }
    return one(same(Ivy.reshape(y, new long[] {n, ch, ho, wo}), x));
  }

  /** Maps normalized [-1, 1] coordinates to pixel coordinates along an axis of {@code size}. */
  private static Array denormalize(Array g, long size, boolean align) {
    if (align) {
      return Ivy.multiply(Ivy.divide(Ivy.add(g, 1.0), 2.0), (double) (size - 1));
    }
    return Ivy.divide(Ivy.subtract(Ivy.multiply(Ivy.add(g, 1.0), (double) size), 1.0), 2.0);
  }

  /** Applies the padding mode to coordinates: border clips, reflection reflects then clips. */
  private static Array pad(Array p, long size, String mode, boolean align) {
    if (mode.equals("zeros")) {
      return p;
    }
    if (mode.equals("reflection")) {
      double lo = align ? 0 : -0.5;
      double hi = align ? size - 1 : size - 0.5;
      double span = hi - lo;
      if (span <= 0) {
        return Ivy.zerosLike(p);
      }
      Array in = Ivy.abs(Ivy.subtract(p, lo));
      Array flips = Ivy.floor(Ivy.divide(in, span));
      Array extra = Ivy.subtract(in, Ivy.multiply(flips, span));
      Array even = Ivy.equal(Ivy.remainder(flips, 2.0), 0.0);
      p = Ivy.where(even, Ivy.add(extra, lo), Ivy.add(Ivy.subtract(span, extra), lo));
    }
    return Ivy.clip(p, 0.0, (double) (size - 1));
  }

  /** Returns the weights of the taps at offsets -1, 0, 1, 2 for fractions t (A = -0.75). */
  private static Array[] cubic(Array t) {
    double a = -0.75;
    Array[] d = {Ivy.add(t, 1.0), t, Ivy.subtract(1.0, t), Ivy.subtract(2.0, t)};
    Array[] r = new Array[4];
    for (int k = 0; k < 4; k++) {
      Array v = d[k];
      r[k] =
          k == 1 || k == 2
              // ((A + 2) v - (A + 3)) v^2 + 1
              ? Ivy.add(
                  Ivy.multiply(Ivy.subtract(Ivy.multiply(v, a + 2), a + 3), Ivy.square(v)), 1.0)
              // ((A v - 5 A) v + 8 A) v - 4 A
              : Ivy.subtract(
                  Ivy.multiply(
                      Ivy.add(Ivy.multiply(Ivy.subtract(Ivy.multiply(v, a), 5 * a), v), 8 * a), v),
                  4 * a);
    }
    return r;
  }

  /**
   * Returns flat [N, C, H*W] gathered at integer-valued coordinates (tx, ty) [N, 1, P], times
   * {@code weight} (when not null), and zero where the coordinates fall outside the image.
   */
  private static Array tap(Array flat, Array tx, Array ty, long w, long h, Array weight) {
    Array inside =
        Ivy.logicalAnd(
            Ivy.logicalAnd(Ivy.greaterEqual(tx, 0.0), Ivy.lessEqual(tx, (double) (w - 1))),
            Ivy.logicalAnd(Ivy.greaterEqual(ty, 0.0), Ivy.lessEqual(ty, (double) (h - 1))));
    Array cx = Ivy.astype(Ivy.clip(tx, 0.0, (double) (w - 1)), DType.INT64);
    Array cy = Ivy.astype(Ivy.clip(ty, 0.0, (double) (h - 1)), DType.INT64);
    Array idx = Ivy.add(Ivy.multiply(cy, w), cx);
    long[] s = flat.shape().dims();
    Array v =
        Ivy.takeAlongAxis(
            flat, Ivy.broadcastTo(idx, new long[] {s[0], s[1], idx.shape().dim(2)}), 2);
    Array m = Ivy.astype(inside, flat.dtype());
    return Ivy.multiply(v, weight == null ? m : Ivy.multiply(weight, m));
  }
}
