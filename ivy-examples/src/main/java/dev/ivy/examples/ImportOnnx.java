package dev.ivy.examples;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.TracedFunction;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports an ONNX model ({@link Ivy#importOnnx}) and runs it on every backend (ND4J, PyTorch and
 * TensorFlow, each compiling the imported graph its own way), printing each output and how far the
 * backends are from each other.
 *
 * <p>Run it from the repository root, after {@code mvn -B -DskipTests package -pl ivy-examples -am}
 * (see {@code ivy-examples/README.md}):
 *
 * <pre>
 * java -Xss4m -Dai.djl.offline=true -cp "ivy-examples/target/classes:ivy-examples/target/lib/*" \
 *     dev.ivy.examples.ImportOnnx conformance/models/mlp.onnx 20
 * </pre>
 *
 * <p>The arguments are the model (default {@code models/mlp.onnx} under the folder named by the
 * system property {@code ivy.conformance}, else {@code conformance}) and the number of features of
 * its one input, a float32 [batch, features] (default 20, what {@code mlp.onnx} takes).
 */
public final class ImportOnnx {
  private ImportOnnx() {}

  /** Runs the example with the arguments above, printing to stdout. */
  public static void main(String[] args) {
    run(args, System.out);
  }

  /**
   * Runs the example with the arguments above, printing to {@code out}; returns the output of each
   * backend, as Java floats, by backend name.
   */
  public static Map<String, float[]> run(String[] args, PrintStream out) {
    Path data = Path.of(System.getProperty("ivy.conformance", "conformance"));
    Path model = args.length > 0 ? Path.of(args[0]) : data.resolve("models/mlp.onnx");
    int features = args.length > 1 ? Integer.parseInt(args[1]) : 20;

    // a seeded input: the same values on every backend
    Array x = Ivy.randomNormal(0.0, 1.0, Shape.of(4, features), DType.FLOAT32, 7L);
    TracedFunction graph = Ivy.importOnnx(model, x);
    out.println("imported " + model.getFileName() + ":");
    out.print(graph);

    Map<String, float[]> outputs = new LinkedHashMap<>();
    for (String backend : List.of("nd4j", "torch", "tf")) {
      try (var b = Ivy.withBackend(backend);
          TracedFunction.Prepared compiled = graph.toBackend(backend)) {
        Array y = compiled.run(Ivy.toBackend(x, backend)).get(0);
        out.println(backend + " (compiled: " + compiled.isCompiled() + "): " + y);
        outputs.put(backend, y.toFloatArray());
      }
    }
    float[] first = outputs.get("nd4j");
    for (String backend : List.of("torch", "tf")) {
      out.printf(
          Locale.ROOT,
          "max |%s - nd4j| = %.2e%n",
          backend,
          maxAbsDiff(outputs.get(backend), first));
    }
    return outputs;
  }

  /** Returns the largest absolute difference between two arrays of the same length. */
  static double maxAbsDiff(float[] a, float[] b) {
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }
}
