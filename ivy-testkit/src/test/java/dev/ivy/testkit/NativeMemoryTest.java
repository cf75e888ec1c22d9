package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One million {@code Ivy.add} calls on [16] float32 arrays, in scopes, must grow the process's
 * resident memory by less than 50 MB on each backend; the figure is printed for the record.
 *
 * <p>Each backend runs in a fresh JVM whose heap is fixed and touched up front ({@code -Xms256m
 * -Xmx256m -XX:+AlwaysPreTouch}), so Java heap growth cannot hide or fake a native leak.
 */
class NativeMemoryTest {
  private static final int CALLS = 1_000_000;

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void millionAdds_inScopes_growResidentMemoryUnder50MB(String backend) throws Exception {
    double growthMb = childGrowthMb(backend, CALLS, "add");
    System.out.printf(
        "native memory [%s]: %,d Ivy.add calls on float32[16] in scopes grew RSS by %.1f MB%n",
        backend, CALLS, growthMb);
    assertTrue(
        growthMb < 50, backend + ": RSS grew by " + growthMb + " MB over " + CALLS + " adds");
  }

  /**
   * Runs of a traced graph (compiled on tf and nd4j: the plan frees its intermediates, the caller's
   * scope the outputs) do not grow native memory either.
   */
  @ParameterizedTest
  @MethodSource(BACKENDS)
  void graphRuns_inScopes_growResidentMemoryUnder50MB(String backend) throws Exception {
    int runs = CALLS / 4;
    double growthMb = childGrowthMb(backend, runs, "graph");
    System.out.printf(
        "native memory [%s]: %,d runs of a 3-op graph in scopes grew RSS by %.1f MB%n",
        backend, runs, growthMb);
    assertTrue(
        growthMb < 50, backend + ": RSS grew by " + growthMb + " MB over " + runs + " graph runs");
  }

  /** Runs {@link NativeMemoryMain} in a child JVM and returns its resident memory growth. */
  private static double childGrowthMb(String backend, int calls, String mode) throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Path out = Files.createTempFile("ivy-mem", ".out");
    Path err = Files.createTempFile("ivy-mem", ".err");
    try {
      Process p =
          new ProcessBuilder(
                  java.toString(),
                  "-Xms256m",
                  "-Xmx256m",
                  "-XX:+AlwaysPreTouch",
                  "-Dai.djl.offline=true",
                  "-cp",
                  System.getProperty("java.class.path"),
                  NativeMemoryMain.class.getName(),
                  backend,
                  Integer.toString(calls),
                  mode)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      assertTrue(p.waitFor(300, TimeUnit.SECONDS), "child JVM finished in time");
      assertEquals(
          0, p.exitValue(), "exit code; stderr:\n" + Files.readString(err, StandardCharsets.UTF_8));
      String[] f = Files.readString(out, StandardCharsets.UTF_8).trim().split(" ");
      assertEquals("RSS_KB", f[0], "child output");
      long before = Long.parseLong(f[1]);
      long after = Long.parseLong(f[2]);
      return (after - before) / 1024.0;
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
