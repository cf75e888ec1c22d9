package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Shared argument handling and array helpers of the sliding-window functions (convolution, pooling,
 * resizing): data formats, per-dimension tuples, padding specs, constant padding, zero insertion.
 * Everything here is written with core functions only.
 */
final class Windows {
  private Windows() {}

  /** A resolved padding spec: a mode ("SAME", "VALID") or null, or explicit per-dimension pads. */
  record Padding(String mode, long[] lo, long[] hi, boolean symmetric) {
    boolean isSame() {
      return "SAME".equals(mode);
    }

    boolean isExplicit() {
      return mode == null;
    }
  }

  /**
   * Returns whether {@code dataFormat} puts channels first: "NCW"/"NCHW"/"NCDHW" or "channel_first"
   * do, "NWC"/"NHWC"/"NDHWC" or "channel_last" do not.
   */
  static boolean channelFirst(String fn, String dataFormat, int dims) {
    String[] last = {"NWC", "NHWC", "NDHWC"};
    String[] first = {"NCW", "NCHW", "NCDHW"};
    String f = dataFormat == null ? "" : dataFormat;
    if (f.equals("channel_last") || (dims >= 1 && dims <= 3 && f.equals(last[dims - 1]))) {
      return false;
    }
    if (f.equals("channel_first") || (dims >= 1 && dims <= 3 && f.equals(first[dims - 1]))) {
      return true;
    }
    String expected =
        dims >= 1 && dims <= 3 ? "'" + last[dims - 1] + "', '" + first[dims - 1] + "', " : "";
    Checks.check(
        false,
        fn,
        "data_format must be %s'channel_last' or 'channel_first'; got '%s'",
        expected,
        dataFormat);
    return false;
  }

  /** Returns whether {@code filterFormat} is "channel_first" (torch layout) or "channel_last". */
  static boolean filterChannelFirst(String fn, String filterFormat) {
    Checks.check(
        "channel_first".equals(filterFormat) || "channel_last".equals(filterFormat),
        fn,
        "filter_format must be 'channel_first' or 'channel_last'; got '%s'",
        filterFormat);
    return "channel_first".equals(filterFormat);
  }

  /**
   * Returns a per-spatial-dimension tuple from one value (repeated), {@code dims} values, or {@code
   * dims + 2} values whose batch and channel entries must be 1 (the TensorFlow form {@code [1, s,
   * s, 1]}).
   */
  static long[] tuple(
      String fn, String arg, long[] v, int dims, boolean channelFirst, long min, long dflt) {
    if (v == null || v.length == 0) {
      long[] r = new long[dims];
      Arrays.fill(r, dflt);
      return r;
    }
    long[] r;
    if (v.length == 1) {
      r = new long[dims];
      Arrays.fill(r, v[0]);
    } else if (v.length == dims) {
      r = v.clone();
    } else if (v.length == dims + 2) {
      int c = channelFirst ? 1 : dims + 1;
      Checks.check(
          v[0] == 1 && v[c] == 1,
          fn,
          "%s with %s entries must be 1 on the batch and channel dimensions; got %s",
          arg,
          dims + 2,
          Arrays.toString(v));
      r = new long[dims];
      System.arraycopy(v, channelFirst ? 2 : 1, r, 0, dims);
    } else {
      Checks.check(
          false,
          fn,
          "%s must be one integer or %s integers; got %s",
          arg,
          dims,
          Arrays.toString(v));
      return null;
    }
    for (long e : r) {
      Checks.check(e >= min, fn, "%s must be >= %s; got %s", arg, min, Arrays.toString(v));
    }
    return r;
  }

