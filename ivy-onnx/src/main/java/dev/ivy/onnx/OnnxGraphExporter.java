package dev.ivy.onnx;

import dev.ivy.Array;
import dev.ivy.GraphExporter;
import dev.ivy.TracedFunction;
import dev.ivy.backend.ExportSpec;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.trace.Graph;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves {@code graph.export("onnx", path)}: writes the graph with {@link OnnxExport}, the spec's
 * input and output names as the model's, and its variables as initializers holding their values.
 */
public final class OnnxGraphExporter implements GraphExporter {
  /** Creates the exporter (for {@link java.util.ServiceLoader}). */
  public OnnxGraphExporter() {}

  @Override
  public String target() {
    return "onnx";
  }

  /**
   * Writes the ONNX model to {@code spec.target()} and returns that path (absolute).
   *
   * @throws IvyArgumentException if the graph is not a traced {@link Graph}, the spec has no
   *     target, or its names or variables do not match the graph
   * @throws OnnxException if a primitive of the graph cannot be exported, or the file cannot be
   *     written
   */
  @Override
  public Object export(TracedFunction graph, ExportSpec spec) {
    if (!(graph instanceof Graph g)) {
      throw new IvyArgumentException(
          "export: the onnx exporter needs a graph of ivy-tracer; got "
              + (graph == null ? "null" : graph.getClass().getName()));
    }
    if (spec.target() == null) {
      throw new IvyArgumentException(
          "export: spec.target must be the ONNX file to write for onnx; got null");
    }
    java.util.List<dev.ivy.backend.Program.Input> in = new java.util.ArrayList<>();
    for (int i = 0; i < g.inputs().size(); i++) {
      in.add(new dev.ivy.backend.Program.Input(g.inputs().get(i), g.inputAvals().get(i)));
    }
    // the spec's own rule, on the graph's signature: names per input and output, variables' avals
    spec.check(
        new dev.ivy.backend.Program(in, java.util.List.of(), java.util.List.of(), g.outputs()));
    OnnxExport.Builder b =
        OnnxExport.builder(g).setInputNames(spec.inputNames()).setOutputNames(spec.outputNames());
    for (Map.Entry<String, Array> e : spec.variables().entrySet()) {
      b.optInitializer(spec.inputNames().indexOf(e.getKey()), e.getValue());
    }
    Path out = spec.target().toAbsolutePath().normalize();
    b.write(out);
    return out;
  }
}
