package dev.ivy.backend.torch;

import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendProvider;
import java.util.List;

/**
 * Service-provider entry of the PyTorch backend ({@code "torch"}, alias {@code "pytorch"}).
 * Constructing it loads nothing; {@link #create()} loads libtorch.
 */
public final class TorchBackendProvider implements BackendProvider {
  /** Creates the provider; cheap, loads no natives. */
  public TorchBackendProvider() {}

  @Override
  public String name() {
    return TorchBackend.NAME;
  }

  @Override
  public List<String> aliases() {
    return List.of("pytorch");
  }

  @Override
  public Backend create() {
    return TorchBackend.load();
  }
}
