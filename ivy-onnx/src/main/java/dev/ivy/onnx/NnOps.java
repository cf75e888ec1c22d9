package dev.ivy.onnx;

import static dev.ivy.onnx.MathOps.one;
import static dev.ivy.onnx.MathOps.same;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.PadMode;
import dev.ivy.Shape;
import dev.ivy.ops.Coarse;
import dev.ivy.ops.Convolution;
import dev.ivy.ops.Interpolation;
import dev.ivy.ops.Pooling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Convolution, pooling, normalisation, dropout and resizing (channels first, as ONNX). */
final class NnOps {
  private NnOps() {}

  static void register(OnnxOps.Registrar r) {
    r.add("Conv", NnOps::conv);
    r.add("ConvTranspose", NnOps::convTranspose);
    r.add("MaxPool", "no Indices output, storage_order 0 only", NnOps::maxPool);
    r.add("AveragePool", NnOps::avgPool);
    r.add("GlobalAveragePool", c -> one(Ivy.mean(c.in(0), spatial(c.in(0)), true)));
    r.add("GlobalMaxPool", c -> one(Ivy.max(c.in(0), spatial(c.in(0)), true)));
    r.add(
        "BatchNormalization",
        "training_mode 1 from opset 14 (batch statistics and running averages); spatial 1 only",
        c -> {
          if (c.opset() < 9 && c.i("spatial", 1) != 1) {
            throw c.unsupported("spatial 0 (per-activation statistics)");
          }
          if (c.opset() >= 14 && c.i("training_mode", 0) != 0) {
            return batchNormTraining(c);
          }
          if (c.opset() < 14 && (c.wantsOutput(1) || c.wantsOutput(2))) {
            throw c.unsupported(
                "the training outputs (mean, var, saved_mean, saved_var) before opset 14");
          }
          Array x = c.in(0);
          double eps = c.f("epsilon", 1e-5f);
          if (channelVectors(x, c.in(1), c.in(2), c.in(3), c.in(4))) {
            return one(Coarse.batchNorm(x, c.in(3), c.in(4), c.in(1), c.in(2), eps));
          }
          Array inv = Ivy.divide(1.0, Ivy.sqrt(Ivy.add(perChannel(c.in(4), x), eps)));
          Array y = Ivy.multiply(Ivy.subtract(x, perChannel(c.in(3), x)), inv);
          y = Ivy.add(Ivy.multiply(y, perChannel(c.in(1), x)), perChannel(c.in(2), x));
          return one(same(y, x));
        });
    r.add(
        "InstanceNormalization",
        c -> {
          Array x = c.in(0);
          double eps = c.f("epsilon", 1e-5f);
          if (x.rank() >= 3 && channelVectors(x, c.in(1), c.in(2))) {
            // instance norm is group norm with one group per channel
            return one(Coarse.groupNorm(x, x.shape().dim(1), c.in(1), c.in(2), eps));
          }
          int[] axes = spatial(x);
          Array y = normalize(x, axes, eps);
          y = Ivy.add(Ivy.multiply(y, perChannel(c.in(1), x)), perChannel(c.in(2), x));
          return one(same(y, x));
        });
    r.add(
        "LayerNormalization",
        "Mean and InvStdDev outputs in float32 (stash_type 1)",
        c -> {
          Array x = c.in(0);
          int axis = (int) c.i("axis", -1);
          int a = axis < 0 ? axis + x.rank() : axis;
          int[] axes = new int[x.rank() - a];
          for (int i = 0; i < axes.length; i++) {
            axes[i] = a + i;
          }
          double eps = c.f("epsilon", 1e-5f);
          boolean stats = c.wantsOutput(1) || c.wantsOutput(2);
          if (!stats
              && a >= 0
              && a < x.rank()
              && trailing(x, a, c.in(1))
              && trailing(x, a, c.opt(2))) {
            return one(Coarse.layerNorm(x, a, c.in(1), c.opt(2), eps));
          }
          if (c.i("stash_type", 1) != 1) {
            throw c.unsupported("stash_type %d (only 1, float32)", c.i("stash_type", 1));
          }
          // the statistics are float32 (stash_type 1); without them x keeps its precision
          Array xf = stats ? Ivy.astype(x, DType.FLOAT32) : x;
          Array mean = Ivy.mean(xf, axes, true);
          Array d = Ivy.subtract(xf, mean);
          Array inv = Ivy.divide(1.0, Ivy.sqrt(Ivy.add(Ivy.mean(Ivy.square(d), axes, true), eps)));
          Array y = same(Ivy.multiply(d, inv), x);
          y = Ivy.multiply(y, c.in(1));
          if (c.opt(2) != null) {
            y = Ivy.add(y, c.opt(2));
          }
          List<Array> out = one(same(y, x));
          out.add(mean);
          out.add(inv);
          return out;
        });
    r.add(
        "MeanVarianceNormalization",
        c -> {
          Array x = c.in(0);
          long[] ax = c.ints("axes", new long[] {0, 2, 3});
          return one(same(normalize(x, toInts(ax), 1e-9), x));
        });
    r.add(
        "LpNormalization",
        c -> {
          Array x = c.in(0);
          int axis = (int) c.i("axis", -1);
          long p = c.i("p", 2);
          Array n;
          if (p == 1) {
            n = Ivy.sum(Ivy.abs(x), new int[] {axis}, true);
          } else if (p == 2) {
            n = Ivy.sqrt(Ivy.sum(Ivy.square(x), new int[] {axis}, true));
          } else {
            throw c.error("attribute p must be 1 or 2; got %d", p);
          }
          return one(same(Ivy.divide(x, n), x));
        });
    r.add(
        "LRN",
        c -> {
          Array x = c.in(0);
          double alpha = c.f("alpha", 1e-4f);
          double beta = c.f("beta", 0.75f);
          double bias = c.f("bias", 1f);
          long size = c.i("size", 0);
          if (size < 1) {
            throw c.error("attribute size must be >= 1; got %d", size);
          }
          long ch = x.shape().dim(1);
          long lo = (size - 1) / 2;
          long hi = size - 1 - lo;
          long[][] pw = new long[x.rank()][2];
          pw[1] = new long[] {lo, hi};
          Array sq = Ivy.pad(Ivy.square(x), pw, PadMode.CONSTANT, 0);
          Array acc = null;
          for (long k = 0; k < size; k++) {
            Array s = slice(sq, 1, k, k + ch);
            acc = acc == null ? s : Ivy.add(acc, s);
          }
          Array d = Ivy.pow(Ivy.add(Ivy.multiply(acc, alpha / size), bias), beta);
          return one(same(Ivy.divide(x, d), x));
        });
    r.add(
        "Dropout",
        "identity unless training_mode (opset 12 on) with a ratio above 0; then random",
        NnOps::dropout);
    r.add("Resize", NnOps::resize);
    r.add("Upsample", 7, 9, "", NnOps::upsample);
  }

