package dev.ivy.frontend.jax;

import dev.ivy.Array;
import dev.ivy.ModuleConverter;
import dev.ivy.nn.Variables;
import java.util.Optional;

/**
 * Makes {@code Ivy.toIvyModule} convert bound Flax-style modules ({@link JaxFrontend.linen.Bound},
 * from {@code module.bind(variables)}): the Ivy module's variables are the bound variables ({@code
 * params/kernel}...), and a call is {@code module.apply(v, x)}.
 */
public final class FlaxModuleConverter implements ModuleConverter {
  /** Creates the converter (for {@link java.util.ServiceLoader}). */
  public FlaxModuleConverter() {}

  @Override
  public Optional<dev.ivy.nn.Module> toIvyModule(Object frameworkModule) {
    if (frameworkModule instanceof JaxFrontend.linen.Bound b) {
      return Optional.of(new Converted(b));
    }
    return Optional.empty();
  }

  /** A bound Flax-style module as an Ivy module: Flax modules are already functional. */
  static final class Converted extends dev.ivy.nn.Module {
    private final JaxFrontend.linen.Module module;

    Converted(JaxFrontend.linen.Bound bound) {
      if (bound.module() == null || bound.variables() == null) {
        throw new dev.ivy.errors.IvyArgumentException(
            "toIvyModule: a bound Flax module needs a module and its variables; got null");
      }
      this.module = bound.module();
      bound.variables().asMap().forEach(this::addVariableAt);
    }

    @Override
    protected Array forward(Array x, Variables v) {
      return module.apply(v, x);
    }

    @Override
    protected String name() {
      return "Converted(" + module.getClass().getSimpleName() + ")";
    }
  }
}
