package dev.ivy.backend.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.internal.ArrayInternals;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class Nd4jKernelsTest {
  private static final double NAN = Double.NaN;

  @BeforeAll
  static void setUp() {
    Ivy.setBackend("nd4j");
  }

  @AfterAll
  static void tearDown() {
    Ivy.unsetBackend();
  }

  private static Array f64(double... v) {
    return Ivy.array(v, v.length);
  }

  private static Array i64(long... v) {
    return Ivy.array(v, v.length);
  }

  private static Array bind(Prim p, Params params, Array... xs) {
    return Dispatcher.bind(p, params, xs);
  }

  private static Array un(Prim p, Array x) {
    return bind(p, Params.None.INSTANCE, x);
  }

  private static Array bin(Prim p, Array x, Array y) {
    return bind(p, Params.None.INSTANCE, x, y);
  }

  private static Array cast(Array x, DType dt) {
    return bind(Prim.CAST, new Params.Cast(dt), x);
  }

  @Test
  void kernelTable_everyPrim_hasKernel() {
    // every primitive but control flow (no kernels) and the coarse operations (optional)
    java.util.Set<Prim> kernels = EnumSet.copyOf(BackendRegistry.get("numpy").kernels().prims());
    kernels.removeAll(Prim.COARSE);
    java.util.Set<Prim> required = EnumSet.complementOf(EnumSet.copyOf(Prim.HIGHER_ORDER));
    required.removeAll(Prim.COARSE);
    assertEquals(required, kernels);
  }

  @Test
  void unary_edgeCases_matchNumpy() {
    Array x = f64(-2.5, -0.5, 0.5, 1.5, 2.5, NAN);
    assertArrayEquals(new double[] {-2, -0.0, 0, 2, 2, NAN}, un(Prim.ROUND, x).toDoubleArray());
    assertArrayEquals(new double[] {-1, -1, 1, 1, 1, NAN}, un(Prim.SIGN, x).toDoubleArray());
    assertArrayEquals(new long[] {-1, 0, 1}, un(Prim.SIGN, i64(-5, 0, 7)).toLongArray());
    assertArrayEquals(new double[] {0, 0, 0, 0, 0, 1}, un(Prim.ISNAN, x).toDoubleArray());
    assertEquals(Math.exp(1), un(Prim.EXP, f64(1)).toDoubleArray()[0], 1e-15);
    Array h = cast(f64(1, 2), DType.FLOAT16);
    assertEquals(DType.FLOAT16, un(Prim.EXP, h).dtype());
    assertEquals(7.390625, un(Prim.EXP, h).toDoubleArray()[1], 1e-9);
    assertArrayEquals(new long[] {-6, 5}, un(Prim.NOT, i64(5, -6)).toLongArray());
    assertArrayEquals(
        new boolean[] {false, true},
        un(Prim.NOT, Ivy.array(new boolean[] {true, false}, 2)).toBooleanArray());
    Array i8 = Ivy.array(new long[] {-3, 4}, DType.INT8, 2);
    assertArrayEquals(new long[] {3, -4}, un(Prim.NEG, i8).toLongArray());
  }

  @Test
  void binary_floorDivAndRem_pythonSemantics() {
    Array x = i64(-7, 7, -7, 7, 5, Long.MIN_VALUE, 3);
    Array y = i64(2, -2, -2, 2, 0, -1, -1);
    assertArrayEquals(
        new long[] {-4, -4, 3, 3, 0, Long.MIN_VALUE, -3}, bin(Prim.FLOOR_DIV, x, y).toLongArray());
    assertArrayEquals(new long[] {1, -1, -1, 1, 0, 0, 0}, bin(Prim.REM, x, y).toLongArray());
    Array x8 = Ivy.array(new long[] {-7, 5}, DType.INT8, 2);
    Array y8 = Ivy.array(new long[] {2, 0}, DType.INT8, 2);
    assertArrayEquals(new long[] {-4, 0}, bin(Prim.FLOOR_DIV, x8, y8).toLongArray());
    assertArrayEquals(
        new double[] {2, -2, 0.5, NAN},
        bin(Prim.REM, f64(-1, 1, -7.5, 5), f64(3, -3, 2, 0)).toDoubleArray());
    assertArrayEquals(
        new double[] {-1, -4}, bin(Prim.FLOOR_DIV, f64(-1, 7.5), f64(3, -2)).toDoubleArray());
  }

  @Test
  void binary_broadcastPowMaxAtan2_numpyValues() {
    Array x = Ivy.array(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    Array y = Ivy.array(new double[] {10, 20, 30}, 3);
    Array s = bin(Prim.ADD, x, y);
    assertEquals(Shape.of(2, 3), s.shape());
    assertArrayEquals(new double[] {11, 22, 33, 14, 25, 36}, s.toDoubleArray());
    assertArrayEquals(
        new long[] {1024, 3, 1}, bin(Prim.POW, i64(2, 3, 7), i64(10, 1, 0)).toLongArray());
    assertArrayEquals(
        new double[] {NAN, NAN, 3}, bin(Prim.MAX, f64(1, NAN, 3), f64(NAN, 0, 1)).toDoubleArray());
    assertArrayEquals(
        new double[] {NAN, NAN, 1}, bin(Prim.MIN, f64(1, NAN, 3), f64(NAN, 0, 1)).toDoubleArray());
    assertEquals(Math.atan2(1, 2), bin(Prim.ATAN2, f64(1), f64(2)).toDoubleArray()[0], 1e-15);
    assertArrayEquals(new long[] {4, -4}, bin(Prim.SHR, i64(8, -8), i64(1, 1)).toLongArray());
    assertArrayEquals(new long[] {2, 7}, bin(Prim.AND, i64(6, 7), i64(3, 15)).toLongArray());
    assertArrayEquals(
        new boolean[] {true, false, false},
        bin(Prim.LT, f64(1, 2, NAN), f64(2, 2, 1)).toBooleanArray());
    Array a = Ivy.array(new float[] {1, 2, 3, 4}, 4);
    assertArrayEquals(new float[] {2, 4, 6, 8}, dev.ivy.ops.Elementwise.add(a, a).toFloatArray());
  }

  @Test
  void castAndWhere_semantics_matchNumpy() {
    assertArrayEquals(new long[] {-2, 2, 0}, cast(f64(-2.7, 2.7, -0.5), DType.INT32).toLongArray());
    assertArrayEquals(
        new boolean[] {true, false, true}, cast(f64(NAN, 0, -1), DType.BOOL).toBooleanArray());
    assertArrayEquals(
        new double[] {1.001953125}, cast(f64(1.00146484375), DType.FLOAT16).toDoubleArray());
    Array c = Ivy.array(new boolean[] {true, false}, 2, 1);
    Array w =
        bind(
            Prim.WHERE,
            Params.None.INSTANCE,
            c,
            f64(1, 2, 3),
            bind(Prim.FULL, Params.Full.of(Shape.of(), DType.FLOAT64, 9)));
    assertEquals(Shape.of(2, 3), w.shape());
    assertArrayEquals(new double[] {1, 2, 3, 9, 9, 9}, w.toDoubleArray());
  }

  @Test
  void reductions_nanEmptyAndInts_matchNumpy() {
    Array x = Ivy.array(new double[] {1, NAN, 3, 4, 5, 6}, 2, 3);
    Params.Axes ax1 = new Params.Axes(new int[] {1}, false);
    assertArrayEquals(new double[] {NAN, 6}, bind(Prim.REDUCE_MAX, ax1, x).toDoubleArray());
    assertArrayEquals(new double[] {NAN, 4}, bind(Prim.REDUCE_MIN, ax1, x).toDoubleArray());
    Params.Axes all = new Params.Axes(new int[] {0, 1}, true);
    Array s = bind(Prim.REDUCE_SUM, all, Ivy.array(new long[] {1L << 60, 1, 2, 3}, 2, 2));
    assertEquals(Shape.of(1, 1), s.shape());
    assertArrayEquals(new long[] {(1L << 60) + 6}, s.toLongArray());
    Array e = Ivy.array(new double[0], 0, 3);
    assertArrayEquals(
        new double[] {1, 1, 1},
        bind(Prim.REDUCE_PROD, new Params.Axes(new int[] {0}, false), e).toDoubleArray());
    assertArrayEquals(
        new double[] {0, 0, 0},
        bind(Prim.REDUCE_SUM, new Params.Axes(new int[] {0}, false), e).toDoubleArray());
    assertArrayEquals(
        new long[] {1, 0},
        bind(Prim.ARGMAX, new Params.Axis(1), Ivy.array(new double[] {1, NAN, NAN, 5, 5, 1}, 2, 3))
            .toLongArray());
    assertArrayEquals(
        new long[] {0, 2},
        bind(Prim.ARGMIN, new Params.Axis(1), Ivy.array(new long[] {1, 3, 1, 5, 5, 1}, 2, 3))
            .toLongArray());
  }

  @Test
  void cumulative_intsAndFloats_inclusive() {
    Array x = Ivy.array(new long[] {1, 2, 3, 4, 5, 6}, 2, 3);
    assertArrayEquals(
        new long[] {1, 3, 6, 4, 9, 15}, bind(Prim.CUMSUM, new Params.Axis(1), x).toLongArray());
    assertArrayEquals(
        new long[] {1, 2, 3, 5, 7, 9}, bind(Prim.CUMSUM, new Params.Axis(0), x).toLongArray());
    assertArrayEquals(
        new long[] {1, 2, 6, 4, 20, 120}, bind(Prim.CUMPROD, new Params.Axis(1), x).toLongArray());
    assertArrayEquals(
        new double[] {0.5, 2, 4.5},
        bind(Prim.CUMSUM, new Params.Axis(0), f64(0.5, 1.5, 2.5)).toDoubleArray());
    Array i8 = Ivy.array(new long[] {100, 100}, DType.INT8, 2);
    assertArrayEquals(
        new long[] {100, -56}, bind(Prim.CUMSUM, new Params.Axis(0), i8).toLongArray());
  }

  @Test
  void movement_views_copiedWithExactShapes() {
    Array x = Ivy.array(new double[] {0, 1, 2, 3, 4, 5}, 2, 3);
    Array t = bind(Prim.TRANSPOSE, new Params.Perm(new int[] {1, 0}), x);
    assertEquals(Shape.of(3, 2), t.shape());
    assertArrayEquals(new double[] {0, 3, 1, 4, 2, 5}, t.toDoubleArray());
    Array r = bind(Prim.RESHAPE, new Params.ToShape(Shape.of(3, 2)), x);
    assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, r.toDoubleArray());
    Array s =
        bind(
            Prim.SLICE,
            new Params.Slice(new long[] {1, 0}, new long[] {2, 3}, new long[] {1, 2}),
            x);
    assertEquals(Shape.of(1, 2), s.shape());
    assertArrayEquals(new double[] {3, 5}, s.toDoubleArray());
    Array e =
        bind(
            Prim.SLICE,
            new Params.Slice(new long[] {1, 0}, new long[] {1, 3}, new long[] {1, 1}),
            x);
    assertEquals(Shape.of(0, 3), e.shape());
    Array c = bind(Prim.CONCAT, new Params.Axis(0), x, e, x);
    assertEquals(Shape.of(4, 3), c.shape());
    assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5}, c.toDoubleArray());
    Array f = bind(Prim.FLIP, new Params.Axes(new int[] {1}, false), x);
    assertArrayEquals(new double[] {2, 1, 0, 5, 4, 3}, f.toDoubleArray());
    Array idx = Ivy.array(new long[] {2, 0, 1, 1}, 2, 2);
    Array g = bind(Prim.TAKE, new Params.Axis(1), x, idx);
    assertEquals(Shape.of(2, 2, 2), g.shape());
    assertArrayEquals(new double[] {2, 0, 1, 1, 5, 3, 4, 4}, g.toDoubleArray());
    Array gb =
        bind(
            Prim.TAKE,
            new Params.Axis(0),
            Ivy.array(new boolean[] {true, false}, 2),
            Ivy.array(new long[] {1, 0, 1}, 3));
    assertArrayEquals(new boolean[] {false, true, false}, gb.toBooleanArray());
    Array bt = bind(Prim.BROADCAST_TO, new Params.ToShape(Shape.of(2, 2)), f64(7));
    assertArrayEquals(
        new double[] {7, 7, 7, 7},
        bind(Prim.RESHAPE, new Params.ToShape(Shape.of(4)), bt).toDoubleArray());
    Array sc = bind(Prim.RESHAPE, new Params.ToShape(Shape.of()), f64(3));
    assertEquals(0, sc.rank());
  }

  @Test
  void creationAndMatmul_exactValues() {
    long big = (1L << 62) + 1;
    assertArrayEquals(
        new long[] {big, big},
        bind(Prim.FULL, Params.Full.of(Shape.of(2), DType.INT64, big)).toLongArray());
    assertArrayEquals(
        new double[] {0, 1, 2, 3},
        bind(Prim.IOTA, new Params.Iota(4, DType.FLOAT16)).toDoubleArray());
    assertEquals(Shape.of(0), bind(Prim.IOTA, new Params.Iota(0, DType.INT64)).shape());
    Array a = Ivy.array(new long[] {1L << 40, 2, 3, 4}, 2, 2);
    Array b = Ivy.array(new long[] {3, 0, 1, 1}, 2, 2);
    assertArrayEquals(new long[] {3L << 40 | 2, 2, 13, 4}, bin(Prim.MATMUL, a, b).toLongArray());
    Array z = bin(Prim.MATMUL, Ivy.array(new double[0], 2, 0), Ivy.array(new double[0], 0, 3));
    assertArrayEquals(new double[6], z.toDoubleArray());
    Array x3 = Ivy.array(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, 2, 2, 2);
    assertArrayEquals(
        new float[] {7, 10, 15, 22, 67, 78, 91, 106}, bin(Prim.MATMUL, x3, x3).toFloatArray());
  }

  @Test
  void sortAndArgsort_stableNanLast() {
    Array x = f64(3, NAN, -0.0, 1, 0.0, -Double.POSITIVE_INFINITY, 1, NAN, -2);
    assertArrayEquals(
        new long[] {5, 8, 2, 4, 3, 6, 0, 1, 7},
        bind(Prim.ARGSORT, new Params.Axis(0), x).toLongArray());
    double[] s = bind(Prim.SORT, new Params.Axis(0), x).toDoubleArray();
    assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, -2, -0.0, 0, 1, 1, 3, NAN, NAN}, s);
    Array m = Ivy.array(new long[] {5, Long.MIN_VALUE, 5, Long.MAX_VALUE, -1, 5}, 3, 2);
    assertArrayEquals(
        new long[] {2, 0, 0, 2, 1, 1}, bind(Prim.ARGSORT, new Params.Axis(0), m).toLongArray());
    Array i = Ivy.array(new long[] {2, 1, 2, 1}, DType.INT8, 2, 2);
    assertArrayEquals(
        new long[] {1, 2, 1, 2}, bind(Prim.SORT, new Params.Axis(1), i).toLongArray());
  }

  @Test
  void scope_manyOps_freesPayloads() {
    Array x = Ivy.array(new float[] {1, 2, 3, 4}, 4);
    INDArray last = null;
    for (int i = 0; i < 2000; i++) {
      try (Scope s = Ivy.scope()) {
        Array y = bin(Prim.ADD, x, x);
        last = (INDArray) ArrayInternals.payload(y);
      }
    }
    assertTrue(last.wasClosed());
  }
}
