package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.DataFormat;
import dev.ivy.Ivy;
import dev.ivy.KlReduction;
import dev.ivy.PadMode;
import dev.ivy.Padding;
import dev.ivy.Reduction;
import dev.ivy.ResizeMode;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.frontend.tf.SortDirection;
import dev.ivy.frontend.tf.TfFrontend;
import dev.ivy.frontend.torch.GeluApproximate;
import dev.ivy.frontend.torch.TorchFrontend;
import dev.ivy.registry.FunctionRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The enums for the frameworks' fixed string modes: by name (the registry's Python-style calls)
 * each is the framework's string, in Java its constant; TensorFlow's data_format refuses a format
 * of the wrong rank.
 */
class ModeEnumsTest {

  private static Object call(String frontend, String fn, List<?> args, Map<String, ?> kwargs) {
    return FunctionRegistry.find(frontend, fn).call(args, kwargs);
  }

  private static Array image() {
    return Ivy.reshape(Ivy.sin(Ivy.arange(0, 2 * 5 * 5 * 3, 1, DType.FLOAT32)), 2, 5, 5, 3);
  }

  private static Array filters() {
    return Ivy.reshape(Ivy.cos(Ivy.arange(0, 3 * 3 * 3 * 2, 1, DType.FLOAT32)), 3, 3, 3, 2);
  }

  @Test
  void dataFormat_namesTheFrameworksStrings_andChecksTheRank() {
    assertEquals("N...C", DataFormat.N___C.text());
    assertEquals("NCDHW", DataFormat.NCDHW.text());
    assertEquals(DataFormat.NHWC, DataFormat.check("f", null, 2));
    assertEquals(DataFormat.NCW, DataFormat.check("f", DataFormat.NCW, 1));
    IvyArgumentException e =
        assertThrows(
            IvyArgumentException.class, () -> DataFormat.check("nn.conv2d", DataFormat.NWC, 2));
    assertTrue(
        e.getMessage().contains("nn.conv2d: data_format must be 'NHWC' or 'NCHW'"), e.getMessage());
    assertThrows(IvyArgumentException.class, () -> DataFormat.check("f", DataFormat.NC___, 3));
  }

