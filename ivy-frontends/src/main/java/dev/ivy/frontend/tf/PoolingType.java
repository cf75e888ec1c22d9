package dev.ivy.frontend.tf;

/**
 * The reduction of {@code tf.nn.pool} ({@code pooling_type=}); by name it is TensorFlow's string.
 */
public enum PoolingType {
  /** The window maximum ({@code "MAX"}). */
  MAX,
  /** The window mean ({@code "AVG"}). */
  AVG
}
