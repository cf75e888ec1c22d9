package dev.ivy.registry;

/** Registers the linear-algebra decompositions and solvers under the namespace {@code ivy}. */
public final class LinalgFunctions implements FunctionProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public LinalgFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {}
}
