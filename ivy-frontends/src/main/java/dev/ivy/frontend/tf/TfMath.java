package dev.ivy.frontend.tf;

import static dev.ivy.frontend.tf.TfFrontend.binary;
import static dev.ivy.frontend.tf.TfFrontend.binaryFloat;
import static dev.ivy.frontend.tf.TfFrontend.binaryNumeric;
import static dev.ivy.frontend.tf.TfFrontend.unaryFloat;
import static dev.ivy.frontend.tf.TfFrontend.unaryNumeric;
import static dev.ivy.frontend.tf.TfFrontend.zeroLike;
import static dev.ivy.frontend.tf.TfTypes.axes;
import static dev.ivy.frontend.tf.TfTypes.axis;
import static dev.ivy.frontend.tf.TfTypes.bool;
import static dev.ivy.frontend.tf.TfTypes.cast;
import static dev.ivy.frontend.tf.TfTypes.error;
import static dev.ivy.frontend.tf.TfTypes.floating;
import static dev.ivy.frontend.tf.TfTypes.numeric;
import static dev.ivy.frontend.tf.TfTypes.scalar;
import static dev.ivy.frontend.tf.TfTypes.tensor;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Scatter;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sorting;
import dev.ivy.registry.Namespace;
import java.util.List;

/** {@code tf.math}: elementwise maths, reductions, cumulative and segment ops. */
@Namespace(frontend = "tensorflow", prefix = "math", path = "TfFrontend.math", ignored = "name")
public final class TfMath extends TfMathDefaults {
  TfMath() {}

  /** {@code tf.math.abs(x)}. */
  public Array abs(Object x) {
    return unaryNumeric("math.abs", x, Elementwise::abs);
  }

  /** {@code tf.math.negative(x)}. */
  public Array negative(Object x) {
    return unaryNumeric("math.negative", x, Elementwise::negative);
  }

  /** {@code tf.math.sign(x)}. */
  public Array sign(Object x) {
    return unaryNumeric("math.sign", x, Elementwise::sign);
  }

  /** {@code tf.math.square(x)}. */
  public Array square(Object x) {
    return unaryNumeric("math.square", x, Elementwise::square);
  }

  /** {@code tf.math.sqrt(x)}. */
  public Array sqrt(Object x) {
    return unaryFloat("math.sqrt", x, Elementwise::sqrt);
  }

  /** {@code tf.math.rsqrt(x)}. */
  public Array rsqrt(Object x) {
    return unaryFloat("math.rsqrt", x, v -> Elementwise.reciprocal(Elementwise.sqrt(v)));
  }

  /** {@code tf.math.exp(x)}. */
  public Array exp(Object x) {
    return unaryFloat("math.exp", x, Elementwise::exp);
  }

  /** {@code tf.math.expm1(x)}. */
  public Array expm1(Object x) {
    return unaryFloat("math.expm1", x, Elementwise::expm1);
  }

  /** {@code tf.math.log(x)}. */
  public Array log(Object x) {
    return unaryFloat("math.log", x, Elementwise::log);
  }

  /** {@code tf.math.log1p(x)}. */
  public Array log1p(Object x) {
    return unaryFloat("math.log1p", x, Elementwise::log1p);
  }

  /** {@code tf.math.sin(x)}. */
  public Array sin(Object x) {
    return unaryFloat("math.sin", x, Elementwise::sin);
  }

  /** {@code tf.math.cos(x)}. */
  public Array cos(Object x) {
    return unaryFloat("math.cos", x, Elementwise::cos);
  }

  /** {@code tf.math.tan(x)}. */
  public Array tan(Object x) {
    return unaryFloat("math.tan", x, Elementwise::tan);
  }

  /** {@code tf.math.asin(x)}. */
  public Array asin(Object x) {
    return unaryFloat("math.asin", x, Elementwise::asin);
  }

  /** {@code tf.math.acos(x)}. */
  public Array acos(Object x) {
    return unaryFloat("math.acos", x, Elementwise::acos);
  }

  /** {@code tf.math.atan(x)}. */
  public Array atan(Object x) {
    return unaryFloat("math.atan", x, Elementwise::atan);
  }

  /** {@code tf.math.sinh(x)}. */
  public Array sinh(Object x) {
    return unaryFloat("math.sinh", x, Elementwise::sinh);
  }

  /** {@code tf.math.cosh(x)}. */
  public Array cosh(Object x) {
    return unaryFloat("math.cosh", x, Elementwise::cosh);
  }

  /** {@code tf.math.tanh(x)}. */
  public Array tanh(Object x) {
    return unaryFloat("math.tanh", x, Elementwise::tanh);
  }

  /** {@code tf.math.asinh(x)}. */
  public Array asinh(Object x) {
    return unaryFloat("math.asinh", x, Elementwise::asinh);
  }

  /** {@code tf.math.acosh(x)}. */
  public Array acosh(Object x) {
    return unaryFloat("math.acosh", x, Elementwise::acosh);
  }

