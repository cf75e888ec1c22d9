package dev.ivy.onnx;

import dev.ivy.Array;
import dev.ivy.OnnxProvider;
import dev.ivy.TracedFunction;
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
    return examples.isEmpty() ? m.toGraph() : m.toGraph(examples.toArray(new Array[0]));
  }

  @Override
  public TracedFunction importOnnx(Path path, dev.ivy.TraceOptions options, List<Array> examples) {
    OnnxModel m = OnnxModel.load(path);
    return m.toGraph(
        options, examples.isEmpty() ? m.declaredExamples() : examples.toArray(new Array[0]));
  }

  @Override
  public dev.ivy.nn.Module importOnnxModule(Path path) {
    return OnnxModel.load(path).toModule();
  }
}
