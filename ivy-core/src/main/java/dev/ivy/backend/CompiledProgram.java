package dev.ivy.backend;

/**
 * A {@link Program} compiled by a backend's {@link ProgramCompiler}. Thread-safe unless the backend
 * says otherwise; {@link #close()} frees its native resources.
 */
public interface CompiledProgram extends AutoCloseable {
  /**
   * Runs the program.
   *
   * @param inputs one native payload of the backend per program input, with the program's avals;
   *     not consumed
   * @return one new native payload per program output, owned by the caller (free each with {@link
   *     Backend#free})
   */
  Object[] run(Object[] inputs);

  /** Frees the native resources; later runs fail. */
  @Override
  void close();
}
