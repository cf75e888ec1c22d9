package dev.ivy.frontend.torch;

import java.util.Locale;

/**
 * How {@code torch.nn.functional.pad} fills the border ({@code mode=}); by name it is PyTorch's
 * string.
 */
public enum PadMode {
  /** A constant value ({@code "constant"}, PyTorch's default). */
  CONSTANT,
  /** Mirrored without repeating the border ({@code "reflect"}). */
  REFLECT,
  /** The border element repeated ({@code "replicate"}). */
  REPLICATE,
  /** Periodic ({@code "circular"}). */
  CIRCULAR;

  /** Returns PyTorch's name ({@code "replicate"}). */
  public String torchName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
