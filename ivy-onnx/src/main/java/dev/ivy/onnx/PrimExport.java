package dev.ivy.onnx;

import static dev.ivy.onnx.OnnxEmitter.attr;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.onnx.proto.OnnxProto.AttributeProto;
import dev.ivy.onnx.proto.OnnxProto.GraphProto;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Maps each primitive of {@link Prim} to ONNX operators of opset {@link OnnxExport#OPSET}: one
 * entry per primitive, in enum order (a test checks the table covers the enum). Primitives ONNX has
 * no operator for at that opset (the linear-algebra decompositions) have an entry that throws
 * naming the primitive and the node.
 */
final class PrimExport {
  private PrimExport() {}

  /** What one node's export sees: its inputs' names and avals, and its params and outputs. */
  record Call(OnnxEmitter e, Node node, List<String> in, List<Aval> inAvals, String where) {
    String in(int i) {
      return in.get(i);
    }

    DType dtype(int i) {
      return inAvals.get(i).dtype();
    }

    Aval out() {
      return node.outAvals()[0];
    }

    Params params() {
      return node.params();
    }

    OnnxException unsupported(String why) {
      return new OnnxException("OnnxExport: primitive " + node.prim().opName() + where + " " + why);
    }
  }

  /** Exports one node: returns the names of its outputs, in order. */
  @FunctionalInterface
  interface Rule {
    List<String> apply(Call c);
  }

  /** The ONNX operators each primitive exports to, with notes on deviations. */
  static final Map<Prim, String> NOTES = new EnumMap<>(Prim.class);

  static final Map<Prim, Rule> RULES = build();

  private static Rule unary(String op) {
    return c -> one(c.e.op(op, List.of(c.in(0))));
  }

  private static Rule binary(String op) {
    return c -> one(c.e.op(op, List.of(c.in(0), c.in(1))));
  }

  private static Rule none(String why) {
    return c -> {
      throw c.unsupported(why);
    };
  }

  private static List<String> one(String s) {
    return List.of(s);
  }

  private static void note(Map<Prim, Rule> m, Prim p, String note, Rule r) {
    m.put(p, r);
    NOTES.put(p, note);
  }

  /** The note of a coarse operation exported as its decomposition into primitives. */
  static final String DECOMPOSED = "its decomposition into primitives, each exported as listed";

  /** Returns whether {@code prim} is exported as its decomposition (no operator of its own). */
  static boolean decomposed(Prim prim) {
    String note = NOTES.get(prim);
    return note != null && note.startsWith(DECOMPOSED);
  }

  /** How a coarse operation falls back to its decomposition where its operator cannot serve. */
  private static final String ELSE = "; otherwise its decomposition into primitives";

  private static Map<Prim, Rule> build() {
    Map<Prim, Rule> m = new EnumMap<>(Prim.class);
    note(
        m,
        Prim.CONV,
        "Conv (pads [lo..., hi...], strides, dilations, group, the bias as input C) for float16,"
            + " float32 and float64"
            + ELSE,
        PrimExport::conv);
    note(
        m,
        Prim.CONV_TRANSPOSE,
        "ConvTranspose (a negative padHi as output_padding, which must stay below the stride or"
            + " the dilation) for float16, float32 and float64"
            + ELSE,
        PrimExport::convTranspose);
    note(
        m,
        Prim.MAX_POOL,
        "MaxPool (ceil_mode, dilations) for float16, float32, float64, int8 and uint8; with"
            + " ceil_mode a last window starting in the end padding is dropped, as in PyTorch"
            + ELSE,
        c -> pool(c, true));
    note(
        m,
        Prim.AVG_POOL,
        "AveragePool (ceil_mode, count_include_pad) for float16, float32 and float64 without a"
            + " fixed divisor"
            + ELSE,
        c -> pool(c, false));
    note(m, Prim.SOFTMAX, "Softmax (axis)", c -> softmax(c, "Softmax"));
    note(m, Prim.LOG_SOFTMAX, "LogSoftmax (axis)", c -> softmax(c, "LogSoftmax"));
    note(
        m,
        Prim.LAYER_NORM,
        "LayerNormalization (axis, epsilon; a missing weight as ones; stash_type float64 for"
            + " float64)",
        PrimExport::layerNorm);
    note(
        m,
        Prim.BATCH_NORM,
        "BatchNormalization (inference; a missing weight as ones, bias as zeros)",
        PrimExport::batchNorm);
    note(
        m,
        Prim.GROUP_NORM,
        "InstanceNormalization when every channel is a group (GroupNormalization needs opset 18);"
            + " other groups: Reshape to [N, groups, -1], InstanceNormalization, Reshape back,"
            + " then Mul and Add per channel; for float16, float32 and float64"
            + ELSE,
        PrimExport::groupNorm);
    note(m, Prim.GELU, DECOMPOSED + " (Gelu needs opset 20)", none("decomposed before export"));
    note(
        m,
        Prim.SILU,
        "Mul(x, Sigmoid(x))",
        c -> one(c.e.op("Mul", List.of(c.in(0), c.e.op("Sigmoid", List.of(c.in(0)))))));
    note(m, Prim.RELU, "Relu", unary("Relu"));
    note(
        m,
        Prim.CLAMP,
        "Clip with the bounds as constant inputs (an infinite bound omitted)",
        c -> {
          Params.Bounds b = (Params.Bounds) c.params();
          DType dt = c.dtype(0);
          String lo = b.lo() == Double.NEGATIVE_INFINITY ? "" : c.e.scalar(dt, b.lo());
          String hi = b.hi() == Double.POSITIVE_INFINITY ? "" : c.e.scalar(dt, b.hi());
          List<String> in = hi.isEmpty() ? List.of(c.in(0), lo) : List.of(c.in(0), lo, hi);
          return one(c.e.op("Clip", in));
        });
    note(
        m,
        Prim.LINEAR,
        "x of rank 2: Gemm (transB 1, the bias as C); other ranks: MatMul with the transposed"
            + " weight, then Add",
        PrimExport::linear);
    note(
        m,
        Prim.LSTM,
        "LSTM (weights and biases reordered to ONNX's gates i, o, f, c; B = [bIh, bHh]); Y"
            + " [T, D, N, H] transposed and reshaped to [T, N, D * H]; float16, float32 and"
            + " float64"
            + ELSE,
        c -> recurrent(c, true));
    note(
        m,
        Prim.GRU,
        "GRU with linear_before_reset 1 (gates reordered to z, r, h), as LSTM" + ELSE,
        c -> recurrent(c, false));
    note(
        m,
        Prim.SCALED_DOT_PRODUCT_ATTENTION,
        DECOMPOSED + " (MatMul, Softmax's parts and the masks; Attention needs opset 23)",
        none("decomposed before export"));
    note(
        m,
        Prim.MAX_POOL_GRAD,
        DECOMPOSED + " (max pooling's gradient: comparisons, reductions and a one-hot)",
        none("decomposed before export"));
    note(
        m,
        Prim.RESIZE,
        "Resize of float32 x (sizes, or scales where a scale factor set the coordinate scale):"
            + " nearest as asymmetric + floor, nearest-exact as half_pixel + round_prefer_ceil,"
            + " linear as half_pixel (align_corners with alignCorners)"
            + ELSE,
        PrimExport::resize);
    note(
        m,
        Prim.EMBEDDING,
        "Gather (axis 0) of the weights at the indices",
        c -> one(c.e.op("Gather", List.of(c.in(0), c.in(1)), attr("axis", 0L))));
    note(m, Prim.NEG, "Neg", unary("Neg"));
    note(m, Prim.ABS, "Abs", unary("Abs"));
    note(m, Prim.SIGN, "Sign", unary("Sign"));
    note(m, Prim.EXP, "Exp", unary("Exp"));
    note(
        m,
        Prim.EXPM1,
        "Sub(Exp(x), 1) computed in float64, then Cast back",
        c -> inFloat64(c, x -> c.e.op("Sub", List.of(c.e.op("Exp", List.of(x)), one64(c)))));
    note(m, Prim.LOG, "Log", unary("Log"));
    note(
        m,
        Prim.LOG1P,
        "Log(Add(x, 1)) computed in float64, then Cast back",
        c -> inFloat64(c, x -> c.e.op("Log", List.of(c.e.op("Add", List.of(x, one64(c)))))));
    note(m, Prim.SQRT, "Sqrt", unary("Sqrt"));
    note(m, Prim.SIN, "Sin", unary("Sin"));
    note(m, Prim.COS, "Cos", unary("Cos"));
    note(m, Prim.TAN, "Tan", unary("Tan"));
    note(m, Prim.ASIN, "Asin", unary("Asin"));
    note(m, Prim.ACOS, "Acos", unary("Acos"));
    note(m, Prim.ATAN, "Atan", unary("Atan"));
    note(m, Prim.SINH, "Sinh", unary("Sinh"));
    note(m, Prim.COSH, "Cosh", unary("Cosh"));
    note(m, Prim.TANH, "Tanh", unary("Tanh"));
    note(m, Prim.ASINH, "Asinh", unary("Asinh"));
    note(m, Prim.ACOSH, "Acosh", unary("Acosh"));
    note(m, Prim.ATANH, "Atanh", unary("Atanh"));
    note(m, Prim.ERF, "Erf", unary("Erf"));
    note(m, Prim.FLOOR, "Floor", unary("Floor"));
    note(m, Prim.CEIL, "Ceil", unary("Ceil"));
    note(m, Prim.ROUND, "Round", unary("Round"));
    note(m, Prim.ISNAN, "IsNaN", unary("IsNaN"));
    note(m, Prim.ISINF, "IsInf", unary("IsInf"));
    note(m, Prim.NOT, "bool: Not; integers: Sub(-1, x) (two's complement)", PrimExport::not);
    note(m, Prim.ADD, "Add", binary("Add"));
    note(m, Prim.SUB, "Sub", binary("Sub"));
    note(m, Prim.MUL, "Mul", binary("Mul"));
    note(m, Prim.DIV, "Div", binary("Div"));
    note(
        m,
        Prim.FLOOR_DIV,
        "floats: Floor(Div); integers: Div(Sub(x, Mod(x, y)), y), exact",
        PrimExport::floorDiv);
    note(
        m,
        Prim.REM,
        "integers: Mod (fmod 0); floats: Mod (fmod 1) moved to the divisor's sign with Where",
        PrimExport::rem);
    note(m, Prim.POW, "Pow", binary("Pow"));
    note(m, Prim.MAX, "Max", binary("Max"));
    note(m, Prim.MIN, "Min", binary("Min"));
    note(
        m,
        Prim.ATAN2,
        "Atan(Div(x, y)) with quadrant corrections; atan2(±0, ±0) gives 0 and atan2(±inf, ±inf)"
            + " NaN",
        PrimExport::atan2);
    String bits =
        "bool: %s; integers (BitwiseAnd/Or/Xor need opset 18): split into bit planes in int64"
            + " (floor division by powers of 2, Mod 2), combined, summed back with the sign bit";
    note(m, Prim.AND, String.format(bits, "And"), logical("And"));
    note(m, Prim.OR, String.format(bits, "Or"), logical("Or"));
    note(m, Prim.XOR, String.format(bits, "Xor"), logical("Xor"));
    note(
        m,
        Prim.SHL,
        "uint8: BitShift; other integers: Mul(x, Pow(2, y)) in int64, Cast back; shift counts"
            + " must be below the width",
        c -> shift(c, true));
    note(
        m,
        Prim.SHR,
        "uint8: BitShift; other integers: floor division by Pow(2, y) in int64, Cast back",
        c -> shift(c, false));
    note(m, Prim.EQ, "Equal", binary("Equal"));
    note(
        m,
        Prim.NE,
        "Not(Equal)",
        c -> one(c.e.op("Not", List.of(c.e.op("Equal", List.of(c.in(0), c.in(1)))))));
    note(m, Prim.LT, "Less", compare("Less"));
    note(m, Prim.LE, "LessOrEqual", compare("LessOrEqual"));
    note(m, Prim.GT, "Greater", compare("Greater"));
    note(m, Prim.GE, "GreaterOrEqual", compare("GreaterOrEqual"));
    note(m, Prim.CAST, "Cast", c -> one(c.e.cast(c.in(0), ((Params.Cast) c.params()).dtype())));
    note(m, Prim.WHERE, "Where", c -> one(c.e.op("Where", List.of(c.in(0), c.in(1), c.in(2)))));
    note(m, Prim.REDUCE_SUM, "ReduceSum", reduce("ReduceSum", true));
    note(m, Prim.REDUCE_PROD, "ReduceProd", reduce("ReduceProd", false));
    note(m, Prim.REDUCE_MAX, "ReduceMax", reduce("ReduceMax", false));
    note(m, Prim.REDUCE_MIN, "ReduceMin", reduce("ReduceMin", false));
    note(m, Prim.ARGMAX, "ArgMax", arg("ArgMax"));
    note(m, Prim.ARGMIN, "ArgMin", arg("ArgMin"));
    note(
        m,
        Prim.RESHAPE,
        "Reshape with a shape initializer (allowzero 1 when a dimension is 0)",
        c -> {
          long[] s = ((Params.ToShape) c.params()).shape().dims();
          boolean zero = Arrays.stream(s).anyMatch(d -> d == 0);
          return one(
              zero
                  ? c.e.op("Reshape", List.of(c.in(0), c.e.int64s(s)), attr("allowzero", 1))
                  : c.e.op("Reshape", List.of(c.in(0), c.e.int64s(s))));
        });
    note(
        m,
        Prim.BROADCAST_TO,
        "Expand with a shape initializer",
        c -> {
          long[] s = ((Params.ToShape) c.params()).shape().dims();
          return one(c.e.op("Expand", List.of(c.in(0), c.e.int64s(s))));
        });
    note(
        m,
        Prim.TRANSPOSE,
        "Transpose",
        c -> one(c.e.op("Transpose", List.of(c.in(0)), attr("perm", toLong(perm(c))))));
    note(m, Prim.SLICE, "Slice with starts, ends, axes and steps initializers", PrimExport::slice);
    note(
        m,
        Prim.CONCAT,
        "Concat",
        c -> one(c.e.op("Concat", c.in, attr("axis", ((Params.Axis) c.params()).axis()))));
    note(m, Prim.FLIP, "Slice with steps -1", PrimExport::flip);
    note(
        m,
        Prim.TAKE,
        "Gather",
        c ->
            one(
                c.e.op(
                    "Gather",
                    List.of(c.in(0), c.in(1)),
                    attr("axis", ((Params.Axis) c.params()).axis()))));
    note(m, Prim.FULL, "ConstantOfShape (half precision: float32 then Cast)", PrimExport::full);
    note(m, Prim.IOTA, "Range in int64, then Cast to the dtype", PrimExport::iota);
    note(m, Prim.MATMUL, "MatMul (int8, int16, uint8 computed in int32)", PrimExport::matmul);
    note(m, Prim.CUMSUM, "CumSum (int8, int16, uint8 computed in int64)", PrimExport::cumsum);
    note(
        m,
        Prim.CUMPROD,
        "no ONNX operator: unrolled into one Mul per position along the axis, then Concat",
        PrimExport::cumprod);
    note(
        m,
        Prim.SORT,
        "TopK(k = axis length, largest 0, sorted 1); ONNX breaks ties by lower index, so the sort"
            + " is stable; NaN placement is left to the runtime (Ivy puts NaN last)",
        c -> sort(c, 0));
    note(m, Prim.ARGSORT, "TopK indices, as for sort", c -> sort(c, 1));
    String linalg = "has no ONNX operator at opset " + OnnxExport.OPSET + " (a decomposition)";
    note(m, Prim.CHOLESKY, "not exportable: no ONNX operator", none(linalg));
    note(m, Prim.TRIANGULAR_SOLVE, "not exportable: no ONNX operator", none(linalg));
    note(m, Prim.LU, "not exportable: no ONNX operator", none(linalg));
    note(m, Prim.QR, "not exportable: no ONNX operator", none(linalg));
    note(m, Prim.SVD, "not exportable: no ONNX operator", none(linalg));
    note(m, Prim.EIGH, "not exportable: no ONNX operator", none(linalg));
    note(
        m,
        Prim.SCATTER_ADD,
        "ScatterND with reduction add (bool: in int32, then Cast)",
        PrimExport::scatterAdd);
    note(
        m,
        Prim.COND,
        "If; the branches read the operands from the enclosing graph",
        PrimExport::cond);
    note(
        m,
        Prim.WHILE,
        "Loop with no trip count: the condition is evaluated before the loop and at the end of"
            + " each body",
        PrimExport::whileLoop);
    note(m, Prim.SCAN, "Scan (axis 0, forward)", PrimExport::scan);
    return m;
  }

  private static List<Graph> bodies(Call c, int n) {
    List<Graph> gs = c.node.subgraphs();
    if (gs.size() != n) {
      throw c.unsupported("needs its " + n + " bodies traced as sub-graphs; got " + gs.size());
    }
    return gs;
  }

  private static List<Aval> outAvals(Graph g) {
    Map<Integer, Aval> a = g.avals();
    List<Aval> r = new ArrayList<>();
    for (int id : g.outputs()) {
      r.add(a.get(id));
    }
    return r;
  }

  /** Emits {@code g} with its inputs bound to {@code inputs}; returns its output names. */
  private static List<String> inline(OnnxEmitter e, Graph g, List<String> inputs) {
    Map<Integer, String> names = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      names.put(g.inputs().get(i), inputs.get(i));
    }
    return OnnxExport.emitBody(e, g, names);
  }

  /** Adds an Identity per result to fresh output names of {@code e}'s graph, with value infos. */
  private static void outputs(OnnxEmitter e, List<String> results, List<Aval> avals) {
    for (int k = 0; k < results.size(); k++) {
      String o = e.fresh("body_out");
      e.node("Identity", List.of(results.get(k)), List.of(o));
      e.graph.addOutput(OnnxEmitter.valueInfo(o, avals.get(k)));
    }
  }

  private static String input(OnnxEmitter e, String hint, Aval aval) {
    String n = e.fresh(hint);
    e.graph.addInput(OnnxEmitter.valueInfo(n, aval));
    return n;
  }

  private static List<String> freshOutputs(Call c, String hint) {
    List<String> r = new ArrayList<>();
    for (int i = 0; i < c.node.outputs().length; i++) {
      r.add(c.e.fresh(hint));
    }
    return r;
  }

  private static List<String> cond(Call c) {
    List<Graph> gs = bodies(c, 2);
    List<String> ops = c.in.subList(1, c.in.size());
    List<GraphProto> branches = new ArrayList<>();
    for (Graph g : gs) {
      OnnxEmitter b = c.e.child();
      outputs(b, inline(b, g, ops), outAvals(g));
      b.graph.setName(c.e.fresh("branch"));
      branches.add(b.graph.build());
    }
    List<String> outs = freshOutputs(c, "If_out");
    c.e.node(
        "If",
        List.of(c.in(0)),
        outs,
        attr("then_branch", branches.get(0)),
        attr("else_branch", branches.get(1)));
    return outs;
  }

  private static List<String> whileLoop(Call c) {
    List<Graph> gs = bodies(c, 2);
    Graph condG = gs.get(0);
    Graph bodyG = gs.get(1);
    String c0 = inline(c.e, condG, c.in).get(0);
    OnnxEmitter b = c.e.child();
    input(b, "iter", new Aval(Shape.scalar(), DType.INT64));
    input(b, "cond_in", new Aval(Shape.scalar(), DType.BOOL));
    List<String> vs = new ArrayList<>();
    for (Aval a : c.inAvals) {
      vs.add(input(b, "carried", a));
    }
    List<String> next = inline(b, bodyG, vs);
    String c1 = inline(b, condG, next).get(0);
    List<String> results = new ArrayList<>(List.of(c1));
    results.addAll(next);
    List<Aval> avals = new ArrayList<>(List.of(new Aval(Shape.scalar(), DType.BOOL)));
    avals.addAll(c.inAvals);
    outputs(b, results, avals);
    b.graph.setName(c.e.fresh("loop_body"));
    List<String> ins = new ArrayList<>(List.of("", c0));
    ins.addAll(c.in);
    List<String> outs = freshOutputs(c, "Loop_out");
    c.e.node("Loop", ins, outs, attr("body", b.graph.build()));
    return outs;
  }

  private static List<String> scan(Call c) {
    Graph g = bodies(c, 1).get(0);
    int nc = ((Params.Control) c.params()).numCarry();
    OnnxEmitter b = c.e.child();
    List<String> args = new ArrayList<>();
    for (int i = 0; i < c.in.size(); i++) {
      Aval a = c.inAvals.get(i);
      if (i >= nc) {
        long[] d = a.shape().dims();
        a = new Aval(Shape.of(Arrays.copyOfRange(d, 1, d.length)), a.dtype());
      }
      args.add(input(b, i < nc ? "state" : "slice", a));
    }
    outputs(b, inline(b, g, args), outAvals(g));
    b.graph.setName(c.e.fresh("scan_body"));
    List<String> outs = freshOutputs(c, "Scan_out");
    c.e.node(
        "Scan",
        c.in,
        outs,
        attr("body", b.graph.build()),
        attr("num_scan_inputs", c.in.size() - nc));
    return outs;
  }

  private static int[] perm(Call c) {
    return ((Params.Perm) c.params()).perm();
  }

  private static long[] toLong(int[] a) {
    return Arrays.stream(a).asLongStream().toArray();
  }

  private static List<String> not(Call c) {
    DType dt = c.dtype(0);
    if (dt.isBool()) {
      return one(c.e.op("Not", List.of(c.in(0))));
    }
    String ones = c.e.scalar(dt, dt.isSigned() ? -1 : 255, dt.isSigned() ? -1 : 255);
    return one(c.e.op("Sub", List.of(ones, c.in(0))));
  }

  private static List<String> floorDiv(Call c) {
    String x = c.in(0);
    String y = c.in(1);
    if (c.dtype(0).isFloating()) {
      return one(c.e.op("Floor", List.of(c.e.op("Div", List.of(x, y)))));
    }
    String r = c.e.op("Mod", List.of(x, y), attr("fmod", 0));
    return one(c.e.op("Div", List.of(c.e.op("Sub", List.of(x, r)), y)));
  }

  private static List<String> rem(Call c) {
    String x = c.in(0);
    String y = c.in(1);
    DType dt = c.dtype(0);
    if (!dt.isFloating()) {
      return one(c.e.op("Mod", List.of(x, y), attr("fmod", 0)));
    }
    OnnxEmitter e = c.e;
    String r = e.op("Mod", List.of(x, y), attr("fmod", 1));
    String zero = e.scalar(dt, 0);
    String nonzero = e.op("Not", List.of(e.op("Equal", List.of(r, zero))));
    String signs =
        e.op("Xor", List.of(e.op("Less", List.of(r, zero)), e.op("Less", List.of(y, zero))));
    String fix = e.op("And", List.of(nonzero, signs));
    return one(e.op("Where", List.of(fix, e.op("Add", List.of(r, y)), r)));
  }

  private static List<String> atan2(Call c) {
    OnnxEmitter e = c.e;
    String x = c.in(0);
    String y = c.in(1);
    DType dt = c.dtype(0);
    String zero = e.scalar(dt, 0);
    String a = e.op("Atan", List.of(e.op("Div", List.of(x, y))));
    String turn =
        e.op(
            "Where",
            List.of(
                e.op("GreaterOrEqual", List.of(x, zero)),
                e.scalar(dt, Math.PI),
                e.scalar(dt, -Math.PI)));
    String shifted =
        e.op("Where", List.of(e.op("Less", List.of(y, zero)), e.op("Add", List.of(a, turn)), a));
    String origin =
        e.op("And", List.of(e.op("Equal", List.of(x, zero)), e.op("Equal", List.of(y, zero))));
    return one(e.op("Where", List.of(origin, zero, shifted)));
  }

  private static Rule logical(String op) {
    return c -> {
      if (c.dtype(0).isBool()) {
        return one(c.e.op(op, List.of(c.in(0), c.in(1))));
      }
      return one(bitwise(c, op));
    };
  }

  /** Integer and/or/xor at opset 17: through bit planes on a new last axis, in int64. */
  private static String bitwise(Call c, String op) {
    OnnxEmitter e = c.e;
    DType dt = c.dtype(0);
    int width = 8 * dt.byteSize();
    boolean signed = dt.isSigned();
    int planes = signed ? width - 1 : width;
    long[] pows = new long[planes];
    for (int k = 0; k < planes; k++) {
      pows[k] = 1L << k;
    }
    String p = e.int64s(pows);
    String two = e.int64Scalar(2);
    String last = e.int64s(-1);
    List<String> xs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String x = dt == DType.INT64 ? c.in(i) : e.cast(c.in(i), DType.INT64);
      String u = e.op("Unsqueeze", List.of(x, last));
      // floor(u / 2^k) mod 2: the two's complement bit k, also for negative u
      String r = e.op("Mod", List.of(u, p), attr("fmod", 0));
      String q = e.op("Div", List.of(e.op("Sub", List.of(u, r)), p));
      String b = e.op("Mod", List.of(q, two), attr("fmod", 0));
      if (signed) {
        String sign = e.cast(e.op("Less", List.of(u, e.int64Scalar(0))), DType.INT64);
        b = e.op("Concat", List.of(b, sign), attr("axis", -1));
      }
      xs.add(b);
    }
    String a = xs.get(0);
    String b = xs.get(1);
    String prod = e.op("Mul", List.of(a, b));
    String bitsOut;
    switch (op) {
      case "And":
        bitsOut = prod;
        break;
      case "Or":
        bitsOut = e.op("Sub", List.of(e.op("Add", List.of(a, b)), prod));
        break;
      default:
        bitsOut = e.op("Mod", List.of(e.op("Add", List.of(a, b)), two), attr("fmod", 0));
    }
    long[] weights = pows;
    if (signed) {
      weights = Arrays.copyOf(pows, width);
      weights[width - 1] = width == 64 ? Long.MIN_VALUE : -(1L << (width - 1));
    }
    String sum =
        e.op(
            "ReduceSum",
            List.of(e.op("Mul", List.of(bitsOut, e.int64s(weights))), last),
            attr("keepdims", 0));
    return dt == DType.INT64 ? sum : e.cast(sum, dt);
  }

  private static List<String> shift(Call c, boolean left) {
    DType dt = c.dtype(0);
    OnnxEmitter e = c.e;
    if (dt == DType.UINT8) {
      return one(
          e.op("BitShift", List.of(c.in(0), c.in(1)), attr("direction", left ? "LEFT" : "RIGHT")));
    }
    boolean wide = dt == DType.INT64;
    String x = wide ? c.in(0) : e.cast(c.in(0), DType.INT64);
    String y = wide ? c.in(1) : e.cast(c.in(1), DType.INT64);
    String p = e.op("Pow", List.of(e.int64Scalar(2), y));
    String r;
    if (left) {
      r = e.op("Mul", List.of(x, p));
    } else {
      String m = e.op("Mod", List.of(x, p), attr("fmod", 0));
      r = e.op("Div", List.of(e.op("Sub", List.of(x, m)), p));
    }
    return one(wide ? r : e.cast(r, dt));
  }

  /** Runs {@code f} on input 0 cast to float64 and casts the result back to its dtype. */
  private static List<String> inFloat64(Call c, UnaryOperator<String> f) {
    DType dt = c.dtype(0);
    if (dt == DType.FLOAT64) {
      return one(f.apply(c.in(0)));
    }
    return one(c.e.cast(f.apply(c.e.cast(c.in(0), DType.FLOAT64)), dt));
  }

  private static String one64(Call c) {
    return c.e.scalar(DType.FLOAT64, 1);
  }

  private static Rule compare(String op) {
    return c -> {
      String x = c.in(0);
      String y = c.in(1);
      if (c.dtype(0).isBool()) {
        x = c.e.cast(x, DType.INT32);
        y = c.e.cast(y, DType.INT32);
      }
      return one(c.e.op(op, List.of(x, y)));
    };
  }

  private static Rule reduce(String op, boolean axesInput) {
    return c -> {
      Params.Axes p = (Params.Axes) c.params();
      long[] axes = toLong(p.axes());
      String x = c.in(0);
      boolean bool = c.dtype(0).isBool();
      if (bool) {
        x = c.e.cast(x, DType.INT32);
      }
      String r =
          axesInput
              ? c.e.op(op, List.of(x, c.e.int64s(axes)), attr("keepdims", p.keepDims() ? 1 : 0))
              : c.e.op(op, List.of(x), attr("axes", axes), attr("keepdims", p.keepDims() ? 1 : 0));
      return one(bool ? c.e.cast(r, DType.BOOL) : r);
    };
  }

  private static Rule arg(String op) {
    return c -> {
      String x = c.in(0);
      if (c.dtype(0).isBool()) {
        x = c.e.cast(x, DType.INT32);
      }
      int axis = ((Params.Axis) c.params()).axis();
      return one(
          c.e.op(
              op,
              List.of(x),
              attr("axis", axis),
              attr("keepdims", 0),
              attr("select_last_index", 0)));
    };
  }

  private static List<String> slice(Call c) {
    Params.Slice p = (Params.Slice) c.params();
    int r = p.start().length;
    long[] axes = new long[r];
    for (int i = 0; i < r; i++) {
      axes[i] = i;
    }
    OnnxEmitter e = c.e;
    return one(
        e.op(
            "Slice",
            List.of(
                c.in(0),
                e.int64s(p.start()),
                e.int64s(p.stop()),
                e.int64s(axes),
                e.int64s(p.step()))));
  }

  private static List<String> flip(Call c) {
    long[] axes = toLong(((Params.Axes) c.params()).axes());
    long[] starts = new long[axes.length];
    long[] ends = new long[axes.length];
    long[] steps = new long[axes.length];
    Arrays.fill(starts, -1);
    Arrays.fill(ends, Long.MIN_VALUE);
    Arrays.fill(steps, -1);
    OnnxEmitter e = c.e;
    return one(
        e.op(
            "Slice",
            List.of(c.in(0), e.int64s(starts), e.int64s(ends), e.int64s(axes), e.int64s(steps))));
  }

  private static List<String> full(Call c) {
    Params.Full p = (Params.Full) c.params();
    DType dt = p.dtype();
    boolean half = dt == DType.FLOAT16 || dt == DType.BFLOAT16;
    DType made = half ? DType.FLOAT32 : dt;
    String shape = c.e.int64s(p.shape().dims());
    String r =
        c.e.op(
            "ConstantOfShape",
            List.of(shape),
            attr(
                "value",
                OnnxEmitter.scalarTensor("value", made, p.doubleValue(), p.longValue()).toBuilder()
                    .addDims(1)
                    .build()));
    return one(half ? c.e.cast(r, dt) : r);
  }

  private static List<String> iota(Call c) {
    Params.Iota p = (Params.Iota) c.params();
    OnnxEmitter e = c.e;
    String r = e.op("Range", List.of(e.int64Scalar(0), e.int64Scalar(p.n()), e.int64Scalar(1)));
    return one(p.dtype() == DType.INT64 ? r : e.cast(r, p.dtype()));
  }

  private static List<String> matmul(Call c) {
    DType dt = c.dtype(0);
    if (dt.isBool()) {
      throw c.unsupported("on bool: ONNX MatMul takes numbers only");
    }
    boolean small = dt == DType.INT8 || dt == DType.INT16 || dt == DType.UINT8;
    if (!small) {
      return one(c.e.op("MatMul", List.of(c.in(0), c.in(1))));
    }
    String r =
        c.e.op("MatMul", List.of(c.e.cast(c.in(0), DType.INT32), c.e.cast(c.in(1), DType.INT32)));
    return one(c.e.cast(r, dt));
  }

  private static List<String> cumsum(Call c) {
    DType dt = c.dtype(0);
    if (dt.isBool()) {
      throw c.unsupported("on bool: ONNX CumSum takes numbers only");
    }
    boolean small = dt == DType.INT8 || dt == DType.INT16 || dt == DType.UINT8;
    String axis = c.e.int64Scalar(((Params.Axis) c.params()).axis());
    String x = small ? c.e.cast(c.in(0), DType.INT64) : c.in(0);
    String r = c.e.op("CumSum", List.of(x, axis));
    return one(small ? c.e.cast(r, dt) : r);
  }

  private static List<String> cumprod(Call c) {
    int axis = ((Params.Axis) c.params()).axis();
    long n = c.inAvals.get(0).shape().dim(axis);
    OnnxEmitter e = c.e;
    if (n <= 1) {
      return one(e.op("Identity", List.of(c.in(0))));
    }
    String ax = e.int64s(axis);
    String one = e.int64s(1);
    List<String> parts = new ArrayList<>();
    String acc = null;
    for (long i = 0; i < n; i++) {
      String s = e.op("Slice", List.of(c.in(0), e.int64s(i), e.int64s(i + 1), ax, one));
      acc = acc == null ? s : e.op("Mul", List.of(acc, s));
      parts.add(acc);
    }
    return one(e.op("Concat", parts, attr("axis", axis)));
  }

  private static List<String> sort(Call c, int output) {
    int axis = ((Params.Axis) c.params()).axis();
    long n = c.inAvals.get(0).shape().dim(axis);
    DType dt = c.dtype(0);
    OnnxEmitter e = c.e;
    boolean cast = dt.isBool() || dt == DType.BFLOAT16;
    String x = cast ? e.cast(c.in(0), dt.isBool() ? DType.UINT8 : DType.FLOAT32) : c.in(0);
    String values = e.fresh("TopK_values");
    String indices = e.fresh("TopK_indices");
    e.node(
        "TopK",
        List.of(x, e.int64s(n)),
        List.of(values, indices),
        attr("axis", axis),
        attr("largest", 0),
        attr("sorted", 1));
    if (output == 1) {
      return one(indices);
    }
    return one(cast ? e.cast(values, dt) : values);
  }

  private static List<String> scatterAdd(Call c) {
    DType dt = c.dtype(0);
    OnnxEmitter e = c.e;
    String x = c.in(0);
    String u = c.in(2);
    if (dt.isBool()) {
      x = e.cast(x, DType.INT32);
      u = e.cast(u, DType.INT32);
    }
    String r = e.op("ScatterND", List.of(x, c.in(1), u), attr("reduction", "add"));
    return one(dt.isBool() ? e.cast(r, DType.BOOL) : r);
  }

  // ---- coarse operations

  /** The float dtypes ONNX's convolution, pooling, normalization and RNN operators take. */
  private static final java.util.Set<DType> FLOATS =
      java.util.EnumSet.of(DType.FLOAT16, DType.FLOAT32, DType.FLOAT64);

  /**
   * Emits the node's decomposition into primitives (traced on zeros of its input avals on the
   * current backend), each primitive exported by its own rule; returns its output names.
   */
  private static List<String> decomposition(Call c) {
    Prim prim = c.node.prim();
    Params p = c.params();
    try (dev.ivy.Scope s = dev.ivy.Ivy.scope()) {
      List<dev.ivy.Array> ex = new ArrayList<>();
      for (Aval a : c.inAvals) {
        ex.add(dev.ivy.Ivy.zeros(a.shape(), a.dtype()));
      }
      Graph g =
          dev.ivy.trace.Tracer.trace(
              in ->
                  Arrays.asList(
                      dev.ivy.ops.Coarse.decompose(prim, p, in.toArray(new dev.ivy.Array[0]))),
              ex);
      return inline(c.e, g, c.in);
    }
  }

  private static long[] concat(long[] a, long[] b) {
    long[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static long[] kernel(Call c) {
    long[] d = c.inAvals.get(1).shape().dims();
    return Arrays.copyOfRange(d, 2, d.length);
  }

  private static List<String> conv(Call c) {
    if (!FLOATS.contains(c.dtype(0))) {
      return decomposition(c);
    }
    Params.Conv p = (Params.Conv) c.params();
    return one(
        c.e.op(
            "Conv",
            c.in,
            attr("kernel_shape", kernel(c)),
            attr("strides", p.strides()),
            attr("pads", concat(p.padLo(), p.padHi())),
            attr("dilations", p.dilations()),
            attr("group", p.groups())));
  }

  /**
   * ONNX Resize with the coordinate transform of PyTorch's rule for the mode: sizes where every
   * coordinate scale is input / output, else the scale factors (output = floor(input * factor), as
   * the node's sizes are).
   */
  private static List<String> resize(Call c) {
    if (c.dtype(0) != DType.FLOAT32) {
      return decomposition(c);
    }
    Params.Resize p = (Params.Resize) c.params();
    long[] in = c.inAvals.get(0).shape().dims();
    long[] out = c.out().shape().dims();
    boolean sized = true;
    for (int i = 0; i < p.dims(); i++) {
      sized &= p.scales()[i] == (double) in[2 + i] / out[2 + i];
    }
    String mode;
    String transform;
    String nearest = "floor";
    switch (p.mode()) {
      case NEAREST -> {
        mode = "nearest";
        transform = "asymmetric";
      }
      case NEAREST_EXACT -> {
        mode = "nearest";
        transform = "half_pixel";
        nearest = "round_prefer_ceil";
      }
      default -> {
        mode = "linear";
        transform = p.alignCorners() ? "align_corners" : "half_pixel";
        sized |= p.alignCorners();
      }
    }
    List<String> inputs;
    if (sized) {
      inputs = List.of(c.in(0), "", "", c.e.int64s(out));
    } else {
      float[] f = new float[out.length];
      f[0] = 1;
      f[1] = 1;
      for (int i = 0; i < p.dims(); i++) {
        f[2 + i] = (float) (1 / p.scales()[i]);
      }
      java.nio.ByteBuffer b =
          java.nio.ByteBuffer.allocate(4 * f.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      for (float v : f) {
        b.putFloat(v);
      }
      b.flip();
      String scales =
          c.e.initializer(
              dev.ivy.onnx.proto.OnnxProto.TensorProto.newBuilder()
                  .setName(c.e.fresh("scales"))
                  .setDataType(Tensors.code(DType.FLOAT32))
                  .addDims(f.length)
                  .setRawData(com.google.protobuf.ByteString.copyFrom(b))
                  .build());
      inputs = List.of(c.in(0), "", scales);
    }
    return one(
        c.e.op(
            "Resize",
            inputs,
            attr("mode", mode),
            attr("coordinate_transformation_mode", transform),
            attr("nearest_mode", nearest)));
  }

  private static List<String> convTranspose(Call c) {
    Params.Conv p = (Params.Conv) c.params();
    long[] hi = p.padHi();
    long[] outPad = new long[hi.length];
    boolean fits = FLOATS.contains(c.dtype(0));
    for (int i = 0; i < hi.length; i++) {
      if (hi[i] < 0) {
        outPad[i] = -hi[i];
        hi[i] = 0;
        fits &= outPad[i] < Math.max(p.strides()[i], p.dilations()[i]);
      }
    }
    if (!fits) {
      return decomposition(c);
    }
    return one(
        c.e.op(
            "ConvTranspose",
            c.in,
            attr("kernel_shape", kernel(c)),
            attr("strides", p.strides()),
            attr("pads", concat(p.padLo(), hi)),
            attr("output_padding", outPad),
            attr("dilations", p.dilations()),
            attr("group", p.groups())));
  }

  private static List<String> pool(Call c, boolean max) {
    Params.Pool p = (Params.Pool) c.params();
    DType dt = c.dtype(0);
    boolean fits =
        max
            ? FLOATS.contains(dt) || dt == DType.INT8 || dt == DType.UINT8
            : FLOATS.contains(dt)
                && p.divisor() == 0
                && Arrays.stream(p.dilations()).allMatch(d -> d == 1);
    if (!fits) {
      return decomposition(c);
    }
    List<AttributeProto> a = new ArrayList<>();
    a.add(attr("kernel_shape", p.kernel()));
    a.add(attr("strides", p.strides()));
    a.add(attr("pads", concat(p.padLo(), p.padHi())));
    a.add(attr("ceil_mode", p.ceilMode() ? 1 : 0));
    if (max) {
      a.add(attr("dilations", p.dilations()));
    } else {
      a.add(attr("count_include_pad", p.countIncludePad() ? 1 : 0));
    }
    return one(
        c.e.op(
            max ? "MaxPool" : "AveragePool", List.of(c.in(0)), a.toArray(new AttributeProto[0])));
  }

  private static List<String> softmax(Call c, String op) {
    return one(c.e.op(op, List.of(c.in(0)), attr("axis", ((Params.Axis) c.params()).axis())));
  }

  private static float eps(Params.Norm p) {
    return (float) p.eps();
  }

  private static List<String> layerNorm(Call c) {
    Params.Norm p = (Params.Norm) c.params();
    DType dt = c.dtype(0);
    long[] d = c.inAvals.get(0).shape().dims();
    List<String> in = new ArrayList<>(List.of(c.in(0)));
    in.add(p.weight() ? c.in(1) : c.e.filled(dt, Arrays.copyOfRange(d, p.axis(), d.length), 1));
    if (p.bias()) {
      in.add(c.in(p.weight() ? 2 : 1));
    }
    List<AttributeProto> a = new ArrayList<>();
    a.add(attr("axis", p.axis()));
    a.add(attr("epsilon", eps(p)));
    if (dt == DType.FLOAT64) {
      a.add(attr("stash_type", Tensors.code(DType.FLOAT64)));
    }
    return one(c.e.op("LayerNormalization", in, a.toArray(new AttributeProto[0])));
  }

  /** Returns the weight and bias of a per-channel norm (inputs from {@code k}), ones and zeros. */
  private static String[] affine(Call c, Params.Norm p, int k, long channels) {
    DType dt = c.dtype(0);
    String w = p.weight() ? c.in(k++) : null;
    String b = p.bias() ? c.in(k) : null;
    return new String[] {
      w != null ? w : c.e.filled(dt, new long[] {channels}, 1),
      b != null ? b : c.e.filled(dt, new long[] {channels}, 0)
    };
  }

  private static List<String> batchNorm(Call c) {
    Params.Norm p = (Params.Norm) c.params();
    long channels = c.inAvals.get(0).shape().dim(1);
    String[] wb = affine(c, p, 3, channels);
    return one(
        c.e.op(
            "BatchNormalization",
            List.of(c.in(0), wb[0], wb[1], c.in(1), c.in(2)),
            attr("epsilon", eps(p)),
            attr("training_mode", 0)));
  }

  private static List<String> groupNorm(Call c) {
    Params.Norm p = (Params.Norm) c.params();
    DType dt = c.dtype(0);
    if (!FLOATS.contains(dt)) {
      return decomposition(c);
    }
    OnnxEmitter e = c.e;
    long[] d = c.inAvals.get(0).shape().dims();
    long channels = d[1];
    long g = p.groups();
    if (g == channels && d.length >= 3) {
      String[] wb = affine(c, p, 1, channels);
      return one(
          e.op("InstanceNormalization", List.of(c.in(0), wb[0], wb[1]), attr("epsilon", eps(p))));
    }
    long per = 1;
    for (int i = 1; i < d.length; i++) {
      per *= d[i];
    }
    String grouped = e.op("Reshape", List.of(c.in(0), e.int64s(d[0], g, per / g)));
    String y =
        e.op(
            "InstanceNormalization",
            List.of(grouped, e.filled(dt, new long[] {g}, 1), e.filled(dt, new long[] {g}, 0)),
            attr("epsilon", eps(p)));
    y = e.op("Reshape", List.of(y, e.int64s(d)));
    long[] bc = new long[d.length - 1];
    Arrays.fill(bc, 1);
    bc[0] = channels;
    int k = 1;
    if (p.weight()) {
      y = e.op("Mul", List.of(y, e.op("Reshape", List.of(c.in(k++), e.int64s(bc)))));
    }
    if (p.bias()) {
      y = e.op("Add", List.of(y, e.op("Reshape", List.of(c.in(k), e.int64s(bc)))));
    }
    return one(y);
  }

  private static List<String> linear(Call c) {
    OnnxEmitter e = c.e;
    if (c.inAvals.get(0).shape().rank() == 2) {
      return one(e.op("Gemm", c.in, attr("transB", 1)));
    }
    String y =
        e.op(
            "MatMul",
            List.of(c.in(0), e.op("Transpose", List.of(c.in(1)), attr("perm", new long[] {1, 0}))));
    return one(c.in.size() == 3 ? e.op("Add", List.of(y, c.in(2))) : y);
  }

  /**
   * Returns {@code x} with its gate blocks (size h along axis {@code axis}) in {@code order}: one
   * Slice per run of consecutive blocks, then Concat.
   */
  private static String gates(OnnxEmitter e, String x, int axis, long h, int[] order) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < order.length; ) {
      int j = i + 1;
      while (j < order.length && order[j] == order[j - 1] + 1) {
        j++;
      }
      parts.add(
          e.op(
              "Slice",
              List.of(
                  x, e.int64s(order[i] * h), e.int64s((order[j - 1] + 1) * h), e.int64s(axis))));
      i = j;
    }
    return parts.size() == 1 ? parts.get(0) : e.op("Concat", parts, attr("axis", axis));
  }

  /** PyTorch's LSTM gates (i, f, g, o) in ONNX's order (i, o, f, c); GRU (r, z, n) to (z, r, h). */
  private static final int[] LSTM_GATES = {0, 3, 1, 2};

  private static final int[] GRU_GATES = {1, 0, 2};

  private static List<String> recurrent(Call c, boolean lstm) {
    if (!FLOATS.contains(c.dtype(0))) {
      return decomposition(c);
    }
    OnnxEmitter e = c.e;
    Aval x = c.inAvals.get(0);
    Aval h0 = c.inAvals.get(1);
    long t = x.shape().dim(0);
    long n = x.shape().dim(1);
    long dirs = h0.shape().dim(0);
    long h = h0.shape().dim(2);
    int[] order = lstm ? LSTM_GATES : GRU_GATES;
    int w = lstm ? 3 : 2;
    String wIh = gates(e, c.in(w), 1, h, order);
    String wHh = gates(e, c.in(w + 1), 1, h, order);
    String b =
        e.op(
            "Concat",
            List.of(gates(e, c.in(w + 2), 1, h, order), gates(e, c.in(w + 3), 1, h, order)),
            attr("axis", 1));
    List<String> ins = new ArrayList<>(List.of(c.in(0), wIh, wHh, b, "", c.in(1)));
    if (lstm) {
      ins.add(c.in(2));
    }
    List<String> outs = freshOutputs(c, lstm ? "LSTM_out" : "GRU_out");
    List<AttributeProto> a = new ArrayList<>();
    a.add(attr("hidden_size", h));
    a.add(attr("direction", dirs == 2 ? "bidirectional" : "forward"));
    if (!lstm) {
      a.add(attr("linear_before_reset", 1));
    }
    c.e.node(lstm ? "LSTM" : "GRU", ins, outs, a.toArray(new AttributeProto[0]));
    String y = e.op("Transpose", List.of(outs.get(0)), attr("perm", new long[] {0, 2, 1, 3}));
    List<String> r = new ArrayList<>(outs);
    r.set(0, e.op("Reshape", List.of(y, e.int64s(t, n, dirs * h))));
    return r;
  }
}
