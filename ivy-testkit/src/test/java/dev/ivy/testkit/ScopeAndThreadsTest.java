package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
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
}
