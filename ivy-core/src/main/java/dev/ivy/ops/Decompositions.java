package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.BackendFailureException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.rules.Broadcasting;
import dev.ivy.rules.TypePromotion;
import java.util.Arrays;
import java.util.List;

/**
 * Returns the matrix decompositions and the solvers built on them, with the array API's (NumPy 2)
 * semantics: every function works on the last two axes and batches over the leading ones.
 *
 * <p>Dtypes: floating inputs keep their dtype (float16 and bfloat16 are computed in a wider float
 * by core and cast back); integer and bool inputs are computed in float64, as NumPy does. Backends
 * may return factors whose signs differ; these functions normalise them so every backend gives the
 * same result: diag(R) of a QR is non-negative, and the largest-magnitude entry of each singular
 * vector (column of U) and of each eigenvector is positive.
 */
public final class Decompositions {
  private Decompositions() {}

  // ---- helpers ----

  private static DType floatDType(DType dt) {
    return dt.isFloating() ? dt : TypePromotion.DEFAULT_FLOAT;
  }

  /** Returns x as a float array of rank >= 2. */
  private static Array matrices(String fn, Array x) {
    Checks.check(
        x.rank() >= 2, fn, "x must have rank >= 2 (a stack of matrices); got shape %s", x.shape());
    return Manipulation.astype(x, floatDType(x.dtype()));
  }

  /** Returns x as a float stack of square matrices. */
  private static Array square(String fn, Array x) {
    Array a = matrices(fn, x);
    Checks.check(
        x.shape().dim(-1) == x.shape().dim(-2),
        fn,
        "x must be a (stack of) square matrices [..., n, n]; got shape %s",
        x.shape());
    return a;
  }

  private static Shape batchOf(Shape s) {
    return Shape.of(Arrays.copyOf(s.dims(), s.rank() - 2));
  }

  private static Shape withTail(Shape batch, long... tail) {
    long[] d = Arrays.copyOf(batch.dims(), batch.rank() + tail.length);
    System.arraycopy(tail, 0, d, batch.rank(), tail.length);
    return Shape.of(d);
  }

  /** Returns the symmetric matrix whose lower triangle is x's (what LAPACK reads with UPLO=L). */
  private static Array symmetricFromLower(Array x) {
    return Elementwise.add(Creation.tril(x, 0), Manipulation.matrixTranspose(Creation.tril(x, -1)));
  }

  /** Returns 0..n-1 (int64) on x's backend. */
  private static Array iota(Array like, long n) {
    return Creation.onBackend(
        like, () -> Dispatcher.bind(Prim.IOTA, new Params.Iota(n, DType.INT64)));
  }

  /** Returns whether every element of x is finite (true for symbolic arrays: no host read). */
  private static boolean allFinite(Array x) {
    if (x.isSymbolic() || x.size() == 0) {
      return true;
    }
    return Reductions.all(Elementwise.isfinite(x), null, false).toBooleanArray()[0];
  }

  /** Returns whether some element of x is exactly zero (false for symbolic arrays). */
  private static boolean anyZero(Array x) {
    if (x.isSymbolic() || x.size() == 0) {
      return false;
    }
    return Reductions.any(Elementwise.equal(x, 0), null, false).toBooleanArray()[0];
  }

  /** Returns ones of {@code shape} in x's dtype, on x's backend. */
  private static Array ones(Array like, Shape shape) {
    return Creation.onBackend(like, () -> Creation.ones(shape, like.dtype()));
  }

  /**
   * Returns the signs (+1 or -1, x's dtype) that make the largest-magnitude entry of each of the
   * first k columns of v positive, padded with ones to v's column count. Entries within a relative
   * 1e-4 (float32) or 1e-9 (float64) of the column's largest magnitude count as tied, and the first
   * of them decides, so that rounding differences between backends pick the same entry.
   */
  private static Array columnSigns(Array v, long k) {
    int rank = v.rank();
    long rows = v.shape().dim(-2);
    long cols = v.shape().dim(-1);
    Shape batch = batchOf(v.shape());
    if (k == 0 || v.size() == 0) {
      return ones(v, withTail(batch, cols));
    }
    Array vk = cols == k ? v : Manipulation.sliceAxis(v, rank - 1, 0, k, 1);
    Array ab = Elementwise.abs(vk);
    Array mx = Reductions.max(ab, new int[] {rank - 2}, true);
    double tol = v.dtype() == DType.FLOAT64 ? 1e-9 : 1e-4;
    Array near = Elementwise.greaterEqual(ab, Elementwise.multiply(mx, 1 - tol));
    Array idx = Reductions.argmax(Manipulation.astype(near, DType.INT8), rank - 2, true);
    Array pick = Elementwise.equal(Manipulation.reshape(iota(v, rows), Shape.of(rows, 1)), idx);
    Array val = Reductions.sum(Elementwise.where(pick, vk, 0), new int[] {rank - 2}, false, null);
    Array s = negativeToMinusOne(val);
    if (cols > k) {
      s = Manipulation.concat(List.of(s, ones(v, withTail(batch, cols - k))), -1);
    }
    return s;
  }

