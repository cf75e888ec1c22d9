package dev.ivy.registry;

/**
 * Registers the convolution and pooling functions of the core API under the namespace {@code ivy}.
 */
public final class ConvFunctions implements FunctionProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public ConvFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {}
}
