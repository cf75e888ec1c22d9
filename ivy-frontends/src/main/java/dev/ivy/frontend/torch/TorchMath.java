package dev.ivy.frontend.torch;

import static dev.ivy.frontend.torch.TorchTypes.as;
import static dev.ivy.frontend.torch.TorchTypes.floating;
import static dev.ivy.frontend.torch.TorchTypes.resultType;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Special;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * PyTorch's pointwise functions: operands promote with {@link TorchTypes#resultType}, float-only
 * functions compute integer inputs in float32, and the functions core lacks ({@code erfinv}, {@code
 * lgamma}, {@code i0}, {@code fmod}...) are composed of core functions.
 */
final class TorchMath {
  private TorchMath() {}

  /** Applies a binary core function after promoting both operands to their result type. */
  static Array binary(Object x, Object y, BinaryOperator<Array> f) {
    DType dt = resultType(x, y);
    return f.apply(as(x, dt), as(y, dt));
  }

  /** Like {@link #binary} but computes integer results in float32 (true division and the like). */
  static Array binaryFloat(Object x, Object y, BinaryOperator<Array> f) {
    DType dt = resultType(x, y);
    if (!dt.isFloating()) {
      dt = TorchTypes.DEFAULT_FLOAT;
    }
    return f.apply(as(x, dt), as(y, dt));
  }

  /** Like {@link #binary} but both operands must be tensors (torch.maximum, fmax...). */
  static Array binaryTensors(String fn, Object x, Object y, BinaryOperator<Array> f) {
    if (!(x instanceof Array) || !(y instanceof Array)) {
      throw new IvyArgumentException(
          fn
              + ": input and other must be tensors; got "
              + (x instanceof Array ? "a tensor" : String.valueOf(x))
              + " and "
              + (y instanceof Array ? "a tensor" : String.valueOf(y)));
    }
    return binary(x, y, f);
  }

  /** Applies a float-only unary function; integer and bool inputs are computed in float32. */
  static Array unaryFloat(Array x, UnaryOperator<Array> f) {
    return f.apply(floating(x));
  }

  static Array add(Object x, Object y, Number alpha) {
    if (alpha != null && alpha.doubleValue() != 1.0) {
      DType dt = resultType(x, y);
      Array scaled = Elementwise.multiply(as(y, dt), alpha);
      return Elementwise.add(as(x, dt), as(scaled, dt));
    }
    return binary(x, y, Elementwise::add);
  }

  static Array sub(Object x, Object y, Number alpha) {
    if (alpha != null && alpha.doubleValue() != 1.0) {
      DType dt = resultType(x, y);
      Array scaled = Elementwise.multiply(as(y, dt), alpha);
      return Elementwise.subtract(as(x, dt), as(scaled, dt));
    }
    return binary(x, y, Elementwise::subtract);
  }

  static Array div(Object x, Object y, RoundingMode roundingMode) {
    if (roundingMode == null) {
      return binaryFloat(x, y, Elementwise::divide);
    }
    return switch (roundingMode) {
      case FLOOR -> binary(x, y, Elementwise::floorDivide);
      case TRUNC ->
          binary(
              x,
              y,
              (a, b) ->
                  a.dtype().isFloating()
                      ? Elementwise.trunc(Elementwise.divide(a, b))
                      : truncDivInt(a, b));
    };
  }

  private static Array truncDivInt(Array a, Array b) {
    Array q = Elementwise.floorDivide(a, b);
    Array r = Elementwise.remainder(a, b);
    // floor and trunc differ when the remainder is non-zero and the signs differ
    Array adjust =
        Elementwise.logicalAnd(
            Elementwise.notEqual(r, 0L),
            Elementwise.notEqual(Elementwise.less(a, 0L), Elementwise.less(b, 0L)));
    return Elementwise.add(q, Manipulation.astype(adjust, q.dtype()));
  }

  static Array fmod(Object x, Object y) {
    return binary(
        x,
        y,
        (a, b) -> {
          Array r = Elementwise.remainder(a, b);
          Array fix =
              Elementwise.logicalAnd(
                  Elementwise.notEqual(r, 0L),
                  Elementwise.notEqual(Elementwise.signbit(r), Elementwise.signbit(a)));
          return Elementwise.where(fix, Elementwise.subtract(r, b), r);
        });
  }

  static Array remainder(Object x, Object y) {
    return binary(x, y, Elementwise::remainder);
  }

  static Array pow(Object x, Object y) {
    return binary(x, y, Elementwise::pow);
  }

  static Array neg(Array x) {
    return Elementwise.negative(x);
  }

  static Array exp2(Array x) {
    Array f = floating(x);
    return Elementwise.pow(as(2L, f.dtype()), f);
  }

  static Array rsqrt(Array x) {
    return Elementwise.reciprocal(Elementwise.sqrt(floating(x)));
  }

  static Array frac(Array x) {
    return Elementwise.subtract(x, Elementwise.trunc(x));
  }

