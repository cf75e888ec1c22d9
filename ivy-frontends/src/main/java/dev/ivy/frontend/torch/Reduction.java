package dev.ivy.frontend.torch;

import java.util.Locale;

/**
 * How a torch loss reduces its elementwise values ({@code reduction=} of {@code
 * torch.nn.functional.*_loss}); by name it is PyTorch's string ({@code "mean"}).
 */
public enum Reduction {
  /** Keep the elementwise losses ({@code "none"}). */
  NONE,
  /** Their mean ({@code "mean"}, PyTorch's default). */
  MEAN,
  /** Their sum ({@code "sum"}). */
  SUM;

  /** Returns PyTorch's name of the reduction. */
  public String torchName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
