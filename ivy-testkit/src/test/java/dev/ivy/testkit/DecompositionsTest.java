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
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.registry.FunctionRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decompositions and solvers of {@code ivy.linalg}: reconstruction identities (A = QR, U S Vh,
 * V diag(w) V^T, L L^T), inverses, known determinants, sign normalisation, batches and errors, on
 * every backend.
 */
class DecompositionsTest {
  private static final double TOL = 1e-10;

  private static Object call(String name, List<Object> args, Map<String, Object> kwargs) {
    return FunctionRegistry.find("ivy", name).call(args, kwargs);
  }

  private static Array call1(String name, Object... args) {
    return (Array) call(name, List.of(args), Map.of());
  }

  @SuppressWarnings("unchecked")
  private static List<Array> callN(String name, Map<String, Object> kwargs, Object... args) {
    return (List<Array>) call(name, List.of(args), kwargs);
  }

  private static Array m(long rows, long cols, double... v) {
    return Ivy.array(v, rows, cols);
  }

  private static Array mm(Array a, Array b) {
    return Linalg.matmul(a, b);
  }

  private static Array t(Array a) {
    return Manipulation.matrixTranspose(a);
  }

  private static Array eye(long n) {
    return Creation.eye(n, null, 0, DType.FLOAT64);
  }

  private static void close(Array expected, Array actual, double tol) {
    assertEquals(expected.shape(), actual.shape(), "shape");
    Close.scaled(expected.toDoubleArray(), actual, tol, "result");
  }

