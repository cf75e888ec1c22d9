package dev.ivy.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.IvyException;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.Param;
import dev.ivy.registry.RegisteredFunction;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzzing (QuickTheories, a property-based test engine): every registered function, called by name
 * as the reference-case runner calls it, with one or two of its arguments replaced by a malformed
 * value (a wrong Java type, None, an int out of range, a huge size, an empty or 0-d array, a
 * mismatched shape, a wrong dtype, NaN or infinity), on every backend. Each call starts from a
 * valid call of the function (a reference case or a sample of the testkit), so the malformed
 * argument reaches the function's own checks.
 *
 * <p>A call must return or raise an {@link IvyException}: any other exception or error, a call
 * slower than one second (twice in a row, so a busy machine does not fail it), or text printed on
 * {@code System.out}/{@code System.err} fails the property. The size limit is lowered to 64 MiB for
 * the run, so a huge request must be refused by the size guard, not attempted.
 *
 * <p>The normal suite runs a seeded few thousand calls ({@code ivy.fuzz.tries}, 3,000 by default);
 * {@code -Pfuzz} raises it to 200,000. {@code -Divy.fuzz.survey=true} records every bad call
 * instead of stopping at the first, and prints a summary by kind.
 */
class FunctionFuzzTest {
  private static final long SLOW_NANOS = 1_000_000_000L;
  private static final long FUZZ_LIMIT_BYTES = 64L << 20;
  private static final boolean SURVEY = Boolean.getBoolean("ivy.fuzz.survey");

  /**
   * Shifts every drawn function, parameter and kind ({@code -Divy.fuzz.salt=N}), so another run
   * explores other calls while the property's seed stays fixed and each run stays reproducible.
   */
  private static final int SALT = Integer.getInteger("ivy.fuzz.salt", 0);

  /**
   * A file to which each call is written before it runs ({@code -Divy.fuzz.trace=PATH}), so the
   * last line names the call when the JVM dies.
   */
  private static final String TRACE = System.getProperty("ivy.fuzz.trace");

  /** A function and the valid calls a malformed one starts from. */
  private record Target(RegisteredFunction fn, List<OracleCase> bases) {}

  private static final List<Target> TARGETS = targets();
  private static final List<String> BACKENDS = Backends.underTest();

  private static final AtomicLong CALLS = new AtomicLong();
  private static final AtomicLong MAX_NANOS = new AtomicLong();
  private static final Map<String, AtomicLong> OUTCOMES = new ConcurrentHashMap<>();
  private static final Map<String, String> BAD = new ConcurrentHashMap<>();
  private static final Map<String, AtomicLong> BAD_COUNTS = new ConcurrentHashMap<>();
  private static long savedLimit;
  private static PrintStream savedOut;
  private static PrintStream savedErr;
  private static final CountingStream PRINTED = new CountingStream();

  /** One malformed call: a backend, a function, a base call and the arguments to replace. */
  record Call(String backend, int fn, int base, List<Mutation> mutations) {
    @Override
    public String toString() {
      Target t = TARGETS.get(fn);
      return t.fn().frontend()
          + "."
          + t.fn().name()
          + " on "
          + backend
          + " from "
          + (t.bases().isEmpty() ? "arrays" : t.bases().get(base % t.bases().size()).id())
          + " with "
          + mutations;
    }
  }

  /**
   * Replaces parameter {@code param} (taken modulo the parameter count) by malformed {@code kind}.
   */
  record Mutation(int param, int kind) {
    @Override
    public String toString() {
      return "param#" + param + "=" + KINDS.get(kind % KINDS.size()).name();
    }
  }

  /** A kind of malformed value, built on the call's backend. */
  private record Kind(String name, Supplier<Object> value) {}

  private static final long BIG = 1_000_000_000_000L;
  private static final long INT_OVER = 1L << 31;

