package dev.ivy.backend.tf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.internal.HostData;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TfConversionsTest {
  private static final Backend TF = BackendRegistry.get("tf");

  private static byte[] roundTrip(DType dt, Shape shape, byte[] bytes) {
    Object payload = TF.fromBytes(dt, shape, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
    try {
      ByteBuffer out = TF.toBytes(payload, dt, shape);
      assertEquals(0, out.position(), "toBytes must be positioned at 0");
      assertEquals(ByteOrder.LITTLE_ENDIAN, out.order());
      byte[] r = new byte[out.remaining()];
      out.get(r);
      return r;
    } finally {
      TF.free(payload);
    }
  }

  private static byte[] bytesOf(ByteBuffer b) {
    byte[] r = new byte[b.remaining()];
    b.duplicate().get(r);
    return r;
  }

  @ParameterizedTest
  @EnumSource(DType.class)
  void roundTrip_matrixOfEachDtype_returnsSameBytes(DType dt) {
    byte[] in = bytesOf(HostData.encode(dt, new double[] {0, 1, -2, 3.5, 100, -7}));
    assertArrayEquals(in, roundTrip(dt, Shape.of(2, 3), in));
  }

  @ParameterizedTest
  @EnumSource(DType.class)
  void roundTrip_scalarOfEachDtype_returnsSameBytes(DType dt) {
    byte[] in = bytesOf(HostData.encode(dt, new double[] {1}));
    assertArrayEquals(in, roundTrip(dt, Shape.scalar(), in));
  }

  @ParameterizedTest
  @EnumSource(DType.class)
  void roundTrip_emptyOfEachDtype_returnsNoBytes(DType dt) {
    assertEquals(0, roundTrip(dt, Shape.of(0, 3), new byte[0]).length);
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"FLOAT16", "BFLOAT16", "FLOAT32", "FLOAT64"})
  void roundTrip_nanAndInfinities_keepsThem(DType dt) {
    double[] v = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0};
    byte[] in = bytesOf(HostData.encode(dt, v));
    assertArrayEquals(in, roundTrip(dt, Shape.of(4), in));
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"FLOAT16", "BFLOAT16"})
  void roundTrip_arbitrary16BitPatterns_keepsBits(DType dt) {
    short[] bits = {0x0001, (short) 0x8001, 0x3c00, 0x7bff, (short) 0xfbff, 0x7e00, 0x0400};
    ByteBuffer b = ByteBuffer.allocate(bits.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    b.asShortBuffer().put(bits);
    byte[] in = bytesOf(b);
    assertArrayEquals(in, roundTrip(dt, Shape.of(bits.length), in));
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"INT64", "INT32", "INT16", "INT8", "UINT8"})
  void roundTrip_integerExtremes_exact(DType dt) {
    long[] v = {Long.MIN_VALUE, Long.MAX_VALUE, -1, 255, Integer.MIN_VALUE};
    byte[] in = bytesOf(HostData.encode(dt, v));
    assertArrayEquals(in, roundTrip(dt, Shape.of(5), in));
  }

  @ParameterizedTest
  @EnumSource(DType.class)
  void fromBytes_bufferWithOffsetPosition_readsFromZero(DType dt) {
    ByteBuffer b = HostData.encode(dt, new double[] {1, 0, 1});
    byte[] expect = bytesOf(b);
    b.position(b.limit());
    Object p = TF.fromBytes(dt, Shape.of(3), b);
    try {
      ByteBuffer out = TF.toBytes(p, dt, Shape.of(3));
      assertArrayEquals(expect, bytesOf(out));
    } finally {
      TF.free(p);
    }
  }
}
