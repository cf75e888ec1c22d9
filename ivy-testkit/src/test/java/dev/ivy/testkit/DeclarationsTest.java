package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.RegisteredFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every registered function is declared once, by a typed Java method ({@code @Fn}) from which the
 * build generates its registration. Functions still registered by hand (no typed method) are
 * counted per namespace against a ceiling that only goes down as they are declared (issue 13); the
 * generator itself is tested in ivy-core's {@code DeclarationProcessorTest}.
 */
class DeclarationsTest {
  /** The most functions each namespace may still register by hand. */
  private static final Map<String, Integer> HAND_REGISTERED_AT_MOST =
      Map.of("ivy", 1, "torch", 778, "tensorflow", 396, "jax", 344, "numpy", 360);

  @Test
  void registeredFunctions_areDeclaredByTypedMethods_handRegistrationsOnlyShrink() {
    Map<String, List<String>> undeclared = new LinkedHashMap<>();
    for (String f : FunctionRegistry.frontends()) {
      undeclared.put(
          f,
          FunctionRegistry.functions(f).stream()
              .filter(r -> r.javaSignature() == null)
              .map(RegisteredFunction::name)
              .toList());
    }
    StringBuilder over = new StringBuilder();
    for (Map.Entry<String, List<String>> e : undeclared.entrySet()) {
      int ceiling = HAND_REGISTERED_AT_MOST.getOrDefault(e.getKey(), 0);
      if (e.getValue().size() > ceiling) {
        over.append(e.getKey())
            .append(": ")
            .append(e.getValue().size())
            .append(" registered by hand, at most ")
            .append(ceiling)
            .append(" allowed; declare them with @Fn: ")
            .append(e.getValue())
            .append('\n');
      }
    }
    assertTrue(over.isEmpty(), over.toString());
  }
}
