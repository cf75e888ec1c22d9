package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ivy.backend.BackendRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** docs/onnx-backends.md is what {@link OnnxBackendsDoc} generates from the node tests now. */
class OnnxBackendsDocTest {
  @Test
  void onnxBackendsDoc_isCurrent() throws Exception {
    Path node = OracleFiles.conformanceDir().resolve("onnx-backend-tests").resolve("node");
    Assumptions.assumeTrue(Files.isDirectory(node), "no ONNX node tests at " + node);
    assertEquals(
        OnnxBackendsDoc.render(node, BackendRegistry.available()),
        Files.readString(DocExamplesTest.root().resolve("docs/onnx-backends.md")),
        "docs/onnx-backends.md is stale: run bin/ivy onnx-backends --out docs/onnx-backends.md");
  }
}
