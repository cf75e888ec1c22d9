package dev.ivy;

import java.util.Locale;

/**
 * How {@code meshgrid} orders its output axes ({@code indexing=}): Cartesian ({@code "xy"}, the
 * first two axes swapped) or matrix ({@code "ij"}).
 */
public enum MeshIndexing {
  /** Cartesian indexing ({@code "xy"}). */
  XY,
  /** Matrix indexing ({@code "ij"}). */
  IJ;

  /** Returns the frameworks' name, {@code "xy"} or {@code "ij"}. */
  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
