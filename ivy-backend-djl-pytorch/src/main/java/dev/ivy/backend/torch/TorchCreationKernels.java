package dev.ivy.backend.torch;

import static dev.ivy.backend.torch.TorchKernelSupport.ALL;
import static dev.ivy.backend.torch.TorchKernelSupport.NUMERIC;

import ai.djl.Device;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.jni.JniUtils;
import dev.ivy.DType;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;

/** Creation kernels: {@link Prim#FULL} and {@link Prim#IOTA}. */
final class TorchCreationKernels {
  /** Largest magnitude below which every integer is exact in a double. */
  private static final long EXACT_DOUBLE = 1L << 53;

  /** Largest n for which arange's float arguments are exact. */
  private static final long EXACT_FLOAT = 1L << 24;

  private final PtNDManager manager;
  private final TorchScriptOps script;

  TorchCreationKernels(PtNDManager manager, TorchScriptOps script) {
    this.manager = manager;
    this.script = script;
  }

  /** Adds this category's kernels to {@code b}. */
  void register(KernelTable.Builder b) {
    b.put(Prim.FULL, ALL, (p, in, av, out) -> full((Params.Full) p));
    b.put(
        Prim.IOTA,
        NUMERIC,
        (p, in, av, out) -> {
          Params.Iota it = (Params.Iota) p;
          if (it.n() <= EXACT_FLOAT && TorchConversions.isDjlType(it.dtype())) {
            return JniUtils.arange(
                manager,
                0f,
                it.n(),
                1f,
                TorchConversions.dataType(it.dtype()),
                Device.cpu(),
                SparseFormat.DENSE);
          }
          return script.iota(it.n(), it.dtype());
        });
  }

  private Object full(Params.Full f) {
    DType d = f.dtype();
    if (d.isInteger()) {
      long v = wrap(f.longValue(), d);
      if (Math.abs(v) <= EXACT_DOUBLE && TorchConversions.isDjlType(d)) {
        return JniUtils.full(
            manager,
            TorchConversions.djlShape(f.shape()),
            v,
            TorchConversions.dataType(d),
            Device.cpu(),
            SparseFormat.DENSE);
      }
      return script.fullInt(f.shape(), v, d);
    }
    double v = d.isBool() ? (f.doubleValue() != 0 ? 1 : 0) : f.doubleValue();
    if (TorchConversions.isDjlType(d)) {
      return JniUtils.full(
          manager,
          TorchConversions.djlShape(f.shape()),
          v,
          TorchConversions.dataType(d),
          Device.cpu(),
          SparseFormat.DENSE);
    }
    return script.fullFloat(f.shape(), v, d);
  }

  /** Wraps {@code v} into {@code d}'s range as a C cast would (libtorch refuses overflow). */
  private static long wrap(long v, DType d) {
    switch (d) {
      case INT8:
        return (byte) v;
      case UINT8:
        return v & 0xff;
      case INT16:
        return (short) v;
      case INT32:
        return (int) v;
      default:
        return v;
    }
  }
}
