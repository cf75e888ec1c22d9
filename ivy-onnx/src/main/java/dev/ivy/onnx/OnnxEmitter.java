package dev.ivy.onnx;

import com.google.protobuf.ByteString;
import dev.ivy.DType;
import dev.ivy.onnx.proto.OnnxProto.AttributeProto;
import dev.ivy.onnx.proto.OnnxProto.GraphProto;
import dev.ivy.onnx.proto.OnnxProto.NodeProto;
import dev.ivy.onnx.proto.OnnxProto.TensorProto;
import dev.ivy.onnx.proto.OnnxProto.TensorShapeProto;
import dev.ivy.onnx.proto.OnnxProto.TypeProto;
import dev.ivy.onnx.proto.OnnxProto.ValueInfoProto;
import dev.ivy.prim.Aval;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds an ONNX {@code GraphProto}: fresh value names, nodes with attributes, and initializers for
 * the constants the exported operators need (shapes, axes, scalars).
 */
final class OnnxEmitter {
  final GraphProto.Builder graph = GraphProto.newBuilder();

  /** The emitter of the main graph, which holds every initializer; null for the main graph. */
  private final OnnxEmitter root;

  private final Set<String> used;
  private final int[] counter;

  OnnxEmitter() {
    this.root = null;
    this.used = new HashSet<>();
    this.counter = new int[1];
  }

  private OnnxEmitter(OnnxEmitter parent) {
    this.root = parent.root == null ? parent : parent.root;
    this.used = parent.used;
    this.counter = parent.counter;
  }

  /**
   * Returns an emitter of a sub-graph (a control-flow body): its nodes go to its own graph, its
   * initializers to the main graph (visible from every sub-graph), and names stay unique across.
   */
  OnnxEmitter child() {
    return new OnnxEmitter(this);
  }

  /** Reserves {@code name} (a graph input, output or constant), so no fresh name equals it. */
  void reserve(String name) {
    used.add(name);
  }

  /** Returns a new value name starting with {@code hint}, distinct from every name so far. */
  String fresh(String hint) {
    String n;
    do {
      n = hint + "_" + counter[0]++;
    } while (!used.add(n));
    return n;
  }

  /** Adds a node of {@code op} reading {@code inputs} and returns its single (fresh) output. */
  String op(String op, List<String> inputs, AttributeProto... attrs) {
    String out = fresh(op);
    node(op, inputs, List.of(out), attrs);
    return out;
  }

  /** Adds a node of {@code op} with the given outputs. */
  void node(String op, List<String> inputs, List<String> outputs, AttributeProto... attrs) {
    NodeProto.Builder n =
        NodeProto.newBuilder()
            .setOpType(op)
            .setName(fresh((dims != null && dims.isBuilding() ? BatchDims.DYN : "") + op + "_node"))
            .addAllInput(inputs)
            .addAllOutput(outputs);
    for (AttributeProto a : attrs) {
      n.addAttribute(a);
    }
    graph.addNode(n);
  }

  /**
   * Set on the main graph's emitter while a batch-polymorphic graph is exported: initializers that
   * change with the batch size are computed from it instead.
   */
  BatchDims dims;

  /**
   * Adds an initializer and returns its name (or, while {@link #dims} replaces it by a value
   * computed from the batch size, that value's name).
   */
  String initializer(TensorProto t) {
    OnnxEmitter main = root == null ? this : root;
    if (main.dims != null) {
      String r = main.dims.replace(this, t);
      if (r != null) {
        return r;
      }
    }
    main.graph.addInitializer(t);
    return t.getName();
  }

  /** Returns an initializer holding a 1-d int64 tensor of {@code values}. */
  String int64s(long... values) {
    TensorProto.Builder t =
        TensorProto.newBuilder()
            .setName(fresh("const"))
            .setDataType(Tensors.code(DType.INT64))
            .addDims(values.length);
    ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (long v : values) {
      b.putLong(v);
    }
    b.flip();
    return initializer(t.setRawData(ByteString.copyFrom(b)).build());
  }

