package dev.ivy.backend.torch;

import ai.djl.engine.EngineException;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import dev.ivy.backend.CompiledProgram;
import dev.ivy.backend.KernelTable;
import dev.ivy.backend.Program;
import dev.ivy.backend.ProgramCompiler;
import dev.ivy.errors.BackendFailureException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Compiles a {@link Program} into one TorchScript module whose {@code forward} runs the whole
 * program, so libtorch runs it in one call instead of one JNI round trip per primitive. Each
 * instruction becomes the TorchScript of {@link TorchScriptRules}: the aten operators (or the
 * {@link TorchScriptOps} helper methods) the eager kernels call, with the same arguments, so a
 * compiled program computes what eager PyTorch computes. A program holding a primitive, params or
 * dtype those rules do not cover (control flow, a dtype the eager path widens, a coarse operation
 * on half floats or empty arrays) is declined, and the tracer replays it eagerly instead.
 *
 * <p>The module is written as TorchScript source and compiled by libtorch when loaded ({@link
 * TorchScriptArchive}). Its {@code forward} takes two tensor lists, the program's inputs and its
 * constants; the constants are created on the backend once, when the program is compiled, and
 * passed by reference on every run, never converted again. Runs use TorchScript's interpreter
 * without the profiling graph executor's optimizations (as every TorchScript call of this backend:
 * its passes may fuse operators and round differently), with autograd off.
 *
 * <p>Programs of fewer than {@value #DEFAULT_MIN} instructions are declined (they replay, which is
 * as fast or faster: one TorchScript call has a fixed cost of ≈ 25 µs); the system property {@code
 * ivy.torch.compileMin} sets another minimum (0 compiles everything).
 */
final class TorchProgramCompiler implements ProgramCompiler {
  /** The class name of compiled modules. */
  private static final String CLASS = "IvyProgram";

  /** The system property holding the fewest instructions a program needs to be compiled. */
  static final String MIN_PROPERTY = "ivy.torch.compileMin";

  /**
   * The default of {@link #MIN_PROPERTY}: one TorchScript call costs ≈ 25 µs more inside libtorch
   * than a few eager calls (a 4-op graph: 35 µs compiled, 13 µs replayed; a 9-op MLP forward about
   * even), so smaller programs replay.
   */
  static final int DEFAULT_MIN = 12;

  private final PtNDManager manager;
  private final TorchScriptOps script;
  private final KernelTable kernels;

  TorchProgramCompiler(PtNDManager manager, TorchScriptOps script, KernelTable kernels) {
    this.manager = manager;
    this.script = script;
    this.kernels = kernels;
  }

