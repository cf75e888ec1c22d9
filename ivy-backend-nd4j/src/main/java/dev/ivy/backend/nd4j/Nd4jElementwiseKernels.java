package dev.ivy.backend.nd4j;

import static dev.ivy.backend.nd4j.Nd4jBackend.ALL;
import static dev.ivy.backend.nd4j.Nd4jBackend.FLOATS;
import static dev.ivy.backend.nd4j.Nd4jBackend.INTS;
import static dev.ivy.backend.nd4j.Nd4jBackend.NUMERIC;
import static dev.ivy.backend.nd4j.Nd4jBackend.put;

import dev.ivy.DType;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.Op;
import org.nd4j.linalg.api.ops.impl.transforms.bool.IsInf;
import org.nd4j.linalg.api.ops.impl.transforms.bool.IsNaN;
import org.nd4j.linalg.api.ops.impl.transforms.floating.Sqrt;
import org.nd4j.linalg.api.ops.impl.transforms.same.Abs;
import org.nd4j.linalg.api.ops.impl.transforms.same.Ceil;
import org.nd4j.linalg.api.ops.impl.transforms.same.Floor;
import org.nd4j.linalg.api.ops.impl.transforms.same.Negative;
import org.nd4j.linalg.api.ops.impl.transforms.same.Sign;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ACos;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ACosh;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ASin;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ASinh;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ATan;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ATanh;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Cos;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Cosh;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Exp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Expm1;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log1p;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Rint;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sin;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sinh;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tan;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Elementwise kernels: unary math, binary arithmetic, comparisons, logical and bitwise ops, {@link
 * Prim#CAST} and {@link Prim#WHERE}. Binary ops use ND4J's broadcasting custom ops and fix ND4J
 * where it differs from NumPy (NaN in max/min/sign, integer floor division and division by zero,
 * integer pow).
 */
final class Nd4jElementwiseKernels {
  private static final Set<DType> INT_BOOL =
      EnumSet.of(DType.BOOL, DType.INT8, DType.INT16, DType.INT32, DType.INT64, DType.UINT8);
  private static final Set<DType> WIDE_INTS = EnumSet.of(DType.INT32, DType.INT64);

  private Nd4jElementwiseKernels() {}

  static void register(KernelTable.Builder b) {
    put(b, Prim.NEG, NUMERIC, transform(Negative::new));
    put(b, Prim.ABS, NUMERIC, transform(Abs::new));
    put(b, Prim.SIGN, NUMERIC, Nd4jElementwiseKernels::sign);
    put(b, Prim.EXP, FLOATS, transform(Exp::new));
    put(b, Prim.EXPM1, FLOATS, transform(Expm1::new));
    put(b, Prim.LOG, FLOATS, transform(Log::new));
    put(b, Prim.LOG1P, FLOATS, transform(Log1p::new));
    put(b, Prim.SQRT, FLOATS, transform(Sqrt::new));
    put(b, Prim.SIN, FLOATS, transform(Sin::new));
    put(b, Prim.COS, FLOATS, transform(Cos::new));
    put(b, Prim.TAN, FLOATS, transform(Tan::new));
    put(b, Prim.ASIN, FLOATS, transform(ASin::new));
    put(b, Prim.ACOS, FLOATS, transform(ACos::new));
    put(b, Prim.ATAN, FLOATS, transform(ATan::new));
    put(b, Prim.SINH, FLOATS, transform(Sinh::new));
    put(b, Prim.COSH, FLOATS, transform(Cosh::new));
    put(b, Prim.TANH, FLOATS, transform(Tanh::new));
    put(b, Prim.ASINH, FLOATS, transform(ASinh::new));
    put(b, Prim.ACOSH, FLOATS, transform(ACosh::new));
    put(b, Prim.ATANH, FLOATS, transform(ATanh::new));
    put(b, Prim.ERF, FLOATS, transform(Erf::new));
    put(b, Prim.FLOOR, FLOATS, transform(Floor::new));
    put(b, Prim.CEIL, FLOATS, transform(Ceil::new));
    // rint rounds half to even, as numpy.round; ND4J's Round rounds half away from zero
    put(b, Prim.ROUND, FLOATS, transform(Rint::new));
    put(b, Prim.ISNAN, FLOATS, transform(IsNaN::new));
    put(b, Prim.ISINF, FLOATS, transform(IsInf::new));
    put(
        b,
        Prim.NOT,
        INT_BOOL,
        (p, in, av, out) ->
            Nd4jOps.custom(
                av[0].dtype().isBool() ? "boolean_not" : "toggle_bits",
                new INDArray[] {(INDArray) in[0]},
                Nd4jConversions.alloc(out)));

    put(b, Prim.ADD, NUMERIC, binary("add"));
    put(b, Prim.SUB, NUMERIC, binary("subtract"));
    put(b, Prim.MUL, NUMERIC, binary("multiply"));
    put(b, Prim.DIV, FLOATS, binary("divide"));
    put(b, Prim.FLOOR_DIV, union(FLOATS, WIDE_INTS), Nd4jElementwiseKernels::floorDiv);
    put(b, Prim.REM, union(FLOATS, WIDE_INTS), Nd4jElementwiseKernels::rem);
    put(b, Prim.POW, union(FLOATS, WIDE_INTS), Nd4jElementwiseKernels::pow);
    put(b, Prim.MAX, NUMERIC, extremum("maximum"));
    put(b, Prim.MIN, NUMERIC, extremum("minimum"));
    put(b, Prim.ATAN2, FLOATS, binary("tf_atan2"));
    put(b, Prim.AND, INT_BOOL, logical("boolean_and", "bitwise_and"));
    put(b, Prim.OR, INT_BOOL, logical("boolean_or", "bitwise_or"));
    put(b, Prim.XOR, INT_BOOL, logical("boolean_xor", "bitwise_xor"));
    put(b, Prim.SHL, INTS, binary("shift_bits"));
    put(b, Prim.SHR, INTS, binary("rshift_bits"));

    put(b, Prim.EQ, ALL, binary("equals"));
    put(b, Prim.NE, ALL, binary("not_equals"));
    put(b, Prim.LT, NUMERIC, binary("less"));
    put(b, Prim.LE, NUMERIC, binary("less_equal"));
    put(b, Prim.GT, NUMERIC, binary("greater"));
    put(b, Prim.GE, NUMERIC, binary("greater_equal"));

    put(b, Prim.CAST, ALL, Nd4jElementwiseKernels::cast);
    put(b, Prim.WHERE, ALL, Nd4jElementwiseKernels::where);
  }

  private static dev.ivy.backend.Kernel transform(BiFunction<INDArray, INDArray, Op> op) {
    return (p, in, av, out) -> {
      INDArray z = Nd4jConversions.alloc(out);
      Nd4j.getExecutioner().exec(op.apply((INDArray) in[0], z));
      return z;
    };
  }

  private static dev.ivy.backend.Kernel binary(String name) {
    return (p, in, av, out) ->
        Nd4jOps.custom(
            name, Nd4jOps.sameRank((INDArray) in[0], (INDArray) in[1]), Nd4jConversions.alloc(out));
  }

  private static dev.ivy.backend.Kernel logical(String boolName, String intName) {
    return (p, in, av, out) ->
        Nd4jOps.custom(
            av[0].dtype().isBool() ? boolName : intName,
            Nd4jOps.sameRank((INDArray) in[0], (INDArray) in[1]),
            Nd4jConversions.alloc(out));
  }

  /** ND4J's maximum/minimum drop a NaN in the first operand; NumPy propagates both. */
  private static dev.ivy.backend.Kernel extremum(String name) {
    return (p, in, av, out) -> {
      INDArray x = (INDArray) in[0];
      INDArray y = (INDArray) in[1];
      INDArray r = Nd4jOps.custom(name, Nd4jOps.sameRank(x, y), Nd4jConversions.alloc(out));
      if (!out.dtype().isFloating()) {
        return r;
      }
      long[] dims = out.shape().dims();
      INDArray sum = null;
      try {
        // x + y is NaN wherever an operand is NaN: select it there
        sum = Nd4jOps.binary("add", x, y, r.dataType(), dims);
        INDArray xn = Nd4jOps.isNaN(x);
        INDArray yn = Nd4jOps.isNaN(y);
        INDArray any = Nd4jOps.binary("boolean_or", xn, yn, DataType.BOOL, dims);
        Nd4jOps.close(xn, yn);
        INDArray res = Nd4jOps.select(any, sum, r);
        Nd4jOps.close(any);
        Nd4jOps.close(r);
        return res;
      } finally {
        Nd4jOps.close(sum);
      }
    };
  }

  private static Object sign(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray x = (INDArray) in[0];
    INDArray s = Nd4jConversions.alloc(out);
    Nd4j.getExecutioner().exec(new Sign(x, s));
    if (!out.dtype().isFloating()) {
      return s;
    }
    INDArray nan = Nd4jOps.isNaN(x);
    try {
      return Nd4jOps.select(nan, x, s);
    } finally {
      Nd4jOps.close(nan, s);
    }
  }

  private static Object cast(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray x = (INDArray) in[0];
    if (av[0].dtype() == out.dtype()) {
      return Nd4jConversions.copyAs(x, out);
    }
    INDArray r = x.castTo(Nd4jConversions.toNd4j(out.dtype()));
    return r == x ? Nd4jConversions.copyAs(x, out) : r;
  }

  private static Object where(Params p, Object[] in, Aval[] av, Aval out) {
    long[] dims = out.shape().dims();
    INDArray[] b = new INDArray[3];
    try {
      for (int i = 0; i < 3; i++) {
        INDArray a = (INDArray) in[i];
        b[i] = av[i].shape().equals(out.shape()) ? a : Nd4jOps.broadcastTo(a, dims);
      }
      return Nd4jOps.custom("select", b, Nd4jConversions.alloc(out));
    } finally {
      for (int i = 0; i < 3; i++) {
        if (b[i] != in[i]) {
          Nd4jOps.close(b[i]);
        }
      }
    }
  }

  /** floor(x / y); for integers exact, rounding toward -inf, 0 for division by zero. */
  private static Object floorDiv(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray x = (INDArray) in[0];
    INDArray y = (INDArray) in[1];
    if (out.dtype().isFloating()) {
      INDArray q = Nd4jOps.custom("divide", Nd4jOps.sameRank(x, y), Nd4jConversions.alloc(out));
      Nd4j.getExecutioner().exec(new Floor(q, q));
      return q;
    }
    return intDivMod(x, y, out, true);
  }

  /** Python remainder: sign of y; floats fmod-based, integers exact with x % 0 = 0. */
  private static Object rem(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray x = (INDArray) in[0];
    INDArray y = (INDArray) in[1];
    if (out.dtype().isFloating()) {
      return Nd4jOps.custom("floormod", Nd4jOps.sameRank(x, y), Nd4jConversions.alloc(out));
    }
    return intDivMod(x, y, out, false);
  }

  /**
   * Integer floor division or remainder, exact for every value: libnd4j's integer {@code floormod}
   * goes through floating point (wrong beyond 2^24), so both come from its truncating integer
   * {@code divide}: r = x - y * trunc(x / y), moved by y (and the quotient by -1) where r is
   * nonzero with the sign opposite to y's. Never divides by 0 or -1 natively (both trap on x86): y
   * in {0, -1} is replaced by 1 and the NumPy results (0; -x and 0) are selected after.
   */
  private static INDArray intDivMod(INDArray x, INDArray y, Aval out, boolean div) {
    long[] dims = out.shape().dims();
    DataType dt = x.dataType();
    java.util.List<INDArray> temp = new java.util.ArrayList<>();
    INDArray xb = Nd4jOps.broadcastTo(x, dims);
    INDArray yb = Nd4jOps.broadcastTo(y, dims);
    try {
      INDArray zero = keep(temp, Nd4jOps.scalar(dt, 0L));
      INDArray one = keep(temp, Nd4jOps.scalar(dt, 1L));
      INDArray minusOne = keep(temp, Nd4jOps.scalar(dt, -1L));
      INDArray yZero = keep(temp, Nd4jOps.binary("equals", yb, zero, DataType.BOOL, dims));
      INDArray yNeg1 = keep(temp, Nd4jOps.binary("equals", yb, minusOne, DataType.BOOL, dims));
      INDArray bad = keep(temp, Nd4jOps.binary("boolean_or", yZero, yNeg1, DataType.BOOL, dims));
      INDArray ones = keep(temp, Nd4jOps.broadcastTo(one, dims));
      INDArray ySafe = keep(temp, Nd4jOps.select(bad, ones, yb));
      INDArray qt = keep(temp, Nd4jOps.binary("divide", xb, ySafe, dt, dims));
      INDArray prod = keep(temp, Nd4jOps.binary("multiply", qt, ySafe, dt, dims));
      INDArray r = keep(temp, Nd4jOps.binary("subtract", xb, prod, dt, dims));
      INDArray rNonZero = keep(temp, Nd4jOps.binary("not_equals", r, zero, DataType.BOOL, dims));
      INDArray rNeg = keep(temp, Nd4jOps.binary("less", r, zero, DataType.BOOL, dims));
      INDArray yNeg = keep(temp, Nd4jOps.binary("less", ySafe, zero, DataType.BOOL, dims));
      INDArray signsDiffer =
          keep(temp, Nd4jOps.binary("boolean_xor", rNeg, yNeg, DataType.BOOL, dims));
      INDArray adjust =
          keep(temp, Nd4jOps.binary("boolean_and", rNonZero, signsDiffer, DataType.BOOL, dims));
      INDArray zeros = keep(temp, Nd4jOps.broadcastTo(zero, dims));
      if (!div) {
        INDArray moved = keep(temp, Nd4jOps.binary("add", r, ySafe, dt, dims));
        INDArray mod = keep(temp, Nd4jOps.select(adjust, moved, r));
        // y == -1 leaves r == 0 from x - x, already right
        return Nd4jOps.select(yZero, zeros, mod);
      }
      INDArray lower = keep(temp, Nd4jOps.binary("subtract", qt, one, dt, dims));
      INDArray q = keep(temp, Nd4jOps.select(adjust, lower, qt));
      INDArray neg = keep(temp, Nd4jOps.binary("multiply", xb, minusOne, dt, dims));
      INDArray q1 = keep(temp, Nd4jOps.select(yNeg1, neg, q));
      return Nd4jOps.select(yZero, zeros, q1);
    } finally {
      Nd4jOps.close(temp.toArray(new INDArray[0]));
      if (xb != x) {
        Nd4jOps.close(xb);
      }
      if (yb != y) {
        Nd4jOps.close(yb);
      }
    }
  }

  private static INDArray keep(java.util.List<INDArray> temp, INDArray a) {
    temp.add(a);
    return a;
  }

  /** IEEE pow for floats; integers through float64 (exact below 2^53), cast back. */
  private static Object pow(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray x = (INDArray) in[0];
    INDArray y = (INDArray) in[1];
    if (out.dtype().isFloating()) {
      return Nd4jOps.custom("Pow", Nd4jOps.sameRank(x, y), Nd4jConversions.alloc(out));
    }
    INDArray xd = x.castTo(DataType.DOUBLE);
    INDArray yd = y.castTo(DataType.DOUBLE);
    INDArray r = null;
    try {
      r = Nd4jOps.binary("Pow", xd, yd, DataType.DOUBLE, out.shape().dims());
      // rint first: pow in double may land a hair below an exact integer
      Nd4j.getExecutioner().exec(new Rint(r, r));
      return r.castTo(Nd4jConversions.toNd4j(out.dtype()));
    } finally {
      Nd4jOps.close(xd, yd, r);
    }
  }

  private static Set<DType> union(Set<DType> a, Set<DType> c) {
    EnumSet<DType> s = EnumSet.copyOf(a);
    s.addAll(c);
    return s;
  }
}
