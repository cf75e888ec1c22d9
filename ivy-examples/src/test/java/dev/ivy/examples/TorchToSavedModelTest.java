package dev.ivy.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TorchToSavedModel: the SavedModel, run by plain TensorFlow Java, gives the module's output. */
class TorchToSavedModelTest {
  @Test
  void run_writesASavedModelThatTensorFlowRunsToTheModulesOutput(@TempDir Path dir)
      throws Exception {
    Path target = dir.resolve("net");
    var r = Captured.run(out -> TorchToSavedModel.run(new String[] {target.toString()}, out));
    assertEquals("", r.err());
    TorchToSavedModel.Result result = r.result();
    assertTrue(Files.exists(result.savedModel().resolve("saved_model.pb")));
    assertTrue(Files.exists(result.savedModel().resolve("variables/variables.index")));
    assertEquals(2, result.tensorFlow().length);
    for (int i = 0; i < 2; i++) {
      assertArrayEquals(result.ivy()[i], result.tensorFlow()[i], 1e-6f, "row " + i);
      float sum = 0;
      for (float p : result.tensorFlow()[i]) {
        sum += p;
      }
      assertEquals(1f, sum, 1e-5f, "a softmax row");
    }
    assertTrue(
        r.out().contains("variables: [fc1/weight, fc1/bias, fc2/weight, fc2/bias]"), r.out());
    assertTrue(r.out().contains("signature: input_0 -> [output_0]"), r.out());
  }
}
