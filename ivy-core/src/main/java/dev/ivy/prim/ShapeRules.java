package dev.ivy.prim;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.rules.Broadcasting;

/**
 * The shape and dtype rule of every primitive (JAX's abstract evaluation). The dispatcher runs it
 * before any interpreter sees the call, so a bad call fails once, in core, with the same message on
 * every backend.
 */
public final class ShapeRules {
  private ShapeRules() {}

  /**
   * Returns the output's shape and dtype of {@code prim} applied to inputs of {@code in}.
   *
   * @throws IvyArgumentException if the inputs or params violate the primitive's contract
   */
  public static Aval eval(Prim prim, Params params, Aval[] in) {
    if (Prim.HIGHER_ORDER.contains(prim)) {
      throw new IllegalStateException(prim + " has several outputs: use evalMulti");
    }
    if (Prim.COARSE.contains(prim)) {
      return CoarseRules.eval(prim, params, in);
    }
    String op = prim.opName();
    if (Prim.UNARY.contains(prim)) {
      arity(op, in, 1);
      if (Prim.FLOAT_ONLY.contains(prim) && !in[0].dtype().isFloating()) {
        throw new IvyArgumentException(op + ": x must have a floating dtype; got " + in[0].dtype());
      }
      boolean pred = prim == Prim.ISNAN || prim == Prim.ISINF;
      return pred ? new Aval(in[0].shape(), DType.BOOL) : in[0];
    }
    if (Prim.BINARY.contains(prim) || Prim.COMPARE.contains(prim)) {
      arity(op, in, 2);
      sameDType(op, in[0], in[1]);
      Shape s = Broadcasting.broadcast(op, in[0].shape(), in[1].shape());
      return new Aval(s, Prim.COMPARE.contains(prim) ? DType.BOOL : in[0].dtype());
    }
    if (Prim.REDUCE.contains(prim)) {
      arity(op, in, 1);
      Params.Axes p = (Params.Axes) params;
      return new Aval(reducedShape(op, in[0].shape(), p.axes(), p.keepDims()), in[0].dtype());
    }
    switch (prim) {
      case CAST:
        arity(op, in, 1);
        return new Aval(in[0].shape(), ((Params.Cast) params).dtype());
      case WHERE:
        arity(op, in, 3);
        if (!in[0].dtype().isBool()) {
          throw new IvyArgumentException(
              op + ": condition must have dtype bool; got " + in[0].dtype());
        }
        sameDType(op, in[1], in[2]);
        return new Aval(
            Broadcasting.broadcast(op, in[0].shape(), in[1].shape(), in[2].shape()), in[1].dtype());
      case ARGMAX:
      case ARGMIN:
        {
          arity(op, in, 1);
          int axis = axis(op, params, in[0].shape().rank());
          if (in[0].shape().dim(axis) == 0) {
            throw new IvyArgumentException(
                op + ": axis " + axis + " must not be empty; got shape " + in[0].shape());
          }
          return new Aval(reducedShape(op, in[0].shape(), new int[] {axis}, false), DType.INT64);
        }
      case RESHAPE:
        {
          arity(op, in, 1);
          Shape to = ((Params.ToShape) params).shape();
          if (to.size() != in[0].shape().size()) {
            throw new IvyArgumentException(
                op + ": new shape must have as many elements as " + in[0].shape() + "; got " + to);
          }
          return new Aval(to, in[0].dtype());
        }
      case BROADCAST_TO:
        {
          arity(op, in, 1);
          Shape to = ((Params.ToShape) params).shape();
          if (!Broadcasting.broadcastsTo(in[0].shape(), to)) {
            throw new IvyArgumentException(
                op + ": shape " + in[0].shape() + " must broadcast to " + to + "; it does not");
          }
          return new Aval(to, in[0].dtype());
        }
      case TRANSPOSE:
        {
          arity(op, in, 1);
          int[] perm = ((Params.Perm) params).perm();
          Shape s = in[0].shape();
          checkPerm(op, perm, s.rank());
          long[] d = new long[perm.length];
          for (int i = 0; i < perm.length; i++) {
            d[i] = s.dim(perm[i]);
          }
          return new Aval(Shape.of(d), in[0].dtype());
        }
      case SLICE:
        {
          arity(op, in, 1);
          Params.Slice p = (Params.Slice) params;
          Shape s = in[0].shape();
          long[] start = p.start();
          long[] stop = p.stop();
          long[] step = p.step();
          if (start.length != s.rank() || stop.length != s.rank() || step.length != s.rank()) {
            throw new IvyArgumentException(
                op + ": start, stop and step must have rank " + s.rank() + " entries; got " + p);
          }
          long[] d = new long[s.rank()];
          for (int i = 0; i < d.length; i++) {
            if (step[i] <= 0 || start[i] < 0 || stop[i] > s.dim(i)) {
              throw new IvyArgumentException(
                  op
                      + ": slice must have 0 <= start, stop <= dim and step > 0; got "
                      + p
                      + " on shape "
                      + s);
            }
            d[i] = stop[i] <= start[i] ? 0 : (stop[i] - start[i] + step[i] - 1) / step[i];
          }
          return new Aval(Shape.of(d), in[0].dtype());
        }
      case CONCAT:
        {
          if (in.length == 0) {
            throw new IvyArgumentException(op + ": arrays must not be empty; got none");
          }
          int rank = in[0].shape().rank();
          int axis = axis(op, params, rank);
          long total = 0;
          for (Aval a : in) {
            sameDType(op, in[0], a);
            if (a.shape().rank() != rank) {
              throw new IvyArgumentException(
                  op + ": arrays must have equal rank; got " + in[0].shape() + " and " + a.shape());
            }
            for (int i = 0; i < rank; i++) {
              if (i != axis && a.shape().dim(i) != in[0].shape().dim(i)) {
                throw new IvyArgumentException(
                    op
                        + ": arrays must match except on axis "
                        + axis
                        + "; got "
                        + in[0].shape()
                        + " and "
                        + a.shape());
              }
            }
            total += a.shape().dim(axis);
          }
          long[] d = in[0].shape().dims();
          d[axis] = total;
          return new Aval(Shape.of(d), in[0].dtype());
        }
      case FLIP:
        arity(op, in, 1);
        reducedShape(op, in[0].shape(), ((Params.Axes) params).axes(), true);
        return in[0];
      case TAKE:
        {
          arity(op, in, 2);
          int axis = axis(op, params, in[0].shape().rank());
          if (in[1].dtype() != DType.INT64) {
            throw new IvyArgumentException(op + ": indices must be int64; got " + in[1].dtype());
          }
          Shape s = in[0].shape();
          Shape idx = in[1].shape();
          long[] d = new long[s.rank() - 1 + idx.rank()];
          int k = 0;
          for (int i = 0; i < axis; i++) {
            d[k++] = s.dim(i);
          }
          for (int i = 0; i < idx.rank(); i++) {
            d[k++] = idx.dim(i);
          }
          for (int i = axis + 1; i < s.rank(); i++) {
            d[k++] = s.dim(i);
          }
          return new Aval(Shape.of(d), in[0].dtype());
        }
      case FULL:
        {
          arity(op, in, 0);
          Params.Full p = (Params.Full) params;
          return new Aval(p.shape(), p.dtype());
        }
      case IOTA:
        {
          arity(op, in, 0);
          Params.Iota p = (Params.Iota) params;
          if (p.dtype().isBool()) {
            throw new IvyArgumentException(op + ": dtype must be numeric; got bool");
          }
          return new Aval(Shape.of(p.n()), p.dtype());
        }
      case MATMUL:
        {
          arity(op, in, 2);
          sameDType(op, in[0], in[1]);
          Shape a = in[0].shape();
          Shape b = in[1].shape();
          if (a.rank() < 2 || a.rank() != b.rank()) {
            throw new IvyArgumentException(
                op + ": inputs must have equal rank >= 2; got " + a + " and " + b);
          }
          int r = a.rank();
          for (int i = 0; i < r - 2; i++) {
            if (a.dim(i) != b.dim(i)) {
              throw new IvyArgumentException(
                  op + ": batch dimensions must be equal; got " + a + " and " + b);
            }
          }
          if (a.dim(r - 1) != b.dim(r - 2)) {
            throw new IvyArgumentException(
                op
                    + ": x.shape[-1] ("
                    + a.dim(r - 1)
                    + ") must equal y.shape[-2] ("
                    + b.dim(r - 2)
                    + ")");
          }
          long[] d = a.dims();
          d[r - 1] = b.dim(r - 1);
          return new Aval(Shape.of(d), in[0].dtype());
        }
      case CUMSUM:
      case CUMPROD:
      case SORT:
        arity(op, in, 1);
        axis(op, params, in[0].shape().rank());
        return in[0];
      case ARGSORT:
        arity(op, in, 1);
        axis(op, params, in[0].shape().rank());
        return new Aval(in[0].shape(), DType.INT64);
      case CHOLESKY:
        arity(op, in, 1);
        square(op, in[0]);
        return in[0];
      case TRIANGULAR_SOLVE:
        {
          arity(op, in, 2);
          sameDType(op, in[0], in[1]);
          square(op, in[0]);
          Shape a = in[0].shape();
          Shape b = in[1].shape();
          if (b.rank() != a.rank() || b.dim(-2) != a.dim(-1) || !batch(a).equals(batch(b))) {
            throw new IvyArgumentException(
                op
                    + ": b must have shape [..., "
                    + a.dim(-1)
                    + ", k] with a's batch; got a "
                    + a
                    + " and b "
                    + b);
          }
          return in[1];
        }
      case SCATTER_ADD:
        {
          arity(op, in, 3);
          sameDType(op, in[0], in[2]);
          Shape s = in[0].shape();
          Shape idx = in[1].shape();
          if (in[1].dtype() != DType.INT64) {
            throw new IvyArgumentException(op + ": indices must be int64; got " + in[1].dtype());
          }
          if (s.rank() < 1 || idx.rank() != 2 || idx.dim(1) < 1 || idx.dim(1) > s.rank()) {
            throw new IvyArgumentException(
                op
                    + ": indices must have shape [N, k] with 1 <= k <= operand rank; got operand "
                    + s
                    + " and indices "
                    + idx);
          }
          int k = (int) idx.dim(1);
          long[] d = new long[s.rank() - k + 1];
          d[0] = idx.dim(0);
          for (int i = k; i < s.rank(); i++) {
            d[i - k + 1] = s.dim(i);
          }
          if (!Shape.of(d).equals(in[2].shape())) {
            throw new IvyArgumentException(
                op
                    + ": updates must have shape "
                    + Shape.of(d)
                    + " for operand "
                    + s
                    + " and indices "
                    + idx
                    + "; got "
                    + in[2].shape());
          }
          return in[0];
        }
      default:
        throw new IllegalStateException("no shape rule for " + prim);
    }
  }

