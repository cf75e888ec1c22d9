package dev.ivy.testkit;

import dev.ivy.backend.BackendRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The backends the suite runs on: all on the class path, or those named by {@code
 * -Divy.test.backends=torch,tf}.
 */
final class Backends {
  /** The {@code @MethodSource} of tests parameterised by backend: {@link #underTest()}. */
  static final String BACKENDS = "dev.ivy.testkit.Backends#underTest";

  private Backends() {}

  static List<String> underTest() {
    String p = System.getProperty("ivy.test.backends");
    if (p == null || p.isBlank()) {
      return BackendRegistry.available();
    }
    List<String> r = new ArrayList<>();
    for (String s : p.split(",")) {
      r.add(BackendRegistry.canonical(s.trim()));
    }
    return r;
  }

  /** Returns whether {@code backend} compiles traced graphs into one program (tf, nd4j, torch). */
  static boolean compiles(String backend) {
    return backend.equals("tf") || backend.equals("nd4j") || backend.equals("torch");
  }
}
