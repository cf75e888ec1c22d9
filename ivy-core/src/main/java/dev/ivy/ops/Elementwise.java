package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.backend.Backend;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.rules.TypePromotion;

/**
 * Elementwise functions of the array API: unary math, arithmetic, comparisons, logical and bitwise
 * operations, with NumPy 2 type promotion (NEP 50 for Java scalars) and broadcasting.
 */
public final class Elementwise {
  private Elementwise() {}

  // ------------------------------------------------------------------ operands

  /**
   * Returns {@code x} as an array: arrays pass through; Java numbers and booleans become 0-d arrays
   * of {@code dtype} on {@code backend}.
   */
  static Array operand(String fn, String arg, Object x, DType dtype, Backend backend) {
    if (x instanceof Array a) {
      return a;
    }
    if (x instanceof Number || x instanceof Boolean) {
      return Creation.scalar(backend, dtype, x);
    }
    throw new IvyArgumentException(
        fn
            + ": "
            + arg
            + " must be an Array, a number or a boolean; got "
            + (x == null ? "null" : x.getClass().getSimpleName()));
  }

  /** Returns {@code x} and {@code y} as arrays of their promoted dtype. */
  static Array[] promote(String fn, Object x, Object y) {
    DType dt;
    Backend b;
    if (x instanceof Array a && y instanceof Array c) {
      dt = TypePromotion.promote(a.dtype(), c.dtype());
      b = a.backend();
    } else if (x instanceof Array a) {
      checkScalar(fn, "y", y);
      dt = TypePromotion.promoteWithScalar(a.dtype(), y);
      b = a.backend();
    } else if (y instanceof Array c) {
      checkScalar(fn, "x", x);
      dt = TypePromotion.promoteWithScalar(c.dtype(), x);
      b = c.backend();
    } else {
      checkScalar(fn, "x", x);
      checkScalar(fn, "y", y);
      dt = TypePromotion.promote(TypePromotion.scalarDType(x), TypePromotion.scalarDType(y));
      b = Ivy.currentBackend();
    }
    Array xa = Manipulation.astype(operand(fn, "x", x, dt, b), dt);
    Array ya = Manipulation.astype(operand(fn, "y", y, dt, b), dt);
    return new Array[] {xa, ya};
  }

  private static void checkScalar(String fn, String arg, Object v) {
    if (!(v instanceof Number || v instanceof Boolean)) {
      throw new IvyArgumentException(
          fn
              + ": "
              + arg
              + " must be an Array, a number or a boolean; got "
              + (v == null ? "null" : v.getClass().getSimpleName()));
    }
  }

  /** The floating dtype NumPy computes a float function of {@code dt} in. */
  static DType floatFor(DType dt) {
    return dt.isFloating() ? dt : TypePromotion.promote(dt, DType.FLOAT16);
  }

  static Array unary(Prim p, Array x) {
    return Dispatcher.bind(p, Params.None.INSTANCE, x);
  }

  static Array floatUnary(Prim p, Array x) {
    return unary(p, Manipulation.astype(x, floatFor(x.dtype())));
  }

  static Array binary(String fn, Prim p, Object x, Object y) {
    Array[] xy = promote(fn, x, y);
    return Dispatcher.bind(p, Params.None.INSTANCE, xy[0], xy[1]);
  }

  // ------------------------------------------------------------------ unary

  /** Returns -x. */
  public static Array negative(Array x) {
    if (x.dtype().isBool()) {
      throw new IvyArgumentException("negative: x must be numeric; got bool (use logicalNot)");
    }
    return unary(Prim.NEG, x);
  }

  /** Returns x unchanged (a copy-free identity, as the array API's positive). */
  public static Array positive(Array x) {
    return x;
  }

  /** Returns |x|. */
  public static Array abs(Array x) {
    return x.dtype().isBool() ? x : unary(Prim.ABS, x);
  }

  /** Returns -1, 0 or 1 with the sign of x (NaN for NaN). */
  public static Array sign(Array x) {
    return unary(Prim.SIGN, x);
  }

  /** Returns x * x. */
  public static Array square(Array x) {
    return Dispatcher.bind(Prim.MUL, Params.None.INSTANCE, x, x);
  }

  /** Returns 1 / x (floating). */
  public static Array reciprocal(Array x) {
    Array f = Manipulation.astype(x, floatFor(x.dtype()));
    return divide(1.0, f);
  }

