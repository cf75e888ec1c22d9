package dev.ivy.onnx;

import dev.ivy.DType;
import java.util.Arrays;
import java.util.List;

/**
 * A graph input or output of an ONNX model: its name, dtype and shape, where a dimension the model
 * leaves symbolic (a {@code dim_param} such as "batch", or none) is -1 and its name is kept in
 * {@code dimNames} (null for fixed dimensions).
 *
 * @param name the value's name in the graph
 * @param dtype the element type, or null when the model does not declare it
 * @param shape the dimensions (-1 where symbolic), or null when the model declares no shape
 * @param dimNames the symbolic dimensions' names (null entries for fixed ones), or null
 */
public record ValueInfo(String name, DType dtype, long[] shape, List<String> dimNames) {
  /** Returns whether every dimension is known. */
  public boolean isStatic() {
    if (shape == null) {
      return false;
    }
    for (long d : shape) {
      if (d < 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return name + ": " + dtype + (shape == null ? "[?]" : Arrays.toString(shape));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValueInfo v
        && v.name.equals(name)
        && v.dtype == dtype
        && Arrays.equals(v.shape, shape)
        && java.util.Objects.equals(v.dimNames, dimNames);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(shape);
  }
}
