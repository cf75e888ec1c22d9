package dev.ivy.frontend.numpy;

import static dev.ivy.frontend.numpy.DTypePolicy.NUMPY;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.MeshIndexing;
import dev.ivy.QuantileMethod;
import dev.ivy.Shape;
import dev.ivy.Side;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Indexing;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sets;
import dev.ivy.ops.Sorting;
import dev.ivy.ops.Special;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.Operand;
import dev.ivy.registry.P;
import dev.ivy.registry.Rest;
import dev.ivy.rules.TypePromotion;
import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's API over the core functions: {@code NumpyFrontend.clip(x, lo, hi)}, {@code
 * NumpyFrontend.linalg.norm(x)}, {@code NumpyFrontend.random.normal(0, 1, 3)}. Functions follow
 * NumPy 2 (argument order, defaults, dtype promotion by NEP 50 with Python scalars as weak
 * operands, float64 and int64 defaults) and raise {@link dev.ivy.errors.IvyArgumentException} where
 * NumPy raises. Arguments that NumPy accepts as "array_like" take an {@link Array}, a Java number
 * or a nested {@link List}. Every function is declared once here ({@code @Fn}); {@code out} must be
 * None (arrays are immutable).
 *
 * <pre>{@code
 * NumpyFrontend.sum(NumpyFrontend.arange(5))   // int64 scalar 10
 * }</pre>
 */
@Namespace(frontend = "numpy", path = "NumpyFrontend", methods = "ndarray", methodsType = "Ndarray")
public final class NumpyFrontend extends NumpyFrontendDefaults {
  private NumpyFrontend() {}

  /** NumPy's {@code numpy.linalg}. */
  public static final NumpyLinalg linalg = new NumpyLinalg();

  /** NumPy's legacy {@code numpy.random}, seeded through core's random generator. */
  public static final NumpyRandom random = new NumpyRandom();

  private static Array arr(Object v) {
    return NumpyComposites.asArray(v);
  }

  private static void noOut(String fn, Array out) {
    NumpyComposites.noOut(fn, out);
  }

  // ---- array objects

  /** Returns {@code numpy.array(obj)} wrapped as an {@link Ndarray} with NumPy's methods. */
  public static Ndarray array(Object obj) {
    return Ndarray.of(arr(obj));
  }

  /** Returns {@code obj} as an array, cast when dtype is given (numpy.array). */
  @Fn("array")
  public static Array arrayOf(@P("object") Object object, @Default("None") DType dtype) {
    return asarray(object, dtype);
  }

  /** Returns a as an array, cast when dtype is given (numpy.asarray, asanyarray, ...). */
  @Fn({"asarray", "asanyarray", "ascontiguousarray"})
  public static Array asarray(Object a, @Default("None") DType dtype) {
    return NumpyCreation.asarray(NUMPY, a, dtype);
  }

  /** Returns a copy of a (numpy.copy; arrays are immutable, so a itself). */
  @Fn
  public static Array copy(Object a, @Default("'K'") Order order, @Default("False") boolean subok) {
    return NumpyCreation.asarray(NUMPY, a, null);
  }

  // ---- unary ufuncs

  /** Returns |x| (numpy.absolute, abs, fabs). */
  @Fn({"absolute", "abs", "fabs"})
  public static Array absolute(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.absolute(NUMPY, x, out);
  }

  /** Returns -x (numpy.negative). */
  @Fn
  public static Array negative(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.negative(NUMPY, x, out);
  }

  /** Returns +x (numpy.positive). */
  @Fn
  public static Array positive(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.positive(NUMPY, x, out);
  }

  /** Returns the sign of x: -1, 0 or 1, NaN for NaN (numpy.sign). */
  @Fn
  public static Array sign(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.sign(NUMPY, x, out);
  }

  /** Returns x * x; bool squares in int8 (numpy.square). */
  @Fn
  public static Array square(@Operand Object x, @Default("None") Array out) {
    noOut("square", out);
    Array a = arr(x);
    // NumPy has no bool square loop: bool squares in int8
    return Elementwise.square(a.dtype().isBool() ? Manipulation.astype(a, DType.INT8) : a);
  }

  /** Returns 1 / x, integer division for integer arrays (numpy.reciprocal). */
  @Fn
  public static Array reciprocal(@Operand Object x, @Default("None") Array out) {
    noOut("reciprocal", out);
    Array a = arr(x);
    if (a.dtype().isInteger()) {
      // C integer division 1 / x: +-1 for +-1, 0 for |x| > 1 (NumPy leaves 1 / 0 undefined)
      return Elementwise.where(Elementwise.equal(Elementwise.abs(a), 1L), a, 0L);
    }
    return Elementwise.reciprocal(a);
  }

  /** Returns e**x (numpy.exp). */
  @Fn
  public static Array exp(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.exp(NUMPY, x, out);
  }

  /** Returns 2**x (numpy.exp2). */
  @Fn
  public static Array exp2(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.exp2(NUMPY, x, out);
  }

  /** Returns e**x - 1 (numpy.expm1). */
  @Fn
  public static Array expm1(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.expm1(NUMPY, x, out);
  }

  /** Returns the natural logarithm (numpy.log). */
  @Fn
  public static Array log(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.log(NUMPY, x, out);
  }

  /** Returns log(1 + x) (numpy.log1p). */
  @Fn
  public static Array log1p(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.log1p(NUMPY, x, out);
  }

  /** Returns the base-2 logarithm (numpy.log2). */
  @Fn
  public static Array log2(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.log2(NUMPY, x, out);
  }

  /** Returns the base-10 logarithm (numpy.log10). */
  @Fn
  public static Array log10(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.log10(NUMPY, x, out);
  }

  /** Returns the square root (numpy.sqrt). */
  @Fn
  public static Array sqrt(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.sqrt(NUMPY, x, out);
  }

  /** Returns the real cube root, keeping the sign (numpy.cbrt). */
  @Fn
  public static Array cbrt(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.cbrt(NUMPY, x, out);
  }

  /** Returns sin(x) (numpy.sin). */
  @Fn
  public static Array sin(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.sin(NUMPY, x, out);
  }

  /** Returns cos(x) (numpy.cos). */
  @Fn
  public static Array cos(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.cos(NUMPY, x, out);
  }

  /** Returns tan(x) (numpy.tan). */
  @Fn
  public static Array tan(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.tan(NUMPY, x, out);
  }

  /** Returns arcsin(x) (numpy.arcsin, asin). */
  @Fn({"arcsin", "asin"})
  public static Array arcsin(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.arcsin(NUMPY, x, out);
  }

  /** Returns arccos(x) (numpy.arccos, acos). */
  @Fn({"arccos", "acos"})
  public static Array arccos(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.arccos(NUMPY, x, out);
  }

  /** Returns arctan(x) (numpy.arctan, atan). */
  @Fn({"arctan", "atan"})
  public static Array arctan(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.arctan(NUMPY, x, out);
  }

  /** Returns sinh(x) (numpy.sinh). */
  @Fn
  public static Array sinh(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.sinh(NUMPY, x, out);
  }

  /** Returns cosh(x) (numpy.cosh). */
  @Fn
  public static Array cosh(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.cosh(NUMPY, x, out);
  }

  /** Returns tanh(x) (numpy.tanh). */
  @Fn
  public static Array tanh(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.tanh(NUMPY, x, out);
  }

  /** Returns arcsinh(x) (numpy.arcsinh, asinh). */
  @Fn({"arcsinh", "asinh"})
  public static Array arcsinh(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.arcsinh(NUMPY, x, out);
  }

  /** Returns arccosh(x) (numpy.arccosh, acosh). */
  @Fn({"arccosh", "acosh"})
  public static Array arccosh(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.arccosh(NUMPY, x, out);
  }

  /** Returns arctanh(x) (numpy.arctanh, atanh). */
  @Fn({"arctanh", "atanh"})
  public static Array arctanh(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.arctanh(NUMPY, x, out);
  }

  /** Returns x converted from degrees to radians (numpy.deg2rad, radians). */
  @Fn({"deg2rad", "radians"})
  public static Array deg2rad(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.deg2rad(NUMPY, x, out);
  }

  /** Returns x converted from radians to degrees (numpy.rad2deg, degrees). */
  @Fn({"rad2deg", "degrees"})
  public static Array rad2deg(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.rad2deg(NUMPY, x, out);
  }

  /** Returns sin(pi x) / (pi x), 1 at 0 (numpy.sinc). */
  @Fn
  public static Array sinc(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.sinc(NUMPY, x, out);
  }

  /** Returns the largest integer not above x, float dtypes kept (numpy.floor). */
  @Fn
  public static Array floor(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.floor(NUMPY, x, out);
  }

  /** Returns the smallest integer not below x (numpy.ceil). */
  @Fn
  public static Array ceil(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.ceil(NUMPY, x, out);
  }

  /** Returns x truncated towards zero (numpy.trunc, fix). */
  @Fn({"trunc", "fix"})
  public static Array trunc(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.trunc(NUMPY, x, out);
  }

  /** Returns x rounded to the nearest integer, halves to even (numpy.rint). */
  @Fn
  public static Array rint(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.rint(NUMPY, x, out);
  }

  /** Returns whether x is NaN (numpy.isnan). */
  @Fn
  public static Array isnan(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.isnan(NUMPY, x, out);
  }

  /** Returns whether x is infinite (numpy.isinf). */
  @Fn
  public static Array isinf(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.isinf(NUMPY, x, out);
  }

  /** Returns whether x is finite (numpy.isfinite). */
  @Fn
  public static Array isfinite(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.isfinite(NUMPY, x, out);
  }

  /** Returns whether x is positive infinity (numpy.isposinf). */
  @Fn
  public static Array isposinf(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.isposinf(NUMPY, x, out);
  }

  /** Returns whether x is negative infinity (numpy.isneginf). */
  @Fn
  public static Array isneginf(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.isneginf(NUMPY, x, out);
  }

  /** Returns whether the sign bit of x is set, true for -0.0 (numpy.signbit). */
  @Fn
  public static Array signbit(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.signbit(NUMPY, x, out);
  }

  /** Returns logical not (numpy.logical_not). */
  @Fn
  public static Array logicalNot(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.logicalNot(NUMPY, x, out);
  }

  /** Returns the bitwise inversion, logical not for bool (numpy.invert, bitwise_not). */
  @Fn({"invert", "bitwise_not", "bitwise_invert"})
  public static Array invert(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.invert(NUMPY, x, out);
  }

