package dev.ivy.onnx;

import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.onnx.proto.OnnxProto.AttributeProto;
import dev.ivy.onnx.proto.OnnxProto.GraphProto;
import dev.ivy.onnx.proto.OnnxProto.NodeProto;
import dev.ivy.onnx.proto.OnnxProto.TensorProto;
import dev.ivy.onnx.proto.OnnxProto.ValueInfoProto;
import dev.ivy.ops.Attention;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the chains of primitive ONNX operators that exporters emit for a layer norm and for the
 * exact GELU into one node each, as ONNX Runtime's graph optimizer does, so that a prepared model
 * runs them as one coarse operation ({@link dev.ivy.prim.Prim#LAYER_NORM}, {@link
 * dev.ivy.prim.Prim#GELU}) instead of nine or five small ones:
 *
 * <ul>
 *   <li>{@code ReduceMean(x, [-1]) → Sub → Pow(·, 2) → ReduceMean([-1]) → Add(eps) → Sqrt → Div →
 *       Mul(scale) [→ Add(bias)]} becomes {@code LayerNormalization(x, scale, bias, axis=-1,
 *       epsilon)} (PyTorch's export of {@code nn.LayerNorm} below opset 17);
 *   <li>{@code Div(x, √2) → Erf → Add(1) → Mul(x, ·) → Mul(0.5)} becomes {@code Gelu(x)} (opset
 *       20's operator, exact form).
 * </ul>
 *
 * <p>A chain is rewritten only when every intermediate value has no other reader and is no graph
 * output, and the constants are the expected scalars (the scale and bias of a layer norm must be
 * 1-d initializers). The result computes the same function; everything else is kept as it is.
 */
final class OnnxFusion {
  private OnnxFusion() {}

  /** The domain of the operators only fusion creates; no model file can name them. */
  static final String DOMAIN = "dev.ivy.fused";

  /** Returns the implementation of fused operator {@code opType} of {@link #DOMAIN}. */
  static OnnxOp op(String opType) {
    return switch (opType) {
      case "Gelu" -> c -> List.of(MathOps.same(Ivy.gelu(c.in(0), false), c.in(0)));
      case "Linear" -> c -> List.of(Attention.linear(c.in(0), c.in(1), c.in(2)));
      default -> throw new IllegalStateException("no fused operator " + opType);
    };
  }

  /** Returns {@code g} with the patterns above fused (g itself when none matches). */
  static GraphProto fuse(GraphProto g) {
    Map<String, Double> scalars = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    for (TensorProto t : g.getInitializerList()) {
      note(t, t.getName(), scalars, rank);
    }
    for (NodeProto n : g.getNodeList()) {
      if (n.getOpType().equals("Constant") && n.getOutputCount() == 1) {
        for (AttributeProto a : n.getAttributeList()) {
          if (a.getName().equals("value") && a.hasT()) {
            note(a.getT(), n.getOutput(0), scalars, rank);
          }
        }
      }
    }
    // exporters deduplicate equal weights into Identity nodes of one initializer
    for (NodeProto n : g.getNodeList()) {
      if (n.getOpType().equals("Identity") && n.getInputCount() == 1 && n.getOutputCount() == 1) {
        Integer r = rank.get(n.getInput(0));
        if (r != null) {
          rank.put(n.getOutput(0), r);
        }
        Double v = scalars.get(n.getInput(0));
        if (v != null) {
          scalars.put(n.getOutput(0), v);
        }
      }
    }
    Map<String, Integer> uses = new HashMap<>();
    Map<String, Integer> producer = new HashMap<>();
    List<NodeProto> nodes = g.getNodeList();
    for (int i = 0; i < nodes.size(); i++) {
      for (String in : nodes.get(i).getInputList()) {
        uses.merge(in, 1, Integer::sum);
      }
      for (String out : nodes.get(i).getOutputList()) {
        producer.put(out, i);
      }
    }
    for (ValueInfoProto o : g.getOutputList()) {
      uses.merge(o.getName(), 1, Integer::sum);
    }
    Matcher m = new Matcher(nodes, uses, producer, scalars, rank);
    List<List<NodeProto>> replace = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      replace.add(null);
    }
    boolean[] drop = new boolean[nodes.size()];
    int fused = 0;
    for (int i = 0; i < nodes.size(); i++) {
      List<Integer> chain = new ArrayList<>();
      List<NodeProto> f = null;
      NodeProto one = m.layerNorm(i, chain);
      if (one == null) {
        chain.clear();
        one = m.gelu(i, chain);
      }
      if (one != null) {
        f = List.of(one);
      } else {
        chain.clear();
        f = m.linear(i, chain);
      }
      if (f == null || chain.stream().anyMatch(k -> drop[k] || replace.get(k) != null)) {
        continue;
      }
      int last = chain.get(chain.size() - 1);
      for (int k : chain) {
        drop[k] = true;
      }
      drop[last] = false;
      replace.set(last, f);
      fused++;
    }
    if (fused == 0) {
      return g;
    }
    GraphProto.Builder b = g.toBuilder().clearNode();
    for (int i = 0; i < nodes.size(); i++) {
      if (replace.get(i) != null) {
        replace.get(i).forEach(b::addNode);
      } else if (!drop[i]) {
        b.addNode(nodes.get(i));
      }
    }
    return b.build();
  }

  private static void note(
      TensorProto t, String name, Map<String, Double> scalars, Map<String, Integer> rank) {
    rank.put(name, t.getDimsCount());
    long size = 1;
    for (long d : t.getDimsList()) {
      size *= d;
    }
    if (size != 1) {
      return;
    }
    try {
      Tensors.Host h = Tensors.decode(t, "constant");
      java.nio.ByteBuffer d = h.data().duplicate().order(ByteOrder.LITTLE_ENDIAN);
      if (h.dtype() == DType.FLOAT32) {
        scalars.put(name, (double) d.getFloat(0));
      } else if (h.dtype() == DType.FLOAT64) {
        scalars.put(name, d.getDouble(0));
      }
    } catch (RuntimeException e) {
      // not a readable float scalar: never matched as one
    }
  }

  /** Follows single-reader chains of nodes. */
  private static final class Matcher {
    private final List<NodeProto> nodes;
    private final Map<String, Integer> uses;
    private final Map<String, List<Integer>> readers = new HashMap<>();
    private final Map<String, Double> scalars;
    private final Map<String, Integer> rank;

    Matcher(
        List<NodeProto> nodes,
        Map<String, Integer> uses,
        Map<String, Integer> producer,
        Map<String, Double> scalars,
        Map<String, Integer> rank) {
      this.nodes = nodes;
      this.uses = uses;
      this.scalars = scalars;
      this.rank = rank;
      for (int i = 0; i < nodes.size(); i++) {
        for (String in : nodes.get(i).getInputList()) {
          readers.computeIfAbsent(in, k -> new ArrayList<>()).add(i);
        }
      }
    }

    /** Returns the only node reading {@code value} as op {@code op}, if the value has no other. */
    private Integer only(String value, String op) {
      List<Integer> r = readers.get(value);
      if (r == null || r.size() != 1 || uses.getOrDefault(value, 0) != 1) {
        return null;
      }
      return nodes.get(r.get(0)).getOpType().equals(op) ? r.get(0) : null;
    }

    /** Returns the other input of binary node {@code n}, whose one input is {@code value}. */
    private static String other(NodeProto n, String value) {
      if (n.getInputCount() != 2) {
        return null;
      }
      if (n.getInput(0).equals(value)) {
        return n.getInput(1);
      }
      return n.getInput(1).equals(value) ? n.getInput(0) : null;
    }

    private boolean scalar(String name, double v, double tol) {
      Double s = scalars.get(name);
      return s != null && Math.abs(s - v) <= tol;
    }

    private static boolean lastAxisMean(NodeProto n) {
      if (!n.getOpType().equals("ReduceMean") || n.getInputCount() != 1) {
        return false;
      }
      boolean axes = false;
      for (AttributeProto a : n.getAttributeList()) {
        if (a.getName().equals("axes")) {
          axes = a.getIntsCount() == 1 && a.getInts(0) == -1;
        } else if (a.getName().equals("keepdims") && a.getI() != 1) {
          return false;
        }
      }
      return axes;
    }

    NodeProto layerNorm(int i, List<Integer> chain) {
      NodeProto mean = nodes.get(i);
      if (!lastAxisMean(mean)) {
        return null;
      }
      String x = mean.getInput(0);
      Integer sub = only(mean.getOutput(0), "Sub");
      if (sub == null
          || !nodes.get(sub).getInput(0).equals(x)
          || !nodes.get(sub).getInput(1).equals(mean.getOutput(0))) {
        return null;
      }
      String d = nodes.get(sub).getOutput(0);
      List<Integer> dr = readers.get(d);
      if (dr == null || dr.size() != 2 || uses.getOrDefault(d, 0) != 2) {
        return null;
      }
      NodeProto pow = nodes.get(dr.get(0));
      NodeProto div = nodes.get(dr.get(1));
      if (pow.getOpType().equals("Div")) {
        NodeProto t = pow;
        pow = div;
        div = t;
      }
      int powI = nodes.indexOf(pow);
      int divI = nodes.indexOf(div);
      if (!pow.getOpType().equals("Pow")
          || !div.getOpType().equals("Div")
          || !pow.getInput(0).equals(d)
          || !scalar(pow.getInput(1), 2.0, 0)
          || !div.getInput(0).equals(d)) {
        return null;
      }
      Integer var = only(pow.getOutput(0), "ReduceMean");
      if (var == null || !lastAxisMean(nodes.get(var))) {
        return null;
      }
      Integer add = only(nodes.get(var).getOutput(0), "Add");
      if (add == null) {
        return null;
      }
      String eps = other(nodes.get(add), nodes.get(var).getOutput(0));
      Double epsValue = eps == null ? null : scalars.get(eps);
      if (epsValue == null || !(epsValue > 0)) {
        return null;
      }
      Integer sqrt = only(nodes.get(add).getOutput(0), "Sqrt");
      if (sqrt == null || !div.getInput(1).equals(nodes.get(sqrt).getOutput(0))) {
        return null;
      }
      Integer mul = only(div.getOutput(0), "Mul");
      if (mul == null) {
        return null;
      }
      String scale = other(nodes.get(mul), div.getOutput(0));
      if (scale == null || rank.getOrDefault(scale, -1) != 1) {
        return null;
      }
      String out = nodes.get(mul).getOutput(0);
      String bias = null;
      Integer biasAdd = only(out, "Add");
      chain.addAll(List.of(i, sub, powI, var, add, sqrt, divI, mul));
      if (biasAdd != null) {
        String bb = other(nodes.get(biasAdd), out);
        if (bb != null && rank.getOrDefault(bb, -1) == 1) {
          bias = bb;
          out = nodes.get(biasAdd).getOutput(0);
          chain.add(biasAdd);
        }
      }
      chain.sort(Integer::compare);
      NodeProto.Builder f =
          NodeProto.newBuilder()
              .setOpType("LayerNormalization")
              .setName(mean.getName() + "/fused_layer_norm")
              .addInput(x)
              .addInput(scale)
              .addOutput(out)
              .addAttribute(
                  AttributeProto.newBuilder()
                      .setName("axis")
                      .setType(AttributeProto.AttributeType.INT)
                      .setI(-1))
              .addAttribute(
                  AttributeProto.newBuilder()
                      .setName("epsilon")
                      .setType(AttributeProto.AttributeType.FLOAT)
                      .setF(epsValue.floatValue()));
      if (bias != null) {
        f.addInput(bias);
      }
      return f.build();
    }

    /**
     * {@code MatMul(x, W) → Add(b)} with a 2-d constant W and a 1-d constant b: a Transpose of W
     * (computed once by a prepared model, as it reads a constant) and one fused Linear.
     */
    List<NodeProto> linear(int i, List<Integer> chain) {
      NodeProto mm = nodes.get(i);
      if (!mm.getOpType().equals("MatMul")
          || mm.getInputCount() != 2
          || rank.getOrDefault(mm.getInput(1), -1) != 2) {
        return null;
      }
      Integer add = only(mm.getOutput(0), "Add");
      if (add == null) {
        return null;
      }
      String bias = other(nodes.get(add), mm.getOutput(0));
      if (bias == null || rank.getOrDefault(bias, -1) != 1) {
        return null;
      }
      chain.addAll(List.of(i, add));
      String wt = mm.getOutput(0) + "/fused_weight_t";
      NodeProto transpose =
          NodeProto.newBuilder()
              .setOpType("Transpose")
              .setName(mm.getName() + "/fused_transpose")
              .addInput(mm.getInput(1))
              .addOutput(wt)
              .addAttribute(
                  AttributeProto.newBuilder()
                      .setName("perm")
                      .setType(AttributeProto.AttributeType.INTS)
                      .addInts(1)
                      .addInts(0))
              .build();
      NodeProto linear =
          NodeProto.newBuilder()
              .setOpType("Linear")
              .setDomain(DOMAIN)
              .setName(mm.getName() + "/fused_linear")
              .addInput(mm.getInput(0))
              .addInput(wt)
              .addInput(bias)
              .addOutput(nodes.get(add).getOutput(0))
              .build();
      return List.of(transpose, linear);
    }

    NodeProto gelu(int i, List<Integer> chain) {
      NodeProto div = nodes.get(i);
      if (!div.getOpType().equals("Div")
          || div.getInputCount() != 2
          || !scalar(div.getInput(1), Math.sqrt(2), 1e-6)) {
        return null;
      }
      String x = div.getInput(0);
      Integer erf = only(div.getOutput(0), "Erf");
      if (erf == null) {
        return null;
      }
      Integer add = only(nodes.get(erf).getOutput(0), "Add");
      if (add == null || !scalar(other(nodes.get(add), nodes.get(erf).getOutput(0)), 1.0, 0)) {
        return null;
      }
      Integer mul = only(nodes.get(add).getOutput(0), "Mul");
      if (mul == null || !x.equals(other(nodes.get(mul), nodes.get(add).getOutput(0)))) {
        return null;
      }
      Integer half = only(nodes.get(mul).getOutput(0), "Mul");
      if (half == null || !scalar(other(nodes.get(half), nodes.get(mul).getOutput(0)), 0.5, 0)) {
        return null;
      }
      chain.addAll(List.of(i, erf, add, mul, half));
      chain.sort(Integer::compare);
      return NodeProto.newBuilder()
          .setOpType("Gelu")
          .setDomain(DOMAIN)
          .setName(div.getName() + "/fused_gelu")
          .addInput(x)
          .addOutput(nodes.get(half).getOutput(0))
          .build();
    }
  }
}
