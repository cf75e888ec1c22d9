package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.BackendMismatchException;
import dev.ivy.errors.BackendNotFoundException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.IvyException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input raises an IvyException naming the function, the argument and what was expected. */
class BadInputTest {

  private static void assertMessage(IvyException e, String... fragments) {
    for (String f : fragments) {
      assertTrue(
          e.getMessage().contains(f), "message should contain '" + f + "': " + e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void add_mismatchedShapes_namesFunctionAndShapes(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {1, 2, 3}, 3);
      Array y = Ivy.array(new float[] {1, 2, 3, 4}, 4);
      IvyArgumentException e = assertThrows(IvyArgumentException.class, () -> Ivy.add(x, y));
      assertMessage(e, "add", "broadcast", "[3]", "[4]");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void matmul_innerDimensionsDiffer_namesBothDimensions(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.ones(2, 3);
      Array y = Ivy.ones(4, 2);
      IvyArgumentException e = assertThrows(IvyArgumentException.class, () -> Ivy.matmul(x, y));
      assertMessage(e, "matmul", "x.shape[-1] (3)", "y.shape[-2] (4)");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void sum_axisOutOfRange_namesAxisAndRange(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.ones(2, 3);
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> Ivy.sum(x, new int[] {2}, false));
      assertMessage(e, "sum", "axis", "[-2, 2)", "got 2");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void reshape_wrongSize_namesBothShapes(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.ones(6);
      IvyArgumentException e = assertThrows(IvyArgumentException.class, () -> Ivy.reshape(x, 4, 2));
      assertMessage(e, "reshape", "[4, 2]", "[6]");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void oneHot_floatIndices_namesArgument(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {0, 1}, 2);
      IvyArgumentException e = assertThrows(IvyArgumentException.class, () -> Ivy.oneHot(x, 3));
      assertMessage(e, "one_hot", "indices", "integer", "float32");
    }
  }

  @Test
  void setBackend_unknownName_listsAvailableBackends() {
    BackendNotFoundException e =
        assertThrows(BackendNotFoundException.class, () -> Ivy.setBackend("jax"));
    assertMessage(e, "setBackend", "backend", "'jax'", "nd4j", "torch", "tf");
  }

  @Test
  void add_arraysOfTwoBackends_namesBothAndSuggestsToBackend() {
    List<String> bs = Backends.underTest();
    org.junit.jupiter.api.Assumptions.assumeTrue(bs.size() >= 2, "needs two backends");
    Array x;
    Array y;
    try (var b = Ivy.withBackend(bs.get(0))) {
      x = Ivy.array(new float[] {1, 2}, 2);
    }
    try (var b = Ivy.withBackend(bs.get(1))) {
      y = Ivy.array(new float[] {1, 2}, 2);
    }
    BackendMismatchException e = assertThrows(BackendMismatchException.class, () -> Ivy.add(x, y));
    assertMessage(e, "add", bs.get(0), bs.get(1), "Ivy.toBackend");
    Array moved = Ivy.toBackend(y, bs.get(0));
    assertEquals(bs.get(0), moved.backendName());
    assertEquals(
        List.of(2.0, 4.0),
        List.of(Ivy.add(x, moved).toDoubleArray()[0], Ivy.add(x, moved).toDoubleArray()[1]));
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void array_usedAfterScopeClosed_raisesIvyException(String backend) {
    Array x;
    try (var b = Ivy.withBackend(backend)) {
      try (Scope s = Ivy.scope()) {
        x = Ivy.ones(3);
      }
      IvyException e = assertThrows(IvyException.class, () -> Ivy.exp(x));
      assertMessage(e, "scope");
    }
  }
}
