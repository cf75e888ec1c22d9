package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.Arrays;
import java.util.List;

/**
 * Set functions of the array API: {@code unique_values}, {@code unique_counts}, {@code
 * unique_inverse} and {@code unique_all}, with NumPy 2 semantics. The input is flattened; NaNs are
 * all distinct (each NaN is its own unique value with count 1), and {@code -0.0} equals {@code
 * 0.0}.
 *
 * <p>The number of unique values depends on the data, so these functions read the input back to the
 * host (eager only; inside a trace they raise {@link dev.ivy.errors.TracingException}).
 */
public final class Sets {
  private Sets() {}

  /**
   * The four results of {@link #uniqueAll}.
   *
   * @param values the unique values, sorted ascending (NaNs last)
   * @param indices the int64 index of the first occurrence of each value in the flattened input
   * @param inverseIndices int64 indices into {@code values} that rebuild the input; the input's
   *     shape
   * @param counts the int64 number of occurrences of each value
   */
  public record UniqueAll(Array values, Array indices, Array inverseIndices, Array counts) {
    /** Returns the four arrays in the array API's order. */
    public List<Array> toList() {
      return List.of(values, indices, inverseIndices, counts);
    }
  }

  /** The sorted unique values and where they come from, shared by the unique functions. */
  private record Sorted(Array flat, Array perm, Array aux, long[] starts) {}

  private static Sorted sorted(String fn, Array x, boolean needPerm) {
    long n = x.size();
    Array flat = Manipulation.reshape(x, Shape.of(n));
    if (n == 0) {
      return new Sorted(flat, null, flat, new long[0]);
    }
    Array perm = needPerm ? Sorting.argsort(flat, 0, false) : null;
    Array aux = needPerm ? take(flat, perm) : Sorting.sort(flat, 0, false);
    // a new value starts where an element differs from its predecessor; NaN != NaN keeps every
    // NaN distinct, as NumPy's unique with equal_nan=False
    Array hi = Manipulation.sliceAxis(aux, 0, 1, n, 1);
    Array lo = Manipulation.sliceAxis(aux, 0, 0, n - 1, 1);
    boolean[] differs = Elementwise.notEqual(hi, lo).toBooleanArray();
    long[] starts = new long[differs.length + 1];
    int k = 1;
    for (int i = 0; i < differs.length; i++) {
      if (differs[i]) {
        starts[k++] = i + 1;
      }
    }
    return new Sorted(flat, perm, aux, Arrays.copyOf(starts, k));
  }

  private static Array take(Array x, Array idx) {
    return Dispatcher.bind(Prim.TAKE, new Params.Axis(0), x, idx);
  }

  static Array int64(Array like, long[] v) {
    return Creation.onBackend(like, () -> Ivy.array(v, DType.INT64, v.length));
  }

  private static long[] counts(long[] starts, long n) {
    long[] c = new long[starts.length];
    for (int i = 0; i < starts.length; i++) {
      c[i] = (i + 1 < starts.length ? starts[i + 1] : n) - starts[i];
    }
    return c;
  }

