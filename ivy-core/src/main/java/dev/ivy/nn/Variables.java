package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.errors.IvyArgumentException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An immutable, ordered tree of named arrays: a module's variables {@code v}, their gradients, an
 * optimizer's state. Leaves are addressed by slash-separated paths such as {@code layers/0/weight};
 * the tree is the prefix structure of those paths. Order is insertion order and is kept by every
 * operation, so two trees built the same way line up leaf by leaf.
 *
 * <pre>{@code
 * Variables v = Variables.builder()
 *     .put("fc1/weight", Ivy.ones(2, 3))
 *     .put("fc1/bias", Ivy.zeros(2))
 *     .build();
 * Variables halved = v.map(a -> Ivy.multiply(a, 0.5));
 * halved.get("fc1/weight").shape(); // [2, 3]
 * v.subtree("fc1").paths(); // [weight, bias]
 * }</pre>
 */
public final class Variables implements Iterable<Array> {
  private static final Variables EMPTY = new Variables(new LinkedHashMap<>());

  private final Map<String, Array> leaves;

  private Variables(LinkedHashMap<String, Array> leaves) {
    this.leaves = Collections.unmodifiableMap(leaves);
  }

  /** Returns the empty tree. */
  public static Variables empty() {
    return EMPTY;
  }

  /**
   * Returns a tree of the entries of {@code leaves} in their iteration order.
   *
   * @throws IvyArgumentException if a path is malformed or a value is null
   */
  public static Variables of(Map<String, Array> leaves) {
    Builder b = builder();
    leaves.forEach(b::put);
    return b.build();
  }

  /** Returns a builder that keeps insertion order. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the number of leaves. */
  public int size() {
    return leaves.size();
  }

  /** Returns whether the tree has no leaves. */
  public boolean isEmpty() {
    return leaves.isEmpty();
  }

  /** Returns the leaf paths in order. */
  public List<String> paths() {
    return List.copyOf(leaves.keySet());
  }

  /** Returns the leaves in order. */
  public List<Array> arrays() {
    return List.copyOf(leaves.values());
  }

  /**
   * Returns the leaves in path order (so that {@code scope.keep(variables)} keeps them all and a
   * for-each loop visits them).
   */
  @Override
  public java.util.Iterator<Array> iterator() {
    return leaves.values().iterator();
  }

  /** Returns the leaves as an unmodifiable ordered map from path to array. */
  public Map<String, Array> asMap() {
    return leaves;
  }

  /** Returns whether {@code path} names a leaf. */
  public boolean contains(String path) {
    return leaves.containsKey(path);
  }

  /**
   * Returns the leaf at {@code path}.
   *
   * @throws IvyArgumentException if there is none, listing the paths there are
   */
  public Array get(String path) {
    Array a = leaves.get(path);
    if (a == null) {
      throw new IvyArgumentException(
          "Variables.get: no variable at path '" + path + "'; the paths are " + leaves.keySet());
    }
    return a;
  }

  /**
   * Returns the subtree under {@code prefix}, its paths relative to it ({@code subtree("fc1")} of
   * {@code fc1/weight} gives {@code weight}).
   *
   * @throws IvyArgumentException if no leaf lies under {@code prefix}
   */
  public Variables subtree(String prefix) {
    String p = prefix.endsWith("/") ? prefix : prefix + "/";
    LinkedHashMap<String, Array> r = new LinkedHashMap<>();
    leaves.forEach(
        (k, v) -> {
          if (k.startsWith(p)) {
            r.put(k.substring(p.length()), v);
          }
        });
    if (r.isEmpty()) {
      throw new IvyArgumentException(
          "Variables.subtree: no variable under '"
              + prefix
              + "'; the paths are "
              + leaves.keySet());
    }
    return new Variables(r);
  }

  /** Returns the names of the first level of the tree in order ({@code fc1}, {@code fc2}...). */
  public List<String> keys() {
    LinkedHashMap<String, Boolean> r = new LinkedHashMap<>();
    for (String k : leaves.keySet()) {
      int i = k.indexOf('/');
      r.put(i < 0 ? k : k.substring(0, i), true);
    }
    return List.copyOf(r.keySet());
  }

  /** Returns this tree with every path prefixed by {@code prefix + "/"}. */
  public Variables prefixed(String prefix) {
    checkPath("Variables.prefixed", prefix);
    LinkedHashMap<String, Array> r = new LinkedHashMap<>();
    leaves.forEach((k, v) -> r.put(prefix + "/" + k, v));
    return new Variables(r);
  }

