package dev.ivy.backend.nd4j;

import static dev.ivy.backend.nd4j.Nd4jBackend.NUMERIC;
import static dev.ivy.backend.nd4j.Nd4jBackend.put;

import dev.ivy.DType;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Reductions (sum, prod, max, min over axes), argmax/argmin and the cumulative sum/product. ND4J
 * ignores NaN in max/min/argmax/argmin and refuses products of empty arrays; both are fixed here to
 * match NumPy.
 */
final class Nd4jReductionKernels {
  private Nd4jReductionKernels() {}

  static void register(KernelTable.Builder b) {
    put(b, Prim.REDUCE_SUM, NUMERIC, reduce(0));
    put(b, Prim.REDUCE_PROD, NUMERIC, reduce(1));
    put(b, Prim.REDUCE_MAX, NUMERIC, reduce(2));
    put(b, Prim.REDUCE_MIN, NUMERIC, reduce(3));
    put(b, Prim.ARGMAX, NUMERIC, arg("argmax"));
    put(b, Prim.ARGMIN, NUMERIC, arg("argmin"));
    put(b, Prim.CUMSUM, NUMERIC, Nd4jReductionKernels::cumsum);
    put(b, Prim.CUMPROD, NUMERIC, Nd4jReductionKernels::cumprod);
  }

  private static INDArray reduceRaw(int kind, INDArray x, int[] axes) {
    switch (kind) {
      case 0:
        return x.sum(axes);
      case 1:
        return x.prod(axes);
      case 2:
        return x.max(axes);
      default:
        return x.min(axes);
    }
  }

  private static Kernel reduce(int kind) {
    return (p, in, av, out) -> {
      INDArray x = (INDArray) in[0];
      int[] axes = ((Params.Axes) p).axes();
      if (av[0].shape().size() == 0) {
        return fillIdentity(kind, out);
      }
      INDArray r = reduceRaw(kind, x, axes);
      if (kind >= 2 && out.dtype().isFloating()) {
        // NaN propagates (NumPy); ND4J's max/min skip it. The sum is NaN exactly where a NaN was.
        INDArray nan = Nd4jOps.isNaN(x);
        INDArray nanF = nan.castTo(x.dataType());
        INDArray cnt = nanF.sum(axes);
        INDArray zero = Nd4jOps.scalar(x.dataType(), 0.0);
        INDArray has = Nd4jOps.binary("greater", cnt, zero, DataType.BOOL, cnt.shape());
        INDArray sum = x.sum(axes);
        INDArray fixed = Nd4jOps.select(has, sum, r);
        Nd4jOps.close(nan, nanF, cnt, zero, has, sum, r);
        r = fixed;
      }
      INDArray res = Nd4jConversions.copyAs(r, out);
      Nd4jOps.close(r);
      return res;
    };
  }

  private static INDArray fillIdentity(int kind, Aval out) {
    DataType dt = Nd4jConversions.toNd4j(out.dtype());
    INDArray s;
    if (kind == 0 || kind == 1) {
      s = Nd4jOps.scalar(dt, (long) kind);
    } else if (out.dtype().isFloating()) {
      s = Nd4jOps.scalar(dt, kind == 2 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    } else {
      s = Nd4jOps.scalar(dt, kind == 2 ? minOf(out.dtype()) : maxOf(out.dtype()));
    }
    try {
      return Nd4jOps.broadcastTo(s, out.shape().dims());
    } finally {
      Nd4jOps.close(s);
    }
  }

  private static long minOf(DType d) {
    switch (d) {
      case INT8:
        return Byte.MIN_VALUE;
      case INT16:
        return Short.MIN_VALUE;
      case INT32:
        return Integer.MIN_VALUE;
      case UINT8:
        return 0;
      default:
        return Long.MIN_VALUE;
    }
  }

  private static long maxOf(DType d) {
    switch (d) {
      case INT8:
        return Byte.MAX_VALUE;
      case INT16:
        return Short.MAX_VALUE;
      case INT32:
        return Integer.MAX_VALUE;
      case UINT8:
        return 255;
      default:
        return Long.MAX_VALUE;
    }
  }

  private static Kernel arg(String name) {
    return (p, in, av, out) -> {
      INDArray x = (INDArray) in[0];
      int axis = ((Params.Axis) p).axis();
      INDArray r = Nd4jOps.custom(name, new INDArray[] {x}, Nd4jConversions.alloc(out), axis);
      if (!av[0].dtype().isFloating()) {
        return r;
      }
      // NaN counts as the extreme, first NaN wins (NumPy)
      INDArray nan = Nd4jOps.isNaN(x);
      INDArray nanI = nan.castTo(DataType.INT);
      INDArray first =
          Nd4jOps.custom("argmax", new INDArray[] {nanI}, Nd4jConversions.alloc(out), axis);
      INDArray has = nanI.max(axis);
      INDArray zero = Nd4jOps.scalar(DataType.INT, 0L);
      INDArray hasB = Nd4jOps.binary("greater", has, zero, DataType.BOOL, r.shape());
      INDArray res = Nd4jOps.select(hasB, first, r);
      Nd4jOps.close(nan, nanI, first, has, zero, hasB, r);
      return res;
    };
  }

  private static Object cumsum(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray x = (INDArray) in[0];
    if (av[0].shape().rank() == 0) {
      return Nd4jConversions.copyAs(x, out);
    }
    int axis = ((Params.Axis) p).axis();
    if (out.dtype().isFloating()) {
      return Nd4jOps.custom("cumsum", new INDArray[] {x}, Nd4jConversions.alloc(out), 0, 0, axis);
    }
    return intCumsum(x, axis, out);
  }

  private static Object cumprod(Params p, Object[] in, Aval[] av, Aval out) {
    INDArray x = (INDArray) in[0];
    if (av[0].shape().rank() == 0) {
      return Nd4jConversions.copyAs(x, out);
    }
    int axis = ((Params.Axis) p).axis();
    return Nd4jOps.custom("cumprod", new INDArray[] {x}, Nd4jConversions.alloc(out), 0, 0, axis);
  }

  /**
   * ND4J's cumsum rejects integer types; an inclusive Hillis-Steele scan (log2(n) native adds on
   * shifted views) keeps integers exact (wrapping like NumPy).
   */
  private static INDArray intCumsum(INDArray x, int axis, Aval out) {
    long n = out.shape().dim(axis);
    int rank = out.shape().rank();
    INDArray cur = Nd4jConversions.copyAs(x, out);
    for (long s = 1; s < n; s <<= 1) {
      INDArray next = cur.dup('c');
      INDArray dst = next.get(along(rank, axis, s, n));
      INDArray src = cur.get(along(rank, axis, 0, n - s));
      dst.addi(src);
      Nd4jOps.close(cur);
      cur = next;
    }
    return cur;
  }

  private static INDArrayIndex[] along(int rank, int axis, long from, long to) {
    INDArrayIndex[] idx = new INDArrayIndex[rank];
    for (int i = 0; i < rank; i++) {
      idx[i] = i == axis ? NDArrayIndex.interval(from, to) : NDArrayIndex.all();
    }
    return idx;
  }
}
