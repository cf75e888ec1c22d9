package dev.ivy.onnx;

import com.google.protobuf.ByteString;
import dev.ivy.DType;
import dev.ivy.onnx.proto.OnnxProto.NodeProto;
import dev.ivy.onnx.proto.OnnxProto.TensorProto;
import dev.ivy.onnx.proto.OnnxProto.TensorShapeProto;
import dev.ivy.onnx.proto.OnnxProto.TypeProto;
import dev.ivy.onnx.proto.OnnxProto.ValueInfoProto;
import dev.ivy.prim.Aval;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the batch size symbolic when a batch-polymorphic graph is exported: the graph is emitted at
 * its traced batch size {@code b0} and compared with its instance at {@code b0 + 1}, node by node.
 * Every initializer an export rule makes that differs between the two (a reshape or broadcast
 * shape, a fill or a scalar such as a mean's count) must be an affine function of the batch size,
 * and is computed in the model from the batch size read off a batched input ({@code Shape(x,
 * start=0, end=1)}); value infos declare such dimensions as {@code dim_param "batch"} (unknown
 * where not the batch itself). Anything else that differs (node types or attributes, a larger
 * constant) raises {@link OnnxException}, and the caller exports at the traced batch size instead.
 */
final class BatchDims {
  private final long b0;
  private final String batchInput;
  private String batch;

  /** Initializers recorded at {@code b0 + 1}, in the order the current node's rule makes them. */
  private List<TensorProto> expected;

  private int next;
  private boolean building;

  /**
   * Creates the context.
   *
   * @param b0 the traced batch size
   * @param batchInput the name of a graph input whose axis 0 is the batch size
   */
  BatchDims(long b0, String batchInput) {
    this.b0 = b0;
    this.batchInput = batchInput;
  }

  /** Returns whether nodes computing a batch-dependent value are being added. */
  boolean isBuilding() {
    return building;
  }

  /** Starts a node whose rule made {@code recorded} initializers at {@code b0 + 1}. */
  void begin(List<TensorProto> recorded) {
    expected = recorded;
    next = 0;
  }

  /**
   * Ends the node: its rule must have made as many initializers as at {@code b0 + 1}.
   *
   * @throws OnnxException otherwise
   */
  void end(String where) {
    if (expected != null && next != expected.size()) {
      throw new OnnxException(
          "OnnxExport: " + where + " is exported differently at another batch size");
    }
    expected = null;
  }

  /**
   * Returns the name to use for initializer {@code t} made by the current rule: null to add it as
   * it is, or the output of nodes computing it from the batch size when it differs at {@code b0 +
   * 1}.
   *
   * @throws OnnxException if it differs in a way no affine function of the batch size explains
   */
  String replace(OnnxEmitter e, TensorProto t) {
    if (expected == null || building) {
      return null;
    }
    if (next >= expected.size()) {
      throw new OnnxException("OnnxExport: an export rule makes other constants at another batch");
    }
    TensorProto other = expected.get(next++);
    if (other.getRawData().equals(t.getRawData())
        && other.getDimsList().equals(t.getDimsList())
        && other.getDataType() == t.getDataType()) {
      return null;
    }
    if (other.getDataType() != t.getDataType() || !other.getDimsList().equals(t.getDimsList())) {
      throw new OnnxException("OnnxExport: a constant changes its shape with the batch size");
    }
    DType dt = Tensors.dtype(t.getDataType(), "OnnxExport");
    building = true;
    try {
      if (t.getDimsCount() == 1 && dt == DType.INT64) {
        return vector(e, longs(t), longs(other));
      }
      if (t.getDimsCount() == 0) {
        double v0 = value(t, dt);
        double v1 = value(other, dt);
        String s = e.op("Reshape", List.of(affine(e, v0, v1), e.int64s()));
        return dt == DType.INT64 ? s : e.cast(s, dt);
      }
    } finally {
      building = false;
    }
    throw new OnnxException(
        "OnnxExport: a constant of shape " + t.getDimsList() + " changes with the batch size");
  }

  /** Checks that the nodes a rule added equal (but for value names) those made at {@code b0+1}. */
  static void sameNodes(List<NodeProto> made, List<NodeProto> recorded, String where) {
    List<NodeProto> mine = new ArrayList<>();
    for (NodeProto n : made) {
      if (!n.getName().startsWith(DYN)) {
        mine.add(n);
      }
    }
    boolean same = mine.size() == recorded.size();
    for (int i = 0; same && i < mine.size(); i++) {
      same =
          mine.get(i).getOpType().equals(recorded.get(i).getOpType())
              && mine.get(i).getAttributeList().equals(recorded.get(i).getAttributeList());
    }
    if (!same) {
      throw new OnnxException(
          "OnnxExport: " + where + " is exported with other operators at another batch size");
    }
  }

  /** The prefix of the names of the nodes computing batch-dependent values. */
  static final String DYN = "batch_";

  /** Returns the value info of {@code name}: dimensions that differ at {@code b0 + 1} symbolic. */
  ValueInfoProto valueInfo(String name, Aval at, Aval atNext) {
    TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
    long[] d0 = at.shape().dims();
    long[] d1 = atNext.shape().dims();
    if (d0.length != d1.length || at.dtype() != atNext.dtype()) {
      throw new OnnxException(
          "OnnxExport: value " + name + " changes rank or dtype with the batch");
    }
    for (int i = 0; i < d0.length; i++) {
      TensorShapeProto.Dimension.Builder dim = TensorShapeProto.Dimension.newBuilder();
      if (d0[i] == d1[i]) {
        dim.setDimValue(d0[i]);
      } else if (d0[i] == b0 && d1[i] == b0 + 1) {
        dim.setDimParam("batch");
      }
      s.addDim(dim);
    }
    TypeProto.Tensor.Builder t =
        TypeProto.Tensor.newBuilder().setElemType(Tensors.code(at.dtype())).setShape(s);
    return ValueInfoProto.newBuilder()
        .setName(name)
        .setType(TypeProto.newBuilder().setTensorType(t))
        .build();
  }

  private String vector(OnnxEmitter e, long[] v0, long[] v1) {
    List<String> pieces = new ArrayList<>();
    int i = 0;
    while (i < v0.length) {
      if (v0[i] != v1[i]) {
        pieces.add(affine(e, v0[i], v1[i]));
        i++;
        continue;
      }
      int j = i;
      while (j < v0.length && v0[j] == v1[j]) {
        j++;
      }
      pieces.add(e.int64s(java.util.Arrays.copyOfRange(v0, i, j)));
      i = j;
    }
    return pieces.size() == 1
        ? pieces.get(0)
        : e.op("Concat", pieces, OnnxEmitter.attr("axis", 0L));
  }

  /**
   * Returns an int64 [1] value {@code scale * batch + offset} through {@code v0} and {@code v1}.
   */
  private String affine(OnnxEmitter e, double v0, double v1) {
    double scale = v1 - v0;
    double offset = v0 - scale * b0;
    if (scale != Math.rint(scale) || offset != Math.rint(offset)) {
      throw new OnnxException(
          "OnnxExport: a constant is not an integer affine function of the batch size ("
              + v0
              + " at batch "
              + b0
              + ", "
              + v1
              + " at "
              + (b0 + 1)
              + ")");
    }
    String b = batch(e);
    String r = scale == 1 ? b : e.op("Mul", List.of(b, e.int64s((long) scale)));
    return offset == 0 ? r : e.op("Add", List.of(r, e.int64s((long) offset)));
  }

  private String batch(OnnxEmitter e) {
    if (batch == null) {
      batch =
          e.op(
              "Shape",
              List.of(batchInput),
              OnnxEmitter.attr("start", 0L),
              OnnxEmitter.attr("end", 1L));
    }
    return batch;
  }

  private static long[] longs(TensorProto t) {
    ByteBuffer b = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    long[] r = new long[b.remaining() / 8];
    for (int i = 0; i < r.length; i++) {
      r[i] = b.getLong(8 * i);
    }
    return r;
  }

  private static double value(TensorProto t, DType dt) {
    ByteString raw = t.getRawData();
    ByteBuffer b = raw.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    return switch (dt) {
      case FLOAT32 -> b.getFloat(0);
      case FLOAT64 -> b.getDouble(0);
      case INT64 -> b.getLong(0);
      case INT32 -> b.getInt(0);
      case INT16 -> b.getShort(0);
      case INT8, UINT8 -> b.get(0);
      default -> throw new OnnxException("OnnxExport: a " + dt + " scalar changes with the batch");
    };
  }
}
