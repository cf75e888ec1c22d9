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
    r.add(
        "MatMulInteger",
        c -> one(Ivy.astype(integerMatmul(c, c.in(0), c.opt(2), c.in(1), c.opt(3)), DType.INT32)));
    r.add(
        "ConvInteger",
        c ->
            one(
                Ivy.astype(
                    integerConv(c, c.in(0), c.opt(2), c.in(1), c.opt(3), null), DType.INT32)));
    r.add(
        "QLinearMatMul",
        c -> {
          Array acc = integerMatmul(c, c.in(0), c.in(2), c.in(3), c.in(5));
          return one(requantize(c, acc, c.in(1), c.in(4), c.in(6), c.in(7), -1));
        });
    r.add(
        "QLinearConv",
        c -> {
          Array acc = integerConv(c, c.in(0), c.in(2), c.in(3), c.in(5), c.opt(8));
          return one(requantize(c, acc, c.in(1), c.in(4), c.in(6), c.in(7), 1));
        });
  }

  /** Returns x - zeroPoint in float64 (exact for 8-bit data and int32 sums). */
  private static Array shifted(Array x, Array zeroPoint, Array zpShape) {
    Array v = Ivy.astype(x, DType.FLOAT64);
    return zeroPoint == null ? v : Ivy.subtract(v, Ivy.astype(zpShape, DType.FLOAT64));
  }

  /** (a - aZero) @ (b - bZero), accumulated exactly (float64); bZero may be per column. */
  private static Array integerMatmul(NodeContext c, Array a, Array aZero, Array b, Array bZero) {
    if (aZero != null && aZero.size() != 1) {
      throw c.unsupported("a per-row zero point of A");
    }
    Array az = aZero == null ? null : Ivy.reshape(aZero, new long[0]);
    Array bz =
        bZero == null || bZero.size() == 1
            ? (bZero == null ? null : Ivy.reshape(bZero, new long[0]))
            : bZero;
    return Ivy.matmul(shifted(a, aZero, az), shifted(b, bZero, bz));
  }

  /**
   * conv(x - xZero, w - wZero) + bias, accumulated exactly (float64); wZero may be per output
   * channel; the padding holds the zero point, i.e. 0 after the shift.
   */
  private static Array integerConv(
      NodeContext c, Array x, Array xZero, Array w, Array wZero, Array bias) {
    Array xz = xZero == null ? null : Ivy.reshape(xZero, new long[0]);
    Array wz = null;
    if (wZero != null) {
      long[] s = new long[w.rank()];
      java.util.Arrays.fill(s, 1);
      s[0] = wZero.size();
      wz = wZero.size() == 1 ? Ivy.reshape(wZero, new long[0]) : Ivy.reshape(wZero, s);
    }
    java.util.List<Array> ins = new java.util.ArrayList<>();
    ins.add(shifted(x, xZero, xz));
    ins.add(shifted(w, wZero, wz));
    if (bias != null) {
      ins.add(Ivy.astype(bias, DType.FLOAT64));
    }
    return NnOps.conv(c.withInputs(ins)).get(0);
  }

  /**
   * Requantizes an exact accumulation: saturate(round(acc * aScale * bScale / yScale) + yZero),
   * with bScale per {@code axis} of acc (the output channel; -1: the last axis) when it is a
   * vector.
   */
  private static Array requantize(
      NodeContext c, Array acc, Array aScale, Array bScale, Array yScale, Array yZero, int axis) {
    Array bs = Ivy.astype(bScale, DType.FLOAT64);
    if (bScale.size() > 1) {
      long[] s = new long[acc.rank()];
      java.util.Arrays.fill(s, 1);
      s[axis < 0 ? acc.rank() - 1 : axis] = bScale.size();
      bs = Ivy.reshape(bs, s);
    } else {
      bs = Ivy.reshape(bs, new long[0]);
    }
    Array scale =
        Ivy.divide(
            Ivy.multiply(Ivy.reshape(Ivy.astype(aScale, DType.FLOAT64), new long[0]), bs),
            Ivy.reshape(Ivy.astype(yScale, DType.FLOAT64), new long[0]));
    Array q = Ivy.round(Ivy.multiply(acc, scale));
    q = Ivy.add(q, Ivy.reshape(Ivy.astype(yZero, DType.FLOAT64), new long[0]));
    return saturate(c, q, yZero.dtype());
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
