package dev.ivy.onnx;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendRegistry;
import dev.ivy.errors.BackendMismatchException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.onnx.proto.OnnxProto.GraphProto;
import dev.ivy.onnx.proto.OnnxProto.NodeProto;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link OnnxModel} prepared for repeated runs on one backend ({@link OnnxModel#prepare}): its
 * initializers converted to arrays of that backend once, and the nodes computed from initializers
 * and constants alone ({@code Constant}, {@code Identity} of a weight, shape arithmetic on
 * constants...) run once, their outputs kept. A run then computes only what depends on the fed
 * inputs; {@link OnnxModel#run} stays the eager path, which decodes every initializer per call.
 *
 * <p>Nodes reading a graph input, even only its shape ({@code Shape(input)}), are never
 * precomputed, so dynamic dimensions (a batch axis) keep working; nor are control-flow nodes
 * ({@code If}, {@code Loop}, {@code Scan}), whose sub-graphs run per call as in {@link
 * OnnxModel#run}.
 *
 * <p>The prepared model owns its arrays: they are made outside every {@link Scope}, so closing the
 * caller's scope never frees them, and {@link #close()} does (or the garbage collector's cleaner
 * once the prepared model is unreachable). Outputs are new arrays owned by the caller's scope, as
 * with {@link OnnxModel#run}; an output that would be a kept array itself (a graph output that is
 * an initializer) is returned as a copy.
 *
 * <p>Runs on several threads at once are safe: each run has its own environment, and the kept
 * arrays are only read (Ivy arrays are immutable; no kernel writes into its inputs). {@link
 * #close()} must not race with a run.
 *
 * <pre>{@code
 * try (PreparedOnnxModel p = OnnxModel.load(Path.of("resnet18.onnx")).prepare("torch")) {
 *   for (Array x : batches) {
 *     try (Scope s = Ivy.scope()) {
 *       Array logits = p.run(x).get(0);
 *       ...
 *     }
 *   }
 * }
 * }</pre>
 */
public final class PreparedOnnxModel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PreparedOnnxModel.class);

  private final OnnxModel model;
  private final Backend backend;

  /** The model's graph with exporter chains fused into single operators ({@link OnnxFusion}). */
  private final GraphProto graph;

  /**
   * Whether each node's outputs depend only on the inputs' shapes (a {@code Shape} or {@code Size},
   * or a node reading only such values, constants and initializers): kept per input shape.
   */
  private final boolean[] shapeOnly;

  /** Nodes a run with a cached shape signature skips: precomputed or shape-only. */
  private final boolean[] skipWhenCached;

  /** The shape-only values per input signature (dtypes and shapes of the feeds), at most 16. */
  private final Map<List<Object>, Map<String, Array>> shapeCache = new ConcurrentHashMap<>();

  /** The arrays of {@link #shapeCache}, owned like {@link #owned}. */
  private final Set<Array> cachedArrays =
      Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

  private static final int SHAPE_CACHE_SIZE = 16;

  /** Operators whose result is random: never computed once for all runs. */
  private static final Set<String> RANDOM =
      Set.of(
          "RandomNormal",
          "RandomUniform",
          "RandomNormalLike",
          "RandomUniformLike",
          "Bernoulli",
          "Multinomial",
          "Dropout");

  /** Initializers and precomputed node outputs, by value name; only read after construction. */
  private final Map<String, Array> values;

  /** Whether each top-level node's outputs are in {@link #values}. */
  private final boolean[] precomputed;

  /** The distinct arrays this owns (a precomputed Identity gives its input again). */
  private final Set<Array> owned;

  private final int precomputedCount;
  private volatile boolean closed;

  PreparedOnnxModel(OnnxModel model, String backendName) {
    this.model = model;
    this.backend = BackendRegistry.get(backendName);
    GraphProto g = OnnxFusion.fuse(model.proto().getGraph());
    this.graph = g;
    this.precomputed = new boolean[g.getNodeCount()];
    Map<String, Array> v = new HashMap<>();
    // made on a helper thread, which has no Scope and no interpreters: the caller's scope must not
    // free the kept arrays, and a trace around prepare() must not record their creation
    onHelperThread("OnnxModel.prepare", "ivy-onnx-prepare", () -> precompute(v));
    this.values = Collections.unmodifiableMap(v);
    Set<Array> o = Collections.newSetFromMap(new IdentityHashMap<>());
    o.addAll(v.values());
    this.owned = o;
    int n = 0;
    for (boolean b : precomputed) {
      n += b ? 1 : 0;
    }
    this.precomputedCount = n;
    this.shapeOnly = new boolean[precomputed.length];
    this.skipWhenCached = precomputed.clone();
    Set<String> known = new HashSet<>(v.keySet());
    for (int i = 0; i < precomputed.length; i++) {
      NodeProto node = g.getNode(i);
      if (precomputed[i] || ControlOps.isControl(node) || RANDOM.contains(node.getOpType())) {
        continue;
      }
      boolean fromShapes = node.getOpType().equals("Shape") || node.getOpType().equals("Size");
      boolean all = true;
      for (String in : node.getInputList()) {
        all &= in.isEmpty() || known.contains(in);
      }
      if (fromShapes || all) {
        shapeOnly[i] = true;
        skipWhenCached[i] = true;
        known.addAll(node.getOutputList());
      }
    }
    LOG.debug(
        "prepared an ONNX model on {}: {} initializers, {} of {} nodes precomputed",
        backend.name(),
        model.initializerNames().size(),
        n,
        precomputed.length);
  }

  /** Runs on the helper thread: converts the initializers and runs the nodes they determine. */
  private void precompute(Map<String, Array> into) {
    Map<String, Array> env = new LinkedHashMap<>();
    try (Ivy.BackendScope b = Ivy.withBackend(backend.name());
        Scope s = Ivy.scope()) {
      try {
        for (Map.Entry<String, Tensors.Host> e : model.hostInitializers().entrySet()) {
          env.put(e.getKey(), e.getValue().toArray());
        }
        int i = -1;
        for (NodeProto n : graph.getNodeList()) {
          i++;
          if (ControlOps.isControl(n)) {
            continue;
          }
          List<Array> ins = new ArrayList<>(n.getInputCount());
          boolean known = true;
          for (String name : n.getInputList()) {
            Array a = name.isEmpty() ? null : env.get(name);
            known &= name.isEmpty() || a != null;
            ins.add(a);
          }
          if (!known) {
            continue;
          }
          List<Array> outs = model.runNode(n, ins, false, env);
          for (int k = 0; k < n.getOutputCount(); k++) {
            if (!n.getOutput(k).isEmpty()) {
              env.put(n.getOutput(k), outs.get(k));
            }
          }
          precomputed[i] = true;
        }
      } catch (IvyArgumentException e) {
        throw new IvyArgumentException("OnnxModel.prepare: " + e.getMessage(), e);
      }
      // kept past the scope: this thread has no enclosing scope, so they become unscoped arrays
      // that close() (or the cleaner) frees; the scope frees the nodes' temporaries
      s.keep(env);
    }
    into.putAll(env);
  }

  /** Returns the model this runs. */
  public OnnxModel model() {
    return model;
  }

  /** Returns the canonical name of the backend the model is prepared on. */
  public String backendName() {
    return backend.name();
  }

  /** Returns how many of the graph's top-level nodes were computed once, when prepared. */
  public int precomputedNodeCount() {
    return precomputedCount;
  }

  /**
   * Returns how many top-level nodes the prepared graph has: the model's, less those fused into one
   * operator (a layer norm's nine nodes, an exact GELU's five: {@link OnnxFusion}).
   */
  public int nodeCount() {
    return graph.getNodeCount();
  }

  /** Returns how many input shape signatures have their shape-only values kept. */
  public int shapeSignatureCount() {
    return shapeCache.size();
  }

  /** Returns whether {@link #close()} has been called. */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Runs the model on {@code feeds} (graph input name to array; an initializer's name overrides its
   * prepared value for this run) and returns the outputs by name in graph order, arrays of the
   * prepared backend.
   *
   * @throws IvyArgumentException as {@link OnnxModel#run(Map)}: an input missing, unknown, or of
   *     another dtype, rank or fixed dimension than the model declares; a node rejecting its inputs
   * @throws BackendMismatchException if a fed array belongs to another backend
   * @throws IvyArgumentException if this prepared model is closed
   */
  public Map<String, Array> run(Map<String, Array> feeds) {
    return run("PreparedOnnxModel.run", feeds);
  }

  /**
   * Runs the model on {@code args}, one per graph input in order, and returns its outputs in order.
   *
   * @throws IvyArgumentException as {@link #run(Map)}, or on a wrong number of arguments
   * @throws BackendMismatchException if an argument belongs to another backend
   * @throws IvyArgumentException if this prepared model is closed
   */
  public List<Array> run(Array... args) {
    String fn = "PreparedOnnxModel.run";
    checkOpen(fn);
    return new ArrayList<>(run(fn, model.feedsOf(fn, args)).values());
  }

  private Map<String, Array> run(String fn, Map<String, Array> feeds) {
    checkOpen(fn);
    model.checkFeeds(fn, feeds);
    for (Map.Entry<String, Array> e : feeds.entrySet()) {
      Array a = e.getValue();
      if (a != null && a.backend() != backend) {
        throw new BackendMismatchException(
            fn
                + ": input '"
                + e.getKey()
                + "' must belong to backend "
                + backend.name()
                + ", the one the model is prepared on; got "
                + a.backendName()
                + " (convert it with Ivy.toBackend(x, \""
                + backend.name()
                + "\") or prepare the model for "
                + a.backendName()
                + ")");
      }
    }
    try (Ivy.BackendScope b = Ivy.withBackend(backend.name())) {
      Map<String, Array> env = new HashMap<>(values);
      Set<String> stale = new HashSet<>();
      for (Map.Entry<String, Array> e : feeds.entrySet()) {
        if (e.getValue() == null) {
          continue; // as in OnnxModel.run: a null initializer feed keeps its value
        }
        env.put(e.getKey(), e.getValue());
        if (values.containsKey(e.getKey())) {
          stale.add(e.getKey());
        }
      }
      Map<String, Array> shapes = stale.isEmpty() ? shapeValues(feeds) : null;
      if (shapes != null) {
        env.putAll(shapes);
      }
      model.execute(
          graph,
          env,
          new HashSet<>(feeds.keySet()),
          shapes != null ? skipWhenCached : precomputed,
          stale);
      Map<String, Array> out = new LinkedHashMap<>();
      for (ValueInfo v : model.outputs()) {
        Array a = env.get(v.name());
        boolean kept = owned.contains(a) || cachedArrays.contains(a);
        out.put(v.name(), kept ? Ivy.fromBytes(a.toBytes(), a.dtype(), a.shape()) : a);
      }
      return out;
    }
  }

  /**
   * Returns the shape-only values for the feeds' signature, computing them once per signature on a
   * helper thread (a full run whose shape-only outputs the prepared model keeps); null when the
   * model has none, a trace or tape is recording (it must see every node), or the cache is full.
   */
  private Map<String, Array> shapeValues(Map<String, Array> feeds) {
    boolean any = false;
    for (boolean b : shapeOnly) {
      any |= b;
    }
    if (!any || !dev.ivy.dispatch.Dispatcher.stack().isEmpty()) {
      return null;
    }
    List<Object> key = new ArrayList<>();
    for (ValueInfo v : model.inputs()) {
      Array a = feeds.get(v.name());
      key.add(a.dtype());
      key.add(a.shape());
    }
    Map<String, Array> hit = shapeCache.get(key);
    if (hit != null || shapeCache.size() >= SHAPE_CACHE_SIZE) {
      return hit;
    }
    Map<String, Array> computed = new HashMap<>();
    onHelperThread(
        "PreparedOnnxModel.run",
        "ivy-onnx-shapes",
        () -> {
          try (Ivy.BackendScope b = Ivy.withBackend(backend.name());
              Scope s = Ivy.scope()) {
            Map<String, Array> env = new HashMap<>(values);
            env.putAll(feeds);
            model.execute(graph, env, new HashSet<>(feeds.keySet()), precomputed, Set.of());
            for (int i = 0; i < shapeOnly.length; i++) {
              if (shapeOnly[i]) {
                for (String o : graph.getNode(i).getOutputList()) {
                  Array a = o.isEmpty() ? null : env.get(o);
                  if (a != null && !owned.contains(a) && !feeds.containsValue(a)) {
                    computed.put(o, a);
                  }
                }
              }
            }
            s.keep(computed);
          }
        });
    Map<String, Array> kept = Collections.unmodifiableMap(computed);
    synchronized (this) {
      if (closed) {
        for (Array a : computed.values()) {
          a.close();
        }
        return null;
      }
      Map<String, Array> prior = shapeCache.putIfAbsent(key, kept);
      if (prior != null) {
        for (Array a : computed.values()) {
          a.close();
        }
        return prior;
      }
      cachedArrays.addAll(computed.values());
    }
    return kept;
  }

  /**
   * Runs {@code work} on a new thread and waits for it: that thread has no {@link Scope} and no
   * interpreters, so the arrays it keeps outlive the caller's scope and a trace or tape around the
   * caller records none of them. Its exception is rethrown here.
   */
  private static void onHelperThread(String fn, String name, Runnable work) {
    RuntimeException[] err = new RuntimeException[1];
    Thread t = new Thread(work, name);
    t.setUncaughtExceptionHandler(
        (th, ex) ->
            err[0] =
                ex instanceof RuntimeException re
                    ? re
                    : new IllegalStateException(fn + ": the helper thread failed", ex));
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(fn + ": interrupted", e);
    }
    if (err[0] != null) {
      throw err[0];
    }
  }

  private void checkOpen(String fn) {
    if (closed) {
      throw new IvyArgumentException(
          fn
              + ": the prepared model must be open; got one closed by close() (prepare the model"
              + " again with OnnxModel.prepare)");
    }
  }

  /** Frees the prepared arrays; later runs raise. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException first = null;
    List<Array> all = new ArrayList<>(owned);
    synchronized (cachedArrays) {
      all.addAll(cachedArrays);
    }
    shapeCache.clear();
    for (Array a : all) {
      try {
        a.close();
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  @Override
  public String toString() {
    return "PreparedOnnxModel("
        + backend.name()
        + ", "
        + model.initializerNames().size()
        + " initializers, "
        + precomputedCount
        + " of "
        + precomputed.length
        + " nodes precomputed"
        + (closed ? ", closed" : "")
        + ")";
  }
}
