package dev.ivy.registry;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;

import dev.ivy.Array;
import dev.ivy.ops.Decompositions;
import java.util.List;

/**
 * Registers the linear-algebra decompositions and solvers under the namespace {@code ivy}, with the
 * array API's names and parameters ({@code linalg.qr(x, mode='reduced')}); functions with several
 * results return them as a list, in the standard's order.
 */
public final class LinalgFunctions implements FunctionProvider {
  private static final String NS = "ivy";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public LinalgFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "linalg.cholesky",
        List.of(req("x"), opt("upper", false)),
        a -> Decompositions.cholesky(a.array("x"), a.bool("upper")));
    r.add(
        NS,
        "linalg.qr",
        List.of(req("x"), opt("mode", "reduced")),
        a -> List.of(Decompositions.qr(a.array("x"), a.string("mode"))));
    r.add(
        NS,
        "linalg.svd",
        List.of(req("x"), opt("full_matrices", true)),
        a -> List.of(Decompositions.svd(a.array("x"), a.bool("full_matrices"))));
    r.add(NS, "linalg.svdvals", List.of(req("x")), a -> Decompositions.svdvals(a.array("x")));
    r.add(NS, "linalg.eigh", List.of(req("x")), a -> List.of(Decompositions.eigh(a.array("x"))));
    r.add(NS, "linalg.eigvalsh", List.of(req("x")), a -> Decompositions.eigvalsh(a.array("x")));
    r.add(
        NS,
        "linalg.solve",
        List.of(req("x1"), req("x2")),
        a -> Decompositions.solve(a.array("x1"), a.array("x2")));
    r.add(NS, "linalg.inv", List.of(req("x")), a -> Decompositions.inv(a.array("x")));
    r.add(NS, "linalg.det", List.of(req("x")), a -> Decompositions.det(a.array("x")));
    r.add(
        NS,
        "linalg.slogdet",
        List.of(req("x")),
        a -> List.of(Decompositions.slogdet(a.array("x"))));
    r.add(
        NS,
        "linalg.pinv",
        List.of(req("x"), opt("rtol", null)),
        a -> Decompositions.pinv(a.array("x"), rtol(a)));
    r.add(
        NS,
        "linalg.matrix_rank",
        List.of(req("x"), opt("rtol", null)),
        a -> Decompositions.matrixRank(a.array("x"), rtol(a)));
    r.add(
        NS,
        "linalg.matrix_power",
        List.of(req("x"), req("n")),
        a -> Decompositions.matrixPower(a.array("x"), a.longValue("n")));
  }

  /** Returns rtol as null, a number or an array. */
  private static Object rtol(Args a) {
    if (a.isNone("rtol")) {
      return null;
    }
    Object v = a.get("rtol");
    return v instanceof Array || v instanceof Number ? v : a.array("rtol");
  }
}
