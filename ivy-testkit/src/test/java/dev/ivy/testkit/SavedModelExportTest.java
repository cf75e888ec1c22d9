package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.DataFormat;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.autodiff.Autodiff;
import dev.ivy.backend.ExportSpec;
import dev.ivy.errors.BackendCapabilityException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.ndarray.buffer.DoubleDataBuffer;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * Traced models exported to TensorFlow SavedModel directories are loaded by plain TensorFlow Java
 * in a child JVM with no Ivy class on its class path ({@link SavedModelRunMain}); their outputs
 * match Ivy's eager outputs within 1e-5, their weights are restored resource variables, and
 * assigning a variable through TensorFlow's session changes the outputs as Ivy computes. The models
 * are traced on each backend under test, so the variables' initial values come from every backend.
 */
class SavedModelExportTest {
  private static final double TOL = 1e-5;

  private Path tmp;

  @BeforeEach
  void createTemp() throws IOException {
    tmp = Files.createTempDirectory("ivy-savedmodel");
  }

  @AfterEach
  void deleteTemp() throws IOException {
    try (Stream<Path> s = Files.walk(tmp)) {
      s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  private static Array random(long seed, double scale, long... shape) {
    Random r = new Random(seed);
    int n = 1;
    for (long d : shape) {
      n *= (int) d;
    }
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (r.nextGaussian() * scale);
    }
    return Ivy.array(v, shape);
  }

  /** x [4, 8] -> dense 16 -> relu -> dense 3 -> (logits, softmax). */
  private static Object mlp(List<Array> a) {
    Array h = Ivy.relu(Ivy.add(Ivy.matmul(a.get(0), a.get(1)), a.get(2)));
    Array logits = Ivy.add(Ivy.matmul(h, a.get(3)), a.get(4));
    return List.of(logits, Ivy.softmax(logits, -1));
  }

  /**
   * images [2, 8, 8, 1] -> conv 3x3x4 SAME + bias -> relu -> max pool 2 -> avg pool 2 -> dense 3.
   */
  private static Object convNet(List<Array> a) {
    Array h =
        Ivy.relu(
            Ivy.conv2d(
                a.get(0),
                a.get(1),
                new long[] {1},
                "SAME",
                DataFormat.NHWC,
                new long[] {1},
                a.get(2)));
    h = Ivy.maxPool2d(h, new long[] {2}, null, "VALID", DataFormat.NHWC, null, false);
    h = Ivy.avgPool2d(h, new long[] {2}, null, "VALID", DataFormat.NHWC, true, false, null);
    h = Ivy.reshape(h, 2, 16);
    return Ivy.add(Ivy.matmul(h, a.get(3)), a.get(4));
  }

  @ParameterizedTest(name = "mlp traced on {0}")
  @MethodSource(BACKENDS)
  void mlp_exportedSavedModel_runsInPlainTfAndTrainsItsVariables(String backend) throws Exception {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      List<Array> in =
          List.of(
              random(1, 1, 4, 8),
              random(2, 0.4, 8, 16),
              random(3, 0.1, 16),
              random(4, 0.3, 16, 3),
              random(5, 0.1, 3));
      List<String> names =
          List.of("x", "dense_1/kernel", "dense_1/bias", "dense_2/kernel", "dense_2/bias");
      Path dir = export(SavedModelExportTest::mlp, in, names, List.of("logits", "probs"), 1);
      assertTrue(Files.isRegularFile(dir.resolve("saved_model.pb")), "saved_model.pb written");
      assertTrue(
          Files.isRegularFile(dir.resolve("variables/variables.index")),
          "variables/variables.index written");

      Array newBias = Ivy.array(new float[] {1.0f, -2.0f, 0.5f}, 3);
      ChildRun run =
          runPlainTf(dir, in.subList(0, 1), List.of("x"), Map.of("dense_2/bias", newBias));

      assertEquals("false", run.single("IVY_ON_CLASSPATH"), "no Ivy class in the child JVM");
      assertEquals(
          "serving_default inputs=[x] outputs=[logits, probs]",
          run.single("SIGNATURE"),
          "serving signature: the variables are not inputs");
      assertEquals("[assign_variables, serving_default]", run.single("SIGNATURE_KEYS"));
      assertEquals(
          List.of(
              "dense_1/kernel DT_FLOAT [8,16]",
              "dense_1/bias DT_FLOAT [16]",
              "dense_2/kernel DT_FLOAT [16,3]",
              "dense_2/bias DT_FLOAT [3]"),
          run.all("VARIABLE"),
          "each weight is a resource variable with its shape and dtype");
      for (int i = 1; i < 5; i++) {
        assertClose(in.get(i), run.values.get(names.get(i)), "restored value of " + names.get(i));
      }
      @SuppressWarnings("unchecked")
      List<Array> want = (List<Array>) mlp(in);
      assertOutput(want.get(0), run.outputs.get("logits"), "logits");
      assertOutput(want.get(1), run.outputs.get("probs"), "probs");

      List<Array> trained = new ArrayList<>(in);
      trained.set(4, newBias);
      @SuppressWarnings("unchecked")
      List<Array> after = (List<Array>) mlp(trained);
      assertOutput(after.get(0), run.outputsAfter.get("logits"), "logits after assigning");
      assertOutput(after.get(1), run.outputsAfter.get("probs"), "probs after assigning");
      assertFalse(
          java.util.Arrays.equals(
              run.outputs.get("logits").values, run.outputsAfter.get("logits").values),
          "assigning the variable changed the outputs");
    }
  }

