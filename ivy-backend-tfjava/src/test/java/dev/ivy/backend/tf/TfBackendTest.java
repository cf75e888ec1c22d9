package dev.ivy.backend.tf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Device;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.internal.HostData;
import dev.ivy.ops.Elementwise;
import dev.ivy.prim.Prim;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

class TfBackendTest {
  @BeforeEach
  void setUp() {
    Ivy.setBackend("tf");
  }

  @AfterEach
  void tearDown() {
    Ivy.unsetBackend();
  }

  @Test
  void registry_nameAndAlias_resolveToTf() {
    assertTrue(BackendRegistry.available().contains("tf"));
    assertEquals("tf", BackendRegistry.canonical("tensorflow"));
    assertEquals("tf", Ivy.currentBackend().name());
    assertEquals(Device.CPU, Ivy.currentBackend().device());
  }

  @Test
  void provider_constructor_loadsNoNatives() {
    TfBackendProvider p = new TfBackendProvider();
    assertEquals("tf", p.name());
    assertEquals(List.of("tensorflow"), p.aliases());
  }

  @Test
  void kernels_everyPrimitive_hasKernel() {
    // every primitive but control flow (no kernels) and the coarse operations (optional)
    java.util.Set<Prim> kernels = EnumSet.copyOf(Ivy.currentBackend().kernels().prims());
    kernels.removeAll(Prim.COARSE);
    java.util.Set<Prim> required = EnumSet.complementOf(EnumSet.copyOf(Prim.HIGHER_ORDER));
    required.removeAll(Prim.COARSE);
    assertEquals(required, kernels);
  }

  @Test
  void free_handle_isReleasedAndNulled() {
    Backend tf = Ivy.currentBackend();
    Object p =
        tf.fromBytes(
            DType.FLOAT32, Shape.of(2), HostData.encode(DType.FLOAT32, new double[] {1, 2}));
    assertFalse(((TFE_TensorHandle) p).isNull());
    tf.free(p);
    assertTrue(((TFE_TensorHandle) p).isNull(), "free must delete the TFE handle");
  }

  @Test
  void scope_close_freesArrays() {
    Array kept;
    Array inner;
    try (Scope s = Ivy.scope()) {
      Array x = Ivy.array(new float[] {1, 2, 3, 4}, 4);
      inner = Elementwise.add(x, x);
      kept = s.keep(Elementwise.multiply(inner, x));
    }
    assertTrue(inner.isClosed());
    assertFalse(kept.isClosed());
    assertArrayEquals(new double[] {2, 8, 18, 32}, kept.toDoubleArray());
    kept.close();
  }

  @Test
  @SuppressWarnings("try")
  void manySmallOps_inScopes_doNotGrowResidentMemory() throws Exception {
    Array x = Ivy.array(new float[] {1, 2, 3, 4}, 4);
    Array big = Ivy.array(new float[1 << 16], 1 << 16);
    for (int i = 0; i < 2_000; i++) {
      try (Scope s = Ivy.scope()) {
        Elementwise.add(x, x);
        Elementwise.multiply(big, big);
      }
    }
    long before = rssKb();
    for (int i = 0; i < 40_000; i++) {
      try (Scope s = Ivy.scope()) {
        Elementwise.add(Elementwise.add(x, x), x);
        if (i % 10 == 0) {
          Elementwise.multiply(big, big);
        }
      }
    }
    long growth = rssKb() - before;
    // 84,000 ops and 4,000 256 KiB results: a leak of either would show as hundreds of MiB
    assertTrue(growth < 48 * 1024, "resident memory grew by " + growth + " KiB");
  }

  private static long rssKb() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }

  @Test
  void loading_freshJvm_printsNothingToStdoutOrStderr() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java, "-cp", System.getProperty("java.class.path"), QuietMain.class.getName());
    pb.environment().remove(TfLogSilencer.VARIABLE);
    File out = File.createTempFile("tf-out", ".txt");
    File err = File.createTempFile("tf-err", ".txt");
    pb.redirectOutput(out).redirectError(err);
    Process proc = pb.start();
    assertEquals(0, proc.waitFor());
    String o = Files.readString(out.toPath(), StandardCharsets.UTF_8);
    String e = Files.readString(err.toPath(), StandardCharsets.UTF_8);
    out.delete();
    err.delete();
    assertEquals("", o, "stdout must be empty");
    assertEquals("", e, "stderr must be empty");
  }

  /** Loads the backend and runs a few ops (float16 matmul logs an ERROR line in TensorFlow). */
  public static final class QuietMain {
    private QuietMain() {}

    /** Runs. */
    public static void main(String[] args) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
      Ivy.setBackend("tf");
      Array x = TfTesting.arr(DType.FLOAT16, new double[] {1, 2, 3, 4}, 2, 2);
      Array y = TfTesting.bind(Prim.MATMUL, x, x);
      if (y.toDoubleArray()[0] != 7) {
        System.exit(3);
      }
    }
  }
}
