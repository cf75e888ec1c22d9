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
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.P;
import java.util.List;

/**
 * {@code tf.math}: elementwise maths, reductions, cumulative and segment ops. Reached as {@link
 * TfFrontend#math}; each function is declared once ({@code @Fn}) and registered under {@code
 * tensorflow.math.<name>}. Tensor arguments are {@code Object}: a tensor, a Python number or a
 * nested list, converted by TensorFlow's rules (Python ints int32, floats float32).
 */
@Namespace(frontend = "tensorflow", prefix = "math", path = "TfFrontend.math", ignored = "name")
public final class TfMath extends TfMathDefaults {
  TfMath() {}

  /** {@code tf.math.abs(x)}. */
  @Fn(value = "abs", also = "abs")
  public Array abs(Object x) {
    return unaryNumeric("math.abs", x, Elementwise::abs);
  }

  /** {@code tf.math.negative(x)}. */
  @Fn(value = "negative", also = "negative")
  public Array negative(Object x) {
    return unaryNumeric("math.negative", x, Elementwise::negative);
  }

  /** {@code tf.math.sign(x)}. */
  @Fn(value = "sign", also = "sign")
  public Array sign(Object x) {
    return unaryNumeric("math.sign", x, Elementwise::sign);
  }

  /** {@code tf.math.square(x)}. */
  @Fn(value = "square", also = "square")
  public Array square(Object x) {
    return unaryNumeric("math.square", x, Elementwise::square);
  }

  /** {@code tf.math.sqrt(x)}. */
  @Fn(value = "sqrt", also = "sqrt")
  public Array sqrt(Object x) {
    return unaryFloat("math.sqrt", x, Elementwise::sqrt);
  }

  /** {@code tf.math.rsqrt(x)}. */
  @Fn
  public Array rsqrt(Object x) {
    return unaryFloat("math.rsqrt", x, v -> Elementwise.reciprocal(Elementwise.sqrt(v)));
  }

  /** {@code tf.math.exp(x)}. */
  @Fn(value = "exp", also = "exp")
  public Array exp(Object x) {
    return unaryFloat("math.exp", x, Elementwise::exp);
  }

  /** {@code tf.math.expm1(x)}. */
  @Fn
  public Array expm1(Object x) {
    return unaryFloat("math.expm1", x, Elementwise::expm1);
  }

  /** {@code tf.math.log(x)}. */
  @Fn
  public Array log(Object x) {
    return unaryFloat("math.log", x, Elementwise::log);
  }

  /** {@code tf.math.log1p(x)}. */
  @Fn
  public Array log1p(Object x) {
    return unaryFloat("math.log1p", x, Elementwise::log1p);
  }

  /** {@code tf.math.sin(x)}. */
  @Fn(value = "sin", also = "sin")
  public Array sin(Object x) {
    return unaryFloat("math.sin", x, Elementwise::sin);
  }

  /** {@code tf.math.cos(x)}. */
  @Fn(value = "cos", also = "cos")
  public Array cos(Object x) {
    return unaryFloat("math.cos", x, Elementwise::cos);
  }

  /** {@code tf.math.tan(x)}. */
  @Fn(value = "tan", also = "tan")
  public Array tan(Object x) {
    return unaryFloat("math.tan", x, Elementwise::tan);
  }

  /** {@code tf.math.asin(x)}. */
  @Fn(value = "asin", also = "asin")
  public Array asin(Object x) {
    return unaryFloat("math.asin", x, Elementwise::asin);
  }

  /** {@code tf.math.acos(x)}. */
  @Fn(value = "acos", also = "acos")
  public Array acos(Object x) {
    return unaryFloat("math.acos", x, Elementwise::acos);
  }

  /** {@code tf.math.atan(x)}. */
  @Fn(value = "atan", also = "atan")
  public Array atan(Object x) {
    return unaryFloat("math.atan", x, Elementwise::atan);
  }

