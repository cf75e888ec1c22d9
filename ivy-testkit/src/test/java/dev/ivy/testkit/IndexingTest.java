package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Index;
import dev.ivy.ops.Indexer;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.RegisteredFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * General indexing ({@code get_item}, {@code set_item}) and {@code einsum}, called through the
 * registry (and {@link Indexer} directly) on every backend, against values computed with NumPy 2.4.
 */
class IndexingTest {

  private static Array call(String name, List<?> args) {
    RegisteredFunction f = FunctionRegistry.find("ivy", name);
    assertNotNull(f, "ivy." + name + " should be registered");
    return (Array) f.call(args, Map.of());
  }

  private static Array einsum(String eq, Array... ops) {
    List<Object> args = new ArrayList<>();
    args.add(eq);
    args.addAll(Arrays.asList(ops));
    return call("einsum", args);
  }

  private static Array get(Array x, Object query) {
    List<Object> args = new ArrayList<>();
    args.add(x);
    args.add(query);
    return call("get_item", args);
  }

  private static Array set(Array x, Object query, Object val) {
    List<Object> args = new ArrayList<>();
    args.add(x);
    args.add(query);
    args.add(val);
    return call("set_item", args);
  }

  /** Returns 0, 1, ..., n-1 as int64 of {@code shape}. */
  private static Array arange(long... shape) {
    long n = Shape.of(shape).size();
    long[] v = new long[(int) n];
    for (int i = 0; i < n; i++) {
      v[i] = i;
    }
    return Ivy.array(v, shape);
  }

  /** Returns 0, 1, ..., n-1 as float64 of {@code shape}, times scale plus shift. */
  private static Array farange(DType dt, double scale, double shift, long... shape) {
    long n = Shape.of(shape).size();
    double[] v = new double[(int) n];
    for (int i = 0; i < n; i++) {
      v[i] = i * scale + shift;
    }
    return Ivy.array(v, dt, shape);
  }

  private static void assertValues(Array a, DType dt, long[] shape, double... want) {
    assertEquals(dt, a.dtype(), "dtype");
    assertEquals(Shape.of(shape), a.shape(), "shape");
    double[] got = a.toDoubleArray();
    assertEquals(want.length, got.length, "size");
    for (int i = 0; i < want.length; i++) {
      assertEquals(want[i], got[i], 1e-6 * Math.max(1, Math.abs(want[i])), "element " + i);
    }
  }

  private static void assertLongs(Array a, DType dt, long[] shape, long... want) {
    assertEquals(dt, a.dtype(), "dtype");
    assertEquals(Shape.of(shape), a.shape(), "shape");
    assertArrayEquals(want, a.toLongArray());
  }

  private static long[] s(long... d) {
    return d;
  }

  private static void assertRaises(Executable e, String... fragments) {
    IvyArgumentException ex = assertThrows(IvyArgumentException.class, e);
    for (String f : fragments) {
      assertTrue(
          ex.getMessage().contains(f), "message should contain '" + f + "': " + ex.getMessage());
    }
  }

