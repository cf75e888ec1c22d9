package dev.ivy.prim;

import dev.ivy.DType;
import dev.ivy.Shape;

/**
 * An abstract value: the shape and dtype of an array without its data (JAX's "aval").
 *
 * @param shape the shape
 * @param dtype the dtype
 */
public record Aval(Shape shape, DType dtype) {
  @Override
  public String toString() {
    return dtype + shape.toString();
  }
}