  private static final List<Kind> KINDS =
      List.of(
          new Kind("string", () -> "x"),
          new Kind("None", () -> null),
          new Kind("bool", () -> true),
          new Kind("ragged list", () -> List.of(List.of(1L, 2L), List.of(3L))),
          new Kind("nested list", () -> List.of(List.of(List.of(List.of(1.5))))),
          new Kind("empty list", List::of),
          new Kind("list of strings", () -> List.of("a", "b")),
          new Kind("list with None", () -> java.util.Arrays.asList(1L, null)),
          new Kind("map", () -> Map.of("k", 1L)),
          new Kind("dtype", () -> DType.INT8),
          new Kind("array [2,3] f32", () -> Ivy.ones(2, 3)),
          new Kind("scalar 1.5", () -> 1.5),
          new Kind("int 0", () -> 0L),
          new Kind("int -1", () -> -1L),
          new Kind("int -7", () -> -7L),
          new Kind("int 2^31", () -> INT_OVER),
          new Kind("int 10^12", () -> BIG),
          new Kind("Long.MIN", () -> Long.MIN_VALUE),
          new Kind("Long.MAX", () -> Long.MAX_VALUE),
          new Kind("ints [10^12, 10^12]", () -> List.of(BIG, BIG)),
          new Kind("ints [2^31]", () -> List.of(INT_OVER)),
          new Kind("ints [10^5, 10^5]", () -> List.of(100_000L, 100_000L)),
          new Kind("ints [-3, 7]", () -> List.of(-3L, 7L)),
          new Kind("ints array [10^12, 3]", () -> Ivy.asarray(List.of(BIG, 3L), DType.INT64)),
          new Kind("empty array [0]", () -> Ivy.zeros(0)),
          new Kind("empty array [2,0]", () -> Ivy.zeros(2, 0)),
          new Kind("0-d array", () -> Ivy.asarray(2.5, DType.FLOAT32)),
          new Kind("array [4,5]", () -> Ivy.ones(4, 5)),
          new Kind("array [1,1]", () -> Ivy.ones(1, 1)),
          new Kind("array [6]", () -> Ivy.ones(6)),
          new Kind("array rank 6", () -> Ivy.ones(1, 1, 2, 1, 1, 2)),
          new Kind("bool array", () -> Ivy.astype(Ivy.ones(2, 3), DType.BOOL)),
          new Kind("int64 array", () -> Ivy.astype(Ivy.ones(2, 3), DType.INT64)),
          new Kind("int32 array", () -> Ivy.astype(Ivy.ones(2, 3), DType.INT32)),
          new Kind("uint8 array", () -> Ivy.astype(Ivy.ones(2, 3), DType.UINT8)),
          new Kind("float16 array", () -> Ivy.astype(Ivy.ones(2, 3), DType.FLOAT16)),
          new Kind(
              "NaN/inf array",
              () ->
                  Ivy.asarray(
                      List.of(
                          List.of(Double.NaN, Double.POSITIVE_INFINITY, 1.0),
                          List.of(Double.NEGATIVE_INFINITY, 0.0, -0.0)),
                      DType.FLOAT32)),
          new Kind("list of arrays", () -> List.of(Ivy.ones(2), Ivy.ones(3))),
          new Kind("NaN", () -> Double.NaN),
          new Kind("inf", () -> Double.POSITIVE_INFINITY),
          new Kind("-inf", () -> Double.NEGATIVE_INFINITY),
          new Kind("1e300", () -> 1e300));

  /** Calls per run: {@code -Divy.fuzz.tries=N} ({@code -Pfuzz}: 200,000). */
  private static final int TRIES = Integer.getInteger("ivy.fuzz.tries", 3000);

