package dev.ivy.frontend.tf;

/**
 * The order of {@code tf.sort} and {@code tf.argsort} ({@code direction=}); by name it is
 * TensorFlow's string.
 */
public enum SortDirection {
  /** Smallest first ({@code "ASCENDING"}, TensorFlow's default). */
  ASCENDING,
  /** Largest first ({@code "DESCENDING"}). */
  DESCENDING
}
