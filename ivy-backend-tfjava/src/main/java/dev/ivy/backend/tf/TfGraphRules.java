package dev.ivy.backend.tf;

import dev.ivy.DType;
import dev.ivy.backend.KernelTable;
import dev.ivy.backend.Program;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one table from primitives to TensorFlow graph ops, shared by the graph compiler ({@link
 * TfProgramCompiler}) and the SavedModel exporter ({@link TfSavedModelExporter}): which
 * instructions a graph can hold ({@link #supports}) and the ops that build each ({@link #emit}).
 * Every rule adds the same raw ops with the same attributes as the eager kernel of that primitive,
 * so a graph computes what eager TensorFlow computes.
 *
 * <p>Supported: elementwise ops and comparisons, casts (except from float64/int32/int64 to a 16-bit
 * float, which the eager kernel rounds once through a float32 rounded to odd), floor division and
 * remainder on floats, sum/prod/max/min reductions, movement (reshape, broadcast, transpose, slice,
 * concat, flip), gather, matmul, fill, iota and cumulative sums and products, each in the dtypes
 * the eager kernels accept, and the coarse operations with TensorFlow ops ({@link TfCoarse}: the
 * very rules the eager kernels run). Anything else (decompositions, sorting, scatter, control
 * flow...) is not.
 */
final class TfGraphRules {
  private static final Map<Prim, String> SIMPLE = new EnumMap<>(Prim.class);

  static {
    String[][] ops = {
      {"NEG", "Neg"}, {"ABS", "Abs"}, {"SIGN", "Sign"}, {"EXP", "Exp"},
      {"EXPM1", "Expm1"}, {"LOG", "Log"}, {"LOG1P", "Log1p"}, {"SQRT", "Sqrt"},
      {"SIN", "Sin"}, {"COS", "Cos"}, {"TAN", "Tan"}, {"ASIN", "Asin"},
      {"ACOS", "Acos"}, {"ATAN", "Atan"}, {"SINH", "Sinh"}, {"COSH", "Cosh"},
      {"TANH", "Tanh"}, {"ASINH", "Asinh"}, {"ACOSH", "Acosh"}, {"ATANH", "Atanh"},
      {"ERF", "Erf"}, {"FLOOR", "Floor"}, {"CEIL", "Ceil"}, {"ROUND", "Round"},
      {"ISNAN", "IsNan"}, {"ISINF", "IsInf"}, {"ADD", "AddV2"}, {"SUB", "Sub"},
      {"MUL", "Mul"}, {"DIV", "RealDiv"}, {"POW", "Pow"}, {"MAX", "Maximum"},
      {"MIN", "Minimum"}, {"ATAN2", "Atan2"}, {"SHL", "LeftShift"}, {"SHR", "RightShift"},
      {"EQ", "Equal"}, {"NE", "NotEqual"}, {"LT", "Less"}, {"LE", "LessEqual"},
      {"GT", "Greater"}, {"GE", "GreaterEqual"}, {"WHERE", "SelectV2"},
    };
    for (String[] o : ops) {
      SIMPLE.put(Prim.valueOf(o[0]), o[1]);
    }
  }

  private TfGraphRules() {}

  /**
   * Returns the dtype that decides whether {@code ins} is supported: the branches' dtype for {@code
   * WHERE}, the output dtype for {@code FULL} and {@code IOTA}, else the first input's; {@code
   * null} for any other primitive without inputs.
   */
  static DType keyDType(Program.Instruction ins) {
    Aval[] in = ins.inAvals();
    return switch (ins.prim()) {
      case WHERE -> in[1].dtype();
      case FULL, IOTA -> ins.outAvals()[0].dtype();
      default -> in.length > 0 ? in[0].dtype() : null;
    };
  }

  /**
   * Returns whether {@link #emit} builds {@code ins} exactly as its eager kernel in {@code kernels}
   * runs it: the kernel accepts the {@link #keyDType key dtype} and a rule covers the primitive,
   * params and dtype.
   */
  static boolean supports(KernelTable kernels, Program.Instruction ins) {
    Prim p = ins.prim();
    DType dt = keyDType(ins);
    if (dt == null || !kernels.supports(p, dt)) {
      return false;
    }
    if (SIMPLE.containsKey(p)) {
      return true;
    }
    if (Prim.COARSE.contains(p)) {
      return TfCoarse.accepts(p, ins.params(), ins.inAvals());
    }
    return switch (p) {
      case NOT, AND, OR, XOR -> true;
      case FLOOR_DIV, REM -> dt.isFloating();
      case CAST -> {
        DType to = ((Params.Cast) ins.params()).dtype();
        boolean to16 = to == DType.FLOAT16 || to == DType.BFLOAT16;
        boolean wide = dt == DType.FLOAT64 || dt == DType.INT32 || dt == DType.INT64;
        yield dt == to || !(to16 && wide);
      }
      case REDUCE_SUM, REDUCE_PROD, REDUCE_MAX, REDUCE_MIN -> true;
      case RESHAPE, BROADCAST_TO, TRANSPOSE, SLICE, CONCAT, FLIP, TAKE, MATMUL, FULL -> true;
      case IOTA, CUMSUM, CUMPROD -> true;
      default -> false;
    };
  }

  /**
   * Adds the ops of one {@linkplain #supports supported} instruction to {@code g} and returns the
   * graph values of all its outputs, in order.
   *
   * @param in the graph values of the instruction's inputs, in order
   */
  static <T> List<T> emitAll(TfGraphBuilder<T> g, Program.Instruction ins, List<T> in) {
    Prim p = ins.prim();
    if (Prim.COARSE.contains(p)) {
      return TfCoarse.emit(g, p, ins.params(), ins.inAvals(), ins.outAvals(), in);
    }
    return List.of(emit(g, ins, in));
  }

  /**
   * Adds the ops of one {@linkplain #supports supported} instruction of one output to {@code g}.
   *
   * @param in the graph values of the instruction's inputs, in order
   * @return the graph value of the instruction's output
   * @throws IllegalStateException if no rule covers the primitive (check {@link #supports} first)
   */
  static <T> T emit(TfGraphBuilder<T> g, Program.Instruction ins, List<T> in) {
    Prim p = ins.prim();
    Aval a0 = ins.inAvals().length > 0 ? ins.inAvals()[0] : null;
    Aval out = ins.outAvals()[0];
    String simple = SIMPLE.get(p);
    if (simple != null) {
      return g.op(simple, in);
    }
    return switch (p) {
      case NOT -> g.op(a0.dtype().isBool() ? "LogicalNot" : "Invert", in);
      case AND -> g.op(a0.dtype().isBool() ? "LogicalAnd" : "BitwiseAnd", in);
      case OR -> g.op(a0.dtype().isBool() ? "LogicalOr" : "BitwiseOr", in);
      case XOR -> g.op(a0.dtype().isBool() ? "NotEqual" : "BitwiseXor", in);
      case FLOOR_DIV -> g.op("FloorDiv", in);
      case REM -> g.op("FloorMod", in);
      case CAST -> {
        DType to = ((Params.Cast) ins.params()).dtype();
        yield to == a0.dtype() ? g.op("Identity", in) : g.cast(in.get(0), to);
      }
      case REDUCE_SUM -> reduce(g, "Sum", in.get(0), (Params.Axes) ins.params());
      case REDUCE_PROD -> reduce(g, "Prod", in.get(0), (Params.Axes) ins.params());
      case REDUCE_MAX, REDUCE_MIN -> {
        Params.Axes ax = (Params.Axes) ins.params();
        T r = reduce(g, p == Prim.REDUCE_MAX ? "Max" : "Min", in.get(0), ax);
        if (!a0.dtype().isFloating()) {
          yield r;
        }
        // a NaN in the reduced slice gives NaN, as in the eager kernel
        T anyNan = reduce(g, "Any", g.op("IsNan", List.of(in.get(0))), ax);
        yield g.op("SelectV2", List.of(anyNan, g.scalar(a0.dtype(), Double.NaN, 0), r));
      }
      case RESHAPE -> g.op("Reshape", List.of(in.get(0), g.longs(out.shape().dims())));
      case BROADCAST_TO -> g.op("BroadcastTo", List.of(in.get(0), g.longs(out.shape().dims())));
      case TRANSPOSE ->
          g.op("Transpose", List.of(in.get(0), g.ints(((Params.Perm) ins.params()).perm())));
      case SLICE -> {
        if (a0.shape().rank() == 0) {
          yield g.op("Identity", in);
        }
        Params.Slice s = (Params.Slice) ins.params();
        yield g.op(
            "StridedSlice",
            List.of(in.get(0), g.longs(s.start()), g.longs(s.stop()), g.longs(s.step())));
      }
      case CONCAT -> {
        if (in.size() == 1) {
          yield g.op("Identity", in);
        }
        T axis = g.scalar(DType.INT32, 0, ((Params.Axis) ins.params()).axis());
        yield g.concat(in, axis);
      }
      case FLIP ->
          g.op("ReverseV2", List.of(in.get(0), g.ints(((Params.Axes) ins.params()).axes())));
      case TAKE -> {
        T x = in.get(0);
        if (a0.shape().rank() == 0) {
          x = g.op("Reshape", List.of(x, g.longs(new long[] {1})));
        }
        T axis = g.scalar(DType.INT64, 0, ((Params.Axis) ins.params()).axis());
        yield g.op("GatherV2", List.of(x, in.get(1), axis));
      }
      case MATMUL -> g.op(a0.shape().rank() == 2 ? "MatMul" : "BatchMatMulV2", in);
      case FULL -> {
        Params.Full f = (Params.Full) ins.params();
        T v = g.scalar(out.dtype(), f.doubleValue(), f.longValue());
        yield g.op("Fill", List.of(g.longs(f.shape().dims()), v));
      }
      case IOTA -> {
        // Range(0, n, 1) in the output dtype, as the eager kernel
        long n = ((Params.Iota) ins.params()).n();
        DType dt = out.dtype();
        yield g.op("Range", List.of(g.scalar(dt, 0, 0), g.scalar(dt, n, n), g.scalar(dt, 1, 1)));
      }
      case CUMSUM, CUMPROD -> {
        if (a0.shape().rank() == 0) {
          yield g.op("Identity", in);
        }
        T axis = g.scalar(DType.INT32, 0, ((Params.Axis) ins.params()).axis());
        yield g.op(p == Prim.CUMSUM ? "Cumsum" : "Cumprod", List.of(in.get(0), axis));
      }
      default -> throw new IllegalStateException("TfGraphRules: no graph rule for " + p);
    };
  }

  private static <T> T reduce(TfGraphBuilder<T> g, String type, T x, Params.Axes ax) {
    return g.reduce(type, x, g.ints(ax.axes()), ax.keepDims());
  }
}
