package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
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
import dev.ivy.rules.TypePromotion;
import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's API over the core functions: {@code NumpyFrontend.clip(x, lo, hi)}, {@code
 * NumpyFrontend.linalg.norm(x)}, {@code NumpyFrontend.random.normal(0, 1, 3)}. Functions follow
 * NumPy 2 (argument order, defaults, dtype promotion by NEP 50 with Python scalars as weak
 * operands, float64 and int64 defaults) and raise {@link dev.ivy.errors.IvyArgumentException} where
 * NumPy raises. Arguments that NumPy accepts as "array_like" take an {@link Array}, a Java number
 * or a nested {@link List}.
 *
 * <pre>{@code
 * NumpyFrontend.sum(NumpyFrontend.arange(5), null, false)   // int64 scalar 10
 * }</pre>
 */
public final class NumpyFrontend {
  private NumpyFrontend() {}

  /** NumPy's {@code numpy.linalg}. */
  public static final NumpyLinalg linalg = new NumpyLinalg();

  /** NumPy's legacy {@code numpy.random}, seeded through core's random generator. */
  public static final NumpyRandom random = new NumpyRandom();

  private static Array arr(Object v) {
    return NumpyComposites.asArray(v);
  }

  // ---- array objects

  /** Returns {@code numpy.array(obj)} wrapped as an {@link Ndarray} with NumPy's methods. */
  public static Ndarray array(Object obj) {
    return new Ndarray(arr(obj));
  }

  /** Returns {@code numpy.asarray(a, dtype)}: a as an array, cast when dtype is given. */
  public static Array asarray(Object a, DType dtype) {
    Array x = arr(a);
    return dtype == null ? x : Manipulation.astype(x, dtype);
  }

  // ---- unary ufuncs

  /** Returns |x| (numpy.absolute). */
  public static Array absolute(Object x) {
    return Elementwise.abs(arr(x));
  }

  /** Returns -x (numpy.negative). */
  public static Array negative(Object x) {
    return Elementwise.negative(arr(x));
  }

  /** Returns +x (numpy.positive). */
  public static Array positive(Object x) {
    return Elementwise.positive(arr(x));
  }

  /** Returns the sign of x: -1, 0 or 1 (NaN for NaN). */
  public static Array sign(Object x) {
    return Elementwise.sign(arr(x));
  }

  /** Returns x * x. */
  public static Array square(Object x) {
    Array a = arr(x);
    // NumPy has no bool square loop: bool squares in int8
    return Elementwise.square(a.dtype().isBool() ? Manipulation.astype(a, DType.INT8) : a);
  }

  /** Returns 1 / x (integer division for integer arrays, as NumPy). */
  public static Array reciprocal(Object x) {
    Array a = arr(x);
    if (a.dtype().isInteger()) {
      // C integer division 1 / x: +-1 for +-1, 0 for |x| > 1 (NumPy leaves 1 / 0 undefined)
      return Elementwise.where(Elementwise.equal(Elementwise.abs(a), 1L), a, 0L);
    }
    return Elementwise.reciprocal(a);
  }

  /** Returns e**x. */
  public static Array exp(Object x) {
    return Elementwise.exp(arr(x));
  }

  /** Returns 2**x. */
  public static Array exp2(Object x) {
    return Elementwise.pow(2.0, NumpyComposites.toFloat(arr(x)));
  }

  /** Returns e**x - 1. */
  public static Array expm1(Object x) {
    return Elementwise.expm1(arr(x));
  }

  /** Returns the natural logarithm. */
  public static Array log(Object x) {
    return Elementwise.log(arr(x));
  }

  /** Returns log(1 + x). */
  public static Array log1p(Object x) {
    return Elementwise.log1p(arr(x));
  }

  /** Returns the base-2 logarithm. */
  public static Array log2(Object x) {
    return Elementwise.log2(arr(x));
  }

  /** Returns the base-10 logarithm. */
  public static Array log10(Object x) {
    return Elementwise.log10(arr(x));
  }

  /** Returns the square root. */
  public static Array sqrt(Object x) {
    return Elementwise.sqrt(arr(x));
  }

  /** Returns the cube root (real, keeping the sign). */
  public static Array cbrt(Object x) {
    return NumpyComposites.cbrt(arr(x));
  }

  /** Returns sin(x). */
  public static Array sin(Object x) {
    return Elementwise.sin(arr(x));
  }

  /** Returns cos(x). */
  public static Array cos(Object x) {
    return Elementwise.cos(arr(x));
  }

  /** Returns tan(x). */
  public static Array tan(Object x) {
    return Elementwise.tan(arr(x));
  }

  /** Returns arcsin(x). */
  public static Array arcsin(Object x) {
    return Elementwise.asin(arr(x));
  }

  /** Returns arccos(x). */
  public static Array arccos(Object x) {
    return Elementwise.acos(arr(x));
  }

  /** Returns arctan(x). */
  public static Array arctan(Object x) {
    return Elementwise.atan(arr(x));
  }

  /** Returns sinh(x). */
  public static Array sinh(Object x) {
    return Elementwise.sinh(arr(x));
  }

  /** Returns cosh(x). */
  public static Array cosh(Object x) {
    return Elementwise.cosh(arr(x));
  }

  /** Returns tanh(x). */
  public static Array tanh(Object x) {
    return Elementwise.tanh(arr(x));
  }

  /** Returns arcsinh(x). */
  public static Array arcsinh(Object x) {
    return Elementwise.asinh(arr(x));
  }

  /** Returns arccosh(x). */
  public static Array arccosh(Object x) {
    return Elementwise.acosh(arr(x));
  }

