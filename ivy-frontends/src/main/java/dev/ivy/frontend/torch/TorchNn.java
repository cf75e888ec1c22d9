package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Reduction;
import dev.ivy.ResizeMode;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Attention;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Convolution;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Index;
import dev.ivy.ops.Indexer;
import dev.ivy.ops.Interpolation;
import dev.ivy.ops.Losses;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Normalization;
import dev.ivy.ops.Pooling;
import dev.ivy.ops.Reductions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.nn.functional}: activations, losses with PyTorch's {@code reduction}, channel-first
 * convolutions and pools (stride defaulting to the kernel size), normalisations over dimension 1,
 * padding given from the last dimension backwards, and {@code unfold}/{@code fold}.
 */
final class TorchNn {
  private TorchNn() {}

  private static final String CF = "channel_first";

  static Array reduce(String fn, Array loss, Reduction reduction) {
    if (reduction == null) {
      throw new IvyArgumentException(fn + ": reduction must be 'none', 'mean' or 'sum'; got None");
    }
    return switch (reduction) {
      case NONE -> loss;
      case MEAN -> Reductions.mean(loss, dev.ivy.ops.Checks.allAxes(loss.rank()), false);
      case SUM -> Reductions.sum(loss, dev.ivy.ops.Checks.allAxes(loss.rank()), false, null);
    };
  }

  static Array softmax(Array x, Integer dim, DType dtype, boolean log) {
    Array v = TorchTypes.cast(TorchTypes.floating(x), dtype);
    int d = dim != null ? dim : (v.rank() == 0 || v.rank() == 1 || v.rank() == 3) ? 0 : 1;
    if (v.rank() == 0) {
      return log ? Elementwise.multiply(v, 0L) : Elementwise.add(Elementwise.multiply(v, 0L), 1L);
    }
    return log ? Activations.logSoftmax(v, d) : Activations.softmax(v, d);
  }

  static Array celu(Array x, double alpha) {
    Array neg =
        Elementwise.minimum(
            Elementwise.multiply(Elementwise.expm1(Elementwise.divide(x, alpha)), alpha), 0L);
    return Elementwise.add(Elementwise.maximum(x, 0L), neg);
  }

  static Array gelu(Array x, GeluApproximate approximate) {
    if (approximate == null) {
      throw new IvyArgumentException("gelu: approximate must be 'none' or 'tanh'; got None");
    }
    return Activations.gelu(x, approximate == GeluApproximate.TANH);
  }

  static Array hardshrink(Array x, double lambd) {
    return Elementwise.where(
        Elementwise.greater(Elementwise.abs(x), lambd), x, Creation.zerosLike(x));
  }

  static Array softshrink(Array x, double lambd) {
    Array z = Creation.zerosLike(x);
    return Elementwise.where(
        Elementwise.greater(x, lambd),
        Elementwise.subtract(x, lambd),
        Elementwise.where(Elementwise.less(x, -lambd), Elementwise.add(x, lambd), z));
  }

  static Array hardtanh(Array x, double min, double max) {
    return Elementwise.clip(x, min, max);
  }

  static Array threshold(Array x, double threshold, double value) {
    return Elementwise.where(
        Elementwise.greater(x, threshold), x, Creation.fullLike(x, value, x.dtype()));
  }

  static Array logsigmoid(Array x) {
    return Elementwise.negative(Activations.softplus(Elementwise.negative(x), 1.0, 20.0));
  }

  static Array softsign(Array x) {
    return Elementwise.divide(x, Elementwise.add(Elementwise.abs(x), 1L));
  }

  static Array tanhshrink(Array x) {
    return Elementwise.subtract(x, Elementwise.tanh(x));
  }

  static Array prelu(Array x, Array weight) {
    Array w = weight;
    if (x.rank() >= 2 && weight.size() > 1) {
      long[] s = new long[x.rank() - 1];
      java.util.Arrays.fill(s, 1);
      s[0] = weight.size();
      w = Manipulation.reshape(weight, s);
    }
    return Elementwise.where(Elementwise.greaterEqual(x, 0L), x, Elementwise.multiply(w, x));
  }

