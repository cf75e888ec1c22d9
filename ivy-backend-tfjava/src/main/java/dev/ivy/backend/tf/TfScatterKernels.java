package dev.ivy.backend.tf;

import static dev.ivy.backend.tf.TfElementwiseKernels.h;

import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Prim;

/**
 * Indexed updates: {@link Prim#SCATTER_ADD} as TensorFlow's {@code TensorScatterAdd} (a new tensor;
 * duplicate indices accumulate). TensorFlow has no bool kernel: core computes bool in int32.
 */
final class TfScatterKernels {
  private final TfRuntime rt;

  TfScatterKernels(TfRuntime rt) {
    this.rt = rt;
  }

  void register(KernelTable.Builder b) {
    b.put(
        Prim.SCATTER_ADD,
        TfDTypes.NUMERIC,
        (p, in, av, out) -> {
          TfCall c = rt.call();
          if (av[1].shape().dim(0) == 0 || out.shape().size() == 0) {
            // nothing to add: share the operand's buffer (arrays are immutable)
            return c.share(h(in[0]));
          }
          return c.begin(TfOps.TENSOR_SCATTER_ADD).in(h(in[0])).in(h(in[1])).in(h(in[2])).exec();
        });
  }
}
