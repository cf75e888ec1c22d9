package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;

/**
 * Machine limits of floating and integer dtypes: the array API's {@code finfo} and {@code iinfo}.
 */
public final class DTypeInfo {
  private DTypeInfo() {}

  /**
   * Limits of a floating dtype, as NumPy's {@code finfo}.
   *
   * @param bits the number of bits of one element
   * @param eps the difference between 1.0 and the next larger representable number
   * @param max the largest finite number
   * @param min the most negative finite number ({@code -max})
   * @param smallestNormal the smallest positive normal number
   * @param dtype the dtype described
   */
  public record FInfo(
      int bits, double eps, double max, double min, double smallestNormal, DType dtype) {}

  /**
   * Limits of an integer dtype, as NumPy's {@code iinfo}.
   *
   * @param bits the number of bits of one element
   * @param max the largest value
   * @param min the smallest value
   * @param dtype the dtype described
   */
  public record IInfo(int bits, long max, long min, DType dtype) {}

  /**
   * Returns the limits of floating dtype {@code type} (an {@link Array} gives its dtype).
   *
   * <pre>{@code
   * finfo(FLOAT32).eps() == 1.1920929e-07
   * }</pre>
   *
   * @throws dev.ivy.errors.IvyArgumentException if the dtype is not floating
   */
  public static FInfo finfo(Object type) {
    DType dt = dtypeOf("finfo", type);
    switch (dt) {
      case FLOAT16:
        return new FInfo(16, 0x1p-10, 65504.0, -65504.0, 0x1p-14, dt);
      case BFLOAT16:
        double bmax = 0x1.fep127;
        return new FInfo(16, 0x1p-7, bmax, -bmax, 0x1p-126, dt);
      case FLOAT32:
        return new FInfo(32, Math.ulp(1.0f), Float.MAX_VALUE, -Float.MAX_VALUE, 0x1p-126, dt);
      case FLOAT64:
        return new FInfo(64, Math.ulp(1.0), Double.MAX_VALUE, -Double.MAX_VALUE, 0x1p-1022, dt);
      default:
        throw new dev.ivy.errors.IvyArgumentException(
            "finfo: type must be a floating dtype; got " + dt);
    }
  }

  /**
   * Returns the limits of integer dtype {@code type} (an {@link Array} gives its dtype).
   *
   * @throws dev.ivy.errors.IvyArgumentException if the dtype is not an integer dtype
   */
  public static IInfo iinfo(Object type) {
    DType dt = dtypeOf("iinfo", type);
    switch (dt) {
      case INT8:
        return new IInfo(8, Byte.MAX_VALUE, Byte.MIN_VALUE, dt);
      case INT16:
        return new IInfo(16, Short.MAX_VALUE, Short.MIN_VALUE, dt);
      case INT32:
        return new IInfo(32, Integer.MAX_VALUE, Integer.MIN_VALUE, dt);
      case INT64:
        return new IInfo(64, Long.MAX_VALUE, Long.MIN_VALUE, dt);
      case UINT8:
        return new IInfo(8, 255, 0, dt);
      default:
        throw new dev.ivy.errors.IvyArgumentException(
            "iinfo: type must be an integer dtype; got " + dt);
    }
  }

  private static DType dtypeOf(String fn, Object type) {
    if (type instanceof Array a) {
      return a.dtype();
    }
    if (type instanceof DType d) {
      return d;
    }
    if (type instanceof String s) {
      return DType.of(s);
    }
    throw new dev.ivy.errors.IvyArgumentException(
        fn
            + ": type must be a dtype, a dtype name or an array; got "
            + (type == null ? "None" : type.getClass().getSimpleName()));
  }

  /**
   * Returns the lowest value of {@code dt} (−inf for floating, the minimum for integers, false for
   * bool): the identity of a running maximum.
   */
  static Object lowest(DType dt) {
    if (dt.isFloating()) {
      return Double.NEGATIVE_INFINITY;
    }
    return dt.isBool() ? (Object) false : (Object) iinfo(dt).min();
  }

  /** Returns the highest value of {@code dt}: the identity of a running minimum. */
  static Object highest(DType dt) {
    if (dt.isFloating()) {
      return Double.POSITIVE_INFINITY;
    }
    return dt.isBool() ? (Object) true : (Object) iinfo(dt).max();
  }

  /**
   * Returns whether {@code dtype} is of {@code kind}: a dtype, a kind name ({@code 'bool'}, {@code
   * 'signed integer'}, {@code 'unsigned integer'}, {@code 'integral'}, {@code 'real floating'},
   * {@code 'complex floating'}, {@code 'numeric'}) or a list of them (the array API's isdtype).
   */
  public static boolean isdtype(DType dtype, Object kind) {
    Checks.given("isdtype", "kind", kind, "a dtype, a kind name or a sequence of them");
    java.util.List<?> kinds = kind instanceof java.util.List<?> l ? l : java.util.List.of(kind);
    for (Object k : kinds) {
      if (k instanceof DType d ? d == dtype : matchesKind(dtype, String.valueOf(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesKind(DType dt, String kind) {
    switch (kind) {
      case "bool":
        return dt.isBool();
      case "signed integer":
        return dt.isInteger() && dt.isSigned();
      case "unsigned integer":
        return dt.isInteger() && !dt.isSigned();
      case "integral":
        return dt.isInteger();
      case "real floating":
        return dt.isFloating();
      case "complex floating":
        return false;
      case "numeric":
        return dt.isNumeric();
      default:
        throw new dev.ivy.errors.IvyArgumentException(
            "isdtype: kind must be a dtype or one of 'bool', 'signed integer', 'unsigned integer',"
                + " 'integral', 'real floating', 'complex floating', 'numeric'; got '"
                + kind
                + "'");
    }
  }

  /** Returns the promoted dtype of arrays and dtypes (or dtype names); null for none. */
  public static DType resultType(Object... arraysAndDtypes) {
    DType dt = null;
    for (Object o : arraysAndDtypes) {
      DType d =
          o instanceof Array arr
              ? arr.dtype()
              : o instanceof DType t ? t : DType.of(String.valueOf(o));
      dt = dt == null ? d : dev.ivy.rules.TypePromotion.promote(dt, d);
    }
    return dt;
  }

  /**
   * Returns whether {@code from} (an array, a dtype or a dtype name) casts to {@code to} under the
   * promotion rules.
   */
  public static boolean canCast(Object from, DType to) {
    DType f =
        from instanceof Array arr
            ? arr.dtype()
            : from instanceof DType d ? d : from == null ? null : DType.of(String.valueOf(from));
    return dev.ivy.rules.TypePromotion.canCast(f, to);
  }
}
