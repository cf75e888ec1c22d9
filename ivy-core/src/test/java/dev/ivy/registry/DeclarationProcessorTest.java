package dev.ivy.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.registry.sample.DeclaredFunctions;
import dev.ivy.registry.sample.Sample;
import dev.ivy.registry.sample.Thing;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The declaration processor, on the sample namespace {@link Sample}: what it registers and the
 * overloads it generates agree, defaults included.
 */
class DeclarationProcessorTest {
  private static Map<String, RegisteredFunction> registered() {
    FunctionRegistry.Builder b = new FunctionRegistry.Builder();
    new DeclaredFunctions().register(b);
    return b.done().get("sample");
  }

  private static Object call(String name, List<?> args, Map<String, ?> kwargs) {
    return registered().get(name).call(args, kwargs);
  }

  @Test
  void names_followPrefixAliasesAlsoAndMethods() {
    assertEquals(
        List.of(
            "Thing.cumprod",
            "Thing.cumulative_prod",
            "cumprod",
            "math.cumprod",
            "math.cumulative_prod",
            "math.reduce",
            "math.ones",
            "math.axes",
            "math.total",
            "Thing.total",
            "math.permute_dims",
            "math.rot"),
        List.copyOf(registered().keySet()).stream().sorted((x, y) -> order(x) - order(y)).toList());
  }

  private static int order(String n) {
    return List.of(
            "Thing.cumprod",
            "Thing.cumulative_prod",
            "cumprod",
            "math.cumprod",
            "math.cumulative_prod",
            "math.reduce",
            "math.ones",
            "math.axes",
            "math.total",
            "Thing.total",
            "math.permute_dims",
            "math.rot")
        .indexOf(n);
  }

  @Test
  void parameters_carryFrameworkNamesDefaultsAndIgnoredOnes() {
    assertEquals(
        "math.cumprod(x, axis=0, exclusive=False, reverse_it=True, name=None)",
        registered().get("math.cumprod").signature());
    assertEquals(
        "math.reduce(input, mode='half_even', kernel_size=(1, 2), eps=1e-05, low=-inf,"
            + " dtype=None, other_dtype='float32', limit=None, name=None)",
        registered().get("math.reduce").signature());
    assertEquals("math.ones(*size, name=None)", registered().get("math.ones").signature());
    assertEquals(
        "Sample.math.cumprod(Object x[, int axis[, boolean exclusive[, boolean reverse]]])",
        registered().get("cumprod").javaSignature());
  }

  @Test
  void overloads_passTheSameDefaultsAsTheRegistry() {
    String x = "x";
    {
      assertEquals(Sample.math.cumprod(x), call("math.cumprod", List.of(x), Map.of()));
      assertEquals(Sample.math.cumprod(x, 1), call("cumprod", List.of(x), Map.of("axis", 1L)));
      assertEquals(
          Sample.math.cumprod(x, 0, true), call("Thing.cumprod", List.of(x, 0L, true), Map.of()));
      assertEquals(Sample.math.reduce(2.5), call("math.reduce", List.of(2.5), Map.of()));
      assertEquals(
          "scalar 2.5 HALF_EVEN [1, 2] 1.0E-5 -Infinity null float32 null",
          Sample.math.reduce(2.5));
      assertEquals(
          Sample.math.reduce(true, Sample.Mode.SUM, new int[] {3}),
          call("math.reduce", List.of(true), Map.of("mode", "sum", "kernel_size", 3L)));
    }
  }

  @Test
  void axes_takeOneInt_andReductionsTakeAxisAndKeepdims() throws Exception {
    assertEquals("x [-1] float32 null false", Sample.total("x", -1, DType.FLOAT32));
    assertEquals("x [1] null null true", Sample.total("x", 1, true));
    assertEquals("x [0, 1] null null true", Sample.total("x", new int[] {0, 1}, true));
    assertEquals("x null null null true", Sample.total("x", null, true));
    assertEquals(
        Sample.total("x", 0, true), call("math.total", List.of("x", 0L), Map.of("keepdims", true)));
    // an int second would change what total(x, 2) calls (the hand-written total(Object, Object))
    assertEquals("other 2", Sample.total("x", 2));
    assertThrows(
        NoSuchMethodException.class,
        () -> Sample.class.getMethod("total", Object.class, int.class));
    // a permutation and a pair of axes are not one or several axes
    assertThrows(
        NoSuchMethodException.class,
        () -> Sample.class.getMethod("permuteDims", Object.class, int.class));
    assertThrows(
        NoSuchMethodException.class, () -> Sample.class.getMethod("rot", Object.class, int.class));
    assertEquals(
        String.class,
        Sample.class.getMethod("total", Object.class, int.class, boolean.class).getReturnType());
    // the array type's methods too
    Thing t = new Thing();
    assertEquals("null [1] null null true", t.total(1, true));
    assertEquals("null [-1] null null false", t.total(-1));
    assertEquals("null [0, 1] null null true", t.total(new int[] {0, 1}, true));
  }

  @Test
  void conversions_giveClearErrors() {
    IvyArgumentException e =
        assertThrows(
            IvyArgumentException.class,
            () -> call("math.reduce", List.of(1.0), Map.of("mode", "median")));
    assertEquals(
        "math.reduce: mode must be one of 'mean', 'sum', 'half_even'; got 'median'",
        e.getMessage());
    e =
        assertThrows(
            IvyArgumentException.class,
            () -> call("math.cumprod", List.of(1.0), Map.of("axis", 1L << 40)));
    assertEquals(
        "math.cumprod: axis must be an integer within int range; got 1099511627776 (Long)",
        e.getMessage());
  }

  @Test
  void methods_ofTheArrayType_areGeneratedWithTheirOverloads() {
    Thing t = new Thing();
    assertEquals("null 0 false true", t.cumprod());
    assertEquals("null 2 true true", t.cumprod(2, true));
    assertEquals(t.cumprod(3), call("Thing.cumprod", java.util.Arrays.asList(null, 3L), Map.of()));
    assertEquals(
        "Thing.cumprod([int axis[, boolean exclusive[, boolean reverse]]])",
        registered().get("Thing.cumprod").javaSignature());
  }

  @Test
  void requiredSequences_refuseNone_optionalOnesTakeIt() {
    assertEquals("[1, 2] null", call("math.axes", List.of(List.of(1L, 2L)), Map.of()));
    assertEquals("[3] [4]", call("math.axes", List.of(3L), Map.of("shape", 4L)));
    IvyArgumentException e =
        assertThrows(
            IvyArgumentException.class,
            () -> call("math.axes", java.util.Arrays.asList((Object) null), Map.of()));
    assertEquals(
        "math.axes: axes must be an integer or a sequence of integers; got None", e.getMessage());
  }

  @Test
  void varargs_takeSpreadOrOneSequence() {
    assertEquals("[2, 3]", call("math.ones", List.of(2L, 3L), Map.of()));
    assertEquals("[2, 3]", call("math.ones", List.of(List.of(2L, 3L)), Map.of()));
    assertEquals(Sample.ones(2, 3), call("math.ones", List.of(2L, 3L), Map.of()));
  }
}
