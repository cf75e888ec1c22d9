package dev.ivy.autodiff;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sorting;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The vector-Jacobian product rule of every differentiable primitive, written with core functions
 * so gradients are the same on every backend and can themselves be traced or differentiated.
 * Non-differentiable points follow PyTorch: {@code abs} and {@code sign} give 0 at 0, elementwise
 * {@code maximum}/{@code minimum} split the gradient between equal inputs, reductions to a maximum
 * share it evenly between the tied elements, rounding functions give 0.
 */
final class Vjp {
  private Vjp() {}

  private static final Params NONE = Params.None.INSTANCE;

  /**
   * Returns the cotangents of {@code in} (null where {@code need} is false or none flows) given the
   * cotangents {@code g} of {@code out} (null entries are zeros).
   */
  static Array[] rule(Prim p, Params params, Array[] in, Array[] out, Array[] g, boolean[] need) {
    for (int i = 0; i < g.length; i++) {
      if (g[i] == null && out[i].dtype().isFloating()) {
        g[i] = zerosLike(out[i]);
      }
    }
    if (Prim.COARSE.contains(p)) {
      return coarse(p, params, in, out, g, need);
    }
    Array x = in.length > 0 ? in[0] : null;
    Array y = out[0];
    Array ct = g[0];
    return switch (p) {
      case NEG -> one(neg(ct));
      case ABS -> one(mul(ct, un(Prim.SIGN, x)));
      case SIGN, FLOOR, CEIL, ROUND -> one(zerosLike(x));
      case EXP -> one(mul(ct, y));
      case EXPM1 -> one(mul(ct, addS(y, 1)));
      case LOG -> one(div(ct, x));
      case LOG1P -> one(div(ct, addS(x, 1)));
      case SQRT -> one(div(ct, mulS(y, 2)));
      case SIN -> one(mul(ct, un(Prim.COS, x)));
      case COS -> one(neg(mul(ct, un(Prim.SIN, x))));
      case TAN -> one(mul(ct, addS(mul(y, y), 1)));
      case ASIN -> one(div(ct, un(Prim.SQRT, rsubS(1, mul(x, x)))));
      case ACOS -> one(neg(div(ct, un(Prim.SQRT, rsubS(1, mul(x, x))))));
      case ATAN -> one(div(ct, addS(mul(x, x), 1)));
      case SINH -> one(mul(ct, un(Prim.COSH, x)));
      case COSH -> one(mul(ct, un(Prim.SINH, x)));
      case TANH -> one(mul(ct, rsubS(1, mul(y, y))));
      case ASINH -> one(div(ct, un(Prim.SQRT, addS(mul(x, x), 1))));
      case ACOSH -> one(div(ct, un(Prim.SQRT, addS(mul(x, x), -1))));
      case ATANH -> one(div(ct, rsubS(1, mul(x, x))));
      case ERF -> one(mul(ct, mulS(un(Prim.EXP, neg(mul(x, x))), 2 / Math.sqrt(Math.PI))));
      case ADD -> two(in, ct, ct);
      case SUB -> two(in, ct, neg(ct));
      case MUL -> two(in, need[0] ? mul(ct, in[1]) : null, need[1] ? mul(ct, x) : null);
      case DIV ->
          two(
              in,
              need[0] ? div(ct, in[1]) : null,
              need[1] ? neg(div(mul(ct, x), mul(in[1], in[1]))) : null);
      case FLOOR_DIV -> two(in, zerosLike(y), zerosLike(y));
      case REM -> two(in, ct, need[1] ? neg(mul(ct, bin(Prim.FLOOR_DIV, x, in[1]))) : null);
      case POW -> pow(in, y, ct, need);
      case MAX -> maxMin(in, ct, Prim.LT, Prim.GT);
      case MIN -> maxMin(in, ct, Prim.GT, Prim.LT);
      case ATAN2 -> {
        Array den = add(mul(x, x), mul(in[1], in[1]));
        yield two(in, div(mul(ct, in[1]), den), neg(div(mul(ct, x), den)));
      }
      case CAST -> one(x.dtype().isFloating() ? cast(ct, x.dtype()) : null);
      case WHERE -> {
        Array z = zerosLike(ct);
        Array c = in[0];
        yield new Array[] {
          null,
          need[1] ? unbroadcast(bind(Prim.WHERE, NONE, c, ct, z), in[1].shape()) : null,
          need[2] ? unbroadcast(bind(Prim.WHERE, NONE, c, z, ct), in[2].shape()) : null
        };
      }
      case REDUCE_SUM -> one(expandReduced(ct, (Params.Axes) params, x.shape()));
      case REDUCE_PROD -> one(prodGrad(x, ct, (Params.Axes) params));
      case REDUCE_MAX, REDUCE_MIN -> {
        Params.Axes a = (Params.Axes) params;
        Array yb = expandReduced(y, a, x.shape());
        Array mask = cast(bind(Prim.EQ, NONE, x, yb), x.dtype());
        Array count =
            expandReduced(
                bind(Prim.REDUCE_SUM, new Params.Axes(a.axes(), a.keepDims()), mask), a, x.shape());
        yield one(div(mul(expandReduced(ct, a, x.shape()), mask), count));
      }
      case RESHAPE -> one(reshape(ct, x.shape()));
      case BROADCAST_TO -> one(unbroadcast(ct, x.shape()));
      case TRANSPOSE -> one(transpose(ct, inverse(((Params.Perm) params).perm())));
      case SLICE -> one(sliceGrad(ct, (Params.Slice) params, x.shape()));
      case CONCAT -> concatGrad(in, ct, ((Params.Axis) params).axis());
      case FLIP -> one(bind(Prim.FLIP, params, ct));
      case TAKE -> new Array[] {takeGrad(x, in[1], ct, ((Params.Axis) params).axis()), null};
      case MATMUL ->
          two(
              in,
              need[0] ? bind(Prim.MATMUL, NONE, ct, mT(in[1])) : null,
              need[1] ? bind(Prim.MATMUL, NONE, mT(x), ct) : null);
      case CUMSUM -> {
        Params.Axis a = (Params.Axis) params;
        Params.Axes f = new Params.Axes(new int[] {a.axis()}, false);
        yield one(bind(Prim.FLIP, f, bind(Prim.CUMSUM, a, bind(Prim.FLIP, f, ct))));
      }
      case CUMPROD -> one(cumprodGrad(x, ct, ((Params.Axis) params).axis()));
      case SORT -> {
        int axis = ((Params.Axis) params).axis();
        Array perm = bind(Prim.ARGSORT, params, x);
        Array inv = bind(Prim.ARGSORT, params, perm);
        yield one(Searching.takeAlongAxis(ct, inv, axis));
      }
      case TRIANGULAR_SOLVE -> triangularSolveGrad(in, y, ct, (Params.Triangular) params, need);
      case CHOLESKY -> one(choleskyGrad(y, ct));
      case LU -> one(luGrad(out, ct));
      case EIGH -> one(eighGrad(out, g));
      case SVD -> one(svdGrad(out, g, ((Params.Decomposition) params).full()));
      case QR -> one(qrGrad(out, g, ((Params.Decomposition) params).full()));
      case SCATTER_ADD -> {
        Array upd = need[2] ? gatherRows(ct, in[1], in[2].shape()) : null;
        yield new Array[] {ct, null, upd};
      }
      case COND -> ControlVjp.cond((Params.Control) params, in, out, g, need);
      case SCAN -> ControlVjp.scan((Params.Control) params, in, out, g, need);
      default ->
          throw new IvyArgumentException(
              "grad: primitive "
                  + p.opName()
                  + " has no gradient rule"
                  + (p == Prim.WHILE
                      ? " (reverse-mode differentiation of whileLoop under a trace is not"
                          + " supported, as in JAX: use scan with a fixed length)"
                      : ""));
    };
  }

