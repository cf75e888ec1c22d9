package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import java.util.ArrayList;
import java.util.List;

/**
 * Less common PyTorch functions composed of core ones: statistics ({@code cov}, {@code corrcoef}),
 * integration ({@code trapezoid}), matrix builders ({@code block_diag}, {@code vander}, {@code
 * diagflat}), {@code isin}, {@code heaviside} and the {@code torch.special} functions {@code
 * digamma}, {@code ndtr}, {@code ndtri}, {@code entr}.
 */
final class TorchExtras {
  private TorchExtras() {}

  static Array cov(Array x, double correction, Array fweights, Array aweights) {
    Array v = TorchTypes.floating(x.rank() == 1 ? Manipulation.expandDims(x, 0) : x);
    long n = v.shape().dim(1);
    Array w = null;
    if (fweights != null) {
      w = TorchTypes.cast(fweights, v.dtype());
    }
    if (aweights != null) {
      Array aw = TorchTypes.cast(aweights, v.dtype());
      w = w == null ? aw : Elementwise.multiply(w, aw);
    }
    int[] last = {1};
    if (w == null) {
      Array mean = Reductions.mean(v, last, true);
      Array c = Elementwise.subtract(v, mean);
      Array p = Linalg.matmul(c, Manipulation.matrixTranspose(c));
      Array r = Elementwise.divide(p, Math.max(n - correction, 0));
      return x.rank() == 1 ? Manipulation.reshape(r, new long[0]) : r;
    }
    Array wsum = Reductions.sum(w, new int[] {0}, false, null);
    Array mean =
        Elementwise.divide(Reductions.sum(Elementwise.multiply(v, w), last, true, null), wsum);
    Array c = Elementwise.subtract(v, mean);
    Array p = Linalg.matmul(Elementwise.multiply(c, w), Manipulation.matrixTranspose(c));
    Array norm;
    if (aweights == null) {
      norm = Elementwise.subtract(wsum, correction);
    } else {
      Array wa =
          Reductions.sum(
              Elementwise.multiply(w, TorchTypes.cast(aweights, v.dtype())),
              new int[] {0},
              false,
              null);
      norm =
          Elementwise.subtract(
              wsum, Elementwise.divide(Elementwise.multiply(wa, correction), wsum));
    }
    Array r = Elementwise.divide(p, Elementwise.maximum(norm, 0L));
    return x.rank() == 1 ? Manipulation.reshape(r, new long[0]) : r;
  }

  static Array corrcoef(Array x) {
    Array c = cov(x, 1, null, null);
    if (c.rank() == 0) {
      return Elementwise.divide(c, c);
    }
    Array d = Elementwise.sqrt(Linalg.diagonal(c, 0));
    Array r =
        Elementwise.divide(
            Elementwise.divide(c, Manipulation.expandDims(d, 1)), Manipulation.expandDims(d, 0));
    return Elementwise.clip(r, -1.0, 1.0);
  }

  static Array trapezoid(Array y, Array x, double dx, int dim, boolean cumulative) {
    Array v = TorchTypes.floating(y);
    int d = TorchShapes.dim("trapezoid", dim, v.rank());
    long n = v.shape().dim(d);
    Array lo = TorchShapes.narrow(v, d, 0, Math.max(n - 1, 0));
    Array hi = TorchShapes.narrow(v, d, Math.min(1, n), n);
    Array avg = Elementwise.divide(Elementwise.add(lo, hi), 2L);
    Array area;
    if (x != null) {
      Array xv = TorchTypes.cast(x, v.dtype());
      int xd = xv.rank() == 1 ? 0 : d;
      long xn = xv.shape().dim(xd);
      Array dxs =
          Elementwise.subtract(
              TorchShapes.narrow(xv, xd, 1, xn), TorchShapes.narrow(xv, xd, 0, xn - 1));
      if (xv.rank() == 1 && v.rank() > 1) {
        long[] s = new long[v.rank()];
        java.util.Arrays.fill(s, 1);
        s[d] = xn - 1;
        dxs = Manipulation.reshape(dxs, s);
      }
      area = Elementwise.multiply(avg, dxs);
    } else {
      area = Elementwise.multiply(avg, dx);
    }
    return cumulative
        ? Cumulative.cumulativeSum(area, d, null, false)
        : Reductions.sum(area, new int[] {d}, false, null);
  }

  static Array blockDiag(List<Array> xs) {
    List<Array> ms = new ArrayList<>();
    long rows = 0;
    long cols = 0;
    for (Array a : xs) {
      Array m =
          a.rank() == 0
              ? Manipulation.reshape(a, 1, 1)
              : a.rank() == 1 ? Manipulation.expandDims(a, 0) : a;
      ms.add(m);
      rows += m.shape().dim(0);
      cols += m.shape().dim(1);
    }
    ms = TorchShapes.promoted(ms);
    List<Array> parts = new ArrayList<>();
    long before = 0;
    for (Array m : ms) {
      long c = m.shape().dim(1);
      long[][] pw = {{0, 0}, {before, cols - before - c}};
      parts.add(ExtraManipulation.pad(m, pw, "constant", 0L));
      before += c;
    }
    return parts.isEmpty()
        ? Creation.zeros(Shape.of(0, 0), TorchTypes.DEFAULT_FLOAT)
        : Manipulation.concat(parts, 0);
  }

  static Array vander(Array x, Long n, boolean increasing) {
    long cols = n == null ? x.shape().dim(0) : n;
    Array p = Creation.arange(0L, cols, 1L, DType.INT64);
    if (!increasing) {
      p = Manipulation.flip(p, 0);
    }
    Array base = Manipulation.expandDims(x, 1);
    DType dt = x.dtype().isFloating() ? x.dtype() : DType.INT64;
    return Elementwise.pow(TorchTypes.cast(base, dt), TorchTypes.cast(p, dt));
  }