  /** Returns e^x. */
  public static Array exp(Array x) {
    return floatUnary(Prim.EXP, x);
  }

  /** Returns e^x - 1. */
  public static Array expm1(Array x) {
    return floatUnary(Prim.EXPM1, x);
  }

  /** Returns the natural logarithm. */
  public static Array log(Array x) {
    return floatUnary(Prim.LOG, x);
  }

  /** Returns log(1 + x). */
  public static Array log1p(Array x) {
    return floatUnary(Prim.LOG1P, x);
  }

  /** Returns the base-2 logarithm. */
  public static Array log2(Array x) {
    Array l = log(x);
    return divide(l, Math.log(2.0));
  }

  /** Returns the base-10 logarithm. */
  public static Array log10(Array x) {
    Array l = log(x);
    return divide(l, Math.log(10.0));
  }

  /** Returns the square root. */
  public static Array sqrt(Array x) {
    return floatUnary(Prim.SQRT, x);
  }

  /** Returns sin x. */
  public static Array sin(Array x) {
    return floatUnary(Prim.SIN, x);
  }

  /** Returns cos x. */
  public static Array cos(Array x) {
    return floatUnary(Prim.COS, x);
  }

  /** Returns tan x. */
  public static Array tan(Array x) {
    return floatUnary(Prim.TAN, x);
  }

  /** Returns asin x. */
  public static Array asin(Array x) {
    return floatUnary(Prim.ASIN, x);
  }

  /** Returns acos x. */
  public static Array acos(Array x) {
    return floatUnary(Prim.ACOS, x);
  }

  /** Returns atan x. */
  public static Array atan(Array x) {
    return floatUnary(Prim.ATAN, x);
  }

  /** Returns sinh x. */
  public static Array sinh(Array x) {
    return floatUnary(Prim.SINH, x);
  }

  /** Returns cosh x. */
  public static Array cosh(Array x) {
    return floatUnary(Prim.COSH, x);
  }

  /** Returns tanh x. */
  public static Array tanh(Array x) {
    return floatUnary(Prim.TANH, x);
  }

  /** Returns asinh x. */
  public static Array asinh(Array x) {
    return floatUnary(Prim.ASINH, x);
  }

  /** Returns acosh x. */
  public static Array acosh(Array x) {
    return floatUnary(Prim.ACOSH, x);
  }

  /** Returns atanh x. */
  public static Array atanh(Array x) {
    return floatUnary(Prim.ATANH, x);
  }

  /**
   * Returns the Gauss error function erf x; integers and bools compute in the floating dtype NumPy
   * would choose (float64 for int64, float16 for int8 and bool).
   */
  public static Array erf(Array x) {
    return floatUnary(Prim.ERF, x);
  }

  /** Returns floor x (integers unchanged). */
  public static Array floor(Array x) {
    return x.dtype().isFloating() ? unary(Prim.FLOOR, x) : x;
  }

  /** Returns ceil x (integers unchanged). */
  public static Array ceil(Array x) {
    return x.dtype().isFloating() ? unary(Prim.CEIL, x) : x;
  }

  /** Returns x rounded half to even (integers unchanged). */
  public static Array round(Array x) {
    return x.dtype().isFloating() ? unary(Prim.ROUND, x) : x;
  }

  /** Returns x rounded toward zero (integers unchanged). */
  public static Array trunc(Array x) {
    if (!x.dtype().isFloating()) {
      return x;
    }
    return where(less(x, 0), ceil(x), floor(x));
  }

  /** Returns whether x is NaN (false for non-floating dtypes). */
  public static Array isnan(Array x) {
    return x.dtype().isFloating() ? unary(Prim.ISNAN, x) : Creation.fullLike(x, false, DType.BOOL);
  }

  /** Returns whether x is infinite (false for non-floating dtypes). */
  public static Array isinf(Array x) {
    return x.dtype().isFloating() ? unary(Prim.ISINF, x) : Creation.fullLike(x, false, DType.BOOL);
  }

  /** Returns whether x is finite (true for non-floating dtypes). */
  public static Array isfinite(Array x) {
    if (!x.dtype().isFloating()) {
      return Creation.fullLike(x, true, DType.BOOL);
    }
    return logicalNot(logicalOr(isnan(x), isinf(x)));
  }