  /** Returns arctanh(x). */
  public static Array arctanh(Object x) {
    return Elementwise.atanh(arr(x));
  }

  /** Returns x converted from degrees to radians. */
  public static Array deg2rad(Object x) {
    return Elementwise.multiply(NumpyComposites.toFloat(arr(x)), Math.PI / 180.0);
  }

  /** Returns x converted from radians to degrees. */
  public static Array rad2deg(Object x) {
    return Elementwise.multiply(NumpyComposites.toFloat(arr(x)), 180.0 / Math.PI);
  }

  /** Returns sin(pi x) / (pi x), 1 at 0. */
  public static Array sinc(Object x) {
    return NumpyComposites.sinc(arr(x));
  }

  /** Returns the largest integer not above x (float dtypes kept). */
  public static Array floor(Object x) {
    return Elementwise.floor(arr(x));
  }

  /** Returns the smallest integer not below x. */
  public static Array ceil(Object x) {
    return Elementwise.ceil(arr(x));
  }

  /** Returns x truncated towards zero. */
  public static Array trunc(Object x) {
    return Elementwise.trunc(arr(x));
  }

  /** Returns x rounded to the nearest integer, halves to even. */
  public static Array rint(Object x) {
    return Elementwise.round(arr(x));
  }

  /** Returns a rounded to {@code decimals} decimals, halves to even (numpy.round / around). */
  public static Array around(Object a, long decimals) {
    return NumpyComposites.around(arr(a), decimals);
  }

  /** Returns whether x is NaN. */
  public static Array isnan(Object x) {
    return Elementwise.isnan(arr(x));
  }

  /** Returns whether x is infinite. */
  public static Array isinf(Object x) {
    return Elementwise.isinf(arr(x));
  }

  /** Returns whether x is finite. */
  public static Array isfinite(Object x) {
    return Elementwise.isfinite(arr(x));
  }

  /** Returns whether the sign bit of x is set (true for -0.0). */
  public static Array signbit(Object x) {
    return Elementwise.signbit(arr(x));
  }

  /** Returns logical not. */
  public static Array logicalNot(Object x) {
    return Elementwise.logicalNot(arr(x));
  }

  /** Returns the bitwise inversion (logical not for bool). */
  public static Array invert(Object x) {
    return Elementwise.bitwiseInvert(arr(x));
  }

  // ---- binary ufuncs

  /** Returns x1 + x2 with NumPy 2 promotion (Python scalars weak). */
  public static Array add(Object x1, Object x2) {
    return Elementwise.add(x1, x2);
  }

  /** Returns x1 - x2. */
  public static Array subtract(Object x1, Object x2) {
    return Elementwise.subtract(x1, x2);
  }

  /** Returns x1 * x2. */
  public static Array multiply(Object x1, Object x2) {
    return Elementwise.multiply(x1, x2);
  }

  /** Returns x1 / x2 (true division: integers give float64). */
  public static Array divide(Object x1, Object x2) {
    return Elementwise.divide(x1, x2);
  }

  /** Returns floor(x1 / x2). */
  public static Array floorDivide(Object x1, Object x2) {
    return Elementwise.floorDivide(x1, x2);
  }

  /** Returns the remainder with the sign of the divisor (numpy.mod / remainder). */
  public static Array mod(Object x1, Object x2) {
    return Elementwise.remainder(x1, x2);
  }

  /** Returns the C remainder with the sign of the dividend. */
  public static Array fmod(Object x1, Object x2) {
    return NumpyComposites.fmod(x1, x2);
  }

  /** Returns x1 ** x2. */
  public static Array power(Object x1, Object x2) {
    return Elementwise.pow(x1, x2);
  }

  /** Returns x1 ** x2 computed in float64 (at least). */
  public static Array floatPower(Object x1, Object x2) {
    Array a = arr(x1);
    Array b = arr(x2);
    DType dt = TypePromotion.promote(TypePromotion.promote(a.dtype(), b.dtype()), DType.FLOAT64);
    return Elementwise.pow(Manipulation.astype(a, dt), Manipulation.astype(b, dt));
  }

  /** Returns the element-wise maximum, propagating NaN. */
  public static Array maximum(Object x1, Object x2) {
    return Elementwise.maximum(x1, x2);
  }

  /** Returns the element-wise minimum, propagating NaN. */
  public static Array minimum(Object x1, Object x2) {
    return Elementwise.minimum(x1, x2);
  }

  /** Returns the element-wise maximum, ignoring NaN where the other operand is a number. */
  public static Array fmax(Object x1, Object x2) {
    return NumpyComposites.fmax(x1, x2, true);
  }

  /** Returns the element-wise minimum, ignoring NaN where the other operand is a number. */
  public static Array fmin(Object x1, Object x2) {
    return NumpyComposites.fmax(x1, x2, false);
  }

  /** Returns arctan(x1 / x2) in the right quadrant. */
  public static Array arctan2(Object x1, Object x2) {
    return Elementwise.atan2(x1, x2);
  }

  /** Returns sqrt(x1**2 + x2**2). */
  public static Array hypot(Object x1, Object x2) {
    return Elementwise.hypot(x1, x2);
  }

  /** Returns log(exp(x1) + exp(x2)). */
  public static Array logaddexp(Object x1, Object x2) {
    return Elementwise.logaddexp(x1, x2);
  }

