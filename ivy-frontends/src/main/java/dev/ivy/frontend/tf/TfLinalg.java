package dev.ivy.frontend.tf;

import static dev.ivy.frontend.tf.TfTypes.axes;
import static dev.ivy.frontend.tf.TfTypes.axis;
import static dev.ivy.frontend.tf.TfTypes.cast;
import static dev.ivy.frontend.tf.TfTypes.error;
import static dev.ivy.frontend.tf.TfTypes.floating;
import static dev.ivy.frontend.tf.TfTypes.numeric;
import static dev.ivy.frontend.tf.TfTypes.pair;
import static dev.ivy.frontend.tf.TfTypes.scalar;
import static dev.ivy.frontend.tf.TfTypes.tensor;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Einsum;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.P;
import java.util.List;

/**
 * {@code tf.linalg}: products, decompositions and matrix helpers. Reached as {@link
 * TfFrontend#linalg}; each function is declared once ({@code @Fn}) and registered under {@code
 * tensorflow.linalg.<name>}. Tensor arguments are {@code Object}: a tensor, a Python number or a
 * nested list, converted by TensorFlow's rules (Python ints int32, floats float32).
 */
@Namespace(frontend = "tensorflow", prefix = "linalg", path = "TfFrontend.linalg", ignored = "name")
public final class TfLinalg extends TfLinalgDefaults {
  TfLinalg() {}

  /**
   * {@code tf.linalg.matmul(a, b, transpose_a=False, transpose_b=False, adjoint_a=False,
   * adjoint_b=False)}. adjoint_a / adjoint_b act as transpose_a / transpose_b (real tensors);
   * a_is_sparse, b_is_sparse and output_type are accepted and ignored.
   */
  @Fn(value = "matmul", also = "matmul")
  public Array matmul(
      Object a,
      Object b,
      @Default("False") boolean transposeA,
      @Default("False") boolean transposeB,
      @Default("False") boolean adjointA,
      @Default("False") boolean adjointB,
      @Default("False") boolean aIsSparse,
      @Default("False") boolean bIsSparse,
      @Default("None") DType outputType) {
    String fn = "linalg.matmul";
    transposeA |= adjointA;
    transposeB |= adjointB;
    Array[] p = pair(fn, a, b);
    numeric(fn, p[0]);
    if (p[0].rank() < 2 || p[1].rank() < 2) {
      throw error(
          fn, "a and b must have rank >= 2; got shapes " + p[0].shape() + " and " + p[1].shape());
    }
    Array x = transposeA ? Manipulation.matrixTranspose(p[0]) : p[0];
    Array y = transposeB ? Manipulation.matrixTranspose(p[1]) : p[1];
    return Linalg.matmul(x, y);
  }

  /**
   * {@code tf.linalg.matvec(a, b, transpose_a=False)}. adjoint_a acts as transpose_a (real
   * tensors); a_is_sparse and b_is_sparse are accepted and ignored.
   */
  @Fn
  public Array matvec(
      Object a,
      Object b,
      @Default("False") boolean transposeA,
      @Default("False") boolean adjointA,
      @Default("False") boolean aIsSparse,
      @Default("False") boolean bIsSparse) {
    String fn = "linalg.matvec";
    transposeA |= adjointA;
    Array[] p = pair(fn, a, b);
    Array x = transposeA ? Manipulation.matrixTranspose(p[0]) : p[0];
    return Manipulation.squeeze(Linalg.matmul(x, Manipulation.expandDims(p[1], -1)), -1 + x.rank());
  }

  /**
   * {@code tf.linalg.band_part(input, num_lower, num_upper)}: keeps the band of num_lower
   * sub-diagonals and num_upper super-diagonals; a negative count keeps the whole triangle.
   */
  @Fn
  public Array bandPart(Object input, long numLower, long numUpper) {
    String fn = "linalg.band_part";
    Array x = tensor(fn, "input", input);
    if (x.rank() < 2) {
      throw error(fn, "input must have rank >= 2; got shape " + x.shape());
    }
    Array r = x;
    if (numUpper >= 0) {
      r = Creation.tril(r, numUpper);
    }
    if (numLower >= 0) {
      r = Creation.triu(r, -numLower);
    }
    return r;
  }

