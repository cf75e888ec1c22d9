package dev.ivy.trace;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.backend.CompiledProgram;
import dev.ivy.backend.Program;
import dev.ivy.backend.ProgramCompiler;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.dispatch.EagerInterpreter;
import dev.ivy.errors.BackendMismatchException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.internal.ArrayInternals;
import dev.ivy.prim.Aval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A graph compiled for one backend: an execution plan that replays the nodes through {@link
 * Dispatcher#bind} (so a replay can itself be traced or differentiated), with the graph's constants
 * created on the backend once and kept, and each intermediate freed as soon as its last use has run
 * (except under a gradient tape, whose recorded VJP rules read them again: they are left to the
 * caller's scope).
 *
 * <p>When the backend offers a {@link ProgramCompiler} (TensorFlow: a real TF graph run by a
 * session; ND4J: a flat plan of its kernels) and it compiles the whole graph, eager runs go through
 * the compiled program instead; a run under another interpreter (a trace, autodiff) still replays.
 * {@link #isCompiled()} says which.
 */
public final class Executable implements dev.ivy.TracedFunction.Prepared {
  private final Graph graph;
  private final Backend backend;
  private final Map<Integer, Integer> uses = new HashMap<>();
  private Map<Integer, Array> constants;
  private final Aval[] outAvals;
  private CompiledProgram compiled;

  /** For a batch-polymorphic graph: the executables of its instances at other batch sizes. */
  private final Map<Long, Executable> perBatch = new java.util.concurrent.ConcurrentHashMap<>();

  Executable(Graph graph, String backendName) {
    this.graph = graph;
    this.backend = BackendRegistry.get(backendName);
    Map<Integer, Aval> avals = graph.avals();
    this.outAvals = graph.outputs().stream().map(avals::get).toArray(Aval[]::new);
    this.compiled =
        compile(
            graph.isBatchPolymorphic()
                ? graph.atBatch(graph.batchPolymorphism().get().tracedBatch())
                : graph,
            backend);
    for (Node n : graph.nodes()) {
      for (int id : n.inputs()) {
        uses.merge(id, 1, Integer::sum);
      }
    }
    for (int id : graph.outputs()) {
      // outputs are handed to the caller: never freed here
      uses.merge(id, 1 << 20, Integer::sum);
    }
  }

  /** Returns the graph this executes. */
  public Graph graph() {
    return graph;
  }

  /**
   * Returns whether runs go through the backend's compiled program (a TensorFlow graph, an ND4J
   * plan) rather than a replay through the dispatcher.
   */
  @Override
  public boolean isCompiled() {
    return compiled != null;
  }

  /** Returns the backend's canonical name. */
  public String backendName() {
    return backend.name();
  }

  /**
   * Runs the plan and returns the flat outputs, arrays of this executable's backend.
   *
   * @param args one array per graph input, of this backend, with the traced shapes and dtypes
   * @throws IvyArgumentException if the number, shape or dtype of the inputs differs from the trace
   * @throws BackendMismatchException if an input belongs to another backend
   */
  @Override
  public List<Array> run(Array... args) {
    List<dev.ivy.prim.Aval> want = graph.inputAvals();
    if (args.length != want.size()) {
      throw new IvyArgumentException(
          "graph: expected " + want.size() + " inputs; got " + args.length);
    }
    if (graph.isBatchPolymorphic()) {
      long b = graph.batchOf(args);
      if (b != graph.batchPolymorphism().get().tracedBatch()) {
        Executable e = perBatch.get(b);
        if (e == null) {
          e = new Executable(graph.atBatch(b), backend.name());
          Executable prev = perBatch.putIfAbsent(b, e);
          if (prev != null) {
            e.close();
            e = prev;
          }
        }
        return e.run(args);
      }
    }
    List<String> paths = graph.inputTree().leafPaths();
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) {
        throw new IvyArgumentException(
            "graph: input " + paths.get(i) + " must be " + want.get(i) + " as traced; got null");
      }
      if (!args[i].aval().equals(want.get(i))) {
        throw new IvyArgumentException(
            "graph: input "
                + paths.get(i)
                + " must be "
                + want.get(i)
                + " as traced; got "
                + args[i].aval()
                + batchHint(want.get(i), args[i].aval()));
      }
      if (args[i].backend() != backend) {
        throw new BackendMismatchException(
            "graph: input "
                + paths.get(i)
                + " must belong to backend "
                + backend.name()
                + "; got "
                + args[i].backendName()
                + " (convert it with Ivy.toBackend(x, \""
                + backend.name()
                + "\"))");
      }
    }
    boolean eager = eagerOnly();
    CompiledProgram cp = compiled;
    if (cp != null && eager) {
      return runCompiled(cp, args);
    }
    try (var b = Ivy.withBackend(backend.name())) {
      Map<Integer, Array> env = new HashMap<>(constants());
      for (int i = 0; i < args.length; i++) {
        env.put(graph.inputs().get(i), args[i]);
      }
      Map<Integer, Integer> left = new HashMap<>(uses);
      // a control-flow node may hand back an array it was given (a cond branch or a while body
      // that passes a value through, a while that runs zero times), so one array can stand for
      // several values: count remaining uses per array, and never free the caller's arguments or
      // the cached constants
      Set<Array> foreign = Collections.newSetFromMap(new IdentityHashMap<>());
      foreign.addAll(env.values());
      // under autodiff the tape keeps intermediates for the backward pass: leave them to the
      // caller's scope instead of freeing them after their last use here
      boolean free = true;
      for (var it : Dispatcher.stack()) {
        free &= !it.keepsArrays();
      }
      Map<Array, Integer> live = free ? new IdentityHashMap<>() : null;
      for (Node n : graph.nodes()) {
        int[] ids = n.inputs();
        Array[] in = new Array[ids.length];
        for (int i = 0; i < ids.length; i++) {
          in[i] = env.get(ids[i]);
        }
        Array[] out =
            n.isMulti()
                ? Dispatcher.bindMulti(n.prim(), n.params(), in)
                : new Array[] {Dispatcher.bind(n.prim(), n.params(), in)};
        int[] outIds = n.outputs();
        for (int i = 0; i < outIds.length; i++) {
          env.put(outIds[i], out[i]);
          if (live != null) {
            live.merge(out[i], left.getOrDefault(outIds[i], 0), Integer::sum);
          }
        }
        if (live == null) {
          continue;
        }
        for (Array o : out) {
          release(o, live, foreign); // dead outputs of a multi-output node
        }
        for (int id : ids) {
          left.merge(id, -1, Integer::sum);
          Array a = env.get(id);
          if (live.containsKey(a)) {
            live.merge(a, -1, Integer::sum);
            release(a, live, foreign);
          }
        }
      }
      List<Array> r = new ArrayList<>();
      for (int id : graph.outputs()) {
        r.add(env.get(id));
      }
      return r;
    }
  }

  private static void release(Array a, Map<Array, Integer> live, Set<Array> foreign) {
    Integer n = live.get(a);
    if (n != null && n <= 0 && !foreign.contains(a)) {
      live.remove(a);
      a.close();
    }
  }

  /**
   * Runs the plan on arguments in the traced structure (arrays, lists, maps and the traced static
   * values) and returns the flat outputs.
   *
   * @throws IvyArgumentException naming the argument path if the structure, a static value or a
   *     leaf's shape or dtype differs from the trace
   */
  public List<Array> run(Object... args) {
    return run(graph.flattenArgs(args).toArray(new Array[0]));
  }

  /**
   * Runs the plan on arguments in the traced structure (or one array per input) and returns the
   * result with the traced structure.
   *
   * @throws IvyArgumentException naming the argument path if the structure, a static value or a
   *     leaf's shape or dtype differs from the trace
   */
  @Override
  public Object call(Object... args) {
    return graph.structure().assemble(run(graph.flattenArgs(args).toArray(new Array[0])));
  }

  /** Returns a hint to the polymorphic-batch option when only axis 0 differs, else "". */
  private static String batchHint(Aval want, Aval got) {
    long[] w = want.shape().dims();
    long[] g = got.shape().dims();
    if (want.dtype() != got.dtype() || w.length != g.length || w.length == 0 || w[0] == g[0]) {
      return "";
    }
    for (int k = 1; k < w.length; k++) {
      if (w[k] != g[k]) {
        return "";
      }
    }
    return " (only the batch size on axis 0 differs: trace with TraceOptions.polymorphicBatch()"
        + " to run the graph at any batch size)";
  }

  private synchronized Map<Integer, Array> constants() {
    if (constants == null) {
      Map<Integer, Array> m = new HashMap<>();
      // created on a helper thread, which has no Scope and no interpreters: the caller's scope must
      // not free cached constants, and a trace around run() must not see their creation
      Thread t =
          new Thread(
              () -> {
                for (Map.Entry<Integer, Constant> e : graph.constants().entrySet()) {
                  Constant c = e.getValue();
                  m.put(e.getKey(), Dispatcher.constant(backend, c.aval(), c.buffer()));
                }
              },
              "ivy-graph-constants");
      RuntimeException[] err = new RuntimeException[1];
      t.setUncaughtExceptionHandler(
          (th, ex) ->
              err[0] = ex instanceof RuntimeException re ? re : new IllegalStateException(ex));
      t.start();
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("graph: interrupted while creating constants", e);
      }
      if (err[0] != null) {
        throw err[0];
      }
      constants = m;
    }
    return constants;
  }

  private List<Array> runCompiled(CompiledProgram cp, Array[] args) {
    Object[] in = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      in[i] = ArrayInternals.payload(args[i]);
    }
    Object[] out = cp.run(in);
    List<Array> r = new ArrayList<>(out.length);
    for (int i = 0; i < out.length; i++) {
      r.add(ArrayInternals.wrap(backend, outAvals[i], out[i]));
    }
    return r;
  }

  /** Returns whether the only interpreters on this thread's stack are eager ones. */
  private static boolean eagerOnly() {
    for (var it : Dispatcher.stack()) {
      if (!(it instanceof EagerInterpreter)) {
        return false;
      }
    }
    return true;
  }

  /** Compiles the graph with the backend's compiler, or returns null to replay it. */
  private static CompiledProgram compile(Graph graph, Backend backend) {
    java.util.Optional<ProgramCompiler> pc = backend.compiler();
    if (pc.isEmpty()) {
      return null;
    }
    ProgramCompiler c = pc.get();
    return c.compile(toProgram(graph.decompose(p -> !c.supports(p)))).orElse(null);
  }

  /** Returns the graph as core's straight-line {@link Program}. */
  static Program toProgram(Graph graph) {
    Map<Integer, Aval> avals = graph.avals();
    List<Program.Input> ins = new ArrayList<>();
    for (int i = 0; i < graph.inputs().size(); i++) {
      ins.add(new Program.Input(graph.inputs().get(i), graph.inputAvals().get(i)));
    }
    List<Program.ConstantValue> cs = new ArrayList<>();
    for (Map.Entry<Integer, Constant> e : graph.constants().entrySet()) {
      cs.add(new Program.ConstantValue(e.getKey(), e.getValue().aval(), e.getValue().bytes()));
    }
    List<Program.Instruction> is = new ArrayList<>();
    for (Node n : graph.nodes()) {
      int[] ids = n.inputs();
      Aval[] inAvals = new Aval[ids.length];
      for (int i = 0; i < ids.length; i++) {
        inAvals[i] = avals.get(ids[i]);
      }
      is.add(
          new Program.Instruction(n.prim(), n.params(), ids, inAvals, n.outputs(), n.outAvals()));
    }
    return new Program(ins, cs, is, graph.outputs());
  }

  /** Returns how this executable runs, for logs and tests. */
  @Override
  public String toString() {
    return "Executable["
        + backend.name()
        + ", "
        + (compiled != null ? "compiled" : "replay")
        + ", "
        + graph.nodes().size()
        + " nodes"
        + (graph.isBatchPolymorphic() ? ", batch b" + instances() : "")
        + "]";
  }

  /** Returns how the instances run, by batch size: {@code " (b=3: compiled, b=32: replay)"}. */
  private String instances() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Long, Executable> e : new java.util.TreeMap<>(perBatch).entrySet()) {
      sb.append(sb.length() == 0 ? " (" : ", ")
          .append("b=")
          .append(e.getKey())
          .append(": ")
          .append(e.getValue().isCompiled() ? "compiled" : "replay");
    }
    return sb.length() == 0 ? "" : sb.append(')').toString();
  }

  /** Frees the cached constants and the compiled program; a later run replays. */
  @Override
  public synchronized void close() {
    for (Executable e : perBatch.values()) {
      e.close();
    }
    perBatch.clear();
    if (compiled != null) {
      compiled.close();
      compiled = null;
    }
    if (constants != null) {
      for (Array a : constants.values()) {
        a.close();
      }
      constants = null;
    }
  }
}