  /** Returns the complex conjugate: x itself, as arrays are real (numpy.conjugate, conj). */
  @Fn({"conjugate", "conj"})
  public static Array conjugate(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.real(NUMPY, x, out);
  }

  /** Returns the real part: x itself, as arrays are real (numpy.real). */
  @Fn
  public static Array real(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.real(NUMPY, x, out);
  }

  /** Returns the imaginary part: zeros, as arrays are real (numpy.imag). */
  @Fn
  public static Array imag(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.imag(NUMPY, x, out);
  }

  /** Returns whether x is real: all true (numpy.isreal). */
  @Fn
  public static Array isreal(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.isreal(NUMPY, x, out);
  }

  /** Returns whether x is complex: all false (numpy.iscomplex). */
  @Fn
  public static Array iscomplex(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.iscomplex(NUMPY, x, out);
  }

  /** Returns the distance to the next float above x (numpy.spacing). */
  @Fn
  public static Array spacing(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.spacing(NUMPY, x, out);
  }

  // ---- binary ufuncs

  /** Returns x1 + x2 with NumPy 2 promotion, Python scalars weak (numpy.add). */
  @Fn
  public static Array add(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.add(NUMPY, x1, x2, out);
  }

  /** Returns x1 - x2 (numpy.subtract). */
  @Fn
  public static Array subtract(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.subtract(NUMPY, x1, x2, out);
  }

  /** Returns x1 * x2 (numpy.multiply). */
  @Fn
  public static Array multiply(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.multiply(NUMPY, x1, x2, out);
  }

  /** Returns x1 / x2, true division: integers give float64 (numpy.divide). */
  @Fn({"divide", "true_divide"})
  public static Array divide(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.divide(NUMPY, x1, x2, out);
  }

  /** Returns floor(x1 / x2) (numpy.floor_divide). */
  @Fn
  public static Array floorDivide(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.floorDivide(NUMPY, x1, x2, out);
  }

  /** Returns the remainder with the sign of the divisor (numpy.mod). */
  @Fn({"mod", "remainder"})
  public static Array mod(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.remainder(NUMPY, x1, x2, out);
  }

  /** Returns the C remainder with the sign of the dividend (numpy.fmod). */
  @Fn
  public static Array fmod(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.fmod(NUMPY, x1, x2, out);
  }

  /** Returns x1 ** x2 (numpy.power). */
  @Fn({"power", "pow"})
  public static Array power(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.power(NUMPY, x1, x2, out);
  }

  /** Returns x1 ** x2 computed in float64 at least (numpy.float_power). */
  @Fn
  public static Array floatPower(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    noOut("float_power", out);
    Array a = arr(x1);
    Array b = arr(x2);
    DType dt = TypePromotion.promote(TypePromotion.promote(a.dtype(), b.dtype()), DType.FLOAT64);
    return Elementwise.pow(Manipulation.astype(a, dt), Manipulation.astype(b, dt));
  }

  /** Returns the element-wise maximum, propagating NaN (numpy.maximum). */
  @Fn
  public static Array maximum(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.maximum(NUMPY, x1, x2, out);
  }

  /** Returns the element-wise minimum, propagating NaN (numpy.minimum). */
  @Fn
  public static Array minimum(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.minimum(NUMPY, x1, x2, out);
  }

  /**
   * Returns the element-wise maximum, ignoring NaN where the other operand is a number
   * (numpy.fmax).
   */
  @Fn
  public static Array fmax(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.fmax(NUMPY, x1, x2, out);
  }

  /**
   * Returns the element-wise minimum, ignoring NaN where the other operand is a number
   * (numpy.fmin).
   */
  @Fn
  public static Array fmin(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.fmin(NUMPY, x1, x2, out);
  }

  /** Returns arctan(x1 / x2) in the right quadrant (numpy.arctan2). */
  @Fn({"arctan2", "atan2"})
  public static Array arctan2(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.arctan2(NUMPY, x1, x2, out);
  }

  /** Returns sqrt(x1**2 + x2**2) (numpy.hypot). */
  @Fn
  public static Array hypot(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.hypot(NUMPY, x1, x2, out);
  }

  /** Returns log(exp(x1) + exp(x2)) (numpy.logaddexp). */
  @Fn
  public static Array logaddexp(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.logaddexp(NUMPY, x1, x2, out);
  }

  /** Returns log2(2**x1 + 2**x2) (numpy.logaddexp2). */
  @Fn
  public static Array logaddexp2(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.logaddexp2(NUMPY, x1, x2, out);
  }

  /** Returns x1 with the sign of x2 (numpy.copysign). */
  @Fn
  public static Array copysign(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.copysign(NUMPY, x1, x2, out);
  }

  /** Returns the next float after x1 towards x2 (numpy.nextafter). */
  @Fn
  public static Array nextafter(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.nextafter(NUMPY, x1, x2, out);
  }

  /** Returns the Heaviside step: 0 below zero, x2 at zero, 1 above (numpy.heaviside). */
  @Fn
  public static Array heaviside(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.heaviside(NUMPY, x1, x2, out);
  }

  /** Returns the greatest common divisor of integer arrays (numpy.gcd). */
  @Fn
  public static Array gcd(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.gcd(NUMPY, x1, x2, out);
  }

  /** Returns the least common multiple of integer arrays (numpy.lcm). */
  @Fn
  public static Array lcm(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.lcm(NUMPY, x1, x2, out);
  }

  /** Returns x1 == x2 (numpy.equal). */
  @Fn
  public static Array equal(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.equal(NUMPY, x1, x2, out);
  }

  /** Returns x1 != x2 (numpy.not_equal). */
  @Fn
  public static Array notEqual(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.notEqual(NUMPY, x1, x2, out);
  }

  /** Returns x1 &lt; x2 (numpy.less). */
  @Fn
  public static Array less(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.less(NUMPY, x1, x2, out);
  }

  /** Returns x1 &lt;= x2 (numpy.less_equal). */
  @Fn
  public static Array lessEqual(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.lessEqual(NUMPY, x1, x2, out);
  }

  /** Returns x1 &gt; x2 (numpy.greater). */
  @Fn
  public static Array greater(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.greater(NUMPY, x1, x2, out);
  }

  /** Returns x1 &gt;= x2 (numpy.greater_equal). */
  @Fn
  public static Array greaterEqual(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.greaterEqual(NUMPY, x1, x2, out);
  }

  /** Returns logical and (numpy.logical_and). */
  @Fn
  public static Array logicalAnd(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.logicalAnd(NUMPY, x1, x2, out);
  }

  /** Returns logical or (numpy.logical_or). */
  @Fn
  public static Array logicalOr(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.logicalOr(NUMPY, x1, x2, out);
  }

  /** Returns logical exclusive or (numpy.logical_xor). */
  @Fn
  public static Array logicalXor(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.logicalXor(NUMPY, x1, x2, out);
  }

  /** Returns bitwise and of integers and bools (numpy.bitwise_and). */
  @Fn
  public static Array bitwiseAnd(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.bitwiseAnd(NUMPY, x1, x2, out);
  }

  /** Returns bitwise or (numpy.bitwise_or). */
  @Fn
  public static Array bitwiseOr(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.bitwiseOr(NUMPY, x1, x2, out);
  }

  /** Returns bitwise exclusive or (numpy.bitwise_xor). */
  @Fn
  public static Array bitwiseXor(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.bitwiseXor(NUMPY, x1, x2, out);
  }

  /** Returns x1 shifted left by x2 bits (numpy.left_shift). */
  @Fn({"left_shift", "bitwise_left_shift"})
  public static Array leftShift(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.leftShift(NUMPY, x1, x2, out);
  }

  /** Returns x1 shifted right (arithmetically) by x2 bits (numpy.right_shift). */
  @Fn({"right_shift", "bitwise_right_shift"})
  public static Array rightShift(
      @Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.rightShift(NUMPY, x1, x2, out);
  }

  /** Returns x1 * 2**x2 (numpy.ldexp). */
  @Fn
  public static Array ldexp(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.ldexp(NUMPY, x1, x2, out);
  }

  /** Returns [floor(x1 / x2), x1 mod x2] (numpy.divmod). */
  @Fn
  public static List<Array> divmod(@Operand Object x1, @Operand Object x2) {
    return NumpyUfuncs.divmod(NUMPY, x1, x2);
  }

  /** Returns [fractional part, integral part] of x, in float (numpy.modf). */
  @Fn
  public static List<Array> modf(Array x) {
    return NumpyUfuncs.modf(NUMPY, x);
  }

  /** Returns a rounded to {@code decimals} decimals, halves to even (numpy.around, round). */
  @Fn({"around", "round"})
  public static Array around(
      @Operand Object a, @Default("0") long decimals, @Default("None") Array out) {
    noOut("around", out);
    return NumpyComposites.around(arr(a), decimals);
  }

  /**
   * Returns a limited to [a_min, a_max]; either may be None, and NumPy 2's {@code min}/{@code max}
   * stand for them (numpy.clip).
   */
  @Fn
  public static Array clip(
      @Operand Object a,
      @Operand @Default("None") Object aMin,
      @Operand @Default("None") Object aMax,
      @Default("None") Array out,
      @Operand @Default("None") Object min,
      @Operand @Default("None") Object max) {
    return NumpyUfuncs.clip(NUMPY, a, aMin == null ? min : aMin, aMax == null ? max : aMax, out);
  }

  /** Returns x with NaN and infinities replaced (numpy.nan_to_num). */
  @Fn
  public static Array nanToNum(
      @Operand Object x,
      @Default("True") boolean copy,
      @Default("0.0") double nan,
      @Default("None") Double posinf,
      @Default("None") Double neginf) {
    return NumpyUfuncs.nanToNum(NUMPY, x, nan, posinf, neginf);
  }

  /** Returns where |a - b| &lt;= atol + rtol |b| (numpy.isclose). */
  @Fn
  public static Array isclose(
      @Operand Object a,
      @Operand Object b,
      @Default("1e-05") double rtol,
      @Default("1e-08") double atol,
      @Default("False") boolean equalNan) {
    return NumpyUfuncs.isclose(NUMPY, a, b, rtol, atol, equalNan);
  }

  /** Returns whether every element is close (numpy.allclose). */
  @Fn
  public static boolean allclose(
      @Operand Object a,
      @Operand Object b,
      @Default("1e-05") double rtol,
      @Default("1e-08") double atol,
      @Default("False") boolean equalNan) {
    return Extras.allclose(a, b, rtol, atol, equalNan);
  }

