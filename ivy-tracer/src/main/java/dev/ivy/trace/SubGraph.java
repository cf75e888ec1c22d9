package dev.ivy.trace;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.prim.Params;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A control-flow body recorded as a {@link Graph}: running it replays (or runs the compiled form
 * of) the graph on the arguments' backend, so a traced cond / while / scan runs on any backend.
 *
 * <p>The tracer creates these for the bodies of {@code Ivy.cond}, {@code Ivy.whileLoop} and {@code
 * Ivy.scan}; {@link dev.ivy.trace.io.GraphIO} creates them when it loads a saved control node.
 * {@link GraphVerifier} checks that a control node's sub-graphs agree with its inputs and outputs.
 */
public final class SubGraph implements Params.Body {
  private final Graph graph;
  private final Map<String, Executable> executables = new ConcurrentHashMap<>();

  SubGraph(Graph graph) {
    this.graph = graph;
  }

  /**
   * Returns a body that runs {@code graph}.
   *
   * @param graph the recorded body: its inputs are the body's arguments, its outputs its results
   * @throws dev.ivy.errors.IvyArgumentException if {@code graph} is null
   */
  public static SubGraph of(Graph graph) {
    if (graph == null) {
      throw new dev.ivy.errors.IvyArgumentException("SubGraph.of: graph must not be null");
    }
    return new SubGraph(graph);
  }

  /** Returns the recorded body. */
  public Graph graph() {
    return graph;
  }

  @Override
  public List<Array> apply(List<Array> args) {
    String backend = args.isEmpty() ? Ivy.currentBackend().name() : args.get(0).backendName();
    Executable e = executables.computeIfAbsent(backend, graph::toBackend);
    return e.run(args.toArray(new Array[0]));
  }

  @Override
  public String toString() {
    return "SubGraph[" + graph.nodes().size() + " nodes]";
  }
}
