package dev.ivy.backend.tf;

import static dev.ivy.backend.tf.TfElementwiseKernels.h;

import dev.ivy.DType;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/** The kernel of {@link Prim#CAST}, between every pair of the ten dtypes. */
final class TfCastKernels {
  private final TfRuntime rt;

  TfCastKernels(TfRuntime rt) {
    this.rt = rt;
  }

  void register(KernelTable.Builder b) {
    b.put(Prim.CAST, TfDTypes.ALL, (p, in, av, out) -> {
      TfCall c = rt.call();
      DType from = av[0].dtype();
      DType to = ((Params.Cast) p).dtype();
      TFE_TensorHandle x = h(in[0]);
      if (from == to) {
        return c.share(x);
      }
      return TfOps.cast(c, x, TfConversions.tfType(to));
    });
  }
}
