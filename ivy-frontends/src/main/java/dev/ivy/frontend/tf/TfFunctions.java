package dev.ivy.frontend.tf;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.registry.FunctionProvider;
import dev.ivy.registry.FunctionRegistry;
import java.util.List;

/**
 * Registers the TensorFlow functions that an {@code @Fn} method cannot declare: {@code
 * tf.meshgrid(*args, indexing='xy')} takes a keyword parameter after its variadic one, which a Java
 * method (varargs last) cannot spell. Every other function is declared once by its typed method
 * ({@link TfFrontend}, {@link TfMath}, {@link TfNn}, ...).
 */
public final class TfFunctions implements FunctionProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public TfFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    r.add(
        "tensorflow",
        "meshgrid",
        List.of(varargs("args"), opt("indexing", "xy")),
        a -> TfFrontend.meshgrid((List<?>) a.get("args"), a.string("indexing")));
  }
}
