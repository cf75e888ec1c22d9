package dev.ivy.trace.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyException;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.trace.BatchPolymorphism;
import dev.ivy.trace.Constant;
import dev.ivy.trace.Graph;
import dev.ivy.trace.GraphVerifier;
import dev.ivy.trace.Node;
import dev.ivy.trace.Structure;
import dev.ivy.trace.SubGraph;
import dev.ivy.trace.TreeDef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Saves graphs to and loads them from files.
 *
 * <p>Layout (little-endian): the magic {@code IVYGRAPH}, a format version (int), the JSON section's
 * length (int), the binary section's length (long), the checksum (long), then the JSON section
 * (UTF-8) and the binary section (the constants' bytes, little-endian row-major).
 *
 * <p>Integrity. The checksum is the CRC-32 of the whole file but for the checksum's own 8 bytes
 * (magic, version and lengths included), so any change to a single byte is detected; loading
 * requires it to match. The binary section holds the constants' bytes in the order the JSON lists
 * them (a graph's constants, then its nodes' bodies, depth first), each at the next offset that is
 * a multiple of 8, the gaps zero: loading refuses a constant whose range is misaligned, overlaps
 * another's, leaves a gap, has another length than its shape and dtype need, or lies outside the
 * section, and a section with bytes after the last constant. (Versions 1 to 3 checksummed the two
 * sections only and packed the constants without gaps; they are read with those rules.)
 *
 * <p>The JSON section is one graph object:
 *
 * <pre>{@code
 * {"inputs":    [{"id": 0, "dtype": "float32", "shape": [2, 3]}, ...],
 *  "constants": [{"id": 1, "dtype": "float32", "shape": [3], "offset": 0, "length": 12}, ...],
 *  "nodes":     [{"prim": "ADD", "params": {"kind": "None"}, "in": [0, 1],
 *                 "out": [{"id": 2, "dtype": "float32", "shape": [2, 3]}]}, ...],
 *  "outputs":   [2],
 *  "structure": 0}
 * }</pre>
 *
 * <p>{@code offset} and {@code length} locate a constant's bytes in the binary section; {@code
 * structure} is the result's nesting, an integer (an index into {@code outputs}) or a list of
 * structures. A node's {@code params} object names its {@link dev.ivy.prim.Params} record in {@code
 * kind} and holds its fields. The params of a control-flow node (cond, while, scan; kind {@code
 * "Control"}, since version 2) hold {@code numCarry}, {@code outAvals} (a list of {@code {"dtype",
 * "shape"}}) and {@code bodies}: a list of graph objects of the same form, saved recursively (their
 * ids are their own; their constants' bytes live in the one binary section), in the order
 * true/false for cond, condition/body for while, and the step function for scan.
 *
 * <p>Since version 3 the top-level graph object may also hold (each only when it applies):
 *
 * <pre>{@code
 * "args":  {"list": [{"map": {"mask": {"leaf": 0}, "x": {"leaf": 1}}},
 *                    {"static": {"type": "string", "value": "tanh"}}]},
 * "batch": {"tracedSizes": [4, 5, 6], "sites": {"%0[0]": [1, 0], "%7.shape[0]": [1, 0]}}
 * }</pre>
 *
 * <p>{@code args} is the arguments' structure ({@link Graph#inputTree()}, written when it is not
 * flat arrays): a node is {@code {"leaf": i}} (input i), {@code {"list": [...]}}, {@code {"map":
 * {...}}} or {@code {"static": {"type", ...}}} with type {@code null}, {@code bool}, {@code
 * string}, {@code char} (code unit), {@code int8}/{@code int16}/{@code int32}/{@code int64} ({@code
 * value}), {@code float32}/{@code float64} ({@code bits}: the raw IEEE bits, so NaN and -0.0
 * survive), {@code bigint}/{@code bigdec} (decimal text), {@code dtype} (its name) or {@code enum}
 * ({@code class} and constant {@code value}); other static values cannot be saved. {@code batch} is
 * the graph's {@link BatchPolymorphism} (written when it is batch-polymorphic): the traced batch
 * sizes, the first being that of the saved concrete shapes, and each batch-dependent integer site
 * by path with its {@code [scale, offset]}.
 *
 * <p>Versions: 1 had no control-flow nodes; 2 adds them; 3 adds {@code args} and {@code batch}; 4
 * (written now) checksums the header too and aligns the constants. All four are read. Primitive and
 * dtype names are stable, so files stay readable across releases. Loading checks the header, the
 * lengths, the checksum, every field's type, the constants' ranges, then the whole graph with
 * {@link GraphVerifier}, sub-graphs included, then that the argument tree's array leaves are the
 * inputs, each once, and that every batch site is a site of the graph whose value at the traced
 * batch size is the one saved and that the graph instantiates at every traced size; so a corrupted
 * or truncated file raises {@link GraphFormatException}.
 */
