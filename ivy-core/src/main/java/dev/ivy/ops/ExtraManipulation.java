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
 * Extra manipulation functions of the core API: Ivy's {@code split}, NumPy's {@code diag}, {@code
 * kron} and {@code pad}, written with slices, takes at computed indices and broadcasting.
 */
public final class ExtraManipulation {
  private ExtraManipulation() {}

  /**
   * Returns {@code x} split along {@code axis} (Ivy {@code split}): a null {@code numOrSizes}
   * splits into pieces of size 1; a number {@code k} into k equal pieces (the last one smaller when
   * {@code withRemainder} and k does not divide the size); a list into pieces of the given sizes.
   *
   * @throws dev.ivy.errors.IvyArgumentException if the pieces do not cover the axis exactly
   */
  public static List<Array> split(Array x, Object numOrSizes, int axis, boolean withRemainder) {
    String fn = "split";
    Checks.check(x.rank() >= 1, fn, "x must have rank >= 1; got shape %s", x.shape());
    int ax = Checks.axis(fn, "axis", axis, x.rank());
    long n = x.shape().dim(ax);
    long[] sizes;
    if (numOrSizes == null) {
      sizes = new long[(int) n];
      Arrays.fill(sizes, 1);
    } else if (numOrSizes instanceof Number k) {
      long parts = k.longValue();
      Checks.check(parts > 0, fn, "num_or_size_splits must be > 0; got %s", parts);
      long size = (n + parts - 1) / parts;
      Checks.check(
          n % parts == 0 || withRemainder,
          fn,
          "num_or_size_splits (%s) must divide the axis size %s unless with_remainder is true",
          parts,
          n);
      if (n % parts == 0) {
        size = n / parts;
      }
      if (n == 0) {
        // an empty axis splits into num empty parts, as numpy.split and jnp.split do
        Checks.count(fn, "num_or_size_splits", parts);
        sizes = new long[(int) parts];
      } else {
        List<Long> s = new ArrayList<>();
        for (long start = 0; start < n; start += size) {
          s.add(Math.min(size, n - start));
        }
        sizes = s.stream().mapToLong(Long::longValue).toArray();
      }
    } else if (numOrSizes instanceof List<?> l) {
      sizes = new long[l.size()];
      for (int i = 0; i < sizes.length; i++) {
        sizes[i] = Checks.intArg(fn, "num_or_size_splits", l.get(i));
      }
    } else if (numOrSizes instanceof long[] la) {
      sizes = la.clone();
    } else {
      throw new dev.ivy.errors.IvyArgumentException(
          fn
              + ": num_or_size_splits must be None, an integer or a list of sizes; got "
              + numOrSizes);
    }
    long total = 0;
    for (long s : sizes) {
      Checks.check(s >= 0, fn, "split sizes must be >= 0; got %s", Arrays.toString(sizes));
      total += s;
    }
    Checks.check(
        total == n, fn, "split sizes %s must sum to the axis size %s", Arrays.toString(sizes), n);
    List<Array> r = new ArrayList<>();
    long start = 0;
    for (long s : sizes) {
      r.add(Manipulation.sliceAxis(x, ax, start, start + s, 1));
      start += s;
    }
    return r;
  }

  /**
   * Returns, for a 1-d {@code x}, a square matrix with x on diagonal {@code k} (positive above the
   * main one) and zeros elsewhere; for a 2-d {@code x}, its diagonal k (NumPy {@code diag}).
   *
   * @throws dev.ivy.errors.IvyArgumentException unless x is 1-d or 2-d
   */
  public static Array diag(Array x, long k) {
    Checks.check(
        x.rank() == 1 || x.rank() == 2, "diag", "x must be 1-d or 2-d; got shape %s", x.shape());
    if (x.rank() == 2) {
      return Linalg.diagonal(x, k);
    }
    long n = x.size();
    long m = n + Math.abs(k);
    Array rows = Searching.iota(x, m, 0, 2);
    Array cols = Searching.iota(x, m, 1, 2);
    Array mask = Elementwise.equal(Elementwise.subtract(cols, rows), k);
    Array src = k >= 0 ? rows : cols;
    Array idx = Elementwise.clip(Elementwise.add(src, 0L), 0L, Math.max(n - 1, 0));
    if (n == 0) {
      return Creation.onBackend(x, () -> Creation.zeros(Shape.of(m, m), x.dtype()));
    }
    idx = Manipulation.broadcastTo(idx, Shape.of(m, m));
    Array vals = Dispatcher.bind(Prim.TAKE, new Params.Axis(0), x, idx);
    return Elementwise.where(mask, vals, Creation.zerosLike(vals));
  }

  /**
   * Returns the Kronecker product of {@code a} and {@code b} (NumPy {@code kron}): the lower-rank
   * operand gets leading axes of size 1, and the result's shape is the elementwise product of the
   * shapes; dtypes promote.
   */
  public static Array kron(Array a, Array b) {
    int r = Math.max(a.rank(), b.rank());
    long[] ad = lead(a.shape().dims(), r);
    long[] bd = lead(b.shape().dims(), r);
    long[] ae = new long[2 * r];
    long[] be = new long[2 * r];
    long[] out = new long[r];
    for (int i = 0; i < r; i++) {
      ae[2 * i] = ad[i];
      ae[2 * i + 1] = 1;
      be[2 * i] = 1;
      be[2 * i + 1] = bd[i];
      out[i] = ad[i] * bd[i];
    }
    Array p =
        Elementwise.multiply(
            Manipulation.reshape(a, Shape.of(ae)), Manipulation.reshape(b, Shape.of(be)));
    return Manipulation.reshape(p, Shape.of(out));
  }

