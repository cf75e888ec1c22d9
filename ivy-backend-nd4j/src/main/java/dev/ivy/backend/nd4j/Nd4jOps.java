package dev.ivy.backend.nd4j;

import java.util.concurrent.ConcurrentHashMap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.impl.transforms.bool.IsNaN;
import org.nd4j.linalg.factory.Nd4j;

/** Small helpers that run ND4J ops into preallocated outputs and free intermediates. */
final class Nd4jOps {
  private Nd4jOps() {}

  private static final double[] NO_T = new double[0];
  private static final boolean[] NO_B = new boolean[0];

  /**
   * The op objects run through a context: only their name and hash are read, so one per name serves
   * every call and thread.
   */
  private static final ConcurrentHashMap<String, DynamicCustomOp> OPS = new ConcurrentHashMap<>();

  /**
   * Per thread, one reused native op context per combination of argument kinds (integer, floating,
   * boolean) that a call sets. A context is purged of its arrays after each call; libnd4j's purge
   * keeps the arguments, so a context only ever serves calls that set the same kinds, each call
   * overwriting them. This skips what {@code Nd4j.exec} does per call: building and closing a
   * native context and moving the random generator's state in and out (no op here is random).
   */
  private static final ThreadLocal<OpContext[]> CONTEXTS =
      ThreadLocal.withInitial(() -> new OpContext[8]);

  /** Runs custom op {@code name} on {@code in}, writing into {@code out}; returns {@code out}. */
  static INDArray custom(String name, INDArray[] in, INDArray out, long... iargs) {
    exec(name, in, new INDArray[] {out}, iargs, NO_T, NO_B);
    return out;
  }

  /** Runs custom op {@code name} with integer arguments into the given outputs. */
  static void exec(String name, INDArray[] in, INDArray[] out, long[] iargs) {
    exec(name, in, out, iargs, NO_T, NO_B);
  }

  /** Runs custom op {@code name} with integer and floating arguments into the given outputs. */
  static void exec(String name, INDArray[] in, INDArray[] out, long[] iargs, double[] targs) {
    exec(name, in, out, iargs, targs, NO_B);
  }

  /** Runs custom op {@code name} with integer, floating and boolean arguments. */
  static void exec(
      String name, INDArray[] in, INDArray[] out, long[] iargs, double[] targs, boolean[] bargs) {
    DynamicCustomOp op =
        OPS.computeIfAbsent(name, n -> new DynamicCustomOp(n, new INDArray[0], new INDArray[0]));
    int kinds =
        (iargs.length > 0 ? 1 : 0) | (targs.length > 0 ? 2 : 0) | (bargs.length > 0 ? 4 : 0);
    OpContext[] contexts = CONTEXTS.get();
    OpContext ctx = contexts[kinds];
    if (ctx == null) {
      ctx = Nd4j.getExecutioner().buildContext();
      contexts[kinds] = ctx;
    }
    try {
      ctx.setInputArrays(in);
      ctx.setOutputArrays(out);
      if (iargs.length > 0) {
        ctx.setIArguments(iargs);
      }
      if (targs.length > 0) {
        ctx.setTArguments(targs);
      }
      if (bargs.length > 0) {
        ctx.setBArguments(bargs);
      }
      Nd4j.getExecutioner().exec(op, ctx);
    } finally {
      // leave no arrays behind: the next call sets its own, and no reference outlives this one
      ctx.purge();
    }
  }

  /** Runs a binary broadcasting custom op into a fresh array of {@code dt} and {@code dims}. */
  static INDArray binary(String name, INDArray x, INDArray y, DataType dt, long[] dims) {
    INDArray out = Nd4jConversions.alloc(dt, dims);
    return custom(name, sameRank(x, y), out);
  }

  /**
   * Returns {@code x} and {@code y} with leading 1s added to the one of lower rank (a view): ND4J's
   * broadcasting ops size the result wrongly for some operands of different ranks ({@code [1, 1] *
   * [2]} gives {@code [2]}, then fail and print a C++ error), never for equal ranks.
   */
  static INDArray[] sameRank(INDArray x, INDArray y) {
    int rank = Math.max(x.rank(), y.rank());
    return new INDArray[] {toRank(x, rank), toRank(y, rank)};
  }

  private static INDArray toRank(INDArray x, int rank) {
    if (x.rank() == 0 || x.rank() == rank) {
      return x;
    }
    long[] s = new long[rank];
    java.util.Arrays.fill(s, 1);
    System.arraycopy(x.shape(), 0, s, rank - x.rank(), x.rank());
    return x.reshape(x.ordering(), s);
  }

  /** Returns a fresh bool mask of {@code x}'s NaNs. */
  static INDArray isNaN(INDArray x) {
    INDArray m = Nd4jConversions.alloc(DataType.BOOL, x.shape());
    Nd4j.exec(new IsNaN(x, m));
    return m;
  }

  /** Returns select(cond, a, b) into a fresh array; all three must have one shape. */
  static INDArray select(INDArray cond, INDArray a, INDArray b) {
    INDArray out = Nd4jConversions.alloc(a.dataType(), a.shape());
    return custom("select", new INDArray[] {cond, a, b}, out);
  }

  /** Returns {@code x} broadcast to {@code dims} in a fresh array (a copy when equal). */
  static INDArray broadcastTo(INDArray x, long[] dims) {
    INDArray out = Nd4jConversions.alloc(Nd4jBackend.toIvy(x.dataType()), dims);
    if (out.isEmpty()) {
      return out;
    }
    if (java.util.Arrays.equals(x.shape(), dims)) {
      out.assign(x);
      return out;
    }
    // the broadcastable "assign" op: out = x broadcast, as broadcast_to gives it, but in vectorised
    // loops (broadcast_to took 1.25 ms for [64, 256] -> [2, 64, 256], assign 0.08 ms; it was 85 %
    // of the compiled transformer's time)
    return custom("assign", new INDArray[] {out, x}, out);
  }

  /** A fresh 0-d array of {@code dt} holding {@code v} (exact for integer dtypes). */
  static INDArray scalar(DataType dt, long v) {
    INDArray s = Nd4j.scalar(v);
    if (dt == DataType.LONG) {
      return s;
    }
    try {
      return s.castTo(dt);
    } finally {
      s.close();
    }
  }

  /** A fresh 0-d array of {@code dt} holding {@code v}, rounded to {@code dt}. */
  static INDArray scalar(DataType dt, double v) {
    INDArray s = Nd4j.scalar(v);
    if (dt == DataType.DOUBLE) {
      return s;
    }
    try {
      return s.castTo(dt);
    } finally {
      s.close();
    }
  }

  /** Frees arrays created inside a kernel (nulls and views are skipped). */
  static void close(INDArray... arrays) {
    for (INDArray a : arrays) {
      Nd4jBackend.release(a);
    }
  }
}
