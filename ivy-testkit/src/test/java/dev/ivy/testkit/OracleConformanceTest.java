package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every reference case of {@code ../shared/oracle/ivy.jsonl} on every backend, one test per
 * case and backend. A case whose function is not registered is skipped as missing; any other
 * failure fails the build.
 */
class OracleConformanceTest {
  private static final Path IVY_CASES = OracleFiles.sharedDir().resolve("oracle/ivy.jsonl");

  @TestFactory
  Stream<DynamicTest> ivyCases_onEveryBackend_matchTheFramework() {
    List<OracleCase> cases = OracleFiles.read(IVY_CASES);
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      for (OracleCase c : cases) {
        tests.add(
            DynamicTest.dynamicTest(
                c.fn() + "[" + backend + "] " + c.id(),
                () -> {
                  Outcome o = CaseRunner.run(c, backend);
                  Assumptions.assumeFalse(o.status() == Outcome.Status.MISSING, o.reason());
                  if (o.status() != Outcome.Status.PASSED) {
                    fail(c.id() + " on " + backend + ": " + o.reason());
                  }
                }));
      }
    }
    return tests.stream();
  }

  /**
   * The gradient cases ({@code oracle/grad.jsonl}, PyTorch autograd): every case must pass on every
   * backend; a function that is not registered fails here.
   */
  @TestFactory
  Stream<DynamicTest> gradCases_onEveryBackend_matchPyTorchAutograd() {
    List<OracleCase> cases = OracleFiles.read(OracleFiles.sharedDir().resolve("oracle/grad.jsonl"));
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      for (OracleCase c : cases) {
        tests.add(
            DynamicTest.dynamicTest(
                c.fn() + "[" + backend + "] " + c.id(),
                () -> {
                  assertEquals(true, c.isGrad(), c.id() + " has a grad field");
                  Outcome o = CaseRunner.run(c, backend);
                  if (o.status() != Outcome.Status.PASSED) {
                    fail(c.id() + " on " + backend + ": " + o.reason());
                  }
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void caseFile_readsCasesOfTheIvyNamespace() {
    List<OracleCase> cases = OracleFiles.read(IVY_CASES);
    assertEquals(true, cases.size() > 100, "ivy.jsonl should hold the core API's cases");
    assertEquals(
        0,
        cases.stream().filter(c -> !c.frontend().equals("ivy")).count(),
        "frontend of every case");
  }
}
