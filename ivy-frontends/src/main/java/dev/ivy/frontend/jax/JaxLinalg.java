package dev.ivy.frontend.jax;

import static dev.ivy.frontend.jax.JaxTypes.canon;
import static dev.ivy.frontend.jax.JaxTypes.toFloat;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Uplo;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.frontend.numpy.Modes;
import dev.ivy.frontend.numpy.NumpyFrontend;
import dev.ivy.frontend.numpy.QrMode;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.P;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code jax.numpy.linalg} namespace; integer inputs compute in float32 and no result is
 * 64-bit. Reached as {@code JaxFrontend.numpy.linalg}.
 */
@Namespace(frontend = "jax", prefix = "numpy.linalg", path = "JaxFrontend.numpy.linalg")
public final class JaxLinalg extends JaxLinalgDefaults {
  JaxLinalg() {}

  private static List<Array> out(Array[] r) {
    return JaxTypes.canon(Arrays.asList(r));
  }

  /**
   * Returns the norm of {@code x} (jnp.linalg.norm): with axis null, the 2-norm of a vector or the
   * Frobenius norm of a matrix (of the flattened array when ord is null too); with one axis a
   * vector norm of order ord; with two axes a matrix norm ("fro", "nuc", 1, -1, 2, -2, inf, -inf).
   *
   * @param ord null, a number, or "fro", "nuc", "inf", "-inf"
   */
  @Fn
  public Array norm(
      Array x,
      @Default("None") Object ord,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims) {
    Array f = toFloat(x);
    if (axis == null) {
      if (ord == null) {
        Array r = Extras.vectorNorm(f, null, false, 2L);
        if (keepdims) {
          long[] s = new long[f.rank()];
          Arrays.fill(s, 1);
          r = Manipulation.reshape(r, s);
        }
        return canon(r);
      }
      if (f.rank() == 1) {
        return canon(Extras.vectorNorm(f, new int[] {0}, keepdims, ord));
      }
      if (f.rank() == 2) {
        return canon(Linalg.matrixNorm(f, ord, keepdims));
      }
      throw new IvyArgumentException(
          "linalg.norm: x must be 1-d or 2-d when ord is given without axis; got shape "
              + f.shape());
    }
    if (axis.length == 1) {
      return canon(Extras.vectorNorm(f, axis, keepdims, ord == null ? 2L : ord));
    }
    if (axis.length == 2) {
      int r = f.rank();
      int a0 = axis[0] < 0 ? axis[0] + r : axis[0];
      int a1 = axis[1] < 0 ? axis[1] + r : axis[1];
      Array m = Manipulation.moveaxis(f, new int[] {a0, a1}, new int[] {-2, -1});
      Array n = Linalg.matrixNorm(m, ord == null ? "fro" : ord, false);
      if (keepdims) {
        int lo = Math.min(a0, a1);
        int hi = Math.max(a0, a1);
        n = Manipulation.expandDims(Manipulation.expandDims(n, lo), hi);
      }
      return canon(n);
    }
    throw new IvyArgumentException(
        "linalg.norm: axis must be None, an integer or a pair; got " + Arrays.toString(axis));
  }

  /** Returns the vector norm over axis (all when null) (jnp.linalg.vector_norm). */
  @Fn
  public Array vectorNorm(
      Array x,
      @Default("None") int[] axis,
      @Default("False") boolean keepdims,
      @Default("2") Object ord) {
    return canon(Extras.vectorNorm(toFloat(x), axis, keepdims, ord));
  }

  /** Returns the matrix norm over the last two axes (jnp.linalg.matrix_norm). */
  @Fn
  public Array matrixNorm(
      Array x, @Default("False") boolean keepdims, @Default("'fro'") Object ord) {
    return canon(Linalg.matrixNorm(toFloat(x), ord, keepdims));
  }

  /** Returns the determinant of each square matrix (jnp.linalg.det). */
  @Fn
  public Array det(Array a) {
    return canon(Decompositions.det(toFloat(a)));
  }

  /** Returns [sign, log|det|] of each square matrix (jnp.linalg.slogdet). */
  @Fn
  public List<Array> slogdet(Array a) {
    return out(Decompositions.slogdet(toFloat(a)));
  }

  /** Returns the inverse of each square matrix (jnp.linalg.inv). */
  @Fn
  public Array inv(Array a) {
    return canon(Decompositions.inv(toFloat(a)));
  }

  /** Returns x with a x = b (jnp.linalg.solve). */
  @Fn
  public Array solve(Array a, Array b) {
    Object[] p = JaxTypes.promoted(toFloat(a), toFloat(b));
    return canon(Decompositions.solve((Array) p[0], (Array) p[1]));
  }

  /** Returns the Cholesky factor, lower unless {@code upper} (jnp.linalg.cholesky). */
  @Fn
  public Array cholesky(Array a, @Default("False") boolean upper) {
    return canon(Decompositions.cholesky(toFloat(a), upper));
  }

  /** Returns [q, r] ("reduced" or "complete"), or [r] for mode "r" (jnp.linalg.qr). */
  @Fn
  public Object qr(Array a, @Default("'reduced'") QrMode mode) {
    Modes.accept("linalg.qr", "mode", mode, QrMode.REDUCED, QrMode.COMPLETE, QrMode.R);
    if (mode == QrMode.R) {
      return canon(Decompositions.qr(toFloat(a), "reduced")[1]);
    }
    return out(Decompositions.qr(toFloat(a), mode == QrMode.COMPLETE ? "complete" : "reduced"));
  }

