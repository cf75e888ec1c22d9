package dev.ivy.frontend.torch;

import java.util.Locale;

/**
 * Which GELU {@code torch.nn.functional.gelu} computes ({@code approximate=}); by name it is
 * PyTorch's string.
 */
public enum GeluApproximate {
  /** The exact x·Φ(x) ({@code "none"}, PyTorch's default). */
  NONE,
  /** The tanh approximation ({@code "tanh"}). */
  TANH;

  /** Returns PyTorch's name ({@code "tanh"}). */
  public String torchName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
