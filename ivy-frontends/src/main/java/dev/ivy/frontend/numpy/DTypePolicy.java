package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Manipulation;
import java.util.ArrayList;
import java.util.List;

/**
 * The dtype rules in which {@code numpy} and {@code jax.numpy} differ, passed to the function
 * bodies the two frontends share ({@link NumpyUfuncs}): default dtypes, how two dtypes and weak
 * Python scalars promote, the canonical dtype of inputs and results, and the float dtype in which
 * functions that need floats compute integer inputs.
 *
 * <p>Two instances exist: {@link #NUMPY} (NumPy 2: NEP 50 promotion, float64 and int64 defaults)
 * and the JAX one, {@code JaxNumpy.POLICY} (x64 disabled: 64-bit dtypes become 32-bit, JAX's
 * promotion lattice, float32 default). The policy lives in the numpy package rather than in core
 * because it is a frontend concern: core has one promotion table (NumPy's), and a frontend "applies
 * its framework's dtype rules, then calls core".
 *
 * <pre>{@code
 * DTypePolicy.NUMPY.promote(DType.UINT64, DType.INT64)   // FLOAT64
 * JaxNumpy.POLICY.promote(DType.UINT64, DType.INT64)     // FLOAT32
 * }</pre>
 */
public interface DTypePolicy {
  /** NumPy 2's rules: core's promotion table (NEP 50), float64 and int64 defaults. */
  DTypePolicy NUMPY = new NumpyDTypes();

  /** Returns the framework's module name for messages ({@code "numpy"}, {@code "jax.numpy"}). */
  String module();

  /** Returns the dtype of float creation functions and of true division of integers. */
  DType defaultFloat();

  /** Returns the dtype of integer creation functions ({@code arange(5)}) and integer scalars. */
  DType defaultInt();

  /**
   * Returns the dtype that arrays and dtype arguments of dtype {@code d} take: {@code d} itself in
   * NumPy, the 32-bit dtype for a 64-bit one in JAX (null stays null).
   */
  DType canonical(DType d);

  /** Returns the dtype that arrays of dtypes {@code a} and {@code b} promote to. */
  DType promote(DType a, DType b);

  /**
   * Returns the dtype of an array of dtype {@code d} combined with a weakly typed Python scalar
   * ({@link Boolean}, {@link Long}/{@link Integer} or {@link Double}/{@link Float}).
   */
  DType withScalar(DType d, Object scalar);

  /** Returns the dtype a lone Python scalar gets (bool, the default int or the default float). */
  DType scalarDType(Object scalar);

  /**
   * Returns the float dtype in which a function that needs floats ({@code sqrt}, {@code arctan2})
   * computes an input of dtype {@code d}; floats are kept.
   */
  DType floatFor(DType d);

  /**
   * Returns the dtype a sum, product or cumulative sum of dtype {@code d} accumulates in when no
   * dtype is asked for: floats keep their (canonical) dtype, bool and integers use the default int
   * (int64 in NumPy, int32 in JAX).
   */
  default DType accumulator(DType d) {
    DType c = canonical(d);
    return c.isFloating() ? c : defaultInt();
  }

  /**
   * Returns the dtype of a mean, variance, median or quantile of dtype {@code d}, and of a true
   * division: floats keep their (canonical) dtype, bool and integers give the default float.
   */
  default DType meanFloat(DType d) {
    DType c = canonical(d);
    return c.isFloating() ? c : defaultFloat();
  }

  /** Returns {@code x} in its canonical dtype ({@link #canonical(DType)}). */
  default Array canonical(Array x) {
    DType c = canonical(x.dtype());
    return c == x.dtype() ? x : Manipulation.astype(x, c);
  }

  /** Returns every array of {@code xs} in its canonical dtype. */
  default List<Array> canonical(List<Array> xs) {
    List<Array> r = new ArrayList<>(xs.size());
    for (Array x : xs) {
      r.add(canonical(x));
    }
    return r;
  }

