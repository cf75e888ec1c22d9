package dev.ivy.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.prim.Prim;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The export table covers the whole {@link Prim} enum, each entry with its documented mapping. */
class PrimExportTest {
  @Test
  void rules_coverEveryPrimitive_withAMapping() {
    assertEquals(EnumSet.allOf(Prim.class), PrimExport.RULES.keySet());
    assertEquals(EnumSet.allOf(Prim.class), PrimExport.NOTES.keySet());
    for (Prim p : Prim.values()) {
      assertFalse(OnnxExport.mapping(p).isBlank(), p.toString());
    }
  }

  @Test
  void decompositions_areNotExportable_andTheRestAre() {
    for (Prim p : Prim.LINALG) {
      assertFalse(OnnxExport.isExportable(p), p.toString());
    }
    assertTrue(OnnxExport.isExportable(Prim.SCATTER_ADD));
    assertTrue(OnnxExport.isExportable(Prim.CUMPROD));
  }
}