  /** {@code tf.math.atanh(x)}. */
  public Array atanh(Object x) {
    return unaryFloat("math.atanh", x, Elementwise::atanh);
  }

  /** {@code tf.math.reciprocal(x)}: 1 / x; integer tensors divide as truncatediv does. */
  public Array reciprocal(Object x) {
    return unaryNumeric(
        "math.reciprocal",
        x,
        v ->
            v.dtype().isFloating()
                ? Elementwise.reciprocal(v)
                : truncatediv(scalar(1, v.dtype()), v));
  }

  /** {@code tf.math.reciprocal_no_nan(x)}: 0 where x is 0. */
  public Array reciprocalNoNan(Object x) {
    return unaryFloat(
        "math.reciprocal_no_nan",
        x,
        v -> Elementwise.where(Elementwise.equal(v, 0.0), zeroLike(v), Elementwise.reciprocal(v)));
  }

  /** {@code tf.math.floor(x)}. */
  public Array floor(Object x) {
    return unaryFloat("math.floor", x, Elementwise::floor);
  }

  /** {@code tf.math.ceil(x)}. */
  public Array ceil(Object x) {
    return unaryFloat("math.ceil", x, Elementwise::ceil);
  }

  /** {@code tf.math.round(x)}: half to even; integers unchanged. */
  public Array round(Object x) {
    return unaryNumeric("math.round", x, v -> v.dtype().isInteger() ? v : Elementwise.round(v));
  }

  /** {@code tf.math.rint(x)}: half to even. */
  public Array rint(Object x) {
    return unaryFloat("math.rint", x, Elementwise::round);
  }

  /** {@code tf.math.sigmoid(x)}. */
  public Array sigmoid(Object x) {
    return unaryFloat("math.sigmoid", x, Activations::sigmoid);
  }

  /** {@code tf.math.erf(x)}. */
  public Array erf(Object x) {
    return unaryFloat("math.erf", x, Elementwise::erf);
  }

  /** {@code tf.math.erfc(x)}: 1 - erf(x). */
  public Array erfc(Object x) {
    return unaryFloat(
        "math.erfc", x, v -> Elementwise.subtract(scalar(1, v.dtype()), Elementwise.erf(v)));
  }

  /** {@code tf.math.softplus(features)}: log(1 + exp(x)), computed stably. */
  public Array softplus(Object x) {
    return unaryFloat("math.softplus", x, TfMath::softplusStable);
  }

  static Array softplusStable(Array v) {
    // max(x, 0) + log1p(exp(-|x|))
    return Elementwise.add(
        Elementwise.maximum(v, zeroLike(v)),
        Elementwise.log1p(Elementwise.exp(Elementwise.negative(Elementwise.abs(v)))));
  }

  /** {@code tf.math.softsign(features)}: x / (1 + |x|). */
  public Array softsign(Object x) {
    return unaryFloat(
        "math.softsign",
        x,
        v -> Elementwise.divide(v, Elementwise.add(Elementwise.abs(v), scalar(1, v.dtype()))));
  }

  /** {@code tf.math.log_sigmoid(x)}: -softplus(-x). */
  public Array logSigmoid(Object x) {
    return unaryFloat(
        "math.log_sigmoid", x, v -> Elementwise.negative(softplusStable(Elementwise.negative(v))));
  }

  /** {@code tf.math.is_nan(x)}. */
  public Array isNan(Object x) {
    return unaryFloat("math.is_nan", x, Elementwise::isnan);
  }

  /** {@code tf.math.is_inf(x)}. */
  public Array isInf(Object x) {
    return unaryFloat("math.is_inf", x, Elementwise::isinf);
  }

  /** {@code tf.math.is_finite(x)}. */
  public Array isFinite(Object x) {
    return unaryFloat("math.is_finite", x, Elementwise::isfinite);
  }

  /** {@code tf.math.logical_not(x)}. */
  public Array logicalNot(Object x) {
    return Elementwise.logicalNot(bool("math.logical_not", tensor("math.logical_not", "x", x)));
  }

  /** {@code tf.math.add(x, y)}. */
  public Array add(Object x, Object y) {
    return binary("math.add", x, y, Elementwise::add);
  }

  /** {@code tf.math.subtract(x, y)}. */
  public Array subtract(Object x, Object y) {
    return binaryNumeric("math.subtract", x, y, Elementwise::subtract);
  }

  /** {@code tf.math.multiply(x, y)}. */
  public Array multiply(Object x, Object y) {
    return binary(
        "math.multiply",
        x,
        y,
        (a, b) -> a.dtype().isBool() ? Elementwise.logicalAnd(a, b) : Elementwise.multiply(a, b));
  }

  /**
   * {@code tf.math.divide(x, y)} (truediv): floats divide; int8/int16/uint8 give float32,
   * int32/int64 give float64, as in TensorFlow.
   */
  public Array divide(Object x, Object y) {
    return truediv("math.divide", x, y);
  }

