package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.frontend.jax.JaxFrontend;
import dev.ivy.frontend.numpy.NumpyFrontend;
import dev.ivy.frontend.tf.TfFrontend;
import dev.ivy.frontend.torch.TorchFrontend;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One coherent Java API: an axis is an {@code int} or several, a shape is {@code int...}, {@code
 * long...} or a {@link Shape}, and the core creation functions make float32 unless told otherwise.
 */
class ApiConsistencyTest {

  private static Array x23() {
    return Ivy.array(new float[] {1, 5, 3, 4, 2, 6}, 2, 3);
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void axes_takeOneInt_inIvyAndTheFrontends(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = x23();
      Array max = Ivy.max(x, -1, true);
      assertEquals(Shape.of(2, 1), max.shape());
      assertArrayEquals(new double[] {5, 6}, max.toDoubleArray());
      assertArrayEquals(new double[] {9, 12}, Ivy.sum(x, -1).toDoubleArray());
      assertArrayEquals(
          Ivy.sum(x, new int[] {-1}, true).toDoubleArray(), Ivy.sum(x, -1, true).toDoubleArray());
      assertEquals(Shape.of(2, 1), NumpyFrontend.sum(x, -1, true).shape());
      assertEquals(Shape.of(1, 3), NumpyFrontend.mean(x, 0, true).shape());
      assertArrayEquals(new double[] {2.5, 3.5, 4.5}, NumpyFrontend.mean(x, 0).toDoubleArray());
      // null still means all axes
      assertEquals(Shape.of(1, 1), NumpyFrontend.sum(x, null, true).shape());
      assertEquals(Shape.of(2, 1), TorchFrontend.sum(x, 1, true).shape());
      assertEquals(Shape.of(3, 2), Ivy.moveaxis(x, 0, 1).shape());
      assertArrayEquals(new double[] {9, 12}, TorchFrontend.sum(x, 1).toDoubleArray());
    }
  }

