package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.nn.Linear;
import dev.ivy.nn.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scopes free what they own and keep what escapes; backend selection is per thread. */
class ScopeAndThreadsTest {

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void scope_close_freesTemporariesAndKeepsKept(String backend) {
    try (var b = Ivy.withBackend(backend)) {
      Array t;
      Array kept;
      try (Scope s = Ivy.scope()) {
        Array x = Ivy.array(new float[] {1, 2, 3}, 3);
        t = Ivy.multiply(x, x);
        kept = s.keep(Ivy.add(t, 1.0f));
      }
      assertTrue(t.isClosed(), "temporary freed at scope close");
      assertFalse(kept.isClosed(), "kept array survives");
      assertArrayEquals(new float[] {2, 5, 10}, kept.toFloatArray());
    }
  }

  @Test
  void setBackend_isPerThread() throws Exception {
    List<String> bs = Backends.underTest();
    ExecutorService pool = Executors.newFixedThreadPool(bs.size());
    try {
      List<Future<String>> fs = new ArrayList<>();
      for (String name : bs) {
        fs.add(
            pool.submit(
                () -> {
                  Ivy.setBackend(name);
                  try {
                    String seen = null;
                    for (int i = 0; i < 200; i++) {
                      try (Scope s = Ivy.scope()) {
                        Array y = Ivy.add(Ivy.array(new float[] {1, 2}, 2), 1.0f);
                        if (!y.backendName().equals(name) || y.toFloatArray()[1] != 3f) {
                          return "thread of " + name + " saw " + y;
                        }
                        seen = y.backendName();
                      }
                    }
                    return seen;
                  } finally {
                    Ivy.unsetBackend();
                  }
                }));
      }
      for (int i = 0; i < bs.size(); i++) {
        assertEquals(bs.get(i), fs.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void withBackend_restoresPreviousOnClose() {
    String before = Ivy.currentBackend().name();
    try (var b = Ivy.withBackend("pytorch")) {
      assertEquals("torch", Ivy.currentBackend().name());
      try (var c = Ivy.withBackend("tensorflow")) {
        assertEquals("tf", Ivy.currentBackend().name());
      }
      assertEquals("torch", Ivy.currentBackend().name());
    }
    assertEquals(before, Ivy.currentBackend().name());
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void keep_takesVariables_andRefusesWhatItCannotSee(String backend) {
    try (var b = Ivy.withBackend(backend)) {
      Variables kept;
      Array lost;
      try (Scope s = Ivy.scope()) {
        Variables v =
            Variables.builder()
                .put("w", Ivy.array(new float[] {1, 2}, 2))
                .put("b", Ivy.array(new float[] {3}, 1))
                .build();
        kept = s.keep(v);
        lost = Ivy.array(new float[] {5}, 1);
        // statics beside arrays are fine; an object whose arrays keep cannot see is refused,
        // before anything is kept
        s.keep(List.of(lost, "relu", 2.0, DType.FLOAT32));
        IvyArgumentException e =
            assertThrows(
                IvyArgumentException.class, () -> s.keep(List.of(Ivy.ones(2), new Linear(2, 2))));
        assertTrue(
            e.getMessage().startsWith("Scope.keep: value must be an Array")
                && e.getMessage().contains("dev.ivy.nn.Linear (keep module.v())"),
            e.getMessage());
        assertThrows(IvyArgumentException.class, () -> Scope.detach(new Object()));
      }
      // the variables (and the list's array) outlived the scope: reading them does not fail
      assertArrayEquals(new float[] {1, 2}, kept.get("w").toFloatArray());
      assertArrayEquals(new float[] {3}, kept.get("b").toFloatArray());
      assertArrayEquals(new float[] {5}, lost.toFloatArray());
      List<Array> seen = new ArrayList<>();
      kept.forEach(seen::add);
      assertEquals(List.of(kept.get("w"), kept.get("b")), seen, "iterated in path order");
    }
  }
}
