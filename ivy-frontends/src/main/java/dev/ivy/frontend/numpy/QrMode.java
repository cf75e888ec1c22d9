package dev.ivy.frontend.numpy;

/**
 * What {@code linalg.qr} returns ({@code mode=}); by name they are NumPy's strings ({@code
 * "reduced"}). {@link #RAW} (LAPACK's Householder form) is not supported and raises.
 */
public enum QrMode {
  /** q (m, k) and r (k, n) with k = min(m, n) ({@code "reduced"}). */
  REDUCED,
  /** q (m, m) and r (m, n) ({@code "complete"}). */
  COMPLETE,
  /** r alone, (k, n) ({@code "r"}). */
  R,
  /** Householder reflectors and scaling factors ({@code "raw"}). */
  RAW
}
