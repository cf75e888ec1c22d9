package dev.ivy.trace.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ivy.DType;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;

/**
 * Writes and reads {@link Params} records as JSON objects with a "kind" field. Control-flow params
 * (sub-graphs) are written and read by {@link GraphIO} itself, since they hold whole graphs.
 */
final class ParamsJson {
  private ParamsJson() {}

  static ObjectNode write(Params p, ObjectMapper json) {
    ObjectNode o = json.createObjectNode();
    if (p instanceof Params.Control) {
      throw new IllegalStateException("ParamsJson: control params are written by GraphIO");
    }
    o.put("kind", p.getClass().getSimpleName());
    if (p instanceof Params.Cast c) {
      o.put("dtype", c.dtype().toString());
    } else if (p instanceof Params.Axes a) {
      ints(o.putArray("axes"), a.axes());
      o.put("keepDims", a.keepDims());
    } else if (p instanceof Params.Axis a) {
      o.put("axis", a.axis());
    } else if (p instanceof Params.ToShape t) {
      longs(o.putArray("shape"), t.shape().dims());
    } else if (p instanceof Params.Perm pm) {
      ints(o.putArray("perm"), pm.perm());
    } else if (p instanceof Params.Slice s) {
      longs(o.putArray("start"), s.start());
      longs(o.putArray("stop"), s.stop());
      longs(o.putArray("step"), s.step());
    } else if (p instanceof Params.Full f) {
      longs(o.putArray("shape"), f.shape().dims());
      o.put("dtype", f.dtype().toString());
      // raw bits keep NaN, infinities and -0.0 exact
      o.put("doubleBits", Double.doubleToRawLongBits(f.doubleValue()));
      o.put("long", f.longValue());
    } else if (p instanceof Params.Iota i) {
      o.put("n", i.n());
      o.put("dtype", i.dtype().toString());
    } else if (p instanceof Params.Triangular t) {
      o.put("lower", t.lower());
      o.put("unitDiagonal", t.unitDiagonal());
    } else if (p instanceof Params.Decomposition d) {
      o.put("full", d.full());
    } else if (p instanceof Params.Conv c) {
      longs(o.putArray("strides"), c.strides());
      longs(o.putArray("padLo"), c.padLo());
      longs(o.putArray("padHi"), c.padHi());
      longs(o.putArray("dilations"), c.dilations());
      o.put("groups", c.groups());
    } else if (p instanceof Params.Pool q) {
      longs(o.putArray("kernel"), q.kernel());
      longs(o.putArray("strides"), q.strides());
      longs(o.putArray("padLo"), q.padLo());
      longs(o.putArray("padHi"), q.padHi());
      longs(o.putArray("dilations"), q.dilations());
      o.put("ceilMode", q.ceilMode());
      o.put("countIncludePad", q.countIncludePad());
      o.put("divisor", q.divisor());
    } else if (p instanceof Params.Norm n) {
      o.put("axis", n.axis());
      o.put("groups", n.groups());
      // raw bits keep the epsilon exact
      o.put("epsBits", Double.doubleToRawLongBits(n.eps()));
      o.put("weight", n.weight());
      o.put("bias", n.bias());
    } else if (p instanceof Params.Gelu g) {
      o.put("approximate", g.approximate());
    } else if (p instanceof Params.Bounds b) {
      o.put("loBits", Double.doubleToRawLongBits(b.lo()));
      o.put("hiBits", Double.doubleToRawLongBits(b.hi()));
    } else if (p instanceof Params.Attention a) {
      o.put("scaleBits", Double.doubleToRawLongBits(a.scale()));
      o.put("causal", a.causal());
      o.put("mask", a.mask().name());
    } else if (p instanceof Params.Resize r) {
      longs(o.putArray("sizes"), r.sizes());
      ArrayNode scales = o.putArray("scaleBits");
      for (double d : r.scales()) {
        // raw bits keep the coordinate scales exact
        scales.add(Double.doubleToRawLongBits(d));
      }
      o.put("mode", r.mode().name());
      o.put("alignCorners", r.alignCorners());
    }
    return o;
  }

