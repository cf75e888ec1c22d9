package dev.ivy.backend.torch;

import static dev.ivy.backend.torch.TorchKernelSupport.NUMERIC;
import static dev.ivy.backend.torch.TorchKernelSupport.pt;

import ai.djl.pytorch.jni.JniUtils;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Prim;

/** Linear-algebra kernels: {@link Prim#MATMUL} (exact for integers: libtorch has int kernels). */
final class TorchLinalgKernels {
  private TorchLinalgKernels() {}

  /** Adds this category's kernels to {@code b}. */
  static void register(KernelTable.Builder b) {
    b.put(Prim.MATMUL, NUMERIC, (p, in, av, out) -> JniUtils.matmul(pt(in[0]), pt(in[1])));
  }
}
