package dev.ivy.frontend.jax;

import static dev.ivy.frontend.jax.JaxTypes.array;
import static dev.ivy.frontend.jax.JaxTypes.canon;
import static dev.ivy.frontend.jax.JaxTypes.promoted;
import static dev.ivy.frontend.jax.JaxTypes.toFloat;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Einsum;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Indexing;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sets;
import dev.ivy.ops.Sorting;
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
public final class JaxNumpy {
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

  private static Array binary(Object x, Object y, Bin f) {
    Object[] p = promoted(x, y);
    return canon(f.apply(p[0], p[1]));
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

  private static int[] allIfNull(int[] axis) {
    return axis;
  }

  private static void noOut(String fn, Object out) {
    if (out != null) {
      throw new IvyArgumentException(
          fn + ": out must be None (JAX arrays are immutable); got " + out);
    }
  }

  // ---------------------------------------------------------------- unary math

  /** Returns |x| (jnp.abs). */
  public Array abs(Array x) {
    return unary(x, Elementwise::abs);
  }

  /** Returns |x| (jnp.absolute). */
  public Array absolute(Array x) {
    return abs(x);
  }

  /** Returns |x| as floats (jnp.fabs). */
  public Array fabs(Array x) {
    return floating(x, Elementwise::abs);
  }

  /** Returns -x (jnp.negative). */
  public Array negative(Array x) {
    return unary(x, Elementwise::negative);
  }

  /** Returns +x (jnp.positive). */
  public Array positive(Array x) {
    return unary(x, Elementwise::positive);
  }

  /** Returns the sign of x: -1, 0 or 1 (NaN for NaN) (jnp.sign). */
  public Array sign(Array x) {
    return unary(x, Elementwise::sign);
  }

  /** Returns x * x (jnp.square). */
  public Array square(Array x) {
    return unary(x, Elementwise::square);
  }

  /** Returns 1 / x, in float32 for integers (jnp.reciprocal). */
  public Array reciprocal(Array x) {
    return floating(x, Elementwise::reciprocal);
  }

  /** Returns e^x (jnp.exp). */
  public Array exp(Array x) {
    return floating(x, Elementwise::exp);
  }

  /** Returns 2^x (jnp.exp2). */
  public Array exp2(Array x) {
    return floating(x, v -> Elementwise.pow(JaxTypes.as(2.0, v.dtype()), v));
  }

  /** Returns e^x - 1 (jnp.expm1). */
  public Array expm1(Array x) {
    return floating(x, Elementwise::expm1);
  }

  /** Returns the natural logarithm (jnp.log). */
  public Array log(Array x) {
    return floating(x, Elementwise::log);
  }

  /** Returns log(1 + x) (jnp.log1p). */
  public Array log1p(Array x) {
    return floating(x, Elementwise::log1p);
  }

  /** Returns the base-2 logarithm (jnp.log2). */
  public Array log2(Array x) {
    return floating(x, Elementwise::log2);
  }

  /** Returns the base-10 logarithm (jnp.log10). */
  public Array log10(Array x) {
    return floating(x, Elementwise::log10);
  }

  /** Returns the square root (jnp.sqrt). */
  public Array sqrt(Array x) {
    return floating(x, Elementwise::sqrt);
  }

  /** Returns the cube root, negative for negative x (jnp.cbrt). */
  public Array cbrt(Array x) {
    return floating(
        x,
        v ->
            Elementwise.multiply(
                Elementwise.sign(v),
                Elementwise.pow(Elementwise.abs(v), JaxTypes.as(1.0 / 3.0, v.dtype()))));
  }

  /** Returns sin x (jnp.sin). */
  public Array sin(Array x) {
    return floating(x, Elementwise::sin);
  }

  /** Returns cos x (jnp.cos). */
  public Array cos(Array x) {
    return floating(x, Elementwise::cos);
  }

  /** Returns tan x (jnp.tan). */
  public Array tan(Array x) {
    return floating(x, Elementwise::tan);
  }

  /** Returns arcsin x (jnp.arcsin, jnp.asin). */
  public Array arcsin(Array x) {
    return floating(x, Elementwise::asin);
  }

  /** Returns arccos x (jnp.arccos, jnp.acos). */
  public Array arccos(Array x) {
    return floating(x, Elementwise::acos);
  }

  /** Returns arctan x (jnp.arctan, jnp.atan). */
  public Array arctan(Array x) {
    return floating(x, Elementwise::atan);
  }

  /** Returns sinh x (jnp.sinh). */
  public Array sinh(Array x) {
    return floating(x, Elementwise::sinh);
  }

  /** Returns cosh x (jnp.cosh). */
  public Array cosh(Array x) {
    return floating(x, Elementwise::cosh);
  }

  /** Returns tanh x (jnp.tanh). */
  public Array tanh(Array x) {
    return floating(x, Elementwise::tanh);
  }

  /** Returns arcsinh x (jnp.arcsinh, jnp.asinh). */
  public Array arcsinh(Array x) {
    return floating(x, Elementwise::asinh);
  }

  /** Returns arccosh x (jnp.arccosh, jnp.acosh). */
  public Array arccosh(Array x) {
    return floating(x, Elementwise::acosh);
  }

  /** Returns arctanh x (jnp.arctanh, jnp.atanh). */
  public Array arctanh(Array x) {
    return floating(x, Elementwise::atanh);
  }

  /** Returns degrees converted to radians (jnp.deg2rad, jnp.radians). */
  public Array deg2rad(Array x) {
    return floating(x, v -> Elementwise.multiply(v, Math.PI / 180.0));
  }

  /** Returns radians converted to degrees (jnp.rad2deg, jnp.degrees). */
  public Array rad2deg(Array x) {
    return floating(x, v -> Elementwise.multiply(v, 180.0 / Math.PI));
  }

  /** Returns sin(pi x) / (pi x), 1 at 0 (jnp.sinc). */
  public Array sinc(Array x) {
    return floating(
        x,
        v -> {
          Array px = Elementwise.multiply(v, Math.PI);
          Array zero = Elementwise.equal(v, 0.0);
          Array safe = Elementwise.where(zero, 1.0, px);
          return Elementwise.where(zero, 1.0, Elementwise.divide(Elementwise.sin(safe), safe));
        });
  }

  /** Returns floor x; integers unchanged (jnp.floor). */
  public Array floor(Array x) {
    return unary(x, Elementwise::floor);
  }

  /** Returns ceil x; integers unchanged (jnp.ceil). */
  public Array ceil(Array x) {
    return unary(x, Elementwise::ceil);
  }

  /**
   * Returns x rounded half to even at {@code decimals} decimal places; integers unchanged for
   * decimals &gt;= 0 (jnp.round, jnp.around).
   */
  public Array round(Array x, long decimals) {
    if (decimals == 0) {
      return unary(x, Elementwise::round);
    }
    Array c = canon(x);
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
  public Array rint(Array x) {
    return floating(x, Elementwise::round);
  }

  /** Returns x rounded toward zero (jnp.trunc). */
  public Array trunc(Array x) {
    return unary(x, Elementwise::trunc);
  }

  /** Returns x rounded toward zero (jnp.fix). */
  public Array fix(Array x) {
    return trunc(x);
  }

  /** Returns whether x is NaN (jnp.isnan). */
  public Array isnan(Array x) {
    return unary(x, Elementwise::isnan);
  }

  /** Returns whether x is infinite (jnp.isinf). */
  public Array isinf(Array x) {
    return unary(x, Elementwise::isinf);
  }

  /** Returns whether x is finite (jnp.isfinite). */
  public Array isfinite(Array x) {
    return unary(x, Elementwise::isfinite);
  }

  /** Returns whether x is +inf (jnp.isposinf). */
  public Array isposinf(Array x) {
    return unary(x, v -> Elementwise.logicalAnd(Elementwise.isinf(v), Elementwise.greater(v, 0)));
  }

  /** Returns whether x is -inf (jnp.isneginf). */
  public Array isneginf(Array x) {
    return unary(x, v -> Elementwise.logicalAnd(Elementwise.isinf(v), Elementwise.less(v, 0)));
  }

  /** Returns whether the sign bit of x is set (jnp.signbit). */
  public Array signbit(Array x) {
    return unary(x, Elementwise::signbit);
  }

  /** Returns the logical negation (jnp.logical_not). */
  public Array logicalNot(Array x) {
    return unary(x, Elementwise::logicalNot);
  }

  /** Returns the bitwise inversion; logical not for booleans (jnp.invert, jnp.bitwise_not). */
  public Array invert(Array x) {
    return unary(x, Elementwise::bitwiseInvert);
  }

  /** Returns x for real arrays (jnp.real; complex dtypes are not supported). */
  public Array real(Array x) {
    return canon(x);
  }

  /** Returns zeros for real arrays (jnp.imag). */
  public Array imag(Array x) {
    return Creation.zerosLike(canon(x));
  }

  /** Returns x for real arrays (jnp.conj, jnp.conjugate). */
  public Array conj(Array x) {
    return canon(x);
  }

  /**
   * Returns x with NaN replaced by {@code nan} and infinities by {@code posinf}/{@code neginf} (the
   * dtype's extremes when null) (jnp.nan_to_num).
   */
  public Array nanToNum(Array x, double nan, Double posinf, Double neginf) {
    return unary(x, v -> Extras.nanToNum(v, nan, posinf, neginf));
  }

  // ---------------------------------------------------------------- binary math

  /** Returns x + y (jnp.add); operands are arrays or Python-style scalars. */
  public Array add(Object x, Object y) {
    return binary(x, y, Elementwise::add);
  }

  /** Returns x - y (jnp.subtract). */
  public Array subtract(Object x, Object y) {
    return binary(x, y, Elementwise::subtract);
  }

  /** Returns x * y (jnp.multiply). */
  public Array multiply(Object x, Object y) {
    return binary(x, y, Elementwise::multiply);
  }

  /** Returns x / y, float32 for integers (jnp.divide, jnp.true_divide). */
  public Array divide(Object x, Object y) {
    return binaryFloat(x, y, Elementwise::divide);
  }

  /** Returns floor(x / y) (jnp.floor_divide). */
  public Array floorDivide(Object x, Object y) {
    return binary(x, y, Elementwise::floorDivide);
  }

  /** Returns x mod y with the sign of y (jnp.remainder, jnp.mod). */
  public Array remainder(Object x, Object y) {
    return binary(x, y, Elementwise::remainder);
  }

  /** Returns [floor_divide(x, y), remainder(x, y)] (jnp.divmod). */
  public List<Array> divmod(Object x, Object y) {
    return List.of(floorDivide(x, y), remainder(x, y));
  }

  /** Returns the C remainder of x / y, with the sign of x (jnp.fmod). */
  public Array fmod(Object x, Object y) {
    return binary(x, y, JaxNumpy::cRemainder);
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
  public Array power(Object x, Object y) {
    return binary(x, y, Elementwise::pow);
  }

  /** Returns x ** y computed in float32 (jnp.float_power; float64 is unavailable without x64). */
  public Array floatPower(Object x, Object y) {
    return binaryFloat(x, y, Elementwise::pow);
  }

  /** Returns the elementwise maximum; NaN propagates (jnp.maximum). */
  public Array maximum(Object x, Object y) {
    return binary(x, y, Elementwise::maximum);
  }

  /** Returns the elementwise minimum; NaN propagates (jnp.minimum). */
  public Array minimum(Object x, Object y) {
    return binary(x, y, Elementwise::minimum);
  }

  /** Returns the elementwise maximum ignoring NaN (jnp.fmax). */
  public Array fmax(Object x, Object y) {
    return binary(x, y, (a, b) -> nanIgnoring(a, b, Elementwise.maximum(a, b)));
  }

  /** Returns the elementwise minimum ignoring NaN (jnp.fmin). */
  public Array fmin(Object x, Object y) {
    return binary(x, y, (a, b) -> nanIgnoring(a, b, Elementwise.minimum(a, b)));
  }

  private static Array nanIgnoring(Object a, Object b, Array m) {
    Array aa = JaxTypes.as(a, m.dtype());
    Array bb = JaxTypes.as(b, m.dtype());
    return Elementwise.where(
        Elementwise.isnan(aa), bb, Elementwise.where(Elementwise.isnan(bb), aa, m));
  }

  /** Returns atan(x / y) in the correct quadrant (jnp.arctan2, jnp.atan2). */
  public Array arctan2(Object x, Object y) {
    return binaryFloat(x, y, Elementwise::atan2);
  }

  /** Returns sqrt(x^2 + y^2) (jnp.hypot). */
  public Array hypot(Object x, Object y) {
    return binaryFloat(x, y, Elementwise::hypot);
  }

  /** Returns log(e^x + e^y) (jnp.logaddexp). */
  public Array logaddexp(Object x, Object y) {
    return binaryFloat(x, y, Elementwise::logaddexp);
  }

  /** Returns log2(2^x + 2^y) (jnp.logaddexp2). */
  public Array logaddexp2(Object x, Object y) {
    double ln2 = Math.log(2);
    return binaryFloat(
        x,
        y,
        (a, b) ->
            Elementwise.divide(
                Elementwise.logaddexp(Elementwise.multiply(a, ln2), Elementwise.multiply(b, ln2)),
                ln2));
  }

  /** Returns |x| with the sign of y (jnp.copysign). */
  public Array copysign(Object x, Object y) {
    return binaryFloat(x, y, Elementwise::copysign);
  }

  /** Returns the next float after x towards y (jnp.nextafter). */
  public Array nextafter(Object x, Object y) {
    return binaryFloat(x, y, Extras::nextafter);
  }

  /** Returns 0 where x &lt; 0, 1 where x &gt; 0 and y where x == 0 (jnp.heaviside). */
  public Array heaviside(Object x, Object y) {
    return binaryFloat(
        x,
        y,
        (a, b) -> {
          Array xa = (Array) (a instanceof Array ? a : array(a));
          Array h = Elementwise.where(Elementwise.greater(xa, 0), 1, Creation.zerosLike(xa));
          return Elementwise.where(Elementwise.equal(xa, 0), b, h);
        });
  }

  /** Returns x == y (jnp.equal). */
  public Array equal(Object x, Object y) {
    return binary(x, y, Elementwise::equal);
  }

  /** Returns x != y (jnp.not_equal). */
  public Array notEqual(Object x, Object y) {
    return binary(x, y, Elementwise::notEqual);
  }

  /** Returns x &lt; y (jnp.less). */
  public Array less(Object x, Object y) {
    return binary(x, y, Elementwise::less);
  }

  /** Returns x &lt;= y (jnp.less_equal). */
  public Array lessEqual(Object x, Object y) {
    return binary(x, y, Elementwise::lessEqual);
  }

  /** Returns x &gt; y (jnp.greater). */
  public Array greater(Object x, Object y) {
    return binary(x, y, Elementwise::greater);
  }

  /** Returns x &gt;= y (jnp.greater_equal). */
  public Array greaterEqual(Object x, Object y) {
    return binary(x, y, Elementwise::greaterEqual);
  }

  /** Returns x and y, truthiness of each (jnp.logical_and). */
  public Array logicalAnd(Object x, Object y) {
    return binary(x, y, Elementwise::logicalAnd);
  }

  /** Returns x or y (jnp.logical_or). */
  public Array logicalOr(Object x, Object y) {
    return binary(x, y, Elementwise::logicalOr);
  }

  /** Returns x xor y (jnp.logical_xor). */
  public Array logicalXor(Object x, Object y) {
    return binary(x, y, Elementwise::logicalXor);
  }

  /** Returns the bitwise and (jnp.bitwise_and). */
  public Array bitwiseAnd(Object x, Object y) {
    return binary(x, y, Elementwise::bitwiseAnd);
  }

  /** Returns the bitwise or (jnp.bitwise_or). */
  public Array bitwiseOr(Object x, Object y) {
    return binary(x, y, Elementwise::bitwiseOr);
  }

  /** Returns the bitwise xor (jnp.bitwise_xor). */
  public Array bitwiseXor(Object x, Object y) {
    return binary(x, y, Elementwise::bitwiseXor);
  }

  /** Returns x shifted left by y bits (jnp.left_shift). */
  public Array leftShift(Object x, Object y) {
    return binary(x, y, Elementwise::bitwiseLeftShift);
  }

  /** Returns x shifted right by y bits (jnp.right_shift). */
  public Array rightShift(Object x, Object y) {
    return binary(x, y, Elementwise::bitwiseRightShift);
  }

  /**
   * Returns x where condition holds and y elsewhere, promoted together (jnp.where with three
   * arguments).
   */
  public Array where(Object condition, Object x, Object y) {
    Array c = array(condition);
    Object[] p = promoted(x, y);
    return canon(Elementwise.where(c, p[0], p[1]));
  }

  /** Returns the indices of condition's nonzero elements, int32 (jnp.where with one argument). */
  public List<Array> where(Object condition) {
    return nonzero(array(condition));
  }

  /** Returns x limited to [min, max]; either bound may be null (jnp.clip). */
  public Array clip(Array x, Object min, Object max) {
    Object[] p = promoted(x, min, max);
    return canon(Elementwise.clip((Array) p[0], p[1], p[2]));
  }

  /** Returns whether |a - b| &lt;= atol + rtol |b| elementwise (jnp.isclose). */
  public Array isclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
    Object[] p = promoted(a, b);
    return Extras.isclose(p[0], p[1], rtol, atol, equalNan);
  }

  /** Returns whether all elements are close, as a 0-d bool array (jnp.allclose). */
  public Array allclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
    return Reductions.all(isclose(a, b, rtol, atol, equalNan), null, false);
  }

  /** Returns whether a and b have the same shape and elements, as a 0-d bool array. */
  public Array arrayEqual(Object a, Object b, boolean equalNan) {
    Array x = array(a);
    Array y = array(b);
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
  public Array zeros(long[] shape, DType dtype) {
    return canon(Creation.zeros(Shape.of(shape), dflt(dtype)));
  }

  /** Returns ones of {@code shape}, float32 by default (jnp.ones). */
  public Array ones(long[] shape, DType dtype) {
    return canon(Creation.ones(Shape.of(shape), dflt(dtype)));
  }

  /** Returns zeros of {@code shape} (jnp.empty: JAX arrays are always initialised). */
  public Array empty(long[] shape, DType dtype) {
    return zeros(shape, dtype);
  }

  /** Returns {@code shape} filled with {@code fillValue} (jnp.full). */
  public Array full(long[] shape, Object fillValue, DType dtype) {
    Array v = fillValue instanceof Array a ? canon(a) : null;
    DType dt =
        dtype != null ? canon(dtype) : v != null ? v.dtype() : JaxTypes.scalarDType(fillValue);
    if (v != null) {
      return Manipulation.broadcastTo(Manipulation.astype(v, dt), Shape.of(shape));
    }
    return Creation.full(Shape.of(shape), fillValue, dt);
  }

  private static DType dflt(DType dtype) {
    return dtype == null ? DType.FLOAT32 : canon(dtype);
  }

  private static long[] shapeOf(Array a, long[] shape) {
    return shape == null ? a.shape().dims() : shape;
  }

  /** Returns zeros like {@code a} (jnp.zeros_like). */
  public Array zerosLike(Array a, DType dtype, long[] shape) {
    return full(shapeOf(a, shape), 0, dtype == null ? canon(a.dtype()) : dtype);
  }

  /** Returns ones like {@code a} (jnp.ones_like). */
  public Array onesLike(Array a, DType dtype, long[] shape) {
    return full(shapeOf(a, shape), 1, dtype == null ? canon(a.dtype()) : dtype);
  }

  /** Returns {@code fillValue} in the shape of {@code a} (jnp.full_like). */
  public Array fullLike(Array a, Object fillValue, DType dtype, long[] shape) {
    return full(shapeOf(a, shape), fillValue, dtype == null ? canon(a.dtype()) : dtype);
  }

  /**
   * Returns evenly spaced values in [start, stop); int32 when all arguments are integers, float32
   * otherwise (jnp.arange). A null stop makes start the stop.
   */
  public Array arange(Number start, Number stop, Number step, DType dtype) {
    return canon(Creation.arange(start, stop, step == null ? 1L : step, canon(dtype)));
  }

  /** Returns {@code num} evenly spaced float32 values from start to stop (jnp.linspace). */
  public Array linspace(Number start, Number stop, long num, boolean endpoint, DType dtype) {
    return canon(Creation.linspace(start, stop, num, dflt(dtype), endpoint));
  }

  /** Returns base ** linspace(start, stop, num) (jnp.logspace). */
  public Array logspace(
      Number start, Number stop, long num, boolean endpoint, double base, DType dtype) {
    Array e = Creation.linspace(start, stop, num, DType.FLOAT32, endpoint);
    return Manipulation.astype(Elementwise.pow(JaxTypes.as(base, DType.FLOAT32), e), dflt(dtype));
  }

  /** Returns the n x m matrix with ones on diagonal k (jnp.eye). */
  public Array eye(long n, Long m, long k, DType dtype) {
    return canon(Creation.eye(n, m, k, dflt(dtype)));
  }

  /** Returns the n x n identity (jnp.identity). */
  public Array identity(long n, DType dtype) {
    return eye(n, null, 0, dtype);
  }

  /** Returns the n x m matrix with ones at and below diagonal k (jnp.tri). */
  public Array tri(long n, Long m, long k, DType dtype) {
    Array o = Creation.ones(Shape.of(n, m == null ? n : m), dflt(dtype));
    return Creation.tril(o, k);
  }

  /** Returns the lower triangle at and below diagonal k (jnp.tril). */
  public Array tril(Array m, long k) {
    return Creation.tril(canon(m), k);
  }

  /** Returns the upper triangle at and above diagonal k (jnp.triu). */
  public Array triu(Array m, long k) {
    return Creation.triu(canon(m), k);
  }

  /** Returns an array of {@code object}, converted to 32-bit types (jnp.array, jnp.asarray). */
  public Array asarray(Object object, DType dtype) {
    Array a = array(object);
    return dtype == null ? a : Manipulation.astype(a, canon(dtype));
  }

  /** Returns coordinate matrices from coordinate vectors (jnp.meshgrid). */
  public List<Array> meshgrid(List<Array> xi, String indexing) {
    return Creation.meshgrid(JaxTypes.canon(xi), indexing);
  }

  /** Returns the k-th diagonal of a 2-d array, or a 2-d array with v on it (jnp.diag). */
  public Array diag(Array v, long k) {
    return ExtraManipulation.diag(canon(v), k);
  }

  /** Returns a 2-d array with the flattened input on diagonal k (jnp.diagflat). */
  public Array diagflat(Array v, long k) {
    return diag(ravel(v), k);
  }

  /** Returns the diagonal over axes axis1 and axis2, appended as the last axis (jnp.diagonal). */
  public Array diagonal(Array a, long offset, int axis1, int axis2) {
    Array m = Manipulation.moveaxis(canon(a), new int[] {axis1, axis2}, new int[] {-2, -1});
    return Linalg.diagonal(m, offset);
  }

  /** Returns the sum along the diagonal over axis1 and axis2 (jnp.trace). */
  public Array trace(Array a, long offset, int axis1, int axis2, DType dtype) {
    return sum(diagonal(a, offset, axis1, axis2), new int[] {-1}, dtype, false);
  }

  // ---------------------------------------------------------------- manipulation

  /** Returns {@code a} with a new shape; one dimension may be -1 (jnp.reshape). */
  public Array reshape(Array a, long... shape) {
    return Manipulation.reshape(canon(a), shape);
  }

  /** Returns the flattened array (jnp.ravel). */
  public Array ravel(Array a) {
    return reshape(a, -1);
  }

  /** Returns {@code a} with axes permuted; reversed when axes is null (jnp.transpose). */
  public Array transpose(Array a, int[] axes) {
    Array c = canon(a);
    if (axes == null) {
      axes = new int[c.rank()];
      for (int i = 0; i < axes.length; i++) {
        axes[i] = axes.length - 1 - i;
      }
    }
    return Manipulation.permuteDims(c, axes);
  }

  /** Returns the last two axes swapped (jnp.matrix_transpose). */
  public Array matrixTranspose(Array x) {
    return Manipulation.matrixTranspose(canon(x));
  }

  /** Returns {@code a} with two axes swapped (jnp.swapaxes). */
  public Array swapaxes(Array a, int axis1, int axis2) {
    return Manipulation.swapaxes(canon(a), axis1, axis2);
  }

  /** Returns {@code a} with axes moved from source to destination (jnp.moveaxis). */
  public Array moveaxis(Array a, int[] source, int[] destination) {
    return Manipulation.moveaxis(canon(a), source, destination);
  }

  /** Returns {@code a} with size-1 axes inserted at {@code axis} (jnp.expand_dims). */
  public Array expandDims(Array a, int... axis) {
    Array c = canon(a);
    int rank = c.rank() + axis.length;
    int[] ax = new int[axis.length];
    for (int i = 0; i < ax.length; i++) {
      ax[i] = axis[i] < 0 ? axis[i] + rank : axis[i];
      if (ax[i] < 0 || ax[i] >= rank) {
        throw new IvyArgumentException(
            "expand_dims: axis must be in [-" + rank + ", " + rank + "); got " + axis[i]);
      }
    }
    Arrays.sort(ax);
    for (int v : ax) {
      c = Manipulation.expandDims(c, v);
    }
    return c;
  }

  /** Returns {@code a} without size-1 axes (those in axis, or all when null) (jnp.squeeze). */
  public Array squeeze(Array a, int[] axis) {
    return Manipulation.squeeze(canon(a), axis == null ? new int[0] : axis);
  }

  /**
   * Returns the arrays joined along an existing axis (flattened first when axis is null), promoted
   * on JAX's lattice (jnp.concatenate).
   */
  public Array concatenate(List<Array> arrays, Integer axis, DType dtype) {
    List<Array> xs = JaxTypes.promotedArrays(arrays);
    Array r = Manipulation.concat(xs, axis);
    return dtype == null ? r : Manipulation.astype(r, canon(dtype));
  }

  /** Returns the arrays joined along a new axis (jnp.stack). */
  public Array stack(List<Array> arrays, int axis, DType dtype) {
    Array r = Manipulation.stack(JaxTypes.promotedArrays(arrays), axis);
    return dtype == null ? r : Manipulation.astype(r, canon(dtype));
  }

  /** Returns the arrays (at least 2-d) joined along axis 0 (jnp.vstack). */
  public Array vstack(List<Array> tup) {
    return concatenate(atleast(tup, 2), 0, null);
  }

  /** Returns the arrays joined along axis 1 (axis 0 for 1-d arrays) (jnp.hstack). */
  public Array hstack(List<Array> tup) {
    List<Array> xs = atleast(tup, 1);
    return concatenate(xs, xs.get(0).rank() == 1 ? 0 : 1, null);
  }

  /** Returns the arrays (at least 3-d) joined along axis 2 (jnp.dstack). */
  public Array dstack(List<Array> tup) {
    return concatenate(atleast(tup, 3), 2, null);
  }

  /** Returns 1-d arrays as columns (and 2-d arrays as they are) joined along axis 1. */
  public Array columnStack(List<Array> tup) {
    List<Array> xs = new ArrayList<>();
    for (Array t : tup) {
      Array c = canon(t);
      xs.add(c.rank() < 2 ? Manipulation.reshape(c, -1, 1) : c);
    }
    return concatenate(xs, 1, null);
  }

  private List<Array> atleast(List<Array> xs, int rank) {
    List<Array> r = new ArrayList<>();
    for (Array x : xs) {
      r.add(atleast(x, rank));
    }
    return r;
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
  public List<Array> split(Array ary, Object indicesOrSections, int axis) {
    return splitImpl("split", ary, indicesOrSections, axis, false);
  }

  /** Returns {@code ary} split like split, allowing unequal parts (jnp.array_split). */
  public List<Array> arraySplit(Array ary, Object indicesOrSections, int axis) {
    return splitImpl("array_split", ary, indicesOrSections, axis, true);
  }

  private static List<Array> splitImpl(String fn, Array ary, Object ios, int axis, boolean uneven) {
    Array x = canon(ary);
    if (x.rank() == 0) {
      throw new IvyArgumentException(fn + ": ary must have rank >= 1; got shape ()");
    }
    int ax = axis < 0 ? axis + x.rank() : axis;
    if (ax < 0 || ax >= x.rank()) {
      throw new IvyArgumentException(
          fn + ": axis must be in [-" + x.rank() + ", " + x.rank() + "); got " + axis);
    }
    long n = x.shape().dim(ax);
    List<Long> bounds = new ArrayList<>();
    if (ios instanceof Number num) {
      long k = num.longValue();
      if (k <= 0) {
        throw new IvyArgumentException(fn + ": number of sections must be > 0; got " + k);
      }
      if (!uneven && n % k != 0) {
        throw new IvyArgumentException(
            fn
                + ": array split does not result in an equal division; got size "
                + n
                + " into "
                + k
                + " sections");
      }
      long each = n / k;
      long extra = n % k;
      long pos = 0;
      for (long i = 0; i < k - 1; i++) {
        pos += each + (i < extra ? 1 : 0);
        bounds.add(pos);
      }
    } else {
      Array idx = ios instanceof Array a ? a : dev.ivy.Ivy.asarray(ios);
      for (long v : idx.toLongArray()) {
        bounds.add(v < 0 ? Math.max(v + n, 0) : v);
      }
    }
    List<Array> out = new ArrayList<>();
    long prev = 0;
    bounds.add(n);
    for (long b : bounds) {
      long start = Math.min(prev, n);
      long stop = Math.max(Math.min(b, n), start);
      long[] s = new long[x.rank()];
      long[] e = x.shape().dims();
      long[] st = new long[x.rank()];
      Arrays.fill(st, 1);
      s[ax] = start;
      e[ax] = stop;
      out.add(Manipulation.slice(x, s, e, st));
      prev = b;
    }
    return out;
  }

  /** Returns {@code ary} split along axis 1 (axis 0 for 1-d) (jnp.hsplit). */
  public List<Array> hsplit(Array ary, Object indicesOrSections) {
    return split(ary, indicesOrSections, ary.rank() == 1 ? 0 : 1);
  }

  /** Returns {@code ary} split along axis 0 (jnp.vsplit). */
  public List<Array> vsplit(Array ary, Object indicesOrSections) {
    return split(ary, indicesOrSections, 0);
  }

  /** Returns {@code x} split into its slices along {@code axis} (jnp.unstack). */
  public List<Array> unstack(Array x, int axis) {
    return Manipulation.unstack(canon(x), axis);
  }

  /** Returns {@code m} reversed along {@code axis} (all axes when null) (jnp.flip). */
  public Array flip(Array m, int[] axis) {
    return Manipulation.flip(canon(m), axis == null ? new int[0] : axis);
  }

  /** Returns {@code m} reversed along axis 1 (jnp.fliplr). */
  public Array fliplr(Array m) {
    return flip(m, new int[] {1});
  }

  /** Returns {@code m} reversed along axis 0 (jnp.flipud). */
  public Array flipud(Array m) {
    return flip(m, new int[] {0});
  }

  /** Returns {@code a} rolled by {@code shift} along {@code axis} (flattened when null). */
  public Array roll(Array a, long[] shift, int[] axis) {
    Array c = canon(a);
    if (axis != null && shift.length == 1 && axis.length > 1) {
      long[] s = new long[axis.length];
      Arrays.fill(s, shift[0]);
      shift = s;
    }
    return Manipulation.roll(c, shift, axis);
  }

  /** Returns {@code m} rotated by 90 degrees k times in the plane of {@code axes} (jnp.rot90). */
  public Array rot90(Array m, long k, int[] axes) {
    Array c = canon(m);
    int kk = (int) Math.floorMod(k, 4L);
    int a0 = axes[0];
    int a1 = axes[1];
    if (kk == 0) {
      return c;
    }
    if (kk == 2) {
      return Manipulation.flip(c, a0, a1);
    }
    if (kk == 1) {
      return Manipulation.swapaxes(Manipulation.flip(c, a1), a0, a1);
    }
    return Manipulation.flip(Manipulation.swapaxes(c, a0, a1), a1);
  }

  /** Returns {@code array} broadcast to {@code shape} (jnp.broadcast_to). */
  public Array broadcastTo(Array array, long... shape) {
    return Manipulation.broadcastTo(canon(array), Shape.of(shape));
  }

  /** Returns the arrays broadcast against each other (jnp.broadcast_arrays). */
  public List<Array> broadcastArrays(List<Array> args) {
    return Manipulation.broadcastArrays(JaxTypes.canon(args));
  }

  /** Returns {@code a} repeated {@code reps} times along each axis (jnp.tile). */
  public Array tile(Array a, long... reps) {
    return Manipulation.tile(canon(a), reps);
  }

  /**
   * Returns each element repeated; {@code repeats} is an integer or an integer array, flattening
   * when axis is null (jnp.repeat).
   */
  public Array repeat(Array a, Object repeats, Integer axis) {
    Array c = canon(a);
    if (repeats instanceof Number n) {
      return Manipulation.repeat(c, n.longValue(), axis);
    }
    return Manipulation.repeat(c, array(repeats), axis);
  }

  /**
   * Returns {@code array} padded by {@code padWidth} (an integer, a pair, or one pair per axis)
   * with mode "constant", "edge", "reflect", "symmetric" or "wrap" (jnp.pad).
   */
  public Array pad(Array array, Object padWidth, String mode, Object constantValues) {
    Array c = canon(array);
    long[][] pw = ExtraManipulation.padWidths(padWidth);
    if (pw.length == 1 && c.rank() > 1) {
      long[][] all = new long[c.rank()][];
      Arrays.fill(all, pw[0]);
      pw = all;
    }
    for (int i = 0; i < pw.length; i++) {
      if (pw[i].length == 1) {
        pw[i] = new long[] {pw[i][0], pw[i][0]};
      }
    }
    return ExtraManipulation.pad(c, pw, mode, constantValues == null ? 0 : constantValues);
  }

  /**
   * Returns elements of {@code a} at {@code indices} along axis (flattened when null), jnp.take:
   * negative indices count from the end, and out-of-range indices follow {@code mode}: "fill" (the
   * default, null) gives {@code fillValue} (NaN for floats, the most negative value for signed
   * integers, the largest for unsigned, true for bool), "clip" clamps, "wrap" wraps around.
   *
   * @throws IvyArgumentException for mode "raise" (unsupported by JAX) or an unknown mode
   */
  public Array take(Array a, Object indices, Integer axis, String mode, Object fillValue) {
    Array c = canon(a);
    Array i = array(indices);
    if (axis == null) {
      c = Manipulation.reshape(c, -1);
      axis = 0;
    }
    return gather("take", c, i, axis, mode, fillValue, false);
  }

  /** Returns elements of {@code a} at {@code indices} along axis, out-of-range ones NaN-filled. */
  public Array take(Array a, Object indices, Integer axis) {
    return take(a, indices, axis, null, null);
  }

  /**
   * Returns values of {@code arr} picked by {@code indices} along {@code axis} (flattened when
   * null), with take's out-of-range modes (jnp.take_along_axis).
   */
  public Array takeAlongAxis(
      Array arr, Array indices, Integer axis, String mode, Object fillValue) {
    Array c = canon(arr);
    Array i = canon(indices);
    if (axis == null) {
      c = Manipulation.reshape(c, -1);
      axis = 0;
    }
    return gather("take_along_axis", c, i, axis, mode, fillValue, true);
  }

  /** Returns values of {@code arr} picked by {@code indices} along {@code axis}. */
  public Array takeAlongAxis(Array arr, Array indices, Integer axis) {
    return takeAlongAxis(arr, indices, axis, null, null);
  }

  private static Array gather(
      String fn, Array x, Array idx, int axis, String mode, Object fillValue, boolean along) {
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
    String m = mode == null ? "fill" : mode;
    long n = x.shape().dim(ax);
    Array i = Manipulation.astype(idx, DType.INT32);
    Array valid = null;
    switch (m) {
      case "wrap" -> i = n == 0 ? i : Elementwise.remainder(i, (long) n);
      case "clip", "fill" -> {
        i = Elementwise.where(Elementwise.less(i, 0), Elementwise.add(i, (long) n), i);
        if (m.equals("fill")) {
          valid = Elementwise.logicalAnd(Elementwise.greaterEqual(i, 0), Elementwise.less(i, n));
        }
        i = Elementwise.clip(i, 0L, Math.max(n - 1, 0));
      }
      default ->
          throw new IvyArgumentException(
              fn
                  + ": mode must be None, 'fill', 'clip' or 'wrap' ('raise' is unsupported by JAX);"
                  + " got '"
                  + m
                  + "'");
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
  public Array diff(Array a, int n, int axis, Object prepend, Object append) {
    Array x = canon(a);
    if (prepend != null || append != null) {
      List<Array> parts = new ArrayList<>();
      if (prepend != null) {
        parts.add(edge(array(prepend), x, axis));
      }
      parts.add(x);
      if (append != null) {
        parts.add(edge(array(append), x, axis));
      }
      x = Manipulation.concat(JaxTypes.promotedArrays(parts), axis);
    }
    return Manipulation.diff(x, n, axis);
  }

  private static Array edge(Array v, Array x, int axis) {
    if (v.rank() == x.rank()) {
      return v;
    }
    long[] d = x.shape().dims();
    d[axis < 0 ? axis + x.rank() : axis] = 1;
    return Manipulation.broadcastTo(v, Shape.of(d));
  }

  /** Returns the differences of consecutive elements of the flattened array (jnp.ediff1d). */
  public Array ediff1d(Array ary) {
    return Manipulation.diff(ravel(ary), 1, 0);
  }

  /** Returns {@code values} appended to {@code arr} (both flattened when axis is null). */
  public Array append(Array arr, Object values, Integer axis) {
    Array v = array(values);
    if (axis == null) {
      return concatenate(List.of(ravel(arr), ravel(v)), 0, null);
    }
    return concatenate(List.of(canon(arr), v), axis, null);
  }

  // ---------------------------------------------------------------- reductions

  private static DType sumType(Array x, DType dtype) {
    if (dtype != null) {
      return canon(dtype);
    }
    DType d = canon(x.dtype());
    if (d.isBool()) {
      return DType.INT32;
    }
    if (d.isInteger() && d.byteSize() < 4) {
      return d.isSigned() ? DType.INT32 : DType.UINT8 == d ? DType.INT32 : d;
    }
    return d;
  }

  /**
   * Returns the sum over axis (all axes when null); bool and small integers accumulate in int32
   * (jnp.sum).
   */
  public Array sum(Array a, int[] axis, DType dtype, boolean keepdims) {
    Array c = canon(a);
    return canon(Reductions.sum(c, allIfNull(axis), keepdims, sumType(c, dtype)));
  }

  /** Returns the sum of all elements (jnp.sum). */
  public Array sum(Array a) {
    return sum(a, null, null, false);
  }

  /** Returns the product over axis (jnp.prod). */
  public Array prod(Array a, int[] axis, DType dtype, boolean keepdims) {
    Array c = canon(a);
    return canon(Reductions.prod(c, axis, keepdims, sumType(c, dtype)));
  }

  /** Returns the mean over axis, float32 for integers (jnp.mean). */
  public Array mean(Array a, int[] axis, DType dtype, boolean keepdims) {
    Array r = canon(Reductions.mean(toFloat(a), axis, keepdims));
    return dtype == null ? r : Manipulation.astype(r, canon(dtype));
  }

  /** Returns the maximum over axis; raises for an empty reduction (jnp.max, jnp.amax). */
  public Array max(Array a, int[] axis, boolean keepdims) {
    return canon(Reductions.max(canon(a), axis, keepdims));
  }

  /** Returns the minimum over axis; raises for an empty reduction (jnp.min, jnp.amin). */
  public Array min(Array a, int[] axis, boolean keepdims) {
    return canon(Reductions.min(canon(a), axis, keepdims));
  }

  /** Returns max - min over axis (jnp.ptp). */
  public Array ptp(Array a, int[] axis, boolean keepdims) {
    return subtract(max(a, axis, keepdims), min(a, axis, keepdims));
  }

  /** Returns whether all elements over axis are true (jnp.all). */
  public Array all(Array a, int[] axis, boolean keepdims) {
    return Reductions.all(canon(a), axis, keepdims);
  }

  /** Returns whether any element over axis is true (jnp.any). */
  public Array any(Array a, int[] axis, boolean keepdims) {
    return Reductions.any(canon(a), axis, keepdims);
  }

  /** Returns the variance with {@code ddof} degrees of freedom removed (jnp.var). */
  public Array var(Array a, int[] axis, DType dtype, double ddof, boolean keepdims) {
    Array r = canon(Reductions.var(toFloat(a), axis, ddof, keepdims));
    return dtype == null ? r : Manipulation.astype(r, canon(dtype));
  }

  /** Returns the standard deviation with {@code ddof} degrees of freedom removed (jnp.std). */
  public Array std(Array a, int[] axis, DType dtype, double ddof, boolean keepdims) {
    Array r = canon(Reductions.std(toFloat(a), axis, ddof, keepdims));
    return dtype == null ? r : Manipulation.astype(r, canon(dtype));
  }

  /** Returns the int32 index of the maximum (flattened when axis is null) (jnp.argmax). */
  public Array argmax(Array a, Integer axis, boolean keepdims) {
    return canon(Reductions.argmax(canon(a), axis, keepdims));
  }

  /** Returns the int32 index of the minimum (flattened when axis is null) (jnp.argmin). */
  public Array argmin(Array a, Integer axis, boolean keepdims) {
    return canon(Reductions.argmin(canon(a), axis, keepdims));
  }

  /** Returns the median over axis, float32 for integers (jnp.median). */
  public Array median(Array a, int[] axis, boolean keepdims) {
    return canon(Extras.median(toFloat(a), axis, keepdims));
  }

  /** Returns the q-th quantiles, q in [0, 1] (jnp.quantile). */
  public Array quantile(Array a, Object q, int[] axis, String method, boolean keepdims) {
    Object qq = q instanceof Number ? q : array(q);
    return canon(Extras.quantile(toFloat(a), qq, axis, keepdims, method));
  }

  /** Returns the q-th percentiles, q in [0, 100] (jnp.percentile). */
  public Array percentile(Array a, Object q, int[] axis, String method, boolean keepdims) {
    Object qq =
        q instanceof Number n
            ? (Object) (n.doubleValue() / 100.0)
            : Elementwise.divide(toFloat(array(q)), 100.0);
    return quantile(a, qq, axis, method, keepdims);
  }

  /** Returns the sum treating NaN as zero (jnp.nansum). */
  public Array nansum(Array a, int[] axis, DType dtype, boolean keepdims) {
    Array c = canon(a);
    return canon(Extras.nansum(c, axis, keepdims, sumType(c, dtype)));
  }

  /** Returns the mean ignoring NaN (jnp.nanmean). */
  public Array nanmean(Array a, int[] axis, boolean keepdims) {
    return canon(Extras.nanmean(toFloat(a), axis, keepdims));
  }

  /** Returns the maximum ignoring NaN (NaN only where a slice is all NaN) (jnp.nanmax). */
  public Array nanmax(Array a, int[] axis, boolean keepdims) {
    Array c = canon(a);
    if (!c.dtype().isFloating()) {
      return max(c, axis, keepdims);
    }
    Array m = max(Elementwise.where(isnan(c), Double.NEGATIVE_INFINITY, c), axis, keepdims);
    return Elementwise.where(all(isnan(c), axis, keepdims), Double.NaN, m);
  }

  /** Returns the minimum ignoring NaN (jnp.nanmin). */
  public Array nanmin(Array a, int[] axis, boolean keepdims) {
    Array c = canon(a);
    if (!c.dtype().isFloating()) {
      return min(c, axis, keepdims);
    }
    Array m = min(Elementwise.where(isnan(c), Double.POSITIVE_INFINITY, c), axis, keepdims);
    return Elementwise.where(all(isnan(c), axis, keepdims), Double.NaN, m);
  }

  /** Returns the number of nonzero elements over axis, int32 (jnp.count_nonzero). */
  public Array countNonzero(Array a, int[] axis, boolean keepdims) {
    Array nz = Elementwise.notEqual(canon(a), 0);
    return sum(nz, axis, DType.INT32, keepdims);
  }

  /** Returns the (optionally weighted) average over axis (jnp.average). */
  public Array average(Array a, int[] axis, Array weights, boolean keepdims) {
    if (weights == null) {
      return mean(a, axis, null, keepdims);
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
  public Array cumsum(Array a, Integer axis, DType dtype) {
    Array c = canon(a);
    if (axis == null) {
      c = Manipulation.reshape(c, -1);
      axis = 0;
    }
    return canon(Cumulative.cumulativeSum(c, axis, sumType(c, dtype), false));
  }

  /** Returns the cumulative product along axis (flattened when null) (jnp.cumprod). */
  public Array cumprod(Array a, Integer axis, DType dtype) {
    Array c = canon(a);
    if (axis == null) {
      c = Manipulation.reshape(c, -1);
      axis = 0;
    }
    c = Manipulation.astype(c, sumType(c, dtype));
    return canon(Cumulative.cumprod(c, axis, false, false));
  }

  /** Returns the cumulative sum, optionally with a leading zero (jnp.cumulative_sum). */
  public Array cumulativeSum(Array x, Integer axis, DType dtype, boolean includeInitial) {
    Array c = canon(x);
    return canon(Cumulative.cumulativeSum(c, axis, sumType(c, dtype), includeInitial));
  }

  // ---------------------------------------------------------------- linear algebra

  /** Returns the matrix product with broadcasting (jnp.matmul). */
  public Array matmul(Array a, Array b) {
    Object[] p = promoted(a, b);
    return canon(Linalg.matmul((Array) p[0], (Array) p[1]));
  }

  /**
   * Returns the dot product: scalars multiply, 1-d with 1-d is the inner product, otherwise a sum
   * over the last axis of a and the second-to-last of b (the last when b is 1-d) (jnp.dot).
   */
  public Array dot(Array a, Array b) {
    Object[] p = promoted(a, b);
    Array x = (Array) p[0];
    Array y = (Array) p[1];
    if (x.rank() == 0 || y.rank() == 0) {
      return canon(Elementwise.multiply(x, y));
    }
    int yAxis = y.rank() == 1 ? 0 : y.rank() - 2;
    return canon(Linalg.tensordot(x, y, new int[] {x.rank() - 1}, new int[] {yAxis}));
  }

  /** Returns the sum over the last axes of a and b (jnp.inner). */
  public Array inner(Array a, Array b) {
    Object[] p = promoted(a, b);
    Array x = (Array) p[0];
    Array y = (Array) p[1];
    if (x.rank() == 0 || y.rank() == 0) {
      return canon(Elementwise.multiply(x, y));
    }
    return canon(Linalg.tensordot(x, y, new int[] {x.rank() - 1}, new int[] {y.rank() - 1}));
  }

  /** Returns the dot product of the flattened arrays (jnp.vdot). */
  public Array vdot(Array a, Array b) {
    return dot(ravel(a), ravel(b));
  }

  /** Returns the outer product of the flattened arrays (jnp.outer). */
  public Array outer(Array a, Array b) {
    Object[] p = promoted(ravel(a), ravel(b));
    return canon(Linalg.outer((Array) p[0], (Array) p[1]));
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

  /** Returns the Einstein summation of the operands (jnp.einsum). */
  public Array einsum(String subscripts, Array... operands) {
    List<Array> ops = JaxTypes.promotedArrays(Arrays.asList(operands));
    return canon(Einsum.einsum(subscripts, ops.toArray(new Array[0])));
  }

  /** Returns the Kronecker product (jnp.kron). */
  public Array kron(Array a, Array b) {
    Object[] p = promoted(a, b);
    return canon(ExtraManipulation.kron((Array) p[0], (Array) p[1]));
  }

  /** Returns the cross product of 3-vectors along axis (jnp.cross). */
  public Array cross(Array a, Array b, int axis) {
    Object[] p = promoted(a, b);
    return canon(Linalg.cross((Array) p[0], (Array) p[1], axis));
  }

  // ---------------------------------------------------------------- sorting, searching, sets

  /** Returns {@code a} sorted along axis (flattened when null); NaN last (jnp.sort). */
  public Array sort(Array a, Integer axis, boolean descending) {
    Array c = canon(a);
    if (axis == null) {
      c = Manipulation.reshape(c, -1);
      axis = 0;
    }
    return Sorting.sort(c, axis, descending);
  }

  /** Returns the int32 indices that sort {@code a} along axis (stable) (jnp.argsort). */
  public Array argsort(Array a, Integer axis, boolean descending) {
    Array c = canon(a);
    if (axis == null) {
      c = Manipulation.reshape(c, -1);
      axis = 0;
    }
    return canon(Sorting.argsort(c, axis, descending));
  }

  /** Returns the int32 insertion indices of v into the sorted 1-d a (jnp.searchsorted). */
  public Array searchsorted(Array a, Object v, String side, Array sorter) {
    Array x = canon(a);
    if (sorter != null) {
      x = Indexing.take(x, canon(sorter), 0);
    }
    Object[] p = promoted(x, array(v));
    return canon(Sorting.searchsorted((Array) p[0], (Array) p[1], side));
  }

  /** Returns the int32 indices of the nonzero elements, one array per axis (jnp.nonzero). */
  public List<Array> nonzero(Array a) {
    return JaxTypes.canon(Searching.nonzero(canon(a)));
  }

  /** Returns the int32 indices of nonzero elements as a (count, ndim) array (jnp.argwhere). */
  public Array argwhere(Array a) {
    Array c = canon(a);
    if (c.rank() == 0) {
      c = Manipulation.reshape(c, 1);
      return Manipulation.reshape(nonzero(c).get(0), -1, 0);
    }
    return Manipulation.stack(nonzero(c), 1);
  }

  /** Returns the int32 indices of nonzero elements of the flattened array (jnp.flatnonzero). */
  public Array flatnonzero(Array a) {
    return nonzero(ravel(a)).get(0);
  }

  /**
   * Returns the sorted unique values of the flattened array, and with the flags the int32 indices
   * of first occurrences, the inverse indices and the counts (jnp.unique).
   */
  public Object unique(Array ar, boolean returnIndex, boolean returnInverse, boolean returnCounts) {
    Array c = canon(ar);
    if (!returnIndex && !returnInverse && !returnCounts) {
      return Sets.uniqueAll(c).values();
    }
    Sets.UniqueAll u = Sets.uniqueAll(c);
    List<Array> r = new ArrayList<>();
    r.add(u.values());
    if (returnIndex) {
      r.add(canon(u.indices()));
    }
    if (returnInverse) {
      r.add(canon(u.inverseIndices()));
    }
    if (returnCounts) {
      r.add(canon(u.counts()));
    }
    return r;
  }

  // ---------------------------------------------------------------- dtypes

  /** Returns {@code x} cast to {@code dtype} (64-bit types become 32-bit) (jnp.astype). */
  public Array astype(Array x, DType dtype) {
    return Manipulation.astype(canon(x), canon(dtype));
  }

  /** Returns the dtype that the arrays, dtypes and scalars promote to (jnp.result_type). */
  public DType resultType(List<?> args) {
    DType r = null;
    List<Object> weak = new ArrayList<>();
    for (Object o : args) {
      DType d = o instanceof Array a ? a.dtype() : o instanceof DType t ? t : null;
      if (d == null) {
        weak.add(o);
      } else {
        r = r == null ? canon(d) : JaxTypes.promote(r, d);
      }
    }
    for (Object w : weak) {
      r = r == null ? JaxTypes.scalarDType(w) : JaxTypes.withScalar(r, w);
    }
    return r;
  }

  /** Returns the dtype JAX promotes {@code a} and {@code b} to (jnp.promote_types). */
  public DType promoteTypes(DType a, DType b) {
    return JaxTypes.promote(a, b);
  }

  /** Returns whether {@code from} casts to {@code to} without loss (jnp.can_cast, "safe"). */
  public boolean canCast(DType from, DType to) {
    return JaxTypes.promote(from, to) == canon(to);
  }
}