  static Array truediv(String fn, Object x, Object y) {
    return binaryNumeric(
        fn,
        x,
        y,
        (a, b) -> {
          if (a.dtype().isInteger()) {
            DType f = a.dtype().byteSize() >= 4 ? DType.FLOAT64 : DType.FLOAT32;
            a = Manipulation.astype(a, f);
            b = Manipulation.astype(b, f);
          }
          return Elementwise.divide(a, b);
        });
  }

  /** {@code tf.math.truediv(x, y)}. */
  public Array truediv(Object x, Object y) {
    return truediv("math.truediv", x, y);
  }

  /**
   * {@code tf.math.floordiv(x, y)}: floor(x / y). Integers stay integers; floats give int32, as the
   * TensorFlow kernels that produced the reference cases (TensorFlow.js's floorDiv) do.
   */
  public Array floordiv(Object x, Object y) {
    return binaryNumeric(
        "math.floordiv",
        x,
        y,
        (a, b) ->
            a.dtype().isInteger()
                ? Elementwise.floorDivide(a, b)
                : Manipulation.astype(Elementwise.floor(Elementwise.divide(a, b)), DType.INT32));
  }

  /** {@code tf.math.floormod(x, y)}: the remainder with the sign of y. */
  public Array floormod(Object x, Object y) {
    return binaryNumeric("math.floormod", x, y, Elementwise::remainder);
  }

  /** {@code tf.math.truncatediv(x, y)}: x / y rounded towards zero. */
  public Array truncatediv(Object x, Object y) {
    return binaryNumeric(
        "math.truncatediv",
        x,
        y,
        (a, b) -> {
          Array q = Elementwise.trunc(Elementwise.divide(a, b));
          return cast(q, a.dtype());
        });
  }

  /** {@code tf.math.truncatemod(x, y)}: the remainder with the sign of x (C fmod). */
  public Array truncatemod(Object x, Object y) {
    return binaryNumeric(
        "math.truncatemod",
        x,
        y,
        (a, b) -> {
          Array q = cast(Elementwise.trunc(Elementwise.divide(a, b)), a.dtype());
          return Elementwise.subtract(a, Elementwise.multiply(q, b));
        });
  }

  /** {@code tf.math.pow(x, y)}. */
  public Array pow(Object x, Object y) {
    return binaryNumeric("math.pow", x, y, Elementwise::pow);
  }

  /** {@code tf.math.maximum(x, y)}. */
  public Array maximum(Object x, Object y) {
    return binaryNumeric("math.maximum", x, y, Elementwise::maximum);
  }

  /** {@code tf.math.minimum(x, y)}. */
  public Array minimum(Object x, Object y) {
    return binaryNumeric("math.minimum", x, y, Elementwise::minimum);
  }

  /** {@code tf.math.atan2(y, x)}. */
  public Array atan2(Object y, Object x) {
    return binaryFloat("math.atan2", y, x, Elementwise::atan2);
  }

  /** {@code tf.math.squared_difference(x, y)}: (x - y)². */
  public Array squaredDifference(Object x, Object y) {
    return binaryNumeric(
        "math.squared_difference", x, y, (a, b) -> Elementwise.square(Elementwise.subtract(a, b)));
  }

  /** {@code tf.math.divide_no_nan(x, y)}: 0 where y is 0. */
  public Array divideNoNan(Object x, Object y) {
    return binaryFloat(
        "math.divide_no_nan",
        x,
        y,
        (a, b) -> {
          Array zero = Elementwise.equal(b, scalar(0, b.dtype()));
          Array safe = Elementwise.where(zero, Creation.onesLike(b), b);
          return Elementwise.where(zero, scalar(0, a.dtype()), Elementwise.divide(a, safe));
        });
  }

  /** {@code tf.math.multiply_no_nan(x, y)}: 0 where y is 0, even for x inf or nan. */
  public Array multiplyNoNan(Object x, Object y) {
    return binaryFloat(
        "math.multiply_no_nan",
        x,
        y,
        (a, b) ->
            Elementwise.where(
                Elementwise.equal(b, scalar(0, b.dtype())),
                scalar(0, a.dtype()),
                Elementwise.multiply(a, b)));
  }

  /** {@code tf.math.xlogy(x, y)}: x * log(y), 0 where x is 0. */
  public Array xlogy(Object x, Object y) {
    return binaryFloat(
        "math.xlogy",
        x,
        y,
        (a, b) ->
            Elementwise.where(
                Elementwise.equal(a, scalar(0, a.dtype())),
                scalar(0, a.dtype()),
                Elementwise.multiply(a, Elementwise.log(b))));
  }

  /** {@code tf.math.xdivy(x, y)}: x / y, 0 where x is 0. */
  public Array xdivy(Object x, Object y) {
    return binaryFloat(
        "math.xdivy",
        x,
        y,
        (a, b) ->
            Elementwise.where(
                Elementwise.equal(a, scalar(0, a.dtype())),
                scalar(0, a.dtype()),
                Elementwise.divide(a, b)));
  }