  /** Returns log2(2**x1 + 2**x2). */
  public static Array logaddexp2(Object x1, Object x2) {
    double ln2 = Math.log(2.0);
    return Elementwise.divide(
        Elementwise.logaddexp(
            Elementwise.multiply(NumpyComposites.toFloat(arr(x1)), ln2),
            Elementwise.multiply(NumpyComposites.toFloat(arr(x2)), ln2)),
        ln2);
  }

  /** Returns x1 with the sign of x2. */
  public static Array copysign(Object x1, Object x2) {
    return Elementwise.copysign(x1, x2);
  }

  /** Returns the next float after x1 towards x2. */
  public static Array nextafter(Object x1, Object x2) {
    return Extras.nextafter(x1, x2);
  }

  /** Returns the Heaviside step: 0 below zero, x2 at zero, 1 above. */
  public static Array heaviside(Object x1, Object x2) {
    return NumpyComposites.heaviside(x1, x2);
  }

  /** Returns the greatest common divisor of integer arrays. */
  public static Array gcd(Object x1, Object x2) {
    return NumpyComposites.gcd(x1, x2);
  }

  /** Returns the least common multiple of integer arrays. */
  public static Array lcm(Object x1, Object x2) {
    return NumpyComposites.lcm(x1, x2);
  }

  /** Returns x1 == x2. */
  public static Array equal(Object x1, Object x2) {
    return Elementwise.equal(x1, x2);
  }

  /** Returns x1 != x2. */
  public static Array notEqual(Object x1, Object x2) {
    return Elementwise.notEqual(x1, x2);
  }

  /** Returns x1 &lt; x2. */
  public static Array less(Object x1, Object x2) {
    return Elementwise.less(x1, x2);
  }

  /** Returns x1 &lt;= x2. */
  public static Array lessEqual(Object x1, Object x2) {
    return Elementwise.lessEqual(x1, x2);
  }

  /** Returns x1 &gt; x2. */
  public static Array greater(Object x1, Object x2) {
    return Elementwise.greater(x1, x2);
  }

  /** Returns x1 &gt;= x2. */
  public static Array greaterEqual(Object x1, Object x2) {
    return Elementwise.greaterEqual(x1, x2);
  }

  /** Returns logical and. */
  public static Array logicalAnd(Object x1, Object x2) {
    return Elementwise.logicalAnd(x1, x2);
  }

  /** Returns logical or. */
  public static Array logicalOr(Object x1, Object x2) {
    return Elementwise.logicalOr(x1, x2);
  }

  /** Returns logical exclusive or. */
  public static Array logicalXor(Object x1, Object x2) {
    return Elementwise.logicalXor(x1, x2);
  }

  /** Returns bitwise and (integers and bool). */
  public static Array bitwiseAnd(Object x1, Object x2) {
    return Elementwise.bitwiseAnd(x1, x2);
  }

  /** Returns bitwise or. */
  public static Array bitwiseOr(Object x1, Object x2) {
    return Elementwise.bitwiseOr(x1, x2);
  }

  /** Returns bitwise exclusive or. */
  public static Array bitwiseXor(Object x1, Object x2) {
    return Elementwise.bitwiseXor(x1, x2);
  }

  /** Returns x1 shifted left by x2 bits. */
  public static Array leftShift(Object x1, Object x2) {
    return Elementwise.bitwiseLeftShift(x1, x2);
  }

  /** Returns x1 shifted right (arithmetically) by x2 bits. */
  public static Array rightShift(Object x1, Object x2) {
    return Elementwise.bitwiseRightShift(x1, x2);
  }

  /** Returns a limited to [aMin, aMax]; either may be null (numpy.clip). */
  public static Array clip(Object a, Object aMin, Object aMax) {
    return Elementwise.clip(arr(a), aMin, aMax);
  }

  /** Returns x with NaN and infinities replaced (numpy.nan_to_num). */
  public static Array nanToNum(Object x, double nan, Double posinf, Double neginf) {
    return Extras.nanToNum(arr(x), nan, posinf, neginf);
  }

