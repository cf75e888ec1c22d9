package dev.ivy.backend.torch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.backend.KernelTable;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.ops.Elementwise;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TorchKernelsTest {
  private static final double NAN = Double.NaN;

  @BeforeEach
  void setUp() {
    Ivy.setBackend("torch");
  }

  @AfterEach
  void tearDown() {
    Ivy.unsetBackend();
  }

  private static Array d(double... v) {
    return Ivy.array(v, v.length);
  }

  private static Array l(long... v) {
    return Ivy.array(v, v.length);
  }

  private static Array bind(Prim prim, Params p, Array... xs) {
    return Dispatcher.bind(prim, p, xs);
  }

  private static Array bind(Prim prim, Array... xs) {
    return Dispatcher.bind(prim, Params.None.INSTANCE, xs);
  }

  @Test
  void add_float32_values() {
    Array r =
        Elementwise.add(
            Ivy.array(new float[] {1, 2, 3, 4}, 4), Ivy.array(new float[] {1, 1, 1, 1}, 4));
    assertEquals(DType.FLOAT32, r.dtype());
    assertArrayEquals(new float[] {2, 3, 4, 5}, r.toFloatArray());
  }

  @Test
  void binary_broadcastScalarAndEmpty_shapes() {
    Array r =
        bind(
            Prim.MUL,
            Ivy.array(new double[] {1, 2, 3, 4, 5, 6}, 2, 3),
            Ivy.array(new double[] {2}));
    assertEquals(Shape.of(2, 3), r.shape());
    assertArrayEquals(new double[] {2, 4, 6, 8, 10, 12}, r.toDoubleArray());
    Array e = bind(Prim.ADD, Ivy.array(new double[0], 0, 3), Ivy.array(new double[] {1, 2, 3}, 3));
    assertEquals(Shape.of(0, 3), e.shape());
  }

  @Test
  void floorDivAndRem_pythonSemantics() {
    Array x = l(-7, 7, -1, 1, 5, 5);
    Array y = l(2, -2, 3, -3, 0, 1);
    assertArrayEquals(new long[] {-4, -4, -1, -1, 0, 5}, bind(Prim.FLOOR_DIV, x, y).toLongArray());
    assertArrayEquals(new long[] {1, -1, 2, -2, 0, 0}, bind(Prim.REM, x, y).toLongArray());
    Array xf = d(-1, 1, 5.5, -5.5);
    Array yf = d(3, -3, 2, 2);
    assertArrayEquals(new double[] {2, -2, 1.5, 0.5}, bind(Prim.REM, xf, yf).toDoubleArray());
    assertArrayEquals(new double[] {-1, -1, 2, -3}, bind(Prim.FLOOR_DIV, xf, yf).toDoubleArray());
  }

  @Test
  void unary_roundSignExpm1_values() {
    assertArrayEquals(
        new double[] {0, 2, 2, -2, -0.0},
        bind(Prim.ROUND, d(0.5, 1.5, 2.5, -2.5, -0.5)).toDoubleArray());
    double[] s = bind(Prim.SIGN, d(-3, 0, 2, NAN)).toDoubleArray();
    assertArrayEquals(new double[] {-1, 0, 1}, java.util.Arrays.copyOf(s, 3));
    assertEquals(true, Double.isNaN(s[3]));
    assertArrayEquals(new long[] {-1, 0, 1}, bind(Prim.SIGN, l(-5, 0, 9)).toLongArray());
    assertEquals(1.00000000005e-10, bind(Prim.EXPM1, d(1e-10)).toDoubleArray()[0], 1e-22);
    assertEquals(0.99999999995e-10, bind(Prim.LOG1P, d(1e-10)).toDoubleArray()[0], 1e-22);
    assertArrayEquals(
        new double[] {0, 0.881373587019543}, bind(Prim.ASINH, d(0, 1)).toDoubleArray(), 1e-12);
  }

  @Test
  void powAndBitwise_ints_exact() {
    assertArrayEquals(
        new long[] {1L << 52, 1, 0, -1, 1},
        bind(Prim.POW, l(2, 1, 2, -1, -1), l(52, -3, -1, -3, -2)).toLongArray());
    assertArrayEquals(
        new long[] {0b1000, -8}, bind(Prim.AND, l(0b1100, -7), l(0b1010, -8)).toLongArray());
    assertArrayEquals(new long[] {0b1110}, bind(Prim.OR, l(0b1100), l(0b1010)).toLongArray());
    assertArrayEquals(new long[] {0b0110}, bind(Prim.XOR, l(0b1100), l(0b1010)).toLongArray());
    assertArrayEquals(new long[] {-1, 0}, bind(Prim.NOT, l(0, -1)).toLongArray());
    assertArrayEquals(new long[] {8, -4}, bind(Prim.SHL, l(1, -1), l(3, 2)).toLongArray());
    assertArrayEquals(new long[] {-2, 2}, bind(Prim.SHR, l(-7, 9), l(2, 2)).toLongArray());
    Array t = Ivy.array(new boolean[] {true, true, false}, 3);
    Array f = Ivy.array(new boolean[] {true, false, false}, 3);
    assertArrayEquals(new boolean[] {false, true, false}, bind(Prim.XOR, t, f).toBooleanArray());
  }

  @Test
  void maxMin_nanPropagates() {
    double[] r = bind(Prim.MAX, d(1, NAN, 3), d(2, 0, NAN)).toDoubleArray();
    assertEquals(2, r[0]);
    assertEquals(true, Double.isNaN(r[1]) && Double.isNaN(r[2]));
    Array m = Ivy.array(new double[] {1, NAN, 3, 4, 5, 6}, 2, 3);
    double[] rm = bind(Prim.REDUCE_MAX, new Params.Axes(new int[] {1}, false), m).toDoubleArray();
    assertEquals(true, Double.isNaN(rm[0]));
    assertEquals(6, rm[1]);
  }

  @Test
  void compareCastWhere_values() {
    assertArrayEquals(
        new boolean[] {true, false, false},
        bind(Prim.LT, d(1, 2, NAN), d(2, 2, 1)).toBooleanArray());
    assertArrayEquals(
        new long[] {-1, 2, 0},
        bind(Prim.CAST, new Params.Cast(DType.INT32), d(-1.9, 2.9, 0.2)).toLongArray());
    assertArrayEquals(
        new boolean[] {true, false, true},
        bind(Prim.CAST, new Params.Cast(DType.BOOL), d(-0.5, 0, NAN)).toBooleanArray());
    assertArrayEquals(
        new long[] {300, -2},
        bind(Prim.CAST, new Params.Cast(DType.INT16), l(300, -2)).toLongArray());
    assertArrayEquals(
        new double[] {1.5, 2},
        bind(Prim.CAST, new Params.Cast(DType.BFLOAT16), d(1.5, 2)).toDoubleArray());
    Array c = Ivy.array(new boolean[] {true, false}, 2);
    assertArrayEquals(
        new double[] {1, 20, 3, 40},
        bind(
                Prim.WHERE,
                c,
                Ivy.array(new double[] {1, 2, 3, 4}, 2, 2),
                Ivy.array(new double[] {10, 20, 30, 40}, 2, 2))
            .toDoubleArray());
  }

  @Test
  void reductions_sumProdEmptyAndKeepDims() {
    Array x = Ivy.array(new long[] {1, 2, 3, 4, 5, 6}, 2, 3);
    Array s = bind(Prim.REDUCE_SUM, new Params.Axes(new int[] {0, 1}, true), x);
    assertEquals(Shape.of(1, 1), s.shape());
    assertEquals(21, s.toLongArray()[0]);
    Array i32 = Ivy.array(new int[] {1, 2, 3, 4, 5, 6}, 2, 3);
    Array p = bind(Prim.REDUCE_PROD, new Params.Axes(new int[] {1}, false), i32);
    assertEquals(DType.INT32, p.dtype());
    assertArrayEquals(new long[] {6, 120}, p.toLongArray());
    Array e = Ivy.array(new double[0], 0, 3);
    assertArrayEquals(
        new double[] {0, 0, 0},
        bind(Prim.REDUCE_SUM, new Params.Axes(new int[] {0}, false), e).toDoubleArray());
    assertArrayEquals(
        new double[] {1, 1, 1},
        bind(Prim.REDUCE_PROD, new Params.Axes(new int[] {0}, false), e).toDoubleArray());
  }

  @Test
  void argAndSort_nanFirstExtremeAndLast() {
    assertArrayEquals(
        new long[] {1},
        bind(Prim.ARGMAX, new Params.Axis(0), Ivy.array(new double[] {1, NAN, 3, NAN}, 4))
            .toLongArray());
    assertArrayEquals(
        new long[] {1},
        bind(Prim.ARGMIN, new Params.Axis(0), Ivy.array(new double[] {1, NAN, -3, NAN}, 4))
            .toLongArray());
    assertArrayEquals(
        new long[] {0}, bind(Prim.ARGMAX, new Params.Axis(0), l(5, 1, 5)).toLongArray());
    Array v = d(3, NAN, 1, 1, -0.0, 0);
    assertArrayEquals(
        new long[] {4, 5, 2, 3, 0, 1}, bind(Prim.ARGSORT, new Params.Axis(0), v).toLongArray());
    double[] sorted = bind(Prim.SORT, new Params.Axis(0), v).toDoubleArray();
    assertEquals(3, sorted[4]);
    assertEquals(true, Double.isNaN(sorted[5]));
    assertArrayEquals(
        new long[] {1, 3, 6, 10},
        bind(Prim.CUMSUM, new Params.Axis(0), Ivy.array(new int[] {1, 2, 3, 4}, 4)).toLongArray());
    assertArrayEquals(
        new long[] {1, 2, 6, 24},
        bind(Prim.CUMPROD, new Params.Axis(0), l(1, 2, 3, 4)).toLongArray());
  }

  @Test
  void movement_values() {
    Array x = Ivy.array(new double[] {0, 1, 2, 3, 4, 5}, 2, 3);
    assertArrayEquals(
        new double[] {0, 3, 1, 4, 2, 5},
        bind(Prim.TRANSPOSE, new Params.Perm(new int[] {1, 0}), x).toDoubleArray());
    assertArrayEquals(
        new double[] {0, 1, 2, 0, 1, 2},
        bind(Prim.BROADCAST_TO, new Params.ToShape(Shape.of(2, 3)), d(0, 1, 2)).toDoubleArray());
    assertArrayEquals(
        new double[] {3, 5},
        bind(
                Prim.SLICE,
                new Params.Slice(new long[] {1, 0}, new long[] {2, 3}, new long[] {1, 2}),
                x)
            .toDoubleArray());
    assertEquals(
        Shape.of(0, 3),
        bind(
                Prim.SLICE,
                new Params.Slice(new long[] {2, 0}, new long[] {1, 3}, new long[] {1, 1}),
                x)
            .shape());
    assertArrayEquals(
        new double[] {2, 1, 0, 5, 4, 3},
        bind(Prim.FLIP, new Params.Axes(new int[] {1}, false), x).toDoubleArray());
    assertArrayEquals(
        new double[] {0, 1, 2, 3, 4, 5, 0, 1, 2},
        bind(Prim.CONCAT, new Params.Axis(0), x, Ivy.array(new double[] {0, 1, 2}, 1, 3))
            .toDoubleArray());
    Array t = bind(Prim.TAKE, new Params.Axis(1), x, Ivy.array(new long[] {2, 0, 2, 2}, 2, 2));
    assertEquals(Shape.of(2, 2, 2), t.shape());
    assertArrayEquals(new double[] {2, 0, 2, 2, 5, 3, 5, 5}, t.toDoubleArray());
    assertArrayEquals(
        new double[] {0, 1, 2, 3, 4, 5},
        bind(Prim.RESHAPE, new Params.ToShape(Shape.of(3, 2)), x).toDoubleArray());
  }

  @Test
  void creationAndMatmul_values() {
    Array f =
        Dispatcher.bind(
            Prim.FULL, new Params.Full(Shape.of(2), DType.INT64, Long.MAX_VALUE, Long.MAX_VALUE));
    assertArrayEquals(new long[] {Long.MAX_VALUE, Long.MAX_VALUE}, f.toLongArray());
    Array s = Dispatcher.bind(Prim.FULL, Params.Full.of(Shape.scalar(), DType.FLOAT32, 0.1));
    assertEquals(0.1f, s.toFloatArray()[0]);
    assertArrayEquals(
        new long[] {0, 1, 2, 3},
        Dispatcher.bind(Prim.IOTA, new Params.Iota(4, DType.INT16)).toLongArray());
    Array a = Ivy.array(new long[] {1, 2, 3, 4}, 2, 2);
    assertArrayEquals(new long[] {7, 10, 15, 22}, bind(Prim.MATMUL, a, a).toLongArray());
    Array m = Ivy.array(new float[] {1, 2, 3, 4, 5, 6}, 1, 2, 3);
    Array n = Ivy.array(new float[] {1, 0, 0, 1, 1, 1}, 1, 3, 2);
    assertArrayEquals(new float[] {4, 5, 10, 11}, bind(Prim.MATMUL, m, n).toFloatArray());
  }

  private static Array spd(DType dtype) {
    return Ivy.array(new double[] {4, 2, 2, 3}, dtype, 2, 2);
  }

  private static Array arange(DType dtype, long... shape) {
    int n = Math.toIntExact(Shape.of(shape).size());
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 0.25 * (i % 7) - 0.5;
    }
    return Ivy.array(v, dtype, shape);
  }

  private static long[] ls(long... v) {
    return v;
  }

  /**
   * Runs coarse operation {@code prim} natively on small inputs (with padding the framework's
   * operation does not take where the kernel handles that); multi-output ones check every output.
   */
  private static Array coarse(Prim prim, DType dt) {
    Array x = arange(dt, 1, 2, 5);
    Array v = arange(dt, 2, 3);
    Array pos = Ivy.array(new double[] {1, 2, 3}, dt, 3);
    Params.Pool pool = new Params.Pool(ls(2), ls(2), ls(0), ls(1), ls(1), true, false, 0);
    switch (prim) {
      case CONV:
        return bind(
            prim, new Params.Conv(ls(1), ls(1), ls(0), ls(1), 1), x, arange(dt, 3, 2, 2), pos);
      case CONV_TRANSPOSE:
        return bind(prim, new Params.Conv(ls(2), ls(0), ls(-3), ls(1), 1), x, arange(dt, 2, 3, 2));
      case MAX_POOL:
      case AVG_POOL:
        return bind(prim, pool, x);
      case MAX_POOL_GRAD:
        return bind(
            prim,
            new Params.Pool(ls(2), ls(2), ls(0), ls(0), ls(1), false, false, 0),
            x,
            arange(dt, 1, 2, 2));
      case SOFTMAX:
      case LOG_SOFTMAX:
        return bind(prim, new Params.Axis(1), v);
      case LAYER_NORM:
        return bind(prim, new Params.Norm(1, 1, 1e-5, false, false), v);
      case BATCH_NORM:
        return bind(prim, new Params.Norm(1, 1, 1e-5, true, true), v, pos, pos, pos, pos);
      case GROUP_NORM:
        return bind(prim, new Params.Norm(1, 3, 1e-5, true, false), v, pos);
      case GELU:
        return bind(prim, new Params.Gelu(true), v);
      case SILU:
      case RELU:
        return bind(prim, v);
      case CLAMP:
        return bind(prim, new Params.Bounds(-1, 2), v);
      case LINEAR:
        return bind(prim, v, arange(dt, 4, 3));
      case SCALED_DOT_PRODUCT_ATTENTION:
        return bind(
            prim,
            new Params.Attention(0.5, true, Params.Attention.Mask.NONE),
            arange(dt, 1, 2, 3),
            arange(dt, 1, 4, 3),
            arange(dt, 1, 4, 2));
      case RESIZE:
        return bind(
            prim,
            new Params.Resize(ls(8), new double[] {0.5}, Params.Resize.Mode.LINEAR, false),
            arange(dt, 1, 2, 4));
      case EMBEDDING:
        return bind(prim, arange(dt, 4, 3), Ivy.array(new long[] {3, 0, 3}, 3));
      case LSTM:
      case GRU:
        {
          int g = prim == Prim.LSTM ? 4 : 3;
          List<Array> in = new ArrayList<>(List.of(arange(dt, 3, 1, 2), arange(dt, 2, 1, 2)));
          if (prim == Prim.LSTM) {
            in.add(arange(dt, 2, 1, 2));
          }
          in.addAll(
              List.of(
                  arange(dt, 2, g * 2, 2),
                  arange(dt, 2, g * 2, 2),
                  arange(dt, 2, g * 2),
                  arange(dt, 2, g * 2)));
          Array[] rs = Dispatcher.bindMulti(prim, Params.None.INSTANCE, in.toArray(new Array[0]));
          for (Array o : rs) {
            assertEquals(o.size() * o.dtype().byteSize(), o.toBytes().remaining(), prim + " " + dt);
          }
          return rs[0];
        }
      default:
        throw new AssertionError(prim);
    }
  }

  private static Array zeros(long... shape) {
    return Ivy.zeros(Shape.of(shape), DType.FLOAT32);
  }

  /**
   * Coarse operations on empty arrays run their decompositions: libtorch rejects a pooling input
   * without channels or an empty filter bank, and oneDNN's LSTM aborts the process on a zero hidden
   * size.
   */
  @Test
  void coarseOps_emptyArrays_runDecomposition() {
    Params.Conv c = new Params.Conv(ls(1), ls(1), ls(1), ls(1), 1);
    Params.Pool p = new Params.Pool(ls(2), ls(2), ls(1), ls(1), ls(1), false, true, 0);
    assertEquals(Shape.of(1, 0, 5), bind(Prim.CONV, c, zeros(1, 2, 5), zeros(0, 2, 3)).shape());
    assertEquals(
        Shape.of(1, 0, 5), bind(Prim.CONV_TRANSPOSE, c, zeros(1, 2, 5), zeros(2, 0, 3)).shape());
    assertEquals(Shape.of(1, 0, 3), bind(Prim.MAX_POOL, p, zeros(1, 0, 5)).shape());
    assertEquals(Shape.of(1, 2, 1), bind(Prim.AVG_POOL, p, zeros(1, 2, 0)).shape());
    Params.Norm n = new Params.Norm(1, 1, 1e-5, true, true);
    Array e = zeros(0);
    assertEquals(Shape.of(2, 0), bind(Prim.BATCH_NORM, n, zeros(2, 0), e, e, e, e).shape());
    Array[] lstm =
        Dispatcher.bindMulti(
            Prim.LSTM,
            Params.None.INSTANCE,
            zeros(2, 1, 3),
            zeros(1, 1, 0),
            zeros(1, 1, 0),
            zeros(1, 0, 3),
            zeros(1, 0, 0),
            zeros(1, 0),
            zeros(1, 0));
    assertEquals(Shape.of(2, 1, 0), lstm[0].shape());
    Array[] gru =
        Dispatcher.bindMulti(
            Prim.GRU,
            Params.None.INSTANCE,
            zeros(2, 0, 3),
            zeros(2, 0, 2),
            zeros(2, 6, 3),
            zeros(2, 6, 2),
            zeros(2, 6),
            zeros(2, 6));
    assertEquals(Shape.of(2, 0, 4), gru[0].shape());
  }

  /** Every (prim, declared dtype) pair runs natively on small inputs without error. */
  static Stream<Arguments> declared() {
    KernelTable t = BackendRegistry.get("torch").kernels();
    List<Arguments> r = new ArrayList<>();
    for (Prim p : Prim.values()) {
      for (DType d : DType.values()) {
        if (t.supports(p, d)) {
          r.add(Arguments.of(p, d));
        }
      }
    }
    return r.stream();
  }

  @ParameterizedTest(name = "{0}[torch, {1}]")
  @MethodSource("declared")
  void declaredDType_runsNatively_rightAval(Prim prim, DType dtype) {
    Array x = Ivy.array(new double[] {1, 2, 0, 3, 1, 2}, dtype, 2, 3);
    Array y = Ivy.array(new double[] {2, 1, 1, 1, 3, 1}, dtype, 2, 3);
    Array r;
    if (Prim.UNARY.contains(prim)) {
      r = bind(prim, x);
    } else if (Prim.BINARY.contains(prim) || Prim.COMPARE.contains(prim)) {
      r = bind(prim, x, y);
    } else if (Prim.REDUCE.contains(prim)) {
      r = bind(prim, new Params.Axes(new int[] {0, 1}, false), x);
    } else if (Prim.COARSE.contains(prim)) {
      r = coarse(prim, dtype);
    } else {
      switch (prim) {
        case CAST:
          r = bind(prim, new Params.Cast(dtype == DType.FLOAT32 ? DType.INT16 : DType.FLOAT32), x);
          break;
        case WHERE:
          r = bind(prim, Ivy.array(new boolean[] {true, false, true}, 3), x, y);
          break;
        case ARGMAX:
        case ARGMIN:
        case CUMSUM:
        case CUMPROD:
        case SORT:
        case ARGSORT:
          r = bind(prim, new Params.Axis(1), x);
          break;
        case RESHAPE:
          r = bind(prim, new Params.ToShape(Shape.of(3, 2)), x);
          break;
        case BROADCAST_TO:
          r = bind(prim, new Params.ToShape(Shape.of(2, 2, 3)), x);
          break;
        case TRANSPOSE:
          r = bind(prim, new Params.Perm(new int[] {1, 0}), x);
          break;
        case SLICE:
          r =
              bind(
                  prim,
                  new Params.Slice(new long[] {0, 1}, new long[] {2, 3}, new long[] {1, 1}),
                  x);
          break;
        case CONCAT:
          r = bind(prim, new Params.Axis(0), x, y);
          break;
        case FLIP:
          r = bind(prim, new Params.Axes(new int[] {0}, false), x);
          break;
        case TAKE:
          r = bind(prim, new Params.Axis(1), x, Ivy.array(new long[] {2, 0}, 2));
          break;
        case FULL:
          r = Dispatcher.bind(prim, Params.Full.of(Shape.of(2, 3), dtype, 1));
          break;
        case IOTA:
          r = Dispatcher.bind(prim, new Params.Iota(5, dtype));
          break;
        case MATMUL:
          r = bind(prim, x, Ivy.array(new double[] {1, 2, 0, 3, 1, 2}, dtype, 3, 2));
          break;
        case CHOLESKY:
          r = bind(prim, spd(dtype));
          break;
        case TRIANGULAR_SOLVE:
          r = bind(prim, new Params.Triangular(true, false), spd(dtype), spd(dtype));
          break;
        case LU:
        case QR:
        case SVD:
        case EIGH:
          {
            Params ps =
                prim == Prim.QR || prim == Prim.SVD
                    ? new Params.Decomposition(true)
                    : Params.None.INSTANCE;
            Array[] rs = Dispatcher.bindMulti(prim, ps, spd(dtype));
            for (Array o : rs) {
              assertEquals(
                  o.size() * o.dtype().byteSize(), o.toBytes().remaining(), prim + " " + dtype);
            }
            r = rs[0];
            break;
          }
        case SCATTER_ADD:
          r = bind(prim, x, Ivy.array(new long[] {1, 1}, 2, 1), y);
          break;
        default:
          throw new AssertionError(prim);
      }
    }
    // reading back checks the payload's real dtype and size against the aval
    java.nio.ByteBuffer bytes = r.toBytes();
    assertEquals(r.size() * r.dtype().byteSize(), bytes.remaining(), prim + " " + dtype);
  }
}