  /** x, target, then the MLP's weights -> mean squared error and its gradient per weight. */
  private static Object lossAndGrads(List<Array> a) {
    Autodiff.VjpResult r = Ivy.vjp(w -> List.of(mse(a.get(0), a.get(1), w)), a.subList(2, 6));
    List<Array> out = new ArrayList<>(r.outputs());
    out.addAll(r.pullback(List.of(Ivy.onesLike(r.outputs().get(0)))));
    return out;
  }

  private static Array mse(Array x, Array target, List<Array> w) {
    Array h = Ivy.relu(Ivy.add(Ivy.matmul(x, w.get(0)), w.get(1)));
    Array y = Ivy.add(Ivy.matmul(h, w.get(2)), w.get(3));
    return Ivy.mean(Ivy.square(Ivy.subtract(y, target)));
  }

  @ParameterizedTest(name = "training step, traced on {0}")
  @MethodSource(BACKENDS)
  void trainStep_exportedGradients_sgdStepInPlainTfMatchesIvy(String backend) throws Exception {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      List<Array> in =
          List.of(
              random(41, 1, 4, 8),
              random(42, 1, 4, 3),
              random(43, 0.4, 8, 16),
              random(44, 0.1, 16),
              random(45, 0.3, 16, 3),
              random(46, 0.1, 3));
      List<String> weights =
          List.of("dense_1/kernel", "dense_1/bias", "dense_2/kernel", "dense_2/bias");
      List<String> names = new ArrayList<>(List.of("x", "target"));
      names.addAll(weights);
      List<String> outputs = new ArrayList<>(List.of("loss"));
      weights.forEach(w -> outputs.add("grad/" + w));
      Path dir = export(SavedModelExportTest::lossAndGrads, in, names, outputs, 2);
      float lr = 0.1f;
      ChildRun run = runPlainTf(dir, in.subList(0, 2), List.of("x", "target"), Map.of(), lr);
      assertEquals(
          "[assign_variables, serving_default]",
          run.single("SIGNATURE_KEYS"),
          "the SavedModel's signatures");

      @SuppressWarnings("unchecked")
      List<Array> want = (List<Array>) lossAndGrads(in);
      for (int i = 0; i < outputs.size(); i++) {
        assertOutput(want.get(i), run.outputs.get(outputs.get(i)), outputs.get(i));
      }
      List<Array> stepped = new ArrayList<>(in.subList(0, 2));
      for (int i = 0; i < weights.size(); i++) {
        Array w = Ivy.subtract(in.get(2 + i), Ivy.multiply(want.get(1 + i), lr));
        assertClose(w, run.assigned.get(weights.get(i)), "SGD-updated " + weights.get(i));
        stepped.add(w);
      }
      Array lossAfter = mse(stepped.get(0), stepped.get(1), stepped.subList(2, 6));
      assertOutput(lossAfter, run.outputsAfter.get("loss"), "loss after one step");
      assertTrue(
          run.outputsAfter.get("loss").values[0] < run.outputs.get("loss").values[0],
          "one SGD step in plain TensorFlow lowers the loss");
    }
  }

  @ParameterizedTest(name = "conv net traced on {0}")
  @MethodSource(BACKENDS)
  void convNet_exportedSavedModel_runsInPlainTf(String backend) throws Exception {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      List<Array> in =
          List.of(
              random(11, 1, 2, 8, 8, 1),
              random(12, 0.5, 3, 3, 1, 4),
              random(13, 0.1, 4),
              random(14, 0.3, 16, 3),
              random(15, 0.1, 3));
      List<String> names =
          List.of("images", "conv/filters", "conv/bias", "dense/kernel", "dense/bias");
      Path dir = export(SavedModelExportTest::convNet, in, names, List.of("logits"), 1);
      String graph =
          new String(
              Files.readAllBytes(dir.resolve("saved_model.pb")),
              java.nio.charset.StandardCharsets.ISO_8859_1);
      for (String op : List.of("Conv2D", "MaxPool", "AvgPool")) {
        assertTrue(graph.contains(op), op + ": coarse operations export as TensorFlow's own ops");
      }
      ChildRun run = runPlainTf(dir, in.subList(0, 1), List.of("images"), Map.of());
      assertEquals("false", run.single("IVY_ON_CLASSPATH"), "no Ivy class in the child JVM");
      assertEquals("serving_default inputs=[images] outputs=[logits]", run.single("SIGNATURE"));
      assertEquals(4, run.all("VARIABLE").size(), "variables: " + run.all("VARIABLE"));
      assertTrue(run.all("VARIABLE").contains("conv/filters DT_FLOAT [3,3,1,4]"));
      assertOutput((Array) convNet(in), run.outputs.get("logits"), "logits");
    }
  }

  @Test
  void inputsOnly_noVariables_exportAndRun() throws Exception {
    try (var b = Ivy.withBackend("tf");
        Scope s = Ivy.scope()) {
      List<Array> in = List.of(random(21, 1, 2, 3), random(22, 1, 2, 3));
      Function<List<Array>, Object> f = a -> Ivy.tanh(Ivy.multiply(a.get(0), a.get(1)));
      Path dir =
          Tracer.trace(f, in).export("tf", spec(List.of("a", "b"), List.of("y"), Map.of())).path();
      ChildRun run = runPlainTf(dir, in, List.of("a", "b"), Map.of());
      assertEquals("serving_default inputs=[a, b] outputs=[y]", run.single("SIGNATURE"));
      assertEquals(List.of(), run.all("VARIABLE"));
      assertEquals("[serving_default]", run.single("SIGNATURE_KEYS"), "no variables to assign");
      assertOutput((Array) f.apply(in), run.outputs.get("y"), "y");
    }
  }

  static Stream<Arguments> primitiveFamilies() {
    Function<List<Array>, List<Array>> unary =
        a ->
            List.of(
                Ivy.exp(a.get(0)),
                Ivy.log1p(Ivy.abs(a.get(0))),
                Ivy.sqrt(Ivy.abs(a.get(1))),
                Ivy.tanh(a.get(0)),
                Ivy.erf(a.get(1)),
                Ivy.sin(a.get(0)),
                Ivy.floor(Ivy.multiply(a.get(0), 3.0f)),
                Ivy.round(Ivy.multiply(a.get(1), 3.0f)),
                Ivy.sign(a.get(0)),
                Ivy.negative(a.get(1)));
    Function<List<Array>, List<Array>> binary =
        a ->
            List.of(
                Ivy.pow(Ivy.add(Ivy.abs(a.get(0)), 0.5f), a.get(1)),
                Ivy.maximum(a.get(0), a.get(1)),
                Ivy.minimum(a.get(0), a.get(1)),
                Ivy.floorDivide(a.get(0), Ivy.add(Ivy.abs(a.get(1)), 0.5f)),
                Ivy.remainder(a.get(0), Ivy.add(Ivy.abs(a.get(1)), 0.5f)),
                Ivy.where(Ivy.greater(a.get(0), a.get(1)), a.get(0), a.get(1)),
                Ivy.logicalAnd(Ivy.greater(a.get(0), 0.0f), Ivy.less(a.get(1), 0.0f)),
                Ivy.logicalNot(Ivy.isnan(Ivy.divide(a.get(0), a.get(1)))));
    Function<List<Array>, List<Array>> reductions =
        a ->
            List.of(
                Ivy.sum(a.get(0), new int[] {0}, false),
                Ivy.max(a.get(1), new int[] {1}, true),
                Ivy.min(a.get(0)),
                Ivy.prod(Ivy.add(a.get(1), 2.0f), new int[] {1}, false),
                Ivy.mean(a.get(0), new int[] {0, 1}, false));
    Function<List<Array>, List<Array>> movement =
        a ->
            List.of(
                Ivy.flip(a.get(0), 1),
                Ivy.permuteDims(a.get(1), 1, 0),
                Ivy.broadcastTo(Ivy.sum(a.get(0), new int[] {0}, true), 2, 3, 4),
                Ivy.concat(List.of(a.get(0), a.get(1)), 1),
                Ivy.stack(List.of(a.get(0), a.get(1)), 0),
                Ivy.reshape(a.get(1), 4, 3));
    Function<List<Array>, List<Array>> gatherScanCreate =
        a ->
            List.of(
                Ivy.take(a.get(0), Ivy.array(new long[] {3, 0, 0, 2}, 4), 1),
                Ivy.cumprod(Ivy.add(a.get(1), 1.5f), 1, false, false),
                Ivy.cumprod(a.get(0), 0, true, true),
                Ivy.add(a.get(0), Ivy.arange(4)),
                Ivy.full(dev.ivy.Shape.of(2, 2), 7, DType.INT32),
                Ivy.matmul(a.get(0), Ivy.permuteDims(a.get(1), 1, 0)));
    Function<List<Array>, List<Array>> casts =
        a ->
            List.of(
                Ivy.astype(Ivy.multiply(a.get(0), 10.0f), DType.INT32),
                Ivy.astype(Ivy.multiply(a.get(1), 10.0f), DType.INT64),
                Ivy.astype(a.get(0), DType.FLOAT16),
                Ivy.astype(Ivy.greater(a.get(0), 0.0f), DType.UINT8));
    return Stream.of(
        Arguments.of("unary", unary),
        Arguments.of("binary and comparisons", binary),
        Arguments.of("reductions", reductions),
        Arguments.of("movement", movement),
        Arguments.of("gather, scans, creation, matmul", gatherScanCreate),
        Arguments.of("casts", casts));
  }

  /**
   * Each family of exportable primitives, exported and run by TensorFlow Java in this JVM (the
   * outputs are cast to float64 inside the graph, so every dtype on the way is exported), equals
   * Ivy's eager result.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("primitiveFamilies")
  void primitiveFamily_exported_equalsEager(String name, Function<List<Array>, List<Array>> fn) {
    try (var b = Ivy.withBackend("tf");
        Scope s = Ivy.scope()) {
      List<Array> in = List.of(random(51, 1, 3, 4), random(52, 1, 3, 4));
      Function<List<Array>, Object> f64 =
          a -> fn.apply(a).stream().map(x -> Ivy.astype(x, DType.FLOAT64)).toList();
      @SuppressWarnings("unchecked")
      List<Array> want = (List<Array>) f64.apply(in);
      List<String> outs = new ArrayList<>();
      for (int i = 0; i < want.size(); i++) {
        outs.add("out_" + i);
      }
      Path dir = Tracer.trace(f64, in).export("tf", spec(List.of("a", "b"), outs, Map.of())).path();
      try (SavedModelBundle model = SavedModelBundle.load(dir.toString(), "serve");
          TFloat32 t0 =
              TFloat32.tensorOf(Shape.of(3, 4), DataBuffers.of(in.get(0).toFloatArray()));
          TFloat32 t1 =
              TFloat32.tensorOf(Shape.of(3, 4), DataBuffers.of(in.get(1).toFloatArray()));
          Result r =
              model
                  .function("serving_default")
                  .call(Map.<String, org.tensorflow.Tensor>of("a", t0, "b", t1))) {
        for (int i = 0; i < want.size(); i++) {
          TFloat64 got = (TFloat64) r.get(outs.get(i)).orElseThrow();
          assertArrayEquals(
              want.get(i).shape().dims(), got.shape().asArray(), name + " shape " + i);
          double[] g = new double[(int) got.size()];
          DoubleDataBuffer buf = DataBuffers.ofDoubles(got.size());
          got.copyTo(buf);
          buf.read(g);
          assertArrayEquals(want.get(i).toDoubleArray(), g, TOL, name + " output " + i);
        }
      }
    }
  }

  @Test
  void unsupportedPrimitive_throwsCapabilityNamingBackendAndPrimitive() {
    try (var b = Ivy.withBackend("tf");
        Scope s = Ivy.scope()) {
      Array x = Ivy.add(Ivy.eye(3), 1.0f);
      Graph g = Tracer.trace(a -> Ivy.cholesky(a, false), x);
      BackendCapabilityException e =
          assertThrows(
              BackendCapabilityException.class,
              () -> g.export("tf", spec(List.of("x"), List.of("y"), Map.of())));
      assertTrue(e.getMessage().contains("backend tf"), e.getMessage());
      assertTrue(e.getMessage().contains("CHOLESKY"), e.getMessage());
      assertFalse(Files.exists(tmp.resolve("model")), "nothing written");
    }
  }

  @Test
  void badSpec_throwsArgumentErrorNamingTheProblem() throws IOException {
    try (var b = Ivy.withBackend("tf");
        Scope s = Ivy.scope()) {
      Array x = random(31, 1, 2, 3);
      Array w = random(32, 1, 3, 2);
      Graph g = Tracer.trace((p, q) -> Ivy.matmul(p, q), x, w);
      Map<String, Array> vars = Map.of("w", w);
      Map<ExportSpec, String> bad = new LinkedHashMap<>();
      bad.put(spec(List.of("x"), List.of("y"), vars), "inputNames must name each");
      bad.put(spec(List.of("x", "w"), List.of("y", "z"), vars), "outputNames must name each");
      bad.put(spec(List.of("x", "x"), List.of("y"), Map.of()), "must be unique");
      bad.put(spec(List.of("x", "save/w"), List.of("y"), Map.of()), "outside the scopes");
      bad.put(spec(List.of("x", "w:0"), List.of("y"), Map.of()), "TensorFlow op names");
      bad.put(spec(List.of("x", "w"), List.of("y"), Map.of("v", w)), "must name program inputs");
      bad.put(spec(List.of("x", "w"), List.of("y"), Map.of("w", x)), "shape and dtype");
      bad.put(new ExportSpec(List.of("x", "w"), List.of("y"), vars, null), "spec.target must be");
      Files.writeString(tmp.resolve("file"), "x");
      bad.put(new ExportSpec(List.of("x", "w"), List.of("y"), vars, tmp), "non-empty");
      bad.put(
          new ExportSpec(List.of("x", "w"), List.of("y"), vars, tmp.resolve("file")),
          "got the file");
      java.util.List<String> withNull = new java.util.ArrayList<>(List.of("x"));
      withNull.add(null);
      IvyArgumentException nullName =
          assertThrows(
              IvyArgumentException.class,
              () -> new ExportSpec(withNull, List.of("y"), vars, tmp.resolve("model")));
      assertTrue(nullName.getMessage().startsWith("export: inputNames"), nullName.getMessage());
      for (Map.Entry<ExportSpec, String> c : bad.entrySet()) {
        IvyArgumentException e =
            assertThrows(
                IvyArgumentException.class, () -> g.export("tf", c.getKey()), c.getValue());
        assertTrue(e.getMessage().startsWith("export: "), e.getMessage());
        assertTrue(e.getMessage().contains(c.getValue()), e.getMessage());
      }
    }
  }

  private ExportSpec spec(List<String> in, List<String> out, Map<String, Array> vars) {
    return new ExportSpec(in, out, vars, tmp.resolve("model"));
  }

  /** Traces {@code fn} and exports it with inputs {@code firstVariable..} as variables. */
  private Path export(
      Function<List<Array>, Object> fn,
      List<Array> in,
      List<String> names,
      List<String> outputs,
      int firstVariable) {
    Map<String, Array> vars = new LinkedHashMap<>();
    for (int i = firstVariable; i < in.size(); i++) {
      vars.put(names.get(i), in.get(i));
    }
    Graph g = Tracer.trace(fn, in);
    Path r = g.export("tf", spec(names, outputs, vars)).path();
    assertEquals(tmp.resolve("model").toAbsolutePath().normalize(), r, "export returns the dir");
    return r;
  }

  private static void assertOutput(Array want, Tensor got, String what) {
    assertTrue(got != null, what + " missing from the child's outputs");
    assertArrayEquals(want.shape().dims(), got.dims, what + " shape");
    assertClose(want, got, what);
  }

  private static void assertClose(Array want, Tensor got, String what) {
    assertTrue(got != null, what + " missing from the child's output");
    Close.values(
        want.toDoubleArray(),
        Close.doubles(got.values),
        TOL,
        0,
        what + ": plain TensorFlow against Ivy eager (" + want.backendName() + ")");
  }

  /** A tensor printed by the child. */
  private record Tensor(long[] dims, float[] values) {}

  /** What the child printed. */
  private static final class ChildRun {
    final List<String> lines;
    final Map<String, Tensor> outputs = new HashMap<>();
    final Map<String, Tensor> outputsAfter = new HashMap<>();
    final Map<String, Tensor> values = new HashMap<>();
    final Map<String, Tensor> assigned = new HashMap<>();

    ChildRun(List<String> lines) {
      this.lines = lines;
      for (String l : lines) {
        String[] f = l.split(" ");
        switch (f[0]) {
          case "OUTPUT" -> outputs.put(f[1], tensor(f, 2));
          case "OUTPUT_AFTER" -> outputsAfter.put(f[1], tensor(f, 2));
          case "VALUE" -> values.put(f[1], tensor(f, -1));
          case "ASSIGNED" -> assigned.put(f[1], tensor(f, -1));
          default -> {}
        }
      }
    }

    private static Tensor tensor(String[] f, int dimsAt) {
      long[] dims = new long[0];
      if (dimsAt >= 0) {
        String d = f[dimsAt].substring(1, f[dimsAt].length() - 1);
        dims =
            d.isEmpty()
                ? new long[0]
                : Stream.of(d.split(",")).mapToLong(Long::parseLong).toArray();
      }
      int start = dimsAt >= 0 ? dimsAt + 1 : 2;
      float[] v = new float[f.length - start];
      for (int i = 0; i < v.length; i++) {
        v[i] = Float.parseFloat(f[start + i]);
      }
      return new Tensor(dims, v);
    }

    List<String> all(String tag) {
      return lines.stream()
          .filter(l -> l.startsWith(tag + " "))
          .map(l -> l.substring(tag.length() + 1))
          .toList();
    }

    String single(String tag) {
      List<String> a = all(tag);
      assertEquals(1, a.size(), "one " + tag + " line in:\n" + String.join("\n", lines));
      return a.get(0);
    }
  }

  /**
   * Runs {@link SavedModelRunMain} in a child JVM whose class path is TensorFlow Java's jars
   * (tensorflow, ndarray, protobuf, javacpp) and a folder holding that one class.
   */
  private ChildRun runPlainTf(
      Path dir, List<Array> inputs, List<String> inputNames, Map<String, Array> assigns)
      throws Exception {
    return runPlainTf(dir, inputs, inputNames, assigns, Float.NaN);
  }

  private ChildRun runPlainTf(
      Path dir, List<Array> inputs, List<String> inputNames, Map<String, Array> assigns, float lr)
      throws Exception {
    StringBuilder req = new StringBuilder();
    if (!Float.isNaN(lr)) {
      req.append("train ").append(lr).append('\n');
    }
    for (int i = 0; i < inputs.size(); i++) {
      req.append(line("input", inputNames.get(i), inputs.get(i)));
    }
    for (Map.Entry<String, Array> a : assigns.entrySet()) {
      req.append(line("assign", a.getKey(), a.getValue()));
    }
    Path reqFile = tmp.resolve("request.txt");
    Files.writeString(reqFile, req.toString());
    Path classes = tmp.resolve("child-classes");
    String rel = SavedModelRunMain.class.getName().replace('.', '/') + ".class";
    Path cls = classes.resolve(rel);
    Files.createDirectories(cls.getParent());
    try (var stream = SavedModelRunMain.class.getClassLoader().getResourceAsStream(rel)) {
      Files.copy(stream, cls);
    }
    List<String> cp = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String p = e.replace('\\', '/');
      if (p.contains("/org/tensorflow/")
          || p.contains("/com/google/protobuf/")
          || p.contains("/org/bytedeco/javacpp/")) {
        cp.add(e);
      }
    }
    cp.add(classes.toString());
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Path out = tmp.resolve("child.out");
    Path err = tmp.resolve("child.err");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                String.join(File.pathSeparator, cp),
                SavedModelRunMain.class.getName(),
                dir.toString(),
                reqFile.toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(p.waitFor(240, TimeUnit.SECONDS), "child JVM finished in time");
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "child exit code; stderr:\n" + stderr);
    return new ChildRun(Files.readString(out, StandardCharsets.UTF_8).lines().toList());
  }

  private static String line(String kind, String name, Array a) {
    StringBuilder b = new StringBuilder(kind).append(' ').append(name).append(' ');
    long[] dims = a.shape().dims();
    if (dims.length == 0) {
      b.append('-');
    } else {
      for (int i = 0; i < dims.length; i++) {
        b.append(i > 0 ? "," : "").append(dims[i]);
      }
    }
    for (float v : a.toFloatArray()) {
      b.append(' ').append(v);
    }
    return b.append('\n').toString();
  }
}
