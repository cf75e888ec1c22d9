package dev.ivy.backend.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.transforms.bool.IsNaN;
import org.nd4j.linalg.factory.Nd4j;

/** Small helpers that run ND4J ops into preallocated outputs and free intermediates. */
final class Nd4jOps {
  private Nd4jOps() {}

  /** Runs custom op {@code name} on {@code in}, writing into {@code out}; returns {@code out}. */
  static INDArray custom(String name, INDArray[] in, INDArray out, long... iargs) {
    DynamicCustomOp op = new DynamicCustomOp(name, in, new INDArray[] {out});
    if (iargs.length > 0) {
      op.addIArgument(iargs);
    }
    Nd4j.exec(op);
    return out;
  }

  /** Runs custom op {@code name} with integer arguments into the given outputs. */
  static void exec(String name, INDArray[] in, INDArray[] out, long[] iargs) {
    exec(name, in, out, iargs, new double[0], new boolean[0]);
  }

  /** Runs custom op {@code name} with integer and floating arguments into the given outputs. */
  static void exec(String name, INDArray[] in, INDArray[] out, long[] iargs, double[] targs) {
    exec(name, in, out, iargs, targs, new boolean[0]);
  }

  /** Runs custom op {@code name} with integer, floating and boolean arguments. */
  static void exec(
      String name, INDArray[] in, INDArray[] out, long[] iargs, double[] targs, boolean[] bargs) {
    DynamicCustomOp op = new DynamicCustomOp(name, in, out);
    if (iargs.length > 0) {
      op.addIArgument(iargs);
    }
    if (targs.length > 0) {
      op.addTArgument(targs);
    }
    if (bargs.length > 0) {
      op.addBArgument(bargs);
    }
    Nd4j.exec(op);
  }

  /** Runs a binary broadcasting custom op into a fresh array of {@code dt} and {@code dims}. */
  static INDArray binary(String name, INDArray x, INDArray y, DataType dt, long[] dims) {
    INDArray out = Nd4j.createUninitializedDetached(dt, dims);
    return custom(name, new INDArray[] {x, y}, out);
  }

  /** Returns a fresh bool mask of {@code x}'s NaNs. */
  static INDArray isNaN(INDArray x) {
    INDArray m = Nd4j.createUninitializedDetached(DataType.BOOL, x.shape());
    Nd4j.exec(new IsNaN(x, m));
    return m;
  }

  /** Returns select(cond, a, b) into a fresh array; all three must have one shape. */
  static INDArray select(INDArray cond, INDArray a, INDArray b) {
    INDArray out = Nd4j.createUninitializedDetached(a.dataType(), a.shape());
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
    INDArray shape = Nd4j.createFromArray(dims);
    try {
      return custom("broadcast_to", new INDArray[] {x, shape}, out);
    } finally {
      shape.close();
    }
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