public final class GraphIO {
  /** The file's first bytes. */
  public static final byte[] MAGIC = "IVYGRAPH".getBytes(StandardCharsets.US_ASCII);

  /** The format version written. */
  public static final int VERSION = 4;

  /** The oldest format version read. */
  public static final int MIN_VERSION = 1;

  private static final int HEADER = 8 + 4 + 4 + 8 + 8;

  /** Where the checksum lies in the header. */
  private static final int CRC_AT = HEADER - 8;

  /** The alignment of each constant's bytes in the binary section (since version 4). */
  private static final int ALIGN = 8;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONTROL = "Control";

  private GraphIO() {}

  /**
   * Writes {@code g} to {@code file}, control-flow sub-graphs included.
   *
   * @throws GraphFormatException if a control-flow node holds a body that is not a traced sub-graph
   * @throws IvyException naming the file if it cannot be written
   */
  public static void save(Graph g, Path file) {
    byte[] bytes = toBytes(g);
    try {
      Files.write(file, bytes);
    } catch (IOException | RuntimeException e) {
      throw new IvyException("GraphIO.save: cannot write '" + file + "': " + e, e);
    }
  }

  /**
   * Reads a graph from {@code file} and verifies it.
   *
   * @throws GraphFormatException naming the file if it is not a valid graph file of a version from
   *     {@link #MIN_VERSION} to {@link #VERSION}: truncated, its checksum differing, its constants'
   *     ranges broken, its graph failing {@link GraphVerifier}
   * @throws IvyException naming the file if it cannot be read
   */
  public static Graph load(Path file) {
    byte[] b;
    try {
      b = Files.readAllBytes(file);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      throw new IvyException("GraphIO.load: cannot read '" + file + "': " + e, e);
    }
    return fromBytes(b, "GraphIO.load('" + file + "')");
  }

  /**
   * Returns the file contents for {@code g}.
   *
   * @throws GraphFormatException if a control-flow node holds a body that is not a traced sub-graph
   */
  public static byte[] toBytes(Graph g) {
    ByteArrayOutputStream bin = new ByteArrayOutputStream();
    ObjectNode root = encode(g, bin);
    encodeTop(g, root);
    byte[] json = root.toString().getBytes(StandardCharsets.UTF_8);
    byte[] data = bin.toByteArray();
    ByteBuffer b = ByteBuffer.allocate(HEADER + json.length + data.length);
    b.order(ByteOrder.LITTLE_ENDIAN);
    b.put(MAGIC).putInt(VERSION).putInt(json.length).putLong(data.length).putLong(0);
    b.put(json).put(data);
    b.putLong(CRC_AT, checksum(b.array(), VERSION));
    return b.array();
  }

  /** Returns the checksum of {@code file} by the rule of format {@code version}. */
  private static long checksum(byte[] file, int version) {
    CRC32 crc = new CRC32();
    if (version >= 4) {
      crc.update(file, 0, CRC_AT);
    }
    crc.update(file, HEADER, file.length - HEADER);
    return crc.getValue();
  }

