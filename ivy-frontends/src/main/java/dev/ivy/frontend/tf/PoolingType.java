package dev.ivy.frontend.tf;

/**
 * The reduction of {@code tf.nn.pool} ({@code pooling_type=}); by name it is TensorFlow's string.
 */
public enum PoolingType implements dev.ivy.StringMode {
  /** The window maximum ({@code "MAX"}). */
  MAX,
  /** The window mean ({@code "AVG"}). */
  AVG;

  /** Returns TensorFlow's string, the constant's name. */
  @Override
  public String text() {
    return name();
  }
}
