package dev.ivy.registry;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.Ivy;
import java.util.List;

/**
 * Registers the one function of the namespace {@code ivy} that cannot be declared with {@link Fn}:
 * {@code meshgrid(*arrays, indexing='xy')}, whose variadic arrays come before a keyword parameter
 * (a Java varargs parameter must be the last). Every other function is declared on {@link Ivy}.
 */
public final class CoreFunctions implements FunctionProvider {
  private static final String NS = "ivy";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public CoreFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "meshgrid",
        List.of(varargs("arrays"), opt("indexing", "xy")),
        a -> Ivy.meshgrid(a.arrays("arrays"), a.string("indexing")));
  }
}