  /**
   * Dropout: the identity (mask all true) in inference, which is every opset before 12 (ratio is an
   * attribute there) and training_mode false or a ratio of 0 after; otherwise elements are zeroed
   * with probability ratio and the rest scaled by 1 / (1 - ratio), the random mask drawn with the
   * seed attribute when given.
   */
  private static List<Array> dropout(NodeContext c) {
    Array x = c.in(0);
    boolean training = c.opset() >= 12 && c.opt(2) != null && c.opt(2).toBooleanArray()[0];
    double ratio =
        c.opset() >= 12 ? (c.opt(1) == null ? 0.5 : c.doubles(1)[0]) : c.f("ratio", 0.5f);
    if (ratio < 0 || ratio >= 1) {
      throw c.error("ratio must be in [0, 1); got %s", ratio);
    }
    List<Array> out;
    if (!training || ratio == 0) {
      out = one(x);
      out.add(Ivy.fullLike(x, true, DType.BOOL));
      return out;
    }
    Long seed = c.has("seed") ? c.i("seed", 0) : null;
    Array u = Ivy.randomUniform(0.0, 1.0, x.shape(), x.dtype(), seed);
    Array keep = Ivy.greaterEqual(u, ratio);
    Array y = Ivy.where(keep, Ivy.divide(x, 1 - ratio), Ivy.zerosLike(x));
    out = one(same(y, x));
    out.add(keep);
    return out;
  }

