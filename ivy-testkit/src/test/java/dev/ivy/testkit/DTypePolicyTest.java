package dev.ivy.testkit;

import static dev.ivy.DType.BFLOAT16;
import static dev.ivy.DType.BOOL;
import static dev.ivy.DType.FLOAT16;
import static dev.ivy.DType.FLOAT32;
import static dev.ivy.DType.FLOAT64;
import static dev.ivy.DType.INT16;
import static dev.ivy.DType.INT32;
import static dev.ivy.DType.INT64;
import static dev.ivy.DType.INT8;
import static dev.ivy.DType.UINT8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.frontend.jax.JaxNumpy;
import dev.ivy.frontend.numpy.DTypePolicy;
import dev.ivy.frontend.numpy.NumpyReductions;
import dev.ivy.frontend.numpy.NumpyUfuncs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dtype policies of numpy (NumPy 2, NEP 50) and jax.numpy (x64 disabled). Expected values come
 * from NumPy's NEP 50 ("Promotion rules for Python scalars") and JAX's "Type promotion semantics"
 * table (docs.jax.dev/en/latest/type_promotion.html), with JAX's 64-bit results canonicalized to 32
 * bits as JAX does when x64 is disabled.
 */
class DTypePolicyTest {
  private static final DTypePolicy NP = DTypePolicy.NUMPY;
  private static final DTypePolicy JAX = JaxNumpy.POLICY;

  @ParameterizedTest(name = "{0} + {1}: numpy {2}, jax {3}")
  @CsvSource({
    // same in both: int8 + uint8 = int16, bool joins anything, bfloat16 + float16 = float32
    "INT8, UINT8, INT16, INT16",
    "BOOL, INT8, INT8, INT8",
    "BOOL, FLOAT16, FLOAT16, FLOAT16",
    "BFLOAT16, FLOAT16, FLOAT32, FLOAT32",
    "UINT8, INT16, INT16, INT16",
    // integers with floats: NumPy widens to hold the integer, JAX takes the float (i4 + f2 = f2)
    "INT32, FLOAT32, FLOAT64, FLOAT32",
    "INT16, FLOAT16, FLOAT32, FLOAT16",
    "INT32, BFLOAT16, FLOAT64, BFLOAT16",
    "UINT8, FLOAT16, FLOAT16, FLOAT16",
    // 64-bit inputs: JAX (x64 disabled) computes them in 32 bits
    "INT64, INT8, INT64, INT32",
    "FLOAT64, INT32, FLOAT64, FLOAT32",
    "FLOAT64, FLOAT16, FLOAT64, FLOAT32",
    "UINT8, INT64, INT64, INT32",
  })
  void promote_arrayPairs_followTheFrameworksTables(DType a, DType b, DType numpy, DType jax) {
    assertEquals(numpy, NP.promote(a, b));
    assertEquals(numpy, NP.promote(b, a));
    assertEquals(jax, JAX.promote(a, b));
    assertEquals(jax, JAX.promote(b, a));
  }

  @ParameterizedTest(name = "{0} with a Python {1}: numpy {2}, jax {3}")
  @CsvSource({
    // weak scalars keep the array's dtype when their kind is not higher (NEP 50; JAX's i*, f*)
    "UINT8, int, UINT8, UINT8",
    "INT16, int, INT16, INT16",
    "FLOAT16, float, FLOAT16, FLOAT16",
    "BFLOAT16, float, BFLOAT16, BFLOAT16",
    "FLOAT32, int, FLOAT32, FLOAT32",
    "INT8, bool, INT8, INT8",
    // a higher kind gives that kind's default: float64/int64 in NumPy, float32/int32 in JAX
    "INT32, float, FLOAT64, FLOAT32",
    "UINT8, float, FLOAT64, FLOAT32",
    "BOOL, int, INT64, INT32",
    "BOOL, float, FLOAT64, FLOAT32",
  })
  void withScalar_weakScalars_takeTheArraysDtypeUnlessOfHigherKind(
      DType a, String scalar, DType numpy, DType jax) {
    Object s =
        switch (scalar) {
          case "int" -> 3L;
          case "float" -> 2.5;
          default -> true;
        };
    assertEquals(numpy, NP.withScalar(a, s));
    assertEquals(jax, JAX.withScalar(a, s));
  }

