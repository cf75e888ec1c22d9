package dev.ivy.trace.passes;

import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.trace.Constant;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Common-subexpression elimination: a node with the same primitive, equal params and the same
 * inputs as an earlier one reuses its outputs; equal constants are merged too. Primitives are pure,
 * so this never changes results.
 */
public final class CommonSubexpressions {
  private CommonSubexpressions() {}

  private record Key(Prim prim, Params params, List<Integer> inputs) {}

  /** Returns {@code g} with repeated computations and constants merged. */
  public static Graph run(Graph g) {
    Rewrite rw = new Rewrite();
    Map<Constant, Integer> seenConst = new HashMap<>();
    Map<Integer, Constant> cs = new LinkedHashMap<>();
    for (Map.Entry<Integer, Constant> e : g.constants().entrySet()) {
      Integer prev = seenConst.putIfAbsent(e.getValue(), e.getKey());
      if (prev == null) {
        cs.put(e.getKey(), e.getValue());
      } else {
        rw.replace.put(e.getKey(), prev);
      }
    }
    Map<Key, Node> seen = new HashMap<>();
    List<Node> nodes = new ArrayList<>();
    for (Node n0 : g.nodes()) {
      Node n = rw.inputsReplaced(n0);
      Key k = new Key(n.prim(), n.params(), Arrays.stream(n.inputs()).boxed().toList());
      Node prev = seen.get(k);
      if (prev != null && Arrays.equals(prev.outAvals(), n.outAvals())) {
        for (int i = 0; i < n.outputs().length; i++) {
          rw.replace.put(n.outputs()[i], prev.outputs()[i]);
        }
      } else {
        seen.put(k, n);
        nodes.add(n);
      }
    }
    return rw.build(g, cs, nodes);
  }
}
