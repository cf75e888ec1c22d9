package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.registry.FunctionRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regressions for the cross-backend disagreements that the testkit's sample calls ({@code
 * samples/ivy.jsonl}) exposed, each checked on every backend against values computed by hand.
 */
class SampleFindingsTest {

  private static Array call(String fn, Object... args) {
    return (Array) FunctionRegistry.find("ivy", fn).call(List.of(args), Map.of());
  }

  /**
   * Ordering comparisons of bool arrays (False < True, as NumPy) give bool on every backend. A
   * backend without a bool kernel for the comparison computes it on widened int32 inputs; the
   * dispatcher used to ask that kernel for an int32 result (the output dtype equalled the input
   * dtype, bool, by coincidence) and ND4J rejected the call.
   */
  @ParameterizedTest
  @MethodSource(BACKENDS)
  void orderingComparisons_boolInputs_giveBool(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new boolean[] {false, false, true, true}, 4);
      Array y = Ivy.array(new boolean[] {false, true, false, true}, 4);
      Object[][] cases = {
        {"less", new boolean[] {false, true, false, false}},
        {"less_equal", new boolean[] {true, true, false, true}},
        {"greater", new boolean[] {false, false, true, false}},
        {"greater_equal", new boolean[] {true, false, true, true}},
      };
      for (Object[] c : cases) {
        Array r = call((String) c[0], x, y);
        assertEquals(DType.BOOL, r.dtype(), (String) c[0]);
        assertEquals(List.of(4L), toList(r.shape().dims()), (String) c[0]);
        assertArrayEquals((boolean[]) c[1], r.toBooleanArray(), (String) c[0]);
      }
    }
  }

  /** A bool comparison with broadcasting and a 0-d operand keeps the broadcast shape and bool. */
  @ParameterizedTest
  @MethodSource(BACKENDS)
  void greaterEqual_boolBroadcast_givesBool(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new boolean[] {false, true, false, true, true, false}, 2, 3);
      Array y = Ivy.array(new boolean[] {true}); // 0-d True
      Array r = call("greater_equal", x, y);
      assertEquals(DType.BOOL, r.dtype());
      assertEquals(List.of(2L, 3L), toList(r.shape().dims()));
      assertArrayEquals(new boolean[] {false, true, false, true, true, false}, r.toBooleanArray());
    }
  }

  /**
   * The determinant of a singular matrix is 0 (slogdet: sign 0, log|det| -inf), as NumPy's LAPACK
   * getrf factors it with a zero pivot. libnd4j's lu op rejects such a matrix, so ND4J used to
   * raise a raw backend failure; a stack mixing singular and regular matrices keeps each
   * determinant.
   */
  @ParameterizedTest
  @MethodSource(BACKENDS)
  void det_singularMatrices_giveZero(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x =
          Ivy.array(
              new double[] {
                1, 1, 1, 1, 1, 1, 1, 1, 1, // rank 1
                0, 0, 0, 0, 0, 0, 0, 0, 0, // zero
                1, 2, 0, 2, 4, 0, 0, 0, 0, // rank 1 with a zero row and column
                2, 0, 0, 0, 3, 0, 1, 0, 4 // det 24
              },
              4,
              3,
              3);
      Array det = call("linalg.det", x);
      assertEquals(DType.FLOAT64, det.dtype());
      assertArrayEquals(new double[] {0, 0, 0, 24}, det.toDoubleArray(), 1e-12);
      @SuppressWarnings("unchecked")
      List<Array> sl =
          (List<Array>) FunctionRegistry.find("ivy", "linalg.slogdet").call(List.of(x), Map.of());
      assertArrayEquals(new double[] {0, 0, 0, 1}, sl.get(0).toDoubleArray(), 0);
      double[] logabs = sl.get(1).toDoubleArray();
      for (int i = 0; i < 3; i++) {
        assertEquals(Double.NEGATIVE_INFINITY, logabs[i], "matrix " + i);
      }
      assertEquals(Math.log(24), logabs[3], 1e-12);
      Array f32 = Ivy.array(new float[] {0, 1, 0, 1}, 2, 2);
      Array d32 = call("linalg.det", f32);
      assertEquals(DType.FLOAT32, d32.dtype());
      assertEquals(0.0, d32.toDoubleArray()[0], 0);
    }
  }

  private static List<Long> toList(long[] d) {
    return java.util.Arrays.stream(d).boxed().toList();
  }
}
