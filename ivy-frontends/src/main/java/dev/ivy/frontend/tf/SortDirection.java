package dev.ivy.frontend.tf;

/**
 * The order of {@code tf.sort} and {@code tf.argsort} ({@code direction=}); by name it is
 * TensorFlow's string.
 */
public enum SortDirection implements dev.ivy.StringMode {
  /** Smallest first ({@code "ASCENDING"}, TensorFlow's default). */
  ASCENDING,
  /** Largest first ({@code "DESCENDING"}). */
  DESCENDING;

  /** Returns TensorFlow's string, the constant's name. */
  @Override
  public String text() {
    return name();
  }
}
