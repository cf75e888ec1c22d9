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

/**
 * {@code bin/ivy run-onnx MODEL.onnx [--backend nd4j|torch|tf] [--input FILE.json] [--check
 * NAME.json]}: runs an ONNX model and prints its outputs; with {@code --check} compares them with
 * the reference file's outputs within its tolerances (exit 1 on a mismatch). The model runs
 * prepared on the backend ({@link OnnxModel#prepare(String)}).
 */
final class OnnxCommand {
  private OnnxCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    String model = null;
    String backend = null;
    String input = null;
    String check = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--backend":
          backend = args[++i];
          break;
        case "--input":
          input = args[++i];
          break;
        case "--check":
          check = args[++i];
          break;
        default:
          if (args[i].startsWith("--") || model != null) {
            err.println("ivy run-onnx: unexpected argument '" + args[i] + "'");
            return 2;
          }
          model = args[i];
      }
    }
    if (model == null) {
      err.println(
          "ivy run-onnx: MODEL.onnx is required; usage: run-onnx MODEL.onnx [--backend B]"
              + " [--input FILE.json] [--check NAME.json]");
      return 2;
    }
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
  static int tests(String[] args, PrintStream out, PrintStream err) {
    String dir = null;
    String backend = "all";
    String report = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--backend", "--report" -> {
          if (i + 1 >= args.length) {
            err.println("ivy onnx-tests: option " + args[i] + " needs a value");
            return 2;
          }
          if (args[i].equals("--backend")) {
            backend = args[++i];
          } else {
            report = args[++i];
          }
        }
        default -> {
          if (args[i].startsWith("--") || dir != null) {
            err.println("ivy onnx-tests: unexpected argument '" + args[i] + "'");
            return 2;
          }
          dir = args[i];
        }
      }
    }
    if (dir == null || !Files.isDirectory(Path.of(dir))) {
      err.println(
          "ivy onnx-tests: DIR (a folder of case folders) is required; usage: onnx-tests DIR"
              + " [--backend nd4j|torch|tf|all] [--report FILE]");
      return 2;
    }
    List<String> backends = new ArrayList<>();
    if (backend.equals("all")) {
      backends.addAll(BackendRegistry.available());
    } else {
      for (String b : backend.split(",")) {
        backends.add(BackendRegistry.canonical(b.trim()));
      }
    }
    List<Path> cases = OnnxBackendTests.cases(Path.of(dir));
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
      OnnxBackendTests.writeReport(all, Path.of(report));
      out.println("wrote " + report);
    }
    return crashed ? 1 : 0;
  }
}
