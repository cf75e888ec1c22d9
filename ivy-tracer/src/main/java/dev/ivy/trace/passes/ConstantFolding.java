package dev.ivy.trace.passes;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.IvyException;
import dev.ivy.trace.Constant;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Node;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Constant folding: a node whose inputs are all constants is evaluated now, eagerly on the current
 * (default) backend, and its outputs become constants. Nodes without inputs (full, iota) stay, as
 * they are cheaper to recreate than to store, and so do nodes whose outputs would exceed {@link
 * #MAX_BYTES}, or that the backend cannot run.
 */
public final class ConstantFolding {
  /** The largest folded output, in bytes. */
  public static final long MAX_BYTES = 1 << 20;

  private ConstantFolding() {}

  /** Returns {@code g} with its constant subcomputations evaluated. */
  public static Graph run(Graph g) {
    Map<Integer, Constant> cs = new LinkedHashMap<>(g.constants());
    List<Node> nodes = new ArrayList<>();
    for (Node n : g.nodes()) {
      if (!foldable(n, cs) || !fold(n, cs)) {
        nodes.add(n);
      }
    }
    return new Rewrite().build(g, cs, nodes);
  }

  private static boolean foldable(Node n, Map<Integer, Constant> cs) {
    if (n.arity() == 0) {
      return false;
    }
    for (int id : n.inputs()) {
      if (!cs.containsKey(id)) {
        return false;
      }
    }
    long bytes = 0;
    for (var a : n.outAvals()) {
      bytes += a.shape().size() * a.dtype().byteSize();
    }
    return bytes <= MAX_BYTES;
  }

  private static boolean fold(Node n, Map<Integer, Constant> cs) {
    try (Scope s = Ivy.scope()) {
      Array[] in = new Array[n.arity()];
      for (int i = 0; i < in.length; i++) {
        Constant c = cs.get(n.input(i));
        in[i] = Ivy.fromBytes(c.buffer(), c.aval().dtype(), c.aval().shape());
      }
      Array[] out =
          n.isMulti()
              ? Dispatcher.bindMulti(n.prim(), n.params(), in)
              : new Array[] {Dispatcher.bind(n.prim(), n.params(), in)};
      for (int i = 0; i < out.length; i++) {
        ByteBuffer b = out[i].toBytes();
        byte[] bytes = new byte[b.remaining()];
        b.duplicate().get(bytes);
        cs.put(n.outputs()[i], new Constant(n.outAvals()[i], bytes));
      }
      return true;
    } catch (IvyException e) {
      // a backend gap keeps the node; it may still run on the backend the graph targets
      for (int o : n.outputs()) {
        cs.remove(o);
      }
      return false;
    }
  }
}
