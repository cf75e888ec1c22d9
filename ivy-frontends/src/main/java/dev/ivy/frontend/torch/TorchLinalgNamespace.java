package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.QrMode;
import dev.ivy.Uplo;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Manipulation;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.P;
import java.util.List;

/**
 * {@code torch.linalg}, reached as {@code TorchFrontend.linalg}: norms, decompositions, solves and
 * products with PyTorch's parameter names ({@code A}, {@code B}, {@code UPLO}) and defaults.
 */
@Namespace(frontend = "torch", prefix = "linalg", path = "TorchFrontend.linalg")
public final class TorchLinalgNamespace extends TorchLinalgNamespaceDefaults {
  TorchLinalgNamespace() {}

  /**
   * Returns the vector 2-norm of the flattened input when ord and dim are None, else the {@code
   * ord} vector or matrix norm over {@code dim} (torch.linalg.norm).
   */
  @Fn
  public Array norm(
      Array input,
      @Default("None") Object ord,
      @Default("None") int[] dim,
      @Default("False") boolean keepdim,
      @Default("None") DType dtype) {
    return TorchTypes.cast(TorchLinalg.norm(input, ord, dim, keepdim), dtype);
  }

  /**
   * Returns the vector {@code ord}-norm over {@code dim}, all when None (torch.linalg.vector_norm).
   */
  @Fn
  public Array vectorNorm(
      Array x,
      @Default("2") Object ord,
      @Default("None") int[] dim,
      @Default("False") boolean keepdim,
      @Default("None") DType dtype) {
    return TorchLinalg.vectorNorm(x, ord, dim, keepdim, dtype);
  }

  /**
   * Returns the matrix norm ("fro", "nuc", 1, 2, inf...) over the two dimensions {@code dim}
   * (torch.linalg.matrix_norm).
   */
  @Fn
  public Array matrixNorm(
      @P("A") Array a,
      @Default("'fro'") Object ord,
      @Default("(-2, -1)") int[] dim,
      @Default("False") boolean keepdim,
      @Default("None") DType dtype) {
    return TorchTypes.cast(TorchLinalg.matrixNorm(a, ord, dim, keepdim), dtype);
  }

  /** Returns the inverse (torch.linalg.inv). */
  @Fn
  public Array inv(@P("A") Array a) {
    return Decompositions.inv(a);
  }

  /** Returns the determinant (torch.linalg.det). */
  @Fn
  public Array det(@P("A") Array a) {
    return Decompositions.det(a);
  }

  /** Returns (sign, log|det|) (torch.linalg.slogdet). */
  @Fn
  public List<Array> slogdet(@P("A") Array a) {
    return List.of(Decompositions.slogdet(a));
  }

  /** Returns the singular values, descending (torch.linalg.svdvals). */
  @Fn
  public Array svdvals(@P("A") Array a) {
    return Decompositions.svdvals(a);
  }

  /**
   * Returns the eigenvalues of a symmetric matrix, ascending (torch.linalg.eigvalsh); {@code UPLO}
   * is accepted and the full matrix is used.
   */
  @Fn
  public Array eigvalsh(@P("A") Array a, @P("UPLO") @Default("'L'") Uplo uplo) {
    return Decompositions.eigvalsh(a);
  }

  /** Returns the lower Cholesky factor, the upper when {@code upper} (torch.linalg.cholesky). */
  @Fn
  public Array cholesky(@P("A") Array a, @Default("False") boolean upper) {
    return Decompositions.cholesky(a, upper);
  }

  /** Returns X with A X = B, or X A = B when not {@code left} (torch.linalg.solve). */
  @Fn
  public Array solve(@P("A") Array a, @P("B") Array b, @Default("True") boolean left) {
    if (left) {
      return Decompositions.solve(a, b);
    }
    return Manipulation.matrixTranspose(
        Decompositions.solve(Manipulation.matrixTranspose(a), Manipulation.matrixTranspose(b)));
  }

  /**
   * Returns X solving a triangular system, A X = B ({@code left}) or X A = B, using A's upper or
   * lower triangle, its diagonal taken as ones when {@code unitriangular}
   * (torch.linalg.solve_triangular).
   */
  @Fn
  public Array solveTriangular(
      @P("A") Array a,
      @P("B") Array b,
      boolean upper,
      @Default("True") boolean left,
      @Default("False") boolean unitriangular) {
    return Decompositions.solveTriangular(a, b, upper, left, unitriangular, false);
  }

  /** Returns the Vandermonde matrix with increasing powers x^0, x^1, ... (torch.linalg.vander). */
  @Fn
  public Array vander(Array x, @P("N") @Default("None") Long n) {
    long cols = n == null ? x.shape().dim(-1) : n;
    Array powers = Creation.arange(0L, cols, 1L, x.dtype());
    return Elementwise.pow(Manipulation.expandDims(x, -1), powers);
  }

