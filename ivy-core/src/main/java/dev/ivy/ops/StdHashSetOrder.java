package dev.ivy.ops;

import java.util.Arrays;

/**
 * The iteration order of a libstdc++ {@code std::unordered_set} (prime bucket counts, max load
 * factor 1, each new node first in its bucket or first in the list), which NumPy 2.4 returns from
 * {@code unique_values} for integer dtypes.
 */
final class StdHashSetOrder {
  private StdHashSetOrder() {}

  /** libstdc++'s {@code __prime_list} from 17 on (the bucket counts it grows through). */
  private static final long[] PRIMES = {
    17L,
    19L,
    23L,
    29L,
    31L,
    37L,
    41L,
    43L,
    47L,
    53L,
    59L,
    61L,
    67L,
    71L,
    73L,
    79L,
    83L,
    89L,
    97L,
    103L,
    109L,
    113L,
    127L,
    137L,
    139L,
    149L,
    157L,
    167L,
    179L,
    193L,
    199L,
    211L,
    227L,
    241L,
    257L,
    277L,
    293L,
    313L,
    337L,
    359L,
    383L,
    409L,
    439L,
    467L,
    503L,
    541L,
    577L,
    619L,
    661L,
    709L,
    761L,
    823L,
    887L,
    953L,
    1031L,
    1109L,
    1193L,
    1289L,
    1381L,
    1493L,
    1613L,
    1741L,
    1879L,
    2029L,
    2179L,
    2357L,
    2549L,
    2753L,
    2971L,
    3209L,
    3469L,
    3739L,
    4027L,
    4349L,
    4703L,
    5087L,
    5503L,
    5953L,
    6427L,
    6949L,
    7517L,
    8123L,
    8783L,
    9497L,
    10273L,
    11113L,
    12011L,
    12983L,
    14033L,
    15173L,
    16411L,
    17749L,
    19183L,
    20753L,
    22447L,
    24281L,
    26267L,
    28411L,
    30727L,
    33223L,
    35933L,
    38873L,
    42043L,
    45481L,
    49201L,
    53201L,
    57557L,
    62233L,
    67307L,
    72817L,
    78779L,
    85229L,
    92203L,
    99733L,
    107897L,
    116731L,
    126271L,
    136607L,
    147793L,
    159871L,
    172933L,
    187091L,
    202409L,
    218971L,
    236897L,
    256279L,
    277261L,
    299951L,
    324503L,
    351061L,
    379787L,
    410857L,
    444487L,
    480881L,
    520241L,
    562841L,
    608903L,
    658753L,
    712697L,
    771049L,
    834181L,
    902483L,
    976369L,
    1056323L,
    1142821L,
    1236397L,
    1337629L,
    1447153L,
    1565659L,
    1693859L,
    1832561L,
    1982627L,
    2144977L,
    2320627L,
    2510653L,
    2716249L,
    2938679L,
    3179303L,
    3439651L,
    3721303L,
    4026031L,
    4355707L,
    4712381L,
    5098259L,
    5515729L,
    5967347L,
    6456007L,
    6984629L,
    7556579L,
    8175383L,
    8844859L,
    9569143L,
    10352717L,
    11200489L,
    12117689L,
    13109983L,
    14183539L,
    15345007L,
    16601593L,
    17961079L,
    19431899L,
    21023161L,
    22744717L,
    24607243L,
    26622317L,
    28802401L,
    31160981L,
    33712729L,
    36473443L,
    39460231L,
    42691603L,
    46187573L,
    49969847L,
    54061849L,
    58488943L,
    63278561L,
    68460391L,
    74066549L,
    80131819L,
    86693767L,
    93793069L,
    101473717L,
    109783337L,
    118773397L,
    128499677L,
    139022417L,
    150406843L,
    162723577L,
    176048909L,
    190465427L,
    206062531L,
    222936881L,
    241193053L,
    260944219L,
    282312799L,
    305431229L,
    330442829L,
    357502601L,
    386778277L,
    418451333L,
    452718089L,
    489790921L,
    529899637L,
    573292817L,
    620239453L,
    671030513L,
    725980837L,
    785430967L,
    849749479L,
    919334987L,
    994618837L,
    1076067617L,
    1164186217L,
    1259520799L,
    1362662261L,
    1474249943L,
    1594975441L,
    1725587117L,
    1866894511L,
    2019773507L,
    2185171673L,
    2364114217L,
    2557710269L,
    2767159799L,
    2993761039L,
    3238918481L,
    3504151727L,
    3791104843L,
    4101556399L,
    4294967291L,
    6442450933L,
    8589934583L
  };

