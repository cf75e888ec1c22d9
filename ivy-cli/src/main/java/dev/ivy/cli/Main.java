package dev.ivy.cli;

import dev.ivy.Array;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.errors.IvyException;
import dev.ivy.testkit.Conformance;
import dev.ivy.testkit.OracleCase;
import dev.ivy.testkit.OracleFiles;
import dev.ivy.testkit.Outcome;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code bin/ivy} command line: {@code demo} runs the seed's examples, {@code conformance} runs
 * a file of reference cases on one or all backends.
 */
public final class Main {
  private Main() {}

  /** Runs a command; exits non-zero on failure. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs a command, printing to {@code out} and {@code err}, and returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
      usage(out);
      return args.length == 0 ? 2 : 0;
    }
    try {
      switch (args[0]) {
        case "demo":
          Demo.run(out);
          return 0;
        case "conformance":
          return conformance(Arrays.copyOfRange(args, 1, args.length), out, err);
        case "coverage":
          return coverage(Arrays.copyOfRange(args, 1, args.length), out, err);
        case "trace":
          return TraceCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        case "frontends":
          if (args.length == 3 && args[1].equals("--out")) {
            Files.writeString(Paths.get(args[2]), dev.ivy.testkit.FrontendsDoc.render());
            out.println("wrote " + args[2]);
          } else {
            out.print(dev.ivy.testkit.FrontendsDoc.render());
          }
          return 0;
        case "run-onnx":
          return OnnxCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        case "onnx-tests":
          return OnnxCommand.tests(Arrays.copyOfRange(args, 1, args.length), out, err);
        case "onnx-backends":
          {
            String md =
                dev.ivy.testkit.OnnxBackendsDoc.render(
                    OracleFiles.sharedDir().resolve("onnx-backend-tests").resolve("node"),
                    BackendRegistry.available());
            if (args.length == 3 && args[1].equals("--out")) {
              Files.writeString(Paths.get(args[2]), md);
              out.println("wrote " + args[2]);
            } else {
              out.print(md);
            }
            return 0;
          }
        case "onnx-docs":
          if (args.length == 3 && args[1].equals("--out")) {
            Files.writeString(Paths.get(args[2]), dev.ivy.onnx.OnnxDocs.render());
            out.println("wrote " + args[2]);
          } else {
            out.print(dev.ivy.onnx.OnnxDocs.render());
          }
          return 0;
        case "backends":
          out.println(String.join(", ", BackendRegistry.available()));
          return 0;
        default:
          err.println("ivy: unknown command '" + args[0] + "'");
          usage(err);
          return 2;
      }
    } catch (IvyException | IllegalArgumentException | java.io.IOException e) {
      err.println("ivy " + args[0] + ": " + e.getMessage());
      return 1;
    }
  }

  private static void usage(PrintStream p) {
    p.println("usage: bin/ivy <command> [options]");
    p.println(
        "  demo                                   run the seed's examples on the three backends,");
    p.println(
        "                                         then convert a torch-style model and train it on tf");
    p.println(
        "  conformance --cases FILE.jsonl [--backend nd4j|torch|tf|all] [--mode eager|traced]"
            + " [--report OUT.json]");
    p.println(
        "                                         run reference cases; one summary line per backend");
    p.println("  coverage [--frontend ivy] [--cases FILE.jsonl] [--out FILE.md]");
    p.println(
        "                                         which functions run natively, as composites, or are missing");
    p.println(
        "  frontends [--out FILE.md]              list the frontends' functions (docs/frontends.md)");
    p.println(
        "  run-onnx MODEL.onnx [--backend nd4j|torch|tf] [--input FILE.json] [--check NAME.json]");
    p.println(
        "                                         run an ONNX model, print its outputs; --check"
            + " compares with a reference file (exit 1 on mismatch)");
    p.println("  onnx-tests DIR [--backend nd4j|torch|tf|all] [--report FILE.tsv]");
    p.println(
        "                                         run ONNX backend tests (model.onnx +"
            + " test_data_set_*); one summary line per backend");
    p.println(
        "  onnx-backends [--out FILE.md]          how each backend runs each ONNX operator"
            + " (docs/onnx-backends.md)");
    p.println(
        "  onnx-docs [--out FILE.md]              list the supported ONNX operators (docs/onnx.md)");
    p.println("  backends                               list the backends on the class path");
  }

  private static int conformance(String[] args, PrintStream out, PrintStream err) {
    String cases = null;
    String backend = "all";
    String report = null;
    String mode = "eager";
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        err.println("ivy conformance: option " + a + " needs a value");
        return 2;
      }
      switch (a) {
        case "--cases":
          cases = args[++i];
          break;
        case "--backend":
          backend = args[++i];
          break;
        case "--report":
          report = args[++i];
          break;
        case "--mode":
          mode = args[++i];
          if (!mode.equals("eager") && !mode.equals("traced")) {
            err.println("ivy conformance: --mode must be eager or traced; got " + mode);
            return 2;
          }
          break;
        default:
          err.println("ivy conformance: unknown option " + a);
          return 2;
      }
    }
    if (cases == null) {
      err.println("ivy conformance: --cases FILE.jsonl is required");
      return 2;
    }
    Path file = Paths.get(cases);
    if (!Files.isReadable(file)) {
      err.println("ivy conformance: cannot read " + file);
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
    List<OracleCase> cs = OracleFiles.read(file);
    Map<String, List<Outcome>> results =
        Conformance.run(
            cs, backends, mode.equals("traced") ? Conformance.Mode.TRACED : Conformance.Mode.EAGER);
    long passed = 0;
    long failed = 0;
    for (Map.Entry<String, List<Outcome>> e : results.entrySet()) {
      long p = Conformance.count(e.getValue(), Outcome.Status.PASSED);
      long skipped = Conformance.count(e.getValue(), Outcome.Status.SKIPPED);
      long f = e.getValue().size() - p - skipped;
      long missing = Conformance.count(e.getValue(), Outcome.Status.MISSING);
      out.println(
          e.getKey()
              + ": "
              + p
              + " passed, "
              + f
              + " failed"
              + (missing > 0 ? " (" + missing + " missing)" : "")
              + (skipped > 0 ? ", " + skipped + " skipped" : ""));
      passed += p;
      failed += f;
    }
    out.println(passed + " passed, " + failed + " failed");
    if (report != null) {
      Conformance.writeReport(results, Paths.get(report));
    }
    return failed == 0 ? 0 : 1;
  }

  private static int coverage(String[] args, PrintStream out, PrintStream err)
      throws java.io.IOException {
    String frontend = "ivy";
    String cases = null;
    String target = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--frontend":
          frontend = args[i + 1];
          break;
        case "--cases":
          cases = args[i + 1];
          break;
        case "--out":
          target = args[i + 1];
          break;
        default:
          err.println("ivy coverage: unknown option " + args[i]);
          return 2;
      }
    }
    if (args.length % 2 != 0) {
      err.println("ivy coverage: option " + args[args.length - 1] + " needs a value");
      return 2;
    }
    Path file =
        cases != null
            ? Paths.get(cases)
            : OracleFiles.sharedDir().resolve("oracle").resolve(frontend + ".jsonl");
    String md =
        dev.ivy.testkit.Coverage.render(
            frontend, withSamples(OracleFiles.read(file), frontend), BackendRegistry.available());
    if (target == null) {
      out.print(md);
    } else {
      Files.writeString(Paths.get(target), md);
      out.println("wrote " + target);
    }
    return 0;
  }

  private static List<OracleCase> withSamples(List<OracleCase> cases, String frontend) {
    List<OracleCase> all = new ArrayList<>(cases);
    all.addAll(OracleFiles.samples(frontend));
    return all;
  }

  static String show(Array a) {
    return a.toString();
  }
}
