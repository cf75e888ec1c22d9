package dev.ivy.registry;

/**
 * One parameter of a registered function: its name as the framework spells it, and whether it is
 * required or has a default.
 *
 * @param name the parameter name ({@code "axis"}, {@code "keepdims"})
 * @param required whether a caller must pass it
 * @param defaultValue the value used when it is not passed (may be null, as Python's None)
 * @param variadic whether it collects the remaining positional arguments (Python {@code *args})
 */
public record Param(String name, boolean required, Object defaultValue, boolean variadic) {
  /** Returns a required parameter. */
  public static Param req(String name) {
    return new Param(name, true, null, false);
  }

  /** Returns an optional parameter with a default. */
  public static Param opt(String name, Object defaultValue) {
    return new Param(name, false, defaultValue, false);
  }

  /** Returns a parameter collecting the remaining positional arguments as a list. */
  public static Param varargs(String name) {
    return new Param(name, false, java.util.List.of(), true);
  }

  @Override
  public String toString() {
    if (variadic) {
      return "*" + name;
    }
    return required ? name : name + "=" + (defaultValue == null ? "None" : defaultValue);
  }
}
