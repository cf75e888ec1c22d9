package dev.ivy.frontend.jax;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Manipulation;
import java.util.ArrayList;
import java.util.List;

/**
 * JAX's dtype rules with 64-bit types disabled (JAX's default): float64 inputs and dtype arguments
 * become float32, int64 become int32, and no result is ever 64-bit; arrays promote on JAX's type
 * lattice (an integer with any float gives that float, float16 with bfloat16 gives float32), and
 * Python scalars are weakly typed (they take the array's dtype when their kind allows it).
 */
final class JaxTypes {
  private JaxTypes() {}

  /** Returns the 32-bit dtype JAX uses for {@code d} (null stays null). */
  static DType canon(DType d) {
    if (d == DType.FLOAT64) {
      return DType.FLOAT32;
    }
    return d == DType.INT64 ? DType.INT32 : d;
  }

  /** Returns {@code x} cast to its canonical 32-bit dtype. */
  static Array canon(Array x) {
    DType c = canon(x.dtype());
    return c == x.dtype() ? x : Manipulation.astype(x, c);
  }

  /** Returns every array of {@code xs} in its canonical dtype. */
  static List<Array> canon(List<Array> xs) {
    List<Array> r = new ArrayList<>(xs.size());
    for (Array x : xs) {
      r.add(canon(x));
    }
    return r;
  }

  /** Returns a value as an array in its canonical dtype: arrays, numbers, booleans and lists. */
  static Array array(Object v) {
    if (v instanceof Array a) {
      return canon(a);
    }
    return canon(dev.ivy.ops.Conversion.asarray(v, null));
  }

  /** Returns an operand: arrays canonicalised, Python scalars kept (weak), lists converted. */
  static Object operand(Object v) {
    if (v instanceof Array a) {
      return canon(a);
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v;
    }
    return array(v);
  }

  /** Returns the dtype JAX promotes {@code a} and {@code b} to (x64 disabled). */
  static DType promote(DType a, DType b) {
    a = canon(a);
    b = canon(b);
    if (a == b) {
      return a;
    }
    if (a.isBool()) {
      return b;
    }
    if (b.isBool()) {
      return a;
    }
    if (a.isFloating() && b.isFloating()) {
      if (a.byteSize() == b.byteSize()) {
        return DType.FLOAT32; // float16 with bfloat16
      }
      return a.byteSize() > b.byteSize() ? a : b;
    }
    if (a.isFloating() || b.isFloating()) {
      return a.isFloating() ? a : b;
    }
    if (a.isSigned() == b.isSigned()) {
      return a.byteSize() >= b.byteSize() ? a : b;
    }
    DType s = a.isSigned() ? a : b;
    DType u = a.isSigned() ? b : a;
    if (s.byteSize() > u.byteSize()) {
      return s;
    }
    return u.byteSize() == 1 ? DType.INT16 : DType.INT32;
  }

  /** Returns the dtype of a weak Python scalar combined with an array of dtype {@code d}. */
  static DType withScalar(DType d, Object scalar) {
    if (scalar instanceof Double || scalar instanceof Float) {
      return d.isFloating() ? d : DType.FLOAT32;
    }
    if (scalar instanceof Boolean) {
      return d;
    }
    return d.isBool() ? DType.INT32 : d;
  }

  /** Returns the dtype all of {@code xs} (arrays or weak scalars) promote to. */
  static DType resultType(Object... xs) {
    DType strong = null;
    for (Object x : xs) {
      if (x instanceof Array a) {
        strong = strong == null ? canon(a.dtype()) : promote(strong, a.dtype());
      }
    }
    DType r = strong;
    for (Object x : xs) {
      if (!(x instanceof Array) && x != null) {
        r = r == null ? scalarDType(x) : withScalar(r, x);
      }
    }
    return r;
  }

  /** Returns the dtype a lone Python scalar gets: bool, int32 or float32. */
  static DType scalarDType(Object x) {
    if (x instanceof Boolean) {
      return DType.BOOL;
    }
    return x instanceof Double || x instanceof Float ? DType.FLOAT32 : DType.INT32;
  }

  /** Returns the operands promoted together: arrays cast to the common dtype, scalars kept weak. */
  static Object[] promoted(Object... xs) {
    Object[] ops = new Object[xs.length];
    for (int i = 0; i < xs.length; i++) {
      ops[i] = xs[i] == null ? null : operand(xs[i]);
    }
    DType t = resultType(ops);
    for (int i = 0; i < ops.length; i++) {
      if (ops[i] instanceof Array a && a.dtype() != t) {
        ops[i] = Manipulation.astype(a, t);
      }
    }
    return ops;
  }

  /** Returns the arrays cast to the dtype they promote to. */
  static List<Array> promotedArrays(List<Array> xs) {
    DType t = null;
    for (Array x : xs) {
      t = t == null ? canon(x.dtype()) : promote(t, x.dtype());
    }
    List<Array> r = new ArrayList<>(xs.size());
    for (Array x : xs) {
      r.add(x.dtype() == t ? x : Manipulation.astype(x, t));
    }
    return r;
  }

  /** Returns the operand as an array of dtype {@code t} (scalars converted). */
  static Array as(Object v, DType t) {
    Array a = v instanceof Array x ? x : dev.ivy.ops.Conversion.asarray(v, null);
    return a.dtype() == t ? a : Manipulation.astype(a, t);
  }

  /** Returns whether {@code a} has a floating dtype, for functions that need floats. */
  static Array toFloat(Array a) {
    Array c = canon(a);
    return c.dtype().isFloating() ? c : Manipulation.astype(c, DType.FLOAT32);
  }

  /** Raises JAX's error for an unsupported argument value. */
  static IvyArgumentException error(String fn, String arg, String expectation, Object actual) {
    return new IvyArgumentException(fn + ": " + arg + " " + expectation + "; got " + actual);
  }

  /** Checks that lax operands have equal dtypes, as lax does (it never promotes arrays). */
  static void sameDtypes(String fn, Array... xs) {
    for (Array x : xs) {
      if (canon(x.dtype()) != canon(xs[0].dtype())) {
        List<String> d = new ArrayList<>();
        for (Array y : xs) {
          d.add(canon(y.dtype()).toString());
        }
        throw new IvyArgumentException(
            fn + ": operands must have equal dtypes (lax does not promote); got " + d);
      }
    }
  }
}
