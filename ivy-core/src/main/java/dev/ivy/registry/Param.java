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

  /**
   * Returns the parameter as a Python signature writes it: {@code keepdims=False}, {@code *size}.
   */
  @Override
  public String toString() {
    if (variadic) {
      return "*" + name;
    }
    return required ? name : name + "=" + pythonLiteral(defaultValue);
  }

  /**
   * Returns {@code value} as a Python literal: {@code None}, {@code True}, {@code 'mean'}, {@code
   * -inf}, {@code 1e-05}, {@code (1, 2)}; other values (dtypes) as their names.
   */
  public static String pythonLiteral(Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof CharSequence cs) {
      return "'" + cs + "'";
    }
    if (value instanceof Double || value instanceof Float) {
      return pythonFloat(((Number) value).doubleValue());
    }
    if (value instanceof java.util.List<?> list) {
      java.util.StringJoiner j =
          new java.util.StringJoiner(", ", "(", list.size() == 1 ? ",)" : ")");
      list.forEach(v -> j.add(pythonLiteral(v)));
      return j.toString();
    }
    return String.valueOf(value);
  }

  private static String pythonFloat(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    String s = Double.toString(d);
    int e = s.indexOf('E');
    if (e < 0) {
      return s;
    }
    String mantissa = s.substring(0, e);
    if (mantissa.endsWith(".0")) {
      mantissa = mantissa.substring(0, mantissa.length() - 2);
    }
    int exp = Integer.parseInt(s.substring(e + 1));
    return String.format("%se%s%02d", mantissa, exp < 0 ? "-" : "+", Math.abs(exp));
  }
}
