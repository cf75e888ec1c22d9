package dev.ivy.backend.nd4j;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.backend.Backend;
import dev.ivy.backend.CompiledProgram;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.backend.Program;
import dev.ivy.backend.ProgramCompiler;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.errors.BackendFailureException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.IvyException;
import dev.ivy.internal.ArrayInternals;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a {@link Program} into a flat plan of the ND4J backend's own kernels: each instruction's
 * kernel, params and avals resolved once, the program's constants converted once and kept resident
 * as {@code INDArray}s, and every intermediate freed right after its last use. A run is a loop over
 * that list: no dispatcher, no shape rules, no {@link Array} objects, no scope bookkeeping.
 *
 * <p><b>Why not a SameDiff graph.</b> Measured 2026-12 on the project's 2-core machine under load
 * (other builds running; medians, float32; docs/performance.md has the table): {@code
 * SameDiff.output} of the exported graph took ≈ 170-220 µs for a 2-op graph on [3, 4] and ≈ 0.7-1.4
 * ms for 20 elementwise ops on [8, 16], against ≈ 19 and ≈ 80 µs for Ivy's op-by-op replay and ≈ 13
 * and ≈ 70 µs for this plan; over all graphs tried (up to a [512, 1024] chain, an MLP, a small CNN)
 * SameDiff was 1.4× to 17× slower than the replay but for one row within noise. The plan is at
 * ND4J's own per-op cost; where kernels dominate it equals the replay within noise. {@code
 * graph.export("nd4j", spec)} still builds SameDiff graphs ({@link Nd4jSameDiffExporter}).
 *
 * <p><b>What compiles.</b> Every instruction must have a kernel that takes its dtype as it is
 * (where eager execution would compute in a wider dtype and cast back, the program is declined), no
 * control flow ({@link Prim#HIGHER_ORDER}), and every coarse operation's kernel must accept its
 * params and shapes (checked once, at compile time, on zeros): a grouped (not depthwise)
 * convolution, a grouped transposed convolution or a zero-size input is declined. A declined
 * program makes {@link #compile} return empty and the tracer replays it. The coarse operations
 * mapped natively ({@link #supports}) are those with an ND4J kernel; the others (GELU, GRU...)
 * reach the compiler decomposed into primitives.
 *
 * <p>Results equal eager execution on this backend exactly: the plan runs the very kernels eager
 * execution runs. The one value-dependent case, max pooling over non-finite values (which ND4J's
 * kernel declines), runs that instruction eagerly through the dispatcher.
 *
 * <p>The system property {@code ivy.nd4j.compile} ({@code true} by default) set to {@code false}
 * declines every program, so traced graphs replay op by op.
 */
final class Nd4jProgramCompiler implements ProgramCompiler {
  private static final Logger LOG = LoggerFactory.getLogger(Nd4jProgramCompiler.class);

  /** The system property that turns compilation off. */
  static final String PROPERTY = "ivy.nd4j.compile";

  private final Backend backend;
  private final KernelTable kernels;

  Nd4jProgramCompiler(Backend backend) {
    this.backend = backend;
    this.kernels = backend.kernels();
  }

  /** Maps the coarse operations the ND4J backend has a kernel for. */
  @Override
  public boolean supports(Prim prim) {
    return !Prim.COARSE.contains(prim) || kernels.get(prim) != null;
  }

  @Override
  public Optional<CompiledProgram> compile(Program program) {
    if (!enabled()) {
      return Optional.empty();
    }
    for (Program.Instruction ins : program.instructions()) {
      String why = refusal(ins);
      if (why != null) {
        LOG.debug("nd4j: replaying a program: {}", why);
        return Optional.empty();
      }
    }
    return Optional.of(new Plan(backend, program));
  }

  /** Returns whether {@link #PROPERTY} allows compiling. */
  private static boolean enabled() {
    String v = System.getProperty(PROPERTY);
    if (v == null || v.isBlank() || v.trim().equalsIgnoreCase("true")) {
      return true;
    }
    if (v.trim().equalsIgnoreCase("false")) {
      return false;
    }
    throw new IvyArgumentException(
        "graph: system property " + PROPERTY + " must be true or false; got " + v);
  }

  /** Returns why {@code ins} cannot be compiled, or null if it can. */
  private String refusal(Program.Instruction ins) {
    Prim prim = ins.prim();
    if (Prim.HIGHER_ORDER.contains(prim)) {
      return "control flow " + prim.opName();
    }
    Kernel k = kernels.get(prim);
    Aval[] av = ins.inAvals();
    Aval[] outs = ins.outAvals();
    DType dt = prim == Prim.WHERE ? av[1].dtype() : av.length > 0 ? av[0].dtype() : outs[0].dtype();
    if (k == null || !kernels.supports(prim, dt)) {
      return prim.opName() + " on " + dt;
    }
    if (prim == Prim.CAST && !kernels.supports(prim, outs[0].dtype())) {
      return prim.opName() + " to " + outs[0].dtype();
    }
    if (Prim.COARSE.contains(prim) && declines(k, ins)) {
      return prim.opName() + " with " + ins.params() + " on " + Arrays.toString(av);
    }
    return null;
  }

  /** Runs a coarse kernel once on zeros: whether it declines these params and shapes. */
  private static boolean declines(Kernel k, Program.Instruction ins) {
    Aval[] av = ins.inAvals();
    Aval[] outs = ins.outAvals();
    boolean multi = Prim.MULTI_OUTPUT.contains(ins.prim());
    if (!multi && outs[0].shape().size() == 0) {
      return false; // answered without the kernel (Nd4jBackend.put)
    }
    INDArray[] in = new INDArray[av.length];
    Object[] r = null;
    try {
      for (int i = 0; i < av.length; i++) {
        in[i] = Nd4j.create(Nd4jConversions.toNd4j(av[i].dtype()), av[i].shape().dims());
      }
      r =
          multi
              ? k.applyMulti(ins.params(), in, av, outs)
              : new Object[] {k.apply(ins.params(), in, av, outs[0])};
      return r == null || r[0] == null;
    } catch (RuntimeException e) {
      LOG.debug("nd4j: {} failed its compile-time check: {}", ins.prim().opName(), e.toString());
      return true;
    } finally {
      Nd4jOps.close(in);
      if (r != null) {
        for (Object o : r) {
          Nd4jBackend.release((INDArray) o);
        }
      }
    }
  }

  /** One resolved instruction. */
  private record Step(
      Prim prim,
      Kernel kernel,
      Params params,
      int[] in,
      Aval[] inAvals,
      int[] out,
      Aval[] outAvals,
      boolean multi,
      boolean coarse,
      int[] freeAfter) {}

  /**
   * The compiled plan: value slots (inputs, then resident constants, then instruction outputs), the
   * steps, and per step the slots whose last read it is. Runs share nothing mutable, so concurrent
   * runs are safe.
   */
  private static final class Plan implements CompiledProgram {
    private final Backend backend;
    private final int[] inputSlots;
    private final INDArray[] constants;
    private final int[] constantSlots;
    private final Step[] steps;
    private final int[] outputSlots;

    /** Per output, whether its payload must be copied (an input, a constant, or a repeat). */
    private final boolean[] copyOutput;

    private final int slotCount;

    /** Runs hold the read lock, {@link #close} the write lock: constants outlive every run. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private boolean closed;

    Plan(Backend backend, Program program) {
      this.backend = backend;
      Map<Integer, Integer> slot = new HashMap<>();
      inputSlots = new int[program.inputs().size()];
      for (int i = 0; i < inputSlots.length; i++) {
        inputSlots[i] = slot.size();
        slot.put(program.inputs().get(i).id(), inputSlots[i]);
      }
      List<Program.ConstantValue> cs = program.constants();
      constants = new INDArray[cs.size()];
      constantSlots = new int[cs.size()];
      for (int i = 0; i < constants.length; i++) {
        Program.ConstantValue c = cs.get(i);
        constants[i] = Nd4jConversions.fromBytes(c.aval().dtype(), c.aval().shape(), c.buffer());
        constantSlots[i] = slot.size();
        slot.put(c.id(), constantSlots[i]);
      }
      int fixed = slot.size();
      List<Program.Instruction> is = program.instructions();
      for (Program.Instruction ins : is) {
        for (int id : ins.outputs()) {
          slot.put(id, slot.size());
        }
      }
      slotCount = slot.size();
      List<Integer> outs = program.outputs();
      outputSlots = new int[outs.size()];
      copyOutput = new boolean[outs.size()];
      boolean[] isOutput = new boolean[slotCount];
      for (int i = 0; i < outputSlots.length; i++) {
        int s = slot.get(outs.get(i));
        outputSlots[i] = s;
        copyOutput[i] = s < fixed || isOutput[s];
        isOutput[s] = true;
      }
      // the last step reading each intermediate; -1 for none (a dead output of its step)
      int[] lastRead = new int[slotCount];
      Arrays.fill(lastRead, -1);
      int[][] in = new int[is.size()][];
      int[][] out = new int[is.size()][];
      for (int k = 0; k < is.size(); k++) {
        Program.Instruction ins = is.get(k);
        int[] ids = ins.inputs();
        in[k] = new int[ids.length];
        for (int j = 0; j < ids.length; j++) {
          in[k][j] = slot.get(ids[j]);
          lastRead[in[k][j]] = k;
        }
        int[] oids = ins.outputs();
        out[k] = new int[oids.length];
        for (int j = 0; j < oids.length; j++) {
          out[k][j] = slot.get(oids[j]);
        }
      }
      List<List<Integer>> frees = new ArrayList<>();
      for (int k = 0; k < is.size(); k++) {
        frees.add(new ArrayList<>());
      }
      for (int k = 0; k < is.size(); k++) {
        for (int s : out[k]) {
          if (!isOutput[s]) {
            frees.get(lastRead[s] < 0 ? k : lastRead[s]).add(s);
          }
        }
      }
      steps = new Step[is.size()];
      for (int k = 0; k < steps.length; k++) {
        Program.Instruction ins = is.get(k);
        Prim p = ins.prim();
        steps[k] =
            new Step(
                p,
                backend.kernels().get(p),
                ins.params(),
                in[k],
                ins.inAvals(),
                out[k],
                ins.outAvals(),
                Prim.MULTI_OUTPUT.contains(p),
                Prim.COARSE.contains(p),
                frees.get(k).stream().mapToInt(Integer::intValue).toArray());
      }
    }

    @Override
    public Object[] run(Object[] inputs) {
      lock.readLock().lock();
      try {
        if (closed) {
          throw new IllegalStateException("nd4j: the compiled program was closed");
        }
        return runLocked(inputs);
      } finally {
        lock.readLock().unlock();
      }
    }

    private Object[] runLocked(Object[] inputs) {
      Object[] v = new Object[slotCount];
      for (int i = 0; i < inputSlots.length; i++) {
        v[inputSlots[i]] = inputs[i];
      }
      for (int i = 0; i < constants.length; i++) {
        v[constantSlots[i]] = constants[i];
      }
      // a kernel could hand back one of its inputs: free each payload once, never a caller's input
      // or a resident constant
      IdentityHashMap<Object, Boolean> freed = null;
      try {
        for (Step s : steps) {
          Object[] a = new Object[s.in.length];
          for (int j = 0; j < a.length; j++) {
            a[j] = v[s.in[j]];
          }
          Object[] r = exec(s, a);
          for (int j = 0; j < r.length; j++) {
            v[s.out[j]] = r[j];
          }
          for (int f : s.freeAfter) {
            Object o = v[f];
            v[f] = null;
            if (!foreign(o, inputs)) {
              if (freed == null) {
                freed = new IdentityHashMap<>();
              }
              if (freed.put(o, Boolean.TRUE) == null) {
                Nd4jBackend.release((INDArray) o);
              }
            }
          }
        }
      } catch (RuntimeException | Error e) {
        IdentityHashMap<Object, Boolean> seen = freed == null ? new IdentityHashMap<>() : freed;
        for (int i = inputSlots.length + constants.length; i < v.length; i++) {
          if (v[i] != null && !foreign(v[i], inputs) && seen.put(v[i], Boolean.TRUE) == null) {
            Nd4jBackend.release((INDArray) v[i]);
          }
        }
        throw e;
      }
      Object[] r = new Object[outputSlots.length];
      for (int i = 0; i < r.length; i++) {
        Object o = v[outputSlots[i]];
        boolean copy = copyOutput[i] || foreign(o, inputs);
        for (int j = 0; j < i && !copy; j++) {
          copy = r[j] == o;
        }
        r[i] = copy ? ((INDArray) o).dup('c') : o;
      }
      return r;
    }

    /** Returns whether {@code o} is one of the caller's inputs or a resident constant. */
    private boolean foreign(Object o, Object[] inputs) {
      for (Object i : inputs) {
        if (i == o) {
          return true;
        }
      }
      for (Object c : constants) {
        if (c == o) {
          return true;
        }
      }
      return false;
    }

    /** Runs one step's kernel; a coarse kernel that declines these values runs eagerly. */
    private Object[] exec(Step s, Object[] a) {
      Object[] r;
      try {
        if (s.multi) {
          r = s.kernel.applyMulti(s.params, a, s.inAvals, s.outAvals);
        } else {
          Object o = s.kernel.apply(s.params, a, s.inAvals, s.outAvals[0]);
          r = o == null ? null : new Object[] {o};
        }
      } catch (IvyException e) {
        throw e;
      } catch (RuntimeException | LinkageError e) {
        throw new BackendFailureException(
            s.prim.opName()
                + ": backend nd4j failed on inputs "
                + Arrays.toString(s.inAvals)
                + " ("
                + s.params
                + ") in a compiled program: "
                + e,
            e);
      }
      if (r == null && s.coarse) {
        return eager(s, a);
      }
      if (r == null || r.length != s.out.length) {
        throw new IllegalStateException(
            s.prim + " kernel of nd4j must return " + s.out.length + " payloads");
      }
      return r;
    }

    /**
     * Runs one coarse instruction through the dispatcher (its decomposition, where the kernel
     * declined the values) on copies of its inputs; returns copies of its results.
     */
    private Object[] eager(Step s, Object[] a) {
      try (Scope scope = Ivy.scope()) {
        Array[] in = new Array[a.length];
        for (int i = 0; i < a.length; i++) {
          in[i] = ArrayInternals.wrap(backend, s.inAvals[i], ((INDArray) a[i]).dup('c'));
        }
        Array[] r =
            s.multi
                ? Dispatcher.bindMulti(s.prim, s.params, in)
                : new Array[] {Dispatcher.bind(s.prim, s.params, in)};
        Object[] out = new Object[r.length];
        for (int i = 0; i < r.length; i++) {
          out[i] = ((INDArray) ArrayInternals.payload(r[i])).dup('c');
        }
        return out;
      }
    }

    @Override
    public void close() {
      lock.writeLock().lock();
      try {
        if (!closed) {
          closed = true;
          for (INDArray c : constants) {
            Nd4jBackend.release(c);
          }
        }
      } finally {
        lock.writeLock().unlock();
      }
    }
  }
}
