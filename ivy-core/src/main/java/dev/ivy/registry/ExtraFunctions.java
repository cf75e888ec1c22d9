package dev.ivy.registry;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;

import dev.ivy.ops.DTypeInfo;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sets;
import java.util.List;

/** Registers the extra functions of the core API under the namespace {@code ivy}. */
public final class ExtraFunctions implements FunctionProvider {
  private static final String NS = "ivy";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public ExtraFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    sets(r);
    searching(r);
    elementwise(r);
    reductions(r);
    manipulation(r);
  }

  private static void manipulation(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "split",
        List.of(
            req("x"),
            opt("num_or_size_splits", null),
            opt("axis", 0L),
            opt("with_remainder", false)),
        a ->
            ExtraManipulation.split(
                a.array("x"),
                a.get("num_or_size_splits"),
                a.intValue("axis"),
                a.bool("with_remainder")));
    r.add(
        NS,
        "diag",
        List.of(req("x"), opt("k", 0L)),
        a -> ExtraManipulation.diag(a.array("x"), a.longValue("k")));
    r.add(
        NS,
        "kron",
        List.of(req("a"), req("b")),
        a -> ExtraManipulation.kron(a.array("a"), a.array("b")));
    r.add(
        NS,
        "pad",
        List.of(req("x"), req("pad_width"), opt("mode", "constant"), opt("constant_values", 0L)),
        a ->
            ExtraManipulation.pad(
                a.array("x"),
                ExtraManipulation.padWidths(a.get("pad_width")),
                a.string("mode"),
                a.get("constant_values")));
  }

  private static void sets(FunctionRegistry.Builder r) {
    r.add(NS, "unique_values", List.of(req("x")), a -> Sets.uniqueValues(a.array("x")));
    r.add(NS, "unique_counts", List.of(req("x")), a -> Sets.uniqueCounts(a.array("x")));
    r.add(NS, "unique_inverse", List.of(req("x")), a -> Sets.uniqueInverse(a.array("x")));
    r.add(NS, "unique_all", List.of(req("x")), a -> Sets.uniqueAll(a.array("x")).toList());
  }

  private static void searching(FunctionRegistry.Builder r) {
    r.add(NS, "nonzero", List.of(req("x")), a -> Searching.nonzero(a.array("x")));
    r.add(
        NS,
        "take_along_axis",
        List.of(req("x"), req("indices"), opt("axis", -1L)),
        a -> Searching.takeAlongAxis(a.array("x"), a.array("indices"), a.intOrNull("axis")));
    r.add(
        NS,
        "top_k",
        List.of(req("x"), req("k"), opt("axis", -1L), opt("largest", true), opt("sorted", true)),
        a ->
            Searching.topK(
                a.array("x"),
                a.longValue("k"),
                a.intValue("axis"),
                a.bool("largest"),
                a.bool("sorted")));
    r.add(
        NS,
        "gather",
        List.of(req("params"), req("indices"), opt("axis", -1L), opt("batch_dims", 0L)),
        a ->
            Searching.gather(
                a.array("params"),
                a.array("indices"),
                a.intValue("axis"),
                a.intValue("batch_dims")));
    r.add(
        NS,
        "gather_nd",
        List.of(req("params"), req("indices"), opt("batch_dims", 0L)),
        a -> Searching.gatherNd(a.array("params"), a.array("indices"), a.intValue("batch_dims")));
  }

  private static void elementwise(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "nextafter",
        List.of(req("x1"), req("x2")),
        a -> Extras.nextafter(a.arrayOrScalar("x1"), a.arrayOrScalar("x2")));
    List<Param> close =
        List.of(
            req("a"), req("b"), opt("rtol", 1e-05), opt("atol", 1e-08), opt("equal_nan", false));
    r.add(
        NS,
        "isclose",
        close,
        a ->
            Extras.isclose(
                a.arrayOrScalar("a"),
                a.arrayOrScalar("b"),
                a.doubleValue("rtol"),
                a.doubleValue("atol"),
                a.bool("equal_nan")));
    r.add(
        NS,
        "allclose",
        close,
        a ->
            Extras.allclose(
                a.arrayOrScalar("a"),
                a.arrayOrScalar("b"),
                a.doubleValue("rtol"),
                a.doubleValue("atol"),
                a.bool("equal_nan")));
    r.add(
        NS,
        "nan_to_num",
        List.of(
            req("x"), opt("copy", true), opt("nan", 0.0), opt("posinf", null), opt("neginf", null)),
        a ->
            Extras.nanToNum(
                a.array("x"),
                a.doubleValue("nan"),
                a.isNone("posinf") ? null : a.doubleValue("posinf"),
                a.isNone("neginf") ? null : a.doubleValue("neginf")));
    r.add(NS, "finfo", List.of(req("type")), a -> DTypeInfo.finfo(a.get("type")));
    r.add(NS, "iinfo", List.of(req("type")), a -> DTypeInfo.iinfo(a.get("type")));
  }

  private static void reductions(FunctionRegistry.Builder r) {
    List<Param> axisKeep = List.of(req("x"), opt("axis", null), opt("keepdims", false));
    r.add(
        NS,
        "logsumexp",
        axisKeep,
        a -> Extras.logsumexp(a.array("x"), a.intsOrNull("axis"), a.bool("keepdims")));
    r.add(
        NS,
        "nansum",
        List.of(req("x"), opt("axis", null), opt("dtype", null), opt("keepdims", false)),
        a ->
            Extras.nansum(
                a.array("x"), a.intsOrNull("axis"), a.bool("keepdims"), a.dtypeOrNull("dtype")));
    r.add(
        NS,
        "nanmean",
        axisKeep,
        a -> Extras.nanmean(a.array("x"), a.intsOrNull("axis"), a.bool("keepdims")));
    r.add(
        NS,
        "median",
        axisKeep,
        a -> Extras.median(a.array("x"), a.intsOrNull("axis"), a.bool("keepdims")));
    r.add(
        NS,
        "quantile",
        List.of(
            req("x"),
            req("q"),
            opt("axis", null),
            opt("keepdims", false),
            opt("interpolation", "linear")),
        a ->
            Extras.quantile(
                a.array("x"),
                a.get("q") instanceof Number n ? n : a.array("q"),
                a.intsOrNull("axis"),
                a.bool("keepdims"),
                a.string("interpolation")));
    List<Param> scan =
        List.of(req("x"), opt("axis", 0L), opt("exclusive", false), opt("reverse", false));
    r.add(
        NS,
        "cummax",
        scan,
        a ->
            Extras.cummax(
                a.array("x"), a.intValue("axis"), a.bool("exclusive"), a.bool("reverse")));
    r.add(
        NS,
        "cummin",
        scan,
        a ->
            Extras.cummin(
                a.array("x"), a.intValue("axis"), a.bool("exclusive"), a.bool("reverse")));
    r.add(
        NS,
        "linalg.vector_norm",
        List.of(req("x"), opt("axis", null), opt("keepdims", false), opt("ord", 2L)),
        a ->
            Extras.vectorNorm(
                a.array("x"), a.intsOrNull("axis"), a.bool("keepdims"), a.get("ord")));
  }
}
