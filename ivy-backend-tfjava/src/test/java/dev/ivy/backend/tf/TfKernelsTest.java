package dev.ivy.backend.tf;

import static dev.ivy.backend.tf.TfTesting.arr;
import static dev.ivy.backend.tf.TfTesting.bind;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.internal.HostData;
import dev.ivy.ops.Elementwise;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TfKernelsTest {
  private static final double NAN = Double.NaN;
  private Scope scope;

  @BeforeEach
  void setUp() {
    Ivy.setBackend("tf");
    scope = Ivy.scope();
  }

  @AfterEach
  void tearDown() {
    scope.close();
    Ivy.unsetBackend();
  }

  private static Array f32(double... v) {
    return arr(DType.FLOAT32, v, v.length);
  }

  private static Array i32(long... v) {
    return arr(DType.INT32, v, v.length);
  }

  // ---------------------------------------------------------------- elementwise

  @Test
  void add_throughCore_addsWithBroadcast() {
    Array x = arr(DType.FLOAT32, new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    Array y = f32(10, 20, 30);
    Array z = Elementwise.add(x, y);
    assertEquals(Shape.of(2, 3), z.shape());
    assertArrayEquals(new double[] {11, 22, 33, 14, 25, 36}, z.toDoubleArray());
  }

  @ParameterizedTest
  @EnumSource(DType.class)
  void add_everyDtype_matchesNumpy(DType dt) {
    Array x = arr(dt, new long[] {1, 0, 3}, 3);
    Array y = arr(dt, new long[] {1, 1, 0}, 3);
    double[] expect = dt.isBool() ? new double[] {1, 1, 1} : new double[] {2, 1, 3};
    assertArrayEquals(expect, bind(Prim.ADD, x, y).toDoubleArray());
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"INT8", "INT16", "INT32", "INT64", "UINT8"})
  void negAbsSign_integers_exact(DType dt) {
    Array x = arr(dt, new long[] {-3, 0, 5}, 3);
    long[] neg = dt == DType.UINT8 ? new long[] {3, 0, 251} : new long[] {3, 0, -5};
    assertArrayEquals(neg, bind(Prim.NEG, x).toLongArray());
    long[] abs = dt == DType.UINT8 ? new long[] {253, 0, 5} : new long[] {3, 0, 5};
    assertArrayEquals(abs, bind(Prim.ABS, x).toLongArray());
    long[] sign = dt == DType.UINT8 ? new long[] {1, 0, 1} : new long[] {-1, 0, 1};
    assertArrayEquals(sign, bind(Prim.SIGN, x).toLongArray());
  }

  @Test
  void sign_floatsWithNan_keepsNan() {
    assertArrayEquals(
        new double[] {-1, 0, 1, NAN}, bind(Prim.SIGN, f32(-2.5, 0, 3, NAN)).toDoubleArray());
  }

  @Test
  void unaryFloat_values_matchJavaMath() {
    Array x = arr(DType.FLOAT64, new double[] {0.25, 0.5}, 2);
    assertArrayEquals(
        new double[] {Math.exp(0.25), Math.exp(0.5)}, bind(Prim.EXP, x).toDoubleArray(), 1e-12);
    assertArrayEquals(
        new double[] {Math.log1p(0.25), Math.log1p(0.5)},
        bind(Prim.LOG1P, x).toDoubleArray(),
        1e-12);
    assertArrayEquals(
        new double[] {Math.atan(0.25), Math.atan(0.5)}, bind(Prim.ATAN, x).toDoubleArray(), 1e-12);
    assertArrayEquals(
        new double[] {0.5, Math.sqrt(0.5)}, bind(Prim.SQRT, x).toDoubleArray(), 1e-12);
  }

  @Test
  void round_halves_toEven() {
    assertArrayEquals(
        new double[] {0, 2, 2, -0.0, -2, 3},
        bind(Prim.ROUND, f32(0.5, 1.5, 2.5, -0.5, -1.5, 2.6)).toDoubleArray());
  }

  @Test
  void floorCeilIsnanIsinf_values() {
    Array x = f32(-1.5, 1.5, NAN, Double.POSITIVE_INFINITY);
    assertArrayEquals(
        new double[] {-2, 1, NAN, Double.POSITIVE_INFINITY}, bind(Prim.FLOOR, x).toDoubleArray());
    assertArrayEquals(
        new double[] {-1, 2, NAN, Double.POSITIVE_INFINITY}, bind(Prim.CEIL, x).toDoubleArray());
    assertArrayEquals(new long[] {0, 0, 1, 0}, bind(Prim.ISNAN, x).toLongArray());
    assertArrayEquals(new long[] {0, 0, 0, 1}, bind(Prim.ISINF, x).toLongArray());
  }

  @Test
  void floorDivRem_integers_pythonSemanticsAndZeroDivisor() {
    Array x = arr(DType.INT32, new long[] {7, -7, 7, -7, 5, Integer.MIN_VALUE, 3}, 7);
    Array y = arr(DType.INT32, new long[] {2, 2, -2, -2, 0, -1, -1}, 7);
    assertArrayEquals(
        new long[] {3, -4, -4, 3, 0, Integer.MIN_VALUE, -3},
        bind(Prim.FLOOR_DIV, x, y).toLongArray());
    assertArrayEquals(new long[] {1, 1, -1, -1, 0, 0, 0}, bind(Prim.REM, x, y).toLongArray());
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"INT8", "INT16", "INT64", "UINT8"})
  void floorDivRem_otherIntegers_zeroDivisorGivesZero(DType dt) {
    Array x = arr(dt, new long[] {7, 9, 100}, 3);
    Array y = arr(dt, new long[] {2, 0, 7}, 3);
    assertArrayEquals(new long[] {3, 0, 14}, bind(Prim.FLOOR_DIV, x, y).toLongArray());
    assertArrayEquals(new long[] {1, 0, 2}, bind(Prim.REM, x, y).toLongArray());
  }

  @Test
  void floorDivRem_floats_pythonSemantics() {
    Array x = f32(-1, 1, 7.5, -7.5);
    Array y = f32(3, -3, 2, 2);
    assertArrayEquals(new double[] {-1, -1, 3, -4}, bind(Prim.FLOOR_DIV, x, y).toDoubleArray());
    assertArrayEquals(new double[] {2, -2, 1.5, 0.5}, bind(Prim.REM, x, y).toDoubleArray());
  }

  @Test
  void pow_integers_exact() {
    Array x = arr(DType.INT64, new long[] {3, 2, -2, 7}, 4);
    Array y = arr(DType.INT64, new long[] {33, 52, 3, 0}, 4);
    assertArrayEquals(
        new long[] {5559060566555523L, 1L << 52, -8, 1}, bind(Prim.POW, x, y).toLongArray());
  }

  @Test
  void maxMin_nan_propagates() {
    Array x = f32(1, NAN, 3);
    Array y = f32(NAN, 2, 1);
    assertArrayEquals(new double[] {NAN, NAN, 3}, bind(Prim.MAX, x, y).toDoubleArray());
    assertArrayEquals(new double[] {NAN, NAN, 1}, bind(Prim.MIN, x, y).toDoubleArray());
  }

  @Test
  void logicalAndBitwise_boolAndInts() {
    Array a = arr(DType.BOOL, new long[] {1, 1, 0, 0}, 4);
    Array b = arr(DType.BOOL, new long[] {1, 0, 1, 0}, 4);
    assertArrayEquals(new long[] {1, 0, 0, 0}, bind(Prim.AND, a, b).toLongArray());
    assertArrayEquals(new long[] {1, 1, 1, 0}, bind(Prim.OR, a, b).toLongArray());
    assertArrayEquals(new long[] {0, 1, 1, 0}, bind(Prim.XOR, a, b).toLongArray());
    assertArrayEquals(
        new long[] {0, 1}, bind(Prim.NOT, arr(DType.BOOL, new long[] {1, 0}, 2)).toLongArray());
    Array x = i32(12, -8);
    Array y = i32(10, 2);
    assertArrayEquals(new long[] {8, 0}, bind(Prim.AND, x, y).toLongArray());
    assertArrayEquals(new long[] {6, -6}, bind(Prim.XOR, x, y).toLongArray());
    assertArrayEquals(new long[] {-13, 7}, bind(Prim.NOT, x).toLongArray());
    assertArrayEquals(new long[] {12 << 10, -32}, bind(Prim.SHL, x, y).toLongArray());
    assertArrayEquals(new long[] {0, -2}, bind(Prim.SHR, x, y).toLongArray());
  }

  @Test
  void compareAndWhere_broadcast() {
    Array x = f32(1, 2, 3);
    Array y = arr(DType.FLOAT32, new double[] {2}, 1);
    assertArrayEquals(new long[] {1, 0, 0}, bind(Prim.LT, x, y).toLongArray());
    assertArrayEquals(new long[] {0, 1, 1}, bind(Prim.GE, x, y).toLongArray());
    assertArrayEquals(new long[] {0, 1, 0}, bind(Prim.EQ, x, y).toLongArray());
    Array c = arr(DType.BOOL, new long[] {1, 0, 1}, 3);
    assertArrayEquals(new double[] {1, 2, 3}, bind(Prim.WHERE, c, x, y).toDoubleArray());
  }

  // ---------------------------------------------------------------- cast

  @Test
  void cast_floatToInt_truncatesTowardZero() {
    Array x = f32(-2.7, 2.7, -0.5);
    assertArrayEquals(
        new long[] {-2, 2, 0}, bind(Prim.CAST, new Params.Cast(DType.INT32), x).toLongArray());
  }

  @Test
  void cast_toBool_isNonzero() {
    Array x = f32(0, -0.0, 0.1, NAN);
    assertArrayEquals(
        new long[] {0, 0, 1, 1}, bind(Prim.CAST, new Params.Cast(DType.BOOL), x).toLongArray());
    Array b = arr(DType.BOOL, new long[] {1, 0}, 2);
    assertArrayEquals(
        new double[] {1, 0}, bind(Prim.CAST, new Params.Cast(DType.FLOAT64), b).toDoubleArray());
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"FLOAT16", "BFLOAT16"})
  void cast_float64To16Bit_roundsOnceToNearestEven(DType dt) {
    // values just above a 16-bit tie: rounding via float32 would land on the tie and round
    // to even (down); correct rounding goes up
    double tieF16 = 1 + 0x1p-11;
    double tieBf16 = 1 + 0x1p-8;
    double tie = dt == DType.FLOAT16 ? tieF16 : tieBf16;
    double[] v = {tie + 0x1p-40, tie - 0x1p-40, tie, 3.0, -1e-3, 65504.0, NAN};
    Array x = arr(DType.FLOAT64, v, v.length);
    ByteBuffer got = bind(Prim.CAST, new Params.Cast(dt), x).toBytes();
    ByteBuffer expect = HostData.allocate(dt, v.length);
    for (double d : v) {
      expect.putShort(expected16(dt, d));
    }
    expect.flip();
    for (int i = 0; i < v.length; i++) {
      assertEquals(expect.getShort(2 * i), got.getShort(2 * i), "element " + i + " = " + v[i]);
    }
  }

  private static short expected16(DType dt, double d) {
    if (Double.isNaN(d)) {
      return dt == DType.FLOAT16
          ? dev.ivy.internal.Half.floatToHalf(Float.NaN)
          : dev.ivy.internal.Half.floatToBfloat16(Float.NaN);
    }
    // exact reference: pick the nearer of the two 16-bit neighbours, ties to even
    float f = (float) d;
    short s =
        dt == DType.FLOAT16
            ? dev.ivy.internal.Half.floatToHalf(f)
            : dev.ivy.internal.Half.floatToBfloat16(f);
    double sv =
        dt == DType.FLOAT16
            ? dev.ivy.internal.Half.halfToFloat(s)
            : dev.ivy.internal.Half.bfloat16ToFloat(s);
    short other = (short) (sv < d == sv >= 0 ? s + 1 : s - 1);
    double ov =
        dt == DType.FLOAT16
            ? dev.ivy.internal.Half.halfToFloat(other)
            : dev.ivy.internal.Half.bfloat16ToFloat(other);
    if (sv == d || Math.abs(ov - d) > Math.abs(sv - d)) {
      return s;
    }
    if (Math.abs(ov - d) < Math.abs(sv - d)) {
      return other;
    }
    return (s & 1) == 0 ? s : other;
  }

  // ---------------------------------------------------------------- reductions

  @Test
  void reductions_axesAndKeepDims() {
    Array x = arr(DType.FLOAT32, new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    Array s = bind(Prim.REDUCE_SUM, new Params.Axes(new int[] {1}, true), x);
    assertEquals(Shape.of(2, 1), s.shape());
    assertArrayEquals(new double[] {6, 15}, s.toDoubleArray());
    assertArrayEquals(
        new double[] {720},
        bind(Prim.REDUCE_PROD, new Params.Axes(new int[] {0, 1}, false), x).toDoubleArray());
    assertArrayEquals(
        new double[] {4, 5, 6},
        bind(Prim.REDUCE_MAX, new Params.Axes(new int[] {0}, false), x).toDoubleArray());
    assertArrayEquals(
        new double[] {1, 4},
        bind(Prim.REDUCE_MIN, new Params.Axes(new int[] {1}, false), x).toDoubleArray());
  }

  @Test
  void reductions_emptyAxis_identity() {
    Array x = arr(DType.FLOAT32, new double[0], 2, 0);
    assertArrayEquals(
        new double[] {0, 0},
        bind(Prim.REDUCE_SUM, new Params.Axes(new int[] {1}, false), x).toDoubleArray());
    assertArrayEquals(
        new double[] {1, 1},
        bind(Prim.REDUCE_PROD, new Params.Axes(new int[] {1}, false), x).toDoubleArray());
  }

  @Test
  void reduceMaxMin_nan_propagates() {
    Array x = f32(1, NAN, 3);
    Params.Axes all = new Params.Axes(new int[] {0}, false);
    assertArrayEquals(new double[] {NAN}, bind(Prim.REDUCE_MAX, all, x).toDoubleArray());
    assertArrayEquals(new double[] {NAN}, bind(Prim.REDUCE_MIN, all, x).toDoubleArray());
  }

  @Test
  void argmaxArgmin_firstExtremeAndNan() {
    Array x = arr(DType.FLOAT32, new double[] {1, 5, 5, 0, 2, NAN, 7, NAN}, 2, 4);
    Params.Axis ax = new Params.Axis(1);
    Array am = bind(Prim.ARGMAX, ax, x);
    assertEquals(DType.INT64, am.dtype());
    assertArrayEquals(new long[] {1, 1}, am.toLongArray());
    assertArrayEquals(new long[] {3, 1}, bind(Prim.ARGMIN, ax, x).toLongArray());
    assertArrayEquals(
        new long[] {0, 1, 0, 1}, bind(Prim.ARGMIN, new Params.Axis(0), x).toLongArray());
    Array ints = arr(DType.INT8, new long[] {3, -1, 3, -1}, 4);
    assertArrayEquals(new long[] {0}, bind(Prim.ARGMAX, new Params.Axis(0), ints).toLongArray());
    assertArrayEquals(new long[] {1}, bind(Prim.ARGMIN, new Params.Axis(0), ints).toLongArray());
  }

  // ---------------------------------------------------------------- movement

  @Test
  void movement_reshapeBroadcastTransposeSliceFlip() {
    Array x = arr(DType.INT64, new long[] {0, 1, 2, 3, 4, 5}, 2, 3);
    Array r = bind(Prim.RESHAPE, new Params.ToShape(Shape.of(3, 2)), x);
    assertEquals(Shape.of(3, 2), r.shape());
    Array b = bind(Prim.BROADCAST_TO, new Params.ToShape(Shape.of(2, 2, 3)), x);
    assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5}, b.toLongArray());
    assertArrayEquals(
        new long[] {0, 3, 1, 4, 2, 5},
        bind(Prim.TRANSPOSE, new Params.Perm(new int[] {1, 0}), x).toLongArray());
    Array s =
        bind(
            Prim.SLICE,
            new Params.Slice(new long[] {0, 0}, new long[] {2, 3}, new long[] {1, 2}),
            x);
    assertEquals(Shape.of(2, 2), s.shape());
    assertArrayEquals(new long[] {0, 2, 3, 5}, s.toLongArray());
    Array empty =
        bind(
            Prim.SLICE,
            new Params.Slice(new long[] {1, 2}, new long[] {1, 3}, new long[] {1, 1}),
            x);
    assertEquals(Shape.of(0, 1), empty.shape());
    assertArrayEquals(
        new long[] {5, 4, 3, 2, 1, 0},
        bind(Prim.FLIP, new Params.Axes(new int[] {0, 1}, false), x).toLongArray());
  }

  @Test
  void concatAndTake_values() {
    Array x = arr(DType.BOOL, new long[] {1, 0, 0, 1}, 2, 2);
    Array y = arr(DType.BOOL, new long[] {1, 1}, 2, 1);
    Array c = bind(Prim.CONCAT, new Params.Axis(1), x, y);
    assertEquals(Shape.of(2, 3), c.shape());
    assertArrayEquals(new long[] {1, 0, 1, 0, 1, 1}, c.toLongArray());
    Array one = bind(Prim.CONCAT, new Params.Axis(0), x);
    assertArrayEquals(new long[] {1, 0, 0, 1}, one.toLongArray());
    Array f = arr(DType.FLOAT16, new double[] {0, 1, 2, 3, 4, 5}, 2, 3);
    Array idx = arr(DType.INT64, new long[] {2, 0, 2, 1}, 2, 2);
    Array t = bind(Prim.TAKE, new Params.Axis(1), f, idx);
    assertEquals(Shape.of(2, 2, 2), t.shape());
    assertArrayEquals(new double[] {2, 0, 2, 1, 5, 3, 5, 4}, t.toDoubleArray());
  }

  // ---------------------------------------------------------------- creation, linalg, scans

  @ParameterizedTest
  @EnumSource(DType.class)
  void fullAndIota_everyDtype(DType dt) {
    Array f = bind(Prim.FULL, Params.Full.of(Shape.of(2, 2), dt, 1));
    assertEquals(dt, f.dtype());
    assertArrayEquals(new double[] {1, 1, 1, 1}, f.toDoubleArray());
    if (!dt.isBool()) {
      Array i = Dispatcher_iota(dt, 5);
      assertArrayEquals(new double[] {0, 1, 2, 3, 4}, i.toDoubleArray());
    }
    Array e = bind(Prim.FULL, Params.Full.of(Shape.of(0, 3), dt, 1));
    assertEquals(Shape.of(0, 3), e.shape());
  }

  private static Array Dispatcher_iota(DType dt, long n) {
    return dev.ivy.dispatch.Dispatcher.bind(Prim.IOTA, new Params.Iota(n, dt));
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"FLOAT32", "FLOAT64", "INT32", "INT64", "INT8", "FLOAT16", "BFLOAT16"})
  void matmul_batchedAndMatrix(DType dt) {
    Array a = arr(dt, new double[] {1, 2, 3, 4, 5, 6, 1, 0, 0, 1, 1, 1}, 2, 2, 3);
    Array b = arr(dt, new double[] {1, 0, 0, 1, 1, 1, 2, 0, 0, 2, 1, 1}, 2, 3, 2);
    assertArrayEquals(
        new double[] {4, 5, 10, 11, 2, 0, 3, 3}, bind(Prim.MATMUL, a, b).toDoubleArray());
    Array m = arr(dt, new double[] {1, 2, 3, 4}, 2, 2);
    assertArrayEquals(new double[] {7, 10, 15, 22}, bind(Prim.MATMUL, m, m).toDoubleArray());
    Array z = bind(Prim.MATMUL, arr(dt, new double[0], 2, 0), arr(dt, new double[0], 0, 3));
    assertArrayEquals(new double[6], z.toDoubleArray());
  }

  @Test
  void cumsumCumprod_alongAxis() {
    Array x = arr(DType.INT32, new long[] {1, 2, 3, 4, 5, 6}, 2, 3);
    assertArrayEquals(
        new long[] {1, 3, 6, 4, 9, 15}, bind(Prim.CUMSUM, new Params.Axis(1), x).toLongArray());
    assertArrayEquals(
        new long[] {1, 2, 3, 4, 10, 18}, bind(Prim.CUMPROD, new Params.Axis(0), x).toLongArray());
    Array s = arr(DType.FLOAT32, new double[] {3}, new long[0]);
    assertArrayEquals(new double[] {3}, bind(Prim.CUMSUM, new Params.Axis(0), s).toDoubleArray());
  }

  @Test
  void sortArgsort_stableNanLastSignedZerosTie() {
    Array x =
        arr(
            DType.FLOAT64,
            new double[] {3, NAN, -0.0, 1, 0.0, -Double.MAX_VALUE, -NAN, Double.NEGATIVE_INFINITY},
            8);
    assertArrayEquals(
        new long[] {7, 5, 2, 4, 3, 0, 1, 6},
        bind(Prim.ARGSORT, new Params.Axis(0), x).toLongArray());
    double[] sorted = bind(Prim.SORT, new Params.Axis(0), x).toDoubleArray();
    assertArrayEquals(
        new double[] {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -0.0, 0.0, 1, 3, NAN, NAN},
        sorted);
    Array m = arr(DType.INT32, new long[] {2, 1, 2, 1, Integer.MIN_VALUE, Integer.MAX_VALUE}, 3, 2);
    assertArrayEquals(
        new long[] {2, 0, 0, 1, 1, 2}, bind(Prim.ARGSORT, new Params.Axis(0), m).toLongArray());
    assertArrayEquals(
        new long[] {Integer.MIN_VALUE, 1, 2, 1, 2, Integer.MAX_VALUE},
        bind(Prim.SORT, new Params.Axis(0), m).toLongArray());
  }

  @ParameterizedTest
  @EnumSource(DType.class)
  void sortArgsort_everyDtype_sortsAndHandlesEmptyAndScalar(DType dt) {
    Array x = arr(dt, new long[] {3, 1, 2, 1}, 4);
    long[] expectSorted = dt.isBool() ? new long[] {1, 1, 1, 1} : new long[] {1, 1, 2, 3};
    assertArrayEquals(expectSorted, bind(Prim.SORT, new Params.Axis(0), x).toLongArray());
    long[] expectIdx = dt.isBool() ? new long[] {0, 1, 2, 3} : new long[] {1, 3, 2, 0};
    assertArrayEquals(expectIdx, bind(Prim.ARGSORT, new Params.Axis(0), x).toLongArray());
    Array e = arr(dt, new long[0], 0, 2);
    assertEquals(Shape.of(0, 2), bind(Prim.ARGSORT, new Params.Axis(1), e).shape());
    Array s = arr(dt, new long[] {1}, new long[0]);
    assertArrayEquals(new long[] {0}, bind(Prim.ARGSORT, new Params.Axis(0), s).toLongArray());
  }

  // ---------------------------------------------------------------- scalars and empties

  @Test
  void scalarsAndEmpties_elementwise() {
    Array s = arr(DType.FLOAT32, new double[] {2}, new long[0]);
    Array z = bind(Prim.MUL, s, s);
    assertEquals(Shape.scalar(), z.shape());
    assertArrayEquals(new double[] {4}, z.toDoubleArray());
    Array e = arr(DType.FLOAT32, new double[0], 0, 3);
    assertEquals(Shape.of(0, 3), bind(Prim.ADD, e, f32(1, 2, 3)).shape());
    assertEquals(Shape.of(0, 3), bind(Prim.EXP, e).shape());
  }
}
