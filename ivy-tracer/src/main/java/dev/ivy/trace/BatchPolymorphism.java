package dev.ivy.trace;

import dev.ivy.errors.TracingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a batch-polymorphic {@link Graph} depends on its symbolic batch size {@code b} (traced with
 * {@link dev.ivy.TraceOptions#polymorphicBatch()}): for every integer site of the graph that
 * changes with the batch size (a dimension, a reshape or slice attribute, a {@code full} value, a
 * scalar constant such as the count a mean divides by), its affine dependence {@code scale * b +
 * offset}. Sites are named by paths: {@code %7[0]} is axis 0 of value {@code %7}, {@code
 * %7.shape[1]} item 1 of node {@code %7}'s shape attribute, {@code %3.value} the value of scalar
 * constant {@code %3}, and {@code %9.body1/} prefixes the sites of a control-flow body.
 *
 * <p>It is found by tracing the function at three batch sizes, checking that the three graphs have
 * the same structure, fitting each differing site from two sizes and checking the fit on the third.
 */
public final class BatchPolymorphism {
  /**
   * The value {@code scale * b + offset} of a site at batch size {@code b}.
   *
   * @param scale the factor of the batch size
   * @param offset the constant part
   */
  public record Affine(long scale, long offset) {
    /** Returns the value at batch size {@code b}. */
    public long at(long b) {
      return Math.addExact(Math.multiplyExact(scale, b), offset);
    }

    /** Returns the value as text in {@code b}: {@code b}, {@code 784*b}, {@code b-1}. */
    @Override
    public String toString() {
      String s = scale == 0 ? "" : scale == 1 ? "b" : scale == -1 ? "-b" : scale + "*b";
      if (offset == 0) {
        return s.isEmpty() ? "0" : s;
      }
      return s + (offset > 0 && !s.isEmpty() ? "+" : "") + offset;
    }
  }

  private final List<Long> tracedSizes;
  private final Map<String, Affine> sites;

  /**
   * Creates the description.
   *
   * @param tracedSizes the batch sizes traced, the first being the graph's concrete batch size
   * @param sites the affine sites by path
   */
  public BatchPolymorphism(List<Long> tracedSizes, Map<String, Affine> sites) {
    this.tracedSizes = List.copyOf(tracedSizes);
    this.sites = Collections.unmodifiableMap(new LinkedHashMap<>(sites));
  }

  /** Returns the batch size of the graph's concrete shapes (that of the example inputs). */
  public long tracedBatch() {
    return tracedSizes.get(0);
  }

  /** Returns the batch sizes the function was traced at, the example's first. */
  public List<Long> tracedSizes() {
    return tracedSizes;
  }

  /** Returns the sites that depend on the batch size, by path. */
  public Map<String, Affine> sites() {
    return sites;
  }

  @Override
  public String toString() {
    return "BatchPolymorphism[traced at " + tracedSizes + ", " + sites.size() + " sites]";
  }

  /**
   * Compares graphs traced at {@code sizes} and returns the affine sites.
   *
   * @throws TracingException saying why the function is not polymorphic in the batch dimension
   */
  static BatchPolymorphism fit(List<Graph> graphs, List<Long> sizes) {
    Graph g0 = graphs.get(0);
    String skel0 = skeleton(g0);
    for (int t = 1; t < graphs.size(); t++) {
      String skel = skeleton(graphs.get(t));
      if (!skel.equals(skel0)) {
        throw notPolymorphic(
            "its graph at batch size "
                + sizes.get(t)
                + " differs from the one at batch size "
                + sizes.get(0)
                + firstDifference(g0, graphs.get(t))
                + " (a Java branch on a shape, or an operation whose attributes are not a function"
                + " of the batch size)");
      }
    }
    for (Map.Entry<Integer, Constant> e : g0.constants().entrySet()) {
      Constant c0 = e.getValue();
      if (Sites.scalarValue(c0) != null) {
        continue; // a value site, fitted below
      }
      for (int t = 1; t < graphs.size(); t++) {
        if (!c0.equals(graphs.get(t).constants().get(e.getKey()))) {
          throw notPolymorphic(
              "constant %"
                  + e.getKey()
                  + " ("
                  + c0.aval()
                  + " at batch size "
                  + sizes.get(0)
                  + ") changes with the batch size; build batch-sized arrays from the inputs"
                  + " (Ivy.zerosLike, Ivy.full with x.shape()) rather than from Java data");
        }
      }
    }
    List<Map<String, Number>> values = new ArrayList<>();
    for (Graph g : graphs) {
      values.add(Sites.collect(g));
    }
    Map<String, Affine> sites = new LinkedHashMap<>();
    for (Map.Entry<String, Number> e : values.get(0).entrySet()) {
      String path = e.getKey();
      List<Number> vs = new ArrayList<>();
      for (Map<String, Number> m : values) {
        vs.add(m.get(path));
      }
      if (allEqual(vs)) {
        continue;
      }
      Affine a = affine(vs, sizes);
      if (a == null) {
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < vs.size(); t++) {
          sb.append(t > 0 ? ", " : "")
              .append(vs.get(t))
              .append(" at batch size ")
              .append(sizes.get(t));
        }
        throw notPolymorphic(
            "site "
                + path
                + where(g0, path)
                + " is "
                + sb
                + ", which is not of the form a*b + c in the batch size b");
      }
      sites.put(path, a);
    }
    return new BatchPolymorphism(sizes, sites);
  }

  private static TracingException notPolymorphic(String why) {
    return new TracingException(
        "trace: the function is not polymorphic in the batch dimension (axis 0 of every input,"
            + " TraceOptions.polymorphicBatch()): "
            + why);
  }

  /** Returns the text of a graph with every site shown as '?'. */
  private static String skeleton(Graph g) {
    return GraphText.text(g, (path, value, printed) -> "?", "");
  }

  private static String firstDifference(Graph a, Graph b) {
    String[] la = a.toString().split("\n");
    String[] lb = b.toString().split("\n");
    for (int i = 0; i < Math.min(la.length, lb.length); i++) {
      String sa = la[i].replaceAll("[0-9]+", "?");
      String sb = lb[i].replaceAll("[0-9]+", "?");
      if (!sa.equals(sb)) {
        return ": line " + (i + 1) + " is '" + la[i].strip() + "' and '" + lb[i].strip() + "'";
      }
    }
    return la.length != lb.length
        ? ": one has " + la.length + " lines and the other " + lb.length
        : " in its attributes";
  }

  /** Returns " in 'line'" for the node or constant defining the site's value, or "". */
  private static String where(Graph g, String path) {
    if (path.contains("/")) {
      return "";
    }
    String id = path.replaceAll("^(%[0-9]+).*", "$1");
    for (String line : g.toString().split("\n")) {
      String l = line.strip();
      if (l.startsWith(id + ":") || l.contains(", " + id + ":")) {
        return " in '" + l + "'";
      }
    }
    return "";
  }

  private static boolean allEqual(List<Number> vs) {
    for (Number v : vs) {
      if (!v.equals(vs.get(0))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the affine fit of integral values at the sizes, or null. */
  private static Affine affine(List<Number> vs, List<Long> sizes) {
    long[] v = new long[vs.size()];
    for (int t = 0; t < v.length; t++) {
      Number n = vs.get(t);
      double d = n.doubleValue();
      if ((n instanceof Double || n instanceof Float)
          && (d != Math.rint(d) || Math.abs(d) > 1e15)) {
        return null;
      }
      v[t] = n instanceof Double || n instanceof Float ? (long) d : n.longValue();
    }
    long db = sizes.get(1) - sizes.get(0);
    long dv = v[1] - v[0];
    if (dv % db != 0) {
      return null;
    }
    long scale = dv / db;
    Affine a = new Affine(scale, v[0] - scale * sizes.get(0));
    for (int t = 0; t < v.length; t++) {
      if (a.at(sizes.get(t)) != v[t]) {
        return null;
      }
    }
    return a;
  }

  /**
   * Checks that this describes {@code g} (used when a graph is loaded from a file): every site is a
   * site of {@code g}, and its value at the traced batch size is the value {@code g} holds there.
   *
   * @throws IllegalStateException naming the first site that does not fit
   */
  public void checkAgainst(Graph g) {
    Map<String, Number> values = Sites.collect(g);
    long b = tracedBatch();
    for (Map.Entry<String, Affine> e : sites.entrySet()) {
      Number v = values.get(e.getKey());
      if (v == null) {
        throw new IllegalStateException(
            "batch site " + e.getKey() + " is not an integer site of the graph");
      }
      long want;
      try {
        want = e.getValue().at(b);
      } catch (ArithmeticException x) {
        throw new IllegalStateException(
            "batch site " + e.getKey() + " = " + e.getValue() + " overflows at batch size " + b, x);
      }
      boolean same =
          v instanceof Double || v instanceof Float
              ? v.doubleValue() == (double) want
              : v.longValue() == want;
      if (!same) {
        throw new IllegalStateException(
            "batch site "
                + e.getKey()
                + " = "
                + e.getValue()
                + " gives "
                + want
                + " at the traced batch size "
                + b
                + ", but the graph holds "
                + v);
      }
    }
  }

  /** Returns this with site paths renumbered by {@code ids}. */
  BatchPolymorphism renumbered(Map<Integer, Integer> ids) {
    Map<String, Affine> m = new LinkedHashMap<>();
    for (Map.Entry<String, Affine> e : sites.entrySet()) {
      m.put(Sites.renumber(e.getKey(), ids), e.getValue());
    }
    return new BatchPolymorphism(tracedSizes, m);
  }
}
