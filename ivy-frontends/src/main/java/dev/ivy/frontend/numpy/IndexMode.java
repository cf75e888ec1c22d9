package dev.ivy.frontend.numpy;

/**
 * How out-of-range indices are treated ({@code mode=} of {@code take}, {@code choose}, {@code
 * ravel_multi_index}, {@code jax.numpy.take_along_axis}); by name they are the frameworks' strings
 * ({@code "promise_in_bounds"} is {@link #PROMISE_IN_BOUNDS}). NumPy accepts {@link #RAISE}, {@link
 * #WRAP} and {@link #CLIP}; JAX accepts {@link #FILL}, {@link #CLIP}, {@link #WRAP} and {@link
 * #PROMISE_IN_BOUNDS}.
 */
public enum IndexMode {
  /** Out-of-range indices raise ({@code "raise"}). */
  RAISE,
  /** Indices wrap around modulo the axis length ({@code "wrap"}). */
  WRAP,
  /** Indices are clamped to the axis ({@code "clip"}). */
  CLIP,
  /** Out-of-range indices give a fill value ({@code "fill"}, JAX). */
  FILL,
  /** The caller promises in-range indices; clamped here ({@code "promise_in_bounds"}, JAX). */
  PROMISE_IN_BOUNDS
}
