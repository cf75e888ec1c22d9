package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Uplo;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.P;
import java.util.Arrays;
import java.util.List;

/**
 * NumPy's {@code numpy.linalg}, reached as {@code NumpyFrontend.linalg}. Integer inputs are
 * computed in float64, as NumPy does.
 */
@Namespace(frontend = "numpy", prefix = "linalg", path = "NumpyFrontend.linalg")
public final class NumpyLinalg extends NumpyLinalgDefaults {
  NumpyLinalg() {}

  private static Array f(Array x) {
    return NumpyComposites.toFloat(x);
  }

  /** Returns the matrix or vector norm; ord may be a number, "fro" or "nuc" (numpy.linalg.norm). */
  @Fn
  public Array norm(
      Array x,
      @Default("None") Object ord,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims) {
    // a list, so that messages show the axes
    Object ax = axis == null ? null : Arrays.stream(axis).boxed().toList();
    return NumpyComposites.norm(x, ord, ax, keepdims);
  }

  /** Returns the inverse of each square matrix (numpy.linalg.inv). */
  @Fn
  public Array inv(Array a) {
    return Decompositions.inv(f(a));
  }

  /** Returns the Moore-Penrose pseudo-inverse; rtol stands for rcond (numpy.linalg.pinv). */
  @Fn
  public Array pinv(
      Array a,
      @Default("None") Object rcond,
      @Default("False") boolean hermitian,
      @Default("None") Object rtol) {
    return Decompositions.pinv(f(a), rtol == null ? rcond : rtol);
  }

  /** Returns the determinant (numpy.linalg.det). */
  @Fn
  public Array det(Array a) {
    return Decompositions.det(f(a));
  }

  /** Returns [sign, log|det|] (numpy.linalg.slogdet). */
  @Fn
  public List<Array> slogdet(Array a) {
    return Arrays.asList(Decompositions.slogdet(f(a)));
  }

  /** Returns the solution x of a x = b (numpy.linalg.solve). */
  @Fn
  public Array solve(Array a, Array b) {
    return Decompositions.solve(f(a), f(b));
  }

  /**
   * Returns the least-squares solution of a x = b, the first element of NumPy's tuple
   * (numpy.linalg.lstsq).
   */
  @Fn
  public Array lstsq(Array a, Array b, @Default("None") Object rcond) {
    return NumpyComposites.lstsq(a, b);
  }

  /** Returns a to the integer power n, negative n inverts (numpy.linalg.matrix_power). */
  @Fn
  public Array matrixPower(Array a, long n) {
    return Decompositions.matrixPower(a, n);
  }

  /** Returns the rank by SVD, int64; rtol stands for tol (numpy.linalg.matrix_rank). */
  @Fn
  public Array matrixRank(
      @P("A") Array a,
      @Default("None") Object tol,
      @Default("False") boolean hermitian,
      @Default("None") Object rtol) {
    return Decompositions.matrixRank(f(a), rtol == null ? tol : rtol);
  }

  /**
   * Returns the 2-norm condition number, largest over smallest singular value (numpy.linalg.cond; p
   * must be None or 2).
   */
  @Fn
  public Array cond(Array x, @Default("None") Object p) {
    Checks.check(
        p == null || Long.valueOf(2).equals(p),
        "linalg.cond",
        "only p=None or 2 is supported; got %s",
        p);
    return NumpyComposites.cond(x);
  }

  /** Returns the lower (or upper) Cholesky factor (numpy.linalg.cholesky). */
  @Fn
  public Array cholesky(Array a, @Default("False") boolean upper) {
    return Decompositions.cholesky(f(a), upper);
  }

  /**
   * Returns [q, r] ("reduced", "complete") or r alone ("r") (numpy.linalg.qr).
   *
   * @throws dev.ivy.errors.IvyArgumentException for mode "raw"
   */
  @Fn
  public Object qr(Array a, @Default("'reduced'") QrMode mode) {
    Modes.accept("linalg.qr", "mode", mode, QrMode.REDUCED, QrMode.COMPLETE, QrMode.R);
    Array[] r = Decompositions.qr(f(a), mode == QrMode.COMPLETE ? "complete" : "reduced");
    return mode == QrMode.R ? r[1] : Arrays.asList(r);
  }

