package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.BackendMismatchException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.onnx.OnnxModel;
import dev.ivy.onnx.PreparedOnnxModel;
import dev.ivy.onnx.proto.OnnxProto.GraphProto;
import dev.ivy.onnx.proto.OnnxProto.ModelProto;
import dev.ivy.onnx.proto.OnnxProto.NodeProto;
import dev.ivy.onnx.proto.OnnxProto.OperatorSetIdProto;
import dev.ivy.onnx.proto.OnnxProto.TensorProto;
import dev.ivy.onnx.proto.OnnxProto.TensorShapeProto;
import dev.ivy.onnx.proto.OnnxProto.TypeProto;
import dev.ivy.onnx.proto.OnnxProto.ValueInfoProto;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link OnnxModel#prepare}: a prepared model gives {@link OnnxModel#run}'s outputs on every
 * reference model and backend, owns its arrays past the caller's scopes, converts no initializer
 * per call, and fails clearly once closed or fed arrays of another backend.
 */
class PreparedOnnxModelTest {
  private static final Path MODELS = OracleFiles.conformanceDir().resolve("models");

  /** Asserts two lists of arrays hold the same dtypes, shapes and values (within 1e-6). */
  private static void assertSameOutputs(List<Array> want, List<Array> got, String what) {
    assertEquals(want.size(), got.size(), what + ": number of outputs");
    for (int i = 0; i < want.size(); i++) {
      assertEquals(want.get(i).aval(), got.get(i).aval(), what + ": output " + i);
      Close.values(
          want.get(i).toDoubleArray(), got.get(i), 1e-6, 1e-6, what + ": prepared output " + i);
    }
  }