  static Array diagflat(Array x, long offset) {
    return ExtraManipulation.diag(Manipulation.reshape(x, -1), offset);
  }

  static Array isin(Array elements, Object test, boolean invert) {
    Array t = Manipulation.reshape(test instanceof Array a ? a : TorchTypes.tensor(test), -1);
    Array e = Manipulation.expandDims(elements, elements.rank());
    DType dt = TorchTypes.resultType(elements, t);
    Array hit =
        Reductions.any(
            Elementwise.equal(TorchTypes.cast(e, dt), TorchTypes.cast(t, dt)),
            new int[] {elements.rank()},
            false);
    return invert ? Elementwise.logicalNot(hit) : hit;
  }

  static Array heaviside(Array x, Array values) {
    DType dt = TorchTypes.resultType(x, values);
    Array v = TorchTypes.cast(x, dt);
    Array one = TorchTypes.as(1L, dt);
    Array zero = TorchTypes.as(0L, dt);
    Array r = Elementwise.where(Elementwise.greater(v, 0L), one, zero);
    return Elementwise.where(
        Elementwise.equal(v, 0L),
        Manipulation.broadcastTo(TorchTypes.cast(values, dt), r.shape()),
        r);
  }

  /** Digamma by recurrence up to x >= 6, the asymptotic series there, and reflection below 0.5. */
  static Array digamma(Array x) {
    Array f = TorchTypes.floating(x);
    return TorchMath.compute64(
        f,
        v -> {
          Array small = Elementwise.less(v, 0.5);
          Array z = Elementwise.where(small, Elementwise.subtract(1L, v), v);
          Array acc = Elementwise.multiply(z, 0.0);
          for (int i = 0; i < 6; i++) {
            Array lt = Elementwise.less(z, 6L);
            acc = Elementwise.where(lt, Elementwise.subtract(acc, Elementwise.reciprocal(z)), acc);
            z = Elementwise.where(lt, Elementwise.add(z, 1L), z);
          }
          Array inv2 = Elementwise.reciprocal(Elementwise.square(z));
          Array series =
              Elementwise.multiply(
                  inv2,
                  Elementwise.subtract(
                      1.0 / 12,
                      Elementwise.multiply(
                          inv2,
                          Elementwise.subtract(
                              1.0 / 120,
                              Elementwise.multiply(
                                  inv2,
                                  Elementwise.subtract(
                                      1.0 / 252,
                                      Elementwise.multiply(
                                          inv2,
                                          Elementwise.subtract(
                                              1.0 / 240,
                                              Elementwise.multiply(inv2, 1.0 / 132)))))))));
          Array psi =
              Elementwise.add(
                  acc,
                  Elementwise.subtract(
                      Elementwise.subtract(Elementwise.log(z), Elementwise.divide(0.5, z)),
                      series));
          Array refl =
              Elementwise.subtract(
                  psi,
                  Elementwise.divide(Math.PI, Elementwise.tan(Elementwise.multiply(v, Math.PI))));
          Array r = Elementwise.where(small, refl, psi);
          Array pole =
              Elementwise.logicalAnd(
                  Elementwise.lessEqual(v, 0L), Elementwise.equal(v, Elementwise.floor(v)));
          return Elementwise.where(pole, TorchTypes.as(Double.NaN, DType.FLOAT64), r);
        });
  }

  static Array ndtr(Array x) {
    Array f = TorchTypes.floating(x);
    return Elementwise.multiply(
        TorchMath.erfc(Elementwise.divide(Elementwise.negative(f), Math.sqrt(2))), 0.5);
  }

  static Array ndtri(Array p) {
    Array f = TorchTypes.floating(p);
    return Elementwise.multiply(
        TorchMath.erfinv(Elementwise.subtract(Elementwise.multiply(f, 2L), 1L)), Math.sqrt(2));
  }

  static Array entr(Array x) {
    Array f = TorchTypes.floating(x);
    Array r = Elementwise.negative(Elementwise.multiply(f, Elementwise.log(f)));
    r = Elementwise.where(Elementwise.equal(f, 0L), Creation.zerosLike(r), r);
    Array ninf = Creation.fullLike(r, Double.NEGATIVE_INFINITY, r.dtype());
    return Elementwise.where(Elementwise.less(f, 0L), ninf, r);
  }

  static Array channelShuffle(Array x, long groups) {
    Checks.check(groups >= 1, "channel_shuffle", "groups must be >= 1; got %s", groups);
    Checks.check(
        x.rank() >= 2,
        "channel_shuffle",
        "input must have 2 or more dimensions; got shape %s",
        x.shape());
    long[] s = x.shape().dims();
    long c = s[1];
    if (c % groups != 0) {
      throw new IvyArgumentException(
          "channel_shuffle: channels (" + c + ") must be divisible by groups; got " + groups);
    }
    long[] split = new long[s.length + 1];
    split[0] = s[0];
    split[1] = groups;
    split[2] = c / groups;
    System.arraycopy(s, 2, split, 3, s.length - 2);
    int[] perm = new int[split.length];
    for (int i = 0; i < perm.length; i++) {
      perm[i] = i;
    }
    perm[1] = 2;
    perm[2] = 1;
    return Manipulation.reshape(Manipulation.permuteDims(Manipulation.reshape(x, split), perm), s);
  }

  static Array angle(Array x) {
    Array f = TorchTypes.floating(x);
    Array r =
        Elementwise.where(
            Elementwise.less(f, 0L),
            TorchTypes.as(Math.PI, f.dtype()),
            TorchTypes.as(0L, f.dtype()));
    return Elementwise.where(Elementwise.isnan(f), f, r);
  }
}
