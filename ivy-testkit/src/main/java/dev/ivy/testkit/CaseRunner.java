package dev.ivy.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.BackendFailureException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.IvyException;
import dev.ivy.errors.TracingException;
import dev.ivy.internal.HostData;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.RegisteredFunction;
import dev.ivy.testkit.Outcome.Status;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs reference cases: decodes the arguments onto a backend, calls the registered function by name
 * with positional and keyword arguments, and compares the result with what the framework returned
 * (dtype and shape exactly, values within the case's tolerances, NaN matching NaN), or checks that
 * an {@link IvyException} is raised where the framework raised.
 */
public final class CaseRunner {
  private CaseRunner() {}

  /** Runs {@code c} on backend {@code backend} and returns its outcome; never throws for a case. */
  public static Outcome run(OracleCase c, String backend) {
    RegisteredFunction f = FunctionRegistry.find(c.frontend(), c.fn());
    if (f == null) {
      return new Outcome(
          c.id(),
          backend,
          Status.MISSING,
          "missing: " + c.frontend() + "." + c.fn() + " is not registered");
    }
    try (var b = Ivy.withBackend(backend);
        var d = Ivy.withDefaultFloatDtype(c.defaultFloatDtype());
        Scope s = Ivy.scope()) {
      List<Object> args = args(c);
      Map<String, Object> kwargs = kwargs(c);
      if (c.isGrad()) {
        return runGrad(c, backend, f, args, kwargs);
      }
      Object result;
      try {
        result = f.call(args, kwargs);
      } catch (BackendFailureException e) {
        return fail(c, backend, "raw backend failure: " + e.getMessage());
      } catch (IvyException e) {
        if (c.expectsError()) {
          return new Outcome(c.id(), backend, Status.PASSED, "");
        }
        return fail(c, backend, "raised " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      if (c.expectsError()) {
        return fail(
            c,
            backend,
            "expected an error ("
                + c.expect().get("error").asText()
                + ") but got "
                + describe(result));
      }
      String why = compare(c.expect(), result, c.rtol(), c.atol(), "result");
      return why == null ? new Outcome(c.id(), backend, Status.PASSED, "") : fail(c, backend, why);
    } catch (RuntimeException | StackOverflowError e) {
      return fail(c, backend, "crashed with " + e);
    }
  }

  /**
   * A gradient case: the vector-Jacobian products of the function's result with the case's
   * cotangent, with respect to the arguments listed in {@code wrt}, through {@link
   * dev.ivy.autodiff.Autodiff#vjp}; the forward result is checked against {@code output} too.
   */
  private static Outcome runGrad(
      OracleCase c,
      String backend,
      RegisteredFunction f,
      List<Object> args,
      Map<String, Object> kwargs) {
    List<Integer> wrt = new ArrayList<>();
    List<Array> primals = new ArrayList<>();
    for (JsonNode w : c.grad().path("wrt")) {
      int i = w.asInt();
      if (i < 0 || i >= args.size() || !(args.get(i) instanceof Array a)) {
        return fail(c, backend, "grad case: wrt index " + i + " is not an array argument");
      }
      wrt.add(i);
      primals.add(a);
    }
    Object ct = decode(c.grad().path("cotangent"));
    if (!(ct instanceof Array cotangent)) {
      return fail(c, backend, "grad case: the cotangent must be an array");
    }
    List<Array> grads;
    Array out;
    try {
      dev.ivy.autodiff.Autodiff.VjpResult r =
          dev.ivy.autodiff.Autodiff.vjp(
              in -> {
                List<Object> a = new ArrayList<>(args);
                for (int k = 0; k < wrt.size(); k++) {
                  a.set(wrt.get(k), in.get(k));
                }
                Object res = f.call(a, kwargs);
                if (!(res instanceof Array x)) {
                  throw new IvyException(
                      "grad case: the function must return one array; got " + describe(res));
                }
                return List.of(x);
              },
              primals);
      out = r.outputs().get(0);
      grads = r.pullback(List.of(cotangent));
    } catch (IvyException e) {
      return fail(c, backend, "raised " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    if (!c.output().isMissingNode()) {
      String why = compare(c.output(), out, c.rtol(), c.atol(), "output");
      if (why != null) {
        return fail(c, backend, why);
      }
    }
    String why = compare(c.expect(), new ArrayList<Object>(grads), c.rtol(), c.atol(), "grad");
    return why == null ? new Outcome(c.id(), backend, Status.PASSED, "") : fail(c, backend, why);
  }

  /**
   * Runs {@code c} traced: the function is recorded with {@link Ivy#traceGraphArgs} (its array
   * arguments symbolic, keyword arguments and other values static), the graph is run on {@code
   * backend} with the case's arguments, and the result is checked as the eager result is. A case
   * that expects an error, takes no array or returns a static value (a Python int such as {@code
   * Tensor.dim()}) is {@link Status#SKIPPED}; so is one whose function reads an array's value while
   * tracing ({@link TracingException}: its output shape depends on data, as {@code nonzero}'s does,
   * and it runs eagerly).
   */
  public static Outcome runTraced(OracleCase c, String backend) {
    RegisteredFunction f = FunctionRegistry.find(c.frontend(), c.fn());
    if (f == null) {
      return new Outcome(
          c.id(), backend, Status.MISSING, "missing: " + c.frontend() + "." + c.fn());
    }
    if (c.expectsError() || c.isGrad()) {
      return new Outcome(c.id(), backend, Status.SKIPPED, "not a value case");
    }
    try (var b = Ivy.withBackend(backend);
        var d = Ivy.withDefaultFloatDtype(c.defaultFloatDtype());
        Scope s = Ivy.scope()) {
      List<Object> args = args(c);
      Map<String, Object> kwargs = kwargs(c);
      if (args.stream().noneMatch(a -> a instanceof Array)) {
        return new Outcome(c.id(), backend, Status.SKIPPED, "no array argument");
      }
      dev.ivy.TracedFunction g;
      try {
        g = Ivy.traceGraphArgs(in -> f.call(in, kwargs), args.toArray());
      } catch (TracingException e) {
        return new Outcome(c.id(), backend, Status.SKIPPED, "data-dependent: " + e.getMessage());
      } catch (IvyArgumentException e) {
        if (e.getMessage() != null
            && e.getMessage().startsWith("trace: the traced function must return")) {
          return new Outcome(c.id(), backend, Status.SKIPPED, "static result: " + e.getMessage());
        }
        return fail(c, backend, "tracing raised " + e.getMessage());
      }
      Object result;
      try {
        result = g.call(args.toArray());
      } catch (IvyException e) {
        return fail(
            c,
            backend,
            "the traced graph raised " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      String why = compare(c.expect(), result, c.rtol(), c.atol(), "traced result");
      return why == null ? new Outcome(c.id(), backend, Status.PASSED, "") : fail(c, backend, why);
    } catch (RuntimeException | StackOverflowError e) {
      return fail(c, backend, "crashed with " + e);
    }
  }

  /** Returns the case's positional arguments decoded into Java (see {@link #decode}). */
  public static List<Object> args(OracleCase c) {
    List<Object> args = new ArrayList<>();
    for (JsonNode a : c.args()) {
      args.add(decode(a));
    }
    return args;
  }

  /** Returns the case's keyword arguments decoded into Java, in order. */
  public static Map<String, Object> kwargs(OracleCase c) {
    Map<String, Object> kwargs = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = c.kwargs().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      kwargs.put(e.getKey(), decode(e.getValue()));
    }
    return kwargs;
  }

  /** Marks a function that is not registered. */
  public enum Missing {
    /** The only instance. */
    INSTANCE
  }

  /**
   * Calls the case's function on {@code backend} and returns its result encoded as a JSON value of
   * the case format (so it outlives the arrays), or {@link Missing#INSTANCE}.
   *
   * @throws IvyException what the function raised
   */
  public static Object evaluate(OracleCase c, String backend) {
    RegisteredFunction f = FunctionRegistry.find(c.frontend(), c.fn());
    if (f == null) {
      return Missing.INSTANCE;
    }
    try (var b = Ivy.withBackend(backend);
        var d = Ivy.withDefaultFloatDtype(c.defaultFloatDtype());
        Scope s = Ivy.scope()) {
      return encode(call(f, c));
    }
  }

  private static Object call(RegisteredFunction f, OracleCase c) {
    List<Object> args = args(c);
    Map<String, Object> kwargs = kwargs(c);
    return f.call(args, kwargs);
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /** Encodes a function result (arrays, lists of them, dtypes, booleans, numbers) as JSON. */
  static JsonNode encode(Object r) {
    if (r instanceof Array a) {
      com.fasterxml.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
      com.fasterxml.jackson.databind.node.ObjectNode arr = o.putObject("array");
      arr.put("dtype", a.dtype().toString());
      com.fasterxml.jackson.databind.node.ArrayNode shape = arr.putArray("shape");
      for (long d : a.shape().dims()) {
        shape.add(d);
      }
      com.fasterxml.jackson.databind.node.ArrayNode data = arr.putArray("data");
      if (a.dtype().isBool()) {
        for (boolean v : a.toBooleanArray()) {
          data.add(v);
        }
      } else if (a.dtype().isInteger()) {
        for (long v : a.toLongArray()) {
          data.add(v);
        }
      } else {
        for (double v : a.toDoubleArray()) {
          if (Double.isNaN(v)) {
            data.add("nan");
          } else if (Double.isInfinite(v)) {
            data.add(v > 0 ? "inf" : "-inf");
          } else {
            data.add(v);
          }
        }
      }
      return o;
    }
    if (r instanceof List<?> l) {
      com.fasterxml.jackson.databind.node.ArrayNode n = JSON.createArrayNode();
      for (Object e : l) {
        n.add(encode(e));
      }
      return n;
    }
    if (r instanceof DType d) {
      com.fasterxml.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
      o.put("dtype", d.toString());
      return o;
    }
    return JSON.valueToTree(r);
  }

  private static Outcome fail(OracleCase c, String backend, String why) {
    return new Outcome(c.id(), backend, Status.FAILED, why);
  }

  /**
   * Decodes a JSON value of the case format into Java: Array, Long, Double, Boolean, String, DType,
   * List or null.
   */
  public static Object decode(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isArray()) {
      List<Object> l = new ArrayList<>();
      for (JsonNode e : v) {
        l.add(decode(e));
      }
      return l;
    }
    if (v.has("array")) {
      return decodeArray(v.get("array"));
    }
    if (v.has("dtype") && v.size() == 1) {
      return DType.of(v.get("dtype").asText());
    }
    throw new IllegalArgumentException("unknown value " + v);
  }

  private static Array decodeArray(JsonNode a) {
    DType dt = DType.of(a.get("dtype").asText());
    long[] shape = new long[a.get("shape").size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = a.get("shape").get(i).asLong();
    }
    JsonNode data = a.get("data");
    ByteBuffer b = HostData.allocate(dt, data.size());
    for (JsonNode d : data) {
      if (d.isBoolean()) {
        HostData.putLong(b, dt, d.asBoolean() ? 1 : 0);
      } else if (d.isIntegralNumber() && !dt.isFloating()) {
        HostData.putLong(b, dt, d.asLong());
      } else {
        HostData.putDouble(b, dt, number(d));
      }
    }
    return Ivy.fromBytes(b.flip(), dt, Shape.of(shape));
  }

  private static double number(JsonNode d) {
    if (d.isTextual()) {
      switch (d.asText()) {
        case "nan":
          return Double.NaN;
        case "inf":
          return Double.POSITIVE_INFINITY;
        case "-inf":
          return Double.NEGATIVE_INFINITY;
        default:
          throw new IllegalArgumentException("bad number " + d);
      }
    }
    return d.asDouble();
  }

  private static String describe(Object r) {
    if (r instanceof Array a) {
      return "an array " + a.aval();
    }
    return r == null ? "None" : r.getClass().getSimpleName() + " " + r;
  }

  /** Returns null when {@code actual} matches {@code expect}, else the reason it does not. */
  public static String compare(
      JsonNode expect, Object actual, double rtol, double atol, String where) {
    if (expect.isObject() && expect.has("array")) {
      if (!(actual instanceof Array a)) {
        return where + ": expected an array but got " + describe(actual);
      }
      return compareArray(expect.get("array"), a, rtol, atol, where);
    }
    if (expect.isObject() && expect.has("dtype")) {
      DType want = DType.of(expect.get("dtype").asText());
      return want == actual
          ? null
          : where + ": expected dtype " + want + " but got " + describe(actual);
    }
    if (expect.isArray()) {
      List<?> l =
          actual instanceof List<?> li ? li : actual instanceof Object[] arr ? List.of(arr) : null;
      if (l == null) {
        return where + ": expected a list of " + expect.size() + " but got " + describe(actual);
      }
      if (l.size() != expect.size()) {
        return where + ": expected " + expect.size() + " results but got " + l.size();
      }
      for (int i = 0; i < l.size(); i++) {
        String w = compare(expect.get(i), l.get(i), rtol, atol, where + "[" + i + "]");
        if (w != null) {
          return w;
        }
      }
      return null;
    }
    if (expect.isBoolean()) {
      Object v =
          actual instanceof Array a && a.size() == 1 && a.dtype().isBool() ? a.item() : actual;
      return Boolean.valueOf(expect.asBoolean()).equals(v)
          ? null
          : where + ": expected " + expect + " but got " + describe(actual);
    }
    if (expect.isNumber()) {
      Object v = actual instanceof Array a && a.size() == 1 ? a.item() : actual;
      if (v instanceof Number n && close(expect.asDouble(), n.doubleValue(), rtol, atol, true)) {
        return null;
      }
      return where + ": expected " + expect + " but got " + describe(actual);
    }
    if (expect.isNull()) {
      return actual == null ? null : where + ": expected None but got " + describe(actual);
    }
    return where + ": cannot compare with " + expect;
  }

  private static String compareArray(JsonNode e, Array a, double rtol, double atol, String where) {
    DType dt = DType.of(e.get("dtype").asText());
    long[] shape = new long[e.get("shape").size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = e.get("shape").get(i).asLong();
    }
    if (a.dtype() != dt || !a.shape().equals(Shape.of(shape))) {
      return where + ": expected " + dt + Shape.of(shape) + " but got " + a.aval();
    }
    JsonNode data = e.get("data");
    if (dt.isFloating()) {
      double[] got = a.toDoubleArray();
      for (int i = 0; i < got.length; i++) {
        double want = number(data.get(i));
        if (!close(want, got[i], rtol, atol, false)) {
          return where
              + ": element "
              + i
              + " expected "
              + want
              + " but got "
              + got[i]
              + " (rtol "
              + rtol
              + ", atol "
              + atol
              + ")";
        }
      }
    } else {
      long[] got = a.toLongArray();
      for (int i = 0; i < got.length; i++) {
        JsonNode d = data.get(i);
        long want = d.isBoolean() ? (d.asBoolean() ? 1 : 0) : d.asLong();
        if (want != got[i]) {
          return where
              + ": element "
              + i
              + " expected "
              + d
              + " but got "
              + (dt.isBool() ? got[i] != 0 : got[i]);
        }
      }
    }
    return null;
  }

  private static boolean close(
      double want, double got, double rtol, double atol, boolean exactInts) {
    if (Double.isNaN(want) || Double.isNaN(got)) {
      return Double.isNaN(want) && Double.isNaN(got);
    }
    if (Double.isInfinite(want) || Double.isInfinite(got)) {
      return want == got;
    }
    return Math.abs(want - got) <= atol + rtol * Math.abs(want);
  }
}
