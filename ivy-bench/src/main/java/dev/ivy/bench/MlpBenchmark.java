package dev.ivy.bench;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.trace.Executable;
import dev.ivy.trace.Tracer;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A 3-layer MLP forward (relu, relu, softmax; float32): eager Ivy against the same forward traced
 * once and run as an {@link Executable}, which on TensorFlow is a compiled TF graph run by a
 * session and on the other backends the replay plan. {@link #matmuls} runs only the three products,
 * eagerly: the kernels' share of the forward, which no plan can remove.
 *
 * <p>The point is batch 32, 784-256-256-10 (the defaults, listed first); batch 1 and a
 * small 64-64-64-10 network show where per-op overhead dominates.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MlpBenchmark {
  /** The backend under test. */
  @Param({"tf", "nd4j", "torch"})
  public String backend;

  /** The batch size. */
  @Param({"32", "1"})
  public int batch;

  /** The layer widths, input first. */
  @Param({"784-256-256-10", "64-64-64-10"})
  public String layers;

  private Scope weights;
  private Function<Array, Array> forward;
  private Array x;
  private Executable graph;
  private Array h1;
  private Array h2;
  private Array w1;
  private Array w2;
  private Array w3;

  private static Array random(long seed, long... shape) {
    Random r = new Random(seed);
    int n = 1;
    for (long d : shape) {
      n *= (int) d;
    }
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (r.nextGaussian() * 0.05);
    }
    return Ivy.array(v, shape);
  }

  /** Creates the weights and input and traces the forward. */
  @Setup(Level.Trial)
  public void setUp() {
    Ivy.setBackend(backend);
    long[] n = Arrays.stream(layers.split("-")).mapToLong(Long::parseLong).toArray();
    weights = Ivy.scope();
    w1 = random(1, n[0], n[1]);
    Array b1 = random(2, n[1]);
    w2 = random(3, n[1], n[2]);
    Array b2 = random(4, n[2]);
    w3 = random(5, n[2], n[3]);
    Array b3 = random(6, n[3]);
    forward =
        in -> {
          Array h = Ivy.relu(Ivy.add(Ivy.matmul(in, w1), b1));
          h = Ivy.relu(Ivy.add(Ivy.matmul(h, w2), b2));
          return Ivy.softmax(Ivy.add(Ivy.matmul(h, w3), b3), -1);
        };
    x = random(7, batch, n[0]);
    h1 = random(8, batch, n[1]);
    h2 = random(9, batch, n[2]);
    graph = Tracer.trace(forward, x).toBackend(backend);
    System.out.println(
        "MlpBenchmark " + backend + ", batch " + batch + ", " + layers + ": " + graph);
  }

  /** Frees everything. */
  @TearDown(Level.Trial)
  public void tearDown() {
    graph.close();
    weights.close();
    Ivy.unsetBackend();
  }

  /** The forward run eagerly through Ivy, one kernel per primitive. */
  @Benchmark
  public Object eager() {
    try (Scope s = Ivy.scope()) {
      return forward.apply(x).shape();
    }
  }

  /** The traced forward: a TF graph on TensorFlow, the replay plan elsewhere. */
  @Benchmark
  public Object graph() {
    try (Scope s = Ivy.scope()) {
      return graph.run(x).get(0).shape();
    }
  }

  /** Only the forward's three matrix products, eagerly through Ivy: the kernels' floor. */
  @Benchmark
  public long matmuls() {
    try (Scope s = Ivy.scope()) {
      return Ivy.matmul(x, w1).shape().size()
          + Ivy.matmul(h1, w2).shape().size()
          + Ivy.matmul(h2, w3).shape().size();
    }
  }
}
