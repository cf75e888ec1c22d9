package dev.ivy.onnx;

import static dev.ivy.onnx.MathOps.one;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.ops.Coarse;
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
          boolean transB = c.i("transB", 0) != 0;
          double alpha = c.f("alpha", 1f);
          double beta = c.f("beta", 1f);
          Array bias = c.opt(2);
          Array cIn = bias == null || beta == 0.0 ? null : bias;
          if (alpha == 1.0
              && (cIn == null || beta == 1.0)
              && a.dtype().isFloating()
              && a.dtype() == b.dtype()) {
            // one linear node: w [out, in] is B with transB (PyTorch's nn.Linear), else B^T
            long out = b.shape().dim(transB ? 0 : 1);
            Array vec = cIn == null ? null : linearBias(cIn, out, a.dtype());
            if (cIn == null || vec != null) {
              return one(Coarse.linear(a, transB ? b : Manipulation.matrixTranspose(b), vec));
            }
          }
          if (transB) {
            b = Manipulation.matrixTranspose(b);
          }
          Array y = Ivy.matmul(a, b);
          if (alpha != 1.0) {
            y = MathOps.same(Ivy.multiply(y, alpha), y);
          }
          if (bias != null && beta != 0.0) {
            y = Ivy.add(y, beta == 1.0 ? bias : MathOps.same(Ivy.multiply(bias, beta), bias));
          }
          return one(y);
        });
    r.add("Einsum", c -> one(Ivy.einsum(c.s("equation", ""), c.inputs().toArray(new Array[0]))));
    r.add("Det", c -> one(Ivy.det(c.in(0))));
  }

  /** Returns C as a [out] bias of dtype dt (C [out] or [1, out]), else null. */
  private static Array linearBias(Array bias, long out, dev.ivy.DType dt) {
    if (bias.dtype() != dt) {
      return null;
    }
    if (bias.shape().equals(Shape.of(out))) {
      return bias;
    }
    return bias.shape().equals(Shape.of(1, out)) ? Manipulation.reshape(bias, Shape.of(out)) : null;
  }
}