  /** Returns where |a - b| &lt;= atol + rtol |b|. */
  public static Array isclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
    return Extras.isclose(a, b, rtol, atol, equalNan);
  }

  /** Returns whether every element is close (numpy.allclose). */
  public static boolean allclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
    return Extras.allclose(a, b, rtol, atol, equalNan);
  }

  /** Returns whether a1 and a2 have the same shape and elements. */
  public static boolean arrayEqual(Object a1, Object a2, boolean equalNan) {
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

  /** Returns where(condition, x, y); with only a condition, its nonzero indices. */
  public static Array where(Object condition, Object x, Object y) {
    Array c = arr(condition);
    if (!c.dtype().isBool()) {
      c = Elementwise.notEqual(c, 0L);
    }
    return Elementwise.where(c, x, y);
  }

  /** Returns the choice of the first true condition per element, else {@code dflt}. */
  public static Array select(List<Array> condlist, List<Array> choicelist, Object dflt) {
    return NumpyComposites.select(condlist, choicelist, dflt);
  }

  // ---- creation

  /** Returns an array of zeros (default float64). */
  public static Array zeros(long[] shape, DType dtype) {
    return Creation.zeros(Shape.of(shape), dtype == null ? DType.FLOAT64 : dtype);
  }

  /** Returns an array of ones (default float64). */
  public static Array ones(long[] shape, DType dtype) {
    return Creation.ones(Shape.of(shape), dtype == null ? DType.FLOAT64 : dtype);
  }

  /** Returns an uninitialised array; here zero-filled (default float64). */
  public static Array empty(long[] shape, DType dtype) {
    return zeros(shape, dtype);
  }

  /** Returns an array filled with fillValue; the dtype follows the value when null. */
  public static Array full(long[] shape, Object fillValue, DType dtype) {
    if (fillValue instanceof Array a) {
      return Manipulation.broadcastTo(
          dtype == null ? a : Manipulation.astype(a, dtype), Shape.of(shape));
    }
    return Creation.full(Shape.of(shape), fillValue, dtype);
  }

  /** Returns zeros shaped like a. */
  public static Array zerosLike(Object a, DType dtype) {
    Array x = arr(a);
    return Creation.zeros(x.shape(), dtype == null ? x.dtype() : dtype);
  }

  /** Returns ones shaped like a. */
  public static Array onesLike(Object a, DType dtype) {
    Array x = arr(a);
    return Creation.ones(x.shape(), dtype == null ? x.dtype() : dtype);
  }

  /** Returns fillValue shaped like a. */
  public static Array fullLike(Object a, Object fillValue, DType dtype) {
    Array x = arr(a);
    return Creation.full(x.shape(), fillValue, dtype == null ? x.dtype() : dtype);
  }

  /** Returns evenly spaced values in [start, stop); a null stop means [0, start). */
  public static Array arange(Number start, Number stop, Number step, DType dtype) {
    if (stop == null) {
      return Creation.arange(0L, start, step == null ? 1L : step, dtype);
    }
    return Creation.arange(start, stop, step == null ? 1L : step, dtype);
  }

  /** Returns num evenly spaced values from start to stop (float64 by default). */
  public static Array linspace(Number start, Number stop, long num, boolean endpoint, DType dtype) {
    Checks.check(num >= 0, "linspace", "num must be non-negative; got %s", num);
    Array r = Creation.linspace(start, stop, num, DType.FLOAT64, endpoint);
    return dtype == null ? r : Manipulation.astype(r, dtype);
  }

  /** Returns base ** linspace(start, stop, num). */
  public static Array logspace(
      Number start, Number stop, long num, boolean endpoint, double base, DType dtype) {
    Array r = Elementwise.pow(base, linspace(start, stop, num, endpoint, null));
    return dtype == null ? r : Manipulation.astype(r, dtype);
  }

  /** Returns a 2-D array with ones on the k-th diagonal (float64 by default). */
  public static Array eye(long n, Long m, long k, DType dtype) {
    return Creation.eye(n, m, k, dtype == null ? DType.FLOAT64 : dtype);
  }

  /** Returns the n x n identity. */
  public static Array identity(long n, DType dtype) {
    return eye(n, null, 0, dtype);
  }

  /** Returns ones at and below the k-th diagonal of an n x m array. */
  public static Array tri(long n, Long m, long k, DType dtype) {
    return Creation.tril(
        Creation.ones(Shape.of(n, m == null ? n : m), dtype == null ? DType.FLOAT64 : dtype), k);
  }

  /** Returns the lower triangle of m (batched). */
  public static Array tril(Object m, long k) {
    return Creation.tril(arr(m), k);
  }

  /** Returns the upper triangle of m (batched). */
  public static Array triu(Object m, long k) {
    return Creation.triu(arr(m), k);
  }

  /** Returns coordinate matrices ("xy" or "ij" indexing). */
  public static List<Array> meshgrid(List<Array> xi, String indexing) {
    return Creation.meshgrid(xi, indexing);
  }

  /** Returns the diagonal of a 2-D array, or a 2-D array with v on its k-th diagonal. */
  public static Array diag(Object v, long k) {
    return ExtraManipulation.diag(arr(v), k);
  }

  /** Returns the k-th diagonals of a over axis1 and axis2, as the last axis. */
  public static Array diagonal(Object a, long offset, int axis1, int axis2) {
    return NumpyComposites.diagonal(arr(a), offset, axis1, axis2);
  }

  // ---- shape manipulation

  /** Returns a reshaped (one dimension may be -1). */
  public static Array reshape(Object a, long... shape) {
    return Manipulation.reshape(arr(a), shape);
  }

  /** Returns a flattened, in C ("C") or Fortran ("F") order. */
  public static Array ravel(Object a, String order) {
    Array x = arr(a);
    if ("F".equals(order) || "f".equals(order)) {
      int[] rev = new int[x.rank()];
      for (int i = 0; i < rev.length; i++) {
        rev[i] = rev.length - 1 - i;
      }
      x = Manipulation.permuteDims(x, rev);
    }
    return Manipulation.reshape(x, -1);
  }

  /** Returns a with axes permuted (reversed when axes is null). */
  public static Array transpose(Object a, int[] axes) {
    Array x = arr(a);
    if (axes == null) {
      axes = new int[x.rank()];
      for (int i = 0; i < axes.length; i++) {
        axes[i] = axes.length - 1 - i;
      }
    }
    return Manipulation.permuteDims(x, axes);
  }

  /** Returns a with two axes swapped. */
  public static Array swapaxes(Object a, int axis1, int axis2) {
    return Manipulation.swapaxes(arr(a), axis1, axis2);
  }

  /** Returns a with axes moved from source to destination. */
  public static Array moveaxis(Object a, int[] source, int[] destination) {
    return Manipulation.moveaxis(arr(a), source, destination);
  }

  /** Returns a with a new axis of size 1 at each of {@code axis}. */
  public static Array expandDims(Object a, int... axis) {
    Array x = arr(a);
    int out = x.rank() + axis.length;
    int[] norm = new int[axis.length];
    for (int i = 0; i < axis.length; i++) {
      norm[i] = Checks.axis("expand_dims", "axis", axis[i], out);
    }
    java.util.Arrays.sort(norm);
    for (int ax : norm) {
      x = Manipulation.expandDims(x, ax);
    }
    return x;
  }

  /** Returns a without the given size-1 axes (all of them when axis is null). */
  public static Array squeeze(Object a, int[] axis) {
    Array x = arr(a);
    if (axis == null) {
      List<Integer> ones = new ArrayList<>();
      for (int i = 0; i < x.rank(); i++) {
        if (x.shape().dim(i) == 1) {
          ones.add(i);
        }
      }
      axis = ones.stream().mapToInt(Integer::intValue).toArray();
    }
    return Manipulation.squeeze(x, axis);
  }

  /** Returns a reversed along axis (all axes when null). */
  public static Array flip(Object m, int[] axis) {
    Array x = arr(m);
    return Manipulation.flip(x, axis == null ? Checks.allAxes(x.rank()) : axis);
  }

  /** Returns m flipped along axis 0. */
  public static Array flipud(Object m) {
    return Manipulation.flip(arr(m), 0);
  }

  /** Returns m flipped along axis 1. */
  public static Array fliplr(Object m) {
    Array x = arr(m);
    Checks.check(x.rank() >= 2, "fliplr", "m must be at least 2-d; got %s", x.aval());
    return Manipulation.flip(x, 1);
  }

  /** Returns a rolled by shift along axis (flattened when axis is null). */
  public static Array roll(Object a, long[] shift, int[] axis) {
    Array x = arr(a);
    if (axis == null) {
      return Manipulation.reshape(
          Manipulation.roll(Manipulation.reshape(x, -1), new long[] {sum(shift)}, new int[] {0}),
          x.shape());
    }
    if (shift.length == 1 && axis.length > 1) {
      long s = shift[0];
      shift = new long[axis.length];
      java.util.Arrays.fill(shift, s);
    }
    return Manipulation.roll(x, shift, axis);
  }

  private static long sum(long[] v) {
    long s = 0;
    for (long x : v) {
      s += x;
    }
    return s;
  }

  /** Returns m rotated by 90 degrees k times in the plane of axes. */
  public static Array rot90(Object m, long k, int[] axes) {
    return NumpyComposites.rot90(arr(m), k, axes);
  }

  /** Returns a broadcast to shape. */
  public static Array broadcastTo(Object a, long... shape) {
    return Manipulation.broadcastTo(arr(a), Shape.of(shape));
  }

  /** Returns the arrays broadcast against each other. */
  public static List<Array> broadcastArrays(List<Array> args) {
    return Manipulation.broadcastArrays(args);
  }

  /** Returns the shape the given shapes broadcast to. */
  public static long[] broadcastShapes(long[]... shapes) {
    return NumpyComposites.broadcastShape(shapes);
  }

  /** Returns the arrays joined along axis (flattened first when axis is null), promoting dtypes. */
  public static Array concatenate(List<Array> arrays, Integer axis) {
    Checks.check(
        !arrays.isEmpty(), "concatenate", "need at least one array to concatenate; got %s", 0);
    return Manipulation.concat(promoted(arrays), axis);
  }

  private static List<Array> promoted(List<Array> arrays) {
    DType dt = arrays.get(0).dtype();
    for (Array a : arrays) {
      dt = TypePromotion.promote(dt, a.dtype());
    }
    List<Array> r = new ArrayList<>();
    for (Array a : arrays) {
      r.add(Manipulation.astype(a, dt));
    }
    return r;
  }

  /** Returns the arrays stacked along a new axis. */
  public static Array stack(List<Array> arrays, int axis) {
    Checks.check(!arrays.isEmpty(), "stack", "need at least one array to stack; got %s", 0);
    return Manipulation.stack(promoted(arrays), axis);
  }

  /** Returns the arrays stacked row-wise (as 2-D, along axis 0). */
  public static Array vstack(List<Array> tup) {
    return concatenate(tup.stream().map(a -> NumpyComposites.atleast(a, 2)).toList(), 0);
  }

  /** Returns the arrays stacked column-wise (axis 1, or 0 for 1-D arrays). */
  public static Array hstack(List<Array> tup) {
    List<Array> l = tup.stream().map(a -> NumpyComposites.atleast(a, 1)).toList();
    return concatenate(l, l.get(0).rank() == 1 ? 0 : 1);
  }

  /** Returns the arrays stacked depth-wise (as 3-D, along axis 2). */
  public static Array dstack(List<Array> tup) {
    return concatenate(tup.stream().map(a -> NumpyComposites.atleast(a, 3)).toList(), 2);
  }

  /** Returns 1-D arrays as columns of a 2-D array, 2-D arrays as they are, joined on axis 1. */
  public static Array columnStack(List<Array> tup) {
    List<Array> l = new ArrayList<>();
    for (Array a : tup) {
      l.add(a.rank() < 2 ? Manipulation.reshape(a, -1, 1) : a);
    }
    return concatenate(l, 1);
  }

  /** Returns a viewed with at least one dimension. */
  public static Array atleast1d(Object a) {
    return NumpyComposites.atleast(arr(a), 1);
  }

  /** Returns a viewed with at least two dimensions. */
  public static Array atleast2d(Object a) {
    return NumpyComposites.atleast(arr(a), 2);
  }

  /** Returns a viewed with at least three dimensions. */
  public static Array atleast3d(Object a) {
    return NumpyComposites.atleast(arr(a), 3);
  }

  /**
   * Returns a split into equal sections (an int, which must divide the axis) or at the given
   * indices (a list).
   */
  public static List<Array> split(Object a, Object indicesOrSections, int axis) {
    return NumpyComposites.split(arr(a), indicesOrSections, axis, true);
  }

  /** Returns a split like {@link #split} but allowing unequal sections (the first ones larger). */
  public static List<Array> arraySplit(Object a, Object indicesOrSections, int axis) {
    return NumpyComposites.split(arr(a), indicesOrSections, axis, false);
  }

  /** Returns a tiled reps times. */
  public static Array tile(Object a, long... reps) {
    return Manipulation.tile(arr(a), reps);
  }

  /** Returns a with each element repeated (flattened when axis is null). */
  public static Array repeat(Object a, Object repeats, Integer axis) {
    if (repeats instanceof Array r) {
      return Manipulation.repeat(arr(a), r, axis);
    }
    Checks.check(
        repeats instanceof Long || repeats instanceof Integer,
        "repeat",
        "repeats must be an int or an integer array; got %s",
        repeats);
    return Manipulation.repeat(arr(a), ((Number) repeats).longValue(), axis);
  }

  /** Returns a padded (modes constant, edge, reflect, symmetric, wrap). */
  public static Array pad(Object a, Object padWidth, String mode, Object constantValues) {
    return ExtraManipulation.pad(
        arr(a), ExtraManipulation.padWidths(padWidth), mode, constantValues);
  }

  /** Returns the n-th discrete difference along axis. */
  public static Array diff(Object a, int n, int axis) {
    return Manipulation.diff(arr(a), n, axis);
  }

  /** Returns a cast to dtype. */
  public static Array astype(Object a, DType dtype) {
    return Manipulation.astype(arr(a), dtype);
  }

  // ---- reductions and statistics

  /** Returns the sum over axis (all when null); integers accumulate in int64. */
  public static Array sum(Object a, int[] axis, DType dtype, boolean keepdims) {
    return Reductions.sum(arr(a), axis, keepdims, dtype);
  }

  /** Returns the product over axis. */
  public static Array prod(Object a, int[] axis, DType dtype, boolean keepdims) {
    return Reductions.prod(arr(a), axis, keepdims, dtype);
  }

  /** Returns the mean over axis (float64 for integers). */
  public static Array mean(Object a, int[] axis, DType dtype, boolean keepdims) {
    Array x = arr(a);
    if (dtype != null) {
      x = Manipulation.astype(x, dtype);
    }
    return Reductions.mean(x, axis, keepdims);
  }

  /** Returns the maximum over axis; raises for an empty reduction. */
  public static Array max(Object a, int[] axis, boolean keepdims) {
    Array x = arr(a);
    checkNonEmpty("max", x, axis);
    return Reductions.max(x, axis, keepdims);
  }

  /** Returns the minimum over axis; raises for an empty reduction. */
  public static Array min(Object a, int[] axis, boolean keepdims) {
    Array x = arr(a);
    checkNonEmpty("min", x, axis);
    return Reductions.min(x, axis, keepdims);
  }

  private static void checkNonEmpty(String fn, Array x, int[] axis) {
    int[] ax = axis == null ? Checks.allAxes(x.rank()) : Checks.axes(fn, "axis", axis, x.rank());
    for (int i : ax) {
      Checks.check(
          x.shape().dim(i) > 0,
          fn,
          "zero-size array to reduction operation %s which has no identity; got %s",
          fn,
          x.aval());
    }
    if (x.rank() == 0 || ax.length == 0) {
      Checks.check(x.size() > 0, fn, "zero-size array to reduction operation; got %s", x.aval());
    }
  }

  /** Returns max - min over axis. */
  public static Array ptp(Object a, int[] axis, boolean keepdims) {
    return Elementwise.subtract(max(a, axis, keepdims), min(a, axis, keepdims));
  }

  /** Returns whether all elements are true over axis. */
  public static Array all(Object a, int[] axis, boolean keepdims) {
    return Reductions.all(arr(a), axis, keepdims);
  }

  /** Returns whether any element is true over axis. */
  public static Array any(Object a, int[] axis, boolean keepdims) {
    return Reductions.any(arr(a), axis, keepdims);
  }

  /** Returns the variance with ddof delta degrees of freedom. */
  public static Array var(Object a, int[] axis, double ddof, boolean keepdims) {
    return Reductions.var(NumpyComposites.toFloat(arr(a)), axis, ddof, keepdims);
  }

  /** Returns the standard deviation with ddof delta degrees of freedom. */
  public static Array std(Object a, int[] axis, double ddof, boolean keepdims) {
    return Reductions.std(NumpyComposites.toFloat(arr(a)), axis, ddof, keepdims);
  }

  /** Returns the index of the maximum (of the flattened array when axis is null). */
  public static Array argmax(Object a, Integer axis, boolean keepdims) {
    return Reductions.argmax(arr(a), axis, keepdims);
  }

  /** Returns the index of the minimum. */
  public static Array argmin(Object a, Integer axis, boolean keepdims) {
    return Reductions.argmin(arr(a), axis, keepdims);
  }

  /** Returns the cumulative sum along axis (of the flattened array when null). */
  public static Array cumsum(Object a, Integer axis, DType dtype) {
    Array x = arr(a);
    if (axis == null) {
      x = Manipulation.reshape(x, -1);
      axis = 0;
    }
    return Cumulative.cumulativeSum(x, axis, dtype, false);
  }

  /** Returns the cumulative product along axis (of the flattened array when null). */
  public static Array cumprod(Object a, Integer axis, DType dtype) {
    Array x = arr(a);
    if (axis == null) {
      x = Manipulation.reshape(x, -1);
      axis = 0;
    }
    if (dtype != null) {
      x = Manipulation.astype(x, dtype);
    } else if (!x.dtype().isFloating()) {
      x =
          Manipulation.astype(
              x, x.dtype().isSigned() || x.dtype().isBool() ? DType.INT64 : x.dtype());
    }
    return Cumulative.cumprod(x, axis, false, false);
  }

  /** Returns the sum ignoring NaN. */
  public static Array nansum(Object a, int[] axis, DType dtype, boolean keepdims) {
    return Extras.nansum(arr(a), axis, keepdims, dtype);
  }

  /** Returns the mean ignoring NaN. */
  public static Array nanmean(Object a, int[] axis, boolean keepdims) {
    return Extras.nanmean(arr(a), axis, keepdims);
  }

  /** Returns the median over axis. */
  public static Array median(Object a, int[] axis, boolean keepdims) {
    return Extras.median(NumpyComposites.toFloat(arr(a)), axis, keepdims);
  }

  /** Returns the q-th quantiles (q in [0, 1]) over axis. */
  public static Array quantile(Object a, Object q, int[] axis, String method, boolean keepdims) {
    Array x = NumpyComposites.toFloat(arr(a));
    if (q instanceof Array qa) {
      // an array q takes part in promotion (a Python float q is weak)
      x =
          Manipulation.astype(
              x, TypePromotion.promote(x.dtype(), NumpyComposites.toFloat(qa).dtype()));
    }
    return Extras.quantile(x, q, axis, keepdims, method);
  }

  /** Returns the q-th percentiles (q in [0, 100]) over axis. */
  public static Array percentile(Object a, Object q, int[] axis, String method, boolean keepdims) {
    Object qq =
        q instanceof Number n
            ? (Object) (n.doubleValue() / 100.0)
            : Elementwise.divide(arr(q), 100.0);
    return quantile(a, qq, axis, method, keepdims);
  }

  /** Returns the (weighted) average over axis. */
  public static Array average(Object a, Object axis, Array weights, boolean keepdims) {
    return NumpyComposites.average(arr(a), axis, weights, keepdims);
  }

  /** Returns the number of non-zero elements over axis (int64). */
  public static Array countNonzero(Object a, int[] axis, boolean keepdims) {
    return Reductions.sum(Elementwise.notEqual(arr(a), 0L), axis, keepdims, DType.INT64);
  }

  /** Returns the sum along the offset diagonal of the (axis1, axis2) planes. */
  public static Array trace(Object a, long offset, int axis1, int axis2, DType dtype) {
    return Reductions.sum(
        NumpyComposites.diagonal(arr(a), offset, axis1, axis2), new int[] {-1}, false, dtype);
  }

  /** Returns the covariance matrix of the rows (or columns) of m. */
  public static Array cov(Object m, Array y, boolean rowvar, Long ddof) {
    return NumpyComposites.cov(arr(m), y, rowvar, ddof);
  }

  /** Returns the Pearson correlation coefficients. */
  public static Array corrcoef(Object x, Array y, boolean rowvar) {
    return NumpyComposites.corrcoef(arr(x), y, rowvar);
  }

  /** Returns the counts and bin edges of a histogram with equal-width bins. */
  public static List<Array> histogram(
      Object a, long bins, List<?> range, Array weights, boolean density) {
    return NumpyComposites.histogram(arr(a), bins, range, weights, density);
  }

  /** Returns the count of each non-negative integer value. */
  public static Array bincount(Object x, Array weights, long minlength) {
    return NumpyComposites.bincount(arr(x), weights, minlength);
  }

  /** Returns the indices of the bins each value falls in. */
  public static Array digitize(Object x, Object bins, boolean right) {
    return Sorting.searchsorted(arr(bins), arr(x), right ? "left" : "right");
  }

  /** Returns the piecewise linear interpolation of (xp, fp) at x, in float64. */
  public static Array interp(Object x, Object xp, Object fp, Object left, Object right) {
    return NumpyComposites.interp(arr(x), arr(xp), arr(fp), left, right);
  }

  /** Returns the cross-correlation of two 1-D sequences ("valid", "same" or "full"). */
  public static Array correlate(Object a, Object v, String mode) {
    return NumpyComposites.correlate(arr(a), arr(v), mode);
  }

  /** Returns the discrete linear convolution of two 1-D sequences. */
  public static Array convolve(Object a, Object v, String mode) {
    Array x = arr(a);
    Array y = arr(v);
    if (y.size() > x.size()) {
      Array t = x;
      x = y;
      y = t;
    }
    return NumpyComposites.correlate(x, Manipulation.flip(y, 0), mode);
  }

  // ---- products

  /** Returns the matrix product (numpy.matmul). */
  public static Array matmul(Object x1, Object x2) {
    return Linalg.matmul(arr(x1), arr(x2));
  }

  /**
   * Returns the dot product: scalar multiply for 0-d, matmul for 1-D/2-D, sum-product otherwise.
   */
  public static Array dot(Object a, Object b) {
    Array x = arr(a);
    Array y = arr(b);
    if (x.rank() == 0 || y.rank() == 0) {
      return Elementwise.multiply(x, y);
    }
    if (y.rank() <= 2) {
      return Linalg.matmul(x, y);
    }
    return Linalg.tensordot(x, y, new int[] {x.rank() - 1}, new int[] {y.rank() - 2});
  }

  /** Returns the dot product of the flattened arrays. */
  public static Array vdot(Object a, Object b) {
    return Linalg.tensordot(Manipulation.reshape(arr(a), -1), Manipulation.reshape(arr(b), -1), 1);
  }

  /** Returns the inner product over the last axes. */
  public static Array inner(Object a, Object b) {
    Array x = arr(a);
    Array y = arr(b);
    if (x.rank() == 0 || y.rank() == 0) {
      return Elementwise.multiply(x, y);
    }
    return Linalg.tensordot(x, y, new int[] {x.rank() - 1}, new int[] {y.rank() - 1});
  }

  /** Returns the outer product of the flattened arrays. */
  public static Array outer(Object a, Object b) {
    return Linalg.outer(Manipulation.reshape(arr(a), -1), Manipulation.reshape(arr(b), -1));
  }

  /** Returns the tensor dot product over the last/first {@code axes} axes or the given pairs. */
  public static Array tensordot(Object a, Object b, Object axes) {
    if (axes instanceof Number n) {
      return Linalg.tensordot(arr(a), arr(b), n.intValue());
    }
    if (!(axes instanceof List<?> l) || l.size() != 2) {
      throw new dev.ivy.errors.IvyArgumentException(
          "tensordot: axes must be an int or a pair of axis sequences; got " + axes);
    }
    return Linalg.tensordot(
        arr(a), arr(b), NumpyComposites.axes(l.get(0)), NumpyComposites.axes(l.get(1)));
  }

  /** Returns the Kronecker product. */
  public static Array kron(Object a, Object b) {
    return ExtraManipulation.kron(arr(a), arr(b));
  }

  /** Returns the cross product of 3-vectors along axis. */
  public static Array cross(Object a, Object b, int axis) {
    return Linalg.cross(arr(a), arr(b), axis);
  }

  /** Returns the Einstein summation of the operands. */
  public static Array einsum(String subscripts, Array... operands) {
    return dev.ivy.ops.Einsum.einsum(subscripts, operands);
  }

  // ---- sorting, searching, sets

  /** Returns a sorted along axis (flattened when null). */
  public static Array sort(Object a, Integer axis) {
    Array x = arr(a);
    if (axis == null) {
      return Sorting.sort(Manipulation.reshape(x, -1), 0, false);
    }
    return Sorting.sort(x, axis, false);
  }

  /** Returns the indices that sort a along axis. */
  public static Array argsort(Object a, Integer axis) {
    Array x = arr(a);
    if (axis == null) {
      return Sorting.argsort(Manipulation.reshape(x, -1), 0, false);
    }
    return Sorting.argsort(x, axis, false);
  }

  /** Returns where v would be inserted into sorted a ("left" or "right"). */
  public static Array searchsorted(Object a, Object v, String side, Array sorter) {
    Array x = arr(a);
    if (sorter != null) {
      x = Indexing.take(x, sorter, 0);
    }
    return Sorting.searchsorted(x, arr(v), side);
  }

  /** Returns the indices of the non-zero elements, one array per dimension. */
  public static List<Array> nonzero(Object a) {
    return Searching.nonzero(arr(a));
  }

  /** Returns the indices of the non-zero elements as rows. */
  public static Array argwhere(Object a) {
    return NumpyComposites.argwhere(arr(a));
  }

  /** Returns the indices of the non-zero elements of the flattened array. */
  public static Array flatnonzero(Object a) {
    return Searching.nonzero(Manipulation.reshape(arr(a), -1)).get(0);
  }

  /** Returns the sorted unique values. */
  public static Array unique(Object ar) {
    return Sorting.sort(Sets.uniqueValues(Manipulation.reshape(arr(ar), -1)), 0, false);
  }

  /** Returns elements of a at indices along axis (flattened when null). */
  public static Array take(Object a, Object indices, Integer axis) {
    Array x = arr(a);
    if (axis == null) {
      return Indexing.take(Manipulation.reshape(x, -1), arr(indices), 0);
    }
    return Indexing.take(x, arr(indices), axis);
  }

  /** Returns elements of arr picked by indices along axis. */
  public static Array takeAlongAxis(Object a, Object indices, Integer axis) {
    return Searching.takeAlongAxis(arr(a), arr(indices), axis);
  }

  /** Returns the sorted elements of ar1 that are in ar2 (1-D). */
  public static Array isin(Object element, Object testElements) {
    Array e = arr(element);
    Array t = Manipulation.reshape(arr(testElements), -1);
    Array eq = Elementwise.equal(Manipulation.expandDims(e, -1), t);
    return Reductions.any(eq, new int[] {-1}, false);
  }

  // ---- dtypes

  /** Returns the dtype NumPy's promotion gives for the arrays and dtypes. */
  public static DType resultType(List<?> arraysAndDtypes) {
    DType dt = null;
    for (Object o : arraysAndDtypes) {
      DType d =
          o instanceof Array a
              ? a.dtype()
              : o instanceof DType t ? t : o instanceof String s ? DType.of(s) : null;
      if (d == null) {
        d = TypePromotion.scalarDType(o);
      }
      dt = dt == null ? d : TypePromotion.promote(dt, d);
    }
    Checks.check(dt != null, "result_type", "at least one array or dtype is required; got %s", 0);
    return dt;
  }

  /** Returns whether a safe cast from {@code from} to {@code to} is possible. */
  public static boolean canCast(Object from, DType to) {
    DType f =
        from instanceof Array a
            ? a.dtype()
            : from instanceof DType d ? d : DType.of(String.valueOf(from));
    return TypePromotion.canCast(f, to);
  }

  /** Returns Ivy's {@code Ivy.scalar} for a Java number (a 0-d array with NumPy's dtype). */
  static Array scalar(Object v) {
    return Ivy.scalar(v);
  }
}
