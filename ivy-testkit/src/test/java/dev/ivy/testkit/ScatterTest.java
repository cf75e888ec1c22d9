package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Scatter;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.registry.FunctionRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scatter functions on every backend: values by hand (NumPy / TF / PyTorch), dtypes and errors. */
class ScatterTest {

  private static Array call(String fn, List<?> args, Map<String, ?> kw) {
    return (Array) FunctionRegistry.find("ivy", fn).call(args, kw);
  }

  private static Array call(String fn, Object... args) {
    return call(fn, List.of(args), Map.of());
  }

  private static Array i64(long[] v, long... shape) {
    return Ivy.array(v, shape);
  }

  private static void assertRaises(Executable f, String... fragments) {
    IvyArgumentException e = assertThrows(IvyArgumentException.class, f);
    for (String s : fragments) {
      assertTrue(e.getMessage().contains(s), "message should contain '" + s + "': " + e);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void scatterNd_sum_duplicatesAccumulate_intAndFloat(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array idx = i64(new long[] {1, 3, 1}, 3, 1);
      Array r =
          call(
              "scatter_nd",
              List.of(idx, i64(new long[] {10, 20, 30}, 3)),
              Map.of("shape", List.of(5L)));
      assertEquals(DType.INT64, r.dtype());
      assertArrayEquals(new long[] {0, 40, 0, 20, 0}, r.toLongArray());
      Array f = Ivy.array(new float[] {0.5f, 1.25f, 2f}, 3);
      Array rf = call("scatter_nd", List.of(idx, f), Map.of("shape", List.of(5L)));
      assertEquals(DType.FLOAT32, rf.dtype());
      assertArrayEquals(new float[] {0, 2.5f, 0, 1.25f, 0}, rf.toFloatArray());
      Array i32 = Ivy.array(new long[] {1, 2, 3}, DType.INT32, 3);
      Array ri = call("scatter_nd", List.of(idx, i32), Map.of("shape", List.of(5L)));
      assertEquals(DType.INT32, ri.dtype());
      assertArrayEquals(new long[] {0, 4, 0, 2, 0}, ri.toLongArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void scatterNd_slicesAndLeadingIndexDims(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // k = 1 into [2, 3]: rows are slices
      Array rows = i64(new long[] {0, 1, 0}, 3, 1);
      Array u = Ivy.array(new double[] {1, 2, 3, 4, 5, 6, 1, 1, 1}, 3, 3);
      Array r = call("scatter_nd", List.of(rows, u), Map.of("shape", List.of(2L, 3L)));
      assertArrayEquals(new double[] {2, 3, 4, 4, 5, 6}, r.toDoubleArray());
      // indices [2, 2, 2] (k = 2) into [3, 3]: updates [2, 2]
      Array idx = i64(new long[] {0, 0, 2, 2, 1, 1, 0, 0}, 2, 2, 2);
      Array v = Ivy.array(new double[] {1, 2, 3, 4}, 2, 2);
      Array r2 = call("scatter_nd", List.of(idx, v), Map.of("shape", List.of(3L, 3L)));
      assertEquals(Shape.of(3, 3), r2.shape());
      assertArrayEquals(new double[] {5, 0, 0, 0, 3, 0, 0, 0, 2}, r2.toDoubleArray());
      // a scalar update broadcasts
      Array r3 =
          call("scatter_nd", List.of(rows, Ivy.asarray(2.0)), Map.of("shape", List.of(2L, 2L)));
      assertArrayEquals(new double[] {4, 4, 2, 2}, r3.toDoubleArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void scatterNd_replace_lastDuplicateWins_andOutIsStart(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array idx = i64(new long[] {1, 3, 1, 1}, 4, 1);
      Array u = Ivy.array(new double[] {10, 20, 30, -0.0}, 4);
      Array out = Ivy.array(new double[] {1, 1, 1, 1, 1}, 5);
      Array r = call("scatter_nd", List.of(idx, u), Map.of("reduction", "replace", "out", out));
      double[] got = r.toDoubleArray();
      assertArrayEquals(new double[] {1, -0.0, 1, 20, 1}, got);
      assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(got[1]));
      assertArrayEquals(new double[] {1, 1, 1, 1, 1}, out.toDoubleArray(), "out is not modified");
      // sum into out
      Array sum = call("scatter_nd", List.of(idx, u), Map.of("out", out));
      assertArrayEquals(new double[] {1, 41, 1, 21, 1}, sum.toDoubleArray());
      // many duplicates in shuffled order: still the last one
      long[] many = {4, 0, 4, 2, 0, 4, 2, 0, 4};
      double[] vals = {1, 2, 3, 4, 5, 6, 7, 8, 9};
      Array rm =
          call(
              "scatter_nd",
              List.of(i64(many, 9, 1), Ivy.array(vals, 9)),
              Map.of("shape", List.of(6L), "reduction", "replace"));
      assertArrayEquals(new double[] {8, 0, 7, 0, 9, 0}, rm.toDoubleArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void scatterNdAdd_operand_intFloatBool(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array idx = i64(new long[] {0, 1, 1, 0, 0, 1}, 3, 2);
      Array t = Ivy.array(new long[] {1, 2, 3, 4}, DType.INT32, 2, 2);
      Array u = Ivy.array(new long[] {5, 6, 7}, DType.INT32, 3);
      Array r = call("scatter_nd_add", t, idx, u);
      assertEquals(DType.INT32, r.dtype());
      assertArrayEquals(new long[] {1, 14, 9, 4}, r.toLongArray());
      // int64 updates cast into the int32 tensor (same kind)
      Array r64 = call("scatter_nd_add", t, idx, i64(new long[] {5, 6, 7}, 3));
      assertEquals(DType.INT32, r64.dtype());
      assertArrayEquals(new long[] {1, 14, 9, 4}, r64.toLongArray());
      Array tf = Ivy.array(new float[] {1, 2, 3, 4}, 2, 2);
      Array rf = call("scatter_nd_add", tf, idx, Ivy.array(new float[] {0.5f, 0.25f, 1}, 3));
      assertEquals(DType.FLOAT32, rf.dtype());
      assertArrayEquals(new float[] {1, 3.5f, 3.25f, 4}, rf.toFloatArray());
      Array tb = Ivy.array(new boolean[] {false, false, true, false}, 2, 2);
      Array rb = call("scatter_nd_add", tb, idx, Ivy.array(new boolean[] {true, false, false}, 3));
      assertEquals(DType.BOOL, rb.dtype());
      assertArrayEquals(new boolean[] {false, true, true, false}, rb.toBooleanArray());
      // k = 0: every update adds to the whole (here 0-d) tensor
      Array scalar = Ivy.asarray(5L);
      Array r0 = call("scatter_nd_add", scalar, i64(new long[0], 2, 0), i64(new long[] {1, 2}, 2));
      assertEquals(Shape.scalar(), r0.shape());
      assertEquals(8L, r0.itemLong());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void scatterNdUpdate_operand_replacesSlices(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array t = Ivy.array(new long[] {1, 2, 3, 4, 5, 6}, 3, 2);
      Array r =
          call(
              "scatter_nd_update",
              t,
              i64(new long[] {2, 0}, 2, 1),
              i64(new long[] {9, 8, 7, 6}, 2, 2));
      assertArrayEquals(new long[] {7, 6, 3, 4, 9, 8}, r.toLongArray());
      // k = 0: the update replaces everything
      Array all =
          call("scatter_nd_update", t, i64(new long[0], 1, 0), i64(new long[] {0, 1}, 1, 2));
      assertArrayEquals(new long[] {0, 1, 0, 1, 0, 1}, all.toLongArray());
      Array tb = Ivy.array(new boolean[] {true, true, false}, 3);
      Array rb =
          call(
              "scatter_nd_update",
              tb,
              i64(new long[] {0, 2}, 2, 1),
              Ivy.array(new boolean[] {false, true}, 2));
      assertArrayEquals(new boolean[] {false, true, true}, rb.toBooleanArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void scatterFlat_sumAndReplace(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array idx = i64(new long[] {0, 2, 0}, 3);
      Array u = Ivy.array(new double[] {1, 2, 3}, 3);
      Array r = call("scatter_flat", List.of(idx, u), Map.of("size", 4L));
      assertArrayEquals(new double[] {4, 0, 2, 0}, r.toDoubleArray());
      Array rr = call("scatter_flat", List.of(idx, u), Map.of("size", 4L, "reduction", "replace"));
      assertArrayEquals(new double[] {3, 0, 2, 0}, rr.toDoubleArray());
      Array out = Ivy.array(new double[] {1, 1, 1}, 3);
      Array ro = call("scatter_flat", List.of(idx, u), Map.of("out", out));
      assertArrayEquals(new double[] {5, 1, 3}, ro.toDoubleArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void scatterNdAdd_manyDuplicates_neverLosesAnUpdate(String backend) {
    // a race in a parallel native loop loses a duplicate now and then (seen on nd4j without its
    // lock argument: about 1 call in 100), so repeat
    try (var b = Ivy.withBackend(backend)) {
      for (int t = 0; t < 500; t++) {
        try (Scope s = Ivy.scope()) {
          Array x = Ivy.array(new float[3], 3);
          Array idx = i64(new long[] {1, 1, 1, 1, 1, 1, 1, 1}, 8, 1);
          Array up = Ivy.array(new float[] {1, 1, 1, 1, 1, 1, 1, 1}, 8);
          Array r = call("scatter_nd_add", x, idx, up);
          assertArrayEquals(new float[] {0, 8, 0}, r.toFloatArray(), "call " + t);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void indexAdd_matchesTorch(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new double[6], 3, 2);
      Array src = Ivy.array(new double[] {1, 2, 3, 4, 5, 6}, 3, 2);
      Array r = call("index_add", x, 0L, i64(new long[] {0, 2, 0}, 3), src);
      assertArrayEquals(new double[] {6, 8, 0, 0, 3, 4}, r.toDoubleArray());
      Array ones = Ivy.array(new long[] {1, 1, 1, 1, 1, 1}, 2, 3);
      Array r1 =
          call(
              "index_add",
              List.of(ones, -1L, i64(new long[] {2, 0}, 2), i64(new long[] {1, 2, 3, 4}, 2, 2)),
              Map.of("alpha", 2L));
      assertEquals(DType.INT64, r1.dtype());
      assertArrayEquals(new long[] {5, 1, 3, 9, 1, 7}, r1.toLongArray());
      // torch.zeros(3).index_add(0, torch.tensor([1, 1]), torch.tensor([0.5, 0.25]), alpha=-2)
      Array r2 =
          call(
              "index_add",
              List.of(
                  Ivy.array(new float[3], 3),
                  0L,
                  i64(new long[] {1, 1}, 2),
                  Ivy.array(new float[] {0.5f, 0.25f}, 2)),
              Map.of("alpha", -2.0));
      assertArrayEquals(new float[] {0, -1.5f, 0}, r2.toFloatArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void setAt_numpyAssignment_negativeAndLastWins(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new long[] {0, 1, 2, 3, 4, 5}, 2, 3);
      Array r =
          Scatter.setAt(
              x,
              new Array[] {i64(new long[] {0, 1, -1}, 3), i64(new long[] {2, 0, -1}, 3)},
              i64(new long[] {7, 8, 9}, 3));
      assertArrayEquals(new long[] {0, 1, 7, 8, 4, 9}, r.toLongArray());
      // x[[0, 0]] = [[5, 5, 5], [6, 6, 6]]: the last row wins; float values are cast
      Array rows =
          Scatter.setAt(
              x,
              new Array[] {i64(new long[] {0, 0}, 2)},
              Ivy.array(new double[] {5, 5, 5, 6.7, 6.7, 6.7}, 2, 3));
      assertEquals(DType.INT64, rows.dtype());
      assertArrayEquals(new long[] {6, 6, 6, 3, 4, 5}, rows.toLongArray());
      // index arrays broadcast: x[[[0], [1]], [1, 2]] = 0
      Array g =
          Scatter.setAt(
              x,
              new Array[] {i64(new long[] {0, 1}, 2, 1), i64(new long[] {1, 2}, 2)},
              Ivy.asarray(0L));
      assertArrayEquals(new long[] {0, 0, 0, 3, 0, 0}, g.toLongArray());
      assertRaises(
          () -> Scatter.setAt(x, new Array[] {i64(new long[] {2}, 1)}, Ivy.asarray(0L)),
          "set_at",
          "indices",
          "[2]");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void emptyUpdates_leaveTheTarget(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array none = i64(new long[0], 0, 1);
      Array r =
          call(
              "scatter_nd",
              List.of(none, Ivy.array(new float[0], 0)),
              Map.of("shape", List.of(3L)));
      assertEquals(DType.FLOAT32, r.dtype());
      assertArrayEquals(new float[3], r.toFloatArray());
      Array t = Ivy.array(new long[] {1, 2, 3}, DType.INT16, 3);
      assertArrayEquals(
          new long[] {1, 2, 3},
          call("scatter_nd_add", t, none, Ivy.array(new long[0], DType.INT16, 0)).toLongArray());
      Array u = call("scatter_nd_update", t, none, Ivy.array(new long[0], DType.INT16, 0));
      assertEquals(DType.INT16, u.dtype());
      assertArrayEquals(new long[] {1, 2, 3}, u.toLongArray());
      Array e = Ivy.array(new double[0], 0, 2);
      assertEquals(
          Shape.of(0, 2),
          call("index_add", e, 1L, i64(new long[0], 0), Ivy.array(new double[0], 0, 0)).shape());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void badInput_raisesNamingFunctionAndArgument(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array u = Ivy.array(new double[] {1, 2}, 2);
      Map<String, Object> shape = Map.of("shape", List.of(4L));
      assertRaises(
          () -> call("scatter_nd", List.of(i64(new long[] {-1, 0}, 2, 1), u), shape),
          "scatter_nd",
          "indices",
          "[-1]");
      assertRaises(
          () -> call("scatter_nd", List.of(i64(new long[] {0, 4}, 2, 1), u), shape),
          "scatter_nd",
          "indices",
          "[4]",
          "[4]");
      assertRaises(
          () ->
              call(
                  "scatter_nd",
                  List.of(i64(new long[] {0, 1}, 2, 1), u),
                  Map.of("shape", List.of(4L), "reduction", "max")),
          "scatter_nd",
          "'max'",
          "primitive");
      assertRaises(
          () ->
              call(
                  "scatter_nd",
                  List.of(i64(new long[] {0, 1}, 2, 1), u),
                  Map.of("reduction", "mul", "shape", List.of(4L))),
          "reduction",
          "'mul'");
      assertRaises(
          () -> call("scatter_nd", List.of(i64(new long[] {0, 1}, 2, 1), u), Map.of()),
          "scatter_nd",
          "shape");
      assertRaises(
          () ->
              call(
                  "scatter_nd",
                  List.of(i64(new long[] {0, 1}, 2, 1), Ivy.array(new double[3], 3)),
                  shape),
          "scatter_nd",
          "updates",
          "[2]");
      assertRaises(
          () -> call("scatter_nd", List.of(i64(new long[] {0, 1}, 1, 2), u), shape),
          "indices.shape[-1]");
      assertRaises(
          () -> call("scatter_nd", List.of(Ivy.array(new double[] {0, 1}, 2, 1), u), shape),
          "indices",
          "integer");
      Array ti = Ivy.array(new long[] {1, 2, 3}, DType.INT32, 3);
      assertRaises(
          () ->
              call(
                  "scatter_nd_add",
                  ti,
                  i64(new long[] {0}, 1, 1),
                  Ivy.array(new double[] {1.5}, 1)),
          "scatter_nd_add",
          "float64",
          "int32");
      assertRaises(
          () ->
              call(
                  "index_add",
                  List.of(
                      ti, 0L, i64(new long[] {0}, 1), Ivy.array(new long[] {1}, DType.INT32, 1)),
                  Map.of("alpha", 0.5)),
          "index_add",
          "alpha");
      assertRaises(
          () ->
              call(
                  "index_add",
                  ti,
                  0L,
                  i64(new long[] {0, 1}, 2),
                  Ivy.array(new long[] {1}, DType.INT32, 1)),
          "index_add",
          "source");
      assertRaises(
          () ->
              call(
                  "index_add",
                  ti,
                  0L,
                  i64(new long[] {3}, 1),
                  Ivy.array(new long[] {1}, DType.INT32, 1)),
          "index_add",
          "indices");
      assertRaises(
          () -> call("scatter_flat", List.of(i64(new long[] {0}, 1, 1), u), Map.of("size", 2L)),
          "scatter_flat",
          "1-d");
    }
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> backendsAndDtypes() {
    return Backends.underTest().stream()
        .flatMap(
            b ->
                java.util.Arrays.stream(DType.values())
                    .map(d -> org.junit.jupiter.params.provider.Arguments.of(b, d)));
  }

  @ParameterizedTest
  @MethodSource("backendsAndDtypes")
  void scatterAddPrimitive_duplicatesAccumulate_everyDtype(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new long[] {0, 2, 3, 0, 5, 6}, dt, 3, 2);
      Array idx = Ivy.array(new long[] {2, 0, 2}, 3, 1);
      Array u = Ivy.array(new long[] {1, 1, 0, 1, 1, 0}, dt, 3, 2);
      Array r = Dispatcher.bind(Prim.SCATTER_ADD, Params.None.INSTANCE, x, idx, u);
      assertEquals(dt, r.dtype());
      assertEquals(Shape.of(3, 2), r.shape());
      long[] expect = dt.isBool() ? new long[] {0, 1, 1, 0, 1, 1} : new long[] {0, 3, 3, 0, 7, 7};
      assertArrayEquals(expect, r.toLongArray(), dt.toString());
      // no updates, and an empty operand: the operand unchanged
      Array none =
          Dispatcher.bind(
              Prim.SCATTER_ADD,
              Params.None.INSTANCE,
              x,
              Ivy.array(new long[0], 0, 1),
              Ivy.array(new long[0], dt, 0, 2));
      assertArrayEquals(x.toLongArray(), none.toLongArray());
      Array empty =
          Dispatcher.bind(
              Prim.SCATTER_ADD,
              Params.None.INSTANCE,
              Ivy.array(new long[0], dt, 2, 0),
              Ivy.array(new long[] {1, 1}, 2, 1),
              Ivy.array(new long[0], dt, 2, 0));
      assertEquals(Shape.of(2, 0), empty.shape());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void scatterAddPrimitive_fullIndexRows_addScalars(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, 2, 2, 2);
      Array idx = Ivy.array(new long[] {1, 1, 0, 0, 1, 1, 1, 1, 0}, 3, 3);
      Array u = Ivy.array(new double[] {10, 20, 0.5}, 3);
      Array r = Dispatcher.bind(Prim.SCATTER_ADD, Params.None.INSTANCE, x, idx, u);
      assertArrayEquals(new double[] {1, 2, 3, 24, 5, 6, 17.5, 8}, r.toDoubleArray());
      Array rows = Ivy.array(new long[] {1, 0, 1, 0}, 2, 2);
      Array v = Ivy.array(new double[] {1, 1, 2, 2}, 2, 2);
      Array t = Dispatcher.bind(Prim.SCATTER_ADD, Params.None.INSTANCE, x, rows, v);
      assertArrayEquals(new double[] {1, 2, 3, 4, 8, 9, 7, 8}, t.toDoubleArray());
    }
  }
}
