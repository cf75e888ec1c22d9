package dev.ivy.backend.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.backend.Kernel;
import dev.ivy.internal.ArrayInternals;
import dev.ivy.ops.Coarse;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native coarse kernels, called directly: each case either runs natively and agrees with the
 * operation's decomposition, or is declined (null) where libnd4j has no matching op; covering every
 * branch of {@link Nd4jCoarseKernels} (padding made explicit, ceil mode, count masks, divisors,
 * depthwise filters, cropped and extended transposed convolutions, directions).
 */
class Nd4jCoarseKernelsTest {
  /** One call: whether the kernel must run it natively, its params and its input shapes. */
  record Case(String name, boolean nativeRun, Prim prim, Params params, long[]... shapes) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static long[] l(long... v) {
    return v;
  }

  private static Params.Conv conv(long[] s, long[] lo, long[] hi, long[] d, long g) {
    return new Params.Conv(s, lo, hi, d, g);
  }

  private static Params.Pool pool(
      long[] k, long[] s, long[] lo, long[] hi, long[] d, boolean ceil, boolean inc, long div) {
    return new Params.Pool(k, s, lo, hi, d, ceil, inc, div);
  }

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    Prim cv = Prim.CONV;
    c.add(new Case("conv1d", true, cv, conv(l(1), l(1), l(1), l(1), 1), l(2, 3, 9), l(4, 3, 3)));
    c.add(
        new Case(
            "conv1d asym bias",
            true,
            cv,
            conv(l(2), l(0), l(2), l(2), 1),
            l(2, 3, 9),
            l(4, 3, 3),
            l(4)));
    c.add(
        new Case(
            "conv1d depthwise x2",
            true,
            cv,
            conv(l(1), l(1), l(1), l(1), 3),
            l(2, 3, 7),
            l(6, 1, 3),
            l(6)));
    c.add(
        new Case(
            "conv2d depthwise x2 asym",
            true,
            cv,
            conv(l(2, 1), l(1, 0), l(0, 2), l(1, 2), 2),
            l(1, 2, 7, 8),
            l(4, 1, 3, 2)));
    c.add(
        new Case(
            "conv2d depthwise",
            true,
            cv,
            conv(l(1, 1), l(1, 1), l(1, 1), l(1, 1), 3),
            l(2, 3, 5, 5),
            l(3, 1, 3, 3),
            l(3)));
    c.add(
        new Case(
            "conv3d asym",
            true,
            cv,
            conv(l(1, 1, 2), l(0, 1, 1), l(1, 0, 1), l(1, 2, 1), 1),
            l(1, 2, 4, 6, 5),
            l(3, 2, 2, 2, 2),
            l(3)));
    c.add(
        new Case(
            "conv2d groups2 declined",
            false,
            cv,
            conv(l(1, 1), l(0, 0), l(0, 0), l(1, 1), 2),
            l(1, 4, 5, 5),
            l(4, 2, 3, 3)));
    c.add(
        new Case(
            "conv3d depthwise declined",
            false,
            cv,
            conv(l(1, 1, 1), l(0, 0, 0), l(0, 0, 0), l(1, 1, 1), 2),
            l(1, 2, 3, 3, 3),
            l(2, 1, 2, 2, 2)));
    Prim ct = Prim.CONV_TRANSPOSE;
    c.add(
        new Case(
            "conv_transpose1d bias",
            true,
            ct,
            conv(l(2), l(1), l(1), l(1), 1),
            l(2, 3, 5),
            l(3, 4, 3),
            l(4)));
    c.add(
        new Case(
            "conv_transpose2d dilated",
            true,
            ct,
            conv(l(2, 1), l(1, 0), l(1, 0), l(2, 1), 1),
            l(1, 2, 4, 5),
            l(2, 3, 3, 2)));
    c.add(
        new Case(
            "conv_transpose2d outpad bias",
            true,
            ct,
            conv(l(2, 2), l(1, 1), l(0, -1), l(1, 1), 1),
            l(2, 3, 4, 4),
            l(3, 2, 3, 3),
            l(2)));
    c.add(
        new Case(
            "conv_transpose2d asym crop",
            true,
            ct,
            conv(l(1, 2), l(0, 2), l(2, 1), l(1, 1), 1),
            l(1, 2, 5, 4),
            l(2, 3, 3, 4)));
    c.add(
        new Case(
            "conv_transpose3d outpad",
            true,
            ct,
            conv(l(2, 1, 2), l(1, 0, 0), l(0, 0, -1), l(1, 1, 1), 1),
            l(1, 2, 3, 3, 2),
            l(2, 2, 3, 2, 2),
            l(2)));
    c.add(
        new Case(
            "conv_transpose2d groups declined",
            false,
            ct,
            conv(l(1, 1), l(0, 0), l(0, 0), l(1, 1), 2),
            l(1, 4, 3, 3),
            l(4, 1, 2, 2)));
    Prim mp = Prim.MAX_POOL;
    c.add(
        new Case(
            "max1d ceil",
            true,
            mp,
            pool(l(3), l(2), l(1), l(1), l(1), true, false, 0),
            l(2, 3, 10)));
    c.add(
        new Case(
            "max2d direct dilated",
            true,
            mp,
            pool(l(2, 3), l(1, 2), l(1, 1), l(1, 1), l(2, 1), false, false, 0),
            l(2, 2, 7, 8)));
    c.add(
        new Case(
            "max2d asym",
            true,
            mp,
            pool(l(3, 2), l(2, 2), l(1, 0), l(0, 1), l(1, 1), false, false, 0),
            l(1, 2, 7, 6)));
    c.add(
        new Case(
            "max3d ceil pad",
            true,
            mp,
            pool(l(2, 3, 2), l(2, 2, 2), l(1, 1, 0), l(1, 1, 0), l(1, 1, 1), true, false, 0),
            l(1, 2, 5, 6, 5)));
    Prim ap = Prim.AVG_POOL;
    c.add(
        new Case(
            "avg2d direct exclude",
            true,
            ap,
            pool(l(3, 3), l(2, 2), l(1, 1), l(1, 1), l(1, 1), false, false, 0),
            l(2, 2, 7, 8)));
    c.add(
        new Case(
            "avg2d ceil include",
            true,
            ap,
            pool(l(3, 3), l(2, 2), l(1, 1), l(1, 1), l(1, 1), true, true, 0),
            l(1, 2, 8, 7)));
    c.add(
        new Case(
            "avg2d ceil exclude",
            true,
            ap,
            pool(l(3, 3), l(2, 2), l(1, 1), l(1, 1), l(1, 1), true, false, 0),
            l(1, 2, 8, 7)));
    c.add(
        new Case(
            "avg2d asym include",
            true,
            ap,
            pool(l(2, 3), l(1, 2), l(0, 1), l(1, 0), l(1, 1), false, true, 0),
            l(1, 2, 5, 7)));
    c.add(
        new Case(
            "avg2d divisor direct",
            true,
            ap,
            pool(l(2, 2), l(2, 2), l(1, 1), l(1, 1), l(1, 1), false, false, 3),
            l(1, 2, 6, 6)));
    c.add(
        new Case(
            "avg1d divisor ceil",
            true,
            ap,
            pool(l(3), l(2), l(1), l(1), l(1), true, true, 2),
            l(2, 2, 8)));
    c.add(
        new Case(
            "avg3d ceil exclude",
            true,
            ap,
            pool(l(2, 2, 3), l(2, 1, 2), l(1, 0, 1), l(1, 0, 1), l(1, 1, 1), true, false, 0),
            l(1, 2, 5, 4, 6)));
    c.add(new Case("softmax 0", true, Prim.SOFTMAX, new Params.Axis(0), l(3, 4)));
    c.add(new Case("softmax 1d", true, Prim.SOFTMAX, new Params.Axis(0), l(6)));
    c.add(new Case("log_softmax inner", true, Prim.LOG_SOFTMAX, new Params.Axis(1), l(2, 5, 3)));
    c.add(
        new Case(
            "batch_norm 3d weight",
            true,
            Prim.BATCH_NORM,
            new Params.Norm(1, 1, 1e-3, true, false),
            l(2, 3, 4),
            l(3),
            l(3),
            l(3)));
    c.add(
        new Case(
            "batch_norm 5d bias",
            true,
            Prim.BATCH_NORM,
            new Params.Norm(1, 1, 1e-5, false, true),
            l(1, 2, 2, 3, 2),
            l(2),
            l(2),
            l(2)));
    c.add(
        new Case(
            "layer_norm 2 axes affine",
            true,
            Prim.LAYER_NORM,
            new Params.Norm(1, 1, 1e-5, true, true),
            l(3, 4, 5),
            l(4, 5),
            l(4, 5)));
    c.add(
        new Case(
            "layer_norm last bias",
            true,
            Prim.LAYER_NORM,
            new Params.Norm(2, 1, 1e-3, false, true),
            l(2, 3, 6),
            l(6)));
    c.add(
        new Case(
            "layer_norm all plain",
            true,
            Prim.LAYER_NORM,
            new Params.Norm(0, 1, 1e-5, false, false),
            l(4, 3)));
    c.add(
        new Case(
            "group_norm 4d affine",
            true,
            Prim.GROUP_NORM,
            new Params.Norm(1, 2, 1e-5, true, true),
            l(2, 6, 3, 2),
            l(6),
            l(6)));
    c.add(
        new Case(
            "group_norm 2d weight",
            true,
            Prim.GROUP_NORM,
            new Params.Norm(1, 3, 1e-5, true, false),
            l(4, 6),
            l(6)));
    c.add(
        new Case(
            "group_norm 3d instance",
            true,
            Prim.GROUP_NORM,
            new Params.Norm(1, 3, 1e-5, false, false),
            l(2, 3, 7)));
    c.add(new Case("silu", true, Prim.SILU, Params.None.INSTANCE, l(3, 5)));
    c.add(new Case("relu", true, Prim.RELU, Params.None.INSTANCE, l(3, 5)));
    c.add(new Case("clamp", true, Prim.CLAMP, new Params.Bounds(-0.5, 0.25), l(3, 5)));
    c.add(new Case("clamp equal bounds", false, Prim.CLAMP, new Params.Bounds(0.5, 0.5), l(3, 5)));
    c.add(new Case("clamp crossed bounds", false, Prim.CLAMP, new Params.Bounds(1, -1), l(3, 5)));
    c.add(
        new Case(
            "clamp above only",
            true,
            Prim.CLAMP,
            new Params.Bounds(Double.NEGATIVE_INFINITY, 0.25),
            l(3, 5)));
    c.add(new Case("linear 2d", true, Prim.LINEAR, Params.None.INSTANCE, l(4, 6), l(3, 6)));
    c.add(new Case("linear 1d bias", true, Prim.LINEAR, Params.None.INSTANCE, l(6), l(3, 6), l(3)));
    c.add(
        new Case(
            "linear 4d bias",
            true,
            Prim.LINEAR,
            Params.None.INSTANCE,
            l(2, 2, 3, 5),
            l(4, 5),
            l(4)));
    c.add(
        new Case(
            "lstm",
            true,
            Prim.LSTM,
            Params.None.INSTANCE,
            l(4, 3, 2),
            l(1, 3, 5),
            l(1, 3, 5),
            l(1, 20, 2),
            l(1, 20, 5),
            l(1, 20),
            l(1, 20)));
    c.add(
        new Case(
            "lstm bidirectional",
            true,
            Prim.LSTM,
            Params.None.INSTANCE,
            l(3, 2, 4),
            l(2, 2, 3),
            l(2, 2, 3),
            l(2, 12, 4),
            l(2, 12, 3),
            l(2, 12),
            l(2, 12)));
    return c;
  }

  static Stream<Arguments> calls() {
    List<Arguments> r = new ArrayList<>();
    for (Case c : cases()) {
      for (DType dt : List.of(DType.FLOAT32, DType.FLOAT64)) {
        r.add(Arguments.of(c, dt));
      }
    }
    return r.stream();
  }

  private static Array random(Random rnd, long[] shape, DType dt, boolean positive) {
    int n = 1;
    for (long d : shape) {
      n *= (int) d;
    }
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = positive ? 0.5f + rnd.nextFloat() : (float) rnd.nextGaussian();
    }
    return Ivy.astype(Ivy.array(v, shape), dt);
  }

  private static Object[] payloads(Array[] in) {
    Object[] p = new Object[in.length];
    for (int i = 0; i < in.length; i++) {
      p[i] = ArrayInternals.payload(in[i]);
    }
    return p;
  }

  private static Aval[] avals(Array[] in) {
    Aval[] a = new Aval[in.length];
    for (int i = 0; i < in.length; i++) {
      a[i] = in[i].aval();
    }
    return a;
  }

  /** Runs the nd4j kernel of c's primitive directly; null if it declined. */
  private static Array[] runKernel(Backend be, Case c, Array[] in, Array[] ref) {
    Kernel k = be.kernels().get(c.prim());
    Aval[] outs = avals(ref);
    if (Prim.MULTI_OUTPUT.contains(c.prim())) {
      Object[] r = k.applyMulti(c.params(), payloads(in), avals(in), outs);
      if (r == null) {
        return null;
      }
      Array[] a = new Array[r.length];
      for (int i = 0; i < r.length; i++) {
        a[i] = ArrayInternals.wrap(be, outs[i], r[i]);
      }
      return a;
    }
    Object r = k.apply(c.params(), payloads(in), avals(in), outs[0]);
    return r == null ? null : new Array[] {ArrayInternals.wrap(be, outs[0], r)};
  }

  @ParameterizedTest(name = "{0}[{1}]")
  @MethodSource("calls")
  void kernel_runsNativelyOrDeclines_matchesDecomposition(Case c, DType dt) {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Backend be = BackendRegistry.get("nd4j");
      Random rnd = new Random(c.name().hashCode());
      Array[] in = new Array[c.shapes().length];
      for (int i = 0; i < in.length; i++) {
        in[i] = random(rnd, c.shapes()[i], dt, c.prim() == Prim.BATCH_NORM && i == 2);
      }
      Array[] ref = Coarse.decompose(c.prim(), c.params(), in);
      Array[] got = runKernel(be, c, in, ref);
      if (!c.nativeRun()) {
        assertNull(got, c + " should be declined");
        return;
      }
      assertNotNull(got, c + " should run natively");
      double tol = dt == DType.FLOAT32 ? 2e-4 : 1e-9;
      for (int i = 0; i < ref.length; i++) {
        double[] e = ref[i].toDoubleArray();
        double[] a = got[i].toDoubleArray();
        assertEquals(e.length, a.length);
        for (int j = 0; j < e.length; j++) {
          if (Double.isNaN(a[j]) != Double.isNaN(e[j])
              || Math.abs(a[j] - e[j]) > tol * (1 + Math.abs(e[j]))) {
            assertArrayEquals(e, a, tol, c + " output " + i + " at " + j);
          }
        }
      }
    }
  }

  @Test
  void maxPool_nonFiniteInput_declined() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Backend be = BackendRegistry.get("nd4j");
      Case c =
          new Case(
              "max nan",
              false,
              Prim.MAX_POOL,
              pool(l(2), l(2), l(0), l(0), l(1), false, false, 0),
              l(1, 1, 4));
      for (double bad : new double[] {Double.NaN, Double.NEGATIVE_INFINITY}) {
        Array x = Ivy.array(new double[] {1, bad, bad, bad}, 1, 1, 4);
        Array[] in = {x};
        Array[] ref = Coarse.decompose(c.prim(), c.params(), in);
        assertNull(runKernel(be, c, in, ref));
      }
    }
  }

  @Test
  void reluAndClamp_nanAndInfinities_asPyTorch() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Backend be = BackendRegistry.get("nd4j");
      double nan = Double.NaN;
      double inf = Double.POSITIVE_INFINITY;
      for (DType dt : List.of(DType.FLOAT32, DType.FLOAT64)) {
        Array[] x = {
          Ivy.astype(Ivy.array(new double[] {nan, -1, 0.5, 3, -inf, inf, 2, nan}, 8), dt)
        };
        Case relu = new Case("relu nan", true, Prim.RELU, Params.None.INSTANCE, l(8));
        assertArrayEquals(
            new double[] {nan, 0, 0.5, 3, 0, inf, 2, nan},
            runKernel(be, relu, x, x)[0].toDoubleArray(),
            dt.toString());
        Case clamp = new Case("clamp nan", true, Prim.CLAMP, new Params.Bounds(0, 2.5), l(8));
        assertArrayEquals(
            new double[] {nan, 0, 0.5, 2.5, 0, 2.5, 2, nan},
            runKernel(be, clamp, x, x)[0].toDoubleArray(),
            dt.toString());
      }
    }
  }

  @Test
  void kernelTable_nativeCoarseOps_registered() {
    var table = BackendRegistry.get("nd4j").kernels();
    for (Prim p :
        List.of(
            Prim.CONV,
            Prim.CONV_TRANSPOSE,
            Prim.MAX_POOL,
            Prim.AVG_POOL,
            Prim.SOFTMAX,
            Prim.LOG_SOFTMAX,
            Prim.BATCH_NORM,
            Prim.LAYER_NORM,
            Prim.GROUP_NORM,
            Prim.SILU,
            Prim.RELU,
            Prim.CLAMP,
            Prim.LINEAR,
            Prim.LSTM)) {
      assertEquals(true, table.supports(p, DType.FLOAT32), p.toString());
      assertEquals(true, table.supports(p, DType.FLOAT64), p.toString());
      assertEquals(false, table.supports(p, DType.FLOAT16), p.toString());
    }
    for (Prim p : List.of(Prim.GELU, Prim.GRU)) {
      assertEquals(false, table.supports(p, DType.FLOAT32), p.toString());
    }
  }
}
