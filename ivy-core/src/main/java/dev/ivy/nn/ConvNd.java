package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Convolution;
import java.util.Arrays;
import java.util.Locale;

/**
 * The shared body of PyTorch's convolution layers (channels first, weight [out, in / groups,
 * *kernel], or [in, out / groups, *kernel] when transposed), computed by {@link Convolution}.
 */
abstract class ConvNd extends Module {
  private final String fn;
  private final int dims;
  private final boolean transposed;
  private final long[] stride;
  private final Object padding;
  private final long[] dilation;
  private final long[] outputPadding;
  private final long groups;
  private final boolean hasBias;
  private final String desc;

  ConvNd(
      String fn,
      int dims,
      boolean transposed,
      long in,
      long out,
      long[] kernel,
      long[] stride,
      Object padding,
      long[] outputPadding,
      long[] dilation,
      long groups,
      boolean bias,
      DType dtype,
      Long seed) {
    this.fn = fn;
    this.dims = dims;
    this.transposed = transposed;
    Init.positive(fn, "inChannels", in);
    Init.positive(fn, "outChannels", out);
    Init.positive(fn, "groups", groups);
    if (in % groups != 0 || out % groups != 0) {
      throw new IvyArgumentException(
          fn
              + ": groups ("
              + groups
              + ") must divide inChannels ("
              + in
              + ") and outChannels ("
              + out
              + ")");
    }
    DType dt = Init.floatDtype(fn, dtype);
    long[] k = tuple("kernelSize", kernel, 1, true);
    this.stride = tuple("stride", stride, 1, true);
    this.dilation = tuple("dilation", dilation, 1, true);
    this.outputPadding = tuple("outputPadding", outputPadding, 0, false);
    this.padding = padding(padding);
    this.groups = groups;
    this.hasBias = bias;
    long[] shape = new long[dims + 2];
    shape[0] = transposed ? in : out;
    shape[1] = transposed ? out / groups : in / groups;
    long fanIn = shape[1];
    for (int i = 0; i < dims; i++) {
      shape[2 + i] = k[i];
      fanIn *= k[i];
    }
    double bound = Init.fanInBound(fanIn);
    addVariable("weight", Init.uniform(Shape.of(shape), bound, dt, Init.sub(seed, 0)));
    if (bias) {
      addVariable("bias", Init.uniform(Shape.of(out), bound, dt, Init.sub(seed, 1)));
    }
    this.desc = fn + "(" + in + ", " + out + ", kernelSize=" + Arrays.toString(k) + ")";
  }

  private long[] tuple(String arg, long[] v, long dflt, boolean positive) {
    long[] r = new long[dims];
    if (v == null || v.length == 0) {
      Arrays.fill(r, dflt);
      return r;
    }
    if (v.length != 1 && v.length != dims) {
      throw new IvyArgumentException(
          fn + ": " + arg + " must have 1 or " + dims + " values; got " + Arrays.toString(v));
    }
    for (int i = 0; i < dims; i++) {
      r[i] = v[v.length == 1 ? 0 : i];
      if (positive ? r[i] <= 0 : r[i] < 0) {
        throw new IvyArgumentException(
            fn
                + ": "
                + arg
                + " must be "
                + (positive ? "> 0" : ">= 0")
                + "; got "
                + Arrays.toString(v));
      }
    }
    return r;
  }

  private Object padding(Object p) {
    if (p == null) {
      return tuple("padding", null, 0, false);
    }
    if (p instanceof dev.ivy.Padding mode) {
      return padding(mode.lower());
    }
    if (p instanceof String s) {
      String u = s.toLowerCase(Locale.ROOT);
      if (transposed || !(u.equals("same") || u.equals("valid"))) {
        throw new IvyArgumentException(
            fn
                + ": padding must be "
                + (transposed ? "integers" : "integers, 'same' or 'valid'")
                + "; got '"
                + s
                + "'");
      }
      if (u.equals("same") && Arrays.stream(stride).anyMatch(x -> x != 1)) {
        throw new IvyArgumentException(
            fn + ": padding 'same' needs stride 1, as in PyTorch; got " + Arrays.toString(stride));
      }
      return u.toUpperCase(Locale.ROOT);
    }
    if (p instanceof Number n) {
      return tuple("padding", new long[] {n.longValue()}, 0, false);
    }
    if (p instanceof long[] a) {
      return tuple("padding", a, 0, false);
    }
    throw new IvyArgumentException(
        fn + ": padding must be a number, a long[], a Padding or 'same'/'valid'; got " + p);
  }

  @Override
  protected Array forward(Array x, Variables v) {
    Array w = v.get("weight");
    Array b = hasBias ? v.get("bias") : null;
    String format = "channel_first";
    if (transposed) {
      return Convolution.convTranspose(
          fn,
          x,
          w,
          stride,
          padding,
          dims,
          null,
          format,
          format,
          groups,
          dilation,
          outputPadding,
          b);
    }
    return Convolution.conv(
        fn, x, w, stride, padding, dims, format, format, groups, null, dilation, b);
  }

  @Override
  protected String name() {
    return desc;
  }
}