  /**
   * Returns [u, s, vh], or the singular values when {@code computeUv} is false (jnp.linalg.svd);
   * {@code hermitian} is ignored.
   */
  @Fn
  public Object svd(
      Array a,
      @Default("True") boolean fullMatrices,
      @Default("True") boolean computeUv,
      @Default("False") boolean hermitian) {
    if (!computeUv) {
      return svdvals(a);
    }
    return out(Decompositions.svd(toFloat(a), fullMatrices));
  }

  /** Returns the singular values in descending order (jnp.linalg.svdvals). */
  @Fn
  public Array svdvals(Array x) {
    return canon(Decompositions.svdvals(toFloat(x)));
  }

  /**
   * Returns [eigenvalues ascending, eigenvectors] of a symmetric matrix (jnp.linalg.eigh), made
   * symmetric as (a + a^T) / 2 first when {@code symmetrizeInput}; {@code uplo} is ignored.
   */
  @Fn
  public List<Array> eigh(
      Array a, @P("UPLO") @Default("None") Uplo uplo, @Default("True") boolean symmetrizeInput) {
    if (symmetrizeInput) {
      JaxNumpy np = JaxFrontend.numpy;
      a = np.divide(np.add(a, np.matrixTranspose(a)), 2.0);
    }
    return out(Decompositions.eigh(toFloat(a)));
  }

  /**
   * Returns the eigenvalues of a symmetric matrix in ascending order (jnp.linalg.eigvalsh); {@code
   * uplo} is ignored.
   */
  @Fn
  public Array eigvalsh(Array a, @P("UPLO") @Default("'L'") Uplo uplo) {
    return canon(Decompositions.eigvalsh(toFloat(a)));
  }

  /** Returns the pseudo-inverse (jnp.linalg.pinv); {@code hermitian} is ignored. */
  @Fn
  public Array pinv(Array a, @Default("None") Object rtol, @Default("False") boolean hermitian) {
    return canon(Decompositions.pinv(toFloat(a), rtol));
  }

  /** Returns the rank, int32 (jnp.linalg.matrix_rank). */
  @Fn
  public Array matrixRank(@P("M") Array m, @Default("None") Object rtol) {
    return canon(Decompositions.matrixRank(toFloat(m), rtol));
  }

  /** Returns the n-th power of a square matrix (jnp.linalg.matrix_power). */
  @Fn
  public Array matrixPower(Array a, long n) {
    Array c = canon(a);
    return canon(Decompositions.matrixPower(n < 0 ? toFloat(c) : c, n));
  }

  /** Returns the sum of the diagonal at offset over the last two axes (jnp.linalg.trace). */
  @Fn
  public Array trace(Array x, @Default("0") long offset, @Default("None") DType dtype) {
    return JaxFrontend.numpy.trace(x, offset, -2, -1, dtype);
  }

  /** Returns the diagonal at offset over the last two axes (jnp.linalg.diagonal). */
  @Fn
  public Array diagonal(Array x, @Default("0") long offset) {
    return canon(Linalg.diagonal(canon(x), offset));
  }

  /** Returns the outer product of two 1-d arrays (jnp.linalg.outer). */
  @Fn
  public Array outer(Array x1, Array x2) {
    return JaxFrontend.numpy.outer(x1, x2);
  }

  /** Returns the cross product along axis (jnp.linalg.cross). */
  @Fn
  public Array cross(Array x1, Array x2, @Default("-1") int axis) {
    return JaxFrontend.numpy.cross(x1, x2, axis);
  }

  /** Returns the dot product along axis (jnp.linalg.vecdot). */
  @Fn
  public Array vecdot(Array x1, Array x2, @Default("-1") int axis) {
    Object[] p = JaxTypes.promoted(x1, x2);
    return canon(Linalg.vecdot((Array) p[0], (Array) p[1], axis));
  }

  /** Returns the matrix product (jnp.linalg.matmul). */
  @Fn
  public Array matmul(Array x1, Array x2) {
    return JaxFrontend.numpy.matmul(x1, x2);
  }

  /** Returns the last two axes swapped (jnp.linalg.matrix_transpose). */
  @Fn
  public Array matrixTranspose(Array x) {
    return JaxFrontend.numpy.matrixTranspose(x);
  }

  // ------------------------------------------------------------------ NumPy's functions, JAX's
  // dtypes

  private static Array inArr(Array x) {
    return x == null ? null : canon(x);
  }

  /** Returns numpy.cond's result in JAX's 32-bit dtypes (jax.numpy.cond). */
  @Fn
  public Array cond(Array x, @Default("None") Object p) {
    return canon(NumpyFrontend.linalg.cond(inArr(x), p));
  }

  /** Returns numpy.multi_dot's result in JAX's 32-bit dtypes (jax.numpy.multi_dot). */
  @Fn
  public Array multiDot(List<Array> arrays, @Default("None") Array out) {
    return canon(NumpyFrontend.linalg.multiDot(arrays, inArr(out)));
  }

  /** Returns numpy.tensordot's result in JAX's 32-bit dtypes (jax.numpy.tensordot). */
  @Fn
  public Array tensordot(Array x1, Array x2, @Default("2") Object axes) {
    return canon(NumpyFrontend.linalg.tensordot(inArr(x1), inArr(x2), axes));
  }
}
