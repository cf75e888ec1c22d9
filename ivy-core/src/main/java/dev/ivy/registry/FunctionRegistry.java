package dev.ivy.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Every public function by namespace and name, with parameter names and defaults, so that it can be
 * called by name with positional and keyword arguments (by the reference-case runner, the command
 * line and model import). Filled once from the {@link FunctionProvider}s on the class path.
 */
public final class FunctionRegistry {
  private static volatile Map<String, Map<String, RegisteredFunction>> table;

  private FunctionRegistry() {}

  private static Map<String, Map<String, RegisteredFunction>> table() {
    Map<String, Map<String, RegisteredFunction>> t = table;
    if (t == null) {
      synchronized (FunctionRegistry.class) {
        t = table;
        if (t == null) {
          Builder b = new Builder();
          for (FunctionProvider p : ServiceLoader.load(FunctionProvider.class)) {
            p.register(b);
          }
          t = b.done();
          table = t;
        }
      }
    }
    return t;
  }

  /** Returns the function {@code name} of {@code frontend}, or null when it is not registered. */
  public static RegisteredFunction find(String frontend, String name) {
    Map<String, RegisteredFunction> m = table().get(frontend);
    return m == null ? null : m.get(name);
  }

  /** Returns the functions of {@code frontend}, sorted by name. */
  public static List<RegisteredFunction> functions(String frontend) {
    Map<String, RegisteredFunction> m = table().get(frontend);
    return m == null ? List.of() : List.copyOf(m.values());
  }

  /** Returns the namespaces that have functions. */
  public static List<String> frontends() {
    return List.copyOf(table().keySet());
  }

  /** Collects registrations; duplicates are a programming error. */
  public static final class Builder {
    private final Map<String, Map<String, RegisteredFunction>> t = new TreeMap<>();

    Builder() {}

    /** Registers {@code body} as {@code frontend}'s function {@code name} with {@code params}. */
    public Builder add(
        String frontend, String name, List<Param> params, RegisteredFunction.Body body) {
      return add(frontend, name, params, body, null);
    }

    /**
     * Registers a declared function ({@link Fn}): as {@link #add(String, String, List,
     * RegisteredFunction.Body)}, with the Java signature of its typed method.
     */
    public Builder add(
        String frontend,
        String name,
        List<Param> params,
        RegisteredFunction.Body body,
        String javaSignature) {
      Map<String, RegisteredFunction> m = t.computeIfAbsent(frontend, k -> new TreeMap<>());
      RegisteredFunction f = new RegisteredFunction(frontend, name, params, body, javaSignature);
      if (m.putIfAbsent(name, f) != null) {
        throw new IllegalStateException("function registered twice: " + frontend + "." + name);
      }
      return this;
    }

    Map<String, Map<String, RegisteredFunction>> done() {
      Map<String, Map<String, RegisteredFunction>> r = new TreeMap<>();
      for (Map.Entry<String, Map<String, RegisteredFunction>> e : t.entrySet()) {
        r.put(e.getKey(), Collections.unmodifiableMap(e.getValue()));
      }
      return Collections.unmodifiableMap(r);
    }

    /** Returns the names registered so far for {@code frontend}. */
    public List<String> names(String frontend) {
      return new ArrayList<>(t.getOrDefault(frontend, Map.of()).keySet());
    }
  }
}