  /** Returns whether the sign bit of x is set (true for -0.0 and negative NaN payloads). */
  public static Array signbit(Array x) {
    Array f = Manipulation.astype(x, floatFor(x.dtype()));
    // copysign(1, x) < 0 sees the sign bit of zeros; NaN compares false, as the sign of
    // the canonical NaN is clear
    return less(copysign(Creation.onesLike(f), f), 0);
  }

  /** Returns the logical not of x (as bool). */
  public static Array logicalNot(Array x) {
    return unary(Prim.NOT, Manipulation.astype(x, DType.BOOL));
  }

  /** Returns the bitwise (or, for bool, logical) inversion of x. */
  public static Array bitwiseInvert(Array x) {
    check(x.dtype().isInteger() || x.dtype().isBool(), "bitwise_invert", x.dtype());
    return unary(Prim.NOT, x);
  }

  // ------------------------------------------------------------------ binary

  /** Returns x + y. */
  public static Array add(Object x, Object y) {
    return binary("add", Prim.ADD, x, y);
  }

  /** Returns x - y. */
  public static Array subtract(Object x, Object y) {
    return binary("subtract", Prim.SUB, x, y);
  }

  /** Returns x * y. */
  public static Array multiply(Object x, Object y) {
    return binary("multiply", Prim.MUL, x, y);
  }

  /** Returns x / y; integer inputs divide as float64 (NumPy's true division). */
  public static Array divide(Object x, Object y) {
    Array[] xy = promote("divide", x, y);
    DType f = xy[0].dtype().isFloating() ? xy[0].dtype() : TypePromotion.DEFAULT_FLOAT;
    return Dispatcher.bind(
        Prim.DIV,
        Params.None.INSTANCE,
        Manipulation.astype(xy[0], f),
        Manipulation.astype(xy[1], f));
  }

  /** Returns floor(x / y), rounding toward negative infinity as Python does. */
  public static Array floorDivide(Object x, Object y) {
    Array[] xy = promote("floor_divide", x, y);
    if (xy[0].dtype().isBool()) {
      xy[0] = Manipulation.astype(xy[0], DType.INT8);
      xy[1] = Manipulation.astype(xy[1], DType.INT8);
    }
    if (xy[0].dtype().isFloating()) {
      return floorDivideFloat(xy[0], xy[1]);
    }
    return Dispatcher.bind(Prim.FLOOR_DIV, Params.None.INSTANCE, xy[0], xy[1]);
  }

  /**
   * Python's float floor division, which frameworks compute differently (floor(x / y) gives 10 for
   * 1.0 // 0.1 where Python gives 9): div = (x - x mod y) / y, rounded to the nearest integer;
   * division by zero gives x / y (an infinity or NaN), as NumPy does.
   */
  private static Array floorDivideFloat(Array x, Array y) {
    Array mod = Dispatcher.bind(Prim.REM, Params.None.INSTANCE, x, y);
    Array div = divide(subtract(x, mod), y);
    Array fl = floor(div);
    Array r = where(greater(subtract(div, fl), 0.5), add(fl, 1), fl);
    return where(equal(y, 0), divide(x, y), r);
  }

  /** Returns x mod y with the sign of y, as Python's {@code %}. */
  public static Array remainder(Object x, Object y) {
    Array[] xy = promote("remainder", x, y);
    if (xy[0].dtype().isBool()) {
      xy[0] = Manipulation.astype(xy[0], DType.INT8);
      xy[1] = Manipulation.astype(xy[1], DType.INT8);
    }
    return Dispatcher.bind(Prim.REM, Params.None.INSTANCE, xy[0], xy[1]);
  }

  /** Returns x ** y. */
  public static Array pow(Object x, Object y) {
    Array[] xy = promote("pow", x, y);
    if (xy[0].dtype().isBool()) {
      xy[0] = Manipulation.astype(xy[0], DType.INT8);
      xy[1] = Manipulation.astype(xy[1], DType.INT8);
    }
    if (xy[0].dtype().isInteger()
        && xy[1].dtype().isSigned()
        && !xy[1].isSymbolic()
        && xy[1].size() > 0) {
      // NumPy raises rather than return 0 for 2 ** -1; so do we, on every backend
      long least = Reductions.min(xy[1], null, false).itemLong();
      Checks.check(least >= 0, "pow", "y must be >= 0 when x and y are integers; got %s", least);
    }
    return Dispatcher.bind(Prim.POW, Params.None.INSTANCE, xy[0], xy[1]);
  }

