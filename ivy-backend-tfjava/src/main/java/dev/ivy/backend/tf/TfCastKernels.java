package dev.ivy.backend.tf;

import static dev.ivy.backend.tf.TfElementwiseKernels.h;
import static dev.ivy.backend.tf.TfOps.binary;
import static dev.ivy.backend.tf.TfOps.cast;
import static dev.ivy.backend.tf.TfOps.select;

import dev.ivy.DType;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/**
 * The kernel of {@link Prim#CAST}, between every pair of the ten dtypes. TensorFlow's Cast
 * truncates floats toward zero when converting to integers and maps nonzero (and NaN) to true.
 *
 * <p>Its conversions to float16 and bfloat16 go through float32 (Eigen converts the float32 value),
 * which rounds twice: a float64 just above a 16-bit tie first rounds onto the tie and then to even.
 * This kernel rounds the float32 intermediate to odd instead (if inexact, the neighbour toward x
 * with an odd last bit), which makes the second rounding correct, since float32 keeps more than two
 * extra bits.
 */
final class TfCastKernels {
  private final TfRuntime rt;

  TfCastKernels(TfRuntime rt) {
    this.rt = rt;
  }

  void register(KernelTable.Builder b) {
    b.put(
        Prim.CAST,
        TfDTypes.ALL,
        (p, in, av, out) -> {
          TfCall c = rt.call();
          DType from = av[0].dtype();
          DType to = ((Params.Cast) p).dtype();
          TFE_TensorHandle x = h(in[0]);
          if (from == to) {
            return c.share(x);
          }
          boolean to16 = to == DType.FLOAT16 || to == DType.BFLOAT16;
          boolean wideFrom = from == DType.FLOAT64 || from == DType.INT32 || from == DType.INT64;
          if (to16 && wideFrom) {
            return castOnceRounded(c, x, from, to);
          }
          return cast(c, x, TfConversions.tfType(to));
        });
  }

  private static TFE_TensorHandle castOnceRounded(
      TfCall c, TFE_TensorHandle x, DType from, DType to) {
    TFE_TensorHandle x64 = null;
    TFE_TensorHandle f = null;
    TFE_TensorHandle back = null;
    TFE_TensorHandle inexact = null;
    TFE_TensorHandle bits = null;
    TFE_TensorHandle one = null;
    TFE_TensorHandle lsb = null;
    TFE_TensorHandle even = null;
    TFE_TensorHandle adjust = null;
    TFE_TensorHandle up = null;
    TFE_TensorHandle inf = null;
    TFE_TensorHandle minusInf = null;
    TFE_TensorHandle target = null;
    TFE_TensorHandle next = null;
    TFE_TensorHandle odd = null;
    try {
      x64 = from == DType.FLOAT64 ? c.share(x) : cast(c, x, TfConversions.tfType(DType.FLOAT64));
      f = cast(c, x64, TfConversions.tfType(DType.FLOAT32));
      back = cast(c, f, TfConversions.tfType(DType.FLOAT64));
      inexact = binary(c, TfOps.NOT_EQUAL, back, x64);
      bits =
          c.begin(TfOps.BITCAST).in(f).type(TfOps.TYPE, TfConversions.tfType(DType.INT32)).exec();
      one = TfConversions.scalarInt(c, 1);
      lsb = binary(c, TfOps.BITWISE_AND, bits, one);
      even = binary(c, TfOps.NOT_EQUAL, lsb, one);
      adjust = binary(c, TfOps.LOGICAL_AND, inexact, even);
      up = binary(c, TfOps.GREATER, x64, back);
      inf = TfConversions.scalar(c, DType.FLOAT32, Double.POSITIVE_INFINITY, 0);
      minusInf = TfConversions.scalar(c, DType.FLOAT32, Double.NEGATIVE_INFINITY, 0);
      target = select(c, up, inf, minusInf);
      next = binary(c, TfOps.NEXT_AFTER, f, target);
      odd = select(c, adjust, next, f);
      return cast(c, odd, TfConversions.tfType(to));
    } finally {
      TfCall.freeAll(
          x64, f, back, inexact, bits, one, lsb, even, adjust, up, inf, minusInf, target, next,
          odd);
    }
  }
}