  // ------------------------------------------------------------------ building blocks

  static Array bind(Prim p, Params params, Array... in) {
    return Dispatcher.bind(p, params, in);
  }

  static Array un(Prim p, Array x) {
    return bind(p, NONE, x);
  }

  static Array bin(Prim p, Array x, Array y) {
    return bind(p, NONE, x, y);
  }

  static Array add(Array a, Array b) {
    return bin(Prim.ADD, a, b);
  }

  static Array mul(Array a, Array b) {
    return bin(Prim.MUL, a, b);
  }

  static Array div(Array a, Array b) {
    return bin(Prim.DIV, a, b);
  }

  static Array neg(Array a) {
    return un(Prim.NEG, a);
  }

  static Array scalar(Array like, double v) {
    return full(like, Shape.of(), v);
  }

  static Array full(Array like, Shape shape, double v) {
    Params.Full f = Params.Full.of(shape, like.dtype(), v);
    if (like.backend() == Ivy.currentBackend()) {
      return Dispatcher.bind(Prim.FULL, f);
    }
    try (var b = Ivy.withBackend(like.backendName())) {
      return Dispatcher.bind(Prim.FULL, f);
    }
  }

  static Array zerosLike(Array x) {
    return full(x, x.shape(), 0);
  }

  static Array addS(Array a, double s) {
    return add(a, scalar(a, s));
  }

  static Array mulS(Array a, double s) {
    return mul(a, scalar(a, s));
  }

  static Array rsubS(double s, Array a) {
    return bin(Prim.SUB, scalar(a, s), a);
  }

  static Array cast(Array a, DType d) {
    return a.dtype() == d ? a : bind(Prim.CAST, new Params.Cast(d), a);
  }

  static Array reshape(Array a, Shape s) {
    return a.shape().equals(s) ? a : bind(Prim.RESHAPE, new Params.ToShape(s), a);
  }

