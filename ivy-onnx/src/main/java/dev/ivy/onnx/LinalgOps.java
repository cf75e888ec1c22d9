package dev.ivy.onnx;

import static dev.ivy.onnx.MathOps.one;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.ops.Manipulation;

/** Matrix products. */
final class LinalgOps {
  private LinalgOps() {}

  static void register(OnnxOps.Registrar r) {
    r.add("MatMul", c -> one(Ivy.matmul(c.in(0), c.in(1))));
    r.add(
        "Gemm",
        c -> {
          Array a = c.in(0);
          Array b = c.in(1);
          if (a.rank() != 2 || b.rank() != 2) {
            throw c.error("A and B must be 2-d; got %s and %s", a.shape(), b.shape());
          }
          if (c.i("transA", 0) != 0) {
            a = Manipulation.matrixTranspose(a);
          }
          if (c.i("transB", 0) != 0) {
            b = Manipulation.matrixTranspose(b);
          }
          double alpha = c.f("alpha", 1f);
          double beta = c.f("beta", 1f);
          Array y = Ivy.matmul(a, b);
          if (alpha != 1.0) {
            y = MathOps.same(Ivy.multiply(y, alpha), y);
          }
          Array bias = c.opt(2);
          if (bias != null && beta != 0.0) {
            y = Ivy.add(y, beta == 1.0 ? bias : MathOps.same(Ivy.multiply(bias, beta), bias));
          }
          return one(y);
        });
    r.add("Einsum", c -> one(Ivy.einsum(c.s("equation", ""), c.inputs().toArray(new Array[0]))));
    r.add("Det", c -> one(Ivy.det(c.in(0))));
  }
}
