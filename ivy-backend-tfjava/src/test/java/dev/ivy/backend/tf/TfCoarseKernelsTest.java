package dev.ivy.backend.tf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.backend.Backend;
import dev.ivy.backend.CompiledProgram;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.Program;
import dev.ivy.backend.ProgramCompiler;
import dev.ivy.internal.ArrayInternals;
import dev.ivy.ops.Coarse;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.prim.ShapeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coarse kernels called directly (so a decline shows as null rather than as the decomposition
 * running): every branch of {@link TfCoarse} agrees with the decomposition, and the calls it cannot
 * do are declined.
 */
class TfCoarseKernelsTest {
  private Scope scope;

  record Case(String name, Prim prim, Params params, DType dtype, long[]... shapes) {
    @Override
    public String toString() {
      return name + " " + dtype;
    }
  }

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

  static List<Case> native_() {
    List<Case> c = new ArrayList<>();
    for (DType dt : List.of(DType.FLOAT32, DType.FLOAT64)) {
      c.add(
          new Case(
              "conv1d grouped dilated bias",
              Prim.CONV,
              conv(l(2), l(2), l(1), l(2), 2),
              dt,
              l(2, 4, 11),
              l(6, 2, 3),
              l(6)));
      c.add(
          new Case(
              "conv2d depthwise multiplier",
              Prim.CONV,
              conv(l(2, 2), l(1, 0), l(2, 1), l(1, 1), 3),
              dt,
              l(2, 3, 7, 8),
              l(6, 1, 3, 2),
              l(6)));
      c.add(
          new Case(
              "conv2d depthwise unequal strides",
              Prim.CONV,
              conv(l(1, 2), l(1, 0), l(2, 1), l(1, 1), 3),
              dt,
              l(2, 3, 7, 8),
              l(6, 1, 3, 2)));
      c.add(
          new Case(
              "conv1d depthwise",
              Prim.CONV,
              conv(l(1), l(1), l(1), l(1), 3),
              dt,
              l(2, 3, 7),
              l(3, 1, 3)));
      c.add(
          new Case(
              "conv2d depthwise dilated",
              Prim.CONV,
              conv(l(1, 1), l(2, 2), l(2, 2), l(2, 2), 4),
              dt,
              l(1, 4, 7, 7),
              l(4, 1, 3, 3)));
      c.add(
          new Case(
              "conv3d groups asym pad",
              Prim.CONV,
              conv(l(2, 1, 1), l(1, 0, 2), l(0, 1, 1), l(1, 1, 1), 2),
              dt,
              l(1, 4, 5, 4, 3),
              l(2, 2, 2, 2, 3),
              l(2)));
      c.add(
          new Case(
              "conv_transpose1d outpad bias",
              Prim.CONV_TRANSPOSE,
              conv(l(3), l(1), l(-2), l(1), 1),
              dt,
              l(2, 3, 4),
              l(3, 2, 4),
              l(2)));
      c.add(
          new Case(
              "conv_transpose2d groups3 pad",
              Prim.CONV_TRANSPOSE,
              conv(l(2, 1), l(1, 0), l(0, 1), l(1, 1), 3),
              dt,
              l(2, 6, 3, 4),
              l(6, 2, 3, 3),
              l(6)));
      c.add(
          new Case(
              "conv_transpose3d groups outpad",
              Prim.CONV_TRANSPOSE,
              conv(l(2, 2, 1), l(1, 0, 0), l(-1, 1, 0), l(1, 1, 1), 2),
              dt,
              l(1, 4, 3, 3, 2),
              l(4, 1, 3, 2, 2)));
      c.add(
          new Case(
              "max_pool1d ceil pad",
              Prim.MAX_POOL,
              pool(l(3), l(2), l(1), l(1), l(1), true, false, 0),
              dt,
              l(2, 3, 10)));
      c.add(
          new Case(
              "max_pool2d asym",
              Prim.MAX_POOL,
              pool(l(2, 3), l(2, 1), l(1, 0), l(0, 1), l(1, 1), false, false, 0),
              dt,
              l(1, 2, 7, 6)));
      c.add(
          new Case(
              "avg_pool1d ceil include",
              Prim.AVG_POOL,
              pool(l(3), l(2), l(1), l(1), l(1), true, true, 0),
              dt,
              l(2, 2, 8)));
      c.add(
          new Case(
              "avg_pool2d exclude asym",
              Prim.AVG_POOL,
              pool(l(3, 2), l(2, 2), l(1, 0), l(1, 1), l(1, 1), false, false, 0),
              dt,
              l(1, 2, 7, 7)));
      c.add(
          new Case(
              "avg_pool2d divisor pad",
              Prim.AVG_POOL,
              pool(l(2, 2), l(1, 1), l(1, 1), l(1, 1), l(1, 1), false, false, 3),
              dt,
              l(1, 2, 4, 5)));
      c.add(new Case("softmax 1d", Prim.SOFTMAX, new Params.Axis(0), dt, l(7)));
      c.add(new Case("log_softmax inner", Prim.LOG_SOFTMAX, new Params.Axis(1), dt, l(2, 5, 3)));
      c.add(
          new Case(
              "batch_norm 3d weight only",
              Prim.BATCH_NORM,
              new Params.Norm(1, 1, 1e-5, true, false),
              dt,
              l(2, 3, 4),
              l(3),
              l(3),
              l(3)));
      c.add(
          new Case(
              "batch_norm bias only",
              Prim.BATCH_NORM,
              new Params.Norm(1, 1, 1e-5, false, true),
              dt,
              l(2, 3, 2, 2, 2),
              l(3),
              l(3),
              l(3)));
      c.add(new Case("silu", Prim.SILU, Params.None.INSTANCE, dt, l(3, 4)));
      c.add(new Case("relu", Prim.RELU, Params.None.INSTANCE, dt, l(3, 4)));
      c.add(new Case("clamp", Prim.CLAMP, new Params.Bounds(-0.5, 0.25), dt, l(3, 4)));
      c.add(
          new Case(
              "clamp below only",
              Prim.CLAMP,
              new Params.Bounds(-0.5, Double.POSITIVE_INFINITY),
              dt,
              l(3, 4)));
      c.add(
          new Case(
              "conv2d pointwise bias",
              Prim.CONV,
              conv(l(1, 1), l(0, 0), l(0, 0), l(1, 1), 1),
              dt,
              l(1, 4, 3, 5),
              l(6, 4, 1, 1),
              l(6)));
      c.add(
          new Case(
              "conv2d pointwise strided batch",
              Prim.CONV,
              conv(l(2, 3), l(0, 0), l(0, 0), l(1, 1), 1),
              dt,
              l(2, 4, 5, 7),
              l(3, 4, 1, 1)));
      c.add(
          new Case(
              "conv1d pointwise batch bias",
              Prim.CONV,
              conv(l(1), l(0), l(0), l(2), 1),
              dt,
              l(3, 2, 5),
              l(4, 2, 1),
              l(4)));
      c.add(new Case("linear 4d", Prim.LINEAR, Params.None.INSTANCE, dt, l(2, 1, 3, 5), l(4, 5)));
    }
    for (DType dt : List.of(DType.FLOAT32, DType.BFLOAT16)) {
      c.add(
          new Case(
              "max_pool3d pad ceil",
              Prim.MAX_POOL,
              pool(l(2, 2, 3), l(2, 2, 2), l(1, 0, 1), l(1, 0, 1), l(1, 1, 1), true, false, 0),
              dt,
              l(1, 2, 5, 4, 6)));
      c.add(
          new Case(
              "avg_pool3d exclude ceil",
              Prim.AVG_POOL,
              pool(l(2, 2, 2), l(2, 2, 2), l(1, 1, 0), l(1, 1, 0), l(1, 1, 1), true, false, 0),
              dt,
              l(1, 2, 4, 5, 5)));
    }
    for (DType dt : List.of(DType.INT32, DType.INT64, DType.INT8, DType.INT16, DType.UINT8)) {
      c.add(
          new Case(
              "max_pool2d int pad",
              Prim.MAX_POOL,
              pool(l(3, 3), l(2, 2), l(1, 1), l(1, 1), l(1, 1), false, false, 0),
              dt,
              l(1, 2, 6, 5)));
    }
    c.add(
        new Case(
            "lstm bidirectional",
            Prim.LSTM,
            Params.None.INSTANCE,
            DType.FLOAT32,
            l(3, 2, 4),
            l(2, 2, 3),
            l(2, 2, 3),
            l(2, 12, 4),
            l(2, 12, 3),
            l(2, 12),
            l(2, 12)));
    for (DType dt : List.of(DType.FLOAT16, DType.BFLOAT16)) {
      c.add(
          new Case(
              "conv2d half",
              Prim.CONV,
              conv(l(1, 1), l(1, 1), l(1, 1), l(1, 1), 1),
              dt,
              l(1, 2, 5, 5),
              l(3, 2, 3, 3)));
      c.add(new Case("softmax half", Prim.SOFTMAX, new Params.Axis(1), dt, l(2, 5)));
    }
    return c;
  }

