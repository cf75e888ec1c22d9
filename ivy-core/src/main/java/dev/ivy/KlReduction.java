package dev.ivy;

import java.util.Locale;

/**
 * How {@code kl_div} reduces its elementwise values ({@code reduction=} of {@code ivy.kl_div} and
 * {@code torch.nn.functional.kl_div}): the {@link Reduction}s and {@code "batchmean"}, the sum
 * divided by the batch size (the true KL divergence). By name it is the frameworks' string.
 */
public enum KlReduction {
  /** Keep the elementwise values ({@code "none"}). */
  NONE,
  /** Their mean over every element ({@code "mean"}, the default). */
  MEAN,
  /** Their sum ({@code "sum"}). */
  SUM,
  /** Their sum divided by the batch size, input.shape[0] ({@code "batchmean"}). */
  BATCHMEAN;

  /** Returns the frameworks' name ({@code "batchmean"}). */
  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
