package dev.ivy.frontend.numpy;

import dev.ivy.DType;
import dev.ivy.rules.TypePromotion;

/**
 * NumPy 2's dtype policy: core's promotion table (NEP 50, Python scalars weak), float64 and int64
 * defaults, no canonicalization, and float-only functions computing bool and 8-bit integers in
 * float16, 16-bit integers in float32 and wider ones in float64 (the smallest float of NumPy's
 * loops that holds every value).
 */
final class NumpyDTypes implements DTypePolicy {
  @Override
  public String module() {
    return "numpy";
  }

  @Override
  public DType defaultFloat() {
    return TypePromotion.DEFAULT_FLOAT;
  }

  @Override
  public DType defaultInt() {
    return TypePromotion.DEFAULT_INT;
  }

  @Override
  public DType canonical(DType d) {
    return d;
  }

  @Override
  public DType promote(DType a, DType b) {
    return TypePromotion.promote(a, b);
  }

  @Override
  public DType withScalar(DType d, Object scalar) {
    return TypePromotion.promoteWithScalar(d, scalar);
  }

  @Override
  public DType scalarDType(Object scalar) {
    return TypePromotion.scalarDType(scalar);
  }

  @Override
  public DType floatFor(DType d) {
    if (d.isFloating()) {
      return d;
    }
    return switch (d) {
      case BOOL, INT8, UINT8 -> DType.FLOAT16;
      case INT16 -> DType.FLOAT32;
      default -> DType.FLOAT64;
    };
  }

  @Override
  public String toString() {
    return "DTypePolicy.NUMPY";
  }
}
