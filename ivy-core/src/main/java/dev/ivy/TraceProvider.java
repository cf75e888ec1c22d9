package dev.ivy;

import java.util.List;
import java.util.function.Function;

/**
 * Service-provider entry of the tracer, found with {@link java.util.ServiceLoader} so that core
 * offers {@link Ivy#traceGraph} without depending on the tracer module.
 */
public interface TraceProvider {
  /** Traces {@code fn} once on symbolic arrays shaped like {@code exampleInputs}. */
  TracedFunction trace(Function<List<Array>, Object> fn, List<Array> exampleInputs);
}
