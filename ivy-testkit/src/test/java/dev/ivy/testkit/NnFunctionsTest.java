package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Reductions;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.RegisteredFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nn functions (activations, softmax, layers, normalization, attention, losses) called by name
 * on every backend in float32 and float64, against values PyTorch's formulas give for small inputs
 * (computed in float64 by hand) and against identities.
 */
class NnFunctionsTest {
  private static final double[] X = {-3, -1, -0.5, 0, 0.5, 1, 3, 25};

  static Stream<Arguments> backendsAndFloats() {
    List<Arguments> r = new ArrayList<>();
    for (String b : Backends.underTest()) {
      r.add(Arguments.of(b, DType.FLOAT32));
      r.add(Arguments.of(b, DType.FLOAT64));
    }
    return r.stream();
  }

  private static Object call(String fn, List<?> args, Map<String, ?> kwargs) {
    RegisteredFunction f = FunctionRegistry.find("ivy", fn);
    if (f == null) {
      fail("ivy." + fn + " should be registered");
    }
    return f.call(args, kwargs);
  }

  private static Object call(String fn, Array... args) {
    return call(fn, List.of(args), Map.of());
  }

  private static Array call1(String fn, List<?> args, Map<String, ?> kwargs) {
    return (Array) call(fn, args, kwargs);
  }

  private static Array call1(String fn, Object... args) {
    return call1(fn, List.of(args), Map.of());
  }

  private static Array arr(DType dt, double[] data, long... shape) {
    return Ivy.array(data, dt, shape);
  }

  private static void assertClose(String what, double[] expected, Array actual, DType dt) {
    assertEquals(dt, actual.dtype(), what + ": dtype");
    double rtol = dt == DType.FLOAT32 ? 2e-5 : 1e-9;
    double atol = dt == DType.FLOAT32 ? 2e-6 : 1e-12;
    Close.values(
        expected, actual, atol, rtol, what + " [" + actual.backendName() + ", " + dt + "]");
  }

  private static void assertShape(Array a, long... dims) {
    assertEquals(Shape.of(dims), a.shape());
  }

