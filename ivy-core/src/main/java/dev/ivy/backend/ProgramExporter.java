package dev.ivy.backend;

/**
 * A backend's export of a whole {@link Program} to the framework's own objects, so that the
 * framework can run (and train) it without Ivy: a TensorFlow SavedModel directory, a DJL {@code
 * Block}, an ND4J {@code SameDiff} graph. Offered through {@link Backend#exporter()}.
 */
public interface ProgramExporter {
  /**
   * Exports {@code program}.
   *
   * @param program the program; its inputs named in {@link ExportSpec#variables()} become the
   *     framework's trainable variables, the others stay inputs
   * @param spec names, variables and the target
   * @return what the framework holds: the SavedModel directory ({@link java.nio.file.Path}) for
   *     TensorFlow, an {@code ai.djl.nn.Block} for PyTorch through DJL, an {@code
   *     org.nd4j.autodiff.samediff.SameDiff} for ND4J
   * @throws dev.ivy.errors.BackendCapabilityException naming the backend and the primitive, params
   *     or dtype it cannot export
   */
  Object export(Program program, ExportSpec spec);

  /**
   * Exports a batch-polymorphic program keeping its batch size symbolic, if this exporter can:
   * {@code program} is it at batch size {@code batch} and {@code next} at {@code batch + 1}, so
   * what differs between the two is what depends on the batch size. Returns null, having written
   * nothing, where it cannot (the caller then exports the program at its traced batch size with
   * {@link #export(Program, ExportSpec)}); by default it cannot.
   *
   * @return what the framework holds, as {@link #export(Program, ExportSpec)}, or null
   * @throws dev.ivy.errors.BackendCapabilityException as {@link #export(Program, ExportSpec)}
   */
  default Object exportPolymorphic(Program program, Program next, long batch, ExportSpec spec) {
    return null;
  }

  /**
   * Returns whether this exporter maps {@code prim} to the framework's own operation. Coarse
   * operations ({@link dev.ivy.prim.Prim#COARSE}) it does not map are replaced by their
   * decompositions into primitives before the program reaches it; by default it maps every
   * primitive and no coarse operation.
   */
  default boolean supports(dev.ivy.prim.Prim prim) {
    return !dev.ivy.prim.Prim.COARSE.contains(prim);
  }
}
