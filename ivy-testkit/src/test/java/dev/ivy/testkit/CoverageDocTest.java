package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ivy.backend.BackendRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** docs/coverage.md is what {@code bin/ivy coverage} generates from the registry now. */
class CoverageDocTest {
  private static java.util.List<OracleCase> withSamples(java.util.List<OracleCase> cases) {
    java.util.List<OracleCase> all = new java.util.ArrayList<>(cases);
    all.addAll(OracleFiles.samples("ivy"));
    return all;
  }

  @Test
  void coverageDoc_matchesTheRegistry() throws Exception {
    Assumptions.assumeTrue(BackendRegistry.available().size() == 3, "needs all three backends");
    Path doc = DocExamplesTest.root().resolve("docs/coverage.md");
    String want =
        Coverage.render(
            "ivy",
            withSamples(OracleFiles.read(OracleFiles.conformanceDir().resolve("oracle/ivy.jsonl"))),
            BackendRegistry.available());
    assertEquals(
        want,
        Files.readString(doc),
        "docs/coverage.md is stale: run bin/ivy coverage --out docs/coverage.md");
  }
}