  @Test
  void defaults_numpyIs64Bit_jaxIs32Bit() {
    assertEquals(FLOAT64, NP.defaultFloat());
    assertEquals(INT64, NP.defaultInt());
    assertEquals(FLOAT32, JAX.defaultFloat());
    assertEquals(INT32, JAX.defaultInt());
    assertEquals(INT64, NP.scalarDType(1L));
    assertEquals(FLOAT64, NP.scalarDType(1.0));
    assertEquals(INT32, JAX.scalarDType(1L));
    assertEquals(FLOAT32, JAX.scalarDType(1.0));
    assertEquals(BOOL, JAX.scalarDType(true));
  }

  @Test
  void canonical_jaxMaps64BitTo32Bit_numpyKeepsAll() {
    for (DType d : DType.values()) {
      assertEquals(d, NP.canonical(d));
    }
    assertEquals(FLOAT32, JAX.canonical(FLOAT64));
    assertEquals(INT32, JAX.canonical(INT64));
    assertEquals(UINT8, JAX.canonical(UINT8));
    assertEquals(BFLOAT16, JAX.canonical(BFLOAT16));
  }

  @Test
  void floatForAndMeanFloat_integersComputeInTheFrameworksFloat() {
    // NumPy's float-only loops: the smallest float that holds the integer (np.sqrt(int8) is f2)
    assertEquals(FLOAT16, NP.floatFor(INT8));
    assertEquals(FLOAT32, NP.floatFor(INT16));
    assertEquals(FLOAT64, NP.floatFor(INT32));
    assertEquals(FLOAT16, NP.floatFor(BOOL));
    // means, variances and true division of integers give the default float in both
    assertEquals(FLOAT64, NP.meanFloat(INT8));
    assertEquals(FLOAT32, JAX.floatFor(INT8));
    assertEquals(FLOAT32, JAX.floatFor(INT64));
    assertEquals(FLOAT32, JAX.meanFloat(INT16));
    assertEquals(FLOAT16, JAX.meanFloat(FLOAT16));
    // integer sums accumulate in the default int
    assertEquals(INT64, NP.accumulator(INT8));
    assertEquals(INT32, JAX.accumulator(BOOL));
    assertEquals(FLOAT32, JAX.accumulator(FLOAT64));
  }

  @Test
  void sharedBodies_sameFunctionGivesEachFrameworksDtypes() {
    try (Scope s = Ivy.scope()) {
      Array i = Ivy.array(new int[] {1, 2, 3, 4}, 4);
      assertEquals(FLOAT64, NumpyUfuncs.divide(NP, i, 2L, null).dtype());
      assertEquals(FLOAT32, NumpyUfuncs.divide(JAX, i, 2L, null).dtype());
      assertEquals(FLOAT64, NumpyUfuncs.sqrt(NP, i, null).dtype());
      assertEquals(FLOAT32, NumpyUfuncs.sqrt(JAX, i, null).dtype());
      Array u8 = Ivy.array(new long[] {1, 2}, UINT8, 2);
      Array i8 = Ivy.array(new long[] {1, 2}, INT8, 2);
      assertEquals(INT16, NumpyUfuncs.add(NP, u8, i8, null).dtype());
      assertEquals(INT16, NumpyUfuncs.add(JAX, u8, i8, null).dtype());
      assertEquals(UINT8, NumpyUfuncs.add(JAX, u8, 3L, null).dtype());
      assertEquals(INT64, NumpyReductions.sum(NP, i8, null, null, null, false).dtype());
      assertEquals(INT32, NumpyReductions.sum(JAX, i8, null, null, null, false).dtype());
      assertEquals(FLOAT64, NumpyReductions.mean(NP, i, null, null, null, false).dtype());
      Array m = NumpyReductions.mean(JAX, i, null, null, null, false);
      assertEquals(FLOAT32, m.dtype());
      assertEquals(2.5, m.toDoubleArray()[0], 1e-6);
    }
  }
}
