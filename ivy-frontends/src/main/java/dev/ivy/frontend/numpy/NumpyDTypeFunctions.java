package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * The dtype functions of {@code numpy} and {@code jax.numpy} ({@code result_type}, {@code
 * promote_types}, {@code can_cast}), written once over the framework's {@link DTypePolicy}: they
 * answer with the policy's promotion table, so they agree with what the other functions do.
 *
 * <pre>{@code
 * NumpyDTypeFunctions.promoteTypes(DTypePolicy.NUMPY, DType.INT32, DType.FLOAT32)   // FLOAT64
 * NumpyDTypeFunctions.promoteTypes(JaxNumpy.POLICY, DType.INT32, DType.FLOAT32)     // FLOAT32
 * }</pre>
 */
public final class NumpyDTypeFunctions {
  private NumpyDTypeFunctions() {}

  private static DType dtypeOf(Object o) {
    if (o instanceof Array a) {
      return a.dtype();
    }
    if (o instanceof DType t) {
      return t;
    }
    return o instanceof String s ? DType.of(s) : null;
  }

  /**
   * Returns the dtype that the arrays and dtypes (strong) and Python scalars (weak) promote to
   * (result_type).
   *
   * @throws IvyArgumentException if nothing is given
   */
  public static DType resultType(DTypePolicy p, Object... args) {
    DType r = null;
    List<Object> weak = new ArrayList<>();
    for (Object o : args) {
      DType d = dtypeOf(o);
      if (d == null) {
        weak.add(o);
      } else {
        r = r == null ? p.canonical(d) : p.promote(r, p.canonical(d));
      }
    }
    for (Object w : weak) {
      r = r == null ? p.scalarDType(w) : p.withScalar(r, w);
    }
    if (r == null) {
      throw new IvyArgumentException("result_type: at least one array or dtype is required; got 0");
    }
    return r;
  }

  /** Returns the dtype that type1 and type2 promote to (promote_types). */
  public static DType promoteTypes(DTypePolicy p, DType type1, DType type2) {
    return p.promote(p.canonical(type1), p.canonical(type2));
  }

  /**
   * Returns whether from_ (an array, a dtype or a dtype name) casts safely to {@code to}: whether
   * promoting them gives {@code to} (can_cast with casting='safe').
   *
   * @throws IvyArgumentException if from_ is none of these
   */
  public static boolean canCast(DTypePolicy p, Object from, DType to) {
    DType f = dtypeOf(from);
    if (f == null) {
      throw new IvyArgumentException(
          "can_cast: from_ must be an array, a dtype or a dtype name; got " + from);
    }
    return promoteTypes(p, f, to) == p.canonical(to);
  }
}
