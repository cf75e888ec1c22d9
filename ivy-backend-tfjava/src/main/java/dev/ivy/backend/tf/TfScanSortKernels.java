package dev.ivy.backend.tf;

import static dev.ivy.backend.tf.TfElementwiseKernels.h;
import static dev.ivy.backend.tf.TfOps.binary;
import static dev.ivy.backend.tf.TfOps.select;
import static dev.ivy.backend.tf.TfOps.unary;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.Set;
import org.bytedeco.javacpp.BytePointer;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/**
 * Kernels of the scans ({@link Prim#CUMSUM}, {@link Prim#CUMPROD}) and of sorting.
 *
 * <p>TensorFlow has no sort op; like {@code tf.sort} this uses TopKV2 with k = n, which is stable
 * (equal keys keep index order). Sorting descending by {@code ~key} sorts ascending by {@code key}
 * without the overflow of negation. For floats the key is the IEEE bit pattern made monotonic
 * (sign-magnitude to two's complement), after turning -0 into +0 (so they tie, as in NumPy) and
 * every NaN into the positive quiet NaN (so NaN sorts last).
 */
final class TfScanSortKernels {
  private static final Set<DType> SORTABLE =
      TfDTypes.of(DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64);

  private final TfRuntime rt;

  TfScanSortKernels(TfRuntime rt) {
    this.rt = rt;
  }

  void register(KernelTable.Builder b) {
    b.put(Prim.CUMSUM, TfDTypes.NUMERIC, scan(TfOps.CUMSUM));
    b.put(Prim.CUMPROD, TfDTypes.NUMERIC, scan(TfOps.CUMPROD));
    b.put(
        Prim.SORT,
        SORTABLE,
        (p, in, av, out) -> sort(p, h(in[0]), av[0].dtype(), av[0].shape(), false));
    b.put(
        Prim.ARGSORT,
        SORTABLE,
        (p, in, av, out) -> sort(p, h(in[0]), av[0].dtype(), av[0].shape(), true));
  }

  private Kernel scan(BytePointer op) {
    return (p, in, av, out) -> {
      TfCall c = rt.call();
      if (av[0].shape().rank() == 0) {
        return c.share(h(in[0]));
      }
      TFE_TensorHandle axis = TfConversions.scalarInt(c, ((Params.Axis) p).axis());
      try {
        return c.begin(op).in(h(in[0])).in(axis).exec();
      } finally {
        TfCall.free(axis);
      }
    };
  }

  private Object sort(Params p, TFE_TensorHandle x, DType dt, Shape shape, boolean indices) {
    TfCall c = rt.call();
    int rank = shape.rank();
    if (rank == 0) {
      return indices ? TfConversions.scalarLong(c, 0) : c.share(x);
    }
    if (shape.size() == 0) {
      return indices ? TfOps.cast(c, x, TfConversions.tfType(DType.INT64)) : c.share(x);
    }
    int axis = ((Params.Axis) p).axis();
    int last = rank - 1;
    int[] perm = null;
    if (axis != last) {
      perm = new int[rank];
      for (int i = 0; i < rank; i++) {
        perm[i] = i;
      }
      perm[axis] = last;
      perm[last] = axis;
    }
    TFE_TensorHandle xt = null;
    TFE_TensorHandle negKey = null;
    TFE_TensorHandle k = null;
    TFE_TensorHandle[] topk = null;
    TFE_TensorHandle r = null;
    try {
      xt = perm == null ? c.share(x) : TfOps.transpose(c, x, perm);
      negKey = negatedKey(c, xt, dt);
      k = TfConversions.scalarInt(c, Math.toIntExact(shape.dim(axis)));
      topk = c.begin(TfOps.TOP_K).in(negKey).in(k).attr(TfOps.SORTED, true).exec2();
      if (indices) {
        r = TfOps.cast(c, topk[1], TfConversions.tfType(DType.INT64));
      } else {
        TFE_TensorHandle ax = TfConversions.scalarInt(c, last);
        try {
          r = c.begin(TfOps.GATHER).in(xt).in(topk[1]).in(ax).attr(TfOps.BATCH_DIMS, last).exec();
        } finally {
          TfCall.free(ax);
        }
      }
      if (perm == null) {
        TFE_TensorHandle done = r;
        r = null;
        return done;
      }
      return TfOps.transpose(c, r, perm);
    } finally {
      TfCall.free(xt, negKey, k);
      TfCall.free(r);
      if (topk != null) {
        TfCall.free(topk[0], topk[1]);
      }
    }
  }

  /** Returns ~key, where key orders like the values (NaN last, -0 == +0). */
  private static TFE_TensorHandle negatedKey(TfCall c, TFE_TensorHandle x, DType dt) {
    if (dt.isInteger()) {
      return unary(c, TfOps.INVERT, x);
    }
    boolean wide = dt == DType.FLOAT64;
    DType bitsType = wide ? DType.INT64 : DType.INT32;
    TFE_TensorHandle zero = null;
    TFE_TensorHandle nan = null;
    TFE_TensorHandle isNan = null;
    TFE_TensorHandle plusZero = null;
    TFE_TensorHandle canon = null;
    TFE_TensorHandle bits = null;
    TFE_TensorHandle shift = null;
    TFE_TensorHandle sign = null;
    TFE_TensorHandle magMask = null;
    TFE_TensorHandle flip = null;
    TFE_TensorHandle key = null;
    try {
      zero = TfConversions.scalar(c, dt, 0, 0);
      nan = TfConversions.scalar(c, dt, Double.NaN, 0);
      isNan = unary(c, TfOps.IS_NAN, x);
      plusZero = binary(c, TfOps.ADD, x, zero);
      canon = select(c, isNan, nan, plusZero);
      bits =
          c.begin(TfOps.BITCAST).in(canon).type(TfOps.TYPE, TfConversions.tfType(bitsType)).exec();
      shift = TfConversions.scalar(c, bitsType, 0, wide ? 63 : 31);
      sign = binary(c, TfOps.RIGHT_SHIFT, bits, shift);
      magMask = TfConversions.scalar(c, bitsType, 0, wide ? Long.MAX_VALUE : Integer.MAX_VALUE);
      flip = binary(c, TfOps.BITWISE_AND, sign, magMask);
      key = binary(c, TfOps.BITWISE_XOR, bits, flip);
      return unary(c, TfOps.INVERT, key);
    } finally {
      TfCall.freeAll(zero, nan, isNan, plusZero, canon, bits, shift, sign, magMask, flip, key);
    }
  }
}