  /**
   * Calls TensorFlow's CPU kernels cannot do directly: dilation, dtypes of 3-d pooling, empties.
   */
  static List<Case> workarounds() {
    List<Case> c = new ArrayList<>();
    for (DType dt : List.of(DType.FLOAT32, DType.FLOAT64)) {
      c.add(
          new Case(
              "conv3d dilated strided groups",
              Prim.CONV,
              conv(l(1, 2, 1), l(1, 0, 2), l(0, 1, 1), l(1, 2, 3), 2),
              dt,
              l(2, 4, 5, 9, 8),
              l(4, 2, 2, 3, 2),
              l(4)));
      c.add(
          new Case(
              "conv_transpose1d dilated strided outpad",
              Prim.CONV_TRANSPOSE,
              conv(l(3), l(2), l(-2), l(2), 1),
              dt,
              l(2, 3, 5),
              l(3, 2, 3),
              l(2)));
      c.add(
          new Case(
              "conv_transpose2d dilated groups pad",
              Prim.CONV_TRANSPOSE,
              conv(l(1, 2), l(1, 0), l(1, 0), l(2, 1), 2),
              dt,
              l(2, 4, 5, 4),
              l(4, 3, 3, 2)));
      c.add(
          new Case(
              "conv_transpose3d dilated",
              Prim.CONV_TRANSPOSE,
              conv(l(2, 1, 1), l(0, 1, 0), l(0, 0, -1), l(1, 2, 3), 1),
              dt,
              l(1, 2, 3, 4, 3),
              l(2, 3, 2, 2, 2)));
      c.add(
          new Case(
              "max_pool1d dilated",
              Prim.MAX_POOL,
              pool(l(3), l(2), l(1), l(1), l(2), true, false, 0),
              dt,
              l(2, 3, 11)));
      c.add(
          new Case(
              "max_pool2d dilated",
              Prim.MAX_POOL,
              pool(l(2, 3), l(1, 2), l(1, 1), l(1, 1), l(2, 1), false, false, 0),
              dt,
              l(2, 2, 7, 8)));
      c.add(
          new Case(
              "conv2d empty batch bias",
              Prim.CONV,
              conv(l(1, 1), l(1, 1), l(1, 1), l(1, 1), 1),
              dt,
              l(0, 2, 4, 4),
              l(3, 2, 3, 3),
              l(3)));
      c.add(
          new Case(
              "conv1d no channels bias",
              Prim.CONV,
              conv(l(1), l(0), l(0), l(1), 1),
              dt,
              l(2, 0, 5),
              l(3, 0, 2),
              l(3)));
      c.add(
          new Case(
              "conv_transpose2d empty batch",
              Prim.CONV_TRANSPOSE,
              conv(l(2, 2), l(0, 0), l(0, 0), l(1, 1), 1),
              dt,
              l(0, 2, 3, 3),
              l(2, 3, 2, 2),
              l(3)));
      c.add(
          new Case("linear empty", Prim.LINEAR, Params.None.INSTANCE, dt, l(0, 3), l(2, 3), l(2)));
      c.add(
          new Case(
              "max_pool2d empty batch",
              Prim.MAX_POOL,
              pool(l(2, 2), l(2, 2), l(0, 0), l(0, 0), l(1, 1), false, false, 0),
              dt,
              l(0, 2, 4, 4)));
    }
    for (DType dt : List.of(DType.FLOAT64, DType.FLOAT16, DType.INT32, DType.UINT8)) {
      c.add(
          new Case(
              "max_pool3d separable dilated",
              Prim.MAX_POOL,
              pool(l(2, 2, 3), l(2, 1, 2), l(1, 0, 1), l(1, 0, 1), l(1, 2, 1), true, false, 0),
              dt,
              l(1, 2, 5, 6, 7)));
    }
    for (DType dt : List.of(DType.FLOAT64, DType.FLOAT16)) {
      c.add(
          new Case(
              "avg_pool3d separable exclude ceil",
              Prim.AVG_POOL,
              pool(l(2, 3, 2), l(2, 2, 1), l(1, 1, 0), l(1, 1, 0), l(1, 1, 1), true, false, 0),
              dt,
              l(2, 2, 5, 6, 4)));
    }
    return c;
  }

