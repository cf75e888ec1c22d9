package dev.ivy.testkit;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.errors.IvyException;
import dev.ivy.onnx.OnnxException;
import dev.ivy.onnx.OnnxModel;
import dev.ivy.onnx.OnnxTensors;
import dev.ivy.onnx.ValueInfo;
import dev.ivy.onnx.proto.OnnxProto.TypeProto;
import dev.ivy.onnx.proto.OnnxProto.ValueInfoProto;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs the ONNX project's backend tests (the format of {@code onnx/backend/test/data/node}: one
 * folder per case holding {@code model.onnx} and {@code test_data_set_N/} with {@code input_K.pb}
 * and {@code output_K.pb}, serialized {@code TensorProto}s) through {@link OnnxModel} on a backend,
 * comparing each output's dtype, shape and values (relative tolerance 1e-3, absolute 1e-7 as ONNX's
 * own runner; NaN equals NaN).
 *
 * <p>A case is <em>unsupported</em> when the importer refuses it with an {@link OnnxException}
 * (operator, opset, attribute or data type not supported, sequence or optional values),
 * <em>failed</em> when it runs but gives other outputs or raises another error, and a
 * <em>crash</em> (a failure whose reason starts with {@code "crash: "}) when the error is not one
 * of the library's exceptions or the case runs past its time limit.
 *
 * <pre>{@code
 * List<OnnxBackendTests.Result> r = OnnxBackendTests.run(Path.of("node"), "torch");
 * long passed = OnnxBackendTests.count(r, OnnxBackendTests.Status.PASSED);
 * }</pre>
 */
public final class OnnxBackendTests {
  private OnnxBackendTests() {}

  /** The relative tolerance of the comparison. */
  public static final double RTOL = 1e-3;

  /** The absolute tolerance of the comparison. */
  public static final double ATOL = 1e-7;

  /** How long one case may run before it counts as a crash (hang). */
  public static final long CASE_TIMEOUT_SECONDS = 60;

  /** The outcome of a case. */
  public enum Status {
    /** Every output matches. */
    PASSED,
    /** The case ran and gave other outputs, or raised an error other than a refusal. */
    FAILED,
    /** The importer refused the model with an {@link OnnxException}. */
    UNSUPPORTED
  }

  /**
   * The outcome of one case on one backend.
   *
   * @param name the case folder's name
   * @param status the outcome
   * @param reason why it failed or is unsupported (empty when it passed)
   */
  public record Result(String name, Status status, String reason) {
    /** Returns whether the failure is a crash: a non-library exception or a time-out. */
    public boolean isCrash() {
      return status == Status.FAILED && reason.startsWith("crash: ");
    }
  }

  /** Returns the case folders under {@code dir} (those holding a model.onnx), sorted by name. */
  public static List<Path> cases(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("model.onnx"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("OnnxBackendTests: cannot list " + dir, e);
    }
  }

  /** Runs every case of {@code dir} on {@code backend}. */
  public static List<Result> run(Path dir, String backend) {
    return run(cases(dir), backend);
  }

  /**
   * Runs {@code cases} on {@code backend}, each on a worker thread with a time limit of {@link
   * #CASE_TIMEOUT_SECONDS}; a case past it is abandoned and counted as a crash.
   */
  public static List<Result> run(List<Path> cases, String backend) {
    List<Result> results = new ArrayList<>();
    ExecutorService worker = newWorker();
    try {
      for (Path c : cases) {
        Future<Result> f = worker.submit(() -> runCase(c, backend));
        Result r;
        try {
          r = f.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          f.cancel(true);
          worker.shutdownNow();
          worker = newWorker();
          r = new Result(name(c), Status.FAILED, "crash: ran past " + CASE_TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
          r = new Result(name(c), Status.FAILED, "crash: " + e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("OnnxBackendTests: interrupted", e);
        }
        results.add(r);
      }
    } finally {
      worker.shutdownNow();
    }
    return results;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(null, r, "onnx-backend-tests", 16L << 20);
          t.setDaemon(true);
          return t;
        });
  }

  /** Returns how many of {@code results} have {@code status}. */
  public static long count(List<Result> results, Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  /** Returns the summary line {@code "BACKEND: N passed, M failed, K unsupported"}. */
  public static String summary(String backend, List<Result> results) {
    return backend
        + ": "
        + count(results, Status.PASSED)
        + " passed, "
        + count(results, Status.FAILED)
        + " failed, "
        + count(results, Status.UNSUPPORTED)
        + " unsupported";
  }

  /**
   * Writes the report: one line per case and backend, {@code
   * backend<TAB>case<TAB>STATUS<TAB>reason}.
   */
  public static void writeReport(Map<String, List<Result>> byBackend, Path file) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, List<Result>> e : byBackend.entrySet()) {
      for (Result r : e.getValue()) {
        b.append(e.getKey())
            .append('\t')
            .append(r.name())
            .append('\t')
            .append(r.status())
            .append('\t')
            .append(r.reason().replace('\n', ' ').replace('\t', ' '))
            .append('\n');
      }
    }
    try {
      Files.writeString(file, b.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("OnnxBackendTests: cannot write " + file, e);
    }
  }