  /** {@code tf.math.sinh(x)}. */
  @Fn(value = "sinh", also = "sinh")
  public Array sinh(Object x) {
    return unaryFloat("math.sinh", x, Elementwise::sinh);
  }

  /** {@code tf.math.cosh(x)}. */
  @Fn(value = "cosh", also = "cosh")
  public Array cosh(Object x) {
    return unaryFloat("math.cosh", x, Elementwise::cosh);
  }

  /** {@code tf.math.tanh(x)}. */
  @Fn(value = "tanh", also = "tanh")
  public Array tanh(Object x) {
    return unaryFloat("math.tanh", x, Elementwise::tanh);
  }

  /** {@code tf.math.asinh(x)}. */
  @Fn(value = "asinh", also = "asinh")
  public Array asinh(Object x) {
    return unaryFloat("math.asinh", x, Elementwise::asinh);
  }

  /** {@code tf.math.acosh(x)}. */
  @Fn(value = "acosh", also = "acosh")
  public Array acosh(Object x) {
    return unaryFloat("math.acosh", x, Elementwise::acosh);
  }

  /** {@code tf.math.atanh(x)}. */
  @Fn(value = "atanh", also = "atanh")
  public Array atanh(Object x) {
    return unaryFloat("math.atanh", x, Elementwise::atanh);
  }

  /** {@code tf.math.reciprocal(x)}: 1 / x; integer tensors divide as truncatediv does. */
  @Fn
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
  @Fn
  public Array reciprocalNoNan(Object x) {
    return unaryFloat(
        "math.reciprocal_no_nan",
        x,
        v -> Elementwise.where(Elementwise.equal(v, 0.0), zeroLike(v), Elementwise.reciprocal(v)));
  }

  /** {@code tf.math.floor(x)}. */
  @Fn(value = "floor", also = "floor")
  public Array floor(Object x) {
    return unaryFloat("math.floor", x, Elementwise::floor);
  }

  /** {@code tf.math.ceil(x)}. */
  @Fn
  public Array ceil(Object x) {
    return unaryFloat("math.ceil", x, Elementwise::ceil);
  }

  /** {@code tf.math.round(x)}: half to even; integers unchanged. */
  @Fn(value = "round", also = "round")
  public Array round(Object x) {
    return unaryNumeric("math.round", x, v -> v.dtype().isInteger() ? v : Elementwise.round(v));
  }

  /** {@code tf.math.rint(x)}: half to even. */
  @Fn
  public Array rint(Object x) {
    return unaryFloat("math.rint", x, Elementwise::round);
  }

  /** {@code tf.math.sigmoid(x)}. */
  @Fn(value = "sigmoid", also = "sigmoid")
  public Array sigmoid(Object x) {
    return unaryFloat("math.sigmoid", x, Activations::sigmoid);
  }

  /** {@code tf.math.erf(x)}. */
  @Fn
  public Array erf(Object x) {
    return unaryFloat("math.erf", x, Elementwise::erf);
  }

  /** {@code tf.math.erfc(x)}: 1 - erf(x). */
  @Fn
  public Array erfc(Object x) {
    return unaryFloat(
        "math.erfc", x, v -> Elementwise.subtract(scalar(1, v.dtype()), Elementwise.erf(v)));
  }

  /** {@code tf.math.softplus(features)}: log(1 + exp(x)), computed stably. */
  @Fn
  public Array softplus(@P("features") Object x) {
    return unaryFloat("math.softplus", x, TfMath::softplusStable);
  }

  static Array softplusStable(Array v) {
    // max(x, 0) + log1p(exp(-|x|))
    return Elementwise.add(
        Elementwise.maximum(v, zeroLike(v)),
        Elementwise.log1p(Elementwise.exp(Elementwise.negative(Elementwise.abs(v)))));
  }

  /** {@code tf.math.softsign(features)}: x / (1 + |x|). */
  @Fn
  public Array softsign(@P("features") Object x) {
    return unaryFloat(
        "math.softsign",
        x,
        v -> Elementwise.divide(v, Elementwise.add(Elementwise.abs(v), scalar(1, v.dtype()))));
  }

