package dev.ivy.trace;

import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Formats graphs as text and as Graphviz DOT. */
final class GraphText {
  private GraphText() {}

  /**
   * Formats one integer or number of a graph (a dimension, an attribute, a scalar constant's value)
   * given its site path ({@code %id[axis]}, {@code %id.attribute[i]}, {@code %id.value}, prefixed
   * by {@code %id.body<j>/} inside control-flow bodies); see {@link BatchPolymorphism}.
   */
  @FunctionalInterface
  interface SiteFormat {
    /**
     * Returns the text of the site.
     *
     * @param path the site path
     * @param value its value
     * @param printed the default text, or null where nothing is printed by default
     * @return the text, or null to print nothing
     */
    String site(String path, Number value, String printed);
  }

  /** Prints every site as its value. */
  static final SiteFormat PLAIN = (path, value, printed) -> printed;

  static String value(int id, Aval a) {
    return "%" + id + ":" + a.dtype() + Arrays.toString(a.shape().dims()).replace(" ", "");
  }

  static String value(int id, Aval a, SiteFormat f, String prefix) {
    if (f == PLAIN) {
      return value(id, a);
    }
    return "%" + id + ":" + a.dtype() + dims(a.shape().dims(), f, prefix + "%" + id);
  }

  private static String dims(long[] d, SiteFormat f, String path) {
    StringBuilder sb = new StringBuilder("[");
    for (int k = 0; k < d.length; k++) {
      sb.append(k > 0 ? "," : "").append(f.site(path + "[" + k + "]", d[k], Long.toString(d[k])));
    }
    return sb.append(']').toString();
  }

  /** Returns the params with their sites formatted by {@code f}; {@code path} ends with '.'. */
  static String params(Params p, SiteFormat f, String path) {
    if (f == PLAIN) {
      return params(p);
    }
    String s;
    if (p instanceof Params.ToShape t) {
      s = "shape=" + dims(t.shape().dims(), f, path + "shape");
    } else if (p instanceof Params.Full u) {
      Number v = u.dtype().isInteger() ? (Number) u.longValue() : (Number) u.doubleValue();
      String printed =
          u.dtype().isInteger() ? Long.toString(u.longValue()) : Double.toString(u.doubleValue());
      s =
          "shape="
              + dims(u.shape().dims(), f, path + "shape")
              + ",dtype="
              + u.dtype()
              + ",value="
              + f.site(path + "value", v, printed);
    } else if (p instanceof Params.Iota i) {
      s = "n=" + f.site(path + "n", i.n(), Long.toString(i.n())) + ",dtype=" + i.dtype();
    } else if (p instanceof Params.Slice l) {
      s =
          "start="
              + dims(l.start(), f, path + "start")
              + ",stop="
              + dims(l.stop(), f, path + "stop")
              + ",step="
              + dims(l.step(), f, path + "step");
    } else {
      return params(p);
    }
    return "[" + s.replace(" ", "") + "]";
  }

  static String params(Params p) {
    if (p instanceof Params.None) {
      return "";
    }
    String s;
    if (p instanceof Params.Cast c) {
      s = "dtype=" + c.dtype();
    } else if (p instanceof Params.Axis a) {
      s = "axis=" + a.axis();
    } else if (p instanceof Params.ToShape t) {
      s = "shape=" + dims(t.shape().dims());
    } else if (p instanceof Params.Full f) {
      s =
          "shape="
              + dims(f.shape().dims())
              + ", dtype="
              + f.dtype()
              + ", value="
              + (f.dtype().isInteger() ? Long.toString(f.longValue()) : f.doubleValue());
    } else if (p instanceof Params.Iota i) {
      s = "n=" + i.n() + ", dtype=" + i.dtype();
    } else if (p instanceof Params.Triangular t) {
      s = "lower=" + t.lower() + ", unit_diagonal=" + t.unitDiagonal();
    } else if (p instanceof Params.Decomposition d) {
      s = "full=" + d.full();
    } else {
      s = p.toString().replace(" ", "");
    }
    return "[" + s.replace(" ", "") + "]";
  }

  private static String dims(long[] d) {
    return Arrays.toString(d).replace(" ", "");
  }

  static String node(Node n) {
    return node(n, PLAIN, "");
  }

  static String node(Node n, SiteFormat f, String prefix) {
    StringBuilder sb = new StringBuilder();
    int[] outs = n.outputs();
    Aval[] avals = n.outAvals();
    for (int i = 0; i < outs.length; i++) {
      sb.append(i > 0 ? ", " : "").append(value(outs[i], avals[i], f, prefix));
    }
    sb.append(" = ")
        .append(n.prim().opName())
        .append(params(n.params(), f, prefix + "%" + outs[0] + "."));
    for (int id : n.inputs()) {
      sb.append(" %").append(id);
    }
    return sb.toString();
  }

  static String text(Graph g) {
    return text(g, PLAIN, "");
  }

