package dev.ivy.onnx;

import dev.ivy.Array;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.TracingException;
import dev.ivy.onnx.proto.OnnxProto.AttributeProto;
import dev.ivy.onnx.proto.OnnxProto.NodeProto;
import dev.ivy.onnx.proto.OnnxProto.TensorProto;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One node being run: its inputs (null where an optional input is absent), typed attribute access
 * with defaults, the model's opset, and errors that name the node.
 */
final class NodeContext {
  private final NodeProto node;
  private final List<Array> inputs;
  private final int opset;
  private final Map<String, AttributeProto> attrs = new HashMap<>();

  NodeContext(NodeProto node, List<Array> inputs, int opset) {
    this.node = node;
    this.inputs = inputs;
    this.opset = opset;
    for (AttributeProto a : node.getAttributeList()) {
      attrs.put(a.getName(), a);
    }
  }

  /** Returns a context of the same node and opset with other inputs. */
  NodeContext withInputs(List<Array> other) {
    return new NodeContext(node, other, opset);
  }

  /** Returns "OpType node 'name'" for messages. */
  String where() {
    return node.getOpType() + " (node '" + node.getName() + "')";
  }

  int opset() {
    return opset;
  }

  int numInputs() {
    return inputs.size();
  }

  int numOutputs() {
    return node.getOutputCount();
  }

  /** Returns whether output {@code i} is requested (named and not empty). */
  boolean wantsOutput(int i) {
    return i < node.getOutputCount() && !node.getOutput(i).isEmpty();
  }

  /** Returns required input {@code i}. */
  Array in(int i) {
    Array a = opt(i);
    if (a == null) {
      throw error("input %d is required but absent", i);
    }
    return a;
  }

  /** Returns optional input {@code i}, or null when absent. */
  Array opt(int i) {
    return i < inputs.size() ? inputs.get(i) : null;
  }

  List<Array> inputs() {
    return inputs;
  }

  /** Returns the concrete integer values of input {@code i} (null when absent). */
  long[] ints(int i) {
    Array a = opt(i);
    if (a == null) {
      return null;
    }
    if (!a.dtype().isInteger()) {
      throw error("input %d must have an integer dtype; got %s", i, a.dtype());
    }
    try {
      return a.toLongArray();
    } catch (TracingException e) {
      throw new TracingException(
          where()
              + ": input "
              + i
              + " must be a concrete value (computed from shapes, constants or initializers),"
              + " as it sets an output shape; it depends on a traced graph input",
          e);
    }
  }

  /** Returns the concrete floating values of input {@code i} (null when absent). */
  double[] doubles(int i) {
    Array a = opt(i);
    if (a == null) {
      return null;
    }
    try {
      return a.toDoubleArray();
    } catch (TracingException e) {
      throw new TracingException(
          where() + ": input " + i + " must be a concrete value; it depends on a traced input", e);
    }
  }

  boolean has(String name) {
    return attrs.containsKey(name);
  }

  private AttributeProto attr(String name, AttributeProto.AttributeType type) {
    AttributeProto a = attrs.get(name);
    if (a == null) {
      return null;
    }
    if (a.getType() != type && a.getType() != AttributeProto.AttributeType.UNDEFINED) {
      throw new OnnxException(
          where() + ": attribute '" + name + "' must be " + type + "; got " + a.getType());
    }
    return a;
  }

  long i(String name, long dflt) {
    AttributeProto a = attr(name, AttributeProto.AttributeType.INT);
    return a == null ? dflt : a.getI();
  }

  float f(String name, float dflt) {
    AttributeProto a = attr(name, AttributeProto.AttributeType.FLOAT);
    return a == null ? dflt : a.getF();
  }

  String s(String name, String dflt) {
    AttributeProto a = attr(name, AttributeProto.AttributeType.STRING);
    return a == null ? dflt : a.getS().toStringUtf8();
  }

  long[] ints(String name, long[] dflt) {
    AttributeProto a = attr(name, AttributeProto.AttributeType.INTS);
    if (a == null) {
      return dflt;
    }
    long[] r = new long[a.getIntsCount()];
    for (int k = 0; k < r.length; k++) {
      r[k] = a.getInts(k);
    }
    return r;
  }

  float[] floats(String name, float[] dflt) {
    AttributeProto a = attr(name, AttributeProto.AttributeType.FLOATS);
    if (a == null) {
      return dflt;
    }
    float[] r = new float[a.getFloatsCount()];
    for (int k = 0; k < r.length; k++) {
      r[k] = a.getFloats(k);
    }
    return r;
  }

  String[] strings(String name, String[] dflt) {
    AttributeProto a = attr(name, AttributeProto.AttributeType.STRINGS);
    if (a == null) {
      return dflt;
    }
    String[] r = new String[a.getStringsCount()];
    for (int k = 0; k < r.length; k++) {
      r[k] = a.getStrings(k).toStringUtf8();
    }
    return r;
  }

  TensorProto tensor(String name) {
    AttributeProto a = attr(name, AttributeProto.AttributeType.TENSOR);
    return a == null ? null : a.getT();
  }

  /**
   * Returns the refusal of a feature this importer does not implement (an attribute value, a mode,
   * an output), naming the operator, the opset and the node: "Op-opset (node 'n'): message is not
   * supported".
   */
  OnnxException unsupported(String format, Object... args) {
    return new OnnxException(
        node.getOpType()
            + " of opset "
            + opset
            + " (node '"
            + node.getName()
            + "'): "
            + String.format(format, args)
            + " is not supported");
  }

  /** Returns an argument error that names the node: "Op (node 'n'): message". */
  IvyArgumentException error(String format, Object... args) {
    return new IvyArgumentException(where() + ": " + String.format(format, args));
  }
}
