package dev.ivy.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.TraceOptions;
import dev.ivy.TracedFunction;
import dev.ivy.errors.IvyException;
import dev.ivy.nn.BatchNorm1d;
import dev.ivy.nn.Linear;
import dev.ivy.nn.Module;
import dev.ivy.nn.ReLU;
import dev.ivy.nn.Sequential;
import dev.ivy.onnx.OnnxModel;
import dev.ivy.onnx.ValueInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File mutation fuzzing (QuickTheories, a property-based test engine): a saved graph ({@link
 * Ivy#loadGraph}), a saved module ({@link Module#load}) and ONNX models ({@link OnnxModel#read},
 * from {@code shared/models}) are damaged by one mutation each (a bit flipped, a byte changed, the
 * file truncated, bytes inserted or deleted, two ranges swapped), half of them aimed at the file's
 * header, and loaded.
 *
 * <p>A load must raise an {@link IvyException} (the ONNX importer's {@code OnnxException} included)
 * within one second: any other exception or error, or a load slower than that (twice in a row, so a
 * busy machine does not fail it), fails the property. A damaged Ivy file (graph or module) must
 * never load: both carry a checksum over the whole file that loading requires. A damaged ONNX model
 * may load (ONNX files carry no checksum: a changed weight is still a model); then it runs on zeros
 * shaped as the intact model's inputs, on a backend of the suite, and must return or raise an
 * {@link IvyException}.
 *
 * <p>The normal suite runs a seeded 200 mutations per file kind; {@code -Divy.fuzz.mutations=N}
 * (the {@code fuzz} profile: 1,000) raises it. The figures (mutations by kind, outcomes, slowest
 * load) are logged after the run.
 */
class FileMutationFuzzTest {
  private static final Logger LOG = LoggerFactory.getLogger(FileMutationFuzzTest.class);
  private static final int MUTATIONS = Integer.getInteger("ivy.fuzz.mutations", 200);
  private static final long SLOW_NANOS = 1_000_000_000L;
  private static final List<String> BACKENDS = Backends.underTest();
  private static final List<String> MODELS =
      List.of("mlp.onnx", "res_block.onnx", "small_cnn.onnx", "tiny_transformer.onnx");

  private static Path dir;
  private static byte[] graphFile;
  private static byte[] moduleFile;
  private static final Map<String, byte[]> ONNX = new LinkedHashMap<>();
  private static final Map<String, Map<String, Supplier<Array>>> ONNX_FEEDS = new LinkedHashMap<>();
  private static final Map<String, AtomicLong> FIGURES = new ConcurrentHashMap<>();
  private static final Map<String, AtomicLong> SLOWEST = new ConcurrentHashMap<>();

  private static final long SEED = 20261207L;

  /** What a mutation does. */
  enum Kind {
    BIT_FLIP,
    BYTE_SET,
    TRUNCATE,
    INSERT,
    DELETE,
    SWAP_RANGES
  }

  /**
   * One mutation: its kind, two positions and a length (each taken modulo what the file allows), a
   * byte value, and whether it aims at the header (the first {@code header} bytes of the file).
   */
  record Mutation(Kind kind, int at, int other, int length, byte value, boolean inHeader) {
    /** Returns {@code file} mutated, or null when the mutation leaves it as it is. */
    byte[] apply(byte[] file, int header) {
      int region = inHeader ? Math.min(header, file.length) : file.length;
      int p = Math.floorMod(at, region);
      int n = 1 + Math.floorMod(length, 32);
      byte[] t;
      switch (kind) {
        case BIT_FLIP -> {
          t = file.clone();
          t[p] ^= (byte) (1 << Math.floorMod(value, 8));
        }
        case BYTE_SET -> {
          t = file.clone();
          t[p] = value == file[p] ? (byte) ~value : value;
        }
        case TRUNCATE -> t = Arrays.copyOf(file, p);
        case INSERT -> {
          t = new byte[file.length + n];
          System.arraycopy(file, 0, t, 0, p);
          Arrays.fill(t, p, p + n, value);
          System.arraycopy(file, p, t, p + n, file.length - p);
        }
        case DELETE -> {
          int m = Math.min(n, file.length - p);
          t = new byte[file.length - m];
          System.arraycopy(file, 0, t, 0, p);
          System.arraycopy(file, p + m, t, p, file.length - p - m);
        }
        case SWAP_RANGES -> {
          int q = Math.floorMod(other, file.length);
          int a = Math.min(p, q);
          int b = Math.max(p, q);
          int m = Math.min(n, Math.min(b - a, file.length - b));
          t = file.clone();
          System.arraycopy(file, b, t, a, m);
          System.arraycopy(file, a, t, b, m);
        }
        default -> throw new IllegalStateException(kind.name());
      }
      return Arrays.equals(t, file) ? null : t;
    }
  }

  @BeforeAll
  static void saveFiles() throws IOException {
    dir = Files.createTempDirectory("ivy-file-fuzz");
    try (var b = Ivy.withBackend(BACKENDS.get(0));
        Scope s = Ivy.scope()) {
      Path g = dir.resolve("graph.ivyg");
      graph().save(g);
      graphFile = Files.readAllBytes(g);
      Path m = dir.resolve("module.safetensors");
      module().save(m);
      moduleFile = Files.readAllBytes(m);
    }
    for (String name : MODELS) {
      byte[] bytes =
          Files.readAllBytes(OracleFiles.conformanceDir().resolve("models").resolve(name));
      ONNX.put(name, bytes);
      Map<String, Supplier<Array>> feeds = new LinkedHashMap<>();
      for (ValueInfo v : OnnxModel.read(bytes, name).inputs()) {
        long[] dims = v.shape().clone();
        for (int i = 0; i < dims.length; i++) {
          dims[i] = dims[i] < 0 ? 1 : dims[i];
        }
        feeds.put(v.name(), () -> Ivy.zeros(Shape.of(dims), v.dtype()));
      }
      ONNX_FEEDS.put(name, feeds);
    }
  }

  /**
   * A batch-polymorphic graph of structured arguments, with constants of several sizes (so their
   * ranges are padded) inside and outside a cond's branches.
   */
  private static TracedFunction graph() {
    Array w = Ivy.array(new float[] {1, -2, 3, 0.5f, 0, -1, 2, 1, -0.5f}, 3, 3);
    Array bias = Ivy.array(new float[] {0.1f, 0.2f, 0.3f}, 3);
    Array half = Ivy.array(new float[] {0.5f}, 1);
    return Ivy.traceGraphArgs(
        a -> {
          Array h = Ivy.add(Ivy.matmul(a.array(0, "x"), w), bias);
          Array pred = Ivy.greater(Ivy.sum(h), 0.0f);
          List<Array> r =
              Ivy.cond(
                  pred,
                  in -> List.of(Ivy.multiply(in.get(0), half)),
                  in -> List.of(Ivy.tanh(Ivy.add(in.get(0), bias))),
                  h);
          return List.of(Ivy.relu(r.get(0)), Ivy.multiply(a.array(0, "y"), w));
        },
        TraceOptions.polymorphicBatch(),
        Map.of("x", Ivy.ones(4, 3), "y", Ivy.ones(4, 3, 3)));
  }

  private static Module module() {
    return new Sequential(new Linear(5, 4), new BatchNorm1d(4), new ReLU(), new Linear(4, 3));
  }

  @AfterAll
  static void report() throws IOException {
    StringBuilder sb = new StringBuilder("File mutation fuzzing (ivy.fuzz.mutations=");
    sb.append(MUTATIONS).append("):");
    new TreeMap<>(FIGURES).forEach((k, v) -> sb.append("\n  ").append(k).append(": ").append(v));
    new TreeMap<>(SLOWEST)
        .forEach(
            (k, v) ->
                sb.append("\n  slowest ")
                    .append(k)
                    .append(": ")
                    .append(v.get() / 1_000_000)
                    .append(" ms"));
    LOG.info("{}", sb);
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  private static Gen<Mutation> mutations() {
    Gen<Integer> position = integers().between(0, Integer.MAX_VALUE);
    // length, byte value and whether the mutation aims at the header, in one draw
    Gen<int[]> rest =
        integers()
            .between(0, 31)
            .zip(
                integers().between(Byte.MIN_VALUE, Byte.MAX_VALUE),
                Generate.booleans(),
                (length, value, header) -> new int[] {length, value, header ? 1 : 0});
    return Generate.enumValues(Kind.class)
        .zip(
            position,
            position,
            rest,
            (kind, at, other, r) -> new Mutation(kind, at, other, r[0], (byte) r[1], r[2] == 1));
  }

  @Test
  void savedGraph_mutated_isRefusedWithAnIvyException() {
    qt().withFixedSeed(SEED)
        .withExamples(MUTATIONS)
        .withShrinkCycles(0)
        .forAll(mutations())
        .checkAssert(m -> refused("graph", graphFile, headerOfGraph(), m, Ivy::loadGraph));
  }

  @Test
  void savedModule_mutated_isRefusedWithAnIvyException() {
    qt().withFixedSeed(SEED)
        .withExamples(MUTATIONS)
        .withShrinkCycles(0)
        .forAll(mutations())
        .checkAssert(this::moduleRefused);
  }

  private void moduleRefused(Mutation m) {
    refused(
        "module",
        moduleFile,
        headerOfModule(),
        m,
        f -> {
          Module mod = module();
          mod.load(f);
          return mod;
        });
  }

  @Test
  void onnxModel_mutated_isRefusedOrRunsOrFailsWithAnIvyException() {
    qt().withFixedSeed(SEED)
        .withExamples(MUTATIONS)
        .withShrinkCycles(0)
        .forAll(mutations(), Generate.pick(MODELS), Generate.pick(BACKENDS))
        .checkAssert(
            (m, model, b) -> {
              try {
                onnxCase(m, model, b);
              } catch (Exception e) {
                throw new AssertionError(m + " of " + model + " on " + b + ": " + e, e);
              }
            });
  }

  private void onnxCase(Mutation m, String model, String b) throws Exception {
    byte[] file = ONNX.get(model);
    byte[] t = m.apply(file, Math.min(file.length, 512));
    count("onnx " + m.kind());
    if (t == null) {
      count("onnx unchanged");
      return;
    }
    try (var bk = Ivy.withBackend(b);
        Scope s = Ivy.scope()) {
      OnnxModel loaded = timed("onnx", m + " of " + model, () -> OnnxModel.read(t, model));
      if (loaded == null) {
        count("onnx refused");
        return;
      }
      count("onnx loaded");
      Map<String, Array> feeds = new LinkedHashMap<>();
      ONNX_FEEDS.get(model).forEach((k, v) -> feeds.put(k, v.get()));
      try {
        loaded.run(feeds);
        count("onnx loaded, ran");
      } catch (IvyException e) {
        count("onnx loaded, run refused");
      } catch (Throwable e) {
        throw new AssertionError(
            m + " of " + model + " on " + b + ": the run raised a non-Ivy " + e, e);
      }
    }
  }

  /** The length of a graph file's fixed header and JSON section. */
  private static int headerOfGraph() {
    return 32
        + java.nio.ByteBuffer.wrap(graphFile, 12, 4)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN)
            .getInt();
  }

  /** The length of a safetensors file's size field and header. */
  private static int headerOfModule() {
    return 8
        + (int)
            java.nio.ByteBuffer.wrap(moduleFile, 0, 8)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .getLong();
  }

  /** A load of a file. */
  private interface Load {
    Object load(Path file) throws Exception;
  }

  /** Checks that {@code file} mutated by {@code m} is refused, quickly, with an Ivy exception. */
  private static void refused(String what, byte[] file, int header, Mutation m, Load load)
      throws AssertionError {
    byte[] t = m.apply(file, header);
    count(what + " " + m.kind());
    if (t == null) {
      count(what + " unchanged");
      return;
    }
    Path f = dir.resolve("mutant-" + what);
    try {
      Files.write(f, t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Scope s = Ivy.scope()) {
      Object loaded = timed(what, m.toString(), () -> load.load(f));
      if (loaded != null) {
        throw new AssertionError(what + " file damaged by " + m + " loaded without an error");
      }
      count(what + " refused");
    }
  }

  /**
   * Runs {@code load} and returns what it loaded, or null if it raised an {@link IvyException};
   * fails on any other exception or error, and on a load slower than one second twice in a row.
   */
  private static <T> T timed(String what, String mutant, CheckedSupplier<T> load) {
    for (int attempt = 0; ; attempt++) {
      long t0 = System.nanoTime();
      T r;
      try {
        r = load.get();
        if (r == null) {
          throw new AssertionError(what + " " + mutant + ": the load returned null");
        }
      } catch (IvyException e) {
        r = null;
      } catch (AssertionError e) {
        throw e;
      } catch (Throwable e) {
        throw new AssertionError(what + " " + mutant + ": the load raised a non-Ivy " + e, e);
      }
      long took = System.nanoTime() - t0;
      SLOWEST
          .computeIfAbsent(what + " load", k -> new AtomicLong())
          .accumulateAndGet(took, Math::max);
      if (took <= SLOW_NANOS) {
        return r;
      }
      if (attempt > 0) {
        throw new AssertionError(
            what + " " + mutant + ": the load took " + took / 1_000_000 + " ms, twice");
      }
    }
  }

  /** A supplier that may throw. */
  private interface CheckedSupplier<T> {
    T get() throws Exception;
  }

  private static void count(String key) {
    FIGURES.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
  }
}
