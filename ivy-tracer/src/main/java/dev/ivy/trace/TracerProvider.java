package dev.ivy.trace;

import dev.ivy.Array;
import dev.ivy.TraceProvider;
import dev.ivy.TracedFunction;
import java.util.List;
import java.util.function.Function;

/** Makes {@link Tracer} the implementation of {@link dev.ivy.Ivy#traceGraph}. */
public final class TracerProvider implements TraceProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public TracerProvider() {}

  @Override
  public TracedFunction trace(Function<List<Array>, Object> fn, List<Array> exampleInputs) {
    return Tracer.trace(fn, exampleInputs);
  }

  @Override
  public TracedFunction traceArgs(
      Function<? super dev.ivy.TraceArgs, Object> fn,
      dev.ivy.TraceOptions options,
      List<Object> args) {
    return Tracer.traceArgs(fn, options, args.toArray());
  }

  @Override
  public TracedFunction load(java.nio.file.Path file) {
    return dev.ivy.trace.io.GraphIO.load(file);
  }
}