  /** Returns whether a1 and a2 have the same shape and elements (numpy.array_equal). */
  @Fn
  public static boolean arrayEqual(
      @Operand Object a1, @Operand Object a2, @Default("False") boolean equalNan) {
    Array x = arr(a1);
    Array y = arr(a2);
    if (!x.shape().equals(y.shape())) {
      return false;
    }
    Array eq = Elementwise.equal(x, y);
    if (equalNan && x.dtype().isFloating()) {
      eq =
          Elementwise.logicalOr(
              eq, Elementwise.logicalAnd(Elementwise.isnan(x), Elementwise.isnan(y)));
    }
    return (Boolean) Reductions.all(eq, null, false).item();
  }

  /** Returns whether a1 and a2 broadcast to equal arrays (numpy.array_equiv). */
  @Fn
  public static boolean arrayEquiv(Array a1, Array a2) {
    try {
      return (Boolean) all(equal(a1, a2)).item();
    } catch (IvyArgumentException e) {
      return false;
    }
  }

  /**
   * Returns x where condition holds, else y; with only a condition, its nonzero indices (a list of
   * arrays) (numpy.where).
   */
  @Fn("where")
  public static Object where(
      Array condition, @Operand @Default("None") Object x, @Operand @Default("None") Object y) {
    return NumpyUfuncs.where(NUMPY, condition, x, y);
  }

  /** Returns x where condition holds, else y (the three-argument numpy.where). */
  static Array where3(Object condition, Object x, Object y) {
    Array c = arr(condition);
    if (!c.dtype().isBool()) {
      c = Elementwise.notEqual(c, 0L);
    }
    return Elementwise.where(c, x, y);
  }

  /** Returns the choice of the first true condition per element, else dflt (numpy.select). */
  @Fn
  public static Array select(
      List<Array> condlist,
      List<Array> choicelist,
      @P("default") @Operand @Default("0") Object dflt) {
    return NumpyComposites.select(condlist, choicelist, dflt);
  }

  // ---- creation

  /** Returns an array of zeros, float64 by default (numpy.zeros). */
  @Fn
  public static Array zeros(
      long[] shape, @Default("None") DType dtype, @Default("'C'") Order order) {
    Modes.accept("zeros", "order", order, Order.C, Order.F);
    return NumpyCreation.zeros(NUMPY, shape, dtype);
  }

  /** Returns an array of ones, float64 by default (numpy.ones). */
  @Fn
  public static Array ones(
      long[] shape, @Default("None") DType dtype, @Default("'C'") Order order) {
    Modes.accept("ones", "order", order, Order.C, Order.F);
    return NumpyCreation.ones(NUMPY, shape, dtype);
  }

  /** Returns an uninitialised array; here zero-filled, float64 by default (numpy.empty). */
  @Fn
  public static Array empty(
      long[] shape, @Default("None") DType dtype, @Default("'C'") Order order) {
    Modes.accept("empty", "order", order, Order.C, Order.F);
    return zeros(shape, dtype);
  }

  /**
   * Returns an array filled with fill_value; the dtype follows the value when None (numpy.full).
   */
  @Fn
  public static Array full(
      long[] shape,
      @Operand Object fillValue,
      @Default("None") DType dtype,
      @Default("'C'") Order order) {
    Modes.accept("full", "order", order, Order.C, Order.F);
    return NumpyCreation.full(NUMPY, shape, fillValue, dtype);
  }

  /** Returns zeros shaped like a (or shaped {@code shape}) (numpy.zeros_like). */
  @Fn
  public static Array zerosLike(
      @Operand Object a,
      @Default("None") DType dtype,
      @Default("'K'") Order order,
      @Default("True") boolean subok,
      @Default("None") long[] shape) {
    return NumpyCreation.zerosLike(NUMPY, a, dtype, shape);
  }

  /** Returns ones shaped like a (or shaped {@code shape}) (numpy.ones_like). */
  @Fn
  public static Array onesLike(
      @Operand Object a,
      @Default("None") DType dtype,
      @Default("'K'") Order order,
      @Default("True") boolean subok,
      @Default("None") long[] shape) {
    return NumpyCreation.onesLike(NUMPY, a, dtype, shape);
  }

  /** Returns an uninitialised array like a; here zero-filled (numpy.empty_like). */
  @Fn
  public static Array emptyLike(
      @Operand Object a,
      @Default("None") DType dtype,
      @Default("'K'") Order order,
      @Default("True") boolean subok,
      @Default("None") long[] shape) {
    return NumpyCreation.zerosLike(NUMPY, a, dtype, shape);
  }

  /** Returns fill_value shaped like a; {@code shape} is not supported (numpy.full_like). */
  @Fn
  public static Array fullLike(
      @Operand Object a,
      @Operand Object fillValue,
      @Default("None") DType dtype,
      @Default("'K'") Order order,
      @Default("True") boolean subok,
      @Default("None") long[] shape) {
    return NumpyCreation.fullLike(NUMPY, a, fillValue, dtype, shape);
  }

  /** Returns evenly spaced values in [start, stop); a None stop means [0, start) (numpy.arange). */
  @Fn
  public static Array arange(
      Number start,
      @Default("None") Number stop,
      @Default("None") Number step,
      @Default("None") DType dtype) {
    return NumpyCreation.arange(NUMPY, start, stop, step, dtype);
  }

  private static Array linspace0(
      Number start, Number stop, long num, boolean endpoint, DType dtype) {
    Checks.check(num >= 0, "linspace", "num must be non-negative; got %s", num);
    Array r = Creation.linspace(start, stop, num, DType.FLOAT64, endpoint);
    return dtype == null ? r : Manipulation.astype(r, dtype);
  }

  /**
   * Returns num evenly spaced values from start to stop, float64 by default; with retstep, the list
   * [values, step] (numpy.linspace; axis must be 0).
   */
  @Fn
  public static Object linspace(
      Number start,
      Number stop,
      @Default("50") long num,
      @Default("True") boolean endpoint,
      @Default("False") boolean retstep,
      @Default("None") DType dtype,
      @Default("0") int axis) {
    Array y = linspace0(start, stop, num, endpoint, dtype);
    if (retstep) {
      long div = num - (endpoint ? 1 : 0);
      double step = (stop.doubleValue() - start.doubleValue()) / div;
      return List.of(y, full(new long[0], step, DType.FLOAT64));
    }
    return y;
  }

  /** Returns base ** linspace(start, stop, num) (numpy.logspace). */
  @Fn
  public static Array logspace(
      Number start,
      Number stop,
      @Default("50") long num,
      @Default("True") boolean endpoint,
      @Default("10.0") double base,
      @Default("None") DType dtype,
      @Default("0") int axis) {
    Array r = Elementwise.pow(base, linspace0(start, stop, num, endpoint, null));
    return dtype == null ? r : Manipulation.astype(r, dtype);
  }

  /** Returns num values evenly spaced on a log scale from start to stop (numpy.geomspace). */
  @Fn
  public static Array geomspace(
      double start,
      double stop,
      @Default("50") long num,
      @Default("True") boolean endpoint,
      @Default("None") DType dtype,
      @Default("0") int axis) {
    Checks.check(
        start != 0 && stop != 0,
        "geomspace",
        "geometric sequence cannot include zero; got %s and %s",
        start,
        stop);
    double sign = start < 0 && stop < 0 ? -1 : 1;
    Array y =
        multiply(
            logspace(
                Math.log10(Math.abs(start)), Math.log10(Math.abs(stop)), num, endpoint, 10.0, null),
            sign);
    return dtype == null ? y : astype(y, dtype);
  }

  /** Returns a 2-D array with ones on the k-th diagonal, float64 by default (numpy.eye). */
  @Fn
  public static Array eye(
      @P("N") long n,
      @P("M") @Default("None") Long m,
      @Default("0") long k,
      @Default("'float64'") DType dtype,
      @Default("'C'") Order order) {
    Modes.accept("eye", "order", order, Order.C, Order.F);
    return NumpyCreation.eye(NUMPY, n, m, k, dtype);
  }

  /** Returns the n x n identity (numpy.identity). */
  @Fn
  public static Array identity(long n, @Default("None") DType dtype) {
    return eye(n, null, 0, dtype);
  }

  /** Returns ones at and below the k-th diagonal of an N x M array (numpy.tri). */
  @Fn
  public static Array tri(
      @P("N") long n,
      @P("M") @Default("None") Long m,
      @Default("0") long k,
      @Default("'float64'") DType dtype) {
    return NumpyCreation.tri(NUMPY, n, m, k, dtype);
  }

  /** Returns the lower triangle of m, batched (numpy.tril). */
  @Fn
  public static Array tril(@Operand Object m, @Default("0") long k) {
    return NumpyCreation.tril(NUMPY, m, k);
  }

  /** Returns the upper triangle of m, batched (numpy.triu). */
  @Fn
  public static Array triu(@Operand Object m, @Default("0") long k) {
    return NumpyCreation.triu(NUMPY, m, k);
  }

  /** Returns coordinate matrices of 1-d arrays, "xy" or "ij" indexing (numpy.meshgrid). */
  public static List<Array> meshgrid(List<Array> xi, MeshIndexing indexing) {
    return NumpyCreation.meshgrid(NUMPY, xi, false, indexing);
  }

  /**
   * Returns coordinate matrices of 1-d arrays, "xy" (Cartesian, the default) or "ij" (matrix)
   * indexing (numpy.meshgrid); the grids are always copies.
   *
   * @throws dev.ivy.errors.IvyArgumentException if {@code sparse} is true (not supported)
   */
  @Fn
  public static List<Array> meshgrid(
      @Rest Array[] xi,
      @Default("True") boolean copy,
      @Default("False") boolean sparse,
      @Default("'xy'") MeshIndexing indexing) {
    return NumpyCreation.meshgrid(NUMPY, List.of(xi), sparse, indexing);
  }

  /**
   * Returns the diagonal of a 2-D array, or a 2-D array with v on its k-th diagonal (numpy.diag).
   */
  @Fn
  public static Array diag(@Operand Object v, @Default("0") long k) {
    return NumpyCreation.diag(NUMPY, v, k);
  }

  /** Returns a 2-D array with the flattened v on its k-th diagonal (numpy.diagflat). */
  @Fn
  public static Array diagflat(@Operand Object v, @Default("0") long k) {
    return NumpyCreation.diagflat(NUMPY, v, k);
  }

  /** Returns the k-th diagonals of a over axis1 and axis2, as the last axis (numpy.diagonal). */
  @Fn(method = true)
  public static Array diagonal(
      @Operand Object a,
      @Default("0") long offset,
      @Default("0") int axis1,
      @Default("1") int axis2) {
    return NumpyCreation.diagonal(NUMPY, a, offset, axis1, axis2);
  }

