package dev.ivy.frontend.tf;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import java.util.Set;

/** Helpers of the Keras-style layers: activations by name, initialisers, shape checks. */
final class KerasLayers {
  private KerasLayers() {}

  private static final Set<String> ACTIVATIONS =
      Set.of("linear", "relu", "tanh", "sigmoid", "softmax", "gelu");

  static void checkActivation(String layer, String activation) {
    if (activation != null && !ACTIVATIONS.contains(activation)) {
      throw new IvyArgumentException(
          layer + ": activation must be null or one of " + ACTIVATIONS + "; got " + activation);
    }
  }

  static Array activate(String activation, Array y) {
    if (activation == null) {
      return y;
    }
    return switch (activation) {
      case "relu" -> Ivy.relu(y);
      case "tanh" -> Ivy.tanh(y);
      case "sigmoid" -> Ivy.sigmoid(y);
      case "softmax" -> Ivy.softmax(y, -1);
      case "gelu" -> Ivy.gelu(y, false);
      default -> y;
    };
  }

  static long lastDim(String layer, Shape inputShape) {
    long[] d = inputShape.dims();
    if (d.length == 0 || d[d.length - 1] <= 0) {
      throw new IvyArgumentException(
          layer + ": the input must have a positive last dimension; got shape " + inputShape);
    }
    return d[d.length - 1];
  }

  /** Keras's glorot_uniform: U(-l, l) with l = sqrt(6 / (fanIn + fanOut)), float32. */
  static Array glorotUniform(Shape shape, long fanIn, long fanOut) {
    double limit = Math.sqrt(6.0 / (fanIn + fanOut));
    return Ivy.randomUniform(-limit, limit, shape, DType.FLOAT32, null);
  }

  /** Returns whether {@code layer} and, for a Sequential, each of its layers is built. */
  static boolean allBuilt(TfFrontend.keras.layers.Layer layer) {
    if (layer instanceof TfFrontend.keras.Sequential s) {
      return s.layers().values().stream().allMatch(KerasLayers::allBuilt);
    }
    return layer.isBuilt();
  }
}
