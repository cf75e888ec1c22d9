package dev.ivy.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.TracingException;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Fitting, printing and instantiating batch-polymorphic graphs built by hand, without a backend.
 */
class BatchPolymorphismTest {
  private static Aval f32(long... d) {
    return new Aval(Shape.of(d), DType.FLOAT32);
  }

  /** x[b,3] -> exp -> reshape to [size(b)] -> slice rows [b-1, b) of the first axis. */
  private static Graph graph(long b, LongUnaryOperator size) {
    long n = size.applyAsLong(b);
    return new Graph(
        List.of(0),
        List.of(f32(b, 3)),
        Map.of(),
        List.of(
            new Node(
                Prim.EXP,
                Params.None.INSTANCE,
                new int[] {0},
                new int[] {1},
                new Aval[] {f32(b, 3)}),
            new Node(
                Prim.RESHAPE,
                new Params.ToShape(Shape.of(n)),
                new int[] {1},
                new int[] {2},
                new Aval[] {f32(n)}),
            new Node(
                Prim.SLICE,
                new Params.Slice(new long[] {b - 1, 0}, new long[] {b, 3}, new long[] {1, 1}),
                new int[] {1},
                new int[] {3},
                new Aval[] {f32(1, 3)})),
        List.of(2, 3),
        new Structure.Seq(List.of(new Structure.Leaf(0), new Structure.Leaf(1))));
  }

  private static final List<Long> SIZES = List.of(2L, 7L, 13L);

  @Test
  void fit_affineSites_printInBAndInstantiate() {
    List<Graph> gs = SIZES.stream().map(b -> graph(b, x -> 3 * x)).toList();
    BatchPolymorphism p = BatchPolymorphism.fit(gs, SIZES);
    assertEquals(new BatchPolymorphism.Affine(3, 0), p.sites().get("%2.shape[0]"));
    assertEquals(new BatchPolymorphism.Affine(1, -1), p.sites().get("%3.start[0]"));
    Graph g =
        new Graph(
            gs.get(0).inputs(),
            gs.get(0).inputAvals(),
            gs.get(0).constants(),
            gs.get(0).nodes(),
            gs.get(0).outputs(),
            gs.get(0).structure(),
            null,
            p);
    assertEquals(
        "graph(%0:float32[b,3]) {\n"
            + "  %1:float32[b,3] = exp %0\n"
            + "  %2:float32[3*b] = reshape[shape=[3*b]] %1\n"
            + "  %3:float32[1,3] = slice[start=[b-1,0],stop=[b,3],step=[1,1]] %1\n"
            + "  return [%2, %3]\n}\n",
        g.toString());
    Graph g5 = g.atBatch(5);
    assertFalse(g5.isBatchPolymorphic());
    assertEquals(graph(5, x -> 3 * x).toString(), g5.toString());
    // renumbering keeps the sites attached to their values
    assertEquals(g.toString(), g.renumbered().toString());
    IvyArgumentException zero = assertThrows(IvyArgumentException.class, () -> g.atBatch(0));
    assertTrue(zero.getMessage().contains("cannot run at batch size 0"), zero.getMessage());
  }

  @Test
  void fit_nonAffineOrStructuralDifference_raisesSayingWhy() {
    TracingException square =
        assertThrows(
            TracingException.class,
            () ->
                BatchPolymorphism.fit(
                    SIZES.stream().map(b -> graph(b, x -> x * x)).toList(), SIZES));
    assertTrue(square.getMessage().contains("reshape[shape=[4]]"), square.getMessage());
    assertTrue(
        square.getMessage().contains("4 at batch size 2, 49 at batch size 7"), square.getMessage());
    Graph other = graph(7, x -> 3 * x);
    Graph differs =
        new Graph(
            other.inputs(),
            other.inputAvals(),
            other.constants(),
            List.of(
                new Node(
                    Prim.LOG,
                    Params.None.INSTANCE,
                    new int[] {0},
                    new int[] {1},
                    new Aval[] {f32(7, 3)}),
                other.nodes().get(1),
                other.nodes().get(2)),
            other.outputs(),
            other.structure());
    TracingException structure =
        assertThrows(
            TracingException.class,
            () ->
                BatchPolymorphism.fit(
                    List.of(graph(2, x -> 3 * x), differs, graph(13, x -> 3 * x)), SIZES));
    assertTrue(structure.getMessage().contains("batch size 7 differs"), structure.getMessage());
    assertTrue(structure.getMessage().contains("log"), structure.getMessage());
  }

  @Test
  void affine_printsCompactly() {
    assertEquals("b", new BatchPolymorphism.Affine(1, 0).toString());
    assertEquals("784*b", new BatchPolymorphism.Affine(784, 0).toString());
    assertEquals("b-1", new BatchPolymorphism.Affine(1, -1).toString());
    assertEquals("2*b+3", new BatchPolymorphism.Affine(2, 3).toString());
    assertEquals(11, new BatchPolymorphism.Affine(2, 3).at(4));
  }

  @Test
  void treeDef_staticsAndPaths() {
    TreeDef t =
        TreeDef.flatten(
            List.of(List.of(1, "a"), Map.of("z", true, "k", List.of())),
            new java.util.ArrayList<>());
    assertEquals("[[1, \"a\"], {k: [], z: true}]", t.format());
    assertEquals(0, t.leafCount());
    assertEquals(
        List.of(List.of(1, "a"), Map.of("k", List.of(), "z", true)), t.unflatten(List.of()));
    assertTrue(TreeDef.flat(2).isFlat());
    assertFalse(t.isFlat());
    IvyArgumentException e =
        assertThrows(
            IvyArgumentException.class,
            () -> t.match(List.of(List.of(2, "a"), Map.of("z", true, "k", List.of())), "graph"));
    assertTrue(e.getMessage().contains("static argument args[0][0] was Integer 1"), e.getMessage());
  }
}
