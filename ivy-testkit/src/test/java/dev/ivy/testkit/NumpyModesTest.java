package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.QuantileMethod;
import dev.ivy.Scope;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.frontend.jax.JaxFrontend;
import dev.ivy.frontend.numpy.ConvolveMode;
import dev.ivy.frontend.numpy.IndexMode;
import dev.ivy.frontend.numpy.NumpyFrontend;
import dev.ivy.frontend.numpy.Order;
import dev.ivy.frontend.numpy.PadMode;
import dev.ivy.frontend.numpy.Trim;
import dev.ivy.registry.FunctionRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The enum-valued order= and mode= parameters of numpy and jax.numpy: the registry maps the
 * frameworks' strings to the constants, 'F' order is honoured, and a value a function does not
 * support raises naming the function, the parameter and the accepted values.
 */
class NumpyModesTest {

  private static double[] values(Object r) {
    return ((Array) r).toDoubleArray();
  }

  @Test
  void ravelAndReshape_orderF_readFirstAxisFastest() {
    try (Scope s = Ivy.scope()) {
      Array x = Ivy.array(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
      assertArrayEquals(
          new double[] {1, 4, 2, 5, 3, 6}, values(NumpyFrontend.ravel(x, Order.F)), 0);
      // np.reshape(np.arange(1, 7).reshape(2, 3), (3, 2), order='F') = [[1, 5], [4, 3], [2, 6]]
      Array r = NumpyFrontend.reshape(x, new long[] {3, 2}, Order.F, null, null);
      assertArrayEquals(new double[] {1, 5, 4, 3, 2, 6}, values(r), 0);
      Array j = JaxFrontend.numpy.reshape(x, new long[] {3, 2}, Order.F);
      assertArrayEquals(new double[] {1, 5, 4, 3, 2, 6}, values(j), 0);
    }
  }

  @Test
  void registry_pythonStringsMapToConstants() {
    try (Scope s = Ivy.scope()) {
      Array x = Ivy.array(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
      Object r = FunctionRegistry.find("numpy", "ravel").call(List.of(x), Map.of("order", "F"));
      assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, values(r), 0);
      Array a = Ivy.array(new double[] {1, 2, 3}, 3);
      Object c =
          FunctionRegistry.find("numpy", "convolve")
              .call(List.of(a, Ivy.array(new double[] {0, 1, 0.5}, 3)), Map.of("mode", "same"));
      // np.convolve([1, 2, 3], [0, 1, 0.5], 'same') = [1, 2.5, 4]
      assertArrayEquals(new double[] {1, 2.5, 4}, values(c), 1e-12);
      Object p =
          FunctionRegistry.find("jax", "numpy.pad").call(List.of(a, 1L), Map.of("mode", "edge"));
      assertArrayEquals(new double[] {1, 1, 2, 3, 3}, values(p), 0);
    }
  }

  @Test
  void take_wrapAndClip_bringIndicesIntoRange() {
    try (Scope s = Ivy.scope()) {
      Array a = Ivy.array(new double[] {10, 20, 30}, 3);
      Array i = Ivy.array(new long[] {-4, 1, 5}, 3);
      // np.take([10, 20, 30], [-4, 1, 5], mode='wrap') = [30, 20, 30]; 'clip' = [10, 20, 30]
      assertArrayEquals(
          new double[] {30, 20, 30},
          values(NumpyFrontend.take(a, i, null, null, IndexMode.WRAP)),
          0);
      assertArrayEquals(
          new double[] {10, 20, 30},
          values(NumpyFrontend.take(a, i, null, null, IndexMode.CLIP)),
          0);
    }
  }

  @Test
  void unsupportedValue_raisesNamingFunctionParameterAndAcceptedValues() {
    try (Scope s = Ivy.scope()) {
      Array x = Ivy.array(new double[] {1, 2, 3, 4}, 2, 2);
      IvyArgumentException e =
          assertThrows(
              IvyArgumentException.class,
              () -> JaxFrontend.numpy.reshape(x, new long[] {4}, Order.K));
      assertTrue(e.getMessage().contains("reshape: order must be one of 'C', 'F'"), e.getMessage());
      assertTrue(e.getMessage().contains("got 'K'"), e.getMessage());
      e =
          assertThrows(
              IvyArgumentException.class, () -> NumpyFrontend.pad(x, 1L, PadMode.LINEAR_RAMP, 0L));
      assertTrue(e.getMessage().startsWith("pad: mode must be one of 'constant'"), e.getMessage());
      assertTrue(e.getMessage().contains("got 'linear_ramp'"), e.getMessage());
      e =
          assertThrows(
              IvyArgumentException.class,
              () -> NumpyFrontend.take(x, 0L, null, null, IndexMode.FILL));
      assertEquals("take: mode must be one of 'raise', 'wrap', 'clip'; got 'fill'", e.getMessage());
      e =
          assertThrows(
              IvyArgumentException.class, () -> NumpyFrontend.zeros(new long[] {2}, null, Order.K));
      assertTrue(e.getMessage().startsWith("zeros: order must be one of 'C', 'F'"));
      assertEquals(3, ConvolveMode.values().length);
    }
  }

  @Test
  void trimZerosAndQuantileMethod_areEnums_byNameTheFrameworksStrings() {
    try (Scope sc = Ivy.scope()) {
      Array f = Ivy.array(new double[] {0, 0, 1, 2, 0}, 5);
      // np.trim_zeros([0, 0, 1, 2, 0], 'f') = [1, 2, 0]; 'b' = [0, 0, 1, 2]; 'fb' = [1, 2]
      assertArrayEquals(new double[] {1, 2, 0}, values(NumpyFrontend.trimZeros(f, Trim.F)), 0);
      assertArrayEquals(
          new double[] {0, 0, 1, 2},
          values(FunctionRegistry.find("numpy", "trim_zeros").call(List.of(f, "b"), Map.of())),
          0);
      assertArrayEquals(new double[] {1, 2}, values(JaxFrontend.numpy.trimZeros(f)), 0);
      // np.quantile([1, 2, 3, 4], 0.5, method='lower') = 2.0; 'higher' = 3.0
      Array q = Ivy.array(new double[] {1, 2, 3, 4}, 4);
      assertEquals(
          2.0,
          NumpyFrontend.quantile(q, 0.5, null, null, false, QuantileMethod.LOWER).itemDouble());
      assertEquals(
          3.0,
          ((Array)
                  FunctionRegistry.find("numpy", "quantile")
                      .call(List.of(q, 0.5), Map.of("method", "higher")))
              .itemDouble());
      IvyArgumentException e =
          assertThrows(
              IvyArgumentException.class,
              () ->
                  FunctionRegistry.find("numpy", "quantile")
                      .call(List.of(q, 0.5), Map.of("method", "hazen")));
      assertTrue(
          e.getMessage().contains("method") && e.getMessage().contains("hazen"), e.getMessage());
    }
  }
}
