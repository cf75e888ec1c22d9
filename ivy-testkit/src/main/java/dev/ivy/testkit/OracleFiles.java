package dev.ivy.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ivy.errors.IvyArgumentException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Reads reference-case files and finds the conformance data folder. */
public final class OracleFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OracleFiles() {}

  /**
   * Returns the cases of a JSON-lines file, in file order.
   *
   * @throws IvyArgumentException if a line is not a valid case
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<OracleCase> read(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("conformance: cannot read " + file, e);
    }
  }

  /**
   * Returns the sample calls of namespace {@code frontend} that the testkit ships (resource {@code
   * samples/FRONTEND.jsonl}): cases in the same format without {@code expect}, one or more per
   * function that no reference case exercises, so that coverage and the cross-backend property test
   * observe every registered function.
   */
  public static List<OracleCase> samples(String frontend) {
    String name = "samples/" + frontend + ".jsonl";
    java.io.InputStream in = OracleFiles.class.getResourceAsStream(name);
    if (in == null) {
      return List.of();
    }
    try (BufferedReader r =
        new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(r, name, false);
    } catch (IOException e) {
      throw new UncheckedIOException("conformance: cannot read " + name, e);
    }
  }

  private static List<OracleCase> read(BufferedReader r, String file, boolean needExpect)
      throws IOException {
    List<OracleCase> cases = new ArrayList<>();
    {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode j;
        try {
          j = JSON.readTree(line);
        } catch (IOException e) {
          throw new IvyArgumentException(
              "conformance: line " + n + " of " + file + " must be JSON; got: " + e.getMessage(),
              e);
        }
        if (!j.hasNonNull("id") || !j.hasNonNull("fn") || (needExpect && !j.has("expect"))) {
          throw new IvyArgumentException(
              "conformance: line " + n + " of " + file + " must have id, fn and expect");
        }
        cases.add(
            new OracleCase(
                j.get("id").asText(),
                j.path("frontend").asText("ivy"),
                j.get("fn").asText(),
                j.path("args"),
                j.path("kwargs"),
                j.path("expect"),
                j.path("rtol").asDouble(1e-5),
                j.path("atol").asDouble(1e-8),
                j.path("fixed_inputs").asBoolean(false),
                j.path("grad"),
                j.path("output"),
                j.path("source").asText("")));
      }
    }
    return cases;
  }

  /**
   * Returns the repository's conformance data folder ({@code conformance/}: {@code oracle/}, {@code
   * models/}, {@code onnx-backend-tests/}): the system property {@code ivy.conformance}, else
   * {@code conformance} in the working directory or one of its parents.
   *
   * @throws IllegalStateException if there is none
   */
  public static Path conformanceDir() {
    String p = System.getProperty("ivy.conformance");
    if (p != null && Files.isDirectory(Paths.get(p))) {
      return Paths.get(p).toAbsolutePath().normalize();
    }
    Path d = Paths.get("").toAbsolutePath();
    while (d != null) {
      Path s = d.resolve("conformance");
      if (Files.isDirectory(s.resolve("oracle"))) {
        return s;
      }
      d = d.getParent();
    }
    throw new IllegalStateException(
        "conformance folder not found: run from the repository or set -Divy.conformance=PATH");
  }
}
