package dev.ivy.frontend.tf;

import dev.ivy.registry.FunctionProvider;
import dev.ivy.registry.FunctionRegistry;

/** Registers the Tf frontend's functions by their framework names. */
public final class TfFunctions implements FunctionProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public TfFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {}
}
