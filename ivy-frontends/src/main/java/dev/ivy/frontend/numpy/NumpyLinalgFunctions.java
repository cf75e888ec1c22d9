package dev.ivy.frontend.numpy;

import static dev.ivy.frontend.numpy.NumpyFunctions.add;
import static dev.ivy.frontend.numpy.NumpyFunctions.arrays;
import static dev.ivy.frontend.numpy.NumpyFunctions.axis1;
import static dev.ivy.frontend.numpy.NumpyFunctions.dt;
import static dev.ivy.frontend.numpy.NumpyFunctions.noOut;
import static dev.ivy.frontend.numpy.NumpyFunctions.shape;
import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.ops.Checks;
import dev.ivy.registry.FunctionRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the NumPy frontend's products, sorting, searching, sets, dtype queries and {@code
 * linalg.*}; {@link NumpyFunctions} calls it.
 */
final class NumpyLinalgFunctions {
  private static final NumpyLinalg LA = NumpyFrontend.linalg;

  private NumpyLinalgFunctions() {}

  // ---- products

  static void products(FunctionRegistry.Builder r) {
    add(
        r,
        "matmul",
        List.of(req("x1"), req("x2"), opt("out", null)),
        a -> NumpyFrontend.matmul(noOut(a).array("x1"), a.array("x2")));
    add(
        r,
        "dot",
        List.of(req("a"), req("b"), opt("out", null)),
        a -> NumpyFrontend.dot(noOut(a).array("a"), a.array("b")));
    add(
        r,
        "vdot",
        List.of(req("a"), req("b")),
        a -> NumpyFrontend.vdot(a.array("a"), a.array("b")));
    add(
        r,
        "inner",
        List.of(req("a"), req("b")),
        a -> NumpyFrontend.inner(a.array("a"), a.array("b")));
    add(
        r,
        "outer",
        List.of(req("a"), req("b"), opt("out", null)),
        a -> NumpyFrontend.outer(noOut(a).array("a"), a.array("b")));
    add(
        r,
        "kron",
        List.of(req("a"), req("b")),
        a -> NumpyFrontend.kron(a.array("a"), a.array("b")));
    add(
        r,
        "cross",
        List.of(
            req("a"),
            req("b"),
            opt("axisa", -1L),
            opt("axisb", -1L),
            opt("axisc", -1L),
            opt("axis", null)),
        a ->
            NumpyFrontend.cross(
                a.array("a"),
                a.array("b"),
                a.isNone("axis") ? a.intValue("axisa") : a.intValue("axis")));
    add(
        r,
        "tensordot",
        List.of(req("a"), req("b"), opt("axes", 2L)),
        a -> NumpyFrontend.tensordot(a.array("a"), a.array("b"), a.get("axes")));
    add(
        r,
        "einsum",
        List.of(req("subscripts"), varargs("operands")),
        a ->
            NumpyFrontend.einsum(
                a.string("subscripts"), arrays(a, "operands").toArray(new Array[0])));
    add(
        r,
        "vecdot",
        List.of(req("x1"), req("x2"), opt("axis", -1L)),
        a -> LA.vecdot(a.array("x1"), a.array("x2"), a.intValue("axis")));
  }

  // ---- sorting, searching, sets, dtypes

