package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loads the three backends in one fresh JVM in each of the six orders and checks that each computes
 * the same result and that nothing but the results reaches stdout.
 */
class LoadOrderTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "nd4j,torch,tf",
        "nd4j,tf,torch",
        "torch,nd4j,tf",
        "torch,tf,nd4j",
        "tf,nd4j,torch",
        "tf,torch,nd4j"
      })
  void threeBackends_inThisOrder_loadAndAgree(String order) throws Exception {
    Assumptions.assumeTrue(Backends.underTest().size() == 3, "needs all three backends");
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-Dai.djl.offline=true",
                "-cp",
                System.getProperty("java.class.path"),
                LoadOrderMain.class.getName()));
    cmd.addAll(List.of(order.split(",")));
    Path out = Files.createTempFile("ivy-load-order", ".out");
    Path err = Files.createTempFile("ivy-load-order", ".err");
    try {
      Process p =
          new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertTrue(p.waitFor(240, TimeUnit.SECONDS), "child JVM finished in time");
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), "exit code; stderr:\n" + stderr);
      List<String> lines = stdout.lines().toList();
      assertEquals(3, lines.size(), "stdout holds only the three result lines:\n" + stdout);
      String first = null;
      for (String l : lines) {
        assertTrue(l.startsWith("RESULT "), "unexpected stdout line: " + l);
        String values = l.substring(l.indexOf('['));
        if (first == null) {
          first = values;
        }
        assertEquals(first, values, "every backend gives the same values");
      }
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
