package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.rules.TypePromotion;
import java.util.Arrays;
import java.util.Locale;

/**
 * Resizing of channel-first arrays [N, C, *spatial], as {@code ivy.interpolate} and {@code
 * torch.nn.functional.interpolate}: nearest and linear modes bind one {@link Prim#RESIZE} node (1
 * to 3 spatial dimensions), whose decomposition works one spatial dimension at a time with gathers
 * of precomputed indices.
 */
public final class Interpolation {
  private Interpolation() {}

  /**
   * Returns {@code x} [N, C, *spatial] resized to {@code size} (or to {@code floor(n *
   * scaleFactor)}) along its spatial axes, with PyTorch's coordinate rules:
   *
   * <ul>
   *   <li>"nearest": source {@code min(floor(dst * scale), n - 1)} (computed in single precision as
   *       PyTorch does); "nearest-exact" (or "nearest_exact"): {@code min(floor((dst + 0.5) *
   *       scale), n - 1)}. The dtype is kept.
   *   <li>"linear", "bilinear", "trilinear" (all multilinear over every spatial axis, as Ivy's
   *       "linear"): source {@code (dst + 0.5) * scale - 0.5} clamped at 0, or {@code dst * (n - 1)
   *       / (out - 1)} with {@code alignCorners}; the two neighbours are weighted linearly.
   *   <li>"area": adaptive average pooling to the output size.
   * </ul>
   *
   * <p>{@code scale} is {@code 1 / scaleFactor} when a scale factor is given and {@code
   * recomputeScaleFactor} is not true, else {@code n / out}. Non-nearest modes compute in the
   * input's floating dtype (integers give float64).
   *
   * @param size the output sizes (one value or one per spatial axis), or null with a scale factor
   * @param scaleFactor one value or one per spatial axis, or null with a size
   * @throws dev.ivy.errors.IvyArgumentException on an unknown mode, neither or both of size and
   *     scale factor, a rank below 3, an output size below 1, or antialias
   */
  public static Array interpolate(
      Array x,
      long[] size,
      String mode,
      double[] scaleFactor,
      Boolean recomputeScaleFactor,
      boolean alignCorners,
      boolean antialias) {
    String fn = "interpolate";
    Checks.check(
        x.rank() >= 3,
        fn,
        "x must have rank >= 3 (batch, channels, spatial dimensions); got shape %s",
        x.shape());
    String m = mode == null ? "" : mode.toLowerCase(Locale.ROOT).replace('_', '-');
    Checks.check(
        Arrays.asList("nearest", "nearest-exact", "linear", "bilinear", "trilinear", "area")
            .contains(m),
        fn,
        "mode must be 'nearest', 'nearest-exact', 'linear', 'bilinear', 'trilinear' or 'area';"
            + " got '%s'",
        mode);
    Checks.check(!antialias, fn, "antialias=True is not supported; got %s", antialias);
    Checks.check(
        (size == null) != (scaleFactor == null),
        fn,
        "exactly one of size and scale_factor must be given; got size %s and scale_factor %s",
        size == null ? "None" : Arrays.toString(size),
        scaleFactor == null ? "None" : Arrays.toString(scaleFactor));
    int dims = x.rank() - 2;
    long[] out = new long[dims];
    double[] scale = new double[dims];
    boolean useFactor = scaleFactor != null && !Boolean.TRUE.equals(recomputeScaleFactor);
    for (int i = 0; i < dims; i++) {
      long n = x.shape().dim(2 + i);
      if (size != null) {
        Checks.check(
            size.length == 1 || size.length == dims,
            fn,
            "size must be one integer or %s; got %s",
            dims,
            Arrays.toString(size));
        out[i] = size[size.length == 1 ? 0 : i];
      } else {
        Checks.check(
            scaleFactor.length == 1 || scaleFactor.length == dims,
            fn,
            "scale_factor must be one number or %s; got %s",
            dims,
            Arrays.toString(scaleFactor));
        double f = scaleFactor[scaleFactor.length == 1 ? 0 : i];
        Checks.check(f > 0, fn, "scale_factor must be > 0; got %s", Arrays.toString(scaleFactor));
        out[i] = (long) Math.floor(n * f);
        scale[i] = 1.0 / f;
      }
      Checks.check(
          out[i] >= 1 && n >= 1,
          fn,
          "input and output sizes must be >= 1; got input shape %s and output size %s",
          x.shape(),
          Arrays.toString(out));
      if (!useFactor) {
        scale[i] = (double) n / out[i];
      }
    }
    if (m.equals("area")) {
      return Pooling.adaptive(fn, false, x, out, dims);
    }
    boolean nearest = m.startsWith("nearest");
    Array r = x;
    if (!nearest) {
      DType f = x.dtype().isFloating() ? x.dtype() : TypePromotion.DEFAULT_FLOAT;
      r = Manipulation.astype(r, f);
    }
    Params.Resize.Mode rm =
        !nearest
            ? Params.Resize.Mode.LINEAR
            : m.equals("nearest-exact")
                ? Params.Resize.Mode.NEAREST_EXACT
                : Params.Resize.Mode.NEAREST;
    Params.Resize p = new Params.Resize(out, scale, rm, alignCorners && !nearest);
    if (dims <= 3 && !r.dtype().isBool()) {
      return Coarse.resize(r, p);
    }
    return resizeDecomposition(r, p);
  }