  static void searching(FunctionRegistry.Builder r) {
    add(
        r,
        "sort",
        List.of(
            req("a"), opt("axis", -1L), opt("kind", null), opt("order", null), opt("stable", null)),
        a -> NumpyFrontend.sort(a.array("a"), axis1(a, "axis")));
    add(
        r,
        "argsort",
        List.of(
            req("a"), opt("axis", -1L), opt("kind", null), opt("order", null), opt("stable", null)),
        a -> NumpyFrontend.argsort(a.array("a"), axis1(a, "axis")));
    add(
        r,
        "searchsorted",
        List.of(req("a"), req("v"), opt("side", "left"), opt("sorter", null)),
        a ->
            NumpyFrontend.searchsorted(
                a.array("a"), a.array("v"), a.string("side"), a.arrayOrNull("sorter")));
    add(r, "nonzero", List.of(req("a")), a -> NumpyFrontend.nonzero(a.array("a")));
    add(r, "argwhere", List.of(req("a")), a -> NumpyFrontend.argwhere(a.array("a")));
    add(r, "flatnonzero", List.of(req("a")), a -> NumpyFrontend.flatnonzero(a.array("a")));
    add(
        r,
        "extract",
        List.of(req("condition"), req("arr")),
        a ->
            NumpyFrontend.take(
                a.array("arr"), NumpyFrontend.flatnonzero(a.array("condition")), null));
    add(
        r,
        "compress",
        List.of(req("condition"), req("a"), opt("axis", null)),
        a ->
            NumpyFrontend.take(
                a.array("a"), NumpyFrontend.flatnonzero(a.array("condition")), axis1(a, "axis")));
    add(
        r,
        "unique",
        List.of(
            req("ar"),
            opt("return_index", false),
            opt("return_inverse", false),
            opt("return_counts", false),
            opt("axis", null),
            opt("equal_nan", true)),
        a -> {
          Checks.check(a.isNone("axis"), "unique", "axis is not supported; got %s", a.get("axis"));
          Array x = NumpyFrontend.ravel(a.array("ar"), "C");
          if (!a.bool("return_index") && !a.bool("return_inverse") && !a.bool("return_counts")) {
            return NumpyFrontend.unique(x);
          }
          dev.ivy.ops.Sets.UniqueAll u = dev.ivy.ops.Sets.uniqueAll(x);
          // core's order is unspecified (array API); NumPy sorts the values
          Array order = NumpyFrontend.argsort(u.values(), 0);
          Array rank = NumpyFrontend.argsort(order, 0);
          List<Array> out = new ArrayList<>(List.of(NumpyFrontend.take(u.values(), order, 0)));
          if (a.bool("return_index")) {
            out.add(NumpyFrontend.take(u.indices(), order, 0));
          }
          if (a.bool("return_inverse")) {
            Array inv = NumpyFrontend.take(rank, NumpyFrontend.ravel(u.inverseIndices(), "C"), 0);
            out.add(NumpyFrontend.reshape(inv, a.array("ar").shape().dims()));
          }
          if (a.bool("return_counts")) {
            out.add(NumpyFrontend.take(u.counts(), order, 0));
          }
          return out;
        });
    add(r, "unique_values", List.of(req("x")), a -> NumpyFrontend.unique(a.array("x")));
    add(
        r,
        "isin",
        List.of(
            req("element"),
            req("test_elements"),
            opt("assume_unique", false),
            opt("invert", false)),
        a -> {
          Array m = NumpyFrontend.isin(a.array("element"), a.array("test_elements"));
          return a.bool("invert") ? NumpyFrontend.logicalNot(m) : m;
        });
    add(
        r,
        "intersect1d",
        List.of(req("ar1"), req("ar2"), opt("assume_unique", false)),
        a -> {
          Array u = NumpyFrontend.unique(a.array("ar1"));
          return NumpyFrontend.take(
              u, NumpyFrontend.flatnonzero(NumpyFrontend.isin(u, a.array("ar2"))), null);
        });
    add(
        r,
        "setdiff1d",
        List.of(req("ar1"), req("ar2"), opt("assume_unique", false)),
        a -> {
          Array u = NumpyFrontend.unique(a.array("ar1"));
          return NumpyFrontend.take(
              u,
              NumpyFrontend.flatnonzero(
                  NumpyFrontend.logicalNot(NumpyFrontend.isin(u, a.array("ar2")))),
              null);
        });
    add(
        r,
        "union1d",
        List.of(req("ar1"), req("ar2")),
        a ->
            NumpyFrontend.unique(
                NumpyFrontend.concatenate(
                    List.of(
                        NumpyFrontend.ravel(a.array("ar1"), "C"),
                        NumpyFrontend.ravel(a.array("ar2"), "C")),
                    0)));
    add(
        r,
        "take",
        List.of(
            req("a"), req("indices"), opt("axis", null), opt("out", null), opt("mode", "raise")),
        a -> NumpyFrontend.take(noOut(a).array("a"), a.array("indices"), axis1(a, "axis")));
    add(
        r,
        "take_along_axis",
        List.of(req("arr"), req("indices"), opt("axis", -1L)),
        a -> NumpyFrontend.takeAlongAxis(a.array("arr"), a.array("indices"), axis1(a, "axis")));
    add(
        r,
        "choose",
        List.of(req("a"), req("choices"), opt("out", null), opt("mode", "raise")),
        a -> {
          Array idx = noOut(a).array("a");
          List<Array> ch = arrays(a, "choices");
          Array st =
              NumpyFrontend.stack(
                  NumpyFrontend.broadcastArrays(concatOne(idx, ch)).subList(1, ch.size() + 1), 0);
          Array bi =
              NumpyFrontend.broadcastTo(
                  idx,
                  st.shape().dims()[0] == 0
                      ? idx.shape().dims()
                      : java.util.Arrays.copyOfRange(st.shape().dims(), 1, st.rank()));
          return NumpyFrontend.squeeze(
              NumpyFrontend.takeAlongAxis(st, NumpyFrontend.expandDims(bi, 0), 0), new int[] {0});
        });
    add(
        r,
        "unravel_index",
        List.of(req("indices"), req("shape"), opt("order", "C")),
        a -> {
          Array idx = a.array("indices");
          long[] s = shape(a, "shape");
          List<Array> out = new ArrayList<>();
          Array rem = idx;
          for (int i = s.length - 1; i >= 0; i--) {
            out.add(0, NumpyFrontend.mod(rem, s[i]));
            rem = NumpyFrontend.floorDivide(rem, s[i]);
          }
          return out;
        });
    add(
        r,
        "ravel_multi_index",
        List.of(req("multi_index"), req("dims"), opt("mode", "raise"), opt("order", "C")),
        a -> {
          List<Array> idx = arrays(a, "multi_index");
          long[] d = shape(a, "dims");
          Array acc = NumpyFrontend.zerosLike(idx.get(0), DType.INT64);
          for (int i = 0; i < d.length; i++) {
            acc = NumpyFrontend.add(NumpyFrontend.multiply(acc, d[i]), idx.get(i));
          }
          return acc;
        });
    add(
        r,
        "result_type",
        List.of(varargs("arrays_and_dtypes")),
        a -> NumpyFrontend.resultType((List<?>) a.get("arrays_and_dtypes")));
    add(
        r,
        "promote_types",
        List.of(req("type1"), req("type2")),
        a -> dev.ivy.rules.TypePromotion.promote(a.dtypeOrNull("type1"), a.dtypeOrNull("type2")));
    add(
        r,
        "can_cast",
        List.of(req("from_"), req("to"), opt("casting", "safe")),
        a -> {
          Checks.check(
              "safe".equals(a.string("casting")),
              "can_cast",
              "only casting='safe' is supported; got '%s'",
              a.string("casting"));
          return NumpyFrontend.canCast(
              a.get("from_") instanceof Array x ? x : a.dtypeOrNull("from_"), a.dtypeOrNull("to"));
        });
    add(r, "ndim", List.of(req("a")), a -> (long) a.array("a").rank());
    add(r, "size", List.of(req("a")), a -> a.array("a").size());
    add(
        r,
        "shape",
        List.of(req("a")),
        a -> {
          List<Long> s = new ArrayList<>();
          for (long d : a.array("a").shape().dims()) {
            s.add(d);
          }
          return s;
        });
  }

