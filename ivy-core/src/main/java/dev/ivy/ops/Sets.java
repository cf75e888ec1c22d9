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
}
