package dev.ivy.backend.nd4j;

import static dev.ivy.backend.nd4j.Nd4jBackend.ALL;
import static dev.ivy.backend.nd4j.Nd4jBackend.NUMERIC;
import static dev.ivy.backend.nd4j.Nd4jBackend.put;

import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Creation kernels: {@link Prim#FULL} and {@link Prim#IOTA}. */
final class Nd4jCreationKernels {
  private Nd4jCreationKernels() {}

  static void register(KernelTable.Builder b) {
    put(b, Prim.FULL, ALL, Nd4jCreationKernels::full);
    put(
        b,
        Prim.IOTA,
        NUMERIC,
        (p, in, av, out) ->
            Nd4jOps.custom(
                "range", new INDArray[0], Nd4jConversions.alloc(out), 0, ((Params.Iota) p).n(), 1));
  }

  private static Object full(Params p, Object[] in, Aval[] av, Aval out) {
    Params.Full f = (Params.Full) p;
    DataType dt = Nd4jConversions.toNd4j(out.dtype());
    // integers from the long (exact for int64), others rounded from the double
    INDArray s =
        out.dtype().isInteger()
            ? Nd4jOps.scalar(dt, f.longValue())
            : Nd4jOps.scalar(dt, f.doubleValue());
    if (out.shape().rank() == 0) {
      return s;
    }
    try {
      return Nd4jOps.broadcastTo(s, out.shape().dims());
    } finally {
      Nd4jOps.close(s);
    }
  }
}