  /** {@code tf.linalg.det(input)}. */
  @Fn
  public Array det(Object input) {
    return Decompositions.det(floating("linalg.det", tensor("linalg.det", "input", input)));
  }

  /** {@code tf.linalg.slogdet(input)}: [sign, log|det|]. */
  @Fn
  public List<Array> slogdet(Object input) {
    Array[] r =
        Decompositions.slogdet(
            floating("linalg.slogdet", tensor("linalg.slogdet", "input", input)));
    return List.of(r[0], r[1]);
  }

  /** {@code tf.linalg.logdet(matrix)}: log det of a Hermitian positive definite matrix. */
  @Fn
  public Array logdet(Object matrix) {
    return slogdet(matrix).get(1);
  }

  /** {@code tf.linalg.inv(input, adjoint=False)}. */
  @Fn
  public Array inv(Object input, @Default("False") boolean adjoint) {
    Array x = floating("linalg.inv", tensor("linalg.inv", "input", input));
    Array r = Decompositions.inv(x);
    return adjoint ? Manipulation.matrixTranspose(r) : r;
  }

  /** {@code tf.linalg.cholesky(input)}: lower triangular. */
  @Fn
  public Array cholesky(Object input) {
    return Decompositions.cholesky(
        floating("linalg.cholesky", tensor("linalg.cholesky", "input", input)), false);
  }

  /** {@code tf.linalg.qr(input, full_matrices=False)}: [q, r]. */
  @Fn
  public List<Array> qr(Object input, @Default("False") boolean fullMatrices) {
    Array[] r =
        Decompositions.qr(
            floating("linalg.qr", tensor("linalg.qr", "input", input)),
            fullMatrices ? "complete" : "reduced");
    return List.of(r[0], r[1]);
  }

  /**
   * {@code tf.linalg.svd(tensor, full_matrices=False, compute_uv=True)}: [s, u, v] with a = u
   * diag(s) vᴴ (v, not vᴴ, as TensorFlow returns), or s alone.
   */
  @Fn
  public Object svd(
      Object tensor, @Default("False") boolean fullMatrices, @Default("True") boolean computeUv) {
    Array x = floating("linalg.svd", tensor("linalg.svd", "tensor", tensor));
    if (!computeUv) {
      return Decompositions.svdvals(x);
    }
    Array[] r = Decompositions.svd(x, fullMatrices);
    return List.of(r[1], r[0], Manipulation.matrixTranspose(r[2]));
  }

  /** {@code tf.linalg.eigh(tensor)}: [eigenvalues, eigenvectors]. */
  @Fn
  public List<Array> eigh(Object tensor) {
    Array[] r =
        Decompositions.eigh(floating("linalg.eigh", tensor("linalg.eigh", "tensor", tensor)));
    return List.of(r[0], r[1]);
  }

  /** {@code tf.linalg.eigvalsh(tensor)}. */
  @Fn
  public Array eigvalsh(Object tensor) {
    return Decompositions.eigvalsh(
        floating("linalg.eigvalsh", tensor("linalg.eigvalsh", "tensor", tensor)));
  }

  /** {@code tf.linalg.solve(matrix, rhs, adjoint=False)}. */
  @Fn
  public Array solve(Object matrix, Object rhs, @Default("False") boolean adjoint) {
    String fn = "linalg.solve";
    Array[] p = pair(fn, matrix, rhs);
    floating(fn, p[0]);
    if (p[1].rank() < 2) {
      throw error(fn, "rhs must have rank >= 2 ([..., M, K]); got shape " + p[1].shape());
    }
    Array m = adjoint ? Manipulation.matrixTranspose(p[0]) : p[0];
    return Decompositions.solve(m, p[1]);
  }

  /** {@code tf.linalg.triangular_solve(matrix, rhs, lower=True, adjoint=False)}. */
  @Fn
  public Array triangularSolve(
      Object matrix,
      Object rhs,
      @Default("True") boolean lower,
      @Default("False") boolean adjoint) {
    String fn = "linalg.triangular_solve";
    Array[] p = pair(fn, matrix, rhs);
    Array m = lower ? Creation.tril(p[0], 0) : Creation.triu(p[0], 0);
    if (adjoint) {
      m = Manipulation.matrixTranspose(m);
    }
    return Decompositions.solve(floating(fn, m), p[1]);
  }