  static Array glu(Array x, int dim) {
    int d = TorchShapes.dim("glu", dim, x.rank());
    long n = x.shape().dim(d);
    if (n % 2 != 0) {
      throw new IvyArgumentException(
          "glu: halving dimension must be even; got size " + n + " at dim " + dim);
    }
    Array a = TorchShapes.narrow(x, d, 0, n / 2);
    Array b = TorchShapes.narrow(x, d, n / 2, n);
    return Elementwise.multiply(a, Activations.sigmoid(b));
  }

  static Array normalize(Array x, double p, int dim, double eps) {
    Array n = TorchLinalg.vectorNorm(x, p, new int[] {dim}, true, null);
    return Elementwise.divide(x, Elementwise.maximum(n, eps));
  }

  static Array cosineSimilarity(Array x1, Array x2, int dim, double eps) {
    Array w12 =
        Reductions.sum(
            TorchMath.binary(x1, x2, Elementwise::multiply), new int[] {dim}, false, null);
    Array w1 = Reductions.sum(Elementwise.square(x1), new int[] {dim}, false, null);
    Array w2 = Reductions.sum(Elementwise.square(x2), new int[] {dim}, false, null);
    Array n = Elementwise.sqrt(Elementwise.maximum(Elementwise.multiply(w1, w2), eps * eps));
    return Elementwise.divide(w12, n);
  }

  static Array pairwiseDistance(Array x1, Array x2, double p, double eps, boolean keepdim) {
    Array d = Elementwise.add(TorchMath.binary(x1, x2, Elementwise::subtract), eps);
    int last = Math.max(x1.rank(), x2.rank()) - 1;
    return TorchLinalg.vectorNorm(d, p, new int[] {Math.max(last, 0)}, keepdim, null);
  }

  // ------------------------------------------------------------------ losses

  static Array hingeEmbeddingLoss(Array input, Array target, double margin, Reduction reduction) {
    Array z = Creation.zerosLike(input);
    Array clamp = Elementwise.maximum(Elementwise.subtract(margin, input), 0L);
    Array m = Elementwise.where(Elementwise.notEqual(target, 1L), clamp, z);
    Array s = Elementwise.where(Elementwise.notEqual(target, -1L), input, z);
    return reduce("hinge_embedding_loss", Elementwise.add(m, s), reduction);
  }

  static Array marginRankingLoss(
      Array x1, Array x2, Array target, double margin, Reduction reduction) {
    Array l =
        Elementwise.maximum(
            Elementwise.add(
                Elementwise.multiply(Elementwise.negative(target), Elementwise.subtract(x1, x2)),
                margin),
            0L);
    return reduce("margin_ranking_loss", l, reduction);
  }

  static Array gaussianNllLoss(
      Array input, Array target, Array var, boolean full, double eps, Reduction reduction) {
    Array v = Elementwise.maximum(var, eps);
    Array l =
        Elementwise.multiply(
            Elementwise.add(
                Elementwise.log(v),
                Elementwise.divide(Elementwise.square(Elementwise.subtract(input, target)), v)),
            0.5);
    if (full) {
      l = Elementwise.add(l, 0.5 * Math.log(2 * Math.PI));
    }
    return reduce("gaussian_nll_loss", l, reduction);
  }

  static Array poissonNllLoss(
      Array input, Array target, boolean logInput, boolean full, double eps, Reduction reduction) {
    Array l =
        logInput
            ? Elementwise.subtract(Elementwise.exp(input), Elementwise.multiply(target, input))
            : Elementwise.subtract(
                input, Elementwise.multiply(target, Elementwise.log(Elementwise.add(input, eps))));
    if (full) {
      Array t = target;
      Array st =
          Elementwise.add(
              Elementwise.subtract(Elementwise.multiply(t, Elementwise.log(t)), t),
              Elementwise.multiply(Elementwise.log(Elementwise.multiply(t, 2 * Math.PI)), 0.5));
      l =
          Elementwise.add(
              l, Elementwise.where(Elementwise.greater(t, 1L), st, Creation.zerosLike(st)));
    }
    return reduce("poisson_nll_loss", l, reduction);
  }