  /** Returns the grid of indices of the given shape, stacked on axis 0 (numpy.indices). */
  @Fn
  public static Array indices(long[] dimensions, @Default("'int64'") DType dtype) {
    return NumpyCreation.indices(NUMPY, dimensions, dtype);
  }

  /** Returns the indices of the lower triangle of an n x m array (numpy.tril_indices). */
  @Fn
  public static List<Array> trilIndices(long n, @Default("0") long k, @Default("None") Long m) {
    return NumpyCreation.trilIndices(NUMPY, n, k, m);
  }

  /** Returns the indices of the upper triangle of an n x m array (numpy.triu_indices). */
  @Fn
  public static List<Array> triuIndices(long n, @Default("0") long k, @Default("None") Long m) {
    return NumpyCreation.triuIndices(NUMPY, n, k, m);
  }

  /** Returns ndim copies of arange(n), the indices of the main diagonal (numpy.diag_indices). */
  @Fn
  public static List<Array> diagIndices(long n, @Default("2") long ndim) {
    return NumpyCreation.diagIndices(NUMPY, n, ndim);
  }

  // ---- shape manipulation

  /** Returns a reshaped, one dimension may be -1 (Java form of numpy.reshape). */
  public static Array reshape(Object a, long... shape) {
    return Manipulation.reshape(arr(a), shape);
  }

  /**
   * Returns a reshaped to {@code shape} (or the older {@code newshape}); only C order
   * (numpy.reshape).
   */
  @Fn("reshape")
  public static Array reshape(
      @Operand Object a,
      @Default("None") long[] shape,
      @Default("'C'") Order order,
      @Default("None") long[] newshape,
      @Default("None") Boolean copy) {
    long[] s = shape == null ? newshape : shape;
    Checks.check(s != null, "reshape", "shape must be given; got %s", "None");
    return NumpyManipulation.reshape(
        NUMPY, a, s, Modes.accept("reshape", "order", order, Order.C, Order.F, Order.A));
  }

  /** Returns a flattened, in C ("C") or Fortran ("F") order (numpy.ravel). */
  @Fn(method = true)
  public static Array ravel(@Operand Object a, @Default("'C'") Order order) {
    return NumpyManipulation.ravel(NUMPY, a, order);
  }

  /** Returns a with axes permuted, reversed when axes is None (numpy.transpose, permute_dims). */
  @Fn({"transpose", "permute_dims"})
  public static Array transpose(@Operand Object a, @Default("None") int[] axes) {
    return NumpyManipulation.transpose(NUMPY, a, axes);
  }

  /** Returns x with its last two axes swapped (numpy.matrix_transpose). */
  @Fn
  public static Array matrixTranspose(Array x) {
    return NumpyManipulation.matrixTranspose(NUMPY, x);
  }

  /** Returns a with two axes swapped (numpy.swapaxes). */
  @Fn(method = true)
  public static Array swapaxes(@Operand Object a, int axis1, int axis2) {
    return NumpyManipulation.swapaxes(NUMPY, a, axis1, axis2);
  }

  /** Returns a with axes moved from source to destination (numpy.moveaxis). */
  @Fn
  public static Array moveaxis(@Operand Object a, int[] source, int[] destination) {
    return NumpyManipulation.moveaxis(NUMPY, a, source, destination);
  }

  /** Returns a with axis rolled back to position start (numpy.rollaxis). */
  @Fn
  public static Array rollaxis(Array a, int axis, @Default("0") int start) {
    return NumpyManipulation.rollaxis(NUMPY, a, axis, start);
  }

  /** Returns a with a new axis of size 1 at each of {@code axis} (numpy.expand_dims). */
  @Fn
  public static Array expandDims(@Operand Object a, int[] axis) {
    return NumpyManipulation.expandDims(NUMPY, a, axis);
  }

  /** Returns a without the given size-1 axes, all of them when axis is None (numpy.squeeze). */
  @Fn(method = true)
  public static Array squeeze(@Operand Object a, @Default("None") int[] axis) {
    return NumpyManipulation.squeeze(NUMPY, a, axis);
  }

  /** Returns m reversed along axis, all axes when None (numpy.flip). */
  @Fn
  public static Array flip(@Operand Object m, @Default("None") int[] axis) {
    return NumpyManipulation.flip(NUMPY, m, axis);
  }

  /** Returns m flipped along axis 0 (numpy.flipud). */
  @Fn
  public static Array flipud(@Operand Object m) {
    return NumpyManipulation.flipud(NUMPY, m);
  }

  /** Returns m flipped along axis 1 (numpy.fliplr). */
  @Fn
  public static Array fliplr(@Operand Object m) {
    return NumpyManipulation.fliplr(NUMPY, m);
  }

  /** Returns a rolled by shift along axis, flattened when axis is None (numpy.roll). */
  @Fn
  public static Array roll(@Operand Object a, long[] shift, @Default("None") int[] axis) {
    return NumpyManipulation.roll(NUMPY, a, shift, axis);
  }

  /** Returns m rotated by 90 degrees k times in the plane of axes (numpy.rot90). */
  @Fn
  public static Array rot90(
      @Operand Object m, @Default("1") long k, @Default("(0, 1)") int[] axes) {
    return NumpyManipulation.rot90(NUMPY, m, k, axes);
  }

  /** Returns array broadcast to shape (numpy.broadcast_to). */
  @Fn
  public static Array broadcastTo(
      @Operand Object array, long[] shape, @Default("False") boolean subok) {
    return NumpyManipulation.broadcastTo(NUMPY, array, shape);
  }

  /** Returns the arrays broadcast against each other (numpy.broadcast_arrays). */
  public static List<Array> broadcastArrays(List<Array> args) {
    return Manipulation.broadcastArrays(args);
  }

  /**
   * Returns the arrays broadcast against each other (numpy.broadcast_arrays); {@code subok} is
   * accepted and has no effect (there are no array subclasses).
   */
  @Fn
  public static List<Array> broadcastArrays(@Rest Array[] args, @Default("False") boolean subok) {
    return Manipulation.broadcastArrays(List.of(args));
  }

  /** Returns the shape the given shapes broadcast to (numpy.broadcast_shapes). */
  @Fn
  public static List<Long> broadcastShapes(Object... args) {
    long[][] s = new long[args.length][];
    for (int i = 0; i < s.length; i++) {
      s[i] = NumpyComposites.longs(args[i], "broadcast_shapes", "args");
    }
    List<Long> out = new ArrayList<>();
    for (long d : NumpyComposites.broadcastShape(s)) {
      out.add(d);
    }
    return out;
  }

  /**
   * Returns the arrays joined along axis, flattened first when axis is None, promoting dtypes and
   * cast to dtype when given (numpy.concatenate, concat).
   */
  @Fn({"concatenate", "concat"})
  public static Array concatenate(
      List<Array> arrays,
      @Default("0") Integer axis,
      @Default("None") Array out,
      @Default("None") DType dtype,
      @Default("'same_kind'") Casting casting) {
    return NumpyManipulation.concatenate(NUMPY, arrays, axis, out, dtype);
  }

  /** Returns the arrays stacked along a new axis, cast to dtype when given (numpy.stack). */
  @Fn
  public static Array stack(
      List<Array> arrays,
      @Default("0") int axis,
      @Default("None") Array out,
      @Default("None") DType dtype,
      @Default("'same_kind'") Casting casting) {
    return NumpyManipulation.stack(NUMPY, arrays, axis, out, dtype);
  }

  /** Returns the arrays stacked row-wise, as 2-D along axis 0 (numpy.vstack, row_stack). */
  @Fn({"vstack", "row_stack"})
  public static Array vstack(
      List<Array> tup, @Default("None") DType dtype, @Default("'same_kind'") Casting casting) {
    return NumpyManipulation.vstack(NUMPY, tup, dtype);
  }

  /** Returns the arrays stacked column-wise: axis 1, or 0 for 1-D arrays (numpy.hstack). */
  @Fn
  public static Array hstack(
      List<Array> tup, @Default("None") DType dtype, @Default("'same_kind'") Casting casting) {
    return NumpyManipulation.hstack(NUMPY, tup, dtype);
  }

  /** Returns the arrays stacked depth-wise, as 3-D along axis 2 (numpy.dstack). */
  @Fn
  public static Array dstack(List<Array> tup) {
    return NumpyManipulation.dstack(NUMPY, tup);
  }

  /** Returns 1-D arrays as columns of a 2-D array, joined on axis 1 (numpy.column_stack). */
  @Fn
  public static Array columnStack(List<Array> tup) {
    return NumpyManipulation.columnStack(NUMPY, tup);
  }

  private static Object atleast(Array[] arys, int n) {
    List<Array> out = new ArrayList<>();
    for (Array x : arys) {
      out.add(NumpyComposites.atleast(x, n));
    }
    return out.size() == 1 ? out.get(0) : out;
  }

  /** Returns each array with at least one dimension; one array alone (numpy.atleast_1d). */
  @Fn("atleast_1d")
  public static Object atleast1d(Array... arys) {
    return NumpyManipulation.atleast(NUMPY, List.of(arys), 1);
  }

  /** Returns each array with at least two dimensions; one array alone (numpy.atleast_2d). */
  @Fn("atleast_2d")
  public static Object atleast2d(Array... arys) {
    return NumpyManipulation.atleast(NUMPY, List.of(arys), 2);
  }

  /** Returns each array with at least three dimensions; one array alone (numpy.atleast_3d). */
  @Fn("atleast_3d")
  public static Object atleast3d(Array... arys) {
    return NumpyManipulation.atleast(NUMPY, List.of(arys), 3);
  }

  /**
   * Returns ary split into equal sections (an int, which must divide the axis) or at the given
   * indices (a list) (numpy.split).
   */
  @Fn
  public static List<Array> split(
      @Operand Object ary, Object indicesOrSections, @Default("0") int axis) {
    return NumpyManipulation.split(NUMPY, ary, indicesOrSections, axis);
  }

  /** Returns ary split like {@link #split} but allowing unequal sections (numpy.array_split). */
  @Fn
  public static List<Array> arraySplit(
      @Operand Object ary, Object indicesOrSections, @Default("0") int axis) {
    return NumpyManipulation.arraySplit(NUMPY, ary, indicesOrSections, axis);
  }

  /** Returns ary split horizontally: axis 1, or 0 for 1-D arrays (numpy.hsplit). */
  @Fn
  public static List<Array> hsplit(Array ary, Object indicesOrSections) {
    return NumpyManipulation.hsplit(NUMPY, ary, indicesOrSections);
  }