  /** {@code tf.linalg.pinv(a, rcond=None)}. validate_args is accepted and ignored. */
  @Fn
  public Array pinv(
      Object a, @Default("None") Object rcond, @Default("False") boolean validateArgs) {
    return Decompositions.pinv(floating("linalg.pinv", tensor("linalg.pinv", "a", a)), rcond);
  }

  /** {@code tf.linalg.matrix_rank(a, tol=None)}: int32. validate_args is accepted and ignored. */
  @Fn
  public Array matrixRank(
      Object a, @Default("None") Object tol, @Default("False") boolean validateArgs) {
    return cast(
        Decompositions.matrixRank(
            floating("linalg.matrix_rank", tensor("linalg.matrix_rank", "a", a)), tol),
        DType.INT32);
  }

  /** {@code tf.linalg.trace(x)}: the sum of the main diagonal of the last two axes. */
  @Fn
  public Array trace(Object x) {
    Array v = numeric("linalg.trace", tensor("linalg.trace", "x", x));
    return Linalg.trace(v, 0, v.dtype());
  }

  /** {@code tf.linalg.diag_part(input, k=0)}. */
  @Fn
  public Array diagPart(Object input, @Default("0") long k) {
    Array v = tensor("linalg.diag_part", "input", input);
    if (v.rank() < 2) {
      throw error("linalg.diag_part", "input must have rank >= 2; got shape " + v.shape());
    }
    return Linalg.diagonal(v, k);
  }

  /** {@code tf.linalg.diag(diagonal, k=0)}: batched diagonal matrices. */
  @Fn
  public Array diag(Object diagonal, @Default("0") long k) {
    String fn = "linalg.diag";
    Array d = tensor(fn, "diagonal", diagonal);
    if (d.rank() < 1) {
      throw error(fn, "diagonal must have rank >= 1; got a scalar");
    }
    if (d.rank() == 1) {
      return ExtraManipulation.diag(d, k);
    }
    if (k != 0) {
      throw error(fn, "k must be 0 for batched diagonals; got " + k);
    }
    long n = d.shape().dim(d.rank() - 1);
    Array eye = Creation.eye(n, n, 0, d.dtype());
    return Elementwise.multiply(Manipulation.expandDims(d, -1), eye);
  }

  /** {@code tf.linalg.set_diag(input, diagonal)}: input with its main diagonal replaced. */
  @Fn
  public Array setDiag(Object input, Object diagonal) {
    String fn = "linalg.set_diag";
    Array[] p = pair(fn, input, diagonal);
    Array x = p[0];
    long m = x.shape().dim(x.rank() - 2);
    long n = x.shape().dim(x.rank() - 1);
    Array eye = Elementwise.notEqual(Creation.eye(m, n, 0, DType.INT32), scalar(0, DType.INT32));
    long k = Math.min(m, n);
    if (p[1].rank() < 1 || p[1].shape().dim(p[1].rank() - 1) != k) {
      throw error(
          fn, "diagonal must have " + k + " entries in its last axis; got shape " + p[1].shape());
    }
    Array dm =
        Elementwise.multiply(
            Creation.eye(m, n, 0, x.dtype()), Manipulation.expandDims(pad(p[1], n - k), -2));
    return Elementwise.where(eye, dm, x);
  }

  private static Array pad(Array d, long extra) {
    if (extra == 0) {
      return d;
    }
    long[][] w = new long[d.rank()][2];
    w[d.rank() - 1][1] = extra;
    return ExtraManipulation.pad(d, w, "constant", 0);
  }

  /**
   * {@code tf.linalg.matrix_transpose(a, conjugate=False)}. conjugate is accepted and ignored (real
   * tensors).
   */
  @Fn({"matrix_transpose", "transpose"})
  public Array matrixTranspose(Object a, @Default("False") boolean conjugate) {
    Array v = tensor("linalg.matrix_transpose", "a", a);
    if (v.rank() < 2) {
      throw error("linalg.matrix_transpose", "a must have rank >= 2; got shape " + v.shape());
    }
    return Manipulation.matrixTranspose(v);
  }