  static Array deg2rad(Array x) {
    Array f = floating(x);
    return Elementwise.multiply(f, Math.PI / 180.0);
  }

  static Array rad2deg(Array x) {
    Array f = floating(x);
    return Elementwise.multiply(f, 180.0 / Math.PI);
  }

  static Array sinc(Array x) {
    Array f = floating(x);
    Array px = Elementwise.multiply(f, Math.PI);
    Array zero = Elementwise.equal(f, 0L);
    Array safe = Elementwise.where(zero, as(1L, f.dtype()), px);
    return Elementwise.where(
        zero, as(1L, f.dtype()), Elementwise.divide(Elementwise.sin(safe), safe));
  }

  static Array logit(Array x, Number eps) {
    Array f = floating(x);
    if (eps != null) {
      f = Elementwise.clip(f, eps.doubleValue(), 1.0 - eps.doubleValue());
    }
    return Elementwise.log(Elementwise.divide(f, Elementwise.subtract(1L, f)));
  }

  static Array erfc(Array x) {
    return Special.erfc(floating(x));
  }

  static Array sigmoid(Array x) {
    return Elementwise.divide(1L, Elementwise.add(1L, Elementwise.exp(Elementwise.negative(x))));
  }

  /** Runs {@code f} in float64 and casts back, for compositions that need the headroom. */
  static Array compute64(Array f, UnaryOperator<Array> body) {
    Array r = body.apply(Manipulation.astype(f, DType.FLOAT64));
    return Manipulation.astype(r, f.dtype());
  }

  /** Inverse error function (torch.erfinv); integer inputs give float32. */
  static Array erfinv(Array x) {
    return Special.erfinv(floating(x));
  }

  /** log|Gamma(x)| (torch.lgamma); integer inputs give float32. */
  static Array lgamma(Array x) {
    return Special.lgamma(floating(x));
  }

  /** Modified Bessel function of the first kind, order 0 (torch.i0). */
  static Array i0(Array x) {
    return Special.i0(floating(x));
  }

  static Array xlogy(Object x, Object y) {
    return binaryFloat(
        x,
        y,
        (a, b) -> {
          Array r = Elementwise.multiply(a, Elementwise.log(b));
          r = Elementwise.where(Elementwise.equal(a, 0L), as(0L, r.dtype()), r);
          return Elementwise.where(Elementwise.isnan(b), b, r);
        });
  }

  static Array clamp(Array x, Object min, Object max) {
    if (min == null && max == null) {
      throw new IvyArgumentException(
          "clamp: at least one of min and max must not be None; got both None");
    }
    DType dt = resultType(x, min, max);
    Array r = as(x, dt);
    if (min != null) {
      r = Elementwise.maximum(r, as(min, dt));
    }
    if (max != null) {
      r = Elementwise.minimum(r, as(max, dt));
    }
    return r;
  }

  static Array isposinf(Array x) {
    return x.dtype().isFloating()
        ? Elementwise.equal(x, Double.POSITIVE_INFINITY)
        : Elementwise.logicalAnd(Manipulation.astype(x, DType.BOOL), false);
  }

  static Array isneginf(Array x) {
    return x.dtype().isFloating()
        ? Elementwise.equal(x, Double.NEGATIVE_INFINITY)
        : Elementwise.logicalAnd(Manipulation.astype(x, DType.BOOL), false);
  }

  static Array fmax(Array x, Array y, boolean max) {
    return binaryTensors(
        max ? "fmax" : "fmin",
        x,
        y,
        (a, b) -> {
          Array m = max ? Elementwise.maximum(a, b) : Elementwise.minimum(a, b);
          if (!a.dtype().isFloating()) {
            return m;
          }
          return Elementwise.where(
              Elementwise.isnan(a), b, Elementwise.where(Elementwise.isnan(b), a, m));
        });
  }

  static Array addcmul(Array input, Array t1, Array t2, Number value) {
    DType dt = resultType(input, t1, t2);
    Array p = Elementwise.multiply(as(t1, dt), as(t2, dt));
    return Elementwise.add(as(input, dt), Elementwise.multiply(p, value));
  }

  static Array addcdiv(Array input, Array t1, Array t2, Number value) {
    DType dt = resultType(input, t1, t2);
    Array p = Elementwise.divide(as(t1, dt), as(t2, dt));
    return Elementwise.add(as(input, dt), as(Elementwise.multiply(p, value), dt));
  }

  static Array lerp(Array input, Array end, Object weight) {
    DType dt = resultType(input, end);
    Array a = as(input, dt);
    Array d = Elementwise.subtract(as(end, dt), a);
    Array w = weight instanceof Array wa ? as(wa, dt) : as(weight, dt);
    return Elementwise.add(a, Elementwise.multiply(w, d));
  }

  static Array logaddexp2(Array x, Array y) {
    return binaryFloat(
        x,
        y,
        (a, b) ->
            Elementwise.divide(
                Elementwise.logaddexp(
                    Elementwise.multiply(a, Math.log(2)), Elementwise.multiply(b, Math.log(2))),
                Math.log(2)));
  }
}
