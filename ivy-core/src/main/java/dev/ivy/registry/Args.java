package dev.ivy.registry;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one call of a registered function, bound to parameter names, with typed
 * accessors that convert loosely typed values (numbers, lists, strings) and raise {@link
 * IvyArgumentException} naming the function and the argument when a value has the wrong kind.
 */
public final class Args {
  private final String fn;
  private final Map<String, Object> values;

  Args(String fn, Map<String, Object> values) {
    this.fn = fn;
    this.values = values;
  }

  /** Returns the function's name, for messages. */
  public String fn() {
    return fn;
  }

  /** Returns the raw value bound to {@code name} (null for None). */
  public Object get(String name) {
    if (!values.containsKey(name)) {
      throw new IllegalStateException(fn + ": no parameter named " + name);
    }
    return values.get(name);
  }

  /** Returns whether {@code name} is bound to None. */
  public boolean isNone(String name) {
    return get(name) == null;
  }

  private IvyArgumentException wrong(String name, String expected) {
    Object v = get(name);
    return new IvyArgumentException(
        fn
            + ": "
            + name
            + " must be "
            + expected
            + "; got "
            + (v == null
                ? "None"
                : v instanceof Array a
                    ? a.aval() + " array"
                    : v + " (" + v.getClass().getSimpleName() + ")"));
  }

  /**
   * Returns {@code converted}, the value of required parameter {@code name} as converted, refusing
   * None (the generated glue wraps the conversion of every required parameter of a reference type).
   *
   * @throws IvyArgumentException if the argument is None
   */
  public <T> T given(String name, T converted) {
    if (converted == null) {
      throw new IvyArgumentException(fn + ": " + name + " is required and must not be None");
    }
    return converted;
  }

  /** Returns the value as an array; numbers, booleans and nested lists are converted. */
  public Array array(String name) {
    Object v = get(name);
    if (v instanceof Array a) {
      return a;
    }
    if (v instanceof Number || v instanceof Boolean || v instanceof List) {
      return dev.ivy.ops.Conversion.asarray(v, null);
    }
    throw wrong(name, "an array");
  }

  /** Returns the value as an array, or null for None. */
  public Array arrayOrNull(String name) {
    return isNone(name) ? null : array(name);
  }

  /** Returns the value as is when it is an array, a number or a boolean (scalar operands). */
  public Object arrayOrScalar(String name) {
    Object v = get(name);
    if (v instanceof Array || v instanceof Number || v instanceof Boolean) {
      return v;
    }
    if (v instanceof List) {
      return dev.ivy.ops.Conversion.asarray(v, null);
    }
    throw wrong(name, "an array or a number");
  }

  /** Returns the value as a list of arrays. */
  public List<Array> arrays(String name) {
    Object v = get(name);
    if (v instanceof List<?> l) {
      List<Array> r = new ArrayList<>();
      for (Object o : l) {
        if (o instanceof Array a) {
          r.add(a);
        } else if (o instanceof Number || o instanceof Boolean || o instanceof List) {
          r.add(dev.ivy.ops.Conversion.asarray(o, null));
        } else {
          throw wrong(name, "a sequence of arrays");
        }
      }
      return r;
    }
    if (v instanceof Array a) {
      return List.of(a);
    }
    throw wrong(name, "a sequence of arrays");
  }

