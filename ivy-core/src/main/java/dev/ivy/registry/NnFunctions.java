package dev.ivy.registry;

/** Registers the nn functions of the core API under the namespace {@code ivy}. */
public final class NnFunctions implements FunctionProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public NnFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {}
}
