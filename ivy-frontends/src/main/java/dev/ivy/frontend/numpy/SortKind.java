package dev.ivy.frontend.numpy;

/**
 * NumPy's sorting algorithms ({@code kind=} of {@code sort}/{@code argsort}); by name they are
 * NumPy's strings. Every kind sorts stably here, so the results do not depend on it.
 */
public enum SortKind {
  /** {@code "quicksort"}. */
  QUICKSORT,
  /** {@code "mergesort"}. */
  MERGESORT,
  /** {@code "heapsort"}. */
  HEAPSORT,
  /** {@code "stable"}. */
  STABLE
}
