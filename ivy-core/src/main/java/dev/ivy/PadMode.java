package dev.ivy;

import java.util.Locale;

/**
 * How {@code ivy.pad} fills the border ({@code mode=}); by name they are Ivy's (NumPy's) strings.
 */
public enum PadMode {
  /** A constant value ({@code "constant"}). */
  CONSTANT,
  /** The border element repeated ({@code "edge"}). */
  EDGE,
  /** Mirrored without repeating the border ({@code "reflect"}). */
  REFLECT,
  /** Mirrored repeating the border ({@code "symmetric"}). */
  SYMMETRIC,
  /** Periodic ({@code "wrap"}). */
  WRAP;

  /** Returns Ivy's name ({@code "edge"}). */
  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
