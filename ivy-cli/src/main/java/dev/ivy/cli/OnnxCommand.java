package dev.ivy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.onnx.OnnxModel;
import dev.ivy.onnx.PreparedOnnxModel;
import dev.ivy.testkit.OnnxBackendTests;
import dev.ivy.testkit.OnnxReference;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  /**
   * {@code bin/ivy onnx-tests DIR [--backend B|all] [--report FILE]}: runs the ONNX backend test
   * cases under DIR ({@link OnnxBackendTests}) and prints {@code BACKEND: N passed, M failed, K
   * unsupported} per backend; the report lists each case with its status and reason. Exit 1 when a
   * case crashed.
   */
  /** {@code bin/ivy onnx-tests}: runs ONNX's backend test format on each backend. */
  @Command(
      name = "onnx-tests",
      mixinStandardHelpOptions = true,
      description = {
        "Run ONNX backend tests (case folders of model.onnx and test_data_set_*/input_*.pb,"
            + " output_*.pb); per backend: N passed, M failed, K unsupported.",
        "Exit code 1 if a case crashed or hung."
      })
  static final class Tests implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(
        paramLabel = "DIR",
        description = "a folder of case folders (conformance/onnx-backend-tests/node)")
    Path dir;

    @Option(
        names = "--backend",
        paramLabel = "B",
        defaultValue = "all",
        description = "nd4j, torch, tf, a comma-separated list or all (default: ${DEFAULT-VALUE})")
    String backend;

    @Option(names = "--report", paramLabel = "FILE.tsv", description = "each case's status")
    Path report;

    Tests(PrintStream out, PrintStream err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(dir)) {
        err.println("ivy onnx-tests: " + dir + " is not a folder of case folders");
        return 2;
      }
      return tests(dir, backend, report, out);
    }
  }

  static int tests(Path dir, String backend, Path report, PrintStream out) throws IOException {
    List<String> backends = new ArrayList<>();
    if (backend.equals("all")) {
      backends.addAll(BackendRegistry.available());
    } else {
      for (String b : backend.split(",")) {
        backends.add(BackendRegistry.canonical(b.trim()));
      }
    }
    List<Path> cases = OnnxBackendTests.cases(dir);
    Map<String, List<OnnxBackendTests.Result>> all = new LinkedHashMap<>();
    boolean crashed = false;
    for (String b : backends) {
      List<OnnxBackendTests.Result> r = OnnxBackendTests.run(cases, b);
      all.put(b, r);
      out.println(OnnxBackendTests.summary(b, r));
      out.flush();
      crashed |= r.stream().anyMatch(OnnxBackendTests.Result::isCrash);
    }
    if (report != null) {
      OnnxBackendTests.writeReport(all, report);
      out.println("wrote " + report);
    }
    return crashed ? 1 : 0;
  }
}
