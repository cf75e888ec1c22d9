package dev.ivy.frontend.numpy;

/**
 * The output size of {@code convolve} and {@code correlate} ({@code mode=}); by name they are
 * NumPy's strings ({@code "full"}).
 */
public enum ConvolveMode {
  /** Every overlap, length {@code m + n - 1} ({@code "full"}). */
  FULL,
  /** The length of the longer input, centred ({@code "same"}). */
  SAME,
  /** Only full overlaps, length {@code max(m, n) - min(m, n) + 1} ({@code "valid"}). */
  VALID
}
