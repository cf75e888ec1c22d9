package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.DataFormat;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.frontend.tf.TfFrontend;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.RegisteredFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TensorFlow frontend's Java API ({@code TfFrontend.math.cumprod(...)}, {@code
 * TfFrontend.nn.relu(...)}, {@code TfFrontend.reshape(...)}) on every backend: values, TensorFlow's
 * dtype rules (32-bit defaults, no promotion) and errors, for functions beyond the reference cases.
 */
class TfFrontendTest {
  private static final double EPS = 1e-5;

  private static Array f32(float... v) {
    return Ivy.array(v, v.length);
  }

  private static Array i32(int... v) {
    return Ivy.array(v, v.length);
  }

  private static void close(double[] expected, Array actual) {
    Close.scaled(expected, actual, EPS, "result");
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void mathNamespace_followsTensorFlow(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = f32(1, 2, 3, 4);
      close(new double[] {12, 4, 1, 1}, TfFrontend.math.cumprod(f32(2, 3, 4, 1), 0, true, true));
      close(new double[] {1, 2, 6, 24}, TfFrontend.math.cumprod(x, 0, false, false));
      close(new double[] {0, 1, 3, 6}, TfFrontend.math.cumsum(x, 0, true, false));
      close(new double[] {9, 7, 4, 0}, TfFrontend.math.cumsum(x, 0, true, true));
      // a Python int next to a float32 tensor adopts float32
      Array y = TfFrontend.math.add(x, 1L);
      assertEquals(DType.FLOAT32, y.dtype());
      close(new double[] {2, 3, 4, 5}, y);
      // integer mean truncates and keeps int32
      Array m = TfFrontend.math.reduceMean(i32(1, 2, 4), null, false);
      assertEquals(DType.INT32, m.dtype());
      assertEquals(2L, m.itemLong());
      // argmax defaults to axis 0 and int64
      Array am = TfFrontend.math.argmax(Ivy.reshape(f32(1, 5, 3, 2, 0, 9), 2, 3), null, null);
      assertEquals(DType.INT64, am.dtype());
      assertArrayEquals(new long[] {1, 0, 1}, am.toLongArray());
      close(new double[] {1, 1, 0}, TfFrontend.math.divideNoNan(f32(2, 3, 4), f32(2, 3, 0)));
      close(
          new double[] {1, 0, 2},
          TfFrontend.math.unsortedSegmentSum(f32(1, 2, 2), i32(0, 5, 2), 3));
      assertArrayEquals(
          new int[] {1, 2, 0, 1},
          TfFrontend.math.bincount(i32(0, 1, 1, 3), null, null, null, null).toIntArray());
      assertArrayEquals(
          new int[] {2, 0, 1}, TfFrontend.math.invertPermutation(i32(1, 2, 0)).toIntArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void mixedDtypes_raiseAsTensorFlowDoes(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> TfFrontend.add(f32(1, 2), i32(1, 2)));
      assertTrue(e.getMessage().startsWith("tf.math.add: "), e.getMessage());
      assertThrows(IvyArgumentException.class, () -> TfFrontend.math.add(i32(1, 2), 0.5));
      assertThrows(IvyArgumentException.class, () -> TfFrontend.math.sin(i32(1, 2)));
      assertThrows(IvyArgumentException.class, () -> TfFrontend.reshape(f32(1, 2, 3), 2, 2));
      assertThrows(IvyArgumentException.class, () -> TfFrontend.concat(List.of(f32(1), i32(1)), 0));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void topLevelAndNn_composeCoreFunctions(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      close(new double[] {0, 0, 2, 3}, TfFrontend.clipByValue(f32(-1, 0, 2, 5), 0L, 3L));
      Array r = TfFrontend.reshape(f32(1, 2, 3, 4, 5, 6), 2, -1);
      assertEquals(Shape.of(2, 3), r.shape());
      Array oh = TfFrontend.oneHot(i32(0, 2, -1), 3, 5L, -1L, null, null);
      assertEquals(DType.INT32, oh.dtype());
      assertArrayEquals(new int[] {5, -1, -1, -1, -1, 5, -1, -1, -1}, oh.toIntArray());
      close(new double[] {0, 0, 2}, TfFrontend.nn.relu(f32(-1, 0, 2)));
      Array fill = TfFrontend.fill(new long[] {2}, 4L);
      assertEquals(DType.INT32, fill.dtype());
      Array x = Ivy.reshape(Ivy.astype(Ivy.arange(16), DType.FLOAT32), 1, 2, 2, 4);
      Array back =
          TfFrontend.nn.spaceToDepth(
              TfFrontend.nn.depthToSpace(x, 2, DataFormat.NHWC), 2, DataFormat.NHWC);
      close(x.toDoubleArray(), back);
      List<Array> u = TfFrontend.unique(i32(4, 1, 4, 2, 1));
      assertArrayEquals(new int[] {4, 1, 2}, u.get(0).toIntArray());
      assertArrayEquals(new int[] {0, 1, 0, 2, 1}, u.get(1).toIntArray());
      Array seq =
          TfFrontend.reverseSequence(Ivy.reshape(f32(1, 2, 3, 4, 5, 6), 2, 3), i32(2, 3), 1, 0);
      close(new double[] {2, 1, 3, 6, 5, 4}, seq);
      Array mask = TfFrontend.sequenceMask(i32(1, 3), 3L, null);
      assertArrayEquals(
          new boolean[] {true, false, false, true, true, true}, mask.toBooleanArray());
      Array ss =
          TfFrontend.stridedSlice(
              Ivy.reshape(f32(0, 1, 2, 3, 4, 5), 2, 3),
              new long[] {0, 2},
              new long[] {2, 0},
              new long[] {1, -1},
              0,
              0,
              0,
              0,
              0);
      close(new double[] {2, 1, 5, 4}, ss);
      close(new double[] {0, 0.5, 1, 0.5}, TfFrontend.signal.hannWindow(4, true, null));
      Array frames = TfFrontend.signal.frame(f32(1, 2, 3, 4, 5), 2, 2, false, 0L, -1);
      assertEquals(Shape.of(2, 2), frames.shape());
      close(new double[] {1, 2, 3, 4}, frames);
      close(
          new double[] {0.5},
          TfFrontend.keras.losses.meanSquaredError(
              Ivy.reshape(f32(0, 1), 1, 2), Ivy.reshape(f32(1, 1), 1, 2)));
      close(
          new double[] {1, 2, 0, 4, 5, 6},
          TfFrontend.linalg.bandPart(Ivy.reshape(f32(1, 2, 3, 4, 5, 6), 2, 3), 1, 1));
    }
  }

  /**
   * Cases for functions the reference file does not exercise ({@code tf-frontend-cases.jsonl},
   * written by {@code tools/gen_tf_frontend_cases.py} with NumPy), by name on every backend.
   */
  @TestFactory
  Stream<DynamicTest> extraCases_byName_onEveryBackend() throws Exception {
    java.nio.file.Path file =
        java.nio.file.Path.of(TfFrontendTest.class.getResource("tf-frontend-cases.jsonl").toURI());
    List<OracleCase> cases = OracleFiles.read(file);
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      for (OracleCase c : cases) {
        tests.add(
            DynamicTest.dynamicTest(
                c.id() + "[" + backend + "]",
                () -> {
                  Outcome o = CaseRunner.run(c, backend);
                  assertEquals(Outcome.Status.PASSED, o.status(), c.id() + ": " + o.reason());
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void registry_holdsTheTensorflowNamespace() {
    List<RegisteredFunction> fs = FunctionRegistry.functions("tensorflow");
    assertTrue(fs.size() >= 250, "tensorflow functions: " + fs.size());
    RegisteredFunction f = FunctionRegistry.find("tensorflow", "math.cumprod");
    assertEquals(
        "math.cumprod(x, axis=0, exclusive=False, reverse=False, name=None)", f.signature());
    try (var b = Ivy.withBackend(Backends.underTest().get(0));
        Scope s = Ivy.scope()) {
      Array r =
          (Array)
              FunctionRegistry.find("tensorflow", "math.reduce_sum")
                  .call(List.of(f32(1, 2, 3)), Map.of("keepdims", true));
      assertEquals(Shape.of(1), r.shape());
    }
  }
}
