package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.nn.Variables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A torch-style module as an Ivy {@link dev.ivy.nn.Module} (made by {@code Ivy.toIvyModule}): its
 * variables are the torch module's parameters at their dotted names with {@code /} for {@code .},
 * its buffers the torch module's buffers, and a call runs the torch module's {@code forward} with
 * its parameters and buffers bound to the given tree for the duration of the call, then restored.
 * Autodiff and the tracer therefore see the tree's arrays. The training mode is passed on to the
 * torch module for the call; buffer updates (BatchNorm's running statistics) land in this module's
 * buffers, not the torch module's.
 *
 * <p>The variables start as the torch module's current arrays; after that the two are independent:
 * {@code setV} changes this module only (load the result back with {@code
 * torchModule.loadStateDict(converted.v())}).
 */
public final class ConvertedTorchModule extends dev.ivy.nn.Module {
  private final TorchFrontend.nn.Module source;

  ConvertedTorchModule(TorchFrontend.nn.Module source) {
    this.source = source;
    source.namedParameters().forEach((n, p) -> addVariableAt(n.replace('.', '/'), p.data()));
    source.namedBuffers().forEach((n, a) -> addBufferAt(n.replace('.', '/'), a));
    if (!source.isTraining()) {
      eval();
    }
  }

  /** Returns the torch-style module this runs. */
  public TorchFrontend.nn.Module source() {
    return source;
  }

  @Override
  protected Array forward(Array x, Variables v) {
    return forward(List.of(x), v).get(0);
  }

  @Override
  protected List<Array> forward(List<Array> inputs, Variables v) {
    Map<String, TorchFrontend.nn.Parameter> params = source.namedParameters();
    Map<String, Array> saved = source.stateDict();
    boolean mode = source.isTraining();
    Variables buffers = buffers();
    try {
      source.train(isTraining());
      params.forEach((n, p) -> p.setData(v.get(n.replace('.', '/'))));
      buffers.asMap().forEach((p, a) -> source.assignAt(p.replace('/', '.'), a));
      List<Array> out = source.forward(inputs);
      if (!buffers.isEmpty()) {
        Map<String, Array> after = source.namedBuffers();
        setBuffers(buffers.mapPaths(p -> after.get(p.replace('/', '.'))));
      }
      return out;
    } finally {
      LinkedHashMap<String, Array> restore = new LinkedHashMap<>(saved);
      restore.forEach(source::assignAt);
      source.train(mode);
    }
  }

  @Override
  protected String name() {
    return "Converted(" + source.getClass().getSimpleName() + ")";
  }
}
