package dev.ivy.backend.torch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.ivy.backend.Kernel;
import dev.ivy.backend.KernelTable;
import dev.ivy.backend.Program;
import dev.ivy.errors.BackendFailureException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.IvyException;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A traced Ivy program as a DJL {@link ai.djl.nn.Block} for DJL's PyTorch engine, made by {@code
 * graph.export("torch", spec)}.
 *
 * <p>Its parameters are the export's variables, named by the spec's input names and holding their
 * initial values; {@link #initialize} (which {@code Trainer.initialize} calls) keeps those values
 * and attaches the arrays to the manager it is given. Its forward takes the program's other inputs,
 * in order, and returns the program's outputs named by the spec's output names. Each primitive runs
 * as the libtorch operation the PyTorch backend uses eagerly, so PyTorch's autograd records it and
 * DJL's {@code GradientCollector}, {@code Trainer} and optimizers train the block as any other;
 * {@code saveParameters} and {@code loadParameters} work as for DJL's own blocks (initialize
 * first).
 *
 * <pre>{@code
 * Block block = graph.export("torch", spec).as(Block.class);
 * try (Model model = Model.newInstance("mlp", "PyTorch")) {
 *   model.setBlock(block);
 *   Trainer trainer = model.newTrainer(config);
 *   trainer.initialize(new Shape(4, 3));
 *   ...
 * }
 * }</pre>
 *
 * <p>Shapes are those of the trace: inputs must have the traced shapes and dtypes. The block runs
 * on the CPU, as the PyTorch backend does.
 */
public final class TorchProgramBlock extends AbstractBlock {
  private static final byte VERSION = 1;

  private final Program program;
  private final KernelTable kernels;
  private final TorchScriptOps script;
  private final NDManager ownManager;
  private final Map<Integer, Parameter> paramsById;
  private final int[] dataIds;
  private final Aval[] dataAvals;
  private final List<String> dataNames;
  private final List<String> outputNames;
  private final Map<Integer, PtNDArray> constants;
  private final Map<Integer, Integer> lastUse = new HashMap<>();

  TorchProgramBlock(
      Program program,
      KernelTable kernels,
      TorchScriptOps script,
      NDManager ownManager,
      Map<Integer, Parameter> paramsById,
      List<Integer> dataIds,
      List<String> dataNames,
      List<String> outputNames,
      Map<Integer, PtNDArray> constants) {
    super(VERSION);
    this.program = program;
    this.kernels = kernels;
    this.script = script;
    this.ownManager = ownManager;
    this.paramsById = paramsById;
    this.dataIds = dataIds.stream().mapToInt(Integer::intValue).toArray();
    this.dataNames = List.copyOf(dataNames);
    this.outputNames = List.copyOf(outputNames);
    this.constants = constants;
    Map<Integer, Aval> inAvals = new HashMap<>();
    for (Program.Input in : program.inputs()) {
      inAvals.put(in.id(), in.aval());
    }
    this.dataAvals = dataIds.stream().map(inAvals::get).toArray(Aval[]::new);
    for (Parameter p : paramsById.values()) {
      addParameter(p);
    }
    List<Program.Instruction> is = program.instructions();
    for (int k = 0; k < is.size(); k++) {
      for (int id : is.get(k).inputs()) {
        lastUse.put(id, k);
      }
    }
    for (int id : program.outputs()) {
      lastUse.put(id, Integer.MAX_VALUE);
    }
  }

  /** Returns the names of the forward's inputs (the program's inputs that are not variables). */
  public List<String> inputNames() {
    return dataNames;
  }

  /** Returns the names given to the forward's outputs. */
  public List<String> outputNames() {
    return outputNames;
  }

  /**
   * Initializes the block as DJL's blocks do; the parameters keep the exported initial values and
   * move, on the first call, from the block's own manager to {@code manager}.
   */
  @Override
  public void initialize(NDManager manager, DataType dataType, Shape... inputShapes) {
    for (Parameter p : parameters.values()) {
      NDArray a = p.isInitialized() ? p.getArray() : null;
      if (a != null && a.getManager() == ownManager) {
        a.attach(manager);
      }
    }
    super.initialize(manager, dataType, inputShapes);
  }

