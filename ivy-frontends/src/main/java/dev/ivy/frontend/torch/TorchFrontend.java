package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.MeshIndexing;
import dev.ivy.QuantileMethod;
import dev.ivy.Shape;
import dev.ivy.Side;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Einsum;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.SignalWindows;
import dev.ivy.ops.Special;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.Operand;
import dev.ivy.registry.P;
import dev.ivy.registry.Rest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PyTorch frontend: {@code torch.*}, {@code torch.nn.functional} and {@code torch.linalg} with
 * PyTorch's argument order, defaults and dtype rules, composed of core functions. Arrays are core
 * {@link Array}s; {@link Tensor} wraps one with {@code torch.Tensor}'s methods.
 *
 * <p>Dtype rules: tensors promote as {@code torch.result_type} (an integer tensor with a floating
 * one gives the floating dtype; a Python float with an integer tensor gives float32; zero-dim
 * tensors and Python scalars do not widen a dimensioned tensor of the same kind); float32 and int64
 * are the creation defaults; {@code div} is true division; {@code var}/{@code std} are unbiased.
 *
 * <pre>{@code
 * Array x = Ivy.array(new long[] {0, 2}, 2);
 * TorchFrontend.nn.functional.oneHot(x, 3);  // int64 [[1, 0, 0], [0, 0, 1]]
 * TorchFrontend.div(x, 4L);                   // float32 [0.0, 0.5]
 * }</pre>
 *
 * <p>Every function is also registered by its dotted name in the {@code torch} namespace of the
 * {@link dev.ivy.registry.FunctionRegistry}, generated from its {@code @Fn} declaration.
 */
@Namespace(frontend = "torch", path = "TorchFrontend", methods = "Tensor")
public final class TorchFrontend extends TorchFrontendDefaults {
  private TorchFrontend() {}

  /** {@code torch.nn}. */
  public static final nn nn = new nn();

  /** {@code torch.linalg}. */
  public static final TorchLinalgNamespace linalg = new TorchLinalgNamespace();

  /** {@code torch.special}. */
  public static final TorchSpecial special = new TorchSpecial();

  // ------------------------------------------------------------------ declared: pointwise,
  // reductions, creation, searching, extras (torch-a)

  /**
   * Returns input rounded half to even, to {@code decimals} decimal places (torch.round,
   * torch.special.round).
   */
  @Fn(method = true)
  public static Array round(Array input, @Default("0") long decimals) {
    if (decimals == 0 || !input.dtype().isFloating()) {
      return Elementwise.round(input);
    }
    double f = Math.pow(10, decimals);
    return Elementwise.divide(Elementwise.round(Elementwise.multiply(input, f)), f);
  }

  /** Returns log(p / (1 - p)), p clamped to [eps, 1 - eps] when eps is given (torch.logit). */
  @Fn(method = true)
  public static Array logit(Array input, @Default("None") Number eps) {
    return TorchMath.logit(input, eps);
  }

  /**
   * Returns {@code input} with NaN, +inf and -inf replaced (torch.nan_to_num); infinities default
   * to the dtype's largest finite values, and non-floating inputs are returned as they are.
   */
  @Fn(method = true)
  public static Array nanToNum(
      Array input,
      @Default("0.0") double nan,
      @Default("None") Number posinf,
      @Default("None") Number neginf) {
    if (!input.dtype().isFloating()) {
      return input;
    }
    double max = dev.ivy.ops.DTypeInfo.finfo(input.dtype()).max();
    return Extras.nanToNum(
        input,
        nan,
        posinf == null ? max : posinf.doubleValue(),
        neginf == null ? -max : neginf.doubleValue());
  }

  /**
   * Returns {@code input + alpha * other} (torch.add).
   *
   * @param input a tensor or a number
   * @param other a tensor or a number
   * @param alpha the multiplier of {@code other}
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  @Fn(method = true)
  public static Array add(
      @Operand Object input, @Operand Object other, @Default("1") Number alpha) {
    return TorchMath.add(input, other, alpha);
  }

  /** Returns {@code input - alpha * other} (torch.sub, torch.subtract). */
  @Fn(
      value = {"sub", "subtract"},
      method = true)
  public static Array sub(
      @Operand Object input, @Operand Object other, @Default("1") Number alpha) {
    return TorchMath.sub(input, other, alpha);
  }

  /** Returns {@code other - alpha * input} (torch.rsub). */
  @Fn(method = true)
  public static Array rsub(
      @Operand Object input, @Operand Object other, @Default("1") Number alpha) {
    return TorchMath.sub(other, input, alpha);
  }

  /**
   * Returns the quotient (torch.div, torch.divide): true division (integers give float32) unless
   * {@code roundingMode} is "trunc" or "floor".
   *
   * @throws dev.ivy.errors.IvyArgumentException for another rounding mode
   */
  @Fn(
      value = {"div", "divide"},
      method = true)
  public static Array div(
      @Operand Object input, @Operand Object other, @Default("None") RoundingMode roundingMode) {
    return TorchMath.div(input, other, roundingMode);
  }

  /** Returns the true quotient; integer operands give float32 (torch.true_divide). */
  @Fn(method = true)
  public static Array trueDivide(@Operand Object input, @Operand Object other) {
    return TorchMath.div(input, other, null);
  }

  /** Returns the remainder with the dividend's sign (torch.fmod). */
  @Fn(method = true)
  public static Array fmod(@Operand Object input, @Operand Object other) {
    return TorchMath.fmod(input, other);
  }

  /** Returns {@code input ** exponent} (torch.pow). */
  @Fn(method = true)
  public static Array pow(@Operand Object input, @Operand Object exponent) {
    return TorchMath.pow(input, exponent);
  }

  /** Returns {@code input ** exponent} computed in float64 (torch.float_power). */
  @Fn(method = true)
  public static Array floatPower(@Operand Object input, @Operand Object exponent) {
    return Elementwise.pow(
        TorchTypes.as(input, DType.FLOAT64), TorchTypes.as(exponent, DType.FLOAT64));
  }

  /** Returns the angle of (other, input) (torch.atan2, torch.arctan2); integers give float32. */
  @Fn(
      value = {"atan2", "arctan2"},
      method = true)
  public static Array atan2(@Operand Object input, @Operand Object other) {
    return TorchMath.binaryFloat(input, other, Elementwise::atan2);
  }

  /** Returns sqrt(input² + other²) (torch.hypot). */
  @Fn(method = true)
  public static Array hypot(Array input, Array other) {
    return TorchMath.binaryFloat(input, other, Elementwise::hypot);
  }

  /** Returns |input| with the sign of {@code other} (torch.copysign). */
  @Fn(method = true)
  public static Array copysign(@Operand Object input, @Operand Object other) {
    return TorchMath.binaryFloat(input, other, Elementwise::copysign);
  }

  /** Returns log(exp(input) + exp(other)) (torch.logaddexp). */
  @Fn(method = true)
  public static Array logaddexp(Array input, Array other) {
    return TorchMath.binaryFloat(input, other, Elementwise::logaddexp);
  }

  /** Returns log2(2 ** input + 2 ** other) (torch.logaddexp2). */
  @Fn(method = true)
  public static Array logaddexp2(Array input, Array other) {
    return TorchMath.logaddexp2(input, other);
  }

  /** Returns the next representable value after input toward other (torch.nextafter). */
  @Fn(method = true)
  public static Array nextafter(Array input, Array other) {
    return TorchMath.binary(input, other, Extras::nextafter);
  }

  /** Returns input * 2 ** other (torch.ldexp). */
  @Fn(method = true)
  public static Array ldexp(Array input, Array other) {
    return TorchMath.binaryFloat(
        input,
        other,
        (x, y) -> Elementwise.multiply(x, Elementwise.pow(TorchTypes.as(2L, y.dtype()), y)));
  }

  /** Returns input * log(other), 0 where input is 0 (torch.xlogy). */
  @Fn(method = true)
  public static Array xlogy(@Operand Object input, @Operand Object other) {
    return TorchMath.xlogy(input, other);
  }

  /**
   * Returns the element-wise maximum of two tensors (torch.maximum).
   *
   * @throws dev.ivy.errors.IvyArgumentException if an operand is not a tensor
   */
  @Fn(method = true)
  public static Array maximum(Object input, Object other) {
    return TorchMath.binaryTensors("maximum", input, other, Elementwise::maximum);
  }

  /**
   * Returns the element-wise minimum of two tensors (torch.minimum).
   *
   * @throws dev.ivy.errors.IvyArgumentException if an operand is not a tensor
   */
  @Fn(method = true)
  public static Array minimum(Object input, Object other) {
    return TorchMath.binaryTensors("minimum", input, other, Elementwise::minimum);
  }

  /**
   * Returns the element-wise maximum ignoring NaN (torch.fmax).
   *
   * @throws dev.ivy.errors.IvyArgumentException if an operand is not a tensor
   */
  @Fn(method = true)
  public static Array fmax(Object input, Object other) {
    return fmaxOf(input, other, true);
  }

  /**
   * Returns the element-wise minimum ignoring NaN (torch.fmin).
   *
   * @throws dev.ivy.errors.IvyArgumentException if an operand is not a tensor
   */
  @Fn(method = true)
  public static Array fmin(Object input, Object other) {
    return fmaxOf(input, other, false);
  }

  private static Array fmaxOf(Object x, Object y, boolean max) {
    if (!(x instanceof Array xa) || !(y instanceof Array ya)) {
      throw new IvyArgumentException(
          (max ? "fmax" : "fmin") + ": input and other must be tensors; got " + x + " and " + y);
    }
    return TorchMath.fmax(xa, ya, max);
  }

  /** Returns whether both tensors have the same shape and elements (torch.equal). */
  @Fn(method = true)
  public static boolean equal(Array input, Array other) {
    if (!input.shape().equals(other.shape())) {
      return false;
    }
    return (Boolean)
        dev.ivy.ops.Reductions.all(
                TorchMath.binary(input, other, Elementwise::equal),
                dev.ivy.ops.Checks.allAxes(input.rank()),
                false)
            .item();
  }

  /** Returns |input - other| &lt;= atol + rtol * |other| as bool (torch.isclose). */
  @Fn(method = true)
  public static Array isclose(
      Array input,
      Array other,
      @Default("1e-05") double rtol,
      @Default("1e-08") double atol,
      @Default("False") boolean equalNan) {
    return TorchMath.binary(input, other, (x, y) -> Extras.isclose(x, y, rtol, atol, equalNan));
  }

  /** Returns whether every element is close (torch.allclose). */
  @Fn(method = true)
  public static boolean allclose(
      Array input,
      Array other,
      @Default("1e-05") double rtol,
      @Default("1e-08") double atol,
      @Default("False") boolean equalNan) {
    DType dt = TorchTypes.resultType(input, other);
    return Extras.allclose(
        TorchTypes.cast(input, dt), TorchTypes.cast(other, dt), rtol, atol, equalNan);
  }

  /**
   * Returns {@code input} clamped to [min, max] (torch.clamp, torch.clip); either bound may be
   * null, and a min above max gives max everywhere.
   *
   * @throws dev.ivy.errors.IvyArgumentException if both bounds are null
   */
  @Fn(
      value = {"clamp", "clip"},
      method = true)
  public static Array clamp(
      Array input, @Operand @Default("None") Object min, @Operand @Default("None") Object max) {
    return TorchMath.clamp(input, min, max);
  }

  /** Returns {@code input} clamped from below (torch.clamp_min). */
  @Fn(method = true)
  public static Array clampMin(Array input, @Operand Object min) {
    return TorchMath.clamp(input, min, null);
  }

  /** Returns {@code input} clamped from above (torch.clamp_max). */
  @Fn(method = true)
  public static Array clampMax(Array input, @Operand Object max) {
    return TorchMath.clamp(input, null, max);
  }

  /** Returns {@code input + value * tensor1 * tensor2} (torch.addcmul). */
  @Fn(method = true)
  public static Array addcmul(
      Array input, Array tensor1, Array tensor2, @Default("1") Number value) {
    return TorchMath.addcmul(input, tensor1, tensor2, value);
  }

  /** Returns {@code input + value * tensor1 / tensor2} (torch.addcdiv). */
  @Fn(method = true)
  public static Array addcdiv(
      Array input, Array tensor1, Array tensor2, @Default("1") Number value) {
    return TorchMath.addcdiv(input, tensor1, tensor2, value);
  }

  /** Returns {@code input + weight * (end - input)} (torch.lerp). */
  @Fn(method = true)
  public static Array lerp(Array input, Array end, @Operand Object weight) {
    return TorchMath.lerp(input, end, weight);
  }

  /**
   * Returns {@code input} where {@code condition}, else {@code other} (torch.where); with neither
   * given, the int64 indices of the nonzero elements, one tensor per dimension (a {@code
   * List<Array>}).
   */
  @Fn
  public static Object where(
      Array condition,
      @Operand @Default("None") Object input,
      @Operand @Default("None") Object other) {
    if (input == null && other == null) {
      List<Array> r = new ArrayList<>();
      for (Array a : dev.ivy.ops.Searching.nonzero(condition)) {
        r.add(TorchTypes.cast(a, DType.INT64));
      }
      return r;
    }
    if (input == null || other == null) {
      throw new IvyArgumentException(
          "where: "
              + (input == null ? "input" : "other")
              + " must be an array or a number; got None");
    }
    return TorchShapes.where(condition, input, other);
  }

  /** Returns |input| (torch.abs, torch.absolute). */
  @Fn(
      value = {"abs", "absolute"},
      method = true)
  public static Array abs(Array input) {
    return Elementwise.abs(input);
  }

  /** Returns -input (torch.neg, torch.negative). */
  @Fn(
      value = {"neg", "negative"},
      method = true)
  public static Array neg(Array input) {
    return Elementwise.negative(input);
  }

  /** Returns +input (torch.positive). */
  @Fn(method = true)
  public static Array positive(Array input) {
    return Elementwise.positive(input);
  }

  /** Returns the sign, -1, 0 or 1 (torch.sign, torch.sgn). */
  @Fn(
      value = {"sign", "sgn"},
      method = true)
  public static Array sign(Array input) {
    return Elementwise.sign(input);
  }

  /** Returns input * input (torch.square). */
  @Fn(method = true)
  public static Array square(Array input) {
    return input.dtype().isBool()
        ? TorchMath.binary(input, input, Elementwise::multiply)
        : Elementwise.square(input);
  }

  /** Returns the ceiling (torch.ceil). */
  @Fn(method = true)
  public static Array ceil(Array input) {
    return Elementwise.ceil(input);
  }

  /** Returns the floor (torch.floor). */
  @Fn(method = true)
  public static Array floor(Array input) {
    return Elementwise.floor(input);
  }

  /** Returns input rounded toward zero (torch.trunc, torch.fix). */
  @Fn(
      value = {"trunc", "fix"},
      method = true)
  public static Array trunc(Array input) {
    return Elementwise.trunc(input);
  }

  /** Returns the fractional part (torch.frac). */
  @Fn(method = true)
  public static Array frac(Array input) {
    return TorchMath.frac(input);
  }

  /** Returns whether the sign bit is set, as bool (torch.signbit). */
  @Fn(method = true)
  public static Array signbit(Array input) {
    return Elementwise.signbit(input);
  }

  /** Returns whether each element is NaN (torch.isnan). */
  @Fn(method = true)
  public static Array isnan(Array input) {
    return Elementwise.isnan(input);
  }

  /** Returns whether each element is infinite (torch.isinf). */
  @Fn(method = true)
  public static Array isinf(Array input) {
    return Elementwise.isinf(input);
  }

  /** Returns whether each element is finite (torch.isfinite). */
  @Fn(method = true)
  public static Array isfinite(Array input) {
    return Elementwise.isfinite(input);
  }

  /** Returns whether each element is +inf (torch.isposinf). */
  @Fn(method = true)
  public static Array isposinf(Array input) {
    return TorchMath.isposinf(input);
  }

  /** Returns whether each element is -inf (torch.isneginf). */
  @Fn(method = true)
  public static Array isneginf(Array input) {
    return TorchMath.isneginf(input);
  }

  /** Returns true everywhere: real tensors only (torch.isreal). */
  @Fn(method = true)
  public static Array isreal(Array input) {
    return Elementwise.logicalOr(Manipulation.astype(input, DType.BOOL), true);
  }

  /** Returns the logical negation as bool (torch.logical_not). */
  @Fn(method = true)
  public static Array logicalNot(Array input) {
    return Elementwise.logicalNot(input);
  }

  /** Returns the bitwise negation (torch.bitwise_not). */
  @Fn(method = true)
  public static Array bitwiseNot(Array input) {
    return Elementwise.bitwiseInvert(input);
  }

  /** Returns max(input, 0) (torch.relu). */
  @Fn(method = true)
  public static Array relu(Array input) {
    return Activations.relu(input);
  }

