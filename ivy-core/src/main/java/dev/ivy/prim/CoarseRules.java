package dev.ivy.prim;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import java.util.Arrays;

/**
 * The shape and dtype rules of the coarse operations ({@link Prim#COARSE}). Core functions check
 * their callers' arguments with their own messages before binding; these rules guard the
 * primitives' contracts, so a violation here names the primitive.
 */
final class CoarseRules {
  private CoarseRules() {}

  static Aval eval(Prim prim, Params params, Aval[] in) {
    String op = prim.opName();
    switch (prim) {
      case CONV:
      case CONV_TRANSPOSE:
        return conv(op, prim == Prim.CONV_TRANSPOSE, (Params.Conv) params, in);
      case MAX_POOL:
      case AVG_POOL:
        return pool(op, prim == Prim.AVG_POOL, (Params.Pool) params, in);
      case SOFTMAX:
      case LOG_SOFTMAX:
        {
          arity(op, in, 1, 1);
          floating(op, in[0]);
          int axis = ((Params.Axis) params).axis();
          check(
              in[0].shape().rank() >= 1 && axis >= 0 && axis < in[0].shape().rank(),
              op,
              "axis must be in [0, rank) of an x of rank >= 1; got axis %s, shape %s",
              axis,
              in[0].shape());
          return in[0];
        }
      case GELU:
      case SILU:
      case RELU:
        arity(op, in, 1, 1);
        floating(op, in[0]);
        return in[0];
      case CLAMP:
        {
          arity(op, in, 1, 1);
          floating(op, in[0]);
          Params.Bounds b = (Params.Bounds) params;
          check(b.lo() <= b.hi(), op, "lo (%s) must be <= hi (%s)", b.lo(), b.hi());
          return in[0];
        }
      case LINEAR:
        return linear(op, in);
      case LAYER_NORM:
      case BATCH_NORM:
      case GROUP_NORM:
        return norm(op, prim, (Params.Norm) params, in);
      case SCALED_DOT_PRODUCT_ATTENTION:
        return attention(op, (Params.Attention) params, in);
      case RESIZE:
        return resize(op, (Params.Resize) params, in);
      case EMBEDDING:
        return embedding(op, in);
      case MAX_POOL_GRAD:
        {
          arity(op, in, 2, 2);
          floating(op, in[0]);
          Aval y = pool(op, false, (Params.Pool) params, new Aval[] {in[0]});
          check(in[1].equals(y), op, "g must be the pooling's output %s; got %s", y, in[1]);
          return in[0];
        }
      default:
        throw new IllegalStateException("no shape rule for " + prim);
    }
  }

  static Aval[] evalMulti(Prim prim, Aval[] in) {
    String op = prim.opName();
    boolean lstm = prim == Prim.LSTM;
    int gates = lstm ? 4 : 3;
    arity(op, in, lstm ? 7 : 6, lstm ? 7 : 6);
    for (Aval a : in) {
      floating(op, a);
      sameDType(op, in[0], a);
    }
    Shape x = in[0].shape();
    Shape h0 = in[1].shape();
    check(x.rank() == 3 && x.dim(0) >= 1, op, "x must be [T, N, I] with T >= 1; got %s", x);
    check(h0.rank() == 3, op, "h0 must be [D, N, H]; got %s", h0);
    long t = x.dim(0);
    long n = x.dim(1);
    long i = x.dim(2);
    long d = h0.dim(0);
    long h = h0.dim(2);
    check(
        (d == 1 || d == 2) && h0.dim(1) == n, op, "h0 must be [D, %s, H], D 1 or 2; got %s", n, h0);
    int w = lstm ? 3 : 2;
    if (lstm) {
      expect(op, "c0", in[2].shape(), d, n, h);
    }
    expect(op, "wIh", in[w].shape(), d, gates * h, i);
    expect(op, "wHh", in[w + 1].shape(), d, gates * h, h);
    expect(op, "bIh", in[w + 2].shape(), d, gates * h);
    expect(op, "bHh", in[w + 3].shape(), d, gates * h);
    DType dt = in[0].dtype();
    Aval y = new Aval(Shape.of(t, n, d * h), dt);
    Aval hn = new Aval(Shape.of(d, n, h), dt);
    return lstm ? new Aval[] {y, hn, hn} : new Aval[] {y, hn};
  }

