package dev.ivy.frontend.jax;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.errors.IvyArgumentException;
import dev.ivy.registry.FunctionProvider;
import dev.ivy.registry.FunctionRegistry;
import java.util.List;

/**
 * Registers by hand the two JAX functions that a typed method cannot declare: {@code
 * numpy.meshgrid} (keyword parameters after {@code *xi}, which Java varargs cannot express) and
 * {@code numpy.where} (one argument returns the indices, three the selected values: two typed
 * methods, {@link JaxNumpy#where(Object)} and {@link JaxNumpy#where(Object, Object, Object)}).
 * Every other function is declared with {@code @Fn} on its typed method.
 */
public final class JaxFunctions implements FunctionProvider {
  private static final JaxNumpy NP = JaxFrontend.numpy;

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public JaxFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    r.add(
        "jax",
        "numpy.meshgrid",
        List.of(varargs("xi"), opt("copy", true), opt("sparse", false), opt("indexing", "xy")),
        a -> NP.meshgrid(a.arrays("xi"), a.string("indexing")));
    r.add(
        "jax",
        "numpy.where",
        List.of(req("condition"), opt("x", null), opt("y", null)),
        a -> {
          if (a.isNone("x") && a.isNone("y")) {
            return NP.where(a.get("condition"));
          }
          if (a.isNone("x") || a.isNone("y")) {
            throw new IvyArgumentException(
                "numpy.where: x and y must be given together; got only one of them");
          }
          return NP.where(a.get("condition"), a.arrayOrScalar("x"), a.arrayOrScalar("y"));
        });
  }
}
