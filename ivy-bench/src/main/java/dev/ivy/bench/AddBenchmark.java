package dev.ivy.bench;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.backend.Backend;
import dev.ivy.backend.Kernel;
import dev.ivy.internal.ArrayInternals;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
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

/**
 * {@code Ivy.add} against the backend's own add on float32 arrays of 4, 1,000 and 1,000,000
 * elements. Each Ivy call runs in its own scope, so its result is freed as in real use.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AddBenchmark {
  /** The backend under test. */
  @Param({"nd4j", "torch", "tf"})
  public String backend;

  /** The number of elements. */
  @Param({"4", "1000", "1000000"})
  public int size;

  private Array x;
  private Array y;
  private NativeOps nativeOps;
  private Backend impl;
  private Kernel addKernel;
  private Object[] payloads;
  private Aval[] avals;
  private Aval out;

  /** Creates the operands on the backend and its native baseline. */
  @Setup(Level.Trial)
  public void setUp() {
    Ivy.setBackend(backend);
    long[] shape = {size};
    x = Ivy.array(NativeOps.random(shape, 1), size);
    y = Ivy.array(NativeOps.random(shape, 2), size);
    nativeOps = NativeOps.of(backend, shape, shape);
    impl = Ivy.currentBackend();
    addKernel = impl.kernels().get(Prim.ADD);
    payloads = new Object[] {ArrayInternals.payload(x), ArrayInternals.payload(y)};
    avals = new Aval[] {x.aval(), y.aval()};
    out = x.aval();
  }

  /** Frees the operands. */
  @TearDown(Level.Trial)
  public void tearDown() {
    nativeOps.close();
    x.close();
    y.close();
    Ivy.unsetBackend();
  }

  /** Ivy's add, its result freed by the scope. */
  @Benchmark
  public Object ivy() {
    try (Scope s = Ivy.scope()) {
      return Ivy.add(x, y).shape();
    }
  }

  /**
   * Ivy's backend kernel for add called directly, its result freed at once: Ivy minus this is the
   * cost of core (promotion, shape rule, dispatch, scope).
   */
  @Benchmark
  public Object kernel() {
    Object r = addKernel.apply(Params.None.INSTANCE, payloads, avals, out);
    impl.free(r);
    return r;
  }

  /** The backend's own add, its result freed at once. */
  @Benchmark
  public Object framework() {
    return nativeOps.add();
  }
}
