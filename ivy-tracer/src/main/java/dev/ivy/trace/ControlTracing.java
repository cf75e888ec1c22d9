package dev.ivy.trace;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.backend.Backend;
import dev.ivy.dispatch.ControlFlow;
import dev.ivy.dispatch.Symbolic;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.internal.ArrayInternals;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Traces the bodies of cond / while / scan into sub-graphs while an outer trace records them. */
final class ControlTracing {
  private ControlTracing() {}

  /** A payload for example arguments of a body trace: only their aval and backend are read. */
  private record Placeholder() implements Symbolic {}

  static Params.Control trace(TracingInterpreter t, Prim prim, Params.Control p, Array[] in) {
    if (p.outAvals() != null && allSubGraphs(p)) {
      return p; // replaying an already traced node under a trace: keep its sub-graphs
    }
    List<Aval> inAvals = ControlFlow.avals(Arrays.asList(in));
    Backend backend = in.length > 0 ? in[0].backend() : dev.ivy.Ivy.currentBackend();
    switch (prim) {
      case COND:
        {
          List<Aval> ops = inAvals.subList(1, inAvals.size());
          Graph tg = body(t, p.bodies().get(0), ops, backend);
          Graph fg = body(t, p.bodies().get(1), ops, backend);
          List<Aval> to = outAvals(tg);
          ControlFlow.checkAvals(
              "cond: the false branch's results", to, outAvals(fg), "true branch's results");
          return new Params.Control(List.of(new SubGraph(tg), new SubGraph(fg)), 0, to);
        }
      case WHILE:
        {
          Graph cg = body(t, p.bodies().get(0), inAvals, backend);
          List<Aval> co = outAvals(cg);
          if (!co.equals(List.of(new Aval(Shape.of(new long[0]), DType.BOOL)))) {
            throw new IvyArgumentException(
                "whileLoop: the condition must return one 0-d bool array; got " + co);
          }
          Graph bg = body(t, p.bodies().get(1), inAvals, backend);
          ControlFlow.checkAvals(
              "whileLoop: the body's results", inAvals, outAvals(bg), "initial values");
          return new Params.Control(List.of(new SubGraph(cg), new SubGraph(bg)), 0, inAvals);
        }
      case SCAN:
        {
          int nc = p.numCarry();
          List<Aval> args = new ArrayList<>(inAvals.subList(0, nc));
          long n = inAvals.get(nc).shape().dim(0);
          for (Aval x : inAvals.subList(nc, inAvals.size())) {
            long[] d = x.shape().dims();
            args.add(new Aval(Shape.of(Arrays.copyOfRange(d, 1, d.length)), x.dtype()));
          }
          Graph g = body(t, p.bodies().get(0), args, backend);
          List<Aval> o = outAvals(g);
          if (o.size() < nc) {
            throw new IvyArgumentException(
                "scan: fn must return the "
                    + nc
                    + " carries first, then the per-step outputs; got "
                    + o.size()
                    + " arrays");
          }
          ControlFlow.checkAvals(
              "scan: fn's carries", inAvals.subList(0, nc), o.subList(0, nc), "initial carries");
          List<Aval> outs = new ArrayList<>(o.subList(0, nc));
          for (Aval y : o.subList(nc, o.size())) {
            long[] d = y.shape().dims();
            long[] s = new long[d.length + 1];
            s[0] = n;
            System.arraycopy(d, 0, s, 1, d.length);
            outs.add(new Aval(Shape.of(s), y.dtype()));
          }
          return new Params.Control(List.of(new SubGraph(g)), nc, outs);
        }
      default:
        throw new IllegalStateException(prim + " is not higher-order");
    }
  }

  private static boolean allSubGraphs(Params.Control p) {
    for (Params.Body b : p.bodies()) {
      if (!(b instanceof SubGraph)) {
        return false;
      }
    }
    return true;
  }

  private static Graph body(TracingInterpreter t, Params.Body body, List<Aval> avals, Backend b) {
    List<Array> examples = new ArrayList<>();
    for (Aval a : avals) {
      examples.add(ArrayInternals.wrap(b, a, new Placeholder()));
    }
    return Tracer.trace(
        t,
        args -> {
          List<Array> r = body.apply(args);
          if (r == null) {
            throw new IvyArgumentException("control flow: a body returned null; return a List");
          }
          return r;
        },
        examples);
  }

  private static List<Aval> outAvals(Graph g) {
    java.util.Map<Integer, Aval> m = g.avals();
    List<Aval> r = new ArrayList<>();
    for (int id : g.outputs()) {
      r.add(m.get(id));
    }
    return r;
  }
}
