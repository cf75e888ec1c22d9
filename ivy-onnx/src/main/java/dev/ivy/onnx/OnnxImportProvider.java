package dev.ivy.onnx;

import dev.ivy.Array;
import dev.ivy.OnnxProvider;
import dev.ivy.TraceOptions;
import dev.ivy.TracedFunction;
import dev.ivy.trace.Graph;
import java.nio.file.Path;
import java.util.List;

/**
 * Serves {@link dev.ivy.Ivy#importOnnx} (loads the model and traces it on its declared inputs) and
 * {@link dev.ivy.Ivy#importOnnxModule} ({@link OnnxModel#toModule()}).
 */
public final class OnnxImportProvider implements OnnxProvider {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public OnnxImportProvider() {}

  @Override
  public TracedFunction importOnnx(Path path, List<Array> examples) {
    OnnxModel m = OnnxModel.load(path);
    if (examples.isEmpty()) {
      return m.toGraph();
    }
    Array[] ex = examples.toArray(new Array[0]);
    Graph g = m.toGraph(ex);
    TraceOptions used = g.isBatchPolymorphic() ? m.impliedOptions() : TraceOptions.defaults();
    return SymbolicDimsFunction.of(m, used, g.isBatchPolymorphic() ? used : null, g, ex);
  }

  @Override
  public TracedFunction importOnnx(Path path, dev.ivy.TraceOptions options, List<Array> examples) {
    OnnxModel m = OnnxModel.load(path);
    Array[] ex = examples.isEmpty() ? m.declaredExamples() : examples.toArray(new Array[0]);
    return SymbolicDimsFunction.of(m, options, options, m.toGraph(options, ex), ex);
  }

  @Override
  public dev.ivy.nn.Module importOnnxModule(Path path) {
    return OnnxModel.load(path).toModule();
  }
}