  /** Returns an initializer holding a 0-d int64 tensor. */
  String int64Scalar(long value) {
    return initializer(scalarTensor(fresh("const"), DType.INT64, value, value));
  }

  /**
   * Returns a 0-d value of {@code dtype} equal to {@code value} (integer dtypes: {@code
   * longValue}); half-precision values are made in float32 and cast.
   */
  String scalar(DType dtype, double value, long longValue) {
    if (dtype == DType.FLOAT16 || dtype == DType.BFLOAT16) {
      String f = initializer(scalarTensor(fresh("const"), DType.FLOAT32, value, longValue));
      return op("Cast", List.of(f), attr("to", Tensors.code(dtype)));
    }
    return initializer(scalarTensor(fresh("const"), dtype, value, longValue));
  }

  /** Returns a 0-d value of {@code dtype} equal to {@code value}. */
  String scalar(DType dtype, double value) {
    return scalar(dtype, value, (long) value);
  }

  /**
   * Returns a one-element tensor (dims {@code []}) of {@code dtype}, which must not be a
   * half-precision dtype.
   */
  static TensorProto scalarTensor(String name, DType dtype, double value, long longValue) {
    ByteBuffer b = ByteBuffer.allocate(dtype.byteSize()).order(ByteOrder.LITTLE_ENDIAN);
    switch (dtype) {
      case FLOAT32:
        b.putFloat((float) value);
        break;
      case FLOAT64:
        b.putDouble(value);
        break;
      case INT64:
        b.putLong(longValue);
        break;
      case INT32:
        b.putInt((int) longValue);
        break;
      case INT16:
        b.putShort((short) longValue);
        break;
      case INT8:
      case UINT8:
        b.put((byte) longValue);
        break;
      case BOOL:
        b.put((byte) (value != 0 ? 1 : 0));
        break;
      default:
        throw new IllegalStateException("scalarTensor: no direct encoding of " + dtype);
    }
    b.flip();
    return TensorProto.newBuilder()
        .setName(name)
        .setDataType(Tensors.code(dtype))
        .setRawData(ByteString.copyFrom(b))
        .build();
  }

  /** Returns a tensor of {@code dtype} and {@code shape} filled with {@code value}. */
  String filled(DType dtype, long[] shape, double value) {
    return op("Expand", List.of(scalar(dtype, value), int64s(shape)));
  }

  /** Returns {@code x} cast to {@code dtype}. */
  String cast(String x, DType dtype) {
    return op("Cast", List.of(x), attr("to", Tensors.code(dtype)));
  }

  static AttributeProto attr(String name, long value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.INT)
        .setI(value)
        .build();
  }

  static AttributeProto attr(String name, float value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.FLOAT)
        .setF(value)
        .build();
  }

  static AttributeProto attr(String name, long[] values) {
    AttributeProto.Builder a =
        AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
    for (long v : values) {
      a.addInts(v);
    }
    return a.build();
  }

  static AttributeProto attr(String name, String value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.STRING)
        .setS(ByteString.copyFromUtf8(value))
        .build();
  }

  static AttributeProto attr(String name, GraphProto value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.GRAPH)
        .setG(value)
        .build();
  }

  static AttributeProto attr(String name, TensorProto value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.TENSOR)
        .setT(value)
        .build();
  }

  /** Returns the value info (element type and static shape) of {@code name}. */
  static ValueInfoProto valueInfo(String name, Aval aval) {
    TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
    for (long d : aval.shape().dims()) {
      s.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
    }
    TypeProto.Tensor.Builder t =
        TypeProto.Tensor.newBuilder().setElemType(Tensors.code(aval.dtype())).setShape(s);
    return ValueInfoProto.newBuilder()
        .setName(name)
        .setType(TypeProto.newBuilder().setTensorType(t))
        .build();
  }
}
