package dev.ivy.trace;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.TraceOptions;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.internal.ArrayInternals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Records a function into a {@link Graph} by running it once on symbolic arrays (JAX's {@code
 * make_jaxpr}, Ivy's {@code trace_graph}).
 *
 * <p>Each input becomes a symbolic array with the example's shape, dtype and backend; every
 * primitive call the function makes, through any core or frontend function, becomes a node.
 * Concrete arrays the function uses but does not receive as inputs (captured weights, arrays made
 * from Java data) become constants. Java control flow runs once, at trace time: a branch on an
 * array's value raises {@link dev.ivy.errors.TracingException}.
 *
 * <pre>{@code
 * Array w = Ivy.array(new float[] {1, 2, 3}, 3);
 * Graph g = Tracer.trace(x -> Ivy.mul(x, w), Ivy.ones(DType.FLOAT32, 3));
 * g.run(Ivy.array(new float[] {1, 1, 1}, 3)).get(0); // [1.0, 2.0, 3.0]
 * }</pre>
 *
 * <p><b>Structured and static arguments.</b> {@link #traceArgs(Function, Object...)} takes
 * arguments as JAX takes pytrees: each is an array, a nested {@link List} or a {@link Map} with
 * String keys of arrays, or a static value (number, string, boolean, character, enum, null). Arrays
 * become the graph's inputs in flattening order (depth first, map entries by sorted key); static
 * values are baked into the graph. The graph records the structure ({@link Graph#inputTree()});
 * {@link Graph#call(Object...)} takes arguments of the same structure (or the flat arrays) and
 * raises an exception naming the argument path when the structure, a leaf's shape or dtype, or a
 * static value differs.
 *
 * <p><b>Batch polymorphism.</b> With {@link TraceOptions#polymorphicBatch()}, axis 0 of every input
 * (with {@link TraceOptions#polymorphicBatch(int...)}, of the arrays of the named arguments) is a
 * symbolic batch size {@code b}: the function is traced at the examples' batch size and at two
 * more, and every size and attribute that changes with the batch size must be an affine function of
 * it ({@code b}, {@code 3072*b}, {@code b-1}), which the third trace confirms. The graph prints
 * those sizes in {@code b}, runs at any batch size (instantiating and compiling a concrete graph
 * per size, cached), and a function whose graph changes otherwise with the batch size (a Java
 * branch on {@code x.shape()}, a constant made from batch-sized Java data) raises a {@link
 * dev.ivy.errors.TracingException} naming the first differing node or site. The function runs three
 * times. A graph traced without the option rejects another batch size with an exception that names
 * the option. Control-flow bodies take part like the main graph.
 */
public final class Tracer {
  /** The example inputs of the polymorphic traces: only their aval and backend are read. */
  private record Placeholder() implements dev.ivy.dispatch.Symbolic {}

  private Tracer() {}

  /**
   * Traces {@code fn} of several inputs.
   *
   * @param fn the function; its result must be an Array or a (nested) List of arrays
   * @param exampleInputs arrays giving each input's shape, dtype and backend (values unused)
   * @return the graph
   * @throws dev.ivy.errors.TracingException if {@code fn} reads a traced value on the host
   * @throws IvyArgumentException if the result is not made of arrays
   */
  public static Graph trace(Function<List<Array>, Object> fn, List<Array> exampleInputs) {
    return trace(null, fn, exampleInputs);
  }

  /**
   * Traces {@code fn} of several inputs with {@code options}.
   *
   * @param fn the function; its result must be an Array or a (nested) List of arrays
   * @param options the options, for example {@link TraceOptions#polymorphicBatch()}
   * @param exampleInputs arrays giving each input's shape, dtype and backend (values unused)
   * @return the graph
   * @throws dev.ivy.errors.TracingException if {@code fn} reads a traced value on the host, or is
   *     not polymorphic in the batch dimension
   * @throws IvyArgumentException if the result is not made of arrays, or an input has no axis 0
   */
  public static Graph trace(
      Function<List<Array>, Object> fn, TraceOptions options, List<Array> exampleInputs) {
    if (exampleInputs == null) {
      throw new IvyArgumentException("trace: exampleInputs must not be null");
    }
    for (Array e : exampleInputs) {
      if (e == null) {
        throw new IvyArgumentException("trace: example inputs must not be null");
      }
    }
    return traceArgs(l -> fn.apply(arrays(l)), options, exampleInputs.toArray());
  }

  /** Traces {@code fn} of one input with {@code options}; see {@link #trace(Function, List)}. */
  public static Graph trace(Function<Array, ?> fn, TraceOptions options, Array example) {
    return trace(l -> fn.apply(l.get(0)), options, java.util.Arrays.asList(example));
  }

  /**
   * Traces {@code fn} of structured arguments: arrays, nested lists and maps with String keys of
   * arrays, and static values; see the class description.
   *
   * <pre>{@code
   * Graph g = Tracer.traceArgs(
   *     a -> Ivy.multiply(Ivy.add(a.array(0, "x"), a.array(0, "y")), a.get(1)),
   *     Map.of("x", x, "y", y), 2.0);
   * g.call(Map.of("x", x2, "y", y2), 2.0); // the result
   * g.call(Map.of("x", x2, "y", y2), 3.0); // IvyArgumentException: static argument args[1] ...
   * }</pre>
   *
   * @param fn the function; it receives the arguments ({@link dev.ivy.TraceArgs}: a list with typed
   *     access) with every array replaced by a symbolic one, lists and maps rebuilt immutable, and
   *     returns an Array or a (nested) List of arrays
   * @param args the example arguments (array values unused)
   * @return the graph
   * @throws dev.ivy.errors.TracingException if {@code fn} reads a traced value on the host
   * @throws IvyArgumentException naming the argument path if an argument is of another kind
   */
  public static Graph traceArgs(Function<? super dev.ivy.TraceArgs, Object> fn, Object... args) {
    return traceArgs(fn, TraceOptions.defaults(), args);
  }

  /**
   * Traces {@code fn} of structured arguments with {@code options}; see {@link #traceArgs(Function,
   * Object...)} and, for {@link TraceOptions#polymorphicBatch()}, the class description.
   *
   * @throws dev.ivy.errors.TracingException if {@code fn} reads a traced value on the host, or is
   *     not polymorphic in the batch dimension
   * @throws IvyArgumentException naming the argument path if an argument is of another kind, or
   *     (polymorphic) has no axis 0 or another batch size than the others
   */
  public static Graph traceArgs(
      Function<? super dev.ivy.TraceArgs, Object> fn, TraceOptions options, Object... args) {
    if (fn == null || options == null || args == null) {
      throw new IvyArgumentException("trace: fn, options and args must not be null");
    }
    List<Array> leaves = new ArrayList<>();
    TreeDef tree = TreeDef.flatten(java.util.Arrays.asList(args), leaves);
    Function<List<Array>, Object> flatFn =
        l -> fn.apply(new dev.ivy.TraceArgs(argList(tree.unflatten(l))));
    if (!options.isPolymorphicBatch()) {
      return withTree(trace(null, flatFn, leaves), tree, null);
    }
    List<String> paths = tree.leafPaths();
    int[] named = options.batchedArgs();
    if (named != null && named[named.length - 1] >= args.length) {
      throw new IvyArgumentException(
          "trace: TraceOptions.polymorphicBatch names argument "
              + named[named.length - 1]
              + "; got "
              + args.length
              + " arguments");
    }
    boolean[] batched = new boolean[leaves.size()];
    int first = -1;
    for (int i = 0; i < leaves.size(); i++) {
      String p = paths.get(i);
      batched[i] = options.isBatched(Integer.parseInt(p.substring(5, p.indexOf(']'))));
      if (batched[i] && first < 0) {
        first = i;
      }
    }
    if (first < 0) {
      throw new IvyArgumentException(
          "trace: TraceOptions.polymorphicBatch() needs at least one batched array argument; got"
              + " none");
    }
    long b0 = leaves.get(first).rank() == 0 ? -1 : leaves.get(first).shape().dim(0);
    for (int i = 0; i < leaves.size(); i++) {
      Array a = leaves.get(i);
      if (!batched[i]) {
        continue;
      }
      if (a.rank() == 0) {
        throw new IvyArgumentException(
            "trace: with TraceOptions.polymorphicBatch() every batched array argument needs a batch"
                + " axis 0; argument "
                + paths.get(i)
                + " is 0-d "
                + a.aval()
                + " (capture it, or name the batched arguments: polymorphicBatch(0))");
      }
      long bi = a.shape().dim(0);
      if (bi != b0) {
        throw new IvyArgumentException(
            "trace: with TraceOptions.polymorphicBatch() all batched array arguments must share the"
                + " batch size on axis 0; "
                + paths.get(first)
                + " has "
                + b0
                + " and "
                + paths.get(i)
                + " has "
                + bi
                + " (name the batched arguments: polymorphicBatch(0))");
      }
    }
    List<Long> sizes = new ArrayList<>(List.of(b0));
    for (long c : new long[] {7, 13, 17}) {
      if (sizes.size() < 3 && c != b0) {
        sizes.add(c);
      }
    }
    List<Graph> graphs = new ArrayList<>();
    graphs.add(trace(null, flatFn, leaves));
    for (long b : sizes.subList(1, sizes.size())) {
      List<Array> ex = new ArrayList<>();
      for (int i = 0; i < leaves.size(); i++) {
        Array a = leaves.get(i);
        long[] d = a.shape().dims();
        if (batched[i]) {
          d[0] = b;
        }
        ex.add(
            ArrayInternals.wrap(
                a.backend(),
                new dev.ivy.prim.Aval(dev.ivy.Shape.of(d), a.dtype()),
                new Placeholder()));
      }
      graphs.add(trace(null, flatFn, ex));
    }
    BatchPolymorphism poly = BatchPolymorphism.fit(graphs, sizes);
    return withTree(graphs.get(0), tree, poly);
  }

  private static Graph withTree(Graph g, TreeDef tree, BatchPolymorphism poly) {
    return new Graph(
        g.inputs(),
        g.inputAvals(),
        g.constants(),
        g.nodes(),
        g.outputs(),
        g.structure(),
        tree,
        poly);
  }

  @SuppressWarnings("unchecked") // the unflattened top level of a trace is a Seq: a List
  private static List<Object> argList(Object unflattened) {
    return (List<Object>) unflattened;
  }

  private static List<Array> arrays(List<Object> l) {
    List<Array> r = new ArrayList<>();
    for (Object o : l) {
      r.add((Array) o);
    }
    return java.util.Collections.unmodifiableList(r);
  }

  /** Traces a control-flow body inside the trace {@code parent} (null for a top-level trace). */
  static Graph trace(
      TracingInterpreter parent, Function<List<Array>, Object> fn, List<Array> exampleInputs) {
    TracingInterpreter t = new TracingInterpreter(parent);
    Dispatcher.push(t);
    try (Scope s = Ivy.scope()) {
      List<Array> in = new ArrayList<>();
      for (Array e : exampleInputs) {
        if (e == null) {
          throw new IvyArgumentException("trace: example inputs must not be null");
        }
        in.add(t.input(e));
      }
      Object result = fn.apply(java.util.Collections.unmodifiableList(in));
      List<Integer> outputs = new ArrayList<>();
      Structure st = flatten(t, result, outputs, 0);
      return new Graph(t.inputs, t.inputAvals, t.constants, t.nodes, outputs, st);
    } finally {
      t.finish();
      Dispatcher.pop(t);
    }
  }

  /**
   * Re-traces {@code g} on the current backend, running the decomposition of each coarse node for
   * which {@code expand} holds instead of recording the node.
   */
  static Graph decompose(Graph g, java.util.function.Predicate<dev.ivy.prim.Prim> expand) {
    TracingInterpreter t = new TracingInterpreter(null);
    Dispatcher.push(t);
    try (Scope s = Ivy.scope()) {
      dev.ivy.backend.Backend backend = Ivy.currentBackend();
      java.util.Map<Integer, Array> env = new java.util.HashMap<>();
      for (int i = 0; i < g.inputs().size(); i++) {
        env.put(g.inputs().get(i), t.input(backend, g.inputAvals().get(i)));
      }
      for (java.util.Map.Entry<Integer, Constant> e : g.constants().entrySet()) {
        env.put(e.getKey(), t.constant(backend, e.getValue()));
      }
      for (Node n : g.nodes()) {
        int[] ids = n.inputs();
        Array[] in = new Array[ids.length];
        for (int i = 0; i < ids.length; i++) {
          in[i] = env.get(ids[i]);
        }
        Array[] out;
        if (dev.ivy.prim.Prim.COARSE.contains(n.prim()) && expand.test(n.prim())) {
          out = dev.ivy.ops.Coarse.decompose(n.prim(), n.params(), in);
        } else if (n.isMulti()) {
          out = Dispatcher.bindMulti(n.prim(), n.params(), in);
        } else {
          out = new Array[] {Dispatcher.bind(n.prim(), n.params(), in)};
        }
        for (int i = 0; i < out.length; i++) {
          env.put(n.outputs()[i], out[i]);
        }
      }
      List<Integer> outputs = new ArrayList<>();
      for (int id : g.outputs()) {
        outputs.add(t.idOf(env.get(id), "decompose"));
      }
      return new Graph(t.inputs, t.inputAvals, t.constants, t.nodes, outputs, g.structure());
    } finally {
      t.finish();
      Dispatcher.pop(t);
    }
  }

  /** Traces {@code fn} of one input; see {@link #trace(Function, List)}. */
  public static Graph trace(Function<Array, ?> fn, Array example) {
    return trace(l -> fn.apply(l.get(0)), List.of(example));
  }

  /** Traces {@code fn} of two inputs; see {@link #trace(Function, List)}. */
  public static Graph trace(BiFunction<Array, Array, ?> fn, Array x, Array y) {
    return trace(l -> fn.apply(l.get(0), l.get(1)), List.of(x, y));
  }

  private static Structure flatten(
      TracingInterpreter t, Object r, List<Integer> outputs, int depth) {
    if (depth > 64) {
      throw new IvyArgumentException("trace: result nests lists deeper than 64 levels");
    }
    if (r instanceof Array a) {
      outputs.add(t.idOf(a, "trace"));
      return new Structure.Leaf(outputs.size() - 1);
    }
    Iterable<?> items =
        r instanceof Iterable<?> it ? it : r instanceof Array[] arr ? List.of(arr) : null;
    if (items == null) {
      throw new IvyArgumentException(
          "trace: the traced function must return an Array or a (nested) List of arrays; got "
              + (r == null ? "null" : r.getClass().getSimpleName() + " " + r));
    }
    List<Structure> l = new ArrayList<>();
    for (Object o : items) {
      l.add(flatten(t, o, outputs, depth + 1));
    }
    return new Structure.Seq(l);
  }
}