  static Array tripletMarginLoss(
      Array a,
      Array p,
      Array n,
      double margin,
      double norm,
      double eps,
      boolean swap,
      Reduction reduction) {
    Array dap = pairwiseDistance(a, p, norm, eps, false);
    Array dan = pairwiseDistance(a, n, norm, eps, false);
    if (swap) {
      dan = Elementwise.minimum(dan, pairwiseDistance(p, n, norm, eps, false));
    }
    Array l = Elementwise.maximum(Elementwise.add(Elementwise.subtract(dap, dan), margin), 0L);
    return reduce("triplet_margin_loss", l, reduction);
  }

  static Array softMarginLoss(Array input, Array target, Reduction reduction) {
    Array l =
        Elementwise.log1p(
            Elementwise.exp(Elementwise.negative(Elementwise.multiply(target, input))));
    return reduce("soft_margin_loss", l, reduction);
  }

  static Array cosineEmbeddingLoss(
      Array x1, Array x2, Array target, double margin, Reduction reduction) {
    Array cos = cosineSimilarity(x1, x2, x1.rank() - 1, 1e-8);
    Array pos = Elementwise.subtract(1L, cos);
    Array neg = Elementwise.maximum(Elementwise.subtract(cos, margin), 0L);
    Array z = Creation.zerosLike(cos);
    Array l =
        Elementwise.add(
            Elementwise.where(Elementwise.equal(target, 1L), pos, z),
            Elementwise.where(Elementwise.equal(target, -1L), neg, z));
    return reduce("cosine_embedding_loss", l, reduction);
  }

  static Array multilabelSoftMarginLoss(
      Array input, Array target, Array weight, Reduction reduction) {
    Array l =
        Elementwise.negative(
            Elementwise.add(
                Elementwise.multiply(target, logsigmoid(input)),
                Elementwise.multiply(
                    Elementwise.subtract(1L, target), logsigmoid(Elementwise.negative(input)))));
    if (weight != null) {
      l = Elementwise.multiply(l, weight);
    }
    Array per = Reductions.mean(l, new int[] {input.rank() - 1}, false);
    return reduce("multilabel_soft_margin_loss", per, reduction);
  }

  // ------------------------------------------------------------------ convolution and pooling

  static Array conv(
      String fn,
      int dims,
      Array x,
      Array w,
      Array bias,
      Object stride,
      Object padding,
      Object dilation,
      long groups) {
    Object pad = padding instanceof String s ? s.toUpperCase(java.util.Locale.ROOT) : padding;
    if ("SAME".equals(pad) && !allOnes(stride)) {
      throw new IvyArgumentException(
          fn + ": padding='same' is not supported for strided convolutions");
    }
    return Convolution.conv(
        fn,
        x,
        w,
        TorchShapes.longs(stride),
        pad,
        dims,
        CF,
        CF,
        groups,
        null,
        TorchShapes.longs(dilation),
        bias);
  }

  private static boolean allOnes(Object v) {
    for (long l : TorchShapes.longs(v)) {
      if (l != 1) {
        return false;
      }
    }
    return true;
  }

  static Array convTranspose(
      String fn,
      int dims,
      Array x,
      Array w,
      Array bias,
      Object stride,
      Object padding,
      Object outputPadding,
      long groups,
      Object dilation) {
    long[] p = expand(TorchShapes.longs(padding), dims);
    long[][] pairs = new long[dims][];
    List<Object> pl = new ArrayList<>();
    for (int i = 0; i < dims; i++) {
      pairs[i] = new long[] {p[i], p[i]};
      pl.add(List.of(p[i], p[i]));
    }
    return Convolution.convTranspose(
        fn,
        x,
        w,
        TorchShapes.longs(stride),
        pl,
        dims,
        null,
        CF,
        CF,
        groups,
        TorchShapes.longs(dilation),
        expand(TorchShapes.longs(outputPadding), dims),
        bias);
  }

