package dev.ivy.dispatch;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The eager rule of the higher-order primitives ({@link Prim#HIGHER_ORDER}): calls the bodies in
 * Java (a Java if, a Java loop) and checks what they return; no backend kernel is involved.
 */
public final class ControlFlow {
  private ControlFlow() {}

  static Array[] eager(Prim prim, Params.Control p, Array[] in, Aval[] outs) {
    String backend = in.length > 0 ? in[0].backendName() : Ivy.currentBackend().name();
    try (var b = Ivy.withBackend(backend)) {
      Array[] r =
          switch (prim) {
            case COND -> cond(p, in);
            case WHILE -> whileLoop(p, in);
            case SCAN -> scan(p, in, outs);
            default -> throw new IllegalStateException(prim + " is not higher-order");
          };
      if (outs != null) {
        checkAvals(prim.opName() + ": outputs", Arrays.asList(outs), avals(r), "traced outputs");
      }
      return r;
    }
  }

  private static Array[] cond(Params.Control p, Array[] in) {
    boolean pred = in[0].toBooleanArray()[0];
    List<Array> ops = Arrays.asList(in).subList(1, in.length);
    return call("cond", pred ? "true branch" : "false branch", p.bodies().get(pred ? 0 : 1), ops)
        .toArray(new Array[0]);
  }

  private static Array[] whileLoop(Params.Control p, Array[] in) {
    List<Array> vals = List.of(in);
    List<Aval> want = avals(in);
    while (true) {
      List<Array> c = call("whileLoop", "condition", p.bodies().get(0), vals);
      if (c.size() != 1
          || !c.get(0).aval().equals(new Aval(dev.ivy.Shape.of(new long[0]), dev.ivy.DType.BOOL))) {
        throw new IvyArgumentException(
            "whileLoop: the condition must return one 0-d bool array; got " + avals(c));
      }
      if (!c.get(0).toBooleanArray()[0]) {
        return vals.toArray(new Array[0]);
      }
      List<Array> next = call("whileLoop", "body", p.bodies().get(1), vals);
      checkAvals("whileLoop: the body's results", want, avals(next), "initial values");
      vals = next;
    }
  }

  private static Array[] scan(Params.Control p, Array[] in, Aval[] outs) {
    int nc = p.numCarry();
    List<Array> carry = new ArrayList<>(Arrays.asList(in).subList(0, nc));
    List<Array> xs = Arrays.asList(in).subList(nc, in.length);
    List<Aval> carryAvals = avals(carry);
    long n = xs.get(0).shape().dim(0);
    List<List<Array>> ys = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      List<Array> args = new ArrayList<>(carry);
      Array idx = Ivy.array(new long[] {i}, 1);
      for (Array x : xs) {
        args.add(Ivy.squeeze(Ivy.take(x, idx, 0), 0));
      }
      List<Array> r = call("scan", "fn", p.bodies().get(0), args);
      if (r.size() < nc) {
        throw new IvyArgumentException(
            "scan: fn must return the "
                + nc
                + " carries first, then the per-step outputs; got "
                + r.size()
                + " arrays");
      }
      checkAvals("scan: fn's carries", carryAvals, avals(r.subList(0, nc)), "initial carries");
      carry = new ArrayList<>(r.subList(0, nc));
      List<Array> y = r.subList(nc, r.size());
      if (!ys.isEmpty()) {
        checkAvals("scan: fn's outputs", avals(ys.get(0)), avals(y), "outputs of step 0");
      }
      ys.add(y);
    }
    List<Array> result = new ArrayList<>(carry);
    if (n == 0) {
      if (outs == null) {
        throw new IvyArgumentException(
            "scan: xs have length 0, so eager scan cannot learn the shapes of fn's outputs; trace"
                + " the call (Ivy.traceGraph) or give xs at least one row");
      }
      for (int j = nc; j < outs.length; j++) {
        result.add(Ivy.zeros(outs[j].shape(), outs[j].dtype()));
      }
    } else {
      for (int j = 0; j < ys.get(0).size(); j++) {
        List<Array> col = new ArrayList<>();
        for (List<Array> y : ys) {
          col.add(y.get(j));
        }
        result.add(Ivy.stack(col, 0));
      }
    }
    return result.toArray(new Array[0]);
  }

  private static List<Array> call(String op, String what, Params.Body body, List<Array> args) {
    List<Array> r = body.apply(List.copyOf(args));
    if (r == null) {
      throw new IvyArgumentException(op + ": the " + what + " returned null; return a List<Array>");
    }
    for (Array a : r) {
      if (a == null) {
        throw new IvyArgumentException(op + ": the " + what + " returned a null array");
      }
    }
    return r;
  }

  /** Returns the avals of {@code arrays}. */
  public static List<Aval> avals(List<Array> arrays) {
    List<Aval> r = new ArrayList<>();
    for (Array a : arrays) {
      r.add(a.aval());
    }
    return r;
  }

  private static List<Aval> avals(Array[] arrays) {
    return avals(Arrays.asList(arrays));
  }

  /**
   * Checks that {@code got} equals {@code want}.
   *
   * @throws IvyArgumentException naming both when they differ
   */
  public static void checkAvals(String what, List<Aval> want, List<Aval> got, String wantName) {
    if (!want.equals(got)) {
      throw new IvyArgumentException(
          what
              + " must match the "
              + wantName
              + " in number, shape and dtype: expected "
              + want
              + ", got "
              + got);
    }
  }
}
