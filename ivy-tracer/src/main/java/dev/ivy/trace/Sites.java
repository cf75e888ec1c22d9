package dev.ivy.trace;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The integer sites of a graph, those that may depend on a batch size: every dimension of every
 * value, the shape, slice and length attributes of nodes, the fill value of {@code full} and the
 * value of scalar constants. A site is named by a path (see {@link GraphText.SiteFormat}).
 */
final class Sites {
  private Sites() {}

  /** Returns every site of {@code g} and its value, in printing order. */
  static Map<String, Number> collect(Graph g) {
    Map<String, Number> m = new LinkedHashMap<>();
    GraphText.text(
        g,
        (path, value, printed) -> {
          m.put(path, value);
          return printed;
        },
        "");
    return m;
  }

  /** Returns the value of a 0-d constant of an integer or float32/64 dtype, else null. */
  static Number scalarValue(Constant c) {
    if (c.aval().shape().rank() != 0) {
      return null;
    }
    ByteBuffer b = c.buffer();
    return switch (c.aval().dtype()) {
      case INT8, UINT8 -> c.aval().dtype() == DType.UINT8 ? (long) (b.get(0) & 0xff) : b.get(0);
      case INT16 -> (long) b.getShort(0);
      case INT32 -> (long) b.getInt(0);
      case INT64 -> b.getLong(0);
      case FLOAT32 -> (double) b.getFloat(0);
      case FLOAT64 -> b.getDouble(0);
      default -> null;
    };
  }

  private static byte[] encodeScalar(DType dtype, long v) {
    ByteBuffer b = ByteBuffer.allocate(dtype.byteSize()).order(ByteOrder.LITTLE_ENDIAN);
    switch (dtype) {
      case INT8, UINT8 -> b.put((byte) v);
      case INT16 -> b.putShort((short) v);
      case INT32 -> b.putInt((int) v);
      case INT64 -> b.putLong(v);
      case FLOAT32 -> b.putFloat(v);
      case FLOAT64 -> b.putDouble(v);
      default -> throw new IllegalStateException("Sites: no scalar site of dtype " + dtype);
    }
    return b.array();
  }

  /**
   * Returns {@code g} with each site whose path {@code repl} maps to a value replaced by it; the
   * result keeps the input tree and output structure and is not batch-polymorphic.
   */
  static Graph substitute(Graph g, Function<String, Long> repl) {
    return substitute(g, "", repl);
  }

  private static Graph substitute(Graph g, String prefix, Function<String, Long> repl) {
    List<Aval> inAvals = new ArrayList<>();
    for (int i = 0; i < g.inputs().size(); i++) {
      inAvals.add(aval(g.inputAvals().get(i), prefix + "%" + g.inputs().get(i), repl));
    }
    Map<Integer, Constant> cs = new LinkedHashMap<>();
    for (Map.Entry<Integer, Constant> e : g.constants().entrySet()) {
      String p = prefix + "%" + e.getKey();
      Constant c = e.getValue();
      Aval a = aval(c.aval(), p, repl);
      Long v = scalarValue(c) == null ? null : repl.apply(p + ".value");
      cs.put(
          e.getKey(),
          v != null ? new Constant(a, encodeScalar(a.dtype(), v)) : new Constant(a, c.bytes()));
    }
    List<Node> nodes = new ArrayList<>();
    for (Node n : g.nodes()) {
      int[] outs = n.outputs();
      Aval[] avals = n.outAvals();
      for (int i = 0; i < avals.length; i++) {
        avals[i] = aval(avals[i], prefix + "%" + outs[i], repl);
      }
      Params params = params(n.params(), prefix + "%" + outs[0] + ".", repl, avals);
      nodes.add(new Node(n.prim(), params, n.inputs(), outs, avals));
    }
    return new Graph(
        g.inputs(), inAvals, cs, nodes, g.outputs(), g.structure(), g.inputTree(), null);
  }

  private static Aval aval(Aval a, String path, Function<String, Long> repl) {
    long[] d = dims(a.shape().dims(), path, repl);
    return d == null ? a : new Aval(Shape.of(d), a.dtype());
  }

  /** Returns the dims with sites replaced, or null if none is. */
  private static long[] dims(long[] d, String path, Function<String, Long> repl) {
    long[] r = null;
    for (int k = 0; k < d.length; k++) {
      Long v = repl.apply(path + "[" + k + "]");
      if (v != null) {
        if (r == null) {
          r = d.clone();
        }
        r[k] = v;
      }
    }
    return r;
  }

  private static long[] orSame(long[] replaced, long[] d) {
    return replaced != null ? replaced : d;
  }

  private static Params params(
      Params p, String path, Function<String, Long> repl, Aval[] outAvals) {
    if (p instanceof Params.ToShape t) {
      long[] d = dims(t.shape().dims(), path + "shape", repl);
      return d == null ? p : new Params.ToShape(Shape.of(d));
    }
    if (p instanceof Params.Full f) {
      Shape s = Shape.of(orSame(dims(f.shape().dims(), path + "shape", repl), f.shape().dims()));
      Long v = repl.apply(path + "value");
      return v != null
          ? Params.Full.of(s, f.dtype(), v)
          : new Params.Full(s, f.dtype(), f.doubleValue(), f.longValue());
    }
    if (p instanceof Params.Iota i) {
      Long n = repl.apply(path + "n");
      return n == null ? p : new Params.Iota(n, i.dtype());
    }
    if (p instanceof Params.Slice l) {
      return new Params.Slice(
          orSame(dims(l.start(), path + "start", repl), l.start()),
          orSame(dims(l.stop(), path + "stop", repl), l.stop()),
          orSame(dims(l.step(), path + "step", repl), l.step()));
    }
    if (p instanceof Params.Control c) {
      List<Params.Body> bodies = new ArrayList<>();
      for (int j = 0; j < c.bodies().size(); j++) {
        Params.Body b = c.bodies().get(j);
        bodies.add(
            b instanceof SubGraph s
                ? new SubGraph(substitute(s.graph(), path + "body" + j + "/", repl))
                : b);
      }
      return new Params.Control(
          bodies, c.numCarry(), c.outAvals() == null ? null : List.of(outAvals));
    }
    return p;
  }

  /** Returns {@code path} with its leading value id mapped by {@code ids}. */
  static String renumber(String path, Map<Integer, Integer> ids) {
    int end = 1;
    while (end < path.length() && Character.isDigit(path.charAt(end))) {
      end++;
    }
    int id = Integer.parseInt(path.substring(1, end));
    Integer to = ids.get(id);
    return to == null ? path : "%" + to + path.substring(end);
  }
}
