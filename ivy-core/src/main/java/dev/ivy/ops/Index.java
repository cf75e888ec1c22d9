package dev.ivy.ops;

import dev.ivy.errors.IvyArgumentException;

/**
 * The index items that {@link Indexer} accepts besides integers and arrays: {@link Slice} (Python's
 * {@code start:stop:step}), {@link #ELLIPSIS} ({@code ...}) and {@link #NEW_AXIS} ({@code None} /
 * {@code np.newaxis}), plus {@link #parse(String, String)} for the string form used by the registry
 * ({@code "1:3"}, {@code "::-1"}, {@code "..."}, {@code "None"}).
 */
public final class Index {
  private Index() {}

  /** The markers of an index: an ellipsis and a new axis. */
  public enum Marker {
    /** Python's {@code ...}: as many full slices as needed to index every axis. */
    ELLIPSIS,
    /** Python's {@code None} ({@code np.newaxis}): a new axis of size 1. */
    NEW_AXIS
  }

  /** Python's {@code ...} in an index. */
  public static final Marker ELLIPSIS = Marker.ELLIPSIS;

  /** Python's {@code None} ({@code np.newaxis}) in an index. */
  public static final Marker NEW_AXIS = Marker.NEW_AXIS;

  /**
   * A Python slice {@code start:stop:step}; each part may be null (Python's omitted part or None).
   * Bounds are clamped to the axis as Python does; a negative step walks backwards.
   *
   * @param start the first index, or null (0, or the last index for a negative step)
   * @param stop the end (exclusive), or null (the end, or before the first index for a negative
   *     step)
   * @param step the step (not 0), or null (1)
   */
  public record Slice(Long start, Long stop, Long step) {
    /** Returns the whole axis, {@code :}. */
    public static Slice all() {
      return new Slice(null, null, null);
    }

    /**
     * Returns {@code {first index, step, length}} of this slice on an axis of size {@code n}, as
     * Python's {@code slice.indices} and {@code len(range(...))}.
     *
     * @param fn the calling function, for the message
     * @param n the axis size
     * @throws IvyArgumentException if the step is 0
     */
    public long[] resolve(String fn, long n) {
      long st = step == null ? 1 : step;
      Checks.check(st != 0, fn, "slice step must not be 0; got %s", this);
      long b;
      long e;
      if (st > 0) {
        b = start == null ? 0 : clamp(start < 0 ? start + n : start, 0, n);
        e = stop == null ? n : clamp(stop < 0 ? stop + n : stop, 0, n);
      } else {
        b = start == null ? n - 1 : clamp(start < 0 ? start + n : start, -1, n - 1);
        e = stop == null ? -1 : clamp(stop < 0 ? stop + n : stop, -1, n - 1);
      }
      long len =
          st > 0 ? (e > b ? (e - b - 1) / st + 1 : 0) : (b > e ? (b - e - 1) / (-st) + 1 : 0);
      return new long[] {b, st, len};
    }

    private static long clamp(long v, long lo, long hi) {
      return Math.max(lo, Math.min(hi, v));
    }

    /** Returns the Python form, such as {@code 1:3} or {@code ::-1}. */
    @Override
    public String toString() {
      return (start == null ? "" : start)
          + ":"
          + (stop == null ? "" : stop)
          + (step == null ? "" : ":" + step);
    }
  }

  /**
   * Returns the index item written {@code s}: {@code "..."} is {@link #ELLIPSIS}; {@code "None"} or
   * {@code "newaxis"} is {@link #NEW_AXIS}; a text with one or two colons is a {@link Slice} (empty
   * parts and {@code None} are null: {@code "1:3"}, {@code "::-1"}, {@code ":"}); an integer text
   * is a {@link Long}.
   *
   * @param fn the calling function, for the message
   * @param s the text
   * @throws IvyArgumentException if {@code s} is none of these
   */
  public static Object parse(String fn, String s) {
    String t = s.strip();
    if (t.equals("...")) {
      return ELLIPSIS;
    }
    if (t.equals("None") || t.equals("newaxis")) {
      return NEW_AXIS;
    }
    String[] parts = t.split(":", -1);
    if (parts.length == 1) {
      return part(fn, s, parts[0], false);
    }
    if (parts.length > 3) {
      throw bad(fn, s);
    }
    return new Slice(
        part(fn, s, parts[0], true),
        part(fn, s, parts[1], true),
        parts.length == 3 ? part(fn, s, parts[2], true) : null);
  }

  private static Long part(String fn, String s, String p, boolean optional) {
    String t = p.strip();
    if (optional && (t.isEmpty() || t.equals("None"))) {
      return null;
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw bad(fn, s);
    }
  }

  private static IvyArgumentException bad(String fn, String s) {
    return new IvyArgumentException(
        fn
            + ": a string index must be a slice such as '1:3' or '::-1', '...', 'None' or an"
            + " integer; got '"
            + s
            + "'");
  }
}