  /** {@code tf.math.equal(x, y)}. */
  public Array equal(Object x, Object y) {
    return binary("math.equal", x, y, Elementwise::equal);
  }

  /** {@code tf.math.not_equal(x, y)}. */
  public Array notEqual(Object x, Object y) {
    return binary("math.not_equal", x, y, Elementwise::notEqual);
  }

  /** {@code tf.math.less(x, y)}. */
  public Array less(Object x, Object y) {
    return binaryNumeric("math.less", x, y, Elementwise::less);
  }

  /** {@code tf.math.less_equal(x, y)}. */
  public Array lessEqual(Object x, Object y) {
    return binaryNumeric("math.less_equal", x, y, Elementwise::lessEqual);
  }

  /** {@code tf.math.greater(x, y)}. */
  public Array greater(Object x, Object y) {
    return binaryNumeric("math.greater", x, y, Elementwise::greater);
  }

  /** {@code tf.math.greater_equal(x, y)}. */
  public Array greaterEqual(Object x, Object y) {
    return binaryNumeric("math.greater_equal", x, y, Elementwise::greaterEqual);
  }

  /** {@code tf.math.logical_and(x, y)}. */
  public Array logicalAnd(Object x, Object y) {
    return binary(
        "math.logical_and", x, y, (a, b) -> Elementwise.logicalAnd(bool("math.logical_and", a), b));
  }

  /** {@code tf.math.logical_or(x, y)}. */
  public Array logicalOr(Object x, Object y) {
    return binary(
        "math.logical_or", x, y, (a, b) -> Elementwise.logicalOr(bool("math.logical_or", a), b));
  }

  /** {@code tf.math.logical_xor(x, y)}. */
  public Array logicalXor(Object x, Object y) {
    return binary(
        "math.logical_xor", x, y, (a, b) -> Elementwise.logicalXor(bool("math.logical_xor", a), b));
  }

  /** {@code tf.math.add_n(inputs)}: the elementwise sum of same-shaped, same-dtype tensors. */
  public Array addN(List<?> inputs) {
    String fn = "math.add_n";
    if (inputs == null || inputs.isEmpty()) {
      throw error(fn, "inputs must be a non-empty list of tensors; got " + inputs);
    }
    List<Array> xs = TfTypes.same(fn, "inputs", inputs);
    Array r = xs.get(0);
    for (int i = 1; i < xs.size(); i++) {
      if (!xs.get(i).shape().equals(r.shape())) {
        throw error(fn, "inputs must all have shape " + r.shape() + "; got " + xs.get(i).shape());
      }
      r = Elementwise.add(r, xs.get(i));
    }
    return r;
  }

  /** {@code tf.math.cumsum(x, axis=0, exclusive=False, reverse=False)}. */
  public Array cumsum(Object x, int axis, boolean exclusive, boolean reverse) {
    String fn = "math.cumsum";
    Array v = numeric(fn, tensor(fn, "x", x));
    int ax = axis(fn, axis, v.rank());
    Array y = reverse ? Manipulation.flip(v, ax) : v;
    Array c = Cumulative.cumulativeSum(y, ax, v.dtype(), exclusive);
    if (exclusive) {
      long n = v.shape().dim(ax);
      long[] start = new long[v.rank()];
      long[] stop = c.shape().dims();
      long[] step = new long[v.rank()];
      java.util.Arrays.fill(step, 1);
      stop[ax] = n;
      c = Manipulation.slice(c, start, stop, step);
    }
    return reverse ? Manipulation.flip(c, ax) : c;
  }

  /** {@code tf.math.cumprod(x, axis=0, exclusive=False, reverse=False)}. */
  public Array cumprod(Object x, int axis, boolean exclusive, boolean reverse) {
    String fn = "math.cumprod";
    Array v = numeric(fn, tensor(fn, "x", x));
    return Cumulative.cumprod(v, axis(fn, axis, v.rank()), exclusive, reverse);
  }

  /** {@code tf.math.cumulative_logsumexp(x, axis=0, exclusive=False, reverse=False)}. */
  public Array cumulativeLogsumexp(Object x, int axis, boolean exclusive, boolean reverse) {
    String fn = "math.cumulative_logsumexp";
    Array v = floating(fn, tensor(fn, "x", x));
    int ax = axis(fn, axis, v.rank());
    Array m = Reductions.max(v, dev.ivy.ops.Checks.allAxes(v.rank()), true);
    m = Elementwise.where(Elementwise.isfinite(m), m, zeroLike(m));
    Array e = Elementwise.exp(Elementwise.subtract(v, m));
    return Elementwise.add(Elementwise.log(cumsum(e, ax, exclusive, reverse)), m);
  }

  /** {@code tf.math.reduce_sum(input_tensor, axis=None, keepdims=False)}. */
  public Array reduceSum(Object x, int[] axis, boolean keepdims) {
    String fn = "math.reduce_sum";
    Array v = tensor(fn, "input_tensor", x);
    if (v.dtype().isBool()) {
      v = Manipulation.astype(v, DType.INT32);
    }
    return Reductions.sum(v, axes(fn, axis, v.rank()), keepdims, v.dtype());
  }

