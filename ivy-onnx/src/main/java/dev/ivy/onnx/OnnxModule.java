package dev.ivy.onnx;

import dev.ivy.Array;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.nn.Module;
import dev.ivy.nn.Variables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An imported ONNX model as a {@link Module}: its floating-point initializers are the module's
 * variables, and {@link #call(Array, Variables)} runs the model with the arrays of the given tree
 * as those initializers, so the model is differentiable with respect to its weights and trainable
 * with {@code Ivy.executeWithGradients} and an optimizer.
 *
 * <p>Variable paths are the initializer names with {@code '.'} (and {@code '/'}) as path
 * separators, as PyTorch's {@code state_dict} names read: {@code fc1.weight} becomes {@code
 * fc1/weight}; empty segments are dropped. Integer and bool initializers (shapes, indices) stay
 * constants of the model. Models with several inputs or outputs are called with lists ({@link
 * #call(List, Variables)}), inputs in the model's order.
 *
 * <p>The variables are new arrays of the current backend made in the current {@link dev.ivy.Scope}
 * (if one is open), like any array: build the module outside a scope that closes before it is used,
 * or keep its {@code v()}. They are made once, when the module is built, and fed to the model on
 * each call, so calls convert no weights (integer and bool initializers, shapes and indices, are
 * decoded per call as in {@link OnnxModel#run}). For inference alone, {@link OnnxModel#prepare}
 * also keeps what is computed from the weights. The module starts in evaluation mode.
 *
 * <pre>{@code
 * OnnxModule m = OnnxModel.load(Path.of("mlp.onnx")).toModule();
 * m.v().paths();             // [fc1/weight, fc1/bias, fc2/weight, fc2/bias]
 * var r = Ivy.executeWithGradients(v -> Ivy.mean(Ivy.square(m.call(x, v))), m.v());
 * m.setV(new Sgd(0.1).step(m.v(), r.grads()));
 * }</pre>
 */
public final class OnnxModule extends Module {
  private final OnnxModel model;
  private final Map<String, String> initializerOfPath = new LinkedHashMap<>();

  /** A node of the variable tree: a module holding the variables under one path prefix. */
  private static final class Group extends Module {
    private final String path;

    Group(String path) {
      this.path = path;
    }

    Module child(String name) {
      Module m = modules().get(name);
      return m != null ? m : addModule(name, new Group(path + name + "/"));
    }

    void variable(String name, Array value) {
      addVariable(name, value);
    }

    @Override
    protected String name() {
      return "OnnxModule[" + path + "]";
    }
  }

  OnnxModule(OnnxModel model) {
    this.model = model;
    Map<String, Array> inits = model.initializers();
    for (Map.Entry<String, Array> e : inits.entrySet()) {
      if (!e.getValue().dtype().isFloating()) {
        continue;
      }
      List<String> segs = new ArrayList<>();
      for (String s : e.getKey().split("[./]")) {
        if (!s.isEmpty()) {
          segs.add(s);
        }
      }
      String path = String.join("/", segs);
      if (segs.isEmpty() || initializerOfPath.containsKey(path)) {
        throw new OnnxException(
            "OnnxModel.toModule: initializer '"
                + e.getKey()
                + "' gives the variable path '"
                + path
                + "', which is empty or taken by another initializer");
      }
      try {
        place(segs, e.getValue());
      } catch (IvyArgumentException ex) {
        throw new OnnxException(
            "OnnxModel.toModule: initializer '"
                + e.getKey()
                + "' cannot be placed at path '"
                + path
                + "': "
                + ex.getMessage(),
            ex);
      }
      initializerOfPath.put(path, e.getKey());
    }
  }

  private void place(List<String> segs, Array value) {
    if (segs.size() == 1) {
      addVariable(segs.get(0), value);
      return;
    }
    Module m = modules().get(segs.get(0));
    Group g = (Group) (m != null ? m : addModule(segs.get(0), new Group(segs.get(0) + "/")));
    for (int i = 1; i < segs.size() - 1; i++) {
      g = (Group) g.child(segs.get(i));
    }
    g.variable(segs.get(segs.size() - 1), value);
  }

  /** Returns the imported model this module runs. */
  public OnnxModel model() {
    return model;
  }

  /** Returns the initializer name of each variable path, in the order of {@link #v()}. */
  public Map<String, String> initializerNames() {
    Map<String, String> r = new LinkedHashMap<>();
    for (String p : v().paths()) {
      r.put(p, initializerOfPath.get(p));
    }
    return r;
  }

  @Override
  protected List<Array> forward(List<Array> inputs, Variables v) {
    int n = model.inputs().size();
    if (inputs.size() != n) {
      throw new IvyArgumentException(
          "OnnxModule.call: the model takes "
              + n
              + " inputs "
              + model.inputs()
              + "; got "
              + inputs.size());
    }
    Map<String, Array> feeds = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      feeds.put(model.inputs().get(i).name(), inputs.get(i));
    }
    for (Map.Entry<String, String> e : initializerOfPath.entrySet()) {
      feeds.put(e.getValue(), v.get(e.getKey()));
    }
    return new ArrayList<>(model.run(feeds).values());
  }

  @Override
  protected String name() {
    return "OnnxModule";
  }
}