  /** {@code tf.math.log_sigmoid(x)}: -softplus(-x). */
  @Fn
  public Array logSigmoid(Object x) {
    return unaryFloat(
        "math.log_sigmoid", x, v -> Elementwise.negative(softplusStable(Elementwise.negative(v))));
  }

  /** {@code tf.math.is_nan(x)}. */
  @Fn
  public Array isNan(Object x) {
    return unaryFloat("math.is_nan", x, Elementwise::isnan);
  }

  /** {@code tf.math.is_inf(x)}. */
  @Fn
  public Array isInf(Object x) {
    return unaryFloat("math.is_inf", x, Elementwise::isinf);
  }

  /** {@code tf.math.is_finite(x)}. */
  @Fn
  public Array isFinite(Object x) {
    return unaryFloat("math.is_finite", x, Elementwise::isfinite);
  }

  /** {@code tf.math.logical_not(x)}. */
  @Fn(value = "logical_not", also = "logical_not")
  public Array logicalNot(Object x) {
    return Elementwise.logicalNot(bool("math.logical_not", tensor("math.logical_not", "x", x)));
  }

  /** {@code tf.math.add(x, y)}. */
  @Fn(value = "add", also = "add")
  public Array add(Object x, Object y) {
    return binary("math.add", x, y, Elementwise::add);
  }

  /** {@code tf.math.subtract(x, y)}. */
  @Fn(value = "subtract", also = "subtract")
  public Array subtract(Object x, Object y) {
    return binaryNumeric("math.subtract", x, y, Elementwise::subtract);
  }

  /** {@code tf.math.multiply(x, y)}. */
  @Fn(value = "multiply", also = "multiply")
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
  @Fn(value = "divide", also = "divide")
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
  @Fn(value = "truediv", also = "truediv")
  public Array truediv(Object x, Object y) {
    return truediv("math.truediv", x, y);
  }

  /**
   * {@code tf.math.floordiv(x, y)}: floor(x / y). Integers stay integers; floats give int32, as the
   * TensorFlow kernels that produced the reference cases (TensorFlow.js's floorDiv) do.
   */
  @Fn
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
  @Fn({"floormod", "mod"})
  public Array floormod(Object x, Object y) {
    return binaryNumeric("math.floormod", x, y, Elementwise::remainder);
  }

  /** {@code tf.math.truncatediv(x, y)}: x / y rounded towards zero. */
  @Fn(value = "truncatediv", also = "truncatediv")
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
  @Fn(value = "truncatemod", also = "truncatemod")
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
  @Fn(value = "pow", also = "pow")
  public Array pow(Object x, Object y) {
    return binaryNumeric("math.pow", x, y, Elementwise::pow);
  }

  /** {@code tf.math.maximum(x, y)}. */
  @Fn(value = "maximum", also = "maximum")
  public Array maximum(Object x, Object y) {
    return binaryNumeric("math.maximum", x, y, Elementwise::maximum);
  }

  /** {@code tf.math.minimum(x, y)}. */
  @Fn(value = "minimum", also = "minimum")
  public Array minimum(Object x, Object y) {
    return binaryNumeric("math.minimum", x, y, Elementwise::minimum);
  }

  /** {@code tf.math.atan2(y, x)}. */
  @Fn(value = "atan2", also = "atan2")
  public Array atan2(Object y, Object x) {
    return binaryFloat("math.atan2", y, x, Elementwise::atan2);
  }

  /** {@code tf.math.squared_difference(x, y)}: (x - y)². */
  @Fn
  public Array squaredDifference(Object x, Object y) {
    return binaryNumeric(
        "math.squared_difference", x, y, (a, b) -> Elementwise.square(Elementwise.subtract(a, b)));
  }

