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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Pooling2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv3DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;
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
 * <p>Coarse operations ({@link #COARSE}): softmax ({@code sd.nn().softmax}), log-softmax ({@code
 * sd.nn().logSoftmax} on the last axis), SiLU ({@code sd.nn().swish}), linear (one {@code sd.mmul}
 * transposing the filters), convolution ({@code sd.cnn().conv2d}/{@code conv3d}; padding made
 * explicit, groups sliced) and max/average pooling ({@code sd.cnn().maxPooling2d}/{@code
 * avgPooling2d} on explicitly padded input, 3-d as two separable 2-d poolings, averages divided by
 * constant window counts) export as SameDiff operations with every option. The others reach the
 * exporter decomposed into primitives: batch norm (SameDiff M2.1's batchNorm cannot build its
 * gradient: its derivative op loses the axis), layer norm (SameDiff's has no epsilon), GELU
 * (SameDiff's are approximations other than PyTorch's), group norm, transposed convolution, LSTM,
 * GRU, scaled dot-product attention (SameDiff's dotProductAttention has per-key masks only), resize
 * and embedding (its decomposition is the take primitive, a gather; a gather mapped directly would
 * be the same op, and SameDiff M2.1's gather gradient fails or mis-accumulates repeated indices
 * either way).
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
      case SOFTMAX:
        return sd.nn().softmax(in[0], axis(p));
      case LOG_SOFTMAX:
        return logSoftmax(sd, in[0], axis(p), av[0].shape().rank());
      case SILU:
        return sd.nn().swish(in[0]);
      case LINEAR:
        return linear(sd, in, av, out);
      case CONV:
        return conv(sd, (Params.Conv) p, in, av, out);
      case MAX_POOL:
      case AVG_POOL:
        return pool(sd, prim == Prim.MAX_POOL, (Params.Pool) p, in[0], av[0], out);
      default:
        throw unsupported(prim, dt);
    }
  }

  @Override
  public boolean supports(Prim prim) {
    return !Prim.COARSE.contains(prim) || COARSE.contains(prim);
  }

  /**
   * The coarse operations exported as SameDiff operations (the others reach the exporter decomposed
   * into primitives): every option of each is expressed exactly, with operations that SameDiff
   * differentiates.
   */
  static final Set<Prim> COARSE =
      EnumSet.of(
          Prim.SOFTMAX,
          Prim.LOG_SOFTMAX,
          Prim.SILU,
          Prim.LINEAR,
          Prim.CONV,
          Prim.MAX_POOL,
          Prim.AVG_POOL);

  /** x [..., in] @ w^T (+ bias) with w [out, in]: one mmul transposing w, rows flattened. */
  private static SDVariable linear(SameDiff sd, SDVariable[] in, Aval[] av, Aval out) {
    long features = av[1].shape().dim(1);
    long rows = av[0].shape().size() / features;
    boolean matrix = av[0].shape().rank() == 2;
    SDVariable x = matrix ? in[0] : sd.reshape(in[0], rows, features);
    SDVariable y = sd.mmul(x, in[1], false, true, false);
    if (in.length > 2) {
      y = y.add(in[2]);
    }
    return matrix ? y : sd.reshape(y, out.shape().dims());
  }

  /**
   * SameDiff's logSoftmax along the last axis (x permuted to put {@code axis} last and back): with
   * an explicit axis, M2.1's op cannot be cloned (its "dimension" property fails to set), which
   * building the gradient graph and saving both do.
   */
  private static SDVariable logSoftmax(SameDiff sd, SDVariable x, int axis, int rank) {
    if (axis == rank - 1) {
      return sd.nn().logSoftmax(x);
    }
    int[] perm = new int[rank];
    for (int i = 0; i < rank; i++) {
      perm[i] = i;
    }
    perm[axis] = rank - 1;
    perm[rank - 1] = axis;
    return sd.permute(sd.nn().logSoftmax(sd.permute(x, perm)), perm);
  }

  /**
   * SameDiff's conv2d (filters permuted to [kH, kW, C, O]; 1-d as 2-d with a unit height) or conv3d
   * (filters permuted to its [kD, kH, kW, C, O]); asymmetric padding is concatenated to the input
   * first, and groups are sliced and their results concatenated.
   */
  private static SDVariable conv(SameDiff sd, Params.Conv c, SDVariable[] in, Aval[] av, Aval out) {
    int dims = c.dims();
    long[] xd = av[0].shape().dims();
    long[] wd = av[1].shape().dims();
    DataType dt = Nd4jConversions.toNd4j(av[0].dtype());
    SDVariable x = in[0];
    long[] pad = c.padLo();
    if (!c.symmetric()) {
      x = padConstant(sd, x, xd, c.padLo(), c.padHi(), 0, dt);
      for (int i = 0; i < dims; i++) {
        xd[2 + i] += c.padLo()[i] + c.padHi()[i];
      }
      pad = new long[dims];
    }
    long g = c.groups();
    SDVariable bias = in.length > 2 ? in[2] : null;
    if (g == 1) {
      return convGroup(sd, x, xd, in[1], wd, bias, c, pad);
    }
    long cg = xd[1] / g;
    long og = wd[0] / g;
    SDVariable[] parts = new SDVariable[Math.toIntExact(g)];
    long[] xgd = xd.clone();
    xgd[1] = cg;
    long[] wgd = wd.clone();
    wgd[0] = og;
    for (int j = 0; j < g; j++) {
      SDVariable xj = sliceAxis(sd, x, xd, 1, j * cg, (j + 1) * cg);
      SDVariable wj = sliceAxis(sd, in[1], wd, 0, j * og, (j + 1) * og);
      SDVariable bj =
          bias == null ? null : sliceAxis(sd, bias, new long[] {wd[0]}, 0, j * og, (j + 1) * og);
      parts[j] = convGroup(sd, xj, xgd, wj, wgd, bj, c, pad);
    }
    return sd.concat(1, parts);
  }

  private static SDVariable convGroup(
      SameDiff sd,
      SDVariable x,
      long[] xd,
      SDVariable w,
      long[] wd,
      SDVariable bias,
      Params.Conv c,
      long[] pad) {
    long[] s = c.strides();
    long[] d = c.dilations();
    if (c.dims() == 3) {
      Conv3DConfig cfg =
          Conv3DConfig.builder()
              .kD(wd[2])
              .kH(wd[3])
              .kW(wd[4])
              .sD(s[0])
              .sH(s[1])
              .sW(s[2])
              .pD(pad[0])
              .pH(pad[1])
              .pW(pad[2])
              .dD(d[0])
              .dH(d[1])
              .dW(d[2])
              .paddingMode(PaddingMode.VALID)
              .dataFormat(Conv3DConfig.NCDHW)
              .build();
      SDVariable wt = sd.permute(w, 2, 3, 4, 1, 0);
      return bias == null ? sd.cnn().conv3d(x, wt, cfg) : sd.cnn().conv3d(x, wt, bias, cfg);
    }
    boolean one = c.dims() == 1;
    long kH = one ? 1 : wd[2];
    long kW = wd[wd.length - 1];
    Conv2DConfig cfg =
        Conv2DConfig.builder()
            .kH(kH)
            .kW(kW)
            .sH(one ? 1 : s[0])
            .sW(s[s.length - 1])
            .pH(one ? 0 : pad[0])
            .pW(pad[pad.length - 1])
            .dH(one ? 1 : d[0])
            .dW(d[d.length - 1])
            .paddingMode(PaddingMode.VALID)
            .dataFormat(Conv2DConfig.NCHW)
            .weightsFormat(WeightsFormat.YXIO)
            .build();
    SDVariable x4 = one ? sd.reshape(x, xd[0], xd[1], 1, xd[2]) : x;
    // [kH, kW, C, O]: M2.1's conv2d_bp fails its shape check with PyTorch's OIHW format
    SDVariable w4 = sd.permute(one ? sd.reshape(w, wd[0], wd[1], 1, wd[2]) : w, 2, 3, 1, 0);
    SDVariable y = bias == null ? sd.cnn().conv2d(x4, w4, cfg) : sd.cnn().conv2d(x4, w4, bias, cfg);
    if (!one) {
      return y;
    }
    long ow = (xd[2] + 2 * pad[0] - d[0] * (wd[2] - 1) - 1) / s[0] + 1;
    return sd.reshape(y, xd[0], wd[0], ow);
  }

  /**
   * Pooling as SameDiff's 2-d pooling on an input padded explicitly (with -inf for max, zeros for
   * average) to exactly the windows of the output, so no window crosses its edge and libnd4j's
   * floor rounding gives the output size: 1-d as 2-d with a unit height, 3-d as a 2-d pooling over
   * (H, W) then one over D (both max and the window sums are separable). Average divides the window
   * sums by a constant of the counts of PyTorch's rule (count_include_pad, divisor).
   */
  private static SDVariable pool(
      SameDiff sd, boolean max, Params.Pool q, SDVariable x, Aval xa, Aval out) {
    int dims = q.dims();
    long[] k = q.kernel();
    long[] s = q.strides();
    long[] d = q.dilations();
    long[] lo = q.padLo();
    long[] hi = q.padHi();
    long[] xd = xa.shape().dims();
    long[] od = out.shape().dims();
    DataType dt = Nd4jConversions.toNd4j(xa.dtype());
    long[] hiP = new long[dims];
    boolean padded = false;
    long kProd = 1;
    for (int i = 0; i < dims; i++) {
      long kEff = d[i] * (k[i] - 1) + 1;
      hiP[i] = Math.max(0, (od[2 + i] - 1) * s[i] + kEff - lo[i] - xd[2 + i]);
      padded |= lo[i] > 0 || hiP[i] > 0;
      kProd *= k[i];
    }
    long[] pd = xd.clone();
    if (padded) {
      x = padConstant(sd, x, xd, lo, hiP, max ? Double.NEGATIVE_INFINITY : 0, dt);
      for (int i = 0; i < dims; i++) {
        pd[2 + i] += lo[i] + hiP[i];
      }
    }
    long n = pd[0];
    long ch = pd[1];
    SDVariable y;
    if (dims == 1) {
      y = pool2d(sd, max, sd.reshape(x, n, ch, 1, pd[2]), 1, k[0], 1, s[0], 1, d[0]);
      y = sd.reshape(y, od);
    } else if (dims == 2) {
      y = pool2d(sd, max, x, k[0], k[1], s[0], s[1], d[0], d[1]);
    } else {
      SDVariable hw = sd.reshape(x, n, ch * pd[2], pd[3], pd[4]);
      hw = pool2d(sd, max, hw, k[1], k[2], s[1], s[2], d[1], d[2]);
      SDVariable dd = sd.reshape(hw, n, ch, pd[2], od[3] * od[4]);
      dd = pool2d(sd, max, dd, k[0], 1, s[0], 1, d[0], 1);
      y = sd.reshape(dd, od);
    }
    if (max) {
      return y;
    }
    if (q.divisor() != 0) {
      return q.divisor() == kProd ? y : y.mul((double) kProd / q.divisor());
    }
    // the windows' sums over kProd, times kProd / count
    long[] cd = od.clone();
    cd[0] = 1;
    cd[1] = 1;
    long total = 1;
    long[][] counts = new long[dims][];
    for (int i = 0; i < dims; i++) {
      total *= od[2 + i];
      counts[i] = new long[Math.toIntExact(od[2 + i])];
      for (int o = 0; o < od[2 + i]; o++) {
        long start = o * s[i] - lo[i];
        long end = Math.min(start + k[i], xd[2 + i] + hi[i]);
        long inside = Math.min(end, xd[2 + i]) - Math.max(start, 0);
        counts[i][o] = q.countIncludePad() ? end - start : Math.max(inside, 0);
      }
    }
    double[] scale = new double[Math.toIntExact(total)];
    int[] idx = new int[dims];
    for (int t = 0; t < scale.length; t++) {
      long c = 1;
      for (int i = 0; i < dims; i++) {
        c *= counts[i][idx[i]];
      }
      scale[t] = (double) kProd / c;
      for (int i = dims - 1; i >= 0; i--) {
        if (++idx[i] < od[2 + i]) {
          break;
        }
        idx[i] = 0;
      }
    }
    INDArray sc = Nd4j.createFromArray(scale).reshape(cd).castTo(dt);
    return y.mul(sd.constant(sc));
  }

  /** SameDiff's 2-d max or average pooling of an NCHW x, no padding, floor rounding. */
  private static SDVariable pool2d(
      SameDiff sd,
      boolean max,
      SDVariable x,
      long kH,
      long kW,
      long sH,
      long sW,
      long dH,
      long dW) {
    Pooling2DConfig cfg =
        Pooling2DConfig.builder()
            .kH(kH)
            .kW(kW)
            .sH(sH)
            .sW(sW)
            .pH(0)
            .pW(0)
            .dH(dH)
            .dW(dW)
            .type(max ? Pooling2D.Pooling2DType.MAX : Pooling2D.Pooling2DType.AVG)
            .divisor(Pooling2D.Divisor.INCLUDE_PADDING)
            .paddingMode(PaddingMode.VALID)
            .isNHWC(false)
            .build();
    return max ? sd.cnn().maxPooling2d(x, cfg) : sd.cnn().avgPooling2d(x, cfg);
  }

  /**
   * Returns channel-first {@code x} of {@code dims} with constant blocks of {@code value}
   * concatenated before ({@code lo}) and after ({@code hi}) each spatial dimension.
   */
  private static SDVariable padConstant(
      SameDiff sd, SDVariable x, long[] dims, long[] lo, long[] hi, double value, DataType dt) {
    long[] cur = dims.clone();
    for (int i = 0; i < lo.length; i++) {
      int ax = 2 + i;
      if (lo[i] == 0 && hi[i] == 0) {
        continue;
      }
      java.util.List<SDVariable> parts = new java.util.ArrayList<>();
      if (lo[i] > 0) {
        long[] b = cur.clone();
        b[ax] = lo[i];
        parts.add(sd.constant(Nd4j.valueArrayOf(b, value, dt)));
      }
      parts.add(x);
      if (hi[i] > 0) {
        long[] b = cur.clone();
        b[ax] = hi[i];
        parts.add(sd.constant(Nd4j.valueArrayOf(b, value, dt)));
      }
      x = sd.concat(ax, parts.toArray(new SDVariable[0]));
      cur[ax] += lo[i] + hi[i];
    }
    return x;
  }

  /** Returns positions [from, to) of axis {@code ax} of {@code x} (shape {@code dims}). */
  private static SDVariable sliceAxis(
      SameDiff sd, SDVariable x, long[] dims, int ax, long from, long to) {
    long[] begin = new long[dims.length];
    long[] end = dims.clone();
    long[] step = new long[dims.length];
    java.util.Arrays.fill(step, 1);
    begin[ax] = from;
    end[ax] = to;
    return sd.stridedSlice(x, begin, end, step);
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
