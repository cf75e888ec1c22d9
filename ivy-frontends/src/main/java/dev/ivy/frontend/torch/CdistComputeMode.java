package dev.ivy.frontend.torch;

import java.util.Locale;

/**
 * How {@code torch.cdist} may compute Euclidean distances ({@code compute_mode=}); by name it is
 * PyTorch's string. Ivy computes them one way, so every mode gives the same result.
 */
public enum CdistComputeMode {
  /** A matrix product when there are more than 25 rows (PyTorch's default). */
  USE_MM_FOR_EUCLID_DIST_IF_NECESSARY,
  /** Always a matrix product. */
  USE_MM_FOR_EUCLID_DIST,
  /** Never a matrix product. */
  DONOT_USE_MM_FOR_EUCLID_DIST;

  /** Returns PyTorch's name ({@code "use_mm_for_euclid_dist"}). */
  public String torchName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
