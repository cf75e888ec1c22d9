package dev.ivy.backend.torch;

import static dev.ivy.backend.torch.TorchKernelSupport.ALL;
import static dev.ivy.backend.torch.TorchKernelSupport.pt;

import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.jni.JniUtils;
import dev.ivy.backend.KernelTable;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;

/**
 * Movement kernels: reshape, broadcast, transpose, slice, concat, flip and take. Several return
 * libtorch views that share storage with their input; that is safe because Ivy arrays are immutable
 * and libtorch reference-counts storage, so closing either tensor keeps the other valid.
 */
final class TorchMovementKernels {
  private final PtNDManager manager;
  private final TorchScriptOps script;

  TorchMovementKernels(PtNDManager manager, TorchScriptOps script) {
    this.manager = manager;
    this.script = script;
  }

  /** Adds this category's kernels to {@code b}. */
  void register(KernelTable.Builder b) {
    b.put(Prim.RESHAPE, ALL, (p, in, av, out) -> JniUtils.reshape(pt(in[0]), out.shape().dims()));
    b.put(
        Prim.BROADCAST_TO,
        ALL,
        (p, in, av, out) -> JniUtils.broadcast(pt(in[0]), TorchConversions.djlShape(out.shape())));
    b.put(
        Prim.TRANSPOSE,
        ALL,
        (p, in, av, out) -> JniUtils.permute(pt(in[0]), toLongs(((Params.Perm) p).perm())));
    b.put(
        Prim.SLICE,
        ALL,
        (p, in, av, out) -> {
          Params.Slice s = (Params.Slice) p;
          if (av[0].shape().rank() == 0) {
            return JniUtils.reshape(pt(in[0]), new long[0]);
          }
          long[] stop = s.stop();
          long[] start = s.start();
          for (int i = 0; i < stop.length; i++) {
            // libtorch clamps an empty range itself, but keep stop >= start for clarity
            stop[i] = Math.max(stop[i], start[i]);
          }
          return JniUtils.index(pt(in[0]), start, stop, s.step(), manager);
        });
    b.put(
        Prim.CONCAT,
        ALL,
        (p, in, av, out) -> {
          PtNDArray[] xs = new PtNDArray[in.length];
          for (int i = 0; i < xs.length; i++) {
            xs[i] = pt(in[i]);
          }
          return JniUtils.cat(xs, ((Params.Axis) p).axis());
        });
    b.put(
        Prim.FLIP,
        ALL,
        (p, in, av, out) -> JniUtils.flip(pt(in[0]), toLongs(((Params.Axes) p).axes())));
    b.put(
        Prim.TAKE,
        ALL,
        (p, in, av, out) ->
            script.take(pt(in[0]), pt(in[1]), ((Params.Axis) p).axis(), out.shape()));
  }

  private static long[] toLongs(int[] v) {
    long[] r = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = v[i];
    }
    return r;
  }
}
