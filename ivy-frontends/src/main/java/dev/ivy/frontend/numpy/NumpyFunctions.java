package dev.ivy.frontend.numpy;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.registry.Args;
import dev.ivy.registry.FunctionProvider;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.Param;
import dev.ivy.registry.RegisteredFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Registers the NumPy frontend's functions under the namespace {@code numpy} with NumPy's names,
 * parameter names and defaults ({@code sum(a, axis=None, dtype=None, out=None, keepdims=False)}),
 * {@code linalg.*} and {@code random.*}, and the array methods as {@code ndarray.NAME} with the
 * array first.
 */
public final class NumpyFunctions implements FunctionProvider {
  private static final String NS = "numpy";
  private static final NumpyLinalg LA = NumpyFrontend.linalg;
  private static final NumpyRandom RND = NumpyFrontend.random;

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public NumpyFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    ufuncs(r);
    creation(r);
    manipulation(r);
    reductions(r);
    products(r);
    searching(r);
    linalg(r);
    random(r);
    methods(r);
    NumpyMoreFunctions.register(r);
  }

  // ---- helpers

  static void add(
      FunctionRegistry.Builder r, String name, List<Param> params, RegisteredFunction.Body body) {
    r.add(NS, name, params, body);
  }

  private static void unary(FunctionRegistry.Builder r, String name, Function<Object, Array> f) {
    add(r, name, List.of(req("x"), opt("out", null)), a -> f.apply(noOut(a).arrayOrScalar("x")));
  }

  private static void binary(FunctionRegistry.Builder r, String name, BinaryOperator<Object> f) {
    add(
        r,
        name,
        List.of(req("x1"), req("x2"), opt("out", null)),
        a -> f.apply(noOut(a).arrayOrScalar("x1"), a.arrayOrScalar("x2")));
  }

  static Args noOut(Args a) {
    if (!a.isNone("out")) {
      throw new IvyArgumentException(
          a.fn() + ": out must be None (arrays are immutable here); got " + a.get("out"));
    }
    return a;
  }

  static int[] ax(Args a, String name) {
    return NumpyComposites.axes(a.get(name));
  }

  static Integer axis1(Args a, String name) {
    int[] r = ax(a, name);
    if (r == null) {
      return null;
    }
    if (r.length != 1) {
      throw new IvyArgumentException(
          a.fn() + ": " + name + " must be an int or None; got " + a.get(name));
    }
    return r[0];
  }

  static long[] shape(Args a, String name) {
    return NumpyComposites.longs(a.get(name), a.fn(), name);
  }

  private static Object unwrapped(Object v) {
    return v instanceof Ndarray n ? n.value() : v;
  }

  static DType dt(Args a) {
    return a.dtypeOrNull("dtype");
  }

  private static Double doubleOrNull(Args a, String name) {
    Number n = a.numberOrNull(name);
    return n == null ? null : n.doubleValue();
  }

  private static Long longOrNull(Args a, String name) {
    return a.isNone(name) ? null : a.longValue(name);
  }

  /** Returns the list of arrays, promoting Python scalars and nested lists. */
  private static List<Array> arrays(Args a, String name) {
    return a.arrays(name);
  }

  // ---- ufuncs and element-wise functions

  private static void ufuncs(FunctionRegistry.Builder r) {
    unary(r, "absolute", NumpyFrontend::absolute);
    unary(r, "abs", NumpyFrontend::absolute);
    unary(r, "fabs", NumpyFrontend::absolute);
    unary(r, "negative", NumpyFrontend::negative);
    unary(r, "positive", NumpyFrontend::positive);
    unary(r, "sign", NumpyFrontend::sign);
    unary(r, "square", NumpyFrontend::square);
    unary(r, "reciprocal", NumpyFrontend::reciprocal);
    unary(r, "exp", NumpyFrontend::exp);
    unary(r, "exp2", NumpyFrontend::exp2);
    unary(r, "expm1", NumpyFrontend::expm1);
    unary(r, "log", NumpyFrontend::log);
    unary(r, "log1p", NumpyFrontend::log1p);
    unary(r, "log2", NumpyFrontend::log2);
    unary(r, "log10", NumpyFrontend::log10);
    unary(r, "sqrt", NumpyFrontend::sqrt);
    unary(r, "cbrt", NumpyFrontend::cbrt);
    unary(r, "sin", NumpyFrontend::sin);
    unary(r, "cos", NumpyFrontend::cos);
    unary(r, "tan", NumpyFrontend::tan);
    unary(r, "arcsin", NumpyFrontend::arcsin);
    unary(r, "arccos", NumpyFrontend::arccos);
    unary(r, "arctan", NumpyFrontend::arctan);
    unary(r, "asin", NumpyFrontend::arcsin);
    unary(r, "acos", NumpyFrontend::arccos);
    unary(r, "atan", NumpyFrontend::arctan);
    unary(r, "sinh", NumpyFrontend::sinh);
    unary(r, "cosh", NumpyFrontend::cosh);
    unary(r, "tanh", NumpyFrontend::tanh);
    unary(r, "arcsinh", NumpyFrontend::arcsinh);
    unary(r, "arccosh", NumpyFrontend::arccosh);
    unary(r, "arctanh", NumpyFrontend::arctanh);
    unary(r, "asinh", NumpyFrontend::arcsinh);
    unary(r, "acosh", NumpyFrontend::arccosh);
    unary(r, "atanh", NumpyFrontend::arctanh);
    unary(r, "deg2rad", NumpyFrontend::deg2rad);
    unary(r, "radians", NumpyFrontend::deg2rad);
    unary(r, "rad2deg", NumpyFrontend::rad2deg);
    unary(r, "degrees", NumpyFrontend::rad2deg);
    unary(r, "floor", NumpyFrontend::floor);
    unary(r, "ceil", NumpyFrontend::ceil);
    unary(r, "trunc", NumpyFrontend::trunc);
    unary(r, "fix", NumpyFrontend::trunc);
    unary(r, "rint", NumpyFrontend::rint);
    unary(r, "isnan", NumpyFrontend::isnan);
    unary(r, "isinf", NumpyFrontend::isinf);
    unary(r, "isfinite", NumpyFrontend::isfinite);
    unary(
        r,
        "isposinf",
        x -> NumpyFrontend.logicalAnd(NumpyFrontend.isinf(x), NumpyFrontend.greater(x, 0L)));
    unary(
        r,
        "isneginf",
        x -> NumpyFrontend.logicalAnd(NumpyFrontend.isinf(x), NumpyFrontend.less(x, 0L)));
    unary(r, "signbit", NumpyFrontend::signbit);
    unary(r, "logical_not", NumpyFrontend::logicalNot);
    unary(r, "invert", NumpyFrontend::invert);
    unary(r, "bitwise_not", NumpyFrontend::invert);
    unary(r, "bitwise_invert", NumpyFrontend::invert);
    unary(r, "conjugate", NumpyComposites::asArray);
    unary(r, "conj", NumpyComposites::asArray);
    unary(r, "real", NumpyComposites::asArray);
    unary(r, "imag", x -> NumpyFrontend.zerosLike(x, null));
    unary(r, "isreal", x -> NumpyFrontend.onesLike(x, DType.BOOL));
    unary(r, "iscomplex", x -> NumpyFrontend.zerosLike(x, DType.BOOL));
    unary(r, "sinc", NumpyFrontend::sinc);
    unary(
        r,
        "spacing",
        x -> NumpyFrontend.subtract(NumpyFrontend.nextafter(x, Double.POSITIVE_INFINITY), x));
    binary(r, "add", NumpyFrontend::add);
    binary(r, "subtract", NumpyFrontend::subtract);
    binary(r, "multiply", NumpyFrontend::multiply);
    binary(r, "divide", NumpyFrontend::divide);
    binary(r, "true_divide", NumpyFrontend::divide);
    binary(r, "floor_divide", NumpyFrontend::floorDivide);
    binary(r, "mod", NumpyFrontend::mod);
    binary(r, "remainder", NumpyFrontend::mod);
    binary(r, "fmod", NumpyFrontend::fmod);
    binary(r, "power", NumpyFrontend::power);
    binary(r, "pow", NumpyFrontend::power);
    binary(r, "float_power", NumpyFrontend::floatPower);
    binary(r, "maximum", NumpyFrontend::maximum);
    binary(r, "minimum", NumpyFrontend::minimum);
    binary(r, "fmax", NumpyFrontend::fmax);
    binary(r, "fmin", NumpyFrontend::fmin);
    binary(r, "arctan2", NumpyFrontend::arctan2);
    binary(r, "atan2", NumpyFrontend::arctan2);
    binary(r, "hypot", NumpyFrontend::hypot);
    binary(r, "logaddexp", NumpyFrontend::logaddexp);
    binary(r, "logaddexp2", NumpyFrontend::logaddexp2);
    binary(r, "copysign", NumpyFrontend::copysign);
    binary(r, "nextafter", NumpyFrontend::nextafter);
    binary(r, "heaviside", NumpyFrontend::heaviside);
    binary(r, "gcd", NumpyFrontend::gcd);
    binary(r, "lcm", NumpyFrontend::lcm);
    binary(r, "equal", NumpyFrontend::equal);
    binary(r, "not_equal", NumpyFrontend::notEqual);
    binary(r, "less", NumpyFrontend::less);
    binary(r, "less_equal", NumpyFrontend::lessEqual);
    binary(r, "greater", NumpyFrontend::greater);
    binary(r, "greater_equal", NumpyFrontend::greaterEqual);
    binary(r, "logical_and", NumpyFrontend::logicalAnd);
    binary(r, "logical_or", NumpyFrontend::logicalOr);
    binary(r, "logical_xor", NumpyFrontend::logicalXor);
    binary(r, "bitwise_and", NumpyFrontend::bitwiseAnd);
    binary(r, "bitwise_or", NumpyFrontend::bitwiseOr);
    binary(r, "bitwise_xor", NumpyFrontend::bitwiseXor);
    binary(r, "left_shift", NumpyFrontend::leftShift);
    binary(r, "right_shift", NumpyFrontend::rightShift);
    binary(r, "bitwise_left_shift", NumpyFrontend::leftShift);
    binary(r, "bitwise_right_shift", NumpyFrontend::rightShift);
    binary(
        r,
        "ldexp",
        (x1, x2) -> {
          Array m = NumpyComposites.toFloat(NumpyComposites.asArray(x1));
          return NumpyFrontend.multiply(
              m, NumpyFrontend.power(2.0, NumpyFrontend.astype(x2, m.dtype())));
        });
    add(
        r,
        "divmod",
        List.of(req("x1"), req("x2")),
        a ->
            List.of(
                NumpyFrontend.floorDivide(a.arrayOrScalar("x1"), a.arrayOrScalar("x2")),
                NumpyFrontend.mod(a.arrayOrScalar("x1"), a.arrayOrScalar("x2"))));
    add(
        r,
        "modf",
        List.of(req("x")),
        a -> {
          Array x = NumpyComposites.toFloat(a.array("x"));
          Array i = NumpyFrontend.trunc(x);
          return List.of(NumpyFrontend.subtract(x, i), i);
        });
    for (String n : List.of("around", "round")) {
      add(
          r,
          n,
          List.of(req("a"), opt("decimals", 0L), opt("out", null)),
          a -> NumpyFrontend.around(noOut(a).array("a"), a.longValue("decimals")));
    }
    add(
        r,
        "clip",
        List.of(
            req("a"),
            opt("a_min", null),
            opt("a_max", null),
            opt("out", null),
            opt("min", null),
            opt("max", null)),
        a -> {
          noOut(a);
          Object lo = a.isNone("a_min") ? a.get("min") : a.get("a_min");
          Object hi = a.isNone("a_max") ? a.get("max") : a.get("a_max");
          return NumpyFrontend.clip(a.array("a"), lo, hi);
        });
    add(
        r,
        "nan_to_num",
        List.of(
            req("x"), opt("copy", true), opt("nan", 0.0), opt("posinf", null), opt("neginf", null)),
        a ->
            NumpyFrontend.nanToNum(
                a.array("x"),
                a.doubleValue("nan"),
                doubleOrNull(a, "posinf"),
                doubleOrNull(a, "neginf")));
    List<Param> close =
        List.of(req("a"), req("b"), opt("rtol", 1e-5), opt("atol", 1e-8), opt("equal_nan", false));
    add(
        r,
        "isclose",
        close,
        a ->
            NumpyFrontend.isclose(
                a.arrayOrScalar("a"),
                a.arrayOrScalar("b"),
                a.doubleValue("rtol"),
                a.doubleValue("atol"),
                a.bool("equal_nan")));
    add(
        r,
        "allclose",
        close,
        a ->
            NumpyFrontend.allclose(
                a.arrayOrScalar("a"),
                a.arrayOrScalar("b"),
                a.doubleValue("rtol"),
                a.doubleValue("atol"),
                a.bool("equal_nan")));
    add(
        r,
        "array_equal",
        List.of(req("a1"), req("a2"), opt("equal_nan", false)),
        a -> NumpyFrontend.arrayEqual(a.array("a1"), a.array("a2"), a.bool("equal_nan")));
    add(
        r,
        "array_equiv",
        List.of(req("a1"), req("a2")),
        a -> {
          try {
            return (Boolean)
                NumpyFrontend.all(NumpyFrontend.equal(a.array("a1"), a.array("a2")), null, false)
                    .item();
          } catch (IvyArgumentException e) {
            return false;
          }
        });
    add(
        r,
        "where",
        List.of(req("condition"), opt("x", Missing.VALUE), opt("y", Missing.VALUE)),
        a -> {
          boolean hasX = a.get("x") != Missing.VALUE;
          boolean hasY = a.get("y") != Missing.VALUE;
          if (!hasX && !hasY) {
            return NumpyFrontend.nonzero(a.array("condition"));
          }
          if (hasX != hasY) {
            throw new IvyArgumentException(
                "where: either both or neither of x and y should be given; got one");
          }
          return NumpyFrontend.where(
              a.array("condition"), a.arrayOrScalar("x"), a.arrayOrScalar("y"));
        });
    add(
        r,
        "select",
        List.of(req("condlist"), req("choicelist"), opt("default", 0L)),
        a ->
            NumpyFrontend.select(
                arrays(a, "condlist"), arrays(a, "choicelist"), a.arrayOrScalar("default")));
  }

  /** Marks an argument that was not passed (where NumPy distinguishes it from None). */
  private enum Missing {
    VALUE
  }

  // ---- creation

  private static void creation(FunctionRegistry.Builder r) {
    for (String n : List.of("zeros", "ones", "empty")) {
      add(
          r,
          n,
          List.of(req("shape"), opt("dtype", null), opt("order", "C")),
          a ->
              n.equals("ones")
                  ? NumpyFrontend.ones(shape(a, "shape"), dt(a))
                  : NumpyFrontend.zeros(shape(a, "shape"), dt(a)));
    }
    add(
        r,
        "full",
        List.of(req("shape"), req("fill_value"), opt("dtype", null), opt("order", "C")),
        a -> NumpyFrontend.full(shape(a, "shape"), a.get("fill_value"), dt(a)));
    for (String n : List.of("zeros_like", "ones_like", "empty_like")) {
      add(
          r,
          n,
          List.of(
              req("a"),
              opt("dtype", null),
              opt("order", "K"),
              opt("subok", true),
              opt("shape", null)),
          a -> {
            Array x = a.array("a");
            if (!a.isNone("shape")) {
              x = NumpyFrontend.zeros(shape(a, "shape"), x.dtype());
            }
            return n.equals("ones_like")
                ? NumpyFrontend.onesLike(x, dt(a))
                : NumpyFrontend.zerosLike(x, dt(a));
          });
    }
    add(
        r,
        "full_like",
        List.of(
            req("a"),
            req("fill_value"),
            opt("dtype", null),
            opt("order", "K"),
            opt("subok", true),
            opt("shape", null)),
        a -> NumpyFrontend.fullLike(a.array("a"), a.get("fill_value"), dt(a)));
    add(
        r,
        "arange",
        List.of(req("start"), opt("stop", null), opt("step", null), opt("dtype", null)),
        a ->
            NumpyFrontend.arange(
                a.numberOrNull("start"), a.numberOrNull("stop"), a.numberOrNull("step"), dt(a)));
    add(
        r,
        "linspace",
        List.of(
            req("start"),
            req("stop"),
            opt("num", 50L),
            opt("endpoint", true),
            opt("retstep", false),
            opt("dtype", null),
            opt("axis", 0L)),
        a -> {
          Array y =
              NumpyFrontend.linspace(
                  a.numberOrNull("start"),
                  a.numberOrNull("stop"),
                  a.longValue("num"),
                  a.bool("endpoint"),
                  dt(a));
          if (a.bool("retstep")) {
            long div = a.longValue("num") - (a.bool("endpoint") ? 1 : 0);
            double step = (a.doubleValue("stop") - a.doubleValue("start")) / div;
            return List.of(y, NumpyFrontend.full(new long[0], step, DType.FLOAT64));
          }
          return y;
        });
    add(
        r,
        "logspace",
        List.of(
            req("start"),
            req("stop"),
            opt("num", 50L),
            opt("endpoint", true),
            opt("base", 10.0),
            opt("dtype", null),
            opt("axis", 0L)),
        a ->
            NumpyFrontend.logspace(
                a.numberOrNull("start"),
                a.numberOrNull("stop"),
                a.longValue("num"),
                a.bool("endpoint"),
                a.doubleValue("base"),
                dt(a)));
    add(
        r,
        "geomspace",
        List.of(
            req("start"),
            req("stop"),
            opt("num", 50L),
            opt("endpoint", true),
            opt("dtype", null),
            opt("axis", 0L)),
        a -> {
          double s = a.doubleValue("start");
          double e = a.doubleValue("stop");
          Checks.check(
              s != 0 && e != 0,
              "geomspace",
              "geometric sequence cannot include zero; got %s and %s",
              s,
              e);
          double sign = s < 0 && e < 0 ? -1 : 1;
          Array y =
              NumpyFrontend.multiply(
                  NumpyFrontend.logspace(
                      Math.log10(Math.abs(s)),
                      Math.log10(Math.abs(e)),
                      a.longValue("num"),
                      a.bool("endpoint"),
                      10.0,
                      null),
                  sign);
          return dt(a) == null ? y : NumpyFrontend.astype(y, dt(a));
        });
    add(
        r,
        "eye",
        List.of(
            req("N"), opt("M", null), opt("k", 0L), opt("dtype", DType.FLOAT64), opt("order", "C")),
        a -> NumpyFrontend.eye(a.longValue("N"), longOrNull(a, "M"), a.longValue("k"), dt(a)));
    add(
        r,
        "identity",
        List.of(req("n"), opt("dtype", null)),
        a -> NumpyFrontend.identity(a.longValue("n"), dt(a)));
    add(
        r,
        "tri",
        List.of(req("N"), opt("M", null), opt("k", 0L), opt("dtype", DType.FLOAT64)),
        a -> NumpyFrontend.tri(a.longValue("N"), longOrNull(a, "M"), a.longValue("k"), dt(a)));
    add(
        r,
        "tril",
        List.of(req("m"), opt("k", 0L)),
        a -> NumpyFrontend.tril(a.array("m"), a.longValue("k")));
    add(
        r,
        "triu",
        List.of(req("m"), opt("k", 0L)),
        a -> NumpyFrontend.triu(a.array("m"), a.longValue("k")));
    add(
        r,
        "meshgrid",
        List.of(varargs("xi"), opt("copy", true), opt("sparse", false), opt("indexing", "xy")),
        a -> {
          List<Array> g = NumpyFrontend.meshgrid(arrays(a, "xi"), a.string("indexing"));
          Checks.check(!a.bool("sparse"), "meshgrid", "sparse must be False; got %s", true);
          return g;
        });
    add(
        r,
        "diag",
        List.of(req("v"), opt("k", 0L)),
        a -> NumpyFrontend.diag(a.array("v"), a.longValue("k")));
    add(
        r,
        "diagflat",
        List.of(req("v"), opt("k", 0L)),
        a -> NumpyFrontend.diag(NumpyFrontend.ravel(a.array("v"), "C"), a.longValue("k")));
    add(
        r,
        "diagonal",
        List.of(req("a"), opt("offset", 0L), opt("axis1", 0L), opt("axis2", 1L)),
        a ->
            NumpyFrontend.diagonal(
                a.array("a"), a.longValue("offset"), a.intValue("axis1"), a.intValue("axis2")));
    for (String n : List.of("array", "asarray", "asanyarray", "ascontiguousarray", "copy")) {
      add(
          r,
          n,
          n.equals("copy")
              ? List.of(req("a"), opt("order", "K"), opt("subok", false))
              : List.of(req(n.equals("array") ? "object" : "a"), opt("dtype", null)),
          a -> {
            Object v = a.get(n.equals("array") ? "object" : "a");
            return NumpyFrontend.asarray(unwrapped(v), n.equals("copy") ? null : dt(a));
          });
    }
    add(
        r,
        "indices",
        List.of(req("dimensions"), opt("dtype", DType.INT64)),
        a -> {
          long[] d = shape(a, "dimensions");
          List<Array> axesRanges = new ArrayList<>();
          for (long n : d) {
            axesRanges.add(NumpyFrontend.arange(0L, n, 1L, dt(a)));
          }
          return NumpyFrontend.stack(NumpyFrontend.meshgrid(axesRanges, "ij"), 0);
        });
    for (String n : List.of("tril_indices", "triu_indices")) {
      add(
          r,
          n,
          List.of(req("n"), opt("k", 0L), opt("m", null)),
          a -> {
            long rows = a.longValue("n");
            long cols = a.isNone("m") ? rows : a.longValue("m");
            Array ones = NumpyFrontend.ones(new long[] {rows, cols}, DType.BOOL);
            Array mask =
                n.startsWith("tril")
                    ? NumpyFrontend.tril(ones, a.longValue("k"))
                    : NumpyFrontend.triu(ones, a.longValue("k"));
            return NumpyFrontend.nonzero(mask);
          });
    }
    add(
        r,
        "diag_indices",
        List.of(req("n"), opt("ndim", 2L)),
        a -> {
          List<Array> l = new ArrayList<>();
          for (long i = 0; i < a.longValue("ndim"); i++) {
            l.add(NumpyFrontend.arange(a.longValue("n"), null, null, null));
          }
          return l;
        });
  }

  // ---- shape manipulation

  private static void manipulation(FunctionRegistry.Builder r) {
    add(
        r,
        "reshape",
        List.of(
            req("a"),
            opt("shape", null),
            opt("order", "C"),
            opt("newshape", null),
            opt("copy", null)),
        a -> {
          Object s = a.isNone("shape") ? a.get("newshape") : a.get("shape");
          checkOrderC(a);
          return NumpyFrontend.reshape(a.array("a"), NumpyComposites.longs(s, a.fn(), "shape"));
        });
    add(
        r,
        "ravel",
        List.of(req("a"), opt("order", "C")),
        a -> NumpyFrontend.ravel(a.array("a"), a.string("order")));
    add(
        r,
        "transpose",
        List.of(req("a"), opt("axes", null)),
        a -> NumpyFrontend.transpose(a.array("a"), ax(a, "axes")));
    add(
        r,
        "permute_dims",
        List.of(req("a"), opt("axes", null)),
        a -> NumpyFrontend.transpose(a.array("a"), ax(a, "axes")));
    add(
        r,
        "matrix_transpose",
        List.of(req("x")),
        a -> NumpyFrontend.swapaxes(a.array("x"), -1, -2));
    add(
        r,
        "swapaxes",
        List.of(req("a"), req("axis1"), req("axis2")),
        a -> NumpyFrontend.swapaxes(a.array("a"), a.intValue("axis1"), a.intValue("axis2")));
    add(
        r,
        "moveaxis",
        List.of(req("a"), req("source"), req("destination")),
        a -> NumpyFrontend.moveaxis(a.array("a"), ax(a, "source"), ax(a, "destination")));
    add(
        r,
        "rollaxis",
        List.of(req("a"), req("axis"), opt("start", 0L)),
        a -> {
          Array x = a.array("a");
          int axis = Checks.axis("rollaxis", "axis", a.intValue("axis"), x.rank());
          int start = a.intValue("start");
          start = start < 0 ? start + x.rank() : start;
          Checks.check(
              start >= 0 && start <= x.rank(),
              "rollaxis",
              "start must be in [-ndim, ndim]; got %s",
              a.get("start"));
          int dest = axis < start ? start - 1 : start;
          return NumpyFrontend.moveaxis(x, new int[] {axis}, new int[] {dest});
        });
    add(
        r,
        "expand_dims",
        List.of(req("a"), req("axis")),
        a -> NumpyFrontend.expandDims(a.array("a"), ax(a, "axis")));
    add(
        r,
        "squeeze",
        List.of(req("a"), opt("axis", null)),
        a -> NumpyFrontend.squeeze(a.array("a"), ax(a, "axis")));
    add(
        r,
        "flip",
        List.of(req("m"), opt("axis", null)),
        a -> NumpyFrontend.flip(a.array("m"), ax(a, "axis")));
    add(r, "flipud", List.of(req("m")), a -> NumpyFrontend.flipud(a.array("m")));
    add(r, "fliplr", List.of(req("m")), a -> NumpyFrontend.fliplr(a.array("m")));
    add(
        r,
        "roll",
        List.of(req("a"), req("shift"), opt("axis", null)),
        a -> NumpyFrontend.roll(a.array("a"), shape(a, "shift"), ax(a, "axis")));
    add(
        r,
        "rot90",
        List.of(req("m"), opt("k", 1L), opt("axes", List.of(0L, 1L))),
        a -> NumpyFrontend.rot90(a.array("m"), a.longValue("k"), ax(a, "axes")));
    add(
        r,
        "broadcast_to",
        List.of(req("array"), req("shape"), opt("subok", false)),
        a -> NumpyFrontend.broadcastTo(a.array("array"), shape(a, "shape")));
    add(
        r,
        "broadcast_arrays",
        List.of(varargs("args"), opt("subok", false)),
        a -> NumpyFrontend.broadcastArrays(arrays(a, "args")));
    add(
        r,
        "broadcast_shapes",
        List.of(varargs("args")),
        a -> {
          List<?> l = (List<?>) a.get("args");
          long[][] s = new long[l.size()][];
          for (int i = 0; i < s.length; i++) {
            s[i] = NumpyComposites.longs(l.get(i), a.fn(), "args");
          }
          List<Long> out = new ArrayList<>();
          for (long d : NumpyFrontend.broadcastShapes(s)) {
            out.add(d);
          }
          return out;
        });
    for (String n : List.of("concatenate", "concat")) {
      add(
          r,
          n,
          List.of(
              req("arrays"),
              opt("axis", 0L),
              opt("out", null),
              opt("dtype", null),
              opt("casting", "same_kind")),
          a -> {
            Array c = NumpyFrontend.concatenate(arrays(noOut(a), "arrays"), axis1(a, "axis"));
            return dt(a) == null ? c : NumpyFrontend.astype(c, dt(a));
          });
    }
    add(
        r,
        "stack",
        List.of(
            req("arrays"),
            opt("axis", 0L),
            opt("out", null),
            opt("dtype", null),
            opt("casting", "same_kind")),
        a -> {
          Array c = NumpyFrontend.stack(arrays(noOut(a), "arrays"), a.intValue("axis"));
          return dt(a) == null ? c : NumpyFrontend.astype(c, dt(a));
        });
    add(
        r,
        "vstack",
        List.of(req("tup"), opt("dtype", null), opt("casting", "same_kind")),
        a -> NumpyFrontend.vstack(arrays(a, "tup")));
    add(
        r,
        "row_stack",
        List.of(req("tup"), opt("dtype", null), opt("casting", "same_kind")),
        a -> NumpyFrontend.vstack(arrays(a, "tup")));
    add(
        r,
        "hstack",
        List.of(req("tup"), opt("dtype", null), opt("casting", "same_kind")),
        a -> NumpyFrontend.hstack(arrays(a, "tup")));
    add(r, "dstack", List.of(req("tup")), a -> NumpyFrontend.dstack(arrays(a, "tup")));
    add(r, "column_stack", List.of(req("tup")), a -> NumpyFrontend.columnStack(arrays(a, "tup")));
    for (int k = 1; k <= 3; k++) {
      int n = k;
      add(
          r,
          "atleast_" + k + "d",
          List.of(varargs("arys")),
          a -> {
            List<Array> in = arrays(a, "arys");
            List<Array> out = new ArrayList<>();
            for (Array x : in) {
              out.add(NumpyComposites.atleast(x, n));
            }
            return out.size() == 1 ? out.get(0) : out;
          });
    }
    add(
        r,
        "split",
        List.of(req("ary"), req("indices_or_sections"), opt("axis", 0L)),
        a -> NumpyFrontend.split(a.array("ary"), a.get("indices_or_sections"), a.intValue("axis")));
    add(
        r,
        "array_split",
        List.of(req("ary"), req("indices_or_sections"), opt("axis", 0L)),
        a ->
            NumpyFrontend.arraySplit(
                a.array("ary"), a.get("indices_or_sections"), a.intValue("axis")));
    String[][] splits = {{"hsplit", "1"}, {"vsplit", "0"}, {"dsplit", "2"}};
    for (String[] s : splits) {
      add(
          r,
          s[0],
          List.of(req("ary"), req("indices_or_sections")),
          a -> {
            Array x = a.array("ary");
            int axis = s[0].equals("hsplit") && x.rank() == 1 ? 0 : Integer.parseInt(s[1]);
            return NumpyFrontend.split(x, a.get("indices_or_sections"), axis);
          });
    }
    add(
        r,
        "tile",
        List.of(req("A"), req("reps")),
        a -> NumpyFrontend.tile(a.array("A"), shape(a, "reps")));
    add(
        r,
        "repeat",
        List.of(req("a"), req("repeats"), opt("axis", null)),
        a ->
            NumpyFrontend.repeat(
                a.array("a"),
                a.get("repeats") instanceof List ? a.array("repeats") : a.get("repeats"),
                axis1(a, "axis")));
    add(
        r,
        "pad",
        List.of(
            req("array"), req("pad_width"), opt("mode", "constant"), opt("constant_values", 0L)),
        a ->
            NumpyFrontend.pad(
                a.array("array"), a.get("pad_width"), a.string("mode"), a.get("constant_values")));
    add(
        r,
        "diff",
        List.of(
            req("a"), opt("n", 1L), opt("axis", -1L), opt("prepend", null), opt("append", null)),
        a -> {
          Array x = a.array("a");
          int axis = a.intValue("axis");
          if (!a.isNone("prepend") || !a.isNone("append")) {
            List<Array> parts = new ArrayList<>();
            if (!a.isNone("prepend")) {
              parts.add(edge(a.array("prepend"), x, axis));
            }
            parts.add(x);
            if (!a.isNone("append")) {
              parts.add(edge(a.array("append"), x, axis));
            }
            x = NumpyFrontend.concatenate(parts, axis);
          }
          return NumpyFrontend.diff(x, a.intValue("n"), axis);
        });
    add(
        r,
        "append",
        List.of(req("arr"), req("values"), opt("axis", null)),
        a -> {
          Array x = a.array("arr");
          Array v = a.array("values");
          if (a.isNone("axis")) {
            return NumpyFrontend.concatenate(
                List.of(NumpyFrontend.ravel(x, "C"), NumpyFrontend.ravel(v, "C")), 0);
          }
          return NumpyFrontend.concatenate(List.of(x, v), a.intValue("axis"));
        });
    add(
        r,
        "trim_zeros",
        List.of(req("filt"), opt("trim", "fb")),
        a -> {
          Array x = a.array("filt");
          long[] nz = NumpyFrontend.flatnonzero(x).toLongArray();
          if (nz.length == 0) {
            return NumpyFrontend.zeros(new long[] {0}, x.dtype());
          }
          String t = a.string("trim").toLowerCase();
          long lo = t.contains("f") ? nz[0] : 0;
          long hi = t.contains("b") ? nz[nz.length - 1] + 1 : x.size();
          return NumpyFrontend.take(x, NumpyFrontend.arange(lo, hi, 1L, DType.INT64), 0);
        });
    add(
        r,
        "astype",
        List.of(req("x"), req("dtype"), opt("copy", true)),
        a -> NumpyFrontend.astype(a.array("x"), dt(a)));
  }

  private static void checkOrderC(Args a) {
    String o = a.string("order");
    Checks.check(
        "C".equals(o) || "A".equals(o), a.fn(), "only order='C' is supported; got '%s'", o);
  }

  private static Array edge(Array v, Array x, int axis) {
    if (v.rank() == x.rank()) {
      return v;
    }
    long[] d = x.shape().dims();
    d[Checks.axis("diff", "axis", axis, x.rank())] = 1;
    return NumpyFrontend.broadcastTo(v, d);
  }

  // ---- reductions and statistics

  private static void reductions(FunctionRegistry.Builder r) {
    List<Param> sumP =
        List.of(
            req("a"),
            opt("axis", null),
            opt("dtype", null),
            opt("out", null),
            opt("keepdims", false));
    add(
        r,
        "sum",
        sumP,
        a -> NumpyFrontend.sum(noOut(a).array("a"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    add(
        r,
        "prod",
        sumP,
        a -> NumpyFrontend.prod(noOut(a).array("a"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    add(
        r,
        "mean",
        sumP,
        a -> NumpyFrontend.mean(noOut(a).array("a"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    add(
        r,
        "nansum",
        sumP,
        a -> NumpyFrontend.nansum(noOut(a).array("a"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    add(
        r,
        "nanmean",
        sumP,
        a -> NumpyFrontend.nanmean(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "nanprod",
        sumP,
        a -> {
          Array x = noOut(a).array("a");
          Array f =
              x.dtype().isFloating() ? NumpyFrontend.where(NumpyFrontend.isnan(x), 1.0, x) : x;
          return NumpyFrontend.prod(f, ax(a, "axis"), dt(a), a.bool("keepdims"));
        });
    List<Param> maxP =
        List.of(req("a"), opt("axis", null), opt("out", null), opt("keepdims", false));
    for (String n : List.of("max", "amax")) {
      add(
          r,
          n,
          maxP,
          a -> NumpyFrontend.max(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims")));
    }
    for (String n : List.of("min", "amin")) {
      add(
          r,
          n,
          maxP,
          a -> NumpyFrontend.min(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims")));
    }
    for (String n : List.of("nanmax", "nanmin")) {
      boolean isMax = n.equals("nanmax");
      add(
          r,
          n,
          maxP,
          a -> {
            Array x = noOut(a).array("a");
            if (!x.dtype().isFloating()) {
              return isMax
                  ? NumpyFrontend.max(x, ax(a, "axis"), a.bool("keepdims"))
                  : NumpyFrontend.min(x, ax(a, "axis"), a.bool("keepdims"));
            }
            Array nan = NumpyFrontend.isnan(x);
            Array f =
                NumpyFrontend.where(
                    nan, isMax ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, x);
            Array m =
                isMax
                    ? NumpyFrontend.max(f, ax(a, "axis"), a.bool("keepdims"))
                    : NumpyFrontend.min(f, ax(a, "axis"), a.bool("keepdims"));
            Array allNan = NumpyFrontend.all(nan, ax(a, "axis"), a.bool("keepdims"));
            return NumpyFrontend.where(allNan, Double.NaN, m);
          });
    }
    add(
        r,
        "ptp",
        List.of(req("a"), opt("axis", null), opt("out", null), opt("keepdims", false)),
        a -> NumpyFrontend.ptp(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims")));
    for (String n : List.of("all", "any")) {
      add(
          r,
          n,
          maxP,
          a ->
              n.equals("all")
                  ? NumpyFrontend.all(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims"))
                  : NumpyFrontend.any(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims")));
    }
    List<Param> varP =
        List.of(
            req("a"),
            opt("axis", null),
            opt("dtype", null),
            opt("out", null),
            opt("ddof", 0L),
            opt("keepdims", false));
    add(
        r,
        "var",
        varP,
        a ->
            NumpyFrontend.var(
                castIf(noOut(a).array("a"), dt(a)),
                ax(a, "axis"),
                a.doubleValue("ddof"),
                a.bool("keepdims")));
    add(
        r,
        "std",
        varP,
        a ->
            NumpyFrontend.std(
                castIf(noOut(a).array("a"), dt(a)),
                ax(a, "axis"),
                a.doubleValue("ddof"),
                a.bool("keepdims")));
    for (String n : List.of("nanvar", "nanstd")) {
      add(
          r,
          n,
          varP,
          a -> {
            Array x = NumpyComposites.toFloat(castIf(noOut(a).array("a"), dt(a)));
            int[] axes = ax(a, "axis");
            Array valid = NumpyFrontend.logicalNot(NumpyFrontend.isnan(x));
            Array cnt = NumpyFrontend.sum(valid, axes, x.dtype(), true);
            Array mu = NumpyFrontend.divide(NumpyFrontend.nansum(x, axes, null, true), cnt);
            Array dev2 =
                NumpyFrontend.where(
                    valid, NumpyFrontend.square(NumpyFrontend.subtract(x, mu)), 0.0);
            Array v =
                NumpyFrontend.divide(
                    NumpyFrontend.sum(dev2, axes, null, a.bool("keepdims")),
                    NumpyFrontend.subtract(
                        NumpyFrontend.sum(valid, axes, x.dtype(), a.bool("keepdims")),
                        a.doubleValue("ddof")));
            return n.equals("nanstd") ? NumpyFrontend.sqrt(v) : v;
          });
    }
    for (String n : List.of("argmax", "argmin")) {
      add(
          r,
          n,
          List.of(req("a"), opt("axis", null), opt("out", null), opt("keepdims", false)),
          a ->
              n.equals("argmax")
                  ? NumpyFrontend.argmax(noOut(a).array("a"), axis1(a, "axis"), a.bool("keepdims"))
                  : NumpyFrontend.argmin(
                      noOut(a).array("a"), axis1(a, "axis"), a.bool("keepdims")));
    }
    List<Param> cumP = List.of(req("a"), opt("axis", null), opt("dtype", null), opt("out", null));
    add(r, "cumsum", cumP, a -> NumpyFrontend.cumsum(noOut(a).array("a"), axis1(a, "axis"), dt(a)));
    add(
        r,
        "cumprod",
        cumP,
        a -> NumpyFrontend.cumprod(noOut(a).array("a"), axis1(a, "axis"), dt(a)));
    add(
        r,
        "nancumsum",
        cumP,
        a -> {
          Array x = noOut(a).array("a");
          return NumpyFrontend.cumsum(
              x.dtype().isFloating() ? NumpyFrontend.where(NumpyFrontend.isnan(x), 0.0, x) : x,
              axis1(a, "axis"),
              dt(a));
        });
    add(
        r,
        "nancumprod",
        cumP,
        a -> {
          Array x = noOut(a).array("a");
          return NumpyFrontend.cumprod(
              x.dtype().isFloating() ? NumpyFrontend.where(NumpyFrontend.isnan(x), 1.0, x) : x,
              axis1(a, "axis"),
              dt(a));
        });
    add(
        r,
        "cumulative_sum",
        List.of(
            req("x"),
            opt("axis", null),
            opt("dtype", null),
            opt("out", null),
            opt("include_initial", false)),
        a ->
            dev.ivy.ops.Cumulative.cumulativeSum(
                noOut(a).array("x"), axis1(a, "axis"), dt(a), a.bool("include_initial")));
    add(
        r,
        "median",
        List.of(
            req("a"),
            opt("axis", null),
            opt("out", null),
            opt("overwrite_input", false),
            opt("keepdims", false)),
        a -> NumpyFrontend.median(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims")));
    for (String n : List.of("quantile", "percentile")) {
      add(
          r,
          n,
          List.of(
              req("a"),
              req("q"),
              opt("axis", null),
              opt("out", null),
              opt("overwrite_input", false),
              opt("method", "linear"),
              opt("keepdims", false)),
          a -> {
            Object q = a.get("q") instanceof List ? a.array("q") : a.get("q");
            return n.equals("quantile")
                ? NumpyFrontend.quantile(
                    noOut(a).array("a"), q, ax(a, "axis"), a.string("method"), a.bool("keepdims"))
                : NumpyFrontend.percentile(
                    noOut(a).array("a"), q, ax(a, "axis"), a.string("method"), a.bool("keepdims"));
          });
    }
    add(
        r,
        "average",
        List.of(
            req("a"),
            opt("axis", null),
            opt("weights", null),
            opt("returned", false),
            opt("keepdims", false)),
        a -> {
          Array avg =
              NumpyFrontend.average(
                  a.array("a"), a.get("axis"), a.arrayOrNull("weights"), a.bool("keepdims"));
          if (!a.bool("returned")) {
            return avg;
          }
          Array w =
              a.isNone("weights")
                  ? NumpyFrontend.onesLike(a.array("a"), avg.dtype())
                  : NumpyFrontend.astype(
                      NumpyFrontend.broadcastTo(a.array("weights"), a.array("a").shape().dims()),
                      avg.dtype());
          return List.of(avg, NumpyFrontend.sum(w, ax(a, "axis"), null, a.bool("keepdims")));
        });
    add(
        r,
        "count_nonzero",
        List.of(req("a"), opt("axis", null), opt("keepdims", false)),
        a -> NumpyFrontend.countNonzero(a.array("a"), ax(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "trace",
        List.of(
            req("a"),
            opt("offset", 0L),
            opt("axis1", 0L),
            opt("axis2", 1L),
            opt("dtype", null),
            opt("out", null)),
        a ->
            NumpyFrontend.trace(
                noOut(a).array("a"),
                a.longValue("offset"),
                a.intValue("axis1"),
                a.intValue("axis2"),
                dt(a)));
    add(
        r,
        "cov",
        List.of(
            req("m"), opt("y", null), opt("rowvar", true), opt("bias", false), opt("ddof", null)),
        a ->
            NumpyFrontend.cov(
                a.array("m"),
                a.arrayOrNull("y"),
                a.bool("rowvar"),
                a.isNone("ddof") ? (a.bool("bias") ? 0L : 1L) : a.longValue("ddof")));
    add(
        r,
        "corrcoef",
        List.of(req("x"), opt("y", null), opt("rowvar", true)),
        a -> NumpyFrontend.corrcoef(a.array("x"), a.arrayOrNull("y"), a.bool("rowvar")));
    add(
        r,
        "histogram",
        List.of(
            req("a"),
            opt("bins", 10L),
            opt("range", null),
            opt("density", null),
            opt("weights", null)),
        a -> {
          Checks.check(
              a.get("bins") instanceof Number,
              "histogram",
              "bins must be an int (bin edges are not supported); got %s",
              a.get("bins"));
          return NumpyFrontend.histogram(
              a.array("a"),
              a.longValue("bins"),
              range(a),
              a.arrayOrNull("weights"),
              Boolean.TRUE.equals(a.get("density")));
        });
    add(
        r,
        "bincount",
        List.of(req("x"), opt("weights", null), opt("minlength", 0L)),
        a ->
            NumpyFrontend.bincount(
                a.array("x"), a.arrayOrNull("weights"), a.longValue("minlength")));
    add(
        r,
        "digitize",
        List.of(req("x"), req("bins"), opt("right", false)),
        a -> NumpyFrontend.digitize(a.array("x"), a.array("bins"), a.bool("right")));
    add(
        r,
        "interp",
        List.of(
            req("x"),
            req("xp"),
            req("fp"),
            opt("left", null),
            opt("right", null),
            opt("period", null)),
        a -> {
          Checks.check(
              a.isNone("period"), "interp", "period is not supported; got %s", a.get("period"));
          return NumpyFrontend.interp(
              a.array("x"),
              a.array("xp"),
              a.array("fp"),
              a.numberOrNull("left"),
              a.numberOrNull("right"));
        });
    add(
        r,
        "correlate",
        List.of(req("a"), req("v"), opt("mode", "valid")),
        a -> NumpyFrontend.correlate(a.array("a"), a.array("v"), a.string("mode")));
    add(
        r,
        "convolve",
        List.of(req("a"), req("v"), opt("mode", "full")),
        a -> NumpyFrontend.convolve(a.array("a"), a.array("v"), a.string("mode")));
    add(
        r,
        "trapezoid",
        List.of(req("y"), opt("x", null), opt("dx", 1.0), opt("axis", -1L)),
        a -> {
          Array y = NumpyComposites.toFloat(a.array("y"));
          int axis = a.intValue("axis");
          long n = y.shape().dim(Checks.axis("trapezoid", "axis", axis, y.rank()));
          Array lo = NumpyFrontend.take(y, NumpyFrontend.arange(0L, n - 1, 1L, DType.INT64), axis);
          Array hi = NumpyFrontend.take(y, NumpyFrontend.arange(1L, n, 1L, DType.INT64), axis);
          Array mid = NumpyFrontend.divide(NumpyFrontend.add(lo, hi), 2.0);
          Object d =
              a.isNone("x")
                  ? a.get("dx")
                  : NumpyFrontend.diff(a.array("x"), 1, a.array("x").rank() == 1 ? 0 : axis);
          if (d instanceof Array da && da.rank() == 1 && y.rank() > 1) {
            long[] shp = new long[y.rank()];
            java.util.Arrays.fill(shp, 1);
            shp[Checks.axis("trapezoid", "axis", axis, y.rank())] = da.size();
            d = NumpyFrontend.reshape(da, shp);
          }
          return NumpyFrontend.sum(NumpyFrontend.multiply(mid, d), new int[] {axis}, null, false);
        });
  }

  private static List<?> range(Args a) {
    Object v = a.get("range");
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> l
        && l.size() == 2
        && l.get(0) instanceof Number
        && l.get(1) instanceof Number) {
      return l;
    }
    throw new IvyArgumentException("histogram: range must be None or (min, max); got " + v);
  }

  private static Array castIf(Array x, DType dtype) {
    return dtype == null ? x : NumpyFrontend.astype(x, dtype);
  }

  // ---- products

  private static void products(FunctionRegistry.Builder r) {
    add(
        r,
        "matmul",
        List.of(req("x1"), req("x2"), opt("out", null)),
        a -> NumpyFrontend.matmul(noOut(a).array("x1"), a.array("x2")));
    add(
        r,
        "dot",
        List.of(req("a"), req("b"), opt("out", null)),
        a -> NumpyFrontend.dot(noOut(a).array("a"), a.array("b")));
    add(
        r,
        "vdot",
        List.of(req("a"), req("b")),
        a -> NumpyFrontend.vdot(a.array("a"), a.array("b")));
    add(
        r,
        "inner",
        List.of(req("a"), req("b")),
        a -> NumpyFrontend.inner(a.array("a"), a.array("b")));
    add(
        r,
        "outer",
        List.of(req("a"), req("b"), opt("out", null)),
        a -> NumpyFrontend.outer(noOut(a).array("a"), a.array("b")));
    add(
        r,
        "kron",
        List.of(req("a"), req("b")),
        a -> NumpyFrontend.kron(a.array("a"), a.array("b")));
    add(
        r,
        "cross",
        List.of(
            req("a"),
            req("b"),
            opt("axisa", -1L),
            opt("axisb", -1L),
            opt("axisc", -1L),
            opt("axis", null)),
        a ->
            NumpyFrontend.cross(
                a.array("a"),
                a.array("b"),
                a.isNone("axis") ? a.intValue("axisa") : a.intValue("axis")));
    add(
        r,
        "tensordot",
        List.of(req("a"), req("b"), opt("axes", 2L)),
        a -> NumpyFrontend.tensordot(a.array("a"), a.array("b"), a.get("axes")));
    add(
        r,
        "einsum",
        List.of(req("subscripts"), varargs("operands")),
        a ->
            NumpyFrontend.einsum(
                a.string("subscripts"), arrays(a, "operands").toArray(new Array[0])));
    add(
        r,
        "vecdot",
        List.of(req("x1"), req("x2"), opt("axis", -1L)),
        a -> LA.vecdot(a.array("x1"), a.array("x2"), a.intValue("axis")));
  }

  // ---- sorting, searching, sets, dtypes

  private static void searching(FunctionRegistry.Builder r) {
    add(
        r,
        "sort",
        List.of(
            req("a"), opt("axis", -1L), opt("kind", null), opt("order", null), opt("stable", null)),
        a -> NumpyFrontend.sort(a.array("a"), axis1(a, "axis")));
    add(
        r,
        "argsort",
        List.of(
            req("a"), opt("axis", -1L), opt("kind", null), opt("order", null), opt("stable", null)),
        a -> NumpyFrontend.argsort(a.array("a"), axis1(a, "axis")));
    add(
        r,
        "searchsorted",
        List.of(req("a"), req("v"), opt("side", "left"), opt("sorter", null)),
        a ->
            NumpyFrontend.searchsorted(
                a.array("a"), a.array("v"), a.string("side"), a.arrayOrNull("sorter")));
    add(r, "nonzero", List.of(req("a")), a -> NumpyFrontend.nonzero(a.array("a")));
    add(r, "argwhere", List.of(req("a")), a -> NumpyFrontend.argwhere(a.array("a")));
    add(r, "flatnonzero", List.of(req("a")), a -> NumpyFrontend.flatnonzero(a.array("a")));
    add(
        r,
        "extract",
        List.of(req("condition"), req("arr")),
        a ->
            NumpyFrontend.take(
                a.array("arr"), NumpyFrontend.flatnonzero(a.array("condition")), null));
    add(
        r,
        "compress",
        List.of(req("condition"), req("a"), opt("axis", null)),
        a ->
            NumpyFrontend.take(
                a.array("a"), NumpyFrontend.flatnonzero(a.array("condition")), axis1(a, "axis")));
    add(
        r,
        "unique",
        List.of(
            req("ar"),
            opt("return_index", false),
            opt("return_inverse", false),
            opt("return_counts", false),
            opt("axis", null),
            opt("equal_nan", true)),
        a -> {
          Checks.check(a.isNone("axis"), "unique", "axis is not supported; got %s", a.get("axis"));
          Array x = NumpyFrontend.ravel(a.array("ar"), "C");
          if (!a.bool("return_index") && !a.bool("return_inverse") && !a.bool("return_counts")) {
            return NumpyFrontend.unique(x);
          }
          dev.ivy.ops.Sets.UniqueAll u = dev.ivy.ops.Sets.uniqueAll(x);
          // core's order is unspecified (array API); NumPy sorts the values
          Array order = NumpyFrontend.argsort(u.values(), 0);
          Array rank = NumpyFrontend.argsort(order, 0);
          List<Array> out = new ArrayList<>(List.of(NumpyFrontend.take(u.values(), order, 0)));
          if (a.bool("return_index")) {
            out.add(NumpyFrontend.take(u.indices(), order, 0));
          }
          if (a.bool("return_inverse")) {
            Array inv = NumpyFrontend.take(rank, NumpyFrontend.ravel(u.inverseIndices(), "C"), 0);
            out.add(NumpyFrontend.reshape(inv, a.array("ar").shape().dims()));
          }
          if (a.bool("return_counts")) {
            out.add(NumpyFrontend.take(u.counts(), order, 0));
          }
          return out;
        });
    add(r, "unique_values", List.of(req("x")), a -> NumpyFrontend.unique(a.array("x")));
    add(
        r,
        "isin",
        List.of(
            req("element"),
            req("test_elements"),
            opt("assume_unique", false),
            opt("invert", false)),
        a -> {
          Array m = NumpyFrontend.isin(a.array("element"), a.array("test_elements"));
          return a.bool("invert") ? NumpyFrontend.logicalNot(m) : m;
        });
    add(
        r,
        "intersect1d",
        List.of(req("ar1"), req("ar2"), opt("assume_unique", false)),
        a -> {
          Array u = NumpyFrontend.unique(a.array("ar1"));
          return NumpyFrontend.take(
              u, NumpyFrontend.flatnonzero(NumpyFrontend.isin(u, a.array("ar2"))), null);
        });
    add(
        r,
        "setdiff1d",
        List.of(req("ar1"), req("ar2"), opt("assume_unique", false)),
        a -> {
          Array u = NumpyFrontend.unique(a.array("ar1"));
          return NumpyFrontend.take(
              u,
              NumpyFrontend.flatnonzero(
                  NumpyFrontend.logicalNot(NumpyFrontend.isin(u, a.array("ar2")))),
              null);
        });
    add(
        r,
        "union1d",
        List.of(req("ar1"), req("ar2")),
        a ->
            NumpyFrontend.unique(
                NumpyFrontend.concatenate(
                    List.of(
                        NumpyFrontend.ravel(a.array("ar1"), "C"),
                        NumpyFrontend.ravel(a.array("ar2"), "C")),
                    0)));
    add(
        r,
        "take",
        List.of(
            req("a"), req("indices"), opt("axis", null), opt("out", null), opt("mode", "raise")),
        a -> NumpyFrontend.take(noOut(a).array("a"), a.array("indices"), axis1(a, "axis")));
    add(
        r,
        "take_along_axis",
        List.of(req("arr"), req("indices"), opt("axis", -1L)),
        a -> NumpyFrontend.takeAlongAxis(a.array("arr"), a.array("indices"), axis1(a, "axis")));
    add(
        r,
        "choose",
        List.of(req("a"), req("choices"), opt("out", null), opt("mode", "raise")),
        a -> {
          Array idx = noOut(a).array("a");
          List<Array> ch = arrays(a, "choices");
          Array st =
              NumpyFrontend.stack(
                  NumpyFrontend.broadcastArrays(concatOne(idx, ch)).subList(1, ch.size() + 1), 0);
          Array bi =
              NumpyFrontend.broadcastTo(
                  idx,
                  st.shape().dims()[0] == 0
                      ? idx.shape().dims()
                      : java.util.Arrays.copyOfRange(st.shape().dims(), 1, st.rank()));
          return NumpyFrontend.squeeze(
              NumpyFrontend.takeAlongAxis(st, NumpyFrontend.expandDims(bi, 0), 0), new int[] {0});
        });
    add(
        r,
        "unravel_index",
        List.of(req("indices"), req("shape"), opt("order", "C")),
        a -> {
          Array idx = a.array("indices");
          long[] s = shape(a, "shape");
          List<Array> out = new ArrayList<>();
          Array rem = idx;
          for (int i = s.length - 1; i >= 0; i--) {
            out.add(0, NumpyFrontend.mod(rem, s[i]));
            rem = NumpyFrontend.floorDivide(rem, s[i]);
          }
          return out;
        });
    add(
        r,
        "ravel_multi_index",
        List.of(req("multi_index"), req("dims"), opt("mode", "raise"), opt("order", "C")),
        a -> {
          List<Array> idx = arrays(a, "multi_index");
          long[] d = shape(a, "dims");
          Array acc = NumpyFrontend.zerosLike(idx.get(0), DType.INT64);
          for (int i = 0; i < d.length; i++) {
            acc = NumpyFrontend.add(NumpyFrontend.multiply(acc, d[i]), idx.get(i));
          }
          return acc;
        });
    add(
        r,
        "result_type",
        List.of(varargs("arrays_and_dtypes")),
        a -> NumpyFrontend.resultType((List<?>) a.get("arrays_and_dtypes")));
    add(
        r,
        "promote_types",
        List.of(req("type1"), req("type2")),
        a -> dev.ivy.rules.TypePromotion.promote(a.dtypeOrNull("type1"), a.dtypeOrNull("type2")));
    add(
        r,
        "can_cast",
        List.of(req("from_"), req("to"), opt("casting", "safe")),
        a -> {
          Checks.check(
              "safe".equals(a.string("casting")),
              "can_cast",
              "only casting='safe' is supported; got '%s'",
              a.string("casting"));
          return NumpyFrontend.canCast(
              a.get("from_") instanceof Array x ? x : a.dtypeOrNull("from_"), a.dtypeOrNull("to"));
        });
    add(r, "ndim", List.of(req("a")), a -> (long) a.array("a").rank());
    add(r, "size", List.of(req("a")), a -> a.array("a").size());
    add(
        r,
        "shape",
        List.of(req("a")),
        a -> {
          List<Long> s = new ArrayList<>();
          for (long d : a.array("a").shape().dims()) {
            s.add(d);
          }
          return s;
        });
  }

  private static List<Array> concatOne(Array first, List<Array> rest) {
    List<Array> l = new ArrayList<>();
    l.add(first);
    l.addAll(rest);
    return l;
  }

  // ---- linalg

  private static void linalg(FunctionRegistry.Builder r) {
    add(
        r,
        "linalg.norm",
        List.of(req("x"), opt("ord", null), opt("axis", null), opt("keepdims", false)),
        a -> LA.norm(a.array("x"), a.get("ord"), a.get("axis"), a.bool("keepdims")));
    add(r, "linalg.inv", List.of(req("a")), a -> LA.inv(a.array("a")));
    add(
        r,
        "linalg.pinv",
        List.of(req("a"), opt("rcond", null), opt("hermitian", false), opt("rtol", null)),
        a -> LA.pinv(a.array("a"), a.isNone("rtol") ? a.get("rcond") : a.get("rtol")));
    add(r, "linalg.det", List.of(req("a")), a -> LA.det(a.array("a")));
    add(r, "linalg.slogdet", List.of(req("a")), a -> LA.slogdet(a.array("a")));
    add(r, "linalg.solve", List.of(req("a"), req("b")), a -> LA.solve(a.array("a"), a.array("b")));
    add(
        r,
        "linalg.lstsq",
        List.of(req("a"), req("b"), opt("rcond", null)),
        a -> LA.lstsq(a.array("a"), a.array("b")));
    add(
        r,
        "linalg.matrix_power",
        List.of(req("a"), req("n")),
        a -> LA.matrixPower(a.array("a"), a.longValue("n")));
    add(
        r,
        "linalg.matrix_rank",
        List.of(req("A"), opt("tol", null), opt("hermitian", false), opt("rtol", null)),
        a -> LA.matrixRank(a.array("A"), a.isNone("rtol") ? a.get("tol") : a.get("rtol")));
    add(
        r,
        "linalg.cond",
        List.of(req("x"), opt("p", null)),
        a -> {
          Checks.check(
              a.isNone("p") || Long.valueOf(2).equals(a.get("p")),
              "linalg.cond",
              "only p=None or 2 is supported; got %s",
              a.get("p"));
          return LA.cond(a.array("x"));
        });
    add(
        r,
        "linalg.cholesky",
        List.of(req("a"), opt("upper", false)),
        a -> LA.cholesky(a.array("a"), a.bool("upper")));
    add(
        r,
        "linalg.qr",
        List.of(req("a"), opt("mode", "reduced")),
        a -> LA.qr(a.array("a"), a.string("mode")));
    add(
        r,
        "linalg.svd",
        List.of(
            req("a"), opt("full_matrices", true), opt("compute_uv", true), opt("hermitian", false)),
        a -> LA.svd(a.array("a"), a.bool("full_matrices"), a.bool("compute_uv")));
    add(r, "linalg.svdvals", List.of(req("x")), a -> LA.svdvals(a.array("x")));
    add(r, "linalg.eigh", List.of(req("a"), opt("UPLO", "L")), a -> LA.eigh(a.array("a")));
    add(r, "linalg.eigvalsh", List.of(req("a"), opt("UPLO", "L")), a -> LA.eigvalsh(a.array("a")));
    add(
        r,
        "linalg.multi_dot",
        List.of(req("arrays"), opt("out", null)),
        a -> LA.multiDot(arrays(noOut(a), "arrays")));
    add(
        r,
        "linalg.matmul",
        List.of(req("x1"), req("x2")),
        a -> LA.matmul(a.array("x1"), a.array("x2")));
    add(
        r,
        "linalg.outer",
        List.of(req("x1"), req("x2")),
        a -> LA.outer(a.array("x1"), a.array("x2")));
    add(
        r,
        "linalg.cross",
        List.of(req("x1"), req("x2"), opt("axis", -1L)),
        a -> LA.cross(a.array("x1"), a.array("x2"), a.intValue("axis")));
    add(
        r,
        "linalg.diagonal",
        List.of(req("x"), opt("offset", 0L)),
        a -> LA.diagonal(a.array("x"), a.longValue("offset")));
    add(
        r,
        "linalg.trace",
        List.of(req("x"), opt("offset", 0L), opt("dtype", null)),
        a ->
            NumpyFrontend.sum(
                LA.diagonal(a.array("x"), a.longValue("offset")), new int[] {-1}, dt(a), false));
    add(r, "linalg.matrix_transpose", List.of(req("x")), a -> LA.matrixTranspose(a.array("x")));
    add(
        r,
        "linalg.vector_norm",
        List.of(req("x"), opt("axis", null), opt("keepdims", false), opt("ord", 2L)),
        a -> LA.vectorNorm(a.array("x"), a.get("axis"), a.bool("keepdims"), a.get("ord")));
    add(
        r,
        "linalg.matrix_norm",
        List.of(req("x"), opt("keepdims", false), opt("ord", "fro")),
        a -> LA.matrixNorm(a.array("x"), a.bool("keepdims"), a.get("ord")));
    add(
        r,
        "linalg.vecdot",
        List.of(req("x1"), req("x2"), opt("axis", -1L)),
        a -> LA.vecdot(a.array("x1"), a.array("x2"), a.intValue("axis")));
    add(
        r,
        "linalg.tensordot",
        List.of(req("x1"), req("x2"), opt("axes", 2L)),
        a -> NumpyFrontend.tensordot(a.array("x1"), a.array("x2"), a.get("axes")));
  }

  // ---- random

  private static long[] sizeOrNull(Args a) {
    return a.isNone("size") ? null : shape(a, "size");
  }

  private static void random(FunctionRegistry.Builder r) {
    add(
        r,
        "random.seed",
        List.of(opt("seed", null)),
        a -> {
          RND.seed(a.isNone("seed") ? System.nanoTime() : a.longValue("seed"));
          return null;
        });
    add(r, "random.rand", List.of(varargs("d")), a -> RND.rand(shape(a, "d")));
    add(r, "random.randn", List.of(varargs("d")), a -> RND.randn(shape(a, "d")));
    for (String n :
        List.of("random.random", "random.random_sample", "random.ranf", "random.sample")) {
      add(r, n, List.of(opt("size", null)), a -> RND.random(sizeOrNull(a)));
    }
    add(
        r,
        "random.uniform",
        List.of(opt("low", 0.0), opt("high", 1.0), opt("size", null)),
        a -> RND.uniform(a.arrayOrScalar("low"), a.arrayOrScalar("high"), sizeOrNull(a)));
    add(
        r,
        "random.normal",
        List.of(opt("loc", 0.0), opt("scale", 1.0), opt("size", null)),
        a -> RND.normal(a.arrayOrScalar("loc"), a.arrayOrScalar("scale"), sizeOrNull(a)));
    add(
        r,
        "random.standard_normal",
        List.of(opt("size", null)),
        a -> RND.standardNormal(sizeOrNull(a)));
    add(
        r,
        "random.randint",
        List.of(req("low"), opt("high", null), opt("size", null), opt("dtype", null)),
        a -> RND.randint(a.arrayOrScalar("low"), a.get("high"), sizeOrNull(a), dt(a)));
    add(
        r,
        "random.permutation",
        List.of(req("x")),
        a -> RND.permutation(a.get("x") instanceof Number n ? n : a.array("x")));
  }

  // ---- ndarray methods

  private static void methods(FunctionRegistry.Builder r) {
    add(
        r,
        "ndarray.reshape",
        List.of(req("self"), varargs("shape")),
        a -> {
          List<?> s = (List<?>) a.get("shape");
          Object shp = s.size() == 1 ? s.get(0) : s;
          return NumpyFrontend.reshape(
              a.array("self"), NumpyComposites.longs(shp, a.fn(), "shape"));
        });
    add(
        r,
        "ndarray.astype",
        List.of(
            req("self"),
            req("dtype"),
            opt("order", "K"),
            opt("casting", "unsafe"),
            opt("subok", true),
            opt("copy", true)),
        a -> NumpyFrontend.astype(a.array("self"), dt(a)));
    add(
        r,
        "ndarray.flatten",
        List.of(req("self"), opt("order", "C")),
        a -> NumpyFrontend.ravel(a.array("self"), a.string("order")));
    add(
        r,
        "ndarray.ravel",
        List.of(req("self"), opt("order", "C")),
        a -> NumpyFrontend.ravel(a.array("self"), a.string("order")));
    add(
        r,
        "ndarray.transpose",
        List.of(req("self"), varargs("axes")),
        a -> {
          List<?> s = (List<?>) a.get("axes");
          Object ax = s.isEmpty() ? null : s.size() == 1 ? s.get(0) : s;
          return NumpyFrontend.transpose(a.array("self"), NumpyComposites.axes(ax));
        });
    add(r, "ndarray.T", List.of(req("self")), a -> NumpyFrontend.transpose(a.array("self"), null));
    List<Param> sumP =
        List.of(
            req("self"),
            opt("axis", null),
            opt("dtype", null),
            opt("out", null),
            opt("keepdims", false));
    add(
        r,
        "ndarray.sum",
        sumP,
        a -> NumpyFrontend.sum(noOut(a).array("self"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    add(
        r,
        "ndarray.prod",
        sumP,
        a -> NumpyFrontend.prod(noOut(a).array("self"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    add(
        r,
        "ndarray.mean",
        sumP,
        a -> NumpyFrontend.mean(noOut(a).array("self"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    List<Param> maxP =
        List.of(req("self"), opt("axis", null), opt("out", null), opt("keepdims", false));
    add(
        r,
        "ndarray.max",
        maxP,
        a -> NumpyFrontend.max(noOut(a).array("self"), ax(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "ndarray.min",
        maxP,
        a -> NumpyFrontend.min(noOut(a).array("self"), ax(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "ndarray.all",
        maxP,
        a -> NumpyFrontend.all(noOut(a).array("self"), ax(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "ndarray.any",
        maxP,
        a -> NumpyFrontend.any(noOut(a).array("self"), ax(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "ndarray.argmax",
        maxP,
        a -> NumpyFrontend.argmax(noOut(a).array("self"), axis1(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "ndarray.argmin",
        maxP,
        a -> NumpyFrontend.argmin(noOut(a).array("self"), axis1(a, "axis"), a.bool("keepdims")));
    List<Param> varP =
        List.of(
            req("self"),
            opt("axis", null),
            opt("dtype", null),
            opt("out", null),
            opt("ddof", 0L),
            opt("keepdims", false));
    add(
        r,
        "ndarray.std",
        varP,
        a ->
            NumpyFrontend.std(
                castIf(noOut(a).array("self"), dt(a)),
                ax(a, "axis"),
                a.doubleValue("ddof"),
                a.bool("keepdims")));
    add(
        r,
        "ndarray.var",
        varP,
        a ->
            NumpyFrontend.var(
                castIf(noOut(a).array("self"), dt(a)),
                ax(a, "axis"),
                a.doubleValue("ddof"),
                a.bool("keepdims")));
    add(
        r,
        "ndarray.clip",
        List.of(req("self"), opt("min", null), opt("max", null), opt("out", null)),
        a -> NumpyFrontend.clip(noOut(a).array("self"), a.get("min"), a.get("max")));
    add(
        r,
        "ndarray.squeeze",
        List.of(req("self"), opt("axis", null)),
        a -> NumpyFrontend.squeeze(a.array("self"), ax(a, "axis")));
    List<Param> cumP =
        List.of(req("self"), opt("axis", null), opt("dtype", null), opt("out", null));
    add(
        r,
        "ndarray.cumsum",
        cumP,
        a -> NumpyFrontend.cumsum(noOut(a).array("self"), axis1(a, "axis"), dt(a)));
    add(
        r,
        "ndarray.cumprod",
        cumP,
        a -> NumpyFrontend.cumprod(noOut(a).array("self"), axis1(a, "axis"), dt(a)));
    add(
        r,
        "ndarray.round",
        List.of(req("self"), opt("decimals", 0L), opt("out", null)),
        a -> NumpyFrontend.around(noOut(a).array("self"), a.longValue("decimals")));
    add(
        r,
        "ndarray.dot",
        List.of(req("self"), req("b"), opt("out", null)),
        a -> NumpyFrontend.dot(noOut(a).array("self"), a.array("b")));
    add(
        r,
        "ndarray.swapaxes",
        List.of(req("self"), req("axis1"), req("axis2")),
        a -> NumpyFrontend.swapaxes(a.array("self"), a.intValue("axis1"), a.intValue("axis2")));
    add(r, "ndarray.copy", List.of(req("self"), opt("order", "C")), a -> a.array("self"));
    add(
        r,
        "ndarray.repeat",
        List.of(req("self"), req("repeats"), opt("axis", null)),
        a ->
            NumpyFrontend.repeat(
                a.array("self"),
                a.get("repeats") instanceof List ? a.array("repeats") : a.get("repeats"),
                axis1(a, "axis")));
    add(r, "ndarray.nonzero", List.of(req("self")), a -> NumpyFrontend.nonzero(a.array("self")));
    add(
        r,
        "ndarray.argsort",
        List.of(req("self"), opt("axis", -1L), opt("kind", null), opt("order", null)),
        a -> NumpyFrontend.argsort(a.array("self"), axis1(a, "axis")));
    add(
        r,
        "ndarray.take",
        List.of(
            req("self"), req("indices"), opt("axis", null), opt("out", null), opt("mode", "raise")),
        a -> NumpyFrontend.take(noOut(a).array("self"), a.array("indices"), axis1(a, "axis")));
    add(
        r,
        "ndarray.trace",
        List.of(
            req("self"),
            opt("offset", 0L),
            opt("axis1", 0L),
            opt("axis2", 1L),
            opt("dtype", null),
            opt("out", null)),
        a ->
            NumpyFrontend.trace(
                noOut(a).array("self"),
                a.longValue("offset"),
                a.intValue("axis1"),
                a.intValue("axis2"),
                dt(a)));
    add(
        r,
        "ndarray.diagonal",
        List.of(req("self"), opt("offset", 0L), opt("axis1", 0L), opt("axis2", 1L)),
        a ->
            NumpyFrontend.diagonal(
                a.array("self"), a.longValue("offset"), a.intValue("axis1"), a.intValue("axis2")));
    add(r, "ndarray.item", List.of(req("self")), a -> a.array("self").item());
    add(r, "ndarray.tolist", List.of(req("self")), a -> a.array("self"));
  }
}
