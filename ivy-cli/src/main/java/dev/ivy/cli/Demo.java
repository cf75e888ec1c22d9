package dev.ivy.cli;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.frontend.tf.TfFrontend;
import dev.ivy.frontend.torch.TorchFrontend;
import dev.ivy.nn.Module;
import dev.ivy.nn.TracedModule;
import dev.ivy.nn.Variables;
import dev.ivy.optim.Adam;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * The seed's examples: core functions on each backend, then framework code through the frontends on
 * another framework's backend, then one torch-style function on all three, then the seed's
 * torch-style network converted, traced, moved to TensorFlow and trained there.
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
    out.println();
    convertAndTrain(out);
  }

  /** The seed's {@code Network(torch.nn.Module)}: one Linear(3, 3) layer. */
  static final class Network extends TorchFrontend.nn.Module {
    final TorchFrontend.nn.Linear linear =
        registerModule("_linear", new TorchFrontend.nn.Linear(3, 3));

    @Override
    public Array forward(Array x) {
      return linear.call(x);
    }
  }

  static final int STEPS = 100;
  private static final int BAR = 20;

  /**
   * The seed's "Converting Network Models": the torch-style network converted to an Ivy module,
   * traced with its variables as graph inputs, moved to TensorFlow and trained there with Adam.
   */
  static void convertAndTrain(PrintStream out) {
    out.println("Converting a network model: the seed's torch-style Network, trained on tf:");
    Network net;
    TracedModule model;
    try (var b = Ivy.withBackend("torch")) {
      Ivy.seed(0);
      net = new Network();
      out.println("  " + net.toString().replace("\n", "\n  "));
      Module ivyModule = Ivy.toIvyModule(net);
      out.println("  Ivy.toIvyModule(net).v(): " + ivyModule.v().paths());
      model = ivyModule.traceGraph(Ivy.array(new float[] {1, 2, 3}, 3));
    }
    model.toBackend("tf");
    out.println(
        "  traced with the variables as graph inputs, then toBackend(\"tf\"): compiled to a TF"
            + " graph: "
            + model.isCompiled());
    try (var b = Ivy.withBackend("tf")) {
      Array xIn = Ivy.array(new float[] {1, 2, 3}, 3);
      Array target = Ivy.array(new float[] {0}, 1);
      Function<Variables, Array> lossFn =
          v -> Ivy.mean(Ivy.square(Ivy.subtract(model.call(xIn, v), target)));
      Adam optimizer = new Adam(1e-4);
      out.println("  training with new Adam(1e-4), " + STEPS + " steps:");
      double first = 0;
      double last = 0;
      for (int step = 1; step <= STEPS; step++) {
        try (Scope s = Ivy.scope()) {
          var r = Ivy.executeWithGradients(lossFn, model.v());
          last = r.value().itemDouble();
          first = step == 1 ? last : first;
          // the optimizer owns what it returns and its state: they outlive this scope
          model.setV(optimizer.step(model.v(), r.grads()));
        }
        if (step == 1 || step % 10 == 0) {
          int filled = step * BAR / STEPS;
          out.printf(
              Locale.ROOT,
              "  [%s%s] %3d/%d  loss %.6f%n",
              "#".repeat(filled),
              ".".repeat(BAR - filled),
              step,
              STEPS,
              last);
        }
      }
      out.printf(Locale.ROOT, "  loss %.6f -> %.6f, fell: %s%n", first, last, last < first);
      net.to("tf");
      net.loadStateDict(model.v());
      out.println(
          "  the trained weights loaded back into the torch-style Network give the same output: "
              + Arrays.equals(model.call(xIn).toFloatArray(), net.call(xIn).toFloatArray()));
    } finally {
      model.close();
    }
  }
}
