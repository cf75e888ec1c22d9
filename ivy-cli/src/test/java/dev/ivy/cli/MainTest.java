package dev.ivy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The command line as a user runs it: exit codes and what it prints. */
class MainTest {
  private static final Path DATA =
      Paths.get(System.getProperty("ivy.conformance", "../conformance"));

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs the command line in a fresh JVM, as {@code bin/ivy} does, so that what the natives write
   * to the process's stdout and stderr while they load is captured too.
   */
  private static Run runChild(String... args) throws Exception {
    Path javaBin = Paths.get(System.getProperty("java.home"), "bin", "java");
    Path out = Files.createTempFile("ivy-cli", ".out");
    Path err = Files.createTempFile("ivy-cli", ".err");
    try {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  javaBin.toString(),
                  "-Xss4m",
                  "-Dai.djl.offline=true",
                  "-Divy.conformance=" + DATA.toAbsolutePath(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName()));
      cmd.addAll(List.of(args));
      Process p =
          new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertTrue(p.waitFor(300, TimeUnit.SECONDS), "child JVM finished");
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void demo_printsTheSeedExamplesAgreementAcrossBackendsAndTheConvertedNetworksTraining()
      throws Exception {
    // in a fresh JVM: the three backends load there, and nothing may reach stderr
    Run r = runChild("demo");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err(), "the demo prints nothing on stderr (native logs included)");
    assertTrue(r.out().contains("[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]"), r.out());
    assertTrue(r.out().contains("Array(float32[1, 3], torch) [[0.0, 2.0, 2.0]]"), r.out());
    assertTrue(r.out().contains("identical on every backend: true"), r.out());
    assertTrue(
        r.out().contains("Ivy.toIvyModule(net).v(): [_linear/weight, _linear/bias]"), r.out());
    assertTrue(r.out().contains("compiled to a TF graph: true"), r.out());
    assertTrue(r.out().contains("[####################] 100/100  loss "), r.out());
    assertEquals(
        11,
        r.out().lines().filter(l -> l.matches("  \\[[#.]{20}\\] +\\d+/100  loss [0-9.]+")).count(),
        r.out());
    assertTrue(r.out().contains(", fell: true"), r.out());
    assertTrue(r.out().contains("give the same output: true"), r.out());
  }

  @Test
  void help_onEveryCommand_printsItsUsageAndExitsZero() {
    Run top = run("--help");
    assertEquals(0, top.code(), top.err());
    List<String> commands =
        List.of(
            "demo",
            "conformance",
            "coverage",
            "trace",
            "frontends",
            "run-onnx",
            "onnx-tests",
            "onnx-docs",
            "onnx-backends",
            "backends");
    for (String c : commands) {
      assertTrue(top.out().contains("  " + c + " "), c + " listed in:\n" + top.out());
      Run r = run(c, "--help");
      assertEquals(0, r.code(), c + ": " + r.err());
      assertTrue(r.out().startsWith("Usage: bin/ivy " + c), c + ":\n" + r.out());
      assertEquals("", r.err(), c);
    }
  }

  @Test
  void badOption_exitsTwoNamingItWithTheCommandsUsage() {
    Run r = run("conformance", "--cases", "x.jsonl", "--mode", "sideways");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--mode") && r.err().contains("sideways"), r.err());
    assertTrue(r.err().contains("Usage: bin/ivy conformance"), r.err());
  }

  @Test
  void demo_isDeterministic() {
    assertEquals(run("demo").out(), run("demo").out());
  }

  @Test
  void conformance_ivyCases_printsOneLinePerBackendThenTotalsAndWritesReport() throws Exception {
    Path report = Files.createTempFile("ivy-report", ".json");
    Run r =
        run(
            "conformance",
            "--cases",
            DATA.resolve("oracle/ivy.jsonl").toString(),
            "--backend",
            "all",
            "--report",
            report.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    String[] lines = r.out().trim().split("\n");
    assertEquals(4, lines.length, r.out());
    assertTrue(lines[0].matches("nd4j: \\d+ passed, 0 failed"), lines[0]);
    assertTrue(lines[3].matches("\\d+ passed, 0 failed"), lines[3]);
    String json = Files.readString(report);
    assertTrue(json.contains("\"id\" : \"ivy/abs/0000\"") && json.contains("\"status\""), json);
    Files.delete(report);
  }

  @Test
  void trace_dot_printsAGraphvizDigraph() {
    Run r =
        run(
            "trace",
            "--cases",
            DATA.resolve("oracle/ivy.jsonl").toString(),
            "--id",
            "ivy/add/0001",
            "--dot");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("digraph"), r.out());
    assertTrue(r.out().contains("add"), r.out());
  }

  @Test
  void unknownCommand_exitsTwoWithUsage() {
    Run r = run("frobnicate");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown command 'frobnicate'"), r.err());
    assertTrue(r.err().contains("Usage: bin/ivy"), r.err());
  }

  @Test
  void conformance_missingFile_exitsTwoNamingIt() {
    Run r = run("conformance", "--cases", "/nonexistent.jsonl");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("cannot read /nonexistent.jsonl"), r.err());
  }

  @Test
  void runOnnx_check_matchesTheReferenceOnTf() throws Exception {
    Path json = DATA.resolve("models/mlp.json");
    Run r =
        runChild(
            "run-onnx",
            DATA.resolve("models/mlp.onnx").toString(),
            "--backend",
            "tf",
            "--input",
            json.toString(),
            "--check",
            json.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err(), "run-onnx prints nothing on stderr");
    assertTrue(r.out().contains("output(s) match") && r.out().contains(" = "), r.out());
  }

  @Test
  void runOnnx_checkAgainstWrongOutputs_exitsOneWithMismatch(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String text = Files.readString(DATA.resolve("models/mlp.json"));
    // the same inputs with every expected output value shifted
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode root =
        (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(text);
    com.fasterxml.jackson.databind.node.ArrayNode data =
        (com.fasterxml.jackson.databind.node.ArrayNode)
            root.get("outputs").get(0).get("array").get("data");
    for (int i = 0; i < data.size(); i++) {
      data.set(i, json.getNodeFactory().numberNode(data.get(i).asDouble() + 1.0));
    }
    root.put("model", DATA.resolve("models/mlp.onnx").toAbsolutePath().toString());
    Path bad = dir.resolve("mlp_bad.json");
    Files.writeString(bad, root.toString());
    Run r =
        run(
            "run-onnx",
            DATA.resolve("models/mlp.onnx").toString(),
            "--backend",
            "nd4j",
            "--check",
            bad.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("MISMATCH"), r.err());
  }

  @Test
  void runOnnx_corruptModel_exitsOneNamingIt(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path p = dir.resolve("junk.onnx");
    Files.write(p, new byte[] {1, 2, 3, 4, 5});
    Run r = run("run-onnx", p.toString(), "--input", DATA.resolve("models/mlp.json").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("junk.onnx"), r.err());
  }
}
