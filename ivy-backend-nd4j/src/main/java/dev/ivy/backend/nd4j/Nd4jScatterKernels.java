package dev.ivy.backend.nd4j;

import static dev.ivy.backend.nd4j.Nd4jBackend.NUMERIC;
import static dev.ivy.backend.nd4j.Nd4jBackend.put;

import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Indexed updates: {@link Prim#SCATTER_ADD} through ND4J's {@code scatter_nd_add} custom op, which
 * writes the operand plus the accumulated updates into a fresh output (duplicates accumulate). Bool
 * is left to core, which computes in int32 and casts back.
 */
final class Nd4jScatterKernels {
  private Nd4jScatterKernels() {}

  static void register(KernelTable.Builder b) {
    put(b, Prim.SCATTER_ADD, NUMERIC, Nd4jScatterKernels::scatterAdd);
  }

  private static Object scatterAdd(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray x = (INDArray) in[0];
    INDArray r = Nd4jConversions.copyAs(x, out);
    if (av[1].shape().dim(0) == 0 || av[2].shape().size() == 0) {
      // no updates (or updates of zero elements): the operand unchanged
      return r;
    }
    try {
      // in place on the fresh copy: the op's input and output are the same array. The boolean
      // argument "lock" must be true: without it libnd4j adds the updates in a parallel loop and
      // duplicate indices race (an update is lost now and then)
      Nd4jOps.exec(
          "scatter_nd_add",
          new INDArray[] {r, (INDArray) in[1], (INDArray) in[2]},
          new INDArray[] {r},
          new long[0],
          new double[0],
          new boolean[] {true});
      return r;
    } catch (RuntimeException | Error e) {
      Nd4jOps.close(r);
      throw e;
    }
  }
}