  static List<Case> declined() {
    return List.of(
        new Case(
            "lstm empty batch",
            Prim.LSTM,
            Params.None.INSTANCE,
            DType.FLOAT32,
            l(3, 0, 4),
            l(1, 0, 3),
            l(1, 0, 3),
            l(1, 12, 4),
            l(1, 12, 3),
            l(1, 12),
            l(1, 12)));
  }

  private static Array random(Random rnd, long[] shape, DType dt, boolean positive) {
    int n = 1;
    for (long d : shape) {
      n *= (int) d;
    }
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] =
          dt.isInteger()
              ? rnd.nextInt(dt == DType.UINT8 ? 200 : 100) - (dt == DType.UINT8 ? 0 : 50)
              : positive ? 0.5f + rnd.nextFloat() : (float) rnd.nextGaussian();
    }
    return Ivy.astype(Ivy.array(v, shape), dt);
  }

  private static Array[] inputs(Case c) {
    Random rnd = new Random(c.name().hashCode());
    Array[] in = new Array[c.shapes().length];
    for (int i = 0; i < in.length; i++) {
      in[i] = random(rnd, c.shapes()[i], c.dtype(), c.prim() == Prim.BATCH_NORM && i == 2);
    }
    return in;
  }

  /** Runs the kernel itself; null where it declines. */
  private static Array[] kernel(Case c, Array[] in) {
    Backend b = Ivy.currentBackend();
    assertTrue(b.kernels().supports(c.prim(), c.dtype()), "registered dtype");
    Kernel k = b.kernels().get(c.prim());
    Object[] payloads = new Object[in.length];
    Aval[] avals = new Aval[in.length];
    for (int i = 0; i < in.length; i++) {
      payloads[i] = ArrayInternals.payload(in[i]);
      avals[i] = in[i].aval();
    }
    if (Prim.MULTI_OUTPUT.contains(c.prim())) {
      Aval[] outs = ShapeRules.evalMulti(c.prim(), c.params(), avals);
      Object[] r = k.applyMulti(c.params(), payloads, avals, outs);
      if (r == null) {
        return null;
      }
      Array[] a = new Array[r.length];
      for (int i = 0; i < r.length; i++) {
        a[i] = ArrayInternals.wrap(b, outs[i], r[i]);
      }
      return a;
    }
    Aval out = ShapeRules.eval(c.prim(), c.params(), avals);
    Object r = k.apply(c.params(), payloads, avals, out);
    return r == null ? null : new Array[] {ArrayInternals.wrap(b, out, r)};
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"native_", "workarounds"})
  void kernel_nativeCall_matchesDecomposition(Case c) {
    Array[] in = inputs(c);
    Array[] got = kernel(c, in);
    assertNotNull(got, "declined");
    Array[] ref = Coarse.decompose(c.prim(), c.params(), in);
    assertEquals(ref.length, got.length);
    double tol =
        switch (c.dtype()) {
          case FLOAT64 -> 1e-9;
          case FLOAT32 -> 2e-4;
          case FLOAT16 -> 2e-2;
          case BFLOAT16 -> 5e-2;
          default -> 0;
        };
    for (int i = 0; i < ref.length; i++) {
      assertEquals(ref[i].aval(), got[i].aval(), "output " + i);
      double[] e = ref[i].toDoubleArray();
      double[] a = got[i].toDoubleArray();
      for (int j = 0; j < e.length; j++) {
        if (Double.isNaN(a[j]) != Double.isNaN(e[j])
            || Math.abs(a[j] - e[j]) > tol * (1 + Math.abs(e[j]))) {
          assertArrayEquals(e, a, tol, c + " output " + i + " at " + j);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"native_", "workarounds"})
  void compiledGraph_coarseInstruction_matchesKernel(Case c) {
    Backend b = Ivy.currentBackend();
    ProgramCompiler compiler = b.compiler().orElseThrow();
    assertTrue(compiler.supports(c.prim()));
    Array[] in = inputs(c);
    Array[] eager = kernel(c, in);
    Object[] payloads = new Object[in.length];
    Aval[] avals = new Aval[in.length];
    List<Program.Input> inputs = new ArrayList<>();
    int[] ids = new int[in.length];
    for (int i = 0; i < in.length; i++) {
      payloads[i] = ArrayInternals.payload(in[i]);
      avals[i] = in[i].aval();
      ids[i] = i;
      inputs.add(new Program.Input(i, avals[i]));
    }
    Aval[] outs =
        Prim.MULTI_OUTPUT.contains(c.prim())
            ? ShapeRules.evalMulti(c.prim(), c.params(), avals)
            : new Aval[] {ShapeRules.eval(c.prim(), c.params(), avals)};
    int[] outIds = new int[outs.length];
    List<Integer> outputs = new ArrayList<>();
    for (int i = 0; i < outs.length; i++) {
      outIds[i] = in.length + i;
      outputs.add(outIds[i]);
    }
    Program program =
        new Program(
            inputs,
            List.of(),
            List.of(new Program.Instruction(c.prim(), c.params(), ids, avals, outIds, outs)),
            outputs);
    try (CompiledProgram cp = compiler.compile(program).orElseThrow()) {
      Object[] r = cp.run(payloads);
      assertEquals(outs.length, r.length);
      // the same ops as the eager kernel (Grappler is off): equal up to threading
      double tol = c.dtype().isInteger() ? 0 : c.dtype() == DType.FLOAT64 ? 1e-12 : 1e-6;
      for (int i = 0; i < r.length; i++) {
        Array got = ArrayInternals.wrap(b, outs[i], r[i]);
        assertArrayEquals(eager[i].toDoubleArray(), got.toDoubleArray(), tol, c + " output " + i);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declined")
  void kernel_unsupportedParams_declines(Case c) {
    assertNull(kernel(c, inputs(c)));
  }

  @Test
  void lstm_float64_runsDecomposition() {
    assertFalse(Ivy.currentBackend().kernels().supports(Prim.LSTM, DType.FLOAT64));
  }

  @Test
  void maxPool_nanInWindow_propagates() {
    double nan = Double.NaN;
    Array x = TfTesting.arr(DType.FLOAT32, new double[] {nan, 1, 2, 3, 4, 5, 6, nan}, 1, 1, 8);
    Params.Pool p = pool(l(2), l(2), l(0), l(0), l(1), false, false, 0);
    Array[] got =
        kernel(new Case("nan", Prim.MAX_POOL, p, DType.FLOAT32, l(1, 1, 8)), new Array[] {x});
    assertArrayEquals(new double[] {nan, 3, 5, nan}, got[0].toDoubleArray());
  }

  @Test
  void reluAndClamp_nan_propagates() {
    double nan = Double.NaN;
    Array x = TfTesting.arr(DType.FLOAT32, new double[] {nan, -1, 0.5, 3, nan, -7, 2, 9}, 8);
    Array[] relu =
        kernel(
            new Case("nan", Prim.RELU, Params.None.INSTANCE, DType.FLOAT32, l(8)), new Array[] {x});
    assertArrayEquals(new double[] {nan, 0, 0.5, 3, nan, 0, 2, 9}, relu[0].toDoubleArray());
    Params.Bounds b = new Params.Bounds(0, 2.5);
    Array[] clamp = kernel(new Case("nan", Prim.CLAMP, b, DType.FLOAT32, l(8)), new Array[] {x});
    assertArrayEquals(new double[] {nan, 0, 0.5, 2.5, nan, 0, 2, 2.5}, clamp[0].toDoubleArray());
  }

  @Test
  void conv_sameFilterAgain_reusesItsLayoutUntilFreed() {
    Case c =
        new Case(
            "conv2d reused filter",
            Prim.CONV,
            conv(l(1, 1), l(1, 1), l(1, 1), l(1, 1), 1),
            DType.FLOAT32,
            l(1, 3, 5, 5),
            l(4, 3, 3, 3));
    TfLayoutCache cache = ((TfBackend) Ivy.currentBackend()).layouts();
    int before = cache.size();
    double[] ref;
    try (Scope s = Ivy.scope()) {
      Array[] in = inputs(c);
      ref = Coarse.decompose(c.prim(), c.params(), in)[0].toDoubleArray();
      for (int i = 0; i < 3; i++) {
        // first call: computed and dropped; second: computed and kept; third: the kept layout
        assertArrayEquals(ref, kernel(c, in)[0].toDoubleArray(), 1e-4, "call " + i);
      }
      assertEquals(before + 1, cache.size(), "one filter remembered");
    }
    assertEquals(before, cache.size(), "freed with its filter");
  }
}
