package dev.ivy.trace;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.backend.Backend;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.dispatch.Interpreter;
import dev.ivy.dispatch.Symbolic;
import dev.ivy.errors.TracingException;
import dev.ivy.internal.ArrayInternals;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interpreter a trace pushes: each primitive call becomes a {@link Node} whose outputs are new
 * symbolic arrays; concrete arrays reaching a call become constants of the graph.
 */
final class TracingInterpreter implements Interpreter {
  /** The payload of a symbolic array of one trace. */
  record Value(TracingInterpreter trace, int id) implements Symbolic {
    @Override
    public String toString() {
      return "%" + id;
    }
  }

  private int nextId;
  private boolean active = true;

  /** The trace this one records a control-flow body for, or null. */
  final TracingInterpreter parent;

  TracingInterpreter() {
    this(null);
  }

  TracingInterpreter(TracingInterpreter parent) {
    this.parent = parent;
  }

  final List<Integer> inputs = new ArrayList<>();
  final List<Aval> inputAvals = new ArrayList<>();
  final List<Node> nodes = new ArrayList<>();
  final Map<Integer, Constant> constants = new LinkedHashMap<>();
  private final IdentityHashMap<Array, Integer> constantIds = new IdentityHashMap<>();

  /** Returns a new symbolic input with the example's aval and backend. */
  Array input(Array example) {
    int id = nextId++;
    inputs.add(id);
    inputAvals.add(example.aval());
    return ArrayInternals.wrap(example.backend(), example.aval(), new Value(this, id));
  }

  /** Returns a new symbolic input of {@code aval} on {@code backend}. */
  Array input(Backend backend, Aval aval) {
    int id = nextId++;
    inputs.add(id);
    inputAvals.add(aval);
    return ArrayInternals.wrap(backend, aval, new Value(this, id));
  }

  /** Records {@code c} as a constant of this trace and returns it as a symbolic array. */
  Array constant(Backend backend, Constant c) {
    int id = nextId++;
    constants.put(id, c);
    return ArrayInternals.wrap(backend, c.aval(), new Value(this, id));
  }

  void finish() {
    active = false;
  }

  /** Returns the id of {@code a}, recording a concrete array as a constant. */
  int idOf(Array a, String op) {
    Object p = ArrayInternals.payload(a);
    if (p instanceof Value v && v.trace == this && active) {
      return v.id;
    }
    if (p instanceof Value v && v.trace.active) {
      for (TracingInterpreter t = parent; t != null; t = t.parent) {
        if (v.trace == t) {
          throw new TracingException(
              op
                  + ": a body of Ivy.cond / Ivy.whileLoop / Ivy.scan uses a traced array "
                  + a.aval()
                  + " of the enclosing trace; pass it to the control-flow call as an operand"
                  + " (an initial value or carry) instead of capturing it");
        }
      }
    }
    if (p instanceof Symbolic) {
      throw new TracingException(
          op
              + ": a traced array "
              + a.aval()
              + " of another trace (or of a finished one) was used in this trace; traced arrays"
              + " must not escape the function being traced: return them instead");
    }
    Integer known = constantIds.get(a);
    if (known != null) {
      return known;
    }
    ByteBuffer b = a.toBytes();
    byte[] bytes = new byte[b.remaining()];
    b.duplicate().get(bytes);
    int id = nextId++;
    constants.put(id, new Constant(a.aval(), bytes));
    constantIds.put(a, id);
    return id;
  }

  @Override
  public Array process(Prim prim, Params params, Array[] in, Aval out) {
    int[] ids = ids(prim, in);
    int id = nextId++;
    nodes.add(new Node(prim, params, ids, new int[] {id}, new Aval[] {out}));
    Backend backend = in.length > 0 ? in[0].backend() : Ivy.currentBackend();
    return ArrayInternals.wrap(backend, out, new Value(this, id));
  }

  @Override
  public Array[] processMulti(Prim prim, Params params, Array[] in, Aval[] outs) {
    if (Prim.HIGHER_ORDER.contains(prim)) {
      int[] ids = ids(prim, in);
      Params.Control traced = ControlTracing.trace(this, prim, (Params.Control) params, in);
      outs = traced.outAvals().toArray(new Aval[0]);
      params = traced;
      int[] outIds = new int[outs.length];
      Array[] r = new Array[outs.length];
      Backend backend = in.length > 0 ? in[0].backend() : Ivy.currentBackend();
      for (int i = 0; i < outs.length; i++) {
        outIds[i] = nextId++;
        r[i] = ArrayInternals.wrap(backend, outs[i], new Value(this, outIds[i]));
      }
      nodes.add(new Node(prim, params, ids, outIds, outs));
      return r;
    }
    int[] ids = ids(prim, in);
    int[] outIds = new int[outs.length];
    Array[] r = new Array[outs.length];
    for (int i = 0; i < outs.length; i++) {
      outIds[i] = nextId++;
      r[i] = ArrayInternals.wrap(in[0].backend(), outs[i], new Value(this, outIds[i]));
    }
    nodes.add(new Node(prim, params, ids, outIds, outs));
    return r;
  }

  private int[] ids(Prim prim, Array[] in) {
    if (!active) {
      throw new IllegalStateException("tracer: interpreter used after its trace ended");
    }
    int[] ids = new int[in.length];
    for (int i = 0; i < in.length; i++) {
      ids[i] = idOf(in[i], prim.opName());
    }
    return ids;
  }

  /**
   * Creates arrays from Java data concretely (below this interpreter), so that code reading them
   * back on the host keeps working; they become constants once a traced call uses them.
   */
  @Override
  public Array constant(Backend backend, Aval aval, ByteBuffer data) {
    return Dispatcher.constantBelow(this, backend, aval, data);
  }
}
