package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One million {@code Ivy.add} calls on [16] float32 arrays, in scopes, must grow the process's
 * resident memory by less than 50 MB; the figure is printed for the record.
 */
@Tag("memory")
class NativeMemoryTest {
  private static final int CALLS = 1_000_000;
  private static final int PER_SCOPE = 1_000;

  static List<String> backends() {
    return Backends.underTest();
  }

  @ParameterizedTest
  @MethodSource("backends")
  void millionAdds_inScopes_growResidentMemoryUnder50MB(String backend) throws IOException {
    try (var b = Ivy.withBackend(backend)) {
      Array x = Ivy.array(new float[16], 16);
      Array y = Ivy.array(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 16);
      loop(x, y, 50_000); // warm up: allocator pools, JIT, lazily loaded kernels
      System.gc();
      long before = rssKb();
      loop(x, y, CALLS);
      System.gc();
      long after = rssKb();
      double growthMb = (after - before) / 1024.0;
      System.out.printf("native memory [%s]: %d Ivy.add calls on float32[16] grew RSS by %.1f MB (%d -> %d kB)%n",
          backend, CALLS, growthMb, before, after);
      assertTrue(growthMb < 50, backend + ": RSS grew by " + growthMb + " MB over " + CALLS + " adds");
    }
  }

  private static void loop(Array x, Array y, int n) {
    for (int i = 0; i < n; i += PER_SCOPE) {
      try (Scope s = Ivy.scope()) {
        for (int j = 0; j < PER_SCOPE; j++) {
          Ivy.add(x, y);
        }
      }
    }
  }

  private static long rssKb() throws IOException {
    for (String l : Files.readAllLines(Paths.get("/proc/self/status"))) {
      if (l.startsWith("VmRSS:")) {
        return Long.parseLong(l.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("VmRSS not found");
  }
}
