package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.internal.HostData;
import dev.ivy.prim.Aval;
import dev.ivy.rules.TypePromotion;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Conversion of Java values (scalars, nested Java arrays and lists) to arrays. */
public final class Conversion {
  private Conversion() {}

  /**
   * Returns {@code value} as an array of {@code dtype} (inferred when null: bool, int64, float64,
   * or float32 for {@code float[]} leaves, as NumPy infers).
   *
   * @throws IvyArgumentException if the value is null, ragged or holds something other than numbers
   *     and booleans
   */
  public static Array asarray(Object value, DType dtype) {
    return asarray(value, dtype, TypePromotion.DEFAULT_FLOAT);
  }

  /**
   * Returns {@code value} as an array of {@code dtype}; inferred when null as {@link
   * #asarray(Object, DType)} does, except that boxed {@code Double}s (Java's Python floats) and an
   * empty value take {@code defaultFloat} ({@code double[]} leaves stay float64: a typed buffer).
   */
  public static Array asarray(Object value, DType dtype, DType defaultFloat) {
    if (value instanceof Array a) {
      return dtype == null ? a : Manipulation.astype(a, dtype);
    }
    if (value == null) {
      throw new IvyArgumentException(
          "asarray: obj must be an array, a number, a boolean or nested"
              + " arrays/lists of them; got null");
    }
    List<Long> shape = new ArrayList<>();
    Object probe = value;
    while (true) {
      int n = length(probe);
      if (n < 0) {
        break;
      }
      shape.add((long) n);
      if (n == 0) {
        break;
      }
      probe = element(probe, 0);
    }
    List<Object> leaves = new ArrayList<>();
    int[] kind = {0, 0}; // [0]: 0 bool, 1 int, 2 float32, 3 float64; [1]: 1 if a double[] held them
    boolean[] sawAny = {false};
    flatten(value, shape, 0, leaves, kind, sawAny);
    DType inferred =
        !sawAny[0]
            ? defaultFloat
            : kind[0] == 0
                ? DType.BOOL
                : kind[0] == 1
                    ? TypePromotion.DEFAULT_INT
                    : kind[0] == 2 ? DType.FLOAT32 : kind[1] == 1 ? DType.FLOAT64 : defaultFloat;
    DType dt = dtype == null ? inferred : dtype;
    ByteBuffer b = HostData.allocate(dt, leaves.size());
    for (Object o : leaves) {
      if (o instanceof Boolean bo) {
        HostData.putLong(b, dt, bo ? 1 : 0);
      } else if (o instanceof Double || o instanceof Float) {
        HostData.putDouble(b, dt, ((Number) o).doubleValue());
      } else {
        HostData.putLong(b, dt, ((Number) o).longValue());
      }
    }
    long[] s = new long[shape.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = shape.get(i);
    }
    return Dispatcher.constant(Ivy.currentBackend(), new Aval(Shape.of(s), dt), b.flip());
  }

  private static void flatten(
      Object v, List<Long> shape, int depth, List<Object> out, int[] kind, boolean[] saw) {
    int n = length(v);
    if (depth == shape.size()) {
      if (n >= 0) {
        throw ragged(shape);
      }
      if (v instanceof Boolean) {
        saw[0] = true;
      } else if (v instanceof Float) {
        kind[0] = Math.max(kind[0], 2);
        saw[0] = true;
      } else if (v instanceof Double) {
        kind[0] = 3;
        saw[0] = true;
      } else if (v instanceof Number) {
        kind[0] = Math.max(kind[0], 1);
        saw[0] = true;
      } else {
        throw new IvyArgumentException(
            "asarray: obj must hold numbers or booleans; got "
                + (v == null ? "null" : v.getClass().getSimpleName()));
      }
      out.add(v);
      return;
    }
    if (n != shape.get(depth)) {
      throw ragged(shape);
    }
    if (v instanceof double[]) {
      kind[1] = 1;
    }
    for (int i = 0; i < n; i++) {
      flatten(element(v, i), shape, depth + 1, out, kind, saw);
    }
    if (n == 0 && v instanceof float[]) {
      kind[0] = Math.max(kind[0], 2);
      saw[0] = true;
    }
  }

  private static IvyArgumentException ragged(List<Long> shape) {
    return new IvyArgumentException(
        "asarray: obj must be rectangular (every row the same length); expected shape " + shape);
  }

  private static int length(Object v) {
    if (v instanceof List<?> l) {
      return l.size();
    }
    if (v != null && v.getClass().isArray()) {
      return java.lang.reflect.Array.getLength(v);
    }
    return -1;
  }

  private static Object element(Object v, int i) {
    if (v instanceof List<?> l) {
      return l.get(i);
    }
    return java.lang.reflect.Array.get(v, i);
  }

  /**
   * Returns an array from little-endian row-major bytes of {@code dtype} on this thread's backend
   * ({@code Ivy.fromBytes}).
   */
  public static Array fromBytes(ByteBuffer data, DType dtype, Shape shape) {
    long need = shape.size() * dtype.byteSize();
    Checks.check(
        data.remaining() == need,
        "fromBytes",
        "data must hold %s bytes for %s%s; got %s",
        need,
        dtype,
        shape,
        data.remaining());
    return Dispatcher.constant(
        Ivy.currentBackend(),
        new Aval(shape, dtype),
        data.slice().order(java.nio.ByteOrder.LITTLE_ENDIAN));
  }

  /**
   * Returns an array of {@code dtype} and exactly {@code shape} from host bytes encoding {@code n}
   * elements on this thread's backend ({@code Ivy.array}).
   *
   * @param fn the function name for messages
   */
  public static Array fromHost(String fn, DType dtype, int n, Shape shape, ByteBuffer data) {
    Checks.check(
        shape.size() == n,
        fn,
        "shape %s must have as many elements as data (%s); it has %s",
        shape,
        n,
        shape.size());
    return Dispatcher.constant(Ivy.currentBackend(), new Aval(shape, dtype), data);
  }

  /**
   * Returns an array of {@code dtype} from host bytes encoding {@code n} elements, of {@code shape}
   * (1-d of n when shape is empty and n is not 1) on this thread's backend ({@code Ivy.array}).
   *
   * @param fn the function name for messages
   */
  public static Array fromHost(String fn, DType dtype, int n, long[] shape, ByteBuffer data) {
    long[] s = shape.length == 0 && n != 1 ? new long[] {n} : shape;
    Shape sh = Shape.of(s);
    Checks.check(
        sh.size() == n,
        fn,
        "shape %s must have as many elements as data (%s); it has %s",
        java.util.Arrays.toString(s),
        n,
        sh.size());
    return Dispatcher.constant(Ivy.currentBackend(), new Aval(sh, dtype), data);
  }

  /**
   * Returns a copy of x on backend {@code name} (itself when already there) ({@code
   * Ivy.toBackend}).
   */
  public static Array toBackend(Array x, String name) {
    dev.ivy.backend.Backend b = dev.ivy.backend.BackendRegistry.get(name);
    if (x.backend() == b) {
      return x;
    }
    return Dispatcher.constant(b, x.aval(), x.toBytes());
  }
}
