package dev.ivy.cli;

import dev.ivy.Array;
import dev.ivy.Ivy;
import java.io.PrintStream;

/** The seed's examples, run through the core API on the three backends. */
final class Demo {
  private Demo() {}

  static void run(PrintStream out) {
    out.println(
        "Ivy for the JVM: the seed's examples (default backend: "
            + Ivy.currentBackend().name()
            + ")");
    try (var b = Ivy.withBackend("nd4j")) {
      Array x = Ivy.array(new long[] {0, 1, 2}, 3);
      out.println("one_hot([0, 1, 2], 3) on nd4j:");
      out.println("  " + Ivy.oneHot(x, 3));
    }
    try (var b = Ivy.withBackend("torch")) {
      Array x = Ivy.array(new float[] {0, 1, 2}, 1, 3);
      out.println("cumprod([[0, 1, 2]], axis=-1, exclusive=false, reverse=true) on torch:");
      out.println("  " + Ivy.cumprod(x, -1, false, true));
    }
    try (var b = Ivy.withBackend("tf")) {
      Array x = Ivy.array(new float[] {-2, -0.5f, 0, 0.5f, 2}, 5);
      out.println("clip([-2, -0.5, 0, 0.5, 2], -1, 1) on tf:");
      out.println("  " + Ivy.clip(x, -1, 1));
    }
  }
}
