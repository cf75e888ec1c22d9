package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The default backend is torch (the fastest on the real models and the MLP step; see README),
 * overridden by the system property {@code ivy.backend}, then by the environment variable {@code
 * IVY_BACKEND}; checked in fresh JVMs since the default is chosen once per JVM.
 */
class DefaultBackendTest {
  /** Child JVM entry: prints the current backend's name and that of a new array. */
  public static void main(String[] args) {
    System.out.println(
        dev.ivy.Ivy.currentBackend().name() + " " + dev.ivy.Ivy.ones(2).backendName());
  }

  private static String run(String property, String env) throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Dai.djl.offline=true"));
    if (property != null) {
      cmd.add("-Divy.backend=" + property);
    }
    cmd.addAll(
        List.of("-cp", System.getProperty("java.class.path"), DefaultBackendTest.class.getName()));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().remove("IVY_BACKEND");
    if (env != null) {
      pb.environment().put("IVY_BACKEND", env);
    }
    Path out = Files.createTempFile("ivy-default", ".out");
    try {
      Process p =
          pb.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM finished");
      assertEquals(0, p.exitValue(), "child exit code");
      return Files.readString(out, StandardCharsets.UTF_8).trim();
    } finally {
      Files.deleteIfExists(out);
    }
  }

  @Test
  void noSetting_defaultsToTorch() throws Exception {
    assertEquals("torch torch", run(null, null));
  }

  @Test
  void environmentVariable_choosesDefault_aliasesAccepted() throws Exception {
    assertEquals("tf tf", run(null, "tensorflow"));
  }

  @Test
  void systemProperty_winsOverEnvironment() throws Exception {
    assertEquals("torch torch", run("pytorch", "tf"));
  }
}
