package dev.ivy;

import java.util.Locale;

/**
 * Which factors a QR decomposition returns ({@code mode=} of {@code ivy.qr} and {@code
 * torch.linalg.qr}); by name they are the frameworks' strings.
 */
public enum QrMode {
  /** Q [.., m, k] and R [.., k, n] with k = min(m, n) ({@code "reduced"}, the default). */
  REDUCED,
  /** Q [.., m, m] and R [.., m, n] ({@code "complete"}). */
  COMPLETE;

  /** Returns the frameworks' name ({@code "reduced"}). */
  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
