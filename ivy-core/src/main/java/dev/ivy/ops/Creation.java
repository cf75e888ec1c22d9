package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.backend.Backend;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.rules.TypePromotion;

/**
 * Creation functions of the array API: full, zeros, ones, arange, linspace, eye and the {@code
 * *Like} forms. Defaults follow NumPy: float64 for floating values, int64 for integers.
 */
public final class Creation {
  private Creation() {}

  /** Returns a 0-d array of {@code dtype} holding {@code value} on {@code backend}. */
  static Array scalar(Backend backend, DType dtype, Object value) {
    Params.Full p = Params.Full.of(Shape.scalar(), dtype, toNumber("full", "fill_value", value));
    return Dispatcher.constant(backend, new Aval(Shape.scalar(), dtype), encode(p));
  }

  private static java.nio.ByteBuffer encode(Params.Full p) {
    java.nio.ByteBuffer b = dev.ivy.internal.HostData.allocate(p.dtype(), 1);
    if (p.dtype().isInteger()) {
      dev.ivy.internal.HostData.putLong(b, p.dtype(), p.longValue());
    } else {
      dev.ivy.internal.HostData.putDouble(b, p.dtype(), p.doubleValue());
    }
    return b.flip();
  }

  static Number toNumber(String fn, String arg, Object value) {
    if (value instanceof Boolean bo) {
      return bo ? 1 : 0;
    }
    if (value instanceof Number n) {
      return n;
    }
    throw new IvyArgumentException(
        fn
            + ": "
            + arg
            + " must be a number or a boolean; got "
            + (value == null ? "null" : value.getClass().getSimpleName()));
  }

  /**
   * Returns an array of {@code shape} filled with {@code value}; a null {@code dtype} is inferred
   * from the value (bool, int64 or float64).
   */
  public static Array full(Shape shape, Object value, DType dtype) {
    DType dt = dtype != null ? dtype : TypePromotion.scalarDType(value);
    Number n = toNumber("full", "fill_value", value);
    return Dispatcher.bind(Prim.FULL, Params.Full.of(shape, dt, n));
  }

  /** Returns zeros of {@code shape} and {@code dtype} (float64 when null). */
  public static Array zeros(Shape shape, DType dtype) {
    return full(shape, 0, dtype == null ? TypePromotion.DEFAULT_FLOAT : dtype);
  }

  /** Returns ones of {@code shape} and {@code dtype} (float64 when null). */
  public static Array ones(Shape shape, DType dtype) {
    return full(shape, 1, dtype == null ? TypePromotion.DEFAULT_FLOAT : dtype);
  }

  /**
   * Returns an array shaped like {@code x} filled with {@code value}, of {@code x}'s dtype if null.
   */
  public static Array fullLike(Array x, Object value, DType dtype) {
    return onBackend(x, () -> full(x.shape(), value, dtype == null ? x.dtype() : dtype));
  }

  /** Returns zeros shaped like {@code x}, of its dtype. */
  public static Array zerosLike(Array x) {
    return fullLike(x, 0, null);
  }

  /** Returns ones shaped like {@code x}, of its dtype. */
  public static Array onesLike(Array x) {
    return fullLike(x, 1, null);
  }

  /** Returns an uninitialised array: here, zeros (values of {@code empty} are unspecified). */
  public static Array empty(Shape shape, DType dtype) {
    return zeros(shape, dtype);
  }

  static Array onBackend(Array like, java.util.function.Supplier<Array> f) {
    if (like.backend() == Ivy.currentBackend()) {
      return f.get();
    }
    try (var b = Ivy.withBackend(like.backendName())) {
      return f.get();
    }
  }

  /**
   * Returns start, start + step, ... up to but excluding stop. The dtype is int64 when all
   * arguments are integers and float64 otherwise, unless given.
   *
   * @throws IvyArgumentException if step is 0
   */
  public static Array arange(Number start, Number stop, Number step, DType dtype) {
    if (stop == null) {
      stop = start;
      start = 0;
    }
    if (step == null) {
      step = 1;
    }
    boolean allInt = isInt(start) && isInt(stop) && isInt(step);
    DType dt =
        dtype != null ? dtype : allInt ? TypePromotion.DEFAULT_INT : TypePromotion.DEFAULT_FLOAT;
    Checks.check(step.doubleValue() != 0, "arange", "step must be nonzero; got %s", step);
    long n;
    if (allInt) {
      long a = start.longValue();
      long b = stop.longValue();
      long s = step.longValue();
      n =
          s > 0
              ? Math.max(0, Math.floorDiv(b - a + s - 1, s))
              : Math.max(0, Math.floorDiv(a - b - s - 1, -s));
    } else {
      n =
          (long)
              Math.max(
                  0, Math.ceil((stop.doubleValue() - start.doubleValue()) / step.doubleValue()));
    }
    if (dt.isInteger() || dt.isBool()) {
      Array i = Dispatcher.bind(Prim.IOTA, new Params.Iota(n, DType.INT64));
      Array r = Elementwise.add(Elementwise.multiply(i, step.longValue()), start.longValue());
      return Manipulation.astype(r, dt);
    }
    Array i = Dispatcher.bind(Prim.IOTA, new Params.Iota(n, DType.FLOAT64));
    Array r = Elementwise.add(Elementwise.multiply(i, step.doubleValue()), start.doubleValue());
    return Manipulation.astype(r, dt);
  }

