package dev.ivy.autodiff;

import dev.ivy.Array;
import dev.ivy.backend.Backend;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.dispatch.Interpreter;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The autodiff interpreter: forwards every primitive call to the interpreter below it (eager
 * execution, a trace, or an outer tape) and records the calls whose inputs depend on the arrays
 * being differentiated, as PyTorch's autograd records a graph of {@code requires_grad} tensors.
 * Arrays are concrete (or symbolic, under a trace) as usual, so Java code may read them; the tape
 * tells arrays apart by identity.
 *
 * <p>Only floating outputs are tracked: integer and bool results (indices, masks) carry no
 * gradient. The backward pass ({@link #backward}) runs the primitives' VJP rules ({@link Vjp}),
 * written with core functions, through whatever interpreters are active then: under an outer tape
 * they are recorded again (higher-order gradients), under a trace they become graph nodes.
 */
final class GradTape implements Interpreter {
  /** One recorded primitive call. */
  record Entry(Prim prim, Params params, Array[] inputs, Array[] outputs) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Set<Array> tracked = Collections.newSetFromMap(new IdentityHashMap<>());

  /** While true, calls pass through unrecorded (the tape's own backward pass). */
  boolean paused;

  /** Marks {@code a} as an array to differentiate with respect to. */
  void watch(Array a) {
    if (a.dtype().isFloating()) {
      tracked.add(a);
    }
  }

  /** Returns whether gradients flow through {@code a}. */
  boolean isTracked(Array a) {
    return tracked.contains(a);
  }

  /** Removes {@code a} from the tape: no gradient flows through it ({@code stop_gradient}). */
  void detach(Array a) {
    tracked.remove(a);
  }

  private boolean anyTracked(Array[] in) {
    for (Array a : in) {
      if (tracked.contains(a)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Array process(Prim prim, Params params, Array[] inputs, Aval out) {
    Array r = Dispatcher.bindBelow(this, prim, params, inputs, out);
    if (!paused && out.dtype().isFloating() && anyTracked(inputs)) {
      entries.add(new Entry(prim, params, inputs.clone(), new Array[] {r}));
      tracked.add(r);
    }
    return r;
  }

  @Override
  public Array[] processMulti(Prim prim, Params params, Array[] inputs, Aval[] outs) {
    Array[] r = Dispatcher.bindMultiBelow(this, prim, params, inputs, outs);
    if (paused || !anyTracked(inputs)) {
      return r;
    }
    if (Prim.HIGHER_ORDER.contains(prim)) {
      // Run eagerly, the bodies' calls came through this tape and their results are recorded
      // already; under a trace the bodies were recorded by the trace, so the node itself needs a
      // rule.
      boolean connected = false;
      for (Array a : r) {
        connected |= tracked.contains(a);
      }
      if (connected) {
        return r;
      }
    }
    boolean any = false;
    for (Array a : r) {
      if (a.dtype().isFloating()) {
        tracked.add(a);
        any = true;
      }
    }
    if (any) {
      entries.add(new Entry(prim, params, inputs.clone(), r.clone()));
    }
    return r;
  }

  @Override
  public Array constant(Backend backend, Aval aval, ByteBuffer data) {
    return Dispatcher.constantBelow(this, backend, aval, data);
  }

  /** The tape keeps every recorded call's inputs and outputs for the backward pass. */
  @Override
  public boolean keepsArrays() {
    return true;
  }

  /**
   * Returns the vector-Jacobian product: the cotangents of {@code wrt} given the cotangents of
   * {@code outputs} (one each, or null for zero). A {@code wrt} array the outputs do not depend on
   * gets zeros.
   */
  List<Array> backward(List<Array> outputs, List<Array> cotangents, List<Array> wrt) {
    IdentityHashMap<Array, Array> ct = new IdentityHashMap<>();
    for (int i = 0; i < outputs.size(); i++) {
      Array o = outputs.get(i);
      Array c = cotangents.get(i);
      if (c != null && tracked.contains(o)) {
        ct.merge(o, c, Vjp::add);
      }
    }
    for (int e = entries.size() - 1; e >= 0 && !ct.isEmpty(); e--) {
      Entry en = entries.get(e);
      Array[] gs = new Array[en.outputs.length];
      boolean any = false;
      for (int j = 0; j < gs.length; j++) {
        gs[j] = ct.remove(en.outputs[j]);
        any |= gs[j] != null;
      }
      if (!any) {
        continue;
      }
      boolean[] need = new boolean[en.inputs.length];
      boolean needAny = false;
      for (int j = 0; j < need.length; j++) {
        need[j] = tracked.contains(en.inputs[j]);
        needAny |= need[j];
      }
      if (!needAny) {
        continue;
      }
      Array[] in = Vjp.rule(en.prim, en.params, en.inputs, en.outputs, gs, need);
      for (int j = 0; j < in.length; j++) {
        if (need[j] && in[j] != null) {
          ct.merge(en.inputs[j], in[j], Vjp::add);
        }
      }
    }
    List<Array> r = new ArrayList<>();
    for (Array w : wrt) {
      Array g = ct.get(w);
      r.add(g != null ? g : Vjp.zerosLike(w));
    }
    return r;
  }
}
