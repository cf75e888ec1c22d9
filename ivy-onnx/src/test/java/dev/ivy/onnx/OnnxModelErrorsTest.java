package dev.ivy.onnx;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.ivy.onnx.proto.OnnxProto.AttributeProto;
import dev.ivy.onnx.proto.OnnxProto.GraphProto;
import dev.ivy.onnx.proto.OnnxProto.ModelProto;
import dev.ivy.onnx.proto.OnnxProto.NodeProto;
import dev.ivy.onnx.proto.OnnxProto.OperatorSetIdProto;
import dev.ivy.onnx.proto.OnnxProto.TensorProto;
import dev.ivy.onnx.proto.OnnxProto.TensorShapeProto;
import dev.ivy.onnx.proto.OnnxProto.TypeProto;
import dev.ivy.onnx.proto.OnnxProto.ValueInfoProto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Truncated, corrupted and inconsistent models fail when loaded, with a clear message. */
class OnnxModelErrorsTest {
  static ValueInfoProto value(String name, long... dims) {
    TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
    for (long d : dims) {
      s.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
    }
    return ValueInfoProto.newBuilder()
        .setName(name)
        .setType(
            TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(1).setShape(s)))
        .build();
  }

  static TensorProto weights(String name) {
    return TensorProto.newBuilder()
        .setName(name)
        .setDataType(1)
        .addDims(2)
        .addAllFloatData(Arrays.asList(1f, 2f))
        .build();
  }

  /** y = x + w, w an initializer. */
  static ModelProto.Builder model() {
    return ModelProto.newBuilder()
        .setIrVersion(8)
        .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(14))
        .setGraph(
            GraphProto.newBuilder()
                .setName("g")
                .addInput(value("x", 2))
                .addOutput(value("y", 2))
                .addInitializer(weights("w"))
                .addNode(
                    NodeProto.newBuilder()
                        .setOpType("Add")
                        .setName("add0")
                        .addInput("x")
                        .addInput("w")
                        .addOutput("y")));
  }

  private static void fails(byte[] bytes, String... fragments) {
    OnnxException e = assertThrows(OnnxException.class, () -> OnnxModel.read(bytes, "m.onnx"));
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' lacks '" + f + "'");
    }
  }

  private static void fails(ModelProto m, String... fragments) {
    fails(m.toByteArray(), fragments);
  }

  @Test
  void wellFormedModel_loads() {
    OnnxModel m = OnnxModel.read(model().build().toByteArray(), "m.onnx");
    assertTrue(m.inputs().size() == 1 && m.initializerNames().equals(java.util.List.of("w")));
  }

  @Test
  void truncatedFile_isRejected() {
    byte[] full = model().build().toByteArray();
    for (int n : new int[] {full.length - 1, full.length / 2, 3}) {
      fails(Arrays.copyOf(full, n), "m.onnx");
    }
  }

  @Test
  void randomBytes_areRejected() {
    Random r = new Random(7);
    for (int i = 0; i < 20; i++) {
      byte[] b = new byte[64 + r.nextInt(512)];
      r.nextBytes(b);
      fails(b, "m.onnx");
    }
  }

  @Test
  void emptyFile_hasNoGraph() {
    fails(new byte[0], "no graph");
  }

  @Test
  void wrongWireTypeForGraph_hasNoGraph() {
    // field 7 (graph) encoded as a varint instead of a message
    fails(new byte[] {0x08, 0x08, 0x38, 0x01}, "no graph");
  }

  @Test
  void fileOnDisk_truncated_namesThePath(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("cut.onnx");
    byte[] full = model().build().toByteArray();
    Files.write(p, Arrays.copyOf(full, full.length - 5));
    OnnxException e = assertThrows(OnnxException.class, () -> OnnxModel.load(p));
    assertTrue(e.getMessage().contains("cut.onnx"), e.getMessage());
    assertThrows(OnnxException.class, () -> OnnxModel.load(dir.resolve("missing.onnx")));
  }

  @Test
  void missingInitializer_namesNodeAndInput() {
    ModelProto.Builder m = model();
    m.getGraphBuilder().clearInitializer();
    fails(m.build(), "add0", "'w'", "initializer");
  }

  @Test
  void danglingInput_namesNodeAndInput() {
    ModelProto.Builder m = model();
    m.getGraphBuilder().getNodeBuilder(0).setInput(0, "nowhere");
    fails(m.build(), "add0", "'nowhere'");
  }

  @Test
  void danglingGraphOutput_isRejected() {
    ModelProto.Builder m = model();
    m.getGraphBuilder().setOutput(0, value("zzz", 2));
    fails(m.build(), "'zzz'");
  }

  @Test
  void unsupportedOperator_namesOpAndNode() {
    ModelProto.Builder m = model();
    m.getGraphBuilder().getNodeBuilder(0).setOpType("FancyOp");
    fails(m.build(), "FancyOp", "add0", "opset");
    m.getGraphBuilder().getNodeBuilder(0).setOpType("Add").setDomain("com.example");
    fails(m.build(), "Add", "com.example", "add0");
  }

  @Test
  void opsetOutOfRange_isRejected() {
    ModelProto.Builder m = model();
    m.setOpsetImport(0, OperatorSetIdProto.newBuilder().setVersion(6));
    fails(m.build(), "opset", "6");
    m.setOpsetImport(0, OperatorSetIdProto.newBuilder().setVersion(18));
    fails(m.build(), "opset", "18");
    m.setOpsetImport(0, OperatorSetIdProto.newBuilder().setVersion(9));
    OnnxModel.read(m.build().toByteArray(), "m.onnx");
    m.clearOpsetImport();
    fails(m.build(), "opset");
  }

  @Test
  void initializerOfWrongSize_isRejected() {
    ModelProto.Builder m = model();
    m.getGraphBuilder()
        .setInitializer(
            0,
            TensorProto.newBuilder()
                .setName("w")
                .setDataType(1)
                .addDims(2)
                .setRawData(ByteString.copyFrom(new byte[5])));
    fails(m.build(), "'w'", "raw_data", "8 bytes", "5 bytes");
    m.getGraphBuilder().setInitializer(0, weights("w").toBuilder().addFloatData(3f));
    fails(m.build(), "'w'", "2 elements", "got 3");
  }

  @Test
  void initializerOfUnsupportedType_isRejected() {
    ModelProto.Builder m = model();
    m.getGraphBuilder().setInitializer(0, weights("w").toBuilder().setDataType(8));
    fails(m.build(), "'w'", "STRING");
  }

  @Test
  void initializerDims_negativeOrTooLarge_areRejectedBeforeAllocating() {
    ModelProto.Builder m = model();
    TensorProto.Builder w = weights("w").toBuilder();
    m.getGraphBuilder().setInitializer(0, w.clone().setDims(0, -2));
    fails(m.build(), "'w'", "dims must be >= 0", "-2");
    // 2^80 elements (an overflow of long) and 2^40: refused from the dims alone
    m.getGraphBuilder()
        .setInitializer(0, w.clone().setDims(0, 1L << 40).addDims(1L << 40).addDims(1L << 40));
    fails(m.build(), "'w'", "announce more than");
    m.getGraphBuilder()
        .setInitializer(
            0,
            TensorProto.newBuilder()
                .setName("w")
                .setDataType(1)
                .addDims(1L << 40)
                .setRawData(ByteString.copyFrom(new byte[8])));
    fails(m.build(), "'w'", "announce more than");
    m.getGraphBuilder()
        .setInitializer(
            0,
            TensorProto.newBuilder()
                .setName("w")
                .setDataType(1)
                .addDims(1 << 27)
                .setRawData(ByteString.copyFrom(new byte[8])));
    fails(m.build(), "'w'", "raw_data", "got 8 bytes");
  }

  @Test
  void initializerData_externalOrInTwoPlacesOrTheWrongField_isRejected() {
    ModelProto.Builder m = model();
    TensorProto.Builder w = weights("w").toBuilder();
    m.getGraphBuilder()
        .setInitializer(0, w.clone().setDataLocation(TensorProto.DataLocation.EXTERNAL));
    fails(m.build(), "'w'", "external data");
    m.getGraphBuilder().setInitializer(0, w.clone().setRawData(ByteString.copyFrom(new byte[8])));
    fails(m.build(), "'w'", "raw_data and other fields");
    m.getGraphBuilder()
        .setInitializer(0, w.clone().clearFloatData().addInt64Data(1).addInt64Data(2));
    fails(m.build(), "'w'", "float_data", "other fields");
  }

  @Test
  void constantAttributeOrSubGraphInitializerOfWrongSize_isRejectedWhenLoading() {
    TensorProto bad = weights("c").toBuilder().addFloatData(3f).build();
    ModelProto.Builder m = model();
    m.getGraphBuilder()
        .addNode(
            0,
            NodeProto.newBuilder()
                .setOpType("Constant")
                .setName("const0")
                .addOutput("c")
                .addAttribute(
                    AttributeProto.newBuilder()
                        .setName("value")
                        .setType(AttributeProto.AttributeType.TENSOR)
                        .setT(bad)));
    fails(m.build(), "const0", "attribute 'value'", "'c'", "2 elements", "got 3");
    GraphProto branch =
        GraphProto.newBuilder().setName("b").addInitializer(bad).addOutput(value("c", 2)).build();
    ModelProto.Builder n = model();
    n.getGraphBuilder()
        .addNode(
            0,
            NodeProto.newBuilder()
                .setOpType("If")
                .setName("if0")
                .addInput("x")
                .addOutput("c")
                .addAttribute(
                    AttributeProto.newBuilder()
                        .setName("then_branch")
                        .setType(AttributeProto.AttributeType.GRAPH)
                        .setG(branch))
                .addAttribute(
                    AttributeProto.newBuilder()
                        .setName("else_branch")
                        .setType(AttributeProto.AttributeType.GRAPH)
                        .setG(branch)));
    fails(n.build(), "if0", "sub-graph initializer", "'c'", "got 3");
  }

  @Test
  void nameDefinedTwiceOrNegativeDeclaredDimOrHugeOpset_isRejected() {
    ModelProto.Builder m = model();
    m.getGraphBuilder().getNodeBuilder(0).setOutput(0, "w");
    fails(m.build(), "add0", "output 'w'", "already defined");
    ModelProto.Builder n = model();
    n.getGraphBuilder().setInput(0, value("x", -3));
    fails(n.build(), "'x'", "-3", ">= 0");
    ModelProto.Builder o = model();
    o.setOpsetImport(0, OperatorSetIdProto.newBuilder().setVersion((1L << 32) + 14));
    fails(o.build(), "opset", String.valueOf((1L << 32) + 14));
  }

  @Test
  void attributeOfWrongType_namesNodeAndAttribute() {
    NodeContext c =
        new NodeContext(
            NodeProto.newBuilder()
                .setOpType("Conv")
                .setName("c1")
                .addAttribute(
                    AttributeProto.newBuilder()
                        .setName("strides")
                        .setType(AttributeProto.AttributeType.FLOAT)
                        .setF(2f))
                .build(),
            java.util.List.of(),
            14);
    OnnxException e = assertThrows(OnnxException.class, () -> c.ints("strides", null));
    assertTrue(
        e.getMessage().contains("c1")
            && e.getMessage().contains("strides")
            && e.getMessage().contains("INTS"),
        e.getMessage());
  }
}
