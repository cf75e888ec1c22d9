package dev.ivy.frontend.tf;

import static dev.ivy.frontend.tf.TfTypes.axes;
import static dev.ivy.frontend.tf.TfTypes.axis;
import static dev.ivy.frontend.tf.TfTypes.bool;
import static dev.ivy.frontend.tf.TfTypes.cast;
import static dev.ivy.frontend.tf.TfTypes.error;
import static dev.ivy.frontend.tf.TfTypes.floating;
import static dev.ivy.frontend.tf.TfTypes.numeric;
import static dev.ivy.frontend.tf.TfTypes.pair;
import static dev.ivy.frontend.tf.TfTypes.scalar;
import static dev.ivy.frontend.tf.TfTypes.tensor;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Conversion;
import dev.ivy.ops.Convolution;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Einsum;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Index;
import dev.ivy.ops.Indexer;
import dev.ivy.ops.Indexing;
import dev.ivy.ops.Interpolation;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Pooling;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Scatter;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sorting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * TensorFlow's API composed of Ivy core functions: {@code TfFrontend.math.cumprod(x, -1, false,
 * false)}, {@code TfFrontend.nn.relu(x)}, {@code TfFrontend.reshape(x, 2, 3)}. It follows
 * TensorFlow 2's argument order, defaults and dtype rules: Python numbers become int32 / float32,
 * binary ops on tensors of different dtypes raise (TensorFlow never promotes), float-only kernels
 * reject integer tensors, and index outputs default to int32 (argmax: int64) as in TensorFlow.
 * Errors are {@link dev.ivy.errors.IvyArgumentException}s naming {@code tf.<function>}.
 */
public final class TfFrontend {
  private TfFrontend() {}

  /** {@code tf.math}. */
  public static final MathNamespace math = new MathNamespace();

  /** {@code tf.nn}. */
  public static final NnNamespace nn = new NnNamespace();

  /** {@code tf.linalg}. */
  public static final LinalgNamespace linalg = new LinalgNamespace();

  /** {@code tf.image}. */
  public static final ImageNamespace image = new ImageNamespace();

  /** {@code tf.bitwise}. */
  public static final BitwiseNamespace bitwise = new BitwiseNamespace();

  /**
   * {@code tf.GradientTape}: records the calls made while it is open on the arrays it watches, then
   * gives gradients.
   *
   * <pre>{@code
   * TfFrontend.GradientTape tape = new TfFrontend.GradientTape();
   * try (tape) {
   *   tape.watch(x);
   *   y = TfFrontend.math.square(x);
   * }
   * Array dy = tape.gradient(y, x); // 2 x
   * }</pre>
   */
  public static final class GradientTape implements AutoCloseable {
    private final dev.ivy.autodiff.Autodiff.Tape tape = dev.ivy.autodiff.Autodiff.tape();

    /** Opens the tape (as entering {@code with tf.GradientTape() as tape:}). */
    public GradientTape() {}

    /** {@code tape.watch(tensor)}: watches each array. */
    public void watch(Array... tensors) {
      for (Array t : tensors) {
        tape.watch(t);
      }
    }

    /**
     * {@code tape.gradient(target, source)}: the gradient of sum(target) with respect to source.
     */
    public Array gradient(Array target, Array source) {
      return tape.gradient(target, List.of(source)).get(0);
    }

    /** {@code tape.gradient(target, sources)}: one gradient per source. */
    public List<Array> gradient(Array target, List<Array> sources) {
      return tape.gradient(target, sources);
    }

    /** Stops recording (leaving the {@code with} block). */
    @Override
    public void close() {
      tape.close();
    }
  }

  // ------------------------------------------------------------------ helpers

  static Array unaryFloat(String fn, Object x, UnaryOperator<Array> f) {
    return f.apply(floating(fn, tensor(fn, "x", x)));
  }

  static Array unaryNumeric(String fn, Object x, UnaryOperator<Array> f) {
    return f.apply(numeric(fn, tensor(fn, "x", x)));
  }

  static Array binary(String fn, Object x, Object y, BinaryOperator<Array> f) {
    Array[] p = pair(fn, x, y);
    return f.apply(p[0], p[1]);
  }

  static Array binaryNumeric(String fn, Object x, Object y, BinaryOperator<Array> f) {
    Array[] p = pair(fn, x, y);
    numeric(fn, p[0]);
    return f.apply(p[0], p[1]);
  }

  static Array binaryFloat(String fn, Object x, Object y, BinaryOperator<Array> f) {
    Array[] p = pair(fn, x, y);
    floating(fn, p[0]);
    return f.apply(p[0], p[1]);
  }

  static Array zeroLike(Array x) {
    return Creation.zerosLike(x);
  }

  /** Normalises TF's ksize / strides / dilations (an int, or 1, n or n + 2 values) to n values. */
  static long[] spatial(String fn, String arg, Object v, int n, boolean channelsLast) {
    if (v == null) {
      long[] r = new long[n];
      java.util.Arrays.fill(r, 1);
      return r;
    }
    long[] l = TfTypes.longs(fn, arg, v);
    if (l.length == 1) {
      long[] r = new long[n];
      java.util.Arrays.fill(r, l[0]);
      return r;
    }
    if (l.length == n) {
      return l;
    }
    if (l.length == n + 2) {
      return java.util.Arrays.copyOfRange(l, channelsLast ? 1 : 2, channelsLast ? n + 1 : n + 2);
    }
    throw error(fn, arg + " must have 1, " + n + " or " + (n + 2) + " values; got " + l.length);
  }

  static boolean channelsLast(String dataFormat) {
    return dataFormat == null || dataFormat.startsWith("N") && dataFormat.endsWith("C");
  }

  static String padding(String fn, Object padding) {
    if (padding instanceof String s) {
      String u = s.toUpperCase(java.util.Locale.ROOT);
      if (u.equals("SAME") || u.equals("VALID")) {
        return u;
      }
    }
    throw error(fn, "padding must be 'SAME' or 'VALID'; got " + padding);
  }

  // ------------------------------------------------------------------ tf.math