  /**
   * BatchNormalization with training_mode 1 (opset 14 on): normalizes with the batch statistics
   * (mean and biased variance over every axis but 1) and returns the running averages {@code
   * running * momentum + batch * (1 - momentum)} of both as outputs 1 and 2.
   */
  private static List<Array> batchNormTraining(NodeContext c) {
    Array x = c.in(0);
    double eps = c.f("epsilon", 1e-5f);
    double momentum = c.f("momentum", 0.9f);
    int[] axes = new int[x.rank() - 1];
    axes[0] = 0;
    for (int i = 2; i < x.rank(); i++) {
      axes[i - 1] = i;
    }
    Array mean = Ivy.mean(x, axes, false);
    Array var = Ivy.var(x, axes, 0.0, false);
    Array inv = Ivy.divide(1.0, Ivy.sqrt(Ivy.add(perChannel(var, x), eps)));
    Array y = Ivy.multiply(Ivy.subtract(x, perChannel(mean, x)), inv);
    y = Ivy.add(Ivy.multiply(y, perChannel(c.in(1), x)), perChannel(c.in(2), x));
    List<Array> out = one(same(y, x));
    out.add(same(Ivy.add(Ivy.multiply(c.in(3), momentum), Ivy.multiply(mean, 1 - momentum)), x));
    out.add(same(Ivy.add(Ivy.multiply(c.in(4), momentum), Ivy.multiply(var, 1 - momentum)), x));
    return out;
  }

