package dev.ivy.frontend.torch;

import dev.ivy.registry.FunctionProvider;
import dev.ivy.registry.FunctionRegistry;

/** Registers the Torch frontend's functions by their framework names. */
public final class TorchFunctions implements FunctionProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public TorchFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {}
}
