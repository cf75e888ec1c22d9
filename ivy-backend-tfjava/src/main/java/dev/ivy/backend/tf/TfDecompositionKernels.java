package dev.ivy.backend.tf;

import static dev.ivy.backend.tf.TfCall.name;
import static dev.ivy.backend.tf.TfElementwiseKernels.h;

import dev.ivy.DType;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.internal.HostData;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Set;
import org.bytedeco.javacpp.BytePointer;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/**
 * The decompositions ({@link Prim#LINALG}) in float32 and float64 (core widens half floats),
 * through TensorFlow's raw ops {@code Cholesky}, {@code MatrixTriangularSolve}, {@code Lu}, {@code
 * Qr}, {@code Svd} (whose V is transposed to Vh) and {@code SelfAdjointEigV2}. All are batched over
 * leading axes.
 */
final class TfDecompositionKernels {
  private static final Set<DType> FLOATS = TfDTypes.of(DType.FLOAT32, DType.FLOAT64);
  private static final BytePointer CHOLESKY = name("Cholesky");
  private static final BytePointer TRIANGULAR_SOLVE = name("MatrixTriangularSolve");
  private static final BytePointer MATRIX_SET_DIAG = name("MatrixSetDiag");
  private static final BytePointer LU = name("Lu");
  private static final BytePointer QR = name("Qr");
  private static final BytePointer SVD = name("Svd");
  private static final BytePointer EIGH = name("SelfAdjointEigV2");
  private static final BytePointer LOWER = name("lower");
  private static final BytePointer ADJOINT = name("adjoint");
  private static final BytePointer OUTPUT_IDX_TYPE = name("output_idx_type");
  private static final BytePointer FULL_MATRICES = name("full_matrices");
  private static final BytePointer COMPUTE_UV = name("compute_uv");
  private static final BytePointer COMPUTE_V = name("compute_v");

  private final TfRuntime rt;

  TfDecompositionKernels(TfRuntime rt) {
    this.rt = rt;
  }

  void register(KernelTable.Builder b) {
    b.put(Prim.CHOLESKY, FLOATS, (p, in, av, out) -> rt.call().begin(CHOLESKY).in(h(in[0])).exec());
    b.put(
        Prim.TRIANGULAR_SOLVE,
        FLOATS,
        (p, in, av, out) -> {
          Params.Triangular t = (Params.Triangular) p;
          TfCall c = rt.call();
          TFE_TensorHandle a = h(in[0]);
          TFE_TensorHandle dims = null;
          TFE_TensorHandle one = null;
          TFE_TensorHandle ones = null;
          TFE_TensorHandle unit = null;
          try {
            if (t.unitDiagonal()) {
              long[] d = av[0].shape().dims();
              dims = TfConversions.longs(c, Arrays.copyOf(d, d.length - 1));
              one = TfConversions.scalar(c, av[0].dtype(), 1, 1);
              ones = c.begin(TfOps.FILL).in(dims).in(one).exec();
              unit = c.begin(MATRIX_SET_DIAG).in(a).in(ones).exec();
              a = unit;
            }
            // only the named triangle is read: TensorFlow ignores the other one
            return c.begin(TRIANGULAR_SOLVE)
                .in(a)
                .in(h(in[1]))
                .attr(LOWER, t.lower())
                .attr(ADJOINT, false)
                .exec();
          } finally {
            TfCall.freeAll(dims, one, ones, unit);
          }
        });
    b.put(
        Prim.LU,
        FLOATS,
        Kernel.multi(
            (p, in, av, outs) -> {
              TfCall c = rt.call();
              try {
                return c.begin(LU)
                    .in(h(in[0]))
                    .type(OUTPUT_IDX_TYPE, TfConversions.tfType(DType.INT64))
                    .exec2();
              } catch (TfNativeException e) {
                // TensorFlow refuses singular matrices; factor those on the host instead
                return hostLu(c, h(in[0]), av[0]);
              }
            }));
    b.put(
        Prim.QR,
        FLOATS,
        Kernel.multi(
            (p, in, av, outs) ->
                rt.call()
                    .begin(QR)
                    .in(h(in[0]))
                    .attr(FULL_MATRICES, ((Params.Decomposition) p).full())
                    .exec2()));
    b.put(
        Prim.SVD,
        FLOATS,
        Kernel.multi(
            (p, in, av, outs) -> {
              TfCall c = rt.call();
              TFE_TensorHandle[] suv =
                  c.begin(SVD)
                      .in(h(in[0]))
                      .attr(COMPUTE_UV, true)
                      .attr(FULL_MATRICES, ((Params.Decomposition) p).full())
                      .exec3();
              try {
                int rank = av[0].shape().rank();
                int[] perm = new int[rank];
                for (int i = 0; i < rank; i++) {
                  perm[i] = i;
                }
                perm[rank - 2] = rank - 1;
                perm[rank - 1] = rank - 2;
                TFE_TensorHandle vh = TfOps.transpose(c, suv[2], perm);
                return new Object[] {suv[1], suv[0], vh};
              } catch (RuntimeException e) {
                TfCall.free(suv[0], suv[1]);
                throw e;
              } finally {
                TfCall.free(suv[2]);
              }
            }));
    b.put(
        Prim.EIGH,
        FLOATS,
        Kernel.multi(
            (p, in, av, outs) -> rt.call().begin(EIGH).in(h(in[0])).attr(COMPUTE_V, true).exec2()));
  }

