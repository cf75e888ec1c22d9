package dev.ivy;

import dev.ivy.backend.ExportSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * A function recorded as a graph of primitives that runs on any backend: what {@link
 * Ivy#traceGraph}, {@code Tracer.trace}, {@link dev.ivy.nn.TracedModule#graph()}, {@link
 * Ivy#importOnnx} and {@link Ivy#loadGraph} return. It can be printed, optimized, saved and loaded,
 * run, compiled for a backend ({@link #toBackend}) and exported to a framework's own objects
 * ({@link #export}), with no cast. The tracer module ({@code ivy-tracer}) implements it; its {@code
 * dev.ivy.trace.Graph} adds the graph's nodes and the individual passes.
 *
 * <pre>{@code
 * TracedFunction g = Ivy.traceGraph(in -> Ivy.relu(in.get(0)), x).optimize();
 * g.save(file);
 * TracedFunction h = Ivy.loadGraph(file);
 * Path dir = h.export("tf", target).path();
 * }</pre>
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

  /**
   * Returns this graph with its symbolic batch size set to {@code b}: a graph at fixed shapes. A
   * graph that is not batch-polymorphic returns itself for its traced batch size.
   *
   * @throws dev.ivy.errors.IvyArgumentException if the graph is not batch-polymorphic and {@code b}
   *     differs from its traced batch size, or its operations do not allow batch size {@code b}
   */
  TracedFunction atBatch(long b);

  /** Returns an executable of this graph for backend {@code name} (compiled where it can be). */
  Prepared toBackend(String name);

  /**
   * Returns the graph with dead code, common subexpressions, foldable constants and identities
   * removed.
   */
  TracedFunction optimize();

  /**
   * Writes the graph to {@code file} (constants, argument structure and batch polymorphism
   * included); {@link Ivy#loadGraph} reads it back.
   *
   * @throws dev.ivy.errors.IvyException if the file cannot be written
   */
  void save(Path file);

  /**
   * Returns the names {@link #export(String, Path)} uses: {@code input_0}, {@code input_1}... for
   * flat array arguments (a structured argument's leaves are named after their path, {@code
   * input_1/w}), {@code output_0}... for the outputs, no variables, and {@code target}. Start from
   * it to export with other names or with variables.
   *
   * @param target where file exports write ({@code "tf"}, {@code "onnx"}); null for the others
   */
  ExportSpec exportSpec(Path target);

  /**
   * Exports this graph to {@code target}'s own objects with the names of {@link #exportSpec(Path)}:
   * {@code "tf"} writes a SavedModel directory at {@code path}, {@code "onnx"} an ONNX model file;
   * {@code "torch"} (a DJL {@code Block}) and {@code "nd4j"} (a {@code SameDiff}) ignore {@code
   * path}, which may be null.
   *
   * @throws dev.ivy.errors.BackendCapabilityException if the target cannot export the graph (naming
   *     the primitive)
   * @throws dev.ivy.errors.BackendNotFoundException if no backend or exporter has that name
   * @throws dev.ivy.errors.IvyArgumentException if a file target is given no path
   */
  default Exported export(String target, Path path) {
    return export(target, exportSpec(path));
  }

  /**
   * Exports this graph to an object in memory ({@code "torch"}: a DJL {@code Block}; {@code
   * "nd4j"}: a {@code SameDiff}) with the names of {@link #exportSpec(Path)}.
   *
   * @throws dev.ivy.errors.BackendCapabilityException if the target cannot export the graph
   * @throws dev.ivy.errors.BackendNotFoundException if no backend or exporter has that name
   * @throws dev.ivy.errors.IvyArgumentException if the target writes a file (use {@link
   *     #export(String, Path)})
   */
  default Exported export(String target) {
    return export(target, exportSpec(null));
  }

  /**
   * Exports this graph to {@code target}'s own objects with full control of the names, the
   * variables (inputs that become trainable variables of the exported object) and the file written.
   * A batch-polymorphic graph keeps its batch symbolic in ONNX ({@code dim_param "batch"}) and
   * SavedModel ({@code -1}) exports; DJL and SameDiff exports are at its traced batch size ({@code
   * atBatch(b).export(...)} for another).
   *
   * @throws dev.ivy.errors.BackendCapabilityException if the target cannot export the graph
   * @throws dev.ivy.errors.BackendNotFoundException if no backend or exporter has that name
   * @throws dev.ivy.errors.IvyArgumentException if the spec does not match the graph
   */
  Exported export(String target, ExportSpec spec);

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
