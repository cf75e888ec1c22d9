package dev.ivy.autodiff;

import dev.ivy.Array;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gradient rules of the traced higher-order primitives. Run eagerly, cond and scan need none: their
 * bodies' calls reach the tape one by one. Under a trace the node is opaque to the tape, so its
 * cotangents are computed by a new node of the same kind whose bodies are the bodies' VJPs.
 */
final class ControlVjp {
  private ControlVjp() {}

  /** cond(pred, ops) -> cond(pred, ops ++ cts) with each branch replaced by its pullback. */
  static Array[] cond(Params.Control p, Array[] in, Array[] out, Array[] g, boolean[] need) {
    int nOps = in.length - 1;
    List<Params.Body> bodies = new ArrayList<>();
    for (Params.Body b : p.bodies()) {
      bodies.add(args -> pullback(b, args.subList(0, nOps), args.subList(nOps, args.size())));
    }
    List<Array> args = new ArrayList<>(Arrays.asList(in));
    args.addAll(cotangents(out, g));
    Array[] r =
        Dispatcher.bindMulti(
            Prim.COND, new Params.Control(bodies, 0, null), args.toArray(new Array[0]));
    Array[] result = new Array[in.length];
    System.arraycopy(r, 0, result, 1, nOps);
    return result;
  }

  /**
   * scan: a forward scan that also emits each step's incoming carries, then a reverse scan whose
   * carry is the carries' cotangent and whose per-step outputs are the xs' cotangents.
   */
  static Array[] scan(Params.Control p, Array[] in, Array[] out, Array[] g, boolean[] need) {
    int nc = p.numCarry();
    int nx = in.length - nc;
    int ny = out.length - nc;
    Params.Body fn = p.bodies().get(0);
    Params.Body withCarries =
        args -> {
          List<Array> r = new ArrayList<>(fn.apply(args));
          r.addAll(args.subList(0, nc));
          return r;
        };
    Array[] fwd =
        Dispatcher.bindMulti(Prim.SCAN, new Params.Control(List.of(withCarries), nc, null), in);
    List<Array> cts = cotangents(out, g);
    List<Array> bwdIn = new ArrayList<>(cts.subList(0, nc));
    for (int i = 0; i < nx; i++) {
      bwdIn.add(flip0(in[nc + i]));
    }
    for (int i = 0; i < nc; i++) {
      bwdIn.add(flip0(fwd[nc + ny + i]));
    }
    for (int i = 0; i < ny; i++) {
      bwdIn.add(flip0(cts.get(nc + i)));
    }
    Params.Body back =
        args -> {
          List<Array> ctCarry = args.subList(0, nc);
          List<Array> xs = args.subList(nc, nc + nx);
          List<Array> carry = args.subList(nc + nx, nc + nx + nc);
          List<Array> ctY = args.subList(nc + nx + nc, args.size());
          List<Array> primals = new ArrayList<>(carry);
          primals.addAll(xs);
          List<Array> c = new ArrayList<>(ctCarry);
          c.addAll(ctY);
          return pullback(fn, primals, c);
        };
    Array[] bwd =
        Dispatcher.bindMulti(
            Prim.SCAN, new Params.Control(List.of(back), nc, null), bwdIn.toArray(new Array[0]));
    Array[] result = new Array[in.length];
    for (int i = 0; i < nc; i++) {
      result[i] = bwd[i];
    }
    for (int i = 0; i < nx; i++) {
      result[nc + i] = flip0(bwd[nc + i]);
    }
    return result;
  }

  private static List<Array> pullback(Params.Body body, List<Array> primals, List<Array> cts) {
    Autodiff.VjpResult r = Autodiff.vjp(body::apply, primals);
    return r.pullback(cts);
  }

  /** The cotangents of {@code out}, zeros where none flows (also for integer outputs). */
  private static List<Array> cotangents(Array[] out, Array[] g) {
    List<Array> r = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      r.add(g[i] != null ? g[i] : Vjp.zerosLike(out[i]));
    }
    return r;
  }

  private static Array flip0(Array a) {
    return a.rank() == 0 ? a : Vjp.bind(Prim.FLIP, new Params.Axes(new int[] {0}, false), a);
  }
}