  /**
   * Returns the padding spec: {@link dev.ivy.Padding}, "SAME" or "VALID" (any case), an integer
   * (both sides of every spatial dimension), {@code dims} integers (both sides of each), or {@code
   * dims} (low, high) pairs given as {@code long[][]}, {@code int[][]} or a list of lists. A flat
   * list of {@code 2 * dims} integers is read as (low, high) pairs.
   */
  static Padding padding(String fn, Object padding, int dims) {
    String expected =
        "'SAME', 'VALID', an integer, "
            + dims
            + " integers or "
            + dims
            + " (low, high) pairs of integers";
    if (padding instanceof dev.ivy.Padding p) {
      return new Padding(p.name(), new long[dims], new long[dims], true);
    }
    if (padding instanceof String s) {
      String u = s.toUpperCase(Locale.ROOT);
      Checks.check(
          u.equals("SAME") || u.equals("VALID"), fn, "padding must be %s; got '%s'", expected, s);
      return new Padding(u, new long[dims], new long[dims], true);
    }
    long[] lo = new long[dims];
    long[] hi = new long[dims];
    if (padding instanceof Number n && isIntegral(n)) {
      Arrays.fill(lo, n.longValue());
      Arrays.fill(hi, n.longValue());
      return checked(fn, new Padding(null, lo, hi, true), padding);
    }
    List<Object> items = asList(padding);
    Checks.check(items != null, fn, "padding must be %s; got %s", expected, show(padding));
    boolean pairs = !items.isEmpty() && asList(items.get(0)) != null;
    if (pairs) {
      Checks.check(items.size() == dims, fn, "padding must be %s; got %s", expected, show(padding));
      for (int i = 0; i < dims; i++) {
        List<Object> p = asList(items.get(i));
        Checks.check(
            p != null && p.size() == 2 && isIntegral(p.get(0)) && isIntegral(p.get(1)),
            fn,
            "padding must be %s; got %s",
            expected,
            show(padding));
        lo[i] = ((Number) p.get(0)).longValue();
        hi[i] = ((Number) p.get(1)).longValue();
      }
      return checked(fn, new Padding(null, lo, hi, false), padding);
    }
    for (Object o : items) {
      Checks.check(isIntegral(o), fn, "padding must be %s; got %s", expected, show(padding));
    }
    if (items.size() == 1 || items.size() == dims) {
      for (int i = 0; i < dims; i++) {
        lo[i] = ((Number) items.get(items.size() == 1 ? 0 : i)).longValue();
        hi[i] = lo[i];
      }
      return checked(fn, new Padding(null, lo, hi, true), padding);
    }
    Checks.check(
        items.size() == 2 * dims, fn, "padding must be %s; got %s", expected, show(padding));
    for (int i = 0; i < dims; i++) {
      lo[i] = ((Number) items.get(2 * i)).longValue();
      hi[i] = ((Number) items.get(2 * i + 1)).longValue();
    }
    return checked(fn, new Padding(null, lo, hi, false), padding);
  }

  private static Padding checked(String fn, Padding p, Object original) {
    for (int i = 0; i < p.lo().length; i++) {
      Checks.check(
          p.lo()[i] >= 0 && p.hi()[i] >= 0, fn, "padding must be >= 0; got %s", show(original));
    }
    return p;
  }

  private static boolean isIntegral(Object o) {
    return o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object o) {
    if (o instanceof List<?> l) {
      return (List<Object>) l;
    }
    if (o instanceof long[] a) {
      List<Object> r = new ArrayList<>();
      for (long v : a) {
        r.add(v);
      }
      return r;
    }
    if (o instanceof int[] a) {
      List<Object> r = new ArrayList<>();
      for (int v : a) {
        r.add((long) v);
      }
      return r;
    }
    if (o instanceof Object[] a) {
      return Arrays.asList(a);
    }
    return null;
  }

  static String show(Object o) {
    if (o instanceof long[] a) {
      return Arrays.toString(a);
    }
    if (o instanceof int[] a) {
      return Arrays.toString(a);
    }
    if (o instanceof Object[] a) {
      return Arrays.deepToString(a);
    }
    if (o instanceof String s) {
      return "'" + s + "'";
    }
    return String.valueOf(o);
  }

  /**
   * Returns TensorFlow's "SAME" padding {low, high} for one dimension: the output has ceil(n / s)
   * elements and the extra element of an odd total goes after.
   */
  static long[] samePads(long n, long kEff, long s) {
    long out = (n + s - 1) / s;
    long total = Math.max((out - 1) * s + kEff - n, 0);
    return new long[] {total / 2, total - total / 2};
  }

  /** Returns {@code x} moved from channel-last to channel-first (N, C, spatial...) layout. */
  static Array toChannelFirst(Array x) {
    int r = x.rank();
    int[] p = new int[r];
    p[0] = 0;
    p[1] = r - 1;
    for (int i = 2; i < r; i++) {
      p[i] = i - 1;
    }
    return Manipulation.permuteDims(x, p);
  }

