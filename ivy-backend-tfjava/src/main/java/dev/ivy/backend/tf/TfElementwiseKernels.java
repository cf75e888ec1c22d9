package dev.ivy.backend.tf;

import static dev.ivy.backend.tf.TfCall.free;
import static dev.ivy.backend.tf.TfOps.binary;
import static dev.ivy.backend.tf.TfOps.select;
import static dev.ivy.backend.tf.TfOps.unary;

import dev.ivy.DType;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Prim;
import java.util.Set;
import org.bytedeco.javacpp.BytePointer;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/** Kernels of the elementwise primitives: unary, binary, comparisons and where. */
final class TfElementwiseKernels {
  private final TfRuntime rt;

  TfElementwiseKernels(TfRuntime rt) {
    this.rt = rt;
  }

  void register(KernelTable.Builder b) {
    Set<DType> numeric = TfDTypes.NUMERIC;
    Set<DType> floats = TfDTypes.FLOATS;
    b.put(Prim.NEG, numeric, unary("Neg"));
    b.put(Prim.ABS, numeric, unary("Abs"));
    b.put(Prim.SIGN, numeric, unary("Sign"));
    b.put(Prim.EXP, floats, unary("Exp"));
    b.put(Prim.EXPM1, floats, unary("Expm1"));
    b.put(Prim.LOG, floats, unary("Log"));
    b.put(Prim.LOG1P, floats, unary("Log1p"));
    b.put(Prim.SQRT, floats, unary("Sqrt"));
    b.put(Prim.SIN, floats, unary("Sin"));
    b.put(Prim.COS, floats, unary("Cos"));
    b.put(Prim.TAN, floats, unary("Tan"));
    b.put(Prim.ASIN, floats, unary("Asin"));
    b.put(Prim.ACOS, floats, unary("Acos"));
    b.put(Prim.ATAN, floats, unary("Atan"));
    b.put(Prim.SINH, floats, unary("Sinh"));
    b.put(Prim.COSH, floats, unary("Cosh"));
    b.put(Prim.TANH, floats, unary("Tanh"));
    b.put(Prim.ASINH, floats, unary("Asinh"));
    b.put(Prim.ACOSH, floats, unary("Acosh"));
    b.put(Prim.ATANH, floats, unary("Atanh"));
    b.put(Prim.FLOOR, floats, unary("Floor"));
    b.put(Prim.CEIL, floats, unary("Ceil"));
    b.put(Prim.ROUND, floats, unary("Round"));
    b.put(Prim.ISNAN, floats, unary("IsNan"));
    b.put(Prim.ISINF, floats, unary("IsInf"));
    b.put(Prim.NOT, TfDTypes.INTS_BOOL, this::not);

    b.put(Prim.ADD, numeric, binary("AddV2"));
    b.put(Prim.SUB, numeric, binary("Sub"));
    b.put(Prim.MUL, numeric, binary("Mul"));
    b.put(Prim.DIV, floats, binary("RealDiv"));
    b.put(Prim.FLOOR_DIV, numeric, (p, in, av, out) -> divMod(in, av[0].dtype(), true));
    b.put(Prim.REM, numeric, (p, in, av, out) -> divMod(in, av[0].dtype(), false));
    b.put(Prim.POW, numeric, binary("Pow"));
    b.put(Prim.MAX, numeric, binary("Maximum"));
    b.put(Prim.MIN, numeric, binary("Minimum"));
    b.put(Prim.ATAN2, floats, binary("Atan2"));
    b.put(Prim.AND, TfDTypes.INTS_BOOL, logical(TfOps.LOGICAL_AND, TfOps.BITWISE_AND));
    b.put(Prim.OR, TfDTypes.INTS_BOOL, logical(TfOps.LOGICAL_OR, TfOps.BITWISE_OR));
    b.put(Prim.XOR, TfDTypes.INTS_BOOL, logical(TfOps.NOT_EQUAL, TfOps.BITWISE_XOR));
    b.put(Prim.SHL, TfDTypes.INTS, binary("LeftShift"));
    b.put(Prim.SHR, TfDTypes.INTS, binary("RightShift"));

    b.put(Prim.EQ, TfDTypes.ALL, binary("Equal"));
    b.put(Prim.NE, TfDTypes.ALL, binary("NotEqual"));
    b.put(Prim.LT, numeric, binary("Less"));
    b.put(Prim.LE, numeric, binary("LessEqual"));
    b.put(Prim.GT, numeric, binary("Greater"));
    b.put(Prim.GE, numeric, binary("GreaterEqual"));

    b.put(Prim.WHERE, TfDTypes.ALL, (p, in, av, out) -> {
      TfCall c = rt.call();
      return select(c, h(in[0]), h(in[1]), h(in[2]));
    });
  }

