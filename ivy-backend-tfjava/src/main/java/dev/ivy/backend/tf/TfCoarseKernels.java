package dev.ivy.backend.tf;

import dev.ivy.DType;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/**
 * Kernels of the coarse operations TensorFlow has ops for: the rules of {@link TfCoarse} run by a
 * {@link TfEagerBuilder}, which frees every intermediate. A call {@link TfCoarse#accepts} refuses
 * is declined (null), so it runs the operation's decomposition.
 */
final class TfCoarseKernels {
  private final TfRuntime rt;

  TfCoarseKernels(TfRuntime rt) {
    this.rt = rt;
  }

  void register(KernelTable.Builder b) {
    for (Map.Entry<Prim, Set<DType>> e : TfCoarse.dtypes().entrySet()) {
      Prim prim = e.getKey();
      if (Prim.MULTI_OUTPUT.contains(prim)) {
        b.put(prim, e.getValue(), Kernel.multi((p, in, av, outs) -> run(prim, p, in, av, outs)));
      } else {
        b.put(
            prim,
            e.getValue(),
            (p, in, av, out) -> {
              Object[] r = run(prim, p, in, av, new Aval[] {out});
              return r == null ? null : r[0];
            });
      }
    }
  }

  private Object[] run(Prim prim, Params p, Object[] in, Aval[] av, Aval[] outs) {
    if (!TfCoarse.accepts(prim, p, av)) {
      return null;
    }
    List<TFE_TensorHandle> x = new ArrayList<>(in.length);
    for (Object o : in) {
      x.add((TFE_TensorHandle) o);
    }
    try (TfEagerBuilder g = new TfEagerBuilder(rt.call(), rt.layouts())) {
      List<TFE_TensorHandle> r = TfCoarse.emit(g, prim, p, av, outs, x);
      Object[] payloads = new Object[r.size()];
      for (int i = 0; i < payloads.length; i++) {
        payloads[i] = g.keep(r.get(i));
      }
      return payloads;
    }
  }
}
