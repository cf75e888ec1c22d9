package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Einsum;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import java.util.List;

/**
 * The products of {@code numpy} and {@code jax.numpy} ({@code matmul}, {@code dot}, {@code
 * tensordot}, {@code einsum}, {@code convolve}...), written once and parameterised by the
 * framework's {@link DTypePolicy}: the operands promote by the policy and the result comes back in
 * its canonical dtype.
 */
public final class NumpyProducts {
  private NumpyProducts() {}

  private static Array[] promotedArrays(DTypePolicy p, Object a, Object v) {
    Object[] o = p.promoted(p.array(a), p.array(v));
    return new Array[] {(Array) o[0], (Array) o[1]};
  }

  /**
   * Returns the cross-correlation of two non-empty 1-D sequences, of the size {@code mode} asks for
   * (correlate).
   */
  public static Array correlate(DTypePolicy p, Object a, Object v, ConvolveMode mode) {
    Array[] av = promotedArrays(p, a, v);
    return p.result(NumpyComposites.correlate(av[0], av[1], mode));
  }

  /**
   * Returns the discrete linear convolution of two non-empty 1-D sequences, of the size {@code
   * mode} asks for (convolve).
   */
  public static Array convolve(DTypePolicy p, Object a, Object v, ConvolveMode mode) {
    Array[] av = promotedArrays(p, a, v);
    Array x = av[0];
    Array y = av[1];
    if (y.size() > x.size()) {
      Array t = x;
      x = y;
      y = t;
    }
    return p.result(NumpyComposites.correlate(x, Manipulation.flip(y, 0), mode));
  }

  /** Returns the matrix product with broadcast batch axes (matmul). */
  public static Array matmul(DTypePolicy p, Object x1, Object x2, Object out) {
    p.noOut("matmul", out);
    Array[] xy = promotedArrays(p, x1, x2);
    return p.result(Linalg.matmul(xy[0], xy[1]));
  }

  /**
   * Returns the dot product: a product for scalars, matmul up to 2-D b, else a sum over the last
   * axis of a and the second-last of b (dot).
   */
  public static Array dot(DTypePolicy p, Object a, Object b, Object out) {
    p.noOut("dot", out);
    Array[] xy = promotedArrays(p, a, b);
    Array x = xy[0];
    Array y = xy[1];
    if (x.rank() == 0 || y.rank() == 0) {
      return p.result(Elementwise.multiply(x, y));
    }
    if (y.rank() <= 2) {
      return p.result(Linalg.matmul(x, y));
    }
    return p.result(Linalg.tensordot(x, y, new int[] {x.rank() - 1}, new int[] {y.rank() - 2}));
  }

  /** Returns the dot product of the flattened arrays (vdot). */
  public static Array vdot(DTypePolicy p, Object a, Object b) {
    Array[] xy = promotedArrays(p, a, b);
    return p.result(
        Linalg.tensordot(Manipulation.reshape(xy[0], -1), Manipulation.reshape(xy[1], -1), 1));
  }

  /** Returns the sum of products over the last axes, a product for scalars (inner). */
  public static Array inner(DTypePolicy p, Object a, Object b) {
    Array[] xy = promotedArrays(p, a, b);
    Array x = xy[0];
    Array y = xy[1];
    if (x.rank() == 0 || y.rank() == 0) {
      return p.result(Elementwise.multiply(x, y));
    }
    return p.result(Linalg.tensordot(x, y, new int[] {x.rank() - 1}, new int[] {y.rank() - 1}));
  }

  /** Returns the outer product of the flattened arrays (outer). */
  public static Array outer(DTypePolicy p, Object a, Object b, Object out) {
    p.noOut("outer", out);
    Array[] xy = promotedArrays(p, a, b);
    return p.result(Linalg.outer(Manipulation.reshape(xy[0], -1), Manipulation.reshape(xy[1], -1)));
  }

