package dev.ivy.registry;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
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

  /** Returns the value as an array; numbers, booleans and nested lists are converted. */
  public Array array(String name) {
    Object v = get(name);
    if (v instanceof Array a) {
      return a;
    }
    if (v instanceof Number || v instanceof Boolean || v instanceof List) {
      return Ivy.asarray(v);
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
      return Ivy.asarray(v);
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
          r.add(Ivy.asarray(o));
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
    return Math.toIntExact(longValue(name));
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

  /** Returns an int or a sequence of ints as an int array, or null for None. */
  public int[] intsOrNull(String name) {
    Object v = get(name);
    if (v == null) {
      return null;
    }
    long[] l = longs(name);
    int[] r = new int[l.length];
    for (int i = 0; i < l.length; i++) {
      r[i] = Math.toIntExact(l[i]);
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
}
