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
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The decompositions ({@link Prim#LINALG}) in float32 and float64 (core widens half floats):
 * libnd4j's batched {@code cholesky}, {@code triangular_solve}, {@code lu}, {@code qr} and {@code
 * svd} ops, and LAPACK {@code syev} per matrix for {@link Prim#EIGH}.
 *
 * <p>Inputs with no elements never reach ND4J: their outputs are zeros, or identities for square
 * factors (the Q of a QR and the U, Vh of an SVD).
 */
final class Nd4jDecompositionKernels {
  private static final Set<DType> FLOATS = EnumSet.of(DType.FLOAT32, DType.FLOAT64);

  private Nd4jDecompositionKernels() {}

  static void register(KernelTable.Builder b) {
    put(
        b,
        Prim.CHOLESKY,
        FLOATS,
        (p, in, av, out) ->
            Nd4jOps.custom(
                "cholesky", new INDArray[] {(INDArray) in[0]}, Nd4jConversions.alloc(out)));
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
      Nd4jOps.custom(
          "matrix_band_part", new INDArray[] {a}, band, t.lower() ? -1 : 0, t.lower() ? 0 : -1);
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
      DynamicCustomOp op =
          new DynamicCustomOp(
              "triangular_solve", new INDArray[] {tri, (INDArray) in[1]}, new INDArray[] {x});
      op.addBArgument(t.lower(), false);
      Nd4j.exec(op);
      return x;
    } finally {
      Nd4jOps.close(band, unit, ones);
    }
  }

  private static Object[] lu(Params p, Object[] in, Aval[] av, Aval[] outs) {
    INDArray lu = Nd4jConversions.alloc(outs[0]);
    INDArray perm = Nd4jConversions.alloc(outs[1]);
    DynamicCustomOp op =
        new DynamicCustomOp("lu", new INDArray[] {(INDArray) in[0]}, new INDArray[] {lu, perm});
    op.addIArgument(DataType.LONG.toInt());
    try {
      Nd4j.exec(op);
    } catch (RuntimeException e) {
      // libnd4j's lu rejects a singular matrix; LAPACK's getrf factors it with a zero pivot
      Nd4jOps.close(lu, perm);
      return luHost((INDArray) in[0], outs);
    }
    return new Object[] {lu, perm};
  }

  /**
   * Returns the packed LU factors and permutation of every matrix of {@code x}, computed on the
   * host as LAPACK's getrf does (partial pivoting on the first largest magnitude; a column with no
   * non-zero pivot is left as is, giving a zero on U's diagonal), for singular inputs.
   */
  private static Object[] luHost(INDArray x, Aval[] outs) {
    long[] d = x.shape();
    int n = (int) d[d.length - 1];
    INDArray wide = x.castTo(DataType.DOUBLE).dup('c');
    double[] a = wide.data().asDouble();
    Nd4jOps.close(wide);
    int batch = n == 0 ? 0 : a.length / (n * n);
    long[] perm = new long[batch * n];
    for (int b = 0; b < batch; b++) {
      int o = b * n * n;
      for (int i = 0; i < n; i++) {
        perm[b * n + i] = i;
      }
      for (int k = 0; k < n; k++) {
        int piv = k;
        double best = Math.abs(a[o + k * n + k]);
        for (int i = k + 1; i < n; i++) {
          if (Math.abs(a[o + i * n + k]) > best) {
            best = Math.abs(a[o + i * n + k]);
            piv = i;
          }
        }
        if (piv != k) {
          for (int j = 0; j < n; j++) {
            double t = a[o + k * n + j];
            a[o + k * n + j] = a[o + piv * n + j];
            a[o + piv * n + j] = t;
          }
          long t = perm[b * n + k];
          perm[b * n + k] = perm[b * n + piv];
          perm[b * n + piv] = t;
        }
        double pv = a[o + k * n + k];
        if (pv == 0) {
          continue;
        }
        for (int i = k + 1; i < n; i++) {
          double l = a[o + i * n + k] / pv;
          a[o + i * n + k] = l;
          for (int j = k + 1; j < n; j++) {
            a[o + i * n + j] -= l * a[o + k * n + j];
          }
        }
      }
    }
    INDArray lu = Nd4jConversions.alloc(outs[0]);
    INDArray p = Nd4jConversions.alloc(outs[1]);
    INDArray hostLu = Nd4j.create(a, d, 'c');
    INDArray hostPerm = Nd4j.createFromArray(perm).reshape(outs[1].shape().dims());
    try {
      lu.assign(hostLu.castTo(lu.dataType()));
      p.assign(hostPerm.castTo(p.dataType()));
    } finally {
      Nd4jOps.close(hostLu, hostPerm);
    }
    return new Object[] {lu, p};
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

  private static Object[] qrOp(INDArray x, boolean full, Aval qAval, Aval rAval) {
    INDArray q = Nd4jConversions.alloc(qAval);
    INDArray r = Nd4jConversions.alloc(rAval);
    DynamicCustomOp op = new DynamicCustomOp("qr", new INDArray[] {x}, new INDArray[] {q, r});
    op.addBArgument(full);
    try {
      Nd4j.exec(op);
    } catch (RuntimeException e) {
      Nd4jOps.close(q, r);
      throw e;
    }
    return new Object[] {q, r};
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
    try {
      DynamicCustomOp op =
          new DynamicCustomOp("svd", new INDArray[] {(INDArray) in[0]}, new INDArray[] {s, u, v});
      op.addIArgument(full ? 1 : 0, 1, 16);
      Nd4j.exec(op);
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
