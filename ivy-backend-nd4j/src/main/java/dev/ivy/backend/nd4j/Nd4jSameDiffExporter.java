package dev.ivy.backend.nd4j;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.backend.ExportSpec;
import dev.ivy.backend.KernelTable;
import dev.ivy.backend.Program;
import dev.ivy.backend.ProgramExporter;
import dev.ivy.errors.BackendCapabilityException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Exports a {@link Program} to an ND4J {@link SameDiff} graph that SameDiff runs ({@code
 * sd.output}), trains ({@code sd.fit}) and saves ({@code sd.save}) without Ivy.
 *
 * <p>The spec's variables become SameDiff variables ({@code sd.var}) holding their initial values,
 * the other inputs placeholders of the traced shapes and dtypes, the program's constants SameDiff
 * constants, and each primitive the matching SameDiff operation ({@code sd.math()}, {@code
 * sd.bitwise()}, {@code sd.reshape}, {@code sd.permute}, {@code sd.stridedSlice}, {@code sd.mmul}
 * ...); {@link Prim#FULL} and {@link Prim#IOTA} become constants computed by the ND4J backend. Each
 * output is an identity op named by the spec. To train, the caller names the loss with {@code
 * sd.setLossVariables} and sets a {@code TrainingConfig}.
 *
 * <p>Primitives whose SameDiff operation differs from Ivy's semantics (round half to even, atan2's
 * argument order, integer floor division and remainder, sort, decompositions other than Cholesky,
 * scatter-add, control flow) are not exported: they raise {@link BackendCapabilityException}.
 */
final class Nd4jSameDiffExporter implements ProgramExporter {
  private static final Set<DType> FLOATS = Nd4jBackend.FLOATS;

  private final KernelTable kernels;

  Nd4jSameDiffExporter(KernelTable kernels) {
    this.kernels = kernels;
  }

  /**
   * Returns the SameDiff graph of {@code program}.
   *
   * @throws IvyArgumentException if the spec's names or variables do not match the program
   * @throws BackendCapabilityException naming a primitive (and dtype) SameDiff cannot express
   */
  @Override
  public SameDiff export(Program program, ExportSpec spec) {
    checkSpec(program, spec);
    SameDiff sd = SameDiff.create();
    Map<Integer, SDVariable> env = new HashMap<>();
    for (int i = 0; i < program.inputs().size(); i++) {
      Program.Input in = program.inputs().get(i);
      String name = spec.inputNames().get(i);
      Array v = spec.variables().get(name);
      DataType dt = Nd4jConversions.toNd4j(in.aval().dtype());
      if (v == null) {
        env.put(in.id(), sd.placeHolder(name, dt, in.aval().shape().dims()));
      } else {
        INDArray init =
            Nd4jConversions.fromBytes(in.aval().dtype(), in.aval().shape(), v.toBytes());
        env.put(in.id(), sd.var(name, init));
      }
    }
    for (Program.ConstantValue c : program.constants()) {
      env.put(
          c.id(),
          sd.constant(Nd4jConversions.fromBytes(c.aval().dtype(), c.aval().shape(), c.buffer())));
    }
    for (Program.Instruction ins : program.instructions()) {
      int[] ids = ins.inputs();
      SDVariable[] in = new SDVariable[ids.length];
      for (int j = 0; j < ids.length; j++) {
        in[j] = env.get(ids[j]);
      }
      Aval out = ins.outAvals()[0];
      SDVariable r = op(sd, ins, in, out);
      DataType want = Nd4jConversions.toNd4j(out.dtype());
      if (r.dataType() != want) {
        r = r.castTo(want);
      }
      env.put(ins.outputs()[0], r);
    }
    List<Integer> outs = program.outputs();
    for (int i = 0; i < outs.size(); i++) {
      String name = spec.outputNames().get(i);
      if (sd.hasVariable(name)) {
        // an automatically named intermediate took the name: move it aside
        sd.renameVariable(name, "ivy_" + name);
      }
      sd.identity(name, env.get(outs.get(i)));
    }
    return sd;
  }

