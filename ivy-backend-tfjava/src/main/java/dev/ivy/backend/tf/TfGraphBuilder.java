package dev.ivy.backend.tf;

import dev.ivy.DType;
import dev.ivy.internal.HostData;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A TensorFlow graph under construction, as {@link TfGraphRules} sees it: ops are added by type
 * name and wired by their outputs, of type {@code T}. Implemented once over the C API's {@code
 * TF_Graph} ({@link TfProgramCompiler}) and once over TensorFlow Java's {@code Graph} ({@link
 * TfSavedModelExporter}), so both build a program from the same rules.
 *
 * <p>Each call adds one op (or one {@code Const}) and returns its first output ({@link #opN}: its
 * first outputs). Attributes are passed as name-value pairs: a {@code String} name, then a {@code
 * Long}, {@code long[]}, {@code String}, {@code Boolean}, {@code Float} or {@link DType} (a type
 * attribute) value.
 *
 * @param <T> the graph's handle on an op output
 */
interface TfGraphBuilder<T> {
  /**
   * Adds op {@code type} with {@code inputs} and attributes {@code attrs} (name-value pairs, beyond
   * those TF infers) and returns its first {@code outputs} outputs.
   */
  List<T> opN(String type, List<T> inputs, int outputs, Object... attrs);

  /** Adds op {@code type} with {@code inputs} and no attributes beyond those TF infers. */
  default T op(String type, List<T> inputs) {
    return opN(type, inputs, 1).get(0);
  }

  /** Adds op {@code type} of one output with {@code inputs} and attributes {@code attrs}. */
  default T op(String type, List<T> inputs, Object... attrs) {
    return opN(type, inputs, 1, attrs).get(0);
  }

  /** Adds a {@code Cast} of {@code x} to {@code to} (attribute {@code DstT}). */
  T cast(T x, DType to);

  /** Adds the reduction {@code type} ({@code Sum}, {@code Max}...) with {@code keep_dims}. */
  T reduce(String type, T x, T axes, boolean keepDims);

  /** Adds a {@code ConcatV2} of the list {@code values} along the scalar {@code axis}. */
  T concat(List<T> values, T axis);

  /** Adds a {@code Const} of {@code dtype} and shape {@code dims} holding {@code data}. */
  T constant(DType dtype, long[] dims, ByteBuffer data);

  /**
   * Adds a scalar {@code Const}: {@code longValue} for integer dtypes, else {@code doubleValue}.
   */
  default T scalar(DType dtype, double doubleValue, long longValue) {
    ByteBuffer b = HostData.allocate(dtype, 1);
    if (dtype.isInteger()) {
      HostData.putLong(b, dtype, longValue);
    } else {
      HostData.putDouble(b, dtype, doubleValue);
    }
    return constant(dtype, new long[0], b.flip());
  }

  /** Adds an int64 vector {@code Const}. */
  default T longs(long[] v) {
    ByteBuffer b = HostData.allocate(DType.INT64, v.length);
    b.asLongBuffer().put(v);
    return constant(DType.INT64, new long[] {v.length}, b);
  }

  /**
   * Returns {@code f(w)}: filter {@code w} in the layout named {@code key}. An eager builder may
   * keep the result for as long as {@code w} lives and reuse it (handles never change); a graph
   * builder adds the ops, which TensorFlow folds when {@code w} is a constant.
   */
  default T filter(T w, String key, java.util.function.UnaryOperator<T> f) {
    return f.apply(w);
  }

  /** Adds an int32 vector {@code Const}. */
  default T ints(int[] v) {
    ByteBuffer b = HostData.allocate(DType.INT32, v.length);
    b.asIntBuffer().put(v);
    return constant(DType.INT32, new long[] {v.length}, b);
  }
}
