package dev.ivy.onnx;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.onnx.proto.OnnxProto.AttributeProto;
import dev.ivy.onnx.proto.OnnxProto.GraphProto;
import dev.ivy.onnx.proto.OnnxProto.NodeProto;
import dev.ivy.onnx.proto.OnnxProto.ValueInfoProto;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The control-flow operators If, Loop and Scan, mapped to {@code Ivy.cond}, {@code Ivy.whileLoop}
 * and {@code Ivy.scan}, so they run on every backend and trace into control-flow nodes. The outer
 * values a sub-graph reads are passed to the body as extra operands (a traced body may not capture
 * traced arrays).
 */
final class ControlOps {
  private ControlOps() {}

  private static final Set<String> OPS = Set.of("If", "Loop", "Scan");

  static void register(OnnxOps.Registrar r) {
    OnnxOp byModel =
        c -> {
          throw new IllegalStateException(c.where() + " runs through OnnxModel");
        };
    r.add("If", "branches must give equal shapes and dtypes", byModel);
    r.add(
        "Loop",
        "loop-carried values keep their shapes and dtypes; scan outputs on concrete values only",
        byModel);
    r.add("Scan", "scan axes 0 and forward directions only", byModel);
  }

  static boolean isControl(NodeProto n) {
    return OPS.contains(n.getOpType())
        && (n.getDomain().isEmpty() || n.getDomain().equals("ai.onnx"));
  }

  /** Returns the graph-valued attributes of {@code n}. */
  static List<GraphProto> subgraphs(NodeProto n) {
    List<GraphProto> r = new ArrayList<>();
    for (AttributeProto a : n.getAttributeList()) {
      if (a.hasG()) {
        r.add(a.getG());
      }
      r.addAll(a.getGraphsList());
    }
    return r;
  }

  /** Returns the names {@code n} reads: its inputs and the outer values its sub-graphs read. */
  static List<String> reads(NodeProto n) {
    Set<String> r = new LinkedHashSet<>(n.getInputList());
    for (GraphProto g : subgraphs(n)) {
      r.addAll(freeNames(g));
    }
    return new ArrayList<>(r);
  }

  /** Returns the names {@code g} (and its sub-graphs) read from enclosing scopes, in order. */
  static List<String> freeNames(GraphProto g) {
    Set<String> defined = new HashSet<>();
    g.getInputList().forEach(v -> defined.add(v.getName()));
    g.getInitializerList().forEach(t -> defined.add(t.getName()));
    Set<String> free = new LinkedHashSet<>();
    for (NodeProto n : g.getNodeList()) {
      for (String in : reads(n)) {
        if (!in.isEmpty() && !defined.contains(in)) {
          free.add(in);
        }
      }
      defined.addAll(n.getOutputList());
    }
    for (ValueInfoProto v : g.getOutputList()) {
      if (!defined.contains(v.getName())) {
        free.add(v.getName());
      }
    }
    return new ArrayList<>(free);
  }

  private static GraphProto graph(NodeContext c, NodeProto n, String name) {
    for (AttributeProto a : n.getAttributeList()) {
      if (a.getName().equals(name) && a.hasG()) {
        return a.getG();
      }
    }
    throw c.error("needs the graph attribute '%s'", name);
  }

  /**
   * The outer values read by the given sub-graphs: those passed to the body as operands (symbolic
   * or floating values, so traces and gradients see them), and concrete integer and bool values
   * bound directly (axes, shapes: operators need them concrete).
   */
  private record Captured(List<String> names, List<Array> values, Map<String, Array> fixed) {
    static Captured of(NodeContext c, Map<String, Array> env, GraphProto... gs) {
      Set<String> names = new LinkedHashSet<>();
      for (GraphProto g : gs) {
        names.addAll(freeNames(g));
      }
      List<String> ns = new ArrayList<>();
      List<Array> vs = new ArrayList<>();
      Map<String, Array> fixed = new LinkedHashMap<>();
      for (String s : names) {
        Array a = env.get(s);
        if (a == null) {
          throw c.error("a sub-graph reads '%s', which is not defined before this node", s);
        }
        if (a.isSymbolic() || a.dtype().isFloating()) {
          ns.add(s);
          vs.add(a);
        } else {
          fixed.put(s, a);
        }
      }
      return new Captured(ns, vs, fixed);
    }