  @BeforeAll
  static void lowerLimitAndWatchOutput() {
    savedLimit = Ivy.maxArrayBytes();
    Ivy.setMaxArrayBytes(FUZZ_LIMIT_BYTES);
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(new TeeStream(savedOut, PRINTED), true));
    System.setErr(new PrintStream(new TeeStream(savedErr, PRINTED), true));
  }

  @AfterAll
  static void restoreAndReport() {
    System.setOut(savedOut);
    System.setErr(savedErr);
    Ivy.setMaxArrayBytes(savedLimit);
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "FunctionFuzzTest: %d functions, %d calls, max call %.1f ms%n",
            TARGETS.size(), CALLS.get(), MAX_NANOS.get() / 1e6));
    new TreeMap<>(OUTCOMES)
        .forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
    if (!BAD.isEmpty()) {
      sb.append("bad calls by kind (count, first example):\n");
      new TreeMap<>(BAD)
          .forEach(
              (k, v) ->
                  sb.append(
                      String.format("  %6d  %s%n          %s%n", BAD_COUNTS.get(k).get(), k, v)));
    }
    System.out.print(sb);
    String out = System.getProperty("ivy.fuzz.report");
    if (out != null) {
      try {
        Files.writeString(Path.of(out), sb);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Test
  void malformedCall_everyFunction_raisesOnlyIvyExceptionsQuickly() {
    qt().withFixedSeed(20261207L)
        .withExamples(TRIES)
        .withShrinkCycles(0)
        .withGenerateAttempts(TRIES * 10)
        .forAll(calls())
        .check(FunctionFuzzTest::behaves);
  }

  /** Returns whether the call behaved; in survey mode records a bad call and goes on. */
  private static boolean behaves(Call call) {
    String problem = run(call);
    if (problem == null) {
      return true;
    }
    if (SURVEY) {
      String key = problem.replaceAll("(?s):.*", "");
      BAD.putIfAbsent(key, call + ": " + problem);
      BAD_COUNTS.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
      return true;
    }
    throw new AssertionError(call + ": " + problem);
  }

  private static Gen<Call> calls() {
    Gen<Mutation> mutation =
        integers()
            .between(0, 15)
            .zip(
                integers().between(0, KINDS.size() - 1),
                (param, kind) -> new Mutation(param + SALT, (kind + SALT) % KINDS.size()));
    return Generate.pick(List.copyOf(BACKENDS))
        .zip(
            integers()
                .between(0, TARGETS.size() - 1)
                .map(i -> (int) ((i + 7919L * SALT) % TARGETS.size())),
            integers().between(0, 1000),
            lists().of(mutation).ofSizeBetween(1, 2),
            Call::new);
  }

  /** Runs the call; returns null when it behaved, else what went wrong. */
  private static String run(Call call) {
    String problem = runOnce(call, true);
    if (problem != null && problem.startsWith("slow")) {
      problem = runOnce(call, false);
    }
    return problem;
  }

  private static String runOnce(Call call, boolean count) {
    Target t = TARGETS.get(call.fn());
    if (TRACE != null) {
      try {
        Files.writeString(
            Path.of(TRACE),
            call + "\n",
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    try (var b = Ivy.withBackend(call.backend());
        Scope s = Ivy.scope()) {
      List<Object> args = new ArrayList<>();
      Map<String, Object> kwargs = new LinkedHashMap<>();
      build(t, call, args, kwargs);
      long printed = PRINTED.count.get();
      long t0 = System.nanoTime();
      String outcome;
      String problem = null;
      try {
        t.fn().call(args, kwargs);
        outcome = "returned";
      } catch (IvyException e) {
        outcome = e.getClass().getSimpleName();
      } catch (Throwable e) {
        outcome = "NOT IVY " + e.getClass().getSimpleName();
        StackTraceElement top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        StackTraceElement ours = null;
        for (StackTraceElement el : e.getStackTrace()) {
          if (el.getClassName().startsWith("dev.ivy")) {
            ours = el;
            break;
          }
        }
        problem =
            e.getClass().getName()
                + " at "
                + (ours == null ? top : ours.getClassName() + "." + ours.getMethodName())
                + ": "
                + e.getMessage()
                + (ours == null ? "" : " (" + ours + ")");
      }
      long dt = System.nanoTime() - t0;
      if (count) {
        CALLS.incrementAndGet();
        OUTCOMES.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
        MAX_NANOS.accumulateAndGet(dt, Math::max);
      }
      if (problem == null && dt > SLOW_NANOS) {
        problem = "slow call: " + dt / 1_000_000 + " ms (" + outcome + ")";
      }
      if (problem == null && PRINTED.count.get() != printed) {
        problem = "printed: " + (PRINTED.count.get() - printed) + " bytes on stdout/stderr";
      }
      return problem;
    } catch (IvyException e) {
      // building the malformed value itself was refused: not the function's fault
      return null;
    }
  }

  /** Decodes the base call on the current backend and applies the mutations. */
  private static void build(Target t, Call call, List<Object> args, Map<String, Object> kwargs) {
    List<Param> params = t.fn().params();
    if (t.bases().isEmpty()) {
      for (Param p : params) {
        if (p.required()) {
          args.add(Ivy.ones(2, 3));
        }
      }
    } else {
      OracleCase c = t.bases().get(call.base() % t.bases().size());
      args.addAll(CaseRunner.args(c));
      kwargs.putAll(CaseRunner.kwargs(c));
    }
    if (params.isEmpty()) {
      return;
    }
    for (Mutation m : call.mutations()) {
      int i = m.param() % params.size();
      Param p = params.get(i);
      Object v = KINDS.get(m.kind() % KINDS.size()).value().get();
      if (p.variadic()) {
        if (args.size() > i) {
          args.set(i, v);
        } else {
          args.add(v);
        }
      } else if (i < args.size()) {
        args.set(i, v);
      } else {
        kwargs.put(p.name(), v);
      }
    }
  }

  /** Every registered function with its valid calls: reference cases and the testkit's samples. */
  private static List<Target> targets() {
    Map<String, List<OracleCase>> byFn = new HashMap<>();
    List<OracleCase> all = new ArrayList<>();
    Path shared = OracleFiles.conformanceDir().resolve("oracle");
    for (String f : List.of("ivy", "torch", "tensorflow", "jax", "numpy")) {
      all.addAll(OracleFiles.read(shared.resolve(f + ".jsonl")));
    }
    for (String f :
        List.of(
            "jax-breadth.jsonl",
            "torch-breadth.jsonl",
            "numpy-extra.jsonl",
            "tf-frontend-cases.jsonl")) {
      Path p = Path.of("src/test/resources/dev/ivy/testkit", f);
      if (Files.isRegularFile(p)) {
        all.addAll(OracleFiles.read(p));
      }
    }
    for (String frontend : FunctionRegistry.frontends()) {
      all.addAll(OracleFiles.samples(frontend));
    }
    for (OracleCase c : all) {
      if (!c.expectsError() && !c.isGrad()) {
        byFn.computeIfAbsent(c.frontend() + "." + c.fn(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Target> r = new ArrayList<>();
    for (String frontend : FunctionRegistry.frontends()) {
      for (RegisteredFunction f : FunctionRegistry.functions(frontend)) {
        r.add(new Target(f, byFn.getOrDefault(frontend + "." + f.name(), List.of())));
      }
    }
    return r;
  }

  /** Counts the bytes written through it. */
  private static final class CountingStream extends OutputStream {
    final AtomicLong count = new AtomicLong();

    @Override
    public void write(int b) {
      count.incrementAndGet();
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count.addAndGet(len);
    }
  }

  /** Writes to two streams. */
  private static final class TeeStream extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    TeeStream(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int x) throws IOException {
      a.write(x);
      b.write(x);
    }

    @Override
    public void write(byte[] x, int off, int len) throws IOException {
      a.write(x, off, len);
      b.write(x, off, len);
    }

    @Override
    public void flush() throws IOException {
      a.flush();
    }
  }
}