  /**
   * Returns {@link #MIN_PROPERTY}, read at each compile ({@link #DEFAULT_MIN} when unset).
   *
   * @throws IvyArgumentException if it is not a non-negative integer
   */
  static int minInstructions() {
    String v = System.getProperty(MIN_PROPERTY);
    if (v == null || v.isBlank()) {
      return DEFAULT_MIN;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IvyArgumentException(
        "TorchProgramCompiler: system property "
            + MIN_PROPERTY
            + " must be a non-negative integer (the fewest instructions to compile); got '"
            + v
            + "'");
  }

  /**
   * Maps every coarse operation with its libtorch operator; a call among them the eager kernel
   * declines (half floats, empty arrays) makes {@link #compile} decline the program.
   */
  @Override
  public boolean supports(Prim prim) {
    return !Prim.HIGHER_ORDER.contains(prim);
  }

  @Override
  public Optional<CompiledProgram> compile(Program program) {
    if (program.instructions().size() < minInstructions()) {
      return Optional.empty();
    }
    String source = source(program);
    if (source == null) {
      return Optional.empty();
    }
    PtSymbolBlock block;
    try {
      block = TorchScriptArchive.load(manager, CLASS, source, false);
    } catch (EngineException e) {
      throw new IllegalStateException(
          "TorchProgramCompiler: libtorch rejected the generated TorchScript:\n" + source, e);
    }
    List<PtNDArray> constants = new ArrayList<>();
    try {
      for (Program.ConstantValue c : program.constants()) {
        constants.add(
            TorchConversions.fromBytes(
                manager, script, c.aval().dtype(), c.aval().shape(), c.buffer()));
      }
      return Optional.of(
          new TorchCompiledProgram(
              manager, block, constants, program.inputs().size(), program.outputs().size()));
    } catch (RuntimeException e) {
      block.close();
      for (PtNDArray c : constants) {
        c.close();
      }
      throw e;
    }
  }

  /**
   * Returns the TorchScript source of class {@code __torch__.IvyProgram} running {@code program},
   * or null if some instruction has no exact TorchScript.
   */
  String source(Program program) {
    Map<Integer, String> names = new HashMap<>();
    StringBuilder body = new StringBuilder();
    List<Program.Input> inputs = program.inputs();
    for (int i = 0; i < inputs.size(); i++) {
      String v = name(inputs.get(i).id());
      names.put(inputs.get(i).id(), v);
      body.append("    ").append(v).append(" = x[").append(i).append("]\n");
    }
    List<Program.ConstantValue> constants = program.constants();
    for (int i = 0; i < constants.size(); i++) {
      String v = name(constants.get(i).id());
      names.put(constants.get(i).id(), v);
      body.append("    ").append(v).append(" = c[").append(i).append("]\n");
    }
    Set<String> helpers = new TreeSet<>();
    int tuples = 0;
    for (Program.Instruction ins : program.instructions()) {
      if (!TorchScriptRules.eagerKernelRuns(kernels, ins)) {
        return null;
      }
      List<String> in = new ArrayList<>();
      for (int id : ins.inputs()) {
        in.add(names.get(id));
      }
      String e = TorchScriptRules.expr(ins, in, helpers);
      if (e == null) {
        return null;
      }
      int[] outs = ins.outputs();
      if (!Prim.MULTI_OUTPUT.contains(ins.prim())) {
        String v = name(outs[0]);
        names.put(outs[0], v);
        body.append("    ").append(v).append(" = ").append(e).append('\n');
        continue;
      }
      String t = "t" + tuples++;
      body.append("    ").append(t).append(" = ").append(e).append('\n');
      for (int j = 0; j < outs.length; j++) {
        String v = name(outs[j]);
        names.put(outs[j], v);
        body.append("    ").append(v).append(" = ").append(t).append('[').append(j).append("]\n");
      }
    }
    List<String> results = new ArrayList<>();
    for (int id : program.outputs()) {
      results.add(names.get(id));
    }
    body.append("    return ")
        .append(
            results.isEmpty()
                ? "annotate(List[Tensor], [])"
                : "[" + String.join(", ", results) + "]")
        .append('\n');
    return TorchScriptOps.header(CLASS)
        + TorchScriptOps.methods(CLASS, helpers)
        + "  def forward(self: __torch__."
        + CLASS
        + ", x: List[Tensor], c: List[Tensor]) -> List[Tensor]:\n"
        + body;
  }

  private static String name(int id) {
    return id >= 0 ? "v" + id : "w" + -(long) id;
  }

  /** A loaded module, its resident constants and the lock that keeps close() from runs. */
  private static final class TorchCompiledProgram implements CompiledProgram {
    private final PtNDManager manager;
    private final int numInputs;
    private final int numOutputs;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private PtSymbolBlock block;
    private List<PtNDArray> constants;
    private IValue constantList;

    TorchCompiledProgram(
        PtNDManager manager,
        PtSymbolBlock block,
        List<PtNDArray> constants,
        int numInputs,
        int numOutputs) {
      this.manager = manager;
      this.block = block;
      this.constants = constants;
      this.numInputs = numInputs;
      this.numOutputs = numOutputs;
      // one list of handles on the resident constants, passed to every run
      this.constantList = IValue.listFrom(constants.toArray(new PtNDArray[0]));
    }

    @Override
    public Object[] run(Object[] inputs) {
      // runs share the module; close() waits for them before freeing it
      lock.readLock().lock();
      try {
        if (block == null) {
          throw new IllegalStateException("TorchProgramCompiler: program is closed");
        }
        PtNDArray[] xs = new PtNDArray[numInputs];
        for (int i = 0; i < numInputs; i++) {
          xs[i] = (PtNDArray) inputs[i];
        }
        IValue x = IValue.listFrom(xs);
        try {
          // the graph executor's profiling mode is thread-local in libtorch; keep it off
          JniUtils.setGraphExecutorOptimize(false);
          IValue r = IValueUtils.runMethod(block, "forward", x, constantList);
          try {
            PtNDArray[] out = r.toTensorArray(manager);
            if (out.length != numOutputs) {
              throw new IllegalStateException(
                  "TorchProgramCompiler: the module returned "
                      + out.length
                      + " tensors; expected "
                      + numOutputs);
            }
            return out;
          } finally {
            r.close();
          }
        } catch (EngineException e) {
          throw new BackendFailureException(
              "compiled program: libtorch failed (backend "
                  + TorchBackend.NAME
                  + "): "
                  + e.getMessage(),
              e);
        } finally {
          x.close();
        }
      } finally {
        lock.readLock().unlock();
      }
    }

    @Override
    public void close() {
      lock.writeLock().lock();
      try {
        if (block != null) {
          constantList.close();
          for (PtNDArray c : constants) {
            c.close();
          }
          block.close();
          block = null;
          constants = null;
          constantList = null;
        }
      } finally {
        lock.writeLock().unlock();
      }
    }
  }
}
