package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.List;
import java.util.function.Function;

/**
 * Functional control flow (JAX's {@code lax.cond}, {@code lax.while_loop} and {@code lax.scan}):
 * eager calls run the Java functions; traced calls record one node holding them as sub-graphs.
 */
public final class Control {
  private Control() {}

  /** Returns {@code dev.ivy.Ivy.cond}'s result; see there. */
  public static List<Array> cond(
      Array pred,
      Function<List<Array>, List<Array>> trueFn,
      Function<List<Array>, List<Array>> falseFn,
      Array... operands) {
    if (pred == null || trueFn == null || falseFn == null) {
      throw new IvyArgumentException("cond: pred and branches must not be null");
    }
    if (pred.rank() != 0 || !pred.dtype().isBool()) {
      throw new IvyArgumentException("cond: pred must be a 0-d bool array; got " + pred.aval());
    }
    Array[] in = new Array[operands.length + 1];
    in[0] = pred;
    for (int i = 0; i < operands.length; i++) {
      in[i + 1] = nonNull("cond", operands[i]);
    }
    Params.Control p = new Params.Control(List.of(trueFn::apply, falseFn::apply), 0, null);
    return List.of(Dispatcher.bindMulti(Prim.COND, p, in));
  }

  /** Returns {@code dev.ivy.Ivy.whileLoop}'s result; see there. */
  public static List<Array> whileLoop(
      Function<List<Array>, List<Array>> condFn,
      Function<List<Array>, List<Array>> bodyFn,
      Array... initValues) {
    if (condFn == null || bodyFn == null) {
      throw new IvyArgumentException("whileLoop: functions must not be null");
    }
    if (initValues.length == 0) {
      throw new IvyArgumentException("whileLoop: needs at least one initial value");
    }
    for (Array a : initValues) {
      nonNull("whileLoop", a);
    }
    Params.Control p = new Params.Control(List.of(condFn::apply, bodyFn::apply), 0, null);
    return List.of(Dispatcher.bindMulti(Prim.WHILE, p, initValues.clone()));
  }

  /** Returns {@code dev.ivy.Ivy.scan}'s result; see there. */
  public static List<Array> scan(
      Function<List<Array>, List<Array>> fn, List<Array> init, List<Array> xs) {
    if (fn == null || init == null || xs == null) {
      throw new IvyArgumentException("scan: arguments must not be null");
    }
    if (xs.isEmpty()) {
      throw new IvyArgumentException("scan: needs at least one x to scan over");
    }
    Array[] in = new Array[init.size() + xs.size()];
    for (int i = 0; i < init.size(); i++) {
      in[i] = nonNull("scan", init.get(i));
    }
    long n = -1;
    for (int i = 0; i < xs.size(); i++) {
      Array x = nonNull("scan", xs.get(i));
      if (x.rank() == 0) {
        throw new IvyArgumentException(
            "scan: each x must have a leading axis to scan over; got " + x.aval());
      }
      if (n >= 0 && x.shape().dim(0) != n) {
        throw new IvyArgumentException(
            "scan: all xs must have the same leading dimension; got "
                + n
                + " and "
                + x.shape().dim(0));
      }
      n = x.shape().dim(0);
      in[init.size() + i] = x;
    }
    Params.Control p = new Params.Control(List.of(fn::apply), init.size(), null);
    return List.of(Dispatcher.bindMulti(Prim.SCAN, p, in));
  }

  private static Array nonNull(String op, Array a) {
    if (a == null) {
      throw new IvyArgumentException(op + ": arrays must not be null");
    }
    return a;
  }
}
