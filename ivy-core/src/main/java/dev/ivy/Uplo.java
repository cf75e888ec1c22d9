package dev.ivy;

/**
 * Which triangle of a symmetric matrix a decomposition reads ({@code UPLO=} of {@code eigh}): lower
 * ({@code "L"}) or upper ({@code "U"}).
 */
public enum Uplo {
  /** The lower triangle ({@code "L"}). */
  L,
  /** The upper triangle ({@code "U"}). */
  U
}
