package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Manipulation;
import java.util.ArrayList;
import java.util.List;

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
    List<Long> rs = new ArrayList<>();
    List<Long> cs = new ArrayList<>();
    for (long i = 0; i < row; i++) {
      for (long j = 0; j < col; j++) {
        if (lower ? j - i <= offset : j - i >= offset) {
          rs.add(i);
          cs.add(j);
        }
      }
    }
    long[] data = new long[rs.size() * 2];
    for (int k = 0; k < rs.size(); k++) {
      data[k] = rs.get(k);
      data[rs.size() + k] = cs.get(k);
    }
    Array r = dev.ivy.Ivy.array(data, DType.INT64, 2, rs.size());
    return TorchTypes.cast(r, dtype == null ? DType.INT64 : dtype);
  }

  /** Returns the tensor of a Python value (nested lists of numbers) with torch's inference. */
  static Array tensor(Object data, DType dtype) {
    Array a = TorchTypes.tensor(data);
    return TorchTypes.cast(a, dtype);
  }
}
