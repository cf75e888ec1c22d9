package dev.ivy.backend.torch;

import dev.ivy.DType;
import dev.ivy.backend.KernelTable;
import dev.ivy.backend.Program;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The one table from primitives to TorchScript, used by {@link TorchProgramCompiler}: for each
 * instruction the TorchScript expression that computes what its eager kernel computes, calling the
 * same aten operators (or the same {@link TorchScriptOps} helper methods) with the same arguments,
 * dtype rules and edge cases.
 *
 * <p>Mapped: every primitive but the higher-order ones ({@link Prim#HIGHER_ORDER}), in the dtypes
 * its eager kernel accepts (the compiler declines a dtype the eager path would widen), and every
 * coarse operation in float32 and float64 on non-empty arrays (where the eager kernel declines and
 * the decomposition runs instead, so does this table).
 */
final class TorchScriptRules {
  private TorchScriptRules() {}

  /**
   * Returns the dtype that decides whether the eager kernel runs {@code ins} itself: the branches'
   * dtype for {@code WHERE}, the output dtype for a primitive without inputs, else the first
   * input's (as the eager interpreter decides).
   */
  static DType keyDType(Program.Instruction ins) {
    Aval[] in = ins.inAvals();
    if (ins.prim() == Prim.WHERE) {
      return in[1].dtype();
    }
    return in.length > 0 ? in[0].dtype() : ins.outAvals()[0].dtype();
  }

  /**
   * Returns whether the eager interpreter runs {@code ins} with the kernel of {@code kernels} as it
   * is (no widening, no decomposition), which is what {@link #expr} reproduces.
   */
  static boolean eagerKernelRuns(KernelTable kernels, Program.Instruction ins) {
    Prim p = ins.prim();
    if (Prim.HIGHER_ORDER.contains(p) || !kernels.supports(p, keyDType(ins))) {
      return false;
    }
    if (p == Prim.CAST && !kernels.supports(p, ins.outAvals()[0].dtype())) {
      return false;
    }
    // the coarse kernels decline empty arrays (the decompositions run them)
    return !Prim.COARSE.contains(p)
        || !(TorchCoarseKernels.empty(ins.inAvals()) || TorchCoarseKernels.empty(ins.outAvals()));
  }

  /**
   * Returns the TorchScript expression computing {@code ins} from the values named {@code in}: a
   * tensor, or for a multi-output primitive a tuple or list of them in output order; or null if
   * there is none. Adds the {@link TorchScriptOps} helper methods it calls to {@code helpers}.
   */
  static String expr(Program.Instruction ins, List<String> in, Set<String> helpers) {
    Params p = ins.params();
    Aval[] av = ins.inAvals();
    Aval out = ins.outAvals()[0];
    String a = in.isEmpty() ? null : in.get(0);
    boolean floating = av.length > 0 && av[0].dtype().isFloating();
    boolean bool = av.length > 0 && av[0].dtype().isBool();
    return switch (ins.prim()) {
      case NEG -> call("torch.neg", a);
      case ABS -> call("torch.abs", a);
      // torch.sign maps NaN to 0; numpy keeps NaN
      case SIGN ->
          floating
              ? "torch.where(torch.isnan(" + a + "), " + a + ", torch.sign(" + a + "))"
              : call("torch.sign", a);
      case EXP -> call("torch.exp", a);
      case EXPM1 -> call("torch.expm1", a);
      case LOG -> call("torch.log", a);
      case LOG1P -> call("torch.log1p", a);
      case SQRT -> call("torch.sqrt", a);
      case SIN -> call("torch.sin", a);
      case COS -> call("torch.cos", a);
      case TAN -> call("torch.tan", a);
      case ASIN -> call("torch.asin", a);
      case ACOS -> call("torch.acos", a);
      case ATAN -> call("torch.atan", a);
      case SINH -> call("torch.sinh", a);
      case COSH -> call("torch.cosh", a);
      case TANH -> call("torch.tanh", a);
      case ASINH -> call("torch.asinh", a);
      case ACOSH -> call("torch.acosh", a);
      case ATANH -> call("torch.atanh", a);
      case ERF -> call("torch.erf", a);
      case FLOOR -> call("torch.floor", a);
      case CEIL -> call("torch.ceil", a);
      case ROUND -> call("torch.round", a);
      case ISNAN -> call("torch.isnan", a);
      case ISINF -> call("torch.isinf", a);
      case NOT -> call(bool ? "torch.logical_not" : "torch.bitwise_not", a);
      case ADD -> call("torch.add", in);
      case SUB -> call("torch.sub", in);
      case MUL -> call("torch.mul", in);
      case DIV -> call("torch.div", in);
      // Python semantics; integer division by zero gives 0
      case FLOOR_DIV -> helper(helpers, "floordiv", in);
      case REM -> helper(helpers, "rem", in);
      case POW -> floating ? call("torch.pow", in) : helper(helpers, "ipow", in);
      case MAX -> call("torch.maximum", in);
      case MIN -> call("torch.minimum", in);
      case ATAN2 -> call("torch.atan2", in);
      case AND -> call(bool ? "torch.logical_and" : "torch.bitwise_and", in);
      case OR -> call(bool ? "torch.logical_or" : "torch.bitwise_or", in);
      case XOR -> call(bool ? "torch.logical_xor" : "torch.bitwise_xor", in);
      case SHL -> call("torch.bitwise_left_shift", in);
      case SHR -> call("torch.bitwise_right_shift", in);
      case EQ -> call("torch.eq", in);
      case NE -> call("torch.ne", in);
      case LT -> call("torch.lt", in);
      case LE -> call("torch.le", in);
      case GT -> call("torch.gt", in);
      case GE -> call("torch.ge", in);
      // torch's .to(): float -> int truncates, -> bool is "nonzero"
      case CAST -> a + ".to(dtype=" + dtype(((Params.Cast) p).dtype()) + ")";
      case WHERE -> call("torch.where", in);
      case REDUCE_SUM -> castBack(sum(a, (Params.Axes) p), av[0].dtype(), out.dtype());
      case REDUCE_PROD ->
          castBack(
              perAxis(a, (Params.Axes) p, "torch.prod(%s, %d, %s)"), av[0].dtype(), out.dtype());
      // values of torch.max(x, dim) / torch.min(x, dim): NaN propagates
      case REDUCE_MAX -> perAxis(a, (Params.Axes) p, "torch.max(%s, %d, %s)[0]");
      case REDUCE_MIN -> perAxis(a, (Params.Axes) p, "torch.min(%s, %d, %s)[0]");
      case ARGMAX -> "torch.argmax(" + a + ", " + axis(p) + ", False)";
      case ARGMIN -> "torch.argmin(" + a + ", " + axis(p) + ", False)";
      case RESHAPE -> "torch.reshape(" + a + ", " + ints(out.shape().dims()) + ")";
      case BROADCAST_TO -> a + ".expand(" + ints(out.shape().dims()) + ")";
      case TRANSPOSE -> a + ".permute(" + ints(((Params.Perm) p).perm()) + ")";
      case SLICE -> slice(a, (Params.Slice) p, av[0]);
      case CONCAT -> "torch.cat([" + String.join(", ", in) + "], " + axis(p) + ")";
      case FLIP -> "torch.flip(" + a + ", " + ints(((Params.Axes) p).axes()) + ")";
      case TAKE ->
          "torch.reshape(torch.index_select("
              + a
              + ", "
              + axis(p)
              + ", torch.reshape("
              + in.get(1)
              + ", [-1])), "
              + ints(out.shape().dims())
              + ")";
      case FULL -> full((Params.Full) p);
      case IOTA -> "torch.arange(" + ((Params.Iota) p).n() + ", dtype=" + dtype(out.dtype()) + ")";
      case MATMUL -> call("torch.matmul", in);
      // libtorch sums integers in int64
      case CUMSUM ->
          castBack("torch.cumsum(" + a + ", " + axis(p) + ")", av[0].dtype(), out.dtype());
      case CUMPROD -> "torch.cumprod(" + a + ", " + axis(p) + ", dtype=" + dtype(out.dtype()) + ")";
      // stable sorts; torch.sort orders NaN after every number
      case SORT -> "torch.sort(" + a + ", dim=" + axis(p) + ", stable=True)[0]";
      case ARGSORT -> "torch.sort(" + a + ", dim=" + axis(p) + ", stable=True)[1]";
      case CHOLESKY -> helper(helpers, "cholesky", in);
      case TRIANGULAR_SOLVE -> {
        Params.Triangular t = (Params.Triangular) p;
        yield helper(
            helpers, "trisolve", List.of(a, in.get(1), py(!t.lower()), py(t.unitDiagonal())));
      }
      case LU -> helper(helpers, "lu", in);
      case QR -> helper(helpers, "qr", List.of(a, py(((Params.Decomposition) p).full())));
      case SVD -> helper(helpers, "svd", List.of(a, py(((Params.Decomposition) p).full())));
      case EIGH -> helper(helpers, "eigh", in);
      case SCATTER_ADD ->
          av[1].shape().dim(0) == 0 || out.shape().size() == 0
              ? "torch.reshape(" + a + ", " + ints(out.shape().dims()) + ")"
              : helper(helpers, "scatter_add", in);
      case CONV -> conv((Params.Conv) p, in);
      case CONV_TRANSPOSE ->
          helper(
              helpers,
              "conv_transpose",
              List.of(
                  "[" + String.join(", ", in) + "]",
                  ints(TorchCoarseKernels.convTransposeArgs((Params.Conv) p))));
      case MAX_POOL -> maxPool((Params.Pool) p, a, av[0], out, helpers);
      case AVG_POOL -> avgPool((Params.Pool) p, a, av[0], out, helpers);
      case SOFTMAX -> "torch.softmax(" + a + ", " + axis(p) + ")";
      case LOG_SOFTMAX -> "torch.log_softmax(" + a + ", " + axis(p) + ")";
      case LAYER_NORM -> {
        Params.Norm n = (Params.Norm) p;
        long[] d = av[0].shape().dims();
        yield "torch.layer_norm("
            + a
            + ", "
            + ints(Arrays.copyOfRange(d, n.axis(), d.length))
            + ", "
            + affine(n, in, 1)
            + ", "
            + num(n.eps())
            + ", False)";
      }
      // inputs x, mean, var, then weight and bias when flagged
      case BATCH_NORM -> {
        Params.Norm n = (Params.Norm) p;
        yield "torch.batch_norm("
            + a
            + ", "
            + affine(n, in, 3)
            + ", "
            + in.get(1)
            + ", "
            + in.get(2)
            + ", False, 0.0, "
            + num(n.eps())
            + ", False)";
      }
      case GROUP_NORM -> {
        Params.Norm n = (Params.Norm) p;
        yield "torch.group_norm("
            + a
            + ", "
            + n.groups()
            + ", "
            + affine(n, in, 1)
            + ", "
            + num(n.eps())
            + ", False)";
      }
      case GELU ->
          ((Params.Gelu) p).approximate()
              ? "torch.gelu(" + a + ", approximate=\"tanh\")"
              : call("torch.gelu", a);
      case SILU -> call("torch.silu", a);
      case RELU -> call("torch.relu", a);
      case CLAMP -> {
        Params.Bounds b = (Params.Bounds) p;
        yield "torch.clamp(" + a + ", " + num(b.lo()) + ", " + num(b.hi()) + ")";
      }
      case LINEAR ->
          "torch.linear("
              + a
              + ", "
              + in.get(1)
              + ", "
              + (in.size() == 3 ? in.get(2) : "None")
              + ")";
      case LSTM -> recurrent("torch.lstm", in, av, 3, "[" + in.get(1) + ", " + in.get(2) + "]");
      case GRU -> recurrent("torch.gru", in, av, 2, in.get(1));
      case SCALED_DOT_PRODUCT_ATTENTION -> {
        Params.Attention at = (Params.Attention) p;
        yield helper(
            helpers,
            "sdpa",
            List.of(
                "[" + String.join(", ", in) + "]",
                num(at.scale()),
                py(at.causal()),
                Integer.toString(at.mask().ordinal())));
      }
      case RESIZE -> {
        // PyTorch takes output / input factors, as the eager kernel passes them
        Params.Resize r = (Params.Resize) p;
        StringBuilder f = new StringBuilder("[");
        for (int i = 0; i < r.scales().length; i++) {
          f.append(i > 0 ? ", " : "").append(num(1 / r.scales()[i]));
        }
        yield helper(
            helpers,
            "resize",
            List.of(
                a,
                ints(r.sizes()),
                f.append(']').toString(),
                Integer.toString(r.mode().ordinal()),
                py(r.alignCorners())));
      }
      case EMBEDDING -> "torch.embedding(" + a + ", " + in.get(1) + ")";
      case MAX_POOL_GRAD -> {
        long[] args = TorchCoarseKernels.maxPoolGradArgs((Params.Pool) p);
        yield args == null
            ? null
            : helper(
                helpers, "max_pool_grad", List.of("[" + a + ", " + in.get(1) + "]", ints(args)));
      }
      case COND, WHILE, SCAN -> null;
    };
  }

  // ---- reductions ----

  /** Returns {@code torch.sum} over all axes at once, or {@code x} for no axes. */
  private static String sum(String x, Params.Axes a) {
    return a.axes().length == 0
        ? x
        : "torch.sum(" + x + ", " + ints(a.axes()) + ", " + py(a.keepDims()) + ")";
  }

  /**
   * Returns {@code format} (value, axis, keepDims) applied axis by axis from the last, so earlier
   * axis numbers stay valid.
   */
  private static String perAxis(String x, Params.Axes a, String format) {
    int[] axes = a.axes();
    String cur = x;
    for (int i = axes.length - 1; i >= 0; i--) {
      cur = String.format(format, cur, axes[i], py(a.keepDims()));
    }
    return cur;
  }

  /**
   * Returns {@code r} converted to {@code out} where libtorch gives int64 for an integer {@code
   * in}.
   */
  private static String castBack(String r, DType in, DType out) {
    DType summed = in.isFloating() ? in : DType.INT64;
    return summed == out ? r : "(" + r + ").to(dtype=" + dtype(out) + ")";
  }

  // ---- movement and creation ----

  private static String slice(String x, Params.Slice s, Aval in) {
    if (in.shape().rank() == 0) {
      return "torch.reshape(" + x + ", " + ints(new long[0]) + ")";
    }
    long[] start = s.start();
    long[] stop = s.stop();
    long[] step = s.step();
    String cur = x;
    for (int i = 0; i < start.length; i++) {
      long stopI = Math.max(stop[i], start[i]);
      if (start[i] == 0 && stopI >= in.shape().dim(i) && step[i] == 1) {
        continue; // the whole axis
      }
      cur = "torch.slice(" + cur + ", " + i + ", " + start[i] + ", " + stopI + ", " + step[i] + ")";
    }
    return cur;
  }

  private static String full(Params.Full f) {
    DType d = f.dtype();
    String shape = ints(f.shape().dims());
    String value;
    if (d.isInteger()) {
      value = integer(wrap(f.longValue(), d));
    } else {
      value = num(d.isBool() ? (f.doubleValue() != 0 ? 1 : 0) : f.doubleValue());
    }
    return "torch.full(" + shape + ", " + value + ", dtype=" + dtype(d) + ")";
  }

  /** Wraps {@code v} into {@code d}'s range as a C cast would (libtorch refuses overflow). */
  private static long wrap(long v, DType d) {
    return switch (d) {
      case INT8 -> (byte) v;
      case UINT8 -> v & 0xff;
      case INT16 -> (short) v;
      case INT32 -> (int) v;
      default -> v;
    };
  }

  // ---- coarse operations ----

  private static String conv(Params.Conv p, List<String> in) {
    String op = "torch.conv" + p.dims() + "d(";
    String bias = in.size() == 3 ? in.get(2) : "None";
    String rest = ints(p.strides()) + ", %s, " + ints(p.dilations()) + ", " + p.groups() + ")";
    if (p.symmetric()) {
      return op
          + in.get(0)
          + ", "
          + in.get(1)
          + ", "
          + bias
          + ", "
          + rest.formatted(ints(p.padLo()));
    }
    long[][] split = TorchCoarseKernels.asymmetricPadding(p);
    return op
        + "torch.constant_pad_nd("
        + in.get(0)
        + ", "
        + ints(split[1])
        + ", 0.0), "
        + in.get(1)
        + ", "
        + bias
        + ", "
        + rest.formatted(ints(split[0]));
  }

  private static String maxPool(Params.Pool p, String x, Aval in, Aval out, Set<String> helpers) {
    long[] a = TorchCoarseKernels.maxPoolArgs(p, in, out);
    if (a != null) {
      return helper(helpers, "max_pool", List.of(x, ints(a)));
    }
    long[] ones = new long[p.dims()];
    Arrays.fill(ones, 1);
    return "torch.max_pool"
        + p.dims()
        + "d("
        + x
        + ", "
        + ints(p.kernel())
        + ", "
        + ints(p.strides())
        + ", "
        + ints(p.padLo())
        + ", "
        + ints(ones)
        + ", "
        + py(p.ceilMode())
        + ")";
  }

  private static String avgPool(Params.Pool p, String x, Aval in, Aval out, Set<String> helpers) {
    long[] a = TorchCoarseKernels.avgPoolArgs(p, in, out);
    if (a != null) {
      return helper(helpers, "avg_pool", List.of(x, ints(a)));
    }
    // what DJL's avgPool calls: count_include_pad, no divisor override
    return "torch.avg_pool"
        + p.dims()
        + "d("
        + x
        + ", "
        + ints(p.kernel())
        + ", "
        + ints(p.strides())
        + ", "
        + ints(p.padLo())
        + ", "
        + py(p.ceilMode())
        + ", True)";
  }

  /**
   * Returns the weight and bias arguments ({@code None} where not flagged) from input {@code k}.
   */
  private static String affine(Params.Norm n, List<String> in, int k) {
    String w = n.weight() ? in.get(k++) : "None";
    String b = n.bias() ? in.get(k) : "None";
    return w + ", " + b;
  }

  /**
   * {@code torch.lstm} / {@code torch.gru}: one layer, time-major, with biases, bidirectional for
   * two directions; the stacked per-direction weights [D, G * H, ...] are selected per direction.
   */
  private static String recurrent(String op, List<String> in, Aval[] av, int w, String hx) {
    long dirs = av[1].shape().dim(0);
    List<String> params = new ArrayList<>();
    for (int d = 0; d < dirs; d++) {
      for (int i = 0; i < 4; i++) {
        params.add(in.get(w + i) + ".select(0, " + d + ")");
      }
    }
    return op
        + "("
        + in.get(0)
        + ", "
        + hx
        + ", ["
        + String.join(", ", params)
        + "], True, 1, 0.0, False, "
        + py(dirs == 2)
        + ", False)";
  }

  // ---- source text ----

  private static String call(String f, String x) {
    return f + "(" + x + ")";
  }

  private static String call(String f, List<String> args) {
    return f + "(" + String.join(", ", args) + ")";
  }

  private static String helper(Set<String> helpers, String name, List<String> args) {
    helpers.add(name);
    return call("self." + name, args);
  }

  private static long axis(Params p) {
    return ((Params.Axis) p).axis();
  }

  private static String dtype(DType d) {
    return Integer.toString(TorchConversions.scalarType(d));
  }

  private static String py(boolean b) {
    return b ? "True" : "False";
  }

  /** Returns an int literal; int64's minimum has none. */
  private static String integer(long v) {
    return v == Long.MIN_VALUE ? "(-9223372036854775807 - 1)" : Long.toString(v);
  }

  /** Returns a float literal that reads back as {@code v} exactly. */
  static String num(double v) {
    if (Double.isNaN(v)) {
      return "float(\"nan\")";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "float(\"inf\")" : "float(\"-inf\")";
    }
    return Double.toString(v).replace('E', 'e');
  }

  /** Returns a list literal of ints, typed when empty. */
  static String ints(long[] v) {
    if (v.length == 0) {
      return "annotate(List[int], [])";
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < v.length; i++) {
      sb.append(i > 0 ? ", " : "").append(integer(v[i]));
    }
    return sb.append(']').toString();
  }

  private static String ints(int[] v) {
    return ints(Arrays.stream(v).asLongStream().toArray());
  }
}