  private static Aval conv(String op, boolean transpose, Params.Conv p, Aval[] in) {
    arity(op, in, 2, 3);
    for (Aval a : in) {
      floating(op, a);
      sameDType(op, in[0], a);
    }
    int dims = p.dims();
    Shape x = in[0].shape();
    Shape w = in[1].shape();
    check(dims >= 1 && dims <= 3, op, "1 to 3 spatial dimensions; got %s", dims);
    check(
        p.padLo().length == dims && p.padHi().length == dims && p.dilations().length == dims,
        op,
        "one stride, padding and dilation per spatial dimension; got %s",
        p);
    check(x.rank() == dims + 2, op, "x must be [N, C, *spatial] of rank %s; got %s", dims + 2, x);
    check(w.rank() == dims + 2, op, "filters must have rank %s; got %s", dims + 2, w);
    long g = p.groups();
    long c = x.dim(1);
    long out;
    check(g >= 1 && c % g == 0, op, "groups (%s) must divide the channels of x %s", g, x);
    if (transpose) {
      check(w.dim(0) == c, op, "filters %s must have x's %s channels first", w, c);
      out = w.dim(1) * g;
    } else {
      check(w.dim(1) * g == c, op, "filters %s must have C / groups channels (x %s)", w, x);
      out = w.dim(0);
      check(out % g == 0, op, "groups (%s) must divide the output channels of %s", g, w);
    }
    if (in.length == 3) {
      check(
          in[2].shape().rank() == 1 && in[2].shape().dim(0) == out,
          op,
          "bias must be [%s]; got %s",
          out,
          in[2].shape());
    }
    long[] d = new long[dims + 2];
    d[0] = x.dim(0);
    d[1] = out;
    long[] s = p.strides();
    long[] lo = p.padLo();
    long[] hi = p.padHi();
    long[] dil = p.dilations();
    for (int i = 0; i < dims; i++) {
      check(s[i] >= 1 && dil[i] >= 1 && lo[i] >= 0, op, "bad options %s", p);
      long kEff = dil[i] * (w.dim(2 + i) - 1) + 1;
      long n = x.dim(2 + i);
      long o;
      if (transpose) {
        o = (n - 1) * s[i] + kEff - lo[i] - hi[i];
      } else {
        check(hi[i] >= 0, op, "padding must be >= 0; got %s", p);
        long padded = n + lo[i] + hi[i];
        check(
            kEff <= padded,
            op,
            "the dilated kernel (%s) must fit the padded input (%s); got x %s, filters %s",
            kEff,
            padded,
            x,
            w);
        o = (padded - kEff) / s[i] + 1;
      }
      check(o >= 1, op, "the output must be non-empty; got size %s along spatial dim %s", o, i);
      d[2 + i] = o;
    }
    return new Aval(Shape.of(d), in[0].dtype());
  }

  private static Aval pool(String op, boolean avg, Params.Pool p, Aval[] in) {
    arity(op, in, 1, 1);
    Aval a = in[0];
    if (avg) {
      floating(op, a);
    }
    check(!a.dtype().isBool(), op, "x must be numeric; got %s", a.dtype());
    int dims = p.dims();
    Shape x = a.shape();
    check(x.rank() == dims + 2, op, "x must be [N, C, *spatial] of rank %s; got %s", dims + 2, x);
    long[] d = x.dims();
    for (int i = 0; i < dims; i++) {
      check(
          p.kernel()[i] >= 1
              && p.strides()[i] >= 1
              && p.dilations()[i] >= 1
              && p.padLo()[i] >= 0
              && p.padHi()[i] >= 0,
          op,
          "bad options %s",
          p);
      long o = p.outputSize(i, x.dim(2 + i));
      check(o >= 1, op, "the window must fit the padded input; got x %s, %s", x, p);
      d[2 + i] = o;
    }
    return new Aval(Shape.of(d), a.dtype());
  }

  private static Aval linear(String op, Aval[] in) {
    arity(op, in, 2, 3);
    for (Aval a : in) {
      floating(op, a);
      sameDType(op, in[0], a);
    }
    Shape x = in[0].shape();
    Shape w = in[1].shape();
    check(
        x.rank() >= 1 && w.rank() == 2 && x.dim(-1) == w.dim(1),
        op,
        "x [..., in] and weight [out, in] must agree; got %s and %s",
        x,
        w);
    if (in.length == 3) {
      check(
          in[2].shape().equals(Shape.of(w.dim(0))),
          op,
          "bias must be [%s]; got %s",
          w.dim(0),
          in[2].shape());
    }
    long[] d = x.dims();
    d[d.length - 1] = w.dim(0);
    return new Aval(Shape.of(d), in[0].dtype());
  }

  private static Aval norm(String op, Prim prim, Params.Norm p, Aval[] in) {
    int stats = prim == Prim.BATCH_NORM ? 2 : 0;
    int n = 1 + stats + (p.weight() ? 1 : 0) + (p.bias() ? 1 : 0);
    arity(op, in, n, n);
    for (Aval a : in) {
      floating(op, a);
      sameDType(op, in[0], a);
    }
    Shape x = in[0].shape();
    Shape per;
    if (prim == Prim.LAYER_NORM) {
      check(
          p.axis() >= 0 && p.axis() < x.rank(), op, "axis must be in [0, %s); got %s", x.rank(), p);
      per = Shape.of(Arrays.copyOfRange(x.dims(), p.axis(), x.rank()));
    } else {
      check(x.rank() >= 2, op, "x must be [N, C, ...]; got %s", x);
      per = Shape.of(x.dim(1));
      if (prim == Prim.GROUP_NORM) {
        check(
            p.groups() >= 1 && x.dim(1) % p.groups() == 0,
            op,
            "groups must divide the channels; got %s for %s",
            p.groups(),
            x);
      }
    }
    for (int i = 1; i < n; i++) {
      check(in[i].shape().equals(per), op, "input %s must be %s; got %s", i, per, in[i].shape());
    }
    return in[0];
  }

