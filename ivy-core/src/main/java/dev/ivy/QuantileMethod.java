package dev.ivy;

import java.util.Locale;

/**
 * How a quantile between two data points is taken ({@code interpolation=} of {@code ivy.quantile}
 * and {@code torch.quantile}); by name they are the frameworks' strings.
 */
public enum QuantileMethod {
  /** Linear interpolation ({@code "linear"}, the default). */
  LINEAR,
  /** The lower point ({@code "lower"}). */
  LOWER,
  /** The higher point ({@code "higher"}). */
  HIGHER,
  /** The mean of the two ({@code "midpoint"}). */
  MIDPOINT,
  /** The nearer point, ties to the even index ({@code "nearest"}). */
  NEAREST;

  /** Returns the frameworks' name ({@code "midpoint"}). */
  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
