package dev.ivy;

import dev.ivy.errors.IvyArgumentException;
import dev.ivy.internal.ThreadState;
import java.util.ArrayList;
import java.util.Map;

/**
 * Owns the native memory of the arrays created while it is open on its thread, and frees it on
 * {@link #close()}, except for arrays passed to {@link #keep(Object)}, which move to the enclosing
 * scope (or, outside every scope, to the garbage collector's care).
 *
 * <pre>{@code
 * Array kept;
 * try (Scope s = Ivy.scope()) {
 *   Array t = Ivy.multiply(x, x);       // freed at close
 *   kept = s.keep(Ivy.add(t, 1.0));     // survives the scope
 * }
 * }</pre>
 *
 * <p>Scopes nest and belong to the thread that opened them. Arrays made outside any scope are freed
 * by a {@link java.lang.ref.Cleaner} once unreachable, or by {@link Array#close()}.
 */
public final class Scope implements AutoCloseable {
  private final Scope parent;
  private final ThreadState state;
  private final ArrayList<Array> arrays = new ArrayList<>();
  private boolean closed;

  private Scope(ThreadState state) {
    this.state = state;
    this.parent = state.scope;
    state.scope = this;
  }

  static Scope open() {
    return new Scope(ThreadState.get());
  }

  /** Registers an array created on this thread with the innermost scope, or the Cleaner. */
  static void adopt(Array a) {
    Scope s = ThreadState.get().scope;
    if (s == null) {
      a.registerCleaner();
    } else {
      a.scope = s;
      s.arrays.add(a);
    }
  }

  /**
   * Keeps every array in {@code value} alive past this scope: an {@link Array}, or arrays inside an
   * {@link Iterable} (a {@code List}, {@link dev.ivy.nn.Variables}), a {@link Map}'s values or an
   * {@code Object[]}, at any depth; numbers, booleans, strings, enums, shapes and null beside them
   * are ignored.
   *
   * @return {@code value}, for chaining
   * @throws IvyArgumentException naming the type, before keeping anything, if {@code value} holds
   *     an object whose arrays this cannot see (a module: keep {@code module.v()})
   */
  public <T> T keep(T value) {
    checkKeepable("Scope.keep", value);
    keepValue(value);
    return value;
  }

  private static void checkKeepable(String fn, Object value) {
    forEachLeaf(
        value,
        o -> {
          if (!(o == null
              || o instanceof Number
              || o instanceof Boolean
              || o instanceof CharSequence
              || o instanceof Enum<?>
              || o instanceof Shape)) {
            throw new IvyArgumentException(
                fn
                    + ": value must be an Array, or an Iterable, Map or Object[] of them; cannot see"
                    + " the arrays inside a "
                    + o.getClass().getName()
                    + (o instanceof dev.ivy.nn.Module ? " (keep module.v())" : ""));
          }
        });
  }

  private static void forEachLeaf(Object value, java.util.function.Consumer<Object> other) {
    if (value instanceof Array) {
      return;
    } else if (value instanceof Iterable<?> it) {
      for (Object o : it) {
        forEachLeaf(o, other);
      }
    } else if (value instanceof Map<?, ?> m) {
      for (Object o : m.values()) {
        forEachLeaf(o, other);
      }
    } else if (value instanceof Object[] arr) {
      for (Object o : arr) {
        forEachLeaf(o, other);
      }
    } else {
      other.accept(value);
    }
  }

  /**
   * Takes every array in {@code value} (as for {@link #keep}) out of the scope that owns it, on any
   * thread's scope stack: it then lives until {@link Array#close()}, or until the garbage
   * collector's cleaner frees it. For owners that replace arrays themselves and close the replaced
   * ones (a training loop's state), whatever scope the caller has open.
   *
   * @return {@code value}, for chaining
   */
  public static <T> T detach(T value) {
    checkKeepable("Scope.detach", value);
    forEachArray(
        value,
        a -> {
          if (a.scope != null) {
            a.scope = null;
            a.registerCleaner();
          }
        });
    return value;
  }

  private static void forEachArray(Object value, java.util.function.Consumer<Array> f) {
    if (value instanceof Array a) {
      f.accept(a);
    } else if (value instanceof Iterable<?> it) {
      for (Object o : it) {
        forEachArray(o, f);
      }
    } else if (value instanceof Map<?, ?> m) {
      for (Object o : m.values()) {
        forEachArray(o, f);
      }
    } else if (value instanceof Object[] arr) {
      for (Object o : arr) {
        forEachArray(o, f);
      }
    }
  }

  private void keepValue(Object value) {
    forEachArray(
        value,
        a -> {
          if (a.scope == this) {
            a.scope = parent;
            if (parent != null) {
              parent.arrays.add(a);
            } else {
              a.registerCleaner();
            }
          }
        });
  }

  /** Returns the number of arrays this scope currently owns. */
  public int size() {
    int n = 0;
    for (Array a : arrays) {
      if (a.scope == this) {
        n++;
      }
    }
    return n;
  }

  /** Frees every array this scope owns and makes the enclosing scope current again. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (state.scope == this) {
      state.scope = parent;
    }
    RuntimeException first = null;
    for (Array a : arrays) {
      if (a.scope == this) {
        try {
          a.close();
        } catch (RuntimeException e) {
          if (first == null) {
            first = e;
          }
        }
      }
    }
    arrays.clear();
    if (first != null) {
      throw first;
    }
  }
}
