package dev.ivy.onnx;

import dev.ivy.Array;
import dev.ivy.Exported;
import dev.ivy.TraceOptions;
import dev.ivy.TracedFunction;
import dev.ivy.backend.ExportSpec;
import dev.ivy.errors.IvyArgumentException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The traced function of an ONNX model that declares symbolic dimensions other than a leading batch
 * (a sequence length, an image size): the leading batch stays symbolic in every graph ({@link
 * TraceOptions#polymorphicBatch(int...)}), and each other symbolic dimension is specialized on the
 * value it has in a call, as {@code jax.jit} specializes on shapes: a call whose values differ from
 * every graph traced so far traces the model again at them (the example inputs' graph first, then
 * the {@value #CACHED} most recently used). What works on one graph at fixed values of those
 * dimensions (printing, saving, exporting, {@link #atBatch}) works on the example inputs' graph.
 *
 * <p>Thread safety: the cache is guarded by this object's lock; graphs themselves are immutable.
 */
final class SymbolicDimsFunction implements TracedFunction {
  /** How many specializations besides the example's are kept. */
  static final int CACHED = 8;

  private final OnnxModel model;
  private final TraceOptions options;
  private final int[][] symbolicAxes;
  private final TracedFunction base;
  private final List<Long> baseKey;
  private final UnaryOperator<TracedFunction> post;
  private final Map<List<Long>, TracedFunction> cache;

  private SymbolicDimsFunction(
      OnnxModel model,
      TraceOptions options,
      int[][] symbolicAxes,
      TracedFunction base,
      List<Long> baseKey,
      UnaryOperator<TracedFunction> post) {
    this.model = model;
    this.options = options;
    this.symbolicAxes = symbolicAxes;
    this.base = base;
    this.baseKey = baseKey;
    this.post = post;
    this.cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<List<Long>, TracedFunction> e) {
            return size() > CACHED;
          }
        };
  }

  /**
   * Returns {@code graph} (traced from {@code model} at {@code examples} with {@code options}) as a
   * function that specializes on the model's symbolic dimensions but the leading ones {@code
   * leading} governs, or {@code graph} itself when there are none.
   *
   * @param leading the options saying which inputs' leading dimension is not specialized: a
   *     batch-polymorphic graph's own options, or those the user chose explicitly (where {@link
   *     TraceOptions#defaults()} fixes every leading dimension); null to specialize every symbolic
   *     dimension of a graph traced at fixed shapes
   */
  static TracedFunction of(
      OnnxModel model,
      TraceOptions options,
      TraceOptions leading,
      TracedFunction graph,
      Array[] examples) {
    int[][] axes = symbolicAxes(model, leading);
    boolean any = Arrays.stream(axes).anyMatch(a -> a.length > 0);
    if (!any) {
      return graph;
    }
    List<Long> key = key(axes, examples);
    if (key == null) {
      return graph;
    }
    return new SymbolicDimsFunction(model, options, axes, graph, key, UnaryOperator.identity());
  }

  /**
   * Returns, per input, the axes whose declared dimension is symbolic, without the leading one of
   * the inputs {@code leading} governs (see {@link #of}).
   */
  private static int[][] symbolicAxes(OnnxModel model, TraceOptions leading) {
    List<ValueInfo> inputs = model.inputs();
    int[][] axes = new int[inputs.size()][];
    for (int i = 0; i < axes.length; i++) {
      long[] d = inputs.get(i).shape();
      List<Integer> l = new ArrayList<>();
      boolean governed = leading != null && (!leading.isPolymorphicBatch() || leading.isBatched(i));
      for (int k = governed ? 1 : 0; d != null && k < d.length; k++) {
        if (d[k] < 0) {
          l.add(k);
        }
      }
      axes[i] = l.stream().mapToInt(Integer::intValue).toArray();
    }
    return axes;
  }

  /**
   * Returns the values of the symbolic axes in {@code in}, or null when the inputs are not one
   * array per model input with the declared ranks (then the example graph reports what is wrong).
   */
  private static List<Long> key(int[][] axes, Object[] in) {
    if (in == null || in.length != axes.length) {
      return null;
    }
    List<Long> key = new ArrayList<>();
    for (int i = 0; i < axes.length; i++) {
      if (!(in[i] instanceof Array a)) {
        return null;
      }
      for (int k : axes[i]) {
        if (k >= a.rank()) {
          return null;
        }
        key.add(a.shape().dim(k));
      }
    }
    return key;
  }

  /** Returns the graph for the symbolic dimensions of {@code in}, tracing it if needed. */
  private TracedFunction graphFor(Object[] in) {
    List<Long> key = key(symbolicAxes, in);
    if (key == null || key.equals(baseKey)) {
      return base;
    }
    synchronized (this) {
      TracedFunction g = cache.get(key);
      if (g == null) {
        Array[] examples = new Array[in.length];
        for (int i = 0; i < in.length; i++) {
          examples[i] = (Array) in[i];
        }
        g = post.apply(model.toGraph(options, examples));
        cache.put(key, g);
      }
      return g;
    }
  }

  @Override
  public List<Array> run(Array... inputs) {
    if (inputs == null) {
      throw new IvyArgumentException("TracedFunction.run: inputs must not be null");
    }
    return graphFor(inputs).run(inputs);
  }

  @Override
  public Object call(Object... args) {
    if (args == null) {
      throw new IvyArgumentException("TracedFunction.call: args must not be null");
    }
    return graphFor(args).call(args);
  }

  @Override
  public boolean isBatchPolymorphic() {
    return base.isBatchPolymorphic();
  }

  /** Returns the example inputs' graph at batch size {@code b}. */
  @Override
  public TracedFunction atBatch(long b) {
    return base.atBatch(b);
  }

  /**
   * Returns the function on backend {@code name}: each graph is prepared there when first called.
   */
  @Override
  public Prepared toBackend(String name) {
    return new PreparedDims(name);
  }

  /** Returns this function with every graph, the example's and those traced later, optimized. */
  @Override
  public TracedFunction optimize() {
    UnaryOperator<TracedFunction> p = g -> post.apply(g).optimize();
    return new SymbolicDimsFunction(model, options, symbolicAxes, base.optimize(), baseKey, p);
  }

  /** Saves the example inputs' graph. */
  @Override
  public void save(Path file) {
    base.save(file);
  }

  @Override
  public ExportSpec exportSpec(Path target) {
    return base.exportSpec(target);
  }

  /** Exports the example inputs' graph. */
  @Override
  public Exported export(String target, ExportSpec spec) {
    return base.export(target, spec);
  }

  @Override
  public String toDot() {
    return base.toDot();
  }

  @Override
  public String toString() {
    return base.toString();
  }

  /** The prepared form: one prepared graph per specialization, all closed together. */
  private final class PreparedDims implements Prepared {
    private final String backend;
    private final Prepared basePrepared;
    private final Map<TracedFunction, Prepared> prepared = new LinkedHashMap<>();
    private boolean closed;

    PreparedDims(String backend) {
      this.backend = backend;
      this.basePrepared = base.toBackend(backend);
      prepared.put(base, basePrepared);
    }

    private synchronized Prepared preparedFor(Object[] in) {
      if (closed) {
        throw new IllegalStateException("TracedFunction.Prepared: closed");
      }
      TracedFunction g = graphFor(in);
      Prepared p = prepared.get(g);
      if (p == null) {
        p = g.toBackend(backend);
        prepared.put(g, p);
      }
      return p;
    }

    @Override
    public List<Array> run(Array... inputs) {
      return preparedFor(inputs).run(inputs);
    }

    @Override
    public Object call(Object... args) {
      return preparedFor(args).call(args);
    }

    @Override
    public boolean isCompiled() {
      return basePrepared.isCompiled();
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        for (Prepared p : prepared.values()) {
          p.close();
        }
        prepared.clear();
      }
    }
  }
}
