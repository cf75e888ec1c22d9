package dev.ivy.backend.tf;

import dev.ivy.DType;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/** Kernels of the creation primitives {@link Prim#FULL} and {@link Prim#IOTA}. */
final class TfCreationKernels {
  private final TfRuntime rt;

  TfCreationKernels(TfRuntime rt) {
    this.rt = rt;
  }

  void register(KernelTable.Builder b) {
    b.put(
        Prim.FULL,
        TfDTypes.ALL,
        (p, in, av, out) -> {
          Params.Full f = (Params.Full) p;
          TfCall c = rt.call();
          TFE_TensorHandle dims = null;
          TFE_TensorHandle value = null;
          try {
            dims = TfConversions.longs(c, f.shape().dims());
            // out's dtype, not the params': core may run this kernel in a wider dtype
            value = TfConversions.scalar(c, out.dtype(), f.doubleValue(), f.longValue());
            return c.begin(TfOps.FILL).in(dims).in(value).exec();
          } finally {
            TfCall.free(dims, value);
          }
        });
    b.put(
        Prim.IOTA,
        TfDTypes.of(DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64),
        (p, in, av, out) -> {
          Params.Iota iota = (Params.Iota) p;
          TfCall c = rt.call();
          TFE_TensorHandle start = null;
          TFE_TensorHandle limit = null;
          TFE_TensorHandle delta = null;
          try {
            DType dt = out.dtype();
            start = TfConversions.scalar(c, dt, 0, 0);
            limit = TfConversions.scalar(c, dt, iota.n(), iota.n());
            delta = TfConversions.scalar(c, dt, 1, 1);
            return c.begin(TfOps.RANGE).in(start).in(limit).in(delta).exec();
          } finally {
            TfCall.free(start, limit, delta);
          }
        });
  }
}