  /** Returns {@code x} moved from channel-first back to channel-last layout. */
  static Array toChannelLast(Array x) {
    int r = x.rank();
    int[] p = new int[r];
    p[0] = 0;
    for (int i = 1; i < r - 1; i++) {
      p[i] = i + 1;
    }
    p[r - 1] = 1;
    return Manipulation.permuteDims(x, p);
  }

  /**
   * Returns {@code x} padded along {@code axis} with {@code lo} and {@code hi} copies of {@code
   * value}; a negative amount crops that many elements instead.
   */
  static Array pad(Array x, int axis, long lo, long hi, Object value) {
    long n = x.shape().dim(axis);
    long start = Math.max(-lo, 0);
    long stop = n - Math.max(-hi, 0);
    Array r = x;
    if (start > 0 || stop < n) {
      r = Manipulation.sliceAxis(x, axis, start, Math.max(stop, start), 1);
    }
    List<Array> parts = new ArrayList<>();
    if (lo > 0) {
      parts.add(block(r, axis, lo, value));
    }
    parts.add(r);
    if (hi > 0) {
      parts.add(block(r, axis, hi, value));
    }
    if (parts.size() == 1) {
      return r;
    }
    return Dispatcher.bind(Prim.CONCAT, new Params.Axis(axis), parts.toArray(new Array[0]));
  }

  private static Array block(Array like, int axis, long len, Object value) {
    long[] d = like.shape().dims();
    d[axis] = len;
    return Creation.onBackend(like, () -> Creation.full(Shape.of(d), value, like.dtype()));
  }

  /**
   * Returns {@code x} with {@code factor - 1} zeros inserted between neighbouring elements along
   * {@code axis} (length n becomes (n - 1) * factor + 1): the input dilation of a transposed
   * convolution.
   */
  static Array dilate(Array x, int axis, long factor) {
    long n = x.shape().dim(axis);
    if (factor == 1 || n == 0) {
      return x;
    }
    Array e = Manipulation.expandDims(x, axis + 1);
    long[] zd = e.shape().dims();
    zd[axis + 1] = factor - 1;
    Array z = Creation.onBackend(x, () -> Creation.zeros(Shape.of(zd), x.dtype()));
    Array inter = Dispatcher.bind(Prim.CONCAT, new Params.Axis(axis + 1), e, z);
    long[] flat = x.shape().dims();
    flat[axis] = n * factor;
    Array f = Manipulation.reshape(inter, Shape.of(flat));
    return Manipulation.sliceAxis(f, axis, 0, (n - 1) * factor + 1, 1);
  }

  /** Returns {@code x[start : start + (count - 1) * step + 1 : step]} along {@code axis}. */
  static Array window(Array x, int axis, long start, long count, long step) {
    return Manipulation.sliceAxis(
        x, axis, start, start + (count - 1) * step + 1, step(count, step));
  }

  /**
   * Returns the slice step for {@code count} elements: 1 when there is one element, where the step
   * does not matter (and ND4J rejects a step reaching past the end of the axis).
   */
  static long step(long count, long step) {
    return count <= 1 ? 1 : step;
  }

  /** Returns the smallest value of {@code dt} (minus infinity for floats), the max-pool pad. */
  static Object lowest(DType dt) {
    switch (dt) {
      case BOOL:
        return false;
      case INT8:
        return (long) Byte.MIN_VALUE;
      case INT16:
        return (long) Short.MIN_VALUE;
      case INT32:
        return (long) Integer.MIN_VALUE;
      case INT64:
        return Long.MIN_VALUE;
      case UINT8:
        return 0L;
      default:
        return Double.NEGATIVE_INFINITY;
    }
  }

  /**
   * Returns a constant array of {@code dt} holding {@code data} with {@code shape}, on x's backend.
   */
  static Array constant(Array like, double[] data, DType dt, long... shape) {
    return Creation.onBackend(like, () -> dev.ivy.Ivy.array(data, dt, shape));
  }

  /** Returns a constant int64 array holding {@code data} with {@code shape}, on x's backend. */
  static Array indices(Array like, long[] data, long... shape) {
    return Creation.onBackend(like, () -> dev.ivy.Ivy.array(data, DType.INT64, shape));
  }

  /** Returns the elements of {@code x} at in-range int64 {@code idx} along {@code axis}. */
  static Array take(Array x, Array idx, int axis) {
    return Dispatcher.bind(Prim.TAKE, new Params.Axis(axis), x, idx);
  }
}