  /**
   * Returns the unique values of {@code x} (flattened), in NumPy 2's order: for integer dtypes the
   * iteration order of the hash set NumPy 2.4 builds (libstdc++'s {@code std::unordered_set} with
   * an FNV-1a hash of the bytes, seeded with {@code min(size, 1024)} buckets), for bool and
   * floating dtypes ascending with NaNs last (each NaN distinct). The array API leaves the order
   * unspecified; sort the result for a portable order.
   *
   * <pre>{@code
   * uniqueValues([1, 3, 1, 2, 2, 3, 1, 1] int32) == [2, 3, 1]
   * uniqueValues([2.0, NaN, 1.0, NaN]) == [1.0, 2.0, NaN, NaN]
   * }</pre>
   *
   * @throws dev.ivy.errors.TracingException inside a trace (the result's size depends on the data)
   */
  public static Array uniqueValues(Array x) {
    boolean hashed = x.dtype().isInteger();
    Sorted s = sorted("unique_values", x, hashed);
    if (s.starts.length == 0) {
      return s.flat;
    }
    Array starts = int64(x, s.starts);
    Array values = take(s.aux, starts);
    if (!hashed) {
      return values;
    }
    long[] first = take(s.perm, starts).toLongArray();
    long[] v = values.toLongArray();
    Integer[] byFirst = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      byFirst[i] = i;
    }
    Arrays.sort(byFirst, (a, b) -> Long.compare(first[a], first[b]));
    long[] inserted = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      inserted[i] = v[byFirst[i]];
    }
    int[] order =
        StdHashSetOrder.iterationOrder(inserted, x.dtype().byteSize(), Math.min(x.size(), 1024));
    long[] pick = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      pick[i] = byFirst[order[i]];
    }
    return take(values, int64(x, pick));
  }

  /**
   * Returns the sorted unique values of {@code x} (flattened) and the int64 number of times each
   * occurs; NaNs are distinct, each with count 1.
   *
   * <pre>{@code
   * uniqueCounts([1, 0, 2, 1, 2, 0, 2, 3]) == ([0, 1, 2, 3], [2, 2, 3, 1])
   * }</pre>
   */
  public static List<Array> uniqueCounts(Array x) {
    Sorted s = sorted("unique_counts", x, false);
    Array starts = int64(x, s.starts);
    Array values = s.starts.length == 0 ? s.flat : take(s.aux, starts);
    return List.of(values, int64(x, counts(s.starts, x.size())));
  }

  /**
   * Returns the sorted unique values of {@code x} (flattened) and int64 indices of x's shape such
   * that {@code values[inverse] == x}.
   *
   * <pre>{@code
   * uniqueInverse([[2, 2, 2], [2, 0, 0]]) == ([0, 2], [[1, 1, 1], [1, 0, 0]])
   * }</pre>
   */
  public static List<Array> uniqueInverse(Array x) {
    UniqueAll u = uniqueAll(x);
    return List.of(u.values(), u.inverseIndices());
  }

  /**
   * Returns the sorted unique values of {@code x} (flattened), the index of each one's first
   * occurrence, the inverse indices (x's shape) and the counts, all indices int64. NaNs are
   * distinct.
   */
  public static UniqueAll uniqueAll(Array x) {
    Sorted s = sorted("unique_all", x, true);
    long n = x.size();
    if (n == 0) {
      Array none = int64(x, new long[0]);
      return new UniqueAll(s.flat, none, Manipulation.reshape(none, x.shape()), none);
    }
    Array starts = int64(x, s.starts);
    Array values = take(s.aux, starts);
    // the sort is stable, so the first element of each run is the value's first occurrence
    Array indices = take(s.perm, starts);
    long[] group = new long[Math.toIntExact(n)];
    for (int g = 0; g < s.starts.length; g++) {
      long end = g + 1 < s.starts.length ? s.starts[g + 1] : n;
      Arrays.fill(group, (int) s.starts[g], (int) end, g);
    }
    // group[i] is the unique index of sorted element i; scatter back through the permutation
    Array inv = take(int64(x, group), Sorting.argsort(s.perm, 0, false));
    return new UniqueAll(
        values, indices, Manipulation.reshape(inv, x.shape()), int64(x, counts(s.starts, n)));
  }

  /**
   * The iteration order of a libstdc++ {@code std::unordered_set} (prime bucket counts, max load
   * factor 1, each new node first in its bucket or first in the list), which NumPy 2.4 returns from
   * {@code unique_values} for integer dtypes.
   */
  static final class StdHashSetOrder {
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
     * indices into {@code values}, for a set of {@code byteSize}-byte integers hashed with FNV-1a
     * and constructed with {@code bucketHint} buckets.
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

    /**
     * {@code _M_rehash_aux} for unique keys: relinks every node, in list order, into new buckets.
     */
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
}
