package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Integer floor division and remainder are exact for every value, with Python's signs. */
class IntegerDivisionTest {

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void largeInt64_floorDivideAndRemainder_areExact(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      long big = 1L << 25;
      long[] x = {-7, 7, 100000007, -100000007, (1L << 40) + 3, -(1L << 53) - 1, 9, -9, 5};
      long[] y = {big, big, 3, 7, 1L << 20, 3, -4, -4, 0};
      long[] q = new long[x.length];
      long[] r = new long[x.length];
      for (int i = 0; i < x.length; i++) {
        q[i] = y[i] == 0 ? 0 : Math.floorDiv(x[i], y[i]);
        r[i] = y[i] == 0 ? 0 : Math.floorMod(x[i], y[i]);
      }
      Array xs = Ivy.array(x, x.length);
      Array ys = Ivy.array(y, y.length);
      assertArrayEquals(q, Ivy.floorDivide(xs, ys).toLongArray(), "floor_divide int64");
      assertArrayEquals(r, Ivy.remainder(xs, ys).toLongArray(), "remainder int64");
      // int32 beyond float32's 2^24
      Array x32 = Ivy.astype(Ivy.array(new long[] {100000007, -100000007}, 2), DType.INT32);
      Array y32 = Ivy.astype(Ivy.array(new long[] {3, 7}, 2), DType.INT32);
      assertArrayEquals(
          new long[] {33333335, -14285716}, Ivy.floorDivide(x32, y32).toLongArray(), "int32");
      assertArrayEquals(new long[] {2, 5}, Ivy.remainder(x32, y32).toLongArray(), "int32 rem");
    }
  }
}
