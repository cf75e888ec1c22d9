package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.TraceOptions;
import dev.ivy.TracedFunction;
import dev.ivy.onnx.OnnxModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the real models ({@code NAME.onnx} beside {@code NAME.json} in the folder of {@code
 * -Divy.realmodels}, {@code IVY_REALMODELS}, else {@code ../realmodels}; skipped without it) with
 * {@code Ivy.importOnnx} and compares with PyTorch's outputs. A model whose inputs declare a
 * symbolic batch dimension imports batch-polymorphic (then it gives, at twice the batch, the inputs
 * repeated, the reference outputs for each half) or, where its operations do not keep the batch
 * symbolic, at the example shapes (then a run at another batch says so).
 */
class RealModelsImportTest {
  static Path modelsDir() {
    String p = System.getProperty("ivy.realmodels");
    if (p == null || p.isEmpty()) {
      p = System.getenv("IVY_REALMODELS");
    }
    return p == null || p.isEmpty()
        ? OracleFiles.conformanceDir().getParent().resolveSibling("realmodels")
        : Path.of(p).toAbsolutePath();
  }

  @TempDir static Path tmp;

  @TestFactory
  Stream<DynamicTest> importOnnx_realModels_matchPyTorchAtTheirBatchAndTwice() throws IOException {
    Path dir = modelsDir();
    Assumptions.assumeTrue(Files.isDirectory(dir), "no real models in " + dir);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString().replace(".json", "") + "[nd4j]", () -> check(f)));
  }

  private static void check(Path json) {
    OnnxReference ref = OnnxReference.read(json);
    OnnxModel m = OnnxModel.load(ref.model());
    try (var b = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      Array[] in = ref.inputs(m, "nd4j").values().toArray(new Array[0]);
      TracedFunction g = Ivy.importOnnx(ref.model(), in);
      List<String> bad = ref.compare(g.run(in));
      assertTrue(bad.isEmpty(), json.getFileName() + ": " + bad);
      TraceOptions implied = m.impliedOptions();
      if (!implied.isPolymorphicBatch()) {
        assertFalse(g.isBatchPolymorphic(), json.getFileName() + " declares " + m.inputs());
        return;
      }
      Array[] twice = new Array[in.length];
      for (int i = 0; i < in.length; i++) {
        twice[i] = implied.isBatched(i) ? Ivy.concat(List.of(in[i], in[i]), 0) : in[i];
      }
      assertTrue(g.isBatchPolymorphic(), json.getFileName() + " declares " + m.inputs());
      checkHalves(ref, g.run(twice), json.getFileName() + " at twice the batch");
      // exported to ONNX again, the batch stays symbolic: the model runs at twice the batch
      Path file = tmp.resolve(json.getFileName().toString().replace(".json", ".onnx"));
      Path exported = g.export("onnx", file).path();
      OnnxModel back = OnnxModel.load(exported);
      assertTrue(back.impliedOptions().isPolymorphicBatch(), "re-exported " + back.inputs());
      TracedFunction h = Ivy.importOnnx(exported, in);
      checkHalves(ref, h.run(twice), json.getFileName() + " exported, at twice the batch");
      if (in.length == 1 && in[0].dtype() == dev.ivy.DType.FLOAT32) {
        // and as a SavedModel, run by TensorFlow alone at twice the batch
        Path dir;
        try {
          dir = g.export("tf", tmp.resolve(file.getFileName() + ".savedmodel")).path();
        } catch (dev.ivy.errors.BackendCapabilityException e) {
          Assumptions.abort("not exportable to a SavedModel: " + e.getMessage());
          return;
        }
        checkHalves(ref, runSavedModel(dir, twice[0]), json.getFileName() + " SavedModel, twice");
      }
    }
  }

  private static List<Array> runSavedModel(Path dir, Array x) {
    try (org.tensorflow.SavedModelBundle model =
            org.tensorflow.SavedModelBundle.load(dir.toString(), "serve");
        org.tensorflow.types.TFloat32 t =
            org.tensorflow.types.TFloat32.tensorOf(
                org.tensorflow.ndarray.Shape.of(x.shape().dims()),
                org.tensorflow.ndarray.buffer.DataBuffers.of(x.toFloatArray()));
        org.tensorflow.Result r =
            model
                .function("serving_default")
                .call(java.util.Map.<String, org.tensorflow.Tensor>of("input_0", t))) {
      List<Array> out = new ArrayList<>();
      for (int i = 0; r.get("output_" + i).isPresent(); i++) {
        org.tensorflow.types.TFloat32 y =
            (org.tensorflow.types.TFloat32) r.get("output_" + i).get();
        float[] d = new float[(int) y.size()];
        org.tensorflow.ndarray.buffer.FloatDataBuffer buf =
            org.tensorflow.ndarray.buffer.DataBuffers.ofFloats(y.size());
        y.copyTo(buf);
        buf.read(d);
        out.add(Ivy.array(d, y.shape().asArray()));
      }
      return out;
    }
  }

  private static void checkHalves(OnnxReference ref, List<Array> out, String what) {
    for (int half = 0; half < 2; half++) {
      List<Array> part = new ArrayList<>();
      for (Array o : out) {
        part.add(Ivy.split(o, 2, 0, false).get(half));
      }
      List<String> bad = ref.compare(part);
      assertTrue(bad.isEmpty(), what + ": " + bad);
    }
  }
}
