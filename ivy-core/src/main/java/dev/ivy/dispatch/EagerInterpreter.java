package dev.ivy.dispatch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.backend.Backend;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.errors.BackendCapabilityException;
import dev.ivy.errors.BackendFailureException;
import dev.ivy.errors.IvyException;
import dev.ivy.errors.TracingException;
import dev.ivy.internal.ArrayInternals;
import dev.ivy.internal.ThreadState;
import dev.ivy.ops.Coarse;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Runs primitives now, on the inputs' backend (or the thread's current backend for primitives
 * without inputs). Where a backend's kernel lacks the dtype, it computes in a wider dtype of the
 * same kind and casts back, so callers always get the dtype core promised; only what no wider dtype
 * can honour raises {@link BackendCapabilityException}. Native errors are caught here, the one
 * boundary, and rethrown as {@link BackendFailureException}.
 */
public final class EagerInterpreter implements Interpreter {
  /** The shared instance at the bottom of every thread's interpreter stack. */
  public static final EagerInterpreter INSTANCE = new EagerInterpreter();

  private EagerInterpreter() {}

  @Override
  public Array process(Prim prim, Params params, Array[] inputs, Aval out) {
    Backend backend = inputs.length > 0 ? inputs[0].backend() : dev.ivy.Ivy.currentBackend();
    Object[] payloads = new Object[inputs.length];
    Aval[] avals = new Aval[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      payloads[i] = ArrayInternals.payload(inputs[i]);
      if (payloads[i] instanceof Symbolic) {
        throw new TracingException(
            prim.opName()
                + ": a traced array escaped its trace and was"
                + " used outside it; return it from the traced function instead");
      }
      avals[i] = inputs[i].aval();
    }
    KernelTable table = backend.kernels();
    DType dt = keyDType(prim, avals, out);
    if (Prim.COARSE.contains(prim) && !table.supports(prim, dt)) {
      return decompose(prim, params, inputs)[0];
    }
    Object result;
    if (table.supports(prim, dt) && (prim != Prim.CAST || table.supports(prim, out.dtype()))) {
      result = run(backend, table.get(prim), prim, params, payloads, avals, out);
      if (result == null && Prim.COARSE.contains(prim)) {
        // the kernel declined these params (see Kernel)
        return decompose(prim, params, inputs)[0];
      }
    } else {
      result = runWidened(backend, prim, params, payloads, avals, out, dt);
    }
    return ArrayInternals.wrap(backend, out, result);
  }

  @Override
  public Array[] processMulti(Prim prim, Params params, Array[] inputs, Aval[] outs) {
    if (Prim.HIGHER_ORDER.contains(prim)) {
      return ControlFlow.eager(prim, (Params.Control) params, inputs, outs);
    }
    Backend backend = inputs[0].backend();
    Object[] payloads = new Object[inputs.length];
    Aval[] avals = new Aval[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      payloads[i] = ArrayInternals.payload(inputs[i]);
      if (payloads[i] instanceof Symbolic) {
        throw new TracingException(
            prim.opName()
                + ": a traced array escaped its trace and was"
                + " used outside it; return it from the traced function instead");
      }
      avals[i] = inputs[i].aval();
    }
    KernelTable table = backend.kernels();
    DType dt = avals[0].dtype();
    if (Prim.COARSE.contains(prim) && !table.supports(prim, dt)) {
      return decompose(prim, params, inputs);
    }
    Kernel kernel = table.get(prim);
    if (kernel == null) {
      throw new BackendCapabilityException(
          prim.opName() + ": backend " + backend.name() + " has no kernel for primitive " + prim);
    }
    Object[] results;
    if (table.supports(prim, dt)) {
      results = (Object[]) run(backend, kernel, prim, params, payloads, avals, null, outs);
      if (results == null) {
        return decompose(prim, params, inputs);
      }
    } else {
      // compute in a wider float and cast each output of that dtype back
      DType wide = widen(dt);
      while (wide != null && !table.supports(prim, wide)) {
        wide = widen(wide);
      }
      if (wide == null || !table.supports(Prim.CAST, dt) || !table.supports(Prim.CAST, wide)) {
        throw capability(backend, prim, dt);
      }
      Kernel cast = table.get(Prim.CAST);
      Aval wideIn = new Aval(avals[0].shape(), wide);
      Object w =
          run(backend, cast, Prim.CAST, new Params.Cast(wide), payloads, avals, wideIn, null);
      Aval[] wideOuts = new Aval[outs.length];
      for (int i = 0; i < outs.length; i++) {
        wideOuts[i] = outs[i].dtype() == dt ? new Aval(outs[i].shape(), wide) : outs[i];
      }
      Object[] wr;
      try {
        wr =
            (Object[])
                run(
                    backend,
                    kernel,
                    prim,
                    params,
                    new Object[] {w},
                    new Aval[] {wideIn},
                    null,
                    wideOuts);
      } finally {
        backend.free(w);
      }
      results = new Object[outs.length];
      for (int i = 0; i < outs.length; i++) {
        if (wideOuts[i] == outs[i]) {
          results[i] = wr[i];
        } else {
          try {
            results[i] =
                run(
                    backend,
                    cast,
                    Prim.CAST,
                    new Params.Cast(dt),
                    new Object[] {wr[i]},
                    new Aval[] {wideOuts[i]},
                    outs[i],
                    null);
          } finally {
            backend.free(wr[i]);
          }
        }
      }
    }
    Array[] r = new Array[outs.length];
    for (int i = 0; i < outs.length; i++) {
      r[i] = ArrayInternals.wrap(backend, outs[i], results[i]);
    }
    return r;
  }

