package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Indexer;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Scatter;
import dev.ivy.ops.Searching;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PyTorch's shape functions: {@code view}/{@code reshape} with one inferred {@code -1}, {@code
 * squeeze} that ignores non-unit dimensions, {@code split} by chunk size, {@code chunk}, {@code
 * tensor_split}, {@code narrow}, {@code select}, {@code expand} with {@code -1} keeping a size, and
 * the dim-based gathers and scatters.
 */
final class TorchShapes {
  private TorchShapes() {}

  static int dim(String fn, int d, int rank) {
    return Checks.axis(fn, "dim", d, Math.max(rank, 1));
  }

  /** Returns {@code x} reshaped; one {@code -1} is inferred. */
  static Array reshape(Array x, long[] shape) {
    return Manipulation.reshape(x, shape);
  }

  static Array flatten(Array x, int startDim, int endDim) {
    if (x.rank() == 0) {
      return Manipulation.reshape(x, 1);
    }
    int s = dim("flatten", startDim, x.rank());
    int e = dim("flatten", endDim, x.rank());
    if (s > e) {
      throw new IvyArgumentException(
          "flatten: start_dim must not come after end_dim; got " + startDim + " and " + endDim);
    }
    long[] d = x.shape().dims();
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < s; i++) {
      out.add(d[i]);
    }
    long p = 1;
    for (int i = s; i <= e; i++) {
      p *= d[i];
    }
    out.add(p);
    for (int i = e + 1; i < d.length; i++) {
      out.add(d[i]);
    }
    return Manipulation.reshape(x, out.stream().mapToLong(Long::longValue).toArray());
  }

  static Array unflatten(Array x, int dim, long[] sizes) {
    int d = dim("unflatten", dim, x.rank());
    long[] s = x.shape().dims();
    long[] out = new long[s.length - 1 + sizes.length];
    System.arraycopy(s, 0, out, 0, d);
    long known = 1;
    int infer = -1;
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] == -1) {
        infer = d + i;
      } else {
        known *= sizes[i];
      }
      out[d + i] = sizes[i];
    }
    if (infer >= 0) {
      out[infer] = known == 0 ? 0 : s[d] / known;
    }
    System.arraycopy(s, d + 1, out, d + sizes.length, s.length - d - 1);
    return Manipulation.reshape(x, out);
  }

  static Array permute(Array x, int[] dims) {
    return Manipulation.permuteDims(x, dims);
  }

  static Array transpose(Array x, int d0, int d1) {
    if (x.rank() == 0) {
      return x;
    }
    return Manipulation.swapaxes(x, dim("transpose", d0, x.rank()), dim("transpose", d1, x.rank()));
  }

  static Array t(Array x) {
    if (x.rank() > 2) {
      throw new IvyArgumentException("t: input must have at most 2 dimensions; got " + x.rank());
    }
    return x.rank() < 2 ? x : Manipulation.swapaxes(x, 0, 1);
  }

  static Array squeeze(Array x, int[] dims) {
    List<Integer> keep = new ArrayList<>();
    if (dims == null) {
      for (int i = 0; i < x.rank(); i++) {
        if (x.shape().dim(i) == 1) {
          keep.add(i);
        }
      }
    } else {
      for (int d : dims) {
        if (x.rank() == 0) {
          dim("squeeze", d, 0);
          continue;
        }
        int a = dim("squeeze", d, x.rank());
        if (x.shape().dim(a) == 1 && !keep.contains(a)) {
          keep.add(a);
        }
      }
    }
    return keep.isEmpty()
        ? x
        : Manipulation.squeeze(x, keep.stream().mapToInt(Integer::intValue).toArray());
  }

  static Array unsqueeze(Array x, int d) {
    int a = Checks.axis("unsqueeze", "dim", d, x.rank() + 1);
    return Manipulation.expandDims(x, a);
  }

  /** Promotes a list of tensors to their torch result type. */
  static List<Array> promoted(List<Array> xs) {
    DType dt = TorchTypes.resultType(xs.toArray());
    List<Array> r = new ArrayList<>();
    for (Array a : xs) {
      r.add(TorchTypes.cast(a, dt));
    }
    return r;
  }

  static Array cat(List<Array> xs, int d) {
    Checks.check(!xs.isEmpty(), "cat", "tensors must be a non-empty sequence; got %s", xs);
    List<Array> p = promoted(xs);
    // torch skips legacy empty 1-d tensors of size 0
    List<Array> keep = new ArrayList<>();
    for (Array a : p) {
      if (!(a.rank() == 1 && a.size() == 0) || p.size() == 1) {
        keep.add(a);
      }
    }
    if (keep.isEmpty()) {
      keep = p;
    }
    return Manipulation.concat(keep, dim("cat", d, keep.get(0).rank()));
  }

  static Array stack(List<Array> xs, int d) {
    Checks.check(!xs.isEmpty(), "stack", "tensors must be a non-empty sequence; got %s", xs);
    List<Array> p = promoted(xs);
    return Manipulation.stack(p, Checks.axis("stack", "dim", d, p.get(0).rank() + 1));
  }

  static Array atleast(Array x, int n) {
    if (x.rank() >= n) {
      return x;
    }
    if (x.rank() == 0) {
      long[] s = new long[n];
      Arrays.fill(s, 1);
      return Manipulation.reshape(x, s);
    }
    if (n == 2 || x.rank() == 2) {
      return x.rank() == 1 && n >= 2
          ? (n == 2
              ? Manipulation.expandDims(x, 0)
              : Manipulation.reshape(x, 1, x.shape().dim(0), 1))
          : Manipulation.expandDims(x, 2);
    }
    return Manipulation.reshape(x, 1, x.shape().dim(0), 1);
  }

  static Array hstack(List<Array> xs) {
    Checks.check(!xs.isEmpty(), "hstack", "tensors must be a non-empty sequence; got %s", xs);
    List<Array> p = new ArrayList<>();
    for (Array a : xs) {
      p.add(atleast(a, 1));
    }
    return cat(p, p.get(0).rank() == 1 ? 0 : 1);
  }

  static Array vstack(List<Array> xs) {
    List<Array> p = new ArrayList<>();
    for (Array a : xs) {
      p.add(atleast(a, 2));
    }
    return cat(p, 0);
  }

  static Array dstack(List<Array> xs) {
    List<Array> p = new ArrayList<>();
    for (Array a : xs) {
      p.add(atleast(a, 3));
    }
    return cat(p, 2);
  }

  static Array columnStack(List<Array> xs) {
    List<Array> p = new ArrayList<>();
    for (Array a : xs) {
      p.add(a.rank() <= 1 ? Manipulation.reshape(a, a.size(), 1) : a);
    }
    return cat(p, 1);
  }

  /** Returns the slice {@code [start, stop)} of {@code x} along {@code d}. */
  static Array narrow(Array x, int d, long start, long stop) {
    long[] s = new long[x.rank()];
    long[] e = x.shape().dims();
    long[] st = new long[x.rank()];
    Arrays.fill(st, 1);
    s[d] = start;
    e[d] = stop;
    return Manipulation.slice(x, s, e, st);
  }

  static Array narrowLength(Array x, int dim, long start, long length) {
    int d = dim("narrow", dim, x.rank());
    long n = x.shape().dim(d);
    long s = start < 0 ? start + n : start;
    if (s < 0 || length < 0 || s + length > n) {
      throw new IvyArgumentException(
          "narrow: start + length must be within the dimension of size "
              + n
              + "; got start "
              + start
              + " and length "
              + length);
    }
    return narrow(x, d, s, s + length);
  }

  static List<Array> splitSizes(Array x, long[] sizes, int dim) {
    int d = dim("split", dim, x.rank());
    long total = 0;
    for (long s : sizes) {
      total += s;
    }
    if (total != x.shape().dim(d)) {
      throw new IvyArgumentException(
          "split: split sizes must sum to the dimension's size "
              + x.shape().dim(d)
              + "; got "
              + Arrays.toString(sizes));
    }
    List<Array> r = new ArrayList<>();
    long at = 0;
    for (long s : sizes) {
      r.add(narrow(x, d, at, at + s));
      at += s;
    }
    return r;
  }

  static List<Array> split(Array x, Object sizeOrSections, int dim) {
    if (sizeOrSections instanceof Number n) {
      int d = dim("split", dim, x.rank());
      long size = n.longValue();
      if (size <= 0) {
        throw new IvyArgumentException("split: split_size must be positive; got " + size);
      }
      long len = x.shape().dim(d);
      List<Long> sizes = new ArrayList<>();
      for (long at = 0; at < len; at += size) {
        sizes.add(Math.min(size, len - at));
      }
      if (sizes.isEmpty()) {
        sizes.add(0L);
      }
      return splitSizes(x, sizes.stream().mapToLong(Long::longValue).toArray(), d);
    }
    return splitSizes(x, longs(sizeOrSections), dim);
  }

  static List<Array> chunk(Array x, long chunks, int dim) {
    if (chunks <= 0) {
      throw new IvyArgumentException("chunk: chunks must be positive; got " + chunks);
    }
    int d = dim("chunk", dim, x.rank());
    long len = x.shape().dim(d);
    long size = (len + chunks - 1) / chunks;
    return split(x, Math.max(size, 1), d);
  }

  static List<Array> tensorSplit(Array x, Object sectionsOrIndices, int dim) {
    int d = dim("tensor_split", dim, x.rank());
    long len = x.shape().dim(d);
    List<Array> r = new ArrayList<>();
    if (sectionsOrIndices instanceof Number n) {
      long k = n.longValue();
      if (k <= 0) {
        throw new IvyArgumentException("tensor_split: sections must be positive; got " + k);
      }
      dev.ivy.ops.Checks.count("tensor_split", "sections", k);
      long at = 0;
      for (long i = 0; i < k; i++) {
        long size = len / k + (i < len % k ? 1 : 0);
        r.add(narrow(x, d, at, at + size));
        at += size;
      }
      return r;
    }
    long prev = 0;
    for (long i : longs(sectionsOrIndices)) {
      long idx = Math.min(Math.max(i < 0 ? i + len : i, prev), len);
      r.add(narrow(x, d, prev, idx));
      prev = idx;
    }
    r.add(narrow(x, d, prev, len));
    return r;
  }

  static List<Array> unbind(Array x, int dim) {
    return Manipulation.unstack(x, dim("unbind", dim, x.rank()));
  }

  static Array select(Array x, int dim, long index) {
    int d = dim("select", dim, x.rank());
    Object[] idx = new Object[d + 1];
    for (int i = 0; i < d; i++) {
      idx[i] = dev.ivy.ops.Index.parse("select", ":");
    }
    idx[d] = index;
    return Indexer.get(x, idx);
  }

  static Array indexSelect(Array x, int dim, Array index) {
    return dev.ivy.ops.Indexing.take(
        x, Manipulation.reshape(index, -1), dim("index_select", dim, x.rank()));
  }

  static Array gather(Array x, int dim, Array index) {
    return Searching.takeAlongAxis(x, index, dim("gather", dim, x.rank()));
  }

  /** Returns the coordinates of every element of {@code index} with {@code index} along dim. */
  private static Array[] scatterCoords(Array index, int d) {
    Array[] coords = new Array[index.rank()];
    for (int i = 0; i < index.rank(); i++) {
      if (i == d) {
        coords[i] = index;
      } else {
        long[] shape = new long[index.rank()];
        Arrays.fill(shape, 1);
        shape[i] = index.shape().dim(i);
        coords[i] =
            Manipulation.broadcastTo(
                Manipulation.reshape(
                    Creation.arange(0L, index.shape().dim(i), 1L, DType.INT64), shape),
                index.shape());
      }
    }
    return coords;
  }

  private static Array srcFor(Array index, Object src, DType dt) {
    if (src instanceof Array s) {
      long[] st = new long[s.rank()];
      long[] step = new long[s.rank()];
      Arrays.fill(step, 1);
      return TorchTypes.cast(Manipulation.slice(s, st, index.shape().dims(), step), dt);
    }
    return Creation.full(index.shape(), src, dt);
  }

  static Array scatter(Array x, int dim, Array index, Object src, ScatterReduce reduce) {
    int d = dim("scatter", dim, x.rank());
    Array[] c = scatterCoords(index, d);
    Array v = srcFor(index, src, x.dtype());
    if (reduce == null) {
      return Scatter.setAt(x, c, v);
    }
    if (reduce == ScatterReduce.ADD) {
      Array idx = Manipulation.stack(flatAll(c), -1);
      return Scatter.scatterNdAdd(x, idx, Manipulation.reshape(v, -1));
    }
    throw new IvyArgumentException(
        "scatter: reduce must be None or 'add' (there is no scatter-multiply); got '"
            + reduce.torchName()
            + "'");
  }

  private static List<Array> flatAll(Array[] c) {
    List<Array> r = new ArrayList<>();
    for (Array a : c) {
      r.add(Manipulation.reshape(a, -1));
    }
    return r;
  }

  static Array maskedFill(Array x, Array mask, Object value) {
    Array v = TorchTypes.as(value instanceof Array a ? a : value, x.dtype());
    return Elementwise.where(mask, v, x);
  }

  /** Returns {@code x} with {@code value} in the slices at {@code index} along {@code dim}. */
  static Array indexFill(Array x, int dim, Array index, Object value) {
    int d = dim("index_fill", dim, x.rank());
    long n = x.shape().dim(d);
    Array positions = Manipulation.expandDims(Creation.arange(0L, n, 1L, DType.INT64), 1);
    Array hit =
        dev.ivy.ops.Reductions.any(
            Elementwise.equal(positions, Manipulation.reshape(index, 1, -1)), new int[] {1}, false);
    long[] shape = new long[x.rank()];
    Arrays.fill(shape, 1);
    shape[d] = n;
    return Elementwise.where(Manipulation.reshape(hit, shape), TorchTypes.as(value, x.dtype()), x);
  }

  static Array maskedSelect(Array x, Array mask) {
    List<Array> b = Manipulation.broadcastArrays(List.of(x, mask));
    return Indexer.get(b.get(0), b.get(1));
  }

  static Array where(Array cond, Object x, Object y) {
    DType dt = TorchTypes.resultType(x, y);
    return Elementwise.where(
        TorchTypes.cast(cond, DType.BOOL), TorchTypes.as(x, dt), TorchTypes.as(y, dt));
  }

  static Array argwhere(Array x) {
    List<Array> nz = Searching.nonzero(x);
    if (nz.isEmpty()) {
      return Creation.zeros(Shape.of(x.size() == 0 ? 0 : 1, 0), DType.INT64);
    }
    return TorchTypes.cast(Manipulation.stack(nz, 1), DType.INT64);
  }

  static Array expand(Array x, long[] sizes) {
    long[] out = sizes.clone();
    int off = sizes.length - x.rank();
    if (off < 0) {
      throw new IvyArgumentException(
          "expand: the number of sizes ("
              + sizes.length
              + ") must be at least the tensor's rank ("
              + x.rank()
              + ")");
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] == -1) {
        if (i < off) {
          throw new IvyArgumentException("expand: -1 is not allowed for a new leading dimension");
        }
        out[i] = x.shape().dim(i - off);
      }
    }
    return Manipulation.broadcastTo(x, Shape.of(out));
  }

  /** Returns Tensor.repeat: the tensor tiled {@code sizes} times (leading new dimensions). */
  static Array repeat(Array x, long[] sizes) {
    if (sizes.length < x.rank()) {
      throw new IvyArgumentException(
          "repeat: the number of repeats ("
              + sizes.length
              + ") must be at least the tensor's rank ("
              + x.rank()
              + ")");
    }
    long[] s = new long[sizes.length];
    Arrays.fill(s, 1);
    long[] d = x.shape().dims();
    System.arraycopy(d, 0, s, sizes.length - d.length, d.length);
    return Manipulation.tile(Manipulation.reshape(x, s), sizes);
  }

  static Array tile(Array x, long[] reps) {
    if (reps.length < x.rank()) {
      long[] r = new long[x.rank()];
      Arrays.fill(r, 1);
      System.arraycopy(reps, 0, r, x.rank() - reps.length, reps.length);
      reps = r;
    }
    return repeat(x, reps);
  }

  static Array repeatInterleave(Array x, Object repeats, Integer dim) {
    Array v = x;
    Integer d = dim;
    if (dim == null) {
      v = Manipulation.reshape(x, -1);
      d = 0;
    } else {
      d = dim("repeat_interleave", dim, x.rank());
    }
    if (repeats instanceof Array r && r.size() != 1) {
      return Manipulation.repeat(v, r, d);
    }
    long n =
        repeats instanceof Array r
            ? r.itemLong()
            : Checks.intArg("repeat_interleave", "repeats", repeats);
    return Manipulation.repeat(v, n, d);
  }

  static Array movedim(Array x, int[] src, int[] dst) {
    return Manipulation.moveaxis(x, src, dst);
  }

  static Array roll(Array x, long[] shifts, int[] dims) {
    if (dims == null) {
      return Manipulation.reshape(
          Manipulation.roll(Manipulation.reshape(x, -1), shifts, new int[] {0}), x.shape());
    }
    return Manipulation.roll(x, shifts, dims);
  }

  static Array flip(Array x, int[] dims) {
    return dims.length == 0 ? x : Manipulation.flip(x, dims);
  }

  static Array rot90(Array x, long k, int[] dims) {
    if (dims.length != 2 || x.rank() < 2) {
      throw new IvyArgumentException(
          "rot90: dims must have 2 entries and the tensor at least 2 dimensions; got "
              + Arrays.toString(dims)
              + " and rank "
              + x.rank());
    }
    int d0 = dim("rot90", dims[0], x.rank());
    int d1 = dim("rot90", dims[1], x.rank());
    long m = ((k % 4) + 4) % 4;
    if (m == 1) {
      return Manipulation.swapaxes(Manipulation.flip(x, d1), d0, d1);
    }
    if (m == 2) {
      return Manipulation.flip(x, d0, d1);
    }
    if (m == 3) {
      return Manipulation.flip(Manipulation.swapaxes(x, d0, d1), d1);
    }
    return x;
  }

  static Array indexAdd(Array x, int dim, Array index, Array source, Number alpha) {
    return Scatter.indexAdd(x, dim("index_add", dim, x.rank()), index, source, alpha);
  }

  static long[] longs(Object v) {
    if (v instanceof Number n) {
      return new long[] {n.longValue()};
    }
    if (v instanceof Array a) {
      return a.toLongArray();
    }
    if (v instanceof List<?> l) {
      long[] r = new long[l.size()];
      for (int i = 0; i < r.length; i++) {
        Object o = l.get(i);
        if (!(o instanceof Long || o instanceof Integer)) {
          throw new IvyArgumentException("torch: expected a sequence of integers; got " + v);
        }
        r[i] = ((Number) o).longValue();
      }
      return r;
    }
    if (v instanceof long[] la) {
      return la;
    }
    throw new IvyArgumentException(
        "torch: expected an integer or a sequence of integers; got " + v);
  }

  static int[] ints(Object v) {
    long[] l = longs(v);
    int[] r = new int[l.length];
    for (int i = 0; i < l.length; i++) {
      r[i] = Math.toIntExact(l[i]);
    }
    return r;
  }

  /** Returns {@code v} as a list of Longs (null for null). */
  static List<Long> longsList(long[] v) {
    if (v == null) {
      return null;
    }
    List<Long> r = new ArrayList<>();
    for (long l : v) {
      r.add(l);
    }
    return r;
  }
}
