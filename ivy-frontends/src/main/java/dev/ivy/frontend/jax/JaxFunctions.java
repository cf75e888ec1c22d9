package dev.ivy.frontend.jax;

import dev.ivy.registry.FunctionProvider;
import dev.ivy.registry.FunctionRegistry;

/** Registers the Jax frontend's functions by their framework names. */
public final class JaxFunctions implements FunctionProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public JaxFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {}
}
