package dev.ivy.trace;

import dev.ivy.Array;
import dev.ivy.errors.IvyArgumentException;
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
  private final TreeDef inputTree;
  private final BatchPolymorphism batch;
  private final Map<Long, Graph> instances = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The executables {@link #run} uses, one per backend: compiled once (a TorchScript module, a
   * TensorFlow session) and kept as long as the graph, which never changes.
   */
  private final Map<String, Executable> runners = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Creates a graph of flat array inputs; see {@link GraphVerifier} for the rules it must satisfy.
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
    this(inputs, inputAvals, constants, nodes, outputs, structure, null, null);
  }

  /**
   * Creates a graph with the structure of its arguments and, optionally, a symbolic batch size.
   *
   * @param inputs ids of the input values
   * @param inputAvals their avals (for a batch-polymorphic graph, at its traced batch size)
   * @param constants constant values by id, in definition order
   * @param nodes the nodes, in execution order
   * @param outputs ids of the output values
   * @param structure the result's structure, whose leaves index {@code outputs}
   * @param inputTree the arguments' structure, whose array leaves index {@code inputs}; null for
   *     flat array arguments
   * @param batch how the graph depends on the batch size, or null if it is not batch-polymorphic
   */
  public Graph(
      List<Integer> inputs,
      List<Aval> inputAvals,
      Map<Integer, Constant> constants,
      List<Node> nodes,
      List<Integer> outputs,
      Structure structure,
      TreeDef inputTree,
      BatchPolymorphism batch) {
    this.inputs = List.copyOf(inputs);
    this.inputAvals = List.copyOf(inputAvals);
    this.constants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    this.nodes = List.copyOf(nodes);
    this.outputs = List.copyOf(outputs);
    this.structure = structure;
    this.inputTree = inputTree != null ? inputTree : TreeDef.flat(inputs.size());
    if (this.inputTree.leafCount() != inputs.size()) {
      throw new IllegalStateException(
          "Graph: the input tree has "
              + this.inputTree.leafCount()
              + " array leaves for "
              + inputs.size()
              + " inputs");
    }
    this.batch = batch;
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

  /**
   * Returns the structure of the arguments: which are arrays (leaf i is input i), nested lists and
   * maps, and which are static values baked into the graph.
   */
  public TreeDef inputTree() {
    return inputTree;
  }

  /**
   * Returns how the graph depends on its symbolic batch size, if it was traced with {@link
   * dev.ivy.TraceOptions#polymorphicBatch()}.
   */
  public java.util.Optional<BatchPolymorphism> batchPolymorphism() {
    return java.util.Optional.ofNullable(batch);
  }

  @Override
  public boolean isBatchPolymorphic() {
    return batch != null;
  }

  /**
   * Returns this graph with its symbolic batch size set to {@code b}: a graph that is not
   * batch-polymorphic, with concrete shapes, verified by {@link GraphVerifier}. Instances are
   * cached per batch size.
   *
   * @param b the batch size
   * @throws IvyArgumentException if the graph is not batch-polymorphic and {@code b} differs from
   *     its traced batch size, or if its operations do not allow batch size {@code b} (for example
   *     a slice longer than the batch)
   */
  @Override
  public Graph atBatch(long b) {
    if (batch == null) {
      long traced =
          inputAvals.isEmpty() || inputAvals.get(0).shape().rank() == 0
              ? -1
              : inputAvals.get(0).shape().dim(0);
      if (b == traced) {
        return this;
      }
      throw new IvyArgumentException(
          "graph: atBatch needs a batch-polymorphic graph; this one was traced at fixed shapes "
              + inputAvals
              + " (trace with TraceOptions.polymorphicBatch() to run it at any batch size)");
    }
    if (b < 0) {
      throw new IvyArgumentException("graph: the batch size must be >= 0; got " + b);
    }
    Graph g = instances.get(b);
    if (g != null) {
      return g;
    }
    Map<String, BatchPolymorphism.Affine> sites = batch.sites();
    try {
      g = Sites.substitute(this, p -> sites.containsKey(p) ? sites.get(p).at(b) : null);
      GraphVerifier.verify(g);
    } catch (IllegalStateException | ArithmeticException | dev.ivy.errors.IvyException e) {
      throw new IvyArgumentException(
          "graph: cannot run at batch size "
              + b
              + " (traced at "
              + batch.tracedSizes()
              + "): "
              + e.getMessage(),
          e);
    }
    Graph prev = instances.putIfAbsent(b, g);
    return prev != null ? prev : g;
  }

  /**
   * Returns the batch size of flat inputs for this batch-polymorphic graph, after checking every
   * input's dtype, rank and non-batch dimensions and that all share one batch size.
   */
  long batchOf(Array[] args) {
    if (args.length != inputAvals.size()) {
      throw new IvyArgumentException(
          "graph: expected " + inputAvals.size() + " inputs; got " + args.length);
    }
    List<String> paths = inputTree.leafPaths();
    long b = -1;
    int first = -1;
    for (int i = 0; i < args.length; i++) {
      Aval want = inputAvals.get(i);
      Aval got = args[i] == null ? null : args[i].aval();
      boolean batched = batch.sites().containsKey("%" + inputs.get(i) + "[0]");
      boolean ok =
          got != null
              && got.dtype() == want.dtype()
              && got.shape().rank() == want.shape().rank()
              && (!batched || got.shape().rank() > 0);
      for (int k = batched ? 1 : 0; ok && k < want.shape().rank(); k++) {
        ok = got.shape().dim(k) == want.shape().dim(k);
      }
      if (!ok) {
        throw new IvyArgumentException(
            "graph: input "
                + paths.get(i)
                + " must be "
                + polyAval(i)
                + " as traced (b: any batch size); got "
                + (got == null ? "null" : got));
      }
      if (!batched) {
        continue;
      }
      long bi = got.shape().dim(0);
      if (b >= 0 && bi != b) {
        throw new IvyArgumentException(
            "graph: all batched inputs must share the batch size (axis 0); input "
                + paths.get(first)
                + " has "
                + b
                + " and input "
                + paths.get(i)
                + " has "
                + bi);
      }
      b = bi;
      if (first < 0) {
        first = i;
      }
    }
    return b;
  }

  private String polyAval(int i) {
    return GraphText.value(inputs.get(i), inputAvals.get(i), siteFormat(), "")
        .replaceFirst("^%[0-9]+:", "");
  }

  /** Returns the site format printing batch-dependent sites in {@code b}. */
  private GraphText.SiteFormat siteFormat() {
    if (batch == null) {
      return GraphText.PLAIN;
    }
    Map<String, BatchPolymorphism.Affine> sites = batch.sites();
    return (path, value, printed) -> {
      BatchPolymorphism.Affine a = sites.get(path);
      return a != null ? a.toString() : printed;
    };
  }

  /**
   * Flattens arguments given in the traced structure into the graph's array inputs, checking the
   * structure and static values; flat arrays (one per input) are accepted as they are.
   *
   * @throws IvyArgumentException naming the argument path on a mismatch
   */
  public List<Array> flattenArgs(Object... args) {
    if (args == null) {
      throw new IvyArgumentException("graph: args must not be null");
    }
    boolean allArrays = true;
    for (Object o : args) {
      allArrays &= o instanceof Array;
    }
    if (allArrays && args.length == inputs.size()) {
      List<Array> r = new ArrayList<>();
      for (Object o : args) {
        r.add((Array) o);
      }
      return r;
    }
    int want = ((TreeDef.Seq) inputTree).items().size();
    if (args.length != want) {
      throw new IvyArgumentException(
          "graph: expected "
              + want
              + " arguments structured as traced ("
              + inputTree.format()
              + ") or "
              + inputs.size()
              + " flat arrays; got "
              + args.length
              + " arguments");
    }
    return inputTree.match(java.util.Arrays.asList(args), "graph");
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
    return new Graph(
        in,
        inputAvals,
        cs,
        ns,
        out,
        structure,
        inputTree,
        batch == null ? null : batch.renumbered(map));
  }

  /**
   * Runs the graph on the inputs' backend and returns the flat outputs. The first run on a backend
   * prepares (and where the backend can, compiles) the graph for it; later runs reuse that.
   *
   * @param args one array per input, with the traced shapes and dtypes (any batch size on axis 0
   *     for a batch-polymorphic graph)
   * @throws dev.ivy.errors.IvyArgumentException if an input's shape or dtype differs from the trace
   */
  @Override
  public List<Array> run(Array... args) {
    if (args.length == 0) {
      return toBackend(dev.ivy.Ivy.currentBackend().name()).run();
    }
    if (args[0] == null) {
      throw new IvyArgumentException("graph: input " + inputTree.leafPaths().get(0) + " is null");
    }
    // the executable fits a batch-polymorphic graph to each batch size itself
    String name = dev.ivy.backend.BackendRegistry.get(args[0].backendName()).name();
    return runners.computeIfAbsent(name, n -> new Executable(this, n)).run(args);
  }

  /**
   * Runs the graph on arguments in the traced structure (arrays, lists, maps and the traced static
   * values) and returns the flat outputs; see {@link #call(Object...)} for the result's structure.
   *
   * @throws IvyArgumentException naming the argument path if the structure, a static value or a
   *     leaf's shape or dtype differs from the trace
   */
  public List<Array> run(Object... args) {
    return run(flattenArgs(args).toArray(new Array[0]));
  }

  /**
   * Runs the graph on the inputs' backend and returns the result with the traced structure: an
   * {@link Array} or a nested list of them.
   *
   * @param args the arguments in the traced structure (arrays, lists, maps and the traced static
   *     values), or one array per input
   * @throws IvyArgumentException naming the argument path if the structure, a static value or a
   *     leaf's shape or dtype differs from the trace
   */
  @Override
  public Object call(Object... args) {
    return structure.assemble(run(flattenArgs(args).toArray(new Array[0])));
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

  /**
   * Returns the graph after dead-code elimination, CSE, folding and identity removal. A
   * batch-polymorphic graph stays polymorphic: the passes run on its instances at the traced batch
   * sizes, which are fitted again; where folding makes a constant depend on the batch size, the
   * passes run without folding.
   */
  @Override
  public Graph optimize() {
    if (batch == null) {
      return Passes.optimize(this);
    }
    try {
      return mapInstances(Passes::optimize);
    } catch (dev.ivy.errors.TracingException e) {
      return mapInstances(
          g -> {
            for (int round = 0; round < 4; round++) {
              Graph next =
                  dev.ivy.trace.passes.DeadCode.run(
                      dev.ivy.trace.passes.CommonSubexpressions.run(
                          dev.ivy.trace.passes.Identities.run(g)));
              if (next.toString().equals(g.toString())) {
                return next;
              }
              g = next;
            }
            return g;
          });
    }
  }

  /**
   * Applies {@code f} to the instances at the traced batch sizes and fits the results again.
   *
   * @throws dev.ivy.errors.TracingException if the results are not polymorphic
   */
  private Graph mapInstances(java.util.function.Function<Graph, Graph> f) {
    List<Graph> gs = new ArrayList<>();
    for (long b : batch.tracedSizes()) {
      gs.add(f.apply(atBatch(b)));
    }
    Graph g = gs.get(0);
    return new Graph(
        g.inputs,
        g.inputAvals,
        g.constants,
        g.nodes,
        g.outputs,
        g.structure,
        inputTree,
        BatchPolymorphism.fit(gs, batch.tracedSizes()));
  }

  /** Returns the graph as core's straight-line program: what backends compile and export. */
  public dev.ivy.backend.Program toProgram() {
    return Executable.toProgram(this);
  }

  /**
   * Exports this graph to {@code target}'s own objects: a backend's through its {@link
   * dev.ivy.backend.ProgramExporter} (a SavedModel directory for {@code "tf"}, a DJL {@code Block}
   * for {@code "torch"}, a {@code SameDiff} for {@code "nd4j"}), or a {@link dev.ivy.GraphExporter}
   * on the class path ({@code "onnx"} with {@code ivy-onnx}). A batch-polymorphic graph keeps its
   * batch symbolic where the exporter can (ONNX, SavedModel); otherwise the export is at its traced
   * batch size ({@code atBatch(b).export(...)} for another).
   *
   * @throws dev.ivy.errors.BackendCapabilityException if the backend has no exporter or cannot
   *     export a primitive of the graph
   * @throws dev.ivy.errors.BackendNotFoundException if no backend or exporter has that name
   */
  @Override
  public dev.ivy.Exported export(String target, dev.ivy.backend.ExportSpec spec) {
    if (target == null || spec == null) {
      throw new IvyArgumentException("export: target and spec must not be null");
    }
    for (dev.ivy.GraphExporter x : java.util.ServiceLoader.load(dev.ivy.GraphExporter.class)) {
      if (x.target().equalsIgnoreCase(target)) {
        return new dev.ivy.Exported(x.target(), x.export(this, spec), spec);
      }
    }
    dev.ivy.backend.Backend b = dev.ivy.backend.BackendRegistry.get(target);
    dev.ivy.backend.ProgramExporter x =
        b.exporter()
            .orElseThrow(
                () ->
                    new dev.ivy.errors.BackendCapabilityException(
                        "export: backend " + b.name() + " has no exporter to its own objects"));
    Object o = null;
    if (batch != null) {
      // compare two generic batch sizes: a rule may build batch size 1 differently
      long base = Math.max(2, batch.tracedBatch());
      try {
        o =
            x.exportPolymorphic(
                atBatch(base).decompose(p -> !x.supports(p)).toProgram(),
                atBatch(base + 1).decompose(p -> !x.supports(p)).toProgram(),
                base,
                spec);
      } catch (IvyArgumentException e) {
        // the graph does not run at those batch sizes: export its traced batch size only
        o = null;
      }
    }
    if (o == null) {
      o = x.export(decompose(p -> !x.supports(p)).toProgram(), spec);
    }
    return new dev.ivy.Exported(b.name(), o, spec);
  }

  /**
   * Returns the default names of {@link #export(String, java.nio.file.Path)}: {@code input_0}...
   * for flat array arguments; for structured ones each leaf is named after its argument path
   * ({@code args[1]["w"]} is {@code input_1/w}); {@code output_0}... for the outputs.
   */
  @Override
  public dev.ivy.backend.ExportSpec exportSpec(java.nio.file.Path target) {
    List<String> in = new ArrayList<>();
    for (String p : inputTree.leafPaths()) {
      // args[1]["w"][0] -> input_1/w/0
      String s = p.replaceFirst("^args\\[(\\d+)\\]", "input_$1");
      s = s.replaceAll("\\[\"?([^\\]\"]*)\"?\\]", "/$1");
      in.add(s);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < outputs.size(); i++) {
      out.add("output_" + i);
    }
    return new dev.ivy.backend.ExportSpec(
        dev.ivy.backend.ExportSpec.safeNames(in), out, Map.of(), target);
  }

  /**
   * Writes this graph to {@code file} with {@link dev.ivy.trace.io.GraphIO#save}.
   *
   * @throws dev.ivy.errors.IvyException naming the file if it cannot be written
   */
  @Override
  public void save(java.nio.file.Path file) {
    dev.ivy.trace.io.GraphIO.save(this, file);
  }

  /**
   * Returns this graph with every coarse operation ({@link dev.ivy.prim.Prim#COARSE}) for which
   * {@code expand} holds replaced by its decomposition into primitives (this graph itself when
   * there is none). Bodies of control-flow nodes are kept as they are.
   */
  public Graph decompose(java.util.function.Predicate<dev.ivy.prim.Prim> expand) {
    boolean any = false;
    for (Node n : nodes) {
      any |= dev.ivy.prim.Prim.COARSE.contains(n.prim()) && expand.test(n.prim());
    }
    return any ? Tracer.decompose(this, expand) : this;
  }

  /** Returns the graph as Graphviz DOT. */
  @Override
  public String toDot() {
    return GraphText.dot(this);
  }

  /**
   * Returns one stable line per node, like a jaxpr; a batch-polymorphic graph prints its
   * batch-dependent sizes in {@code b} ({@code float32[b,784]}, {@code reshape[shape=[b,3072]]}).
   */
  @Override
  public String toString() {
    return GraphText.text(this, siteFormat(), "");
  }
}