  /** Returns ary split vertically, along axis 0 (numpy.vsplit). */
  @Fn
  public static List<Array> vsplit(Array ary, Object indicesOrSections) {
    return NumpyManipulation.split(NUMPY, ary, indicesOrSections, 0);
  }

  /** Returns ary split depth-wise, along axis 2 (numpy.dsplit). */
  @Fn
  public static List<Array> dsplit(Array ary, Object indicesOrSections) {
    return NumpyManipulation.split(NUMPY, ary, indicesOrSections, 2);
  }

  /** Returns A tiled reps times (numpy.tile). */
  @Fn
  public static Array tile(@P("A") @Operand Object a, long[] reps) {
    return NumpyManipulation.tile(NUMPY, a, reps);
  }

  /** Returns a with each element repeated, flattened when axis is None (numpy.repeat). */
  @Fn(method = true)
  public static Array repeat(
      @Operand Object a, @Operand Object repeats, @Default("None") Integer axis) {
    return NumpyManipulation.repeat(NUMPY, a, repeats, axis);
  }

  /** Returns array padded; modes constant, edge, reflect, symmetric, wrap (numpy.pad). */
  @Fn
  public static Array pad(
      @Operand Object array,
      Object padWidth,
      @Default("'constant'") PadMode mode,
      @Default("0") Object constantValues) {
    return NumpyManipulation.pad(NUMPY, array, padWidth, mode, constantValues);
  }

  /**
   * Returns the n-th discrete difference along axis, after joining prepend and append (broadcast to
   * a's shape with size 1 along axis when they are scalars or of lower rank) (numpy.diff).
   */
  @Fn
  public static Array diff(
      @Operand Object a,
      @Default("1") int n,
      @Default("-1") int axis,
      @Default("None") Array prepend,
      @Default("None") Array append) {
    return NumpyManipulation.diff(NUMPY, a, n, axis, prepend, append);
  }

  /** Returns arr with values appended, both flattened when axis is None (numpy.append). */
  @Fn
  public static Array append(Array arr, Array values, @Default("None") Integer axis) {
    return NumpyManipulation.append(NUMPY, arr, values, axis);
  }

  /** Returns filt without its leading ("f") and/or trailing ("b") zeros (numpy.trim_zeros). */
  @Fn
  public static Array trimZeros(Array filt, @Default("'fb'") Trim trim) {
    dev.ivy.ops.Checks.given("trim_zeros", "trim", trim, Trim.class);
    long[] nz = flatnonzero(filt).toLongArray();
    if (nz.length == 0) {
      return zeros(new long[] {0}, filt.dtype());
    }
    long lo = trim != Trim.B ? nz[0] : 0;
    long hi = trim != Trim.F ? nz[nz.length - 1] + 1 : filt.size();
    return take(filt, arange(lo, hi, 1L, DType.INT64), 0);
  }

  /** Returns x cast to dtype (numpy.astype). */
  @Fn
  public static Array astype(@Operand Object x, DType dtype, @Default("True") boolean copy) {
    return Manipulation.astype(arr(x), dtype);
  }

  // ---- reductions and statistics

  /** Returns the sum over axis, all when None; integers accumulate in int64 (numpy.sum). */
  @Fn(method = true)
  public static Array sum(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.sum(NUMPY, a, axis, dtype, out, keepdims);
  }

  /** Returns the product over axis (numpy.prod). */
  @Fn(method = true)
  public static Array prod(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.prod(NUMPY, a, axis, dtype, out, keepdims);
  }

  /** Returns the mean over axis, float64 for integers (numpy.mean). */
  @Fn(method = true)
  public static Array mean(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.mean(NUMPY, a, axis, dtype, out, keepdims);
  }

  /** Returns the sum ignoring NaN (numpy.nansum). */
  @Fn
  public static Array nansum(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nansum(NUMPY, a, axis, dtype, out, keepdims);
  }

  /** Returns the mean ignoring NaN; dtype is not used (numpy.nanmean). */
  @Fn
  public static Array nanmean(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanmean(NUMPY, a, axis, dtype, out, keepdims);
  }

  /** Returns the product treating NaN as one (numpy.nanprod). */
  @Fn
  public static Array nanprod(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanprod(NUMPY, a, axis, dtype, out, keepdims);
  }

  /** Returns the maximum over axis; raises for an empty reduction (numpy.max, amax). */
  @Fn({"max", "amax"})
  public static Array max(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.max(NUMPY, a, axis, out, keepdims);
  }

  /** Returns the minimum over axis; raises for an empty reduction (numpy.min, amin). */
  @Fn({"min", "amin"})
  public static Array min(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.min(NUMPY, a, axis, out, keepdims);
  }

  /** Returns the maximum ignoring NaN, NaN for all-NaN slices (numpy.nanmax). */
  @Fn
  public static Array nanmax(
      Array a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanmax(NUMPY, a, axis, out, keepdims);
  }

  /** Returns the minimum ignoring NaN, NaN for all-NaN slices (numpy.nanmin). */
  @Fn
  public static Array nanmin(
      Array a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanmin(NUMPY, a, axis, out, keepdims);
  }

  /** Returns max - min over axis (numpy.ptp). */
  @Fn
  public static Array ptp(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.ptp(NUMPY, a, axis, out, keepdims);
  }

  /** Returns whether all elements are true over axis (numpy.all). */
  @Fn(method = true)
  public static Array all(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.all(NUMPY, a, axis, out, keepdims);
  }

  /** Returns whether any element is true over axis (numpy.any). */
  @Fn(method = true)
  public static Array any(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.any(NUMPY, a, axis, out, keepdims);
  }

  /** Returns the variance with ddof delta degrees of freedom (numpy.var). */
  @Fn(method = true)
  public static Array var(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("0") double ddof,
      @Default("False") boolean keepdims) {
    return NumpyReductions.var(NUMPY, a, axis, dtype, out, ddof, keepdims);
  }

  /** Returns the standard deviation with ddof delta degrees of freedom (numpy.std). */
  @Fn(method = true)
  public static Array std(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("0") double ddof,
      @Default("False") boolean keepdims) {
    return NumpyReductions.std(NUMPY, a, axis, dtype, out, ddof, keepdims);
  }

  /** Returns the variance ignoring NaN (numpy.nanvar). */
  @Fn
  public static Array nanvar(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("0") double ddof,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanvar(NUMPY, a, axis, dtype, out, ddof, keepdims);
  }

  /** Returns the standard deviation ignoring NaN (numpy.nanstd). */
  @Fn
  public static Array nanstd(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("0") double ddof,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanstd(NUMPY, a, axis, dtype, out, ddof, keepdims);
  }

  /** Returns the index of the maximum, of the flattened array when axis is None (numpy.argmax). */
  @Fn(method = true)
  public static Array argmax(
      @Operand Object a,
      @Default("None") Integer axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.argmax(NUMPY, a, axis, out, keepdims);
  }

  /** Returns the index of the minimum, of the flattened array when axis is None (numpy.argmin). */
  @Fn(method = true)
  public static Array argmin(
      @Operand Object a,
      @Default("None") Integer axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.argmin(NUMPY, a, axis, out, keepdims);
  }

  /** Returns the index of the maximum ignoring NaN; raises for all-NaN slices (numpy.nanargmax). */
  @Fn
  public static Array nanargmax(
      Array a,
      @Default("None") Integer axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanargmax(NUMPY, a, axis, out, keepdims);
  }

  /** Returns the index of the minimum ignoring NaN; raises for all-NaN slices (numpy.nanargmin). */
  @Fn
  public static Array nanargmin(
      Array a,
      @Default("None") Integer axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanargmin(NUMPY, a, axis, out, keepdims);
  }

  /** Returns the cumulative sum along axis, of the flattened array when None (numpy.cumsum). */
  @Fn(method = true)
  public static Array cumsum(
      @Operand Object a,
      @Default("None") Integer axis,
      @Default("None") DType dtype,
      @Default("None") Array out) {
    return NumpyReductions.cumsum(NUMPY, a, axis, dtype, out);
  }

  /**
   * Returns the cumulative product along axis, of the flattened array when None (numpy.cumprod).
   */
  @Fn(method = true)
  public static Array cumprod(
      @Operand Object a,
      @Default("None") Integer axis,
      @Default("None") DType dtype,
      @Default("None") Array out) {
    return NumpyReductions.cumprod(NUMPY, a, axis, dtype, out);
  }

  /** Returns the cumulative sum treating NaN as zero (numpy.nancumsum). */
  @Fn
  public static Array nancumsum(
      Array a,
      @Default("None") Integer axis,
      @Default("None") DType dtype,
      @Default("None") Array out) {
    return NumpyReductions.nancumsum(NUMPY, a, axis, dtype, out);
  }

  /** Returns the cumulative product treating NaN as one (numpy.nancumprod). */
  @Fn
  public static Array nancumprod(
      Array a,
      @Default("None") Integer axis,
      @Default("None") DType dtype,
      @Default("None") Array out) {
    return NumpyReductions.nancumprod(NUMPY, a, axis, dtype, out);
  }

  /** Returns the cumulative sum, optionally with the initial zero (numpy.cumulative_sum). */
  @Fn
  public static Array cumulativeSum(
      Array x,
      @Default("None") Integer axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean includeInitial) {
    return NumpyReductions.cumulativeSum(NUMPY, x, axis, dtype, out, includeInitial);
  }

  /** Returns the cumulative product, optionally with the initial one (numpy.cumulative_prod). */
  @Fn
  public static Array cumulativeProd(
      Array x,
      @Default("None") Integer axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean includeInitial) {
    return NumpyReductions.cumulativeProd(NUMPY, x, axis, dtype, out, includeInitial);
  }

  /** Returns the median over axis (numpy.median). */
  @Fn
  public static Array median(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean overwriteInput,
      @Default("False") boolean keepdims) {
    return NumpyReductions.median(NUMPY, a, axis, out, keepdims);
  }

  /** Returns the q-th quantiles, q in [0, 1], over axis (numpy.quantile). */
  @Fn
  public static Array quantile(
      @Operand Object a,
      @Operand Object q,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean overwriteInput,
      @Default("'linear'") QuantileMethod method,
      @Default("False") boolean keepdims) {
    noOut("quantile", out);
    Array x = NumpyComposites.toFloat(arr(a));
    if (q instanceof Array qa) {
      // an array q takes part in promotion (a Python float q is weak)
      x =
          Manipulation.astype(
              x, TypePromotion.promote(x.dtype(), NumpyComposites.toFloat(qa).dtype()));
    }
    return Extras.quantile(
        x,
        q,
        axis,
        keepdims,
        dev.ivy.ops.Checks.given("quantile", "method", method, QuantileMethod.class).lower());
  }

