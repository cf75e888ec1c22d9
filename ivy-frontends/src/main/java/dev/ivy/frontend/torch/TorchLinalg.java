package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import java.util.List;

/**
 * PyTorch's matrix products and {@code torch.linalg}: operands promote with torch's rules, {@code
 * mm}/{@code bmm} check their ranks, {@code linalg.norm} picks a vector or matrix norm from {@code
 * dim} and {@code ord}.
 */
final class TorchLinalg {
  private TorchLinalg() {}

  static Array matmul(Array x, Array y) {
    return TorchMath.binary(x, y, Linalg::matmul);
  }

  static Array mm(Array x, Array y) {
    if (x.rank() != 2 || y.rank() != 2) {
      throw new IvyArgumentException(
          "mm: both inputs must be 2-D; got shapes " + x.shape() + " and " + y.shape());
    }
    return matmul(x, y);
  }

  static Array bmm(Array x, Array y) {
    if (x.rank() != 3 || y.rank() != 3) {
      throw new IvyArgumentException(
          "bmm: both inputs must be 3-D; got shapes " + x.shape() + " and " + y.shape());
    }
    return matmul(x, y);
  }

  /** Returns {@code beta * input + alpha * (a @ b)}. */
  static Array addProduct(Array input, Array a, Array b, Number beta, Number alpha) {
    Array p = matmul(a, b);
    if (alpha.doubleValue() != 1.0) {
      p = Elementwise.multiply(p, alpha);
    }
    Array i = TorchTypes.cast(input, p.dtype());
    if (beta.doubleValue() == 0.0) {
      return Elementwise.add(p, Elementwise.multiply(i, 0L));
    }
    if (beta.doubleValue() != 1.0) {
      i = Elementwise.multiply(i, beta);
    }
    return Elementwise.add(i, p);
  }

  static Array dot(Array x, Array y) {
    if (x.rank() != 1 || y.rank() != 1) {
      throw new IvyArgumentException(
          "dot: both inputs must be 1-D; got shapes " + x.shape() + " and " + y.shape());
    }
    return matmul(x, y);
  }

  static Array inner(Array x, Array y) {
    if (x.rank() == 0 || y.rank() == 0) {
      return TorchMath.binary(x, y, Elementwise::multiply);
    }
    return TorchMath.binary(
        x, y, (a, b) -> Linalg.tensordot(a, b, new int[] {a.rank() - 1}, new int[] {b.rank() - 1}));
  }

  static Array outer(Array x, Array y) {
    return TorchMath.binary(x, y, Linalg::outer);
  }

  static Array tensordot(Array x, Array y, Object dims) {
    if (dims instanceof Number n) {
      return TorchMath.binary(x, y, (a, b) -> Linalg.tensordot(a, b, n.intValue()));
    }
    if (dims instanceof List<?> l && l.size() == 2) {
      int[] xa = TorchShapes.ints(l.get(0));
      int[] ya = TorchShapes.ints(l.get(1));
      return TorchMath.binary(x, y, (a, b) -> Linalg.tensordot(a, b, xa, ya));
    }
    throw new IvyArgumentException(
        "tensordot: dims must be an integer or two lists of dims; got " + dims);
  }

  static Array kron(Array x, Array y) {
    return TorchMath.binary(x, y, dev.ivy.ops.ExtraManipulation::kron);
  }

  static Array trace(Array x) {
    if (x.rank() != 2) {
      throw new IvyArgumentException("trace: input must be 2-D; got shape " + x.shape());
    }
    DType dt = x.dtype().isFloating() ? x.dtype() : DType.INT64;
    return Linalg.trace(TorchTypes.cast(x, dt), 0, dt);
  }

  static Array diag(Array x, long diagonal) {
    if (x.rank() > 2) {
      throw new IvyArgumentException("diag: input must be 1-D or 2-D; got shape " + x.shape());
    }
    return dev.ivy.ops.ExtraManipulation.diag(x, diagonal);
  }

  static Array diagonal(Array x, long offset, int dim1, int dim2) {
    int a = Checks.axis("diagonal", "dim1", dim1, x.rank());
    int b = Checks.axis("diagonal", "dim2", dim2, x.rank());
    Array m = Manipulation.moveaxis(x, new int[] {a, b}, new int[] {x.rank() - 2, x.rank() - 1});
    return Linalg.diagonal(m, offset);
  }

  static Array diagEmbed(Array x, long offset) {
    long k = Math.abs(offset);
    long n = x.shape().dim(-1) + k;
    Array eye = dev.ivy.ops.Creation.eye(n, n, offset, x.dtype());
    long[][] pw = new long[x.rank()][2];
    pw[x.rank() - 1] = new long[] {0, k};
    Array padded = dev.ivy.ops.ExtraManipulation.pad(x, pw, "constant", 0L);
    // row i of the diagonal holds x[i] when offset >= 0, column j holds x[j] otherwise
    Array v =
        offset >= 0
            ? Manipulation.expandDims(padded, x.rank())
            : Manipulation.expandDims(padded, x.rank() - 1);
    return Elementwise.multiply(eye, v);
  }

