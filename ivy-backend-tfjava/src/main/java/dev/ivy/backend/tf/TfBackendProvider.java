package dev.ivy.backend.tf;

import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendProvider;
import java.util.List;

/**
 * Service-provider entry of the TensorFlow Java backend ({@code "tf"}, alias {@code "tensorflow"}).
 * Constructing it loads nothing; {@link #create()} quiets TensorFlow's C++ logging and then loads
 * its natives.
 */
public final class TfBackendProvider implements BackendProvider {
  /** Creates the provider; cheap, loads no natives. */
  public TfBackendProvider() {}

  @Override
  public String name() {
    return "tf";
  }

  @Override
  public List<String> aliases() {
    return List.of("tensorflow");
  }

  @Override
  public Backend create() {
    TfLogSilencer.apply();
    return new TfBackend();
  }
}
