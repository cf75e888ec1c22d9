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

  /**
   * Traces {@code fn} of arguments that are arrays, nested lists or string-keyed maps of arrays, or
   * static values (numbers, strings, booleans, null), with {@code options}.
   *
   * @throws dev.ivy.errors.IvyException if this tracer does not support it
   */
  default TracedFunction traceArgs(
      Function<? super TraceArgs, Object> fn, TraceOptions options, List<Object> args) {
    throw new dev.ivy.errors.IvyException(
        "traceGraph: the tracer on the class path ("
            + getClass().getName()
            + ") does not support nested or static arguments or trace options");
  }

  /**
   * Reads a graph saved by {@link TracedFunction#save}.
   *
   * @throws dev.ivy.errors.IvyException if the file is not a saved graph, or this tracer cannot
   *     load graphs
   */
  default TracedFunction load(java.nio.file.Path file) {
    throw new dev.ivy.errors.IvyException(
        "loadGraph: the tracer on the class path ("
            + getClass().getName()
            + ") cannot load graphs");
  }
}
