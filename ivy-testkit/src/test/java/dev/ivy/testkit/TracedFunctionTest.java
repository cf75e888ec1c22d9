package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Exported;
import dev.ivy.Ivy;
import dev.ivy.TracedFunction;
import dev.ivy.backend.ExportSpec;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.nn.Linear;
import dev.ivy.nn.Module;
import dev.ivy.nn.ReLU;
import dev.ivy.nn.Sequential;
import dev.ivy.nn.TracedModule;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.ndarray.buffer.FloatDataBuffer;
import org.tensorflow.types.TFloat32;

/**
 * One graph type whatever the entry point: a graph from {@code Ivy.traceGraph}, {@code
 * Tracer.trace}, {@code Module.traceGraph(x).graph()} and {@code Ivy.importOnnx} is printed,
 * optimized, saved and loaded, run, compiled for another backend and exported to a SavedModel and a
 * SameDiff with default names, with no cast; the exported objects run in their own framework and
 * agree with Ivy's eager result.
 */
class TracedFunctionTest {
  private static final double TOL = 1e-5;

  @TempDir Path tmp;

  /** A way to get the graph of x [2, 3] -> relu(x W + b), with its inputs and eager result. */
  record Entry(String name, Function<Path, Traced> make) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A traced graph with the inputs it takes and what it must return. */
  record Traced(TracedFunction graph, List<Array> inputs, Array expected) {}

  private static Array x(long batch) {
    float[] d = new float[(int) batch * 3];
    for (int i = 0; i < d.length; i++) {
      d[i] = (i % 5) - 1.5f;
    }
    return Ivy.array(d, batch, 3);
  }

  private static final float[] W = {0.5f, -1, 1, 0.25f, -0.5f, 2};
  private static final float[] B = {0.1f, -0.2f};

  private static Array dense(Array x, Array w, Array b) {
    return Ivy.relu(Ivy.add(Ivy.matmul(x, w), b));
  }

