package dev.ivy.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/onnx.md is what {@link OnnxDocs} generates from the registry now. */
class OnnxDocsTest {
  static Path root() {
    String p = System.getProperty("ivy.root");
    Path d = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("docs"))) {
      d = d.getParent();
    }
    return d;
  }

  @Test
  void onnxDoc_matchesTheRegistry() throws Exception {
    assertEquals(
        OnnxDocs.render(),
        Files.readString(root().resolve("docs/onnx.md")),
        "docs/onnx.md is stale: run bin/ivy onnx-docs --out docs/onnx.md");
  }

  @Test
  void registry_hasAtLeast120Operators() {
    assertTrue(OnnxOps.supported().size() >= 120, "only " + OnnxOps.supported().size());
    assertTrue(OnnxOps.isSupported("Conv", 14));
    assertTrue(OnnxOps.isSupported("Conv", 7));
    assertTrue(!OnnxOps.isSupported("Conv", 6));
    // below opset 7, only operators whose definition has not changed since
    assertTrue(OnnxOps.isSupported("Relu", 6));
    assertTrue(!OnnxOps.isSupported("Relu", 5));
    assertTrue(OnnxOps.isSupported("Softsign", 1));
    // an operator is supported from the opset that introduced it, and until one that removed it
    assertTrue(!OnnxOps.isSupported("LayerNormalization", 16));
    assertTrue(OnnxOps.isSupported("Upsample", 9));
    assertTrue(!OnnxOps.isSupported("Upsample", 10));
    assertTrue(!OnnxOps.isSupported("NoSuchOp", 14));
  }
}
