package dev.ivy.testkit;

import dev.ivy.Array;
import dev.ivy.Ivy;

/** Loads the backends named in {@code args}, in that order, and prints one line of results each. */
public final class LoadOrderMain {
  private LoadOrderMain() {}

  /** Entry point for {@link LoadOrderTest}'s child JVMs. */
  public static void main(String[] args) {
    for (String name : args) {
      try (var b = Ivy.withBackend(name)) {
        Array x = Ivy.array(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Array y = Ivy.matmul(Ivy.add(x, 1.0f), Ivy.permuteDims(x, 1, 0));
        Array s = Ivy.cumprod(Ivy.sum(y, new int[] {1}, false), 0, false, true);
        System.out.println("RESULT " + name + " " + java.util.Arrays.toString(s.toFloatArray()));
      }
    }
  }
}
