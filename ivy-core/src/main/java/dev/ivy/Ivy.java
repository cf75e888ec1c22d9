package dev.ivy;

import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.internal.HostData;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Indexing;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.prim.Aval;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

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
    return fromHost(
        "array", DType.FLOAT32, data.length, shape, HostData.encode(DType.FLOAT32, data));
  }

  /** Returns a float64 array of {@code shape} holding {@code data}. */
  public static Array array(double[] data, long... shape) {
    return fromHost(
        "array", DType.FLOAT64, data.length, shape, HostData.encode(DType.FLOAT64, data));
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
    Checks.check(
        data.remaining() == need,
        "fromBytes",
        "data must hold %s bytes for %s%s; got %s",
        need,
        dtype,
        shape,
        data.remaining());
    return Dispatcher.constant(
        currentBackend(),
        new Aval(shape, dtype),
        data.slice().order(java.nio.ByteOrder.LITTLE_ENDIAN));
  }

  private static Array fromHost(String fn, DType dtype, int n, long[] shape, ByteBuffer data) {
    long[] s = shape.length == 0 && n != 1 ? new long[] {n} : shape;
    Shape sh = Shape.of(s);
    Checks.check(
        sh.size() == n,
        fn,
        "shape %s must have as many elements as data (%s); it has %s",
        Arrays.toString(s),
        n,
        sh.size());
    return Dispatcher.constant(currentBackend(), new Aval(sh, dtype), data);
  }

  /**
   * Returns an array from a Java value: an {@link Array} (returned as is), a number or boolean
   * (0-d), or nested Java arrays or lists of them (rectangular). Dtypes are inferred as NumPy does:
   * bool, then int64, then float64 (float32 for {@code float[]} leaves).
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

  // ------------------------------------------------------------------ elementwise
  /** Returns the absolute value of x, elementwise. */
  public static Array abs(Array x) {
    return Elementwise.abs(x);
  }

  /** Returns -x, elementwise. */
  public static Array negative(Array x) {
    return Elementwise.negative(x);
  }

  /** Returns x. */
  public static Array positive(Array x) {
    return Elementwise.positive(x);
  }

  /** Returns -1, 0 or 1 with the sign of x (NaN stays NaN). */
  public static Array sign(Array x) {
    return Elementwise.sign(x);
  }

  /** Returns x * x. */
  public static Array square(Array x) {
    return Elementwise.square(x);
  }

  /** Returns 1 / x in floating point. */
  public static Array reciprocal(Array x) {
    return Elementwise.reciprocal(x);
  }

  /** Returns e^x (integers compute in floating point). */
  public static Array exp(Array x) {
    return Elementwise.exp(x);
  }

  /** Returns e^x - 1. */
  public static Array expm1(Array x) {
    return Elementwise.expm1(x);
  }

  /** Returns the natural logarithm. */
  public static Array log(Array x) {
    return Elementwise.log(x);
  }

  /** Returns log(1 + x). */
  public static Array log1p(Array x) {
    return Elementwise.log1p(x);
  }

  /** Returns the base-2 logarithm. */
  public static Array log2(Array x) {
    return Elementwise.log2(x);
  }

  /** Returns the base-10 logarithm. */
  public static Array log10(Array x) {
    return Elementwise.log10(x);
  }

  /** Returns the square root. */
  public static Array sqrt(Array x) {
    return Elementwise.sqrt(x);
  }

  /** Returns the sine. */
  public static Array sin(Array x) {
    return Elementwise.sin(x);
  }

  /** Returns the cosine. */
  public static Array cos(Array x) {
    return Elementwise.cos(x);
  }

  /** Returns the tangent. */
  public static Array tan(Array x) {
    return Elementwise.tan(x);
  }

  /** Returns the inverse sine. */
  public static Array asin(Array x) {
    return Elementwise.asin(x);
  }

  /** Returns the inverse cosine. */
  public static Array acos(Array x) {
    return Elementwise.acos(x);
  }

  /** Returns the inverse tangent. */
  public static Array atan(Array x) {
    return Elementwise.atan(x);
  }

  /** Returns the hyperbolic sine. */
  public static Array sinh(Array x) {
    return Elementwise.sinh(x);
  }

  /** Returns the hyperbolic cosine. */
  public static Array cosh(Array x) {
    return Elementwise.cosh(x);
  }

  /** Returns the hyperbolic tangent. */
  public static Array tanh(Array x) {
    return Elementwise.tanh(x);
  }

  /** Returns the inverse hyperbolic sine. */
  public static Array asinh(Array x) {
    return Elementwise.asinh(x);
  }

  /** Returns the inverse hyperbolic cosine. */
  public static Array acosh(Array x) {
    return Elementwise.acosh(x);
  }

  /** Returns the inverse hyperbolic tangent. */
  public static Array atanh(Array x) {
    return Elementwise.atanh(x);
  }

  /** Returns the largest integer not greater than x (integers unchanged). */
  public static Array floor(Array x) {
    return Elementwise.floor(x);
  }

  /** Returns the smallest integer not less than x (integers unchanged). */
  public static Array ceil(Array x) {
    return Elementwise.ceil(x);
  }

  /** Returns x rounded half to even (integers unchanged). */
  public static Array round(Array x) {
    return Elementwise.round(x);
  }

  /** Returns x rounded toward zero. */
  public static Array trunc(Array x) {
    return Elementwise.trunc(x);
  }

  /** Returns whether x is NaN, as bool. */
  public static Array isnan(Array x) {
    return Elementwise.isnan(x);
  }

  /** Returns whether x is infinite, as bool. */
  public static Array isinf(Array x) {
    return Elementwise.isinf(x);
  }

  /** Returns whether x is finite, as bool. */
  public static Array isfinite(Array x) {
    return Elementwise.isfinite(x);
  }

  /** Returns whether the sign bit of x is set. */
  public static Array signbit(Array x) {
    return Elementwise.signbit(x);
  }

  /** Returns the logical not of x, as bool. */
  public static Array logicalNot(Array x) {
    return Elementwise.logicalNot(x);
  }

  /** Returns the bitwise inversion of an integer or bool x. */
  public static Array bitwiseInvert(Array x) {
    return Elementwise.bitwiseInvert(x);
  }

  /**
   * Returns x + y, broadcasting and promoting dtypes (Java numbers are weak scalars, NEP 50).
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array add(Object x, Object y) {
    return Elementwise.add(x, y);
  }

  /**
   * Returns x - y.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array subtract(Object x, Object y) {
    return Elementwise.subtract(x, y);
  }

  /**
   * Returns x * y.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array multiply(Object x, Object y) {
    return Elementwise.multiply(x, y);
  }

  /**
   * Returns x / y; integers divide as float64.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array divide(Object x, Object y) {
    return Elementwise.divide(x, y);
  }

  /**
   * Returns floor(x / y), rounding toward negative infinity as Python does.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array floorDivide(Object x, Object y) {
    return Elementwise.floorDivide(x, y);
  }

  /**
   * Returns x mod y with the sign of y, as Python.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array remainder(Object x, Object y) {
    return Elementwise.remainder(x, y);
  }

  /**
   * Returns x raised to y.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array pow(Object x, Object y) {
    return Elementwise.pow(x, y);
  }

  /**
   * Returns the elementwise maximum; NaN propagates.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array maximum(Object x, Object y) {
    return Elementwise.maximum(x, y);
  }

  /**
   * Returns the elementwise minimum; NaN propagates.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array minimum(Object x, Object y) {
    return Elementwise.minimum(x, y);
  }

  /**
   * Returns the angle of the point (y, x) for atan2(x, y).
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array atan2(Object x, Object y) {
    return Elementwise.atan2(x, y);
  }

  /**
   * Returns sqrt(x^2 + y^2) without undue overflow.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array hypot(Object x, Object y) {
    return Elementwise.hypot(x, y);
  }

  /**
   * Returns log(e^x + e^y), computed stably.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array logaddexp(Object x, Object y) {
    return Elementwise.logaddexp(x, y);
  }

  /**
   * Returns the magnitude of x with the sign of y.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array copysign(Object x, Object y) {
    return Elementwise.copysign(x, y);
  }

  /**
   * Returns x == y as bool.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array equal(Object x, Object y) {
    return Elementwise.equal(x, y);
  }

  /**
   * Returns x != y as bool.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array notEqual(Object x, Object y) {
    return Elementwise.notEqual(x, y);
  }

  /**
   * Returns x < y as bool.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array less(Object x, Object y) {
    return Elementwise.less(x, y);
  }

  /**
   * Returns x <= y as bool.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array lessEqual(Object x, Object y) {
    return Elementwise.lessEqual(x, y);
  }

  /**
   * Returns x > y as bool.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array greater(Object x, Object y) {
    return Elementwise.greater(x, y);
  }

  /**
   * Returns x >= y as bool.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array greaterEqual(Object x, Object y) {
    return Elementwise.greaterEqual(x, y);
  }

  /**
   * Returns the logical and, as bool.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array logicalAnd(Object x, Object y) {
    return Elementwise.logicalAnd(x, y);
  }

  /**
   * Returns the logical or, as bool.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array logicalOr(Object x, Object y) {
    return Elementwise.logicalOr(x, y);
  }

  /**
   * Returns the logical xor, as bool.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array logicalXor(Object x, Object y) {
    return Elementwise.logicalXor(x, y);
  }

  /**
   * Returns the bitwise and (logical for bool).
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array bitwiseAnd(Object x, Object y) {
    return Elementwise.bitwiseAnd(x, y);
  }

  /**
   * Returns the bitwise or (logical for bool).
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array bitwiseOr(Object x, Object y) {
    return Elementwise.bitwiseOr(x, y);
  }

  /**
   * Returns the bitwise xor (logical for bool).
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array bitwiseXor(Object x, Object y) {
    return Elementwise.bitwiseXor(x, y);
  }

  /**
   * Returns x shifted left by y bits.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array bitwiseLeftShift(Object x, Object y) {
    return Elementwise.bitwiseLeftShift(x, y);
  }

  /**
   * Returns x shifted right (arithmetically) by y bits.
   *
   * @param x an array or a Java number/boolean
   * @param y an array or a Java number/boolean
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array bitwiseRightShift(Object x, Object y) {
    return Elementwise.bitwiseRightShift(x, y);
  }

  /** Returns x where {@code condition} is true, else y (x and y promote; all three broadcast). */
  public static Array where(Array condition, Object x, Object y) {
    return Elementwise.where(condition, x, y);
  }

  /** Returns x limited to [min, max]; a null bound is no limit; bounds may be arrays or numbers. */
  public static Array clip(Array x, Object min, Object max) {
    return Elementwise.clip(x, min, max);
  }

  // ------------------------------------------------------------------ creation

  /** Returns zeros of {@code shape} as float64. */
  public static Array zeros(long... shape) {
    return Creation.zeros(Shape.of(shape), null);
  }

  /** Returns zeros of {@code shape} and {@code dtype}. */
  public static Array zeros(Shape shape, DType dtype) {
    return Creation.zeros(shape, dtype);
  }

  /** Returns ones of {@code shape} as float64. */
  public static Array ones(long... shape) {
    return Creation.ones(Shape.of(shape), null);
  }

  /** Returns ones of {@code shape} and {@code dtype}. */
  public static Array ones(Shape shape, DType dtype) {
    return Creation.ones(shape, dtype);
  }

  /**
   * Returns an array of {@code shape} filled with {@code value}; null dtype infers from the value.
   */
  public static Array full(Shape shape, Object value, DType dtype) {
    return Creation.full(shape, value, dtype);
  }

  /** Returns an array like x filled with {@code value} (x's dtype when {@code dtype} is null). */
  public static Array fullLike(Array x, Object value, DType dtype) {
    return Creation.fullLike(x, value, dtype);
  }

  /** Returns zeros shaped and typed like x. */
  public static Array zerosLike(Array x) {
    return Creation.zerosLike(x);
  }

  /** Returns ones shaped and typed like x. */
  public static Array onesLike(Array x) {
    return Creation.onesLike(x);
  }

  /** Returns 0, 1, ..., stop - 1 as int64. */
  public static Array arange(long stop) {
    return Creation.arange(0L, stop, 1L, null);
  }

  /**
   * Returns start, start + step, ... below stop (int64 for integer arguments, float64 otherwise,
   * unless {@code dtype} is given).
   */
  public static Array arange(Number start, Number stop, Number step, DType dtype) {
    return Creation.arange(start, stop, step, dtype);
  }

  /** Returns {@code num} evenly spaced float64 values from start to stop inclusive. */
  public static Array linspace(double start, double stop, long num) {
    return Creation.linspace(start, stop, num, null, true);
  }

  /** Returns {@code num} evenly spaced values; stop is excluded unless {@code endpoint}. */
  public static Array linspace(double start, double stop, long num, DType dtype, boolean endpoint) {
    return Creation.linspace(start, stop, num, dtype, endpoint);
  }

  /** Returns the n-by-n float64 identity matrix. */
  public static Array eye(long n) {
    return Creation.eye(n, null, 0, null);
  }

  /** Returns an n-by-m matrix with ones on diagonal k. */
  public static Array eye(long n, long m, long k, DType dtype) {
    return Creation.eye(n, m, k, dtype);
  }

  // ------------------------------------------------------------------ manipulation

  /** Returns x converted to {@code dtype} (floats truncate toward zero when cast to integers). */
  public static Array astype(Array x, DType dtype) {
    return Manipulation.astype(x, dtype);
  }

  /** Returns x with a new shape of equal size; one entry may be -1. */
  public static Array reshape(Array x, long... shape) {
    return Manipulation.reshape(x, shape);
  }

  /** Returns x with axes permuted: output axis i is input axis {@code axes[i]}. */
  public static Array permuteDims(Array x, int... axes) {
    return Manipulation.permuteDims(x, axes);
  }

  /** Returns x with a new axis of size 1 at {@code axis}. */
  public static Array expandDims(Array x, int axis) {
    return Manipulation.expandDims(x, axis);
  }

  /** Returns x without the given size-1 axes (all size-1 axes when none are given). */
  public static Array squeeze(Array x, int... axes) {
    return Manipulation.squeeze(x, axes);
  }

  /** Returns the arrays joined along {@code axis}. */
  public static Array concat(List<Array> arrays, int axis) {
    return Manipulation.concat(arrays, axis);
  }

  /** Returns the arrays stacked along a new axis. */
  public static Array stack(List<Array> arrays, int axis) {
    return Manipulation.stack(arrays, axis);
  }

  /** Returns x reversed along {@code axes} (all when none are given). */
  public static Array flip(Array x, int... axes) {
    return Manipulation.flip(x, axes);
  }

  /** Returns x rolled by {@code shift} along {@code axis}, wrapping around. */
  public static Array roll(Array x, long shift, int axis) {
    return Manipulation.roll(x, new long[] {shift}, new int[] {axis});
  }

  /** Returns x broadcast to {@code shape}. */
  public static Array broadcastTo(Array x, long... shape) {
    return Manipulation.broadcastTo(x, Shape.of(shape));
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

  /** Returns the product of all elements. */
  public static Array prod(Array x) {
    return Reductions.prod(x, null, false, null);
  }

  /** Returns the product over {@code axes}. */
  public static Array prod(Array x, int[] axes, boolean keepDims) {
    return Reductions.prod(x, axes, keepDims, null);
  }

  /** Returns the mean of all elements. */
  public static Array mean(Array x) {
    return Reductions.mean(x, null, false);
  }

  /** Returns the mean over {@code axes}. */
  public static Array mean(Array x, int[] axes, boolean keepDims) {
    return Reductions.mean(x, axes, keepDims);
  }

  /** Returns the maximum of all elements; NaN propagates. */
  public static Array max(Array x) {
    return Reductions.max(x, null, false);
  }

  /** Returns the maximum over {@code axes}. */
  public static Array max(Array x, int[] axes, boolean keepDims) {
    return Reductions.max(x, axes, keepDims);
  }

  /** Returns the minimum of all elements; NaN propagates. */
  public static Array min(Array x) {
    return Reductions.min(x, null, false);
  }

  /** Returns the minimum over {@code axes}. */
  public static Array min(Array x, int[] axes, boolean keepDims) {
    return Reductions.min(x, axes, keepDims);
  }

  /** Returns the int64 index of the first maximum of the flattened array. */
  public static Array argmax(Array x) {
    return Reductions.argmax(x, null, false);
  }

  /** Returns the int64 indices of the first maxima along {@code axis}. */
  public static Array argmax(Array x, int axis, boolean keepDims) {
    return Reductions.argmax(x, axis, keepDims);
  }

  /** Returns the int64 index of the first minimum of the flattened array. */
  public static Array argmin(Array x) {
    return Reductions.argmin(x, null, false);
  }

  /** Returns the int64 indices of the first minima along {@code axis}. */
  public static Array argmin(Array x, int axis, boolean keepDims) {
    return Reductions.argmin(x, axis, keepDims);
  }

  /** Returns the variance over {@code axes} with {@code correction} degrees of freedom removed. */
  public static Array var(Array x, int[] axes, double correction, boolean keepDims) {
    return Reductions.var(x, axes, correction, keepDims);
  }

  /** Returns the standard deviation over {@code axes}. */
  public static Array std(Array x, int[] axes, double correction, boolean keepDims) {
    return Reductions.std(x, axes, correction, keepDims);
  }

  /** Returns the inclusive cumulative sum along {@code axis}. */
  public static Array cumulativeSum(Array x, int axis) {
    return Cumulative.cumulativeSum(x, axis, null, false);
  }

  /**
   * Returns the cumulative product along {@code axis}, optionally exclusive and reversed, as in the
   * seed's {@code ivy.cumprod(x, exclusive=False, reverse=True)}.
   */
  public static Array cumprod(Array x, int axis, boolean exclusive, boolean reverse) {
    return Cumulative.cumprod(x, axis, exclusive, reverse);
  }

  // ------------------------------------------------------------------ linear algebra, indexing

  /** Returns the matrix product with NumPy's rules (1-d operands, broadcast batch dimensions). */
  public static Array matmul(Array x, Array y) {
    return Linalg.matmul(x, y);
  }

  /** Returns a float32 one-hot encoding of integer {@code indices} along a new last axis. */
  public static Array oneHot(Array indices, long depth) {
    return Indexing.oneHot(indices, depth, null, null, null, null);
  }

  /** Returns the elements of x at {@code indices} along {@code axis}. */
  public static Array take(Array x, Array indices, int axis) {
    return Indexing.take(x, indices, axis);
  }

  // ------------------------------------------------------------------ random (seeded, same on
  // every backend)

  /** Sets this thread's default seed: later calls without a seed repeat after each call. */
  public static void seed(long seedValue) {
    dev.ivy.ops.Random.seed(seedValue);
  }

  /**
   * Returns float32 samples uniform in [low, high) of {@code shape}; with a seed, the same values
   * on every backend (Philox4x32-10 bits drawn on the host).
   */
  public static Array randomUniform(Object low, Object high, Shape shape, DType dtype, Long seed) {
    return dev.ivy.ops.Random.randomUniform(low, high, shape, dtype, seed);
  }

  /** Returns normal samples with {@code mean} and {@code std} (float32 unless given). */
  public static Array randomNormal(Object mean, Object std, Shape shape, DType dtype, Long seed) {
    return dev.ivy.ops.Random.randomNormal(mean, std, shape, dtype, seed);
  }

  /** Returns integers uniform in [low, high) (int64 unless given). */
  public static Array randint(Object low, Object high, Shape shape, DType dtype, Long seed) {
    return dev.ivy.ops.Random.randint(low, high, shape, dtype, seed);
  }

  /** Returns x with its elements along {@code axis} randomly permuted. */
  public static Array shuffle(Array x, int axis, Long seed) {
    return dev.ivy.ops.Random.shuffle(x, axis, seed);
  }

  // ------------------------------------------------------------------ neural-network functions

  /** Returns the Gauss error function. */
  public static Array erf(Array x) {
    return Elementwise.erf(x);
  }

  /** Returns max(x, 0). */
  public static Array relu(Array x) {
    return dev.ivy.ops.Activations.relu(x);
  }

  /** Returns min(max(x, 0), 6). */
  public static Array relu6(Array x) {
    return dev.ivy.ops.Activations.relu6(x);
  }

  /** Returns the scaled exponential linear unit. */
  public static Array selu(Array x) {
    return dev.ivy.ops.Activations.selu(x);
  }

  /** Returns 1 / (1 + e^-x). */
  public static Array sigmoid(Array x) {
    return dev.ivy.ops.Activations.sigmoid(x);
  }

  /** Returns x * sigmoid(x). */
  public static Array silu(Array x) {
    return dev.ivy.ops.Activations.silu(x);
  }

  /** Returns x * tanh(softplus(x)). */
  public static Array mish(Array x) {
    return dev.ivy.ops.Activations.mish(x);
  }

  /** Returns PyTorch's hard sigmoid, relu6(x + 3) / 6. */
  public static Array hardSigmoid(Array x) {
    return dev.ivy.ops.Activations.hardSigmoid(x);
  }

  /** Returns x * hardSigmoid(x). */
  public static Array hardSwish(Array x) {
    return dev.ivy.ops.Activations.hardSwish(x);
  }

  /** Returns x for x > 0, else alpha * x. */
  public static Array leakyRelu(Array x, double alpha) {
    return dev.ivy.ops.Activations.leakyRelu(x, alpha);
  }

  /** Returns x for x > 0, else alpha * (e^x - 1). */
  public static Array elu(Array x, double alpha) {
    return dev.ivy.ops.Activations.elu(x, alpha);
  }

  /** Returns the Gaussian error linear unit: exact (erf) or its tanh approximation. */
  public static Array gelu(Array x, boolean approximate) {
    return dev.ivy.ops.Activations.gelu(x, approximate);
  }

  /** Returns log(1 + e^(beta x)) / beta, and x where beta x exceeds {@code threshold}. */
  public static Array softplus(Array x, double beta, double threshold) {
    return dev.ivy.ops.Activations.softplus(x, beta, threshold);
  }

  /** Returns the softmax along {@code axis}, computed stably. */
  public static Array softmax(Array x, int axis) {
    return dev.ivy.ops.Activations.softmax(x, axis);
  }

  /** Returns the log of the softmax along {@code axis}, computed stably. */
  public static Array logSoftmax(Array x, int axis) {
    return dev.ivy.ops.Activations.logSoftmax(x, axis);
  }

  /** Returns x W^T + b with PyTorch's weight layout [out, in]; bias may be null. */
  public static Array linear(Array x, Array weight, Array bias) {
    return dev.ivy.ops.Attention.linear(x, weight, bias);
  }

  /**
   * Returns PyTorch's cross entropy of logits {@code input} against class indices or probabilities
   * {@code target} (weight may be null; reduction "mean", "sum" or "none").
   */
  public static Array crossEntropy(
      Array input,
      Array target,
      Array weight,
      long ignoreIndex,
      String reduction,
      double labelSmoothing) {
    return dev.ivy.ops.Losses.crossEntropy(
        input, target, weight, ignoreIndex, reduction, labelSmoothing);
  }

  /** Returns the mean squared error (reduction "mean", "sum" or "none"). */
  public static Array mseLoss(Array input, Array target, String reduction) {
    return dev.ivy.ops.Losses.mseLoss(input, target, reduction);
  }

  /** Returns layer normalisation over {@code axes}; scale and offset may be null. */
  public static Array layerNorm(Array x, int[] axes, Array scale, Array offset, double eps) {
    return dev.ivy.ops.Normalization.layerNorm(x, axes, scale, offset, eps, 1.0);
  }

  // ------------------------------------------------------------------ sets, searching, extras

  /** Returns the distinct values of x (NumPy 2's order). */
  public static Array uniqueValues(Array x) {
    return dev.ivy.ops.Sets.uniqueValues(x);
  }

  /** Returns, per axis, the int64 indices of the nonzero elements of x (eager only). */
  public static List<Array> nonzero(Array x) {
    return dev.ivy.ops.Searching.nonzero(x);
  }

  /**
   * Returns the elements of x at {@code indices} along {@code axis}, as NumPy's take_along_axis.
   */
  public static Array takeAlongAxis(Array x, Array indices, int axis) {
    return dev.ivy.ops.Searching.takeAlongAxis(x, indices, axis);
  }

  /** Returns the k largest (or smallest) values along {@code axis} and their int64 indices. */
  public static List<Array> topK(Array x, long k, int axis, boolean largest, boolean sorted) {
    return dev.ivy.ops.Searching.topK(x, k, axis, largest, sorted);
  }

  /** Returns log(sum(exp(x))) over {@code axes}, computed stably (all axes when null). */
  public static Array logSumExp(Array x, int[] axes, boolean keepDims) {
    return dev.ivy.ops.Extras.logsumexp(x, axes, keepDims);
  }

  /** Returns whether x and y are elementwise equal within {@code atol + rtol * |y|}. */
  public static Array isclose(Object x, Object y, double rtol, double atol, boolean equalNan) {
    return dev.ivy.ops.Extras.isclose(x, y, rtol, atol, equalNan);
  }

  /** Returns whether all elements of x and y are close (see {@link #isclose}). */
  public static boolean allclose(Object x, Object y, double rtol, double atol, boolean equalNan) {
    return dev.ivy.ops.Extras.allclose(x, y, rtol, atol, equalNan);
  }

  /** Returns the pieces of x split into equal sections or the given sizes along {@code axis}. */
  public static List<Array> split(Array x, Object numOrSizes, int axis) {
    return dev.ivy.ops.ExtraManipulation.split(x, numOrSizes, axis, false);
  }

  /**
   * Returns x padded by {@code padWidth} ({before, after} per axis) with mode constant, edge,
   * reflect, symmetric or wrap.
   */
  public static Array pad(Array x, long[][] padWidth, String mode, Object constantValue) {
    return dev.ivy.ops.ExtraManipulation.pad(x, padWidth, mode, constantValue);
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
      String dataFormat,
      long[] dilations,
      Array bias) {
    return dev.ivy.ops.Convolution.conv2d(
        x, filters, strides, padding, dataFormat, dilations, bias);
  }

  /** Returns the 2-d max pooling of x with PyTorch's ceil_mode rule. */
  public static Array maxPool2d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      String dataFormat,
      long[] dilation,
      boolean ceilMode) {
    return dev.ivy.ops.Pooling.maxPool2d(
        x, kernel, strides, padding, dataFormat, dilation, ceilMode);
  }

  /** Returns the 2-d average pooling of x (divisorOverride may be null). */
  public static Array avgPool2d(
      Array x,
      long[] kernel,
      long[] strides,
      Object padding,
      String dataFormat,
      boolean countIncludePad,
      boolean ceilMode,
      Long divisorOverride) {
    return dev.ivy.ops.Pooling.avgPool2d(
        x, kernel, strides, padding, dataFormat, countIncludePad, ceilMode, divisorOverride);
  }

  // ------------------------------------------------------------------ linear algebra (linalg)

  /**
   * Returns the Cholesky factor of a symmetric positive-definite matrix (lower unless {@code
   * upper}).
   */
  public static Array cholesky(Array x, boolean upper) {
    return dev.ivy.ops.Decompositions.cholesky(x, upper);
  }

  /** Returns Q and R with diag(R) >= 0 (mode "reduced" or "complete"). */
  public static Array[] qr(Array x, String mode) {
    return dev.ivy.ops.Decompositions.qr(x, mode);
  }

  /** Returns U, S (descending) and Vh with sign-normalised singular vectors. */
  public static Array[] svd(Array x, boolean fullMatrices) {
    return dev.ivy.ops.Decompositions.svd(x, fullMatrices);
  }

  /** Returns the singular values, descending. */
  public static Array svdvals(Array x) {
    return dev.ivy.ops.Decompositions.svdvals(x);
  }

  /** Returns the ascending eigenvalues and sign-normalised eigenvectors of a symmetric matrix. */
  public static Array[] eigh(Array x) {
    return dev.ivy.ops.Decompositions.eigh(x);
  }

  /** Returns the solution of x1 @ result = x2. */
  public static Array solve(Array x1, Array x2) {
    return dev.ivy.ops.Decompositions.solve(x1, x2);
  }

  /** Returns the inverse of a square matrix (raises for a singular one). */
  public static Array inv(Array x) {
    return dev.ivy.ops.Decompositions.inv(x);
  }

  /** Returns the determinant. */
  public static Array det(Array x) {
    return dev.ivy.ops.Decompositions.det(x);
  }

  /** Returns the sign and the log of the absolute value of the determinant. */
  public static Array[] slogdet(Array x) {
    return dev.ivy.ops.Decompositions.slogdet(x);
  }

  /** Returns the Moore-Penrose pseudo-inverse (rtol may be null for NumPy's default). */
  public static Array pinv(Array x, Object rtol) {
    return dev.ivy.ops.Decompositions.pinv(x, rtol);
  }

  /** Returns the int64 rank from the singular values (rtol may be null for NumPy's default). */
  public static Array matrixRank(Array x, Object rtol) {
    return dev.ivy.ops.Decompositions.matrixRank(x, rtol);
  }

  /** Returns x raised to the integer power n (negative n inverts). */
  public static Array matrixPower(Array x, long n) {
    return dev.ivy.ops.Decompositions.matrixPower(x, n);
  }

  // ------------------------------------------------------------------ einsum and indexing

  /**
   * Returns the Einstein summation of {@code operands} as NumPy's einsum (with "..." and
   * diagonals).
   */
  public static Array einsum(String equation, Array... operands) {
    return dev.ivy.ops.Einsum.einsum(equation, operands);
  }

  /**
   * Returns {@code x[index...]} with NumPy's basic and advanced indexing: integers, {@link
   * dev.ivy.ops.Index.Slice}, {@link dev.ivy.ops.Index#ELLIPSIS}, {@link
   * dev.ivy.ops.Index#NEW_AXIS}, integer arrays and bool masks.
   */
  public static Array getItem(Array x, Object... index) {
    return dev.ivy.ops.Indexer.get(x, index);
  }

  /**
   * Returns a copy of x with {@code x[index...]} replaced by {@code value} (broadcast, cast to x's
   * dtype).
   */
  public static Array setItem(Array x, Object[] index, Object value) {
    return dev.ivy.ops.Indexer.set(x, index, value);
  }

  // ------------------------------------------------------------------ scatter

  /**
   * Returns an array of {@code shape} (or {@code out} updated) with {@code updates} scattered at
   * {@code indices} [..., k]; reduction "sum" accumulates duplicates, "replace" keeps the last.
   */
  public static Array scatterNd(
      Array indices, Array updates, long[] shape, String reduction, Array out) {
    return dev.ivy.ops.Scatter.scatterNd(indices, updates, shape, reduction, out);
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
   * @throws dev.ivy.errors.TracingException if {@code fn} reads a traced array's value
   * @throws dev.ivy.errors.IvyException if no tracer is on the class path
   */
  public static TracedFunction traceGraph(
      java.util.function.Function<List<Array>, Object> fn, Array... exampleInputs) {
    for (TraceProvider p : java.util.ServiceLoader.load(TraceProvider.class)) {
      return p.trace(fn, List.of(exampleInputs));
    }
    throw new dev.ivy.errors.IvyException(
        "traceGraph: the tracer must be on the class path (module ivy-tracer); it is not");
  }

  /**
   * Traces {@code fn} as {@link #traceGraph(java.util.function.Function, Array...)} does, with
   * {@code options}; {@link TraceOptions#polymorphicBatch()} makes axis 0 of every input a symbolic
   * batch dimension, so that the graph runs at any batch size.
   *
   * <pre>{@code
   * TracedFunction g = Ivy.traceGraph(in -> Ivy.relu(in.get(0)),
   *     TraceOptions.polymorphicBatch(), Ivy.zeros(Shape.of(32, 784), DType.FLOAT32));
   * g.run(Ivy.zeros(Shape.of(5, 784), DType.FLOAT32)); // batch 5
   * }</pre>
   *
   * @throws dev.ivy.errors.TracingException if {@code fn} reads a traced array's value, or is not
   *     polymorphic in the batch dimension
   * @throws dev.ivy.errors.IvyException if no tracer is on the class path
   */
  public static TracedFunction traceGraph(
      java.util.function.Function<List<Array>, Object> fn,
      TraceOptions options,
      Array... exampleInputs) {
    if (exampleInputs == null) {
      throw new dev.ivy.errors.IvyArgumentException("traceGraph: exampleInputs must not be null");
    }
    Object[] ex = exampleInputs.clone();
    return traceGraphArgs(
        args -> {
          List<Array> in = new java.util.ArrayList<>();
          for (Object o : args) {
            in.add((Array) o);
          }
          return fn.apply(java.util.Collections.unmodifiableList(in));
        },
        options,
        ex);
  }

  /**
   * Traces {@code fn} of structured arguments (JAX's pytrees): each argument is an {@link Array}, a
   * nested {@link List} or a {@link java.util.Map} with String keys of them, or a static value (a
   * number, string, boolean or null) that is baked into the graph. {@code fn} receives the
   * arguments with every array replaced by a symbolic one; the graph's {@code call} takes arguments
   * of the same structure (or the flat arrays) and rejects another static value.
   *
   * <pre>{@code
   * TracedFunction g = Ivy.traceGraphArgs(a -> {
   *   Map<?, ?> p = (Map<?, ?>) a.get(0);
   *   return Ivy.multiply((Array) p.get("w"), (Double) a.get(1));
   * }, Map.of("w", w), 2.0);
   * g.call(Map.of("w", w2), 2.0);
   * }</pre>
   *
   * @throws dev.ivy.errors.TracingException if {@code fn} reads a traced array's value
   * @throws dev.ivy.errors.IvyArgumentException if an argument is of another kind
   * @throws dev.ivy.errors.IvyException if no tracer is on the class path
   */
  public static TracedFunction traceGraphArgs(
      java.util.function.Function<List<Object>, Object> fn, Object... args) {
    return traceGraphArgs(fn, TraceOptions.defaults(), args);
  }

  /**
   * Traces {@code fn} of structured arguments as {@link
   * #traceGraphArgs(java.util.function.Function, Object...)} does, with {@code options}.
   *
   * @throws dev.ivy.errors.TracingException if {@code fn} reads a traced array's value, or is not
   *     polymorphic in the batch dimension
   * @throws dev.ivy.errors.IvyArgumentException if an argument is of another kind
   * @throws dev.ivy.errors.IvyException if no tracer is on the class path
   */
  public static TracedFunction traceGraphArgs(
      java.util.function.Function<List<Object>, Object> fn, TraceOptions options, Object... args) {
    if (fn == null || options == null || args == null) {
      throw new dev.ivy.errors.IvyArgumentException(
          "traceGraph: fn, options and args must not be null");
    }
    for (TraceProvider p : java.util.ServiceLoader.load(TraceProvider.class)) {
      return p.traceArgs(fn, options, java.util.Arrays.asList(args.clone()));
    }
    throw new dev.ivy.errors.IvyException(
        "traceGraph: the tracer must be on the class path (module ivy-tracer); it is not");
  }

  /**
   * Returns a framework-style module as an Ivy {@link dev.ivy.nn.Module} (the seed's {@code
   * ivy.to_ivy_module}): its {@code v()} holds the framework module's parameters under their
   * framework names with {@code /} for {@code .} ({@code _linear/weight}), and {@code call(x, v)}
   * runs the framework module's forward with its parameters temporarily bound to {@code v}'s
   * arrays, so {@link #executeWithGradients} and {@link dev.ivy.nn.Module#traceGraph} see them. An
   * Ivy module is returned as it is. The converters are found with {@link java.util.ServiceLoader}
   * ({@link ModuleConverter}); {@code ivy-frontends} converts torch-style {@code
   * TorchFrontend.nn.Module}s.
   *
   * <pre>{@code
   * dev.ivy.nn.Module m = Ivy.toIvyModule(new TorchFrontend.nn.Linear(3, 3));
   * m.v().paths();   // [weight, bias]
   * }</pre>
   *
   * @throws dev.ivy.errors.IvyArgumentException if the object is null or no converter on the class
   *     path knows its type
   */
  public static dev.ivy.nn.Module toIvyModule(Object frameworkModule) {
    if (frameworkModule instanceof dev.ivy.nn.Module m) {
      return m;
    }
    if (frameworkModule == null) {
      throw new dev.ivy.errors.IvyArgumentException(
          "toIvyModule: frameworkModule must be a framework-style module; got null");
    }
    for (ModuleConverter c : java.util.ServiceLoader.load(ModuleConverter.class)) {
      java.util.Optional<dev.ivy.nn.Module> r = c.toIvyModule(frameworkModule);
      if (r.isPresent()) {
        return r.get();
      }
    }
    throw new dev.ivy.errors.IvyArgumentException(
        "toIvyModule: frameworkModule must be a module a converter on the class path knows (a"
            + " torch-style TorchFrontend.nn.Module with ivy-frontends); got "
            + frameworkModule.getClass().getName());
  }

  /**
   * Reads the ONNX model at {@code path} and returns it as a traced graph whose inputs are the
   * model's graph inputs (in order) and whose initializers are constants; it runs on any backend.
   * It is traced on {@code examples} (one per graph input), or without them on zeros of the
   * declared input shapes, which must then be fixed (no symbolic batch dimension). Needs {@code
   * ivy-onnx} on the class path, whose {@code dev.ivy.onnx.OnnxModel} also gives the inputs,
   * outputs and initializers by name.
   *
   * <pre>{@code
   * TracedFunction g = Ivy.importOnnx(Path.of("mlp.onnx"), x);
   * List<Array> y = g.run(x);
   * }</pre>
   *
   * @throws dev.ivy.errors.IvyException if the file is not a valid ONNX model, uses an unsupported
   *     operator, has inputs of unknown shape, or no ONNX importer is on the class path
   */
  public static TracedFunction importOnnx(java.nio.file.Path path, Array... examples) {
    for (OnnxProvider p : java.util.ServiceLoader.load(OnnxProvider.class)) {
      return p.importOnnx(path, List.of(examples));
    }
    throw new dev.ivy.errors.IvyException(
        "importOnnx: the ONNX importer must be on the class path (module ivy-onnx); it is not");
  }

  /**
   * Reads the ONNX model at {@code path} and returns it as a {@link dev.ivy.nn.Module} whose
   * variables are the model's floating-point initializers (paths are their names with '.' read as
   * '/', {@code fc1.weight} -> {@code fc1/weight}) on the current backend; {@code call(x, v)} runs
   * the model with the arrays of {@code v}, so it is differentiable and trainable. Needs {@code
   * ivy-onnx} on the class path.
   *
   * <pre>{@code
   * Module m = Ivy.importOnnxModule(Path.of("mlp.onnx"));
   * var r = Ivy.executeWithGradients(v -> Ivy.mean(Ivy.square(m.call(x, v))), m.v());
   * }</pre>
   *
   * @throws dev.ivy.errors.IvyException if the file is not a valid ONNX model, uses an unsupported
   *     operator, or no ONNX importer is on the class path
   */
  public static dev.ivy.nn.Module importOnnxModule(java.nio.file.Path path) {
    for (OnnxProvider p : java.util.ServiceLoader.load(OnnxProvider.class)) {
      return p.importOnnxModule(path);
    }
    throw new dev.ivy.errors.IvyException(
        "importOnnxModule: the ONNX importer must be on the class path (module ivy-onnx); it is"
            + " not");
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
   * @throws dev.ivy.errors.IvyArgumentException if pred is not a 0-d bool or the branches disagree
   */
  public static List<Array> cond(
      Array pred,
      java.util.function.Function<List<Array>, List<Array>> trueFn,
      java.util.function.Function<List<Array>, List<Array>> falseFn,
      Array... operands) {
    if (pred == null || trueFn == null || falseFn == null) {
      throw new dev.ivy.errors.IvyArgumentException("cond: pred and branches must not be null");
    }
    if (pred.rank() != 0 || !pred.dtype().isBool()) {
      throw new dev.ivy.errors.IvyArgumentException(
          "cond: pred must be a 0-d bool array; got " + pred.aval());
    }
    Array[] in = new Array[operands.length + 1];
    in[0] = pred;
    for (int i = 0; i < operands.length; i++) {
      in[i + 1] = nonNull("cond", operands[i]);
    }
    dev.ivy.prim.Params.Control p =
        new dev.ivy.prim.Params.Control(List.of(trueFn::apply, falseFn::apply), 0, null);
    return List.of(dev.ivy.dispatch.Dispatcher.bindMulti(dev.ivy.prim.Prim.COND, p, in));
  }

  /**
   * Repeats {@code values = bodyFn(values)} while {@code condFn(values)} returns a 0-d bool true
   * (JAX's {@code lax.while_loop}); the body must return values of the initial values' shapes and
   * dtypes. While tracing it records one {@code while} node holding both functions as sub-graphs.
   *
   * @throws dev.ivy.errors.IvyArgumentException if there are no initial values, the condition does
   *     not return one 0-d bool, or the body changes a shape or dtype
   */
  public static List<Array> whileLoop(
      java.util.function.Function<List<Array>, List<Array>> condFn,
      java.util.function.Function<List<Array>, List<Array>> bodyFn,
      Array... initValues) {
    if (condFn == null || bodyFn == null) {
      throw new dev.ivy.errors.IvyArgumentException("whileLoop: functions must not be null");
    }
    if (initValues.length == 0) {
      throw new dev.ivy.errors.IvyArgumentException("whileLoop: needs at least one initial value");
    }
    for (Array a : initValues) {
      nonNull("whileLoop", a);
    }
    dev.ivy.prim.Params.Control p =
        new dev.ivy.prim.Params.Control(List.of(condFn::apply, bodyFn::apply), 0, null);
    return List.of(
        dev.ivy.dispatch.Dispatcher.bindMulti(dev.ivy.prim.Prim.WHILE, p, initValues.clone()));
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
   * @throws dev.ivy.errors.IvyArgumentException if xs is empty, an x has rank 0, the xs' leading
   *     dims differ, or fn changes a carry's shape or dtype
   */
  public static List<Array> scan(
      java.util.function.Function<List<Array>, List<Array>> fn, List<Array> init, List<Array> xs) {
    if (fn == null || init == null || xs == null) {
      throw new dev.ivy.errors.IvyArgumentException("scan: arguments must not be null");
    }
    if (xs.isEmpty()) {
      throw new dev.ivy.errors.IvyArgumentException("scan: needs at least one x to scan over");
    }
    Array[] in = new Array[init.size() + xs.size()];
    for (int i = 0; i < init.size(); i++) {
      in[i] = nonNull("scan", init.get(i));
    }
    long n = -1;
    for (int i = 0; i < xs.size(); i++) {
      Array x = nonNull("scan", xs.get(i));
      if (x.rank() == 0) {
        throw new dev.ivy.errors.IvyArgumentException(
            "scan: each x must have a leading axis to scan over; got " + x.aval());
      }
      if (n >= 0 && x.shape().dim(0) != n) {
        throw new dev.ivy.errors.IvyArgumentException(
            "scan: all xs must have the same leading dimension; got "
                + n
                + " and "
                + x.shape().dim(0));
      }
      n = x.shape().dim(0);
      in[init.size() + i] = x;
    }
    dev.ivy.prim.Params.Control p =
        new dev.ivy.prim.Params.Control(List.of(fn::apply), init.size(), null);
    return List.of(dev.ivy.dispatch.Dispatcher.bindMulti(dev.ivy.prim.Prim.SCAN, p, in));
  }

  // ------------------------------------------------------------------ autodiff

  /**
   * Returns the function computing the gradient of a scalar-valued {@code fn}; see {@link
   * dev.ivy.autodiff.Autodiff}.
   *
   * <pre>{@code
   * Array x = Ivy.array(new double[] {1, 2, 3}, 3);
   * Ivy.grad(a -> Ivy.sum(Ivy.multiply(a, a))).apply(x); // [2.0, 4.0, 6.0]
   * }</pre>
   */
  public static java.util.function.UnaryOperator<Array> grad(
      java.util.function.Function<Array, Array> fn) {
    return dev.ivy.autodiff.Autodiff.grad(fn);
  }

  /** Returns the function computing a scalar-valued {@code fn}'s value and gradient. */
  public static java.util.function.Function<Array, dev.ivy.autodiff.ValueAndGrad<Array>>
      valueAndGrad(java.util.function.Function<Array, Array> fn) {
    return dev.ivy.autodiff.Autodiff.valueAndGrad(fn);
  }

  /** Runs {@code fn} at {@code primals} and returns its outputs with a pullback. */
  public static dev.ivy.autodiff.Autodiff.VjpResult vjp(
      java.util.function.Function<List<Array>, ? extends List<Array>> fn, List<Array> primals) {
    return dev.ivy.autodiff.Autodiff.vjp(fn, primals);
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
  public static dev.ivy.autodiff.ValueAndGrad<dev.ivy.nn.Variables> executeWithGradients(
      java.util.function.Function<dev.ivy.nn.Variables, Array> lossFn, dev.ivy.nn.Variables v) {
    return dev.ivy.autodiff.Autodiff.executeWithGradients(lossFn, v);
  }

  /**
   * Returns one training step of {@code model} on {@code criterion(model(x), target)} with {@code
   * optimizer}, traced once (forward, backward and update, with the optimizer's state inside) and
   * run compiled on the current backend: {@code step.step(x, target)} trains and returns the loss.
   * The model's variables are replaced after every step ({@code model.v()}). See {@link
   * dev.ivy.optim.TrainStep} for what runs eagerly and who owns which arrays.
   *
   * <pre>{@code
   * TrainStep step =
   *     Ivy.compileTrainStep(model, (pred, y) -> Ivy.mseLoss(pred, y, "mean"), new Adam(1e-3));
   * Array loss = step.step(x, y);
   * }</pre>
   *
   * @throws dev.ivy.errors.IvyArgumentException if an argument is null, the model has no variables
   *     or has buffers that change while training, or the optimizer has taken non-capturable steps
   */
  public static dev.ivy.optim.TrainStep compileTrainStep(
      dev.ivy.nn.Module model,
      java.util.function.BiFunction<Array, Array, Array> criterion,
      dev.ivy.optim.Optimizer optimizer) {
    return dev.ivy.optim.TrainStep.of(model, criterion, optimizer);
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
   * @throws dev.ivy.errors.IvyArgumentException if an argument is null, there are no variables, or
   *     the optimizer has taken non-capturable steps
   */
  public static dev.ivy.optim.TrainStep compileTrainStep(
      dev.ivy.nn.Variables variables,
      dev.ivy.optim.TrainStep.Loss loss,
      dev.ivy.optim.Optimizer optimizer) {
    return dev.ivy.optim.TrainStep.of(variables, loss, optimizer);
  }

  /** Returns {@code x} with no gradient flowing through it. */
  public static Array stopGradient(Array x) {
    return dev.ivy.autodiff.Autodiff.stopGradient(x);
  }

  private static Array nonNull(String op, Array a) {
    if (a == null) {
      throw new dev.ivy.errors.IvyArgumentException(op + ": arrays must not be null");
    }
    return a;
  }
}
