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
    // every primitive but control flow (no kernels), the coarse operations included
    java.util.Set<Prim> kernels = EnumSet.copyOf(BackendRegistry.get("torch").kernels().prims());
    java.util.Set<Prim> required = EnumSet.complementOf(EnumSet.copyOf(Prim.HIGHER_ORDER));
    assertEquals(required, kernels);
  }

  @Test
  void kernels_coarseOps_float32AndFloat64Native() {
    dev.ivy.backend.KernelTable t = BackendRegistry.get("torch").kernels();
    for (Prim p : Prim.COARSE) {
      for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
        assertTrue(t.supports(p, dt), p + " on " + dt);
      }
      // half floats run the decomposition (computed in their own precision)
      assertTrue(!t.supports(p, DType.FLOAT16) && !t.supports(p, DType.BFLOAT16), p.opName());
    }
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
  void scope_coarseOpsWithIntermediates_managerDoesNotGrow() {
    // kernels that pad explicitly or split stacked weights free their intermediate tensors
    TorchBackend b = (TorchBackend) BackendRegistry.get("torch");
    Array x = Ivy.ones(Shape.of(1, 2, 6), DType.FLOAT32);
    Array w = Ivy.ones(Shape.of(3, 2, 2), DType.FLOAT32);
    Array seq = Ivy.ones(Shape.of(3, 1, 2), DType.FLOAT32);
    Array h0 = Ivy.zeros(Shape.of(2, 1, 2), DType.FLOAT32);
    Array wIh = Ivy.ones(Shape.of(2, 8, 2), DType.FLOAT32);
    Array bias = Ivy.zeros(Shape.of(2, 8), DType.FLOAT32);
    dev.ivy.prim.Params.Conv asym =
        new dev.ivy.prim.Params.Conv(
            new long[] {1}, new long[] {2}, new long[] {0}, new long[] {1}, 1);
    int before = b.manager().getManagedArrays().size();
    for (int i = 0; i < 50; i++) {
      try (Scope s = Ivy.scope()) {
        dev.ivy.dispatch.Dispatcher.bind(Prim.CONV, asym, x, w);
        dev.ivy.dispatch.Dispatcher.bindMulti(
            Prim.LSTM, dev.ivy.prim.Params.None.INSTANCE, seq, h0, h0, wIh, wIh, bias, bias);
      }
    }
    int after = b.manager().getManagedArrays().size();
    assertTrue(after <= before, "manager grew from " + before + " to " + after + " arrays");
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