  static Array transpose(Array a, int[] perm) {
    return bind(Prim.TRANSPOSE, new Params.Perm(perm), a);
  }

  /** Swaps the last two axes. */
  static Array mT(Array a) {
    int r = a.rank();
    int[] perm = new int[r];
    for (int i = 0; i < r; i++) {
      perm[i] = i;
    }
    perm[r - 2] = r - 1;
    perm[r - 1] = r - 2;
    return transpose(a, perm);
  }

  static int[] inverse(int[] perm) {
    int[] r = new int[perm.length];
    for (int i = 0; i < perm.length; i++) {
      r[perm[i]] = i;
    }
    return r;
  }

  /**
   * Returns the cotangents of a coarse operation's inputs: the VJP of its decomposition, which is
   * run again under a tape of its own (PyTorch's decomposition-based autograd).
   */
  private static Array[] coarse(
      Prim p, Params params, Array[] in, Array[] out, Array[] g, boolean[] need) {
    Array ct = g[0];
    switch (p) {
      case SOFTMAX:
        {
          // y * (g - sum(g * y))
          Params.Axes a = new Params.Axes(new int[] {((Params.Axis) params).axis()}, true);
          Array y = out[0];
          Array gy = mul(ct, y);
          return one(sub(gy, mul(y, bind(Prim.REDUCE_SUM, a, gy))));
        }
      case LOG_SOFTMAX:
        {
          // g - exp(y) * sum(g)
          Params.Axes a = new Params.Axes(new int[] {((Params.Axis) params).axis()}, true);
          return one(sub(ct, mul(un(Prim.EXP, out[0]), bind(Prim.REDUCE_SUM, a, ct))));
        }
      case SILU:
        {
          // g * s * (1 + x * (1 - s)), s = sigmoid(x)
          Array x = in[0];
          Array s = un(Prim.EXP, neg(un(Prim.LOG1P, un(Prim.EXP, neg(x)))));
          return one(mul(ct, mul(s, addS(mul(x, rsubS(1, s)), 1))));
        }
      case LINEAR:
        return linearGrad(in, ct, need);
      case MAX_POOL:
        if (in[0].dtype().isFloating()) {
          return one(bind(Prim.MAX_POOL_GRAD, params, in[0], ct));
        }
        break;
      case CONV:
        if (((Params.Conv) params).groups() == 1 && in[0].shape().size() > 0) {
          return convGrad((Params.Conv) params, in, out[0], ct, need);
        }
        break;
      case EMBEDDING:
        // the rows' cotangents scatter-added into zeros of the weights' shape
        return new Array[] {need[0] ? takeGrad(in[0], in[1], ct, 0) : null, null};
      case RELU:
        {
          Array z = zerosLike(in[0]);
          return one(bind(Prim.WHERE, NONE, bin(Prim.GT, in[0], z), ct, z));
        }
      case CLAMP:
        {
          Params.Bounds b = (Params.Bounds) params;
          Array x = in[0];
          Array inside =
              bin(
                  Prim.AND,
                  bin(Prim.GE, x, full(x, x.shape(), b.lo())),
                  bin(Prim.LE, x, full(x, x.shape(), b.hi())));
          return one(bind(Prim.WHERE, NONE, inside, ct, zerosLike(x)));
        }
      default:
        break;
    }
    Autodiff.VjpResult r =
        Autodiff.vjp(
            args ->
                Arrays.asList(dev.ivy.ops.Coarse.decompose(p, params, args.toArray(new Array[0]))),
            Arrays.asList(in));
    return r.pullback(Arrays.asList(g)).toArray(new Array[0]);
  }

  /**
   * One-group convolution y = conv(x, w) + b, differentiated with convolutions (as PyTorch's
   * convolution_backward), so the backward pass runs the backends' own kernels too. Per spatial
   * dimension, with r = (n + lo + hi - d (k - 1) - 1) mod s the input positions the last window did
   * not reach:
   *
   * <ul>
   *   <li>gx = conv_transpose(g, w), same stride, dilation and padding, hi - r (a negative value is
   *       PyTorch's output padding) so that the result has x's size;
   *   <li>gw = conv(x with batch and channels swapped, g likewise as filters), stride d, dilation
   *       s, padding (lo, hi - r): exactly k positions per dimension, [C, O, *k], swapped back;
   *   <li>gb = the sum of g over the batch and the positions.
   * </ul>
   */
  private static Array[] convGrad(Params.Conv p, Array[] in, Array y, Array ct, boolean[] need) {
    Array x = in[0];
    Array w = in[1];
    int dims = p.dims();
    long[] lo = p.padLo();
    long[] hi = p.padHi();
    long[] s = p.strides();
    long[] d = p.dilations();
    long[] hiCut = new long[dims];
    for (int i = 0; i < dims; i++) {
      long n = x.shape().dim(2 + i);
      long k = w.shape().dim(2 + i);
      long r = (n + lo[i] + hi[i] - d[i] * (k - 1) - 1) % s[i];
      hiCut[i] = hi[i] - r;
    }
    Array[] res = new Array[in.length];
    if (need[0]) {
      res[0] = dev.ivy.ops.Coarse.convTranspose(ct, w, null, new Params.Conv(s, lo, hiCut, d, 1));
    }
    if (need[1]) {
      int[] swap = new int[dims + 2];
      for (int i = 0; i < swap.length; i++) {
        swap[i] = i;
      }
      swap[0] = 1;
      swap[1] = 0;
      Array gw =
          dev.ivy.ops.Coarse.conv(
              transpose(x, swap), transpose(ct, swap), null, new Params.Conv(d, lo, hiCut, s, 1));
      res[1] = transpose(gw, swap);
    }
    if (in.length == 3 && need[2]) {
      int[] axes = new int[dims + 1];
      for (int i = 1; i < axes.length; i++) {
        axes[i] = i + 1;
      }
      res[2] = bind(Prim.REDUCE_SUM, new Params.Axes(axes, false), ct);
    }
    return res;
  }

