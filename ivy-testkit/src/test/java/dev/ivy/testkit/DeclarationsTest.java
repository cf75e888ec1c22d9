package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.frontend.jax.JaxFrontend;
import dev.ivy.frontend.tf.TfFrontend;
import dev.ivy.frontend.torch.TorchFrontend;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.RegisteredFunction;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every registered function is declared once, by a typed Java method ({@code @Fn}) from which the
 * build generates its registration and its default overloads (the generator itself is tested in
 * ivy-core's {@code DeclarationProcessorTest}); the seed's examples compile as the seed writes them
 * and agree with the by-name calls.
 */
class DeclarationsTest {
  @Test
  void everyRegisteredFunction_isDeclaredByATypedMethod() {
    List<String> byHand =
        FunctionRegistry.frontends().stream()
            .flatMap(f -> FunctionRegistry.functions(f).stream())
            .filter(r -> r.javaSignature() == null)
            .map(r -> r.frontend() + "." + r.name())
            .collect(Collectors.toList());
    assertEquals(List.of(), byHand, "registered without a typed @Fn method");
  }

  @Test
  void everyNamespace_isRegistered() {
    assertEquals(
        List.of("ivy", "jax", "numpy", "tensorflow", "torch"),
        FunctionRegistry.frontends().stream().sorted().toList());
  }

  private static Object byName(String frontend, String name, List<?> args) {
    RegisteredFunction f = FunctionRegistry.find(frontend, name);
    return f.call(args, Map.of());
  }

  private static void assertSame(Object expected, Array actual) {
    Array e = (Array) expected;
    assertEquals(e.aval(), actual.aval());
    assertTrue(
        java.util.Arrays.equals(e.toDoubleArray(), actual.toDoubleArray()), e + " " + actual);
  }

  @Test
  void seedExamples_compileAsWrittenAndAgreeWithTheRegistry() {
    try (var b = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
      assertSame(
          byName("tensorflow", "math.cumprod", List.of(x, -1L)), TfFrontend.math.cumprod(x, -1));
      Array w = Ivy.array(new float[] {1, 0, 0, 1, 1, 1}, 2, 3);
      assertSame(
          byName("torch", "nn.functional.linear", List.of(x, w)),
          TorchFrontend.nn.functional.linear(x, w));
      Array i = Ivy.array(new long[] {0, 2}, 2);
      assertSame(
          byName("torch", "nn.functional.one_hot", List.of(i, 3L)),
          TorchFrontend.nn.functional.oneHot(i, 3));
      Array lo = Ivy.zeros(dev.ivy.Shape.of(2, 3), DType.FLOAT32);
      Array hi = Ivy.fullLike(lo, 3.0f);
      assertSame(byName("jax", "lax.clamp", List.of(lo, x, hi)), JaxFrontend.lax.clamp(lo, x, hi));
    }
  }
}
