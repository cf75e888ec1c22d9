package dev.ivy.backend.tf;

import static dev.ivy.backend.tf.TfCall.free;
import static dev.ivy.backend.tf.TfOps.binary;
import static dev.ivy.backend.tf.TfOps.select;
import static dev.ivy.backend.tf.TfOps.unary;

import dev.ivy.DType;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
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
    // TensorFlow registers Neg, Abs, Sign and Pow for signed types only; core widens uint8
    Set<DType> signed =
        TfDTypes.union(floats, TfDTypes.of(DType.INT8, DType.INT16, DType.INT32, DType.INT64));
    b.put(Prim.NEG, signed, unaryKernel("Neg"));
    b.put(Prim.ABS, signed, unaryKernel("Abs"));
    b.put(Prim.SIGN, signed, unaryKernel("Sign"));
    b.put(Prim.EXP, floats, unaryKernel("Exp"));
    b.put(Prim.EXPM1, floats, unaryKernel("Expm1"));
    b.put(Prim.LOG, floats, unaryKernel("Log"));
    b.put(Prim.LOG1P, floats, unaryKernel("Log1p"));
    b.put(Prim.SQRT, floats, unaryKernel("Sqrt"));
    b.put(Prim.SIN, floats, unaryKernel("Sin"));
    b.put(Prim.COS, floats, unaryKernel("Cos"));
    b.put(Prim.TAN, floats, unaryKernel("Tan"));
    b.put(Prim.ASIN, floats, unaryKernel("Asin"));
    b.put(Prim.ACOS, floats, unaryKernel("Acos"));
    b.put(Prim.ATAN, floats, unaryKernel("Atan"));
    b.put(Prim.SINH, floats, unaryKernel("Sinh"));
    b.put(Prim.COSH, floats, unaryKernel("Cosh"));
    b.put(Prim.TANH, floats, unaryKernel("Tanh"));
    b.put(Prim.ASINH, floats, unaryKernel("Asinh"));
    b.put(Prim.ACOSH, floats, unaryKernel("Acosh"));
    b.put(Prim.ATANH, floats, unaryKernel("Atanh"));
    b.put(Prim.ERF, floats, unaryKernel("Erf"));
    b.put(Prim.FLOOR, floats, unaryKernel("Floor"));
    b.put(Prim.CEIL, floats, unaryKernel("Ceil"));
    b.put(Prim.ROUND, floats, unaryKernel("Round"));
    b.put(Prim.ISNAN, floats, unaryKernel("IsNan"));
    b.put(Prim.ISINF, floats, unaryKernel("IsInf"));
    b.put(Prim.NOT, TfDTypes.INTS_BOOL, this::not);

    b.put(Prim.ADD, numeric, binaryKernel("AddV2"));
    b.put(Prim.SUB, numeric, binaryKernel("Sub"));
    b.put(Prim.MUL, numeric, binaryKernel("Mul"));
    b.put(Prim.DIV, floats, binaryKernel("RealDiv"));
    b.put(Prim.FLOOR_DIV, numeric, (p, in, av, out) -> divMod(in, av[0].dtype(), true));
    b.put(Prim.REM, numeric, (p, in, av, out) -> divMod(in, av[0].dtype(), false));
    b.put(Prim.POW, signed, binaryKernel("Pow"));
    b.put(Prim.MAX, numeric, binaryKernel("Maximum"));
    b.put(Prim.MIN, numeric, binaryKernel("Minimum"));
    b.put(Prim.ATAN2, floats, binaryKernel("Atan2"));
    b.put(Prim.AND, TfDTypes.INTS_BOOL, logical(TfOps.LOGICAL_AND, TfOps.BITWISE_AND));
    b.put(Prim.OR, TfDTypes.INTS_BOOL, logical(TfOps.LOGICAL_OR, TfOps.BITWISE_OR));
    b.put(Prim.XOR, TfDTypes.INTS_BOOL, logical(TfOps.NOT_EQUAL, TfOps.BITWISE_XOR));
    b.put(Prim.SHL, TfDTypes.INTS, binaryKernel("LeftShift"));
    b.put(Prim.SHR, TfDTypes.INTS, binaryKernel("RightShift"));

    b.put(Prim.EQ, TfDTypes.ALL, binaryKernel("Equal"));
    b.put(Prim.NE, TfDTypes.ALL, binaryKernel("NotEqual"));
    b.put(Prim.LT, numeric, binaryKernel("Less"));
    b.put(Prim.LE, numeric, binaryKernel("LessEqual"));
    b.put(Prim.GT, numeric, binaryKernel("Greater"));
    b.put(Prim.GE, numeric, binaryKernel("GreaterEqual"));

    b.put(
        Prim.WHERE,
        TfDTypes.ALL,
        (p, in, av, out) -> {
          TfCall c = rt.call();
          return select(c, h(in[0]), h(in[1]), h(in[2]));
        });
  }

  static TFE_TensorHandle h(Object payload) {
    return (TFE_TensorHandle) payload;
  }

  private Kernel unaryKernel(String op) {
    BytePointer name = TfCall.name(op);
    return (p, in, av, out) -> TfOps.unary(rt.call(), name, h(in[0]));
  }

  private Kernel binaryKernel(String op) {
    BytePointer name = TfCall.name(op);
    return (p, in, av, out) -> TfOps.binary(rt.call(), name, h(in[0]), h(in[1]));
  }

  private Kernel logical(BytePointer boolOp, BytePointer intOp) {
    return (p, in, av, out) ->
        binary(rt.call(), av[0].dtype().isBool() ? boolOp : intOp, h(in[0]), h(in[1]));
  }

  private Object not(Params p, Object[] in, Aval[] av, Aval out) {
    return unary(rt.call(), av[0].dtype().isBool() ? TfOps.LOGICAL_NOT : TfOps.INVERT, h(in[0]));
  }

  /**
   * Floor division or Python remainder. TensorFlow's FloorDiv/FloorMod already round toward -inf
   * (floats: fmod with the sign fixed). For integers TensorFlow fails on a zero divisor and the CPU
   * traps on MIN / -1, so both divisors are replaced by 1 and the results patched: x // 0 = 0 and x
   * % 0 = 0 (NumPy's results), x // -1 = -x (wrapping), x % -1 = 0.
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
