package dev.ivy.frontend.numpy;

/**
 * The padding modes of {@code numpy.pad} and {@code jax.numpy.pad} ({@code mode=}); by name they
 * are NumPy's strings ({@code "linear_ramp"} is {@link #LINEAR_RAMP}). Padding supports {@link
 * #CONSTANT}, {@link #EDGE}, {@link #REFLECT}, {@link #SYMMETRIC}, {@link #WRAP} and {@link #EMPTY}
 * (undefined values: zeros here); the statistic modes raise.
 */
public enum PadMode {
  /** A constant value ({@code "constant"}). */
  CONSTANT,
  /** The edge values repeated ({@code "edge"}). */
  EDGE,
  /** A linear ramp to an end value ({@code "linear_ramp"}). */
  LINEAR_RAMP,
  /** The maximum along each axis ({@code "maximum"}). */
  MAXIMUM,
  /** The mean along each axis ({@code "mean"}). */
  MEAN,
  /** The median along each axis ({@code "median"}). */
  MEDIAN,
  /** The minimum along each axis ({@code "minimum"}). */
  MINIMUM,
  /** The reflection without the edge value ({@code "reflect"}). */
  REFLECT,
  /** The reflection including the edge value ({@code "symmetric"}). */
  SYMMETRIC,
  /** The array wrapped around ({@code "wrap"}). */
  WRAP,
  /** Undefined values ({@code "empty"}); zeros here. */
  EMPTY
}
