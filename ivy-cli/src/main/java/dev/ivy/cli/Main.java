package dev.ivy.cli;

import dev.ivy.Array;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.errors.IvyException;
import dev.ivy.testkit.Conformance;
import dev.ivy.testkit.OracleCase;
import dev.ivy.testkit.OracleFiles;
import dev.ivy.testkit.Outcome;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code bin/ivy} command line, parsed by picocli: {@code demo} runs the seed's examples,
 * {@code conformance} runs a file of reference cases on one or all backends, and the other commands
 * trace, run ONNX models and write the generated docs. {@code --help} works on every command.
 */
@Command(
    name = "bin/ivy",
    mixinStandardHelpOptions = true,
    version = "Ivy for the JVM 0.1.0",
    description = "Ivy for the JVM: the demo, reference cases, tracing and ONNX models.",
    synopsisSubcommandLabel = "COMMAND")
public final class Main implements Callable<Integer> {
  private final PrintStream out;
  private final PrintStream err;

  private Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs a command; exits non-zero on failure. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs a command, printing to {@code out} and {@code err}, and returns the exit code: 0 on
   * success, 1 when the command fails (a mismatch, a failed case, a library error), 2 on a usage
   * error (printed with the command's usage).
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new Main(out, err));
    cl.addSubcommand("demo", new DemoCmd(out));
    cl.addSubcommand("conformance", new ConformanceCmd(out, err));
    cl.addSubcommand("coverage", new CoverageCmd(out));
    cl.addSubcommand("trace", new TraceCommand(out, err));
    cl.addSubcommand("frontends", new FrontendsCmd(out));
    cl.addSubcommand("run-onnx", new OnnxCommand(out, err));
    cl.addSubcommand("onnx-tests", new OnnxCommand.Tests(out, err));
    cl.addSubcommand("onnx-docs", new OnnxDocsCmd(out));
    cl.addSubcommand("onnx-backends", new OnnxBackendsCmd(out));
    cl.addSubcommand("backends", new BackendsCmd(out));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setParameterExceptionHandler(
        (e, given) -> {
          CommandLine at = e.getCommandLine();
          boolean unknownCommand =
              at == cl
                  && e instanceof CommandLine.UnmatchedArgumentException u
                  && !u.getUnmatched().isEmpty()
                  && !u.getUnmatched().get(0).startsWith("-");
          err.println(
              unknownCommand
                  ? "ivy: unknown command '" + given[0] + "'"
                  : "ivy " + at.getCommandName() + ": " + e.getMessage());
          at.usage(err);
          return 2;
        });
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof IvyException
              || e instanceof IllegalArgumentException
              || e instanceof java.io.IOException) {
            err.println("ivy " + line.getCommandName() + ": " + e.getMessage());
            return 1;
          }
          throw e;
        });
    if (args.length == 0) {
      cl.usage(err);
      return 2;
    }
    return cl.execute(args);
  }

  /** Without a command: prints the usage. */
  @Override
  public Integer call() {
    new CommandLine(this).usage(err);
    return 2;
  }

  @Command(
      name = "demo",
      mixinStandardHelpOptions = true,
      description = {
        "Run the seed's examples on the three backends, then convert a torch-style model and"
            + " train it on tf."
      })
  static final class DemoCmd implements Callable<Integer> {
    private final PrintStream out;

    DemoCmd(PrintStream out) {
      this.out = out;
    }

    @Override
    public Integer call() {
      Demo.run(out);
      return 0;
    }
  }

  @Command(
      name = "conformance",
      mixinStandardHelpOptions = true,
      description = {
        "Run a file of reference cases; one summary line per backend, then the totals.",
        "Exit code 1 if a case fails."
      })
  static final class ConformanceCmd implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Option(
        names = "--cases",
        required = true,
        paramLabel = "FILE.jsonl",
        description = "the reference cases (conformance/oracle/*.jsonl)")
    Path cases;

    @Option(
        names = "--backend",
        paramLabel = "B",
        defaultValue = "all",
        description = "nd4j, torch, tf, a comma-separated list or all (default: ${DEFAULT-VALUE})")
    String backend;

    @Option(
        names = "--mode",
        defaultValue = "eager",
        description = "eager or traced (default: ${DEFAULT-VALUE})")
    Conformance.Mode mode;

    @Option(names = "--report", paramLabel = "OUT.json", description = "write each case's outcome")
    Path report;

    ConformanceCmd(PrintStream out, PrintStream err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public Integer call() {
      return conformance(cases, backend, mode, report, out, err);
    }
  }

  @Command(
      name = "coverage",
      mixinStandardHelpOptions = true,
      description =
          "Which functions run natively, as composites, or are missing (docs/coverage.md).")
  static final class CoverageCmd implements Callable<Integer> {
    private final PrintStream out;

    @Option(
        names = "--frontend",
        defaultValue = "ivy",
        description = "the namespace (default: ${DEFAULT-VALUE})")
    String frontend;

    @Option(
        names = "--cases",
        paramLabel = "FILE.jsonl",
        description = "the cases to run (default: conformance/oracle/FRONTEND.jsonl)")
    Path cases;

    @Option(names = "--out", paramLabel = "FILE.md", description = "write there, not to stdout")
    Path target;

    CoverageCmd(PrintStream out) {
      this.out = out;
    }

    @Override
    public Integer call() throws java.io.IOException {
      return coverage(frontend, cases, target, out);
    }
  }

  /** Prints or writes a generated page. */
  abstract static class DocCmd implements Callable<Integer> {
    private final PrintStream out;

    @Option(names = "--out", paramLabel = "FILE.md", description = "write there, not to stdout")
    Path target;

    DocCmd(PrintStream out) {
      this.out = out;
    }

    abstract String render();

    @Override
    public Integer call() throws java.io.IOException {
      String md = render();
      if (target == null) {
        out.print(md);
      } else {
        Files.writeString(target, md);
        out.println("wrote " + target);
      }
      return 0;
    }
  }

  @Command(
      name = "frontends",
      mixinStandardHelpOptions = true,
      description = "List the frontends' functions with their Java signatures (docs/frontends.md).")
  static final class FrontendsCmd extends DocCmd {
    FrontendsCmd(PrintStream out) {
      super(out);
    }

    @Override
    String render() {
      return dev.ivy.testkit.FrontendsDoc.render();
    }
  }

  @Command(
      name = "onnx-docs",
      mixinStandardHelpOptions = true,
      description = "List the supported ONNX operators by opset (docs/onnx.md).")
  static final class OnnxDocsCmd extends DocCmd {
    OnnxDocsCmd(PrintStream out) {
      super(out);
    }

    @Override
    String render() {
      return dev.ivy.onnx.OnnxDocs.render();
    }
  }

  @Command(
      name = "onnx-backends",
      mixinStandardHelpOptions = true,
      description =
          "How each backend runs each ONNX operator, measured on the node tests"
              + " (docs/onnx-backends.md).")
  static final class OnnxBackendsCmd extends DocCmd {
    OnnxBackendsCmd(PrintStream out) {
      super(out);
    }

    @Override
    String render() {
      return dev.ivy.testkit.OnnxBackendsDoc.render(
          OracleFiles.conformanceDir().resolve("onnx-backend-tests").resolve("node"),
          BackendRegistry.available());
    }
  }

  @Command(
      name = "backends",
      mixinStandardHelpOptions = true,
      description = "List the backends on the class path.")
  static final class BackendsCmd implements Callable<Integer> {
    private final PrintStream out;

    BackendsCmd(PrintStream out) {
      this.out = out;
    }

    @Override
    public Integer call() {
      out.println(String.join(", ", BackendRegistry.available()));
      return 0;
    }
  }

  private static int conformance(
      Path file,
      String backend,
      Conformance.Mode mode,
      Path report,
      PrintStream out,
      PrintStream err) {
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
    Map<String, List<Outcome>> results = Conformance.run(cs, backends, mode);
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
      Conformance.writeReport(results, report);
    }
    return failed == 0 ? 0 : 1;
  }

  private static int coverage(String frontend, Path cases, Path target, PrintStream out)
      throws java.io.IOException {
    Path file =
        cases != null
            ? cases
            : OracleFiles.conformanceDir().resolve("oracle").resolve(frontend + ".jsonl");
    String md =
        dev.ivy.testkit.Coverage.render(
            frontend, withSamples(OracleFiles.read(file), frontend), BackendRegistry.available());
    if (target == null) {
      out.print(md);
    } else {
      Files.writeString(target, md);
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
