package dev.ivy.frontend.tf;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Conversion;
import dev.ivy.ops.Manipulation;
import java.util.ArrayList;
import java.util.List;

/**
 * TensorFlow's conversion and dtype rules, composed from core functions: Python ints become int32
 * and floats float32 ({@code tf.constant}), a Python scalar next to a tensor takes the tensor's
 * dtype when it fits, and the operands of a binary op must have the same dtype (TensorFlow raises
 * otherwise: it never promotes).
 */
final class TfTypes {
  private TfTypes() {}

  static IvyArgumentException error(String fn, String message) {
    return new IvyArgumentException("tf." + fn + ": " + message);
  }

  /** Returns the dtype TensorFlow gives a Python value: int32, float32 or bool. */
  static DType scalarDType(Object v) {
    if (v instanceof Boolean) {
      return DType.BOOL;
    }
    if (v instanceof Double || v instanceof Float) {
      return DType.FLOAT32;
    }
    if (v instanceof Number) {
      return DType.INT32;
    }
    if (v instanceof List<?> l) {
      DType d = null;
      for (Object o : l) {
        DType e = scalarDType(o);
        if (d == null || d == DType.BOOL || (d == DType.INT32 && e == DType.FLOAT32)) {
          d = e;
        }
      }
      return d == null ? DType.FLOAT32 : d;
    }
    return null;
  }

  /** Converts a value to a tensor as {@code tf.convert_to_tensor} does (32-bit defaults). */
  static Array tensor(String fn, String arg, Object v) {
    return tensor(fn, arg, v, null);
  }

  /**
   * Converts a value to a tensor of {@code hint} when given (a Python scalar adopting the other
   * operand's dtype), raising where TensorFlow raises (a fractional float into an integer tensor, a
   * number into a bool tensor).
   */
  static Array tensor(String fn, String arg, Object v, DType hint) {
    if (v instanceof Array a) {
      return a;
    }
    if (v == null) {
      throw error(fn, arg + " must be a tensor; got None");
    }
    DType own = scalarDType(v);
    if (own == null) {
      throw error(
          fn, arg + " must be a tensor or a number; got " + v.getClass().getSimpleName() + " " + v);
    }
    DType dt = own;
    if (hint != null) {
      boolean ok =
          switch (own) {
            case BOOL -> hint.isBool();
            case INT32 -> !hint.isBool();
            default -> hint.isFloating() || integral(v) && hint.isInteger();
          };
      if (!ok) {
        throw error(
            fn,
            arg
                + " must be convertible to "
                + hint
                + " (TensorFlow never promotes); got "
                + v
                + " ("
                + own
                + ")");
      }
      dt = hint;
    }
    return Conversion.asarray(v, dt);
  }

