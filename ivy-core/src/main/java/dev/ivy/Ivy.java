package dev.ivy;

import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.internal.HostData;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Manipulation;
import dev.ivy.prim.Aval;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point: backend selection, array creation and the core functional API.
 *
 * <p>Backends are chosen per thread. With none set, the default is {@code nd4j}, overridden by the
 * system property {@code ivy.backend} or the environment variable {@code IVY_BACKEND}.
 *
 * <pre>{@code
 * Ivy.setBackend("tf");
 * Array x = Ivy.array(new float[] {1, 2, 3}, 3);
 * Array y = Ivy.add(x, 1.0f);          // float32 [2, 3, 4] on TensorFlow
 * }</pre>
 *
 * <p>Every function here is a one-line delegation to a category class in {@code dev.ivy.ops}.
 */
public final class Ivy {
  private Ivy() {}

  // ------------------------------------------------------------------ backends

  /**
   * Makes {@code name} this thread's backend until {@link #unsetBackend()} (names: {@code nd4j},
   * {@code torch}, {@code tf}; aliases {@code numpy}, {@code pytorch}, {@code tensorflow}).
   *
   * @throws dev.ivy.errors.BackendNotFoundException if no backend of that name is on the class path
   */
  public static void setBackend(String name) {
    Backends.push(name);
  }

  /** Undoes the innermost {@link #setBackend} of this thread; no-op when none is set. */
  public static void unsetBackend() {
    Backends.pop();
  }

  /**
   * Sets {@code name} as this thread's backend until the returned handle is closed.
   *
   * <pre>{@code
   * try (var b = Ivy.withBackend("torch")) {
   *   Array y = Ivy.exp(x);
   * }
   * }</pre>
   */
  public static BackendScope withBackend(String name) {
    Backends.push(name);
    return new BackendScope();
  }

  /** Returns this thread's backend: the innermost one set, else the default. */
  public static Backend currentBackend() {
    return Backends.current();
  }

  /** Returns the canonical names of the backends on the class path. */
  public static List<String> availableBackends() {
    return BackendRegistry.available();
  }

  /** The handle of {@link #withBackend}; closing it restores the previous backend. */
  public static final class BackendScope implements AutoCloseable {
    private boolean closed;

    private BackendScope() {}

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        Backends.pop();
      }
    }
  }

  /** Opens a memory scope on this thread: arrays made inside are freed at close unless kept. */
  public static Scope scope() {
    return Scope.open();
  }

  // ------------------------------------------------------------------ arrays from Java

  /** Returns a float32 array of {@code shape} holding {@code data} (row-major). */
  public static Array array(float[] data, long... shape) {
    return fromHost("array", DType.FLOAT32, data.length, shape, HostData.encode(DType.FLOAT32, data));
  }

  /** Returns a float64 array of {@code shape} holding {@code data}. */
  public static Array array(double[] data, long... shape) {
    return fromHost("array", DType.FLOAT64, data.length, shape, HostData.encode(DType.FLOAT64, data));
  }

  /** Returns an int64 array of {@code shape} holding {@code data}. */
  public static Array array(long[] data, long... shape) {
    return fromHost("array", DType.INT64, data.length, shape, HostData.encode(DType.INT64, data));
  }

  /** Returns an int32 array of {@code shape} holding {@code data}. */
  public static Array array(int[] data, long... shape) {
    return fromHost("array", DType.INT32, data.length, shape, HostData.encode(DType.INT32, data));
  }

  /** Returns a bool array of {@code shape} holding {@code data}. */
  public static Array array(boolean[] data, long... shape) {
    return fromHost("array", DType.BOOL, data.length, shape, HostData.encode(DType.BOOL, data));
  }

  /** Returns an array of {@code dtype} and {@code shape} from doubles, converted as astype does. */
  public static Array array(double[] data, DType dtype, long... shape) {
    return fromHost("array", dtype, data.length, shape, HostData.encode(dtype, data));
  }

  /** Returns an array of {@code dtype} and {@code shape} from longs (exact for integer dtypes). */
  public static Array array(long[] data, DType dtype, long... shape) {
    return fromHost("array", dtype, data.length, shape, HostData.encode(dtype, data));
  }

  /**
   * Returns an array from little-endian row-major bytes of {@code dtype} (bool one byte, float16
   * and bfloat16 their 16 bits) on this thread's backend.
   */
  public static Array fromBytes(ByteBuffer data, DType dtype, Shape shape) {
    long need = shape.size() * dtype.byteSize();
    Checks.check(data.remaining() == need, "fromBytes",
        "data must hold %s bytes for %s%s; got %s", need, dtype, shape, data.remaining());
    return Dispatcher.constant(currentBackend(), new Aval(shape, dtype), data.slice().order(java.nio.ByteOrder.LITTLE_ENDIAN));
  }

  private static Array fromHost(String fn, DType dtype, int n, long[] shape, ByteBuffer data) {
    long[] s = shape.length == 0 && n != 1 ? new long[] {n} : shape;
    Shape sh = Shape.of(s);
    Checks.check(sh.size() == n, fn, "shape %s must have as many elements as data (%s); it has %s",
        Arrays.toString(s), n, sh.size());
    return Dispatcher.constant(currentBackend(), new Aval(sh, dtype), data);
  }

  /**
   * Returns an array from a Java value: an {@link Array} (returned as is), a number or boolean
   * (0-d), or nested Java arrays or lists of them (rectangular). Dtypes are inferred as NumPy
   * does: bool, then int64, then float64 (float32 for {@code float[]} leaves).
   */
  public static Array asarray(Object value) {
    return dev.ivy.ops.Conversion.asarray(value, null);
  }

  /** Returns {@link #asarray(Object)} converted to {@code dtype}. */
  public static Array asarray(Object value, DType dtype) {
    return dev.ivy.ops.Conversion.asarray(value, dtype);
  }

  /** Returns a 0-d array holding {@code value} with its inferred dtype. */
  public static Array scalar(Object value) {
    return dev.ivy.ops.Conversion.asarray(value, null);
  }

  /**
   * Returns a copy of {@code x} on backend {@code name} (itself when already there).
   *
   * @throws dev.ivy.errors.BackendNotFoundException if {@code name} names no backend
   */
  public static Array toBackend(Array x, String name) {
    Backend b = BackendRegistry.get(name);
    if (x.backend() == b) {
      return x;
    }
    return Dispatcher.constant(b, x.aval(), x.toBytes());
  }

  static IvyArgumentException unreachable() {
    return new IvyArgumentException("unreachable");
  }
}
