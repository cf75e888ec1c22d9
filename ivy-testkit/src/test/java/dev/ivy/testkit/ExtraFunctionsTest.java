package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.DTypeInfo;
import dev.ivy.ops.Extras;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.RegisteredFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extra functions of the core API (sets, searching, nextafter, closeness, NaN-aware and order
 * reductions, cumulative extremes, norms, split/diag/kron/pad), called by name through the registry
 * on every backend, against values computed with NumPy 2.4 or by hand.
 */
class ExtraFunctionsTest {

  private static Object call(String name, List<?> args, Map<String, ?> kwargs) {
    RegisteredFunction f = FunctionRegistry.find("ivy", name);
    assertTrue(f != null, "ivy." + name + " should be registered");
    return f.call(args, kwargs);
  }

  private static Object call(String name, Object... args) {
    return call(name, List.of(args), Map.of());
  }

  private static Array arr(Object name, Object... args) {
    return (Array) call((String) name, args);
  }

  @SuppressWarnings("unchecked")
  private static List<Array> list(Object o) {
    return (List<Array>) o;
  }

  private static void assertValues(Array a, DType dt, Shape shape, double... want) {
    assertEquals(dt, a.dtype(), "dtype");
    assertEquals(shape, a.shape(), "shape");
    double[] got = a.toDoubleArray();
    assertEquals(want.length, got.length, "size");
    for (int i = 0; i < want.length; i++) {
      if (Double.isNaN(want[i])) {
        assertTrue(Double.isNaN(got[i]), "element " + i + " should be NaN; got " + got[i]);
      } else {
        assertEquals(want[i], got[i], 1e-6 * Math.max(1, Math.abs(want[i])), "element " + i);
      }
    }
  }

  private static void assertLongs(Array a, DType dt, long... want) {
    assertEquals(dt, a.dtype(), "dtype");
    assertArrayEquals(want, a.toLongArray());
  }

