package dev.ivy.frontend.jax;

import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.frontend.numpy.DTypePolicy;

/**
 * JAX's dtype policy with 64-bit types disabled (JAX's default), the rules of {@link JaxTypes}:
 * float64 and int64 inputs, dtype arguments and results become float32 and int32; arrays promote on
 * JAX's type lattice; Python scalars are weak; float-only functions compute integers in float32.
 */
final class JaxDTypes implements DTypePolicy {
  @Override
  public String module() {
    return "jax.numpy";
  }

  @Override
  public DType defaultFloat() {
    return DType.FLOAT32;
  }

  @Override
  public DType defaultInt() {
    return DType.INT32;
  }

  @Override
  public DType canonical(DType d) {
    return JaxTypes.canon(d);
  }

  @Override
  public DType promote(DType a, DType b) {
    return JaxTypes.promote(a, b);
  }

  @Override
  public DType withScalar(DType d, Object scalar) {
    return JaxTypes.withScalar(JaxTypes.canon(d), scalar);
  }

  @Override
  public DType scalarDType(Object scalar) {
    return JaxTypes.scalarDType(scalar);
  }

  @Override
  public DType floatFor(DType d) {
    DType c = JaxTypes.canon(d);
    return c.isFloating() ? c : DType.FLOAT32;
  }

  @Override
  public void noOut(String fn, Object out) {
    if (out != null) {
      throw new IvyArgumentException(
          fn + ": out must be None (JAX arrays are immutable); got " + out);
    }
  }

  @Override
  public String toString() {
    return "JaxNumpy.POLICY";
  }
}