  /** x @ w^T + b: gx = g @ w, gw = g^T @ x over all leading positions, gb = sum of g. */
  private static Array[] linearGrad(Array[] in, Array ct, boolean[] need) {
    Array x = in[0];
    Array w = in[1];
    long features = w.shape().dim(1);
    long outs = w.shape().dim(0);
    long rows = x.size() / Math.max(features, 1);
    Array g2 = reshape(ct, Shape.of(rows, outs));
    Array[] r = new Array[in.length];
    if (need[0]) {
      r[0] = reshape(bind(Prim.MATMUL, NONE, g2, w), x.shape());
    }
    if (need[1]) {
      r[1] = bind(Prim.MATMUL, NONE, mT(g2), reshape(x, Shape.of(rows, features)));
    }
    if (in.length == 3 && need[2]) {
      r[2] = bind(Prim.REDUCE_SUM, new Params.Axes(new int[] {0}, false), g2);
    }
    return r;
  }

  private static Array[] one(Array a) {
    return new Array[] {a};
  }

  /** Cotangents of a broadcasting binary primitive, summed back to each input's shape. */
  private static Array[] two(Array[] in, Array gx, Array gy) {
    return new Array[] {
      gx == null ? null : unbroadcast(gx, in[0].shape()),
      gy == null ? null : unbroadcast(gy, in[1].shape())
    };
  }

  /** Sums {@code g} over the axes broadcasting added or stretched to reach it from {@code to}. */
  static Array unbroadcast(Array g, Shape to) {
    if (g.shape().equals(to)) {
      return g;
    }
    int lead = g.rank() - to.rank();
    List<Integer> axes = new ArrayList<>();
    for (int i = 0; i < g.rank(); i++) {
      if (i < lead || (to.dim(i - lead) == 1 && g.shape().dim(i) != 1)) {
        axes.add(i);
      }
    }
    Array s = g;
    if (!axes.isEmpty()) {
      int[] ax = axes.stream().mapToInt(Integer::intValue).toArray();
      s = bind(Prim.REDUCE_SUM, new Params.Axes(ax, false), g);
    }
    return reshape(s, to);
  }

  /** Gives a reduction's result (or cotangent) its reduced axes back and broadcasts it. */
  static Array expandReduced(Array r, Params.Axes a, Shape full) {
    Array k = r;
    if (!a.keepDims()) {
      long[] d = full.dims();
      for (int ax : a.axes()) {
        d[ax] = 1;
      }
      k = reshape(r, Shape.of(d));
    }
    return k.shape().equals(full) ? k : bind(Prim.BROADCAST_TO, new Params.ToShape(full), k);
  }

  // ------------------------------------------------------------------ rules

  /**
   * PyTorch's pow rules: 0 for the base where the exponent is 0; 0 for the exponent where the base
   * is 0 and the exponent non-negative.
   */
  private static Array[] pow(Array[] in, Array y, Array ct, boolean[] need) {
    Array x = in[0];
    Array e = in[1];
    Array gx = null;
    Array gy = null;
    Array bx = bind(Prim.BROADCAST_TO, new Params.ToShape(y.shape()), x);
    Array be = bind(Prim.BROADCAST_TO, new Params.ToShape(y.shape()), e);
    if (need[0]) {
      Array d = mul(be, bin(Prim.POW, bx, addS(be, -1)));
      Array zero = zerosLike(y);
      gx = bind(Prim.WHERE, NONE, bin(Prim.EQ, be, zero), zero, mul(ct, d));
    }
    if (need[1]) {
      Array zero = zerosLike(y);
      Array mask = bin(Prim.AND, bin(Prim.EQ, bx, zero), bin(Prim.GE, be, zero));
      gy = mul(ct, bind(Prim.WHERE, NONE, mask, zero, mul(y, un(Prim.LOG, bx))));
    }
    return two(in, gx, gy);
  }

