package dev.ivy.cli;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.frontend.tf.TfFrontend;
import dev.ivy.frontend.torch.TorchFrontend;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The seed's examples: core functions on each backend, then framework code through the frontends on
 * another framework's backend, then one torch-style function on all three.
 */
final class Demo {
  private Demo() {}

  static void run(PrintStream out) {
    out.println(
        "Ivy for the JVM: the seed's examples (default backend: "
            + Ivy.currentBackend().name()
            + ")");
    out.println();
    out.println("Core functions:");
    try (var b = Ivy.withBackend("nd4j")) {
      Array x = Ivy.array(new long[] {0, 1, 2}, 3);
      out.println("  Ivy.oneHot([0, 1, 2], 3) on nd4j:");
      out.println("    " + Ivy.oneHot(x, 3));
    }
    try (var b = Ivy.withBackend("torch")) {
      Array x = Ivy.array(new float[] {0, 1, 2}, 1, 3);
      out.println("  Ivy.cumprod([[0, 1, 2]], axis=-1, exclusive=false, reverse=true) on torch:");
      out.println("    " + Ivy.cumprod(x, -1, false, true));
    }
    try (var b = Ivy.withBackend("tf")) {
      Array x = Ivy.array(new float[] {-2, -0.5f, 0, 0.5f, 2}, 5);
      out.println("  Ivy.clip([-2, -0.5, 0, 0.5, 2], -1, 1) on tf:");
      out.println("    " + Ivy.clip(x, -1, 1));
    }
    out.println();
    out.println("Frontends: framework code running on another framework:");
    try (var b = Ivy.withBackend("numpy")) {
      Array x = Ivy.array(new long[] {0, 1, 2}, 3);
      out.println("  TorchFrontend.nn.functional.oneHot(tensor([0, 1, 2]), 3) on nd4j:");
      out.println("    " + TorchFrontend.nn.functional.oneHot(x, 3));
    }
    try (var b = Ivy.withBackend("pytorch")) {
      Array x = Ivy.array(new float[] {0, 1, 2}, 1, 3);
      out.println(
          "  TfFrontend.math.cumprod([[0, 1, 2]], axis=-1, exclusive=false, reverse=true) on torch:");
      out.println("    " + TfFrontend.math.cumprod(x, -1, false, true));
    }
    out.println();
    out.println("TorchFrontend.clamp(x, -1, 1) on every backend:");
    float[] first = null;
    boolean same = true;
    for (String name : Ivy.availableBackends()) {
      try (var b = Ivy.withBackend(name)) {
        Array x = Ivy.array(new float[] {-2, -0.5f, 0, 0.5f, 2}, 5);
        Array y = TorchFrontend.clamp(x, -1, 1);
        out.println("  " + name + ": " + y);
        float[] v = y.toFloatArray();
        same &= first == null || Arrays.equals(first, v);
        first = first == null ? v : first;
      }
    }
    out.println("  identical on every backend: " + same);
  }
}