  /** Returns -1 where x &lt; 0 and +1 elsewhere, in x's dtype. */
  private static Array negativeToMinusOne(Array x) {
    Array neg = Manipulation.astype(Elementwise.less(x, 0), x.dtype());
    return Elementwise.subtract(1, Elementwise.multiply(neg, 2));
  }

  /** Returns the inversion-count parity of each permutation: +1 or -1 in {@code dtype}. */
  private static Array permutationSign(Array perm, DType dtype) {
    Array gt =
        Elementwise.greater(Manipulation.expandDims(perm, -1), Manipulation.expandDims(perm, -2));
    Array inv =
        Reductions.sum(
            Creation.triu(Manipulation.astype(gt, DType.INT64), 1),
            new int[] {-2, -1},
            false,
            DType.INT64);
    Array odd = Elementwise.remainder(inv, 2);
    return Manipulation.astype(Elementwise.subtract(1, Elementwise.multiply(odd, 2)), dtype);
  }

  /** Returns the rows of b ([..., n, k]) in the order {@code perm} ([..., n]) gives, exactly. */
  private static Array rowsAt(Array b, Array perm) {
    long n = b.shape().dim(-2);
    long k = b.shape().dim(-1);
    long count = batchOf(b.shape()).size();
    if (b.size() == 0) {
      return b;
    }
    Array offsets =
        Elementwise.multiply(Manipulation.reshape(iota(b, count), Shape.of(count, 1)), n);
    Array idx =
        Manipulation.reshape(
            Elementwise.add(Manipulation.reshape(perm, Shape.of(count, n)), offsets),
            Shape.of(count * n));
    Array rows = Indexing.take(Manipulation.reshape(b, Shape.of(count * n, k)), idx, 0);
    return Manipulation.reshape(rows, b.shape());
  }

  /** Returns the packed LU factors and the permutation of a float stack of square matrices. */
  private static Array[] lu(Array a) {
    return Dispatcher.bindMulti(Prim.LU, Params.None.INSTANCE, a);
  }

  /**
   * Returns X with A X = B for float A [..., n, n] and B [..., n, k] of equal batch, by LU with
   * partial pivoting and two triangular solves.
   *
   * @throws IvyArgumentException if A is singular (an exact zero pivot or a non-finite result)
   */
  private static Array luSolve(String fn, String arg, Array a, Array b) {
    Array[] f = lu(a);
    String msg = fn + ": " + arg + " must be invertible; got a singular matrix";
    if (anyZero(Linalg.diagonal(f[0], 0))) {
      throw new IvyArgumentException(msg);
    }
    Array pb = rowsAt(b, f[1]);
    Array y = Dispatcher.bind(Prim.TRIANGULAR_SOLVE, new Params.Triangular(true, true), f[0], pb);
    Array x = Dispatcher.bind(Prim.TRIANGULAR_SOLVE, new Params.Triangular(false, false), f[0], y);
    if (!allFinite(x) && allFinite(a) && allFinite(b)) {
      throw new IvyArgumentException(msg);
    }
    return x;
  }

  // ---- decompositions ----

  /**
   * Returns the Cholesky factor of a symmetric positive-definite matrix (stack): lower L with x = L
   * L^T, or upper U = L^T with x = U^T U when {@code upper}. Only the lower triangle of x is read.
   *
   * @throws IvyArgumentException if x is not a stack of square matrices, or is not
   *     positive-definite
   */
  public static Array cholesky(Array x, boolean upper) {
    String fn = "linalg.cholesky";
    Array a = symmetricFromLower(square(fn, x));
    Array l;
    try {
      l = Dispatcher.bind(Prim.CHOLESKY, Params.None.INSTANCE, a);
    } catch (BackendFailureException e) {
      throw new IvyArgumentException(
          fn + ": x must be symmetric positive-definite; got a matrix that is not", e);
    }
    l = Creation.tril(l, 0);
    Checks.check(
        !allFinite(a) || allFinite(l),
        fn,
        "x must be symmetric positive-definite; got a matrix that is not");
    return upper ? Manipulation.matrixTranspose(l) : l;
  }

