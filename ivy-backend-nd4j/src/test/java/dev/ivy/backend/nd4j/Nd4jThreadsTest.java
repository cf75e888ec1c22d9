package dev.ivy.backend.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ivy.backend.BackendRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class Nd4jThreadsTest {
  @AfterEach
  void clear() {
    System.clearProperty("ivy.nd4j.threads");
  }

  @Test
  void threads_property_parsedWithDefault() {
    assertEquals(Nd4jBackend.DEFAULT_THREADS, Nd4jBackend.threads());
    System.setProperty("ivy.nd4j.threads", " 2 ");
    assertEquals(2, Nd4jBackend.threads());
    System.setProperty("ivy.nd4j.threads", "0");
    assertEquals(0, Nd4jBackend.threads());
    System.setProperty("ivy.nd4j.threads", "-1");
    assertEquals(Nd4jBackend.DEFAULT_THREADS, Nd4jBackend.threads());
    System.setProperty("ivy.nd4j.threads", "many");
    assertEquals(Nd4jBackend.DEFAULT_THREADS, Nd4jBackend.threads());
  }

  @Test
  void backend_default_limitsBlasToo() {
    BackendRegistry.get("nd4j");
    assertEquals(Nd4jBackend.DEFAULT_THREADS, Nd4j.factory().blas().getMaxThreads());
  }
}