  /**
   * Returns the outputs' shapes and dtypes of a multi-output primitive ({@link Prim#MULTI_OUTPUT}).
   *
   * @throws IvyArgumentException if the inputs violate the primitive's contract
   */
  public static Aval[] evalMulti(Prim prim, Params params, Aval[] in) {
    String op = prim.opName();
    if (Prim.HIGHER_ORDER.contains(prim)) {
      // the outputs come from the bodies: known once traced, else found by running them
      java.util.List<Aval> outs = ((Params.Control) params).outAvals();
      return outs == null ? null : outs.toArray(new Aval[0]);
    }
    if (Prim.COARSE.contains(prim)) {
      return CoarseRules.evalMulti(prim, in);
    }
    arity(op, in, 1);
    Aval a = in[0];
    floating(op, a);
    Shape s = a.shape();
    if (s.rank() < 2) {
      throw new IvyArgumentException(op + ": x must have rank >= 2; got shape " + s);
    }
    long m = s.dim(-2);
    long n = s.dim(-1);
    long k = Math.min(m, n);
    DType dt = a.dtype();
    switch (prim) {
      case LU:
        square(op, a);
        return new Aval[] {a, new Aval(with(batch(s), n), DType.INT64)};
      case EIGH:
        square(op, a);
        return new Aval[] {new Aval(with(batch(s), n), dt), a};
      case QR:
        {
          boolean full = ((Params.Decomposition) params).full();
          long q = full ? m : k;
          return new Aval[] {
            new Aval(with(batch(s), m, q), dt), new Aval(with(batch(s), q, n), dt)
          };
        }
      case SVD:
        {
          boolean full = ((Params.Decomposition) params).full();
          return new Aval[] {
            new Aval(with(batch(s), m, full ? m : k), dt),
            new Aval(with(batch(s), k), dt),
            new Aval(with(batch(s), full ? n : k, n), dt)
          };
        }
      default:
        throw new IllegalStateException(prim + " is not a multi-output primitive");
    }
  }

