package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.IvyException;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.Param;
import dev.ivy.registry.RegisteredFunction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The one conformance suite, by operation: backend × function × mode, fed by the reference cases
 * ({@code conformance/oracle/*.jsonl}) and the registry's declarations.
 *
 * <ul>
 *   <li><b>eager</b>: every reference case of every namespace, called by name;
 *   <li><b>traced</b>: the same cases traced into a graph and run from it ({@link
 *       CaseRunner#runTraced}; cases that expect an error, take no array or read data while tracing
 *       are skipped there);
 *   <li><b>gradient</b>: the PyTorch-autograd cases of {@code grad.jsonl};
 *   <li><b>bad input</b>: every registered function called with a string for each required argument
 *       must return or raise the library's {@link IvyException}, never another exception.
 * </ul>
 *
 * <p>Nothing passes by percentage: a failure fails its function's test unless the case (or, for bad
 * input, the function) is listed in {@code known-failures.tsv} with its reason, and a listed entry
 * that passes fails too, so the list only shrinks.
 */
class ConformanceSuiteTest {
  private static final List<String> NAMESPACES =
      List.of("ivy", "torch", "tensorflow", "jax", "numpy");

  /**
   * The case files: the shared reference sets by namespace, then this project's own generated ones
   * in {@code src/test/resources/dev/ivy/testkit/} (each names its generator in {@code tools/}).
   */
  private static final List<String> CASE_FILES =
      List.of(
          "ivy",
          "torch",
          "tensorflow",
          "jax",
          "numpy",
          "jax-breadth",
          "torch-breadth",
          "numpy-extra",
          "tf-frontend-cases");

  /** mode → key (case id or namespace.function) → backend or "*" → reason. */
  private static final Map<String, Map<String, Map<String, String>>> KNOWN = knownFailures();

  @TestFactory
  Stream<DynamicNode> eager() {
    return caseTests("eager", CaseRunner::run, CASE_FILES);
  }

  @TestFactory
  Stream<DynamicNode> traced() {
    return caseTests("traced", CaseRunner::runTraced, CASE_FILES);
  }

  @TestFactory
  Stream<DynamicNode> gradient() {
    return caseTests("gradient", CaseRunner::run, List.of("grad"));
  }

  @org.junit.jupiter.api.Test
  void caseFiles_holdCasesOfTheirNamespace() {
    for (String ns : NAMESPACES) {
      List<OracleCase> cases =
          OracleFiles.read(OracleFiles.conformanceDir().resolve("oracle/" + ns + ".jsonl"));
      assertTrue(cases.size() > 100, ns + ".jsonl holds " + cases.size() + " cases");
      assertTrue(
          cases.stream().allMatch(c -> c.frontend().equals(ns)),
          ns + ".jsonl holds cases of another namespace");
    }
  }

  @TestFactory
  Stream<DynamicNode> badInput() {
    List<DynamicNode> out = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      List<DynamicNode> byNs = new ArrayList<>();
      for (String ns : NAMESPACES) {
        List<DynamicNode> fns = new ArrayList<>();
        for (RegisteredFunction f : FunctionRegistry.functions(ns)) {
          String key = ns + "." + f.name();
          fns.add(
              DynamicTest.dynamicTest(
                  f.name(), () -> expect("bad-input", key, backend, badInput(f, backend))));
        }
        byNs.add(DynamicContainer.dynamicContainer(ns, fns));
      }
      out.add(DynamicContainer.dynamicContainer(backend, byNs));
    }
    return out.stream();
  }

  /**
   * Calls {@code f} with a string for each required argument; returns why that is wrong or null.
   */
  private static String badInput(RegisteredFunction f, String backend) {
    List<Object> args = new ArrayList<>();
    for (Param p : f.params()) {
      if (p.required()) {
        args.add("not an array");
      }
    }
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      f.call(args, Map.of());
      return null;
    } catch (IvyException e) {
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      return "raised " + e + " instead of an IvyException";
    }
  }

  private static Stream<DynamicNode> caseTests(
      String mode, BiFunction<OracleCase, String, Outcome> runner, List<String> files) {
    List<DynamicNode> out = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      List<DynamicNode> byFile = new ArrayList<>();
      for (String file : files) {
        Map<String, List<OracleCase>> byFn = new TreeMap<>();
        for (OracleCase c : read(file)) {
          byFn.computeIfAbsent(c.fn(), k -> new ArrayList<>()).add(c);
        }
        List<DynamicNode> fns = new ArrayList<>();
        for (Map.Entry<String, List<OracleCase>> e : byFn.entrySet()) {
          fns.add(
              DynamicTest.dynamicTest(
                  e.getKey(),
                  () -> {
                    StringBuilder bad = new StringBuilder();
                    for (OracleCase c : e.getValue()) {
                      Outcome o = runner.apply(c, backend);
                      String why =
                          o.status() == Outcome.Status.FAILED
                                  || o.status() == Outcome.Status.MISSING
                              ? o.reason()
                              : null;
                      String wrong = verdict(mode, c.id(), backend, why);
                      if (wrong != null) {
                        bad.append("\n  ").append(wrong);
                      }
                    }
                    assertTrue(bad.isEmpty(), mode + " on " + backend + ":" + bad);
                  }));
        }
        byFile.add(DynamicContainer.dynamicContainer(file, fns));
      }
      out.add(DynamicContainer.dynamicContainer(backend, byFile));
    }
    return out.stream();
  }

  /** Reads a case file: this project's own resource when there is one, else the shared set. */
  private static List<OracleCase> read(String file) {
    java.net.URL own = ConformanceSuiteTest.class.getResource(file + ".jsonl");
    try {
      return OracleFiles.read(
          own != null
              ? Path.of(own.toURI())
              : OracleFiles.conformanceDir().resolve("oracle/" + file + ".jsonl"));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void expect(String mode, String key, String backend, String why) {
    String wrong = verdict(mode, key, backend, why);
    assertTrue(wrong == null, wrong);
  }

  /**
   * Returns what is wrong with one outcome ({@code why} is null when it passed), or null: a failure
   * must be listed as known, and a listed one must still fail.
   */
  private static String verdict(String mode, String key, String backend, String why) {
    Map<String, String> known = KNOWN.getOrDefault(mode, Map.of()).get(key);
    String reason = known == null ? null : known.getOrDefault(backend, known.get("*"));
    if (why != null && reason == null) {
      return key + ": " + why;
    }
    if (why == null && reason != null) {
      return key
          + " passes now: remove it from known-failures.tsv ("
          + mode
          + ", "
          + backend
          + ": "
          + reason
          + ")";
    }
    return null;
  }

  private static Map<String, Map<String, Map<String, String>>> knownFailures() {
    Path file = Path.of("src/test/resources/known-failures.tsv");
    Map<String, Map<String, Map<String, String>>> r = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4 || f[3].isBlank()) {
          throw new IllegalStateException(
              "known-failures.tsv: each line is mode, backend or *, case id or function, and"
                  + " the reason, separated by tabs; got: "
                  + line);
        }
        r.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
            .computeIfAbsent(f[2], k -> new LinkedHashMap<>())
            .put(f[1], f[3]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return r;
  }
}
