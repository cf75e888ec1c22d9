package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.Side;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Indexing;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sets;
import dev.ivy.ops.Sorting;
import java.util.ArrayList;
import java.util.List;

/**
 * The sorting and searching functions of {@code numpy} and {@code jax.numpy} ({@code sort}, {@code
 * argsort}, {@code searchsorted}, {@code nonzero}, {@code unique}...), written once and
 * parameterised by the framework's {@link DTypePolicy}: indices come back in the policy's canonical
 * integer dtype (int64 in NumPy, int32 in JAX). Sorts are stable and put NaN last.
 */
public final class NumpySorting {
  private NumpySorting() {}

  private static Array flatIfNull(Array x, Integer axis) {
    return axis == null ? Manipulation.reshape(x, -1) : x;
  }

  /** Returns a sorted along axis, flattened when axis is null, descending if asked (sort). */
  public static Array sort(DTypePolicy p, Object a, Integer axis, boolean descending) {
    Array x = flatIfNull(p.array(a), axis);
    return Sorting.sort(x, axis == null ? 0 : axis, descending);
  }

  /** Returns the indices that sort a along axis, flattened when axis is null (argsort). */
  public static Array argsort(DTypePolicy p, Object a, Integer axis, boolean descending) {
    Array x = flatIfNull(p.array(a), axis);
    return p.result(Sorting.argsort(x, axis == null ? 0 : axis, descending));
  }

  /**
   * Returns where v would be inserted into the sorted 1-D a (sorted by sorter when given), on the
   * left or right of equal values; a and v promote by the policy (searchsorted).
   */
  public static Array searchsorted(DTypePolicy p, Object a, Object v, Side side, Object sorter) {
    Array x = p.array(a);
    if (sorter != null) {
      x = Indexing.take(x, p.array(sorter), 0);
    }
    List<Array> xv = p.promotedArrays(List.of(x, p.array(v)));
    String s = Checks.given("searchsorted", "side", side, "'left' or 'right'").lower();
    return p.result(Sorting.searchsorted(xv.get(0), xv.get(1), s));
  }

  /** Returns the indices of the non-zero elements, one array per dimension (nonzero). */
  public static List<Array> nonzero(DTypePolicy p, Object a) {
    return p.result(Searching.nonzero(p.array(a)));
  }

  /** Returns the indices of the non-zero elements as rows of a (count, ndim) array (argwhere). */
  public static Array argwhere(DTypePolicy p, Object a) {
    return p.result(NumpyComposites.argwhere(p.array(a)));
  }

  /** Returns the indices of the non-zero elements of the flattened array (flatnonzero). */
  public static Array flatnonzero(DTypePolicy p, Object a) {
    return p.result(Searching.nonzero(Manipulation.reshape(p.array(a), -1)).get(0));
  }

  /**
   * Returns the sorted unique values of the flattened array, or the list [values, index?, inverse?,
   * counts?] when asked for (unique; axis must be null).
   */
  public static Object unique(
      DTypePolicy p,
      Object ar,
      boolean returnIndex,
      boolean returnInverse,
      boolean returnCounts,
      Integer axis) {
    Checks.check(axis == null, "unique", "axis is not supported; got %s", axis);
    Array a = p.array(ar);
    Array x = Manipulation.reshape(a, -1);
    if (!returnIndex && !returnInverse && !returnCounts) {
      return Sorting.sort(Sets.uniqueValues(x), 0, false);
    }
    Sets.UniqueAll u = Sets.uniqueAll(x);
    // core's order is unspecified (array API); NumPy and JAX sort the values
    Array order = Sorting.argsort(u.values(), 0, false);
    Array rank = Sorting.argsort(order, 0, false);
    List<Array> out = new ArrayList<>(List.of(Indexing.take(u.values(), order, 0)));
    if (returnIndex) {
      out.add(p.result(Indexing.take(u.indices(), order, 0)));
    }
    if (returnInverse) {
      Array inv = Indexing.take(rank, Manipulation.reshape(u.inverseIndices(), -1), 0);
      out.add(p.result(Manipulation.reshape(inv, a.shape().dims())));
    }
    if (returnCounts) {
      out.add(p.result(Indexing.take(u.counts(), order, 0)));
    }
    return out;
  }

  /** Returns the slices of a along axis where condition is true, flattened when null (compress). */
  public static Array compress(DTypePolicy p, Object condition, Object a, Integer axis) {
    Array x = flatIfNull(p.array(a), axis);
    return Indexing.take(x, flatnonzero(p, condition), axis == null ? 0 : axis);
  }

  /** Returns the elements of the flattened arr where condition is true (extract). */
  public static Array extract(DTypePolicy p, Object condition, Object arr) {
    return compress(p, condition, arr, null);
  }
}