  private static Shape batch(Shape s) {
    return Shape.of(java.util.Arrays.copyOf(s.dims(), s.rank() - 2));
  }

  private static Shape with(Shape batch, long... tail) {
    long[] d = java.util.Arrays.copyOf(batch.dims(), batch.rank() + tail.length);
    System.arraycopy(tail, 0, d, batch.rank(), tail.length);
    return Shape.of(d);
  }

  private static void floating(String op, Aval a) {
    if (!a.dtype().isFloating()) {
      throw new IvyArgumentException(op + ": x must have a floating dtype; got " + a.dtype());
    }
  }

  private static void square(String op, Aval a) {
    floating(op, a);
    Shape s = a.shape();
    if (s.rank() < 2 || s.dim(-1) != s.dim(-2)) {
      throw new IvyArgumentException(
          op + ": x must be a (batch of) square matrices [..., n, n]; got shape " + s);
    }
  }

  /** Returns {@code shape} with {@code axes} removed, or set to 1 when {@code keepDims}. */
  public static Shape reducedShape(String op, Shape shape, int[] axes, boolean keepDims) {
    boolean[] reduced = new boolean[shape.rank()];
    for (int a : axes) {
      if (a < 0 || a >= shape.rank() || reduced[a]) {
        throw new IvyArgumentException(
            op
                + ": axes must be unique and in [0, "
                + shape.rank()
                + "); got "
                + java.util.Arrays.toString(axes));
      }
      reduced[a] = true;
    }
    long[] d = new long[keepDims ? shape.rank() : shape.rank() - axes.length];
    int k = 0;
    for (int i = 0; i < shape.rank(); i++) {
      if (!reduced[i]) {
        d[k++] = shape.dim(i);
      } else if (keepDims) {
        d[k++] = 1;
      }
    }
    return Shape.of(d);
  }

