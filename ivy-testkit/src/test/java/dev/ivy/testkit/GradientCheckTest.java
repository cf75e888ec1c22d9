package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.autodiff.Autodiff;
import dev.ivy.errors.IvyException;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.RegisteredFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks reverse-mode gradients against central finite differences in float64 for every core
 * function of the reference cases ({@code oracle/ivy.jsonl}) that takes floating arrays and returns
 * floating arrays: for a random direction u and a random cotangent c, {@code <c, J u>} from finite
 * differences must equal {@code <vjp(c), u>}. Runs on every backend.
 */
class GradientCheckTest {
  /** Random functions (their values change between calls) and functions without a derivative. */
  private static final Set<String> SKIP =
      Set.of("random_uniform", "random_normal", "randint", "shuffle", "dropout", "multinomial");

  private static final int CASES_PER_FUNCTION = 2;

  @TestFactory
  Stream<DynamicTest> everyDifferentiableCoreFunction_matchesFiniteDifferences() {
    List<OracleCase> cases =
        new ArrayList<>(OracleFiles.read(OracleFiles.conformanceDir().resolve("oracle/ivy.jsonl")));
    // the project's own sample calls reach the functions the reference file does not
    cases.addAll(OracleFiles.samples("ivy"));
    Map<String, List<OracleCase>> byFn = new LinkedHashMap<>();
    for (OracleCase c : cases) {
      if (!c.expectsError() && !SKIP.contains(c.fn()) && floatArgs(c) > 0) {
        List<OracleCase> l = byFn.computeIfAbsent(c.fn(), k -> new ArrayList<>());
        if (l.size() < CASES_PER_FUNCTION) {
          l.add(c);
        }
      }
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      for (Map.Entry<String, List<OracleCase>> e : byFn.entrySet()) {
        tests.add(
            DynamicTest.dynamicTest(
                e.getKey() + "[" + backend + "]",
                () -> {
                  int checked = 0;
                  for (OracleCase c : e.getValue()) {
                    checked += check(c, backend) ? 1 : 0;
                  }
                  Assumptions.assumeTrue(checked > 0, "no case with floating output");
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void manyFunctionsAreChecked() {
    List<OracleCase> cases =
        OracleFiles.read(OracleFiles.conformanceDir().resolve("oracle/ivy.jsonl"));
    long fns = cases.stream().filter(c -> floatArgs(c) > 0).map(OracleCase::fn).distinct().count();
    assertTrue(fns > 80, "functions with floating arguments: " + fns);
  }

  private static int floatArgs(OracleCase c) {
    int n = 0;
    for (JsonNode a : c.args()) {
      if (a.has("array") && a.get("array").path("dtype").asText().startsWith("float")) {
        n++;
      }
    }
    return n;
  }

  /** Returns false when the case does not apply (no floating output, or it raises). */
  private static boolean check(OracleCase c, String backend) {
    RegisteredFunction f = FunctionRegistry.find(c.frontend(), c.fn());
    if (f == null) {
      return false;
    }
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      List<Object> args = new ArrayList<>();
      List<Integer> wrt = new ArrayList<>();
      for (JsonNode a : c.args()) {
        Object v = CaseRunner.decode(a);
        if (v instanceof Array arr && arr.dtype().isFloating()) {
          for (double d : arr.toDoubleArray()) {
            if (!Double.isFinite(d)) {
              return false; // finite differences need finite inputs
            }
          }
          v = Ivy.astype(arr, DType.FLOAT64);
          wrt.add(args.size());
        }
        args.add(v);
      }
      Map<String, Object> kwargs = CaseRunner.kwargs(c);
      if (c.fn().equals("linalg.svd")) {
        // as PyTorch, the extra columns of full factors (arbitrary bases) get no gradient
        kwargs.put("full_matrices", false);
      }
      List<Array> primals = new ArrayList<>();
      for (int i : wrt) {
        primals.add((Array) args.get(i));
      }
      Autodiff.VjpResult r;
      try {
        r = Autodiff.vjp(in -> floatOutputs(f.call(with(args, wrt, in), kwargs)), primals);
      } catch (IvyException e) {
        return false;
      }
      if (r.outputs().isEmpty()) {
        return false;
      }
      Random rnd = new Random(c.id().hashCode());
      List<Array> cts = new ArrayList<>();
      for (Array o : r.outputs()) {
        cts.add(randomLike(o, rnd));
      }
      List<Array> dirs = new ArrayList<>();
      for (Array p : primals) {
        dirs.add(randomLike(p, rnd));
      }
      List<Array> grads = r.pullback(cts);
      double analytic = 0;
      for (int i = 0; i < grads.size(); i++) {
        analytic += dot(grads.get(i), dirs.get(i));
      }
      double eps = 1e-6;
      double plus = project(f, args, kwargs, wrt, primals, dirs, eps, cts);
      double minus = project(f, args, kwargs, wrt, primals, dirs, -eps, cts);
      double center = project(f, args, kwargs, wrt, primals, dirs, 0, cts);
      double numeric = (plus - minus) / (2 * eps);
      if (Double.isNaN(plus) || Double.isNaN(minus) || Double.isNaN(center)) {
        // the outputs change structure near this point, or it leaves the domain
        return false;
      }
      double forward = (plus - center) / eps;
      double backward = (center - minus) / eps;
      if (Math.abs(forward - backward)
          > 1e-3 * Math.max(1, Math.max(Math.abs(forward), Math.abs(backward)))) {
        return false; // a kink or a jump at this point (a branch boundary): no derivative
      }
      double tol = 1e-4 * Math.max(1, Math.max(Math.abs(numeric), Math.abs(analytic)));
      if (!(Math.abs(numeric - analytic) <= tol)) {
        fail(
            c.id()
                + " on "
                + backend
                + ": directional derivative from the gradient "
                + analytic
                + " but finite differences give "
                + numeric);
      }
      return true;
    }
  }

  private static List<Object> with(List<Object> args, List<Integer> wrt, List<Array> in) {
    List<Object> a = new ArrayList<>(args);
    for (int k = 0; k < wrt.size(); k++) {
      a.set(wrt.get(k), in.get(k));
    }
    return a;
  }

  private static List<Array> floatOutputs(Object r) {
    List<Array> out = new ArrayList<>();
    if (r instanceof Array a) {
      if (a.dtype().isFloating()) {
        out.add(a);
      }
    } else if (r instanceof List<?> l) {
      for (Object o : l) {
        out.addAll(floatOutputs(o));
      }
    }
    return out;
  }

  private static double project(
      RegisteredFunction f,
      List<Object> args,
      Map<String, Object> kwargs,
      List<Integer> wrt,
      List<Array> primals,
      List<Array> dirs,
      double eps,
      List<Array> cts) {
    List<Array> moved = new ArrayList<>();
    for (int i = 0; i < primals.size(); i++) {
      moved.add(Ivy.add(primals.get(i), Ivy.multiply(dirs.get(i), eps)));
    }
    List<Array> out;
    try {
      out = floatOutputs(f.call(with(args, wrt, moved), kwargs));
    } catch (IvyException e) {
      return Double.NaN; // the step left the function's domain
    }
    if (out.size() != cts.size()) {
      return Double.NaN;
    }
    double s = 0;
    for (int i = 0; i < out.size(); i++) {
      s += dot(out.get(i), cts.get(i));
    }
    return s;
  }

  private static Array randomLike(Array a, Random rnd) {
    double[] d = new double[Math.toIntExact(a.size())];
    for (int i = 0; i < d.length; i++) {
      d[i] = rnd.nextGaussian();
    }
    return Ivy.astype(Ivy.array(d, a.shape().dims()), a.dtype());
  }

  private static double dot(Array a, Array b) {
    double[] x = a.toDoubleArray();
    double[] y = b.toDoubleArray();
    if (x.length != y.length) {
      return Double.NaN; // value-dependent output shape
    }
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }
}