  /** Returns the elementwise maximum; NaN propagates. */
  public static Array maximum(Object x, Object y) {
    return binary("maximum", Prim.MAX, x, y);
  }

  /** Returns the elementwise minimum; NaN propagates. */
  public static Array minimum(Object x, Object y) {
    return binary("minimum", Prim.MIN, x, y);
  }

  /** Returns atan2(x, y) (the angle of the point (y, x)). */
  public static Array atan2(Object x, Object y) {
    Array[] xy = promote("atan2", x, y);
    DType f = floatFor(xy[0].dtype());
    return Dispatcher.bind(
        Prim.ATAN2,
        Params.None.INSTANCE,
        Manipulation.astype(xy[0], f),
        Manipulation.astype(xy[1], f));
  }

  /** Returns sqrt(x^2 + y^2), without undue overflow. */
  public static Array hypot(Object x, Object y) {
    Array[] xy = promote("hypot", x, y);
    DType f = floatFor(xy[0].dtype());
    Array a = abs(Manipulation.astype(xy[0], f));
    Array b = abs(Manipulation.astype(xy[1], f));
    Array hi = maximum(a, b);
    Array lo = minimum(a, b);
    Array safe = where(equal(hi, 0), Creation.onesLike(hi), hi);
    Array r = divide(lo, safe);
    Array out = multiply(hi, sqrt(add(1, multiply(r, r))));
    // infinities win over NaN, as in C's hypot
    return where(
        logicalOr(isinf(a), isinf(b)),
        Creation.fullLike(out, Double.POSITIVE_INFINITY, out.dtype()),
        out);
  }

  /** Returns log(e^x + e^y), computed stably. */
  public static Array logaddexp(Object x, Object y) {
    Array[] xy = promote("logaddexp", x, y);
    DType f = floatFor(xy[0].dtype());
    Array a = Manipulation.astype(xy[0], f);
    Array b = Manipulation.astype(xy[1], f);
    Array m = maximum(a, b);
    Array d = negative(abs(subtract(a, b)));
    Array r = add(m, log1p(exp(d)));
    // equal infinities: the difference is NaN, the answer is m
    return where(equal(a, b), add(a, Math.log(2.0)), r);
  }

  /** Returns the magnitude of x with the sign of y. */
  public static Array copysign(Object x, Object y) {
    Array[] xy = promote("copysign", x, y);
    DType f = floatFor(xy[0].dtype());
    Array a = abs(Manipulation.astype(xy[0], f));
    Array b = Manipulation.astype(xy[1], f);
    // the sign of y, including the sign of zeros: 1/y is -inf for -0.0
    Array neg = logicalOr(less(b, 0), less(divide(1, b), 0));
    return where(neg, negative(a), a);
  }

  /** Returns x == y. */
  public static Array equal(Object x, Object y) {
    return binary("equal", Prim.EQ, x, y);
  }

  /** Returns x != y. */
  public static Array notEqual(Object x, Object y) {
    return binary("not_equal", Prim.NE, x, y);
  }

  /** Returns x &lt; y. */
  public static Array less(Object x, Object y) {
    return binary("less", Prim.LT, x, y);
  }

  /** Returns x &lt;= y. */
  public static Array lessEqual(Object x, Object y) {
    return binary("less_equal", Prim.LE, x, y);
  }

  /** Returns x > y. */
  public static Array greater(Object x, Object y) {
    return binary("greater", Prim.GT, x, y);
  }

  /** Returns x >= y. */
  public static Array greaterEqual(Object x, Object y) {
    return binary("greater_equal", Prim.GE, x, y);
  }

  /** Returns the logical and of x and y (as bool). */
  public static Array logicalAnd(Object x, Object y) {
    return logical("logical_and", Prim.AND, x, y);
  }

  /** Returns the logical or of x and y (as bool). */
  public static Array logicalOr(Object x, Object y) {
    return logical("logical_or", Prim.OR, x, y);
  }

  /** Returns the logical xor of x and y (as bool). */
  public static Array logicalXor(Object x, Object y) {
    return logical("logical_xor", Prim.XOR, x, y);
  }

  private static Array logical(String fn, Prim p, Object x, Object y) {
    Array[] xy = promote(fn, x, y);
    return Dispatcher.bind(
        p,
        Params.None.INSTANCE,
        Manipulation.astype(xy[0], DType.BOOL),
        Manipulation.astype(xy[1], DType.BOOL));
  }

