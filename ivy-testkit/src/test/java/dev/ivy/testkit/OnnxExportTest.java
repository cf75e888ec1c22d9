package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.IvyException;
import dev.ivy.errors.TracingException;
import dev.ivy.onnx.OnnxException;
import dev.ivy.onnx.OnnxExport;
import dev.ivy.onnx.OnnxModel;
import dev.ivy.onnx.ValueInfo;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX export of traced graphs ({@link OnnxExport}), checked by re-importing the exported model
 * ({@link OnnxModel}) and comparing its outputs with the graph's within 1e-5: the reference models
 * of {@code conformance/models} (import, trace, export, re-import), one small graph per primitive,
 * and every function of {@code oracle/ivy.jsonl} (and of the frontends' reference files) whose
 * traced graph exports; on every backend.
 */
class OnnxExportTest {
  private static final double TOL = 1e-5;

  /**
   * Returns the tolerance of a comparison of {@code dtype} values: 1e-5, or the dtype's own
   * resolution for half precision (a float16 result is only good to about 1e-3).
   */
  private static double tol(DType dtype) {
    return dtype == DType.FLOAT16 ? 2e-3 : dtype == DType.BFLOAT16 ? 1.6e-2 : TOL;
  }

  // ------------------------------------------------------------------ helpers

  /** Exports {@code g}, re-reads the bytes and runs the model on {@code inputs}. */
  private static List<Array> roundTrip(Graph g, List<Array> inputs) {
    byte[] bytes = OnnxExport.toProto(g).toByteArray();
    OnnxModel m = OnnxModel.read(bytes, "exported graph");
    assertEquals(OnnxExport.OPSET, m.opset());
    return m.run(inputs.toArray(new Array[0]));
  }

  /** Returns null when {@code got} matches {@code want} within 1e-5, else the mismatch. */
  private static String compare(List<Array> want, List<Array> got) {
    if (want.size() != got.size()) {
      return "expected " + want.size() + " outputs; got " + got.size();
    }
    for (int i = 0; i < want.size(); i++) {
      double t = tol(want.get(i).dtype());
      String w =
          CaseRunner.compare(CaseRunner.encode(want.get(i)), got.get(i), t, t, "output " + i);
      if (w != null) {
        return w;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ (a) reference models

  @TestFactory
  Stream<DynamicTest> referenceModels_tracedExportedAndReimported_matchWithin1e5(@TempDir Path dir)
      throws IOException {
    List<Path> files = OnnxModelsTest.referenceFiles();
    assertFalse(files.isEmpty(), "no reference models in conformance/models");
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      for (Path f : files) {
        String name = f.getFileName().toString().replace(".json", "");
        tests.add(
            DynamicTest.dynamicTest(
                name + "[" + backend + "]", () -> modelRoundTrip(f, backend, dir)));
      }
    }
    return tests.stream();
  }

  private static void modelRoundTrip(Path f, String backend, Path dir) {
    OnnxReference ref = OnnxReference.read(f);
    OnnxModel m = OnnxModel.load(ref.model());
    try (Scope s = Ivy.scope();
        var b = Ivy.withBackend(backend)) {
      Map<String, Array> in = ref.inputs(m, backend);
      List<Array> args = new ArrayList<>(in.values());
      List<Array> original = new ArrayList<>(m.run(in).values());
      Graph g = m.toGraph(args.toArray(new Array[0]));
      Path out = dir.resolve(f.getFileName().toString().replace(".json", "") + "-" + backend);
      OnnxExport.export(
          g,
          m.inputs().stream().map(ValueInfo::name).toList(),
          m.outputs().stream().map(ValueInfo::name).toList(),
          out);
      OnnxModel again = OnnxModel.load(out);
      assertEquals(
          m.inputs().stream().map(ValueInfo::name).toList(),
          again.inputs().stream().map(ValueInfo::name).toList(),
          "input names survive the export");
      List<Array> got = new ArrayList<>(again.run(in).values());
      String why = compare(original, got);
      assertNull(why, f.getFileName() + " on " + backend + ": " + why);
      List<String> bad = ref.compare(got);
      assertTrue(bad.isEmpty(), f.getFileName() + " re-imported on " + backend + ": " + bad);
    }
  }

  // ------------------------------------------------------------------ (b) every primitive

  /** One small traced function of one primitive; {@code exports} false: must raise naming it. */
  private record PrimCase(
      Prim prim,
      String label,
      Supplier<List<Array>> inputs,
      Function<List<Array>, Object> fn,
      boolean exports) {}

  private static Array f32(long[] shape, double... v) {
    return Ivy.array(v, DType.FLOAT32, shape);
  }

  private static Array f32(double... v) {
    return f32(new long[] {v.length}, v);
  }

  private static Array i32(long... v) {
    return Ivy.array(v, DType.INT32, v.length);
  }

  private static Array i64(long[] shape, long... v) {
    return Ivy.array(v, DType.INT64, shape);
  }

  private static Array bools(boolean... v) {
    return Ivy.array(v, v.length);
  }

  private static Function<List<Array>, Object> bind(Prim p, Params params) {
    return in -> Dispatcher.bind(p, params, in.toArray(new Array[0]));
  }

  private static Function<List<Array>, Object> bindMulti(Prim p, Params params) {
    return in -> List.of(Dispatcher.bindMulti(p, params, in.toArray(new Array[0])));
  }

  private static List<PrimCase> primCases() {
    List<PrimCase> r = new ArrayList<>();
    Params none = Params.None.INSTANCE;
    Supplier<List<Array>> general = () -> List.of(f32(-0.9, -0.3, 0.2, 0.7, 0.0));
    Supplier<List<Array>> positive = () -> List.of(f32(1.1, 1.5, 2.0, 3.25, 10.0));
    for (Prim p : Prim.UNARY) {
      if (p == Prim.NOT) {
        continue;
      }
      Supplier<List<Array>> in =
          EnumSet.of(Prim.LOG, Prim.LOG1P, Prim.SQRT, Prim.ACOSH).contains(p)
              ? positive
              : EnumSet.of(Prim.ISNAN, Prim.ISINF).contains(p)
                  ? () ->
                      List.of(
                          f32(1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN))
                  : p == Prim.ROUND ? () -> List.of(f32(0.5, 1.5, -2.5, 2.3, -0.4)) : general;
      r.add(new PrimCase(p, "float32", in, bind(p, none), true));
    }
    r.add(
        new PrimCase(
            Prim.NOT, "bool", () -> List.of(bools(true, false)), bind(Prim.NOT, none), true));
    r.add(
        new PrimCase(Prim.NOT, "int32", () -> List.of(i32(0, 5, -7)), bind(Prim.NOT, none), true));
    r.add(
        new PrimCase(
            Prim.NOT,
            "uint8",
            () -> List.of(Ivy.array(new long[] {0, 5, 255}, DType.UINT8, 3)),
            bind(Prim.NOT, none),
            true));
    Supplier<List<Array>> pair =
        () -> List.of(f32(new long[] {2, 3}, 1, -2, 3, -4, 5, -6.5), f32(1.5, -2, 0.5));
    for (Prim p :
        List.of(
            Prim.ADD, Prim.SUB, Prim.MUL, Prim.DIV, Prim.MAX, Prim.MIN, Prim.FLOOR_DIV, Prim.REM)) {
      r.add(new PrimCase(p, "float32", pair, bind(p, none), true));
    }
    r.add(
        new PrimCase(
            Prim.POW,
            "float32",
            () -> List.of(f32(0.5, 2, 3, 1.5), f32(2, -1, 0.5, 3)),
            bind(Prim.POW, none),
            true));
    r.add(
        new PrimCase(
            Prim.ATAN2,
            "float32",
            () -> List.of(f32(1, 1, -1, -1, 0, 2, -2, 0), f32(1, -1, 1, -1, -1, 0, 0, 3)),
            bind(Prim.ATAN2, none),
            true));
    Supplier<List<Array>> ints = () -> List.of(i32(7, -7, 7, -7, 0, 9), i32(2, 2, -2, -2, 3, 4));
    for (Prim p : List.of(Prim.FLOOR_DIV, Prim.REM, Prim.ADD, Prim.MUL)) {
      r.add(new PrimCase(p, "int32", ints, bind(p, none), true));
    }
    Supplier<List<Array>> bb =
        () -> List.of(bools(true, true, false, false), bools(true, false, true, false));
    for (Prim p : List.of(Prim.AND, Prim.OR, Prim.XOR)) {
      r.add(new PrimCase(p, "bool", bb, bind(p, none), true));
      r.add(new PrimCase(p, "int32", ints, bind(p, none), true));
      r.add(
          new PrimCase(
              p,
              "int64",
              () ->
                  List.of(
                      i64(new long[] {4}, Long.MIN_VALUE, -1, 123456789012L, Long.MAX_VALUE),
                      i64(new long[] {4}, -1, 77, -5, -9876543210L)),
              bind(p, none),
              true));
      r.add(
          new PrimCase(
              p,
              "uint8",
              () ->
                  List.of(
                      Ivy.array(new long[] {0, 255, 170, 15}, DType.UINT8, 4),
                      Ivy.array(new long[] {255, 85, 204, 240}, DType.UINT8, 4)),
              bind(p, none),
              true));
      r.add(
          new PrimCase(
              p,
              "int8",
              () ->
                  List.of(
                      Ivy.array(new long[] {-128, 127, -1, 5}, DType.INT8, 4),
                      Ivy.array(new long[] {-1, -128, 3, -6}, DType.INT8, 4)),
              bind(p, none),
              true));
    }
    Supplier<List<Array>> shifts = () -> List.of(i32(1, -8, 5, -1), i32(0, 1, 3, 2));
    r.add(new PrimCase(Prim.SHL, "int32", shifts, bind(Prim.SHL, none), true));
    r.add(new PrimCase(Prim.SHR, "int32", shifts, bind(Prim.SHR, none), true));
    Supplier<List<Array>> shifts8 =
        () ->
            List.of(
                Ivy.array(new long[] {1, -8, 5, -1}, DType.INT8, 4),
                Ivy.array(new long[] {0, 1, 3, 2}, DType.INT8, 4));
    r.add(new PrimCase(Prim.SHL, "int8", shifts8, bind(Prim.SHL, none), true));
    r.add(new PrimCase(Prim.SHR, "int8", shifts8, bind(Prim.SHR, none), true));
    Supplier<List<Array>> u8 =
        () ->
            List.of(
                Ivy.array(new long[] {1, 200, 5}, DType.UINT8, 3),
                Ivy.array(new long[] {1, 2, 3}, DType.UINT8, 3));
    r.add(new PrimCase(Prim.SHL, "uint8", u8, bind(Prim.SHL, none), true));
    r.add(new PrimCase(Prim.SHR, "uint8", u8, bind(Prim.SHR, none), true));
    Supplier<List<Array>> cmp = () -> List.of(f32(1, 2, 3, Double.NaN), f32(2, 2, 1, 1));
    for (Prim p : Prim.COMPARE) {
      r.add(new PrimCase(p, "float32", cmp, bind(p, none), true));
    }
    r.add(new PrimCase(Prim.LT, "bool", bb, bind(Prim.LT, none), true));
    r.add(
        new PrimCase(
            Prim.CAST,
            "float32->int32",
            () -> List.of(f32(1.7, -1.7, 0.2, 3)),
            bind(Prim.CAST, new Params.Cast(DType.INT32)),
            true));
    r.add(
        new PrimCase(
            Prim.CAST,
            "int32->float64",
            () -> List.of(i32(1, -4, 9)),
            bind(Prim.CAST, new Params.Cast(DType.FLOAT64)),
            true));
    r.add(
        new PrimCase(
            Prim.CAST,
            "float32->bool",
            () -> List.of(f32(0, -1.5, 2)),
            bind(Prim.CAST, new Params.Cast(DType.BOOL)),
            true));
    r.add(
        new PrimCase(
            Prim.WHERE,
            "float32",
            () -> List.of(bools(true, false, true), f32(1, 2, 3), f32(-1, -2, -3)),
            bind(Prim.WHERE, none),
            true));
    Supplier<List<Array>> mat = () -> List.of(f32(new long[] {2, 3}, 1, -2, 3, 0.5, 5, -6));
    for (Prim p : Prim.REDUCE) {
      r.add(new PrimCase(p, "axis1", mat, bind(p, new Params.Axes(new int[] {1}, false)), true));
      r.add(
          new PrimCase(
              p, "all,keepdims", mat, bind(p, new Params.Axes(new int[] {0, 1}, true)), true));
    }
    r.add(
        new PrimCase(
            Prim.REDUCE_MAX,
            "bool",
            () -> List.of(bools(false, true, false)),
            bind(Prim.REDUCE_MAX, new Params.Axes(new int[] {0}, false)),
            true));
    for (Prim p : List.of(Prim.ARGMAX, Prim.ARGMIN)) {
      r.add(new PrimCase(p, "axis1", mat, bind(p, new Params.Axis(1)), true));
      r.add(new PrimCase(p, "axis0", mat, bind(p, new Params.Axis(0)), true));
    }
    r.add(
        new PrimCase(
            Prim.RESHAPE,
            "3x2",
            mat,
            bind(Prim.RESHAPE, new Params.ToShape(Shape.of(3, 2))),
            true));
    r.add(
        new PrimCase(
            Prim.BROADCAST_TO,
            "4x2x3",
            mat,
            bind(Prim.BROADCAST_TO, new Params.ToShape(Shape.of(4, 2, 3))),
            true));
    r.add(
        new PrimCase(
            Prim.TRANSPOSE,
            "1,0",
            mat,
            bind(Prim.TRANSPOSE, new Params.Perm(new int[] {1, 0})),
            true));
    r.add(
        new PrimCase(
            Prim.SLICE,
            "strided",
            () -> List.of(f32(new long[] {3, 5}, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)),
            bind(
                Prim.SLICE,
                new Params.Slice(new long[] {1, 0}, new long[] {3, 5}, new long[] {1, 2})),
            true));
    r.add(
        new PrimCase(
            Prim.CONCAT,
            "axis0",
            () -> List.of(f32(new long[] {1, 2}, 1, 2), f32(new long[] {2, 2}, 3, 4, 5, 6)),
            bind(Prim.CONCAT, new Params.Axis(0)),
            true));
    r.add(
        new PrimCase(
            Prim.FLIP,
            "axes0,1",
            mat,
            bind(Prim.FLIP, new Params.Axes(new int[] {0, 1}, false)),
            true));
    r.add(
        new PrimCase(
            Prim.TAKE,
            "axis1",
            () ->
                List.of(f32(new long[] {2, 3}, 1, 2, 3, 4, 5, 6), i64(new long[] {4}, 2, 0, 2, 1)),
            bind(Prim.TAKE, new Params.Axis(1)),
            true));
    // creation: traced with one input added to the created array, so the graph has an input
    for (DType dt : List.of(DType.FLOAT32, DType.INT64, DType.FLOAT16)) {
      r.add(
          new PrimCase(
              Prim.FULL,
              dt.toString(),
              () -> List.of(Ivy.zeros(Shape.of(2, 3), dt)),
              in ->
                  Dispatcher.bind(
                      Prim.ADD,
                      none,
                      in.get(0),
                      Dispatcher.bind(
                          Prim.FULL, Params.Full.of(Shape.of(2, 3), dt, 3), new Array[0])),
              true));
      r.add(
          new PrimCase(
              Prim.IOTA,
              dt.toString(),
              () -> List.of(Ivy.zeros(Shape.of(5), dt)),
              in ->
                  Dispatcher.bind(
                      Prim.ADD,
                      none,
                      in.get(0),
                      Dispatcher.bind(Prim.IOTA, new Params.Iota(5, dt))),
              true));
    }
    r.add(
        new PrimCase(
            Prim.FULL,
            "bool",
            () -> List.of(bools(false, true)),
            in ->
                Dispatcher.bind(
                    Prim.OR,
                    none,
                    in.get(0),
                    Dispatcher.bind(Prim.FULL, Params.Full.of(Shape.of(2), DType.BOOL, 0))),
            true));
    r.add(
        new PrimCase(
            Prim.MATMUL,
            "batched",
            () ->
                List.of(
                    f32(new long[] {2, 2, 3}, 1, 2, 3, 4, 5, 6, -1, -2, -3, 0.5, 0.25, 0),
                    f32(new long[] {2, 3, 2}, 1, 0, 0, 1, 1, 1, 2, 2, -1, 0, 0, 3)),
            bind(Prim.MATMUL, none),
            true));
    r.add(
        new PrimCase(
            Prim.MATMUL,
            "int32",
            () ->
                List.of(
                    Ivy.array(new long[] {1, 2, 3, 4}, DType.INT32, 2, 2),
                    Ivy.array(new long[] {5, -6, 7, 8}, DType.INT32, 2, 2)),
            bind(Prim.MATMUL, none),
            true));
    for (Prim p : List.of(Prim.CUMSUM, Prim.CUMPROD)) {
      r.add(new PrimCase(p, "axis1", mat, bind(p, new Params.Axis(1)), true));
      r.add(
          new PrimCase(
              p, "int32", () -> List.of(i32(3, -1, 2, 4)), bind(p, new Params.Axis(0)), true));
    }
    Supplier<List<Array>> ties = () -> List.of(f32(new long[] {2, 4}, 3, 1, 2, 1, -1, 5, -1, 0));
    for (Prim p : List.of(Prim.SORT, Prim.ARGSORT)) {
      r.add(new PrimCase(p, "axis1,ties", ties, bind(p, new Params.Axis(1)), true));
      r.add(new PrimCase(p, "axis0", ties, bind(p, new Params.Axis(0)), true));
    }
    r.add(
        new PrimCase(
            Prim.SCATTER_ADD,
            "duplicates",
            () ->
                List.of(
                    f32(new long[] {4, 2}, 1, 2, 3, 4, 5, 6, 7, 8),
                    i64(new long[] {3, 1}, 0, 2, 0),
                    f32(new long[] {3, 2}, 10, 20, 30, 40, 50, 60)),
            bind(Prim.SCATTER_ADD, none),
            true));
    r.addAll(coarseCases());
    Supplier<List<Array>> spd = () -> List.of(f32(new long[] {2, 2}, 4, 1, 1, 3));
    r.add(new PrimCase(Prim.CHOLESKY, "2x2", spd, bind(Prim.CHOLESKY, none), false));
    r.add(
        new PrimCase(
            Prim.TRIANGULAR_SOLVE,
            "2x2",
            () -> List.of(f32(new long[] {2, 2}, 2, 0, 1, 3), f32(new long[] {2, 1}, 1, 2)),
            bind(Prim.TRIANGULAR_SOLVE, new Params.Triangular(true, false)),
            false));
    r.add(new PrimCase(Prim.LU, "2x2", spd, bindMulti(Prim.LU, none), false));
    r.add(
        new PrimCase(
            Prim.QR, "2x2", spd, bindMulti(Prim.QR, new Params.Decomposition(false)), false));
    r.add(
        new PrimCase(
            Prim.SVD, "2x2", spd, bindMulti(Prim.SVD, new Params.Decomposition(false)), false));
    r.add(new PrimCase(Prim.EIGH, "2x2", spd, bindMulti(Prim.EIGH, none), false));
    for (double sign : new double[] {1, -1}) {
      r.add(
          new PrimCase(
              Prim.COND,
              sign > 0 ? "true branch" : "false branch",
              () -> List.of(f32(sign, 2 * sign)),
              in ->
                  Ivy.cond(
                      Ivy.greater(Ivy.sum(in.get(0)), 0),
                      a -> List.of(Ivy.exp(a.get(0)), Ivy.sum(a.get(0))),
                      a -> List.of(Ivy.subtract(a.get(0), 1.0f), Ivy.max(a.get(0))),
                      in.get(0)),
              true));
    }
    r.add(
        new PrimCase(
            Prim.WHILE,
            "doubling",
            () -> List.of(f32(1, 2), i64(new long[0], 0)),
            in ->
                Ivy.whileLoop(
                    a -> List.of(Ivy.less(Ivy.sum(a.get(0)), 100)),
                    a -> List.of(Ivy.multiply(a.get(0), 2.0f), Ivy.add(a.get(1), 1L)),
                    in.get(0),
                    in.get(1)),
            true));
    r.add(
        new PrimCase(
            Prim.WHILE,
            "no iteration",
            () -> List.of(f32(100, 200)),
            in ->
                Ivy.whileLoop(
                    a -> List.of(Ivy.less(Ivy.sum(a.get(0)), 100)),
                    a -> List.of(Ivy.multiply(a.get(0), 2.0f)),
                    in.get(0)),
            true));
    r.add(
        new PrimCase(
            Prim.SCAN,
            "cumulative",
            () -> List.of(f32(0.5), f32(new long[] {3, 1}, 1, 2, 3)),
            in ->
                Ivy.scan(
                    a -> {
                      Array c = Ivy.add(a.get(0), a.get(1));
                      return List.of(c, Ivy.tanh(c));
                    },
                    List.of(in.get(0)),
                    List.of(in.get(1))),
            true));
    return r;
  }

  /** Seeded random float32 inputs of the given shapes; batch norm's variance (input 2) positive. */
  private static Supplier<List<Array>> randoms(String seed, Prim prim, DType dt, long[]... shapes) {
    return () -> {
      java.util.Random rnd = new java.util.Random(seed.hashCode());
      List<Array> in = new ArrayList<>();
      for (int i = 0; i < shapes.length; i++) {
        int n = (int) Shape.of(shapes[i]).size();
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
          v[j] = prim == Prim.BATCH_NORM && i == 2 ? 0.5 + rnd.nextDouble() : rnd.nextGaussian();
        }
        in.add(Ivy.astype(Ivy.array(v, DType.FLOAT64, shapes[i]), dt));
      }
      return in;
    };
  }

  private static Function<List<Array>, Object> bindAny(Prim p, Params params) {
    return Prim.MULTI_OUTPUT.contains(p) ? bindMulti(p, params) : bind(p, params);
  }

  /**
   * The coarse operations: every case of {@link CoarseOpsTest} in float32, plus the paths their
   * export takes apart (float64 layer norm, output padding, an integer max pool and a fixed average
   * divisor exported as their decompositions).
   */
  private static List<PrimCase> coarseCases() {
    List<PrimCase> r = new ArrayList<>();
    for (CoarseOpsTest.Case c : CoarseOpsTest.cases()) {
      r.add(new PrimCase(c.prim(), c.name(), coarseInputs(c), bindAny(c.prim(), c.params()), true));
    }
    long[] one = {1};
    r.add(
        new PrimCase(
            Prim.LAYER_NORM,
            "float64",
            randoms("ln64", Prim.LAYER_NORM, DType.FLOAT64, new long[] {3, 5}, new long[] {5}),
            bind(Prim.LAYER_NORM, new Params.Norm(1, 1, 1e-5, true, false)),
            true));
    r.add(
        new PrimCase(
            Prim.CONV_TRANSPOSE,
            "output padding",
            randoms(
                "ctop",
                Prim.CONV_TRANSPOSE,
                DType.FLOAT32,
                new long[] {1, 2, 4},
                new long[] {2, 3, 3},
                new long[] {3}),
            bind(
                Prim.CONV_TRANSPOSE,
                new Params.Conv(new long[] {2}, new long[] {1}, new long[] {-1}, one, 1)),
            true));
    r.add(
        new PrimCase(
            Prim.MAX_POOL,
            "int32",
            () -> List.of(Ivy.array(new long[] {3, -1, 4, 1, -5, 9, 2, 6}, DType.INT32, 1, 1, 8)),
            bind(
                Prim.MAX_POOL,
                new Params.Pool(new long[] {3}, new long[] {2}, one, one, one, true, false, 0)),
            true));
    return r;
  }

  /** The float32 inputs of a {@link CoarseOpsTest} case, as that test makes them. */
  private static Supplier<List<Array>> coarseInputs(CoarseOpsTest.Case c) {
    return () -> {
      java.util.Random rnd = new java.util.Random(c.name().hashCode());
      List<Array> in = new ArrayList<>();
      for (int i = 0; i < c.shapes().length; i++) {
        in.add(CoarseOpsTest.input(c, i, rnd, DType.FLOAT32));
      }
      return in;
    };
  }

  /**
   * The ONNX operator each coarse operation exports to (GELU and attention have none at opset 17).
   */
  private static final Map<Prim, String> COARSE_OPS =
      Map.ofEntries(
          Map.entry(Prim.CONV, "Conv"),
          Map.entry(Prim.CONV_TRANSPOSE, "ConvTranspose"),
          Map.entry(Prim.MAX_POOL, "MaxPool"),
          Map.entry(Prim.AVG_POOL, "AveragePool"),
          Map.entry(Prim.SOFTMAX, "Softmax"),
          Map.entry(Prim.LOG_SOFTMAX, "LogSoftmax"),
          Map.entry(Prim.LAYER_NORM, "LayerNormalization"),
          Map.entry(Prim.BATCH_NORM, "BatchNormalization"),
          Map.entry(Prim.GROUP_NORM, "InstanceNormalization"),
          Map.entry(Prim.SILU, "Sigmoid"),
          Map.entry(Prim.RELU, "Relu"),
          Map.entry(Prim.CLAMP, "Clip"),
          Map.entry(Prim.LINEAR, "MatMul|Gemm"),
          Map.entry(Prim.LSTM, "LSTM"),
          Map.entry(Prim.GRU, "GRU"),
          Map.entry(Prim.RESIZE, "Resize"),
          Map.entry(Prim.EMBEDDING, "Gather"));

  @Test
  void coarseCases_exportToTheirOnnxOperator_exceptTheDecomposedOnes() {
    try (Scope s = Ivy.scope()) {
      for (PrimCase c : coarseCases()) {
        Graph g = Tracer.trace(c.fn(), c.inputs().get());
        Set<String> ops = new java.util.TreeSet<>();
        OnnxExport.toProto(g).getGraph().getNodeList().forEach(n -> ops.add(n.getOpType()));
        String want = COARSE_OPS.get(c.prim());
        boolean decomposed =
            c.prim() == Prim.GELU
                || c.prim() == Prim.SCALED_DOT_PRODUCT_ATTENTION
                || c.prim() == Prim.MAX_POOL_GRAD
                || c.label().equals("int32")
                || c.label().contains("divisor")
                // output_padding 3 >= max(stride, dilation): beyond ConvTranspose's range
                || c.label().contains("padHi -3");
        boolean has = want != null && ops.stream().anyMatch(o -> o.matches(want));
        assertEquals(!decomposed, has, c.prim() + " " + c.label() + " exports as " + ops);
      }
    }
  }

  @Test
  void primCases_coverEveryPrimitive() {
    Set<Prim> covered = EnumSet.noneOf(Prim.class);
    primCases().forEach(c -> covered.add(c.prim()));
    assertEquals(EnumSet.allOf(Prim.class), covered, "every primitive has an export case");
  }

  @TestFactory
  Stream<DynamicTest> everyPrimitive_exportsAndRoundTrips_orRaisesNamingIt() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String backend : Backends.underTest()) {
      for (PrimCase c : primCases()) {
        tests.add(
            DynamicTest.dynamicTest(
                c.prim().opName() + "[" + backend + ", " + c.label() + "]",
                () -> primRoundTrip(c, backend)));
      }
    }
    return tests.stream();
  }

  private static void primRoundTrip(PrimCase c, String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      List<Array> in = c.inputs().get();
      Graph g = Tracer.trace(c.fn(), in);
      assertTrue(
          g.nodes().stream().anyMatch(n -> n.prim() == c.prim()),
          "the graph holds " + c.prim() + ": " + g);
      if (!c.exports()) {
        OnnxException e = assertThrows(OnnxException.class, () -> OnnxExport.toProto(g));
        assertTrue(
            e.getMessage().contains("primitive " + c.prim().opName()),
            "the message names the primitive: " + e.getMessage());
        assertTrue(e.getMessage().contains("node #"), "and the node: " + e.getMessage());
        return;
      }
      List<Array> want = g.run(in.toArray(new Array[0]));
      String why = compare(want, roundTrip(g, in));
      assertNull(why, c.prim() + " " + c.label() + " on " + backend + ": " + why + "\n" + g);
      // the re-imported model also traces (control flow into control-flow nodes) and replays
      OnnxModel again = OnnxModel.read(OnnxExport.toProto(g).toByteArray(), "exported graph");
      Graph traced = again.toGraph(in.toArray(new Array[0]));
      why = compare(want, traced.run(in.toArray(new Array[0])));
      assertNull(why, c.prim() + " " + c.label() + " on " + backend + ": " + why + "\n" + g);
    }
  }

  @Test
  void export_badNames_raiseIvyArgumentException() {
    try (Scope s = Ivy.scope()) {
      Graph g = Tracer.trace(x -> Ivy.add(x, x), f32(1, 2));
      assertThrows(
          IvyArgumentException.class, () -> OnnxExport.builder(g).setInputNames(List.of("a", "b")));
      assertThrows(
          IvyArgumentException.class, () -> OnnxExport.builder(g).setOutputNames(List.of("")));
      assertThrows(
          IvyArgumentException.class, () -> OnnxExport.builder(g).optInitializer(0, f32(1, 2, 3)));
      assertThrows(IvyArgumentException.class, () -> OnnxExport.builder(null));
    }
  }

  @Test
  void export_inputAsInitializer_becomesAWeightOfTheModel() {
    try (Scope s = Ivy.scope()) {
      Array w = f32(new long[] {2, 2}, 1, 2, 3, 4);
      Graph g = Tracer.trace((x, v) -> Ivy.matmul(x, v), f32(new long[] {1, 2}, 1, 1), w);
      OnnxModel m =
          OnnxModel.fromProto(
              OnnxExport.builder(g)
                  .setInputNames(List.of("x", "fc/weight"))
                  .setOutputNames(List.of("y"))
                  .optInitializer(1, w)
                  .toProto());
      assertEquals(List.of("x"), m.inputs().stream().map(ValueInfo::name).toList());
      assertEquals(List.of("fc/weight"), m.initializerNames());
      Array y = m.run(f32(new long[] {1, 2}, 1, 1)).get(0);
      assertEquals(List.of(4.0, 6.0), toList(y));
      assertArrayEquals(new long[] {1, 2}, m.outputs().get(0).shape(), "output value info");
    }
  }

  private static List<Double> toList(Array a) {
    List<Double> r = new ArrayList<>();
    for (double d : a.toDoubleArray()) {
      r.add(d);
    }
    return r;
  }

  // ------------------------------------------------------------------ (c) the ivy.jsonl walk

  /**
   * The acceptance walk over {@code oracle/ivy.jsonl}, and the same walk over the frontends' files
   * (their functions trace into the same primitives): every traced graph either exports and
   * round-trips or raises naming a primitive with no ONNX operator.
   */
  @TestFactory
  Stream<DynamicTest> oracleFunctions_tracedAndExported_roundTripWithin1e5() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String file : List.of("ivy", "torch", "numpy", "jax", "tensorflow")) {
      for (String backend : Backends.underTest()) {
        tests.add(
            DynamicTest.dynamicTest(
                file + ".jsonl walk[" + backend + "]", () -> walk(file, backend)));
      }
    }
    return tests.stream();
  }

  private static void walk(String file, String backend) {
    int traced = 0;
    int exported = 0;
    Map<String, Integer> notExported = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (OracleCase c :
        OracleFiles.read(OracleFiles.conformanceDir().resolve("oracle/" + file + ".jsonl"))) {
      if (c.expectsError()) {
        continue;
      }
      if (FunctionRegistry.find(c.frontend(), c.fn()) == null) {
        continue;
      }
      try (var b = Ivy.withBackend(backend);
          Scope s = Ivy.scope()) {
        CaseCall call = CaseCall.of(c);
        List<Array> inputs = call.arrays();
        if (inputs.isEmpty()) {
          continue;
        }
        Graph g;
        try {
          g = Tracer.trace(call::callWith, inputs);
        } catch (TracingException e) {
          continue;
        } catch (IvyException e) {
          continue;
        }
        traced++;
        byte[] bytes;
        try {
          bytes = OnnxExport.toProto(g).toByteArray();
        } catch (OnnxException e) {
          String m = e.getMessage();
          int at = m.indexOf("primitive ");
          String prim = at < 0 ? m : m.substring(at + 10).split(" ")[0];
          notExported.merge(prim, 1, Integer::sum);
          continue;
        }
        exported++;
        Object want = g.call(inputs.toArray(new Array[0]));
        List<Array> got = OnnxModel.read(bytes, c.id()).run(inputs.toArray(new Array[0]));
        double t = TOL;
        for (Array a : got) {
          t = Math.max(t, tol(a.dtype()));
        }
        String why =
            CaseRunner.compare(
                CaseRunner.encode(want), g.structure().assemble(got), t, t, "exported");
        if (why != null) {
          failures.add(c.id() + ": " + why);
        }
      } catch (RuntimeException | AssertionError e) {
        failures.add(c.id() + ": " + e);
      }
    }
    String summary =
        "ONNX export walk of "
            + file
            + ".jsonl on "
            + backend
            + ": traced "
            + traced
            + ", exported and re-imported "
            + exported
            + ", not exportable by primitive "
            + notExported
            + "; failures "
            + failures.size()
            + ":\n  "
            + String.join("\n  ", failures);
    System.err.println(summary);
    assertEquals(List.of(), failures, summary);
    assertNotEquals(0, exported, summary);
  }
}