  static Stream<Entry> entries() {
    return Stream.of(
        new Entry(
            "Ivy.traceGraph",
            dir -> {
              Array w = Ivy.array(W, 3, 2);
              Array b = Ivy.array(B, 2);
              TracedFunction g = Ivy.traceGraph(in -> dense(in.get(0), w, b), x(2));
              return new Traced(g, List.of(x(2)), dense(x(2), w, b));
            }),
        new Entry(
            "Tracer.trace",
            dir -> {
              Array w = Ivy.array(W, 3, 2);
              Array b = Ivy.array(B, 2);
              Graph g = Tracer.trace(a -> dense(a, w, b), x(2));
              return new Traced(g, List.of(x(2)), dense(x(2), w, b));
            }),
        new Entry(
            "Module.traceGraph",
            dir -> {
              Module m = new Sequential(new Linear(3, 2), new ReLU());
              TracedFunction g = m.traceGraph(x(2)).graph();
              List<Array> in = new ArrayList<>(List.of(x(2)));
              in.addAll(m.v().arrays());
              return new Traced(g, in, m.call(x(2)));
            }),
        new Entry(
            "Ivy.importOnnx",
            dir -> {
              Array w = Ivy.array(W, 3, 2);
              Array b = Ivy.array(B, 2);
              TracedFunction src =
                  Ivy.traceGraph(in -> dense(in.get(0), in.get(1), in.get(2)), x(2), w, b);
              ExportSpec d = src.exportSpec(dir.resolve("dense.onnx"));
              Map<String, Array> weights = Map.of("input_1", w, "input_2", b);
              Path file =
                  src.export(
                          "onnx",
                          new ExportSpec(d.inputNames(), d.outputNames(), weights, d.target()))
                      .path();
              TracedFunction g = Ivy.importOnnx(file, x(2));
              return new Traced(g, List.of(x(2)), dense(x(2), w, b));
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void everyEntryPoint_printOptimizeSaveLoadRunCompileExport_noCast(Entry entry) throws Exception {
    try (var bk = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      Traced t = entry.make().apply(tmp);
      TracedFunction g = t.graph();
      Array[] in = t.inputs().toArray(new Array[0]);

      assertTrue(g.toString().startsWith("graph("), g.toString());
      assertTrue(g.toDot().contains("digraph"), g.toDot());
      TracedFunction opt = g.optimize();
      Path file = tmp.resolve("graph.ivy");
      opt.save(file);
      TracedFunction loaded = Ivy.loadGraph(file);
      assertEquals(opt.toString(), loaded.toString(), entry + ": the loaded graph prints the same");
      Close.arrays(t.expected(), loaded.run(in).get(0), TOL, TOL, entry + " loaded, run");
      assertEquals(loaded.toString(), loaded.atBatch(2).toString(), "atBatch(traced size)");

      List<Array> onTf = new ArrayList<>();
      for (Array a : in) {
        onTf.add(Ivy.toBackend(a, "tf"));
      }
      try (TracedFunction.Prepared p = loaded.toBackend("tf")) {
        Array y = p.run(onTf.toArray(new Array[0])).get(0);
        assertEquals("tf", y.backendName());
        Close.arrays(t.expected(), y, TOL, TOL, entry + " compiled for tf");
      }

      Exported saved = loaded.export("tf", tmp.resolve("saved"));
      List<String> names = saved.spec().inputNames();
      assertEquals("input_0", names.get(0));
      assertEquals(List.of("output_0"), saved.spec().outputNames());
      float[] got = runSavedModel(saved.path(), names, t.inputs(), "output_0");
      Close.values(
          t.expected().toDoubleArray(), Ivy.array(got, 2, 2), TOL, TOL, entry + " SavedModel");
      IvyArgumentException wrong =
          assertThrows(IvyArgumentException.class, () -> saved.as(SameDiff.class));
      assertTrue(wrong.getMessage().contains("SameDiff"), wrong.getMessage());

      SameDiff sd = loaded.export("nd4j").as(SameDiff.class);
      Map<String, INDArray> feeds = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        Array a = t.inputs().get(i);
        feeds.put(names.get(i), Nd4j.create(a.toFloatArray(), a.shape().dims()));
      }
      INDArray out = sd.output(feeds, "output_0").get("output_0");
      float[] sdOut = out.dup('c').reshape(out.length()).toFloatVector();
      Close.values(
          t.expected().toDoubleArray(), Ivy.array(sdOut, 2, 2), TOL, TOL, entry + " SameDiff");
    }
  }

  @Test
  void tracedModule_export_namesVariablesAfterTheirPathsAndRunsInPlainTf() throws Exception {
    try (var bk = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      Module m = new Sequential(new Linear(3, 2), new ReLU());
      TracedModule t = m.traceGraph(x(2));
      Exported e = t.export("tf", tmp.resolve("module"));
      List<String> paths = m.v().paths();
      List<String> want = new ArrayList<>(List.of("input_0"));
      want.addAll(ExportSpec.safeNames(paths));
      assertEquals(want, e.spec().inputNames());
      assertEquals(ExportSpec.safeNames(paths), List.copyOf(e.spec().variables().keySet()));
      float[] got = runSavedModel(e.path(), List.of("input_0"), List.of(x(2)), "output_0");
      Close.values(
          m.call(x(2)).toDoubleArray(), Ivy.array(got, 2, 2), TOL, TOL, "module SavedModel");
      SameDiff sd = t.export("nd4j").as(SameDiff.class);
      for (String v : ExportSpec.safeNames(paths)) {
        assertTrue(sd.hasVariable(v), "SameDiff variable " + v);
      }
    }
  }

  @Test
  void tfExport_torchParameterNames_areVariableNames() throws Exception {
    try (var bk = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      Array w = Ivy.array(W, 3, 2);
      Array b = Ivy.array(B, 2);
      TracedFunction g = Ivy.traceGraph(in -> dense(in.get(0), in.get(1), in.get(2)), x(2), w, b);
      ExportSpec spec =
          new ExportSpec(
              List.of("x", "fc1.weight", "fc1.bias"),
              List.of("y"),
              Map.of("fc1.weight", w, "fc1.bias", b),
              tmp.resolve("torch-names"));
      Path dir = g.export("tf", spec).path();
      float[] got = runSavedModel(dir, List.of("x"), List.of(x(2)), "y");
      Close.values(
          dense(x(2), w, b).toDoubleArray(), Ivy.array(got, 2, 2), TOL, TOL, "fc1.* names");
    }
  }

  @Test
  void tfExport_batchPolymorphicGraph_signatureKeepsTheBatchAndRunsAtOthers() throws Exception {
    try (var bk = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      Array w = Ivy.array(W, 3, 2);
      Array b = Ivy.array(B, 2);
      Function<Array, Array> f =
          x -> {
            Array flat = Ivy.reshape(Ivy.add(Ivy.matmul(x, w), b), new long[] {-1});
            // a reshape through the batch, and a mean whose count is 2 * batch
            return Ivy.relu(Ivy.reshape(Ivy.subtract(flat, Ivy.mean(flat)), new long[] {-1, 2}));
          };
      TracedFunction g =
          Ivy.traceGraph(in -> f.apply(in.get(0)), dev.ivy.TraceOptions.polymorphicBatch(), x(2));
      Path dir = g.export("tf", tmp.resolve("poly")).path();
      for (long batch : new long[] {1, 2, 3}) {
        float[] got = runSavedModel(dir, List.of("input_0"), List.of(x(batch)), "output_0");
        Close.values(
            f.apply(x(batch)).toDoubleArray(),
            Ivy.array(got, batch, 2),
            TOL,
            TOL,
            "SavedModel at batch " + batch);
      }
    }
  }

  @Test
  void safeName_makesTensorFlowOpNames() {
    assertEquals("fc1.weight", ExportSpec.safeName("fc1.weight"));
    assertEquals("fc1/weight", ExportSpec.safeName("fc1/weight"));
    assertEquals("linear/weight", ExportSpec.safeName("_linear/weight"));
    assertEquals("conv_1_w", ExportSpec.safeName("conv 1:w"));
    assertEquals("a/b", ExportSpec.safeName("a//b/"));
    assertEquals("v", ExportSpec.safeName("__"));
    assertEquals(List.of("w", "w_1", "w_2"), ExportSpec.safeNames(List.of("w", "w", "w")));
    for (String n : List.of("fc1.weight", "linear/weight", "conv_1_w", ".x", "a-b>c")) {
      assertTrue(n.matches("[A-Za-z0-9.][A-Za-z0-9_.\\\\/>-]*"), n);
    }
  }

  @Test
  void exportSpec_structuredArguments_namedAfterTheirPaths() {
    try (var bk = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      TracedFunction g =
          Ivy.traceGraphArgs(
              a -> {
                Map<?, ?> p = (Map<?, ?>) a.get(1);
                return Ivy.matmul((Array) a.get(0), (Array) p.get("w"));
              },
              x(2),
              Map.of("w", Ivy.array(W, 3, 2)));
      assertEquals(List.of("input_0", "input_1/w"), g.exportSpec(null).inputNames());
    }
  }

  private static float[] runSavedModel(Path dir, List<String> names, List<Array> in, String out) {
    List<TFloat32> tensors = new ArrayList<>();
    try (SavedModelBundle model = SavedModelBundle.load(dir.toString(), "serve")) {
      Map<String, Tensor> feeds = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        Array a = in.get(i);
        TFloat32 t =
            TFloat32.tensorOf(
                org.tensorflow.ndarray.Shape.of(a.shape().dims()),
                DataBuffers.of(a.toFloatArray()));
        tensors.add(t);
        feeds.put(names.get(i), t);
      }
      try (Result r = model.function("serving_default").call(feeds)) {
        TFloat32 y = (TFloat32) r.get(out).orElseThrow();
        float[] d = new float[(int) y.size()];
        FloatDataBuffer buf = DataBuffers.ofFloats(y.size());
        y.copyTo(buf);
        buf.read(d);
        return d;
      }
    } finally {
      tensors.forEach(Tensor::close);
    }
  }
}