  // ------------------------------------------------------------------ nextafter

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void nextafter_float64AndFloat32_matchJavaBitForBit(String backend) {
    List<Double> xs =
        new ArrayList<>(
            List.of(
                0.0,
                -0.0,
                1.0,
                -1.0,
                2.0,
                0.5,
                3.5,
                -1024.0,
                1e-300,
                Double.MIN_NORMAL,
                Double.MIN_VALUE,
                -Double.MIN_VALUE,
                Double.MAX_VALUE,
                -Double.MAX_VALUE,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                Double.NaN,
                0.1,
                1e10));
    Random rnd = new Random(7);
    for (int i = 0; i < 40; i++) {
      xs.add((rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(40) - 20));
    }
    double[] targets = {
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1.0, Double.NaN
    };
    int n = xs.size() * targets.length;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < xs.size(); i++) {
      for (int j = 0; j < targets.length; j++) {
        x[i * targets.length + j] = xs.get(i);
        y[i * targets.length + j] = targets[j];
      }
    }
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // a backend that flushes subnormals to zero (TensorFlow's CPU kernels) cannot produce
      // them by arithmetic: there only normal inputs and results are compared
      boolean keepsSubnormals =
          Ivy.multiply(Ivy.array(new double[] {Double.MIN_NORMAL}, 1), 0.5).toDoubleArray()[0] != 0;
      double[] got = arr("nextafter", Ivy.array(x, n), Ivy.array(y, n)).toDoubleArray();
      for (int i = 0; i < n; i++) {
        double want = Math.nextAfter(x[i], y[i]);
        if (!keepsSubnormals && (subnormal(x[i]) || subnormal(want))) {
          continue;
        }
        assertEquals(
            Double.doubleToLongBits(want),
            Double.doubleToLongBits(got[i]),
            "float64 nextafter(" + x[i] + ", " + y[i] + ") = " + want + "; got " + got[i]);
      }
      float[] xf = new float[n];
      float[] yf = new float[n];
      for (int i = 0; i < n; i++) {
        xf[i] = (float) x[i];
        yf[i] = (float) y[i];
      }
      xf[0] = Float.MIN_VALUE;
      xf[1] = Float.MAX_VALUE;
      xf[2] = Float.MIN_NORMAL;
      Array r = arr("nextafter", Ivy.array(xf, n), Ivy.array(yf, n));
      assertEquals(DType.FLOAT32, r.dtype());
      float[] gotF = r.toFloatArray();
      for (int i = 0; i < n; i++) {
        float want = Math.nextAfter(xf[i], yf[i]);
        if (!keepsSubnormals && (subnormal(xf[i]) || subnormal(want))) {
          continue;
        }
        assertEquals(
            Float.floatToIntBits(want),
            Float.floatToIntBits(gotF[i]),
            "float32 nextafter(" + xf[i] + ", " + yf[i] + ") = " + want + "; got " + gotF[i]);
      }
    }
  }

  private static boolean subnormal(double v) {
    return v != 0 && Math.abs(v) < Double.MIN_NORMAL;
  }

  private static boolean subnormal(float v) {
    return v != 0 && Math.abs(v) < Float.MIN_NORMAL;
  }

  // ------------------------------------------------------------------ sets

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void uniqueValues_integers_iterateInNumPysHashOrder(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new long[] {1, 3, 1, 2, 2, 3, 1, 1}, DType.INT32, 8);
      assertLongs(arr("unique_values", x), DType.INT32, 2, 3, 1);
      long[] v = {126, 119, 3, 7, 100, 50, 2};
      assertLongs(
          arr("unique_values", Ivy.array(v, DType.INT8, 7)),
          DType.INT8,
          2,
          50,
          100,
          7,
          3,
          119,
          126);
      assertLongs(
          arr("unique_values", Ivy.array(v, DType.INT64, 7)),
          DType.INT64,
          2,
          7,
          50,
          3,
          119,
          100,
          126);
      Array f = Ivy.array(new double[] {2.0, 1.0, Double.NaN, Double.NaN}, 4);
      assertValues(
          arr("unique_values", f), DType.FLOAT64, Shape.of(4), 1.0, 2.0, Double.NaN, Double.NaN);
      Array bools = Ivy.array(new boolean[] {true, false, true}, 3);
      assertLongs(arr("unique_values", bools), DType.BOOL, 0, 1);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void uniqueAll_floatsWithNaN_eachNaNDistinct(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new double[] {3.0, Double.NaN, 1.0, 3.0, Double.NaN}, 5);
      List<Array> r = list(call("unique_all", x));
      assertValues(r.get(0), DType.FLOAT64, Shape.of(4), 1.0, 3.0, Double.NaN, Double.NaN);
      assertLongs(r.get(1), DType.INT64, 2, 0, 1, 4);
      assertLongs(r.get(2), DType.INT64, 1, 2, 0, 1, 3);
      assertLongs(r.get(3), DType.INT64, 1, 2, 1, 1);
      List<Array> inv =
          list(call("unique_inverse", Ivy.array(new long[] {2, 2, 2, 2, 0, 0}, DType.INT32, 2, 3)));
      assertEquals(Shape.of(2, 3), inv.get(1).shape());
      assertLongs(inv.get(1), DType.INT64, 1, 1, 1, 1, 0, 0);
      List<Array> empty = list(call("unique_counts", Ivy.array(new float[0], 0)));
      assertEquals(Shape.of(0), empty.get(0).shape());
      assertEquals(Shape.of(0), empty.get(1).shape());
    }
  }

  // ------------------------------------------------------------------ searching

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void nonzero_matrix_givesRowAndColumnIndices(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new double[] {0, 2, Double.NaN, 0, 0, -1}, 2, 3);
      List<Array> r = list(call("nonzero", x));
      assertLongs(r.get(0), DType.INT64, 0, 0, 1);
      assertLongs(r.get(1), DType.INT64, 1, 2, 2);
      assertThrows(IvyArgumentException.class, () -> call("nonzero", Ivy.scalar(1.0)));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void takeAlongAxis_negativeAndBroadcastIndices_gatherPerRow(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {10, 30, 20, 5, 4, 6}, 2, 3);
      Array idx = Ivy.array(new long[] {0, -1}, 1, 2);
      assertValues(arr("take_along_axis", x, idx, 1L), DType.FLOAT32, Shape.of(2, 2), 10, 20, 5, 6);
      Array col = Ivy.array(new long[] {1, 0}, 2, 1);
      assertValues(arr("take_along_axis", x, col, 1L), DType.FLOAT32, Shape.of(2, 1), 30, 5);
      IvyArgumentException e =
          assertThrows(
              IvyArgumentException.class,
              () -> call("take_along_axis", x, Ivy.array(new long[] {3}, 1, 1), 1L));
      assertTrue(e.getMessage().contains("take_along_axis"), e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void topK_ties_keepLowerIndexFirst(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {1, 3, 3, 2}, 4);
      List<Array> r = list(call("top_k", x, 2L));
      assertValues(r.get(0), DType.FLOAT32, Shape.of(2), 3, 3);
      assertLongs(r.get(1), DType.INT64, 1, 2);
      List<Array> lo = list(call("top_k", List.of(x, 2L), Map.of("largest", false)));
      assertValues(lo.get(0), DType.FLOAT32, Shape.of(2), 1, 2);
      assertLongs(lo.get(1), DType.INT64, 0, 3);
      assertThrows(IvyArgumentException.class, () -> call("top_k", x, 5L));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void gather_batchDimsAndAxis_followTensorFlow(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array p = Ivy.array(new long[] {1, 2, 3, 4, 5, 6}, 2, 3);
      Array rows = arr("gather", p, Ivy.array(new long[] {1, 0, 1}, 3), 0L);
      assertEquals(Shape.of(3, 3), rows.shape());
      assertLongs(rows, DType.INT64, 4, 5, 6, 1, 2, 3, 4, 5, 6);
      Array idx = Ivy.array(new long[] {2, 0, 1, 1}, 2, 2);
      Array batched = (Array) call("gather", List.of(p, idx), Map.of("axis", 1L, "batch_dims", 1L));
      assertEquals(Shape.of(2, 2), batched.shape());
      assertLongs(batched, DType.INT64, 3, 1, 5, 5);
      assertThrows(
          IvyArgumentException.class, () -> call("gather", p, Ivy.array(new long[] {-1}, 1), 0L));
      Array m = Ivy.array(new long[] {1, 2, 3, 4}, 2, 2);
      assertLongs(arr("gather_nd", m, Ivy.array(new long[] {0, 1, 1, 0}, 2, 2)), DType.INT64, 2, 3);
      Array sl = arr("gather_nd", m, Ivy.array(new long[] {1}, 1, 1));
      assertEquals(Shape.of(1, 2), sl.shape());
      assertLongs(sl, DType.INT64, 3, 4);
      assertThrows(
          IvyArgumentException.class,
          () -> call("gather_nd", m, Ivy.array(new long[] {0, 2}, 1, 2)));
    }
  }

  // ------------------------------------------------------------------ closeness and NaN

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void isclose_numpyExamples_andAllclose(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array a = Ivy.array(new double[] {1e10, 1e-7, Double.NaN, Double.POSITIVE_INFINITY}, 4);
      Array c = Ivy.array(new double[] {1.00001e10, 1e-8, Double.NaN, Double.POSITIVE_INFINITY}, 4);
      assertLongs(arr("isclose", a, c), DType.BOOL, 1, 0, 0, 1);
      Array eq = (Array) call("isclose", List.of(a, c), Map.of("equal_nan", true));
      assertLongs(eq, DType.BOOL, 1, 0, 1, 1);
      assertEquals(false, call("allclose", a, c));
      Array d = Ivy.array(new double[] {1e10, 1e-8}, 2);
      assertEquals(true, call("allclose", d, Ivy.array(new double[] {1.00001e10, 1e-9}, 2)));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void nanToNum_andNanReductions_treatNaNAsNumPy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x =
          Ivy.array(
              new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1}, 4);
      assertValues(
          arr("nan_to_num", x),
          DType.FLOAT32,
          Shape.of(4),
          0,
          Float.MAX_VALUE,
          -Float.MAX_VALUE,
          1);
      Array y = (Array) call("nan_to_num", List.of(x), Map.of("nan", 7.0, "posinf", 9.0));
      assertValues(y, DType.FLOAT32, Shape.of(4), 7, 9, -Float.MAX_VALUE, 1);
      Array v =
          Ivy.array(new double[] {1, Double.NaN, 3, Double.NaN, Double.NaN, Double.NaN}, 2, 3);
      assertValues(arr("nansum", v), DType.FLOAT64, Shape.scalar(), 4);
      Array m = (Array) call("nanmean", List.of(v), Map.of("axis", 1L));
      assertValues(m, DType.FLOAT64, Shape.of(2), 2, Double.NaN);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void logsumexp_largeAndInfiniteInputs_stable(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      assertValues(
          arr("logsumexp", Ivy.array(new double[] {1, 2, 3}, 3)),
          DType.FLOAT64,
          Shape.scalar(),
          3.4076059644443806);
      Array big =
          Ivy.array(
              new float[] {1000, 1000, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY}, 2, 2);
      Array r = (Array) call("logsumexp", List.of(big), Map.of("axis", 1L, "keepdims", true));
      assertValues(r, DType.FLOAT32, Shape.of(2, 1), 1000 + Math.log(2), Double.NEGATIVE_INFINITY);
    }
  }

  // ------------------------------------------------------------------ scans and order statistics

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void cummaxCummin_directionsAndExclusive(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new long[] {1, 3, 2, 5, 4}, DType.INT32, 5);
      assertLongs(arr("cummax", x), DType.INT32, 1, 3, 3, 5, 5);
      assertLongs(
          (Array) call("cummax", List.of(x), Map.of("reverse", true)), DType.INT32, 5, 5, 5, 5, 4);
      assertLongs(
          (Array) call("cummax", List.of(x), Map.of("exclusive", true)),
          DType.INT32,
          0,
          1,
          3,
          3,
          5);
      assertLongs(arr("cummin", x), DType.INT32, 1, 1, 1, 1, 1);
      Array f = Ivy.array(new double[] {2, 1, Double.NaN, 0, 4, 3}, 2, 3);
      assertValues(
          (Array) call("cummin", List.of(f), Map.of("axis", 1L)),
          DType.FLOAT64,
          Shape.of(2, 3),
          2,
          1,
          Double.NaN,
          0,
          0,
          0);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void medianQuantile_matchNumPy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {3, 1, 4, 2}, 4);
      assertValues(arr("median", x), DType.FLOAT32, Shape.scalar(), 2.5);
      assertValues(
          arr("median", Ivy.array(new double[] {1, Double.NaN}, 2)),
          DType.FLOAT64,
          Shape.scalar(),
          Double.NaN);
      assertValues(arr("quantile", x, 0.3), DType.FLOAT32, Shape.scalar(), 1.9);
      Array m = Ivy.array(new double[] {1, 2, 3, 4, 10, 20, 30, 40}, 2, 4);
      Array q = Ivy.array(new double[] {0.25, 0.75}, 2);
      Array r = (Array) call("quantile", List.of(m, q), Map.of("axis", 1L));
      assertValues(r, DType.FLOAT64, Shape.of(2, 2), 1.75, 17.5, 3.25, 32.5);
      Array ints = Ivy.array(new long[] {1, 2, 3, 4}, 4);
      Array near = (Array) call("quantile", List.of(ints, 0.5), Map.of("interpolation", "nearest"));
      assertLongs(near, DType.INT64, 3);
      Array mid = (Array) call("quantile", List.of(x, 0.3), Map.of("interpolation", "midpoint"));
      assertValues(mid, DType.FLOAT32, Shape.scalar(), 1.5);
      assertThrows(IvyArgumentException.class, () -> call("quantile", x, 1.5));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void vectorNorm_everyOrd(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {3, -4, 0}, 3);
      Object[][] cases = {
        {2L, 5.0}, {1L, 7.0}, {"inf", 4.0}, {"-inf", 0.0}, {0L, 2.0}, {3.0, Math.cbrt(91)}
      };
      for (Object[] c : cases) {
        Array r = (Array) call("linalg.vector_norm", List.of(x), Map.of("ord", c[0]));
        assertValues(r, DType.FLOAT32, Shape.scalar(), (Double) c[1]);
      }
      Array ints = Ivy.array(new long[] {3, 4, 6, 8}, 2, 2);
      Array rows = (Array) call("linalg.vector_norm", List.of(ints), Map.of("axis", 1L));
      assertValues(rows, DType.FLOAT64, Shape.of(2), 5, 10);
    }
  }

  // ------------------------------------------------------------------ manipulation

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void splitDiagKron_shapesAndValues(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new long[] {0, 1, 2, 3, 4, 5, 6}, 7);
      List<Array> parts = list(call("split", List.of(x, 3L), Map.of("with_remainder", true)));
      assertEquals(3, parts.size());
      assertLongs(parts.get(2), DType.INT64, 6);
      assertThrows(IvyArgumentException.class, () -> call("split", x, 3L));
      assertEquals(2, list(call("split", x, List.of(5L, 2L))).size());
      Array d = arr("diag", Ivy.array(new long[] {1, 2}, 2), 1L);
      assertEquals(Shape.of(3, 3), d.shape());
      assertLongs(d, DType.INT64, 0, 1, 0, 0, 0, 2, 0, 0, 0);
      Array dl = arr("diag", Ivy.array(new long[] {1, 2}, 2), -1L);
      assertLongs(dl, DType.INT64, 0, 0, 0, 1, 0, 0, 0, 2, 0);
      assertLongs(arr("diag", Ivy.array(new long[] {1, 2, 3, 4}, 2, 2)), DType.INT64, 1, 4);
      Array k =
          arr(
              "kron",
              Ivy.array(new long[] {1, 2, 3, 4}, 2, 2),
              Ivy.array(new long[] {0, 1, 1, 0}, 2, 2));
      assertEquals(Shape.of(4, 4), k.shape());
      assertLongs(k, DType.INT64, 0, 1, 0, 2, 1, 0, 2, 0, 0, 3, 0, 4, 3, 0, 4, 0);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void pad_everyMode_matchesNumPy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new long[] {1, 2, 3}, 3);
      Map<String, long[]> want =
          Map.of(
              "constant", new long[] {0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0},
              "edge", new long[] {1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 3},
              "reflect", new long[] {2, 1, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3},
              "symmetric", new long[] {2, 3, 3, 2, 1, 1, 2, 3, 3, 2, 1, 1},
              "wrap", new long[] {2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1});
      for (Map.Entry<String, long[]> e : want.entrySet()) {
        Array r = (Array) call("pad", List.of(x, List.of(5L, 4L)), Map.of("mode", e.getKey()));
        assertLongs(r, DType.INT64, e.getValue());
      }
      Array m = Ivy.array(new long[] {1, 2, 3, 4}, 2, 2);
      Array c = (Array) call("pad", List.of(m, 1L), Map.of("constant_values", 9L));
      assertEquals(Shape.of(4, 4), c.shape());
      assertLongs(c, DType.INT64, 9, 9, 9, 9, 9, 1, 2, 9, 9, 3, 4, 9, 9, 9, 9, 9);
      assertThrows(
          IvyArgumentException.class, () -> call("pad", List.of(x, 1L), Map.of("mode", "mean")));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void matrixPower_squaring_andNegativeRaises(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new double[] {1, 1, 1, 0}, 2, 2);
      assertValues(Extras.matrixPower(x, 10), DType.FLOAT64, Shape.of(2, 2), 89, 55, 55, 34);
      assertValues(Extras.matrixPower(x, 0), DType.FLOAT64, Shape.of(2, 2), 1, 0, 0, 1);
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> Extras.matrixPower(x, -1));
      assertTrue(e.getMessage().contains("matrix_power"), e.getMessage());
    }
  }

  // ------------------------------------------------------------------ dtype info

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void finfoIinfo_limitsOfEachDtype(String backend) {
    DTypeInfo.FInfo f = (DTypeInfo.FInfo) call("finfo", DType.FLOAT32);
    assertEquals(32, f.bits());
    assertEquals(1.1920928955078125e-07, f.eps());
    assertEquals(Float.MAX_VALUE, f.max(), 0);
    assertEquals(1.1754943508222875e-38, f.smallestNormal());
    assertEquals(0x1p-10, ((DTypeInfo.FInfo) call("finfo", "float16")).eps());
    DTypeInfo.IInfo i = (DTypeInfo.IInfo) call("iinfo", DType.INT8);
    assertEquals(-128, i.min());
    assertEquals(127, i.max());
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array u = Ivy.array(new long[] {1}, DType.UINT8, 1);
      assertEquals(255, ((DTypeInfo.IInfo) call("iinfo", u)).max());
      assertFalse(Ivy.array(new long[] {1}, 1).dtype().isFloating());
      assertThrows(IvyArgumentException.class, () -> call("finfo", DType.INT32));
    }
  }
}
