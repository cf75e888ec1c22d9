package dev.ivy.frontend.torch;

import java.util.Locale;

/**
 * How {@code torch.div} rounds ({@code rounding_mode=}); null is true division. By name it is
 * PyTorch's string ({@code "floor"}).
 */
public enum RoundingMode {
  /** Round toward zero ({@code "trunc"}). */
  TRUNC,
  /** Round toward negative infinity ({@code "floor"}). */
  FLOOR;

  /** Returns PyTorch's name of the mode. */
  public String torchName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