  /** Returns [u, s, vh], or s alone when compute_uv is false (numpy.linalg.svd). */
  @Fn
  public Object svd(
      Array a,
      @Default("True") boolean fullMatrices,
      @Default("True") boolean computeUv,
      @Default("False") boolean hermitian) {
    if (!computeUv) {
      return Decompositions.svdvals(f(a));
    }
    return Arrays.asList(Decompositions.svd(f(a), fullMatrices));
  }

  /** Returns the singular values (numpy.linalg.svdvals). */
  @Fn
  public Array svdvals(Array x) {
    return Decompositions.svdvals(f(x));
  }

  /** Returns [eigenvalues, eigenvectors] of a symmetric matrix (numpy.linalg.eigh). */
  @Fn
  public List<Array> eigh(Array a, @P("UPLO") @Default("'L'") Uplo uplo) {
    return Arrays.asList(Decompositions.eigh(f(a)));
  }

  /** Returns the eigenvalues of a symmetric matrix (numpy.linalg.eigvalsh). */
  @Fn
  public Array eigvalsh(Array a, @P("UPLO") @Default("'L'") Uplo uplo) {
    return Decompositions.eigvalsh(f(a));
  }

  /** Returns the matrix product (numpy.linalg.matmul). */
  @Fn
  public Array matmul(Array x1, Array x2) {
    return Linalg.matmul(x1, x2);
  }

  /** Returns the product of a chain of matrices (numpy.linalg.multi_dot). */
  @Fn
  public Array multiDot(List<Array> arrays, @Default("None") Array out) {
    NumpyComposites.noOut("linalg.multi_dot", out);
    Checks.check(
        arrays.size() >= 2,
        "linalg.multi_dot",
        "arrays must hold at least two arrays; got %s",
        arrays.size());
    Array r = arrays.get(0);
    for (int i = 1; i < arrays.size(); i++) {
      r = Linalg.matmul(r, arrays.get(i));
    }
    return r;
  }

  /** Returns the outer product of two vectors (numpy.linalg.outer). */
  @Fn
  public Array outer(Array x1, Array x2) {
    return Linalg.outer(x1, x2);
  }

  /** Returns the cross product along axis (numpy.linalg.cross). */
  @Fn
  public Array cross(Array x1, Array x2, @Default("-1") int axis) {
    return Linalg.cross(x1, x2, axis);
  }

  /** Returns the diagonal of the last two axes (numpy.linalg.diagonal). */
  @Fn
  public Array diagonal(Array x, @Default("0") long offset) {
    return Linalg.diagonal(x, offset);
  }

  /** Returns the trace of the last two axes, summed in dtype (numpy.linalg.trace). */
  @Fn
  public Array trace(Array x, @Default("0") long offset, @Default("None") DType dtype) {
    return NumpyFrontend.sum(Linalg.diagonal(x, offset), new int[] {-1}, dtype);
  }

  /** Returns the matrix transpose of the last two axes (numpy.linalg.matrix_transpose). */
  @Fn
  public Array matrixTranspose(Array x) {
    return Manipulation.matrixTranspose(x);
  }

  /** Returns the vector norm over axis (numpy.linalg.vector_norm). */
  @Fn
  public Array vectorNorm(
      Array x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims,
      @Default("2") Object ord) {
    return dev.ivy.ops.Extras.vectorNorm(f(x), axis, keepdims, ord);
  }

  /** Returns the matrix norm of the last two axes (numpy.linalg.matrix_norm). */
  @Fn
  public Array matrixNorm(
      Array x, @Default("False") boolean keepdims, @Default("'fro'") Object ord) {
    return Linalg.matrixNorm(f(x), ord, keepdims);
  }

  /** Returns the dot product along axis (numpy.linalg.vecdot). */
  @Fn
  public Array vecdot(Array x1, Array x2, @Default("-1") int axis) {
    return Linalg.vecdot(x1, x2, axis);
  }

  /** Returns the tensor dot product (numpy.linalg.tensordot). */
  @Fn
  public Array tensordot(Array x1, Array x2, @Default("2") Object axes) {
    return NumpyFrontend.tensordot(x1, x2, axes);
  }
}
