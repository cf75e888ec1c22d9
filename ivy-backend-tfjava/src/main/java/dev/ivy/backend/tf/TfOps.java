package dev.ivy.backend.tf;

import static dev.ivy.backend.tf.TfCall.name;

import org.bytedeco.javacpp.BytePointer;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/**
 * TensorFlow raw-op and attribute names, kept as native strings so building an op converts no Java
 * string, plus one-line helpers for the ops kernels combine. Each helper returns a new handle owned
 * by the caller.
 */
final class TfOps {
  // attribute names
  static final BytePointer T = name("T");
  static final BytePointer SRC_T = name("SrcT");
  static final BytePointer DST_T = name("DstT");
  static final BytePointer TRUNCATE = name("Truncate");
  static final BytePointer KEEP_DIMS = name("keep_dims");
  static final BytePointer BATCH_DIMS = name("batch_dims");
  static final BytePointer EXCLUSIVE = name("exclusive");
  static final BytePointer REVERSE = name("reverse");
  static final BytePointer SORTED = name("sorted");
  static final BytePointer TYPE = name("type");
  static final BytePointer TIDX = name("Tidx");
  static final BytePointer INDEX_TYPE = name("index_type");

  // op names
  static final BytePointer ADD = name("AddV2");
  static final BytePointer SUB = name("Sub");
  static final BytePointer MUL = name("Mul");
  static final BytePointer REAL_DIV = name("RealDiv");
  static final BytePointer FLOOR_DIV = name("FloorDiv");
  static final BytePointer FLOOR_MOD = name("FloorMod");
  static final BytePointer POW = name("Pow");
  static final BytePointer MAXIMUM = name("Maximum");
  static final BytePointer MINIMUM = name("Minimum");
  static final BytePointer ATAN2 = name("Atan2");
  static final BytePointer BITWISE_AND = name("BitwiseAnd");
  static final BytePointer BITWISE_OR = name("BitwiseOr");
  static final BytePointer BITWISE_XOR = name("BitwiseXor");
  static final BytePointer LOGICAL_AND = name("LogicalAnd");
  static final BytePointer LOGICAL_OR = name("LogicalOr");
  static final BytePointer LOGICAL_NOT = name("LogicalNot");
  static final BytePointer INVERT = name("Invert");
  static final BytePointer LEFT_SHIFT = name("LeftShift");
  static final BytePointer RIGHT_SHIFT = name("RightShift");
  static final BytePointer EQUAL = name("Equal");
  static final BytePointer NOT_EQUAL = name("NotEqual");
  static final BytePointer LESS = name("Less");
  static final BytePointer LESS_EQUAL = name("LessEqual");
  static final BytePointer GREATER = name("Greater");
  static final BytePointer GREATER_EQUAL = name("GreaterEqual");
  static final BytePointer SELECT = name("SelectV2");
  static final BytePointer CAST = name("Cast");
  static final BytePointer BITCAST = name("Bitcast");
  static final BytePointer NEXT_AFTER = name("NextAfter");
  static final BytePointer IS_NAN = name("IsNan");
  static final BytePointer NEG = name("Neg");
  static final BytePointer SUM = name("Sum");
  static final BytePointer PROD = name("Prod");
  static final BytePointer MAX = name("Max");
  static final BytePointer MIN = name("Min");
  static final BytePointer ANY = name("Any");
  static final BytePointer RESHAPE = name("Reshape");
  static final BytePointer BROADCAST_TO = name("BroadcastTo");
  static final BytePointer TRANSPOSE = name("Transpose");
  static final BytePointer STRIDED_SLICE = name("StridedSlice");
  static final BytePointer CONCAT = name("ConcatV2");
  static final BytePointer REVERSE_V2 = name("ReverseV2");
  static final BytePointer GATHER = name("GatherV2");
  static final BytePointer FILL = name("Fill");
  static final BytePointer RANGE = name("Range");
  static final BytePointer MAT_MUL = name("MatMul");
  static final BytePointer BATCH_MAT_MUL = name("BatchMatMulV2");
  static final BytePointer CUMSUM = name("Cumsum");
  static final BytePointer CUMPROD = name("Cumprod");
  static final BytePointer TOP_K = name("TopKV2");
  static final BytePointer TENSOR_SCATTER_ADD = name("TensorScatterAdd");

  private TfOps() {}

  static TFE_TensorHandle unary(TfCall c, BytePointer op, TFE_TensorHandle x) {
    return c.begin(op).in(x).exec();
  }

  static TFE_TensorHandle binary(TfCall c, BytePointer op, TFE_TensorHandle x, TFE_TensorHandle y) {
    return c.begin(op).in(x).in(y).exec();
  }

  static TFE_TensorHandle select(
      TfCall c, TFE_TensorHandle cond, TFE_TensorHandle x, TFE_TensorHandle y) {
    return c.begin(SELECT).in(cond).in(x).in(y).exec();
  }

  static TFE_TensorHandle cast(TfCall c, TFE_TensorHandle x, int dstType) {
    return c.begin(CAST).in(x).type(DST_T, dstType).exec();
  }

  /** Reduces {@code x} with {@code op} over int32 {@code axes}. */
  static TFE_TensorHandle reduce(
      TfCall c, BytePointer op, TFE_TensorHandle x, TFE_TensorHandle axes, boolean keepDims) {
    return c.begin(op).in(x).in(axes).attr(KEEP_DIMS, keepDims).exec();
  }

  /** Returns {@code x} reshaped to {@code dims}. */
  static TFE_TensorHandle reshape(TfCall c, TFE_TensorHandle x, long[] dims) {
    TFE_TensorHandle shape = TfConversions.longs(c, dims);
    try {
      return c.begin(RESHAPE).in(x).in(shape).exec();
    } finally {
      TfCall.free(shape);
    }
  }

  /** Returns {@code x} with axes permuted. */
  static TFE_TensorHandle transpose(TfCall c, TFE_TensorHandle x, int[] perm) {
    TFE_TensorHandle p = TfConversions.ints(c, perm);
    try {
      return c.begin(TRANSPOSE).in(x).in(p).exec();
    } finally {
      TfCall.free(p);
    }
  }
}