  /** maximum/minimum: the gradient goes to the larger (smaller) input, halved on ties. */
  private static Array[] maxMin(Array[] in, Array ct, Prim loses, Prim wins) {
    Array x = bind(Prim.BROADCAST_TO, new Params.ToShape(ct.shape()), in[0]);
    Array y = bind(Prim.BROADCAST_TO, new Params.ToShape(ct.shape()), in[1]);
    Array zero = zerosLike(ct);
    Array shared = bind(Prim.WHERE, NONE, bin(Prim.EQ, x, y), mulS(ct, 0.5), ct);
    Array gx = bind(Prim.WHERE, NONE, bin(loses, x, y), zero, shared);
    Array gy = bind(Prim.WHERE, NONE, bin(wins, x, y), zero, shared);
    return two(in, gx, gy);
  }

  /**
   * The product of the other elements of each reduced group, from exclusive cumulative products
   * from both ends: exact with zeros in the input.
   */
  private static Array prodGrad(Array x, Array ct, Params.Axes a) {
    int[] axes = a.axes();
    int r = x.rank();
    boolean[] reduced = new boolean[r];
    for (int ax : axes) {
      reduced[ax] = true;
    }
    int[] perm = new int[r];
    int k = 0;
    long n = 1;
    List<Long> keep = new ArrayList<>();
    for (int i = 0; i < r; i++) {
      if (!reduced[i]) {
        perm[k++] = i;
        keep.add(x.shape().dim(i));
      }
    }
    for (int i = 0; i < r; i++) {
      if (reduced[i]) {
        perm[k++] = i;
        n *= x.shape().dim(i);
      }
    }
    Array xt = transpose(x, perm);
    long[] flat = new long[keep.size() + 1];
    for (int i = 0; i < keep.size(); i++) {
      flat[i] = keep.get(i);
    }
    flat[keep.size()] = n;
    Array xf = reshape(xt, Shape.of(flat));
    int last = flat.length - 1;
    Array others =
        mul(Cumulative.cumprod(xf, last, true, false), Cumulative.cumprod(xf, last, true, true));
    long[] gshape = flat.clone();
    gshape[last] = 1;
    Array gk = keepDimsForm(ct, a, x.shape());
    Array gt = reshape(transpose(gk, perm), Shape.of(gshape));
    Array gf = mul(bind(Prim.BROADCAST_TO, new Params.ToShape(Shape.of(flat)), gt), others);
    return transpose(reshape(gf, xt.shape()), inverse(perm));
  }

  private static Array keepDimsForm(Array ct, Params.Axes a, Shape full) {
    if (a.keepDims()) {
      return ct;
    }
    long[] d = full.dims();
    for (int ax : a.axes()) {
      d[ax] = 1;
    }
    return reshape(ct, Shape.of(d));
  }

  /** The zeros the slice skipped, put back around (and between) the cotangent's elements. */
  private static Array sliceGrad(Array ct, Params.Slice s, Shape inShape) {
    Array g = ct;
    if (ct.size() == 0) {
      return zerosLike(full(ct, inShape, 0));
    }
    for (int ax = 0; ax < inShape.rank(); ax++) {
      long m = g.shape().dim(ax);
      long step = s.step()[ax];
      long start = s.start()[ax];
      long n = inShape.dim(ax);
      if (step > 1 && m > 1) {
        long[] d = g.shape().dims();
        long[] e = new long[d.length + 1];
        for (int i = 0, j = 0; i < e.length; i++) {
          e[i] = i == ax + 1 ? 1 : d[j++];
        }
        Array ge = reshape(g, Shape.of(e));
        long[] z = e.clone();
        z[ax + 1] = step - 1;
        Array spread = bind(Prim.CONCAT, new Params.Axis(ax + 1), ge, full(g, Shape.of(z), 0));
        long[] flat = d.clone();
        flat[ax] = m * step;
        Array f = reshape(spread, Shape.of(flat));
        g =
            Manipulation.slice(
                f, zeros(flat.length), cut(flat, ax, (m - 1) * step + 1), ones(flat.length));
      }
      long used = g.shape().dim(ax);
      long before = start;
      long after = n - start - used;
      if (before > 0 || after > 0) {
        List<Array> parts = new ArrayList<>();
        long[] d = g.shape().dims();
        if (before > 0) {
          d[ax] = before;
          parts.add(full(g, Shape.of(d), 0));
        }
        parts.add(g);
        if (after > 0) {
          d[ax] = after;
          parts.add(full(g, Shape.of(d), 0));
        }
        g = bind(Prim.CONCAT, new Params.Axis(ax), parts.toArray(new Array[0]));
      }
    }
    return g;
  }

  private static long[] zeros(int n) {
    return new long[n];
  }

  private static long[] ones(int n) {
    long[] r = new long[n];
    Arrays.fill(r, 1);
    return r;
  }

  private static long[] cut(long[] dims, int ax, long len) {
    long[] r = dims.clone();
    r[ax] = len;
    return r;
  }

