package dev.ivy.backend.torch;

import static dev.ivy.backend.torch.TorchKernelSupport.ALL;
import static dev.ivy.backend.torch.TorchKernelSupport.FLOATS;
import static dev.ivy.backend.torch.TorchKernelSupport.INTS;
import static dev.ivy.backend.torch.TorchKernelSupport.INTS_BOOL;
import static dev.ivy.backend.torch.TorchKernelSupport.NUMERIC;
import static dev.ivy.backend.torch.TorchKernelSupport.pt;

import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import dev.ivy.DType;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Elementwise kernels: unary maths, binary arithmetic and bitwise ops, comparisons, {@link
 * Prim#CAST} and {@link Prim#WHERE}. Binary kernels rely on libtorch's numpy-style broadcasting.
 */
final class TorchElementwiseKernels {
  private final TorchScriptOps script;

  TorchElementwiseKernels(TorchScriptOps script) {
    this.script = script;
  }

  /** Adds this category's kernels to {@code b}. */
  void register(KernelTable.Builder b) {
    unary(b, Prim.NEG, NUMERIC, JniUtils::neg);
    unary(b, Prim.ABS, NUMERIC, JniUtils::abs);
    // torch.sign maps NaN to 0; numpy keeps NaN
    b.put(
        Prim.SIGN,
        NUMERIC,
        (p, in, av, out) ->
            av[0].dtype().isFloating()
                ? script.call("fsign", pt(in[0]))
                : JniUtils.sign(pt(in[0])));
    unary(b, Prim.EXP, FLOATS, JniUtils::exp);
    unary(b, Prim.EXPM1, FLOATS, x -> script.call("expm1", x));
    unary(b, Prim.LOG, FLOATS, JniUtils::log);
    unary(b, Prim.LOG1P, FLOATS, x -> script.call("log1p", x));
    unary(b, Prim.SQRT, FLOATS, JniUtils::sqrt);
    unary(b, Prim.SIN, FLOATS, JniUtils::sin);
    unary(b, Prim.COS, FLOATS, JniUtils::cos);
    unary(b, Prim.TAN, FLOATS, JniUtils::tan);
    unary(b, Prim.ASIN, FLOATS, JniUtils::asin);
    unary(b, Prim.ACOS, FLOATS, JniUtils::acos);
    unary(b, Prim.ATAN, FLOATS, JniUtils::atan);
    unary(b, Prim.SINH, FLOATS, JniUtils::sinh);
    unary(b, Prim.COSH, FLOATS, JniUtils::cosh);
    unary(b, Prim.TANH, FLOATS, JniUtils::tanh);
    unary(b, Prim.ASINH, FLOATS, x -> script.call("asinh", x));
    unary(b, Prim.ACOSH, FLOATS, x -> script.call("acosh", x));
    unary(b, Prim.ATANH, FLOATS, x -> script.call("atanh", x));
    unary(b, Prim.ERF, FLOATS, JniUtils::erf);
    unary(b, Prim.FLOOR, FLOATS, JniUtils::floor);
    unary(b, Prim.CEIL, FLOATS, JniUtils::ceil);
    // torch.round rounds half to even, like numpy.round
    unary(b, Prim.ROUND, FLOATS, JniUtils::round);
    unary(b, Prim.ISNAN, FLOATS, JniUtils::isNaN);
    unary(b, Prim.ISINF, FLOATS, JniUtils::isInf);
    b.put(
        Prim.NOT,
        INTS_BOOL,
        (p, in, av, out) ->
            av[0].dtype().isBool()
                ? JniUtils.logicalNot(pt(in[0]))
                : script.call("bnot", pt(in[0])));

    // the hot path: one direct JNI call, no intermediate functional object
    b.put(Prim.ADD, NUMERIC, (p, in, av, out) -> JniUtils.add(pt(in[0]), pt(in[1])));
    binary(b, Prim.SUB, NUMERIC, JniUtils::sub);
    binary(b, Prim.MUL, NUMERIC, JniUtils::mul);
    binary(b, Prim.DIV, FLOATS, JniUtils::div);
    // Python semantics (floor, sign of the divisor); integer division by zero gives 0
    binary(b, Prim.FLOOR_DIV, NUMERIC, (x, y) -> script.call("floordiv", x, y));
    binary(b, Prim.REM, NUMERIC, (x, y) -> script.call("rem", x, y));
    b.put(
        Prim.POW,
        NUMERIC,
        (p, in, av, out) ->
            av[0].dtype().isFloating()
                ? JniUtils.pow(pt(in[0]), pt(in[1]))
                : script.call("ipow", pt(in[0]), pt(in[1])));
    // torch.maximum / torch.minimum propagate NaN
    binary(b, Prim.MAX, ALL, JniUtils::max);
    binary(b, Prim.MIN, ALL, JniUtils::min);
    binary(b, Prim.ATAN2, FLOATS, JniUtils::atan2);
    logical(b, Prim.AND, JniUtils::logicalAnd, "band");
    logical(b, Prim.OR, JniUtils::logicalOr, "bor");
    logical(b, Prim.XOR, JniUtils::logicalXor, "bxor");
    binary(b, Prim.SHL, INTS, (x, y) -> script.call("shl", x, y));
    binary(b, Prim.SHR, INTS, (x, y) -> script.call("shr", x, y));

    binary(b, Prim.EQ, ALL, JniUtils::eq);
    binary(b, Prim.NE, ALL, JniUtils::neq);
    binary(b, Prim.LT, ALL, JniUtils::lt);
    binary(b, Prim.LE, ALL, JniUtils::lte);
    binary(b, Prim.GT, ALL, JniUtils::gt);
    binary(b, Prim.GE, ALL, JniUtils::gte);

    // torch's .to(): float -> int truncates, -> bool is "nonzero", float64 -> float16 rounds to
    // even
    b.put(
        Prim.CAST,
        ALL,
        (p, in, av, out) -> TorchKernelSupport.cast(script, pt(in[0]), ((Params.Cast) p).dtype()));
    b.put(Prim.WHERE, ALL, (p, in, av, out) -> JniUtils.where(pt(in[0]), pt(in[1]), pt(in[2])));
  }

  private static void unary(
      KernelTable.Builder b, Prim prim, java.util.Set<DType> dtypes, UnaryOperator<PtNDArray> f) {
    b.put(prim, dtypes, (p, in, av, out) -> f.apply(pt(in[0])));
  }

  private static void binary(
      KernelTable.Builder b, Prim prim, java.util.Set<DType> dtypes, BinaryOperator<PtNDArray> f) {
    b.put(prim, dtypes, (p, in, av, out) -> f.apply(pt(in[0]), pt(in[1])));
  }

  private void logical(
      KernelTable.Builder b, Prim prim, BinaryOperator<PtNDArray> forBool, String bitwise) {
    b.put(
        prim,
        INTS_BOOL,
        (p, in, av, out) ->
            av[0].dtype().isBool()
                ? forBool.apply(pt(in[0]), pt(in[1]))
                : script.call(bitwise, pt(in[0]), pt(in[1])));
  }
}