  /** Closes the parameters, as DJL's blocks do, and the block's constants. */
  @Override
  public void clear() {
    super.clear();
    ownManager.close();
  }

  @Override
  protected void beforeInitialize(Shape... inputShapes) {
    super.beforeInitialize(inputShapes);
    inputNames = dataNames;
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Map<Integer, Aval> avals = avals();
    return program.outputs().stream()
        .map(id -> TorchConversions.djlShape(avals.get(id).shape()))
        .toArray(Shape[]::new);
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore parameterStore,
      NDList inputs,
      boolean training,
      PairList<String, Object> params) {
    checkInputs(inputs);
    NDManager manager = inputs.isEmpty() ? parameterStore.getManager() : inputs.head().getManager();
    Map<Integer, PtNDArray> env = new HashMap<>(constants);
    Set<Object> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    kept.addAll(constants.values());
    for (int i = 0; i < dataIds.length; i++) {
      PtNDArray a = (PtNDArray) inputs.get(i);
      env.put(dataIds[i], a);
      kept.add(a);
    }
    for (Map.Entry<Integer, Parameter> e : paramsById.entrySet()) {
      PtNDArray a =
          (PtNDArray) parameterStore.getValue(e.getValue(), manager.getDevice(), training);
      env.put(e.getKey(), a);
      kept.add(a);
    }
    Map<Object, Integer> live = new IdentityHashMap<>();
    List<Program.Instruction> is = program.instructions();
    for (int k = 0; k < is.size(); k++) {
      Program.Instruction ins = is.get(k);
      int[] ids = ins.inputs();
      Object[] in = new Object[ids.length];
      for (int j = 0; j < ids.length; j++) {
        in[j] = env.get(ids[j]);
      }
      Object[] results = run(ins, in);
      int[] outs = ins.outputs();
      for (int j = 0; j < outs.length; j++) {
        PtNDArray r = (PtNDArray) results[j];
        if (!kept.contains(r) && r.getManager() != manager) {
          // kernels that create arrays use the backend's manager: keep the step's arrays together
          r.attach(manager);
        }
        env.put(outs[j], r);
        live.merge(r, 1, Integer::sum);
      }
      // free intermediates after their last use; autograd keeps what backward needs
      for (int id : ids) {
        release(id, k, env, kept, live);
      }
      for (int id : outs) {
        release(id, k, env, kept, live);
      }
    }
    NDList result = new NDList();
    List<Integer> outIds = program.outputs();
    for (int i = 0; i < outIds.size(); i++) {
      NDArray a = env.get(outIds.get(i));
      if (kept.contains(a)) {
        // never hand out an input, parameter or constant itself
        a = a.duplicate();
        a.attach(manager);
      }
      a.setName(outputNames.get(i));
      result.add(a);
    }
    return result;
  }

  private void release(
      int id, int k, Map<Integer, PtNDArray> env, Set<Object> kept, Map<Object, Integer> live) {
    Integer last = lastUse.get(id);
    if (last != null && last > k) {
      return;
    }
    PtNDArray a = env.get(id);
    if (a == null || kept.contains(a)) {
      return;
    }
    env.remove(id);
    if (live.merge(a, -1, Integer::sum) <= 0) {
      live.remove(a);
      a.close();
    }
  }

