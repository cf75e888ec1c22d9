package dev.ivy;

/**
 * Options of a trace ({@link Ivy#traceGraph(java.util.function.Function, TraceOptions, Array...)},
 * {@code dev.ivy.trace.Tracer}). Immutable; the default traces at the example shapes exactly.
 *
 * <pre>{@code
 * TracedFunction g = Ivy.traceGraph(in -> Ivy.relu(in.get(0)),
 *     TraceOptions.polymorphicBatch(), Ivy.zeros(Shape.of(32, 784), DType.FLOAT32));
 * g.run(Ivy.zeros(Shape.of(5, 784), DType.FLOAT32)); // runs at batch size 5
 * }</pre>
 */
public final class TraceOptions {
  private static final TraceOptions DEFAULTS = new TraceOptions(false, null);
  private static final TraceOptions POLYMORPHIC_BATCH = new TraceOptions(true, null);

  private final boolean polymorphicBatch;
  private final int[] batchedArgs;

  private TraceOptions(boolean polymorphicBatch, int[] batchedArgs) {
    this.polymorphicBatch = polymorphicBatch;
    this.batchedArgs = batchedArgs;
  }

  /** Returns the default options: the graph runs at the traced shapes only. */
  public static TraceOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns options that make axis 0 of every array input a symbolic batch dimension {@code b}
   * (JAX's {@code jax.export} with a symbolic {@code "b, ..."} shape): the graph is traced once and
   * runs at any batch size where the function's operations allow it. The tracer runs the function
   * at three batch sizes and checks that every shape and attribute depends affinely on the batch
   * size; otherwise tracing fails with a {@link dev.ivy.errors.TracingException} saying why.
   */
  public static TraceOptions polymorphicBatch() {
    return POLYMORPHIC_BATCH;
  }

  /**
   * Returns options as {@link #polymorphicBatch()} whose batch dimension is axis 0 of the arrays of
   * the given top-level arguments only (for example the data but not a map of weights); the other
   * arrays keep their traced shapes.
   *
   * @param args indices of the batched arguments, at least one
   * @throws dev.ivy.errors.IvyArgumentException if none is given or one is negative
   */
  public static TraceOptions polymorphicBatch(int... args) {
    if (args == null || args.length == 0) {
      throw new dev.ivy.errors.IvyArgumentException(
          "polymorphicBatch: args must name at least one batched argument; got none");
    }
    int[] a = java.util.Arrays.stream(args).sorted().distinct().toArray();
    if (a[0] < 0) {
      throw new dev.ivy.errors.IvyArgumentException(
          "polymorphicBatch: argument indices must be >= 0; got "
              + java.util.Arrays.toString(args));
    }
    return new TraceOptions(true, a);
  }

  /** Returns whether axis 0 of (some) array inputs is a symbolic batch dimension. */
  public boolean isPolymorphicBatch() {
    return polymorphicBatch;
  }

  /**
   * Returns whether the arrays of top-level argument {@code arg} are batched (all are, unless
   * {@link #polymorphicBatch(int...)} named some).
   */
  public boolean isBatched(int arg) {
    return polymorphicBatch
        && (batchedArgs == null || java.util.Arrays.binarySearch(batchedArgs, arg) >= 0);
  }

  /** Returns the indices of the batched arguments, or null when all are batched. */
  public int[] batchedArgs() {
    return batchedArgs == null ? null : batchedArgs.clone();
  }

  @Override
  public String toString() {
    return !polymorphicBatch
        ? "TraceOptions[defaults]"
        : batchedArgs == null
            ? "TraceOptions[polymorphicBatch]"
            : "TraceOptions[polymorphicBatch" + java.util.Arrays.toString(batchedArgs) + "]";
  }
}
