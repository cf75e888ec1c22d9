package dev.ivy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH CSV result file into a Markdown table of Ivy against the framework's own call: both
 * times, the ratio Ivy/native and the difference in microseconds; the MLP forwards; and the real
 * models ({@link RealModelBenchmark}): each model × path in ms/op with its ratio to ONNX Runtime in
 * the same run.
 */
public final class Ratios {
  private Ratios() {}

  /** Reads {@code args[0]} (JMH {@code -rf csv} output) and prints the table to stdout. */
  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Paths.get(args[0]));
    List<String> header = split(lines.get(0));
    int name = header.indexOf("Benchmark");
    int score = header.indexOf("Score");
    int error = header.indexOf("Score Error (99.9%)");
    int backend = header.indexOf("Param: backend");
    int size = header.indexOf("Param: size");
    int n = header.indexOf("Param: n");
    int batch = header.indexOf("Param: batch");
    int layers = header.indexOf("Param: layers");
    int model = header.indexOf("Param: model");
    int path = header.indexOf("Param: path");
    int unit = header.indexOf("Unit");
    Map<String, double[]> rows = new LinkedHashMap<>();
    Map<String, double[]> mlp = new LinkedHashMap<>();
    Map<String, Map<String, double[]>> real = new LinkedHashMap<>();
    String realUnit = "ms/op";
    Map<String, Map<String, double[]>> train = new LinkedHashMap<>();
    String trainUnit = "us/op";
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = split(line);
      String bench = f.get(name);
      if (bench.contains("RealModelBenchmark") || bench.contains("TrainStepBenchmark")) {
        double sc = Double.parseDouble(f.get(score));
        double er =
            error >= 0 && !f.get(error).equals("NaN") ? Double.parseDouble(f.get(error)) : 0;
        boolean real0 = bench.contains("RealModelBenchmark");
        (real0 ? real : train)
            .computeIfAbsent(f.get(model), k -> new LinkedHashMap<>())
            .put(f.get(path), new double[] {sc, er});
        if (real0) {
          realUnit = unit >= 0 ? f.get(unit) : realUnit;
        } else {
          trainUnit = unit >= 0 ? f.get(unit) : trainUnit;
        }
        continue;
      }
      if (bench.contains("MlpBenchmark")) {
        String key =
            f.get(backend)
                + " | "
                + (batch >= 0 ? f.get(batch) : "32")
                + " | "
                + (layers >= 0 ? f.get(layers) : "784-256-256-10");
        double[] r = mlp.computeIfAbsent(key, k -> new double[] {0, 0, 0, 0, Double.NaN, 0});
        int off = bench.endsWith(".graph") ? 2 : bench.endsWith(".matmuls") ? 4 : 0;
        r[off] = Double.parseDouble(f.get(score));
        r[off + 1] =
            error >= 0 && !f.get(error).equals("NaN") ? Double.parseDouble(f.get(error)) : 0;
        continue;
      }
      String op = bench.contains("Matmul") ? "matmul" : "add";
      String shape =
          op.equals("add") ? "[" + f.get(size) + "]" : "[" + f.get(n) + ", " + f.get(n) + "]";
      String key = op + " | " + f.get(backend) + " | " + shape;
      double[] r = rows.computeIfAbsent(key, k -> new double[] {0, 0, 0, 0, Double.NaN, 0});
      int off = bench.endsWith(".ivy") ? 0 : bench.endsWith(".kernel") ? 4 : 2;
      r[off] = Double.parseDouble(f.get(score));
      r[off + 1] = error >= 0 && !f.get(error).equals("NaN") ? Double.parseDouble(f.get(error)) : 0;
    }
    if (!rows.isEmpty()) {
      printOps(rows);
    }
    printMlp(mlp);
    printPaths(real, realUnit, "ort");
    printPaths(train, trainUnit, "djl");
  }

  /**
   * Prints a per-model table of paths (the real models, {@link RealModelBenchmark}, against {@code
   * ort}; the training steps, {@link TrainStepBenchmark}, against {@code djl}): every path that ran
   * with its time and its ratio to the anchor of the same run ("–" where the anchor did not run
   * that model). A path whose setup failed (it cannot run the model, or its output differs from the
   * reference) has no row.
   */
  private static void printPaths(
      Map<String, Map<String, double[]>> real, String unit, String anchor) {
    if (real.isEmpty()) {
      return;
    }
    System.out.println();
    System.out.println("| model | path | time (" + unit + ") | path/" + anchor + " |");
    System.out.println("| --- | --- | ---: | ---: |");
    for (Map.Entry<String, Map<String, double[]>> m : real.entrySet()) {
      double[] ort = m.getValue().get(anchor);
      for (Map.Entry<String, double[]> e : m.getValue().entrySet()) {
        double[] r = e.getValue();
        String ratio = ort == null ? "–" : String.format(Locale.ROOT, "%.2f", r[0] / ort[0]);
        System.out.println(
            String.format(
                Locale.ROOT,
                "| %s | %s | %.3f ± %.3f | %s |",
                m.getKey(),
                e.getKey(),
                r[0],
                r[1],
                ratio));
      }
    }
  }

  private static void printOps(Map<String, double[]> rows) {
    System.out.println(
        "| op | backend | shape | Ivy (µs) | native (µs) | Ivy/native | Ivy − native (µs)"
            + " | Ivy's kernel alone (µs) | core's cost: Ivy − kernel (µs) |");
    System.out.println("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Map.Entry<String, double[]> e : rows.entrySet()) {
      double[] r = e.getValue();
      String kernel =
          Double.isNaN(r[4])
              ? "– | –"
              : String.format(Locale.ROOT, "%.3f ± %.3f | %+.3f", r[4], r[5], r[0] - r[4]);
      System.out.println(
          String.format(
              Locale.ROOT,
              "| %s | %.3f ± %.3f | %.3f ± %.3f | %.3f | %+.3f | %s |",
              e.getKey(),
              r[0],
              r[1],
              r[2],
              r[3],
              r[0] / r[2],
              r[0] - r[2],
              kernel));
    }
  }

  private static void printMlp(Map<String, double[]> mlp) {
    if (mlp.isEmpty()) {
      return;
    }
    System.out.println();
    System.out.println(
        "| MLP forward | batch | layers | eager Ivy (µs) | traced graph (µs) | eager/graph"
            + " | 3 matmuls alone (µs) | graph GFLOP/s |");
    System.out.println("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
    for (Map.Entry<String, double[]> e : mlp.entrySet()) {
      double[] r = e.getValue();
      String[] k = e.getKey().split(" \\| ");
      String floor =
          Double.isNaN(r[4]) ? "–" : String.format(Locale.ROOT, "%.1f ± %.1f", r[4], r[5]);
      System.out.println(
          String.format(
              Locale.ROOT,
              "| %s | %.1f ± %.1f | %.1f ± %.1f | %.2f | %s | %.1f |",
              e.getKey(),
              r[0],
              r[1],
              r[2],
              r[3],
              r[0] / r[2],
              floor,
              flops(Integer.parseInt(k[1]), k[2]) / (r[2] * 1e3)));
    }
  }

  /** Returns the multiply-add FLOPs (2 per multiply-add) of an MLP forward's matrix products. */
  private static double flops(int batch, String layers) {
    String[] w = layers.split("-");
    double f = 0;
    for (int i = 0; i + 1 < w.length; i++) {
      f += 2.0 * batch * Long.parseLong(w[i]) * Long.parseLong(w[i + 1]);
    }
    return f;
  }

  private static List<String> split(String line) {
    List<String> r = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        r.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    r.add(cur.toString());
    return r;
  }
}
