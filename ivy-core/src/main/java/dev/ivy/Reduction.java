package dev.ivy;

import java.util.Locale;

/**
 * How a loss reduces its elementwise values ({@code reduction=} of Ivy's losses and {@code
 * torch.nn.functional.*_loss}); by name it is the frameworks' string ({@code "mean"}).
 */
public enum Reduction {
  /** Keep the elementwise losses ({@code "none"}). */
  NONE,
  /** Their mean ({@code "mean"}, the default). */
  MEAN,
  /** Their sum ({@code "sum"}). */
  SUM;

  /** Returns the frameworks' name of the reduction ({@code "mean"}). */
  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
