package dev.ivy.onnx;

import com.google.protobuf.ByteString;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.onnx.proto.OnnxProto.ModelProto;
import dev.ivy.onnx.proto.OnnxProto.OperatorSetIdProto;
import dev.ivy.onnx.proto.OnnxProto.TensorProto;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Prim;
import dev.ivy.trace.Constant;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Node;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exports a traced {@link Graph} to an ONNX model of opset {@link #OPSET} (IR version 8), mapping
 * every primitive to ONNX operators; {@code docs/onnx.md} lists the mapping of each primitive.
 *
 * <p>The graph's constants become initializers; graph inputs chosen with {@link
 * Builder#optInitializer} become initializers too (the model's weights), the others are the model's
 * inputs. Inputs and outputs get the given names (default {@code input_0.., output_0..}) and value
 * infos with their dtypes and static shapes; every node output gets a value info as well.
 *
 * <p>A batch-polymorphic graph ({@code TraceOptions.polymorphicBatch()}) keeps its batch symbolic:
 * its inputs, outputs and value infos declare {@code dim_param "batch"} and what depends on the
 * batch size is computed from a batched input's shape, so the model runs at any batch size; a graph
 * whose batch dependence is not of that kind is exported at its traced batch size, and that is
 * logged.
 *
 * <p>Control flow exports to If / Loop / Scan with the traced bodies as sub-graphs. A primitive
 * ONNX has no operator for at opset 17 (the linear-algebra decompositions) raises {@link
 * OnnxException} naming the primitive and the node.
 *
 * <pre>{@code
 * Graph g = Tracer.trace(x -> Ivy.tanh(Ivy.matmul(x, w)), x);
 * OnnxExport.export(g, Path.of("model.onnx"));
 * OnnxModel.load(Path.of("model.onnx")).run(x);   // the same result
 * }</pre>
 */
public final class OnnxExport {
  /** The opset of the default domain exported models import. */
  public static final int OPSET = 17;

  /** The ONNX IR version exported models declare (that of ONNX 1.13, which defines opset 17). */
  public static final int IR_VERSION = 8;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OnnxExport.class);

  private Graph graph;

  /**
   * For a batch-polymorphic graph, the graph at its traced batch size, exported if the twin fails.
   */
  private Graph traced;

  /**
   * For a batch-polymorphic graph, its instance at batch size {@link #tracedBatch} + 1; else null.
   */
  private Graph twin;

  private long tracedBatch;
  private final List<String> inputNames = new ArrayList<>();
  private final List<String> outputNames = new ArrayList<>();
  private final Map<Integer, Array> initializers = new LinkedHashMap<>();
  private String graphName = "ivy_graph";

  private OnnxExport(Graph graph) {
    this.graph = graph;
  }

  /**
   * Writes {@code graph} to {@code out} as an ONNX model with default names.
   *
   * @throws OnnxException if a primitive of the graph cannot be exported, or the file cannot be
   *     written
   */
  public static void export(Graph graph, Path out) {
    builder(graph).write(out);
  }

  /**
   * Writes {@code graph} to {@code out} with the given input and output names.
   *
   * @throws IvyArgumentException if the numbers of names differ from the graph's inputs and outputs
   *     or names repeat
   * @throws OnnxException as {@link #export(Graph, Path)}
   */
  public static void export(
      Graph graph, List<String> inputNames, List<String> outputNames, Path out) {
    builder(graph).setInputNames(inputNames).setOutputNames(outputNames).write(out);
  }

  /**
   * Returns {@code graph} as an ONNX model with default names.
   *
   * @throws OnnxException as {@link #export(Graph, Path)}
   */
  public static ModelProto toProto(Graph graph) {
    return builder(graph).toProto();
  }

  /**
   * Returns a builder exporting {@code graph}.
   *
   * @throws IvyArgumentException if {@code graph} is null
   */
  public static Builder builder(Graph graph) {
    if (graph == null) {
      throw new IvyArgumentException("OnnxExport.builder: graph must not be null");
    }
    if (!graph.isBatchPolymorphic()) {
      return new Builder(new OnnxExport(graph.decompose(PrimExport::decomposed)));
    }
    // compare two generic batch sizes: a rule may build batch size 1 differently (a squeeze)
    long traced = graph.batchPolymorphism().orElseThrow().tracedBatch();
    long base = Math.max(2, traced);
    try {
      OnnxExport x = new OnnxExport(graph.atBatch(base).decompose(PrimExport::decomposed));
      x.tracedBatch = base;
      x.twin = graph.atBatch(base + 1).decompose(PrimExport::decomposed);
      x.traced = graph.decompose(PrimExport::decomposed);
      return new Builder(x);
    } catch (IvyArgumentException e) {
      LOG.info(
          "OnnxExport: the graph does not run at batch sizes {} and {}; exported at its traced"
              + " batch size {}: {}",
          base,
          base + 1,
          traced,
          e.getMessage());
      return new Builder(new OnnxExport(graph.decompose(PrimExport::decomposed)));
    }
  }

  /** Options of one export: names and the inputs stored as initializers. */
  public static final class Builder {
    private final OnnxExport x;

    private Builder(OnnxExport x) {
      this.x = x;
    }

    /**
     * Sets the names of the graph's inputs, one per input in order (inputs turned into initializers
     * included).
     *
     * @throws IvyArgumentException if the count differs from the graph's inputs, or a name is empty
     *     or repeats
     */
    public Builder setInputNames(List<String> names) {
      checkNames("setInputNames", names, x.graph.inputs().size(), "inputs");
      x.inputNames.clear();
      x.inputNames.addAll(names);
      return this;
    }

    /**
     * Sets the names of the graph's outputs, one per output in order.
     *
     * @throws IvyArgumentException if the count differs from the graph's outputs, or a name is
     *     empty or repeats
     */
    public Builder setOutputNames(List<String> names) {
      checkNames("setOutputNames", names, x.graph.outputs().size(), "outputs");
      x.outputNames.clear();
      x.outputNames.addAll(names);
      return this;
    }

    /**
     * Stores graph input {@code index} as an initializer holding {@code value} (a weight of the
     * model) instead of making it an input of the model.
     *
     * @throws IvyArgumentException if the index is out of range or the value's shape or dtype
     *     differs from the input's
     */
    public Builder optInitializer(int index, Array value) {
      int n = x.graph.inputs().size();
      if (index < 0 || index >= n) {
        throw new IvyArgumentException(
            "OnnxExport.optInitializer: index must be in [0, " + n + "); got " + index);
      }
      Aval want = x.graph.inputAvals().get(index);
      if (value == null || !value.aval().equals(want)) {
        throw new IvyArgumentException(
            "OnnxExport.optInitializer: value of input "
                + index
                + " must be "
                + want
                + "; got "
                + (value == null ? "null" : value.aval()));
      }
      x.initializers.put(index, value);
      return this;
    }

    /** Sets the name of the ONNX graph (default {@code ivy_graph}). */
    public Builder optGraphName(String name) {
      if (name == null || name.isEmpty()) {
        throw new IvyArgumentException("OnnxExport.optGraphName: name must not be empty");
      }
      x.graphName = name;
      return this;
    }

    /**
     * Returns the ONNX model.
     *
     * @throws OnnxException if a primitive cannot be exported (the message names it and the node)
     */
    public ModelProto toProto() {
      return x.build();
    }

    /**
     * Writes the ONNX model to {@code out}.
     *
     * @throws OnnxException if a primitive cannot be exported, or the file cannot be written
     */
    public void write(Path out) {
      byte[] bytes = toProto().toByteArray();
      try {
        Files.write(out, bytes);
      } catch (IOException e) {
        throw new OnnxException("OnnxExport: cannot write " + out + ": " + e, e);
      }
    }
  }

  private static void checkNames(String fn, List<String> names, int n, String what) {
    if (names == null || names.size() != n) {
      throw new IvyArgumentException(
          "OnnxExport."
              + fn
              + ": needs one name per graph "
              + what
              + " ("
              + n
              + "); got "
              + (names == null ? "null" : names.size() + " " + names));
    }
    Set<String> seen = new HashSet<>();
    for (String s : names) {
      if (s == null || s.isEmpty() || !seen.add(s)) {
        throw new IvyArgumentException(
            "OnnxExport." + fn + ": names must be non-empty and distinct; got " + names);
      }
    }
  }

  /**
   * Returns how {@code prim} is exported: the ONNX operators it becomes and any deviation, or a
   * text starting with "not exportable" (as listed in docs/onnx.md).
   */
  public static String mapping(Prim prim) {
    return PrimExport.NOTES.getOrDefault(prim, "not exportable");
  }

  /** Returns whether {@code prim} has an export rule (some dtypes may still be refused). */
  public static boolean isExportable(Prim prim) {
    return !mapping(prim).startsWith("not exportable");
  }

  private ModelProto build() {
    if (twin != null) {
      try {
        return build(twin);
      } catch (OnnxException | IllegalStateException e) {
        LOG.info(
            "OnnxExport: the batch size of the graph cannot stay symbolic ({}); exported at its"
                + " traced batch size",
            e.getMessage());
        graph = traced;
        twin = null;
      }
    }
    return build(null);
  }

  /** Builds the model; with {@code next} (the graph at the traced batch + 1), batch-symbolic. */
  private ModelProto build(Graph next) {
    OnnxEmitter e = new OnnxEmitter();
    Map<Integer, String> names = new HashMap<>();
    Map<Integer, Aval> avals = graph.avals();
    List<String> in =
        inputNames.isEmpty() ? defaultNames("input", graph.inputs().size()) : inputNames;
    List<String> out =
        outputNames.isEmpty() ? defaultNames("output", graph.outputs().size()) : outputNames;
    in.forEach(e::reserve);
    out.forEach(e::reserve);
    for (String o : out) {
      if (in.contains(o)) {
        throw new IvyArgumentException(
            "OnnxExport: an output may not have an input's name; got '" + o + "' for both");
      }
    }
    if (next != null) {
      e.dims = new BatchDims(tracedBatch, batchInput(next, in));
    }
    for (int i = 0; i < graph.inputs().size(); i++) {
      int id = graph.inputs().get(i);
      names.put(id, in.get(i));
      Array value = initializers.get(i);
      if (value != null) {
        e.initializer(tensor(in.get(i), value.aval(), bytes(value)));
      } else {
        e.graph.addInput(
            next == null
                ? OnnxEmitter.valueInfo(in.get(i), graph.inputAvals().get(i))
                : e.dims.valueInfo(in.get(i), graph.inputAvals().get(i), next.inputAvals().get(i)));
      }
    }
    emitBody(e, graph, next, names);
    Map<Integer, Aval> nextAvals = next == null ? null : next.avals();
    for (int i = 0; i < graph.outputs().size(); i++) {
      int id = graph.outputs().get(i);
      e.node("Identity", List.of(names.get(id)), List.of(out.get(i)));
      e.graph.addOutput(
          next == null
              ? OnnxEmitter.valueInfo(out.get(i), avals.get(id))
              : e.dims.valueInfo(out.get(i), avals.get(id), nextAvals.get(next.outputs().get(i))));
    }
    e.graph.setName(graphName);
    return ModelProto.newBuilder()
        .setIrVersion(IR_VERSION)
        .setProducerName("ivy-jvm")
        .setProducerVersion("0.1.0")
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
        .setGraph(e.graph)
        .build();
  }

  /**
   * Emits the constants (as initializers) and nodes of {@code graph} into {@code e}, its inputs
   * already named in {@code names}, and returns the names of its outputs; also used for the bodies
   * of control-flow nodes.
   */
  static List<String> emitBody(OnnxEmitter e, Graph graph, Map<Integer, String> names) {
    return emitBody(e, graph, null, names);
  }

  /**
   * Emits {@code graph} as {@link #emitBody(OnnxEmitter, Graph, Map)} does; with {@code next}, its
   * instance at the traced batch size + 1, what changes with the batch size is computed from it
   * ({@link BatchDims}, set on {@code e}).
   *
   * @throws OnnxException if something changes with the batch size in a way that cannot be computed
   *     from it
   */
  static List<String> emitBody(OnnxEmitter e, Graph graph, Graph next, Map<Integer, String> names) {
    Map<Integer, Aval> avals = graph.avals();
    Map<Integer, Aval> nextAvals = next == null ? null : next.avals();
    List<Constant> nextConstants = next == null ? null : new ArrayList<>(next.constants().values());
    List<Node> nextNodes = next == null ? null : next.nodes();
    if (next != null
        && (nextConstants.size() != graph.constants().size()
            || nextNodes.size() != graph.nodes().size())) {
      throw new OnnxException("OnnxExport: the graph has other nodes at another batch size");
    }
    int ci = 0;
    for (Map.Entry<Integer, Constant> c : graph.constants().entrySet()) {
      String name = e.fresh("const");
      TensorProto t = tensor(name, c.getValue().aval(), c.getValue().bytes());
      if (next != null) {
        Constant o = nextConstants.get(ci++);
        e.dims.begin(List.of(tensor(name, o.aval(), o.bytes())));
        name = e.initializer(t);
        e.dims.end("constant " + c.getKey());
      } else {
        e.initializer(t);
      }
      names.put(c.getKey(), name);
    }
    int index = 0;
    for (Node n : graph.nodes()) {
      String where = " (node #" + index + ": " + n + ")";
      PrimExport.Rule rule = PrimExport.RULES.get(n.prim());
      if (rule == null) {
        throw new OnnxException(
            "OnnxExport: primitive " + n.prim().opName() + where + " has no ONNX export rule");
      }
      List<String> ins = new ArrayList<>();
      List<Aval> inAvals = new ArrayList<>();
      for (int id : n.inputs()) {
        ins.add(names.get(id));
        inAvals.add(avals.get(id));
      }
      Node other = next == null ? null : nextNodes.get(index);
      List<String> outs;
      if (other == null) {
        outs = rule.apply(new PrimExport.Call(e, n, ins, inAvals, where));
      } else {
        if (other.prim() != n.prim() || Prim.HIGHER_ORDER.contains(n.prim())) {
          throw new OnnxException(
              "OnnxExport: node" + where + " holds sub-graphs or differs at another batch size");
        }
        // what the rule makes at batch size b0 + 1, to compare with b0
        OnnxEmitter scratch = new OnnxEmitter();
        List<Aval> otherAvals = new ArrayList<>();
        for (int id : other.inputs()) {
          otherAvals.add(nextAvals.get(id));
        }
        rule.apply(new PrimExport.Call(scratch, other, ins, otherAvals, where));
        int before = e.graph.getNodeCount();
        e.dims.begin(scratch.graph.getInitializerList());
        outs = rule.apply(new PrimExport.Call(e, n, ins, inAvals, where));
        e.dims.end("node" + where);
        BatchDims.sameNodes(
            e.graph.getNodeList().subList(before, e.graph.getNodeCount()),
            scratch.graph.getNodeList(),
            where);
      }
      int[] ids = n.outputs();
      if (outs.size() != ids.length) {
        throw new IllegalStateException(
            "OnnxExport: rule of " + n.prim() + " gave " + outs.size() + " outputs");
      }
      for (int k = 0; k < ids.length; k++) {
        names.put(ids[k], outs.get(k));
        e.graph.addValueInfo(
            other == null
                ? OnnxEmitter.valueInfo(outs.get(k), n.outAvals()[k])
                : e.dims.valueInfo(outs.get(k), n.outAvals()[k], other.outAvals()[k]));
      }
      index++;
    }
    List<String> r = new ArrayList<>();
    for (int id : graph.outputs()) {
      r.add(names.get(id));
    }
    return r;
  }

  /**
   * Returns the name of the first graph input (not stored as an initializer) whose axis 0 is the
   * batch size: the traced batch size here and one more in {@code next}.
   *
   * @throws OnnxException if there is none
   */
  private String batchInput(Graph next, List<String> in) {
    for (int i = 0; i < graph.inputs().size(); i++) {
      long[] d0 = graph.inputAvals().get(i).shape().dims();
      long[] d1 = next.inputAvals().get(i).shape().dims();
      if (!initializers.containsKey(i)
          && d0.length > 0
          && d0[0] == tracedBatch
          && d1[0] == tracedBatch + 1) {
        return in.get(i);
      }
    }
    throw new OnnxException("OnnxExport: no graph input has the batch size on axis 0");
  }

  private static List<String> defaultNames(String prefix, int n) {
    List<String> r = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      r.add(prefix + "_" + i);
    }
    return r;
  }

  private static byte[] bytes(Array a) {
    ByteBuffer b = a.toBytes();
    byte[] r = new byte[b.remaining()];
    b.duplicate().get(r);
    return r;
  }

  private static TensorProto tensor(String name, Aval aval, byte[] bytes) {
    DType dt = aval.dtype();
    TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(Tensors.code(dt));
    for (long d : aval.shape().dims()) {
      t.addDims(d);
    }
    return t.setRawData(ByteString.copyFrom(bytes)).build();
  }
}
