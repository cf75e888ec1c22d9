package dev.ivy.optim;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.TraceOptions;
import dev.ivy.TracedFunction;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.TracingException;
import dev.ivy.nn.Module;
import dev.ivy.nn.Variables;
import dev.ivy.ops.RandomBits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * A whole training step (the loss, its gradients and the optimizer's update, with the optimizer's
 * state carried in and out) traced once into one graph and run by the backend's compiler, as {@code
 * jax.jit} of a train step or {@code torch.compile} of one: made by {@link Ivy#compileTrainStep}.
 *
 * <pre>{@code
 * TrainStep step =
 *     Ivy.compileTrainStep(model, (pred, y) -> Ivy.mseLoss(pred, y, "mean"), new Adam(1e-3));
 * for (int i = 0; i < 1000; i++) {
 *   try (Scope s = Ivy.scope()) {
 *     double loss = step.step(x, y).itemDouble();
 *   }
 * }
 * }</pre>
 *
 * <p>Each {@link #step} computes what the eager loop {@code r = executeWithGradients(loss, v); v =
 * optimizer.step(v, r.grads())} computes. The first step of a fresh optimizer runs eagerly (it
 * creates the optimizer's state, which some optimizers initialise differently); the following ones
 * run the traced graph. The optimizer is made {@linkplain Optimizer#setCapturable capturable}, so
 * the graph reads the step count from the state. The graph is traced with a symbolic batch size
 * where the loss allows (else once per batch shape) and again when the learning rate changes (a
 * schedule); at most four traces are kept.
 *
 * <p>The step owns the variables and the optimizer's state it produces: they live outside every
 * {@link Scope}, and each step frees the ones it replaces, so memory stays flat in a loop. Arrays
 * read from {@link #variables()} or {@code optimizer().state()} are valid until the next step; keep
 * a copy to hold them longer. The initial variables stay the caller's. A loss that draws unseeded
 * random numbers (dropout from the thread's generator) would replay one draw in a traced graph:
 * such steps run eagerly ({@link #isTraced()} is false). Not thread-safe; {@link #close} frees the
 * traces and the owned arrays.
 */
public final class TrainStep implements AutoCloseable {
  /** A loss of the variables and one batch, for {@link Ivy#compileTrainStep}. */
  @FunctionalInterface
  public interface Loss {
    /**
     * Returns the scalar loss.
     *
     * @param v the variables (symbolic while traced)
     * @param batch the arrays passed to {@link TrainStep#step}
     */
    Array apply(Variables v, List<Array> batch);
  }

  private static final int MAX_TRACES = 4;
  private static final String FN = "TrainStep.step";

  private final Loss loss;
  private final Optimizer optimizer;
  private final String backend;
  private final Consumer<Variables> onUpdate;
  private final LinkedHashMap<List<Object>, TracedFunction.Prepared> plans =
      new LinkedHashMap<>(8, 0.75f, true);
  private Variables variables;
  private boolean ownsVariables;
  private Boolean polymorphic;
  private boolean eagerOnly;
  private boolean traced;
  private boolean closed;

  private TrainStep(
      Variables initial, Loss loss, Optimizer optimizer, Consumer<Variables> onUpdate) {
    if (initial == null || loss == null || optimizer == null) {
      throw new IvyArgumentException(
          "compileTrainStep: the variables (or model), loss and optimizer must not be null");
    }
    if (initial.isEmpty()) {
      throw new IvyArgumentException(
          "compileTrainStep: there must be variables to train; got none");
    }
    if (!optimizer.isCapturable()) {
      if (optimizer.stepCount() > 0) {
        throw new IvyArgumentException(
            "compileTrainStep: the optimizer must be fresh or capturable (its step count is part of"
                + " the traced state); got "
                + optimizer
                + " after "
                + optimizer.stepCount()
                + " steps");
      }
      optimizer.setCapturable(true);
    }
    this.variables = initial;
    this.loss = loss;
    this.optimizer = optimizer;
    this.onUpdate = onUpdate;
    this.backend = Ivy.currentBackend().name();
  }

  /**
   * Returns a step training {@code variables} on the current backend; see {@link
   * Ivy#compileTrainStep(Variables, Loss, Optimizer)}.
   */
  public static TrainStep of(Variables variables, Loss loss, Optimizer optimizer) {
    return new TrainStep(variables, loss, optimizer, v -> {});
  }

  /**
   * Returns a step training {@code model}'s variables on {@code criterion(model(x), target)}; see
   * {@link Ivy#compileTrainStep(Module, BiFunction, Optimizer)}.
   */
  public static TrainStep of(
      Module model, BiFunction<Array, Array, Array> criterion, Optimizer optimizer) {
    if (model == null || criterion == null) {
      throw new IvyArgumentException("compileTrainStep: the model and criterion must not be null");
    }
    if (model.isTraining() && !model.buffers().isEmpty()) {
      throw new IvyArgumentException(
          "compileTrainStep: a model whose buffers change while training (batch norm's running"
              + " statistics) is not supported; got buffers "
              + model.buffers().paths()
              + " in training mode (train it eagerly, or call eval() first)");
    }
    Loss l =
        (v, batch) -> {
          if (batch.size() != 2) {
            throw new IvyArgumentException(
                FN + ": a model's step takes (input, target); got " + batch.size() + " arrays");
          }
          return criterion.apply(model.call(batch.get(0), v), batch.get(1));
        };
    return new TrainStep(model.v(), l, optimizer, model::setV);
  }

  /**
   * Runs one training step on {@code batch} and returns its loss (computed before the update), in
   * the caller's scope.
   *
   * @throws IvyArgumentException if the step is closed, the batch holds a null, or the loss is not
   *     a floating scalar
   */
  public Array step(Array... batch) {
    if (closed) {
      throw new IvyArgumentException(FN + ": the step is closed");
    }
    if (batch == null || Arrays.asList(batch).contains(null)) {
      throw new IvyArgumentException(FN + ": the batch must not be or hold null");
    }
    if (optimizer.stepCount() == 0 || eagerOnly) {
      return eagerStep(batch);
    }
    OptimizerState state = optimizer.state();
    TracedFunction.Prepared plan = plan(state, batch);
    if (plan == null) {
      return eagerStep(batch);
    }
    int n = variables.size();
    List<String> slotPaths = state.slots().paths();
    List<Array> in = new ArrayList<>(variables.arrays());
    in.addAll(state.slots().arrays());
    in.addAll(Arrays.asList(batch));
    List<Array> out = plan.run(in.toArray(new Array[0]));
    Variables.Builder vb = Variables.builder();
    List<String> paths = variables.paths();
    for (int i = 0; i < n; i++) {
      vb.put(paths.get(i), out.get(i));
    }
    Variables.Builder sb = Variables.builder();
    for (int i = 0; i < slotPaths.size(); i++) {
      sb.put(slotPaths.get(i), out.get(n + i));
    }
    Scope.detach(out.subList(0, n + slotPaths.size()));
    optimizer.loadState(new OptimizerState(state.step() + 1, sb.build()));
    replace(vb.build(), state);
    traced = true;
    return out.get(out.size() - 1);
  }

  /** One step as the eager loop takes it: the first one, or every one of a loss drawing noise. */
  private Array eagerStep(Array[] batch) {
    OptimizerState old = optimizer.stepCount() == 0 ? null : optimizer.state();
    List<Array> b = List.of(batch);
    Array value;
    Variables next;
    try (Scope s = Ivy.scope()) {
      var r = Ivy.executeWithGradients(v -> loss.apply(v, b), variables);
      checkLoss(r.value());
      next = optimizer.step(variables, r.grads());
      value = s.keep(r.value());
      Scope.detach(next.arrays());
      Scope.detach(optimizer.state().slots().arrays());
    }
    replace(next, old);
    traced = false;
    return value;
  }

  /** Makes {@code next} the variables, freeing what this step owned and no longer needs. */
  private void replace(Variables next, OptimizerState oldState) {
    Map<Array, Boolean> live = new IdentityHashMap<>();
    next.arrays().forEach(a -> live.put(a, true));
    optimizer.state().slots().arrays().forEach(a -> live.put(a, true));
    List<Array> old = new ArrayList<>();
    if (ownsVariables) {
      old.addAll(variables.arrays());
    }
    if (oldState != null) {
      old.addAll(oldState.slots().arrays());
    }
    for (Array a : old) {
      if (!live.containsKey(a)) {
        a.close();
      }
    }
    variables = next;
    ownsVariables = true;
    onUpdate.accept(next);
  }

  private static void checkLoss(Array value) {
    if (value == null || value.rank() != 0 || !value.dtype().isFloating()) {
      throw new IvyArgumentException(
          FN
              + ": the loss must return a floating scalar; got "
              + (value == null ? "null" : value.aval()));
    }
  }

  /** Returns the traced step for this batch and learning rate, or null to run eagerly. */
  private TracedFunction.Prepared plan(OptimizerState state, Array[] batch) {
    double lr = optimizer.currentLr();
    List<Object> key = new ArrayList<>();
    key.add(lr);
    for (Array a : batch) {
      long[] d = a.shape().dims();
      if (Boolean.TRUE.equals(polymorphic) && d.length > 0) {
        d[0] = -1;
      }
      key.add(a.dtype());
      key.add(Arrays.toString(d));
    }
    TracedFunction.Prepared p = plans.get(key);
    if (p != null) {
      return p;
    }
    TracedFunction graph = trace(state, batch);
    if (graph == null) {
      eagerOnly = true;
      return null;
    }
    if (Boolean.TRUE.equals(polymorphic)) {
      key = new ArrayList<>(key);
      for (int i = 0; i < batch.length; i++) {
        long[] d = batch[i].shape().dims();
        if (d.length > 0) {
          d[0] = -1;
        }
        key.set(2 + 2 * i, Arrays.toString(d));
      }
    }
    p = graph.optimize().toBackend(backend);
    plans.put(key, p);
    if (plans.size() > MAX_TRACES) {
      Iterator<TracedFunction.Prepared> it = plans.values().iterator();
      it.next().close();
      it.remove();
    }
    return p;
  }

  /**
   * Traces the step over (variables, state slots, batch) to (variables, state slots, loss): with a
   * symbolic batch size first, unless that failed before; null if the loss draws unseeded noise.
   */
  private TracedFunction trace(OptimizerState state, Array[] batch) {
    List<String> paths = variables.paths();
    List<String> slotPaths = state.slots().paths();
    int n = paths.size();
    int k = slotPaths.size();
    long[] draws = new long[1];
    java.util.function.Function<List<Array>, Object> fn =
        in -> {
          Variables.Builder vb = Variables.builder();
          for (int i = 0; i < n; i++) {
            vb.put(paths.get(i), in.get(i));
          }
          Variables.Builder sb = Variables.builder();
          for (int i = 0; i < k; i++) {
            sb.put(slotPaths.get(i), in.get(n + i));
          }
          List<Array> b = in.subList(n + k, in.size());
          Variables v = vb.build();
          long before = RandomBits.threadDraws();
          optimizer.loadState(new OptimizerState(state.step(), sb.build()));
          try {
            var r = Ivy.executeWithGradients(w -> loss.apply(w, b), v);
            checkLoss(r.value());
            Variables nv = optimizer.step(v, r.grads());
            Variables ns = optimizer.state().slots();
            List<Array> out = new ArrayList<>(nv.arrays());
            for (String sp : slotPaths) {
              out.add(ns.get(sp));
            }
            out.add(r.value());
            draws[0] = RandomBits.threadDraws() - before;
            return out;
          } finally {
            optimizer.loadState(state);
          }
        };
    List<Array> examples = new ArrayList<>(variables.arrays());
    examples.addAll(state.slots().arrays());
    examples.addAll(Arrays.asList(batch));
    Array[] ex = examples.toArray(new Array[0]);
    long generator = RandomBits.threadState();
    TracedFunction graph = null;
    if (!Boolean.FALSE.equals(polymorphic)) {
      int[] batched = new int[batch.length];
      for (int i = 0; i < batch.length; i++) {
        batched[i] = n + k + i;
      }
      try {
        graph = Ivy.traceGraph(fn, TraceOptions.polymorphicBatch(batched), ex);
        polymorphic = true;
      } catch (TracingException | IvyArgumentException e) {
        // not polymorphic in the batch (a shape written out, a batch-dependent branch): trace
        // the shapes given; an error that is not about the batch comes again from that trace
        polymorphic = false;
      }
    }
    if (graph == null) {
      graph = Ivy.traceGraph(fn, ex);
    }
    // tracing only records the step: the draws it took are the eager steps' to take
    RandomBits.restoreThread(generator);
    return draws[0] == 0 ? graph : null;
  }

  /** Returns the variables after the last step (the initial ones before the first). */
  public Variables variables() {
    return variables;
  }

  /** Returns the optimizer, whose state is the one after the last step. */
  public Optimizer optimizer() {
    return optimizer;
  }

  /** Returns whether the last step ran the traced graph (false for an eager step). */
  public boolean isTraced() {
    return traced;
  }

  /**
   * Returns whether the backend compiled the traced step into one native computation (rather than
   * replaying it primitive by primitive); false before the first traced step.
   */
  public boolean isCompiled() {
    for (Map.Entry<List<Object>, TracedFunction.Prepared> e : plans.entrySet()) {
      return e.getValue().isCompiled();
    }
    return false;
  }

  /**
   * Frees the traces; the last variables and optimizer state stay valid (the caller owns them now).
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    plans.values().forEach(TracedFunction.Prepared::close);
    plans.clear();
  }
}
