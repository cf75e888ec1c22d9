package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the frontends' reference cases ({@code ../shared/oracle/{torch,tensorflow,jax,numpy}.jsonl})
 * on every backend, one test per case and backend. A function that is registered must pass all its
 * cases; unregistered ones are skipped as missing until the frontends are complete (issue 4).
 */
class FrontendConformanceTest {
  @TestFactory
  Stream<DynamicTest> frontendCases_onEveryBackend_matchTheFramework() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String file : List.of("torch", "tensorflow", "jax", "numpy")) {
      List<OracleCase> cases =
          OracleFiles.read(OracleFiles.sharedDir().resolve("oracle/" + file + ".jsonl"));
      for (String backend : Backends.underTest()) {
        for (OracleCase c : cases) {
          tests.add(
              DynamicTest.dynamicTest(
                  c.frontend() + "." + c.fn() + "[" + backend + "] " + c.id(),
                  () -> {
                    Outcome o = CaseRunner.run(c, backend);
                    Assumptions.assumeFalse(o.status() == Outcome.Status.MISSING, o.reason());
                    if (o.status() != Outcome.Status.PASSED) {
                      fail(c.id() + " on " + backend + ": " + o.reason());
                    }
                  }));
        }
      }
    }
    return tests.stream();
  }
}
