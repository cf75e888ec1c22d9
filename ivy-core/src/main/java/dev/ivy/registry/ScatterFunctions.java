package dev.ivy.registry;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;

import dev.ivy.ops.Scatter;
import java.util.List;

/**
 * Registers the scatter functions under the namespace {@code ivy}: Ivy's {@code scatter_nd} and
 * {@code scatter_flat}, TensorFlow's {@code tensor_scatter_nd_add} / {@code
 * tensor_scatter_nd_update} as {@code scatter_nd_add} / {@code scatter_nd_update}, and PyTorch's
 * {@code index_add}.
 */
public final class ScatterFunctions implements FunctionProvider {
  private static final String NS = "ivy";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public ScatterFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "scatter_nd",
        List.of(
            req("indices"),
            req("updates"),
            opt("shape", null),
            opt("reduction", "sum"),
            opt("out", null)),
        a ->
            Scatter.scatterNd(
                a.array("indices"),
                a.array("updates"),
                a.isNone("shape") ? null : a.longs("shape"),
                a.string("reduction"),
                a.arrayOrNull("out")));
    r.add(
        NS,
        "scatter_flat",
        List.of(
            req("indices"),
            req("updates"),
            opt("size", null),
            opt("reduction", "sum"),
            opt("out", null)),
        a ->
            Scatter.scatterFlat(
                a.array("indices"),
                a.array("updates"),
                a.isNone("size") ? null : a.longValue("size"),
                a.string("reduction"),
                a.arrayOrNull("out")));
    r.add(
        NS,
        "scatter_nd_add",
        List.of(req("tensor"), req("indices"), req("updates")),
        a -> Scatter.scatterNdAdd(a.array("tensor"), a.array("indices"), a.array("updates")));
    r.add(
        NS,
        "scatter_nd_update",
        List.of(req("tensor"), req("indices"), req("updates")),
        a -> Scatter.scatterNdUpdate(a.array("tensor"), a.array("indices"), a.array("updates")));
    r.add(
        NS,
        "index_add",
        List.of(req("x"), req("dim"), req("index"), req("source"), opt("alpha", 1L)),
        a ->
            Scatter.indexAdd(
                a.array("x"),
                a.intValue("dim"),
                a.array("index"),
                a.array("source"),
                a.numberOrNull("alpha")));
  }
}
