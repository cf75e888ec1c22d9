package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.errors.ArrayTooLargeException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.registry.FunctionRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The size guard: a call whose result (or an array it would build) is over the limit is refused
 * with {@link ArrayTooLargeException} before anything is allocated, on every backend, naming the
 * shape, the bytes and the limit.
 */
class SizeGuardTest {
  private static final long LIMIT = 1L << 30;
  private static final long INT_OVER = 1L << 31;
  private static final long BIG = 1_000_000_000_000L;
  private long saved;

  @BeforeEach
  void lowerLimit() {
    saved = Ivy.maxArrayBytes();
    Ivy.setMaxArrayBytes(LIMIT);
  }

  @AfterEach
  void restoreLimit() {
    Ivy.setMaxArrayBytes(saved);
  }

  private static Object call(String frontend, String fn, Object... args) {
    return FunctionRegistry.find(frontend, fn).call(List.of(args), Map.of());
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void tfFill_2pow31Elements_refusedNamingShapeBytesAndLimit(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      ArrayTooLargeException e =
          assertThrows(
              ArrayTooLargeException.class,
              () -> call("tensorflow", "fill", List.of(INT_OVER), 0.5));
      assertTrue(e.getMessage().contains("[2147483648]"), e.getMessage());
      assertTrue(e.getMessage().contains("8589934592 bytes"), e.getMessage());
      assertTrue(e.getMessage().contains("limit of " + LIMIT), e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void numpyIndices_huge_refused(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      assertThrows(ArrayTooLargeException.class, () -> call("numpy", "indices", List.of(INT_OVER)));
      assertThrows(
          ArrayTooLargeException.class,
          () -> call("numpy", "indices", List.of(100_000L, 100_000L)));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void torchTriIndices_10pow12_refusedBeforeAnyLoop(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      assertThrows(ArrayTooLargeException.class, () -> call("torch", "tril_indices", BIG, BIG));
      assertThrows(ArrayTooLargeException.class, () -> call("torch", "triu_indices", BIG, BIG));
      // a huge matrix with a small triangle is fine: only the result counts
      Array few = (Array) call("torch", "tril_indices", BIG, 2L, -BIG + 2);
      assertEquals(Shape.of(2, 3), few.shape());
      assertEquals(
          List.of(BIG - 2, BIG - 1, BIG - 1, 0L, 0L, 1L),
          java.util.Arrays.stream(few.toLongArray()).boxed().toList());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void triIndices_small_matchTorch(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      // torch.tril_indices(3, 4, 1) and torch.triu_indices(3, 4, -1)
      Array lower = (Array) call("torch", "tril_indices", 3L, 4L, 1L);
      assertEquals(
          List.of(0L, 0L, 1L, 1L, 1L, 2L, 2L, 2L, 2L, 0L, 1L, 0L, 1L, 2L, 0L, 1L, 2L, 3L),
          java.util.Arrays.stream(lower.toLongArray()).boxed().toList());
      Array upper = (Array) call("torch", "triu_indices", 3L, 4L, -1L);
      assertEquals(
          List.of(
              0L, 0L, 0L, 0L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 0L, 1L, 2L, 3L, 0L, 1L, 2L, 3L, 1L, 2L,
              3L),
          java.util.Arrays.stream(upper.toLongArray()).boxed().toList());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void tfPad_huge_refused(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.ones(2, 3);
      ArrayTooLargeException e =
          assertThrows(
              ArrayTooLargeException.class,
              () ->
                  call(
                      "tensorflow",
                      "pad",
                      x,
                      List.of(List.of(1_000_000L, 1_000_000L), List.of(1_000_000L, 1_000_000L))));
      assertTrue(e.getMessage().contains("pad"), e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void splitCounts_huge_refused(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.ones(2, 3);
      assertThrows(ArrayTooLargeException.class, () -> call("torch", "hsplit", x, BIG));
      assertThrows(ArrayTooLargeException.class, () -> call("torch", "vsplit", x, BIG));
      Array i = Ivy.zeros(new long[] {2}, DType.INT32);
      assertThrows(
          ArrayTooLargeException.class,
          () -> call("tensorflow", "dynamic_partition", Ivy.ones(2), i, BIG));
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void coreCreation_overLimit_refused(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      assertThrows(ArrayTooLargeException.class, () -> Ivy.zeros(INT_OVER));
      assertThrows(ArrayTooLargeException.class, () -> Ivy.ones(BIG, BIG, BIG));
      assertThrows(ArrayTooLargeException.class, () -> call("ivy", "arange", BIG));
      assertThrows(
          ArrayTooLargeException.class,
          () -> call("ivy", "random_uniform", 0.0, 1.0, List.of(BIG)));
      // broadcasting a small array to a huge shape is refused by the dispatcher's check
      assertThrows(ArrayTooLargeException.class, () -> Ivy.broadcastTo(Ivy.ones(1), BIG));
    }
  }

  @Test
  void setMaxArrayBytes_notPositive_refused() {
    IvyArgumentException e =
        assertThrows(IvyArgumentException.class, () -> Ivy.setMaxArrayBytes(0));
    assertTrue(e.getMessage().contains("setMaxArrayBytes"), e.getMessage());
  }

  @Test
  void shapeSize_overflowingProduct_saturates() {
    assertEquals(Long.MAX_VALUE, Shape.of(BIG, BIG, BIG).size());
    assertEquals(0, Shape.of(BIG, 0, BIG).size());
  }
}
