package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.prim.Params;
import dev.ivy.rules.TypePromotion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pooling with Ivy's signatures ({@code ivy.max_pool2d}, {@code ivy.avg_pool2d}, {@code
 * ivy.adaptive_avg_pool2d}...), built from existing primitives only: the input is padded with
 * constant blocks, each kernel offset is one strided slice, and the slices of one spatial dimension
 * are stacked and reduced (max or sum) before the next dimension, since a box's max or sum is the
 * iterated max or sum over its sides.
 *
 * <p>{@code data_format}, {@code padding}, strides and dilations are read as for {@link
 * Convolution}. The output size is PyTorch's: {@code floor((n + low + high - dilation * (k - 1) -
 * 1) / stride) + 1}, rounded up instead with {@code ceil_mode}, where a last window that would
 * start beyond the input and its left padding is dropped. "SAME" padding is TensorFlow's (ceil(n /
 * stride) outputs). As in PyTorch, an integer padding must be at most half the (effective) kernel
 * size.
 *
 * <p>Max pooling pads with minus infinity (the dtype's minimum for integers) and keeps the dtype;
 * NaN propagates. Average pooling computes in the input's floating dtype (integers give float64)
 * and divides by {@code divisor_override} when given, else by the number of elements of each window
 * that lie in the input, counting the padding too with {@code count_include_pad} (as PyTorch: the
 * padding but never the extra elements {@code ceil_mode} adds).
 */
public final class Pooling {
  private Pooling() {}

  /**
   * Returns the 1-d max pooling of {@code x} [N, W, C] (or [N, C, W]), as {@code ivy.max_pool1d}.
   *
   * @param strides the window step; null means the kernel size
   * @throws dev.ivy.errors.IvyArgumentException on a bad padding, format or rank, or a window
   *     larger than the padded input
   */
  public static Array maxPool1d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      String dataFormat,
      long[] dilation,
      boolean ceilMode) {
    return maxPool("max_pool1d", x, kernel, strides, padding, 1, dataFormat, dilation, ceilMode);
  }

  /**
   * Returns the 2-d max pooling of {@code x} [N, H, W, C] (or [N, C, H, W]), as {@code
   * ivy.max_pool2d}.
   *
   * <pre>{@code
   * x = [1, 2, 3, 4] as [1, 2, 2, 1]
   * maxPool2d(x, [2], null, "VALID", "NHWC", null, false)  // [[[[4.0]]]]
   * }</pre>
   *
   * @throws dev.ivy.errors.IvyArgumentException as {@link #maxPool1d}
   */
  public static Array maxPool2d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      String dataFormat,
      long[] dilation,
      boolean ceilMode) {
    return maxPool("max_pool2d", x, kernel, strides, padding, 2, dataFormat, dilation, ceilMode);
  }

  /**
   * Returns the 3-d max pooling of {@code x} [N, D, H, W, C] (or [N, C, D, H, W]), as {@code
   * ivy.max_pool3d}.
   *
   * @throws dev.ivy.errors.IvyArgumentException as {@link #maxPool1d}
   */
  public static Array maxPool3d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      String dataFormat,
      long[] dilation,
      boolean ceilMode) {
    return maxPool("max_pool3d", x, kernel, strides, padding, 3, dataFormat, dilation, ceilMode);
  }

  /**
   * Returns the N-d max pooling over {@code dims} spatial dimensions; see the class description.
   *
   * @param fn the function name for messages
   * @throws dev.ivy.errors.IvyArgumentException as {@link #maxPool1d}
   */
  public static Array maxPool(
      String fn,
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      int dims,
      String dataFormat,
      long[] dilation,
      boolean ceilMode) {
    return pool(
        fn, true, x, kernel, strides, padding, dims, dataFormat, dilation, ceilMode, false, null);
  }

  /**
   * Returns the 1-d average pooling of {@code x} [N, W, C] (or [N, C, W]), as {@code
   * ivy.avg_pool1d}.
   *
   * @param divisorOverride the divisor of every window sum, null for the element count
   * @throws dev.ivy.errors.IvyArgumentException on a bad padding, format or rank, a zero divisor,
   *     or a window larger than the padded input
   */
  public static Array avgPool1d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      String dataFormat,
      boolean countIncludePad,
      boolean ceilMode,
      Long divisorOverride) {
    return avgPool(
        "avg_pool1d",
        x,
        kernel,
        strides,
        padding,
        1,
        dataFormat,
        countIncludePad,
        ceilMode,
        divisorOverride);
  }

  /**
   * Returns the 2-d average pooling of {@code x} [N, H, W, C] (or [N, C, H, W]), as {@code
   * ivy.avg_pool2d}.
   *
   * @throws dev.ivy.errors.IvyArgumentException as {@link #avgPool1d}
   */
  public static Array avgPool2d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      String dataFormat,
      boolean countIncludePad,
      boolean ceilMode,
      Long divisorOverride) {
    return avgPool(
        "avg_pool2d",
        x,
        kernel,
        strides,
        padding,
        2,
        dataFormat,
        countIncludePad,
        ceilMode,
        divisorOverride);
  }

  /**
   * Returns the 3-d average pooling of {@code x} [N, D, H, W, C] (or [N, C, D, H, W]), as {@code
   * ivy.avg_pool3d}.
   *
   * @throws dev.ivy.errors.IvyArgumentException as {@link #avgPool1d}
   */
  public static Array avgPool3d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      String dataFormat,
      boolean countIncludePad,
      boolean ceilMode,
      Long divisorOverride) {
    return avgPool(
        "avg_pool3d",
        x,
        kernel,
        strides,
        padding,
        3,
        dataFormat,
        countIncludePad,
        ceilMode,
        divisorOverride);
  }

  /**
   * Returns the N-d average pooling over {@code dims} spatial dimensions; see the class
   * description.
   *
   * @param fn the function name for messages
   * @throws dev.ivy.errors.IvyArgumentException as {@link #avgPool1d}
   */
  public static Array avgPool(
      String fn,
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      int dims,
      String dataFormat,
      boolean countIncludePad,
      boolean ceilMode,
      Long divisorOverride) {
    return pool(
        fn,
        false,
        x,
        kernel,
        strides,
        padding,
        dims,
        dataFormat,
        null,
        ceilMode,
        countIncludePad,
        divisorOverride);
  }

  private static Array pool(
      String fn,
      boolean max,
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      int dims,
      String dataFormat,
      long[] dilation,
      boolean ceilMode,
      boolean countIncludePad,
      Long divisorOverride) {
    boolean cf = Windows.channelFirst(fn, dataFormat, dims);
    Checks.check(
        x.rank() == dims + 2 || x.rank() == dims + 1,
        fn,
        "x must have rank %s (batch, channels and %s spatial dimensions) or %s (unbatched); got"
            + " shape %s",
        dims + 2,
        dims,
        dims + 1,
        x.shape());
    Checks.check(!x.dtype().isBool(), fn, "x must have a numeric dtype; got %s", x.dtype());
    Checks.check(kernel != null && kernel.length > 0, fn, "kernel must be given; got %s", "None");
    long[] k = Windows.tuple(fn, "kernel", kernel, dims, cf, 1, 1);
    long[] s = strides == null ? k : Windows.tuple(fn, "strides", strides, dims, cf, 1, 1);
    long[] d = Windows.tuple(fn, "dilation", dilation, dims, cf, 1, 1);
    Windows.Padding p = Windows.padding(fn, padding, dims);
    Checks.check(
        divisorOverride == null || divisorOverride != 0,
        fn,
        "divisor_override must be nonzero; got %s",
        divisorOverride);
    boolean unbatched = x.rank() == dims + 1;
    Array xc = unbatched ? Manipulation.expandDims(x, 0) : x;
    xc = cf ? xc : Windows.toChannelFirst(xc);
    if (!max) {
      DType f = xc.dtype().isFloating() ? xc.dtype() : TypePromotion.DEFAULT_FLOAT;
      xc = Manipulation.astype(xc, f);
    }
    long[] los = new long[dims];
    long[] his = new long[dims];
    for (int i = 0; i < dims; i++) {
      long n = xc.shape().dim(2 + i);
      long kEff = d[i] * (k[i] - 1) + 1;
      if (p.isSame()) {
        long[] sp = Windows.samePads(n, kEff, s[i]);
        los[i] = sp[0];
        his[i] = sp[1];
      } else {
        los[i] = p.lo()[i];
        his[i] = p.hi()[i];
      }
      if (p.isExplicit() && p.symmetric()) {
        Checks.check(
            los[i] <= kEff / 2,
            fn,
            "padding must be at most half of the %skernel size (%s); got %s",
            max ? "effective " : "",
            kEff,
            Windows.show(padding));
      }
      long out = new Params.Pool(k, s, los, his, d, ceilMode, countIncludePad, 0).outputSize(i, n);
      Checks.check(
          out >= 1,
          fn,
          "the %swindow (%s) must not be larger than the padded input (%s) along spatial"
              + " dimension %s; got x shape %s",
          max ? "dilated " : "",
          kEff,
          n + los[i] + his[i],
          i,
          x.shape());
    }
    long div = divisorOverride == null ? 0 : divisorOverride;
    Params.Pool params = new Params.Pool(k, s, los, his, d, ceilMode, countIncludePad, div);
    xc = Coarse.pool(max, xc, params);
    xc = cf ? xc : Windows.toChannelLast(xc);
    return unbatched ? Manipulation.squeeze(xc, 0) : xc;
  }

  /**
   * Returns the pooling of channel-first {@code xc} computed from primitives: per spatial
   * dimension, the input padded (with the dtype's lowest value for max, zeros for average) and one
   * strided slice per window tap, reduced; average divides by the window counts.
   */
  /**
   * The decomposition of {@link dev.ivy.prim.Prim#MAX_POOL_GRAD}: each output's window is scanned
   * tap by tap in row-major order, keeping PyTorch's running maximum ({@code v > max or v is NaN},
   * padding never taken; a window of -inf alone keeps its first real position), and {@code g} is
   * sent back through the chosen tap of each window (the transposes of the window slices).
   */
  static Array maxPoolGrad(Array x, Array g, Params.Pool p) {
    int dims = p.dims();
    long[] k = p.kernel();
    long[] s = p.strides();
    long[] d = p.dilations();
    long[] lo = p.padLo();
    long[] outs = new long[dims];
    long[] hi = new long[dims];
    int taps = 1;
    boolean tiles = true;
    for (int i = 0; i < dims; i++) {
      long n = x.shape().dim(2 + i);
      outs[i] = p.outputSize(i, n);
      hi[i] = (outs[i] - 1) * s[i] + d[i] * (k[i] - 1) + 1 - lo[i] - n;
      taps *= (int) k[i];
      tiles &= lo[i] == 0 && hi[i] == 0 && s[i] == k[i] && d[i] == 1;
    }
    if (tiles) {
      return maxPoolGradTiled(x, g, k, outs, taps);
    }
    java.util.function.BiFunction<Array, Object, Array> padded =
        (z, fill) -> {
          for (int i = 0; i < dims; i++) {
            z = Windows.pad(z, 2 + i, lo[i], hi[i], fill);
          }
          return z;
        };
    java.util.function.BiFunction<Array, Integer, Array> window =
        (z, t) -> {
          int rest = t;
          for (int i = dims - 1; i >= 0; i--) {
            long off = rest % k[i];
            rest /= (int) k[i];
            z = Windows.window(z, 2 + i, off * d[i], outs[i], s[i]);
          }
          return z;
        };
    Array xp = padded.apply(x, Windows.lowest(x.dtype()));
    Array valid = padded.apply(Creation.fullLike(x, true, DType.BOOL), false);
    Array best = Creation.fullLike(g, Double.NEGATIVE_INFINITY, g.dtype());
    Array idx = Creation.fullLike(g, -1, DType.INT64);
    Array first = idx;
    for (int t = 0; t < taps; t++) {
      Array v = window.apply(xp, t);
      Array ok = window.apply(valid, t);
      Array take =
          Elementwise.logicalAnd(
              ok, Elementwise.logicalOr(Elementwise.greater(v, best), Elementwise.isnan(v)));
      best = Elementwise.where(take, v, best);
      idx = Elementwise.where(take, (long) t, idx);
      first =
          Elementwise.where(
              Elementwise.logicalAnd(ok, Elementwise.equal(first, -1L)), (long) t, first);
    }
    Array chosen = Elementwise.where(Elementwise.equal(idx, -1L), first, idx);
    List<Array> picks = new ArrayList<>();
    for (int t = 0; t < taps; t++) {
      picks.add(Elementwise.equal(chosen, (long) t));
    }
    dev.ivy.autodiff.Autodiff.VjpResult r =
        dev.ivy.autodiff.Autodiff.vjp(
            args -> {
              Array z = padded.apply(args.get(0), Windows.lowest(x.dtype()));
              Array acc = null;
              for (int t = 0; t < picks.size(); t++) {
                Array term = Elementwise.where(picks.get(t), window.apply(z, t), 0);
                acc = acc == null ? term : Elementwise.add(acc, term);
              }
              return List.of(acc);
            },
            List.of(x));
    return r.pullback(List.of(g)).get(0);
  }

  /**
   * {@link #maxPoolGrad} where the windows tile x exactly (stride = kernel, no padding, no
   * dilation): x as [N, C, *out, K] with each window's K taps last; the chosen tap is the first
   * maximum or, where the window holds NaN, the last NaN; g goes back through a one-hot of it. A
   * fixed number of operations, whatever the window size, none but reductions, arithmetic and one
   * {@code where}.
   */
  private static Array maxPoolGradTiled(Array x, Array g, long[] k, long[] outs, int taps) {
    int dims = k.length;
    long[] split = new long[2 + 2 * dims];
    long[] byTap = new long[2 + 2 * dims];
    int[] perm = new int[2 + 2 * dims];
    split[0] = byTap[0] = x.shape().dim(0);
    split[1] = byTap[1] = x.shape().dim(1);
    perm[0] = 0;
    perm[1] = 1;
    for (int i = 0; i < dims; i++) {
      split[2 + 2 * i] = outs[i];
      split[3 + 2 * i] = k[i];
      byTap[2 + i] = outs[i];
      byTap[2 + dims + i] = k[i];
      perm[2 + i] = 2 + 2 * i;
      perm[2 + dims + i] = 3 + 2 * i;
    }
    long[] flat = Arrays.copyOf(byTap, 3 + dims);
    flat[2 + dims] = taps;
    int last = 2 + dims;
    Array v =
        Manipulation.reshape(Manipulation.permuteDims(Manipulation.reshape(x, split), perm), flat);
    // first and last positions of a condition along the taps, with reductions and arithmetic only
    // (every compiler maps them): max of (K - i) where true gives K - first, max of (i + 1) the
    // last
    Array iota = Creation.arange(0, taps, 1, DType.INT64);
    Array top = Reductions.max(v, new int[] {last}, true);
    Array isTop = Manipulation.astype(Elementwise.equal(v, top), DType.INT64);
    Array firstTop =
        Elementwise.subtract(
            (long) taps,
            Reductions.max(
                Elementwise.multiply(isTop, Elementwise.subtract((long) taps, iota)),
                new int[] {last},
                false));
    Array nan = Manipulation.astype(Elementwise.isnan(v), DType.INT64);
    Array lastNan =
        Elementwise.subtract(
            Reductions.max(
                Elementwise.multiply(nan, Elementwise.add(iota, 1L)), new int[] {last}, false),
            1L);
    Array hasNan = Reductions.max(nan, new int[] {last}, false);
    Array idx =
        Elementwise.add(
            firstTop, Elementwise.multiply(hasNan, Elementwise.subtract(lastNan, firstTop)));
    Array pick = Elementwise.equal(Manipulation.expandDims(idx, last), iota);
    Array gv = Elementwise.where(pick, Manipulation.expandDims(g, last), 0);
    int[] back = new int[perm.length];
    for (int i = 0; i < perm.length; i++) {
      back[perm[i]] = i;
    }
    return Manipulation.reshape(
        Manipulation.permuteDims(Manipulation.reshape(gv, byTap), back), x.shape());
  }

  static Array poolDecomposition(boolean max, Array xc, Params.Pool p) {
    int dims = p.dims();
    long[] k = p.kernel();
    long[] s = p.strides();
    long[] d = p.dilations();
    Object fill = max ? Windows.lowest(xc.dtype()) : (Object) 0;
    long[][] counts = new long[dims][];
    long[] outs = new long[dims];
    for (int i = 0; i < dims; i++) {
      int ax = 2 + i;
      long n = xc.shape().dim(ax);
      long kEff = d[i] * (k[i] - 1) + 1;
      long lo = p.padLo()[i];
      long hi = p.padHi()[i];
      long out = p.outputSize(i, n);
      outs[i] = out;
      long need = (out - 1) * s[i] + kEff;
      xc = Windows.pad(xc, ax, lo, need - lo - n, fill);
      List<Array> taps = new ArrayList<>();
      for (long j = 0; j < k[i]; j++) {
        taps.add(Windows.window(xc, ax, j * d[i], out, s[i]));
      }
      Array st = Manipulation.stack(taps, ax + 1);
      xc =
          max
              ? Reductions.max(st, new int[] {ax + 1}, false)
              : Reductions.sum(st, new int[] {ax + 1}, false, xc.dtype());
      if (!max) {
        counts[i] = windowCounts(n, lo, hi, k[i], s[i], out, p.countIncludePad());
      }
    }
    if (!max) {
      if (p.divisor() != 0) {
        xc = Elementwise.divide(xc, (double) p.divisor());
      } else {
        xc = Elementwise.divide(xc, divisor(xc, counts, outs));
      }
    }
    return xc;
  }

  /** Returns, per output position, the divisor of one dimension (PyTorch's avg_pool rule). */
  private static long[] windowCounts(
      long n, long lo, long hi, long k, long s, long out, boolean includePad) {
    long[] c = new long[(int) out];
    for (int o = 0; o < out; o++) {
      long start = o * s - lo;
      long end = Math.min(start + k, n + hi);
      long size = end - start;
      start = Math.max(start, 0);
      end = Math.min(end, n);
      c[o] = includePad ? size : Math.max(end - start, 0);
    }
    return c;
  }

  /** Returns the product of the per-dimension counts as a constant [*out] array of x's dtype. */
  private static Array divisor(Array like, long[][] counts, long[] outs) {
    double[] v = new double[Checks.hostLength("pool", like.dtype(), outs)];
    int dims = outs.length;
    int[] idx = new int[dims];
    for (int t = 0; t < v.length; t++) {
      int rest = t;
      double prod = 1;
      for (int i = dims - 1; i >= 0; i--) {
        idx[i] = (int) (rest % outs[i]);
        rest /= (int) outs[i];
        prod *= counts[i][idx[i]];
      }
      v[t] = prod;
    }
    return Windows.constant(like, v, like.dtype(), outs);
  }

  /**
   * Returns the 1-d adaptive average pooling of channel-first {@code x} [N, C, W] (or [C, W]) to
   * {@code outputSize} elements, as {@code ivy.adaptive_avg_pool1d} and PyTorch: output {@code i}
   * averages input elements {@code floor(i * n / out)} to {@code ceil((i + 1) * n / out)}
   * (exclusive). Integer inputs give float64.
   *
   * @throws dev.ivy.errors.IvyArgumentException on a bad rank, an empty input or an output size
   *     below 1
   */
  public static Array adaptiveAvgPool1d(Array x, long[] outputSize) {
    return adaptive("adaptive_avg_pool1d", false, x, outputSize, 1);
  }

  /**
   * Returns the 2-d adaptive average pooling of channel-first {@code x} [N, C, H, W] (or [C, H,
   * W]), as {@code ivy.adaptive_avg_pool2d}; see {@link #adaptiveAvgPool1d}. An output size of -1
   * (PyTorch's None) keeps that input size.
   *
   * @throws dev.ivy.errors.IvyArgumentException as {@link #adaptiveAvgPool1d}
   */
  public static Array adaptiveAvgPool2d(Array x, long[] outputSize) {
    return adaptive("adaptive_avg_pool2d", false, x, outputSize, 2);
  }

  /**
   * Returns the 1-d adaptive max pooling of channel-first {@code x} [N, C, W] (or [C, W]), with the
   * windows of {@link #adaptiveAvgPool1d}; the dtype is kept.
   *
   * @throws dev.ivy.errors.IvyArgumentException as {@link #adaptiveAvgPool1d}
   */
  public static Array adaptiveMaxPool1d(Array x, long[] outputSize) {
    return adaptive("adaptive_max_pool1d", true, x, outputSize, 1);
  }

  /**
   * Returns the 2-d adaptive max pooling of channel-first {@code x} [N, C, H, W] (or [C, H, W]), as
   * {@code ivy.adaptive_max_pool2d}; see {@link #adaptiveAvgPool1d}.
   *
   * @throws dev.ivy.errors.IvyArgumentException as {@link #adaptiveAvgPool1d}
   */
  public static Array adaptiveMaxPool2d(Array x, long[] outputSize) {
    return adaptive("adaptive_max_pool2d", true, x, outputSize, 2);
  }

  /**
   * Returns the adaptive pooling of the last {@code dims} axes of {@code x} (any leading axes) to
   * {@code outputSize}; an entry of -1 keeps that input size.
   */
  static Array adaptive(String fn, boolean max, Array x, long[] outputSize, int dims) {
    Checks.check(
        x.rank() == dims + 1 || x.rank() == dims + 2,
        fn,
        "input must have rank %s or %s (channels first); got shape %s",
        dims + 1,
        dims + 2,
        x.shape());
    Checks.check(!x.dtype().isBool(), fn, "input must have a numeric dtype; got %s", x.dtype());
    Checks.check(
        outputSize != null && (outputSize.length == 1 || outputSize.length == dims),
        fn,
        "output_size must be one integer or %s; got %s",
        dims,
        outputSize == null ? "None" : Arrays.toString(outputSize));
    int first = x.rank() - dims;
    Checks.check(
        first >= 0, fn, "input must have at least %s dimensions; got shape %s", dims, x.shape());
    // the whole result is checked before the first axis does any work
    long[] resultDims = x.shape().dims();
    for (int i = 0; i < dims; i++) {
      long o = outputSize[outputSize.length == 1 ? 0 : i];
      resultDims[first + i] = o == -1 ? resultDims[first + i] : Math.max(o, 0);
    }
    Checks.size(fn, max ? x.dtype() : TypePromotion.DEFAULT_FLOAT, resultDims);
    Array r =
        max
            ? x
            : Manipulation.astype(
                x, x.dtype().isFloating() ? x.dtype() : TypePromotion.DEFAULT_FLOAT);
    for (int i = 0; i < dims; i++) {
      int ax = first + i;
      long n = x.shape().dim(ax);
      long o = outputSize[outputSize.length == 1 ? 0 : i];
      o = o == -1 ? n : o;
      Checks.check(
          o >= 1, fn, "output_size must be >= 1 (or None); got %s", Arrays.toString(outputSize));
      Checks.check(
          n >= 1,
          fn,
          "input must not be empty along its spatial dimensions; got shape %s",
          x.shape());
      long[] outDims = r.shape().dims();
      outDims[ax] = o;
      Checks.size(fn, r.dtype(), outDims);
      r = adaptiveAxis(r, ax, n, o, max);
    }
    return r;
  }

  private static Array adaptiveAxis(Array x, int ax, long n, long o, boolean max) {
    if (n == o) {
      return x;
    }
    long[] start = new long[(int) o];
    long[] end = new long[(int) o];
    long kmax = 0;
    for (int i = 0; i < o; i++) {
      start[i] = Math.floorDiv(i * n, o);
      end[i] = -Math.floorDiv(-(i + 1) * n, o);
      kmax = Math.max(kmax, end[i] - start[i]);
    }
    long[] idx = new long[Math.toIntExact(o * kmax)];
    double[] weight = new double[idx.length];
    for (int i = 0; i < o; i++) {
      long len = end[i] - start[i];
      for (int j = 0; j < kmax; j++) {
        // taps past a short window repeat its last element (harmless for max, weight 0 for mean)
        idx[(int) (i * kmax + j)] = Math.min(start[i] + j, end[i] - 1);
        weight[(int) (i * kmax + j)] = j < len ? 1.0 / len : 0.0;
      }
    }
    Array taken = Windows.take(x, Windows.indices(x, idx, idx.length), ax);
    long[] split = new long[x.rank() + 1];
    long[] xd = x.shape().dims();
    System.arraycopy(xd, 0, split, 0, ax);
    split[ax] = o;
    split[ax + 1] = kmax;
    System.arraycopy(xd, ax + 1, split, ax + 2, xd.length - ax - 1);
    Array t = Manipulation.reshape(taken, Shape.of(split));
    if (max) {
      return Reductions.max(t, new int[] {ax + 1}, false);
    }
    long[] ws = new long[split.length - ax];
    Arrays.fill(ws, 1);
    ws[0] = o;
    ws[1] = kmax;
    Array w = Windows.constant(x, weight, x.dtype(), ws);
    return Reductions.sum(Elementwise.multiply(t, w), new int[] {ax + 1}, false, x.dtype());
  }

  /**
   * Returns an adaptive pooling's output size (an integer, a sequence of integers and None, or an
   * integer array) with None entries (keep the input size) as -1.
   *
   * @throws dev.ivy.errors.IvyArgumentException if an entry is not an integer or None
   */
  public static long[] outputSize(String fn, Object v) {
    if (v instanceof List<?> l) {
      long[] r = new long[l.size()];
      for (int i = 0; i < r.length; i++) {
        Object o = l.get(i);
        if (o == null) {
          r[i] = -1;
        } else if (o instanceof Long || o instanceof Integer) {
          r[i] = ((Number) o).longValue();
        } else {
          throw new dev.ivy.errors.IvyArgumentException(
              fn + ": output_size must hold integers or None; got " + l);
        }
      }
      return r;
    }
    if (v instanceof long[] la) {
      return la.clone();
    }
    if (v instanceof int[] ia) {
      return Arrays.stream(ia).asLongStream().toArray();
    }
    if (v instanceof Array a && a.dtype().isInteger() && a.rank() <= 1) {
      return a.toLongArray();
    }
    if (v instanceof Long || v instanceof Integer) {
      return new long[] {((Number) v).longValue()};
    }
    if (v instanceof Array a && a.size() == 1 && a.dtype().isInteger()) {
      return new long[] {a.itemLong()};
    }
    throw new dev.ivy.errors.IvyArgumentException(
        fn + ": output_size must be an integer or a sequence of integers; got " + v);
  }
}