  private static Array[] concatGrad(Array[] in, Array ct, int axis) {
    Array[] r = new Array[in.length];
    long off = 0;
    for (int i = 0; i < in.length; i++) {
      long len = in[i].shape().dim(axis);
      long[] b = new long[ct.rank()];
      long[] e = ct.shape().dims();
      b[axis] = off;
      e[axis] = off + len;
      r[i] =
          len == 0
              ? zerosLike(in[i])
              : bind(Prim.SLICE, new Params.Slice(b, e, ones(ct.rank())), ct);
      off += len;
    }
    return r;
  }

  /** Scatter-adds the cotangent of a gather back into zeros of the operand's shape. */
  private static Array takeGrad(Array x, Array idx, Array ct, int axis) {
    int r = x.rank();
    int k = idx.rank();
    long n = x.shape().dim(axis);
    long count = idx.size();
    if (count == 0 || x.size() == 0) {
      return zerosLike(x);
    }
    // move the index axes of ct (axis .. axis+k-1) to the front, then flatten them
    int cr = ct.rank();
    int[] perm = new int[cr];
    int p = 0;
    for (int i = 0; i < k; i++) {
      perm[p++] = axis + i;
    }
    for (int i = 0; i < cr; i++) {
      if (i < axis || i >= axis + k) {
        perm[p++] = i;
      }
    }
    Array moved = transpose(ct, perm);
    long[] rest = new long[r - 1];
    for (int i = 0, j = 0; i < r; i++) {
      if (i != axis) {
        rest[j++] = x.shape().dim(i);
      }
    }
    long[] upd = new long[r];
    upd[0] = count;
    System.arraycopy(rest, 0, upd, 1, rest.length);
    long[] op = upd.clone();
    op[0] = n;
    Array updates = reshape(moved, Shape.of(upd));
    Array indices = reshape(cast(idx, DType.INT64), Shape.of(count, 1));
    Array acc = bind(Prim.SCATTER_ADD, NONE, full(ct, Shape.of(op), 0), indices, updates);
    int[] back = new int[r];
    for (int i = 0; i < r; i++) {
      back[i] = i < axis ? i + 1 : i == axis ? 0 : i;
    }
    return transpose(acc, back);
  }

  /**
   * The rows {@code g[indices[n]]} (indices [N, k] into g's first k axes), as scatter-add's
   * transpose.
   */
  private static Array gatherRows(Array g, Array indices, Shape updShape) {
    long count = indices.shape().dim(0);
    int k = (int) indices.shape().dim(1);
    if (count == 0) {
      return full(g, updShape, 0);
    }
    long lead = 1;
    long[] strides = new long[k];
    for (int i = k - 1; i >= 0; i--) {
      strides[i] = lead;
      lead *= g.shape().dim(i);
    }
    long[] flat = new long[g.rank() - k + 1];
    flat[0] = lead;
    for (int i = k; i < g.rank(); i++) {
      flat[i - k + 1] = g.shape().dim(i);
    }
    Array lin =
        bind(
            Prim.REDUCE_SUM,
            new Params.Axes(new int[] {1}, false),
            mul(indices, Ivy.toBackend(Ivy.array(strides, 1, k), indices.backendName())));
    Array rows = bind(Prim.TAKE, new Params.Axis(0), reshape(g, Shape.of(flat)), lin);
    return reshape(rows, updShape);
  }

  /**
   * Cumulative product: for each i, the sum over j >= i of g_j times the product of x_0..x_j
   * without x_i. Exact with zeros; quadratic in the axis length, so beyond 256 it uses the division
   * form reverse_cumsum(g * y) / x.
   */
  private static Array cumprodGrad(Array x, Array ct, int axis) {
    long n = x.shape().dim(axis);
    Params.Axis a = new Params.Axis(axis);
    Params.Axes f = new Params.Axes(new int[] {axis}, false);
    if (n > 256) {
      Array y = bind(Prim.CUMPROD, a, x);
      Array rc = bind(Prim.FLIP, f, bind(Prim.CUMSUM, a, bind(Prim.FLIP, f, mul(ct, y))));
      return div(rc, x);
    }
    int last = x.rank() - 1;
    Array xm = Manipulation.moveaxis(x, new int[] {axis}, new int[] {last});
    Array gm = Manipulation.moveaxis(ct, new int[] {axis}, new int[] {last});
    Shape s = xm.shape();
    long[] d2 = new long[s.rank() + 1];
    long[] d1 = new long[s.rank() + 1];
    for (int i = 0; i < s.rank() - 1; i++) {
      d2[i] = s.dim(i);
      d1[i] = s.dim(i);
    }
    d2[s.rank() - 1] = n;
    d2[s.rank()] = n;
    d1[s.rank() - 1] = 1;
    d1[s.rank()] = n;
    Array rows =
        bind(Prim.BROADCAST_TO, new Params.ToShape(Shape.of(d2)), reshape(xm, Shape.of(d1)));
    Array eye = Ivy.toBackend(Creation.eye(n, null, 0, DType.BOOL), x.backendName());
    Array eyeB = bind(Prim.BROADCAST_TO, new Params.ToShape(Shape.of(d2)), eye);
    Array masked = bind(Prim.WHERE, NONE, eyeB, full(x, Shape.of(), 1), rows);
    Array c = bind(Prim.CUMPROD, new Params.Axis(s.rank()), masked);
    Array upper =
        bind(
            Prim.BROADCAST_TO,
            new Params.ToShape(Shape.of(d2)),
            cast(
                Creation.triu(
                    Ivy.toBackend(Creation.ones(Shape.of(n, n), DType.BOOL), x.backendName()), 0),
                DType.BOOL));
    Array gb = bind(Prim.BROADCAST_TO, new Params.ToShape(Shape.of(d2)), reshape(gm, Shape.of(d1)));
    Array terms = bind(Prim.WHERE, NONE, upper, mul(c, gb), full(x, Shape.of(), 0));
    Array gi = bind(Prim.REDUCE_SUM, new Params.Axes(new int[] {s.rank()}, false), terms);
    return Manipulation.moveaxis(gi, new int[] {last}, new int[] {axis});
  }