  private Object[] run(Program.Instruction ins, Object[] in) {
    Prim prim = ins.prim();
    Kernel kernel = kernels.get(prim);
    try {
      Object[] recorded = recorded(ins, in);
      if (recorded != null) {
        return recorded;
      }
      if (Prim.MULTI_OUTPUT.contains(prim)) {
        return kernel.applyMulti(ins.params(), in, ins.inAvals(), ins.outAvals());
      }
      return new Object[] {kernel.apply(ins.params(), in, ins.inAvals(), ins.outAvals()[0])};
    } catch (IvyException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new BackendFailureException(
          prim.opName()
              + ": the exported DJL block failed on inputs "
              + java.util.Arrays.toString(ins.inAvals())
              + " (backend "
              + TorchBackend.NAME
              + "): "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Runs the floating-point primitives whose eager kernels are TorchScript methods (which DJL runs
   * with autograd off) through the module's forward, which autograd records; returns null for every
   * other instruction.
   */
  private Object[] recorded(Program.Instruction ins, Object[] in) {
    Aval[] av = ins.inAvals();
    if (av.length == 0 || !av[0].dtype().isFloating()) {
      return null;
    }
    Params p = ins.params();
    switch (ins.prim()) {
      case EXPM1:
        return script.callRecorded(0, pt(in[0]), null, null, 0);
      case LOG1P:
        return script.callRecorded(1, pt(in[0]), null, null, 0);
      case ASINH:
        return script.callRecorded(2, pt(in[0]), null, null, 0);
      case ACOSH:
        return script.callRecorded(3, pt(in[0]), null, null, 0);
      case ATANH:
        return script.callRecorded(4, pt(in[0]), null, null, 0);
      case REM:
        return script.callRecorded(5, pt(in[0]), pt(in[1]), null, 0);
      case TAKE:
        {
          PtNDArray g =
              script.callRecorded(6, pt(in[0]), pt(in[1]), null, ((Params.Axis) p).axis())[0];
          try {
            return new Object[] {JniUtils.reshape(g, ins.outAvals()[0].shape().dims())};
          } finally {
            g.close();
          }
        }
      case SCATTER_ADD:
        if (av[1].shape().dim(0) == 0 || ins.outAvals()[0].shape().size() == 0) {
          return null;
        }
        return script.callRecorded(7, pt(in[0]), pt(in[1]), pt(in[2]), 0);
      case SORT:
        return script.callRecorded(8, pt(in[0]), null, null, ((Params.Axis) p).axis());
      case CHOLESKY:
        return script.callRecorded(9, pt(in[0]), null, null, 0);
      case TRIANGULAR_SOLVE:
        {
          Params.Triangular t = (Params.Triangular) p;
          long n = (t.lower() ? 0 : 2) + (t.unitDiagonal() ? 1 : 0);
          return script.callRecorded(10, pt(in[0]), pt(in[1]), null, n);
        }
      case LU:
        return script.callRecorded(11, pt(in[0]), null, null, 0);
      case QR:
        return script.callRecorded(
            12, pt(in[0]), null, null, ((Params.Decomposition) p).full() ? 1 : 0);
      case SVD:
        return script.callRecorded(
            13, pt(in[0]), null, null, ((Params.Decomposition) p).full() ? 1 : 0);
      case EIGH:
        return script.callRecorded(14, pt(in[0]), null, null, 0);
      default:
        return null;
    }
  }

  private static PtNDArray pt(Object o) {
    return (PtNDArray) o;
  }

  private void checkInputs(NDList inputs) {
    if (inputs.size() != dataIds.length) {
      throw new IvyArgumentException(
          "TorchProgramBlock.forward: inputs must be "
              + dataIds.length
              + " arrays "
              + dataNames
              + "; got "
              + inputs.size());
    }
    for (int i = 0; i < dataIds.length; i++) {
      NDArray a = inputs.get(i);
      Aval want = dataAvals[i];
      Shape s = TorchConversions.djlShape(want.shape());
      DataType dt = TorchConversions.dataType(want.dtype());
      if (!(a instanceof PtNDArray) || !a.getShape().equals(s) || a.getDataType() != dt) {
        throw new IvyArgumentException(
            "TorchProgramBlock.forward: input "
                + dataNames.get(i)
                + " must be a PyTorch array of shape "
                + s
                + " and dtype "
                + dt
                + "; got "
                + (a == null
                    ? "null"
                    : a.getClass().getSimpleName() + " " + a.getShape() + " " + a.getDataType()));
      }
    }
  }

  private Map<Integer, Aval> avals() {
    Map<Integer, Aval> r = new HashMap<>();
    for (Program.Input in : program.inputs()) {
      r.put(in.id(), in.aval());
    }
    for (Program.ConstantValue c : program.constants()) {
      r.put(c.id(), c.aval());
    }
    for (Program.Instruction ins : program.instructions()) {
      int[] outs = ins.outputs();
      Aval[] av = ins.outAvals();
      for (int j = 0; j < outs.length; j++) {
        r.put(outs[j], av[j]);
      }
    }
    return r;
  }

  @Override
  public String toString() {
    return "TorchProgramBlock(inputs="
        + dataNames
        + ", parameters="
        + parameters.keySet()
        + ", outputs="
        + outputNames
        + ", "
        + program.instructions().size()
        + " instructions)";
  }
}
