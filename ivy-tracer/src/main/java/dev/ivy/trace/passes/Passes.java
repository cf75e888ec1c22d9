package dev.ivy.trace.passes;

import dev.ivy.trace.Graph;

/** The standard pipeline that {@link Graph#optimize()} applies. */
public final class Passes {
  private Passes() {}

  /**
   * Returns {@code g} after identity removal, constant folding, common-subexpression elimination
   * and dead-code elimination, repeated until nothing changes (at most a few rounds).
   */
  public static Graph optimize(Graph g) {
    for (int round = 0; round < 4; round++) {
      Graph next = DeadCode.run(CommonSubexpressions.run(ConstantFolding.run(Identities.run(g))));
      if (next.toString().equals(g.toString())) {
        return next;
      }
      g = next;
    }
    return g;
  }
}
