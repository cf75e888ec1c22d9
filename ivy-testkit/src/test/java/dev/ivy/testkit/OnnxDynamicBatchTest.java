package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.TraceOptions;
import dev.ivy.TracedFunction;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.onnx.OnnxModel;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX models whose input declares a symbolic batch dimension ({@code dim_param "batch"}) import as
 * batch-polymorphic graphs: traced at one batch size they run at another, and {@code toGraph()}
 * traces them without examples.
 */
class OnnxDynamicBatchTest {
  private static final double TOL = 1e-5;
  private static final float[] W = {0.5f, -1, 1, 0.25f, -0.5f, 2};
  private static final float[] B = {0.1f, -0.2f};

  @TempDir Path tmp;

  /** y = relu(x W + b) with x [batch, 3], W [3, 2] and b [2] initializers. */
  private Path denseModel() throws Exception {
    TensorShapeProto.Builder shape =
        TensorShapeProto.newBuilder()
            .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("batch"))
            .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(3));
    return write(denseGraph("dense", shape, "y").build(), "dense.onnx");
  }

  /**
   * The graph computing {@code out} = relu(x W + b) with input x of {@code shape} (last axis 3) and
   * the W [3, 2] and b [2] initializers; its output is {@code y}.
   */
  private static GraphProto.Builder denseGraph(
      String name, TensorShapeProto.Builder shape, String out) {
    TensorProto.Builder w =
        TensorProto.newBuilder().setName("W").setDataType(1).addDims(3).addDims(2);
    for (float f : W) {
      w.addFloatData(f);
    }
    TensorProto.Builder b = TensorProto.newBuilder().setName("b").setDataType(1).addDims(2);
    for (float f : B) {
      b.addFloatData(f);
    }
    return GraphProto.newBuilder()
        .setName(name)
        .addInput(
            ValueInfoProto.newBuilder()
                .setName("x")
                .setType(
                    TypeProto.newBuilder()
                        .setTensorType(
                            TypeProto.Tensor.newBuilder().setElemType(1).setShape(shape))))
        .addOutput(ValueInfoProto.newBuilder().setName("y"))
        .addInitializer(w)
        .addInitializer(b)
        .addNode(
            NodeProto.newBuilder().setOpType("MatMul").addInput("x").addInput("W").addOutput("m"))
        .addNode(NodeProto.newBuilder().setOpType("Add").addInput("m").addInput("b").addOutput("a"))
        .addNode(NodeProto.newBuilder().setOpType("Relu").addInput("a").addOutput(out));
  }

  /** Writes {@code g} as an opset-17 model to {@code name} in the temporary folder. */
  private Path write(GraphProto g, String name) throws Exception {
    ModelProto m =
        ModelProto.newBuilder()
            .setIrVersion(8)
            .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(17))
            .setGraph(g)
            .build();
    Path file = tmp.resolve(name);
    Files.write(file, m.toByteArray());
    return file;
  }

  /** y = x * (batch * batch): a size quadratic in the batch, which no affine graph computes. */
  private Path squaredBatchModel() throws Exception {
    TensorShapeProto.Builder shape =
        TensorShapeProto.newBuilder()
            .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("batch"))
            .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(3));
    GraphProto g =
        GraphProto.newBuilder()
            .setName("squared_batch")
            .addInput(
                ValueInfoProto.newBuilder()
                    .setName("x")
                    .setType(
                        TypeProto.newBuilder()
                            .setTensorType(
                                TypeProto.Tensor.newBuilder().setElemType(1).setShape(shape))))
            .addOutput(ValueInfoProto.newBuilder().setName("y"))
            .addInitializer(TensorProto.newBuilder().setName("zero").setDataType(7).addInt64Data(0))
            .addNode(NodeProto.newBuilder().setOpType("Shape").addInput("x").addOutput("s"))
            .addNode(
                NodeProto.newBuilder()
                    .setOpType("Gather")
                    .addInput("s")
                    .addInput("zero")
                    .addOutput("n"))
            .addNode(
                NodeProto.newBuilder().setOpType("Mul").addInput("n").addInput("n").addOutput("nn"))
            .addNode(
                NodeProto.newBuilder()
                    .setOpType("Cast")
                    .addInput("nn")
                    .addOutput("f")
                    .addAttribute(OnnxOpsTest.attribute("to", 1L)))
            .addNode(
                NodeProto.newBuilder().setOpType("Mul").addInput("x").addInput("f").addOutput("y"))
            .build();
    return write(g, "squared.onnx");
  }

  /**
   * y = mean over axis 1 of relu(x W + b), with x [batch, seq, 3]: a second symbolic dimension, on
   * which the mean's count depends.
   */
  private Path sequenceModel() throws Exception {
    TensorShapeProto.Builder shape =
        TensorShapeProto.newBuilder()
            .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("batch"))
            .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("seq"))
            .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(3));
    GraphProto g =
        denseGraph("sequence", shape, "r")
            .addNode(
                NodeProto.newBuilder()
                    .setOpType("ReduceMean")
                    .addInput("r")
                    .addOutput("y")
                    .addAttribute(OnnxOpsTest.attribute("axes", new long[] {1}))
                    .addAttribute(OnnxOpsTest.attribute("keepdims", 0L)))
            .build();
    return write(g, "sequence.onnx");
  }

  private static Array xs(long batch, long seq) {
    return Ivy.reshape(x(batch * seq), new long[] {batch, seq, 3});
  }

  private static Array expectedSeq(Array x) {
    return Ivy.mean(expected(x), new int[] {1}, false);
  }

  private static Array x(long batch) {
    float[] d = new float[(int) batch * 3];
    for (int i = 0; i < d.length; i++) {
      d[i] = (i % 5) - 1.5f;
    }
    return Ivy.array(d, batch, 3);
  }

  private static Array expected(Array x) {
    return Ivy.relu(Ivy.add(Ivy.matmul(x, Ivy.array(W, 3, 2)), Ivy.array(B, 2)));
  }

  @Test
  void importOnnx_symbolicBatch_tracedAtTwoRunsAtOneAndThree() throws Exception {
    Path file = denseModel();
    try (var bk = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      TracedFunction g = Ivy.importOnnx(file, x(2));
      assertTrue(g.isBatchPolymorphic(), g.toString());
      for (long batch : new long[] {1, 2, 3}) {
        Close.arrays(expected(x(batch)), g.run(x(batch)).get(0), TOL, TOL, "batch " + batch);
      }
      TracedFunction o = g.optimize();
      Close.arrays(expected(x(1)), o.run(x(1)).get(0), TOL, TOL, "optimized, batch 1");
      Path saved = tmp.resolve("dense.ivy");
      o.save(saved);
      TracedFunction loaded = Ivy.loadGraph(saved);
      assertTrue(loaded.isBatchPolymorphic(), "a loaded graph stays batch-polymorphic");
      Close.arrays(expected(x(5)), loaded.run(x(5)).get(0), TOL, TOL, "loaded, batch 5");
      try (TracedFunction.Prepared p = loaded.toBackend("tf")) {
        Close.arrays(
            expected(x(3)), p.run(Ivy.toBackend(x(3), "tf")).get(0), TOL, TOL, "tf, batch 3");
      }
    }
  }

  @Test
  void importOnnx_symbolicSequence_specializesOnEachLengthAndKeepsTheBatchSymbolic()
      throws Exception {
    Path file = sequenceModel();
    try (var bk = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      TracedFunction g = Ivy.importOnnx(file, xs(2, 5));
      assertTrue(g.isBatchPolymorphic(), g.toString());
      long[][] calls = {{2, 5}, {1, 5}, {3, 7}, {2, 4}, {1, 7}};
      for (long[] c : calls) {
        Close.arrays(
            expectedSeq(xs(c[0], c[1])),
            g.run(xs(c[0], c[1])).get(0),
            TOL,
            TOL,
            "batch " + c[0] + ", seq " + c[1]);
      }
      TracedFunction o = g.optimize();
      Close.arrays(expectedSeq(xs(3, 2)), o.run(xs(3, 2)).get(0), TOL, TOL, "optimized, seq 2");
      try (TracedFunction.Prepared p = g.toBackend("tf")) {
        for (long seq : new long[] {5, 6}) {
          Close.arrays(
              expectedSeq(xs(2, seq)),
              p.run(Ivy.toBackend(xs(2, seq), "tf")).get(0),
              TOL,
              TOL,
              "tf, seq " + seq);
        }
      }
      // what works on one graph uses the examples' sequence length
      Path saved = tmp.resolve("sequence.ivy");
      g.save(saved);
      TracedFunction loaded = Ivy.loadGraph(saved);
      Close.arrays(expectedSeq(xs(4, 5)), loaded.run(xs(4, 5)).get(0), TOL, TOL, "loaded");
      assertThrows(IvyArgumentException.class, () -> loaded.run(xs(4, 6)));
      // a wrong rank still gets the graph's message
      assertThrows(IvyArgumentException.class, () -> g.run(x(2)));
    }
  }

  @Test
  void toGraph_withoutExamples_acceptsASymbolicBatch() throws Exception {
    Path file = denseModel();
    try (var bk = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      TracedFunction g = OnnxModel.load(file).toGraph();
      assertTrue(g.isBatchPolymorphic(), g.toString());
      Close.arrays(expected(x(4)), g.run(x(4)).get(0), TOL, TOL, "batch 4");
      TracedFunction viaIvy = Ivy.importOnnx(file);
      Close.arrays(expected(x(2)), viaIvy.run(x(2)).get(0), TOL, TOL, "Ivy.importOnnx, batch 2");
    }
  }

  @Test
  void importOnnx_withFixedOptions_refusesAnotherBatch() throws Exception {
    Path file = denseModel();
    try (var bk = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      TracedFunction g = Ivy.importOnnx(file, TraceOptions.defaults(), x(2));
      assertFalse(g.isBatchPolymorphic(), g.toString());
      Close.arrays(expected(x(2)), g.run(x(2)).get(0), TOL, TOL, "batch 2");
      assertThrows(IvyArgumentException.class, () -> g.run(x(1)));
      TracedFunction p = Ivy.importOnnx(file, TraceOptions.polymorphicBatch(), x(2));
      Close.arrays(expected(x(1)), p.run(x(1)).get(0), TOL, TOL, "explicit polymorphicBatch");
    }
  }

  @Test
  void importOnnx_symbolicBatchTheModelDoesNotKeep_specializedOnEachBatch() throws Exception {
    Path file = squaredBatchModel();
    try (var bk = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      TracedFunction g = Ivy.importOnnx(file, x(2));
      assertFalse(g.isBatchPolymorphic(), g.toString());
      Close.arrays(Ivy.multiply(x(2), 4.0f), g.run(x(2)).get(0), TOL, TOL, "batch 2");
      // traced again at batch 3, as jax.jit would: y = x * 3 * 3
      Close.arrays(Ivy.multiply(x(3), 9.0f), g.run(x(3)).get(0), TOL, TOL, "batch 3");
      // the graph itself is at the example shapes
      IvyArgumentException e =
          assertThrows(IvyArgumentException.class, () -> g.atBatch(2).run(x(3)));
      assertTrue(e.getMessage().contains("polymorphicBatch"), e.getMessage());
      assertThrows(
          dev.ivy.errors.TracingException.class,
          () -> Ivy.importOnnx(file, TraceOptions.polymorphicBatch(), x(2)));
    }
  }

  @Test
  void onnxExport_batchPolymorphicGraph_keepsTheBatchSymbolicAndRunsAtAnother() throws Exception {
    try (var bk = Ivy.withBackend("nd4j");
        var s = Ivy.scope()) {
      Array w = Ivy.array(W, 3, 2);
      Array b = Ivy.array(B, 2);
      java.util.function.Function<Array, Array> f =
          x -> {
            Array h = Ivy.add(Ivy.matmul(x, w), b);
            // a reshape through the batch, and a mean whose count is 2 * batch
            Array flat = Ivy.reshape(h, new long[] {-1});
            return Ivy.relu(Ivy.reshape(Ivy.subtract(flat, Ivy.mean(flat)), new long[] {-1, 2}));
          };
      TracedFunction g =
          Ivy.traceGraph(in -> f.apply(in.get(0)), TraceOptions.polymorphicBatch(), x(2));
      Path file = g.export("onnx", tmp.resolve("poly.onnx")).path();
      OnnxModel m = OnnxModel.load(file);
      assertTrue(
          m.inputs().get(0).shape()[0] < 0, "input declares a symbolic batch: " + m.inputs());
      assertTrue(
          m.outputs().get(0).shape()[0] < 0, "output declares a symbolic batch: " + m.outputs());
      for (long batch : new long[] {1, 3}) {
        Close.arrays(f.apply(x(batch)), m.run(x(batch)).get(0), TOL, TOL, "eager ONNX, " + batch);
      }
      TracedFunction back = Ivy.importOnnx(file, x(1));
      assertTrue(back.isBatchPolymorphic(), back.toString());
      Close.arrays(f.apply(x(4)), back.run(x(4)).get(0), TOL, TOL, "re-imported, batch 4");
      // traced at batch 1, the export compares batch sizes 2 and 3 and stays symbolic
      TracedFunction one =
          Ivy.traceGraph(in -> f.apply(in.get(0)), TraceOptions.polymorphicBatch(), x(1));
      OnnxModel m1 = OnnxModel.load(one.export("onnx", tmp.resolve("poly1.onnx")).path());
      assertTrue(m1.inputs().get(0).shape()[0] < 0, "traced at 1: " + m1.inputs());
      for (long batch : new long[] {1, 5}) {
        Close.arrays(f.apply(x(batch)), m1.run(x(batch)).get(0), TOL, TOL, "traced at 1, " + batch);
      }
    }
  }
}
