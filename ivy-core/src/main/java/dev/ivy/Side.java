package dev.ivy;

import java.util.Locale;

/**
 * Which of equal elements a sorted search returns ({@code side=} of {@code searchsorted}): the
 * first position ({@code "left"}) or the one after the last ({@code "right"}).
 */
public enum Side {
  /** The first suitable position ({@code "left"}). */
  LEFT,
  /** The last suitable position ({@code "right"}). */
  RIGHT;

  /** Returns the frameworks' name, {@code "left"} or {@code "right"}. */
  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
