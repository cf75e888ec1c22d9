package dev.ivy.registry;

/** Registers the random functions of the core API under the namespace {@code ivy}. */
public final class RandomFunctions implements FunctionProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public RandomFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {}
}
