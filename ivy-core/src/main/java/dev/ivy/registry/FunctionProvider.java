package dev.ivy.registry;

/**
 * Contributes functions to the {@link FunctionRegistry}; found with {@link java.util.ServiceLoader}
 * (core registers the {@code ivy} namespace, each frontend its own).
 */
public interface FunctionProvider {
  /** Registers this provider's functions. */
  void register(FunctionRegistry.Builder registry);
}
