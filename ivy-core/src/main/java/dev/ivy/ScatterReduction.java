package dev.ivy;

import java.util.Locale;

/**
 * How {@code ivy.scatter_nd}/{@code scatter_flat} combine duplicate indices ({@code reduction=}):
 * {@code "sum"} (accumulate) or {@code "replace"} (the last wins); Ivy's {@code "min"} and {@code
 * "max"} are refused with the reason.
 */
public enum ScatterReduction {
  /** Duplicates accumulate ({@code "sum"}). */
  SUM,
  /** The last duplicate wins ({@code "replace"}). */
  REPLACE,
  /** The minimum ({@code "min"}, Ivy's); refused: there is no scatter-min primitive. */
  MIN,
  /** The maximum ({@code "max"}, Ivy's); refused: there is no scatter-max primitive. */
  MAX;

  /** Returns Ivy's name ({@code "sum"}). */
  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