    void bind(Map<String, Array> into, List<Array> args, int from) {
      into.putAll(fixed);
      for (int i = 0; i < names.size(); i++) {
        into.put(names.get(i), args.get(from + i));
      }
    }
  }

  private static Array scalarBool(Array a) {
    Array r = a.rank() == 0 ? a : Ivy.reshape(a, new long[0]);
    return r.dtype() == DType.BOOL ? r : Ivy.astype(r, DType.BOOL);
  }

  static List<Array> apply(OnnxModel m, NodeContext c, NodeProto n, Map<String, Array> env) {
    switch (n.getOpType()) {
      case "If":
        return ifOp(m, c, n, env);
      case "Loop":
        return loop(m, c, n, env);
      default:
        return scan(m, c, n, env);
    }
  }

  private static List<Array> ifOp(OnnxModel m, NodeContext c, NodeProto n, Map<String, Array> env) {
    GraphProto tg = graph(c, n, "then_branch");
    GraphProto eg = graph(c, n, "else_branch");
    Captured cap = Captured.of(c, env, tg, eg);
    Array pred = scalarBool(c.in(0));
    return Ivy.cond(
        pred,
        args -> branch(m, c, tg, cap, args),
        args -> branch(m, c, eg, cap, args),
        cap.values().toArray(new Array[0]));
  }

  private static List<Array> branch(
      OnnxModel m, NodeContext c, GraphProto g, Captured cap, List<Array> args) {
    Map<String, Array> bound = new LinkedHashMap<>();
    cap.bind(bound, args, 0);
    return m.runBody(g, bound, c.where());
  }

  private static List<Array> loop(OnnxModel m, NodeContext c, NodeProto n, Map<String, Array> env) {
    GraphProto body = graph(c, n, "body");
    int nv = c.numInputs() - 2;
    if (nv < 0) {
      throw c.error("needs the inputs M and cond (either may be empty)");
    }
    if (body.getInputCount() != nv + 2 || body.getOutputCount() < nv + 1) {
      throw c.error(
          "the body must take (iteration, condition, %d values) and return (condition, %d values,"
              + " scan outputs...); got %d inputs, %d outputs",
          nv, nv, body.getInputCount(), body.getOutputCount());
    }
    Captured cap = Captured.of(c, env, body);
    if (body.getOutputCount() > nv + 1) {
      return loopWithScans(m, c, body, cap, nv, body.getOutputCount() - 1 - nv);
    }
    Array max = c.opt(0);
    Array cond0 =
        c.opt(1) == null ? Ivy.array(new boolean[] {true}, new long[0]) : scalarBool(c.in(1));
    List<Array> state = new ArrayList<>();
    state.add(Ivy.zeros(Shape.scalar(), DType.INT64));
    state.add(cond0);
    state.add(
        max == null
            ? Ivy.zeros(Shape.scalar(), DType.INT64)
            : Ivy.reshape(Ivy.astype(max, DType.INT64), new long[0]));
    for (int i = 0; i < nv; i++) {
      state.add(c.in(2 + i));
    }
    state.addAll(cap.values());
    boolean bounded = max != null;
    List<Array> out =
        Ivy.whileLoop(
            s -> {
              Array go = s.get(1);
              return List.of(bounded ? Ivy.logicalAnd(go, Ivy.less(s.get(0), s.get(2))) : go);
            },
            s -> {
              Map<String, Array> bound = new LinkedHashMap<>();
              bound.put(body.getInput(0).getName(), s.get(0));
              bound.put(body.getInput(1).getName(), s.get(1));
              for (int i = 0; i < nv; i++) {
                bound.put(body.getInput(2 + i).getName(), s.get(3 + i));
              }
              cap.bind(bound, s, 3 + nv);
              List<Array> r = m.runBody(body, bound, c.where());
              List<Array> next = new ArrayList<>();
              next.add(Ivy.add(s.get(0), Ivy.onesLike(s.get(0))));
              next.add(scalarBool(r.get(0)));
              next.add(s.get(2));
              next.addAll(r.subList(1, r.size()));
              next.addAll(s.subList(3 + nv, s.size()));
              return next;
            },
            state.toArray(new Array[0]));
    return new ArrayList<>(out.subList(3, 3 + nv));
  }

