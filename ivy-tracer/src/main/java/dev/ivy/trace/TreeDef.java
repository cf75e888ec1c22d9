package dev.ivy.trace;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The structure of a traced function's arguments (JAX's {@code PyTreeDef}): arrays, nested lists
 * and maps with String keys of them, and static values. Array leaves index the graph's inputs in
 * flattening order (depth first, lists in order, map entries by sorted key, as JAX flattens a
 * dict); static leaves (numbers, strings, booleans, characters, enums, dtypes and null) are baked
 * into the graph and must be passed again, unchanged, when it runs.
 *
 * <pre>{@code
 * Graph g = Tracer.traceArgs(a -> ..., List.of(x, y), Map.of("w", w), 0.5);
 * g.inputTree().format(); // [[%0, %1], {w: %2}, 0.5]
 * }</pre>
 */
public sealed interface TreeDef permits TreeDef.Leaf, TreeDef.Static, TreeDef.Seq, TreeDef.Dict {
  /** Lists and maps nested deeper than this are rejected. */
  int MAX_DEPTH = 64;

  /**
   * An array argument.
   *
   * @param index its position among the graph's inputs
   */
  record Leaf(int index) implements TreeDef {}

  /**
   * A static (non-array) argument, baked into the graph.
   *
   * @param value the value seen when tracing (may be null)
   */
  record Static(Object value) implements TreeDef {}

  /**
   * A list of arguments.
   *
   * @param items the elements
   */
  record Seq(List<TreeDef> items) implements TreeDef {
    /** Immutable copy. */
    public Seq {
      items = List.copyOf(items);
    }
  }

  /**
   * A map of arguments with String keys, in sorted key order.
   *
   * @param items the entries
   */
  record Dict(Map<String, TreeDef> items) implements TreeDef {
    /** Immutable sorted copy. */
    public Dict {
      items = Collections.unmodifiableMap(new TreeMap<>(items));
    }
  }

