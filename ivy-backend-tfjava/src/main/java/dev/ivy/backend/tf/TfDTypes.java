package dev.ivy.backend.tf;

import dev.ivy.DType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The dtype sets kernels declare, as measured against TensorFlow 2.18's CPU kernel registry. Where
 * TensorFlow has no kernel for a dtype, core computes in a wider dtype and casts back.
 */
final class TfDTypes {
  static final Set<DType> ALL = EnumSet.allOf(DType.class);
  static final Set<DType> FLOATS =
      EnumSet.of(DType.FLOAT16, DType.BFLOAT16, DType.FLOAT32, DType.FLOAT64);
  static final Set<DType> INTS =
      EnumSet.of(DType.INT8, DType.INT16, DType.INT32, DType.INT64, DType.UINT8);
  static final Set<DType> NUMERIC = union(INTS, FLOATS);
  static final Set<DType> INTS_BOOL = union(INTS, EnumSet.of(DType.BOOL));

  private TfDTypes() {}

  static Set<DType> of(DType first, DType... rest) {
    return EnumSet.of(first, rest);
  }

  @SafeVarargs
  static Set<DType> union(Set<DType>... sets) {
    EnumSet<DType> r = EnumSet.noneOf(DType.class);
    for (Set<DType> s : sets) {
      r.addAll(s);
    }
    return r;
  }
}
