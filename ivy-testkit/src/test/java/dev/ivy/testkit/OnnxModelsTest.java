package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.onnx.OnnxModel;
import dev.ivy.trace.Graph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every reference model of {@code conformance/models} (NAME.json beside NAME.onnx) on every
 * backend, eagerly and as a traced graph, and compares with PyTorch's outputs within the file's
 * tolerances. A model added to the folder is tested with no code change.
 */
class OnnxModelsTest {
  static List<Path> referenceFiles() throws IOException {
    Path dir = OracleFiles.conformanceDir().resolve("models");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> referenceModels_onEveryBackend_matchPyTorch() throws IOException {
    List<Path> files = referenceFiles();
    assertFalse(files.isEmpty(), "no reference models in conformance/models");
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      for (Path f : files) {
        String name = f.getFileName().toString().replace(".json", "");
        tests.add(
            DynamicTest.dynamicTest(name + "[" + backend + ", eager]", () -> eager(f, backend)));
        tests.add(
            DynamicTest.dynamicTest(name + "[" + backend + ", traced]", () -> traced(f, backend)));
      }
    }
    return tests.stream();
  }

  private static void eager(Path f, String backend) {
    OnnxReference ref = OnnxReference.read(f);
    OnnxModel m = OnnxModel.load(ref.model());
    try (var s = Ivy.scope()) {
      Map<String, Array> in = ref.inputs(m, backend);
      List<Array> out = new ArrayList<>(m.run(in).values());
      for (Array a : out) {
        assertEquals(backend, a.backendName(), "outputs stay on the inputs' backend");
      }
      List<String> bad = ref.compare(out);
      assertTrue(bad.isEmpty(), f.getFileName() + " on " + backend + ": " + bad);
    }
  }

  private static void traced(Path f, String backend) {
    OnnxReference ref = OnnxReference.read(f);
    OnnxModel m = OnnxModel.load(ref.model());
    try (var s = Ivy.scope();
        var b = Ivy.withBackend(backend)) {
      Map<String, Array> in = ref.inputs(m, backend);
      Graph g = m.toGraph(in.values().toArray(new Array[0]));
      List<String> bad = ref.compare(g.run(in.values().toArray(new Array[0])));
      assertTrue(bad.isEmpty(), f.getFileName() + " traced on " + backend + ": " + bad);
    }
  }

  @TestFactory
  Stream<DynamicTest> ivyImportOnnx_givesAGraphMatchingPyTorch() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      Path f = OracleFiles.conformanceDir().resolve("models/mlp.json");
      tests.add(
          DynamicTest.dynamicTest(
              "Ivy.importOnnx(mlp)[" + backend + "]",
              () -> {
                OnnxReference ref = OnnxReference.read(f);
                try (var s = Ivy.scope();
                    var b = Ivy.withBackend(backend)) {
                  Map<String, Array> in = ref.inputs(OnnxModel.load(ref.model()), backend);
                  dev.ivy.TracedFunction g =
                      Ivy.importOnnx(ref.model(), in.values().toArray(new Array[0]));
                  List<String> bad = ref.compare(g.run(in.values().toArray(new Array[0])));
                  assertTrue(bad.isEmpty(), bad.toString());
                }
              }));
    }
    return tests.stream();
  }
}
