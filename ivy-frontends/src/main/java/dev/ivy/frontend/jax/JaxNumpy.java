package dev.ivy.frontend.jax;

import static dev.ivy.frontend.jax.JaxTypes.canon;
import static dev.ivy.frontend.jax.JaxTypes.promoted;
import static dev.ivy.frontend.jax.JaxTypes.toFloat;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.MeshIndexing;
import dev.ivy.QuantileMethod;
import dev.ivy.Shape;
import dev.ivy.Side;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.frontend.numpy.ConvolveMode;
import dev.ivy.frontend.numpy.DTypePolicy;
import dev.ivy.frontend.numpy.IndexMode;
import dev.ivy.frontend.numpy.Modes;
import dev.ivy.frontend.numpy.NumpyCreation;
import dev.ivy.frontend.numpy.NumpyDTypeFunctions;
import dev.ivy.frontend.numpy.NumpyFrontend;
import dev.ivy.frontend.numpy.NumpyManipulation;
import dev.ivy.frontend.numpy.NumpyProducts;
import dev.ivy.frontend.numpy.NumpyReductions;
import dev.ivy.frontend.numpy.NumpySorting;
import dev.ivy.frontend.numpy.NumpyUfuncs;
import dev.ivy.frontend.numpy.Order;
import dev.ivy.frontend.numpy.PadMode;
import dev.ivy.frontend.numpy.SortKind;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Indexing;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Searching;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.Operand;
import dev.ivy.registry.P;
import dev.ivy.registry.Rest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@code jax.numpy} namespace: NumPy's API with JAX's dtype rules (32-bit defaults, float64 and
 * int64 inputs computed as float32 and int32, JAX's promotion lattice, weak Python scalars).
 * Functions that need floating inputs ({@code exp}, {@code sqrt}, {@code mean}...) compute integers
 * in float32. Reached as {@link JaxFrontend#numpy}.
 *
 * <pre>{@code
 * JaxFrontend.numpy.add(Ivy.array(new int[] {1, 2}, 2), 2.5)   // [3.5, 4.5] float32
 * }</pre>
 */
@Namespace(frontend = "jax", prefix = "numpy", path = "JaxFrontend.numpy")
public final class JaxNumpy extends JaxNumpyDefaults {
  /**
   * JAX's dtype policy (x64 disabled), with which this namespace calls the bodies it shares with
   * {@code numpy} ({@link NumpyUfuncs}).
   */
  public static final DTypePolicy POLICY = new JaxDTypes();

  /** The {@code jax.numpy.linalg} namespace. */
  public final JaxLinalg linalg = new JaxLinalg();

  JaxNumpy() {}

  // ---------------------------------------------------------------- helpers

  private static Array unary(Array x, UnaryOperator<Array> f) {
    return canon(f.apply(canon(x)));
  }

  private static Array floating(Array x, UnaryOperator<Array> f) {
    return canon(f.apply(toFloat(x)));
  }

  private interface Bin {
    Array apply(Object x, Object y);
  }

  private static Array binaryFloat(Object x, Object y, Bin f) {
    Object[] p = promoted(x, y);
    DType t = JaxTypes.resultType(p);
    if (!t.isFloating()) {
      p[0] = JaxTypes.as(p[0], DType.FLOAT32);
      p[1] = JaxTypes.as(p[1], DType.FLOAT32);
    }
    return canon(f.apply(p[0], p[1]));
  }

  /** The arrays of array-likes (arrays, numbers, nested lists), canonicalized. */
  private static List<Array> arrays(Object[] xs) {
    List<Array> r = new ArrayList<>();
    for (Object x : xs) {
      r.add(JaxTypes.array(x));
    }
    return r;
  }

  private static void noOut(String fn, Object out) {
    if (out != null) {
      throw new IvyArgumentException(
          fn + ": out must be None (JAX arrays are immutable); got " + out);
    }
  }

  // ---------------------------------------------------------------- unary math

  /** Returns |x| (jnp.abs). */
  @Fn
  public Array abs(Array x) {
    return NumpyUfuncs.absolute(POLICY, x, null);
  }

  /** Returns |x| (jnp.absolute). */
  @Fn
  public Array absolute(Array x) {
    return NumpyUfuncs.absolute(POLICY, x, null);
  }

  /** Returns |x| as floats (jnp.fabs). */
  @Fn
  public Array fabs(Array x) {
    // separate from numpy's body: numpy.fabs is registered as an alias of absolute here; jnp.fabs
    // computes in float
    return floating(x, Elementwise::abs);
  }

  /** Returns -x (jnp.negative). */
  @Fn
  public Array negative(Array x) {
    return NumpyUfuncs.negative(POLICY, x, null);
  }

  /** Returns +x (jnp.positive). */
  @Fn
  public Array positive(Array x) {
    return NumpyUfuncs.positive(POLICY, x, null);
  }

  /** Returns the sign of x: -1, 0 or 1 (NaN for NaN) (jnp.sign). */
  @Fn
  public Array sign(Array x) {
    return NumpyUfuncs.sign(POLICY, x, null);
  }

  /** Returns x * x (jnp.square). */
  @Fn
  public Array square(Array x) {
    // separate from numpy's body: NumPy squares bool in int8; JAX keeps lax.square's dtype rules
    return unary(x, Elementwise::square);
  }

  /** Returns 1 / x, in float32 for integers (jnp.reciprocal). */
  @Fn
  public Array reciprocal(Array x) {
    // separate from numpy's body: NumPy divides integers (1 // x); JAX computes integer inputs in
    // float32
    return floating(x, Elementwise::reciprocal);
  }

  /** Returns e^x (jnp.exp). */
  @Fn
  public Array exp(Array x) {
    return NumpyUfuncs.exp(POLICY, x, null);
  }

  /** Returns 2^x (jnp.exp2). */
  @Fn
  public Array exp2(Array x) {
    return NumpyUfuncs.exp2(POLICY, x, null);
  }

  /** Returns e^x - 1 (jnp.expm1). */
  @Fn
  public Array expm1(Array x) {
    return NumpyUfuncs.expm1(POLICY, x, null);
  }

  /** Returns the natural logarithm (jnp.log). */
  @Fn
  public Array log(Array x) {
    return NumpyUfuncs.log(POLICY, x, null);
  }

  /** Returns log(1 + x) (jnp.log1p). */
  @Fn
  public Array log1p(Array x) {
    return NumpyUfuncs.log1p(POLICY, x, null);
  }

  /** Returns the base-2 logarithm (jnp.log2). */
  @Fn
  public Array log2(Array x) {
    return NumpyUfuncs.log2(POLICY, x, null);
  }

  /** Returns the base-10 logarithm (jnp.log10). */
  @Fn
  public Array log10(Array x) {
    return NumpyUfuncs.log10(POLICY, x, null);
  }

  /** Returns the square root (jnp.sqrt). */
  @Fn
  public Array sqrt(Array x) {
    return NumpyUfuncs.sqrt(POLICY, x, null);
  }

  /** Returns the cube root, negative for negative x (jnp.cbrt). */
  @Fn
  public Array cbrt(Array x) {
    return NumpyUfuncs.cbrt(POLICY, x, null);
  }

  /** Returns sin x (jnp.sin). */
  @Fn
  public Array sin(Array x) {
    return NumpyUfuncs.sin(POLICY, x, null);
  }

  /** Returns cos x (jnp.cos). */
  @Fn
  public Array cos(Array x) {
    return NumpyUfuncs.cos(POLICY, x, null);
  }

  /** Returns tan x (jnp.tan). */
  @Fn
  public Array tan(Array x) {
    return NumpyUfuncs.tan(POLICY, x, null);
  }

  /** Returns arcsin x (jnp.arcsin, jnp.asin). */
  @Fn({"arcsin", "asin"})
  public Array arcsin(Array x) {
    return NumpyUfuncs.arcsin(POLICY, x, null);
  }

  /** Returns arccos x (jnp.arccos, jnp.acos). */
  @Fn({"arccos", "acos"})
  public Array arccos(Array x) {
    return NumpyUfuncs.arccos(POLICY, x, null);
  }

  /** Returns arctan x (jnp.arctan, jnp.atan). */
  @Fn({"arctan", "atan"})
  public Array arctan(Array x) {
    return NumpyUfuncs.arctan(POLICY, x, null);
  }

  /** Returns sinh x (jnp.sinh). */
  @Fn
  public Array sinh(Array x) {
    return NumpyUfuncs.sinh(POLICY, x, null);
  }

  /** Returns cosh x (jnp.cosh). */
  @Fn
  public Array cosh(Array x) {
    return NumpyUfuncs.cosh(POLICY, x, null);
  }

  /** Returns tanh x (jnp.tanh). */
  @Fn
  public Array tanh(Array x) {
    return NumpyUfuncs.tanh(POLICY, x, null);
  }

  /** Returns arcsinh x (jnp.arcsinh, jnp.asinh). */
  @Fn({"arcsinh", "asinh"})
  public Array arcsinh(Array x) {
    return NumpyUfuncs.arcsinh(POLICY, x, null);
  }

  /** Returns arccosh x (jnp.arccosh, jnp.acosh). */
  @Fn({"arccosh", "acosh"})
  public Array arccosh(Array x) {
    return NumpyUfuncs.arccosh(POLICY, x, null);
  }

  /** Returns arctanh x (jnp.arctanh, jnp.atanh). */
  @Fn({"arctanh", "atanh"})
  public Array arctanh(Array x) {
    return NumpyUfuncs.arctanh(POLICY, x, null);
  }

  /** Returns degrees converted to radians (jnp.deg2rad, jnp.radians). */
  @Fn({"deg2rad", "radians"})
  public Array deg2rad(Array x) {
    return NumpyUfuncs.deg2rad(POLICY, x, null);
  }

  /** Returns radians converted to degrees (jnp.rad2deg, jnp.degrees). */
  @Fn({"rad2deg", "degrees"})
  public Array rad2deg(Array x) {
    return NumpyUfuncs.rad2deg(POLICY, x, null);
  }

  /** Returns sin(pi x) / (pi x), 1 at 0 (jnp.sinc). */
  @Fn
  public Array sinc(Array x) {
    return NumpyUfuncs.sinc(POLICY, x, null);
  }

  /** Returns floor x; integers unchanged (jnp.floor). */
  @Fn
  public Array floor(Array x) {
    return NumpyUfuncs.floor(POLICY, x, null);
  }

  /** Returns ceil x; integers unchanged (jnp.ceil). */
  @Fn
  public Array ceil(Array x) {
    return NumpyUfuncs.ceil(POLICY, x, null);
  }

  /**
   * Returns x rounded half to even at {@code decimals} decimal places; integers unchanged for
   * decimals &gt;= 0 (jnp.round, jnp.around).
   */
  @Fn({"round", "around"})
  public Array round(Array a, @Default("0") long decimals, @Default("None") Array out) {
    // separate from numpy's body: JAX rounds integer inputs with negative decimals through float32
    // and keeps the integer dtype
    noOut("numpy.round", out);
    if (decimals == 0) {
      return unary(a, Elementwise::round);
    }
    Array c = canon(a);
    if (!c.dtype().isFloating()) {
      if (decimals > 0) {
        return c;
      }
      double f = Math.pow(10, -decimals);
      Array r = Elementwise.round(Elementwise.divide(Manipulation.astype(c, DType.FLOAT32), f));
      return Manipulation.astype(Elementwise.multiply(r, f), c.dtype());
    }
    double f = Math.pow(10, decimals);
    return canon(Elementwise.divide(Elementwise.round(Elementwise.multiply(c, f)), f));
  }

  /** Returns x rounded half to even (jnp.rint). */
  @Fn
  public Array rint(Array x) {
    return NumpyUfuncs.rint(POLICY, x, null);
  }

  /** Returns x rounded toward zero (jnp.trunc). */
  @Fn
  public Array trunc(Array x) {
    return NumpyUfuncs.trunc(POLICY, x, null);
  }

  /** Returns x rounded toward zero (jnp.fix). */
  @Fn
  public Array fix(Array x) {
    return NumpyUfuncs.trunc(POLICY, x, null);
  }

  /** Returns whether x is NaN (jnp.isnan). */
  @Fn
  public Array isnan(Array x) {
    return NumpyUfuncs.isnan(POLICY, x, null);
  }

  /** Returns whether x is infinite (jnp.isinf). */
  @Fn
  public Array isinf(Array x) {
    return NumpyUfuncs.isinf(POLICY, x, null);
  }

  /** Returns whether x is finite (jnp.isfinite). */
  @Fn
  public Array isfinite(Array x) {
    return NumpyUfuncs.isfinite(POLICY, x, null);
  }

  /** Returns whether x is +inf (jnp.isposinf). */
  @Fn
  public Array isposinf(Array x) {
    return NumpyUfuncs.isposinf(POLICY, x, null);
  }

  /** Returns whether x is -inf (jnp.isneginf). */
  @Fn
  public Array isneginf(Array x) {
    return NumpyUfuncs.isneginf(POLICY, x, null);
  }

  /** Returns whether the sign bit of x is set (jnp.signbit). */
  @Fn
  public Array signbit(Array x) {
    return NumpyUfuncs.signbit(POLICY, x, null);
  }

  /** Returns the logical negation (jnp.logical_not). */
  @Fn
  public Array logicalNot(Array x) {
    return NumpyUfuncs.logicalNot(POLICY, x, null);
  }

  /** Returns the bitwise inversion; logical not for booleans (jnp.invert, jnp.bitwise_not). */
  @Fn({"invert", "bitwise_not", "bitwise_invert"})
  public Array invert(Array x) {
    return NumpyUfuncs.invert(POLICY, x, null);
  }

  /** Returns x for real arrays (jnp.real; complex dtypes are not supported). */
  @Fn
  public Array real(Array x) {
    return NumpyUfuncs.real(POLICY, x, null);
  }

  /** Returns zeros for real arrays (jnp.imag). */
  @Fn
  public Array imag(Array x) {
    return NumpyUfuncs.imag(POLICY, x, null);
  }

  /** Returns x for real arrays (jnp.conj, jnp.conjugate). */
  @Fn({"conj", "conjugate"})
  public Array conj(Array x) {
    return NumpyUfuncs.real(POLICY, x, null);
  }

  /**
   * Returns x with NaN replaced by {@code nan} and infinities by {@code posinf}/{@code neginf} (the
   * dtype's extremes when null) (jnp.nan_to_num); arrays are immutable, so {@code copy} makes no
   * difference.
   */
  @Fn
  public Array nanToNum(
      Array x,
      @Default("True") boolean copy,
      @Default("0.0") double nan,
      @Default("None") Double posinf,
      @Default("None") Double neginf) {
    return NumpyUfuncs.nanToNum(POLICY, x, nan, posinf, neginf);
  }

  // ---------------------------------------------------------------- binary math

  /** Returns x + y (jnp.add); operands are arrays or Python-style scalars. */
  @Fn
  public Array add(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.add(POLICY, x, y, null);
  }

  /** Returns x - y (jnp.subtract). */
  @Fn
  public Array subtract(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.subtract(POLICY, x, y, null);
  }

  /** Returns x * y (jnp.multiply). */
  @Fn
  public Array multiply(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.multiply(POLICY, x, y, null);
  }

  /** Returns x / y, float32 for integers (jnp.divide, jnp.true_divide). */
  @Fn({"divide", "true_divide"})
  public Array divide(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.divide(POLICY, x, y, null);
  }

  /** Returns floor(x / y) (jnp.floor_divide). */
  @Fn
  public Array floorDivide(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.floorDivide(POLICY, x, y, null);
  }

  /** Returns x mod y with the sign of y (jnp.remainder, jnp.mod). */
  @Fn({"remainder", "mod"})
  public Array remainder(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.remainder(POLICY, x, y, null);
  }

  /** Returns [floor_divide(x, y), remainder(x, y)] (jnp.divmod). */
  @Fn
  public List<Array> divmod(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.divmod(POLICY, x, y);
  }

  /** Returns the C remainder of x / y, with the sign of x (jnp.fmod). */
  @Fn
  public Array fmod(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.fmod(POLICY, x, y, null);
  }

  static Array cRemainder(Object x, Object y) {
    Array r = Elementwise.remainder(x, y);
    Array xa = x instanceof Array a ? a : JaxTypes.as(x, r.dtype());
    Array fix =
        Elementwise.logicalAnd(
            Elementwise.notEqual(r, 0),
            Elementwise.notEqual(Elementwise.less(r, 0), Elementwise.less(xa, 0)));
    return Elementwise.where(fix, Elementwise.subtract(r, y), r);
  }

  /** Returns x ** y (jnp.power, jnp.pow). */
  @Fn({"power", "pow"})
  public Array power(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.power(POLICY, x, y, null);
  }

  /** Returns x ** y computed in float32 (jnp.float_power; float64 is unavailable without x64). */
  @Fn
  public Array floatPower(@Operand Object x, @Operand Object y) {
    // separate from numpy's body: NumPy computes in float64 at least; JAX (x64 off) in the
    // operands' float, float32 for integers
    return binaryFloat(x, y, Elementwise::pow);
  }

  /** Returns the elementwise maximum; NaN propagates (jnp.maximum). */
  @Fn
  public Array maximum(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.maximum(POLICY, x, y, null);
  }

  /** Returns the elementwise minimum; NaN propagates (jnp.minimum). */
  @Fn
  public Array minimum(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.minimum(POLICY, x, y, null);
  }

  /** Returns the elementwise maximum ignoring NaN (jnp.fmax). */
  @Fn
  public Array fmax(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.fmax(POLICY, x, y, null);
  }

  /** Returns the elementwise minimum ignoring NaN (jnp.fmin). */
  @Fn
  public Array fmin(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.fmin(POLICY, x, y, null);
  }

  /** Returns atan(x / y) in the correct quadrant (jnp.arctan2, jnp.atan2). */
  @Fn({"arctan2", "atan2"})
  public Array arctan2(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.arctan2(POLICY, x, y, null);
  }

  /** Returns sqrt(x^2 + y^2) (jnp.hypot). */
  @Fn
  public Array hypot(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.hypot(POLICY, x, y, null);
  }

  /** Returns log(e^x + e^y) (jnp.logaddexp). */
  @Fn
  public Array logaddexp(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.logaddexp(POLICY, x, y, null);
  }

  /** Returns log2(2^x + 2^y) (jnp.logaddexp2). */
  @Fn
  public Array logaddexp2(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.logaddexp2(POLICY, x, y, null);
  }

  /** Returns |x| with the sign of y (jnp.copysign). */
  @Fn
  public Array copysign(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.copysign(POLICY, x, y, null);
  }

  /** Returns the next float after x towards y (jnp.nextafter). */
  @Fn
  public Array nextafter(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.nextafter(POLICY, x, y, null);
  }

  /** Returns 0 where x &lt; 0, 1 where x &gt; 0 and y where x == 0 (jnp.heaviside). */
  @Fn
  public Array heaviside(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.heaviside(POLICY, x, y, null);
  }

  /** Returns x == y (jnp.equal). */
  @Fn
  public Array equal(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.equal(POLICY, x, y, null);
  }

  /** Returns x != y (jnp.not_equal). */
  @Fn
  public Array notEqual(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.notEqual(POLICY, x, y, null);
  }

  /** Returns x &lt; y (jnp.less). */
  @Fn
  public Array less(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.less(POLICY, x, y, null);
  }

  /** Returns x &lt;= y (jnp.less_equal). */
  @Fn
  public Array lessEqual(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.lessEqual(POLICY, x, y, null);
  }

  /** Returns x &gt; y (jnp.greater). */
  @Fn
  public Array greater(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.greater(POLICY, x, y, null);
  }

  /** Returns x &gt;= y (jnp.greater_equal). */
  @Fn
  public Array greaterEqual(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.greaterEqual(POLICY, x, y, null);
  }

  /** Returns x and y, truthiness of each (jnp.logical_and). */
  @Fn
  public Array logicalAnd(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.logicalAnd(POLICY, x, y, null);
  }

  /** Returns x or y (jnp.logical_or). */
  @Fn
  public Array logicalOr(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.logicalOr(POLICY, x, y, null);
  }

  /** Returns x xor y (jnp.logical_xor). */
  @Fn
  public Array logicalXor(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.logicalXor(POLICY, x, y, null);
  }

  /** Returns the bitwise and (jnp.bitwise_and). */
  @Fn
  public Array bitwiseAnd(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.bitwiseAnd(POLICY, x, y, null);
  }

  /** Returns the bitwise or (jnp.bitwise_or). */
  @Fn
  public Array bitwiseOr(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.bitwiseOr(POLICY, x, y, null);
  }

  /** Returns the bitwise xor (jnp.bitwise_xor). */
  @Fn
  public Array bitwiseXor(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.bitwiseXor(POLICY, x, y, null);
  }

  /** Returns x shifted left by y bits (jnp.left_shift). */
  @Fn({"left_shift", "bitwise_left_shift"})
  public Array leftShift(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.leftShift(POLICY, x, y, null);
  }

  /** Returns x shifted right by y bits (jnp.right_shift). */
  @Fn({"right_shift", "bitwise_right_shift"})
  public Array rightShift(@Operand Object x, @Operand Object y) {
    return NumpyUfuncs.rightShift(POLICY, x, y, null);
  }

  /**
   * Returns x where condition holds and y elsewhere, promoted together; with only the condition,
   * its nonzero indices as a list of int32 arrays (jnp.where).
   *
   * @throws IvyArgumentException if only one of x and y is given
   */
  @Fn
  public Object where(
      Object condition, @Operand @Default("None") Object x, @Operand @Default("None") Object y) {
    return NumpyUfuncs.where(POLICY, condition, x, y);
  }

  /** Returns the indices of condition's nonzero elements, int32 (jnp.where with one argument). */
  public List<Array> where(Object condition) {
    return nonzero(JaxTypes.array(condition));
  }

  /** Returns x limited to [min, max]; either bound may be null (jnp.clip). */
  @Fn
  public Array clip(
      Array arr, @Default("None") @Operand Object min, @Default("None") @Operand Object max) {
    return NumpyUfuncs.clip(POLICY, arr, min, max, null);
  }

  /** Returns whether |a - b| &lt;= atol + rtol |b| elementwise (jnp.isclose). */
  @Fn
  public Array isclose(
      @Operand Object a,
      @Operand Object b,
      @Default("1e-05") double rtol,
      @Default("1e-08") double atol,
      @Default("False") boolean equalNan) {
    return NumpyUfuncs.isclose(POLICY, a, b, rtol, atol, equalNan);
  }

  /** Returns whether all elements are close, as a 0-d bool array (jnp.allclose). */
  @Fn
  public Array allclose(
      @Operand Object a,
      @Operand Object b,
      @Default("1e-05") double rtol,
      @Default("1e-08") double atol,
      @Default("False") boolean equalNan) {
    // separate from numpy's body: numpy.allclose returns a Python bool; jnp.allclose a 0-d bool
    // array
    return Reductions.all(isclose(a, b, rtol, atol, equalNan), null, false);
  }

  /** Returns whether a and b have the same shape and elements, as a 0-d bool array. */
  @Fn
  public Array arrayEqual(Object a1, Object a2, @Default("False") boolean equalNan) {
    // separate from numpy's body: jnp.array_equal returns a 0-d bool array; numpy.array_equal a
    // Python bool
    Array x = JaxTypes.array(a1);
    Array y = JaxTypes.array(a2);
    if (!x.shape().equals(y.shape())) {
      return Creation.full(Shape.scalar(), false, DType.BOOL);
    }
    Array eq = equal(x, y);
    if (equalNan) {
      eq = Elementwise.logicalOr(eq, Elementwise.logicalAnd(isnan(x), isnan(y)));
    }
    return Reductions.all(eq, null, false);
  }

  // ---------------------------------------------------------------- creation

  /** Returns zeros of {@code shape}, float32 by default (jnp.zeros). */
  @Fn
  public Array zeros(long[] shape, @Default("None") DType dtype) {
    return NumpyCreation.zeros(POLICY, shape, dtype);
  }

  /** Returns ones of {@code shape}, float32 by default (jnp.ones). */
  @Fn
  public Array ones(long[] shape, @Default("None") DType dtype) {
    return NumpyCreation.ones(POLICY, shape, dtype);
  }

  /** Returns zeros of {@code shape} (jnp.empty: JAX arrays are always initialised). */
  @Fn
  public Array empty(long[] shape, @Default("None") DType dtype) {
    return NumpyCreation.zeros(POLICY, shape, dtype);
  }

  /** Returns {@code shape} filled with {@code fillValue} (jnp.full). */
  @Fn
  public Array full(long[] shape, Object fillValue, @Default("None") DType dtype) {
    return NumpyCreation.full(POLICY, shape, fillValue, dtype);
  }

  private static DType dflt(DType dtype) {
    return dtype == null ? DType.FLOAT32 : canon(dtype);
  }

  /** Returns zeros like {@code a} (jnp.zeros_like). */
  @Fn
  public Array zerosLike(Array a, @Default("None") DType dtype, @Default("None") long[] shape) {
    return NumpyCreation.zerosLike(POLICY, a, dtype, shape);
  }

  /** Returns an array like {@code a}, filled with zeros (jnp.empty_like). */
  @Fn
  public Array emptyLike(Array a, @Default("None") DType dtype, @Default("None") long[] shape) {
    return NumpyCreation.zerosLike(POLICY, a, dtype, shape);
  }

  /** Returns ones like {@code a} (jnp.ones_like). */
  @Fn
  public Array onesLike(Array a, @Default("None") DType dtype, @Default("None") long[] shape) {
    return NumpyCreation.onesLike(POLICY, a, dtype, shape);
  }

  /** Returns {@code fillValue} in the shape of {@code a} (jnp.full_like). */
  @Fn
  public Array fullLike(
      Array a, Object fillValue, @Default("None") DType dtype, @Default("None") long[] shape) {
    return NumpyCreation.fullLike(POLICY, a, fillValue, dtype, shape);
  }

  /**
   * Returns evenly spaced values in [start, stop); int32 when all arguments are integers, float32
   * otherwise (jnp.arange). A null stop makes start the stop.
   */
  @Fn
  public Array arange(
      Number start,
      @Default("None") Number stop,
      @Default("None") Number step,
      @Default("None") DType dtype) {
    return NumpyCreation.arange(POLICY, start, stop, step, dtype);
  }

  /** Returns {@code num} evenly spaced float32 values from start to stop (jnp.linspace). */
  @Fn
  public Array linspace(
      Number start,
      Number stop,
      @Default("50") long num,
      @Default("True") boolean endpoint,
      @Default("False") boolean retstep,
      @Default("None") DType dtype,
      @Default("0") int axis) {
    // separate from numpy's body: numpy.linspace supports retstep and returns [y, step];
    // jnp.linspace here rejects retstep and axis
    if (retstep || axis != 0) {
      throw new IvyArgumentException(
          "numpy.linspace: retstep=True and axis != 0 are not supported; got retstep="
              + retstep
              + ", axis="
              + axis);
    }
    return canon(Creation.linspace(start, stop, num, dflt(dtype), endpoint));
  }

  /** Returns base ** linspace(start, stop, num) (jnp.logspace). */
  @Fn
  public Array logspace(
      Number start,
      Number stop,
      @Default("50") long num,
      @Default("True") boolean endpoint,
      @Default("10.0") double base,
      @Default("None") DType dtype) {
    // separate from numpy's body: jnp.logspace computes in float32 from a float32 base
    Array e = Creation.linspace(start, stop, num, DType.FLOAT32, endpoint);
    return Manipulation.astype(Elementwise.pow(JaxTypes.as(base, DType.FLOAT32), e), dflt(dtype));
  }

  /** Returns the n x m matrix with ones on diagonal k (jnp.eye). */
  @Fn
  public Array eye(
      @P("N") long n,
      @P("M") @Default("None") Long m,
      @Default("0") long k,
      @Default("None") DType dtype) {
    return NumpyCreation.eye(POLICY, n, m, k, dtype);
  }

  /** Returns the n x n identity (jnp.identity). */
  @Fn
  public Array identity(long n, @Default("None") DType dtype) {
    return NumpyCreation.eye(POLICY, n, null, 0, dtype);
  }

  /** Returns the n x m matrix with ones at and below diagonal k (jnp.tri). */
  @Fn
  public Array tri(
      @P("N") long n,
      @P("M") @Default("None") Long m,
      @Default("0") long k,
      @Default("None") DType dtype) {
    return NumpyCreation.tri(POLICY, n, m, k, dtype);
  }

  /** Returns the lower triangle at and below diagonal k (jnp.tril). */
  @Fn
  public Array tril(Array m, @Default("0") long k) {
    return NumpyCreation.tril(POLICY, m, k);
  }

  /** Returns the upper triangle at and above diagonal k (jnp.triu). */
  @Fn
  public Array triu(Array m, @Default("0") long k) {
    return NumpyCreation.triu(POLICY, m, k);
  }

  /**
   * Returns an array of {@code object}, converted to 32-bit types (jnp.array); arrays are
   * immutable, so {@code copy} makes no difference.
   */
  @Fn
  public Array array(Object object, @Default("None") DType dtype, @Default("True") boolean copy) {
    return NumpyCreation.asarray(POLICY, object, dtype);
  }

  /** Returns an array of {@code a}, converted to 32-bit types (jnp.asarray). */
  @Fn
  public Array asarray(Object a, @Default("None") DType dtype) {
    return NumpyCreation.asarray(POLICY, a, dtype);
  }

  /** Returns coordinate matrices from coordinate vectors (jnp.meshgrid). */
  public List<Array> meshgrid(List<Array> xi, MeshIndexing indexing) {
    return NumpyCreation.meshgrid(POLICY, xi, false, indexing);
  }

  /**
   * Returns coordinate grids of 1-d arrays, "xy" (Cartesian, the default) or "ij" (matrix) indexing
   * (jnp.meshgrid); {@code copy} and {@code sparse} are accepted, sparse grids are not supported.
   *
   * @throws IvyArgumentException if {@code sparse} is true
   */
  @Fn
  public List<Array> meshgrid(
      @Rest Array[] xi,
      @Default("True") boolean copy,
      @Default("False") boolean sparse,
      @Default("'xy'") MeshIndexing indexing) {
    return NumpyCreation.meshgrid(POLICY, List.of(xi), sparse, indexing);
  }

  /** Returns the k-th diagonal of a 2-d array, or a 2-d array with v on it (jnp.diag). */
  @Fn
  public Array diag(Array v, @Default("0") long k) {
    return NumpyCreation.diag(POLICY, v, k);
  }

  /** Returns a 2-d array with the flattened input on diagonal k (jnp.diagflat). */
  @Fn
  public Array diagflat(Array v, @Default("0") long k) {
    return NumpyCreation.diagflat(POLICY, v, k);
  }

  /** Returns the diagonal over axes axis1 and axis2, appended as the last axis (jnp.diagonal). */
  @Fn
  public Array diagonal(
      Array a, @Default("0") long offset, @Default("0") int axis1, @Default("1") int axis2) {
    return NumpyCreation.diagonal(POLICY, a, offset, axis1, axis2);
  }

  /** Returns the sum along the diagonal over axis1 and axis2 (jnp.trace). */
  @Fn
  public Array trace(
      Array a,
      @Default("0") long offset,
      @Default("0") int axis1,
      @Default("1") int axis2,
      @Default("None") DType dtype,
      @Default("None") Array out) {
    return NumpyCreation.trace(POLICY, a, offset, axis1, axis2, dtype, out);
  }

  // ---------------------------------------------------------------- manipulation

  /** Returns {@code a} with a new shape; one dimension may be -1 (jnp.reshape). */
  public Array reshape(Array a, long... shape) {
    return Manipulation.reshape(canon(a), shape);
  }

  /**
   * Returns {@code a} with a new shape; one dimension may be -1 (jnp.reshape); order 'C' or 'F'
   * (index order, first axis fastest).
   */
  @Fn
  public Array reshape(Array a, long[] shape, @Default("'C'") Order order) {
    return NumpyManipulation.reshape(
        POLICY, a, shape, Modes.accept("numpy.reshape", "order", order, Order.C, Order.F));
  }

  /** Returns the flattened array, order 'C' or 'F' (jnp.ravel). */
  @Fn
  public Array ravel(Array a, @Default("'C'") Order order) {
    return NumpyManipulation.ravel(
        POLICY, a, Modes.accept("numpy.ravel", "order", order, Order.C, Order.F));
  }

  /** Returns {@code a} with axes permuted; reversed when axes is null (jnp.transpose). */
  @Fn
  public Array transpose(Array a, @Default("None") int[] axes) {
    return NumpyManipulation.transpose(POLICY, a, axes);
  }

  /** Returns {@code a} with its axes permuted by {@code axes} (jnp.permute_dims). */
  @Fn
  public Array permuteDims(Array a, int[] axes) {
    return NumpyManipulation.transpose(POLICY, a, axes);
  }

  /** Returns the last two axes swapped (jnp.matrix_transpose). */
  @Fn
  public Array matrixTranspose(Array x) {
    return NumpyManipulation.matrixTranspose(POLICY, x);
  }

  /** Returns {@code a} with two axes swapped (jnp.swapaxes). */
  @Fn
  public Array swapaxes(Array a, int axis1, int axis2) {
    return NumpyManipulation.swapaxes(POLICY, a, axis1, axis2);
  }

  /** Returns {@code a} with axes moved from source to destination (jnp.moveaxis). */
  @Fn
  public Array moveaxis(Array a, int[] source, int[] destination) {
    return NumpyManipulation.moveaxis(POLICY, a, source, destination);
  }

  /** Returns {@code a} with size-1 axes inserted at {@code axis} (jnp.expand_dims). */
  @Fn
  public Array expandDims(Array a, int[] axis) {
    return NumpyManipulation.expandDims(POLICY, a, axis);
  }

  /** Returns {@code a} without size-1 axes (those in axis, or all when null) (jnp.squeeze). */
  @Fn
  public Array squeeze(Array a, @Default("None") int[] axis) {
    return NumpyManipulation.squeeze(POLICY, a, axis);
  }

  /**
   * Returns the arrays joined along an existing axis (flattened first when axis is null), promoted
   * on JAX's lattice (jnp.concatenate).
   */
  @Fn
  public Array concatenate(
      List<Array> arrays, @Default("0") Integer axis, @Default("None") DType dtype) {
    return NumpyManipulation.concatenate(POLICY, arrays, axis, null, dtype);
  }

  /** Returns the arrays joined along an existing axis (flattened first when null) (jnp.concat). */
  @Fn
  public Array concat(List<Array> arrays, @Default("0") Integer axis) {
    return NumpyManipulation.concatenate(POLICY, arrays, axis, null, null);
  }

  /** Returns the arrays joined along a new axis (jnp.stack). */
  @Fn
  public Array stack(
      List<Array> arrays,
      @Default("0") int axis,
      @Default("None") Array out,
      @Default("None") DType dtype) {
    return NumpyManipulation.stack(POLICY, arrays, axis, out, dtype);
  }

  /** Returns the arrays (at least 2-d) joined along axis 0 (jnp.vstack). */
  @Fn({"vstack", "row_stack"})
  public Array vstack(List<Array> tup) {
    return NumpyManipulation.vstack(POLICY, tup, null);
  }

  /** Returns the arrays joined along axis 1 (axis 0 for 1-d arrays) (jnp.hstack). */
  @Fn
  public Array hstack(List<Array> tup) {
    return NumpyManipulation.hstack(POLICY, tup, null);
  }

  /** Returns the arrays (at least 3-d) joined along axis 2 (jnp.dstack). */
  @Fn
  public Array dstack(List<Array> tup) {
    return NumpyManipulation.dstack(POLICY, tup);
  }

  /** Returns 1-d arrays as columns (and 2-d arrays as they are) joined along axis 1. */
  @Fn
  public Array columnStack(List<Array> tup) {
    return NumpyManipulation.columnStack(POLICY, tup);
  }

  private List<Array> atleast(List<Array> xs, int rank) {
    List<Array> r = new ArrayList<>();
    for (Array x : xs) {
      r.add(atleast(x, rank));
    }
    return r;
  }

  /** Returns each array with at least one dimension; one array alone (jnp.atleast_1d). */
  @Fn("atleast_1d")
  public Object atleast1d(Object... arys) {
    return NumpyManipulation.atleast(POLICY, Arrays.asList(arys), 1);
  }

  /** Returns each array with at least two dimensions; one array alone (jnp.atleast_2d). */
  @Fn("atleast_2d")
  public Object atleast2d(Object... arys) {
    return NumpyManipulation.atleast(POLICY, Arrays.asList(arys), 2);
  }

  /** Returns each array with at least three dimensions; one array alone (jnp.atleast_3d). */
  @Fn("atleast_3d")
  public Object atleast3d(Object... arys) {
    return NumpyManipulation.atleast(POLICY, Arrays.asList(arys), 3);
  }

  private Object atleastAll(Object[] arys, int rank) {
    List<Array> out = new ArrayList<>();
    for (Object x : arys) {
      out.add(atleast(JaxTypes.array(x), rank));
    }
    return out.size() == 1 ? out.get(0) : out;
  }

  /**
   * Returns {@code x} with at least {@code rank} dimensions: a 0-d array becomes (1,), (1, 1) or
   * (1, 1, 1); a 1-d (n,) becomes (1, n) or (1, n, 1); a 2-d (m, n) becomes (m, n, 1)
   * (jnp.atleast_1d/2d/3d).
   */
  public Array atleast(Array x, int rank) {
    Array c = canon(x);
    if (c.rank() >= rank) {
      return c;
    }
    if (c.rank() == 0) {
      long[] s = new long[rank];
      Arrays.fill(s, 1);
      return Manipulation.reshape(c, s);
    }
    if (c.rank() == 1) {
      long n = c.shape().dim(0);
      return rank == 2 ? Manipulation.reshape(c, 1, n) : Manipulation.reshape(c, 1, n, 1);
    }
    return Manipulation.expandDims(c, 2);
  }

  /**
   * Returns {@code ary} split along {@code axis}: an integer gives that many equal parts (raising
   * when they are not equal), a list gives the split indices (jnp.split).
   */
  @Fn
  public List<Array> split(Array ary, Object indicesOrSections, @Default("0") int axis) {
    return NumpyManipulation.split(POLICY, ary, indicesOrSections, axis);
  }

  /** Returns {@code ary} split like split, allowing unequal parts (jnp.array_split). */
  @Fn
  public List<Array> arraySplit(Array ary, Object indicesOrSections, @Default("0") int axis) {
    return NumpyManipulation.arraySplit(POLICY, ary, indicesOrSections, axis);
  }

  /** Returns {@code ary} split along axis 1 (axis 0 for 1-d) (jnp.hsplit). */
  @Fn
  public List<Array> hsplit(Array ary, Object indicesOrSections) {
    return NumpyManipulation.hsplit(POLICY, ary, indicesOrSections);
  }

  /** Returns {@code ary} split along axis 0 (jnp.vsplit). */
  @Fn
  public List<Array> vsplit(Array ary, Object indicesOrSections) {
    return NumpyManipulation.split(POLICY, ary, indicesOrSections, 0);
  }

  /** Returns {@code x} split into its slices along {@code axis} (jnp.unstack). */
  @Fn
  public List<Array> unstack(Array x, @Default("0") int axis) {
    // separate from numpy's body: numpy has no unstack before NumPy 2.1; kept with jax.numpy's
    // signature
    return Manipulation.unstack(canon(x), axis);
  }

  /** Returns {@code m} reversed along {@code axis} (all axes when null) (jnp.flip). */
  @Fn
  public Array flip(Array m, @Default("None") int[] axis) {
    return NumpyManipulation.flip(POLICY, m, axis);
  }

  /** Returns {@code m} reversed along axis 1 (jnp.fliplr). */
  @Fn
  public Array fliplr(Array m) {
    return NumpyManipulation.fliplr(POLICY, m);
  }

  /** Returns {@code m} reversed along axis 0 (jnp.flipud). */
  @Fn
  public Array flipud(Array m) {
    return NumpyManipulation.flipud(POLICY, m);
  }

  /** Returns {@code a} rolled by {@code shift} along {@code axis} (flattened when null). */
  @Fn
  public Array roll(Array a, long[] shift, @Default("None") int[] axis) {
    return NumpyManipulation.roll(POLICY, a, shift, axis);
  }

  /** Returns {@code m} rotated by 90 degrees k times in the plane of {@code axes} (jnp.rot90). */
  @Fn
  public Array rot90(Array m, @Default("1") long k, @Default("(0, 1)") int[] axes) {
    return NumpyManipulation.rot90(POLICY, m, k, axes);
  }

  /** Returns {@code array} broadcast to {@code shape} (jnp.broadcast_to). */
  @Fn
  public Array broadcastTo(Array array, long[] shape) {
    return NumpyManipulation.broadcastTo(POLICY, array, shape);
  }

  /** Returns the arrays broadcast against each other (jnp.broadcast_arrays). */
  @Fn
  public List<Array> broadcastArrays(Object... args) {
    // separate from numpy's body: jnp.broadcast_arrays takes array-likes as varargs; numpy takes
    // arrays and subok
    return Manipulation.broadcastArrays(arrays(args));
  }

  /** Returns {@code a} repeated {@code reps} times along each axis (jnp.tile). */
  @Fn
  public Array tile(@P("A") Array a, long[] reps) {
    return NumpyManipulation.tile(POLICY, a, reps);
  }

  /**
   * Returns each element repeated; {@code repeats} is an integer or an integer array, flattening
   * when axis is null (jnp.repeat).
   */
  @Fn
  public Array repeat(
      Array a,
      Object repeats,
      @Default("None") Integer axis,
      @Default("None") Long totalRepeatLength) {
    // separate from numpy's body: JAX adds total_repeat_length, checked against the result
    Array c = canon(a);
    Array out =
        repeats instanceof Number n
            ? Manipulation.repeat(c, n.longValue(), axis)
            : Manipulation.repeat(c, JaxTypes.array(repeats), axis);
    if (totalRepeatLength != null) {
      long got = axis == null ? out.size() : out.shape().dim(axis);
      if (totalRepeatLength != got) {
        throw new IvyArgumentException(
            "numpy.repeat: total_repeat_length must equal the repeated length ("
                + got
                + "); got "
                + totalRepeatLength);
      }
    }
    return out;
  }

  /**
   * Returns {@code array} padded by {@code padWidth} (an integer, a pair, or one pair per axis)
   * with mode "constant", "edge", "reflect", "symmetric" or "wrap" (jnp.pad).
   */
  @Fn
  public Array pad(
      Array array,
      Object padWidth,
      @Default("'constant'") PadMode mode,
      @Default("0") Object constantValues) {
    return NumpyManipulation.pad(POLICY, array, padWidth, mode, constantValues);
  }

  /**
   * Returns elements of {@code a} at {@code indices} along axis (flattened when null), jnp.take:
   * negative indices count from the end, and out-of-range indices follow {@code mode}: "fill" (the
   * default, null) gives {@code fillValue} (NaN for floats, the most negative value for signed
   * integers, the largest for unsigned, true for bool), "clip" clamps, "wrap" wraps around. {@code
   * uniqueIndices} and {@code indicesAreSorted} are hints and ignored.
   *
   * @throws IvyArgumentException for mode "raise" (unsupported by JAX) or an unknown mode
   */
  @Fn
  public Array take(
      Array a,
      Object indices,
      @Default("None") Integer axis,
      @Default("None") Array out,
      @Default("None") IndexMode mode,
      @Default("False") boolean uniqueIndices,
      @Default("False") boolean indicesAreSorted,
      @Default("None") Object fillValue) {
    // separate from numpy's body: JAX's out-of-range modes (fill with a fill value,
    // promise_in_bounds) differ from NumPy's raise/wrap/clip
    noOut("numpy.take", out);
    Array c = canon(a);
    Array i = JaxTypes.array(indices);
    if (axis == null) {
      c = Manipulation.reshape(c, -1);
      axis = 0;
    }
    return gather("take", c, i, axis, mode, fillValue, false);
  }

  /**
   * Returns values of {@code arr} picked by {@code indices} along {@code axis} (flattened when
   * null), with take's out-of-range modes (jnp.take_along_axis).
   */
  @Fn
  public Array takeAlongAxis(
      Array arr,
      Array indices,
      Integer axis,
      @Default("None") IndexMode mode,
      @Default("None") Object fillValue) {
    // separate from numpy's body: JAX's out-of-range modes (fill, clip, wrap) have no NumPy
    // counterpart
    Array c = canon(arr);
    Array i = canon(indices);
    if (axis == null) {
      c = Manipulation.reshape(c, -1);
      axis = 0;
    }
    return gather("take_along_axis", c, i, axis, mode, fillValue, true);
  }

  private static Array gather(
      String fn, Array x, Array idx, int axis, IndexMode mode, Object fillValue, boolean along) {
    if (!idx.dtype().isInteger()) {
      throw new IvyArgumentException(fn + ": indices must be integers; got " + idx.dtype());
    }
    if (x.rank() == 0) {
      throw new IvyArgumentException(fn + ": a must have rank >= 1; got shape ()");
    }
    int ax = axis < 0 ? axis + x.rank() : axis;
    if (ax < 0 || ax >= x.rank()) {
      throw new IvyArgumentException(
          fn + ": axis must be in [-" + x.rank() + ", " + x.rank() + "); got " + axis);
    }
    IndexMode m =
        mode == null
            ? IndexMode.FILL
            : Modes.accept(
                fn,
                "mode",
                mode,
                IndexMode.FILL,
                IndexMode.CLIP,
                IndexMode.WRAP,
                IndexMode.PROMISE_IN_BOUNDS);
    long n = x.shape().dim(ax);
    Array i = Manipulation.astype(idx, DType.INT32);
    Array valid = null;
    switch (m) {
      case WRAP -> i = n == 0 ? i : Elementwise.remainder(i, (long) n);
      default -> {
        i = Elementwise.where(Elementwise.less(i, 0), Elementwise.add(i, (long) n), i);
        if (m == IndexMode.FILL) {
          valid = Elementwise.logicalAnd(Elementwise.greaterEqual(i, 0), Elementwise.less(i, n));
        }
        i = Elementwise.clip(i, 0L, Math.max(n - 1, 0));
      }
    }
    if (n == 0) {
      if (i.size() > 0) {
        throw new IvyArgumentException(
            fn + ": cannot take non-empty indices from an empty axis; got shape " + x.shape());
      }
      long[] s = along ? outShapeAlong(x, i, ax) : outShape(x, i, ax);
      return Creation.zeros(Shape.of(s), x.dtype());
    }
    Array r = along ? Searching.takeAlongAxis(x, i, ax) : Indexing.take(x, i, ax);
    if (valid == null) {
      return r;
    }
    Array mask = valid;
    if (!along) {
      long[] ms = new long[r.rank()];
      Arrays.fill(ms, 1);
      for (int d = 0; d < valid.rank(); d++) {
        ms[ax + d] = valid.shape().dim(d);
      }
      mask = Manipulation.reshape(valid, ms);
    }
    Object fill = fillValue != null ? fillValue : defaultFill(x.dtype());
    return Elementwise.where(mask, r, JaxTypes.as(fill, x.dtype()));
  }

  private static long[] outShape(Array x, Array i, int ax) {
    long[] s = new long[x.rank() - 1 + i.rank()];
    int k = 0;
    for (int d = 0; d < ax; d++) {
      s[k++] = x.shape().dim(d);
    }
    for (int d = 0; d < i.rank(); d++) {
      s[k++] = i.shape().dim(d);
    }
    for (int d = ax + 1; d < x.rank(); d++) {
      s[k++] = x.shape().dim(d);
    }
    return s;
  }

  private static long[] outShapeAlong(Array x, Array i, int ax) {
    long[] s = x.shape().dims();
    s[ax] = i.shape().dim(ax);
    return s;
  }

  private static Object defaultFill(DType d) {
    if (d.isFloating()) {
      return Double.NaN;
    }
    if (d.isBool()) {
      return true;
    }
    dev.ivy.ops.DTypeInfo.IInfo info = dev.ivy.ops.DTypeInfo.iinfo(d);
    return d.isSigned() ? info.min() : info.max();
  }

  /** Returns the n-th discrete difference along axis, with optional prepend/append (jnp.diff). */
  @Fn
  public Array diff(
      Array a,
      @Default("1") int n,
      @Default("-1") int axis,
      @Default("None") Object prepend,
      @Default("None") Object append) {
    return NumpyManipulation.diff(POLICY, a, n, axis, prepend, append);
  }

  /** Returns the differences of consecutive elements of the flattened array (jnp.ediff1d). */
  @Fn
  public Array ediff1d(Array ary) {
    // separate from numpy's body: jnp.ediff1d without to_end/to_begin; numpy's is not declared
    return Manipulation.diff(ravel(ary), 1, 0);
  }

  /** Returns {@code values} appended to {@code arr} (both flattened when axis is null). */
  @Fn
  public Array append(Array arr, Object values, @Default("None") Integer axis) {
    return NumpyManipulation.append(POLICY, arr, values, axis);
  }

  // ---------------------------------------------------------------- reductions

  /**
   * Returns the sum over axis (all axes when null); bool and small integers accumulate in int32
   * (jnp.sum).
   */
  @Fn
  public Array sum(
      Array a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.sum(POLICY, a, axis, dtype, out, keepdims);
  }

  /** Returns the product over axis (jnp.prod). */
  @Fn
  public Array prod(
      Array a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.prod(POLICY, a, axis, dtype, out, keepdims);
  }

  /** Returns the mean over axis, float32 for integers (jnp.mean). */
  @Fn
  public Array mean(
      Array a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.mean(POLICY, a, axis, dtype, out, keepdims);
  }

  /** Returns the maximum over axis; raises for an empty reduction (jnp.max, jnp.amax). */
  @Fn({"max", "amax"})
  public Array max(
      Array a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.max(POLICY, a, axis, out, keepdims);
  }

  /** Returns the minimum over axis; raises for an empty reduction (jnp.min, jnp.amin). */
  @Fn({"min", "amin"})
  public Array min(
      Array a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.min(POLICY, a, axis, out, keepdims);
  }

  /** Returns max - min over axis (jnp.ptp). */
  @Fn
  public Array ptp(
      Array a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.ptp(POLICY, a, axis, out, keepdims);
  }

  /** Returns whether all elements over axis are true (jnp.all). */
  @Fn
  public Array all(
      Array a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.all(POLICY, a, axis, out, keepdims);
  }

  /** Returns whether any element over axis is true (jnp.any). */
  @Fn
  public Array any(
      Array a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.any(POLICY, a, axis, out, keepdims);
  }

  /** Returns the variance with {@code ddof} degrees of freedom removed (jnp.var). */
  @Fn
  public Array var(
      Array a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("0") double ddof,
      @Default("False") boolean keepdims,
      @Default("None") Double correction) {
    return NumpyReductions.var(
        POLICY, a, axis, dtype, out, correction == null ? ddof : correction, keepdims);
  }

  /** Returns the standard deviation with {@code ddof} degrees of freedom removed (jnp.std). */
  @Fn
  public Array std(
      Array a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("0") double ddof,
      @Default("False") boolean keepdims,
      @Default("None") Double correction) {
    return NumpyReductions.std(
        POLICY, a, axis, dtype, out, correction == null ? ddof : correction, keepdims);
  }

  /** Returns the int32 index of the maximum (flattened when axis is null) (jnp.argmax). */
  @Fn
  public Array argmax(
      Array a,
      @Default("None") Integer axis,
      @Default("None") Array out,
      @Default("None") Boolean keepdims) {
    return NumpyReductions.argmax(POLICY, a, axis, out, keepdims != null && keepdims);
  }

  /** Returns the int32 index of the minimum (flattened when axis is null) (jnp.argmin). */
  @Fn
  public Array argmin(
      Array a,
      @Default("None") Integer axis,
      @Default("None") Array out,
      @Default("None") Boolean keepdims) {
    return NumpyReductions.argmin(POLICY, a, axis, out, keepdims != null && keepdims);
  }

  /**
   * Returns the median over axis, float32 for integers (jnp.median); {@code overwriteInput} is
   * ignored.
   */
  @Fn
  public Array median(
      Array a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean overwriteInput,
      @Default("False") boolean keepdims) {
    return NumpyReductions.median(POLICY, a, axis, out, keepdims);
  }

  /** Returns the q-th quantiles, q in [0, 1] (jnp.quantile); {@code overwriteInput} is ignored. */
  @Fn
  public Array quantile(
      Array a,
      Object q,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean overwriteInput,
      @Default("'linear'") QuantileMethod method,
      @Default("False") boolean keepdims) {
    // separate from numpy's body: JAX canonicalizes q to float32 and does not promote the data
    // with an array q, where NumPy promotes them together
    noOut("numpy.quantile", out);
    Object qq = q instanceof Number ? q : JaxTypes.array(q);
    QuantileMethod m =
        dev.ivy.ops.Checks.given("numpy.quantile", "method", method, QuantileMethod.class);
    return canon(Extras.quantile(toFloat(a), qq, axis, keepdims, m.lower()));
  }

  /**
   * Returns the q-th percentiles, q in [0, 100] (jnp.percentile); {@code overwriteInput} is
   * ignored.
   */
  @Fn
  public Array percentile(
      Array a,
      Object q,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean overwriteInput,
      @Default("'linear'") QuantileMethod method,
      @Default("False") boolean keepdims) {
    // separate from numpy's body: JAX canonicalizes q to float32 and does not promote the data
    // with an array q, where NumPy promotes them together
    noOut("numpy.percentile", out);
    Object qq =
        q instanceof Number n
            ? (Object) (n.doubleValue() / 100.0)
            : Elementwise.divide(toFloat(JaxTypes.array(q)), 100.0);
    return quantile(a, qq, axis, null, false, method, keepdims);
  }

  /** Returns the sum treating NaN as zero (jnp.nansum). */
  @Fn
  public Array nansum(
      Array a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nansum(POLICY, a, axis, dtype, out, keepdims);
  }

  /**
   * Returns the mean ignoring NaN, float32 for integers (jnp.nanmean); {@code dtype} is ignored.
   */
  @Fn
  public Array nanmean(
      Array a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanmean(POLICY, a, axis, dtype, out, keepdims);
  }

  /** Returns the maximum ignoring NaN (NaN only where a slice is all NaN) (jnp.nanmax). */
  @Fn
  public Array nanmax(
      Array a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanmax(POLICY, a, axis, out, keepdims);
  }

  /** Returns the minimum ignoring NaN (jnp.nanmin). */
  @Fn
  public Array nanmin(
      Array a,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanmin(POLICY, a, axis, out, keepdims);
  }

  /** Returns the number of nonzero elements over axis, int32 (jnp.count_nonzero). */
  @Fn
  public Array countNonzero(
      Array a, @Default("None") int[] axis, @Default("False") boolean keepdims) {
    return NumpyReductions.countNonzero(POLICY, a, axis, keepdims);
  }

  /**
   * Returns the (optionally weighted) average over axis (jnp.average); {@code returned} is ignored
   * (the sum of the weights is not returned).
   */
  @Fn
  public Array average(
      Array a,
      @Default("None") int[] axis,
      @Default("None") Array weights,
      @Default("False") boolean returned,
      @Default("False") boolean keepdims) {
    // separate from numpy's body: jnp.average promotes weights on JAX's lattice and has no returned
    // list
    if (weights == null) {
      return mean(a, axis, null, null, keepdims);
    }
    Array x = toFloat(a);
    Array w = JaxTypes.as(canon(weights), JaxTypes.promote(x.dtype(), canon(weights).dtype()));
    if (axis != null && axis.length == 1 && w.rank() == 1 && x.rank() > 1) {
      long[] s = new long[x.rank()];
      Arrays.fill(s, 1);
      int ax = axis[0] < 0 ? axis[0] + x.rank() : axis[0];
      s[ax] = w.shape().dim(0);
      w = Manipulation.reshape(w, s);
    }
    Array num = Reductions.sum(Elementwise.multiply(x, w), axis, keepdims, null);
    Array den =
        Reductions.sum(
            Manipulation.broadcastTo(w, Shape.of(x.shape().dims())), axis, keepdims, null);
    return canon(Elementwise.divide(num, den));
  }

  /** Returns the cumulative sum along axis (flattened when null) (jnp.cumsum). */
  @Fn
  public Array cumsum(
      Array a,
      @Default("None") Integer axis,
      @Default("None") DType dtype,
      @Default("None") Array out) {
    return NumpyReductions.cumsum(POLICY, a, axis, dtype, out);
  }

  /** Returns the cumulative product along axis (flattened when null) (jnp.cumprod). */
  @Fn
  public Array cumprod(
      Array a,
      @Default("None") Integer axis,
      @Default("None") DType dtype,
      @Default("None") Array out) {
    return NumpyReductions.cumprod(POLICY, a, axis, dtype, out);
  }

  /** Returns the cumulative sum, optionally with a leading zero (jnp.cumulative_sum). */
  @Fn
  public Array cumulativeSum(
      Array x,
      @Default("None") Integer axis,
      @Default("None") DType dtype,
      @Default("False") boolean includeInitial) {
    return NumpyReductions.cumulativeSum(POLICY, x, axis, dtype, null, includeInitial);
  }

  // ---------------------------------------------------------------- linear algebra

  /** Returns the matrix product with broadcasting (jnp.matmul). */
  @Fn
  public Array matmul(Array a, Array b) {
    return NumpyProducts.matmul(POLICY, a, b, null);
  }

  /**
   * Returns the dot product: scalars multiply, 1-d with 1-d is the inner product, otherwise a sum
   * over the last axis of a and the second-to-last of b (the last when b is 1-d) (jnp.dot).
   */
  @Fn
  public Array dot(Array a, Array b) {
    return NumpyProducts.dot(POLICY, a, b, null);
  }

  /** Returns the sum over the last axes of a and b (jnp.inner). */
  @Fn
  public Array inner(Array a, Array b) {
    return NumpyProducts.inner(POLICY, a, b);
  }

  /** Returns the dot product of the flattened arrays (jnp.vdot). */
  @Fn
  public Array vdot(Array a, Array b) {
    return NumpyProducts.vdot(POLICY, a, b);
  }

  /** Returns the outer product of the flattened arrays (jnp.outer). */
  @Fn
  public Array outer(Array a, Array b, @Default("None") Array out) {
    return NumpyProducts.outer(POLICY, a, b, out);
  }

  /** Returns the tensor contraction over the last n axes of a and first n of b. */
  public Array tensordot(Array a, Array b, int axes) {
    Object[] p = promoted(a, b);
    return canon(Linalg.tensordot((Array) p[0], (Array) p[1], axes));
  }

  /** Returns the tensor contraction over the given axis pairs (jnp.tensordot). */
  public Array tensordot(Array a, Array b, int[] aAxes, int[] bAxes) {
    Object[] p = promoted(a, b);
    return canon(Linalg.tensordot((Array) p[0], (Array) p[1], aAxes, bAxes));
  }

  /**
   * Returns the tensor product over the last {@code axes} axes of a and the first of b, or over the
   * axes of a pair of axis sequences (jnp.tensordot).
   *
   * @param axes an integer or a pair of axis sequences (or of single axes)
   * @throws IvyArgumentException if axes is neither
   */
  @Fn
  public Array tensordot(Array a, Array b, @Default("2") Object axes) {
    return NumpyProducts.tensordot(POLICY, a, b, axes);
  }

  /** Returns the Einstein summation of the operands (jnp.einsum). */
  @Fn
  public Array einsum(String subscripts, Object... operands) {
    return NumpyProducts.einsum(POLICY, subscripts, Arrays.asList(operands));
  }

  /** Returns the Kronecker product (jnp.kron). */
  @Fn
  public Array kron(Array a, Array b) {
    return NumpyProducts.kron(POLICY, a, b);
  }

  /** Returns the cross product of 3-vectors along axis (jnp.cross). */
  @Fn
  public Array cross(Array a, Array b, @Default("-1") int axis) {
    return NumpyProducts.cross(POLICY, a, b, axis);
  }

  // ---------------------------------------------------------------- sorting, searching, sets

  /**
   * Returns {@code a} sorted along axis (flattened when null); NaN last (jnp.sort); the sort is
   * stable, and {@code kind}, {@code order} and {@code stable} are ignored.
   */
  @Fn
  public Array sort(
      Array a,
      @Default("-1") Integer axis,
      @Default("None") SortKind kind,
      @Default("None") Object order,
      @Default("True") boolean stable,
      @Default("False") boolean descending) {
    return NumpySorting.sort(POLICY, a, axis, descending);
  }

  /**
   * Returns the int32 indices that sort {@code a} along axis (jnp.argsort); the sort is stable, and
   * {@code kind}, {@code order} and {@code stable} are ignored.
   */
  @Fn
  public Array argsort(
      Array a,
      @Default("-1") Integer axis,
      @Default("None") SortKind kind,
      @Default("None") Object order,
      @Default("True") boolean stable,
      @Default("False") boolean descending) {
    return NumpySorting.argsort(POLICY, a, axis, descending);
  }

  /** Returns the int32 insertion indices of v into the sorted 1-d a (jnp.searchsorted). */
  @Fn
  public Array searchsorted(
      Array a, Object v, @Default("'left'") Side side, @Default("None") Array sorter) {
    return NumpySorting.searchsorted(POLICY, a, v, side, sorter);
  }

  /** Returns the int32 indices of the nonzero elements, one array per axis (jnp.nonzero). */
  @Fn
  public List<Array> nonzero(Array a) {
    return NumpySorting.nonzero(POLICY, a);
  }

  /** Returns the int32 indices of nonzero elements as a (count, ndim) array (jnp.argwhere). */
  @Fn
  public Array argwhere(Array a) {
    return NumpySorting.argwhere(POLICY, a);
  }

  /** Returns the int32 indices of nonzero elements of the flattened array (jnp.flatnonzero). */
  @Fn
  public Array flatnonzero(Array a) {
    return NumpySorting.flatnonzero(POLICY, a);
  }

  /**
   * Returns the sorted unique values of the flattened array, and with the flags the int32 indices
   * of first occurrences, the inverse indices and the counts (jnp.unique).
   */
  @Fn
  public Object unique(
      Array ar,
      @Default("False") boolean returnIndex,
      @Default("False") boolean returnInverse,
      @Default("False") boolean returnCounts,
      @Default("None") Integer axis) {
    return NumpySorting.unique(POLICY, ar, returnIndex, returnInverse, returnCounts, axis);
  }

  // ---------------------------------------------------------------- dtypes

  /** Returns {@code x} cast to {@code dtype} (64-bit types become 32-bit) (jnp.astype). */
  @Fn
  public Array astype(Array x, DType dtype) {
    // separate from numpy's body: jnp.astype casts to the canonical (32-bit) dtype; numpy.astype
    // takes copy
    return Manipulation.astype(canon(x), canon(dtype));
  }

  /** Returns the dtype that the arrays, dtypes and scalars promote to (jnp.result_type). */
  @Fn
  public DType resultType(Object... args) {
    return NumpyDTypeFunctions.resultType(POLICY, args);
  }

  /** Returns the dtype JAX promotes {@code a} and {@code b} to (jnp.promote_types). */
  @Fn
  public DType promoteTypes(DType a, DType b) {
    return NumpyDTypeFunctions.promoteTypes(POLICY, a, b);
  }

  /** Returns whether {@code from} casts to {@code to} without loss (jnp.can_cast, "safe"). */
  @Fn
  public boolean canCast(@P("from_") Object from, DType to) {
    return NumpyDTypeFunctions.canCast(POLICY, from, to);
  }

  // ------------------------------------------------------------------ NumPy's functions, JAX's
  // dtypes

  private static Array in(Array x) {
    return x == null ? null : canon(x);
  }

  /** Returns numpy.angle's result in JAX's 32-bit dtypes (jax.numpy.angle). */
  @Fn
  public Array angle(Array z, @Default("False") boolean deg) {
    return canon(NumpyFrontend.angle(in(z), deg));
  }

  /** Returns numpy.array_equiv's result in JAX's 32-bit dtypes (jax.numpy.array_equiv). */
  @Fn
  public boolean arrayEquiv(Array a1, Array a2) {
    return NumpyFrontend.arrayEquiv(in(a1), in(a2));
  }

  /** Returns numpy.bincount's result in JAX's 32-bit dtypes (jax.numpy.bincount). */
  @Fn
  public Array bincount(
      @Operand Object x, @Default("None") Array weights, @Default("0") long minlength) {
    return canon(NumpyFrontend.bincount(x, in(weights), minlength));
  }

  /**
   * Returns numpy.broadcast_shapes's result in JAX's 32-bit dtypes (jax.numpy.broadcast_shapes).
   */
  @Fn
  public List<Long> broadcastShapes(Object... args) {
    return NumpyFrontend.broadcastShapes(args);
  }

  /** Returns numpy.choose's result in JAX's 32-bit dtypes (jax.numpy.choose). */
  @Fn
  public Array choose(
      Array a,
      List<Array> choices,
      @Default("None") Array out,
      @Default("'raise'") IndexMode mode) {
    return canon(NumpyFrontend.choose(in(a), choices, in(out), mode));
  }

  /** Returns numpy.compress's result in JAX's 32-bit dtypes (jax.numpy.compress). */
  @Fn
  public Array compress(Array condition, Array a, @Default("None") Integer axis) {
    return NumpySorting.compress(POLICY, condition, a, axis);
  }

  /** Returns numpy.convolve's result in JAX's 32-bit dtypes (jax.numpy.convolve). */
  @Fn
  public Array convolve(
      @Operand Object a, @Operand Object v, @Default("'full'") ConvolveMode mode) {
    return NumpyProducts.convolve(POLICY, a, v, mode);
  }

  /** Returns numpy.copy's result in JAX's 32-bit dtypes (jax.numpy.copy). */
  @Fn
  public Array copy(Object a, @Default("'K'") Order order, @Default("False") boolean subok) {
    return NumpyCreation.asarray(POLICY, a, null);
  }

  /** Returns numpy.corrcoef's result in JAX's 32-bit dtypes (jax.numpy.corrcoef). */
  @Fn
  public Array corrcoef(
      @Operand Object x, @Default("None") Array y, @Default("True") boolean rowvar) {
    return canon(NumpyFrontend.corrcoef(x, in(y), rowvar));
  }

  /** Returns numpy.correlate's result in JAX's 32-bit dtypes (jax.numpy.correlate). */
  @Fn
  public Array correlate(
      @Operand Object a, @Operand Object v, @Default("'valid'") ConvolveMode mode) {
    return NumpyProducts.correlate(POLICY, a, v, mode);
  }

  /** Returns numpy.cov's result in JAX's 32-bit dtypes (jax.numpy.cov). */
  @Fn
  public Array cov(
      @Operand Object m,
      @Default("None") Array y,
      @Default("True") boolean rowvar,
      @Default("False") boolean bias,
      @Default("None") Long ddof) {
    return canon(NumpyFrontend.cov(m, in(y), rowvar, bias, ddof));
  }

  /** Returns numpy.cumulative_prod's result in JAX's 32-bit dtypes (jax.numpy.cumulative_prod). */
  @Fn
  public Array cumulativeProd(
      Array x,
      @Default("None") Integer axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean includeInitial) {
    return NumpyReductions.cumulativeProd(POLICY, x, axis, dtype, out, includeInitial);
  }

  /** Returns numpy.delete's result in JAX's 32-bit dtypes (jax.numpy.delete). */
  @Fn
  public Array delete(Array arr, Object obj, @Default("None") Integer axis) {
    return canon(NumpyFrontend.delete(in(arr), obj, axis));
  }

  /** Returns numpy.diag_indices's result in JAX's 32-bit dtypes (jax.numpy.diag_indices). */
  @Fn
  public List<Array> diagIndices(long n, @Default("2") long ndim) {
    return NumpyCreation.diagIndices(POLICY, n, ndim);
  }

  /** Returns numpy.digitize's result in JAX's 32-bit dtypes (jax.numpy.digitize). */
  @Fn
  public Array digitize(@Operand Object x, @Operand Object bins, @Default("False") boolean right) {
    return canon(NumpyFrontend.digitize(x, bins, right));
  }

  /** Returns numpy.dsplit's result in JAX's 32-bit dtypes (jax.numpy.dsplit). */
  @Fn
  public List<Array> dsplit(Array ary, Object indicesOrSections) {
    return NumpyManipulation.split(POLICY, ary, indicesOrSections, 2);
  }

  /** Returns numpy.extract's result in JAX's 32-bit dtypes (jax.numpy.extract). */
  @Fn
  public Array extract(Array condition, Array arr) {
    return NumpySorting.extract(POLICY, condition, arr);
  }

  /** Returns numpy.gcd's result in JAX's 32-bit dtypes (jax.numpy.gcd). */
  @Fn
  public Array gcd(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.gcd(POLICY, x1, x2, out);
  }

  /** Returns numpy.geomspace's result in JAX's 32-bit dtypes (jax.numpy.geomspace). */
  @Fn
  public Array geomspace(
      double start,
      double stop,
      @Default("50") long num,
      @Default("True") boolean endpoint,
      @Default("None") DType dtype,
      @Default("0") int axis) {
    return canon(NumpyFrontend.geomspace(start, stop, num, endpoint, dtype, axis));
  }

  /**
   * Returns numpy.histogram_bin_edges's result in JAX's 32-bit dtypes
   * (jax.numpy.histogram_bin_edges).
   */
  @Fn
  public Array histogramBinEdges(
      Array a,
      @Default("10") long bins,
      @Default("None") double[] range,
      @Default("None") Array weights) {
    return canon(NumpyFrontend.histogramBinEdges(in(a), bins, range, in(weights)));
  }

  /** Returns numpy.indices's result in JAX's 32-bit dtypes (jax.numpy.indices). */
  @Fn
  public Array indices(long[] dimensions, @Default("'int64'") DType dtype) {
    return NumpyCreation.indices(POLICY, dimensions, dtype);
  }

  /** Returns numpy.insert's result in JAX's 32-bit dtypes (jax.numpy.insert). */
  @Fn
  public Array insert(Array arr, Object obj, Array values, @Default("None") Integer axis) {
    return canon(NumpyFrontend.insert(in(arr), obj, in(values), axis));
  }

  /** Returns numpy.interp's result in JAX's 32-bit dtypes (jax.numpy.interp). */
  @Fn
  public Array interp(
      @Operand Object x,
      @Operand Object xp,
      @Operand Object fp,
      @Default("None") Number left,
      @Default("None") Number right,
      @Default("None") Number period) {
    return canon(NumpyFrontend.interp(x, xp, fp, left, right, period));
  }

  /** Returns numpy.intersect1d's result in JAX's 32-bit dtypes (jax.numpy.intersect1d). */
  @Fn
  public Array intersect1d(Array ar1, Array ar2, @Default("False") boolean assumeUnique) {
    return canon(NumpyFrontend.intersect1d(in(ar1), in(ar2), assumeUnique));
  }

  /** Returns numpy.iscomplex's result in JAX's 32-bit dtypes (jax.numpy.iscomplex). */
  @Fn
  public Array iscomplex(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.iscomplex(POLICY, x, out);
  }

  /** Returns numpy.isin's result in JAX's 32-bit dtypes (jax.numpy.isin). */
  @Fn
  public Array isin(
      @Operand Object element,
      @Operand Object testElements,
      @Default("False") boolean assumeUnique,
      @Default("False") boolean invert) {
    return canon(NumpyFrontend.isin(element, testElements, assumeUnique, invert));
  }

  /** Returns numpy.isreal's result in JAX's 32-bit dtypes (jax.numpy.isreal). */
  @Fn
  public Array isreal(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.isreal(POLICY, x, out);
  }

  /** Returns numpy.lcm's result in JAX's 32-bit dtypes (jax.numpy.lcm). */
  @Fn
  public Array lcm(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.lcm(POLICY, x1, x2, out);
  }

  /** Returns numpy.ldexp's result in JAX's 32-bit dtypes (jax.numpy.ldexp). */
  @Fn
  public Array ldexp(@Operand Object x1, @Operand Object x2, @Default("None") Array out) {
    return NumpyUfuncs.ldexp(POLICY, x1, x2, out);
  }

  /** Returns numpy.matvec's result in JAX's 32-bit dtypes (jax.numpy.matvec). */
  @Fn
  public Array matvec(Array x1, Array x2) {
    return NumpyProducts.matvec(POLICY, x1, x2);
  }

  /** Returns numpy.modf's result in JAX's 32-bit dtypes (jax.numpy.modf). */
  @Fn
  public List<Array> modf(Array x) {
    return NumpyUfuncs.modf(POLICY, x);
  }

  /** Returns numpy.nanargmax's result in JAX's 32-bit dtypes (jax.numpy.nanargmax). */
  @Fn
  public Array nanargmax(
      Array a,
      @Default("None") Integer axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanargmax(POLICY, a, axis, out, keepdims);
  }

  /** Returns numpy.nanargmin's result in JAX's 32-bit dtypes (jax.numpy.nanargmin). */
  @Fn
  public Array nanargmin(
      Array a,
      @Default("None") Integer axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanargmin(POLICY, a, axis, out, keepdims);
  }

  /** Returns numpy.nancumprod's result in JAX's 32-bit dtypes (jax.numpy.nancumprod). */
  @Fn
  public Array nancumprod(
      Array a,
      @Default("None") Integer axis,
      @Default("None") DType dtype,
      @Default("None") Array out) {
    return NumpyReductions.nancumprod(POLICY, a, axis, dtype, out);
  }

  /** Returns numpy.nancumsum's result in JAX's 32-bit dtypes (jax.numpy.nancumsum). */
  @Fn
  public Array nancumsum(
      Array a,
      @Default("None") Integer axis,
      @Default("None") DType dtype,
      @Default("None") Array out) {
    return NumpyReductions.nancumsum(POLICY, a, axis, dtype, out);
  }

  /** Returns numpy.nanprod's result in JAX's 32-bit dtypes (jax.numpy.nanprod). */
  @Fn
  public Array nanprod(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanprod(POLICY, a, axis, dtype, out, keepdims);
  }

  /** Returns numpy.nanstd's result in JAX's 32-bit dtypes (jax.numpy.nanstd). */
  @Fn
  public Array nanstd(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("0") double ddof,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanstd(POLICY, a, axis, dtype, out, ddof, keepdims);
  }

  /** Returns numpy.nanvar's result in JAX's 32-bit dtypes (jax.numpy.nanvar). */
  @Fn
  public Array nanvar(
      @Operand Object a,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Array out,
      @Default("0") double ddof,
      @Default("False") boolean keepdims) {
    return NumpyReductions.nanvar(POLICY, a, axis, dtype, out, ddof, keepdims);
  }

  /** Returns numpy.ndim's result in JAX's 32-bit dtypes (jax.numpy.ndim). */
  @Fn
  public long ndim(Array a) {
    return NumpyFrontend.ndim(in(a));
  }

  /** Returns numpy.polyadd's result in JAX's 32-bit dtypes (jax.numpy.polyadd). */
  @Fn
  public Array polyadd(Array a1, Array a2) {
    return NumpyProducts.polyadd(POLICY, a1, a2);
  }

  /** Returns numpy.polyder's result in JAX's 32-bit dtypes (jax.numpy.polyder). */
  @Fn
  public Array polyder(Array p, @Default("1") long m) {
    return canon(NumpyFrontend.polyder(in(p), m));
  }

  /** Returns numpy.polymul's result in JAX's 32-bit dtypes (jax.numpy.polymul). */
  @Fn
  public Array polymul(Array a1, Array a2) {
    return NumpyProducts.polymul(POLICY, a1, a2);
  }

  /** Returns numpy.polyval's result in JAX's 32-bit dtypes (jax.numpy.polyval). */
  @Fn
  public Array polyval(Array p, @Operand Object x) {
    return NumpyProducts.polyval(POLICY, p, x);
  }

  /**
   * Returns numpy.ravel_multi_index's result in JAX's 32-bit dtypes (jax.numpy.ravel_multi_index).
   */
  @Fn
  public Array ravelMultiIndex(
      List<Array> multiIndex,
      long[] dims,
      @Default("'raise'") IndexMode mode,
      @Default("'C'") Order order) {
    return canon(NumpyFrontend.ravelMultiIndex(multiIndex, dims, mode, order));
  }

  /** Returns numpy.resize's result in JAX's 32-bit dtypes (jax.numpy.resize). */
  @Fn
  public Array resize(Array a, long[] newShape) {
    return canon(NumpyFrontend.resize(in(a), newShape));
  }

  /** Returns numpy.rollaxis's result in JAX's 32-bit dtypes (jax.numpy.rollaxis). */
  @Fn
  public Array rollaxis(Array a, int axis, @Default("0") int start) {
    return NumpyManipulation.rollaxis(POLICY, a, axis, start);
  }

  /** Returns numpy.select's result in JAX's 32-bit dtypes (jax.numpy.select). */
  @Fn
  public Array select(
      List<Array> condlist,
      List<Array> choicelist,
      @P("default") @Operand @Default("0") Object dflt) {
    return canon(NumpyFrontend.select(condlist, choicelist, dflt));
  }

  /** Returns numpy.setdiff1d's result in JAX's 32-bit dtypes (jax.numpy.setdiff1d). */
  @Fn
  public Array setdiff1d(Array ar1, Array ar2, @Default("False") boolean assumeUnique) {
    return canon(NumpyFrontend.setdiff1d(in(ar1), in(ar2), assumeUnique));
  }

  /** Returns numpy.shape's result in JAX's 32-bit dtypes (jax.numpy.shape). */
  @Fn
  public List<Long> shape(Array a) {
    return NumpyFrontend.shape(in(a));
  }

  /** Returns numpy.size's result in JAX's 32-bit dtypes (jax.numpy.size). */
  @Fn
  public long size(Array a) {
    return NumpyFrontend.size(in(a));
  }

  /** Returns numpy.spacing's result in JAX's 32-bit dtypes (jax.numpy.spacing). */
  @Fn
  public Array spacing(@Operand Object x, @Default("None") Array out) {
    return NumpyUfuncs.spacing(POLICY, x, out);
  }

  /** Returns numpy.trapezoid's result in JAX's 32-bit dtypes (jax.numpy.trapezoid). */
  @Fn
  public Array trapezoid(
      Array y, @Default("None") Array x, @Default("1.0") double dx, @Default("-1") int axis) {
    return canon(NumpyFrontend.trapezoid(in(y), in(x), dx, axis));
  }

  /** Returns numpy.tril_indices's result in JAX's 32-bit dtypes (jax.numpy.tril_indices). */
  @Fn
  public List<Array> trilIndices(long n, @Default("0") long k, @Default("None") Long m) {
    return NumpyCreation.trilIndices(POLICY, n, k, m);
  }

  /** Returns numpy.trim_zeros's result in JAX's 32-bit dtypes (jax.numpy.trim_zeros). */
  @Fn
  public Array trimZeros(Array filt, @Default("'fb'") dev.ivy.frontend.numpy.Trim trim) {
    return canon(NumpyFrontend.trimZeros(in(filt), trim));
  }

  /** Returns numpy.triu_indices's result in JAX's 32-bit dtypes (jax.numpy.triu_indices). */
  @Fn
  public List<Array> triuIndices(long n, @Default("0") long k, @Default("None") Long m) {
    return NumpyCreation.triuIndices(POLICY, n, k, m);
  }

  /** Returns numpy.union1d's result in JAX's 32-bit dtypes (jax.numpy.union1d). */
  @Fn
  public Array union1d(Array ar1, Array ar2) {
    return canon(NumpyFrontend.union1d(in(ar1), in(ar2)));
  }

  /** Returns numpy.unique_values's result in JAX's 32-bit dtypes (jax.numpy.unique_values). */
  @Fn
  public Array uniqueValues(Array x) {
    return canon(NumpyFrontend.uniqueValues(in(x)));
  }

  /** Returns numpy.unravel_index's result in JAX's 32-bit dtypes (jax.numpy.unravel_index). */
  @Fn
  public List<Array> unravelIndex(Array indices, long[] shape, @Default("'C'") Order order) {
    return JaxTypes.canon(NumpyFrontend.unravelIndex(in(indices), shape, order));
  }

  /** Returns numpy.vander's result in JAX's 32-bit dtypes (jax.numpy.vander). */
  @Fn
  public Array vander(
      Array x, @P("N") @Default("None") Long n, @Default("False") boolean increasing) {
    return canon(NumpyFrontend.vander(in(x), n, increasing));
  }

  /** Returns numpy.vecdot's result in JAX's 32-bit dtypes (jax.numpy.vecdot). */
  @Fn
  public Array vecdot(Array x1, Array x2, @Default("-1") int axis) {
    return NumpyProducts.vecdot(POLICY, x1, x2, axis);
  }

  /** Returns numpy.vecmat's result in JAX's 32-bit dtypes (jax.numpy.vecmat). */
  @Fn
  public Array vecmat(Array x1, Array x2) {
    return NumpyProducts.vecmat(POLICY, x1, x2);
  }

  /** Returns numpy.bartlett's window in JAX's float32 (jax.numpy.bartlett). */
  @Fn
  public Array bartlett(@P("M") long m) {
    return NumpyCreation.bartlett(POLICY, m);
  }

  /** Returns numpy.blackman's window in JAX's float32 (jax.numpy.blackman). */
  @Fn
  public Array blackman(@P("M") long m) {
    return NumpyCreation.blackman(POLICY, m);
  }

  /** Returns numpy.hamming's window in JAX's float32 (jax.numpy.hamming). */
  @Fn
  public Array hamming(@P("M") long m) {
    return NumpyCreation.hamming(POLICY, m);
  }

  /** Returns numpy.hanning's window in JAX's float32 (jax.numpy.hanning). */
  @Fn
  public Array hanning(@P("M") long m) {
    return NumpyCreation.hanning(POLICY, m);
  }

  /** Returns numpy.kaiser's window in JAX's float32 (jax.numpy.kaiser). */
  @Fn
  public Array kaiser(@P("M") long m, double beta) {
    return NumpyCreation.kaiser(POLICY, m, beta);
  }

  /** Returns the modified Bessel function of order 0 in JAX's dtypes (jax.numpy.i0). */
  @Fn
  public Array i0(@Operand Object x) {
    return NumpyUfuncs.i0(POLICY, x);
  }

  /** Returns the number of 1 bits in |x|, uint8 (jax.numpy.bitwise_count). */
  @Fn
  public Array bitwiseCount(@Operand Object x) {
    return NumpyFrontend.bitwiseCount(x instanceof Array a ? canon(a) : x);
  }

  /** Returns [mantissa, int32 exponent] (jax.numpy.frexp). */
  @Fn
  public List<Array> frexp(@Operand Object x) {
    return JaxTypes.canon(NumpyFrontend.frexp(x instanceof Array a ? canon(a) : x));
  }

  /** Returns the sorted values in exactly one of ar1 and ar2 (jax.numpy.setxor1d). */
  @Fn
  public Array setxor1d(Array ar1, Array ar2, @Default("False") boolean assumeUnique) {
    return canon(NumpyFrontend.setxor1d(canon(ar1), canon(ar2), assumeUnique));
  }

  /** Returns [sorted unique values, int32 counts] (jax.numpy.unique_counts). */
  @Fn
  public List<Array> uniqueCounts(Array x) {
    return JaxTypes.canon(NumpyFrontend.uniqueCounts(canon(x)));
  }

  /**
   * Returns [sorted unique values, int32 inverse indices shaped as x] (jax.numpy.unique_inverse).
   */
  @Fn
  public List<Array> uniqueInverse(Array x) {
    return JaxTypes.canon(NumpyFrontend.uniqueInverse(canon(x)));
  }

  /**
   * Returns [values, first indices, inverse indices, counts], int32 indices (jax.numpy.unique_all).
   */
  @Fn
  public List<Array> uniqueAll(Array x) {
    return JaxTypes.canon(NumpyFrontend.uniqueAll(canon(x)));
  }

  /** Returns int32 indices sorting by several keys, the last primary (jax.numpy.lexsort). */
  @Fn
  public Array lexsort(List<Array> keys, @Default("-1") int axis) {
    return canon(NumpyFrontend.lexsort(JaxTypes.canon(keys), axis));
  }

  /** Returns the m-th antiderivative of p (jax.numpy.polyint). */
  @Fn
  public Array polyint(Array p, @Default("1") long m, @Default("None") double[] k) {
    return canon(NumpyFrontend.polyint(canon(p), m, k));
  }

  /** Returns the difference of two polynomials (jax.numpy.polysub). */
  @Fn
  public Array polysub(Array a1, Array a2) {
    return NumpyProducts.polysub(POLICY, a1, a2);
  }

  /**
   * Returns the int32 indices of the lower triangle of a 2-d array (jax.numpy.tril_indices_from).
   */
  @Fn
  public List<Array> trilIndicesFrom(Array arr, @Default("0") long k) {
    return NumpyCreation.trilIndicesFrom(POLICY, arr, k);
  }

  /**
   * Returns the int32 indices of the upper triangle of a 2-d array (jax.numpy.triu_indices_from).
   */
  @Fn
  public List<Array> triuIndicesFrom(Array arr, @Default("0") long k) {
    return NumpyCreation.triuIndicesFrom(POLICY, arr, k);
  }

  /** Returns the int32 indices of the main diagonal (jax.numpy.diag_indices_from). */
  @Fn
  public List<Array> diagIndicesFrom(Array arr) {
    return NumpyCreation.diagIndicesFrom(POLICY, arr);
  }

  /** Returns whether x has a complex dtype: never here (jax.numpy.iscomplexobj). */
  @Fn
  public boolean iscomplexobj(Object x) {
    // separate from numpy's body: answers from the canonical dtype
    return false;
  }

  /** Returns whether x has a real dtype: always here (jax.numpy.isrealobj). */
  @Fn
  public boolean isrealobj(Object x) {
    // separate from numpy's body: answers from the canonical dtype
    return true;
  }
}