  /**
   * Returns the sum of products over axes: an int (the last axes of a with the first of b), or a
   * pair of axis sequences (tensordot).
   *
   * @throws IvyArgumentException for any other axes
   */
  public static Array tensordot(DTypePolicy p, Object a, Object b, Object axes) {
    Array[] xy = promotedArrays(p, a, b);
    if (axes instanceof Array x && x.size() == 1 && x.dtype().isInteger()) {
      axes = x.itemLong();
    }
    if (axes instanceof Number n) {
      return p.result(Linalg.tensordot(xy[0], xy[1], n.intValue()));
    }
    if (!(axes instanceof List<?> l) || l.size() != 2) {
      throw new IvyArgumentException(
          "tensordot: axes must be an int or a pair of axis sequences; got " + axes);
    }
    return p.result(
        Linalg.tensordot(
            xy[0], xy[1], NumpyComposites.axes(l.get(0)), NumpyComposites.axes(l.get(1))));
  }

  /** Returns the Kronecker product (kron). */
  public static Array kron(DTypePolicy p, Object a, Object b) {
    Array[] xy = promotedArrays(p, a, b);
    return p.result(ExtraManipulation.kron(xy[0], xy[1]));
  }

  /** Returns the cross product of 3-vectors along axis (cross). */
  public static Array cross(DTypePolicy p, Object a, Object b, int axis) {
    Array[] xy = promotedArrays(p, a, b);
    return p.result(Linalg.cross(xy[0], xy[1], axis));
  }

  /** Returns the Einstein summation of the operands, promoted together (einsum). */
  public static Array einsum(DTypePolicy p, String subscripts, List<?> operands) {
    List<Array> ops = p.promotedArrays(operands);
    return p.result(Einsum.einsum(subscripts, ops.toArray(new Array[0])));
  }

  /** Returns the dot products of vectors along axis, broadcasting the rest (vecdot). */
  public static Array vecdot(DTypePolicy p, Object x1, Object x2, int axis) {
    Array[] xy = promotedArrays(p, x1, x2);
    return p.result(Linalg.vecdot(xy[0], xy[1], axis));
  }

  /** Returns the matrix-vector products of x1's matrices and x2's vectors (matvec). */
  public static Array matvec(DTypePolicy p, Object x1, Object x2) {
    Array[] xy = promotedArrays(p, x1, x2);
    return p.result(
        Manipulation.squeeze(Linalg.matmul(xy[0], Manipulation.expandDims(xy[1], -1)), -1));
  }

  /** Returns the vector-matrix products of x1's vectors and x2's matrices (vecmat). */
  public static Array vecmat(DTypePolicy p, Object x1, Object x2) {
    Array[] xy = promotedArrays(p, x1, x2);
    return p.result(
        Manipulation.squeeze(Linalg.matmul(Manipulation.expandDims(xy[0], -2), xy[1]), -2));
  }

  /** Returns the sum of two polynomials, highest power first (polyadd). */
  public static Array polyadd(DTypePolicy p, Object a1, Object a2) {
    Array[] xy = promotedArrays(p, a1, a2);
    Array x = xy[0];
    Array y = xy[1];
    long d = x.size() - y.size();
    if (d > 0) {
      y = NumpyManipulation.pad(p, y, List.of(d, 0L), PadMode.CONSTANT, 0L);
    } else if (d < 0) {
      x = NumpyManipulation.pad(p, x, List.of(-d, 0L), PadMode.CONSTANT, 0L);
    }
    return p.result(Elementwise.add(x, y));
  }

  /** Returns the difference of two polynomials, highest power first (polysub). */
  public static Array polysub(DTypePolicy p, Object a1, Object a2) {
    return polyadd(p, a1, Elementwise.negative(p.array(a2)));
  }

  /** Returns the product of two polynomials, highest power first (polymul). */
  public static Array polymul(DTypePolicy p, Object a1, Object a2) {
    return convolve(p, a1, a2, ConvolveMode.FULL);
  }

  /**
   * Returns the polynomial with coefficients c (highest power first) evaluated at x by Horner's
   * rule (polyval).
   */
  public static Array polyval(DTypePolicy p, Object c, Object x) {
    Array cs = p.array(c);
    Array xa = p.array(x);
    Array y = dev.ivy.ops.Creation.zeros(xa.shape(), p.promote(cs.dtype(), xa.dtype()));
    Object xv = x instanceof Number || x instanceof Boolean ? x : xa;
    for (Array k : Manipulation.unstack(cs, 0)) {
      y = Elementwise.add(Elementwise.multiply(y, xv), k);
    }
    return p.result(y);
  }
}