  static long[] expand(long[] v, int n) {
    if (v.length == n) {
      return v;
    }
    if (v.length != 1) {
      throw new IvyArgumentException(
          "torch.nn.functional: a size argument (kernel_size, stride, padding, dilation,"
              + " output_size) must be one int or "
              + n
              + " ints; got "
              + java.util.Arrays.toString(v));
    }
    long[] r = new long[n];
    java.util.Arrays.fill(r, v[0]);
    return r;
  }

  private static String fmt(int dims) {
    return dims == 1 ? "NCW" : dims == 2 ? "NCHW" : "NCDHW";
  }

  static Array maxPool(
      int dims,
      Array x,
      Object kernel,
      Object stride,
      Object padding,
      Object dilation,
      boolean ceilMode) {
    long[] k = expand(TorchShapes.longs(kernel), dims);
    long[] s =
        stride == null || (stride instanceof List<?> l && l.isEmpty())
            ? k
            : expand(TorchShapes.longs(stride), dims);
    return Pooling.maxPool(
        "max_pool" + dims + "d",
        x,
        k,
        s,
        expand(TorchShapes.longs(padding), dims),
        dims,
        fmt(dims),
        expand(TorchShapes.longs(dilation), dims),
        ceilMode);
  }

  static Array avgPool(
      int dims,
      Array x,
      Object kernel,
      Object stride,
      Object padding,
      boolean ceilMode,
      boolean countIncludePad,
      Long divisorOverride) {
    long[] k = expand(TorchShapes.longs(kernel), dims);
    long[] s =
        stride == null || (stride instanceof List<?> l && l.isEmpty())
            ? k
            : expand(TorchShapes.longs(stride), dims);
    return Pooling.avgPool(
        "avg_pool" + dims + "d",
        x,
        k,
        s,
        expand(TorchShapes.longs(padding), dims),
        dims,
        fmt(dims),
        countIncludePad,
        ceilMode,
        divisorOverride);
  }

  static long[] outputSize(Object size, int dims, Array x) {
    if (size instanceof Number) {
      return expand(new long[] {Checks.intArg("adaptive pooling", "output_size", size)}, dims);
    }
    String what = "an int or a sequence of " + dims + " ints or None";
    List<?> l = Checks.instance("adaptive pooling", "output_size", size, List.class, what);
    Checks.check(l.size() == dims, "adaptive pooling", "output_size must be %s; got %s", what, l);
    Checks.check(
        x.rank() >= dims,
        "adaptive pooling",
        "input must have at least %s dimensions; got shape %s",
        dims,
        x.shape());
    long[] r = new long[dims];
    for (int i = 0; i < dims; i++) {
      Object o = l.get(i);
      r[i] =
          o == null
              ? x.shape().dim(x.rank() - dims + i)
              : Checks.intArg("adaptive pooling", "output_size", o);
    }
    return r;
  }

  static Array lpPool(int dims, Array x, double p, Object kernel, Object stride, boolean ceilMode) {
    long[] k = expand(TorchShapes.longs(kernel), dims);
    Array pw = Elementwise.pow(x, p);
    Array avg = avgPool(dims, pw, k, stride, 0L, ceilMode, true, null);
    long kk = 1;
    for (long v : k) {
      kk *= v;
    }
    Array s = Elementwise.multiply(Elementwise.sign(avg), Activations.relu(Elementwise.abs(avg)));
    return Elementwise.pow(Elementwise.multiply(s, (double) kk), 1.0 / p);
  }

