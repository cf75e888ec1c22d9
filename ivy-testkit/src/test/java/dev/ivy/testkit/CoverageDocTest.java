package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ivy.backend.BackendRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** docs/coverage.md is what {@code bin/ivy coverage} generates from the registry now. */
class CoverageDocTest {
  @Test
  void coverageDoc_matchesTheRegistry() throws Exception {
    Assumptions.assumeTrue(BackendRegistry.available().size() == 3, "needs all three backends");
    Path doc = DocExamplesTest.root().resolve("docs/coverage.md");
    String want =
        Coverage.render(
            "ivy",
            OracleFiles.read(OracleFiles.sharedDir().resolve("oracle/ivy.jsonl")),
            BackendRegistry.available());
    assertEquals(
        want,
        Files.readString(doc),
        "docs/coverage.md is stale: run bin/ivy coverage --out docs/coverage.md");
  }
}
