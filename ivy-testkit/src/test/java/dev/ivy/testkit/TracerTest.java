package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.IvyException;
import dev.ivy.errors.TracingException;
import dev.ivy.prim.Prim;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.trace.Executable;
import dev.ivy.trace.Graph;
import dev.ivy.trace.GraphVerifier;
import dev.ivy.trace.Tracer;
import dev.ivy.trace.io.GraphFormatException;
import dev.ivy.trace.io.GraphIO;
import dev.ivy.trace.passes.CommonSubexpressions;
import dev.ivy.trace.passes.ConstantFolding;
import dev.ivy.trace.passes.DeadCode;
import dev.ivy.trace.passes.Identities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The tracer on every backend: recording, replay, passes, files, and the reference-case walk. */
class TracerTest {

  private static Array vec(float... v) {
    return Ivy.array(v, v.length);
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void trace_simpleFunction_printsOneLinePerNodeAndReplays(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = vec(1, 2, 3);
      Graph g = Tracer.trace(a -> Ivy.tanh(Ivy.add(a, a)), x);
      GraphVerifier.verify(g);
      assertEquals(
          "graph(%0:float32[3]) {\n"
              + "  %1:float32[3] = add %0 %0\n"
              + "  %2:float32[3] = tanh %1\n"
              + "  return %2\n}\n",
          g.toString());
      Array r = g.run(vec(0.5f, 0, -1)).get(0);
      assertEquals(backend, r.backendName());
      assertArrayEquals(
          Ivy.tanh(Ivy.add(vec(0.5f, 0, -1), vec(0.5f, 0, -1))).toFloatArray(),
          r.toFloatArray(),
          1e-6f);
      assertTrue(g.toDot().startsWith("digraph"));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void trace_capturedArray_becomesConstantAndNestedResultKeepsStructure(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array w = vec(1, 2, 3);
      Graph g =
          Tracer.trace(
              (x, y) -> List.of(Ivy.multiply(x, w), List.of(Ivy.add(y, 1.0), x)),
              vec(0, 0, 0),
              vec(0, 0, 0));
      GraphVerifier.verify(g);
      assertEquals(2, g.constants().size(), g.toString()); // w and the scalar 1.0
      Object r = g.call(vec(1, 1, 1), vec(2, 2, 2));
      List<?> l = (List<?>) r;
      assertArrayEquals(new float[] {1, 2, 3}, ((Array) l.get(0)).toFloatArray());
      List<?> inner = (List<?>) l.get(1);
      assertArrayEquals(new float[] {3, 3, 3}, ((Array) inner.get(0)).toFloatArray());
      assertArrayEquals(new float[] {1, 1, 1}, ((Array) inner.get(1)).toFloatArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void trace_readingSymbolicValueOrEscapedTracer_raisesTracingException(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      TracingException e =
          assertThrows(
              TracingException.class,
              () ->
                  Tracer.trace(x -> Ivy.sum(x).itemDouble() > 0 ? x : Ivy.negative(x), vec(1, 2)));
      assertTrue(e.getMessage().contains("not known while tracing"), e.getMessage());
      Array[] leaked = new Array[1];
      Tracer.trace(
          x -> {
            leaked[0] = Ivy.negative(x);
            return x;
          },
          vec(1, 2));
      TracingException e2 =
          assertThrows(TracingException.class, () -> Ivy.add(leaked[0], vec(1, 2)));
      assertTrue(e2.getMessage().contains("escaped"), e2.getMessage());
      assertThrows(
          TracingException.class, () -> Tracer.trace(x -> Ivy.add(x, leaked[0]), vec(1, 2)));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void passes_eachPass_keepsResultsAndVerifies(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array w = vec(1, 2, 3);
      Graph g =
          Tracer.trace(
              x -> {
                Ivy.exp(x); // dead
                Array c = Ivy.add(w, w); // constant-foldable
                Array y = Ivy.astype(Ivy.reshape(x, 3), DType.FLOAT32); // identities
                return Ivy.add(Ivy.multiply(y, c), Ivy.multiply(y, c)); // CSE
              },
              vec(0, 0, 0));
      GraphVerifier.verify(g);
      Array in = vec(1, -2, 0.5f);
      float[] want = g.run(in).get(0).toFloatArray();
      Graph dce = GraphVerifier.verify(DeadCode.run(g));
      assertTrue(dce.nodes().stream().noneMatch(n -> n.prim() == Prim.EXP), dce.toString());
      Graph cse = GraphVerifier.verify(CommonSubexpressions.run(dce));
      assertEquals(
          1, cse.nodes().stream().filter(n -> n.prim() == Prim.MUL).count(), cse.toString());
      Graph id = GraphVerifier.verify(Identities.run(g));
      assertTrue(
          id.nodes().stream().noneMatch(n -> n.prim() == Prim.CAST || n.prim() == Prim.RESHAPE),
          id.toString());
      Graph folded = GraphVerifier.verify(DeadCode.run(ConstantFolding.run(g)));
      assertEquals(
          3, folded.nodes().stream().filter(n -> n.prim() != Prim.EXP).count(), folded.toString());
      Graph opt = GraphVerifier.verify(g.optimize());
      assertEquals(
          "graph(%0:float32[3]) {\n"
              + "  %1:float32[3] = const\n"
              + "  %2:float32[3] = mul %0 %1\n"
              + "  %3:float32[3] = add %2 %2\n"
              + "  return %3\n}\n",
          opt.toString());
      for (Graph h : List.of(dce, cse, id, folded, opt)) {
        assertArrayEquals(want, h.run(in).get(0).toFloatArray(), h.toString());
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void graphIO_saveLoadRun_isBitIdenticalAndCorruptionFailsCleanly(
      String backend, @TempDir Path dir) throws Exception {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array w = Ivy.array(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
      Graph g =
          Tracer.trace(
              x -> List.of(Ivy.tanh(Ivy.matmul(x, w)), Ivy.sum(x, new int[] {1}, true)),
              Ivy.array(new float[8], 4, 2));
      Path f = dir.resolve("g.ivyg");
      GraphIO.save(g, f);
      Graph h = GraphIO.load(f);
      assertEquals(g.toString(), h.toString());
      Array in = Ivy.array(new float[] {0.1f, -0.2f, 0.3f, 0.4f, 1, 2, -3, 0}, 4, 2);
      List<Array> r1 = g.run(in);
      List<Array> r2 = h.run(in);
      for (int i = 0; i < r1.size(); i++) {
        assertEquals(r1.get(i).toBytes(), r2.get(i).toBytes());
      }
      byte[] bytes = Files.readAllBytes(f);
      for (int len = 0; len < bytes.length; len++) {
        byte[] t = java.util.Arrays.copyOf(bytes, len);
        assertThrows(GraphFormatException.class, () -> GraphIO.fromBytes(t), "truncated " + len);
      }
      Random rnd = new Random(5);
      for (int k = 0; k < 2000; k++) {
        byte[] t = bytes.clone();
        int flips = 1 + rnd.nextInt(4);
        for (int j = 0; j < flips; j++) {
          t[rnd.nextInt(t.length)] ^= (byte) (1 + rnd.nextInt(255));
        }
        try {
          GraphIO.fromBytes(t);
        } catch (IvyException e) {
          assertTrue(e instanceof GraphFormatException, e.toString());
        }
      }
    }
  }

  /**
   * The graphs the file fuzz tests use: a plain one, control flow nested two levels, and a
   * batch-polymorphic one with a structured argument (a map of arrays and a static string).
   */
  static Stream<Arguments> backendsAndFuzzGraphs() {
    return Backends.underTest().stream()
        .flatMap(
            b ->
                Stream.of(
                    Arguments.of(b, "plain"),
                    Arguments.of(b, "control"),
                    Arguments.of(b, "structured")));
  }

  private static Graph fuzzGraph(String kind) {
    if (kind.equals("structured")) {
      return TracerPolymorphismTest.structuredGraph();
    }
    if (kind.equals("plain")) {
      return Tracer.trace(
          (x, y) -> List.of(Ivy.matmul(x, y), Ivy.sum(Ivy.astype(x, DType.INT32))),
          Ivy.array(new float[6], 2, 3),
          Ivy.array(new float[6], 3, 2));
    }
    // a scan whose step holds a cond, then a while loop whose body holds a cond
    return Tracer.trace(
        xs -> {
          List<Array> r = new ArrayList<>(ControlFlowTest.positiveRowSum(xs));
          r.addAll(ControlFlowTest.whileInCond(r.get(0)));
          return r;
        },
        Ivy.zeros(dev.ivy.Shape.of(3, 2), DType.FLOAT32));
  }

  /** Returns {@code file} with its JSON section replaced and the header fixed (lengths, CRC). */
  private static byte[] withJson(byte[] file, byte[] json) {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(file).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int jsonLen = in.getInt(12);
    byte[] data = java.util.Arrays.copyOfRange(file, 32 + jsonLen, file.length);
    java.nio.ByteBuffer out =
        java.nio.ByteBuffer.allocate(32 + json.length + data.length)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    out.put(file, 0, 12).putInt(json.length).putLong(data.length).putLong(0);
    byte[] t = out.put(json).put(data).array();
    // the checksum of format 4: the whole file but the checksum's own 8 bytes
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(t, 0, 24);
    crc.update(t, 32, t.length - 32);
    return java.nio.ByteBuffer.wrap(t)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
        .putLong(24, crc.getValue())
        .array();
  }

  /** Loads {@code t}: it either fails with GraphFormatException or gives a verified graph. */
  private static void loadOrFailCleanly(byte[] t) {
    Graph h;
    try {
      h = GraphIO.fromBytes(t);
    } catch (IvyException e) {
      assertTrue(e instanceof GraphFormatException, e.toString());
      return;
    }
    GraphVerifier.verify(h);
    if (h.isBatchPolymorphic()) {
      // a loaded polymorphic graph instantiates at any batch size or says why not
      for (long b : new long[] {1, 3, 32}) {
        try {
          GraphVerifier.verify(h.atBatch(b));
        } catch (dev.ivy.errors.IvyArgumentException e) {
          assertTrue(e.getMessage().startsWith("graph: "), e.getMessage());
        }
      }
    }
    // what loads saves again and reloads to the same graph
    assertEquals(h.toString(), GraphIO.fromBytes(GraphIO.toBytes(h)).toString());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("backendsAndFuzzGraphs")
  void graphIO_fuzzedJsonWithValidChecksum_failsWithGraphFormatException(
      String backend, String kind) throws Exception {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Graph g = fuzzGraph(kind);
      byte[] bytes = GraphIO.toBytes(g);
      int jsonLen =
          java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(12);
      // the JSON put back as it was gives the graph: the mutants below reach the decoder
      assertEquals(
          g.toString(),
          GraphIO.fromBytes(withJson(bytes, java.util.Arrays.copyOfRange(bytes, 32, 32 + jsonLen)))
              .toString());
      Random rnd = new Random(7);
      byte[] alphabet =
          "{}[],:\"0123456789-.eaxZ ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      for (int k = 0; k < 3000; k++) {
        byte[] json = java.util.Arrays.copyOfRange(bytes, 32, 32 + jsonLen);
        int flips = 1 + rnd.nextInt(3);
        for (int j = 0; j < flips; j++) {
          json[rnd.nextInt(jsonLen)] = alphabet[rnd.nextInt(alphabet.length)];
        }
        loadOrFailCleanly(withJson(bytes, json));
      }
      // structural mutations of valid JSON: a value anywhere in the tree, sub-graphs included,
      // is replaced, removed, or nudged
      com.fasterxml.jackson.databind.ObjectMapper om =
          new com.fasterxml.jackson.databind.ObjectMapper();
      String text = new String(bytes, 32, jsonLen, java.nio.charset.StandardCharsets.UTF_8);
      int loaded = 0;
      for (int k = 0; k < 3000; k++) {
        JsonNode root = om.readTree(text);
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode c = containers.get(rnd.nextInt(containers.size()));
        mutate(c, rnd, om);
        byte[] t = withJson(bytes, om.writeValueAsBytes(root));
        try {
          GraphIO.fromBytes(t);
          loaded++;
        } catch (GraphFormatException e) {
          assertTrue(e.getMessage().startsWith("GraphIO.load: "), e.getMessage());
          continue;
        }
        loadOrFailCleanly(t);
      }
      assertTrue(loaded < 3000, "some mutations must be rejected");
    }
  }

  private static void collectContainers(JsonNode n, List<JsonNode> out) {
    if (n.isContainerNode() && n.size() > 0) {
      out.add(n);
      for (JsonNode c : n) {
        collectContainers(c, out);
      }
    }
  }

  private static void mutate(
      JsonNode c, Random rnd, com.fasterxml.jackson.databind.ObjectMapper om) {
    List<String> names = new ArrayList<>();
    c.fieldNames().forEachRemaining(names::add);
    int i = rnd.nextInt(c.size());
    JsonNode old = c.isArray() ? c.get(i) : c.get(names.get(i));
    JsonNode repl;
    switch (rnd.nextInt(6)) {
      case 0:
        repl = null; // remove
        break;
      case 1:
        repl = om.getNodeFactory().numberNode(old.isNumber() ? old.longValue() + 1 : 1);
        break;
      case 2:
        repl = om.getNodeFactory().numberNode(old.isNumber() ? old.longValue() - 1 : -1);
        break;
      case 3:
        repl = om.getNodeFactory().numberNode(rnd.nextBoolean() ? Long.MAX_VALUE : 1L << 40);
        break;
      case 4:
        repl = om.getNodeFactory().textNode(rnd.nextBoolean() ? "float64" : "COND");
        break;
      default:
        repl = old.isContainerNode() ? om.createArrayNode() : om.getNodeFactory().nullNode();
        break;
    }
    if (c.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode a =
          (com.fasterxml.jackson.databind.node.ArrayNode) c;
      if (repl == null) {
        a.remove(i);
      } else {
        a.set(i, repl);
      }
    } else {
      com.fasterxml.jackson.databind.node.ObjectNode o =
          (com.fasterxml.jackson.databind.node.ObjectNode) c;
      if (repl == null) {
        o.remove(names.get(i));
      } else {
        o.set(names.get(i), repl);
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void executable_run_freesIntermediatesAfterLastUseAndKeepsOutputs(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Graph g =
          Tracer.trace(
              x -> {
                Array t = Ivy.tanh(x);
                Array u = Ivy.exp(t);
                return List.of(Ivy.add(u, t), u);
              },
              vec(1, 2));
      List<Array> made = new ArrayList<>();
      dev.ivy.dispatch.Interpreter spy =
          new dev.ivy.dispatch.Interpreter() {
            @Override
            public Array process(
                Prim prim, dev.ivy.prim.Params p, Array[] in, dev.ivy.prim.Aval out) {
              Array r = dev.ivy.dispatch.Dispatcher.bindBelow(this, prim, p, in, out);
              made.add(r);
              return r;
            }

            @Override
            public Array[] processMulti(
                Prim prim, dev.ivy.prim.Params p, Array[] in, dev.ivy.prim.Aval[] outs) {
              return dev.ivy.dispatch.Dispatcher.bindMultiBelow(this, prim, p, in, outs);
            }

            @Override
            public Array constant(
                dev.ivy.backend.Backend be, dev.ivy.prim.Aval a, java.nio.ByteBuffer d) {
              return dev.ivy.dispatch.Dispatcher.constantBelow(this, be, a, d);
            }
          };
      dev.ivy.dispatch.Dispatcher.push(spy);
      List<Array> r;
      try {
        r = g.toBackend(backend).run(vec(0.5f, -1));
      } finally {
        dev.ivy.dispatch.Dispatcher.pop(spy);
      }
      assertEquals(3, made.size());
      assertTrue(made.get(0).isClosed(), "tanh's result is freed after its last use");
      assertTrue(!r.get(0).isClosed() && !r.get(1).isClosed(), "outputs stay alive");
      assertEquals(backend, r.get(0).backendName());
      assertThrows(
          dev.ivy.errors.IvyArgumentException.class, () -> g.run(Ivy.array(new float[3], 3)));
    }
  }

  // ---- the acceptance walk over the reference cases ----

  private static final List<String> FILES = List.of("ivy", "torch", "tensorflow", "jax", "numpy");

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void referenceCases_tracedAndReplayed_matchEagerExecution(String backend) {
    int traced = 0;
    int compiled = 0;
    int matched = 0;
    Map<String, Integer> tracing = new TreeMap<>();
    Map<String, String> tracingWhere = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (String file : FILES) {
      for (OracleCase c :
          OracleFiles.read(OracleFiles.conformanceDir().resolve("oracle/" + file + ".jsonl"))) {
        if (c.expectsError() || !arraysOnly(c.expect())) {
          continue;
        }
        if (FunctionRegistry.find(c.frontend(), c.fn()) == null) {
          continue;
        }
        try (var b = Ivy.withBackend(backend);
            Scope s = Ivy.scope()) {
          CaseCall call = CaseCall.of(c);
          List<Array> inputs = call.arrays();
          if (inputs.isEmpty()) {
            continue;
          }
          JsonNode eager;
          try {
            eager = CaseRunner.encode(call.call());
          } catch (IvyException e) {
            continue;
          }
          if (!arraysOnly(eager)) {
            continue;
          }
          String name = c.frontend() + "." + c.fn();
          Graph g;
          try {
            g = Tracer.trace(call::callWith, inputs);
          } catch (TracingException e) {
            tracing.merge(name, 1, Integer::sum);
            StackTraceElement at =
                java.util.Arrays.stream(e.getStackTrace())
                    .filter(
                        el ->
                            el.getClassName().startsWith("dev.ivy.")
                                && !el.getClassName().equals("dev.ivy.Array")
                                && !el.getClassName().startsWith("dev.ivy.registry"))
                    .findFirst()
                    .orElse(null);
            tracingWhere.putIfAbsent(name, String.valueOf(at));
            continue;
          }
          traced++;
          GraphVerifier.verify(g);
          String why;
          // through the backend's compiled program where it has one and compiles the graph (a
          // TensorFlow graph, a TorchScript module), else replayed primitive by primitive
          try (Executable e = g.toBackend(backend)) {
            Object r = e.call(inputs.toArray(new Array[0]));
            compiled += e.isCompiled() ? 1 : 0;
            why =
                CaseRunner.compare(
                    eager, r, c.rtol(), c.atol(), e.isCompiled() ? "compiled" : "traced");
          }
          if (why == null) {
            matched++;
          } else {
            failures.add(c.id() + " " + name + ": " + why);
          }
        } catch (RuntimeException | AssertionError e) {
          failures.add(c.id() + " " + c.frontend() + "." + c.fn() + ": " + e);
        }
      }
    }
    String summary =
        "tracer walk on "
            + backend
            + ": traced "
            + traced
            + " (compiled "
            + compiled
            + ")"
            + ", matched "
            + matched
            + ", compiled "
            + compiled
            + "; TracingException by function "
            + tracing
            + "; failures "
            + failures.size()
            + ":\n  "
            + String.join("\n  ", failures);
    System.err.println(summary);
    tracingWhere.forEach((k, v) -> System.err.println("tracing-exception " + k + " at " + v));
    assertEquals(List.of(), failures, summary);
    assertNotEquals(0, traced);
    if (Backends.compiles(backend)) {
      assertTrue(compiled > traced / 2, summary);
    }
  }

  private static boolean arraysOnly(JsonNode e) {
    if (e.isObject()) {
      return e.has("array");
    }
    if (e.isArray()) {
      for (JsonNode x : e) {
        if (!arraysOnly(x)) {
          return false;
        }
      }
      return e.size() > 0;
    }
    return false;
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void ivyTraceGraph_runsOnEveryBackendLikeEager(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {-1, 0, 2, 3}, 2, 2);
      dev.ivy.TracedFunction g =
          Ivy.traceGraph(in -> Ivy.tanh(Ivy.add(Ivy.matmul(in.get(0), in.get(0)), 1.0f)), x);
      Array eager = Ivy.tanh(Ivy.add(Ivy.matmul(x, x), 1.0f));
      for (String other : Backends.underTest()) {
        try (dev.ivy.TracedFunction.Prepared e = g.optimize().toBackend(other)) {
          Array y = e.run(Ivy.toBackend(x, other)).get(0);
          org.junit.jupiter.api.Assertions.assertEquals(other, y.backendName());
          org.junit.jupiter.api.Assertions.assertArrayEquals(
              eager.toFloatArray(), y.toFloatArray(), 1e-6f, other);
        }
      }
    }
  }
}
