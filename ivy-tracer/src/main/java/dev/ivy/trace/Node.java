package dev.ivy.trace;

import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.Arrays;

/**
 * One primitive call of a {@link Graph}: the primitive, its params, the ids of the values it reads
 * and the ids and avals of the values it defines (several for {@link Prim#MULTI_OUTPUT}).
 *
 * @param prim the primitive
 * @param params its params
 * @param inputs ids of the values read, in order
 * @param outputs ids of the values defined, in order
 * @param outAvals shape and dtype of each output
 */
public record Node(Prim prim, Params params, int[] inputs, int[] outputs, Aval[] outAvals) {
  /** Defensive copies; checks that outputs and avals match. */
  public Node {
    inputs = inputs.clone();
    outputs = outputs.clone();
    outAvals = outAvals.clone();
    if (outputs.length != outAvals.length || outputs.length == 0) {
      throw new IllegalStateException(
          "Node: outputs and avals must have one equal nonzero length; got "
              + outputs.length
              + " and "
              + outAvals.length);
    }
  }

  @Override
  public int[] inputs() {
    return inputs.clone();
  }

  @Override
  public int[] outputs() {
    return outputs.clone();
  }

  @Override
  public Aval[] outAvals() {
    return outAvals.clone();
  }

  /** Returns the id of input {@code i}. */
  public int input(int i) {
    return inputs[i];
  }

  /** Returns the number of inputs. */
  public int arity() {
    return inputs.length;
  }

  /** Returns whether the primitive has several outputs. */
  public boolean isMulti() {
    return Prim.MULTI_OUTPUT.contains(prim) || Prim.HIGHER_ORDER.contains(prim);
  }

  /** Returns the sub-graphs of a control-flow node (cond, while, scan), else an empty list. */
  public java.util.List<Graph> subgraphs() {
    java.util.List<Graph> r = new java.util.ArrayList<>();
    if (params instanceof Params.Control c) {
      for (Params.Body b : c.bodies()) {
        if (b instanceof SubGraph s) {
          r.add(s.graph());
        }
      }
    }
    return r;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Node n
        && prim == n.prim
        && params.equals(n.params)
        && Arrays.equals(inputs, n.inputs)
        && Arrays.equals(outputs, n.outputs)
        && Arrays.equals(outAvals, n.outAvals);
  }

  @Override
  public int hashCode() {
    return ((prim.hashCode() * 31 + params.hashCode()) * 31 + Arrays.hashCode(inputs)) * 31
        + Arrays.hashCode(outputs);
  }

  @Override
  public String toString() {
    return GraphText.node(this);
  }
}