  static Array localResponseNorm(Array x, long size, double alpha, double beta, double k) {
    Checks.check(
        x.rank() >= 3,
        "local_response_norm",
        "input must have 3 or more dimensions; got shape %s",
        x.shape());
    Checks.check(size >= 1, "local_response_norm", "size must be >= 1; got %s", size);
    Array sq = Elementwise.square(x);
    long[][] pw = new long[x.rank()][2];
    pw[1] = new long[] {size / 2, (size - 1) / 2};
    Array padded = ExtraManipulation.pad(sq, pw, "constant", 0L);
    long c = x.shape().dim(1);
    Array acc = null;
    for (long i = 0; i < size; i++) {
      Array part = TorchShapes.narrow(padded, 1, i, i + c);
      acc = acc == null ? part : Elementwise.add(acc, part);
    }
    Array div = Elementwise.pow(Elementwise.add(Elementwise.multiply(acc, alpha / size), k), beta);
    return Elementwise.divide(x, div);
  }

  static Array pad(Array x, long[] pad, PadMode mode, Object value) {
    if (pad.length % 2 != 0 || pad.length / 2 > x.rank()) {
      throw new IvyArgumentException(
          "pad: pad must have an even length of at most 2 * rank; got " + pad.length);
    }
    long[][] pw = new long[x.rank()][2];
    for (int i = 0; i < pad.length / 2; i++) {
      pw[x.rank() - 1 - i] = new long[] {pad[2 * i], pad[2 * i + 1]};
    }
    if (mode == null) {
      throw new IvyArgumentException(
          "pad: mode must be 'constant', 'reflect', 'replicate' or 'circular'; got None");
    }
    String m =
        switch (mode) {
          case CONSTANT -> "constant";
          case REFLECT -> "reflect";
          case REPLICATE -> "edge";
          case CIRCULAR -> "wrap";
        };
    boolean negative = false;
    for (long p : pad) {
      negative |= p < 0;
    }
    if (negative) {
      // negative padding crops
      long[][] pos = new long[x.rank()][2];
      long[] start = new long[x.rank()];
      long[] stop = x.shape().dims();
      long[] step = new long[x.rank()];
      java.util.Arrays.fill(step, 1);
      for (int i = 0; i < x.rank(); i++) {
        for (int j = 0; j < 2; j++) {
          pos[i][j] = Math.max(pw[i][j], 0);
        }
        start[i] = Math.max(-pw[i][0], 0);
        stop[i] -= Math.max(-pw[i][1], 0);
      }
      Array cropped = Manipulation.slice(x, start, stop, step);
      return ExtraManipulation.pad(cropped, pos, m, value == null ? 0L : value);
    }
    return ExtraManipulation.pad(x, pw, m, value == null ? 0L : value);
  }

  static Array pixelShuffle(Array x, long r) {
    String fn = "pixel_shuffle";
    Checks.check(
        x.rank() >= 3, fn, "input must have 3 or more dimensions; got shape %s", x.shape());
    Checks.check(r >= 1, fn, "upscale_factor must be >= 1; got %s", r);
    long[] s = x.shape().dims();
    int n = s.length;
    Checks.check(
        r <= 3_037_000_499L && s[n - 3] % (r * r) == 0,
        fn,
        "channels (%s) must be divisible by upscale_factor squared; got upscale_factor %s",
        s[n - 3],
        r);
    long c = s[n - 3] / (r * r);
    long h = s[n - 2];
    long w = s[n - 1];
    long[] batch = java.util.Arrays.copyOf(s, n - 3);
    Array v = Manipulation.reshape(x, concat(batch, c, r, r, h, w));
    int b = batch.length;
    int[] perm = new int[b + 5];
    for (int i = 0; i < b; i++) {
      perm[i] = i;
    }
    int[] tail = {0, 3, 1, 4, 2};
    for (int i = 0; i < 5; i++) {
      perm[b + i] = b + tail[i];
    }
    return Manipulation.reshape(Manipulation.permuteDims(v, perm), concat(batch, c, h * r, w * r));
  }

