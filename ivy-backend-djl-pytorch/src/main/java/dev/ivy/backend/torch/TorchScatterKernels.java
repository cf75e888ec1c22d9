package dev.ivy.backend.torch;

import static dev.ivy.backend.torch.TorchKernelSupport.ALL;
import static dev.ivy.backend.torch.TorchKernelSupport.pt;

import ai.djl.pytorch.jni.JniUtils;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Prim;

/**
 * Indexed updates: {@link Prim#SCATTER_ADD} as libtorch's {@code index_add} over the operand with
 * its first k dims flattened (TorchScript method {@code scatter_add}); bool adds as logical or.
 */
final class TorchScatterKernels {
  private final TorchScriptOps script;

  TorchScatterKernels(TorchScriptOps script) {
    this.script = script;
  }

  /** Adds this category's kernels to {@code b}. */
  void register(KernelTable.Builder b) {
    b.put(
        Prim.SCATTER_ADD,
        ALL,
        (p, in, av, out) -> {
          if (av[1].shape().dim(0) == 0 || out.shape().size() == 0) {
            // nothing to add: a new handle on the operand (arrays are immutable)
            return JniUtils.reshape(pt(in[0]), out.shape().dims());
          }
          return script.scatterAdd(pt(in[0]), pt(in[1]), pt(in[2]));
        });
  }
}