  private SDVariable op(SameDiff sd, Program.Instruction ins, SDVariable[] in, Aval out) {
    Prim prim = ins.prim();
    Aval[] av = ins.inAvals();
    Params p = ins.params();
    DType dt = prim == Prim.WHERE ? av[1].dtype() : av.length > 0 ? av[0].dtype() : out.dtype();
    boolean f = FLOATS.contains(dt);
    boolean b = dt.isBool();
    switch (prim) {
      case NEG:
        return unsupportedIf(b, prim, dt, () -> sd.math().neg(in[0]));
      case ABS:
        return unsupportedIf(b, prim, dt, () -> sd.math().abs(in[0]));
      case EXP:
        return sd.math().exp(in[0]);
      case EXPM1:
        return sd.math().expm1(in[0]);
      case LOG:
        return sd.math().log(in[0]);
      case LOG1P:
        return sd.math().log1p(in[0]);
      case SQRT:
        return sd.math().sqrt(in[0]);
      case SIN:
        return sd.math().sin(in[0]);
      case COS:
        return sd.math().cos(in[0]);
      case TAN:
        return sd.math().tan(in[0]);
      case ASIN:
        return sd.math().asin(in[0]);
      case ACOS:
        return sd.math().acos(in[0]);
      case ATAN:
        return sd.math().atan(in[0]);
      case SINH:
        return sd.math().sinh(in[0]);
      case COSH:
        return sd.math().cosh(in[0]);
      case TANH:
        return sd.math().tanh(in[0]);
      case ASINH:
        return sd.math().asinh(in[0]);
      case ACOSH:
        return sd.math().acosh(in[0]);
      case ATANH:
        return sd.math().atanh(in[0]);
      case ERF:
        return sd.math().erf(in[0]);
      case FLOOR:
        return sd.math().floor(in[0]);
      case CEIL:
        return sd.math().ceil(in[0]);
      case ISNAN:
        return sd.math().isNaN(in[0]);
      case ISINF:
        return sd.math().isInfinite(in[0]);
      case ADD:
        return unsupportedIf(b, prim, dt, () -> in[0].add(in[1]));
      case SUB:
        return unsupportedIf(b, prim, dt, () -> in[0].sub(in[1]));
      case MUL:
        return unsupportedIf(b, prim, dt, () -> in[0].mul(in[1]));
      case DIV:
        return in[0].div(in[1]);
      case FLOOR_DIV:
        return unsupportedIf(!f, prim, dt, () -> sd.math().floor(in[0].div(in[1])));
      case REM:
        // the ND4J backend's eager float remainder is this same floormod
        return unsupportedIf(!f, prim, dt, () -> sd.math().floorMod(in[0], in[1]));
      case POW:
        return unsupportedIf(!f, prim, dt, () -> sd.math().pow(in[0], in[1]));
      case MAX:
        return unsupportedIf(b, prim, dt, () -> sd.math().max(in[0], in[1]));
      case MIN:
        return unsupportedIf(b, prim, dt, () -> sd.math().min(in[0], in[1]));
      case AND:
        return b ? sd.math().and(in[0], in[1]) : sd.bitwise().and(in[0], in[1]);
      case OR:
        return b ? sd.math().or(in[0], in[1]) : sd.bitwise().or(in[0], in[1]);
      case XOR:
        return b ? sd.math().xor(in[0], in[1]) : sd.bitwise().xor(in[0], in[1]);
      case EQ:
        return sd.eq(in[0], in[1]);
      case NE:
        return sd.neq(in[0], in[1]);
      case LT:
        return sd.lt(in[0], in[1]);
      case LE:
        return sd.lte(in[0], in[1]);
      case GT:
        return sd.gt(in[0], in[1]);
      case GE:
        return sd.gte(in[0], in[1]);
      case CAST:
        // the ND4J backend's eager cast is this same castTo
        return in[0].castTo(Nd4jConversions.toNd4j(((Params.Cast) p).dtype()));
      case WHERE:
        return where(
            sd,
            broadcast(sd, in[0], av[0], out),
            broadcast(sd, in[1], av[1], out),
            broadcast(sd, in[2], av[2], out),
            out,
            f);
      case REDUCE_SUM:
        return unsupportedIf(b, prim, dt, () -> sd.sum(in[0], keep(p), axes(p)));
      case REDUCE_PROD:
        return unsupportedIf(b, prim, dt, () -> sd.prod(in[0], keep(p), axes(p)));
      case REDUCE_MAX:
        return unsupportedIf(b, prim, dt, () -> sd.max(in[0], keep(p), axes(p)));
      case REDUCE_MIN:
        return unsupportedIf(b, prim, dt, () -> sd.min(in[0], keep(p), axes(p)));
      case ARGMAX:
        return sd.argmax(in[0], false, ((Params.Axis) p).axis());
      case ARGMIN:
        return sd.argmin(in[0], false, ((Params.Axis) p).axis());
      case RESHAPE:
        return sd.reshape(in[0], out.shape().dims());
      case BROADCAST_TO:
        return broadcast(sd, in[0], av[0], out);
      case TRANSPOSE:
        return sd.permute(in[0], ((Params.Perm) p).perm());
      case SLICE:
        {
          Params.Slice s = (Params.Slice) p;
          long[] start = s.start();
          long[] stop = s.stop();
          for (int i = 0; i < stop.length; i++) {
            stop[i] = Math.max(stop[i], start[i]);
          }
          return sd.stridedSlice(in[0], start, stop, s.step());
        }
      case CONCAT:
        return sd.concat(((Params.Axis) p).axis(), in);
      case FLIP:
        return sd.reverse(in[0], ((Params.Axes) p).axes());
      case TAKE:
        {
          SDVariable flat = sd.reshape(in[1], av[1].shape().size());
          SDVariable g = sd.gather(in[0], flat, ((Params.Axis) p).axis());
          return sd.reshape(g, out.shape().dims());
        }
      case FULL:
      case IOTA:
        return sd.constant((INDArray) kernels.get(prim).apply(p, new Object[0], av, out));
      case MATMUL:
        return unsupportedIf(!f, prim, dt, () -> sd.mmul(in[0], in[1]));
      case CUMSUM:
        return unsupportedIf(!f, prim, dt, () -> sd.cumsum(in[0], false, false, axis(p)));
      case CUMPROD:
        return unsupportedIf(!f, prim, dt, () -> sd.cumprod(in[0], false, false, axis(p)));
      case CHOLESKY:
        return sd.linalg().cholesky(in[0]);
      default:
        throw unsupported(prim, dt);
    }
  }