  /**
   * Returns the condition number in the 2-norm, the ratio of the largest to the smallest singular
   * value; other norms as torch.linalg.matrix_norm(A, p) · matrix_norm(inv(A), p)
   * (torch.linalg.cond).
   */
  @Fn
  public Array cond(@P("A") Array a, @Default("None") Object p) {
    if (p == null
        || Integer.valueOf(2).equals(p)
        || Long.valueOf(2).equals(p)
        || Double.valueOf(2).equals(p)) {
      Array s = Decompositions.svdvals(a);
      return Elementwise.divide(
          dev.ivy.ops.Reductions.max(s, new int[] {-1}, false),
          dev.ivy.ops.Reductions.min(s, new int[] {-1}, false));
    }
    return Elementwise.multiply(
        matrixNorm(a, p, new int[] {-2, -1}, false, null),
        matrixNorm(inv(a), p, new int[] {-2, -1}, false, null));
  }

  /** Returns [the inverse, int32 info zeros] (torch.linalg.inv_ex); errors raise as inv does. */
  @Fn
  public List<Array> invEx(@P("A") Array a, @Default("False") boolean checkErrors) {
    Array r = inv(a);
    return List.of(r, info(a));
  }

  /** Returns [the Cholesky factor, int32 info zeros] (torch.linalg.cholesky_ex). */
  @Fn
  public List<Array> choleskyEx(
      @P("A") Array a, @Default("False") boolean upper, @Default("False") boolean checkErrors) {
    return List.of(cholesky(a, upper), info(a));
  }

  private static Array info(Array a) {
    long[] d = a.shape().dims();
    long[] batch = java.util.Arrays.copyOf(d, Math.max(0, d.length - 2));
    return Creation.zeros(dev.ivy.Shape.of(batch), DType.INT32);
  }

  /**
   * Returns the pseudo-inverse with relative cutoff {@code rtol} (torch.linalg.pinv); atol and
   * hermitian are accepted and ignored.
   */
  @Fn
  public Array pinv(
      @P("A") Array a,
      @Default("None") Object atol,
      @Default("None") Object rtol,
      @Default("False") boolean hermitian) {
    return Decompositions.pinv(a, rtol);
  }

  /**
   * Returns the int64 numerical rank with relative cutoff {@code rtol} (torch.linalg.matrix_rank);
   * atol and hermitian are accepted and ignored.
   */
  @Fn
  public Array matrixRank(
      @P("A") Array a,
      @Default("None") Object atol,
      @Default("None") Object rtol,
      @Default("False") boolean hermitian) {
    return TorchTypes.cast(Decompositions.matrixRank(a, rtol), DType.INT64);
  }

  /** Returns A to the integer power n; negative n inverts (torch.linalg.matrix_power). */
  @Fn
  public Array matrixPower(@P("A") Array a, long n) {
    return Decompositions.matrixPower(a, n);
  }

  /** Returns the matrix exponential (torch.linalg.matrix_exp). */
  @Fn
  public Array matrixExp(@P("A") Array a) {
    return TorchLinalg.matrixExp(a);
  }

  /** Returns the chained matrix product of {@code tensors} (torch.linalg.multi_dot). */
  @Fn
  public Array multiDot(List<Array> tensors) {
    return TorchLinalg.multiDot(
        Checks.given("linalg.multi_dot", "tensors", tensors, "a sequence of arrays"));
  }

  /** Returns the cross product of 3-vectors along {@code dim} (torch.linalg.cross). */
  @Fn
  public Array cross(Array input, Array other, @Default("-1") int dim) {
    return TorchLinalg.cross(input, other, dim);
  }

  /** Returns the dot product along {@code dim} (torch.linalg.vecdot). */
  @Fn
  public Array vecdot(Array x, Array y, @Default("-1") int dim) {
    return TorchLinalg.vecdot(x, y, dim);
  }

  /** Returns the matrix product with broadcasting (torch.linalg.matmul). */
  @Fn
  public Array matmul(Array input, Array other) {
    return TorchLinalg.matmul(input, other);
  }

  /** Returns the diagonals of the matrices over dim1, dim2 (torch.linalg.diagonal). */
  @Fn
  public Array diagonal(
      @P("A") Array a,
      @Default("0") long offset,
      @Default("-2") int dim1,
      @Default("-1") int dim2) {
    return TorchLinalg.diagonal(a, offset, dim1, dim2);
  }

  /** Returns (Q, R); mode is "reduced" or "complete" (torch.linalg.qr; "r" is not supported). */
  @Fn
  public List<Array> qr(@P("A") Array a, @Default("'reduced'") QrMode mode) {
    return List.of(
        Decompositions.qr(a, Checks.given("linalg.qr", "mode", mode, QrMode.class).lower()));
  }

  /** Returns (U, S, Vh) (torch.linalg.svd). */
  @Fn
  public List<Array> svd(@P("A") Array a, @Default("True") boolean fullMatrices) {
    return List.of(Decompositions.svd(a, fullMatrices));
  }

  /**
   * Returns (eigenvalues ascending, eigenvectors) of a symmetric matrix (torch.linalg.eigh); {@code
   * UPLO} is accepted and the full matrix is used.
   */
  @Fn
  public List<Array> eigh(@P("A") Array a, @P("UPLO") @Default("'L'") Uplo uplo) {
    return List.of(Decompositions.eigh(a));
  }
}
