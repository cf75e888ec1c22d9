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
import dev.ivy.frontend.jax.JaxFrontend;
import dev.ivy.registry.FunctionRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JAX frontend's Java API: JAX semantics and 32-bit dtype rules on every backend. */
class JaxFrontendTest {

  private static final double TOL = 1e-5;

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void laxClamp_scalarBounds_limitsValues(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {-2, 0.5f, 3}, 3);
      Array r = JaxFrontend.lax.clamp(-1.0, x, 1.0);
      assertEquals(DType.FLOAT32, r.dtype());
      assertArrayEquals(new double[] {-1, 0.5, 1}, r.toDoubleArray(), TOL);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void numpyAdd_int32ArrayAndFloatScalar_givesFloat32(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array r = JaxFrontend.numpy.add(Ivy.array(new int[] {1, 2}, 2), 2.5);
      assertEquals(DType.FLOAT32, r.dtype());
      assertArrayEquals(new double[] {3.5, 4.5}, r.toDoubleArray(), TOL);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void numpy_64bitInputsAndDefaults_become32bit(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array f64 = Ivy.array(new double[] {1, 4, 9}, 3);
      assertEquals(DType.FLOAT32, JaxFrontend.numpy.sqrt(f64).dtype());
      assertEquals(DType.INT32, JaxFrontend.numpy.arange(5, null, null, null).dtype());
      assertEquals(DType.FLOAT32, JaxFrontend.numpy.zeros(new long[] {2}, null).dtype());
      assertEquals(DType.FLOAT32, JaxFrontend.numpy.zeros(new long[] {2}, DType.FLOAT64).dtype());
      Array bools = Ivy.array(new boolean[] {true, true, false}, 3);
      Array n = JaxFrontend.numpy.sum(bools);
      assertEquals(DType.INT32, n.dtype());
      assertEquals(2L, n.itemLong());
      assertEquals(
          DType.INT32,
          JaxFrontend.numpy.argmax(Ivy.array(new long[] {3, 9, 1}, 3), null, null, false).dtype());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void numpyConcatenate_int32AndFloat16_promotesOnJaxLattice(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array i = Ivy.array(new int[] {1, 2}, 2);
      Array h = Ivy.array(new double[] {0.5}, DType.FLOAT16, 1);
      Array r = JaxFrontend.numpy.concatenate(List.of(i, h), 0, null);
      // NumPy would give float64; JAX keeps the float operand's width
      assertEquals(DType.FLOAT16, r.dtype());
      assertArrayEquals(new double[] {1, 2, 0.5}, r.toDoubleArray(), TOL);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void laxDivAndRem_integers_roundTowardZero(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new int[] {7, -7, 7, -7}, 4);
      Array y = Ivy.array(new int[] {2, 2, -2, -2}, 4);
      assertArrayEquals(new long[] {3, -3, -3, 3}, JaxFrontend.lax.div(x, y).toLongArray());
      assertArrayEquals(new long[] {1, -1, 1, -1}, JaxFrontend.lax.rem(x, y).toLongArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void laxAdd_mixedDtypes_raises(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {1}, 1);
      Array y = Ivy.array(new int[] {1}, 1);
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> JaxFrontend.lax.add(x, y));
      assertTrue(e.getMessage().startsWith("add:"), e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void nnOneHot_outOfRangeIndices_giveZeroRows(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array r = JaxFrontend.nn.oneHot(Ivy.array(new int[] {0, 5, -1}, 3), 3);
      assertEquals(DType.FLOAT32, r.dtype());
      assertArrayEquals(new double[] {1, 0, 0, 0, 0, 0, 0, 0, 0}, r.toDoubleArray(), TOL);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void linalgNorm_matrixWithoutOrd_isFrobenius(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array m = Ivy.array(new float[] {3, 0, 0, 4}, 2, 2);
      Array r = JaxFrontend.numpy.linalg.norm(m, null, null, false);
      assertEquals(5.0, r.toDoubleArray()[0], TOL);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void registry_callsByDottedNameWithKeywords(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
      Object r =
          FunctionRegistry.find("jax", "numpy.split")
              .call(List.of(x, List.of(1L, 2L)), Map.of("axis", 1L));
      List<?> parts = (List<?>) r;
      assertEquals(3, parts.size());
      assertArrayEquals(new double[] {2, 5}, ((Array) parts.get(1)).toDoubleArray(), TOL);
    }
  }

  @Test
  void registry_hasAtLeast200JaxFunctions() {
    int n = FunctionRegistry.functions("jax").size();
    assertTrue(n >= 200, "jax functions registered: " + n);
  }
}
