package dev.ivy.backend.nd4j;

import dev.ivy.DType;
import dev.ivy.Device;
import dev.ivy.Shape;
import dev.ivy.backend.Backend;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Prim;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ND4J backend: {@code INDArray} payloads on the CPU, one kernel per primitive.
 *
 * <p>Payloads are detached, C-ordered, non-view arrays; {@link #free(Object)} closes their data
 * buffer at once. ND4J's INFO banner is silenced (for slf4j-simple) unless the user configured the
 * logger levels.
 *
 * <p><b>Threads.</b> libnd4j's OpenMP loops, its master-thread count and OpenBLAS (matmul, and
 * convolution through its GEMM) all run on {@value #DEFAULT_THREADS} thread per op by default; the
 * system property {@code ivy.nd4j.threads} sets another count for all three, and {@code 0} keeps
 * ND4J's defaults (one thread per core). OpenMP's count is per calling thread, so it is applied to
 * each thread before its first op ({@link #configureThread}).
 *
 * <p>Measured 2026-12-07 on the project's 2-core machine (Zen 4) while other builds kept the load
 * average at 4-15, median of repeated calls, float32. With ND4J's defaults any op that wakes a
 * second OpenMP or BLAS thread can stall for ≈ 8 ms under load (softmax of [64, 1000] 8-12 ms, max
 * pooling 8 ms, an add of 1M elements 8 ms, matmul 128²-1024² at 0.1-60 GFLOP/s, a 3×3 conv2d [8,
 * 16, 32, 32] → 32 channels 60-165 ms). Two threads everywhere were no better. Limiting libnd4j's
 * Environment only (the setting before) did not limit OpenMP (its maxThreads stays at the core
 * count) nor OpenBLAS: matmul still collapsed (0.1-16 GFLOP/s), conv 71-123 ms. One thread for
 * OpenMP, the master threads and OpenBLAS: softmax 0.42 ms, max pooling 0.43 ms, add of 1M 0.21 ms,
 * matmul 45, 65, 81 and 87 GFLOP/s at 128², 256², 512² and 1024², conv 9 ms. On an idle machine two
 * threads can win for large products (the notes of 2026-11-25 saw 1024² at 74-93 GFLOP/s either
 * way); set {@code -Divy.nd4j.threads=2} for big-matrix work on a quiet machine.
 */
public final class Nd4jBackend implements Backend {
  private static final Logger LOG = LoggerFactory.getLogger(Nd4jBackend.class);

  /** Every dtype. */
  static final Set<DType> ALL = EnumSet.allOf(DType.class);

  /** Floating dtypes. */
  static final Set<DType> FLOATS =
      EnumSet.of(DType.FLOAT16, DType.BFLOAT16, DType.FLOAT32, DType.FLOAT64);

  /** Integer dtypes. */
  static final Set<DType> INTS =
      EnumSet.of(DType.INT8, DType.INT16, DType.INT32, DType.INT64, DType.UINT8);

  /** Integer and floating dtypes. */
  static final Set<DType> NUMERIC = union(INTS, FLOATS);

  private static final String[] QUIET_LOGGERS = {
    "org.nd4j", "org.nd4j.linalg.factory.Nd4jBackend", "org.nd4j.linalg.cpu.nativecpu",
    "org.nd4j.nativeblas", "org.nd4j.linalg.api.ops.executioner", "org.reflections"
  };

  private final KernelTable kernels;
  private final java.util.Optional<dev.ivy.backend.ProgramCompiler> compiler;

  private Nd4jBackend(KernelTable kernels) {
    this.kernels = kernels;
    this.compiler = java.util.Optional.of(new Nd4jProgramCompiler(this));
  }

  /** Loads ND4J (quietly), configures its threading and builds the kernel table. */
  static Nd4jBackend create() {
    for (String logger : QUIET_LOGGERS) {
      quiet(logger, "warn");
    }
    // SameDiff's op registry warns about duplicate TensorFlow import mappings when it loads (on
    // the first export): nothing an Ivy user can act on
    quiet("org.nd4j.imports.converters.ImportClassMapping", "error");
    long t0 = System.nanoTime();
    Nd4j.getBackend();
    int threads = threads();
    if (threads > 0) {
      Nd4j.getEnvironment().setMaxThreads(threads);
      Nd4j.getEnvironment().setMaxMasterThreads(threads);
      Nd4j.factory().blas().setMaxThreads(threads);
      ompThreads = threads;
    }
    KernelTable.Builder b = KernelTable.builder();
    Nd4jElementwiseKernels.register(b);
    Nd4jReductionKernels.register(b);
    Nd4jMovementKernels.register(b);
    Nd4jCreationKernels.register(b);
    Nd4jLinalgKernels.register(b);
    Nd4jSortKernels.register(b);
    Nd4jDecompositionKernels.register(b);
    Nd4jScatterKernels.register(b);
    Nd4jCoarseKernels.register(b);
    LOG.debug(
        "nd4j backend ready in {} ms ({} threads)", (System.nanoTime() - t0) / 1_000_000, threads);
    return new Nd4jBackend(b.build());
  }

  /** The OpenMP thread count each calling thread gets ({@link #configureThread}); 0: untouched. */
  private static volatile int ompThreads;

  /** Whether the current thread's OpenMP thread count was set. */
  private static final ThreadLocal<Boolean> THREAD_CONFIGURED =
      ThreadLocal.withInitial(
          () -> {
            int t = ompThreads;
            if (t > 0) {
              NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(t);
            }
            return Boolean.TRUE;
          });

  /**
   * Applies the backend's OpenMP thread count to the calling thread, once per thread: OpenMP keeps
   * it per thread (omp_set_num_threads), and libnd4j's own setting ({@code
   * Environment.setMaxThreads}) does not limit its OpenMP loops. Called by every allocation of a
   * kernel's output, so before any op a thread runs.
   */
  static void configureThread() {
    THREAD_CONFIGURED.get();
  }

  /** Sets slf4j-simple's level of {@code logger} unless the user set one. */
  private static void quiet(String logger, String level) {
    String key = "org.slf4j.simpleLogger.log." + logger;
    if (System.getProperty(key) == null) {
      System.setProperty(key, level);
    }
  }

  /** The default of {@code ivy.nd4j.threads}: one thread per op (see the class comment). */
  static final int DEFAULT_THREADS = 1;

  /**
   * Returns the thread count of {@code ivy.nd4j.threads} ({@link #DEFAULT_THREADS} when unset; 0
   * keeps ND4J's defaults); a value that is not a non-negative integer is ignored with a warning.
   */
  static int threads() {
    String v = System.getProperty("ivy.nd4j.threads");
    if (v == null || v.isBlank()) {
      return DEFAULT_THREADS;
    }
    try {
      int t = Integer.parseInt(v.trim());
      if (t >= 0) {
        return t;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    LOG.warn("ignoring ivy.nd4j.threads={}: not a non-negative integer", v);
    return DEFAULT_THREADS;
  }

  /**
   * Registers {@code kernel}, answering zero-size outputs with a fresh empty array so that ND4J
   * never sees them (it is fragile there).
   */
  static void put(KernelTable.Builder b, Prim prim, Set<DType> dtypes, Kernel kernel) {
    b.put(
        prim,
        dtypes,
        (p, in, av, out) ->
            out.shape().size() == 0 ? Nd4jConversions.alloc(out) : kernel.apply(p, in, av, out));
  }

  @Override
  public String name() {
    return "nd4j";
  }

  @Override
  public Device device() {
    return Device.CPU;
  }

  @Override
  public KernelTable kernels() {
    return kernels;
  }

  /**
   * Compiles traced programs into flat plans of this backend's kernels with their constants
   * resident ({@link Nd4jProgramCompiler}); the system property {@code ivy.nd4j.compile=false}
   * turns compilation off.
   */
  @Override
  public java.util.Optional<dev.ivy.backend.ProgramCompiler> compiler() {
    return compiler;
  }

  /**
   * Returns the export of traced programs to ND4J {@code SameDiff} graphs, which SameDiff runs,
   * trains and saves without Ivy.
   */
  @Override
  public java.util.Optional<dev.ivy.backend.ProgramExporter> exporter() {
    return java.util.Optional.of(new Nd4jSameDiffExporter(kernels));
  }

  @Override
  public Object fromBytes(DType dtype, Shape shape, ByteBuffer data) {
    return Nd4jConversions.fromBytes(dtype, shape, data);
  }

  @Override
  public ByteBuffer toBytes(Object payload, DType dtype, Shape shape) {
    return Nd4jConversions.toBytes((INDArray) payload, dtype, shape);
  }

  @Override
  public void free(Object payload) {
    release((INDArray) payload);
  }

  /**
   * Returns 192, rounded up from the resident memory a held float32[16] array takes beside its
   * elements: an ND4J array's data buffer, its shape buffer and their JavaCPP pointers.
   */
  @Override
  public long arrayOverheadBytes() {
    return 192;
  }

  /** Closes {@code a}'s buffer now when it owns one; skips nulls, views and closed arrays. */
  static void release(INDArray a) {
    if (a != null && !a.wasClosed() && a.closeable()) {
      a.close();
    }
  }

  /** Returns Ivy's dtype for an ND4J data type. */
  static DType toIvy(DataType dt) {
    switch (dt) {
      case BOOL:
        return DType.BOOL;
      case BYTE:
        return DType.INT8;
      case SHORT:
        return DType.INT16;
      case INT:
        return DType.INT32;
      case LONG:
        return DType.INT64;
      case UBYTE:
        return DType.UINT8;
      case HALF:
        return DType.FLOAT16;
      case BFLOAT16:
        return DType.BFLOAT16;
      case FLOAT:
        return DType.FLOAT32;
      case DOUBLE:
        return DType.FLOAT64;
      default:
        throw new IllegalStateException("nd4j: unexpected data type " + dt);
    }
  }

  private static Set<DType> union(Set<DType> a, Set<DType> b) {
    EnumSet<DType> s = EnumSet.copyOf(a);
    s.addAll(b);
    return s;
  }
}
