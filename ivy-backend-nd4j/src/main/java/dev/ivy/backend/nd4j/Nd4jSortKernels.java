package dev.ivy.backend.nd4j;

import static dev.ivy.backend.nd4j.Nd4jBackend.NUMERIC;
import static dev.ivy.backend.nd4j.Nd4jBackend.put;

import dev.ivy.DType;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.bool.IsNaN;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link Prim#SORT} and {@link Prim#ARGSORT}: stable, ascending, NaN last.
 *
 * <p>ND4J's native sort is an unstable quicksort of values only. Stability comes from sorting
 * unique int64 composite keys {@code (32-bit key << 32) | position}: every element's value is first
 * mapped to an order-preserving 64-bit integer (floats via their IEEE bits, with -0 folded into +0
 * and every NaN made the largest value), then sorted LSD-radix style in two stable passes of 32
 * bits each (low half, then high half). All steps are native ops.
 */
final class Nd4jSortKernels {
  private static final long LOW32 = 0xffffffffL;

  private Nd4jSortKernels() {}

  static void register(KernelTable.Builder b) {
    put(
        b,
        Prim.SORT,
        NUMERIC,
        (p, in, av, out) -> run((INDArray) in[0], av[0], out, true, ((Params.Axis) p).axis()));
    put(
        b,
        Prim.ARGSORT,
        NUMERIC,
        (p, in, av, out) -> run((INDArray) in[0], av[0], out, false, ((Params.Axis) p).axis()));
  }

  private static INDArray run(INDArray x, Aval in, Aval out, boolean values, int axis) {
    int rank = in.shape().rank();
    if (rank == 0) {
      if (values) {
        return Nd4jConversions.copyAs(x, out);
      }
      INDArray z = Nd4jConversions.alloc(out);
      z.assign(0);
      return z;
    }
    long[] dims = in.shape().dims();
    long n = dims[axis];
    long rows = in.shape().size() / n;
    // move the axis last, as a dense [rows, n] array
    int[] perm = new int[rank];
    int k = 0;
    for (int i = 0; i < rank; i++) {
      if (i != axis) {
        perm[k++] = i;
      }
    }
    perm[rank - 1] = axis;
    boolean moved = axis != rank - 1;
    INDArray xt = moved ? x.permute(perm).dup('c') : x;
    INDArray x2 = xt.reshape('c', new long[] {rows, n});
    INDArray key = null;
    INDArray order = null;
    INDArray res = null;
    try {
      key = orderedKey(x2, in.dtype());
      order = stableOrder(key, rows, n);
      res = values ? takeAlong(x2, order, rows, n) : order;
      INDArray shaped = res.reshape('c', movedDims(dims, perm));
      INDArray r = Nd4jConversions.alloc(out);
      r.assign(moved ? shaped.permute(inverse(perm)) : shaped);
      return r;
    } finally {
      Nd4jOps.close(key, order);
      if (res != order) {
        Nd4jOps.close(res);
      }
      if (moved) {
        Nd4jOps.close(xt);
      }
    }
  }

  /** Returns int64 keys whose signed order is the total order of {@code x} (NaN last). */
  private static INDArray orderedKey(INDArray x, DType dtype) {
    if (!dtype.isFloating()) {
      return dtype == DType.INT64 ? x.dup('c') : x.castTo(DataType.LONG);
    }
    // castTo returns its receiver for an equal dtype: never mutate the input
    INDArray d = dtype == DType.FLOAT64 ? x.dup('c') : x.castTo(DataType.DOUBLE);
    INDArray zero = Nd4j.scalar(0.0);
    INDArray nanV = Nd4j.scalar(Double.NaN);
    INDArray mask = null;
    INDArray nanB = null;
    INDArray clean = null;
    INDArray bits = null;
    INDArray sgn = null;
    INDArray mag = null;
    INDArray c63 = Nd4j.scalar(63L);
    INDArray maxL = Nd4j.scalar(Long.MAX_VALUE);
    try {
      // -0.0 + 0.0 == +0.0; every NaN becomes the canonical positive NaN (above +inf)
      Nd4jOps.custom("add", new INDArray[] {d, zero}, d);
      mask = Nd4jConversions.alloc(DataType.BOOL, d.shape());
      Nd4j.exec(new IsNaN(d, mask));
      nanB = Nd4jOps.broadcastTo(nanV, d.shape());
      clean = Nd4jOps.select(mask, nanB, d);
      bits = Nd4jConversions.alloc(DataType.LONG, d.shape());
      Nd4jOps.custom("bitcast", new INDArray[] {clean}, bits, DataType.LONG.toInt());
      // negative doubles: flip the magnitude bits so that larger magnitudes sort lower
      sgn = Nd4jOps.binary("rshift_bits", bits, c63, DataType.LONG, d.shape());
      mag = Nd4jOps.binary("bitwise_and", sgn, maxL, DataType.LONG, d.shape());
      return Nd4jOps.binary("bitwise_xor", bits, mag, DataType.LONG, d.shape());
    } finally {
      Nd4jOps.close(d, zero, nanV, mask, nanB, clean, bits, sgn, mag, c63, maxL);
    }
  }

