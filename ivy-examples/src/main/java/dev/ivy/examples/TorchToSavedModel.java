package dev.ivy.examples;

import dev.ivy.Array;
import dev.ivy.Exported;
import dev.ivy.Ivy;
import dev.ivy.frontend.torch.TorchFrontend;
import dev.ivy.nn.Module;
import dev.ivy.nn.TracedModule;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.StdArrays;
import org.tensorflow.types.TFloat32;

/**
 * Defines a PyTorch-style module ({@code TorchFrontend.nn}), converts it to an Ivy module, traces
 * it with its weights as graph inputs, exports it as a TensorFlow SavedModel and loads that back
 * with plain TensorFlow Java (no Ivy class) to run it, checking that both give the same output.
 *
 * <p>Run it from the repository root, after {@code mvn -B -DskipTests package -pl ivy-examples -am}
 * (see {@code ivy-examples/README.md}):
 *
 * <pre>
 * java -Xss4m -Dai.djl.offline=true -cp "ivy-examples/target/classes:ivy-examples/target/lib/*" \
 *     dev.ivy.examples.TorchToSavedModel saved-net
 * </pre>
 *
 * <p>The argument is the SavedModel directory to write (new or empty; default: a new temporary
 * directory).
 */
public final class TorchToSavedModel {
  /** A small torch-style classifier: Linear(4, 8) - ReLU - Linear(8, 3) - Softmax. */
  static final class Net extends TorchFrontend.nn.Module {
    final TorchFrontend.nn.Linear fc1 = registerModule("fc1", new TorchFrontend.nn.Linear(4, 8));
    final TorchFrontend.nn.ReLU relu = registerModule("relu", new TorchFrontend.nn.ReLU());
    final TorchFrontend.nn.Linear fc2 = registerModule("fc2", new TorchFrontend.nn.Linear(8, 3));

    @Override
    public Array forward(Array x) {
      return TorchFrontend.nn.functional.softmax(fc2.call(relu.call(fc1.call(x))), -1);
    }
  }

  /**
   * What a run gives.
   *
   * @param savedModel the SavedModel directory
   * @param ivy the module's output, computed by Ivy
   * @param tensorFlow the SavedModel's output, computed by plain TensorFlow Java
   */
  public record Result(Path savedModel, float[][] ivy, float[][] tensorFlow) {}

  private TorchToSavedModel() {}

  /** Runs the example with the argument above, printing to stdout. */
  public static void main(String[] args) throws Exception {
    run(args, System.out);
  }

  /** Runs the example with the argument above, printing to {@code out}; returns both outputs. */
  public static Result run(String[] args, PrintStream out) throws Exception {
    Path dir =
        args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("ivy-saved").resolve("net");
    float[] input = {1, 2, 3, 4, -1, 0, 0.5f, 2}; // two rows of four features
    float[][] expected;
    Path saved;
    try (var b = Ivy.withBackend("tf")) {
      Ivy.seed(0);
      Net net = new Net();
      Array x = Ivy.array(input, 2, 4);
      expected = rows(net.call(x).toFloatArray(), 3);
      Module model = Ivy.toIvyModule(net);
      out.println("variables: " + model.v().paths());
      try (TracedModule traced = model.traceGraph(x)) {
        Exported e = traced.export("tf", dir);
        out.println("signature: " + e.spec().inputNames().get(0) + " -> " + e.spec().outputNames());
        saved = e.path();
      }
    }
    out.println("SavedModel written to " + saved);

    // from here on, plain TensorFlow Java
    float[][] got = new float[2][3];
    try (SavedModelBundle bundle = SavedModelBundle.load(saved.toString(), "serve");
        TFloat32 in = TFloat32.tensorOf(StdArrays.ndCopyOf(rows(input, 4)));
        var result =
            bundle.function("serving_default").call(Map.<String, Tensor>of("input_0", in))) {
      TFloat32 y = (TFloat32) result.get("output_0").get();
      for (int i = 0; i < got.length; i++) {
        for (int j = 0; j < 3; j++) {
          got[i][j] = y.getFloat(i, j);
        }
      }
    }
    for (int i = 0; i < got.length; i++) {
      out.printf(
          Locale.ROOT,
          "row %d: Ivy %s, TensorFlow %s%n",
          i,
          java.util.Arrays.toString(expected[i]),
          java.util.Arrays.toString(got[i]));
    }
    return new Result(saved, expected, got);
  }

  /** Splits a row-major [n, cols] array into its rows. */
  private static float[][] rows(float[] flat, int cols) {
    float[][] rows = new float[flat.length / cols][cols];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(flat, i * cols, rows[i], 0, cols);
    }
    return rows;
  }
}