  private static boolean isInt(Number n) {
    return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
  }

  /**
   * Returns {@code num} evenly spaced values from start to stop (inclusive when {@code endpoint}),
   * float64 unless {@code dtype} is given.
   */
  public static Array linspace(Number start, Number stop, long num, DType dtype, boolean endpoint) {
    Checks.check(num >= 0, "linspace", "num must be >= 0; got %s", num);
    DType dt = dtype == null ? TypePromotion.DEFAULT_FLOAT : dtype;
    double a = start.doubleValue();
    double b = stop.doubleValue();
    long div = endpoint ? num - 1 : num;
    double step = div > 0 ? (b - a) / div : 0;
    Array i = Dispatcher.bind(Prim.IOTA, new Params.Iota(num, DType.FLOAT64));
    Array r = Elementwise.add(Elementwise.multiply(i, step), a);
    if (endpoint && num > 1) {
      // the last value is exactly stop, as NumPy guarantees
      Array last = Elementwise.equal(i, (double) (num - 1));
      r = Elementwise.where(last, b, r);
    }
    if (dt.isInteger()) {
      r = Elementwise.floor(r);
    }
    return Manipulation.astype(r, dt);
  }

  /**
   * Returns an n-by-m matrix with ones on diagonal k (0 the main one, positive above), float64
   * unless {@code dtype} is given.
   */
  public static Array eye(long n, Long m, long k, DType dtype) {
    Checks.check(n >= 0, "eye", "n_rows must be >= 0; got %s", n);
    long cols = m == null ? n : m;
    Checks.check(cols >= 0, "eye", "n_cols must be >= 0; got %s", cols);
    DType dt = dtype == null ? TypePromotion.DEFAULT_FLOAT : dtype;
    Array r =
        Manipulation.reshape(
            Dispatcher.bind(Prim.IOTA, new Params.Iota(n, DType.INT64)), Shape.of(n, 1));
    Array c =
        Manipulation.reshape(
            Dispatcher.bind(Prim.IOTA, new Params.Iota(cols, DType.INT64)), Shape.of(1, cols));
    return Manipulation.astype(Elementwise.equal(Elementwise.add(r, k), c), dt);
  }

  /** Returns a mask of the last two axes of {@code x}: col - row compared with k. */
  private static Array band(Array x, long k, boolean lower) {
    long n = x.shape().dim(-2);
    long m = x.shape().dim(-1);
    return onBackend(
        x,
        () -> {
          Array r =
              Manipulation.reshape(
                  Dispatcher.bind(Prim.IOTA, new Params.Iota(n, DType.INT64)), Shape.of(n, 1));
          Array c =
              Manipulation.reshape(
                  Dispatcher.bind(Prim.IOTA, new Params.Iota(m, DType.INT64)), Shape.of(1, m));
          Array d = Elementwise.subtract(c, r);
          return lower ? Elementwise.lessEqual(d, k) : Elementwise.greaterEqual(d, k);
        });
  }

  /** Returns x with the elements above diagonal k of its last two axes set to zero. */
  public static Array tril(Array x, long k) {
    Checks.check(x.rank() >= 2, "tril", "x must have rank >= 2; got shape %s", x.shape());
    return Elementwise.where(band(x, k, true), x, zerosLike(x));
  }

  /** Returns x with the elements below diagonal k of its last two axes set to zero. */
  public static Array triu(Array x, long k) {
    Checks.check(x.rank() >= 2, "triu", "x must have rank >= 2; got shape %s", x.shape());
    return Elementwise.where(band(x, k, false), x, zerosLike(x));
  }

  /**
   * Returns coordinate matrices from 1-d coordinate vectors: with indexing "xy" (Cartesian) the
   * first two output axes are swapped relative to "ij" (matrix) indexing.
   */
  public static java.util.List<Array> meshgrid(java.util.List<Array> arrays, String indexing) {
    Checks.check(
        "xy".equals(indexing) || "ij".equals(indexing),
        "meshgrid",
        "indexing must be 'xy' or 'ij'; got '%s'",
        indexing);
    int n = arrays.size();
    long[] dims = new long[n];
    for (int i = 0; i < n; i++) {
      Array a = arrays.get(i);
      Checks.check(a.rank() <= 1, "meshgrid", "arrays must be 0-d or 1-d; got shape %s", a.shape());
      dims[i] = a.size();
    }
    boolean xy = "xy".equals(indexing) && n >= 2;
    long[] out = dims.clone();
    if (xy) {
      out[0] = dims[1];
      out[1] = dims[0];
    }
    java.util.List<Array> r = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      int pos = xy && i < 2 ? 1 - i : i;
      long[] sh = new long[n];
      java.util.Arrays.fill(sh, 1);
      sh[pos] = dims[i];
      r.add(
          Manipulation.broadcastTo(
              Manipulation.reshape(arrays.get(i), Shape.of(sh)), Shape.of(out)));
    }
    return r;
  }
}