  /** {@code tf.math.reduce_prod(input_tensor, axis=None, keepdims=False)}. */
  public Array reduceProd(Object x, int[] axis, boolean keepdims) {
    String fn = "math.reduce_prod";
    Array v = numeric(fn, tensor(fn, "input_tensor", x));
    return Reductions.prod(v, axes(fn, axis, v.rank()), keepdims, v.dtype());
  }

  /**
   * {@code tf.math.reduce_mean(input_tensor, axis=None, keepdims=False)}: integer tensors give the
   * integer mean rounded towards zero, in their own dtype.
   */
  public Array reduceMean(Object x, int[] axis, boolean keepdims) {
    String fn = "math.reduce_mean";
    Array v = numeric(fn, tensor(fn, "input_tensor", x));
    int[] ax = axes(fn, axis, v.rank());
    if (v.dtype().isFloating()) {
      return Reductions.mean(v, ax, keepdims);
    }
    long n = 1;
    for (int a : ax) {
      n *= v.shape().dim(a);
    }
    Array s = Reductions.sum(v, ax, keepdims, DType.INT64);
    Array q =
        Elementwise.trunc(
            Elementwise.divide(Manipulation.astype(s, DType.FLOAT64), (double) Math.max(n, 1)));
    return Manipulation.astype(q, v.dtype());
  }

  /** {@code tf.math.reduce_max(input_tensor, axis=None, keepdims=False)}. */
  public Array reduceMax(Object x, int[] axis, boolean keepdims) {
    String fn = "math.reduce_max";
    Array v = numeric(fn, tensor(fn, "input_tensor", x));
    return Reductions.max(v, axes(fn, axis, v.rank()), keepdims);
  }

  /** {@code tf.math.reduce_min(input_tensor, axis=None, keepdims=False)}. */
  public Array reduceMin(Object x, int[] axis, boolean keepdims) {
    String fn = "math.reduce_min";
    Array v = numeric(fn, tensor(fn, "input_tensor", x));
    return Reductions.min(v, axes(fn, axis, v.rank()), keepdims);
  }

  /** {@code tf.math.reduce_all(input_tensor, axis=None, keepdims=False)}. */
  public Array reduceAll(Object x, int[] axis, boolean keepdims) {
    String fn = "math.reduce_all";
    Array v = bool(fn, tensor(fn, "input_tensor", x));
    return Reductions.all(v, axes(fn, axis, v.rank()), keepdims);
  }

  /** {@code tf.math.reduce_any(input_tensor, axis=None, keepdims=False)}. */
  public Array reduceAny(Object x, int[] axis, boolean keepdims) {
    String fn = "math.reduce_any";
    Array v = bool(fn, tensor(fn, "input_tensor", x));
    return Reductions.any(v, axes(fn, axis, v.rank()), keepdims);
  }

  /** {@code tf.math.reduce_logsumexp(input_tensor, axis=None, keepdims=False)}. */
  public Array reduceLogsumexp(Object x, int[] axis, boolean keepdims) {
    String fn = "math.reduce_logsumexp";
    Array v = floating(fn, tensor(fn, "input_tensor", x));
    return Extras.logsumexp(v, axes(fn, axis, v.rank()), keepdims);
  }

  /** {@code tf.math.reduce_variance(input_tensor, axis=None, keepdims=False)}: population. */
  public Array reduceVariance(Object x, int[] axis, boolean keepdims) {
    String fn = "math.reduce_variance";
    Array v = floating(fn, tensor(fn, "input_tensor", x));
    return Reductions.var(v, axes(fn, axis, v.rank()), 0, keepdims);
  }

  /** {@code tf.math.reduce_std(input_tensor, axis=None, keepdims=False)}: population. */
  public Array reduceStd(Object x, int[] axis, boolean keepdims) {
    String fn = "math.reduce_std";
    Array v = floating(fn, tensor(fn, "input_tensor", x));
    return Reductions.std(v, axes(fn, axis, v.rank()), 0, keepdims);
  }

  /** {@code tf.math.reduce_euclidean_norm(input_tensor, axis=None, keepdims=False)}. */
  public Array reduceEuclideanNorm(Object x, int[] axis, boolean keepdims) {
    String fn = "math.reduce_euclidean_norm";
    Array v = numeric(fn, tensor(fn, "input_tensor", x));
    Array s = Reductions.sum(Elementwise.square(v), axes(fn, axis, v.rank()), keepdims, v.dtype());
    return v.dtype().isFloating()
        ? Elementwise.sqrt(s)
        : cast(
            Elementwise.trunc(Elementwise.sqrt(Manipulation.astype(s, DType.FLOAT64))), v.dtype());
  }