  /** Returns the q-th percentiles, q in [0, 100], over axis (numpy.percentile). */
  @Fn
  public static Array percentile(
      @Operand Object a,
      @Operand Object q,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean overwriteInput,
      @Default("'linear'") QuantileMethod method,
      @Default("False") boolean keepdims) {
    noOut("percentile", out);
    Object qq =
        q instanceof Number n
            ? (Object) (n.doubleValue() / 100.0)
            : Elementwise.divide(arr(q), 100.0);
    return quantile(a, qq, axis, null, overwriteInput, method, keepdims);
  }

  /**
   * Returns the (weighted) average over axis; with returned, the list [average, sum of weights]
   * (numpy.average).
   */
  @Fn
  public static Object average(
      Array a,
      @Default("None") int[] axis,
      @Default("None") Array weights,
      @Default("False") boolean returned,
      @Default("False") boolean keepdims) {
    Array avg = NumpyComposites.average(a, axis, weights, keepdims);
    if (!returned) {
      return avg;
    }
    Array w =
        weights == null
            ? onesLike(a, avg.dtype())
            : astype(broadcastTo(weights, a.shape().dims()), avg.dtype());
    return List.of(avg, sum(w, axis, null, null, keepdims));
  }

  /** Returns the number of non-zero elements over axis, int64 (numpy.count_nonzero). */
  @Fn
  public static Array countNonzero(
      @Operand Object a, @Default("None") int[] axis, @Default("False") boolean keepdims) {
    return NumpyReductions.countNonzero(NUMPY, a, axis, keepdims);
  }

  /** Returns the sum along the offset diagonal of the (axis1, axis2) planes (numpy.trace). */
  @Fn(method = true)
  public static Array trace(
      @Operand Object a,
      @Default("0") long offset,
      @Default("0") int axis1,
      @Default("1") int axis2,
      @Default("None") DType dtype,
      @Default("None") Array out) {
    return NumpyCreation.trace(NUMPY, a, offset, axis1, axis2, dtype, out);
  }

  /** Returns the covariance matrix of the rows (or columns) of m (numpy.cov). */
  @Fn
  public static Array cov(
      @Operand Object m,
      @Default("None") Array y,
      @Default("True") boolean rowvar,
      @Default("False") boolean bias,
      @Default("None") Long ddof) {
    return NumpyComposites.cov(arr(m), y, rowvar, ddof == null ? (bias ? 0L : 1L) : ddof);
  }

  /** Returns the Pearson correlation coefficients (numpy.corrcoef). */
  @Fn
  public static Array corrcoef(
      @Operand Object x, @Default("None") Array y, @Default("True") boolean rowvar) {
    return NumpyComposites.corrcoef(arr(x), y, rowvar);
  }

  private static List<?> histRange(double[] range) {
    if (range == null) {
      return null;
    }
    Checks.check(
        range.length == 2, "histogram", "range must be None or (min, max); got %s", range.length);
    return List.of(range[0], range[1]);
  }

  /**
   * Returns [counts, bin edges] of a histogram with {@code bins} equal-width bins (numpy.histogram;
   * bin edges as bins are not supported).
   */
  @Fn
  public static List<Array> histogram(
      @Operand Object a,
      @Default("10") long bins,
      @Default("None") double[] range,
      @Default("None") Boolean density,
      @Default("None") Array weights) {
    return NumpyComposites.histogram(
        arr(a), bins, histRange(range), weights, Boolean.TRUE.equals(density));
  }

  /** Returns the edges of {@code bins} equal-width bins (numpy.histogram_bin_edges). */
  @Fn
  public static Array histogramBinEdges(
      Array a,
      @Default("10") long bins,
      @Default("None") double[] range,
      @Default("None") Array weights) {
    return NumpyComposites.histogram(a, bins, histRange(range), null, false).get(1);
  }

  /** Returns the count of each non-negative integer value (numpy.bincount). */
  @Fn
  public static Array bincount(
      @Operand Object x, @Default("None") Array weights, @Default("0") long minlength) {
    return NumpyComposites.bincount(arr(x), weights, minlength);
  }

  /** Returns the indices of the bins each value falls in (numpy.digitize). */
  @Fn
  public static Array digitize(
      @Operand Object x, @Operand Object bins, @Default("False") boolean right) {
    return Sorting.searchsorted(arr(bins), arr(x), right ? "left" : "right");
  }

  /**
   * Returns the piecewise linear interpolation of (xp, fp) at x, in float64 (numpy.interp; period
   * is not supported).
   */
  @Fn
  public static Array interp(
      @Operand Object x,
      @Operand Object xp,
      @Operand Object fp,
      @Default("None") Number left,
      @Default("None") Number right,
      @Default("None") Number period) {
    Checks.check(period == null, "interp", "period is not supported; got %s", period);
    return NumpyComposites.interp(arr(x), arr(xp), arr(fp), left, right);
  }

  /** Returns the cross-correlation of two 1-D sequences: valid, same or full (numpy.correlate). */
  @Fn
  public static Array correlate(
      @Operand Object a, @Operand Object v, @Default("'valid'") ConvolveMode mode) {
    return NumpyProducts.correlate(NUMPY, a, v, mode);
  }

  /** Returns the discrete linear convolution of two 1-D sequences (numpy.convolve). */
  @Fn
  public static Array convolve(
      @Operand Object a, @Operand Object v, @Default("'full'") ConvolveMode mode) {
    return NumpyProducts.convolve(NUMPY, a, v, mode);
  }

  /** Returns the integral of y by the trapezoidal rule along axis (numpy.trapezoid). */
  @Fn
  public static Array trapezoid(
      Array y, @Default("None") Array x, @Default("1.0") double dx, @Default("-1") int axis) {
    Array yf = NumpyComposites.toFloat(y);
    int ax = Checks.axis("trapezoid", "axis", axis, yf.rank());
    long n = yf.shape().dim(ax);
    Array lo = take(yf, arange(0L, n - 1, 1L, DType.INT64), axis);
    Array hi = take(yf, arange(1L, n, 1L, DType.INT64), axis);
    Array mid = divide(add(lo, hi), 2.0);
    Object d = x == null ? (Object) dx : diff(x, 1, x.rank() == 1 ? 0 : axis);
    if (d instanceof Array da && da.rank() == 1 && yf.rank() > 1) {
      long[] shp = new long[yf.rank()];
      java.util.Arrays.fill(shp, 1);
      shp[ax] = da.size();
      d = reshape(da, shp);
    }
    return sum(multiply(mid, d), new int[] {axis});
  }

  // ---- products

  /** Returns the matrix product (numpy.matmul). */
  @Fn
  public static Array matmul(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyProducts.matmul(NUMPY, x1, x2, out);
  }

  /**
   * Returns the dot product: scalar multiply for 0-d, matmul for 1-D/2-D, sum-product otherwise
   * (numpy.dot).
   */
  @Fn(method = true)
  public static Array dot(@Operand Object a, @Operand Object b, @Default("None") Array out) {
    return NumpyProducts.dot(NUMPY, a, b, out);
  }

  /** Returns the dot product of the flattened arrays (numpy.vdot). */
  @Fn
  public static Array vdot(@Operand Object a, @Operand Object b) {
    return NumpyProducts.vdot(NUMPY, a, b);
  }

  /** Returns the inner product over the last axes (numpy.inner). */
  @Fn
  public static Array inner(@Operand Object a, @Operand Object b) {
    return NumpyProducts.inner(NUMPY, a, b);
  }

  /** Returns the outer product of the flattened arrays (numpy.outer). */
  @Fn
  public static Array outer(@Operand Object a, @Operand Object b, @Default("None") Array out) {
    return NumpyProducts.outer(NUMPY, a, b, out);
  }

  /**
   * Returns the tensor dot product over the last/first {@code axes} axes, or over the given pair of
   * axis sequences (numpy.tensordot).
   */
  @Fn
  public static Array tensordot(@Operand Object a, @Operand Object b, @Default("2") Object axes) {
    return NumpyProducts.tensordot(NUMPY, a, b, axes);
  }

  /** Returns the Kronecker product (numpy.kron). */
  @Fn
  public static Array kron(@Operand Object a, @Operand Object b) {
    return NumpyProducts.kron(NUMPY, a, b);
  }

  /**
   * Returns the cross product of 3-vectors along axis, or along axisa when axis is None
   * (numpy.cross; axisb and axisc must equal it).
   */
  @Fn
  public static Array cross(
      @Operand Object a,
      @Operand Object b,
      @Default("-1") int axisa,
      @Default("-1") int axisb,
      @Default("-1") int axisc,
      @Default("None") Integer axis) {
    return NumpyProducts.cross(NUMPY, a, b, axis == null ? axisa : axis);
  }

  /** Returns the Einstein summation of the operands (numpy.einsum). */
  @Fn
  public static Array einsum(String subscripts, Array... operands) {
    return NumpyProducts.einsum(NUMPY, subscripts, List.of(operands));
  }

  /** Returns the dot product along axis (numpy.vecdot). */
  @Fn
  public static Array vecdot(Array x1, Array x2, @Default("-1") int axis) {
    return NumpyProducts.vecdot(NUMPY, x1, x2, axis);
  }

  /** Returns x1 @ x2[..., None] without the added axis (numpy.matvec). */
  @Fn
  public static Array matvec(Array x1, Array x2) {
    return NumpyProducts.matvec(NUMPY, x1, x2);
  }

  /** Returns x1[..., None, :] @ x2 without the added axis (numpy.vecmat). */
  @Fn
  public static Array vecmat(Array x1, Array x2) {
    return NumpyProducts.vecmat(NUMPY, x1, x2);
  }

  // ---- sorting, searching, sets

  /** Returns a sorted along axis, flattened when None (numpy.sort). */
  @Fn
  public static Array sort(
      @Operand Object a,
      @Default("-1") Integer axis,
      @Default("None") SortKind kind,
      @Default("None") Object order,
      @Default("None") Boolean stable) {
    return NumpySorting.sort(NUMPY, a, axis, false);
  }

