package dev.ivy.trace.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ivy.DType;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;

/** Writes and reads {@link Params} records as JSON objects with a "kind" field. */
final class ParamsJson {
  private ParamsJson() {}

  static ObjectNode write(Params p, ObjectMapper json) {
    ObjectNode o = json.createObjectNode();
    if (p instanceof Params.Control) {
      throw new GraphFormatException(
          "GraphIO: graphs holding cond / while / scan nodes (sub-graphs) cannot be saved yet",
          null);
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
    }
    return o;
  }

  static Params read(Prim prim, JsonNode o) {
    String kind = o.get("kind").asText();
    switch (kind) {
      case "None":
        return Params.None.INSTANCE;
      case "Cast":
        return new Params.Cast(DType.of(o.get("dtype").asText()));
      case "Axes":
        return new Params.Axes(ints(o.get("axes")), bool(o, "keepDims"));
      case "Axis":
        return new Params.Axis(o.get("axis").intValue());
      case "ToShape":
        return new Params.ToShape(GraphIO.shape(o.get("shape")));
      case "Perm":
        return new Params.Perm(ints(o.get("perm")));
      case "Slice":
        return new Params.Slice(longs(o.get("start")), longs(o.get("stop")), longs(o.get("step")));
      case "Full":
        return new Params.Full(
            GraphIO.shape(o.get("shape")),
            DType.of(o.get("dtype").asText()),
            Double.longBitsToDouble(o.get("doubleBits").longValue()),
            o.get("long").longValue());
      case "Iota":
        return new Params.Iota(o.get("n").longValue(), DType.of(o.get("dtype").asText()));
      case "Triangular":
        return new Params.Triangular(bool(o, "lower"), bool(o, "unitDiagonal"));
      case "Decomposition":
        return new Params.Decomposition(bool(o, "full"));
      default:
        throw new IllegalStateException("unknown params kind '" + kind + "' of " + prim);
    }
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

  private static int[] ints(JsonNode a) {
    int[] r = new int[a.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = a.get(i).intValue();
    }
    return r;
  }

  private static long[] longs(JsonNode a) {
    long[] r = new long[a.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = a.get(i).longValue();
    }
    return r;
  }
}
