package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.IvyException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model or a layer: a tree of named variables {@link #v()} and a forward function that reads its
 * variables only from the tree it is given, as Ivy's {@code ivy.Module}.
 *
 * <p><b>Variables.</b> A module's tree holds its own variables (registered with {@link
 * #addVariable}) followed by each submodule's tree under the submodule's name ({@link #addModule}),
 * in registration order, so paths read {@code layers/0/weight}. Names and layouts follow PyTorch's
 * {@code state_dict} with {@code /} for {@code .}, so PyTorch weights load directly.
 *
 * <p><b>Calling.</b> {@link #call(Array)} runs the module with its own variables; {@link
 * #call(Array, Variables)} runs it with the given tree (the seed's {@code model(x_in, v=v)}), which
 * is what makes a module differentiable and traceable with respect to its variables: a loss written
 * as {@code v -> loss(model.call(x, v))} can be passed to {@code Ivy.executeWithGradients}. Layers
 * with several inputs or outputs (attention, recurrent layers) take and return lists ({@link
 * #call(List)}).
 *
 * <p><b>Buffers.</b> State that is not trained (BatchNorm's running statistics) lives in a separate
 * tree {@link #buffers()}, updated by the forward pass in training mode and saved with the
 * variables. {@link #train()} and {@link #eval()} switch the mode of the whole tree (Dropout and
 * BatchNorm behave differently in each); a new module is in training mode, as in PyTorch.
 *
 * <p><b>Memory.</b> Variables and buffers created by a module are owned by it (freed by the garbage
 * collector once the module is unreachable), whatever {@link dev.ivy.Scope} is open when it is
 * built. Arrays passed to {@link #setV} are stored as given: keep them out of a closing scope
 * ({@code s.keep(newV.arrays())}); what {@link dev.ivy.optim.Optimizer#step} returns needs no
 * keeping (it outlives the caller's scopes until the next step replaces it).
 *
 * <pre>{@code
 * Ivy.seed(0);
 * Sequential model = new Sequential(new Linear(3, 4), new ReLU(), new Linear(4, 1));
 * model.v().paths();              // [0/weight, 0/bias, 2/weight, 2/bias]
 * Array y = model.call(Ivy.ones(2, 3));                    // float32[2, 1]
 * Array y2 = model.call(Ivy.ones(2, 3), model.v().map(w -> Ivy.multiply(w, 2.0)));
 * }</pre>
 */
public abstract class Module {
  private final LinkedHashMap<String, Array> variables = new LinkedHashMap<>();
  private final LinkedHashMap<String, Array> buffers = new LinkedHashMap<>();
  private final LinkedHashMap<String, Module> modules = new LinkedHashMap<>();
  private boolean training = true;

  /** Creates a module with no variables, buffers or submodules, in training mode. */
  protected Module() {}

  // ------------------------------------------------------------------ registration

  /**
   * Registers a trainable variable of this module under {@code name} and returns it.
   *
   * @throws IvyArgumentException if the name is empty, holds '/', or is already taken
   */
  protected final Array addVariable(String name, Array value) {
    checkNewName("addVariable", name);
    variables.put(name, nonNull("addVariable", name, value));
    return value;
  }

  /**
   * Registers a buffer (state that is saved but not trained, such as running statistics) of this
   * module under {@code name} and returns it.
   *
   * @throws IvyArgumentException if the name is empty, holds '/', or is already taken
   */
  protected final Array addBuffer(String name, Array value) {
    checkNewName("addBuffer", name);
    buffers.put(name, nonNull("addBuffer", name, value));
    return value;
  }

  /**
   * Registers {@code module} as a submodule under {@code name} and returns it; its variables appear
   * in this module's tree under {@code name/}.
   *
   * @throws IvyArgumentException if the name is empty, holds '/', or is already taken, or the
   *     module is this one
   */
  protected final <M extends Module> M addModule(String name, M module) {
    checkNewName("addModule", name);
    if (module == null || module == this) {
      throw new IvyArgumentException(
          name() + ".addModule: module '" + name + "' must be another, non-null module");
    }
    modules.put(name, module);
    return module;
  }

  /**
   * Registers a trainable variable at {@code path} ({@code a/b/weight}) and returns it: the last
   * segment names the variable, and each earlier one a submodule, created as an empty variable
   * group when this module has none of that name (for modules that wrap another library's tree of
   * parameters, such as a converted torch-style module).
   *
   * @throws IvyArgumentException if a segment is empty or holds '.', or the name is already taken
   */
  protected final Array addVariableAt(String path, Array value) {
    String[] parts = splitPath("addVariableAt", path);
    return owner(parts).addVariable(parts[parts.length - 1], value);
  }

  /**
   * Registers a buffer at {@code path}, creating variable groups for the earlier segments as {@link
   * #addVariableAt} does, and returns it.
   *
   * @throws IvyArgumentException if a segment is empty or holds '.', or the name is already taken
   */
  protected final Array addBufferAt(String path, Array value) {
    String[] parts = splitPath("addBufferAt", path);
    return owner(parts).addBuffer(parts[parts.length - 1], value);
  }

  private String[] splitPath(String fn, String path) {
    if (path == null || path.isEmpty()) {
      throw new IvyArgumentException(name() + "." + fn + ": path must be non-empty; got " + path);
    }
    return path.split("/", -1);
  }

  private Module owner(String[] parts) {
    Module m = this;
    for (int i = 0; i < parts.length - 1; i++) {
      Module child = m.modules.get(parts[i]);
      if (child == null) {
        child = m.addModule(parts[i], new VariableGroup(parts[i]));
      }
      m = child;
    }
    return m;
  }

  /** Replaces the value of this module's own buffer {@code name} (from the forward pass). */
  protected final void setBuffer(String name, Array value) {
    if (!buffers.containsKey(name)) {
      throw new IllegalStateException(name() + ": no buffer '" + name + "' was registered");
    }
    buffers.put(name, value);
  }

  /** Returns this module's own buffer {@code name}. */
  protected final Array buffer(String name) {
    Array a = buffers.get(name);
    if (a == null) {
      throw new IllegalStateException(name() + ": no buffer '" + name + "' was registered");
    }
    return a;
  }

  /** Returns the submodules in registration order, by name. */
  public final Map<String, Module> modules() {
    return java.util.Collections.unmodifiableMap(modules);
  }

  // ------------------------------------------------------------------ trees

  /**
   * Returns the tree of trainable variables: this module's own, then each submodule's under its
   * name, in registration order.
   */
  public final Variables v() {
    Variables.Builder b = Variables.builder();
    variables.forEach(b::put);
    modules.forEach((n, m) -> b.putAll(n, m.v()));
    return b.build();
  }

  /** Returns the tree of buffers (running statistics...), laid out as {@link #v()}. */
  public final Variables buffers() {
    Variables.Builder b = Variables.builder();
    buffers.forEach(b::put);
    modules.forEach((n, m) -> b.putAll(n, m.buffers()));
    return b.build();
  }

  /**
   * Replaces the variables with those of {@code v} (the seed's {@code model.v =
   * optimizer.step(model.v, grads)}), which must have exactly this module's paths, and at each path
   * the current shape and dtype.
   *
   * @throws IvyArgumentException naming the missing and unexpected paths, or the path whose shape
   *     or dtype differs
   */
  public final void setV(Variables v) {
    String fn = name() + ".setV";
    checkTree(fn, v(), v);
    assign(v, false);
  }

  /**
   * Replaces the buffers with those of {@code b}, checked as {@link #setV} checks variables.
   *
   * @throws IvyArgumentException if the paths, shapes or dtypes differ from the current buffers
   */
  public final void setBuffers(Variables b) {
    String fn = name() + ".setBuffers";
    checkTree(fn, buffers(), b);
    assign(b, true);
  }

  private void assign(Variables tree, boolean buffer) {
    LinkedHashMap<String, Array> own = buffer ? buffers : variables;
    for (String k : new ArrayList<>(own.keySet())) {
      own.put(k, tree.get(k));
    }
    for (Map.Entry<String, Module> e : modules.entrySet()) {
      Variables mine = buffer ? e.getValue().buffers() : e.getValue().v();
      e.getValue().assign(mine.isEmpty() ? mine : tree.subtree(e.getKey()), buffer);
    }
  }

  static void checkTree(String fn, Variables expected, Variables given) {
    if (given == null) {
      throw new IvyArgumentException(fn + ": the tree must not be null");
    }
    expected.checkSameStructure(fn, given);
    for (Map.Entry<String, Array> e : expected.asMap().entrySet()) {
      Array want = e.getValue();
      Array got = given.get(e.getKey());
      if (!want.shape().equals(got.shape()) || want.dtype() != got.dtype()) {
        throw new IvyArgumentException(
            fn
                + ": the array at path '"
                + e.getKey()
                + "' must be "
                + want.aval()
                + "; got "
                + got.aval());
      }
    }
  }

  // ------------------------------------------------------------------ calling

  /** Runs the module on {@code x} with its own variables. */
  public final Array call(Array x) {
    return call(x, v());
  }

  /**
   * Runs the module on {@code x} with the variables {@code v}, which must have this module's paths
   * (the seed's {@code model(x, v=v)}).
   *
   * @throws IvyArgumentException if {@code v}'s paths differ from {@link #v()}'s, or x does not fit
   *     the layer
   */
  public final Array call(Array x, Variables v) {
    checkPaths(v);
    if (x == null) {
      throw new IvyArgumentException(name() + ".call: x must not be null");
    }
    return forward(x, v);
  }

  /** Runs a module with several inputs (or outputs) with its own variables. */
  public final List<Array> call(List<Array> inputs) {
    return call(inputs, v());
  }

  /**
   * Runs a module with several inputs or outputs (MultiHeadAttention: query, key, value; LSTM: x,
   * h0, c0) with the variables {@code v}. A single-input module takes a one-element list.
   *
   * @throws IvyArgumentException if {@code v}'s paths differ from {@link #v()}'s, or the inputs do
   *     not fit the layer
   */
  public final List<Array> call(List<Array> inputs, Variables v) {
    checkPaths(v);
    if (inputs == null || inputs.isEmpty() || inputs.get(0) == null) {
      throw new IvyArgumentException(name() + ".call: needs at least one non-null input");
    }
    return forward(inputs, v);
  }

  /**
   * Computes the output from {@code x}, reading variables only from {@code v} (whose paths are this
   * module's). Single-input layers override this.
   */
  protected Array forward(Array x, Variables v) {
    List<Array> r = forward(List.of(x), v);
    return r.get(0);
  }

  /**
   * Computes the outputs from several inputs, reading variables only from {@code v}. The default
   * accepts one input and calls {@link #forward(Array, Variables)}; multi-input layers override
   * this (and {@link #forward(Array, Variables)}, to say what one input means).
   */
  protected List<Array> forward(List<Array> inputs, Variables v) {
    if (inputs.size() != 1) {
      throw new IvyArgumentException(
          name() + ".call: takes one input; got " + inputs.size() + " inputs");
    }
    return List.of(forward(inputs.get(0), v));
  }

  /**
   * Runs submodule {@code name} with its part of {@code v} (a helper for {@link #forward}).
   *
   * @throws IllegalStateException if no submodule has that name
   */
  protected final Array callModule(String name, Array x, Variables v) {
    Module m = module(name);
    return m.forward(x, sub(m, name, v));
  }

  /** Runs submodule {@code name} on several inputs with its part of {@code v}. */
  protected final List<Array> callModule(String name, List<Array> inputs, Variables v) {
    Module m = module(name);
    return m.forward(inputs, sub(m, name, v));
  }

  private Module module(String name) {
    Module m = modules.get(name);
    if (m == null) {
      throw new IllegalStateException(name() + ": no submodule '" + name + "' was registered");
    }
    return m;
  }

  private static Variables sub(Module m, String name, Variables v) {
    return m.hasVariables() ? v.subtree(name) : Variables.empty();
  }

  private boolean hasVariables() {
    if (!variables.isEmpty()) {
      return true;
    }
    for (Module m : modules.values()) {
      if (m.hasVariables()) {
        return true;
      }
    }
    return false;
  }

  private void checkPaths(Variables v) {
    if (v == null) {
      throw new IvyArgumentException(name() + ".call: v must not be null");
    }
    v().checkSameStructure(name() + ".call", v);
  }

  // ------------------------------------------------------------------ tracing

  /**
   * Traces this module once on arrays shaped like {@code exampleInputs} with its variables as graph
   * <b>inputs</b> (not constants), so the result stays trainable (the seed's {@code
   * net.trace_graph()}), and returns it as a module with the same variable tree that runs the
   * graph. {@link TracedModule#toBackend} moves the variables and prepares the graph for another
   * backend (compiled to one TensorFlow graph on {@code tf}); gradients still flow through it.
   *
   * <p>The graph is recorded in the current mode ({@link #train()} or {@link #eval()}); buffers
   * (running statistics) are read as constants and no longer updated, and the traced module takes
   * inputs of the example shapes and dtypes only. Needs {@code ivy-tracer} on the class path.
   *
   * <pre>{@code
   * TracedModule t = model.traceGraph(x).toBackend("tf");
   * Array y = t.call(Ivy.toBackend(x, "tf"));
   * }</pre>
   *
   * @param exampleInputs one array per input of the module (values unused)
   * @throws IvyArgumentException if no example is given or one is null
   * @throws dev.ivy.errors.TracingException if the forward reads a traced value on the host
   * @throws IvyException if no tracer is on the class path
   */
  public TracedModule traceGraph(Array... exampleInputs) {
    return traceGraph(dev.ivy.TraceOptions.defaults(), exampleInputs);
  }

  /**
   * Traces this module as {@link #traceGraph(Array...)} does, with {@code options}: with {@link
   * dev.ivy.TraceOptions#polymorphicBatch()} axis 0 of every module input (never of a variable) is
   * a symbolic batch dimension, so the traced module runs at any batch size the forward allows.
   *
   * <pre>{@code
   * TracedModule t = model.traceGraph(TraceOptions.polymorphicBatch(), x); // x: [32, 3]
   * t.call(Ivy.ones(Shape.of(5, 3), DType.FLOAT32));                      // batch 5
   * }</pre>
   *
   * @throws dev.ivy.errors.TracingException if the forward is not polymorphic in the batch
   */
  public TracedModule traceGraph(dev.ivy.TraceOptions options, Array... exampleInputs) {
    String fn = name() + ".traceGraph";
    if (options == null) {
      throw new IvyArgumentException(fn + ": options must not be null");
    }
    if (exampleInputs == null || exampleInputs.length == 0) {
      throw new IvyArgumentException(fn + ": needs at least one example input; got none");
    }
    for (Array a : exampleInputs) {
      if (a == null) {
        throw new IvyArgumentException(fn + ": example inputs must not be null");
      }
    }
    Variables v = v();
    List<String> paths = v.paths();
    int n = exampleInputs.length;
    List<Array> examples = new ArrayList<>(List.of(exampleInputs));
    examples.addAll(v.arrays());
    dev.ivy.TraceOptions opts = options;
    if (options.isPolymorphicBatch()) {
      // the module's inputs are batched, its variables never are
      java.util.List<Integer> batched = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (options.isBatched(i)) {
          batched.add(i);
        }
      }
      opts =
          dev.ivy.TraceOptions.polymorphicBatch(
              batched.stream().mapToInt(Integer::intValue).toArray());
    }
    dev.ivy.TracedFunction g =
        Ivy.traceGraph(
            in -> {
              LinkedHashMap<String, Array> leaves = new LinkedHashMap<>();
              for (int i = 0; i < paths.size(); i++) {
                leaves.put(paths.get(i), in.get(n + i));
              }
              return call(in.subList(0, n), Variables.of(leaves));
            },
            opts,
            examples.toArray(new Array[0]));
    return new TracedModule(this, g, n);
  }

  // ------------------------------------------------------------------ modes

  /** Puts this module and its submodules in training mode and returns this. */
  public Module train() {
    setTraining(true);
    return this;
  }

  /** Puts this module and its submodules in evaluation mode and returns this. */
  public Module eval() {
    setTraining(false);
    return this;
  }

  private void setTraining(boolean t) {
    training = t;
    modules.values().forEach(m -> m.setTraining(t));
  }

  /** Returns whether the module is in training mode. */
  public final boolean isTraining() {
    return training;
  }

  // ------------------------------------------------------------------ backends and files

  /**
   * Moves every variable and buffer to backend {@code backend} ({@link Ivy#toBackend}) and returns
   * this module; later calls need inputs on that backend.
   *
   * @throws dev.ivy.errors.BackendNotFoundException if no backend has that name
   */
  public Module toBackend(String backend) {
    Variables nv = Owned.run(() -> v().map(a -> Ivy.toBackend(a, backend)));
    Variables nb = Owned.run(() -> buffers().map(a -> Ivy.toBackend(a, backend)));
    assign(nv, false);
    assign(nb, true);
    return this;
  }

  /**
   * Saves the variables and buffers to {@code file} in the safetensors format (see {@link
   * SafeTensors}): one tensor per leaf, named by its path with '.' for '/' as PyTorch's {@code
   * state_dict} names it.
   *
   * @throws IvyException naming the file if it cannot be written
   */
  public final void save(Path file) {
    LinkedHashMap<String, Array> all = new LinkedHashMap<>(v().asMap());
    all.putAll(buffers().asMap());
    SafeTensors.write(file, all);
  }

  /**
   * Loads variables and buffers saved by {@link #save} (or any safetensors file with this module's
   * {@code state_dict} names) onto the current backend, replacing the current ones.
   *
   * @throws IvyException naming the file if it cannot be read, is truncated or corrupt, or lacks a
   *     variable, holds one this module does not have, or holds one of another shape or dtype
   */
  public final void load(Path file) {
    Map<String, Array> read = SafeTensors.read(file);
    String fn = name() + ".load(" + file + ")";
    Variables v = v();
    Variables b = buffers();
    LinkedHashMap<String, Array> expected = new LinkedHashMap<>(v.asMap());
    expected.putAll(b.asMap());
    checkTree(fn, Variables.of(expected), Variables.of(read));
    assign(v.mapPaths(read::get), false);
    if (!b.isEmpty()) {
      assign(b.mapPaths(read::get), true);
    }
  }

  // ------------------------------------------------------------------ helpers

  /** Returns the module's name in messages (its class's simple name). */
  protected String name() {
    return getClass().getSimpleName();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name());
    if (!modules.isEmpty()) {
      sb.append('(');
      boolean first = true;
      for (Map.Entry<String, Module> e : modules.entrySet()) {
        sb.append(first ? "" : ", ").append(e.getKey()).append(": ").append(e.getValue());
        first = false;
      }
      sb.append(')');
    }
    return sb.toString();
  }

  private void checkNewName(String fn, String name) {
    if (name == null || name.isEmpty() || name.contains("/") || name.contains(".")) {
      throw new IvyArgumentException(
          name() + "." + fn + ": a name must be non-empty without '/' or '.'; got '" + name + "'");
    }
    if (variables.containsKey(name) || buffers.containsKey(name) || modules.containsKey(name)) {
      throw new IvyArgumentException(
          name() + "." + fn + ": the name '" + name + "' is already taken in this module");
    }
  }

  private Array nonNull(String fn, String n, Array a) {
    if (a == null) {
      throw new IvyArgumentException(name() + "." + fn + ": the value of '" + n + "' is null");
    }
    return a;
  }
}
