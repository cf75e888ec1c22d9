package dev.ivy.frontend.numpy;

/**
 * Which zeros {@code numpy.trim_zeros} trims ({@code trim=}); by name they are NumPy's strings
 * ({@code "fb"}).
 */
public enum Trim {
  /** The leading zeros ({@code "f"}, front). */
  F,
  /** The trailing zeros ({@code "b"}, back). */
  B,
  /** Both ({@code "fb"}, the default). */
  FB
}
