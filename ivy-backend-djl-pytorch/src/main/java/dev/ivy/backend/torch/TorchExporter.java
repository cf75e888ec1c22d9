package dev.ivy.backend.torch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import dev.ivy.Array;
import dev.ivy.backend.ExportSpec;
import dev.ivy.backend.KernelTable;
import dev.ivy.backend.Program;
import dev.ivy.backend.ProgramExporter;
import dev.ivy.errors.BackendCapabilityException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports a {@link Program} to a DJL {@link ai.djl.nn.Block} for DJL's PyTorch engine: a {@link
 * TorchProgramBlock} whose parameters are the spec's variables and whose forward runs the program
 * with this backend's kernels, libtorch operations that PyTorch's autograd records, so DJL's {@code
 * GradientCollector} and {@code Trainer} train it.
 */
final class TorchExporter implements ProgramExporter {
  private final KernelTable kernels;
  private final TorchScriptOps script;

  TorchExporter(KernelTable kernels, TorchScriptOps script) {
    this.kernels = kernels;
    this.script = script;
  }

  /**
   * Returns a new, uninitialised {@link TorchProgramBlock}. Its parameters already hold the
   * variables' initial values; {@code Block.initialize} (which DJL's {@code Trainer.initialize}
   * calls) moves them to the manager it is given and leaves their values alone.
   *
   * @throws IvyArgumentException if the spec's names or variables do not match the program
   * @throws BackendCapabilityException naming the primitive and dtype this backend cannot run
   */
  @Override
  public TorchProgramBlock export(Program program, ExportSpec spec) {
    spec.check(program);
    checkInstructions(program);
    NDManager own = Engine.getEngine("PyTorch").newBaseManager(ai.djl.Device.cpu());
    PtNDManager pt = (PtNDManager) own;
    Map<Integer, Parameter> params = new LinkedHashMap<>();
    List<Integer> dataIds = new ArrayList<>();
    List<String> dataNames = new ArrayList<>();
    for (int i = 0; i < program.inputs().size(); i++) {
      Program.Input in = program.inputs().get(i);
      String name = spec.inputNames().get(i);
      Array v = spec.variables().get(name);
      if (v == null) {
        dataIds.add(in.id());
        dataNames.add(name);
        continue;
      }
      PtNDArray initial = toTorch(pt, in.aval(), v.toBytes());
      initial.setName(name);
      params.put(
          in.id(),
          Parameter.builder()
              .setName(name)
              .setType(Parameter.Type.OTHER)
              .optShape(TorchConversions.djlShape(in.aval().shape()))
              .optArray(initial)
              .optRequiresGrad(in.aval().dtype().isFloating())
              .build());
    }
    Map<Integer, PtNDArray> constants = new HashMap<>();
    for (Program.ConstantValue c : program.constants()) {
      constants.put(c.id(), toTorch(pt, c.aval(), c.buffer()));
    }
    return new TorchProgramBlock(
        program, kernels, script, own, params, dataIds, dataNames, spec.outputNames(), constants);
  }

  private PtNDArray toTorch(PtNDManager manager, Aval aval, java.nio.ByteBuffer bytes) {
    PtNDArray a = TorchConversions.fromBytes(manager, script, aval.dtype(), aval.shape(), bytes);
    // conversions of dtypes DJL lacks run in the backend's manager: keep everything in ours
    a.attach(manager);
    return a;
  }

  private void checkInstructions(Program program) {
    for (Program.Instruction ins : program.instructions()) {
      Prim prim = ins.prim();
      Aval[] in = ins.inAvals();
      Aval[] out = ins.outAvals();
      dev.ivy.DType dt =
          prim == Prim.WHERE ? in[1].dtype() : in.length > 0 ? in[0].dtype() : out[0].dtype();
      boolean ok =
          kernels.get(prim) != null
              && kernels.supports(prim, dt)
              && (prim != Prim.CAST || kernels.supports(prim, out[0].dtype()));
      if (!ok) {
        throw new BackendCapabilityException(
            "export: backend "
                + TorchBackend.NAME
                + " cannot export primitive "
                + prim.opName()
                + " on "
                + dt
                + " to a DJL Block");
      }
    }
  }
}
