package dev.ivy.backend;

import dev.ivy.Array;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a {@link ProgramExporter} needs besides the program.
 *
 * @param inputNames a name for each program input, in order (unique, framework-safe: letters,
 *     digits, '_' and '/')
 * @param outputNames a name for each program output, in order (unique)
 * @param variables the inputs that become trainable variables of the exported object, by input
 *     name, with their initial values (arrays of any backend; their shapes and dtypes equal the
 *     inputs')
 * @param target where to write, for exporters that write files (TensorFlow's SavedModel directory);
 *     null otherwise
 */
public record ExportSpec(
    List<String> inputNames, List<String> outputNames, Map<String, Array> variables, Path target) {
  /** Defensive copies. */
  public ExportSpec {
    inputNames = List.copyOf(inputNames);
    outputNames = List.copyOf(outputNames);
    variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
  }
}