  /** {@code tf.math}: elementwise maths, reductions, cumulative and segment ops. */
  public static final class MathNamespace {
    private MathNamespace() {}

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
          v ->
              Elementwise.where(Elementwise.equal(v, 0.0), zeroLike(v), Elementwise.reciprocal(v)));
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
      return unaryFloat("math.softplus", x, MathNamespace::softplusStable);
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
          "math.log_sigmoid",
          x,
          v -> Elementwise.negative(softplusStable(Elementwise.negative(v))));
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
     * {@code tf.math.floordiv(x, y)}: floor(x / y). Integers stay integers; floats give int32, as
     * the TensorFlow kernels that produced the reference cases (TensorFlow.js's floorDiv) do.
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
          "math.squared_difference",
          x,
          y,
          (a, b) -> Elementwise.square(Elementwise.subtract(a, b)));
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
          "math.logical_and",
          x,
          y,
          (a, b) -> Elementwise.logicalAnd(bool("math.logical_and", a), b));
    }

    /** {@code tf.math.logical_or(x, y)}. */
    public Array logicalOr(Object x, Object y) {
      return binary(
          "math.logical_or", x, y, (a, b) -> Elementwise.logicalOr(bool("math.logical_or", a), b));
    }

    /** {@code tf.math.logical_xor(x, y)}. */
    public Array logicalXor(Object x, Object y) {
      return binary(
          "math.logical_xor",
          x,
          y,
          (a, b) -> Elementwise.logicalXor(bool("math.logical_xor", a), b));
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
     * {@code tf.math.reduce_mean(input_tensor, axis=None, keepdims=False)}: integer tensors give
     * the integer mean rounded towards zero, in their own dtype.
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
      Array s =
          Reductions.sum(Elementwise.square(v), axes(fn, axis, v.rank()), keepdims, v.dtype());
      return v.dtype().isFloating()
          ? Elementwise.sqrt(s)
          : cast(
              Elementwise.trunc(Elementwise.sqrt(Manipulation.astype(s, DType.FLOAT64))),
              v.dtype());
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
      Array score =
          Searching.takeAlongAxis(p, Manipulation.expandDims(cast(t, DType.INT64), -1), -1);
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

    /**
     * {@code tf.math.approx_max_k(operand, k)}: exact top k on the last axis ([values, indices]).
     */
    public List<Array> approxMaxK(Object operand, long k) {
      return topK(operand, k, true);
    }

    /**
     * {@code tf.math.approx_min_k(operand, k)}: the k smallest on the last axis ([values,
     * indices]).
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

  // ------------------------------------------------------------------ tf.nn

  /** {@code tf.nn}: activations, convolutions, pooling, losses and normalisation. */
  public static final class NnNamespace {
    private NnNamespace() {}

    /** {@code tf.nn.relu(features)}. */
    public Array relu(Object x) {
      return unaryNumeric("nn.relu", x, v -> Elementwise.maximum(v, zeroLike(v)));
    }

    /** {@code tf.nn.relu6(features)}. */
    public Array relu6(Object x) {
      return unaryNumeric(
          "nn.relu6",
          x,
          v -> Elementwise.minimum(Elementwise.maximum(v, zeroLike(v)), scalar(6, v.dtype())));
    }

    /** {@code tf.nn.elu(features)}. */
    public Array elu(Object x) {
      return unaryFloat("nn.elu", x, v -> Activations.elu(v, 1.0));
    }

    /** {@code tf.nn.selu(features)}. */
    public Array selu(Object x) {
      return unaryFloat("nn.selu", x, Activations::selu);
    }

    /** {@code tf.nn.gelu(features, approximate=False)}. */
    public Array gelu(Object x, boolean approximate) {
      return unaryFloat("nn.gelu", x, v -> Activations.gelu(v, approximate));
    }

    /** {@code tf.nn.silu(features, beta=1.0)}: x * sigmoid(beta * x). */
    public Array silu(Object x, double beta) {
      return unaryFloat(
          "nn.silu",
          x,
          v ->
              Elementwise.multiply(
                  v, Activations.sigmoid(Elementwise.multiply(v, scalar(beta, v.dtype())))));
    }

    /** {@code tf.nn.sigmoid(x)}. */
    public Array sigmoid(Object x) {
      return unaryFloat("nn.sigmoid", x, Activations::sigmoid);
    }

    /** {@code tf.nn.tanh(x)}. */
    public Array tanh(Object x) {
      return unaryFloat("nn.tanh", x, Elementwise::tanh);
    }

    /** {@code tf.nn.softplus(features)}. */
    public Array softplus(Object x) {
      return unaryFloat("nn.softplus", x, MathNamespace::softplusStable);
    }

    /** {@code tf.nn.softsign(features)}. */
    public Array softsign(Object x) {
      return math.softsign(x);
    }

    /** {@code tf.nn.leaky_relu(features, alpha=0.2)}. */
    public Array leakyRelu(Object x, double alpha) {
      return unaryFloat("nn.leaky_relu", x, v -> Activations.leakyRelu(v, alpha));
    }

    /** {@code tf.nn.crelu(features, axis=-1)}: concat(relu(x), relu(-x)). */
    public Array crelu(Object x, int axis) {
      Array v = numeric("nn.crelu", tensor("nn.crelu", "features", x));
      return Manipulation.concat(List.of(relu(v), relu(Elementwise.negative(v))), axis);
    }

    /** {@code tf.nn.softmax(logits, axis=None)}: the last axis by default. */
    public Array softmax(Object logits, Integer axis) {
      String fn = "nn.softmax";
      Array v = floating(fn, tensor(fn, "logits", logits));
      return Activations.softmax(v, axis(fn, axis == null ? -1 : axis, v.rank()));
    }

    /** {@code tf.nn.log_softmax(logits, axis=None)}. */
    public Array logSoftmax(Object logits, Integer axis) {
      String fn = "nn.log_softmax";
      Array v = floating(fn, tensor(fn, "logits", logits));
      return Activations.logSoftmax(v, axis(fn, axis == null ? -1 : axis, v.rank()));
    }

    /** {@code tf.nn.moments(x, axes, shift=None, keepdims=False)}: [mean, population variance]. */
    public List<Array> moments(Object x, int[] axes, boolean keepdims) {
      String fn = "nn.moments";
      Array v = floating(fn, tensor(fn, "x", x));
      int[] ax = axes(fn, axes, v.rank());
      return List.of(Reductions.mean(v, ax, keepdims), Reductions.var(v, ax, 0, keepdims));
    }

    /**
     * {@code tf.nn.batch_normalization(x, mean, variance, offset, scale, variance_epsilon)}: (x -
     * mean) / sqrt(variance + eps) * scale + offset.
     */
    public Array batchNormalization(
        Object x, Object mean, Object variance, Object offset, Object scale, double eps) {
      String fn = "nn.batch_normalization";
      Array v = floating(fn, tensor(fn, "x", x));
      DType d = v.dtype();
      Array inv =
          Elementwise.reciprocal(
              Elementwise.sqrt(
                  Elementwise.add(tensor(fn, "variance", variance, d), scalar(eps, d))));
      if (scale != null) {
        inv = Elementwise.multiply(inv, tensor(fn, "scale", scale, d));
      }
      Array r = Elementwise.multiply(Elementwise.subtract(v, tensor(fn, "mean", mean, d)), inv);
      return offset == null ? r : Elementwise.add(r, tensor(fn, "offset", offset, d));
    }

    /** {@code tf.nn.bias_add(value, bias, data_format=None)}: bias along the channel axis. */
    public Array biasAdd(Object value, Object bias, String dataFormat) {
      String fn = "nn.bias_add";
      Array v = tensor(fn, "value", value);
      Array b = tensor(fn, "bias", bias, v.dtype());
      if (b.rank() != 1) {
        throw error(fn, "bias must be 1-d; got shape " + b.shape());
      }
      if (channelsLast(dataFormat) || v.rank() < 3) {
        return binary(fn, v, b, Elementwise::add);
      }
      long[] shape = new long[v.rank() - 1];
      java.util.Arrays.fill(shape, 1);
      shape[0] = b.shape().dim(0);
      return binary(fn, v, Manipulation.reshape(b, shape), Elementwise::add);
    }

    /** {@code tf.nn.l2_normalize(x, axis=None, epsilon=1e-12)}. */
    public Array l2Normalize(Object x, int[] axis, double epsilon) {
      return math.l2Normalize(x, axis, epsilon);
    }

    /** {@code tf.nn.l2_loss(t)}: sum(t²) / 2. */
    public Array l2Loss(Object t) {
      String fn = "nn.l2_loss";
      Array v = floating(fn, tensor(fn, "t", t));
      return Elementwise.divide(
          Reductions.sum(Elementwise.square(v), null, false, v.dtype()), scalar(2, v.dtype()));
    }

    /**
     * {@code tf.nn.sigmoid_cross_entropy_with_logits(labels, logits)}: max(x, 0) - x z + log(1 +
     * exp(-|x|)).
     */
    public Array sigmoidCrossEntropyWithLogits(Object labels, Object logits) {
      String fn = "nn.sigmoid_cross_entropy_with_logits";
      Array[] p = pair(fn, logits, labels);
      Array x = floating(fn, p[0]);
      Array z = p[1];
      if (!x.shape().equals(z.shape())) {
        throw error(fn, "labels must have the shape of logits " + x.shape() + "; got " + z.shape());
      }
      return Elementwise.subtract(MathNamespace.softplusStable(x), Elementwise.multiply(x, z));
    }

    /** {@code tf.nn.softmax_cross_entropy_with_logits(labels, logits, axis=-1)}. */
    public Array softmaxCrossEntropyWithLogits(Object labels, Object logits, int axis) {
      String fn = "nn.softmax_cross_entropy_with_logits";
      Array[] p = pair(fn, logits, labels);
      Array x = floating(fn, p[0]);
      int ax = axis(fn, axis, x.rank());
      return Elementwise.negative(
          Reductions.sum(
              Elementwise.multiply(p[1], Activations.logSoftmax(x, ax)),
              new int[] {ax},
              false,
              x.dtype()));
    }

    /** {@code tf.nn.sparse_softmax_cross_entropy_with_logits(labels, logits)}. */
    public Array sparseSoftmaxCrossEntropyWithLogits(Object labels, Object logits) {
      String fn = "nn.sparse_softmax_cross_entropy_with_logits";
      Array x = floating(fn, tensor(fn, "logits", logits));
      Array l = tensor(fn, "labels", labels);
      if (!l.dtype().isInteger()) {
        throw error(fn, "labels must be an integer tensor; got " + l.dtype());
      }
      if (l.rank() != x.rank() - 1) {
        throw error(fn, "labels must have rank " + (x.rank() - 1) + "; got shape " + l.shape());
      }
      Array ls = Activations.logSoftmax(x, x.rank() - 1);
      Array picked =
          Searching.takeAlongAxis(ls, Manipulation.expandDims(cast(l, DType.INT64), -1), -1);
      return Elementwise.negative(Manipulation.squeeze(picked, -1 + x.rank()));
    }

    /** {@code tf.nn.embedding_lookup(params, ids)}: rows of params. */
    public Array embeddingLookup(Object params, Object ids) {
      String fn = "nn.embedding_lookup";
      return Searching.gather(tensor(fn, "params", params), tensor(fn, "ids", ids), 0, 0);
    }

    /** {@code tf.nn.depth_to_space(input, block_size, data_format='NHWC')}. */
    public Array depthToSpace(Object input, long blockSize, String dataFormat) {
      String fn = "nn.depth_to_space";
      Array x = tensor(fn, "input", input);
      boolean nhwc = channelsLast(dataFormat);
      if (x.rank() != 4) {
        throw error(fn, "input must have rank 4; got shape " + x.shape());
      }
      if (!nhwc) {
        x = Manipulation.permuteDims(x, 0, 2, 3, 1);
      }
      long b = blockSize;
      long n = x.shape().dim(0);
      long h = x.shape().dim(1);
      long w = x.shape().dim(2);
      long c = x.shape().dim(3);
      if (b < 2 || c % (b * b) != 0) {
        throw error(
            fn,
            "block_size must be >= 2 and block_size² must divide the depth " + c + "; got " + b);
      }
      Array r = Manipulation.reshape(x, n, h, w, b, b, c / (b * b));
      r = Manipulation.permuteDims(r, 0, 1, 3, 2, 4, 5);
      r = Manipulation.reshape(r, n, h * b, w * b, c / (b * b));
      return nhwc ? r : Manipulation.permuteDims(r, 0, 3, 1, 2);
    }

    /** {@code tf.nn.space_to_depth(input, block_size, data_format='NHWC')}. */
    public Array spaceToDepth(Object input, long blockSize, String dataFormat) {
      String fn = "nn.space_to_depth";
      Array x = tensor(fn, "input", input);
      boolean nhwc = channelsLast(dataFormat);
      if (x.rank() != 4) {
        throw error(fn, "input must have rank 4; got shape " + x.shape());
      }
      if (!nhwc) {
        x = Manipulation.permuteDims(x, 0, 2, 3, 1);
      }
      long b = blockSize;
      long n = x.shape().dim(0);
      long h = x.shape().dim(1);
      long w = x.shape().dim(2);
      long c = x.shape().dim(3);
      if (b < 2 || h % b != 0 || w % b != 0) {
        throw error(
            fn,
            "block_size must be >= 2 and divide height and width " + h + "x" + w + "; got " + b);
      }
      Array r = Manipulation.reshape(x, n, h / b, b, w / b, b, c);
      r = Manipulation.permuteDims(r, 0, 1, 3, 2, 4, 5);
      r = Manipulation.reshape(r, n, h / b, w / b, b * b * c);
      return nhwc ? r : Manipulation.permuteDims(r, 0, 3, 1, 2);
    }

    /** {@code tf.nn.conv1d(input, filters, stride, padding, data_format='NWC', dilations=None)}. */
    public Array conv1d(
        Object input,
        Object filters,
        Object stride,
        Object padding,
        String dataFormat,
        Object dilations) {
      return convolution("nn.conv1d", input, filters, stride, padding, dataFormat, dilations, 1);
    }

    /**
     * {@code tf.nn.conv2d(input, filters, strides, padding, data_format='NHWC', dilations=None)}.
     */
    public Array conv2d(
        Object input,
        Object filters,
        Object strides,
        Object padding,
        String dataFormat,
        Object dilations) {
      return convolution("nn.conv2d", input, filters, strides, padding, dataFormat, dilations, 2);
    }

    /**
     * {@code tf.nn.conv3d(input, filters, strides, padding, data_format='NDHWC', dilations=None)}.
     */
    public Array conv3d(
        Object input,
        Object filters,
        Object strides,
        Object padding,
        String dataFormat,
        Object dilations) {
      return convolution("nn.conv3d", input, filters, strides, padding, dataFormat, dilations, 3);
    }

    /**
     * {@code tf.nn.convolution(input, filters, strides=None, padding='VALID', data_format=None,
     * dilations=None)}.
     */
    public Array convolution(
        Object input,
        Object filters,
        Object strides,
        Object padding,
        String dataFormat,
        Object dilations) {
      Array x = tensor("nn.convolution", "input", input);
      int n = x.rank() - 2;
      if (n < 1 || n > 3) {
        throw error("nn.convolution", "input must have rank 3, 4 or 5; got shape " + x.shape());
      }
      return convolution("nn.convolution", x, filters, strides, padding, dataFormat, dilations, n);
    }

    static Array convolution(
        String fn,
        Object input,
        Object filters,
        Object strides,
        Object padding,
        String dataFormat,
        Object dilations,
        int n) {
      Array x = floating(fn, tensor(fn, "input", input));
      Array f = tensor(fn, "filters", filters, x.dtype());
      if (f.dtype() != x.dtype()) {
        throw error(
            fn, "filters must have the dtype of input (" + x.dtype() + "); got " + f.dtype());
      }
      boolean last = channelsLast(dataFormat);
      String df =
          last
              ? new String[] {"NWC", "NHWC", "NDHWC"}[n - 1]
              : new String[] {"NCW", "NCHW", "NCDHW"}[n - 1];
      return Convolution.conv(
          fn,
          x,
          f,
          spatial(fn, "strides", strides == null ? 1L : strides, n, last),
          padding(fn, padding),
          n,
          df,
          "channel_last",
          1,
          null,
          spatial(fn, "dilations", dilations, n, last),
          null);
    }

    /**
     * {@code tf.nn.conv2d_transpose(input, filters, output_shape, strides, padding='SAME',
     * data_format='NHWC', dilations=None)}: filters [height, width, out_channels, in_channels].
     */
    public Array conv2dTranspose(
        Object input,
        Object filters,
        Object outputShape,
        Object strides,
        Object padding,
        String dataFormat,
        Object dilations) {
      return convTranspose(
          "nn.conv2d_transpose",
          input,
          filters,
          outputShape,
          strides,
          padding,
          dataFormat,
          dilations,
          2);
    }

    /**
     * {@code tf.nn.conv1d_transpose(input, filters, output_shape, strides, padding='SAME',
     * data_format='NWC', dilations=None)}.
     */
    public Array conv1dTranspose(
        Object input,
        Object filters,
        Object outputShape,
        Object strides,
        Object padding,
        String dataFormat,
        Object dilations) {
      return convTranspose(
          "nn.conv1d_transpose",
          input,
          filters,
          outputShape,
          strides,
          padding,
          dataFormat,
          dilations,
          1);
    }

    /**
     * {@code tf.nn.conv3d_transpose(input, filters, output_shape, strides, padding='SAME',
     * data_format='NDHWC', dilations=None)}.
     */
    public Array conv3dTranspose(
        Object input,
        Object filters,
        Object outputShape,
        Object strides,
        Object padding,
        String dataFormat,
        Object dilations) {
      return convTranspose(
          "nn.conv3d_transpose",
          input,
          filters,
          outputShape,
          strides,
          padding,
          dataFormat,
          dilations,
          3);
    }

    static Array convTranspose(
        String fn,
        Object input,
        Object filters,
        Object outputShape,
        Object strides,
        Object padding,
        String dataFormat,
        Object dilations,
        int n) {
      Array x = floating(fn, tensor(fn, "input", input));
      Array f = tensor(fn, "filters", filters, x.dtype());
      if (f.dtype() != x.dtype()) {
        throw error(
            fn, "filters must have the dtype of input (" + x.dtype() + "); got " + f.dtype());
      }
      boolean last = channelsLast(dataFormat);
      String df =
          last
              ? new String[] {"NWC", "NHWC", "NDHWC"}[n - 1]
              : new String[] {"NCW", "NCHW", "NCDHW"}[n - 1];
      long[] os = outputShape == null ? null : TfTypes.longs(fn, "output_shape", outputShape);
      return Convolution.convTranspose(
          fn,
          x,
          f,
          spatial(fn, "strides", strides, n, last),
          padding(fn, padding),
          n,
          os,
          df,
          "channel_last",
          1,
          spatial(fn, "dilations", dilations, n, last),
          null,
          null);
    }

    /**
     * {@code tf.nn.depthwise_conv2d(input, filter, strides, padding, data_format=None,
     * dilations=None)}.
     */
    public Array depthwiseConv2d(
        Object input,
        Object filter,
        Object strides,
        Object padding,
        String dataFormat,
        Object dilations) {
      String fn = "nn.depthwise_conv2d";
      Array x = floating(fn, tensor(fn, "input", input));
      boolean last = channelsLast(dataFormat);
      return Convolution.depthwiseConv2d(
          x,
          tensor(fn, "filter", filter, x.dtype()),
          spatial(fn, "strides", strides, 2, last),
          padding(fn, padding),
          last ? "NHWC" : "NCHW",
          spatial(fn, "dilations", dilations, 2, last));
    }

    /** {@code tf.nn.max_pool(input, ksize, strides, padding, data_format=None)}: any rank. */
    public Array maxPool(
        Object input, Object ksize, Object strides, Object padding, String dataFormat) {
      Array x = tensor("nn.max_pool", "input", input);
      return pool("nn.max_pool", true, x, ksize, strides, padding, dataFormat, x.rank() - 2);
    }

    /** {@code tf.nn.avg_pool(input, ksize, strides, padding, data_format=None)}: any rank. */
    public Array avgPool(
        Object input, Object ksize, Object strides, Object padding, String dataFormat) {
      Array x = tensor("nn.avg_pool", "input", input);
      return pool("nn.avg_pool", false, x, ksize, strides, padding, dataFormat, x.rank() - 2);
    }

    /** {@code tf.nn.max_pool1d(input, ksize, strides, padding, data_format='NWC')}. */
    public Array maxPool1d(
        Object input, Object ksize, Object strides, Object padding, String dataFormat) {
      return pool("nn.max_pool1d", true, input, ksize, strides, padding, dataFormat, 1);
    }

    /** {@code tf.nn.max_pool2d(input, ksize, strides, padding, data_format='NHWC')}. */
    public Array maxPool2d(
        Object input, Object ksize, Object strides, Object padding, String dataFormat) {
      return pool("nn.max_pool2d", true, input, ksize, strides, padding, dataFormat, 2);
    }

    /** {@code tf.nn.max_pool3d(input, ksize, strides, padding, data_format='NDHWC')}. */
    public Array maxPool3d(
        Object input, Object ksize, Object strides, Object padding, String dataFormat) {
      return pool("nn.max_pool3d", true, input, ksize, strides, padding, dataFormat, 3);
    }

    /** {@code tf.nn.avg_pool1d(input, ksize, strides, padding, data_format='NWC')}. */
    public Array avgPool1d(
        Object input, Object ksize, Object strides, Object padding, String dataFormat) {
      return pool("nn.avg_pool1d", false, input, ksize, strides, padding, dataFormat, 1);
    }

    /** {@code tf.nn.avg_pool2d(input, ksize, strides, padding, data_format='NHWC')}. */
    public Array avgPool2d(
        Object input, Object ksize, Object strides, Object padding, String dataFormat) {
      return pool("nn.avg_pool2d", false, input, ksize, strides, padding, dataFormat, 2);
    }

    /** {@code tf.nn.avg_pool3d(input, ksize, strides, padding, data_format='NDHWC')}. */
    public Array avgPool3d(
        Object input, Object ksize, Object strides, Object padding, String dataFormat) {
      return pool("nn.avg_pool3d", false, input, ksize, strides, padding, dataFormat, 3);
    }

    static Array pool(
        String fn,
        boolean max,
        Object input,
        Object ksize,
        Object strides,
        Object padding,
        String dataFormat,
        int n) {
      Array x = numeric(fn, tensor(fn, "input", input));
      if (x.rank() != n + 2) {
        throw error(fn, "input must have rank " + (n + 2) + "; got shape " + x.shape());
      }
      boolean last = channelsLast(dataFormat);
      String df =
          last
              ? new String[] {"NWC", "NHWC", "NDHWC"}[n - 1]
              : new String[] {"NCW", "NCHW", "NCDHW"}[n - 1];
      long[] k = spatial(fn, "ksize", ksize, n, last);
      long[] s = spatial(fn, "strides", strides, n, last);
      String p = padding(fn, padding);
      long[] one = new long[n];
      java.util.Arrays.fill(one, 1);
      if (max) {
        return Pooling.maxPool(fn, x, k, s, p, n, df, one, false);
      }
      floating(fn, x);
      return Pooling.avgPool(fn, x, k, s, p, n, df, false, false, null);
    }

    /** {@code tf.nn.log_poisson_loss(targets, log_input, compute_full_loss=False)}. */
    public Array logPoissonLoss(Object targets, Object logInput, boolean computeFullLoss) {
      String fn = "nn.log_poisson_loss";
      Array[] p = pair(fn, logInput, targets);
      Array c = floating(fn, p[0]);
      Array z = p[1];
      Array loss = Elementwise.subtract(Elementwise.exp(c), Elementwise.multiply(c, z));
      if (computeFullLoss) {
        // Stirling: z log z - z + 0.5 log(2 pi z), for z > 1
        Array stirling =
            Elementwise.add(
                Elementwise.subtract(Elementwise.multiply(z, Elementwise.log(z)), z),
                Elementwise.multiply(
                    scalar(0.5, z.dtype()),
                    Elementwise.log(Elementwise.multiply(scalar(2 * Math.PI, z.dtype()), z))));
        Array use = Elementwise.greater(z, scalar(1, z.dtype()));
        loss = Elementwise.add(loss, Elementwise.where(use, stirling, zeroLike(z)));
      }
      return loss;
    }

    /** {@code tf.nn.weighted_cross_entropy_with_logits(labels, logits, pos_weight)}. */
    public Array weightedCrossEntropyWithLogits(Object labels, Object logits, double posWeight) {
      String fn = "nn.weighted_cross_entropy_with_logits";
      Array[] p = pair(fn, logits, labels);
      Array x = floating(fn, p[0]);
      Array z = p[1];
      DType d = x.dtype();
      Array one = scalar(1, d);
      Array l = Elementwise.add(one, Elementwise.multiply(scalar(posWeight - 1, d), z));
      Array tail =
          Elementwise.add(
              Elementwise.log1p(Elementwise.exp(Elementwise.negative(Elementwise.abs(x)))),
              Elementwise.maximum(Elementwise.negative(x), zeroLike(x)));
      return Elementwise.add(
          Elementwise.multiply(Elementwise.subtract(one, z), x), Elementwise.multiply(l, tail));
    }

    /** {@code tf.nn.normalize_moments(counts, mean_ss, variance_ss, shift)}: [mean, variance]. */
    public List<Array> normalizeMoments(
        Object counts, Object meanSs, Object varianceSs, Object shift) {
      String fn = "nn.normalize_moments";
      Array m = floating(fn, tensor(fn, "mean_ss", meanSs));
      DType d = m.dtype();
      Array div = Elementwise.reciprocal(tensor(fn, "counts", counts, d));
      Array sm = Elementwise.multiply(m, div);
      Array mean = shift == null ? sm : Elementwise.add(sm, tensor(fn, "shift", shift, d));
      Array var =
          Elementwise.subtract(
              Elementwise.multiply(tensor(fn, "variance_ss", varianceSs, d), div),
              Elementwise.square(sm));
      return List.of(mean, var);
    }

    /** {@code tf.nn.weighted_moments(x, axes, frequency_weights, keepdims=False)}. */
    public List<Array> weightedMoments(
        Object x, int[] axes, Object frequencyWeights, boolean keepdims) {
      String fn = "nn.weighted_moments";
      Array v = floating(fn, tensor(fn, "x", x));
      Array w =
          Manipulation.broadcastTo(
              tensor(fn, "frequency_weights", frequencyWeights, v.dtype()), v.shape());
      int[] ax = axes(fn, axes, v.rank());
      Array sw = Reductions.sum(w, ax, true, v.dtype());
      Array mean =
          Elementwise.divide(Reductions.sum(Elementwise.multiply(w, v), ax, true, v.dtype()), sw);
      Array var =
          Elementwise.divide(
              Reductions.sum(
                  Elementwise.multiply(w, Elementwise.square(Elementwise.subtract(v, mean))),
                  ax,
                  true,
                  v.dtype()),
              sw);
      if (!keepdims) {
        mean = Manipulation.squeeze(mean, ax);
        var = Manipulation.squeeze(var, ax);
      }
      return List.of(mean, var);
    }

    /**
     * {@code tf.nn.sufficient_statistics(x, axes, shift=None, keepdims=False)}: [count, sum, sum of
     * squares, shift].
     */
    public List<Object> sufficientStatistics(Object x, int[] axes, Object shift, boolean keepdims) {
      String fn = "nn.sufficient_statistics";
      Array v = floating(fn, tensor(fn, "x", x));
      int[] ax = axes(fn, axes, v.rank());
      long n = 1;
      for (int a : ax) {
        n *= v.shape().dim(a);
      }
      Array m = v;
      Array sh = shift == null ? null : tensor(fn, "shift", shift, v.dtype());
      if (sh != null) {
        m = Elementwise.subtract(v, sh);
      }
      List<Object> r = new ArrayList<>();
      r.add(scalar((double) n, v.dtype()));
      r.add(Reductions.sum(m, ax, keepdims, v.dtype()));
      r.add(Reductions.sum(Elementwise.square(m), ax, keepdims, v.dtype()));
      r.add(sh);
      return r;
    }

    /**
     * {@code tf.nn.compute_average_loss(per_example_loss, sample_weight=None,
     * global_batch_size=None)}.
     */
    public Array computeAverageLoss(
        Object perExampleLoss, Object sampleWeight, Long globalBatchSize) {
      String fn = "nn.compute_average_loss";
      Array l = floating(fn, tensor(fn, "per_example_loss", perExampleLoss));
      if (sampleWeight != null) {
        l = Elementwise.multiply(l, tensor(fn, "sample_weight", sampleWeight, l.dtype()));
      }
      long b = globalBatchSize != null ? globalBatchSize : l.rank() == 0 ? 1 : l.shape().dim(0);
      return Elementwise.divide(
          Reductions.sum(l, null, false, l.dtype()), scalar((double) b, l.dtype()));
    }

    /** {@code tf.nn.scale_regularization_loss(regularization_loss)}: the sum (one replica). */
    public Array scaleRegularizationLoss(Object loss) {
      Array l =
          floating(
              "nn.scale_regularization_loss",
              tensor("nn.scale_regularization_loss", "regularization_loss", loss));
      return Reductions.sum(l, null, false, l.dtype());
    }

    /**
     * {@code tf.nn.local_response_normalization(input, depth_radius=5, bias=1, alpha=1, beta=0.5)}:
     * x / (bias + alpha * sum of squares over a channel window)^beta, on NHWC.
     */
    public Array localResponseNormalization(
        Object input, long depthRadius, double bias, double alpha, double beta) {
      String fn = "nn.local_response_normalization";
      Array x = floating(fn, tensor(fn, "input", input));
      if (x.rank() != 4) {
        throw error(fn, "input must have rank 4 (NHWC); got shape " + x.shape());
      }
      long c = x.shape().dim(3);
      long[][] w = new long[4][2];
      w[3][0] = depthRadius;
      w[3][1] = depthRadius;
      Array sq = ExtraManipulation.pad(Elementwise.square(x), w, "constant", 0);
      Array sum = null;
      for (long i = 0; i <= 2 * depthRadius; i++) {
        long[] start = {0, 0, 0, i};
        long[] stop = x.shape().dims();
        stop[3] = i + c;
        Array part = Manipulation.slice(sq, start, stop, new long[] {1, 1, 1, 1});
        sum = sum == null ? part : Elementwise.add(sum, part);
      }
      Array den =
          Elementwise.pow(
              Elementwise.add(
                  scalar(bias, x.dtype()), Elementwise.multiply(scalar(alpha, x.dtype()), sum)),
              scalar(beta, x.dtype()));
      return Elementwise.divide(x, den);
    }

    /** {@code tf.nn.atrous_conv2d(value, filters, rate, padding)}: a dilated conv2d. */
    public Array atrousConv2d(Object value, Object filters, long rate, Object padding) {
      return convolution("nn.atrous_conv2d", value, filters, 1L, padding, "NHWC", rate, 2);
    }

    /**
     * {@code tf.nn.separable_conv2d(input, depthwise_filter, pointwise_filter, strides, padding,
     * data_format=None, dilations=None)}: a depthwise conv2d then a 1x1 conv2d.
     */
    public Array separableConv2d(
        Object input,
        Object depthwiseFilter,
        Object pointwiseFilter,
        Object strides,
        Object padding,
        String dataFormat,
        Object dilations) {
      Array d = depthwiseConv2d(input, depthwiseFilter, strides, padding, dataFormat, dilations);
      return convolution(
          "nn.separable_conv2d", d, pointwiseFilter, 1L, "VALID", dataFormat, null, 2);
    }

    /**
     * {@code tf.nn.pool(input, window_shape, pooling_type, strides=None, padding='VALID',
     * data_format=None, dilations=None)}: "MAX" or "AVG".
     */
    public Array pool(
        Object input,
        Object windowShape,
        String poolingType,
        Object strides,
        Object padding,
        String dataFormat) {
      String fn = "nn.pool";
      Array x = tensor(fn, "input", input);
      boolean max;
      if ("MAX".equals(poolingType)) {
        max = true;
      } else if ("AVG".equals(poolingType)) {
        max = false;
      } else {
        throw error(fn, "pooling_type must be 'MAX' or 'AVG'; got '" + poolingType + "'");
      }
      return pool(
          fn,
          max,
          x,
          windowShape,
          strides == null ? 1L : strides,
          padding,
          dataFormat,
          x.rank() - 2);
    }

    /**
     * {@code tf.nn.batch_norm_with_global_normalization(t, m, v, beta, gamma, variance_epsilon,
     * scale_after_normalization)}.
     */
    public Array batchNormWithGlobalNormalization(
        Object t,
        Object m,
        Object v,
        Object beta,
        Object gamma,
        double eps,
        boolean scaleAfterNormalization) {
      return batchNormalization(t, m, v, beta, scaleAfterNormalization ? gamma : null, eps);
    }
  }

  // ------------------------------------------------------------------ tf.linalg

  /** {@code tf.linalg}: products, decompositions and matrix helpers. */
  public static final class LinalgNamespace {
    private LinalgNamespace() {}

    /**
     * {@code tf.linalg.matmul(a, b, transpose_a=False, transpose_b=False, adjoint_a=False,
     * adjoint_b=False)}.
     */
    public Array matmul(Object a, Object b, boolean transposeA, boolean transposeB) {
      String fn = "linalg.matmul";
      Array[] p = pair(fn, a, b);
      numeric(fn, p[0]);
      if (p[0].rank() < 2 || p[1].rank() < 2) {
        throw error(
            fn, "a and b must have rank >= 2; got shapes " + p[0].shape() + " and " + p[1].shape());
      }
      Array x = transposeA ? Manipulation.matrixTranspose(p[0]) : p[0];
      Array y = transposeB ? Manipulation.matrixTranspose(p[1]) : p[1];
      return Linalg.matmul(x, y);
    }

    /** {@code tf.linalg.matvec(a, b, transpose_a=False)}. */
    public Array matvec(Object a, Object b, boolean transposeA) {
      String fn = "linalg.matvec";
      Array[] p = pair(fn, a, b);
      Array x = transposeA ? Manipulation.matrixTranspose(p[0]) : p[0];
      return Manipulation.squeeze(
          Linalg.matmul(x, Manipulation.expandDims(p[1], -1)), -1 + x.rank());
    }

    /**
     * {@code tf.linalg.band_part(input, num_lower, num_upper)}: keeps the band of num_lower
     * sub-diagonals and num_upper super-diagonals; a negative count keeps the whole triangle.
     */
    public Array bandPart(Object input, long numLower, long numUpper) {
      String fn = "linalg.band_part";
      Array x = tensor(fn, "input", input);
      if (x.rank() < 2) {
        throw error(fn, "input must have rank >= 2; got shape " + x.shape());
      }
      Array r = x;
      if (numUpper >= 0) {
        r = Creation.tril(r, numUpper);
      }
      if (numLower >= 0) {
        r = Creation.triu(r, -numLower);
      }
      return r;
    }

    /** {@code tf.linalg.det(input)}. */
    public Array det(Object input) {
      return Decompositions.det(floating("linalg.det", tensor("linalg.det", "input", input)));
    }

    /** {@code tf.linalg.slogdet(input)}: [sign, log|det|]. */
    public List<Array> slogdet(Object input) {
      Array[] r =
          Decompositions.slogdet(
              floating("linalg.slogdet", tensor("linalg.slogdet", "input", input)));
      return List.of(r[0], r[1]);
    }

    /** {@code tf.linalg.logdet(matrix)}: log det of a Hermitian positive definite matrix. */
    public Array logdet(Object matrix) {
      return slogdet(matrix).get(1);
    }

    /** {@code tf.linalg.inv(input, adjoint=False)}. */
    public Array inv(Object input, boolean adjoint) {
      Array x = floating("linalg.inv", tensor("linalg.inv", "input", input));
      Array r = Decompositions.inv(x);
      return adjoint ? Manipulation.matrixTranspose(r) : r;
    }

    /** {@code tf.linalg.cholesky(input)}: lower triangular. */
    public Array cholesky(Object input) {
      return Decompositions.cholesky(
          floating("linalg.cholesky", tensor("linalg.cholesky", "input", input)), false);
    }

    /** {@code tf.linalg.qr(input, full_matrices=False)}: [q, r]. */
    public List<Array> qr(Object input, boolean fullMatrices) {
      Array[] r =
          Decompositions.qr(
              floating("linalg.qr", tensor("linalg.qr", "input", input)),
              fullMatrices ? "complete" : "reduced");
      return List.of(r[0], r[1]);
    }

    /**
     * {@code tf.linalg.svd(tensor, full_matrices=False, compute_uv=True)}: [s, u, v] with a = u
     * diag(s) vᴴ (v, not vᴴ, as TensorFlow returns), or s alone.
     */
    public Object svd(Object tensor, boolean fullMatrices, boolean computeUv) {
      Array x = floating("linalg.svd", tensor("linalg.svd", "tensor", tensor));
      if (!computeUv) {
        return Decompositions.svdvals(x);
      }
      Array[] r = Decompositions.svd(x, fullMatrices);
      return List.of(r[1], r[0], Manipulation.matrixTranspose(r[2]));
    }

    /** {@code tf.linalg.eigh(tensor)}: [eigenvalues, eigenvectors]. */
    public List<Array> eigh(Object tensor) {
      Array[] r =
          Decompositions.eigh(floating("linalg.eigh", tensor("linalg.eigh", "tensor", tensor)));
      return List.of(r[0], r[1]);
    }

    /** {@code tf.linalg.eigvalsh(tensor)}. */
    public Array eigvalsh(Object tensor) {
      return Decompositions.eigvalsh(
          floating("linalg.eigvalsh", tensor("linalg.eigvalsh", "tensor", tensor)));
    }

    /** {@code tf.linalg.solve(matrix, rhs, adjoint=False)}. */
    public Array solve(Object matrix, Object rhs, boolean adjoint) {
      String fn = "linalg.solve";
      Array[] p = pair(fn, matrix, rhs);
      floating(fn, p[0]);
      if (p[1].rank() < 2) {
        throw error(fn, "rhs must have rank >= 2 ([..., M, K]); got shape " + p[1].shape());
      }
      Array m = adjoint ? Manipulation.matrixTranspose(p[0]) : p[0];
      return Decompositions.solve(m, p[1]);
    }

    /** {@code tf.linalg.triangular_solve(matrix, rhs, lower=True, adjoint=False)}. */
    public Array triangularSolve(Object matrix, Object rhs, boolean lower, boolean adjoint) {
      String fn = "linalg.triangular_solve";
      Array[] p = pair(fn, matrix, rhs);
      Array m = lower ? Creation.tril(p[0], 0) : Creation.triu(p[0], 0);
      if (adjoint) {
        m = Manipulation.matrixTranspose(m);
      }
      return Decompositions.solve(floating(fn, m), p[1]);
    }

    /** {@code tf.linalg.pinv(a, rcond=None)}. */
    public Array pinv(Object a, Object rcond) {
      return Decompositions.pinv(floating("linalg.pinv", tensor("linalg.pinv", "a", a)), rcond);
    }

    /** {@code tf.linalg.matrix_rank(a, tol=None)}: int32. */
    public Array matrixRank(Object a, Object tol) {
      return cast(
          Decompositions.matrixRank(
              floating("linalg.matrix_rank", tensor("linalg.matrix_rank", "a", a)), tol),
          DType.INT32);
    }

    /** {@code tf.linalg.trace(x)}: the sum of the main diagonal of the last two axes. */
    public Array trace(Object x) {
      Array v = numeric("linalg.trace", tensor("linalg.trace", "x", x));
      return Linalg.trace(v, 0, v.dtype());
    }

    /** {@code tf.linalg.diag_part(input, k=0)}. */
    public Array diagPart(Object input, long k) {
      Array v = tensor("linalg.diag_part", "input", input);
      if (v.rank() < 2) {
        throw error("linalg.diag_part", "input must have rank >= 2; got shape " + v.shape());
      }
      return Linalg.diagonal(v, k);
    }

    /** {@code tf.linalg.diag(diagonal, k=0)}: batched diagonal matrices. */
    public Array diag(Object diagonal, long k) {
      String fn = "linalg.diag";
      Array d = tensor(fn, "diagonal", diagonal);
      if (d.rank() < 1) {
        throw error(fn, "diagonal must have rank >= 1; got a scalar");
      }
      if (d.rank() == 1) {
        return ExtraManipulation.diag(d, k);
      }
      if (k != 0) {
        throw error(fn, "k must be 0 for batched diagonals; got " + k);
      }
      long n = d.shape().dim(d.rank() - 1);
      Array eye = Creation.eye(n, n, 0, d.dtype());
      return Elementwise.multiply(Manipulation.expandDims(d, -1), eye);
    }

    /** {@code tf.linalg.set_diag(input, diagonal)}: input with its main diagonal replaced. */
    public Array setDiag(Object input, Object diagonal) {
      String fn = "linalg.set_diag";
      Array[] p = pair(fn, input, diagonal);
      Array x = p[0];
      long m = x.shape().dim(x.rank() - 2);
      long n = x.shape().dim(x.rank() - 1);
      Array eye = Elementwise.notEqual(Creation.eye(m, n, 0, DType.INT32), scalar(0, DType.INT32));
      long k = Math.min(m, n);
      if (p[1].rank() < 1 || p[1].shape().dim(p[1].rank() - 1) != k) {
        throw error(
            fn, "diagonal must have " + k + " entries in its last axis; got shape " + p[1].shape());
      }
      Array dm =
          Elementwise.multiply(
              Creation.eye(m, n, 0, x.dtype()), Manipulation.expandDims(pad(p[1], n - k), -2));
      return Elementwise.where(eye, dm, x);
    }

    private static Array pad(Array d, long extra) {
      if (extra == 0) {
        return d;
      }
      long[][] w = new long[d.rank()][2];
      w[d.rank() - 1][1] = extra;
      return ExtraManipulation.pad(d, w, "constant", 0);
    }

    /** {@code tf.linalg.matrix_transpose(a, conjugate=False)}. */
    public Array matrixTranspose(Object a) {
      Array v = tensor("linalg.matrix_transpose", "a", a);
      if (v.rank() < 2) {
        throw error("linalg.matrix_transpose", "a must have rank >= 2; got shape " + v.shape());
      }
      return Manipulation.matrixTranspose(v);
    }

    /** {@code tf.linalg.adjoint(matrix)}: the conjugate transpose (the transpose for reals). */
    public Array adjoint(Object matrix) {
      return matrixTranspose(matrix);
    }

    /** {@code tf.linalg.tensordot(a, b, axes)}. */
    public Array tensordot(Object a, Object b, Object axes) {
      String fn = "linalg.tensordot";
      Array[] p = pair(fn, a, b);
      if (axes instanceof List<?> l
          && l.size() == 2
          && (l.get(0) instanceof List || l.get(1) instanceof List)) {
        return Linalg.tensordot(
            p[0],
            p[1],
            TfTypes.intsOrNull(fn, "axes", l.get(0)),
            TfTypes.intsOrNull(fn, "axes", l.get(1)));
      }
      return Linalg.tensordot(p[0], p[1], Math.toIntExact(TfTypes.longs(fn, "axes", axes)[0]));
    }

    /** {@code tf.linalg.einsum(equation, *inputs)}. */
    public Array einsum(String equation, List<?> inputs) {
      List<Array> xs = TfTypes.same("linalg.einsum", "inputs", inputs);
      return Einsum.einsum(equation, xs.toArray(new Array[0]));
    }

    /** {@code tf.linalg.cross(a, b)}: on the last axis of size 3. */
    public Array cross(Object a, Object b) {
      String fn = "linalg.cross";
      Array[] p = pair(fn, a, b);
      return Linalg.cross(p[0], p[1], -1);
    }

    /** {@code tf.linalg.eye(num_rows, num_columns=None, batch_shape=None, dtype=tf.float32)}. */
    public Array eye(long numRows, Long numColumns, long[] batchShape, DType dtype) {
      return TfFrontend.eye(numRows, numColumns, batchShape, dtype);
    }

    /** {@code tf.linalg.l2_normalize(x, axis=None, epsilon=1e-12)}. */
    public Array l2Normalize(Object x, int[] axis, double epsilon) {
      return math.l2Normalize(x, axis, epsilon);
    }

    /**
     * {@code tf.linalg.norm(tensor, ord='euclidean', axis=None, keepdims=None)}: vector norms over
     * one axis (or all, flattened), matrix norms over two axes.
     */
    public Array norm(Object tensor, Object ord, int[] axis, boolean keepdims) {
      String fn = "linalg.norm";
      Array x = floating(fn, tensor(fn, "tensor", tensor));
      Object o = ord == null || "euclidean".equals(ord) ? (Object) 2L : ord;
      if (axis != null && axis.length == 2) {
        int[] ax = axes(fn, axis, x.rank());
        if ("fro".equals(ord) || ord == null || "euclidean".equals(ord)) {
          return Extras.vectorNorm(x, ax, keepdims, 2L);
        }
        Array moved = Manipulation.moveaxis(x, ax, new int[] {-2, -1});
        Array r = Linalg.matrixNorm(moved, ord, false);
        if (keepdims) {
          int[] sorted = ax.clone();
          java.util.Arrays.sort(sorted);
          r = Manipulation.expandDims(Manipulation.expandDims(r, sorted[0]), sorted[1]);
        }
        return r;
      }
      if ("fro".equals(o)) {
        o = 2L;
      }
      if (o instanceof String s && (s.equals("inf") || s.equals("-inf"))) {
        return Extras.vectorNorm(x, axes(fn, axis, x.rank()), keepdims, s);
      }
      return Extras.vectorNorm(x, axes(fn, axis, x.rank()), keepdims, o);
    }

    /** {@code tf.linalg.global_norm(t_list)}: sqrt of the sum of squares of every tensor. */
    public Array globalNorm(List<?> tensors) {
      String fn = "linalg.global_norm";
      List<Array> xs = TfTypes.same(fn, "t_list", tensors);
      Array total = null;
      for (Array x : xs) {
        Array s = Reductions.sum(Elementwise.square(floating(fn, x)), null, false, x.dtype());
        total = total == null ? s : Elementwise.add(total, s);
      }
      return total == null ? scalar(0.0, DType.FLOAT32) : Elementwise.sqrt(total);
    }

    /**
     * {@code tf.linalg.lstsq(matrix, rhs, l2_regularizer=0.0)}: least squares via the
     * pseudo-inverse (or regularised normal equations).
     */
    public Array lstsq(Object matrix, Object rhs, double l2Regularizer) {
      String fn = "linalg.lstsq";
      Array[] p = pair(fn, matrix, rhs);
      Array a = floating(fn, p[0]);
      if (l2Regularizer == 0) {
        return Linalg.matmul(Decompositions.pinv(a, null), p[1]);
      }
      Array at = Manipulation.matrixTranspose(a);
      long n = a.shape().dim(a.rank() - 1);
      Array g =
          Elementwise.add(
              Linalg.matmul(at, a),
              Elementwise.multiply(
                  Creation.eye(n, n, 0, a.dtype()), scalar(l2Regularizer, a.dtype())));
      return Decompositions.solve(g, Linalg.matmul(at, p[1]));
    }

    /**
     * {@code tf.linalg.cholesky_solve(chol, rhs)}: solves A X = rhs given A's lower Cholesky
     * factor.
     */
    public Array choleskySolve(Object chol, Object rhs) {
      String fn = "linalg.cholesky_solve";
      Array[] p = pair(fn, chol, rhs);
      Array l = Creation.tril(floating(fn, p[0]), 0);
      Array y = Decompositions.solve(l, p[1]);
      return Decompositions.solve(Manipulation.matrixTranspose(l), y);
    }

    /** {@code tf.linalg.normalize(tensor, ord='euclidean', axis=None)}: [tensor / norm, norm]. */
    public List<Array> normalize(Object tensor, Object ord, int[] axis) {
      Array n = norm(tensor, ord, axis, true);
      Array x = tensor("linalg.normalize", "tensor", tensor);
      return List.of(Elementwise.divide(x, n), n);
    }

    /** {@code tf.linalg.tensor_diag(diagonal)}: for a 1-d diagonal, the diagonal matrix. */
    public Array tensorDiag(Object diagonal) {
      Array d = tensor("linalg.tensor_diag", "diagonal", diagonal);
      if (d.rank() != 1) {
        throw error("linalg.tensor_diag", "diagonal must be 1-d here; got shape " + d.shape());
      }
      return ExtraManipulation.diag(d, 0);
    }
  }

  // ------------------------------------------------------------------ tf.image

  /** {@code tf.image}: resizing, flips and colour helpers on [..., height, width, channels]. */
  public static final class ImageNamespace {
    private ImageNamespace() {}

    /**
     * {@code tf.image.resize(images, size, method='bilinear', preserve_aspect_ratio=False,
     * antialias=False)}: half-pixel centres (TensorFlow 2); bilinear gives float32, nearest keeps
     * the dtype.
     */
    public Array resize(Object images, long[] size, String method, boolean antialias) {
      String fn = "image.resize";
      Array x = tensor(fn, "images", images);
      boolean batched = x.rank() == 4;
      if (x.rank() != 3 && x.rank() != 4) {
        throw error(fn, "images must have rank 3 or 4; got shape " + x.shape());
      }
      if (size.length != 2 || size[0] < 1 || size[1] < 1) {
        throw error(
            fn,
            "size must be 2 positive sizes [new_height, new_width]; got "
                + java.util.Arrays.toString(size));
      }
      if (antialias) {
        throw error(fn, "antialias must be False (not supported by the core resampler); got True");
      }
      String m = method == null ? "bilinear" : method.toLowerCase(java.util.Locale.ROOT);
      String mode =
          switch (m) {
            case "bilinear" -> "bilinear";
            case "nearest" -> "nearest-exact";
            case "area" -> "area";
            default ->
                throw error(
                    fn, "method must be 'bilinear', 'nearest' or 'area'; got '" + method + "'");
          };
      Array b = batched ? x : Manipulation.expandDims(x, 0);
      if (!mode.startsWith("nearest")) {
        b = b.dtype() == DType.FLOAT64 ? b : cast(b, DType.FLOAT32);
      }
      Array nchw = Manipulation.permuteDims(b, 0, 3, 1, 2);
      Array r = Interpolation.interpolate(nchw, size, mode, null, null, false, false);
      r = Manipulation.permuteDims(r, 0, 2, 3, 1);
      return batched ? r : Manipulation.squeeze(r, 0);
    }

    private static Array image(String fn, Object images) {
      Array x = tensor(fn, "image", images);
      if (x.rank() < 3) {
        throw error(
            fn,
            "image must have rank >= 3 ([..., height, width, channels]); got shape " + x.shape());
      }
      return x;
    }

    /** {@code tf.image.flip_left_right(image)}. */
    public Array flipLeftRight(Object images) {
      Array x = image("image.flip_left_right", images);
      return Manipulation.flip(x, x.rank() - 2);
    }

    /** {@code tf.image.flip_up_down(image)}. */
    public Array flipUpDown(Object images) {
      Array x = image("image.flip_up_down", images);
      return Manipulation.flip(x, x.rank() - 3);
    }

    /** {@code tf.image.transpose(image)}: swaps height and width. */
    public Array transpose(Object images) {
      Array x = image("image.transpose", images);
      return Manipulation.swapaxes(x, x.rank() - 3, x.rank() - 2);
    }

    /** {@code tf.image.rot90(image, k=1)}: k quarter turns counter-clockwise. */
    public Array rot90(Object images, long k) {
      Array x = image("image.rot90", images);
      int h = x.rank() - 3;
      int w = x.rank() - 2;
      long t = Math.floorMod(k, 4);
      return switch ((int) t) {
        case 0 -> x;
        case 1 -> Manipulation.swapaxes(Manipulation.flip(x, w), h, w);
        case 2 -> Manipulation.flip(x, h, w);
        default -> Manipulation.flip(Manipulation.swapaxes(x, h, w), w);
      };
    }

    /** {@code tf.image.rgb_to_grayscale(images)}: ITU-R 601 luma, keeping a channel axis. */
    public Array rgbToGrayscale(Object images) {
      String fn = "image.rgb_to_grayscale";
      Array x = tensor(fn, "images", images);
      if (x.rank() < 1 || x.shape().dim(x.rank() - 1) != 3) {
        throw error(fn, "images must have 3 channels in the last axis; got shape " + x.shape());
      }
      Array f = x.dtype().isFloating() ? x : cast(x, DType.FLOAT32);
      Array w = Conversion.asarray(List.of(0.2989, 0.587, 0.114), f.dtype());
      Array g =
          Reductions.sum(Elementwise.multiply(f, w), new int[] {x.rank() - 1}, true, f.dtype());
      return x.dtype().isFloating() ? g : cast(Elementwise.round(g), x.dtype());
    }

    /** {@code tf.image.adjust_brightness(image, delta)}: image + delta. */
    public Array adjustBrightness(Object images, double delta) {
      Array x =
          floating("image.adjust_brightness", tensor("image.adjust_brightness", "image", images));
      return Elementwise.add(x, scalar(delta, x.dtype()));
    }

    /**
     * {@code tf.image.per_image_standardization(image)}: (x - mean) / max(std, 1 / sqrt(N)) over
     * each image's height, width and channels.
     */
    public Array perImageStandardization(Object images) {
      Array x = image("image.per_image_standardization", images);
      Array f = x.dtype().isFloating() ? x : cast(x, DType.FLOAT32);
      int r = f.rank();
      int[] ax = {r - 3, r - 2, r - 1};
      long n = f.shape().dim(r - 3) * f.shape().dim(r - 2) * f.shape().dim(r - 1);
      Array mean = Reductions.mean(f, ax, true);
      Array std = Reductions.std(f, ax, 0, true);
      Array adj = Elementwise.maximum(std, scalar(1.0 / Math.sqrt(n), f.dtype()));
      return Elementwise.divide(Elementwise.subtract(f, mean), adj);
    }

    private static Array crop(Array x, long top, long left, long h, long w) {
      int r = x.rank();
      long[] start = new long[r];
      long[] stop = x.shape().dims();
      long[] step = new long[r];
      java.util.Arrays.fill(step, 1);
      start[r - 3] = top;
      start[r - 2] = left;
      stop[r - 3] = top + h;
      stop[r - 2] = left + w;
      return Manipulation.slice(x, start, stop, step);
    }

    private static Array padHw(Array x, long top, long bottom, long left, long right) {
      int r = x.rank();
      long[][] pw = new long[r][2];
      pw[r - 3][0] = top;
      pw[r - 3][1] = bottom;
      pw[r - 2][0] = left;
      pw[r - 2][1] = right;
      return ExtraManipulation.pad(x, pw, "constant", 0);
    }

    /**
     * {@code tf.image.crop_to_bounding_box(image, offset_height, offset_width, target_height,
     * target_width)}.
     */
    public Array cropToBoundingBox(
        Object images, long offsetHeight, long offsetWidth, long targetHeight, long targetWidth) {
      String fn = "image.crop_to_bounding_box";
      Array x = image(fn, images);
      long h = x.shape().dim(x.rank() - 3);
      long w = x.shape().dim(x.rank() - 2);
      if (offsetHeight < 0
          || offsetWidth < 0
          || targetHeight <= 0
          || targetWidth <= 0
          || offsetHeight + targetHeight > h
          || offsetWidth + targetWidth > w) {
        throw error(
            fn,
            "the box must lie inside the "
                + h
                + "x"
                + w
                + " image; got offset "
                + offsetHeight
                + ","
                + offsetWidth
                + " size "
                + targetHeight
                + "x"
                + targetWidth);
      }
      return crop(x, offsetHeight, offsetWidth, targetHeight, targetWidth);
    }

    /**
     * {@code tf.image.pad_to_bounding_box(image, offset_height, offset_width, target_height,
     * target_width)}.
     */
    public Array padToBoundingBox(
        Object images, long offsetHeight, long offsetWidth, long targetHeight, long targetWidth) {
      String fn = "image.pad_to_bounding_box";
      Array x = image(fn, images);
      long h = x.shape().dim(x.rank() - 3);
      long w = x.shape().dim(x.rank() - 2);
      long bottom = targetHeight - offsetHeight - h;
      long right = targetWidth - offsetWidth - w;
      if (offsetHeight < 0 || offsetWidth < 0 || bottom < 0 || right < 0) {
        throw error(
            fn,
            "the "
                + h
                + "x"
                + w
                + " image must fit the target at the offset; got offset "
                + offsetHeight
                + ","
                + offsetWidth
                + " target "
                + targetHeight
                + "x"
                + targetWidth);
      }
      return padHw(x, offsetHeight, bottom, offsetWidth, right);
    }

    /** {@code tf.image.resize_with_crop_or_pad(image, target_height, target_width)}: centred. */
    public Array resizeWithCropOrPad(Object images, long targetHeight, long targetWidth) {
      String fn = "image.resize_with_crop_or_pad";
      Array x = image(fn, images);
      if (targetHeight <= 0 || targetWidth <= 0) {
        throw error(fn, "target sizes must be > 0; got " + targetHeight + "x" + targetWidth);
      }
      long h = x.shape().dim(x.rank() - 3);
      long w = x.shape().dim(x.rank() - 2);
      long ch = Math.min(h, targetHeight);
      long cw = Math.min(w, targetWidth);
      Array c =
          crop(x, Math.max((h - targetHeight) / 2, 0), Math.max((w - targetWidth) / 2, 0), ch, cw);
      long ph = targetHeight - ch;
      long pwd = targetWidth - cw;
      return padHw(c, ph / 2, ph - ph / 2, pwd / 2, pwd - pwd / 2);
    }

    /** {@code tf.image.central_crop(image, central_fraction)}. */
    public Array centralCrop(Object images, double centralFraction) {
      String fn = "image.central_crop";
      Array x = image(fn, images);
      if (centralFraction <= 0 || centralFraction > 1) {
        throw error(fn, "central_fraction must be in (0, 1]; got " + centralFraction);
      }
      long h = x.shape().dim(x.rank() - 3);
      long w = x.shape().dim(x.rank() - 2);
      long top = (long) ((h - h * centralFraction) / 2);
      long left = (long) ((w - w * centralFraction) / 2);
      return crop(x, top, left, h - 2 * top, w - 2 * left);
    }

    /**
     * {@code tf.image.adjust_contrast(images, contrast_factor)}: (x - mean) * factor + mean per
     * channel.
     */
    public Array adjustContrast(Object images, double contrastFactor) {
      String fn = "image.adjust_contrast";
      Array x = floating(fn, image(fn, images));
      Array mean = Reductions.mean(x, new int[] {x.rank() - 3, x.rank() - 2}, true);
      return Elementwise.add(
          Elementwise.multiply(Elementwise.subtract(x, mean), scalar(contrastFactor, x.dtype())),
          mean);
    }

    /** {@code tf.image.adjust_gamma(image, gamma=1, gain=1)}: gain * x^gamma. */
    public Array adjustGamma(Object images, double gamma, double gain) {
      String fn = "image.adjust_gamma";
      Array x = floating(fn, tensor(fn, "image", images));
      if (gamma < 0) {
        throw error(fn, "gamma must be >= 0; got " + gamma);
      }
      return Elementwise.multiply(
          scalar(gain, x.dtype()), Elementwise.pow(x, scalar(gamma, x.dtype())));
    }

    /** {@code tf.image.grayscale_to_rgb(images)}: repeats the single channel three times. */
    public Array grayscaleToRgb(Object images) {
      String fn = "image.grayscale_to_rgb";
      Array x = tensor(fn, "images", images);
      if (x.rank() < 2 || x.shape().dim(x.rank() - 1) != 1) {
        throw error(fn, "images must have 1 channel in the last axis; got shape " + x.shape());
      }
      long[] reps = new long[x.rank()];
      java.util.Arrays.fill(reps, 1);
      reps[x.rank() - 1] = 3;
      return Manipulation.tile(x, reps);
    }

    /**
     * {@code tf.image.convert_image_dtype(image, dtype, saturate=False)}: integers map to [0, 1]
     * floats by their maximum and back; float to float is a cast.
     */
    public Array convertImageDtype(Object images, DType dtype) {
      String fn = "image.convert_image_dtype";
      Array x = tensor(fn, "image", images);
      if (x.dtype() == dtype) {
        return x;
      }
      if (x.dtype().isFloating() && dtype.isFloating()) {
        return cast(x, dtype);
      }
      if (x.dtype().isInteger() && dtype.isFloating()) {
        double max = dev.ivy.ops.DTypeInfo.iinfo(x.dtype()).max();
        return Elementwise.multiply(cast(x, dtype), scalar(1.0 / max, dtype));
      }
      if (x.dtype().isFloating() && dtype.isInteger()) {
        double max = dev.ivy.ops.DTypeInfo.iinfo(dtype).max();
        return cast(
            Elementwise.round(Elementwise.multiply(x, scalar(max + 0.5, x.dtype()))), dtype);
      }
      throw error(
          fn, "dtype must be a numeric dtype and image numeric; got " + x.dtype() + " to " + dtype);
    }

    /**
     * {@code tf.image.total_variation(images)}: the sum of absolute neighbour differences per
     * image.
     */
    public Array totalVariation(Object images) {
      String fn = "image.total_variation";
      Array x = image(fn, images);
      int r = x.rank();
      Array dh = Elementwise.abs(Manipulation.diff(x, 1, r - 3));
      Array dw = Elementwise.abs(Manipulation.diff(x, 1, r - 2));
      int[] ax = {r - 3, r - 2, r - 1};
      return Elementwise.add(
          Reductions.sum(dh, ax, false, x.dtype()), Reductions.sum(dw, ax, false, x.dtype()));
    }

    /** {@code tf.image.image_gradients(image)}: [dy, dx] on NHWC, zero in the last row / column. */
    public List<Array> imageGradients(Object image) {
      String fn = "image.image_gradients";
      Array x = tensor(fn, "image", image);
      if (x.rank() != 4) {
        throw error(fn, "image must have rank 4 (NHWC); got shape " + x.shape());
      }
      Array dy = Manipulation.diff(x, 1, 1);
      Array dx = Manipulation.diff(x, 1, 2);
      long[][] py = new long[4][2];
      py[1][1] = 1;
      long[][] px = new long[4][2];
      px[2][1] = 1;
      return List.of(
          ExtraManipulation.pad(dy, py, "constant", 0),
          ExtraManipulation.pad(dx, px, "constant", 0));
    }

    /** {@code tf.image.psnr(a, b, max_val)}: per image, over the last three axes. */
    public Array psnr(Object a, Object b, double maxVal) {
      String fn = "image.psnr";
      Array[] p = pair(fn, a, b);
      Array x = floating(fn, p[0]);
      int r = x.rank();
      Array mse =
          Reductions.mean(
              Elementwise.square(Elementwise.subtract(x, p[1])),
              new int[] {r - 3, r - 2, r - 1},
              false);
      Array ten = scalar(10.0, x.dtype());
      return Elementwise.multiply(
          Elementwise.divide(ten, Elementwise.log(ten)),
          Elementwise.subtract(
              Elementwise.log(scalar(maxVal * maxVal, x.dtype())), Elementwise.log(mse)));
    }

    private static Array colour(String fn, Object images, double[] m) {
      Array x = floating(fn, tensor(fn, "images", images));
      if (x.rank() < 1 || x.shape().dim(x.rank() - 1) != 3) {
        throw error(fn, "images must have 3 channels in the last axis; got shape " + x.shape());
      }
      List<List<Double>> rows = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        rows.add(List.of(m[3 * i], m[3 * i + 1], m[3 * i + 2]));
      }
      return Linalg.matmul(x, Conversion.asarray(rows, x.dtype()));
    }

    /** {@code tf.image.rgb_to_yuv(images)}. */
    public Array rgbToYuv(Object images) {
      return colour(
          "image.rgb_to_yuv",
          images,
          new double[] {
            0.299,
            -0.14714119,
            0.61497538,
            0.587,
            -0.28886916,
            -0.51496512,
            0.114,
            0.43601035,
            -0.10001026
          });
    }

    /** {@code tf.image.yuv_to_rgb(images)}. */
    public Array yuvToRgb(Object images) {
      return colour(
          "image.yuv_to_rgb",
          images,
          new double[] {1, 1, 1, 0, -0.394642334, 2.03206185, 1.13988303, -0.58062185, 0});
    }

    /** {@code tf.image.rgb_to_yiq(images)}. */
    public Array rgbToYiq(Object images) {
      return colour(
          "image.rgb_to_yiq",
          images,
          new double[] {
            0.299,
            0.59590059,
            0.2115,
            0.587,
            -0.27455667,
            -0.52273617,
            0.114,
            -0.32134392,
            0.31119955
          });
    }

    /** {@code tf.image.yiq_to_rgb(images)}. */
    public Array yiqToRgb(Object images) {
      return colour(
          "image.yiq_to_rgb",
          images,
          new double[] {
            1, 1, 1, 0.95598634, -0.27201283, -1.10674021, 0.6208248, -0.64720424, 1.70423049
          });
    }
  }

  // ------------------------------------------------------------------ tf.bitwise

  /** {@code tf.bitwise}: integer bit operations. */
  public static final class BitwiseNamespace {
    private BitwiseNamespace() {}

    private static Array ints(String fn, Object x, Object y, BinaryOperator<Array> f) {
      return binary(
          fn,
          x,
          y,
          (a, b) -> {
            if (!a.dtype().isInteger()) {
              throw error(fn, "x must be an integer tensor; got " + a.dtype());
            }
            return f.apply(a, b);
          });
    }

    /** {@code tf.bitwise.bitwise_and(x, y)}. */
    public Array bitwiseAnd(Object x, Object y) {
      return ints("bitwise.bitwise_and", x, y, Elementwise::bitwiseAnd);
    }

    /** {@code tf.bitwise.bitwise_or(x, y)}. */
    public Array bitwiseOr(Object x, Object y) {
      return ints("bitwise.bitwise_or", x, y, Elementwise::bitwiseOr);
    }

    /** {@code tf.bitwise.bitwise_xor(x, y)}. */
    public Array bitwiseXor(Object x, Object y) {
      return ints("bitwise.bitwise_xor", x, y, Elementwise::bitwiseXor);
    }

    /** {@code tf.bitwise.left_shift(x, y)}. */
    public Array leftShift(Object x, Object y) {
      return ints("bitwise.left_shift", x, y, Elementwise::bitwiseLeftShift);
    }

    /** {@code tf.bitwise.right_shift(x, y)}. */
    public Array rightShift(Object x, Object y) {
      return ints("bitwise.right_shift", x, y, Elementwise::bitwiseRightShift);
    }

    /** {@code tf.bitwise.invert(x)}. */
    public Array invert(Object x) {
      Array v = tensor("bitwise.invert", "x", x);
      if (!v.dtype().isInteger()) {
        throw error("bitwise.invert", "x must be an integer tensor; got " + v.dtype());
      }
      return Elementwise.bitwiseInvert(v);
    }
  }

  // ------------------------------------------------------------------ tf.signal

  /** {@code tf.signal}: framing and windows (core has no FFT, so no spectral functions). */
  public static final class SignalNamespace {
    private SignalNamespace() {}

    private static Array window(
        String fn, long n, boolean periodic, DType dtype, double a, double b) {
      if (n < 0) {
        throw error(fn, "window_length must be >= 0; got " + n);
      }
      DType d = dtype == null ? DType.FLOAT32 : dtype;
      if (n == 1) {
        return Creation.ones(Shape.of(1), d);
      }
      double denom = periodic ? n : n - 1;
      Array k = Creation.arange(0L, n, 1L, DType.FLOAT64);
      Array c = Elementwise.cos(Elementwise.multiply(k, 2 * Math.PI / denom));
      return cast(Elementwise.subtract(scalar(a, DType.FLOAT64), Elementwise.multiply(c, b)), d);
    }

    /** {@code tf.signal.hann_window(window_length, periodic=True, dtype=tf.float32)}. */
    public Array hannWindow(long windowLength, boolean periodic, DType dtype) {
      return window("signal.hann_window", windowLength, periodic, dtype, 0.5, 0.5);
    }

    /** {@code tf.signal.hamming_window(window_length, periodic=True, dtype=tf.float32)}. */
    public Array hammingWindow(long windowLength, boolean periodic, DType dtype) {
      return window("signal.hamming_window", windowLength, periodic, dtype, 0.54, 0.46);
    }

    /**
     * {@code tf.signal.frame(signal, frame_length, frame_step, pad_end=False, pad_value=0,
     * axis=-1)}: overlapping frames along axis.
     */
    public Array frame(
        Object signal,
        long frameLength,
        long frameStep,
        boolean padEnd,
        Object padValue,
        int axis) {
      String fn = "signal.frame";
      Array x = tensor(fn, "signal", signal);
      int ax = axis(fn, axis, x.rank());
      if (frameLength <= 0 || frameStep <= 0) {
        throw error(
            fn,
            "frame_length and frame_step must be > 0; got " + frameLength + " and " + frameStep);
      }
      long n = x.shape().dim(ax);
      long frames;
      if (padEnd) {
        frames = (n + frameStep - 1) / frameStep;
        long need = Math.max(0, (frames - 1) * frameStep + frameLength - n);
        if (need > 0) {
          long[][] pw = new long[x.rank()][2];
          pw[ax][1] = need;
          x =
              ExtraManipulation.pad(
                  x, pw, "constant", tensor(fn, "pad_value", padValue, x.dtype()).item());
        }
      } else {
        frames = n < frameLength ? 0 : 1 + (n - frameLength) / frameStep;
      }
      Array starts = Elementwise.multiply(Creation.arange(0L, frames, 1L, DType.INT64), frameStep);
      Array offs = Creation.arange(0L, frameLength, 1L, DType.INT64);
      Array idx =
          Elementwise.add(Manipulation.expandDims(starts, 1), Manipulation.expandDims(offs, 0));
      if (frames == 0) {
        long[] d = x.shape().dims();
        long[] shape = new long[x.rank() + 1];
        for (int i = 0; i < x.rank(); i++) {
          shape[i < ax ? i : i + 1] = d[i];
        }
        shape[ax] = 0;
        shape[ax + 1] = frameLength;
        return Creation.zeros(Shape.of(shape), x.dtype());
      }
      return Indexing.take(x, idx, ax);
    }

    /**
     * {@code tf.signal.overlap_and_add(signal, frame_step)}: sums frames [..., frames, length]
     * back.
     */
    public Array overlapAndAdd(Object signal, long frameStep) {
      String fn = "signal.overlap_and_add";
      Array x = tensor(fn, "signal", signal);
      if (x.rank() < 2 || frameStep <= 0) {
        throw error(
            fn,
            "signal must have rank >= 2 and frame_step > 0; got shape "
                + x.shape()
                + " step "
                + frameStep);
      }
      int r = x.rank();
      long frames = x.shape().dim(r - 2);
      long len = x.shape().dim(r - 1);
      long out = frames == 0 ? 0 : (frames - 1) * frameStep + len;
      Array moved = Manipulation.moveaxis(x, new int[] {r - 2, r - 1}, new int[] {0, 1});
      Array starts = Elementwise.multiply(Creation.arange(0L, frames, 1L, DType.INT64), frameStep);
      Array idx =
          Elementwise.add(
              Manipulation.expandDims(starts, 1),
              Manipulation.expandDims(Creation.arange(0L, len, 1L, DType.INT64), 0));
      long[] shape = new long[r - 1];
      shape[0] = out;
      for (int i = 0; i < r - 2; i++) {
        shape[i + 1] = x.shape().dim(i);
      }
      Array res = Scatter.scatterNd(Manipulation.expandDims(idx, -1), moved, shape, "sum", null);
      return Manipulation.moveaxis(res, new int[] {0}, new int[] {r - 2});
    }
  }

  /** {@code tf.signal}. */
  public static final SignalNamespace signal = new SignalNamespace();

  // ------------------------------------------------------------------ tf.keras

  /**
   * {@code tf.keras}: the functional activations and losses, Keras-style {@link keras.layers} and
   * {@link keras.Sequential}. The classes are nested types, so they read as in Keras: {@code new
   * TfFrontend.keras.layers.Dense(4)}.
   */
  public static final class keras {
    private keras() {}

    /** {@code tf.keras.activations}. */
    public final Activations activations = new Activations();

    /** {@code tf.keras.losses}. */
    public final Losses losses = new Losses();

    /**
     * {@code tf.keras.layers}: Keras-style layers holding their weights, built lazily from the
     * first input's shape ({@link Layer#apply} builds, then calls). {@code Ivy.toIvyModule(layer)}
     * converts a built layer (or {@link keras.Sequential}) into an Ivy module.
     */
    public static final class layers {
      private layers() {}

      /**
       * A trainable weight of a layer ({@code tf.Variable}): a holder whose {@link #value()} the
       * layer's {@code call} reads, so the layer can run with other values.
       */
      public static final class Variable {
        private final String name;
        private Array value;

        Variable(String name, Array value) {
          this.name = name;
          this.value = value;
        }

        /** Returns the weight's name within its layer ({@code kernel}, {@code bias}). */
        public String name() {
          return name;
        }

        /** Returns the current value. */
        public Array value() {
          return value;
        }

        /**
         * Replaces the value ({@code variable.assign(x)}), which must keep the shape.
         *
         * @throws dev.ivy.errors.IvyArgumentException if value is null or its shape differs
         */
        public void assign(Array value) {
          if (value == null || !value.shape().equals(this.value.shape())) {
            throw new dev.ivy.errors.IvyArgumentException(
                "Variable.assign: '"
                    + name
                    + "' needs a value of shape "
                    + this.value.shape()
                    + "; got "
                    + (value == null ? "null" : value.shape()));
          }
          this.value = value;
        }

        @Override
        public String toString() {
          return "<Variable '" + name + "' " + value + ">";
        }
      }

      /**
       * The base class of Keras-style layers ({@code tf.keras.layers.Layer}): override {@link
       * #build(Shape)} to create weights with {@link #addWeight} from the input shape, and {@link
       * #call(Array)} to compute, reading each weight's {@link Variable#value()}. Users run a layer
       * with {@link #apply(Array)} (Keras's {@code layer(x)}), which builds it on first use.
       */
      public abstract static class Layer {
        private final String name;
        private final LinkedHashMap<String, Variable> own = new LinkedHashMap<>();
        private boolean built;

        /** Creates an unbuilt layer called {@code name} (the prefix of its weights' paths). */
        protected Layer(String name) {
          this.name = name;
        }

        /** Returns the layer's name. */
        public final String name() {
          return name;
        }

        /**
         * Creates and returns a trainable weight of this layer ({@code add_weight}).
         *
         * @throws dev.ivy.errors.IvyArgumentException if the name is empty or taken
         */
        protected final Variable addWeight(String weightName, Array initial) {
          if (weightName == null
              || weightName.isEmpty()
              || weightName.contains("/")
              || own.containsKey(weightName)
              || initial == null) {
            throw new dev.ivy.errors.IvyArgumentException(
                name
                    + ".addWeight: needs a new, non-empty name without '/' and a value; got '"
                    + weightName
                    + "'");
          }
          Variable v = new Variable(weightName, initial);
          own.put(weightName, v);
          return v;
        }

        /** Creates the weights for inputs of {@code inputShape} ({@code build}); default none. */
        protected void build(Shape inputShape) {}

        /** Computes the output ({@code call(inputs)}), reading the weights' current values. */
        protected abstract Array call(Array inputs);

        /**
         * Builds the layer for inputs shaped like {@code inputShape} if it is not built yet, and
         * returns it.
         */
        public final Layer buildFor(Shape inputShape) {
          if (!built) {
            build(inputShape);
            built = true;
          }
          return this;
        }

        /** Returns whether the layer has built its weights. */
        public final boolean isBuilt() {
          return built;
        }

        /**
         * Runs the layer on {@code inputs} ({@code layer(inputs)}), building it first from their
         * shape.
         *
         * @throws dev.ivy.errors.IvyArgumentException if inputs is null or does not fit the layer
         */
        public final Array apply(Array inputs) {
          if (inputs == null) {
            throw new dev.ivy.errors.IvyArgumentException(name + ": inputs must not be null");
          }
          buildFor(inputs.shape());
          return call(inputs);
        }

        /**
         * Returns the weights by path: own ones by name ({@code kernel}), those of nested layers
         * under their layer's name ({@code dense_1/kernel}).
         */
        public Map<String, Variable> namedWeights() {
          return java.util.Collections.unmodifiableMap(own);
        }

        /** Returns the weights in order ({@code layer.weights}). */
        public final List<Variable> weights() {
          return new ArrayList<>(namedWeights().values());
        }

        /** Returns the weights' current values in order ({@code get_weights()}). */
        public final List<Array> getWeights() {
          return weights().stream().map(Variable::value).toList();
        }

        /**
         * Assigns the values, in {@link #weights()} order ({@code set_weights}).
         *
         * @throws dev.ivy.errors.IvyArgumentException if their number or a shape differs
         */
        public final void setWeights(List<Array> values) {
          List<Variable> ws = weights();
          if (values == null || values.size() != ws.size()) {
            throw new dev.ivy.errors.IvyArgumentException(
                name
                    + ".setWeights: needs "
                    + ws.size()
                    + " arrays; got "
                    + (values == null ? "null" : values.size()));
          }
          for (int i = 0; i < ws.size(); i++) {
            ws.get(i).assign(values.get(i));
          }
        }
      }

      /**
       * {@code tf.keras.layers.Dense}: {@code activation(x @ kernel + bias)} on the last axis;
       * kernel [in, units] glorot-uniform, bias zeros, created from the first input's last
       * dimension.
       */
      public static final class Dense extends Layer {
        private final long units;
        private final String activation;
        private final boolean useBias;
        private Variable kernel;
        private Variable bias;

        /** Creates a layer with no activation and a bias. */
        public Dense(long units) {
          this(units, null, true);
        }

        /**
         * Creates a layer.
         *
         * @param activation a {@code tf.keras.activations} name ("relu", "tanh", "sigmoid",
         *     "softmax", "gelu", "linear") or null for none
         * @throws dev.ivy.errors.IvyArgumentException if units is not positive or the activation is
         *     unknown
         */
        public Dense(long units, String activation, boolean useBias) {
          super("dense");
          if (units <= 0) {
            throw new dev.ivy.errors.IvyArgumentException(
                "Dense: units must be positive; got " + units);
          }
          KerasLayers.checkActivation("Dense", activation);
          this.units = units;
          this.activation = activation;
          this.useBias = useBias;
        }

        @Override
        protected void build(Shape inputShape) {
          long in = KerasLayers.lastDim("Dense", inputShape);
          kernel = addWeight("kernel", KerasLayers.glorotUniform(Shape.of(in, units), in, units));
          if (useBias) {
            bias = addWeight("bias", Creation.zeros(Shape.of(units), DType.FLOAT32));
          }
        }

        @Override
        protected Array call(Array inputs) {
          Array y = Linalg.matmul(inputs, kernel.value());
          if (useBias) {
            y = Elementwise.add(y, bias.value());
          }
          return KerasLayers.activate(activation, y);
        }
      }

      /**
       * {@code tf.keras.layers.Conv2D} on NHWC inputs: kernel [kh, kw, in, filters] glorot-uniform,
       * bias zeros, created from the first input's channel count.
       */
      public static final class Conv2D extends Layer {
        private final long filters;
        private final long[] kernelSize;
        private final long[] strides;
        private final String padding;
        private final String activation;
        private Variable kernel;
        private Variable bias;

        /** Creates a layer with a square kernel, stride 1, "valid" padding and no activation. */
        public Conv2D(long filters, long kernelSize) {
          this(filters, new long[] {kernelSize, kernelSize}, new long[] {1, 1}, "valid", null);
        }

        /**
         * Creates a layer with a bias.
         *
         * @param padding "valid" or "same"
         * @param activation an activation name or null
         * @throws dev.ivy.errors.IvyArgumentException if a size is not positive, padding or the
         *     activation is unknown
         */
        public Conv2D(
            long filters, long[] kernelSize, long[] strides, String padding, String activation) {
          super("conv2d");
          if (filters <= 0
              || kernelSize == null
              || kernelSize.length != 2
              || strides == null
              || strides.length != 2
              || !("valid".equals(padding) || "same".equals(padding))) {
            throw new dev.ivy.errors.IvyArgumentException(
                "Conv2D: filters must be positive, kernelSize and strides two sizes, padding"
                    + " 'valid' or 'same'; got "
                    + filters
                    + ", "
                    + java.util.Arrays.toString(kernelSize)
                    + ", "
                    + java.util.Arrays.toString(strides)
                    + ", "
                    + padding);
          }
          KerasLayers.checkActivation("Conv2D", activation);
          this.filters = filters;
          this.kernelSize = kernelSize.clone();
          this.strides = strides.clone();
          this.padding = padding;
          this.activation = activation;
        }

        @Override
        protected void build(Shape inputShape) {
          long in = KerasLayers.lastDim("Conv2D", inputShape);
          long area = kernelSize[0] * kernelSize[1];
          kernel =
              addWeight(
                  "kernel",
                  KerasLayers.glorotUniform(
                      Shape.of(kernelSize[0], kernelSize[1], in, filters),
                      area * in,
                      area * filters));
          bias = addWeight("bias", Creation.zeros(Shape.of(filters), DType.FLOAT32));
        }

        @Override
        protected Array call(Array inputs) {
          Array y = nn.conv2d(inputs, kernel.value(), strides, padding.toUpperCase(), "NHWC", null);
          return KerasLayers.activate(activation, Elementwise.add(y, bias.value()));
        }
      }
    }

    /**
     * {@code tf.keras.Sequential}: layers applied in order; a layer's weights appear under its
     * name, made unique in the model as Keras does ({@code dense}, {@code dense_1}...).
     */
    public static final class Sequential extends layers.Layer {
      private final LinkedHashMap<String, layers.Layer> layerList = new LinkedHashMap<>();

      /**
       * Creates the model.
       *
       * @throws dev.ivy.errors.IvyArgumentException if a layer is null
       */
      public Sequential(layers.Layer... layers) {
        super("sequential");
        for (layers.Layer l : layers) {
          if (l == null) {
            throw new dev.ivy.errors.IvyArgumentException("Sequential: a layer is null");
          }
          String n = l.name();
          for (int k = 1; layerList.containsKey(n); k++) {
            n = l.name() + "_" + k;
          }
          layerList.put(n, l);
        }
      }

      /** Returns the layers by their unique names, in order. */
      public Map<String, layers.Layer> layers() {
        return java.util.Collections.unmodifiableMap(layerList);
      }

      @Override
      public Map<String, layers.Variable> namedWeights() {
        LinkedHashMap<String, layers.Variable> r = new LinkedHashMap<>();
        layerList.forEach((n, l) -> l.namedWeights().forEach((k, v) -> r.put(n + "/" + k, v)));
        return r;
      }

      @Override
      protected Array call(Array inputs) {
        Array h = inputs;
        for (layers.Layer l : layerList.values()) {
          h = l.apply(h);
        }
        return h;
      }
    }

    /** {@code tf.keras.activations}: each on a floating tensor. */
    public static final class Activations {
      private Activations() {}

      /** {@code relu(x, alpha=0.0, max_value=None, threshold=0.0)}. */
      public Array relu(Object x, double alpha, Double maxValue, double threshold) {
        String fn = "keras.activations.relu";
        Array v = floating(fn, tensor(fn, "x", x));
        Array th = scalar(threshold, v.dtype());
        Array above = Elementwise.greaterEqual(v, th);
        Array r =
            Elementwise.where(
                above,
                v,
                Elementwise.multiply(scalar(alpha, v.dtype()), Elementwise.subtract(v, th)));
        if (threshold != 0 && alpha == 0) {
          r = Elementwise.where(above, v, scalar(0, v.dtype()));
        }
        return maxValue == null ? r : Elementwise.minimum(r, scalar(maxValue, v.dtype()));
      }

      /** {@code sigmoid(x)}. */
      public Array sigmoid(Object x) {
        return unaryFloat("keras.activations.sigmoid", x, dev.ivy.ops.Activations::sigmoid);
      }

      /** {@code tanh(x)}. */
      public Array tanh(Object x) {
        return unaryFloat("keras.activations.tanh", x, Elementwise::tanh);
      }

      /** {@code softmax(x, axis=-1)}. */
      public Array softmax(Object x, int axis) {
        return nn.softmax(x, axis);
      }

      /** {@code log_softmax(x, axis=-1)}. */
      public Array logSoftmax(Object x, int axis) {
        return nn.logSoftmax(x, axis);
      }

      /** {@code elu(x, alpha=1.0)}. */
      public Array elu(Object x, double alpha) {
        return unaryFloat("keras.activations.elu", x, v -> dev.ivy.ops.Activations.elu(v, alpha));
      }

      /** {@code selu(x)}. */
      public Array selu(Object x) {
        return nn.selu(x);
      }

      /** {@code softplus(x)}. */
      public Array softplus(Object x) {
        return nn.softplus(x);
      }

      /** {@code softsign(x)}. */
      public Array softsign(Object x) {
        return math.softsign(x);
      }

      /** {@code gelu(x, approximate=False)}. */
      public Array gelu(Object x, boolean approximate) {
        return nn.gelu(x, approximate);
      }

      /** {@code swish(x)}: x * sigmoid(x). */
      public Array swish(Object x) {
        return nn.silu(x, 1.0);
      }

      /** {@code hard_sigmoid(x)}: clip(0.2 x + 0.5, 0, 1) (Keras 2). */
      public Array hardSigmoid(Object x) {
        return unaryFloat(
            "keras.activations.hard_sigmoid",
            x,
            v ->
                Elementwise.clip(
                    Elementwise.add(
                        Elementwise.multiply(v, scalar(0.2, v.dtype())), scalar(0.5, v.dtype())),
                    scalar(0, v.dtype()),
                    scalar(1, v.dtype())));
      }

      /** {@code exponential(x)}. */
      public Array exponential(Object x) {
        return math.exp(x);
      }

      /** {@code linear(x)}: x unchanged. */
      public Array linear(Object x) {
        return tensor("keras.activations.linear", "x", x);
      }

      /** {@code mish(x)}: x * tanh(softplus(x)). */
      public Array mish(Object x) {
        return unaryFloat(
            "keras.activations.mish",
            x,
            v -> Elementwise.multiply(v, Elementwise.tanh(MathNamespace.softplusStable(v))));
      }
    }

    /** {@code tf.keras.losses}: per-sample losses, averaged over the last axis where Keras does. */
    public static final class Losses {
      private Losses() {}

      private static Array[] yy(String fn, Object yTrue, Object yPred) {
        Array p = floating(fn, tensor(fn, "y_pred", yPred));
        Array t = tensor(fn, "y_true", yTrue, p.dtype());
        return new Array[] {cast(t, p.dtype()), p};
      }

      private static Array lastMean(Array x) {
        return Reductions.mean(x, new int[] {Math.max(x.rank() - 1, 0)}, false);
      }

      /** {@code mean_squared_error(y_true, y_pred)}. */
      public Array meanSquaredError(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.mean_squared_error", yTrue, yPred);
        return lastMean(Elementwise.square(Elementwise.subtract(a[1], a[0])));
      }

      /** {@code mean_absolute_error(y_true, y_pred)}. */
      public Array meanAbsoluteError(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.mean_absolute_error", yTrue, yPred);
        return lastMean(Elementwise.abs(Elementwise.subtract(a[1], a[0])));
      }

      /** {@code mean_absolute_percentage_error(y_true, y_pred)}: 100 |(t - p) / max(|t|, eps)|. */
      public Array meanAbsolutePercentageError(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.mean_absolute_percentage_error", yTrue, yPred);
        DType d = a[1].dtype();
        Array diff =
            Elementwise.abs(
                Elementwise.divide(
                    Elementwise.subtract(a[0], a[1]),
                    Elementwise.maximum(Elementwise.abs(a[0]), scalar(1e-7, d))));
        return Elementwise.multiply(scalar(100.0, d), lastMean(diff));
      }

      /** {@code mean_squared_logarithmic_error(y_true, y_pred)}. */
      public Array meanSquaredLogarithmicError(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.mean_squared_logarithmic_error", yTrue, yPred);
        DType d = a[1].dtype();
        Array one = scalar(1, d);
        Array eps = scalar(1e-7, d);
        Array lp = Elementwise.log(Elementwise.add(Elementwise.maximum(a[1], eps), one));
        Array lt = Elementwise.log(Elementwise.add(Elementwise.maximum(a[0], eps), one));
        return lastMean(Elementwise.square(Elementwise.subtract(lp, lt)));
      }

      /**
       * {@code binary_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0.0,
       * axis=-1)}.
       */
      public Array binaryCrossentropy(
          Object yTrue, Object yPred, boolean fromLogits, double labelSmoothing) {
        Array[] a = yy("keras.losses.binary_crossentropy", yTrue, yPred);
        DType d = a[1].dtype();
        Array t = a[0];
        if (labelSmoothing != 0) {
          t =
              Elementwise.add(
                  Elementwise.multiply(t, scalar(1 - labelSmoothing, d)),
                  scalar(0.5 * labelSmoothing, d));
        }
        Array ce;
        if (fromLogits) {
          ce = nn.sigmoidCrossEntropyWithLogits(t, a[1]);
        } else {
          double eps = 1e-7;
          Array p = Elementwise.clip(a[1], scalar(eps, d), scalar(1 - eps, d));
          ce =
              Elementwise.negative(
                  Elementwise.add(
                      Elementwise.multiply(t, Elementwise.log(p)),
                      Elementwise.multiply(
                          Elementwise.subtract(scalar(1, d), t),
                          Elementwise.log(Elementwise.subtract(scalar(1, d), p)))));
        }
        return lastMean(ce);
      }

      /**
       * {@code categorical_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0.0,
       * axis=-1)}.
       */
      public Array categoricalCrossentropy(
          Object yTrue, Object yPred, boolean fromLogits, double labelSmoothing) {
        Array[] a = yy("keras.losses.categorical_crossentropy", yTrue, yPred);
        DType d = a[1].dtype();
        Array t = a[0];
        int ax = a[1].rank() - 1;
        if (labelSmoothing != 0) {
          double k = a[1].shape().dim(ax);
          t =
              Elementwise.add(
                  Elementwise.multiply(t, scalar(1 - labelSmoothing, d)),
                  scalar(labelSmoothing / k, d));
        }
        Array logp;
        if (fromLogits) {
          logp = dev.ivy.ops.Activations.logSoftmax(a[1], ax);
        } else {
          Array p = Elementwise.divide(a[1], Reductions.sum(a[1], new int[] {ax}, true, d));
          logp = Elementwise.log(Elementwise.clip(p, scalar(1e-7, d), scalar(1 - 1e-7, d)));
        }
        return Elementwise.negative(
            Reductions.sum(Elementwise.multiply(t, logp), new int[] {ax}, false, d));
      }

      /** {@code sparse_categorical_crossentropy(y_true, y_pred, from_logits=False, axis=-1)}. */
      public Array sparseCategoricalCrossentropy(Object yTrue, Object yPred, boolean fromLogits) {
        String fn = "keras.losses.sparse_categorical_crossentropy";
        Array p = floating(fn, tensor(fn, "y_pred", yPred));
        Array t = tensor(fn, "y_true", yTrue);
        DType d = p.dtype();
        int ax = p.rank() - 1;
        Array logp;
        if (fromLogits) {
          logp = dev.ivy.ops.Activations.logSoftmax(p, ax);
        } else {
          Array q = Elementwise.divide(p, Reductions.sum(p, new int[] {ax}, true, d));
          logp = Elementwise.log(Elementwise.clip(q, scalar(1e-7, d), scalar(1 - 1e-7, d)));
        }
        Array idx = cast(t, DType.INT64);
        if (idx.rank() == p.rank()) {
          idx = Manipulation.squeeze(idx, ax);
        }
        Array picked = Searching.takeAlongAxis(logp, Manipulation.expandDims(idx, -1), -1);
        return Elementwise.negative(Manipulation.squeeze(picked, ax));
      }

      /** {@code hinge(y_true, y_pred)}: labels in {-1, 1} (0/1 are mapped to -1/1). */
      public Array hinge(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.hinge", yTrue, yPred);
        return lastMean(
            Elementwise.maximum(
                Elementwise.subtract(
                    scalar(1, a[1].dtype()), Elementwise.multiply(signed(a[0]), a[1])),
                zeroLike(a[1])));
      }

      /** {@code squared_hinge(y_true, y_pred)}. */
      public Array squaredHinge(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.squared_hinge", yTrue, yPred);
        return lastMean(
            Elementwise.square(
                Elementwise.maximum(
                    Elementwise.subtract(
                        scalar(1, a[1].dtype()), Elementwise.multiply(signed(a[0]), a[1])),
                    zeroLike(a[1]))));
      }

      private static Array signed(Array t) {
        // Keras converts binary 0/1 labels to -1/1
        Array binary =
            Reductions.all(
                Elementwise.logicalOr(
                    Elementwise.equal(t, scalar(0, t.dtype())),
                    Elementwise.equal(t, scalar(1, t.dtype()))),
                null,
                false);
        return binary.toBooleanArray()[0]
            ? Elementwise.subtract(
                Elementwise.multiply(t, scalar(2, t.dtype())), scalar(1, t.dtype()))
            : t;
      }

      /** {@code kl_divergence(y_true, y_pred)}: sum t log(t / p) with both clipped to [eps, 1]. */
      public Array klDivergence(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.kl_divergence", yTrue, yPred);
        DType d = a[1].dtype();
        Array t = Elementwise.clip(a[0], scalar(1e-7, d), scalar(1, d));
        Array p = Elementwise.clip(a[1], scalar(1e-7, d), scalar(1, d));
        return Reductions.sum(
            Elementwise.multiply(t, Elementwise.log(Elementwise.divide(t, p))),
            new int[] {Math.max(p.rank() - 1, 0)},
            false,
            d);
      }

      /** {@code poisson(y_true, y_pred)}: mean(p - t log(p + eps)). */
      public Array poisson(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.poisson", yTrue, yPred);
        DType d = a[1].dtype();
        return lastMean(
            Elementwise.subtract(
                a[1],
                Elementwise.multiply(
                    a[0], Elementwise.log(Elementwise.add(a[1], scalar(1e-7, d))))));
      }

      /** {@code log_cosh(y_true, y_pred)}: mean(x + softplus(-2x) - log 2) with x = p - t. */
      public Array logCosh(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.log_cosh", yTrue, yPred);
        DType d = a[1].dtype();
        Array x = Elementwise.subtract(a[1], a[0]);
        Array v =
            Elementwise.subtract(
                Elementwise.add(
                    x, MathNamespace.softplusStable(Elementwise.multiply(x, scalar(-2.0, d)))),
                scalar(Math.log(2), d));
        return lastMean(v);
      }

      /** {@code huber(y_true, y_pred, delta=1.0)}. */
      public Array huber(Object yTrue, Object yPred, double delta) {
        Array[] a = yy("keras.losses.huber", yTrue, yPred);
        DType d = a[1].dtype();
        Array e = Elementwise.abs(Elementwise.subtract(a[1], a[0]));
        Array dl = scalar(delta, d);
        Array quad = Elementwise.multiply(scalar(0.5, d), Elementwise.square(e));
        Array lin =
            Elementwise.subtract(Elementwise.multiply(dl, e), scalar(0.5 * delta * delta, d));
        return lastMean(Elementwise.where(Elementwise.lessEqual(e, dl), quad, lin));
      }

      /** {@code cosine_similarity(y_true, y_pred, axis=-1)}: -sum(l2n(t) * l2n(p)). */
      public Array cosineSimilarity(Object yTrue, Object yPred, int axis) {
        Array[] a = yy("keras.losses.cosine_similarity", yTrue, yPred);
        int ax = axis(("keras.losses.cosine_similarity"), axis, a[1].rank());
        Array t = math.l2Normalize(a[0], new int[] {ax}, 1e-12);
        Array p = math.l2Normalize(a[1], new int[] {ax}, 1e-12);
        return Elementwise.negative(
            Reductions.sum(Elementwise.multiply(t, p), new int[] {ax}, false, p.dtype()));
      }
    }
  }

  /** {@code tf.keras}. */
  public static final keras keras = new keras();

  // ------------------------------------------------------------------ top level: tf.*

  /** {@code tf.abs(x)}. */
  public static Array abs(Object x) {
    return math.abs(x);
  }

  /** {@code tf.add(x, y)}. */
  public static Array add(Object x, Object y) {
    return math.add(x, y);
  }

  /** {@code tf.subtract(x, y)}. */
  public static Array subtract(Object x, Object y) {
    return math.subtract(x, y);
  }

  /** {@code tf.multiply(x, y)}. */
  public static Array multiply(Object x, Object y) {
    return math.multiply(x, y);
  }

  /** {@code tf.divide(x, y)}. */
  public static Array divide(Object x, Object y) {
    return math.divide(x, y);
  }

  /** {@code tf.maximum(x, y)}. */
  public static Array maximum(Object x, Object y) {
    return math.maximum(x, y);
  }

  /** {@code tf.minimum(x, y)}. */
  public static Array minimum(Object x, Object y) {
    return math.minimum(x, y);
  }

  /** {@code tf.clip_by_value(t, clip_value_min, clip_value_max)}. */
  public static Array clipByValue(Object t, Object min, Object max) {
    String fn = "clip_by_value";
    Array x = numeric(fn, tensor(fn, "t", t));
    Array lo = tensor(fn, "clip_value_min", min, x.dtype());
    Array hi = tensor(fn, "clip_value_max", max, x.dtype());
    if (lo.dtype() != x.dtype() || hi.dtype() != x.dtype()) {
      throw error(
          fn,
          "clip values must have the dtype of t ("
              + x.dtype()
              + "); got "
              + lo.dtype()
              + " and "
              + hi.dtype());
    }
    return Elementwise.minimum(Elementwise.maximum(x, lo), hi);
  }

  /**
   * {@code tf.clip_by_norm(t, clip_norm, axes=None)}: t * clip_norm / max(l2norm(t), clip_norm).
   */
  public static Array clipByNorm(Object t, Object clipNorm, int[] axes) {
    String fn = "clip_by_norm";
    Array x = floating(fn, tensor(fn, "t", t));
    Array c = tensor(fn, "clip_norm", clipNorm, x.dtype());
    Array l2 =
        Elementwise.sqrt(
            Reductions.sum(Elementwise.square(x), axes(fn, axes, x.rank()), true, x.dtype()));
    return Elementwise.divide(Elementwise.multiply(x, c), Elementwise.maximum(l2, c));
  }

  /** {@code tf.cast(x, dtype)}. */
  public static Array cast(Object x, DType dtype) {
    if (dtype == null) {
      throw error("cast", "dtype must be a dtype; got None");
    }
    return TfTypes.cast(tensor("cast", "x", x), dtype);
  }

  /** {@code tf.identity(input)}. */
  public static Array identity(Object input) {
    return tensor("identity", "input", input);
  }

  /** {@code tf.constant(value, dtype=None, shape=None)}. */
  public static Array constant(Object value, DType dtype, long[] shape) {
    Array v = value instanceof Array a ? a : tensor("constant", "value", value, dtype);
    if (dtype != null) {
      v = TfTypes.cast(v, dtype);
    }
    if (shape != null) {
      if (v.size() == 1) {
        v = Manipulation.broadcastTo(Manipulation.reshape(v, new long[0]), Shape.of(shape));
      } else {
        v = reshape(v, shape);
      }
    }
    return v;
  }

  /** {@code tf.convert_to_tensor(value, dtype=None)}. */
  public static Array convertToTensor(Object value, DType dtype) {
    Array v = tensor("convert_to_tensor", "value", value, dtype);
    if (dtype != null && v.dtype() != dtype) {
      throw error("convert_to_tensor", "value must have dtype " + dtype + "; got " + v.dtype());
    }
    return v;
  }

  /** {@code tf.reshape(tensor, shape)}: one entry may be -1. */
  public static Array reshape(Object tensor, long... shape) {
    String fn = "reshape";
    Array x = tensor(fn, "tensor", tensor);
    long known = 1;
    int unknown = -1;
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] == -1) {
        if (unknown >= 0) {
          throw error(fn, "shape may hold at most one -1; got " + java.util.Arrays.toString(shape));
        }
        unknown = i;
      } else if (shape[i] < 0) {
        throw error(fn, "shape must hold sizes >= -1; got " + java.util.Arrays.toString(shape));
      } else {
        known *= shape[i];
      }
    }
    long[] s = shape.clone();
    if (unknown >= 0) {
      if (known == 0 || x.size() % known != 0) {
        throw error(
            fn,
            "shape " + java.util.Arrays.toString(shape) + " must fit " + x.size() + " elements");
      }
      s[unknown] = x.size() / known;
    } else if (known != x.size()) {
      throw error(
          fn,
          "shape must have "
              + x.size()
              + " elements (input shape "
              + x.shape()
              + "); got "
              + java.util.Arrays.toString(shape));
    }
    return Manipulation.reshape(x, s);
  }

  /** {@code tf.transpose(a, perm=None)}: reverses the axes by default. */
  public static Array transpose(Object a, int[] perm) {
    String fn = "transpose";
    Array x = tensor(fn, "a", a);
    int[] p = perm;
    if (p == null) {
      p = new int[x.rank()];
      for (int i = 0; i < p.length; i++) {
        p[i] = x.rank() - 1 - i;
      }
    }
    if (p.length != x.rank()) {
      throw error(
          fn, "perm must have " + x.rank() + " entries; got " + java.util.Arrays.toString(p));
    }
    return Manipulation.permuteDims(x, p);
  }

  /** {@code tf.concat(values, axis)}. */
  public static Array concat(List<?> values, int axis) {
    String fn = "concat";
    List<Array> xs = TfTypes.same(fn, "values", values);
    if (xs.isEmpty()) {
      throw error(fn, "values must be a non-empty list of tensors; got []");
    }
    Array first = xs.get(0);
    int ax = axis(fn, axis, Math.max(first.rank(), 1));
    for (Array x : xs) {
      if (x.rank() != first.rank()) {
        throw error(fn, "values must all have rank " + first.rank() + "; got shape " + x.shape());
      }
      for (int i = 0; i < x.rank(); i++) {
        if (i != ax && x.shape().dim(i) != first.shape().dim(i)) {
          throw error(
              fn,
              "values must match in every axis but "
                  + axis
                  + "; got shapes "
                  + first.shape()
                  + " and "
                  + x.shape());
        }
      }
    }
    return Manipulation.concat(xs, ax);
  }

  /** {@code tf.stack(values, axis=0)}. */
  public static Array stack(List<?> values, int axis) {
    String fn = "stack";
    List<Array> xs = TfTypes.same(fn, "values", values);
    if (xs.isEmpty()) {
      throw error(fn, "values must be a non-empty list of tensors; got []");
    }
    for (Array x : xs) {
      if (!x.shape().equals(xs.get(0).shape())) {
        throw error(fn, "values must all have shape " + xs.get(0).shape() + "; got " + x.shape());
      }
    }
    return Manipulation.stack(xs, axis(fn, axis, xs.get(0).rank() + 1));
  }

  /** {@code tf.unstack(value, num=None, axis=0)}. */
  public static List<Array> unstack(Object value, Long num, int axis) {
    String fn = "unstack";
    Array x = tensor(fn, "value", value);
    int ax = axis(fn, axis, x.rank());
    if (num != null && num != x.shape().dim(ax)) {
      throw error(
          fn,
          "num must equal the size of axis " + axis + " (" + x.shape().dim(ax) + "); got " + num);
    }
    return Manipulation.unstack(x, ax);
  }

  /** {@code tf.tile(input, multiples)}. */
  public static Array tile(Object input, long... multiples) {
    String fn = "tile";
    Array x = tensor(fn, "input", input);
    if (multiples.length != x.rank()) {
      throw error(
          fn,
          "multiples must have "
              + x.rank()
              + " entries (the rank of input); got "
              + multiples.length);
    }
    return Manipulation.tile(x, multiples);
  }

  /** {@code tf.reverse(tensor, axis)}. */
  public static Array reverse(Object tensor, int... axis) {
    String fn = "reverse";
    Array x = tensor(fn, "tensor", tensor);
    int[] ax = new int[axis.length];
    for (int i = 0; i < ax.length; i++) {
      ax[i] = axis(fn, axis[i], x.rank());
    }
    return Manipulation.flip(x, ax);
  }

  /** {@code tf.roll(input, shift, axis)}. */
  public static Array roll(Object input, long[] shift, int[] axis) {
    String fn = "roll";
    Array x = tensor(fn, "input", input);
    if (shift.length != axis.length) {
      throw error(
          fn,
          "shift and axis must have the same length; got " + shift.length + " and " + axis.length);
    }
    return Manipulation.roll(x, shift, axis);
  }

  /** {@code tf.squeeze(input, axis=None)}. */
  public static Array squeeze(Object input, int[] axis) {
    String fn = "squeeze";
    Array x = tensor(fn, "input", input);
    if (axis == null) {
      List<Integer> ones = new ArrayList<>();
      for (int i = 0; i < x.rank(); i++) {
        if (x.shape().dim(i) == 1) {
          ones.add(i);
        }
      }
      return Manipulation.squeeze(x, ones.stream().mapToInt(Integer::intValue).toArray());
    }
    int[] ax = new int[axis.length];
    for (int i = 0; i < ax.length; i++) {
      ax[i] = axis(fn, axis[i], x.rank());
      if (x.shape().dim(ax[i]) != 1) {
        throw error(fn, "axis " + axis[i] + " must have size 1; got " + x.shape().dim(ax[i]));
      }
    }
    return Manipulation.squeeze(x, ax);
  }

  /** {@code tf.expand_dims(input, axis)}. */
  public static Array expandDims(Object input, int axis) {
    String fn = "expand_dims";
    Array x = tensor(fn, "input", input);
    return Manipulation.expandDims(x, axis(fn, axis, x.rank() + 1));
  }

  /** {@code tf.broadcast_to(input, shape)}. */
  public static Array broadcastTo(Object input, long... shape) {
    String fn = "broadcast_to";
    Array x = tensor(fn, "input", input);
    return Manipulation.broadcastTo(x, Shape.of(shape));
  }

  /** {@code tf.slice(input_, begin, size)}: size -1 takes the rest of the axis. */
  public static Array slice(Object input, long[] begin, long[] size) {
    String fn = "slice";
    Array x = tensor(fn, "input_", input);
    if (begin.length != x.rank() || size.length != x.rank()) {
      throw error(
          fn,
          "begin and size must have "
              + x.rank()
              + " entries; got "
              + begin.length
              + " and "
              + size.length);
    }
    long[] stop = new long[x.rank()];
    long[] step = new long[x.rank()];
    for (int i = 0; i < x.rank(); i++) {
      long n = x.shape().dim(i);
      long s = size[i] == -1 ? n - begin[i] : size[i];
      if (begin[i] < 0 || s < 0 || begin[i] + s > n) {
        throw error(
            fn,
            "begin + size must lie in the input's shape "
                + x.shape()
                + "; got begin "
                + java.util.Arrays.toString(begin)
                + " size "
                + java.util.Arrays.toString(size));
      }
      stop[i] = begin[i] + s;
      step[i] = 1;
    }
    return Manipulation.slice(x, begin.clone(), stop, step);
  }

  /**
   * {@code tf.strided_slice(input_, begin, end, strides=None, begin_mask=0, end_mask=0,
   * ellipsis_mask=0, new_axis_mask=0, shrink_axis_mask=0)}.
   */
  public static Array stridedSlice(
      Object input,
      long[] begin,
      long[] end,
      long[] strides,
      long beginMask,
      long endMask,
      long ellipsisMask,
      long newAxisMask,
      long shrinkAxisMask) {
    String fn = "strided_slice";
    Array x = tensor(fn, "input_", input);
    int n = begin.length;
    if (end.length != n || (strides != null && strides.length != n)) {
      throw error(
          fn,
          "begin, end and strides must have the same length; got "
              + n
              + ", "
              + end.length
              + " and "
              + (strides == null ? n : strides.length));
    }
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long bit = 1L << i;
      long st = strides == null ? 1 : strides[i];
      if (st == 0) {
        throw error(fn, "strides must be non-zero; got 0 at " + i);
      }
      if ((ellipsisMask & bit) != 0) {
        items.add(Index.ELLIPSIS);
      } else if ((newAxisMask & bit) != 0) {
        items.add(Index.NEW_AXIS);
      } else if ((shrinkAxisMask & bit) != 0) {
        items.add(begin[i]);
      } else {
        Long b = (beginMask & bit) != 0 ? null : begin[i];
        Long e = (endMask & bit) != 0 ? null : end[i];
        items.add(new Index.Slice(b, e, st));
      }
    }
    return Indexer.get(x, items.toArray());
  }

  /** {@code tf.gather(params, indices, axis=None, batch_dims=0)}. */
  public static Array gather(Object params, Object indices, Integer axis, int batchDims) {
    String fn = "gather";
    Array p = tensor(fn, "params", params);
    Array i = tensor(fn, "indices", indices);
    if (!i.dtype().isInteger()) {
      throw error(fn, "indices must be an integer tensor; got " + i.dtype());
    }
    int ax = axis == null ? batchDims : axis;
    return Searching.gather(p, i, axis(fn, ax, p.rank()), batchDims);
  }

  /** {@code tf.gather_nd(params, indices, batch_dims=0)}. */
  public static Array gatherNd(Object params, Object indices, int batchDims) {
    String fn = "gather_nd";
    return Searching.gatherNd(
        tensor(fn, "params", params), tensor(fn, "indices", indices), batchDims);
  }

  /**
   * {@code tf.boolean_mask(tensor, mask, axis=None)}: the elements (or slices) where mask is true.
   */
  public static Array booleanMask(Object tensor, Object mask, Integer axis) {
    String fn = "boolean_mask";
    Array x = tensor(fn, "tensor", tensor);
    Array m = bool(fn, tensor(fn, "mask", mask));
    int ax = axis == null ? 0 : axis(fn, axis, x.rank());
    Object[] index = new Object[ax + 1];
    for (int i = 0; i < ax; i++) {
      index[i] = Index.Slice.all();
    }
    index[ax] = m;
    return Indexer.get(x, index);
  }

  /** {@code tf.where(condition, x=None, y=None)}: a select, or the int64 coordinates of true. */
  public static Array where(Object condition, Object x, Object y) {
    String fn = "where";
    Array c = tensor(fn, "condition", condition);
    if (x == null && y == null) {
      List<Array> nz =
          Searching.nonzero(c.dtype().isBool() ? c : Elementwise.notEqual(c, scalar(0, c.dtype())));
      if (nz.isEmpty()) {
        return Creation.zeros(Shape.of(1, 0), DType.INT64);
      }
      return cast(Manipulation.stack(nz, 1), DType.INT64);
    }
    if (x == null || y == null) {
      throw error(fn, "x and y must both be given or both be None; got one of them None");
    }
    bool(fn, c);
    Array[] p = pair(fn, x, y);
    return Elementwise.where(c, p[0], p[1]);
  }

  /** {@code tf.scatter_nd(indices, updates, shape)}: duplicates accumulate. */
  public static Array scatterNd(Object indices, Object updates, long[] shape) {
    String fn = "scatter_nd";
    Array i = tensor(fn, "indices", indices);
    if (!i.dtype().isInteger()) {
      throw error(fn, "indices must be an integer tensor; got " + i.dtype());
    }
    return Scatter.scatterNd(i, tensor(fn, "updates", updates), shape, "sum", null);
  }

  /**
   * {@code tf.tensor_scatter_nd_update(tensor, indices, updates)}: a copy of tensor with the slices
   * at indices replaced.
   */
  public static Array tensorScatterNdUpdate(Object tensor, Object indices, Object updates) {
    String fn = "tensor_scatter_nd_update";
    Array t = tensor(fn, "tensor", tensor);
    return Scatter.scatterNdUpdate(
        t, tensor(fn, "indices", indices), tensor(fn, "updates", updates, t.dtype()));
  }

  /** {@code tf.tensor_scatter_nd_add(tensor, indices, updates)}. */
  public static Array tensorScatterNdAdd(Object tensor, Object indices, Object updates) {
    String fn = "tensor_scatter_nd_add";
    Array t = tensor(fn, "tensor", tensor);
    return Scatter.scatterNdAdd(
        t, tensor(fn, "indices", indices), tensor(fn, "updates", updates, t.dtype()));
  }

  /**
   * {@code tf.pad(tensor, paddings, mode='CONSTANT', constant_values=0)}: modes CONSTANT, REFLECT
   * and SYMMETRIC (case-insensitive).
   */
  public static Array pad(Object tensor, Object paddings, String mode, Object constantValues) {
    String fn = "pad";
    Array x = tensor(fn, "tensor", tensor);
    long[][] pw;
    if (paddings instanceof List<?> rows) {
      pw = new long[rows.size()][];
      for (int i = 0; i < pw.length; i++) {
        pw[i] = TfTypes.longs(fn, "paddings", rows.get(i));
        if (pw[i].length != 2) {
          throw error(fn, "paddings must have shape [rank, 2]; got " + paddings);
        }
      }
    } else if (paddings instanceof Array a && a.rank() == 2 && a.shape().dim(1) == 2) {
      long[] flat = a.toLongArray();
      pw = new long[(int) a.shape().dim(0)][2];
      for (int i = 0; i < pw.length; i++) {
        pw[i][0] = flat[2 * i];
        pw[i][1] = flat[2 * i + 1];
      }
    } else {
      throw error(fn, "paddings must have shape [rank, 2]; got " + paddings);
    }
    if (pw.length != x.rank()) {
      throw error(
          fn, "paddings must have " + x.rank() + " rows (the rank of tensor); got " + pw.length);
    }
    String m = mode == null ? "constant" : mode.toLowerCase(java.util.Locale.ROOT);
    if (!m.equals("constant") && !m.equals("reflect") && !m.equals("symmetric")) {
      throw error(fn, "mode must be 'CONSTANT', 'REFLECT' or 'SYMMETRIC'; got '" + mode + "'");
    }
    for (int i = 0; i < pw.length; i++) {
      long n = x.shape().dim(i);
      long limit = m.equals("reflect") ? n - 1 : m.equals("symmetric") ? n : Long.MAX_VALUE;
      if (pw[i][0] < 0 || pw[i][1] < 0 || pw[i][0] > limit || pw[i][1] > limit) {
        throw error(
            fn,
            "paddings must be >= 0 and fit the "
                + m
                + " mode for axis "
                + i
                + " of size "
                + n
                + "; got "
                + java.util.Arrays.toString(pw[i]));
      }
    }
    Array cv =
        tensor(fn, "constant_values", constantValues == null ? 0L : constantValues, x.dtype());
    return ExtraManipulation.pad(x, pw, m, cv.dtype().isBool() ? (Object) cv.item() : cv.item());
  }

  /**
   * {@code tf.split(value, num_or_size_splits, axis=0, num=None)}: equal pieces, or sizes (one may
   * be -1).
   */
  public static List<Array> split(Object value, Object numOrSizeSplits, int axis) {
    String fn = "split";
    Array x = tensor(fn, "value", value);
    int ax = axis(fn, axis, x.rank());
    long n = x.shape().dim(ax);
    if (numOrSizeSplits instanceof Number k && !(numOrSizeSplits instanceof Double)) {
      long parts = k.longValue();
      if (parts <= 0 || n % parts != 0) {
        throw error(fn, "num_or_size_splits must divide the axis size " + n + "; got " + parts);
      }
      return ExtraManipulation.split(x, parts, ax, false);
    }
    long[] sizes = TfTypes.longs(fn, "num_or_size_splits", numOrSizeSplits);
    long known = 0;
    int unknown = -1;
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] == -1 && unknown < 0) {
        unknown = i;
      } else if (sizes[i] < 0) {
        throw error(
            fn,
            "num_or_size_splits must hold sizes >= 0 (one may be -1); got "
                + java.util.Arrays.toString(sizes));
      } else {
        known += sizes[i];
      }
    }
    if (unknown >= 0) {
      sizes[unknown] = n - known;
    }
    long total = 0;
    for (long s : sizes) {
      total += s;
    }
    if (total != n || (unknown >= 0 && sizes[unknown] < 0)) {
      throw error(
          fn,
          "num_or_size_splits must sum to the axis size "
              + n
              + "; got "
              + java.util.Arrays.toString(sizes));
    }
    List<Long> l = new ArrayList<>();
    for (long s : sizes) {
      l.add(s);
    }
    return ExtraManipulation.split(x, l, ax, false);
  }

  /** {@code tf.linspace(start, stop, num, axis=0)}: float32 unless start is float64. */
  public static Array linspace(Object start, Object stop, long num) {
    String fn = "linspace";
    if (num < 0) {
      throw error(fn, "num must be >= 0; got " + num);
    }
    DType d =
        start instanceof Array a && a.dtype() == DType.FLOAT64 ? DType.FLOAT64 : DType.FLOAT32;
    double s = start instanceof Array a ? a.itemDouble() : ((Number) start).doubleValue();
    double e = stop instanceof Array a ? a.itemDouble() : ((Number) stop).doubleValue();
    return Creation.linspace(s, e, num, d, true);
  }

  /**
   * {@code tf.range(start, limit=None, delta=1, dtype=None)}: int32 for ints, float32 for floats.
   */
  public static Array range(Number start, Number limit, Number delta, DType dtype) {
    String fn = "range";
    Number lo = limit == null ? 0L : start;
    Number hi = limit == null ? start : limit;
    if (delta.doubleValue() == 0) {
      throw error(fn, "delta must be non-zero; got 0");
    }
    DType d = dtype;
    if (d == null) {
      boolean f = lo instanceof Double || hi instanceof Double || delta instanceof Double;
      d = f ? DType.FLOAT32 : DType.INT32;
    }
    return Creation.arange(lo, hi, delta, d);
  }

  /** {@code tf.fill(dims, value)}: the dtype of value (int32 for ints, float32 for floats). */
  public static Array fill(long[] dims, Object value) {
    Array v = tensor("fill", "value", value);
    if (v.rank() != 0) {
      throw error("fill", "value must be a scalar; got shape " + v.shape());
    }
    return Manipulation.broadcastTo(v, TfTypes.shape("fill", "dims", dims));
  }

  /** {@code tf.zeros(shape, dtype=tf.float32)}. */
  public static Array zeros(long[] shape, DType dtype) {
    return Creation.zeros(
        TfTypes.shape("zeros", "shape", shape), dtype == null ? DType.FLOAT32 : dtype);
  }

  /** {@code tf.ones(shape, dtype=tf.float32)}. */
  public static Array ones(long[] shape, DType dtype) {
    return Creation.ones(
        TfTypes.shape("ones", "shape", shape), dtype == null ? DType.FLOAT32 : dtype);
  }

  /** {@code tf.zeros_like(input, dtype=None)}. */
  public static Array zerosLike(Object input, DType dtype) {
    Array x = tensor("zeros_like", "input", input);
    return Creation.zeros(x.shape(), dtype == null ? x.dtype() : dtype);
  }

  /** {@code tf.ones_like(input, dtype=None)}. */
  public static Array onesLike(Object input, DType dtype) {
    Array x = tensor("ones_like", "input", input);
    return Creation.ones(x.shape(), dtype == null ? x.dtype() : dtype);
  }

  /** {@code tf.eye(num_rows, num_columns=None, batch_shape=None, dtype=tf.float32)}. */
  public static Array eye(long numRows, Long numColumns, long[] batchShape, DType dtype) {
    if (numRows < 0 || (numColumns != null && numColumns < 0)) {
      throw error(
          "eye", "num_rows and num_columns must be >= 0; got " + numRows + " and " + numColumns);
    }
    Array e = Creation.eye(numRows, numColumns, 0, dtype == null ? DType.FLOAT32 : dtype);
    if (batchShape != null && batchShape.length > 0) {
      long[] s = new long[batchShape.length + 2];
      System.arraycopy(batchShape, 0, s, 0, batchShape.length);
      s[s.length - 2] = e.shape().dim(0);
      s[s.length - 1] = e.shape().dim(1);
      e = Manipulation.broadcastTo(e, Shape.of(s));
    }
    return e;
  }

  /**
   * {@code tf.one_hot(indices, depth, on_value=None, off_value=None, axis=None, dtype=None)}: the
   * dtype is dtype, else that of on_value / off_value, else float32; out-of-range indices give a
   * row of off_value.
   */
  public static Array oneHot(
      Object indices, long depth, Object onValue, Object offValue, Integer axis, DType dtype) {
    String fn = "one_hot";
    Array i = tensor(fn, "indices", indices);
    if (!i.dtype().isInteger()) {
      throw error(fn, "indices must be an integer tensor; got " + i.dtype());
    }
    if (depth < 0) {
      throw error(fn, "depth must be >= 0; got " + depth);
    }
    DType d = dtype;
    DType onT =
        onValue == null
            ? null
            : tensor(fn, "on_value", onValue, onValue instanceof Array ? null : dtype).dtype();
    DType offT =
        offValue == null
            ? null
            : tensor(fn, "off_value", offValue, offValue instanceof Array ? null : dtype).dtype();
    if (onT != null && offT != null && onT != offT) {
      throw error(
          fn, "on_value and off_value must have the same dtype; got " + onT + " and " + offT);
    }
    if (d == null) {
      d = onT != null ? onT : offT != null ? offT : DType.FLOAT32;
    }
    Number on = onValue == null ? null : (Number) numberOf(tensor(fn, "on_value", onValue, d));
    Number off = offValue == null ? null : (Number) numberOf(tensor(fn, "off_value", offValue, d));
    return Indexing.oneHot(i, depth, on, off, axis == null || axis == -1 ? null : axis, d);
  }

  private static Object numberOf(Array a) {
    Object v = a.item();
    if (v instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    return v;
  }

  /** {@code tf.sort(values, axis=-1, direction='ASCENDING')}. */
  public static Array sort(Object values, int axis, String direction) {
    String fn = "sort";
    Array x = numeric(fn, tensor(fn, "values", values));
    return Sorting.sort(x, axis(fn, axis, x.rank()), descending(fn, direction));
  }

  /** {@code tf.argsort(values, axis=-1, direction='ASCENDING', stable=False)}: int32. */
  public static Array argsort(Object values, int axis, String direction) {
    String fn = "argsort";
    Array x = numeric(fn, tensor(fn, "values", values));
    return cast(
        Sorting.argsort(x, axis(fn, axis, x.rank()), descending(fn, direction)), DType.INT32);
  }

  private static boolean descending(String fn, String direction) {
    if ("ASCENDING".equals(direction)) {
      return false;
    }
    if ("DESCENDING".equals(direction)) {
      return true;
    }
    throw error(fn, "direction must be 'ASCENDING' or 'DESCENDING'; got '" + direction + "'");
  }

  /**
   * {@code tf.searchsorted(sorted_sequence, values, side='left', out_type=tf.int32)}: row by row
   * over the leading axes. 1-d inputs are treated as one row and give a [1, n] result, as the
   * TensorFlow kernels of the reference cases (TensorFlow.js) do.
   */
  public static Array searchsorted(
      Object sortedSequence, Object values, String side, DType outType) {
    String fn = "searchsorted";
    Array[] p = pair(fn, sortedSequence, values);
    Array s = p[0];
    Array v = p[1];
    if (!"left".equals(side) && !"right".equals(side)) {
      throw error(fn, "side must be 'left' or 'right'; got '" + side + "'");
    }
    if (s.rank() < 1 || s.rank() != Math.max(v.rank(), 1)) {
      throw error(
          fn,
          "sorted_sequence and values must have the same rank >= 1; got shapes "
              + s.shape()
              + " and "
              + v.shape());
    }
    long n = s.shape().dim(s.rank() - 1);
    long m = v.rank() == 0 ? 1 : v.shape().dim(v.rank() - 1);
    long rows = n == 0 ? 0 : s.size() / n;
    Array s2 = Manipulation.reshape(s, rows, n);
    Array v2 = Manipulation.reshape(v, m == 0 ? rows : v.size() / m, m);
    if (s2.shape().dim(0) != v2.shape().dim(0)) {
      throw error(
          fn,
          "sorted_sequence and values must agree in the leading axes; got "
              + s.shape()
              + " and "
              + v.shape());
    }
    List<Array> out = new ArrayList<>();
    List<Array> ss = Manipulation.unstack(s2, 0);
    List<Array> vs = Manipulation.unstack(v2, 0);
    for (int i = 0; i < ss.size(); i++) {
      out.add(Sorting.searchsorted(ss.get(i), vs.get(i), side));
    }
    Array r = out.isEmpty() ? Creation.zeros(v2.shape(), DType.INT64) : Manipulation.stack(out, 0);
    if (v.rank() >= 2) {
      r = Manipulation.reshape(r, v.shape());
    }
    return cast(r, outType == null ? DType.INT32 : outType);
  }

  /** {@code tf.rank(input)}: int32 scalar. */
  public static Array rank(Object input) {
    return scalar((long) tensor("rank", "input", input).rank(), DType.INT32);
  }

  /** {@code tf.size(input, out_type=tf.int32)}. */
  public static Array size(Object input, DType outType) {
    return scalar(tensor("size", "input", input).size(), outType == null ? DType.INT32 : outType);
  }

  /** {@code tf.shape(input, out_type=tf.int32)}. */
  public static Array shape(Object input, DType outType) {
    long[] d = tensor("shape", "input", input).shape().dims();
    List<Long> l = new ArrayList<>();
    for (long x : d) {
      l.add(x);
    }
    return l.isEmpty()
        ? Creation.zeros(Shape.of(0), outType == null ? DType.INT32 : outType)
        : Conversion.asarray(l, outType == null ? DType.INT32 : outType);
  }

  /** {@code tf.meshgrid(*args, indexing='xy')}. */
  public static List<Array> meshgrid(List<?> args, String indexing) {
    if (!"xy".equals(indexing) && !"ij".equals(indexing)) {
      throw error("meshgrid", "indexing must be 'xy' or 'ij'; got '" + indexing + "'");
    }
    return Creation.meshgrid(TfTypes.same("meshgrid", "args", args), indexing);
  }

  /** {@code tf.repeat(input, repeats, axis=None)}. */
  public static Array repeat(Object input, Object repeats, Integer axis) {
    String fn = "repeat";
    Array x = tensor(fn, "input", input);
    if (repeats instanceof Array r) {
      return Manipulation.repeat(x, r, axis);
    }
    long[] r = TfTypes.longs(fn, "repeats", repeats);
    if (r.length == 1) {
      return Manipulation.repeat(x, r[0], axis);
    }
    return Manipulation.repeat(x, Conversion.asarray(toList(r), DType.INT64), axis);
  }

  private static List<Long> toList(long[] a) {
    List<Long> l = new ArrayList<>();
    for (long v : a) {
      l.add(v);
    }
    return l;
  }

  /** {@code tf.unique(x)}: [y, idx] with y in order of first occurrence and int32 idx. */
  public static List<Array> unique(Object x) {
    String fn = "unique";
    Array v = tensor(fn, "x", x);
    if (v.rank() != 1) {
      throw error(fn, "x must be 1-d; got shape " + v.shape());
    }
    List<Array> ui = dev.ivy.ops.Sets.uniqueInverse(v);
    Array values = ui.get(0);
    Array inv = Manipulation.reshape(ui.get(1), -1);
    long k = values.size();
    // first occurrence of each sorted unique value: the smallest position mapping to it
    Array pos = Creation.arange(0L, v.size(), 1L, DType.INT64);
    Array eq =
        Elementwise.equal(
            Manipulation.expandDims(cast(inv, DType.INT64), 0),
            Manipulation.expandDims(Creation.arange(0L, k, 1L, DType.INT64), 1));
    Array big = scalar(v.size(), DType.INT64);
    Array first =
        Reductions.min(
            Elementwise.where(eq, Manipulation.expandDims(pos, 0), big), new int[] {1}, false);
    Array order = Sorting.argsort(first, 0, false);
    Array y = Indexing.take(values, order, 0);
    Array rankOf = Sorting.argsort(order, 0, false);
    Array idx = Indexing.take(rankOf, cast(inv, DType.INT64), 0);
    return List.of(y, cast(idx, DType.INT32));
  }

  /** {@code tf.einsum(equation, *inputs)}. */
  public static Array einsum(String equation, List<?> inputs) {
    return linalg.einsum(equation, inputs);
  }

  /** {@code tf.matmul(a, b, transpose_a=False, transpose_b=False)}. */
  public static Array matmul(Object a, Object b, boolean transposeA, boolean transposeB) {
    return linalg.matmul(a, b, transposeA, transposeB);
  }

  /** {@code tf.tensordot(a, b, axes)}. */
  public static Array tensordot(Object a, Object b, Object axes) {
    return linalg.tensordot(a, b, axes);
  }

  /** {@code tf.norm(tensor, ord='euclidean', axis=None, keepdims=None)}. */
  public static Array norm(Object tensor, Object ord, int[] axis, boolean keepdims) {
    return linalg.norm(tensor, ord, axis, keepdims);
  }

  /** {@code tf.realdiv(x, y)}. */
  public static Array realdiv(Object x, Object y) {
    return math.realdiv(x, y);
  }

  /** {@code tf.saturate_cast(value, dtype)}: clamps to the target's range before casting. */
  public static Array saturateCast(Object value, DType dtype) {
    String fn = "saturate_cast";
    Array x = tensor(fn, "value", value);
    if (dtype.isInteger() && !x.dtype().isBool()) {
      dev.ivy.ops.DTypeInfo.IInfo info = dev.ivy.ops.DTypeInfo.iinfo(dtype);
      Array f = x.dtype().isFloating() ? x : cast(x, DType.FLOAT64);
      f =
          Elementwise.clip(
              f, scalar((double) info.min(), f.dtype()), scalar((double) info.max(), f.dtype()));
      return TfTypes.cast(f, dtype);
    }
    return TfTypes.cast(x, dtype);
  }

  /** {@code tf.sequence_mask(lengths, maxlen=None, dtype=tf.bool)}. */
  public static Array sequenceMask(Object lengths, Long maxlen, DType dtype) {
    String fn = "sequence_mask";
    Array l = tensor(fn, "lengths", lengths);
    if (!l.dtype().isInteger()) {
      throw error(fn, "lengths must be an integer tensor; got " + l.dtype());
    }
    long m =
        maxlen != null ? maxlen : l.size() == 0 ? 0 : Reductions.max(l, null, false).itemLong();
    Array r = Creation.arange(0L, Math.max(m, 0), 1L, DType.INT64);
    Array mask = Elementwise.less(r, Manipulation.expandDims(cast(l, DType.INT64), -1));
    return dtype == null || dtype == DType.BOOL ? mask : cast(mask, dtype);
  }

  /** {@code tf.stop_gradient(input)}: the input, with no gradient flowing through it. */
  public static Array stopGradient(Object input) {
    return dev.ivy.Ivy.stopGradient(tensor("stop_gradient", "input", input));
  }

  /** {@code tf.unravel_index(indices, dims)}: [len(dims), ...] coordinates. */
  public static Array unravelIndex(Object indices, long[] dims) {
    String fn = "unravel_index";
    Array i = tensor(fn, "indices", indices);
    if (!i.dtype().isInteger()) {
      throw error(fn, "indices must be an integer tensor; got " + i.dtype());
    }
    long total = 1;
    for (long d : dims) {
      total *= d;
    }
    if (i.size() > 0
        && (Reductions.min(i, null, false).itemLong() < 0
            || Reductions.max(i, null, false).itemLong() >= total)) {
      throw error(fn, "indices must lie in [0, " + total + "); got a value outside");
    }
    List<Array> out = new ArrayList<>();
    long stride = total;
    for (long d : dims) {
      stride /= d;
      Array q = Elementwise.floorDivide(i, scalar(stride, i.dtype()));
      out.add(Elementwise.remainder(q, scalar(d, i.dtype())));
    }
    return Manipulation.stack(out, 0);
  }

  /**
   * {@code tf.histogram_fixed_width(values, value_range, nbins=100, dtype=tf.int32)}: values below
   * the range go to the first bin, above it to the last.
   */
  public static Array histogramFixedWidth(
      Object values, Object valueRange, long nbins, DType dtype) {
    String fn = "histogram_fixed_width";
    Array v = numeric(fn, tensor(fn, "values", values));
    Array range = tensor(fn, "value_range", valueRange, v.dtype());
    if (range.size() != 2 || nbins < 1) {
      throw error(
          fn,
          "value_range must hold 2 values and nbins be >= 1; got "
              + range.shape()
              + " and "
              + nbins);
    }
    double[] rg = range.toDoubleArray();
    Array f = cast(Manipulation.reshape(v, -1), DType.FLOAT64);
    Array b =
        Elementwise.floor(
            Elementwise.multiply(Elementwise.subtract(f, rg[0]), nbins / (rg[1] - rg[0])));
    b =
        Elementwise.clip(
            b, scalar(0.0, DType.FLOAT64), scalar((double) (nbins - 1), DType.FLOAT64));
    Array ones = Creation.ones(b.shape(), dtype == null ? DType.INT32 : dtype);
    return Scatter.scatterNd(
        Manipulation.expandDims(cast(b, DType.INT64), -1), ones, new long[] {nbins}, "sum", null);
  }

  /** {@code tf.tensor_scatter_nd_sub(tensor, indices, updates)}. */
  public static Array tensorScatterNdSub(Object tensor, Object indices, Object updates) {
    String fn = "tensor_scatter_nd_sub";
    Array t = tensor(fn, "tensor", tensor);
    return Scatter.scatterNdAdd(
        t,
        tensor(fn, "indices", indices),
        Elementwise.negative(tensor(fn, "updates", updates, t.dtype())));
  }

  /** {@code tf.unique_with_counts(x)}: [y, idx, count], y in order of first occurrence. */
  public static List<Array> uniqueWithCounts(Object x) {
    List<Array> u = unique(x);
    Array idx = u.get(1);
    Array counts =
        Scatter.scatterNd(
            Manipulation.expandDims(cast(idx, DType.INT64), -1),
            Creation.ones(idx.shape(), DType.INT32),
            new long[] {u.get(0).size()},
            "sum",
            null);
    return List.of(u.get(0), idx, counts);
  }

  /** {@code tf.parallel_stack(values)}: as stack on axis 0. */
  public static Array parallelStack(List<?> values) {
    return stack(values, 0);
  }

  /** {@code tf.identity_n(input)}: the inputs. */
  public static List<Array> identityN(List<?> input) {
    List<Array> r = new ArrayList<>();
    for (Object o : input) {
      r.add(tensor("identity_n", "input", o));
    }
    return r;
  }

  /** {@code tf.shape_n(input, out_type=tf.int32)}: the shape of each tensor. */
  public static List<Array> shapeN(List<?> input, DType outType) {
    List<Array> r = new ArrayList<>();
    for (Object o : input) {
      r.add(shape(o, outType));
    }
    return r;
  }

  /**
   * {@code tf.clip_by_global_norm(t_list, clip_norm, use_norm=None)}: [clipped tensors, global
   * norm].
   */
  public static List<Object> clipByGlobalNorm(List<?> tList, double clipNorm) {
    Array g = linalg.globalNorm(tList);
    Array c = scalar(clipNorm, g.dtype());
    Array scale = Elementwise.divide(c, Elementwise.maximum(g, c));
    List<Array> out = new ArrayList<>();
    for (Array t : TfTypes.same("clip_by_global_norm", "t_list", tList)) {
      out.add(Elementwise.multiply(t, scale));
    }
    return List.of(out, g);
  }

  /**
   * {@code tf.reverse_sequence(input, seq_lengths, seq_axis=None, batch_axis=None)}: reverses the
   * first seq_lengths[i] entries along seq_axis of each batch entry i.
   */
  public static Array reverseSequence(Object input, Object seqLengths, int seqAxis, int batchAxis) {
    String fn = "reverse_sequence";
    Array x = tensor(fn, "input", input);
    Array len = cast(tensor(fn, "seq_lengths", seqLengths), DType.INT64);
    int sa = axis(fn, seqAxis, x.rank());
    int ba = axis(fn, batchAxis, x.rank());
    long n = x.shape().dim(sa);
    long b = x.shape().dim(ba);
    if (len.rank() != 1 || len.shape().dim(0) != b) {
      throw error(
          fn, "seq_lengths must be 1-d of the batch size " + b + "; got shape " + len.shape());
    }
    Array pos = Creation.arange(0L, n, 1L, DType.INT64);
    Array l = Manipulation.expandDims(len, 1);
    Array p = Manipulation.expandDims(pos, 0);
    Array src =
        Elementwise.where(
            Elementwise.less(p, l), Elementwise.subtract(Elementwise.subtract(l, p), 1L), p);
    // src is [b, n]; shape it to broadcast over x with b on batch_axis and n on seq_axis
    long[] shape = new long[x.rank()];
    java.util.Arrays.fill(shape, 1);
    shape[ba] = b;
    shape[sa] = n;
    Array s2 = ba < sa ? src : Manipulation.permuteDims(src, 1, 0);
    s2 = Manipulation.reshape(s2, shape);
    s2 = Manipulation.broadcastTo(s2, x.shape());
    return Searching.takeAlongAxis(x, s2, sa);
  }

  /** {@code tf.is_tensor(x)}: whether x is a tensor. */
  public static boolean isTensor(Object x) {
    return x instanceof Array;
  }

  /**
   * {@code tf.broadcast_static_shape(shape_x, shape_y)} / {@code broadcast_dynamic_shape}: the
   * broadcast shape.
   */
  public static Array broadcastDynamicShape(long[] shapeX, long[] shapeY) {
    String fn = "broadcast_dynamic_shape";
    int n = Math.max(shapeX.length, shapeY.length);
    List<Long> r = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long a = i < n - shapeX.length ? 1 : shapeX[i - (n - shapeX.length)];
      long c = i < n - shapeY.length ? 1 : shapeY[i - (n - shapeY.length)];
      if (a != c && a != 1 && c != 1) {
        throw error(
            fn,
            "shapes must broadcast; got "
                + java.util.Arrays.toString(shapeX)
                + " and "
                + java.util.Arrays.toString(shapeY));
      }
      r.add(a == 1 ? c : a);
    }
    return r.isEmpty()
        ? Creation.zeros(Shape.of(0), DType.INT32)
        : Conversion.asarray(r, DType.INT32);
  }

  /**
   * {@code tf.ensure_shape(x, shape)}: x, raising unless its shape matches (None / -1 match any
   * size).
   */
  public static Array ensureShape(Object x, List<?> shape) {
    String fn = "ensure_shape";
    Array v = tensor(fn, "x", x);
    boolean ok = shape.size() == v.rank();
    for (int i = 0; ok && i < shape.size(); i++) {
      Object s = shape.get(i);
      ok =
          s == null
              || ((Number) s).longValue() == -1
              || ((Number) s).longValue() == v.shape().dim(i);
    }
    if (!ok) {
      throw error(fn, "x must have shape " + shape + "; got " + v.shape());
    }
    return v;
  }

  /** {@code tf.dynamic_partition(data, partitions, num_partitions)}. */
  public static List<Array> dynamicPartition(Object data, Object partitions, long numPartitions) {
    String fn = "dynamic_partition";
    Array d = tensor(fn, "data", data);
    Array p = tensor(fn, "partitions", partitions);
    List<Array> r = new ArrayList<>();
    for (long i = 0; i < numPartitions; i++) {
      Array m = Elementwise.equal(p, scalar(i, p.dtype()));
      r.add(Indexer.get(d, m));
    }
    return r;
  }

  /** {@code tf.dynamic_stitch(indices, data)}: merged[indices[m][i]] = data[m][i]. */
  public static Array dynamicStitch(List<?> indices, List<?> data) {
    String fn = "dynamic_stitch";
    if (indices.size() != data.size() || indices.isEmpty()) {
      throw error(
          fn,
          "indices and data must be non-empty lists of the same length; got "
              + indices.size()
              + " and "
              + data.size());
    }
    List<Array> is = new ArrayList<>();
    List<Array> ds = new ArrayList<>();
    for (int m = 0; m < indices.size(); m++) {
      Array i = cast(tensor(fn, "indices", indices.get(m)), DType.INT64);
      Array v = tensor(fn, "data", data.get(m));
      is.add(Manipulation.reshape(i, -1));
      long[] tail = new long[v.rank() - i.rank() + 1];
      tail[0] = -1;
      for (int k = i.rank(); k < v.rank(); k++) {
        tail[k - i.rank() + 1] = v.shape().dim(k);
      }
      ds.add(Manipulation.reshape(v, tail));
    }
    Array idx = Manipulation.concat(is, 0);
    Array vals = Manipulation.concat(TfTypes.same(fn, "data", ds), 0);
    long n = idx.size() == 0 ? 0 : Reductions.max(idx, null, false).itemLong() + 1;
    long[] shape = vals.shape().dims();
    shape[0] = n;
    return Scatter.scatterNd(Manipulation.expandDims(idx, -1), vals, shape, "replace", null);
  }
}