  static Array pixelUnshuffle(Array x, long r) {
    String fn = "pixel_unshuffle";
    Checks.check(
        x.rank() >= 3, fn, "input must have 3 or more dimensions; got shape %s", x.shape());
    Checks.check(r >= 1, fn, "downscale_factor must be >= 1; got %s", r);
    long[] s = x.shape().dims();
    int n = s.length;
    Checks.check(
        s[n - 2] % r == 0 && s[n - 1] % r == 0,
        fn,
        "height and width (%s, %s) must be divisible by downscale_factor; got %s",
        s[n - 2],
        s[n - 1],
        r);
    long c = s[n - 3];
    long h = s[n - 2] / r;
    long w = s[n - 1] / r;
    long[] batch = java.util.Arrays.copyOf(s, n - 3);
    Array v = Manipulation.reshape(x, concat(batch, c, h, r, w, r));
    int b = batch.length;
    int[] perm = new int[b + 5];
    for (int i = 0; i < b; i++) {
      perm[i] = i;
    }
    int[] tail = {0, 2, 4, 1, 3};
    for (int i = 0; i < 5; i++) {
      perm[b + i] = b + tail[i];
    }
    return Manipulation.reshape(Manipulation.permuteDims(v, perm), concat(batch, c * r * r, h, w));
  }

