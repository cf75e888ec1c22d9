package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import java.util.List;

/**
 * NumPy's {@code ndarray} object: a core {@link Array} with NumPy's methods ({@code
 * NumpyFrontend.array(x).reshape(2, 3).sum(0)}). Methods return new wrappers; {@link #value()}
 * gives the core array.
 *
 * @param value the wrapped core array
 */
public record Ndarray(Array value) {
  /** Returns the shape. */
  public long[] shape() {
    return value.shape().dims();
  }

  /** Returns the dtype. */
  public DType dtype() {
    return value.dtype();
  }

  /** Returns the number of dimensions. */
  public int ndim() {
    return value.rank();
  }

  /** Returns the number of elements. */
  public long size() {
    return value.size();
  }

  /** Returns the transpose (numpy {@code ndarray.T}). */
  public Ndarray T() {
    return new Ndarray(NumpyFrontend.transpose(value, null));
  }

  /** Returns a copy cast to dtype. */
  public Ndarray astype(DType dtype) {
    return new Ndarray(NumpyFrontend.astype(value, dtype));
  }

  /** Returns the array reshaped. */
  public Ndarray reshape(long... shape) {
    return new Ndarray(NumpyFrontend.reshape(value, shape));
  }

  /** Returns the flattened array. */
  public Ndarray flatten() {
    return new Ndarray(NumpyFrontend.ravel(value, "C"));
  }

  /** Returns the sum over axis (all when null). */
  public Ndarray sum(int... axis) {
    return new Ndarray(NumpyFrontend.sum(value, axis.length == 0 ? null : axis, null, false));
  }

  /** Returns the mean over axis (all when none). */
  public Ndarray mean(int... axis) {
    return new Ndarray(NumpyFrontend.mean(value, axis.length == 0 ? null : axis, null, false));
  }

  /** Returns the maximum over axis (all when none). */
  public Ndarray max(int... axis) {
    return new Ndarray(NumpyFrontend.max(value, axis.length == 0 ? null : axis, false));
  }

  /** Returns the minimum over axis (all when none). */
  public Ndarray min(int... axis) {
    return new Ndarray(NumpyFrontend.min(value, axis.length == 0 ? null : axis, false));
  }

  /** Returns the standard deviation with ddof. */
  public Ndarray std(double ddof) {
    return new Ndarray(NumpyFrontend.std(value, null, ddof, false));
  }

  /** Returns the index of the maximum along axis (flattened when null). */
  public Ndarray argmax(Integer axis) {
    return new Ndarray(NumpyFrontend.argmax(value, axis, false));
  }

  /** Returns the array limited to [min, max]. */
  public Ndarray clip(Object min, Object max) {
    return new Ndarray(NumpyFrontend.clip(value, min, max));
  }

  /** Returns the array without its size-1 axes. */
  public Ndarray squeeze() {
    return new Ndarray(NumpyFrontend.squeeze(value, null));
  }

  /** Returns the cumulative sum along axis (flattened when null). */
  public Ndarray cumsum(Integer axis) {
    return new Ndarray(NumpyFrontend.cumsum(value, axis, null));
  }

  /** Returns the array rounded to decimals. */
  public Ndarray round(long decimals) {
    return new Ndarray(NumpyFrontend.around(value, decimals));
  }

  /** Returns the matrix product with other. */
  public Ndarray dot(Ndarray other) {
    return new Ndarray(NumpyFrontend.dot(value, other.value));
  }

  /** Returns the elements as a nested list is not offered; returns the data as doubles. */
  public double[] toDoubleArray() {
    return value.toDoubleArray();
  }

  /** Returns the sub-arrays along axis 0. */
  public List<Array> unstack() {
    return dev.ivy.ops.Manipulation.unstack(value, 0);
  }
}
