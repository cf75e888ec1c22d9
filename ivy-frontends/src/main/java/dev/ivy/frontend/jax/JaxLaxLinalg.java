package dev.ivy.frontend.jax;

import static dev.ivy.frontend.jax.JaxTypes.canon;

import dev.ivy.Array;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Manipulation;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import java.util.List;

/**
 * The {@code jax.lax.linalg} namespace: matrix decompositions and solves on the last two axes.
 * Reached as {@code JaxFrontend.lax.linalg}.
 */
@Namespace(frontend = "jax", prefix = "lax.linalg", path = "JaxFrontend.lax.linalg")
public final class JaxLaxLinalg extends JaxLaxLinalgDefaults {
  JaxLaxLinalg() {}

  private static Array floating(String fn, Array x) {
    Array c = canon(x);
    if (!c.dtype().isFloating() || c.rank() < 2) {
      throw new IvyArgumentException(
          fn + ": x must be a floating matrix (or a stack of them); got " + c.aval());
    }
    return c;
  }

  /**
   * Returns the lower Cholesky factor; with {@code symmetrizeInput} the matrix is first replaced by
   * (x + xᵀ) / 2 (lax.linalg.cholesky).
   */
  @Fn
  public Array cholesky(Array x, @Default("True") boolean symmetrizeInput) {
    Array a = floating("cholesky", x);
    if (symmetrizeInput) {
      a = Elementwise.multiply(Elementwise.add(a, Manipulation.matrixTranspose(a)), 0.5);
    }
    return canon(Decompositions.cholesky(a, false));
  }

  /**
   * Returns the solution of a triangular system: op(a) x = b when {@code leftSide}, else x op(a) =
   * b, where a's {@code lower} (or upper) triangle is used, op transposes when {@code transposeA},
   * and {@code unitDiagonal} takes the diagonal as ones (lax.linalg.triangular_solve).
   */
  @Fn
  public Array triangularSolve(
      Array a,
      Array b,
      @Default("False") boolean leftSide,
      @Default("False") boolean lower,
      @Default("False") boolean transposeA,
      @Default("False") boolean conjugateA,
      @Default("False") boolean unitDiagonal) {
    return canon(
        Decompositions.solveTriangular(
            floating("triangular_solve", a), canon(b), !lower, leftSide, unitDiagonal, transposeA));
  }

  /**
   * Returns the singular values when {@code computeUv} is false, else [u, s, vh] (lax.linalg.svd).
   */
  @Fn
  public Object svd(
      Array x,
      @Default("True") boolean fullMatrices,
      @Default("True") boolean computeUv,
      @Default("None") Object subsetByIndex,
      @Default("None") Object algorithm) {
    Array a = floating("svd", x);
    if (!computeUv) {
      return canon(Decompositions.svdvals(a));
    }
    return canon(List.of(Decompositions.svd(a, fullMatrices)));
  }
}