  private static long[] concat(long[] a, long... b) {
    long[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static Object sliceItem(long start, long count, long step) {
    return Index.parse("unfold", start + ":" + (start + (count - 1) * step + 1) + ":" + step);
  }

  /** Returns im2col: every sliding block of a [N, C, H, W] input as a column. */
  static Array unfold(Array x, Object kernel, Object dilation, Object padding, Object stride) {
    long[] k = expand(TorchShapes.longs(kernel), 2);
    long[] d = expand(TorchShapes.longs(dilation), 2);
    long[] p = expand(TorchShapes.longs(padding), 2);
    long[] s = expand(TorchShapes.longs(stride), 2);
    if (x.rank() != 4) {
      throw new IvyArgumentException("unfold: input must be 4-D; got shape " + x.shape());
    }
    long[] oo = new long[2];
    for (int i = 0; i < 2; i++) {
      Checks.check(
          k[i] >= 1
              && d[i] >= 1
              && s[i] >= 1
              && p[i] >= 0
              && k[i] <= x.shape().dim(2 + i) + 2 * p[i],
          "unfold",
          "kernel_size, dilation and stride must be >= 1, padding >= 0 and the kernel must fit the"
              + " padded input %s; got %s, %s, %s and %s",
          x.shape(),
          java.util.Arrays.toString(k),
          java.util.Arrays.toString(d),
          java.util.Arrays.toString(s),
          java.util.Arrays.toString(p));
      // the extent of the dilated kernel, saturating, must fit the padded input
      long extent = dev.ivy.prim.SizeLimit.elements(d[i], k[i] - 1);
      long padded = x.shape().dim(2 + i) + 2 * p[i];
      Checks.check(
          extent < padded,
          "unfold",
          "the dilated kernel (dilation %s, kernel_size %s) must fit the padded input of size %s",
          d[i],
          k[i],
          padded);
      oo[i] = (padded - extent - 1) / s[i] + 1;
    }
    Checks.size(
        "unfold",
        x.dtype(),
        x.shape().dim(0),
        dev.ivy.prim.SizeLimit.elements(x.shape().dim(1), k[0], k[1]),
        dev.ivy.prim.SizeLimit.elements(oo[0], oo[1]));
    long[][] pw = {{0, 0}, {0, 0}, {p[0], p[0]}, {p[1], p[1]}};
    Array xp = ExtraManipulation.pad(x, pw, "constant", 0L);
    long oh = oo[0];
    long ow = oo[1];
    List<Array> cols = new ArrayList<>();
    for (long i = 0; i < k[0]; i++) {
      for (long j = 0; j < k[1]; j++) {
        cols.add(
            Indexer.get(
                xp,
                Index.parse("unfold", ":"),
                Index.parse("unfold", ":"),
                sliceItem(i * d[0], oh, s[0]),
                sliceItem(j * d[1], ow, s[1])));
      }
    }
    Array st = Manipulation.stack(cols, 2);
    long n = x.shape().dim(0);
    long c = x.shape().dim(1);
    return Manipulation.reshape(st, n, c * k[0] * k[1], oh * ow);
  }

  /** Returns col2im, the inverse of {@link #unfold}: overlapping blocks are summed. */
  static Array fold(
      Array x, Object outputSize, Object kernel, Object dilation, Object padding, Object stride) {
    long[] os = expand(TorchShapes.longs(outputSize), 2);
    long[] k = expand(TorchShapes.longs(kernel), 2);
    long[] d = expand(TorchShapes.longs(dilation), 2);
    long[] p = expand(TorchShapes.longs(padding), 2);
    long[] s = expand(TorchShapes.longs(stride), 2);
    for (int i = 0; i < 2; i++) {
      Checks.check(
          k[i] >= 1 && d[i] >= 1 && s[i] >= 1 && p[i] >= 0 && os[i] >= 1,
          "fold",
          "kernel_size, dilation, stride and output_size must be >= 1 and padding >= 0; got %s,"
              + " %s, %s, %s and %s",
          java.util.Arrays.toString(k),
          java.util.Arrays.toString(d),
          java.util.Arrays.toString(s),
          java.util.Arrays.toString(os),
          java.util.Arrays.toString(p));
    }
    Checks.check(
        x.rank() == 2 || x.rank() == 3,
        "fold",
        "input must be 2-d or 3-d; got shape %s",
        x.shape());
    Array v = x.rank() == 2 ? Manipulation.expandDims(x, 0) : x;
    long n = v.shape().dim(0);
    long c = v.shape().dim(1) / (k[0] * k[1]);
    long hp = os[0] + 2 * p[0];
    long wp = os[1] + 2 * p[1];
    long oh = (hp - d[0] * (k[0] - 1) - 1) / s[0] + 1;
    long ow = (wp - d[1] * (k[1] - 1) - 1) / s[1] + 1;
    if (oh * ow != v.shape().dim(2)) {
      throw new IvyArgumentException(
          "fold: expected " + (oh * ow) + " blocks for the given sizes; got " + v.shape().dim(2));
    }
    Array blocks = Manipulation.reshape(v, n, c, k[0] * k[1], oh, ow);
    Array out = Creation.zeros(dev.ivy.Shape.of(n, c, hp, wp), v.dtype());
    int b = 0;
    for (long i = 0; i < k[0]; i++) {
      for (long j = 0; j < k[1]; j++, b++) {
        Array blk =
            Indexer.get(blocks, Index.parse("fold", ":"), Index.parse("fold", ":"), (long) b);
        Object[] idx = {
          Index.parse("fold", ":"), Index.parse("fold", ":"),
          sliceItem(i * d[0], oh, s[0]), sliceItem(j * d[1], ow, s[1])
        };
        Array cur = Indexer.get(out, idx);
        out = Indexer.set(out, idx, Elementwise.add(cur, blk));
      }
    }
    Array r =
        Manipulation.slice(
            out,
            new long[] {0, 0, p[0], p[1]},
            new long[] {n, c, p[0] + os[0], p[1] + os[1]},
            new long[] {1, 1, 1, 1});
    return x.rank() == 2 ? Manipulation.squeeze(r, 0) : r;
  }

  static Array interpolate(
      Array x,
      Object size,
      Object scaleFactor,
      ResizeMode mode,
      Boolean alignCorners,
      Boolean recompute,
      boolean antialias) {
    int dims = x.rank() - 2;
    long[] sz = size == null ? null : expand(TorchShapes.longs(size), dims);
    double[] sf = null;
    if (scaleFactor != null) {
      if (scaleFactor instanceof Number n) {
        sf = new double[dims];
        java.util.Arrays.fill(sf, n.doubleValue());
      } else {
        List<?> l =
            Checks.instance(
                "interpolate",
                "scale_factor",
                scaleFactor,
                List.class,
                "a number or a sequence of numbers");
        sf = new double[l.size()];
        for (int i = 0; i < sf.length; i++) {
          sf[i] = Checks.number("interpolate", "scale_factor", l.get(i)).doubleValue();
        }
      }
    }
    return Interpolation.interpolate(
        x,
        sz,
        mode == null ? null : mode.text(),
        sf,
        recompute,
        alignCorners != null && alignCorners,
        antialias);
  }

  static Array embedding(Array input, Array weight, Double maxNorm) {
    return Attention.embedding(weight, input, maxNorm);
  }

  static Array batchNorm(
      Array x,
      Array mean,
      Array var,
      Array weight,
      Array bias,
      boolean training,
      double momentum,
      double eps) {
    return Normalization.batchNorm(x, mean, var, bias, weight, training, eps, momentum, "NCS")
        .output();
  }

  static Array groupNorm(Array x, long groups, Array weight, Array bias, double eps) {
    return Normalization.groupNorm(x, groups, bias, weight, eps, "NCS");
  }

  static Array instanceNorm(Array x, Array weight, Array bias, double eps) {
    return Normalization.instanceNorm(x, weight, bias, eps, "NCS");
  }

  static Array layerNorm(Array x, long[] shape, Array weight, Array bias, double eps) {
    return Normalization.layerNormShape(x, shape, weight, bias, eps);
  }

  static Array dropout(Array x, double p, boolean training) {
    return channelDropout("dropout", x, p, training, false, 0, 0);
  }

  /** SELU's negative saturation, -scale · alpha, as PyTorch's alpha dropout writes it. */
  private static final double ALPHA = 1.7580993408473766;

  /**
   * PyTorch's dropout family (ATen's {@code _dropout_impl}): noise ~ Bernoulli(1 - p), one draw per
   * element, or per channel (the first two axes; the first alone for an unbatched input of rank
   * {@code minRank} when {@code maxRank} is not 4) when {@code minRank > 0}; plain dropout scales
   * the kept values by 1 / (1 - p), alpha dropout maps x to {@code x·noise·a + (noise - 1 +
   * p)·alpha·a} with {@code a = 1 / sqrt((alpha²p + 1)(1 - p))}; p = 1 multiplies by zero (NaN
   * stays NaN).
   *
   * @param maxRank the largest accepted rank, -1 for any rank from minRank on
   */
  static Array channelDropout(
      String fn, Array x, double p, boolean training, boolean alpha, int minRank, int maxRank) {
    Checks.check(p >= 0 && p <= 1, fn, "p must be in [0, 1]; got %s", p);
    if (!training || p == 0) {
      return x;
    }
    Checks.check(x.dtype().isFloating(), fn, "input must have a floating dtype; got %s", x.dtype());
    int r = x.rank();
    Checks.check(
        minRank == 0 || (r >= minRank && (maxRank < 0 || r <= maxRank)),
        fn,
        "input must have rank %s; got shape %s",
        maxRank < 0 ? minRank + " or more" : minRank + " or " + maxRank,
        x.shape());
    if (p == 1) {
      return Elementwise.multiply(x, 0);
    }
    long[] noise = x.shape().dims().clone();
    if (minRank > 0) {
      int kept = r == minRank && maxRank != 4 ? 1 : 2;
      for (int i = kept; i < r; i++) {
        noise[i] = 1;
      }
    }
    Array keep =
        dev.ivy.ops.Random.dropout(
            Creation.ones(Shape.of(noise), x.dtype()), p, false, null, true, null, null);
    if (!alpha) {
      return Elementwise.multiply(x, Elementwise.divide(keep, 1 - p));
    }
    double a = 1 / Math.sqrt((ALPHA * ALPHA * p + 1) * (1 - p));
    Array b = Elementwise.multiply(Elementwise.add(keep, p - 1), ALPHA * a);
    return Elementwise.add(Elementwise.multiply(x, Elementwise.multiply(keep, a)), b);
  }

  static Array crossEntropy(
      Array input,
      Array target,
      Array weight,
      long ignoreIndex,
      Reduction reduction,
      double smoothing) {
    return Losses.crossEntropy(input, target, weight, ignoreIndex, reduction.lower(), smoothing);
  }
}