  /**
   * Returns an array-like (an array, an {@link Ndarray}, a number, a boolean or a nested list) as
   * an array in its canonical dtype.
   */
  default Array array(Object v) {
    return canonical(NumpyComposites.asArray(NumpyComposites.unwrapped(v)));
  }

  /** Returns an operand: arrays and lists as canonical arrays, Python scalars kept weak. */
  default Object operand(Object v) {
    if (v instanceof Number || v instanceof Boolean) {
      return v;
    }
    return array(v);
  }

  /**
   * Returns the dtype that all of {@code xs} (arrays and weak scalars, nulls skipped) promote to.
   */
  default DType resultType(Object... xs) {
    DType strong = null;
    for (Object x : xs) {
      if (x instanceof Array a) {
        DType d = canonical(a.dtype());
        strong = strong == null ? d : promote(strong, d);
      }
    }
    DType r = strong;
    for (Object x : xs) {
      if (x != null && !(x instanceof Array)) {
        r = r == null ? scalarDType(x) : withScalar(r, x);
      }
    }
    return r;
  }

  /**
   * Returns the operands ready for a core function: arrays cast to the dtype they all promote to,
   * Python scalars kept weak (core gives them the arrays' dtype), lists converted.
   */
  default Object[] promoted(Object... xs) {
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

  /** Returns the array-likes as arrays cast to the dtype they all promote to. */
  default List<Array> promotedArrays(List<?> xs) {
    List<Array> as = new ArrayList<>(xs.size());
    DType t = null;
    for (Object x : xs) {
      Array a = array(x);
      as.add(a);
      t = t == null ? a.dtype() : promote(t, a.dtype());
    }
    List<Array> r = new ArrayList<>(as.size());
    for (Array a : as) {
      r.add(a.dtype() == t ? a : Manipulation.astype(a, t));
    }
    return r;
  }

  /**
   * Returns the operands of a function that needs floats: {@link #promoted}, then cast to {@link
   * #floatFor} of their common dtype when that is not a float (weak scalars become arrays of it).
   */
  default Object[] promotedFloat(Object... xs) {
    return promotedAs(floatFor(resultType(operands(xs))), xs);
  }

  /**
   * Returns the operands of a true division: {@link #promoted}, then cast to the default float when
   * their common dtype is not a float (NumPy and JAX both divide integers in it).
   */
  default Object[] promotedDivision(Object... xs) {
    return promotedAs(meanFloat(resultType(operands(xs))), xs);
  }

  private Object[] operands(Object... xs) {
    Object[] ops = new Object[xs.length];
    for (int i = 0; i < xs.length; i++) {
      ops[i] = xs[i] == null ? null : operand(xs[i]);
    }
    return ops;
  }

  private Object[] promotedAs(DType f, Object... xs) {
    Object[] ops = promoted(xs);
    if (ops.length == 0 || resultType(ops).isFloating()) {
      return ops;
    }
    for (int i = 0; i < ops.length; i++) {
      if (ops[i] != null) {
        Array a = ops[i] instanceof Array x ? x : NumpyComposites.asArray(ops[i]);
        ops[i] = a.dtype() == f ? a : Manipulation.astype(a, f);
      }
    }
    return ops;
  }

  /** Returns {@code x} cast to {@link #floatFor} its dtype, canonical first. */
  default Array toFloat(Array x) {
    Array c = canonical(x);
    DType f = floatFor(c.dtype());
    return f == c.dtype() ? c : Manipulation.astype(c, f);
  }

  /** Returns a function's result in the framework's canonical dtype. */
  default Array result(Array r) {
    return canonical(r);
  }

  /** Returns every result in the framework's canonical dtype. */
  default List<Array> result(List<Array> rs) {
    return canonical(rs);
  }

  /**
   * Raises unless {@code out} is None (arrays are immutable here).
   *
   * @throws IvyArgumentException if {@code out} is given
   */
  default void noOut(String fn, Object out) {
    if (out != null) {
      throw new IvyArgumentException(
          fn + ": out must be None (arrays are immutable here); got " + out);
    }
  }
}
