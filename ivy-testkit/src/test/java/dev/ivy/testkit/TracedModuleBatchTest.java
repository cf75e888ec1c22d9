package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.TraceOptions;
import dev.ivy.nn.Linear;
import dev.ivy.nn.ReLU;
import dev.ivy.nn.Sequential;
import dev.ivy.nn.TracedModule;
import dev.ivy.nn.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A module traced once with a polymorphic batch runs, and trains, at any batch size. */
class TracedModuleBatchTest {

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void polymorphicTrace_runsAndDifferentiatesAtEveryBatchSize(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Sequential model =
          new Sequential(
              new Linear(4, 8, true, DType.FLOAT64, 1L),
              new ReLU(),
              new Linear(8, 2, true, DType.FLOAT64, 2L));
      Array example = Ivy.zeros(Shape.of(32, 4), DType.FLOAT64);
      TracedModule traced =
          model.traceGraph(TraceOptions.polymorphicBatch(), example).toBackend(backend);
      for (long batch : new long[] {1, 3, 32}) {
        Array x =
            Ivy.reshape(Ivy.divide(Ivy.arange(0, batch * 4, 1, DType.FLOAT64), 7.0), batch, 4);
        Array want = model.call(x);
        Array got = traced.call(x);
        assertEquals(want.aval(), got.aval(), "batch " + batch);
        assertArrayEquals(want.toDoubleArray(), got.toDoubleArray(), 1e-12, "batch " + batch);
        Variables gw =
            Ivy.executeWithGradients(v -> Ivy.sum(Ivy.square(model.call(x, v))), model.v()).grads();
        Variables gt =
            Ivy.executeWithGradients(v -> Ivy.sum(Ivy.square(traced.call(x, v))), traced.v())
                .grads();
        for (String p : gw.paths()) {
          assertArrayEquals(
              gw.get(p).toDoubleArray(), gt.get(p).toDoubleArray(), 1e-10, p + " batch " + batch);
        }
      }
    }
  }
}
