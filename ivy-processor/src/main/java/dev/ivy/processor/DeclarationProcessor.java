package dev.ivy.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Generates, from the {@code @Fn} methods of each {@code @Namespace} class, the function registry
 * entries ({@code DeclaredFunctions} in each package, a {@code FunctionProvider}) and the shorter
 * overloads that leave trailing defaults out ({@code <Class>Defaults}, the class's superclass). The
 * annotations are read by name, so this processor depends on nothing.
 */
@SupportedAnnotationTypes("dev.ivy.registry.Namespace")
public final class DeclarationProcessor extends AbstractProcessor {
  private static final String NAMESPACE = "dev.ivy.registry.Namespace";
  private static final String FN = "dev.ivy.registry.Fn";
  private static final String P = "dev.ivy.registry.P";
  private static final String DEFAULT = "dev.ivy.registry.Default";
  private static final String OPERAND = "dev.ivy.registry.Operand";
  private static final String REST = "dev.ivy.registry.Rest";

  /** Creates the processor (for javac's service lookup). */
  public DeclarationProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Map<String, List<TypeElement>> byPackage = new LinkedHashMap<>();
    for (TypeElement a : annotations) {
      for (Element e : round.getElementsAnnotatedWith(a)) {
        if (e instanceof TypeElement t) {
          String pkg =
              processingEnv.getElementUtils().getPackageOf(t).getQualifiedName().toString();
          byPackage.computeIfAbsent(pkg, k -> new ArrayList<>()).add(t);
        }
      }
    }
    for (Map.Entry<String, List<TypeElement>> e : byPackage.entrySet()) {
      List<Decl> decls = new ArrayList<>();
      for (TypeElement t : e.getValue()) {
        List<Decl> own = declarations(t);
        decls.addAll(own);
        writeDefaults(e.getKey(), t, own);
      }
      writeRegistrations(e.getKey(), e.getValue(), decls);
      writeMethods(e.getKey(), decls);
    }
    return true;
  }

  // ------------------------------------------------------------------ model

  /** One parameter of a declared function. */
  record Param(
      String javaName,
      String name,
      TypeMirror type,
      Literal dflt,
      boolean variadic,
      boolean operand) {}

  /** One declared function. */
  record Decl(
      TypeElement owner,
      ExecutableElement method,
      List<String> names,
      List<Param> params,
      List<String> ignored,
      String path,
      String methods,
      String methodsType) {}

  private List<Decl> declarations(TypeElement t) {
    AnnotationMirror ns = mirror(t, NAMESPACE);
    String prefix = string(ns, "prefix");
    String path = string(ns, "path");
    String methods = string(ns, "methods");
    String methodsType = string(ns, "methodsType");
    List<String> ignored = strings(ns, "ignored");
    List<Decl> out = new ArrayList<>();
    for (Element e : t.getEnclosedElements()) {
      AnnotationMirror fn = e.getKind() == ElementKind.METHOD ? mirror(e, FN) : null;
      if (fn == null) {
        continue;
      }
      ExecutableElement m = (ExecutableElement) e;
      if (m.getModifiers().contains(Modifier.PRIVATE)) {
        error(m, "an @Fn method must not be private");
        continue;
      }
      java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
      List<String> given = strings(fn, "value");
      if (given.isEmpty()) {
        given = List.of(snake(m.getSimpleName().toString()));
      }
      for (String n : given) {
        names.add(prefix.isEmpty() ? n : prefix + "." + n);
      }
      names.addAll(strings(fn, "also"));
      if (bool(fn, "method")) {
        if (methods.isEmpty()) {
          error(m, "@Fn(method = true) needs @Namespace(methods = ...)");
        }
        for (String n : given) {
          names.add(methods + "." + n);
        }
      }
      List<Param> params = new ArrayList<>();
      List<? extends VariableElement> ps = m.getParameters();
      for (int i = 0; i < ps.size(); i++) {
        VariableElement p = ps.get(i);
        AnnotationMirror pn = mirror(p, P);
        AnnotationMirror dv = mirror(p, DEFAULT);
        String javaName = p.getSimpleName().toString();
        Literal lit = null;
        if (dv != null) {
          try {
            lit = Literal.parse(string(dv, "value"));
          } catch (IllegalArgumentException ex) {
            error(p, ex.getMessage());
            continue;
          }
        }
        params.add(
            new Param(
                javaName,
                pn == null ? snake(javaName) : string(pn, "value"),
                p.asType(),
                lit,
                m.isVarArgs() && i == ps.size() - 1 || mirror(p, REST) != null,
                mirror(p, OPERAND) != null));
      }
      boolean isMethod = bool(fn, "method");
      if (isMethod
          && (params.isEmpty()
              || !List.of("dev.ivy.Array", "java.lang.Object")
                  .contains(params.get(0).type().toString()))) {
        error(m, "an @Fn(method = true) function takes its array first (Array or Object)");
      }
      out.add(
          new Decl(
              t,
              m,
              new ArrayList<>(names),
              params,
              ignored,
              path,
              isMethod ? methods : null,
              methodsType.isEmpty() ? methods : methodsType));
    }
    return out;
  }

  // ------------------------------------------------------------------ registrations

  private void writeRegistrations(String pkg, List<TypeElement> owners, List<Decl> decls) {
    StringBuilder sb = new StringBuilder();
    sb.append("package ").append(pkg).append(";\n\n");
    sb.append("import static dev.ivy.registry.Param.opt;\n");
    sb.append("import static dev.ivy.registry.Param.req;\n");
    sb.append("import static dev.ivy.registry.Param.varargs;\n\n");
    sb.append("/** The registrations of the declared functions of this package (generated). */\n");
    sb.append(
        "@javax.annotation.processing.Generated(\"dev.ivy.processor.DeclarationProcessor\")\n");
    sb.append(
        "public final class DeclaredFunctions implements dev.ivy.registry.FunctionProvider {\n");
    sb.append("  /** Creates the provider (for {@link java.util.ServiceLoader}). */\n");
    sb.append("  public DeclaredFunctions() {}\n\n");
    sb.append("  @Override\n");
    sb.append("  public void register(dev.ivy.registry.FunctionRegistry.Builder r) {\n");
    int chunk = 0;
    for (int i = 0; i < decls.size(); i += 60) {
      sb.append("    register").append(chunk++).append("(r);\n");
    }
    sb.append("  }\n");
    chunk = 0;
    for (int i = 0; i < decls.size(); i += 60) {
      sb.append("\n  private static void register")
          .append(chunk++)
          .append("(dev.ivy.registry.FunctionRegistry.Builder r) {\n");
      for (Decl d : decls.subList(i, Math.min(decls.size(), i + 60))) {
        registration(sb, d);
      }
      sb.append("  }\n");
    }
    sb.append("}\n");
    write(pkg + ".DeclaredFunctions", sb, owners.toArray(new Element[0]));
  }

  private void registration(StringBuilder sb, Decl d) {
    String frontend = string(mirror(d.owner(), NAMESPACE), "frontend");
    StringBuilder params = new StringBuilder("java.util.List.of(");
    Set<String> declared = new HashSet<>();
    boolean first = true;
    for (Param p : d.params()) {
      declared.add(p.name());
      params.append(first ? "" : ", ");
      first = false;
      if (p.variadic()) {
        params.append("varargs(").append(quote(p.name())).append(")");
      } else if (p.dflt() == null) {
        params.append("req(").append(quote(p.name())).append(")");
      } else {
        params
            .append("opt(")
            .append(quote(p.name()))
            .append(", ")
            .append(p.dflt().registryValue())
            .append(")");
      }
    }
    for (String ig : d.ignored()) {
      if (!declared.contains(ig)) {
        params.append(first ? "" : ", ").append("opt(").append(quote(ig)).append(", null)");
        first = false;
      }
    }
    params.append(")");
    StringBuilder call = new StringBuilder(receiver(d)).append('.');
    call.append(d.method().getSimpleName()).append('(');
    for (int i = 0; i < d.params().size(); i++) {
      Param p = d.params().get(i);
      call.append(i > 0 ? ", " : "").append(conversion(d.method(), p));
    }
    call.append(')');
    String body =
        d.method().getReturnType().getKind() == TypeKind.VOID
            ? "a -> {\n          " + call + ";\n          return null;\n        }"
            : "a -> " + call;
    String sig = javaSignature(d);
    for (String n : d.names()) {
      String shown =
          d.methods() != null && n.startsWith(d.methods() + ".") ? methodSignature(d) : sig;
      sb.append("    r.add(\n        ")
          .append(quote(frontend))
          .append(",\n        ")
          .append(quote(n))
          .append(",\n        ")
          .append(params)
          .append(",\n        ")
          .append(body)
          .append(",\n        ")
          .append(quote(shown))
          .append(");\n");
    }
  }

  private static String receiver(Decl d) {
    if (d.method().getModifiers().contains(Modifier.STATIC)) {
      return nestedName(d.owner());
    }
    return d.path();
  }

  /** The Java signature shown in docs: optional trailing parameters in brackets. */
  private static String javaSignature(Decl d) {
    StringBuilder sb = new StringBuilder(d.path()).append('.').append(d.method().getSimpleName());
    sb.append('(');
    int firstOptional = firstOptional(d);
    int closing = 0;
    for (int i = 0; i < d.params().size(); i++) {
      Param p = d.params().get(i);
      String t = simpleType(p.type().toString());
      if (p.variadic() && i == d.params().size() - 1) {
        t = t.replace("[]", "...");
      }
      if (firstOptional >= 0 && i >= firstOptional) {
        sb.append('[').append(i > 0 ? ", " : "");
        closing++;
      } else if (i > 0) {
        sb.append(", ");
      }
      sb.append(t).append(' ').append(p.javaName());
    }
    sb.append("]".repeat(closing)).append(')');
    return sb.toString();
  }

  /** The signature of the method form ({@code Tensor.cumsum(int dim[, DType dtype])}). */
  private static String methodSignature(Decl d) {
    String full = javaSignature(d);
    String args = full.substring(full.indexOf('(') + 1, full.length() - 1);
    int cut = args.indexOf(", ");
    int bracket = args.indexOf('[');
    String rest;
    if (bracket >= 0 && (cut < 0 || bracket < cut)) {
      rest = args.substring(bracket);
      rest = "[" + rest.substring(rest.indexOf(", ") + 2);
    } else {
      rest = cut < 0 ? "" : args.substring(cut + 2);
    }
    return d.methods() + "." + d.method().getSimpleName() + "(" + rest + ")";
  }

  /** The index from which every parameter has a default (and overloads exist), or -1. */
  private static int firstOptional(Decl d) {
    List<Param> ps = d.params();
    if (ps.isEmpty()
        || ps.get(ps.size() - 1).variadic()
        || !d.method().getTypeParameters().isEmpty()) {
      return -1;
    }
    int k = ps.size();
    while (k > 0 && ps.get(k - 1).dflt() != null && !ps.get(k - 1).variadic()) {
      k--;
    }
    return k == ps.size() ? -1 : k;
  }

  private String conversion(ExecutableElement m, Param p) {
    String c = looseConversion(m, p);
    TypeMirror t = p.type();
    if (p.dflt() != null
        || p.variadic()
        || t.getKind().isPrimitive()
        || t.getKind() == TypeKind.ARRAY
        || t.toString().equals("java.lang.Object")
        || t.toString().equals("dev.ivy.Array")
        || t.toString().equals("java.util.List<dev.ivy.Array>")) {
      return c;
    }
    // a required parameter of a reference type: None is refused here, naming the argument
    String n = quote(p.name());
    return "a.given(" + n + ", " + c + ")";
  }

  private String looseConversion(ExecutableElement m, Param p) {
    String n = quote(p.name());
    TypeMirror t = p.type();
    boolean none = p.dflt() != null && p.dflt().kind() == Literal.Kind.NONE;
    if (p.variadic()) {
      TypeMirror c = ((javax.lang.model.type.ArrayType) t).getComponentType();
      return switch (c.toString()) {
        case "long" -> "a.varLongs(" + n + ")";
        case "int" -> "a.varInts(" + n + ")";
        case "dev.ivy.Array" -> "a.varArrays(" + n + ")";
        case "java.lang.Object" -> "a.varObjects(" + n + ")";
        default -> {
          error(m, "no conversion for varargs of " + c);
          yield "null";
        }
      };
    }
    switch (t.getKind()) {
      case INT:
        return "a.intValue(" + n + ")";
      case LONG:
        return "a.longValue(" + n + ")";
      case DOUBLE:
        return "a.doubleValue(" + n + ")";
      case FLOAT:
        return "(float) a.doubleValue(" + n + ")";
      case BOOLEAN:
        return "a.bool(" + n + ")";
      default:
        break;
    }
    String s = t.toString();
    switch (s) {
      case "dev.ivy.Array":
        return none ? "a.arrayOrNull(" + n + ")" : "a.array(" + n + ")";
      case "java.lang.Object":
        if (p.operand()) {
          return none
              ? "(a.isNone(" + n + ") ? null : a.arrayOrScalar(" + n + "))"
              : "a.arrayOrScalar(" + n + ")";
        }
        return "a.get(" + n + ")";
      case "java.lang.Integer":
        return "a.intOrNull(" + n + ")";
      case "java.lang.Long":
        return "a.longOrNull(" + n + ")";
      case "java.lang.Double":
        return "a.doubleOrNull(" + n + ")";
      case "java.lang.Boolean":
        return "a.boolOrNull(" + n + ")";
      case "java.lang.Number":
        return "a.numberOrNull(" + n + ")";
      case "java.lang.String":
        return "a.string(" + n + ")";
      case "dev.ivy.DType":
        return "a.dtypeOrNull(" + n + ")";
      case "int[]":
        return p.dflt() == null ? "a.ints(" + n + ")" : "a.intsOrNull(" + n + ")";
      case "long[]":
        return p.dflt() == null ? "a.longs(" + n + ")" : "a.longsOrNull(" + n + ")";
      case "double[]":
        return p.dflt() == null ? "a.doubles(" + n + ")" : "a.doublesOrNull(" + n + ")";
      case "long[][]":
        return p.dflt() == null ? "a.longMatrix(" + n + ")" : "a.longMatrixOrNull(" + n + ")";
      case "java.util.List<dev.ivy.Array>":
        return p.dflt() == null ? "a.arrays(" + n + ")" : "a.arraysOrNull(" + n + ")";
      case "dev.ivy.Array[]":
        return "a.varArrays(" + n + ")";
      default:
        break;
    }
    if (t instanceof DeclaredType dt && dt.asElement().getKind() == ElementKind.ENUM) {
      return "a.enumOrNull(" + n + ", " + s + ".class)";
    }
    String erased = processingEnv.getTypeUtils().erasure(t).toString();
    if (erased.equals(s)) {
      return "a.as(" + n + ", " + s + ".class)";
    }
    return "(" + s + ") a.as(" + n + ", " + erased + ".class)";
  }

  // ------------------------------------------------------------------ array-type methods

  /**
   * Writes {@code <Type>Methods}, the superclass of the namespace's array type ({@code Tensor}),
   * with one instance method per {@code @Fn(method = true)} function and its default overloads.
   */
  private void writeMethods(String pkg, List<Decl> decls) {
    Map<String, List<Decl>> byType = new LinkedHashMap<>();
    for (Decl d : decls) {
      if (d.methods() != null) {
        byType.computeIfAbsent(d.methodsType(), k -> new ArrayList<>()).add(d);
      }
    }
    for (Map.Entry<String, List<Decl>> e : byType.entrySet()) {
      String type = e.getKey();
      String cls = type + "Methods";
      TypeElement target = processingEnv.getElementUtils().getTypeElement(pkg + "." + type);
      Set<String> taken = new HashSet<>();
      List<Sig> sigs = new ArrayList<>();
      if (target != null) {
        for (Element m : target.getEnclosedElements()) {
          if (m.getKind() == ElementKind.METHOD && !m.getModifiers().contains(Modifier.STATIC)) {
            ExecutableElement x = (ExecutableElement) m;
            taken.add(erasedKey(x, -1, 0));
            List<TypeMirror> types = new ArrayList<>();
            for (VariableElement p : x.getParameters()) {
              types.add(p.asType());
            }
            sigs.add(new Sig(x.getSimpleName().toString(), types, x.isVarArgs()));
          }
        }
      }
      StringBuilder body = new StringBuilder();
      for (Decl d : e.getValue()) {
        int k = firstOptional(d);
        int n = d.params().size();
        for (int j = n; j >= Math.max(1, k < 0 ? n : k); j--) {
          if (taken.add(erasedKey(d.method(), j, 1))) {
            List<Use> plan = trailing(d, j);
            sigs.add(instanceSig(d, plan));
            method(body, type, d, plan);
          }
        }
      }
      for (Decl d : e.getValue()) {
        for (List<Use> plan : axisPlans(d)) {
          Sig s = instanceSig(d, plan);
          if (axisParam(d) >= 1
              && taken.add(s.key(processingEnv.getTypeUtils()))
              && !clashes(s, sigs)) {
            sigs.add(s);
            method(body, type, d, plan);
          }
        }
      }
      StringBuilder sb = new StringBuilder();
      sb.append("package ").append(pkg).append(";\n\n");
      sb.append("/**\n * The methods of {@link ")
          .append(type)
          .append(
              "} that are framework functions taking it first (generated from the {@code @Fn(method\n")
          .append(" * = true)} declarations).\n */\n");
      sb.append(
          "@javax.annotation.processing.Generated(\"dev.ivy.processor.DeclarationProcessor\")\n");
      sb.append("public abstract class ").append(cls).append(" {\n");
      sb.append("  /** For {@link ").append(type).append("} only. */\n");
      sb.append("  ").append(cls).append("() {}\n\n");
      sb.append("  /**\n   * Returns the wrapped array.\n   *\n   * @return the array\n   */\n");
      sb.append("  public abstract dev.ivy.Array array();\n\n");
      sb.append("  /** Wraps a result. */\n");
      sb.append("  abstract ").append(type).append(" wrap(dev.ivy.Array a);\n\n");
      sb.append("  /** Unwraps an argument that may be a {@link ").append(type).append("}. */\n");
      sb.append("  abstract Object unwrap(Object o);\n");
      sb.append(body);
      sb.append("}\n");
      write(pkg + "." + cls, sb, e.getValue().get(0).owner());
      if (target != null && !cls.equals(simpleType(target.getSuperclass().toString()))) {
        error(target, type + " must extend " + cls);
      }
    }
  }

  private Sig instanceSig(Decl d, List<Use> plan) {
    Sig s = sig(d, plan);
    return new Sig(s.name(), s.types().subList(1, s.types().size()), false);
  }

  private void method(StringBuilder sb, String type, Decl d, List<Use> plan) {
    String prefix = d.methods();
    ExecutableElement m = d.method();
    StringBuilder params = new StringBuilder();
    StringBuilder args = new StringBuilder("array()");
    StringBuilder doc = new StringBuilder();
    int last = plan.lastIndexOf(Use.KEEP);
    for (int i = 1; i < d.params().size(); i++) {
      Param p = d.params().get(i);
      if (plan.get(i) == Use.ONE_AXIS) {
        params.append(params.length() > 0 ? ", " : "").append("int ").append(p.javaName());
        args.append(", new int[] {").append(p.javaName()).append('}');
        doc.append(doc.length() > 0 ? ", " : "").append("one ").append(p.name());
      } else if (plan.get(i) == Use.KEEP) {
        String t = p.type().toString();
        if (p.variadic() && i == d.params().size() - 1 && i == last) {
          t = t.substring(0, t.length() - 2) + "...";
        }
        params.append(params.length() > 0 ? ", " : "").append(t).append(' ').append(p.javaName());
        args.append(", ")
            .append(t.equals("java.lang.Object") ? "unwrap(" + p.javaName() + ")" : p.javaName());
      } else {
        try {
          args.append(", ").append(p.dflt().javaValue(p.type(), this::enumConstants));
        } catch (IllegalArgumentException ex) {
          error(m, p.javaName() + ": " + ex.getMessage());
          return;
        }
        doc.append(doc.length() > 0 ? ", " : "")
            .append(p.name())
            .append('=')
            .append(p.dflt().source());
      }
    }
    String ret = m.getReturnType().toString();
    boolean wraps = ret.equals("dev.ivy.Array");
    String call = receiver(d) + "." + m.getSimpleName() + "(" + args + ")";
    sb.append("\n  /**\n   * {@code ")
        .append(prefix)
        .append('.')
        .append(d.names().get(0).substring(d.names().get(0).lastIndexOf('.') + 1))
        .append('}')
        .append(doc.length() > 0 ? " with " + escape(doc.toString()) : "")
        .append(".\n   *\n   * @see ")
        .append(nestedName(d.owner()))
        .append('#')
        .append(m.getSimpleName())
        .append("\n   */\n");
    sb.append("  public ").append(wraps ? type : ret).append(' ').append(m.getSimpleName());
    sb.append('(').append(params).append(") {\n    ");
    if (ret.equals("void")) {
      sb.append(call).append(";\n  }\n");
    } else {
      sb.append("return ").append(wraps ? "wrap(" + call + ")" : call).append(";\n  }\n");
    }
  }

  // ------------------------------------------------------------------ overloads

  private void writeDefaults(String pkg, TypeElement owner, List<Decl> decls) {
    String cls = flatName(owner) + "Defaults";
    boolean isPublic = owner.getModifiers().contains(Modifier.PUBLIC);
    Set<String> taken = new HashSet<>();
    List<Sig> sigs = new ArrayList<>();
    for (Element e : owner.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD) {
        ExecutableElement m = (ExecutableElement) e;
        taken.add(erasedKey(m, -1));
        List<TypeMirror> types = new ArrayList<>();
        for (VariableElement p : m.getParameters()) {
          types.add(p.asType());
        }
        sigs.add(new Sig(m.getSimpleName().toString(), types, m.isVarArgs()));
      }
    }
    StringBuilder body = new StringBuilder();
    for (Decl d : decls) {
      int k = firstOptional(d);
      if (k < 0) {
        continue;
      }
      for (int j = d.params().size() - 1; j >= k; j--) {
        String key = erasedKey(d.method(), j);
        if (!taken.add(key)) {
          continue;
        }
        List<Use> plan = trailing(d, j);
        sigs.add(sig(d, plan));
        overload(body, owner, d, plan);
      }
    }
    for (Decl d : decls) {
      for (List<Use> plan : axisPlans(d)) {
        Sig s = sig(d, plan);
        if (!taken.add(s.key(processingEnv.getTypeUtils())) || clashes(s, sigs)) {
          continue;
        }
        sigs.add(s);
        overload(body, owner, d, plan);
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("package ").append(pkg).append(";\n\n");
    sb.append("/**\n * The overloads of {@link ")
        .append(nestedName(owner))
        .append(
            "} that leave trailing defaults out or take one axis as an {@code int} (generated from"
                + " its\n * {@code @Fn} methods).\n */\n");
    sb.append(
        "@javax.annotation.processing.Generated(\"dev.ivy.processor.DeclarationProcessor\")\n");
    sb.append(isPublic ? "public " : "").append("abstract class ").append(cls).append(" {\n");
    sb.append("  /** For the declaring class only. */\n");
    sb.append("  ").append(cls).append("() {}\n");
    sb.append(body);
    sb.append("}\n");
    write(pkg + "." + cls, sb, owner);
    if (body.length() > 0 && !cls.equals(simpleType(owner.getSuperclass().toString()))) {
      error(owner, "a class with defaulted @Fn parameters must extend " + cls);
    }
  }

  /** How an overload passes one parameter of the declared method. */
  enum Use {
    /** Taken as declared. */
    KEEP,
    /** Taken as one {@code int} and passed as {@code new int[] {axis}}. */
    ONE_AXIS,
    /** Left out: the default is passed. */
    DEFAULT
  }

  /** The Java signature of a method or a generated overload. */
  record Sig(String name, List<TypeMirror> types, boolean varargs) {
    String key(javax.lang.model.util.Types tu) {
      StringBuilder sb = new StringBuilder(name).append('(');
      for (TypeMirror t : types) {
        sb.append(tu.erasure(t)).append(',');
      }
      return sb.append(')').toString();
    }
  }

  private static List<Use> trailing(Decl d, int keep) {
    List<Use> plan = new ArrayList<>();
    for (int i = 0; i < d.params().size(); i++) {
      plan.add(i < keep ? Use.KEEP : Use.DEFAULT);
    }
    return plan;
  }

  private Sig sig(Decl d, List<Use> plan) {
    List<TypeMirror> types = new ArrayList<>();
    TypeMirror one = processingEnv.getTypeUtils().getPrimitiveType(TypeKind.INT);
    for (int i = 0; i < plan.size(); i++) {
      if (plan.get(i) == Use.KEEP) {
        types.add(d.params().get(i).type());
      } else if (plan.get(i) == Use.ONE_AXIS) {
        types.add(one);
      }
    }
    return new Sig(d.method().getSimpleName().toString(), types, false);
  }

  /**
   * The index of the parameter that names one or several axes ({@code int[]} called {@code axis},
   * {@code axes}, {@code dim} or {@code dims}, not a permutation and not a fixed pair), or -1.
   */
  private static int axisParam(Decl d) {
    for (String n : d.names()) {
      String last = n.substring(n.lastIndexOf('.') + 1);
      if (last.contains("transpose") || last.contains("permute")) {
        return -1;
      }
    }
    for (int i = 0; i < d.params().size(); i++) {
      Param p = d.params().get(i);
      if (!p.variadic()
          && p.type().toString().equals("int[]")
          && List.of("axis", "axes", "dim", "dims").contains(p.javaName())
          && (p.dflt() == null
              || p.dflt().kind() != Literal.Kind.TUPLE
              || p.dflt().items().size() < 2)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The overloads that take one axis as an {@code int} (of the method and of each of its trailing
   * overloads) and, for a reduction {@code f(x, axis=None, <defaults>, keepdims=False)}, the
   * overloads {@code f(x, axis, keepdims)} with {@code axis} as declared and as one {@code int}.
   */
  private List<List<Use>> axisPlans(Decl d) {
    List<List<Use>> plans = new ArrayList<>();
    int a = axisParam(d);
    int n = d.params().size();
    if (a < 0 || d.params().get(n - 1).variadic() || !d.method().getTypeParameters().isEmpty()) {
      return plans;
    }
    int k = firstOptional(d);
    for (int keep = n; keep > a && keep >= (k < 0 ? n : k); keep--) {
      List<Use> plan = trailing(d, keep);
      plan.set(a, Use.ONE_AXIS);
      plans.add(plan);
    }
    int kd = -1;
    for (int i = a + 1; i < n; i++) {
      Param p = d.params().get(i);
      if (p.type().getKind() == TypeKind.BOOLEAN
          && List.of("keepdims", "keepdim", "keep_dims").contains(p.name())) {
        kd = i;
      }
    }
    if (kd > a + 1 && k >= 0 && k <= a && d.params().get(a).dflt().kind() == Literal.Kind.NONE) {
      List<Use> plan = trailing(d, a + 1);
      plan.set(kd, Use.KEEP);
      plans.add(plan);
      List<Use> one = new ArrayList<>(plan);
      one.set(a, Use.ONE_AXIS);
      plans.add(one);
    }
    return plans;
  }

  /**
   * Whether a new overload could take a call that an existing method of the same name takes (every
   * argument fits both), which would change or break that call: such an overload is not generated.
   */
  private boolean clashes(Sig s, List<Sig> existing) {
    for (Sig e : existing) {
      if (!e.name().equals(s.name())) {
        continue;
      }
      int n = s.types().size();
      if (e.types().size() == n && overlaps(s.types(), e.types(), null)) {
        return true;
      }
      if (e.varargs() && n >= e.types().size() - 1) {
        TypeMirror last = e.types().get(e.types().size() - 1);
        TypeMirror item = ((javax.lang.model.type.ArrayType) last).getComponentType();
        if (overlaps(s.types(), e.types().subList(0, e.types().size() - 1), item)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether every argument type fits both lists (the second spread with {@code rest}). */
  private boolean overlaps(List<TypeMirror> a, List<TypeMirror> b, TypeMirror rest) {
    javax.lang.model.util.Types tu = processingEnv.getTypeUtils();
    for (int i = 0; i < a.size(); i++) {
      TypeMirror u = i < b.size() ? b.get(i) : rest;
      if (!fits(tu, a.get(i), u) && !fits(tu, u, a.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean fits(javax.lang.model.util.Types tu, TypeMirror from, TypeMirror to) {
    return tu.isAssignable(tu.erasure(from), tu.erasure(to));
  }

  private void overload(StringBuilder sb, TypeElement owner, Decl d, List<Use> plan) {
    ExecutableElement m = d.method();
    boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
    StringBuilder doc = new StringBuilder();
    StringBuilder params = new StringBuilder();
    StringBuilder args = new StringBuilder();
    for (int i = 0; i < d.params().size(); i++) {
      Param p = d.params().get(i);
      args.append(i > 0 ? ", " : "");
      if (plan.get(i) != Use.DEFAULT) {
        boolean one = plan.get(i) == Use.ONE_AXIS;
        params.append(params.length() > 0 ? ", " : "");
        params.append(one ? "int" : p.type().toString()).append(' ').append(p.javaName());
        args.append(one ? "new int[] {" + p.javaName() + "}" : p.javaName());
        if (one) {
          doc.append(doc.length() > 0 ? ", " : "").append("one ").append(p.name());
        }
      } else {
        String v;
        try {
          v = p.dflt().javaValue(p.type(), this::enumConstants);
        } catch (IllegalArgumentException ex) {
          error(m, p.javaName() + ": " + ex.getMessage());
          return;
        }
        args.append(v);
        doc.append(doc.length() > 0 ? ", " : "")
            .append(p.name())
            .append('=')
            .append(p.dflt().source());
      }
    }
    String ret = m.getReturnType().toString();
    String owned = nestedName(owner);
    String target =
        isStatic ? owned + "." + m.getSimpleName() : "((" + owned + ") this)." + m.getSimpleName();
    sb.append("\n  /**\n   * {@code ")
        .append(d.names().get(0))
        .append("} with ")
        .append(escape(doc.toString()))
        .append(".\n   *\n   * @see ")
        .append(owned)
        .append('#')
        .append(m.getSimpleName())
        .append("\n   */\n");
    sb.append("  public ").append(isStatic ? "static " : "").append(ret).append(' ');
    sb.append(m.getSimpleName()).append('(').append(params).append(") {\n    ");
    sb.append(ret.equals("void") ? "" : "return ").append(target).append('(').append(args);
    sb.append(");\n  }\n");
  }

  private List<String> enumConstants(TypeMirror t) {
    if (!(t instanceof DeclaredType dt) || dt.asElement().getKind() != ElementKind.ENUM) {
      return null;
    }
    List<String> r = new ArrayList<>();
    for (Element e : dt.asElement().getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        r.add(e.getSimpleName().toString());
      }
    }
    return r;
  }

  private String erasedKey(ExecutableElement m, int keep) {
    return erasedKey(m, keep, 0);
  }

  private String erasedKey(ExecutableElement m, int keep, int skip) {
    StringBuilder sb = new StringBuilder(m.getSimpleName()).append('(');
    List<? extends VariableElement> ps = m.getParameters();
    int n = keep < 0 ? ps.size() : keep;
    for (int i = skip; i < n; i++) {
      sb.append(processingEnv.getTypeUtils().erasure(ps.get(i).asType())).append(',');
    }
    return sb.append(')').toString();
  }

  // ------------------------------------------------------------------ helpers

  private static String escape(String s) {
    return s.replace("@", "{@literal @}").replace("*/", "*&#47;");
  }

  static String snake(String camel) {
    StringBuilder sb = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String simpleType(String t) {
    return t.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }

  private static String nestedName(TypeElement t) {
    StringBuilder sb = new StringBuilder(t.getSimpleName());
    Element e = t.getEnclosingElement();
    while (e instanceof TypeElement o) {
      sb.insert(0, o.getSimpleName() + ".");
      e = o.getEnclosingElement();
    }
    return sb.toString();
  }

  private static String flatName(TypeElement t) {
    return nestedName(t).replace('.', '_');
  }

  static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private void write(String name, StringBuilder src, Element... origins) {
    try (Writer w = processingEnv.getFiler().createSourceFile(name, origins).openWriter()) {
      w.write(src.toString());
    } catch (IOException e) {
      processingEnv
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, "cannot write " + name + ": " + e);
    }
  }

  private void error(Element e, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, e);
  }

  private static AnnotationMirror mirror(Element e, String type) {
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (m.getAnnotationType().toString().equals(type)) {
        return m;
      }
    }
    return null;
  }

  private Object value(AnnotationMirror m, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        processingEnv.getElementUtils().getElementValuesWithDefaults(m).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }

  private String string(AnnotationMirror m, String name) {
    return (String) value(m, name);
  }

  private boolean bool(AnnotationMirror m, String name) {
    return (Boolean) value(m, name);
  }

  private List<String> strings(AnnotationMirror m, String name) {
    List<String> r = new ArrayList<>();
    Object v = value(m, name);
    if (v instanceof List<?> l) {
      for (Object o : l) {
        r.add((String) ((AnnotationValue) o).getValue());
      }
    }
    return r;
  }
}
