package dev.ivy.trace;

import dev.ivy.Array;
import dev.ivy.prim.Aval;
import dev.ivy.trace.passes.Passes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A traced function in SSA form (JAX's jaxpr, torch.fx's Graph): input values, constant values,
 * nodes that each define new values from earlier ones, and the output values with the structure of
 * the result. Every value has an integer id, defined exactly once. Graphs are immutable; passes
 * return new graphs.
 *
 * <pre>{@code
 * Graph g = Tracer.trace(x -> Ivy.tanh(Ivy.add(x, x)), x);
 * g.toString();
 * // graph(%0:float32[3]) {
 * //   %1:float32[3] = add %0 %0
 * //   %2:float32[3] = tanh %1
 * //   return %2
 * // }
 * }</pre>
 */
public final class Graph implements dev.ivy.TracedFunction {
  private final List<Integer> inputs;
  private final List<Aval> inputAvals;
  private final Map<Integer, Constant> constants;
  private final List<Node> nodes;
  private final List<Integer> outputs;
  private final Structure structure;

  /**
   * Creates a graph; see {@link GraphVerifier} for the rules it must satisfy.
   *
   * @param inputs ids of the input values
   * @param inputAvals their avals
   * @param constants constant values by id, in definition order
   * @param nodes the nodes, in execution order
   * @param outputs ids of the output values
   * @param structure the result's structure, whose leaves index {@code outputs}
   */
  public Graph(
      List<Integer> inputs,
      List<Aval> inputAvals,
      Map<Integer, Constant> constants,
      List<Node> nodes,
      List<Integer> outputs,
      Structure structure) {
    this.inputs = List.copyOf(inputs);
    this.inputAvals = List.copyOf(inputAvals);
    this.constants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    this.nodes = List.copyOf(nodes);
    this.outputs = List.copyOf(outputs);
    this.structure = structure;
  }

  /** Returns the ids of the input values. */
  public List<Integer> inputs() {
    return inputs;
  }

  /** Returns the avals of the inputs, in order. */
  public List<Aval> inputAvals() {
    return inputAvals;
  }

  /** Returns the constant values by id, in definition order. */
  public Map<Integer, Constant> constants() {
    return constants;
  }

  /** Returns the nodes in execution order. */
  public List<Node> nodes() {
    return nodes;
  }

  /** Returns the ids of the output values (a value may appear several times). */
  public List<Integer> outputs() {
    return outputs;
  }

  /** Returns the structure of the result. */
  public Structure structure() {
    return structure;
  }

  /** Returns the aval of every value by id. */
  public Map<Integer, Aval> avals() {
    Map<Integer, Aval> m = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      m.put(inputs.get(i), inputAvals.get(i));
    }
    for (Map.Entry<Integer, Constant> e : constants.entrySet()) {
      m.put(e.getKey(), e.getValue().aval());
    }
    for (Node n : nodes) {
      for (int i = 0; i < n.outputs().length; i++) {
        m.put(n.outputs()[i], n.outAvals()[i]);
      }
    }
    return m;
  }

  /**
   * Returns an equal graph whose ids are 0.. for the inputs, then the constants, then node outputs
   * in order, so that graphs printed after passes read the same.
   */
  public Graph renumbered() {
    Map<Integer, Integer> map = new HashMap<>();
    List<Integer> in = new ArrayList<>();
    for (int id : inputs) {
      map.put(id, map.size());
      in.add(map.get(id));
    }
    Map<Integer, Constant> cs = new LinkedHashMap<>();
    for (Map.Entry<Integer, Constant> e : constants.entrySet()) {
      map.put(e.getKey(), map.size());
      cs.put(map.get(e.getKey()), e.getValue());
    }
    List<Node> ns = new ArrayList<>();
    for (Node n : nodes) {
      int[] ins = n.inputs();
      for (int i = 0; i < ins.length; i++) {
        ins[i] = map.get(ins[i]);
      }
      int[] outs = n.outputs();
      for (int i = 0; i < outs.length; i++) {
        map.put(outs[i], map.size());
        outs[i] = map.get(outs[i]);
      }
      ns.add(new Node(n.prim(), n.params(), ins, outs, n.outAvals()));
    }
    List<Integer> out = new ArrayList<>();
    for (int id : outputs) {
      out.add(map.get(id));
    }
    return new Graph(in, inputAvals, cs, ns, out, structure);
  }

  /**
   * Runs the graph on the inputs' backend and returns the flat outputs.
   *
   * @param args one array per input, with the traced shapes and dtypes
   * @throws dev.ivy.errors.IvyArgumentException if an input's shape or dtype differs from the trace
   */
  @Override
  public List<Array> run(Array... args) {
    if (args.length == 0) {
      return toBackend(dev.ivy.Ivy.currentBackend().name()).run();
    }
    return toBackend(args[0].backendName()).run(args);
  }

  /**
   * Runs the graph on the inputs' backend and returns the result with the traced structure: an
   * {@link Array} or a nested list of them.
   */
  public Object call(Array... args) {
    return structure.assemble(run(args));
  }

  /**
   * Returns an executable that replays this graph on backend {@code name}.
   *
   * @param name a backend name or alias ({@code "tf"}, {@code "torch"}, {@code "nd4j"})
   * @throws dev.ivy.errors.BackendNotFoundException if no such backend is available
   */
  @Override
  public Executable toBackend(String name) {
    return new Executable(this, name);
  }

  /** Returns the graph after dead-code elimination, CSE, folding and identity removal. */
  @Override
  public Graph optimize() {
    return Passes.optimize(this);
  }

  /** Returns the graph as core's straight-line program: what backends compile and export. */
  public dev.ivy.backend.Program toProgram() {
    return Executable.toProgram(this);
  }

  /**
   * Exports this graph to backend {@code name}'s own objects through its {@link
   * dev.ivy.backend.ProgramExporter}: a SavedModel directory for {@code "tf"}, a DJL {@code Block}
   * for {@code "torch"}, a {@code SameDiff} for {@code "nd4j"}.
   *
   * @throws dev.ivy.errors.BackendCapabilityException if the backend has no exporter
   * @throws dev.ivy.errors.BackendNotFoundException if no such backend is available
   */
  public Object export(String name, dev.ivy.backend.ExportSpec spec) {
    dev.ivy.backend.Backend b = dev.ivy.backend.BackendRegistry.get(name);
    return b.exporter()
        .orElseThrow(
            () ->
                new dev.ivy.errors.BackendCapabilityException(
                    "export: backend " + b.name() + " has no exporter to its own objects"))
        .export(toProgram(), spec);
  }

  /** Returns the graph as Graphviz DOT. */
  @Override
  public String toDot() {
    return GraphText.dot(this);
  }

  /** Returns one stable line per node, like a jaxpr. */
  @Override
  public String toString() {
    return GraphText.text(this);
  }
}
