package dev.ivy.testkit;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.NativeMemory;
import dev.ivy.Reduction;
import dev.ivy.Scope;
import dev.ivy.nn.Variables;
import dev.ivy.optim.Adam;
import dev.ivy.optim.Optimizer;
import dev.ivy.trace.Executable;
import dev.ivy.trace.Tracer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Child JVM of {@link NativeMemoryTest}: runs {@code args[1]} calls of mode {@code args[2]} on
 * backend {@code args[0]} after a warm-up, and prints the resident memory before and after as
 * {@code RSS_KB before after}, then the native bytes {@link NativeMemory} counts for unscoped
 * arrays as {@code UNSCOPED_BYTES before after peak}, then {@code RSS_TRACE} and ten
 * resident-memory samples (kB) taken along the measured calls. Modes:
 *
 * <ul>
 *   <li>{@code add}: {@code Ivy.add} on [16] float32 arrays, 1,000 per scope.
 *   <li>{@code graph}: runs of a traced 3-op graph with a constant, {@code tanh(x * k + y)},
 *       through one {@code Executable} (the backend's compiled program where it has one), 1,000 per
 *       scope.
 *   <li>{@code unscoped}: {@code Ivy.add} on [16] float32 arrays with no scope open, each result
 *       dropped at once: only the garbage collector and {@link NativeMemory}'s bound free them.
 *   <li>{@code train}: training steps of a 512-512-512 MLP (float32, batch 64) with Adam, written
 *       as docs/optimizers.md recommends: one scope per step, {@code v = opt.step(v, grads)},
 *       nothing kept. The warm-up is a sixth of the steps.
 * </ul>
 */
public final class NativeMemoryMain {
  private static final int PER_SCOPE = 1_000;
  private static final int SAMPLES = 10;
  private static final int WIDTH = 512;
  private static final int BATCH = 64;

  private NativeMemoryMain() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    int calls = Integer.parseInt(args[1]);
    String mode = args.length > 2 ? args[2] : "add";
    try (var b = Ivy.withBackend(args[0])) {
      Runnable call;
      int warmUp = 100_000;
      int perScope = PER_SCOPE;
      Array x = Ivy.array(new float[16], 16);
      Array y = Ivy.array(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 16);
      switch (mode) {
        case "add" -> call = () -> Ivy.add(x, y);
        case "graph" -> {
          Array k = Ivy.multiply(y, 0.5f);
          Executable e =
              Tracer.trace(a -> Ivy.tanh(Ivy.add(Ivy.multiply(a, k), y)), x).toBackend(args[0]);
          call = () -> e.run(x);
        }
        case "unscoped" -> {
          call = () -> Ivy.add(x, y);
          perScope = 0;
        }
        case "train" -> {
          call = new MlpTraining();
          warmUp = calls / 6;
          perScope = 0; // each step opens its own scope
        }
        default -> throw new IllegalArgumentException("unknown mode " + mode);
      }
      loop(call, warmUp, perScope); // allocator pools, JIT, lazily loaded kernels
      NativeMemory.collect(); // frees what the warm-up dropped before returning
      long before = rssKb();
      long unscopedBefore = NativeMemory.unscopedBytes();
      long[] peak = {unscopedBefore};
      List<Long> trace = new ArrayList<>();
      int every = Math.max(1, calls / SAMPLES);
      Runnable measured =
          new Runnable() {
            int n;

            @Override
            public void run() {
              call.run();
              peak[0] = Math.max(peak[0], NativeMemory.unscopedBytes());
              if (++n % every == 0) {
                trace.add(rssKb());
              }
            }
          };
      loop(measured, calls, perScope);
      NativeMemory.collect();
      long after = rssKb();
      System.out.println("RSS_KB " + before + " " + after);
      System.out.println(
          "UNSCOPED_BYTES " + unscopedBefore + " " + NativeMemory.unscopedBytes() + " " + peak[0]);
      StringBuilder t = new StringBuilder("RSS_TRACE");
      trace.forEach(kb -> t.append(' ').append(kb));
      System.out.println(t);
    }
  }

  /** Runs {@code call} {@code n} times, {@code perScope} calls per scope (0: no scope). */
  private static void loop(Runnable call, int n, int perScope) {
    if (perScope == 0) {
      for (int i = 0; i < n; i++) {
        call.run();
      }
      return;
    }
    for (int i = 0; i < n; i += perScope) {
      try (Scope s = Ivy.scope()) {
        for (int j = 0; j < perScope; j++) {
          call.run();
        }
      }
    }
  }

  /** One step of the documented training loop per call. */
  private static final class MlpTraining implements Runnable {
    private final Array input;
    private final Array target;
    private final Optimizer opt = new Adam(1e-3);
    private Variables v;

    MlpTraining() {
      Random r = new Random(0);
      input = Ivy.array(normal(r, BATCH * WIDTH, 1.0), BATCH, WIDTH);
      target = Ivy.array(normal(r, BATCH * WIDTH, 1.0), BATCH, WIDTH);
      Variables.Builder b = Variables.builder();
      for (int l = 1; l <= 3; l++) {
        b.put("fc" + l + "/weight", Ivy.array(normal(r, WIDTH * WIDTH, 0.04), WIDTH, WIDTH));
        b.put("fc" + l + "/bias", Ivy.array(new float[WIDTH], WIDTH));
      }
      v = b.build();
    }

    private static float[] normal(Random r, int n, double scale) {
      float[] a = new float[n];
      for (int i = 0; i < n; i++) {
        a[i] = (float) (r.nextGaussian() * scale);
      }
      return a;
    }

    private Array loss(Variables w) {
      Array h = Ivy.relu(Ivy.linear(input, w.get("fc1/weight"), w.get("fc1/bias")));
      h = Ivy.relu(Ivy.linear(h, w.get("fc2/weight"), w.get("fc2/bias")));
      Array out = Ivy.linear(h, w.get("fc3/weight"), w.get("fc3/bias"));
      return Ivy.mseLoss(out, target, Reduction.MEAN);
    }

    @Override
    public void run() {
      try (Scope s = Ivy.scope()) {
        var r = Ivy.executeWithGradients(this::loss, v);
        v = opt.step(v, r.grads());
      }
    }
  }

  private static long rssKb() {
    try {
      for (String l : Files.readAllLines(Paths.get("/proc/self/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("VmRSS not found");
  }
}