  @Test
  void tfConv2d_takesDataFormatByNameAndAsConstant_andRefusesTheWrongRank() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Array x = image();
      Array f = filters();
      Array java = TfFrontend.nn.conv2d(x, f, 1L, Padding.SAME, DataFormat.NHWC, null);
      Array byName =
          (Array)
              call(
                  "tensorflow",
                  "nn.conv2d",
                  List.of(x, f, 1L, "SAME"),
                  Map.of("data_format", "NHWC"));
      assertEquals(Shape.of(2, 5, 5, 2), java.shape());
      assertArrayEquals(java.toDoubleArray(), byName.toDoubleArray(), 0.0);
      IvyArgumentException e =
          assertThrows(
              IvyArgumentException.class,
              () -> TfFrontend.nn.conv2d(x, f, 1L, "SAME", DataFormat.NDHWC, null));
      assertTrue(e.getMessage().contains("'NHWC' or 'NCHW'"), e.getMessage());
      assertThrows(
          IvyArgumentException.class,
          () ->
              call(
                  "tensorflow",
                  "nn.conv2d",
                  List.of(x, f, 1L, "SAME"),
                  Map.of("data_format", "NWC")));
      IvyArgumentException unknown =
          assertThrows(
              IvyArgumentException.class,
              () ->
                  call(
                      "tensorflow",
                      "nn.conv2d",
                      List.of(x, f, 1L, "SAME"),
                      Map.of("data_format", "HWNC")));
      // the registry lists TensorFlow's strings, not the Java constants' names
      assertTrue(
          unknown.getMessage().contains("'NHWC', 'NCHW'")
              && unknown.getMessage().contains("'N...C'")
              && unknown.getMessage().contains("got 'HWNC'"),
          unknown.getMessage());
    }
  }

  @Test
  void tfBiasAdd_takesTheAnyRankForms() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Array v = Ivy.zeros(Shape.of(1, 2, 3), DType.FLOAT32);
      Array bias = Ivy.array(new float[] {1, 2}, 2);
      Array r =
          (Array)
              call("tensorflow", "nn.bias_add", List.of(v, bias), Map.of("data_format", "NC..."));
      assertArrayEquals(new float[] {1, 1, 1, 2, 2, 2}, r.toFloatArray());
      assertArrayEquals(
          r.toFloatArray(), TfFrontend.nn.biasAdd(v, bias, DataFormat.NC___).toFloatArray());
    }
  }

  @Test
  void tfSortDirection_byNameAndAsConstant() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {2, 3, 1}, 3);
      assertArrayEquals(
          new float[] {3, 2, 1}, TfFrontend.sort(x, -1, SortDirection.DESCENDING).toFloatArray());
      Array r = (Array) call("tensorflow", "sort", List.of(x), Map.of("direction", "DESCENDING"));
      assertArrayEquals(new float[] {3, 2, 1}, r.toFloatArray());
    }
  }

  @Test
  void torchModes_byNameAreTheConstants() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Array x = Ivy.reshape(Ivy.arange(0, 8, 1, DType.FLOAT32), 1, 2, 4);
      Array java =
          TorchFrontend.nn.functional.interpolate(
              x, 6L, null, ResizeMode.NEAREST_EXACT, null, null, false);
      Array byName =
          (Array)
              call(
                  "torch",
                  "nn.functional.interpolate",
                  List.of(x),
                  Map.of("size", 6L, "mode", "nearest-exact"));
      assertArrayEquals(java.toDoubleArray(), byName.toDoubleArray(), 0.0);
      Array g = TorchFrontend.nn.functional.gelu(x, GeluApproximate.TANH);
      Array gByName =
          (Array) call("torch", "nn.functional.gelu", List.of(x), Map.of("approximate", "tanh"));
      assertArrayEquals(g.toDoubleArray(), gByName.toDoubleArray(), 0.0);
      IvyArgumentException e =
          assertThrows(
              IvyArgumentException.class,
              () ->
                  call(
                      "torch", "nn.functional.gelu", List.of(x), Map.of("approximate", "sigmoid")));
      assertTrue(e.getMessage().contains("approximate"), e.getMessage());
      assertArrayEquals(
          new float[] {1, 0, 1, 2, 3, 2},
          TorchFrontend.nn
              .functional
              .pad(
                  Ivy.array(new float[] {0, 1, 2, 3}, 1, 4),
                  new long[] {1, 1},
                  dev.ivy.frontend.torch.PadMode.REFLECT,
                  null)
              .toFloatArray());
    }
  }

  @Test
  void coreModes_byNameAreTheConstants_andNoneIsRefused() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Array p = Ivy.array(new float[] {1, 2, 4}, 3);
      Array t = Ivy.zeros(Shape.of(3), DType.FLOAT32);
      assertEquals(7.0, Ivy.l1Loss(p, t, Reduction.SUM).itemDouble(), 1e-6);
      Array byName = (Array) call("ivy", "l1_loss", List.of(p, t), Map.of("reduction", "sum"));
      assertEquals(7.0, byName.itemDouble(), 1e-6);
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> Ivy.l1Loss(p, t, null));
      assertTrue(e.getMessage().contains("l1_loss: reduction must be one of"), e.getMessage());
      Array logp = Ivy.log(Ivy.array(new float[] {0.25f, 0.75f, 0.5f, 0.5f}, 2, 2));
      Array q = Ivy.array(new float[] {0.5f, 0.5f, 0.5f, 0.5f}, 2, 2);
      Array kl = Ivy.klDiv(logp, q, KlReduction.BATCHMEAN, false);
      Array klByName =
          (Array) call("ivy", "kl_div", List.of(logp, q), Map.of("reduction", "batchmean"));
      assertEquals(kl.itemDouble(), klByName.itemDouble(), 0.0);
      assertEquals(
          Ivy.klDiv(logp, q, KlReduction.SUM, false).itemDouble() / 2, kl.itemDouble(), 1e-6);
      assertArrayEquals(
          new float[] {2, 1, 2, 4, 2},
          Ivy.pad(p, new long[][] {{1, 1}}, PadMode.REFLECT, 0).toFloatArray());
      Array x = image();
      Array f = filters();
      assertArrayEquals(
          Ivy.conv2d(x, f, new long[] {1}, "SAME", DataFormat.NHWC, new long[] {1}, null)
              .toDoubleArray(),
          Ivy.conv2d(x, f, new long[] {1}, Padding.SAME, DataFormat.NHWC, new long[] {1}, null)
              .toDoubleArray(),
          0.0);
    }
  }
}
