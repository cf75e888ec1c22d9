package dev.ivy.internal;

/** Conversions between float and the 16-bit float formats (Java 17 has no Float.float16ToFloat). */
public final class Half {
  private Half() {}

  /** Returns the float value of IEEE 754 half-precision bits. */
  public static float halfToFloat(short bits) {
    int h = bits & 0xffff;
    int sign = (h & 0x8000) << 16;
    int exp = (h >>> 10) & 0x1f;
    int mant = h & 0x3ff;
    if (exp == 0x1f) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
    }
    if (exp == 0) {
      if (mant == 0) {
        return Float.intBitsToFloat(sign);
      }
      float v = mant * 0x1p-24f;
      return sign != 0 ? -v : v;
    }
    return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
  }

  /** Returns the half-precision bits nearest to {@code f} (round half to even). */
  public static short floatToHalf(float f) {
    int x = Float.floatToRawIntBits(f);
    int sign = (x >>> 16) & 0x8000;
    int absx = x & 0x7fffffff;
    if (absx >= 0x7f800000) { // inf or nan
      return (short) (sign | 0x7c00 | (absx > 0x7f800000 ? 0x200 | ((absx >>> 13) & 0x3ff) : 0));
    }
    if (absx >= 0x477ff000) { // rounds to >= 65520: overflow to inf
      return (short) (sign | 0x7c00);
    }
    if (absx < 0x38800000) { // subnormal half or zero
      float a = Float.intBitsToFloat(absx);
      int m = Math.round(a * 0x1p24f); // Math.round is half-up; fix ties to even below
      float exact = a * 0x1p24f;
      if (exact - Math.floor(exact) == 0.5 && (m & 1) == 1) {
        m--;
      }
      return (short) (sign | m);
    }
    int exp = (absx >>> 23) - 112;
    int mant = absx & 0x7fffff;
    int h = (exp << 10) | (mant >>> 13);
    int rest = mant & 0x1fff;
    if (rest > 0x1000 || (rest == 0x1000 && (h & 1) == 1)) {
      h++;
    }
    return (short) (sign | h);
  }

  /** Returns the float value of bfloat16 bits. */
  public static float bfloat16ToFloat(short bits) {
    return Float.intBitsToFloat((bits & 0xffff) << 16);
  }

  /** Returns the bfloat16 bits nearest to {@code f} (round half to even; NaN stays NaN). */
  public static short floatToBfloat16(float f) {
    int x = Float.floatToRawIntBits(f);
    if ((x & 0x7fffffff) > 0x7f800000) {
      return (short) ((x >>> 16) | 0x40);
    }
    int lsb = (x >>> 16) & 1;
    return (short) ((x + 0x7fff + lsb) >>> 16);
  }
}
