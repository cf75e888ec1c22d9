package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.MeshIndexing;
import dev.ivy.Shape;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Creation;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.SignalWindows;
import java.util.List;

/**
 * The array creation functions of {@code numpy} and {@code jax.numpy} ({@code zeros}, {@code full},
 * {@code arange}, {@code eye}, {@code *_like}, {@code tril}, {@code diag}...), written once and
 * parameterised by the framework's {@link DTypePolicy}: a missing dtype gives the policy's default
 * float (float64 in NumPy, float32 in JAX), a given dtype is made canonical, and fill values
 * without a dtype take the policy's scalar dtype.
 */
public final class NumpyCreation {
  private NumpyCreation() {}

  private static DType floatOr(DTypePolicy p, DType dtype) {
    return dtype == null ? p.defaultFloat() : p.canonical(dtype);
  }

  /** Returns an array of zeros, the default float when dtype is null (zeros, empty). */
  public static Array zeros(DTypePolicy p, long[] shape, DType dtype) {
    return Creation.zeros(Shape.of(shape), floatOr(p, dtype));
  }

  /** Returns an array of ones, the default float when dtype is null (ones). */
  public static Array ones(DTypePolicy p, long[] shape, DType dtype) {
    return Creation.ones(Shape.of(shape), floatOr(p, dtype));
  }

  /**
   * Returns an array filled with fillValue (a scalar or an array-like broadcast to shape); without
   * a dtype it takes the value's dtype, the policy's scalar dtype for a Python scalar (full).
   */
  public static Array full(DTypePolicy p, long[] shape, Object fillValue, DType dtype) {
    boolean scalar = fillValue instanceof Number || fillValue instanceof Boolean;
    Array v = scalar ? null : p.array(fillValue);
    DType dt =
        dtype != null ? p.canonical(dtype) : v != null ? v.dtype() : p.scalarDType(fillValue);
    if (v != null) {
      return Manipulation.broadcastTo(
          v.dtype() == dt ? v : Manipulation.astype(v, dt), Shape.of(shape));
    }
    return Creation.full(Shape.of(shape), fillValue, dt);
  }

  private static Array likeArray(DTypePolicy p, Object a) {
    return p.array(a);
  }

  private static long[] likeShape(Array x, long[] shape) {
    return shape == null ? x.shape().dims() : shape;
  }

  private static DType likeDType(DTypePolicy p, Array x, DType dtype) {
    return dtype == null ? x.dtype() : p.canonical(dtype);
  }

  /** Returns zeros with a's shape (or shape) and dtype (or dtype) (zeros_like, empty_like). */
  public static Array zerosLike(DTypePolicy p, Object a, DType dtype, long[] shape) {
    Array x = likeArray(p, a);
    return Creation.zeros(Shape.of(likeShape(x, shape)), likeDType(p, x, dtype));
  }

  /** Returns ones with a's shape (or shape) and dtype (or dtype) (ones_like). */
  public static Array onesLike(DTypePolicy p, Object a, DType dtype, long[] shape) {
    Array x = likeArray(p, a);
    return Creation.ones(Shape.of(likeShape(x, shape)), likeDType(p, x, dtype));
  }

  /** Returns fillValue with a's shape (or shape) and dtype (or dtype) (full_like). */
  public static Array fullLike(
      DTypePolicy p, Object a, Object fillValue, DType dtype, long[] shape) {
    Array x = likeArray(p, a);
    return full(p, likeShape(x, shape), fillValue, likeDType(p, x, dtype));
  }

  /**
   * Returns evenly spaced values in [start, stop), or [0, start) when stop is null; the dtype
   * follows the arguments (the policy's default int or float) unless given (arange).
   */
  public static Array arange(DTypePolicy p, Number start, Number stop, Number step, DType dtype) {
    Number s = step == null ? 1L : step;
    Array r =
        stop == null
            ? Creation.arange(0L, start, s, p.canonical(dtype))
            : Creation.arange(start, stop, s, p.canonical(dtype));
    return p.result(r);
  }

  /** Returns a 2-D array with ones on the k-th diagonal, the default float when null (eye). */
  public static Array eye(DTypePolicy p, long n, Long m, long k, DType dtype) {
    return Creation.eye(n, m, k, floatOr(p, dtype));
  }

  /** Returns ones at and below the k-th diagonal of an N x M array (tri). */
  public static Array tri(DTypePolicy p, long n, Long m, long k, DType dtype) {
    return Creation.tril(Creation.ones(Shape.of(n, m == null ? n : m), floatOr(p, dtype)), k);
  }

  /** Returns m with the elements above the k-th diagonal zeroed (tril). */
  public static Array tril(DTypePolicy p, Object m, long k) {
    return Creation.tril(p.array(m), k);
  }

  /** Returns m with the elements below the k-th diagonal zeroed (triu). */
  public static Array triu(DTypePolicy p, Object m, long k) {
    return Creation.triu(p.array(m), k);
  }

  /** Returns the k-th diagonal of a 2-D v, or a 2-D array with a 1-D v on it (diag). */
  public static Array diag(DTypePolicy p, Object v, long k) {
    return ExtraManipulation.diag(p.array(v), k);
  }

  /** Returns a 2-D array with the flattened v on its k-th diagonal (diagflat). */
  public static Array diagflat(DTypePolicy p, Object v, long k) {
    return diag(p, NumpyManipulation.ravel(p, v, Order.C), k);
  }

