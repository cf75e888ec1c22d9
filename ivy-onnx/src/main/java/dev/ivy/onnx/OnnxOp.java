package dev.ivy.onnx;

import dev.ivy.Array;
import java.util.List;

/** The implementation of one ONNX operator with core functions. */
@FunctionalInterface
interface OnnxOp {
  /**
   * Returns the node's outputs (as many as the node names, or more; extra ones are dropped).
   *
   * @param c the node, its inputs and attributes
   */
  List<Array> apply(NodeContext c);
}
