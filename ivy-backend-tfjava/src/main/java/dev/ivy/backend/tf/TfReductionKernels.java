package dev.ivy.backend.tf;

import static dev.ivy.backend.tf.TfCall.free;
import static dev.ivy.backend.tf.TfElementwiseKernels.h;
import static dev.ivy.backend.tf.TfOps.binary;
import static dev.ivy.backend.tf.TfOps.reduce;
import static dev.ivy.backend.tf.TfOps.select;
import static dev.ivy.backend.tf.TfOps.unary;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import org.bytedeco.javacpp.BytePointer;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/** Kernels of the reductions over axes and of {@link Prim#ARGMAX} / {@link Prim#ARGMIN}. */
final class TfReductionKernels {
  private final TfRuntime rt;

  TfReductionKernels(TfRuntime rt) {
    this.rt = rt;
  }

  void register(KernelTable.Builder b) {
    b.put(Prim.REDUCE_SUM, TfDTypes.NUMERIC, reduction(TfOps.SUM, false));
    b.put(Prim.REDUCE_PROD, TfDTypes.NUMERIC, reduction(TfOps.PROD, false));
    b.put(Prim.REDUCE_MAX, TfDTypes.NUMERIC, reduction(TfOps.MAX, true));
    b.put(Prim.REDUCE_MIN, TfDTypes.NUMERIC, reduction(TfOps.MIN, true));
    b.put(
        Prim.ARGMAX,
        TfDTypes.NUMERIC,
        (p, in, av, out) -> argExtreme(p, in, av[0].dtype(), av[0].shape(), true));
    b.put(
        Prim.ARGMIN,
        TfDTypes.NUMERIC,
        (p, in, av, out) -> argExtreme(p, in, av[0].dtype(), av[0].shape(), false));
  }

  private Kernel reduction(BytePointer op, boolean nanPropagates) {
    return (p, in, av, out) -> {
      Params.Axes a = (Params.Axes) p;
      TfCall c = rt.call();
      TFE_TensorHandle axes = TfConversions.ints(c, a.axes());
      try {
        if (nanPropagates && av[0].dtype().isFloating()) {
          return nanReduce(c, op, h(in[0]), axes, a.keepDims(), av[0].dtype());
        }
        return reduce(c, op, h(in[0]), axes, a.keepDims());
      } finally {
        free(axes);
      }
    };
  }

  /** Max or min where any NaN in the reduced slice gives NaN (TensorFlow's may drop it). */
  private static TFE_TensorHandle nanReduce(
      TfCall c, BytePointer op, TFE_TensorHandle x, TFE_TensorHandle axes, boolean keep, DType dt) {
    TFE_TensorHandle isNan = null;
    TFE_TensorHandle anyNan = null;
    TFE_TensorHandle nan = null;
    TFE_TensorHandle r = null;
    try {
      isNan = unary(c, TfOps.IS_NAN, x);
      anyNan = reduce(c, TfOps.ANY, isNan, axes, keep);
      nan = TfConversions.scalar(c, dt, Double.NaN, 0);
      r = reduce(c, op, x, axes, keep);
      return select(c, anyNan, nan, r);
    } finally {
      TfCall.freeAll(isNan, anyNan, nan, r);
    }
  }

  /**
   * Index of the first maximum (minimum) along an axis, NaN counting as the extreme (NumPy): the
   * smallest index where the value equals the NaN-propagating extreme of its slice.
   */
  private Object argExtreme(Params p, Object[] in, DType dt, Shape shape, boolean max) {
    int axis = ((Params.Axis) p).axis();
    TfCall c = rt.call();
    TFE_TensorHandle x = h(in[0]);
    long n = shape.dim(axis);
    long[] iotaDims = new long[shape.rank()];
    java.util.Arrays.fill(iotaDims, 1);
    iotaDims[axis] = n;
    TFE_TensorHandle axes = null;
    TFE_TensorHandle m = null;
    TFE_TensorHandle hit = null;
    TFE_TensorHandle isNan = null;
    TFE_TensorHandle anyNan = null;
    TFE_TensorHandle eq = null;
    TFE_TensorHandle start = null;
    TFE_TensorHandle limit = null;
    TFE_TensorHandle step = null;
    TFE_TensorHandle range = null;
    TFE_TensorHandle iota = null;
    TFE_TensorHandle idx = null;
    try {
      axes = TfConversions.ints(c, new int[] {axis});
      m = reduce(c, max ? TfOps.MAX : TfOps.MIN, x, axes, true);
      eq = binary(c, TfOps.EQUAL, x, m);
      if (dt.isFloating()) {
        isNan = unary(c, TfOps.IS_NAN, x);
        anyNan = reduce(c, TfOps.ANY, isNan, axes, true);
        hit = select(c, anyNan, isNan, eq);
      } else {
        hit = c.share(eq);
      }
      start = TfConversions.scalarLong(c, 0);
      limit = TfConversions.scalarLong(c, n);
      step = TfConversions.scalarLong(c, 1);
      range = c.begin(TfOps.RANGE).in(start).in(limit).in(step).exec();
      iota = TfOps.reshape(c, range, iotaDims);
      idx = select(c, hit, iota, limit);
      return reduce(c, TfOps.MIN, idx, axes, false);
    } finally {
      TfCall.freeAll(axes, m, hit, isNan, anyNan, eq, start, limit, step, range, iota, idx);
    }
  }
}
