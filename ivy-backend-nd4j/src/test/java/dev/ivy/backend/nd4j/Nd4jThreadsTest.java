package dev.ivy.backend.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.backend.BackendRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

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
    assertEquals(Nd4jBackend.DEFAULT_THREADS, Nd4j.getEnvironment().maxMasterThreads());
  }

  @Test
  void openMp_everyCallingThread_limitedBeforeItsFirstOp() throws Exception {
    BackendRegistry.get("nd4j");
    int[] seen = new int[2];
    Thread t =
        new Thread(
            () -> {
              try (var b = Ivy.withBackend("nd4j");
                  Scope s = Ivy.scope()) {
                Ivy.add(Ivy.array(new float[] {1, 2}, 2), Ivy.array(new float[] {3, 4}, 2));
                seen[0] = NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
              }
            });
    t.start();
    t.join();
    assertEquals(Nd4jBackend.DEFAULT_THREADS, seen[0]);
  }
}
