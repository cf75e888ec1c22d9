package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.backend.ExportSpec;
import dev.ivy.errors.BackendCapabilityException;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Each primitive's export, one small traced function per case, on every exporting backend (DJL
 * block for torch, SameDiff for nd4j): the framework's result equals Ivy's eager result, or the
 * backend declares the gap with {@link BackendCapabilityException}.
 */
class ExportPrimitivesTest {
  private static final float[] X = {0.2f, 0.7f, 0.45f, 0.9f, 0.15f, 0.6f};
  private static final float[] Y = {0.5f, 0.3f, 0.45f, 0.1f, 0.8f, 0.25f};

  /** Cases SameDiff does not export: their SameDiff ops differ from Ivy's semantics. */
  private static final Set<String> ND4J_GAPS = Set.of("round", "sign", "atan2", "intRemainder");

  private record Case(String name, BiFunction<Array, Array, Array> fn) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case c(String name, BiFunction<Array, Array, Array> fn) {
    return new Case(name, fn);
  }

  private static List<Case> cases() {
    List<Case> r = new ArrayList<>();
    r.add(c("exp", (x, y) -> Ivy.exp(x)));
    r.add(c("log", (x, y) -> Ivy.log(x)));
    r.add(c("log1p", (x, y) -> Ivy.log1p(x)));
    r.add(c("expm1", (x, y) -> Ivy.expm1(x)));
    r.add(c("sqrt", (x, y) -> Ivy.sqrt(x)));
    r.add(c("sin", (x, y) -> Ivy.sin(x)));
    r.add(c("cos", (x, y) -> Ivy.cos(x)));
    r.add(c("tan", (x, y) -> Ivy.tan(x)));
    r.add(c("asin", (x, y) -> Ivy.asin(x)));
    r.add(c("acos", (x, y) -> Ivy.acos(x)));
    r.add(c("atan", (x, y) -> Ivy.atan(x)));
    r.add(c("sinh", (x, y) -> Ivy.sinh(x)));
    r.add(c("cosh", (x, y) -> Ivy.cosh(x)));
    r.add(c("tanh", (x, y) -> Ivy.tanh(x)));
    r.add(c("asinh", (x, y) -> Ivy.asinh(x)));
    r.add(c("acosh", (x, y) -> Ivy.acosh(Ivy.add(x, 1.0))));
    r.add(c("atanh", (x, y) -> Ivy.atanh(x)));
    r.add(c("erf", (x, y) -> Ivy.erf(x)));
    r.add(c("floor", (x, y) -> Ivy.floor(Ivy.multiply(x, 10.0))));
    r.add(c("ceil", (x, y) -> Ivy.ceil(Ivy.multiply(x, 10.0))));
    r.add(c("abs", (x, y) -> Ivy.abs(Ivy.subtract(x, y))));
    r.add(c("negative", (x, y) -> Ivy.negative(x)));
    r.add(c("subtract", Ivy::subtract));
    r.add(c("divide", Ivy::divide));
    r.add(c("maximum", Ivy::maximum));
    r.add(c("minimum", Ivy::minimum));
    r.add(c("pow", Ivy::pow));
    r.add(c("floorDivide", (x, y) -> Ivy.floorDivide(Ivy.multiply(x, 10.0), y)));
    r.add(c("where", (x, y) -> Ivy.where(Ivy.greater(x, y), x, y)));
    r.add(
        c(
            "intWhere",
            (x, y) ->
                Ivy.where(
                    Ivy.less(x, y),
                    Ivy.astype(Ivy.multiply(x, 10.0), DType.INT32),
                    Ivy.astype(Ivy.multiply(y, -10.0), DType.INT32))));
    r.add(c("equal", Ivy::equal));
    r.add(c("notEqual", Ivy::notEqual));
    r.add(c("less", Ivy::less));
    r.add(c("lessEqual", Ivy::lessEqual));
    r.add(c("greaterEqual", Ivy::greaterEqual));
    r.add(c("sumKeepDims", (x, y) -> Ivy.sum(x, new int[] {1}, true)));
    r.add(c("prod", (x, y) -> Ivy.prod(x, new int[] {0}, false)));
    r.add(c("max", (x, y) -> Ivy.max(x)));
    r.add(c("min", (x, y) -> Ivy.min(y, new int[] {1}, true)));
    r.add(c("argmax", (x, y) -> Ivy.argmax(x, 1, false)));
    r.add(c("argmin", (x, y) -> Ivy.argmin(y, 0, false)));
    r.add(c("logSumExp", (x, y) -> Ivy.logSumExp(x, new int[] {0, 1}, false)));
    r.add(c("permuteDims", (x, y) -> Ivy.permuteDims(x, 1, 0)));
    r.add(c("flip", (x, y) -> Ivy.flip(x, 1)));
    r.add(c("concat", (x, y) -> Ivy.concat(List.of(x, y), 0)));
    r.add(c("broadcastTo", (x, y) -> Ivy.broadcastTo(Ivy.expandDims(x, 0), 4, 2, 3)));
    r.add(c("take", (x, y) -> Ivy.take(x, Ivy.array(new long[] {2, 0, 2, 1}, 2, 2), 1)));
    r.add(c("cumulativeSum", (x, y) -> Ivy.cumulativeSum(x, 1)));
    r.add(c("cumprod", (x, y) -> Ivy.cumprod(y, 0, false, false)));
    r.add(c("astypeInt", (x, y) -> Ivy.astype(Ivy.multiply(x, 10.0), DType.INT32)));
    r.add(c("matmul", (x, y) -> Ivy.matmul(x, Ivy.permuteDims(y, 1, 0))));
    r.add(
        c("batchedMatmul", (x, y) -> Ivy.matmul(Ivy.reshape(x, 2, 3, 1), Ivy.reshape(y, 2, 1, 3))));
    r.add(c("round", (x, y) -> Ivy.round(Ivy.multiply(x, 10.0))));
    r.add(c("sign", (x, y) -> Ivy.sign(Ivy.subtract(x, y))));
    r.add(c("atan2", Ivy::atan2));
    r.add(c("remainder", (x, y) -> Ivy.remainder(Ivy.subtract(x, 0.5), y)));
    r.add(
        c(
            "intRemainder",
            (x, y) ->
                Ivy.remainder(
                    Ivy.astype(Ivy.multiply(x, 10.0), DType.INT64),
                    Ivy.astype(Ivy.multiply(y, 10.0), DType.INT64))));
    return r;
  }

