package dev.ivy.backend.nd4j;

import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendProvider;
import java.util.List;

/**
 * Service-provider entry of the ND4J backend ({@code nd4j}, alias {@code numpy}). Constructing it
 * is cheap; {@link #create()} loads ND4J's natives.
 */
public final class Nd4jBackendProvider implements BackendProvider {
  /** Creates the provider without touching ND4J. */
  public Nd4jBackendProvider() {}

  @Override
  public String name() {
    return "nd4j";
  }

  @Override
  public List<String> aliases() {
    return List.of("numpy");
  }

  @Override
  public Backend create() {
    return Nd4jBackend.create();
  }
}
