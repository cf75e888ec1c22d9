package dev.ivy.examples;

import dev.ivy.prim.Aval;
import dev.ivy.trace.Constant;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a traced {@link Graph} as SVG with a small layered layout (after Sugiyama): each input,
 * constant, operation and output is a box; boxes sit in layers so that every edge points down; an
 * edge spanning several layers passes through invisible points, one per layer, so that it bends
 * around the boxes between; the boxes of each layer are ordered by the mean position of what feeds
 * them and of what they feed, keeping the order with the fewest crossings. A control-flow node is
 * one box (its bodies are not drawn).
 *
 * <p>It exists because no Java library renders DOT to SVG offline without Graphviz's native {@code
 * dot} in a way fit for a test: see {@code ivy-examples/README.md}.
 */
final class GraphSvg {
  private static final int CHAR_WIDTH = 7;
  private static final int LINE_HEIGHT = 15;
  private static final int LAYER_GAP = 40;
  private static final int BOX_GAP = 24;
  private static final int MARGIN = 20;

  /** What a box stands for; a point is the invisible bend of a long edge. */
  private enum Kind {
    INPUT,
    CONSTANT,
    OP,
    OUTPUT,
    POINT
  }

  private static final class Vertex {
    final Kind kind;
    final String[] lines;
    final List<Vertex> preds = new ArrayList<>();
    int layer;
    double order;
    double x;
    double y;

    Vertex(Kind kind, String... lines) {
      this.kind = kind;
      this.lines = lines;
    }

    double width() {
      if (kind == Kind.POINT) {
        return 0;
      }
      int longest = Arrays.stream(lines).mapToInt(String::length).max().orElse(0);
      return longest * CHAR_WIDTH + 16;
    }

    double height() {
      return kind == Kind.POINT ? 0 : lines.length * LINE_HEIGHT + 10;
    }
  }

  private GraphSvg() {}