  /** {@code tf.linalg.adjoint(matrix)}: the conjugate transpose (the transpose for reals). */
  @Fn
  public Array adjoint(Object matrix) {
    return matrixTranspose(matrix);
  }

  /** {@code tf.linalg.tensordot(a, b, axes)}. */
  @Fn(value = "tensordot", also = "tensordot")
  public Array tensordot(Object a, Object b, Object axes) {
    String fn = "linalg.tensordot";
    Array[] p = pair(fn, a, b);
    if (axes instanceof List<?> l
        && l.size() == 2
        && (l.get(0) instanceof List || l.get(1) instanceof List)) {
      return Linalg.tensordot(
          p[0],
          p[1],
          TfTypes.intsOrNull(fn, "axes", l.get(0)),
          TfTypes.intsOrNull(fn, "axes", l.get(1)));
    }
    long[] n = TfTypes.longs(fn, "axes", axes);
    if (n.length != 1 || n[0] < 0 || n[0] > Integer.MAX_VALUE) {
      throw error(
          fn,
          "axes must be a non-negative int or a pair of axis lists; got "
              + java.util.Arrays.toString(n));
    }
    return Linalg.tensordot(p[0], p[1], (int) n[0]);
  }

  /** {@code tf.linalg.einsum(equation, *inputs)}. */
  @Fn(value = "einsum", also = "einsum")
  public Array einsum(String equation, Object... inputs) {
    return einsum(equation, java.util.Arrays.asList(inputs));
  }

  /** Returns the contraction of a list of tensors that equation describes (tf.linalg.einsum). */
  public Array einsum(String equation, List<?> inputs) {
    List<Array> xs = TfTypes.same("linalg.einsum", "inputs", inputs);
    return Einsum.einsum(equation, xs.toArray(new Array[0]));
  }

  /** {@code tf.linalg.cross(a, b)}: on the last axis of size 3. */
  @Fn
  public Array cross(Object a, Object b) {
    String fn = "linalg.cross";
    Array[] p = pair(fn, a, b);
    return Linalg.cross(p[0], p[1], -1);
  }

  /**
   * Returns the identity matrix, batched by batch_shape ({@code tf.linalg.eye(num_rows,
   * num_columns=None, batch_shape=None, dtype=tf.float32)}, also {@code tf.eye}).
   */
  @Fn(value = "eye", also = "eye")
  public Array eye(
      long numRows,
      @Default("None") Long numColumns,
      @Default("None") long[] batchShape,
      @Default("'float32'") DType dtype) {
    if (numRows < 0 || (numColumns != null && numColumns < 0)) {
      throw error(
          "eye", "num_rows and num_columns must be >= 0; got " + numRows + " and " + numColumns);
    }
    Array e = Creation.eye(numRows, numColumns, 0, dtype == null ? DType.FLOAT32 : dtype);
    if (batchShape != null && batchShape.length > 0) {
      long[] s = new long[batchShape.length + 2];
      System.arraycopy(batchShape, 0, s, 0, batchShape.length);
      s[s.length - 2] = e.shape().dim(0);
      s[s.length - 1] = e.shape().dim(1);
      e = Manipulation.broadcastTo(e, Shape.of(s));
    }
    return e;
  }

  /** {@code tf.linalg.l2_normalize(x, axis=None, epsilon=1e-12)}. */
  public Array l2Normalize(Object x, int[] axis, double epsilon) {
    return TfFrontend.math.l2Normalize(x, axis, epsilon);
  }