  static Params read(Prim prim, JsonNode o) {
    String kind = text(o, "kind");
    switch (kind) {
      case "None":
        return Params.None.INSTANCE;
      case "Cast":
        return new Params.Cast(DType.of(text(o, "dtype")));
      case "Axes":
        return new Params.Axes(ints(o, "axes"), bool(o, "keepDims"));
      case "Axis":
        return new Params.Axis(integer(o, "axis"));
      case "ToShape":
        return new Params.ToShape(GraphIO.shape(o.get("shape")));
      case "Perm":
        return new Params.Perm(ints(o, "perm"));
      case "Slice":
        return new Params.Slice(longs(o, "start"), longs(o, "stop"), longs(o, "step"));
      case "Full":
        return new Params.Full(
            GraphIO.shape(o.get("shape")),
            DType.of(text(o, "dtype")),
            Double.longBitsToDouble(number(o, "doubleBits").longValue()),
            number(o, "long").longValue());
      case "Iota":
        return new Params.Iota(number(o, "n").longValue(), DType.of(text(o, "dtype")));
      case "Triangular":
        return new Params.Triangular(bool(o, "lower"), bool(o, "unitDiagonal"));
      case "Decomposition":
        return new Params.Decomposition(bool(o, "full"));
      case "Conv":
        return new Params.Conv(
            longs(o, "strides"),
            longs(o, "padLo"),
            longs(o, "padHi"),
            longs(o, "dilations"),
            number(o, "groups").longValue());
      case "Pool":
        return new Params.Pool(
            longs(o, "kernel"),
            longs(o, "strides"),
            longs(o, "padLo"),
            longs(o, "padHi"),
            longs(o, "dilations"),
            bool(o, "ceilMode"),
            bool(o, "countIncludePad"),
            number(o, "divisor").longValue());
      case "Norm":
        return new Params.Norm(
            integer(o, "axis"),
            number(o, "groups").longValue(),
            Double.longBitsToDouble(number(o, "epsBits").longValue()),
            bool(o, "weight"),
            bool(o, "bias"));
      case "Gelu":
        return new Params.Gelu(bool(o, "approximate"));
      case "Bounds":
        return new Params.Bounds(
            Double.longBitsToDouble(number(o, "loBits").longValue()),
            Double.longBitsToDouble(number(o, "hiBits").longValue()));
      case "Attention":
        return new Params.Attention(
            Double.longBitsToDouble(number(o, "scaleBits").longValue()),
            bool(o, "causal"),
            constant(Params.Attention.Mask.class, text(o, "mask")));
      case "Resize":
        {
          long[] bits = longs(o, "scaleBits");
          double[] scales = new double[bits.length];
          for (int i = 0; i < bits.length; i++) {
            scales[i] = Double.longBitsToDouble(bits[i]);
          }
          return new Params.Resize(
              longs(o, "sizes"),
              scales,
              constant(Params.Resize.Mode.class, text(o, "mode")),
              bool(o, "alignCorners"));
        }
      default:
        throw new IllegalStateException("unknown params kind '" + kind + "' of " + prim);
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "unknown " + type.getSimpleName() + " '" + name + "' in params", e);
    }
  }

  private static JsonNode number(JsonNode o, String f) {
    JsonNode v = o.get(f);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new IllegalStateException("params field '" + f + "' must be an integer");
    }
    return v;
  }

  private static int integer(JsonNode o, String f) {
    JsonNode v = o.get(f);
    if (v == null || !v.isInt()) {
      throw new IllegalStateException("params field '" + f + "' must be an int");
    }
    return v.intValue();
  }

  private static String text(JsonNode o, String f) {
    JsonNode v = o.get(f);
    if (v == null || !v.isTextual()) {
      throw new IllegalStateException("params field '" + f + "' must be a string");
    }
    return v.textValue();
  }

  private static JsonNode list(JsonNode o, String f) {
    JsonNode v = o.get(f);
    if (v == null || !v.isArray()) {
      throw new IllegalStateException("params field '" + f + "' must be a list");
    }
    return v;
  }

  private static boolean bool(JsonNode o, String f) {
    JsonNode v = o.get(f);
    if (v == null || !v.isBoolean()) {
      throw new IllegalStateException("params field '" + f + "' must be a boolean");
    }
    return v.booleanValue();
  }

  private static void ints(ArrayNode a, int[] v) {
    for (int x : v) {
      a.add(x);
    }
  }

  private static void longs(ArrayNode a, long[] v) {
    for (long x : v) {
      a.add(x);
    }
  }

  private static int[] ints(JsonNode o, String f) {
    JsonNode a = list(o, f);
    int[] r = new int[a.size()];
    for (int i = 0; i < r.length; i++) {
      if (!a.get(i).isInt()) {
        throw new IllegalStateException("params field '" + f + "' must hold ints");
      }
      r[i] = a.get(i).intValue();
    }
    return r;
  }

  private static long[] longs(JsonNode o, String f) {
    JsonNode a = list(o, f);
    long[] r = new long[a.size()];
    for (int i = 0; i < r.length; i++) {
      if (!a.get(i).isIntegralNumber() || !a.get(i).canConvertToLong()) {
        throw new IllegalStateException("params field '" + f + "' must hold integers");
      }
      r[i] = a.get(i).longValue();
    }
    return r;
  }
}
