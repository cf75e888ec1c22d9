package dev.ivy.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a traced function's result: one array, or a (nested) list of them. Leaves index into
 * {@link Graph#outputs()}.
 */
public sealed interface Structure permits Structure.Leaf, Structure.Seq {
  /**
   * One array result.
   *
   * @param index position in the graph's outputs
   */
  record Leaf(int index) implements Structure {}

  /**
   * A list of results.
   *
   * @param items the elements
   */
  record Seq(List<Structure> items) implements Structure {
    /** Immutable copy. */
    public Seq {
      items = List.copyOf(items);
    }
  }

  /** Rebuilds the result from flat output values: an Array or an immutable nested List. */
  default Object assemble(List<?> flat) {
    if (this instanceof Leaf l) {
      return flat.get(l.index());
    }
    List<Object> r = new ArrayList<>();
    for (Structure s : ((Seq) this).items()) {
      r.add(s.assemble(flat));
    }
    return java.util.Collections.unmodifiableList(r);
  }

  /** Returns the number of leaves. */
  default int leafCount() {
    if (this instanceof Leaf) {
      return 1;
    }
    int n = 0;
    for (Structure s : ((Seq) this).items()) {
      n += s.leafCount();
    }
    return n;
  }

  /** Returns the leaf indices in order. */
  default List<Integer> leaves() {
    List<Integer> r = new ArrayList<>();
    collect(this, r);
    return r;
  }

  private static void collect(Structure s, List<Integer> r) {
    if (s instanceof Leaf l) {
      r.add(l.index());
    } else {
      for (Structure c : ((Seq) s).items()) {
        collect(c, r);
      }
    }
  }

  /** Returns the structure as text: {@code %3} for a leaf, {@code [..., ...]} for a list. */
  default String format(List<Integer> outputs) {
    if (this instanceof Leaf l) {
      return "%" + outputs.get(l.index());
    }
    StringBuilder sb = new StringBuilder("[");
    List<Structure> items = ((Seq) this).items();
    for (int i = 0; i < items.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(items.get(i).format(outputs));
    }
    return sb.append(']').toString();
  }
}
