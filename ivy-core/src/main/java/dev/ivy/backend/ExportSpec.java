package dev.ivy.backend;

import dev.ivy.Array;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a {@link ProgramExporter} needs besides the program.
 *
 * <p>{@code TracedFunction.export(target, path)} makes one from the graph ({@code input_0}...,
 * {@code output_0}...) and {@code TracedModule.export} names the variables after the module's
 * parameter paths; build one by hand for full control.
 *
 * @param inputNames a name for each program input, in order (unique; for TensorFlow an op name:
 *     {@link #safeName} makes one)
 * @param outputNames a name for each program output, in order (unique)
 * @param variables the inputs that become trainable variables of the exported object, by input
 *     name, with their initial values (arrays of any backend; their shapes and dtypes equal the
 *     inputs')
 * @param target where to write, for exporters that write files (TensorFlow's SavedModel directory);
 *     null otherwise
 */
public record ExportSpec(
    List<String> inputNames, List<String> outputNames, Map<String, Array> variables, Path target) {
  /**
   * Defensive copies.
   *
   * @throws dev.ivy.errors.IvyArgumentException if a list, the map or a name is null
   */
  public ExportSpec {
    dev.ivy.ops.Checks.check(
        inputNames != null && inputNames.stream().allMatch(java.util.Objects::nonNull),
        "export",
        "inputNames must be a list of names; got %s",
        inputNames);
    dev.ivy.ops.Checks.check(
        outputNames != null && outputNames.stream().allMatch(java.util.Objects::nonNull),
        "export",
        "outputNames must be a list of names; got %s",
        outputNames);
    dev.ivy.ops.Checks.check(
        variables != null, "export", "variables must be a map (empty for none); got null");
    inputNames = List.copyOf(inputNames);
    outputNames = List.copyOf(outputNames);
    variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
  }

  /**
   * Checks this spec against {@code program}, the rule every exporter applies first: one non-empty,
   * unique name per input and per output, and variables that name inputs and have their shapes and
   * dtypes.
   *
   * @throws dev.ivy.errors.IvyArgumentException naming what does not match
   */
  public void check(Program program) {
    int n = program.inputs().size();
    dev.ivy.ops.Checks.check(
        inputNames.size() == n,
        "export",
        "inputNames must name each of the program's %s inputs; got %s",
        n,
        inputNames);
    dev.ivy.ops.Checks.check(
        outputNames.size() == program.outputs().size(),
        "export",
        "outputNames must name each of the program's %s outputs; got %s",
        program.outputs().size(),
        outputNames);
    dev.ivy.ops.Checks.check(
        unique(inputNames),
        "export",
        "inputNames must be unique and non-empty; got %s",
        inputNames);
    dev.ivy.ops.Checks.check(
        unique(outputNames),
        "export",
        "outputNames must be unique and non-empty; got %s",
        outputNames);
    for (Map.Entry<String, Array> e : variables.entrySet()) {
      int i = inputNames.indexOf(e.getKey());
      dev.ivy.ops.Checks.check(
          i >= 0,
          "export",
          "variables must name program inputs %s; got %s",
          inputNames,
          e.getKey());
      dev.ivy.prim.Aval want = program.inputs().get(i).aval();
      Array v = e.getValue();
      dev.ivy.ops.Checks.check(
          v != null && v.shape().equals(want.shape()) && v.dtype() == want.dtype(),
          "export",
          "variable %s must have the input's shape and dtype %s; got %s",
          e.getKey(),
          want,
          v == null ? "null" : v.aval());
    }
  }

  /**
   * Returns {@code path} as a name every export target accepts, TensorFlow's op-name rule {@code
   * [A-Za-z0-9.][A-Za-z0-9_.\\/>-]*}: other characters become '_' (a backslash too), a leading '_',
   * '-' or '>' is dropped, empty segments ({@code a//b}, a trailing '/') are removed, and an empty
   * result is {@code "v"}.
   *
   * <pre>{@code
   * ExportSpec.safeName("fc1.weight");      // fc1.weight
   * ExportSpec.safeName("_linear/weight");  // linear/weight
   * ExportSpec.safeName("conv 1:w");        // conv_1_w
   * }</pre>
   */
  public static String safeName(String path) {
    StringBuilder b = new StringBuilder();
    for (String seg : (path == null ? "" : path).split("/")) {
      String s = seg.replaceAll("[^A-Za-z0-9_.\\>-]", "_");
      if (b.length() == 0) {
        s = s.replaceFirst("^[_>\\-]+", "");
      }
      if (!s.isEmpty()) {
        b.append(b.length() == 0 ? "" : "/").append(s);
      }
    }
    return b.length() == 0 ? "v" : b.toString();
  }

  /**
   * Returns {@link #safeName} of each path, made unique by a suffix {@code _1}, {@code _2}... where
   * two would be equal.
   */
  public static List<String> safeNames(List<String> paths) {
    List<String> r = new java.util.ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String p : paths) {
      String base = safeName(p);
      String n = base;
      for (int k = 1; !seen.add(n); k++) {
        n = base + "_" + k;
      }
      r.add(n);
    }
    return r;
  }

  private static boolean unique(List<String> names) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String s : names) {
      if (s == null || s.isEmpty() || !seen.add(s)) {
        return false;
      }
    }
    return true;
  }
}