  private static Array solve(Array a, Array b, boolean lower, boolean unit) {
    return bind(Prim.TRIANGULAR_SOLVE, new Params.Triangular(lower, unit), a, b);
  }

  private static Array[] triangularSolveGrad(
      Array[] in, Array xSol, Array ct, Params.Triangular t, boolean[] need) {
    Array a = in[0];
    Array gb = solve(mT(a), ct, !t.lower(), t.unitDiagonal());
    Array ga = null;
    if (need[0]) {
      Array full = neg(bind(Prim.MATMUL, NONE, gb, mT(xSol)));
      long k = t.unitDiagonal() ? 1 : 0;
      ga = t.lower() ? Creation.tril(full, -k) : Creation.triu(full, k);
    }
    return new Array[] {ga, need[1] ? gb : null};
  }

  private static Array choleskyGrad(Array raw, Array gl) {
    Array l = Creation.tril(raw, 0); // backends may leave values above the diagonal
    Array p = phi(bind(Prim.MATMUL, NONE, mT(l), gl));
    Array lt = mT(l);
    Array x = solve(lt, p, false, false);
    Array s = mT(solve(lt, mT(x), false, false));
    return mulS(add(s, mT(s)), 0.5);
  }

  /** The lower triangle with the diagonal halved. */
  private static Array phi(Array m) {
    Array lower = Creation.tril(m, -1);
    Array diag = mulS(sub(Creation.tril(m, 0), lower), 0.5);
    return add(lower, diag);
  }

  private static Array sub(Array a, Array b) {
    return bin(Prim.SUB, a, b);
  }

  /** LU with partial pivoting (A[perm] = L U, packed). */
  private static Array luGrad(Array[] out, Array g) {
    Array lu = out[0];
    Array perm = out[1];
    long n = lu.shape().dim(-1);
    Array eye =
        bind(
            Prim.BROADCAST_TO,
            new Params.ToShape(lu.shape()),
            Ivy.toBackend(Creation.eye(n, null, 0, lu.dtype()), lu.backendName()));
    Array l = add(Creation.tril(lu, -1), eye);
    Array u = Creation.triu(lu, 0);
    Array gl = Creation.tril(g, -1);
    Array gu = Creation.triu(g, 0);
    Array xbar =
        add(
            Creation.tril(bind(Prim.MATMUL, NONE, mT(l), gl), -1),
            Creation.triu(bind(Prim.MATMUL, NONE, gu, mT(u)), 0));
    Array y = solve(mT(l), xbar, false, true);
    Array m = mT(solve(u, mT(y), false, false));
    Array inv = Sorting.argsort(perm, -1, false);
    Array idx =
        bind(Prim.BROADCAST_TO, new Params.ToShape(m.shape()), Manipulation.expandDims(inv, -1));
    return Searching.takeAlongAxis(m, idx, m.rank() - 2);
  }

  /** Symmetric eigen-decomposition: V (diag(gw) + F * (V^T gV)) V^T, F_ij = 1 / (w_j - w_i). */
  private static Array eighGrad(Array[] out, Array[] g) {
    Array w = out[0];
    Array v = out[1];
    Array gw = g[0];
    Array gv = g[1];
    long n = w.shape().dim(-1);
    Array wj = Manipulation.expandDims(w, -2);
    Array wi = Manipulation.expandDims(w, -1);
    Array diff = sub(wj, wi);
    Array eye = Ivy.toBackend(Creation.eye(n, null, 0, DType.BOOL), w.backendName());
    Array f =
        bind(Prim.WHERE, NONE, eye, full(w, Shape.of(), 0), div(full(w, Shape.of(), 1), diff));
    Array inner = mul(f, bind(Prim.MATMUL, NONE, mT(v), gv));
    Array diagW = mul(Manipulation.expandDims(gw, -1), cast(eye, w.dtype()));
    Array ga = bind(Prim.MATMUL, NONE, bind(Prim.MATMUL, NONE, v, add(inner, diagW)), mT(v));
    return ga;
  }