  private static String name(Path c) {
    return c.getFileName().toString();
  }

  /** Runs one case on {@code backend} (on the calling thread). */
  public static Result runCase(Path dir, String backend) {
    return runCase(dir, backend, null);
  }

  /**
   * Runs one case on {@code backend} (on the calling thread); when {@code calls} is not null, the
   * primitives the model runs on the first data set are added to it.
   */
  public static Result runCase(Path dir, String backend, List<PrimRecorder.Call> calls) {
    String name = name(dir);
    try (Ivy.BackendScope b = Ivy.withBackend(backend);
        var scope = Ivy.scope()) {
      OnnxModel m;
      try {
        m = OnnxModel.load(dir.resolve("model.onnx"));
        String nonTensor = nonTensorValue(m);
        if (nonTensor != null) {
          return new Result(name, Status.UNSUPPORTED, nonTensor);
        }
      } catch (OnnxException e) {
        return new Result(name, Status.UNSUPPORTED, e.getMessage());
      }
      List<Path> sets = dataSets(dir);
      if (sets.isEmpty()) {
        return new Result(name, Status.FAILED, "no test_data_set_N folder");
      }
      for (Path set : sets) {
        Map<String, Array> feeds = new LinkedHashMap<>();
        List<ValueInfo> ins = m.inputs();
        for (int k = 0; k < ins.size(); k++) {
          Path f = set.resolve("input_" + k + ".pb");
          if (Files.exists(f)) {
            feeds.put(ins.get(k).name(), OnnxTensors.read(f));
          }
        }
        List<Array> expected = new ArrayList<>();
        for (int k = 0; Files.exists(set.resolve("output_" + k + ".pb")); k++) {
          expected.add(OnnxTensors.read(set.resolve("output_" + k + ".pb")));
        }
        List<Array> got;
        if (calls != null && set.equals(sets.get(0))) {
          try (PrimRecorder r = PrimRecorder.start()) {
            got = new ArrayList<>(m.run(feeds).values());
            calls.addAll(r.calls());
          }
        } else {
          got = new ArrayList<>(m.run(feeds).values());
        }
        if (got.size() != expected.size()) {
          return new Result(
              name,
              Status.FAILED,
              "expected " + expected.size() + " outputs; the model gave " + got.size());
        }
        for (int k = 0; k < got.size(); k++) {
          String bad = compare(expected.get(k), got.get(k));
          if (bad != null) {
            return new Result(name, Status.FAILED, set.getFileName() + " output " + k + ": " + bad);
          }
        }
      }
      return new Result(name, Status.PASSED, "");
    } catch (OnnxException e) {
      return new Result(name, Status.UNSUPPORTED, e.getMessage());
    } catch (IvyException e) {
      return new Result(name, Status.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new Result(name, Status.FAILED, "crash: " + e);
    }
  }

  private static List<Path> dataSets(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("test_data_set_"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("OnnxBackendTests: cannot list " + dir, e);
    }
  }

  /** Returns why the model has a graph input or output that is not a tensor, or null. */
  private static String nonTensorValue(OnnxModel m) {
    List<ValueInfoProto> all = new ArrayList<>(m.proto().getGraph().getInputList());
    all.addAll(m.proto().getGraph().getOutputList());
    for (ValueInfoProto v : all) {
      TypeProto t = v.getType();
      if (!t.hasTensorType() && t.getValueCase() != TypeProto.ValueCase.VALUE_NOT_SET) {
        return "graph value '"
            + v.getName()
            + "' is a "
            + t.getValueCase().name().toLowerCase().replace("_type", "")
            + ": only tensors are supported as graph inputs and outputs";
      }
    }
    return null;
  }

  /** Returns why {@code got} does not match {@code want}, or null. */
  static String compare(Array want, Array got) {
    if (want.dtype() != got.dtype()) {
      return "dtype " + got.dtype() + ", expected " + want.dtype();
    }
    if (!want.shape().equals(got.shape())) {
      return "shape " + got.shape() + ", expected " + want.shape();
    }
    if (want.dtype().isInteger() || want.dtype() == DType.BOOL) {
      long[] w = want.toLongArray();
      long[] g = got.toLongArray();
      for (int i = 0; i < w.length; i++) {
        if (w[i] != g[i]) {
          return "element " + i + " is " + g[i] + ", expected " + w[i] + preview(g);
        }
      }
      return null;
    }
    double[] w = want.toDoubleArray();
    double[] g = got.toDoubleArray();
    for (int i = 0; i < w.length; i++) {
      boolean ok =
          Double.isNaN(w[i])
              ? Double.isNaN(g[i])
              : w[i] == g[i] || Math.abs(w[i] - g[i]) <= ATOL + RTOL * Math.abs(w[i]);
      if (!ok) {
        return "element " + i + " is " + g[i] + ", expected " + w[i];
      }
    }
    return null;
  }

  private static String preview(long[] g) {
    return g.length <= 16 ? " (got " + Arrays.toString(g) + ")" : "";
  }
}
