package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Manipulation;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The element-wise functions (ufuncs) of {@code numpy} and {@code jax.numpy}, written once and
 * parameterised by the framework's {@link DTypePolicy}: {@link NumpyFrontend} passes {@link
 * DTypePolicy#NUMPY}, {@code JaxNumpy} passes its JAX policy. Each body takes its inputs in the
 * policy's canonical dtypes, promotes operands by the policy (Python scalars weak), computes
 * functions that need floats in {@link DTypePolicy#floatFor} and returns the result in the
 * canonical dtype. {@code out} must be None (pass null where the framework has no such parameter).
 *
 * <pre>{@code
 * NumpyUfuncs.divide(DTypePolicy.NUMPY, Ivy.arange(3), 2L, null)   // [0.0, 0.5, 1.0] float64
 * NumpyUfuncs.divide(JaxNumpy.POLICY, Ivy.arange(3), 2L, null)     // [0.0, 0.5, 1.0] float32
 * }</pre>
 */
public final class NumpyUfuncs {
  private NumpyUfuncs() {}

  // ---------------------------------------------------------------- helpers

  private static Array unary(
      DTypePolicy p, String fn, Object x, Object out, UnaryOperator<Array> f) {
    p.noOut(fn, out);
    return p.result(f.apply(p.array(x)));
  }

  private static Array floatUnary(
      DTypePolicy p, String fn, Object x, Object out, UnaryOperator<Array> f) {
    p.noOut(fn, out);
    return p.result(f.apply(p.toFloat(p.array(x))));
  }

  private interface Bin {
    Array apply(Object x1, Object x2);
  }

  private static Array binary(DTypePolicy p, String fn, Object x1, Object x2, Object out, Bin f) {
    p.noOut(fn, out);
    Object[] o = p.promoted(x1, x2);
    return p.result(f.apply(o[0], o[1]));
  }

  private static Array floatBinary(
      DTypePolicy p, String fn, Object x1, Object x2, Object out, Bin f) {
    p.noOut(fn, out);
    Object[] o = p.promotedFloat(x1, x2);
    return p.result(f.apply(o[0], o[1]));
  }

  /** Returns {@code v} (an array or a weak scalar) as an array of dtype {@code t}. */
  private static Array as(Object v, DType t) {
    Array a = NumpyComposites.asArray(v);
    return a.dtype() == t ? a : Manipulation.astype(a, t);
  }

  // ---------------------------------------------------------------- unary

  /** Returns |x|; bool stays bool (absolute, abs, fabs). */
  public static Array absolute(DTypePolicy p, Object x, Object out) {
    return unary(p, "absolute", x, out, Elementwise::abs);
  }

  /** Returns -x (negative). */
  public static Array negative(DTypePolicy p, Object x, Object out) {
    return unary(p, "negative", x, out, Elementwise::negative);
  }

  /** Returns +x (positive). */
  public static Array positive(DTypePolicy p, Object x, Object out) {
    return unary(p, "positive", x, out, Elementwise::positive);
  }

  /** Returns the sign of x: -1, 0 or 1, NaN for NaN (sign). */
  public static Array sign(DTypePolicy p, Object x, Object out) {
    return unary(p, "sign", x, out, Elementwise::sign);
  }

  /** Returns the largest integer not above x; integer dtypes are kept (floor). */
  public static Array floor(DTypePolicy p, Object x, Object out) {
    return unary(p, "floor", x, out, Elementwise::floor);
  }

  /** Returns the smallest integer not below x; integer dtypes are kept (ceil). */
  public static Array ceil(DTypePolicy p, Object x, Object out) {
    return unary(p, "ceil", x, out, Elementwise::ceil);
  }

  /** Returns x rounded towards zero; integer dtypes are kept (trunc, fix). */
  public static Array trunc(DTypePolicy p, Object x, Object out) {
    return unary(p, "trunc", x, out, Elementwise::trunc);
  }

  /** Returns whether x is NaN (isnan). */
  public static Array isnan(DTypePolicy p, Object x, Object out) {
    return unary(p, "isnan", x, out, Elementwise::isnan);
  }

  /** Returns whether x is infinite (isinf). */
  public static Array isinf(DTypePolicy p, Object x, Object out) {
    return unary(p, "isinf", x, out, Elementwise::isinf);
  }

  /** Returns whether x is finite (isfinite). */
  public static Array isfinite(DTypePolicy p, Object x, Object out) {
    return unary(p, "isfinite", x, out, Elementwise::isfinite);
  }

  /** Returns whether x is positive infinity (isposinf). */
  public static Array isposinf(DTypePolicy p, Object x, Object out) {
    return unary(
        p,
        "isposinf",
        x,
        out,
        v -> Elementwise.logicalAnd(Elementwise.isinf(v), Elementwise.greater(v, 0L)));
  }

  /** Returns whether x is negative infinity (isneginf). */
  public static Array isneginf(DTypePolicy p, Object x, Object out) {
    return unary(
        p,
        "isneginf",
        x,
        out,
        v -> Elementwise.logicalAnd(Elementwise.isinf(v), Elementwise.less(v, 0L)));
  }

  /** Returns whether the sign bit of x is set, true for -0.0 (signbit). */
  public static Array signbit(DTypePolicy p, Object x, Object out) {
    return unary(p, "signbit", x, out, Elementwise::signbit);
  }

  /** Returns the logical negation (logical_not). */
  public static Array logicalNot(DTypePolicy p, Object x, Object out) {
    return unary(p, "logical_not", x, out, Elementwise::logicalNot);
  }

  /** Returns the bitwise inversion, logical not for bool (invert, bitwise_not). */
  public static Array invert(DTypePolicy p, Object x, Object out) {
    return unary(p, "invert", x, out, Elementwise::bitwiseInvert);
  }

  /** Returns the real part: x itself, as arrays are real (real, conj, conjugate). */
  public static Array real(DTypePolicy p, Object x, Object out) {
    return unary(p, "real", x, out, v -> v);
  }

  /** Returns the imaginary part: zeros, as arrays are real (imag). */
  public static Array imag(DTypePolicy p, Object x, Object out) {
    return unary(p, "imag", x, out, dev.ivy.ops.Creation::zerosLike);
  }

  /** Returns e**x (exp). */
  public static Array exp(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "exp", x, out, Elementwise::exp);
  }

  /** Returns 2**x (exp2). */
  public static Array exp2(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "exp2", x, out, v -> Elementwise.pow(2.0, v));
  }

  /** Returns e**x - 1 (expm1). */
  public static Array expm1(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "expm1", x, out, Elementwise::expm1);
  }

  /** Returns the natural logarithm (log). */
  public static Array log(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "log", x, out, Elementwise::log);
  }

  /** Returns log(1 + x) (log1p). */
  public static Array log1p(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "log1p", x, out, Elementwise::log1p);
  }

  /** Returns the base-2 logarithm (log2). */
  public static Array log2(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "log2", x, out, Elementwise::log2);
  }

  /** Returns the base-10 logarithm (log10). */
  public static Array log10(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "log10", x, out, Elementwise::log10);
  }

  /** Returns the square root (sqrt). */
  public static Array sqrt(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "sqrt", x, out, Elementwise::sqrt);
  }

  /** Returns the real cube root, keeping the sign (cbrt). */
  public static Array cbrt(DTypePolicy p, Object x, Object out) {
    return floatUnary(
        p,
        "cbrt",
        x,
        out,
        v ->
            Elementwise.multiply(
                Elementwise.sign(v), Elementwise.pow(Elementwise.abs(v), 1.0 / 3.0)));
  }

  /** Returns sin x (sin). */
  public static Array sin(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "sin", x, out, Elementwise::sin);
  }

  /** Returns cos x (cos). */
  public static Array cos(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "cos", x, out, Elementwise::cos);
  }

  /** Returns tan x (tan). */
  public static Array tan(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "tan", x, out, Elementwise::tan);
  }

  /** Returns arcsin x (arcsin, asin). */
  public static Array arcsin(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "arcsin", x, out, Elementwise::asin);
  }

  /** Returns arccos x (arccos, acos). */
  public static Array arccos(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "arccos", x, out, Elementwise::acos);
  }

  /** Returns arctan x (arctan, atan). */
  public static Array arctan(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "arctan", x, out, Elementwise::atan);
  }

  /** Returns sinh x (sinh). */
  public static Array sinh(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "sinh", x, out, Elementwise::sinh);
  }

  /** Returns cosh x (cosh). */
  public static Array cosh(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "cosh", x, out, Elementwise::cosh);
  }

  /** Returns tanh x (tanh). */
  public static Array tanh(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "tanh", x, out, Elementwise::tanh);
  }

  /** Returns arcsinh x (arcsinh, asinh). */
  public static Array arcsinh(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "arcsinh", x, out, Elementwise::asinh);
  }

  /** Returns arccosh x (arccosh, acosh). */
  public static Array arccosh(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "arccosh", x, out, Elementwise::acosh);
  }

  /** Returns arctanh x (arctanh, atanh). */
  public static Array arctanh(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "arctanh", x, out, Elementwise::atanh);
  }

  /** Returns degrees converted to radians (deg2rad, radians). */
  public static Array deg2rad(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "deg2rad", x, out, v -> Elementwise.multiply(v, Math.PI / 180.0));
  }

  /** Returns radians converted to degrees (rad2deg, degrees). */
  public static Array rad2deg(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "rad2deg", x, out, v -> Elementwise.multiply(v, 180.0 / Math.PI));
  }

  /** Returns sin(pi x) / (pi x), 1 at 0 (sinc). */
  public static Array sinc(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "sinc", x, out, NumpyComposites::sinc);
  }

  /** Returns x rounded to the nearest integer, halves to even, as floats (rint). */
  public static Array rint(DTypePolicy p, Object x, Object out) {
    return floatUnary(p, "rint", x, out, Elementwise::round);
  }

  // ---------------------------------------------------------------- binary

  /** Returns x1 + x2 (add). */
  public static Array add(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "add", x1, x2, out, Elementwise::add);
  }

  /** Returns x1 - x2 (subtract). */
  public static Array subtract(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "subtract", x1, x2, out, Elementwise::subtract);
  }

  /** Returns x1 * x2 (multiply). */
  public static Array multiply(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "multiply", x1, x2, out, Elementwise::multiply);
  }

  /** Returns x1 / x2, true division: integers divide in the default float (divide, true_divide). */
  public static Array divide(DTypePolicy p, Object x1, Object x2, Object out) {
    p.noOut("divide", out);
    Object[] o = p.promotedDivision(x1, x2);
    return p.result(Elementwise.divide(o[0], o[1]));
  }

  /** Returns floor(x1 / x2) (floor_divide). */
  public static Array floorDivide(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "floor_divide", x1, x2, out, Elementwise::floorDivide);
  }

  /** Returns the remainder with the sign of the divisor (remainder, mod). */
  public static Array remainder(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "remainder", x1, x2, out, Elementwise::remainder);
  }

  /** Returns the C remainder, with the sign of the dividend (fmod). */
  public static Array fmod(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "fmod", x1, x2, out, NumpyComposites::fmod);
  }

  /** Returns x1 ** x2 (power, pow). */
  public static Array power(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "power", x1, x2, out, Elementwise::pow);
  }

  /** Returns the element-wise maximum, propagating NaN (maximum). */
  public static Array maximum(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "maximum", x1, x2, out, Elementwise::maximum);
  }

  /** Returns the element-wise minimum, propagating NaN (minimum). */
  public static Array minimum(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "minimum", x1, x2, out, Elementwise::minimum);
  }

  /**
   * Returns the element-wise maximum, ignoring a NaN where the other operand is a number (fmax).
   */
  public static Array fmax(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "fmax", x1, x2, out, (a, b) -> nanIgnoring(a, b, true));
  }

  /**
   * Returns the element-wise minimum, ignoring a NaN where the other operand is a number (fmin).
   */
  public static Array fmin(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "fmin", x1, x2, out, (a, b) -> nanIgnoring(a, b, false));
  }

  /** Returns arctan(x1 / x2) in the right quadrant (arctan2, atan2). */
  public static Array arctan2(DTypePolicy p, Object x1, Object x2, Object out) {
    return floatBinary(p, "arctan2", x1, x2, out, Elementwise::atan2);
  }

  /** Returns sqrt(x1**2 + x2**2) (hypot). */
  public static Array hypot(DTypePolicy p, Object x1, Object x2, Object out) {
    return floatBinary(p, "hypot", x1, x2, out, Elementwise::hypot);
  }

  /** Returns log(exp(x1) + exp(x2)) (logaddexp). */
  public static Array logaddexp(DTypePolicy p, Object x1, Object x2, Object out) {
    return floatBinary(p, "logaddexp", x1, x2, out, Elementwise::logaddexp);
  }

  /** Returns log2(2**x1 + 2**x2) (logaddexp2). */
  public static Array logaddexp2(DTypePolicy p, Object x1, Object x2, Object out) {
    return floatBinary(p, "logaddexp2", x1, x2, out, NumpyUfuncs::logaddexp2Body);
  }

  /** Returns |x1| with the sign of x2 (copysign). */
  public static Array copysign(DTypePolicy p, Object x1, Object x2, Object out) {
    return floatBinary(p, "copysign", x1, x2, out, Elementwise::copysign);
  }

  /** Returns the next float after x1 towards x2 (nextafter). */
  public static Array nextafter(DTypePolicy p, Object x1, Object x2, Object out) {
    return floatBinary(p, "nextafter", x1, x2, out, Extras::nextafter);
  }

  /** Returns the Heaviside step: 0 below zero, x2 at zero, 1 above, NaN for NaN (heaviside). */
  public static Array heaviside(DTypePolicy p, Object x1, Object x2, Object out) {
    p.noOut("heaviside", out);
    Object[] o = p.promotedFloat(x1, x2);
    DType t = p.resultType(o);
    Array x = as(o[0], t);
    Array r =
        Elementwise.where(
            Elementwise.less(x, 0L),
            as(0.0, t),
            Elementwise.where(Elementwise.greater(x, 0L), as(1.0, t), as(o[1], t)));
    return p.result(Elementwise.where(Elementwise.isnan(x), x, r));
  }

  /** Returns x1 == x2 (equal). */
  public static Array equal(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "equal", x1, x2, out, Elementwise::equal);
  }

  /** Returns x1 != x2 (not_equal). */
  public static Array notEqual(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "not_equal", x1, x2, out, Elementwise::notEqual);
  }

  /** Returns x1 &lt; x2 (less). */
  public static Array less(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "less", x1, x2, out, Elementwise::less);
  }

  /** Returns x1 &lt;= x2 (less_equal). */
  public static Array lessEqual(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "less_equal", x1, x2, out, Elementwise::lessEqual);
  }

  /** Returns x1 &gt; x2 (greater). */
  public static Array greater(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "greater", x1, x2, out, Elementwise::greater);
  }

  /** Returns x1 &gt;= x2 (greater_equal). */
  public static Array greaterEqual(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "greater_equal", x1, x2, out, Elementwise::greaterEqual);
  }

  /** Returns the logical and (logical_and). */
  public static Array logicalAnd(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "logical_and", x1, x2, out, Elementwise::logicalAnd);
  }

  /** Returns the logical or (logical_or). */
  public static Array logicalOr(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "logical_or", x1, x2, out, Elementwise::logicalOr);
  }

  /** Returns the logical exclusive or (logical_xor). */
  public static Array logicalXor(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "logical_xor", x1, x2, out, Elementwise::logicalXor);
  }

  /** Returns the bitwise and of integers and bools (bitwise_and). */
  public static Array bitwiseAnd(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "bitwise_and", x1, x2, out, Elementwise::bitwiseAnd);
  }

  /** Returns the bitwise or (bitwise_or). */
  public static Array bitwiseOr(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "bitwise_or", x1, x2, out, Elementwise::bitwiseOr);
  }

  /** Returns the bitwise exclusive or (bitwise_xor). */
  public static Array bitwiseXor(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "bitwise_xor", x1, x2, out, Elementwise::bitwiseXor);
  }

  /** Returns x1 shifted left by x2 bits (left_shift). */
  public static Array leftShift(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "left_shift", x1, x2, out, Elementwise::bitwiseLeftShift);
  }

  /** Returns x1 shifted right (arithmetically) by x2 bits (right_shift). */
  public static Array rightShift(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "right_shift", x1, x2, out, Elementwise::bitwiseRightShift);
  }

  /** Returns [floor_divide(x1, x2), remainder(x1, x2)] (divmod). */
  public static List<Array> divmod(DTypePolicy p, Object x1, Object x2) {
    return List.of(floorDivide(p, x1, x2, null), remainder(p, x1, x2, null));
  }

  private static Array nanIgnoring(Object x1, Object x2, boolean max) {
    Array m = max ? Elementwise.maximum(x1, x2) : Elementwise.minimum(x1, x2);
    if (!m.dtype().isFloating()) {
      return m;
    }
    Array a = as(x1, m.dtype());
    Array b = as(x2, m.dtype());
    return Elementwise.where(
        Elementwise.isnan(b), a, Elementwise.where(Elementwise.isnan(a), b, m));
  }

  private static Array logaddexp2Body(Object x1, Object x2) {
    double ln2 = Math.log(2.0);
    return Elementwise.divide(
        Elementwise.logaddexp(Elementwise.multiply(x1, ln2), Elementwise.multiply(x2, ln2)), ln2);
  }

  /**
   * Returns x where condition holds and y elsewhere, x and y promoted together (a non-bool
   * condition means nonzero); with neither x nor y, the indices of condition's nonzero elements,
   * one array per axis (where).
   *
   * @throws IvyArgumentException if only one of x and y is given
   */
  public static Object where(DTypePolicy p, Object condition, Object x, Object y) {
    if (x == null && y == null) {
      return NumpySorting.nonzero(p, condition);
    }
    if (x == null || y == null) {
      throw new IvyArgumentException(
          "where: either both or neither of x and y should be given; got one");
    }
    Array c = p.array(condition);
    if (!c.dtype().isBool()) {
      c = Elementwise.notEqual(c, 0L);
    }
    Object[] o = p.promoted(x, y);
    return p.result(Elementwise.where(c, o[0], o[1]));
  }

  /** Returns a limited to [min, max], either bound null for none, promoted together (clip). */
  public static Array clip(DTypePolicy p, Object a, Object min, Object max, Object out) {
    p.noOut("clip", out);
    Object[] o = p.promoted(a, min, max);
    Array x = o[0] instanceof Array arr ? arr : p.array(o[0]);
    return p.result(Elementwise.clip(x, o[1], o[2]));
  }

  /** Returns where |a - b| &lt;= atol + rtol |b|, NaNs equal if asked (isclose). */
  public static Array isclose(
      DTypePolicy p, Object a, Object b, double rtol, double atol, boolean equalNan) {
    Object[] o = p.promoted(a, b);
    return Extras.isclose(o[0], o[1], rtol, atol, equalNan);
  }

  /** Returns the greatest common divisor of integer operands (gcd). */
  public static Array gcd(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "gcd", x1, x2, out, NumpyComposites::gcd);
  }

  /** Returns the least common multiple of integer operands (lcm). */
  public static Array lcm(DTypePolicy p, Object x1, Object x2, Object out) {
    return binary(p, "lcm", x1, x2, out, NumpyComposites::lcm);
  }

  /** Returns x1 * 2**x2, in the float x1 computes in (ldexp). */
  public static Array ldexp(DTypePolicy p, Object x1, Object x2, Object out) {
    p.noOut("ldexp", out);
    Array m = p.toFloat(p.array(x1));
    Array e = Manipulation.astype(p.array(x2), m.dtype());
    return p.result(Elementwise.multiply(m, Elementwise.pow(as(2.0, m.dtype()), e)));
  }

  /** Returns the distance from x to the next float above it (spacing). */
  public static Array spacing(DTypePolicy p, Object x, Object out) {
    p.noOut("spacing", out);
    Array f = p.toFloat(p.array(x));
    return p.result(Elementwise.subtract(Extras.nextafter(f, Double.POSITIVE_INFINITY), f));
  }

  /** Returns whether x is real: all true, as arrays are real (isreal). */
  public static Array isreal(DTypePolicy p, Object x, Object out) {
    p.noOut("isreal", out);
    return NumpyCreation.onesLike(p, x, DType.BOOL, null);
  }

  /** Returns whether x is complex: all false, as arrays are real (iscomplex). */
  public static Array iscomplex(DTypePolicy p, Object x, Object out) {
    p.noOut("iscomplex", out);
    return NumpyCreation.zerosLike(p, x, DType.BOOL, null);
  }

  /**
   * Returns x with NaN replaced by nan and infinities by posinf and neginf (the dtype's extremes
   * when null) (nan_to_num).
   */
  public static Array nanToNum(DTypePolicy p, Object x, double nan, Double posinf, Double neginf) {
    return unary(p, "nan_to_num", x, null, v -> Extras.nanToNum(v, nan, posinf, neginf));
  }

  /** Returns [fractional part, integral part] of x, computed in floats (modf). */
  public static List<Array> modf(DTypePolicy p, Object x) {
    Array f = p.toFloat(p.array(x));
    Array i = Elementwise.trunc(f);
    return List.of(p.result(Elementwise.subtract(f, i)), p.result(i));
  }

  /** Returns the modified Bessel function of order 0; integers in the mean float (i0). */
  public static Array i0(DTypePolicy p, Object x) {
    Array a = p.array(x);
    DType f = p.meanFloat(a.dtype());
    return p.result(dev.ivy.ops.Special.i0(a.dtype() == f ? a : Manipulation.astype(a, f)));
  }
}
