package dev.ivy.registry;

import dev.ivy.errors.IvyArgumentException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A function registered by name, with its parameter list, callable with positional and keyword
 * arguments as in Python.
 *
 * @param frontend the namespace: {@code ivy}, {@code torch}, {@code tensorflow}, {@code jax} or
 *     {@code numpy}
 * @param name the dotted name inside the namespace ({@code linalg.vector_norm})
 * @param params the parameters in order
 * @param body the implementation, receiving the bound arguments
 * @param javaSignature the typed Java method that declares the function, as a user calls it ({@code
 *     TfFrontend.math.cumprod(Array x[, int axis[, boolean exclusive[, boolean reverse]]])},
 *     optional trailing parameters in brackets), or null for a function registered by hand
 */
public record RegisteredFunction(
    String frontend, String name, List<Param> params, Body body, String javaSignature) {
  /** The implementation of a registered function. */
  @FunctionalInterface
  public interface Body {
    /**
     * Runs the function.
     *
     * @param args the bound arguments
     * @return an array, a list of arrays, a dtype, a boolean or a number
     */
    Object call(Args args);
  }

  /** Creates an entry registered by hand, with no typed Java method. */
  public RegisteredFunction(String frontend, String name, List<Param> params, Body body) {
    this(frontend, name, params, body, null);
  }

  /** Creates the entry, copying the parameter list. */
  public RegisteredFunction {
    params = List.copyOf(params);
  }

  /**
   * Binds the arguments to the parameters and runs the function.
   *
   * @throws IvyArgumentException for too many positional arguments, an unknown or repeated keyword,
   *     or a missing required argument
   */
  public Object call(List<?> positional, Map<String, ?> keywords) {
    Map<String, Object> bound = new LinkedHashMap<>();
    int i = 0;
    for (Param p : params) {
      if (p.variadic()) {
        List<Object> rest = new ArrayList<>();
        while (i < positional.size()) {
          rest.add(positional.get(i++));
        }
        bound.put(p.name(), rest);
        break;
      }
      if (i < positional.size()) {
        bound.put(p.name(), positional.get(i++));
      }
    }
    if (i < positional.size()) {
      throw new IvyArgumentException(
          name
              + ": takes at most "
              + params.size()
              + " positional arguments "
              + params
              + "; got "
              + positional.size());
    }
    for (Map.Entry<String, ?> e : keywords.entrySet()) {
      Param p = find(e.getKey());
      if (p == null) {
        throw new IvyArgumentException(
            name
                + ": got an unexpected keyword argument '"
                + e.getKey()
                + "'; parameters are "
                + params);
      }
      if (bound.containsKey(p.name())) {
        throw new IvyArgumentException(
            name + ": got multiple values for argument '" + e.getKey() + "'");
      }
      bound.put(p.name(), e.getValue());
    }
    for (Param p : params) {
      if (!bound.containsKey(p.name())) {
        if (p.required()) {
          throw new IvyArgumentException(name + ": missing required argument '" + p.name() + "'");
        }
        bound.put(p.name(), p.defaultValue());
      }
    }
    return body.call(new Args(name, bound));
  }

  private Param find(String key) {
    for (Param p : params) {
      if (p.name().equals(key)) {
        return p;
      }
    }
    return null;
  }

  /** Returns the Python-style signature, such as {@code sum(x, axis=None, keepdims=false)}. */
  public String signature() {
    StringBuilder sb = new StringBuilder(name).append('(');
    for (int i = 0; i < params.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(params.get(i));
    }
    return sb.append(')').toString();
  }
}
