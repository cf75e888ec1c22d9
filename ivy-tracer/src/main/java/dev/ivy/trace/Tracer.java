package dev.ivy.trace;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.IvyArgumentException;
import java.util.ArrayList;
import java.util.List;
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
 * array's value raises {@link dev.ivy.errors.TracingException}. Non-array arguments are static:
 * capture them in the lambda.
 *
 * <pre>{@code
 * Array w = Ivy.array(new float[] {1, 2, 3}, 3);
 * Graph g = Tracer.trace(x -> Ivy.mul(x, w), Ivy.ones(DType.FLOAT32, 3));
 * g.run(Ivy.array(new float[] {1, 1, 1}, 3)).get(0); // [1.0, 2.0, 3.0]
 * }</pre>
 */
public final class Tracer {
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