  @Override
  public Array constant(Backend backend, Aval aval, ByteBuffer data) {
    Object payload;
    try {
      payload = backend.fromBytes(aval.dtype(), aval.shape(), data);
    } catch (IvyException e) {
      throw e;
    } catch (RuntimeException | LinkageError e) {
      throw new BackendFailureException(
          "array: backend " + backend.name() + " failed to create " + aval + ": " + e, e);
    }
    return ArrayInternals.wrap(backend, aval, payload);
  }

  /**
   * Runs a coarse operation's decomposition eagerly: its primitives go straight to this interpreter
   * (the stack above, which already saw the coarse call, is set aside meanwhile).
   */
  private static Array[] decompose(Prim prim, Params params, Array[] inputs) {
    ArrayList<Interpreter> stack = ThreadState.get().interpreters;
    ArrayList<Interpreter> saved = new ArrayList<>(stack);
    stack.clear();
    try {
      return Coarse.decompose(prim, params, inputs);
    } finally {
      stack.clear();
      stack.addAll(saved);
    }
  }

  private static DType keyDType(Prim prim, Aval[] in, Aval out) {
    if (prim == Prim.WHERE) {
      return in[1].dtype();
    }
    return in.length > 0 ? in[0].dtype() : out.dtype();
  }

  /** Computes in a wider dtype and casts back to the promised one. */
  private static Object runWidened(
      Backend backend,
      Prim prim,
      Params params,
      Object[] payloads,
      Aval[] avals,
      Aval out,
      DType dt) {
    KernelTable table = backend.kernels();
    Kernel kernel = table.get(prim);
    if (kernel == null) {
      throw new BackendCapabilityException(
          prim.opName() + ": backend " + backend.name() + " has no kernel for primitive " + prim);
    }
    if (prim == Prim.CAST) {
      // convert through an intermediate dtype both ends support
      for (DType mid : DType.values()) {
        if (table.supports(Prim.CAST, dt)
            && table.supports(Prim.CAST, mid)
            && mid != dt
            && mid != out.dtype()) {
          Object m =
              run(
                  backend,
                  kernel,
                  prim,
                  new Params.Cast(mid),
                  payloads,
                  avals,
                  new Aval(out.shape(), mid));
          try {
            return run(
                backend,
                kernel,
                prim,
                params,
                new Object[] {m},
                new Aval[] {new Aval(out.shape(), mid)},
                out);
          } finally {
            backend.free(m);
          }
        }
      }
      throw capability(backend, prim, dt);
    }
    DType wide = widen(dt);
    while (wide != null && !table.supports(prim, wide)) {
      wide = widen(wide);
    }
    if (wide == null || !table.supports(Prim.CAST, dt) || !table.supports(Prim.CAST, wide)) {
      throw capability(backend, prim, dt);
    }
    Kernel cast = table.get(Prim.CAST);
    Object[] widePayloads = new Object[payloads.length];
    Aval[] wideAvals = new Aval[avals.length];
    try {
      for (int i = 0; i < payloads.length; i++) {
        // where's condition stays bool: only the values are widened
        if (avals[i].dtype() == dt && !(prim == Prim.WHERE && i == 0)) {
          wideAvals[i] = new Aval(avals[i].shape(), wide);
          widePayloads[i] =
              run(
                  backend,
                  cast,
                  Prim.CAST,
                  new Params.Cast(wide),
                  new Object[] {payloads[i]},
                  new Aval[] {avals[i]},
                  wideAvals[i]);
        } else {
          wideAvals[i] = avals[i];
          widePayloads[i] = payloads[i];
        }
      }
      // cast back only a result in the computation dtype: a comparison of widened bools gives
      // bool, whose output dtype equals the (narrow) input dtype only by coincidence
      boolean predicate = Prim.COMPARE.contains(prim) || prim == Prim.ISNAN || prim == Prim.ISINF;
      boolean castBack = out.dtype() == dt && !predicate;
      Aval wideOut = castBack ? new Aval(out.shape(), wide) : out;
      Object r = run(backend, kernel, prim, params, widePayloads, wideAvals, wideOut);
      if (!castBack) {
        return r;
      }
      try {
        return run(
            backend,
            cast,
            Prim.CAST,
            new Params.Cast(dt),
            new Object[] {r},
            new Aval[] {wideOut},
            out);
      } finally {
        backend.free(r);
      }
    } finally {
      for (int i = 0; i < widePayloads.length; i++) {
        if (widePayloads[i] != null && widePayloads[i] != payloads[i]) {
          backend.free(widePayloads[i]);
        }
      }
    }
  }

