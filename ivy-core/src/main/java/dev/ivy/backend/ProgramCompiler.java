package dev.ivy.backend;

import java.util.Optional;

/**
 * A backend's compiler of whole {@link Program}s into one native computation (a TensorFlow graph
 * run by a session; on ND4J a flat plan of its kernels with the constants resident), offered
 * through {@link Backend#compiler()}. Callers fall back to replaying the program primitive by
 * primitive when it declines.
 */
public interface ProgramCompiler {
  /**
   * Compiles {@code program}.
   *
   * @return the compiled program, or empty if this compiler cannot compile some instruction (its
   *     primitive, params or dtypes)
   */
  Optional<CompiledProgram> compile(Program program);

  /**
   * Returns whether this compiler maps {@code prim} to the framework's own operation. Coarse
   * operations ({@link dev.ivy.prim.Prim#COARSE}) it does not map are replaced by their
   * decompositions into primitives before the program reaches it; by default it maps every
   * primitive and no coarse operation.
   */
  default boolean supports(dev.ivy.prim.Prim prim) {
    return !dev.ivy.prim.Prim.COARSE.contains(prim);
  }
}
