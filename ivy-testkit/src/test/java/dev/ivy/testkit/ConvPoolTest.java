package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.RegisteredFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Convolution, pooling and resizing (issue 3) on every backend, in float32 and float64: values
 * worked out by hand from the definitions, identities (identity kernels, the transposed convolution
 * as the adjoint of the convolution), output sizes of SAME padding and ceil_mode, the PyTorch and
 * TensorFlow reference cases of these functions mapped onto the ivy names, and bad input.
 */
class ConvPoolTest {

  static Stream<Arguments> backendsAndDtypes() {
    List<Arguments> r = new ArrayList<>();
    for (String b : Backends.underTest()) {
      r.add(Arguments.of(b, DType.FLOAT32));
      r.add(Arguments.of(b, DType.FLOAT64));
    }
    return r.stream();
  }

  // ------------------------------------------------------------------ helpers

  private static Array call(String fn, List<?> args, Map<String, ?> kwargs) {
    RegisteredFunction f = FunctionRegistry.find("ivy", fn);
    assertTrue(f != null, "ivy." + fn + " should be registered");
    return (Array) f.call(args, kwargs);
  }

  private static Map<String, Object> kw(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Array arr(DType dt, double[] data, long... shape) {
    return Ivy.array(data, dt, shape);
  }

  private static double[] range(int from, int to) {
    double[] r = new double[to - from];
    for (int i = 0; i < r.length; i++) {
      r[i] = from + i;
    }
    return r;
  }

  private static double[] fill(int n, double v) {
    double[] r = new double[n];
    Arrays.fill(r, v);
    return r;
  }

  private static void assertArray(Array a, DType dt, long[] shape, double... want) {
    assertEquals(dt, a.dtype(), "dtype");
    assertEquals(Shape.of(shape), a.shape(), "shape");
    double[] got = a.toDoubleArray();
    double tol = dt == DType.FLOAT32 ? 1e-5 : 1e-12;
    assertEquals(want.length, got.length, "size");
    for (int i = 0; i < want.length; i++) {
      assertEquals(
          want[i],
          got[i],
          tol * Math.max(1, Math.abs(want[i])),
          "element " + i + " of " + Arrays.toString(got));
    }
  }

  private static void assertShape(Array a, long... shape) {
    assertEquals(Shape.of(shape), a.shape(), "shape");
  }

  private static void assertMessage(IvyArgumentException e, String... fragments) {
    for (String f : fragments) {
      assertTrue(
          e.getMessage().contains(f), "message should contain '" + f + "': " + e.getMessage());
    }
  }

  private static double sumOfProducts(Array a, Array b) {
    double[] x = a.toDoubleArray();
    double[] y = b.toDoubleArray();
    assertEquals(x.length, y.length);
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  private static double[] pseudoRandom(int n, long seed) {
    java.util.Random r = new java.util.Random(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = Math.round((r.nextDouble() * 4 - 2) * 100) / 100.0;
    }
    return v;
  }

  // ------------------------------------------------------------------ convolution

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void conv2d_onesWithOnesKernel_countsTheWindow(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, fill(16, 1), 1, 4, 4, 1);
      Array w = arr(dt, fill(9, 1), 3, 3, 1, 1);
      Array valid = call("conv2d", List.of(x, w, 1L, "VALID"), Map.of());
      assertArray(valid, dt, new long[] {1, 2, 2, 1}, 9, 9, 9, 9);
      Array same = call("conv2d", List.of(x, w, 1L, "SAME"), Map.of());
      assertArray(
          same, dt, new long[] {1, 4, 4, 1}, 4, 6, 6, 4, 6, 9, 9, 6, 6, 9, 9, 6, 4, 6, 6, 4);
    }
  }

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void conv2d_handComputed_matchesInBothLayouts(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // x = [[1,2,3],[4,5,6],[7,8,9]], kernel [[1,2],[3,4]] (cross-correlation, as every framework)
      double[] want = {37, 47, 67, 77};
      Array xl = arr(dt, range(1, 10), 1, 3, 3, 1);
      Array wl = arr(dt, new double[] {1, 2, 3, 4}, 2, 2, 1, 1);
      assertArray(
          call("conv2d", List.of(xl, wl, 1L, "VALID"), Map.of()),
          dt,
          new long[] {1, 2, 2, 1},
          want);
      Array xf = arr(dt, range(1, 10), 1, 1, 3, 3);
      Array wf = arr(dt, new double[] {1, 2, 3, 4}, 1, 1, 2, 2);
      Array r =
          call(
              "conv2d",
              List.of(xf, wf, 1L, 0L),
              kw("data_format", "NCHW", "filter_format", "channel_first"));
      assertArray(r, dt, new long[] {1, 1, 2, 2}, want);
      // explicit (low, high) pairs: one zero row on top only
      Array p =
          call("conv2d", List.of(xl, wl, 1L, List.of(List.of(1L, 0L), List.of(0L, 0L))), Map.of());
      assertArray(
          p, dt, new long[] {1, 3, 2, 1}, 3 + 8, 6 + 12, want[0], want[1], want[2], want[3]);
    }
  }

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void conv2d_identityKernelWithSamePadding_returnsInput(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      double[] xs = pseudoRandom(2 * 5 * 4 * 3, 7);
      Array x = arr(dt, xs, 2, 5, 4, 3);
      double[] w = new double[3 * 3 * 3 * 3];
      for (int c = 0; c < 3; c++) {
        w[((1 * 3 + 1) * 3 + c) * 3 + c] = 1; // [kh=1, kw=1, in=c, out=c]
      }
      Array r = call("conv2d", List.of(x, arr(dt, w, 3, 3, 3, 3), 1L, "SAME"), Map.of());
      assertArray(r, dt, new long[] {2, 5, 4, 3}, xs);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void conv_samePadding_givesCeilOfSizeOverStride(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array w = Ivy.ones(3, 3, 1, 2);
      for (long n : new long[] {5, 6, 7}) {
        Array x = Ivy.ones(1, n, n, 1);
        long want = (n + 1) / 2;
        assertShape(call("conv2d", List.of(x, w, 2L, "SAME"), Map.of()), 1, want, want, 2);
        assertShape(
            call("conv2d", List.of(x, w, 2L, "VALID"), Map.of()),
            1,
            (n - 3) / 2 + 1,
            (n - 3) / 2 + 1,
            2);
      }
      // 1-d, stride 3, dilation 2: SAME still gives ceil(10 / 3) = 4
      Array r =
          call(
              "conv1d",
              List.of(Ivy.ones(1, 10, 1), Ivy.ones(3, 1, 1), 3L, "SAME"),
              kw("dilations", 2L));
      assertShape(r, 1, 4, 1);
    }
  }

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void conv1d_dilationGroupsAndBias_followTheDefinition(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // y[i] = x[i] + x[i + 3]
      Array x = arr(dt, range(1, 8), 1, 7, 1);
      Array r =
          call(
              "conv1d",
              List.of(x, arr(dt, new double[] {1, 1}, 2, 1, 1), 1L, "VALID"),
              kw("dilations", 3L));
      assertArray(r, dt, new long[] {1, 4, 1}, 5, 7, 9, 11);
      // two groups of one channel, channel-first: channel 0 times 2, channel 1 times 3, plus bias
      Array xg = arr(dt, new double[] {1, 2, 3, 10, 20, 30}, 1, 2, 3);
      Array wg = arr(dt, new double[] {2, 3}, 2, 1, 1);
      Array g =
          call(
              "conv1d",
              List.of(xg, wg, 1L, "VALID"),
              kw(
                  "data_format",
                  "NCW",
                  "filter_format",
                  "channel_first",
                  "feature_group_count",
                  2L,
                  "bias",
                  arr(dt, new double[] {1, -1}, 2)));
      assertArray(g, dt, new long[] {1, 2, 3}, 3, 5, 7, 29, 59, 89);
      // stride 2 with the TensorFlow form [1, s, 1]
      Array st =
          call(
              "conv1d",
              List.of(x, arr(dt, new double[] {1}, 1, 1, 1), List.of(1L, 2L, 1L), "VALID"),
              Map.of());
      assertArray(st, dt, new long[] {1, 4, 1}, 1, 3, 5, 7);
    }
  }

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void conv3d_onesKernel_sumsTheCube(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, range(0, 27), 1, 3, 3, 3, 1);
      Array w = arr(dt, fill(8, 1), 2, 2, 2, 1, 1);
      Array r = call("conv3d", List.of(x, w, 1L, "VALID"), Map.of());
      // window at (d, h, w) sums x[d..d+1][h..h+1][w..w+1]: 8 * (first) + 4 * (9 + 3 + 1)
      double[] want = new double[8];
      int k = 0;
      for (int d = 0; d < 2; d++) {
        for (int h = 0; h < 2; h++) {
          for (int c = 0; c < 2; c++) {
            want[k++] = 8 * (9 * d + 3 * h + c) + 4 * 13;
          }
        }
      }
      assertArray(r, dt, new long[] {1, 2, 2, 2, 1}, want);
    }
  }

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void convTranspose1d_handComputed_forEachPadding(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, new double[] {1, 2, 3}, 1, 3, 1);
      Array w = arr(dt, new double[] {1, 1, 1}, 3, 1, 1);
      // each x[i] adds itself at 2i, 2i+1, 2i+2: full result [1, 1, 3, 2, 5, 3, 3]
      assertArray(
          call("conv1d_transpose", List.of(x, w, 2L, "VALID"), Map.of()),
          dt,
          new long[] {1, 7, 1},
          1,
          1,
          3,
          2,
          5,
          3,
          3);
      assertArray(
          call("conv1d_transpose", List.of(x, w, 2L, "SAME"), Map.of()),
          dt,
          new long[] {1, 6, 1},
          1,
          1,
          3,
          2,
          5,
          3);
      assertArray(
          call("conv1d_transpose", List.of(x, w, 2L, 1L), Map.of()),
          dt,
          new long[] {1, 5, 1},
          1,
          3,
          2,
          5,
          3);
      assertArray(
          call("conv1d_transpose", List.of(x, w, 2L, 1L), kw("output_padding", 1L)),
          dt,
          new long[] {1, 6, 1},
          1,
          3,
          2,
          5,
          3,
          3);
      assertArray(
          call("conv1d_transpose", List.of(x, w, 2L, "VALID"), kw("output_shape", List.of(8L))),
          dt,
          new long[] {1, 8, 1},
          1,
          1,
          3,
          2,
          5,
          3,
          3,
          0);
      // out/in channels: filters [fw, out=2, in=1] with weights 1 and -1
      Array w2 = arr(dt, new double[] {1, -1}, 1, 2, 1);
      assertArray(
          call("conv1d_transpose", List.of(x, w2, 1L, "VALID"), Map.of()),
          dt,
          new long[] {1, 3, 2},
          1,
          -1,
          2,
          -2,
          3,
          -3);
    }
  }

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void convTranspose2d_isTheAdjointOfConv2d(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // <conv(x), y> = <x, conv_transpose(y)> with groups, stride, dilation and padding
      Array x = arr(dt, pseudoRandom(4 * 7 * 7, 1), 1, 4, 7, 7);
      Array w = arr(dt, pseudoRandom(6 * 2 * 3 * 3, 2), 6, 2, 3, 3);
      Map<String, Object> opts =
          kw(
              "data_format",
              "NCHW",
              "filter_format",
              "channel_first",
              "feature_group_count",
              2L,
              "dilations",
              2L);
      Array cx = call("conv2d", List.of(x, w, 2L, 1L), opts);
      assertShape(cx, 1, 6, 3, 3);
      Array y = arr(dt, pseudoRandom(6 * 3 * 3, 3), 1, 6, 3, 3);
      Array ty = call("conv2d_transpose", List.of(y, w, 2L, 1L), opts);
      assertShape(ty, 1, 4, 7, 7);
      double lhs = sumOfProducts(cx, y);
      double rhs = sumOfProducts(x, ty);
      assertEquals(lhs, rhs, (dt == DType.FLOAT32 ? 1e-4 : 1e-10) * Math.max(1, Math.abs(lhs)));
      // channel-last layouts give the same numbers
      Array xl = Ivy.permuteDims(x, 0, 2, 3, 1);
      Array wl = Ivy.permuteDims(w, 2, 3, 1, 0); // [out, in/g, kh, kw] -> [kh, kw, in/g, out]
      Array cl =
          call("conv2d", List.of(xl, wl, 2L, 1L), kw("feature_group_count", 2L, "dilations", 2L));
      assertArray(cl, dt, new long[] {1, 3, 3, 6}, Ivy.permuteDims(cx, 0, 2, 3, 1).toDoubleArray());
      Array yl = Ivy.permuteDims(y, 0, 2, 3, 1);
      Array wt = Ivy.permuteDims(w, 2, 3, 1, 0); // [in, out/g, kh, kw] -> [kh, kw, out/g, in]
      Array tl =
          call(
              "conv2d_transpose",
              List.of(yl, wt, 2L, 1L),
              kw("feature_group_count", 2L, "dilations", 2L));
      assertArray(tl, dt, new long[] {1, 7, 7, 4}, Ivy.permuteDims(ty, 0, 2, 3, 1).toDoubleArray());
    }
  }

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void conv_inputDilationUnbatchedAndTransposeShapes(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // x_dilations 2 makes [1, 0, 2, 0, 3]; pairs summed: [1, 2, 2, 3]
      Array x = arr(dt, new double[] {1, 2, 3}, 1, 3, 1);
      Array w = arr(dt, new double[] {1, 1}, 2, 1, 1);
      assertArray(
          call("conv1d", List.of(x, w, 1L, "VALID"), kw("x_dilations", 2L)),
          dt,
          new long[] {1, 4, 1},
          1,
          2,
          2,
          3);
      // one unbatched example [W, C]
      assertArray(
          call("conv1d", List.of(arr(dt, new double[] {1, 2, 3}, 3, 1), w, 1L, "VALID"), Map.of()),
          dt,
          new long[] {2, 1},
          3,
          5);
      // SAME transposed convolutions multiply the spatial size by the stride
      Array x3 = arr(dt, fill(18, 1), 1, 2, 3, 3, 1);
      Array w3 = arr(dt, fill(27 * 4, 1), 3, 3, 3, 4, 1);
      assertShape(call("conv3d_transpose", List.of(x3, w3, 2L, "SAME"), Map.of()), 1, 4, 6, 6, 4);
      assertShape(call("conv3d_transpose", List.of(x3, w3, 1L, "VALID"), Map.of()), 1, 4, 5, 5, 4);
      Array g =
          call(
              "conv_general_transpose",
              List.of(arr(dt, fill(8, 1), 1, 2, 2, 2), arr(dt, fill(8, 1), 2, 2, 1, 2), 2L, "SAME"),
              kw("feature_group_count", 2L));
      assertArray(g, dt, new long[] {1, 4, 4, 2}, fill(32, 1));
    }
  }

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void depthwiseConv2d_convolvesEachChannelAlone(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // channel 0 = 1, channel 1 = 10 everywhere; 2x2 kernels of ones and of twos
      double[] xs = new double[3 * 3 * 2];
      for (int i = 0; i < 9; i++) {
        xs[2 * i] = 1;
        xs[2 * i + 1] = 10;
      }
      double[] ws = new double[2 * 2 * 2];
      for (int i = 0; i < 4; i++) {
        ws[2 * i] = 1;
        ws[2 * i + 1] = 2;
      }
      Array r =
          call(
              "depthwise_conv2d",
              List.of(arr(dt, xs, 1, 3, 3, 2), arr(dt, ws, 2, 2, 2), 1L, "VALID"),
              Map.of());
      assertArray(r, dt, new long[] {1, 2, 2, 2}, 4, 80, 4, 80, 4, 80, 4, 80);
    }
  }

  // ------------------------------------------------------------------ pooling

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void maxAndAvgPool2d_handComputed(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, range(0, 16), 1, 4, 4, 1);
      assertArray(
          call("max_pool2d", List.of(x, 2L, 2L, "VALID"), Map.of()),
          dt,
          new long[] {1, 2, 2, 1},
          5,
          7,
          13,
          15);
      assertArray(
          call("avg_pool2d", List.of(x, 2L, 2L, "VALID"), Map.of()),
          dt,
          new long[] {1, 2, 2, 1},
          2.5,
          4.5,
          10.5,
          12.5);
      // stride 1, 3x3 windows, channel-first
      Array xf = arr(dt, range(0, 16), 1, 1, 4, 4);
      assertArray(
          call("max_pool2d", List.of(xf, List.of(3L, 3L), 1L, 0L), kw("data_format", "NCHW")),
          dt,
          new long[] {1, 1, 2, 2},
          10,
          11,
          14,
          15);
      // 3d
      Array x3 = arr(dt, range(0, 8), 1, 2, 2, 2, 1);
      assertArray(
          call("max_pool3d", List.of(x3, 2L, 2L, "VALID"), Map.of()),
          dt,
          new long[] {1, 1, 1, 1, 1},
          7);
      assertArray(
          call("avg_pool3d", List.of(x3, 2L, 2L, "VALID"), Map.of()),
          dt,
          new long[] {1, 1, 1, 1, 1},
          3.5);
    }
  }

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void maxPool_padsWithMinusInfinityAndHonoursDilation(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array neg = arr(dt, new double[] {-1, -2, -3}, 1, 1, 3);
      assertArray(
          call("max_pool1d", List.of(neg, 3L, 1L, 1L), kw("data_format", "NCW")),
          dt,
          new long[] {1, 1, 3},
          -1,
          -1,
          -2);
      // windows {0, 2}, {1, 3}, {2, 4}, {3, 5}
      Array x = arr(dt, new double[] {1, 5, 2, 4, 3, 0}, 1, 6, 1);
      assertArray(
          call("max_pool1d", List.of(x, 2L, 1L, "VALID"), kw("dilation", 2L)),
          dt,
          new long[] {1, 4, 1},
          2,
          5,
          3,
          4);
      Array nan = arr(dt, new double[] {1, Double.NaN, 3, 4}, 1, 4, 1);
      double[] got = call("max_pool1d", List.of(nan, 2L, 2L, "VALID"), Map.of()).toDoubleArray();
      assertTrue(Double.isNaN(got[0]), "NaN propagates: " + Arrays.toString(got));
      assertEquals(4, got[1]);
    }
  }

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void avgPool_countIncludePadAndDivisorOverride(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, fill(9, 1), 1, 1, 3, 3);
      Map<String, Object> cf = kw("data_format", "NCHW");
      assertArray(
          call("avg_pool2d", List.of(x, 3L, 1L, 1L), cf),
          dt,
          new long[] {1, 1, 3, 3},
          1,
          1,
          1,
          1,
          1,
          1,
          1,
          1,
          1);
      double c = 4.0 / 9;
      double e = 6.0 / 9;
      assertArray(
          call(
              "avg_pool2d",
              List.of(x, 3L, 1L, 1L),
              kw("data_format", "NCHW", "count_include_pad", true)),
          dt,
          new long[] {1, 1, 3, 3},
          c,
          e,
          c,
          e,
          1,
          e,
          c,
          e,
          c);
      assertArray(
          call(
              "avg_pool2d",
              List.of(x, 3L, 1L, 1L),
              kw("data_format", "NCHW", "divisor_override", 2L)),
          dt,
          new long[] {1, 1, 3, 3},
          2,
          3,
          2,
          3,
          4.5,
          3,
          2,
          3,
          2);
      // TensorFlow SAME averages only the elements inside: all ones stay ones
      assertArray(
          call("avg_pool2d", List.of(Ivy.permuteDims(x, 0, 2, 3, 1), 2L, 2L, "SAME"), Map.of()),
          dt,
          new long[] {1, 2, 2, 1},
          1,
          1,
          1,
          1);
    }
  }

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void pool_ceilMode_addsAWindowOnlyIfItStartsInside(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Map<String, Object> ceil = kw("data_format", "NCW", "ceil_mode", true);
      Array x = arr(dt, range(1, 6), 1, 1, 5);
      // floor: 2 windows; ceil: a third one, clipped to [4, 5)
      assertShape(call("max_pool1d", List.of(x, 2L, 2L, 0L), kw("data_format", "NCW")), 1, 1, 2);
      assertArray(
          call("max_pool1d", List.of(x, 2L, 2L, 0L), ceil), dt, new long[] {1, 1, 3}, 2, 4, 5);
      assertArray(
          call("avg_pool1d", List.of(x, 2L, 2L, 0L), ceil), dt, new long[] {1, 1, 3}, 1.5, 3.5, 5);
      Map<String, Object> ceilInc =
          kw("data_format", "NCW", "ceil_mode", true, "count_include_pad", true);
      assertArray(
          call("avg_pool1d", List.of(x, 2L, 2L, 0L), ceilInc),
          dt,
          new long[] {1, 1, 3},
          1.5,
          3.5,
          5);
      // n=5, k=2, s=2, padding 1: ceil((5 + 2 - 2) / 2) + 1 = 4, but the 4th window would start
      // at 6 >= 5 + 1, past the input and its left padding, so PyTorch keeps 3
      assertArray(
          call("max_pool1d", List.of(x, 2L, 2L, 1L), ceil), dt, new long[] {1, 1, 3}, 1, 3, 5);
      // n=4, k=2, s=2, padding 1: 3 windows either way
      Array x4 = arr(dt, range(1, 5), 1, 1, 4);
      assertArray(
          call("max_pool1d", List.of(x4, 2L, 2L, 1L), ceil), dt, new long[] {1, 1, 3}, 1, 3, 4);
      // 2-d: 5x5 with 2x2 windows, stride 2: 2x2 floor, 3x3 ceil
      Array x5 = arr(dt, range(0, 25), 1, 1, 5, 5);
      assertShape(
          call("avg_pool2d", List.of(x5, 2L, 2L, 0L), kw("data_format", "NCHW")), 1, 1, 2, 2);
      assertArray(
          call("max_pool2d", List.of(x5, 2L, 2L, 0L), kw("data_format", "NCHW", "ceil_mode", true)),
          dt,
          new long[] {1, 1, 3, 3},
          6,
          8,
          9,
          16,
          18,
          19,
          21,
          23,
          24);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void pool_dtypes_maxKeepsIntegersAvgGivesFloat64(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new long[] {1, 2, 3, 4}, DType.INT32, 1, 4, 1);
      Array m = call("max_pool1d", List.of(x, 2L, 2L, "VALID"), Map.of());
      assertEquals(DType.INT32, m.dtype());
      assertArrayEquals(new long[] {2, 4}, m.toLongArray());
      Array a = call("avg_pool1d", List.of(x, 2L, 2L, "VALID"), Map.of());
      assertArray(a, DType.FLOAT64, new long[] {1, 2, 1}, 1.5, 3.5);
      Array mp = call("max_pool1d", List.of(x, 3L, 1L, 1L), Map.of());
      assertArrayEquals(new long[] {2, 3, 4, 4}, mp.toLongArray());
    }
  }

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void adaptivePools_useFloorAndCeilWindows(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // windows [0, 2), [1, 4), [3, 5) of [1, 2, 3, 4, 5]
      Array x = arr(dt, range(1, 6), 1, 1, 5);
      assertArray(
          call("adaptive_avg_pool1d", List.of(x, 3L), Map.of()),
          dt,
          new long[] {1, 1, 3},
          1.5,
          3,
          4.5);
      assertArray(
          call("adaptive_max_pool1d", List.of(x, 3L), Map.of()), dt, new long[] {1, 1, 3}, 2, 4, 5);
      Array x2 = arr(dt, range(0, 16), 1, 4, 4);
      assertArray(
          call("adaptive_max_pool2d", List.of(x2, List.of(3L, 3L)), Map.of()),
          dt,
          new long[] {1, 3, 3},
          5,
          6,
          7,
          9,
          10,
          11,
          13,
          14,
          15);
      assertArray(
          call("adaptive_avg_pool2d", List.of(x2, 2L), Map.of()),
          dt,
          new long[] {1, 2, 2},
          2.5,
          4.5,
          10.5,
          12.5);
      List<Object> keepRows = new ArrayList<>();
      keepRows.add(null);
      keepRows.add(1L);
      assertArray(
          call("adaptive_avg_pool2d", List.of(x2, keepRows), Map.of()),
          dt,
          new long[] {1, 4, 1},
          1.5,
          5.5,
          9.5,
          13.5);
      assertArray(
          call("adaptive_avg_pool2d", List.of(x2, 1L), Map.of()), dt, new long[] {1, 1, 1}, 7.5);
    }
  }

  // ------------------------------------------------------------------ interpolate

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void interpolate_nearestAndLinear_followPyTorchCoordinates(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, new double[] {1, 2}, 1, 1, 2);
      assertArray(
          call("interpolate", List.of(x, 4L), kw("mode", "nearest")),
          dt,
          new long[] {1, 1, 4},
          1,
          1,
          2,
          2);
      // scale 2/3: floor(0), floor(0.67), floor(1.33)
      assertArray(
          call("interpolate", List.of(x, 3L), kw("mode", "nearest")),
          dt,
          new long[] {1, 1, 3},
          1,
          1,
          2);
      // half-pixel centres: sources -0.25 (clamped to 0), 0.25, 0.75, 1.25
      assertArray(
          call("interpolate", List.of(x, 4L), kw("mode", "linear")),
          dt,
          new long[] {1, 1, 4},
          1,
          1.25,
          1.75,
          2);
      assertArray(
          call("interpolate", List.of(x, 3L), kw("mode", "linear", "align_corners", true)),
          dt,
          new long[] {1, 1, 3},
          1,
          1.5,
          2);
      Array x2 = arr(dt, new double[] {1, 2, 3, 4}, 1, 1, 2, 2);
      assertArray(
          call(
              "interpolate",
              List.of(x2, List.of(3L, 3L)),
              kw("mode", "bilinear", "align_corners", true)),
          dt,
          new long[] {1, 1, 3, 3},
          1,
          1.5,
          2,
          2,
          2.5,
          3,
          3,
          3.5,
          4);
      Map<String, Object> byFactor = kw("mode", "nearest", "scale_factor", 2.0);
      byFactor.put("size", null);
      assertArray(
          call("interpolate", List.of(x2), byFactor),
          dt,
          new long[] {1, 1, 4, 4},
          1,
          1,
          2,
          2,
          1,
          1,
          2,
          2,
          3,
          3,
          4,
          4,
          3,
          3,
          4,
          4);
      assertArray(
          call("interpolate", List.of(x2, 1L), kw("mode", "area")),
          dt,
          new long[] {1, 1, 1, 1},
          2.5);
    }
  }

  // ------------------------------------------------------------------ errors

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void badInput_raisesIvyArgumentException_namingTheProblem(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.ones(1, 5, 5, 4);
      Array w = Ivy.ones(3, 3, 4, 2);
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> call("conv2d", List.of(x, w, 1L, "FULL"), Map.of())),
          "conv2d",
          "padding",
          "'SAME'",
          "'FULL'");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> call("conv2d", List.of(x, Ivy.ones(3, 3, 3, 2), 1L, "SAME"), Map.of())),
          "conv2d",
          "channels",
          "got 4");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> call("conv2d", List.of(x, Ivy.ones(7, 7, 4, 2), 1L, "VALID"), Map.of())),
          "conv2d",
          "kernel (7)",
          "padded input (5)");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () ->
                  call(
                      "conv2d",
                      List.of(x, Ivy.ones(3, 3, 1, 2), 1L, "SAME"),
                      kw("feature_group_count", 3L))),
          "conv2d",
          "feature_group_count (3)",
          "input channels (4)");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () ->
                  call(
                      "conv2d",
                      List.of(x, Ivy.ones(3, 3, 2, 3), 1L, "SAME"),
                      kw("feature_group_count", 2L))),
          "conv2d",
          "output channels (3)");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> call("conv2d", List.of(x, w, 1L, "SAME"), kw("data_format", "NWHC"))),
          "conv2d",
          "data_format",
          "'NWHC'");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> call("conv2d", List.of(x, w, 1L, "SAME"), kw("bias", Ivy.ones(3)))),
          "conv2d",
          "bias",
          "[2]");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> call("conv2d", List.of(x, w, 0L, "SAME"), Map.of())),
          "conv2d",
          "strides",
          ">= 1");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> call("conv1d", List.of(x, w, 1L, "SAME"), Map.of())),
          "conv1d",
          "rank");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () ->
                  call("conv2d_transpose", List.of(x, Ivy.ones(3, 3, 2, 3), 1L, "SAME"), Map.of())),
          "conv2d_transpose",
          "channels");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> call("max_pool2d", List.of(x, 3L, 1L, 2L), Map.of())),
          "max_pool2d",
          "half");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> call("max_pool2d", List.of(x, 6L, 1L, "VALID"), Map.of())),
          "max_pool2d",
          "padded input (5)");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> call("avg_pool2d", List.of(x, 2L, 1L, "valid"), kw("divisor_override", 0L))),
          "avg_pool2d",
          "divisor_override");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> call("interpolate", List.of(x, 3L), kw("mode", "cubic"))),
          "interpolate",
          "mode",
          "'cubic'");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> call("interpolate", List.of(x, 3L), kw("scale_factor", 2.0))),
          "interpolate",
          "exactly one of size and scale_factor");
      assertMessage(
          assertThrows(
              IvyArgumentException.class,
              () -> call("adaptive_avg_pool2d", List.of(x, 0L), Map.of())),
          "adaptive_avg_pool2d",
          "output_size");
    }
  }

  // ------------------------------------------------------------------ framework reference cases

  /** PyTorch and TensorFlow cases of these functions, called through the ivy names. */
  private static final Set<String> MAPPED =
      Set.of(
          "nn.functional.conv2d",
          "nn.functional.conv3d",
          "nn.functional.conv_transpose1d",
          "nn.functional.conv_transpose2d",
          "nn.functional.max_pool1d",
          "nn.functional.max_pool2d",
          "nn.functional.avg_pool2d",
          "nn.functional.adaptive_avg_pool2d",
          "nn.functional.adaptive_max_pool2d",
          "nn.functional.interpolate",
          "nn.conv1d",
          "nn.depthwise_conv2d",
          "nn.max_pool2d",
          "nn.avg_pool2d");

  @TestFactory
  Stream<DynamicTest> frameworkCases_throughIvyNames_matchTheFramework() {
    List<OracleCase> cases = new ArrayList<>();
    for (String file : List.of("torch.jsonl", "tensorflow.jsonl")) {
      for (OracleCase c :
          OracleFiles.read(OracleFiles.conformanceDir().resolve("oracle/" + file))) {
        if (MAPPED.contains(c.fn()) && !c.id().contains("/grad")) {
          cases.add(c);
        }
      }
    }
    assertTrue(cases.size() >= 25, "expected the conv/pool reference cases; got " + cases.size());
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      for (OracleCase c : cases) {
        tests.add(
            DynamicTest.dynamicTest(
                c.id() + "[" + backend + "]",
                () -> {
                  try (var b = Ivy.withBackend(backend);
                      Scope s = Ivy.scope()) {
                    Object got = runMapped(c);
                    String why = CaseRunner.compare(c.expect(), got, c.rtol(), c.atol(), "result");
                    assertNull(why, c.id() + " on " + backend);
                  }
                }));
      }
    }
    return tests.stream();
  }

  private static Object runMapped(OracleCase c) {
    List<Object> a = new ArrayList<>();
    for (JsonNode n : c.args()) {
      a.add(CaseRunner.decode(n));
    }
    Map<String, Object> k = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = c.kwargs().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      k.put(e.getKey(), CaseRunner.decode(e.getValue()));
    }
    String fn = c.fn();
    if (c.frontend().equals("tensorflow")) {
      Object x = a.get(0);
      Object second = a.get(1);
      switch (fn) {
        case "nn.conv1d":
          return call(
              "conv1d",
              List.of(x, second, k.getOrDefault("stride", 1L), k.get("padding")),
              Map.of());
        case "nn.depthwise_conv2d":
          return call(
              "depthwise_conv2d", List.of(x, second, k.get("strides"), k.get("padding")), Map.of());
        default:
          String name = fn.substring(3);
          return call(name, List.of(x, second, k.get("strides"), k.get("padding")), Map.of());
      }
    }
    int dims = fn.contains("3d") ? 3 : fn.contains("1d") ? 1 : 2;
    String df = dims == 1 ? "NCW" : dims == 2 ? "NCHW" : "NCDHW";
    Object x = a.get(0);
    switch (fn) {
      case "nn.functional.conv2d":
      case "nn.functional.conv3d":
        {
          Map<String, Object> o =
              kw(
                  "data_format",
                  df,
                  "filter_format",
                  "channel_first",
                  "dilations",
                  k.getOrDefault("dilation", 1L),
                  "feature_group_count",
                  k.getOrDefault("groups", 1L),
                  "bias",
                  a.size() > 2 ? a.get(2) : null);
          return call(
              "conv" + dims + "d",
              List.of(x, a.get(1), k.getOrDefault("stride", 1L), k.getOrDefault("padding", 0L)),
              o);
        }
      case "nn.functional.conv_transpose1d":
      case "nn.functional.conv_transpose2d":
        {
          Map<String, Object> o =
              kw(
                  "data_format",
                  df,
                  "filter_format",
                  "channel_first",
                  "dilations",
                  k.getOrDefault("dilation", 1L),
                  "feature_group_count",
                  k.getOrDefault("groups", 1L),
                  "output_padding",
                  k.getOrDefault("output_padding", 0L),
                  "bias",
                  a.size() > 2 ? a.get(2) : null);
          return call(
              "conv" + dims + "d_transpose",
              List.of(x, a.get(1), k.getOrDefault("stride", 1L), k.getOrDefault("padding", 0L)),
              o);
        }
      case "nn.functional.max_pool1d":
      case "nn.functional.max_pool2d":
        {
          Object kernel = a.get(1);
          Map<String, Object> o =
              kw(
                  "data_format", df,
                  "dilation", k.getOrDefault("dilation", 1L),
                  "ceil_mode", k.getOrDefault("ceil_mode", false));
          List<Object> pos = new ArrayList<>();
          pos.add(x);
          pos.add(kernel);
          pos.add(k.getOrDefault("stride", kernel));
          pos.add(k.getOrDefault("padding", 0L));
          return call("max_pool" + dims + "d", pos, o);
        }
      case "nn.functional.avg_pool2d":
        {
          Object kernel = a.get(1);
          Map<String, Object> o =
              kw(
                  "data_format", df,
                  "ceil_mode", k.getOrDefault("ceil_mode", false),
                  "count_include_pad", k.getOrDefault("count_include_pad", true),
                  "divisor_override", k.get("divisor_override"));
          return call(
              "avg_pool2d",
              List.of(x, kernel, k.getOrDefault("stride", kernel), k.getOrDefault("padding", 0L)),
              o);
        }
      case "nn.functional.adaptive_avg_pool2d":
      case "nn.functional.adaptive_max_pool2d":
        return call(fn.substring("nn.functional.".length()), List.of(x, a.get(1)), Map.of());
      case "nn.functional.interpolate":
        {
          Map<String, Object> o = new HashMap<>(k);
          o.putIfAbsent("mode", "nearest");
          o.putIfAbsent("size", null);
          if (o.get("align_corners") == null) {
            o.put("align_corners", false);
          }
          return call("interpolate", List.of(x), o);
        }
      default:
        throw new IllegalStateException("unmapped " + fn);
    }
  }
}
