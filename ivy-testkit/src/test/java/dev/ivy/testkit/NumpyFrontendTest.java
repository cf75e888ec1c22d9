package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.frontend.numpy.Ndarray;
import dev.ivy.frontend.numpy.NumpyFrontend;
import dev.ivy.registry.FunctionRegistry;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NumPy frontend's Java API ({@link NumpyFrontend}, its {@code linalg} and {@code random}
 * namespaces and {@link Ndarray}) on every backend, and the frontend's extra reference cases
 * ({@code numpy-extra.jsonl}, computed with NumPy 2.4 by {@code tools/gen_numpy_checks.py}) for
 * functions the shared case file does not exercise.
 */
class NumpyFrontendTest {

  private static void assertClose(double[] want, Array got) {
    Close.values(want, got, 1e-6, 0, "result");
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void facade_clipAndPromotion_followNumpy2(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {-2f, 0.5f, 3f}, 3);
      Array c = NumpyFrontend.clip(x, -1.0, 1.0);
      assertEquals(DType.FLOAT32, c.dtype(), "a Python float bound keeps float32 (NEP 50)");
      assertClose(new double[] {-1, 0.5, 1}, c);
      Array i = Ivy.array(new int[] {1, 2, 3}, 3);
      assertEquals(DType.FLOAT64, NumpyFrontend.divide(i, i).dtype(), "int / int is float64");
      assertEquals(DType.INT64, NumpyFrontend.sum(i).dtype(), "int32 sums in int64");
      assertEquals(DType.FLOAT64, NumpyFrontend.zeros(new long[] {2}, null).dtype());
      assertEquals(DType.INT64, NumpyFrontend.arange(5L, null, null, null).dtype());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void facade_manipulationAndStatistics_matchNumpy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = NumpyFrontend.reshape(NumpyFrontend.arange(6L, null, null, DType.FLOAT32), 2, 3);
      List<Array> parts = NumpyFrontend.arraySplit(x, 2L, 1);
      assertArrayEquals(new long[] {2, 2}, parts.get(0).shape().dims());
      assertArrayEquals(new long[] {2, 1}, parts.get(1).shape().dims());
      assertThrows(IvyArgumentException.class, () -> NumpyFrontend.split(x, 2L, 1));
      assertClose(new double[] {2, 5, 1, 4, 0, 3}, NumpyFrontend.rot90(x, 1, new int[] {0, 1}));
      assertClose(new double[] {1, 4}, NumpyFrontend.median(x, new int[] {1}));
      assertClose(
          new double[] {1, 2, 3.5},
          NumpyFrontend.interp(
              List.of(0.5, 1.0, 2.5), List.of(0.0, 1.0, 2.0), List.of(0.0, 2.0, 3.0), null, 3.5));
      List<Array> h = NumpyFrontend.histogram(List.of(0.0, 1.0, 1.0, 4.0), 2);
      assertArrayEquals(new long[] {3, 1}, h.get(0).toLongArray());
      assertClose(new double[] {0, 2, 4}, h.get(1));
      assertArrayEquals(
          new long[] {4, 6}, NumpyFrontend.gcd(List.of(12L, 18L), List.of(8L, 12L)).toLongArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void linalgAndNdarray_compose(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array m = Ivy.array(new double[] {3, 0, 0, 4}, 2, 2);
      assertEquals(5.0, NumpyFrontend.linalg.norm(m, null, null, false).itemDouble(), 1e-12);
      assertClose(new double[] {1.0 / 3, 0, 0, 0.25}, NumpyFrontend.linalg.inv(m));
      assertEquals(4.0 / 3.0, NumpyFrontend.linalg.cond(m).itemDouble(), 1e-9);
      Ndarray a = NumpyFrontend.array(List.of(List.of(1.0, 2.0, 3.0), List.of(4.0, 5.0, 6.0)));
      assertArrayEquals(new long[] {3, 2}, a.T().shape());
      assertClose(new double[] {5, 7, 9}, a.sum(0).value());
      assertEquals(DType.FLOAT32, a.astype(DType.FLOAT32).dtype());
      assertClose(new double[] {2, 5}, a.mean(1).value());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void random_seed_isReproducibleWithNumpyDtypes(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      NumpyFrontend.random.seed(7L);
      Array u1 = NumpyFrontend.random.uniform(0.0, 1.0, new long[] {4});
      NumpyFrontend.random.seed(7L);
      Array u2 = NumpyFrontend.random.uniform(0.0, 1.0, new long[] {4});
      assertEquals(DType.FLOAT64, u1.dtype());
      assertArrayEquals(u1.toDoubleArray(), u2.toDoubleArray());
      Array r = NumpyFrontend.random.randint(3L, null, new long[] {10}, null);
      assertEquals(DType.INT64, r.dtype());
      for (long v : r.toLongArray()) {
        assertTrue(v >= 0 && v < 3, "randint(3) in [0, 3)");
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void randomByName_choiceAndExponential_drawInRange(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array c =
          (Array)
              FunctionRegistry.find("numpy", "random.choice")
                  .call(List.of(5L), java.util.Map.of("size", List.of(3L), "replace", false));
      long[] v = c.toLongArray();
      assertEquals(3, v.length);
      assertTrue(
          v[0] != v[1] && v[1] != v[2] && v[0] != v[2], "replace=False draws distinct values");
      Array e =
          (Array)
              FunctionRegistry.find("numpy", "random.exponential")
                  .call(List.of(2.0, List.of(100L)), java.util.Map.of());
      assertEquals(DType.FLOAT64, e.dtype());
      assertTrue(NumpyFrontend.min(e).itemDouble() >= 0, "exponential samples >= 0");
      assertThrows(
          IvyArgumentException.class,
          () ->
              FunctionRegistry.find("numpy", "random.shuffle")
                  .call(List.of(c), java.util.Map.of()));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void registry_hasNumpyNamesAndDefaults(String backend) {
    assertTrue(FunctionRegistry.functions("numpy").size() >= 300, "breadth goal: 300+ functions");
    assertFalse(FunctionRegistry.find("numpy", "linalg.norm") == null);
    assertEquals(
        "sum(a, axis=None, dtype=None, out=None, keepdims=False)",
        FunctionRegistry.find("numpy", "sum").signature());
  }

  @TestFactory
  Stream<DynamicTest> extraCases_onEveryBackend_matchNumpy() throws URISyntaxException {
    Path file = Path.of(NumpyFrontendTest.class.getResource("numpy-extra.jsonl").toURI());
    List<OracleCase> cases = OracleFiles.read(file);
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      for (OracleCase c : cases) {
        tests.add(
            DynamicTest.dynamicTest(
                c.fn() + "[" + backend + "] " + c.id(),
                () -> {
                  Outcome o = CaseRunner.run(c, backend);
                  if (o.status() != Outcome.Status.PASSED) {
                    fail(c.id() + " on " + backend + ": " + o.reason());
                  }
                }));
      }
    }
    return tests.stream();
  }
}
