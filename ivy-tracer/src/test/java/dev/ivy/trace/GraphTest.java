package dev.ivy.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.trace.io.GraphFormatException;
import dev.ivy.trace.io.GraphIO;
import dev.ivy.trace.passes.CommonSubexpressions;
import dev.ivy.trace.passes.DeadCode;
import dev.ivy.trace.passes.Identities;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Graphs built by hand, without a backend: printing, verifier, structural passes, files. */
class GraphTest {
  private static final Aval F23 = new Aval(Shape.of(2, 3), DType.FLOAT32);

  private static Node node(Prim p, Params params, int[] in, int out, Aval a) {
    return new Node(p, params, in, new int[] {out}, new Aval[] {a});
  }

  private static Graph sample() {
    return new Graph(
        List.of(0, 1),
        List.of(F23, F23),
        Map.of(),
        List.of(
            node(Prim.CAST, new Params.Cast(DType.FLOAT32), new int[] {0}, 2, F23),
            node(Prim.ADD, Params.None.INSTANCE, new int[] {2, 1}, 3, F23),
            node(Prim.ADD, Params.None.INSTANCE, new int[] {2, 1}, 4, F23),
            node(Prim.EXP, Params.None.INSTANCE, new int[] {1}, 5, F23),
            node(Prim.MUL, Params.None.INSTANCE, new int[] {3, 4}, 6, F23)),
        List.of(6),
        new Structure.Leaf(0));
  }

  @Test
  void toString_printsOneStableLinePerNode() {
    assertEquals(
        "graph(%0:float32[2,3], %1:float32[2,3]) {\n"
            + "  %2:float32[2,3] = cast[dtype=float32] %0\n"
            + "  %3:float32[2,3] = add %2 %1\n"
            + "  %4:float32[2,3] = add %2 %1\n"
            + "  %5:float32[2,3] = exp %1\n"
            + "  %6:float32[2,3] = mul %3 %4\n"
            + "  return %6\n}\n",
        GraphVerifier.verify(sample()).toString());
  }

  @Test
  void structuralPasses_removeDeadDuplicateAndIdentityNodes() {
    Graph g = GraphVerifier.verify(Identities.run(sample()));
    g = GraphVerifier.verify(CommonSubexpressions.run(g));
    g = GraphVerifier.verify(DeadCode.run(g));
    assertEquals(
        "graph(%0:float32[2,3], %1:float32[2,3]) {\n"
            + "  %2:float32[2,3] = add %0 %1\n"
            + "  %3:float32[2,3] = mul %2 %2\n"
            + "  return %3\n}\n",
        g.toString());
  }

  @Test
  void verifier_useBeforeDefinitionOrWrongAval_isRejected() {
    Graph useBefore =
        new Graph(
            List.of(0),
            List.of(F23),
            Map.of(),
            List.of(node(Prim.NEG, Params.None.INSTANCE, new int[] {7}, 1, F23)),
            List.of(1),
            new Structure.Leaf(0));
    assertThrows(IllegalStateException.class, () -> GraphVerifier.verify(useBefore));
    Graph wrongAval =
        new Graph(
            List.of(0),
            List.of(F23),
            Map.of(),
            List.of(
                node(
                    Prim.NEG,
                    Params.None.INSTANCE,
                    new int[] {0},
                    1,
                    new Aval(Shape.of(3), DType.FLOAT32))),
            List.of(1),
            new Structure.Leaf(0));
    assertThrows(IllegalStateException.class, () -> GraphVerifier.verify(wrongAval));
  }

  @Test
  void graphIO_roundTripAndTruncation() {
    byte[] b = GraphIO.toBytes(sample());
    assertEquals(sample().toString(), GraphIO.fromBytes(b).toString());
    for (int len = 0; len < b.length; len++) {
      byte[] t = java.util.Arrays.copyOf(b, len);
      assertThrows(GraphFormatException.class, () -> GraphIO.fromBytes(t));
    }
  }
}
