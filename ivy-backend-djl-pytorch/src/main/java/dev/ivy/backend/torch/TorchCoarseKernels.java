package dev.ivy.backend.torch;

import static dev.ivy.backend.torch.TorchKernelSupport.pt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import dev.ivy.DType;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The coarse operations ({@link Prim#COARSE}) as libtorch's own operators, in float32 and float64
 * (half floats run the decompositions). Direct JNI calls where DJL has one: {@code conv1d/2d/3d}
 * (asymmetric padding padded explicitly first), {@code max_pool} and {@code avg_pool} with PyTorch
 * padding, {@code softmax}, {@code log_softmax}, {@code layer_norm} and {@code batch_norm} with
 * weight and bias, exact {@code gelu}, {@code linear}, {@code lstm} and {@code gru}. TorchScript
 * methods of {@link TorchScriptOps} otherwise: {@code conv_transpose1d/2d/3d}, pooling with
 * dilation, {@code count_include_pad = False}, a divisor, padding PyTorch cannot take (asymmetric
 * or over half the window: padded explicitly, average divisors counted with a padded mask), norms
 * without weight or bias, {@code group_norm}, tanh {@code gelu} and {@code silu}. Every kernel
 * declines empty arrays (the decompositions run them).
 */
final class TorchCoarseKernels {
  private static final Set<DType> FLOATS = EnumSet.of(DType.FLOAT32, DType.FLOAT64);

  private final TorchScriptOps script;

  TorchCoarseKernels(TorchScriptOps script) {
    this.script = script;
  }

  /** Adds this category's kernels to {@code b}, each declining empty inputs and outputs. */
  void register(KernelTable.Builder b) {
    KernelTable.Builder all = KernelTable.builder();
    registerAll(all);
    for (var e : all.current().entrySet()) {
      b.put(e.getKey(), FLOATS, nonEmpty(e.getKey(), e.getValue()));
    }
  }

  /**
   * Returns {@code k} declining calls with an empty input or output: libtorch rejects several (a
   * pooling input without channels, an empty filter bank) and oneDNN's LSTM aborts the process on a
   * zero hidden size, while the decompositions handle them.
   */
  private static Kernel nonEmpty(Prim prim, Kernel k) {
    if (Prim.MULTI_OUTPUT.contains(prim)) {
      return Kernel.multi(
          (p, in, av, outs) -> empty(av) || empty(outs) ? null : k.applyMulti(p, in, av, outs));
    }
    return (p, in, av, out) ->
        empty(av) || out.shape().size() == 0 ? null : k.apply(p, in, av, out);
  }

  /** Returns whether any of {@code avals} has no elements. */
  static boolean empty(Aval[] avals) {
    for (Aval a : avals) {
      if (a.shape().size() == 0) {
        return true;
      }
    }
    return false;
  }

  private void registerAll(KernelTable.Builder b) {
    b.put(Prim.CONV, FLOATS, TorchCoarseKernels::conv);
    b.put(Prim.CONV_TRANSPOSE, FLOATS, this::convTranspose);
    b.put(Prim.MAX_POOL, FLOATS, this::maxPool);
    b.put(
        Prim.MAX_POOL_GRAD,
        FLOATS,
        (p, in, av, out) -> {
          long[] a = maxPoolGradArgs((Params.Pool) p);
          return a == null
              ? null
              : script.call("max_pool_grad", new PtNDArray[] {pt(in[0]), pt(in[1])}, a);
        });
    b.put(Prim.AVG_POOL, FLOATS, this::avgPool);
    b.put(
        Prim.SOFTMAX,
        FLOATS,
        (p, in, av, out) ->
            JniUtils.softmax(
                pt(in[0]), ((Params.Axis) p).axis(), TorchConversions.dataType(av[0].dtype())));
    b.put(
        Prim.LOG_SOFTMAX,
        FLOATS,
        (p, in, av, out) ->
            JniUtils.logSoftmax(
                pt(in[0]), ((Params.Axis) p).axis(), TorchConversions.dataType(av[0].dtype())));
    b.put(Prim.LAYER_NORM, FLOATS, this::layerNorm);
    b.put(Prim.BATCH_NORM, FLOATS, this::batchNorm);
    b.put(
        Prim.GROUP_NORM,
        FLOATS,
        (p, in, av, out) -> {
          Params.Norm n = (Params.Norm) p;
          return script.norm(
              "group_norm", tensors(in), new long[] {n.groups()}, affine(n), n.eps());
        });
    b.put(
        Prim.GELU,
        FLOATS,
        (p, in, av, out) ->
            ((Params.Gelu) p).approximate()
                ? script.call("gelu_tanh", pt(in[0]))
                : JniUtils.gelu(pt(in[0])));
    b.put(Prim.SILU, FLOATS, (p, in, av, out) -> script.call("silu", pt(in[0])));
    b.put(
        Prim.LINEAR,
        FLOATS,
        (p, in, av, out) ->
            JniUtils.linear(pt(in[0]), pt(in[1]), in.length == 3 ? pt(in[2]) : null));
    b.put(Prim.RELU, FLOATS, (p, in, av, out) -> JniUtils.relu(pt(in[0])));
    b.put(
        Prim.CLAMP,
        FLOATS,
        (p, in, av, out) -> {
          Params.Bounds bounds = (Params.Bounds) p;
          return JniUtils.clip(pt(in[0]), bounds.lo(), bounds.hi());
        });
    b.put(
        Prim.SCALED_DOT_PRODUCT_ATTENTION,
        FLOATS,
        (p, in, av, out) -> {
          Params.Attention a = (Params.Attention) p;
          return script.attention(tensors(in), a.scale(), a.causal(), a.mask().ordinal());
        });
    b.put(
        Prim.RESIZE,
        FLOATS,
        (p, in, av, out) -> {
          Params.Resize r = (Params.Resize) p;
          double[] factors = r.scales();
          for (int i = 0; i < factors.length; i++) {
            // PyTorch takes output / input factors and maps coordinates with their inverse
            factors[i] = 1 / factors[i];
          }
          return script.resize(pt(in[0]), r.sizes(), factors, r.mode().ordinal(), r.alignCorners());
        });
    b.put(
        Prim.EMBEDDING,
        FLOATS,
        (p, in, av, out) -> JniUtils.embedding(pt(in[1]), pt(in[0]), false));
    b.put(Prim.LSTM, FLOATS, Kernel.multi((p, in, av, outs) -> recurrent(true, in, av)));
    b.put(Prim.GRU, FLOATS, Kernel.multi((p, in, av, outs) -> recurrent(false, in, av)));
  }

  // ---- convolution ----

  /**
   * {@code torch.conv1d/2d/3d}; padding that differs between the two ends of a dimension pads the
   * difference explicitly first.
   */
  private static Object conv(Params params, Object[] in, Aval[] av, Aval out) {
    Params.Conv p = (Params.Conv) params;
    PtNDArray x = pt(in[0]);
    PtNDArray w = pt(in[1]);
    PtNDArray bias = in.length == 3 ? pt(in[2]) : null;
    Shape strides = new Shape(p.strides());
    Shape dilations = new Shape(p.dilations());
    int groups = Math.toIntExact(p.groups());
    if (p.symmetric()) {
      return JniUtils.convolution(x, w, bias, strides, new Shape(p.padLo()), dilations, groups);
    }
    long[][] split = asymmetricPadding(p);
    PtNDArray padded = JniUtils.pad(x, split[1], 0);
    try {
      return JniUtils.convolution(padded, w, bias, strides, new Shape(split[0]), dilations, groups);
    } finally {
      padded.close();
    }
  }

  /**
   * Returns the padding both ends of each dimension share (what the convolution takes) and the
   * rest, padded explicitly first (torch order: last dimension first, low then high end).
   */
  static long[][] asymmetricPadding(Params.Conv p) {
    int dims = p.dims();
    long[] lo = p.padLo();
    long[] hi = p.padHi();
    long[] common = new long[dims];
    long[] pads = new long[2 * dims];
    for (int i = 0; i < dims; i++) {
      common[i] = Math.min(lo[i], hi[i]);
      int j = 2 * (dims - 1 - i); // torch pads list the last dimension first
      pads[j] = lo[i] - common[i];
      pads[j + 1] = hi[i] - common[i];
    }
    return new long[][] {common, pads};
  }

  /**
   * {@code torch.conv_transpose1d/2d/3d} with {@code padding = padLo} and {@code output_padding =
   * padLo - padHi} where PyTorch takes that (0 &lt;= it &lt; max(stride, dilation)); otherwise with
   * the padding both ends share (none where padHi &lt; 0), the result then cropped or extended with
   * zeros to the contract's ends before the bias is added.
   */
  private Object convTranspose(Params params, Object[] in, Aval[] av, Aval out) {
    return script.call("conv_transpose", tensors(in), convTransposeArgs((Params.Conv) params));
  }

  /** Returns the int list the TorchScript method {@code conv_transpose} takes for {@code p}. */
  static long[] convTransposeArgs(Params.Conv p) {
    int dims = p.dims();
    long[] s = p.strides();
    long[] d = p.dilations();
    long[] lo = p.padLo();
    long[] hi = p.padHi();
    boolean direct = true;
    for (int i = 0; i < dims; i++) {
      long op = lo[i] - hi[i];
      direct &= op >= 0 && op < Math.max(s[i], d[i]);
    }
    LongList a = new LongList().add(dims, p.groups()).add(s);
    if (direct) {
      long[] op = new long[dims];
      for (int i = 0; i < dims; i++) {
        op[i] = lo[i] - hi[i];
      }
      a.add(lo).add(op).add(d);
    } else {
      long[] pad = new long[dims];
      long[] pads = new long[2 * dims];
      for (int i = 0; i < dims; i++) {
        // torch keeps full positions [pad, full - pad); the contract keeps [lo, full - hi)
        pad[i] = Math.min(lo[i], Math.max(hi[i], 0));
        int j = 2 * (dims - 1 - i);
        pads[j] = pad[i] - lo[i];
        pads[j + 1] = pad[i] - hi[i];
      }
      a.add(pad).add(new long[dims]).add(d).add(pads);
    }
    return a.toArray();
  }

  // ---- pooling ----

  /**
   * Returns whether PyTorch's pooling takes {@code p}'s padding as it is: the same at both ends and
   * at most half the window (PyTorch's limit).
   */
  private static boolean torchPadding(Params.Pool p) {
    long[] k = p.kernel();
    long[] lo = p.padLo();
    boolean ok = p.symmetric();
    for (int i = 0; i < k.length; i++) {
      ok &= lo[i] <= k[i] / 2;
    }
    return ok;
  }

  /**
   * Returns the explicit padding (torch order, last dimension first) that gives every output window
   * of {@code p} whole: {@code padLo} before, and after up to the end of the last window (which
   * crops the input where that ends before it).
   */
  private static long[] explicitPads(Params.Pool p, Aval x, Aval out) {
    int dims = p.dims();
    long[] pads = new long[2 * dims];
    for (int i = 0; i < dims; i++) {
      long n = x.shape().dim(2 + i);
      long lo = p.padLo()[i];
      int j = 2 * (dims - 1 - i);
      pads[j] = lo;
      pads[j + 1] = needed(p, i, out) - lo - n;
    }
    return pads;
  }

  /** Returns the padded length the windows of spatial dimension {@code i} span. */
  private static long needed(Params.Pool p, int i, Aval out) {
    long kEff = p.dilations()[i] * (p.kernel()[i] - 1) + 1;
    return (out.shape().dim(2 + i) - 1) * p.strides()[i] + kEff;
  }

  /**
   * {@code max_pool1d/2d/3d}: a direct call without dilation, TorchScript with it; padding PyTorch
   * cannot take is applied explicitly as -inf first.
   */
  private Object maxPool(Params params, Object[] in, Aval[] av, Aval out) {
    Params.Pool p = (Params.Pool) params;
    PtNDArray x = pt(in[0]);
    long[] a = maxPoolArgs(p, av[0], out);
    if (a == null) {
      return JniUtils.maxPool(
          x, new Shape(p.kernel()), new Shape(p.strides()), new Shape(p.padLo()), p.ceilMode());
    }
    return script.call("max_pool", x, a);
  }

  /**
   * Returns the int list the TorchScript method {@code max_pool_grad} takes for {@code p} ({@code
   * max_pool1d/2d/3d_with_indices} and their backward: dims, ceil mode, kernel, strides, padding,
   * dilations), or null where PyTorch cannot take the padding (the decomposition runs).
   */
  static long[] maxPoolGradArgs(Params.Pool p) {
    if (!torchPadding(p)) {
      return null;
    }
    return new LongList()
        .add(p.dims(), p.ceilMode() ? 1 : 0)
        .add(p.kernel())
        .add(p.strides())
        .add(p.padLo())
        .add(p.dilations())
        .toArray();
  }

  /**
   * Returns the int list the TorchScript method {@code max_pool} takes for {@code p} on {@code x},
   * or null where {@code max_pool1d/2d/3d} takes {@code p} directly (PyTorch padding, no dilation).
   */
  static long[] maxPoolArgs(Params.Pool p, Aval x, Aval out) {
    int dims = p.dims();
    boolean torchPad = torchPadding(p);
    boolean dilated = false;
    for (long d : p.dilations()) {
      dilated |= d != 1;
    }
    if (torchPad && !dilated) {
      return null;
    }
    LongList a = new LongList().add(dims, torchPad && p.ceilMode() ? 1 : 0);
    a.add(p.kernel()).add(p.strides());
    if (torchPad) {
      a.add(p.padLo()).add(p.dilations());
    } else {
      a.add(new long[dims]).add(p.dilations()).add(explicitPads(p, x, out));
    }
    return a.toArray();
  }

  /**
   * {@code avg_pool1d/2d/3d}: a direct call where DJL's (which always counts padding) gives the
   * contract, TorchScript with {@code count_include_pad} and {@code divisor_override} otherwise.
   * Padding PyTorch cannot take is applied explicitly as zeros first; the windows then divide by
   * the divisor, by their size where no window reaches past the padding, else by the count of a
   * mask of ones padded the same way (the input alone, or with its padding where that counts).
   */
  private Object avgPool(Params params, Object[] in, Aval[] av, Aval out) {
    Params.Pool p = (Params.Pool) params;
    PtNDArray x = pt(in[0]);
    long[] a = avgPoolArgs(p, av[0], out);
    if (a == null) {
      return JniUtils.avgPool(
          x,
          new Shape(p.kernel()),
          new Shape(p.strides()),
          new Shape(p.padLo()),
          p.ceilMode(),
          true);
    }
    return script.call("avg_pool", x, a);
  }

  /**
   * Returns the int list the TorchScript method {@code avg_pool} takes for {@code p} on {@code x},
   * or null where {@code avg_pool1d/2d/3d} with {@code count_include_pad} takes {@code p} directly.
   */
  static long[] avgPoolArgs(Params.Pool p, Aval x, Aval out) {
    int dims = p.dims();
    if (torchPadding(p)) {
      boolean padded = false;
      for (long lo : p.padLo()) {
        padded |= lo != 0;
      }
      if (p.divisor() == 0 && (p.countIncludePad() || !padded)) {
        return null;
      }
      LongList a = new LongList();
      a.add(dims, p.ceilMode() ? 1 : 0, p.countIncludePad() ? 1 : 0, p.divisor());
      a.add(p.kernel()).add(p.strides()).add(p.padLo());
      return a.toArray();
    }
    long[] pads = explicitPads(p, x, out);
    LongList a = new LongList().add(dims, 0, 1, p.divisor());
    a.add(p.kernel()).add(p.strides()).add(new long[dims]).add(pads);
    if (p.divisor() == 0) {
      long[] extent = new long[dims];
      long[] maskPads = new long[2 * dims];
      boolean uniform = p.countIncludePad();
      for (int i = 0; i < dims; i++) {
        long n = x.shape().dim(2 + i);
        long need = needed(p, i, out);
        long padded = n + p.padLo()[i] + p.padHi()[i];
        int j = 2 * (dims - 1 - i);
        if (p.countIncludePad()) {
          // every position of the padded input counts, none past it
          uniform &= need <= padded;
          extent[i] = Math.min(need, padded);
          maskPads[j + 1] = need - extent[i];
        } else {
          extent[i] = n;
          maskPads[j] = pads[j];
          maskPads[j + 1] = pads[j + 1];
        }
      }
      if (!uniform) {
        a.add(extent).add(maskPads);
      }
    }
    return a.toArray();
  }

  // ---- normalization ----

  private Object layerNorm(Params params, Object[] in, Aval[] av, Aval out) {
    Params.Norm n = (Params.Norm) params;
    if (n.weight() && n.bias()) {
      long[] d = av[0].shape().dims();
      Shape normalized = new Shape(java.util.Arrays.copyOfRange(d, n.axis(), d.length));
      return JniUtils.layerNorm(pt(in[0]), normalized, pt(in[1]), pt(in[2]), n.eps());
    }
    return script.norm("layer_norm", tensors(in), new long[] {n.axis()}, affine(n), n.eps());
  }

  private Object batchNorm(Params params, Object[] in, Aval[] av, Aval out) {
    Params.Norm n = (Params.Norm) params;
    if (n.weight() && n.bias()) {
      // DJL's parameter names are off: the native order is input, mean, var, weight, bias
      return JniUtils.batchNorm(
          pt(in[0]), pt(in[1]), pt(in[2]), pt(in[3]), pt(in[4]), false, 0, n.eps());
    }
    return script.norm("batch_norm", tensors(in), new long[0], affine(n), n.eps());
  }

  /** Returns the affine inputs flagged in {@code n} as weight + 2 bias. */
  private static long affine(Params.Norm n) {
    return (n.weight() ? 1 : 0) + (n.bias() ? 2 : 0);
  }

  // ---- recurrent layers ----

  /**
   * {@code torch.lstm} / {@code torch.gru}: one layer, time-major, with biases, bidirectional for
   * two directions; the stacked per-direction weights [D, G * H, ...] are split into views.
   */
  private static Object[] recurrent(boolean lstm, Object[] in, Aval[] av) {
    int dirs = Math.toIntExact(av[1].shape().dim(0));
    int w = lstm ? 3 : 2;
    List<NDArray> tmp = new ArrayList<>();
    try {
      List<List<PtNDArray>> perDir = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        perDir.add(directions(pt(in[w + i]), av[w + i], dirs, tmp));
      }
      NDList params = new NDList();
      for (int dir = 0; dir < dirs; dir++) {
        for (List<PtNDArray> weights : perDir) {
          params.add(weights.get(dir));
        }
      }
      PtNDArray x = pt(in[0]);
      NDList r =
          lstm
              ? JniUtils.lstm(
                  x, new NDList(pt(in[1]), pt(in[2])), params, true, 1, 0, false, dirs == 2, false)
              : JniUtils.gru(x, pt(in[1]), params, true, 1, 0, false, dirs == 2, false);
      return r.toArray(new Object[0]);
    } finally {
      for (NDArray t : tmp) {
        t.close();
      }
    }
  }

  /** Returns views of {@code a} [D, ...] per direction, without the leading axis. */
  private static List<PtNDArray> directions(PtNDArray a, Aval aval, int dirs, List<NDArray> tmp) {
    long[] d = aval.shape().dims();
    long[] flat = java.util.Arrays.copyOfRange(d, 1, d.length);
    flat[0] *= dirs;
    PtNDArray f = JniUtils.reshape(a, flat);
    tmp.add(f);
    if (dirs == 1) {
      return List.of(f);
    }
    NDList parts = JniUtils.split(f, d[1], 0);
    List<PtNDArray> r = new ArrayList<>();
    for (NDArray part : parts) {
      tmp.add(part);
      r.add((PtNDArray) part);
    }
    return r;
  }

  private static PtNDArray[] tensors(Object[] in) {
    PtNDArray[] t = new PtNDArray[in.length];
    for (int i = 0; i < in.length; i++) {
      t[i] = pt(in[i]);
    }
    return t;
  }

  /** A growable list of longs for the int-list arguments of the TorchScript methods. */
  private static final class LongList {
    private long[] v = new long[16];
    private int n;

    LongList add(long... xs) {
      if (n + xs.length > v.length) {
        v = java.util.Arrays.copyOf(v, Math.max(2 * v.length, n + xs.length));
      }
      System.arraycopy(xs, 0, v, n, xs.length);
      n += xs.length;
      return this;
    }

    long[] toArray() {
      return java.util.Arrays.copyOf(v, n);
    }
  }
}