  /**
   * Returns where(cond, x, y) of three arrays of {@code out}'s shape. SameDiff's where op has no
   * gradient, so for floats the choice is a gather, which has one: x and y are flattened and
   * stacked, and element i reads position {@code cond[i] * n + i} (NaN and infinities in the
   * element not chosen stay out of the result and of the gradient).
   */
  private static SDVariable where(
      SameDiff sd, SDVariable cond, SDVariable x, SDVariable y, Aval out, boolean floating) {
    if (!floating) {
      return sd.where(x, y, cond);
    }
    long n = out.shape().size();
    SDVariable stacked = sd.concat(0, sd.reshape(y, n), sd.reshape(x, n));
    SDVariable offsets =
        sd.constant(Nd4j.arange(0, n).castTo(DataType.INT64))
            .add(sd.reshape(cond, n).castTo(DataType.INT64).mul(n));
    return sd.reshape(sd.gather(stacked, offsets, 0), out.shape().dims());
  }

  /**
   * Returns {@code x} broadcast to {@code out}'s shape (numpy rules) by a reshape that prepends
   * ones and a tile; both have gradients in SameDiff.
   */
  private static SDVariable broadcast(SameDiff sd, SDVariable x, Aval from, Aval out) {
    long[] to = out.shape().dims();
    long[] dims = from.shape().dims();
    if (java.util.Arrays.equals(dims, to)) {
      return x;
    }
    long[] padded = new long[to.length];
    int off = to.length - dims.length;
    for (int i = 0; i < to.length; i++) {
      padded[i] = i < off ? 1 : dims[i - off];
    }
    SDVariable r = dims.length == to.length ? x : sd.reshape(x, padded);
    int[] reps = new int[to.length];
    boolean tile = false;
    for (int i = 0; i < to.length; i++) {
      reps[i] = padded[i] == to[i] ? 1 : Math.toIntExact(to[i]);
      tile |= reps[i] != 1;
    }
    return tile ? sd.tile(r, reps) : r;
  }

  private static boolean keep(Params p) {
    return ((Params.Axes) p).keepDims();
  }

  private static int[] axes(Params p) {
    return ((Params.Axes) p).axes();
  }

  private static int axis(Params p) {
    return ((Params.Axis) p).axis();
  }

  private static SDVariable unsupportedIf(
      boolean cond, Prim prim, DType dt, java.util.function.Supplier<SDVariable> op) {
    if (cond) {
      throw unsupported(prim, dt);
    }
    return op.get();
  }

  private static BackendCapabilityException unsupported(Prim prim, DType dt) {
    return new BackendCapabilityException(
        "export: backend nd4j cannot export primitive "
            + prim.opName()
            + " on "
            + dt
            + " to SameDiff");
  }

  /** Checks the spec; SameDiff has one namespace, so outputs must not reuse input names. */
  private static void checkSpec(Program program, ExportSpec spec) {
    spec.check(program);
    for (String s : spec.outputNames()) {
      if (spec.inputNames().contains(s)) {
        throw new IvyArgumentException(
            "export: outputNames must differ from the input names for SameDiff; got "
                + s
                + " in both");
      }
    }
  }
}
