package dev.ivy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.errors.IvyArgumentException;
import dev.ivy.registry.Param;
import dev.ivy.registry.RegisteredFunction;
import dev.ivy.rules.Broadcasting;
import dev.ivy.rules.TypePromotion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Type promotion, broadcasting, shapes, dtypes and argument binding: pure Java, no natives. */
class CoreRulesTest {
  @Test
  void promote_followsNumpy2Table() {
    assertEquals(DType.INT16, TypePromotion.promote(DType.INT8, DType.INT16));
    assertEquals(DType.INT16, TypePromotion.promote(DType.UINT8, DType.INT8));
    assertEquals(DType.FLOAT64, TypePromotion.promote(DType.INT32, DType.FLOAT32));
    assertEquals(DType.FLOAT32, TypePromotion.promote(DType.INT16, DType.FLOAT16));
    assertEquals(DType.FLOAT32, TypePromotion.promote(DType.FLOAT16, DType.BFLOAT16));
    assertEquals(DType.INT64, TypePromotion.promote(DType.BOOL, DType.INT64));
    assertEquals(DType.INT64, TypePromotion.promote(DType.UINT8, DType.INT64));
  }

  @Test
  void promoteWithScalar_isWeak_nep50() {
    assertEquals(DType.FLOAT32, TypePromotion.promoteWithScalar(DType.FLOAT32, 1.5));
    assertEquals(DType.INT8, TypePromotion.promoteWithScalar(DType.INT8, 3));
    assertEquals(DType.FLOAT64, TypePromotion.promoteWithScalar(DType.INT32, 0.5));
    assertEquals(DType.INT64, TypePromotion.promoteWithScalar(DType.BOOL, 2));
  }

  @Test
  void canCast_isSafeCasting() {
    assertTrue(TypePromotion.canCast(DType.INT8, DType.INT32));
    assertFalse(TypePromotion.canCast(DType.FLOAT64, DType.FLOAT32));
    assertTrue(TypePromotion.canCast(DType.INT64, DType.FLOAT64));
  }

  @Test
  void broadcast_alignsFromTheRight() {
    assertEquals(Shape.of(3, 4), Broadcasting.broadcast("f", Shape.of(3, 1), Shape.of(1, 4)));
    assertEquals(Shape.of(2, 3), Broadcasting.broadcast("f", Shape.of(2, 3), Shape.scalar()));
    assertEquals(Shape.of(0, 3), Broadcasting.broadcast("f", Shape.of(0, 1), Shape.of(3)));
  }

  @Test
  void broadcast_incompatible_namesFunctionAndShapes() {
    IvyArgumentException e =
        assertThrows(
            IvyArgumentException.class,
            () -> Broadcasting.broadcast("add", Shape.of(3), Shape.of(4)));
    assertTrue(e.getMessage().startsWith("add: "), e.getMessage());
    assertTrue(e.getMessage().contains("[3] and [4]"), e.getMessage());
  }

  @Test
  void shape_negativeDimension_raises() {
    assertThrows(IvyArgumentException.class, () -> Shape.of(2, -1));
    assertEquals(0, Shape.of(2, 0).size());
    assertEquals(1, Shape.scalar().size());
    assertEquals(3, Shape.of(2, 3).dim(-1));
  }

  @Test
  void dtypeOf_parsesNamesAndAliases_andRejectsUnknown() {
    assertEquals(DType.FLOAT32, DType.of("float"));
    assertEquals(DType.BFLOAT16, DType.of("bfloat16"));
    IvyArgumentException e = assertThrows(IvyArgumentException.class, () -> DType.of("complex64"));
    assertTrue(e.getMessage().contains("complex64"));
  }

  @Test
  void registeredFunction_bindsPositionalKeywordAndDefaults() {
    RegisteredFunction f =
        new RegisteredFunction(
            "ivy",
            "f",
            List.of(Param.req("x"), Param.opt("axis", 0L), Param.opt("keepdims", false)),
            a -> List.of(a.get("x"), a.get("axis"), a.get("keepdims")));
    assertEquals(List.of(1L, 0L, false), f.call(List.of(1L), Map.of()));
    assertEquals(List.of(1L, 2L, true), f.call(List.of(1L, 2L), Map.of("keepdims", true)));
    IvyArgumentException unknown =
        assertThrows(IvyArgumentException.class, () -> f.call(List.of(1L), Map.of("dim", 1L)));
    assertTrue(unknown.getMessage().contains("unexpected keyword argument 'dim'"));
    IvyArgumentException missing =
        assertThrows(IvyArgumentException.class, () -> f.call(List.of(), Map.of()));
    assertTrue(missing.getMessage().contains("missing required argument 'x'"));
    IvyArgumentException twice =
        assertThrows(IvyArgumentException.class, () -> f.call(List.of(1L, 2L), Map.of("axis", 1L)));
    assertTrue(twice.getMessage().contains("multiple values"));
  }
}