  /** Returns the next wider dtype of the same kind, or null. */
  static DType widen(DType dt) {
    switch (dt) {
      case BOOL:
      case INT8:
      case UINT8:
      case INT16:
        return DType.INT32;
      case INT32:
        return DType.INT64;
      case FLOAT16:
      case BFLOAT16:
        return DType.FLOAT32;
      case FLOAT32:
        return DType.FLOAT64;
      default:
        return null;
    }
  }

  private static BackendCapabilityException capability(Backend backend, Prim prim, DType dt) {
    return new BackendCapabilityException(
        prim.opName()
            + ": backend "
            + backend.name()
            + " does not support dtype "
            + dt
            + " for "
            + prim
            + ", nor a wider dtype to compute in");
  }

  private static Object run(
      Backend backend,
      Kernel kernel,
      Prim prim,
      Params params,
      Object[] payloads,
      Aval[] avals,
      Aval out) {
    return run(backend, kernel, prim, params, payloads, avals, out, null);
  }

  /** Runs a kernel: single-output when {@code outs} is null, else multi-output. */
  private static Object run(
      Backend backend,
      Kernel kernel,
      Prim prim,
      Params params,
      Object[] payloads,
      Aval[] avals,
      Aval out,
      Aval[] outs) {
    if (kernel == null) {
      throw new BackendCapabilityException(
          prim.opName() + ": backend " + backend.name() + " has no kernel for primitive " + prim);
    }
    try {
      if (outs != null) {
        Object[] rs = kernel.applyMulti(params, payloads, avals, outs);
        if (rs == null && Prim.COARSE.contains(prim)) {
          return null;
        }
        if (rs == null || rs.length != outs.length) {
          throw new IllegalStateException(
              prim + " kernel of " + backend.name() + " must return " + outs.length + " payloads");
        }
        return rs;
      }
      return kernel.apply(params, payloads, avals, out);
    } catch (IvyException e) {
      throw e;
    } catch (RuntimeException | LinkageError e) {
      throw new BackendFailureException(
          prim.opName()
              + ": backend "
              + backend.name()
              + " failed on inputs "
              + Arrays.toString(avals)
              + " ("
              + params
              + "): "
              + e,
          e);
    }
  }
}
