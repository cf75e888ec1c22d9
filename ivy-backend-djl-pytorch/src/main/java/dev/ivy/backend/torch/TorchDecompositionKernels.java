package dev.ivy.backend.torch;

import static dev.ivy.backend.torch.TorchKernelSupport.pt;

import dev.ivy.DType;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.EnumSet;
import java.util.Set;

/**
 * The decompositions ({@link Prim#LINALG}) in float32 and float64 (core widens half floats),
 * through {@code torch.linalg} in {@link TorchScriptOps}: {@code cholesky}, {@code
 * solve_triangular}, {@code lu_factor} (pivots turned into a permutation with {@code lu_unpack}),
 * {@code qr}, {@code svd} and {@code eigh}.
 */
final class TorchDecompositionKernels {
  private static final Set<DType> FLOATS = EnumSet.of(DType.FLOAT32, DType.FLOAT64);

  private final TorchScriptOps script;

  TorchDecompositionKernels(TorchScriptOps script) {
    this.script = script;
  }

  /** Adds this category's kernels to {@code b}. */
  void register(KernelTable.Builder b) {
    b.put(Prim.CHOLESKY, FLOATS, (p, in, av, out) -> script.call("cholesky", pt(in[0])));
    b.put(
        Prim.TRIANGULAR_SOLVE,
        FLOATS,
        (p, in, av, out) -> {
          Params.Triangular t = (Params.Triangular) p;
          return script.triangularSolve(pt(in[0]), pt(in[1]), !t.lower(), t.unitDiagonal());
        });
    b.put(Prim.LU, FLOATS, Kernel.multi((p, in, av, outs) -> script.callList("lu", pt(in[0]))));
    b.put(
        Prim.QR,
        FLOATS,
        Kernel.multi(
            (p, in, av, outs) ->
                script.callList("qr", pt(in[0]), ((Params.Decomposition) p).full())));
    b.put(
        Prim.SVD,
        FLOATS,
        Kernel.multi(
            (p, in, av, outs) ->
                script.callList("svd", pt(in[0]), ((Params.Decomposition) p).full())));
    b.put(Prim.EIGH, FLOATS, Kernel.multi((p, in, av, outs) -> script.callList("eigh", pt(in[0]))));
  }
}
