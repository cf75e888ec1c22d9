package dev.ivy.trace.passes;

import dev.ivy.trace.Constant;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helper for passes: replaces value ids and rebuilds a graph. */
final class Rewrite {
  final Map<Integer, Integer> replace = new HashMap<>();

  int id(int id) {
    Integer r = replace.get(id);
    while (r != null) {
      id = r;
      r = replace.get(id);
    }
    return id;
  }

  Node inputsReplaced(Node n) {
    int[] ins = n.inputs();
    for (int i = 0; i < ins.length; i++) {
      ins[i] = id(ins[i]);
    }
    return new Node(n.prim(), n.params(), ins, n.outputs(), n.outAvals());
  }

  Graph build(Graph g, Map<Integer, Constant> constants, List<Node> nodes) {
    List<Integer> outs = new ArrayList<>();
    for (int o : g.outputs()) {
      outs.add(id(o));
    }
    // the result is concrete: a batch-polymorphic graph is re-fitted by Graph.optimize()
    return new Graph(
            g.inputs(),
            g.inputAvals(),
            new LinkedHashMap<>(constants),
            nodes,
            outs,
            g.structure(),
            g.inputTree(),
            null)
        .renumbered();
  }
}
