package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The coarse operations ({@link Prim#COARSE}): one method each that binds the operation as one
 * node, and their decompositions into primitives, which run where a backend has no kernel of its
 * own, give autodiff a rule and serve exporters without a native mapping (PyTorch's decomposition
 * table). Callers (the core functions) check their arguments first; the methods here take operands
 * already in the operation's canonical layout (channels first, batched).
 */
public final class Coarse {
  private Coarse() {}

  // ---- binding ----

  /**
   * Returns the N-d convolution of channel-first {@code x} with {@code w} [O, C / g, *k] plus an
   * optional {@code bias}; a negative pad crops the input first.
   */
  public static Array conv(Array x, Array w, Array bias, Params.Conv p) {
    long[] lo = p.padLo();
    long[] hi = p.padHi();
    boolean crop = false;
    for (int i = 0; i < lo.length; i++) {
      crop |= lo[i] < 0 || hi[i] < 0;
    }
    Array xc = x;
    if (crop) {
      for (int i = 0; i < lo.length; i++) {
        xc = Windows.pad(xc, 2 + i, Math.min(lo[i], 0), Math.min(hi[i], 0), 0);
        lo[i] = Math.max(lo[i], 0);
        hi[i] = Math.max(hi[i], 0);
      }
      p = new Params.Conv(p.strides(), lo, hi, p.dilations(), p.groups());
    }
    return bias == null
        ? Dispatcher.bind(Prim.CONV, p, xc, w)
        : Dispatcher.bind(Prim.CONV, p, xc, w, bias);
  }

  /**
   * Returns the transposed convolution of channel-first {@code x} with {@code w} [C, O / g, *k].
   */
  public static Array convTranspose(Array x, Array w, Array bias, Params.Conv p) {
    return bias == null
        ? Dispatcher.bind(Prim.CONV_TRANSPOSE, p, x, w)
        : Dispatcher.bind(Prim.CONV_TRANSPOSE, p, x, w, bias);
  }

  /** Returns the max ({@code max}) or average pooling of channel-first {@code x}. */
  public static Array pool(boolean max, Array x, Params.Pool p) {
    return Dispatcher.bind(max ? Prim.MAX_POOL : Prim.AVG_POOL, p, x);
  }

  /**
   * Returns the (log-)softmax of a non-empty floating {@code x} along non-negative {@code axis}.
   */
  public static Array softmax(boolean log, Array x, int axis) {
    return Dispatcher.bind(log ? Prim.LOG_SOFTMAX : Prim.SOFTMAX, new Params.Axis(axis), x);
  }

  /** Returns the layer norm of floating x over axes axis..rank-1; weight and bias may be null. */
  public static Array layerNorm(Array x, int axis, Array weight, Array bias, double eps) {
    return norm(
        Prim.LAYER_NORM,
        new Params.Norm(axis, 1, eps, weight != null, bias != null),
        x,
        null,
        null,
        weight,
        bias);
  }

  /** Returns the batch norm of channel-first x with the given statistics. */
  public static Array batchNorm(
      Array x, Array mean, Array var, Array weight, Array bias, double eps) {
    return norm(
        Prim.BATCH_NORM,
        new Params.Norm(1, 1, eps, weight != null, bias != null),
        x,
        mean,
        var,
        weight,
        bias);
  }

  /** Returns the group norm of channel-first x. */
  public static Array groupNorm(Array x, long groups, Array weight, Array bias, double eps) {
    return norm(
        Prim.GROUP_NORM,
        new Params.Norm(1, groups, eps, weight != null, bias != null),
        x,
        null,
        null,
        weight,
        bias);
  }

  private static Array norm(
      Prim prim, Params.Norm p, Array x, Array mean, Array var, Array weight, Array bias) {
    List<Array> in = new ArrayList<>(List.of(x));
    if (mean != null) {
      in.add(mean);
      in.add(var);
    }
    if (weight != null) {
      in.add(weight);
    }
    if (bias != null) {
      in.add(bias);
    }
    return Dispatcher.bind(prim, p, in.toArray(new Array[0]));
  }

  /** Returns the GELU of floating x. */
  public static Array gelu(Array x, boolean approximate) {
    return Dispatcher.bind(Prim.GELU, new Params.Gelu(approximate), x);
  }

  /** Returns x * sigmoid(x) of floating x. */
  public static Array silu(Array x) {
    return Dispatcher.bind(Prim.SILU, Params.None.INSTANCE, x);
  }

  /** Returns max(x, 0) of floating x. */
  public static Array relu(Array x) {
    return Dispatcher.bind(Prim.RELU, Params.None.INSTANCE, x);
  }

  /** Returns floating x clamped to [lo, hi]. */
  public static Array clamp(Array x, double lo, double hi) {
    return Dispatcher.bind(Prim.CLAMP, new Params.Bounds(lo, hi), x);
  }

  /** Returns x @ w^T + bias (bias may be null) of one floating dtype, w [out, in]. */
  public static Array linear(Array x, Array w, Array bias) {
    return bias == null
        ? Dispatcher.bind(Prim.LINEAR, Params.None.INSTANCE, x, w)
        : Dispatcher.bind(Prim.LINEAR, Params.None.INSTANCE, x, w, bias);
  }

  /**
   * Returns one LSTM layer's outputs (y, hN, cN) for time-major {@code x}; see {@link Prim#LSTM}.
   */
  public static Array[] lstm(
      Array x, Array h0, Array c0, Array wIh, Array wHh, Array bIh, Array bHh) {
    return Dispatcher.bindMulti(Prim.LSTM, Params.None.INSTANCE, x, h0, c0, wIh, wHh, bIh, bHh);
  }

  /** Returns one GRU layer's outputs (y, hN) for time-major {@code x}; see {@link Prim#GRU}. */
  public static Array[] gru(Array x, Array h0, Array wIh, Array wHh, Array bIh, Array bHh) {
    return Dispatcher.bindMulti(Prim.GRU, Params.None.INSTANCE, x, h0, wIh, wHh, bIh, bHh);
  }

  /**
   * Returns softmax(q @ k^T * scale + mask) @ v over equal batch dimensions; see {@link
   * Prim#SCALED_DOT_PRODUCT_ATTENTION}. {@code mask} is null, bool (true keeps) or additive in q's
   * dtype, of q's rank and broadcasting to the scores; it and {@code causal} exclude each other.
   */
  public static Array scaledDotProductAttention(
      Array q, Array k, Array v, Array mask, double scale, boolean causal) {
    if (mask == null) {
      return Dispatcher.bind(
          Prim.SCALED_DOT_PRODUCT_ATTENTION,
          new Params.Attention(scale, causal, Params.Attention.Mask.NONE),
          q,
          k,
          v);
    }
    Params.Attention.Mask kind =
        mask.dtype().isBool() ? Params.Attention.Mask.BOOL : Params.Attention.Mask.ADDITIVE;
    return Dispatcher.bind(
        Prim.SCALED_DOT_PRODUCT_ATTENTION,
        new Params.Attention(scale, causal, kind),
        q,
        k,
        v,
        mask);
  }

  /** Returns channel-first x [N, C, *spatial] (1 to 3 spatial dimensions) resized as {@code p}. */
  public static Array resize(Array x, Params.Resize p) {
    return Dispatcher.bind(Prim.RESIZE, p, x);
  }

  /** Returns the rows of {@code weights} [num, dim] at in-range int64 {@code indices}. */
  public static Array embedding(Array weights, Array indices) {
    return Dispatcher.bind(Prim.EMBEDDING, Params.None.INSTANCE, weights, indices);
  }

  // ---- decompositions ----

  /**
   * Returns the outputs of coarse operation {@code prim} computed from primitives (and other core
   * functions that bind none of the coarse operations it is made of).
   *
   * @throws IllegalStateException if prim is not a coarse operation
   */
  public static Array[] decompose(Prim prim, Params params, Array[] in) {
    return switch (prim) {
      case CONV -> one(convDecomposition(in, (Params.Conv) params));
      case CONV_TRANSPOSE -> one(convTransposeDecomposition(in, (Params.Conv) params));
      case MAX_POOL -> one(Pooling.poolDecomposition(true, in[0], (Params.Pool) params));
      case AVG_POOL -> one(Pooling.poolDecomposition(false, in[0], (Params.Pool) params));
      case SOFTMAX -> one(softmaxDecomposition(in[0], ((Params.Axis) params).axis()));
      case LOG_SOFTMAX -> one(logSoftmaxDecomposition(in[0], ((Params.Axis) params).axis()));
      case LAYER_NORM, BATCH_NORM, GROUP_NORM ->
          one(normDecomposition(prim, (Params.Norm) params, in));
      case GELU -> one(geluDecomposition(in[0], ((Params.Gelu) params).approximate()));
      case SILU -> one(Elementwise.multiply(in[0], Activations.sigmoid(in[0])));
      case RELU -> one(Activations.reluDecomposition(in[0]));
      case CLAMP -> {
        Params.Bounds b = (Params.Bounds) params;
        yield one(
            Elementwise.clipDecomposition(
                in[0],
                b.lo() == Double.NEGATIVE_INFINITY ? null : b.lo(),
                b.hi() == Double.POSITIVE_INFINITY ? null : b.hi()));
      }
      case LINEAR -> {
        Array y = Linalg.matmul(in[0], Manipulation.matrixTranspose(in[1]));
        yield one(in.length == 3 ? Elementwise.add(y, in[2]) : y);
      }
      case SCALED_DOT_PRODUCT_ATTENTION -> {
        Params.Attention a = (Params.Attention) params;
        Array keep = a.mask() == Params.Attention.Mask.BOOL ? in[3] : null;
        Array additive = a.mask() == Params.Attention.Mask.ADDITIVE ? in[3] : null;
        yield one(
            Attention.attend(in[0], in[1], in[2], a.scale(), keep, additive, a.causal(), 0).out());
      }
      case RESIZE -> one(Interpolation.resizeDecomposition(in[0], (Params.Resize) params));
      case EMBEDDING -> one(Dispatcher.bind(Prim.TAKE, new Params.Axis(0), in[0], in[1]));
      case MAX_POOL_GRAD -> one(Pooling.maxPoolGrad(in[0], in[1], (Params.Pool) params));
      case LSTM -> Recurrent.lstm(in);
      case GRU -> Recurrent.gru(in);
      default -> throw new IllegalStateException(prim + " is not a coarse operation");
    };
  }

  private static Array[] one(Array a) {
    return new Array[] {a};
  }

  private static Array withBias(Array r, Array[] in) {
    if (in.length < 3) {
      return r;
    }
    long[] bs = new long[r.rank() - 1];
    Arrays.fill(bs, 1);
    bs[0] = in[2].shape().dim(0);
    return Elementwise.add(r, Manipulation.reshape(in[2], Shape.of(bs)));
  }

  private static Array convDecomposition(Array[] in, Params.Conv p) {
    Array r =
        Convolution.convChannelFirst(
            "conv",
            in[0],
            in[1],
            p.strides(),
            p.padLo(),
            p.padHi(),
            p.dilations(),
            p.groups(),
            in[0].shape(),
            in[1].shape());
    return withBias(r, in);
  }

  /**
   * A stride-1 convolution of the input with {@code stride - 1} zeros inserted between elements,
   * padded by {@code dilation * (k - 1) - padLo}, with the spatially flipped filters whose in and
   * out channels are swapped within each group.
   */
  private static Array convTransposeDecomposition(Array[] in, Params.Conv p) {
    Array x = in[0];
    Array w = in[1];
    int dims = p.dims();
    long g = p.groups();
    long[] s = p.strides();
    long[] d = p.dilations();
    long cin = x.shape().dim(1);
    long og = w.shape().dim(1);
    long cout = og * g;
    long[] lo = new long[dims];
    long[] hi = new long[dims];
    long[] ones = new long[dims];
    Arrays.fill(ones, 1);
    for (int i = 0; i < dims; i++) {
      long n = x.shape().dim(2 + i);
      long kEff = d[i] * (w.shape().dim(2 + i) - 1) + 1;
      long out = (n - 1) * s[i] + kEff - p.padLo()[i] - p.padHi()[i];
      long dilatedLen = (n - 1) * s[i] + 1;
      lo[i] = kEff - 1 - p.padLo()[i];
      hi[i] = out + kEff - 1 - dilatedLen - lo[i];
    }
    long[] wd = w.shape().dims();
    long[] split = new long[dims + 3];
    split[0] = g;
    split[1] = cin / g;
    split[2] = og;
    System.arraycopy(wd, 2, split, 3, dims);
    int[] perm = Checks.allAxes(dims + 3);
    perm[1] = 2;
    perm[2] = 1;
    long[] fwd = new long[dims + 2];
    fwd[0] = cout;
    fwd[1] = cin / g;
    System.arraycopy(wd, 2, fwd, 2, dims);
    Array wf = Manipulation.reshape(w, Shape.of(split));
    wf = Manipulation.reshape(Manipulation.permuteDims(wf, perm), Shape.of(fwd));
    int[] spatial = new int[dims];
    for (int i = 0; i < dims; i++) {
      spatial[i] = 2 + i;
    }
    wf = Manipulation.flip(wf, spatial);
    Array xc = x;
    for (int i = 0; i < dims; i++) {
      xc = Windows.dilate(xc, 2 + i, s[i]);
    }
    Array r =
        Convolution.convChannelFirst(
            "conv_transpose", xc, wf, ones, lo, hi, d, g, x.shape(), w.shape());
    return withBias(r, in);
  }

  static Array softmaxDecomposition(Array f, int ax) {
    int[] axes = {ax};
    Array e = Elementwise.exp(Elementwise.subtract(f, Reductions.max(f, axes, true)));
    return Elementwise.divide(e, Reductions.sum(e, axes, true, null));
  }

  static Array logSoftmaxDecomposition(Array f, int ax) {
    int[] axes = {ax};
    Array shifted = Elementwise.subtract(f, Reductions.max(f, axes, true));
    Array lse = Elementwise.log(Reductions.sum(Elementwise.exp(shifted), axes, true, null));
    return Elementwise.subtract(shifted, lse);
  }

  static Array geluDecomposition(Array f, boolean approximate) {
    Array inner;
    if (approximate) {
      Array cube = Elementwise.multiply(Elementwise.multiply(f, f), f);
      Array u =
          Elementwise.multiply(
              Elementwise.add(f, Elementwise.multiply(cube, 0.044715)), Math.sqrt(2.0 / Math.PI));
      inner = Elementwise.tanh(u);
    } else {
      inner = Elementwise.erf(Elementwise.multiply(f, Math.sqrt(0.5)));
    }
    return Elementwise.multiply(Elementwise.multiply(f, 0.5), Elementwise.add(inner, 1));
  }

  private static Array normDecomposition(Prim prim, Params.Norm p, Array[] in) {
    Array x = in[0];
    int rank = x.rank();
    int k = 1;
    Array mean = null;
    Array var = null;
    if (prim == Prim.BATCH_NORM) {
      mean = perChannel(in[1], rank);
      var = perChannel(in[2], rank);
      k = 3;
    }
    Array weight = p.weight() ? in[k++] : null;
    Array bias = p.bias() ? in[k] : null;
    Array y;
    if (prim == Prim.LAYER_NORM) {
      int[] axes = new int[rank - p.axis()];
      for (int i = 0; i < axes.length; i++) {
        axes[i] = p.axis() + i;
      }
      y = standardize(x, Reductions.mean(x, axes, true), Reductions.var(x, axes, 0, true), p.eps());
    } else if (prim == Prim.BATCH_NORM) {
      y = standardize(x, mean, var, p.eps());
    } else {
      long[] d = x.shape().dims();
      long[] gd = new long[rank + 1];
      gd[0] = d[0];
      gd[1] = p.groups();
      gd[2] = d[1] / p.groups();
      System.arraycopy(d, 2, gd, 3, rank - 2);
      Array grouped = Manipulation.reshape(x, Shape.of(gd));
      int[] axes = new int[rank - 1];
      for (int i = 0; i < axes.length; i++) {
        axes[i] = 2 + i;
      }
      y =
          standardize(
              grouped,
              Reductions.mean(grouped, axes, true),
              Reductions.var(grouped, axes, 0, true),
              p.eps());
      y = Manipulation.reshape(y, Shape.of(d));
    }
    if (prim != Prim.LAYER_NORM) {
      weight = weight == null ? null : perChannel(weight, rank);
      bias = bias == null ? null : perChannel(bias, rank);
    }
    Array r = weight == null ? y : Elementwise.multiply(y, weight);
    return bias == null ? r : Elementwise.add(r, bias);
  }

  /** Returns (x - mean) / sqrt(var + eps). */
  static Array standardize(Array x, Array mean, Array var, double eps) {
    return Elementwise.divide(
        Elementwise.subtract(x, mean), Elementwise.sqrt(Elementwise.add(var, eps)));
  }

  /** Returns a [C] vector shaped [C, 1, ...] to broadcast along axis 1 of an x of {@code rank}. */
  private static Array perChannel(Array v, int rank) {
    long[] d = new long[rank - 1];
    Arrays.fill(d, 1);
    d[0] = v.shape().dim(0);
    return Manipulation.reshape(v, Shape.of(d));
  }
}
