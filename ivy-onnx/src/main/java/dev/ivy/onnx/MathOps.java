package dev.ivy.onnx;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/** Elementwise arithmetic, comparisons, logic and activations. */
final class MathOps {
  private MathOps() {}

  static List<Array> one(Array a) {
    List<Array> l = new ArrayList<>(1);
    l.add(a);
    return l;
  }

  private static OnnxOp unary(UnaryOperator<Array> f) {
    return c -> one(f.apply(c.in(0)));
  }

  private static OnnxOp binary(BinaryOperator<Array> f) {
    return c -> one(f.apply(c.in(0), c.in(1)));
  }

  /** Folds a variadic op (Sum, Max, Min) over its inputs. */
  private static OnnxOp variadic(BinaryOperator<Array> f) {
    return c -> {
      Array r = c.in(0);
      for (int i = 1; i < c.numInputs(); i++) {
        r = f.apply(r, c.in(i));
      }
      return one(r);
    };
  }

  /** Casts {@code r} back to the dtype of {@code like} (ONNX ops keep their input type). */
  /**
   * Returns a clip bound as a Java number when it is one concrete value and x floats (so the clip
   * is one coarse node), else the array itself (or null).
   */
  private static Object bound(Array x, Array b) {
    if (b == null || b.isSymbolic() || b.size() != 1 || !x.dtype().isFloating()) {
      return b;
    }
    return b.toDoubleArray()[0];
  }

  static Array same(Array r, Array like) {
    return r.dtype() == like.dtype() ? r : Ivy.astype(r, like.dtype());
  }

