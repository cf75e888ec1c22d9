package dev.ivy.backend.nd4j;

import static dev.ivy.backend.nd4j.Nd4jBackend.ALL;
import static dev.ivy.backend.nd4j.Nd4jBackend.NUMERIC;
import static dev.ivy.backend.nd4j.Nd4jBackend.put;

import dev.ivy.Shape;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Movement kernels: reshape, broadcast, transpose, slice, concat, flip and take. Views ND4J returns
 * are always copied into fresh C-ordered arrays.
 */
final class Nd4jMovementKernels {
  private Nd4jMovementKernels() {}

  static void register(KernelTable.Builder b) {
    put(b, Prim.RESHAPE, ALL, (p, in, av, out) -> Nd4jConversions.copyAs((INDArray) in[0], out));
    put(
        b,
        Prim.BROADCAST_TO,
        ALL,
        (p, in, av, out) -> Nd4jOps.broadcastTo((INDArray) in[0], out.shape().dims()));
    put(b, Prim.TRANSPOSE, ALL, Nd4jMovementKernels::transpose);
    put(b, Prim.SLICE, ALL, Nd4jMovementKernels::slice);
    put(b, Prim.CONCAT, ALL, Nd4jMovementKernels::concat);
    put(b, Prim.FLIP, ALL, Nd4jMovementKernels::flip);
    // ND4J's gather rejects bool: core widens bool to int32 and back
    put(b, Prim.TAKE, NUMERIC, Nd4jMovementKernels::take);
  }

  /**
   * ND4J's gather crashes (SIGSEGV) on a rank-1 input with rank-2 indices: indices are always
   * passed flat, and the result is reshaped to x.shape[:axis] + idx.shape + x.shape[axis+1:].
   */
  static Object take(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray x = (INDArray) in[0];
    INDArray idx = (INDArray) in[1];
    int axis = ((Params.Axis) p).axis();
    if (av[1].shape().rank() == 1) {
      return Nd4jOps.custom("gather", new INDArray[] {x, idx}, Nd4jConversions.alloc(out), axis);
    }
    long m = av[1].shape().size();
    INDArray flatIdx = Nd4jConversions.copyAs(idx, new Aval(Shape.of(m), av[1].dtype()));
    long[] xd = av[0].shape().dims();
    xd[axis] = m;
    try {
      INDArray g =
          Nd4jOps.custom(
              "gather", new INDArray[] {x, flatIdx}, Nd4jConversions.alloc(out.dtype(), xd), axis);
      return Nd4jConversions.reshapeConsume(g, out.shape().dims());
    } finally {
      Nd4jOps.close(flatIdx);
    }
  }

  private static Object transpose(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray x = (INDArray) in[0];
    int[] perm = ((Params.Perm) p).perm();
    if (perm.length < 2) {
      return Nd4jConversions.copyAs(x, out);
    }
    INDArray v = x.permute(perm);
    INDArray r = Nd4jConversions.alloc(out);
    r.assign(v);
    return r;
  }

  private static Object slice(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray x = (INDArray) in[0];
    Params.Slice s = (Params.Slice) p;
    long[] start = s.start();
    long[] stop = s.stop();
    long[] step = s.step();
    int rank = start.length;
    if (rank == 0) {
      return Nd4jConversions.copyAs(x, out);
    }
    INDArrayIndex[] idx = new INDArrayIndex[rank];
    for (int i = 0; i < rank; i++) {
      // ND4J mis-sizes intervals whose stop overshoots the last element taken (start 1, stop 2,
      // step 2 on an axis of 2), so end each interval just past that element
      long n = out.shape().dim(i);
      long st = n <= 1 ? 1 : step[i];
      long end = start[i] + Math.max(n - 1, 0) * st + 1;
      idx[i] = NDArrayIndex.interval(start[i], st, end);
    }
    INDArray v = x.get(idx);
    INDArray r = Nd4jConversions.alloc(out);
    if (Arrays.equals(v.shape(), r.shape())) {
      r.assign(v);
    } else {
      INDArray c = v.dup('c');
      Nd4jOps.close(r);
      r = Nd4jConversions.copyAs(c, out);
      Nd4jOps.close(c);
    }
    return r;
  }

  private static Object concat(Params p, Object[] in, Aval[] av, Aval out) {
    int axis = ((Params.Axis) p).axis();
    List<INDArray> parts = new ArrayList<>(in.length);
    for (int i = 0; i < in.length; i++) {
      if (av[i].shape().size() > 0) {
        parts.add((INDArray) in[i]);
      }
    }
    if (parts.size() == 1) {
      return Nd4jConversions.copyAs(parts.get(0), out);
    }
    return Nd4jOps.custom(
        "concat", parts.toArray(new INDArray[0]), Nd4jConversions.alloc(out), axis);
  }

  private static Object flip(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray x = (INDArray) in[0];
    int[] axes = ((Params.Axes) p).axes();
    if (axes.length == 0) {
      return Nd4jConversions.copyAs(x, out);
    }
    long[] ia = new long[axes.length];
    for (int i = 0; i < axes.length; i++) {
      ia[i] = axes[i];
    }
    return Nd4jOps.custom("reverse", new INDArray[] {x}, Nd4jConversions.alloc(out), ia);
  }
}