  /**
   * Returns the QR factorisation (Q, R) of x [..., m, n]: mode "reduced" gives Q [..., m, k] and R
   * [..., k, n] with k = min(m, n); "complete" gives Q [..., m, m] and R [..., m, n]. Q has
   * orthonormal columns, R is upper triangular with a non-negative diagonal.
   *
   * @throws IvyArgumentException if x has rank &lt; 2 or mode is unknown
   */
  public static Array[] qr(Array x, String mode) {
    String fn = "linalg.qr";
    Checks.check(
        "reduced".equals(mode) || "complete".equals(mode),
        fn,
        "mode must be 'reduced' or 'complete'; got '%s'",
        mode);
    Array a = matrices(fn, x);
    Array[] f = Dispatcher.bindMulti(Prim.QR, new Params.Decomposition("complete".equals(mode)), a);
    Array q = f[0];
    Array r = Creation.triu(f[1], 0);
    long k = Math.min(a.shape().dim(-2), a.shape().dim(-1));
    long cols = q.shape().dim(-1);
    Shape batch = batchOf(a.shape());
    Array s = negativeToMinusOne(Linalg.diagonal(r, 0));
    if (cols > k) {
      s = Manipulation.concat(List.of(s, ones(a, withTail(batch, cols - k))), -1);
    }
    q = Elementwise.multiply(q, Manipulation.expandDims(s, -2));
    r = Elementwise.multiply(r, Manipulation.expandDims(s, -1));
    return new Array[] {q, r};
  }

  /**
   * Returns the singular value decomposition (U, S, Vh) of x [..., m, n], with x = U diag(S) Vh and
   * S descending; {@code fullMatrices} gives U [..., m, m] and Vh [..., n, n], else U [..., m, k]
   * and Vh [..., k, n] with k = min(m, n). The largest-magnitude entry of each of the first k
   * columns of U is positive (the rows of Vh follow).
   *
   * @throws IvyArgumentException if x has rank &lt; 2
   */
  public static Array[] svd(Array x, boolean fullMatrices) {
    Array a = matrices("linalg.svd", x);
    Array[] f = Dispatcher.bindMulti(Prim.SVD, new Params.Decomposition(fullMatrices), a);
    long k = f[1].shape().dim(-1);
    Array su = columnSigns(f[0], k);
    Array u = Elementwise.multiply(f[0], Manipulation.expandDims(su, -2));
    long vrows = f[2].shape().dim(-2);
    Array sv = su;
    if (vrows != su.shape().dim(-1)) {
      Shape batch = batchOf(a.shape());
      sv =
          vrows < su.shape().dim(-1)
              ? Manipulation.sliceAxis(su, su.rank() - 1, 0, vrows, 1)
              : Manipulation.concat(
                  List.of(su, ones(a, withTail(batch, vrows - su.shape().dim(-1)))), -1);
    }
    Array vh = Elementwise.multiply(f[2], Manipulation.expandDims(sv, -1));
    return new Array[] {u, f[1], vh};
  }

  /** Returns the singular values of x [..., m, n], descending, shape [..., min(m, n)]. */
  public static Array svdvals(Array x) {
    Array a = matrices("linalg.svdvals", x);
    return Dispatcher.bindMulti(Prim.SVD, new Params.Decomposition(false), a)[1];
  }

  /**
   * Returns the eigen-decomposition (eigenvalues, eigenvectors) of a symmetric matrix (stack): the
   * eigenvalues [..., n] ascending and the eigenvectors [..., n, n] as columns, each with its
   * largest-magnitude entry positive. Only the lower triangle of x is read.
   *
   * @throws IvyArgumentException if x is not a stack of square matrices
   */
  public static Array[] eigh(Array x) {
    Array a = symmetricFromLower(square("linalg.eigh", x));
    Array[] f = Dispatcher.bindMulti(Prim.EIGH, Params.None.INSTANCE, a);
    Array s = columnSigns(f[1], a.shape().dim(-1));
    return new Array[] {f[0], Elementwise.multiply(f[1], Manipulation.expandDims(s, -2))};
  }

  /** Returns the eigenvalues of a symmetric matrix (stack), ascending; see {@link #eigh}. */
  public static Array eigvalsh(Array x) {
    Array a = symmetricFromLower(square("linalg.eigvalsh", x));
    return Dispatcher.bindMulti(Prim.EIGH, Params.None.INSTANCE, a)[0];
  }