  /** The first {@code k} columns of the last axis. */
  private static Array firstColumns(Array a, long k) {
    if (a.shape().dim(-1) == k) {
      return a;
    }
    long[] b = new long[a.rank()];
    long[] e = a.shape().dims();
    e[a.rank() - 1] = k;
    return bind(Prim.SLICE, new Params.Slice(b, e, ones(a.rank())), a);
  }

  /** The first {@code k} rows (second-to-last axis). */
  private static Array firstRows(Array a, long k) {
    return mT(firstColumns(mT(a), k));
  }

  /**
   * SVD A = U diag(S) Vh (Townsend, "Differentiating the singular value decomposition"): the
   * reduced factors' rule; with full matrices the extra columns of U and rows of Vh, which are not
   * unique, get no gradient (as PyTorch, which requires their cotangents to be zero).
   */
  private static Array svdGrad(Array[] out, Array[] g, boolean full) {
    Array s = out[1];
    long k = s.shape().dim(-1);
    Array u = firstColumns(out[0], k);
    Array vh = firstRows(out[2], k);
    Array gu = firstColumns(g[0], k);
    Array gs = g[1];
    Array gvh = firstRows(g[2], k);
    Array v = mT(vh);
    Array gv = mT(gvh);
    long m = u.shape().dim(-2);
    long n = v.shape().dim(-2);
    Array eye = Ivy.toBackend(Creation.eye(k, null, 0, DType.BOOL), s.backendName());
    Array s2 = mul(s, s);
    Array diff = sub(Manipulation.expandDims(s2, -2), Manipulation.expandDims(s2, -1));
    Array f =
        bind(Prim.WHERE, NONE, eye, full(s, Shape.of(), 0), div(full(s, Shape.of(), 1), diff));
    Array sRow = Manipulation.expandDims(s, -2); // scales columns
    Array sCol = Manipulation.expandDims(s, -1); // scales rows
    Array utgu = bind(Prim.MATMUL, NONE, mT(u), gu);
    Array vtgv = bind(Prim.MATMUL, NONE, mT(v), gv);
    Array j = mul(f, sub(utgu, mT(utgu)));
    Array kk = mul(f, sub(vtgv, mT(vtgv)));
    Array diagS = mul(Manipulation.expandDims(gs, -1), cast(eye, s.dtype()));
    Array inner = add(add(diagS, mul(j, sRow)), mul(sCol, kk));
    Array ga = bind(Prim.MATMUL, NONE, bind(Prim.MATMUL, NONE, u, inner), vh);
    Array invS = div(full(s, Shape.of(), 1), s);
    if (m > k) {
      Array proj = sub(gu, bind(Prim.MATMUL, NONE, u, utgu));
      ga = add(ga, bind(Prim.MATMUL, NONE, mul(proj, Manipulation.expandDims(invS, -2)), vh));
    }
    if (n > k) {
      Array proj = sub(gv, bind(Prim.MATMUL, NONE, v, vtgv));
      ga = add(ga, bind(Prim.MATMUL, NONE, mul(u, Manipulation.expandDims(invS, -2)), mT(proj)));
    }
    return ga;
  }

  /**
   * QR A = Q R for m >= n (reduced factors; TensorFlow's QrGrad): Q (gR + tril(M - M^T)) R^-T
   * style, written as two triangular solves.
   */
  private static Array qrGrad(Array[] out, Array[] g, boolean full) {
    Array q = out[0];
    Array r = out[1];
    long m = q.shape().dim(-2);
    long n = r.shape().dim(-1);
    if (m < n || (full && m != n)) {
      throw new IvyArgumentException(
          "grad: the gradient of qr is implemented for reduced factors of matrices with m >= n;"
              + " got "
              + (m < n ? "m = " + m + " < n = " + n : "complete factors of a non-square matrix"));
    }
    Array gq = g[0];
    Array gr = g[1];
    Array qdq = bind(Prim.MATMUL, NONE, mT(q), gq);
    Array rdr = bind(Prim.MATMUL, NONE, r, mT(gr));
    Array low = Creation.tril(add(sub(qdq, mT(qdq)), sub(rdr, mT(rdr))), -1);
    Array a = bind(Prim.MATMUL, NONE, q, add(gr, solveRt(low, r)));
    Array b = solveRt(sub(gq, bind(Prim.MATMUL, NONE, q, qdq)), r);
    return add(a, b);
  }

  /** X R^-T for upper triangular R: (R^-1 X^T)^T. */
  private static Array solveRt(Array x, Array r) {
    return mT(solve(r, mT(x), false, false));
  }
}
