package dev.ivy.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs an example in this JVM with its output captured, and with {@code System.err} captured too,
 * so that a test can require that the example printed nothing there.
 */
final class Captured {
  /** An example's run, as a test calls it. */
  interface Run<T> {
    T run(PrintStream out) throws Exception;
  }

  /** What the example returned and printed. */
  record Output<T>(T result, String out, String err) {}

  private Captured() {}

  static synchronized <T> Output<T> run(Run<T> example) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      T result = example.run(new PrintStream(out, true, StandardCharsets.UTF_8));
      return new Output<>(
          result, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(oldErr);
    }
  }
}