  private static ObjectNode encode(Graph g, ByteArrayOutputStream bin) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode inputs = root.putArray("inputs");
    for (int i = 0; i < g.inputs().size(); i++) {
      ObjectNode o = inputs.addObject();
      o.put("id", g.inputs().get(i));
      aval(o, g.inputAvals().get(i));
    }
    ArrayNode consts = root.putArray("constants");
    for (Map.Entry<Integer, Constant> e : g.constants().entrySet()) {
      ObjectNode o = consts.addObject();
      o.put("id", e.getKey());
      aval(o, e.getValue().aval());
      bin.writeBytes(new byte[(ALIGN - bin.size() % ALIGN) % ALIGN]);
      o.put("offset", bin.size());
      o.put("length", e.getValue().byteSize());
      bin.writeBytes(e.getValue().bytes());
    }
    ArrayNode nodes = root.putArray("nodes");
    for (Node n : g.nodes()) {
      ObjectNode o = nodes.addObject();
      o.put("prim", n.prim().name());
      o.set(
          "params",
          n.params() instanceof Params.Control c
              ? control(n, c, bin)
              : ParamsJson.write(n.params(), JSON));
      ArrayNode in = o.putArray("in");
      for (int id : n.inputs()) {
        in.add(id);
      }
      ArrayNode outs = o.putArray("out");
      for (int i = 0; i < n.outputs().length; i++) {
        ObjectNode v = outs.addObject();
        v.put("id", n.outputs()[i]);
        aval(v, n.outAvals()[i]);
      }
    }
    ArrayNode outs = root.putArray("outputs");
    for (int id : g.outputs()) {
      outs.add(id);
    }
    root.set("structure", structure(g.structure()));
    return root;
  }

  /**
   * Adds the top-level graph's argument tree and batch polymorphism (version 3) to {@code root}.
   */
  private static void encodeTop(Graph g, ObjectNode root) {
    if (!g.inputTree().isFlat()) {
      root.set("args", tree(g.inputTree()));
    }
    if (g.batchPolymorphism().isPresent()) {
      BatchPolymorphism bp = g.batchPolymorphism().get();
      ObjectNode o = root.putObject("batch");
      ArrayNode sizes = o.putArray("tracedSizes");
      for (long b : bp.tracedSizes()) {
        sizes.add(b);
      }
      ObjectNode sites = o.putObject("sites");
      for (Map.Entry<String, BatchPolymorphism.Affine> e : bp.sites().entrySet()) {
        sites.putArray(e.getKey()).add(e.getValue().scale()).add(e.getValue().offset());
      }
    }
  }

  private static JsonNode tree(TreeDef t) {
    ObjectNode o = JSON.createObjectNode();
    if (t instanceof TreeDef.Leaf l) {
      o.put("leaf", l.index());
    } else if (t instanceof TreeDef.Seq s) {
      ArrayNode a = o.putArray("list");
      for (TreeDef c : s.items()) {
        a.add(tree(c));
      }
    } else if (t instanceof TreeDef.Dict d) {
      ObjectNode m = o.putObject("map");
      for (Map.Entry<String, TreeDef> e : d.items().entrySet()) {
        m.set(e.getKey(), tree(e.getValue()));
      }
    } else {
      o.set("static", staticValue(((TreeDef.Static) t).value()));
    }
    return o;
  }

  private static ObjectNode staticValue(Object v) {
    ObjectNode o = JSON.createObjectNode();
    if (v == null) {
      o.put("type", "null");
    } else if (v instanceof Boolean x) {
      o.put("type", "bool").put("value", x);
    } else if (v instanceof String x) {
      o.put("type", "string").put("value", x);
    } else if (v instanceof Character x) {
      o.put("type", "char").put("value", (int) x.charValue());
    } else if (v instanceof Byte x) {
      o.put("type", "int8").put("value", x.longValue());
    } else if (v instanceof Short x) {
      o.put("type", "int16").put("value", x.longValue());
    } else if (v instanceof Integer x) {
      o.put("type", "int32").put("value", x.longValue());
    } else if (v instanceof Long x) {
      o.put("type", "int64").put("value", x.longValue());
    } else if (v instanceof Float x) {
      // bits, so NaN, infinities and -0.0 survive exactly
      o.put("type", "float32").put("bits", (long) Float.floatToRawIntBits(x));
    } else if (v instanceof Double x) {
      o.put("type", "float64").put("bits", Double.doubleToRawLongBits(x));
    } else if (v instanceof java.math.BigInteger x) {
      o.put("type", "bigint").put("value", x.toString());
    } else if (v instanceof java.math.BigDecimal x) {
      o.put("type", "bigdec").put("value", x.toString());
    } else if (v instanceof DType x) {
      o.put("type", "dtype").put("value", x.toString());
    } else if (v instanceof Enum<?> x) {
      o.put("type", "enum").put("class", x.getDeclaringClass().getName()).put("value", x.name());
    } else {
      throw new GraphFormatException(
          "GraphIO.save: static argument "
              + v
              + " is a "
              + v.getClass().getName()
              + "; only null, booleans, strings, characters, Byte/Short/Integer/Long/Float/Double,"
              + " BigInteger, BigDecimal, dtypes and enums can be saved",
          null);
    }
    return o;
  }

  private static ObjectNode control(Node n, Params.Control c, ByteArrayOutputStream bin) {
    ObjectNode o = JSON.createObjectNode();
    o.put("kind", CONTROL);
    o.put("numCarry", c.numCarry());
    if (c.outAvals() == null) {
      throw new GraphFormatException(
          "GraphIO.save: node '" + n + "' has no traced outputs; save traced graphs only", null);
    }
    ArrayNode outs = o.putArray("outAvals");
    for (Aval a : c.outAvals()) {
      aval(outs.addObject(), a);
    }
    ArrayNode bodies = o.putArray("bodies");
    for (Params.Body b : c.bodies()) {
      if (!(b instanceof SubGraph s)) {
        throw new GraphFormatException(
            "GraphIO.save: node '"
                + n
                + "' holds a Java function as a body, not a traced sub-graph; trace the function"
                + " that calls Ivy."
                + n.prim().opName()
                + " and save that graph",
            null);
      }
      bodies.add(encode(s.graph(), bin));
    }
    return o;
  }

  /**
   * Reads a graph from file contents and verifies it.
   *
   * @throws GraphFormatException if the bytes are not a valid graph file of a version from {@link
   *     #MIN_VERSION} to {@link #VERSION}
   */
  public static Graph fromBytes(byte[] file) {
    return fromBytes(file, "GraphIO.load");
  }

  /** Reads a graph from file contents; messages begin with {@code fn}. */
  private static Graph fromBytes(byte[] file, String fn) {
    try {
      return decodeFile(file);
    } catch (GraphFormatException e) {
      throw new GraphFormatException(fn + ": " + e.getMessage(), e.getCause());
    }
  }

  private static Graph decodeFile(byte[] file) {
    if (file.length < HEADER) {
      throw bad(
          "file has " + file.length + " bytes, fewer than the " + HEADER + "-byte header", null);
    }
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    byte[] magic = new byte[MAGIC.length];
    b.get(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw bad("not an Ivy graph file (magic bytes differ)", null);
    }
    int version = b.getInt();
    if (version < MIN_VERSION || version > VERSION) {
      throw bad(
          "format version must be " + MIN_VERSION + " to " + VERSION + "; got " + version, null);
    }
    int jsonLen = b.getInt();
    long dataLen = b.getLong();
    long crcWant = b.getLong();
    if (jsonLen < 0 || dataLen < 0 || (long) HEADER + jsonLen + dataLen != file.length) {
      throw bad(
          "section lengths (json "
              + jsonLen
              + ", data "
              + dataLen
              + ") do not match the file size "
              + file.length
              + " (truncated or corrupted)",
          null);
    }
    long crcHave = checksum(file, version);
    if (crcHave != crcWant) {
      throw bad(
          String.format(
              "checksum mismatch (corrupted file): the file's CRC-32 is %08x, its header says %08x",
              crcHave, crcWant),
          null);
    }
    DataSection data =
        new DataSection(
            Arrays.copyOfRange(file, HEADER + jsonLen, file.length), version >= 4 ? ALIGN : 1);
    try {
      JsonNode root = JSON.readTree(new String(file, HEADER, jsonLen, StandardCharsets.UTF_8));
      Graph g = decode(root, data, version, 0);
      GraphVerifier.verify(g);
      data.checkEnd();
      return decodeTop(root, g, version);
    } catch (IOException e) {
      throw bad("JSON section is malformed: " + e.getMessage(), e);
    } catch (IvyException | IllegalStateException e) {
      throw bad(e.getMessage(), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw bad("structure is malformed: " + e, e);
    }
  }

  private static Graph decode(JsonNode root, DataSection data, int version, int depth) {
    if (depth > GraphVerifier.MAX_DEPTH) {
      throw new IllegalStateException(
          "control flow nests deeper than " + GraphVerifier.MAX_DEPTH + " levels");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalStateException("a graph must be a JSON object");
    }
    List<Integer> inputs = new ArrayList<>();
    List<Aval> avals = new ArrayList<>();
    for (JsonNode o : array(root, "inputs")) {
      inputs.add(integer(o, "id"));
      avals.add(aval(o));
    }
    Map<Integer, Constant> cs = new LinkedHashMap<>();
    for (JsonNode o : array(root, "constants")) {
      Aval a = aval(o);
      long off = longField(o, "offset");
      long len = longField(o, "length");
      int id = integer(o, "id");
      if (cs.put(id, new Constant(a, data.take(id, a, off, len))) != null) {
        throw new IllegalStateException("constant %" + id + " is defined twice");
      }
    }
    List<Node> nodes = new ArrayList<>();
    for (JsonNode o : array(root, "nodes")) {
      String name = text(o, "prim");
      Prim p;
      try {
        p = Prim.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("unknown primitive '" + name + "'", e);
      }
      JsonNode po = o.get("params");
      if (po == null || !po.isObject()) {
        throw new IllegalStateException("field 'params' of a " + name + " node must be an object");
      }
      Params params =
          CONTROL.equals(po.path("kind").asText())
              ? control(p, po, data, version, depth)
              : ParamsJson.read(p, po);
      List<Integer> in = new ArrayList<>();
      for (JsonNode i : array(o, "in")) {
        if (!i.isInt()) {
          throw new IllegalStateException("node inputs must be integers");
        }
        in.add(i.intValue());
      }
      List<Integer> outIds = new ArrayList<>();
      List<Aval> outAvals = new ArrayList<>();
      for (JsonNode v : array(o, "out")) {
        outIds.add(integer(v, "id"));
        outAvals.add(aval(v));
      }
      nodes.add(
          new Node(
              p,
              params,
              in.stream().mapToInt(Integer::intValue).toArray(),
              outIds.stream().mapToInt(Integer::intValue).toArray(),
              outAvals.toArray(new Aval[0])));
    }
    List<Integer> outputs = new ArrayList<>();
    for (JsonNode i : array(root, "outputs")) {
      if (!i.isInt()) {
        throw new IllegalStateException("outputs must be integers");
      }
      outputs.add(i.intValue());
    }
    Structure st = structure(root.get("structure"), 0);
    return new Graph(inputs, avals, cs, nodes, outputs, st);
  }

  /**
   * Returns the verified graph {@code g} with the argument tree and batch polymorphism of {@code
   * root} (version 3), both checked against it.
   */
  private static Graph decodeTop(JsonNode root, Graph g, int version) {
    JsonNode args = root.get("args");
    JsonNode batch = root.get("batch");
    if (version < 3 && (args != null || batch != null)) {
      throw new IllegalStateException(
          "fields 'args' and 'batch' need format version 3; the file says " + version);
    }
    if (args == null && batch == null) {
      return g;
    }
    TreeDef tree = null;
    if (args != null) {
      tree = tree(args, 0);
      if (!(tree instanceof TreeDef.Seq)) {
        throw new IllegalStateException("field 'args' must be a list of arguments");
      }
      List<String> paths = tree.leafPaths();
      boolean[] seen = new boolean[g.inputs().size()];
      checkLeaves(tree, seen);
      if (paths.size() != seen.length) {
        throw new IllegalStateException(
            "field 'args' has " + paths.size() + " array leaves for " + seen.length + " inputs");
      }
    }
    BatchPolymorphism bp = batch == null ? null : batch(batch);
    Graph h =
        new Graph(
            g.inputs(),
            g.inputAvals(),
            g.constants(),
            g.nodes(),
            g.outputs(),
            g.structure(),
            tree,
            bp);
    if (bp != null) {
      bp.checkAgainst(h);
      for (long b : bp.tracedSizes()) {
        h.atBatch(b);
      }
    }
    return h;
  }

  private static void checkLeaves(TreeDef t, boolean[] seen) {
    if (t instanceof TreeDef.Leaf l) {
      if (l.index() < 0 || l.index() >= seen.length || seen[l.index()]) {
        throw new IllegalStateException(
            "array leaf %" + l.index() + " of field 'args' is out of range or repeated");
      }
      seen[l.index()] = true;
    } else if (t instanceof TreeDef.Seq s) {
      for (TreeDef c : s.items()) {
        checkLeaves(c, seen);
      }
    } else if (t instanceof TreeDef.Dict d) {
      for (TreeDef c : d.items().values()) {
        checkLeaves(c, seen);
      }
    }
  }

  private static TreeDef tree(JsonNode o, int depth) {
    if (depth > TreeDef.MAX_DEPTH) {
      throw new IllegalStateException(
          "field 'args' nests deeper than " + TreeDef.MAX_DEPTH + " levels");
    }
    if (o == null || !o.isObject() || o.size() != 1) {
      throw new IllegalStateException(
          "an argument tree node must be an object with one of 'leaf', 'list', 'map', 'static'");
    }
    if (o.has("leaf")) {
      return new TreeDef.Leaf(integer(o, "leaf"));
    }
    if (o.has("list")) {
      List<TreeDef> l = new ArrayList<>();
      for (JsonNode c : array(o, "list")) {
        l.add(tree(c, depth + 1));
      }
      return new TreeDef.Seq(l);
    }
    if (o.has("map")) {
      JsonNode m = o.get("map");
      if (!m.isObject()) {
        throw new IllegalStateException("field 'map' must be an object");
      }
      Map<String, TreeDef> items = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        items.put(e.getKey(), tree(e.getValue(), depth + 1));
      }
      return new TreeDef.Dict(items);
    }
    if (o.has("static")) {
      return new TreeDef.Static(staticValue(o.get("static")));
    }
    throw new IllegalStateException(
        "an argument tree node must be an object with one of 'leaf', 'list', 'map', 'static'");
  }

  private static Object staticValue(JsonNode o) {
    if (o == null || !o.isObject()) {
      throw new IllegalStateException("a static argument must be an object with a 'type'");
    }
    String type = text(o, "type");
    switch (type) {
      case "null":
        return null;
      case "bool":
        {
          JsonNode v = o.get("value");
          if (v == null || !v.isBoolean()) {
            throw new IllegalStateException("field 'value' of a bool must be true or false");
          }
          return v.booleanValue();
        }
      case "string":
        return text(o, "value");
      case "char":
        return (char) ranged(o, "value", Character.MIN_VALUE, Character.MAX_VALUE);
      case "int8":
        return (byte) ranged(o, "value", Byte.MIN_VALUE, Byte.MAX_VALUE);
      case "int16":
        return (short) ranged(o, "value", Short.MIN_VALUE, Short.MAX_VALUE);
      case "int32":
        return (int) ranged(o, "value", Integer.MIN_VALUE, Integer.MAX_VALUE);
      case "int64":
        return longField(o, "value");
      case "float32":
        return Float.intBitsToFloat((int) ranged(o, "bits", Integer.MIN_VALUE, Integer.MAX_VALUE));
      case "float64":
        return Double.longBitsToDouble(longField(o, "bits"));
      case "bigint":
      case "bigdec":
        {
          String v = text(o, "value");
          if (v.length() > 1000) {
            throw new IllegalStateException("a " + type + " static argument is too long");
          }
          try {
            return type.equals("bigint")
                ? new java.math.BigInteger(v)
                : new java.math.BigDecimal(v);
          } catch (NumberFormatException e) {
            throw new IllegalStateException("'" + v + "' is not a " + type, e);
          }
        }
      case "dtype":
        return DType.of(text(o, "value"));
      case "enum":
        return enumValue(text(o, "class"), text(o, "value"));
      default:
        throw new IllegalStateException("unknown static argument type '" + type + "'");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(String cls, String name) {
    Class<?> c;
    try {
      c = Class.forName(cls, false, GraphIO.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("static argument enum class '" + cls + "' is not found", e);
    }
    if (!c.isEnum()) {
      throw new IllegalStateException("static argument class '" + cls + "' is not an enum");
    }
    try {
      return Enum.valueOf((Class) c, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("enum " + cls + " has no constant '" + name + "'", e);
    }
  }

  private static long ranged(JsonNode o, String field, long min, long max) {
    long v = longField(o, field);
    if (v < min || v > max) {
      throw new IllegalStateException(
          "field '" + field + "' must be from " + min + " to " + max + "; got " + v);
    }
    return v;
  }

  private static BatchPolymorphism batch(JsonNode o) {
    if (!o.isObject()) {
      throw new IllegalStateException("field 'batch' must be an object");
    }
    List<Long> sizes = new ArrayList<>();
    for (JsonNode s : array(o, "tracedSizes")) {
      if (!s.isIntegralNumber() || !s.canConvertToLong() || s.longValue() < 0) {
        throw new IllegalStateException("traced batch sizes must be integers >= 0");
      }
      if (sizes.contains(s.longValue())) {
        throw new IllegalStateException("traced batch size " + s.longValue() + " is repeated");
      }
      sizes.add(s.longValue());
    }
    if (sizes.size() < 2) {
      throw new IllegalStateException("field 'tracedSizes' must hold at least two batch sizes");
    }
    JsonNode so = o.get("sites");
    if (so == null || !so.isObject()) {
      throw new IllegalStateException("field 'sites' must be an object");
    }
    Map<String, BatchPolymorphism.Affine> sites = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = so.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode a = e.getValue();
      if (!a.isArray()
          || a.size() != 2
          || !a.get(0).isIntegralNumber()
          || !a.get(0).canConvertToLong()
          || !a.get(1).isIntegralNumber()
          || !a.get(1).canConvertToLong()) {
        throw new IllegalStateException(
            "site " + e.getKey() + " must be a list [scale, offset] of two integers");
      }
      sites.put(
          e.getKey(), new BatchPolymorphism.Affine(a.get(0).longValue(), a.get(1).longValue()));
    }
    return new BatchPolymorphism(sizes, sites);
  }

  private static Params.Control control(
      Prim p, JsonNode o, DataSection data, int version, int depth) {
    if (version < 2) {
      throw new IllegalStateException(
          "control-flow params need format version 2; the file says " + version);
    }
    if (!Prim.HIGHER_ORDER.contains(p)) {
      throw new IllegalStateException(p + " cannot have control-flow params");
    }
    int numCarry = integer(o, "numCarry");
    List<Aval> outs = new ArrayList<>();
    for (JsonNode a : array(o, "outAvals")) {
      outs.add(aval(a));
    }
    List<Params.Body> bodies = new ArrayList<>();
    for (JsonNode b : array(o, "bodies")) {
      bodies.add(SubGraph.of(decode(b, data, version, depth + 1)));
    }
    return new Params.Control(bodies, numCarry, outs);
  }

  private static JsonNode array(JsonNode o, String field) {
    JsonNode a = o.get(field);
    if (a == null || !a.isArray()) {
      throw new IllegalStateException("field '" + field + "' must be a list");
    }
    return a;
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalStateException("field '" + field + "' must be a string");
    }
    return v.textValue();
  }

  private static long longField(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
      throw new IllegalStateException("field '" + field + "' must be an integer");
    }
    return v.longValue();
  }

  private static int integer(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.isInt()) {
      throw new IllegalStateException("field '" + field + "' must be an integer");
    }
    return v.intValue();
  }

  static void aval(ObjectNode o, Aval a) {
    o.put("dtype", a.dtype().toString());
    ArrayNode s = o.putArray("shape");
    for (long d : a.shape().dims()) {
      s.add(d);
    }
  }

  static Aval aval(JsonNode o) {
    if (o == null || !o.isObject()) {
      throw new IllegalStateException("a value must be an object with dtype and shape");
    }
    return new Aval(shape(array(o, "shape")), DType.of(text(o, "dtype")));
  }

  static Shape shape(JsonNode s) {
    if (s == null || !s.isArray()) {
      throw new IllegalStateException("a shape must be a list of integers");
    }
    long[] dims = new long[s.size()];
    long size = 1;
    for (int i = 0; i < dims.length; i++) {
      if (!s.get(i).isIntegralNumber() || !s.get(i).canConvertToLong()) {
        throw new IllegalStateException("dimensions must be integers");
      }
      dims[i] = s.get(i).longValue();
      if (dims[i] < 0) {
        throw new IllegalStateException("dimensions must be >= 0; got " + dims[i]);
      }
      try {
        size = Math.multiplyExact(size, dims[i]);
      } catch (ArithmeticException e) {
        throw new IllegalStateException("shape " + s + " has more than 2^63 elements", e);
      }
    }
    return Shape.of(dims);
  }

  private static JsonNode structure(Structure s) {
    if (s instanceof Structure.Leaf l) {
      return JSON.getNodeFactory().numberNode(l.index());
    }
    ArrayNode a = JSON.createArrayNode();
    for (Structure c : ((Structure.Seq) s).items()) {
      a.add(structure(c));
    }
    return a;
  }

  private static Structure structure(JsonNode n, int depth) {
    if (n == null || depth > 64) {
      throw new IllegalStateException("structure missing or nested too deep");
    }
    if (n.isInt()) {
      return new Structure.Leaf(n.intValue());
    }
    if (!n.isArray()) {
      throw new IllegalStateException("structure must be integers and lists");
    }
    List<Structure> l = new ArrayList<>();
    for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
      l.add(structure(it.next(), depth + 1));
    }
    return new Structure.Seq(l);
  }

  private static GraphFormatException bad(String why, Throwable cause) {
    return new GraphFormatException(why, cause);
  }

  /**
   * The binary section, handed out constant by constant in file order: each range must start at the
   * next offset aligned to {@code align} after the previous one (the gap zero), fit the section,
   * and hold the bytes its constant's shape and dtype need; {@link #checkEnd} then checks that no
   * bytes follow the last constant.
   */
  private static final class DataSection {
    private final byte[] bytes;
    private final int align;
    private long next;

    DataSection(byte[] bytes, int align) {
      this.bytes = bytes;
      this.align = align;
    }

    byte[] take(int id, Aval a, long off, long len) {
      String range = "constant %" + id + " (" + a + ") at bytes [" + off + ", +" + len + ")";
      long expected = (next + align - 1) / align * align;
      if (off < 0 || len < 0 || off > bytes.length || len > bytes.length - off) {
        throw new IllegalStateException(
            range + " lies outside the data section of " + bytes.length + " bytes");
      }
      if (off % align != 0) {
        throw new IllegalStateException(
            range + " is misaligned: offsets must be multiples of " + align);
      }
      if (off < next) {
        throw new IllegalStateException(
            range + " overlaps the bytes of an earlier constant, which end at " + next);
      }
      if (off > expected) {
        throw new IllegalStateException(
            range + " leaves a gap after the previous constant: expected offset " + expected);
      }
      for (long i = next; i < off; i++) {
        if (bytes[(int) i] != 0) {
          throw new IllegalStateException(
              "byte " + i + " of the data section, padding before " + range + ", is not zero");
        }
      }
      long need;
      try {
        need = Math.multiplyExact(a.shape().size(), (long) a.dtype().byteSize());
      } catch (ArithmeticException overflow) {
        need = -1; // no section is that large
      }
      if (len != need) {
        throw new IllegalStateException(range + " must span " + need + " bytes for its aval");
      }
      next = off + len;
      return Arrays.copyOfRange(bytes, (int) off, (int) (off + len));
    }

    void checkEnd() {
      if (next != bytes.length) {
        throw new IllegalStateException(
            "the data section of "
                + bytes.length
                + " bytes has "
                + (bytes.length - next)
                + " after the last constant's: stray or misplaced data");
      }
    }
  }
}
