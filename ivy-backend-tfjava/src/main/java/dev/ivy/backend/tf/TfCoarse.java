package dev.ivy.backend.tf;

import dev.ivy.DType;
import dev.ivy.internal.HostData;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coarse operations ({@link Prim#COARSE}) TensorFlow has its own ops for, as rules over a
 * {@link TfGraphBuilder}: they run eagerly as kernels ({@link TfEagerBuilder}) and are added to
 * compiled and exported graphs ({@link TfGraphRules}), so both compute the same.
 *
 * <ul>
 *   <li>{@code CONV}: {@code Conv2D} (grouped included; 1-d as 2-d over a unit axis) with explicit
 *       padding, {@code DepthwiseConv2dNative} when every channel is its own group, without
 *       dilation and with equal strides, {@code Conv3D} after a {@code Pad} (grouped: one per group
 *       between a {@code Split} and a {@code ConcatV2}); inputs and filters are transposed to
 *       TensorFlow's channels-last layouts ({@code NHWC}, {@code HWIO}) and back, the bias added by
 *       {@code BiasAdd};
 *   <li>{@code CONV_TRANSPOSE}: {@code Conv2DBackpropInput} / {@code Conv3DBackpropInputV2} of the
 *       full result, cropped by {@code padLo}/{@code padHi} (a negative {@code padHi}, PyTorch's
 *       output padding, pads zeros); groups one op each as above;
 *   <li>{@code MAX_POOL} / {@code AVG_POOL}: {@code MaxPool}, {@code AvgPool}, {@code MaxPool3D},
 *       {@code AvgPool3D} over an input padded (by {@code PadV2} with the dtype's lowest value, or
 *       zeros) to exactly the windows PyTorch takes, ceil mode included; max pooling also pools a
 *       NaN mask, since TensorFlow's kernels skip NaNs where PyTorch propagates them; average
 *       pooling rescales each window by its PyTorch divisor (count_include_pad, a fixed divisor);
 *   <li>{@code SOFTMAX} / {@code LOG_SOFTMAX}: {@code Softmax} / {@code LogSoftmax}, on the last
 *       axis (another axis is transposed there and back);
 *   <li>{@code BATCH_NORM}: {@code x * s + t} with {@code s = weight * Rsqrt(var + eps)} and {@code
 *       t = bias - mean * s} per channel;
 *   <li>{@code SILU}: {@code x * Sigmoid(x)};
 *   <li>{@code LINEAR}: {@code MatMul} with {@code transpose_b} and {@code BiasAdd}, over x
 *       flattened to a matrix;
 *   <li>{@code LSTM}: {@code BlockLSTMV2} (gates i, f, g, o as PyTorch's) per direction, the
 *       reverse direction over the time-reversed sequence.
 * </ul>
 *
 * <p>{@link #accepts} names the calls these rules cannot do, for which the kernels decline and the
 * graphs are not built: a dilated 3-d convolution or any dilated transposed convolution (TensorFlow
 * has no CPU kernel), dilated max pooling (no op), 3-d pooling of other dtypes than float32 and
 * bfloat16 and LSTM of other dtypes than float32 (no CPU kernel), and empty inputs. GELU, layer
 * norm and group norm have no TensorFlow op and GRU's ({@code GRUBlockCell}) applies the reset gate
 * before the matrix product, unlike PyTorch: they always run their decompositions.
 */
final class TfCoarse {
  private static final Set<DType> FLOATS = TfDTypes.FLOATS;
  private static final Set<DType> POOL3D = TfDTypes.of(DType.FLOAT32, DType.BFLOAT16);
  private static final Map<Prim, Set<DType>> DTYPES = new EnumMap<>(Prim.class);

  static {
    DTYPES.put(Prim.CONV, FLOATS);
    DTYPES.put(Prim.CONV_TRANSPOSE, FLOATS);
    DTYPES.put(
        Prim.MAX_POOL,
        TfDTypes.union(
            FLOATS, TfDTypes.of(DType.INT8, DType.INT16, DType.INT32, DType.INT64, DType.UINT8)));
    DTYPES.put(Prim.AVG_POOL, FLOATS);
    DTYPES.put(Prim.SOFTMAX, FLOATS);
    DTYPES.put(Prim.LOG_SOFTMAX, FLOATS);
    DTYPES.put(Prim.BATCH_NORM, FLOATS);
    DTYPES.put(Prim.SILU, FLOATS);
    DTYPES.put(Prim.LINEAR, FLOATS);
    DTYPES.put(Prim.LSTM, TfDTypes.of(DType.FLOAT32));
  }

  private TfCoarse() {}

  /** Returns the coarse operations with rules here and the dtypes each takes. */
  static Map<Prim, Set<DType>> dtypes() {
    return DTYPES;
  }

  /**
   * Returns whether the rules here compute {@code prim} with {@code params} over inputs {@code in}
   * (of a dtype in {@link #dtypes}) with TensorFlow's CPU ops.
   */
  static boolean accepts(Prim prim, Params params, Aval[] in) {
    Set<DType> dts = DTYPES.get(prim);
    if (dts == null || !dts.contains(in[0].dtype())) {
      return false;
    }
    for (Aval a : in) {
      if (a.shape().size() == 0) {
        return false;
      }
    }
    DType dt = in[0].dtype();
    switch (prim) {
      case CONV:
        {
          Params.Conv p = (Params.Conv) params;
          return p.dims() <= 2 || allOnes(p.dilations());
        }
      case CONV_TRANSPOSE:
        return allOnes(((Params.Conv) params).dilations());
      case MAX_POOL:
      case AVG_POOL:
        {
          Params.Pool p = (Params.Pool) params;
          return allOnes(p.dilations()) && (p.dims() <= 2 || POOL3D.contains(dt));
        }
      default:
        return true;
    }
  }

  /**
   * Adds the ops of one {@linkplain #accepts accepted} call to {@code g} and returns its outputs.
   *
   * @param in the inputs' shapes and dtypes
   * @param out the outputs' shapes and dtypes
   * @param x the inputs' values
   */
  static <T> List<T> emit(
      TfGraphBuilder<T> g, Prim prim, Params params, Aval[] in, Aval[] out, List<T> x) {
    return switch (prim) {
      case CONV -> List.of(conv(g, (Params.Conv) params, in, out[0], x));
      case CONV_TRANSPOSE -> List.of(convTranspose(g, (Params.Conv) params, in, out[0], x));
      case MAX_POOL, AVG_POOL ->
          List.of(pool(g, prim == Prim.MAX_POOL, (Params.Pool) params, in[0], out[0], x.get(0)));
      case SOFTMAX, LOG_SOFTMAX ->
          List.of(softmax(g, prim == Prim.LOG_SOFTMAX, ((Params.Axis) params).axis(), in[0], x));
      case BATCH_NORM -> List.of(batchNorm(g, (Params.Norm) params, in, x));
      case SILU -> List.of(g.op("Mul", List.of(x.get(0), g.op("Sigmoid", List.of(x.get(0))))));
      case LINEAR -> List.of(linear(g, in, out[0], x));
      case LSTM -> lstm(g, in, x);
      default -> throw new IllegalStateException("TfCoarse: no rule for " + prim);
    };
  }

  // ---- convolutions ----

  /** The operands of a convolution, 1-d ones lifted to 2-d over a leading unit axis. */
  private static final class ConvArgs<T> {
    T x;
    T w;
    long[] xs;
    long[] ws;
    long[] s;
    long[] lo;
    long[] hi;
    long[] d;
    int dims;
    boolean lifted;

    ConvArgs(TfGraphBuilder<T> g, Params.Conv p, Aval[] in, List<T> v) {
      x = v.get(0);
      w = v.get(1);
      xs = in[0].shape().dims();
      ws = in[1].shape().dims();
      s = p.strides();
      lo = p.padLo();
      hi = p.padHi();
      d = p.dilations();
      dims = p.dims();
      if (dims == 1) {
        lifted = true;
        dims = 2;
        xs = new long[] {xs[0], xs[1], 1, xs[2]};
        ws = new long[] {ws[0], ws[1], 1, ws[2]};
        x = reshape(g, x, xs);
        w = reshape(g, w, ws);
        s = new long[] {1, s[0]};
        lo = new long[] {0, lo[0]};
        hi = new long[] {0, hi[0]};
        d = new long[] {1, d[0]};
      }
    }
  }

  private static <T> T conv(TfGraphBuilder<T> g, Params.Conv p, Aval[] in, Aval out, List<T> v) {
    ConvArgs<T> a = new ConvArgs<>(g, p, in, v);
    int r = a.dims + 2;
    long groups = p.groups();
    long c = a.xs[1];
    long o = a.ws[0];
    T xl = transpose(g, a.x, toLast(r));
    T y;
    if (a.dims == 2) {
      long[] pads = {0, 0, a.lo[0], a.hi[0], a.lo[1], a.hi[1], 0, 0};
      if (groups > 1 && groups == c && a.ws[1] == 1 && allOnes(a.d) && a.s[0] == a.s[1]) {
        // depthwise (TensorFlow's CPU kernel takes neither dilation nor unequal strides): filter
        // [kh, kw, C, multiplier], output channel c * m + j
        T wd = transpose(g, reshape(g, a.w, new long[] {c, o / c, a.ws[2], a.ws[3]}), 2, 3, 0, 1);
        y =
            g.op(
                "DepthwiseConv2dNative",
                List.of(xl, wd),
                "strides",
                spatial(a.s, 1),
                "padding",
                "EXPLICIT",
                "explicit_paddings",
                pads);
      } else {
        // TensorFlow's CPU Conv2D groups by the filter's input depth, as PyTorch does
        T wl = transpose(g, a.w, 2, 3, 1, 0);
        y =
            g.op(
                "Conv2D",
                List.of(xl, wl),
                "strides",
                spatial(a.s, 1),
                "padding",
                "EXPLICIT",
                "explicit_paddings",
                pads,
                "dilations",
                spatial(a.d, 1));
      }
    } else {
      xl = pad(g, xl, a.lo, a.hi, false, in[0].dtype());
      T wl = transpose(g, a.w, 2, 3, 4, 1, 0);
      List<T> xg = split(g, xl, r - 1, groups);
      List<T> wg = split(g, wl, r - 1, groups);
      List<T> yg = new ArrayList<>();
      for (int i = 0; i < groups; i++) {
        yg.add(
            g.op(
                "Conv3D",
                List.of(xg.get(i), wg.get(i)),
                "strides",
                spatial(a.s, 1),
                "padding",
                "VALID"));
      }
      y = concat(g, yg, r - 1);
    }
    if (in.length == 3) {
      y = g.op("BiasAdd", List.of(y, v.get(2)));
    }
    y = transpose(g, y, toFirst(r));
    return a.lifted ? reshape(g, y, out.shape().dims()) : y;
  }

  private static <T> T convTranspose(
      TfGraphBuilder<T> g, Params.Conv p, Aval[] in, Aval out, List<T> v) {
    ConvArgs<T> a = new ConvArgs<>(g, p, in, v);
    int r = a.dims + 2;
    long groups = p.groups();
    long og = a.ws[1];
    T xl = transpose(g, a.x, toLast(r));
    // the forward convolution's filter [*k, O / g, C]
    int[] wperm = new int[r];
    for (int i = 0; i < a.dims; i++) {
      wperm[i] = 2 + i;
    }
    wperm[a.dims] = 1;
    wperm[a.dims + 1] = 0;
    T wl = transpose(g, a.w, wperm);
    // the full result, (n - 1) * s + k per dimension, then cut by the padding
    int[] sizes = new int[r];
    long[] full = new long[r];
    full[0] = a.xs[0];
    for (int i = 0; i < a.dims; i++) {
      full[1 + i] = (a.xs[2 + i] - 1) * a.s[i] + a.ws[2 + i];
    }
    full[r - 1] = og;
    for (int i = 0; i < r; i++) {
      sizes[i] = Math.toIntExact(full[i]);
    }
    T sizesT = g.ints(sizes);
    List<T> xg = split(g, xl, r - 1, groups);
    List<T> wg = split(g, wl, r - 1, groups);
    List<T> yg = new ArrayList<>();
    for (int i = 0; i < groups; i++) {
      yg.add(
          g.op(
              a.dims == 2 ? "Conv2DBackpropInput" : "Conv3DBackpropInputV2",
              List.of(sizesT, wg.get(i), xg.get(i)),
              "strides",
              spatial(a.s, 1),
              "padding",
              "VALID"));
    }
    T y = concat(g, yg, r - 1);
    long[] begin = new long[r];
    long[] end = new long[r];
    long[] step = new long[r];
    long[] extraLo = new long[a.dims];
    long[] extraHi = new long[a.dims];
    boolean crop = false;
    boolean extend = false;
    Arrays.fill(step, 1);
    end[0] = full[0];
    end[r - 1] = og * groups;
    for (int i = 0; i < a.dims; i++) {
      begin[1 + i] = a.lo[i];
      end[1 + i] = full[1 + i] - Math.max(a.hi[i], 0);
      extraHi[i] = Math.max(-a.hi[i], 0);
      crop |= a.lo[i] > 0 || a.hi[i] > 0;
      extend |= a.hi[i] < 0;
    }
    if (crop) {
      y = g.op("StridedSlice", List.of(y, g.longs(begin), g.longs(end), g.longs(step)));
    }
    if (extend) {
      y = pad(g, y, extraLo, extraHi, false, in[0].dtype());
    }
    if (in.length == 3) {
      y = g.op("BiasAdd", List.of(y, v.get(2)));
    }
    y = transpose(g, y, toFirst(r));
    return a.lifted ? reshape(g, y, out.shape().dims()) : y;
  }

  // ---- pooling ----

  private static <T> T pool(
      TfGraphBuilder<T> g, boolean max, Params.Pool p, Aval xa, Aval out, T x) {
    DType dt = xa.dtype();
    long[] xs = xa.shape().dims();
    int dims = p.dims();
    long[] k = p.kernel();
    long[] s = p.strides();
    long[] lo = p.padLo();
    long[] hiPad = new long[dims];
    long[] outs = new long[dims];
    double[][] factors = new double[dims][];
    boolean rescale = false;
    for (int i = 0; i < dims; i++) {
      long n = xs[2 + i];
      outs[i] = p.outputSize(i, n);
      // pad to exactly the windows taken: (out - 1) * s + k (VALID ignores a longer rest)
      hiPad[i] = Math.max(0, (outs[i] - 1) * s[i] + k[i] - lo[i] - n);
      if (!max && p.divisor() == 0) {
        factors[i] = new double[(int) outs[i]];
        for (int j = 0; j < outs[i]; j++) {
          long count = windowCount(n, lo[i], p.padHi()[i], k[i], s[i], j, p.countIncludePad());
          factors[i][j] = (double) k[i] / count;
          rescale |= count != k[i];
        }
      }
    }
    boolean lifted = dims == 1;
    if (lifted) {
      x = reshape(g, x, new long[] {xs[0], xs[1], 1, xs[2]});
      k = new long[] {1, k[0]};
      s = new long[] {1, s[0]};
      lo = new long[] {0, lo[0]};
      hiPad = new long[] {0, hiPad[0]};
      outs = new long[] {1, outs[0]};
      factors = new double[][] {{1}, factors[0]};
      dims = 2;
    }
    int r = dims + 2;
    T xl = transpose(g, x, toLast(r));
    xl = pad(g, xl, lo, hiPad, max, dt);
    String op = (max ? "MaxPool" : "AvgPool") + (dims == 3 ? "3D" : "");
    Object[] attrs = {"ksize", spatial(k, 1), "strides", spatial(s, 1), "padding", "VALID"};
    T y = g.op(op, List.of(xl), attrs);
    if (max && dt.isFloating()) {
      // TensorFlow's max pooling skips NaNs; PyTorch's (and Ivy's) returns NaN for such a window
      T nans = g.op(op, List.of(g.cast(g.op("IsNan", List.of(xl)), dt)), attrs);
      y = g.op("SelectV2", List.of(g.cast(nans, DType.BOOL), g.scalar(dt, Double.NaN, 0), y));
    }
    if (!max) {
      if (p.divisor() != 0) {
        double f = (double) product(p.kernel()) / p.divisor();
        if (f != 1) {
          y = g.op("Mul", List.of(y, g.scalar(dt, f, 0)));
        }
      } else if (rescale) {
        // AvgPool divides by the window size; PyTorch by the window's count
        y = g.op("Mul", List.of(y, factorConstant(g, dt, factors, outs)));
      }
    }
    y = transpose(g, y, toFirst(r));
    return lifted ? reshape(g, y, out.shape().dims()) : y;
  }

  /** PyTorch's average-pooling divisor of window {@code o} along one dimension. */
  private static long windowCount(
      long n, long lo, long hi, long k, long s, long o, boolean includePad) {
    long start = o * s - lo;
    long end = Math.min(start + k, n + hi);
    long size = end - start;
    start = Math.max(start, 0);
    end = Math.min(end, n);
    return includePad ? size : Math.max(end - start, 0);
  }

  /** Returns the [*outs, 1] constant of the products of the per-dimension factors. */
  private static <T> T factorConstant(TfGraphBuilder<T> g, DType dt, double[][] f, long[] outs) {
    int total = Math.toIntExact(product(outs));
    ByteBuffer b = HostData.allocate(dt, total);
    int dims = outs.length;
    for (int t = 0; t < total; t++) {
      int rest = t;
      double v = 1;
      for (int i = dims - 1; i >= 0; i--) {
        v *= f[i][(int) (rest % outs[i])];
        rest /= (int) outs[i];
      }
      HostData.putDouble(b, dt, v);
    }
    long[] shape = Arrays.copyOf(outs, dims + 1);
    shape[dims] = 1;
    return g.constant(dt, shape, b.flip());
  }

  // ---- the others ----

  private static <T> T softmax(TfGraphBuilder<T> g, boolean log, int axis, Aval xa, List<T> v) {
    String op = log ? "LogSoftmax" : "Softmax";
    int rank = xa.shape().rank();
    if (axis == rank - 1) {
      return g.op(op, v);
    }
    int[] perm = toAxes(rank);
    perm[axis] = rank - 1;
    perm[rank - 1] = axis;
    return transpose(g, g.op(op, List.of(transpose(g, v.get(0), perm))), perm);
  }

  private static <T> T batchNorm(TfGraphBuilder<T> g, Params.Norm p, Aval[] in, List<T> v) {
    DType dt = in[0].dtype();
    long[] xs = in[0].shape().dims();
    int k = 3;
    T scale = g.op("Rsqrt", List.of(g.op("AddV2", List.of(v.get(2), g.scalar(dt, p.eps(), 0)))));
    if (p.weight()) {
      scale = g.op("Mul", List.of(scale, v.get(k++)));
    }
    T shift = g.op("Mul", List.of(v.get(1), scale));
    shift = p.bias() ? g.op("Sub", List.of(v.get(k), shift)) : g.op("Neg", List.of(shift));
    if (xs.length > 2) {
      long[] bc = new long[xs.length - 1];
      Arrays.fill(bc, 1);
      bc[0] = xs[1];
      scale = reshape(g, scale, bc);
      shift = reshape(g, shift, bc);
    }
    return g.op("AddV2", List.of(g.op("Mul", List.of(v.get(0), scale)), shift));
  }

  private static <T> T linear(TfGraphBuilder<T> g, Aval[] in, Aval out, List<T> v) {
    long[] xs = in[0].shape().dims();
    long features = in[1].shape().dim(1);
    T x = v.get(0);
    if (xs.length != 2) {
      x = reshape(g, x, new long[] {in[0].shape().size() / features, features});
    }
    T y = g.op("MatMul", List.of(x, v.get(1)), "transpose_a", false, "transpose_b", true);
    if (in.length == 3) {
      y = g.op("BiasAdd", List.of(y, v.get(2)));
    }
    return xs.length != 2 ? reshape(g, y, out.shape().dims()) : y;
  }

  /**
   * One LSTM layer: BlockLSTMV2 (no peepholes, no clipping) per direction over x [T, N, I] with the
   * weights [I + H, 4H] of [wIh | wHh] transposed and the summed biases; its gates are laid out (i,
   * f, g, o) as PyTorch's.
   */
  private static <T> List<T> lstm(TfGraphBuilder<T> g, Aval[] in, List<T> v) {
    DType dt = in[0].dtype();
    long steps = in[0].shape().dim(0);
    long dirs = in[1].shape().dim(0);
    long hidden = in[1].shape().dim(2);
    T w = concat(g, List.of(v.get(3), v.get(4)), 2);
    w = transpose(g, w, 0, 2, 1);
    T b = g.op("AddV2", List.of(v.get(5), v.get(6)));
    T zeros = g.op("Fill", List.of(g.longs(new long[] {hidden}), g.scalar(dt, 0, 0)));
    T seqLen = g.scalar(DType.INT64, 0, steps);
    T axis0 = g.scalar(DType.INT32, 0, 0);
    T last = g.longs(new long[] {steps - 1});
    T time = g.ints(new int[] {0});
    List<T> ys = new ArrayList<>();
    List<T> hs = new ArrayList<>();
    List<T> cs = new ArrayList<>();
    for (int d = 0; d < dirs; d++) {
      T dir = g.scalar(DType.INT32, 0, d);
      T x = d == 0 ? v.get(0) : g.op("ReverseV2", List.of(v.get(0), time));
      List<T> r =
          g.opN(
              "BlockLSTMV2",
              List.of(
                  seqLen,
                  x,
                  gather(g, v.get(2), dir, axis0),
                  gather(g, v.get(1), dir, axis0),
                  gather(g, w, dir, axis0),
                  zeros,
                  zeros,
                  zeros,
                  gather(g, b, dir, axis0)),
              7,
              "cell_clip",
              -1f,
              "use_peephole",
              false);
      T c = r.get(1);
      T h = r.get(6);
      hs.add(gather(g, h, last, axis0));
      cs.add(gather(g, c, last, axis0));
      ys.add(d == 0 ? h : g.op("ReverseV2", List.of(h, time)));
    }
    return List.of(concat(g, ys, 2), concat(g, hs, 0), concat(g, cs, 0));
  }

  // ---- helpers ----

  private static <T> T gather(TfGraphBuilder<T> g, T x, T index, T axis) {
    return g.op("GatherV2", List.of(x, index, axis));
  }

  private static <T> T reshape(TfGraphBuilder<T> g, T x, long[] dims) {
    return g.op("Reshape", List.of(x, g.longs(dims)));
  }

  private static <T> T transpose(TfGraphBuilder<T> g, T x, int... perm) {
    return g.op("Transpose", List.of(x, g.ints(perm)));
  }

  /** Returns the values concatenated along {@code axis}; one value is returned as is. */
  private static <T> T concat(TfGraphBuilder<T> g, List<T> values, int axis) {
    return values.size() == 1 ? values.get(0) : g.concat(values, g.scalar(DType.INT32, 0, axis));
  }

  /** Returns x split into {@code n} equal parts along {@code axis} ([x] for one). */
  private static <T> List<T> split(TfGraphBuilder<T> g, T x, int axis, long n) {
    if (n == 1) {
      return List.of(x);
    }
    return g.opN("Split", List.of(g.scalar(DType.INT32, 0, axis), x), (int) n, "num_split", n);
  }

  /**
   * Returns channels-last x padded by lo/hi on its spatial axes with zeros, or with the lowest
   * value of its dtype ({@code lowest}: -inf, or an integer dtype's minimum); x itself when there
   * is no padding.
   */
  private static <T> T pad(
      TfGraphBuilder<T> g, T x, long[] lo, long[] hi, boolean lowest, DType dt) {
    if (allZeros(lo) && allZeros(hi)) {
      return x;
    }
    int r = lo.length + 2;
    ByteBuffer b = HostData.allocate(DType.INT64, 2 * r);
    b.asLongBuffer().put(spatialPairs(lo, hi));
    T paddings = g.constant(DType.INT64, new long[] {r, 2}, b);
    if (!lowest) {
      return g.op("Pad", List.of(x, paddings));
    }
    long min =
        switch (dt) {
          case INT8 -> Byte.MIN_VALUE;
          case INT16 -> Short.MIN_VALUE;
          case INT32 -> Integer.MIN_VALUE;
          case INT64 -> Long.MIN_VALUE;
          default -> 0;
        };
    return g.op("PadV2", List.of(x, paddings, g.scalar(dt, Double.NEGATIVE_INFINITY, min)));
  }

  private static long[] spatialPairs(long[] lo, long[] hi) {
    long[] p = new long[2 * (lo.length + 2)];
    for (int i = 0; i < lo.length; i++) {
      p[2 + 2 * i] = lo[i];
      p[3 + 2 * i] = hi[i];
    }
    return p;
  }

  /** Returns [fill, v..., fill], an attribute over channels-last dimensions. */
  private static long[] spatial(long[] v, long fill) {
    long[] r = new long[v.length + 2];
    Arrays.fill(r, fill);
    System.arraycopy(v, 0, r, 1, v.length);
    return r;
  }

  /** The permutation [0, 2, ..., r - 1, 1]: channels first to channels last. */
  private static int[] toLast(int r) {
    int[] p = new int[r];
    for (int i = 1; i < r - 1; i++) {
      p[i] = i + 1;
    }
    p[r - 1] = 1;
    return p;
  }

  /** The permutation [0, r - 1, 1, ..., r - 2]: channels last to channels first. */
  private static int[] toFirst(int r) {
    int[] p = new int[r];
    p[1] = r - 1;
    for (int i = 2; i < r; i++) {
      p[i] = i - 1;
    }
    return p;
  }

  private static int[] toAxes(int r) {
    int[] p = new int[r];
    for (int i = 0; i < r; i++) {
      p[i] = i;
    }
    return p;
  }

  private static boolean allOnes(long[] v) {
    for (long x : v) {
      if (x != 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean allZeros(long[] v) {
    for (long x : v) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  private static long product(long[] v) {
    long p = 1;
    for (long x : v) {
      p *= x;
    }
    return p;
  }
}
