package dev.ivy;

/**
 * An enum standing for a framework's fixed string mode whose string is not simply its lower-case
 * name ({@code "NHWC"}, {@code "N...C"}, {@code "nearest-exact"}, {@code "DESCENDING"}). The
 * registry shows {@link #text()} when it lists the values a by-name call may give; any enum maps a
 * string to its constant by name ({@code "half_pixel"} is {@code HALF_PIXEL}).
 */
public interface StringMode {
  /** Returns the framework's string for this constant. */
  String text();
}
