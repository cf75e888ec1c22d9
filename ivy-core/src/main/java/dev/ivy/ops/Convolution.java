package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.rules.TypePromotion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Convolutions with Ivy's signatures ({@code ivy.conv2d}, {@code ivy.conv2d_transpose}...), built
 * from existing primitives only, so that they give the same result on every backend and are traced
 * and differentiated like any composite: the input is padded with constant blocks, each kernel
 * offset is one strided slice (im2col), and the patches meet the filters in one batched matmul with
 * the groups as a batch axis.
 *
 * <p>Layouts follow Ivy. {@code data_format} is "NWC"/"NHWC"/"NDHWC" (channels last, the default)
 * or "NCW"/"NCHW"/"NCDHW" (channels first, as PyTorch), or "channel_last"/"channel_first". Filters
 * are {@code [*kernel, in / groups, out]} with {@code filter_format="channel_last"} (TensorFlow's
 * HWIO) and {@code [out, in / groups, *kernel]} with "channel_first" (PyTorch's OIHW). Transposed
 * convolution filters are {@code [*kernel, out / groups, in]} ("channel_last", TensorFlow's HWOI)
 * or {@code [in, out / groups, *kernel]} ("channel_first", PyTorch's IOHW).
 *
 * <p>{@code padding} is "SAME" (TensorFlow: ceil(n / stride) outputs, the odd element of padding
 * after), "VALID" (none), an integer (both sides of every spatial dimension, as PyTorch), one
 * integer per spatial dimension, or one (low, high) pair per spatial dimension. Strides and
 * dilations are one integer, one per spatial dimension, or {@code dims + 2} values with 1 on the
 * batch and channel dimensions (TensorFlow's {@code [1, s, s, 1]}).
 *
 * <p>Dtypes promote as matmul does (float32 with float64 gives float64); the bias, when given, has
 * shape {@code [out]} and is added after. An input of rank {@code dims + 1} is one unbatched
 * example, as PyTorch allows.
 */
public final class Convolution {
  private Convolution() {}

  /**
   * Returns the 1-d convolution of {@code x} [N, W, C] (or [N, C, W]) with {@code filters} [fw, C,
   * out], as {@code ivy.conv1d}.
   *
   * @throws dev.ivy.errors.IvyArgumentException on a bad padding, format, rank, a channel count
   *     that does not match the filters, or a kernel larger than the padded input
   */
  public static Array conv1d(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      String dataFormat,
      long[] dilations,
      Array bias) {
    return conv(
        "conv1d",
        x,
        filters,
        strides,
        padding,
        1,
        dataFormat,
        "channel_last",
        1,
        null,
        dilations,
        bias);
  }

  /**
   * Returns the 2-d convolution of {@code x} [N, H, W, C] (or [N, C, H, W]) with {@code filters}
   * [fh, fw, C, out], as {@code ivy.conv2d}.
   *
   * <pre>{@code
   * x = ones [1, 3, 3, 1], filters = ones [2, 2, 1, 1]
   * conv2d(x, filters, [1], "VALID", "NHWC", [1], null)  // [1, 2, 2, 1] of 4.0
   * }</pre>
   *
   * @throws dev.ivy.errors.IvyArgumentException as {@link #conv1d}
   */
  public static Array conv2d(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      String dataFormat,
      long[] dilations,
      Array bias) {
    return conv(
        "conv2d",
        x,
        filters,
        strides,
        padding,
        2,
        dataFormat,
        "channel_last",
        1,
        null,
        dilations,
        bias);
  }

  /**
   * Returns the 3-d convolution of {@code x} [N, D, H, W, C] (or [N, C, D, H, W]) with {@code
   * filters} [fd, fh, fw, C, out], as {@code ivy.conv3d}.
   *
   * @throws dev.ivy.errors.IvyArgumentException as {@link #conv1d}
   */
  public static Array conv3d(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      String dataFormat,
      long[] dilations,
      Array bias) {
    return conv(
        "conv3d",
        x,
        filters,
        strides,
        padding,
        3,
        dataFormat,
        "channel_last",
        1,
        null,
        dilations,
        bias);
  }

  /**
   * Returns the N-d convolution with every option, as {@code ivy.conv_general_dilated}: {@code
   * featureGroupCount} groups (input and output channels split into that many independent parts),
   * {@code xDilations} (zeros inserted between input elements) and {@code dilations} (spacing of
   * the kernel taps). Null tuples mean 1.
   *
   * @param fn the function name for messages ({@code conv2d}...)
   * @param dims the number of spatial dimensions
   * @throws dev.ivy.errors.IvyArgumentException on a bad padding, format, rank, group count, a
   *     channel count that does not match the filters, or a kernel larger than the padded input
   */
  public static Array conv(
      String fn,
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      int dims,
      String dataFormat,
      String filterFormat,
      long featureGroupCount,
      long[] xDilations,
      long[] dilations,
      Array bias) {
    Operands o =
        operands(
            fn,
            x,
            filters,
            strides,
            padding,
            dims,
            dataFormat,
            filterFormat,
            featureGroupCount,
            dilations);
    boolean cf = o.cf();
    boolean unbatched = o.unbatched();
    long[] s = o.s();
    long[] d = o.d();
    long[] xd = Windows.tuple(fn, "x_dilations", xDilations, dims, cf, 1, 1);
    long g = featureGroupCount;
    Windows.Padding p = o.p();
    Array xc = o.xc();
    Array w = o.w();
    long c = xc.shape().dim(1);
    long cout = w.shape().dim(0);
    long cg = w.shape().dim(1);
    Checks.check(
        c % g == 0,
        fn,
        "feature_group_count (%s) must divide the input channels (%s); got x shape %s",
        g,
        c,
        x.shape());
    Checks.check(
        cout % g == 0,
        fn,
        "feature_group_count (%s) must divide the output channels (%s); got filters shape %s",
        g,
        cout,
        filters.shape());
    Checks.check(
        cg * g == c,
        fn,
        "x must have in_channels / feature_group_count * feature_group_count = %s * %s channels"
            + " to match the filters; got %s channels (x shape %s, filters shape %s)",
        cg,
        g,
        c,
        x.shape(),
        filters.shape());
    for (int i = 0; i < dims; i++) {
      xc = Windows.dilate(xc, 2 + i, xd[i]);
    }
    long[] lo = new long[dims];
    long[] hi = new long[dims];
    for (int i = 0; i < dims; i++) {
      long kEff = d[i] * (w.shape().dim(2 + i) - 1) + 1;
      if (p.isSame()) {
        long[] sp = Windows.samePads(xc.shape().dim(2 + i), kEff, s[i]);
        lo[i] = sp[0];
        hi[i] = sp[1];
      } else if (p.isExplicit()) {
        lo[i] = p.lo()[i];
        hi[i] = p.hi()[i];
      }
    }
    Array r = coarse(fn, Prim.CONV, xc, w, bias, cout, new Params.Conv(s, lo, hi, d, g));
    return finish(fn, r, fused(r, bias, cout) ? null : bias, cout, cf, unbatched);
  }

  /**
   * Binds coarse convolution {@code prim} on x and w promoted to one dtype, with the bias when it
   * has that dtype and shape [cout]; integer convolutions run the decomposition directly.
   */
  private static Array coarse(
      String fn, Prim prim, Array xc, Array w, Array bias, long cout, Params.Conv p) {
    for (int i = 0; prim == Prim.CONV && i < p.dims(); i++) {
      long kEff = p.dilations()[i] * (w.shape().dim(2 + i) - 1) + 1;
      long padded = xc.shape().dim(2 + i) + p.padLo()[i] + p.padHi()[i];
      Checks.check(
          kEff <= padded,
          fn,
          "the dilated kernel (%s) must not be larger than the padded input (%s) along spatial"
              + " dimension %s; got x shape %s, filters shape %s",
          kEff,
          padded,
          i,
          xc.shape(),
          w.shape());
    }
    DType dt = TypePromotion.promote(xc.dtype(), w.dtype());
    Array xp = Manipulation.astype(xc, dt);
    Array wp = Manipulation.astype(w, dt);
    if (!dt.isFloating()) {
      return Coarse.decompose(prim, p, new Array[] {xp, wp})[0];
    }
    boolean withBias = bias != null && bias.dtype() == dt && bias.shape().equals(Shape.of(cout));
    if (prim == Prim.CONV) {
      return Coarse.conv(xp, wp, withBias ? bias : null, p);
    }
    return Coarse.convTranspose(xp, wp, withBias ? bias : null, p);
  }

  /** Returns whether {@link #coarse} took the bias into the convolution. */
  private static boolean fused(Array r, Array bias, long cout) {
    return bias != null
        && r.dtype().isFloating()
        && bias.dtype() == r.dtype()
        && bias.shape().equals(Shape.of(cout));
  }

  /**
   * Returns the 1-d transposed convolution (the gradient of conv1d with respect to its input) of
   * {@code x} [N, W, C] with {@code filters} [fw, out, C], as {@code ivy.conv1d_transpose}.
   *
   * @param outputShape the spatial output size (or the full output shape), null for the default
   * @throws dev.ivy.errors.IvyArgumentException as {@link #convTranspose}
   */
  public static Array conv1dTranspose(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      long[] outputShape,
      String dataFormat,
      long[] dilations,
      Array bias) {
    return convTranspose(
        "conv1d_transpose",
        x,
        filters,
        strides,
        padding,
        1,
        outputShape,
        dataFormat,
        "channel_last",
        1,
        dilations,
        null,
        bias);
  }

  /**
   * Returns the 2-d transposed convolution of {@code x} [N, H, W, C] with {@code filters} [fh, fw,
   * out, C], as {@code ivy.conv2d_transpose}.
   *
   * @throws dev.ivy.errors.IvyArgumentException as {@link #convTranspose}
   */
  public static Array conv2dTranspose(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      long[] outputShape,
      String dataFormat,
      long[] dilations,
      Array bias) {
    return convTranspose(
        "conv2d_transpose",
        x,
        filters,
        strides,
        padding,
        2,
        outputShape,
        dataFormat,
        "channel_last",
        1,
        dilations,
        null,
        bias);
  }

  /**
   * Returns the 3-d transposed convolution of {@code x} [N, D, H, W, C] with {@code filters} [fd,
   * fh, fw, out, C], as {@code ivy.conv3d_transpose}.
   *
   * @throws dev.ivy.errors.IvyArgumentException as {@link #convTranspose}
   */
  public static Array conv3dTranspose(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      long[] outputShape,
      String dataFormat,
      long[] dilations,
      Array bias) {
    return convTranspose(
        "conv3d_transpose",
        x,
        filters,
        strides,
        padding,
        3,
        outputShape,
        dataFormat,
        "channel_last",
        1,
        dilations,
        null,
        bias);
  }

  /**
   * Returns the N-d transposed convolution with every option, as {@code
   * ivy.conv_general_transpose}. Each input element scatters {@code filters} times its value into
   * the output at stride {@code strides}; the full result has {@code (n - 1) * stride + dilation *
   * (k - 1) + 1} elements per dimension, of which the output keeps:
   *
   * <ul>
   *   <li>"SAME": {@code n * stride} elements (or {@code outputShape}), cropping TensorFlow's SAME
   *       padding of the matching forward convolution, its odd element at the end;
   *   <li>"VALID": {@code n * stride + max(k_eff - stride, 0)} elements (or {@code outputShape}),
   *       from the start;
   *   <li>explicit padding (PyTorch): the full result with {@code low} elements cut at the start
   *       and {@code high} at the end, plus {@code outputPadding} more at the end (PyTorch's {@code
   *       output_padding}, which must be smaller than the stride or the dilation).
   * </ul>
   *
   * <p>It is computed as a stride-1 convolution of the input with {@code stride - 1} zeros inserted
   * between elements, padded by {@code dilation * (k - 1) - low}, with the spatially flipped
   * filters whose in and out channels are swapped within each group.
   *
   * @throws dev.ivy.errors.IvyArgumentException on a bad padding, format, rank, group count, a
   *     channel count that does not match the filters, or an output size below 1
   */
  public static Array convTranspose(
      String fn,
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      int dims,
      long[] outputShape,
      String dataFormat,
      String filterFormat,
      long featureGroupCount,
      long[] dilations,
      long[] outputPadding,
      Array bias) {
    Operands o =
        operands(
            fn,
            x,
            filters,
            strides,
            padding,
            dims,
            dataFormat,
            filterFormat,
            featureGroupCount,
            dilations);
    boolean cf = o.cf();
    boolean unbatched = o.unbatched();
    long[] s = o.s();
    long[] d = o.d();
    long[] op = Windows.tuple(fn, "output_padding", outputPadding, dims, cf, 0, 0);
    long g = featureGroupCount;
    Windows.Padding p = o.p();
    Array xc = o.xc();
    // in PyTorch's transposed layout [in, out / groups, *kernel]
    Array w = o.w();
    long cin = xc.shape().dim(1);
    Checks.check(
        w.shape().dim(0) == cin,
        fn,
        "x must have as many channels as the filters' in_channels (%s); got %s channels (x"
            + " shape %s, filters shape %s)",
        w.shape().dim(0),
        cin,
        x.shape(),
        filters.shape());
    Checks.check(
        cin % g == 0,
        fn,
        "feature_group_count (%s) must divide the input channels (%s); got x shape %s",
        g,
        cin,
        x.shape());
    long og = w.shape().dim(1);
    long cout = og * g;
    long[] outSpatial = outputSpatial(fn, outputShape, dims, cf, unbatched);
    long[] lo = new long[dims];
    long[] hi = new long[dims];
    for (int i = 0; i < dims; i++) {
      long n = xc.shape().dim(2 + i);
      long kEff = d[i] * (w.shape().dim(2 + i) - 1) + 1;
      long full = (n - 1) * s[i] + kEff;
      Checks.check(
          op[i] < Math.max(s[i], d[i]),
          fn,
          "output_padding must be smaller than the stride or the dilation; got %s with strides"
              + " %s and dilations %s",
          Arrays.toString(op),
          Arrays.toString(s),
          Arrays.toString(d));
      long out;
      long cut;
      if (p.isSame()) {
        out = outSpatial != null ? outSpatial[i] : n * s[i];
        cut = Math.max(full - out, 0) / 2;
      } else if (p.isExplicit()) {
        cut = p.lo()[i];
        out = outSpatial != null ? outSpatial[i] : full - p.lo()[i] - p.hi()[i];
      } else {
        cut = 0;
        out = outSpatial != null ? outSpatial[i] : n * s[i] + Math.max(kEff - s[i], 0);
      }
      if (outSpatial == null) {
        out += op[i];
      }
      Checks.check(
          out >= 1,
          fn,
          "the output size must be >= 1 along each spatial dimension; got %s along dimension %s"
              + " (x shape %s, filters shape %s, padding %s)",
          out,
          i,
          x.shape(),
          filters.shape(),
          Windows.show(padding));
      lo[i] = cut;
      hi[i] = full - out - cut;
    }
    Array r = coarse(fn, Prim.CONV_TRANSPOSE, xc, w, bias, cout, new Params.Conv(s, lo, hi, d, g));
    return finish(fn, r, fused(r, bias, cout) ? null : bias, cout, cf, unbatched);
  }

  /**
   * Returns the depthwise 2-d convolution of {@code x} [N, H, W, C] with {@code filters} [fh, fw,
   * C] (Ivy) or [fh, fw, C, multiplier] (TensorFlow): each channel is convolved with its own
   * filters, giving {@code C * multiplier} channels ordered channel-major.
   *
   * @throws dev.ivy.errors.IvyArgumentException as {@link #conv1d}
   */
  public static Array depthwiseConv2d(
      Array x, Array filters, long[] strides, Object padding, String dataFormat, long[] dilations) {
    String fn = "depthwise_conv2d";
    Checks.check(
        filters.rank() == 3 || filters.rank() == 4,
        fn,
        "filters must have shape [fh, fw, channels] or [fh, fw, channels, multiplier]; got %s",
        filters.shape());
    boolean cf = Windows.channelFirst(fn, dataFormat, 2);
    Checks.check(x.rank() == 4, fn, "x must have rank 4; got shape %s", x.shape());
    long c = x.shape().dim(cf ? 1 : 3);
    long fc = filters.shape().dim(2);
    Checks.check(
        fc == c,
        fn,
        "filters must have as many channels as x (%s); got filters shape %s",
        c,
        filters.shape());
    long m = filters.rank() == 4 ? filters.shape().dim(3) : 1;
    Array w =
        Manipulation.reshape(
            filters, Shape.of(filters.shape().dim(0), filters.shape().dim(1), 1, c * m));
    return conv(
        fn, x, w, strides, padding, 2, dataFormat, "channel_last", c, null, dilations, null);
  }

  /** Returns the permutation from [*kernel, a, b] to [b, a, *kernel]. */
  private static int[] lastToFirst(int dims) {
    int[] p = new int[dims + 2];
    p[0] = dims + 1;
    p[1] = dims;
    for (int i = 0; i < dims; i++) {
      p[2 + i] = i;
    }
    return p;
  }

  /**
   * What a convolution and a transposed convolution read the same way: the layouts, the strides,
   * dilations, groups and padding, x batched and channels first, and the filters with their output
   * (transposed: input) channels first.
   */
  private record Operands(
      boolean cf, boolean unbatched, long[] s, long[] d, Windows.Padding p, Array xc, Array w) {}

  private static Operands operands(
      String fn,
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      int dims,
      String dataFormat,
      String filterFormat,
      long groups,
      long[] dilations) {
    Checks.check(dims >= 1, fn, "dims must be >= 1; got %s", dims);
    boolean cf = Windows.channelFirst(fn, dataFormat, dims);
    boolean fcf = Windows.filterChannelFirst(fn, filterFormat);
    boolean unbatched = checkRanks(fn, x, filters, dims);
    long[] s = Windows.tuple(fn, "strides", strides, dims, cf, 1, 1);
    long[] d = Windows.tuple(fn, "dilations", dilations, dims, cf, 1, 1);
    Checks.check(groups >= 1, fn, "feature_group_count must be >= 1; got %s", groups);
    Windows.Padding p = Windows.padding(fn, padding, dims);
    Array xc = unbatched ? Manipulation.expandDims(x, 0) : x;
    xc = cf ? xc : Windows.toChannelFirst(xc);
    Array w = fcf ? filters : Manipulation.permuteDims(filters, lastToFirst(dims));
    return new Operands(cf, unbatched, s, d, p, xc, w);
  }

  /** Checks the ranks and returns whether x is one unbatched example (rank dims + 1). */
  private static boolean checkRanks(String fn, Array x, Array filters, int dims) {
    Checks.check(
        x.rank() == dims + 2 || x.rank() == dims + 1,
        fn,
        "x must have rank %s (batch, channels and %s spatial dimensions) or %s (unbatched); got"
            + " shape %s",
        dims + 2,
        dims,
        dims + 1,
        x.shape());
    Checks.check(
        filters.rank() == dims + 2,
        fn,
        "filters must have rank %s (%s kernel dimensions, in and out channels); got shape %s",
        dims + 2,
        dims,
        filters.shape());
    Checks.check(
        !x.dtype().isBool() && !filters.dtype().isBool(),
        fn,
        "x and filters must have numeric dtypes; got %s and %s",
        x.dtype(),
        filters.dtype());
    return x.rank() == dims + 1;
  }

  private static long[] outputSpatial(
      String fn, long[] outputShape, int dims, boolean cf, boolean unbatched) {
    if (outputShape == null) {
      return null;
    }
    if (outputShape.length == dims) {
      return outputShape.clone();
    }
    int full = unbatched ? dims + 1 : dims + 2;
    Checks.check(
        outputShape.length == full,
        fn,
        "output_shape must hold the %s spatial sizes or the full output shape; got %s",
        dims,
        Arrays.toString(outputShape));
    int from = cf ? full - dims : full - dims - 1;
    return Arrays.copyOfRange(outputShape, from, from + dims);
  }

  private static Array finish(
      String fn, Array r, Array bias, long cout, boolean cf, boolean unbatched) {
    if (bias != null) {
      Checks.check(
          bias.size() == cout && bias.rank() <= 1,
          fn,
          "bias must have shape [%s] (one value per output channel); got %s",
          cout,
          bias.shape());
      long[] bs = new long[r.rank() - 1];
      Arrays.fill(bs, 1);
      bs[0] = cout;
      r = Elementwise.add(r, Manipulation.reshape(bias, Shape.of(bs)));
    }
    r = cf ? r : Windows.toChannelLast(r);
    return unbatched ? Manipulation.squeeze(r, 0) : r;
  }

  /**
   * Returns the convolution of channel-first {@code x} [N, C, *spatial] with PyTorch-layout {@code
   * w} [out, C / g, *kernel] after padding by {@code lo}/{@code hi} (negative amounts crop): one
   * strided slice per kernel offset, stacked into patches [N, g, C / g * K, P], then one batched
   * matmul with the weights [g, out / g, C / g * K].
   */
  static Array convChannelFirst(
      String fn,
      Array x,
      Array w,
      long[] s,
      long[] lo,
      long[] hi,
      long[] d,
      long g,
      Shape xShape,
      Shape wShape) {
    int dims = s.length;
    Array xp = x;
    for (int i = 0; i < dims; i++) {
      xp = Windows.pad(xp, 2 + i, lo[i], hi[i], 0);
    }
    long[] k = new long[dims];
    long[] out = new long[dims];
    long kk = 1;
    long pp = 1;
    for (int i = 0; i < dims; i++) {
      k[i] = w.shape().dim(2 + i);
      long kEff = d[i] * (k[i] - 1) + 1;
      long padded = xp.shape().dim(2 + i);
      Checks.check(
          kEff <= padded,
          fn,
          "the dilated kernel (%s) must not be larger than the padded input (%s) along spatial"
              + " dimension %s; got x shape %s, filters shape %s",
          kEff,
          padded,
          i,
          xShape,
          wShape);
      out[i] = (padded - kEff) / s[i] + 1;
      kk *= k[i];
      pp *= out[i];
    }
    long n = xp.shape().dim(0);
    long c = xp.shape().dim(1);
    long cout = w.shape().dim(0);
    List<Array> cols = new ArrayList<>();
    long[] j = new long[dims];
    for (long t = 0; t < kk; t++) {
      long rest = t;
      for (int i = dims - 1; i >= 0; i--) {
        j[i] = rest % k[i];
        rest /= k[i];
      }
      long[] b = new long[dims + 2];
      long[] e = xp.shape().dims();
      long[] st = new long[dims + 2];
      Arrays.fill(st, 1);
      for (int i = 0; i < dims; i++) {
        b[2 + i] = j[i] * d[i];
        e[2 + i] = b[2 + i] + (out[i] - 1) * s[i] + 1;
        st[2 + i] = Windows.step(out[i], s[i]);
      }
      cols.add(Manipulation.slice(xp, b, e, st));
    }
    Array patches = Manipulation.stack(cols, 2);
    patches = Manipulation.reshape(patches, Shape.of(n, g, c / g * kk, pp));
    Array wm = Manipulation.reshape(w, Shape.of(g, cout / g, c / g * kk));
    Array r = Linalg.matmul(wm, patches);
    long[] rs = new long[dims + 2];
    rs[0] = n;
    rs[1] = cout;
    System.arraycopy(out, 0, rs, 2, dims);
    return Manipulation.reshape(r, Shape.of(rs));
  }
}