  /** Returns the indices that sort a along axis, flattened when None (numpy.argsort). */
  @Fn
  public static Array argsort(
      @Operand Object a,
      @Default("-1") Integer axis,
      @Default("None") SortKind kind,
      @Default("None") Object order,
      @Default("None") Boolean stable) {
    return NumpySorting.argsort(NUMPY, a, axis, false);
  }

  /** Returns where v would be inserted into sorted a, "left" or "right" (numpy.searchsorted). */
  @Fn(method = true)
  public static Array searchsorted(
      @Operand Object a,
      @Operand Object v,
      @Default("'left'") Side side,
      @Default("None") Array sorter) {
    return NumpySorting.searchsorted(NUMPY, a, v, side, sorter);
  }

  /** Returns the indices of the non-zero elements, one array per dimension (numpy.nonzero). */
  @Fn(method = true)
  public static List<Array> nonzero(@Operand Object a) {
    return NumpySorting.nonzero(NUMPY, a);
  }

  /** Returns the indices of the non-zero elements as rows (numpy.argwhere). */
  @Fn
  public static Array argwhere(@Operand Object a) {
    return NumpySorting.argwhere(NUMPY, a);
  }

  /** Returns the indices of the non-zero elements of the flattened array (numpy.flatnonzero). */
  @Fn
  public static Array flatnonzero(@Operand Object a) {
    return NumpySorting.flatnonzero(NUMPY, a);
  }

  /** Returns the elements of the flattened arr where condition is true (numpy.extract). */
  @Fn
  public static Array extract(Array condition, Array arr) {
    return NumpySorting.extract(NUMPY, condition, arr);
  }

  /** Returns the slices of a along axis where condition is true (numpy.compress). */
  @Fn
  public static Array compress(Array condition, Array a, @Default("None") Integer axis) {
    return NumpySorting.compress(NUMPY, condition, a, axis);
  }

  private static Array uniqueSorted(Object ar) {
    return Sorting.sort(Sets.uniqueValues(Manipulation.reshape(arr(ar), -1)), 0, false);
  }

  /**
   * Returns the sorted unique values, or the list [values, index?, inverse?, counts?] when asked
   * for (numpy.unique; axis must be None).
   */
  @Fn
  public static Object unique(
      Array ar,
      @Default("False") boolean returnIndex,
      @Default("False") boolean returnInverse,
      @Default("False") boolean returnCounts,
      @Default("None") Integer axis,
      @Default("True") boolean equalNan) {
    return NumpySorting.unique(NUMPY, ar, returnIndex, returnInverse, returnCounts, axis);
  }

  /** Returns the sorted unique values (numpy.unique_values). */
  @Fn
  public static Array uniqueValues(Array x) {
    return uniqueSorted(x);
  }

  /** Returns whether each element of element is in test_elements (numpy.isin). */
  @Fn
  public static Array isin(
      @Operand Object element,
      @Operand Object testElements,
      @Default("False") boolean assumeUnique,
      @Default("False") boolean invert) {
    Array e = arr(element);
    Array t = Manipulation.reshape(arr(testElements), -1);
    Array eq = Elementwise.equal(Manipulation.expandDims(e, -1), t);
    Array m = Reductions.any(eq, new int[] {-1}, false);
    return invert ? logicalNot(m) : m;
  }

  /** Returns the sorted unique values in both ar1 and ar2 (numpy.intersect1d). */
  @Fn
  public static Array intersect1d(Array ar1, Array ar2, @Default("False") boolean assumeUnique) {
    Array u = uniqueSorted(ar1);
    return take(u, flatnonzero(isin(u, ar2)), null);
  }

  /** Returns the sorted unique values of ar1 not in ar2 (numpy.setdiff1d). */
  @Fn
  public static Array setdiff1d(Array ar1, Array ar2, @Default("False") boolean assumeUnique) {
    Array u = uniqueSorted(ar1);
    return take(u, flatnonzero(logicalNot(isin(u, ar2))), null);
  }

  /** Returns the sorted unique values of ar1 and ar2 (numpy.union1d). */
  @Fn
  public static Array union1d(Array ar1, Array ar2) {
    return uniqueSorted(concatenate(List.of(ravel(ar1), ravel(ar2)), 0));
  }

  /** Returns elements of a at indices along axis, flattened when None (numpy.take). */
  @Fn(method = true)
  public static Array take(
      @Operand Object a,
      @Operand Object indices,
      @Default("None") Integer axis,
      @Default("None") Array out,
      @Default("'raise'") IndexMode mode) {
    noOut("take", out);
    Modes.accept("take", "mode", mode, IndexMode.RAISE, IndexMode.WRAP, IndexMode.CLIP);
    Array x = arr(a);
    if (axis == null) {
      x = Manipulation.reshape(x, -1);
      axis = 0;
    }
    Array i = arr(indices);
    if (mode != IndexMode.RAISE) {
      long n = x.shape().dim(Checks.axis("take", "axis", axis, x.rank()));
      i = NumpyComposites.outOfRange(i, n, mode);
    }
    return Indexing.take(x, i, axis);
  }

  /** Returns elements of arr picked by indices along axis (numpy.take_along_axis). */
  @Fn
  public static Array takeAlongAxis(
      @Operand Object arr, @Operand Object indices, @Default("-1") Integer axis) {
    return Searching.takeAlongAxis(arr(arr), arr(indices), axis);
  }

  /** Returns, per element, the choice a selects among choices (numpy.choose). */
  @Fn
  public static Array choose(
      Array a,
      List<Array> choices,
      @Default("None") Array out,
      @Default("'raise'") IndexMode mode) {
    noOut("choose", out);
    Modes.accept("choose", "mode", mode, IndexMode.RAISE, IndexMode.WRAP, IndexMode.CLIP);
    if (mode != IndexMode.RAISE) {
      a = NumpyComposites.outOfRange(a, choices.size(), mode);
    }
    List<Array> all = new ArrayList<>();
    all.add(a);
    all.addAll(choices);
    Array st = stack(broadcastArrays(all).subList(1, choices.size() + 1), 0);
    Array bi =
        broadcastTo(
            a,
            st.shape().dims()[0] == 0
                ? a.shape().dims()
                : java.util.Arrays.copyOfRange(st.shape().dims(), 1, st.rank()));
    return squeeze(takeAlongAxis(st, expandDims(bi, new int[] {0}), 0), new int[] {0});
  }

  /** Returns the multi-dimensional indices of flat indices in shape (numpy.unravel_index). */
  @Fn
  public static List<Array> unravelIndex(Array indices, long[] shape, @Default("'C'") Order order) {
    boolean f = Modes.accept("unravel_index", "order", order, Order.C, Order.F) == Order.F;
    List<Array> out = new ArrayList<>();
    Array rem = indices;
    for (int k = 0; k < shape.length; k++) {
      int i = f ? k : shape.length - 1 - k;
      out.add(f ? out.size() : 0, mod(rem, shape[i]));
      rem = floorDivide(rem, shape[i]);
    }
    return out;
  }

  /** Returns the flat indices of multi-dimensional indices in dims (numpy.ravel_multi_index). */
  @Fn
  public static Array ravelMultiIndex(
      List<Array> multiIndex,
      long[] dims,
      @Default("'raise'") IndexMode mode,
      @Default("'C'") Order order) {
    Modes.accept(
        "ravel_multi_index", "mode", mode, IndexMode.RAISE, IndexMode.WRAP, IndexMode.CLIP);
    boolean f = Modes.accept("ravel_multi_index", "order", order, Order.C, Order.F) == Order.F;
    Checks.check(
        multiIndex.size() == dims.length && dims.length > 0,
        "ravel_multi_index",
        "multi_index must hold one index array per dimension of dims %s; got %s",
        java.util.Arrays.toString(dims),
        multiIndex.size());
    Array acc = zerosLike(multiIndex.get(0), DType.INT64);
    for (int k = 0; k < dims.length; k++) {
      int i = f ? dims.length - 1 - k : k;
      Array idx = multiIndex.get(i);
      if (mode != IndexMode.RAISE) {
        idx = NumpyComposites.outOfRange(idx, dims[i], mode);
      }
      acc = add(multiply(acc, dims[i]), idx);
    }
    return acc;
  }

  // ---- dtypes and array attributes

  /** Returns the dtype NumPy's promotion gives for the arrays and dtypes (numpy.result_type). */
  @Fn
  public static DType resultType(Object... arraysAndDtypes) {
    return NumpyDTypeFunctions.resultType(NUMPY, arraysAndDtypes);
  }

  /** Returns the smallest dtype both dtypes cast to safely (numpy.promote_types). */
  @Fn
  public static DType promoteTypes(DType type1, DType type2) {
    return NumpyDTypeFunctions.promoteTypes(NUMPY, type1, type2);
  }

  /**
   * Returns whether a safe cast from {@code from_} (an array or a dtype) to {@code to} is possible
   * (numpy.can_cast; only casting='safe').
   */
  @Fn
  public static boolean canCast(
      @P("from_") Object from, DType to, @Default("'safe'") Casting casting) {
    Checks.check(
        casting == Casting.SAFE,
        "can_cast",
        "only casting='safe' is supported; got %s",
        casting == null ? "None" : "'" + casting.name().toLowerCase(java.util.Locale.ROOT) + "'");
    return NumpyDTypeFunctions.canCast(NUMPY, from, to);
  }

  /** Returns the number of dimensions of a (numpy.ndim). */
  @Fn
  public static long ndim(Array a) {
    return a.rank();
  }

  /** Returns the number of elements of a (numpy.size). */
  @Fn
  public static long size(Array a) {
    return a.size();
  }

  /** Returns the shape of a as a list (numpy.shape). */
  @Fn
  public static List<Long> shape(Array a) {
    List<Long> s = new ArrayList<>();
    for (long d : a.shape().dims()) {
      s.add(d);
    }
    return s;
  }

  // ---- less common functions

  /** Returns arr without the entries at obj along axis, flattened when None (numpy.delete). */
  @Fn
  public static Array delete(Array arr, Object obj, @Default("None") Integer axis) {
    return NumpyComposites.delete(arr, obj, axis);
  }

  /** Returns arr with values inserted before index obj along axis (numpy.insert; obj an int). */
  @Fn
  public static Array insert(Array arr, Object obj, Array values, @Default("None") Integer axis) {
    return NumpyComposites.insert(arr, obj, values, axis);
  }