  private static boolean integral(Object v) {
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return d == Math.rint(d);
    }
    if (v instanceof List<?> l) {
      for (Object o : l) {
        if (!integral(o)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Returns the two operands as tensors of one dtype, raising on mixed dtypes as TF does. */
  static Array[] pair(String fn, Object x, Object y) {
    Array a;
    Array b;
    if (x instanceof Array xa) {
      a = xa;
      b = tensor(fn, "y", y, xa.dtype());
    } else if (y instanceof Array ya) {
      b = ya;
      a = tensor(fn, "x", x, ya.dtype());
    } else {
      a = tensor(fn, "x", x);
      b = tensor(fn, "y", y, a.dtype());
    }
    if (a.dtype() != b.dtype()) {
      throw error(
          fn,
          "y must have the dtype of x ("
              + a.dtype()
              + "), TensorFlow never promotes; got "
              + b.dtype());
    }
    return new Array[] {a, b};
  }

  /**
   * Returns a list argument as a list: a list as it is, a tensor as its slices along axis 0
   * (TensorFlow packs a tensor given for a list of tensors).
   */
  static List<?> list(String fn, String arg, Object v) {
    if (v instanceof List<?> l) {
      return l;
    }
    if (v instanceof Array x) {
      return TfFrontend.unstack(x, null, 0);
    }
    throw error(fn, arg + " must be a list of tensors; got " + v);
  }

  /** Raises unless every tensor of a list (see {@link #list}) has the dtype of the first. */
  static List<Array> same(String fn, String arg, Object values) {
    return same(fn, arg, list(fn, arg, values));
  }

  /** Raises unless every tensor has the dtype of the first. */
  static List<Array> same(String fn, String arg, List<?> values) {
    List<Array> r = new ArrayList<>();
    DType d = null;
    for (Object o : values) {
      if (o instanceof Array a) {
        d = a.dtype();
        break;
      }
    }
    for (Object o : values) {
      Array a = tensor(fn, arg, o, d);
      if (d == null) {
        d = a.dtype();
      }
      if (a.dtype() != d) {
        throw error(fn, arg + " must all have one dtype (" + d + "); got " + a.dtype());
      }
      r.add(a);
    }
    return r;
  }

  /** Raises unless x is floating (TensorFlow's float-only kernels). */
  static Array floating(String fn, Array x) {
    if (!x.dtype().isFloating()) {
      throw error(fn, "x must be a floating tensor (half, float32, float64); got " + x.dtype());
    }
    return x;
  }

  /** Raises unless x is numeric (not bool). */
  static Array numeric(String fn, Array x) {
    if (x.dtype().isBool()) {
      throw error(fn, "x must be a numeric tensor; got bool");
    }
    return x;
  }

  /** Raises unless x is bool. */
  static Array bool(String fn, Array x) {
    if (!x.dtype().isBool()) {
      throw error(fn, "x must be a bool tensor; got " + x.dtype());
    }
    return x;
  }

  /** Returns the axes of a reduction: all for null, else each checked against the rank. */
  static int[] axes(String fn, int[] axis, int rank) {
    if (axis == null) {
      return Checks.allAxes(rank);
    }
    int[] r = new int[axis.length];
    for (int i = 0; i < axis.length; i++) {
      if (axis[i] < -Math.max(rank, 1) || axis[i] >= Math.max(rank, 1)) {
        throw error(
            fn,
            "axis must be in [" + -rank + ", " + rank + "); got " + axis[i] + " for rank " + rank);
      }
      r[i] = rank == 0 ? 0 : Math.floorMod(axis[i], rank);
    }
    return rank == 0 ? new int[0] : r;
  }

  /** Returns one axis checked against the rank, made non-negative. */
  static int axis(String fn, int axis, int rank) {
    if (axis < -rank || axis >= rank) {
      throw error(fn, "axis must be in [" + -rank + ", " + rank + "); got " + axis);
    }
    return Math.floorMod(axis, rank);
  }

  /** Converts an int, a list of ints or an integer tensor to longs. */
  static long[] longs(String fn, String arg, Object v) {
    if (v instanceof Array a) {
      if (!a.dtype().isInteger() || a.rank() > 1) {
        throw error(fn, arg + " must be an integer scalar or vector; got " + a.aval());
      }
      return a.toLongArray();
    }
    if (v instanceof Number n && !(v instanceof Double || v instanceof Float)) {
      return new long[] {n.longValue()};
    }
    if (v instanceof long[] l) {
      return l.clone();
    }
    if (v instanceof int[] ia) {
      long[] r = new long[ia.length];
      for (int i = 0; i < r.length; i++) {
        r[i] = ia[i];
      }
      return r;
    }
    if (v instanceof List<?> l) {
      long[] r = new long[l.size()];
      for (int i = 0; i < r.length; i++) {
        Object o = l.get(i);
        if (o instanceof Array e && e.size() == 1 && e.dtype().isInteger()) {
          r[i] = e.itemLong();
        } else if (o instanceof Number n && !(o instanceof Double || o instanceof Float)) {
          r[i] = n.longValue();
        } else {
          throw error(fn, arg + " must hold integers; got " + l);
        }
      }
      return r;
    }
    throw error(fn, arg + " must be an integer or a list of integers; got " + v);
  }

  /** Converts an optional axis list. */
  static int[] intsOrNull(String fn, String arg, Object v) {
    if (v == null) {
      return null;
    }
    long[] l = longs(fn, arg, v);
    int[] r = new int[l.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = Math.toIntExact(l[i]);
    }
    return r;
  }

  /** Returns a shape from an int list or integer tensor. */
  static Shape shape(String fn, String arg, Object v) {
    long[] d = longs(fn, arg, v);
    for (long x : d) {
      if (x < 0) {
        throw error(fn, arg + " must hold non-negative sizes; got " + java.util.Arrays.toString(d));
      }
    }
    return Shape.of(d);
  }

  /** Casts to a dtype when it differs. */
  static Array cast(Array x, DType d) {
    return x.dtype() == d ? x : Manipulation.astype(x, d);
  }

  /** Returns a scalar tensor of the given dtype. */
  static Array scalar(Object v, DType d) {
    return Conversion.asarray(v, d);
  }
}
