package dev.ivy.trace;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyException;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.prim.ShapeRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a graph's invariants (torch.fx's {@code lint}, JAX's {@code check_jaxpr}): every value is
 * defined exactly once (SSA) before it is used, each node's output avals are what {@link
 * ShapeRules} gives for its inputs, outputs are defined, and the structure's leaves cover the
 * outputs.
 *
 * <p>A control-flow node ({@link Prim#HIGHER_ORDER}) must hold traced bodies ({@link SubGraph}),
 * each verified recursively (at most {@link #MAX_DEPTH} levels deep), and its bodies must agree
 * with its inputs and outputs: a cond's predicate is a 0-d bool and both branches take the other
 * inputs and return the node's outputs; a while's condition takes the loop values and returns a 0-d
 * bool, and its body takes and returns the loop values; a scan's body takes the carries then one
 * row of each scanned input and returns the carries then one row of each stacked output.
 *
 * <p>A graph in memory holds each constant's own bytes; where they lay in a file (aligned, in
 * order, not overlapping, inside the data section) is checked by {@link dev.ivy.trace.io.GraphIO}
 * when it loads the file, before this verifier runs.
 */
public final class GraphVerifier {
  /** The deepest nesting of control flow (sub-graphs within sub-graphs) accepted. */
  public static final int MAX_DEPTH = 32;

  private static final Aval BOOL0 = new Aval(Shape.of(new long[0]), DType.BOOL);

  private GraphVerifier() {}

  /**
   * Verifies {@code g}.
   *
   * @return {@code g}
   * @throws IllegalStateException naming the first broken rule
   */
  public static Graph verify(Graph g) {
    return verify(g, 0);
  }

  private static Graph verify(Graph g, int depth) {
    if (depth > MAX_DEPTH) {
      fail("control flow nests deeper than " + MAX_DEPTH + " levels");
    }
    Map<Integer, Aval> defined = new HashMap<>();
    if (g.inputs().size() != g.inputAvals().size()) {
      fail("inputs and inputAvals differ in length");
    }
    for (int i = 0; i < g.inputs().size(); i++) {
      define(defined, g.inputs().get(i), g.inputAvals().get(i));
    }
    for (Map.Entry<Integer, Constant> e : g.constants().entrySet()) {
      Constant c = e.getValue();
      long want;
      try {
        want = Math.multiplyExact(c.aval().shape().size(), (long) c.aval().dtype().byteSize());
      } catch (ArithmeticException overflow) {
        want = -1; // no byte array is that large
      }
      if (c.byteSize() != want) {
        fail("constant %" + e.getKey() + " has " + c.byteSize() + " bytes; expected " + want);
      }
      define(defined, e.getKey(), c.aval());
    }
    for (Node n : g.nodes()) {
      int[] ins = n.inputs();
      Aval[] avals = new Aval[ins.length];
      for (int i = 0; i < ins.length; i++) {
        avals[i] = defined.get(ins[i]);
        if (avals[i] == null) {
          fail("node '" + n + "' uses %" + ins[i] + " before it is defined");
        }
      }
      if (n.isMulti() != (n.outputs().length > 1) && n.outputs().length > 1) {
        fail("node '" + n + "' has several outputs but " + n.prim() + " has one");
      }
      Aval[] expect;
      try {
        expect =
            Prim.HIGHER_ORDER.contains(n.prim())
                ? control(n, avals, depth)
                : n.isMulti()
                    ? ShapeRules.evalMulti(n.prim(), n.params(), avals)
                    : new Aval[] {ShapeRules.eval(n.prim(), n.params(), avals)};
      } catch (IvyException | ClassCastException | IndexOutOfBoundsException e) {
        throw new IllegalStateException(
            "GraphVerifier: node '" + n + "' is rejected by its shape rule: " + e.getMessage(), e);
      }
      if (!Arrays.equals(expect, n.outAvals())) {
        fail(
            "node '"
                + n
                + "' declares "
                + Arrays.toString(n.outAvals())
                + " but its shape rule gives "
                + Arrays.toString(expect));
      }
      for (int i = 0; i < n.outputs().length; i++) {
        define(defined, n.outputs()[i], n.outAvals()[i]);
      }
    }
    for (int id : g.outputs()) {
      if (!defined.containsKey(id)) {
        fail("output %" + id + " is not defined");
      }
    }
    List<Integer> leaves = g.structure().leaves();
    List<Integer> all = new java.util.ArrayList<>();
    for (int i = 0; i < g.outputs().size(); i++) {
      all.add(i);
    }
    if (!leaves.equals(all)) {
      fail("structure leaves " + leaves + " must be 0.." + (g.outputs().size() - 1) + " in order");
    }
    return g;
  }

  /** Checks a control node's params and sub-graphs; returns the outputs its bodies imply. */
  private static Aval[] control(Node n, Aval[] avals, int depth) {
    if (!(n.params() instanceof Params.Control c)) {
      throw new IllegalStateException(
          "GraphVerifier: node '" + n + "' must have control params (sub-graphs)");
    }
    if (c.outAvals() == null || !c.outAvals().equals(Arrays.asList(n.outAvals()))) {
      fail("node '" + n + "' params give outputs " + c.outAvals() + " unlike the node's");
    }
    List<Graph> subs = new ArrayList<>();
    for (Params.Body b : c.bodies()) {
      if (!(b instanceof SubGraph s)) {
        throw new IllegalStateException(
            "GraphVerifier: node '" + n + "' holds a body that is not a traced sub-graph");
      }
      subs.add(verify(s.graph(), depth + 1));
    }
    List<Aval> in = Arrays.asList(avals);
    switch (n.prim()) {
      case COND:
        {
          counts(n, subs, 2, c.numCarry(), 0);
          if (in.isEmpty() || !in.get(0).equals(BOOL0)) {
            fail("node '" + n + "' needs a 0-d bool predicate as its first input");
          }
          List<Aval> ops = in.subList(1, in.size());
          same(n, "true branch's inputs", ops, subs.get(0).inputAvals());
          same(n, "false branch's inputs", ops, subs.get(1).inputAvals());
          List<Aval> out = outAvals(subs.get(0));
          same(n, "false branch's results", out, outAvals(subs.get(1)));
          return out.toArray(new Aval[0]);
        }
      case WHILE:
        {
          counts(n, subs, 2, c.numCarry(), 0);
          if (in.isEmpty()) {
            fail("node '" + n + "' needs at least one loop value");
          }
          same(n, "condition's inputs", in, subs.get(0).inputAvals());
          same(n, "condition's results", List.of(BOOL0), outAvals(subs.get(0)));
          same(n, "body's inputs", in, subs.get(1).inputAvals());
          same(n, "body's results", in, outAvals(subs.get(1)));
          return avals.clone();
        }
      case SCAN:
        {
          int nc = c.numCarry();
          counts(n, subs, 1, nc, nc);
          if (nc < 0 || nc >= in.size()) {
            fail("node '" + n + "' has " + in.size() + " inputs, so it cannot carry " + nc);
          }
          List<Aval> args = new ArrayList<>(in.subList(0, nc));
          long len = -1;
          for (Aval x : in.subList(nc, in.size())) {
            if (x.shape().rank() == 0 || (len >= 0 && x.shape().dim(0) != len)) {
              fail("node '" + n + "' scans inputs without one common leading axis: " + in);
            }
            len = x.shape().dim(0);
            long[] d = x.shape().dims();
            args.add(new Aval(Shape.of(Arrays.copyOfRange(d, 1, d.length)), x.dtype()));
          }
          Graph body = subs.get(0);
          same(n, "body's inputs", args, body.inputAvals());
          List<Aval> o = outAvals(body);
          if (o.size() < nc) {
            fail("node '" + n + "' body returns fewer results than its " + nc + " carries");
          }
          same(n, "body's carries", in.subList(0, nc), o.subList(0, nc));
          List<Aval> out = new ArrayList<>(o.subList(0, nc));
          for (Aval y : o.subList(nc, o.size())) {
            long[] d = y.shape().dims();
            long[] s = new long[d.length + 1];
            s[0] = len;
            System.arraycopy(d, 0, s, 1, d.length);
            out.add(new Aval(Shape.of(s), y.dtype()));
          }
          return out.toArray(new Aval[0]);
        }
      default:
        throw new IllegalStateException(n.prim() + " is not higher-order");
    }
  }

  private static void counts(Node n, List<Graph> subs, int bodies, int numCarry, int want) {
    if (subs.size() != bodies || numCarry != want) {
      fail(
          "node '"
              + n
              + "' must have "
              + bodies
              + " bodies and carry "
              + (n.prim() == Prim.SCAN ? "its first inputs" : "0")
              + "; got "
              + subs.size()
              + " bodies, carry "
              + numCarry);
    }
  }

  private static void same(Node n, String what, List<Aval> want, List<Aval> got) {
    if (!want.equals(got)) {
      fail("node '" + n + "' " + what + " must be " + want + "; got " + got);
    }
  }

  private static List<Aval> outAvals(Graph g) {
    Map<Integer, Aval> m = g.avals();
    List<Aval> r = new ArrayList<>();
    for (int id : g.outputs()) {
      r.add(m.get(id));
    }
    return r;
  }

  private static void define(Map<Integer, Aval> defined, int id, Aval a) {
    if (defined.put(id, a) != null) {
      fail("%" + id + " is defined twice");
    }
  }

  private static void fail(String why) {
    throw new IllegalStateException("GraphVerifier: " + why);
  }
}
