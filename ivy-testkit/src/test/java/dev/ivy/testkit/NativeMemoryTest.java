package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.NativeMemory;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Native memory stays flat in long loops: one million {@code Ivy.add} calls on [16] float32 arrays
 * in scopes, runs of a traced graph, the training loop docs/optimizers.md recommends, and adds
 * whose results are dropped with no scope open; the figures are printed for the record. Also the
 * count {@link NativeMemory} keeps of unscoped arrays, in this JVM.
 *
 * <p>Each loop runs in a fresh JVM whose heap is fixed and touched up front ({@code -Xms256m
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

  /**
   * The training loop docs/optimizers.md recommends (a 512-512-512 MLP, Adam, a scope per step and
   * nothing kept) frees what each step replaces at once: the unscoped native bytes do not grow from
   * the warm-up to the end, and resident memory grows by less than 64 MB over the steps.
   */
  @ParameterizedTest
  @MethodSource(BACKENDS)
  void documentedTrainingLoop_staysFlat(String backend) throws Exception {
    int steps = 300;
    Child c = child(backend, steps, "train");
    System.out.printf(
        "native memory [%s]: %d Adam steps of a 512-512-512 MLP, RSS %.1f -> %.1f MB (%+.1f MB),"
            + " unscoped %.1f -> %.1f MB%n",
        backend,
        steps,
        c.rssBeforeMb(),
        c.rssAfterMb(),
        c.growthMb(),
        c.unscopedBefore() / 1048576.0,
        c.unscopedAfter() / 1048576.0);
    assertTrue(
        c.unscopedAfter() <= c.unscopedBefore(),
        backend
            + ": the variables and optimizer state a step replaces are freed by the step; unscoped"
            + " bytes grew from "
            + c.unscopedBefore()
            + " to "
            + c.unscopedAfter());
    assertTrue(
        c.growthMb() < 64,
        backend + ": RSS grew by " + c.growthMb() + " MB over " + steps + " training steps");
  }

  /**
   * Adds whose results are dropped with no scope open stay bounded: with the unscoped bound at 32
   * MB, the count stays under twice that (the garbage collector's findings are freed a little after
   * it returns), and resident memory grows by less than 128 MB over 300,000 adds.
   */
  @ParameterizedTest
  @MethodSource(BACKENDS)
  void unscopedAdds_collectedUnderPressure_stayBounded(String backend) throws Exception {
    int calls = 300_000;
    Child c = child(backend, calls, "unscoped", "-Divy.maxUnscopedBytes=32m");
    System.out.printf(
        "native memory [%s]: %,d unscoped Ivy.add calls, RSS %.1f -> %.1f MB (%+.1f MB), unscoped"
            + " peak %.1f MB%n",
        backend,
        calls,
        c.rssBeforeMb(),
        c.rssAfterMb(),
        c.growthMb(),
        c.unscopedPeak() / 1048576.0);
    assertTrue(
        c.unscopedPeak() <= 2 * (32L << 20),
        backend + ": the unscoped count passed twice its bound: " + c.unscopedPeak() + " bytes");
    assertTrue(
        c.growthMb() < 128,
        backend + ": RSS grew by " + c.growthMb() + " MB over " + calls + " unscoped adds");
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void unscopedArray_countedUntilClosed_scopedNotCounted(String backend) {
    try (var b = Ivy.withBackend(backend)) {
      Array x = Ivy.ones(Shape.of(1000), DType.FLOAT32);
      NativeMemory.collect();
      long before = NativeMemory.unscopedBytes();
      Array y = Ivy.add(x, x);
      long expected = 4000 + x.backend().arrayOverheadBytes();
      assertEquals(before + expected, NativeMemory.unscopedBytes(), "an unscoped array counts");
      y.close();
      assertEquals(before, NativeMemory.unscopedBytes(), "closing it takes its bytes back");
      Array kept;
      try (Scope s = Ivy.scope()) {
        Ivy.add(x, x);
        assertEquals(before, NativeMemory.unscopedBytes(), "a scoped array does not count");
        kept = s.keep(Ivy.add(x, x));
      }
      assertEquals(
          before + expected, NativeMemory.unscopedBytes(), "kept past the last scope, it counts");
      kept = null;
      NativeMemory.collect();
      assertEquals(before, NativeMemory.unscopedBytes(), "found unreachable, it is freed");
      x.close();
    }
  }

  @Test
  void setMaxUnscopedBytes_rejectsNonPositive() {
    IvyArgumentException e =
        assertThrows(IvyArgumentException.class, () -> NativeMemory.setMaxUnscopedBytes(0));
    assertEquals("NativeMemory.setMaxUnscopedBytes: bytes must be > 0; got 0", e.getMessage());
  }

  /** What a child JVM measured. */
  private record Child(
      long rssBeforeKb,
      long rssAfterKb,
      long unscopedBefore,
      long unscopedAfter,
      long unscopedPeak) {
    double rssBeforeMb() {
      return rssBeforeKb / 1024.0;
    }

    double rssAfterMb() {
      return rssAfterKb / 1024.0;
    }

    double growthMb() {
      return (rssAfterKb - rssBeforeKb) / 1024.0;
    }
  }

  /** Runs {@link NativeMemoryMain} in a child JVM and returns its resident memory growth. */
  private static double childGrowthMb(String backend, int calls, String mode) throws Exception {
    return child(backend, calls, mode).growthMb();
  }

  /** Runs {@link NativeMemoryMain} in a child JVM and returns what it measured. */
  private static Child child(String backend, int calls, String mode, String... jvmArgs)
      throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Path out = Files.createTempFile("ivy-mem", ".out");
    Path err = Files.createTempFile("ivy-mem", ".err");
    try {
      List<String> cmd = new ArrayList<>();
      cmd.addAll(List.of(java.toString(), "-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch"));
      cmd.addAll(List.of(jvmArgs));
      cmd.addAll(
          List.of(
              "-Dai.djl.offline=true",
              "-cp",
              System.getProperty("java.class.path"),
              NativeMemoryMain.class.getName(),
              backend,
              Integer.toString(calls),
              mode));
      Process p =
          new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertTrue(p.waitFor(300, TimeUnit.SECONDS), "child JVM finished in time");
      assertEquals(
          0, p.exitValue(), "exit code; stderr:\n" + Files.readString(err, StandardCharsets.UTF_8));
      String[] lines = Files.readString(out, StandardCharsets.UTF_8).trim().split("\n");
      String[] rss = lines[0].trim().split(" ");
      String[] unscoped = lines[1].trim().split(" ");
      assertEquals("RSS_KB", rss[0], "child output");
      assertEquals("UNSCOPED_BYTES", unscoped[0], "child output");
      return new Child(
          Long.parseLong(rss[1]),
          Long.parseLong(rss[2]),
          Long.parseLong(unscoped[1]),
          Long.parseLong(unscoped[2]),
          Long.parseLong(unscoped[3]));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
