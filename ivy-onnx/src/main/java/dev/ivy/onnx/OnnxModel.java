package dev.ivy.onnx;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.TraceOptions;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.dispatch.EagerInterpreter;
import dev.ivy.dispatch.Interpreter;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.onnx.proto.OnnxProto.AttributeProto;
import dev.ivy.onnx.proto.OnnxProto.GraphProto;
import dev.ivy.onnx.proto.OnnxProto.ModelProto;
import dev.ivy.onnx.proto.OnnxProto.NodeProto;
import dev.ivy.onnx.proto.OnnxProto.OperatorSetIdProto;
import dev.ivy.onnx.proto.OnnxProto.TensorProto;
import dev.ivy.onnx.proto.OnnxProto.TensorShapeProto;
import dev.ivy.onnx.proto.OnnxProto.TypeProto;
import dev.ivy.onnx.proto.OnnxProto.ValueInfoProto;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An imported ONNX model: its graph inputs and outputs, its initializers (weights) and a runner
 * that maps every node to core functions, so the model runs on any backend, and traces into an Ivy
 * {@link Graph}.
 *
 * <p>The file is parsed with classes generated from the official {@code onnx.proto} and checked
 * when loaded: every operator must be supported ({@link OnnxOps}), every node input must be
 * produced by a graph input, an initializer or an earlier node, no node may define a name defined
 * before, declared dimensions must be >= 0, and every tensor (initializers, those of sub-graphs and
 * of attributes such as Constant's value) must be embedded (external data is refused) and hold
 * exactly the data its type and dims announce: its dims are checked before anything is allocated
 * for it, so a file cannot make the importer allocate what it merely claims.
 *
 * <p>Nodes whose inputs are all concrete (initializers, constants, shapes) are evaluated eagerly
 * even while the model is traced, so shape-computing subgraphs (Shape, Gather, Concat, Reshape...)
 * fold into constants and the traced graph holds only the computation on the inputs.
 *
 * <p>{@link #run} is the eager path: it decodes every initializer from the file's bytes on every
 * call. For repeated inference, {@link #prepare(String)} converts the weights once per backend
 * ({@link PreparedOnnxModel}).
 *
 * <pre>{@code
 * OnnxModel m = OnnxModel.load(Path.of("mlp.onnx"));
 * Map<String, Array> out = m.run(Map.of("input", x));
 * try (PreparedOnnxModel p = m.prepare("torch")) {
 *   List<Array> y = p.run(xOnTorch);
 * }
 * Graph g = m.toGraph();
 * }</pre>
 */
public final class OnnxModel {
  private final ModelProto proto;
  private final int opset;
  private final List<ValueInfo> inputs = new ArrayList<>();
  private final List<ValueInfo> outputs = new ArrayList<>();
  private final Map<String, Tensors.Host> initializers = new LinkedHashMap<>();

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OnnxModel.class);

  private OnnxModel(ModelProto proto, String source) {
    this.proto = proto;
    if (!proto.hasGraph()) {
      throw new OnnxException(
          "OnnxModel: " + source + " is not an ONNX model: it has no graph (field 7)");
    }
    this.opset = defaultOpset(proto, source);
    GraphProto g = proto.getGraph();
    Set<String> defined = new HashSet<>();
    for (TensorProto t : g.getInitializerList()) {
      if (initializers.put(t.getName(), Tensors.decode(t, "OnnxModel: initializer")) != null) {
        throw new OnnxException("OnnxModel: initializer '" + t.getName() + "' is defined twice");
      }
      defined.add(t.getName());
    }
    if (g.getSparseInitializerCount() > 0) {
      throw new OnnxException("OnnxModel: sparse initializers are not supported");
    }
    for (ValueInfoProto v : g.getInputList()) {
      if (!initializers.containsKey(v.getName())) {
        inputs.add(valueInfo(v));
      }
      defined.add(v.getName());
    }
    int i = 0;
    for (NodeProto n : g.getNodeList()) {
      check(n, i, defined);
      defineOutputs(n, i++, defined);
    }
    for (ValueInfoProto v : g.getOutputList()) {
      if (!defined.contains(v.getName())) {
        throw new OnnxException(
            "OnnxModel: graph output '"
                + v.getName()
                + "' is not produced by any node, graph input or initializer");
      }
      outputs.add(valueInfo(v));
    }
  }

  /**
   * Reads the ONNX model at {@code path}.
   *
   * @throws OnnxException if the file cannot be read, is not a valid ONNX protobuf (truncated,
   *     corrupted), or fails the checks described in the class comment
   */
  public static OnnxModel load(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new OnnxException("OnnxModel.load: cannot read " + path + ": " + e, e);
    }
    return read(bytes, path.toString());
  }

  /**
   * Reads an ONNX model from its serialized bytes; {@code source} names it in messages.
   *
   * @throws OnnxException as {@link #load}
   */
  public static OnnxModel read(byte[] bytes, String source) {
    ModelProto p;
    try {
      p = ModelProto.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw new OnnxException(
          "OnnxModel: "
              + source
              + " is not a valid ONNX model (truncated or corrupted protobuf, "
              + bytes.length
              + " bytes): "
              + e.getMessage(),
          e);
    }
    return new OnnxModel(p, source);
  }

  /**
   * Wraps a model built in memory (with the generated builders).
   *
   * @throws OnnxException as {@link #load}
   */
  public static OnnxModel fromProto(ModelProto proto) {
    return new OnnxModel(proto, "the model");
  }

  private static int defaultOpset(ModelProto p, String source) {
    Long v = null;
    for (OperatorSetIdProto o : p.getOpsetImportList()) {
      if (o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx")) {
        v = o.getVersion();
      }
    }
    if (v == null) {
      throw new OnnxException(
          "OnnxModel: " + source + " imports no opset of the default domain ai.onnx");
    }
    if (v < 1 || v > OnnxOps.MAX_OPSET) {
      throw new OnnxException(
          "OnnxModel: opset of ai.onnx must be between "
              + 1
              + " and "
              + OnnxOps.MAX_OPSET
              + "; got "
              + v
              + " (in "
              + source
              + ")");
    }
    return v.intValue();
  }

  /**
   * Adds the outputs of node {@code n} to {@code defined}, refusing a name defined before (ONNX
   * graphs are in single static assignment form: a redefined name would silently replace the value
   * later nodes read).
   */
  private static void defineOutputs(NodeProto n, int index, Set<String> defined) {
    for (String o : n.getOutputList()) {
      if (!o.isEmpty() && !defined.add(o)) {
        throw new OnnxException(
            "OnnxModel: "
                + n.getOpType()
                + " (node '"
                + n.getName()
                + "', #"
                + index
                + ") output '"
                + o
                + "' is already defined by a graph input, an initializer or an earlier node"
                + " (a graph assigns each name once)");
      }
    }
  }

  private void check(NodeProto n, int index, Set<String> defined) {
    String where = n.getOpType() + " (node '" + n.getName() + "', #" + index + ")";
    String domain = n.getDomain();
    OnnxOps.Entry e = OnnxOps.entry(n.getOpType());
    if (!(domain.isEmpty() || domain.equals("ai.onnx")) || e == null) {
      throw new OnnxException(
          "OnnxModel: unsupported operator '"
              + n.getOpType()
              + "'"
              + (domain.isEmpty() ? " at opset " + opset : " of domain '" + domain + "'")
              + " in node '"
              + n.getName()
              + "' (#"
              + index
              + "); docs/onnx.md lists the supported ones");
    }
    if (opset < e.info().sinceOpset() || opset > e.info().untilOpset()) {
      throw new OnnxException(
          "OnnxModel: operator "
              + where
              + " is supported for opsets "
              + e.info().sinceOpset()
              + "-"
              + e.info().untilOpset()
              + "; the model uses opset "
              + opset);
    }
    for (String in : ControlOps.reads(n)) {
      if (!in.isEmpty() && !defined.contains(in)) {
        throw new OnnxException(
            "OnnxModel: "
                + where
                + " input '"
                + in
                + "' is not produced by any earlier node, graph input or initializer (missing"
                + " initializer, dangling name or nodes out of topological order)");
      }
    }
    for (AttributeProto a : n.getAttributeList()) {
      String at = "OnnxModel: " + where + " attribute '" + a.getName() + "' tensor";
      if (a.hasT()) {
        Tensors.check(a.getT(), at);
      }
      for (TensorProto t : a.getTensorsList()) {
        Tensors.check(t, at);
      }
    }
    for (GraphProto sub : ControlOps.subgraphs(n)) {
      Set<String> inner = new HashSet<>(defined);
      sub.getInputList().forEach(v -> inner.add(v.getName()));
      for (TensorProto t : sub.getInitializerList()) {
        Tensors.check(t, "OnnxModel: " + where + " sub-graph initializer");
        inner.add(t.getName());
      }
      int j = 0;
      for (NodeProto sn : sub.getNodeList()) {
        check(sn, j++, inner);
        for (String o : sn.getOutputList()) {
          if (!o.isEmpty()) {
            inner.add(o);
          }
        }
      }
    }
  }

  private static ValueInfo valueInfo(ValueInfoProto v) {
    TypeProto t = v.getType();
    if (!t.hasTensorType()) {
      return new ValueInfo(v.getName(), null, null, null);
    }
    TypeProto.Tensor tt = t.getTensorType();
    DType dt =
        tt.hasElemType() ? Tensors.dtype(tt.getElemType(), "value '" + v.getName() + "'") : null;
    if (!tt.hasShape()) {
      return new ValueInfo(v.getName(), dt, null, null);
    }
    long[] shape = new long[tt.getShape().getDimCount()];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < shape.length; i++) {
      TensorShapeProto.Dimension d = tt.getShape().getDim(i);
      if (d.hasDimValue() && d.getDimValue() < 0) {
        throw new OnnxException(
            "OnnxModel: value '"
                + v.getName()
                + "' has dimension "
                + i
                + " of size "
                + d.getDimValue()
                + "; sizes must be >= 0 (or a dim_param)");
      }
      shape[i] = d.hasDimValue() ? d.getDimValue() : -1;
      names.add(d.hasDimParam() ? d.getDimParam() : null);
    }
    return new ValueInfo(v.getName(), dt, shape, java.util.Collections.unmodifiableList(names));
  }

  /** Returns the parsed protobuf. */
  public ModelProto proto() {
    return proto;
  }

  /** Returns the opset of the default domain the model imports. */
  public int opset() {
    return opset;
  }

  /** Returns the graph inputs the caller must feed (initializers excluded), in order. */
  public List<ValueInfo> inputs() {
    return List.copyOf(inputs);
  }

  /** Returns the graph outputs, in order. */
  public List<ValueInfo> outputs() {
    return List.copyOf(outputs);
  }

  /** Returns the names of the initializers (the model's weights), in file order. */
  public List<String> initializerNames() {
    return List.copyOf(initializers.keySet());
  }

  /**
   * Returns the initializers as new arrays of the current backend, by name in file order; a {@code
   * Module} can wrap them as variables.
   */
  public Map<String, Array> initializers() {
    Map<String, Array> r = new LinkedHashMap<>();
    for (Map.Entry<String, Tensors.Host> e : initializers.entrySet()) {
      r.put(e.getKey(), e.getValue().toArray());
    }
    return r;
  }

  /**
   * Runs the model on {@code feeds} (graph input name to array; an initializer's name overrides its
   * value) on the backend of the fed arrays, and returns the outputs by name in graph order.
   *
   * @throws IvyArgumentException if an input is missing, unknown, or has another dtype, rank or
   *     fixed dimension than the model declares; or if a node rejects its inputs (the message names
   *     the node)
   */
  public Map<String, Array> run(Map<String, Array> feeds) {
    String backend = checkFeeds("OnnxModel.run", feeds);
    try (Ivy.BackendScope b = backend == null ? null : Ivy.withBackend(backend)) {
      Map<String, Array> env = new LinkedHashMap<>();
      for (Map.Entry<String, Tensors.Host> e : initializers.entrySet()) {
        Array fed = feeds.get(e.getKey());
        env.put(e.getKey(), fed != null ? fed : e.getValue().toArray());
      }
      for (ValueInfo v : inputs) {
        env.put(v.name(), feeds.get(v.name()));
      }
      execute(proto.getGraph(), env, new HashSet<>(feeds.keySet()), null, null);
      Map<String, Array> out = new LinkedHashMap<>();
      for (ValueInfo v : outputs) {
        out.put(v.name(), env.get(v.name()));
      }
      return out;
    }
  }

  /**
   * Checks {@code feeds} for a run by {@code fn} (no unknown name, every graph input fed with its
   * declared dtype, rank and fixed dimensions) and returns the backend of the first graph input, or
   * null when the model has none.
   */
  String checkFeeds(String fn, Map<String, Array> feeds) {
    for (String k : feeds.keySet()) {
      if (!initializers.containsKey(k) && inputs.stream().noneMatch(v -> v.name().equals(k))) {
        throw new IvyArgumentException(
            fn + ": feeds has an unknown input '" + k + "'; the inputs are " + inputs);
      }
    }
    String backend = null;
    for (ValueInfo v : inputs) {
      Array a = feeds.get(v.name());
      if (a == null) {
        throw new IvyArgumentException(
            fn + ": input '" + v.name() + "' (" + v + ") must be fed; it is missing");
      }
      checkInput(fn, v, a);
      backend = backend == null ? a.backendName() : backend;
    }
    return backend;
  }

  /** Returns the feeds of {@code args} (one per graph input, in order) for a run by {@code fn}. */
  Map<String, Array> feedsOf(String fn, Array[] args) {
    if (args.length != inputs.size()) {
      throw new IvyArgumentException(
          fn + ": expected " + inputs.size() + " inputs " + inputs + "; got " + args.length);
    }
    Map<String, Array> feeds = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      feeds.put(inputs.get(i).name(), args[i]);
    }
    return feeds;
  }

  /** Returns the decoded initializers by name, in file order (not copies: do not modify). */
  Map<String, Tensors.Host> hostInitializers() {
    return initializers;
  }

  /**
   * Runs the model on {@code args}, one per graph input in order, and returns its outputs in order.
   *
   * @throws IvyArgumentException as {@link #run(Map)}, or on a wrong number of arguments
   */
  public List<Array> run(Array... args) {
    return new ArrayList<>(run(feedsOf("OnnxModel.run", args)).values());
  }

  /**
   * Prepares the model for repeated runs on the current backend: see {@link #prepare(String)}.
   *
   * @throws IvyArgumentException if a node computed from the initializers alone rejects its inputs
   *     (the message names the node)
   */
  public PreparedOnnxModel prepare() {
    return prepare(Ivy.currentBackend().name());
  }

  /**
   * Prepares the model for repeated runs on backend {@code backend}: the initializers become arrays
   * of that backend once, and every node computed from initializers and constants alone runs once,
   * so that {@link PreparedOnnxModel#run} converts no weights and computes only what depends on the
   * inputs. The prepared model owns those arrays (no {@link dev.ivy.Scope} frees them) until it is
   * closed. {@link #run} stays the eager path, which decodes every initializer on every call.
   *
   * @throws dev.ivy.errors.BackendNotFoundException if no backend of that name is on the class path
   * @throws IvyArgumentException if a node computed from the initializers alone rejects its inputs
   *     (the message names the node)
   */
  public PreparedOnnxModel prepare(String backend) {
    return new PreparedOnnxModel(this, backend);
  }

  /**
   * Traces the model on zeros shaped as its declared inputs (on the current backend) and returns
   * the graph; the initializers become constants. A symbolic leading dimension is traced at 1 and
   * made batch-polymorphic as {@link #toGraph(Array...)} says.
   *
   * @throws IvyArgumentException if an input has a symbolic dimension other than the leading one,
   *     or no declared dtype: use {@link #toGraph(Array...)} with example inputs then
   */
  public Graph toGraph() {
    return toGraph(declaredExamples());
  }

  /**
   * Returns zeros shaped as the declared inputs, a symbolic leading dimension at 1.
   *
   * @throws IvyArgumentException as {@link #toGraph()}
   */
  Array[] declaredExamples() {
    Array[] ex = new Array[inputs.size()];
    for (int i = 0; i < ex.length; i++) {
      ValueInfo v = inputs.get(i);
      long[] dims = v.shape() == null ? null : v.shape().clone();
      if (dims != null && dims.length > 0 && dims[0] < 0) {
        dims[0] = 1;
      }
      if (dims == null || v.dtype() == null || Arrays.stream(dims).anyMatch(d -> d < 0)) {
        throw new IvyArgumentException(
            "OnnxModel.toGraph: input '"
                + v.name()
                + "' must have a dtype and a shape fixed but for a leading batch dimension to"
                + " trace without examples; got "
                + v
                + " (pass example inputs to toGraph)");
      }
      ex[i] = Ivy.zeros(Shape.of(dims), v.dtype());
    }
    return ex;
  }

  /**
   * Traces the model on example inputs (one per graph input, in order) and returns the graph. The
   * inputs whose declared shape has a symbolic leading dimension (a {@code dim_param} such as
   * "batch", or none) are traced batch-polymorphic ({@link TraceOptions#polymorphicBatch(int...)}),
   * so the graph runs at any batch size; their other symbolic dimensions are fixed at the examples'
   * values ({@link dev.ivy.Ivy#importOnnx} returns a function that traces again for other values).
   * If the model's operations are not polymorphic in the batch, the graph is traced at the example
   * shapes and the reason is logged.
   *
   * @throws IvyArgumentException as {@link #run(Map)}
   */
  public Graph toGraph(Array... examples) {
    TraceOptions implied = impliedOptions();
    if (implied.isPolymorphicBatch()) {
      try {
        return toGraph(implied, examples);
      } catch (dev.ivy.errors.TracingException e) {
        LOG.info(
            "OnnxModel.toGraph: the model with inputs {} declares a symbolic batch dimension but is"
                + " not batch-polymorphic ({}); traced at the example shapes only",
            inputs,
            e.getMessage());
      }
    }
    return toGraph(TraceOptions.defaults(), examples);
  }

  /**
   * Traces the model on example inputs (one per graph input, in order) with {@code options} and
   * returns the graph: {@link TraceOptions#defaults()} fixes the example shapes, {@link
   * TraceOptions#polymorphicBatch()} makes axis 0 of the (named) inputs a symbolic batch size.
   *
   * @throws dev.ivy.errors.TracingException if the model is not polymorphic in the batch
   * @throws IvyArgumentException as {@link #run(Map)}
   */
  public Graph toGraph(TraceOptions options, Array... examples) {
    if (options == null || examples == null) {
      throw new IvyArgumentException("OnnxModel.toGraph: options and examples must not be null");
    }
    return Tracer.trace(in -> run(in.toArray(new Array[0])), options, List.of(examples));
  }

  /**
   * Returns the trace options the declared inputs imply: batch-polymorphic in the inputs whose
   * leading dimension is symbolic (their other symbolic dimensions, if any, at the examples'
   * values); the defaults when there are none.
   */
  public TraceOptions impliedOptions() {
    List<Integer> batched = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      long[] d = inputs.get(i).shape();
      if (d != null && d.length > 0 && d[0] < 0) {
        batched.add(i);
      }
    }
    return batched.isEmpty()
        ? TraceOptions.defaults()
        : TraceOptions.polymorphicBatch(batched.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Returns the model as a {@link dev.ivy.nn.Module} whose variables are its floating-point
   * initializers (see {@link OnnxModule}), on the current backend; the module is in evaluation
   * mode. The variables are converted once, here, and each call feeds them to the model, so a call
   * converts no weights (only integer and bool initializers, shapes and indices, are decoded per
   * call); unlike {@link #prepare}, nothing computed from the weights is kept, since the weights
   * change as the module trains.
   *
   * @throws OnnxException if two initializer names give the same variable path
   */
  public OnnxModule toModule() {
    OnnxModule m = new OnnxModule(this);
    m.eval();
    return m;
  }

  /**
   * Reads the ONNX model at {@code path} and returns it traced into an Ivy graph on the current
   * backend (the entry point behind {@link Ivy#importOnnx}).
   *
   * @throws OnnxException as {@link #load}
   * @throws IvyArgumentException as {@link #toGraph()}
   */
  public static Graph importOnnx(Path path) {
    return load(path).toGraph();
  }

  private static void checkInput(String fn, ValueInfo v, Array a) {
    boolean ok = v.dtype() == null || v.dtype() == a.dtype();
    if (v.shape() != null) {
      ok &= v.shape().length == a.rank();
      for (int i = 0; ok && i < v.shape().length; i++) {
        ok = v.shape()[i] < 0 || v.shape()[i] == a.shape().dim(i);
      }
    }
    if (!ok) {
      throw new IvyArgumentException(
          fn
              + ": input '"
              + v.name()
              + "' must be "
              + v.dtype()
              + (v.shape() == null ? "" : Arrays.toString(v.shape()))
              + " (-1: any size); got "
              + a.aval());
    }
  }

  /**
   * Returns whether {@code n} fills or broadcasts a tensor of rank 2 or more ({@code
   * ConstantOfShape}, such as the zero initial state of a recurrent layer, or {@code Expand}):
   * data, not a shape computation, so a trace records it as an operation whose shape may follow a
   * symbolic batch size rather than folding it into a constant of the traced size. No operator
   * reads such a tensor as concrete shape values.
   */
  private static boolean isDataFill(NodeProto n, List<Array> ins) {
    int shapeInput =
        switch (n.getOpType()) {
          case "ConstantOfShape" -> 0;
          case "Expand" -> 1;
          default -> -1;
        };
    Array shape = shapeInput < 0 || ins.size() <= shapeInput ? null : ins.get(shapeInput);
    return shape != null && shape.shape().rank() == 1 && shape.shape().dim(0) >= 2;
  }

  /**
   * Runs the nodes over {@code env}. A node whose inputs are all concrete runs eagerly below any
   * interpreter (so shape computations fold into constants while tracing), unless it fills a data
   * tensor ({@link #isDataFill}) or one of its inputs is live: a floating value computed from the
   * fed arrays ({@code fed}), which must stay visible to autodiff (a Module's weights, inputs
   * differentiated under {@code executeWithGradients}).
   *
   * <p>For a {@link PreparedOnnxModel}, {@code precomputed} marks the nodes whose outputs {@code
   * env} already holds (computed once from the initializers); they are skipped unless one of their
   * inputs is in {@code stale} (an initializer overridden by the feeds, or the output of such a
   * node run again), and then run again with their outputs added to {@code stale}. Both are null
   * for a plain run.
   */
  void execute(
      GraphProto graph,
      Map<String, Array> env,
      Set<String> live,
      boolean[] precomputed,
      Set<String> stale) {
    boolean tracing = !Dispatcher.stack().isEmpty();
    int index = -1;
    for (NodeProto n : graph.getNodeList()) {
      index++;
      boolean again = false;
      if (precomputed != null && precomputed[index]) {
        for (String name : n.getInputList()) {
          again |= stale.contains(name);
        }
        if (!again) {
          continue;
        }
      }
      List<Array> ins = new ArrayList<>(n.getInputCount());
      boolean concrete = true;
      boolean fromLive = false;
      for (String name : n.getInputList()) {
        Array a = name.isEmpty() ? null : env.get(name);
        ins.add(a);
        concrete &= a == null || !a.isSymbolic();
        fromLive |= live.contains(name);
      }
      boolean control = ControlOps.isControl(n);
      concrete &= !fromLive && !control && !isDataFill(n, ins);
      List<Array> outs = runNode(n, ins, tracing && concrete, env);
      for (int k = 0; k < n.getOutputCount(); k++) {
        String name = n.getOutput(k);
        if (name.isEmpty()) {
          continue;
        }
        env.put(name, outs.get(k));
        if (fromLive && outs.get(k).dtype().isFloating()) {
          live.add(name);
        }
        if (again) {
          stale.add(name);
        }
      }
    }
  }

  /**
   * Runs node {@code n} on {@code ins} ({@code fold}: below any interpreter) and returns its
   * outputs, each named output present; errors name the node.
   */
  List<Array> runNode(NodeProto n, List<Array> ins, boolean fold, Map<String, Array> env) {
    boolean control = ControlOps.isControl(n);
    NodeContext c = new NodeContext(n, ins, opset);
    OnnxOp op =
        control
            ? cc -> ControlOps.apply(this, cc, n, env)
            : n.getDomain().equals(OnnxFusion.DOMAIN)
                ? OnnxFusion.op(n.getOpType())
                : OnnxOps.entry(n.getOpType()).impl();
    List<Array> outs;
    try {
      outs = fold ? Folding.eagerly(op, c) : op.apply(c);
    } catch (IvyArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(c.where())) {
        throw e;
      }
      throw new IvyArgumentException(c.where() + ": " + e.getMessage(), e);
    }
    for (int k = 0; k < n.getOutputCount(); k++) {
      String name = n.getOutput(k);
      if (!name.isEmpty() && (k >= outs.size() || outs.get(k) == null)) {
        throw c.unsupported("output %d ('%s')", k, name);
      }
    }
    return outs;
  }

  /**
   * Runs the sub-graph {@code g} of a control-flow node with {@code bound} (its inputs and the
   * outer values it reads, by name) and returns its outputs in order.
   */
  List<Array> runBody(GraphProto g, Map<String, Array> bound, String where) {
    Map<String, Array> env = new LinkedHashMap<>(bound);
    for (TensorProto t : g.getInitializerList()) {
      env.put(t.getName(), Tensors.decode(t, where + " initializer").toArray());
    }
    Set<String> live = new HashSet<>();
    bound.forEach(
        (k, a) -> {
          if (a.isSymbolic() || a.dtype().isFloating()) {
            live.add(k);
          }
        });
    execute(g, env, live, null, null);
    List<Array> r = new ArrayList<>();
    for (ValueInfoProto v : g.getOutputList()) {
      Array a = env.get(v.getName());
      if (a == null) {
        throw new OnnxException(
            where + ": sub-graph output '" + v.getName() + "' is not produced by the sub-graph");
      }
      r.add(a);
    }
    return r;
  }

  /** Runs a node below any tracer, so that its concrete inputs give concrete outputs. */
  static final class Folding implements Interpreter {
    private static final Folding INSTANCE = new Folding();

    static List<Array> eagerly(OnnxOp op, NodeContext c) {
      Dispatcher.push(INSTANCE);
      try {
        return op.apply(c);
      } finally {
        Dispatcher.pop(INSTANCE);
      }
    }

    @Override
    public Array process(Prim prim, Params params, Array[] in, Aval out) {
      return EagerInterpreter.INSTANCE.process(prim, params, in, out);
    }

    @Override
    public Array[] processMulti(Prim prim, Params params, Array[] in, Aval[] outs) {
      return EagerInterpreter.INSTANCE.processMulti(prim, params, in, outs);
    }

    @Override
    public Array constant(dev.ivy.backend.Backend backend, Aval aval, ByteBuffer data) {
      return EagerInterpreter.INSTANCE.constant(backend, aval, data);
    }
  }
}
