package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.Scope;
import dev.ivy.dispatch.EagerInterpreter;
import dev.ivy.internal.ThreadState;
import java.util.function.Supplier;

/**
 * Creates arrays that a module owns: made outside every open {@link Scope}, so they live as long as
 * they are reachable (freed by the Cleaner) rather than until the caller's scope closes.
 */
final class Owned {
  private Owned() {}

  /** Runs {@code f} with no scope open on this thread, so the arrays it makes are unscoped. */
  static <T> T run(Supplier<T> f) {
    ThreadState st = ThreadState.get();
    Scope saved = st.scope;
    st.scope = null;
    try {
      return f.get();
    } finally {
      st.scope = saved;
    }
  }

  /**
   * Returns an unscoped eager copy of a concrete array's value (cut from any gradient tape or
   * scope), or null when the array is symbolic (being traced) and has no value.
   */
  static Array detached(Array a) {
    if (a.isSymbolic()) {
      return null;
    }
    return run(() -> EagerInterpreter.INSTANCE.constant(a.backend(), a.aval(), a.toBytes()));
  }
}