  /** {@code tf.math.divide_no_nan(x, y)}: 0 where y is 0. */
  @Fn
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
  @Fn
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
  @Fn
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
  @Fn
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
  @Fn(value = "equal", also = "equal")
  public Array equal(Object x, Object y) {
    return binary("math.equal", x, y, Elementwise::equal);
  }

  /** {@code tf.math.not_equal(x, y)}. */
  @Fn(value = "not_equal", also = "not_equal")
  public Array notEqual(Object x, Object y) {
    return binary("math.not_equal", x, y, Elementwise::notEqual);
  }

  /** {@code tf.math.less(x, y)}. */
  @Fn(value = "less", also = "less")
  public Array less(Object x, Object y) {
    return binaryNumeric("math.less", x, y, Elementwise::less);
  }

  /** {@code tf.math.less_equal(x, y)}. */
  @Fn(value = "less_equal", also = "less_equal")
  public Array lessEqual(Object x, Object y) {
    return binaryNumeric("math.less_equal", x, y, Elementwise::lessEqual);
  }

  /** {@code tf.math.greater(x, y)}. */
  @Fn(value = "greater", also = "greater")
  public Array greater(Object x, Object y) {
    return binaryNumeric("math.greater", x, y, Elementwise::greater);
  }

  /** {@code tf.math.greater_equal(x, y)}. */
  @Fn(value = "greater_equal", also = "greater_equal")
  public Array greaterEqual(Object x, Object y) {
    return binaryNumeric("math.greater_equal", x, y, Elementwise::greaterEqual);
  }

  /** {@code tf.math.logical_and(x, y)}. */
  @Fn(value = "logical_and", also = "logical_and")
  public Array logicalAnd(Object x, Object y) {
    return binary(
        "math.logical_and", x, y, (a, b) -> Elementwise.logicalAnd(bool("math.logical_and", a), b));
  }

  /** {@code tf.math.logical_or(x, y)}. */
  @Fn(value = "logical_or", also = "logical_or")
  public Array logicalOr(Object x, Object y) {
    return binary(
        "math.logical_or", x, y, (a, b) -> Elementwise.logicalOr(bool("math.logical_or", a), b));
  }

  /** {@code tf.math.logical_xor(x, y)}. */
  @Fn
  public Array logicalXor(Object x, Object y) {
    return binary(
        "math.logical_xor", x, y, (a, b) -> Elementwise.logicalXor(bool("math.logical_xor", a), b));
  }

