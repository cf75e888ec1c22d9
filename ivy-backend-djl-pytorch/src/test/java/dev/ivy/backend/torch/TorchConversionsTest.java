package dev.ivy.backend.torch;

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

class TorchConversionsTest {
  private static final Backend TORCH = BackendRegistry.get("torch");

  private static byte[] roundTrip(DType dtype, Shape shape, byte[] bytes) {
    Object p = TORCH.fromBytes(dtype, shape, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
    try {
      ByteBuffer out = TORCH.toBytes(p, dtype, shape);
      assertEquals(ByteOrder.LITTLE_ENDIAN, out.order());
      assertEquals(0, out.position());
      byte[] r = new byte[out.remaining()];
      out.get(r);
      return r;
    } finally {
      TORCH.free(p);
    }
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] r = new byte[b.remaining()];
    b.duplicate().get(r);
    return r;
  }

  @ParameterizedTest
  @EnumSource(DType.class)
  void roundTrip_matrix_sameBytes(DType dtype) {
    double[] v = {0, 1, -2, 3.5, 100, -7};
    if (!dtype.isSigned() && !dtype.isFloating()) {
      v = new double[] {0, 1, 2, 3, 200, 7};
    }
    byte[] in = bytes(HostData.encode(dtype, v));
    assertArrayEquals(in, roundTrip(dtype, Shape.of(2, 3), in));
  }

  @ParameterizedTest
  @EnumSource(DType.class)
  void roundTrip_scalar_sameBytes(DType dtype) {
    byte[] in = bytes(HostData.encode(dtype, new double[] {1}));
    assertArrayEquals(in, roundTrip(dtype, Shape.scalar(), in));
  }

  @ParameterizedTest
  @EnumSource(DType.class)
  void roundTrip_empty_noBytes(DType dtype) {
    assertEquals(0, roundTrip(dtype, Shape.of(0, 3), new byte[0]).length);
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"FLOAT16", "BFLOAT16", "FLOAT32", "FLOAT64"})
  void roundTrip_nanAndInf_sameBits(DType dtype) {
    double[] v = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e-3};
    byte[] in = bytes(HostData.encode(dtype, v));
    assertArrayEquals(in, roundTrip(dtype, Shape.of(5), in));
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"FLOAT16", "BFLOAT16", "INT16"})
  void roundTrip_all16BitPatterns_sameBits(DType dtype) {
    ByteBuffer b = ByteBuffer.allocate(2 * 65536).order(ByteOrder.LITTLE_ENDIAN);
    int n = 0;
    for (int i = 0; i < 65536; i++) {
      boolean nan = (i & 0x7f80) == 0x7f80 && (i & 0x7f) != 0;
      if (dtype != DType.BFLOAT16 || !nan) { // bfloat16 NaN payloads are not kept
        b.putShort((short) i);
        n++;
      }
    }
    byte[] in = java.util.Arrays.copyOf(b.array(), 2 * n);
    assertArrayEquals(in, roundTrip(dtype, Shape.of(n), in));
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"INT64", "INT32", "UINT8", "INT8"})
  void roundTrip_extremeInts_exact(DType dtype) {
    long[] v = {Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, 255, -128, (1L << 53) + 1};
    byte[] in = bytes(HostData.encode(dtype, v));
    assertArrayEquals(in, roundTrip(dtype, Shape.of(6), in));
  }
}
