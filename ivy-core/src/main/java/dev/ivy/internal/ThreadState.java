package dev.ivy.internal;

import dev.ivy.DType;
import dev.ivy.Scope;
import dev.ivy.backend.Backend;
import dev.ivy.dispatch.Interpreter;
import java.util.ArrayList;

/**
 * Everything that is per thread, behind one {@link ThreadLocal} so the dispatch hot path pays one
 * lookup: the backend stack, the interpreter stack, the default float dtypes and the innermost open
 * scope.
 */
public final class ThreadState {
  private static final ThreadLocal<ThreadState> STATE = ThreadLocal.withInitial(ThreadState::new);

  /** Backends set with setBackend / withBackend, innermost last. */
  public final ArrayList<Backend> backends = new ArrayList<>();

  /** Interpreters pushed above eager execution (tracer, autodiff), innermost last. */
  public final ArrayList<Interpreter> interpreters = new ArrayList<>();

  /** Default float dtypes set with setDefaultFloatDtype, innermost last. */
  public final ArrayList<DType> floatDtypes = new ArrayList<>();

  /** The innermost open scope, or null. */
  public Scope scope;

  private ThreadState() {}

  /** Returns this thread's state. */
  public static ThreadState get() {
    return STATE.get();
  }
}
