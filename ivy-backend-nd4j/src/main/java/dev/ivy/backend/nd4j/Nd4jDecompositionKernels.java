package dev.ivy.backend.nd4j;

import static dev.ivy.backend.nd4j.Nd4jBackend.put;

import dev.ivy.DType;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The decompositions ({@link Prim#LINALG}) in float32 and float64 (core widens half floats):
 * libnd4j's batched {@code triangular_solve} and {@code svd} ops, and LAPACK per matrix for the
 * rest (OpenBLAS's LAPACKE, called directly so that no ND4J wrapper logs or loops in Java): {@code
 * potrf} for {@link Prim#CHOLESKY}, {@code getrf2} for {@link Prim#LU} and {@code geqrf} with
 * {@code orgqr} for {@link Prim#QR} (both valid, and silent, for singular and rank-deficient input,
 * where libnd4j's {@code lu} fails with a logged error and its {@code qr} gives NaN), and {@code
 * syev} for {@link Prim#EIGH}.
 *
 * <p>Inputs with no elements never reach ND4J: their outputs are zeros, or identities for square
 * factors (the Q of a QR and the U, Vh of an SVD).
 */
final class Nd4jDecompositionKernels {
  private static final Set<DType> FLOATS = EnumSet.of(DType.FLOAT32, DType.FLOAT64);

  /** LAPACKE's row-major layout, which ND4J's 'c' order is. */
  private static final int ROW_MAJOR = openblas.LAPACK_ROW_MAJOR;

  private Nd4jDecompositionKernels() {}

  static void register(KernelTable.Builder b) {
    put(b, Prim.CHOLESKY, FLOATS, Nd4jDecompositionKernels::cholesky);
    put(b, Prim.TRIANGULAR_SOLVE, FLOATS, Nd4jDecompositionKernels::triangularSolve);
    b.put(Prim.LU, FLOATS, multi(Nd4jDecompositionKernels::lu));
    b.put(Prim.QR, FLOATS, multi(Nd4jDecompositionKernels::qr));
    b.put(Prim.SVD, FLOATS, multi(Nd4jDecompositionKernels::svd));
    b.put(Prim.EIGH, FLOATS, multi(Nd4jDecompositionKernels::eigh));
  }

  /** Wraps {@code f} so that inputs with no elements get {@link #emptyInput} outputs. */
  private static Kernel multi(Kernel.MultiKernel f) {
    return Kernel.multi(
        (p, in, av, outs) ->
            av[0].shape().size() == 0 ? emptyInput(outs) : f.apply(p, in, av, outs));
  }

  /** Returns the outputs of a decomposition of an input with no elements. */
  private static Object[] emptyInput(Aval[] outs) {
    Object[] r = new Object[outs.length];
    for (int i = 0; i < outs.length; i++) {
      long[] d = outs[i].shape().dims();
      INDArray z = Nd4jConversions.alloc(outs[i]);
      if (z.length() > 0) {
        z.assign(0);
        if (d.length >= 2 && d[d.length - 1] == d[d.length - 2]) {
          INDArray eye = Nd4j.eye(d[d.length - 1]).castTo(z.dataType());
          INDArray full = Nd4jOps.broadcastTo(eye, d);
          z.assign(full);
          Nd4jOps.close(eye, full);
        }
      }
      r[i] = z;
    }
    return r;
  }

  private static Object triangularSolve(Params p, Object[] in, Aval[] av, Aval out) {
    Params.Triangular t = (Params.Triangular) p;
    INDArray a = (INDArray) in[0];
    INDArray band = Nd4jConversions.alloc(av[0]);
    INDArray unit = null;
    INDArray ones = null;
    try {
      // keep only the named triangle, so the other one is ignored whatever libnd4j reads
      triangle(a, band, t.lower());
      INDArray tri = band;
      if (t.unitDiagonal()) {
        long[] d = av[0].shape().dims();
        ones = Nd4jConversions.alloc(av[0].dtype(), Arrays.copyOf(d, d.length - 1));
        ones.assign(1);
        unit = Nd4jConversions.alloc(av[0]);
        Nd4jOps.custom("matrix_set_diag", new INDArray[] {band, ones}, unit);
        tri = unit;
      }
      INDArray x = Nd4jConversions.alloc(out);
      Nd4jOps.exec(
          "triangular_solve",
          new INDArray[] {tri, (INDArray) in[1]},
          new INDArray[] {x},
          new long[0],
          new double[0],
          new boolean[] {t.lower(), false});
      return x;
    } finally {
      Nd4jOps.close(band, unit, ones);
    }
  }

  /**
   * Factors every matrix of the batch with LAPACK potrf (lower): a matrix that is not
   * positive-definite, or holds NaN, gets NaN factors, which core reports; libnd4j's own cholesky
   * op would fail there and log an error line. The strict upper triangle is left as LAPACK leaves
   * it (core keeps the lower one).
   */
  private static Object cholesky(Params p, Object[] in, Aval[] av, Aval out) {
    long[] d = av[0].shape().dims();
    int n = (int) d[d.length - 1];
    long batch = av[0].shape().size() / ((long) n * n);
    INDArray x = ((INDArray) in[0]).reshape('c', batch, n, n);
    INDArray l = Nd4jConversions.alloc(out);
    try {
      INDArray l3 = l.reshape('c', batch, n, n);
      for (int i = 0; i < batch; i++) {
        INDArray m = x.slice(i).dup('c');
        try {
          int info =
              m.dataType() == DataType.DOUBLE
                  ? openblas.LAPACKE_dpotrf(ROW_MAJOR, (byte) 'L', n, doubles(m), n)
                  : openblas.LAPACKE_spotrf(ROW_MAJOR, (byte) 'L', n, floats(m), n);
          if (!accepted("potrf", info, 4) || info > 0) {
            m.assign(Double.NaN);
          }
          l3.slice(i).assign(m);
        } finally {
          Nd4jOps.close(m);
        }
      }
    } catch (RuntimeException e) {
      Nd4jOps.close(l);
      throw e;
    }
    return l;
  }

  /**
   * Factors every matrix of the batch with LAPACK getrf2, which never fails on a singular matrix: a
   * column with no non-zero pivot is left in place (a zero on U's diagonal, so det is 0). A matrix
   * holding NaN, which LAPACKE rejects, gets NaN factors and the identity permutation.
   */
  private static Object[] lu(Params p, Object[] in, Aval[] av, Aval[] outs) {
    long[] d = av[0].shape().dims();
    int n = (int) d[d.length - 1];
    long batch = av[0].shape().size() / ((long) n * n);
    INDArray x = ((INDArray) in[0]).reshape('c', batch, n, n);
    INDArray lu = Nd4jConversions.alloc(outs[0]);
    INDArray perm = Nd4jConversions.alloc(outs[1]);
    INDArray ipiv = Nd4jConversions.alloc(DataType.INT, n);
    long[] rows = new long[Math.toIntExact(batch * n)];
    INDArray hostPerm = null;
    try {
      INDArray lu3 = lu.reshape('c', batch, n, n);
      for (int i = 0; i < batch; i++) {
        INDArray m = x.slice(i).dup('c');
        try {
          for (int k = 0; k < n; k++) {
            rows[i * n + k] = k;
          }
          if (getrf(m, ipiv)) {
            // ipiv holds LAPACK's 1-based row interchanges, applied in order: row k <-> ipiv[k]
            int[] swaps = ipiv.toIntVector();
            for (int k = 0; k < n; k++) {
              int j = i * n + swaps[k] - 1;
              long t = rows[i * n + k];
              rows[i * n + k] = rows[j];
              rows[j] = t;
            }
          } else {
            m.assign(Double.NaN);
          }
          lu3.slice(i).assign(m);
        } finally {
          Nd4jOps.close(m);
        }
      }
      hostPerm = Nd4j.createFromArray(rows).reshape('c', outs[1].shape().dims());
      perm.assign(hostPerm);
    } catch (RuntimeException e) {
      Nd4jOps.close(lu, perm);
      throw e;
    } finally {
      Nd4jOps.close(ipiv, hostPerm);
    }
    return new Object[] {lu, perm};
  }

  /**
   * Overwrites the square 'c'-ordered {@code m} with its packed LU factors and {@code ipiv} (int32)
   * with the row interchanges; returns false, leaving both undefined, if LAPACKE rejected a NaN
   * input. A singular matrix is no error (info > 0).
   *
   * <p>getrf2 (LAPACK's recursive LU, on BLAS 3) rather than getrf: OpenBLAS's own threaded getrf
   * keeps per-CPU job arrays on the calling thread's stack and overflows a JVM thread's (a segfault
   * from n = 200 with the default 1 MB stack).
   */
  private static boolean getrf(INDArray m, INDArray ipiv) {
    int n = (int) m.rows();
    IntPointer piv = (IntPointer) ipiv.data().addressPointer();
    int info =
        m.dataType() == DataType.DOUBLE
            ? openblas.LAPACKE_dgetrf2(ROW_MAJOR, n, n, doubles(m), n, piv)
            : openblas.LAPACKE_sgetrf2(ROW_MAJOR, n, n, floats(m), n, piv);
    return accepted("getrf2", info, 4);
  }

  /**
   * Returns whether LAPACKE ran: false if its NaN check rejected matrix argument {@code arg} (info
   * -arg); any other rejected argument is our bug.
   */
  private static boolean accepted(String routine, int info, int arg) {
    if (info >= 0) {
      return true;
    }
    if (info != -arg) {
      throw new IllegalStateException(
          "nd4j: LAPACK " + routine + " rejected argument " + -info + "; got info " + info);
    }
    return false;
  }

  private static DoublePointer doubles(INDArray x) {
    return (DoublePointer) x.data().addressPointer();
  }

  private static FloatPointer floats(INDArray x) {
    return (FloatPointer) x.data().addressPointer();
  }

  private static Object[] qr(Params p, Object[] in, Aval[] av, Aval[] outs) {
    long[] d = av[0].shape().dims();
    long m = d[d.length - 2];
    long n = d[d.length - 1];
    if (m >= n) {
      return qrOp((INDArray) in[0], ((Params.Decomposition) p).full(), outs[0], outs[1]);
    }
    // libnd4j factors only tall matrices: A = [A1 | A2] with A1 square gives A1 = Q R1, R = [R1 |
    // Q^T A2]
    INDArray x = (INDArray) in[0];
    int rank = d.length;
    INDArray a1 = x.get(leading(rank, 0, m)).dup('c');
    INDArray a2 = x.get(leading(rank, m, n)).dup('c');
    long[] sq = d.clone();
    sq[rank - 1] = m;
    long[] rest = d.clone();
    rest[rank - 1] = n - m;
    Aval sqAval = new Aval(dev.ivy.Shape.of(sq), av[0].dtype());
    Object[] qr1 = null;
    INDArray r2 = null;
    try {
      qr1 = qrOp(a1, false, sqAval, sqAval);
      r2 = Nd4jConversions.alloc(av[0].dtype(), rest);
      Nd4jOps.custom("matmul", new INDArray[] {(INDArray) qr1[0], a2}, r2, 1, 0, 0);
      INDArray r = Nd4jConversions.alloc(outs[1]);
      Nd4jOps.custom("concat", new INDArray[] {(INDArray) qr1[1], r2}, r, rank - 1);
      return new Object[] {qr1[0], r};
    } catch (RuntimeException e) {
      if (qr1 != null) {
        Nd4jOps.close((INDArray) qr1[0]);
      }
      throw e;
    } finally {
      Nd4jOps.close(a1, a2, r2, qr1 == null ? null : (INDArray) qr1[1]);
    }
  }

  /** Returns indices selecting columns [from, to) of the last axis. */
  private static org.nd4j.linalg.indexing.INDArrayIndex[] leading(int rank, long from, long to) {
    org.nd4j.linalg.indexing.INDArrayIndex[] idx = new org.nd4j.linalg.indexing.INDArrayIndex[rank];
    for (int i = 0; i < rank - 1; i++) {
      idx[i] = org.nd4j.linalg.indexing.NDArrayIndex.all();
    }
    idx[rank - 1] = org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to);
    return idx;
  }

  /**
   * Returns Q and R of every matrix of the tall ({@code m >= n}) batch {@code x} with LAPACK geqrf
   * and orgqr (Householder reflections, so Q stays orthonormal for rank-deficient input). The
   * complete Q comes from factoring x padded with zero columns to [m, m], whose extra reflectors
   * are identities. A matrix holding NaN, which LAPACKE rejects, gets NaN factors.
   */
  private static Object[] qrOp(INDArray x, boolean full, Aval qAval, Aval rAval) {
    long[] d = x.shape();
    long m = d[d.length - 2];
    long n = d[d.length - 1];
    long cols = full ? m : n;
    long batch = x.length() / (m * n);
    INDArray x3 = x.reshape('c', batch, m, n);
    INDArray q = Nd4jConversions.alloc(qAval);
    INDArray r = Nd4jConversions.alloc(rAval);
    INDArray a = Nd4jConversions.alloc(x.dataType(), m, cols);
    INDArray tau = Nd4jConversions.alloc(x.dataType(), cols);
    INDArray band = Nd4jConversions.alloc(x.dataType(), cols, n);
    try {
      INDArray q3 = q.reshape('c', batch, m, cols);
      INDArray r3 = r.reshape('c', batch, cols, n);
      INDArray aLeft = a.get(NDArrayIndex.all(), NDArrayIndex.interval(0, n));
      INDArray aTop = a.get(NDArrayIndex.interval(0, cols), NDArrayIndex.interval(0, n));
      for (int i = 0; i < batch; i++) {
        if (cols > n) {
          a.assign(0);
        }
        aLeft.assign(x3.slice(i));
        if (geqrf(a, tau)) {
          // R is the upper triangle of a's top rows; then orgqr turns a into Q
          triangle(aTop, band, false);
          if (!orgqr(a, tau)) {
            a.assign(Double.NaN);
          }
        } else {
          a.assign(Double.NaN);
          band.assign(Double.NaN);
        }
        q3.slice(i).assign(a);
        r3.slice(i).assign(band);
      }
    } catch (RuntimeException e) {
      Nd4jOps.close(q, r);
      throw e;
    } finally {
      Nd4jOps.close(a, tau, band);
    }
    return new Object[] {q, r};
  }

  /**
   * Writes the lower (or upper) triangle of the matrices {@code a} into {@code band}, zeros
   * elsewhere. libnd4j's {@code matrix_band_part} refuses matrices of one row or one column ("upper
   * diagonal count -1 should be less than 1", printed from C++), so those are copied and cleared
   * here.
   */
  private static void triangle(INDArray a, INDArray band, boolean lower) {
    int rank = a.rank();
    long rows = a.size(rank - 2);
    long cols = a.size(rank - 1);
    if (rows >= 2 && cols >= 2) {
      Nd4jOps.custom("matrix_band_part", new INDArray[] {a}, band, lower ? -1 : 0, lower ? 0 : -1);
      return;
    }
    band.assign(a);
    // one row: the lower triangle is its first element; one column: the upper one is
    boolean clear = lower ? cols >= 2 : rows >= 2;
    if (clear && band.length() > 0) {
      org.nd4j.linalg.indexing.INDArrayIndex[] idx =
          new org.nd4j.linalg.indexing.INDArrayIndex[rank];
      for (int i = 0; i < rank; i++) {
        idx[i] = NDArrayIndex.all();
      }
      if (lower) {
        idx[rank - 1] = NDArrayIndex.interval(1, cols);
      } else {
        idx[rank - 2] = NDArrayIndex.interval(1, rows);
      }
      band.get(idx).assign(0);
    }
  }

  /**
   * Overwrites the tall 'c'-ordered {@code a} [m, k] with geqrf's packed R and reflectors, and
   * {@code tau} [k] with their scales; returns false if LAPACKE rejected a NaN input.
   */
  private static boolean geqrf(INDArray a, INDArray tau) {
    int m = (int) a.rows();
    int k = (int) a.columns();
    int info =
        a.dataType() == DataType.DOUBLE
            ? openblas.LAPACKE_dgeqrf(ROW_MAJOR, m, k, doubles(a), k, doubles(tau))
            : openblas.LAPACKE_sgeqrf(ROW_MAJOR, m, k, floats(a), k, floats(tau));
    return accepted("geqrf", info, 4);
  }

  /**
   * Overwrites geqrf's output {@code a} [m, k] with the Q [m, k] of its reflectors; returns false
   * if LAPACKE rejected a NaN (from infinite input).
   */
  private static boolean orgqr(INDArray a, INDArray tau) {
    int m = (int) a.rows();
    int k = (int) a.columns();
    int info =
        a.dataType() == DataType.DOUBLE
            ? openblas.LAPACKE_dorgqr(ROW_MAJOR, m, k, k, doubles(a), k, doubles(tau))
            : openblas.LAPACKE_sorgqr(ROW_MAJOR, m, k, k, floats(a), k, floats(tau));
    return info != -7 && accepted("orgqr", info, 5);
  }

  private static Object[] svd(Params p, Object[] in, Aval[] av, Aval[] outs) {
    boolean full = ((Params.Decomposition) p).full();
    long[] vh = outs[2].shape().dims();
    long[] vd = vh.clone();
    vd[vd.length - 2] = vh[vh.length - 1];
    vd[vd.length - 1] = vh[vh.length - 2];
    INDArray u = Nd4jConversions.alloc(outs[0]);
    INDArray s = Nd4jConversions.alloc(outs[1]);
    INDArray v = Nd4jConversions.alloc(av[0].dtype(), vd);
    INDArray r = null;
    long[] d = av[0].shape().dims();
    if (d[d.length - 2] == 1 && d[d.length - 1] == 1) {
      Nd4jOps.close(v);
      return svdOfScalars((INDArray) in[0], u, s, Nd4jConversions.alloc(outs[2]));
    }
    try {
      Nd4jOps.exec(
          "svd",
          new INDArray[] {(INDArray) in[0]},
          new INDArray[] {s, u, v},
          new long[] {full ? 1 : 0, 1, 16});
      int rank = vd.length;
      int[] perm = new int[rank];
      for (int i = 0; i < rank; i++) {
        perm[i] = i;
      }
      perm[rank - 2] = rank - 1;
      perm[rank - 1] = rank - 2;
      r = Nd4jConversions.alloc(outs[2]);
      r.assign(v.permute(perm));
      return new Object[] {u, s, r};
    } catch (RuntimeException e) {
      Nd4jOps.close(u, s, r);
      throw e;
    } finally {
      Nd4jOps.close(v);
    }
  }

  /**
   * The SVD of 1 x 1 matrices [a]: u = a / |a| (1 for 0), s = |a|, vh = 1. libnd4j's {@code svd}
   * refuses them (and prints a C++ error).
   */
  private static Object[] svdOfScalars(INDArray x, INDArray u, INDArray s, INDArray vh) {
    INDArray flat = x.reshape(x.length());
    INDArray uf = u.reshape(u.length());
    INDArray sf = s.reshape(s.length());
    INDArray vf = vh.reshape(vh.length());
    for (long i = 0; i < flat.length(); i++) {
      double a = flat.getDouble(i);
      double m = Math.abs(a);
      uf.putScalar(i, a == 0 ? 1 : a / m);
      sf.putScalar(i, m);
      vf.putScalar(i, 1);
    }
    return new Object[] {u, s, vh};
  }

  private static Object[] eigh(Params p, Object[] in, Aval[] av, Aval[] outs) {
    long[] d = av[0].shape().dims();
    long n = d[d.length - 1];
    long batch = av[0].shape().size() / (n * n);
    INDArray x = ((INDArray) in[0]).reshape('c', batch, n, n);
    INDArray w = Nd4jConversions.alloc(outs[0]);
    INDArray v = Nd4jConversions.alloc(outs[1]);
    INDArray w2 = w.reshape('c', batch, n);
    INDArray v3 = v.reshape('c', batch, n, n);
    try {
      for (long i = 0; i < batch; i++) {
        // syev overwrites its matrix with the eigenvectors (as columns) and returns the values
        INDArray m = x.slice(i).dup('c');
        try {
          INDArray vals = Eigen.symmetricGeneralizedEigenvalues(m, true);
          w2.slice(i).assign(vals);
          v3.slice(i).assign(m);
          Nd4jOps.close(vals);
        } finally {
          Nd4jOps.close(m);
        }
      }
    } catch (RuntimeException e) {
      Nd4jOps.close(w, v);
      throw e;
    }
    return new Object[] {w, v};
  }
}
