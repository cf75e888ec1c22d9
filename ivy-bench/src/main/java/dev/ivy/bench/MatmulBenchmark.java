package dev.ivy.bench;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** {@code Ivy.matmul} against the backend's own matrix product on n-by-n float32 matrices. */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatmulBenchmark {
  /** The backend under test. */
  @Param({"nd4j", "torch", "tf"})
  public String backend;

  /** The matrices' side. */
  @Param({"256", "1024"})
  public int n;

  private Array x;
  private Array y;
  private NativeOps nativeOps;

  /** Creates the operands on the backend and its native baseline. */
  @Setup(Level.Trial)
  public void setUp() {
    Ivy.setBackend(backend);
    long[] shape = {n, n};
    x = Ivy.array(NativeOps.random(shape, 1), n, n);
    y = Ivy.array(NativeOps.random(shape, 2), n, n);
    nativeOps = NativeOps.of(backend, shape, shape);
  }

  /** Frees the operands. */
  @TearDown(Level.Trial)
  public void tearDown() {
    nativeOps.close();
    x.close();
    y.close();
    Ivy.unsetBackend();
  }

  /** Ivy's matmul, its result freed by the scope. */
  @Benchmark
  public Object ivy() {
    try (Scope s = Ivy.scope()) {
      return Ivy.matmul(x, y).shape();
    }
  }

  /** The backend's own matrix product, its result freed at once. */
  @Benchmark
  public Object framework() {
    return nativeOps.matmul();
  }
}
