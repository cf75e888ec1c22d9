package dev.ivy.frontend.tf;

import dev.ivy.ModuleConverter;
import java.util.Optional;

/**
 * Makes {@code Ivy.toIvyModule} convert built Keras-style layers ({@link
 * TfFrontend.keras.layers.Layer}, {@link TfFrontend.keras.Sequential}) into {@link
 * ConvertedKerasLayer}s.
 */
public final class KerasModuleConverter implements ModuleConverter {
  /** Creates the converter (for {@link java.util.ServiceLoader}). */
  public KerasModuleConverter() {}

  /**
   * Returns a {@link ConvertedKerasLayer} of a Keras-style layer, or empty for another object.
   *
   * @throws dev.ivy.errors.IvyArgumentException if the layer is not built yet
   */
  @Override
  public Optional<dev.ivy.nn.Module> toIvyModule(Object frameworkModule) {
    if (frameworkModule instanceof TfFrontend.keras.layers.Layer l) {
      return Optional.of(new ConvertedKerasLayer(l));
    }
    return Optional.empty();
  }
}
