package dev.ivy.onnx;

import static dev.ivy.onnx.MathOps.one;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import java.util.List;

/**
 * Linear quantization (the QDQ form int8 models ship in): QuantizeLinear, DequantizeLinear and
 * DynamicQuantizeLinear, per tensor or (from opset 13) per axis.
 */
final class QuantOps {
  private QuantOps() {}

  static void register(OnnxOps.Registrar r) {
    r.add("QuantizeLinear", "uint8 and int8", QuantOps::quantize);
    r.add("DequantizeLinear", "uint8, int8 and int32", QuantOps::dequantize);
    r.add("DynamicQuantizeLinear", QuantOps::dynamicQuantize);
  }

  /** Returns {@code v} (a scalar or a 1-d per-axis vector) shaped to broadcast along axis of x. */
  private static Array perAxis(NodeContext c, Array v, Array x) {
    if (v.rank() == 0 || v.size() == 1 && v.rank() <= 1) {
      return Ivy.reshape(v, new long[0]);
    }
    if (c.opset() < 13 || v.rank() != 1) {
      throw c.error(
          "scale and zero point must be scalars (1-d per axis from opset 13); got %s", v.shape());
    }
    int a = ShapeOps.axis(c, c.i("axis", 1), x.rank());
    if (v.shape().dim(0) != x.shape().dim(a)) {
      throw c.error(
          "a per-axis scale must have %d values (axis %d); got %s", x.shape().dim(a), a, v.shape());
    }
    long[] s = new long[x.rank()];
    java.util.Arrays.fill(s, 1);
    s[a] = v.size();
    return Ivy.reshape(v, s);
  }

  /** Returns [lo, hi] of an integer dtype. */
  private static long[] range(NodeContext c, DType dt) {
    return switch (dt) {
      case UINT8 -> new long[] {0, 255};
      case INT8 -> new long[] {-128, 127};
      default -> throw c.unsupported("quantizing to %s (only uint8 and int8)", dt);
    };
  }

  private static Array saturate(NodeContext c, Array v, DType dt) {
    long[] r = range(c, dt);
    return Ivy.astype(Ivy.clip(v, (double) r[0], (double) r[1]), dt);
  }

  private static List<Array> quantize(NodeContext c) {
    Array x = c.in(0);
    Array scale = perAxis(c, c.in(1), x);
    Array zp = c.opt(2);
    DType dt = zp == null ? DType.UINT8 : zp.dtype();
    Array q = Ivy.round(Ivy.divide(Ivy.astype(x, DType.FLOAT32), Ivy.astype(scale, DType.FLOAT32)));
    if (zp != null) {
      q = Ivy.add(q, Ivy.astype(perAxis(c, zp, x), DType.FLOAT32));
    }
    return one(saturate(c, q, dt));
  }

  private static List<Array> dequantize(NodeContext c) {
    Array x = c.in(0);
    Array scale = perAxis(c, c.in(1), x);
    Array v = Ivy.astype(x, DType.FLOAT32);
    if (c.opt(2) != null) {
      v = Ivy.subtract(v, Ivy.astype(perAxis(c, c.opt(2), x), DType.FLOAT32));
    }
    return one(Ivy.astype(Ivy.multiply(v, scale), scale.dtype()));
  }

  /**
   * DynamicQuantizeLinear: uint8 with scale (max(0, max x) - min(0, min x)) / 255 and zero point
   * round(-min(0, min x) / scale), saturated.
   */
  private static List<Array> dynamicQuantize(NodeContext c) {
    Array x = Ivy.astype(c.in(0), DType.FLOAT32);
    Array lo = Ivy.minimum(Ivy.min(x), 0.0);
    Array hi = Ivy.maximum(Ivy.max(x), 0.0);
    Array scale = Ivy.divide(Ivy.subtract(hi, lo), 255.0);
    Array zpf = Ivy.clip(Ivy.round(Ivy.divide(Ivy.negative(lo), scale)), 0.0, 255.0);
    Array y = saturate(c, Ivy.add(Ivy.round(Ivy.divide(x, scale)), zpf), DType.UINT8);
    List<Array> out = one(y);
    out.add(scale);
    out.add(Ivy.astype(zpf, DType.UINT8));
    return out;
  }
}
