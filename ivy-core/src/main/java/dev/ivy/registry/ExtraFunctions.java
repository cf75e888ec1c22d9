package dev.ivy.registry;

/** Registers the extra functions of the core API under the namespace {@code ivy}. */
public final class ExtraFunctions implements FunctionProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public ExtraFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {}
}