  static void register(OnnxOps.Registrar r) {
    r.add("Abs", unary(Ivy::abs));
    r.add("Neg", unary(Ivy::negative));
    r.add("Sign", unary(Ivy::sign));
    r.add("Reciprocal", unary(x -> same(Ivy.reciprocal(x), x)));
    r.add("Exp", unary(Ivy::exp));
    r.add("Log", unary(Ivy::log));
    r.add("Sqrt", unary(Ivy::sqrt));
    r.add("Sin", unary(Ivy::sin));
    r.add("Cos", unary(Ivy::cos));
    r.add("Tan", unary(Ivy::tan));
    r.add("Asin", unary(Ivy::asin));
    r.add("Acos", unary(Ivy::acos));
    r.add("Atan", unary(Ivy::atan));
    r.add("Sinh", unary(Ivy::sinh));
    r.add("Cosh", unary(Ivy::cosh));
    r.add("Tanh", unary(Ivy::tanh));
    r.add("Asinh", unary(Ivy::asinh));
    r.add("Acosh", unary(Ivy::acosh));
    r.add("Atanh", unary(Ivy::atanh));
    r.add("Erf", unary(x -> same(Ivy.erf(x), x)));
    r.add("Floor", unary(Ivy::floor));
    r.add("Ceil", unary(Ivy::ceil));
    r.add("Round", "rounds half to even", unary(Ivy::round));
    r.add("IsNaN", unary(Ivy::isnan));
    r.add(
        "IsInf",
        c -> {
          Array x = c.in(0);
          Array pos = Ivy.logicalAnd(Ivy.isinf(x), Ivy.greater(x, 0));
          Array neg = Ivy.logicalAnd(Ivy.isinf(x), Ivy.less(x, 0));
          boolean p = c.i("detect_positive", 1) != 0;
          boolean n = c.i("detect_negative", 1) != 0;
          Array none = Ivy.fullLike(x, false, DType.BOOL);
          return one(p && n ? Ivy.logicalOr(pos, neg) : p ? pos : n ? neg : none);
        });
    r.add("Not", unary(Ivy::logicalNot));
    r.add("Identity", c -> one(c.in(0)));
    r.add("Add", binary(Ivy::add));
    r.add("Sub", binary(Ivy::subtract));
    r.add("Mul", binary(Ivy::multiply));
    r.add("Div", "integer division truncates toward zero", binary(MathOps::div));
    r.add("Pow", binary((x, y) -> same(Ivy.pow(x, y), x)));
    r.add(
        "Mod",
        c -> {
          Array x = c.in(0);
          Array y = c.in(1);
          if (c.i("fmod", 0) == 0) {
            return one(Ivy.remainder(x, y));
          }
          // C fmod: the sign of the dividend
          return one(same(Ivy.subtract(x, Ivy.multiply(truncDiv(x, y), y)), x));
        });
    r.add("Max", variadic(Ivy::maximum));
    r.add("Min", variadic(Ivy::minimum));
    r.add("Sum", variadic(Ivy::add));
    r.add(
        "Mean",
        c -> {
          Array s = variadic(Ivy::add).apply(c).get(0);
          return one(same(Ivy.divide(s, c.numInputs()), s));
        });
    r.add("Equal", binary(Ivy::equal));
    r.add("Less", binary(Ivy::less));
    r.add("LessOrEqual", binary(Ivy::lessEqual));
    r.add("Greater", binary(Ivy::greater));
    r.add("GreaterOrEqual", binary(Ivy::greaterEqual));
    r.add("And", binary(Ivy::logicalAnd));
    r.add("Or", binary(Ivy::logicalOr));
    r.add("Xor", binary(Ivy::logicalXor));
    r.add(
        "BitShift",
        c -> {
          String d = c.s("direction", "");
          if (!d.equals("LEFT") && !d.equals("RIGHT")) {
            throw c.error("attribute direction must be LEFT or RIGHT; got '%s'", d);
          }
          Array x = c.in(0);
          Array y = c.in(1);
          return one(d.equals("LEFT") ? Ivy.bitwiseLeftShift(x, y) : Ivy.bitwiseRightShift(x, y));
        });
    r.add("Where", c -> one(Ivy.where(c.in(0), c.in(1), c.in(2))));
    r.add(
        "Clip",
        c -> {
          Array x = c.in(0);
          if (c.opset() < 11) {
            // Clip-6: the bounds are float attributes, absent meaning unbounded
            Object lo = c.has("min") ? (Object) (double) c.f("min", 0f) : null;
            Object hi = c.has("max") ? (Object) (double) c.f("max", 0f) : null;
            return one(same(Ivy.clip(x, lo, hi), x));
          }
          return one(same(Ivy.clip(x, bound(x, c.opt(1)), bound(x, c.opt(2))), x));
        });
    // activations
    r.add("Relu", unary(Ivy::relu));
    r.add("Sigmoid", unary(Ivy::sigmoid));
    r.add("Softplus", unary(x -> same(Ivy.softplus(x, 1.0, 20.0), x)));
    r.add("Softsign", unary(x -> Ivy.divide(x, Ivy.add(Ivy.abs(x), 1))));
    r.add("HardSwish", unary(Ivy::hardSwish));
    r.add(
        "HardSigmoid",
        c -> {
          Array x = c.in(0);
          double a = c.f("alpha", 0.2f);
          double b = c.f("beta", 0.5f);
          return one(same(Ivy.clip(Ivy.add(Ivy.multiply(x, a), b), 0, 1), x));
        });
    r.add("LeakyRelu", c -> one(same(Ivy.leakyRelu(c.in(0), c.f("alpha", 0.01f)), c.in(0))));
    r.add("Elu", c -> one(same(Ivy.elu(c.in(0), c.f("alpha", 1f)), c.in(0))));
    r.add(
        "Selu",
        c -> {
          Array x = c.in(0);
          double a = c.f("alpha", 1.67326319217681884765625f);
          double g = c.f("gamma", 1.05070102214813232421875f);
          return one(same(Ivy.multiply(Ivy.elu(x, a), g), x));
        });
    r.add(
        "Celu",
        c -> {
          Array x = c.in(0);
          double a = c.f("alpha", 1f);
          Array neg = Ivy.multiply(Ivy.expm1(Ivy.divide(x, a)), a);
          return one(same(Ivy.add(Ivy.maximum(x, 0), Ivy.minimum(neg, 0)), x));
        });
    r.add(
        "ThresholdedRelu",
        c -> {
          Array x = c.in(0);
          return one(Ivy.where(Ivy.greater(x, c.f("alpha", 1f)), x, Ivy.zerosLike(x)));
        });
    r.add(
        "PRelu",
        c -> {
          Array x = c.in(0);
          return one(Ivy.where(Ivy.less(x, 0), Ivy.multiply(x, c.in(1)), x));
        });
    r.add(
        "Shrink",
        c -> {
          Array x = c.in(0);
          double b = c.f("bias", 0f);
          double l = c.f("lambd", 0.5f);
          Array lo = Ivy.where(Ivy.less(x, -l), Ivy.add(x, b), Ivy.zerosLike(x));
          return one(same(Ivy.where(Ivy.greater(x, l), Ivy.subtract(x, b), lo), x));
        });
    r.add("Softmax", c -> one(alongAxis(c, Ivy::softmax)));
    r.add("LogSoftmax", c -> one(alongAxis(c, Ivy::logSoftmax)));
    r.add("Hardmax", c -> one(alongAxis(c, MathOps::hardmax)));
  }