  /** A [2, 3, 3] batch of symmetric positive-definite matrices. */
  private static Array spdBatch() {
    return Ivy.array(
        new double[] {4, 2, 1, 2, 3, 0.5, 1, 0.5, 5, 2, -1, 0, -1, 2, -1, 0, -1, 2}, 2, 3, 3);
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void cholesky_spd_lowerFactorReconstructs(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array l = call1("linalg.cholesky", m(2, 2, 4, 2, 2, 3));
      assertArrayEquals(new double[] {2, 0, 1, Math.sqrt(2)}, l.toDoubleArray(), TOL);
      Array u =
          (Array) call("linalg.cholesky", List.of(m(2, 2, 4, 2, 2, 3)), Map.of("upper", true));
      assertArrayEquals(new double[] {2, 1, 0, Math.sqrt(2)}, u.toDoubleArray(), TOL);
      Array a = spdBatch();
      Array lb = Decompositions.cholesky(a, false);
      close(a, mm(lb, t(lb)), TOL);
      close(Creation.tril(lb, 0), lb, 0);
      Array f = Decompositions.cholesky(Manipulation.astype(a, DType.FLOAT32), false);
      assertEquals(DType.FLOAT32, f.dtype());
      close(lb, f, 1e-5);
      assertThrows(
          IvyArgumentException.class,
          () -> Decompositions.cholesky(m(2, 2, 1, 2, 2, 1), false).toDoubleArray());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void qr_reducedAndComplete_reconstructWithNonNegativeDiagonal(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = m(3, 2, 1, 2, 3, 4, 5, 6);
      List<Array> red = callN("linalg.qr", Map.of(), x);
      assertEquals(Shape.of(3, 2), red.get(0).shape());
      assertEquals(Shape.of(2, 2), red.get(1).shape());
      close(x, mm(red.get(0), red.get(1)), TOL);
      close(eye(2), mm(t(red.get(0)), red.get(0)), TOL);
      // NumPy's R up to the sign normalisation: diag(R) >= 0
      assertArrayEquals(
          new double[] {Math.sqrt(35), 44 / Math.sqrt(35), 0, Math.sqrt(24.0 / 35)},
          red.get(1).toDoubleArray(),
          1e-9);
      List<Array> full = callN("linalg.qr", Map.of("mode", "complete"), x);
      assertEquals(Shape.of(3, 3), full.get(0).shape());
      assertEquals(Shape.of(3, 2), full.get(1).shape());
      close(x, mm(full.get(0), full.get(1)), TOL);
      close(eye(3), mm(t(full.get(0)), full.get(0)), TOL);
      // wide and batched
      Array w = Ivy.array(new double[] {1, 2, 3, 4, 5, 7, -1, 0, 2, 3, 1, 1}, 2, 2, 3);
      Array[] qr = Decompositions.qr(w, "reduced");
      assertEquals(Shape.of(2, 2, 2), qr[0].shape());
      assertEquals(Shape.of(2, 2, 3), qr[1].shape());
      close(w, mm(qr[0], qr[1]), TOL);
      for (double d : Linalg.diagonal(qr[1], 0).toDoubleArray()) {
        assertTrue(d >= 0, "diag(R) >= 0");
      }
      assertThrows(IvyArgumentException.class, () -> Decompositions.qr(x, "r"));
      assertThrows(IvyArgumentException.class, () -> Decompositions.qr(Ivy.ones(3), "reduced"));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void svd_fullAndReduced_reconstructAndNormaliseSigns(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = m(3, 2, 1, 2, 3, 4, 5, 6);
      List<Array> full = callN("linalg.svd", Map.of(), x);
      assertEquals(Shape.of(3, 3), full.get(0).shape());
      assertEquals(Shape.of(2), full.get(1).shape());
      assertEquals(Shape.of(2, 2), full.get(2).shape());
      // singular values of [[1,2],[3,4],[5,6]] (NumPy)
      assertArrayEquals(
          new double[] {9.525518091565107, 0.5143005806586441}, full.get(1).toDoubleArray(), 1e-9);
      close(eye(3), mm(t(full.get(0)), full.get(0)), TOL);
      List<Array> red = callN("linalg.svd", Map.of("full_matrices", false), x);
      Array u = red.get(0);
      assertEquals(Shape.of(3, 2), u.shape());
      close(x, mm(Elementwise.multiply(u, red.get(1)), red.get(2)), TOL);
      // the largest-magnitude entry of each column of U is positive: NumPy's U up to signs
      assertArrayEquals(
          new double[] {
            0.2298476964000714,
            0.8834610176985254,
            0.5247448187602937,
            0.24078249213254635,
            0.8196419411205158,
            -0.4018960334334318
          },
          u.toDoubleArray(),
          1e-9);
      close(red.get(1), call1("linalg.svdvals", x), TOL);
      Array w = Ivy.array(new double[] {1, 2, 3, 4, 5, 7, -1, 0, 2, 3, 1, 1}, 2, 2, 3);
      Array[] f = Decompositions.svd(w, true);
      assertEquals(Shape.of(2, 3, 3), f[2].shape());
      Array[] r = Decompositions.svd(w, false);
      assertEquals(Shape.of(2, 2, 3), r[2].shape());
      close(w, mm(Elementwise.multiply(r[0], Manipulation.expandDims(r[1], -2)), r[2]), TOL);
      close(Ivy.array(new double[] {1, 0, 0, 1, 1, 0, 0, 1}, 2, 2, 2), mm(r[2], t(r[2])), TOL);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void eigh_symmetric_ascendingValuesAndNormalisedVectors(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      List<Array> wv = callN("linalg.eigh", Map.of(), m(2, 2, 2, 1, 1, 2));
      assertArrayEquals(new double[] {1, 3}, wv.get(0).toDoubleArray(), TOL);
      double h = Math.sqrt(0.5);
      // tied magnitudes: the first entry decides the sign
      assertArrayEquals(new double[] {h, h, -h, h}, wv.get(1).toDoubleArray(), 1e-9);
      Array a = spdBatch();
      Array[] e = Decompositions.eigh(a);
      assertEquals(Shape.of(2, 3), e[0].shape());
      close(a, mm(Elementwise.multiply(e[1], Manipulation.expandDims(e[0], -2)), t(e[1])), TOL);
      double[] w = e[0].toDoubleArray();
      assertTrue(w[0] <= w[1] && w[1] <= w[2] && w[3] <= w[4] && w[4] <= w[5], "ascending");
      // eigenvalues of the tridiagonal [2, -1] matrix: 2 - sqrt(2), 2, 2 + sqrt(2)
      assertArrayEquals(
          new double[] {2 - Math.sqrt(2), 2, 2 + Math.sqrt(2)},
          java.util.Arrays.copyOfRange(w, 3, 6),
          1e-9);
      close(e[0], call1("linalg.eigvalsh", a), TOL);
      // only the lower triangle is read
      close(
          call1("linalg.eigvalsh", m(2, 2, 2, 1, 1, 2)),
          call1("linalg.eigvalsh", m(2, 2, 2, 99, 1, 2)),
          TOL);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void solveAndInv_invertible_giveIdentities(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array a = m(3, 3, 2, 1, 1, 1, 3, 2, 1, 0, 0);
      Array x = call1("linalg.solve", a, Ivy.array(new double[] {4, 5, 6}, 3));
      assertEquals(Shape.of(3), x.shape());
      assertArrayEquals(new double[] {6, 15, -23}, x.toDoubleArray(), 1e-9);
      Array bm = m(3, 2, 1, 0, 0, 1, 2, 3);
      close(bm, mm(a, call1("linalg.solve", a, bm)), TOL);
      Array inv = call1("linalg.inv", a);
      close(eye(3), mm(inv, a), TOL);
      Array batch = spdBatch();
      close(
          Manipulation.broadcastTo(eye(3), Shape.of(2, 3, 3)),
          mm(Decompositions.inv(batch), batch),
          TOL);
      // x2 a vector with a batch of x1: result [2, 3]
      Array xs = Decompositions.solve(batch, Ivy.array(new double[] {1, 1, 1}, 3));
      assertEquals(Shape.of(2, 3), xs.shape());
      Array f32 = Decompositions.inv(Manipulation.astype(a, DType.FLOAT32));
      assertEquals(DType.FLOAT32, f32.dtype());
      close(inv, f32, 1e-5);
      Array ints = Decompositions.inv(Ivy.array(new long[] {2, 0, 0, 4}, 2, 2));
      assertEquals(DType.FLOAT64, ints.dtype());
      assertArrayEquals(new double[] {0.5, 0, 0, 0.25}, ints.toDoubleArray(), 0);
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> call1("linalg.inv", m(2, 2, 1, 1, 1, 1)));
      assertEquals("linalg.inv: x must be invertible; got a singular matrix", e.getMessage());
      assertThrows(
          IvyArgumentException.class,
          () -> Decompositions.solve(m(2, 2, 1, 2, 2, 4), Ivy.array(new double[] {1, 1}, 2)));
      assertThrows(IvyArgumentException.class, () -> Decompositions.inv(m(2, 3, 1, 2, 3, 4, 5, 6)));
      assertThrows(
          IvyArgumentException.class,
          () -> Decompositions.solve(a, Ivy.array(new double[] {1}, 1)));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void detAndSlogdet_knownMatrices(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      assertEquals(-2, call1("linalg.det", m(2, 2, 1, 2, 3, 4)).itemDouble(), 1e-12);
      assertEquals(-1, call1("linalg.det", m(2, 2, 0, 1, 1, 0)).itemDouble(), 0);
      assertEquals(0, call1("linalg.det", m(2, 2, 1, 1, 1, 1)).itemDouble(), 0);
      Array d = Decompositions.det(spdBatch());
      assertEquals(Shape.of(2), d.shape());
      // det [[4,2,1],[2,3,.5],[1,.5,5]] = 38, det of the [2,-1] tridiagonal = 4
      assertArrayEquals(new double[] {38, 4}, d.toDoubleArray(), 1e-10);
      // a cyclic permutation of 3 rows is even
      assertEquals(1, Decompositions.det(m(3, 3, 0, 1, 0, 0, 0, 1, 1, 0, 0)).itemDouble(), 0);
      List<Array> sl = callN("linalg.slogdet", Map.of(), m(2, 2, 1, 2, 3, 4));
      assertEquals(-1, sl.get(0).itemDouble(), 0);
      assertEquals(Math.log(2), sl.get(1).itemDouble(), 1e-12);
      Array[] sing = Decompositions.slogdet(m(2, 2, 1, 1, 1, 1));
      assertEquals(0, sing[0].itemDouble(), 0);
      assertEquals(Double.NEGATIVE_INFINITY, sing[1].itemDouble());
      Array empty = Decompositions.det(Ivy.array(new double[0], 0, 0));
      assertEquals(1, empty.itemDouble(), 0);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void pinvRankPowerAndNorms_knownValues(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = m(3, 2, 1, 2, 3, 4, 5, 6);
      Array p = call1("linalg.pinv", x);
      assertEquals(Shape.of(2, 3), p.shape());
      close(eye(2), mm(p, x), TOL);
      close(x, mm(mm(x, p), x), TOL);
      Array r = call1("linalg.matrix_rank", m(2, 2, 1, 2, 2, 4));
      assertEquals(DType.INT64, r.dtype());
      assertEquals(1, r.itemLong());
      Array batch = Ivy.array(new double[] {1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1}, 3, 2, 2);
      assertArrayEquals(new long[] {2, 0, 1}, Decompositions.matrixRank(batch, null).toLongArray());
      assertEquals(
          2,
          ((Array) call("linalg.matrix_rank", List.of(m(2, 2, 1, 0, 0, 1e-3)), Map.of()))
              .itemLong());
      assertEquals(
          1,
          ((Array)
                  call("linalg.matrix_rank", List.of(m(2, 2, 1, 0, 0, 1e-3)), Map.of("rtol", 0.01)))
              .itemLong());
      Array a = m(2, 2, 1, 1, 1, 0);
      // Fibonacci: [[1,1],[1,0]]^n = [[F(n+1), F(n)], [F(n), F(n-1)]]
      assertArrayEquals(
          new double[] {89, 55, 55, 34}, call1("linalg.matrix_power", a, 10L).toDoubleArray(), 0);
      close(eye(2), call1("linalg.matrix_power", a, 0L), 0);
      Array ai = Ivy.array(new long[] {1, 1, 1, 0}, 2, 2);
      Array p5 = Decompositions.matrixPower(ai, 5);
      assertEquals(DType.INT64, p5.dtype());
      assertArrayEquals(new long[] {8, 5, 5, 3}, p5.toLongArray());
      close(
          mm(Decompositions.inv(a), Decompositions.inv(a)), Decompositions.matrixPower(a, -2), TOL);
      Array dg = m(2, 2, 3, 0, 0, -4);
      assertEquals(4, call1n("2", dg), 1e-12);
      assertEquals(3, call1n("-2", dg), 1e-12);
      assertEquals(7, call1n("nuc", dg), 1e-12);
      Array n2 =
          Linalg.matrixNorm(Ivy.array(new double[] {3, 0, 0, -4, 1, 0, 0, 1}, 2, 2, 2), 2L, true);
      assertEquals(Shape.of(2, 1, 1), n2.shape());
      assertArrayEquals(new double[] {4, 1}, n2.toDoubleArray(), 1e-12);
    }
  }

  private static double call1n(String ord, Array x) {
    Object o = ord.equals("nuc") ? ord : (Object) Long.parseLong(ord);
    return ((Array) call("linalg.matrix_norm", List.of(x), Map.of("ord", o))).itemDouble();
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void decompositions_emptyBatchAndHalfFloats_keepShapesAndDtypes(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array e = Ivy.zeros(0, 3, 3);
      assertEquals(Shape.of(0, 3, 3), Decompositions.inv(e).shape());
      assertEquals(Shape.of(0), Decompositions.det(e).shape());
      assertEquals(Shape.of(0, 3), Decompositions.eigh(e)[0].shape());
      assertEquals(Shape.of(0, 3, 3), Decompositions.qr(e, "complete")[0].shape());
      assertEquals(Shape.of(0, 3, 3), Decompositions.svd(e, true)[0].shape());
      assertEquals(Shape.of(0, 3, 3), Decompositions.cholesky(e, false).shape());
      Array[] q = Decompositions.qr(Ivy.zeros(3, 0), "complete");
      close(eye(3), q[0], 0);
      assertEquals(Shape.of(3, 0), q[1].shape());
      Array h = Manipulation.astype(m(2, 2, 4, 2, 2, 3), DType.FLOAT16);
      Array l = Decompositions.cholesky(h, false);
      assertEquals(DType.FLOAT16, l.dtype());
      assertArrayEquals(new double[] {2, 0, 1, Math.sqrt(2)}, l.toDoubleArray(), 1e-3);
      Array[] sv =
          Decompositions.svd(Manipulation.astype(m(2, 2, 3, 0, 0, -4), DType.BFLOAT16), true);
      assertEquals(DType.BFLOAT16, sv[1].dtype());
      assertArrayEquals(new double[] {4, 3}, sv[1].toDoubleArray(), 1e-2);
    }
  }

  /** Singular [3, 3] matrices: zero, a zero column, rank 1, and two equal rows. */
  private static List<Array> singular3x3(DType dt) {
    return List.of(
        Manipulation.astype(Ivy.zeros(3, 3), dt),
        Manipulation.astype(m(3, 3, 1, 0, 2, 3, 0, 4, 5, 0, 6), dt),
        Manipulation.astype(m(3, 3, 1, 2, 3, 2, 4, 6, -1, -2, -3), dt),
        Manipulation.astype(m(3, 3, 0, 1, 2, 3, 4, 5, 0, 1, 2), dt));
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void detAndSlogdet_singular_giveZeroAndMinusInfinity(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      for (DType dt : List.of(DType.FLOAT64, DType.FLOAT32)) {
        for (Array x : singular3x3(dt)) {
          assertEquals(0, call1("linalg.det", x).itemDouble(), 0, "det " + dt);
          List<Array> sl = callN("linalg.slogdet", Map.of(), x);
          assertEquals(0, sl.get(0).itemDouble(), 0, "sign " + dt);
          assertEquals(Double.NEGATIVE_INFINITY, sl.get(1).itemDouble(), "logabsdet " + dt);
          assertThrows(
              IvyArgumentException.class,
              () ->
                  Decompositions.solve(x, Manipulation.astype(Ivy.ones(3, 1), dt)).toDoubleArray());
        }
      }
      // large enough for LAPACK's blocked paths (OpenBLAS's threaded getrf overflowed the stack)
      assertEquals(1, Decompositions.det(eye(300)).itemDouble(), 1e-12);
      assertEquals(0, Decompositions.det(Creation.tril(Ivy.ones(300, 300), -1)).itemDouble(), 0);
      // NaN propagates (LAPACKE rejects NaN input; the kernel must not fail)
      Array nan = m(2, 2, 1, Double.NaN, 3, 4);
      assertTrue(Double.isNaN(call1("linalg.det", nan).itemDouble()), "det of NaN input");
      assertTrue(
          java.util.Arrays.stream(Decompositions.qr(nan, "complete")[1].toDoubleArray())
              .anyMatch(Double::isNaN),
          "R of NaN input holds NaN");
      // a batch mixing singular and regular matrices
      Array batch =
          Ivy.array(new double[] {0, 0, 0, 0, 1, 2, 3, 4, 1, 2, 2, 4, 0, 1, 1, 0}, 4, 2, 2);
      assertArrayEquals(
          new double[] {0, -2, 0, -1}, Decompositions.det(batch).toDoubleArray(), 1e-12);
      Array[] sl = Decompositions.slogdet(batch);
      assertArrayEquals(new double[] {0, -1, 0, -1}, sl[0].toDoubleArray(), 0);
      assertArrayEquals(
          new double[] {Double.NEGATIVE_INFINITY, Math.log(2), Double.NEGATIVE_INFINITY, 0},
          sl[1].toDoubleArray(),
          1e-12);
    }
  }

  /** Rank-deficient matrices: zero, a zero column and rank 1, tall [3, 2], wide [2, 3], square. */
  private static List<Array> rankDeficient() {
    return List.of(
        Ivy.zeros(3, 2),
        m(3, 2, 1, 0, 2, 0, 3, 0),
        m(3, 2, 1, 2, 2, 4, 3, 6),
        Ivy.zeros(2, 3),
        m(2, 3, 0, 1, 2, 0, 3, 4),
        m(2, 3, 1, 2, 3, 2, 4, 6),
        Ivy.zeros(3, 3),
        m(3, 3, 1, 0, 2, 3, 0, 4, 5, 0, 6),
        m(3, 3, 1, 2, 3, 2, 4, 6, -1, -2, -3),
        Ivy.array(new double[] {0, 0, 0, 0, 1, 1, 1, 1, 0, 1, 0, 2}, 3, 2, 2));
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void qr_rankDeficient_orthonormalQAndReconstructs(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      for (DType dt : List.of(DType.FLOAT64, DType.FLOAT32)) {
        double tol = dt == DType.FLOAT64 ? TOL : 1e-5;
        for (Array x64 : rankDeficient()) {
          Array x = Manipulation.astype(x64, dt);
          for (String mode : List.of("reduced", "complete")) {
            String what = mode + " " + dt + " " + x.shape();
            Array[] qr = Decompositions.qr(x, mode);
            assertEquals(dt, qr[0].dtype(), what);
            for (Array f : qr) {
              for (double v : f.toDoubleArray()) {
                assertTrue(Double.isFinite(v), "finite factors: " + what);
              }
            }
            long k = qr[0].shape().dim(-1);
            Array qtq = mm(t(qr[0]), qr[0]);
            close(Manipulation.broadcastTo(eye(k), qtq.shape()), cast64(qtq), tol);
            close(x64, cast64(mm(qr[0], qr[1])), tol);
            close(Creation.triu(qr[1], 0), qr[1], 0);
          }
        }
      }
    }
  }

  private static Array cast64(Array a) {
    return Manipulation.astype(a, DType.FLOAT64);
  }

  /**
   * Runs singular determinants and rank-deficient QRs in a fresh JVM and checks that the backend
   * prints nothing on stdout or stderr while computing them (native logs included).
   */
  @ParameterizedTest
  @MethodSource(BACKENDS)
  void singularAndRankDeficient_printNothing(String backend) throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Path out = Files.createTempFile("ivy-quiet", ".out");
    Path err = Files.createTempFile("ivy-quiet", ".err");
    try {
      Process p =
          new ProcessBuilder(
                  java.toString(),
                  "-Dai.djl.offline=true",
                  "-cp",
                  System.getProperty("java.class.path"),
                  DecompositionsQuietMain.class.getName(),
                  backend)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      assertTrue(p.waitFor(240, TimeUnit.SECONDS), "child JVM finished in time");
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), "exit code; stderr:\n" + stderr);
      String mark = DecompositionsQuietMain.MARK + "\n";
      assertEquals(mark + DecompositionsQuietMain.DONE + "\n", stdout, "stdout");
      int at = stderr.indexOf(mark);
      assertTrue(at >= 0, "stderr holds the mark:\n" + stderr);
      assertEquals(
          DecompositionsQuietMain.DONE + "\n",
          stderr.substring(at + mark.length()),
          "stderr after the mark");
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