  // ---- solvers and functions of LU / SVD ----

  /**
   * Returns the solution of x1 @ y = x2. x1 is [..., n, n]; x2 is a vector [n] when it is 1-d (then
   * the result is [..., n]), else a stack of matrices [..., n, k] whose batch broadcasts with x1's.
   * The dtype is the promoted float dtype of the two.
   *
   * @throws IvyArgumentException on bad shapes or when x1 is singular
   */
  public static Array solve(Array x1, Array x2) {
    String fn = "linalg.solve";
    Checks.check(
        x1.rank() >= 2 && x1.shape().dim(-1) == x1.shape().dim(-2),
        fn,
        "x1 must be a (stack of) square matrices [..., n, n]; got shape %s",
        x1.shape());
    DType dt = floatDType(TypePromotion.promote(x1.dtype(), x2.dtype()));
    Array a = Manipulation.astype(x1, dt);
    Array b = Manipulation.astype(x2, dt);
    long n = a.shape().dim(-1);
    boolean vector = b.rank() == 1;
    if (vector) {
      Checks.check(
          b.shape().dim(0) == n,
          fn,
          "x2 of shape [n] must have n = x1.shape[-1] (%s); got shape %s",
          n,
          x2.shape());
      b = Manipulation.reshape(b, Shape.of(n, 1));
    } else {
      Checks.check(
          b.rank() >= 2 && b.shape().dim(-2) == n,
          fn,
          "x2 must have shape [%s] or [..., %s, k]; got shape %s",
          n,
          n,
          x2.shape());
    }
    long k = b.shape().dim(-1);
    Shape batch = Broadcasting.broadcast(fn, batchOf(a.shape()), batchOf(b.shape()));
    a = Manipulation.broadcastTo(a, withTail(batch, n, n));
    b = Manipulation.broadcastTo(b, withTail(batch, n, k));
    Array r = luSolve(fn, "x1", a, b);
    return vector ? Manipulation.reshape(r, withTail(batch, n)) : r;
  }

  /**
   * Returns the inverse of a square matrix (stack).
   *
   * @throws IvyArgumentException if x is not square or is singular
   */
  public static Array inv(Array x) {
    String fn = "linalg.inv";
    Array a = square(fn, x);
    long n = a.shape().dim(-1);
    Array eye =
        Manipulation.broadcastTo(
            Creation.onBackend(a, () -> Creation.eye(n, null, 0, a.dtype())), a.shape());
    return luSolve(fn, "x", a, eye);
  }

  /** Returns the determinant of a square matrix (stack), from its LU factors; 1 for 0x0. */
  public static Array det(Array x) {
    Array a = square("linalg.det", x);
    Array[] f = lu(a);
    Array d = Linalg.diagonal(f[0], 0);
    return Elementwise.multiply(
        permutationSign(f[1], a.dtype()), Reductions.prod(d, new int[] {-1}, false, null));
  }

  /**
   * Returns (sign, logabsdet) of the determinant of a square matrix (stack): sign is +1, -1 or 0
   * (singular, with logabsdet -inf).
   */
  public static Array[] slogdet(Array x) {
    Array a = square("linalg.slogdet", x);
    Array[] f = lu(a);
    Array d = Linalg.diagonal(f[0], 0);
    Array sign =
        Elementwise.multiply(
            permutationSign(f[1], a.dtype()),
            Reductions.prod(Elementwise.sign(d), new int[] {-1}, false, null));
    Array logabs = Reductions.sum(Elementwise.log(Elementwise.abs(d)), new int[] {-1}, false, null);
    return new Array[] {sign, logabs};
  }

  /** Returns the relative tolerance as an array broadcasting against [..., 1]. */
  private static Object relativeTolerance(Array a, Object rtol) {
    if (rtol == null) {
      double eps = a.dtype() == DType.FLOAT64 ? Math.ulp(1.0) : Math.ulp(1.0f);
      return Math.max(a.shape().dim(-2), a.shape().dim(-1)) * eps;
    }
    if (rtol instanceof Array r) {
      return Manipulation.expandDims(Manipulation.astype(r, a.dtype()), -1);
    }
    return Checks.number("matrix_rank", "rtol", rtol).doubleValue();
  }

