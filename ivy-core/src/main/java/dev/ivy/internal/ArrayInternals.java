package dev.ivy.internal;

import dev.ivy.Array;
import dev.ivy.backend.Backend;
import dev.ivy.prim.Aval;
import java.lang.invoke.MethodHandles;

/**
 * The two operations on {@link Array} that interpreters and backends need and users must not call:
 * wrapping a backend's native value in an array, and reading an array's native value. Not part of
 * the API (the package is internal); {@link Array} hands its implementation here when it loads.
 */
public final class ArrayInternals {
  /** What {@link Array} implements. */
  public interface Access {
    /** See {@link ArrayInternals#wrap}. */
    Array wrap(Backend backend, Aval aval, Object payload);

    /** See {@link ArrayInternals#payload}. */
    Object payload(Array a);
  }

  private static volatile Access access;

  private ArrayInternals() {}

  /**
   * Called once by {@link Array}'s static initializer.
   *
   * @throws IllegalStateException on a second call
   */
  public static synchronized void install(Access a) {
    if (access != null) {
      throw new IllegalStateException("ArrayInternals: already installed");
    }
    access = a;
  }

  private static Access access() {
    Access a = access;
    if (a == null) {
      try {
        MethodHandles.lookup().ensureInitialized(Array.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      a = access;
    }
    return a;
  }

  /**
   * Wraps a backend's native value in an array owned by the current scope (unless it is symbolic, a
   * value of a trace): it must have exactly {@code aval}'s shape and dtype.
   */
  public static Array wrap(Backend backend, Aval aval, Object payload) {
    return access().wrap(backend, aval, payload);
  }

  /**
   * Returns the backend's native value of {@code a} (an ND4J {@code INDArray}, a DJL {@code
   * NDArray}, a TensorFlow handle, a tracer's symbolic value); it is freed with the array.
   *
   * @throws dev.ivy.errors.IvyException if the array has been freed
   */
  public static Object payload(Array a) {
    return access().payload(a);
  }
}
