package dev.ivy.frontend.numpy;

import static dev.ivy.frontend.numpy.NumpyFunctions.add;
import static dev.ivy.frontend.numpy.NumpyFunctions.arrays;
import static dev.ivy.frontend.numpy.NumpyFunctions.binary;
import static dev.ivy.frontend.numpy.NumpyFunctions.doubleOrNull;
import static dev.ivy.frontend.numpy.NumpyFunctions.noOut;
import static dev.ivy.frontend.numpy.NumpyFunctions.unary;
import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.Param;
import java.util.List;

/**
 * Registers the NumPy frontend's the universal functions and other element-wise functions (ufunc
 * parameter names {@code x}, {@code x1}, {@code x2}); {@link NumpyFunctions} calls it.
 */
final class NumpyUfuncFunctions {

  private NumpyUfuncFunctions() {}

  // ---- ufuncs and element-wise functions

  static void ufuncs(FunctionRegistry.Builder r) {
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
}
