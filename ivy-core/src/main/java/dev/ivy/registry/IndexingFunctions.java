package dev.ivy.registry;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.Array;
import dev.ivy.ops.Einsum;
import dev.ivy.ops.Indexer;
import java.util.List;

/**
 * Registers general indexing and einsum under the namespace {@code ivy}: {@code einsum(equation,
 * *operands)}, {@code get_item(x, query, copy=None)} and {@code set_item(x, query, val,
 * copy=False)}.
 *
 * <p>The {@code query} of {@code get_item} and {@code set_item} is one index item or a list of them
 * (Python's index tuple). An item is an integer; a slice, written as a {@link
 * dev.ivy.ops.Index.Slice} or as a string in Python syntax ({@code "1:3"}, {@code "::-1"}, {@code
 * ":"}); {@code "..."} or {@link dev.ivy.ops.Index#ELLIPSIS}; {@code null}, {@code "None"} or
 * {@link dev.ivy.ops.Index#NEW_AXIS} for a new axis; an integer or bool array; or a nested list,
 * which is an <em>array</em> of integers or booleans, never a slice or a tuple. So {@code query=[0,
 * 1]} is {@code x[0, 1]}, while {@code query=[[0, 1]]} is {@code x[[0, 1]]}.
 */
public final class IndexingFunctions implements FunctionProvider {
  private static final String NS = "ivy";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public IndexingFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "einsum",
        List.of(req("equation"), varargs("operands")),
        a -> Einsum.einsum(a.string("equation"), a.arrays("operands").toArray(new Array[0])));
    r.add(
        NS,
        "get_item",
        List.of(req("x"), req("query"), opt("copy", null)),
        a -> Indexer.get(a.array("x"), query(a.get("query"))));
    r.add(
        NS,
        "set_item",
        List.of(req("x"), req("query"), req("val"), opt("copy", false)),
        a -> Indexer.set(a.array("x"), query(a.get("query")), a.get("val")));
  }

  /** Returns a query as index items: a list is a tuple of items, anything else one item. */
  private static Object[] query(Object q) {
    if (q instanceof List<?> l) {
      return l.toArray();
    }
    if (q instanceof Object[] o) {
      return o.clone();
    }
    return new Object[] {q};
  }
}
