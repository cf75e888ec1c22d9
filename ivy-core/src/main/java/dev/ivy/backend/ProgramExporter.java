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
   * Exports {@code program}, a batch-polymorphic graph at its traced batch size {@code
   * tracedBatch}, keeping the batch size symbolic where this exporter can: {@code next} is the same
   * program at batch size {@code tracedBatch + 1}, so what differs between the two is what depends
   * on the batch size. By default the batch stays {@code tracedBatch} ({@link #export(Program,
   * ExportSpec)}).
   *
   * @throws dev.ivy.errors.BackendCapabilityException as {@link #export(Program, ExportSpec)}
   */
  default Object export(Program program, Program next, long tracedBatch, ExportSpec spec) {
    return export(program, spec);
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