  /**
   * {@code tf.linalg.norm(tensor, ord='euclidean', axis=None, keepdims=None)}: vector norms over
   * one axis (or all, flattened), matrix norms over two axes.
   */
  @Fn(value = "norm", also = "norm")
  public Array norm(
      Object tensor,
      @Default("'euclidean'") Object ord,
      @Default("None") int[] axis,
      @Default("None") Boolean keepdims) {
    String fn = "linalg.norm";
    Array x = floating(fn, tensor(fn, "tensor", tensor));
    Object o = ord == null || "euclidean".equals(ord) ? (Object) 2L : ord;
    if (axis != null && axis.length == 2) {
      int[] ax = axes(fn, axis, x.rank());
      if ("fro".equals(ord) || ord == null || "euclidean".equals(ord)) {
        return Extras.vectorNorm(x, ax, Boolean.TRUE.equals(keepdims), 2L);
      }
      Array moved = Manipulation.moveaxis(x, ax, new int[] {-2, -1});
      Array r = Linalg.matrixNorm(moved, ord, false);
      if (Boolean.TRUE.equals(keepdims)) {
        int[] sorted = ax.clone();
        java.util.Arrays.sort(sorted);
        r = Manipulation.expandDims(Manipulation.expandDims(r, sorted[0]), sorted[1]);
      }
      return r;
    }
    if ("fro".equals(o)) {
      o = 2L;
    }
    if (o instanceof String s && (s.equals("inf") || s.equals("-inf"))) {
      return Extras.vectorNorm(x, axes(fn, axis, x.rank()), Boolean.TRUE.equals(keepdims), s);
    }
    return Extras.vectorNorm(x, axes(fn, axis, x.rank()), Boolean.TRUE.equals(keepdims), o);
  }

  /**
   * {@code tf.linalg.global_norm(t_list)}: sqrt of the sum of squares of every tensor. use_norm is
   * accepted and ignored.
   */
  @Fn
  public Array globalNorm(@P("t_list") Object tensors, @Default("None") Object useNorm) {
    String fn = "linalg.global_norm";
    List<Array> xs = TfTypes.same(fn, "t_list", tensors);
    Array total = null;
    for (Array x : xs) {
      Array s = Reductions.sum(Elementwise.square(floating(fn, x)), null, false, x.dtype());
      total = total == null ? s : Elementwise.add(total, s);
    }
    return total == null ? scalar(0.0, DType.FLOAT32) : Elementwise.sqrt(total);
  }

  /**
   * {@code tf.linalg.lstsq(matrix, rhs, l2_regularizer=0.0)}: least squares via the pseudo-inverse
   * (or regularised normal equations). fast is accepted and ignored.
   */
  @Fn
  public Array lstsq(
      Object matrix,
      Object rhs,
      @Default("0.0") double l2Regularizer,
      @Default("True") boolean fast) {
    String fn = "linalg.lstsq";
    Array[] p = pair(fn, matrix, rhs);
    Array a = floating(fn, p[0]);
    if (l2Regularizer == 0) {
      return Linalg.matmul(Decompositions.pinv(a, null), p[1]);
    }
    Array at = Manipulation.matrixTranspose(a);
    long n = a.shape().dim(a.rank() - 1);
    Array g =
        Elementwise.add(
            Linalg.matmul(at, a),
            Elementwise.multiply(
                Creation.eye(n, n, 0, a.dtype()), scalar(l2Regularizer, a.dtype())));
    return Decompositions.solve(g, Linalg.matmul(at, p[1]));
  }

  /**
   * {@code tf.linalg.cholesky_solve(chol, rhs)}: solves A X = rhs given A's lower Cholesky factor.
   */
  @Fn
  public Array choleskySolve(Object chol, Object rhs) {
    String fn = "linalg.cholesky_solve";
    Array[] p = pair(fn, chol, rhs);
    Array l = Creation.tril(floating(fn, p[0]), 0);
    Array y = Decompositions.solve(l, p[1]);
    return Decompositions.solve(Manipulation.matrixTranspose(l), y);
  }

  /** {@code tf.linalg.normalize(tensor, ord='euclidean', axis=None)}: [tensor / norm, norm]. */
  @Fn
  public List<Array> normalize(
      Object tensor, @Default("'euclidean'") Object ord, @Default("None") int[] axis) {
    Array n = norm(tensor, ord, axis, true);
    Array x = tensor("linalg.normalize", "tensor", tensor);
    return List.of(Elementwise.divide(x, n), n);
  }

  /** {@code tf.linalg.tensor_diag(diagonal)}: for a 1-d diagonal, the diagonal matrix. */
  @Fn
  public Array tensorDiag(Object diagonal) {
    Array d = tensor("linalg.tensor_diag", "diagonal", diagonal);
    if (d.rank() != 1) {
      throw error("linalg.tensor_diag", "diagonal must be 1-d here; got shape " + d.shape());
    }
    return ExtraManipulation.diag(d, 0);
  }
}
