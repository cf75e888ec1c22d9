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
 * compiled and exported graphs ({@link TfGraphRules}), so both compute the same. Inputs and filters
 * are transposed to TensorFlow's channels-last layouts ({@code NHWC}, {@code HWIO}; its CPU kernels
 * take no other) and back; 1-d convolutions and poolings run as 2-d ones over a unit axis.
 *
 * <ul>
 *   <li>{@code CONV}: a pointwise convolution (1-sized kernel, no padding, one group) as a {@code
 *       MatMul} / {@code BatchMatMulV2} in the channels-first layout, without transposes; else
 *       {@code Conv2D} with explicit padding (grouped and dilated included), {@code
 *       DepthwiseConv2dNative} when every channel is its own group, without dilation and with equal
 *       strides, {@code Conv3D} after a {@code Pad} (grouped: one per group between a {@code Split}
 *       and a {@code ConcatV2}); the bias by {@code BiasAdd}; empty inputs give the bias;
 *   <li>{@code CONV_TRANSPOSE}: {@code Conv2DBackpropInput} / {@code Conv3DBackpropInputV2} of the
 *       full result, cropped by {@code padLo}/{@code padHi} (a negative {@code padHi}, PyTorch's
 *       output padding, pads zeros); groups one op each as above;
 *   <li>{@code MAX_POOL} / {@code AVG_POOL}: {@code MaxPool}, {@code AvgPool}, {@code MaxPool3D},
 *       {@code AvgPool3D} (for dtypes without a 3-d CPU kernel, a 2-d pooling over (H, W) and one
 *       over D) over an input padded ({@code PadV2} with the dtype's lowest value, or zeros) to
 *       exactly the windows PyTorch takes, ceil mode included; max pooling also pools a NaN mask,
 *       since TensorFlow's kernels skip NaNs where PyTorch propagates them; average pooling
 *       rescales each window to its PyTorch divisor (count_include_pad, a fixed divisor);
 *   <li>dilation where TensorFlow's CPU kernels have none (3-d convolution, transposed convolution,
 *       max pooling): as TensorFlow's own {@code tf.nn.convolution} does it, the undilated op over
 *       each phase ({@code SpaceToBatchND} / {@code BatchToSpaceND}) at stride 1, then every s-th
 *       output (transposed: the transpose of that, over the input with s - 1 zeros inserted);
 *   <li>{@code SOFTMAX} / {@code LOG_SOFTMAX}: {@code Softmax} / {@code LogSoftmax}, on the last
 *       axis (another axis is transposed there and back);
 *   <li>{@code BATCH_NORM}: {@code x * s + t} with {@code s = weight * Rsqrt(var + eps)} and {@code
 *       t = bias - mean * s} per channel;
 *   <li>{@code SILU}: {@code x * Sigmoid(x)}; {@code RELU}: {@code Relu}; {@code CLAMP}: {@code
 *       Maximum} and {@code Minimum} (all keep NaN, as PyTorch's);
 *   <li>{@code LINEAR}: {@code MatMul} with {@code transpose_b} and {@code BiasAdd}, over x
 *       flattened to a matrix;
 *   <li>{@code RESIZE}: 2-d only, where every coordinate scale is input / output (or linear with
 *       align corners): {@code ResizeNearestNeighbor} (nearest; nearest-exact with {@code
 *       half_pixel_centers}) and, for float32, {@code ResizeBilinear} ({@code half_pixel_centers}
 *       or {@code align_corners}), over x in NHWC;
 *   <li>{@code EMBEDDING}: {@code GatherV2} along axis 0;
 *   <li>{@code LSTM}: {@code BlockLSTMV2} (no peepholes, no clipping; its gates i, f, g, o are
 *       PyTorch's) per direction, the reverse direction over the time-reversed sequence; float32
 *       only (TensorFlow's CPU kernel takes float32 and half) and non-empty inputs.
 * </ul>
 *
 * <p>Every call of the others in a dtype of {@link #dtypes} is {@linkplain #accepts accepted}.
 * GELU, layer norm and group norm have no TensorFlow op, scaled dot-product attention has no fused
 * one (a rule would be the decomposition's own MatMul and softmax ops), and GRU's ({@code
 * GRUBlockCell}) applies the reset gate before the matrix product, unlike PyTorch: they always run
 * their decompositions.
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
    DTYPES.put(Prim.RELU, FLOATS);
    DTYPES.put(Prim.CLAMP, FLOATS);
    DTYPES.put(Prim.LINEAR, FLOATS);
    DTYPES.put(Prim.LSTM, TfDTypes.of(DType.FLOAT32));
    DTYPES.put(Prim.RESIZE, FLOATS);
    DTYPES.put(Prim.EMBEDDING, FLOATS);
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
    if (prim == Prim.RESIZE) {
      return resizeMatches((Params.Resize) params, in[0]);
    }
    if (prim == Prim.LSTM) {
      for (Aval a : in) {
        if (a.shape().size() == 0) {
          return false;
        }
      }
    }
    return true;
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
      case RELU -> List.of(g.op("Relu", List.of(x.get(0))));
      case CLAMP -> List.of(clamp(g, (Params.Bounds) params, in[0].dtype(), x.get(0)));
      case LINEAR -> List.of(linear(g, in, out[0], x));
      case LSTM -> lstm(g, in, x);
      case RESIZE -> List.of(resize(g, (Params.Resize) params, out[0], x.get(0)));
      case EMBEDDING ->
          List.of(g.op("GatherV2", List.of(x.get(0), x.get(1), g.scalar(DType.INT64, 0, 0))));
      default -> throw new IllegalStateException("TfCoarse: no rule for " + prim);
    };
  }

  /** x clamped: Maximum and Minimum, which keep NaN on TensorFlow's CPU; infinite sides skipped. */
  private static <T> T clamp(TfGraphBuilder<T> g, Params.Bounds b, DType dt, T x) {
    T y = x;
    if (b.lo() != Double.NEGATIVE_INFINITY) {
      y = g.op("Maximum", List.of(y, g.scalar(dt, b.lo(), 0)));
    }
    if (b.hi() != Double.POSITIVE_INFINITY) {
      y = g.op("Minimum", List.of(y, g.scalar(dt, b.hi(), 0)));
    }
    return y;
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
    private final TfGraphBuilder<T> g;

    ConvArgs(TfGraphBuilder<T> g, Params.Conv p, Aval[] in, List<T> v) {
      this.g = g;
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
        s = new long[] {1, s[0]};
        lo = new long[] {0, lo[0]};
        hi = new long[] {0, hi[0]};
        d = new long[] {1, d[0]};
      }
    }

    /**
     * Returns {@code f} of the filter (lifted to 2-d first for a 1-d convolution): a layout that
     * depends on the filter alone, so an eager builder keeps it across calls ({@link
     * TfGraphBuilder#filter}) under {@code key}.
     */
    T filter(String key, java.util.function.UnaryOperator<T> f) {
      return g.filter(w, (lifted ? "1d-" : "") + key, h -> f.apply(lifted ? reshape(g, h, ws) : h));
    }
  }

  private static <T> T conv(TfGraphBuilder<T> g, Params.Conv p, Aval[] in, Aval out, List<T> v) {
    if (in[0].shape().size() == 0 || in[1].shape().size() == 0) {
      return biasOnly(g, in, out, v);
    }
    if (pointwise(p, in[1])) {
      return pointwiseConv(g, p, in, out, v);
    }
    DType dt = in[0].dtype();
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
        long[] wd4 = {c, o / c, a.ws[2], a.ws[3]};
        T wd = a.filter("depthwise", w -> transpose(g, reshape(g, w, wd4), 2, 3, 0, 1));
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
        T wl = a.filter("conv2d", w -> transpose(g, w, 2, 3, 1, 0));
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
      // Conv3D: no explicit padding, no groups, no dilation on the CPU
      xl = pad(g, xl, a.lo, a.hi, false, dt);
      long[] shape = new long[r];
      shape[0] = a.xs[0];
      shape[r - 1] = c;
      for (int i = 0; i < a.dims; i++) {
        shape[1 + i] = a.xs[2 + i] + a.lo[i] + a.hi[i];
      }
      List<T> wg = split(g, a.filter("conv3d", w -> transpose(g, w, 2, 3, 4, 1, 0)), r - 1, groups);
      long[] k = Arrays.copyOfRange(a.ws, 2, r);
      long[] outs = Arrays.copyOfRange(out.shape().dims(), 2, r);
      y =
          dilated(
              g,
              xl,
              shape,
              k,
              a.s,
              a.d,
              outs,
              (x, sh, st) -> {
                List<T> xg = split(g, x, r - 1, groups);
                List<T> yg = new ArrayList<>();
                for (int i = 0; i < groups; i++) {
                  yg.add(
                      g.op(
                          "Conv3D",
                          List.of(xg.get(i), wg.get(i)),
                          "strides",
                          spatial(st, 1),
                          "padding",
                          "VALID"));
                }
                return concat(g, yg, r - 1);
              });
    }
    if (in.length == 3) {
      y = g.op("BiasAdd", List.of(y, v.get(2)));
    }
    y = transpose(g, y, toFirst(r));
    return a.lifted ? reshape(g, y, out.shape().dims()) : y;
  }

  /** Returns whether a convolution is pointwise: 1-sized kernel, no padding, one group. */
  private static boolean pointwise(Params.Conv p, Aval w) {
    long[] ws = w.shape().dims();
    for (int i = 2; i < ws.length; i++) {
      if (ws[i] != 1 || p.padLo()[i - 2] != 0 || p.padHi()[i - 2] != 0) {
        return false;
      }
    }
    return p.groups() == 1;
  }

  /**
   * A pointwise convolution as a matrix product in the channels-first layout, no transposes: every
   * s-th position ({@code StridedSlice}), then filters [O, C] times x [N, C, positions] ({@code
   * MatMul} for one sample, else {@code BatchMatMulV2}) plus the bias as [O, 1].
   */
  private static <T> T pointwiseConv(
      TfGraphBuilder<T> g, Params.Conv p, Aval[] in, Aval out, List<T> v) {
    long[] xs = in[0].shape().dims();
    long[] ys = out.shape().dims();
    long n = xs[0];
    long c = xs[1];
    long o = ys[1];
    T x = v.get(0);
    if (!allOnes(p.strides())) {
      long[] step = new long[xs.length];
      Arrays.fill(step, 1);
      System.arraycopy(p.strides(), 0, step, 2, p.strides().length);
      x =
          g.op(
              "StridedSlice", List.of(x, g.longs(new long[xs.length]), g.longs(xs), g.longs(step)));
    }
    long positions = 1;
    for (int i = 2; i < ys.length; i++) {
      positions *= ys[i];
    }
    T w = reshape(g, v.get(1), new long[] {o, c});
    T y =
        n == 1
            ? g.op("MatMul", List.of(w, reshape(g, x, new long[] {c, positions})))
            : g.op("BatchMatMulV2", List.of(w, reshape(g, x, new long[] {n, c, positions})));
    if (in.length == 3) {
      y = g.op("AddV2", List.of(y, reshape(g, v.get(2), new long[] {o, 1})));
    }
    return reshape(g, y, ys);
  }

  private static <T> T convTranspose(
      TfGraphBuilder<T> g, Params.Conv p, Aval[] in, Aval out, List<T> v) {
    if (in[0].shape().size() == 0 || in[1].shape().size() == 0) {
      return biasOnly(g, in, out, v);
    }
    DType dt = in[0].dtype();
    ConvArgs<T> a = new ConvArgs<>(g, p, in, v);
    int dims = a.dims;
    int r = dims + 2;
    long groups = p.groups();
    long og = a.ws[1];
    T xl = transpose(g, a.x, toLast(r));
    // the forward convolution's filter [*k, O / g, C], split by groups along C
    int[] wperm = new int[r];
    for (int i = 0; i < dims; i++) {
      wperm[i] = 2 + i;
    }
    wperm[dims] = 1;
    wperm[dims + 1] = 0;
    List<T> wg = split(g, a.filter("transposed", w -> transpose(g, w, wperm)), r - 1, groups);
    // the full result, (n - 1) * s + d * (k - 1) + 1 per dimension, is cut by the padding below
    long[] full = new long[r];
    full[0] = a.xs[0];
    full[r - 1] = og;
    for (int i = 0; i < dims; i++) {
      full[1 + i] = (a.xs[2 + i] - 1) * a.s[i] + a.d[i] * (a.ws[2 + i] - 1) + 1;
    }
    T y;
    if (allOnes(a.d)) {
      y = backpropInput(g, xl, wg, full, a.s, groups);
    } else {
      // no dilation on the CPU: the transpose of Conv_d = crop . BatchToSpace . Conv . SpaceToBatch
      // . pad (TensorFlow's own dilated convolution) runs the undilated op per phase, at stride 1
      // over the input with s - 1 zeros inserted between elements
      T z = allOnes(a.s) ? xl : zeroInsert(g, xl, a.xs, a.s);
      long[][] e = new long[dims][2];
      long[] phase = full.clone();
      phase[0] = full[0] * product(a.d);
      for (int i = 0; i < dims; i++) {
        long padded = Math.floorDiv(full[1 + i] + a.d[i] - 1, a.d[i]) * a.d[i];
        e[i][1] = padded - full[1 + i];
        phase[1 + i] = padded / a.d[i];
      }
      T zb = g.op("SpaceToBatchND", List.of(z, g.longs(a.d), pairs(g, e)));
      long[] ones = new long[dims];
      Arrays.fill(ones, 1);
      T yb = backpropInput(g, zb, wg, phase, ones, groups);
      y = g.op("BatchToSpaceND", List.of(yb, g.longs(a.d), pairs(g, e)));
    }
    long[] begin = new long[r];
    long[] end = new long[r];
    long[] step = new long[r];
    long[] extraLo = new long[dims];
    long[] extraHi = new long[dims];
    boolean crop = false;
    boolean extend = false;
    Arrays.fill(step, 1);
    end[0] = full[0];
    end[r - 1] = og * groups;
    for (int i = 0; i < dims; i++) {
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
      y = pad(g, y, extraLo, extraHi, false, dt);
    }
    if (in.length == 3) {
      y = g.op("BiasAdd", List.of(y, v.get(2)));
    }
    y = transpose(g, y, toFirst(r));
    return a.lifted ? reshape(g, y, out.shape().dims()) : y;
  }

  /**
   * Returns the transposed convolution, stride {@code s}, of channels-last x with the filters of
   * each group [*k, O / g, C / g], as the gradient of a VALID convolution of an input shaped {@code
   * sizes}.
   */
  private static <T> T backpropInput(
      TfGraphBuilder<T> g, T x, List<T> wg, long[] sizes, long[] s, long groups) {
    int r = sizes.length;
    int[] is = new int[r];
    for (int i = 0; i < r; i++) {
      is[i] = Math.toIntExact(sizes[i]);
    }
    T sizesT = g.ints(is);
    List<T> xg = split(g, x, r - 1, groups);
    List<T> yg = new ArrayList<>();
    for (int i = 0; i < groups; i++) {
      yg.add(
          g.op(
              r == 4 ? "Conv2DBackpropInput" : "Conv3DBackpropInputV2",
              List.of(sizesT, wg.get(i), xg.get(i)),
              "strides",
              spatial(s, 1),
              "padding",
              "VALID"));
    }
    return concat(g, yg, r - 1);
  }

  /** Returns channels-last x [N, *n, C] with {@code s - 1} zeros between its spatial elements. */
  private static <T> T zeroInsert(TfGraphBuilder<T> g, T x, long[] xs, long[] s) {
    int dims = s.length;
    long[] expanded = new long[2 * dims + 2];
    long[][] pads = new long[2 * dims + 2][2];
    long[] merged = new long[dims + 2];
    long[] end = new long[dims + 2];
    long[] step = new long[dims + 2];
    Arrays.fill(step, 1);
    expanded[0] = xs[0];
    expanded[2 * dims + 1] = xs[1];
    merged[0] = end[0] = xs[0];
    merged[dims + 1] = end[dims + 1] = xs[1];
    for (int i = 0; i < dims; i++) {
      expanded[1 + 2 * i] = xs[2 + i];
      expanded[2 + 2 * i] = 1;
      pads[2 + 2 * i][1] = s[i] - 1;
      merged[1 + i] = xs[2 + i] * s[i];
      end[1 + i] = (xs[2 + i] - 1) * s[i] + 1;
    }
    T y = g.op("Pad", List.of(reshape(g, x, expanded), pairs(g, pads)));
    y = reshape(g, y, merged);
    return g.op(
        "StridedSlice", List.of(y, g.longs(new long[dims + 2]), g.longs(end), g.longs(step)));
  }

  /** A convolution or pooling of padded channels-last x shaped {@code shape}, at strides. */
  private interface Windowed<T> {
    T apply(T x, long[] shape, long[] strides);
  }

  /**
   * Returns {@code op} over padded channels-last x [N, *L, C] with its window of {@code k} dilated
   * by {@code d} and strides {@code s}, {@code outs} outputs per dimension. Without dilation that
   * is {@code op} itself; with, as TensorFlow's own dilated convolution does it: the undilated
   * {@code op} at stride 1 over each of the {@code d} phases ({@code SpaceToBatchND}), reassembled
   * ({@code BatchToSpaceND}), then every s-th output kept.
   */
  private static <T> T dilated(
      TfGraphBuilder<T> g,
      T x,
      long[] shape,
      long[] k,
      long[] s,
      long[] d,
      long[] outs,
      Windowed<T> op) {
    if (allOnes(d)) {
      return op.apply(x, shape, s);
    }
    int dims = k.length;
    long[][] e = new long[dims][2];
    long[] phase = shape.clone();
    phase[0] = shape[0] * product(d);
    boolean slice = false;
    long[] end = shape.clone();
    long[] step = new long[dims + 2];
    Arrays.fill(step, 1);
    for (int i = 0; i < dims; i++) {
      long len = shape[1 + i];
      long padded = Math.floorDiv(len + d[i] - 1, d[i]) * d[i];
      e[i][1] = padded - len;
      phase[1 + i] = padded / d[i];
      end[1 + i] = (outs[i] - 1) * s[i] + 1;
      step[1 + i] = s[i];
      slice |= s[i] != 1 || end[1 + i] != len - d[i] * (k[i] - 1);
    }
    long[] ones = new long[dims];
    Arrays.fill(ones, 1);
    T y = g.op("SpaceToBatchND", List.of(x, g.longs(d), pairs(g, e)));
    y = op.apply(y, phase, ones);
    // the stride-1 outputs: len - d * (k - 1) per dimension
    y = g.op("BatchToSpaceND", List.of(y, g.longs(d), pairs(g, e)));
    if (slice) {
      y =
          g.op(
              "StridedSlice", List.of(y, g.longs(new long[dims + 2]), g.longs(end), g.longs(step)));
    }
    return y;
  }

  /** Returns zeros shaped {@code out} plus the bias per channel: a convolution of empty inputs. */
  private static <T> T biasOnly(TfGraphBuilder<T> g, Aval[] in, Aval out, List<T> v) {
    DType dt = in[0].dtype();
    T y = g.op("Fill", List.of(g.longs(out.shape().dims()), g.scalar(dt, 0, 0)));
    if (in.length == 3 && out.shape().size() > 0) {
      long[] bc = new long[out.shape().rank() - 1];
      Arrays.fill(bc, 1);
      bc[0] = out.shape().dim(1);
      y = g.op("AddV2", List.of(y, reshape(g, v.get(2), bc)));
    }
    return y;
  }

  // ---- pooling ----

  private static <T> T pool(
      TfGraphBuilder<T> g, boolean max, Params.Pool p, Aval xa, Aval out, T x) {
    DType dt = xa.dtype();
    long[] xs = xa.shape().dims();
    int dims = p.dims();
    long[] k = p.kernel();
    long[] s = p.strides();
    long[] d = p.dilations();
    long[] lo = p.padLo();
    long[] hiPad = new long[dims];
    long[] outs = new long[dims];
    long[] n = Arrays.copyOfRange(xs, 2, xs.length);
    double[][] factors = new double[dims][];
    boolean rescale = false;
    for (int i = 0; i < dims; i++) {
      outs[i] = p.outputSize(i, n[i]);
      // pad to exactly the windows taken, (out - 1) * s + kEff (VALID ignores a longer rest)
      long kEff = d[i] * (k[i] - 1) + 1;
      hiPad[i] = Math.max(0, (outs[i] - 1) * s[i] + kEff - lo[i] - n[i]);
      if (!max && p.divisor() == 0) {
        factors[i] = new double[(int) outs[i]];
        for (int j = 0; j < outs[i]; j++) {
          long count = windowCount(n[i], lo[i], p.padHi()[i], k[i], s[i], j, p.countIncludePad());
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
      d = new long[] {1, d[0]};
      lo = new long[] {0, lo[0]};
      hiPad = new long[] {0, hiPad[0]};
      outs = new long[] {1, outs[0]};
      n = new long[] {1, n[0]};
      factors = new double[][] {{1}, factors[0]};
      dims = 2;
    }
    int r = dims + 2;
    long[] shape = new long[r];
    shape[0] = xs[0];
    shape[r - 1] = xs[1];
    for (int i = 0; i < dims; i++) {
      shape[1 + i] = n[i] + lo[i] + hiPad[i];
    }
    T xp = pad(g, transpose(g, x, toLast(r)), lo, hiPad, max, dt);
    long[] kernel = k;
    Windowed<T> op = (in, sh, st) -> poolOp(g, max, in, sh, kernel, st, dt);
    T y = dilated(g, xp, shape, k, s, d, outs, op);
    if (max && dt.isFloating()) {
      // TensorFlow's max pooling skips NaNs; PyTorch's (and Ivy's) returns NaN for such a window
      T nans = dilated(g, g.cast(g.op("IsNan", List.of(xp)), dt), shape, k, s, d, outs, op);
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

  /**
   * Returns the VALID pooling of channels-last x shaped {@code shape}: MaxPool/AvgPool, their 3-d
   * ops where TensorFlow's CPU has them for the dtype, else a 2-d pooling over (H, W) then one over
   * D (both max and average are separable).
   */
  private static <T> T poolOp(
      TfGraphBuilder<T> g, boolean max, T x, long[] shape, long[] k, long[] s, DType dt) {
    String name = max ? "MaxPool" : "AvgPool";
    if (k.length == 2 || POOL3D.contains(dt)) {
      return g.op(
          name + (k.length == 3 ? "3D" : ""),
          List.of(x),
          "ksize",
          spatial(k, 1),
          "strides",
          spatial(s, 1),
          "padding",
          "VALID");
    }
    long nb = shape[0];
    long c = shape[4];
    long[] o = new long[3];
    for (int i = 0; i < 3; i++) {
      o[i] = (shape[1 + i] - k[i]) / s[i] + 1;
    }
    T y = reshape(g, x, new long[] {nb * shape[1], shape[2], shape[3], c});
    y =
        g.op(
            name,
            List.of(y),
            "ksize",
            new long[] {1, k[1], k[2], 1},
            "strides",
            new long[] {1, s[1], s[2], 1},
            "padding",
            "VALID");
    y = reshape(g, y, new long[] {nb, shape[1], o[1] * o[2], c});
    y =
        g.op(
            name,
            List.of(y),
            "ksize",
            new long[] {1, k[0], 1, 1},
            "strides",
            new long[] {1, s[0], 1, 1},
            "padding",
            "VALID");
    return reshape(g, y, new long[] {nb, o[0], o[1], o[2], c});
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

  /**
   * Returns whether TensorFlow's 2-d resize ops compute PyTorch's rule for {@code p}: two spatial
   * dimensions whose coordinate scales are input / output (TensorFlow computes them so; a scale
   * factor's own scale differs), and float32 for linear (ResizeBilinear returns float32).
   */
  private static boolean resizeMatches(Params.Resize p, Aval x) {
    if (p.dims() != 2 || x.shape().size() == 0) {
      return false;
    }
    if (p.mode() == Params.Resize.Mode.LINEAR && x.dtype() != DType.FLOAT32) {
      return false;
    }
    boolean ok = true;
    for (int i = 0; i < 2; i++) {
      ok &= p.alignCorners() || p.scales()[i] == (double) x.shape().dim(2 + i) / p.sizes()[i];
    }
    return ok;
  }

  /**
   * {@code ResizeNearestNeighbor} (nearest: floor(dst * scale); nearest-exact: half_pixel_centers,
   * floor((dst + 0.5) * scale)) or {@code ResizeBilinear} (half_pixel_centers, whose clamping of
   * the source below 0 and of the upper neighbour gives PyTorch's weights; or align_corners) over x
   * transposed to NHWC and back.
   */
  private static <T> T resize(TfGraphBuilder<T> g, Params.Resize p, Aval out, T x) {
    T nhwc = transpose(g, x, 0, 2, 3, 1);
    long[] size = p.sizes();
    T sz = g.ints(new int[] {Math.toIntExact(size[0]), Math.toIntExact(size[1])});
    T y =
        switch (p.mode()) {
          case NEAREST ->
              g.op(
                  "ResizeNearestNeighbor",
                  List.of(nhwc, sz),
                  "align_corners",
                  false,
                  "half_pixel_centers",
                  false);
          case NEAREST_EXACT ->
              g.op(
                  "ResizeNearestNeighbor",
                  List.of(nhwc, sz),
                  "align_corners",
                  false,
                  "half_pixel_centers",
                  true);
          case LINEAR ->
              g.op(
                  "ResizeBilinear",
                  List.of(nhwc, sz),
                  "align_corners",
                  p.alignCorners(),
                  "half_pixel_centers",
                  !p.alignCorners());
        };
    return transpose(g, y, 0, 3, 1, 2);
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
    long[][] p = new long[lo.length + 2][];
    p[0] = new long[2];
    p[lo.length + 1] = new long[2];
    for (int i = 0; i < lo.length; i++) {
      p[1 + i] = new long[] {lo[i], hi[i]};
    }
    T paddings = pairs(g, p);
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

  /** Returns the int64 constant [rows, 2] of (before, after) pairs. */
  private static <T> T pairs(TfGraphBuilder<T> g, long[][] rows) {
    ByteBuffer b = HostData.allocate(DType.INT64, 2 * rows.length);
    for (int i = 0; i < rows.length; i++) {
      b.asLongBuffer().put(2 * i, rows[i][0]).put(2 * i + 1, rows[i][1]);
    }
    return g.constant(DType.INT64, new long[] {rows.length, 2}, b);
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
