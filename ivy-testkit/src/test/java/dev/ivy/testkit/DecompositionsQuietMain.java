package dev.ivy.testkit;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Manipulation;

/**
 * Loads the backend named in {@code args[0]}, prints {@link #MARK} on stdout and stderr, then
 * computes determinants of singular matrices and QRs of rank-deficient ones, and prints {@link
 * #DONE} on both: {@link DecompositionsTest} checks that nothing else appears between the two.
 */
public final class DecompositionsQuietMain {
  static final String MARK = "IVY-QUIET-START";
  static final String DONE = "IVY-QUIET-DONE";

  private DecompositionsQuietMain() {}

  /** Entry point for {@link DecompositionsTest}'s child JVMs. */
  public static void main(String[] args) {
    try (var b = Ivy.withBackend(args[0])) {
      // load the backend's native code before the mark
      Ivy.add(Ivy.ones(2, 2), Ivy.ones(2, 2)).toDoubleArray();
      System.out.println(MARK);
      System.err.println(MARK);
      for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
        Array[] singular = {
          Ivy.zeros(3, 3), Ivy.array(new double[] {1, 2, 2, 4}, 2, 2),
        };
        for (Array x : singular) {
          Array a = Manipulation.astype(x, dt);
          Decompositions.det(a).toDoubleArray();
          Decompositions.slogdet(a)[1].toDoubleArray();
          Decompositions.qr(a, "reduced")[0].toDoubleArray();
          Decompositions.qr(a, "complete")[0].toDoubleArray();
        }
        Array zeroColumn =
            Manipulation.astype(Ivy.array(new double[] {1, 0, 2, 0, 3, 0}, 3, 2), dt);
        Decompositions.qr(zeroColumn, "complete")[1].toDoubleArray();
        Decompositions.qr(Manipulation.matrixTranspose(zeroColumn), "reduced")[1].toDoubleArray();
      }
      // a matrix that is not positive-definite: the error is ours, raised quietly
      try (Scope s = Ivy.scope()) {
        Decompositions.cholesky(Ivy.array(new double[] {1, 2, 2, 1}, 2, 2), false);
        throw new IllegalStateException("cholesky of an indefinite matrix must raise");
      } catch (dev.ivy.errors.IvyArgumentException expected) {
        // the message names linalg.cholesky; nothing may be printed
      }
      System.out.println(DONE);
      System.err.println(DONE);
    }
  }
}