  private static Aval attention(String op, Params.Attention p, Aval[] in) {
    boolean masked = p.mask() != Params.Attention.Mask.NONE;
    int n = masked ? 4 : 3;
    arity(op, in, n, n);
    for (int i = 0; i < 3; i++) {
      floating(op, in[i]);
      sameDType(op, in[0], in[i]);
    }
    Shape q = in[0].shape();
    Shape k = in[1].shape();
    Shape v = in[2].shape();
    int r = q.rank();
    check(
        r >= 2 && k.rank() == r && v.rank() == r,
        op,
        "query, key and value must have one rank >= 2; got %s, %s and %s",
        q,
        k,
        v);
    for (int i = 0; i < r - 2; i++) {
      check(
          k.dim(i) == q.dim(i) && v.dim(i) == q.dim(i),
          op,
          "query, key and value must have equal batch dimensions; got %s, %s and %s",
          q,
          k,
          v);
    }
    check(
        q.dim(-1) == k.dim(-1) && k.dim(-2) == v.dim(-2) && k.dim(-2) >= 1,
        op,
        "query [..., L, E], key [..., S, E] and value [..., S, Ev] must agree, S >= 1; got %s, %s"
            + " and %s",
        q,
        k,
        v);
    check(!(masked && p.causal()), op, "a mask and causal cannot both be given");
    long[] scores = q.dims();
    scores[r - 1] = k.dim(-2);
    if (masked) {
      Aval m = in[3];
      if (p.mask() == Params.Attention.Mask.BOOL) {
        check(m.dtype() == DType.BOOL, op, "the mask must be bool; got %s", m.dtype());
      } else {
        sameDType(op, in[0], m);
      }
      boolean fits = m.shape().rank() == r;
      for (int i = 0; fits && i < r; i++) {
        fits = m.shape().dim(i) == 1 || m.shape().dim(i) == scores[i];
      }
      check(
          fits,
          op,
          "the mask must have rank %s and broadcast to the scores %s; got %s",
          r,
          Shape.of(scores),
          m.shape());
    }
    long[] d = q.dims();
    d[r - 1] = v.dim(-1);
    return new Aval(Shape.of(d), in[0].dtype());
  }

  private static Aval resize(String op, Params.Resize p, Aval[] in) {
    arity(op, in, 1, 1);
    Aval a = in[0];
    int dims = p.dims();
    check(dims >= 1 && dims <= 3, op, "1 to 3 spatial dimensions; got %s", dims);
    check(p.scales().length == dims, op, "one size and scale per spatial dimension; got %s", p);
    check(!a.dtype().isBool(), op, "x must be numeric; got %s", a.dtype());
    if (p.mode() == Params.Resize.Mode.LINEAR) {
      floating(op, a);
    }
    Shape x = a.shape();
    check(x.rank() == dims + 2, op, "x must be [N, C, *spatial] of rank %s; got %s", dims + 2, x);
    long[] d = x.dims();
    for (int i = 0; i < dims; i++) {
      check(
          p.sizes()[i] >= 1 && p.scales()[i] > 0 && d[2 + i] >= 1,
          op,
          "sizes and input sizes must be >= 1 and scales > 0; got x %s, %s",
          x,
          p);
      d[2 + i] = p.sizes()[i];
    }
    return new Aval(Shape.of(d), a.dtype());
  }

  private static Aval embedding(String op, Aval[] in) {
    arity(op, in, 2, 2);
    Shape w = in[0].shape();
    check(!in[0].dtype().isBool(), op, "weights must be numeric; got %s", in[0].dtype());
    check(w.rank() == 2, op, "weights must be [num, dim]; got %s", w);
    check(in[1].dtype() == DType.INT64, op, "indices must be int64; got %s", in[1].dtype());
    long[] idx = in[1].shape().dims();
    long[] d = Arrays.copyOf(idx, idx.length + 1);
    d[idx.length] = w.dim(1);
    return new Aval(Shape.of(d), in[0].dtype());
  }

  private static void expect(String op, String name, Shape s, long... dims) {
    check(
        Arrays.equals(s.dims(), dims), op, "%s must be %s; got %s", name, Arrays.toString(dims), s);
  }

  private static void arity(String op, Aval[] in, int min, int max) {
    if (in.length < min || in.length > max) {
      throw new IllegalStateException(
          op + " takes " + min + (max > min ? " to " + max : "") + " inputs; got " + in.length);
    }
  }

  private static void floating(String op, Aval a) {
    if (!a.dtype().isFloating()) {
      throw new IvyArgumentException(op + ": inputs must have a floating dtype; got " + a.dtype());
    }
  }

  private static void sameDType(String op, Aval a, Aval b) {
    if (a.dtype() != b.dtype()) {
      throw new IvyArgumentException(
          op + ": inputs must share one dtype; got " + a.dtype() + " and " + b.dtype());
    }
  }

  private static void check(boolean ok, String op, String template, Object... args) {
    if (!ok) {
      throw new IvyArgumentException(op + ": " + String.format(template, args));
    }
  }
}
