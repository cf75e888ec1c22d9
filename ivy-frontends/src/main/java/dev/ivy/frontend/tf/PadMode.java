package dev.ivy.frontend.tf;

/** How {@code tf.pad} fills the border ({@code mode=}); by name it is TensorFlow's string. */
public enum PadMode implements dev.ivy.StringMode {
  /** A constant value ({@code "CONSTANT"}, TensorFlow's default). */
  CONSTANT,
  /** Mirrored without repeating the border ({@code "REFLECT"}). */
  REFLECT,
  /** Mirrored repeating the border ({@code "SYMMETRIC"}). */
  SYMMETRIC;

  /** Returns TensorFlow's string, the constant's name. */
  @Override
  public String text() {
    return name();
  }
}
