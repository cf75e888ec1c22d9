package dev.ivy.backend.torch;

import ai.djl.Device;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import dev.ivy.DType;
import java.util.EnumSet;
import java.util.Set;

/** Dtype sets and helpers shared by the kernel classes. */
final class TorchKernelSupport {
  /** Every dtype. */
  static final Set<DType> ALL = EnumSet.allOf(DType.class);

  /** Every dtype but bool. */
  static final Set<DType> NUMERIC = EnumSet.complementOf(EnumSet.of(DType.BOOL));

  /** Floating dtypes. */
  static final Set<DType> FLOATS =
      EnumSet.of(DType.FLOAT16, DType.BFLOAT16, DType.FLOAT32, DType.FLOAT64);

  /** Integer dtypes. */
  static final Set<DType> INTS =
      EnumSet.of(DType.INT8, DType.INT16, DType.INT32, DType.INT64, DType.UINT8);

  /** Integer dtypes and bool. */
  static final Set<DType> INTS_BOOL =
      EnumSet.of(DType.BOOL, DType.INT8, DType.INT16, DType.INT32, DType.INT64, DType.UINT8);

  private TorchKernelSupport() {}

  /** Returns {@code o} as a libtorch tensor. */
  static PtNDArray pt(Object o) {
    return (PtNDArray) o;
  }

  /** Returns a new tensor holding {@code x} converted to {@code dtype}. */
  static PtNDArray cast(TorchScriptOps script, PtNDArray x, DType dtype) {
    if (TorchConversions.isDjlType(dtype)) {
      return JniUtils.to(x, TorchConversions.dataType(dtype), Device.cpu());
    }
    return script.cast(x, dtype);
  }

  /**
   * Returns {@code r} converted to {@code dtype} when it differs from {@code from} (libtorch
   * returns integer sums and products as int64), closing {@code r}; returns {@code r} itself when
   * the two are equal.
   */
  static PtNDArray castBack(TorchScriptOps script, PtNDArray r, DType from, DType dtype) {
    if (from == dtype) {
      return r;
    }
    try {
      return cast(script, r, dtype);
    } finally {
      r.close();
    }
  }
}