  /** Returns {@code g} drawn as a standalone SVG document. */
  static String svg(Graph g) {
    List<Vertex> vertices = vertices(g);
    List<List<Vertex>> layers = layers(vertices);
    order(layers);
    double width = place(layers);
    double height =
        vertices.stream().mapToDouble(v -> v.y + v.height() / 2).max().orElse(0) + MARGIN;
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append(
        fmt(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\" font-family=\"monospace\" font-size=\"12\">%n",
            width, height, width, height));
    sb.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"");
    sb.append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">");
    sb.append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444\"/></marker></defs>\n");
    sb.append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    for (Vertex v : vertices) {
      if (v.kind != Kind.POINT) {
        for (Vertex p : v.preds) {
          edge(sb, p, v);
        }
      }
    }
    for (Vertex v : vertices) {
      box(sb, v);
    }
    return sb.append("</svg>\n").toString();
  }

  /** One vertex per input, constant, node and output, each after those feeding it. */
  private static List<Vertex> vertices(Graph g) {
    List<Vertex> all = new ArrayList<>();
    Map<Integer, Vertex> def = new HashMap<>();
    for (int i = 0; i < g.inputs().size(); i++) {
      int id = g.inputs().get(i);
      def.put(id, add(all, new Vertex(Kind.INPUT, "input " + value(id, g.inputAvals().get(i)))));
    }
    for (Map.Entry<Integer, Constant> e : g.constants().entrySet()) {
      def.put(
          e.getKey(),
          add(all, new Vertex(Kind.CONSTANT, "const " + value(e.getKey(), e.getValue().aval()))));
    }
    for (Node n : g.nodes()) {
      List<String> lines = new ArrayList<>();
      int bodies = n.subgraphs().size();
      lines.add(n.prim().opName() + (bodies > 0 ? " (" + bodies + " bodies)" : ""));
      for (int i = 0; i < n.outputs().length; i++) {
        lines.add(value(n.outputs()[i], n.outAvals()[i]));
      }
      Vertex v = add(all, new Vertex(Kind.OP, lines.toArray(String[]::new)));
      for (int in : n.inputs()) {
        Vertex p = def.get(in);
        if (!v.preds.contains(p)) {
          v.preds.add(p);
        }
      }
      for (int out : n.outputs()) {
        def.put(out, v);
      }
    }
    for (int i = 0; i < g.outputs().size(); i++) {
      add(all, new Vertex(Kind.OUTPUT, "output " + i)).preds.add(def.get(g.outputs().get(i)));
    }
    return all;
  }

  private static Vertex add(List<Vertex> all, Vertex v) {
    all.add(v);
    return v;
  }

  private static String value(int id, Aval a) {
    return "%" + id + ":" + a.dtype() + Arrays.toString(a.shape().dims()).replace(" ", "");
  }

  /**
   * Assigns layers (the longest path from a source; a source sits just above its first consumer)
   * and breaks each edge spanning several layers with points; returns the layers.
   */
  private static List<List<Vertex>> layers(List<Vertex> vertices) {
    Map<Vertex, List<Vertex>> succs = new HashMap<>();
    for (Vertex v : vertices) {
      v.layer = 0;
      for (Vertex p : v.preds) {
        v.layer = Math.max(v.layer, p.layer + 1);
        succs.computeIfAbsent(p, k -> new ArrayList<>()).add(v);
      }
    }
    for (Vertex v : vertices) {
      if (v.preds.isEmpty() && succs.containsKey(v)) {
        v.layer = succs.get(v).stream().mapToInt(s -> s.layer).min().getAsInt() - 1;
      }
    }
    int depth = vertices.stream().mapToInt(v -> v.layer).max().orElse(0) + 1;
    List<List<Vertex>> layers = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      layers.add(new ArrayList<>());
    }
    for (Vertex v : vertices) {
      layers.get(v.layer).add(v);
    }
    for (Vertex v : vertices) {
      for (int i = 0; i < v.preds.size(); i++) {
        Vertex p = v.preds.get(i);
        for (int layer = p.layer + 1; layer < v.layer; layer++) {
          Vertex point = new Vertex(Kind.POINT);
          point.layer = layer;
          point.preds.add(p);
          layers.get(layer).add(point);
          p = point;
        }
        v.preds.set(i, p);
      }
    }
    return layers;
  }

  /**
   * Orders each layer by the mean position of what feeds its vertices (sweeping down) and of what
   * they feed (sweeping up), a few sweeps each way, and keeps the order with the fewest crossings.
   */
  private static void order(List<List<Vertex>> layers) {
    Map<Vertex, List<Vertex>> succs = new HashMap<>();
    for (List<Vertex> layer : layers) {
      for (int i = 0; i < layer.size(); i++) {
        Vertex v = layer.get(i);
        v.order = i;
        for (Vertex p : v.preds) {
          succs.computeIfAbsent(p, k -> new ArrayList<>()).add(v);
        }
      }
    }
    List<List<Vertex>> best = copy(layers);
    int fewest = crossings(layers);
    for (int sweep = 0; sweep < 8; sweep++) {
      if (sweep % 2 == 0) {
        for (int l = 1; l < layers.size(); l++) {
          sortByMean(layers.get(l), v -> v.preds);
        }
      } else {
        for (int l = layers.size() - 2; l >= 0; l--) {
          sortByMean(layers.get(l), v -> succs.getOrDefault(v, List.of()));
        }
      }
      int c = crossings(layers);
      if (c < fewest) {
        fewest = c;
        best = copy(layers);
      }
    }
    for (int l = 0; l < layers.size(); l++) {
      layers.set(l, best.get(l));
      for (int i = 0; i < best.get(l).size(); i++) {
        best.get(l).get(i).order = i;
      }
    }
  }

  private static List<List<Vertex>> copy(List<List<Vertex>> layers) {
    return layers.stream().map(l -> (List<Vertex>) new ArrayList<>(l)).toList();
  }

  /** Counts the pairs of edges that cross, given each vertex's position in its layer. */
  private static int crossings(List<List<Vertex>> layers) {
    int n = 0;
    for (List<Vertex> layer : layers) {
      List<Vertex[]> edges = new ArrayList<>();
      for (Vertex v : layer) {
        for (Vertex p : v.preds) {
          edges.add(new Vertex[] {p, v});
        }
      }
      for (int i = 0; i < edges.size(); i++) {
        for (int j = i + 1; j < edges.size(); j++) {
          double above = edges.get(i)[0].order - edges.get(j)[0].order;
          double below = edges.get(i)[1].order - edges.get(j)[1].order;
          n += above * below < 0 ? 1 : 0;
        }
      }
    }
    return n;
  }

  /** Sorts a layer by the mean position of each vertex's neighbours (those with none stay put). */
  private static void sortByMean(
      List<Vertex> layer, java.util.function.Function<Vertex, List<Vertex>> neighbours) {
    for (Vertex v : layer) {
      List<Vertex> n = neighbours.apply(v);
      if (!n.isEmpty()) {
        v.order = n.stream().mapToDouble(p -> p.order).average().getAsDouble();
      }
    }
    layer.sort(Comparator.comparingDouble(v -> v.order));
    for (int i = 0; i < layer.size(); i++) {
      layer.get(i).order = i;
    }
  }

  /** Sets each vertex's centre, each layer centred on the widest; returns the drawing's width. */
  private static double place(List<List<Vertex>> layers) {
    double width = 0;
    for (List<Vertex> layer : layers) {
      width = Math.max(width, rowWidth(layer));
    }
    width += 2 * MARGIN;
    double y = MARGIN;
    for (List<Vertex> layer : layers) {
      double x = (width - rowWidth(layer)) / 2;
      double tallest = layer.stream().mapToDouble(Vertex::height).max().orElse(0);
      for (Vertex v : layer) {
        v.x = x + v.width() / 2;
        v.y = y + tallest / 2;
        x += v.width() + BOX_GAP;
      }
      y += tallest + LAYER_GAP;
    }
    return width;
  }

  private static double rowWidth(List<Vertex> layer) {
    return layer.stream().mapToDouble(v -> v.width() + BOX_GAP).sum() - BOX_GAP;
  }

  /** Draws the edge from {@code p} to {@code v} as a curve; it ends with an arrow at a box. */
  private static void edge(StringBuilder sb, Vertex p, Vertex v) {
    List<Vertex> chain = new ArrayList<>(List.of(v));
    while (p.kind == Kind.POINT) {
      chain.add(0, p);
      p = p.preds.get(0);
    }
    chain.add(0, p);
    StringBuilder d = new StringBuilder();
    for (int i = 0; i + 1 < chain.size(); i++) {
      Vertex a = chain.get(i);
      Vertex b = chain.get(i + 1);
      double y1 = a.y + a.height() / 2;
      double y2 = b.y - b.height() / 2;
      double mid = (y1 + y2) / 2;
      if (i == 0) {
        d.append(fmt("M%.1f,%.1f ", a.x, y1));
      }
      d.append(fmt("C%.1f,%.1f %.1f,%.1f %.1f,%.1f ", a.x, mid, b.x, mid, b.x, y2));
    }
    sb.append("  <path d=\"").append(d.toString().trim());
    sb.append("\" fill=\"none\" stroke=\"#444\" marker-end=\"url(#arrow)\"/>\n");
  }

  /** Draws a vertex's box and label (nothing for a point). */
  private static void box(StringBuilder sb, Vertex v) {
    if (v.kind == Kind.POINT) {
      return;
    }
    String style =
        switch (v.kind) {
          case INPUT -> "rx=\"12\" fill=\"#dbeafe\" stroke=\"#1e40af\"";
          case OUTPUT -> "rx=\"12\" fill=\"#dcfce7\" stroke=\"#166534\"";
          case CONSTANT -> "fill=\"#f3f4f6\" stroke=\"#6b7280\" stroke-dasharray=\"4,3\"";
          default -> "fill=\"#ffffff\" stroke=\"#111827\"";
        };
    sb.append(
        fmt(
            "  <g class=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" %s/>",
            v.kind.name().toLowerCase(Locale.ROOT),
            v.x - v.width() / 2,
            v.y - v.height() / 2,
            v.width(),
            v.height(),
            style));
    double top = v.y - v.height() / 2 + 5 + LINE_HEIGHT - 3;
    for (int i = 0; i < v.lines.length; i++) {
      sb.append(
          fmt(
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
              v.x, top + i * LINE_HEIGHT, escape(v.lines[i])));
    }
    sb.append("</g>\n");
  }

  /** Formats with a dot as the decimal separator whatever the default locale. */
  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
