package dev.ivy.trace.passes;

import dev.ivy.trace.Constant;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Dead-code elimination: drops nodes and constants no output depends on. */
public final class DeadCode {
  private DeadCode() {}

  /** Returns {@code g} without the nodes and constants that no output needs. */
  public static Graph run(Graph g) {
    Set<Integer> live = new HashSet<>(g.outputs());
    List<Node> kept = new ArrayList<>();
    for (int k = g.nodes().size() - 1; k >= 0; k--) {
      Node n = g.nodes().get(k);
      boolean needed = false;
      for (int o : n.outputs()) {
        needed |= live.contains(o);
      }
      if (needed) {
        kept.add(n);
        for (int i : n.inputs()) {
          live.add(i);
        }
      }
    }
    Collections.reverse(kept);
    Map<Integer, Constant> cs = new LinkedHashMap<>();
    for (Map.Entry<Integer, Constant> e : g.constants().entrySet()) {
      if (live.contains(e.getKey())) {
        cs.put(e.getKey(), e.getValue());
      }
    }
    return new Rewrite().build(g, cs, kept);
  }
}
