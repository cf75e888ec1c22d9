package dev.ivy;

import dev.ivy.backend.Backend;
import dev.ivy.dispatch.Symbolic;
import dev.ivy.errors.IvyException;
import dev.ivy.errors.TracingException;
import dev.ivy.internal.HostData;
import dev.ivy.prim.Aval;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An n-dimensional array owned by one backend: a shape, a dtype, a device and the backend's native
 * value. Arrays are immutable values: every function returns a new array.
 *
 * <p>Create arrays with {@link Ivy#array(float[], long...)}, {@link Ivy#asarray(Object)} and the
 * creation functions; read them back with {@link #toFloatArray()}, {@link #toLongArray()}, {@link
 * #item()} and friends. Native memory is freed when the enclosing {@link Scope} closes, on {@link
 * #close()}, or once the array is unreachable (see {@link NativeMemory}).
 */
public final class Array implements AutoCloseable {
  static {
    dev.ivy.internal.ArrayInternals.install(
        new dev.ivy.internal.ArrayInternals.Access() {
          @Override
          public Array wrap(Backend backend, Aval aval, Object payload) {
            return Array.wrap(backend, aval, payload);
          }

          @Override
          public Object payload(Array a) {
            return a.payload();
          }
        });
  }

  private final Aval aval;
  private final Backend backend;
  private final NativeRef ref;
  private NativeMemory.Tracked cleanable;

  /** The scope that owns this array, or null; managed by {@link Scope}. */
  Scope scope;

  private Array(Backend backend, Aval aval, Object payload) {
    this.backend = backend;
    this.aval = aval;
    this.ref = new NativeRef(backend, payload);
  }

  /**
   * Wraps a backend's native payload in an array owned by the current scope. For interpreters and
   * backends only, through {@link dev.ivy.internal.ArrayInternals#wrap}: the payload must have
   * exactly {@code aval}'s shape and dtype.
   */
  static Array wrap(Backend backend, Aval aval, Object payload) {
    Array a = new Array(backend, aval, payload);
    if (!(payload instanceof Symbolic)) {
      Scope.adopt(a);
    }
    return a;
  }

  /** Returns the shape. */
  public Shape shape() {
    return aval.shape();
  }

  /** Returns the element type. */
  public DType dtype() {
    return aval.dtype();
  }

  /** Returns the shape and dtype together. */
  public Aval aval() {
    return aval;
  }

  /** Returns the number of dimensions. */
  public int rank() {
    return aval.shape().rank();
  }

  /** Returns the number of elements. */
  public long size() {
    return aval.shape().size();
  }

  /** Returns the device the data lives on. */
  public Device device() {
    return backend.device();
  }

  /** Returns the owning backend. */
  public Backend backend() {
    return backend;
  }

  /** Returns the owning backend's canonical name. */
  public String backendName() {
    return backend.name();
  }

  /** Returns whether this is a symbolic array of a trace, with no data. */
  public boolean isSymbolic() {
    return ref.payload instanceof Symbolic;
  }

  /** Returns whether the native memory has been freed. */
  public boolean isClosed() {
    return ref.freed.get();
  }

  /**
   * Returns the backend's native value (an ND4J {@code INDArray}, a DJL {@code NDArray}, a
   * TensorFlow {@code Tensor}...). For backends and interpreters, through {@link
   * dev.ivy.internal.ArrayInternals#payload}; it is freed with the array.
   *
   * @throws IvyException if the array has been freed
   */
  Object payload() {
    if (ref.freed.get()) {
      throw new IvyException(
          "Array: array "
              + aval
              + " of backend "
              + backend.name()
              + " was used after it was freed: its scope closed (keep it with Scope.keep), it was"
              + " closed, or its owner replaced it (an optimizer's step frees the variables it"
              + " returned once they are passed back to it)");
    }
    return ref.payload;
  }

  /** Returns the elements as little-endian bytes in row-major order. */
  public ByteBuffer toBytes() {
    Object p = payload();
    if (p instanceof Symbolic) {
      throw new TracingException(
          "Array: the value of a traced array "
              + aval
              + " is not known while tracing; use"
              + " Ivy.cond / Ivy.whileLoop for control flow on array values");
    }
    return backend.toBytes(p, aval.dtype(), aval.shape());
  }

  /** Returns the elements, converted to float, in row-major order. */
  public float[] toFloatArray() {
    ByteBuffer b = toBytes();
    float[] r = new float[Math.toIntExact(size())];
    for (int i = 0; i < r.length; i++) {
      r[i] = (float) HostData.getDouble(b, aval.dtype(), i);
    }
    return r;
  }

  /** Returns the elements, converted to double, in row-major order. */
  public double[] toDoubleArray() {
    ByteBuffer b = toBytes();
    double[] r = new double[Math.toIntExact(size())];
    for (int i = 0; i < r.length; i++) {
      r[i] = HostData.getDouble(b, aval.dtype(), i);
    }
    return r;
  }

  /** Returns the elements, converted to long (floats truncate), in row-major order. */
  public long[] toLongArray() {
    ByteBuffer b = toBytes();
    long[] r = new long[Math.toIntExact(size())];
    for (int i = 0; i < r.length; i++) {
      r[i] = HostData.getLong(b, aval.dtype(), i);
    }
    return r;
  }

  /** Returns the elements, converted to int, in row-major order. */
  public int[] toIntArray() {
    long[] l = toLongArray();
    int[] r = new int[l.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = (int) l[i];
    }
    return r;
  }

  /** Returns the elements as booleans (nonzero is true), in row-major order. */
  public boolean[] toBooleanArray() {
    double[] d = toDoubleArray();
    boolean[] r = new boolean[d.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = d[i] != 0;
    }
    return r;
  }

  /**
   * Returns the only element of a one-element array as a {@link Boolean}, {@link Long} (integer
   * dtypes) or {@link Double} (floating dtypes).
   *
   * @throws dev.ivy.errors.IvyArgumentException if the array does not hold exactly one element
   */
  public Object item() {
    if (size() != 1) {
      throw new dev.ivy.errors.IvyArgumentException(
          "item: array must have exactly one element; got shape " + shape());
    }
    if (dtype().isBool()) {
      return toBooleanArray()[0];
    }
    return dtype().isInteger() ? (Object) toLongArray()[0] : (Object) toDoubleArray()[0];
  }

  /** Returns the only element as a double. */
  public double itemDouble() {
    return ((Number) (dtype().isBool() ? ((Boolean) item() ? 1 : 0) : item())).doubleValue();
  }

  /** Returns the only element as a long. */
  public long itemLong() {
    return ((Number) (dtype().isBool() ? ((Boolean) item() ? 1 : 0) : item())).longValue();
  }

  /** Frees the native memory now; later use raises. Idempotent. */
  @Override
  public void close() {
    if (cleanable != null) {
      cleanable.clean();
    } else {
      ref.run();
    }
  }

  /**
   * Hands the array to {@link NativeMemory}, which frees it once unreachable (and counts its bytes
   * meanwhile); for arrays no scope owns.
   */
  void registerCleaner() {
    if (cleanable == null && !(ref.payload instanceof Symbolic)) {
      long bytes = aval.shape().size() * aval.dtype().byteSize() + backend.arrayOverheadBytes();
      cleanable = NativeMemory.track(this, ref, bytes);
    }
  }

  /**
   * Returns the dtype, shape and backend, with the values when there are at most 64 of them: for
   * example {@code Array(float32[3], nd4j) [1.0, 2.0, 3.0]}.
   */
  @Override
  public String toString() {
    String head = "Array(" + aval + ", " + backend.name() + ")";
    if (isClosed() || isSymbolic() || size() > 64) {
      return head;
    }
    try {
      return head + " " + format();
    } catch (IvyException e) {
      return head;
    }
  }

  private String format() {
    String[] items;
    if (dtype().isBool()) {
      boolean[] v = toBooleanArray();
      items = new String[v.length];
      for (int k = 0; k < v.length; k++) {
        items[k] = Boolean.toString(v[k]);
      }
    } else if (dtype().isInteger()) {
      long[] v = toLongArray();
      items = new String[v.length];
      for (int k = 0; k < v.length; k++) {
        items[k] = Long.toString(v[k]);
      }
    } else {
      double[] v = toDoubleArray();
      items = new String[v.length];
      for (int k = 0; k < v.length; k++) {
        items[k] = dtype() == DType.FLOAT64 ? Double.toString(v[k]) : Float.toString((float) v[k]);
      }
    }
    StringBuilder sb = new StringBuilder();
    nest(sb, items, 0, 0);
    return sb.toString();
  }

  /** Appends the elements from {@code offset} of axis {@code axis} onwards as nested brackets. */
  private int nest(StringBuilder sb, String[] items, int axis, int offset) {
    if (axis == rank()) {
      sb.append(items[offset]);
      return offset + 1;
    }
    sb.append('[');
    long n = shape().dim(axis);
    for (long k = 0; k < n; k++) {
      if (k > 0) {
        sb.append(", ");
      }
      offset = nest(sb, items, axis + 1, offset);
    }
    sb.append(']');
    return offset;
  }

  /** The part of an array the cleaner may hold: never the array itself. */
  private static final class NativeRef implements Runnable {
    final Backend backend;
    final Object payload;
    final AtomicBoolean freed = new AtomicBoolean();

    NativeRef(Backend backend, Object payload) {
      this.backend = backend;
      this.payload = payload;
    }

    @Override
    public void run() {
      if (freed.compareAndSet(false, true) && !(payload instanceof Symbolic)) {
        backend.free(payload);
      }
    }
  }
}
