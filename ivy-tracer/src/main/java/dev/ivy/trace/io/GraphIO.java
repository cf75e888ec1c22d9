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
import dev.ivy.trace.Constant;
import dev.ivy.trace.Graph;
import dev.ivy.trace.GraphVerifier;
import dev.ivy.trace.Node;
import dev.ivy.trace.Structure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Saves graphs to and loads them from files.
 *
 * <p>Layout (little-endian): the magic {@code IVYGRAPH}, a format version (int), the JSON section's
 * length (int), the binary section's length (long), the CRC32 of both sections (long), then the
 * JSON section (UTF-8: inputs, constants as avals with offsets into the binary section, nodes with
 * primitive names and params, outputs, structure) and the binary section (the constants' bytes).
 * Primitive and dtype names are stable, so files stay readable across releases.
 */
public final class GraphIO {
  /** The file's first bytes. */
  public static final byte[] MAGIC = "IVYGRAPH".getBytes(StandardCharsets.US_ASCII);

  /** The format version written. */
  public static final int VERSION = 1;

  private static final int HEADER = 8 + 4 + 4 + 8 + 8;
  private static final ObjectMapper JSON = new ObjectMapper();

  private GraphIO() {}

  /**
   * Writes {@code g} to {@code file}.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void save(Graph g, Path file) {
    try {
      Files.write(file, toBytes(g));
    } catch (IOException e) {
      throw new UncheckedIOException("GraphIO.save: cannot write " + file, e);
    }
  }

  /**
   * Reads a graph from {@code file} and verifies it.
   *
   * @throws GraphFormatException if the file is not a valid graph file of this version
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Graph load(Path file) {
    byte[] b;
    try {
      b = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("GraphIO.load: cannot read " + file, e);
    }
    return fromBytes(b);
  }

  /** Returns the file contents for {@code g}. */
  public static byte[] toBytes(Graph g) {
    ByteArrayOutputStream bin = new ByteArrayOutputStream();
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
      o.put("offset", bin.size());
      o.put("length", e.getValue().byteSize());
      bin.writeBytes(e.getValue().bytes());
    }
    ArrayNode nodes = root.putArray("nodes");
    for (Node n : g.nodes()) {
      ObjectNode o = nodes.addObject();
      o.put("prim", n.prim().name());
      o.set("params", ParamsJson.write(n.params(), JSON));
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
    byte[] json = root.toString().getBytes(StandardCharsets.UTF_8);
    byte[] data = bin.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(json);
    crc.update(data);
    ByteBuffer b = ByteBuffer.allocate(HEADER + json.length + data.length);
    b.order(ByteOrder.LITTLE_ENDIAN);
    b.put(MAGIC).putInt(VERSION).putInt(json.length).putLong(data.length).putLong(crc.getValue());
    b.put(json).put(data);
    return b.array();
  }

  /**
   * Reads a graph from file contents and verifies it.
   *
   * @throws GraphFormatException if the bytes are not a valid graph file of this version
   */
  public static Graph fromBytes(byte[] file) {
    if (file.length < HEADER) {
      throw bad(
          "file has " + file.length + " bytes, fewer than the " + HEADER + "-byte header", null);
    }
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    byte[] magic = new byte[MAGIC.length];
    b.get(magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw bad("not an Ivy graph file (magic bytes differ)", null);
    }
    int version = b.getInt();
    if (version != VERSION) {
      throw bad("format version must be " + VERSION + "; got " + version, null);
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
    CRC32 crc = new CRC32();
    crc.update(file, HEADER, file.length - HEADER);
    if (crc.getValue() != crcWant) {
      throw bad("checksum mismatch (corrupted file)", null);
    }
    byte[] data = java.util.Arrays.copyOfRange(file, HEADER + jsonLen, file.length);
    try {
      JsonNode root = JSON.readTree(new String(file, HEADER, jsonLen, StandardCharsets.UTF_8));
      Graph g = decode(root, data);
      return GraphVerifier.verify(g);
    } catch (IOException e) {
      throw bad("JSON section is malformed: " + e.getMessage(), e);
    } catch (IvyException | IllegalStateException e) {
      throw bad(e.getMessage(), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw bad("structure is malformed: " + e, e);
    }
  }

  private static Graph decode(JsonNode root, byte[] data) {
    List<Integer> inputs = new ArrayList<>();
    List<Aval> avals = new ArrayList<>();
    for (JsonNode o : array(root, "inputs")) {
      inputs.add(integer(o, "id"));
      avals.add(aval(o));
    }
    Map<Integer, Constant> cs = new LinkedHashMap<>();
    for (JsonNode o : array(root, "constants")) {
      Aval a = aval(o);
      long off = o.get("offset").asLong(-1);
      long len = o.get("length").asLong(-1);
      if (off < 0 || len < 0 || off + len > data.length) {
        throw new IllegalStateException("constant bytes out of the data section");
      }
      cs.put(
          integer(o, "id"),
          new Constant(a, java.util.Arrays.copyOfRange(data, (int) off, (int) (off + len))));
    }
    List<Node> nodes = new ArrayList<>();
    for (JsonNode o : array(root, "nodes")) {
      Prim p = Prim.valueOf(o.get("prim").asText());
      Params params = ParamsJson.read(p, o.get("params"));
      List<Integer> in = new ArrayList<>();
      for (JsonNode i : array(o, "in")) {
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

  private static JsonNode array(JsonNode o, String field) {
    JsonNode a = o.get(field);
    if (a == null || !a.isArray()) {
      throw new IllegalStateException("field '" + field + "' must be a list");
    }
    return a;
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
    return new Aval(shape(array(o, "shape")), DType.of(o.get("dtype").asText()));
  }

  static Shape shape(JsonNode s) {
    long[] dims = new long[s.size()];
    for (int i = 0; i < dims.length; i++) {
      if (!s.get(i).canConvertToLong()) {
        throw new IllegalStateException("dimensions must be integers");
      }
      dims[i] = s.get(i).longValue();
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
    return new GraphFormatException("GraphIO.load: " + why, cause);
  }
}
