package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import java.util.List;

/**
 * NumPy's {@code ndarray} object: a core {@link Array} with NumPy's methods ({@code
 * NumpyFrontend.array(x).reshape(2, 3).sum(0)}). Methods return new wrappers; {@link #value()}
 * gives the core array. The methods that are NumPy functions taking the array first are generated
 * ({@link NdarrayMethods}) from their declarations in {@link NumpyFrontend} and {@link
 * NumpyNdarray}.
 */
public final class Ndarray extends NdarrayMethods {
  private final Array value;

  private Ndarray(Array value) {
    if (value == null) {
      throw new IvyArgumentException("Ndarray: value must be an array; got null");
    }
    this.value = value;
  }

  /** Returns an ndarray wrapping {@code value}. */
  public static Ndarray of(Array value) {
    return new Ndarray(value);
  }

  /** Returns the wrapped core array. */
  public Array value() {
    return value;
  }

  /** Returns the wrapped core array. */
  @Override
  public Array array() {
    return value;
  }

  @Override
  Ndarray wrap(Array a) {
    return of(a);
  }

  @Override
  Object unwrap(Object o) {
    return NumpyComposites.unwrapped(o);
  }

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

  /** Returns the array reshaped. */
  public Ndarray reshape(long... shape) {
    return of(NumpyFrontend.reshape(value, shape));
  }

  /** Returns the sum over the given axes (all when none). */
  public Ndarray sum(int... axis) {
    return of(NumpyFrontend.sum(value, axis.length == 0 ? null : axis));
  }

  /** Returns the mean over the given axes (all when none). */
  public Ndarray mean(int... axis) {
    return of(NumpyFrontend.mean(value, axis.length == 0 ? null : axis));
  }

  /** Returns the maximum over the given axes (all when none). */
  public Ndarray max(int... axis) {
    return of(NumpyFrontend.max(value, axis.length == 0 ? null : axis));
  }

  /** Returns the minimum over the given axes (all when none). */
  public Ndarray min(int... axis) {
    return of(NumpyFrontend.min(value, axis.length == 0 ? null : axis));
  }

  /** Returns the standard deviation with ddof. */
  public Ndarray std(double ddof) {
    return of(NumpyFrontend.std(value, null, null, null, ddof, false));
  }

  /** Returns the matrix product with other. */
  public Ndarray dot(Ndarray other) {
    return of(NumpyFrontend.dot(value, other.value));
  }

  /** Returns the data as doubles. */
  public double[] toDoubleArray() {
    return value.toDoubleArray();
  }

  /** Returns the sub-arrays along axis 0. */
  public List<Array> unstack() {
    return dev.ivy.ops.Manipulation.unstack(value, 0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ndarray n && n.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "Ndarray[value=" + value + "]";
  }
}
