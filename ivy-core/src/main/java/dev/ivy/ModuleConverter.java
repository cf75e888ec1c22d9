package dev.ivy;

import java.util.Optional;

/**
 * Service-provider entry of a frontend that converts its framework-style modules (a torch-style
 * {@code nn.Module}, a Keras-style layer...) to Ivy modules, found with {@link
 * java.util.ServiceLoader} so that core offers {@link Ivy#toIvyModule} without depending on the
 * frontends.
 */
public interface ModuleConverter {
  /**
   * Returns {@code frameworkModule} as an Ivy module whose {@code v()} holds the framework module's
   * parameters and whose {@code call(x, v)} runs its forward with them bound to {@code v}, or empty
   * when this converter does not know the object's type.
   */
  Optional<dev.ivy.nn.Module> toIvyModule(Object frameworkModule);
}