  @Test
  void shapes_areIntsLongsOrAShape() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      float[] data = {1, 2, 3, 4, 5, 6};
      int[] intShape = {2, 3};
      assertEquals(Shape.of(2, 3), Ivy.array(data, intShape).shape());
      assertEquals(Shape.of(3, 2), Ivy.array(data, 3L, 2L).shape());
      assertEquals(Shape.of(6), Ivy.array(data).shape());
      assertEquals(Shape.of(1, 6), Ivy.array(data, Shape.of(1, 6)).shape());
      assertEquals(Shape.of(2, 3), Ivy.array(new double[] {1, 2, 3, 4, 5, 6}, 2, 3).shape());
      assertEquals(DType.INT32, Ivy.array(new double[] {1, 2}, DType.INT32, 2).dtype());
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> Ivy.array(data, Shape.of(4)));
      assertEquals(
          "array: shape [4] must have as many elements as data (6); it has 4", e.getMessage());
      assertEquals(Shape.of(2, 3), Ivy.zeros(intShape).shape());
      assertEquals(Shape.of(2, 3), Ivy.ones(Shape.of(2, 3)).shape());
      assertEquals(Shape.of(4), Ivy.empty(4).shape());
      assertEquals(Shape.of(2, 2), Ivy.full(new int[] {2, 2}, 7.5).shape());
      assertEquals(Shape.of(3, 2), Ivy.randomNormal(0.0, 1.0, 3, 2).shape());
      assertEquals(Shape.of(3), Ivy.randomUniform(0.0, 1.0, Shape.of(3)).shape());
      Shape shape = Shape.of(2, 3, 4);
      assertEquals(shape.dim(1), shape.get(1));
      assertEquals(4, shape.get(-1));
      assertThrows(IvyArgumentException.class, () -> shape.get(3));
    }
  }

  @Test
  void creation_isFloat32ByDefault_andWeightsStayFloat32() {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      assertEquals(DType.FLOAT32, Ivy.defaultFloatDtype());
      assertEquals(DType.INT64, Ivy.defaultIntDtype());
      assertEquals(DType.FLOAT32, Ivy.zeros(3).dtype());
      assertEquals(DType.FLOAT32, Ivy.ones(2, 2).dtype());
      assertEquals(DType.FLOAT32, Ivy.empty(2).dtype());
      assertEquals(DType.FLOAT32, Ivy.eye(3).dtype());
      assertEquals(DType.FLOAT32, Ivy.linspace(0, 1, 5).dtype());
      assertEquals(DType.FLOAT32, Ivy.full(new long[] {2}, 1.5).dtype());
      assertEquals(DType.INT64, Ivy.full(new long[] {2}, 3L).dtype());
      assertEquals(DType.FLOAT32, Ivy.arange(0.0, 1.0, 0.25, null).dtype());
      assertEquals(DType.INT64, Ivy.arange(5).dtype());
      assertEquals(DType.FLOAT32, Ivy.randomNormal(0.0, 1.0, 3).dtype());
      // typed Java data keeps its type, as a typed NumPy array keeps its dtype in Python Ivy
      assertEquals(DType.FLOAT64, Ivy.array(new double[] {1.0}).dtype());
      Array weights = Ivy.randomNormal(0.0, 1.0, 3);
      assertEquals(DType.FLOAT32, Ivy.add(weights, Ivy.zeros(3)).dtype());
      assertEquals(DType.FLOAT64, Ivy.zeros(Shape.of(3), DType.FLOAT64).dtype());
      // Java doubles in lists are Python floats: the default float dtype, as ivy.asarray([1.0])
      assertEquals(DType.FLOAT32, Ivy.asarray(java.util.List.of(1.0, 2.0)).dtype());
      assertEquals(DType.FLOAT32, Ivy.scalar(2.5).dtype());
      assertEquals(DType.FLOAT32, Ivy.asarray(java.util.List.of()).dtype());
      assertEquals(DType.INT64, Ivy.asarray(java.util.List.of(1, 2)).dtype());
      assertEquals(DType.FLOAT64, Ivy.asarray(new double[] {1.0}).dtype());
      assertEquals(
          DType.FLOAT32, Ivy.add(weights, Ivy.asarray(java.util.List.of(1.0, 2.0, 3.0))).dtype());
      try (var d = Ivy.withDefaultFloatDtype(DType.FLOAT64)) {
        assertEquals(DType.FLOAT64, Ivy.asarray(java.util.List.of(1.0)).dtype());
      }
    }
  }

  @Test
  void defaultFloatDtype_setsAndUnsets_perThread() throws Exception {
    try (var b = Ivy.withBackend("nd4j");
        Scope s = Ivy.scope()) {
      Ivy.setDefaultFloatDtype(DType.FLOAT64);
      try {
        assertEquals(DType.FLOAT64, Ivy.zeros(3).dtype());
        assertEquals(DType.FLOAT64, Ivy.linspace(0, 1, 3).dtype());
        try (var d = Ivy.withDefaultFloatDtype(DType.FLOAT16)) {
          assertEquals(DType.FLOAT16, Ivy.ones(2).dtype());
        }
        assertEquals(DType.FLOAT64, Ivy.defaultFloatDtype());
        // another thread has its own default
        DType other = CompletableFuture.supplyAsync(Ivy::defaultFloatDtype).get();
        assertEquals(DType.FLOAT32, other);
      } finally {
        Ivy.unsetDefaultFloatDtype();
      }
      assertEquals(DType.FLOAT32, Ivy.zeros(3).dtype());
      Ivy.unsetDefaultFloatDtype(); // none set: no-op
      assertEquals(DType.FLOAT32, Ivy.defaultFloatDtype());
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> Ivy.setDefaultFloatDtype(DType.INT32));
      assertEquals(
          "setDefaultFloatDtype: dtype must be a floating dtype; got int32", e.getMessage());
    }
  }

  @Test
  void frontends_keepTheirFrameworksDefaults() {
    try (var b = Ivy.withBackend("nd4j");
        var d = Ivy.withDefaultFloatDtype(DType.FLOAT16);
        Scope s = Ivy.scope()) {
      assertEquals(DType.FLOAT64, NumpyFrontend.zeros(new long[] {3}).dtype());
      assertEquals(DType.FLOAT32, TorchFrontend.zeros(3).dtype());
      assertEquals(DType.FLOAT32, JaxFrontend.numpy.zeros(new long[] {3}).dtype());
      assertEquals(DType.FLOAT32, TfFrontend.zeros(new long[] {3}).dtype());
      assertEquals(DType.FLOAT64, NumpyFrontend.asarray(java.util.List.of(1.0)).dtype());
    }
  }
}
