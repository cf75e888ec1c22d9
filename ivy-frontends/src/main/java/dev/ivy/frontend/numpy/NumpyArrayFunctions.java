package dev.ivy.frontend.numpy;

import static dev.ivy.frontend.numpy.NumpyFunctions.add;
import static dev.ivy.frontend.numpy.NumpyFunctions.arrays;
import static dev.ivy.frontend.numpy.NumpyFunctions.ax;
import static dev.ivy.frontend.numpy.NumpyFunctions.axis1;
import static dev.ivy.frontend.numpy.NumpyFunctions.dt;
import static dev.ivy.frontend.numpy.NumpyFunctions.longOrNull;
import static dev.ivy.frontend.numpy.NumpyFunctions.noOut;
import static dev.ivy.frontend.numpy.NumpyFunctions.shape;
import static dev.ivy.frontend.numpy.NumpyFunctions.unwrapped;
import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.ops.Checks;
import dev.ivy.registry.Args;
import dev.ivy.registry.FunctionRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the NumPy frontend's array creation and shape manipulation; {@link NumpyFunctions}
 * calls it.
 */
final class NumpyArrayFunctions {

  private NumpyArrayFunctions() {}

  // ---- creation

  static void creation(FunctionRegistry.Builder r) {
    for (String n : List.of("zeros", "ones", "empty")) {
      add(
          r,
          n,
          List.of(req("shape"), opt("dtype", null), opt("order", "C")),
          a ->
              n.equals("ones")
                  ? NumpyFrontend.ones(shape(a, "shape"), dt(a))
                  : NumpyFrontend.zeros(shape(a, "shape"), dt(a)));
    }
    add(
        r,
        "full",
        List.of(req("shape"), req("fill_value"), opt("dtype", null), opt("order", "C")),
        a -> NumpyFrontend.full(shape(a, "shape"), a.get("fill_value"), dt(a)));
    for (String n : List.of("zeros_like", "ones_like", "empty_like")) {
      add(
          r,
          n,
          List.of(
              req("a"),
              opt("dtype", null),
              opt("order", "K"),
              opt("subok", true),
              opt("shape", null)),
          a -> {
            Array x = a.array("a");
            if (!a.isNone("shape")) {
              x = NumpyFrontend.zeros(shape(a, "shape"), x.dtype());
            }
            return n.equals("ones_like")
                ? NumpyFrontend.onesLike(x, dt(a))
                : NumpyFrontend.zerosLike(x, dt(a));
          });
    }
    add(
        r,
        "full_like",
        List.of(
            req("a"),
            req("fill_value"),
            opt("dtype", null),
            opt("order", "K"),
            opt("subok", true),
            opt("shape", null)),
        a -> NumpyFrontend.fullLike(a.array("a"), a.get("fill_value"), dt(a)));
    add(
        r,
        "arange",
        List.of(req("start"), opt("stop", null), opt("step", null), opt("dtype", null)),
        a ->
            NumpyFrontend.arange(
                a.numberOrNull("start"), a.numberOrNull("stop"), a.numberOrNull("step"), dt(a)));
    add(
        r,
        "linspace",
        List.of(
            req("start"),
            req("stop"),
            opt("num", 50L),
            opt("endpoint", true),
            opt("retstep", false),
            opt("dtype", null),
            opt("axis", 0L)),
        a -> {
          Array y =
              NumpyFrontend.linspace(
                  a.numberOrNull("start"),
                  a.numberOrNull("stop"),
                  a.longValue("num"),
                  a.bool("endpoint"),
                  dt(a));
          if (a.bool("retstep")) {
            long div = a.longValue("num") - (a.bool("endpoint") ? 1 : 0);
            double step = (a.doubleValue("stop") - a.doubleValue("start")) / div;
            return List.of(y, NumpyFrontend.full(new long[0], step, DType.FLOAT64));
          }
          return y;
        });
    add(
        r,
        "logspace",
        List.of(
            req("start"),
            req("stop"),
            opt("num", 50L),
            opt("endpoint", true),
            opt("base", 10.0),
            opt("dtype", null),
            opt("axis", 0L)),
        a ->
            NumpyFrontend.logspace(
                a.numberOrNull("start"),
                a.numberOrNull("stop"),
                a.longValue("num"),
                a.bool("endpoint"),
                a.doubleValue("base"),
                dt(a)));
    add(
        r,
        "geomspace",
        List.of(
            req("start"),
            req("stop"),
            opt("num", 50L),
            opt("endpoint", true),
            opt("dtype", null),
            opt("axis", 0L)),
        a -> {
          double s = a.doubleValue("start");
          double e = a.doubleValue("stop");
          Checks.check(
              s != 0 && e != 0,
              "geomspace",
              "geometric sequence cannot include zero; got %s and %s",
              s,
              e);
          double sign = s < 0 && e < 0 ? -1 : 1;
          Array y =
              NumpyFrontend.multiply(
                  NumpyFrontend.logspace(
                      Math.log10(Math.abs(s)),
                      Math.log10(Math.abs(e)),
                      a.longValue("num"),
                      a.bool("endpoint"),
                      10.0,
                      null),
                  sign);
          return dt(a) == null ? y : NumpyFrontend.astype(y, dt(a));
        });
    add(
        r,
        "eye",
        List.of(
            req("N"), opt("M", null), opt("k", 0L), opt("dtype", DType.FLOAT64), opt("order", "C")),
        a -> NumpyFrontend.eye(a.longValue("N"), longOrNull(a, "M"), a.longValue("k"), dt(a)));
    add(
        r,
        "identity",
        List.of(req("n"), opt("dtype", null)),
        a -> NumpyFrontend.identity(a.longValue("n"), dt(a)));
    add(
        r,
        "tri",
        List.of(req("N"), opt("M", null), opt("k", 0L), opt("dtype", DType.FLOAT64)),
        a -> NumpyFrontend.tri(a.longValue("N"), longOrNull(a, "M"), a.longValue("k"), dt(a)));
    add(
        r,
        "tril",
        List.of(req("m"), opt("k", 0L)),
        a -> NumpyFrontend.tril(a.array("m"), a.longValue("k")));
    add(
        r,
        "triu",
        List.of(req("m"), opt("k", 0L)),
        a -> NumpyFrontend.triu(a.array("m"), a.longValue("k")));
    add(
        r,
        "meshgrid",
        List.of(varargs("xi"), opt("copy", true), opt("sparse", false), opt("indexing", "xy")),
        a -> {
          List<Array> g = NumpyFrontend.meshgrid(arrays(a, "xi"), a.string("indexing"));
          Checks.check(!a.bool("sparse"), "meshgrid", "sparse must be False; got %s", true);
          return g;
        });
    add(
        r,
        "diag",
        List.of(req("v"), opt("k", 0L)),
        a -> NumpyFrontend.diag(a.array("v"), a.longValue("k")));
    add(
        r,
        "diagflat",
        List.of(req("v"), opt("k", 0L)),
        a -> NumpyFrontend.diag(NumpyFrontend.ravel(a.array("v"), "C"), a.longValue("k")));
    add(
        r,
        "diagonal",
        List.of(req("a"), opt("offset", 0L), opt("axis1", 0L), opt("axis2", 1L)),
        a ->
            NumpyFrontend.diagonal(
                a.array("a"), a.longValue("offset"), a.intValue("axis1"), a.intValue("axis2")));
    for (String n : List.of("array", "asarray", "asanyarray", "ascontiguousarray", "copy")) {
      add(
          r,
          n,
          n.equals("copy")
              ? List.of(req("a"), opt("order", "K"), opt("subok", false))
              : List.of(req(n.equals("array") ? "object" : "a"), opt("dtype", null)),
          a -> {
            Object v = a.get(n.equals("array") ? "object" : "a");
            return NumpyFrontend.asarray(unwrapped(v), n.equals("copy") ? null : dt(a));
          });
    }
    add(
        r,
        "indices",
        List.of(req("dimensions"), opt("dtype", DType.INT64)),
        a -> {
          long[] d = shape(a, "dimensions");
          List<Array> axesRanges = new ArrayList<>();
          for (long n : d) {
            axesRanges.add(NumpyFrontend.arange(0L, n, 1L, dt(a)));
          }
          return NumpyFrontend.stack(NumpyFrontend.meshgrid(axesRanges, "ij"), 0);
        });
    for (String n : List.of("tril_indices", "triu_indices")) {
      add(
          r,
          n,
          List.of(req("n"), opt("k", 0L), opt("m", null)),
          a -> {
            long rows = a.longValue("n");
            long cols = a.isNone("m") ? rows : a.longValue("m");
            Array ones = NumpyFrontend.ones(new long[] {rows, cols}, DType.BOOL);
            Array mask =
                n.startsWith("tril")
                    ? NumpyFrontend.tril(ones, a.longValue("k"))
                    : NumpyFrontend.triu(ones, a.longValue("k"));
            return NumpyFrontend.nonzero(mask);
          });
    }
    add(
        r,
        "diag_indices",
        List.of(req("n"), opt("ndim", 2L)),
        a -> {
          List<Array> l = new ArrayList<>();
          for (long i = 0; i < a.longValue("ndim"); i++) {
            l.add(NumpyFrontend.arange(a.longValue("n"), null, null, null));
          }
          return l;
        });
  }