  /** Returns e ** input (torch.exp); integer inputs give float32. */
  @Fn(method = true)
  public static Array exp(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::exp);
  }

  /** Returns e ** input - 1 (torch.expm1); integer inputs give float32. */
  @Fn(method = true)
  public static Array expm1(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::expm1);
  }

  /** Returns 2 ** input (torch.exp2); integer inputs give float32. */
  @Fn(method = true)
  public static Array exp2(Array input) {
    return TorchMath.unaryFloat(input, TorchMath::exp2);
  }

  /** Returns the natural logarithm (torch.log); integer inputs give float32. */
  @Fn(method = true)
  public static Array log(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::log);
  }

  /** Returns log(1 + input) (torch.log1p); integer inputs give float32. */
  @Fn(method = true)
  public static Array log1p(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::log1p);
  }

  /** Returns the base-2 logarithm (torch.log2); integer inputs give float32. */
  @Fn(method = true)
  public static Array log2(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::log2);
  }

  /** Returns the base-10 logarithm (torch.log10); integer inputs give float32. */
  @Fn(method = true)
  public static Array log10(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::log10);
  }

  /** Returns the square root (torch.sqrt); integer inputs give float32. */
  @Fn(method = true)
  public static Array sqrt(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::sqrt);
  }

  /** Returns 1 / sqrt(input) (torch.rsqrt); integer inputs give float32. */
  @Fn(method = true)
  public static Array rsqrt(Array input) {
    return TorchMath.unaryFloat(input, TorchMath::rsqrt);
  }

  /** Returns 1 / input (torch.reciprocal); integer inputs give float32. */
  @Fn(method = true)
  public static Array reciprocal(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::reciprocal);
  }

  /** Returns the sine (torch.sin); integer inputs give float32. */
  @Fn(method = true)
  public static Array sin(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::sin);
  }

  /** Returns the cosine (torch.cos); integer inputs give float32. */
  @Fn(method = true)
  public static Array cos(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::cos);
  }

  /** Returns the tangent (torch.tan); integer inputs give float32. */
  @Fn(method = true)
  public static Array tan(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::tan);
  }

  /** Returns the arcsine (torch.asin, torch.arcsin); integer inputs give float32. */
  @Fn(
      value = {"asin", "arcsin"},
      method = true)
  public static Array asin(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::asin);
  }

  /** Returns the arccosine (torch.acos, torch.arccos); integer inputs give float32. */
  @Fn(
      value = {"acos", "arccos"},
      method = true)
  public static Array acos(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::acos);
  }

  /** Returns the arctangent (torch.atan, torch.arctan); integer inputs give float32. */
  @Fn(
      value = {"atan", "arctan"},
      method = true)
  public static Array atan(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::atan);
  }

  /** Returns the hyperbolic sine (torch.sinh); integer inputs give float32. */
  @Fn(method = true)
  public static Array sinh(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::sinh);
  }

  /** Returns the hyperbolic cosine (torch.cosh); integer inputs give float32. */
  @Fn(method = true)
  public static Array cosh(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::cosh);
  }

  /** Returns the hyperbolic tangent (torch.tanh); integer inputs give float32. */
  @Fn(method = true)
  public static Array tanh(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::tanh);
  }

  /**
   * Returns the inverse hyperbolic sine (torch.asinh, torch.arcsinh); integer inputs give float32.
   */
  @Fn(
      value = {"asinh", "arcsinh"},
      method = true)
  public static Array asinh(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::asinh);
  }

  /**
   * Returns the inverse hyperbolic cosine (torch.acosh, torch.arccosh); integer inputs give
   * float32.
   */
  @Fn(
      value = {"acosh", "arccosh"},
      method = true)
  public static Array acosh(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::acosh);
  }

  /**
   * Returns the inverse hyperbolic tangent (torch.atanh, torch.arctanh); integer inputs give
   * float32.
   */
  @Fn(
      value = {"atanh", "arctanh"},
      method = true)
  public static Array atanh(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::atanh);
  }

  /** Returns the error function (torch.erf); integer inputs give float32. */
  @Fn(method = true)
  public static Array erf(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::erf);
  }

  /** Returns 1 - erf(input) (torch.erfc); integer inputs give float32. */
  @Fn(method = true)
  public static Array erfc(Array input) {
    return TorchMath.unaryFloat(input, TorchMath::erfc);
  }

  /**
   * Returns the inverse error function, ±inf at ±1 and NaN outside [-1, 1] (torch.erfinv); integer
   * inputs give float32.
   */
  @Fn(method = true)
  public static Array erfinv(Array input) {
    return TorchMath.unaryFloat(input, TorchMath::erfinv);
  }

  /**
   * Returns log|Gamma(input)|, +inf at the poles 0, -1, -2... (torch.lgamma); integer inputs give
   * float32.
   */
  @Fn(method = true)
  public static Array lgamma(Array input) {
    return TorchMath.unaryFloat(input, TorchMath::lgamma);
  }

  /**
   * Returns the modified Bessel function of the first kind of order 0 (torch.i0); integer inputs
   * give float32.
   */
  @Fn(method = true)
  public static Array i0(Array input) {
    return TorchMath.unaryFloat(input, TorchMath::i0);
  }

  /** Returns sin(pi x) / (pi x), 1 at 0 (torch.sinc); integer inputs give float32. */
  @Fn(method = true)
  public static Array sinc(Array input) {
    return TorchMath.unaryFloat(input, TorchMath::sinc);
  }

  /** Returns degrees converted to radians (torch.deg2rad); integer inputs give float32. */
  @Fn(method = true)
  public static Array deg2rad(Array input) {
    return TorchMath.unaryFloat(input, TorchMath::deg2rad);
  }

  /** Returns radians converted to degrees (torch.rad2deg); integer inputs give float32. */
  @Fn(method = true)
  public static Array rad2deg(Array input) {
    return TorchMath.unaryFloat(input, TorchMath::rad2deg);
  }

  /** Returns the logistic sigmoid (torch.sigmoid); integer inputs give float32. */
  @Fn(method = true)
  public static Array sigmoid(Array input) {
    return TorchMath.unaryFloat(input, Activations::sigmoid);
  }

  /** Returns the logarithmic derivative of Gamma (torch.digamma); integer inputs give float32. */
  @Fn(method = true)
  public static Array digamma(Array input) {
    return TorchMath.unaryFloat(input, TorchExtras::digamma);
  }

  /** Returns input * other (torch.mul, torch.multiply). */
  @Fn(
      value = {"mul", "multiply"},
      method = true)
  public static Array mul(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::multiply);
  }

  /** Returns the floored quotient; integers stay integers (torch.floor_divide). */
  @Fn(method = true)
  public static Array floorDivide(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::floorDivide);
  }

  /** Returns the remainder with the divisor's sign (torch.remainder). */
  @Fn(method = true)
  public static Array remainder(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::remainder);
  }

  /** Returns input == other as bool (torch.eq). */
  @Fn(method = true)
  public static Array eq(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::equal);
  }

  /** Returns input != other as bool (torch.ne, torch.not_equal). */
  @Fn(
      value = {"ne", "not_equal"},
      method = true)
  public static Array ne(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::notEqual);
  }

  /** Returns input &lt; other as bool (torch.lt, torch.less). */
  @Fn(
      value = {"lt", "less"},
      method = true)
  public static Array lt(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::less);
  }

  /** Returns input &lt;= other as bool (torch.le, torch.less_equal). */
  @Fn(
      value = {"le", "less_equal"},
      method = true)
  public static Array le(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::lessEqual);
  }

  /** Returns input > other as bool (torch.gt, torch.greater). */
  @Fn(
      value = {"gt", "greater"},
      method = true)
  public static Array gt(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::greater);
  }

  /** Returns input >= other as bool (torch.ge, torch.greater_equal). */
  @Fn(
      value = {"ge", "greater_equal"},
      method = true)
  public static Array ge(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::greaterEqual);
  }

  /** Returns the logical and as bool (torch.logical_and). */
  @Fn(method = true)
  public static Array logicalAnd(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, (x, y) -> Elementwise.logicalAnd(x, y));
  }

  /** Returns the logical or as bool (torch.logical_or). */
  @Fn(method = true)
  public static Array logicalOr(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, (x, y) -> Elementwise.logicalOr(x, y));
  }

  /** Returns the logical exclusive or as bool (torch.logical_xor). */
  @Fn(method = true)
  public static Array logicalXor(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, (x, y) -> Elementwise.logicalXor(x, y));
  }

  /** Returns the bitwise and (torch.bitwise_and). */
  @Fn(method = true)
  public static Array bitwiseAnd(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::bitwiseAnd);
  }

  /** Returns the bitwise or (torch.bitwise_or). */
  @Fn(method = true)
  public static Array bitwiseOr(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::bitwiseOr);
  }

  /** Returns the bitwise exclusive or (torch.bitwise_xor). */
  @Fn(method = true)
  public static Array bitwiseXor(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::bitwiseXor);
  }

  /** Returns input shifted left by other bits (torch.bitwise_left_shift). */
  @Fn(method = true)
  public static Array bitwiseLeftShift(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::bitwiseLeftShift);
  }

  /** Returns input shifted right by other bits (torch.bitwise_right_shift). */
  @Fn(method = true)
  public static Array bitwiseRightShift(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::bitwiseRightShift);
  }

  /**
   * Returns the sum over {@code dim} (all when null) (torch.sum); integers and bools accumulate in
   * int64 unless {@code dtype} says otherwise.
   *
   * @throws dev.ivy.errors.IvyArgumentException if a dim is out of range
   */
  @Fn(method = true)
  public static Array sum(
      Array input,
      @Default("None") int[] dim,
      @Default("False") boolean keepdim,
      @Default("None") DType dtype) {
    return TorchReduce.sum(input, dim, keepdim, dtype);
  }

  /** Returns the sum over {@code dim} treating NaN as zero (torch.nansum). */
  @Fn(method = true)
  public static Array nansum(
      Array input,
      @Default("None") int[] dim,
      @Default("False") boolean keepdim,
      @Default("None") DType dtype) {
    return TorchTypes.cast(TorchReduce.nansum(input, dim, keepdim), dtype);
  }

  /**
   * Returns the mean over {@code dim} (all when null) (torch.mean).
   *
   * @throws dev.ivy.errors.IvyArgumentException if the input is not floating and no floating dtype
   *     is given
   */
  @Fn(method = true)
  public static Array mean(
      Array input,
      @Default("None") int[] dim,
      @Default("False") boolean keepdim,
      @Default("None") DType dtype) {
    return TorchReduce.mean(input, dim, keepdim, dtype);
  }

  /** Returns the mean over {@code dim} ignoring NaN (torch.nanmean). */
  @Fn(method = true)
  public static Array nanmean(
      Array input,
      @Default("None") int[] dim,
      @Default("False") boolean keepdim,
      @Default("None") DType dtype) {
    return TorchReduce.nanmean(TorchTypes.cast(input, dtype), dim, keepdim);
  }

  /** Returns the product over {@code dim} (all when null) (torch.prod). */
  @Fn(method = true)
  public static Array prod(
      Array input,
      @Default("None") Integer dim,
      @Default("False") boolean keepdim,
      @Default("None") DType dtype) {
    return TorchReduce.prod(input, dim, keepdim, dtype);
  }

  /**
   * The dims of var/std: a boolean in the dim position is the legacy {@code var(input, unbiased)}.
   */
  private static int[] varDims(Object dim) {
    if (dim == null || dim instanceof Boolean) {
      return null;
    }
    if (dim instanceof int[] ia) {
      return ia.clone();
    }
    if (dim instanceof long[] la) {
      return TorchShapes.ints(la);
    }
    if (dim instanceof Array a && a.dtype().isInteger() && a.rank() <= 1) {
      return TorchShapes.ints(a);
    }
    if (dim instanceof List<?> l) {
      int[] r = new int[l.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = intDim("var", l.get(i));
      }
      return r;
    }
    return new int[] {intDim("var", dim)};
  }

  /** Returns an integer dim (Long, Integer, Short or Byte) as an int. */
  private static int intDim(String fn, Object v) {
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      long l = ((Number) v).longValue();
      if (l == (int) l) {
        return (int) l;
      }
    }
    throw new IvyArgumentException(
        fn
            + ": dim must be an integer; got "
            + v
            + (v == null ? "" : " (" + v.getClass().getSimpleName() + ")"));
  }

  private static double varCorrection(Object dim, Boolean unbiased, Number correction) {
    return TorchReduce.correction(dim instanceof Boolean b ? b : unbiased, correction);
  }

  /**
   * Returns the variance over {@code dim} (torch.var): Bessel-corrected unless {@code unbiased} is
   * false or {@code correction} says otherwise; {@code dim} is an int, a sequence of ints, None, or
   * (legacy {@code var(input, unbiased)}) a boolean; from Java also an int[].
   */
  @Fn(method = true)
  public static Array var(
      Array input,
      @Default("None") Object dim,
      @Default("None") Boolean unbiased,
      @Default("False") boolean keepdim,
      @Default("None") Number correction) {
    return TorchReduce.var(input, varDims(dim), varCorrection(dim, unbiased, correction), keepdim);
  }

  /** Returns the standard deviation over {@code dim}, as {@link #var} (torch.std). */
  @Fn(method = true)
  public static Array std(
      Array input,
      @Default("None") Object dim,
      @Default("None") Boolean unbiased,
      @Default("False") boolean keepdim,
      @Default("None") Number correction) {
    return TorchReduce.std(input, varDims(dim), varCorrection(dim, unbiased, correction), keepdim);
  }

  /** Returns the variance and the mean over {@code dim}, as {@link #var} (torch.var_mean). */
  @Fn(method = true)
  public static List<Array> varMean(
      Array input,
      @Default("None") Object dim,
      @Default("None") Boolean unbiased,
      @Default("False") boolean keepdim,
      @Default("None") Number correction) {
    int[] d = varDims(dim);
    return List.of(
        TorchReduce.var(input, d, varCorrection(dim, unbiased, correction), keepdim),
        TorchReduce.mean(TorchTypes.floating(input), d, keepdim, null));
  }

  /** Returns the standard deviation and the mean over {@code dim} (torch.std_mean). */
  @Fn(method = true)
  public static List<Array> stdMean(
      Array input,
      @Default("None") Object dim,
      @Default("None") Boolean unbiased,
      @Default("False") boolean keepdim,
      @Default("None") Number correction) {
    int[] d = varDims(dim);
    return List.of(
        TorchReduce.std(input, d, varCorrection(dim, unbiased, correction), keepdim),
        TorchReduce.mean(TorchTypes.floating(input), d, keepdim, null));
  }

  /** Returns the maximum over {@code dim}, all dims when empty (torch.amax). */
  @Fn(method = true)
  public static Array amax(
      Array input, @Default("()") int[] dim, @Default("False") boolean keepdim) {
    return TorchReduce.amax(input, dim, keepdim);
  }

  /** Returns the minimum over {@code dim}, all dims when empty (torch.amin). */
  @Fn(method = true)
  public static Array amin(
      Array input, @Default("()") int[] dim, @Default("False") boolean keepdim) {
    return TorchReduce.amin(input, dim, keepdim);
  }

  /** Returns the minimum and the maximum over {@code dim} (torch.aminmax). */
  @Fn(method = true)
  public static List<Array> aminmax(
      Array input, @Default("None") int[] dim, @Default("False") boolean keepdim) {
    return List.of(TorchReduce.amin(input, dim, keepdim), TorchReduce.amax(input, dim, keepdim));
  }

  private static Object maxOrMin(String fn, Array input, Object dim, boolean keepdim, boolean max) {
    if (dim instanceof Array other) {
      return TorchMath.binaryTensors(
          fn, input, other, max ? Elementwise::maximum : Elementwise::minimum);
    }
    if (dim == null) {
      if (input.size() == 0) {
        throw new IvyArgumentException(
            fn + ": input must not be empty when dim is None; got " + input.aval());
      }
      return max ? TorchReduce.amax(input, null, false) : TorchReduce.amin(input, null, false);
    }
    return TorchReduce.maxWithIndices(input, intDim(fn, dim), keepdim, max);
  }

  /**
   * Returns the maximum (torch.max): of all elements when {@code dim} is null (an Array); along an
   * int {@code dim}, the values and their int64 indices (a {@code List<Array>}); with a tensor in
   * {@code dim}, the element-wise maximum (an Array).
   */
  @Fn(method = true)
  public static Object max(
      Array input, @Default("None") Object dim, @Default("False") boolean keepdim) {
    return maxOrMin("max", input, dim, keepdim, true);
  }

  /** Returns the minimum, as {@link #max(Array, Object, boolean)} does the maximum (torch.min). */
  @Fn(method = true)
  public static Object min(
      Array input, @Default("None") Object dim, @Default("False") boolean keepdim) {
    return maxOrMin("min", input, dim, keepdim, false);
  }

  /** Returns the maximum of all elements (torch.max). */
  public static Array max(Array input) {
    return TorchReduce.amax(input, null, false);
  }

  /** Returns the maximum along {@code dim} and its int64 indices (torch.max with dim). */
  public static List<Array> max(Array input, int dim, boolean keepdim) {
    return TorchReduce.maxWithIndices(input, dim, keepdim, true);
  }

  /** Returns the minimum of all elements (torch.min). */
  public static Array min(Array input) {
    return TorchReduce.amin(input, null, false);
  }

  /** Returns the minimum along {@code dim} and its int64 indices (torch.min with dim). */
  public static List<Array> min(Array input, int dim, boolean keepdim) {
    return TorchReduce.maxWithIndices(input, dim, keepdim, false);
  }

  /**
   * Returns the int64 index of the maximum along {@code dim}, of the flattened input when null
   * (torch.argmax).
   */
  @Fn(method = true)
  public static Array argmax(
      Array input, @Default("None") Integer dim, @Default("False") boolean keepdim) {
    return TorchReduce.argmax(input, dim, keepdim, true);
  }

  /**
   * Returns the int64 index of the minimum along {@code dim}, of the flattened input when null
   * (torch.argmin).
   */
  @Fn(method = true)
  public static Array argmin(
      Array input, @Default("None") Integer dim, @Default("False") boolean keepdim) {
    return TorchReduce.argmax(input, dim, keepdim, false);
  }

  /** Returns whether every element over {@code dim} is nonzero, as bool (torch.all). */
  @Fn(method = true)
  public static Array all(
      Array input, @Default("None") int[] dim, @Default("False") boolean keepdim) {
    return TorchReduce.all(input, dim, keepdim, false);
  }

  /** Returns whether any element over {@code dim} is nonzero, as bool (torch.any). */
  @Fn(method = true)
  public static Array any(
      Array input, @Default("None") int[] dim, @Default("False") boolean keepdim) {
    return TorchReduce.all(input, dim, keepdim, true);
  }

  /** Returns the int64 count of nonzero elements over {@code dim} (torch.count_nonzero). */
  @Fn(method = true)
  public static Array countNonzero(Array input, @Default("None") int[] dim) {
    return TorchReduce.countNonzero(input, dim);
  }

  /** Returns log(sum(exp(input))) over {@code dim} (torch.logsumexp). */
  @Fn(method = true)
  public static Array logsumexp(Array input, int[] dim, @Default("False") boolean keepdim) {
    return TorchReduce.logsumexp(input, dim, keepdim);
  }

  /**
   * Returns the lower median (torch.median): of all elements when {@code dim} is null (an Array),
   * else along {@code dim} with its indices (a {@code List<Array>}).
   */
  @Fn(method = true)
  public static Object median(
      Array input, @Default("None") Integer dim, @Default("False") boolean keepdim) {
    return dim == null ? TorchReduce.median(input) : TorchReduce.median(input, dim, keepdim);
  }

  /** Returns the lower median along {@code dim} and its indices (torch.median). */
  public static List<Array> median(Array input, int dim, boolean keepdim) {
    return TorchReduce.median(input, dim, keepdim);
  }

  /**
   * Returns the lower median ignoring NaN, as {@link #median(Array, Integer, boolean)}
   * (torch.nanmedian).
   */
  @Fn(method = true)
  public static Object nanmedian(
      Array input, @Default("None") Integer dim, @Default("False") boolean keepdim) {
    return dim == null ? TorchReduce.nanmedian(input) : TorchReduce.median(input, dim, keepdim);
  }

  /** Returns the k-th smallest values along {@code dim} and their indices (torch.kthvalue). */
  @Fn(method = true)
  public static List<Array> kthvalue(
      Array input, long k, @Default("-1") int dim, @Default("False") boolean keepdim) {
    return TorchReduce.kthvalue(input, k, dim, keepdim);
  }

  /**
   * Returns the {@code q}-th quantiles over {@code dim} (of the flattened input when null)
   * (torch.quantile); {@code q} is a number or a tensor, interpolation "linear", "lower", "higher",
   * "midpoint" or "nearest".
   */
  @Fn(method = true)
  public static Array quantile(
      Array input,
      Object q,
      @Default("None") Integer dim,
      @Default("False") boolean keepdim,
      @Default("'linear'") QuantileMethod interpolation) {
    return quantileOf(input, q, dim, keepdim, interpolation, false);
  }

  /** Returns the quantiles ignoring NaN, over all elements (torch.nanquantile). */
  @Fn(method = true)
  public static Array nanquantile(
      Array input,
      Object q,
      @Default("None") Integer dim,
      @Default("False") boolean keepdim,
      @Default("'linear'") QuantileMethod interpolation) {
    return quantileOf(input, q, dim, keepdim, interpolation, true);
  }

  private static Array quantileOf(
      Array x, Object q, Integer dim, boolean keepdim, QuantileMethod interpolation, boolean nan) {
    Object qq = q instanceof Array qa ? TorchTypes.cast(qa, x.dtype()) : q;
    Array v = x;
    if (nan) {
      // NaNs are ignored: only supported over all elements
      Array flat = Manipulation.reshape(x, -1);
      v = dev.ivy.ops.Indexer.get(flat, Elementwise.logicalNot(Elementwise.isnan(flat)));
      dim = null;
    }
    int[] axes = dim == null ? dev.ivy.ops.Checks.allAxes(v.rank()) : new int[] {dim};
    if (dim == null && !nan) {
      v = Manipulation.reshape(v, -1);
      axes = new int[] {0};
    }
    return Extras.quantile(
        v,
        qq,
        axes,
        keepdim,
        Checks.given("quantile", "interpolation", interpolation, QuantileMethod.class).lower());
  }

  /**
   * Returns the running maximum along {@code dim} and the index where each was reached
   * (torch.cummax).
   */
  @Fn(method = true)
  public static List<Array> cummax(Array input, int dim) {
    return TorchReduce.cumExtreme(input, dim, true);
  }

  /**
   * Returns the running minimum along {@code dim} and the index where each was reached
   * (torch.cummin).
   */
  @Fn(method = true)
  public static List<Array> cummin(Array input, int dim) {
    return TorchReduce.cumExtreme(input, dim, false);
  }

  /** Returns log(cumsum(exp(input))) along {@code dim}, computed stably (torch.logcumsumexp). */
  @Fn(method = true)
  public static Array logcumsumexp(Array input, int dim) {
    Array x = TorchTypes.floating(input);
    int d = TorchShapes.dim("logcumsumexp", dim, x.rank());
    Array m = dev.ivy.ops.Reductions.max(x, new int[] {d}, true);
    m = Elementwise.where(Elementwise.isfinite(m), m, Creation.zerosLike(m));
    Array s = Cumulative.cumulativeSum(Elementwise.exp(Elementwise.subtract(x, m)), d, null, false);
    return Elementwise.add(Elementwise.log(s), m);
  }

  /**
   * Returns [start, end) in steps of {@code step} (torch.arange): {@code arange(end)} when end is
   * null; int64 for integer arguments, else float32, unless {@code dtype} says otherwise.
   */
  @Fn
  public static Array arange(
      Number start,
      @Default("None") Number end,
      @Default("1") Number step,
      @Default("None") DType dtype) {
    return TorchCreation.arange(start, end, step, dtype);
  }

  /**
   * Returns {@code steps} evenly spaced values from start to end, float32 by default
   * (torch.linspace).
   */
  @Fn
  public static Array linspace(Number start, Number end, long steps, @Default("None") DType dtype) {
    return TorchCreation.linspace(start, end, steps, dtype);
  }

  /** Returns {@code base ** linspace(start, end, steps)} (torch.logspace). */
  @Fn
  public static Array logspace(
      Number start,
      Number end,
      long steps,
      @Default("10.0") double base,
      @Default("None") DType dtype) {
    return TorchCreation.logspace(start, end, steps, base, dtype);
  }

  /** Returns the n x m identity (m = n when null), float32 by default (torch.eye). */
  @Fn
  public static Array eye(long n, @Default("None") Long m, @Default("None") DType dtype) {
    return TorchCreation.eye(n, m, dtype);
  }

  /** Returns the n x m float32 identity (torch.eye). */
  public static Array eye(long n, long m) {
    return TorchCreation.eye(n, m, null);
  }

  /**
   * Returns a tensor of {@code size} filled with {@code fillValue}, typed by the value
   * (torch.full).
   */
  @Fn
  public static Array full(long[] size, Object fillValue, @Default("None") DType dtype) {
    return TorchCreation.full(size, fillValue, dtype);
  }

  /** Returns zeros of {@code size}, float32 (torch.zeros). */
  public static Array zeros(long... size) {
    return TorchCreation.zeros(size, null);
  }

  /** Returns zeros of {@code size} in {@code dtype}, float32 when null (torch.zeros). */
  @Fn
  public static Array zeros(@Rest long[] size, @Default("None") DType dtype) {
    return TorchCreation.zeros(size, dtype);
  }

  /** Returns ones of {@code size}, float32 (torch.ones). */
  public static Array ones(long... size) {
    return TorchCreation.ones(size, null);
  }

  /** Returns ones of {@code size} in {@code dtype}, float32 when null (torch.ones). */
  @Fn
  public static Array ones(@Rest long[] size, @Default("None") DType dtype) {
    return TorchCreation.ones(size, dtype);
  }

  /**
   * Returns an array of {@code size} in {@code dtype} (torch.empty): zeros here, as the values of
   * torch's are unspecified.
   */
  @Fn
  public static Array empty(@Rest long[] size, @Default("None") DType dtype) {
    return TorchCreation.zeros(size, dtype);
  }

  /**
   * Returns coordinate grids of 1-d tensors, {@code indexing} "ij" (matrix, the default) or "xy"
   * (Cartesian) (torch.meshgrid).
   */
  @Fn
  public static List<Array> meshgrid(
      @Rest Array[] tensors, @Default("'ij'") MeshIndexing indexing) {
    return Creation.meshgrid(List.of(tensors), indexing == null ? "ij" : indexing.lower());
  }

  /** Returns uniform [0, 1) samples of {@code size}, float32 unless {@code dtype} (torch.rand). */
  @Fn
  public static Array rand(@Rest long[] size, @Default("None") DType dtype) {
    return dev.ivy.ops.Random.randomUniform(
        0.0, 1.0, Shape.of(size), dtype == null ? TorchTypes.DEFAULT_FLOAT : dtype, null);
  }

  /**
   * Returns standard normal samples of {@code size}, float32 unless {@code dtype} (torch.randn).
   */
  @Fn
  public static Array randn(@Rest long[] size, @Default("None") DType dtype) {
    return dev.ivy.ops.Random.randomNormal(
        0.0, 1.0, Shape.of(size), dtype == null ? TorchTypes.DEFAULT_FLOAT : dtype, null);
  }

  /**
   * Returns zeros shaped as {@code input}, of its dtype unless {@code dtype} (torch.zeros_like).
   */
  @Fn
  public static Array zerosLike(Array input, @Default("None") DType dtype) {
    return TorchCreation.like(input, 0L, dtype);
  }

  /** Returns ones shaped as {@code input}, of its dtype unless {@code dtype} (torch.ones_like). */
  @Fn
  public static Array onesLike(Array input, @Default("None") DType dtype) {
    return TorchCreation.like(input, 1L, dtype);
  }

  /** Returns an uninitialised tensor shaped as {@code input}: zeros here (torch.empty_like). */
  @Fn
  public static Array emptyLike(Array input, @Default("None") DType dtype) {
    return TorchCreation.like(input, 0L, dtype);
  }

  /** Returns {@code fillValue} shaped as {@code input} (torch.full_like). */
  @Fn
  public static Array fullLike(Array input, Object fillValue, @Default("None") DType dtype) {
    return TorchCreation.like(input, fillValue, dtype);
  }

  /**
   * Returns a tensor of a Java value, floats as float32 and integers as int64 unless {@code dtype}
   * (torch.tensor).
   */
  @Fn
  public static Array tensor(Object data, @Default("None") DType dtype) {
    return TorchCreation.tensor(data, dtype);
  }

  /** Returns a tensor of a Java value, as {@link #tensor(Object, DType)} (torch.as_tensor). */
  @Fn
  public static Array asTensor(Object data, @Default("None") DType dtype) {
    return TorchCreation.tensor(data, dtype);
  }

  /**
   * Returns the 2 x N int64 indices of the lower triangle of a row x col matrix
   * (torch.tril_indices).
   */
  @Fn
  public static Array trilIndices(
      long row, long col, @Default("0") long offset, @Default("None") DType dtype) {
    return TorchCreation.triIndices(row, col, offset, true, dtype);
  }

  /**
   * Returns the 2 x N int64 indices of the upper triangle of a row x col matrix
   * (torch.triu_indices).
   */
  @Fn
  public static Array triuIndices(
      long row, long col, @Default("0") long offset, @Default("None") DType dtype) {
    return TorchCreation.triIndices(row, col, offset, false, dtype);
  }

  /** Returns whether {@code obj} is a tensor (torch.is_tensor). */
  @Fn
  public static boolean isTensor(Object obj) {
    return obj instanceof Array;
  }

  /** Returns the number of elements (torch.numel). */
  @Fn(method = true)
  public static long numel(Array input) {
    return input.size();
  }

  /** Returns whether the dtype is floating (torch.is_floating_point). */
  @Fn
  public static boolean isFloatingPoint(Array input) {
    return input.dtype().isFloating();
  }

  /**
   * Returns whether the single element is nonzero (torch.is_nonzero).
   *
   * @throws IvyArgumentException if the input has not exactly one element
   */
  @Fn
  public static boolean isNonzero(Array input) {
    if (input.size() != 1) {
      throw new IvyArgumentException(
          "is_nonzero: input must have exactly one element; got " + input.aval());
    }
    return input.itemDouble() != 0;
  }

  /** Returns the dtype of an operation on two tensors or scalars (torch.result_type). */
  @Fn
  public static DType resultType(Object tensor1, Object tensor2) {
    return TorchTypes.resultType(tensor1, tensor2);
  }

  /** Returns the smallest dtype both promote to (torch.promote_types). */
  @Fn
  public static DType promoteTypes(DType type1, DType type2) {
    return TorchTypes.promote(type1, type2);
  }

  /**
   * Returns whether casting {@code from} to {@code to} is allowed (torch.can_cast): torch forbids
   * only lowering the kind (float to int, int to bool...).
   */
  @Fn
  public static boolean canCast(@P("from_") DType from, DType to) {
    int kf = from.isBool() ? 0 : from.isInteger() ? 1 : 2;
    int kt = to.isBool() ? 0 : to.isInteger() ? 1 : 2;
    return kf <= kt;
  }

  /** Returns the values sorted along {@code dim} and their int64 indices (torch.sort). */
  @Fn(method = true)
  public static List<Array> sort(
      Array input,
      @Default("-1") int dim,
      @Default("False") boolean descending,
      @Default("False") boolean stable) {
    return TorchSearch.sort(input, dim, descending);
  }

  /** Returns the int64 indices that sort {@code input} along {@code dim} (torch.argsort). */
  @Fn(method = true)
  public static Array argsort(
      Array input,
      @Default("-1") int dim,
      @Default("False") boolean descending,
      @Default("False") boolean stable) {
    return TorchSearch.argsort(input, dim, descending);
  }

  /** Returns {@code input} sorted along dimension 0 (torch.msort). */
  @Fn(method = true)
  public static Array msort(Array input) {
    return TorchSearch.sort(input, 0, false).get(0);
  }

  /**
   * Returns the {@code k} largest (or smallest) values along {@code dim} and their indices
   * (torch.topk).
   */
  @Fn(method = true)
  public static List<Array> topk(
      Array input,
      long k,
      @Default("-1") int dim,
      @Default("True") boolean largest,
      @Default("True") boolean sorted) {
    return TorchSearch.topk(input, k, dim, largest, sorted);
  }

  /**
   * Returns the sorted unique values (torch.unique), with the inverse indices and the counts when
   * asked (then a {@code List<Array>}).
   *
   * @throws IvyArgumentException if {@code dim} is given (not supported)
   */
  @Fn(method = true)
  public static Object unique(
      Array input,
      @Default("True") boolean sorted,
      @Default("False") boolean returnInverse,
      @Default("False") boolean returnCounts,
      @Default("None") Integer dim) {
    if (dim != null) {
      throw new IvyArgumentException("unique: dim is not supported; got " + dim);
    }
    return TorchSearch.unique(input, returnInverse, returnCounts);
  }

  /** Returns the sorted unique values (torch.unique). */
  public static Array unique(Array input) {
    return (Array) TorchSearch.unique(input, false, false);
  }

  /**
   * Returns the values without consecutive repeats (torch.unique_consecutive), with the inverse
   * indices and the counts when asked (then a {@code List<Array>}).
   *
   * @throws IvyArgumentException if {@code dim} is given (not supported)
   */
  @Fn(method = true)
  public static Object uniqueConsecutive(
      Array input,
      @Default("False") boolean returnInverse,
      @Default("False") boolean returnCounts,
      @Default("None") Integer dim) {
    if (dim != null) {
      throw new IvyArgumentException("unique_consecutive: dim is not supported; got " + dim);
    }
    return TorchSearch.uniqueConsecutive(input, returnInverse, returnCounts);
  }

  /**
   * Returns the int64 (or int32) indices where {@code input} would be inserted into the last
   * dimension of {@code sortedSequence} to keep it sorted (torch.searchsorted).
   */
  @Fn
  public static Array searchsorted(
      Array sortedSequence,
      @Operand Object input,
      @Default("False") boolean outInt32,
      @Default("False") boolean right,
      @Default("None") Side side,
      @Default("None") Array sorter) {
    Array seq = sortedSequence;
    if (sorter != null) {
      seq = dev.ivy.ops.Searching.takeAlongAxis(seq, sorter, -1);
    }
    return TorchSearch.searchsorted(seq, input, right, side, outInt32);
  }

  /** Returns the index of the bucket of each element among {@code boundaries} (torch.bucketize). */
  @Fn(method = true)
  public static Array bucketize(
      @Operand Object input,
      Array boundaries,
      @Default("False") boolean outInt32,
      @Default("False") boolean right) {
    return TorchSearch.searchsorted(boundaries, input, right, null, outInt32);
  }

  /** Returns the count (or summed weight) of each non-negative integer (torch.bincount). */
  @Fn(method = true)
  public static Array bincount(
      Array input, @Default("None") Array weights, @Default("0") long minlength) {
    return TorchSearch.bincount(input, weights, minlength);
  }

  /**
   * Returns the histogram of {@code input} in {@code bins} equal bins over [min, max]
   * (torch.histc).
   */
  @Fn(method = true)
  public static Array histc(
      Array input, @Default("100") long bins, @Default("0") double min, @Default("0") double max) {
    return TorchSearch.histc(input, bins, min, max);
  }

  /** Returns the Cartesian product of 1-D tensors, one row per tuple (torch.cartesian_prod). */
  @Fn
  public static Array cartesianProd(Array... tensors) {
    return TorchSearch.cartesianProd(List.of(tensors));
  }

  /**
   * Returns the length-{@code r} combinations of a 1-D tensor, one row each (torch.combinations).
   */
  @Fn
  public static Array combinations(
      Array input, @Default("2") int r, @Default("False") boolean withReplacement) {
    return TorchSearch.combinations(input, r, withReplacement);
  }

  /**
   * Returns the covariance matrix of the variables in the rows of {@code input} (torch.cov), with
   * optional integer frequency and float observation weights.
   */
  @Fn(method = true)
  public static Array cov(
      Array input,
      @Default("1") double correction,
      @Default("None") Array fweights,
      @Default("None") Array aweights) {
    return TorchExtras.cov(input, correction, fweights, aweights);
  }

  /** Returns the Pearson correlation coefficients of the rows of {@code input} (torch.corrcoef). */
  @Fn(method = true)
  public static Array corrcoef(Array input) {
    return TorchExtras.corrcoef(input);
  }

  /**
   * Returns the trapezoidal integral of {@code y} along {@code dim}, at points {@code x} or spacing
   * {@code dx} (1 when both are null) (torch.trapezoid, torch.trapz).
   */
  @Fn({"trapezoid", "trapz"})
  public static Array trapezoid(
      Array y, @Default("None") Array x, @Default("None") Double dx, @Default("-1") int dim) {
    return TorchExtras.trapezoid(y, x, dx == null ? 1.0 : dx, dim, false);
  }

  /**
   * Returns the cumulative trapezoidal integral, as {@link #trapezoid}
   * (torch.cumulative_trapezoid).
   */
  @Fn
  public static Array cumulativeTrapezoid(
      Array y, @Default("None") Array x, @Default("None") Double dx, @Default("-1") int dim) {
    return TorchExtras.trapezoid(y, x, dx == null ? 1.0 : dx, dim, true);
  }

  /** Returns the block-diagonal matrix of the tensors (torch.block_diag). */
  @Fn
  public static Array blockDiag(Array... tensors) {
    return TorchExtras.blockDiag(List.of(tensors));
  }

  /**
   * Returns the Vandermonde matrix of {@code x} with {@code n} columns (len(x) when null)
   * (torch.vander).
   */
  @Fn
  public static Array vander(
      Array x, @P("N") @Default("None") Long n, @Default("False") boolean increasing) {
    return TorchExtras.vander(x, n, increasing);
  }

  /**
   * Returns the 2-D tensor with the flattened input on diagonal {@code offset} (torch.diagflat).
   */
  @Fn(method = true)
  public static Array diagflat(Array input, @Default("0") long offset) {
    return TorchExtras.diagflat(input, offset);
  }

  /**
   * Returns whether each element is among {@code testElements} (a tensor or a scalar) (torch.isin).
   */
  @Fn
  public static Array isin(
      Array elements,
      Object testElements,
      @Default("False") boolean assumeUnique,
      @Default("False") boolean invert) {
    return TorchExtras.isin(elements, testElements, invert);
  }

  /**
   * Returns the Heaviside step: 0 below zero, {@code values} at zero, 1 above (torch.heaviside).
   */
  @Fn(method = true)
  public static Array heaviside(Array input, Array values) {
    return TorchExtras.heaviside(input, values);
  }

  /** Returns the angle of each element: 0 or pi for real tensors (torch.angle). */
  @Fn(method = true)
  public static Array angle(Array input) {
    return TorchExtras.angle(input);
  }

  /** Returns the real part: the input itself, as tensors are real (torch.real). */
  @Fn(method = true)
  public static Array real(Array input) {
    return input;
  }

  /** Returns the conjugate: the input itself, as tensors are real (torch.conj). */
  @Fn(method = true)
  public static Array conj(Array input) {
    return input;
  }

  /** Returns the conjugate: the input itself, as tensors are real (torch.conj_physical). */
  @Fn(method = true)
  public static Array conjPhysical(Array input) {
    return input;
  }

  /** Returns the input: there are no lazy conjugations (torch.resolve_conj). */
  @Fn(method = true)
  public static Array resolveConj(Array input) {
    return input;
  }

  /** Returns the input: there are no lazy negations (torch.resolve_neg). */
  @Fn(method = true)
  public static Array resolveNeg(Array input) {
    return input;
  }

  /** Returns the input: arrays are immutable (torch.clone). */
  @Fn
  public static Array clone(Array input) {
    return input;
  }

  /** Returns the input cut from gradient tracking (torch.detach). */
  @Fn
  public static Array detach(Array input) {
    return dev.ivy.Ivy.stopGradient(input);
  }

  /** Returns the input flattened to 1-D (torch.ravel). */
  @Fn(method = true)
  public static Array ravel(Array input) {
    return Manipulation.reshape(input, -1);
  }

  /**
   * Returns {@code input} with {@code value} at {@code index} along {@code dim} (torch.index_fill).
   */
  @Fn
  public static Array indexFill(Array input, int dim, Array index, @Operand Object value) {
    return TorchShapes.indexFill(input, dim, index, value);
  }

  /** Returns the cosine similarity of x1 and x2 along {@code dim} (torch.cosine_similarity). */
  @Fn
  public static Array cosineSimilarity(
      Array x1, Array x2, @Default("1") int dim, @Default("1e-08") double eps) {
    return TorchNn.cosineSimilarity(x1, x2, dim, eps);
  }

  /** Returns the p-norm distance of x1 - x2 + eps along the last dim (torch.pairwise_distance). */
  @Fn
  public static Array pairwiseDistance(
      Array x1,
      Array x2,
      @Default("2.0") double p,
      @Default("1e-06") double eps,
      @Default("False") boolean keepdim) {
    return TorchNn.pairwiseDistance(x1, x2, p, eps, keepdim);
  }

  /** Returns the chained matrix product (torch.chain_matmul). */
  @Fn
  public static Array chainMatmul(Array... matrices) {
    return TorchLinalg.multiDot(List.of(matrices));
  }

  /** Returns [N, C, ...] with the channels shuffled in {@code groups} (torch.channel_shuffle). */
  @Fn
  public static Array channelShuffle(Array input, long groups) {
    return TorchExtras.channelShuffle(input, groups);
  }

  /** Returns SELU (torch.selu). */
  @Fn
  public static Array selu(Array input) {
    return Activations.selu(input);
  }

  /** Returns CELU with {@code alpha} (torch.celu). */
  @Fn
  public static Array celu(Array input, @Default("1.0") double alpha) {
    return TorchNn.celu(input, alpha);
  }

  /** Returns RReLU in evaluation mode: leaky ReLU with slope (lower + upper) / 2 (torch.rrelu). */
  @Fn
  public static Array rrelu(
      Array input,
      @Default("0.125") double lower,
      @Default("0.3333333333333333") double upper,
      @Default("False") boolean training) {
    return Activations.leakyRelu(input, (lower + upper) / 2);
  }

  /** Returns PReLU with learnable slopes {@code weight} (torch.prelu). */
  @Fn
  public static Array prelu(Array input, Array weight) {
    return TorchNn.prelu(input, weight);
  }

  /** Returns {@code input} where above {@code threshold}, else {@code value} (torch.threshold). */
  @Fn
  public static Array threshold(Array input, double threshold, double value) {
    return TorchNn.threshold(input, threshold, value);
  }

  /** Returns [N, C r², H, W] rearranged to [N, C, H r, W r] (torch.pixel_shuffle). */
  @Fn
  public static Array pixelShuffle(Array input, long upscaleFactor) {
    return TorchNn.pixelShuffle(input, upscaleFactor);
  }

  /** Returns the inverse of pixel_shuffle (torch.pixel_unshuffle). */
  @Fn
  public static Array pixelUnshuffle(Array input, long downscaleFactor) {
    return TorchNn.pixelUnshuffle(input, downscaleFactor);
  }

  /**
   * Returns {@code input} with elements zeroed with probability p when {@code train}
   * (torch.dropout).
   */
  @Fn
  public static Array dropout(Array input, double p, boolean train) {
    return TorchNn.dropout(input, p, train);
  }

  /** Returns layer normalisation over the trailing {@code normalizedShape} (torch.layer_norm). */
  @Fn
  public static Array layerNorm(
      Array input,
      long[] normalizedShape,
      @Default("None") Array weight,
      @Default("None") Array bias,
      @Default("1e-05") double eps,
      @Default("True") boolean cudnnEnable) {
    return TorchNn.layerNorm(input, normalizedShape, weight, bias, eps);
  }

  /** Seeds the thread's random generator (torch.manual_seed). */
  @Fn
  public static void manualSeed(long seed) {
    dev.ivy.ops.Random.seed(seed);
  }

  /**
   * Returns uniform [0, 1) samples shaped as {@code input}, of its dtype unless {@code dtype}
   * (torch.rand_like).
   */
  @Fn
  public static Array randLike(Array input, @Default("None") DType dtype) {
    return dev.ivy.ops.Random.randomUniform(
        0.0, 1.0, input.shape(), dtype != null ? dtype : input.dtype(), null);
  }

  /**
   * Returns standard normal samples shaped as {@code input}, of its dtype unless {@code dtype}
   * (torch.randn_like).
   */
  @Fn
  public static Array randnLike(Array input, @Default("None") DType dtype) {
    return dev.ivy.ops.Random.randomNormal(
        0.0, 1.0, input.shape(), dtype != null ? dtype : input.dtype(), null);
  }

  /** Returns integers drawn uniformly from [low, high), int64 by default (torch.randint). */
  @Fn
  public static Array randint(long low, long high, long[] size, @Default("None") DType dtype) {
    return dev.ivy.ops.Random.randint(
        low, high, Shape.of(size), dtype == null ? DType.INT64 : dtype, null);
  }

  /** Returns a random permutation of 0..n-1, int64 by default (torch.randperm). */
  @Fn
  public static Array randperm(long n, @Default("None") DType dtype) {
    return dev.ivy.ops.Random.shuffle(
        Creation.arange(0L, n, 1L, dtype == null ? DType.INT64 : dtype), 0, null);
  }

  /**
   * Returns 0/1 samples of probability {@code p} (a number or a tensor; the input's values when
   * null), shaped and typed as {@code input} (torch.bernoulli).
   */
  @Fn(method = true)
  public static Array bernoulli(Array input, @Default("None") Object p) {
    return dev.ivy.ops.Random.bernoulli(
        p == null ? input : p, null, input.shape(), input.dtype(), null);
  }

  /**
   * Returns normal samples of {@code mean} and {@code std} (tensors or numbers), shaped as {@code
   * size} or the tensor operand, float32 (torch.normal).
   */
  @Fn
  public static Array normal(
      @Operand Object mean, @Operand Object std, @Default("None") long[] size) {
    Shape shape =
        size != null
            ? Shape.of(size)
            : mean instanceof Array ma ? ma.shape() : ((Array) std).shape();
    return dev.ivy.ops.Random.randomNormal(mean, std, shape, TorchTypes.DEFAULT_FLOAT, null);
  }

  // ------------------------------------------------------------------ declared: shapes (torch-b)

  /**
   * Returns {@code input} with dimension {@code dim} split into {@code sizes} (torch.unflatten).
   */
  @Fn(method = true)
  public static Array unflatten(Array input, int dim, long[] sizes) {
    return TorchShapes.unflatten(
        input, dim, Checks.given("unflatten", "sizes", sizes, "an integer"));
  }

  /** Returns {@code input} with two dimensions swapped (torch.swapaxes). */
  @Fn(method = true)
  public static Array swapaxes(Array input, int axis0, int axis1) {
    return TorchShapes.transpose(input, axis0, axis1);
  }

  /** Returns a 0-D, 1-D or 2-D tensor transposed (torch.t). */
  @Fn(method = true)
  public static Array t(Array input) {
    return TorchShapes.t(input);
  }

  /** Returns the last two dimensions swapped (torch.adjoint, real tensors). */
  @Fn(method = true)
  public static Array adjoint(Array input) {
    return TorchShapes.transpose(input, -2, -1);
  }

  /** Returns the tensors joined horizontally (torch.hstack). */
  @Fn
  public static Array hstack(List<Array> tensors) {
    return TorchShapes.hstack(Checks.given("hstack", "tensors", tensors, "a sequence of arrays"));
  }

  /** Returns the tensors joined vertically (torch.vstack, torch.row_stack). */
  @Fn({"vstack", "row_stack"})
  public static Array vstack(List<Array> tensors) {
    return TorchShapes.vstack(Checks.given("vstack", "tensors", tensors, "a sequence of arrays"));
  }

  /** Returns the tensors joined along the third dimension (torch.dstack). */
  @Fn
  public static Array dstack(List<Array> tensors) {
    return TorchShapes.dstack(Checks.given("dstack", "tensors", tensors, "a sequence of arrays"));
  }

  /** Returns the tensors as columns (torch.column_stack). */
  @Fn
  public static Array columnStack(List<Array> tensors) {
    return TorchShapes.columnStack(
        Checks.given("column_stack", "tensors", tensors, "a sequence of arrays"));
  }

  /** One tensor at least {@code n}-D, or a list of them for several (or a sequence). */
  private static Object atleast(Object[] tensors, int n) {
    List<Array> xs = new ArrayList<>();
    for (Object o : tensors) {
      xs.add(o instanceof Array a ? a : dev.ivy.ops.Conversion.asarray(o, null));
    }
    if (xs.size() == 1 && !(tensors[0] instanceof List)) {
      return TorchShapes.atleast(xs.get(0), n);
    }
    List<Array> r = new ArrayList<>();
    for (Array x : xs) {
      r.add(TorchShapes.atleast(x, n));
    }
    return r;
  }

  /**
   * Returns the tensor with at least one dimension, or a list for several tensors
   * (torch.atleast_1d).
   */
  @Fn("atleast_1d")
  public static Object atleast1d(Object... tensors) {
    return atleast(tensors, 1);
  }

  /**
   * Returns the tensor with at least two dimensions, or a list for several tensors
   * (torch.atleast_2d).
   */
  @Fn("atleast_2d")
  public static Object atleast2d(Object... tensors) {
    return atleast(tensors, 2);
  }

  /**
   * Returns the tensor with at least three dimensions, or a list for several tensors
   * (torch.atleast_3d).
   */
  @Fn("atleast_3d")
  public static Object atleast3d(Object... tensors) {
    return atleast(tensors, 3);
  }

  /**
   * Returns {@code input} split into {@code indicesOrSections} pieces (an int) or at the given
   * indices (a sequence) along {@code dim} (torch.tensor_split).
   */
  @Fn(method = true)
  public static List<Array> tensorSplit(
      Array input, Object indicesOrSections, @Default("0") int dim) {
    return TorchShapes.tensorSplit(input, indicesOrSections, dim);
  }

  /** Returns {@code input} split along dimension 1 (0 for 1-D input) (torch.hsplit). */
  @Fn(method = true)
  public static List<Array> hsplit(Array input, Object indicesOrSections) {
    return TorchShapes.tensorSplit(input, indicesOrSections, input.rank() == 1 ? 0 : 1);
  }

  /** Returns {@code input} split along dimension 0 (torch.vsplit). */
  @Fn(method = true)
  public static List<Array> vsplit(Array input, Object indicesOrSections) {
    return TorchShapes.tensorSplit(input, indicesOrSections, 0);
  }

  /** Returns {@code input} split along dimension 2 (torch.dsplit). */
  @Fn(method = true)
  public static List<Array> dsplit(Array input, Object indicesOrSections) {
    return TorchShapes.tensorSplit(input, indicesOrSections, 2);
  }

  /** Returns the slices along {@code dim}, that dimension removed (torch.unbind). */
  @Fn(method = true)
  public static List<Array> unbind(Array input, @Default("0") int dim) {
    return TorchShapes.unbind(input, dim);
  }

  /** Returns {@code length} elements from {@code start} along {@code dim} (torch.narrow). */
  @Fn(method = true)
  public static Array narrow(Array input, int dim, long start, long length) {
    return TorchShapes.narrowLength(input, dim, start, length);
  }

  /** Returns the slice at {@code index} along {@code dim}, removing it (torch.select). */
  @Fn(method = true)
  public static Array select(Array input, int dim, long index) {
    return TorchShapes.select(input, dim, index);
  }

  /**
   * Returns the values at {@code indices} along {@code dim}, of the flattened input when None
   * (torch.take_along_dim).
   */
  @Fn(method = true)
  public static Array takeAlongDim(Array input, Array indices, @Default("None") Integer dim) {
    if (dim == null) {
      return dev.ivy.ops.Searching.takeAlongAxis(
          Manipulation.reshape(input, -1), Manipulation.reshape(indices, -1), 0);
    }
    return TorchShapes.gather(input, dim, indices);
  }

  /** Returns the elements of the flattened input at {@code index} (torch.take). */
  @Fn(method = true)
  public static Array take(Array input, Array index) {
    return dev.ivy.ops.Indexing.take(Manipulation.reshape(input, -1), index, 0);
  }

  /**
   * Returns a copy of {@code input} with {@code src} added at {@code index} (torch.scatter_add).
   */
  @Fn(method = true)
  public static Array scatterAdd(Array input, int dim, Array index, Array src) {
    return TorchShapes.scatter(input, dim, index, src, ScatterReduce.ADD);
  }

  /**
   * Returns a copy of {@code input} with {@code alpha * source} added at the slices {@code index}
   * along {@code dim} (torch.index_add).
   */
  @Fn(method = true)
  public static Array indexAdd(
      Array input, int dim, Array index, Array source, @Default("1") Number alpha) {
    return TorchShapes.indexAdd(input, dim, index, source, alpha);
  }

  /** Returns the 1-D tensor of the elements where {@code mask} is true (torch.masked_select). */
  @Fn(method = true)
  public static Array maskedSelect(Array input, Array mask) {
    return TorchShapes.maskedSelect(input, mask);
  }

  /**
   * Returns the int64 indices of the non-zero elements, one row each, or one index tensor per
   * dimension when {@code asTuple} (torch.nonzero).
   */
  @Fn(method = true)
  public static Object nonzero(Array input, @Default("False") boolean asTuple) {
    if (!asTuple) {
      return TorchShapes.argwhere(input);
    }
    List<Array> r = new ArrayList<>();
    for (Array a : dev.ivy.ops.Searching.nonzero(input)) {
      r.add(TorchTypes.cast(a, DType.INT64));
    }
    return r;
  }

  /** Returns the int64 indices of the non-zero elements, one row each (torch.argwhere). */
  @Fn(method = true)
  public static Array argwhere(Array input) {
    return TorchShapes.argwhere(input);
  }

  /** Returns {@code input} broadcast to {@code size}; -1 keeps a size (torch.broadcast_to). */
  @Fn
  public static Array broadcastTo(Array input, long[] size) {
    return TorchShapes.expand(input, Checks.given("broadcast_to", "size", size, "an integer"));
  }

  /** Returns the tensors broadcast to their common shape (torch.broadcast_tensors). */
  @Fn
  public static List<Array> broadcastTensors(Array... tensors) {
    return Manipulation.broadcastArrays(List.of(tensors));
  }

  /** Returns the shape the given shapes broadcast to (torch.broadcast_shapes). */
  @Fn
  public static List<Long> broadcastShapes(Object... shapes) {
    List<Array> xs = new ArrayList<>();
    for (Object s : shapes) {
      xs.add(Creation.zeros(dev.ivy.Shape.of(TorchShapes.longs(s)), DType.BOOL));
    }
    List<Long> r = new ArrayList<>();
    for (long l : Manipulation.broadcastArrays(xs).get(0).shape().dims()) {
      r.add(l);
    }
    return r;
  }

  /** Returns {@code input} repeated {@code dims} times along each dimension (torch.tile). */
  @Fn(method = true)
  public static Array tile(Array input, long[] dims) {
    return TorchShapes.tile(input, Checks.given("tile", "dims", dims, "an integer"));
  }

  /**
   * Returns each element repeated {@code repeats} times (an int or a tensor) along {@code dim}, of
   * the flattened input when None (torch.repeat_interleave); output_size is accepted and ignored.
   */
  @Fn(method = true)
  public static Array repeatInterleave(
      Array input, Object repeats, @Default("None") Integer dim, @Default("None") Long outputSize) {
    return TorchShapes.repeatInterleave(input, repeats, dim);
  }

  /** Returns {@code input} with dimensions moved (torch.movedim, torch.moveaxis). */
  @Fn(
      value = {"movedim", "moveaxis"},
      method = true)
  public static Array movedim(Array input, int[] source, int[] destination) {
    return TorchShapes.movedim(input, source, destination);
  }

  /** Returns {@code input} rolled by {@code shifts} along {@code dims}, flattened when None. */
  @Fn(method = true)
  public static Array roll(Array input, long[] shifts, @Default("None") int[] dims) {
    return TorchShapes.roll(input, Checks.given("roll", "shifts", shifts, "an integer"), dims);
  }

  /** Returns {@code input} reversed along {@code dims} (torch.flip). */
  @Fn
  public static Array flip(Array input, int[] dims) {
    return TorchShapes.flip(input, dims);
  }

  /** Returns {@code input} reversed along dimension 1 (torch.fliplr). */
  @Fn(method = true)
  public static Array fliplr(Array input) {
    return TorchShapes.flip(input, new int[] {1});
  }

  /** Returns {@code input} reversed along dimension 0 (torch.flipud). */
  @Fn(method = true)
  public static Array flipud(Array input) {
    return TorchShapes.flip(input, new int[] {0});
  }

  /**
   * Returns {@code input} rotated {@code k} quarter turns in the plane {@code dims} (torch.rot90).
   */
  @Fn(method = true)
  public static Array rot90(Array input, @Default("1") long k, @Default("(0, 1)") int[] dims) {
    return TorchShapes.rot90(input, k, dims);
  }

  /**
   * Returns the n-th forward difference along {@code dim}, after joining {@code prepend} and {@code
   * append} (torch.diff); bool tensors give xor.
   */
  @Fn(method = true)
  public static Array diff(
      Array input,
      @Default("1") int n,
      @Default("-1") int dim,
      @Default("None") Array prepend,
      @Default("None") Array append) {
    int d = TorchShapes.dim("diff", dim, input.rank());
    List<Array> parts = new ArrayList<>();
    if (prepend != null) {
      parts.add(prepend);
    }
    parts.add(input);
    if (append != null) {
      parts.add(append);
    }
    Array v = parts.size() == 1 ? input : TorchShapes.cat(parts, d);
    if (v.dtype().isBool()) {
      Array r = v;
      for (long i = 0; i < n; i++) {
        long len = r.shape().dim(d);
        r =
            Elementwise.logicalXor(
                TorchShapes.narrow(r, d, 1, len), TorchShapes.narrow(r, d, 0, len - 1));
      }
      return r;
    }
    return Manipulation.diff(v, n, d);
  }

  // ------------------------------------------------------------------ declared: linalg (torch-b)

  /** Returns the product of a matrix and a vector (torch.mv). */
  @Fn(method = true)
  public static Array mv(Array input, Array vec) {
    return TorchLinalg.matmul(input, vec);
  }

  /** Returns the dot product of two 1-D tensors (torch.dot, torch.vdot for real tensors). */
  @Fn(
      value = {"dot", "vdot"},
      method = true)
  public static Array dot(Array input, Array other) {
    return TorchLinalg.dot(input, other);
  }

  /** Returns the inner product over the last dimensions (torch.inner). */
  @Fn(method = true)
  public static Array inner(Array input, Array other) {
    return TorchLinalg.inner(input, other);
  }

  /** Returns the outer product of two vectors (torch.outer, torch.ger). */
  @Fn(
      value = {"outer", "ger"},
      method = true)
  public static Array outer(Array input, Array vec2) {
    return TorchLinalg.outer(input, vec2);
  }

  /** Returns the Kronecker product (torch.kron). */
  @Fn(method = true)
  public static Array kron(Array input, Array other) {
    return TorchLinalg.kron(input, other);
  }

  /** Returns {@code beta * input + alpha * (batch1 @ batch2)} of 3-D batches (torch.baddbmm). */
  @Fn(method = true)
  public static Array baddbmm(
      Array input,
      Array batch1,
      Array batch2,
      @Default("1") Number beta,
      @Default("1") Number alpha) {
    return TorchLinalg.addProduct(
        input,
        TorchLinalg.mat("baddbmm", "batch1", batch1, 3),
        TorchLinalg.mat("baddbmm", "batch2", batch2, 3),
        beta,
        alpha);
  }

  /**
   * Returns {@code beta * input + alpha * sum(batch1 @ batch2)} summed over the batch
   * (torch.addbmm).
   */
  @Fn(method = true)
  public static Array addbmm(
      Array input,
      Array batch1,
      Array batch2,
      @Default("1") Number beta,
      @Default("1") Number alpha) {
    Array p = TorchLinalg.bmm(batch1, batch2);
    Array s = dev.ivy.ops.Reductions.sum(p, new int[] {0}, false, null);
    return TorchLinalg.addProduct(
        input, s, Creation.eye(s.shape().dim(1), s.shape().dim(1), 0, s.dtype()), beta, alpha);
  }

  /** Returns {@code beta * input + alpha * (mat @ vec)} (torch.addmv). */
  @Fn(method = true)
  public static Array addmv(
      Array input, Array mat, Array vec, @Default("1") Number beta, @Default("1") Number alpha) {
    return TorchLinalg.addProduct(input, mat, vec, beta, alpha);
  }

  /** Returns {@code beta * input + alpha * outer(vec1, vec2)} (torch.addr). */
  @Fn(method = true)
  public static Array addr(
      Array input, Array vec1, Array vec2, @Default("1") Number beta, @Default("1") Number alpha) {
    return TorchLinalg.addProduct(
        input, Manipulation.expandDims(vec1, 1), Manipulation.expandDims(vec2, 0), beta, alpha);
  }

  /**
   * Returns the tensor contraction over the last {@code dims} dimensions of a and the first of b,
   * or over the given pair of dimension lists (torch.tensordot).
   */
  @Fn(method = true)
  public static Array tensordot(Array a, Array b, @Default("2") Object dims) {
    return TorchLinalg.tensordot(a, b, dims);
  }

  /** Returns the sum of the main diagonal of a 2-D tensor (torch.trace). */
  @Fn(method = true)
  public static Array trace(Array input) {
    return TorchLinalg.trace(input);
  }

  /**
   * Returns the diagonal matrix of a 1-D input, or the {@code diagonal}-th diagonal of a 2-D one
   * (torch.diag).
   */
  @Fn(method = true)
  public static Array diag(Array input, @Default("0") long diagonal) {
    return TorchLinalg.diag(input, diagonal);
  }

  /** Returns the diagonals over {@code dim1}, {@code dim2}, appended last (torch.diagonal). */
  @Fn(method = true)
  public static Array diagonal(
      Array input, @Default("0") long offset, @Default("0") int dim1, @Default("1") int dim2) {
    return TorchLinalg.diagonal(input, offset, dim1, dim2);
  }

  /**
   * Returns matrices with the last dimension of {@code input} on their {@code offset} diagonal
   * (torch.diag_embed); dim1 and dim2 are accepted, the diagonals are the last two dimensions.
   */
  @Fn(method = true)
  public static Array diagEmbed(
      Array input, @Default("0") long offset, @Default("-2") int dim1, @Default("-1") int dim2) {
    return TorchLinalg.diagEmbed(input, offset);
  }

  /**
   * Returns the cross product along {@code dim}, the first dimension of size 3 when None
   * (torch.cross).
   */
  @Fn(method = true)
  public static Array cross(Array input, Array other, @Default("None") Integer dim) {
    int d;
    if (dim == null) {
      d = -1;
      for (int i = 0; i < input.rank(); i++) {
        if (input.shape().dim(i) == 3) {
          d = i;
          break;
        }
      }
    } else {
      d = dim;
    }
    return TorchLinalg.cross(input, other, d);
  }

  /**
   * Returns the p-norm distances between the rows of x1 and x2 (torch.cdist); compute_mode is
   * accepted and ignored.
   */
  @Fn
  public static Array cdist(
      Array x1,
      Array x2,
      @Default("2.0") double p,
      @Default("'use_mm_for_euclid_dist_if_necessary'") CdistComputeMode computeMode) {
    return TorchLinalg.cdist(x1, x2, p);
  }

  /** Returns the p-norm of input - other (torch.dist). */
  @Fn(method = true)
  public static Array dist(Array input, Array other, @Default("2") Number p) {
    return TorchLinalg.dist(input, other, p);
  }

  /** Returns the determinant (torch.det). */
  @Fn(method = true)
  public static Array det(Array input) {
    return Decompositions.det(input);
  }

  /** Returns log(det), NaN for a negative determinant (torch.logdet). */
  @Fn(method = true)
  public static Array logdet(Array input) {
    return TorchLinalg.logdet(input);
  }

  /** Returns the inverse (torch.inverse). */
  @Fn(method = true)
  public static Array inverse(Array input) {
    return Decompositions.inv(input);
  }

  /** Returns the pseudo-inverse with cutoff {@code rcond} (torch.pinverse). */
  @Fn(method = true)
  public static Array pinverse(Array input, @Default("1e-15") Object rcond) {
    return Decompositions.pinv(input, rcond);
  }

  /** Returns input to the integer power n; negative n inverts (torch.matrix_power). */
  @Fn(method = true)
  public static Array matrixPower(Array input, long n) {
    return Decompositions.matrixPower(input, n);
  }

  /** Returns the matrix exponential (torch.matrix_exp). */
  @Fn(method = true)
  public static Array matrixExp(Array input) {
    return TorchLinalg.matrixExp(input);
  }

  /** Returns the lower Cholesky factor, the upper when {@code upper} (torch.cholesky). */
  @Fn(method = true)
  public static Array cholesky(Array input, @Default("False") boolean upper) {
    return Decompositions.cholesky(input, upper);
  }

  /** Returns (sign, log|det|) (torch.slogdet). */
  @Fn(method = true)
  public static List<Array> slogdet(Array input) {
    return List.of(Decompositions.slogdet(input));
  }

  /**
   * Returns the {@code p} norm ("fro", "nuc" or a number) over {@code dim}, of all elements when
   * None (torch.norm).
   */
  @Fn(method = true)
  public static Array norm(
      Array input,
      @Default("'fro'") Object p,
      @Default("None") int[] dim,
      @Default("False") boolean keepdim,
      @Default("None") DType dtype) {
    Object ord = p;
    if ("fro".equals(ord) && (dim == null || dim.length == 1)) {
      ord = 2L;
    }
    if (dim == null && !(ord instanceof String)) {
      return TorchLinalg.vectorNorm(input, ord, null, keepdim, dtype);
    }
    return TorchLinalg.norm(input, ord, dim, keepdim);
  }

  // ------------------------------------------------------------------ declared: nn (torch-b)

  /**
   * Returns the softmax along {@code dim}, computed in {@code dtype} when given (torch.softmax,
   * torch.special.softmax).
   */
  @Fn(value = "softmax", also = "special.softmax", method = true)
  public static Array softmax(Array input, int dim, @Default("None") DType dtype) {
    return TorchNn.softmax(input, dim, dtype, false);
  }

  /**
   * Returns the log-softmax along {@code dim}, computed in {@code dtype} when given
   * (torch.log_softmax, torch.special.log_softmax).
   */
  @Fn(value = "log_softmax", also = "special.log_softmax", method = true)
  public static Array logSoftmax(Array input, int dim, @Default("None") DType dtype) {
    return TorchNn.softmax(input, dim, dtype, true);
  }

  // ------------------------------------------------------------------ windows, frexp

  private static Array window(Array symmetric, boolean periodic, DType dtype) {
    Array w = periodic ? SignalWindows.periodic(symmetric) : symmetric;
    return TorchTypes.cast(w, dtype == null ? TorchTypes.DEFAULT_FLOAT : dtype);
  }

  private static long points(long windowLength, boolean periodic) {
    return periodic && windowLength > 1 ? windowLength + 1 : windowLength;
  }

  /** Returns the Hann window, periodic unless asked otherwise, float32 (torch.hann_window). */
  @Fn
  public static Array hannWindow(
      long windowLength, @Default("True") boolean periodic, @Default("None") DType dtype) {
    return window(
        SignalWindows.hamming("hann_window", points(windowLength, periodic), 0.5, 0.5),
        periodic && windowLength > 1,
        dtype);
  }

  /**
   * Returns the generalised Hamming window alpha - beta cos(2πn/(N - 1)), periodic unless asked
   * otherwise, float32 (torch.hamming_window).
   */
  @Fn
  public static Array hammingWindow(
      long windowLength,
      @Default("True") boolean periodic,
      @Default("0.54") double alpha,
      @Default("0.46") double beta,
      @Default("None") DType dtype) {
    return window(
        SignalWindows.hamming("hamming_window", points(windowLength, periodic), alpha, beta),
        periodic && windowLength > 1,
        dtype);
  }

  /**
   * Returns the Bartlett window, periodic unless asked otherwise, float32 (torch.bartlett_window).
   */
  @Fn
  public static Array bartlettWindow(
      long windowLength, @Default("True") boolean periodic, @Default("None") DType dtype) {
    return window(
        SignalWindows.bartlett("bartlett_window", points(windowLength, periodic)),
        periodic && windowLength > 1,
        dtype);
  }

  /**
   * Returns the Blackman window, periodic unless asked otherwise, float32 (torch.blackman_window).
   */
  @Fn
  public static Array blackmanWindow(
      long windowLength, @Default("True") boolean periodic, @Default("None") DType dtype) {
    return window(
        SignalWindows.blackman("blackman_window", points(windowLength, periodic)),
        periodic && windowLength > 1,
        dtype);
  }

  /** Returns the Kaiser window, periodic unless asked otherwise, float32 (torch.kaiser_window). */
  @Fn
  public static Array kaiserWindow(
      long windowLength,
      @Default("True") boolean periodic,
      @Default("12.0") double beta,
      @Default("None") DType dtype) {
    return window(
        SignalWindows.kaiser("kaiser_window", points(windowLength, periodic), beta),
        periodic && windowLength > 1,
        dtype);
  }

  /**
   * Returns [mantissa, exponent] with input = mantissa · 2^exponent, |mantissa| in [0.5, 1), the
   * exponent int32 (torch.frexp).
   *
   * @throws IvyArgumentException if input is not floating
   */
  @Fn(method = true)
  public static List<Array> frexp(Array input) {
    if (!input.dtype().isFloating()) {
      throw new IvyArgumentException(
          "frexp: input must have a floating dtype; got " + input.dtype());
    }
    return Special.frexp(input);
  }

  // ------------------------------------------------------------------ cumulative

  /**
   * Returns the cumulative sum along {@code dim} (torch.cumsum); integer and bool inputs give int64
   * unless {@code dtype} says otherwise.
   */
  @Fn(method = true)
  public static Array cumsum(Array input, int dim, @Default("None") DType dtype) {
    DType dt = TorchReduce.scanDType(input, dtype);
    return Cumulative.cumulativeSum(
        TorchTypes.cast(input, dt), TorchShapes.dim("cumsum", dim, input.rank()), dt, false);
  }

  /**
   * Returns the cumulative product along {@code dim} (torch.cumprod); integer and bool inputs give
   * int64 unless {@code dtype} says otherwise.
   */
  @Fn(method = true)
  public static Array cumprod(Array input, int dim, @Default("None") DType dtype) {
    DType dt = TorchReduce.scanDType(input, dtype);
    return Cumulative.cumprod(
        TorchTypes.cast(input, dt), TorchShapes.dim("cumprod", dim, input.rank()), false, false);
  }

  // ------------------------------------------------------------------ shapes

  /** Returns {@code input} with a new shape; one size may be -1 (torch.reshape). */
  @Fn(method = true)
  public static Array reshape(Array input, long... shape) {
    return TorchShapes.reshape(input, shape);
  }

  /** Returns {@code input} flattened from {@code startDim} to {@code endDim} (torch.flatten). */
  @Fn(method = true)
  public static Array flatten(Array input, @Default("0") int startDim, @Default("-1") int endDim) {
    return TorchShapes.flatten(input, startDim, endDim);
  }

  /** Returns {@code input} with its dimensions permuted (torch.permute). */
  @Fn(method = true)
  public static Array permute(Array input, int... dims) {
    return TorchShapes.permute(input, dims);
  }

  /** Returns {@code input} with two dimensions swapped (torch.transpose, torch.swapdims). */
  @Fn(
      value = {"transpose", "swapdims"},
      method = true)
  public static Array transpose(Array input, int dim0, int dim1) {
    return TorchShapes.transpose(input, dim0, dim1);
  }

  /**
   * Returns {@code input} without the size-1 dimensions among {@code dim}, all when None
   * (torch.squeeze).
   */
  @Fn(method = true)
  public static Array squeeze(Array input, @Default("None") int[] dim) {
    return TorchShapes.squeeze(input, dim);
  }

  /** Returns {@code input} with a size-1 dimension at {@code dim} (torch.unsqueeze). */
  @Fn(method = true)
  public static Array unsqueeze(Array input, int dim) {
    return TorchShapes.unsqueeze(input, dim);
  }

  /**
   * Returns the tensors joined along {@code dim}, promoted to their result type (torch.cat,
   * torch.concat, torch.concatenate).
   */
  @Fn({"cat", "concat", "concatenate"})
  public static Array cat(List<Array> tensors, @Default("0") int dim) {
    return TorchShapes.cat(Checks.given("cat", "tensors", tensors, "a sequence of arrays"), dim);
  }

  /** Returns the tensors stacked along a new dimension {@code dim} (torch.stack). */
  @Fn
  public static Array stack(List<Array> tensors, @Default("0") int dim) {
    return TorchShapes.stack(
        Checks.given("stack", "tensors", tensors, "a sequence of arrays"), dim);
  }

  /**
   * Returns pieces of {@code splitSizeOrSections} (an int: the last piece smaller; a sequence: the
   * sizes) along {@code dim} (torch.split).
   */
  @Fn(method = true)
  public static List<Array> split(Array input, Object splitSizeOrSections, @Default("0") int dim) {
    return TorchShapes.split(input, splitSizeOrSections, dim);
  }

  /** Returns {@code chunks} pieces of equal size (the last smaller) along dim (torch.chunk). */
  @Fn(method = true)
  public static List<Array> chunk(Array input, long chunks, @Default("0") int dim) {
    return TorchShapes.chunk(input, chunks, dim);
  }

  /** Returns the values at {@code index} along {@code dim} (torch.gather; sparse_grad ignored). */
  @Fn(method = true)
  public static Array gather(
      Array input, int dim, Array index, @Default("False") boolean sparseGrad) {
    return TorchShapes.gather(input, dim, index);
  }

  /** Returns the slices at {@code index} along {@code dim} (torch.index_select). */
  @Fn(method = true)
  public static Array indexSelect(Array input, int dim, Array index) {
    return TorchShapes.indexSelect(input, dim, index);
  }

  /**
   * Returns a copy of {@code input} with {@code src} (a tensor or a number) written at {@code
   * index} along dim, combined by {@code reduce} when given: "add" ("multiply" is refused)
   * (torch.scatter).
   */
  @Fn(method = true)
  public static Array scatter(
      Array input,
      int dim,
      Array index,
      @Operand Object src,
      @Default("None") ScatterReduce reduce) {
    return TorchShapes.scatter(input, dim, index, src, reduce);
  }

  /** Returns {@code input} with {@code value} where {@code mask} is true (torch.masked_fill). */
  @Fn(method = true)
  public static Array maskedFill(Array input, Array mask, @Operand Object value) {
    return TorchShapes.maskedFill(input, mask, value);
  }

  /** Returns the lower triangle, from diagonal {@code diagonal} down (torch.tril). */
  @Fn(method = true)
  public static Array tril(Array input, @Default("0") long diagonal) {
    return Creation.tril(input, diagonal);
  }

  /** Returns the upper triangle, from diagonal {@code diagonal} up (torch.triu). */
  @Fn(method = true)
  public static Array triu(Array input, @Default("0") long diagonal) {
    return Creation.triu(input, diagonal);
  }

  // ------------------------------------------------------------------ sorting and products

  /** Returns the matrix product with broadcasting (torch.matmul). */
  @Fn(method = true)
  public static Array matmul(Array input, Array other) {
    return TorchLinalg.matmul(input, other);
  }

  /** Returns the product of two 2-D tensors (torch.mm). */
  @Fn(method = true)
  public static Array mm(Array input, Array mat2) {
    return TorchLinalg.mm(input, mat2);
  }

  /** Returns the batched product of two 3-D tensors (torch.bmm). */
  @Fn(method = true)
  public static Array bmm(Array input, Array mat2) {
    return TorchLinalg.bmm(input, mat2);
  }

  /** Returns {@code beta * input + alpha * (mat1 @ mat2)} (torch.addmm). */
  @Fn(method = true)
  public static Array addmm(
      Array input, Array mat1, Array mat2, @Default("1") Number beta, @Default("1") Number alpha) {
    return TorchLinalg.addProduct(
        input,
        TorchLinalg.mat("addmm", "mat1", mat1, 2),
        TorchLinalg.mat("addmm", "mat2", mat2, 2),
        beta,
        alpha);
  }

  /**
   * Returns the Einstein summation of {@code operands}, promoted to their result type
   * (torch.einsum); the operands may also be given as one list.
   */
  @Fn
  public static Array einsum(String equation, Object... operands) {
    List<Array> ops = new ArrayList<>();
    if (operands.length == 1 && operands[0] instanceof List<?> l) {
      for (Object o : l) {
        ops.add(TorchTypes.tensor(o));
      }
    } else {
      for (Object o : operands) {
        ops.add(o instanceof Array a ? a : dev.ivy.ops.Conversion.asarray(o, null));
      }
    }
    return Einsum.einsum(equation, TorchShapes.promoted(ops).toArray(new Array[0]));
  }

  /**
   * {@code torch.nn}: {@link #functional} and torch-style modules ({@link nn.Module}, {@link
   * nn.Linear}, {@link nn.Conv2d}, {@link nn.Sequential}...).
   *
   * <p>The module classes are nested types, so they read as in PyTorch: {@code class Network
   * extends TorchFrontend.nn.Module}, {@code new TorchFrontend.nn.Linear(3, 3)}. Layers wrap the
   * core layers of {@code dev.ivy.nn} (same initialisation, same maths), keeping PyTorch's
   * parameter names and layouts, so {@code stateDict()} matches PyTorch's {@code state_dict()}.
   */
  public static final class nn {
    private nn() {}

    /** {@code torch.nn.functional}. */
    public final TorchNnFunctional functional = new TorchNnFunctional();

    /**
     * A trainable tensor of a module ({@code torch.nn.Parameter}): a holder whose {@link #data()}
     * the module's forward reads, so the same module can run with other values (a converted module
     * binds it to the variables it is called with).
     */
    public static final class Parameter {
      private Array data;

      /**
       * Creates a parameter holding {@code data}.
       *
       * @throws IvyArgumentException if data is null
       */
      public Parameter(Array data) {
        setData(data);
      }

      /** Returns the current value. */
      public Array data() {
        return data;
      }

      /**
       * Replaces the value ({@code param.data = x}).
       *
       * @throws IvyArgumentException if data is null
       */
      public void setData(Array data) {
        if (data == null) {
          throw new IvyArgumentException("Parameter.setData: data must not be null");
        }
        this.data = data;
      }

      /** Returns the value's shape. */
      public dev.ivy.Shape shape() {
        return data.shape();
      }

      /** Returns the value's dtype. */
      public DType dtype() {
        return data.dtype();
      }

      @Override
      public String toString() {
        return "Parameter containing: " + data;
      }
    }

    /**
     * The keys {@link Module#loadStateDict(Map, boolean)} did not match ({@code
     * torch.nn.modules.module._IncompatibleKeys}).
     *
     * @param missingKeys keys of the module that the state dict lacks
     * @param unexpectedKeys keys of the state dict that the module lacks
     */
    public record IncompatibleKeys(List<String> missingKeys, List<String> unexpectedKeys) {}

    /**
     * The base class of torch-style modules ({@code torch.nn.Module}). Subclass it, register
     * parameters, buffers and submodules, and override {@link #forward(Array)} (or {@link
     * #forward(List)} for several inputs or outputs), reading the parameters like PyTorch code
     * does:
     *
     * <pre>{@code
     * class Network extends TorchFrontend.nn.Module {
     *   final TorchFrontend.nn.Linear linear = registerModule("_linear", new TorchFrontend.nn.Linear(3, 3));
     *
     *   public Array forward(Array x) {
     *     return linear.call(x);
     *   }
     * }
     * }</pre>
     *
     * <p><b>Registration is explicit.</b> Java has no {@code __setattr__}: a parameter, buffer or
     * submodule exists for the module once passed to {@link #registerParameter}, {@link
     * #registerBuffer} or {@link #registerModule}, which return it so that a field can be
     * initialised in one line. Field initialisers run in declaration order, so the order of {@link
     * #stateDict()} is the order of the fields, as in PyTorch. (Reflection over fields was not
     * chosen: the JVM does not promise the order of declared fields, and it would need access to
     * private fields of user classes.)
     *
     * <p><b>Trees.</b> {@link #namedParameters()}, {@link #namedBuffers()} and {@link #stateDict()}
     * use PyTorch's dotted names ({@code _linear.weight}) and order (a module's own entries, then
     * each child's). {@link #loadStateDict(Map)} checks names and shapes and casts values to each
     * parameter's dtype and backend. {@code Ivy.toIvyModule(module)} turns a module into an Ivy
     * module to trace, move and train with Ivy's optimizers.
     *
     * <p>Modules are not thread-safe (a converted module binds the parameters while it runs).
     */
    public abstract static class Module {
      private final LinkedHashMap<String, Parameter> params = new LinkedHashMap<>();
      private final LinkedHashMap<String, Array> buffers = new LinkedHashMap<>();
      private final LinkedHashMap<String, Module> children = new LinkedHashMap<>();
      private boolean training = true;

      /** Creates a module with nothing registered, in training mode. */
      protected Module() {}

      // -------------------------------------------------------------- registration

      /**
       * Registers {@code param} under {@code name} ({@code register_parameter}) and returns it.
       *
       * @throws IvyArgumentException if the name is empty, holds '.', or is taken, or param is null
       */
      public final <P extends Parameter> P registerParameter(String name, P param) {
        checkName("registerParameter", name, param);
        params.put(name, param);
        return param;
      }

      /**
       * Registers a buffer, state that is saved but not trained ({@code register_buffer}), and
       * returns it; read it with {@link #getBuffer} and replace it with {@link #setBuffer}.
       *
       * @throws IvyArgumentException if the name is empty, holds '.', or is taken, or value is null
       */
      public final Array registerBuffer(String name, Array value) {
        checkName("registerBuffer", name, value);
        buffers.put(name, value);
        return value;
      }

      /**
       * Registers {@code module} as a child under {@code name} ({@code register_module}, {@code
       * add_module}) and returns it.
       *
       * @throws IvyArgumentException if the name is empty, holds '.', or is taken, or the module is
       *     null or this one
       */
      public final <M extends Module> M registerModule(String name, M module) {
        checkName("registerModule", name, module);
        if (module == this) {
          throw new IvyArgumentException(
              name() + ".registerModule: a module cannot be its own child ('" + name + "')");
        }
        children.put(name, module);
        return module;
      }

      /**
       * Replaces the value of this module's own buffer {@code name}.
       *
       * @throws IvyArgumentException if no buffer of that name is registered or value is null
       */
      public final void setBuffer(String name, Array value) {
        if (!buffers.containsKey(name) || value == null) {
          throw new IvyArgumentException(
              name() + ".setBuffer: needs a registered buffer and a value; got '" + name + "'");
        }
        buffers.put(name, value);
      }

      /**
       * Returns the buffer at the dotted path {@code target} ({@code get_buffer}).
       *
       * @throws IvyArgumentException if there is none
       */
      public final Array getBuffer(String target) {
        Array a = namedBuffers().get(target);
        if (a == null) {
          throw new IvyArgumentException(
              name() + ".getBuffer: no buffer '" + target + "'; has " + namedBuffers().keySet());
        }
        return a;
      }

      /**
       * Returns the parameter at the dotted path {@code target} ({@code get_parameter}).
       *
       * @throws IvyArgumentException if there is none
       */
      public final Parameter getParameter(String target) {
        Parameter p = namedParameters().get(target);
        if (p == null) {
          throw new IvyArgumentException(
              name()
                  + ".getParameter: no parameter '"
                  + target
                  + "'; has "
                  + namedParameters().keySet());
        }
        return p;
      }

      private void checkName(String fn, String name, Object value) {
        if (name == null || name.isEmpty() || name.contains(".")) {
          throw new IvyArgumentException(
              name() + "." + fn + ": name must be non-empty without '.'; got '" + name + "'");
        }
        if (params.containsKey(name) || buffers.containsKey(name) || children.containsKey(name)) {
          throw new IvyArgumentException(
              name() + "." + fn + ": the name '" + name + "' is already taken in this module");
        }
        if (value == null) {
          throw new IvyArgumentException(
              name() + "." + fn + ": the value of '" + name + "' must not be null");
        }
      }

      // -------------------------------------------------------------- forward

      /**
       * Computes the output of one input ({@code forward(x)}). Override it (or {@link
       * #forward(List)}); the default raises.
       *
       * @throws IvyArgumentException if the module does not define it
       */
      public Array forward(Array x) {
        throw new IvyArgumentException(
            name() + ".forward: the module must override forward(Array) to take one input");
      }

      /**
       * Computes the outputs of several inputs (MultiheadAttention: query, key, value; LSTM: input,
       * h0, c0). The default takes one input and returns {@link #forward(Array)}'s output.
       *
       * @throws IvyArgumentException if the module does not take that many inputs
       */
      public List<Array> forward(List<Array> inputs) {
        if (inputs.size() != 1) {
          throw new IvyArgumentException(
              name()
                  + ".forward: the module must override forward(List) to take "
                  + inputs.size()
                  + " inputs");
        }
        return List.of(forward(inputs.get(0)));
      }

      /**
       * Runs the module on {@code x} ({@code module(x)}).
       *
       * @throws IvyArgumentException if x is null or does not fit the module
       */
      public final Array call(Array x) {
        if (x == null) {
          throw new IvyArgumentException(name() + ".call: x must not be null");
        }
        return forward(x);
      }

      /**
       * Runs the module on several inputs ({@code module(*inputs)}) and returns its outputs.
       *
       * @throws IvyArgumentException if the list is empty, holds null first, or does not fit
       */
      public final List<Array> call(List<Array> inputs) {
        if (inputs == null || inputs.isEmpty() || inputs.get(0) == null) {
          throw new IvyArgumentException(name() + ".call: needs at least one non-null input");
        }
        return forward(inputs);
      }

      // -------------------------------------------------------------- trees

      /** Returns every parameter, each once, in {@link #namedParameters()} order. */
      public final List<Parameter> parameters() {
        return new ArrayList<>(namedParameters().values());
      }

      /**
       * Returns the parameters by dotted name ({@code named_parameters}): own ones, then each
       * child's under its name; a parameter shared by two modules appears once, first name.
       */
      public final Map<String, Parameter> namedParameters() {
        LinkedHashMap<String, Parameter> r = new LinkedHashMap<>();
        java.util.Set<Parameter> seen =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        collectParameters("", r, seen);
        return r;
      }

      private void collectParameters(
          String prefix, Map<String, Parameter> r, java.util.Set<Parameter> seen) {
        params.forEach(
            (n, p) -> {
              if (seen.add(p)) {
                r.put(prefix + n, p);
              }
            });
        children.forEach((n, m) -> m.collectParameters(prefix + n + ".", r, seen));
      }

      /** Returns the buffers by dotted name ({@code named_buffers}), ordered as parameters. */
      public final Map<String, Array> namedBuffers() {
        LinkedHashMap<String, Array> r = new LinkedHashMap<>();
        collectBuffers("", r);
        return r;
      }

      private void collectBuffers(String prefix, Map<String, Array> r) {
        buffers.forEach((n, a) -> r.put(prefix + n, a));
        children.forEach((n, m) -> m.collectBuffers(prefix + n + ".", r));
      }

      /** Returns the children by name, in registration order ({@code named_children}). */
      public final Map<String, Module> namedChildren() {
        return java.util.Collections.unmodifiableMap(children);
      }

      /**
       * Returns the state dict ({@code state_dict}): for this module its parameters, then its
       * buffers, then each child's entries under its name, with dotted names, as PyTorch orders it.
       */
      public final Map<String, Array> stateDict() {
        LinkedHashMap<String, Array> r = new LinkedHashMap<>();
        collectState("", r);
        return r;
      }

      private void collectState(String prefix, Map<String, Array> r) {
        params.forEach((n, p) -> r.put(prefix + n, p.data()));
        buffers.forEach((n, a) -> r.put(prefix + n, a));
        children.forEach((n, m) -> m.collectState(prefix + n + ".", r));
      }

      /**
       * Loads a state dict strictly ({@code load_state_dict(sd)}): its keys must be exactly those
       * of {@link #stateDict()}.
       *
       * @return no missing and no unexpected keys
       * @throws IvyArgumentException naming the missing and unexpected keys, or the key whose shape
       *     differs; the module is left unchanged
       */
      public final IncompatibleKeys loadStateDict(Map<String, Array> stateDict) {
        return loadStateDict(stateDict, true);
      }

      /**
       * Loads the variables of a tree ({@code Ivy.toIvyModule(m).v()} after training): each path
       * {@code a/b} is the key {@code a.b}, loaded strictly as {@link #loadStateDict(Map)}.
       *
       * @throws IvyArgumentException as {@link #loadStateDict(Map)}
       */
      public final IncompatibleKeys loadStateDict(dev.ivy.nn.Variables tree) {
        if (tree == null) {
          throw new IvyArgumentException(name() + ".loadStateDict: the tree must not be null");
        }
        LinkedHashMap<String, Array> sd = new LinkedHashMap<>();
        tree.asMap().forEach((p, a) -> sd.put(p.replace('/', '.'), a));
        return loadStateDict(sd, true);
      }

      /**
       * Copies the values of {@code stateDict} into the parameters and buffers of the same names
       * ({@code load_state_dict(sd, strict)}), cast to each one's dtype and moved to its backend.
       * With {@code strict}, a missing or unexpected key is an error; without it, those keys are
       * returned and the matching ones loaded. A shape that differs is always an error.
       *
       * @throws IvyArgumentException naming the missing and unexpected keys (strict), or the key
       *     whose shape differs, or a null value; the module is left unchanged
       */
      public final IncompatibleKeys loadStateDict(Map<String, Array> stateDict, boolean strict) {
        String fn = name() + ".loadStateDict";
        if (stateDict == null) {
          throw new IvyArgumentException(fn + ": the state dict must not be null");
        }
        Map<String, Array> mine = stateDict();
        List<String> missing = new ArrayList<>();
        for (String k : mine.keySet()) {
          if (!stateDict.containsKey(k)) {
            missing.add(k);
          }
        }
        List<String> unexpected = new ArrayList<>();
        for (String k : stateDict.keySet()) {
          if (!mine.containsKey(k)) {
            unexpected.add(k);
          }
        }
        if (strict && (!missing.isEmpty() || !unexpected.isEmpty())) {
          throw new IvyArgumentException(
              fn
                  + ": the state dict must have exactly the module's keys; missing "
                  + missing
                  + ", unexpected "
                  + unexpected);
        }
        LinkedHashMap<String, Array> load = new LinkedHashMap<>();
        for (Map.Entry<String, Array> e : mine.entrySet()) {
          if (!stateDict.containsKey(e.getKey())) {
            continue;
          }
          Array want = e.getValue();
          Array got = stateDict.get(e.getKey());
          if (got == null) {
            throw new IvyArgumentException(fn + ": the value of '" + e.getKey() + "' is null");
          }
          if (!want.shape().equals(got.shape())) {
            throw new IvyArgumentException(
                fn
                    + ": size mismatch for "
                    + e.getKey()
                    + ": the module has shape "
                    + want.shape()
                    + "; the state dict has "
                    + got.shape());
          }
          Array v = got.dtype() == want.dtype() ? got : Ivy.astype(got, want.dtype());
          if (v.backend() != want.backend()) {
            v = Ivy.toBackend(v, want.backendName());
          }
          load.put(e.getKey(), v);
        }
        load.forEach(this::assignAt);
        return new IncompatibleKeys(List.copyOf(missing), List.copyOf(unexpected));
      }

      /** Sets the parameter or buffer at dotted {@code path} (no checks: callers checked). */
      final void assignAt(String path, Array value) {
        int dot = path.indexOf('.');
        if (dot >= 0) {
          children.get(path.substring(0, dot)).assignAt(path.substring(dot + 1), value);
        } else if (params.containsKey(path)) {
          params.get(path).setData(value);
        } else {
          buffers.put(path, value);
        }
      }

      // -------------------------------------------------------------- modes and backends

      /** Puts this module and its descendants in training mode ({@code train()}); returns this. */
      public Module train() {
        return train(true);
      }

      /** Sets training mode ({@code train(mode)}) on this module and its descendants. */
      public Module train(boolean mode) {
        training = mode;
        children.values().forEach(m -> m.train(mode));
        return this;
      }

      /** Puts this module and its descendants in evaluation mode ({@code eval()}); returns this. */
      public Module eval() {
        return train(false);
      }

      /** Returns whether the module is in training mode ({@code module.training}). */
      public final boolean isTraining() {
        return training;
      }

      /**
       * Moves every parameter and buffer to backend {@code backend} ({@code module.to(device)}) and
       * returns this module.
       *
       * @throws dev.ivy.errors.BackendNotFoundException if no backend has that name
       */
      public Module to(String backend) {
        Map<String, Array> sd = stateDict();
        LinkedHashMap<String, Array> moved = new LinkedHashMap<>();
        sd.forEach((k, a) -> moved.put(k, Ivy.toBackend(a, backend)));
        moved.forEach(this::assignAt);
        return this;
      }

      // -------------------------------------------------------------- printing

      /** Returns the module's name in messages and in {@link #toString()}: its class's name. */
      protected String name() {
        String s = getClass().getSimpleName();
        return s.isEmpty() ? "Module" : s;
      }

      /** Returns the extra text printed in parentheses after the name ({@code extra_repr}). */
      protected String extraRepr() {
        return "";
      }

      /** Returns PyTorch's module printout: the name, extra text, then children indented. */
      @Override
      public String toString() {
        StringBuilder sb = new StringBuilder(name()).append('(').append(extraRepr());
        if (!children.isEmpty()) {
          sb.append('\n');
          children.forEach(
              (n, m) ->
                  sb.append("  (")
                      .append(n)
                      .append("): ")
                      .append(m.toString().replace("\n", "\n  "))
                      .append('\n'));
        }
        return sb.append(')').toString();
      }
    }

    /** A child that only groups parameters of a wrapped layer (MultiheadAttention's out_proj). */
    static final class Group extends Module {
      Group() {}
    }

    /**
     * A torch-style layer made from a core {@code dev.ivy.nn} layer: the core layer's variables
     * become parameters (paths {@code a/b} as child {@code a}'s parameter {@code b}) and its
     * buffers buffers, and forward calls the core layer with the current values.
     */
    abstract static class CoreLayer extends Module {
      private final dev.ivy.nn.Module core;

      CoreLayer(dev.ivy.nn.Module core) {
        this.core = core;
        core.v().asMap().forEach((p, a) -> owner(p).registerParameter(leaf(p), new Parameter(a)));
        core.buffers().asMap().forEach((p, a) -> owner(p).registerBuffer(leaf(p), a));
      }

      private Module owner(String path) {
        Module m = this;
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
          Module c = m.namedChildren().get(parts[i]);
          m = c != null ? c : m.registerModule(parts[i], new Group());
        }
        return m;
      }

      private static String leaf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
      }

      @Override
      public Array forward(Array x) {
        return forward(List.of(x)).get(0);
      }

      @Override
      public List<Array> forward(List<Array> inputs) {
        dev.ivy.nn.Variables.Builder vb = dev.ivy.nn.Variables.builder();
        namedParameters().forEach((n, p) -> vb.put(n.replace('.', '/'), p.data()));
        if (isTraining() != core.isTraining()) {
          if (isTraining()) {
            core.train();
          } else {
            core.eval();
          }
        }
        dev.ivy.nn.Variables coreBuffers = core.buffers();
        if (!coreBuffers.isEmpty()) {
          Map<String, Array> mine = namedBuffers();
          core.setBuffers(coreBuffers.mapPaths(p -> mine.get(p.replace('/', '.'))));
        }
        List<Array> out = core.call(inputs, vb.build());
        if (!coreBuffers.isEmpty()) {
          core.buffers().asMap().forEach((p, a) -> assignAt(p.replace('/', '.'), a));
        }
        return out;
      }
    }

    /** {@code torch.nn.Linear}: y = x W^T + b, weight [out, in], bias [out]. */
    public static final class Linear extends CoreLayer {
      private final String repr;

      /** Creates a float32 layer with a bias (initialised from the thread's generator). */
      public Linear(long inFeatures, long outFeatures) {
        this(inFeatures, outFeatures, true, DType.FLOAT32);
      }

      /**
       * Creates a layer ({@code nn.Linear(in, out, bias, dtype=...)}).
       *
       * @param dtype a floating dtype, or null for float32
       * @throws IvyArgumentException if a size is not positive or dtype is not floating
       */
      public Linear(long inFeatures, long outFeatures, boolean bias, DType dtype) {
        super(new dev.ivy.nn.Linear(inFeatures, outFeatures, bias, dtype, null));
        repr =
            "in_features="
                + inFeatures
                + ", out_features="
                + outFeatures
                + ", bias="
                + (bias ? "True" : "False");
      }

      @Override
      protected String extraRepr() {
        return repr;
      }
    }

    /** {@code torch.nn.Conv1d} on [N, C, L]. */
    public static final class Conv1d extends CoreLayer {
      /** Creates a float32 layer with stride 1, no padding and a bias. */
      public Conv1d(long inChannels, long outChannels, long kernelSize) {
        this(inChannels, outChannels, new long[] {kernelSize}, null, null, null, 1, true);
      }

      /**
       * Creates a layer; see {@code dev.ivy.nn.Conv1d} for the arguments.
       *
       * @throws IvyArgumentException if a size or tuple is invalid
       */
      public Conv1d(
          long inChannels,
          long outChannels,
          long[] kernelSize,
          long[] stride,
          Object padding,
          long[] dilation,
          long groups,
          boolean bias) {
        super(
            new dev.ivy.nn.Conv1d(
                inChannels,
                outChannels,
                kernelSize,
                stride,
                padding,
                dilation,
                groups,
                bias,
                DType.FLOAT32,
                null));
      }

      private Conv1d(dev.ivy.nn.Conv1d core) {
        super(core);
      }

      /**
       * Returns a builder of a {@code nn.Conv1d(in_channels, out_channels, kernel_size, ...)}; its
       * options start at PyTorch's defaults: stride 1, padding 0, dilation 1, groups 1, bias True,
       * float32 (padding_mode is 'zeros', the only one supported).
       *
       * <pre>{@code
       * nn.Conv1d conv = nn.Conv1d.builder(3, 16, 3).stride(2).padding(1).bias(false).build();
       * }</pre>
       *
       * @param kernelSize one value for every spatial dimension or one per dimension
       */
      public static dev.ivy.nn.ConvBuilder<Conv1d> builder(
          long inChannels, long outChannels, long... kernelSize) {
        return dev.ivy.nn.Conv1d.builder(inChannels, outChannels, kernelSize).map(Conv1d::new);
      }
    }

    /** {@code torch.nn.Conv2d} on [N, C, H, W]. */
    public static final class Conv2d extends CoreLayer {
      /** Creates a float32 layer with a square kernel, stride 1, no padding and a bias. */
      public Conv2d(long inChannels, long outChannels, long kernelSize) {
        this(inChannels, outChannels, new long[] {kernelSize}, null, null, null, 1, true);
      }

      /**
       * Creates a layer ({@code nn.Conv2d(in, out, kernel_size, stride, padding, dilation, groups,
       * bias)}); tuples hold one value or one per dimension, padding is a number, a long[], "same"
       * or "valid"; null means PyTorch's default.
       *
       * @throws IvyArgumentException if a size or tuple is invalid
       */
      public Conv2d(
          long inChannels,
          long outChannels,
          long[] kernelSize,
          long[] stride,
          Object padding,
          long[] dilation,
          long groups,
          boolean bias) {
        super(
            new dev.ivy.nn.Conv2d(
                inChannels,
                outChannels,
                kernelSize,
                stride,
                padding,
                dilation,
                groups,
                bias,
                DType.FLOAT32,
                null));
      }

      private Conv2d(dev.ivy.nn.Conv2d core) {
        super(core);
      }

      /**
       * Returns a builder of a {@code nn.Conv2d(in_channels, out_channels, kernel_size, ...)}; its
       * options start at PyTorch's defaults: stride 1, padding 0, dilation 1, groups 1, bias True,
       * float32 (padding_mode is 'zeros', the only one supported).
       *
       * <pre>{@code
       * nn.Conv2d conv = nn.Conv2d.builder(3, 16, 3).stride(2).padding(1).bias(false).build();
       * }</pre>
       *
       * @param kernelSize one value for every spatial dimension or one per dimension
       */
      public static dev.ivy.nn.ConvBuilder<Conv2d> builder(
          long inChannels, long outChannels, long... kernelSize) {
        return dev.ivy.nn.Conv2d.builder(inChannels, outChannels, kernelSize).map(Conv2d::new);
      }
    }

    /** {@code torch.nn.ConvTranspose1d} on [N, C, L]: weight [in, out / groups, k], bias [out]. */
    public static final class ConvTranspose1d extends CoreLayer {
      /** Creates a float32 layer with stride 1, no padding and a bias. */
      public ConvTranspose1d(long inChannels, long outChannels, long kernelSize) {
        this(inChannels, outChannels, new long[] {kernelSize}, null, null, null, 1, true, null);
      }

      /**
       * Creates a layer ({@code nn.ConvTranspose1d(in, out, kernel_size, stride, padding,
       * output_padding, groups, bias, dilation)}, PyTorch's order); tuples hold one value or one
       * per dimension, null means PyTorch's default (stride 1, padding 0, output_padding 0,
       * dilation 1).
       *
       * @throws IvyArgumentException if a size or tuple is invalid
       */
      public ConvTranspose1d(
          long inChannels,
          long outChannels,
          long[] kernelSize,
          long[] stride,
          long[] padding,
          long[] outputPadding,
          long groups,
          boolean bias,
          long[] dilation) {
        super(
            new dev.ivy.nn.ConvTranspose1d(
                inChannels,
                outChannels,
                kernelSize,
                stride,
                padding,
                outputPadding,
                dilation,
                groups,
                bias,
                DType.FLOAT32,
                null));
      }

      private ConvTranspose1d(dev.ivy.nn.ConvTranspose1d core) {
        super(core);
      }

      /**
       * Returns a builder of a {@code nn.ConvTranspose1d(in_channels, out_channels, kernel_size,
       * ...)}; its options start at PyTorch's defaults: stride 1, padding 0, output_padding 0,
       * groups 1, bias True, dilation 1, float32.
       *
       * <pre>{@code
       * nn.ConvTranspose1d up = nn.ConvTranspose1d.builder(16, 8, 2).stride(2).build();
       * }</pre>
       *
       * @param kernelSize one value for every spatial dimension or one per dimension
       */
      public static dev.ivy.nn.ConvBuilder<ConvTranspose1d> builder(
          long inChannels, long outChannels, long... kernelSize) {
        return dev.ivy.nn.ConvTranspose1d.builder(inChannels, outChannels, kernelSize)
            .map(ConvTranspose1d::new);
      }
    }

    /**
     * {@code torch.nn.ConvTranspose2d} on [N, C, H, W]: weight [in, out / groups, kh, kw], bias
     * [out].
     */
    public static final class ConvTranspose2d extends CoreLayer {
      /** Creates a float32 layer with stride 1, no padding and a bias. */
      public ConvTranspose2d(long inChannels, long outChannels, long kernelSize) {
        this(inChannels, outChannels, new long[] {kernelSize}, null, null, null, 1, true, null);
      }

      /**
       * Creates a layer ({@code nn.ConvTranspose2d(in, out, kernel_size, stride, padding,
       * output_padding, groups, bias, dilation)}, PyTorch's order); tuples hold one value or one
       * per dimension, null means PyTorch's default (stride 1, padding 0, output_padding 0,
       * dilation 1).
       *
       * @throws IvyArgumentException if a size or tuple is invalid
       */
      public ConvTranspose2d(
          long inChannels,
          long outChannels,
          long[] kernelSize,
          long[] stride,
          long[] padding,
          long[] outputPadding,
          long groups,
          boolean bias,
          long[] dilation) {
        super(
            new dev.ivy.nn.ConvTranspose2d(
                inChannels,
                outChannels,
                kernelSize,
                stride,
                padding,
                outputPadding,
                dilation,
                groups,
                bias,
                DType.FLOAT32,
                null));
      }

      private ConvTranspose2d(dev.ivy.nn.ConvTranspose2d core) {
        super(core);
      }

      /**
       * Returns a builder of a {@code nn.ConvTranspose2d(in_channels, out_channels, kernel_size,
       * ...)}; its options start at PyTorch's defaults: stride 1, padding 0, output_padding 0,
       * groups 1, bias True, dilation 1, float32.
       *
       * <pre>{@code
       * nn.ConvTranspose2d up = nn.ConvTranspose2d.builder(16, 8, 2).stride(2).build();
       * }</pre>
       *
       * @param kernelSize one value for every spatial dimension or one per dimension
       */
      public static dev.ivy.nn.ConvBuilder<ConvTranspose2d> builder(
          long inChannels, long outChannels, long... kernelSize) {
        return dev.ivy.nn.ConvTranspose2d.builder(inChannels, outChannels, kernelSize)
            .map(ConvTranspose2d::new);
      }
    }

    /** {@code torch.nn.BatchNorm1d} on [N, C] or [N, C, L]. */
    public static final class BatchNorm1d extends CoreLayer {
      /** Creates a layer with eps 1e-5, momentum 0.1, affine parameters and running statistics. */
      public BatchNorm1d(long numFeatures) {
        this(numFeatures, 1e-5, 0.1, true, true);
      }

      /**
       * Creates a layer.
       *
       * @throws IvyArgumentException if numFeatures or eps is not positive or momentum is outside
       *     [0, 1]
       */
      public BatchNorm1d(
          long numFeatures,
          double eps,
          double momentum,
          boolean affine,
          boolean trackRunningStats) {
        super(
            new dev.ivy.nn.BatchNorm1d(
                numFeatures, eps, momentum, affine, trackRunningStats, DType.FLOAT32));
      }

      private BatchNorm1d(dev.ivy.nn.BatchNorm1d core) {
        super(core);
      }

      /**
       * Returns a builder of a {@code nn.BatchNorm1d(num_features, ...)}; its options start at
       * PyTorch's defaults: eps 1e-5, momentum 0.1, affine True, track_running_stats True, float32.
       *
       * <pre>{@code
       * nn.BatchNorm1d bn = nn.BatchNorm1d.builder(16).momentum(0.01).affine(false).build();
       * }</pre>
       */
      public static dev.ivy.nn.BatchNormBuilder<BatchNorm1d> builder(long numFeatures) {
        return dev.ivy.nn.BatchNorm1d.builder(numFeatures).map(BatchNorm1d::new);
      }
    }

    /**
     * {@code torch.nn.BatchNorm2d} on [N, C, H, W]: parameters weight and bias, buffers
     * running_mean, running_var and num_batches_tracked (updated by calls in training mode).
     */
    public static final class BatchNorm2d extends CoreLayer {
      /** Creates a layer with eps 1e-5, momentum 0.1, affine parameters and running statistics. */
      public BatchNorm2d(long numFeatures) {
        this(numFeatures, 1e-5, 0.1, true, true);
      }

      /**
       * Creates a layer.
       *
       * @throws IvyArgumentException if numFeatures or eps is not positive or momentum is outside
       *     [0, 1]
       */
      public BatchNorm2d(
          long numFeatures,
          double eps,
          double momentum,
          boolean affine,
          boolean trackRunningStats) {
        super(
            new dev.ivy.nn.BatchNorm2d(
                numFeatures, eps, momentum, affine, trackRunningStats, DType.FLOAT32));
      }

      private BatchNorm2d(dev.ivy.nn.BatchNorm2d core) {
        super(core);
      }

      /**
       * Returns a builder of a {@code nn.BatchNorm2d(num_features, ...)}; its options start at
       * PyTorch's defaults: eps 1e-5, momentum 0.1, affine True, track_running_stats True, float32.
       *
       * <pre>{@code
       * nn.BatchNorm2d bn = nn.BatchNorm2d.builder(16).momentum(0.01).affine(false).build();
       * }</pre>
       */
      public static dev.ivy.nn.BatchNormBuilder<BatchNorm2d> builder(long numFeatures) {
        return dev.ivy.nn.BatchNorm2d.builder(numFeatures).map(BatchNorm2d::new);
      }
    }

    /** {@code torch.nn.LayerNorm} over the trailing {@code normalizedShape} dimensions. */
    public static final class LayerNorm extends CoreLayer {
      /** Creates a layer with eps 1e-5, weight and bias. */
      public LayerNorm(long... normalizedShape) {
        this(normalizedShape, 1e-5, true);
      }

      /**
       * Creates a layer.
       *
       * @throws IvyArgumentException if the shape is empty or not positive, or eps is not positive
       */
      public LayerNorm(long[] normalizedShape, double eps, boolean elementwiseAffine) {
        super(new dev.ivy.nn.LayerNorm(normalizedShape, eps, elementwiseAffine, true, null));
      }
    }

    /** {@code torch.nn.GroupNorm}. */
    public static final class GroupNorm extends CoreLayer {
      /**
       * Creates a layer with eps 1e-5 and affine parameters.
       *
       * @throws IvyArgumentException if numGroups does not divide numChannels
       */
      public GroupNorm(long numGroups, long numChannels) {
        super(new dev.ivy.nn.GroupNorm(numGroups, numChannels));
      }
    }

    /** {@code torch.nn.Embedding}: a lookup table weight [n, d] of integer indices. */
    public static final class Embedding extends CoreLayer {
      /** Creates a table drawn from N(0, 1). */
      public Embedding(long numEmbeddings, long embeddingDim) {
        this(numEmbeddings, embeddingDim, null);
      }

      /**
       * Creates a table whose row {@code paddingIdx} (or none, if null) is zero.
       *
       * @throws IvyArgumentException if a size is not positive or paddingIdx is out of range
       */
      public Embedding(long numEmbeddings, long embeddingDim, Long paddingIdx) {
        super(
            new dev.ivy.nn.Embedding(
                numEmbeddings, embeddingDim, paddingIdx, null, DType.FLOAT32, null));
      }
    }

    /**
     * {@code torch.nn.MultiheadAttention}: {@code call(List.of(query, key, value))} returns the
     * output and the head-averaged attention weights; parameters in_proj_weight, in_proj_bias,
     * out_proj.weight, out_proj.bias.
     */
    public static final class MultiheadAttention extends CoreLayer {
      /** Creates a layer with biases, no dropout, sequence-first inputs [L, N, E]. */
      public MultiheadAttention(long embedDim, long numHeads) {
        this(embedDim, numHeads, 0.0, true, false);
      }

      /**
       * Creates a layer.
       *
       * @throws IvyArgumentException if numHeads does not divide embedDim or dropout is outside [0,
       *     1)
       */
      public MultiheadAttention(
          long embedDim, long numHeads, double dropout, boolean bias, boolean batchFirst) {
        super(
            new dev.ivy.nn.MultiHeadAttention(
                embedDim, numHeads, dropout, bias, batchFirst, DType.FLOAT32, null));
      }

      private MultiheadAttention(dev.ivy.nn.MultiHeadAttention core) {
        super(core);
      }

      /**
       * Returns a builder of a {@code nn.MultiheadAttention(embed_dim, num_heads, ...)}; its
       * options start at PyTorch's defaults: dropout 0.0, bias True, batch_first False, float32
       * (add_bias_kv, add_zero_attn, kdim and vdim are not supported).
       *
       * <pre>{@code
       * nn.MultiheadAttention mha = nn.MultiheadAttention.builder(8, 2).batchFirst(true).build();
       * }</pre>
       */
      public static dev.ivy.nn.MultiHeadAttentionBuilder<MultiheadAttention> builder(
          long embedDim, long numHeads) {
        return dev.ivy.nn.MultiHeadAttention.builder(embedDim, numHeads)
            .map(MultiheadAttention::new);
      }
    }

    /**
     * {@code torch.nn.LSTM}: {@code call(List.of(x))} or {@code call(List.of(x, h0, c0))} returns
     * output, h_n and c_n; {@code call(x)} the output only.
     */
    public static final class LSTM extends CoreLayer {
      /** Creates a one-layer, unidirectional LSTM with biases, sequence-first. */
      public LSTM(long inputSize, long hiddenSize) {
        this(inputSize, hiddenSize, 1, true, false, 0.0, false);
      }

      /**
       * Creates a LSTM.
       *
       * @throws IvyArgumentException if a size is not positive or dropout is outside [0, 1)
       */
      public LSTM(
          long inputSize,
          long hiddenSize,
          int numLayers,
          boolean bias,
          boolean batchFirst,
          double dropout,
          boolean bidirectional) {
        super(
            new dev.ivy.nn.LSTM(
                inputSize,
                hiddenSize,
                numLayers,
                bias,
                batchFirst,
                dropout,
                bidirectional,
                DType.FLOAT32,
                null));
      }

      private LSTM(dev.ivy.nn.LSTM core) {
        super(core);
      }

      /**
       * Returns a builder of a {@code nn.LSTM(input_size, hidden_size, ...)}; its options start at
       * PyTorch's defaults: num_layers 1, bias True, batch_first False, dropout 0.0, bidirectional
       * False, float32.
       *
       * <pre>{@code
       * nn.LSTM rnn = nn.LSTM.builder(5, 6).numLayers(2).bidirectional(true).build();
       * }</pre>
       */
      public static dev.ivy.nn.RecurrentBuilder<LSTM> builder(long inputSize, long hiddenSize) {
        return dev.ivy.nn.LSTM.builder(inputSize, hiddenSize).map(LSTM::new);
      }
    }

    /** {@code torch.nn.GRU}: {@code call(List.of(x, h0))} returns output and h_n. */
    public static final class GRU extends CoreLayer {
      /** Creates a one-layer, unidirectional GRU with biases, sequence-first. */
      public GRU(long inputSize, long hiddenSize) {
        this(inputSize, hiddenSize, 1, true, false, 0.0, false);
      }

      /**
       * Creates a GRU.
       *
       * @throws IvyArgumentException if a size is not positive or dropout is outside [0, 1)
       */
      public GRU(
          long inputSize,
          long hiddenSize,
          int numLayers,
          boolean bias,
          boolean batchFirst,
          double dropout,
          boolean bidirectional) {
        super(
            new dev.ivy.nn.GRU(
                inputSize,
                hiddenSize,
                numLayers,
                bias,
                batchFirst,
                dropout,
                bidirectional,
                DType.FLOAT32,
                null));
      }

      private GRU(dev.ivy.nn.GRU core) {
        super(core);
      }

      /**
       * Returns a builder of a {@code nn.GRU(input_size, hidden_size, ...)}; its options start at
       * PyTorch's defaults: num_layers 1, bias True, batch_first False, dropout 0.0, bidirectional
       * False, float32.
       *
       * <pre>{@code
       * nn.GRU rnn = nn.GRU.builder(5, 6).numLayers(2).bidirectional(true).build();
       * }</pre>
       */
      public static dev.ivy.nn.RecurrentBuilder<GRU> builder(long inputSize, long hiddenSize) {
        return dev.ivy.nn.GRU.builder(inputSize, hiddenSize).map(GRU::new);
      }
    }

    /** {@code torch.nn.Dropout}: zeroes elements with probability p in training mode. */
    public static final class Dropout extends CoreLayer {
      /** Creates a layer with p = 0.5. */
      public Dropout() {
        this(0.5);
      }

      /**
       * Creates a layer.
       *
       * @throws IvyArgumentException if p is outside [0, 1]
       */
      public Dropout(double p) {
        super(new dev.ivy.nn.Dropout(p));
      }
    }

    /** {@code torch.nn.ReLU}. */
    public static final class ReLU extends CoreLayer {
      /** Creates the activation. */
      public ReLU() {
        super(new dev.ivy.nn.ReLU());
      }
    }

    /** {@code torch.nn.Tanh}. */
    public static final class Tanh extends CoreLayer {
      /** Creates the activation. */
      public Tanh() {
        super(new dev.ivy.nn.Tanh());
      }
    }

    /** {@code torch.nn.Sigmoid}. */
    public static final class Sigmoid extends CoreLayer {
      /** Creates the activation. */
      public Sigmoid() {
        super(new dev.ivy.nn.Sigmoid());
      }
    }

    /** {@code torch.nn.GELU} (exact, erf-based). */
    public static final class GELU extends CoreLayer {
      /** Creates the activation. */
      public GELU() {
        super(new dev.ivy.nn.GELU());
      }
    }

    /** {@code torch.nn.SiLU}. */
    public static final class SiLU extends CoreLayer {
      /** Creates the activation. */
      public SiLU() {
        super(new dev.ivy.nn.SiLU());
      }
    }

    /** {@code torch.nn.Softmax} along {@code dim}. */
    public static final class Softmax extends CoreLayer {
      /** Creates the activation. */
      public Softmax(int dim) {
        super(new dev.ivy.nn.Softmax(dim));
      }
    }

    /** {@code torch.nn.Flatten}: flattens dimensions 1 to -1. */
    public static final class Flatten extends CoreLayer {
      /** Creates the layer. */
      public Flatten() {
        super(new dev.ivy.nn.Flatten());
      }
    }

    /** {@code torch.nn.Identity}. */
    public static final class Identity extends CoreLayer {
      /** Creates the layer. */
      public Identity() {
        super(new dev.ivy.nn.Identity());
      }
    }

    /** {@code torch.nn.Sequential}: children named 0, 1, ... applied in order. */
    public static final class Sequential extends Module {
      /**
       * Creates the container.
       *
       * @throws IvyArgumentException if a module is null
       */
      public Sequential(Module... modules) {
        for (int i = 0; i < modules.length; i++) {
          registerModule(Integer.toString(i), modules[i]);
        }
      }

      @Override
      public Array forward(Array x) {
        Array h = x;
        for (Module m : namedChildren().values()) {
          h = m.call(h);
        }
        return h;
      }
    }
  }
}
