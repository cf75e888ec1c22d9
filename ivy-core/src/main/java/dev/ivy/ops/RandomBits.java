package dev.ivy.ops;

import java.util.SplittableRandom;

/**
 * Random bits from Philox4x32-10, the counter-based generator of Salmon et al., "Parallel random
 * numbers: as easy as 1, 2, 3" (SC 2011), which PyTorch uses on CUDA and JAX offers as an
 * alternative to Threefry.
 *
 * <p>All random functions of the core API draw their bits here, on the host, in Java, and only then
 * create the array on the backend, so the same seed gives bit-identical arrays on every backend and
 * every platform (no backend random number generator is used).
 *
 * <p>Layout: a 64-bit seed is the 64-bit Philox key (low word {@code k0}, high word {@code k1}).
 * Block {@code n} of a stream is the Philox output for the 128-bit counter {@code (c0, c1) = (low,
 * high word of n)}, {@code c2 = c3 = 0} (reserved for sub-streams). A stream hands out the four
 * 32-bit words of block 0, then of block 1 and so on; {@link #nextLong()} takes two words, the
 * first as the low half. Every call of a random function starts a new stream at block 0, so one
 * call with one seed always gives the same values.
 *
 * <p>Without an explicit seed, the key is drawn from a per-thread generator, the sequence of {@code
 * new SplittableRandom(seed).nextLong()} kept as one long so it can be saved and restored, seeded
 * randomly, or with {@link #seedThread(long)} ({@code ivy.seed}) to make a thread's sequence of
 * unseeded calls reproducible. Instances are not thread-safe; each call makes its own.
 */
public final class RandomBits {
  private static final int M0 = 0xD2511F53;
  private static final int M1 = 0xCD9E8D57;
  private static final int W0 = 0x9E3779B9;
  private static final int W1 = 0xBB67AE85;

  /** SplittableRandom's golden gamma: the thread generator is SplittableRandom(seed)'s sequence. */
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  /** Each thread's default generator: {state, keys drawn}; a random state until seeded. */
  private static final ThreadLocal<long[]> THREAD_DEFAULT =
      ThreadLocal.withInitial(() -> new long[] {new SplittableRandom().nextLong(), 0});

  private final int k0;
  private final int k1;
  private long block;
  private final int[] words = new int[4];
  private int next = 4;

  /** Creates a stream keyed by {@code key}, at block 0. */
  public RandomBits(long key) {
    this.k0 = (int) key;
    this.k1 = (int) (key >>> 32);
  }

  /**
   * Returns a new stream for one call: keyed by {@code seed} when it is given, else by the next
   * value of this thread's default generator (so unseeded calls differ).
   */
  public static RandomBits forSeed(Long seed) {
    if (seed != null) {
      return new RandomBits(seed);
    }
    long[] g = THREAD_DEFAULT.get();
    g[1]++;
    // SplittableRandom(seed).nextLong(): the seed advanced by the golden gamma, then mixed
    long z = g[0] += GOLDEN_GAMMA;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return new RandomBits(z ^ (z >>> 31));
  }

  /**
   * Returns how many keys this thread's default generator has given (unseeded random calls): a
   * function that changes it draws fresh randomness per call, which a traced graph would freeze.
   */
  public static long threadDraws() {
    return THREAD_DEFAULT.get()[1];
  }

  /** Returns this thread's default generator's position, for {@link #restoreThread}. */
  public static long threadState() {
    return THREAD_DEFAULT.get()[0];
  }

  /**
   * Puts this thread's default generator back at {@code state} (from {@link #threadState}): the
   * following unseeded calls repeat the values drawn since (a trace that ran a function only to
   * record it gives back the draws it took).
   */
  public static void restoreThread(long state) {
    THREAD_DEFAULT.get()[0] = state;
  }

  /**
   * Resets this thread's default generator to {@code seed}: the following unseeded calls on this
   * thread give the same values as after any other {@code seedThread(seed)}.
   */
  public static void seedThread(long seed) {
    THREAD_DEFAULT.get()[0] = seed;
  }

  /**
   * Returns Philox4x32-10 of one 128-bit counter under one 64-bit key (the Random123 reference
   * function {@code philox4x32_R(10, ctr, key)}).
   *
   * @param counter four 32-bit words, c0 first
   * @param key two 32-bit words, k0 first
   * @return the four output words
   */
  public static int[] philox4x32(int[] counter, int[] key) {
    int[] out = new int[4];
    philox(counter[0], counter[1], counter[2], counter[3], key[0], key[1], out);
    return out;
  }

  private static void philox(int c0, int c1, int c2, int c3, int k0, int k1, int[] out) {
    for (int round = 0; round < 10; round++) {
      if (round > 0) {
        k0 += W0;
        k1 += W1;
      }
      long p0 = (M0 & 0xffffffffL) * (c0 & 0xffffffffL);
      long p1 = (M1 & 0xffffffffL) * (c2 & 0xffffffffL);
      int n0 = (int) (p1 >>> 32) ^ c1 ^ k0;
      int n1 = (int) p1;
      int n2 = (int) (p0 >>> 32) ^ c3 ^ k1;
      int n3 = (int) p0;
      c0 = n0;
      c1 = n1;
      c2 = n2;
      c3 = n3;
    }
    out[0] = c0;
    out[1] = c1;
    out[2] = c2;
    out[3] = c3;
  }

  /** Returns the next 32 random bits. */
  public int nextInt() {
    if (next == 4) {
      philox((int) block, (int) (block >>> 32), 0, 0, k0, k1, words);
      block++;
      next = 0;
    }
    return words[next++];
  }

  /** Returns the next 64 random bits (two words, the first as the low half). */
  public long nextLong() {
    long lo = nextInt() & 0xffffffffL;
    long hi = nextInt() & 0xffffffffL;
    return (hi << 32) | lo;
  }

  /** Returns a uniform double in [0, 1) on the grid of multiples of 2^-53 (64 bits drawn). */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1p-53;
  }

  /**
   * Returns a uniform value in [0, 1) on the grid of multiples of 2^-{@code bits}, {@code bits} at
   * most 32 (one word drawn): 24 gives every float32 of that grid, 11 float16's, 8 bfloat16's.
   */
  public double nextUnit(int bits) {
    return (nextInt() >>> (32 - bits)) * Math.scalb(1.0, -bits);
  }

  /**
   * Returns a uniform integer in [0, range), unbiased (Lemire's multiply-and-reject method), with
   * {@code range} read as unsigned; a range of 0 stands for 2^64 (all 64 bits).
   */
  public long nextBounded(long range) {
    if (range == 0) {
      return nextLong();
    }
    long x = nextLong();
    long lo = x * range;
    if (Long.compareUnsigned(lo, range) < 0) {
      long t = Long.remainderUnsigned(-range, range);
      while (Long.compareUnsigned(lo, t) < 0) {
        x = nextLong();
        lo = x * range;
      }
    }
    return unsignedMultiplyHigh(x, range);
  }

  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }
}