  /**
   * Returns the packed LU factors and the int64 permutation of a stack of square matrices, by
   * Gaussian elimination with partial pivoting as LAPACK's getrf does it (the first row of largest
   * magnitude is the pivot; a zero pivot column is left as is).
   */
  private static Object[] hostLu(TfCall c, TFE_TensorHandle x, Aval in) {
    DType dt = in.dtype();
    long[] dims = in.shape().dims();
    int n = (int) dims[dims.length - 1];
    int count = (int) (in.shape().size() / Math.max(1, (long) n * n));
    ByteBuffer src = TfConversions.toBytes(c, x, dt, in.shape());
    ByteBuffer lu = HostData.allocate(dt, in.shape().size());
    ByteBuffer perm = HostData.allocate(DType.INT64, (long) count * n);
    double[] a = new double[n * n];
    for (int m = 0; m < count; m++) {
      int base = m * n * n;
      for (int i = 0; i < n * n; i++) {
        a[i] = HostData.getDouble(src, dt, base + i);
      }
      long[] pv = new long[n];
      for (int i = 0; i < n; i++) {
        pv[i] = i;
      }
      for (int k = 0; k < n; k++) {
        int piv = k;
        for (int i = k + 1; i < n; i++) {
          if (Math.abs(a[i * n + k]) > Math.abs(a[piv * n + k])) {
            piv = i;
          }
        }
        if (piv != k) {
          for (int j = 0; j < n; j++) {
            double t = a[k * n + j];
            a[k * n + j] = a[piv * n + j];
            a[piv * n + j] = t;
          }
          long t = pv[k];
          pv[k] = pv[piv];
          pv[piv] = t;
        }
        double d = a[k * n + k];
        if (d == 0) {
          continue;
        }
        for (int i = k + 1; i < n; i++) {
          double l = a[i * n + k] / d;
          a[i * n + k] = l;
          for (int j = k + 1; j < n; j++) {
            a[i * n + j] -= l * a[k * n + j];
          }
        }
      }
      for (int i = 0; i < n * n; i++) {
        HostData.putDouble(lu, dt, a[i]);
      }
      for (int i = 0; i < n; i++) {
        HostData.putLong(perm, DType.INT64, pv[i]);
      }
    }
    TFE_TensorHandle luH = TfConversions.fromBytes(c, dt, dims, lu.flip());
    try {
      long[] pd = Arrays.copyOf(dims, dims.length - 1);
      return new Object[] {luH, TfConversions.fromBytes(c, DType.INT64, pd, perm.flip())};
    } catch (RuntimeException e) {
      TfCall.free(luH);
      throw e;
    }
  }
}
