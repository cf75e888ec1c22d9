package dev.ivy.backend.tf;

import static dev.ivy.backend.tf.TfElementwiseKernels.h;

import dev.ivy.DType;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Prim;
import java.util.Set;

/** The kernel of {@link Prim#MATMUL}: MatMul for matrices, BatchMatMulV2 for stacks of them. */
final class TfLinalgKernels {
  private final TfRuntime rt;

  TfLinalgKernels(TfRuntime rt) {
    this.rt = rt;
  }

  void register(KernelTable.Builder b) {
    // TensorFlow's CPU matmul has no int8/int16/uint8 kernel: core computes those in int32, exactly
    Set<DType> dtypes = TfDTypes.union(TfDTypes.FLOATS, TfDTypes.of(DType.INT32, DType.INT64));
    b.put(
        Prim.MATMUL,
        dtypes,
        (p, in, av, out) -> {
          TfCall c = rt.call();
          boolean matrix = av[0].shape().rank() == 2;
          return c.begin(matrix ? TfOps.MAT_MUL : TfOps.BATCH_MAT_MUL)
              .in(h(in[0]))
              .in(h(in[1]))
              .exec();
        });
  }
}
