package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import java.util.Arrays;
import java.util.List;

/**
 * NumPy's {@code numpy.linalg}, reached as {@code NumpyFrontend.linalg}. Integer inputs are
 * computed in float64, as NumPy does.
 */
public final class NumpyLinalg {
  NumpyLinalg() {}

  private static Array f(Array x) {
    return NumpyComposites.toFloat(x);
  }

  /** Returns the matrix or vector norm (numpy.linalg.norm); ord may be a number, "fro" or "nuc". */
  public Array norm(Array x, Object ord, Object axis, boolean keepdims) {
    return NumpyComposites.norm(x, ord, axis, keepdims);
  }

  /** Returns the inverse of each square matrix. */
  public Array inv(Array a) {
    return Decompositions.inv(f(a));
  }

  /** Returns the Moore-Penrose pseudo-inverse. */
  public Array pinv(Array a, Object rcond) {
    return Decompositions.pinv(f(a), rcond);
  }

  /** Returns the determinant. */
  public Array det(Array a) {
    return Decompositions.det(f(a));
  }

  /** Returns [sign, log|det|]. */
  public List<Array> slogdet(Array a) {
    return Arrays.asList(Decompositions.slogdet(f(a)));
  }

  /** Returns the solution x of a x = b. */
  public Array solve(Array a, Array b) {
    return Decompositions.solve(f(a), f(b));
  }

  /** Returns the least-squares solution of a x = b (the first element of NumPy's tuple). */
  public Array lstsq(Array a, Array b) {
    return NumpyComposites.lstsq(a, b);
  }

  /** Returns a to the integer power n (negative n inverts). */
  public Array matrixPower(Array a, long n) {
    return Decompositions.matrixPower(a, n);
  }

  /** Returns the rank by SVD (int64). */
  public Array matrixRank(Array a, Object tol) {
    return Decompositions.matrixRank(f(a), tol);
  }

  /** Returns the 2-norm condition number (largest over smallest singular value). */
  public Array cond(Array x) {
    return NumpyComposites.cond(x);
  }

  /** Returns the lower Cholesky factor. */
  public Array cholesky(Array a, boolean upper) {
    return Decompositions.cholesky(f(a), upper);
  }

  /** Returns [q, r] ("reduced", "complete") or r alone ("r"). */
  public Object qr(Array a, String mode) {
    Array[] r = Decompositions.qr(f(a), mode);
    return r.length == 1 ? r[0] : Arrays.asList(r);
  }

  /** Returns [u, s, vh], or s alone when computeUv is false. */
  public Object svd(Array a, boolean fullMatrices, boolean computeUv) {
    if (!computeUv) {
      return Decompositions.svdvals(f(a));
    }
    return Arrays.asList(Decompositions.svd(f(a), fullMatrices));
  }

  /** Returns the singular values. */
  public Array svdvals(Array a) {
    return Decompositions.svdvals(f(a));
  }

  /** Returns [eigenvalues, eigenvectors] of a symmetric matrix. */
  public List<Array> eigh(Array a) {
    return Arrays.asList(Decompositions.eigh(f(a)));
  }

  /** Returns the eigenvalues of a symmetric matrix. */
  public Array eigvalsh(Array a) {
    return Decompositions.eigvalsh(f(a));
  }

  /** Returns the matrix product. */
  public Array matmul(Array x1, Array x2) {
    return Linalg.matmul(x1, x2);
  }

  /** Returns the product of a chain of matrices. */
  public Array multiDot(List<Array> arrays) {
    Array r = arrays.get(0);
    for (int i = 1; i < arrays.size(); i++) {
      r = Linalg.matmul(r, arrays.get(i));
    }
    return r;
  }

  /** Returns the outer product of two vectors. */
  public Array outer(Array x1, Array x2) {
    return Linalg.outer(x1, x2);
  }

  /** Returns the cross product along axis. */
  public Array cross(Array x1, Array x2, int axis) {
    return Linalg.cross(x1, x2, axis);
  }

  /** Returns the diagonal of the last two axes. */
  public Array diagonal(Array x, long offset) {
    return Linalg.diagonal(x, offset);
  }

  /** Returns the trace of the last two axes. */
  public Array trace(Array x, long offset) {
    return Linalg.trace(x, offset, null);
  }

  /** Returns the matrix transpose of the last two axes. */
  public Array matrixTranspose(Array x) {
    return Manipulation.matrixTranspose(x);
  }

  /** Returns the vector norm over axis. */
  public Array vectorNorm(Array x, Object axis, boolean keepdims, Object ord) {
    return dev.ivy.ops.Extras.vectorNorm(f(x), NumpyComposites.axes(axis), keepdims, ord);
  }

  /** Returns the matrix norm of the last two axes. */
  public Array matrixNorm(Array x, boolean keepdims, Object ord) {
    return Linalg.matrixNorm(f(x), ord, keepdims);
  }

  /** Returns the dot product along axis. */
  public Array vecdot(Array x1, Array x2, int axis) {
    return Linalg.vecdot(x1, x2, axis);
  }
}
