package dev.ivy.backend.tf;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.internal.HostData;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;

/** Shared helpers of this module's tests: arrays on the tf backend and primitive calls. */
final class TfTesting {
  private TfTesting() {}

  static Array arr(DType dt, double[] data, long... shape) {
    return Ivy.fromBytes(HostData.encode(dt, data), dt, Shape.of(shape));
  }

  static Array arr(DType dt, long[] data, long... shape) {
    return Ivy.fromBytes(HostData.encode(dt, data), dt, Shape.of(shape));
  }

  static Array bind(Prim prim, Params params, Array... xs) {
    return Dispatcher.bind(prim, params, xs);
  }

  static Array bind(Prim prim, Array... xs) {
    return Dispatcher.bind(prim, Params.None.INSTANCE, xs);
  }
}
