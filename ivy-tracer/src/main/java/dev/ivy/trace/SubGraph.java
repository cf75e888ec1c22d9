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
 */
final class SubGraph implements Params.Body {
  private final Graph graph;
  private final Map<String, Executable> executables = new ConcurrentHashMap<>();

  SubGraph(Graph graph) {
    this.graph = graph;
  }

  /** Returns the recorded body. */
  Graph graph() {
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
