package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.rules.Broadcasting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * General indexing with NumPy's basic and advanced semantics: {@link #get} reads {@code x[index]},
 * {@link #set} returns a copy of {@code x} with {@code x[index] = value} applied.
 *
 * <p>An index is a sequence of items, each one of:
 *
 * <ul>
 *   <li>an integer ({@link Long}, {@link Integer}...): picks one position and drops the axis;
 *       negative values count from the end;
 *   <li>an {@link Index.Slice} (or a string such as {@code "1:3"}, {@code "::-1"}, parsed by {@link
 *       Index#parse}): Python slice semantics, including a negative step;
 *   <li>{@link Index#ELLIPSIS} ({@code "..."}): full slices for the axes not otherwise indexed;
 *   <li>{@link Index#NEW_AXIS} ({@code null} or {@code "None"}): a new axis of size 1;
 *   <li>an integer {@link Array} (or a Java {@code List}, {@code long[]} or {@code int[]} of
 *       integers): advanced indexing along one axis; several integer arrays broadcast together;
 *   <li>a bool {@link Array} (or a {@code List} of booleans, {@code boolean[]}, {@link Boolean}): a
 *       mask over as many axes as its rank, whose shape must equal theirs.
 * </ul>
 */
public final class Indexer {
  private Indexer() {}

  // ------------------------------------------------------------------ normalisation

  /** Returns the index items with conversions applied and the ellipsis expanded. */
  private static List<Object> normalize(String fn, Array x, Object[] index) {
    Object[] items = index == null ? new Object[] {Index.NEW_AXIS} : index;
    List<Object> r = new ArrayList<>();
    int consumed = 0;
    int ellipsis = -1;
    for (int i = 0; i < items.length; i++) {
      Object o = convert(fn, x, items[i], i);
      if (o == Index.ELLIPSIS) {
        Checks.check(
            ellipsis < 0, fn, "index may hold at most one ellipsis ('...'); got two at %s", i);
        ellipsis = r.size();
      } else if (o instanceof Array a && a.dtype().isBool()) {
        consumed += a.rank();
      } else if (o != Index.NEW_AXIS) {
        consumed++;
      }
      r.add(o);
    }
    Checks.check(
        consumed <= x.rank(),
        fn,
        "index must address at most the %s axes of x (shape %s); got %s indexed axes",
        x.rank(),
        x.shape(),
        consumed);
    List<Object> full = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      if (i == ellipsis) {
        for (int j = 0; j < x.rank() - consumed; j++) {
          full.add(Index.Slice.all());
        }
        if (x.rank() == consumed) {
          // an empty ellipsis still separates advanced indices, as in NumPy
          full.add(Index.ELLIPSIS);
        }
      } else {
        full.add(r.get(i));
      }
    }
    if (ellipsis < 0) {
      for (int j = 0; j < x.rank() - consumed; j++) {
        full.add(Index.Slice.all());
      }
    }
    return full;
  }

  /** Returns one index item as a Long, Index.Slice, Index.Marker or an int64 / bool Array. */
  private static Object convert(String fn, Array x, Object o, int pos) {
    if (o == null || o == Index.NEW_AXIS) {
      return Index.NEW_AXIS;
    }
    if (o == Index.ELLIPSIS || o instanceof Index.Slice) {
      return o;
    }
    if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
      return ((Number) o).longValue();
    }
    if (o instanceof String s) {
      Object p = Index.parse(fn, s);
      return p instanceof Index.Marker || p instanceof Index.Slice ? p : (Long) p;
    }
    if (o instanceof Boolean b) {
      return Creation.onBackend(x, () -> Ivy.array(new boolean[] {b}));
    }
    if (o instanceof List<?> l && l.isEmpty()) {
      return Sets.int64(x, new long[0]);
    }
    if (o instanceof List || o instanceof long[] || o instanceof int[] || o instanceof boolean[]) {
      Array a = Creation.onBackend(x, () -> dev.ivy.ops.Conversion.asarray(o, null));
      return checkArray(fn, a, pos);
    }
    if (o instanceof Array a) {
      Checks.check(
          a.backend() == x.backend(),
          fn,
          "index array %s must be on x's backend %s; got %s (use Ivy.toBackend)",
          pos,
          x.backendName(),
          a.backendName());
      return checkArray(fn, a, pos);
    }
    throw new IvyArgumentException(
        fn
            + ": index items must be integers, slices, '...', None, or integer or boolean arrays;"
            + " got "
            + o
            + " ("
            + o.getClass().getSimpleName()
            + ") at "
            + pos);
  }

  private static Array checkArray(String fn, Array a, int pos) {
    Checks.check(
        a.dtype().isInteger() || a.dtype().isBool(),
        fn,
        "index arrays must have an integer or bool dtype; got %s at %s",
        a.dtype(),
        pos);
    return a.dtype().isBool() ? a : Manipulation.astype(a, DType.INT64);
  }

  private static boolean isMask(Object o) {
    return o instanceof Array a && a.dtype().isBool();
  }

  private static long checkInt(String fn, long i, int axis, long n) {
    Checks.check(
        i >= -n && i < n,
        fn,
        "index for axis %s (size %s) must be in [%s, %s); got %s",
        axis,
        n,
        -n,
        n,
        i);
    return i < 0 ? i + n : i;
  }

  private static void checkMask(String fn, Array m, long[] dims, int axis, Shape xs) {
    long[] want = Arrays.copyOfRange(dims, axis, axis + m.rank());
    Checks.check(
        Arrays.equals(m.shape().dims(), want),
        fn,
        "boolean index of shape %s must match the indexed axes %s of x (shape %s); got %s",
        m.shape(),
        Shape.of(want),
        xs,
        m.shape());
  }

  // ------------------------------------------------------------------ get

  /**
   * Returns {@code x[index]} with NumPy's semantics (see the class comment for the index items).
   *
   * <p>Basic indexing (integers, slices, {@code ...}, new axes) keeps the order of the axes and
   * drops integer-indexed ones; a negative step reverses. When the index holds an integer or bool
   * array, every array and every integer is an advanced index: they broadcast together (bool masks
   * turn into their {@code nonzero} coordinates, which reads the mask back: eager only) and the
   * broadcast shape replaces the indexed axes where they sit when they are adjacent, or comes first
   * when they are separated by a slice, {@code ...} or new axis. The result has {@code x}'s dtype.
   *
   * <pre>{@code
   * x = arange(24).reshape(2, 3, 4)
   * get(x, 1, "::-1", -1)          // [23, 19, 15]
   * get(x, 0, Slice.all(), [0, 1]) // shape (2, 3): the advanced axes come first
   * get(x, x > 20)                 // [21, 22, 23]
   * }</pre>
   *
   * @throws IvyArgumentException for an out-of-range integer or integer-array element, a zero slice
   *     step, more indices than axes, two ellipses, a mask whose shape differs from the axes it
   *     indexes, integer arrays that do not broadcast, or an item of another kind
   */
  public static Array get(Array x, Object... index) {
    String fn = "get_item";
    List<Object> items = normalize(fn, x, index);
    boolean advanced = false;
    for (Object o : items) {
      advanced |= o instanceof Array;
    }
    // one item per axis of x' (x with the new axes inserted); masks become coordinate arrays
    long[] xd = x.shape().dims();
    List<Long> dims = new ArrayList<>();
    List<Object> per = new ArrayList<>();
    List<Integer> itemOf = new ArrayList<>();
    int ax = 0;
    for (int i = 0; i < items.size(); i++) {
      Object o = items.get(i);
      if (o == Index.ELLIPSIS) {
        continue;
      }
      if (o == Index.NEW_AXIS) {
        dims.add(1L);
        per.add(Index.Slice.all());
        itemOf.add(i);
      } else if (isMask(o)) {
        Array m = (Array) o;
        if (m.rank() == 0) {
          boolean b = m.toBooleanArray()[0];
          dims.add(1L);
          per.add(Sets.int64(x, b ? new long[] {0} : new long[0]));
          itemOf.add(i);
        } else {
          checkMask(fn, m, xd, ax, x.shape());
          for (Array c : Searching.nonzero(m)) {
            dims.add(xd[ax++]);
            per.add(c);
            itemOf.add(i);
          }
        }
      } else {
        long n = xd[ax];
        if (o instanceof Long l) {
          long v = checkInt(fn, l, ax, n);
          per.add(
              advanced
                  ? Manipulation.reshape(Sets.int64(x, new long[] {v}), Shape.scalar())
                  : (Object) v);
        } else {
          per.add(o);
        }
        dims.add(n);
        itemOf.add(i);
        ax++;
      }
    }
    int r = dims.size();
    long[] d = new long[r];
    for (int i = 0; i < r; i++) {
      d[i] = dims.get(i);
    }
    Array y = Manipulation.reshape(x, Shape.of(d));

    // slices (positive steps), then flips, and basic integers as one-wide slices
    long[] start = new long[r];
    long[] stop = d.clone();
    long[] step = new long[r];
    Arrays.fill(step, 1);
    List<Integer> flips = new ArrayList<>();
    List<Long> kept = new ArrayList<>();
    List<Integer> advAxes = new ArrayList<>();
    for (int i = 0; i < r; i++) {
      Object o = per.get(i);
      if (o instanceof Index.Slice s) {
        long[] res = s.resolve(fn, d[i]);
        long b = res[0];
        long st = res[1];
        long len = res[2];
        if (len == 0) {
          start[i] = 0;
          stop[i] = 0;
        } else if (st > 0) {
          start[i] = b;
          stop[i] = b + (len - 1) * st + 1;
          step[i] = st;
        } else {
          long last = b + (len - 1) * st;
          start[i] = last;
          stop[i] = b + 1;
          step[i] = -st;
          if (len > 1) {
            flips.add(i);
          }
        }
        kept.add(len);
      } else if (o instanceof Long v) {
        start[i] = v;
        stop[i] = v + 1;
      } else {
        advAxes.add(i);
        kept.add(d[i]);
      }
    }
    List<Array> idx = new ArrayList<>();
    for (int a : advAxes) {
      idx.add(Searching.checkIndices(fn, (Array) per.get(a), d[a], true));
    }
    long[] sliced = new long[r];
    for (int i = 0; i < r; i++) {
      sliced[i] = (stop[i] - start[i] + step[i] - 1) / step[i];
    }
    if (Shape.of(sliced).size() == 0) {
      return empty(x, resultShape(fn, per, sliced, advAxes, itemOf));
    }
    y = Manipulation.slice(y, start, stop, step);
    if (!flips.isEmpty()) {
      y = Manipulation.flip(y, flips.stream().mapToInt(Integer::intValue).toArray());
    }
    if (!advanced) {
      long[] out = kept.stream().mapToLong(Long::longValue).toArray();
      return Manipulation.reshape(y, Shape.of(out));
    }

    // advanced: broadcast the index arrays, gather the advanced axes moved first and merged
    Shape bshape = Shape.scalar();
    for (int a : advAxes) {
      bshape = Broadcasting.broadcast(fn, bshape, ((Array) per.get(a)).shape());
    }
    int[] perm = new int[r];
    int p = 0;
    for (int a : advAxes) {
      perm[p++] = a;
    }
    List<Long> restDims = new ArrayList<>();
    for (int i = 0; i < r; i++) {
      if (!advAxes.contains(i)) {
        perm[p++] = i;
        restDims.add(y.shape().dim(i));
      }
    }
    long merged = 1;
    for (int a : advAxes) {
      merged *= d[a];
    }
    long[] md = new long[1 + restDims.size()];
    md[0] = merged;
    for (int i = 0; i < restDims.size(); i++) {
      md[i + 1] = restDims.get(i);
    }
    long[] out = resultShape(fn, per, sliced, advAxes, itemOf);
    if (Shape.of(out).size() == 0) {
      return empty(x, out);
    }
    Array lin = null;
    long stride = 1;
    for (int j = advAxes.size() - 1; j >= 0; j--) {
      Array term = Elementwise.multiply(idx.get(j), stride);
      lin = lin == null ? term : Elementwise.add(lin, term);
      stride *= d[advAxes.get(j)];
    }
    lin = Manipulation.broadcastTo(lin, bshape);
    Array g =
        Dispatcher.bind(
            Prim.TAKE,
            new Params.Axis(0),
            Manipulation.reshape(Manipulation.permuteDims(y, perm), Shape.of(md)),
            lin);
    int first = advAxes.get(0);
    if (adjacent(advAxes, itemOf) && first > 0) {
      int nb = bshape.rank();
      int[] mv = new int[g.rank()];
      int q = 0;
      for (int i = 0; i < first; i++) {
        mv[q++] = nb + i;
      }
      for (int i = 0; i < nb; i++) {
        mv[q++] = i;
      }
      for (int i = nb + first; i < g.rank(); i++) {
        mv[q++] = i;
      }
      g = Manipulation.permuteDims(g, mv);
    }
    return Manipulation.reshape(g, Shape.of(out));
  }

  /** Returns whether the advanced axes come from consecutive index items (NumPy's rule). */
  private static boolean adjacent(List<Integer> advAxes, List<Integer> itemOf) {
    List<Integer> items = new ArrayList<>();
    for (int a : advAxes) {
      if (!items.contains(itemOf.get(a))) {
        items.add(itemOf.get(a));
      }
    }
    return consecutive(items);
  }

  /** Returns whether the sorted item positions have no gap. */
  private static boolean consecutive(List<Integer> items) {
    return items.get(items.size() - 1) - items.get(0) + 1 == items.size();
  }

  /** Returns the shape of {@code x[index]} from the per-axis items and the sliced sizes. */
  private static long[] resultShape(
      String fn, List<Object> per, long[] sliced, List<Integer> advAxes, List<Integer> itemOf) {
    Shape b = Shape.scalar();
    for (int a : advAxes) {
      b = Broadcasting.broadcast(fn, b, ((Array) per.get(a)).shape());
    }
    List<Long> out = new ArrayList<>();
    boolean placed = false;
    boolean front = !advAxes.isEmpty() && !adjacent(advAxes, itemOf);
    if (front) {
      for (long v : b.dims()) {
        out.add(v);
      }
      placed = true;
    }
    for (int i = 0; i < per.size(); i++) {
      Object o = per.get(i);
      if (o instanceof Index.Slice) {
        out.add(sliced[i]);
      } else if (o instanceof Array && !placed) {
        for (long v : b.dims()) {
          out.add(v);
        }
        placed = true;
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  private static Array empty(Array x, long[] shape) {
    return Creation.onBackend(x, () -> Creation.zeros(Shape.of(shape), x.dtype()));
  }

  // ------------------------------------------------------------------ set

  /**
   * Returns a new array equal to {@code x} except that {@code x[index]} is replaced by {@code
   * value}, as NumPy's {@code x[index] = value} on a copy (JAX's {@code x.at[index].set(value)}).
   *
   * <p>The index may hold integers, slices (negative steps too), {@code ...}, new axes and at most
   * one bool mask (with integers, a mask follows NumPy's placement of advanced indices). The value
   * (an array, a number, a boolean or a nested list) is cast to {@code x}'s dtype and must
   * broadcast to the shape of {@code x[index]} (leading axes of size 1 are dropped first, as NumPy
   * does); elements are placed in the order {@code x[index]} reads them.
   *
   * <p>A bool mask is read back to the host to count its elements (eager only). The update is a
   * {@code where} over a bool mask of {@code x}'s shape built axis by axis, with the value gathered
   * at computed positions. An index of integer arrays (and integers) only is NumPy's advanced
   * assignment, done with {@link Scatter#setAt} (the last of repeated positions wins); integer
   * arrays mixed with slices, ellipses, new axes or masks are refused for now.
   *
   * <pre>{@code
   * set([0, 1, 2, 3, 4], {"::2"}, -1) == [-1, 1, -1, 3, -1]
   * set([[1, 2], [3, 4]], {mask > 2}, 0) == [[1, 2], [0, 0]]
   * }</pre>
   *
   * @throws IvyArgumentException for integer arrays mixed with slices, more than one bool mask, a
   *     value that does not broadcast, or any index error of {@link #get}
   */
  public static Array set(Array x, Object[] index, Object value) {
    String fn = "set_item";
    List<Object> items = normalize(fn, x, index == null ? new Object[] {null} : index);
    Array[] advanced =
        integerArrayIndex(x, index == null ? List.of() : java.util.Arrays.asList(index));
    if (advanced != null) {
      Array v = value instanceof Array a ? a : Conversion.asarray(value, x.dtype());
      return Scatter.setAt(x, advanced, Manipulation.astype(v, x.dtype()));
    }
    int masks = 0;
    for (int i = 0; i < items.size(); i++) {
      Object o = items.get(i);
      if (o instanceof Array a && !a.dtype().isBool()) {
        throw new IvyArgumentException(
            fn
                + ": integer-array indices can be combined only with integers here, not with"
                + " slices, ellipses, new axes or masks; got an "
                + a.dtype()
                + " array of shape "
                + a.shape()
                + " at "
                + i);
      }
      masks += isMask(o) ? 1 : 0;
    }
    Checks.check(masks <= 1, fn, "index may hold at most one boolean mask; got %s", masks);
    long[] xd = x.shape().dims();
    int rank = xd.length;

    // per index item: selection on x's axes and the result axis it feeds (with its coordinate)
    List<Long> resDims = new ArrayList<>();
    List<Array> resCoord = new ArrayList<>();
    List<Integer> advPos = new ArrayList<>();
    int maskRes = -1;
    Array sel = null;
    int ax = 0;
    for (int i = 0; i < items.size(); i++) {
      Object o = items.get(i);
      if (o == Index.ELLIPSIS) {
        continue;
      }
      if (o == Index.NEW_AXIS) {
        resDims.add(1L);
        resCoord.add(null);
      } else if (o instanceof Long l) {
        long n = xd[ax];
        long v = checkInt(fn, l, ax, n);
        boolean[] s = new boolean[(int) n];
        s[(int) v] = true;
        sel = and(sel, onAxis(x, Creation.onBackend(x, () -> Ivy.array(s, n)), ax, rank));
        if (masks > 0) {
          advPos.add(i);
        }
        ax++;
      } else if (o instanceof Index.Slice sl) {
        long n = xd[ax];
        long[] res = sl.resolve(fn, n);
        boolean[] s = new boolean[(int) n];
        long[] k = new long[(int) n];
        for (long t = 0; t < res[2]; t++) {
          int pos = (int) (res[0] + t * res[1]);
          s[pos] = true;
          k[pos] = t;
        }
        if (res[2] < n) {
          sel = and(sel, onAxis(x, Creation.onBackend(x, () -> Ivy.array(s, n)), ax, rank));
        }
        resDims.add(res[2]);
        resCoord.add(onAxis(x, Sets.int64(x, k), ax, rank));
        ax++;
      } else {
        Array m = (Array) o;
        advPos.add(i);
        maskRes = resDims.size();
        if (m.rank() == 0) {
          boolean b = m.toBooleanArray()[0];
          resDims.add(b ? 1L : 0L);
          resCoord.add(null);
        } else {
          checkMask(fn, m, xd, ax, x.shape());
          long count = Reductions.sum(m, null, false, DType.INT64).itemLong();
          Array flat = Manipulation.reshape(m, Shape.of(m.size()));
          Array rankOf =
              Elementwise.subtract(
                  Cumulative.cumulativeSum(
                      Manipulation.astype(flat, DType.INT64), 0, DType.INT64, false),
                  1L);
          rankOf = Elementwise.maximum(rankOf, 0L);
          Array k = Manipulation.reshape(rankOf, m.shape());
          long[] at = new long[rank];
          Arrays.fill(at, 1);
          System.arraycopy(xd, ax, at, ax, m.rank());
          sel = and(sel, Manipulation.reshape(m, Shape.of(at)));
          resDims.add(count);
          resCoord.add(Manipulation.reshape(k, Shape.of(at)));
          ax += m.rank();
        }
      }
    }
    // NumPy puts a mask's axis first when integers separate it from the other advanced items
    if (maskRes > 0 && !consecutive(advPos)) {
      resDims.add(0, resDims.remove(maskRes));
      resCoord.add(0, resCoord.remove(maskRes));
    }
    long[] rd = resDims.stream().mapToLong(Long::longValue).toArray();
    Shape rs = Shape.of(rd);

    Array v = valueArray(fn, x, value);
    while (v.rank() > rs.rank() && v.shape().dim(0) == 1) {
      v = Manipulation.reshape(v, Shape.of(Arrays.copyOfRange(v.shape().dims(), 1, v.rank())));
    }
    Checks.check(
        Broadcasting.broadcastsTo(v.shape(), rs),
        fn,
        "value of shape %s must broadcast to the indexed shape %s",
        v.shape(),
        rs);
    if (rs.size() == 0) {
      return x;
    }
    Array placed;
    if (v.size() == 1) {
      placed = Manipulation.reshape(v, Shape.scalar());
    } else {
      Array src = null;
      long stride = 1;
      for (int j = rd.length - 1; j >= 0; j--) {
        Array c = resCoord.get(j);
        if (c != null && rd[j] > 1) {
          Array term = Elementwise.multiply(c, stride);
          src = src == null ? term : Elementwise.add(src, term);
        }
        stride *= rd[j];
      }
      Array flat = Manipulation.reshape(Manipulation.broadcastTo(v, rs), Shape.of(rs.size()));
      src = src == null ? Sets.int64(x, new long[] {0}) : src;
      src = Manipulation.reshape(src, padRank(src, rank));
      placed = Dispatcher.bind(Prim.TAKE, new Params.Axis(0), flat, src);
    }
    if (sel == null) {
      return Manipulation.broadcastTo(placed, x.shape());
    }
    return Elementwise.where(sel, placed, x);
  }

  /**
   * Returns the index as one integer array per leading axis when it holds only integers and integer
   * arrays, at least one of them an array (NumPy advanced assignment); else null.
   */
  private static Array[] integerArrayIndex(Array x, List<Object> items) {
    boolean anyArray = false;
    Array[] r = new Array[items.size()];
    for (int i = 0; i < r.length; i++) {
      Object o = items.get(i);
      if (o instanceof List<?> l && !l.isEmpty()) {
        o = Creation.onBackend(x, () -> Conversion.asarray(l, null));
      }
      if (o instanceof Array a && a.dtype().isInteger()) {
        anyArray = true;
        r[i] = a;
      } else if (o instanceof Long || o instanceof Integer) {
        Object v = o;
        r[i] = Creation.onBackend(x, () -> Creation.full(dev.ivy.Shape.scalar(), v, DType.INT64));
      } else {
        return null;
      }
    }
    return anyArray && r.length <= x.rank() ? r : null;
  }

  private static Shape padRank(Array a, int rank) {
    if (a.rank() == rank) {
      return a.shape();
    }
    long[] d = new long[rank];
    Arrays.fill(d, 1);
    return Shape.of(d);
  }

  private static Array valueArray(String fn, Array x, Object value) {
    Array v;
    if (value instanceof Array a) {
      Checks.check(
          a.backend() == x.backend(),
          fn,
          "value must be on x's backend %s; got %s (use Ivy.toBackend)",
          x.backendName(),
          a.backendName());
      v = a;
    } else if (value instanceof Number
        || value instanceof Boolean
        || value instanceof List
        || (value != null && value.getClass().isArray())) {
      v = Creation.onBackend(x, () -> dev.ivy.ops.Conversion.asarray(value, null));
    } else {
      throw new IvyArgumentException(
          fn
              + ": value must be an array, a number, a boolean or a nested list; got "
              + (value == null ? "null" : value.getClass().getSimpleName()));
    }
    return Manipulation.astype(v, x.dtype());
  }

  /** Returns a 1-d array shaped to sit on axis {@code at} of an array of rank {@code rank}. */
  private static Array onAxis(Array like, Array a, int at, int rank) {
    long[] s = new long[rank];
    Arrays.fill(s, 1);
    s[at] = a.size();
    return Manipulation.reshape(a, Shape.of(s));
  }

  private static Array and(Array a, Array b) {
    return a == null ? b : Elementwise.logicalAnd(a, b);
  }

  /**
   * Returns a query as index items: a list or a Java array is a tuple of items, anything else one
   * item.
   */
  public static Object[] items(Object query) {
    if (query instanceof List<?> l) {
      return l.toArray();
    }
    if (query instanceof Object[] o) {
      return o.clone();
    }
    return new Object[] {query};
  }
}
