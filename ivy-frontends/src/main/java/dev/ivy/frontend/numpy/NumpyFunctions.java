package dev.ivy.frontend.numpy;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.registry.Args;
import dev.ivy.registry.FunctionProvider;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.Param;
import dev.ivy.registry.RegisteredFunction;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Registers the NumPy frontend's functions under the namespace {@code numpy} with NumPy's names,
 * parameter names and defaults ({@code sum(a, axis=None, dtype=None, out=None, keepdims=False)}),
 * {@code linalg.*} and {@code random.*}, and the array methods as {@code ndarray.NAME} with the
 * array first.
 */
public final class NumpyFunctions implements FunctionProvider {
  static final String NS = "numpy";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public NumpyFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    NumpyUfuncFunctions.ufuncs(r);
    NumpyArrayFunctions.creation(r);
    NumpyArrayFunctions.manipulation(r);
    NumpyReductionFunctions.reductions(r);
    NumpyLinalgFunctions.products(r);
    NumpyLinalgFunctions.searching(r);
    NumpyLinalgFunctions.linalg(r);
    NumpyMethodFunctions.random(r);
    NumpyMethodFunctions.methods(r);
    NumpyMoreFunctions.register(r);
  }

  // ---- helpers

  static void add(
      FunctionRegistry.Builder r, String name, List<Param> params, RegisteredFunction.Body body) {
    r.add(NS, name, params, body);
  }

  static void unary(FunctionRegistry.Builder r, String name, Function<Object, Array> f) {
    add(r, name, List.of(req("x"), opt("out", null)), a -> f.apply(noOut(a).arrayOrScalar("x")));
  }

  static void binary(FunctionRegistry.Builder r, String name, BinaryOperator<Object> f) {
    add(
        r,
        name,
        List.of(req("x1"), req("x2"), opt("out", null)),
        a -> f.apply(noOut(a).arrayOrScalar("x1"), a.arrayOrScalar("x2")));
  }

  static Args noOut(Args a) {
    if (!a.isNone("out")) {
      throw new IvyArgumentException(
          a.fn() + ": out must be None (arrays are immutable here); got " + a.get("out"));
    }
    return a;
  }

  static int[] ax(Args a, String name) {
    return NumpyComposites.axes(a.get(name));
  }

  static Integer axis1(Args a, String name) {
    int[] r = ax(a, name);
    if (r == null) {
      return null;
    }
    if (r.length != 1) {
      throw new IvyArgumentException(
          a.fn() + ": " + name + " must be an int or None; got " + a.get(name));
    }
    return r[0];
  }

  static long[] shape(Args a, String name) {
    return NumpyComposites.longs(a.get(name), a.fn(), name);
  }

  static Object unwrapped(Object v) {
    return v instanceof Ndarray n ? n.value() : v;
  }

  static DType dt(Args a) {
    return a.dtypeOrNull("dtype");
  }

  static Double doubleOrNull(Args a, String name) {
    Number n = a.numberOrNull(name);
    return n == null ? null : n.doubleValue();
  }

  static Long longOrNull(Args a, String name) {
    return a.isNone(name) ? null : a.longValue(name);
  }

  /** Returns the list of arrays, promoting Python scalars and nested lists. */
  static List<Array> arrays(Args a, String name) {
    return a.arrays(name);
  }

  static Array castIf(Array x, DType dtype) {
    return dtype == null ? x : NumpyFrontend.astype(x, dtype);
  }
}
