package dev.ivy;

import dev.ivy.backend.ExportSpec;

/**
 * Service-provider entry of an export target that is not a backend, found with {@link
 * java.util.ServiceLoader} by {@link TracedFunction#export}: {@code "onnx"} (module {@code
 * ivy-onnx}) writes an ONNX model file. Backends export through their {@link
 * dev.ivy.backend.ProgramExporter} instead.
 */
public interface GraphExporter {
  /** Returns the target's name, as {@link TracedFunction#export} is given it ({@code "onnx"}). */
  String target();

  /**
   * Exports {@code graph} with {@code spec}: inputs named in {@link ExportSpec#variables()} become
   * the target's stored weights, the others stay inputs.
   *
   * @return what was made (for a file target, the file's {@link java.nio.file.Path})
   * @throws dev.ivy.errors.IvyArgumentException if the spec does not match the graph or names no
   *     target file where one is needed
   * @throws dev.ivy.errors.IvyException if a primitive of the graph cannot be exported
   */
  Object export(TracedFunction graph, ExportSpec spec);
}
