package dev.ivy.backend;

import java.util.Optional;

/**
 * A backend's compiler of whole {@link Program}s into one native computation (a TensorFlow graph
 * run by a session), offered through {@link Backend#compiler()}. Callers fall back to replaying the
 * program primitive by primitive when it declines.
 */
public interface ProgramCompiler {
  /**
   * Compiles {@code program}.
   *
   * @return the compiled program, or empty if this compiler cannot compile some instruction (its
   *     primitive, params or dtypes)
   */
  Optional<CompiledProgram> compile(Program program);
}
