package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.Operand;

/**
 * The methods of NumPy's {@code ndarray} that differ from the top-level function of their name (or
 * have none): their parameters follow the method ({@code ndarray.reshape(*shape)}, {@code
 * ndarray.clip(min, max)}). Users reach them as methods of {@link Ndarray}; the methods that match
 * a top-level function are declared in {@link NumpyFrontend} with {@code @Fn(method = true)}.
 */
@Namespace(
    frontend = "numpy",
    prefix = "ndarray",
    path = "NumpyNdarray",
    methods = "ndarray",
    methodsType = "Ndarray")
final class NumpyNdarray extends NumpyNdarrayDefaults {
  private NumpyNdarray() {}

  /** Returns self reshaped, shape given spread or as one sequence (ndarray.reshape). */
  @Fn(method = true)
  static Array reshape(Array self, long... shape) {
    return NumpyFrontend.reshape(self, shape);
  }

  /** Returns self cast to dtype (ndarray.astype). */
  @Fn(method = true)
  static Array astype(
      Array self,
      DType dtype,
      @Default("'K'") Order order,
      @Default("'unsafe'") Casting casting,
      @Default("True") boolean subok,
      @Default("True") boolean copy) {
    return NumpyFrontend.astype(self, dtype);
  }

  /** Returns self flattened, C or F order (ndarray.flatten). */
  @Fn(method = true)
  static Array flatten(Array self, @Default("'C'") Order order) {
    return NumpyFrontend.ravel(self, order);
  }

  /** Returns self with axes permuted, reversed when none are given (ndarray.transpose). */
  @Fn(method = true)
  static Array transpose(Array self, int... axes) {
    return NumpyFrontend.transpose(self, axes.length == 0 ? null : axes);
  }

  /** Returns the transpose (ndarray.T). */
  @Fn(value = "T", method = true)
  static Array T(Array self) {
    return NumpyFrontend.transpose(self, null);
  }

  /** Returns the maximum over axis (ndarray.max). */
  @Fn(method = true)
  static Array max(
      Array self,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyFrontend.max(self, axis, out, keepdims);
  }

  /** Returns the minimum over axis (ndarray.min). */
  @Fn(method = true)
  static Array min(
      Array self,
      @Default("None") int[] axis,
      @Default("None") Array out,
      @Default("False") boolean keepdims) {
    return NumpyFrontend.min(self, axis, out, keepdims);
  }

  /** Returns self limited to [min, max] (ndarray.clip). */
  @Fn(method = true)
  static Array clip(
      Array self,
      @Operand @Default("None") Object min,
      @Operand @Default("None") Object max,
      @Default("None") Array out) {
    return NumpyFrontend.clip(self, min, max, out);
  }

  /** Returns self rounded to decimals, halves to even (ndarray.round). */
  @Fn(method = true)
  static Array round(Array self, @Default("0") long decimals, @Default("None") Array out) {
    return NumpyFrontend.around(self, decimals, out);
  }

  /** Returns a copy of self: self, as arrays are immutable (ndarray.copy). */
  @Fn(method = true)
  static Array copy(Array self, @Default("'C'") Order order) {
    return self;
  }

  /** Returns the indices that sort self along axis (ndarray.argsort). */
  @Fn(method = true)
  static Array argsort(
      Array self,
      @Default("-1") Integer axis,
      @Default("None") SortKind kind,
      @Default("None") Object order) {
    return NumpyFrontend.argsort(self, axis);
  }

  /** Returns the element of a one-element array as a Java value (ndarray.item). */
  @Fn(method = true)
  static Object item(Array self) {
    return self.item();
  }

  /** Returns the complex conjugate: self, as arrays are real (ndarray.conj). */
  @Fn(method = true)
  static Array conj(Array self) {
    return self;
  }

  /** Returns the complex conjugate: self, as arrays are real (ndarray.conjugate). */
  @Fn(method = true)
  static Array conjugate(Array self) {
    return self;
  }

  /** Returns the slices of self along axis where condition is true (ndarray.compress). */
  @Fn(method = true)
  static Array compress(
      Array self, Array condition, @Default("None") Integer axis, @Default("None") Array out) {
    NumpyComposites.noOut("ndarray.compress", out);
    return NumpyFrontend.compress(condition, self, axis);
  }
}