  /** Returns the differences of the flattened ary, with to_begin and to_end (numpy.ediff1d). */
  @Fn
  public static Array ediff1d(
      Array ary, @Default("None") Array toEnd, @Default("None") Array toBegin) {
    Array x = Manipulation.reshape(ary, -1);
    List<Array> parts = new ArrayList<>();
    if (toBegin != null) {
      parts.add(astype(Manipulation.reshape(toBegin, -1), x.dtype()));
    }
    parts.add(diff(x, 1, 0));
    if (toEnd != null) {
      parts.add(astype(Manipulation.reshape(toEnd, -1), x.dtype()));
    }
    return concatenate(parts, 0);
  }

  /** Returns the Vandermonde matrix of x (numpy.vander). */
  @Fn
  public static Array vander(
      Array x, @P("N") @Default("None") Long n, @Default("False") boolean increasing) {
    return NumpyComposites.vander(x, n, increasing);
  }

  /** Returns the polynomial with coefficients p evaluated at x (numpy.polyval). */
  @Fn
  public static Array polyval(Array p, @Operand Object x) {
    return NumpyProducts.polyval(NUMPY, p, x);
  }

  /** Returns the product of two polynomials (numpy.polymul). */
  @Fn
  public static Array polymul(Array a1, Array a2) {
    return NumpyProducts.polymul(NUMPY, a1, a2);
  }

  /** Returns the sum of two polynomials (numpy.polyadd). */
  @Fn
  public static Array polyadd(Array a1, Array a2) {
    return NumpyProducts.polyadd(NUMPY, a1, a2);
  }

  /** Returns the m-th derivative of the polynomial p (numpy.polyder). */
  @Fn
  public static Array polyder(Array p, @Default("1") long m) {
    Checks.check(m >= 0, "polyder", "order of derivative must be positive; got %s", m);
    for (long i = 0; i < m; i++) {
      long n = p.size() - 1;
      if (n <= 0) {
        // the derivative of a constant is the zero polynomial
        return Elementwise.multiply(take(p, arange(0L, 1L, 1L, DType.INT64), 0), 0L);
      }
      Array k = arange(n, 0L, -1L, DType.INT64);
      p = Elementwise.multiply(take(p, arange(0L, n, 1L, DType.INT64), 0), k);
    }
    return p;
  }

  /** Returns a resized to new_shape, repeating its elements (numpy.resize). */
  @Fn
  public static Array resize(Array a, long[] newShape) {
    Array x = Manipulation.reshape(a, -1);
    long total = 1;
    for (long d : newShape) {
      Checks.check(d >= 0, "resize", "all elements of new_shape must be non-negative; got %s", d);
      total *= d;
    }
    if (x.size() == 0 || total == 0) {
      return zeros(newShape, x.dtype());
    }
    Array idx = Elementwise.remainder(arange(0L, total, 1L, DType.INT64), x.size());
    return Manipulation.reshape(take(x, idx, 0), newShape);
  }

  /** Returns the angle of z: 0 or pi for real values, in degrees with deg (numpy.angle). */
  @Fn
  public static Array angle(Array z, @Default("False") boolean deg) {
    Array x = NumpyComposites.toFloat(z);
    Array t = Elementwise.atan2(zerosLike(x, null), x);
    return deg ? Elementwise.multiply(t, 180.0 / Math.PI) : t;
  }

  /** Returns the sub-arrays of x along axis (numpy.unstack). */
  @Fn
  public static List<Array> unstack(Array x, @Default("0") int axis) {
    return Manipulation.unstack(x, axis);
  }

  /** Returns Ivy's {@code Ivy.scalar} for a Java number (a 0-d array with NumPy's dtype). */
  static Array scalar(Object v) {
    return dev.ivy.ops.Conversion.asarray(v, null);
  }

  // ------------------------------------------------------------------ windows, bits, sets,
  // polynomials

  /** Returns the Bartlett (triangular) window of M points, float64 (numpy.bartlett). */
  @Fn
  public static Array bartlett(@P("M") long m) {
    return NumpyCreation.bartlett(NUMPY, m);
  }

  /** Returns the Blackman window of M points, float64 (numpy.blackman). */
  @Fn
  public static Array blackman(@P("M") long m) {
    return NumpyCreation.blackman(NUMPY, m);
  }

  /** Returns the Hamming window of M points, float64 (numpy.hamming). */
  @Fn
  public static Array hamming(@P("M") long m) {
    return NumpyCreation.hamming(NUMPY, m);
  }

  /** Returns the Hann window of M points, float64 (numpy.hanning). */
  @Fn
  public static Array hanning(@P("M") long m) {
    return NumpyCreation.hanning(NUMPY, m);
  }

  /** Returns the Kaiser window of M points with shape {@code beta}, float64 (numpy.kaiser). */
  @Fn
  public static Array kaiser(@P("M") long m, double beta) {
    return NumpyCreation.kaiser(NUMPY, m, beta);
  }

  /** Returns the modified Bessel function of order 0; integers give float64 (numpy.i0). */
  @Fn
  public static Array i0(@Operand Object x) {
    return NumpyUfuncs.i0(NUMPY, x);
  }

  /** Returns the number of 1 bits in |x|, uint8 (numpy.bitwise_count). */
  @Fn
  public static Array bitwiseCount(@Operand Object x) {
    Array a = arr(x);
    Checks.check(
        a.dtype().isInteger() || a.dtype().isBool(),
        "bitwise_count",
        "x must be an integer or bool array; got %s",
        a.dtype());
    return Manipulation.astype(
        Special.popcount(Elementwise.abs(Manipulation.astype(a, DType.INT64))), DType.UINT8);
  }

  /**
   * Returns [mantissa, exponent] with x = mantissa · 2^exponent, |mantissa| in [0.5, 1) and an
   * int32 exponent; zero, infinities and NaN keep x with exponent 0; integers give a float64
   * mantissa (numpy.frexp).
   */
  @Fn
  public static List<Array> frexp(@Operand Object x) {
    Array a = arr(x);
    return Special.frexp(a.dtype().isFloating() ? a : Manipulation.astype(a, DType.FLOAT64));
  }

  /** Returns the sorted values that are in exactly one of ar1 and ar2 (numpy.setxor1d). */
  @Fn
  public static Array setxor1d(Array ar1, Array ar2, @Default("False") boolean assumeUnique) {
    Array both = Manipulation.concat(List.of(uniqueSorted(ar1), uniqueSorted(ar2)), 0);
    @SuppressWarnings("unchecked")
    List<Array> vc = (List<Array>) unique(both, false, false, true, null, true);
    return compress(Elementwise.equal(vc.get(1), 1L), vc.get(0), null);
  }

  /** Returns [sorted unique values, their counts] (numpy.unique_counts). */
  @Fn
  @SuppressWarnings("unchecked")
  public static List<Array> uniqueCounts(Array x) {
    return (List<Array>) unique(x, false, false, true, null, true);
  }

  /**
   * Returns [sorted unique values, the index of each element's value, shaped as x]
   * (numpy.unique_inverse).
   */
  @Fn
  @SuppressWarnings("unchecked")
  public static List<Array> uniqueInverse(Array x) {
    return (List<Array>) unique(x, false, true, false, null, true);
  }

  /** Returns [values, first indices, inverse indices, counts] (numpy.unique_all). */
  @Fn
  @SuppressWarnings("unchecked")
  public static List<Array> uniqueAll(Array x) {
    return (List<Array>) unique(x, true, true, true, null, true);
  }

  /**
   * Returns the indices that sort by several keys, the last key primary, each sort stable
   * (numpy.lexsort).
   */
  @Fn
  public static Array lexsort(List<Array> keys, @Default("-1") int axis) {
    Checks.check(!keys.isEmpty(), "lexsort", "keys must not be empty");
    Array first = keys.get(0);
    int a = Checks.axis("lexsort", "axis", axis, Math.max(first.rank(), 1));
    Array order = Sorting.argsort(first, a, false);
    for (int i = 1; i < keys.size(); i++) {
      Array k = Searching.takeAlongAxis(keys.get(i), order, a);
      order = Searching.takeAlongAxis(order, Sorting.argsort(k, a, false), a);
    }
    return order;
  }

  /**
   * Returns the m-th antiderivative of the polynomial p, the integration constants k (a number or
   * one per integration, default 0) (numpy.polyint).
   */
  @Fn
  public static Array polyint(Array p, @Default("1") long m, @Default("None") double[] k) {
    Checks.check(m >= 0, "polyint", "order of integral must be positive; got %s", m);
    double[] ks = k == null ? new double[] {0} : k;
    Checks.check(
        ks.length == 1 || ks.length == m,
        "polyint",
        "k must be a scalar or a sequence of length m (%s); got %s values",
        m,
        ks.length);
    Array r = p.dtype().isFloating() ? p : Manipulation.astype(p, DType.FLOAT64);
    // the result has size + m coefficients: a huge m is refused before the loop
    Checks.size(
        "polyint", r.dtype(), r.size() > Long.MAX_VALUE - m ? Long.MAX_VALUE : r.size() + m);
    for (long i = 0; i < m; i++) {
      long n = r.size();
      Array div = Creation.arange(n, 0L, -1L, r.dtype());
      Array c = Creation.full(Shape.of(1), ks.length == 1 ? ks[0] : ks[(int) i], r.dtype());
      r = Manipulation.concat(List.of(Elementwise.divide(r, div), c), 0);
    }
    return r;
  }

  /** Returns the difference of two polynomials (numpy.polysub). */
  @Fn
  public static Array polysub(Array a1, Array a2) {
    return NumpyProducts.polysub(NUMPY, a1, a2);
  }

  /** Returns the indices of the lower triangle of a 2-d array (numpy.tril_indices_from). */
  @Fn
  public static List<Array> trilIndicesFrom(Array arr, @Default("0") long k) {
    return NumpyCreation.trilIndicesFrom(NUMPY, arr, k);
  }

  /** Returns the indices of the upper triangle of a 2-d array (numpy.triu_indices_from). */
  @Fn
  public static List<Array> triuIndicesFrom(Array arr, @Default("0") long k) {
    return NumpyCreation.triuIndicesFrom(NUMPY, arr, k);
  }

  /**
   * Returns the indices of the main diagonal of an array with equal dimensions
   * (numpy.diag_indices_from).
   */
  @Fn
  public static List<Array> diagIndicesFrom(Array arr) {
    return NumpyCreation.diagIndicesFrom(NUMPY, arr);
  }

  /** Returns whether x has a complex dtype: never, as there are none here (numpy.iscomplexobj). */
  @Fn
  public static boolean iscomplexobj(Object x) {
    return false;
  }

  /**
   * Returns whether x has a real dtype: always, as there are no complex ones here
   * (numpy.isrealobj).
   */
  @Fn
  public static boolean isrealobj(Object x) {
    return true;
  }
}
