package dev.ivy.registry;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Indexing;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Sorting;
import dev.ivy.rules.TypePromotion;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Registers the core functional API under the namespace {@code ivy}, with the array API standard's
 * snake_case names and parameter names ({@code cumulative_sum(x, axis=None, dtype=None,
 * include_initial=False)}).
 */
public final class CoreFunctions implements FunctionProvider {
  private static final String NS = "ivy";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public CoreFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    elementwise(r);
    creation(r);
    manipulation(r);
    reductions(r);
    linalg(r);
    dtypes(r);
    sortingAndMore(r);
  }

  private static void sortingAndMore(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "tril",
        List.of(req("x"), opt("k", 0L)),
        a -> Creation.tril(a.array("x"), a.longValue("k")));
    r.add(
        NS,
        "triu",
        List.of(req("x"), opt("k", 0L)),
        a -> Creation.triu(a.array("x"), a.longValue("k")));
    r.add(
        NS,
        "meshgrid",
        List.of(varargs("arrays"), opt("indexing", "xy")),
        a -> Creation.meshgrid(a.arrays("arrays"), a.string("indexing")));
    r.add(
        NS,
        "repeat",
        List.of(req("x"), req("repeats"), opt("axis", null)),
        a ->
            a.get("repeats") instanceof Array rep
                ? Manipulation.repeat(a.array("x"), rep, a.intOrNull("axis"))
                : Manipulation.repeat(a.array("x"), a.longValue("repeats"), a.intOrNull("axis")));
    r.add(
        NS,
        "diff",
        List.of(
            req("x"), opt("axis", -1L), opt("n", 1L), opt("prepend", null), opt("append", null)),
        a -> {
          Array x = a.array("x");
          int axis = a.intValue("axis");
          if (!a.isNone("prepend") || !a.isNone("append")) {
            java.util.List<Array> parts = new java.util.ArrayList<>();
            if (!a.isNone("prepend")) {
              parts.add(edge(a.array("prepend"), x, axis));
            }
            parts.add(x);
            if (!a.isNone("append")) {
              parts.add(edge(a.array("append"), x, axis));
            }
            x = Manipulation.concat(parts, axis);
          }
          return Manipulation.diff(x, a.intValue("n"), axis);
        });
    List<Param> sortParams =
        List.of(req("x"), opt("axis", -1L), opt("descending", false), opt("stable", true));
    r.add(
        NS,
        "sort",
        sortParams,
        a -> Sorting.sort(a.array("x"), a.intValue("axis"), a.bool("descending")));
    r.add(
        NS,
        "argsort",
        sortParams,
        a -> Sorting.argsort(a.array("x"), a.intValue("axis"), a.bool("descending")));
    r.add(
        NS,
        "searchsorted",
        List.of(req("x1"), req("x2"), opt("side", "left"), opt("sorter", null)),
        a -> {
          Array x1 = a.array("x1");
          if (!a.isNone("sorter")) {
            x1 = dev.ivy.ops.Indexing.take(x1, a.array("sorter"), 0);
          }
          return Sorting.searchsorted(x1, a.array("x2"), a.string("side"));
        });
    r.add(
        NS,
        "linalg.trace",
        List.of(req("x"), opt("offset", 0L), opt("dtype", null)),
        a -> Linalg.trace(a.array("x"), a.longValue("offset"), a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "linalg.diagonal",
        List.of(req("x"), opt("offset", 0L)),
        a -> Linalg.diagonal(a.array("x"), a.longValue("offset")));
    r.add(
        NS,
        "linalg.outer",
        List.of(req("x1"), req("x2")),
        a -> Linalg.outer(a.array("x1"), a.array("x2")));
    r.add(
        NS,
        "linalg.cross",
        List.of(req("x1"), req("x2"), opt("axis", -1L)),
        a -> Linalg.cross(a.array("x1"), a.array("x2"), a.intValue("axis")));
    r.add(
        NS,
        "linalg.matrix_norm",
        List.of(req("x"), opt("keepdims", false), opt("ord", "fro")),
        a -> Linalg.matrixNorm(a.array("x"), a.get("ord"), a.bool("keepdims")));
    r.add(NS, "isdtype", List.of(req("dtype"), req("kind")), a -> isdtype(a));
    // core has no complex dtypes: for real arrays these are NumPy's identities
    r.add(NS, "real", List.of(req("x")), a -> a.array("x"));
    r.add(NS, "conj", List.of(req("x")), a -> a.array("x"));
    r.add(NS, "imag", List.of(req("x")), a -> Creation.zerosLike(a.array("x")));
    r.add(
        NS, "linalg.tensordot", List.of(req("x1"), req("x2"), opt("axes", 2L)), a -> tensordot(a));
    r.add(
        NS,
        "linalg.matrix_transpose",
        List.of(req("x")),
        a -> Manipulation.matrixTranspose(a.array("x")));
    r.add(
        NS,
        "linalg.matmul",
        List.of(req("x1"), req("x2")),
        a -> Linalg.matmul(a.array("x1"), a.array("x2")));
    r.add(
        NS,
        "linalg.vecdot",
        List.of(req("x1"), req("x2"), opt("axis", -1L)),
        a -> Linalg.vecdot(a.array("x1"), a.array("x2"), a.intValue("axis")));
  }

  /** Returns a prepend/append value of diff broadcast to x's shape with size 1 along axis. */
  private static Array edge(Array v, Array x, int axis) {
    if (v.rank() == x.rank()) {
      return v;
    }
    long[] d = x.shape().dims();
    d[dev.ivy.ops.Checks.axis("diff", "axis", axis, x.rank())] = 1;
    return Manipulation.broadcastTo(v, Shape.of(d));
  }

  private static void unary(FunctionRegistry.Builder r, String name, UnaryOperator<Array> f) {
    r.add(NS, name, List.of(req("x")), a -> f.apply(a.array("x")));
  }

  private interface Binary {
    Array apply(Object x, Object y);
  }

  private static void binary(FunctionRegistry.Builder r, String name, Binary f) {
    r.add(
        NS,
        name,
        List.of(req("x1"), req("x2")),
        a -> f.apply(a.arrayOrScalar("x1"), a.arrayOrScalar("x2")));
  }

  private static void elementwise(FunctionRegistry.Builder r) {
    unary(r, "abs", Elementwise::abs);
    unary(r, "negative", Elementwise::negative);
    unary(r, "positive", Elementwise::positive);
    unary(r, "sign", Elementwise::sign);
    unary(r, "square", Elementwise::square);
    unary(r, "reciprocal", Elementwise::reciprocal);
    unary(r, "exp", Elementwise::exp);
    unary(r, "expm1", Elementwise::expm1);
    unary(r, "log", Elementwise::log);
    unary(r, "log1p", Elementwise::log1p);
    unary(r, "log2", Elementwise::log2);
    unary(r, "log10", Elementwise::log10);
    unary(r, "sqrt", Elementwise::sqrt);
    unary(r, "sin", Elementwise::sin);
    unary(r, "cos", Elementwise::cos);
    unary(r, "tan", Elementwise::tan);
    unary(r, "asin", Elementwise::asin);
    unary(r, "acos", Elementwise::acos);
    unary(r, "atan", Elementwise::atan);
    unary(r, "sinh", Elementwise::sinh);
    unary(r, "cosh", Elementwise::cosh);
    unary(r, "tanh", Elementwise::tanh);
    unary(r, "asinh", Elementwise::asinh);
    unary(r, "acosh", Elementwise::acosh);
    unary(r, "atanh", Elementwise::atanh);
    unary(r, "floor", Elementwise::floor);
    unary(r, "ceil", Elementwise::ceil);
    unary(r, "round", Elementwise::round);
    unary(r, "trunc", Elementwise::trunc);
    unary(r, "isnan", Elementwise::isnan);
    unary(r, "isinf", Elementwise::isinf);
    unary(r, "isfinite", Elementwise::isfinite);
    unary(r, "signbit", Elementwise::signbit);
    unary(r, "logical_not", Elementwise::logicalNot);
    unary(r, "bitwise_invert", Elementwise::bitwiseInvert);
    binary(r, "add", Elementwise::add);
    binary(r, "subtract", Elementwise::subtract);
    binary(r, "multiply", Elementwise::multiply);
    binary(r, "divide", Elementwise::divide);
    binary(r, "floor_divide", Elementwise::floorDivide);
    binary(r, "remainder", Elementwise::remainder);
    binary(r, "pow", Elementwise::pow);
    binary(r, "maximum", Elementwise::maximum);
    binary(r, "minimum", Elementwise::minimum);
    binary(r, "atan2", Elementwise::atan2);
    binary(r, "hypot", Elementwise::hypot);
    binary(r, "logaddexp", Elementwise::logaddexp);
    binary(r, "copysign", Elementwise::copysign);
    binary(r, "equal", Elementwise::equal);
    binary(r, "not_equal", Elementwise::notEqual);
    binary(r, "less", Elementwise::less);
    binary(r, "less_equal", Elementwise::lessEqual);
    binary(r, "greater", Elementwise::greater);
    binary(r, "greater_equal", Elementwise::greaterEqual);
    binary(r, "logical_and", Elementwise::logicalAnd);
    binary(r, "logical_or", Elementwise::logicalOr);
    binary(r, "logical_xor", Elementwise::logicalXor);
    binary(r, "bitwise_and", Elementwise::bitwiseAnd);
    binary(r, "bitwise_or", Elementwise::bitwiseOr);
    binary(r, "bitwise_xor", Elementwise::bitwiseXor);
    binary(r, "bitwise_left_shift", Elementwise::bitwiseLeftShift);
    binary(r, "bitwise_right_shift", Elementwise::bitwiseRightShift);
    r.add(
        NS,
        "where",
        List.of(req("condition"), req("x1"), req("x2")),
        a -> Elementwise.where(a.array("condition"), a.arrayOrScalar("x1"), a.arrayOrScalar("x2")));
    r.add(
        NS,
        "clip",
        List.of(req("x"), opt("min", null), opt("max", null)),
        a -> Elementwise.clip(a.array("x"), bound(a, "min"), bound(a, "max")));
    r.add(
        NS,
        "one_hot",
        List.of(
            req("indices"),
            req("depth"),
            opt("on_value", null),
            opt("off_value", null),
            opt("axis", null),
            opt("dtype", null)),
        a ->
            Indexing.oneHot(
                a.array("indices"),
                a.longValue("depth"),
                a.numberOrNull("on_value"),
                a.numberOrNull("off_value"),
                a.intOrNull("axis"),
                a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "take",
        List.of(req("x"), req("indices"), opt("axis", null)),
        a ->
            a.isNone("axis")
                ? Indexing.take(
                    Manipulation.reshape(a.array("x"), Shape.of(a.array("x").size())),
                    a.array("indices"),
                    0)
                : Indexing.take(a.array("x"), a.array("indices"), a.intValue("axis")));
  }

  private static Object bound(Args a, String name) {
    return a.isNone(name) ? null : a.arrayOrScalar(name);
  }

  private static Shape shape(Args a, String name) {
    return Shape.of(a.longs(name));
  }

  private static void creation(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "zeros",
        List.of(req("shape"), opt("dtype", null)),
        a -> Creation.zeros(shape(a, "shape"), a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "ones",
        List.of(req("shape"), opt("dtype", null)),
        a -> Creation.ones(shape(a, "shape"), a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "empty",
        List.of(req("shape"), opt("dtype", null)),
        a -> Creation.empty(shape(a, "shape"), a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "full",
        List.of(req("shape"), req("fill_value"), opt("dtype", null)),
        a -> Creation.full(shape(a, "shape"), a.get("fill_value"), a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "zeros_like",
        List.of(req("x"), opt("dtype", null)),
        a -> Creation.fullLike(a.array("x"), 0, a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "ones_like",
        List.of(req("x"), opt("dtype", null)),
        a -> Creation.fullLike(a.array("x"), 1, a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "empty_like",
        List.of(req("x"), opt("dtype", null)),
        a -> Creation.fullLike(a.array("x"), 0, a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "full_like",
        List.of(req("x"), req("fill_value"), opt("dtype", null)),
        a -> Creation.fullLike(a.array("x"), a.get("fill_value"), a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "arange",
        List.of(req("start"), opt("stop", null), opt("step", 1L), opt("dtype", null)),
        a ->
            Creation.arange(
                a.numberOrNull("start"),
                a.numberOrNull("stop"),
                a.numberOrNull("step"),
                a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "linspace",
        List.of(req("start"), req("stop"), req("num"), opt("dtype", null), opt("endpoint", true)),
        a ->
            Creation.linspace(
                a.numberOrNull("start"),
                a.numberOrNull("stop"),
                a.longValue("num"),
                a.dtypeOrNull("dtype"),
                a.bool("endpoint")));
    r.add(
        NS,
        "eye",
        List.of(req("n_rows"), opt("n_cols", null), opt("k", 0L), opt("dtype", null)),
        a ->
            Creation.eye(
                a.longValue("n_rows"),
                a.isNone("n_cols") ? null : a.longValue("n_cols"),
                a.longValue("k"),
                a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "asarray",
        List.of(req("obj"), opt("dtype", null)),
        a -> dev.ivy.ops.Conversion.asarray(a.get("obj"), a.dtypeOrNull("dtype")));
  }

  private static void manipulation(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "astype",
        List.of(req("x"), req("dtype")),
        a -> Manipulation.astype(a.array("x"), a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "reshape",
        List.of(req("x"), req("shape")),
        a -> Manipulation.reshape(a.array("x"), a.longs("shape")));
    r.add(
        NS,
        "permute_dims",
        List.of(req("x"), req("axes")),
        a -> Manipulation.permuteDims(a.array("x"), a.intsOrNull("axes")));
    r.add(
        NS, "matrix_transpose", List.of(req("x")), a -> Manipulation.matrixTranspose(a.array("x")));
    r.add(
        NS,
        "expand_dims",
        List.of(req("x"), opt("axis", 0L)),
        a -> Manipulation.expandDims(a.array("x"), a.intValue("axis")));
    r.add(
        NS,
        "squeeze",
        List.of(req("x"), opt("axis", null)),
        a ->
            Manipulation.squeeze(
                a.array("x"), a.isNone("axis") ? new int[0] : a.intsOrNull("axis")));
    r.add(
        NS,
        "concat",
        List.of(req("arrays"), opt("axis", 0L)),
        a -> Manipulation.concat(a.arrays("arrays"), a.intOrNull("axis")));
    r.add(
        NS,
        "stack",
        List.of(req("arrays"), opt("axis", 0L)),
        a -> Manipulation.stack(a.arrays("arrays"), a.intValue("axis")));
    r.add(
        NS,
        "unstack",
        List.of(req("x"), opt("axis", 0L)),
        a -> Manipulation.unstack(a.array("x"), a.intValue("axis")));
    r.add(
        NS,
        "flip",
        List.of(req("x"), opt("axis", null)),
        a -> Manipulation.flip(a.array("x"), a.isNone("axis") ? new int[0] : a.intsOrNull("axis")));
    r.add(
        NS,
        "roll",
        List.of(req("x"), req("shift"), opt("axis", null)),
        a -> Manipulation.roll(a.array("x"), a.longs("shift"), a.intsOrNull("axis")));
    r.add(
        NS,
        "broadcast_to",
        List.of(req("x"), req("shape")),
        a -> Manipulation.broadcastTo(a.array("x"), shape(a, "shape")));
    r.add(
        NS,
        "broadcast_arrays",
        List.of(varargs("arrays")),
        a -> Manipulation.broadcastArrays(a.arrays("arrays")));
    r.add(
        NS,
        "moveaxis",
        List.of(req("x"), req("source"), req("destination")),
        a ->
            Manipulation.moveaxis(
                a.array("x"), a.intsOrNull("source"), a.intsOrNull("destination")));
    r.add(
        NS,
        "tile",
        List.of(req("x"), req("repetitions")),
        a -> Manipulation.tile(a.array("x"), a.longs("repetitions")));
    r.add(
        NS,
        "swapaxes",
        List.of(req("x"), req("axis1"), req("axis2")),
        a -> Manipulation.swapaxes(a.array("x"), a.intValue("axis1"), a.intValue("axis2")));
  }

  private static void reductions(FunctionRegistry.Builder r) {
    List<Param> sumLike =
        List.of(req("x"), opt("axis", null), opt("dtype", null), opt("keepdims", false));
    r.add(
        NS,
        "sum",
        sumLike,
        a ->
            Reductions.sum(
                a.array("x"), a.intsOrNull("axis"), a.bool("keepdims"), a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "prod",
        sumLike,
        a ->
            Reductions.prod(
                a.array("x"), a.intsOrNull("axis"), a.bool("keepdims"), a.dtypeOrNull("dtype")));
    List<Param> axisKeep = List.of(req("x"), opt("axis", null), opt("keepdims", false));
    r.add(
        NS,
        "mean",
        axisKeep,
        a -> Reductions.mean(a.array("x"), a.intsOrNull("axis"), a.bool("keepdims")));
    r.add(
        NS,
        "max",
        axisKeep,
        a -> Reductions.max(a.array("x"), a.intsOrNull("axis"), a.bool("keepdims")));
    r.add(
        NS,
        "min",
        axisKeep,
        a -> Reductions.min(a.array("x"), a.intsOrNull("axis"), a.bool("keepdims")));
    r.add(
        NS,
        "all",
        axisKeep,
        a -> Reductions.all(a.array("x"), a.intsOrNull("axis"), a.bool("keepdims")));
    r.add(
        NS,
        "any",
        axisKeep,
        a -> Reductions.any(a.array("x"), a.intsOrNull("axis"), a.bool("keepdims")));
    List<Param> varLike =
        List.of(req("x"), opt("axis", null), opt("correction", 0.0), opt("keepdims", false));
    r.add(
        NS,
        "var",
        varLike,
        a ->
            Reductions.var(
                a.array("x"),
                a.intsOrNull("axis"),
                a.doubleValue("correction"),
                a.bool("keepdims")));
    r.add(
        NS,
        "std",
        varLike,
        a ->
            Reductions.std(
                a.array("x"),
                a.intsOrNull("axis"),
                a.doubleValue("correction"),
                a.bool("keepdims")));
    r.add(
        NS,
        "argmax",
        axisKeep,
        a -> Reductions.argmax(a.array("x"), a.intOrNull("axis"), a.bool("keepdims")));
    r.add(
        NS,
        "argmin",
        axisKeep,
        a -> Reductions.argmin(a.array("x"), a.intOrNull("axis"), a.bool("keepdims")));
    r.add(
        NS,
        "cumulative_sum",
        List.of(req("x"), opt("axis", null), opt("dtype", null), opt("include_initial", false)),
        a ->
            Cumulative.cumulativeSum(
                a.array("x"),
                a.intOrNull("axis"),
                a.dtypeOrNull("dtype"),
                a.bool("include_initial")));
    r.add(
        NS,
        "cumprod",
        List.of(req("x"), opt("axis", 0L), opt("exclusive", false), opt("reverse", false)),
        a ->
            Cumulative.cumprod(
                a.array("x"), a.intValue("axis"), a.bool("exclusive"), a.bool("reverse")));
  }

  private static void linalg(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "matmul",
        List.of(req("x1"), req("x2")),
        a -> Linalg.matmul(a.array("x1"), a.array("x2")));
    r.add(
        NS, "tensordot", List.of(req("x1"), req("x2"), opt("axes", 2L)), CoreFunctions::tensordot);
    r.add(
        NS,
        "vecdot",
        List.of(req("x1"), req("x2"), opt("axis", -1L)),
        a -> Linalg.vecdot(a.array("x1"), a.array("x2"), a.intValue("axis")));
  }

  /** The array API's isdtype: a dtype, a kind name or a tuple (list) of them. */
  private static boolean isdtype(Args a) {
    DType dt = a.dtypeOrNull("dtype");
    Object kind = a.get("kind");
    List<?> kinds = kind instanceof List<?> l ? l : List.of(kind);
    for (Object k : kinds) {
      if (k instanceof DType d ? d == dt : matchesKind(dt, String.valueOf(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesKind(DType dt, String kind) {
    switch (kind) {
      case "bool":
        return dt.isBool();
      case "signed integer":
        return dt.isInteger() && dt.isSigned();
      case "unsigned integer":
        return dt.isInteger() && !dt.isSigned();
      case "integral":
        return dt.isInteger();
      case "real floating":
        return dt.isFloating();
      case "complex floating":
        return false;
      case "numeric":
        return dt.isNumeric();
      default:
        throw new dev.ivy.errors.IvyArgumentException(
            "isdtype: kind must be a dtype or one of 'bool', 'signed integer', 'unsigned integer',"
                + " 'integral', 'real floating', 'complex floating', 'numeric'; got '"
                + kind
                + "'");
    }
  }

  private static Array tensordot(Args a) {
    Object ax = a.get("axes");
    if (ax instanceof List<?> l && l.size() == 2 && l.get(0) instanceof List) {
      return Linalg.tensordot(a.array("x1"), a.array("x2"), ints(l.get(0)), ints(l.get(1)));
    }
    return Linalg.tensordot(a.array("x1"), a.array("x2"), a.intValue("axes"));
  }

  private static int[] ints(Object o) {
    List<?> l = (List<?>) o;
    int[] r = new int[l.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = ((Number) l.get(i)).intValue();
    }
    return r;
  }

  private static void dtypes(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "result_type",
        List.of(varargs("arrays_and_dtypes")),
        a -> {
          DType dt = null;
          for (Object o : (List<?>) a.get("arrays_and_dtypes")) {
            DType d =
                o instanceof Array arr
                    ? arr.dtype()
                    : o instanceof DType t ? t : DType.of(String.valueOf(o));
            dt = dt == null ? d : TypePromotion.promote(dt, d);
          }
          return dt;
        });
    r.add(
        NS,
        "can_cast",
        List.of(req("from_"), req("to")),
        a -> {
          Object f = a.get("from_");
          DType from = f instanceof Array arr ? arr.dtype() : a.dtypeOrNull("from_");
          return TypePromotion.canCast(from, a.dtypeOrNull("to"));
        });
  }
}
