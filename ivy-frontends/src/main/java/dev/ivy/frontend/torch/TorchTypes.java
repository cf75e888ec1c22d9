package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Manipulation;
import dev.ivy.rules.TypePromotion;

/**
 * PyTorch's dtype rules, composed over core's: tensor-tensor promotion (an integer with a floating
 * tensor gives the floating dtype), the three operand categories of {@code torch.result_type}
 * (dimensioned tensors, zero-dimensional tensors, Python scalars) and the default float32.
 */
final class TorchTypes {
  /** PyTorch's default floating dtype. */
  static final DType DEFAULT_FLOAT = DType.FLOAT32;

  /** PyTorch's default integer dtype. */
  static final DType DEFAULT_INT = DType.INT64;

  private TorchTypes() {}

  /** Returns {@code torch.promote_types(a, b)}. */
  static DType promote(DType a, DType b) {
    if (a.isInteger() && b.isFloating()) {
      return b;
    }
    if (a.isFloating() && b.isInteger()) {
      return a;
    }
    return TypePromotion.promote(a, b);
  }

  private static DType join(DType acc, DType d) {
    return acc == null ? d : promote(acc, d);
  }

  private static DType combine(DType higher, DType lower) {
    if (higher == null) {
      return lower;
    }
    if (lower == null || higher.isFloating()) {
      return higher;
    }
    if (higher.isBool() || lower.isFloating()) {
      return promote(higher, lower);
    }
    return higher;
  }

  /** Returns the dtype a Python scalar gets on its own: bool, int64 or float32. */
  static DType scalarType(Object v) {
    if (v instanceof Boolean) {
      return DType.BOOL;
    }
    if (v instanceof Double || v instanceof Float) {
      return DEFAULT_FLOAT;
    }
    if (v instanceof Number) {
      return DEFAULT_INT;
    }
    throw new IvyArgumentException(
        "torch: operand must be a tensor or a number; got "
            + (v == null ? "None" : v + " (" + v.getClass().getSimpleName() + ")"));
  }

  /** Returns {@code torch.result_type} of tensors and Python scalars. */
  static DType resultType(Object... operands) {
    DType dim = null;
    DType zero = null;
    DType wrapped = null;
    for (Object o : operands) {
      if (o instanceof Array a) {
        if (a.rank() > 0) {
          dim = join(dim, a.dtype());
        } else {
          zero = join(zero, a.dtype());
        }
      } else if (o != null) {
        wrapped = join(wrapped, scalarType(o));
      }
    }
    return combine(dim, combine(zero, wrapped));
  }

  /** Returns {@code o} (a tensor or a Python scalar) as a tensor of dtype {@code dt}. */
  static Array as(Object o, DType dt) {
    if (o instanceof Array a) {
      return a.dtype() == dt ? a : Manipulation.astype(a, dt);
    }
    if (o instanceof Boolean || o instanceof Number) {
      return dev.ivy.ops.Conversion.asarray(o, dt);
    }
    return dev.ivy.ops.Conversion.asarray(o, dt);
  }

  /** Returns {@code o} as a tensor; Python scalars get their PyTorch default dtype. */
  static Array tensor(Object o) {
    if (o instanceof Array a) {
      return a;
    }
    if (o instanceof Boolean || o instanceof Number) {
      return dev.ivy.ops.Conversion.asarray(o, scalarType(o));
    }
    Array a = dev.ivy.ops.Conversion.asarray(o, null);
    return a.dtype() == DType.FLOAT64 ? Manipulation.astype(a, DEFAULT_FLOAT) : a;
  }

  /** Returns {@code x} converted to float32 when it is not floating (for float-only functions). */
  static Array floating(Array x) {
    return x.dtype().isFloating() ? x : Manipulation.astype(x, DEFAULT_FLOAT);
  }

  /** Returns {@code x} cast to {@code dt}, or {@code x} itself when {@code dt} is null. */
  static Array cast(Array x, DType dt) {
    return dt == null || x.dtype() == dt ? x : Manipulation.astype(x, dt);
  }
}
