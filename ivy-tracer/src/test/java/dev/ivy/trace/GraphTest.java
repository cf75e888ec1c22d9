package dev.ivy.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyException;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.trace.io.GraphFormatException;
import dev.ivy.trace.io.GraphIO;
import dev.ivy.trace.passes.CommonSubexpressions;
import dev.ivy.trace.passes.DeadCode;
import dev.ivy.trace.passes.Identities;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** Two float32[3] constants (12 bytes, so the second starts at the aligned offset 16). */
  private static Graph twoConstants() {
    Aval f3 = new Aval(Shape.of(3), DType.FLOAT32);
    Map<Integer, Constant> cs = new LinkedHashMap<>();
    cs.put(1, floats(f3, 1, 2, 3));
    cs.put(2, floats(f3, 4, 5, 6));
    return new Graph(
        List.of(0),
        List.of(f3),
        cs,
        List.of(
            node(Prim.ADD, Params.None.INSTANCE, new int[] {0, 1}, 3, f3),
            node(Prim.MUL, Params.None.INSTANCE, new int[] {3, 2}, 4, f3)),
        List.of(4),
        new Structure.Leaf(0));
  }

  @Test
  void graphIO_everySingleByteChange_isRefused() {
    for (Graph g : List.of(sample(), twoConstants(), scanWithCond(), polymorphicWithTree())) {
      byte[] file = GraphIO.toBytes(g);
      for (int i = 0; i < file.length; i++) {
        for (int bit : new int[] {0x01, 0x80}) {
          byte[] t = file.clone();
          t[i] ^= (byte) bit;
          int at = i;
          assertThrows(
              GraphFormatException.class, () -> GraphIO.fromBytes(t), "byte " + at + " ^ " + bit);
        }
      }
    }
  }

  @Test
  void graphIO_constantRangesMisplacedInTheFile_areRefusedEvenWithAValidChecksum()
      throws Exception {
    byte[] file = GraphIO.toBytes(twoConstants());
    assertEquals(twoConstants().toString(), GraphIO.fromBytes(file).toString());
    ObjectMapper om = new ObjectMapper();
    int len = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getInt(12);
    String text = new String(file, 32, len, java.nio.charset.StandardCharsets.UTF_8);
    // each edit of the constants' ranges, with the checksum recomputed, and what it must say
    Map<String, java.util.function.Consumer<ArrayNode>> edits = new LinkedHashMap<>();
    // the second constant's range pointing at the first's bytes (the same length)
    edits.put("overlaps", c -> ((ObjectNode) c.get(1)).put("offset", 0));
    edits.put("misaligned", c -> ((ObjectNode) c.get(1)).put("offset", 12));
    edits.put("outside the data section", c -> ((ObjectNode) c.get(1)).put("offset", 24));
    edits.put("must span 12 bytes", c -> ((ObjectNode) c.get(1)).put("length", 8));
    // the two ranges swapped: each is in the section, but out of file order
    edits.put(
        "leaves a gap after the previous constant: expected offset 0",
        c -> {
          ((ObjectNode) c.get(0)).put("offset", 16);
          ((ObjectNode) c.get(1)).put("offset", 0);
        });
    for (Map.Entry<String, java.util.function.Consumer<ArrayNode>> e : edits.entrySet()) {
      ObjectNode root = (ObjectNode) om.readTree(text);
      e.getValue().accept(root.withArray("constants"));
      byte[] t = withJson(file, om.writeValueAsBytes(root));
      GraphFormatException ex =
          assertThrows(GraphFormatException.class, () -> GraphIO.fromBytes(t), e.getKey());
      assertTrue(ex.getMessage().contains(e.getKey()), e.getKey() + ": " + ex.getMessage());
    }
    // a gap that is not padding, and bytes after the last constant
    ObjectNode root = (ObjectNode) om.readTree(text);
    root.withArray("constants").remove(1);
    root.withArray("nodes").remove(1);
    ((ObjectNode) root.withArray("constants").get(0)).put("offset", 16);
    root.withArray("outputs").set(0, 3);
    GraphFormatException gap =
        assertThrows(
            GraphFormatException.class,
            () -> GraphIO.fromBytes(withJson(file, om.writeValueAsBytes(root))));
    assertTrue(gap.getMessage().contains("leaves a gap"), gap.getMessage());
    ((ObjectNode) root.withArray("constants").get(0)).put("offset", 0);
    GraphFormatException stray =
        assertThrows(
            GraphFormatException.class,
            () -> GraphIO.fromBytes(withJson(file, om.writeValueAsBytes(root))));
    assertTrue(stray.getMessage().contains("after the last constant"), stray.getMessage());
    // padding that is not zero
    byte[] padded = file.clone();
    padded[32 + len + 13] = 7;
    GraphFormatException pad =
        assertThrows(GraphFormatException.class, () -> GraphIO.fromBytes(seal(padded)));
    assertTrue(pad.getMessage().contains("is not zero"), pad.getMessage());
  }

  @Test
  void graphIO_loadOfADamagedFile_namesTheFile(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path f = dir.resolve("g.ivyg");
    GraphIO.save(twoConstants(), f);
    byte[] b = Files.readAllBytes(f);
    b[b.length - 1] ^= 1;
    Files.write(f, b);
    GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphIO.load(f));
    assertTrue(e.getMessage().startsWith("GraphIO.load('" + f + "'): checksum"), e.getMessage());
    IvyException absent =
        assertThrows(IvyException.class, () -> GraphIO.load(dir.resolve("absent.ivyg")));
    assertTrue(absent.getMessage().contains("absent.ivyg"), absent.getMessage());
  }

  private static final Aval F2 = new Aval(Shape.of(2), DType.FLOAT32);
  private static final Aval F0 = new Aval(Shape.of(new long[0]), DType.FLOAT32);
  private static final Aval B0 = new Aval(Shape.of(new long[0]), DType.BOOL);

  private static Constant floats(Aval a, float... v) {
    ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
    for (float f : v) {
      b.putFloat(f);
    }
    return new Constant(a, b.array());
  }

  private static Structure seq(int n) {
    List<Structure> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(new Structure.Leaf(i));
    }
    return new Structure.Seq(l);
  }

  /** cond(pred, x): true adds a constant [1, -0.0], false negates. */
  private static Node condNode(int pred, int x, int out) {
    Map<Integer, Constant> cs = new LinkedHashMap<>();
    cs.put(1, floats(F2, 1, -0.0f));
    Graph t =
        new Graph(
            List.of(0),
            List.of(F2),
            cs,
            List.of(node(Prim.ADD, Params.None.INSTANCE, new int[] {0, 1}, 2, F2)),
            List.of(2),
            seq(1));
    Graph f =
        new Graph(
            List.of(0),
            List.of(F2),
            Map.of(),
            List.of(node(Prim.NEG, Params.None.INSTANCE, new int[] {0}, 1, F2)),
            List.of(1),
            seq(1));
    return node(
        Prim.COND,
        new Params.Control(List.of(SubGraph.of(t), SubGraph.of(f)), 0, List.of(F2)),
        new int[] {pred, x},
        out,
        F2);
  }

  /** scan over the rows of xs[3,2]: each step conds on the row's sum > 0, adds to the carry. */
  private static Graph scanWithCond() {
    Map<Integer, Constant> cs = new LinkedHashMap<>();
    cs.put(2, floats(F0, 0));
    Graph body =
        new Graph(
            List.of(0, 1),
            List.of(F2, F2),
            cs,
            List.of(
                node(Prim.REDUCE_SUM, new Params.Axes(new int[] {0}, false), new int[] {1}, 3, F0),
                node(Prim.GT, Params.None.INSTANCE, new int[] {3, 2}, 4, B0),
                condNode(4, 1, 5),
                node(Prim.ADD, Params.None.INSTANCE, new int[] {0, 5}, 6, F2)),
            List.of(6, 5),
            seq(2));
    Aval xs = new Aval(Shape.of(3, 2), DType.FLOAT32);
    Node scan =
        new Node(
            Prim.SCAN,
            new Params.Control(List.of(SubGraph.of(body)), 1, List.of(F2, xs)),
            new int[] {0, 1},
            new int[] {2, 3},
            new Aval[] {F2, xs});
    return new Graph(
        List.of(0, 1), List.of(F2, xs), Map.of(), List.of(scan), List.of(2, 3), seq(2));
  }

  @Test
  void graphIO_controlFlow_roundTripsNestedSubGraphs() {
    Graph g = GraphVerifier.verify(scanWithCond());
    byte[] b = GraphIO.toBytes(g);
    Graph h = GraphIO.fromBytes(b);
    assertEquals(g.toString(), h.toString());
    assertTrue(g.toString().contains("true: graph("), g.toString());
    // sub-graph constants come back bit for bit (-0.0 included)
    Graph cond = h.nodes().get(0).subgraphs().get(0).nodes().get(2).subgraphs().get(0);
    assertEquals(floats(F2, 1, -0.0f), cond.constants().get(1));
    assertEquals(floats(F0, 0), h.nodes().get(0).subgraphs().get(0).constants().get(2));
    // saving the loaded graph gives the same bytes
    assertEquals(java.util.Arrays.toString(b), java.util.Arrays.toString(GraphIO.toBytes(h)));
    for (int len = 0; len < b.length; len++) {
      byte[] t = java.util.Arrays.copyOf(b, len);
      assertThrows(GraphFormatException.class, () -> GraphIO.fromBytes(t), "truncated " + len);
    }
  }

  @Test
  void graphIO_versionOneFile_stillLoads() throws Exception {
    byte[] v1;
    try (InputStream in = GraphTest.class.getResourceAsStream("io/graph-v1.ivyg")) {
      v1 = in.readAllBytes();
    }
    assertEquals(1, ByteBuffer.wrap(v1).order(ByteOrder.LITTLE_ENDIAN).getInt(8));
    assertEquals(
        "graph(%0:float32[2,3]) {\n"
            + "  %1:float32[2,3] = const\n"
            + "  %2:float32[2,3] = add %0 %1\n"
            + "  %3:float32[2] = reduce_sum[axes=[1]] %2\n"
            + "  return [%2, %3]\n}\n",
        GraphIO.fromBytes(v1).toString());
    // a control node in a file claiming version 1 (its checksum recomputed) is rejected
    byte[] v2 = GraphIO.toBytes(scanWithCond());
    ByteBuffer.wrap(v2).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 1);
    GraphFormatException e =
        assertThrows(GraphFormatException.class, () -> GraphIO.fromBytes(seal(v2)));
    assertTrue(e.getMessage().contains("version 2"), e.getMessage());
    ByteBuffer.wrap(v2).order(ByteOrder.LITTLE_ENDIAN).putInt(8, GraphIO.VERSION + 1);
    assertThrows(GraphFormatException.class, () -> GraphIO.fromBytes(v2));
  }

  @Test
  void verifier_controlNodeDisagreeingWithItsBodies_isRejected() {
    Graph ok = scanWithCond();
    Node scan = ok.nodes().get(0);
    Graph body = scan.subgraphs().get(0);
    // the inner cond's true branch (valid on its own) takes float32[3], not the operand's [2]
    Node cond = body.nodes().get(2);
    Aval f3 = new Aval(Shape.of(3), DType.FLOAT32);
    Graph badT =
        new Graph(
            List.of(0),
            List.of(f3),
            Map.of(),
            List.of(node(Prim.NEG, Params.None.INSTANCE, new int[] {0}, 1, f3)),
            List.of(1),
            seq(1));
    Node badCond =
        new Node(
            Prim.COND,
            new Params.Control(
                List.of(SubGraph.of(badT), SubGraph.of(cond.subgraphs().get(1))), 0, List.of(F2)),
            cond.inputs(),
            cond.outputs(),
            cond.outAvals());
    List<Node> ns = new ArrayList<>(body.nodes());
    ns.set(2, badCond);
    Graph badBody =
        new Graph(
            body.inputs(),
            body.inputAvals(),
            body.constants(),
            ns,
            body.outputs(),
            body.structure());
    Graph bad =
        new Graph(
            ok.inputs(),
            ok.inputAvals(),
            Map.of(),
            List.of(
                new Node(
                    Prim.SCAN,
                    new Params.Control(
                        List.of(SubGraph.of(badBody)),
                        1,
                        ((Params.Control) scan.params()).outAvals()),
                    scan.inputs(),
                    scan.outputs(),
                    scan.outAvals())),
            ok.outputs(),
            ok.structure());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> GraphVerifier.verify(bad));
    assertTrue(e.getMessage().contains("true branch's inputs"), e.getMessage());
    // and a file holding it fails to load
    byte[] b = GraphIO.toBytes(bad);
    assertThrows(GraphFormatException.class, () -> GraphIO.fromBytes(b));
    // a body that is a Java function, not a traced sub-graph, cannot be saved
    Graph javaBody =
        new Graph(
            List.of(0, 1),
            List.of(B0, F2),
            Map.of(),
            List.of(
                node(
                    Prim.COND,
                    new Params.Control(List.of(a -> a, a -> a), 0, List.of(F2)),
                    new int[] {0, 1},
                    2,
                    F2)),
            List.of(2),
            seq(1));
    GraphFormatException ge =
        assertThrows(GraphFormatException.class, () -> GraphIO.toBytes(javaBody));
    assertTrue(ge.getMessage().contains("traced sub-graph"), ge.getMessage());
  }

  /** Returns {@code file} with its JSON section replaced and the header fixed (lengths, CRC). */
  private static byte[] withJson(byte[] file, byte[] json) {
    ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    byte[] data = java.util.Arrays.copyOfRange(file, 32 + in.getInt(12), file.length);
    ByteBuffer out =
        ByteBuffer.allocate(32 + json.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
    out.put(file, 0, 12).putInt(json.length).putLong(data.length).putLong(0);
    return seal(out.put(json).put(data).array());
  }

  /**
   * Returns {@code file} laid out as format {@code version} (1 to 3) lays it out: constants packed
   * without gaps in file order, the two sections checksummed.
   */
  private static byte[] legacy(byte[] file, int version) throws Exception {
    ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int jsonLen = in.getInt(12);
    ObjectMapper om = new ObjectMapper();
    ObjectNode root =
        (ObjectNode)
            om.readTree(new String(file, 32, jsonLen, java.nio.charset.StandardCharsets.UTF_8));
    java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
    repack(root, file, 32 + jsonLen, data);
    byte[] json = om.writeValueAsBytes(root);
    byte[] d = data.toByteArray();
    ByteBuffer out =
        ByteBuffer.allocate(32 + json.length + d.length).order(ByteOrder.LITTLE_ENDIAN);
    out.put(file, 0, 8).putInt(version).putInt(json.length).putLong(d.length).putLong(0);
    return seal(out.put(json).put(d).array());
  }

  private static void repack(
      ObjectNode graph, byte[] file, int dataStart, java.io.ByteArrayOutputStream data) {
    for (com.fasterxml.jackson.databind.JsonNode c : graph.withArray("constants")) {
      int off = c.get("offset").intValue();
      int len = c.get("length").intValue();
      ((ObjectNode) c).put("offset", data.size());
      data.write(file, dataStart + off, len);
    }
    for (com.fasterxml.jackson.databind.JsonNode n : graph.withArray("nodes")) {
      com.fasterxml.jackson.databind.JsonNode bodies = n.get("params").get("bodies");
      if (bodies != null) {
        for (com.fasterxml.jackson.databind.JsonNode b : bodies) {
          repack((ObjectNode) b, file, dataStart, data);
        }
      }
    }
  }

  /**
   * Returns {@code file} (edited on purpose) with its checksum recomputed as a writer of the
   * version it states computes it: the whole file but the checksum (version 4 on), or the two
   * sections (versions 1 to 3).
   */
  static byte[] seal(byte[] file) {
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    if (b.getInt(8) >= 4) {
      crc.update(file, 0, 24);
    }
    crc.update(file, 32, file.length - 32);
    b.putLong(24, crc.getValue());
    return file;
  }

  @Test
  void graphIO_controlNodeEditedInTheFile_failsWithAClearMessage() throws Exception {
    byte[] file = GraphIO.toBytes(scanWithCond());
    ObjectMapper om = new ObjectMapper();
    String json =
        new String(
            file,
            32,
            ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getInt(12),
            java.nio.charset.StandardCharsets.UTF_8);
    // each edit of the scan node (or of the cond inside its body) and the message it must give
    Map<String, java.util.function.Consumer<ObjectNode>> edits = new LinkedHashMap<>();
    edits.put("carry", p -> p.put("numCarry", 2));
    edits.put("bodies", p -> ((ArrayNode) p.get("bodies")).remove(0));
    // the carry as float32[1] still broadcasts inside the body, but is not the scan's carry
    edits.put(
        "body's inputs",
        p -> ((ObjectNode) body(p).withArray("inputs").get(0)).putArray("shape").add(1));
    // the step returns the row's sum (float32[]) as its carry
    edits.put("body's carries", p -> ((ArrayNode) body(p).withArray("outputs")).set(0, 3));
    edits.put("params give outputs", p -> p.withArray("outAvals").remove(1));
    edits.put("must have control params", p -> p.put("kind", "None"));
    edits.put("'bodies' must be a list", p -> p.remove("bodies"));
    edits.put(
        "predicate",
        p -> ((ArrayNode) body(p).withArray("nodes").get(2).withArray("in")).set(0, 2));
    edits.put(
        "false branch's results",
        p -> {
          // the false branch casts to float64 instead of negating
          ObjectNode f = (ObjectNode) condParams(p).withArray("bodies").get(1);
          ObjectNode n = (ObjectNode) f.withArray("nodes").get(0);
          n.put("prim", "CAST");
          n.putObject("params").put("kind", "Cast").put("dtype", "float64");
          ((ObjectNode) n.withArray("out").get(0)).put("dtype", "float64");
        });
    edits.put(
        "nests deeper",
        p -> {
          ObjectNode c = condParams(p);
          ObjectNode t = (ObjectNode) c.withArray("bodies").get(0);
          for (int i = 0; i < GraphVerifier.MAX_DEPTH; i++) {
            ObjectNode outer = om.createObjectNode();
            outer.putArray("inputs");
            outer.putArray("constants");
            ObjectNode n = outer.putArray("nodes").addObject();
            n.put("prim", "COND");
            ObjectNode cp = n.putObject("params").put("kind", "Control").put("numCarry", 0);
            cp.putArray("outAvals");
            cp.putArray("bodies").add(t);
            t = outer;
          }
          ((ArrayNode) c.withArray("bodies")).set(0, t);
        });
    for (Map.Entry<String, java.util.function.Consumer<ObjectNode>> e : edits.entrySet()) {
      ObjectNode root = (ObjectNode) om.readTree(json);
      e.getValue().accept((ObjectNode) root.withArray("nodes").get(0).get("params"));
      byte[] t = withJson(file, om.writeValueAsBytes(root));
      GraphFormatException ex =
          assertThrows(GraphFormatException.class, () -> GraphIO.fromBytes(t));
      assertTrue(ex.getMessage().contains(e.getKey()), e.getKey() + ": " + ex.getMessage());
    }
  }

  private static ObjectNode body(ObjectNode scanParams) {
    return (ObjectNode) scanParams.withArray("bodies").get(0);
  }

  private static ObjectNode condParams(ObjectNode scanParams) {
    return (ObjectNode) body(scanParams).withArray("nodes").get(2).get("params");
  }

  @Test
  void toDot_controlFlow_drawsNestedClustersAndIsWellFormed() {
    String dot = scanWithCond().toDot();
    assertWellFormedDot(dot);
    // scan body cluster, and the cond's two branch clusters inside it
    assertTrue(dot.contains("subgraph cluster_n0b0_ {"), dot);
    assertTrue(dot.contains("subgraph cluster_n0b0_n2b0_ {"), dot);
    assertTrue(dot.contains("subgraph cluster_n0b0_n2b1_ {"), dot);
    int scanCluster = dot.indexOf("subgraph cluster_n0b0_ {");
    int condCluster = dot.indexOf("subgraph cluster_n0b0_n2b0_ {");
    assertTrue(depthAt(dot, condCluster) == depthAt(dot, scanCluster) + 1, dot);
    // the scan's inputs feed its body's inputs; the cond's predicate feeds the cond's box
    assertTrue(dot.contains("v0 -> n0b0_v0 [style=dashed];"), dot);
    assertTrue(dot.contains("v1 -> n0b0_v1 [style=dashed];"), dot);
    assertTrue(dot.contains("n0b0_n1 -> n0b0_n2;"), dot);
    assertTrue(dot.contains("n0b0_v1 -> n0b0_n2b0_v0 [style=dashed];"), dot);
    assertTrue(dot.contains("n0b0_n2b0_n0 -> n0b0_n2 [style=dotted];"), dot);
    assertWellFormedDot(sample().toDot());
  }

  private static int depthAt(String s, int end) {
    int d = 0;
    for (int i = 0; i < end; i++) {
      d += s.charAt(i) == '{' ? 1 : s.charAt(i) == '}' ? -1 : 0;
    }
    return d;
  }

  /** Braces balance (outside labels) and every edge's endpoints are declared nodes. */
  private static void assertWellFormedDot(String dot) {
    assertTrue(dot.startsWith("digraph ivy {"), dot);
    String bare = dot.replaceAll("\"[^\"]*\"", "\"\"");
    int depth = 0;
    for (char c : bare.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      assertTrue(depth >= 0, dot);
    }
    assertEquals(0, depth, dot);
    Set<String> declared = new HashSet<>();
    Matcher m = Pattern.compile("(?m)^\\s*(\\w+) \\[").matcher(bare);
    while (m.find()) {
      declared.add(m.group(1));
    }
    Matcher e = Pattern.compile("(?m)^\\s*(\\w+) -> (\\w+)").matcher(bare);
    int edges = 0;
    while (e.find()) {
      edges++;
      assertTrue(declared.contains(e.group(1)), e.group(1) + " undeclared in\n" + dot);
      assertTrue(declared.contains(e.group(2)), e.group(2) + " undeclared in\n" + dot);
    }
    assertTrue(edges > 0, dot);
  }

  /** exp of x["x"] at batch 4, polymorphic in the batch, with static arguments of every kind. */
  private static Graph polymorphicWithTree() {
    Aval a = new Aval(Shape.of(4, 3), DType.FLOAT32);
    Map<String, TreeDef> dict = new LinkedHashMap<>();
    dict.put("x", new TreeDef.Leaf(0));
    List<Object> statics = new ArrayList<>();
    statics.add("mode");
    statics.add(2.5f);
    statics.add(7L);
    statics.add(3);
    statics.add((short) -2);
    statics.add((byte) 1);
    statics.add(Double.NaN);
    statics.add(-0.0);
    statics.add(DType.INT32);
    statics.add(Prim.ADD);
    statics.add(null);
    statics.add(true);
    statics.add('c');
    statics.add(new java.math.BigInteger("123456789012345678901234567890"));
    statics.add(new java.math.BigDecimal("1.25"));
    List<TreeDef> items = new ArrayList<>();
    items.add(new TreeDef.Dict(dict));
    for (Object o : statics) {
      items.add(new TreeDef.Static(o));
    }
    Map<String, BatchPolymorphism.Affine> sites = new LinkedHashMap<>();
    sites.put("%0[0]", new BatchPolymorphism.Affine(1, 0));
    sites.put("%1[0]", new BatchPolymorphism.Affine(1, 0));
    return new Graph(
        List.of(0),
        List.of(a),
        Map.of(),
        List.of(node(Prim.EXP, Params.None.INSTANCE, new int[] {0}, 1, a)),
        List.of(1),
        new Structure.Leaf(0),
        new TreeDef.Seq(items),
        new BatchPolymorphism(List.of(4L, 5L, 6L), sites));
  }

  @Test
  void graphIO_polymorphicGraphWithArgumentTree_roundTrips() {
    Graph g = polymorphicWithTree();
    byte[] b = GraphIO.toBytes(g);
    assertEquals(GraphIO.VERSION, ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt(8));
    Graph h = GraphIO.fromBytes(b);
    assertEquals(g.inputTree(), h.inputTree());
    assertEquals(g.batchPolymorphism().get().sites(), h.batchPolymorphism().get().sites());
    assertEquals(
        g.batchPolymorphism().get().tracedSizes(), h.batchPolymorphism().get().tracedSizes());
    assertEquals(g.toString(), h.toString());
    assertEquals(g.atBatch(9).toString(), h.atBatch(9).toString());
    assertEquals(java.util.Arrays.toString(b), java.util.Arrays.toString(GraphIO.toBytes(h)));
    // a static value that has no file form is refused when saving, not silently dropped
    Graph odd =
        new Graph(
            g.inputs(),
            g.inputAvals(),
            g.constants(),
            g.nodes(),
            g.outputs(),
            g.structure(),
            new TreeDef.Seq(List.of(new TreeDef.Leaf(0), new TreeDef.Static(new Object()))),
            null);
    GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphIO.toBytes(odd));
    assertTrue(e.getMessage().contains("static argument"), e.getMessage());
  }

  @Test
  void graphIO_versionTwoFile_stillLoadsAndCannotHoldVersionThreeFields() throws Exception {
    byte[] v2 = GraphIO.toBytes(scanWithCond());
    assertEquals(scanWithCond().toString(), GraphIO.fromBytes(legacy(v2, 2)).toString());
    byte[] poly = GraphIO.toBytes(polymorphicWithTree());
    GraphFormatException e =
        assertThrows(GraphFormatException.class, () -> GraphIO.fromBytes(legacy(poly, 2)));
    assertTrue(e.getMessage().contains("version 3"), e.getMessage());
  }

  @Test
  void graphIO_inconsistentBatchOrArgumentFields_failWithAClearMessage() throws Exception {
    byte[] file = GraphIO.toBytes(polymorphicWithTree());
    ObjectMapper om = new ObjectMapper();
    int len = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getInt(12);
    String text = new String(file, 32, len, java.nio.charset.StandardCharsets.UTF_8);
    List<java.util.function.Consumer<ObjectNode>> edits = new ArrayList<>();
    List<String> says = new ArrayList<>();
    // a site whose value at the traced batch is not the graph's
    edits.add(r -> ((ArrayNode) r.get("batch").get("sites").get("%1[0]")).set(1, 1));
    says.add("batch site %1[0]");
    // a site the graph does not have
    edits.add(r -> ((ObjectNode) r.get("batch").get("sites")).putArray("%7[0]").add(1).add(0));
    says.add("not an integer site");
    // one traced size only
    edits.add(
        r -> {
          ArrayNode sizes = (ArrayNode) r.get("batch").get("tracedSizes");
          sizes.remove(2);
          sizes.remove(1);
        });
    says.add("at least two");
    // a site that overflows
    edits.add(r -> ((ArrayNode) r.get("batch").get("sites").get("%1[0]")).set(0, Long.MAX_VALUE));
    says.add("overflows");
    // an array leaf repeated and one out of range
    edits.add(
        r -> ((ArrayNode) r.get("args").get("list")).set(1, om.createObjectNode().put("leaf", 0)));
    says.add("repeated");
    edits.add(
        r -> ((ObjectNode) r.get("args").get("list").get(0).get("map").get("x")).put("leaf", 5));
    says.add("out of range");
    // a static of an unknown type, a char out of range, a class that is not an enum
    edits.add(
        r -> ((ObjectNode) r.get("args").get("list").get(1).get("static")).put("type", "date"));
    says.add("unknown static argument type");
    edits.add(
        r -> ((ObjectNode) r.get("args").get("list").get(13).get("static")).put("value", 1 << 20));
    says.add("must be from");
    edits.add(
        r ->
            ((ObjectNode) r.get("args").get("list").get(10).get("static"))
                .put("class", "java.lang.String"));
    says.add("is not an enum");
    // the arguments must be a list
    edits.add(r -> r.set("args", om.createObjectNode().put("leaf", 0)));
    says.add("must be a list of arguments");
    for (int k = 0; k < edits.size(); k++) {
      ObjectNode root = (ObjectNode) om.readTree(text);
      edits.get(k).accept(root);
      byte[] t = withJson(file, om.writeValueAsBytes(root));
      GraphFormatException e =
          assertThrows(GraphFormatException.class, () -> GraphIO.fromBytes(t), "edit " + k);
      assertTrue(e.getMessage().contains(says.get(k)), k + ": " + e.getMessage());
    }
  }
}
