package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Padding;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.frontend.torch.TorchFrontend.nn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The builders of the torch-style modules ({@code nn.Conv2d.builder(...)}, {@code
 * nn.LSTM.builder(...)}, ...): a builder gives the module its positional constructor gives (same
 * parameter names, shapes and values from the same seed, same output on a fixed input), and a
 * builder left at its defaults gives PyTorch's defaults.
 */
class TorchModuleBuildersTest {

  /** Builds both modules from the same seed; asserts equal state dicts and equal outputs on x. */
  private static void assertSameModule(
      Supplier<? extends nn.Module> positional,
      Supplier<? extends nn.Module> built,
      List<Array> x) {
    Ivy.seed(11);
    nn.Module a = positional.get();
    Ivy.seed(11);
    nn.Module b = built.get();
    Map<String, Array> sa = a.stateDict();
    Map<String, Array> sb = b.stateDict();
    assertEquals(new ArrayList<>(sa.keySet()), new ArrayList<>(sb.keySet()));
    sa.forEach(
        (k, v) -> {
          assertEquals(v.shape(), sb.get(k).shape(), k);
          assertArrayEquals(v.toDoubleArray(), sb.get(k).toDoubleArray(), k);
        });
    List<Array> ya = a.call(x);
    List<Array> yb = b.call(x);
    assertEquals(ya.size(), yb.size());
    for (int i = 0; i < ya.size(); i++) {
      assertEquals(ya.get(i).shape(), yb.get(i).shape());
      assertArrayEquals(ya.get(i).toDoubleArray(), yb.get(i).toDoubleArray(), 0.0);
    }
  }

  private static Array input(long... shape) {
    long n = Shape.of(shape).size();
    return Ivy.reshape(Ivy.sin(Ivy.arange(0, n, 1, DType.FLOAT32)), shape);
  }

  private static List<String> keys(nn.Module m) {
    return new ArrayList<>(m.stateDict().keySet());
  }

