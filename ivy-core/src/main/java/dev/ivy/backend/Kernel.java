package dev.ivy.backend;

import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;

/**
 * A backend's native implementation of one primitive. Kernels receive inputs that already satisfy
 * the primitive's contract (see {@link dev.ivy.prim.Prim}): they check nothing and must not loop
 * over elements in Java.
 *
 * <p>A kernel of a coarse operation ({@link dev.ivy.prim.Prim#COARSE}) may decline a call whose
 * params the framework has no operation for (a padding mode, a group count) by returning null; the
 * call then runs the operation's decomposition into primitives.
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

  /**
   * Runs a primitive with several outputs ({@link dev.ivy.prim.Prim#MULTI_OUTPUT}); such kernels
   * override this instead of {@link #apply}, which they leave throwing.
   *
   * @param params the primitive's params
   * @param inputs the inputs' native payloads
   * @param inAvals the inputs' shapes and dtypes
   * @param outs the outputs' shapes and dtypes, as decided by core
   * @return one native payload per output, of exactly those shapes and dtypes
   */
  default Object[] applyMulti(Params params, Object[] inputs, Aval[] inAvals, Aval[] outs) {
    throw new IllegalStateException("kernel has a single output");
  }

  /**
   * Returns a kernel of a multi-output primitive from a function returning its payloads.
   *
   * @param f the implementation
   */
  static Kernel multi(MultiKernel f) {
    return new Kernel() {
      @Override
      public Object apply(Params params, Object[] inputs, Aval[] inAvals, Aval out) {
        throw new IllegalStateException("multi-output kernel called with one output");
      }

      @Override
      public Object[] applyMulti(Params params, Object[] inputs, Aval[] inAvals, Aval[] outs) {
        return f.apply(params, inputs, inAvals, outs);
      }
    };
  }

  /** The implementation of a multi-output kernel. */
  @FunctionalInterface
  interface MultiKernel {
    /**
     * Runs the primitive.
     *
     * @return one native payload per output
     */
    Object[] apply(Params params, Object[] inputs, Aval[] inAvals, Aval[] outs);
  }
}
