package dev.ivy.onnx;

import static dev.ivy.onnx.MathOps.one;
import static dev.ivy.onnx.MathOps.same;

import dev.ivy.Array;
import dev.ivy.Ivy;

/** Reductions (axes as an attribute, or as an input for ReduceSum). */
final class ReduceOps {
  private ReduceOps() {}

  /** A reduction over {@code axes} with keepDims. */
  private interface Reducer {
    Array apply(Array x, int[] axes, boolean keep);
  }

  private static OnnxOp reduce(boolean axesInput, Reducer f) {
    return c -> {
      Array x = c.in(0);
      // ReduceSum takes its axes as an input from opset 13, as an attribute before
      long[] axes = axesInput && c.opset() >= 13 ? c.ints(1) : c.ints("axes", null);
      boolean keep = c.i("keepdims", 1) != 0;
      if (axes == null || axes.length == 0) {
        if (c.opset() >= 13 && c.i("noop_with_empty_axes", 0) != 0) {
          return one(x);
        }
        axes = new long[x.rank()];
        for (int i = 0; i < axes.length; i++) {
          axes[i] = i;
        }
      }
      int[] a = new int[axes.length];
      for (int i = 0; i < a.length; i++) {
        a[i] = ShapeOps.axis(c, axes[i], x.rank());
      }
      return one(same(f.apply(x, a, keep), x));
    };
  }

  static void register(OnnxOps.Registrar r) {
    r.add("ReduceSum", reduce(true, Ivy::sum));
    r.add("ReduceMean", reduce(false, Ivy::mean));
    r.add("ReduceMax", reduce(false, Ivy::max));
    r.add("ReduceMin", reduce(false, Ivy::min));
    r.add("ReduceProd", reduce(false, Ivy::prod));
    r.add("ReduceL1", reduce(false, (x, a, k) -> Ivy.sum(Ivy.abs(x), a, k)));
    r.add("ReduceL2", reduce(false, (x, a, k) -> Ivy.sqrt(Ivy.sum(Ivy.square(x), a, k))));
    r.add("ReduceSumSquare", reduce(false, (x, a, k) -> Ivy.sum(Ivy.square(x), a, k)));
    r.add("ReduceLogSum", reduce(false, (x, a, k) -> Ivy.log(Ivy.sum(x, a, k))));
    r.add("ReduceLogSumExp", reduce(false, Ivy::logSumExp));
  }
}