  private static long saturatingAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : r;
  }

  private static long[] lead(long[] d, int r) {
    long[] o = new long[r];
    Arrays.fill(o, 1);
    System.arraycopy(d, 0, o, r - d.length, d.length);
    return o;
  }

  /**
   * Returns {@code x} padded (NumPy {@code pad}). {@code padWidth} is one number (every side), a
   * pair {@code [before, after]} (every axis) or one pair per axis. Modes: "constant" (fill with
   * {@code constantValue}), "edge" (repeat the border), "reflect" (mirror without repeating the
   * border), "symmetric" (mirror repeating it) and "wrap" (periodic). Axes are padded in order, so
   * corners come from the last axis, as in NumPy.
   *
   * @throws dev.ivy.errors.IvyArgumentException for negative widths, an unknown mode, or a
   *     non-constant mode on an empty axis that needs padding
   */
  public static Array pad(Array x, long[][] padWidth, String mode, Object constantValue) {
    String fn = "pad";
    String md = mode == null ? "constant" : mode;
    Checks.check(
        List.of("constant", "edge", "reflect", "symmetric", "wrap").contains(md),
        fn,
        "mode must be 'constant', 'edge', 'reflect', 'symmetric' or 'wrap'; got '%s'",
        md);
    long[][] w = widths(fn, padWidth, x.rank());
    long[] padded = x.shape().dims();
    for (int ax = 0; ax < padded.length; ax++) {
      padded[ax] = saturatingAdd(saturatingAdd(padded[ax], w[ax][0]), w[ax][1]);
    }
    Checks.size(fn, x.dtype(), padded);
    Array y = x;
    for (int ax = 0; ax < x.rank(); ax++) {
      long before = w[ax][0];
      long after = w[ax][1];
      if (before == 0 && after == 0) {
        continue;
      }
      long n = y.shape().dim(ax);
      Checks.check(
          n > 0 || md.equals("constant"),
          fn,
          "mode '%s' cannot pad the empty axis %s of shape %s",
          md,
          ax,
          x.shape());
      long len = n + before + after;
      long[] idx = new long[Math.toIntExact(len)];
      boolean[] outside = new boolean[idx.length];
      for (int i = 0; i < idx.length; i++) {
        long p = i - before;
        outside[i] = p < 0 || p >= n;
        idx[i] = n == 0 ? 0 : source(md, p, n);
      }
      Array at = Sets.int64(y, idx);
      if (n == 0) {
        long[] d = y.shape().dims();
        d[ax] = len;
        Array yy = y;
        y =
            Creation.onBackend(
                yy,
                () ->
                    Creation.full(
                        Shape.of(d), constantValue == null ? 0 : constantValue, yy.dtype()));
        continue;
      }
      Array taken = Dispatcher.bind(Prim.TAKE, new Params.Axis(ax), y, at);
      Array t = taken;
      if (md.equals("constant")) {
        boolean[] o = outside;
        Array mask =
            Creation.onBackend(
                y,
                () -> {
                  long[] s = new long[taken.rank()];
                  Arrays.fill(s, 1);
                  s[0] = o.length;
                  return dev.ivy.Ivy.array(o, s);
                });
        mask = Manipulation.moveaxis(mask, new int[] {0}, new int[] {ax});
        Object v = constantValue == null ? 0 : constantValue;
        Array fill =
            Creation.onBackend(taken, () -> Creation.full(Shape.scalar(), v, taken.dtype()));
        t = Elementwise.where(mask, fill, t);
      }
      y = t;
    }
    return y;
  }

  private static long source(String md, long p, long n) {
    switch (md) {
      case "edge":
      case "constant":
        return Math.min(Math.max(p, 0), n - 1);
      case "wrap":
        return Math.floorMod(p, n);
      case "reflect":
        {
          if (n == 1) {
            return 0;
          }
          long m = Math.floorMod(p, 2 * n - 2);
          return m < n ? m : 2 * n - 2 - m;
        }
      default:
        {
          long m = Math.floorMod(p, 2 * n);
          return m < n ? m : 2 * n - 1 - m;
        }
    }
  }

  private static long[][] widths(String fn, long[][] pw, int rank) {
    long[][] w = new long[rank][2];
    for (int ax = 0; ax < rank; ax++) {
      long[] pair = pw.length == 1 ? pw[0] : ax < pw.length ? pw[ax] : null;
      Checks.check(
          pw.length == 1 || pw.length == rank,
          fn,
          "pad_width must give one pair or one pair per axis (%s); got %s pairs",
          rank,
          pw.length);
      w[ax][0] = pair[0];
      w[ax][1] = pair.length > 1 ? pair[1] : pair[0];
      Checks.check(
          w[ax][0] >= 0 && w[ax][1] >= 0,
          fn,
          "pad_width must be >= 0; got %s",
          Arrays.deepToString(pw));
    }
    return w;
  }

  /**
   * Returns a pad_width argument (a number, a pair, or a list of pairs) as pairs for {@link #pad}.
   *
   * @throws dev.ivy.errors.IvyArgumentException for anything else
   */
  public static long[][] padWidths(Object pw) {
    if (pw instanceof Number n) {
      long v = Checks.intArg("pad", "pad_width", n);
      return new long[][] {{v, v}};
    }
    if (pw instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Number) {
      long[] p = new long[l.size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = Checks.intArg("pad", "pad_width", l.get(i));
      }
      return new long[][] {p};
    }
    if (pw instanceof List<?> l) {
      long[][] r = new long[l.size()][];
      for (int i = 0; i < r.length; i++) {
        r[i] = padWidths(l.get(i))[0];
      }
      return r;
    }
    throw new dev.ivy.errors.IvyArgumentException(
        "pad: pad_width must be an integer, a pair or a sequence of pairs; got " + pw);
  }
}
