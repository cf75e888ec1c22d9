package dev.ivy;

import dev.ivy.autodiff.Autodiff;
import dev.ivy.autodiff.ValueAndGrad;
import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.errors.BackendNotFoundException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.IvyException;
import dev.ivy.errors.TracingException;
import dev.ivy.internal.HostData;
import dev.ivy.internal.ThreadState;
import dev.ivy.nn.Module;
import dev.ivy.nn.Variables;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Attention;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Control;
import dev.ivy.ops.Conversion;
import dev.ivy.ops.Convolution;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.DTypeInfo;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Einsum;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Index;
import dev.ivy.ops.Indexer;
import dev.ivy.ops.Indexing;
import dev.ivy.ops.Interpolation;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Losses;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Normalization;
import dev.ivy.ops.Pooling;
import dev.ivy.ops.Random;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Scatter;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sets;
import dev.ivy.ops.Sorting;
import dev.ivy.optim.Optimizer;
import dev.ivy.optim.TrainStep;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.Operand;
import dev.ivy.registry.P;
import dev.ivy.registry.Rest;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The entry point: backend selection, array creation and the core functional API.
 *
 * <p>Backends are chosen per thread. With none set, the default is {@code torch} (else {@code tf},
 * else {@code nd4j}, whichever is on the class path), overridden by the system property {@code
 * ivy.backend} or the environment variable {@code IVY_BACKEND}.
 *
 * <pre>{@code
 * Ivy.setBackend("tf");
 * Array x = Ivy.array(new float[] {1, 2, 3}, 3);
 * Array y = Ivy.add(x, 1.0f);          // float32 [2, 3, 4] on TensorFlow
 * }</pre>
 *
 * <p>Every function here is a one-line delegation to a category class in {@code dev.ivy.ops} (or to
 * the optional modules' service providers). The functions of the namespace {@code ivy} are declared
 * here once, with {@link Fn}: the build registers them by name and generates the overloads that
 * leave trailing defaults out (in {@code IvyDefaults}).
 */
@Namespace(frontend = "ivy", path = "Ivy")
public final class Ivy extends IvyDefaults {
  private Ivy() {}

  // ------------------------------------------------------------------ backends

  /**
   * Makes {@code name} this thread's backend until {@link #unsetBackend()} (names: {@code nd4j},
   * {@code torch}, {@code tf}; aliases {@code numpy}, {@code pytorch}, {@code tensorflow}).
   *
   * @throws BackendNotFoundException if no backend of that name is on the class path
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
    return new BackendScope(name);
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

    private BackendScope(String name) {
      Backends.push(name);
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        Backends.pop();
      }
    }
  }

  // ------------------------------------------------------------------ size limit

  /**
   * Sets the largest array, in bytes, that any function may create, for the whole process: a call
   * whose result (or any array it would build) is larger fails before anything is allocated, in
   * microseconds and on every backend, with {@link dev.ivy.errors.ArrayTooLargeException} naming
   * the requested shape, its bytes and the limit. The default is the system property {@code
   * ivy.maxArrayBytes}, else a quarter of the machine's physical memory.
   *
   * @throws IvyArgumentException if {@code bytes} is not positive
   */
  public static void setMaxArrayBytes(long bytes) {
    dev.ivy.prim.SizeLimit.set(bytes);
  }

  /**
   * Returns the largest array, in bytes, that any function may create ({@link #setMaxArrayBytes}).
   */
  public static long maxArrayBytes() {
    return dev.ivy.prim.SizeLimit.maxBytes();
  }

  // ------------------------------------------------------------------ default dtypes

  /**
   * Makes {@code dtype} this thread's default float dtype until {@link #unsetDefaultFloatDtype()}
   * (Python Ivy's {@code ivy.set_default_float_dtype}): the dtype of the float arrays that the
   * creation functions make when no dtype is given ({@code zeros}, {@code ones}, {@code empty},
   * {@code eye}, {@code linspace}, {@code full} and {@code arange} with float values, the random
   * functions). Per thread and nested, like {@link #setBackend}. Frontends keep their framework's
   * defaults (NumPy float64, PyTorch float32) and do not read it.
   *
   * @throws IvyArgumentException if {@code dtype} is not a floating dtype
   */
  public static void setDefaultFloatDtype(DType dtype) {
    Checks.check(
        dtype != null && dtype.isFloating(),
        "setDefaultFloatDtype",
        "dtype must be a floating dtype; got %s",
        dtype);
    ThreadState.get().floatDtypes.add(dtype);
  }

  /** Undoes the innermost {@link #setDefaultFloatDtype} of this thread; no-op when none is set. */
  public static void unsetDefaultFloatDtype() {
    ArrayList<DType> stack = ThreadState.get().floatDtypes;
    if (!stack.isEmpty()) {
      stack.remove(stack.size() - 1);
    }
  }

  /**
   * Returns this thread's default float dtype: the innermost one set, else float32 (as in Python
   * Ivy, PyTorch and JAX) (Python Ivy's {@code ivy.default_float_dtype()}).
   */
  public static DType defaultFloatDtype() {
    ArrayList<DType> stack = ThreadState.get().floatDtypes;
    return stack.isEmpty() ? DType.FLOAT32 : stack.get(stack.size() - 1);
  }

  /**
   * Returns the default integer dtype: int64 (Python Ivy's {@code ivy.default_int_dtype()}), the
   * dtype of {@code arange} and {@code full} with integer values and of {@code randint}.
   */
  public static DType defaultIntDtype() {
    return DType.INT64;
  }

  /**
   * Sets {@code dtype} as this thread's default float dtype until the returned handle is closed.
   *
   * <pre>{@code
   * try (var d = Ivy.withDefaultFloatDtype(DType.FLOAT64)) {
   *   Array z = Ivy.zeros(3); // float64
   * }
   * }</pre>
   *
   * @throws IvyArgumentException if {@code dtype} is not a floating dtype
   */
  public static DefaultFloatDtypeScope withDefaultFloatDtype(DType dtype) {
    setDefaultFloatDtype(dtype);
    return new DefaultFloatDtypeScope();
  }

  /** The handle of {@link #withDefaultFloatDtype}; closing it restores the previous default. */
  public static final class DefaultFloatDtypeScope implements AutoCloseable {
    private boolean closed;

    private DefaultFloatDtypeScope() {}

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        unsetDefaultFloatDtype();
      }
    }
  }

  /**
   * Returns {@code dtype}; when null, null if a parameter is a float array (the samples take its
   * dtype), else the default float dtype.
   */
  private static DType randomDtype(DType dtype, Object a, Object b) {
    boolean typed =
        a instanceof Array x && x.dtype().isFloating()
            || b instanceof Array y && y.dtype().isFloating();
    return dtype != null || typed ? dtype : defaultFloatDtype();
  }

  /** Returns {@code dtype}, or the default float dtype when it is null. */
  private static DType floatOr(DType dtype) {
    return dtype == null ? defaultFloatDtype() : dtype;
  }

  /** Opens a memory scope on this thread: arrays made inside are freed at close unless kept. */
  public static Scope scope() {
    return Scope.open();
  }

  // ------------------------------------------------------------------ arrays from Java

  /** Returns a float32 array of {@code shape} holding {@code data} (row-major). */
  public static Array array(float[] data, long... shape) {
    return Conversion.fromHost(
        "array", DType.FLOAT32, data.length, shape, HostData.encode(DType.FLOAT32, data));
  }

  /** Returns a float64 array of {@code shape} holding {@code data}. */
  public static Array array(double[] data, long... shape) {
    return Conversion.fromHost(
        "array", DType.FLOAT64, data.length, shape, HostData.encode(DType.FLOAT64, data));
  }

  /** Returns an int64 array of {@code shape} holding {@code data}. */
  public static Array array(long[] data, long... shape) {
    return Conversion.fromHost(
        "array", DType.INT64, data.length, shape, HostData.encode(DType.INT64, data));
  }

  /** Returns an int32 array of {@code shape} holding {@code data}. */
  public static Array array(int[] data, long... shape) {
    return Conversion.fromHost(
        "array", DType.INT32, data.length, shape, HostData.encode(DType.INT32, data));
  }

  /** Returns a bool array of {@code shape} holding {@code data}. */
  public static Array array(boolean[] data, long... shape) {
    return Conversion.fromHost(
        "array", DType.BOOL, data.length, shape, HostData.encode(DType.BOOL, data));
  }

  /** Returns an array of {@code dtype} and {@code shape} from doubles, converted as astype does. */
  public static Array array(double[] data, DType dtype, long... shape) {
    return Conversion.fromHost("array", dtype, data.length, shape, HostData.encode(dtype, data));
  }

  /** Returns an array of {@code dtype} and {@code shape} from longs (exact for integer dtypes). */
  public static Array array(long[] data, DType dtype, long... shape) {
    return Conversion.fromHost("array", dtype, data.length, shape, HostData.encode(dtype, data));
  }

  /** Returns a 1-d float32 array holding {@code data}. */
  public static Array array(float[] data) {
    return array(data, new long[0]);
  }

  /** Returns a float32 array of {@code shape}, given as ints, holding {@code data} (row-major). */
  public static Array array(float[] data, int... shape) {
    return array(data, Shape.of(shape).dims());
  }

  /** Returns a float32 array of {@code shape} holding {@code data} (row-major). */
  public static Array array(float[] data, Shape shape) {
    return Conversion.fromHost(
        "array", DType.FLOAT32, data.length, shape, HostData.encode(DType.FLOAT32, data));
  }

  /** Returns a 1-d float64 array holding {@code data}. */
  public static Array array(double[] data) {
    return array(data, new long[0]);
  }

  /** Returns a float64 array of {@code shape}, given as ints, holding {@code data} (row-major). */
  public static Array array(double[] data, int... shape) {
    return array(data, Shape.of(shape).dims());
  }

  /** Returns a float64 array of {@code shape} holding {@code data} (row-major). */
  public static Array array(double[] data, Shape shape) {
    return Conversion.fromHost(
        "array", DType.FLOAT64, data.length, shape, HostData.encode(DType.FLOAT64, data));
  }

  /** Returns a 1-d int64 array holding {@code data}. */
  public static Array array(long[] data) {
    return array(data, new long[0]);
  }

  /** Returns a int64 array of {@code shape}, given as ints, holding {@code data} (row-major). */
  public static Array array(long[] data, int... shape) {
    return array(data, Shape.of(shape).dims());
  }

  /** Returns a int64 array of {@code shape} holding {@code data} (row-major). */
  public static Array array(long[] data, Shape shape) {
    return Conversion.fromHost(
        "array", DType.INT64, data.length, shape, HostData.encode(DType.INT64, data));
  }

  /** Returns a 1-d int32 array holding {@code data}. */
  public static Array array(int[] data) {
    return array(data, new long[0]);
  }

  /** Returns a int32 array of {@code shape}, given as ints, holding {@code data} (row-major). */
  public static Array array(int[] data, int... shape) {
    return array(data, Shape.of(shape).dims());
  }

  /** Returns a int32 array of {@code shape} holding {@code data} (row-major). */
  public static Array array(int[] data, Shape shape) {
    return Conversion.fromHost(
        "array", DType.INT32, data.length, shape, HostData.encode(DType.INT32, data));
  }

  /** Returns a 1-d bool array holding {@code data}. */
  public static Array array(boolean[] data) {
    return array(data, new long[0]);
  }

  /** Returns a bool array of {@code shape}, given as ints, holding {@code data} (row-major). */
  public static Array array(boolean[] data, int... shape) {
    return array(data, Shape.of(shape).dims());
  }

  /** Returns a bool array of {@code shape} holding {@code data} (row-major). */
  public static Array array(boolean[] data, Shape shape) {
    return Conversion.fromHost(
        "array", DType.BOOL, data.length, shape, HostData.encode(DType.BOOL, data));
  }

  /** Returns an array of {@code dtype} and {@code shape} (ints) from doubles. */
  public static Array array(double[] data, DType dtype, int... shape) {
    return array(data, dtype, Shape.of(shape).dims());
  }

  /** Returns an array of {@code dtype} and {@code shape} from doubles. */
  public static Array array(double[] data, DType dtype, Shape shape) {
    return Conversion.fromHost("array", dtype, data.length, shape, HostData.encode(dtype, data));
  }

  /** Returns an array of {@code dtype} and {@code shape} (ints) from longs. */
  public static Array array(long[] data, DType dtype, int... shape) {
    return array(data, dtype, Shape.of(shape).dims());
  }

  /** Returns an array of {@code dtype} and {@code shape} from longs. */
  public static Array array(long[] data, DType dtype, Shape shape) {
    return Conversion.fromHost("array", dtype, data.length, shape, HostData.encode(dtype, data));
  }

  /**
   * Returns an array from little-endian row-major bytes of {@code dtype} (bool one byte, float16
   * and bfloat16 their 16 bits) on this thread's backend.
   */
  public static Array fromBytes(ByteBuffer data, DType dtype, Shape shape) {
    return Conversion.fromBytes(data, dtype, shape);
  }

  /**
   * Returns an array from a Java value: an {@link Array} (returned as is), a number or boolean
   * (0-d), or nested Java arrays or lists of them (rectangular). Dtypes are inferred as Python Ivy
   * does: bool, then int64, then the default float dtype ({@link #defaultFloatDtype()}, float32)
   * for {@code Double}s as for Python floats; typed leaves keep their width ({@code float[]}
   * float32, {@code double[]} float64).
   */
  public static Array asarray(Object value) {
    return Conversion.asarray(value, null, defaultFloatDtype());
  }

  /**
   * Returns {@link #asarray(Object)} of {@code obj} converted to {@code dtype} (inferred when null)
   * (ivy.asarray).
   */
  @Fn
  public static Array asarray(Object obj, @Default("None") DType dtype) {
    return Conversion.asarray(obj, dtype, defaultFloatDtype());
  }

  /**
   * Returns a 0-d array holding {@code value} with its inferred dtype (a {@code double} takes the
   * default float dtype).
   */
  public static Array scalar(Object value) {
    return Conversion.asarray(value, null, defaultFloatDtype());
  }

  /**
   * Returns a copy of {@code x} on backend {@code name} (itself when already there).
   *
   * @throws BackendNotFoundException if {@code name} names no backend
   */
  public static Array toBackend(Array x, String name) {
    return Conversion.toBackend(x, name);
  }

  // ------------------------------------------------------------------ elementwise

  /** Returns the absolute value of x, elementwise (ivy.abs). */
  @Fn
  public static Array abs(Array x) {
    return Elementwise.abs(x);
  }

  /** Returns -x, elementwise (ivy.negative). */
  @Fn
  public static Array negative(Array x) {
    return Elementwise.negative(x);
  }

  /** Returns x (ivy.positive). */
  @Fn
  public static Array positive(Array x) {
    return Elementwise.positive(x);
  }

  /** Returns -1, 0 or 1 with the sign of x (NaN stays NaN) (ivy.sign). */
  @Fn
  public static Array sign(Array x) {
    return Elementwise.sign(x);
  }

  /** Returns x * x (ivy.square). */
  @Fn
  public static Array square(Array x) {
    return Elementwise.square(x);
  }

  /** Returns 1 / x in floating point (ivy.reciprocal). */
  @Fn
  public static Array reciprocal(Array x) {
    return Elementwise.reciprocal(x);
  }

  /** Returns e^x (integers compute in floating point) (ivy.exp). */
  @Fn
  public static Array exp(Array x) {
    return Elementwise.exp(x);
  }

  /** Returns e^x - 1 (ivy.expm1). */
  @Fn
  public static Array expm1(Array x) {
    return Elementwise.expm1(x);
  }

  /** Returns the natural logarithm (ivy.log). */
  @Fn
  public static Array log(Array x) {
    return Elementwise.log(x);
  }

  /** Returns log(1 + x) (ivy.log1p). */
  @Fn
  public static Array log1p(Array x) {
    return Elementwise.log1p(x);
  }

  /** Returns the base-2 logarithm (ivy.log2). */
  @Fn
  public static Array log2(Array x) {
    return Elementwise.log2(x);
  }

  /** Returns the base-10 logarithm (ivy.log10). */
  @Fn
  public static Array log10(Array x) {
    return Elementwise.log10(x);
  }

  /** Returns the square root (ivy.sqrt). */
  @Fn
  public static Array sqrt(Array x) {
    return Elementwise.sqrt(x);
  }

  /** Returns the sine (ivy.sin). */
  @Fn
  public static Array sin(Array x) {
    return Elementwise.sin(x);
  }

  /** Returns the cosine (ivy.cos). */
  @Fn
  public static Array cos(Array x) {
    return Elementwise.cos(x);
  }

  /** Returns the tangent (ivy.tan). */
  @Fn
  public static Array tan(Array x) {
    return Elementwise.tan(x);
  }

  /** Returns the inverse sine (ivy.asin). */
  @Fn
  public static Array asin(Array x) {
    return Elementwise.asin(x);
  }

  /** Returns the inverse cosine (ivy.acos). */
  @Fn
  public static Array acos(Array x) {
    return Elementwise.acos(x);
  }

  /** Returns the inverse tangent (ivy.atan). */
  @Fn
  public static Array atan(Array x) {
    return Elementwise.atan(x);
  }

  /** Returns the hyperbolic sine (ivy.sinh). */
  @Fn
  public static Array sinh(Array x) {
    return Elementwise.sinh(x);
  }

  /** Returns the hyperbolic cosine (ivy.cosh). */
  @Fn
  public static Array cosh(Array x) {
    return Elementwise.cosh(x);
  }

  /** Returns the hyperbolic tangent (ivy.tanh). */
  @Fn
  public static Array tanh(Array x) {
    return Elementwise.tanh(x);
  }

  /** Returns the inverse hyperbolic sine (ivy.asinh). */
  @Fn
  public static Array asinh(Array x) {
    return Elementwise.asinh(x);
  }

  /** Returns the inverse hyperbolic cosine (ivy.acosh). */
  @Fn
  public static Array acosh(Array x) {
    return Elementwise.acosh(x);
  }

  /** Returns the inverse hyperbolic tangent (ivy.atanh). */
  @Fn
  public static Array atanh(Array x) {
    return Elementwise.atanh(x);
  }

  /** Returns the largest integer not greater than x (integers unchanged) (ivy.floor). */
  @Fn
  public static Array floor(Array x) {
    return Elementwise.floor(x);
  }

  /** Returns the smallest integer not less than x (integers unchanged) (ivy.ceil). */
  @Fn
  public static Array ceil(Array x) {
    return Elementwise.ceil(x);
  }

  /** Returns x rounded half to even (integers unchanged) (ivy.round). */
  @Fn
  public static Array round(Array x) {
    return Elementwise.round(x);
  }

  /** Returns x rounded toward zero (ivy.trunc). */
  @Fn
  public static Array trunc(Array x) {
    return Elementwise.trunc(x);
  }

  /** Returns whether x is NaN, as bool (ivy.isnan). */
  @Fn
  public static Array isnan(Array x) {
    return Elementwise.isnan(x);
  }

  /** Returns whether x is infinite, as bool (ivy.isinf). */
  @Fn
  public static Array isinf(Array x) {
    return Elementwise.isinf(x);
  }

  /** Returns whether x is finite, as bool (ivy.isfinite). */
  @Fn
  public static Array isfinite(Array x) {
    return Elementwise.isfinite(x);
  }

  /** Returns whether the sign bit of x is set (ivy.signbit). */
  @Fn
  public static Array signbit(Array x) {
    return Elementwise.signbit(x);
  }

  /** Returns the logical not of x, as bool (ivy.logical_not). */
  @Fn
  public static Array logicalNot(Array x) {
    return Elementwise.logicalNot(x);
  }

  /** Returns the bitwise inversion of an integer or bool x (ivy.bitwise_invert). */
  @Fn
  public static Array bitwiseInvert(Array x) {
    return Elementwise.bitwiseInvert(x);
  }

  /**
   * Returns x1 + x2, broadcasting and promoting dtypes (Java numbers are weak scalars, NEP 50)
   * (ivy.add); operands are arrays or Java numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array add(@Operand Object x1, @Operand Object x2) {
    return Elementwise.add(x1, x2);
  }

  /**
   * Returns x1 - x2 (ivy.subtract); operands are arrays or Java numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array subtract(@Operand Object x1, @Operand Object x2) {
    return Elementwise.subtract(x1, x2);
  }

  /**
   * Returns x1 * x2 (ivy.multiply); operands are arrays or Java numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array multiply(@Operand Object x1, @Operand Object x2) {
    return Elementwise.multiply(x1, x2);
  }

  /**
   * Returns x1 / x2; integers divide as float64 (ivy.divide); operands are arrays or Java
   * numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array divide(@Operand Object x1, @Operand Object x2) {
    return Elementwise.divide(x1, x2);
  }

  /**
   * Returns floor(x1 / x2), rounding toward negative infinity as Python does (ivy.floor_divide);
   * operands are arrays or Java numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array floorDivide(@Operand Object x1, @Operand Object x2) {
    return Elementwise.floorDivide(x1, x2);
  }

  /**
   * Returns x1 mod x2 with the sign of x2, as Python (ivy.remainder); operands are arrays or Java
   * numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array remainder(@Operand Object x1, @Operand Object x2) {
    return Elementwise.remainder(x1, x2);
  }

  /**
   * Returns x1 raised to x2 (ivy.pow); operands are arrays or Java numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array pow(@Operand Object x1, @Operand Object x2) {
    return Elementwise.pow(x1, x2);
  }

  /**
   * Returns the elementwise maximum; NaN propagates (ivy.maximum); operands are arrays or Java
   * numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array maximum(@Operand Object x1, @Operand Object x2) {
    return Elementwise.maximum(x1, x2);
  }

  /**
   * Returns the elementwise minimum; NaN propagates (ivy.minimum); operands are arrays or Java
   * numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array minimum(@Operand Object x1, @Operand Object x2) {
    return Elementwise.minimum(x1, x2);
  }

  /**
   * Returns the angle of the point (x2, x1) for atan2(x1, x2) (ivy.atan2); operands are arrays or
   * Java numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array atan2(@Operand Object x1, @Operand Object x2) {
    return Elementwise.atan2(x1, x2);
  }

  /**
   * Returns sqrt(x1^2 + x2^2) without undue overflow (ivy.hypot); operands are arrays or Java
   * numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array hypot(@Operand Object x1, @Operand Object x2) {
    return Elementwise.hypot(x1, x2);
  }

  /**
   * Returns log(e^x1 + e^x2), computed stably (ivy.logaddexp); operands are arrays or Java
   * numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array logaddexp(@Operand Object x1, @Operand Object x2) {
    return Elementwise.logaddexp(x1, x2);
  }

  /**
   * Returns the magnitude of x1 with the sign of x2 (ivy.copysign); operands are arrays or Java
   * numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array copysign(@Operand Object x1, @Operand Object x2) {
    return Elementwise.copysign(x1, x2);
  }

  /**
   * Returns x1 == x2 as bool (ivy.equal); operands are arrays or Java numbers/booleans (weak
   * scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array equal(@Operand Object x1, @Operand Object x2) {
    return Elementwise.equal(x1, x2);
  }

  /**
   * Returns x1 != x2 as bool (ivy.not_equal); operands are arrays or Java numbers/booleans (weak
   * scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array notEqual(@Operand Object x1, @Operand Object x2) {
    return Elementwise.notEqual(x1, x2);
  }

  /**
   * Returns x1 &lt; x2 as bool (ivy.less); operands are arrays or Java numbers/booleans (weak
   * scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array less(@Operand Object x1, @Operand Object x2) {
    return Elementwise.less(x1, x2);
  }

  /**
   * Returns x1 &lt;= x2 as bool (ivy.less_equal); operands are arrays or Java numbers/booleans
   * (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array lessEqual(@Operand Object x1, @Operand Object x2) {
    return Elementwise.lessEqual(x1, x2);
  }

  /**
   * Returns x1 > x2 as bool (ivy.greater); operands are arrays or Java numbers/booleans (weak
   * scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array greater(@Operand Object x1, @Operand Object x2) {
    return Elementwise.greater(x1, x2);
  }

  /**
   * Returns x1 >= x2 as bool (ivy.greater_equal); operands are arrays or Java numbers/booleans
   * (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array greaterEqual(@Operand Object x1, @Operand Object x2) {
    return Elementwise.greaterEqual(x1, x2);
  }

  /**
   * Returns the logical and, as bool (ivy.logical_and); operands are arrays or Java
   * numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array logicalAnd(@Operand Object x1, @Operand Object x2) {
    return Elementwise.logicalAnd(x1, x2);
  }

  /**
   * Returns the logical or, as bool (ivy.logical_or); operands are arrays or Java numbers/booleans
   * (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array logicalOr(@Operand Object x1, @Operand Object x2) {
    return Elementwise.logicalOr(x1, x2);
  }

  /**
   * Returns the logical xor, as bool (ivy.logical_xor); operands are arrays or Java
   * numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array logicalXor(@Operand Object x1, @Operand Object x2) {
    return Elementwise.logicalXor(x1, x2);
  }

  /**
   * Returns the bitwise and (logical for bool) (ivy.bitwise_and); operands are arrays or Java
   * numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array bitwiseAnd(@Operand Object x1, @Operand Object x2) {
    return Elementwise.bitwiseAnd(x1, x2);
  }

  /**
   * Returns the bitwise or (logical for bool) (ivy.bitwise_or); operands are arrays or Java
   * numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array bitwiseOr(@Operand Object x1, @Operand Object x2) {
    return Elementwise.bitwiseOr(x1, x2);
  }

  /**
   * Returns the bitwise xor (logical for bool) (ivy.bitwise_xor); operands are arrays or Java
   * numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array bitwiseXor(@Operand Object x1, @Operand Object x2) {
    return Elementwise.bitwiseXor(x1, x2);
  }

  /**
   * Returns x1 shifted left by x2 bits (ivy.bitwise_left_shift); operands are arrays or Java
   * numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array bitwiseLeftShift(@Operand Object x1, @Operand Object x2) {
    return Elementwise.bitwiseLeftShift(x1, x2);
  }

  /**
   * Returns x1 shifted right (arithmetically) by x2 bits (ivy.bitwise_right_shift); operands are
   * arrays or Java numbers/booleans (weak scalars).
   *
   * @throws IvyArgumentException if the shapes do not broadcast
   */
  @Fn
  public static Array bitwiseRightShift(@Operand Object x1, @Operand Object x2) {
    return Elementwise.bitwiseRightShift(x1, x2);
  }

  /**
   * Returns x1 where {@code condition} is true, else x2 (x1 and x2 promote; all three broadcast)
   * (ivy.where).
   */
  @Fn
  public static Array where(Array condition, @Operand Object x1, @Operand Object x2) {
    return Elementwise.where(condition, x1, x2);
  }

  /**
   * Returns x limited to [min, max]; a null bound is no limit; bounds may be arrays or numbers
   * (ivy.clip).
   */
  @Fn
  public static Array clip(
      Array x, @Operand @Default("None") Object min, @Operand @Default("None") Object max) {
    return Elementwise.clip(x, min, max);
  }

  /** Returns the lower triangle of x: elements above diagonal k are zero (ivy.tril). */
  @Fn
  public static Array tril(Array x, @Default("0") long k) {
    return Creation.tril(x, k);
  }

  /** Returns the upper triangle of x: elements below diagonal k are zero (ivy.triu). */
  @Fn
  public static Array triu(Array x, @Default("0") long k) {
    return Creation.triu(x, k);
  }

  /** Returns coordinate matrices from coordinate vectors, "xy" or "ij" indexing (ivy.meshgrid). */
  public static List<Array> meshgrid(List<Array> arrays, MeshIndexing indexing) {
    return Creation.meshgrid(
        arrays, Checks.given("meshgrid", "indexing", indexing, "'xy' or 'ij'").lower());
  }

  /**
   * Returns coordinate matrices from 1-d coordinate vectors, {@code indexing} "xy" (Cartesian, the
   * default) or "ij" (matrix) (ivy.meshgrid).
   */
  @Fn
  public static List<Array> meshgrid(@Rest Array[] arrays, @Default("'xy'") MeshIndexing indexing) {
    return meshgrid(List.of(arrays), indexing);
  }

  /**
   * Returns each element of x repeated {@code repeats} times (an integer or an integer array of
   * per-element counts) along {@code axis}, of the flattened x when null (ivy.repeat).
   */
  @Fn
  public static Array repeat(Array x, Object repeats, @Default("None") Integer axis) {
    return Manipulation.repeat(x, repeats, axis);
  }

  /**
   * Returns the n-th discrete difference along {@code axis}, with {@code prepend} and {@code
   * append} joined before and after x when given (ivy.diff).
   */
  @Fn
  public static Array diff(
      Array x,
      @Default("-1") int axis,
      @Default("1") int n,
      @Default("None") Array prepend,
      @Default("None") Array append) {
    return Manipulation.diff(x, axis, n, prepend, append);
  }

  /** Returns x sorted along {@code axis} (always stable) (ivy.sort). */
  @Fn
  public static Array sort(
      Array x,
      @Default("-1") int axis,
      @Default("False") boolean descending,
      @Default("True") Boolean stable) {
    return Sorting.sort(x, axis, descending);
  }

  /** Returns the int64 indices that sort x along {@code axis} (always stable) (ivy.argsort). */
  @Fn
  public static Array argsort(
      Array x,
      @Default("-1") int axis,
      @Default("False") boolean descending,
      @Default("True") Boolean stable) {
    return Sorting.argsort(x, axis, descending);
  }

  /**
   * Returns the indices where x2's values insert into the sorted 1-d x1 ({@code sorter} sorts x1
   * when it is not sorted) (ivy.searchsorted).
   */
  @Fn
  public static Array searchsorted(
      Array x1, Array x2, @Default("'left'") Side side, @Default("None") Array sorter) {
    return Sorting.searchsorted(
        x1, x2, Checks.given("searchsorted", "side", side, "'left' or 'right'").lower(), sorter);
  }

  /** Returns the sum of diagonal {@code offset} of the last two axes (ivy.linalg.trace). */
  @Fn("linalg.trace")
  public static Array trace(Array x, @Default("0") long offset, @Default("None") DType dtype) {
    return Linalg.trace(x, offset, dtype);
  }

  /** Returns diagonal {@code offset} of the last two axes (ivy.linalg.diagonal). */
  @Fn("linalg.diagonal")
  public static Array diagonal(Array x, @Default("0") long offset) {
    return Linalg.diagonal(x, offset);
  }

  /** Returns the outer product of two 1-d arrays (ivy.linalg.outer). */
  @Fn("linalg.outer")
  public static Array outer(Array x1, Array x2) {
    return Linalg.outer(x1, x2);
  }

  /** Returns the cross product of 3-vectors along {@code axis} (ivy.linalg.cross). */
  @Fn("linalg.cross")
  public static Array cross(Array x1, Array x2, @Default("-1") int axis) {
    return Linalg.cross(x1, x2, axis);
  }

  /**
   * Returns the matrix norm of the last two axes; {@code ord} is "fro", "nuc", 1, -1, 2, -2, inf or
   * -inf (ivy.linalg.matrix_norm).
   */
  @Fn("linalg.matrix_norm")
  public static Array matrixNorm(
      Array x, @Default("False") boolean keepdims, @Default("'fro'") Object ord) {
    return Linalg.matrixNorm(x, ord, keepdims);
  }

  /**
   * Returns whether {@code dtype} is of {@code kind}: a dtype, a kind name or a list of them
   * (ivy.isdtype).
   */
  @Fn
  public static boolean isdtype(DType dtype, Object kind) {
    return DTypeInfo.isdtype(dtype, kind);
  }

  /** Returns the real part of x: x itself, as core has no complex dtypes (ivy.real). */
  @Fn
  public static Array real(Array x) {
    return Elementwise.positive(x);
  }

  /** Returns the complex conjugate of x: x itself, as core has no complex dtypes (ivy.conj). */
  @Fn
  public static Array conj(Array x) {
    return Elementwise.positive(x);
  }

  /** Returns the imaginary part of x: zeros, as core has no complex dtypes (ivy.imag). */
  @Fn
  public static Array imag(Array x) {
    return Creation.zerosLike(x);
  }

  /**
   * Returns the contraction of x1 and x2 over {@code axes}: a number n or a pair of axis lists
   * (ivy.tensordot, also ivy.linalg.tensordot).
   */
  @Fn({"tensordot", "linalg.tensordot"})
  public static Array tensordot(Array x1, Array x2, @Default("2") Object axes) {
    return Linalg.tensordot(x1, x2, axes);
  }

  /**
   * Returns x with its last two axes swapped (ivy.matrix_transpose, also
   * ivy.linalg.matrix_transpose).
   */
  @Fn({"matrix_transpose", "linalg.matrix_transpose"})
  public static Array matrixTranspose(Array x) {
    return Manipulation.matrixTranspose(x);
  }

  /**
   * Returns the dot product of x1 and x2 along {@code axis}, broadcasting the others (ivy.vecdot,
   * also ivy.linalg.vecdot).
   */
  @Fn({"vecdot", "linalg.vecdot"})
  public static Array vecdot(Array x1, Array x2, @Default("-1") int axis) {
    return Linalg.vecdot(x1, x2, axis);
  }

  /**
   * Returns the one-hot encoding of integer {@code indices} along a new axis (last when null):
   * on_value (1) at the index, off_value (0) elsewhere, float32 unless given (ivy.one_hot).
   */
  @Fn
  public static Array oneHot(
      Array indices,
      long depth,
      @Default("None") Number onValue,
      @Default("None") Number offValue,
      @Default("None") Integer axis,
      @Default("None") DType dtype) {
    return Indexing.oneHot(indices, depth, onValue, offValue, axis, dtype);
  }

  /**
   * Returns the elements of x at {@code indices} along {@code axis}, of the flattened x when null
   * (ivy.take).
   */
  @Fn
  public static Array take(Array x, Array indices, @Default("None") Integer axis) {
    return Indexing.take(x, indices, axis);
  }

  // ------------------------------------------------------------------ creation

  /** Returns zeros of {@code shape} of the default float dtype ({@link #defaultFloatDtype}). */
  public static Array zeros(long... shape) {
    return zeros(Shape.of(shape), null);
  }

  /** Returns zeros of {@code shape}, given as ints, of the default float dtype. */
  public static Array zeros(int... shape) {
    return zeros(Shape.of(shape), null);
  }

  /** Returns zeros of {@code shape} of the default float dtype. */
  public static Array zeros(Shape shape) {
    return zeros(shape, null);
  }

  /** Returns zeros of {@code shape} and {@code dtype} (the default float dtype when null). */
  public static Array zeros(Shape shape, DType dtype) {
    return Creation.zeros(shape, floatOr(dtype));
  }

  /**
   * Returns zeros of {@code shape} (ints) and {@code dtype} (the default float dtype when null).
   */
  public static Array zeros(int[] shape, DType dtype) {
    return zeros(Shape.of(shape), dtype);
  }

  /**
   * Returns zeros of {@code shape} and {@code dtype} (the default float dtype when null)
   * (ivy.zeros).
   */
  @Fn
  public static Array zeros(long[] shape, @Default("None") DType dtype) {
    return zeros(Shape.of(shape), dtype);
  }

  /** Returns ones of {@code shape} of the default float dtype ({@link #defaultFloatDtype}). */
  public static Array ones(long... shape) {
    return ones(Shape.of(shape), null);
  }

  /** Returns ones of {@code shape}, given as ints, of the default float dtype. */
  public static Array ones(int... shape) {
    return ones(Shape.of(shape), null);
  }

  /** Returns ones of {@code shape} of the default float dtype. */
  public static Array ones(Shape shape) {
    return ones(shape, null);
  }

  /** Returns ones of {@code shape} and {@code dtype} (the default float dtype when null). */
  public static Array ones(Shape shape, DType dtype) {
    return Creation.ones(shape, floatOr(dtype));
  }

  /** Returns ones of {@code shape} (ints) and {@code dtype} (the default float dtype when null). */
  public static Array ones(int[] shape, DType dtype) {
    return ones(Shape.of(shape), dtype);
  }

  /**
   * Returns ones of {@code shape} and {@code dtype} (the default float dtype when null) (ivy.ones).
   */
  @Fn
  public static Array ones(long[] shape, @Default("None") DType dtype) {
    return ones(Shape.of(shape), dtype);
  }

  /** Returns an uninitialised array of {@code shape} of the default float dtype (zeros here). */
  public static Array empty(long... shape) {
    return empty(Shape.of(shape), null);
  }

  /** Returns an uninitialised array of {@code shape} (ints) of the default float dtype. */
  public static Array empty(int... shape) {
    return empty(Shape.of(shape), null);
  }

  /** Returns an uninitialised array of {@code shape} of the default float dtype. */
  public static Array empty(Shape shape) {
    return empty(shape, null);
  }

  /**
   * Returns an uninitialised array of {@code shape} and {@code dtype} (the default float dtype when
   * null); Ivy fills it with zeros.
   */
  public static Array empty(Shape shape, DType dtype) {
    return Creation.empty(shape, floatOr(dtype));
  }

  /**
   * Returns an uninitialised array of {@code shape} (ints) and {@code dtype} (the default float
   * dtype when null).
   */
  public static Array empty(int[] shape, DType dtype) {
    return empty(Shape.of(shape), dtype);
  }

  /**
   * Returns an uninitialised array of {@code shape} and {@code dtype} (the default float dtype when
   * null); Ivy fills it with zeros (ivy.empty).
   */
  @Fn
  public static Array empty(long[] shape, @Default("None") DType dtype) {
    return empty(Shape.of(shape), dtype);
  }

  /**
   * Returns an array of {@code shape} filled with {@code value}; null dtype infers from the value
   * (bool, int64, or the default float dtype for a Java {@code double} or {@code float}).
   */
  public static Array full(Shape shape, Object value, DType dtype) {
    return Creation.full(
        shape,
        value,
        dtype == null && (value instanceof Double || value instanceof Float)
            ? defaultFloatDtype()
            : dtype);
  }

  /** Returns an array of {@code shape} filled with {@code value}, its dtype inferred. */
  public static Array full(Shape shape, Object value) {
    return full(shape, value, null);
  }

  /** Returns an array of {@code shape} (ints) filled with {@code value}, its dtype inferred. */
  public static Array full(int[] shape, Object value) {
    return full(Shape.of(shape), value, null);
  }

  /** Returns an array of {@code shape} (ints) filled with {@code value} of {@code dtype}. */
  public static Array full(int[] shape, Object value, DType dtype) {
    return full(Shape.of(shape), value, dtype);
  }

  /**
   * Returns an array of {@code shape} filled with {@code fillValue}; null dtype infers from the
   * value (bool, int64, or the default float dtype) (ivy.full).
   */
  @Fn
  public static Array full(long[] shape, Object fillValue, @Default("None") DType dtype) {
    return full(Shape.of(shape), fillValue, dtype);
  }

  /**
   * Returns an array like x filled with {@code fillValue} (x's dtype when {@code dtype} is null)
   * (ivy.full_like).
   */
  @Fn
  public static Array fullLike(Array x, Object fillValue, @Default("None") DType dtype) {
    return Creation.fullLike(x, fillValue, dtype);
  }

  /** Returns zeros shaped and typed like x. */
  public static Array zerosLike(Array x) {
    return Creation.zerosLike(x);
  }

  /** Returns zeros shaped like x, of {@code dtype} (x's when null) (ivy.zeros_like). */
  @Fn
  public static Array zerosLike(Array x, @Default("None") DType dtype) {
    return Creation.fullLike(x, 0, dtype);
  }

  /** Returns ones shaped and typed like x. */
  public static Array onesLike(Array x) {
    return Creation.onesLike(x);
  }

  /** Returns ones shaped like x, of {@code dtype} (x's when null) (ivy.ones_like). */
  @Fn
  public static Array onesLike(Array x, @Default("None") DType dtype) {
    return Creation.fullLike(x, 1, dtype);
  }

  /**
   * Returns an uninitialised array shaped like x, of {@code dtype} (x's when null); Ivy fills it
   * with zeros (ivy.empty_like).
   */
  @Fn
  public static Array emptyLike(Array x, @Default("None") DType dtype) {
    return Creation.fullLike(x, 0, dtype);
  }

  /** Returns 0, 1, ..., stop - 1 as int64. */
  public static Array arange(long stop) {
    return Creation.arange(0L, stop, 1L, null);
  }

  /**
   * Returns start, start + step, ... below stop (0 to start when stop is null; int64 for integer
   * arguments, the default float dtype otherwise, unless {@code dtype} is given) (ivy.arange).
   */
  @Fn
  public static Array arange(
      Number start,
      @Default("None") Number stop,
      @Default("1") Number step,
      @Default("None") DType dtype) {
    boolean floats =
        start instanceof Double
            || start instanceof Float
            || stop instanceof Double
            || stop instanceof Float
            || step instanceof Double
            || step instanceof Float;
    return Creation.arange(
        start, stop, step, dtype == null && floats ? defaultFloatDtype() : dtype);
  }

  /**
   * Returns {@code num} evenly spaced values of the default float dtype from start to stop
   * inclusive.
   */
  public static Array linspace(double start, double stop, long num) {
    return linspace(start, stop, num, null, true);
  }

  /**
   * Returns {@code num} evenly spaced values of {@code dtype} (the default float dtype when null);
   * stop is excluded unless {@code endpoint} (ivy.linspace).
   */
  @Fn
  public static Array linspace(
      Number start,
      Number stop,
      long num,
      @Default("None") DType dtype,
      @Default("True") boolean endpoint) {
    return Creation.linspace(start, stop, num, floatOr(dtype), endpoint);
  }

  /** Returns the n-by-n identity matrix of the default float dtype. */
  public static Array eye(long n) {
    return eye(n, null, 0, null);
  }

  /**
   * Returns an n-by-m matrix with ones on diagonal k, of {@code dtype} (the default float dtype
   * when null).
   */
  public static Array eye(long n, long m, long k, DType dtype) {
    return eye(n, Long.valueOf(m), k, dtype);
  }

  /**
   * Returns an nRows-by-nCols matrix (square when nCols is null) with ones on diagonal k, of {@code
   * dtype} (the default float dtype when null) (ivy.eye).
   */
  @Fn
  public static Array eye(
      long nRows, @Default("None") Long nCols, @Default("0") long k, @Default("None") DType dtype) {
    return Creation.eye(nRows, nCols, k, floatOr(dtype));
  }

  // ------------------------------------------------------------------ manipulation

  /**
   * Returns x converted to {@code dtype} (floats truncate toward zero when cast to integers)
   * (ivy.astype).
   */
  @Fn
  public static Array astype(Array x, DType dtype) {
    return Manipulation.astype(x, dtype);
  }

  /** Returns x with a new shape of equal size; one entry may be -1. */
  public static Array reshape(Array x, long... shape) {
    return Manipulation.reshape(x, shape);
  }

  /**
   * Returns x with a new shape of equal size; one entry may be -1 ({@code copy} is ignored: arrays
   * are immutable) (ivy.reshape).
   */
  @Fn
  public static Array reshape(Array x, long[] shape, @Default("None") Boolean copy) {
    return Manipulation.reshape(x, shape);
  }

  /** Returns x with axes permuted: output axis i is input axis {@code axes[i]}. */
  public static Array permuteDims(Array x, int... axes) {
    return Manipulation.permuteDims(x, axes);
  }

  /**
   * Returns x with axes permuted: output axis i is input axis {@code axes[i]} ({@code copy} is
   * ignored) (ivy.permute_dims).
   */
  @Fn
  public static Array permuteDims(Array x, int[] axes, @Default("None") Boolean copy) {
    return Manipulation.permuteDims(x, axes);
  }

  /** Returns x with a new axis of size 1 at {@code axis} (ivy.expand_dims). */
  @Fn
  public static Array expandDims(Array x, @Default("0") int axis) {
    return Manipulation.expandDims(x, axis);
  }

  /** Returns x without the given size-1 axes (all size-1 axes when none are given). */
  public static Array squeeze(Array x, int... axes) {
    return Manipulation.squeeze(x, axes);
  }

  /**
   * Returns x without the size-1 axes {@code axis} (all size-1 axes when null; {@code copy} is
   * ignored) (ivy.squeeze).
   */
  @Fn
  public static Array squeeze(Array x, @Default("None") int[] axis, @Default("None") Boolean copy) {
    return Manipulation.squeeze(x, axis == null ? new int[0] : axis);
  }

  /** Returns the arrays joined along {@code axis} (flattened first when null) (ivy.concat). */
  @Fn
  public static Array concat(List<Array> arrays, @Default("0") Integer axis) {
    return Manipulation.concat(arrays, axis);
  }

  /** Returns the arrays stacked along a new axis (ivy.stack). */
  @Fn
  public static Array stack(List<Array> arrays, @Default("0") int axis) {
    return Manipulation.stack(arrays, axis);
  }

  /** Returns the slices of x along {@code axis} (ivy.unstack). */
  @Fn
  public static List<Array> unstack(Array x, @Default("0") int axis) {
    return Manipulation.unstack(x, axis);
  }

  /** Returns x reversed along {@code axes} (all when none are given). */
  public static Array flip(Array x, int... axes) {
    return Manipulation.flip(x, axes);
  }

  /**
   * Returns x reversed along {@code axis} (all axes when null; {@code copy} is ignored) (ivy.flip).
   */
  @Fn
  public static Array flip(Array x, @Default("None") int[] axis, @Default("None") Boolean copy) {
    return Manipulation.flip(x, axis == null ? new int[0] : axis);
  }

  /** Returns x rolled by {@code shift} along {@code axis}, wrapping around. */
  public static Array roll(Array x, long shift, int axis) {
    return Manipulation.roll(x, new long[] {shift}, new int[] {axis});
  }

  /**
   * Returns x rolled by {@code shift} along {@code axis} (of the flattened x when null), wrapping
   * around (ivy.roll).
   */
  @Fn
  public static Array roll(Array x, long[] shift, @Default("None") int[] axis) {
    return Manipulation.roll(x, shift, axis);
  }

  /** Returns x broadcast to {@code shape}. */
  public static Array broadcastTo(Array x, long... shape) {
    return Manipulation.broadcastTo(x, Shape.of(shape));
  }

  /** Returns x broadcast to {@code shape}, given as ints (ivy.broadcast_to). */
  @Fn
  public static Array broadcastTo(Array x, int[] shape) {
    return Manipulation.broadcastTo(x, Shape.of(shape));
  }

  /** Returns the arrays broadcast to their common shape (ivy.broadcast_arrays). */
  @Fn
  public static List<Array> broadcastArrays(Array... arrays) {
    return Manipulation.broadcastArrays(List.of(arrays));
  }

  /** Returns x with axis {@code source} moved to {@code destination}. */
  public static Array moveaxis(Array x, int source, int destination) {
    return Manipulation.moveaxis(x, new int[] {source}, new int[] {destination});
  }

  /** Returns x with axes {@code source} moved to {@code destination} (ivy.moveaxis). */
  @Fn
  public static Array moveaxis(Array x, int[] source, int[] destination) {
    return Manipulation.moveaxis(x, source, destination);
  }

  /** Returns x repeated {@code repetitions} times along each axis (ivy.tile). */
  @Fn
  public static Array tile(Array x, long[] repetitions) {
    return Manipulation.tile(x, repetitions);
  }

  /** Returns x with axes axis1 and axis2 swapped (ivy.swapaxes). */
  @Fn
  public static Array swapaxes(Array x, int axis1, int axis2) {
    return Manipulation.swapaxes(x, axis1, axis2);
  }

  // ------------------------------------------------------------------ reductions

  /** Returns the sum of all elements (int64 for integer and bool inputs). */
  public static Array sum(Array x) {
    return Reductions.sum(x, null, false, null);
  }

  /** Returns the sum over {@code axes}. */
  public static Array sum(Array x, int[] axes, boolean keepDims) {
    return Reductions.sum(x, axes, keepDims, null);
  }

  /**
   * Returns the sum over {@code axis} (all when null), accumulated in {@code dtype} when given
   * (ivy.sum).
   */
  @Fn
  public static Array sum(
      Array x,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("False") boolean keepdims) {
    return Reductions.sum(x, axis, keepdims, dtype);
  }

  /** Returns the product of all elements. */
  public static Array prod(Array x) {
    return Reductions.prod(x, null, false, null);
  }

  /** Returns the product over {@code axes}. */
  public static Array prod(Array x, int[] axes, boolean keepDims) {
    return Reductions.prod(x, axes, keepDims, null);
  }

  /**
   * Returns the product over {@code axis} (all when null), accumulated in {@code dtype} when given
   * (ivy.prod).
   */
  @Fn
  public static Array prod(
      Array x,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("False") boolean keepdims) {
    return Reductions.prod(x, axis, keepdims, dtype);
  }

  /** Returns the mean of all elements. */
  public static Array mean(Array x) {
    return Reductions.mean(x, null, false);
  }

  /** Returns the mean over {@code axis} (all when null) (ivy.mean). */
  @Fn
  public static Array mean(
      Array x, @Default("None") int[] axis, @Default("False") boolean keepdims) {
    return Reductions.mean(x, axis, keepdims);
  }

  /** Returns the maximum of all elements; NaN propagates. */
  public static Array max(Array x) {
    return Reductions.max(x, null, false);
  }

  /** Returns the maximum over {@code axis} (all when null); NaN propagates (ivy.max). */
  @Fn
  public static Array max(
      Array x, @Default("None") int[] axis, @Default("False") boolean keepdims) {
    return Reductions.max(x, axis, keepdims);
  }

  /** Returns the minimum of all elements; NaN propagates. */
  public static Array min(Array x) {
    return Reductions.min(x, null, false);
  }

  /** Returns the minimum over {@code axis} (all when null); NaN propagates (ivy.min). */
  @Fn
  public static Array min(
      Array x, @Default("None") int[] axis, @Default("False") boolean keepdims) {
    return Reductions.min(x, axis, keepdims);
  }

  /** Returns whether all elements over {@code axis} (all when null) are true (ivy.all). */
  @Fn
  public static Array all(
      Array x, @Default("None") int[] axis, @Default("False") boolean keepdims) {
    return Reductions.all(x, axis, keepdims);
  }

  /** Returns whether any element over {@code axis} (all when null) is true (ivy.any). */
  @Fn
  public static Array any(
      Array x, @Default("None") int[] axis, @Default("False") boolean keepdims) {
    return Reductions.any(x, axis, keepdims);
  }

  /** Returns the int64 index of the first maximum of the flattened array. */
  public static Array argmax(Array x) {
    return Reductions.argmax(x, null, false);
  }

  /**
   * Returns the int64 indices of the first maxima along {@code axis} (of the flattened x when null)
   * (ivy.argmax).
   */
  @Fn
  public static Array argmax(
      Array x, @Default("None") Integer axis, @Default("False") boolean keepdims) {
    return Reductions.argmax(x, axis, keepdims);
  }

  /** Returns the int64 index of the first minimum of the flattened array. */
  public static Array argmin(Array x) {
    return Reductions.argmin(x, null, false);
  }

  /**
   * Returns the int64 indices of the first minima along {@code axis} (of the flattened x when null)
   * (ivy.argmin).
   */
  @Fn
  public static Array argmin(
      Array x, @Default("None") Integer axis, @Default("False") boolean keepdims) {
    return Reductions.argmin(x, axis, keepdims);
  }

  /**
   * Returns the variance over {@code axis} (all when null) with {@code correction} degrees of
   * freedom removed (ivy.var).
   */
  @Fn
  public static Array var(
      Array x,
      @Default("None") int[] axis,
      @Default("0.0") double correction,
      @Default("False") boolean keepdims) {
    return Reductions.var(x, axis, correction, keepdims);
  }

  /** Returns the standard deviation over {@code axis} (all when null) (ivy.std). */
  @Fn
  public static Array std(
      Array x,
      @Default("None") int[] axis,
      @Default("0.0") double correction,
      @Default("False") boolean keepdims) {
    return Reductions.std(x, axis, correction, keepdims);
  }

  /** Returns the inclusive cumulative sum along {@code axis}. */
  public static Array cumulativeSum(Array x, int axis) {
    return Cumulative.cumulativeSum(x, axis, null, false);
  }

  /**
   * Returns the cumulative sum along {@code axis} (the only axis of a 1-d x when null), in {@code
   * dtype} when given, starting with 0 when {@code includeInitial} (ivy.cumulative_sum).
   */
  @Fn
  public static Array cumulativeSum(
      Array x,
      @Default("None") Integer axis,
      @Default("None") DType dtype,
      @Default("False") boolean includeInitial) {
    return Cumulative.cumulativeSum(x, axis, dtype, includeInitial);
  }

  /**
   * Returns the cumulative product along {@code axis}, optionally exclusive and reversed, as in the
   * seed's {@code ivy.cumprod(x, exclusive=False, reverse=True)} (ivy.cumprod).
   */
  @Fn
  public static Array cumprod(
      Array x,
      @Default("0") int axis,
      @Default("False") boolean exclusive,
      @Default("False") boolean reverse) {
    return Cumulative.cumprod(x, axis, exclusive, reverse);
  }

  // ------------------------------------------------------------------ linear algebra

  /**
   * Returns the matrix product with NumPy's rules (1-d operands, broadcast batch dimensions)
   * (ivy.matmul, also ivy.linalg.matmul).
   */
  @Fn({"matmul", "linalg.matmul"})
  public static Array matmul(Array x1, Array x2) {
    return Linalg.matmul(x1, x2);
  }

  // ------------------------------------------------------------------ data types

  /** Returns the dtype the arrays and dtypes (or dtype names) promote to (ivy.result_type). */
  @Fn
  public static DType resultType(Object... arraysAndDtypes) {
    return DTypeInfo.resultType(arraysAndDtypes);
  }

  /**
   * Returns whether {@code from} (an array, a dtype or a dtype name) casts to {@code to} under the
   * promotion rules (ivy.can_cast).
   */
  @Fn
  public static boolean canCast(@P("from_") Object from, DType to) {
    return DTypeInfo.canCast(from, to);
  }

  /**
   * Returns the limits of a floating dtype (or an array's): bits, eps, max, min, smallest normal
   * (ivy.finfo).
   */
  @Fn
  public static DTypeInfo.FInfo finfo(Object type) {
    return DTypeInfo.finfo(type);
  }

  /** Returns the limits of an integer dtype (or an array's): bits, max, min (ivy.iinfo). */
  @Fn
  public static DTypeInfo.IInfo iinfo(Object type) {
    return DTypeInfo.iinfo(type);
  }

  // ------------------------------------------------------------------ random (seeded, same on
  // every backend)

  /**
   * Sets this thread's default seed: later calls without a seed repeat after each call (ivy.seed).
   */
  @Fn
  public static void seed(@Default("0") long seedValue) {
    Random.seed(seedValue);
  }

  /**
   * Returns samples uniform in [low, high) of {@code shape} and {@code dtype} (the default float
   * dtype when null); with a seed, the same values on every backend (Philox4x32-10 bits drawn on
   * the host).
   */
  public static Array randomUniform(Object low, Object high, Shape shape, DType dtype, Long seed) {
    return Random.randomUniform(low, high, shape, randomDtype(dtype, low, high), seed);
  }

  /** Returns samples uniform in [low, high) of {@code shape} and the default float dtype. */
  public static Array randomUniform(Object low, Object high, Shape shape) {
    return randomUniform(low, high, shape, null, null);
  }

  /** Returns samples uniform in [low, high) of {@code shape} (ints) and the default float dtype. */
  public static Array randomUniform(Object low, Object high, int... shape) {
    return randomUniform(low, high, Shape.of(shape), null, null);
  }

  /**
   * Returns samples uniform in [low, high) of {@code shape} (the broadcast shape of low and high
   * when null), of {@code dtype} (when null: the float bounds' dtype, else the default float dtype)
   * (ivy.random_uniform).
   */
  @Fn
  public static Array randomUniform(
      @Operand @Default("0.0") Object low,
      @Operand @Default("1.0") Object high,
      @Default("None") long[] shape,
      @Default("None") DType dtype,
      @Default("None") Long seed) {
    return Random.randomUniform(
        low, high, shape == null ? null : Shape.of(shape), randomDtype(dtype, low, high), seed);
  }

  /**
   * Returns normal samples with {@code mean} and {@code std} of {@code dtype} (the default float
   * dtype when null).
   */
  public static Array randomNormal(Object mean, Object std, Shape shape, DType dtype, Long seed) {
    return Random.randomNormal(mean, std, shape, randomDtype(dtype, mean, std), seed);
  }

  /**
   * Returns normal samples with {@code mean} and {@code std} of {@code shape} and the default float
   * dtype.
   */
  public static Array randomNormal(Object mean, Object std, Shape shape) {
    return randomNormal(mean, std, shape, null, null);
  }

  /**
   * Returns normal samples with {@code mean} and {@code std} of {@code shape} (ints) and the
   * default float dtype.
   */
  public static Array randomNormal(Object mean, Object std, int... shape) {
    return randomNormal(mean, std, Shape.of(shape), null, null);
  }

  /**
   * Returns normal samples with {@code mean} and {@code std} of {@code shape} (their broadcast
   * shape when null), of {@code dtype} (when null: the float parameters' dtype, else the default
   * float dtype) (ivy.random_normal).
   */
  @Fn
  public static Array randomNormal(
      @Operand @Default("0.0") Object mean,
      @Operand @Default("1.0") Object std,
      @Default("None") long[] shape,
      @Default("None") DType dtype,
      @Default("None") Long seed) {
    return Random.randomNormal(
        mean, std, shape == null ? null : Shape.of(shape), randomDtype(dtype, mean, std), seed);
  }

  /** Returns integers uniform in [low, high) (int64 unless given). */
  public static Array randint(Object low, Object high, Shape shape, DType dtype, Long seed) {
    return Random.randint(low, high, shape, dtype, seed);
  }

  /**
   * Returns integers uniform in [low, high) of {@code shape} (their broadcast shape when null),
   * int64 unless {@code dtype} is given (ivy.randint).
   */
  @Fn
  public static Array randint(
      @Operand Object low,
      @Operand Object high,
      @Default("None") long[] shape,
      @Default("None") DType dtype,
      @Default("None") Long seed) {
    return Random.randint(low, high, shape == null ? null : Shape.of(shape), dtype, seed);
  }

  /**
   * Returns Bernoulli samples (1 with probability {@code probs}, or sigmoid({@code logits}); one of
   * them must be given) of {@code shape}, float32 unless {@code dtype} is given (ivy.bernoulli;
   * probs defaults to None here so that logits can be given alone).
   */
  @Fn
  public static Array bernoulli(
      @Operand @Default("None") Object probs,
      @Operand @Default("None") Object logits,
      @Default("None") long[] shape,
      @Default("None") DType dtype,
      @Default("None") Long seed) {
    return Random.bernoulli(probs, logits, shape == null ? null : Shape.of(shape), dtype, seed);
  }

  /** Returns x with its elements along {@code axis} randomly permuted (ivy.shuffle). */
  @Fn
  public static Array shuffle(Array x, @Default("0") int axis, @Default("None") Long seed) {
    return Random.shuffle(x, axis, seed);
  }

  /**
   * Returns int64 indices [batchSize, numSamples] drawn from {@code populationSize} classes
   * (uniform when {@code probs} is null), with or without replacement (ivy.multinomial).
   */
  @Fn
  public static Array multinomial(
      long populationSize,
      long numSamples,
      @Default("1") long batchSize,
      @Default("None") Array probs,
      @Default("True") boolean replace,
      @Default("None") Long seed) {
    return Random.multinomial(populationSize, numSamples, batchSize, probs, replace, seed);
  }

  /**
   * Returns x with elements zeroed with probability {@code prob} (and the rest scaled by 1 / (1 -
   * prob) when {@code scale}) while training; {@code noiseShape} (integers, None entries taking x's
   * size) shares the mask along its size-1 axes (ivy.dropout).
   */
  @Fn
  public static Array dropout(
      Array x,
      double prob,
      @Default("True") boolean scale,
      @Default("None") DType dtype,
      @Default("True") boolean training,
      @Default("None") Long seed,
      @Default("None") Object noiseShape) {
    return Random.dropout(x, prob, scale, dtype, training, seed, Random.noiseShape(noiseShape));
  }

  // ------------------------------------------------------------------ neural-network functions

  /** Returns the Gauss error function (ivy.erf). */
  @Fn
  public static Array erf(Array x) {
    return Elementwise.erf(x);
  }

  /** Returns max(x, 0) (ivy.relu). */
  @Fn
  public static Array relu(Array x) {
    return Activations.relu(x);
  }

  /** Returns min(max(x, 0), 6) (ivy.relu6). */
  @Fn
  public static Array relu6(Array x) {
    return Activations.relu6(x);
  }

  /** Returns the scaled exponential linear unit (ivy.selu). */
  @Fn
  public static Array selu(Array x) {
    return Activations.selu(x);
  }

  /** Returns 1 / (1 + e^-x) (ivy.sigmoid). */
  @Fn
  public static Array sigmoid(Array x) {
    return Activations.sigmoid(x);
  }

  /** Returns x * sigmoid(x) (ivy.silu). */
  @Fn
  public static Array silu(Array x) {
    return Activations.silu(x);
  }

  /** Returns x * tanh(softplus(x)) (ivy.mish). */
  @Fn
  public static Array mish(Array x) {
    return Activations.mish(x);
  }

  /** Returns PyTorch's hard sigmoid, relu6(x + 3) / 6 (ivy.hard_sigmoid). */
  @Fn
  public static Array hardSigmoid(Array x) {
    return Activations.hardSigmoid(x);
  }

  /** Returns x * hardSigmoid(x) (ivy.hard_swish, also ivy.hardswish). */
  @Fn({"hard_swish", "hardswish"})
  public static Array hardSwish(Array x) {
    return Activations.hardSwish(x);
  }

  /** Returns x for x > 0, else alpha * x (ivy.leaky_relu). */
  @Fn
  public static Array leakyRelu(Array x, @Default("0.2") double alpha) {
    return Activations.leakyRelu(x, alpha);
  }

  /** Returns x for x > 0, else alpha * (e^x - 1) (ivy.elu). */
  @Fn
  public static Array elu(Array x, @Default("1.0") double alpha) {
    return Activations.elu(x, alpha);
  }

  /** Returns the Gaussian error linear unit: exact (erf) or its tanh approximation (ivy.gelu). */
  @Fn
  public static Array gelu(Array x, @Default("False") boolean approximate) {
    return Activations.gelu(x, approximate);
  }

  /**
   * Returns log(1 + e^(beta x)) / beta, and x where beta x exceeds {@code threshold}
   * (ivy.softplus).
   */
  @Fn
  public static Array softplus(
      Array x, @Default("1.0") double beta, @Default("20.0") double threshold) {
    return Activations.softplus(x, beta, threshold);
  }

  /** Returns the softmax along {@code axis}, computed stably (ivy.softmax). */
  @Fn
  public static Array softmax(Array x, @Default("-1") int axis) {
    return Activations.softmax(x, axis);
  }

  /** Returns the log of the softmax along {@code axis}, computed stably (ivy.log_softmax). */
  @Fn
  public static Array logSoftmax(Array x, @Default("-1") int axis) {
    return Activations.logSoftmax(x, axis);
  }

  /** Returns x W^T + b with PyTorch's weight layout [out, in]; bias may be null (ivy.linear). */
  @Fn
  public static Array linear(Array x, Array weight, @Default("None") Array bias) {
    return Attention.linear(x, weight, bias);
  }

  /**
   * Returns the rows of {@code weights} at {@code indices}, renormalised to {@code maxNorm} when
   * given (ivy.embedding).
   */
  @Fn
  public static Array embedding(Array weights, Array indices, @Default("None") Double maxNorm) {
    return Attention.embedding(weights, indices, maxNorm);
  }

  /**
   * Returns softmax(query key^T * scale + mask) value, with {@code scale} 1 / sqrt(E) when null, an
   * additive or bool mask, a causal mask when {@code isCausal}, and dropout while training
   * (ivy.scaled_dot_product_attention).
   */
  @Fn
  public static Array scaledDotProductAttention(
      Array query,
      Array key,
      Array value,
      @Default("None") Double scale,
      @Default("None") Array mask,
      @Default("0.0") double dropoutP,
      @Default("False") boolean isCausal,
      @Default("False") boolean training) {
    return Attention.scaledDotProductAttention(
        query, key, value, scale, mask, dropoutP, isCausal, training);
  }

  /**
   * Returns multi-head attention of query over key and value (query when null) with the given
   * projections: the output, or with {@code returnAttentionWeights} a list of the output and the
   * attention weights (ivy.multi_head_attention).
   */
  @Fn
  public static Object multiHeadAttention(
      Array query,
      @Default("None") Array key,
      @Default("None") Array value,
      @Default("True") boolean batchFirst,
      @Default("8") long numHeads,
      @Default("None") Double scale,
      @Default("None") Array attentionMask,
      @Default("None") Array inProjWeights,
      @Default("None") Array qProjWeights,
      @Default("None") Array kProjWeights,
      @Default("None") Array vProjWeights,
      @Default("None") Array outProjWeights,
      @Default("None") Array inProjBias,
      @Default("None") Array outProjBias,
      @Default("False") boolean isCausal,
      @Default("None") Array keyPaddingMask,
      @Default("False") boolean returnAttentionWeights,
      @Default("True") boolean averageAttentionWeights,
      @Default("0.0") double dropout,
      @Default("False") boolean training) {
    return Attention.multiHeadAttention(
        query,
        key,
        value,
        batchFirst,
        numHeads,
        scale,
        attentionMask,
        inProjWeights,
        qProjWeights,
        kProjWeights,
        vProjWeights,
        outProjWeights,
        inProjBias,
        outProjBias,
        isCausal,
        keyPaddingMask,
        returnAttentionWeights,
        averageAttentionWeights,
        dropout,
        training);
  }

  /**
   * Returns layer normalisation over the axes {@code normalizedIdxs}, scaled to {@code newStd};
   * scale and offset may be null (ivy.layer_norm).
   */
  @Fn
  public static Array layerNorm(
      Array x,
      int[] normalizedIdxs,
      @Default("None") Array scale,
      @Default("None") Array offset,
      @Default("1e-05") double eps,
      @Default("1.0") double newStd) {
    return Normalization.layerNorm(x, normalizedIdxs, scale, offset, eps, newStd);
  }

  /**
   * Returns batch normalisation of x with the running {@code mean} and {@code variance} (batch
   * statistics while training): a list of the output, the new running mean and the new running
   * variance (ivy.batch_norm).
   */
  @Fn
  public static List<Array> batchNorm(
      Array x,
      Array mean,
      Array variance,
      @Default("None") Array offset,
      @Default("None") Array scale,
      @Default("False") boolean training,
      @Default("1e-05") double eps,
      @Default("0.1") double momentum,
      @Default("'NSC'") SpatialFormat dataFormat) {
    return Normalization.batchNorm(
            x,
            mean,
            variance,
            offset,
            scale,
            training,
            eps,
            momentum,
            Checks.given("batch_norm", "data_format", dataFormat, SpatialFormat.class).text())
        .toList();
  }

  /**
   * Returns group normalisation of x over {@code numGroups} groups of channels (ivy.group_norm).
   */
  @Fn
  public static Array groupNorm(
      Array x,
      @Default("1") long numGroups,
      @Default("None") Array offset,
      @Default("None") Array scale,
      @Default("1e-05") double eps,
      @Default("'NSC'") SpatialFormat dataFormat) {
    return Normalization.groupNorm(
        x,
        numGroups,
        offset,
        scale,
        eps,
        Checks.given("group_norm", "data_format", dataFormat, SpatialFormat.class).text());
  }

  /** Returns instance normalisation of x, per sample and channel (ivy.instance_norm). */
  @Fn
  public static Array instanceNorm(
      Array x,
      @Default("None") Array scale,
      @Default("None") Array offset,
      @Default("1e-05") double eps,
      @Default("'NSC'") SpatialFormat dataFormat) {
    return Normalization.instanceNorm(
        x,
        scale,
        offset,
        eps,
        Checks.given("instance_norm", "data_format", dataFormat, SpatialFormat.class).text());
  }

  /** Returns the mean squared error (reduction "mean", "sum" or "none") (ivy.mse_loss). */
  @Fn
  public static Array mseLoss(Array input, Array target, @Default("'mean'") Reduction reduction) {
    return Losses.mseLoss(
        input, target, Checks.given("mse_loss", "reduction", reduction, Reduction.class).lower());
  }

  /** Returns the mean absolute error (reduction "mean", "sum" or "none") (ivy.l1_loss). */
  @Fn
  public static Array l1Loss(Array input, Array target, @Default("'mean'") Reduction reduction) {
    return Losses.l1Loss(
        input, target, Checks.given("l1_loss", "reduction", reduction, Reduction.class).lower());
  }

  /** Returns PyTorch's smooth L1 loss with threshold {@code beta} (ivy.smooth_l1_loss). */
  @Fn
  public static Array smoothL1Loss(
      Array input,
      Array target,
      @Default("'mean'") Reduction reduction,
      @Default("1.0") double beta) {
    return Losses.smoothL1Loss(
        input,
        target,
        Checks.given("smooth_l1_loss", "reduction", reduction, Reduction.class).lower(),
        beta);
  }

  /** Returns the Huber loss with threshold {@code delta} (ivy.huber_loss). */
  @Fn
  public static Array huberLoss(
      Array input,
      Array target,
      @Default("'mean'") Reduction reduction,
      @Default("1.0") double delta) {
    return Losses.huberLoss(
        input,
        target,
        Checks.given("huber_loss", "reduction", reduction, Reduction.class).lower(),
        delta);
  }

  /**
   * Returns the binary cross entropy of probabilities {@code input} against {@code target}
   * (ivy.binary_cross_entropy).
   */
  @Fn
  public static Array binaryCrossEntropy(
      Array input,
      Array target,
      @Default("None") Array weight,
      @Default("'mean'") Reduction reduction) {
    return Losses.binaryCrossEntropy(
        input,
        target,
        weight,
        Checks.given("binary_cross_entropy", "reduction", reduction, Reduction.class).lower());
  }

  /**
   * Returns the binary cross entropy of logits {@code input} against {@code target}, computed
   * stably (ivy.binary_cross_entropy_with_logits).
   */
  @Fn
  public static Array binaryCrossEntropyWithLogits(
      Array input,
      Array target,
      @Default("None") Array weight,
      @Default("'mean'") Reduction reduction,
      @Default("None") Array posWeight) {
    return Losses.binaryCrossEntropyWithLogits(
        input,
        target,
        weight,
        Checks.given("binary_cross_entropy_with_logits", "reduction", reduction, Reduction.class)
            .lower(),
        posWeight);
  }

  /**
   * Returns PyTorch's cross entropy of logits {@code input} against class indices or probabilities
   * {@code target} (weight may be null; reduction "mean", "sum" or "none") (ivy.cross_entropy).
   */
  @Fn
  public static Array crossEntropy(
      Array input,
      Array target,
      @Default("None") Array weight,
      @Default("-100") long ignoreIndex,
      @Default("'mean'") Reduction reduction,
      @Default("0.0") double labelSmoothing) {
    return Losses.crossEntropy(
        input,
        target,
        weight,
        ignoreIndex,
        Checks.given("cross_entropy", "reduction", reduction, Reduction.class).lower(),
        labelSmoothing);
  }

  /**
   * Returns the negative log likelihood of log-probabilities {@code input} at class indices {@code
   * target} (ivy.nll_loss).
   */
  @Fn
  public static Array nllLoss(
      Array input,
      Array target,
      @Default("None") Array weight,
      @Default("-100") long ignoreIndex,
      @Default("'mean'") Reduction reduction) {
    return Losses.nllLoss(
        input,
        target,
        weight,
        ignoreIndex,
        Checks.given("nll_loss", "reduction", reduction, Reduction.class).lower());
  }

  /**
   * Returns the Kullback-Leibler divergence of log-probabilities {@code input} from {@code target}
   * (log-probabilities too when {@code logTarget}) (ivy.kl_div).
   */
  @Fn
  public static Array klDiv(
      Array input,
      Array target,
      @Default("'mean'") KlReduction reduction,
      @Default("False") boolean logTarget) {
    return Losses.klDiv(
        input,
        target,
        Checks.given("kl_div", "reduction", reduction, KlReduction.class).lower(),
        logTarget);
  }

  // ------------------------------------------------------------------ sets, searching, extras

  /** Returns the distinct values of x (NumPy 2's order) (ivy.unique_values). */
  @Fn
  public static Array uniqueValues(Array x) {
    return Sets.uniqueValues(x);
  }

  /** Returns the distinct values of x and their int64 counts (ivy.unique_counts). */
  @Fn
  public static List<Array> uniqueCounts(Array x) {
    return Sets.uniqueCounts(x);
  }

  /**
   * Returns the distinct values of x and the int64 indices that rebuild x from them
   * (ivy.unique_inverse).
   */
  @Fn
  public static List<Array> uniqueInverse(Array x) {
    return Sets.uniqueInverse(x);
  }

  /**
   * Returns the distinct values of x, their first indices, the inverse indices and the counts
   * (ivy.unique_all).
   */
  @Fn
  public static List<Array> uniqueAll(Array x) {
    return Sets.uniqueAll(x).toList();
  }

  /**
   * Returns, per axis, the int64 indices of the nonzero elements of x (eager only) (ivy.nonzero).
   */
  @Fn
  public static List<Array> nonzero(Array x) {
    return Searching.nonzero(x);
  }

  /**
   * Returns the elements of x at {@code indices} along {@code axis} (of the flattened x when null),
   * as NumPy's take_along_axis (ivy.take_along_axis).
   */
  @Fn
  public static Array takeAlongAxis(Array x, Array indices, @Default("-1") Integer axis) {
    return Searching.takeAlongAxis(x, indices, axis);
  }

  /**
   * Returns the k largest (or smallest) values along {@code axis} and their int64 indices
   * (ivy.top_k).
   */
  @Fn
  public static List<Array> topK(
      Array x,
      long k,
      @Default("-1") int axis,
      @Default("True") boolean largest,
      @Default("True") boolean sorted) {
    return Searching.topK(x, k, axis, largest, sorted);
  }

  /**
   * Returns the slices of {@code params} at {@code indices} along {@code axis}, with {@code
   * batchDims} leading batch axes (ivy.gather).
   */
  @Fn
  public static Array gather(
      Array params, Array indices, @Default("-1") int axis, @Default("0") int batchDims) {
    return Searching.gather(params, indices, axis, batchDims);
  }

  /**
   * Returns the slices of {@code params} at the index tuples in the last axis of {@code indices}
   * (ivy.gather_nd).
   */
  @Fn
  public static Array gatherNd(Array params, Array indices, @Default("0") int batchDims) {
    return Searching.gatherNd(params, indices, batchDims);
  }

  /** Returns the next representable value after x1 toward x2 (ivy.nextafter). */
  @Fn
  public static Array nextafter(@Operand Object x1, @Operand Object x2) {
    return Extras.nextafter(x1, x2);
  }

  /**
   * Returns whether a and b are elementwise equal within {@code atol + rtol * |b|} (ivy.isclose).
   */
  @Fn
  public static Array isclose(
      @Operand Object a,
      @Operand Object b,
      @Default("1e-05") double rtol,
      @Default("1e-08") double atol,
      @Default("False") boolean equalNan) {
    return Extras.isclose(a, b, rtol, atol, equalNan);
  }

  /** Returns whether all elements of a and b are close (see {@link #isclose}) (ivy.allclose). */
  @Fn
  public static boolean allclose(
      @Operand Object a,
      @Operand Object b,
      @Default("1e-05") double rtol,
      @Default("1e-08") double atol,
      @Default("False") boolean equalNan) {
    return Extras.allclose(a, b, rtol, atol, equalNan);
  }

  /**
   * Returns x with NaN replaced by {@code nan} and infinities by {@code posinf} / {@code neginf}
   * (the dtype's largest / lowest when null; {@code copy} is ignored) (ivy.nan_to_num).
   */
  @Fn
  public static Array nanToNum(
      Array x,
      @Default("True") Boolean copy,
      @Default("0.0") double nan,
      @Default("None") Double posinf,
      @Default("None") Double neginf) {
    return Extras.nanToNum(x, nan, posinf, neginf);
  }

  /**
   * Returns log(sum(exp(x))) over {@code axis}, computed stably (all axes when null)
   * (ivy.logsumexp).
   */
  @Fn("logsumexp")
  public static Array logSumExp(
      Array x, @Default("None") int[] axis, @Default("False") boolean keepdims) {
    return Extras.logsumexp(x, axis, keepdims);
  }

  /** Returns the sum over {@code axis} treating NaN as zero (ivy.nansum). */
  @Fn
  public static Array nansum(
      Array x,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("False") boolean keepdims) {
    return Extras.nansum(x, axis, keepdims, dtype);
  }

  /** Returns the mean over {@code axis} ignoring NaN (ivy.nanmean). */
  @Fn
  public static Array nanmean(
      Array x, @Default("None") int[] axis, @Default("False") boolean keepdims) {
    return Extras.nanmean(x, axis, keepdims);
  }

  /** Returns the median over {@code axis} (all when null) (ivy.median). */
  @Fn
  public static Array median(
      Array x, @Default("None") int[] axis, @Default("False") boolean keepdims) {
    return Extras.median(x, axis, keepdims);
  }

  /**
   * Returns the {@code q} quantile(s) (a number or an array in [0, 1]) over {@code axis}, with
   * interpolation linear, lower, higher, midpoint or nearest (ivy.quantile).
   */
  @Fn
  public static Array quantile(
      Array x,
      @Operand Object q,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims,
      @Default("'linear'") QuantileMethod interpolation) {
    return Extras.quantile(
        x,
        q,
        axis,
        keepdims,
        Checks.given("quantile", "interpolation", interpolation, QuantileMethod.class).lower());
  }

  /**
   * Returns the cumulative maximum along {@code axis}, optionally exclusive and reversed
   * (ivy.cummax).
   */
  @Fn
  public static Array cummax(
      Array x,
      @Default("0") int axis,
      @Default("False") boolean exclusive,
      @Default("False") boolean reverse) {
    return Extras.cummax(x, axis, exclusive, reverse);
  }

  /**
   * Returns the cumulative minimum along {@code axis}, optionally exclusive and reversed
   * (ivy.cummin).
   */
  @Fn
  public static Array cummin(
      Array x,
      @Default("0") int axis,
      @Default("False") boolean exclusive,
      @Default("False") boolean reverse) {
    return Extras.cummin(x, axis, exclusive, reverse);
  }

  /**
   * Returns the vector norm of order {@code ord} (a number, inf or -inf) over {@code axis} (all
   * when null) (ivy.linalg.vector_norm).
   */
  @Fn("linalg.vector_norm")
  public static Array vectorNorm(
      Array x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims,
      @Default("2") Object ord) {
    return Extras.vectorNorm(x, axis, keepdims, ord);
  }

  /**
   * Returns the pieces of x split along {@code axis} into {@code numOrSizeSplits} equal sections (a
   * number; the size of axis when null) or the given sizes; with {@code withRemainder} a last
   * smaller piece is allowed (ivy.split).
   */
  @Fn
  public static List<Array> split(
      Array x,
      @Default("None") Object numOrSizeSplits,
      @Default("0") int axis,
      @Default("False") boolean withRemainder) {
    return ExtraManipulation.split(x, numOrSizeSplits, axis, withRemainder);
  }

  /** Returns diagonal k of a 2-d x, or a 2-d array with the 1-d x on diagonal k (ivy.diag). */
  @Fn
  public static Array diag(Array x, @Default("0") long k) {
    return ExtraManipulation.diag(x, k);
  }

  /** Returns the Kronecker product of a and b (ivy.kron). */
  @Fn
  public static Array kron(Array a, Array b) {
    return ExtraManipulation.kron(a, b);
  }

  /**
   * Returns x padded by {@code padWidth} ({before, after} per axis) with mode constant, edge,
   * reflect, symmetric or wrap.
   */
  public static Array pad(Array x, long[][] padWidth, PadMode mode, Object constantValue) {
    return ExtraManipulation.pad(
        x, padWidth, Checks.given("pad", "mode", mode, PadMode.class).lower(), constantValue);
  }

  /**
   * Returns x padded by {@code padWidth} (an int, a (before, after) pair or one pair per axis) with
   * mode constant, edge, reflect, symmetric or wrap (ivy.pad).
   */
  @Fn
  public static Array pad(
      Array x,
      Object padWidth,
      @Default("'constant'") PadMode mode,
      @Default("0") Object constantValues) {
    return ExtraManipulation.pad(
        x,
        ExtraManipulation.padWidths(padWidth),
        Checks.given("pad", "mode", mode, PadMode.class).lower(),
        constantValues);
  }

  // ------------------------------------------------------------------ convolution and pooling

  /**
   * Returns the 2-d convolution of x ([N, H, W, C] for "NHWC" or [N, C, H, W] for "NCHW") with
   * filters [kh, kw, in, out]; padding is "SAME", "VALID", an int or (lo, hi) pairs; bias may be
   * null.
   */
  public static Array conv2d(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      DataFormat dataFormat,
      long[] dilations,
      Array bias) {
    return Convolution.conv2d(
        x,
        filters,
        strides,
        padding,
        Checks.given("conv2d", "data_format", dataFormat, DataFormat.class).text(),
        dilations,
        bias);
  }

  /**
   * Returns the 1-d convolution of x [N, W, C] ("NWC") or [N, C, W] ("NCW") with filters
   * (channel_last: [..., in / groups, out]); padding is "SAME", "VALID", an int or (lo, hi) pairs;
   * bias may be null (ivy.conv1d; feature_group_count appended).
   */
  @Fn
  public static Array conv1d(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      @Default("'NWC'") DataFormat dataFormat,
      @Default("'channel_last'") ChannelOrder filterFormat,
      @Default("1") long[] xDilations,
      @Default("1") long[] dilations,
      @Default("None") Array bias,
      @Default("1") long featureGroupCount) {
    return Convolution.conv(
        "conv1d",
        x,
        filters,
        strides,
        padding,
        1,
        Checks.given("conv1d", "data_format", dataFormat, DataFormat.class).text(),
        Checks.given("conv1d", "filter_format", filterFormat, ChannelOrder.class).lower(),
        featureGroupCount,
        xDilations,
        dilations,
        bias);
  }

  /**
   * Returns the 1-d transposed convolution of x [N, W, C] ("NWC") or [N, C, W] ("NCW"), of {@code
   * outputShape} when given (ivy.conv1d_transpose; feature_group_count and PyTorch's output_padding
   * appended).
   */
  @Fn
  public static Array conv1dTranspose(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      @Default("None") long[] outputShape,
      @Default("'channel_last'") ChannelOrder filterFormat,
      @Default("'NWC'") DataFormat dataFormat,
      @Default("1") long[] dilations,
      @Default("None") Array bias,
      @Default("1") long featureGroupCount,
      @Default("0") long[] outputPadding) {
    return Convolution.convTranspose(
        "conv1d_transpose",
        x,
        filters,
        strides,
        padding,
        1,
        outputShape,
        Checks.given("conv1d_transpose", "data_format", dataFormat, DataFormat.class).text(),
        Checks.given("conv1d_transpose", "filter_format", filterFormat, ChannelOrder.class).lower(),
        featureGroupCount,
        dilations,
        outputPadding,
        bias);
  }

  /**
   * Returns the 2-d convolution of x [N, H, W, C] ("NHWC") or [N, C, H, W] ("NCHW") with filters
   * (channel_last: [..., in / groups, out]); padding is "SAME", "VALID", an int or (lo, hi) pairs;
   * bias may be null (ivy.conv2d; feature_group_count appended).
   */
  @Fn
  public static Array conv2d(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      @Default("'NHWC'") DataFormat dataFormat,
      @Default("'channel_last'") ChannelOrder filterFormat,
      @Default("1") long[] xDilations,
      @Default("1") long[] dilations,
      @Default("None") Array bias,
      @Default("1") long featureGroupCount) {
    return Convolution.conv(
        "conv2d",
        x,
        filters,
        strides,
        padding,
        2,
        Checks.given("conv2d", "data_format", dataFormat, DataFormat.class).text(),
        Checks.given("conv2d", "filter_format", filterFormat, ChannelOrder.class).lower(),
        featureGroupCount,
        xDilations,
        dilations,
        bias);
  }

  /**
   * Returns the 2-d transposed convolution of x [N, H, W, C] ("NHWC") or [N, C, H, W] ("NCHW"), of
   * {@code outputShape} when given (ivy.conv2d_transpose; feature_group_count and PyTorch's
   * output_padding appended).
   */
  @Fn
  public static Array conv2dTranspose(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      @Default("None") long[] outputShape,
      @Default("'channel_last'") ChannelOrder filterFormat,
      @Default("'NHWC'") DataFormat dataFormat,
      @Default("1") long[] dilations,
      @Default("None") Array bias,
      @Default("1") long featureGroupCount,
      @Default("0") long[] outputPadding) {
    return Convolution.convTranspose(
        "conv2d_transpose",
        x,
        filters,
        strides,
        padding,
        2,
        outputShape,
        Checks.given("conv2d_transpose", "data_format", dataFormat, DataFormat.class).text(),
        Checks.given("conv2d_transpose", "filter_format", filterFormat, ChannelOrder.class).lower(),
        featureGroupCount,
        dilations,
        outputPadding,
        bias);
  }

  /**
   * Returns the 3-d convolution of x [N, D, H, W, C] ("NDHWC") or [N, C, D, H, W] ("NCDHW") with
   * filters (channel_last: [..., in / groups, out]); padding is "SAME", "VALID", an int or (lo, hi)
   * pairs; bias may be null (ivy.conv3d; feature_group_count appended).
   */
  @Fn
  public static Array conv3d(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      @Default("'NDHWC'") DataFormat dataFormat,
      @Default("'channel_last'") ChannelOrder filterFormat,
      @Default("1") long[] xDilations,
      @Default("1") long[] dilations,
      @Default("None") Array bias,
      @Default("1") long featureGroupCount) {
    return Convolution.conv(
        "conv3d",
        x,
        filters,
        strides,
        padding,
        3,
        Checks.given("conv3d", "data_format", dataFormat, DataFormat.class).text(),
        Checks.given("conv3d", "filter_format", filterFormat, ChannelOrder.class).lower(),
        featureGroupCount,
        xDilations,
        dilations,
        bias);
  }

  /**
   * Returns the 3-d transposed convolution of x [N, D, H, W, C] ("NDHWC") or [N, C, D, H, W]
   * ("NCDHW"), of {@code outputShape} when given (ivy.conv3d_transpose; feature_group_count and
   * PyTorch's output_padding appended).
   */
  @Fn
  public static Array conv3dTranspose(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      @Default("None") long[] outputShape,
      @Default("'channel_last'") ChannelOrder filterFormat,
      @Default("'NDHWC'") DataFormat dataFormat,
      @Default("1") long[] dilations,
      @Default("None") Array bias,
      @Default("1") long featureGroupCount,
      @Default("0") long[] outputPadding) {
    return Convolution.convTranspose(
        "conv3d_transpose",
        x,
        filters,
        strides,
        padding,
        3,
        outputShape,
        Checks.given("conv3d_transpose", "data_format", dataFormat, DataFormat.class).text(),
        Checks.given("conv3d_transpose", "filter_format", filterFormat, ChannelOrder.class).lower(),
        featureGroupCount,
        dilations,
        outputPadding,
        bias);
  }

  /**
   * Returns the convolution of x over {@code dims} spatial axes, with layouts "channel_last" or
   * "channel_first" (ivy.conv_general_dilated).
   */
  @Fn
  public static Array convGeneralDilated(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      @Default("2") int dims,
      @Default("'channel_last'") ChannelOrder dataFormat,
      @Default("'channel_last'") ChannelOrder filterFormat,
      @Default("1") long featureGroupCount,
      @Default("1") long[] xDilations,
      @Default("1") long[] dilations,
      @Default("None") Array bias) {
    return Convolution.conv(
        "conv_general_dilated",
        x,
        filters,
        strides,
        padding,
        dims,
        Checks.given("conv_general_dilated", "data_format", dataFormat, ChannelOrder.class).lower(),
        Checks.given("conv_general_dilated", "filter_format", filterFormat, ChannelOrder.class)
            .lower(),
        featureGroupCount,
        xDilations,
        dilations,
        bias);
  }

  /**
   * Returns the transposed convolution of x over {@code dims} spatial axes
   * (ivy.conv_general_transpose; PyTorch's output_padding appended).
   */
  @Fn
  public static Array convGeneralTranspose(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      @Default("2") int dims,
      @Default("None") long[] outputShape,
      @Default("'channel_last'") ChannelOrder filterFormat,
      @Default("'channel_last'") ChannelOrder dataFormat,
      @Default("1") long[] dilations,
      @Default("1") long featureGroupCount,
      @Default("None") Array bias,
      @Default("0") long[] outputPadding) {
    return Convolution.convTranspose(
        "conv_general_transpose",
        x,
        filters,
        strides,
        padding,
        dims,
        outputShape,
        Checks.given("conv_general_transpose", "data_format", dataFormat, ChannelOrder.class)
            .lower(),
        Checks.given("conv_general_transpose", "filter_format", filterFormat, ChannelOrder.class)
            .lower(),
        featureGroupCount,
        dilations,
        outputPadding,
        bias);
  }

  /**
   * Returns the depthwise 2-d convolution of x with filters [kh, kw, C] (or [kh, kw, C, m])
   * (ivy.depthwise_conv2d).
   */
  @Fn
  public static Array depthwiseConv2d(
      Array x,
      Array filters,
      long[] strides,
      Object padding,
      @Default("'NHWC'") DataFormat dataFormat,
      @Default("1") long[] dilations) {
    return Convolution.depthwiseConv2d(
        x,
        filters,
        strides,
        padding,
        Checks.given("depthwise_conv2d", "data_format", dataFormat, DataFormat.class).text(),
        dilations);
  }

  /**
   * Returns the 1-d max pooling of x [N, W, C] ("NWC") or [N, C, W] ("NCW") with PyTorch's
   * ceil_mode rule; strides default to the kernel when null (ivy.max_pool1d).
   */
  @Fn
  public static Array maxPool1d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      @Default("'NWC'") DataFormat dataFormat,
      @Default("1") long[] dilation,
      @Default("False") boolean ceilMode) {
    return Pooling.maxPool(
        "max_pool1d",
        x,
        kernel,
        strides,
        padding,
        1,
        Checks.given("max_pool1d", "data_format", dataFormat, DataFormat.class).text(),
        dilation,
        ceilMode);
  }

  /**
   * Returns the 1-d average pooling of x [N, W, C] ("NWC") or [N, C, W] ("NCW") (divisorOverride
   * may be null) (ivy.avg_pool1d).
   */
  @Fn
  public static Array avgPool1d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      @Default("'NWC'") DataFormat dataFormat,
      @Default("False") boolean countIncludePad,
      @Default("False") boolean ceilMode,
      @Default("None") Long divisorOverride) {
    return Pooling.avgPool(
        "avg_pool1d",
        x,
        kernel,
        strides,
        padding,
        1,
        Checks.given("avg_pool1d", "data_format", dataFormat, DataFormat.class).text(),
        countIncludePad,
        ceilMode,
        divisorOverride);
  }

  /**
   * Returns the 2-d max pooling of x [N, H, W, C] ("NHWC") or [N, C, H, W] ("NCHW") with PyTorch's
   * ceil_mode rule; strides default to the kernel when null (ivy.max_pool2d).
   */
  @Fn
  public static Array maxPool2d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      @Default("'NHWC'") DataFormat dataFormat,
      @Default("1") long[] dilation,
      @Default("False") boolean ceilMode) {
    return Pooling.maxPool(
        "max_pool2d",
        x,
        kernel,
        strides,
        padding,
        2,
        Checks.given("max_pool2d", "data_format", dataFormat, DataFormat.class).text(),
        dilation,
        ceilMode);
  }

  /**
   * Returns the 2-d average pooling of x [N, H, W, C] ("NHWC") or [N, C, H, W] ("NCHW")
   * (divisorOverride may be null) (ivy.avg_pool2d).
   */
  @Fn
  public static Array avgPool2d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      @Default("'NHWC'") DataFormat dataFormat,
      @Default("False") boolean countIncludePad,
      @Default("False") boolean ceilMode,
      @Default("None") Long divisorOverride) {
    return Pooling.avgPool(
        "avg_pool2d",
        x,
        kernel,
        strides,
        padding,
        2,
        Checks.given("avg_pool2d", "data_format", dataFormat, DataFormat.class).text(),
        countIncludePad,
        ceilMode,
        divisorOverride);
  }

  /**
   * Returns the 3-d max pooling of x [N, D, H, W, C] ("NDHWC") or [N, C, D, H, W] ("NCDHW") with
   * PyTorch's ceil_mode rule; strides default to the kernel when null (ivy.max_pool3d).
   */
  @Fn
  public static Array maxPool3d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      @Default("'NDHWC'") DataFormat dataFormat,
      @Default("1") long[] dilation,
      @Default("False") boolean ceilMode) {
    return Pooling.maxPool(
        "max_pool3d",
        x,
        kernel,
        strides,
        padding,
        3,
        Checks.given("max_pool3d", "data_format", dataFormat, DataFormat.class).text(),
        dilation,
        ceilMode);
  }

  /**
   * Returns the 3-d average pooling of x [N, D, H, W, C] ("NDHWC") or [N, C, D, H, W] ("NCDHW")
   * (divisorOverride may be null) (ivy.avg_pool3d).
   */
  @Fn
  public static Array avgPool3d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      @Default("'NDHWC'") DataFormat dataFormat,
      @Default("False") boolean countIncludePad,
      @Default("False") boolean ceilMode,
      @Default("None") Long divisorOverride) {
    return Pooling.avgPool(
        "avg_pool3d",
        x,
        kernel,
        strides,
        padding,
        3,
        Checks.given("avg_pool3d", "data_format", dataFormat, DataFormat.class).text(),
        countIncludePad,
        ceilMode,
        divisorOverride);
  }

  /**
   * Returns the 1-d adaptive avg pooling of {@code input} (PyTorch's layout) to {@code outputSize}
   * (an int or a sequence whose None entries keep the input size) (ivy.adaptive_avg_pool1d).
   */
  @Fn
  public static Array adaptiveAvgPool1d(Array input, Object outputSize) {
    return Pooling.adaptiveAvgPool1d(input, Pooling.outputSize("adaptive_avg_pool1d", outputSize));
  }

  /**
   * Returns the 2-d adaptive avg pooling of {@code input} (PyTorch's layout) to {@code outputSize}
   * (an int or a sequence whose None entries keep the input size) (ivy.adaptive_avg_pool2d).
   */
  @Fn
  public static Array adaptiveAvgPool2d(Array input, Object outputSize) {
    return Pooling.adaptiveAvgPool2d(input, Pooling.outputSize("adaptive_avg_pool2d", outputSize));
  }

  /**
   * Returns the 1-d adaptive max pooling of {@code input} (PyTorch's layout) to {@code outputSize}
   * (an int or a sequence whose None entries keep the input size) (ivy.adaptive_max_pool1d).
   */
  @Fn
  public static Array adaptiveMaxPool1d(Array input, Object outputSize) {
    return Pooling.adaptiveMaxPool1d(input, Pooling.outputSize("adaptive_max_pool1d", outputSize));
  }

  /**
   * Returns the 2-d adaptive max pooling of {@code input} (PyTorch's layout) to {@code outputSize}
   * (an int or a sequence whose None entries keep the input size) (ivy.adaptive_max_pool2d).
   */
  @Fn
  public static Array adaptiveMaxPool2d(Array input, Object outputSize) {
    return Pooling.adaptiveMaxPool2d(input, Pooling.outputSize("adaptive_max_pool2d", outputSize));
  }

  /**
   * Returns x (PyTorch's layout [N, C, ...]) resized to {@code size} or by {@code scaleFactor} with
   * mode nearest, linear, bilinear, trilinear, area or nearest-exact (ivy.interpolate).
   */
  @Fn
  public static Array interpolate(
      Array x,
      @Default("None") long[] size,
      @Default("'linear'") ResizeMode mode,
      @Default("None") double[] scaleFactor,
      @Default("None") Boolean recomputeScaleFactor,
      @Default("False") boolean alignCorners,
      @Default("False") boolean antialias) {
    return Interpolation.interpolate(
        x,
        size,
        Checks.given("interpolate", "mode", mode, ResizeMode.class).text(),
        scaleFactor,
        recomputeScaleFactor,
        alignCorners,
        antialias);
  }

  // ------------------------------------------------------------------ linear algebra (linalg)

  /**
   * Returns the Cholesky factor of a symmetric positive-definite matrix (lower unless {@code
   * upper}) (ivy.linalg.cholesky).
   */
  @Fn("linalg.cholesky")
  public static Array cholesky(Array x, @Default("False") boolean upper) {
    return Decompositions.cholesky(x, upper);
  }

  /** Returns Q and R with diag(R) >= 0 (mode "reduced" or "complete") (ivy.linalg.qr). */
  @Fn("linalg.qr")
  public static List<Array> qr(Array x, @Default("'reduced'") QrMode mode) {
    return List.of(Decompositions.qr(x, Checks.given("qr", "mode", mode, QrMode.class).lower()));
  }

  /** Returns U, S (descending) and Vh with sign-normalised singular vectors (ivy.linalg.svd). */
  @Fn("linalg.svd")
  public static List<Array> svd(Array x, @Default("True") boolean fullMatrices) {
    return List.of(Decompositions.svd(x, fullMatrices));
  }

  /** Returns the singular values, descending (ivy.linalg.svdvals). */
  @Fn("linalg.svdvals")
  public static Array svdvals(Array x) {
    return Decompositions.svdvals(x);
  }

  /**
   * Returns the ascending eigenvalues and sign-normalised eigenvectors of a symmetric matrix
   * (ivy.linalg.eigh).
   */
  @Fn("linalg.eigh")
  public static List<Array> eigh(Array x) {
    return List.of(Decompositions.eigh(x));
  }

  /** Returns the ascending eigenvalues of a symmetric matrix (ivy.linalg.eigvalsh). */
  @Fn("linalg.eigvalsh")
  public static Array eigvalsh(Array x) {
    return Decompositions.eigvalsh(x);
  }

  /** Returns the solution of x1 @ result = x2 (ivy.linalg.solve). */
  @Fn("linalg.solve")
  public static Array solve(Array x1, Array x2) {
    return Decompositions.solve(x1, x2);
  }

  /** Returns the inverse of a square matrix (raises for a singular one) (ivy.linalg.inv). */
  @Fn("linalg.inv")
  public static Array inv(Array x) {
    return Decompositions.inv(x);
  }

  /** Returns the determinant (ivy.linalg.det). */
  @Fn("linalg.det")
  public static Array det(Array x) {
    return Decompositions.det(x);
  }

  /** Returns the sign and the log of the absolute value of the determinant (ivy.linalg.slogdet). */
  @Fn("linalg.slogdet")
  public static List<Array> slogdet(Array x) {
    return List.of(Decompositions.slogdet(x));
  }

  /**
   * Returns the Moore-Penrose pseudo-inverse ({@code rtol}, a number or an array, may be null for
   * NumPy's default) (ivy.linalg.pinv).
   */
  @Fn("linalg.pinv")
  public static Array pinv(Array x, @Operand @Default("None") Object rtol) {
    return Decompositions.pinv(x, rtol);
  }

  /**
   * Returns the int64 rank from the singular values ({@code rtol} may be null for NumPy's default)
   * (ivy.linalg.matrix_rank).
   */
  @Fn("linalg.matrix_rank")
  public static Array matrixRank(Array x, @Operand @Default("None") Object rtol) {
    return Decompositions.matrixRank(x, rtol);
  }

  /** Returns x raised to the integer power n (negative n inverts) (ivy.linalg.matrix_power). */
  @Fn("linalg.matrix_power")
  public static Array matrixPower(Array x, long n) {
    return Decompositions.matrixPower(x, n);
  }

  // ------------------------------------------------------------------ einsum and indexing

  /**
   * Returns the Einstein summation of {@code operands} as NumPy's einsum (with "..." and diagonals)
   * (ivy.einsum).
   */
  @Fn
  public static Array einsum(String equation, Array... operands) {
    return Einsum.einsum(equation, operands);
  }

  /**
   * Returns {@code x[index...]} with NumPy's basic and advanced indexing: integers, {@link
   * Index.Slice}, {@link Index#ELLIPSIS}, {@link Index#NEW_AXIS}, integer arrays and bool masks.
   */
  public static Array getItem(Array x, Object... index) {
    return Indexer.get(x, index);
  }

  /**
   * Returns {@code x[query]}: {@code query} is one index item or a list (or Java array) of them, as
   * Python's index tuple ({@code copy} is ignored) (ivy.get_item; named apart from {@link
   * #getItem(Array, Object...)}, whose null items are new axes).
   */
  @Fn("get_item")
  public static Array getItemQuery(Array x, Object query, @Default("None") Boolean copy) {
    return Indexer.get(x, Indexer.items(query));
  }

  /**
   * Returns a copy of x with {@code x[index...]} replaced by {@code value} (broadcast, cast to x's
   * dtype).
   */
  public static Array setItem(Array x, Object[] index, Object value) {
    return Indexer.set(x, index, value);
  }

  /**
   * Returns a copy of x with {@code x[query]} replaced by {@code val} (broadcast, cast to x's
   * dtype); {@code query} is as {@link #getItemQuery}'s ({@code copy} is ignored: x is never
   * changed) (ivy.set_item).
   */
  @Fn
  public static Array setItem(Array x, Object query, Object val, @Default("False") Boolean copy) {
    return Indexer.set(x, Indexer.items(query), val);
  }

  // ------------------------------------------------------------------ scatter

  /**
   * Returns an array of {@code shape} (or {@code out} updated) with {@code updates} scattered at
   * {@code indices} [..., k]; reduction "sum" accumulates duplicates, "replace" keeps the last
   * (ivy.scatter_nd).
   */
  @Fn
  public static Array scatterNd(
      Array indices,
      Array updates,
      @Default("None") long[] shape,
      @Default("'sum'") ScatterReduction reduction,
      @Default("None") Array out) {
    return Scatter.scatterNd(
        indices,
        updates,
        shape,
        Checks.given("scatter_nd", "reduction", reduction, ScatterReduction.class).lower(),
        out);
  }

  /**
   * Returns a 1-d array of {@code size} (or {@code out} updated) with {@code updates} scattered at
   * flat {@code indices} (ivy.scatter_flat).
   */
  @Fn
  public static Array scatterFlat(
      Array indices,
      Array updates,
      @Default("None") Long size,
      @Default("'sum'") ScatterReduction reduction,
      @Default("None") Array out) {
    return Scatter.scatterFlat(
        indices,
        updates,
        size,
        Checks.given("scatter_flat", "reduction", reduction, ScatterReduction.class).lower(),
        out);
  }

  /**
   * Returns {@code tensor} with {@code updates} added at the index tuples {@code indices}
   * (TensorFlow's tensor_scatter_nd_add) (ivy.scatter_nd_add).
   */
  @Fn
  public static Array scatterNdAdd(Array tensor, Array indices, Array updates) {
    return Scatter.scatterNdAdd(tensor, indices, updates);
  }

  /**
   * Returns {@code tensor} with {@code updates} written at the index tuples {@code indices}
   * (TensorFlow's tensor_scatter_nd_update) (ivy.scatter_nd_update).
   */
  @Fn
  public static Array scatterNdUpdate(Array tensor, Array indices, Array updates) {
    return Scatter.scatterNdUpdate(tensor, indices, updates);
  }

  /**
   * Returns x with {@code alpha * source} added at {@code index} along {@code dim} (PyTorch's
   * index_add) (ivy.index_add).
   */
  @Fn
  public static Array indexAdd(
      Array x, int dim, Array index, Array source, @Default("1") Number alpha) {
    return Scatter.indexAdd(x, dim, index, source, alpha);
  }

  // ------------------------------------------------------------------ tracing

  /**
   * Runs {@code fn} once on symbolic arrays with the example inputs' shapes, dtypes and backend and
   * returns the recorded graph, which runs on any backend ({@code graph.toBackend("tf")}). Arrays
   * {@code fn} uses but does not take become constants. Needs {@code ivy-tracer} on the class path.
   *
   * <pre>{@code
   * TracedFunction g = Ivy.traceGraph(in -> Ivy.tanh(Ivy.add(in.get(0), in.get(0))), x);
   * List<Array> y = g.toBackend("torch").run(Ivy.toBackend(x, "torch"));
   * }</pre>
   *
   * @throws TracingException if {@code fn} reads a traced array's value
   * @throws IvyException if no tracer is on the class path
   */
  public static TracedFunction traceGraph(
      Function<List<Array>, Object> fn, Array... exampleInputs) {
    return Services.traceGraph(fn, exampleInputs);
  }

  /**
   * Traces {@code fn} as {@link #traceGraph(Function, Array...)} does, with {@code options}; {@link
   * TraceOptions#polymorphicBatch()} makes axis 0 of every input a symbolic batch dimension, so
   * that the graph runs at any batch size.
   *
   * <pre>{@code
   * TracedFunction g = Ivy.traceGraph(in -> Ivy.relu(in.get(0)),
   *     TraceOptions.polymorphicBatch(), Ivy.zeros(Shape.of(32, 784), DType.FLOAT32));
   * g.run(Ivy.zeros(Shape.of(5, 784), DType.FLOAT32)); // batch 5
   * }</pre>
   *
   * @throws TracingException if {@code fn} reads a traced array's value, or is not polymorphic in
   *     the batch dimension
   * @throws IvyException if no tracer is on the class path
   */
  public static TracedFunction traceGraph(
      Function<List<Array>, Object> fn, TraceOptions options, Array... exampleInputs) {
    return Services.traceGraph(fn, options, exampleInputs);
  }

  /**
   * Traces {@code fn} of structured arguments (JAX's pytrees): each argument is an {@link Array}, a
   * nested {@link List} or a {@link Map} with String keys of them, or a static value (a number,
   * string, boolean or null) that is baked into the graph. {@code fn} receives the arguments with
   * every array replaced by a symbolic one; the graph's {@code call} takes arguments of the same
   * structure (or the flat arrays) and rejects another static value.
   *
   * <pre>{@code
   * TracedFunction g = Ivy.traceGraphArgs(
   *     a -> Ivy.multiply(a.array(0, "w"), a.value(1, Double.class)), Map.of("w", w), 2.0);
   * g.call(Map.of("w", w2), 2.0);
   * }</pre>
   *
   * @throws TracingException if {@code fn} reads a traced array's value
   * @throws IvyArgumentException if an argument is of another kind
   * @throws IvyException if no tracer is on the class path
   */
  public static TracedFunction traceGraphArgs(
      Function<? super TraceArgs, Object> fn, Object... args) {
    return traceGraphArgs(fn, TraceOptions.defaults(), args);
  }

  /**
   * Traces {@code fn} of structured arguments as {@link #traceGraphArgs(Function, Object...)} does,
   * with {@code options}.
   *
   * @throws TracingException if {@code fn} reads a traced array's value, or is not polymorphic in
   *     the batch dimension
   * @throws IvyArgumentException if an argument is of another kind
   * @throws IvyException if no tracer is on the class path
   */
  public static TracedFunction traceGraphArgs(
      Function<? super TraceArgs, Object> fn, TraceOptions options, Object... args) {
    return Services.traceGraphArgs(fn, options, args);
  }

  /**
   * Reads a graph written by {@link TracedFunction#save} (constants, argument structure and batch
   * polymorphism included). Needs {@code ivy-tracer} on the class path.
   *
   * <pre>{@code
   * Ivy.traceGraph(in -> Ivy.relu(in.get(0)), x).save(file);
   * List<Array> y = Ivy.loadGraph(file).run(x);
   * }</pre>
   *
   * @throws IvyException naming the file if it cannot be read or is not an intact saved graph (its
   *     checksum, which covers the whole file, differs; it is truncated; its constants' ranges or
   *     its graph are broken), or if no tracer is on the class path
   */
  public static TracedFunction loadGraph(Path file) {
    return Services.loadGraph(file);
  }

  /**
   * Returns a framework-style module as an Ivy {@link Module} (the seed's {@code
   * ivy.to_ivy_module}): its {@code v()} holds the framework module's parameters under their
   * framework names with {@code /} for {@code .} ({@code _linear/weight}), and {@code call(x, v)}
   * runs the framework module's forward with its parameters temporarily bound to {@code v}'s
   * arrays, so {@link #executeWithGradients} and {@link Module#traceGraph} see them. An Ivy module
   * is returned as it is. The converters are found with {@link ServiceLoader} ({@link
   * ModuleConverter}); {@code ivy-frontends} converts torch-style {@code TorchFrontend.nn.Module}s.
   *
   * <pre>{@code
   * Module m = Ivy.toIvyModule(new TorchFrontend.nn.Linear(3, 3));
   * m.v().paths();   // [weight, bias]
   * }</pre>
   *
   * @throws IvyArgumentException if the object is null or no converter on the class path knows its
   *     type
   */
  public static Module toIvyModule(Object frameworkModule) {
    return Services.toIvyModule(frameworkModule);
  }

  /**
   * Reads the ONNX model at {@code path} and returns it as a traced graph whose inputs are the
   * model's graph inputs (in order) and whose initializers are constants; it runs on any backend.
   * It is traced on {@code examples} (one per graph input), or without them on zeros of the
   * declared input shapes (a symbolic leading dimension taken as 1). A model whose inputs declare a
   * symbolic leading dimension ({@code dim_param} "batch" or none) is traced batch-polymorphic in
   * those inputs ({@link TraceOptions#polymorphicBatch(int...)}), so the graph runs at any batch
   * size; if the model's operations do not allow that, it is traced at the example shapes (and the
   * reason is logged). The model's other symbolic dimensions (a sequence length, an image size) are
   * specialized as {@code jax.jit} does: a call with other values of them traces the model again at
   * those values (the most recent graphs are cached), so the function accepts every size the model
   * declares symbolic; printing, saving and exporting work on the graph at the examples' values.
   * Needs {@code ivy-onnx} on the class path, whose {@code dev.ivy.onnx.OnnxModel} also gives the
   * inputs, outputs and initializers by name.
   *
   * <pre>{@code
   * TracedFunction g = Ivy.importOnnx(Path.of("mlp.onnx"), x);   // x: [2, 4], model: [batch, 4]
   * List<Array> y = g.run(Ivy.ones(Shape.of(1, 4), DType.FLOAT32)); // batch 1
   * }</pre>
   *
   * @throws IvyException if the file is not a valid ONNX model, uses an unsupported operator, has
   *     inputs of unknown shape, or no ONNX importer is on the class path
   */
  public static TracedFunction importOnnx(Path path, Array... examples) {
    return Services.importOnnx(path, null, examples);
  }

  /**
   * Reads the ONNX model at {@code path} and returns it traced with {@code options}, as {@link
   * #importOnnx(Path, Array...)} does: {@link TraceOptions#defaults()} traces at the example shapes
   * only, {@link TraceOptions#polymorphicBatch()} makes axis 0 of the (chosen) inputs a symbolic
   * batch dimension whatever the model declares, and fails if the model's operations do not allow
   * it. The model's other symbolic dimensions are specialized per call as there.
   *
   * @throws dev.ivy.errors.TracingException if the model is not polymorphic in the batch
   * @throws IvyException as {@link #importOnnx(Path, Array...)}
   */
  public static TracedFunction importOnnx(Path path, TraceOptions options, Array... examples) {
    if (options == null) {
      throw new IvyArgumentException("importOnnx: options must not be null");
    }
    return Services.importOnnx(path, options, examples);
  }

  /**
   * Reads the ONNX model at {@code path} and returns it as a {@link Module} whose variables are the
   * model's floating-point initializers (paths are their names with '.' read as '/', {@code
   * fc1.weight} -> {@code fc1/weight}) on the current backend; {@code call(x, v)} runs the model
   * with the arrays of {@code v}, so it is differentiable and trainable. Needs {@code ivy-onnx} on
   * the class path.
   *
   * <pre>{@code
   * Module m = Ivy.importOnnxModule(Path.of("mlp.onnx"));
   * var r = Ivy.executeWithGradients(v -> Ivy.mean(Ivy.square(m.call(x, v))), m.v());
   * }</pre>
   *
   * @throws IvyException if the file is not a valid ONNX model, uses an unsupported operator, or no
   *     ONNX importer is on the class path
   */
  public static Module importOnnxModule(Path path) {
    return Services.importOnnxModule(path);
  }

  // ---- functional control flow (lax.cond, lax.while_loop, lax.scan) ----

  /**
   * Applies {@code trueFn} or {@code falseFn} to {@code operands} depending on the 0-d bool {@code
   * pred} (JAX's {@code lax.cond}). Eagerly it reads {@code pred} and calls one branch; while
   * tracing it records one {@code cond} node holding both branches as sub-graphs, whose outputs
   * must match in number, shape and dtype. Branches must take the values they use from the outer
   * trace as operands (capturing concrete arrays is fine).
   *
   * <pre>{@code
   * List<Array> r = Ivy.cond(Ivy.greater(x, zero), a -> List.of(Ivy.neg(a.get(0))),
   *     a -> List.of(a.get(0)), x);
   * }</pre>
   *
   * @throws IvyArgumentException if pred is not a 0-d bool or the branches disagree
   */
  public static List<Array> cond(
      Array pred,
      Function<List<Array>, List<Array>> trueFn,
      Function<List<Array>, List<Array>> falseFn,
      Array... operands) {
    return Control.cond(pred, trueFn, falseFn, operands);
  }

  /**
   * Repeats {@code values = bodyFn(values)} while {@code condFn(values)} returns a 0-d bool true
   * (JAX's {@code lax.while_loop}); the body must return values of the initial values' shapes and
   * dtypes. While tracing it records one {@code while} node holding both functions as sub-graphs.
   *
   * @throws IvyArgumentException if there are no initial values, the condition does not return one
   *     0-d bool, or the body changes a shape or dtype
   */
  public static List<Array> whileLoop(
      Function<List<Array>, List<Array>> condFn,
      Function<List<Array>, List<Array>> bodyFn,
      Array... initValues) {
    return Control.whileLoop(condFn, bodyFn, initValues);
  }

  /**
   * Loops {@code fn} over the leading axis of {@code xs} with a carry (JAX's {@code lax.scan}):
   * {@code fn} takes the carries followed by one row of each x, and returns the new carries
   * followed by that step's outputs. Returns the final carries followed by each output stacked
   * along a new leading axis. While tracing it records one {@code scan} node holding {@code fn} as
   * a sub-graph.
   *
   * <pre>{@code
   * // cumulative sum: carry c, output c + x
   * List<Array> r = Ivy.scan(a -> { Array c = Ivy.add(a.get(0), a.get(1)); return List.of(c, c); },
   *     List.of(Ivy.zeros(DType.FLOAT32)), List.of(xs));
   * }</pre>
   *
   * @throws IvyArgumentException if xs is empty, an x has rank 0, the xs' leading dims differ, or
   *     fn changes a carry's shape or dtype
   */
  public static List<Array> scan(
      Function<List<Array>, List<Array>> fn, List<Array> init, List<Array> xs) {
    return Control.scan(fn, init, xs);
  }

  // ------------------------------------------------------------------ autodiff

  /**
   * Returns the function computing the gradient of a scalar-valued {@code fn}; see {@link
   * Autodiff}.
   *
   * <pre>{@code
   * Array x = Ivy.array(new double[] {1, 2, 3}, 3);
   * Ivy.grad(a -> Ivy.sum(Ivy.multiply(a, a))).apply(x); // [2.0, 4.0, 6.0]
   * }</pre>
   */
  public static UnaryOperator<Array> grad(Function<Array, Array> fn) {
    return Autodiff.grad(fn);
  }

  /** Returns the function computing a scalar-valued {@code fn}'s value and gradient. */
  public static Function<Array, ValueAndGrad<Array>> valueAndGrad(Function<Array, Array> fn) {
    return Autodiff.valueAndGrad(fn);
  }

  /** Runs {@code fn} at {@code primals} and returns its outputs with a pullback. */
  public static Autodiff.VjpResult vjp(
      Function<List<Array>, ? extends List<Array>> fn, List<Array> primals) {
    return Autodiff.vjp(fn, primals);
  }

  /**
   * Returns the loss {@code lossFn(v)} and its gradient tree, shaped like {@code v} (the seed's
   * {@code ivy.execute_with_gradients}).
   *
   * <pre>{@code
   * Variables v = Variables.builder().put("w", Ivy.array(new double[] {3}, 1)).build();
   * var r = Ivy.executeWithGradients(t -> Ivy.sum(Ivy.square(t.get("w"))), v);
   * r.grads().get("w"); // [6.0]
   * }</pre>
   */
  public static ValueAndGrad<Variables> executeWithGradients(
      Function<Variables, Array> lossFn, Variables v) {
    return Autodiff.executeWithGradients(lossFn, v);
  }

  /**
   * Returns one training step of {@code model} on {@code criterion(model(x), target)} with {@code
   * optimizer}, traced once (forward, backward and update, with the optimizer's state inside) and
   * run compiled on the current backend: {@code step.step(x, target)} trains and returns the loss.
   * The model's variables are replaced after every step ({@code model.v()}). See {@link TrainStep}
   * for what runs eagerly and who owns which arrays.
   *
   * <pre>{@code
   * TrainStep step =
   *     Ivy.compileTrainStep(model, (pred, y) -> Ivy.mseLoss(pred, y, "mean"), new Adam(1e-3));
   * Array loss = step.step(x, y);
   * }</pre>
   *
   * @throws IvyArgumentException if an argument is null, the model has no variables or has buffers
   *     that change while training, or the optimizer has taken non-capturable steps
   */
  public static TrainStep compileTrainStep(
      Module model, BiFunction<Array, Array, Array> criterion, Optimizer optimizer) {
    return TrainStep.of(model, criterion, optimizer);
  }

  /**
   * Returns one training step of {@code variables} on {@code loss(v, batch)} with {@code
   * optimizer}, traced once and run compiled on the current backend: {@code step.step(batch...)}
   * trains and returns the loss; {@code step.variables()} holds the variables after it.
   *
   * <pre>{@code
   * TrainStep step = Ivy.compileTrainStep(v0,
   *     (v, b) -> Ivy.mean(Ivy.square(Ivy.subtract(Ivy.matmul(b.get(0), v.get("w")), b.get(1)))),
   *     new Sgd(0.1));
   * step.step(x, y);
   * }</pre>
   *
   * @throws IvyArgumentException if an argument is null, there are no variables, or the optimizer
   *     has taken non-capturable steps
   */
  public static TrainStep compileTrainStep(
      Variables variables, TrainStep.Loss loss, Optimizer optimizer) {
    return TrainStep.of(variables, loss, optimizer);
  }

  /** Returns {@code x} with no gradient flowing through it. */
  public static Array stopGradient(Array x) {
    return Autodiff.stopGradient(x);
  }
}
