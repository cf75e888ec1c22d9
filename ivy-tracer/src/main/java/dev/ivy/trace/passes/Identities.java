package dev.ivy.trace.passes;

import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Removes nodes that return their input unchanged: casts to the input's dtype, reshapes and
 * broadcasts to the input's shape, and transposes by the identity permutation.
 */
public final class Identities {
  private Identities() {}

  /** Returns {@code g} with identity casts, reshapes, broadcasts and transposes removed. */
  public static Graph run(Graph g) {
    Map<Integer, Aval> avals = g.avals();
    Rewrite rw = new Rewrite();
    List<Node> nodes = new ArrayList<>();
    for (Node n0 : g.nodes()) {
      Node n = rw.inputsReplaced(n0);
      if (isIdentity(n, avals)) {
        rw.replace.put(n.outputs()[0], n.input(0));
      } else {
        nodes.add(n);
      }
    }
    return rw.build(g, g.constants(), nodes);
  }

  static boolean isIdentity(Node n, Map<Integer, Aval> avals) {
    if (n.arity() != 1 || n.outputs().length != 1) {
      return false;
    }
    Aval in = avals.get(n.input(0));
    Aval out = n.outAvals()[0];
    if (!in.equals(out)) {
      return false;
    }
    if (n.prim() == Prim.CAST || n.prim() == Prim.RESHAPE || n.prim() == Prim.BROADCAST_TO) {
      return true;
    }
    if (n.prim() == Prim.TRANSPOSE && n.params() instanceof Params.Perm p) {
      int[] perm = p.perm();
      for (int i = 0; i < perm.length; i++) {
        if (perm[i] != i) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
