package dev.ivy.frontend.numpy;

import dev.ivy.registry.FunctionProvider;
import dev.ivy.registry.FunctionRegistry;

/** Registers the Numpy frontend's functions by their framework names. */
public final class NumpyFunctions implements FunctionProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public NumpyFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {}
}
