package dev.ivy.backend;

import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;

/**
 * A backend's native implementation of one primitive. Kernels receive inputs that already satisfy
 * the primitive's contract (see {@link dev.ivy.prim.Prim}): they check nothing and must not loop
 * over elements in Java.
 */
@FunctionalInterface
public interface Kernel {
  /**
   * Runs the primitive.
   *
   * @param params the primitive's params
   * @param inputs the inputs' native payloads (INDArray, NDArray, Tensor...)
   * @param inAvals the inputs' shapes and dtypes
   * @param out the output's shape and dtype, as decided by core
   * @return the output's native payload, of exactly {@code out}'s shape and dtype
   */
  Object apply(Params params, Object[] inputs, Aval[] inAvals, Aval out);
}
