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
  private static final TraceOptions DEFAULTS = new TraceOptions(false);
  private static final TraceOptions POLYMORPHIC_BATCH = new TraceOptions(true);

  private final boolean polymorphicBatch;

  private TraceOptions(boolean polymorphicBatch) {
    this.polymorphicBatch = polymorphicBatch;
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

  /** Returns whether axis 0 of every array input is a symbolic batch dimension. */
  public boolean isPolymorphicBatch() {
    return polymorphicBatch;
  }

  @Override
  public String toString() {
    return polymorphicBatch ? "TraceOptions[polymorphicBatch]" : "TraceOptions[defaults]";
  }
}
