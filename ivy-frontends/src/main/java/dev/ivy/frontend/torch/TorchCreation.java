package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Manipulation;
import java.math.BigInteger;

/**
 * PyTorch's creation functions: float32 by default for floating values, int64 for integers, the
 * fill value's type deciding {@code full}'s dtype, and {@code arange}'s end excluded.
 */
final class TorchCreation {
  private TorchCreation() {}

  private static boolean isFloat(Object o) {
    return o instanceof Double || o instanceof Float;
  }

  static Array arange(Number start, Number end, Number step, DType dtype) {
    if (end == null) {
      end = start;
      start = 0L;
    }
    if (step.doubleValue() == 0) {
      throw new IvyArgumentException("arange: step must be nonzero; got " + step);
    }
    double span = end.doubleValue() - start.doubleValue();
    if (span != 0 && Math.signum(span) != Math.signum(step.doubleValue())) {
      throw new IvyArgumentException(
          "arange: upper bound and larger bound inconsistent with step sign; got start "
              + start
              + ", end "
              + end
              + ", step "
              + step);
    }
    DType dt =
        dtype != null
            ? dtype
            : isFloat(start) || isFloat(end) || isFloat(step)
                ? TorchTypes.DEFAULT_FLOAT
                : DType.INT64;
    long n = (long) Math.ceil(span / step.doubleValue());
    if (dt.isFloating()) {
      Array i = Creation.arange(0L, Math.max(n, 0), 1L, DType.FLOAT64);
      Array r = Elementwise.add(Elementwise.multiply(i, step.doubleValue()), start.doubleValue());
      return Manipulation.astype(r, dt);
    }
    return Creation.arange(start.longValue(), end.longValue(), step.longValue(), dt);
  }

  static Array linspace(Number start, Number end, long steps, DType dtype) {
    DType dt = dtype == null ? TorchTypes.DEFAULT_FLOAT : dtype;
    if (steps < 0) {
      throw new IvyArgumentException("linspace: steps must be non-negative; got " + steps);
    }
    Array r = Creation.linspace(start.doubleValue(), end.doubleValue(), steps, DType.FLOAT64, true);
    return Manipulation.astype(r, dt);
  }

  static Array logspace(Number start, Number end, long steps, double base, DType dtype) {
    DType dt = dtype == null ? TorchTypes.DEFAULT_FLOAT : dtype;
    Array e = Creation.linspace(start.doubleValue(), end.doubleValue(), steps, DType.FLOAT64, true);
    return Manipulation.astype(Elementwise.pow(base, e), dt);
  }

  static Array eye(long n, Long m, DType dtype) {
    return Creation.eye(n, m == null ? n : m, 0, dtype == null ? TorchTypes.DEFAULT_FLOAT : dtype);
  }

  static DType fillType(Object value, DType dtype) {
    if (dtype != null) {
      return dtype;
    }
    if (value instanceof Array a) {
      return a.dtype();
    }
    return TorchTypes.scalarType(value);
  }

  static Array full(long[] size, Object value, DType dtype) {
    return Creation.full(Shape.of(size), value, fillType(value, dtype));
  }

  static Array zeros(long[] size, DType dtype) {
    return Creation.zeros(Shape.of(size), dtype == null ? TorchTypes.DEFAULT_FLOAT : dtype);
  }

  static Array ones(long[] size, DType dtype) {
    return Creation.ones(Shape.of(size), dtype == null ? TorchTypes.DEFAULT_FLOAT : dtype);
  }

  static Array like(Array x, Object value, DType dtype) {
    return Creation.full(x.shape(), value, dtype == null ? x.dtype() : dtype);
  }

  /** Returns the row and column indices of the lower ({@code lower}) or upper triangle. */
  static Array triIndices(long row, long col, long offset, boolean lower, DType dtype) {
    String fn = lower ? "tril_indices" : "triu_indices";
    Checks.check(row >= 0 && col >= 0, fn, "row and col must be >= 0; got %s and %s", row, col);
    // the count first, in closed form, so a huge request is refused before any work
    BigInteger all = BigInteger.valueOf(row).multiply(BigInteger.valueOf(col));
    BigInteger count =
        lower
            ? clampedSum(row, col, BigInteger.valueOf(offset).add(BigInteger.ONE))
            : all.subtract(clampedSum(row, col, BigInteger.valueOf(offset)));
    long n = count.bitLength() < 63 ? count.longValue() : Long.MAX_VALUE;
    int len = Checks.hostLength(fn, DType.INT64, 2, n);
    long[] data = new long[len];
    int at = 0;
    // row i holds columns [from, to): every row in [first, last) holds at least one
    long first = lower ? clamp(BigInteger.valueOf(offset).negate(), row) : 0;
    long last =
        lower ? row : clamp(BigInteger.valueOf(col).subtract(BigInteger.valueOf(offset)), row);
    for (long i = first; i < last; i++) {
      BigInteger io = BigInteger.valueOf(i).add(BigInteger.valueOf(offset));
      long from = lower ? 0 : clamp(io, col);
      long to = lower ? clamp(io.add(BigInteger.ONE), col) : col;
      for (long j = from; j < to; j++) {
        data[at] = i;
        data[(int) n + at] = j;
        at++;
      }
    }
    Array r = dev.ivy.Ivy.array(data, DType.INT64, 2, n);
    return TorchTypes.cast(r, dtype == null ? DType.INT64 : dtype);
  }

  /** Returns {@code v} clamped to [0, hi]. */
  private static long clamp(BigInteger v, long hi) {
    return v.signum() < 0 ? 0 : v.compareTo(BigInteger.valueOf(hi)) > 0 ? hi : v.longValue();
  }

  /** Returns the sum over i in [0, row) of clamp(i + c, 0, col). */
  private static BigInteger clampedSum(long row, long col, BigInteger c) {
    BigInteger a = BigInteger.valueOf(clamp(c.negate(), row));
    BigInteger b = BigInteger.valueOf(clamp(BigInteger.valueOf(col).subtract(c), row)).max(a);
    BigInteger rising =
        b.subtract(a)
            .multiply(c)
            .add(a.add(b).subtract(BigInteger.ONE).multiply(b.subtract(a)).shiftRight(1));
    return rising.add(BigInteger.valueOf(row).subtract(b).multiply(BigInteger.valueOf(col)));
  }

  /** Returns the tensor of a Python value (nested lists of numbers) with torch's inference. */
  static Array tensor(Object data, DType dtype) {
    Array a = TorchTypes.tensor(data);
    return TorchTypes.cast(a, dtype);
  }
}
