package dev.ivy;

import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.internal.ThreadState;
import java.util.ArrayList;

/** Per-thread backend selection behind {@link Ivy#setBackend} and friends. */
final class Backends {
  private static volatile Backend defaultBackend;

  private Backends() {}

  static Backend current() {
    ArrayList<Backend> stack = ThreadState.get().backends;
    return stack.isEmpty() ? defaultBackend() : stack.get(stack.size() - 1);
  }

  static Backend defaultBackend() {
    Backend b = defaultBackend;
    if (b == null) {
      synchronized (Backends.class) {
        b = defaultBackend;
        if (b == null) {
          b = BackendRegistry.get(defaultName());
          defaultBackend = b;
        }
      }
    }
    return b;
  }

  static String defaultName() {
    String name = System.getProperty("ivy.backend");
    if (name == null || name.isBlank()) {
      name = System.getenv("IVY_BACKEND");
    }
    if (name != null && !name.isBlank()) {
      return name.trim();
    }
    // measured: torch ran the real models and the MLP step fastest (README "Backends")
    java.util.List<String> available = dev.ivy.backend.BackendRegistry.available();
    for (String preferred : PREFERENCE) {
      if (available.contains(preferred)) {
        return preferred;
      }
    }
    return "torch";
  }

  /** The default backend's order of preference, when no setting names one. */
  static final java.util.List<String> PREFERENCE = java.util.List.of("torch", "tf", "nd4j");

  static void push(String name) {
    ThreadState.get().backends.add(BackendRegistry.get(name));
  }

  static void pop() {
    ArrayList<Backend> stack = ThreadState.get().backends;
    if (!stack.isEmpty()) {
      stack.remove(stack.size() - 1);
    }
  }
}
