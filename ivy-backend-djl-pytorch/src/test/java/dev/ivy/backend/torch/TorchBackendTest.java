package dev.ivy.backend.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.ops.Elementwise;
import dev.ivy.prim.Prim;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TorchBackendTest {
  @BeforeEach
  void setUp() {
    Ivy.setBackend("torch");
  }

  @AfterEach
  void tearDown() {
    Ivy.unsetBackend();
  }

  @Test
  void registry_alias_sameBackend() {
    assertSame(BackendRegistry.get("torch"), BackendRegistry.get("pytorch"));
    assertEquals("torch", BackendRegistry.get("pytorch").name());
    assertEquals(dev.ivy.Device.CPU, BackendRegistry.get("torch").device());
  }

  @Test
  void kernels_everyPrim_hasKernel() {
    // every primitive but control flow (no kernels) and the coarse operations (optional)
    java.util.Set<Prim> kernels = EnumSet.copyOf(BackendRegistry.get("torch").kernels().prims());
    kernels.removeAll(Prim.COARSE);
    java.util.Set<Prim> required = EnumSet.complementOf(EnumSet.copyOf(Prim.HIGHER_ORDER));
    required.removeAll(Prim.COARSE);
    assertEquals(required, kernels);
  }

  @Test
  void free_payload_releasedAndDetached() {
    TorchBackend b = (TorchBackend) BackendRegistry.get("torch");
    int before = b.manager().getManagedArrays().size();
    Object p = b.fromBytes(DType.FLOAT32, Shape.of(2), ByteBuffer.allocate(8));
    assertEquals(before + 1, b.manager().getManagedArrays().size());
    b.free(p);
    assertTrue(((NDArray) p).isReleased());
    assertEquals(before, b.manager().getManagedArrays().size());
  }

  @Test
  void scope_manyOps_managerDoesNotGrow() {
    TorchBackend b = (TorchBackend) BackendRegistry.get("torch");
    Array x = Ivy.array(new float[] {1, 2, 3, 4}, 4);
    int before = b.manager().getManagedArrays().size();
    for (int i = 0; i < 2000; i++) {
      try (Scope s = Ivy.scope()) {
        Array y = Elementwise.add(x, x);
        Elementwise.floorDivide(y, x); // a TorchScript-backed kernel too
      }
    }
    // arrays other tests left to the Cleaner may be freed meanwhile, so the count may only drop
    int after = b.manager().getManagedArrays().size();
    assertTrue(after <= before, "manager grew from " + before + " to " + after + " arrays");
    x.close();
    assertTrue(x.isClosed());
  }
}
