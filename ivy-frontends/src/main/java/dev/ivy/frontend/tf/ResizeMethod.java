package dev.ivy.frontend.tf;

/**
 * How {@code tf.image.resize} resamples ({@code method=}, TensorFlow's {@code
 * tf.image.ResizeMethod}); by name it is TensorFlow's string. The supported subset: bilinear,
 * nearest and area.
 */
public enum ResizeMethod {
  /** Bilinear at half-pixel centres ({@code "bilinear"}, TensorFlow's default). */
  BILINEAR,
  /** The nearest pixel ({@code "nearest"}). */
  NEAREST,
  /** The mean of each output pixel's input area ({@code "area"}). */
  AREA
}
