package dev.ivy.testkit;

import dev.ivy.Array;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.RegisteredFunction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference case's call with its arguments decoded, whose array arguments can be swapped for
 * others (symbolic arrays of a trace, perturbed values): what the tracing and export walks over the
 * reference cases share.
 *
 * @param fn the registered function
 * @param args the positional arguments
 * @param kwargs the keyword arguments, in order
 */
public record CaseCall(RegisteredFunction fn, List<Object> args, Map<String, Object> kwargs) {
  /**
   * Returns the case's call on the current backend, or null when its function is not registered.
   */
  public static CaseCall of(OracleCase c) {
    RegisteredFunction f = FunctionRegistry.find(c.frontend(), c.fn());
    return f == null ? null : new CaseCall(f, CaseRunner.args(c), CaseRunner.kwargs(c));
  }

  /** Returns the array arguments (also inside lists), positional ones first, in order. */
  public List<Array> arrays() {
    List<Array> out = new ArrayList<>();
    collect(args, out);
    collect(kwargs.values(), out);
    return out;
  }

  /** Calls the function with its arguments. */
  public Object call() {
    return fn.call(args, kwargs);
  }

  /** Calls the function with {@code arrays} in place of {@link #arrays()}, in the same order. */
  public Object callWith(List<Array> arrays) {
    Iterator<Array> it = arrays.iterator();
    List<Object> a = new ArrayList<>();
    for (Object o : args) {
      a.add(substitute(o, it));
    }
    Map<String, Object> k = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : kwargs.entrySet()) {
      k.put(e.getKey(), substitute(e.getValue(), it));
    }
    return fn.call(a, k);
  }

  private static void collect(Object v, List<Array> out) {
    if (v instanceof Array a) {
      out.add(a);
    } else if (v instanceof Iterable<?> it) {
      for (Object o : it) {
        collect(o, out);
      }
    }
  }

  private static Object substitute(Object v, Iterator<Array> in) {
    if (v instanceof Array) {
      return in.next();
    }
    if (v instanceof List<?> l) {
      List<Object> r = new ArrayList<>();
      for (Object o : l) {
        r.add(substitute(o, in));
      }
      return r;
    }
    return v;
  }
}
