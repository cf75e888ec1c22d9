package dev.ivy.backend.nd4j;

import static dev.ivy.backend.nd4j.Nd4jBackend.NUMERIC;
import static dev.ivy.backend.nd4j.Nd4jBackend.put;

import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Linear algebra: batched {@link Prim#MATMUL} through ND4J's {@code matmul} op (BLAS for floats,
 * exact native loops for integers).
 */
final class Nd4jLinalgKernels {
  private Nd4jLinalgKernels() {}

  static void register(KernelTable.Builder b) {
    put(b, Prim.MATMUL, NUMERIC, Nd4jLinalgKernels::matmul);
  }

  private static Object matmul(Params p, Object[] in, Aval[] av, Aval out) {
    if (av[0].shape().size() == 0 || av[1].shape().size() == 0) {
      // a zero-length contraction: all zeros
      INDArray z = Nd4jConversions.alloc(out);
      z.assign(0);
      return z;
    }
    return Nd4jOps.custom(
        "matmul", new INDArray[] {(INDArray) in[0], (INDArray) in[1]}, Nd4jConversions.alloc(out));
  }
}
