package dev.ivy.dispatch;

import dev.ivy.Array;
import dev.ivy.backend.Backend;
import dev.ivy.errors.BackendMismatchException;
import dev.ivy.internal.ThreadState;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.prim.ShapeRules;
import dev.ivy.prim.SizeLimit;
import java.nio.ByteBuffer;
import java.util.ArrayList;

/**
 * The single dispatch point: every primitive call of every core and frontend function goes through
 * {@link #bind}, which runs the primitive's shape rule and hands the call to the innermost
 * interpreter of the current thread (eager execution when none is pushed). Nothing else calls a
 * backend kernel.
 */
public final class Dispatcher {
  private Dispatcher() {}

  /**
   * Applies {@code prim} to {@code inputs}.
   *
   * @throws dev.ivy.errors.IvyArgumentException if the shape rule rejects the call, or the result
   *     is over the size limit ({@link dev.ivy.errors.ArrayTooLargeException})
   * @throws BackendMismatchException if the inputs belong to different backends
   */
  public static Array bind(Prim prim, Params params, Array... inputs) {
    Aval[] avals = new Aval[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      avals[i] = inputs[i].aval();
      if (i > 0 && inputs[i].backend() != inputs[0].backend()) {
        throw mismatch(prim.opName(), inputs[0], inputs[i]);
      }
    }
    Aval out = ShapeRules.eval(prim, params, avals);
    SizeLimit.check(prim.opName(), out.shape(), out.dtype());
    ArrayList<Interpreter> stack = ThreadState.get().interpreters;
    Interpreter top = stack.isEmpty() ? EagerInterpreter.INSTANCE : stack.get(stack.size() - 1);
    return top.process(prim, params, inputs, out);
  }

  /**
   * Applies a primitive with several outputs ({@link Prim#MULTI_OUTPUT}), such as {@link Prim#QR}.
   *
   * @throws dev.ivy.errors.IvyArgumentException if the shape rule rejects the call, or the result
   *     is over the size limit ({@link dev.ivy.errors.ArrayTooLargeException})
   * @throws BackendMismatchException if the inputs belong to different backends
   */
  public static Array[] bindMulti(Prim prim, Params params, Array... inputs) {
    if (!Prim.MULTI_OUTPUT.contains(prim) && !Prim.HIGHER_ORDER.contains(prim)) {
      throw new IllegalStateException(prim + " has one output: use bind");
    }
    Aval[] avals = new Aval[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      avals[i] = inputs[i].aval();
      if (i > 0 && inputs[i].backend() != inputs[0].backend()) {
        throw mismatch(prim.opName(), inputs[0], inputs[i]);
      }
    }
    Aval[] outs = ShapeRules.evalMulti(prim, params, avals);
    // higher-order primitives (cond, while, scan) learn their outputs from their bodies: null here
    for (Aval out : outs == null ? new Aval[0] : outs) {
      SizeLimit.check(prim.opName(), out.shape(), out.dtype());
    }
    ArrayList<Interpreter> stack = ThreadState.get().interpreters;
    Interpreter top = stack.isEmpty() ? EagerInterpreter.INSTANCE : stack.get(stack.size() - 1);
    return top.processMulti(prim, params, inputs, outs);
  }

  /** Forwards a multi-output call from {@code from} to the interpreter below it. */
  public static Array[] bindMultiBelow(
      Interpreter from, Prim prim, Params params, Array[] inputs, Aval[] outs) {
    return below(from).processMulti(prim, params, inputs, outs);
  }

  /**
   * Forwards a call from interpreter {@code from} to the interpreter below it on this thread's
   * stack (eager execution at the bottom).
   */
  public static Array bindBelow(
      Interpreter from, Prim prim, Params params, Array[] inputs, Aval out) {
    return below(from).process(prim, params, inputs, out);
  }

  /**
   * Creates an array from host data through the innermost interpreter.
   *
   * @throws dev.ivy.errors.ArrayTooLargeException if the array is over the size limit
   */
  public static Array constant(Backend backend, Aval aval, ByteBuffer data) {
    SizeLimit.check("array", aval.shape(), aval.dtype());
    ArrayList<Interpreter> stack = ThreadState.get().interpreters;
    Interpreter top = stack.isEmpty() ? EagerInterpreter.INSTANCE : stack.get(stack.size() - 1);
    return top.constant(backend, aval, data);
  }

  /** Creates an array from host data through the interpreter below {@code from}. */
  public static Array constantBelow(Interpreter from, Backend backend, Aval aval, ByteBuffer data) {
    return below(from).constant(backend, aval, data);
  }

  /** Pushes an interpreter on this thread's stack; pair with {@link #pop}. */
  public static void push(Interpreter interpreter) {
    ThreadState.get().interpreters.add(interpreter);
  }

  /**
   * Pops {@code interpreter}, which must be the innermost one.
   *
   * @throws IllegalStateException if it is not
   */
  public static void pop(Interpreter interpreter) {
    ArrayList<Interpreter> stack = ThreadState.get().interpreters;
    if (stack.isEmpty() || stack.get(stack.size() - 1) != interpreter) {
      throw new IllegalStateException("interpreter stack out of order: popping " + interpreter);
    }
    stack.remove(stack.size() - 1);
  }

  /** Returns a copy of this thread's interpreter stack, outermost first. */
  public static java.util.List<Interpreter> stack() {
    return java.util.List.copyOf(ThreadState.get().interpreters);
  }

  private static Interpreter below(Interpreter from) {
    ArrayList<Interpreter> stack = ThreadState.get().interpreters;
    int i = stack.lastIndexOf(from);
    return i <= 0 ? EagerInterpreter.INSTANCE : stack.get(i - 1);
  }

  static BackendMismatchException mismatch(String fn, Array a, Array b) {
    return new BackendMismatchException(
        fn
            + ": arrays must belong to one backend; got "
            + a.backendName()
            + " and "
            + b.backendName()
            + " (convert one with Ivy.toBackend(x, \""
            + a.backendName()
            + "\"))");
  }
}