  static int[] toInts(long[] v) {
    int[] r = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = (int) v[i];
    }
    return r;
  }

  /** Returns the spatial axes 2..rank-1 of a channels-first array. */
  static int[] spatial(Array x) {
    int[] a = new int[Math.max(x.rank() - 2, 0)];
    for (int i = 0; i < a.length; i++) {
      a[i] = i + 2;
    }
    return a;
  }

  /**
   * Returns whether floating {@code x} [N, C, ...] and every one of {@code vs} can feed a coarse
   * normalization: each v a [C] vector of x's dtype.
   */
  private static boolean channelVectors(Array x, Array... vs) {
    if (!x.dtype().isFloating() || x.rank() < 2) {
      return false;
    }
    for (Array v : vs) {
      if (v.dtype() != x.dtype() || !v.shape().equals(Shape.of(x.shape().dim(1)))) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether v is null or shaped x.shape[axis:] with floating x's dtype. */
  private static boolean trailing(Array x, int axis, Array v) {
    return x.dtype().isFloating()
        && (v == null
            || (v.dtype() == x.dtype()
                && v.shape()
                    .equals(Shape.of(Arrays.copyOfRange(x.shape().dims(), axis, x.rank())))));
  }

  /** Reshapes a per-channel vector [C] to broadcast against channels-first {@code x}. */
  static Array perChannel(Array v, Array x) {
    long[] s = new long[x.rank() - 1];
    Arrays.fill(s, 1);
    s[0] = v.size();
    return Ivy.reshape(v, s);
  }

  static Array normalize(Array x, int[] axes, double eps) {
    Array m = Ivy.mean(x, axes, true);
    Array d = Ivy.subtract(x, m);
    Array v = Ivy.mean(Ivy.square(d), axes, true);
    return Ivy.divide(d, Ivy.sqrt(Ivy.add(v, eps)));
  }

  static Array slice(Array x, int axis, long from, long to) {
    long[] start = new long[x.rank()];
    long[] stop = x.shape().dims();
    long[] step = new long[x.rank()];
    Arrays.fill(step, 1);
    start[axis] = from;
    stop[axis] = to;
    return dev.ivy.ops.Manipulation.slice(x, start, stop, step);
  }

  private record Window(long[] kernel, long[] strides, long[] dilations, long[][] pads) {}

  /** Reads kernel_shape, strides, dilations, pads and auto_pad for {@code dims} spatial axes. */
  private static Window window(NodeContext c, long[] in, long[] kernel) {
    int dims = in.length;
    long[] strides = c.ints("strides", ones(dims));
    long[] dil = c.ints("dilations", ones(dims));
    if (strides.length != dims || dil.length != dims || kernel.length != dims) {
      throw c.error(
          "kernel_shape, strides and dilations must have %d values; got %s, %s, %s",
          dims, Arrays.toString(kernel), Arrays.toString(strides), Arrays.toString(dil));
    }
    String auto = c.s("auto_pad", "NOTSET");
    long[][] pads = new long[dims][2];
    switch (auto) {
      case "NOTSET":
        long[] p = c.ints("pads", new long[2 * dims]);
        if (p.length != 2 * dims) {
          throw c.error("pads must have %d values; got %s", 2 * dims, Arrays.toString(p));
        }
        for (int i = 0; i < dims; i++) {
          pads[i] = new long[] {p[i], p[i + dims]};
        }
        break;
      case "VALID":
        break;
      case "SAME_UPPER":
      case "SAME_LOWER":
        for (int i = 0; i < dims; i++) {
          long out = (in[i] + strides[i] - 1) / strides[i];
          long total = Math.max((out - 1) * strides[i] + (kernel[i] - 1) * dil[i] + 1 - in[i], 0);
          long small = total / 2;
          pads[i] =
              auto.equals("SAME_UPPER")
                  ? new long[] {small, total - small}
                  : new long[] {total - small, small};
        }
        break;
      default:
        throw c.error("auto_pad must be NOTSET, SAME_UPPER, SAME_LOWER or VALID; got '%s'", auto);
    }
    return new Window(kernel, strides, dil, pads);
  }

  private static long[] ones(int n) {
    long[] r = new long[n];
    Arrays.fill(r, 1);
    return r;
  }

  private static long[] spatialDims(Array x) {
    return Arrays.copyOfRange(x.shape().dims(), 2, x.rank());
  }

  static List<Array> conv(NodeContext c) {
    Array x = c.in(0);
    Array w = c.in(1);
    if (x.rank() < 3 || w.rank() != x.rank()) {
      throw c.error(
          "X must be [N, C, *spatial] and W [M, C/group, *kernel] of the same rank; got %s and %s",
          x.shape(), w.shape());
    }
    long[] kernel = c.ints("kernel_shape", spatialDims(w));
    Window win = window(c, spatialDims(x), kernel);
    Array y =
        Convolution.conv(
            "Conv",
            x,
            w,
            win.strides(),
            win.pads(),
            x.rank() - 2,
            "channel_first",
            "channel_first",
            c.i("group", 1),
            null,
            win.dilations(),
            c.opt(2));
    return one(y);
  }

  private static List<Array> convTranspose(NodeContext c) {
    Array x = c.in(0);
    Array w = c.in(1);
    if (x.rank() < 3 || w.rank() != x.rank()) {
      throw c.error(
          "X must be [N, C, *spatial] and W [C, M/group, *kernel] of the same rank; got %s and %s",
          x.shape(), w.shape());
    }
    int dims = x.rank() - 2;
    long[] in = spatialDims(x);
    long[] kernel = c.ints("kernel_shape", spatialDims(w));
    long[] strides = c.ints("strides", ones(dims));
    long[] dil = c.ints("dilations", ones(dims));
    long[] outPad = c.ints("output_padding", new long[dims]);
    long[] outShape = c.ints("output_shape", null);
    String auto = c.s("auto_pad", "NOTSET");
    long[][] pads = new long[dims][2];
    if (outShape != null || auto.startsWith("SAME")) {
      for (int i = 0; i < dims; i++) {
        long full = strides[i] * (in[i] - 1) + outPad[i] + (kernel[i] - 1) * dil[i] + 1;
        long out = outShape != null ? outShape[outShape.length - dims + i] : in[i] * strides[i];
        long total = Math.max(full - out, 0);
        // an output_shape beyond the full result appends positions, as output_padding does
        outPad[i] += Math.max(out - full, 0);
        long small = total / 2;
        pads[i] =
            auto.equals("SAME_LOWER")
                ? new long[] {total - small, small}
                : new long[] {small, total - small};
      }
    } else if (auto.equals("NOTSET")) {
      long[] p = c.ints("pads", new long[2 * dims]);
      for (int i = 0; i < dims; i++) {
        pads[i] = new long[] {p[i], p[i + dims]};
      }
    } else if (!auto.equals("VALID")) {
      throw c.error("auto_pad must be NOTSET, SAME_UPPER, SAME_LOWER or VALID; got '%s'", auto);
    }
    Array y =
        Convolution.convTranspose(
            "ConvTranspose",
            x,
            w,
            strides,
            pads,
            dims,
            null,
            "channel_first",
            "channel_first",
            c.i("group", 1),
            dil,
            outPad,
            c.opt(2));
    return one(y);
  }

  private static List<Array> maxPool(NodeContext c) {
    Array x = c.in(0);
    if (c.wantsOutput(1)) {
      throw c.unsupported("the Indices output");
    }
    if (c.i("storage_order", 0) != 0) {
      throw c.unsupported("storage_order 1");
    }
    long[] kernel = c.ints("kernel_shape", null);
    if (kernel == null) {
      throw c.error("attribute kernel_shape is required");
    }
    Window win = window(c, spatialDims(x), kernel);
    Array y =
        Pooling.maxPool(
            "MaxPool",
            x,
            kernel,
            win.strides(),
            win.pads(),
            x.rank() - 2,
            "channel_first",
            win.dilations(),
            c.i("ceil_mode", 0) != 0);
    return one(y);
  }

  private static List<Array> avgPool(NodeContext c) {
    Array x = c.in(0);
    long[] kernel = c.ints("kernel_shape", null);
    if (kernel == null) {
      throw c.error("attribute kernel_shape is required");
    }
    Window win = window(c, spatialDims(x), kernel);
    for (long d : win.dilations()) {
      if (d != 1) {
        throw c.unsupported("dilations %s (other than 1)", Arrays.toString(win.dilations()));
      }
    }
    Array y =
        Pooling.avgPool(
            "AveragePool",
            x,
            kernel,
            win.strides(),
            win.pads(),
            x.rank() - 2,
            "channel_first",
            c.i("count_include_pad", 0) != 0,
            c.i("ceil_mode", 0) != 0,
            null);
    return one(y);
  }

  private static List<Array> resize(NodeContext c) {
    Array x = c.in(0);
    String mode = c.s("mode", "nearest");
    if (c.opset() < 11) {
      // Resize-10 is Upsample-9 for any scale: asymmetric coordinates, nearest rounding down
      return one(
          resize(
              c,
              x,
              c.doubles(1),
              null,
              null,
              new Resizing.Spec(mode, "asymmetric", "floor", -0.75, false, 0)));
    }
    String ctm = c.s("coordinate_transformation_mode", "half_pixel");
    String nearest = c.s("nearest_mode", "round_prefer_floor");
    double[] scales = c.opt(2) == null || c.opt(2).size() == 0 ? null : c.doubles(2);
    long[] sizes = c.opt(3) == null || c.opt(3).size() == 0 ? null : c.ints(3);
    double[] roi =
        ctm.equals("tf_crop_and_resize") && c.opt(1) != null && c.opt(1).size() > 0
            ? c.doubles(1)
            : null;
    Resizing.Spec spec =
        new Resizing.Spec(
            mode,
            ctm,
            nearest,
            c.f("cubic_coeff_a", -0.75f),
            c.i("exclude_outside", 0) != 0,
            c.f("extrapolation_value", 0f));
    return one(resize(c, x, scales, sizes, roi, spec));
  }

  /** Upsample (opsets 7-9): nearest or linear with asymmetric coordinates; scales >= 1. */
  private static List<Array> upsample(NodeContext c) {
    Array x = c.in(0);
    double[] scales;
    if (c.opset() >= 9) {
      scales = c.doubles(1);
    } else {
      float[] f = c.floats("scales", null);
      if (f == null) {
        throw c.error("attribute scales is required");
      }
      scales = new double[f.length];
      for (int i = 0; i < f.length; i++) {
        scales[i] = f[i];
      }
    }
    String mode = c.s("mode", "nearest");
    if (mode.equals("bilinear")) {
      mode = "linear";
    }
    if (!mode.equals("nearest") && !mode.equals("linear")) {
      throw c.error("mode must be nearest or linear; got '%s'", mode);
    }
    return one(
        resize(
            c,
            x,
            scales,
            null,
            null,
            new Resizing.Spec(mode, "asymmetric", "floor", -0.75, false, 0)));
  }

  /**
   * Resizes {@code x} by {@code scales} or to {@code sizes} (exactly one given, one value per
   * axis): with the backends' interpolation kernel where it computes the same thing (nearest or
   * linear upsampling of the spatial axes in the modes it implements), else with {@link Resizing}.
   */
  private static Array resize(
      NodeContext c, Array x, double[] scales, long[] sizes, double[] roi, Resizing.Spec s) {
    if ((scales == null) == (sizes == null)) {
      throw c.error("exactly one of scales and sizes must be given");
    }
    int r = x.rank();
    int n = (scales != null ? scales.length : sizes.length);
    if (n != r) {
      throw c.error("scales or sizes must have %d values (one per axis); got %d", r, n);
    }
    long[] out = sizes != null ? sizes : Resizing.sizesOf(x, scales);
    double[] sc = scales != null ? scales : Resizing.scalesOf(x, sizes);
    if (roi != null && roi.length != 2 * r) {
      throw c.error("roi must have %d values (starts, then ends); got %d", 2 * r, roi.length);
    }
    String ivyMode = nativeMode(s);
    boolean native_ = ivyMode != null && r >= 3 && r <= 5 && x.dtype().isFloating();
    for (int i = 0; native_ && i < r; i++) {
      long in = x.shape().dim(i);
      if (i < 2) {
        native_ = out[i] == in && sc[i] == 1.0;
      } else if (s.ctm().equals("align_corners")) {
        // ONNX maps with the unrounded length in * scale; interpolate with the output size
        native_ = in * sc[i] == out[i];
      } else if (s.ctm().equals("pytorch_half_pixel")) {
        native_ = out[i] > 1;
      }
    }
    if (!native_) {
      return Resizing.resize(c, x, out, sc, roi, s);
    }
    long[] size = null;
    double[] factor = null;
    if (sizes != null) {
      size = Arrays.copyOfRange(sizes, 2, r);
    } else {
      factor = Arrays.copyOfRange(scales, 2, r);
    }
    boolean alignCorners = s.ctm().equals("align_corners");
    Array y = Interpolation.interpolate(x, size, ivyMode, factor, false, alignCorners, false);
    return same(y, x);
  }

  /** Returns the interpolate mode that computes {@code s}, or null when none does. */
  private static String nativeMode(Resizing.Spec s) {
    String ctm = s.ctm();
    if (s.mode().equals("nearest")) {
      if (ctm.equals("asymmetric") && s.nearestMode().equals("floor")) {
        return "nearest";
      }
      if ((ctm.equals("half_pixel") || ctm.equals("pytorch_half_pixel"))
          && s.nearestMode().equals("round_prefer_ceil")) {
        return "nearest-exact";
      }
      return null;
    }
    if (s.mode().equals("linear")
        && (ctm.equals("align_corners")
            || ctm.equals("half_pixel")
            || ctm.equals("pytorch_half_pixel"))) {
      return "linear";
    }
    return null;
  }

  static List<Array> list(Array... a) {
    return new ArrayList<>(Arrays.asList(a));
  }
}