  // ------------------------------------------------------------------ activations

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("backendsAndFloats")
  void activations_smallInputs_matchPyTorch(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, X, 8);
      assertClose("relu", new double[] {0, 0, 0, 0, 0.5, 1, 3, 25}, call1("relu", x), dt);
      assertClose("relu6", new double[] {0, 0, 0, 0, 0.5, 1, 3, 6}, call1("relu6", x), dt);
      assertClose(
          "leaky_relu",
          new double[] {-0.6, -0.2, -0.1, 0, 0.5, 1, 3, 25},
          call1("leaky_relu", x),
          dt);
      assertClose(
          "leaky_relu(alpha=0.01)",
          new double[] {-0.03, -0.01, -0.005, 0, 0.5, 1, 3, 25},
          call1("leaky_relu", List.of(x), Map.of("alpha", 0.01)),
          dt);
      assertClose(
          "elu",
          new double[] {
            -0.950212931632136, -0.6321205588285577, -0.3934693402873666, 0, 0.5, 1, 3, 25
          },
          call1("elu", x),
          dt);
      assertClose(
          "selu",
          new double[] {
            -1.6705687287671118,
            -1.1113307378125625,
            -0.6917581878028713,
            0,
            0.5253504936777402,
            1.0507009873554805,
            3.1521029620664414,
            26.26752468388701
          },
          call1("selu", x),
          dt);
      assertClose(
          "gelu",
          new double[] {
            -0.00404969409489031,
            -0.15865525393145707,
            -0.15426876936299344,
            0,
            0.34573123063700656,
            0.8413447460685429,
            2.99595030590511,
            25
          },
          call1("gelu", x),
          dt);
      assertClose(
          "gelu(approximate=True)",
          new double[] {
            -0.0036373920817729943,
            -0.1588080093917233,
            -0.15428599017485606,
            0,
            0.34571400982514394,
            0.8411919906082768,
            2.996362607918227,
            25
          },
          call1("gelu", List.of(x), Map.of("approximate", true)),
          dt);
      assertClose(
          "silu",
          new double[] {
            -0.14227761953270035,
            -0.2689414213699951,
            -0.1887703343990727,
            0,
            0.3112296656009273,
            0.7310585786300049,
            2.8577223804673,
            24.9999999996528
          },
          call1("silu", x),
          dt);
      assertClose(
          "softplus",
          new double[] {
            0.04858735157374206,
            0.31326168751822286,
            0.4740769841801067,
            0.6931471805599453,
            0.9740769841801067,
            1.3132616875182228,
            3.048587351573742,
            25
          },
          call1("softplus", x),
          dt);
      assertClose(
          "softplus(beta=2, threshold=1)",
          new double[] {
            0.0012378425688652247,
            0.06346400552148625,
            0.15663084375911143,
            0.34657359027997264,
            0.6566308437591114,
            1,
            3,
            25
          },
          call1("softplus", List.of(x), Map.of("beta", 2.0, "threshold", 1.0)),
          dt);
      assertClose(
          "mish",
          new double[] {
            -0.1456474612756246,
            -0.30340146137410895,
            -0.22074377465173,
            0,
            0.3752452113048951,
            0.8650983882673103,
            2.986535004967957,
            25
          },
          call1("mish", x),
          dt);
      assertClose(
          "sigmoid",
          new double[] {
            0.04742587317756678,
            0.2689414213699951,
            0.3775406687981454,
            0.5,
            0.6224593312018546,
            0.7310585786300049,
            0.9525741268224334,
            0.999999999986112
          },
          call1("sigmoid", x),
          dt);
      double third = 1.0 / 3;
      assertClose(
          "hard_sigmoid",
          new double[] {0, third, 5.0 / 12, 0.5, 7.0 / 12, 2 * third, 1, 1},
          call1("hard_sigmoid", x),
          dt);
      double[] hswish = {0, -third, -5.0 / 24, 0, 7.0 / 24, 2 * third, 3, 25};
      assertClose("hard_swish", hswish, call1("hard_swish", x), dt);
      assertClose("hardswish", hswish, call1("hardswish", x), dt);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("backendsAndFloats")
  void erf_knownValues_andIntegersComputeInFloat64(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, new double[] {0.5, -1, 0, 2}, 4);
      assertClose(
          "erf",
          new double[] {0.5204998778130465, -0.8427007929497149, 0, 0.9953222650189527},
          call1("erf", x),
          dt);
      Array i = call1("erf", Ivy.array(new long[] {0, 1}, 2));
      assertClose("erf(int64)", new double[] {0, 0.8427007929497149}, i, DType.FLOAT64);
      assertClose("gelu(0)", new double[] {0}, call1("gelu", arr(dt, new double[] {0})), dt);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void activations_nanAndExtremes_propagateOrSaturate(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      DType dt = DType.FLOAT32;
      Array x = arr(dt, new double[] {Double.NaN, -1000, 1000}, 3);
      assertClose("relu", new double[] {Double.NaN, 0, 1000}, call1("relu", x), dt);
      assertClose("sigmoid", new double[] {Double.NaN, 0, 1}, call1("sigmoid", x), dt);
      assertClose("softplus", new double[] {Double.NaN, 0, 1000}, call1("softplus", x), dt);
      assertClose("gelu", new double[] {Double.NaN, 0, 1000}, call1("gelu", x), dt);
      // relu keeps integer dtypes, as torch.relu does
      Array r = call1("relu", Ivy.array(new long[] {-2, 3}, 2));
      assertEquals(DType.INT64, r.dtype());
      assertEquals(List.of(0L, 3L), Arrays.stream(r.toLongArray()).boxed().toList());
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("backendsAndFloats")
  void softmax_rows_matchAndSumToOne(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, new double[] {1, 2, 3, 1, 1, 1}, 2, 3);
      Array sm = call1("softmax", x);
      assertShape(sm, 2, 3);
      double t = 1.0 / 3;
      assertClose(
          "softmax",
          new double[] {0.09003057317038046, 0.24472847105479764, 0.6652409557748218, t, t, t},
          sm,
          dt);
      assertClose("sum(softmax)", new double[] {1, 1}, Ivy.sum(sm, new int[] {-1}, false), dt);
      Array lsm = call1("log_softmax", x);
      assertClose(
          "log_softmax",
          new double[] {
            -2.40760596444438,
            -1.4076059644443804,
            -0.40760596444438046,
            -1.0986122886681098,
            -1.0986122886681098,
            -1.0986122886681098
          },
          lsm,
          dt);
      assertClose("log(softmax)", lsm.toDoubleArray(), Ivy.log(sm), dt);
      assertClose(
          "softmax(axis=0)",
          new double[] {
            0.5,
            0.7310585786300049,
            0.8807970779778824,
            0.5,
            0.2689414213699951,
            0.11920292202211755
          },
          call1("softmax", List.of(x), Map.of("axis", 0L)),
          dt);
      // stable: shifting by a large constant changes nothing, and nothing overflows
      Array big = arr(dt, new double[] {1001, 1002, 1003, 1e4, 1e4, 1e4}, 2, 3);
      assertClose("softmax(x + 1000)", sm.toDoubleArray(), call1("softmax", big), dt);
      assertClose("log_softmax(x + 1000)", lsm.toDoubleArray(), call1("log_softmax", big), dt);
    }
  }

  // ------------------------------------------------------------------ layers

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("backendsAndFloats")
  void linearAndEmbedding_smallInputs_matchPyTorch(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
      Array w = arr(dt, new double[] {1, 0, -1, 0.5, 0.5, 0.5}, 2, 3);
      Array bias = arr(dt, new double[] {10, 20}, 2);
      Array y = call1("linear", List.of(x, w), Map.of("bias", bias));
      assertShape(y, 2, 2);
      assertClose("linear", new double[] {8, 23, 8, 27.5}, y, dt);
      assertClose("linear without bias", new double[] {-2, 3, -2, 7.5}, call1("linear", x, w), dt);

      Array table = arr(dt, new double[] {3, 4, 0.3, 0.4, 1, 0}, 3, 2);
      Array idx = Ivy.array(new long[] {0, 1, 0, 2}, 2, 2);
      Array e = call1("embedding", table, idx);
      assertShape(e, 2, 2, 2);
      assertClose("embedding", new double[] {3, 4, 0.3, 0.4, 3, 4, 1, 0}, e, dt);
      Array en =
          call1(
              "embedding",
              List.of(table, Ivy.array(new long[] {0, 1, 0}, 3)),
              Map.of("max_norm", 1.0));
      assertClose(
          "embedding(max_norm=1)",
          new double[] {
            0.5999999880000002, 0.7999999840000003, 0.3, 0.4, 0.5999999880000002, 0.7999999840000003
          },
          en,
          dt);
    }
  }

  // ------------------------------------------------------------------ normalization

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("backendsAndFloats")
  void layerNorm_lastAxis_matchesPyTorch(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
      double z = 1.2247356859083902;
      assertClose(
          "layer_norm",
          new double[] {-z, 0, z, -z, 0, z},
          call1("layer_norm", List.of(x, List.of(-1L)), Map.of()),
          dt);
      Array y =
          call1(
              "layer_norm",
              List.of(x, -1L),
              Map.of(
                  "scale", arr(dt, new double[] {1, 2, 3}, 3),
                  "offset", arr(dt, new double[] {0, 1, 0}, 3)));
      assertClose(
          "layer_norm(scale, offset)",
          new double[] {-z, 1, 3.6742070577251704, -z, 1, 3.6742070577251704},
          y,
          dt);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("backendsAndFloats")
  @SuppressWarnings("unchecked")
  void batchNorm_evalAndTraining_matchPyTorch(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, new double[] {1, 2, 3, 4, 5, 6, 7, 8}, 2, 2, 2);
      Array rm = arr(dt, new double[] {0.5, 1.0}, 2);
      Array rv = arr(dt, new double[] {2.0, 4.0}, 2);
      List<Array> ev =
          (List<Array>)
              call(
                  "batch_norm",
                  List.of(x, rm, rv),
                  Map.of(
                      "scale", arr(dt, new double[] {1, 2}, 2),
                      "offset", arr(dt, new double[] {0, 1}, 2),
                      "data_format", "NCS"));
      assertEquals(3, ev.size());
      assertClose(
          "batch_norm(eval)",
          new double[] {
            0.35355250671311184,
            1.0606575201393353,
            2.9999975000046875,
            3.999996250007031,
            3.1819725604180062,
            3.88907757384423,
            6.999992500014062,
            7.999991250016405
          },
          ev.get(0),
          dt);
      assertClose("running mean unchanged", new double[] {0.5, 1.0}, ev.get(1), dt);
      assertClose("running var unchanged", new double[] {2.0, 4.0}, ev.get(2), dt);

      List<Array> tr =
          (List<Array>)
              call(
                  "batch_norm", List.of(x, rm, rv), Map.of("training", true, "data_format", "NCS"));
      double a = 1.2126766985040354;
      double c = 0.7276060191024212;
      assertClose("batch_norm(training)", new double[] {-a, -c, -a, -c, c, a, c, a}, tr.get(0), dt);
      assertClose("running mean", new double[] {0.8, 1.45}, tr.get(1), dt);
      assertClose(
          "running var (unbiased)",
          new double[] {2.3666666666666667, 4.166666666666667},
          tr.get(2),
          dt);
      // channels last: the same numbers with the channel axis moved to the end
      Array xl = Ivy.permuteDims(x, 0, 2, 1);
      List<Array> trl =
          (List<Array>) call("batch_norm", List.of(xl, rm, rv), Map.of("training", true));
      assertClose(
          "batch_norm(NSC)", Ivy.permuteDims(tr.get(0), 0, 2, 1).toDoubleArray(), trl.get(0), dt);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("backendsAndFloats")
  void groupAndInstanceNorm_smallInputs_matchPyTorch(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, new double[] {1, 2, 3, 5, 0, 0, 1, -1}, 1, 4, 2);
      double[] gn = {
        -1.1832132521355805,
        -0.5070913937723917,
        0.1690304645907972,
        1.521274181317175,
        0,
        0,
        1.4141994204496,
        -1.4141994204496
      };
      assertClose(
          "group_norm(NCS)",
          gn,
          call1("group_norm", List.of(x, 2L), Map.of("data_format", "NCS")),
          dt);
      Array xl = Ivy.permuteDims(x, 0, 2, 1);
      Array gl = call1("group_norm", List.of(xl, 2L), Map.of());
      assertShape(gl, 1, 2, 4);
      assertClose(
          "group_norm(NSC)", Ivy.permuteDims(gl, 0, 2, 1).toDoubleArray(), arr(dt, gn, 8), dt);

      Array xi = arr(dt, new double[] {1, 2, 4, 0, 3, 3}, 1, 2, 3);
      Array in =
          call1(
              "instance_norm",
              List.of(xi),
              Map.of(
                  "data_format", "NCS",
                  "scale", arr(dt, new double[] {1, 2}, 2),
                  "offset", arr(dt, new double[] {0, 1}, 2)));
      assertClose(
          "instance_norm",
          new double[] {
            -1.0690415314502977,
            -0.26726038286257453,
            1.3363019143128718,
            1 - 2 * 1.4142100268524473,
            1 + 2 * 0.7071050134262237,
            1 + 2 * 0.7071050134262237
          },
          in,
          dt);
    }
  }

  // ------------------------------------------------------------------ attention

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("backendsAndFloats")
  void scaledDotProductAttention_masks_matchPyTorch(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array q = arr(dt, new double[] {1, 0, 0, 1, 1, 1}, 3, 2);
      Array k = arr(dt, new double[] {1, 0, 0, 1, 1, -1}, 3, 2);
      Array v = arr(dt, new double[] {1, 2, 3, 4, 5, 6}, 3, 2);
      assertClose(
          "sdpa",
          new double[] {
            3, 4, 2.712067670604236, 3.712067670604236, 2.5933274439212846, 3.5933274439212846
          },
          call1("scaled_dot_product_attention", q, k, v),
          dt);
      assertClose(
          "sdpa(is_causal)",
          new double[] {
            1, 2, 2.3395230986533138, 3.3395230986533138, 2.5933274439212846, 3.5933274439212846
          },
          call1("scaled_dot_product_attention", List.of(q, k, v), Map.of("is_causal", true)),
          dt);
      Array keep =
          Ivy.array(new boolean[] {true, false, true, false, false, false, true, true, true}, 3, 3);
      // a query with nothing to attend to gives 0 (PyTorch 2.5+)
      assertClose(
          "sdpa(bool mask, scale=0.5)",
          new double[] {3, 4, 0, 0, 2.698089612856696, 3.6980896128566965},
          call1(
              "scaled_dot_product_attention", List.of(q, k, v), Map.of("mask", keep, "scale", 0.5)),
          dt);
      Array add = arr(dt, new double[] {0, -1, 0, 0, 0, 0, 2, 0, 0}, 3, 3);
      assertClose(
          "sdpa(float mask)",
          new double[] {
            3, 4, 2.712067670604236, 3.712067670604236, 1.4472212290810669, 2.447221229081067
          },
          call1("scaled_dot_product_attention", List.of(q, k, v), Map.of("mask", add)),
          dt);
      // batch axes broadcast
      Array qb = Ivy.reshape(q, 1, 1, 3, 2);
      assertShape(call1("scaled_dot_product_attention", qb, k, v), 1, 1, 3, 2);
    }
  }

  private static final double[] IN_W = {
    0.0,
    0.42073549240394825,
    0.45464871341284085,
    0.0705600040299336,
    -0.3784012476539641,
    -0.4794621373315692,
    -0.13970774909946293,
    0.32849329935939453,
    0.4946791233116909,
    0.2060592426208783,
    -0.2720105554446849,
    -0.49999510327535174,
    -0.26828645900021747,
    0.21008351841332046,
    0.4953036778474352,
    0.3251439200785584,
    -0.14395165833253265,
    -0.4806987459397784,
    -0.375493623385838,
    0.07493860483147617,
    0.45647262536381383,
    0.41832781926802803,
    -0.004425654645201938,
    -0.4231102020875853,
    -0.45278918100331195,
    -0.06617587504888651,
    0.38127922523980134,
    0.4781879642022515,
    0.13545289415393452,
    -0.33181694210648377,
    -0.4940158120464309,
    -0.2020188226615325,
    0.2757133406208453,
    0.4999559300536336,
    0.2645413430600119,
    -0.2140913347480755,
    -0.4958894267215579,
    -0.32176906667849975,
    0.14818428935469266,
    0.4818976931420439,
    0.3725565802396744,
    -0.0793113344023545,
    -0.4582607739578169,
    -0.41588737131429915,
    0.008850962552706789,
    0.4254517622670592,
    0.4508941738244046,
    0.061786561372612
  };
  private static final double[] IN_B = {
    0.1,
    0.05403023058681398,
    -0.04161468365471424,
    -0.09899924966004454,
    -0.06536436208636119,
    0.028366218546322625,
    0.0960170286650366,
    0.07539022543433047,
    -0.014550003380861355,
    -0.0911130261884677,
    -0.08390715290764525,
    0.0004425697988050786
  };
  private static final double[] OUT_W = {
    0.5,
    0.2701511529340699,
    -0.2080734182735712,
    -0.4949962483002227,
    -0.32682181043180597,
    0.14183109273161312,
    0.480085143325183,
    0.3769511271716523,
    -0.07275001690430677,
    -0.45556513094233847,
    -0.4195357645382262,
    0.0022128489940253927,
    0.42192697936624607,
    0.4537233907250981,
    0.0683686091039168,
    -0.37984395642941066
  };

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("backendsAndFloats")
  @SuppressWarnings("unchecked")
  void multiHeadAttention_packedProjections_matchTorchLayout(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = arr(dt, new double[] {1, 0, 2, -1, 0, 1, 1, 0, 2, -1, 0, 1}, 1, 3, 4);
      Map<String, Object> kw =
          Map.of(
              "num_heads", 2L,
              "in_proj_weights", arr(dt, IN_W, 12, 4),
              "in_proj_bias", arr(dt, IN_B, 12),
              "out_proj_weights", arr(dt, OUT_W, 4, 4),
              "out_proj_bias", arr(dt, new double[] {0.1, -0.1, 0.2, 0}, 4),
              "key_padding_mask", Ivy.array(new boolean[] {false, false, true}, 1, 3),
              "return_attention_weights", true);
      List<Array> r = (List<Array>) call("multi_head_attention", List.of(x), kw);
      assertShape(r.get(0), 1, 3, 4);
      assertClose(
          "multi_head_attention",
          new double[] {
            0.06074552023143153, -0.3253142120159872, 0.5338048745168913, -0.21106464166630168,
            0.05662231818542945, -0.31969522484521007, 0.5305824463231075, -0.2124709895719632,
            0.060468994256316334, -0.34390309744820047, 0.558382413255468, -0.22460565906008628
          },
          r.get(0),
          dt);
      assertShape(r.get(1), 1, 3, 3);
      assertClose(
          "multi_head_attention weights (averaged)",
          new double[] {
            0.4406212138468173,
            0.5593787861531827,
            0,
            0.48154009841092726,
            0.5184599015890727,
            0,
            0.48839941473763127,
            0.5116005852623687,
            0
          },
          r.get(1),
          dt);
      // one head without projections is scaled dot-product attention
      Array q = arr(dt, new double[] {1, 0, 0, 1, 1, 1}, 1, 3, 2);
      Array one = call1("multi_head_attention", List.of(q), Map.of("num_heads", 1L));
      assertClose(
          "multi_head_attention(1 head, no projections)",
          call1("scaled_dot_product_attention", q, q, q).toDoubleArray(),
          one,
          dt);
    }
  }

  // ------------------------------------------------------------------ losses

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("backendsAndFloats")
  void crossEntropy_classIndices_matchesPyTorch(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array logits = arr(dt, new double[] {1, 2, 3, 1, -1, 0, 0.5, 0.5, 2}, 3, 3);
      Array target = Ivy.array(new long[] {2, 1, -100}, 3);
      Array w = arr(dt, new double[] {1, 2, 0.5}, 3);
      assertClose(
          "cross_entropy",
          new double[] {1.4076059644443806},
          call1("cross_entropy", logits, target),
          dt);
      assertClose(
          "cross_entropy(none)",
          new double[] {0.4076059644443804, 2.4076059644443806, 0},
          call1("cross_entropy", List.of(logits, target), Map.of("reduction", "none")),
          dt);
      assertClose(
          "cross_entropy(sum)",
          new double[] {2.815211928888761},
          call1("cross_entropy", List.of(logits, target), Map.of("reduction", "sum")),
          dt);
      assertClose(
          "cross_entropy(weight)",
          new double[] {2.0076059644443807},
          call1("cross_entropy", List.of(logits, target), Map.of("weight", w)),
          dt);
      assertClose(
          "cross_entropy(weight, label_smoothing=0.1)",
          new double[] {1.958221924681418},
          call1(
              "cross_entropy",
              List.of(logits, target),
              Map.of("weight", w, "label_smoothing", 0.1)),
          dt);
      assertClose(
          "cross_entropy(label_smoothing=0.1, none)",
          new double[] {0.5076059644443804, 2.3076059644443805, 0},
          call1(
              "cross_entropy",
              List.of(logits, target),
              Map.of("label_smoothing", 0.1, "reduction", "none")),
          dt);
      Array logp = call1("log_softmax", logits);
      assertClose(
          "nll_loss(log_softmax)",
          new double[] {1.4076059644443806},
          call1("nll_loss", logp, target),
          dt);
      // unbatched [C] logits with a 0-d target, and [N, C, d] logits
      assertClose(
          "cross_entropy([C])",
          new double[] {0.4076059644443803},
          call1("cross_entropy", arr(dt, new double[] {1, 2, 3}, 3), Ivy.asarray(2L)),
          dt);
      Array spatial = Ivy.reshape(Ivy.permuteDims(logits, 1, 0), 1, 3, 3);
      Array ts = Ivy.reshape(target, 1, 3);
      Array none = call1("cross_entropy", List.of(spatial, ts), Map.of("reduction", "none"));
      assertShape(none, 1, 3);
      assertClose(
          "cross_entropy([N, C, d])",
          new double[] {0.4076059644443804, 2.4076059644443806, 0},
          none,
          dt);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("backendsAndFloats")
  void crossEntropy_probabilities_matchesPyTorch(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array logits = arr(dt, new double[] {1, 2, 3, 1, -1, 0, 0.5, 0.5, 2}, 3, 3);
      Array p = arr(dt, new double[] {0.2, 0.3, 0.5, 1, 0, 0, 0, 0.5, 0.5}, 3, 3);
      assertClose(
          "cross_entropy(probabilities)",
          new double[] {0.8780643547633588},
          call1("cross_entropy", logits, p),
          dt);
      assertClose(
          "cross_entropy(probabilities, weight, label_smoothing, sum)",
          new double[] {3.988625972560204},
          call1(
              "cross_entropy",
              List.of(logits, p),
              Map.of(
                  "weight",
                  arr(dt, new double[] {1, 2, 0.5}, 3),
                  "label_smoothing",
                  0.1,
                  "reduction",
                  "sum")),
          dt);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("backendsAndFloats")
  void regressionAndBinaryLosses_matchPyTorch(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array in = arr(dt, new double[] {0, 1, 2, 4}, 4);
      Array t = arr(dt, new double[] {0.5, 1, 0, 1}, 4);
      assertClose("mse_loss", new double[] {3.3125}, call1("mse_loss", in, t), dt);
      assertClose(
          "l1_loss(sum)",
          new double[] {5.5},
          call1("l1_loss", List.of(in, t), Map.of("reduction", "sum")),
          dt);
      assertClose(
          "smooth_l1_loss(none)",
          new double[] {0.125, 0, 1.5, 2.5},
          call1("smooth_l1_loss", List.of(in, t), Map.of("reduction", "none")),
          dt);
      assertClose(
          "smooth_l1_loss(beta=2)",
          new double[] {0.0625, 0, 1, 2},
          call1("smooth_l1_loss", List.of(in, t), Map.of("reduction", "none", "beta", 2.0)),
          dt);
      assertClose(
          "huber_loss(delta=2)",
          new double[] {0.125, 0, 2, 4},
          call1("huber_loss", List.of(in, t), Map.of("reduction", "none", "delta", 2.0)),
          dt);

      Array pr = arr(dt, new double[] {0, 0.25, 1, 0.5}, 4);
      Array bt = arr(dt, new double[] {0, 1, 0, 1}, 4);
      // log(0) is clamped at -100, so a confident wrong answer costs exactly 100
      assertClose(
          "binary_cross_entropy(none)",
          new double[] {0, 1.3862943611198906, 100, 0.6931471805599453},
          call1("binary_cross_entropy", List.of(pr, bt), Map.of("reduction", "none")),
          dt);
      assertClose(
          "binary_cross_entropy",
          new double[] {25.51986038541996},
          call1("binary_cross_entropy", pr, bt),
          dt);

      Array lg = arr(dt, new double[] {-2, 0, 3, 50}, 4);
      Array lt = arr(dt, new double[] {0, 1, 1, 0}, 4);
      assertClose(
          "binary_cross_entropy_with_logits",
          new double[] {12.717165635794165},
          call1("binary_cross_entropy_with_logits", lg, lt),
          dt);
      assertClose(
          "binary_cross_entropy_with_logits(pos_weight=3)",
          new double[] {0.1269280110429727, 2.0794415416798357, 0.1457620547212262, 50},
          call1(
              "binary_cross_entropy_with_logits",
              List.of(lg, lt),
              Map.of("reduction", "none", "pos_weight", arr(dt, new double[] {3}, 1))),
          dt);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("backendsAndFloats")
  void klDiv_reductions_matchPyTorch(String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array in = Ivy.log(arr(dt, new double[] {0.25, 0.25, 0.5, 0.5, 0.25, 0.25}, 2, 3));
      Array t = arr(dt, new double[] {0, 0.5, 0.5, 0.5, 0.5, 0}, 2, 3);
      double l = 0.34657359027997264;
      assertClose(
          "kl_div(none)",
          new double[] {0, l, 0, 0, l, 0},
          call1("kl_div", List.of(in, t), Map.of("reduction", "none")),
          dt);
      assertClose(
          "kl_div(batchmean)",
          new double[] {l},
          call1("kl_div", List.of(in, t), Map.of("reduction", "batchmean")),
          dt);
      assertClose("kl_div(mean)", new double[] {l / 3}, call1("kl_div", in, t), dt);
      Array lt = Ivy.log(arr(dt, new double[] {0.2, 0.3, 0.5, 0.5, 0.25, 0.25}, 2, 3));
      assertClose(
          "kl_div(log_target, sum)",
          new double[] {0.01006775677534439},
          call1("kl_div", List.of(in, lt), Map.of("reduction", "sum", "log_target", true)),
          dt);
    }
  }

  // ------------------------------------------------------------------ errors

  private static void assertRaises(Runnable r, String... fragments) {
    IvyArgumentException e = assertThrows(IvyArgumentException.class, r::run);
    for (String f : fragments) {
      assertTrue(
          e.getMessage().contains(f), "message should contain '" + f + "': " + e.getMessage());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(BACKENDS)
  void badArguments_raiseNamingFunctionAndValue(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      DType dt = DType.FLOAT32;
      Array logits = arr(dt, new double[] {1, 2, 3, 1, -1, 0}, 2, 3);
      Array x4 = arr(dt, new double[] {0, 1, 2, 4}, 4);
      assertRaises(
          () -> call("mse_loss", List.of(x4, x4), Map.of("reduction", "avg")),
          "mse_loss",
          "reduction",
          "'avg'");
      assertRaises(
          () -> call("cross_entropy", logits, Ivy.array(new long[] {0, 3}, 2)),
          "cross_entropy",
          "[0, 3)",
          "[0, 3]");
      assertRaises(
          () -> call("cross_entropy", logits, Ivy.array(new long[] {0, 1, 2}, 3)),
          "cross_entropy",
          "target.shape",
          "[3]");
      assertRaises(
          () -> call("binary_cross_entropy", x4, x4), "binary_cross_entropy", "[0, 1]", "4.0");
      assertRaises(
          () -> call("huber_loss", List.of(x4, x4), Map.of("delta", 0.0)), "huber_loss", "delta");
      assertRaises(
          () -> call("softmax", List.of(logits), Map.of("axis", 2L)), "softmax", "axis", "got 2");
      assertRaises(
          () -> call("linear", logits, arr(dt, new double[] {1, 2}, 1, 2)),
          "linear",
          "in_features",
          "(3)");
      Array q = arr(dt, new double[] {1, 0, 0, 1}, 2, 2);
      assertRaises(
          () ->
              call(
                  "scaled_dot_product_attention",
                  List.of(q, q, q),
                  Map.of("dropout_p", 1.5, "training", true)),
          "scaled_dot_product_attention",
          "dropout_p",
          "[0, 1]");
      // dropout 1 while training drops every weight; not training, dropout is ignored
      Array dropped =
          (Array)
              call(
                  "scaled_dot_product_attention",
                  List.of(q, q, q),
                  Map.of("dropout_p", 1.0, "training", true));
      assertEquals(0.0, Reductions.sum(Elementwise.abs(dropped), null, false, null).itemDouble());
      Array kept =
          (Array)
              call(
                  "scaled_dot_product_attention",
                  List.of(q, q, q),
                  Map.of("dropout_p", 0.5, "training", false));
      Array plain = (Array) call("scaled_dot_product_attention", List.of(q, q, q), Map.of());
      assertArrayEquals(plain.toDoubleArray(), kept.toDoubleArray(), 0.0);
      assertRaises(
          () ->
              call(
                  "scaled_dot_product_attention",
                  List.of(q, q, q),
                  Map.of("is_causal", true, "mask", Ivy.array(new boolean[] {true}, 1))),
          "scaled_dot_product_attention",
          "is_causal");
      Array g = arr(dt, new double[] {1, 2, 3, 4, 5, 6}, 1, 3, 2);
      assertRaises(
          () -> call("group_norm", List.of(g, 2L), Map.of("data_format", "NCS")),
          "group_norm",
          "num_groups",
          "(3)");
      assertRaises(
          () -> call("group_norm", List.of(g, 1L), Map.of("data_format", "CSN")),
          "group_norm",
          "'CSN'");
      assertRaises(
          () ->
              call(
                  "batch_norm",
                  List.of(g, arr(dt, new double[] {0}, 1), arr(dt, new double[] {1}, 1)),
                  Map.of()),
          "batch_norm",
          "mean",
          "[2]");
      assertRaises(
          () -> call("embedding", logits, Ivy.array(new long[] {2}, 1)),
          "embedding",
          "[0, 2)",
          "[2, 2]");
      assertRaises(
          () -> call("multi_head_attention", List.of(logits), Map.of("num_heads", 2L)),
          "multi_head_attention",
          "num_heads (2)");
    }
  }
}
