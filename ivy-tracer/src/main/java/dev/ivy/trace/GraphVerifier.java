package dev.ivy.trace;

import dev.ivy.errors.IvyException;
import dev.ivy.prim.Aval;
import dev.ivy.prim.ShapeRules;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a graph's invariants (torch.fx's {@code lint}, JAX's {@code check_jaxpr}): every value is
 * defined exactly once (SSA) before it is used, each node's output avals are what {@link
 * ShapeRules} gives for its inputs, outputs are defined, and the structure's leaves cover the
 * outputs.
 */
public final class GraphVerifier {
  private GraphVerifier() {}

  /**
   * Verifies {@code g}.
   *
   * @return {@code g}
   * @throws IllegalStateException naming the first broken rule
   */
  public static Graph verify(Graph g) {
    Map<Integer, Aval> defined = new HashMap<>();
    if (g.inputs().size() != g.inputAvals().size()) {
      fail("inputs and inputAvals differ in length");
    }
    for (int i = 0; i < g.inputs().size(); i++) {
      define(defined, g.inputs().get(i), g.inputAvals().get(i));
    }
    for (Map.Entry<Integer, Constant> e : g.constants().entrySet()) {
      Constant c = e.getValue();
      long want = c.aval().shape().size() * c.aval().dtype().byteSize();
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
            n.isMulti()
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

  private static void define(Map<Integer, Aval> defined, int id, Aval a) {
    if (defined.put(id, a) != null) {
      fail("%" + id + " is defined twice");
    }
  }

  private static void fail(String why) {
    throw new IllegalStateException("GraphVerifier: " + why);
  }
}