  /** Returns the tree of {@code n} flat array arguments: {@code [%0, %1, ...]}. */
  static TreeDef flat(int n) {
    List<TreeDef> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(new Leaf(i));
    }
    return new Seq(l);
  }

  /**
   * Flattens {@code args} (the list of a function's arguments) into their tree and array leaves.
   *
   * @param args the arguments
   * @param leaves receives the arrays, in leaf order
   * @return the tree, a {@link Seq} with one item per argument
   * @throws IvyArgumentException naming the argument path if a leaf is of an unsupported kind
   */
  static TreeDef flatten(List<?> args, List<Array> leaves) {
    List<TreeDef> items = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      items.add(flatten(args.get(i), "args[" + i + "]", leaves, 0));
    }
    return new Seq(items);
  }

  private static TreeDef flatten(Object o, String path, List<Array> leaves, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IvyArgumentException(
          "trace: argument " + path + " nests lists or maps deeper than " + MAX_DEPTH + " levels");
    }
    if (o instanceof Array a) {
      leaves.add(a);
      return new Leaf(leaves.size() - 1);
    }
    if (isStatic(o)) {
      return new Static(o);
    }
    if (o instanceof Array[] arr) {
      o = java.util.Arrays.asList(arr);
    }
    if (o instanceof List<?> l) {
      List<TreeDef> items = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        items.add(flatten(l.get(i), path + "[" + i + "]", leaves, depth + 1));
      }
      return new Seq(items);
    }
    if (o instanceof Map<?, ?> m) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String k)) {
          throw new IvyArgumentException(
              "trace: argument "
                  + path
                  + " must be a Map with String keys; got key "
                  + describe(e.getKey()));
        }
        sorted.put(k, e.getValue());
      }
      Map<String, TreeDef> items = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        items.put(e.getKey(), flatten(e.getValue(), key(path, e.getKey()), leaves, depth + 1));
      }
      return new Dict(items);
    }
    throw new IvyArgumentException(
        "trace: argument "
            + path
            + " must be an Array, a List or a Map with String keys of them, or a static value"
            + " (number, string, boolean, null); got "
            + describe(o));
  }

  /** Returns whether {@code o} is a static leaf: null, a number, string, boolean, char, enum. */
  static boolean isStatic(Object o) {
    return o == null
        || o instanceof Number
        || o instanceof String
        || o instanceof Boolean
        || o instanceof Character
        || o instanceof Enum<?>
        || o instanceof DType;
  }

  private static String key(String path, String k) {
    return path + "[\"" + k + "\"]";
  }

  private static String describe(Object o) {
    return o == null ? "null" : o.getClass().getSimpleName() + " " + o;
  }

  /**
   * Rebuilds the arguments from array leaves: lists become immutable lists, maps immutable maps in
   * sorted key order, static leaves their traced values.
   *
   * @param leaves one value per {@link Leaf}, by index
   */
  default Object unflatten(List<?> leaves) {
    if (this instanceof Leaf l) {
      return leaves.get(l.index());
    }
    if (this instanceof Static s) {
      return s.value();
    }
    if (this instanceof Seq s) {
      List<Object> r = new ArrayList<>();
      for (TreeDef t : s.items()) {
        r.add(t.unflatten(leaves));
      }
      return Collections.unmodifiableList(r);
    }
    Map<String, Object> r = new LinkedHashMap<>();
    for (Map.Entry<String, TreeDef> e : ((Dict) this).items().entrySet()) {
      r.put(e.getKey(), e.getValue().unflatten(leaves));
    }
    return Collections.unmodifiableMap(r);
  }

  /**
   * Flattens arguments given in this structure, checking that every list and map matches and every
   * static value equals the traced one; array leaves are checked by the caller.
   *
   * @param args the arguments, one per item of this {@link Seq}
   * @param fn the function name for messages
   * @return the arrays, in leaf order
   * @throws IvyArgumentException naming the argument path on a mismatch
   */
  default List<Array> match(List<?> args, String fn) {
    Array[] out = new Array[leafCount()];
    match(this, args, "args", fn, out);
    return java.util.Arrays.asList(out);
  }

  private static void match(TreeDef t, Object o, String path, String fn, Array[] out) {
    if (t instanceof Leaf l) {
      if (!(o instanceof Array a)) {
        throw new IvyArgumentException(
            fn + ": argument " + path + " must be an Array as traced; got " + describe(o));
      }
      out[l.index()] = a;
    } else if (t instanceof Static s) {
      if (!staticEquals(s.value(), o)) {
        throw new IvyArgumentException(
            fn
                + ": static argument "
                + path
                + " was "
                + describe(s.value())
                + " when traced and is baked into the graph; got "
                + describe(o)
                + " (trace again for another value, or pass it as an Array)");
      }
    } else if (t instanceof Seq s) {
      List<?> l =
          o instanceof List<?> ol
              ? ol
              : o instanceof Array[] arr ? java.util.Arrays.asList(arr) : null;
      if (l == null || l.size() != s.items().size()) {
        throw new IvyArgumentException(
            fn
                + ": argument "
                + path
                + " must be a List of "
                + s.items().size()
                + " items as traced; got "
                + (l == null ? describe(o) : "a List of " + l.size() + " items"));
      }
      for (int i = 0; i < l.size(); i++) {
        match(s.items().get(i), l.get(i), path + "[" + i + "]", fn, out);
      }
    } else {
      Map<String, TreeDef> items = ((Dict) t).items();
      if (!(o instanceof Map<?, ?> m) || !m.keySet().equals(items.keySet())) {
        throw new IvyArgumentException(
            fn
                + ": argument "
                + path
                + " must be a Map with keys "
                + items.keySet()
                + " as traced; got "
                + (o instanceof Map<?, ?> m2 ? "keys " + new TreeMap<>(m2).keySet() : describe(o)));
      }
      for (Map.Entry<String, TreeDef> e : items.entrySet()) {
        match(e.getValue(), m.get(e.getKey()), key(path, e.getKey()), fn, out);
      }
    }
  }

  /** Equality of static values; integral numbers compare by value, as do floating ones. */
  private static boolean staticEquals(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      boolean fx = x instanceof Double || x instanceof Float;
      boolean fy = y instanceof Double || y instanceof Float;
      if (fx || fy) {
        return fx
            && fy
            && Double.doubleToLongBits(x.doubleValue()) == Double.doubleToLongBits(y.doubleValue());
      }
      return (x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte)
              && (y instanceof Long
                  || y instanceof Integer
                  || y instanceof Short
                  || y instanceof Byte)
          ? x.longValue() == y.longValue()
          : x.equals(y);
    }
    return Objects.equals(a, b);
  }

  /** Returns the number of array leaves. */
  default int leafCount() {
    return leafPaths().size();
  }

  /** Returns the argument path of every array leaf, by index: {@code args[0][1]["w"]}. */
  default List<String> leafPaths() {
    Map<Integer, String> m = new TreeMap<>();
    paths(this, "args", m);
    return List.copyOf(m.values());
  }

  private static void paths(TreeDef t, String path, Map<Integer, String> m) {
    if (t instanceof Leaf l) {
      m.put(l.index(), path);
    } else if (t instanceof Seq s) {
      for (int i = 0; i < s.items().size(); i++) {
        paths(s.items().get(i), path + "[" + i + "]", m);
      }
    } else if (t instanceof Dict d) {
      for (Map.Entry<String, TreeDef> e : d.items().entrySet()) {
        paths(e.getValue(), key(path, e.getKey()), m);
      }
    }
  }

  /** Returns whether this is a list of array leaves 0..n-1 with no nesting or static values. */
  default boolean isFlat() {
    if (!(this instanceof Seq s)) {
      return false;
    }
    for (int i = 0; i < s.items().size(); i++) {
      if (!(s.items().get(i) instanceof Leaf l) || l.index() != i) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the tree as text: {@code %i} for array leaf i (input i), the value for a static leaf
   * (strings quoted), {@code [..]} for lists and {@code {key: ..}} for maps.
   */
  default String format() {
    if (this instanceof Leaf l) {
      return "%" + l.index();
    }
    if (this instanceof Static s) {
      return s.value() instanceof String str ? "\"" + str + "\"" : String.valueOf(s.value());
    }
    StringBuilder sb = new StringBuilder();
    if (this instanceof Seq s) {
      sb.append('[');
      for (int i = 0; i < s.items().size(); i++) {
        sb.append(i > 0 ? ", " : "").append(s.items().get(i).format());
      }
      return sb.append(']').toString();
    }
    sb.append('{');
    int i = 0;
    for (Map.Entry<String, TreeDef> e : ((Dict) this).items().entrySet()) {
      sb.append(i++ > 0 ? ", " : "").append(e.getKey()).append(": ").append(e.getValue().format());
    }
    return sb.append('}').toString();
  }
}
