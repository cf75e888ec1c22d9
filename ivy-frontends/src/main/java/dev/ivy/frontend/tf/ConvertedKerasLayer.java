package dev.ivy.frontend.tf;

import dev.ivy.Array;
import dev.ivy.nn.Variables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A built Keras-style layer or {@link TfFrontend.keras.Sequential} as an Ivy {@link
 * dev.ivy.nn.Module} (made by {@code Ivy.toIvyModule}): its variables are the layer's weights by
 * path ({@code kernel}, {@code dense_1/bias}), and a call runs the layer with its weights bound to
 * the given tree for the duration of the call, then restored. After conversion the two are
 * independent: copy trained values back with {@code layer.setWeights(converted.v().arrays())}.
 */
public final class ConvertedKerasLayer extends dev.ivy.nn.Module {
  private final TfFrontend.keras.layers.Layer source;

  ConvertedKerasLayer(TfFrontend.keras.layers.Layer source) {
    if (!KerasLayers.allBuilt(source)) {
      throw new dev.ivy.errors.IvyArgumentException(
          "toIvyModule: the Keras layer '"
              + source.name()
              + "' must be built (call it once, or buildFor(inputShape)) so that its weights"
              + " exist; it is not");
    }
    this.source = source;
    source.namedWeights().forEach((n, w) -> addVariableAt(n, w.value()));
  }

  /** Returns the Keras-style layer this runs. */
  public TfFrontend.keras.layers.Layer source() {
    return source;
  }

  @Override
  protected Array forward(Array x, Variables v) {
    Map<String, TfFrontend.keras.layers.Variable> ws = source.namedWeights();
    Map<String, Array> saved = new LinkedHashMap<>();
    ws.forEach((n, w) -> saved.put(n, w.value()));
    try {
      ws.forEach((n, w) -> w.assign(v.get(n)));
      return source.apply(x);
    } finally {
      ws.forEach((n, w) -> w.assign(saved.get(n)));
    }
  }

  @Override
  protected List<Array> forward(List<Array> inputs, Variables v) {
    if (inputs.size() != 1) {
      throw new dev.ivy.errors.IvyArgumentException(
          name() + ".call: takes one input; got " + inputs.size());
    }
    return List.of(forward(inputs.get(0), v));
  }

  @Override
  protected String name() {
    return "Converted(" + source.name() + ")";
  }
}
