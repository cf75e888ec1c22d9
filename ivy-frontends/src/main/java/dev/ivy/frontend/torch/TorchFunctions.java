package dev.ivy.frontend.torch;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Einsum;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Manipulation;
import dev.ivy.registry.Args;
import dev.ivy.registry.FunctionProvider;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.Param;
import dev.ivy.registry.RegisteredFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Registers the PyTorch frontend under the namespace {@code torch}: {@code torch.*} functions by
 * their names ({@code add}, {@code nn.functional.one_hot}, {@code linalg.norm}) and tensor methods
 * as {@code Tensor.NAME} with the tensor first, all with PyTorch's parameter names and defaults.
 */
public final class TorchFunctions implements FunctionProvider {
  private static final String NS = "torch";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public TorchFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    Reg g = new Reg(r);
    pointwise(g);
    reductions(g);
    creation(g);
    searching(g);
    tensorMethods(g);
    extras(g);
  }

  /** Registration helpers. */
  private static final class Reg {
    final FunctionRegistry.Builder r;

    Reg(FunctionRegistry.Builder r) {
      this.r = r;
    }

    void fn(String name, List<Param> params, RegisteredFunction.Body body) {
      r.add(NS, name, params, body);
    }

    /** Registers {@code torch.NAME} and {@code Tensor.NAME}. */
    void both(String name, List<Param> params, RegisteredFunction.Body body) {
      fn(name, params, body);
      fn("Tensor." + name, params, body);
    }

    void unary(String name, UnaryOperator<Array> f, String... aliases) {
      both(name, List.of(req("input")), a -> f.apply(a.array("input")));
      for (String al : aliases) {
        both(al, List.of(req("input")), a -> f.apply(a.array("input")));
      }
    }

    void floatUnary(String name, UnaryOperator<Array> f, String... aliases) {
      unary(name, x -> TorchMath.unaryFloat(x, f), aliases);
    }

    void binary(String name, java.util.function.BinaryOperator<Array> f, String... aliases) {
      RegisteredFunction.Body b =
          a -> TorchMath.binary(a.arrayOrScalar("input"), a.arrayOrScalar("other"), f);
      both(name, List.of(req("input"), req("other")), b);
      for (String al : aliases) {
        both(al, List.of(req("input"), req("other")), b);
      }
    }
  }

  // ------------------------------------------------------------------ argument helpers

  private static int[] dims(Args a, String name) {
    return a.intsOrNull(name);
  }

  /** Returns a size given as varargs ({@code ones(2, 3)}) or as one sequence. */
  static long[] sizes(Args a, String name) {
    Object v = a.get(name);
    if (v instanceof List<?> l
        && l.size() == 1
        && (l.get(0) instanceof List || l.get(0) instanceof Array)) {
      return TorchShapes.longs(l.get(0));
    }
    return TorchShapes.longs(v);
  }

  private static Number num(Args a, String name) {
    return a.numberOrNull(name);
  }

  private static Object scalarOrArray(Args a, String name) {
    return a.isNone(name) ? null : a.arrayOrScalar(name);
  }

  private static Array t(Args a) {
    return a.array("input");
  }

  private static final List<Param> X = List.of(req("input"));

  private static final String NF = "nn.functional.";

  // ------------------------------------------------------------------ pointwise

  private static void pointwise(Reg g) {
    g.unary("abs", Elementwise::abs, "absolute");
    g.unary("neg", Elementwise::negative, "negative");
    g.unary("positive", Elementwise::positive);
    g.unary("sign", Elementwise::sign, "sgn");
    g.unary(
        "square",
        x ->
            x.dtype().isBool()
                ? TorchMath.binary(x, x, Elementwise::multiply)
                : Elementwise.square(x));
    g.unary("ceil", Elementwise::ceil);
    g.unary("floor", Elementwise::floor);
    g.unary("trunc", Elementwise::trunc, "fix");
    g.unary("frac", TorchMath::frac);
    g.unary("signbit", x -> Elementwise.signbit(x));
    g.unary("isnan", Elementwise::isnan);
    g.unary("isinf", Elementwise::isinf);
    g.unary("isfinite", Elementwise::isfinite);
    g.unary("isposinf", TorchMath::isposinf);
    g.unary("isneginf", TorchMath::isneginf);
    g.unary("isreal", x -> Elementwise.logicalOr(Manipulation.astype(x, DType.BOOL), true));
    g.unary("logical_not", Elementwise::logicalNot);
    g.unary("bitwise_not", Elementwise::bitwiseInvert);
    g.unary("relu", Activations::relu);
    g.floatUnary("exp", Elementwise::exp);
    g.floatUnary("expm1", Elementwise::expm1);
    g.floatUnary("exp2", TorchMath::exp2);
    g.floatUnary("log", Elementwise::log);
    g.floatUnary("log1p", Elementwise::log1p);
    g.floatUnary("log2", Elementwise::log2);
    g.floatUnary("log10", Elementwise::log10);
    g.floatUnary("sqrt", Elementwise::sqrt);
    g.floatUnary("rsqrt", TorchMath::rsqrt);
    g.floatUnary("reciprocal", Elementwise::reciprocal);
    g.floatUnary("sin", Elementwise::sin);
    g.floatUnary("cos", Elementwise::cos);
    g.floatUnary("tan", Elementwise::tan);
    g.floatUnary("asin", Elementwise::asin, "arcsin");
    g.floatUnary("acos", Elementwise::acos, "arccos");
    g.floatUnary("atan", Elementwise::atan, "arctan");
    g.floatUnary("sinh", Elementwise::sinh);
    g.floatUnary("cosh", Elementwise::cosh);
    g.floatUnary("tanh", Elementwise::tanh);
    g.floatUnary("asinh", Elementwise::asinh, "arcsinh");
    g.floatUnary("acosh", Elementwise::acosh, "arccosh");
    g.floatUnary("atanh", Elementwise::atanh, "arctanh");
    g.floatUnary("erf", Elementwise::erf);
    g.floatUnary("erfc", TorchMath::erfc);
    g.floatUnary("erfinv", TorchMath::erfinv);
    g.floatUnary("lgamma", TorchMath::lgamma);
    g.floatUnary("i0", TorchMath::i0);
    g.floatUnary("sinc", TorchMath::sinc);
    g.floatUnary("deg2rad", TorchMath::deg2rad);
    g.floatUnary("rad2deg", TorchMath::rad2deg);
    g.floatUnary("sigmoid", Activations::sigmoid);
    for (String[] sp :
        new String[][] {
          {"erf", "erf"},
          {"erfc", "erfc"},
          {"erfinv", "erfinv"},
          {"expit", "sigmoid"},
          {"exp2", "exp2"},
          {"expm1", "expm1"},
          {"log1p", "log1p"},
          {"i0", "i0"},
          {"sinc", "sinc"},
          {"gammaln", "lgamma"},
          {"round", "round"}
        }) {
      String target = sp[1];
      g.fn(
          "special." + sp[0],
          X,
          a ->
              dev.ivy.registry.FunctionRegistry.find(NS, target)
                  .call(List.of(a.get("input")), java.util.Map.of()));
    }
    g.both(
        "round",
        List.of(req("input"), opt("decimals", 0L)),
        a -> {
          Array x = t(a);
          long d = a.longValue("decimals");
          if (d == 0 || !x.dtype().isFloating()) {
            return Elementwise.round(x);
          }
          double f = Math.pow(10, d);
          return Elementwise.divide(Elementwise.round(Elementwise.multiply(x, f)), f);
        });
    g.both(
        "logit",
        List.of(req("input"), opt("eps", null)),
        a -> TorchMath.logit(t(a), num(a, "eps")));
    g.fn(
        "special.logit",
        List.of(req("input"), opt("eps", null)),
        a -> TorchMath.logit(t(a), num(a, "eps")));
    g.both(
        "nan_to_num",
        List.of(req("input"), opt("nan", 0.0), opt("posinf", null), opt("neginf", null)),
        a -> {
          Array x = t(a);
          if (!x.dtype().isFloating()) {
            return x;
          }
          Number pi = num(a, "posinf");
          Number ni = num(a, "neginf");
          DTypeLimits l = DTypeLimits.of(x.dtype());
          return Extras.nanToNum(
              x,
              a.doubleValue("nan"),
              pi == null ? l.max : pi.doubleValue(),
              ni == null ? -l.max : ni.doubleValue());
        });
    List<Param> addP = List.of(req("input"), req("other"), opt("alpha", 1L));
    g.both(
        "add",
        addP,
        a -> TorchMath.add(a.arrayOrScalar("input"), a.arrayOrScalar("other"), num(a, "alpha")));
    g.both(
        "sub",
        addP,
        a -> TorchMath.sub(a.arrayOrScalar("input"), a.arrayOrScalar("other"), num(a, "alpha")));
    g.both(
        "subtract",
        addP,
        a -> TorchMath.sub(a.arrayOrScalar("input"), a.arrayOrScalar("other"), num(a, "alpha")));
    g.both(
        "rsub",
        addP,
        a -> TorchMath.sub(a.arrayOrScalar("other"), a.arrayOrScalar("input"), num(a, "alpha")));
    g.binary("mul", Elementwise::multiply, "multiply");
    List<Param> divP = List.of(req("input"), req("other"), opt("rounding_mode", null));
    RegisteredFunction.Body div =
        a ->
            TorchMath.div(
                a.arrayOrScalar("input"), a.arrayOrScalar("other"), a.string("rounding_mode"));
    g.both("div", divP, div);
    g.both("divide", divP, div);
    g.both(
        "true_divide",
        List.of(req("input"), req("other")),
        a -> TorchMath.div(a.arrayOrScalar("input"), a.arrayOrScalar("other"), null));
    g.binary("floor_divide", Elementwise::floorDivide);
    g.binary("remainder", Elementwise::remainder);
    g.both(
        "fmod",
        List.of(req("input"), req("other")),
        a -> TorchMath.fmod(a.arrayOrScalar("input"), a.arrayOrScalar("other")));
    g.both(
        "pow",
        List.of(req("input"), req("exponent")),
        a -> TorchMath.pow(a.arrayOrScalar("input"), a.arrayOrScalar("exponent")));
    g.both(
        "float_power",
        List.of(req("input"), req("exponent")),
        a ->
            Elementwise.pow(
                TorchTypes.as(a.arrayOrScalar("input"), DType.FLOAT64),
                TorchTypes.as(a.arrayOrScalar("exponent"), DType.FLOAT64)));
    g.both(
        "atan2",
        List.of(req("input"), req("other")),
        a ->
            TorchMath.binaryFloat(
                a.arrayOrScalar("input"), a.arrayOrScalar("other"), Elementwise::atan2));
    g.both(
        "arctan2",
        List.of(req("input"), req("other")),
        a ->
            TorchMath.binaryFloat(
                a.arrayOrScalar("input"), a.arrayOrScalar("other"), Elementwise::atan2));
    g.both(
        "hypot",
        List.of(req("input"), req("other")),
        a -> TorchMath.binaryFloat(a.array("input"), a.array("other"), Elementwise::hypot));
    g.both(
        "copysign",
        List.of(req("input"), req("other")),
        a ->
            TorchMath.binaryFloat(
                a.arrayOrScalar("input"), a.arrayOrScalar("other"), Elementwise::copysign));
    g.both(
        "logaddexp",
        List.of(req("input"), req("other")),
        a -> TorchMath.binaryFloat(a.array("input"), a.array("other"), Elementwise::logaddexp));
    g.both(
        "logaddexp2",
        List.of(req("input"), req("other")),
        a -> TorchMath.logaddexp2(a.array("input"), a.array("other")));
    g.both(
        "nextafter",
        List.of(req("input"), req("other")),
        a -> TorchMath.binary(a.array("input"), a.array("other"), Extras::nextafter));
    g.both(
        "ldexp",
        List.of(req("input"), req("other")),
        a ->
            TorchMath.binaryFloat(
                a.array("input"),
                a.array("other"),
                (x, y) ->
                    Elementwise.multiply(x, Elementwise.pow(TorchTypes.as(2L, y.dtype()), y))));
    g.both(
        "xlogy",
        List.of(req("input"), req("other")),
        a -> TorchMath.xlogy(a.arrayOrScalar("input"), a.arrayOrScalar("other")));
    g.fn(
        "special.xlogy",
        List.of(req("input"), req("other")),
        a -> TorchMath.xlogy(a.arrayOrScalar("input"), a.arrayOrScalar("other")));
    for (String[] mm : new String[][] {{"maximum", "max"}, {"minimum", "min"}}) {
      boolean max = mm[0].equals("maximum");
      g.both(
          mm[0],
          List.of(req("input"), req("other")),
          a ->
              TorchMath.binaryTensors(
                  mm[0],
                  a.get("input"),
                  a.get("other"),
                  max ? Elementwise::maximum : Elementwise::minimum));
    }
    g.both("fmax", List.of(req("input"), req("other")), a -> fmaxArgs(a, true));
    g.both("fmin", List.of(req("input"), req("other")), a -> fmaxArgs(a, false));
    g.binary("eq", Elementwise::equal);
    g.binary("ne", Elementwise::notEqual, "not_equal");
    g.binary("lt", Elementwise::less, "less");
    g.binary("le", Elementwise::lessEqual, "less_equal");
    g.binary("gt", Elementwise::greater, "greater");
    g.binary("ge", Elementwise::greaterEqual, "greater_equal");
    g.binary("logical_and", (x, y) -> Elementwise.logicalAnd(x, y));
    g.binary("logical_or", (x, y) -> Elementwise.logicalOr(x, y));
    g.binary("logical_xor", (x, y) -> Elementwise.logicalXor(x, y));
    g.binary("bitwise_and", Elementwise::bitwiseAnd);
    g.binary("bitwise_or", Elementwise::bitwiseOr);
    g.binary("bitwise_xor", Elementwise::bitwiseXor);
    g.binary("bitwise_left_shift", Elementwise::bitwiseLeftShift);
    g.binary("bitwise_right_shift", Elementwise::bitwiseRightShift);
    g.both(
        "equal",
        List.of(req("input"), req("other")),
        a -> {
          Array x = a.array("input");
          Array y = a.array("other");
          if (!x.shape().equals(y.shape())) {
            return false;
          }
          return (Boolean)
              dev.ivy.ops.Reductions.all(
                      TorchMath.binary(x, y, Elementwise::equal),
                      dev.ivy.ops.Checks.allAxes(x.rank()),
                      false)
                  .item();
        });
    List<Param> closeP =
        List.of(
            req("input"),
            req("other"),
            opt("rtol", 1e-05),
            opt("atol", 1e-08),
            opt("equal_nan", false));
    g.both(
        "isclose",
        closeP,
        a ->
            TorchMath.binary(
                a.array("input"),
                a.array("other"),
                (x, y) ->
                    Extras.isclose(
                        x, y, a.doubleValue("rtol"), a.doubleValue("atol"), a.bool("equal_nan"))));
    g.both(
        "allclose",
        closeP,
        a -> {
          Array x = a.array("input");
          Array y = a.array("other");
          DType dt = TorchTypes.resultType(x, y);
          return Extras.allclose(
              TorchTypes.cast(x, dt),
              TorchTypes.cast(y, dt),
              a.doubleValue("rtol"),
              a.doubleValue("atol"),
              a.bool("equal_nan"));
        });
    List<Param> clampP = List.of(req("input"), opt("min", null), opt("max", null));
    RegisteredFunction.Body clamp =
        a -> TorchMath.clamp(t(a), scalarOrArray(a, "min"), scalarOrArray(a, "max"));
    g.both("clamp", clampP, clamp);
    g.both("clip", clampP, clamp);
    g.both(
        "clamp_min",
        List.of(req("input"), req("min")),
        a -> TorchMath.clamp(t(a), a.arrayOrScalar("min"), null));
    g.both(
        "clamp_max",
        List.of(req("input"), req("max")),
        a -> TorchMath.clamp(t(a), null, a.arrayOrScalar("max")));
    List<Param> addcP = List.of(req("input"), req("tensor1"), req("tensor2"), opt("value", 1L));
    g.both(
        "addcmul",
        addcP,
        a -> TorchMath.addcmul(t(a), a.array("tensor1"), a.array("tensor2"), num(a, "value")));
    g.both(
        "addcdiv",
        addcP,
        a -> TorchMath.addcdiv(t(a), a.array("tensor1"), a.array("tensor2"), num(a, "value")));
    g.both(
        "lerp",
        List.of(req("input"), req("end"), req("weight")),
        a -> TorchMath.lerp(t(a), a.array("end"), a.arrayOrScalar("weight")));
    g.fn(
        "where",
        List.of(req("condition"), opt("input", null), opt("other", null)),
        a -> {
          if (a.isNone("input") && a.isNone("other")) {
            return nonzeroTuple(a.array("condition"));
          }
          return TorchShapes.where(
              a.array("condition"), a.arrayOrScalar("input"), a.arrayOrScalar("other"));
        });
  }

  private static Object fmaxArgs(Args a, boolean max) {
    Object x = a.get("input");
    Object y = a.get("other");
    if (!(x instanceof Array xa) || !(y instanceof Array ya)) {
      throw new IvyArgumentException(
          (max ? "fmax" : "fmin") + ": input and other must be tensors; got " + x + " and " + y);
    }
    return TorchMath.fmax(xa, ya, max);
  }

  private static List<Array> nonzeroTuple(Array x) {
    List<Array> r = new ArrayList<>();
    for (Array a : dev.ivy.ops.Searching.nonzero(x)) {
      r.add(TorchTypes.cast(a, DType.INT64));
    }
    return r;
  }

  /** The largest finite value of a floating dtype (nan_to_num's default replacement for inf). */
  private record DTypeLimits(double max) {
    static DTypeLimits of(DType dt) {
      return new DTypeLimits(dev.ivy.ops.DTypeInfo.finfo(dt).max());
    }
  }

  // ------------------------------------------------------------------ reductions

  private static void reductions(Reg g) {
    List<Param> sumP =
        List.of(req("input"), opt("dim", null), opt("keepdim", false), opt("dtype", null));
    g.both(
        "sum",
        sumP,
        a -> TorchReduce.sum(t(a), dims(a, "dim"), a.bool("keepdim"), a.dtypeOrNull("dtype")));
    g.both(
        "nansum",
        sumP,
        a ->
            TorchTypes.cast(
                TorchReduce.nansum(t(a), dims(a, "dim"), a.bool("keepdim")),
                a.dtypeOrNull("dtype")));
    g.both(
        "mean",
        sumP,
        a -> TorchReduce.mean(t(a), dims(a, "dim"), a.bool("keepdim"), a.dtypeOrNull("dtype")));
    g.both(
        "nanmean",
        sumP,
        a ->
            TorchReduce.nanmean(
                TorchTypes.cast(t(a), a.dtypeOrNull("dtype")), dims(a, "dim"), a.bool("keepdim")));
    g.both(
        "prod",
        sumP,
        a -> TorchReduce.prod(t(a), a.intOrNull("dim"), a.bool("keepdim"), a.dtypeOrNull("dtype")));
    List<Param> varP =
        List.of(
            req("input"),
            opt("dim", null),
            opt("unbiased", null),
            opt("keepdim", false),
            opt("correction", null));
    g.both("var", varP, a -> TorchReduce.var(t(a), varDims(a), corr(a), a.bool("keepdim")));
    g.both("std", varP, a -> TorchReduce.std(t(a), varDims(a), corr(a), a.bool("keepdim")));
    g.both(
        "var_mean",
        varP,
        a -> {
          Array x = t(a);
          int[] d = varDims(a);
          return List.of(
              TorchReduce.var(x, d, corr(a), a.bool("keepdim")),
              TorchReduce.mean(TorchTypes.floating(x), d, a.bool("keepdim"), null));
        });
    g.both(
        "std_mean",
        varP,
        a -> {
          Array x = t(a);
          int[] d = varDims(a);
          return List.of(
              TorchReduce.std(x, d, corr(a), a.bool("keepdim")),
              TorchReduce.mean(TorchTypes.floating(x), d, a.bool("keepdim"), null));
        });
    List<Param> amaxP = List.of(req("input"), opt("dim", List.of()), opt("keepdim", false));
    g.both("amax", amaxP, a -> TorchReduce.amax(t(a), dims(a, "dim"), a.bool("keepdim")));
    g.both("amin", amaxP, a -> TorchReduce.amin(t(a), dims(a, "dim"), a.bool("keepdim")));
    g.both(
        "aminmax",
        List.of(req("input"), opt("dim", null), opt("keepdim", false)),
        a ->
            List.of(
                TorchReduce.amin(t(a), dims(a, "dim"), a.bool("keepdim")),
                TorchReduce.amax(t(a), dims(a, "dim"), a.bool("keepdim"))));
    for (String name : new String[] {"max", "min"}) {
      boolean max = name.equals("max");
      g.both(
          name,
          List.of(req("input"), opt("dim", null), opt("keepdim", false)),
          a -> {
            Object d = a.get("dim");
            if (d instanceof Array other) {
              return TorchMath.binaryTensors(
                  name, t(a), other, max ? Elementwise::maximum : Elementwise::minimum);
            }
            if (d == null) {
              Array x = t(a);
              if (x.size() == 0) {
                throw new IvyArgumentException(
                    name + ": input must not be empty when dim is None; got " + x.aval());
              }
              return max ? TorchReduce.amax(x, null, false) : TorchReduce.amin(x, null, false);
            }
            return TorchReduce.maxWithIndices(t(a), a.intValue("dim"), a.bool("keepdim"), max);
          });
    }
    List<Param> argP = List.of(req("input"), opt("dim", null), opt("keepdim", false));
    g.both(
        "argmax", argP, a -> TorchReduce.argmax(t(a), a.intOrNull("dim"), a.bool("keepdim"), true));
    g.both(
        "argmin",
        argP,
        a -> TorchReduce.argmax(t(a), a.intOrNull("dim"), a.bool("keepdim"), false));
    g.both("all", argP, a -> TorchReduce.all(t(a), dims(a, "dim"), a.bool("keepdim"), false));
    g.both("any", argP, a -> TorchReduce.all(t(a), dims(a, "dim"), a.bool("keepdim"), true));
    g.both(
        "count_nonzero",
        List.of(req("input"), opt("dim", null)),
        a -> TorchReduce.countNonzero(t(a), dims(a, "dim")));
    g.both(
        "logsumexp",
        List.of(req("input"), req("dim"), opt("keepdim", false)),
        a -> TorchReduce.logsumexp(t(a), dims(a, "dim"), a.bool("keepdim")));
    g.fn(
        "special.logsumexp",
        List.of(req("input"), req("dim"), opt("keepdim", false)),
        a -> TorchReduce.logsumexp(t(a), dims(a, "dim"), a.bool("keepdim")));
    RegisteredFunction.Body median =
        a ->
            a.isNone("dim")
                ? TorchReduce.median(t(a))
                : TorchReduce.median(t(a), a.intValue("dim"), a.bool("keepdim"));
    g.both("median", argP, median);
    g.both(
        "nanmedian",
        argP,
        a -> {
          if (a.isNone("dim")) {
            return TorchReduce.nanmedian(t(a));
          }
          return TorchReduce.median(t(a), a.intValue("dim"), a.bool("keepdim"));
        });
    g.both(
        "kthvalue",
        List.of(req("input"), req("k"), opt("dim", -1L), opt("keepdim", false)),
        a -> TorchReduce.kthvalue(t(a), a.longValue("k"), a.intValue("dim"), a.bool("keepdim")));
    g.both(
        "quantile",
        List.of(
            req("input"),
            req("q"),
            opt("dim", null),
            opt("keepdim", false),
            opt("interpolation", "linear")),
        a -> quantile(a, false));
    g.both(
        "nanquantile",
        List.of(
            req("input"),
            req("q"),
            opt("dim", null),
            opt("keepdim", false),
            opt("interpolation", "linear")),
        a -> quantile(a, true));
    g.both(
        "cummax",
        List.of(req("input"), req("dim")),
        a -> TorchReduce.cumExtreme(t(a), a.intValue("dim"), true));
    g.both(
        "cummin",
        List.of(req("input"), req("dim")),
        a -> TorchReduce.cumExtreme(t(a), a.intValue("dim"), false));
    g.both(
        "logcumsumexp",
        List.of(req("input"), req("dim")),
        a -> {
          Array x = TorchTypes.floating(t(a));
          int d = TorchShapes.dim("logcumsumexp", a.intValue("dim"), x.rank());
          Array m = dev.ivy.ops.Reductions.max(x, new int[] {d}, true);
          m = Elementwise.where(Elementwise.isfinite(m), m, Creation.zerosLike(m));
          Array s =
              Cumulative.cumulativeSum(Elementwise.exp(Elementwise.subtract(x, m)), d, null, false);
          return Elementwise.add(Elementwise.log(s), m);
        });
  }

  private static Object quantile(Args a, boolean nan) {
    Array x = t(a);
    Object q = a.get("q");
    Object qq = q instanceof Array qa ? TorchTypes.cast(qa, x.dtype()) : q;
    Integer dim = a.intOrNull("dim");
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
    return Extras.quantile(v, qq, axes, a.bool("keepdim"), a.string("interpolation"));
  }

  private static int[] varDims(Args a) {
    Object d = a.get("dim");
    // var(input, unbiased) legacy overload: a boolean in the dim position
    if (d instanceof Boolean) {
      return null;
    }
    return a.intsOrNull("dim");
  }

  private static double corr(Args a) {
    Object d = a.get("dim");
    Object u = a.get("unbiased");
    Boolean unbiased = d instanceof Boolean b ? b : (Boolean) u;
    return TorchReduce.correction(unbiased, num(a, "correction"));
  }

  // ------------------------------------------------------------------ shapes and indexing

  // ------------------------------------------------------------------ creation

  private static void creation(Reg g) {
    g.fn(
        "arange",
        List.of(req("start"), opt("end", null), opt("step", 1L), opt("dtype", null)),
        a ->
            TorchCreation.arange(
                num(a, "start"), num(a, "end"), num(a, "step"), a.dtypeOrNull("dtype")));
    g.fn(
        "linspace",
        List.of(req("start"), req("end"), req("steps"), opt("dtype", null)),
        a ->
            TorchCreation.linspace(
                num(a, "start"), num(a, "end"), a.longValue("steps"), a.dtypeOrNull("dtype")));
    g.fn(
        "logspace",
        List.of(req("start"), req("end"), req("steps"), opt("base", 10.0), opt("dtype", null)),
        a ->
            TorchCreation.logspace(
                num(a, "start"),
                num(a, "end"),
                a.longValue("steps"),
                a.doubleValue("base"),
                a.dtypeOrNull("dtype")));
    g.fn(
        "eye",
        List.of(req("n"), opt("m", null), opt("dtype", null)),
        a ->
            TorchCreation.eye(
                a.longValue("n"), a.isNone("m") ? null : a.longValue("m"), a.dtypeOrNull("dtype")));
    g.fn(
        "full",
        List.of(req("size"), req("fill_value"), opt("dtype", null)),
        a -> TorchCreation.full(a.longs("size"), a.get("fill_value"), a.dtypeOrNull("dtype")));
    List<Param> sizeP = List.of(varargs("size"), opt("dtype", null));
    g.fn("zeros", sizeP, a -> TorchCreation.zeros(sizes(a, "size"), a.dtypeOrNull("dtype")));
    g.fn("ones", sizeP, a -> TorchCreation.ones(sizes(a, "size"), a.dtypeOrNull("dtype")));
    g.fn("empty", sizeP, a -> TorchCreation.zeros(sizes(a, "size"), a.dtypeOrNull("dtype")));
    List<Param> likeP = List.of(req("input"), opt("dtype", null));
    g.fn("zeros_like", likeP, a -> TorchCreation.like(t(a), 0L, a.dtypeOrNull("dtype")));
    g.fn("ones_like", likeP, a -> TorchCreation.like(t(a), 1L, a.dtypeOrNull("dtype")));
    g.fn("empty_like", likeP, a -> TorchCreation.like(t(a), 0L, a.dtypeOrNull("dtype")));
    g.fn(
        "full_like",
        List.of(req("input"), req("fill_value"), opt("dtype", null)),
        a -> TorchCreation.like(t(a), a.get("fill_value"), a.dtypeOrNull("dtype")));
    g.fn(
        "tensor",
        List.of(req("data"), opt("dtype", null)),
        a -> TorchCreation.tensor(a.get("data"), a.dtypeOrNull("dtype")));
    g.fn(
        "as_tensor",
        List.of(req("data"), opt("dtype", null)),
        a -> TorchCreation.tensor(a.get("data"), a.dtypeOrNull("dtype")));
    g.fn(
        "tril_indices",
        List.of(req("row"), req("col"), opt("offset", 0L), opt("dtype", null)),
        a ->
            TorchCreation.triIndices(
                a.longValue("row"),
                a.longValue("col"),
                a.longValue("offset"),
                true,
                a.dtypeOrNull("dtype")));
    g.fn(
        "triu_indices",
        List.of(req("row"), req("col"), opt("offset", 0L), opt("dtype", null)),
        a ->
            TorchCreation.triIndices(
                a.longValue("row"),
                a.longValue("col"),
                a.longValue("offset"),
                false,
                a.dtypeOrNull("dtype")));
    g.fn(
        "meshgrid",
        List.of(varargs("tensors"), opt("indexing", "ij")),
        a -> {
          List<?> raw = (List<?>) a.get("tensors");
          List<Array> xs =
              raw.size() == 1 && raw.get(0) instanceof List
                  ? new Args2(raw.get(0)).arrays()
                  : a.arrays("tensors");
          return Creation.meshgrid(xs, a.string("indexing"));
        });
    g.fn("is_tensor", List.of(req("obj")), a -> a.get("obj") instanceof Array);
    g.both("numel", X, a -> t(a).size());
    g.fn("is_floating_point", X, a -> t(a).dtype().isFloating());
    g.fn(
        "is_nonzero",
        X,
        a -> {
          Array x = t(a);
          if (x.size() != 1) {
            throw new IvyArgumentException(
                "is_nonzero: input must have exactly one element; got " + x.aval());
          }
          return x.itemDouble() != 0;
        });
    g.fn(
        "result_type",
        List.of(req("tensor1"), req("tensor2")),
        a -> TorchTypes.resultType(a.get("tensor1"), a.get("tensor2")));
    g.fn(
        "promote_types",
        List.of(req("type1"), req("type2")),
        a -> TorchTypes.promote(a.dtypeOrNull("type1"), a.dtypeOrNull("type2")));
    g.fn(
        "can_cast",
        List.of(req("from_"), req("to")),
        a -> {
          DType f = a.dtypeOrNull("from_");
          DType to = a.dtypeOrNull("to");
          // torch forbids only lowering the kind (float to int, int to bool...)
          int kf = f.isBool() ? 0 : f.isInteger() ? 1 : 2;
          int kt = to.isBool() ? 0 : to.isInteger() ? 1 : 2;
          return kf <= kt;
        });
  }

  /** Converts a raw list value to arrays. */
  private record Args2(Object raw) {
    List<Array> arrays() {
      List<Array> r = new ArrayList<>();
      for (Object o : (List<?>) raw) {
        r.add(TorchTypes.tensor(o));
      }
      return r;
    }
  }

  // ------------------------------------------------------------------ sorting and searching

  private static void searching(Reg g) {
    g.both(
        "sort",
        List.of(req("input"), opt("dim", -1L), opt("descending", false), opt("stable", false)),
        a -> TorchSearch.sort(t(a), a.intValue("dim"), a.bool("descending")));
    g.both(
        "argsort",
        List.of(req("input"), opt("dim", -1L), opt("descending", false), opt("stable", false)),
        a -> TorchSearch.argsort(t(a), a.intValue("dim"), a.bool("descending")));
    g.both("msort", X, a -> TorchSearch.sort(t(a), 0, false).get(0));
    g.both(
        "topk",
        List.of(req("input"), req("k"), opt("dim", -1L), opt("largest", true), opt("sorted", true)),
        a ->
            TorchSearch.topk(
                t(a), a.longValue("k"), a.intValue("dim"), a.bool("largest"), a.bool("sorted")));
    g.both(
        "unique",
        List.of(
            req("input"),
            opt("sorted", true),
            opt("return_inverse", false),
            opt("return_counts", false),
            opt("dim", null)),
        a -> {
          if (!a.isNone("dim")) {
            throw new IvyArgumentException("unique: dim is not supported; got " + a.get("dim"));
          }
          return TorchSearch.unique(t(a), a.bool("return_inverse"), a.bool("return_counts"));
        });
    g.both(
        "unique_consecutive",
        List.of(
            req("input"),
            opt("return_inverse", false),
            opt("return_counts", false),
            opt("dim", null)),
        a -> {
          if (!a.isNone("dim")) {
            throw new IvyArgumentException(
                "unique_consecutive: dim is not supported; got " + a.get("dim"));
          }
          return TorchSearch.uniqueConsecutive(
              t(a), a.bool("return_inverse"), a.bool("return_counts"));
        });
    g.fn(
        "searchsorted",
        List.of(
            req("sorted_sequence"),
            req("input"),
            opt("out_int32", false),
            opt("right", false),
            opt("side", null),
            opt("sorter", null)),
        a -> {
          Array seq = a.array("sorted_sequence");
          if (!a.isNone("sorter")) {
            seq = dev.ivy.ops.Searching.takeAlongAxis(seq, a.array("sorter"), -1);
          }
          return TorchSearch.searchsorted(
              seq,
              a.arrayOrScalar("input"),
              a.bool("right"),
              a.string("side"),
              a.bool("out_int32"));
        });
    g.both(
        "bucketize",
        List.of(req("input"), req("boundaries"), opt("out_int32", false), opt("right", false)),
        a ->
            TorchSearch.searchsorted(
                a.array("boundaries"),
                a.arrayOrScalar("input"),
                a.bool("right"),
                null,
                a.bool("out_int32")));
    g.both(
        "bincount",
        List.of(req("input"), opt("weights", null), opt("minlength", 0L)),
        a -> TorchSearch.bincount(t(a), a.arrayOrNull("weights"), a.longValue("minlength")));
    g.both(
        "histc",
        List.of(req("input"), opt("bins", 100L), opt("min", 0L), opt("max", 0L)),
        a ->
            TorchSearch.histc(
                t(a), a.longValue("bins"), a.doubleValue("min"), a.doubleValue("max")));
    g.fn(
        "cartesian_prod",
        List.of(varargs("tensors")),
        a -> TorchSearch.cartesianProd(a.arrays("tensors")));
    g.fn(
        "combinations",
        List.of(req("input"), opt("r", 2L), opt("with_replacement", false)),
        a -> TorchSearch.combinations(t(a), a.intValue("r"), a.bool("with_replacement")));
    g.fn(
        "einsum",
        List.of(req("equation"), varargs("operands")),
        a -> {
          List<?> raw = (List<?>) a.get("operands");
          List<Array> ops =
              raw.size() == 1 && raw.get(0) instanceof List
                  ? new Args2(raw.get(0)).arrays()
                  : a.arrays("operands");
          return Einsum.einsum(
              a.string("equation"), TorchShapes.promoted(ops).toArray(new Array[0]));
        });
  }

  // ------------------------------------------------------------------ linear algebra

  // ------------------------------------------------------------------ tensor methods

  private static void tensorMethods(Reg g) {
    // torch's *size followed by keyword-only dtype: a declared method cannot have a parameter
    // after its varargs, so these stay registered by hand
    List<Param> newP = List.of(req("input"), varargs("size"), opt("dtype", null));
    g.fn("Tensor.new_zeros", newP, a -> TorchCreation.zeros(sizes(a, "size"), dt(a)));
    g.fn("Tensor.new_ones", newP, a -> TorchCreation.ones(sizes(a, "size"), dt(a)));
    g.fn("Tensor.new_empty", newP, a -> TorchCreation.zeros(sizes(a, "size"), dt(a)));
  }

  private static DType dt(Args a) {
    DType d = a.dtypeOrNull("dtype");
    return d != null ? d : t(a).dtype();
  }

  // ------------------------------------------------------------------ more functions

  private static void extras(Reg g) {
    g.both(
        "cov",
        List.of(req("input"), opt("correction", 1L), opt("fweights", null), opt("aweights", null)),
        a ->
            TorchExtras.cov(
                t(a),
                a.doubleValue("correction"),
                a.arrayOrNull("fweights"),
                a.arrayOrNull("aweights")));
    g.both("corrcoef", X, a -> TorchExtras.corrcoef(t(a)));
    g.fn(
        "trapezoid",
        List.of(req("y"), opt("x", null), opt("dx", null), opt("dim", -1L)),
        a -> trapz(a, false));
    g.fn(
        "trapz",
        List.of(req("y"), opt("x", null), opt("dx", null), opt("dim", -1L)),
        a -> trapz(a, false));
    g.fn(
        "cumulative_trapezoid",
        List.of(req("y"), opt("x", null), opt("dx", null), opt("dim", -1L)),
        a -> trapz(a, true));
    g.fn(
        "block_diag", List.of(varargs("tensors")), a -> TorchExtras.blockDiag(a.arrays("tensors")));
    g.fn(
        "vander",
        List.of(req("x"), opt("N", null), opt("increasing", false)),
        a ->
            TorchExtras.vander(
                a.array("x"), a.isNone("N") ? null : a.longValue("N"), a.bool("increasing")));
    g.both(
        "diagflat",
        List.of(req("input"), opt("offset", 0L)),
        a -> TorchExtras.diagflat(t(a), a.longValue("offset")));
    g.fn(
        "isin",
        List.of(
            req("elements"),
            req("test_elements"),
            opt("assume_unique", false),
            opt("invert", false)),
        a -> TorchExtras.isin(a.array("elements"), a.get("test_elements"), a.bool("invert")));
    g.both(
        "heaviside",
        List.of(req("input"), req("values")),
        a -> TorchExtras.heaviside(t(a), a.array("values")));
    g.floatUnary("digamma", TorchExtras::digamma);
    g.fn("special.digamma", X, a -> TorchExtras.digamma(t(a)));
    g.fn("special.psi", X, a -> TorchExtras.digamma(t(a)));
    g.fn("special.ndtr", X, a -> TorchExtras.ndtr(t(a)));
    g.fn("special.ndtri", X, a -> TorchExtras.ndtri(t(a)));
    g.fn("special.log_ndtr", X, a -> Elementwise.log(TorchExtras.ndtr(t(a))));
    g.fn("special.entr", X, a -> TorchExtras.entr(t(a)));
    g.fn(
        "special.i0e",
        X,
        a -> {
          Array x = TorchTypes.floating(t(a));
          return Elementwise.multiply(
              TorchMath.i0(x), Elementwise.exp(Elementwise.negative(Elementwise.abs(x))));
        });
    g.fn(
        "special.xlog1py",
        List.of(req("input"), req("other")),
        a ->
            TorchMath.binaryFloat(
                a.arrayOrScalar("input"),
                a.arrayOrScalar("other"),
                (x, y) -> {
                  Array r = Elementwise.multiply(x, Elementwise.log1p(y));
                  r = Elementwise.where(Elementwise.equal(x, 0L), TorchTypes.as(0L, r.dtype()), r);
                  return Elementwise.where(Elementwise.isnan(y), y, r);
                }));
    g.both("angle", X, a -> TorchExtras.angle(t(a)));
    for (String id :
        new String[] {
          "real", "conj", "conj_physical", "resolve_conj", "resolve_neg", "clone", "detach"
        }) {
      if (!id.equals("clone") && !id.equals("detach")) {
        g.both(id, X, a -> t(a));
      } else if (id.equals("detach")) {
        g.fn(id, X, a -> dev.ivy.Ivy.stopGradient(t(a)));
      } else {
        g.fn(id, X, a -> t(a));
      }
    }
    g.both("ravel", X, a -> Manipulation.reshape(t(a), -1));
    g.fn(
        "index_fill",
        List.of(req("input"), req("dim"), req("index"), req("value")),
        a ->
            TorchShapes.indexFill(
                t(a), a.intValue("dim"), a.array("index"), a.arrayOrScalar("value")));
    g.fn(
        "cosine_similarity",
        List.of(req("x1"), req("x2"), opt("dim", 1L), opt("eps", 1e-8)),
        a ->
            TorchNn.cosineSimilarity(
                a.array("x1"), a.array("x2"), a.intValue("dim"), a.doubleValue("eps")));
    g.fn(
        "pairwise_distance",
        List.of(req("x1"), req("x2"), opt("p", 2.0), opt("eps", 1e-6), opt("keepdim", false)),
        a ->
            TorchNn.pairwiseDistance(
                a.array("x1"),
                a.array("x2"),
                a.doubleValue("p"),
                a.doubleValue("eps"),
                a.bool("keepdim")));
    g.fn(
        "chain_matmul",
        List.of(varargs("matrices")),
        a -> TorchLinalg.multiDot(a.arrays("matrices")));
    g.fn(
        NF + "channel_shuffle",
        List.of(req("input"), req("groups")),
        a -> TorchExtras.channelShuffle(t(a), a.longValue("groups")));
    g.fn(
        "channel_shuffle",
        List.of(req("input"), req("groups")),
        a -> TorchExtras.channelShuffle(t(a), a.longValue("groups")));
    g.fn(
        NF + "scaled_dot_product_attention",
        List.of(
            req("query"),
            req("key"),
            req("value"),
            opt("attn_mask", null),
            opt("dropout_p", 0.0),
            opt("is_causal", false),
            opt("scale", null)),
        a ->
            dev.ivy.ops.Attention.scaledDotProductAttention(
                a.array("query"),
                a.array("key"),
                a.array("value"),
                a.isNone("scale") ? null : a.doubleValue("scale"),
                a.arrayOrNull("attn_mask"),
                a.doubleValue("dropout_p"),
                a.bool("is_causal"),
                a.doubleValue("dropout_p") > 0));
    // functions PyTorch also exposes at the top level
    g.fn("selu", X, a -> Activations.selu(t(a)));
    g.fn(
        "celu",
        List.of(req("input"), opt("alpha", 1.0)),
        a -> TorchNn.celu(t(a), a.doubleValue("alpha")));
    g.fn(
        "rrelu",
        List.of(req("input"), opt("lower", 1.0 / 8), opt("upper", 1.0 / 3), opt("training", false)),
        a -> Activations.leakyRelu(t(a), (a.doubleValue("lower") + a.doubleValue("upper")) / 2));
    g.fn(
        "prelu", List.of(req("input"), req("weight")), a -> TorchNn.prelu(t(a), a.array("weight")));
    g.fn(
        "threshold",
        List.of(req("input"), req("threshold"), req("value")),
        a -> TorchNn.threshold(t(a), a.doubleValue("threshold"), a.doubleValue("value")));
    g.fn(
        "pixel_shuffle",
        List.of(req("input"), req("upscale_factor")),
        a -> TorchNn.pixelShuffle(t(a), a.longValue("upscale_factor")));
    g.fn(
        "pixel_unshuffle",
        List.of(req("input"), req("downscale_factor")),
        a -> TorchNn.pixelUnshuffle(t(a), a.longValue("downscale_factor")));
    g.fn(
        "dropout",
        List.of(req("input"), req("p"), req("train")),
        a -> TorchNn.dropout(t(a), a.doubleValue("p"), a.bool("train")));
    g.fn(
        "layer_norm",
        List.of(
            req("input"),
            req("normalized_shape"),
            opt("weight", null),
            opt("bias", null),
            opt("eps", 1e-5),
            opt("cudnn_enable", true)),
        a ->
            TorchNn.layerNorm(
                t(a),
                a.longs("normalized_shape"),
                a.arrayOrNull("weight"),
                a.arrayOrNull("bias"),
                a.doubleValue("eps")));
    // random sampling, drawn from core's seeded generator
    g.fn(
        "manual_seed",
        List.of(req("seed")),
        a -> {
          dev.ivy.ops.Random.seed(a.longValue("seed"));
          return null;
        });
    g.fn(
        "rand",
        List.of(varargs("size"), opt("dtype", null)),
        a -> dev.ivy.ops.Random.randomUniform(0.0, 1.0, Shape.of(sizes(a, "size")), fdt(a), null));
    g.fn(
        "randn",
        List.of(varargs("size"), opt("dtype", null)),
        a -> dev.ivy.ops.Random.randomNormal(0.0, 1.0, Shape.of(sizes(a, "size")), fdt(a), null));
    g.fn(
        "rand_like",
        List.of(req("input"), opt("dtype", null)),
        a -> dev.ivy.ops.Random.randomUniform(0.0, 1.0, t(a).shape(), dt(a), null));
    g.fn(
        "randn_like",
        List.of(req("input"), opt("dtype", null)),
        a -> dev.ivy.ops.Random.randomNormal(0.0, 1.0, t(a).shape(), dt(a), null));
    g.fn(
        "randint",
        List.of(req("low"), req("high"), req("size"), opt("dtype", null)),
        a ->
            dev.ivy.ops.Random.randint(
                a.longValue("low"),
                a.longValue("high"),
                Shape.of(a.longs("size")),
                a.dtypeOrNull("dtype") == null ? DType.INT64 : a.dtypeOrNull("dtype"),
                null));
    g.fn(
        "randperm",
        List.of(req("n"), opt("dtype", null)),
        a ->
            dev.ivy.ops.Random.shuffle(
                Creation.arange(
                    0L,
                    a.longValue("n"),
                    1L,
                    a.dtypeOrNull("dtype") == null ? DType.INT64 : a.dtypeOrNull("dtype")),
                0,
                null));
    g.both(
        "bernoulli",
        List.of(req("input"), opt("p", null)),
        a -> {
          Array x = t(a);
          Object p = a.isNone("p") ? x : a.get("p");
          return dev.ivy.ops.Random.bernoulli(p, null, x.shape(), x.dtype(), null);
        });
    g.fn(
        "normal",
        List.of(req("mean"), req("std"), opt("size", null)),
        a -> {
          Object m = a.arrayOrScalar("mean");
          Object sd = a.arrayOrScalar("std");
          Shape shape =
              !a.isNone("size")
                  ? Shape.of(a.longs("size"))
                  : m instanceof Array ma ? ma.shape() : ((Array) sd).shape();
          return dev.ivy.ops.Random.randomNormal(m, sd, shape, TorchTypes.DEFAULT_FLOAT, null);
        });
  }

  private static DType fdt(Args a) {
    DType d = a.dtypeOrNull("dtype");
    return d == null ? TorchTypes.DEFAULT_FLOAT : d;
  }

  private static Object trapz(Args a, boolean cumulative) {
    return TorchExtras.trapezoid(
        a.array("y"),
        a.arrayOrNull("x"),
        a.isNone("dx") ? 1.0 : a.doubleValue("dx"),
        a.intValue("dim"),
        cumulative);
  }

  /** Python operator methods of torch.Tensor ({@code x + y} is {@code Tensor.__add__}). */
  /**
   * The dtype torch's cumsum/cumprod accumulate in: the given one, else floats keep theirs, others
   * int64.
   */
  private static DType scanDType(Array x, Args a) {
    return TorchReduce.scanDType(x, a.dtypeOrNull("dtype"));
  }
}