  @TestFactory
  Stream<DynamicTest> referenceModels_preparedOnEveryBackend_matchEagerRunAndPyTorch()
      throws IOException {
    List<Path> files = OnnxModelsTest.referenceFiles();
    assertFalse(files.isEmpty(), "no reference models in conformance/models");
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      for (Path f : files) {
        String name = f.getFileName().toString().replace(".json", "");
        tests.add(
            DynamicTest.dynamicTest(name + "[" + backend + ", prepared]", () -> same(f, backend)));
      }
    }
    return tests.stream();
  }

  private static void same(Path f, String backend) {
    OnnxReference ref = OnnxReference.read(f);
    OnnxModel m = OnnxModel.load(ref.model());
    try (PreparedOnnxModel p = m.prepare(backend);
        Scope s = Ivy.scope()) {
      assertEquals(backend, p.backendName());
      Map<String, Array> in = ref.inputs(m, backend);
      List<Array> eager = new ArrayList<>(m.run(in).values());
      for (int round = 0; round < 2; round++) {
        List<Array> out = new ArrayList<>(p.run(in).values());
        for (Array a : out) {
          assertEquals(backend, a.backendName(), "outputs are arrays of the prepared backend");
        }
        assertSameOutputs(eager, out, f.getFileName() + " on " + backend + ", run " + round);
        List<String> bad = ref.compare(out);
        assertTrue(bad.isEmpty(), f.getFileName() + " prepared on " + backend + ": " + bad);
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void prepared_survivesTheScopeItWasMadeIn(String backend) {
    OnnxReference ref = OnnxReference.read(MODELS.resolve("small_cnn.json"));
    OnnxModel m = OnnxModel.load(ref.model());
    PreparedOnnxModel p;
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      p = m.prepare();
      assertEquals(backend, p.backendName(), "prepare() uses the current backend");
    }
    Map<String, Array> in = ref.inputs(m, backend);
    try (Scope s = Ivy.scope()) {
      List<String> bad = ref.compare(new ArrayList<>(p.run(in).values()));
      assertTrue(bad.isEmpty(), bad.toString());
    }
    try (Scope s = Ivy.scope()) {
      List<String> bad = ref.compare(new ArrayList<>(p.run(in).values()));
      assertTrue(bad.isEmpty(), "after a second user scope closed: " + bad);
    } finally {
      p.close();
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void run_afterClose_failsNamingTheMethod_andCloseTwiceIsFine(String backend) {
    OnnxReference ref = OnnxReference.read(MODELS.resolve("mlp.json"));
    OnnxModel m = OnnxModel.load(ref.model());
    PreparedOnnxModel p = m.prepare(backend);
    Map<String, Array> in = ref.inputs(m, backend);
    p.close();
    p.close();
    assertTrue(p.isClosed());
    IvyArgumentException e =
        assertThrows(IvyArgumentException.class, () -> p.run(in.values().toArray(new Array[0])));
    assertTrue(
        e.getMessage().startsWith("PreparedOnnxModel.run:") && e.getMessage().contains("closed"),
        e.getMessage());
    e = assertThrows(IvyArgumentException.class, () -> p.run(in));
    assertTrue(e.getMessage().startsWith("PreparedOnnxModel.run:"), e.getMessage());
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void run_createsNoInitializerPerCall(String backend) {
    for (String model : List.of("mlp", "tiny_transformer")) {
      OnnxReference ref = OnnxReference.read(MODELS.resolve(model + ".json"));
      OnnxModel m = OnnxModel.load(ref.model());
      Map<String, Array> in = ref.inputs(m, backend);
      try (PreparedOnnxModel p = m.prepare(backend)) {
        int eager;
        try (Scope s = Ivy.scope()) {
          m.run(in);
          eager = s.size();
        }
        int[] prepared = new int[2];
        for (int round = 0; round < 2; round++) {
          try (Scope s = Ivy.scope()) {
            p.run(in);
            prepared[round] = s.size();
          }
        }
        int inits = m.initializerNames().size();
        assertTrue(
            eager - prepared[0] >= inits,
            model
                + ": an eager run makes "
                + eager
                + " arrays, a prepared run "
                + prepared[0]
                + "; the prepared run should make at least the "
                + inits
                + " initializers fewer");
        assertEquals(prepared[0], prepared[1], model + ": every prepared run makes as many");
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void tinyTransformer_precomputesConstantNodes_andRecomputesThemForAnOverriddenInitializer(
      String backend) {
    OnnxReference ref = OnnxReference.read(MODELS.resolve("tiny_transformer.json"));
    OnnxModel m = OnnxModel.load(ref.model());
    try (PreparedOnnxModel p = m.prepare(backend);
        Scope s = Ivy.scope()) {
      assertTrue(p.precomputedNodeCount() > 0, p.toString());
      Map<String, Array> feeds = new LinkedHashMap<>(ref.inputs(m, backend));
      List<Array> plain = new ArrayList<>(p.run(feeds).values());
      // in_proj_weight feeds a precomputed Transpose, out_proj.bias precomputed Identities
      try (var b = Ivy.withBackend(backend)) {
        Map<String, Array> w = m.initializers();
        feeds.put(
            "enc.self_attn.in_proj_weight",
            Ivy.multiply(w.get("enc.self_attn.in_proj_weight"), 0.5));
        feeds.put(
            "enc.self_attn.out_proj.bias", Ivy.add(w.get("enc.self_attn.out_proj.bias"), 1.0));
      }
      List<Array> eager = new ArrayList<>(m.run(feeds).values());
      List<Array> prepared = new ArrayList<>(p.run(feeds).values());
      assertSameOutputs(eager, prepared, "with overridden initializers");
      assertFalse(
          Arrays.equals(plain.get(0).toDoubleArray(), prepared.get(0).toDoubleArray()),
          "the overrides change the output");
      // and the override lasts one run only
      feeds.remove("enc.self_attn.in_proj_weight");
      feeds.remove("enc.self_attn.out_proj.bias");
      assertSameOutputs(plain, new ArrayList<>(p.run(feeds).values()), "after the overrides");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void run_validatesLikeOnnxModelRun(String backend) {
    OnnxReference ref = OnnxReference.read(MODELS.resolve("mlp.json"));
    OnnxModel m = OnnxModel.load(ref.model());
    Map<String, Array> in = ref.inputs(m, backend);
    try (PreparedOnnxModel p = m.prepare(backend);
        Scope s = Ivy.scope()) {
      IvyArgumentException e = assertThrows(IvyArgumentException.class, () -> p.run(Map.of()));
      assertTrue(
          e.getMessage().startsWith("PreparedOnnxModel.run: input 'input'")
              && e.getMessage().contains("must be fed"),
          e.getMessage());
      e = assertThrows(IvyArgumentException.class, () -> p.run());
      assertTrue(
          e.getMessage().startsWith("PreparedOnnxModel.run: expected 1 inputs"), e.getMessage());
      Map<String, Array> extra = new LinkedHashMap<>(in);
      extra.put("nope", in.get("input"));
      e = assertThrows(IvyArgumentException.class, () -> p.run(extra));
      assertTrue(e.getMessage().contains("unknown input 'nope'"), e.getMessage());
      try (var b = Ivy.withBackend(backend)) {
        Array wrong = Ivy.zeros(dev.ivy.Shape.of(2, 3), dev.ivy.DType.FLOAT32);
        e = assertThrows(IvyArgumentException.class, () -> p.run(wrong));
        assertTrue(e.getMessage().startsWith("PreparedOnnxModel.run: input 'input' must be"));
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void run_onArraysOfAnotherBackend_failsNamingBoth(String backend) {
    List<String> others = Backends.underTest().stream().filter(b -> !b.equals(backend)).toList();
    if (others.isEmpty()) {
      return;
    }
    String other = others.get(0);
    OnnxReference ref = OnnxReference.read(MODELS.resolve("mlp.json"));
    OnnxModel m = OnnxModel.load(ref.model());
    Map<String, Array> in = ref.inputs(m, other);
    try (PreparedOnnxModel p = m.prepare(backend)) {
      BackendMismatchException e = assertThrows(BackendMismatchException.class, () -> p.run(in));
      assertTrue(
          e.getMessage()
                  .startsWith(
                      "PreparedOnnxModel.run: input 'input' must belong to backend " + backend)
              && e.getMessage().contains("got " + other)
              && e.getMessage().contains("Ivy.toBackend"),
          e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void run_underATrace_givesAGraphMatchingPyTorch(String backend) {
    OnnxReference ref = OnnxReference.read(MODELS.resolve("small_cnn.json"));
    OnnxModel m = OnnxModel.load(ref.model());
    try (PreparedOnnxModel p = m.prepare(backend);
        var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array[] in = ref.inputs(m, backend).values().toArray(new Array[0]);
      Graph g = Tracer.trace(x -> p.run(x.toArray(new Array[0])), List.of(in));
      List<String> bad = ref.compare(g.run(in));
      assertTrue(bad.isEmpty(), bad.toString());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void run_onSeveralThreadsAtOnce_matchesPyTorch(String backend) throws Exception {
    OnnxReference ref = OnnxReference.read(MODELS.resolve("tiny_transformer.json"));
    OnnxModel m = OnnxModel.load(ref.model());
    Map<String, Array> in = ref.inputs(m, backend);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (PreparedOnnxModel p = m.prepare(backend)) {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  List<String> bad = new ArrayList<>();
                  for (int i = 0; i < 5; i++) {
                    try (Scope s = Ivy.scope()) {
                      bad.addAll(ref.compare(new ArrayList<>(p.run(in).values())));
                    }
                  }
                  return bad;
                }));
      }
      for (Future<List<String>> r : results) {
        List<String> bad = r.get();
        assertTrue(bad.isEmpty(), bad.toString());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static NodeProto node(String op, String out, String... in) {
    return NodeProto.newBuilder().setOpType(op).addAllInput(List.of(in)).addOutput(out).build();
  }

  private static NodeProto constant(String out, float v) {
    return NodeProto.newBuilder()
        .setOpType("Constant")
        .addOutput(out)
        .addAttribute(
            dev.ivy.onnx.proto.OnnxProto.AttributeProto.newBuilder()
                .setName("value")
                .setType(dev.ivy.onnx.proto.OnnxProto.AttributeProto.AttributeType.TENSOR)
                .setT(TensorProto.newBuilder().setDataType(1).addFloatData(v)))
        .build();
  }

  /**
   * PyTorch's opset-14 export of a layer norm (nine nodes, its scale behind an Identity, as the
   * exporter deduplicates equal weights), of the exact GELU (five) and of a linear layer (MatMul,
   * Add), then a Reshape whose shape comes from Shape(x): the prepared model fuses both chains,
   * keeps the shape values per input shape, and gives the unprepared model's outputs at two batch
   * sizes.
   */
  @ParameterizedTest
  @MethodSource(BACKENDS)
  void exporterChains_fuseAndShapesAreKept_sameOutputs(String backend) {
    TensorProto.Builder gamma = TensorProto.newBuilder().setName("gamma").setDataType(1).addDims(4);
    TensorProto.Builder beta = TensorProto.newBuilder().setName("beta").setDataType(1).addDims(4);
    for (int i = 0; i < 4; i++) {
      gamma.addFloatData(1 + 0.25f * i);
      beta.addFloatData(-0.5f + 0.1f * i);
    }
    // a linear layer as exported: MatMul by a [in, out] weight, then Add of a bias
    TensorProto.Builder w =
        TensorProto.newBuilder().setName("w").setDataType(1).addDims(4).addDims(4);
    TensorProto.Builder bias = TensorProto.newBuilder().setName("bias").setDataType(1).addDims(4);
    for (int i = 0; i < 16; i++) {
      w.addFloatData((float) Math.cos(i));
    }
    for (int i = 0; i < 4; i++) {
      bias.addFloatData(0.1f * i);
    }
    NodeProto mean =
        NodeProto.newBuilder()
            .setOpType("ReduceMean")
            .addInput("x")
            .addOutput("m")
            .addAttribute(
                dev.ivy.onnx.proto.OnnxProto.AttributeProto.newBuilder()
                    .setName("axes")
                    .setType(dev.ivy.onnx.proto.OnnxProto.AttributeProto.AttributeType.INTS)
                    .addInts(-1))
            .build();
    NodeProto var = mean.toBuilder().setInput(0, "p").setOutput(0, "v").build();
    GraphProto.Builder g =
        GraphProto.newBuilder()
            .setName("g")
            .addInput(
                ValueInfoProto.newBuilder()
                    .setName("x")
                    .setType(
                        TypeProto.newBuilder()
                            .setTensorType(
                                TypeProto.Tensor.newBuilder()
                                    .setElemType(1)
                                    .setShape(
                                        TensorShapeProto.newBuilder()
                                            .addDim(
                                                TensorShapeProto.Dimension.newBuilder()
                                                    .setDimParam("batch"))
                                            .addDim(
                                                TensorShapeProto.Dimension.newBuilder()
                                                    .setDimValue(4))))))
            .addOutput(value("y"))
            .addInitializer(gamma)
            .addInitializer(beta)
            .addInitializer(w)
            .addInitializer(bias)
            .addNode(node("Identity", "scale", "gamma"))
            .addNode(mean)
            .addNode(node("Sub", "d", "x", "m"))
            .addNode(constant("two", 2))
            .addNode(node("Pow", "p", "d", "two"))
            .addNode(var)
            .addNode(constant("eps", 1e-5f))
            .addNode(node("Add", "ve", "v", "eps"))
            .addNode(node("Sqrt", "sd", "ve"))
            .addNode(node("Div", "n", "d", "sd"))
            .addNode(node("Mul", "ns", "n", "scale"))
            .addNode(node("Add", "ln", "ns", "beta"))
            .addNode(constant("sqrt2", (float) Math.sqrt(2)))
            .addNode(node("Div", "a", "ln", "sqrt2"))
            .addNode(node("Erf", "e", "a"))
            .addNode(constant("one", 1))
            .addNode(node("Add", "e1", "e", "one"))
            .addNode(node("Mul", "xe", "ln", "e1"))
            .addNode(constant("half", 0.5f))
            .addNode(node("Mul", "gl", "xe", "half"))
            .addNode(node("MatMul", "mm", "gl", "w"))
            .addNode(node("Add", "lin", "bias", "mm"))
            .addNode(node("Shape", "s", "x"))
            .addNode(node("Reshape", "y", "lin", "s"));
    ModelProto proto =
        ModelProto.newBuilder()
            .setIrVersion(8)
            .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(14))
            .setGraph(g)
            .build();
    OnnxModel m = OnnxModel.fromProto(proto);
    try (PreparedOnnxModel p = m.prepare(backend);
        var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // 24 nodes: the layer norm's 9 become 1, the GELU's 5 become 1, MatMul + Add become a
      // Transpose of the weight (computed once) and 1 linear
      assertEquals(24 - 8 - 4, p.nodeCount(), p.toString());
      for (int batch : new int[] {3, 1, 3}) {
        float[] v = new float[batch * 4];
        for (int i = 0; i < v.length; i++) {
          v[i] = (float) Math.sin(1.7 * i + batch);
        }
        Array x = Ivy.array(v, batch, 4);
        float[] want = m.run(x).get(0).toFloatArray();
        float[] got = p.run(x).get(0).toFloatArray();
        assertEquals(want.length, got.length);
        for (int i = 0; i < want.length; i++) {
          assertEquals(
              want[i], got[i], 1e-5 * (1 + Math.abs(want[i])), "batch " + batch + " at " + i);
        }
      }
      assertEquals(2, p.shapeSignatureCount(), "one set of shape values per input shape");
    }
  }

  private static ValueInfoProto value(String name, long... dims) {
    TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
    for (long d : dims) {
      s.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
    }
    return ValueInfoProto.newBuilder()
        .setName(name)
        .setType(
            TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(1).setShape(s)))
        .build();
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void outputThatIsAKeptArray_isACopyTheCallerMayClose(String backend) {
    // y = x + w; z = Identity(w): z would be the prepared model's own array of w
    ModelProto proto =
        ModelProto.newBuilder()
            .setIrVersion(8)
            .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(14))
            .setGraph(
                GraphProto.newBuilder()
                    .setName("g")
                    .addInput(value("x", 2))
                    .addOutput(value("y", 2))
                    .addOutput(value("z", 2))
                    .addInitializer(
                        TensorProto.newBuilder()
                            .setName("w")
                            .setDataType(1)
                            .addDims(2)
                            .addAllFloatData(List.of(1f, 2f)))
                    .addNode(
                        NodeProto.newBuilder()
                            .setOpType("Add")
                            .addInput("x")
                            .addInput("w")
                            .addOutput("y"))
                    .addNode(
                        NodeProto.newBuilder().setOpType("Identity").addInput("w").addOutput("z")))
            .build();
    OnnxModel m = OnnxModel.fromProto(proto);
    try (PreparedOnnxModel p = m.prepare(backend);
        var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      assertEquals(1, p.precomputedNodeCount(), p.toString());
      Array x = Ivy.array(new float[] {10, 20}, 2);
      Map<String, Array> out = p.run(Map.of("x", x));
      out.get("z").close();
      out = p.run(Map.of("x", x));
      assertEquals("[11.0, 22.0]", Arrays.toString(out.get("y").toFloatArray()));
      assertEquals("[1.0, 2.0]", Arrays.toString(out.get("z").toFloatArray()));
    }
  }
}
