package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.IvyException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property test: every core function with a reference case runs on fresh random inputs of the
 * case's dtypes and shapes, and all backends must agree with the first one: the same dtype and
 * shape and values within tolerance (NaN matching NaN), or all raise an IvyException.
 */
class CrossBackendPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int VARIANTS = 2;

  @TestFactory
  Stream<DynamicTest> randomInputs_everyBackend_agreesWithTheFirst() {
    List<String> backends = Backends.underTest();
    Path file = OracleFiles.conformanceDir().resolve("oracle/ivy.jsonl");
    List<DynamicTest> tests = new ArrayList<>();
    List<OracleCase> cases = new ArrayList<>(OracleFiles.read(file));
    cases.addAll(OracleFiles.samples("ivy"));
    for (OracleCase c : cases) {
      if (c.expectsError()) {
        continue;
      }
      for (int v = 0; v < VARIANTS; v++) {
        long seed = c.id().hashCode() * 31L + v;
        tests.add(
            DynamicTest.dynamicTest(
                c.fn() + " " + c.id() + " random#" + v, () -> check(c, seed, backends)));
      }
    }
    return tests.stream();
  }

  private static void check(OracleCase c, long seed, List<String> backends) {
    Assumptions.assumeTrue(backends.size() >= 2, "needs two backends");
    Random rnd = new Random(seed);
    JsonNode args = c.fixedInputs() ? c.args() : randomize(c.args(), rnd);
    JsonNode kwargs = c.fixedInputs() ? c.kwargs() : randomize(c.kwargs(), rnd);
    OracleCase random =
        new OracleCase(
            c.id(), c.frontend(), c.fn(), args, kwargs, c.expect(), c.rtol(), c.atol(), true);
    Object first = null;
    String firstError = null;
    for (int i = 0; i < backends.size(); i++) {
      String b = backends.get(i);
      Object result;
      String error = null;
      try {
        result = CaseRunner.evaluate(random, b);
      } catch (IvyException e) {
        result = null;
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      Assumptions.assumeFalse(result instanceof CaseRunner.Missing, "function not registered");
      if (i == 0) {
        first = result;
        firstError = error;
        continue;
      }
      if ((firstError == null) != (error == null)) {
        fail(
            c.fn()
                + " on random input: "
                + backends.get(0)
                + (firstError == null ? " returned" : " raised " + firstError)
                + " but "
                + b
                + (error == null ? " returned" : " raised " + error)
                + "\nargs "
                + args
                + "\nkwargs "
                + kwargs);
      }
      if (error == null && isRecord((JsonNode) first)) {
        // a record such as finfo's: every field must be equal
        assertEquals(first, result, c.fn() + ": " + b + " differs from " + backends.get(0));
      } else if (error == null) {
        String why;
        try (Scope s = Ivy.scope()) {
          why =
              CaseRunner.compare(
                  (JsonNode) first,
                  CaseRunner.decode((JsonNode) result),
                  Math.max(c.rtol(), 1e-4),
                  Math.max(c.atol(), 1e-5),
                  "result");
        }
        assertEquals(
            null, why, c.fn() + ": " + b + " differs from " + backends.get(0) + "\nargs " + args);
      }
    }
  }

  /** Returns whether {@code v} encodes a record (finfo, iinfo) rather than an array or a dtype. */
  private static boolean isRecord(JsonNode v) {
    return v.isObject() && !v.has("array") && !(v.has("dtype") && v.size() == 1);
  }

  /** Replaces the data of every array in {@code v} by random values of its dtype. */
  private static JsonNode randomize(JsonNode v, Random rnd) {
    if (v.isArray()) {
      ArrayNode r = JSON.createArrayNode();
      for (JsonNode e : v) {
        r.add(randomize(e, rnd));
      }
      return r;
    }
    if (v.isObject() && v.has("array")) {
      JsonNode a = v.get("array");
      DType dt = DType.of(a.get("dtype").asText());
      ObjectNode arr = JSON.createObjectNode();
      arr.set("dtype", a.get("dtype"));
      arr.set("shape", a.get("shape"));
      ArrayNode data = arr.putArray("data");
      for (int i = 0; i < a.get("data").size(); i++) {
        if (dt.isBool()) {
          data.add(rnd.nextBoolean());
        } else if (dt == DType.UINT8) {
          data.add(rnd.nextInt(11));
        } else if (dt.isInteger()) {
          data.add(rnd.nextInt(11) - 5);
        } else {
          double d = Math.round((rnd.nextDouble() * 6 - 3) * 100) / 100.0;
          data.add(dt == DType.FLOAT16 || dt == DType.BFLOAT16 ? Math.round(d * 8) / 8.0 : d);
        }
      }
      ObjectNode wrap = JSON.createObjectNode();
      wrap.set("array", arr);
      return wrap;
    }
    if (v.isObject()) {
      ObjectNode r = JSON.createObjectNode();
      v.fields().forEachRemaining(e -> r.set(e.getKey(), randomize(e.getValue(), rnd)));
      return r;
    }
    return v;
  }
}
