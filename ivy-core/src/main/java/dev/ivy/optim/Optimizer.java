package dev.ivy.optim;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.internal.ThreadState;
import dev.ivy.nn.Variables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Updates a tree of variables from a tree of gradients, the seed's {@code model.v =
 * optimizer.step(model.v, grads)}.
 *
 * <pre>{@code
 * Optimizer opt = new Adam(1e-2);
 * for (int i = 0; i < 100; i++) {
 *   var r = Ivy.executeWithGradients(loss, v);
 *   v = opt.step(v, r.grads());
 * }
 * }</pre>
 *
 * <p>The optimizer keeps its state (moments, buffers and the step count) itself, keyed by variable
 * path, and creates it lazily on the first step; {@link #state()} and {@link #loadState} save and
 * restore it. Updates follow {@code torch.optim}'s documented equations with PyTorch's defaults,
 * and are written with core functions only, so they run on every backend and can be traced: nothing
 * in {@link #step} reads an array's values back to the host. Arrays keep their dtype (a float32
 * variable stays float32; learning rates and other hyper-parameters are weak Java scalars).
 *
 * <p>Memory: the intermediate arrays of a step are freed when it returns. What it returns and the
 * state it keeps belong to the optimizer, not to the scope open at the call: they outlive the
 * caller's scopes, and the optimizer frees them when they are replaced, so a loop with one scope
 * per step needs to keep nothing and its native memory stays flat:
 *
 * <pre>{@code
 * for (int i = 0; i < steps; i++) {
 *   try (Scope s = Ivy.scope()) {
 *     var r = Ivy.executeWithGradients(loss, v);
 *     v = opt.step(v, r.grads());
 *   }
 * }
 * }</pre>
 *
 * <p>The rule, for a step run eagerly (not while tracing or recording gradients):
 *
 * <ul>
 *   <li>The variables a step returns are freed by the next step of this optimizer they are passed
 *       to, once it has computed the new ones: {@code v = opt.step(v, g)} replaces them. Copy a
 *       variable first ({@code Ivy.multiply(w, 1.0)}, PyTorch's {@code clone}) to read it after
 *       that step. Variables the caller made (the initial ones, or a value swapped into the tree)
 *       are never freed by the optimizer.
 *   <li>State arrays the optimizer made are freed when a step, {@link #loadState} or {@link
 *       #resetState} replaces them, unless {@link #state()} has handed them out: from then on they
 *       are the caller's, freed by {@link Array#close()} or once unreachable. Arrays passed to
 *       {@link #loadState} stay the caller's too (they are taken out of the caller's scopes, so
 *       they live as long as the optimizer needs them).
 * </ul>
 *
 * <p>A step run while tracing or recording gradients frees nothing and leaves its results to the
 * scope open at the call, as any function does.
 *
 * <p>The learning rate used by a step is {@link #currentLr()}: the base rate ({@link #setLr}), or
 * what the {@link LrSchedule} set with {@link #setSchedule} gives for the number of steps taken so
 * far, as if PyTorch's {@code scheduler.step()} were called after every {@code optimizer.step()}.
 */
public abstract class Optimizer {
  /** The state slot of the step count in capturable mode. */
  static final String STEP = "step";

  private final String name;
  private double lr;
  private LrSchedule schedule;
  private boolean capturable;
  private long step;
  private List<String> paths;
  private LinkedHashMap<String, Map<String, Array>> slots = new LinkedHashMap<>();

  /** State arrays this optimizer made and has not handed out: freed when replaced. */
  private Set<Array> ownedState = identitySet();

  /** The variables the last eager step made: freed by the step they are passed back to. */
  private Set<Array> ownedVariables = identitySet();

  /**
   * Creates an optimizer.
   *
   * @param name the class name, for messages
   * @param lr the base learning rate
   * @throws IvyArgumentException if {@code lr} is negative or not finite
   */
  protected Optimizer(String name, double lr) {
    this.name = name;
    setLr(lr);
  }

  /** Returns the optimizer's name ({@code Adam}, {@code Sgd}...). */
  public String name() {
    return name;
  }

  /** Returns the base learning rate. */
  public double lr() {
    return lr;
  }

  /**
   * Sets the base learning rate (PyTorch's {@code param_group["lr"]}, or the schedule's base).
   *
   * @return this optimizer
   * @throws IvyArgumentException if {@code lr} is negative or not finite
   */
  public final Optimizer setLr(double lr) {
    checkHyper("lr", lr, lr >= 0 && Double.isFinite(lr), ">= 0");
    this.lr = lr;
    return this;
  }

  /** Returns the learning-rate schedule, or null when the rate is constant. */
  public LrSchedule schedule() {
    return schedule;
  }

  /**
   * Sets the learning-rate schedule the optimizer consults before every step; null for a constant
   * rate.
   *
   * @return this optimizer
   */
  public Optimizer setSchedule(LrSchedule schedule) {
    this.schedule = schedule;
    return this;
  }

  /** Returns whether the step count is kept as arrays (see {@link #setCapturable}). */
  public boolean isCapturable() {
    return capturable;
  }

  /**
   * Sets whether the step count is also kept as an array per variable (state slot {@code step},
   * 0-d, of the variable's dtype), from which the step computes its bias corrections and decays, as
   * PyTorch's {@code capturable=True}. Then a traced step reads the count from its inputs, so one
   * traced training step serves every step; otherwise the count is a Java number and a traced step
   * holds it as a constant. Default false. Set it before the first step.
   *
   * @return this optimizer
   */
  public Optimizer setCapturable(boolean capturable) {
    this.capturable = capturable;
    return this;
  }

  /** Returns the learning rate the next step will use. */
  public double currentLr() {
    return schedule == null ? lr : schedule.lr(lr, step);
  }

  /** Returns the number of steps taken. */
  public long stepCount() {
    return step;
  }

  /**
   * Returns the tree updated by one step from its gradients, and advances the optimizer's state.
   * Run eagerly, the step frees the variables in {@code v} that the previous step returned, and the
   * state it replaced, once the new ones are computed; what it returns lives outside every scope
   * until the step it is passed to (see the class comment).
   *
   * @param v the variables, floating-point arrays
   * @param grads the gradients, with the paths, shapes and dtypes of {@code v}
   * @return the updated variables, same paths and order as {@code v}
   * @throws IvyArgumentException if the trees' paths differ, a gradient's shape or dtype differs
   *     from its variable's, a variable is not floating point, or {@code v}'s paths differ from
   *     those the optimizer's state was made for; the state is then left unchanged
   */
  public final Variables step(Variables v, Variables grads) {
    String fn = name + ".step";
    if (v == null || grads == null) {
      throw new IvyArgumentException(fn + ": v and grads must not be null");
    }
    v.checkSameStructure(fn + " (grads against v)", grads);
    if (paths != null && !Set.copyOf(paths).equals(Set.copyOf(v.paths()))) {
      throw new IvyArgumentException(
          fn
              + ": v must have the paths the optimizer's state was made for; missing "
              + minus(paths, v.paths())
              + ", unexpected "
              + minus(v.paths(), paths));
    }
    for (String p : v.paths()) {
      Array a = v.get(p);
      Array g = grads.get(p);
      if (!a.dtype().isFloating()) {
        throw new IvyArgumentException(
            fn + ": variable '" + p + "' must be floating point; got " + a.aval());
      }
      if (!a.shape().equals(g.shape()) || a.dtype() != g.dtype()) {
        throw new IvyArgumentException(
            fn
                + ": the gradient at '"
                + p
                + "' must have its variable's shape and dtype "
                + a.aval()
                + "; got "
                + g.aval());
      }
      Map<String, Array> s = slots.get(p);
      if (s != null) {
        for (Map.Entry<String, Array> e : s.entrySet()) {
          Array st = e.getValue();
          boolean isStep = e.getKey().equals(STEP);
          if (!(isStep ? st.rank() == 0 : st.shape().equals(a.shape()))
              || st.dtype() != a.dtype()) {
            throw new IvyArgumentException(
                fn
                    + ": state '"
                    + e.getKey()
                    + "/"
                    + p
                    + (isStep
                        ? "' must be 0-d of its variable's dtype "
                        : "' must have its variable's shape and dtype ")
                    + a.aval()
                    + "; got "
                    + st.aval());
          }
        }
      }
    }
    checkSettings();
    double lrNow = currentLr();
    long t = step + 1;
    boolean eager = ThreadState.get().interpreters.isEmpty();
    Variables.Builder out = Variables.builder();
    LinkedHashMap<String, Map<String, Array>> next = new LinkedHashMap<>();
    List<Array> made = new ArrayList<>();
    try (Scope scope = Ivy.scope()) {
      for (String p : v.paths()) {
        Array a = v.get(p);
        Map<String, Array> s = new LinkedHashMap<>();
        Map<String, Array> old = slots.get(p);
        boolean fresh = old == null;
        for (String slot : allSlotNames()) {
          Array st = old == null ? null : old.get(slot);
          if (st == null && slot.equals(STEP)) {
            // a 0-d count on the variable's backend, continuing from the Java count
            st = Ivy.add(Ivy.sum(Ivy.zerosLike(a)), (double) step);
          } else if (st == null) {
            fresh = true;
            st = initSlot(slot, a);
          }
          s.put(slot, st);
        }
        if (capturable) {
          s.put(STEP, Ivy.add(s.get(STEP), 1.0));
        }
        Array updated = update(a, grads.get(p), s, t, lrNow, fresh);
        out.put(p, updated);
        made.add(updated);
        made.addAll(s.values());
        next.put(p, s);
      }
      if (eager) {
        Scope.detach(made);
      } else {
        scope.keep(made);
      }
    }
    Variables result = out.build();
    if (eager) {
      replace(v, grads, result, next);
    } else {
      // a traced or differentiated step: its arrays are the trace's or the caller's
      ownedState = identitySet();
      ownedVariables = identitySet();
    }
    step = t;
    paths = v.paths();
    slots = next;
    return result;
  }

  /**
   * Frees what an eager step replaced and this optimizer owned (the variables it returned last time
   * and its state arrays not handed out), and takes ownership of the arrays the step made.
   */
  private void replace(
      Variables v, Variables grads, Variables result, Map<String, Map<String, Array>> next) {
    Set<Array> oldSlots = identitySet();
    slots.values().forEach(m -> oldSlots.addAll(m.values()));
    Set<Array> given = identitySet();
    given.addAll(v.arrays());
    given.addAll(grads.arrays());
    Set<Array> live = identitySet();
    live.addAll(result.arrays());
    next.values().forEach(m -> live.addAll(m.values()));
    Set<Array> state = identitySet();
    for (Map<String, Array> m : next.values()) {
      for (Array a : m.values()) {
        // made by this step, or carried over and already ours
        if (oldSlots.contains(a) ? ownedState.contains(a) : !given.contains(a)) {
          state.add(a);
        }
      }
    }
    Set<Array> vars = identitySet();
    for (Array a : result.arrays()) {
      if (given.contains(a) ? ownedVariables.contains(a) : !oldSlots.contains(a)) {
        vars.add(a);
      }
    }
    for (Array a : oldSlots) {
      if (ownedState.contains(a) && !live.contains(a)) {
        a.close();
      }
    }
    for (Array a : v.arrays()) {
      if (ownedVariables.contains(a) && !live.contains(a)) {
        a.close();
      }
    }
    ownedState = state;
    ownedVariables = vars;
  }

  private static Set<Array> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /**
   * Returns the optimizer's state: its step count and its per-variable arrays. The arrays are
   * handed out: later steps no longer free them (see the class comment).
   */
  public OptimizerState state() {
    ownedState = identitySet();
    Variables.Builder b = Variables.builder();
    for (String slot : allSlotNames()) {
      slots.forEach(
          (p, s) -> {
            Array a = s.get(slot);
            if (a != null) {
              b.put(slot + "/" + p, a);
            }
          });
    }
    return new OptimizerState(step, b.build());
  }

  /**
   * Replaces the optimizer's state by {@code state} (from {@link #state()} of an optimizer of the
   * same kind and settings). Shapes and dtypes are checked against the variables on the next step.
   * The arrays stay the caller's, taken out of any scope so that they live while the optimizer uses
   * them; the state arrays this optimizer made and had not handed out are freed.
   *
   * @throws IvyArgumentException if a slot name is not one of this optimizer's, or a variable lacks
   *     some of the slots
   */
  public void loadState(OptimizerState state) {
    String fn = name + ".loadState";
    if (state == null) {
      throw new IvyArgumentException(fn + ": state must not be null");
    }
    List<String> names = allSlotNames();
    LinkedHashMap<String, Map<String, Array>> loaded = new LinkedHashMap<>();
    for (String path : state.slots().paths()) {
      int i = path.indexOf('/');
      String slot = i < 0 ? path : path.substring(0, i);
      if (i < 0 || !names.contains(slot)) {
        throw new IvyArgumentException(
            fn
                + ": state paths must be SLOT/VARIABLE_PATH with SLOT one of "
                + names
                + "; got '"
                + path
                + "'");
      }
      loaded
          .computeIfAbsent(path.substring(i + 1), k -> new LinkedHashMap<>())
          .put(slot, state.slots().get(path));
    }
    for (Map.Entry<String, Map<String, Array>> e : loaded.entrySet()) {
      if (!e.getValue().keySet().containsAll(names)) {
        throw new IvyArgumentException(
            fn
                + ": variable '"
                + e.getKey()
                + "' must have the slots "
                + names
                + "; got "
                + e.getValue().keySet());
      }
    }
    Scope.detach(state.slots());
    Set<Array> kept = identitySet();
    kept.addAll(state.slots().arrays());
    freeOwnedState(kept);
    step = state.step();
    slots = loaded;
    paths = loaded.isEmpty() ? null : List.copyOf(loaded.keySet());
  }

  /** Frees the state arrays this optimizer owns, except {@code kept}, and owns none after. */
  private void freeOwnedState(Set<Array> kept) {
    for (Array a : ownedState) {
      if (!kept.contains(a)) {
        a.close();
      }
    }
    ownedState = identitySet();
  }

  /**
   * Forgets the state, freeing the arrays of it that this optimizer made and has not handed out:
   * the next step is a first step again.
   */
  public void resetState() {
    freeOwnedState(identitySet());
    step = 0;
    slots = new LinkedHashMap<>();
    paths = null;
  }

  /** Returns the names of the per-variable state arrays under the current settings, in order. */
  protected abstract List<String> slotNames();

  private List<String> allSlotNames() {
    if (!capturable) {
      return slotNames();
    }
    List<String> r = new ArrayList<>(slotNames());
    r.add(STEP);
    return r;
  }

  /**
   * Returns {@code 1 - beta^t} for this step: a Java number, or with {@link #setCapturable} a 0-d
   * array computed from the {@code step} slot.
   */
  protected static Object biasCorrection(double beta, Map<String, Array> slots, long t) {
    Array st = slots.get(STEP);
    return st == null ? (Object) (1 - Math.pow(beta, t)) : Ivy.subtract(1.0, Ivy.pow(beta, st));
  }

  /** Returns the square root of a Java number or an array. */
  protected static Object sqrt(Object x) {
    return x instanceof Double d ? (Object) Math.sqrt(d) : Ivy.sqrt((Array) x);
  }

  /** Returns {@code x / y} for Java numbers or arrays. */
  protected static Object div(Object x, Object y) {
    return x instanceof Double a && y instanceof Double b ? (Object) (a / b) : Ivy.divide(x, y);
  }

  /** Returns {@code x * y} for Java numbers or arrays. */
  protected static Object mul(Object x, Object y) {
    return x instanceof Double a && y instanceof Double b ? (Object) (a * b) : Ivy.multiply(x, y);
  }

  /** Returns the 1-based step number: {@code t}, or with {@link #setCapturable} the step slot. */
  protected static Object stepNumber(Map<String, Array> slots, long t) {
    Array st = slots.get(STEP);
    return st == null ? (Object) (double) t : st;
  }

  /** Returns the initial value of state {@code slot} for {@code param}: zeros by default. */
  protected Array initSlot(String slot, Array param) {
    return Ivy.zerosLike(param);
  }

  /** Checks that the settings are consistent before a step; the default accepts all. */
  protected void checkSettings() {}

  /**
   * Returns one variable updated by one step, replacing its entries in {@code slots} by their new
   * values. Uses core functions only and reads no array value back to the host.
   *
   * @param param the variable
   * @param grad its gradient, same shape and dtype
   * @param slots its state by slot name, to be replaced in place
   * @param t the 1-based number of this step
   * @param lr the learning rate of this step
   * @param fresh whether the state was just created (PyTorch's state was empty)
   */
  protected abstract Array update(
      Array param, Array grad, Map<String, Array> slots, long t, double lr, boolean fresh);

  /**
   * Throws unless {@code ok}: {@code NAME: ARG must be EXPECTED; got VALUE}.
   *
   * @throws IvyArgumentException unless {@code ok}
   */
  protected final void checkHyper(String arg, double value, boolean ok, String expected) {
    if (!ok) {
      throw new IvyArgumentException(name + ": " + arg + " must be " + expected + "; got " + value);
    }
  }

  private static List<String> minus(List<String> a, List<String> b) {
    Set<String> r = new LinkedHashSet<>(a);
    b.forEach(r::remove);
    return List.copyOf(r);
  }

  @Override
  public String toString() {
    return name + "(lr=" + lr + ", step=" + step + ")";
  }
}
