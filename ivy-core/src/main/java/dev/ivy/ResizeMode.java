package dev.ivy;

import java.util.Locale;

/**
 * How {@code ivy.interpolate} and {@code torch.nn.functional.interpolate}/{@code upsample} resample
 * ({@code mode=}); by name they are the frameworks' strings ({@code "nearest-exact"} is {@link
 * #NEAREST_EXACT}).
 */
public enum ResizeMode implements StringMode {
  /** The nearest input element, floor of the scaled index ({@code "nearest"}). */
  NEAREST,
  /** The nearest input element at half-pixel centres ({@code "nearest-exact"}). */
  NEAREST_EXACT,
  /** Linear along one spatial dimension ({@code "linear"}). */
  LINEAR,
  /** Linear along two spatial dimensions ({@code "bilinear"}). */
  BILINEAR,
  /** Linear along three spatial dimensions ({@code "trilinear"}). */
  TRILINEAR,
  /** The mean of each output element's input area ({@code "area"}). */
  AREA;

  /** Returns the frameworks' name ({@code "nearest-exact"}). */
  @Override
  public String text() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
