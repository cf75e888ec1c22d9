package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** docs/frontends.md is what {@code bin/ivy frontends} generates from the registry now. */
class FrontendsDocTest {
  @Test
  void frontendsDoc_matchesTheRegistry() throws Exception {
    assertEquals(
        FrontendsDoc.render(),
        Files.readString(DocExamplesTest.root().resolve("docs/frontends.md")),
        "docs/frontends.md is stale: run bin/ivy frontends --out docs/frontends.md");
  }
}