  /** Returns the text of {@code g} with its sites formatted by {@code f}. */
  static String text(Graph g, SiteFormat f, String prefix) {
    StringBuilder sb = new StringBuilder("graph(");
    for (int i = 0; i < g.inputs().size(); i++) {
      sb.append(i > 0 ? ", " : "")
          .append(value(g.inputs().get(i), g.inputAvals().get(i), f, prefix));
    }
    sb.append(") {\n");
    for (Map.Entry<Integer, Constant> e : g.constants().entrySet()) {
      sb.append("  ").append(value(e.getKey(), e.getValue().aval(), f, prefix)).append(" = const");
      Number v = f == PLAIN ? null : Sites.scalarValue(e.getValue());
      String shown = v == null ? null : f.site(prefix + "%" + e.getKey() + ".value", v, null);
      if (shown != null) {
        sb.append('(').append(shown).append(')');
      }
      sb.append('\n');
    }
    for (Node n : g.nodes()) {
      sb.append("  ").append(node(n, f, prefix)).append('\n');
      List<Graph> subs = n.subgraphs();
      for (int i = 0; i < subs.size(); i++) {
        sb.append("    ").append(bodyName(n, i)).append(": ");
        String inner =
            text(subs.get(i), f, prefix + "%" + n.outputs()[0] + ".body" + i + "/").stripTrailing();
        sb.append(inner.replace("\n", "\n    ")).append('\n');
      }
    }
    sb.append("  return ").append(g.structure().format(g.outputs())).append("\n}\n");
    return sb.toString();
  }

  private static String bodyName(Node n, int i) {
    return switch (n.prim()) {
      case COND -> i == 0 ? "true" : "false";
      case WHILE -> i == 0 ? "cond" : "body";
      default -> "body";
    };
  }

  /**
   * Returns {@code g} as a Graphviz digraph. A control-flow node is a box fed by its inputs through
   * its bodies: each body is a cluster (nested for nested control flow) whose inputs are fed by
   * dashed edges from the node's inputs (a cond's predicate feeds the box itself) and whose results
   * feed the box by dotted edges.
   */
  static String dot(Graph g) {
    StringBuilder sb = new StringBuilder("digraph ivy {\n  rankdir=TB;\n");
    List<String> outs = dotBody(g, "", sb, "  ");
    for (int i = 0; i < outs.size(); i++) {
      sb.append("  out").append(i).append(" [shape=ellipse, label=\"output ").append(i);
      sb.append("\"];\n  ").append(outs.get(i)).append(" -> out").append(i).append(";\n");
    }
    return sb.append("}\n").toString();
  }

  /**
   * Declares {@code g}'s values and nodes under names prefixed by {@code p}, with their edges;
   * returns the name of the DOT node defining each output.
   */
  private static List<String> dotBody(Graph g, String p, StringBuilder sb, String ind) {
    Map<Integer, String> def = new java.util.HashMap<>();
    for (int i = 0; i < g.inputs().size(); i++) {
      int id = g.inputs().get(i);
      sb.append(ind).append(p).append('v').append(id);
      sb.append(" [shape=ellipse, label=\"input ");
      sb.append(value(id, g.inputAvals().get(i))).append("\"];\n");
      def.put(id, p + "v" + id);
    }
    for (Map.Entry<Integer, Constant> e : g.constants().entrySet()) {
      int id = e.getKey();
      sb.append(ind).append(p).append('v').append(id);
      sb.append(" [shape=box, style=dashed, label=\"const ");
      sb.append(value(id, e.getValue().aval())).append("\"];\n");
      def.put(id, p + "v" + id);
    }
    int k = 0;
    for (Node n : g.nodes()) {
      String name = p + "n" + k++;
      StringBuilder label = new StringBuilder(n.prim().opName() + params(n.params()));
      for (int i = 0; i < n.outputs().length; i++) {
        label.append("\\n").append(value(n.outputs()[i], n.outAvals()[i]));
      }
      List<Graph> subs = n.subgraphs();
      sb.append(ind).append(name).append(" [shape=box, ");
      sb.append(subs.isEmpty() ? "" : "style=bold, ").append("label=\"");
      sb.append(label.toString().replace("\"", "'")).append("\"];\n");
      int[] ins = n.inputs();
      // a cond's predicate picks the branch: it feeds the box; the operands feed the branches
      int direct = subs.isEmpty() ? ins.length : n.prim() == dev.ivy.prim.Prim.COND ? 1 : 0;
      for (int i = 0; i < Math.min(direct, ins.length); i++) {
        sb.append(ind).append(def.get(ins[i])).append(" -> ").append(name).append(";\n");
      }
      for (int b = 0; b < subs.size(); b++) {
        Graph sub = subs.get(b);
        String bp = name + "b" + b + "_";
        sb.append(ind).append("subgraph cluster_").append(bp).append(" {\n");
        sb.append(ind).append("  label=\"").append(bodyName(n, b)).append("\";\n");
        sb.append(ind).append("  style=rounded;\n");
        List<String> bodyOuts = dotBody(sub, bp, sb, ind + "  ");
        sb.append(ind).append("}\n");
        for (int j = 0; j < sub.inputs().size() && direct + j < ins.length; j++) {
          sb.append(ind).append(def.get(ins[direct + j])).append(" -> ").append(bp).append('v');
          sb.append(sub.inputs().get(j)).append(" [style=dashed];\n");
        }
        for (String o : bodyOuts) {
          sb.append(ind).append(o).append(" -> ").append(name).append(" [style=dotted];\n");
        }
      }
      for (int i = 0; i < n.outputs().length; i++) {
        def.put(n.outputs()[i], name);
      }
    }
    List<String> outs = new java.util.ArrayList<>();
    for (int id : g.outputs()) {
      outs.add(def.get(id));
    }
    return outs;
  }
}