  static Stream<Arguments> backendsAndCases() {
    List<Arguments> r = new ArrayList<>();
    for (String b : List.of("torch", "nd4j")) {
      if (!Backends.underTest().contains(b)) {
        continue;
      }
      for (Case c : cases()) {
        r.add(Arguments.of(b, c));
      }
    }
    return r.stream();
  }

  @ParameterizedTest(name = "{1}[{0}]")
  @MethodSource("backendsAndCases")
  void export_primitive_matchesEagerOrDeclaresGap(String backend, Case c) {
    Graph g;
    double[] expected;
    ExportSpec spec;
    try (var b = Ivy.withBackend(backend)) {
      Array x = Ivy.array(X, 2, 3);
      Array y = Ivy.array(Y, 2, 3);
      g = Tracer.trace(c.fn(), x, y);
      expected = Ivy.astype(c.fn().apply(x, y), DType.FLOAT64).toDoubleArray();
      // y becomes a variable: exported as a DJL parameter / SameDiff variable
      spec = new ExportSpec(List.of("x", "y"), List.of("out"), Map.of("y", y), null);
      if (backend.equals("nd4j") && ND4J_GAPS.contains(c.name())) {
        ExportSpec s = spec;
        BackendCapabilityException e =
            assertThrows(BackendCapabilityException.class, () -> g.export(backend, s));
        assertTrue(e.getMessage().contains("nd4j"), e.getMessage());
        return;
      }
    }
    dev.ivy.Exported exported = g.export(backend, spec);
    double[] actual =
        backend.equals("torch") ? runDjl(exported.as(Block.class)) : runSameDiff(exported.value());
    assertArrayEquals(
        expected, actual, 1e-5, c.name() + " exported to " + backend + " vs Ivy eager");
  }

  private static double[] runDjl(Block block) {
    try (NDManager nd = NDManager.newBaseManager("PyTorch")) {
      block.initialize(nd, DataType.FLOAT32, new ai.djl.ndarray.types.Shape(2, 3));
      NDArray x = nd.create(X, new ai.djl.ndarray.types.Shape(2, 3));
      NDArray out = block.forward(new ParameterStore(nd, false), new NDList(x), false).head();
      return out.toType(DataType.FLOAT64, false).toDoubleArray();
    }
  }

  private static double[] runSameDiff(Object exported) {
    SameDiff sd = (SameDiff) exported;
    INDArray x = Nd4j.create(X, new long[] {2, 3});
    INDArray out = sd.output(Map.of("x", x), "out").get("out");
    return out.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE)
        .dup('c')
        .reshape(out.length())
        .toDoubleVector();
  }
}