  static Array vectorNorm(Array x, Object ord, int[] dim, boolean keepdim, DType dtype) {
    Array f = TorchTypes.cast(TorchTypes.floating(x), dtype);
    int[] d = dim == null ? Checks.allAxes(x.rank()) : dim;
    return Extras.vectorNorm(f, d, keepdim, ordArg(ord));
  }

  private static Object ordArg(Object ord) {
    if (ord instanceof Double dd && dd.isInfinite()) {
      return dd > 0 ? "inf" : "-inf";
    }
    return ord == null ? 2L : ord;
  }

  static Array matrixNorm(Array x, Object ord, int[] dim, boolean keepdim) {
    Array f = TorchTypes.floating(x);
    if (dim != null) {
      f = Manipulation.moveaxis(f, dim, new int[] {x.rank() - 2, x.rank() - 1});
    }
    Object o = ord instanceof Double dd && dd.isInfinite() ? (dd > 0 ? "inf" : "-inf") : ord;
    return Linalg.matrixNorm(f, o == null ? "fro" : o, keepdim);
  }

  static Array norm(Array x, Object ord, int[] dim, boolean keepdim) {
    if (ord == null && dim == null) {
      return vectorNorm(Manipulation.reshape(x, -1), 2L, null, false, null);
    }
    boolean matrix = dim != null ? dim.length == 2 : x.rank() == 2;
    if (dim == null && ord != null && x.rank() != 1 && x.rank() != 2) {
      throw new IvyArgumentException(
          "linalg.norm: input must be 1-D or 2-D when ord is given without dim; got shape "
              + x.shape());
    }
    return matrix
        ? matrixNorm(x, ord, dim, keepdim)
        : vectorNorm(x, ord == null ? 2L : ord, dim, keepdim, null);
  }

  static Array multiDot(List<Array> xs) {
    if (xs.size() < 2) {
      throw new IvyArgumentException(
          "linalg.multi_dot: expected at least two tensors; got " + xs.size());
    }
    Array r = xs.get(0);
    for (int i = 1; i < xs.size(); i++) {
      r = matmul(r, xs.get(i));
    }
    return r;
  }

  static Array cdist(Array x1, Array x2, double p) {
    Array a = Manipulation.expandDims(x1, x1.rank() - 1);
    Array b = Manipulation.expandDims(x2, x2.rank() - 2);
    Array diff = TorchMath.binary(a, b, Elementwise::subtract);
    return vectorNorm(diff, p, new int[] {-1}, false, null);
  }

  static Array dist(Array x, Array y, Number p) {
    Array diff = TorchMath.binary(x, y, Elementwise::subtract);
    return vectorNorm(Manipulation.reshape(diff, -1), p, null, false, null);
  }

  static Array cross(Array x, Array y, int dim) {
    return TorchMath.binary(x, y, (a, b) -> Linalg.cross(a, b, dim));
  }

  static Array vecdot(Array x, Array y, int dim) {
    return TorchMath.binary(x, y, (a, b) -> Linalg.vecdot(a, b, dim));
  }

  static Array matrixRank(Array x) {
    return TorchTypes.cast(Decompositions.matrixRank(x, null), DType.INT64);
  }

  static Array logdet(Array x) {
    Array[] sl = Decompositions.slogdet(x);
    Array nan = Elementwise.multiply(sl[1], Double.NaN);
    return Elementwise.where(Elementwise.less(sl[0], 0L), nan, sl[1]);
  }

  static Array sumLast(Array x) {
    return Reductions.sum(x, new int[] {-1}, false, null);
  }

  /** Returns the matrix exponential by scaling and squaring of a Taylor series. */
  static Array matrixExp(Array x) {
    Array f = TorchTypes.floating(x);
    int squarings = 8;
    Array s = Elementwise.divide(f, (double) (1 << squarings));
    long n = f.shape().dim(-1);
    Array eye = Manipulation.broadcastTo(Creation.eye(n, n, 0, f.dtype()), f.shape());
    Array term = eye;
    Array sum = eye;
    for (int k = 1; k <= 18; k++) {
      term = Elementwise.divide(matmul(term, s), (double) k);
      sum = Elementwise.add(sum, term);
    }
    for (int i = 0; i < squarings; i++) {
      sum = matmul(sum, sum);
    }
    return sum;
  }

  /** Returns {@code m} after checking it is {@code rank}-D. */
  static Array mat(String fn, String name, Array m, int rank) {
    if (m.rank() != rank) {
      throw new IvyArgumentException(
          fn + ": " + name + " must be " + rank + "-D; got shape " + m.shape());
    }
    return m;
  }
}
