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
        "inference form (training_mode 0)",
        c -> {
          if (c.i("training_mode", 0) != 0) {
            throw c.error("training_mode 1 is not supported; export the model for inference");
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
        "Y output only (no Mean / InvStdDev)",
        c -> {
          Array x = c.in(0);
          int axis = (int) c.i("axis", -1);
          int a = axis < 0 ? axis + x.rank() : axis;
          int[] axes = new int[x.rank() - a];
          for (int i = 0; i < axes.length; i++) {
            axes[i] = a + i;
          }
          double eps = c.f("epsilon", 1e-5f);
          if (a >= 0 && a < x.rank() && trailing(x, a, c.in(1)) && trailing(x, a, c.opt(2))) {
            return one(Coarse.layerNorm(x, a, c.in(1), c.opt(2), eps));
          }
          Array y = normalize(x, axes, eps);
          y = Ivy.multiply(y, c.in(1));
          if (c.opt(2) != null) {
            y = Ivy.add(y, c.opt(2));
          }
          return one(same(y, x));
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
        "inference: identity (training_mode must be false)",
        c -> {
          Array x = c.in(0);
          if (c.opt(2) != null && c.opt(2).toBooleanArray()[0]) {
            throw c.error("training_mode true is not supported (dropout is random)");
          }
          List<Array> out = one(x);
          out.add(Ivy.fullLike(x, true, DType.BOOL));
          return out;
        });
    r.add("Resize", "modes nearest and linear; see the notes below", NnOps::resize);
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

  private static List<Array> conv(NodeContext c) {
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
      throw c.error("the Indices output is not supported");
    }
    if (c.i("storage_order", 0) != 0) {
      throw c.error("storage_order 1 is not supported");
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
        throw c.error(
            "dilations other than 1 are not supported; got %s", Arrays.toString(win.dilations()));
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
    String ctm = c.s("coordinate_transformation_mode", "half_pixel");
    String nearest = c.s("nearest_mode", "round_prefer_floor");
    double[] scales = c.opt(2) == null || c.opt(2).size() == 0 ? null : c.doubles(2);
    long[] sizes = c.opt(3) == null || c.opt(3).size() == 0 ? null : c.ints(3);
    if ((scales == null) == (sizes == null)) {
      throw c.error("exactly one of scales and sizes must be given");
    }
    int r = x.rank();
    int n = (scales != null ? scales.length : sizes.length);
    if (n != r) {
      throw c.error("scales or sizes must have %d values (one per axis); got %d", r, n);
    }
    for (int i = 0; i < 2; i++) {
      boolean keep = scales != null ? scales[i] == 1.0 : sizes[i] == x.shape().dim(i);
      if (!keep) {
        throw c.error("resizing the batch or channel axis is not supported");
      }
    }
    String ivyMode;
    boolean alignCorners = false;
    if (mode.equals("nearest")) {
      if (ctm.equals("asymmetric") && nearest.equals("floor")) {
        ivyMode = "nearest";
      } else if ((ctm.equals("half_pixel") || ctm.equals("pytorch_half_pixel"))
          && nearest.equals("round_prefer_ceil")) {
        ivyMode = "nearest-exact";
      } else {
        throw c.error(
            "mode nearest supports (coordinate_transformation_mode, nearest_mode) = (asymmetric,"
                + " floor) or (half_pixel, round_prefer_ceil); got (%s, %s)",
            ctm, nearest);
      }
    } else if (mode.equals("linear")) {
      ivyMode = "linear";
      if (ctm.equals("align_corners")) {
        alignCorners = true;
      } else if (!ctm.equals("half_pixel") && !ctm.equals("pytorch_half_pixel")) {
        throw c.error(
            "mode linear supports coordinate_transformation_mode half_pixel, pytorch_half_pixel"
                + " or align_corners; got %s",
            ctm);
      }
    } else {
      throw c.error("mode must be nearest or linear; got '%s' (cubic is not supported)", mode);
    }
    long[] size = null;
    double[] factor = null;
    if (sizes != null) {
      size = Arrays.copyOfRange(sizes, 2, r);
    } else {
      factor = Arrays.copyOfRange(scales, 2, r);
    }
    Array y = Interpolation.interpolate(x, size, ivyMode, factor, false, alignCorners, false);
    return one(same(y, x));
  }

  static List<Array> list(Array... a) {
    return new ArrayList<>(Arrays.asList(a));
  }
}
