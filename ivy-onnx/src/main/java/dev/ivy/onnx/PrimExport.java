package dev.ivy.onnx;

import static dev.ivy.onnx.OnnxEmitter.attr;

import dev.ivy.DType;
import dev.ivy.Shape;
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
    return DECOMPOSED.equals(NOTES.get(prim));
  }

  private static Map<Prim, Rule> build() {
    Map<Prim, Rule> m = new EnumMap<>(Prim.class);
    for (Prim p : Prim.COARSE) {
      note(m, p, DECOMPOSED, none("decomposed before export"));
    }
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
}