  /** Returns, per row, the int64 positions of a stable ascending sort of {@code key}. */
  private static INDArray stableOrder(INDArray key, long rows, long n) {
    long[] shape = {rows, n};
    INDArray c32 = Nd4j.scalar(32L);
    INDArray low = Nd4j.scalar(LOW32);
    INDArray bias = Nd4j.scalar(1L << 31);
    INDArray posBase = null;
    INDArray pos = null;
    INDArray lo = null;
    INDArray p1 = null;
    INDArray hi = null;
    INDArray hiP = null;
    INDArray q = null;
    try {
      posBase = range(0, n, 1, n);
      pos = posBase.reshape('c', new long[] {1, n});
      // pass 1: low 32 bits (unsigned, biased to signed), ties by position
      lo = Nd4jOps.binary("bitwise_and", key, low, DataType.LONG, shape);
      Nd4jOps.custom("subtract", new INDArray[] {lo, bias}, lo);
      p1 = sortComposite(lo, pos, c32, low, shape);
      // pass 2: high 32 bits (signed), ties by pass-1 order, which keeps it stable
      hi = Nd4jOps.binary("rshift_bits", key, c32, DataType.LONG, shape);
      hiP = takeAlong(hi, p1, rows, n);
      q = sortComposite(hiP, pos, c32, low, shape);
      return takeAlong(p1, q, rows, n);
    } finally {
      Nd4jOps.close(c32, low, bias, posBase, lo, p1, hi, hiP, q);
    }
  }

  /** Sorts (k32 &lt;&lt; 32) + position per row and returns the positions, in sorted order. */
  private static INDArray sortComposite(
      INDArray k32, INDArray pos, INDArray c32, INDArray low, long[] shape) {
    INDArray c = Nd4jOps.binary("shift_bits", k32, c32, DataType.LONG, shape);
    try {
      Nd4jOps.custom("add", new INDArray[] {c, pos}, c);
      INDArray sorted = Nd4j.sort(c, 1, true);
      INDArray r = Nd4jOps.binary("bitwise_and", sorted, low, DataType.LONG, shape);
      if (sorted != c) {
        Nd4jOps.close(sorted);
      }
      return r;
    } finally {
      Nd4jOps.close(c);
    }
  }

  /** Returns {@code a[r, idx[r, j]]} for a dense [rows, n] array and int64 indices. */
  private static INDArray takeAlong(INDArray a, INDArray idx, long rows, long n) {
    INDArray offsBase = range(0, rows * n, n, rows);
    INDArray offs = offsBase.reshape('c', new long[] {rows, 1});
    INDArray flatIdx = Nd4jConversions.alloc(DataType.LONG, rows * n);
    try {
      // ND4J's gather crashes on a rank-1 input with rank-2 indices: keep both rank 1
      Nd4jOps.custom("add", new INDArray[] {idx, offs}, flatIdx.reshape('c', new long[] {rows, n}));
      INDArray out = Nd4jConversions.alloc(a.dataType(), rows * n);
      Nd4jOps.custom(
          "gather", new INDArray[] {a.reshape('c', new long[] {rows * n}), flatIdx}, out, 0);
      return Nd4jConversions.reshapeConsume(out, new long[] {rows, n});
    } finally {
      Nd4jOps.close(offsBase, flatIdx);
    }
  }

  /** A fresh int64 vector start, start + step, ... of {@code count} elements. */
  private static INDArray range(long start, long stop, long step, long count) {
    INDArray r = Nd4jConversions.alloc(DataType.LONG, count);
    return Nd4jOps.custom("range", new INDArray[0], r, start, stop, step);
  }

  private static long[] movedDims(long[] dims, int[] perm) {
    long[] r = new long[perm.length];
    for (int i = 0; i < perm.length; i++) {
      r[i] = dims[perm[i]];
    }
    return r;
  }

  private static int[] inverse(int[] perm) {
    int[] inv = new int[perm.length];
    for (int i = 0; i < perm.length; i++) {
      inv[perm[i]] = i;
    }
    return inv;
  }
}
