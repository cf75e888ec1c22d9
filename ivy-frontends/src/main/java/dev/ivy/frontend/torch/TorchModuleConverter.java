package dev.ivy.frontend.torch;

import dev.ivy.ModuleConverter;
import java.util.Optional;

/**
 * Makes {@code Ivy.toIvyModule} convert torch-style {@link TorchFrontend.nn.Module}s into {@link
 * ConvertedTorchModule}s.
 */
public final class TorchModuleConverter implements ModuleConverter {
  /** Creates the converter (for {@link java.util.ServiceLoader}). */
  public TorchModuleConverter() {}

  @Override
  public Optional<dev.ivy.nn.Module> toIvyModule(Object frameworkModule) {
    if (frameworkModule instanceof TorchFrontend.nn.Module m) {
      return Optional.of(new ConvertedTorchModule(m));
    }
    return Optional.empty();
  }
}
