package dev.ivy.prim;

import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.ArrayTooLargeException;
import dev.ivy.errors.IvyArgumentException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * The size guard: the largest array, in bytes, that any function may create. The dispatcher checks
 * every primitive's result against it before a kernel runs, and functions that build host data from
 * a requested count ({@code indices}, {@code tril_indices}, split counts) check it before
 * allocating, so a huge request fails in microseconds with {@link ArrayTooLargeException} instead
 * of exhausting memory on a backend.
 *
 * <p>The limit is the system property {@code ivy.maxArrayBytes} when set, else a quarter of the
 * machine's physical memory (the fraction the JVM gives its own default heap): one array larger
 * than that leaves no room for the operands and results around it. {@link #set} changes it for the
 * whole process.
 */
public final class SizeLimit {
  private static volatile long maxBytes = defaultLimit();

  private SizeLimit() {}

  private static long defaultLimit() {
    String p = System.getProperty("ivy.maxArrayBytes");
    if (p != null && !p.isBlank()) {
      try {
        long v = Long.parseLong(p.trim());
        if (v > 0) {
          return v;
        }
      } catch (NumberFormatException e) {
        // fall through to the default: a bad property must not break loading
      }
    }
    long physical = 0;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      physical = os.getTotalMemorySize();
    }
    return physical > 0 ? physical / 4 : 4L << 30;
  }

  /** Returns the largest array, in bytes, that a function may create. */
  public static long maxBytes() {
    return maxBytes;
  }

  /**
   * Sets the largest array, in bytes, that a function may create, for the whole process.
   *
   * @throws IvyArgumentException if {@code bytes} is not positive
   */
  public static void set(long bytes) {
    if (bytes <= 0) {
      throw new IvyArgumentException("setMaxArrayBytes: bytes must be > 0; got " + bytes);
    }
    maxBytes = bytes;
  }

  /**
   * Returns the number of elements of an array of {@code dims}, saturating at {@link
   * Long#MAX_VALUE} instead of overflowing.
   */
  public static long elements(long... dims) {
    long n = 1;
    for (long d : dims) {
      if (d == 0) {
        return 0;
      }
    }
    for (long d : dims) {
      if (d < 0) {
        return Long.MAX_VALUE;
      }
      long hi = Math.multiplyHigh(n, d);
      long lo = n * d;
      if (hi != 0 || lo < 0) {
        return Long.MAX_VALUE;
      }
      n = lo;
    }
    return n;
  }

  /**
   * The bytes an array costs beyond its data (its Java object, native handle and buffer header), at
   * the least: what a result of many arrays is charged per array.
   */
  public static final long ARRAY_OVERHEAD_BYTES = 256;

  /**
   * Refuses a result of {@code n} arrays ({@code n} sections of a split, {@code n} partitions)
   * whose arrays alone, at {@link #ARRAY_OVERHEAD_BYTES} each even when empty, would exceed the
   * limit.
   *
   * @param fn the function, for the message
   * @param arg the argument giving the count, for the message
   * @throws ArrayTooLargeException if there are too many
   */
  public static void checkCount(String fn, String arg, long n) {
    long max = maxBytes;
    if (n > max / ARRAY_OVERHEAD_BYTES || n > Integer.MAX_VALUE - 8) {
      throw new ArrayTooLargeException(
          String.format(
              "%s: %s asks for %d arrays, over the %d that the limit of %d bytes allows at %d bytes"
                  + " each (Ivy.setMaxArrayBytes or -Divy.maxArrayBytes)",
              fn,
              arg,
              n,
              Math.min(max / ARRAY_OVERHEAD_BYTES, Integer.MAX_VALUE - 8),
              max,
              ARRAY_OVERHEAD_BYTES));
    }
  }

  /**
   * Refuses an array of {@code shape} and {@code dtype} larger than the limit.
   *
   * @param fn the function, for the message
   * @throws ArrayTooLargeException if it needs more bytes than {@link #maxBytes()}
   */
  public static void check(String fn, Shape shape, DType dtype) {
    check(fn, shape.dims(), dtype);
  }

  /**
   * Refuses an array of {@code dims} and {@code dtype} larger than the limit.
   *
   * @param fn the function, for the message
   * @throws ArrayTooLargeException if it needs more bytes than {@link #maxBytes()}, or a dimension
   *     is negative
   */
  public static void check(String fn, long[] dims, DType dtype) {
    long n = elements(dims);
    int width = dtype == null ? 8 : dtype.byteSize();
    long bytes = n > Long.MAX_VALUE / width ? Long.MAX_VALUE : n * width;
    long max = maxBytes;
    if (bytes > max) {
      throw new ArrayTooLargeException(
          String.format(
              "%s: the result of shape %s (%s) needs %s bytes, over the limit of %d bytes"
                  + " (Ivy.setMaxArrayBytes or -Divy.maxArrayBytes)",
              fn,
              Arrays.toString(dims),
              dtype == null ? "8-byte elements" : dtype.name().toLowerCase(java.util.Locale.ROOT),
              bytes == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(bytes),
              max));
    }
  }
}
