package dev.ivy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.onnx.OnnxModel;
import dev.ivy.onnx.PreparedOnnxModel;
import dev.ivy.testkit.OnnxReference;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/ivy run-onnx MODEL.onnx [--backend nd4j|torch|tf] [--input FILE.json] [--check
 * NAME.json]}: runs an ONNX model and prints its outputs; with {@code --check} compares them with
 * the reference file's outputs within its tolerances (exit 1 on a mismatch). The model runs
 * prepared on the backend ({@link OnnxModel#prepare(String)}).
 */
@Command(
    name = "run-onnx",
    mixinStandardHelpOptions = true,
    description = {
      "Run an ONNX model and print its outputs; --check compares them with a reference file",
      "(exit 1 on a mismatch)."
    })
final class OnnxCommand implements Callable<Integer> {
  private final PrintStream out;
  private final PrintStream err;

  @Parameters(paramLabel = "MODEL.onnx", description = "the model")
  String model;

  @Option(names = "--backend", paramLabel = "B", description = "default: the current backend")
  String backend;

  @Option(
      names = "--input",
      paramLabel = "FILE.json",
      description = "the inputs (a reference file's inputs, or a map of name to array)")
  String input;

  @Option(
      names = "--check",
      paramLabel = "NAME.json",
      description = "a reference file: its inputs, unless --input, and the outputs to compare")
  String check;

  OnnxCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException {
    OnnxModel m = OnnxModel.load(Paths.get(model));
    String b = BackendRegistry.canonical(backend != null ? backend : Ivy.currentBackend().name());
    OnnxReference ref = check == null ? null : OnnxReference.read(Paths.get(check));
    Map<String, Array> feeds;
    if (input != null) {
      JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(Path.of(input)));
      feeds = OnnxReference.decode(root.has("inputs") ? root.get("inputs") : root, m, b);
    } else if (ref != null) {
      feeds = ref.inputs(m, b);
    } else {
      err.println("ivy run-onnx: --input FILE.json (or --check NAME.json) is required");
      return 2;
    }
    try (PreparedOnnxModel p = m.prepare(b);
        var s = Ivy.scope()) {
      Map<String, Array> outs = p.run(feeds);
      for (Map.Entry<String, Array> e : outs.entrySet()) {
        out.println(e.getKey() + " = " + e.getValue());
      }
      if (ref == null) {
        return 0;
      }
      List<String> bad = ref.compare(new ArrayList<>(outs.values()));
      if (bad.isEmpty()) {
        out.println(
            "check: "
                + outs.size()
                + " output(s) match "
                + check
                + " on "
                + b
                + " (rtol "
                + ref.rtol()
                + ", atol "
                + ref.atol()
                + ")");
        return 0;
      }
      for (String w : bad) {
        err.println("check: MISMATCH " + w);
      }
      return 1;
    }
  }
}