  /** Returns the offset diagonals of the (axis1, axis2) planes, as the last axis (diagonal). */
  public static Array diagonal(DTypePolicy p, Object a, long offset, int axis1, int axis2) {
    return NumpyComposites.diagonal(p.array(a), offset, axis1, axis2);
  }

  /** Returns the sums along the offset diagonals of the (axis1, axis2) planes (trace). */
  public static Array trace(
      DTypePolicy p, Object a, long offset, int axis1, int axis2, DType dtype, Object out) {
    p.noOut("trace", out);
    return NumpyReductions.sum(
        p, diagonal(p, a, offset, axis1, axis2), new int[] {-1}, dtype, null, false);
  }

  /**
   * Returns coordinate matrices of the 1-D arrays, 'xy' (Cartesian) or 'ij' (matrix) indexing;
   * sparse grids are not supported (meshgrid).
   */
  public static List<Array> meshgrid(
      DTypePolicy p, List<Array> xi, boolean sparse, MeshIndexing indexing) {
    Checks.check(!sparse, "meshgrid", "sparse must be False; got %s", true);
    return Creation.meshgrid(
        p.canonical(xi), Checks.given("meshgrid", "indexing", indexing, "'xy' or 'ij'").lower());
  }

  /** Returns a as an array in the policy's canonical dtype, cast when dtype is given (asarray). */
  public static Array asarray(DTypePolicy p, Object a, DType dtype) {
    Array x = p.array(a);
    return dtype == null ? x : Manipulation.astype(x, p.canonical(dtype));
  }

  /** Returns the indices of the lower triangle (k-th diagonal and below) of an n x m array. */
  public static List<Array> trilIndices(DTypePolicy p, long n, long k, Long m) {
    Array ones = Creation.ones(Shape.of(n, m == null ? n : m), DType.BOOL);
    return NumpySorting.nonzero(p, Creation.tril(ones, k));
  }

  /** Returns the indices of the upper triangle (k-th diagonal and above) of an n x m array. */
  public static List<Array> triuIndices(DTypePolicy p, long n, long k, Long m) {
    Array ones = Creation.ones(Shape.of(n, m == null ? n : m), DType.BOOL);
    return NumpySorting.nonzero(p, Creation.triu(ones, k));
  }

  /** Returns ndim copies of arange(n), the indices of the main diagonal (diag_indices). */
  public static List<Array> diagIndices(DTypePolicy p, long n, long ndim) {
    Checks.check(ndim >= 0, "diag_indices", "ndim must be >= 0; got %s", ndim);
    Checks.count("diag_indices", "ndim", ndim);
    List<Array> l = new java.util.ArrayList<>();
    for (long i = 0; i < ndim; i++) {
      l.add(arange(p, n, null, null, null));
    }
    return l;
  }

  /** Returns the grid of indices of an array of shape dimensions, one slab per axis (indices). */
  public static Array indices(DTypePolicy p, long[] dimensions, DType dtype) {
    List<Array> ranges = new java.util.ArrayList<>();
    for (long n : dimensions) {
      ranges.add(arange(p, 0L, n, 1L, dtype));
    }
    return NumpyManipulation.stack(p, meshgrid(p, ranges, false, MeshIndexing.IJ), 0, null, null);
  }

  /** Returns the indices of the lower triangle of the 2-D arr (tril_indices_from). */
  public static List<Array> trilIndicesFrom(DTypePolicy p, Array arr, long k) {
    Checks.check(arr.rank() == 2, "tril_indices_from", "arr must be 2-d; got %s", arr.aval());
    return trilIndices(p, arr.shape().dim(0), k, arr.shape().dim(1));
  }

  /** Returns the indices of the upper triangle of the 2-D arr (triu_indices_from). */
  public static List<Array> triuIndicesFrom(DTypePolicy p, Array arr, long k) {
    Checks.check(arr.rank() == 2, "triu_indices_from", "arr must be 2-d; got %s", arr.aval());
    return triuIndices(p, arr.shape().dim(0), k, arr.shape().dim(1));
  }

  /** Returns the indices of the main diagonal of arr, whose dimensions are equal. */
  public static List<Array> diagIndicesFrom(DTypePolicy p, Array arr) {
    long[] d = arr.shape().dims();
    Checks.check(
        d.length >= 2, "diag_indices_from", "arr must be at least 2-d; got %s", arr.aval());
    for (long v : d) {
      Checks.check(
          v == d[0],
          "diag_indices_from",
          "all dimensions of arr must be equal; got %s",
          arr.aval());
    }
    return diagIndices(p, d[0], d.length);
  }

  /** Returns the Bartlett (triangular) window of m points, in the default float (bartlett). */
  public static Array bartlett(DTypePolicy p, long m) {
    return p.result(SignalWindows.bartlett("bartlett", m));
  }

  /** Returns the Blackman window of m points, in the default float (blackman). */
  public static Array blackman(DTypePolicy p, long m) {
    return p.result(SignalWindows.blackman("blackman", m));
  }

  /** Returns the Hamming window of m points, in the default float (hamming). */
  public static Array hamming(DTypePolicy p, long m) {
    return p.result(SignalWindows.hamming("hamming", m, 0.54, 0.46));
  }

  /** Returns the Hann window of m points, in the default float (hanning). */
  public static Array hanning(DTypePolicy p, long m) {
    return p.result(SignalWindows.hamming("hanning", m, 0.5, 0.5));
  }

  /** Returns the Kaiser window of m points with shape beta, in the default float (kaiser). */
  public static Array kaiser(DTypePolicy p, long m, double beta) {
    return p.result(SignalWindows.kaiser("kaiser", m, beta));
  }
}
