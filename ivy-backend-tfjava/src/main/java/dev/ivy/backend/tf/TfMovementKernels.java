package dev.ivy.backend.tf;

import static dev.ivy.backend.tf.TfCall.free;
import static dev.ivy.backend.tf.TfElementwiseKernels.h;

import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/**
 * Kernels of the movement primitives: reshape, broadcast, transpose, strided slice, concat, flip
 * and take (gather along an axis).
 */
final class TfMovementKernels {
  private final TfRuntime rt;

  TfMovementKernels(TfRuntime rt) {
    this.rt = rt;
  }

  void register(KernelTable.Builder b) {
    b.put(
        Prim.RESHAPE,
        TfDTypes.ALL,
        (p, in, av, out) -> TfOps.reshape(rt.call(), h(in[0]), out.shape().dims()));
    b.put(
        Prim.BROADCAST_TO,
        TfDTypes.ALL,
        (p, in, av, out) -> {
          TfCall c = rt.call();
          TFE_TensorHandle shape = TfConversions.longs(c, out.shape().dims());
          try {
            return c.begin(TfOps.BROADCAST_TO).in(h(in[0])).in(shape).exec();
          } finally {
            free(shape);
          }
        });
    b.put(
        Prim.TRANSPOSE,
        TfDTypes.ALL,
        (p, in, av, out) -> TfOps.transpose(rt.call(), h(in[0]), ((Params.Perm) p).perm()));
    b.put(
        Prim.SLICE,
        TfDTypes.ALL,
        (p, in, av, out) -> {
          Params.Slice s = (Params.Slice) p;
          TfCall c = rt.call();
          if (av[0].shape().rank() == 0) {
            return c.share(h(in[0]));
          }
          TFE_TensorHandle begin = null;
          TFE_TensorHandle end = null;
          TFE_TensorHandle strides = null;
          try {
            begin = TfConversions.longs(c, s.start());
            end = TfConversions.longs(c, s.stop());
            strides = TfConversions.longs(c, s.step());
            return c.begin(TfOps.STRIDED_SLICE).in(h(in[0])).in(begin).in(end).in(strides).exec();
          } finally {
            TfCall.free(begin, end, strides);
          }
        });
    b.put(
        Prim.CONCAT,
        TfDTypes.ALL,
        (p, in, av, out) -> {
          TfCall c = rt.call();
          if (in.length == 1) {
            return c.share(h(in[0]));
          }
          TFE_TensorHandle[] hs = new TFE_TensorHandle[in.length];
          for (int i = 0; i < hs.length; i++) {
            hs[i] = h(in[i]);
          }
          TFE_TensorHandle axis = TfConversions.scalarInt(c, ((Params.Axis) p).axis());
          try {
            return c.begin(TfOps.CONCAT).inList(hs).in(axis).exec();
          } finally {
            free(axis);
          }
        });
    b.put(
        Prim.FLIP,
        TfDTypes.ALL,
        (p, in, av, out) -> {
          TfCall c = rt.call();
          TFE_TensorHandle axes = TfConversions.ints(c, ((Params.Axes) p).axes());
          try {
            return c.begin(TfOps.REVERSE_V2).in(h(in[0])).in(axes).exec();
          } finally {
            free(axes);
          }
        });
    b.put(
        Prim.TAKE,
        TfDTypes.ALL,
        (p, in, av, out) -> {
          TfCall c = rt.call();
          TFE_TensorHandle x = h(in[0]);
          TFE_TensorHandle flat = null;
          TFE_TensorHandle axis = null;
          try {
            if (av[0].shape().rank() == 0) {
              // a scalar is taken from as if it were [x]
              flat = TfOps.reshape(c, x, new long[] {1});
              x = flat;
            }
            axis = TfConversions.scalarLong(c, ((Params.Axis) p).axis());
            return c.begin(TfOps.GATHER).in(x).in(h(in[1])).in(axis).exec();
          } finally {
            TfCall.free(flat, axis);
          }
        });
  }
}