  /** {@code tf.math.count_nonzero(input, axis=None, keepdims=None, dtype=tf.int64)}. */
  public Array countNonzero(Object x, int[] axis, boolean keepdims, DType dtype) {
    String fn = "math.count_nonzero";
    Array v = tensor(fn, "input", x);
    Array nz = v.dtype().isBool() ? v : Elementwise.notEqual(v, scalar(0, v.dtype()));
    return Reductions.sum(
        Manipulation.astype(nz, DType.INT64),
        axes(fn, axis, v.rank()),
        keepdims,
        dtype == null ? DType.INT64 : dtype);
  }

  /** {@code tf.math.argmax(input, axis=None, output_type=tf.int64)}: axis None means 0. */
  public Array argmax(Object x, Integer axis, DType outputType) {
    String fn = "math.argmax";
    Array v = numeric(fn, tensor(fn, "input", x));
    int ax = axis(fn, axis == null ? 0 : axis, Math.max(v.rank(), 1));
    Array r = Reductions.argmax(v, v.rank() == 0 ? null : ax, false);
    return cast(r, outputType == null ? DType.INT64 : outputType);
  }

  /** {@code tf.math.argmin(input, axis=None, output_type=tf.int64)}: axis None means 0. */
  public Array argmin(Object x, Integer axis, DType outputType) {
    String fn = "math.argmin";
    Array v = numeric(fn, tensor(fn, "input", x));
    int ax = axis(fn, axis == null ? 0 : axis, Math.max(v.rank(), 1));
    Array r = Reductions.argmin(v, v.rank() == 0 ? null : ax, false);
    return cast(r, outputType == null ? DType.INT64 : outputType);
  }

  /** {@code tf.math.top_k(input, k=1, sorted=True)}: [values, int32 indices] on the last axis. */
  public List<Array> topK(Object x, long k, boolean sorted) {
    String fn = "math.top_k";
    Array v = numeric(fn, tensor(fn, "input", x));
    if (v.rank() < 1) {
      throw error(fn, "input must have rank >= 1; got a scalar");
    }
    if (k < 0 || k > v.shape().dim(-1 + v.rank())) {
      throw error(fn, "k must be in [0, " + v.shape().dim(v.rank() - 1) + "]; got " + k);
    }
    List<Array> r = Searching.topK(v, k, -1, true, true);
    return List.of(r.get(0), cast(r.get(1), DType.INT32));
  }

  /** {@code tf.math.in_top_k(targets, predictions, k)}: whether each target is in the top k. */
  public Array inTopK(Object targets, Object predictions, long k) {
    String fn = "math.in_top_k";
    Array p = floating(fn, tensor(fn, "predictions", predictions));
    Array t = tensor(fn, "targets", targets);
    Array score = Searching.takeAlongAxis(p, Manipulation.expandDims(cast(t, DType.INT64), -1), -1);
    Array better = Elementwise.greater(p, score);
    Array count =
        Reductions.sum(
            Manipulation.astype(better, DType.INT64),
            new int[] {-1 + p.rank()},
            false,
            DType.INT64);
    return Elementwise.less(count, scalar(k, DType.INT64));
  }

  /** {@code tf.math.unsorted_segment_sum(data, segment_ids, num_segments)}. */
  public Array unsortedSegmentSum(Object data, Object segmentIds, long numSegments) {
    String fn = "math.unsorted_segment_sum";
    Array d = numeric(fn, tensor(fn, "data", data));
    Array ids = tensor(fn, "segment_ids", segmentIds);
    return segmentSum(fn, d, ids, numSegments);
  }

  static Array segmentSum(String fn, Array d, Array ids, long numSegments) {
    if (!ids.dtype().isInteger()) {
      throw error(fn, "segment_ids must be an integer tensor; got " + ids.dtype());
    }
    int k = ids.rank();
    for (int i = 0; i < k; i++) {
      if (i >= d.rank() || d.shape().dim(i) != ids.shape().dim(i)) {
        throw error(
            fn,
            "segment_ids.shape must be a prefix of data.shape "
                + d.shape()
                + "; got "
                + ids.shape());
      }
    }
    long[] shape = new long[d.rank() - k + 1];
    shape[0] = numSegments;
    for (int i = k; i < d.rank(); i++) {
      shape[i - k + 1] = d.shape().dim(i);
    }
    // ids outside [0, num_segments) are dropped, as in TensorFlow
    Array valid =
        Elementwise.logicalAnd(
            Elementwise.greaterEqual(ids, scalar(0, ids.dtype())),
            Elementwise.less(ids, scalar(numSegments, ids.dtype())));
    Array safeIds = Elementwise.where(valid, ids, scalar(0, ids.dtype()));
    Array mask = valid;
    for (int i = k; i < d.rank(); i++) {
      mask = Manipulation.expandDims(mask, -1);
    }
    Array upd = Elementwise.where(mask, d, scalar(0, d.dtype()));
    return Scatter.scatterNd(
        Manipulation.expandDims(cast(safeIds, DType.INT64), -1), upd, shape, "sum", null);
  }

