package dev.ivy;

import java.util.List;

/**
 * A function recorded by {@link Ivy#traceGraph}: a graph of primitives that runs on any backend.
 * The tracer module ({@code ivy-tracer}) implements it; its {@code dev.ivy.trace.Graph} adds
 * saving, loading and the individual passes.
 */
public interface TracedFunction {
  /** Runs the graph on the inputs' backend and returns its outputs, flattened in order. */
  List<Array> run(Array... inputs);

  /**
   * Runs the graph on arguments with the traced structure (arrays, nested lists and string-keyed
   * maps of arrays, and the traced static values) or on the flat array inputs, and returns the
   * result with the traced structure: an {@link Array} or a nested list of them.
   *
   * @throws dev.ivy.errors.IvyArgumentException naming the argument path if the structure, a leaf's
   *     shape or dtype, or a static value differs from the trace
   */
  Object call(Object... args);

  /**
   * Returns whether axis 0 of the inputs is a symbolic batch dimension (traced with {@link
   * TraceOptions#polymorphicBatch()}), so that the graph runs at any batch size.
   */
  default boolean isBatchPolymorphic() {
    return false;
  }

  /** Returns an executable of this graph for backend {@code name} (compiled where it can be). */
  Prepared toBackend(String name);

  /**
   * Returns the graph with dead code, common subexpressions, foldable constants and identities
   * removed.
   */
  TracedFunction optimize();

  /** Returns the graph as Graphviz DOT. */
  String toDot();

  /** Returns one line per node, like a jaxpr. */
  @Override
  String toString();

  /** A traced function prepared for one backend; close it to release what it holds. */
  interface Prepared extends AutoCloseable {
    /** Runs it on arrays of its backend and returns arrays of its backend. */
    List<Array> run(Array... inputs);

    /**
     * Runs it on arguments with the traced structure (or the flat arrays) and returns the result
     * with the traced structure; see {@link TracedFunction#call(Object...)}.
     */
    Object call(Object... args);

    /**
     * Returns whether the backend compiled the graph (rather than replaying it primitive by
     * primitive).
     */
    boolean isCompiled();

    @Override
    void close();
  }
}
