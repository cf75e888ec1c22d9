package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.Exported;
import dev.ivy.TracedFunction;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.backend.ExportSpec;
import dev.ivy.errors.IvyArgumentException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module traced into a graph whose inputs are the module's inputs followed by its variables (made
 * by {@link Module#traceGraph}): it has the traced module's variable tree, and a call runs the
 * graph with the given tree, so it trains like the original (the seed's {@code net =
 * net.trace_graph()}).
 *
 * <p>{@link #toBackend} moves the variables and prepares the graph for that backend; on TensorFlow
 * the whole graph compiles to one session call ({@link #isCompiled()}). A call made while a
 * gradient tape or another trace is active on the thread ({@code Ivy.executeWithGradients}, {@code
 * Ivy.traceGraph}) replays the graph primitive by primitive through the dispatcher instead, so
 * gradients flow to the variables; a plain call uses the compiled program.
 *
 * <p>{@link #export(String, Path)} exports it to a framework's own objects with its variables as
 * the framework's trainable variables, named after their paths ({@code fc1/weight}).
 *
 * <p>The graph fixes the inputs' shapes and dtypes and the mode it was traced in; buffers were read
 * as constants. Close it to release the prepared graph (the cached constants and any compiled
 * program) before it becomes unreachable.
 *
 * <pre>{@code
 * TracedModule t = new Linear(3, 2).traceGraph(Ivy.ones(4, 3)).toBackend("tf");
 * var r = Ivy.executeWithGradients(v -> Ivy.sum(t.call(Ivy.toBackend(x, "tf"), v)), t.v());
 * }</pre>
 */
public final class TracedModule extends Module implements AutoCloseable {
  private final TracedFunction graph;
  private final int numInputs;
  private final String sourceName;
  private TracedFunction.Prepared prepared;
  private String preparedFor;

  TracedModule(Module source, TracedFunction graph, int numInputs) {
    this.graph = graph;
    this.numInputs = numInputs;
    this.sourceName = source.name();
    source.v().asMap().forEach(this::addVariableAt);
    if (!source.isTraining()) {
      eval();
    }
  }

  /** Returns the traced graph: inputs are the module's inputs, then the variables in path order. */
  public TracedFunction graph() {
    return graph;
  }

  /**
   * Returns the spec {@link #export(String, Path)} uses: the module's inputs named {@code input_0},
   * {@code input_1}..., its variables named after their paths ({@link ExportSpec#safeName}: {@code
   * fc1/weight}, {@code linear/bias} for {@code _linear/bias}) with their current values, the
   * outputs {@code output_0}..., and {@code target}.
   *
   * @param target where file exports write ({@code "tf"}, {@code "onnx"}); null for the others
   */
  public ExportSpec exportSpec(Path target) {
    ExportSpec s = graph.exportSpec(target);
    List<String> paths = v().paths();
    List<String> raw = new ArrayList<>(s.inputNames().subList(0, numInputs));
    raw.addAll(paths);
    List<String> names = ExportSpec.safeNames(raw);
    Map<String, Array> vars = new LinkedHashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      vars.put(names.get(numInputs + i), v().get(paths.get(i)));
    }
    return new ExportSpec(names, s.outputNames(), vars, target);
  }

  /**
   * Exports the traced module to {@code target}'s own objects with its variables as trainable
   * variables of the exported object, named as in {@link #exportSpec(Path)}: {@code "tf"} writes a
   * SavedModel directory at {@code path}, {@code "onnx"} a model file (the variables become
   * initializers); {@code "torch"} gives a DJL {@code Block} and {@code "nd4j"} a {@code SameDiff},
   * and {@code path} may be null for them.
   *
   * <pre>{@code
   * Path dir = model.traceGraph(x).export("tf", target).path();
   * }</pre>
   *
   * @throws dev.ivy.errors.BackendCapabilityException if the target cannot export the graph
   * @throws dev.ivy.errors.BackendNotFoundException if no backend or exporter has that name
   */
  public Exported export(String target, Path path) {
    return graph.export(target, exportSpec(path));
  }

  /**
   * Exports the traced module to an object in memory ({@code "torch"}, {@code "nd4j"}), as {@link
   * #export(String, Path)} does.
   *
   * @throws dev.ivy.errors.BackendCapabilityException if the target cannot export the graph
   * @throws dev.ivy.errors.BackendNotFoundException if no backend or exporter has that name
   */
  public Exported export(String target) {
    return export(target, null);
  }

  /**
   * Returns whether plain calls on the variables' current backend run a compiled program (a
   * TensorFlow graph) rather than a replay; prepares the graph for that backend if needed.
   */
  public synchronized boolean isCompiled() {
    List<Array> a = v().arrays();
    return !a.isEmpty() && prepared(a.get(0).backendName()).isCompiled();
  }

  /**
   * Moves the variables to backend {@code backend} and prepares the graph there (compiling it where
   * the backend can), then returns this module (the seed's {@code net.to_backend('jax')}).
   *
   * @throws dev.ivy.errors.BackendNotFoundException if no backend has that name
   */
  @Override
  public TracedModule toBackend(String backend) {
    super.toBackend(backend);
    prepared(BackendRegistry.canonical(backend));
    return this;
  }

  @Override
  protected Array forward(Array x, Variables v) {
    return forward(List.of(x), v).get(0);
  }

  @Override
  protected List<Array> forward(List<Array> inputs, Variables v) {
    if (inputs.size() != numInputs) {
      throw new IvyArgumentException(
          name() + ".call: takes " + numInputs + " input(s), as traced; got " + inputs.size());
    }
    List<Array> args = new ArrayList<>(inputs);
    for (String p : v().paths()) {
      args.add(v.get(p));
    }
    Array[] a = args.toArray(new Array[0]);
    return prepared(a[0].backendName()).run(a);
  }

  private synchronized TracedFunction.Prepared prepared(String backend) {
    if (prepared == null || !preparedFor.equals(backend)) {
      if (prepared != null) {
        prepared.close();
      }
      prepared = graph.toBackend(backend);
      preparedFor = backend;
    }
    return prepared;
  }

  /** Releases the prepared graph; a later call prepares it again. */
  @Override
  public synchronized void close() {
    if (prepared != null) {
      prepared.close();
      prepared = null;
      preparedFor = null;
    }
  }

  @Override
  protected String name() {
    return "Traced(" + sourceName + ")";
  }
}
