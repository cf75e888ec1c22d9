package dev.ivy;

import dev.ivy.errors.IvyArgumentException;
import java.util.Locale;

/**
 * The element types an {@link Array} can hold, with the array API standard's names.
 *
 * <p>{@link #toString()} gives the standard's lower-case name ({@code "float32"}), and {@link
 * #of(String)} parses it back (also accepting common aliases such as {@code "float"} or {@code
 * "long"}).
 */
public enum DType {
  /** Boolean, stored as one byte per element. */
  BOOL(1, Kind.BOOL, true),
  /** Signed 8-bit integer. */
  INT8(1, Kind.INT, true),
  /** Signed 16-bit integer. */
  INT16(2, Kind.INT, true),
  /** Signed 32-bit integer. */
  INT32(4, Kind.INT, true),
  /** Signed 64-bit integer. */
  INT64(8, Kind.INT, true),
  /** Unsigned 8-bit integer. */
  UINT8(1, Kind.INT, false),
  /** IEEE 754 half precision. */
  FLOAT16(2, Kind.FLOAT, true),
  /** Brain floating point: float32's exponent with a 7-bit mantissa. */
  BFLOAT16(2, Kind.FLOAT, true),
  /** IEEE 754 single precision. */
  FLOAT32(4, Kind.FLOAT, true),
  /** IEEE 754 double precision. */
  FLOAT64(8, Kind.FLOAT, true);

  /** The broad category of a dtype, used by type promotion. */
  public enum Kind {
    /** bool. */
    BOOL,
    /** Signed or unsigned integers. */
    INT,
    /** Floating point. */
    FLOAT
  }

  private final int byteSize;
  private final Kind kind;
  private final boolean signed;

  DType(int byteSize, Kind kind, boolean signed) {
    this.byteSize = byteSize;
    this.kind = kind;
    this.signed = signed;
  }

  /** Returns the number of bytes one element takes. */
  public int byteSize() {
    return byteSize;
  }

  /** Returns the dtype's kind (bool, integer or floating). */
  public Kind kind() {
    return kind;
  }

  /** Returns whether this is a floating-point dtype. */
  public boolean isFloating() {
    return kind == Kind.FLOAT;
  }

  /** Returns whether this is a signed or unsigned integer dtype. */
  public boolean isInteger() {
    return kind == Kind.INT;
  }

  /** Returns whether this is {@link #BOOL}. */
  public boolean isBool() {
    return kind == Kind.BOOL;
  }

  /** Returns whether values of this dtype can be negative. */
  public boolean isSigned() {
    return signed && kind != Kind.BOOL;
  }

  /** Returns whether this is an integer or floating dtype (not bool). */
  public boolean isNumeric() {
    return kind != Kind.BOOL;
  }

  /** Returns the array API name, for example {@code "float32"}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the dtype with the given name.
   *
   * @param name an array API name ({@code "int64"}) or a common alias ({@code "float"}, {@code
   *     "double"}, {@code "half"}, {@code "long"}, {@code "int"}, {@code "boolean"})
   * @throws IvyArgumentException if the name is not a known dtype
   */
  public static DType of(String name) {
    if (name == null) {
      throw new IvyArgumentException("DType.of: name must not be null");
    }
    switch (name.toLowerCase(Locale.ROOT)) {
      case "bool":
      case "boolean":
        return BOOL;
      case "int8":
      case "byte":
        return INT8;
      case "int16":
      case "short":
        return INT16;
      case "int32":
      case "int":
        return INT32;
      case "int64":
      case "long":
        return INT64;
      case "uint8":
        return UINT8;
      case "float16":
      case "half":
        return FLOAT16;
      case "bfloat16":
        return BFLOAT16;
      case "float32":
      case "float":
        return FLOAT32;
      case "float64":
      case "double":
        return FLOAT64;
      default:
        throw new IvyArgumentException(
            "DType.of: name must be one of bool, int8, int16, int32, int64, uint8, float16,"
                + " bfloat16, float32, float64; got '"
                + name
                + "'");
    }
  }
}