  private static final int[] FAST = {1, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13};

  private long nextResize;

  /** {@code _Prime_rehash_policy::_M_next_bkt}: the bucket count for a hint, with its limit. */
  private long nextBucketCount(long n) {
    if (n < FAST.length) {
      if (n > 0) {
        nextResize = FAST[(int) n];
      }
      return FAST[(int) n];
    }
    int i = Arrays.binarySearch(PRIMES, n);
    long p = PRIMES[Math.min(i >= 0 ? i : -i - 1, PRIMES.length - 1)];
    nextResize = p;
    return p;
  }

  /**
   * Returns the order in which a set iterates {@code values} (distinct, in insertion order), as
   * indices into {@code values}, for a set of {@code byteSize}-byte integers hashed with FNV-1a and
   * constructed with {@code bucketHint} buckets.
   */
  static int[] iterationOrder(long[] values, int byteSize, long bucketHint) {
    long[] hashes = new long[values.length];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = fnv1a(values[i], byteSize);
    }
    return new StdHashSetOrder().run(hashes, bucketHint);
  }

  private static final int NONE = -1;
  private static final int BEFORE_BEGIN = -2;
  private static final int EMPTY = Integer.MIN_VALUE;

  private int[] next;
  private int head = NONE;

  /** Links {@code node} after {@code before} (a node or the list's before-begin sentinel). */
  private void linkAfter(int before, int node) {
    if (before == BEFORE_BEGIN) {
      next[node] = head;
      head = node;
    } else {
      next[node] = next[before];
      next[before] = node;
    }
  }

  private int[] run(long[] v, long hint) {
    int n = v.length;
    next = new int[n];
    long buckets = nextBucketCount(hint);
    int[] bucketBefore = newBuckets(buckets);
    for (int node = 0; node < n; node++) {
      if (node + 1 > nextResize) {
        double minBuckets = Math.max(node + 1, nextResize == 0 ? 11 : 0);
        if (minBuckets >= buckets) {
          buckets = nextBucketCount(Math.max((long) Math.floor(minBuckets) + 1, buckets * 2));
          bucketBefore = rehash(v, buckets);
        } else {
          nextResize = buckets;
        }
      }
      insert(v, bucketBefore, buckets, node);
    }
    int[] order = new int[n];
    int k = 0;
    for (int p = head; p != NONE; p = next[p]) {
      order[k++] = p;
    }
    return order;
  }

  private static int[] newBuckets(long buckets) {
    int[] b = new int[Math.toIntExact(buckets)];
    Arrays.fill(b, EMPTY);
    return b;
  }

  /** {@code _M_insert_bucket_begin}: a node goes first in its bucket, or first in the list. */
  private void insert(long[] v, int[] bucketBefore, long buckets, int node) {
    int b = bucket(v[node], buckets);
    if (bucketBefore[b] != EMPTY) {
      linkAfter(bucketBefore[b], node);
    } else {
      linkAfter(BEFORE_BEGIN, node);
      if (next[node] != NONE) {
        bucketBefore[bucket(v[next[node]], buckets)] = node;
      }
      bucketBefore[b] = BEFORE_BEGIN;
    }
  }

  /** {@code _M_rehash_aux} for unique keys: relinks every node, in list order, into new buckets. */
  private int[] rehash(long[] v, long buckets) {
    int[] nb = newBuckets(buckets);
    int p = head;
    head = NONE;
    int beginBucket = 0;
    while (p != NONE) {
      int after = next[p];
      int b = bucket(v[p], buckets);
      if (nb[b] == EMPTY) {
        linkAfter(BEFORE_BEGIN, p);
        nb[b] = BEFORE_BEGIN;
        if (next[p] != NONE) {
          nb[beginBucket] = p;
        }
        beginBucket = b;
      } else {
        linkAfter(nb[b], p);
      }
      p = after;
    }
    return nb;
  }

  /** A hash code's bucket: the code modulo the bucket count, unsigned. */
  private static int bucket(long hash, long buckets) {
    return (int) Long.remainderUnsigned(hash, buckets);
  }

  /** NumPy's {@code npy_fnv1a}: 64-bit FNV-1a over the value's little-endian bytes. */
  static long fnv1a(long value, int byteSize) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < byteSize; i++) {
      h ^= (value >>> (8 * i)) & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
