package dev.ivy;

import dev.ivy.errors.IvyArgumentException;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;

/**
 * The arguments a function traced with {@link Ivy#traceGraphArgs} receives: the list of its
 * arguments (arrays symbolic, lists and maps rebuilt immutable, static values as given), with typed
 * access into nested lists and String-keyed maps, so that the function needs no casts.
 *
 * <pre>{@code
 * TracedFunction g = Ivy.traceGraphArgs(a -> {
 *   Array y = Ivy.add(Ivy.matmul(a.array(1), a.array(0, "w")), a.array(0, "b"));
 *   return a.value(2, String.class).equals("relu") ? Ivy.relu(y) : y;
 * }, Map.of("w", w, "b", b), x, "relu");
 * }</pre>
 */
public final class TraceArgs extends AbstractList<Object> {
  private final List<Object> args;

  /** Wraps {@code args} (not copied: the tracer hands an immutable list). */
  public TraceArgs(List<Object> args) {
    this.args = args;
  }

  @Override
  public Object get(int index) {
    return args.get(index);
  }

  @Override
  public int size() {
    return args.size();
  }

  /**
   * Returns the array at argument {@code index}, then {@code path} into it: a String key of a map,
   * an Integer index of a list ({@code a.array(0, "layers", 1, "w")}).
   *
   * @throws IvyArgumentException naming the path if there is nothing there or it is not an array
   */
  public Array array(int index, Object... path) {
    return value(index, Array.class, path);
  }

  /**
   * Returns the value at argument {@code index}, then {@code path} into it, as a {@code type}: a
   * static argument ({@code String.class}, {@code Double.class}), a nested {@code List} or {@code
   * Map}, or an {@link Array}.
   *
   * @throws IvyArgumentException naming the path if there is nothing there or it is not a {@code
   *     type}
   */
  public <T> T value(int index, Class<T> type, Object... path) {
    StringBuilder where = new StringBuilder("args[").append(index).append(']');
    if (index < 0 || index >= args.size()) {
      throw new IvyArgumentException(
          "traceGraphArgs: there is no " + where + "; the function has " + args.size());
    }
    Object v = args.get(index);
    for (Object step : path) {
      if (step instanceof String key && v instanceof Map<?, ?> m && m.containsKey(key)) {
        v = m.get(key);
        where.append('/').append(key);
      } else if (step instanceof Integer i && v instanceof List<?> l && i >= 0 && i < l.size()) {
        v = l.get(i);
        where.append('[').append(i).append(']');
      } else {
        throw new IvyArgumentException(
            "traceGraphArgs: "
                + where
                + " has no "
                + (step instanceof Integer ? "element " : "key ")
                + step
                + "; it is "
                + describe(v));
      }
    }
    if (!type.isInstance(v)) {
      throw new IvyArgumentException(
          "traceGraphArgs: " + where + " is " + describe(v) + "; expected " + article(type));
    }
    return type.cast(v);
  }

  private static String describe(Object v) {
    return v == null
        ? "None"
        : v instanceof Map<?, ?> m
            ? "a map with keys " + m.keySet()
            : v instanceof List<?> l ? "a list of " + l.size() : article(v.getClass());
  }

  private static String article(Class<?> c) {
    String n = c.getSimpleName();
    return ("AEIOU".indexOf(n.charAt(0)) >= 0 ? "an " : "a ") + n;
  }
}