  /** Returns a copy with the leaf at {@code path} replaced or appended. */
  public Variables with(String path, Array value) {
    checkPath("Variables.with", path);
    Objects.requireNonNull(value, "value");
    LinkedHashMap<String, Array> r = new LinkedHashMap<>(leaves);
    r.put(path, value);
    return new Variables(r);
  }

  /** Returns a tree with {@code fn} applied to every leaf, same paths and order. */
  public Variables map(UnaryOperator<Array> fn) {
    LinkedHashMap<String, Array> r = new LinkedHashMap<>();
    leaves.forEach((k, v) -> r.put(k, nonNull("Variables.map", k, fn.apply(v))));
    return new Variables(r);
  }

  /** Returns a tree with {@code fn(path, leaf)} for every leaf, same paths and order. */
  public Variables mapWithPath(BiFunction<String, Array, Array> fn) {
    LinkedHashMap<String, Array> r = new LinkedHashMap<>();
    leaves.forEach((k, v) -> r.put(k, nonNull("Variables.mapWithPath", k, fn.apply(k, v))));
    return new Variables(r);
  }

  /**
   * Returns a tree with {@code fn(this[p], other[p])} at every path {@code p}.
   *
   * @throws IvyArgumentException if the two trees have different paths
   */
  public Variables zip(Variables other, BiFunction<Array, Array, Array> fn) {
    checkSameStructure("Variables.zip", other);
    LinkedHashMap<String, Array> r = new LinkedHashMap<>();
    leaves.forEach((k, v) -> r.put(k, nonNull("Variables.zip", k, fn.apply(v, other.get(k)))));
    return new Variables(r);
  }

  /** Returns a tree with {@code fn(path)} at every path of this one. */
  public Variables mapPaths(Function<String, Array> fn) {
    LinkedHashMap<String, Array> r = new LinkedHashMap<>();
    for (String k : leaves.keySet()) {
      r.put(k, nonNull("Variables.mapPaths", k, fn.apply(k)));
    }
    return new Variables(r);
  }

  /**
   * Checks that {@code other} has exactly this tree's paths (in any order).
   *
   * @throws IvyArgumentException naming what is missing and what is extra
   */
  public void checkSameStructure(String fn, Variables other) {
    Set<String> mine = leaves.keySet();
    Set<String> theirs = other.leaves.keySet();
    if (!mine.equals(theirs)) {
      LinkedHashMap<String, Boolean> missing = new LinkedHashMap<>();
      LinkedHashMap<String, Boolean> extra = new LinkedHashMap<>();
      mine.forEach(k -> missing.put(k, !theirs.contains(k)));
      theirs.forEach(k -> extra.put(k, !mine.contains(k)));
      missing.values().removeIf(b -> !b);
      extra.values().removeIf(b -> !b);
      throw new IvyArgumentException(
          fn
              + ": the trees must have the same paths; missing "
              + missing.keySet()
              + ", unexpected "
              + extra.keySet());
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Variables{");
    boolean first = true;
    for (Map.Entry<String, Array> e : leaves.entrySet()) {
      sb.append(first ? "" : ", ").append(e.getKey()).append(": ").append(e.getValue().aval());
      first = false;
    }
    return sb.append('}').toString();
  }

  private static Array nonNull(String fn, String path, Array a) {
    if (a == null) {
      throw new IvyArgumentException(fn + ": the function returned null for path '" + path + "'");
    }
    return a;
  }

  static void checkPath(String fn, String path) {
    if (path == null
        || path.isEmpty()
        || path.startsWith("/")
        || path.endsWith("/")
        || path.contains("//")) {
      throw new IvyArgumentException(
          fn
              + ": a path must be non-empty names separated by single '/' (such as"
              + " 'layers/0/weight'); got '"
              + path
              + "'");
    }
  }

  /** Builds a {@link Variables} in insertion order. */
  public static final class Builder {
    private final LinkedHashMap<String, Array> leaves = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds (or replaces) the leaf at {@code path}.
     *
     * @throws IvyArgumentException if the path is malformed or the value is null
     */
    public Builder put(String path, Array value) {
      checkPath("Variables.Builder.put", path);
      if (value == null) {
        throw new IvyArgumentException(
            "Variables.Builder.put: the value at path '" + path + "' is null");
      }
      leaves.put(path, value);
      return this;
    }

    /** Adds every leaf of {@code tree} under {@code prefix} ({@code prefix/path}). */
    public Builder putAll(String prefix, Variables tree) {
      tree.leaves.forEach((k, v) -> put(prefix.isEmpty() ? k : prefix + "/" + k, v));
      return this;
    }

    /** Returns the tree. */
    public Variables build() {
      return new Variables(new LinkedHashMap<>(leaves));
    }
  }
}
