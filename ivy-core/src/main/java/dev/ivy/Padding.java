package dev.ivy;

import java.util.Locale;

/**
 * A padding mode of a convolution or pool ({@code padding=} where the framework takes a mode or
 * explicit sizes, so the parameter stays {@code Object} and takes this or the sizes): {@code
 * "SAME"} (output size ceil(n / stride)) or {@code "VALID"} (no padding). By name they are the
 * frameworks' strings in any case ({@code "same"} in PyTorch).
 */
public enum Padding {
  /** Pad so that the output has ceil(n / stride) elements per dimension ({@code "SAME"}). */
  SAME,
  /** No padding ({@code "VALID"}). */
  VALID;

  /** Returns PyTorch's lower-case name, {@code "same"} or {@code "valid"}. */
  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