  /** Returns the value as a long. */
  public long longValue(String name) {
    Object v = get(name);
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Array a && a.size() == 1 && a.dtype().isInteger()) {
      return a.itemLong();
    }
    throw wrong(name, "an integer");
  }

  /** Returns the value as an int. */
  public int intValue(String name) {
    long v = longValue(name);
    if (v != (int) v) {
      throw wrong(name, "an integer within int range");
    }
    return (int) v;
  }

  /** Returns the value as an Integer, or null for None. */
  public Integer intOrNull(String name) {
    return isNone(name) ? null : intValue(name);
  }

  /** Returns the value as a double. */
  public double doubleValue(String name) {
    Object v = get(name);
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw wrong(name, "a number");
  }

  /** Returns the value as a Number (Long or Double), or null for None. */
  public Number numberOrNull(String name) {
    Object v = get(name);
    if (v == null || v instanceof Number) {
      return (Number) v;
    }
    if (v instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    throw wrong(name, "a number");
  }

  /** Returns the value as a boolean. */
  public boolean bool(String name) {
    Object v = get(name);
    if (v instanceof Boolean b) {
      return b;
    }
    throw wrong(name, "a boolean");
  }

  /** Returns the value as a string, or null for None. */
  public String string(String name) {
    Object v = get(name);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw wrong(name, "a string");
  }

  /** Returns the value as a dtype (a {@link DType} or its name), or null for None. */
  public DType dtypeOrNull(String name) {
    Object v = get(name);
    if (v == null || v instanceof DType) {
      return (DType) v;
    }
    if (v instanceof String s) {
      return DType.of(s);
    }
    throw wrong(name, "a dtype");
  }

  /** Returns an int or a sequence of ints as an int array; None is refused. */
  public int[] ints(String name) {
    if (isNone(name)) {
      throw wrong(name, "an integer or a sequence of integers");
    }
    return intsOrNull(name);
  }

  /** Returns a number or a sequence of numbers as a double array; None is refused. */
  public double[] doubles(String name) {
    if (isNone(name)) {
      throw wrong(name, "a number or a sequence of numbers");
    }
    return doublesOrNull(name);
  }

  /** Returns a sequence of integer sequences as a long matrix; None is refused. */
  public long[][] longMatrix(String name) {
    if (isNone(name)) {
      throw wrong(name, "a sequence of integer sequences");
    }
    return longMatrixOrNull(name);
  }

  /** Returns an int or a sequence of ints as an int array, or null for None. */
  public int[] intsOrNull(String name) {
    Object v = get(name);
    if (v == null) {
      return null;
    }
    long[] l = longs(name);
    int[] r = new int[l.length];
    for (int i = 0; i < l.length; i++) {
      if (l[i] != (int) l[i]) {
        throw wrong(name, "integers within int range");
      }
      r[i] = (int) l[i];
    }
    return r;
  }

  /** Returns an int or a sequence of ints as a long array. */
  public long[] longs(String name) {
    Object v = get(name);
    if (v instanceof List<?> l) {
      long[] r = new long[l.size()];
      for (int i = 0; i < r.length; i++) {
        Object o = l.get(i);
        if (!(o instanceof Long || o instanceof Integer)) {
          throw wrong(name, "an integer or a sequence of integers");
        }
        r[i] = ((Number) o).longValue();
      }
      return r;
    }
    if (v instanceof long[] la) {
      return la.clone();
    }
    if (v instanceof int[] ia) {
      long[] r = new long[ia.length];
      for (int i = 0; i < r.length; i++) {
        r[i] = ia[i];
      }
      return r;
    }
    if (v instanceof Array a && a.dtype().isInteger() && a.rank() <= 1) {
      return a.toLongArray();
    }
    return new long[] {longValue(name)};
  }

  /** Returns the value as a Long, or null for None. */
  public Long longOrNull(String name) {
    return isNone(name) ? null : longValue(name);
  }

  /** Returns the value as a Double, or null for None. */
  public Double doubleOrNull(String name) {
    return isNone(name) ? null : doubleValue(name);
  }

  /** Returns the value as a Boolean, or null for None. */
  public Boolean boolOrNull(String name) {
    return isNone(name) ? null : bool(name);
  }

  /** Returns an int or a sequence of ints as a long array, or null for None. */
  public long[] longsOrNull(String name) {
    return isNone(name) ? null : longs(name);
  }

  /** Returns a number or a sequence of numbers as a double array, or null for None. */
  public double[] doublesOrNull(String name) {
    Object v = get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof double[] d) {
      return d.clone();
    }
    if (v instanceof Number n) {
      return new double[] {n.doubleValue()};
    }
    if (v instanceof Array a && a.rank() <= 1) {
      return a.toDoubleArray();
    }
    if (v instanceof List<?> l) {
      double[] r = new double[l.size()];
      for (int i = 0; i < r.length; i++) {
        if (!(l.get(i) instanceof Number n)) {
          throw wrong(name, "a number or a sequence of numbers");
        }
        r[i] = n.doubleValue();
      }
      return r;
    }
    throw wrong(name, "a number or a sequence of numbers");
  }

  /**
   * Returns a sequence of integer sequences ({@code [(1, 2, 0), (0, 0, 1)]}) as a long matrix, or
   * null for None.
   */
  public long[][] longMatrixOrNull(String name) {
    Object v = get(name);
    if (v == null || v instanceof long[][]) {
      return v == null ? null : ((long[][]) v).clone();
    }
    if (v instanceof List<?> rows) {
      long[][] r = new long[rows.size()][];
      for (int i = 0; i < r.length; i++) {
        Object row = rows.get(i);
        if (!(row instanceof List<?> || row instanceof long[] || row instanceof Array)) {
          throw wrong(name, "a sequence of integer sequences");
        }
        r[i] = new Args(fn, Map.of(name, row)).longs(name);
      }
      return r;
    }
    throw wrong(name, "a sequence of integer sequences");
  }

  /** Returns the value as a list of arrays, or null for None. */
  public List<Array> arraysOrNull(String name) {
    return isNone(name) ? null : arrays(name);
  }

  /**
   * Returns the value as a constant of {@code type}: the constant itself, or the framework's string
   * for it ({@code "half_pixel"} is {@code HALF_PIXEL}); null for None.
   */
  public <E extends Enum<E>> E enumOrNull(String name, Class<E> type) {
    Object v = get(name);
    if (v == null || type.isInstance(v)) {
      return type.cast(v);
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(
          "'"
              + (e instanceof dev.ivy.StringMode m
                  ? m.text()
                  : e.name().toLowerCase(java.util.Locale.ROOT))
              + "'");
    }
    if (v instanceof String s) {
      String c = s.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(c)) {
          return e;
        }
      }
      throw new IvyArgumentException(
          fn + ": " + name + " must be one of " + String.join(", ", names) + "; got '" + s + "'");
    }
    throw wrong(name, "one of " + String.join(", ", names));
  }

  /** Returns the value as a {@code type}, or null for None. */
  public <T> T as(String name, Class<T> type) {
    Object v = get(name);
    if (v == null || type.isInstance(v)) {
      return type.cast(v);
    }
    throw wrong(name, "a " + type.getSimpleName());
  }

  /** The positional rest of a variadic parameter: its one sequence when given as one. */
  private Object rest(String name) {
    Object v = get(name);
    if (v instanceof List<?> l
        && l.size() == 1
        && (l.get(0) instanceof List || l.get(0) instanceof Array)) {
      return l.get(0);
    }
    return v;
  }

  /** Returns a variadic size ({@code ones(2, 3)} or {@code ones((2, 3))}) as longs. */
  public long[] varLongs(String name) {
    return new Args(fn, Map.of(name, rest(name))).longs(name);
  }

  /** Returns a variadic list of ints ({@code permute(1, 0)} or {@code permute((1, 0))}). */
  public int[] varInts(String name) {
    Map<String, Object> m = new java.util.HashMap<>();
    m.put(name, rest(name));
    return new Args(fn, m).intsOrNull(name);
  }

  /**
   * Returns a variadic list of arrays ({@code f(a, b)}, or {@code f([a, b])} with one sequence of
   * arrays; a single nested list of numbers is one array).
   */
  public Array[] varArrays(String name) {
    Object v = get(name);
    Object r =
        v instanceof List<?> l
                && l.size() == 1
                && l.get(0) instanceof List<?> inner
                && !inner.isEmpty()
                && inner.stream().allMatch(o -> o instanceof Array)
            ? l.get(0)
            : v;
    return new Args(fn, Map.of(name, r)).arrays(name).toArray(new Array[0]);
  }

  /** Returns the positional rest of a variadic parameter as given. */
  public Object[] varObjects(String name) {
    Object v = get(name);
    return v instanceof List<?> l ? l.toArray() : new Object[] {v};
  }
}