  /** {@code tf.math.unsorted_segment_mean(data, segment_ids, num_segments)}. */
  public Array unsortedSegmentMean(Object data, Object segmentIds, long numSegments) {
    String fn = "math.unsorted_segment_mean";
    Array d = floating(fn, tensor(fn, "data", data));
    Array ids = tensor(fn, "segment_ids", segmentIds);
    Array s = segmentSum(fn, d, ids, numSegments);
    Array ones = Creation.onesLike(d);
    Array c = segmentSum(fn, ones, ids, numSegments);
    return Elementwise.divide(s, Elementwise.maximum(c, Creation.onesLike(c)));
  }

  /** {@code tf.math.unsorted_segment_sqrt_n(data, segment_ids, num_segments)}. */
  public Array unsortedSegmentSqrtN(Object data, Object segmentIds, long numSegments) {
    String fn = "math.unsorted_segment_sqrt_n";
    Array d = floating(fn, tensor(fn, "data", data));
    Array ids = tensor(fn, "segment_ids", segmentIds);
    Array s = segmentSum(fn, d, ids, numSegments);
    Array c = segmentSum(fn, Creation.onesLike(d), ids, numSegments);
    return Elementwise.divide(s, Elementwise.sqrt(Elementwise.maximum(c, Creation.onesLike(c))));
  }

  /** {@code tf.math.segment_sum(data, segment_ids)}: sorted ids, max(id) + 1 segments. */
  public Array segmentSum(Object data, Object segmentIds) {
    String fn = "math.segment_sum";
    Array d = numeric(fn, tensor(fn, "data", data));
    Array ids = tensor(fn, "segment_ids", segmentIds);
    long n = ids.size() == 0 ? 0 : Reductions.max(ids, null, false).itemLong() + 1;
    return segmentSum(fn, d, ids, n);
  }

  /** {@code tf.math.segment_mean(data, segment_ids)}. */
  public Array segmentMean(Object data, Object segmentIds) {
    String fn = "math.segment_mean";
    Array ids = tensor(fn, "segment_ids", segmentIds);
    long n = ids.size() == 0 ? 0 : Reductions.max(ids, null, false).itemLong() + 1;
    return unsortedSegmentMean(data, ids, n);
  }

  /**
   * {@code tf.math.bincount(arr, weights=None, minlength=None, maxlength=None, dtype=tf.int32)}:
   * counts of each value; values at or above maxlength are dropped.
   */
  public Array bincount(Object arr, Object weights, Long minlength, Long maxlength, DType dtype) {
    String fn = "math.bincount";
    Array a = tensor(fn, "arr", arr);
    if (!a.dtype().isInteger()) {
      throw error(fn, "arr must be an integer tensor; got " + a.dtype());
    }
    Array flat = Manipulation.reshape(a, -1);
    if (flat.size() > 0 && Reductions.min(flat, null, false).itemLong() < 0) {
      throw error(fn, "arr must hold non-negative values; got a negative value");
    }
    long size = flat.size() == 0 ? 0 : Reductions.max(flat, null, false).itemLong() + 1;
    if (minlength != null) {
      size = Math.max(size, minlength);
    }
    if (maxlength != null) {
      size = Math.min(size, maxlength);
    }
    Array w =
        weights == null
            ? Creation.onesLike(Manipulation.astype(flat, dtype == null ? DType.INT32 : dtype))
            : Manipulation.reshape(tensor(fn, "weights", weights), -1);
    Array keep = Elementwise.less(flat, scalar(size, flat.dtype()));
    Array idx = Elementwise.where(keep, flat, scalar(0, flat.dtype()));
    w = Elementwise.where(keep, w, scalar(0, w.dtype()));
    return Scatter.scatterNd(
        Manipulation.expandDims(cast(idx, DType.INT64), -1), w, new long[] {size}, "sum", null);
  }

  /** {@code tf.math.l2_normalize(x, axis=None, epsilon=1e-12)}. */
  public Array l2Normalize(Object x, int[] axis, double epsilon) {
    String fn = "math.l2_normalize";
    Array v = floating(fn, tensor(fn, "x", x));
    Array ss = Reductions.sum(Elementwise.square(v), axes(fn, axis, v.rank()), true, v.dtype());
    Array inv =
        Elementwise.reciprocal(
            Elementwise.sqrt(Elementwise.maximum(ss, scalar(epsilon, v.dtype()))));
    return Elementwise.multiply(v, inv);
  }

  /** {@code tf.math.polyval(coeffs, x)}: Horner's rule, highest degree first. */
  public Array polyval(List<?> coeffs, Object x) {
    String fn = "math.polyval";
    Array v = tensor(fn, "x", x);
    Array r = Creation.zerosLike(v);
    for (Object c : coeffs) {
      r = Elementwise.add(Elementwise.multiply(r, v), tensor(fn, "coeffs", c, v.dtype()));
    }
    return r;
  }

  /** {@code tf.math.scalar_mul(scalar, x)}. */
  public Array scalarMul(Object s, Object x) {
    return multiply(x, s);
  }

