package dev.ivy.frontend.numpy;

import static dev.ivy.frontend.numpy.NumpyFunctions.add;
import static dev.ivy.frontend.numpy.NumpyFunctions.ax;
import static dev.ivy.frontend.numpy.NumpyFunctions.axis1;
import static dev.ivy.frontend.numpy.NumpyFunctions.castIf;
import static dev.ivy.frontend.numpy.NumpyFunctions.dt;
import static dev.ivy.frontend.numpy.NumpyFunctions.noOut;
import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.registry.Args;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.Param;
import java.util.List;

/** Registers the NumPy frontend's reductions and statistics; {@link NumpyFunctions} calls it. */
final class NumpyReductionFunctions {

  private NumpyReductionFunctions() {}

  // ---- reductions and statistics

  static void reductions(FunctionRegistry.Builder r) {
    List<Param> sumP =
        List.of(
            req("a"),
            opt("axis", null),
            opt("dtype", null),
            opt("out", null),
            opt("keepdims", false));
    add(
        r,
        "sum",
        sumP,
        a -> NumpyFrontend.sum(noOut(a).array("a"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    add(
        r,
        "prod",
        sumP,
        a -> NumpyFrontend.prod(noOut(a).array("a"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    add(
        r,
        "mean",
        sumP,
        a -> NumpyFrontend.mean(noOut(a).array("a"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    add(
        r,
        "nansum",
        sumP,
        a -> NumpyFrontend.nansum(noOut(a).array("a"), ax(a, "axis"), dt(a), a.bool("keepdims")));
    add(
        r,
        "nanmean",
        sumP,
        a -> NumpyFrontend.nanmean(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "nanprod",
        sumP,
        a -> {
          Array x = noOut(a).array("a");
          Array f =
              x.dtype().isFloating() ? NumpyFrontend.where(NumpyFrontend.isnan(x), 1.0, x) : x;
          return NumpyFrontend.prod(f, ax(a, "axis"), dt(a), a.bool("keepdims"));
        });
    List<Param> maxP =
        List.of(req("a"), opt("axis", null), opt("out", null), opt("keepdims", false));
    for (String n : List.of("max", "amax")) {
      add(
          r,
          n,
          maxP,
          a -> NumpyFrontend.max(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims")));
    }
    for (String n : List.of("min", "amin")) {
      add(
          r,
          n,
          maxP,
          a -> NumpyFrontend.min(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims")));
    }
    for (String n : List.of("nanmax", "nanmin")) {
      boolean isMax = n.equals("nanmax");
      add(
          r,
          n,
          maxP,
          a -> {
            Array x = noOut(a).array("a");
            if (!x.dtype().isFloating()) {
              return isMax
                  ? NumpyFrontend.max(x, ax(a, "axis"), a.bool("keepdims"))
                  : NumpyFrontend.min(x, ax(a, "axis"), a.bool("keepdims"));
            }
            Array nan = NumpyFrontend.isnan(x);
            Array f =
                NumpyFrontend.where(
                    nan, isMax ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, x);
            Array m =
                isMax
                    ? NumpyFrontend.max(f, ax(a, "axis"), a.bool("keepdims"))
                    : NumpyFrontend.min(f, ax(a, "axis"), a.bool("keepdims"));
            Array allNan = NumpyFrontend.all(nan, ax(a, "axis"), a.bool("keepdims"));
            return NumpyFrontend.where(allNan, Double.NaN, m);
          });
    }
    add(
        r,
        "ptp",
        List.of(req("a"), opt("axis", null), opt("out", null), opt("keepdims", false)),
        a -> NumpyFrontend.ptp(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims")));
    for (String n : List.of("all", "any")) {
      add(
          r,
          n,
          maxP,
          a ->
              n.equals("all")
                  ? NumpyFrontend.all(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims"))
                  : NumpyFrontend.any(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims")));
    }
    List<Param> varP =
        List.of(
            req("a"),
            opt("axis", null),
            opt("dtype", null),
            opt("out", null),
            opt("ddof", 0L),
            opt("keepdims", false));
    add(
        r,
        "var",
        varP,
        a ->
            NumpyFrontend.var(
                castIf(noOut(a).array("a"), dt(a)),
                ax(a, "axis"),
                a.doubleValue("ddof"),
                a.bool("keepdims")));
    add(
        r,
        "std",
        varP,
        a ->
            NumpyFrontend.std(
                castIf(noOut(a).array("a"), dt(a)),
                ax(a, "axis"),
                a.doubleValue("ddof"),
                a.bool("keepdims")));
    for (String n : List.of("nanvar", "nanstd")) {
      add(
          r,
          n,
          varP,
          a -> {
            Array x = NumpyComposites.toFloat(castIf(noOut(a).array("a"), dt(a)));
            int[] axes = ax(a, "axis");
            Array valid = NumpyFrontend.logicalNot(NumpyFrontend.isnan(x));
            Array cnt = NumpyFrontend.sum(valid, axes, x.dtype(), true);
            Array mu = NumpyFrontend.divide(NumpyFrontend.nansum(x, axes, null, true), cnt);
            Array dev2 =
                NumpyFrontend.where(
                    valid, NumpyFrontend.square(NumpyFrontend.subtract(x, mu)), 0.0);
            Array v =
                NumpyFrontend.divide(
                    NumpyFrontend.sum(dev2, axes, null, a.bool("keepdims")),
                    NumpyFrontend.subtract(
                        NumpyFrontend.sum(valid, axes, x.dtype(), a.bool("keepdims")),
                        a.doubleValue("ddof")));
            return n.equals("nanstd") ? NumpyFrontend.sqrt(v) : v;
          });
    }
    for (String n : List.of("argmax", "argmin")) {
      add(
          r,
          n,
          List.of(req("a"), opt("axis", null), opt("out", null), opt("keepdims", false)),
          a ->
              n.equals("argmax")
                  ? NumpyFrontend.argmax(noOut(a).array("a"), axis1(a, "axis"), a.bool("keepdims"))
                  : NumpyFrontend.argmin(
                      noOut(a).array("a"), axis1(a, "axis"), a.bool("keepdims")));
    }
    List<Param> cumP = List.of(req("a"), opt("axis", null), opt("dtype", null), opt("out", null));
    add(r, "cumsum", cumP, a -> NumpyFrontend.cumsum(noOut(a).array("a"), axis1(a, "axis"), dt(a)));
    add(
        r,
        "cumprod",
        cumP,
        a -> NumpyFrontend.cumprod(noOut(a).array("a"), axis1(a, "axis"), dt(a)));
    add(
        r,
        "nancumsum",
        cumP,
        a -> {
          Array x = noOut(a).array("a");
          return NumpyFrontend.cumsum(
              x.dtype().isFloating() ? NumpyFrontend.where(NumpyFrontend.isnan(x), 0.0, x) : x,
              axis1(a, "axis"),
              dt(a));
        });
    add(
        r,
        "nancumprod",
        cumP,
        a -> {
          Array x = noOut(a).array("a");
          return NumpyFrontend.cumprod(
              x.dtype().isFloating() ? NumpyFrontend.where(NumpyFrontend.isnan(x), 1.0, x) : x,
              axis1(a, "axis"),
              dt(a));
        });
    add(
        r,
        "cumulative_sum",
        List.of(
            req("x"),
            opt("axis", null),
            opt("dtype", null),
            opt("out", null),
            opt("include_initial", false)),
        a ->
            dev.ivy.ops.Cumulative.cumulativeSum(
                noOut(a).array("x"), axis1(a, "axis"), dt(a), a.bool("include_initial")));
    add(
        r,
        "median",
        List.of(
            req("a"),
            opt("axis", null),
            opt("out", null),
            opt("overwrite_input", false),
            opt("keepdims", false)),
        a -> NumpyFrontend.median(noOut(a).array("a"), ax(a, "axis"), a.bool("keepdims")));
    for (String n : List.of("quantile", "percentile")) {
      add(
          r,
          n,
          List.of(
              req("a"),
              req("q"),
              opt("axis", null),
              opt("out", null),
              opt("overwrite_input", false),
              opt("method", "linear"),
              opt("keepdims", false)),
          a -> {
            Object q = a.get("q") instanceof List ? a.array("q") : a.get("q");
            return n.equals("quantile")
                ? NumpyFrontend.quantile(
                    noOut(a).array("a"), q, ax(a, "axis"), a.string("method"), a.bool("keepdims"))
                : NumpyFrontend.percentile(
                    noOut(a).array("a"), q, ax(a, "axis"), a.string("method"), a.bool("keepdims"));
          });
    }
    add(
        r,
        "average",
        List.of(
            req("a"),
            opt("axis", null),
            opt("weights", null),
            opt("returned", false),
            opt("keepdims", false)),
        a -> {
          Array avg =
              NumpyFrontend.average(
                  a.array("a"), a.get("axis"), a.arrayOrNull("weights"), a.bool("keepdims"));
          if (!a.bool("returned")) {
            return avg;
          }
          Array w =
              a.isNone("weights")
                  ? NumpyFrontend.onesLike(a.array("a"), avg.dtype())
                  : NumpyFrontend.astype(
                      NumpyFrontend.broadcastTo(a.array("weights"), a.array("a").shape().dims()),
                      avg.dtype());
          return List.of(avg, NumpyFrontend.sum(w, ax(a, "axis"), null, a.bool("keepdims")));
        });
    add(
        r,
        "count_nonzero",
        List.of(req("a"), opt("axis", null), opt("keepdims", false)),
        a -> NumpyFrontend.countNonzero(a.array("a"), ax(a, "axis"), a.bool("keepdims")));
    add(
        r,
        "trace",
        List.of(
            req("a"),
            opt("offset", 0L),
            opt("axis1", 0L),
            opt("axis2", 1L),
            opt("dtype", null),
            opt("out", null)),
        a ->
            NumpyFrontend.trace(
                noOut(a).array("a"),
                a.longValue("offset"),
                a.intValue("axis1"),
                a.intValue("axis2"),
                dt(a)));
    add(
        r,
        "cov",
        List.of(
            req("m"), opt("y", null), opt("rowvar", true), opt("bias", false), opt("ddof", null)),
        a ->
            NumpyFrontend.cov(
                a.array("m"),
                a.arrayOrNull("y"),
                a.bool("rowvar"),
                a.isNone("ddof") ? (a.bool("bias") ? 0L : 1L) : a.longValue("ddof")));
    add(
        r,
        "corrcoef",
        List.of(req("x"), opt("y", null), opt("rowvar", true)),
        a -> NumpyFrontend.corrcoef(a.array("x"), a.arrayOrNull("y"), a.bool("rowvar")));
    add(
        r,
        "histogram",
        List.of(
            req("a"),
            opt("bins", 10L),
            opt("range", null),
            opt("density", null),
            opt("weights", null)),
        a -> {
          Checks.check(
              a.get("bins") instanceof Number,
              "histogram",
              "bins must be an int (bin edges are not supported); got %s",
              a.get("bins"));
          return NumpyFrontend.histogram(
              a.array("a"),
              a.longValue("bins"),
              range(a),
              a.arrayOrNull("weights"),
              Boolean.TRUE.equals(a.get("density")));
        });
    add(
        r,
        "bincount",
        List.of(req("x"), opt("weights", null), opt("minlength", 0L)),
        a ->
            NumpyFrontend.bincount(
                a.array("x"), a.arrayOrNull("weights"), a.longValue("minlength")));
    add(
        r,
        "digitize",
        List.of(req("x"), req("bins"), opt("right", false)),
        a -> NumpyFrontend.digitize(a.array("x"), a.array("bins"), a.bool("right")));
    add(
        r,
        "interp",
        List.of(
            req("x"),
            req("xp"),
            req("fp"),
            opt("left", null),
            opt("right", null),
            opt("period", null)),
        a -> {
          Checks.check(
              a.isNone("period"), "interp", "period is not supported; got %s", a.get("period"));
          return NumpyFrontend.interp(
              a.array("x"),
              a.array("xp"),
              a.array("fp"),
              a.numberOrNull("left"),
              a.numberOrNull("right"));
        });
    add(
        r,
        "correlate",
        List.of(req("a"), req("v"), opt("mode", "valid")),
        a -> NumpyFrontend.correlate(a.array("a"), a.array("v"), a.string("mode")));
    add(
        r,
        "convolve",
        List.of(req("a"), req("v"), opt("mode", "full")),
        a -> NumpyFrontend.convolve(a.array("a"), a.array("v"), a.string("mode")));
    add(
        r,
        "trapezoid",
        List.of(req("y"), opt("x", null), opt("dx", 1.0), opt("axis", -1L)),
        a -> {
          Array y = NumpyComposites.toFloat(a.array("y"));
          int axis = a.intValue("axis");
          long n = y.shape().dim(Checks.axis("trapezoid", "axis", axis, y.rank()));
          Array lo = NumpyFrontend.take(y, NumpyFrontend.arange(0L, n - 1, 1L, DType.INT64), axis);
          Array hi = NumpyFrontend.take(y, NumpyFrontend.arange(1L, n, 1L, DType.INT64), axis);
          Array mid = NumpyFrontend.divide(NumpyFrontend.add(lo, hi), 2.0);
          Object d =
              a.isNone("x")
                  ? a.get("dx")
                  : NumpyFrontend.diff(a.array("x"), 1, a.array("x").rank() == 1 ? 0 : axis);
          if (d instanceof Array da && da.rank() == 1 && y.rank() > 1) {
            long[] shp = new long[y.rank()];
            java.util.Arrays.fill(shp, 1);
            shp[Checks.axis("trapezoid", "axis", axis, y.rank())] = da.size();
            d = NumpyFrontend.reshape(da, shp);
          }
          return NumpyFrontend.sum(NumpyFrontend.multiply(mid, d), new int[] {axis}, null, false);
        });
  }

  private static List<?> range(Args a) {
    Object v = a.get("range");
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> l
        && l.size() == 2
        && l.get(0) instanceof Number
        && l.get(1) instanceof Number) {
      return l;
    }
    throw new IvyArgumentException("histogram: range must be None or (min, max); got " + v);
  }
}
