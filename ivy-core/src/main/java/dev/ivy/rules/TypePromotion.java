package dev.ivy.rules;

import static dev.ivy.DType.BFLOAT16;
import static dev.ivy.DType.BOOL;
import static dev.ivy.DType.FLOAT16;
import static dev.ivy.DType.FLOAT32;
import static dev.ivy.DType.FLOAT64;
import static dev.ivy.DType.INT16;
import static dev.ivy.DType.INT64;
import static dev.ivy.DType.INT8;
import static dev.ivy.DType.UINT8;

import dev.ivy.DType;

/**
 * Type promotion of the core API: NumPy 2's rules (which extend the array API standard's table to
 * mixed kinds), with bfloat16 placed as JAX places it, and NEP 50 weak Python scalars.
 *
 * <p>Examples: int8 + int16 = int16; uint8 + int8 = int16; int32 + float32 = float64; float16 +
 * bfloat16 = float32; an int32 array + a Java {@code double} = float64.
 */
public final class TypePromotion {
  /** The default floating dtype of core creation functions (NumPy's). */
  public static final DType DEFAULT_FLOAT = FLOAT64;

  /** The default integer dtype of core creation functions (NumPy's on 64-bit Linux). */
  public static final DType DEFAULT_INT = INT64;

  private static final DType[][] TABLE = new DType[DType.values().length][DType.values().length];

  static {
    for (DType a : DType.values()) {
      for (DType b : DType.values()) {
        TABLE[a.ordinal()][b.ordinal()] = compute(a, b);
      }
    }
  }

  private TypePromotion() {}

  /** Returns the dtype that arrays of dtypes {@code a} and {@code b} promote to. */
  public static DType promote(DType a, DType b) {
    if (a == null || b == null) {
      throw new dev.ivy.errors.IvyArgumentException(
          "promote_types: dtypes must not be None; got " + a + " and " + b);
    }
    return TABLE[a.ordinal()][b.ordinal()];
  }

  /** Returns the dtype that all of {@code dtypes} promote to. */
  public static DType promote(DType... dtypes) {
    DType r = dtypes[0];
    for (int i = 1; i < dtypes.length; i++) {
      r = promote(r, dtypes[i]);
    }
    return r;
  }

  /**
   * Returns the dtype of an operation between an array of dtype {@code array} and a weakly typed
   * Java scalar (NEP 50): the array's dtype when the scalar's kind is not higher, else the default
   * dtype of the scalar's kind.
   */
  public static DType promoteWithScalar(DType array, Object scalar) {
    if (scalar instanceof Boolean) {
      return array;
    }
    boolean isFloat = scalar instanceof Double || scalar instanceof Float;
    if (isFloat) {
      return array.isFloating() ? array : DEFAULT_FLOAT;
    }
    return array.isBool() ? DEFAULT_INT : array;
  }

  /** Returns the dtype a lone Java scalar gets: bool, int64 or float64. */
  public static DType scalarDType(Object scalar) {
    if (scalar instanceof Boolean) {
      return BOOL;
    }
    return scalar instanceof Double || scalar instanceof Float ? DEFAULT_FLOAT : DEFAULT_INT;
  }

  /** Returns whether {@code from} converts to {@code to} without loss (NumPy's "safe" casting). */
  public static boolean canCast(DType from, DType to) {
    return promote(from, to) == to;
  }

  private static DType compute(DType a, DType b) {
    if (a == b) {
      return a;
    }
    if (a.isBool()) {
      return b;
    }
    if (b.isBool()) {
      return a;
    }
    if (a.isInteger() && b.isInteger()) {
      return promoteInts(a, b);
    }
    if (a.isFloating() && b.isFloating()) {
      return promoteFloats(a, b);
    }
    DType i = a.isInteger() ? a : b;
    DType f = a.isFloating() ? a : b;
    if (f == BFLOAT16 && (i == INT8 || i == UINT8)) {
      return BFLOAT16;
    }
    return promoteFloats(floatHolding(i), f);
  }

  private static DType promoteInts(DType a, DType b) {
    if (a.isSigned() == b.isSigned()) {
      return a.byteSize() >= b.byteSize() ? a : b;
    }
    DType s = a.isSigned() ? a : b;
    DType u = a.isSigned() ? b : a;
    if (s.byteSize() > u.byteSize()) {
      return s;
    }
    // only uint8 exists among unsigned types here, so int8 is the only smaller-or-equal signed
    return u == UINT8 ? INT16 : INT64;
  }

  private static DType promoteFloats(DType a, DType b) {
    if (a == b) {
      return a;
    }
    if ((a == FLOAT16 && b == BFLOAT16) || (a == BFLOAT16 && b == FLOAT16)) {
      return FLOAT32;
    }
    return a.byteSize() >= b.byteSize() ? a : b;
  }

  private static DType floatHolding(DType i) {
    switch (i.byteSize()) {
      case 1:
        return FLOAT16;
      case 2:
        return FLOAT32;
      default:
        return FLOAT64;
    }
  }
}
