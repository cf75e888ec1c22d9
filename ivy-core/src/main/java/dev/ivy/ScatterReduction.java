package dev.ivy;

import java.util.Locale;

/**
 * How {@code ivy.scatter_nd}/{@code scatter_flat} combine duplicate indices ({@code reduction=}):
 * {@code "sum"} (accumulate) or {@code "replace"} (the last wins).
 */
public enum ScatterReduction {
  /** Duplicates accumulate ({@code "sum"}). */
  SUM,
  /** The last duplicate wins ({@code "replace"}). */
  REPLACE;

  /** Returns Ivy's name ({@code "sum"}). */
  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
