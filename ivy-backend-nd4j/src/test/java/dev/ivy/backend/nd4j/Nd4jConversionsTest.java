package dev.ivy.backend.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendRegistry;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;

class Nd4jConversionsTest {
  private static final Backend B = BackendRegistry.get("nd4j");

  private static byte[] randomBytes(DType dt, int n, long seed) {
    byte[] b = new byte[n * dt.byteSize()];
    new Random(seed).nextBytes(b);
    if (dt == DType.BOOL) {
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (b[i] & 1);
      }
    }
    return b;
  }

  private static byte[] roundTrip(DType dt, Shape s, byte[] data) {
    Object p = B.fromBytes(dt, s, ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN));
    ByteBuffer back = B.toBytes(p, dt, s);
    B.free(p);
    byte[] r = new byte[back.remaining()];
    back.get(r);
    return r;
  }

  @ParameterizedTest
  @EnumSource(DType.class)
  void roundTrip_everyDtypeAndShape_bitExact(DType dt) {
    for (Shape s :
        new Shape[] {Shape.of(), Shape.of(7), Shape.of(2, 3), Shape.of(0, 3), Shape.of(3, 0, 2)}) {
      byte[] data = randomBytes(dt, (int) s.size(), 42);
      assertArrayEquals(data, roundTrip(dt, s, data), dt + " " + s);
    }
  }

  @Test
  void roundTrip_specialFloats_bitsPreserved() {
    ByteBuffer d = ByteBuffer.allocate(5 * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (double v :
        new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0, Double.MIN_VALUE, -1e300}) {
      d.putDouble(v);
    }
    assertArrayEquals(d.array(), roundTrip(DType.FLOAT64, Shape.of(5), d.array()));
    ByteBuffer h = ByteBuffer.allocate(4 * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int bits : new int[] {0x7c00, 0x7e00, 0x8001, 0x3c01}) {
      h.putShort((short) bits);
    }
    assertArrayEquals(h.array(), roundTrip(DType.FLOAT16, Shape.of(4), h.array()));
    assertArrayEquals(h.array(), roundTrip(DType.BFLOAT16, Shape.of(4), h.array()));
  }

  @Test
  void fromBytes_shapeAndDtype_matchNd4j() {
    INDArray a =
        (INDArray)
            B.fromBytes(
                DType.UINT8,
                Shape.of(2, 3),
                ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, (byte) 255}));
    assertArrayEquals(new long[] {2, 3}, a.shape());
    assertEquals(255, a.getInt(1, 2));
    B.free(a);
    INDArray s =
        (INDArray)
            B.fromBytes(
                DType.FLOAT32,
                Shape.of(),
                ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(0, 2.5f));
    assertEquals(0, s.rank());
    assertEquals(2.5f, s.getFloat(0));
    B.free(s);
  }

  @Test
  void free_payload_closesNativeBuffer() {
    for (Shape s : new Shape[] {Shape.of(), Shape.of(3), Shape.of(0, 2)}) {
      INDArray a =
          (INDArray) B.fromBytes(DType.FLOAT32, s, ByteBuffer.allocate((int) s.size() * 4));
      assertFalse(a.wasClosed());
      B.free(a);
      assertTrue(a.wasClosed() || s.size() == 0, s.toString());
    }
  }
}
