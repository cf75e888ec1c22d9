package dev.ivy.backend.torch;

import static dev.ivy.backend.torch.TorchKernelSupport.ALL;
import static dev.ivy.backend.torch.TorchKernelSupport.NUMERIC;
import static dev.ivy.backend.torch.TorchKernelSupport.pt;

import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import dev.ivy.DType;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reductions, arg-reductions, scans and sorts. libtorch accumulates integer sums and products in
 * int64; the kernels cast back to the input dtype, which gives the same wrapped result as
 * accumulating in that dtype.
 */
final class TorchReductionKernels {
  /** Per-dimension reducer: (tensor, dim, keepDim) to a new tensor. */
  @FunctionalInterface
  private interface DimReducer {
    PtNDArray apply(PtNDArray x, long dim, boolean keepDim);
  }

  private final TorchScriptOps script;

  TorchReductionKernels(TorchScriptOps script) {
    this.script = script;
  }

  /** Adds this category's kernels to {@code b}. */
  void register(KernelTable.Builder b) {
    b.put(
        Prim.REDUCE_SUM,
        NUMERIC,
        (p, in, av, out) -> {
          Params.Axes a = (Params.Axes) p;
          PtNDArray r = JniUtils.sum(pt(in[0]), toLongs(a.axes()), a.keepDims());
          return TorchKernelSupport.castBack(script, r, summedType(av[0].dtype()), out.dtype());
        });
    b.put(
        Prim.REDUCE_PROD,
        NUMERIC,
        (p, in, av, out) -> {
          PtNDArray r = perAxis(pt(in[0]), (Params.Axes) p, JniUtils::prod);
          return TorchKernelSupport.castBack(script, r, summedType(av[0].dtype()), out.dtype());
        });
    // values of torch.max(x, dim) / torch.min(x, dim): NaN propagates
    b.put(
        Prim.REDUCE_MAX,
        ALL,
        (p, in, av, out) -> perAxis(pt(in[0]), (Params.Axes) p, JniUtils::max));
    b.put(
        Prim.REDUCE_MIN,
        ALL,
        (p, in, av, out) -> perAxis(pt(in[0]), (Params.Axes) p, JniUtils::min));
    // torch.argmax / argmin return the first extreme and treat NaN as the extreme, as numpy
    b.put(
        Prim.ARGMAX,
        NUMERIC,
        (p, in, av, out) -> JniUtils.argMax(pt(in[0]), ((Params.Axis) p).axis(), false));
    b.put(
        Prim.ARGMIN,
        NUMERIC,
        (p, in, av, out) -> JniUtils.argMin(pt(in[0]), ((Params.Axis) p).axis(), false));

    b.put(
        Prim.CUMSUM,
        NUMERIC,
        (p, in, av, out) -> {
          PtNDArray r = JniUtils.cumSum(pt(in[0]), ((Params.Axis) p).axis());
          return TorchKernelSupport.castBack(script, r, summedType(av[0].dtype()), out.dtype());
        });
    Set<DType> djlNumeric = EnumSet.copyOf(NUMERIC);
    djlNumeric.remove(DType.INT16);
    djlNumeric.remove(DType.BFLOAT16);
    b.put(
        Prim.CUMPROD,
        djlNumeric,
        (p, in, av, out) ->
            JniUtils.cumProd(
                pt(in[0]), ((Params.Axis) p).axis(), TorchConversions.dataType(out.dtype())));
    // stable sorts; torch.sort orders NaN after every number
    b.put(Prim.SORT, ALL, (p, in, av, out) -> script.call("sort", pt(in[0]), axis(p)));
    b.put(Prim.ARGSORT, ALL, (p, in, av, out) -> script.call("argsort", pt(in[0]), axis(p)));
  }

  private static long axis(Params p) {
    return ((Params.Axis) p).axis();
  }

  /** Returns the dtype libtorch gives sums and products of {@code d}. */
  private static DType summedType(DType d) {
    return d.isFloating() ? d : DType.INT64;
  }

  /** Reduces axis by axis, from the last so earlier axis numbers stay valid. */
  private static PtNDArray perAxis(PtNDArray x, Params.Axes a, DimReducer f) {
    int[] axes = a.axes();
    boolean keep = a.keepDims();
    PtNDArray cur = x;
    for (int i = axes.length - 1; i >= 0; i--) {
      PtNDArray next = f.apply(cur, axes[i], keep);
      if (cur != x) {
        cur.close();
      }
      cur = next;
    }
    return cur;
  }

  private static long[] toLongs(int[] v) {
    long[] r = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = v[i];
    }
    return r;
  }
}