  /**
   * Returns {@code x} resized as {@code p} by one gather (two and a weighted sum for linear) per
   * spatial axis: the decomposition of {@link Prim#RESIZE}.
   */
  static Array resizeDecomposition(Array x, Params.Resize p) {
    Array r = x;
    long[] out = p.sizes();
    double[] scale = p.scales();
    boolean alignCorners = p.alignCorners();
    for (int i = 0; i < out.length; i++) {
      int ax = 2 + i;
      long n = x.shape().dim(ax);
      if (p.mode() != Params.Resize.Mode.LINEAR) {
        r =
            nearestAxis(
                r, ax, n, out[i], (float) scale[i], p.mode() == Params.Resize.Mode.NEAREST_EXACT);
      } else {
        double sc = alignCorners ? (out[i] > 1 ? (double) (n - 1) / (out[i] - 1) : 0) : scale[i];
        r = linearAxis(r, ax, n, out[i], sc, alignCorners);
      }
    }
    return r;
  }

  private static Array nearestAxis(Array x, int ax, long n, long out, float scale, boolean exact) {
    long[] outDims = x.shape().dims();
    outDims[ax] = out;
    Checks.size("interpolate", x.dtype(), outDims);
    long[] idx = new long[Checks.hostLength("interpolate", DType.INT64, out)];
    for (int o = 0; o < out; o++) {
      float src = exact ? (o + 0.5f) * scale : o * scale;
      idx[o] = Math.min((long) Math.floor(src), n - 1);
    }
    return Windows.take(x, Windows.indices(x, idx, idx.length), ax);
  }

  private static Array linearAxis(
      Array x, int ax, long n, long out, double scale, boolean alignCorners) {
    long[] outDims = x.shape().dims();
    outDims[ax] = out;
    Checks.size("interpolate", x.dtype(), outDims);
    long[] i0 = new long[Checks.hostLength("interpolate", DType.INT64, out)];
    long[] i1 = new long[i0.length];
    double[] lam = new double[i0.length];
    for (int o = 0; o < out; o++) {
      double src = alignCorners ? scale * o : Math.max(scale * (o + 0.5) - 0.5, 0);
      long lo = Math.min((long) Math.floor(src), n - 1);
      i0[o] = lo;
      i1[o] = Math.min(lo + 1, n - 1);
      lam[o] = src - lo;
    }
    Array a = Windows.take(x, Windows.indices(x, i0, i0.length), ax);
    Array b = Windows.take(x, Windows.indices(x, i1, i1.length), ax);
    long[] ws = new long[x.rank() - ax];
    Arrays.fill(ws, 1);
    ws[0] = out;
    double[] rest = new double[lam.length];
    for (int o = 0; o < out; o++) {
      rest[o] = 1 - lam[o];
    }
    Array w0 = Windows.constant(x, rest, x.dtype(), ws);
    Array w1 = Windows.constant(x, lam, x.dtype(), ws);
    return Elementwise.add(Elementwise.multiply(a, w0), Elementwise.multiply(b, w1));
  }
}
