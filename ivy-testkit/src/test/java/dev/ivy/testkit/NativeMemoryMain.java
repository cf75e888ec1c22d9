package dev.ivy.testkit;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.trace.Executable;
import dev.ivy.trace.Tracer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * Child JVM of {@link NativeMemoryTest}: runs {@code args[1]} {@code Ivy.add} calls on [16] float32
 * arrays of backend {@code args[0]}, 1,000 per scope, after a warm-up, and prints the resident
 * memory before and after as {@code RSS_KB before after}. With {@code args[2]} {@code graph}, each
 * call is instead a run of a traced 3-op graph with a constant, {@code tanh(x * k + y)}, through
 * one {@code Executable} (the backend's compiled program where it has one).
 */
public final class NativeMemoryMain {
  private static final int PER_SCOPE = 1_000;

  private NativeMemoryMain() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    int calls = Integer.parseInt(args[1]);
    boolean graph = args.length > 2 && args[2].equals("graph");
    try (var b = Ivy.withBackend(args[0])) {
      Array x = Ivy.array(new float[16], 16);
      Array y = Ivy.array(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 16);
      Array k = Ivy.multiply(y, 0.5f);
      Runnable call;
      if (graph) {
        Executable e =
            Tracer.trace(a -> Ivy.tanh(Ivy.add(Ivy.multiply(a, k), y)), x).toBackend(args[0]);
        call = () -> e.run(x);
      } else {
        call = () -> Ivy.add(x, y);
      }
      loop(call, 100_000); // warm-up: allocator pools, JIT, lazily loaded kernels
      System.gc();
      long before = rssKb();
      loop(call, calls);
      System.gc();
      long after = rssKb();
      System.out.println("RSS_KB " + before + " " + after);
    }
  }

  private static void loop(Runnable call, int n) {
    for (int i = 0; i < n; i += PER_SCOPE) {
      try (Scope s = Ivy.scope()) {
        for (int j = 0; j < PER_SCOPE; j++) {
          call.run();
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
