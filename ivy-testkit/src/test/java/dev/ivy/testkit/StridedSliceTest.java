package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.ops.Manipulation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Strided slices whose stop overshoots the last element taken give the same result everywhere. */
class StridedSliceTest {

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void slice_stepPastTheEnd_takesExactlyTheStridedElements(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.reshape(Ivy.arange(12), 3, 4);
      Array a = Manipulation.slice(x, new long[] {1, 1}, new long[] {3, 4}, new long[] {2, 2});
      assertEquals(Shape.of(1, 2), a.shape());
      assertArrayEquals(new long[] {5, 7}, a.toLongArray());
      Array c = Manipulation.slice(x, new long[] {0, 1}, new long[] {3, 3}, new long[] {2, 3});
      assertEquals(Shape.of(2, 1), c.shape());
      assertArrayEquals(new long[] {1, 9}, c.toLongArray());
      Array d = Manipulation.slice(Ivy.arange(2), new long[] {1}, new long[] {2}, new long[] {2});
      assertArrayEquals(new long[] {1}, d.toLongArray());
    }
  }
}
