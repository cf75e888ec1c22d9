package dev.ivy.frontend.numpy;

import static dev.ivy.frontend.numpy.NumpyFunctions.add;
import static dev.ivy.frontend.numpy.NumpyFunctions.ax;
import static dev.ivy.frontend.numpy.NumpyFunctions.axis1;
import static dev.ivy.frontend.numpy.NumpyFunctions.castIf;
import static dev.ivy.frontend.numpy.NumpyFunctions.dt;
import static dev.ivy.frontend.numpy.NumpyFunctions.noOut;
import static dev.ivy.frontend.numpy.NumpyFunctions.shape;
import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.registry.Args;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.Param;
import java.util.List;

/**
 * Registers the NumPy frontend's {@code random.*} and the {@code ndarray.*} methods; {@link
 * NumpyFunctions} calls it.
 */
final class NumpyMethodFunctions {
  private static final NumpyRandom RND = NumpyFrontend.random;

  private NumpyMethodFunctions() {}

  // ---- random

  private static long[] sizeOrNull(Args a) {
    return a.isNone("size") ? null : shape(a, "size");
  }

  static void random(FunctionRegistry.Builder r) {
    add(
        r,
        "random.seed",
        List.of(opt("seed", null)),
        a -> {
          RND.seed(a.isNone("seed") ? System.nanoTime() : a.longValue("seed"));
          return null;
        });
    add(r, "random.rand", List.of(varargs("d")), a -> RND.rand(shape(a, "d")));
    add(r, "random.randn", List.of(varargs("d")), a -> RND.randn(shape(a, "d")));
    for (String n :
        List.of("random.random", "random.random_sample", "random.ranf", "random.sample")) {
      add(r, n, List.of(opt("size", null)), a -> RND.random(sizeOrNull(a)));
    }
    add(
        r,
        "random.uniform",
        List.of(opt("low", 0.0), opt("high", 1.0), opt("size", null)),
        a -> RND.uniform(a.arrayOrScalar("low"), a.arrayOrScalar("high"), sizeOrNull(a)));
    add(
        r,
        "random.normal",
        List.of(opt("loc", 0.0), opt("scale", 1.0), opt("size", null)),
        a -> RND.normal(a.arrayOrScalar("loc"), a.arrayOrScalar("scale"), sizeOrNull(a)));
    add(
        r,
        "random.standard_normal",
        List.of(opt("size", null)),
        a -> RND.standardNormal(sizeOrNull(a)));
    add(
        r,
        "random.randint",
        List.of(req("low"), opt("high", null), opt("size", null), opt("dtype", null)),
        a -> RND.randint(a.arrayOrScalar("low"), a.get("high"), sizeOrNull(a), dt(a)));
    add(
        r,
        "random.permutation",
        List.of(req("x")),
        a -> RND.permutation(a.get("x") instanceof Number n ? n : a.array("x")));
  }

  // ---- ndarray methods

