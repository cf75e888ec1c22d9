package dev.ivy;

import dev.ivy.errors.IvyArgumentException;
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The native memory of arrays that no {@link Scope} owns: arrays made outside every scope, kept
 * past the outermost one, or {@linkplain Scope#detach detached}. Such an array is freed by {@link
 * Array#close()}, or once it is unreachable, when the garbage collector notices. The collector sees
 * only the small Java objects, so a loop that drops unscoped arrays could pile up native memory
 * long before it runs; to bound that, every unscoped array adds an estimate of its native bytes
 * (its elements plus the backend's {@linkplain dev.ivy.backend.Backend#arrayOverheadBytes per-array
 * overhead}) to a process-wide count, taken back when it is freed, and when the count passes by
 * more than {@link #maxUnscopedBytes()} what was left after the last collection (or less, as arrays
 * are freed since), the thread that made the array runs the garbage collector and frees what it
 * found unreachable, as JavaCPP does for its {@code maxBytes}.
 *
 * <p>The bound is {@value #DEFAULT_MAX_UNSCOPED_BYTES} bytes (256 MB) unless the system property
 * {@code ivy.maxUnscopedBytes} sets another (bytes, or with a {@code k}, {@code m} or {@code g}
 * suffix: {@code -Divy.maxUnscopedBytes=1g}), or {@link #setMaxUnscopedBytes} does. Arrays that
 * stay reachable are never freed by this: after a collection the count may stay above the bound (a
 * large model held outside any scope), and the next collection comes once it has grown by the bound
 * again. Scoped arrays cost nothing here; an unscoped one costs one atomic addition when made and
 * one when freed. With {@code -XX:+DisableExplicitGC} the collection does not run.
 */
public final class NativeMemory {
  /** The default bound on unscoped native memory between two collections: 256 MB. */
  public static final long DEFAULT_MAX_UNSCOPED_BYTES = 256L << 20;

  private static final Logger LOG = LoggerFactory.getLogger(NativeMemory.class);
  private static final String PROPERTY = "ivy.maxUnscopedBytes";

  /** How long a collection waits for the garbage collector's findings to be queued. */
  private static final long DRAIN_WAIT_MS = 10;

  /** How many waits in a row must find nothing freed before a collection ends. */
  private static final int QUIET_PERIODS = 3;

  private static final AtomicLong UNSCOPED = new AtomicLong();
  private static final ReferenceQueue<Array> QUEUE = new ReferenceQueue<>();
  private static final ReentrantLock COLLECTING = new ReentrantLock();

  /** Sentinel of the circular list that keeps every live {@link Tracked} reachable. */
  private static final Tracked LIVE = new Tracked();

  private static volatile long maxBytes = fromProperty(System.getProperty(PROPERTY));

  /** The count above which the next unscoped array triggers a collection. */
  private static volatile long threshold = maxBytes;

  static {
    Thread t = new Thread(NativeMemory::freeQueued, "ivy-native-memory");
    t.setDaemon(true);
    t.start();
  }

  private NativeMemory() {}

  /**
   * Returns the estimated native bytes held by unscoped arrays not yet freed (the process-wide
   * count described above).
   */
  public static long unscopedBytes() {
    return UNSCOPED.get();
  }

  /** Returns how far the unscoped count may grow between two collections, in bytes. */
  public static long maxUnscopedBytes() {
    return maxBytes;
  }

  /**
   * Sets how far the unscoped count may grow between two collections ({@link Long#MAX_VALUE}: never
   * collect); the next unscoped array collects if the count is already above it.
   *
   * @param bytes the bound, in bytes
   * @throws IvyArgumentException if {@code bytes} is not positive
   */
  public static void setMaxUnscopedBytes(long bytes) {
    if (bytes <= 0) {
      throw new IvyArgumentException(
          "NativeMemory.setMaxUnscopedBytes: bytes must be > 0; got " + bytes);
    }
    maxBytes = bytes;
    threshold = bytes;
  }

  /**
   * Runs the garbage collector and frees the native memory of every unscoped array it finds
   * unreachable, before returning; what the bound does automatically.
   */
  public static void collect() {
    COLLECTING.lock();
    try {
      collectLocked();
    } finally {
      COLLECTING.unlock();
    }
  }

  /**
   * Starts tracking an unscoped array: {@code free} runs (once) when {@code a} is closed or found
   * unreachable. May collect first when the count passes the bound.
   *
   * @return what {@link Array#close()} calls to free the array now
   */
  static Tracked track(Array a, Runnable free, long bytes) {
    Tracked t = new Tracked(a, free, bytes);
    synchronized (LIVE) {
      t.next = LIVE.next;
      t.prev = LIVE;
      LIVE.next.prev = t;
      LIVE.next = t;
    }
    if (UNSCOPED.addAndGet(bytes) > threshold && COLLECTING.tryLock()) {
      // one thread collects; the others go on and find the count lowered
      try {
        if (UNSCOPED.get() > threshold) {
          collectLocked();
        }
      } finally {
        COLLECTING.unlock();
      }
    }
    return t;
  }

  private static void collectLocked() {
    long before = UNSCOPED.get();
    System.gc();
    try {
      // what the collector found reaches the queue shortly after it returns, and the daemon thread
      // frees some of it too: wait until the queue and the count stay still for a few periods
      long last = UNSCOPED.get();
      for (int quiet = 0; quiet < QUIET_PERIODS; ) {
        Reference<? extends Array> r = QUEUE.remove(DRAIN_WAIT_MS);
        if (r != null) {
          ((Tracked) r).cleanQueued();
          quiet = 0;
        } else {
          long now = UNSCOPED.get();
          quiet = now < last ? 0 : quiet + 1;
          last = now;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long after = UNSCOPED.get();
    threshold = boundAbove(after);
    LOG.debug("collected unscoped native memory: {} -> {} bytes", before, after);
  }

  /** Returns {@code live + maxBytes}, saturated. */
  private static long boundAbove(long live) {
    long t = live + maxBytes;
    return t < live ? Long.MAX_VALUE : t;
  }

  /** The daemon thread's loop: frees arrays the garbage collector found unreachable. */
  private static void freeQueued() {
    while (true) {
      try {
        ((Tracked) QUEUE.remove()).cleanQueued();
      } catch (InterruptedException e) {
        // a daemon thread: nobody interrupts it on purpose; keep serving the queue
      }
    }
  }

  /** Parses the property's value: bytes with an optional k, m or g suffix. */
  static long fromProperty(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_MAX_UNSCOPED_BYTES;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    int shift =
        switch (v.charAt(v.length() - 1)) {
          case 'k' -> 10;
          case 'm' -> 20;
          case 'g' -> 30;
          default -> 0;
        };
    try {
      long n = Long.parseLong(shift == 0 ? v : v.substring(0, v.length() - 1));
      if (n > 0 && n <= Long.MAX_VALUE >> shift) {
        return n << shift;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    LOG.warn(
        "{} must be a positive number of bytes, with an optional k, m or g suffix; got '{}':"
            + " using {}",
        PROPERTY,
        value,
        DEFAULT_MAX_UNSCOPED_BYTES);
    return DEFAULT_MAX_UNSCOPED_BYTES;
  }

  /** An unscoped array's entry: frees it once, when closed or found unreachable. */
  static final class Tracked extends PhantomReference<Array> {
    private final Runnable free;
    private final long bytes;
    private Tracked prev;
    private Tracked next;

    /** The list's sentinel. */
    private Tracked() {
      super(null, null);
      this.free = null;
      this.bytes = 0;
      this.prev = this;
      this.next = this;
    }

    private Tracked(Array a, Runnable free, long bytes) {
      super(a, QUEUE);
      this.free = free;
      this.bytes = bytes;
    }

    /** Frees the array and takes its bytes off the count, the first time only. */
    void clean() {
      synchronized (LIVE) {
        if (next == null) {
          return;
        }
        prev.next = next;
        next.prev = prev;
        prev = null;
        next = null;
      }
      clear();
      long now = UNSCOPED.addAndGet(-bytes);
      long bound = boundAbove(now);
      if (threshold > bound) {
        // freed after the last collection measured what lives, or closed since: lower the bound,
        // so that a collection that ended before the queue was served cannot ratchet it up
        threshold = bound;
      }
      free.run();
    }

    /** Frees an array found unreachable; a failure has nobody to go to but the log. */
    private void cleanQueued() {
      try {
        clean();
      } catch (RuntimeException e) {
        LOG.warn("freeing the native memory of an unreachable array failed", e);
      }
    }
  }
}
