package dev.ivy.frontend.numpy;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.ops.Checks;
import dev.ivy.registry.FunctionProvider;
import dev.ivy.registry.FunctionRegistry;
import java.util.List;

/**
 * Registers the two NumPy functions whose keyword parameters follow a {@code *args} parameter
 * ({@code meshgrid(*xi, copy=True, sparse=False, indexing='xy')}, {@code broadcast_arrays(*args,
 * subok=False)}), which a declaration cannot say yet (a Java varargs parameter comes last); every
 * other NumPy function is declared with {@code @Fn} in {@link NumpyFrontend}, {@link NumpyLinalg},
 * {@link NumpyRandom} and {@link NumpyNdarray}.
 */
public final class NumpyFunctions implements FunctionProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public NumpyFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    r.add(
        "numpy",
        "meshgrid",
        List.of(varargs("xi"), opt("copy", true), opt("sparse", false), opt("indexing", "xy")),
        a -> {
          List<dev.ivy.Array> g = NumpyFrontend.meshgrid(a.arrays("xi"), a.string("indexing"));
          Checks.check(!a.bool("sparse"), "meshgrid", "sparse must be False; got %s", true);
          return g;
        });
    r.add(
        "numpy",
        "broadcast_arrays",
        List.of(varargs("args"), opt("subok", false)),
        a -> NumpyFrontend.broadcastArrays(a.arrays("args")));
  }
}