  private static List<Array> concatOne(Array first, List<Array> rest) {
    List<Array> l = new ArrayList<>();
    l.add(first);
    l.addAll(rest);
    return l;
  }

  // ---- linalg

  static void linalg(FunctionRegistry.Builder r) {
    add(
        r,
        "linalg.norm",
        List.of(req("x"), opt("ord", null), opt("axis", null), opt("keepdims", false)),
        a -> LA.norm(a.array("x"), a.get("ord"), a.get("axis"), a.bool("keepdims")));
    add(r, "linalg.inv", List.of(req("a")), a -> LA.inv(a.array("a")));
    add(
        r,
        "linalg.pinv",
        List.of(req("a"), opt("rcond", null), opt("hermitian", false), opt("rtol", null)),
        a -> LA.pinv(a.array("a"), a.isNone("rtol") ? a.get("rcond") : a.get("rtol")));
    add(r, "linalg.det", List.of(req("a")), a -> LA.det(a.array("a")));
    add(r, "linalg.slogdet", List.of(req("a")), a -> LA.slogdet(a.array("a")));
    add(r, "linalg.solve", List.of(req("a"), req("b")), a -> LA.solve(a.array("a"), a.array("b")));
    add(
        r,
        "linalg.lstsq",
        List.of(req("a"), req("b"), opt("rcond", null)),
        a -> LA.lstsq(a.array("a"), a.array("b")));
    add(
        r,
        "linalg.matrix_power",
        List.of(req("a"), req("n")),
        a -> LA.matrixPower(a.array("a"), a.longValue("n")));
    add(
        r,
        "linalg.matrix_rank",
        List.of(req("A"), opt("tol", null), opt("hermitian", false), opt("rtol", null)),
        a -> LA.matrixRank(a.array("A"), a.isNone("rtol") ? a.get("tol") : a.get("rtol")));
    add(
        r,
        "linalg.cond",
        List.of(req("x"), opt("p", null)),
        a -> {
          Checks.check(
              a.isNone("p") || Long.valueOf(2).equals(a.get("p")),
              "linalg.cond",
              "only p=None or 2 is supported; got %s",
              a.get("p"));
          return LA.cond(a.array("x"));
        });
    add(
        r,
        "linalg.cholesky",
        List.of(req("a"), opt("upper", false)),
        a -> LA.cholesky(a.array("a"), a.bool("upper")));
    add(
        r,
        "linalg.qr",
        List.of(req("a"), opt("mode", "reduced")),
        a -> LA.qr(a.array("a"), a.string("mode")));
    add(
        r,
        "linalg.svd",
        List.of(
            req("a"), opt("full_matrices", true), opt("compute_uv", true), opt("hermitian", false)),
        a -> LA.svd(a.array("a"), a.bool("full_matrices"), a.bool("compute_uv")));
    add(r, "linalg.svdvals", List.of(req("x")), a -> LA.svdvals(a.array("x")));
    add(r, "linalg.eigh", List.of(req("a"), opt("UPLO", "L")), a -> LA.eigh(a.array("a")));
    add(r, "linalg.eigvalsh", List.of(req("a"), opt("UPLO", "L")), a -> LA.eigvalsh(a.array("a")));
    add(
        r,
        "linalg.multi_dot",
        List.of(req("arrays"), opt("out", null)),
        a -> LA.multiDot(arrays(noOut(a), "arrays")));
    add(
        r,
        "linalg.matmul",
        List.of(req("x1"), req("x2")),
        a -> LA.matmul(a.array("x1"), a.array("x2")));
    add(
        r,
        "linalg.outer",
        List.of(req("x1"), req("x2")),
        a -> LA.outer(a.array("x1"), a.array("x2")));
    add(
        r,
        "linalg.cross",
        List.of(req("x1"), req("x2"), opt("axis", -1L)),
        a -> LA.cross(a.array("x1"), a.array("x2"), a.intValue("axis")));
    add(
        r,
        "linalg.diagonal",
        List.of(req("x"), opt("offset", 0L)),
        a -> LA.diagonal(a.array("x"), a.longValue("offset")));
    add(
        r,
        "linalg.trace",
        List.of(req("x"), opt("offset", 0L), opt("dtype", null)),
        a ->
            NumpyFrontend.sum(
                LA.diagonal(a.array("x"), a.longValue("offset")), new int[] {-1}, dt(a), false));
    add(r, "linalg.matrix_transpose", List.of(req("x")), a -> LA.matrixTranspose(a.array("x")));
    add(
        r,
        "linalg.vector_norm",
        List.of(req("x"), opt("axis", null), opt("keepdims", false), opt("ord", 2L)),
        a -> LA.vectorNorm(a.array("x"), a.get("axis"), a.bool("keepdims"), a.get("ord")));
    add(
        r,
        "linalg.matrix_norm",
        List.of(req("x"), opt("keepdims", false), opt("ord", "fro")),
        a -> LA.matrixNorm(a.array("x"), a.bool("keepdims"), a.get("ord")));
    add(
        r,
        "linalg.vecdot",
        List.of(req("x1"), req("x2"), opt("axis", -1L)),
        a -> LA.vecdot(a.array("x1"), a.array("x2"), a.intValue("axis")));
    add(
        r,
        "linalg.tensordot",
        List.of(req("x1"), req("x2"), opt("axes", 2L)),
        a -> NumpyFrontend.tensordot(a.array("x1"), a.array("x2"), a.get("axes")));
  }
}
