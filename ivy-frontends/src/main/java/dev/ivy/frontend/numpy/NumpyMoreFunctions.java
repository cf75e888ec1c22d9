package dev.ivy.frontend.numpy;

import static dev.ivy.frontend.numpy.NumpyFunctions.add;
import static dev.ivy.frontend.numpy.NumpyFunctions.axis1;
import static dev.ivy.frontend.numpy.NumpyFunctions.dt;
import static dev.ivy.frontend.numpy.NumpyFunctions.noOut;
import static dev.ivy.frontend.numpy.NumpyFunctions.shape;
import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Random;
import dev.ivy.registry.FunctionRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the NumPy frontend's less common functions (polynomials, insertion and deletion,
 * NaN-aware arg-reductions, NumPy 2.x additions such as {@code unstack}, {@code matvec} and more of
 * {@code numpy.random}); {@link NumpyFunctions} calls it.
 */
final class NumpyMoreFunctions {
  private NumpyMoreFunctions() {}

  static void register(FunctionRegistry.Builder r) {
    for (String n : List.of("nanargmax", "nanargmin")) {
      boolean isMax = n.equals("nanargmax");
      add(
          r,
          n,
          List.of(req("a"), opt("axis", null), opt("out", null), opt("keepdims", false)),
          a -> {
            Array x = noOut(a).array("a");
            Integer axis = axis1(a, "axis");
            if (x.dtype().isFloating()) {
              Array nan = Elementwise.isnan(x);
              Array allNan = NumpyFrontend.all(nan, axis == null ? null : new int[] {axis}, false);
              Checks.check(
                  !(Boolean) NumpyFrontend.any(allNan, null, false).item(),
                  n,
                  "all-NaN slice encountered; got %s",
                  x.aval());
              x =
                  Elementwise.where(
                      nan, isMax ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, x);
            }
            return isMax
                ? NumpyFrontend.argmax(x, axis, a.bool("keepdims"))
                : NumpyFrontend.argmin(x, axis, a.bool("keepdims"));
          });
    }
    add(
        r,
        "delete",
        List.of(req("arr"), req("obj"), opt("axis", null)),
        a -> {
          Array x = a.array("arr");
          Integer axis = axis1(a, "axis");
          if (axis == null) {
            x = Manipulation.reshape(x, -1);
            axis = 0;
          }
          int ax = Checks.axis("delete", "axis", axis, x.rank());
          long n = x.shape().dim(ax);
          boolean[] drop = new boolean[(int) n];
          for (long i : NumpyComposites.longs(a.get("obj"), "delete", "obj")) {
            long k = i < 0 ? i + n : i;
            Checks.check(
                k >= 0 && k < n,
                "delete",
                "index %s is out of bounds for axis %s with size %s",
                i,
                ax,
                n);
            drop[(int) k] = true;
          }
          List<Long> keep = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if (!drop[i]) {
              keep.add((long) i);
            }
          }
          Array idx =
              keep.isEmpty()
                  ? NumpyFrontend.zeros(new long[] {0}, DType.INT64)
                  : NumpyFrontend.asarray(keep, DType.INT64);
          return NumpyFrontend.take(x, idx, ax);
        });
    add(
        r,
        "insert",
        List.of(req("arr"), req("obj"), req("values"), opt("axis", null)),
        a -> {
          Array x = a.array("arr");
          Integer axis = axis1(a, "axis");
          if (axis == null) {
            x = Manipulation.reshape(x, -1);
            axis = 0;
          }
          int ax = Checks.axis("insert", "axis", axis, x.rank());
          Object o = a.get("obj");
          Checks.check(
              o instanceof Long || o instanceof Integer,
              "insert",
              "obj must be an int (sequences are not supported); got %s",
              o);
          long n = x.shape().dim(ax);
          long i = ((Number) o).longValue();
          long k = i < 0 ? i + n : i;
          Checks.check(
              k >= 0 && k <= n,
              "insert",
              "index %s is out of bounds for axis %s with size %s",
              i,
              ax,
              n);
          long[] sh = x.shape().dims();
          sh[ax] = 1;
          Array v = NumpyFrontend.astype(a.array("values"), x.dtype());
          if (v.rank() == x.rank() - 1 || v.rank() == 0) {
            v = NumpyFrontend.broadcastTo(v.rank() == 0 ? v : Manipulation.expandDims(v, ax), sh);
          } else {
            long[] vs = x.shape().dims();
            vs[ax] = v.shape().dim(ax < v.rank() ? ax : v.rank() - 1);
            v = NumpyFrontend.broadcastTo(v, vs);
          }
          List<Array> parts = NumpyComposites.split(x, List.of(k), ax, false);
          return NumpyFrontend.concatenate(List.of(parts.get(0), v, parts.get(1)), ax);
        });
    add(
        r,
        "ediff1d",
        List.of(req("ary"), opt("to_end", null), opt("to_begin", null)),
        a -> {
          Array x = Manipulation.reshape(a.array("ary"), -1);
          List<Array> parts = new ArrayList<>();
          if (!a.isNone("to_begin")) {
            parts.add(
                NumpyFrontend.astype(Manipulation.reshape(a.array("to_begin"), -1), x.dtype()));
          }
          parts.add(NumpyFrontend.diff(x, 1, 0));
          if (!a.isNone("to_end")) {
            parts.add(NumpyFrontend.astype(Manipulation.reshape(a.array("to_end"), -1), x.dtype()));
          }
          return NumpyFrontend.concatenate(parts, 0);
        });
    add(
        r,
        "vander",
        List.of(req("x"), opt("N", null), opt("increasing", false)),
        a -> {
          Array x = a.array("x");
          Checks.check(
              x.rank() == 1,
              "vander",
              "x must be a one-dimensional array or sequence; got %s",
              x.aval());
          long n = a.isNone("N") ? x.size() : a.longValue("N");
          Array p = NumpyFrontend.arange(0L, n, 1L, DType.INT64);
          if (!a.bool("increasing")) {
            p = NumpyFrontend.flip(p, null);
          }
          Array base = Manipulation.expandDims(x, 1);
          Array pw = Manipulation.expandDims(p, 0);
          if (!x.dtype().isFloating()) {
            pw =
                NumpyFrontend.astype(pw, NumpyFrontend.resultType(List.of(x.dtype(), DType.INT64)));
          }
          return Elementwise.pow(
              base, NumpyFrontend.astype(pw, x.dtype().isFloating() ? x.dtype() : pw.dtype()));
        });
    add(
        r,
        "polyval",
        List.of(req("p"), req("x")),
        a -> {
          Array p = a.array("p");
          Object x = a.arrayOrScalar("x");
          Array xa = NumpyComposites.asArray(x);
          Array y =
              NumpyFrontend.zerosLike(xa, NumpyFrontend.resultType(List.of(p.dtype(), xa.dtype())));
          for (Array c : Manipulation.unstack(p, 0)) {
            y = Elementwise.add(Elementwise.multiply(y, x), c);
          }
          return y;
        });
    add(
        r,
        "polymul",
        List.of(req("a1"), req("a2")),
        a -> NumpyFrontend.convolve(a.array("a1"), a.array("a2"), "full"));
    add(
        r,
        "polyadd",
        List.of(req("a1"), req("a2")),
        a -> {
          Array x = a.array("a1");
          Array y = a.array("a2");
          long d = x.size() - y.size();
          if (d > 0) {
            y = NumpyFrontend.pad(y, List.of(d, 0L), "constant", 0L);
          } else if (d < 0) {
            x = NumpyFrontend.pad(x, List.of(-d, 0L), "constant", 0L);
          }
          return Elementwise.add(x, y);
        });
    add(
        r,
        "polyder",
        List.of(req("p"), opt("m", 1L)),
        a -> {
          Array p = a.array("p");
          long m = a.longValue("m");
          Checks.check(m >= 0, "polyder", "order of derivative must be positive; got %s", m);
          for (long i = 0; i < m; i++) {
            long n = p.size() - 1;
            if (n <= 0) {
              // the derivative of a constant is the zero polynomial
              return Elementwise.multiply(
                  NumpyFrontend.take(p, NumpyFrontend.arange(0L, 1L, 1L, DType.INT64), 0), 0L);
            }
            Array k = NumpyFrontend.arange(n, 0L, -1L, DType.INT64);
            p =
                Elementwise.multiply(
                    NumpyFrontend.take(p, NumpyFrontend.arange(0L, n, 1L, DType.INT64), 0), k);
          }
          return p;
        });
    add(
        r,
        "resize",
        List.of(req("a"), req("new_shape")),
        a -> {
          Array x = Manipulation.reshape(a.array("a"), -1);
          long[] s = shape(a, "new_shape");
          long total = 1;
          for (long d : s) {
            Checks.check(
                d >= 0, "resize", "all elements of new_shape must be non-negative; got %s", d);
            total *= d;
          }
          if (x.size() == 0 || total == 0) {
            return NumpyFrontend.zeros(s, x.dtype());
          }
          Array idx =
              Elementwise.remainder(NumpyFrontend.arange(0L, total, 1L, DType.INT64), x.size());
          return Manipulation.reshape(NumpyFrontend.take(x, idx, 0), s);
        });
    add(
        r,
        "cumulative_prod",
        List.of(
            req("x"),
            opt("axis", null),
            opt("dtype", null),
            opt("out", null),
            opt("include_initial", false)),
        a -> {
          Array x = noOut(a).array("x");
          Integer axis = axis1(a, "axis");
          Checks.check(
              axis != null || x.rank() <= 1,
              "cumulative_prod",
              "axis must be given for arrays of rank > 1; got %s",
              x.aval());
          int ax = axis == null ? 0 : axis;
          if (x.rank() == 0) {
            x = Manipulation.reshape(x, 1);
          }
          Array c = NumpyFrontend.cumprod(x, ax, dt(a));
          if (!a.bool("include_initial")) {
            return c;
          }
          long[] sh = c.shape().dims();
          sh[Checks.axis("cumulative_prod", "axis", ax, c.rank())] = 1;
          return NumpyFrontend.concatenate(List.of(NumpyFrontend.ones(sh, c.dtype()), c), ax);
        });
    add(
        r,
        "angle",
        List.of(req("z"), opt("deg", false)),
        a -> {
          Array x = NumpyComposites.toFloat(a.array("z"));
          Array t = Elementwise.atan2(NumpyFrontend.zerosLike(x, null), x);
          return a.bool("deg") ? Elementwise.multiply(t, 180.0 / Math.PI) : t;
        });
    add(
        r,
        "histogram_bin_edges",
        List.of(req("a"), opt("bins", 10L), opt("range", null), opt("weights", null)),
        a -> {
          Object range = a.get("range");
          return NumpyFrontend.histogram(
                  a.array("a"),
                  a.longValue("bins"),
                  range instanceof List<?> l ? l : null,
                  null,
                  false)
              .get(1);
        });
    add(
        r,
        "unstack",
        List.of(req("x"), opt("axis", 0L)),
        a -> Manipulation.unstack(a.array("x"), a.intValue("axis")));
    add(
        r,
        "matvec",
        List.of(req("x1"), req("x2")),
        a ->
            Manipulation.squeeze(
                NumpyFrontend.matmul(a.array("x1"), Manipulation.expandDims(a.array("x2"), -1)),
                -1));
    add(
        r,
        "vecmat",
        List.of(req("x1"), req("x2")),
        a ->
            Manipulation.squeeze(
                NumpyFrontend.matmul(Manipulation.expandDims(a.array("x1"), -2), a.array("x2")),
                -2));
    add(
        r,
        "random.choice",
        List.of(req("a"), opt("size", null), opt("replace", true), opt("p", null)),
        a -> {
          Checks.check(a.isNone("p"), "random.choice", "p is not supported; got %s", a.get("p"));
          Object v = a.get("a");
          Array pool =
              v instanceof Long || v instanceof Integer
                  ? NumpyFrontend.arange(0L, ((Number) v).longValue(), 1L, DType.INT64)
                  : a.array("a");
          Checks.check(
              pool.rank() == 1 && pool.size() > 0,
              "random.choice",
              "a must be a non-empty 1-D array or a positive int; got %s",
              v);
          long[] size = a.isNone("size") ? new long[0] : shape(a, "size");
          long count = 1;
          for (long d : size) {
            count *= d;
          }
          Array idx;
          if (a.bool("replace")) {
            idx = Random.randint(0L, pool.size(), dev.ivy.Shape.of(size), DType.INT64, null);
          } else {
            Checks.check(
                count <= pool.size(),
                "random.choice",
                "cannot take a larger sample than the population when replace=False; got %s > %s",
                count,
                pool.size());
            Array perm =
                Random.shuffle(NumpyFrontend.arange(0L, pool.size(), 1L, DType.INT64), 0, null);
            idx =
                Manipulation.reshape(
                    NumpyFrontend.take(perm, NumpyFrontend.arange(0L, count, 1L, DType.INT64), 0),
                    size);
          }
          return NumpyFrontend.take(pool, idx, 0);
        });
    add(
        r,
        "random.exponential",
        List.of(opt("scale", 1.0), opt("size", null)),
        a -> {
          long[] size = a.isNone("size") ? new long[0] : shape(a, "size");
          Array u = NumpyFrontend.random.random(size);
          return Elementwise.multiply(
              Elementwise.negative(Elementwise.log1p(Elementwise.negative(u))),
              a.arrayOrScalar("scale"));
        });
    add(
        r,
        "random.standard_exponential",
        List.of(opt("size", null)),
        a -> {
          long[] size = a.isNone("size") ? new long[0] : shape(a, "size");
          return Elementwise.negative(
              Elementwise.log1p(Elementwise.negative(NumpyFrontend.random.random(size))));
        });
    add(
        r,
        "random.shuffle",
        List.of(req("x")),
        a -> {
          throw new IvyArgumentException(
              "random.shuffle: shuffles in place, and arrays are immutable here; use random.permutation; got "
                  + a.array("x").aval());
        });
    add(r, "ndarray.conj", List.of(req("self")), a -> a.array("self"));
    add(r, "ndarray.conjugate", List.of(req("self")), a -> a.array("self"));
    add(
        r,
        "ndarray.searchsorted",
        List.of(req("self"), req("v"), opt("side", "left"), opt("sorter", null)),
        a ->
            NumpyFrontend.searchsorted(
                a.array("self"), a.array("v"), a.string("side"), a.arrayOrNull("sorter")));
    add(
        r,
        "ndarray.compress",
        List.of(req("self"), req("condition"), opt("axis", null), opt("out", null)),
        a ->
            NumpyFrontend.take(
                noOut(a).array("self"),
                NumpyFrontend.flatnonzero(a.array("condition")),
                axis1(a, "axis")));
  }
}