  // ------------------------------------------------------------------ einsum

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void einsum_matrixProductExplicitAndImplicit_matchNumpy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array a = farange(DType.FLOAT32, 1, 0, 2, 3);
      Array c = farange(DType.FLOAT32, 1, -2, 3, 2);
      assertValues(einsum("ij,jk->ik", a, c), DType.FLOAT32, s(2, 2), 4, 7, 4, 16);
      assertValues(einsum(" ij , jk ", a, c), DType.FLOAT32, s(2, 2), 4, 7, 4, 16);
      // implicit output: labels in character order, upper case first
      assertValues(
          einsum("ba,Ab", farange(DType.FLOAT64, 1, 0, 2, 3), farange(DType.FLOAT64, 1, 0, 4, 2)),
          DType.FLOAT64,
          s(4, 3),
          3,
          4,
          5,
          9,
          14,
          19,
          15,
          24,
          33,
          21,
          34,
          47);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void einsum_singleOperand_traceDiagonalSumsTranspose(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array m = arange(3, 3);
      assertLongs(einsum("ii", m), DType.INT64, s(), 12);
      assertLongs(einsum("ii->i", m), DType.INT64, s(3), 0, 4, 8);
      assertLongs(einsum("iji->ij", arange(2, 2, 2)), DType.INT64, s(2, 2), 0, 2, 5, 7);
      Array a = farange(DType.FLOAT32, 1, 0, 2, 3);
      assertValues(einsum("ij->", a), DType.FLOAT32, s(), 15);
      assertValues(einsum("ij->j", a), DType.FLOAT32, s(3), 3, 5, 7);
      assertValues(einsum("ij->ji", a), DType.FLOAT32, s(3, 2), 0, 3, 1, 4, 2, 5);
      assertValues(einsum("ij,ij->ij", a, a), DType.FLOAT32, s(2, 3), 0, 1, 4, 9, 16, 25);
      Array i32 = Ivy.asarray(arange(2, 3), DType.INT32);
      assertLongs(einsum("ij->i", i32), DType.INT32, s(2), 3, 12);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void einsum_ellipsisAndBatches_broadcastAsNumpy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array p = farange(DType.FLOAT64, 1, 0, 2, 1, 2, 3);
      Array q = farange(DType.FLOAT64, 0.5, -2.5, 3, 3, 2);
      assertValues(
          einsum("...ij,...jk->...ik", p, q),
          DType.FLOAT64,
          s(2, 3, 2, 2),
          -2.5,
          -1.0,
          -16.0,
          -10.0,
          6.5,
          8.0,
          20.0,
          26.0,
          15.5,
          17.0,
          56.0,
          62.0,
          -29.5,
          -19.0,
          -43.0,
          -28.0,
          33.5,
          44.0,
          47.0,
          62.0,
          96.5,
          107.0,
          137.0,
          152.0);
      // implicit mode puts the broadcast ellipsis axes first
      assertValues(
          einsum(
              "i...,...", farange(DType.FLOAT64, 1, 0, 2, 3), farange(DType.FLOAT64, 1, 0, 4, 1)),
          DType.FLOAT64,
          s(4, 3, 2),
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          3,
          1,
          4,
          2,
          5,
          0,
          6,
          2,
          8,
          4,
          10,
          0,
          9,
          3,
          12,
          6,
          15);
      assertValues(
          einsum(
              "bij,bjk->bik",
              farange(DType.FLOAT64, 1, 0, 2, 2, 3),
              farange(DType.FLOAT64, 1, 0, 2, 3, 2)),
          DType.FLOAT64,
          s(2, 2, 2),
          10,
          13,
          28,
          40,
          172,
          193,
          244,
          274);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void einsum_manyOperandsRepeatedLabelsAndSizeOne_matchNumpy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array a = farange(DType.FLOAT64, 1, 0, 2, 2);
      Array bb = farange(DType.FLOAT64, 1, -1, 2, 3);
      Array c = farange(DType.FLOAT64, 0.5, 0, 3, 2);
      assertValues(einsum("ij,jk,kl->il", a, bb, c), DType.FLOAT64, s(2, 2), 11, 15.5, 37, 50.5);
      assertLongs(
          einsum(
              "i,j,k->ijk",
              Ivy.array(new long[] {1, 2}, 2),
              Ivy.array(new long[] {1, -1, 3}, 3),
              Ivy.array(new long[] {2, 5}, 2)),
          DType.INT64,
          s(2, 3, 2),
          2,
          5,
          -2,
          -5,
          6,
          15,
          4,
          10,
          -4,
          -10,
          12,
          30);
      assertValues(
          einsum("ij,jk", Ivy.array(new double[] {1, 2}, 2, 1), farange(DType.FLOAT64, 1, 0, 3, 4)),
          DType.FLOAT64,
          s(2, 4),
          12,
          15,
          18,
          21,
          24,
          30,
          36,
          42);
      assertValues(
          einsum("iij,jk->ik", farange(DType.FLOAT64, 1, 0, 3, 3, 2), a),
          DType.FLOAT64,
          s(3, 2),
          2,
          3,
          18,
          35,
          34,
          67);
      assertValues(einsum("ji,ij->j", a, a), DType.FLOAT64, s(2), 2, 11);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void einsum_labelsSkippingAnOperandAndEdgeShapes_matchNumpy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array a = farange(DType.FLOAT64, 1, 0, 2, 3);
      Array bb = farange(DType.FLOAT64, 1, -3, 3, 4);
      Array c = farange(DType.FLOAT64, 0.5, 0, 2, 5);
      assertValues(
          einsum("ab,bc,ad->cd", a, bb, c),
          DType.FLOAT64,
          s(4, 5),
          50.0,
          65.5,
          81.0,
          96.5,
          112.0,
          80.0,
          103.0,
          126.0,
          149.0,
          172.0,
          110.0,
          140.5,
          171.0,
          201.5,
          232.0,
          140.0,
          178.0,
          216.0,
          254.0,
          292.0);
      Array r = einsum("ab,bc,ad->dac", a, bb, c);
      assertEquals(Shape.of(5, 2, 4), r.shape());
      assertEquals(168.0, r.toDoubleArray()[15], 1e-9);
      assertValues(
          einsum("i,i->", Ivy.array(new double[] {1}, 1), farange(DType.FLOAT64, 1, 0, 3)),
          DType.FLOAT64,
          s(),
          3);
      assertValues(
          einsum("ij,jk->ik", Ivy.zeros(2, 0), Ivy.zeros(0, 3)),
          DType.FLOAT32,
          s(2, 3),
          0,
          0,
          0,
          0,
          0,
          0);
      assertValues(
          einsum(",i->i", Ivy.array(new double[] {2}), farange(DType.FLOAT64, 1, 0, 3)),
          DType.FLOAT64,
          s(3),
          0,
          2,
          4);
      assertValues(einsum("...", a), DType.FLOAT64, s(2, 3), 0, 1, 2, 3, 4, 5);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void einsum_mixedAndBoolDtypes_promoteAsNumpy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array i = Ivy.asarray(Ivy.array(new long[] {1, 2, 3}, 3), DType.INT32);
      Array f = Ivy.array(new float[] {0.5f, 1.5f, 2.5f}, 3);
      assertValues(einsum("i,i", i, f), DType.FLOAT64, s(), 11);
      Array p = Ivy.array(new boolean[] {true, false, false, false}, 2, 2);
      Array q = Ivy.array(new boolean[] {false, true, true, false}, 2, 2);
      Array r = einsum("ij,jk", p, q);
      assertEquals(DType.BOOL, r.dtype());
      assertArrayEquals(new boolean[] {false, true, false, false}, r.toBooleanArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void einsum_badInput_namesOperandAndLabel(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array a = Ivy.ones(2, 3);
      Array c = Ivy.ones(4, 2);
      assertRaises(() -> einsum("ij,jk", a, c), "einsum", "operand 1", "label 'j'", "4", "3");
      assertRaises(() -> einsum("ijk,jk", a, c), "einsum", "operand 0", "rank 2", "'ijk'");
      assertRaises(() -> einsum("ij,jk", a), "einsum", "2 operand terms", "1 operands");
      assertRaises(() -> einsum("i1", a), "einsum", "letters");
      assertRaises(() -> einsum("ij->ik", a), "einsum", "output label 'k'");
      assertRaises(() -> einsum("ij->ii", a), "einsum", "must not repeat");
      assertRaises(() -> einsum("i..j", a), "einsum", "'...'");
      assertRaises(() -> einsum("...j->j", a), "einsum", "'...'");
      assertRaises(() -> einsum("ii", a), "einsum", "operand 0", "label 'i'");
    }
  }

  // ------------------------------------------------------------------ get_item

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void getItem_basicIndices_matchNumpy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array x = arange(2, 3, 4);
      assertLongs(get(x, 1L), DType.INT64, s(3, 4), 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
      assertLongs(get(x, List.of(-1, 2)), DType.INT64, s(4), 20, 21, 22, 23);
      assertLongs(get(x, List.of(1, "::-1", -1)), DType.INT64, s(3), 23, 19, 15);
      assertLongs(get(x, List.of("...", 1)), DType.INT64, s(2, 3), 1, 5, 9, 13, 17, 21);
      Array n = get(x, Arrays.asList(null, 0));
      assertLongs(n, DType.INT64, s(1, 3, 4), 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
      assertLongs(
          get(x, List.of(":", "1:3", "::2")), DType.INT64, s(2, 2, 2), 4, 6, 8, 10, 16, 18, 20, 22);
      assertLongs(
          get(x, List.of(Index.Slice.all(), new Index.Slice(1L, 3L, null), "::2")),
          DType.INT64,
          s(2, 2, 2),
          4,
          6,
          8,
          10,
          16,
          18,
          20,
          22);
      assertLongs(
          get(x, List.of("::-1", ":", "3:0:-2")),
          DType.INT64,
          s(2, 3, 2),
          15,
          13,
          19,
          17,
          23,
          21,
          3,
          1,
          7,
          5,
          11,
          9);
      assertLongs(
          get(x, List.of("-5:10", "-2:", "-1:-10:-3")),
          DType.INT64,
          s(2, 2, 2),
          7,
          4,
          11,
          8,
          19,
          16,
          23,
          20);
      assertLongs(get(x, "1:1"), DType.INT64, s(0, 3, 4));
      assertLongs(get(x, List.of("...", 2, "None")), DType.INT64, s(2, 3, 1), 2, 6, 10, 14, 18, 22);
      assertLongs(get(x, List.of()), DType.INT64, s(2, 3, 4), x.toLongArray());
      Array f = farange(DType.FLOAT32, 1, 0, 5);
      assertValues(Indexer.get(f, new Index.Slice(null, null, -2L)), DType.FLOAT32, s(3), 4, 2, 0);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void getItem_integerArrays_broadcastAndPlaceAsNumpy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array x = arange(2, 3, 4);
      assertLongs(
          get(x, List.of(List.of(1, 0))),
          DType.INT64,
          s(2, 3, 4),
          12,
          13,
          14,
          15,
          16,
          17,
          18,
          19,
          20,
          21,
          22,
          23,
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7,
          8,
          9,
          10,
          11);
      assertLongs(
          get(x, List.of(":", List.of(0, 2), List.of(1, 3))), DType.INT64, s(2, 2), 1, 11, 13, 23);
      // separated by a slice: the advanced axes come first
      assertLongs(get(x, List.of(0, ":", List.of(0, 1))), DType.INT64, s(2, 3), 0, 4, 8, 1, 5, 9);
      assertLongs(
          get(x, List.of(List.of(List.of(0), List.of(1)), List.of(0, 2))),
          DType.INT64,
          s(2, 2, 4),
          0,
          1,
          2,
          3,
          8,
          9,
          10,
          11,
          12,
          13,
          14,
          15,
          20,
          21,
          22,
          23);
      assertLongs(
          get(x, List.of(":", Ivy.array(new long[] {-1}, 1))),
          DType.INT64,
          s(2, 1, 4),
          8,
          9,
          10,
          11,
          20,
          21,
          22,
          23);
      assertLongs(
          get(x, Arrays.asList(List.of(1), null, List.of(0))),
          DType.INT64,
          s(1, 1, 4),
          12,
          13,
          14,
          15);
      // an empty ellipsis still separates advanced indices
      assertLongs(
          get(x, List.of(":", 0, "...", List.of(0, 1))), DType.INT64, s(2, 2), 0, 12, 1, 13);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void getItem_boolMasks_selectAsNumpy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array x = arange(2, 3, 4);
      assertLongs(get(x, Elementwise.greater(x, 20L)), DType.INT64, s(3), 21, 22, 23);
      assertLongs(
          get(x, List.of(":", List.of(true, false, true))),
          DType.INT64,
          s(2, 2, 4),
          0,
          1,
          2,
          3,
          8,
          9,
          10,
          11,
          12,
          13,
          14,
          15,
          20,
          21,
          22,
          23);
      Array m2 = Ivy.array(new boolean[] {true, false, false, false, true, true}, 2, 3);
      assertLongs(get(x, m2), DType.INT64, s(3, 4), 0, 1, 2, 3, 16, 17, 18, 19, 20, 21, 22, 23);
      assertLongs(get(x, List.of(m2, "1:3")), DType.INT64, s(3, 2), 1, 2, 17, 18, 21, 22);
      assertEquals(Shape.of(1, 2, 3, 4), get(x, true).shape());
      assertEquals(Shape.of(0, 2, 3, 4), get(x, false).shape());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void getItem_badIndices_raiseNamingTheProblem(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array x = arange(2, 3, 4);
      assertRaises(() -> get(x, List.of(0, 3)), "get_item", "axis 1", "[-3, 3)", "got 3");
      assertRaises(() -> get(x, List.of(0, 0, 0, 0)), "get_item", "3 axes", "got 4");
      assertRaises(() -> get(x, "::0"), "get_item", "step", "0");
      assertRaises(() -> get(x, List.of("...", "...")), "get_item", "ellipsis");
      assertRaises(
          () -> get(x, List.of(List.of(true, false, true))), "get_item", "boolean", "[3]", "[2]");
      assertRaises(() -> get(x, List.of(List.of(0, 5))), "get_item", "[-2, 2)", "5");
      assertRaises(
          () -> get(x, Ivy.array(new float[] {0}, 1)), "get_item", "integer or bool", "float32");
      assertRaises(() -> get(x, "a:b"), "get_item", "'a:b'");
      assertRaises(
          () -> get(x, List.of(List.of(0, 1), ":", List.of(0, 1, 2))), "get_item", "broadcast");
    }
  }

  // ------------------------------------------------------------------ set_item

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void setItem_basicIndices_replaceAsNumpy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array x = arange(2, 3, 4);
      assertLongs(
          set(x, 1, 0),
          DType.INT64,
          s(2, 3, 4),
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7,
          8,
          9,
          10,
          11,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0);
      Array v = Elementwise.multiply(arange(2, 2, 4), -1L);
      assertLongs(
          set(x, List.of(":", "::2"), v),
          DType.INT64,
          s(2, 3, 4),
          0,
          -1,
          -2,
          -3,
          4,
          5,
          6,
          7,
          -4,
          -5,
          -6,
          -7,
          -8,
          -9,
          -10,
          -11,
          16,
          17,
          18,
          19,
          -12,
          -13,
          -14,
          -15);
      assertLongs(
          set(x, List.of("::-1", 0), List.of(100, 101, 102, 103)),
          DType.INT64,
          s(2, 3, 4),
          100,
          101,
          102,
          103,
          4,
          5,
          6,
          7,
          8,
          9,
          10,
          11,
          100,
          101,
          102,
          103,
          16,
          17,
          18,
          19,
          20,
          21,
          22,
          23);
      assertLongs(
          set(x, Arrays.asList(null, 0), Elementwise.add(arange(1, 3, 4), 100L)),
          DType.INT64,
          s(2, 3, 4),
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          12,
          13,
          14,
          15,
          16,
          17,
          18,
          19,
          20,
          21,
          22,
          23);
      // the value is cast to x's dtype (truncation toward zero)
      assertLongs(
          set(x, List.of("...", -1), 2.7),
          DType.INT64,
          s(2, 3, 4),
          0,
          1,
          2,
          2,
          4,
          5,
          6,
          2,
          8,
          9,
          10,
          2,
          12,
          13,
          14,
          2,
          16,
          17,
          18,
          2,
          20,
          21,
          22,
          2);
      assertLongs(
          set(x, List.of(1, "2:0:-1", "::3"), List.of(List.of(7, 8), List.of(9, 10))),
          DType.INT64,
          s(2, 3, 4),
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7,
          8,
          9,
          10,
          11,
          12,
          13,
          14,
          15,
          9,
          17,
          18,
          10,
          7,
          21,
          22,
          8);
      Array f = farange(DType.FLOAT32, 1, 0, 2, 3);
      assertValues(
          Indexer.set(f, new Object[] {Index.Slice.all(), 1}, List.of(List.of(-1.5, -2.5))),
          DType.FLOAT32,
          s(2, 3),
          0,
          -1.5,
          2,
          3,
          -2.5,
          5);
      // x itself is unchanged
      assertEquals(23L, x.toLongArray()[23]);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void setItem_boolMasks_placeValuesInReadOrder(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array x = arange(2, 3, 4);
      assertLongs(
          set(x, Elementwise.greater(x, 20L), -1),
          DType.INT64,
          s(2, 3, 4),
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7,
          8,
          9,
          10,
          11,
          12,
          13,
          14,
          15,
          16,
          17,
          18,
          19,
          20,
          -1,
          -1,
          -1);
      Array fives = Elementwise.equal(Elementwise.remainder(x, 5L), 0L);
      assertLongs(
          set(x, fives, List.of(0, 10, 20, 30, 40)),
          DType.INT64,
          s(2, 3, 4),
          0,
          1,
          2,
          3,
          4,
          10,
          6,
          7,
          8,
          9,
          20,
          11,
          12,
          13,
          14,
          30,
          16,
          17,
          18,
          19,
          40,
          21,
          22,
          23);
      // an integer and a mask separated by a slice: the mask's axis comes first in the value
      assertLongs(
          set(
              x,
              List.of(0, ":", List.of(true, false, true, false)),
              List.of(List.of(1, 2, 3), List.of(4, 5, 6))),
          DType.INT64,
          s(2, 3, 4),
          1,
          1,
          4,
          3,
          2,
          5,
          5,
          7,
          3,
          9,
          6,
          11,
          12,
          13,
          14,
          15,
          16,
          17,
          18,
          19,
          20,
          21,
          22,
          23);
      Array m2 = Ivy.array(new boolean[] {true, false, false, false, true, true}, 2, 3);
      assertLongs(
          set(x, List.of(m2, "1:3"), List.of(List.of(1, 2), List.of(3, 4), List.of(5, 6))),
          DType.INT64,
          s(2, 3, 4),
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7,
          8,
          9,
          10,
          11,
          12,
          13,
          14,
          15,
          16,
          3,
          4,
          19,
          20,
          5,
          6,
          23);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void getAndSet_zeroDimAndWholeArray_matchNumpy(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array x0 = Ivy.array(new long[] {5});
      assertLongs(get(x0, Arrays.asList((Object) null)), DType.INT64, s(1), 5);
      assertLongs(get(x0, "..."), DType.INT64, s(), 5);
      assertLongs(set(x0, List.of(), 3), DType.INT64, s(), 3);
      Array y = arange(4);
      assertLongs(set(y, "...", List.of(9)), DType.INT64, s(4), 9, 9, 9, 9);
      assertLongs(set(y, true, 7), DType.INT64, s(4), 7, 7, 7, 7);
      assertLongs(set(y, false, 7), DType.INT64, s(4), 0, 1, 2, 3);
      assertLongs(set(y, "::-1", List.of(1, 2, 3, 4)), DType.INT64, s(4), 4, 3, 2, 1);
      assertLongs(set(y, "5:", List.of()), DType.INT64, s(4), 0, 1, 2, 3);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void setItem_integerArrays_assignAsNumpyWithLastRepeatWinning(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array y = arange(5);
      // x[[0, 3, 0]] = [7, 8, 9]: the repeated 0 takes the last value, as NumPy
      assertLongs(
          set(y, List.of(List.of(0, 3, 0)), List.of(7, 8, 9)), DType.INT64, s(5), 9, 1, 2, 8, 4);
      Array x = arange(2, 3);
      // x[1, [0, 2]] = -1
      assertLongs(set(x, List.of(1, List.of(0, 2)), -1), DType.INT64, s(2, 3), 0, 1, 2, -1, 4, -1);
      // x[[-1, 0]] = [[10, 11, 12], [13, 14, 15]] with negative indices
      assertLongs(
          set(x, List.of(List.of(-1, 0)), List.of(List.of(10, 11, 12), List.of(13, 14, 15))),
          DType.INT64,
          s(2, 3),
          13,
          14,
          15,
          10,
          11,
          12);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void setItem_unsupportedOrBadInput_raises(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope sc = Ivy.scope()) {
      Array x = arange(2, 3, 4);
      assertRaises(
          () -> set(x, List.of(List.of(0, 1), "1:"), 0), "set_item", "combined only with integers");
      assertRaises(() -> set(x, 0, List.of(1, 2)), "set_item", "value of shape [2]", "[3, 4]");
      assertRaises(() -> set(x, List.of(0, 0, 9), 1), "set_item", "axis 2", "got 9");
      assertRaises(
          () -> set(x, List.of(List.of(true, false), List.of(true, false, true)), 1),
          "set_item",
          "at most one boolean mask");
    }
  }
}