  /** {@code tf.math.add_n(inputs)}: the elementwise sum of same-shaped, same-dtype tensors. */
  @Fn(value = "add_n", also = "add_n")
  public Array addN(Object inputs) {
    String fn = "math.add_n";
    if (inputs == null || TfTypes.list(fn, "inputs", inputs).isEmpty()) {
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
  @Fn(value = "cumsum", also = "cumsum")
  public Array cumsum(
      Object x,
      @Default("0") int axis,
      @Default("False") boolean exclusive,
      @Default("False") boolean reverse) {
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
  @Fn
  public Array cumprod(
      Object x,
      @Default("0") int axis,
      @Default("False") boolean exclusive,
      @Default("False") boolean reverse) {
    String fn = "math.cumprod";
    Array v = numeric(fn, tensor(fn, "x", x));
    return Cumulative.cumprod(v, axis(fn, axis, v.rank()), exclusive, reverse);
  }

  /** {@code tf.math.cumulative_logsumexp(x, axis=0, exclusive=False, reverse=False)}. */
  @Fn
  public Array cumulativeLogsumexp(
      Object x,
      @Default("0") int axis,
      @Default("False") boolean exclusive,
      @Default("False") boolean reverse) {
    String fn = "math.cumulative_logsumexp";
    Array v = floating(fn, tensor(fn, "x", x));
    int ax = axis(fn, axis, v.rank());
    Array m = Reductions.max(v, dev.ivy.ops.Checks.allAxes(v.rank()), true);
    m = Elementwise.where(Elementwise.isfinite(m), m, zeroLike(m));
    Array e = Elementwise.exp(Elementwise.subtract(v, m));
    return Elementwise.add(Elementwise.log(cumsum(e, ax, exclusive, reverse)), m);
  }

  /** {@code tf.math.reduce_sum(input_tensor, axis=None, keepdims=False)}. */
  @Fn(value = "reduce_sum", also = "reduce_sum")
  public Array reduceSum(
      @P("input_tensor") Object x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims) {
    String fn = "math.reduce_sum";
    Array v = tensor(fn, "input_tensor", x);
    if (v.dtype().isBool()) {
      v = Manipulation.astype(v, DType.INT32);
    }
    return Reductions.sum(v, axes(fn, axis, v.rank()), keepdims, v.dtype());
  }

  /** {@code tf.math.reduce_prod(input_tensor, axis=None, keepdims=False)}. */
  @Fn(value = "reduce_prod", also = "reduce_prod")
  public Array reduceProd(
      @P("input_tensor") Object x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims) {
    String fn = "math.reduce_prod";
    Array v = numeric(fn, tensor(fn, "input_tensor", x));
    return Reductions.prod(v, axes(fn, axis, v.rank()), keepdims, v.dtype());
  }

  /**
   * {@code tf.math.reduce_mean(input_tensor, axis=None, keepdims=False)}: integer tensors give the
   * integer mean rounded towards zero, in their own dtype.
   */
  @Fn(value = "reduce_mean", also = "reduce_mean")
  public Array reduceMean(
      @P("input_tensor") Object x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims) {
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
  @Fn(value = "reduce_max", also = "reduce_max")
  public Array reduceMax(
      @P("input_tensor") Object x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims) {
    String fn = "math.reduce_max";
    Array v = numeric(fn, tensor(fn, "input_tensor", x));
    return Reductions.max(v, axes(fn, axis, v.rank()), keepdims);
  }

  /** {@code tf.math.reduce_min(input_tensor, axis=None, keepdims=False)}. */
  @Fn(value = "reduce_min", also = "reduce_min")
  public Array reduceMin(
      @P("input_tensor") Object x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims) {
    String fn = "math.reduce_min";
    Array v = numeric(fn, tensor(fn, "input_tensor", x));
    return Reductions.min(v, axes(fn, axis, v.rank()), keepdims);
  }

  /** {@code tf.math.reduce_all(input_tensor, axis=None, keepdims=False)}. */
  @Fn(value = "reduce_all", also = "reduce_all")
  public Array reduceAll(
      @P("input_tensor") Object x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims) {
    String fn = "math.reduce_all";
    Array v = bool(fn, tensor(fn, "input_tensor", x));
    return Reductions.all(v, axes(fn, axis, v.rank()), keepdims);
  }

  /** {@code tf.math.reduce_any(input_tensor, axis=None, keepdims=False)}. */
  @Fn(value = "reduce_any", also = "reduce_any")
  public Array reduceAny(
      @P("input_tensor") Object x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims) {
    String fn = "math.reduce_any";
    Array v = bool(fn, tensor(fn, "input_tensor", x));
    return Reductions.any(v, axes(fn, axis, v.rank()), keepdims);
  }

  /** {@code tf.math.reduce_logsumexp(input_tensor, axis=None, keepdims=False)}. */
  @Fn(value = "reduce_logsumexp", also = "reduce_logsumexp")
  public Array reduceLogsumexp(
      @P("input_tensor") Object x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims) {
    String fn = "math.reduce_logsumexp";
    Array v = floating(fn, tensor(fn, "input_tensor", x));
    return Extras.logsumexp(v, axes(fn, axis, v.rank()), keepdims);
  }

  /** {@code tf.math.reduce_variance(input_tensor, axis=None, keepdims=False)}: population. */
  @Fn
  public Array reduceVariance(
      @P("input_tensor") Object x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims) {
    String fn = "math.reduce_variance";
    Array v = floating(fn, tensor(fn, "input_tensor", x));
    return Reductions.var(v, axes(fn, axis, v.rank()), 0, keepdims);
  }

  /** {@code tf.math.reduce_std(input_tensor, axis=None, keepdims=False)}: population. */
  @Fn
  public Array reduceStd(
      @P("input_tensor") Object x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims) {
    String fn = "math.reduce_std";
    Array v = floating(fn, tensor(fn, "input_tensor", x));
    return Reductions.std(v, axes(fn, axis, v.rank()), 0, keepdims);
  }

  /** {@code tf.math.reduce_euclidean_norm(input_tensor, axis=None, keepdims=False)}. */
  @Fn
  public Array reduceEuclideanNorm(
      @P("input_tensor") Object x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims) {
    String fn = "math.reduce_euclidean_norm";
    Array v = numeric(fn, tensor(fn, "input_tensor", x));
    Array s = Reductions.sum(Elementwise.square(v), axes(fn, axis, v.rank()), keepdims, v.dtype());
    return v.dtype().isFloating()
        ? Elementwise.sqrt(s)
        : cast(
            Elementwise.trunc(Elementwise.sqrt(Manipulation.astype(s, DType.FLOAT64))), v.dtype());
  }

  /** {@code tf.math.count_nonzero(input, axis=None, keepdims=None, dtype=tf.int64)}. */
  @Fn
  public Array countNonzero(
      @P("input") Object x,
      @Default("None") int[] axis,
      @Default("None") Boolean keepdims,
      @Default("'int64'") DType dtype) {
    String fn = "math.count_nonzero";
    Array v = tensor(fn, "input", x);
    Array nz = v.dtype().isBool() ? v : Elementwise.notEqual(v, scalar(0, v.dtype()));
    return Reductions.sum(
        Manipulation.astype(nz, DType.INT64),
        axes(fn, axis, v.rank()),
        Boolean.TRUE.equals(keepdims),
        dtype == null ? DType.INT64 : dtype);
  }

  /** {@code tf.math.argmax(input, axis=None, output_type=tf.int64)}: axis None means 0. */
  @Fn(value = "argmax", also = "argmax")
  public Array argmax(
      @P("input") Object x, @Default("None") Integer axis, @Default("'int64'") DType outputType) {
    String fn = "math.argmax";
    Array v = numeric(fn, tensor(fn, "input", x));
    int ax = axis(fn, axis == null ? 0 : axis, Math.max(v.rank(), 1));
    Array r = Reductions.argmax(v, v.rank() == 0 ? null : ax, false);
    return cast(r, outputType == null ? DType.INT64 : outputType);
  }

  /** {@code tf.math.argmin(input, axis=None, output_type=tf.int64)}: axis None means 0. */
  @Fn(value = "argmin", also = "argmin")
  public Array argmin(
      @P("input") Object x, @Default("None") Integer axis, @Default("'int64'") DType outputType) {
    String fn = "math.argmin";
    Array v = numeric(fn, tensor(fn, "input", x));
    int ax = axis(fn, axis == null ? 0 : axis, Math.max(v.rank(), 1));
    Array r = Reductions.argmin(v, v.rank() == 0 ? null : ax, false);
    return cast(r, outputType == null ? DType.INT64 : outputType);
  }

  /**
   * {@code tf.math.top_k(input, k=1, sorted=True)}: [values, int32 indices] on the last axis.
   * index_type is accepted and ignored (indices are int32).
   */
  @Fn(value = "top_k", also = "nn.top_k")
  public List<Array> topK(
      @P("input") Object x,
      @Default("1") long k,
      @Default("True") boolean sorted,
      @Default("None") DType indexType) {
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
  @Fn(value = "in_top_k", also = "nn.in_top_k")
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
  @Fn
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
  @Fn
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
  @Fn
  public Array unsortedSegmentSqrtN(Object data, Object segmentIds, long numSegments) {
    String fn = "math.unsorted_segment_sqrt_n";
    Array d = floating(fn, tensor(fn, "data", data));
    Array ids = tensor(fn, "segment_ids", segmentIds);
    Array s = segmentSum(fn, d, ids, numSegments);
    Array c = segmentSum(fn, Creation.onesLike(d), ids, numSegments);
    return Elementwise.divide(s, Elementwise.sqrt(Elementwise.maximum(c, Creation.onesLike(c))));
  }

  /** {@code tf.math.segment_sum(data, segment_ids)}: sorted ids, max(id) + 1 segments. */
  @Fn
  public Array segmentSum(Object data, Object segmentIds) {
    String fn = "math.segment_sum";
    Array d = numeric(fn, tensor(fn, "data", data));
    Array ids = tensor(fn, "segment_ids", segmentIds);
    long n = ids.size() == 0 ? 0 : Reductions.max(ids, null, false).itemLong() + 1;
    return segmentSum(fn, d, ids, n);
  }

  /** {@code tf.math.segment_mean(data, segment_ids)}. */
  @Fn
  public Array segmentMean(Object data, Object segmentIds) {
    String fn = "math.segment_mean";
    Array ids = tensor(fn, "segment_ids", segmentIds);
    long n = ids.size() == 0 ? 0 : Reductions.max(ids, null, false).itemLong() + 1;
    return unsortedSegmentMean(data, ids, n);
  }

  /**
   * {@code tf.math.bincount(arr, weights=None, minlength=None, maxlength=None, dtype=tf.int32)}:
   * counts of each value; values at or above maxlength are dropped. axis and binary_output are
   * accepted and ignored.
   */
  @Fn
  public Array bincount(
      Object arr,
      @Default("None") Object weights,
      @Default("None") Long minlength,
      @Default("None") Long maxlength,
      @Default("'int32'") DType dtype,
      @Default("None") Integer axis,
      @Default("False") boolean binaryOutput) {
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

  /**
   * {@code tf.math.l2_normalize(x, axis=None, epsilon=1e-12)}. dim (the deprecated alias of axis)
   * is accepted and ignored.
   */
  @Fn(
      value = "l2_normalize",
      also = {"nn.l2_normalize", "linalg.l2_normalize"})
  public Array l2Normalize(
      Object x,
      @Default("None") int[] axis,
      @Default("1e-12") double epsilon,
      @Default("None") Integer dim) {
    String fn = "math.l2_normalize";
    Array v = floating(fn, tensor(fn, "x", x));
    Array ss = Reductions.sum(Elementwise.square(v), axes(fn, axis, v.rank()), true, v.dtype());
    Array inv =
        Elementwise.reciprocal(
            Elementwise.sqrt(Elementwise.maximum(ss, scalar(epsilon, v.dtype()))));
    return Elementwise.multiply(v, inv);
  }

  /** {@code tf.math.polyval(coeffs, x)}: Horner's rule, highest degree first. */
  @Fn
  public Array polyval(Object coeffs, Object x) {
    String fn = "math.polyval";
    Array v = tensor(fn, "x", x);
    Array r = Creation.zerosLike(v);
    for (Object c : TfTypes.list(fn, "coeffs", coeffs)) {
      r = Elementwise.add(Elementwise.multiply(r, v), tensor(fn, "coeffs", c, v.dtype()));
    }
    return r;
  }

  /** {@code tf.math.scalar_mul(scalar, x)}. */
  @Fn(value = "scalar_mul", also = "scalar_mul")
  public Array scalarMul(@P("scalar") Object s, Object x) {
    return multiply(x, s);
  }

  /** {@code tf.math.is_non_decreasing(x)}. */
  @Fn
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
  @Fn
  public Array isStrictlyIncreasing(Object x) {
    String fn = "math.is_strictly_increasing";
    Array v = Manipulation.reshape(numeric(fn, tensor(fn, "x", x)), -1);
    if (v.size() < 2) {
      return scalar(true, DType.BOOL);
    }
    return Reductions.all(
        Elementwise.greater(Manipulation.diff(v, 1, 0), scalar(0, v.dtype())), null, false);
  }

  /**
   * {@code tf.math.confusion_matrix(labels, predictions, num_classes=None)}: int32 counts. weights
   * and dtype are accepted and ignored.
   */
  @Fn
  public Array confusionMatrix(
      Object labels,
      Object predictions,
      @Default("None") Long numClasses,
      @Default("None") Object weights,
      @Default("None") DType dtype) {
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

  /**
   * {@code tf.math.accumulate_n(inputs)}: as add_n. shape and tensor_dtype are accepted and
   * ignored.
   */
  @Fn
  public Array accumulateN(
      Object inputs, @Default("None") long[] shape, @Default("None") DType tensorDtype) {
    return addN(inputs);
  }

  /** Returns the real part of input (tf.math.real); real tensors are returned as they are. */
  @Fn
  public Array real(Object input) {
    return tensor("math.real", "input", input);
  }

  /** Returns the complex conjugate of x (tf.math.conj); real tensors are returned as they are. */
  @Fn
  public Array conj(Object x) {
    return tensor("math.conj", "x", x);
  }

  /**
   * {@code tf.math.approx_max_k(operand, k)}: exact top k on the last axis ([values, indices]).
   * Exact: reduction_dimension, recall_target, reduction_input_size_override and aggregate_to_topk
   * are accepted and ignored.
   */
  @Fn
  public List<Array> approxMaxK(
      Object operand,
      long k,
      @Default("-1") int reductionDimension,
      @Default("0.95") double recallTarget,
      @Default("-1") long reductionInputSizeOverride,
      @Default("True") boolean aggregateToTopk) {
    return topK(operand, k, true);
  }

  /**
   * {@code tf.math.approx_min_k(operand, k)}: the k smallest on the last axis ([values, indices]).
   * Exact: reduction_dimension, recall_target, reduction_input_size_override and aggregate_to_topk
   * are accepted and ignored.
   */
  @Fn
  public List<Array> approxMinK(
      Object operand,
      long k,
      @Default("-1") int reductionDimension,
      @Default("0.95") double recallTarget,
      @Default("-1") long reductionInputSizeOverride,
      @Default("True") boolean aggregateToTopk) {
    String fn = "math.approx_min_k";
    Array v = numeric(fn, tensor(fn, "operand", operand));
    List<Array> r = Searching.topK(v, k, -1, false, true);
    return List.of(r.get(0), cast(r.get(1), DType.INT32));
  }

  /** {@code tf.math.invert_permutation(x)}: y[x[i]] = i. */
  @Fn
  public Array invertPermutation(Object x) {
    String fn = "math.invert_permutation";
    Array v = tensor(fn, "x", x);
    if (!v.dtype().isInteger() || v.rank() != 1) {
      throw error(fn, "x must be a 1-d integer tensor; got " + v.aval());
    }
    return cast(Sorting.argsort(v, 0, false), v.dtype());
  }

  /** {@code tf.math.zero_fraction(value)}: the fraction of zeros, float32. */
  @Fn
  public Array zeroFraction(Object value) {
    String fn = "math.zero_fraction";
    Array v = tensor(fn, "value", value);
    Array z = Elementwise.equal(v, scalar(0, v.dtype()));
    return Reductions.mean(Manipulation.astype(z, DType.FLOAT32), null, false);
  }

  /** {@code tf.math.xlog1py(x, y)}: x * log1p(y), 0 where x is 0. */
  @Fn
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
  @Fn
  public Array nextafter(Object x1, Object x2) {
    return binaryFloat("math.nextafter", x1, x2, (a, b) -> Extras.nextafter(a, b));
  }

  /** {@code tf.math.imag(input)}: zeros for real tensors. */
  @Fn
  public Array imag(Object input) {
    return Creation.zerosLike(numeric("math.imag", tensor("math.imag", "input", input)));
  }

  /** {@code tf.math.angle(input)}: 0 or pi for real tensors (pi where negative). */
  @Fn
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