  /** {@code tf.math.is_non_decreasing(x)}. */
  public Array isNonDecreasing(Object x) {
    String fn = "math.is_non_decreasing";
    Array v = Manipulation.reshape(numeric(fn, tensor(fn, "x", x)), -1);
    if (v.size() < 2) {
      return scalar(true, DType.BOOL);
    }
    return Reductions.all(
        Elementwise.greaterEqual(Manipulation.diff(v, 1, 0), scalar(0, v.dtype())), null, false);
  }

  /** {@code tf.math.is_strictly_increasing(x)}. */
  public Array isStrictlyIncreasing(Object x) {
    String fn = "math.is_strictly_increasing";
    Array v = Manipulation.reshape(numeric(fn, tensor(fn, "x", x)), -1);
    if (v.size() < 2) {
      return scalar(true, DType.BOOL);
    }
    return Reductions.all(
        Elementwise.greater(Manipulation.diff(v, 1, 0), scalar(0, v.dtype())), null, false);
  }

  /** {@code tf.math.confusion_matrix(labels, predictions, num_classes=None)}: int32 counts. */
  public Array confusionMatrix(Object labels, Object predictions, Long numClasses) {
    String fn = "math.confusion_matrix";
    Array l = cast(Manipulation.reshape(tensor(fn, "labels", labels), -1), DType.INT64);
    Array p = cast(Manipulation.reshape(tensor(fn, "predictions", predictions), -1), DType.INT64);
    long n =
        numClasses != null
            ? numClasses
            : Math.max(
                    l.size() == 0 ? -1 : Reductions.max(l, null, false).itemLong(),
                    p.size() == 0 ? -1 : Reductions.max(p, null, false).itemLong())
                + 1;
    Array idx = Manipulation.stack(List.of(l, p), 1);
    return Scatter.scatterNd(
        idx, Creation.onesLike(cast(l, DType.INT32)), new long[] {n, n}, "sum", null);
  }

  /** {@code tf.math.accumulate_n(inputs)}: as add_n. */
  public Array accumulateN(List<?> inputs) {
    return addN(inputs);
  }

  /** {@code tf.math.approx_max_k(operand, k)}: exact top k on the last axis ([values, indices]). */
  public List<Array> approxMaxK(Object operand, long k) {
    return topK(operand, k, true);
  }

  /**
   * {@code tf.math.approx_min_k(operand, k)}: the k smallest on the last axis ([values, indices]).
   */
  public List<Array> approxMinK(Object operand, long k) {
    String fn = "math.approx_min_k";
    Array v = numeric(fn, tensor(fn, "operand", operand));
    List<Array> r = Searching.topK(v, k, -1, false, true);
    return List.of(r.get(0), cast(r.get(1), DType.INT32));
  }

  /** {@code tf.math.invert_permutation(x)}: y[x[i]] = i. */
  public Array invertPermutation(Object x) {
    String fn = "math.invert_permutation";
    Array v = tensor(fn, "x", x);
    if (!v.dtype().isInteger() || v.rank() != 1) {
      throw error(fn, "x must be a 1-d integer tensor; got " + v.aval());
    }
    return cast(Sorting.argsort(v, 0, false), v.dtype());
  }

  /** {@code tf.math.zero_fraction(value)}: the fraction of zeros, float32. */
  public Array zeroFraction(Object value) {
    String fn = "math.zero_fraction";
    Array v = tensor(fn, "value", value);
    Array z = Elementwise.equal(v, scalar(0, v.dtype()));
    return Reductions.mean(Manipulation.astype(z, DType.FLOAT32), null, false);
  }

  /** {@code tf.math.xlog1py(x, y)}: x * log1p(y), 0 where x is 0. */
  public Array xlog1py(Object x, Object y) {
    return binaryFloat(
        "math.xlog1py",
        x,
        y,
        (a, b) ->
            Elementwise.where(
                Elementwise.equal(a, scalar(0, a.dtype())),
                scalar(0, a.dtype()),
                Elementwise.multiply(a, Elementwise.log1p(b))));
  }

  /** {@code tf.math.nextafter(x1, x2)}. */
  public Array nextafter(Object x1, Object x2) {
    return binaryFloat("math.nextafter", x1, x2, (a, b) -> Extras.nextafter(a, b));
  }

  /** {@code tf.math.imag(input)}: zeros for real tensors. */
  public Array imag(Object input) {
    return Creation.zerosLike(numeric("math.imag", tensor("math.imag", "input", input)));
  }

  /** {@code tf.math.angle(input)}: 0 or pi for real tensors (pi where negative). */
  public Array angle(Object input) {
    Array v = floating("math.angle", tensor("math.angle", "input", input));
    return Elementwise.where(
        Elementwise.less(v, scalar(0, v.dtype())),
        scalar(Math.PI, v.dtype()),
        scalar(0, v.dtype()));
  }

  /** {@code tf.realdiv(x, y)}: division of floating tensors. */
  public Array realdiv(Object x, Object y) {
    return binaryFloat("realdiv", x, y, Elementwise::divide);
  }
}