  /** Returns the bitwise and (logical for bool). */
  public static Array bitwiseAnd(Object x, Object y) {
    return bitwise("bitwise_and", Prim.AND, x, y);
  }

  /** Returns the bitwise or (logical for bool). */
  public static Array bitwiseOr(Object x, Object y) {
    return bitwise("bitwise_or", Prim.OR, x, y);
  }

  /** Returns the bitwise xor (logical for bool). */
  public static Array bitwiseXor(Object x, Object y) {
    return bitwise("bitwise_xor", Prim.XOR, x, y);
  }

  /**
   * Returns x shifted left by y bits (integers). Counts outside [0, bits) give 0, as NumPy defines
   * them (the frameworks' own shifts disagree there).
   */
  public static Array bitwiseLeftShift(Object x, Object y) {
    return shift("bitwise_left_shift", Prim.SHL, x, y);
  }

  /**
   * Returns x shifted right arithmetically by y bits (integers). Counts outside [0, bits) give -1
   * for negative x and 0 otherwise, as NumPy defines them.
   */
  public static Array bitwiseRightShift(Object x, Object y) {
    return shift("bitwise_right_shift", Prim.SHR, x, y);
  }

  private static Array shift(String fn, Prim p, Object x, Object y) {
    Array[] xy = promote(fn, x, y);
    check(xy[0].dtype().isInteger(), fn, xy[0].dtype());
    Array a = xy[0];
    Array b = xy[1];
    int bits = a.dtype().byteSize() * 8;
    Array outside = logicalOr(less(b, 0), greaterEqual(b, bits));
    Array safe = where(outside, Creation.zerosLike(b), b);
    Array r = Dispatcher.bind(p, Params.None.INSTANCE, a, safe);
    Array fill = Creation.zerosLike(r);
    if (p == Prim.SHR && a.dtype().isSigned()) {
      fill = where(less(a, 0), Creation.fullLike(r, -1, null), fill);
    }
    return where(outside, fill, r);
  }

  private static Array bitwise(String fn, Prim p, Object x, Object y) {
    Array[] xy = promote(fn, x, y);
    check(xy[0].dtype().isInteger() || xy[0].dtype().isBool(), fn, xy[0].dtype());
    return Dispatcher.bind(p, Params.None.INSTANCE, xy[0], xy[1]);
  }

  private static void check(boolean ok, String fn, DType dt) {
    if (!ok) {
      throw new IvyArgumentException(
          fn + ": x and y must have an integer or bool dtype; got " + dt);
    }
  }

  /** Returns x where cond is true, else y; x and y promote to one dtype. */
  public static Array where(Array cond, Object x, Object y) {
    if (!cond.dtype().isBool()) {
      cond = Manipulation.astype(cond, DType.BOOL);
    }
    Array[] xy = promote("where", x, y);
    return Dispatcher.bind(Prim.WHERE, Params.None.INSTANCE, cond, xy[0], xy[1]);
  }

  /**
   * Returns x limited to [min, max]; either bound may be null (no limit), a number (keeps x's
   * dtype, NEP 50) or an array (promotes).
   */
  public static Array clip(Array x, Object min, Object max) {
    // Java-number bounds of a floating x that keep its dtype: one coarse node
    if (x.dtype().isFloating()
        && (min == null || min instanceof Number)
        && (max == null || max instanceof Number)
        && (min != null || max != null)) {
      double lo = min == null ? Double.NEGATIVE_INFINITY : ((Number) min).doubleValue();
      double hi = max == null ? Double.POSITIVE_INFINITY : ((Number) max).doubleValue();
      if (lo <= hi) {
        return Coarse.clamp(x, lo, hi);
      }
    }
    return clipDecomposition(x, min, max);
  }

  /** Returns clip from primitives; inside the bounds x itself, so its gradient there is 1. */
  static Array clipDecomposition(Array x, Object min, Object max) {
    Array r = x;
    Array inside = null;
    if (min != null) {
      r = maximum(r, min);
      inside = greaterEqual(x, min);
    }
    if (max != null) {
      r = minimum(r, max);
      Array below = lessEqual(x, max);
      inside = inside == null ? below : logicalAnd(inside, below);
    }
    // inside the bounds x itself, so the gradient there is 1 even at a bound (PyTorch's clamp)
    return inside == null ? r : where(inside, x, r);
  }
}
