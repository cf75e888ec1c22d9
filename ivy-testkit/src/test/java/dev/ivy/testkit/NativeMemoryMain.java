package dev.ivy.testkit;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * Child JVM of {@link NativeMemoryTest}: runs {@code args[1]} {@code Ivy.add} calls on [16] float32
 * arrays of backend {@code args[0]}, 1,000 per scope, after a warm-up, and prints the resident
 * memory before and after as {@code RSS_KB before after}.
 */
public final class NativeMemoryMain {
  private static final int PER_SCOPE = 1_000;

  private NativeMemoryMain() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    int calls = Integer.parseInt(args[1]);
    try (var b = Ivy.withBackend(args[0])) {
      Array x = Ivy.array(new float[16], 16);
      Array y = Ivy.array(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 16);
      loop(x, y, 100_000); // warm-up: allocator pools, JIT, lazily loaded kernels
      System.gc();
      long before = rssKb();
      loop(x, y, calls);
      System.gc();
      long after = rssKb();
      System.out.println("RSS_KB " + before + " " + after);
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