  static void methods(FunctionRegistry.Builder r) {
    add(
        r,
        "ndarray.reshape",
        List.of(req("self"), varargs("shape")),
        a -> {
          List<?> s = (List<?>) a.get("shape");
          Object shp = s.size() == 1 ? s.get(0) : s;
          return NumpyFrontend.reshape(
              a.array("self"), NumpyComposites.longs(shp, a.fn(), "shape"));
        });
    add(
        r,
        "ndarray.astype",
        List.of(
            req("self"),
            req("dtype"),
            opt("order", "K"),
            opt("casting", "unsafe"),
            opt("subok", true),
            opt("copy", true)),
        a -> NumpyFrontend.astype(a.array("self"), dt(a)));
    add(
        r,
        "ndarray.flatten",
        List.of(req("self"), opt("order", "C")),
        a -> NumpyFrontend.ravel(a.array("self"), a.string("order")));
    add(
        r,
        "ndarray.ravel",
        List.of(req("self"), opt("order", "C")),
        a -> NumpyFrontend.ravel(a.array("self"), a.string("order")));
    add(
        r,
        "ndarray.transpose",
        List.of(req("self"), varargs("axes")),
        a -> {
          List<?> s = (List<?>) a.get("axes");
          Object ax = s.isEmpty() ? null : s.size() == 1 ? s.get(0) : s;
          return NumpyFrontend.transpose(a.array("self"), NumpyComposites.axes(ax));
        });
    add(r, "ndarray.T", List.of(req("self")), a -> NumpyFrontend.transpose(a.array("self"), null));
    List<Param> sumP =
        List.of(
            req("self"),
            opt("axis", null),
            opt("dtype", null),
            opt("out", null),
            opt("keepdims", false));
    add(
        r,
        "ndarray.sum",
        sumP,
        a -> NumpyFrontend.sum(noOut(a).array("self"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    add(
        r,
        "ndarray.prod",
        sumP,
        a -> NumpyFrontend.prod(noOut(a).array("self"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    add(
        r,
        "ndarray.mean",
        sumP,
        a -> NumpyFrontend.mean(noOut(a).array("self"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    List<Param> maxP =
        List.of(req("self"), opt("axis", null), opt("out", null), opt("keepdims", false));
    add(
        r,
        "ndarray.max",
        maxP,
        a -> NumpyFrontend.max(noOut(a).array("self"), ax(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "ndarray.min",
        maxP,
        a -> NumpyFrontend.min(noOut(a).array("self"), ax(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "ndarray.all",
        maxP,
        a -> NumpyFrontend.all(noOut(a).array("self"), ax(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "ndarray.any",
        maxP,
        a -> NumpyFrontend.any(noOut(a).array("self"), ax(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "ndarray.argmax",
        maxP,
        a -> NumpyFrontend.argmax(noOut(a).array("self"), axis1(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "ndarray.argmin",
        maxP,
        a -> NumpyFrontend.argmin(noOut(a).array("self"), axis1(a, "axis"), a.bool("keepdims")));
    List<Param> varP =
        List.of(
            req("self"),
            opt("axis", null),
            opt("dtype", null),
            opt("out", null),
            opt("ddof", 0L),
            opt("keepdims", false));
    add(
        r,
        "ndarray.std",
        varP,
        a ->
            NumpyFrontend.std(
                castIf(noOut(a).array("self"), dt(a)),
                ax(a, "axis"),
                a.doubleValue("ddof"),
                a.bool("keepdims")));
    add(
        r,
        "ndarray.var",
        varP,
        a ->
            NumpyFrontend.var(
                castIf(noOut(a).array("self"), dt(a)),
                ax(a, "axis"),
                a.doubleValue("ddof"),
                a.bool("keepdims")));
    add(
        r,
        "ndarray.clip",
        List.of(req("self"), opt("min", null), opt("max", null), opt("out", null)),
        a -> NumpyFrontend.clip(noOut(a).array("self"), a.get("min"), a.get("max")));
    add(
        r,
        "ndarray.squeeze",
        List.of(req("self"), opt("axis", null)),
        a -> NumpyFrontend.squeeze(a.array("self"), ax(a, "axis")));
    List<Param> cumP =
        List.of(req("self"), opt("axis", null), opt("dtype", null), opt("out", null));
    add(
        r,
        "ndarray.cumsum",
        cumP,
        a -> NumpyFrontend.cumsum(noOut(a).array("self"), axis1(a, "axis"), dt(a)));
    add(
        r,
        "ndarray.cumprod",
        cumP,
        a -> NumpyFrontend.cumprod(noOut(a).array("self"), axis1(a, "axis"), dt(a)));
    add(
        r,
        "ndarray.round",
        List.of(req("self"), opt("decimals", 0L), opt("out", null)),
        a -> NumpyFrontend.around(noOut(a).array("self"), a.longValue("decimals")));
    add(
        r,
        "ndarray.dot",
        List.of(req("self"), req("b"), opt("out", null)),
        a -> NumpyFrontend.dot(noOut(a).array("self"), a.array("b")));
    add(
        r,
        "ndarray.swapaxes",
        List.of(req("self"), req("axis1"), req("axis2")),
        a -> NumpyFrontend.swapaxes(a.array("self"), a.intValue("axis1"), a.intValue("axis2")));
    add(r, "ndarray.copy", List.of(req("self"), opt("order", "C")), a -> a.array("self"));
    add(
        r,
        "ndarray.repeat",
        List.of(req("self"), req("repeats"), opt("axis", null)),
        a ->
            NumpyFrontend.repeat(
                a.array("self"),
                a.get("repeats") instanceof List ? a.array("repeats") : a.get("repeats"),
                axis1(a, "axis")));
    add(r, "ndarray.nonzero", List.of(req("self")), a -> NumpyFrontend.nonzero(a.array("self")));
    add(
        r,
        "ndarray.argsort",
        List.of(req("self"), opt("axis", -1L), opt("kind", null), opt("order", null)),
        a -> NumpyFrontend.argsort(a.array("self"), axis1(a, "axis")));
    add(
        r,
        "ndarray.take",
        List.of(
            req("self"), req("indices"), opt("axis", null), opt("out", null), opt("mode", "raise")),
        a -> NumpyFrontend.take(noOut(a).array("self"), a.array("indices"), axis1(a, "axis")));
    add(
        r,
        "ndarray.trace",
        List.of(
            req("self"),
            opt("offset", 0L),
            opt("axis1", 0L),
            opt("axis2", 1L),
            opt("dtype", null),
            opt("out", null)),
        a ->
            NumpyFrontend.trace(
                noOut(a).array("self"),
                a.longValue("offset"),
                a.intValue("axis1"),
                a.intValue("axis2"),
                dt(a)));
    add(
        r,
        "ndarray.diagonal",
        List.of(req("self"), opt("offset", 0L), opt("axis1", 0L), opt("axis2", 1L)),
        a ->
            NumpyFrontend.diagonal(
                a.array("self"), a.longValue("offset"), a.intValue("axis1"), a.intValue("axis2")));
    add(r, "ndarray.item", List.of(req("self")), a -> a.array("self").item());
  }
}
