package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.frontend.torch.TorchFrontend;
import dev.ivy.registry.FunctionRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PyTorch's dropout family in training mode (ATen's {@code _dropout_impl}): which elements share a
 * draw, the scaling, alpha dropout's affine map, p = 1, and PyTorch's defaults of {@code training}.
 */
class TorchDropoutTest {
  private static final int N = 8;
  private static final int C = 64;

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void dropout2d_byDefaultTraining_zeroesWholeChannelsAndScalesTheRest(String backend) {
    try (var b = Ivy.withBackend(backend)) {
      Array x = Ivy.ones(N, C, 3, 3);
      float[] y = TorchFrontend.nn.functional.dropout2d(x).toFloatArray();
      int dropped = 0;
      for (int ch = 0; ch < N * C; ch++) {
        float first = y[ch * 9];
        assertTrue(first == 0f || first == 2f, "kept values scale by 1 / (1 - p); got " + first);
        for (int k = 1; k < 9; k++) {
          assertEquals(first, y[ch * 9 + k], "one draw per channel, channel " + ch);
        }
        dropped += first == 0f ? 1 : 0;
      }
      // 512 channels, p = 0.5: the dropped count is Binomial(512, 0.5), sd ≈ 11.3
      assertTrue(Math.abs(dropped - N * C / 2) < 6 * 11.3, "dropped " + dropped + " of " + N * C);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void channelDropout_noiseShapesFollowPyTorch(String backend) {
    try (var b = Ivy.withBackend(backend)) {
      // dropout1d unbatched (C, L): one draw per row; dropout3d batched: per (n, c)
      assertOneDrawPer(TorchFrontend.nn.functional.dropout1d(Ivy.ones(C, 5), 0.5), C, 5);
      assertOneDrawPer(
          TorchFrontend.nn.functional.dropout3d(Ivy.ones(2, C, 2, 2, 2), 0.5), 2 * C, 8);
      // dropout2d reads a 3-d input as (N, C, L), as PyTorch 2 does
      assertOneDrawPer(TorchFrontend.nn.functional.dropout2d(Ivy.ones(2, C, 7), 0.5), 2 * C, 7);
      // plain dropout: elements drawn one by one, so rows of 50 mix zeros and twos
      float[] y = TorchFrontend.nn.functional.dropout(Ivy.ones(4, 50), 0.5).toFloatArray();
      for (int r = 0; r < 4; r++) {
        int zeros = 0;
        for (int k = 0; k < 50; k++) {
          zeros += y[r * 50 + k] == 0f ? 1 : 0;
        }
        assertTrue(zeros > 0 && zeros < 50, "row " + r + " has " + zeros + " zeros of 50");
      }
    }
  }

  private static void assertOneDrawPer(Array y, int channels, int size) {
    float[] v = y.toFloatArray();
    for (int ch = 0; ch < channels; ch++) {
      for (int k = 1; k < size; k++) {
        assertEquals(v[ch * size], v[ch * size + k], "one draw per channel, channel " + ch);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void alphaDropout_keepsMeanAndVarianceOfAStandardNormal(String backend) {
    try (var b = Ivy.withBackend(backend)) {
      Ivy.seed(7);
      Array x = Ivy.randomNormal(0.0, 1.0, 200_000);
      for (Array y :
          List.of(
              TorchFrontend.nn.functional.alphaDropout(x, 0.2, true),
              TorchFrontend.nn.functional.featureAlphaDropout(
                  Ivy.reshape(x, new long[] {2000, 100}), 0.2, true))) {
        double[] v = y.toDoubleArray();
        double mean = 0;
        for (double d : v) {
          mean += d / v.length;
        }
        double var = 0;
        for (double d : v) {
          var += (d - mean) * (d - mean) / v.length;
        }
        // SELU's self-normalising property: mean 0 and variance 1 are kept (per-channel draws
        // make the feature variant noisier: 2000 draws)
        assertEquals(0, mean, 0.05, "mean");
        assertEquals(1, var, 0.08, "variance");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void dropout_pOne_multipliesByZero_andEvaluationIsIdentity(String backend) {
    try (var b = Ivy.withBackend(backend)) {
      Array x = Ivy.array(new float[] {1, Float.NaN, -3, 4}, 1, 1, 2, 2);
      assertArrayEquals(
          new float[] {0, Float.NaN, -0f, 0},
          TorchFrontend.nn.functional.dropout2d(x, 1.0).toFloatArray());
      assertArrayEquals(
          x.toFloatArray(), TorchFrontend.nn.functional.dropout2d(x, 0.5, false).toFloatArray());
      assertArrayEquals(
          x.toFloatArray(), TorchFrontend.nn.functional.alphaDropout(x, 0.5).toFloatArray());
      assertEquals(
          DType.FLOAT32, TorchFrontend.nn.functional.dropout3d(Ivy.ones(1, 2, 2, 2)).dtype());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void dropout_badInput_namesFunctionAndExpectation(String backend) {
    try (var b = Ivy.withBackend(backend)) {
      IvyArgumentException e =
          assertThrows(
              IvyArgumentException.class,
              () -> TorchFrontend.nn.functional.dropout1d(Ivy.ones(2, 3, 4, 5)));
      assertTrue(
          e.getMessage().contains("dropout1d") && e.getMessage().contains("rank 2 or 3"),
          e.getMessage());
      e =
          assertThrows(
              IvyArgumentException.class,
              () -> TorchFrontend.nn.functional.dropout(Ivy.ones(3), 1.5));
      assertTrue(e.getMessage().contains("p must be in [0, 1]"), e.getMessage());
      // by name, training defaults to True as in PyTorch
      Array y =
          (Array)
              FunctionRegistry.find("torch", "nn.functional.dropout2d")
                  .call(List.of(Ivy.ones(N, C, 2, 2)), Map.of("p", 1.0));
      assertEquals(0.0, Ivy.sum(y).itemDouble());
    }
  }
}