  @Test
  void conv2d_builderGivesThePositionalModule_andPyTorchsDefaults() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      List<Array> x = List.of(input(2, 3, 7, 7));
      assertSameModule(
          () -> new nn.Conv2d(3, 4, new long[] {3}, new long[] {2}, new long[] {1}, null, 1, false),
          () -> nn.Conv2d.builder(3, 4, 3).stride(2).padding(1).bias(false).build(),
          x);
      assertSameModule(
          () -> new nn.Conv2d(3, 4, new long[] {3, 3}, null, "same", new long[] {2}, 1, true),
          () -> nn.Conv2d.builder(3, 4, 3, 3).padding(Padding.SAME).dilation(2).build(),
          x);
      // defaults: stride 1, padding 0, dilation 1, groups 1, bias True
      assertSameModule(() -> new nn.Conv2d(3, 4, 3), () -> nn.Conv2d.builder(3, 4, 3).build(), x);
      nn.Conv2d d = nn.Conv2d.builder(3, 4, 3).build();
      assertEquals(List.of("weight", "bias"), keys(d));
      assertEquals(Shape.of(4, 3, 3, 3), d.stateDict().get("weight").shape());
      assertEquals(Shape.of(2, 4, 5, 5), d.call(x.get(0)).shape());
    }
  }

  @Test
  void conv1d_builderGivesThePositionalModule_andPyTorchsDefaults() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      List<Array> x = List.of(input(2, 4, 9));
      assertSameModule(
          () -> new nn.Conv1d(4, 6, new long[] {3}, new long[] {2}, 0L, new long[] {2}, 2, true),
          () -> nn.Conv1d.builder(4, 6, 3).stride(2).dilation(2).groups(2).build(),
          x);
      assertSameModule(() -> new nn.Conv1d(4, 6, 3), () -> nn.Conv1d.builder(4, 6, 3).build(), x);
      assertEquals(Shape.of(2, 6, 7), nn.Conv1d.builder(4, 6, 3).build().call(x.get(0)).shape());
    }
  }

  @Test
  void convTranspose_builderGivesThePositionalModule_andPyTorchsDefaults() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      List<Array> x = List.of(input(2, 4, 3, 3));
      assertSameModule(
          () ->
              new nn.ConvTranspose2d(
                  4,
                  6,
                  new long[] {3},
                  new long[] {2},
                  new long[] {1},
                  new long[] {1},
                  2,
                  false,
                  null),
          () ->
              nn.ConvTranspose2d.builder(4, 6, 3)
                  .stride(2)
                  .padding(1)
                  .outputPadding(1)
                  .groups(2)
                  .bias(false)
                  .build(),
          x);
      assertSameModule(
          () -> new nn.ConvTranspose2d(4, 6, 3),
          () -> nn.ConvTranspose2d.builder(4, 6, 3).build(),
          x);
      // defaults: stride 1, no padding, a bias; weight [in, out / groups, kh, kw]
      nn.ConvTranspose2d d = nn.ConvTranspose2d.builder(4, 6, 3).build();
      assertEquals(List.of("weight", "bias"), keys(d));
      assertEquals(Shape.of(4, 6, 3, 3), d.stateDict().get("weight").shape());
      assertEquals(Shape.of(2, 6, 5, 5), d.call(x.get(0)).shape());
      List<Array> x1 = List.of(input(2, 4, 5));
      assertSameModule(
          () ->
              new nn.ConvTranspose1d(
                  4, 2, new long[] {2}, new long[] {2}, null, null, 1, true, new long[] {1}),
          () -> nn.ConvTranspose1d.builder(4, 2, 2).stride(2).build(),
          x1);
      assertEquals(
          Shape.of(2, 2, 10),
          nn.ConvTranspose1d.builder(4, 2, 2).stride(2).build().call(x1.get(0)).shape());
      assertThrows(
          IvyArgumentException.class,
          () -> nn.ConvTranspose2d.builder(4, 6, 3).padding(Padding.SAME));
    }
  }

  @Test
  void lstmAndGru_builderGivesThePositionalModule_andPyTorchsDefaults() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      List<Array> x = List.of(input(4, 2, 5));
      assertSameModule(
          () -> new nn.LSTM(5, 6, 2, true, true, 0.0, true),
          () -> nn.LSTM.builder(5, 6).numLayers(2).batchFirst(true).bidirectional(true).build(),
          x);
      assertSameModule(() -> new nn.LSTM(5, 6), () -> nn.LSTM.builder(5, 6).build(), x);
      assertSameModule(
          () -> new nn.GRU(5, 6, 2, false, false, 0.0, true),
          () -> nn.GRU.builder(5, 6).numLayers(2).bias(false).bidirectional(true).build(),
          x);
      assertSameModule(() -> new nn.GRU(5, 6), () -> nn.GRU.builder(5, 6).build(), x);
      // defaults: one layer, biases, one direction, sequence-first [L, N, H]
      nn.LSTM d = nn.LSTM.builder(5, 6).build();
      assertEquals(List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"), keys(d));
      assertEquals(Shape.of(4, 2, 6), d.call(x.get(0)).shape());
      assertEquals(
          List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"),
          keys(nn.GRU.builder(5, 6).build()));
    }
  }

  @Test
  void batchNorm_builderGivesThePositionalModule_andPyTorchsDefaults() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      List<Array> x = List.of(input(4, 3, 2, 2));
      assertSameModule(
          () -> new nn.BatchNorm2d(3, 1e-3, 0.3, false, true),
          () -> nn.BatchNorm2d.builder(3).eps(1e-3).momentum(0.3).affine(false).build(),
          x);
      assertSameModule(() -> new nn.BatchNorm2d(3), () -> nn.BatchNorm2d.builder(3).build(), x);
      assertSameModule(
          () -> new nn.BatchNorm1d(3, 1e-5, 0.5, true, false),
          () -> nn.BatchNorm1d.builder(3).momentum(0.5).trackRunningStats(false).build(),
          List.of(input(4, 3)));
      // defaults: affine, running statistics, momentum 0.1 (running mean = 0.1 * batch mean)
      nn.BatchNorm2d d = nn.BatchNorm2d.builder(3).build();
      assertEquals(
          List.of("weight", "bias", "running_mean", "running_var", "num_batches_tracked"), keys(d));
      d.call(x.get(0));
      Array expected = Ivy.multiply(Ivy.mean(x.get(0), new int[] {0, 2, 3}, false), 0.1);
      assertArrayEquals(
          expected.toDoubleArray(), d.stateDict().get("running_mean").toDoubleArray(), 1e-6);
    }
  }

  @Test
  void multiheadAttention_builderGivesThePositionalModule_andPyTorchsDefaults() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Array q = input(3, 2, 4);
      List<Array> x = List.of(q, q, q);
      assertSameModule(
          () -> new nn.MultiheadAttention(4, 2, 0.0, false, true),
          () -> nn.MultiheadAttention.builder(4, 2).bias(false).batchFirst(true).build(),
          x);
      assertSameModule(
          () -> new nn.MultiheadAttention(4, 2),
          () -> nn.MultiheadAttention.builder(4, 2).build(),
          x);
      // defaults: biases, sequence-first [L, N, E]
      nn.MultiheadAttention d = nn.MultiheadAttention.builder(4, 2).build();
      assertEquals(
          List.of("in_proj_weight", "in_proj_bias", "out_proj.weight", "out_proj.bias"), keys(d));
      assertEquals(Shape.of(3, 2, 4), d.call(x).get(0).shape());
    }
  }

  @Test
  void builders_refuseBadOptionsAsTheConstructorsDo() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      assertThrows(IvyArgumentException.class, () -> nn.LSTM.builder(5, 6).dropout(1.5).build());
      assertThrows(IvyArgumentException.class, () -> nn.MultiheadAttention.builder(4, 3).build());
      assertThrows(
          IvyArgumentException.class, () -> nn.BatchNorm2d.builder(3).momentum(2.0).build());
      assertThrows(IvyArgumentException.class, () -> nn.Conv2d.builder(3, 4, 3).groups(2).build());
    }
  }
}
