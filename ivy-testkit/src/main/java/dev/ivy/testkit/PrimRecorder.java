package dev.ivy.testkit;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.backend.Backend;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.dispatch.Interpreter;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * An interpreter that records every primitive call (primitive and key dtype) and forwards it to the
 * interpreter below, so a function runs normally while its primitives are observed.
 */
public final class PrimRecorder implements Interpreter, AutoCloseable {
  /**
   * One recorded call.
   *
   * @param prim the primitive
   * @param dtype the dtype the backend kernel is keyed by (its first value input, or the output for
   *     creation primitives)
   */
  public record Call(Prim prim, DType dtype) {}

  private final List<Call> calls = new ArrayList<>();

  private PrimRecorder() {}

  /** Pushes a new recorder on this thread's interpreter stack; close it to pop. */
  public static PrimRecorder start() {
    PrimRecorder r = new PrimRecorder();
    Dispatcher.push(r);
    return r;
  }

  /** Returns the calls recorded so far, in order. */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  @Override
  public Array process(Prim prim, Params params, Array[] inputs, Aval out) {
    DType key =
        prim == Prim.WHERE
            ? inputs[1].dtype()
            : inputs.length > 0 ? inputs[0].dtype() : out.dtype();
    calls.add(new Call(prim, key));
    return Dispatcher.bindBelow(this, prim, params, inputs, out);
  }

  @Override
  public Array[] processMulti(Prim prim, Params params, Array[] inputs, Aval[] outs) {
    calls.add(new Call(prim, inputs[0].dtype()));
    return Dispatcher.bindMultiBelow(this, prim, params, inputs, outs);
  }

  @Override
  public Array constant(Backend backend, Aval aval, ByteBuffer data) {
    return Dispatcher.constantBelow(this, backend, aval, data);
  }

  @Override
  public void close() {
    Dispatcher.pop(this);
  }
}