  /**
   * A Loop with scan outputs, run iteration by iteration on concrete values (the scan outputs grow
   * each iteration, so the loop cannot be one fixed-shape while loop): returns the final loop
   * values, then each scan output stacked along a new axis 0.
   */
  private static List<Array> loopWithScans(
      OnnxModel m, NodeContext c, GraphProto body, Captured cap, int nv, int k) {
    for (Array a : c.inputs()) {
      if (a != null && a.isSymbolic()) {
        throw c.unsupported("scan outputs of a Loop over traced values");
      }
    }
    for (Array a : cap.values()) {
      if (a.isSymbolic()) {
        throw c.unsupported("scan outputs of a Loop over traced values");
      }
    }
    long max = c.opt(0) == null ? Long.MAX_VALUE : c.ints(0)[0];
    boolean go = c.opt(1) == null || scalarBool(c.in(1)).toBooleanArray()[0];
    List<Array> values = new ArrayList<>();
    for (int i = 0; i < nv; i++) {
      values.add(c.in(2 + i));
    }
    List<List<Array>> scans = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      scans.add(new ArrayList<>());
    }
    for (long i = 0; i < max && go; i++) {
      Map<String, Array> bound = new LinkedHashMap<>();
      bound.put(body.getInput(0).getName(), Ivy.array(new long[] {i}, new long[0]));
      bound.put(body.getInput(1).getName(), Ivy.array(new boolean[] {go}, new long[0]));
      for (int v = 0; v < nv; v++) {
        bound.put(body.getInput(2 + v).getName(), values.get(v));
      }
      cap.bind(bound, cap.values(), 0);
      List<Array> r = m.runBody(body, bound, c.where());
      go = scalarBool(r.get(0)).toBooleanArray()[0];
      values = new ArrayList<>(r.subList(1, 1 + nv));
      for (int j = 0; j < k; j++) {
        scans.get(j).add(r.get(1 + nv + j));
      }
    }
    List<Array> out = new ArrayList<>(values);
    for (List<Array> sc : scans) {
      if (sc.isEmpty()) {
        throw c.unsupported("a Loop whose scan outputs are empty (no iteration ran)");
      }
      out.add(Ivy.stack(sc, 0));
    }
    return out;
  }

  private static List<Array> scan(OnnxModel m, NodeContext c, NodeProto n, Map<String, Array> env) {
    GraphProto body = graph(c, n, "body");
    int ns = (int) c.i("num_scan_inputs", -1);
    int total = c.numInputs();
    if (ns < 1 || ns > total) {
      throw c.error("num_scan_inputs must be in [1, %d]; got %d", total, ns);
    }
    for (String a :
        List.of(
            "scan_input_axes",
            "scan_input_directions",
            "scan_output_axes",
            "scan_output_directions")) {
      for (long v : c.ints(a, new long[0])) {
        if (v != 0) {
          throw c.unsupported("attribute %s with a %d (only 0: axis 0, forward)", a, v);
        }
      }
    }
    int nc = total - ns;
    if (body.getInputCount() != total || body.getOutputCount() < nc) {
      throw c.error(
          "the body must take %d inputs (states, then scan slices) and return the %d states"
              + " first; got %d inputs, %d outputs",
          total, nc, body.getInputCount(), body.getOutputCount());
    }
    Captured cap = Captured.of(c, env, body);
    List<Array> init = new ArrayList<>(c.inputs().subList(0, nc));
    init.addAll(cap.values());
    int carries = init.size();
    List<Array> xs = new ArrayList<>(c.inputs().subList(nc, total));
    List<Array> out =
        Ivy.scan(
            a -> {
              Map<String, Array> bound = new LinkedHashMap<>();
              for (int i = 0; i < nc; i++) {
                bound.put(body.getInput(i).getName(), a.get(i));
              }
              cap.bind(bound, a, nc);
              for (int i = 0; i < ns; i++) {
                bound.put(body.getInput(nc + i).getName(), a.get(carries + i));
              }
              List<Array> r = m.runBody(body, bound, c.where());
              List<Array> res = new ArrayList<>(r.subList(0, nc));
              res.addAll(a.subList(nc, carries));
              res.addAll(r.subList(nc, r.size()));
              return res;
            },
            init,
            xs);
    List<Array> r = new ArrayList<>(out.subList(0, nc));
    r.addAll(out.subList(carries, out.size()));
    return r;
  }
}
