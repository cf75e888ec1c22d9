package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.errors.IvyArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies its layers in order, as {@code torch.nn.Sequential}; layer i's variables are under {@code
 * i/} ({@code 0/weight}, {@code 2/bias}...).
 *
 * <pre>{@code
 * Sequential mlp = new Sequential(new Linear(20, 32), new ReLU(), new Linear(32, 5));
 * mlp.call(x);
 * }</pre>
 */
public final class Sequential extends Module {
  private final List<Module> layers = new ArrayList<>();

  /**
   * Creates the sequence of {@code layers}.
   *
   * @throws IvyArgumentException if a layer is null or appears twice
   */
  public Sequential(Module... layers) {
    for (Module m : layers) {
      if (m == null || this.layers.contains(m)) {
        throw new IvyArgumentException(
            "Sequential: layers must be non-null and distinct; layer "
                + this.layers.size()
                + " is not");
      }
      addModule(Integer.toString(this.layers.size()), m);
      this.layers.add(m);
    }
  }

  /** Returns the number of layers. */
  public int size() {
    return layers.size();
  }

  /** Returns layer {@code i}. */
  public Module get(int i) {
    return layers.get(i);
  }

  @Override
  protected Array forward(Array x, Variables v) {
    Array y = x;
    for (int i = 0; i < layers.size(); i++) {
      y = callModule(Integer.toString(i), y, v);
    }
    return y;
  }
}
