package dev.ivy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ImportOnnx on the reference MLP: every backend runs it and they agree. */
class ImportOnnxTest {
  private static final Path DATA = Path.of(System.getProperty("ivy.conformance", "../conformance"));

  @Test
  void run_mlpOnnx_givesTheSameLogProbabilitiesOnEveryBackend() throws Exception {
    String model = DATA.resolve("models/mlp.onnx").toString();
    var r = Captured.run(out -> ImportOnnx.run(new String[] {model, "20"}, out));
    assertEquals("", r.err());
    Map<String, float[]> outputs = r.result();
    assertEquals(List.of("nd4j", "torch", "tf"), List.copyOf(outputs.keySet()));
    float[] nd4j = outputs.get("nd4j");
    assertEquals(4 * 5, nd4j.length);
    for (int row = 0; row < 4; row++) {
      // log-probabilities: each row's probabilities sum to 1
      double sum = 0;
      for (int j = 0; j < 5; j++) {
        sum += Math.exp(nd4j[row * 5 + j]);
      }
      assertEquals(1.0, sum, 1e-5);
    }
    for (String backend : List.of("torch", "tf")) {
      assertTrue(ImportOnnx.maxAbsDiff(outputs.get(backend), nd4j) < 1e-5, backend);
    }
    assertTrue(r.out().contains("log_softmax"), r.out());
    assertTrue(r.out().contains("tf (compiled: true): Array(float32[4, 5], tf)"), r.out());
    assertTrue(r.out().contains("max |tf - nd4j| = "), r.out());
  }
}