  /**
   * Returns the Moore-Penrose pseudo-inverse [..., n, m] of x [..., m, n] from its SVD: singular
   * values at most {@code rtol} times the largest are treated as zero. rtol (a number or an array
   * broadcasting against the batch) defaults to max(m, n) * eps of x's dtype.
   */
  public static Array pinv(Array x, Object rtol) {
    Array a = matrices("linalg.pinv", x);
    long m = a.shape().dim(-2);
    long n = a.shape().dim(-1);
    if (m == 0 || n == 0) {
      Shape s = withTail(batchOf(a.shape()), n, m);
      return Creation.onBackend(a, () -> Creation.zeros(s, a.dtype()));
    }
    Array[] f = Dispatcher.bindMulti(Prim.SVD, new Params.Decomposition(false), a);
    Array s = f[1];
    Array cutoff =
        Elementwise.multiply(relativeTolerance(a, rtol), Reductions.max(s, new int[] {-1}, true));
    Array large = Elementwise.greater(s, cutoff);
    Array sinv = Elementwise.where(large, Elementwise.divide(1, Elementwise.where(large, s, 1)), 0);
    return Linalg.matmul(
        Manipulation.matrixTranspose(f[2]),
        Elementwise.multiply(
            Manipulation.expandDims(sinv, -1), Manipulation.matrixTranspose(f[0])));
  }

  /**
   * Returns the rank (int64, shape [...]) of a matrix (stack): the number of singular values
   * greater than {@code rtol} times the largest, rtol defaulting to max(m, n) * eps (NumPy's rule).
   */
  public static Array matrixRank(Array x, Object rtol) {
    Array a = matrices("linalg.matrix_rank", x);
    Shape batch = batchOf(a.shape());
    if (Math.min(a.shape().dim(-2), a.shape().dim(-1)) == 0) {
      return Creation.onBackend(a, () -> Creation.zeros(batch, DType.INT64));
    }
    Array s = svdvals(a);
    Array tol =
        Elementwise.multiply(Reductions.max(s, new int[] {-1}, true), relativeTolerance(a, rtol));
    return Reductions.sum(
        Manipulation.astype(Elementwise.greater(s, tol), DType.INT64),
        new int[] {-1},
        false,
        DType.INT64);
  }

  /**
   * Returns x raised to the integer power n by repeated squaring (NumPy's order of products): the
   * identity in x's dtype for n = 0, and powers of inv(x) (a float) for n &lt; 0.
   *
   * @throws IvyArgumentException if x is not square, or n &lt; 0 and x is singular
   */
  public static Array matrixPower(Array x, long n) {
    String fn = "linalg.matrix_power";
    Checks.check(
        x.rank() >= 2 && x.shape().dim(-1) == x.shape().dim(-2),
        fn,
        "x must be a (stack of) square matrices [..., n, n]; got shape %s",
        x.shape());
    if (n == 0) {
      long m = x.shape().dim(-1);
      return Manipulation.broadcastTo(
          Creation.onBackend(x, () -> Creation.eye(m, null, 0, x.dtype())), x.shape());
    }
    Array a = x;
    if (n < 0) {
      a = inv(x);
      n = -n;
    }
    if (n == 1) {
      return a;
    }
    if (n == 2) {
      return Linalg.matmul(a, a);
    }
    if (n == 3) {
      return Linalg.matmul(Linalg.matmul(a, a), a);
    }
    Array z = null;
    Array result = null;
    while (n > 0) {
      z = z == null ? a : Linalg.matmul(z, z);
      long bit = n % 2;
      n /= 2;
      if (bit == 1) {
        result = result == null ? z : Linalg.matmul(result, z);
      }
    }
    return result;
  }

  /**
   * Returns X solving a triangular system with a's {@code upper} (else lower) triangle, its
   * diagonal taken as ones when {@code unitDiagonal} and the triangle transposed when {@code
   * transpose}: T X = B when {@code left}, else X T = B. The rest of a is not read.
   */
  public static Array solveTriangular(
      Array a, Array b, boolean upper, boolean left, boolean unitDiagonal, boolean transpose) {
    Array t = upper ? Creation.triu(a, 0) : Creation.tril(a, 0);
    if (unitDiagonal) {
      Array eye = Creation.eye(a.shape().dim(-1), null, 0, a.dtype());
      t = Elementwise.add(Elementwise.multiply(t, Elementwise.subtract(1.0, eye)), eye);
    }
    if (transpose) {
      t = Manipulation.matrixTranspose(t);
    }
    if (left) {
      return solve(t, b);
    }
    return Manipulation.matrixTranspose(
        solve(Manipulation.matrixTranspose(t), Manipulation.matrixTranspose(b)));
  }
}
