package dev.ivy.backend.nd4j;

import static dev.ivy.backend.nd4j.Nd4jBackend.put;

import dev.ivy.DType;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.transforms.floating.RSqrt;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Swish;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Native kernels of the coarse operations ({@link Prim#COARSE}) that libnd4j has an op for, in
 * float32 and float64 (other dtypes run the decompositions):
 *
 * <ul>
 *   <li>{@link Prim#CONV}: {@code conv2d} (1-d as 2-d with a unit height) and {@code conv3dnew}
 *       with PyTorch's [O, C, *k] filters (weight format 1); groups == channels (depthwise, 1-d and
 *       2-d) through {@code depthwise_conv2d}; asymmetric padding is applied to the input first.
 *       Declines other group counts.
 *   <li>{@link Prim#CONV_TRANSPOSE}: {@code deconv2d} (1-d as 2-d) and {@code deconv3d} with
 *       PyTorch's [C, O, *k] filters, one group; asymmetric padding and PyTorch's {@code
 *       output_padding} crop (or extend) a result computed with less padding. Declines groups.
 *   <li>{@link Prim#MAX_POOL}, {@link Prim#AVG_POOL}: {@code maxpool2d}/{@code avgpool2d} (1-d as
 *       2-d) and {@code maxpool3dnew}/{@code avgpool3dnew}. libnd4j pools with symmetric implicit
 *       padding and floor rounding; other paddings and ceil mode pad the input explicitly (-inf for
 *       max, zeros for average) and average divides by the pooled count of a mask of the counted
 *       positions (PyTorch's {@code count_include_pad} rule). Max pooling declines inputs holding
 *       NaN or infinities, which libnd4j's max (initialised to the lowest finite value, comparing
 *       with {@code >}) would drop or clip.
 *   <li>{@link Prim#SOFTMAX}, {@link Prim#LOG_SOFTMAX}: {@code softmax}, {@code log_softmax} along
 *       the axis.
 *   <li>{@link Prim#BATCH_NORM}: {@code batchnorm} over axis 1 with epsilon.
 *   <li>{@link Prim#LAYER_NORM}, {@link Prim#GROUP_NORM}: x as rows (the normalized trailing axes;
 *       one row per sample and group), {@code moments} for each row's mean and biased variance and
 *       {@code batchnorm} along the rows for (x - mean) / sqrt(var + eps), then broadcast weight
 *       and bias. (libnd4j's own {@code layer_norm} divides by the standard deviation without
 *       epsilon and takes a per-channel gain only, so it is not used.)
 *   <li>{@link Prim#SILU}: the {@code swish} transform; {@link Prim#RELU}: the {@code relu} scalar
 *       transform at 0; {@link Prim#CLAMP}: {@code clipbyvalue} (infinite bounds clip nothing; lo
 *       >= hi, which it refuses, is declined). Both keep NaN, as PyTorch's (their comparisons are
 *       false for NaN), and spare the decompositions' {@code select}, which libnd4j runs element by
 *       element (most of mobilenet_v2's time before).
 *   <li>{@link Prim#LINEAR}: {@code matmul} with the filters transposed by the op, plus a
 *       row-vector broadcast add of the bias.
 *   <li>{@link Prim#LSTM}: {@code lstmLayer} (time-major, PyTorch's gate order i, f, g, o, the two
 *       biases summed, the weights transposed to libnd4j's [in, 4H]; bidirectional as concat).
 *   <li>{@link Prim#EMBEDDING}: {@code gather} along axis 0 (the take kernel's).
 * </ul>
 *
 * <p>Not native: {@link Prim#GELU} (libnd4j's {@code gelu} is the sigmoid approximation and its
 * {@code precise_gelu} computes {@code (0.044715 x)^3}, neither PyTorch's), {@link Prim#LAYER_NORM}
 * (libnd4j's {@code layer_norm} divides by the standard deviation without epsilon and takes a
 * per-channel gain only), {@link Prim#GROUP_NORM} (no op), {@link Prim#GRU} (libnd4j's {@code gru}
 * applies the reset gate before the recurrent product, not after as PyTorch), {@link
 * Prim#SCALED_DOT_PRODUCT_ATTENTION} (libnd4j's {@code dot_product_attention} takes [batch,
 * features, count] layouts, only a per-key mask, which it adds as a large negative number rather
 * than -inf, and a 1 / sqrt(E) scale or none), {@link Prim#RESIZE} ({@code resize_bilinear} and
 * {@code resize_nearest_neighbor} are NHWC and 2-d only and compute the coordinate scale as input /
 * output, never from a scale factor; not verified against PyTorch's rules here, so the
 * decomposition runs). Every kernel declines inputs with no elements.
 */
final class Nd4jCoarseKernels {
  private static final Set<DType> FLOATS = EnumSet.of(DType.FLOAT32, DType.FLOAT64);

  /** libnd4j's weight format of PyTorch's layouts ([O, C, *k]; [C, O, *k] for deconvolution). */
  private static final long W_OIK = 1;

  /** libnd4j's NCHW / NCDHW data format flag. */
  private static final long NCHW = 0;

  /** libnd4j's activation codes for lstmLayer. */
  private static final long ACT_TANH = 0;

  private static final long ACT_SIGMOID = 2;

  private Nd4jCoarseKernels() {}

  static void register(KernelTable.Builder b) {
    put(b, Prim.CONV, FLOATS, Nd4jCoarseKernels::conv);
    put(b, Prim.CONV_TRANSPOSE, FLOATS, Nd4jCoarseKernels::convTranspose);
    put(b, Prim.MAX_POOL, FLOATS, (p, in, av, out) -> pool(true, p, in, av, out));
    put(b, Prim.AVG_POOL, FLOATS, (p, in, av, out) -> pool(false, p, in, av, out));
    put(b, Prim.SOFTMAX, FLOATS, softmax("softmax"));
    put(b, Prim.LOG_SOFTMAX, FLOATS, softmax("log_softmax"));
    put(b, Prim.BATCH_NORM, FLOATS, Nd4jCoarseKernels::batchNorm);
    put(b, Prim.LAYER_NORM, FLOATS, (p, in, av, out) -> rowNorm(true, p, in, av, out));
    put(b, Prim.GROUP_NORM, FLOATS, (p, in, av, out) -> rowNorm(false, p, in, av, out));
    put(b, Prim.SILU, FLOATS, Nd4jCoarseKernels::silu);
    put(b, Prim.RELU, FLOATS, Nd4jCoarseKernels::relu);
    put(b, Prim.CLAMP, FLOATS, Nd4jCoarseKernels::clamp);
    put(b, Prim.LINEAR, FLOATS, Nd4jCoarseKernels::linear);
    b.put(Prim.LSTM, FLOATS, Kernel.multi(Nd4jCoarseKernels::lstm));
    put(
        b,
        Prim.EMBEDDING,
        FLOATS,
        (p, in, av, out) ->
            anyEmpty(av) ? null : Nd4jMovementKernels.take(new Params.Axis(0), in, av, out));
  }

  private static boolean anyEmpty(Aval[] av) {
    for (Aval a : av) {
      if (a.shape().size() == 0) {
        return true;
      }
    }
    return false;
  }

  private static long[] spatial(long[] dims) {
    return Arrays.copyOfRange(dims, 2, dims.length);
  }

  /** Prepends a unit dimension (k = 1, stride 1, no padding) to 1-d window options. */
  private static long[] lift(long[] v, long unit) {
    if (v.length != 1) {
      return v;
    }
    return new long[] {unit, v[0]};
  }

  /** Returns {@code a} [N, C, W] viewed as [N, C, 1, W]; other ranks as they are. */
  private static INDArray lift(INDArray a) {
    if (a.rank() != 3) {
      return a;
    }
    long[] d = a.shape();
    return a.reshape('c', d[0], d[1], 1, d[2]);
  }

  private static long[] concat(long[]... parts) {
    int n = 0;
    for (long[] p : parts) {
      n += p.length;
    }
    long[] r = new long[n];
    int i = 0;
    for (long[] p : parts) {
      System.arraycopy(p, 0, r, i, p.length);
      i += p.length;
    }
    return r;
  }

  /**
   * Returns a fresh copy of channel-first {@code x} padded by {@code lo}/{@code hi} (>= 0) on its
   * spatial dimensions with {@code value}.
   */
  private static INDArray pad(INDArray x, long[] lo, long[] hi, double value) {
    long[] d = x.shape().clone();
    INDArrayIndex[] idx = new INDArrayIndex[d.length];
    idx[0] = NDArrayIndex.all();
    idx[1] = NDArrayIndex.all();
    for (int i = 0; i < lo.length; i++) {
      idx[2 + i] = NDArrayIndex.interval(lo[i], lo[i] + d[2 + i]);
      d[2 + i] += lo[i] + hi[i];
    }
    INDArray r = Nd4jConversions.alloc(x.dataType(), d);
    r.assign(value);
    r.get(idx).assign(x);
    return r;
  }

  // ---- convolution ----

  private static Object conv(Params p, Object[] in, Aval[] av, Aval out) {
    Params.Conv c = (Params.Conv) p;
    if (anyEmpty(av)) {
      return null;
    }
    int dims = c.dims();
    long[] xd = av[0].shape().dims();
    long[] wd = av[1].shape().dims();
    long g = c.groups();
    boolean depthwise = g > 1 && g == xd[1];
    if ((g != 1 && !depthwise) || (depthwise && dims == 3)) {
      return null;
    }
    INDArray x = (INDArray) in[0];
    INDArray w = (INDArray) in[1];
    INDArray bias = in.length > 2 ? (INDArray) in[2] : null;
    long[] lo = c.padLo();
    INDArray padded = null;
    INDArray wt = null;
    if (!c.symmetric()) {
      padded = pad(x, lo, c.padHi(), 0);
      x = padded;
      lo = new long[dims];
    }
    INDArray r = Nd4jConversions.alloc(out);
    try {
      long[] k = lift(spatial(wd), 1);
      long[] s = lift(c.strides(), 1);
      long[] pd = lift(lo, 0);
      long[] dl = lift(c.dilations(), 1);
      long[] iargs = concat(k, s, pd, dl, new long[] {0, NCHW, W_OIK});
      INDArray xv = lift(x);
      INDArray wv = lift(w);
      String op = dims == 3 ? "conv3dnew" : "conv2d";
      if (depthwise) {
        op = "depthwise_conv2d";
        // PyTorch's [C * m, 1, *k] (output channel c * m + j) is libnd4j's [m, C, *k]
        long m = wd[0] / xd[1];
        long[] kk = spatial(wv.shape());
        if (m == 1) {
          wv = wv.reshape('c', concat(new long[] {1, xd[1]}, kk));
        } else {
          wt = wv.reshape('c', concat(new long[] {xd[1], m}, kk)).permute(1, 0, 2, 3).dup('c');
          wv = wt;
        }
      }
      INDArray[] inputs = bias == null ? new INDArray[] {xv, wv} : new INDArray[] {xv, wv, bias};
      Nd4jOps.exec(op, inputs, new INDArray[] {lift(r)}, iargs);
      return r;
    } catch (RuntimeException e) {
      Nd4jOps.close(r);
      throw e;
    } finally {
      Nd4jOps.close(padded, wt);
    }
  }

  /**
   * libnd4j's deconvolution takes one symmetric padding: the result is computed with {@code p =
   * min(padLo, max(padHi, 0))} per dimension and cropped (or extended with bias-only positions, for
   * a negative padHi) to the output when the padding is not symmetric.
   */
  private static Object convTranspose(Params p, Object[] in, Aval[] av, Aval out) {
    Params.Conv c = (Params.Conv) p;
    if (anyEmpty(av) || c.groups() != 1) {
      return null;
    }
    int dims = c.dims();
    INDArray x = (INDArray) in[0];
    INDArray w = (INDArray) in[1];
    INDArray bias = in.length > 2 ? (INDArray) in[2] : null;
    long[] lo = c.padLo();
    long[] hi = c.padHi();
    long[] k = spatial(av[1].shape().dims());
    long[] n = spatial(av[0].shape().dims());
    long[] od = out.shape().dims();
    long[] st = c.strides();
    long[] dl = c.dilations();
    boolean direct = c.symmetric();
    long[] pd = direct ? lo : new long[dims];
    long[] tmpDims = od.clone();
    if (!direct) {
      for (int i = 0; i < dims; i++) {
        pd[i] = Math.min(lo[i], Math.max(hi[i], 0));
        long full = (n[i] - 1) * st[i] + dl[i] * (k[i] - 1) + 1;
        tmpDims[2 + i] = full - 2 * pd[i];
      }
    }
    long[] iargs =
        concat(lift(k, 1), lift(st, 1), lift(pd, 0), lift(dl, 1), new long[] {0, NCHW, W_OIK});
    String op = dims == 3 ? "deconv3d" : "deconv2d";
    INDArray r = Nd4jConversions.alloc(out);
    INDArray tmp = null;
    try {
      if (direct) {
        INDArray[] inputs =
            bias == null
                ? new INDArray[] {lift(x), lift(w)}
                : new INDArray[] {lift(x), lift(w), bias};
        Nd4jOps.exec(op, inputs, new INDArray[] {lift(r)}, iargs);
        return r;
      }
      tmp = Nd4jConversions.alloc(out.dtype(), tmpDims);
      Nd4jOps.exec(op, new INDArray[] {lift(x), lift(w)}, new INDArray[] {lift(tmp)}, iargs);
      INDArrayIndex[] src = new INDArrayIndex[od.length];
      INDArrayIndex[] dst = new INDArrayIndex[od.length];
      src[0] = dst[0] = NDArrayIndex.all();
      src[1] = dst[1] = NDArrayIndex.all();
      boolean extended = false;
      for (int i = 0; i < dims; i++) {
        long from = lo[i] - pd[i];
        long len = Math.min(od[2 + i], tmpDims[2 + i] - from);
        extended |= len < od[2 + i];
        src[2 + i] = NDArrayIndex.interval(from, from + len);
        dst[2 + i] = NDArrayIndex.interval(0, len);
      }
      if (extended) {
        r.assign(0);
      }
      r.get(dst).assign(tmp.get(src));
      if (bias != null) {
        Nd4j.getExecutioner().exec(new BroadcastAddOp(r, bias, r, 1));
      }
      return r;
    } catch (RuntimeException e) {
      Nd4jOps.close(r);
      throw e;
    } finally {
      Nd4jOps.close(tmp);
    }
  }

  // ---- pooling ----

  private static Object pool(boolean max, Params p, Object[] in, Aval[] av, Aval out) {
    Params.Pool q = (Params.Pool) p;
    if (anyEmpty(av)) {
      return null;
    }
    INDArray x = (INDArray) in[0];
    if (max && !finite(x)) {
      return null;
    }
    int dims = q.dims();
    long[] k = q.kernel();
    long[] s = q.strides();
    long[] d = q.dilations();
    long[] lo = q.padLo();
    long[] hi = q.padHi();
    long[] n = spatial(av[0].shape().dims());
    long[] o = spatial(out.shape().dims());
    boolean direct = true;
    long[] hiP = new long[dims];
    long kProd = 1;
    for (int i = 0; i < dims; i++) {
      long kEff = d[i] * (k[i] - 1) + 1;
      long floorOut = Math.floorDiv(n[i] + 2 * lo[i] - kEff, s[i]) + 1;
      direct &= lo[i] == hi[i] && floorOut == o[i];
      hiP[i] = Math.max(0, (o[i] - 1) * s[i] + kEff - lo[i] - n[i]);
      kProd *= k[i];
    }
    String op = (max ? "maxpool" : "avgpool") + (dims == 3 ? "3dnew" : "2d");
    boolean include = !max && (q.countIncludePad() || q.divisor() != 0);
    INDArray r = Nd4jConversions.alloc(out);
    INDArray padded = null;
    INDArray mask = null;
    INDArray counts = null;
    try {
      if (direct) {
        poolOp(op, x, r, k, s, lo, d, include);
      } else {
        padded = pad(x, lo, hiP, max ? Double.NEGATIVE_INFINITY : 0);
        poolOp(op, padded, r, k, s, new long[dims], d, true);
        if (!max && q.divisor() == 0) {
          // divide by the pooled count of the positions PyTorch counts (kProd cancels)
          long[] md = padded.shape().clone();
          md[0] = 1;
          md[1] = 1;
          long[] cd = out.shape().dims().clone();
          cd[0] = 1;
          cd[1] = 1;
          mask = Nd4j.zeros(padded.dataType(), md);
          INDArrayIndex[] idx = new INDArrayIndex[md.length];
          idx[0] = NDArrayIndex.all();
          idx[1] = NDArrayIndex.all();
          for (int i = 0; i < dims; i++) {
            idx[2 + i] =
                q.countIncludePad()
                    ? NDArrayIndex.interval(0, Math.min(md[2 + i], n[i] + lo[i] + hi[i]))
                    : NDArrayIndex.interval(lo[i], lo[i] + n[i]);
          }
          mask.get(idx).assign(1);
          counts = Nd4jConversions.alloc(padded.dataType(), cd);
          poolOp(op, mask, counts, k, s, new long[dims], d, true);
          Nd4jOps.custom("divide", new INDArray[] {r, counts}, r);
          return r;
        }
      }
      if (!max && q.divisor() != 0 && q.divisor() != kProd) {
        // the include-padding mode divided by kProd
        r.muli((double) kProd / q.divisor());
      }
      return r;
    } catch (RuntimeException e) {
      Nd4jOps.close(r);
      throw e;
    } finally {
      Nd4jOps.close(padded, mask, counts);
    }
  }

  /**
   * Returns whether {@code x} (dense) holds no NaN or infinity, from BLAS asum (NaN and infinities
   * propagate through the sum of magnitudes; ≈ 30 µs for 262k floats where a reduction took 600
   * µs); a sum overflowing to infinity only makes the caller decline.
   */
  private static boolean finite(INDArray x) {
    return Double.isFinite(
        Nd4j.getBlasWrapper().level1().asum(x.reshape('c', new long[] {x.length()})));
  }

  /** Runs libnd4j's 2-d (also for 1-d) or 3-d pooling op with symmetric padding {@code pad}. */
  private static void poolOp(
      String op,
      INDArray x,
      INDArray out,
      long[] k,
      long[] s,
      long[] pad,
      long[] d,
      boolean include) {
    long[] iargs =
        concat(
            lift(k, 1), lift(s, 1), lift(pad, 0), lift(d, 1), new long[] {0, include ? 1 : 0, 0});
    Nd4jOps.exec(op, new INDArray[] {lift(x)}, new INDArray[] {lift(out)}, iargs);
  }

  // ---- the rest ----

  private static Kernel softmax(String op) {
    return (p, in, av, out) -> {
      if (anyEmpty(av)) {
        return null;
      }
      return Nd4jOps.custom(
          op,
          new INDArray[] {(INDArray) in[0]},
          Nd4jConversions.alloc(out),
          ((Params.Axis) p).axis());
    };
  }

  private static Object batchNorm(Params p, Object[] in, Aval[] av, Aval out) {
    Params.Norm q = (Params.Norm) p;
    if (anyEmpty(av)) {
      return null;
    }
    INDArray[] inputs = new INDArray[in.length];
    for (int i = 0; i < in.length; i++) {
      inputs[i] = (INDArray) in[i];
    }
    INDArray r = Nd4jConversions.alloc(out);
    try {
      Nd4jOps.exec(
          "batchnorm",
          inputs,
          new INDArray[] {r},
          new long[] {q.weight() ? 1 : 0, q.bias() ? 1 : 0, 1},
          new double[] {q.eps()});
      return r;
    } catch (RuntimeException e) {
      Nd4jOps.close(r);
      throw e;
    }
  }

  /**
   * Layer and group norm: x viewed as rows [M, K] (layer norm: the normalized trailing axes; group
   * norm: one row per sample and group); {@code reduce_mean} and {@code reduce_variance} (biased)
   * give each row's statistics, 1 / sqrt(var + eps) is taken on those [M, 1] arrays, and broadcast
   * {@code subtract} and {@code multiply} normalize; then the weight and bias (per element of the
   * trailing axes, or per channel) are broadcast. (libnd4j's {@code batchnorm} along the rows was 3
   * times slower, its {@code layer_norm} has no epsilon.)
   */
  private static Object rowNorm(boolean layer, Params p, Object[] in, Aval[] av, Aval out) {
    Params.Norm q = (Params.Norm) p;
    if (anyEmpty(av)) {
      return null;
    }
    long[] d = av[0].shape().dims();
    long rows;
    if (layer) {
      rows = 1;
      for (int i = 0; i < q.axis(); i++) {
        rows *= d[i];
      }
    } else {
      rows = d[0] * q.groups();
    }
    long cols = av[0].shape().size() / rows;
    INDArray x2 = ((INDArray) in[0]).reshape('c', rows, cols);
    INDArray r = Nd4jConversions.alloc(out);
    INDArray mean = Nd4jConversions.alloc(x2.dataType(), rows, 1);
    INDArray rstd = Nd4jConversions.alloc(x2.dataType(), rows, 1);
    try {
      INDArray r2 = r.reshape('c', rows, cols);
      Nd4jOps.exec(
          "reduce_mean",
          new INDArray[] {x2},
          new INDArray[] {mean},
          new long[] {1},
          new double[0],
          new boolean[] {true});
      Nd4jOps.exec(
          "reduce_variance",
          new INDArray[] {x2},
          new INDArray[] {rstd},
          new long[] {1},
          new double[0],
          new boolean[] {true, false});
      rstd.addi(q.eps());
      Nd4j.getExecutioner().exec(new RSqrt(rstd, rstd));
      Nd4jOps.custom("subtract", new INDArray[] {x2, mean}, r2);
      Nd4jOps.custom("multiply", new INDArray[] {r2, rstd}, r2);
      int k = 1;
      INDArray weight = q.weight() ? (INDArray) in[k++] : null;
      INDArray bias = q.bias() ? (INDArray) in[k] : null;
      // layer norm: per element of the trailing axes, a row of the [M, K] view; group norm: per
      // channel, [C] shaped [C, 1, ...] against x
      INDArray target = layer ? r2 : r;
      long[] shape = new long[layer ? 1 : d.length - 1];
      java.util.Arrays.fill(shape, 1);
      shape[0] = layer ? cols : d[1];
      if (weight != null) {
        Nd4jOps.custom("multiply", new INDArray[] {target, weight.reshape('c', shape)}, target);
      }
      if (bias != null) {
        Nd4jOps.custom("add", new INDArray[] {target, bias.reshape('c', shape)}, target);
      }
      return r;
    } catch (RuntimeException e) {
      Nd4jOps.close(r);
      throw e;
    } finally {
      Nd4jOps.close(mean, rstd);
    }
  }

  private static Object silu(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray r = Nd4jConversions.alloc(out);
    Nd4j.getExecutioner().exec(new Swish((INDArray) in[0], r));
    return r;
  }

  private static Object relu(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray r = Nd4jConversions.alloc(out);
    Nd4j.getExecutioner().exec(new RectifiedLinear((INDArray) in[0], r, 0.0));
    return r;
  }

  private static Object clamp(Params p, Object[] in, Aval[] av, Aval out) {
    Params.Bounds b = (Params.Bounds) p;
    if (!(b.lo() < b.hi())) {
      // clipbyvalue refuses lo >= hi; torch.clamp gives hi there (the decomposition does)
      return null;
    }
    INDArray r = Nd4jConversions.alloc(out);
    Nd4jOps.exec(
        "clipbyvalue",
        new INDArray[] {(INDArray) in[0]},
        new INDArray[] {r},
        new long[0],
        new double[] {b.lo(), b.hi()});
    return r;
  }

  private static Object linear(Params p, Object[] in, Aval[] av, Aval out) {
    if (anyEmpty(av)) {
      return null;
    }
    INDArray x = (INDArray) in[0];
    INDArray w = (INDArray) in[1];
    long features = av[1].shape().dim(1);
    long units = av[1].shape().dim(0);
    long rows = av[0].shape().size() / features;
    INDArray r = Nd4jConversions.alloc(out);
    try {
      INDArray r2 = r.reshape('c', rows, units);
      Nd4jOps.custom("matmul", new INDArray[] {x.reshape('c', rows, features), w}, r2, 0, 1, 0);
      if (in.length > 2) {
        Nd4jOps.custom("add", new INDArray[] {r2, (INDArray) in[2]}, r2);
      }
      return r;
    } catch (RuntimeException e) {
      Nd4jOps.close(r);
      throw e;
    }
  }

  /**
   * One lstmLayer call: x [T, N, I], libnd4j's weights [D, I, 4H] and [D, H, 4H] (PyTorch's
   * transposed), one bias [D, 4H] (the sum of PyTorch's two), gates sigmoid and tanh; y [T, N, D *
   * H] (directionMode 3 concatenates the directions), hN and cN [D, N, H].
   */
  private static Object[] lstm(Params p, Object[] in, Aval[] av, Aval[] outs) {
    if (anyEmpty(av)) {
      return null;
    }
    long dirs = av[1].shape().dim(0);
    long n = av[1].shape().dim(1);
    long h = av[1].shape().dim(2);
    long feat = av[0].shape().dim(2);
    INDArray wx = ((INDArray) in[3]).permute(0, 2, 1).dup('c');
    INDArray wr = ((INDArray) in[4]).permute(0, 2, 1).dup('c');
    INDArray b =
        Nd4jOps.binary(
            "add", (INDArray) in[5], (INDArray) in[6], wx.dataType(), new long[] {dirs, 4 * h});
    INDArray y = Nd4jConversions.alloc(outs[0]);
    INDArray hn = Nd4jConversions.alloc(outs[1]);
    INDArray cn = Nd4jConversions.alloc(outs[2]);
    try {
      INDArray h0 = (INDArray) in[1];
      INDArray c0 = (INDArray) in[2];
      INDArray hv = hn;
      INDArray cv = cn;
      INDArray wxv = wx;
      INDArray wrv = wr;
      INDArray bv = b;
      if (dirs == 1) {
        h0 = h0.reshape('c', n, h);
        c0 = c0.reshape('c', n, h);
        hv = hn.reshape('c', n, h);
        cv = cn.reshape('c', n, h);
        wxv = wx.reshape('c', feat, 4 * h);
        wrv = wr.reshape('c', h, 4 * h);
        bv = b.reshape('c', new long[] {4 * h});
      }
      Nd4jOps.exec(
          "lstmLayer",
          new INDArray[] {(INDArray) in[0], wxv, wrv, bv, h0, c0},
          new INDArray[] {y, hv, cv},
          new long[] {0, dirs == 1 ? 0 : 3, ACT_SIGMOID, ACT_TANH, ACT_TANH},
          new double[] {0},
          new boolean[] {true, false, true, true, false, true, true, true});
      return new Object[] {y, hn, cn};
    } catch (RuntimeException e) {
      Nd4jOps.close(y, hn, cn);
      throw e;
    } finally {
      Nd4jOps.close(wx, wr, b);
    }
  }
}
