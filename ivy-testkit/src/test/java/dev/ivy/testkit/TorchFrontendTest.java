package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.frontend.torch.RoundingMode;
import dev.ivy.frontend.torch.Tensor;
import dev.ivy.frontend.torch.TorchFrontend;
import dev.ivy.registry.FunctionRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PyTorch frontend's Java API ({@link TorchFrontend}, {@link Tensor}) on every backend, and the
 * registered functions that have no reference case, against values PyTorch 1.13 gives.
 */
class TorchFrontendTest {

  private static Object call(String fn, List<?> args, Map<String, ?> kwargs) {
    return FunctionRegistry.find("torch", fn).call(args, kwargs);
  }

  private static Array call(String fn, Object... args) {
    return (Array) call(fn, List.of(args), Map.of());
  }

  private static void close(double[] want, Array got, double tol) {
    Close.values(want, got, tol, 0, "result");
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void facade_dtypeRules_followTorch(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array ints = Ivy.array(new long[] {1, 2, 3}, 3);
      Array q = TorchFrontend.div(ints, 2L);
      assertEquals(DType.FLOAT32, q.dtype());
      close(new double[] {0.5, 1, 1.5}, q, 0);
      assertEquals(DType.INT64, TorchFrontend.div(ints, 2L, RoundingMode.FLOOR).dtype());
      assertEquals(DType.FLOAT32, TorchFrontend.add(ints, 2.5).dtype());
      assertEquals(DType.INT64, TorchFrontend.add(ints, 2L).dtype());
      Array small = Ivy.array(new long[] {100, 100}, DType.INT8, 2);
      Array sum = TorchFrontend.sum(small);
      assertEquals(DType.INT64, sum.dtype());
      assertEquals(200L, sum.itemLong());
      close(new double[] {2, 2, 2}, TorchFrontend.clamp(ints, 3L, 2L), 0);
      assertThrows(IvyArgumentException.class, () -> TorchFrontend.mean(ints, null, false));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void nnFunctional_oneHotAndSoftmax_matchTorch(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array oh = TorchFrontend.nn.functional.oneHot(Ivy.array(new long[] {0, 2}, 2), 3);
      assertEquals(DType.INT64, oh.dtype());
      assertArrayEquals(new long[] {1, 0, 0, 0, 0, 1}, oh.toLongArray());
      assertThrows(
          IvyArgumentException.class,
          () -> TorchFrontend.nn.functional.oneHot(Ivy.array(new long[] {0, 3}, 2), 3));
      Array sm = TorchFrontend.nn.functional.softmax(Ivy.array(new float[] {0, 0}, 1, 2), 1);
      close(new double[] {0.5, 0.5}, sm, 1e-6);
      Array n = TorchFrontend.linalg.norm(Ivy.array(new float[] {3, 4}, 2), null, null, false);
      close(new double[] {5}, n, 1e-6);
      Array x = Ivy.array(new float[] {1, 2}, 1, 2);
      Array w = Ivy.array(new float[] {1, 1, 2, 0}, 2, 2);
      close(new double[] {3, 2}, TorchFrontend.nn.functional.linear(x, w), 1e-6);
      close(
          new double[] {2, 1},
          TorchFrontend.nn.functional.linear(x, w, Ivy.array(new float[] {-1, -1}, 2)),
          1e-6);
      close(
          new double[] {5},
          TorchFrontend.linalg.vectorNorm(Ivy.array(new float[] {3, 4}, 2)),
          1e-6);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void tensor_methods_matchTorch(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Tensor t = Tensor.of(Ivy.array(new float[] {1, 5, 3, 7, 2, 0}, 2, 3));
      Tensor.ValuesIndices m = t.max(1);
      close(new double[] {5, 7}, m.values().array(), 0);
      assertArrayEquals(new long[] {1, 0}, m.indices().array().toLongArray());
      Tensor v = t.view(3, 2).permute(1, 0);
      assertArrayEquals(new long[] {2, 3}, v.size());
      assertEquals(DType.INT32, t.to(DType.INT32).dtype());
      Tensor masked =
          t.maskedFill(
              Tensor.of(Ivy.array(new boolean[] {true, false, false, false, false, true}, 2, 3)),
              9.0);
      close(new double[] {9, 5, 3, 7, 2, 9}, masked.array(), 0);
      close(new double[] {8, 7, 3}, t.sum(0, false).array(), 0);
      assertEquals(List.of(List.of(1.0, 5.0, 3.0), List.of(7.0, 2.0, 0.0)), t.tolist());
      close(new double[] {3, 0}, t.get(":", 2L).array(), 0);
      close(new double[] {10}, t.get(0L, 2L).add(t.get(1L, 0L)).array(), 0);
      // methods generated from the declarations (TorchFrontend and TensorOnly)
      assertArrayEquals(new long[] {3, 2}, t.T().size());
      close(new double[] {1, 5, 3, 7, 2, 0}, t.flatten().array(), 0);
      close(
          new double[] {9, 5, 7, 15, 2, 4}, t.radd(Ivy.array(new float[] {8, 0, 4}, 3)).array(), 0);
      assertEquals(DType.FLOAT64, t.toDouble().dtype());
      assertEquals(List.of(2L, 3L), t.shape());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void registered_functionsWithoutCases_matchTorch(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {0.5f, -0.25f, 0f}, 3);
      // torch.erfinv, torch.special.i0, torch.lgamma
      close(new double[] {0.4769363, -0.2253121, 0}, call("erfinv", x), 1e-5);
      close(new double[] {1.0634834, 1.0156861, 1}, call("special.i0", x), 1e-5);
      close(new double[] {Math.log(24), 0}, call("lgamma", Ivy.array(new float[] {5, 1}, 2)), 1e-5);
      // cummax keeps the last index of a tie
      @SuppressWarnings("unchecked")
      List<Array> cm =
          (List<Array>)
              call("cummax", List.of(Ivy.array(new float[] {1, 3, 3, 2}, 4), 0L), Map.of());
      assertArrayEquals(new long[] {0, 1, 2, 2}, cm.get(1).toLongArray());
      Array lcse = call("logcumsumexp", Ivy.array(new float[] {0, 0}, 2), 0L);
      close(new double[] {0, Math.log(2)}, lcse, 1e-6);
      Array me = call("matrix_exp", Ivy.array(new double[] {0, 1, 0, 0}, 2, 2));
      close(new double[] {1, 1, 0, 1}, me, 1e-9);
      Array de = call("diag_embed", Ivy.array(new float[] {1, 2}, 2), 1L);
      close(new double[] {0, 1, 0, 0, 0, 2, 0, 0, 0}, de, 0);
      @SuppressWarnings("unchecked")
      List<Array> uc =
          (List<Array>)
              call(
                  "unique_consecutive",
                  List.of(Ivy.array(new long[] {1, 1, 2, 2, 2, 1}, 6)),
                  Map.of("return_counts", true));
      assertArrayEquals(new long[] {1, 2, 1}, uc.get(0).toLongArray());
      assertArrayEquals(new long[] {2, 3, 1}, uc.get(1).toLongArray());
      Array nz = call("nn.functional.normalize", Ivy.array(new float[] {3, 4}, 1, 2));
      close(new double[] {0.6, 0.8}, nz, 1e-6);
      Array fm = call("fmod", Ivy.array(new long[] {-7, 7}, 2), 3L);
      assertArrayEquals(new long[] {-1, 1}, fm.toLongArray());
      Array tr =
          (Array)
              call(
                  "div",
                  List.of(Ivy.array(new long[] {-7, 7}, 2), 2L),
                  Map.of("rounding_mode", "trunc"));
      assertArrayEquals(new long[] {-3, 3}, tr.toLongArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void randomFunctions_haveTorchShapesAndDtypes(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      call("manual_seed", List.of(0L), Map.of());
      Array u = call("rand", 2L, 3L);
      assertEquals(DType.FLOAT32, u.dtype());
      assertArrayEquals(new long[] {2, 3}, u.shape().dims());
      for (double v : u.toDoubleArray()) {
        assertTrue(v >= 0 && v < 1, "rand value " + v);
      }
      assertEquals(DType.FLOAT32, call("randn", List.of(4L)).dtype());
      Array perm = call("randperm", 5L);
      assertEquals(DType.INT64, perm.dtype());
      long[] sorted = perm.toLongArray();
      java.util.Arrays.sort(sorted);
      assertArrayEquals(new long[] {0, 1, 2, 3, 4}, sorted);
      Array ri = call("randint", 0L, 3L, List.of(10L));
      assertEquals(DType.INT64, ri.dtype());
      for (long v : ri.toLongArray()) {
        assertTrue(v >= 0 && v < 3, "randint value " + v);
      }
    }
  }

  @Test
  void registry_holdsTheTorchNamespace() {
    assertTrue(FunctionRegistry.functions("torch").size() >= 400);
    assertTrue(FunctionRegistry.find("torch", "nn.functional.one_hot") != null);
    assertTrue(FunctionRegistry.find("torch", "Tensor.masked_fill") != null);
  }
}