  // ---- shape manipulation

  static void manipulation(FunctionRegistry.Builder r) {
    add(
        r,
        "reshape",
        List.of(
            req("a"),
            opt("shape", null),
            opt("order", "C"),
            opt("newshape", null),
            opt("copy", null)),
        a -> {
          Object s = a.isNone("shape") ? a.get("newshape") : a.get("shape");
          checkOrderC(a);
          return NumpyFrontend.reshape(a.array("a"), NumpyComposites.longs(s, a.fn(), "shape"));
        });
    add(
        r,
        "ravel",
        List.of(req("a"), opt("order", "C")),
        a -> NumpyFrontend.ravel(a.array("a"), a.string("order")));
    add(
        r,
        "transpose",
        List.of(req("a"), opt("axes", null)),
        a -> NumpyFrontend.transpose(a.array("a"), ax(a, "axes")));
    add(
        r,
        "permute_dims",
        List.of(req("a"), opt("axes", null)),
        a -> NumpyFrontend.transpose(a.array("a"), ax(a, "axes")));
    add(
        r,
        "matrix_transpose",
        List.of(req("x")),
        a -> NumpyFrontend.swapaxes(a.array("x"), -1, -2));
    add(
        r,
        "swapaxes",
        List.of(req("a"), req("axis1"), req("axis2")),
        a -> NumpyFrontend.swapaxes(a.array("a"), a.intValue("axis1"), a.intValue("axis2")));
    add(
        r,
        "moveaxis",
        List.of(req("a"), req("source"), req("destination")),
        a -> NumpyFrontend.moveaxis(a.array("a"), ax(a, "source"), ax(a, "destination")));
    add(
        r,
        "rollaxis",
        List.of(req("a"), req("axis"), opt("start", 0L)),
        a -> {
          Array x = a.array("a");
          int axis = Checks.axis("rollaxis", "axis", a.intValue("axis"), x.rank());
          int start = a.intValue("start");
          start = start < 0 ? start + x.rank() : start;
          Checks.check(
              start >= 0 && start <= x.rank(),
              "rollaxis",
              "start must be in [-ndim, ndim]; got %s",
              a.get("start"));
          int dest = axis < start ? start - 1 : start;
          return NumpyFrontend.moveaxis(x, new int[] {axis}, new int[] {dest});
        });
    add(
        r,
        "expand_dims",
        List.of(req("a"), req("axis")),
        a -> NumpyFrontend.expandDims(a.array("a"), ax(a, "axis")));
    add(
        r,
        "squeeze",
        List.of(req("a"), opt("axis", null)),
        a -> NumpyFrontend.squeeze(a.array("a"), ax(a, "axis")));
    add(
        r,
        "flip",
        List.of(req("m"), opt("axis", null)),
        a -> NumpyFrontend.flip(a.array("m"), ax(a, "axis")));
    add(r, "flipud", List.of(req("m")), a -> NumpyFrontend.flipud(a.array("m")));
    add(r, "fliplr", List.of(req("m")), a -> NumpyFrontend.fliplr(a.array("m")));
    add(
        r,
        "roll",
        List.of(req("a"), req("shift"), opt("axis", null)),
        a -> NumpyFrontend.roll(a.array("a"), shape(a, "shift"), ax(a, "axis")));
    add(
        r,
        "rot90",
        List.of(req("m"), opt("k", 1L), opt("axes", List.of(0L, 1L))),
        a -> NumpyFrontend.rot90(a.array("m"), a.longValue("k"), ax(a, "axes")));
    add(
        r,
        "broadcast_to",
        List.of(req("array"), req("shape"), opt("subok", false)),
        a -> NumpyFrontend.broadcastTo(a.array("array"), shape(a, "shape")));
    add(
        r,
        "broadcast_arrays",
        List.of(varargs("args"), opt("subok", false)),
        a -> NumpyFrontend.broadcastArrays(arrays(a, "args")));
    add(
        r,
        "broadcast_shapes",
        List.of(varargs("args")),
        a -> {
          List<?> l = (List<?>) a.get("args");
          long[][] s = new long[l.size()][];
          for (int i = 0; i < s.length; i++) {
            s[i] = NumpyComposites.longs(l.get(i), a.fn(), "args");
          }
          List<Long> out = new ArrayList<>();
          for (long d : NumpyFrontend.broadcastShapes(s)) {
            out.add(d);
          }
          return out;
        });
    for (String n : List.of("concatenate", "concat")) {
      add(
          r,
          n,
          List.of(
              req("arrays"),
              opt("axis", 0L),
              opt("out", null),
              opt("dtype", null),
              opt("casting", "same_kind")),
          a -> {
            Array c = NumpyFrontend.concatenate(arrays(noOut(a), "arrays"), axis1(a, "axis"));
            return dt(a) == null ? c : NumpyFrontend.astype(c, dt(a));
          });
    }
    add(
        r,
        "stack",
        List.of(
            req("arrays"),
            opt("axis", 0L),
            opt("out", null),
            opt("dtype", null),
            opt("casting", "same_kind")),
        a -> {
          Array c = NumpyFrontend.stack(arrays(noOut(a), "arrays"), a.intValue("axis"));
          return dt(a) == null ? c : NumpyFrontend.astype(c, dt(a));
        });
    add(
        r,
        "vstack",
        List.of(req("tup"), opt("dtype", null), opt("casting", "same_kind")),
        a -> NumpyFrontend.vstack(arrays(a, "tup")));
    add(
        r,
        "row_stack",
        List.of(req("tup"), opt("dtype", null), opt("casting", "same_kind")),
        a -> NumpyFrontend.vstack(arrays(a, "tup")));
    add(
        r,
        "hstack",
        List.of(req("tup"), opt("dtype", null), opt("casting", "same_kind")),
        a -> NumpyFrontend.hstack(arrays(a, "tup")));
    add(r, "dstack", List.of(req("tup")), a -> NumpyFrontend.dstack(arrays(a, "tup")));
    add(r, "column_stack", List.of(req("tup")), a -> NumpyFrontend.columnStack(arrays(a, "tup")));
    for (int k = 1; k <= 3; k++) {
      int n = k;
      add(
          r,
          "atleast_" + k + "d",
          List.of(varargs("arys")),
          a -> {
            List<Array> in = arrays(a, "arys");
            List<Array> out = new ArrayList<>();
            for (Array x : in) {
              out.add(NumpyComposites.atleast(x, n));
            }
            return out.size() == 1 ? out.get(0) : out;
          });
    }
    add(
        r,
        "split",
        List.of(req("ary"), req("indices_or_sections"), opt("axis", 0L)),
        a -> NumpyFrontend.split(a.array("ary"), a.get("indices_or_sections"), a.intValue("axis")));
    add(
        r,
        "array_split",
        List.of(req("ary"), req("indices_or_sections"), opt("axis", 0L)),
        a ->
            NumpyFrontend.arraySplit(
                a.array("ary"), a.get("indices_or_sections"), a.intValue("axis")));
    String[][] splits = {{"hsplit", "1"}, {"vsplit", "0"}, {"dsplit", "2"}};
    for (String[] s : splits) {
      add(
          r,
          s[0],
          List.of(req("ary"), req("indices_or_sections")),
          a -> {
            Array x = a.array("ary");
            int axis = s[0].equals("hsplit") && x.rank() == 1 ? 0 : Integer.parseInt(s[1]);
            return NumpyFrontend.split(x, a.get("indices_or_sections"), axis);
          });
    }
    add(
        r,
        "tile",
        List.of(req("A"), req("reps")),
        a -> NumpyFrontend.tile(a.array("A"), shape(a, "reps")));
    add(
        r,
        "repeat",
        List.of(req("a"), req("repeats"), opt("axis", null)),
        a ->
            NumpyFrontend.repeat(
                a.array("a"),
                a.get("repeats") instanceof List ? a.array("repeats") : a.get("repeats"),
                axis1(a, "axis")));
    add(
        r,
        "pad",
        List.of(
            req("array"), req("pad_width"), opt("mode", "constant"), opt("constant_values", 0L)),
        a ->
            NumpyFrontend.pad(
                a.array("array"), a.get("pad_width"), a.string("mode"), a.get("constant_values")));
    add(
        r,
        "diff",
        List.of(
            req("a"), opt("n", 1L), opt("axis", -1L), opt("prepend", null), opt("append", null)),
        a -> {
          Array x = a.array("a");
          int axis = a.intValue("axis");
          if (!a.isNone("prepend") || !a.isNone("append")) {
            List<Array> parts = new ArrayList<>();
            if (!a.isNone("prepend")) {
              parts.add(edge(a.array("prepend"), x, axis));
            }
            parts.add(x);
            if (!a.isNone("append")) {
              parts.add(edge(a.array("append"), x, axis));
            }
            x = NumpyFrontend.concatenate(parts, axis);
          }
          return NumpyFrontend.diff(x, a.intValue("n"), axis);
        });
    add(
        r,
        "append",
        List.of(req("arr"), req("values"), opt("axis", null)),
        a -> {
          Array x = a.array("arr");
          Array v = a.array("values");
          if (a.isNone("axis")) {
            return NumpyFrontend.concatenate(
                List.of(NumpyFrontend.ravel(x, "C"), NumpyFrontend.ravel(v, "C")), 0);
          }
          return NumpyFrontend.concatenate(List.of(x, v), a.intValue("axis"));
        });
    add(
        r,
        "trim_zeros",
        List.of(req("filt"), opt("trim", "fb")),
        a -> {
          Array x = a.array("filt");
          long[] nz = NumpyFrontend.flatnonzero(x).toLongArray();
          if (nz.length == 0) {
            return NumpyFrontend.zeros(new long[] {0}, x.dtype());
          }
          String t = a.string("trim").toLowerCase();
          long lo = t.contains("f") ? nz[0] : 0;
          long hi = t.contains("b") ? nz[nz.length - 1] + 1 : x.size();
          return NumpyFrontend.take(x, NumpyFrontend.arange(lo, hi, 1L, DType.INT64), 0);
        });
    add(
        r,
        "astype",
        List.of(req("x"), req("dtype"), opt("copy", true)),
        a -> NumpyFrontend.astype(a.array("x"), dt(a)));
  }

  private static void checkOrderC(Args a) {
    String o = a.string("order");
    Checks.check(
        "C".equals(o) || "A".equals(o), a.fn(), "only order='C' is supported; got '%s'", o);
  }

  private static Array edge(Array v, Array x, int axis) {
    if (v.rank() == x.rank()) {
      return v;
    }
    long[] d = x.shape().dims();
    d[Checks.axis("diff", "axis", axis, x.rank())] = 1;
    return NumpyFrontend.broadcastTo(v, d);
  }
}
