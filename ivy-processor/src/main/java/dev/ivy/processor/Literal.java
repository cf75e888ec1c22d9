package dev.ivy.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.lang.model.type.TypeMirror;

/**
 * A default written as a Python literal ({@code None}, {@code True}, {@code -1}, {@code 1e-05},
 * {@code 'mean'}, {@code (1, 1)}, {@code inf}), turned into the registry's default and into the
 * Java argument of a given parameter type.
 */
record Literal(Kind kind, String source, String text, List<Literal> items) {
  enum Kind {
    NONE,
    BOOL,
    INT,
    FLOAT,
    STRING,
    TUPLE
  }

  static Literal parse(String s) {
    String t = s.trim();
    if (t.equals("None")) {
      return new Literal(Kind.NONE, t, t, List.of());
    }
    if (t.equals("True") || t.equals("False")) {
      return new Literal(Kind.BOOL, t, t.toLowerCase(Locale.ROOT), List.of());
    }
    if (t.length() >= 2
        && (t.charAt(0) == '\'' || t.charAt(0) == '"')
        && t.charAt(t.length() - 1) == t.charAt(0)) {
      return new Literal(Kind.STRING, t, t.substring(1, t.length() - 1), List.of());
    }
    if (t.startsWith("(") && t.endsWith(")") || t.startsWith("[") && t.endsWith("]")) {
      List<Literal> items = new ArrayList<>();
      String inner = t.substring(1, t.length() - 1).trim();
      if (!inner.isEmpty()) {
        for (String part : inner.split(",")) {
          if (!part.isBlank()) {
            Literal l = parse(part);
            if (l.kind != Kind.INT && l.kind != Kind.FLOAT) {
              throw new IllegalArgumentException("a tuple default holds numbers only: " + s);
            }
            items.add(l);
          }
        }
      }
      return new Literal(Kind.TUPLE, t, t, items);
    }
    if (t.matches("-?inf")) {
      return new Literal(Kind.FLOAT, t, t, List.of());
    }
    if (t.matches("-?\\d+")) {
      Long.parseLong(t);
      return new Literal(Kind.INT, t, t, List.of());
    }
    try {
      Double.parseDouble(t);
      return new Literal(Kind.FLOAT, t, t, List.of());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a Python literal default: " + s);
    }
  }

  private String doubleText() {
    return switch (text) {
      case "inf" -> "Double.POSITIVE_INFINITY";
      case "-inf" -> "Double.NEGATIVE_INFINITY";
      default -> text.matches("-?\\d+") ? text + ".0" : text;
    };
  }

  /** The Java expression of the registry's default (boxed numbers, lists of longs). */
  String registryValue() {
    return switch (kind) {
      case NONE -> "null";
      case BOOL -> text;
      case INT -> text + "L";
      case FLOAT -> doubleText();
      case STRING -> DeclarationProcessor.quote(text);
      case TUPLE -> {
        StringBuilder sb = new StringBuilder("java.util.List.of(");
        for (int i = 0; i < items.size(); i++) {
          sb.append(i > 0 ? ", " : "").append(items.get(i).registryValue());
        }
        yield sb.append(')').toString();
      }
    };
  }

  /** The Java argument for a parameter of {@code type}; throws when the two do not fit. */
  String javaValue(TypeMirror type, Function<TypeMirror, List<String>> enumConstants) {
    String t = type.toString();
    if (kind == Kind.NONE) {
      if (type.getKind().isPrimitive()) {
        throw new IllegalArgumentException("None cannot be the default of a " + t);
      }
      return "(" + t + ") null";
    }
    List<String> constants = enumConstants.apply(type);
    if (constants != null) {
      String c = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
      if (kind != Kind.STRING || !constants.contains(c)) {
        throw new IllegalArgumentException(source + " is not a constant of " + t);
      }
      return t + "." + c;
    }
    switch (kind) {
      case BOOL:
        if (t.equals("boolean") || t.equals("java.lang.Boolean") || t.equals("java.lang.Object")) {
          return text;
        }
        break;
      case STRING:
        if (t.equals("java.lang.String") || t.equals("java.lang.Object")) {
          return DeclarationProcessor.quote(text);
        }
        if (t.equals("dev.ivy.DType")) {
          return "dev.ivy.DType.of(" + DeclarationProcessor.quote(text) + ")";
        }
        break;
      case INT:
        switch (t) {
          case "int":
            return text;
          case "long":
            return text + "L";
          case "double":
            return doubleText();
          case "float":
            return doubleText() + "f";
          case "java.lang.Integer":
            return "Integer.valueOf(" + text + ")";
          case "java.lang.Long":
          case "java.lang.Number":
          case "java.lang.Object":
            return "Long.valueOf(" + text + "L)";
          case "java.lang.Double":
            return "Double.valueOf(" + doubleText() + ")";
          case "int[]":
            return "new int[] {" + text + "}";
          case "long[]":
            return "new long[] {" + text + "L}";
          case "double[]":
            return "new double[] {" + doubleText() + "}";
          default:
            break;
        }
        break;
      case FLOAT:
        switch (t) {
          case "double":
            return doubleText();
          case "float":
            return text.contains("inf")
                ? doubleText().replace("Double", "Float")
                : doubleText() + "f";
          case "java.lang.Double":
          case "java.lang.Number":
          case "java.lang.Object":
            return "Double.valueOf(" + doubleText() + ")";
          case "double[]":
            return "new double[] {" + doubleText() + "}";
          default:
            break;
        }
        break;
      case TUPLE:
        switch (t) {
          case "int[]":
            return array("int", "");
          case "long[]":
            return array("long", "L");
          case "double[]":
            {
              StringBuilder sb = new StringBuilder("new double[] {");
              for (int i = 0; i < items.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(items.get(i).doubleText());
              }
              return sb.append('}').toString();
            }
          case "java.lang.Object":
            return registryValue();
          default:
            break;
        }
        break;
      default:
        break;
    }
    throw new IllegalArgumentException("the default " + source + " does not fit a " + t);
  }

  private String array(String type, String suffix) {
    StringBuilder sb = new StringBuilder("new " + type + "[] {");
    for (int i = 0; i < items.size(); i++) {
      Literal l = items.get(i);
      if (l.kind != Kind.INT) {
        throw new IllegalArgumentException(
            "the default " + source + " does not fit " + type + "[]");
      }
      sb.append(i > 0 ? ", " : "").append(l.text).append(suffix);
    }
    return sb.append('}').toString();
  }
}