  /**
   * Applies a softmax-like {@code f} as the node's opset defines it: from opset 13 along the axis
   * attribute (default -1); before, on the input coerced to 2-d at the axis attribute (default 1),
   * i.e. over all the axes from it on together.
   */
  private static Array alongAxis(
      NodeContext c, java.util.function.BiFunction<Array, Integer, Array> f) {
    Array x = c.in(0);
    if (c.opset() >= 13) {
      return f.apply(x, (int) c.i("axis", -1));
    }
    long[] d = x.shape().dims();
    int a = d.length == 0 ? 0 : ShapeOps.axis(c, c.i("axis", 1), d.length + 1);
    long outer = 1;
    long inner = 1;
    for (int i = 0; i < d.length; i++) {
      if (i < a) {
        outer *= d[i];
      } else {
        inner *= d[i];
      }
    }
    return Ivy.reshape(f.apply(Ivy.reshape(x, new long[] {outer, inner}), 1), d);
  }

  private static Array hardmax(Array x, int axis) {
    int ax = axis < 0 ? axis + x.rank() : axis;
    long n = x.shape().dim(ax);
    Array idx = Ivy.argmax(x, ax, true);
    Array pos = Ivy.arange(0, n, 1, DType.INT64);
    long[] s = new long[x.rank()];
    java.util.Arrays.fill(s, 1);
    s[ax] = n;
    Array hit = Ivy.equal(Ivy.reshape(pos, s), idx);
    return Ivy.astype(hit, x.dtype());
  }

  /** ONNX Div: true division for floats, truncation toward zero for integers. */
  static Array div(Array x, Array y) {
    if (x.dtype().isFloating() || y.dtype().isFloating()) {
      return Ivy.divide(x, y);
    }
    return truncDiv(x, y);
  }

  private static Array truncDiv(Array x, Array y) {
    if (x.dtype().isFloating()) {
      return Ivy.trunc(Ivy.divide(x, y));
    }
    // exact for every integer (a float64 quotient rounds beyond 2^53): floor, then one step
    // toward zero where the remainder is nonzero and the signs differ
    Array q = Ivy.floorDivide(x, y);
    Array r = Ivy.remainder(x, y);
    Array fix =
        Ivy.logicalAnd(
            Ivy.notEqual(r, Ivy.zerosLike(r)),
            Ivy.notEqual(Ivy.less(x, Ivy.zerosLike(x)), Ivy.less(y, Ivy.zerosLike(y))));
    return Ivy.where(fix, Ivy.add(q, Ivy.onesLike(q)), q);
  }
}
