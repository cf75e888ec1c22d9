package dev.ivy.frontend.jax;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.Array;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.registry.Args;
import dev.ivy.registry.FunctionProvider;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.Param;
import dev.ivy.registry.RegisteredFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Registers the JAX frontend's functions in the namespace {@code jax} under their dotted JAX names
 * ({@code numpy.sum}, {@code numpy.linalg.norm}, {@code lax.clamp}, {@code nn.one_hot}) with JAX's
 * parameter names and defaults.
 */
public final class JaxFunctions implements FunctionProvider {
  private static final String NS = "jax";
  private static final JaxNumpy NP = JaxFrontend.numpy;

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public JaxFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    numpyMath(r);
    numpyCreation(r);
    numpyManipulation(r);
    numpyReductions(r);
    numpyLinalg(r);
    numpyMisc(r);
  }

  private static void add(
      FunctionRegistry.Builder r, String name, List<Param> params, RegisteredFunction.Body body) {
    r.add(NS, name, params, body);
  }

  private static void unary(FunctionRegistry.Builder r, String name, UnaryOperator<Array> f) {
    add(r, "numpy." + name, List.of(req("x")), a -> f.apply(a.array("x")));
  }

  private static void binary(
      FunctionRegistry.Builder r, String name, BiFunction<Object, Object, Array> f) {
    add(
        r,
        "numpy." + name,
        List.of(req("x"), req("y")),
        a -> f.apply(a.arrayOrScalar("x"), a.arrayOrScalar("y")));
  }

  private static void cOrder(Args a) {
    if (!"C".equals(a.get("order"))) {
      throw new IvyArgumentException(
          a.fn() + ": order must be 'C' (row-major; 'F' is not supported); got " + a.get("order"));
    }
  }

  private static void noOut(Args a) {
    if (!a.isNone("out")) {
      throw new IvyArgumentException(
          a.fn() + ": out must be None (JAX arrays are immutable); got " + a.get("out"));
    }
  }

  private static void numpyMath(FunctionRegistry.Builder r) {
    unary(r, "abs", NP::abs);
    unary(r, "absolute", NP::absolute);
    unary(r, "fabs", NP::fabs);
    unary(r, "negative", NP::negative);
    unary(r, "positive", NP::positive);
    unary(r, "sign", NP::sign);
    unary(r, "square", NP::square);
    unary(r, "reciprocal", NP::reciprocal);
    unary(r, "exp", NP::exp);
    unary(r, "exp2", NP::exp2);
    unary(r, "expm1", NP::expm1);
    unary(r, "log", NP::log);
    unary(r, "log1p", NP::log1p);
    unary(r, "log2", NP::log2);
    unary(r, "log10", NP::log10);
    unary(r, "sqrt", NP::sqrt);
    unary(r, "cbrt", NP::cbrt);
    unary(r, "sin", NP::sin);
    unary(r, "cos", NP::cos);
    unary(r, "tan", NP::tan);
    unary(r, "arcsin", NP::arcsin);
    unary(r, "arccos", NP::arccos);
    unary(r, "arctan", NP::arctan);
    unary(r, "asin", NP::arcsin);
    unary(r, "acos", NP::arccos);
    unary(r, "atan", NP::arctan);
    unary(r, "sinh", NP::sinh);
    unary(r, "cosh", NP::cosh);
    unary(r, "tanh", NP::tanh);
    unary(r, "arcsinh", NP::arcsinh);
    unary(r, "arccosh", NP::arccosh);
    unary(r, "arctanh", NP::arctanh);
    unary(r, "asinh", NP::arcsinh);
    unary(r, "acosh", NP::arccosh);
    unary(r, "atanh", NP::arctanh);
    unary(r, "deg2rad", NP::deg2rad);
    unary(r, "radians", NP::deg2rad);
    unary(r, "rad2deg", NP::rad2deg);
    unary(r, "degrees", NP::rad2deg);
    unary(r, "sinc", NP::sinc);
    unary(r, "floor", NP::floor);
    unary(r, "ceil", NP::ceil);
    unary(r, "rint", NP::rint);
    unary(r, "trunc", NP::trunc);
    unary(r, "fix", NP::fix);
    unary(r, "isnan", NP::isnan);
    unary(r, "isinf", NP::isinf);
    unary(r, "isfinite", NP::isfinite);
    unary(r, "isposinf", NP::isposinf);
    unary(r, "isneginf", NP::isneginf);
    unary(r, "signbit", NP::signbit);
    unary(r, "logical_not", NP::logicalNot);
    unary(r, "invert", NP::invert);
    unary(r, "bitwise_not", NP::invert);
    unary(r, "bitwise_invert", NP::invert);
    unary(r, "real", NP::real);
    unary(r, "imag", NP::imag);
    unary(r, "conj", NP::conj);
    unary(r, "conjugate", NP::conj);
    for (String n : List.of("round", "around")) {
      add(
          r,
          "numpy." + n,
          List.of(req("a"), opt("decimals", 0L), opt("out", null)),
          a -> {
            noOut(a);
            return NP.round(a.array("a"), a.longValue("decimals"));
          });
    }
    add(
        r,
        "numpy.nan_to_num",
        List.of(
            req("x"), opt("copy", true), opt("nan", 0.0), opt("posinf", null), opt("neginf", null)),
        a ->
            NP.nanToNum(
                a.array("x"),
                a.doubleValue("nan"),
                a.isNone("posinf") ? null : a.doubleValue("posinf"),
                a.isNone("neginf") ? null : a.doubleValue("neginf")));
    binary(r, "add", NP::add);
    binary(r, "subtract", NP::subtract);
    binary(r, "multiply", NP::multiply);
    binary(r, "divide", NP::divide);
    binary(r, "true_divide", NP::divide);
    binary(r, "floor_divide", NP::floorDivide);
    binary(r, "remainder", NP::remainder);
    binary(r, "mod", NP::remainder);
    binary(r, "fmod", NP::fmod);
    add(
        r,
        "numpy.divmod",
        List.of(req("x"), req("y")),
        a -> NP.divmod(a.arrayOrScalar("x"), a.arrayOrScalar("y")));
    binary(r, "power", NP::power);
    binary(r, "pow", NP::power);
    binary(r, "float_power", NP::floatPower);
    binary(r, "maximum", NP::maximum);
    binary(r, "minimum", NP::minimum);
    binary(r, "fmax", NP::fmax);
    binary(r, "fmin", NP::fmin);
    binary(r, "arctan2", NP::arctan2);
    binary(r, "atan2", NP::arctan2);
    binary(r, "hypot", NP::hypot);
    binary(r, "logaddexp", NP::logaddexp);
    binary(r, "logaddexp2", NP::logaddexp2);
    binary(r, "copysign", NP::copysign);
    binary(r, "nextafter", NP::nextafter);
    binary(r, "heaviside", NP::heaviside);
    binary(r, "equal", NP::equal);
    binary(r, "not_equal", NP::notEqual);
    binary(r, "less", NP::less);
    binary(r, "less_equal", NP::lessEqual);
    binary(r, "greater", NP::greater);
    binary(r, "greater_equal", NP::greaterEqual);
    binary(r, "logical_and", NP::logicalAnd);
    binary(r, "logical_or", NP::logicalOr);
    binary(r, "logical_xor", NP::logicalXor);
    binary(r, "bitwise_and", NP::bitwiseAnd);
    binary(r, "bitwise_or", NP::bitwiseOr);
    binary(r, "bitwise_xor", NP::bitwiseXor);
    binary(r, "left_shift", NP::leftShift);
    binary(r, "right_shift", NP::rightShift);
    binary(r, "bitwise_left_shift", NP::leftShift);
    binary(r, "bitwise_right_shift", NP::rightShift);
  }

  private static long[] shape(Args a, String name) {
    return a.longs(name);
  }

  private static long[] shapeOrNull(Args a, String name) {
    return a.isNone(name) ? null : a.longs(name);
  }

  private static void numpyCreation(FunctionRegistry.Builder r) {
    add(
        r,
        "numpy.zeros",
        List.of(req("shape"), opt("dtype", null)),
        a -> NP.zeros(shape(a, "shape"), a.dtypeOrNull("dtype")));
    add(
        r,
        "numpy.ones",
        List.of(req("shape"), opt("dtype", null)),
        a -> NP.ones(shape(a, "shape"), a.dtypeOrNull("dtype")));
    add(
        r,
        "numpy.empty",
        List.of(req("shape"), opt("dtype", null)),
        a -> NP.empty(shape(a, "shape"), a.dtypeOrNull("dtype")));
    add(
        r,
        "numpy.full",
        List.of(req("shape"), req("fill_value"), opt("dtype", null)),
        a -> NP.full(shape(a, "shape"), a.get("fill_value"), a.dtypeOrNull("dtype")));
    List<Param> like = List.of(req("a"), opt("dtype", null), opt("shape", null));
    add(
        r,
        "numpy.zeros_like",
        like,
        a -> NP.zerosLike(a.array("a"), a.dtypeOrNull("dtype"), shapeOrNull(a, "shape")));
    add(
        r,
        "numpy.ones_like",
        like,
        a -> NP.onesLike(a.array("a"), a.dtypeOrNull("dtype"), shapeOrNull(a, "shape")));
    add(
        r,
        "numpy.empty_like",
        like,
        a -> NP.zerosLike(a.array("a"), a.dtypeOrNull("dtype"), shapeOrNull(a, "shape")));
    add(
        r,
        "numpy.full_like",
        List.of(req("a"), req("fill_value"), opt("dtype", null), opt("shape", null)),
        a ->
            NP.fullLike(
                a.array("a"),
                a.get("fill_value"),
                a.dtypeOrNull("dtype"),
                shapeOrNull(a, "shape")));
    add(
        r,
        "numpy.arange",
        List.of(req("start"), opt("stop", null), opt("step", null), opt("dtype", null)),
        a ->
            NP.arange(
                a.numberOrNull("start"),
                a.numberOrNull("stop"),
                a.numberOrNull("step"),
                a.dtypeOrNull("dtype")));
    add(
        r,
        "numpy.linspace",
        List.of(
            req("start"),
            req("stop"),
            opt("num", 50L),
            opt("endpoint", true),
            opt("retstep", false),
            opt("dtype", null),
            opt("axis", 0L)),
        a -> {
          if (a.bool("retstep") || a.intValue("axis") != 0) {
            throw new IvyArgumentException(
                "numpy.linspace: retstep=True and axis != 0 are not supported; got retstep="
                    + a.get("retstep")
                    + ", axis="
                    + a.get("axis"));
          }
          return NP.linspace(
              a.numberOrNull("start"),
              a.numberOrNull("stop"),
              a.longValue("num"),
              a.bool("endpoint"),
              a.dtypeOrNull("dtype"));
        });
    add(
        r,
        "numpy.logspace",
        List.of(
            req("start"),
            req("stop"),
            opt("num", 50L),
            opt("endpoint", true),
            opt("base", 10.0),
            opt("dtype", null)),
        a ->
            NP.logspace(
                a.numberOrNull("start"),
                a.numberOrNull("stop"),
                a.longValue("num"),
                a.bool("endpoint"),
                a.doubleValue("base"),
                a.dtypeOrNull("dtype")));
    add(
        r,
        "numpy.eye",
        List.of(req("N"), opt("M", null), opt("k", 0L), opt("dtype", null)),
        a ->
            NP.eye(
                a.longValue("N"),
                a.isNone("M") ? null : a.longValue("M"),
                a.longValue("k"),
                a.dtypeOrNull("dtype")));
    add(
        r,
        "numpy.identity",
        List.of(req("n"), opt("dtype", null)),
        a -> NP.identity(a.longValue("n"), a.dtypeOrNull("dtype")));
    add(
        r,
        "numpy.tri",
        List.of(req("N"), opt("M", null), opt("k", 0L), opt("dtype", null)),
        a ->
            NP.tri(
                a.longValue("N"),
                a.isNone("M") ? null : a.longValue("M"),
                a.longValue("k"),
                a.dtypeOrNull("dtype")));
    add(
        r,
        "numpy.tril",
        List.of(req("m"), opt("k", 0L)),
        a -> NP.tril(a.array("m"), a.longValue("k")));
    add(
        r,
        "numpy.triu",
        List.of(req("m"), opt("k", 0L)),
        a -> NP.triu(a.array("m"), a.longValue("k")));
    add(
        r,
        "numpy.array",
        List.of(req("object"), opt("dtype", null), opt("copy", true)),
        a -> NP.asarray(a.get("object"), a.dtypeOrNull("dtype")));
    add(
        r,
        "numpy.asarray",
        List.of(req("a"), opt("dtype", null)),
        a -> NP.asarray(a.get("a"), a.dtypeOrNull("dtype")));
    add(
        r,
        "numpy.meshgrid",
        List.of(varargs("xi"), opt("copy", true), opt("sparse", false), opt("indexing", "xy")),
        a -> NP.meshgrid(a.arrays("xi"), a.string("indexing")));
    add(
        r,
        "numpy.diag",
        List.of(req("v"), opt("k", 0L)),
        a -> NP.diag(a.array("v"), a.longValue("k")));
    add(
        r,
        "numpy.diagflat",
        List.of(req("v"), opt("k", 0L)),
        a -> NP.diagflat(a.array("v"), a.longValue("k")));
    add(
        r,
        "numpy.diagonal",
        List.of(req("a"), opt("offset", 0L), opt("axis1", 0L), opt("axis2", 1L)),
        a ->
            NP.diagonal(
                a.array("a"), a.longValue("offset"), a.intValue("axis1"), a.intValue("axis2")));
    add(
        r,
        "numpy.trace",
        List.of(
            req("a"),
            opt("offset", 0L),
            opt("axis1", 0L),
            opt("axis2", 1L),
            opt("dtype", null),
            opt("out", null)),
        a -> {
          noOut(a);
          return NP.trace(
              a.array("a"),
              a.longValue("offset"),
              a.intValue("axis1"),
              a.intValue("axis2"),
              a.dtypeOrNull("dtype"));
        });
  }

  private static Integer axisOrNull(Args a) {
    return a.intOrNull("axis");
  }

  private static void numpyManipulation(FunctionRegistry.Builder r) {
    add(
        r,
        "numpy.reshape",
        List.of(req("a"), req("shape"), opt("order", "C")),
        a -> {
          cOrder(a);
          return NP.reshape(a.array("a"), a.longs("shape"));
        });
    add(
        r,
        "numpy.ravel",
        List.of(req("a"), opt("order", "C")),
        a -> {
          cOrder(a);
          return NP.ravel(a.array("a"));
        });
    add(
        r,
        "numpy.transpose",
        List.of(req("a"), opt("axes", null)),
        a -> NP.transpose(a.array("a"), a.intsOrNull("axes")));
    add(
        r,
        "numpy.permute_dims",
        List.of(req("a"), req("axes")),
        a -> NP.transpose(a.array("a"), a.intsOrNull("axes")));
    add(r, "numpy.matrix_transpose", List.of(req("x")), a -> NP.matrixTranspose(a.array("x")));
    add(
        r,
        "numpy.swapaxes",
        List.of(req("a"), req("axis1"), req("axis2")),
        a -> NP.swapaxes(a.array("a"), a.intValue("axis1"), a.intValue("axis2")));
    add(
        r,
        "numpy.moveaxis",
        List.of(req("a"), req("source"), req("destination")),
        a -> NP.moveaxis(a.array("a"), a.intsOrNull("source"), a.intsOrNull("destination")));
    add(
        r,
        "numpy.expand_dims",
        List.of(req("a"), req("axis")),
        a -> NP.expandDims(a.array("a"), a.intsOrNull("axis")));
    add(
        r,
        "numpy.squeeze",
        List.of(req("a"), opt("axis", null)),
        a -> NP.squeeze(a.array("a"), a.intsOrNull("axis")));
    add(
        r,
        "numpy.concatenate",
        List.of(req("arrays"), opt("axis", 0L), opt("dtype", null)),
        a -> NP.concatenate(a.arrays("arrays"), axisOrNull(a), a.dtypeOrNull("dtype")));
    add(
        r,
        "numpy.concat",
        List.of(req("arrays"), opt("axis", 0L)),
        a -> NP.concatenate(a.arrays("arrays"), axisOrNull(a), null));
    add(
        r,
        "numpy.stack",
        List.of(req("arrays"), opt("axis", 0L), opt("out", null), opt("dtype", null)),
        a -> {
          noOut(a);
          return NP.stack(a.arrays("arrays"), a.intValue("axis"), a.dtypeOrNull("dtype"));
        });
    add(r, "numpy.vstack", List.of(req("tup")), a -> NP.vstack(a.arrays("tup")));
    add(r, "numpy.row_stack", List.of(req("tup")), a -> NP.vstack(a.arrays("tup")));
    add(r, "numpy.hstack", List.of(req("tup")), a -> NP.hstack(a.arrays("tup")));
    add(r, "numpy.dstack", List.of(req("tup")), a -> NP.dstack(a.arrays("tup")));
    add(r, "numpy.column_stack", List.of(req("tup")), a -> NP.columnStack(a.arrays("tup")));
    for (int k = 1; k <= 3; k++) {
      int rank = k;
      add(
          r,
          "numpy.atleast_" + k + "d",
          List.of(varargs("arys")),
          a -> {
            List<Array> xs = a.arrays("arys");
            List<Array> out = new ArrayList<>();
            for (Array x : xs) {
              out.add(NP.atleast(x, rank));
            }
            return out.size() == 1 ? out.get(0) : out;
          });
    }
    add(
        r,
        "numpy.split",
        List.of(req("ary"), req("indices_or_sections"), opt("axis", 0L)),
        a -> NP.split(a.array("ary"), a.get("indices_or_sections"), a.intValue("axis")));
    add(
        r,
        "numpy.array_split",
        List.of(req("ary"), req("indices_or_sections"), opt("axis", 0L)),
        a -> NP.arraySplit(a.array("ary"), a.get("indices_or_sections"), a.intValue("axis")));
    add(
        r,
        "numpy.hsplit",
        List.of(req("ary"), req("indices_or_sections")),
        a -> NP.hsplit(a.array("ary"), a.get("indices_or_sections")));
    add(
        r,
        "numpy.vsplit",
        List.of(req("ary"), req("indices_or_sections")),
        a -> NP.vsplit(a.array("ary"), a.get("indices_or_sections")));
    add(
        r,
        "numpy.unstack",
        List.of(req("x"), opt("axis", 0L)),
        a -> NP.unstack(a.array("x"), a.intValue("axis")));
    add(
        r,
        "numpy.flip",
        List.of(req("m"), opt("axis", null)),
        a -> NP.flip(a.array("m"), a.intsOrNull("axis")));
    add(r, "numpy.fliplr", List.of(req("m")), a -> NP.fliplr(a.array("m")));
    add(r, "numpy.flipud", List.of(req("m")), a -> NP.flipud(a.array("m")));
    add(
        r,
        "numpy.roll",
        List.of(req("a"), req("shift"), opt("axis", null)),
        a -> NP.roll(a.array("a"), a.longs("shift"), a.intsOrNull("axis")));
    add(
        r,
        "numpy.rot90",
        List.of(req("m"), opt("k", 1L), opt("axes", List.of(0L, 1L))),
        a -> NP.rot90(a.array("m"), a.longValue("k"), a.intsOrNull("axes")));
    add(
        r,
        "numpy.broadcast_to",
        List.of(req("array"), req("shape")),
        a -> NP.broadcastTo(a.array("array"), a.longs("shape")));
    add(
        r,
        "numpy.broadcast_arrays",
        List.of(varargs("args")),
        a -> NP.broadcastArrays(a.arrays("args")));
    add(
        r,
        "numpy.tile",
        List.of(req("A"), req("reps")),
        a -> NP.tile(a.array("A"), a.longs("reps")));
    add(
        r,
        "numpy.repeat",
        List.of(req("a"), req("repeats"), opt("axis", null), opt("total_repeat_length", null)),
        a -> {
          Array out = NP.repeat(a.array("a"), a.get("repeats"), axisOrNull(a));
          if (!a.isNone("total_repeat_length")) {
            long want = a.longValue("total_repeat_length");
            long got = a.isNone("axis") ? out.size() : out.shape().dim(a.intValue("axis"));
            if (want != got) {
              throw new IvyArgumentException(
                  "numpy.repeat: total_repeat_length must equal the repeated length ("
                      + got
                      + "); got "
                      + want);
            }
          }
          return out;
        });
    add(
        r,
        "numpy.pad",
        List.of(
            req("array"), req("pad_width"), opt("mode", "constant"), opt("constant_values", 0L)),
        a ->
            NP.pad(
                a.array("array"), a.get("pad_width"), a.string("mode"), a.get("constant_values")));
    add(
        r,
        "numpy.take",
        List.of(
            req("a"),
            req("indices"),
            opt("axis", null),
            opt("out", null),
            opt("mode", null),
            opt("unique_indices", false),
            opt("indices_are_sorted", false),
            opt("fill_value", null)),
        a -> {
          noOut(a);
          return NP.take(
              a.array("a"), a.get("indices"), axisOrNull(a), a.string("mode"), a.get("fill_value"));
        });
    add(
        r,
        "numpy.take_along_axis",
        List.of(
            req("arr"), req("indices"), req("axis"), opt("mode", null), opt("fill_value", null)),
        a ->
            NP.takeAlongAxis(
                a.array("arr"),
                a.array("indices"),
                axisOrNull(a),
                a.string("mode"),
                a.get("fill_value")));
    add(
        r,
        "numpy.diff",
        List.of(
            req("a"), opt("n", 1L), opt("axis", -1L), opt("prepend", null), opt("append", null)),
        a ->
            NP.diff(
                a.array("a"),
                a.intValue("n"),
                a.intValue("axis"),
                a.get("prepend"),
                a.get("append")));
    add(r, "numpy.ediff1d", List.of(req("ary")), a -> NP.ediff1d(a.array("ary")));
    add(
        r,
        "numpy.append",
        List.of(req("arr"), req("values"), opt("axis", null)),
        a -> NP.append(a.array("arr"), a.get("values"), axisOrNull(a)));
  }

  private static void numpyReductions(FunctionRegistry.Builder r) {
    List<Param> sumLike =
        List.of(
            req("a"),
            opt("axis", null),
            opt("dtype", null),
            opt("out", null),
            opt("keepdims", false));
    add(
        r,
        "numpy.sum",
        sumLike,
        a -> {
          noOut(a);
          return NP.sum(
              a.array("a"), a.intsOrNull("axis"), a.dtypeOrNull("dtype"), a.bool("keepdims"));
        });
    add(
        r,
        "numpy.prod",
        sumLike,
        a -> {
          noOut(a);
          return NP.prod(
              a.array("a"), a.intsOrNull("axis"), a.dtypeOrNull("dtype"), a.bool("keepdims"));
        });
    add(
        r,
        "numpy.mean",
        sumLike,
        a -> {
          noOut(a);
          return NP.mean(
              a.array("a"), a.intsOrNull("axis"), a.dtypeOrNull("dtype"), a.bool("keepdims"));
        });
    add(
        r,
        "numpy.nansum",
        sumLike,
        a -> {
          noOut(a);
          return NP.nansum(
              a.array("a"), a.intsOrNull("axis"), a.dtypeOrNull("dtype"), a.bool("keepdims"));
        });
    List<Param> maxLike =
        List.of(req("a"), opt("axis", null), opt("out", null), opt("keepdims", false));
    for (String n : List.of("max", "amax")) {
      add(
          r,
          "numpy." + n,
          maxLike,
          a -> {
            noOut(a);
            return NP.max(a.array("a"), a.intsOrNull("axis"), a.bool("keepdims"));
          });
    }
    for (String n : List.of("min", "amin")) {
      add(
          r,
          "numpy." + n,
          maxLike,
          a -> {
            noOut(a);
            return NP.min(a.array("a"), a.intsOrNull("axis"), a.bool("keepdims"));
          });
    }
    add(
        r,
        "numpy.ptp",
        maxLike,
        a -> {
          noOut(a);
          return NP.ptp(a.array("a"), a.intsOrNull("axis"), a.bool("keepdims"));
        });
    add(
        r,
        "numpy.all",
        maxLike,
        a -> {
          noOut(a);
          return NP.all(a.array("a"), a.intsOrNull("axis"), a.bool("keepdims"));
        });
    add(
        r,
        "numpy.any",
        maxLike,
        a -> {
          noOut(a);
          return NP.any(a.array("a"), a.intsOrNull("axis"), a.bool("keepdims"));
        });
    add(
        r,
        "numpy.nanmax",
        maxLike,
        a -> {
          noOut(a);
          return NP.nanmax(a.array("a"), a.intsOrNull("axis"), a.bool("keepdims"));
        });
    add(
        r,
        "numpy.nanmin",
        maxLike,
        a -> {
          noOut(a);
          return NP.nanmin(a.array("a"), a.intsOrNull("axis"), a.bool("keepdims"));
        });
    add(
        r,
        "numpy.nanmean",
        sumLike,
        a -> {
          noOut(a);
          return NP.nanmean(a.array("a"), a.intsOrNull("axis"), a.bool("keepdims"));
        });
    add(
        r,
        "numpy.median",
        List.of(
            req("a"),
            opt("axis", null),
            opt("out", null),
            opt("overwrite_input", false),
            opt("keepdims", false)),
        a -> {
          noOut(a);
          return NP.median(a.array("a"), a.intsOrNull("axis"), a.bool("keepdims"));
        });
    List<Param> varLike =
        List.of(
            req("a"),
            opt("axis", null),
            opt("dtype", null),
            opt("out", null),
            opt("ddof", 0L),
            opt("keepdims", false),
            opt("correction", null));
    add(
        r,
        "numpy.var",
        varLike,
        a -> {
          noOut(a);
          return NP.var(
              a.array("a"),
              a.intsOrNull("axis"),
              a.dtypeOrNull("dtype"),
              ddof(a),
              a.bool("keepdims"));
        });
    add(
        r,
        "numpy.std",
        varLike,
        a -> {
          noOut(a);
          return NP.std(
              a.array("a"),
              a.intsOrNull("axis"),
              a.dtypeOrNull("dtype"),
              ddof(a),
              a.bool("keepdims"));
        });
    List<Param> argLike =
        List.of(req("a"), opt("axis", null), opt("out", null), opt("keepdims", false));
    add(
        r,
        "numpy.argmax",
        argLike,
        a -> {
          noOut(a);
          return NP.argmax(a.array("a"), axisOrNull(a), keepdimsOrFalse(a));
        });
    add(
        r,
        "numpy.argmin",
        argLike,
        a -> {
          noOut(a);
          return NP.argmin(a.array("a"), axisOrNull(a), keepdimsOrFalse(a));
        });
    List<Param> quantLike =
        List.of(
            req("a"),
            req("q"),
            opt("axis", null),
            opt("out", null),
            opt("overwrite_input", false),
            opt("method", "linear"),
            opt("keepdims", false));
    add(
        r,
        "numpy.quantile",
        quantLike,
        a -> {
          noOut(a);
          return NP.quantile(
              a.array("a"),
              a.get("q"),
              a.intsOrNull("axis"),
              a.string("method"),
              a.bool("keepdims"));
        });
    add(
        r,
        "numpy.percentile",
        quantLike,
        a -> {
          noOut(a);
          return NP.percentile(
              a.array("a"),
              a.get("q"),
              a.intsOrNull("axis"),
              a.string("method"),
              a.bool("keepdims"));
        });
    add(
        r,
        "numpy.count_nonzero",
        List.of(req("a"), opt("axis", null), opt("keepdims", false)),
        a -> NP.countNonzero(a.array("a"), a.intsOrNull("axis"), a.bool("keepdims")));
    add(
        r,
        "numpy.average",
        List.of(
            req("a"),
            opt("axis", null),
            opt("weights", null),
            opt("returned", false),
            opt("keepdims", false)),
        a ->
            NP.average(
                a.array("a"), a.intsOrNull("axis"), a.arrayOrNull("weights"), a.bool("keepdims")));
    List<Param> cumLike =
        List.of(req("a"), opt("axis", null), opt("dtype", null), opt("out", null));
    add(
        r,
        "numpy.cumsum",
        cumLike,
        a -> {
          noOut(a);
          return NP.cumsum(a.array("a"), axisOrNull(a), a.dtypeOrNull("dtype"));
        });
    add(
        r,
        "numpy.cumprod",
        cumLike,
        a -> {
          noOut(a);
          return NP.cumprod(a.array("a"), axisOrNull(a), a.dtypeOrNull("dtype"));
        });
    add(
        r,
        "numpy.cumulative_sum",
        List.of(req("x"), opt("axis", null), opt("dtype", null), opt("include_initial", false)),
        a ->
            NP.cumulativeSum(
                a.array("x"), axisOrNull(a), a.dtypeOrNull("dtype"), a.bool("include_initial")));
  }

  private static boolean keepdimsOrFalse(Args a) {
    return !a.isNone("keepdims") && a.bool("keepdims");
  }

  private static double ddof(Args a) {
    return a.isNone("correction") ? a.doubleValue("ddof") : a.doubleValue("correction");
  }

  private static void numpyLinalg(FunctionRegistry.Builder r) {
    add(r, "numpy.matmul", List.of(req("a"), req("b")), a -> NP.matmul(a.array("a"), a.array("b")));
    add(r, "numpy.dot", List.of(req("a"), req("b")), a -> NP.dot(a.array("a"), a.array("b")));
    add(r, "numpy.vdot", List.of(req("a"), req("b")), a -> NP.vdot(a.array("a"), a.array("b")));
    add(r, "numpy.inner", List.of(req("a"), req("b")), a -> NP.inner(a.array("a"), a.array("b")));
    add(
        r,
        "numpy.outer",
        List.of(req("a"), req("b"), opt("out", null)),
        a -> {
          noOut(a);
          return NP.outer(a.array("a"), a.array("b"));
        });
    add(
        r,
        "numpy.tensordot",
        List.of(req("a"), req("b"), opt("axes", 2L)),
        a -> {
          Object ax = a.get("axes");
          if (ax instanceof List<?> l && l.size() == 2) {
            return NP.tensordot(a.array("a"), a.array("b"), ints(l.get(0)), ints(l.get(1)));
          }
          return NP.tensordot(a.array("a"), a.array("b"), a.intValue("axes"));
        });
    add(
        r,
        "numpy.einsum",
        List.of(req("subscripts"), varargs("operands")),
        a -> NP.einsum(a.string("subscripts"), a.arrays("operands").toArray(new Array[0])));
    add(r, "numpy.kron", List.of(req("a"), req("b")), a -> NP.kron(a.array("a"), a.array("b")));
    add(
        r,
        "numpy.cross",
        List.of(req("a"), req("b"), opt("axis", -1L)),
        a -> NP.cross(a.array("a"), a.array("b"), a.intValue("axis")));
  }

  private static int[] ints(Object o) {
    if (o instanceof Number n) {
      return new int[] {n.intValue()};
    }
    List<?> l = (List<?>) o;
    int[] r = new int[l.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = ((Number) l.get(i)).intValue();
    }
    return r;
  }

  private static void numpyMisc(FunctionRegistry.Builder r) {
    add(
        r,
        "numpy.where",
        List.of(req("condition"), opt("x", null), opt("y", null)),
        a -> {
          if (a.isNone("x") && a.isNone("y")) {
            return NP.where(a.get("condition"));
          }
          if (a.isNone("x") || a.isNone("y")) {
            throw new IvyArgumentException(
                "numpy.where: x and y must be given together; got only one of them");
          }
          return NP.where(a.get("condition"), a.arrayOrScalar("x"), a.arrayOrScalar("y"));
        });
    add(
        r,
        "numpy.clip",
        List.of(req("arr"), opt("min", null), opt("max", null)),
        a ->
            NP.clip(
                a.array("arr"),
                a.isNone("min") ? null : a.arrayOrScalar("min"),
                a.isNone("max") ? null : a.arrayOrScalar("max")));
    List<Param> closeLike =
        List.of(
            req("a"), req("b"), opt("rtol", 1e-05), opt("atol", 1e-08), opt("equal_nan", false));
    add(
        r,
        "numpy.isclose",
        closeLike,
        a ->
            NP.isclose(
                a.arrayOrScalar("a"),
                a.arrayOrScalar("b"),
                a.doubleValue("rtol"),
                a.doubleValue("atol"),
                a.bool("equal_nan")));
    add(
        r,
        "numpy.allclose",
        closeLike,
        a ->
            NP.allclose(
                a.arrayOrScalar("a"),
                a.arrayOrScalar("b"),
                a.doubleValue("rtol"),
                a.doubleValue("atol"),
                a.bool("equal_nan")));
    add(
        r,
        "numpy.array_equal",
        List.of(req("a1"), req("a2"), opt("equal_nan", false)),
        a -> NP.arrayEqual(a.get("a1"), a.get("a2"), a.bool("equal_nan")));
    List<Param> sortLike =
        List.of(
            req("a"),
            opt("axis", -1L),
            opt("kind", null),
            opt("order", null),
            opt("stable", true),
            opt("descending", false));
    add(r, "numpy.sort", sortLike, a -> NP.sort(a.array("a"), axisOrNull(a), a.bool("descending")));
    add(
        r,
        "numpy.argsort",
        sortLike,
        a -> NP.argsort(a.array("a"), axisOrNull(a), a.bool("descending")));
    add(
        r,
        "numpy.searchsorted",
        List.of(req("a"), req("v"), opt("side", "left"), opt("sorter", null)),
        a -> NP.searchsorted(a.array("a"), a.get("v"), a.string("side"), a.arrayOrNull("sorter")));
    add(r, "numpy.nonzero", List.of(req("a")), a -> NP.nonzero(a.array("a")));
    add(r, "numpy.argwhere", List.of(req("a")), a -> NP.argwhere(a.array("a")));
    add(r, "numpy.flatnonzero", List.of(req("a")), a -> NP.flatnonzero(a.array("a")));
    add(
        r,
        "numpy.unique",
        List.of(
            req("ar"),
            opt("return_index", false),
            opt("return_inverse", false),
            opt("return_counts", false),
            opt("axis", null)),
        a -> {
          if (!a.isNone("axis")) {
            throw new IvyArgumentException(
                "numpy.unique: axis is not supported (only flattened uniques); got "
                    + a.get("axis"));
          }
          return NP.unique(
              a.array("ar"),
              a.bool("return_index"),
              a.bool("return_inverse"),
              a.bool("return_counts"));
        });
    add(
        r,
        "numpy.astype",
        List.of(req("x"), req("dtype")),
        a -> NP.astype(a.array("x"), a.dtypeOrNull("dtype")));
    add(
        r,
        "numpy.result_type",
        List.of(varargs("args")),
        a -> NP.resultType((List<?>) a.get("args")));
    add(
        r,
        "numpy.promote_types",
        List.of(req("a"), req("b")),
        a -> NP.promoteTypes(a.dtypeOrNull("a"), a.dtypeOrNull("b")));
    add(
        r,
        "numpy.can_cast",
        List.of(req("from_"), req("to")),
        a -> {
          Object f = a.get("from_");
          return NP.canCast(
              f instanceof Array x ? x.dtype() : a.dtypeOrNull("from_"), a.dtypeOrNull("to"));
        });
  }
}