  static TFE_TensorHandle h(Object payload) {
    return (TFE_TensorHandle) payload;
  }

  private Kernel unary(String op) {
    BytePointer name = TfCall.name(op);
    return (p, in, av, out) -> TfOps.unary(rt.call(), name, h(in[0]));
  }

  private Kernel binary(String op) {
    BytePointer name = TfCall.name(op);
    return (p, in, av, out) -> TfOps.binary(rt.call(), name, h(in[0]), h(in[1]));
  }

  private Kernel logical(BytePointer boolOp, BytePointer intOp) {
    return (p, in, av, out) ->
        binary(rt.call(), av[0].dtype().isBool() ? boolOp : intOp, h(in[0]), h(in[1]));
  }

  private Object not(dev.ivy.prim.Params p, Object[] in, dev.ivy.prim.Aval[] av,
      dev.ivy.prim.Aval out) {
    return unary(rt.call(), av[0].dtype().isBool() ? TfOps.LOGICAL_NOT : TfOps.INVERT, h(in[0]));
  }

  /**
   * Floor division or Python remainder. TensorFlow's FloorDiv/FloorMod already round toward -inf
   * (floats: fmod with the sign fixed). For integers TensorFlow fails on a zero divisor and the
   * CPU traps on MIN / -1, so both divisors are replaced by 1 and the results patched: x // 0 = 0
   * and x % 0 = 0 (NumPy's results), x // -1 = -x (wrapping), x % -1 = 0.
   */
  private Object divMod(Object[] in, DType dt, boolean div) {
    TfCall c = rt.call();
    TFE_TensorHandle x = h(in[0]);
    TFE_TensorHandle y = h(in[1]);
    if (dt.isFloating()) {
      return binary(c, div ? TfOps.FLOOR_DIV : TfOps.FLOOR_MOD, x, y);
    }
    TFE_TensorHandle zero = null;
    TFE_TensorHandle one = null;
    TFE_TensorHandle minusOne = null;
    TFE_TensorHandle isZero = null;
    TFE_TensorHandle isMinusOne = null;
    TFE_TensorHandle bad = null;
    TFE_TensorHandle safe = null;
    TFE_TensorHandle r = null;
    TFE_TensorHandle negX = null;
    TFE_TensorHandle r2 = null;
    try {
      zero = TfConversions.scalar(c, dt, 0, 0);
      one = TfConversions.scalar(c, dt, 1, 1);
      isZero = binary(c, TfOps.EQUAL, y, zero);
      if (dt.isSigned()) {
        minusOne = TfConversions.scalar(c, dt, -1, -1);
        isMinusOne = binary(c, TfOps.EQUAL, y, minusOne);
        bad = binary(c, TfOps.LOGICAL_OR, isZero, isMinusOne);
      } else {
        bad = c.share(isZero);
      }
      safe = select(c, bad, one, y);
      if (div) {
        r = binary(c, TfOps.FLOOR_DIV, x, safe);
        if (isMinusOne != null) {
          negX = unary(c, TfOps.NEG, x);
          r2 = select(c, isMinusOne, negX, r);
          free(r);
          r = r2;
          r2 = null;
        }
        return select(c, isZero, zero, r);
      }
      r = binary(c, TfOps.FLOOR_MOD, x, safe);
      return select(c, bad, zero, r);
    } finally {
      TfCall.freeAll(zero, one, minusOne, isZero, isMinusOne, bad, safe, r, negX, r2);
    }
  }
}