  private static int axis(String op, Params params, int rank) {
    int axis = ((Params.Axis) params).axis();
    if (axis < 0 || axis >= Math.max(rank, 1)) {
      throw new IvyArgumentException(op + ": axis must be in [0, " + rank + "); got " + axis);
    }
    return axis;
  }

  private static void checkPerm(String op, int[] perm, int rank) {
    boolean[] seen = new boolean[rank];
    if (perm.length != rank) {
      throw new IvyArgumentException(
          op
              + ": axes must be a permutation of 0.."
              + (rank - 1)
              + "; got "
              + java.util.Arrays.toString(perm));
    }
    for (int p : perm) {
      if (p < 0 || p >= rank || seen[p]) {
        throw new IvyArgumentException(
            op
                + ": axes must be a permutation of 0.."
                + (rank - 1)
                + "; got "
                + java.util.Arrays.toString(perm));
      }
      seen[p] = true;
    }
  }

  private static void arity(String op, Aval[] in, int n) {
    if (in.length != n) {
      throw new IllegalStateException(op + " takes " + n + " inputs; got " + in.length);
    }
  }

  private static void sameDType(String op, Aval a, Aval b) {
    if (a.dtype() != b.dtype()) {
      throw new IllegalStateException(
          op
              + ": core must promote inputs to one dtype first; got "
              + a.dtype()
              + " and "
              + b.dtype());
    }
  }
}
