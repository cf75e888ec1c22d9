package dev.ivy.prim;

import java.util.EnumSet;
import java.util.Set;

/**
 * The closed set of primitive operations: what every backend implements natively and what the
 * dispatcher, the tracer and autodiff see. Every other core function is a composite of these.
 *
 * <p>Contracts for backends (the dispatcher guarantees the preconditions, so kernels check
 * nothing):
 *
 * <ul>
 *   <li>{@link #UNARY}: one input; output has its shape and dtype, except the predicates ({@link
 *       #ISNAN}, {@link #ISINF}) which give bool.
 *   <li>{@link #BINARY} and {@link #COMPARE}: two inputs of the <em>same dtype</em> whose shapes
 *       broadcast (numpy rules); the kernel broadcasts. Comparisons give bool.
 *   <li>{@link #WHERE}: bool condition and two values of the same dtype, all three broadcastable.
 *   <li>{@link #REDUCE}: axes are non-negative, sorted, unique and non-empty.
 *   <li>Saved graphs use the constant names: never rename one.
 * </ul>
 */
public enum Prim {
  // ---- elementwise unary (float-only ones get float inputs from core) ----
  /** Negation. */
  NEG,
  /** Absolute value. */
  ABS,
  /** -1, 0 or 1 with the input's sign (NaN stays NaN). */
  SIGN,
  /** e^x. */
  EXP,
  /** e^x - 1, accurate near 0. */
  EXPM1,
  /** Natural logarithm. */
  LOG,
  /** log(1 + x), accurate near 0. */
  LOG1P,
  /** Square root. */
  SQRT,
  /** Sine. */
  SIN,
  /** Cosine. */
  COS,
  /** Tangent. */
  TAN,
  /** Inverse sine. */
  ASIN,
  /** Inverse cosine. */
  ACOS,
  /** Inverse tangent. */
  ATAN,
  /** Hyperbolic sine. */
  SINH,
  /** Hyperbolic cosine. */
  COSH,
  /** Hyperbolic tangent. */
  TANH,
  /** Inverse hyperbolic sine. */
  ASINH,
  /** Inverse hyperbolic cosine. */
  ACOSH,
  /** Inverse hyperbolic tangent. */
  ATANH,
  /** Gauss error function, 2/sqrt(pi) * integral of e^(-t^2) from 0 to x. */
  ERF,
  /** Largest integer not greater than x (floats only). */
  FLOOR,
  /** Smallest integer not less than x (floats only). */
  CEIL,
  /** Round half to even (floats only). */
  ROUND,
  /** x is NaN (floats only); bool output. */
  ISNAN,
  /** x is +-infinity (floats only); bool output. */
  ISINF,
  /** Logical not for bool, bitwise not for integers. */
  NOT,

  // ---- elementwise binary ----
  /** x + y. */
  ADD,
  /** x - y. */
  SUB,
  /** x * y. */
  MUL,
  /** True division (floats only). */
  DIV,
  /** Floor division: floor(x / y); for integers, Python semantics (rounds toward -inf). */
  FLOOR_DIV,
  /** Python-style remainder: x - floor(x / y) * y, sign of y. */
  REM,
  /** x ** y. */
  POW,
  /** Elementwise maximum; NaN propagates. */
  MAX,
  /** Elementwise minimum; NaN propagates. */
  MIN,
  /** atan2(x, y) (floats only). */
  ATAN2,
  /** Logical and for bool, bitwise and for integers. */
  AND,
  /** Logical or for bool, bitwise or for integers. */
  OR,
  /** Logical xor for bool, bitwise xor for integers. */
  XOR,
  /** Left shift (integers). */
  SHL,
  /** Arithmetic right shift (integers). */
  SHR,

  // ---- comparisons (bool output) ----
  /** x == y. */
  EQ,
  /** x != y. */
  NE,
  /** x &lt; y. */
  LT,
  /** x &lt;= y. */
  LE,
  /** x > y. */
  GT,
  /** x >= y. */
  GE,

  // ---- type and selection ----
  /** Conversion to {@link Params.Cast#dtype()}: floats to ints truncate toward zero. */
  CAST,
  /** where(cond, x, y). */
  WHERE,

  // ---- reductions ----
  /** Sum over axes. */
  REDUCE_SUM,
  /** Product over axes. */
  REDUCE_PROD,
  /** Maximum over axes; NaN propagates. */
  REDUCE_MAX,
  /** Minimum over axes; NaN propagates. */
  REDUCE_MIN,
  /** Index (int64) of the first maximum along one axis. */
  ARGMAX,
  /** Index (int64) of the first minimum along one axis. */
  ARGMIN,

  // ---- movement ----
  /** Same elements in row-major order, new shape of equal size. */
  RESHAPE,
  /** Numpy-style broadcast to a shape. */
  BROADCAST_TO,
  /** Permutation of axes. */
  TRANSPOSE,
  /** Strided slice with positive steps, per axis [start, stop). */
  SLICE,
  /** Concatenation of n inputs of one dtype along an axis. */
  CONCAT,
  /** Reversal along axes. */
  FLIP,
  /** Gather along an axis with int64 indices (already non-negative and in range). */
  TAKE,

  // ---- creation (no inputs) ----
  /** An array of a shape filled with one value. */
  FULL,
  /** 0, 1, ..., n-1 in a dtype. */
  IOTA,

  // ---- linear algebra ----
  /**
   * Matrix product of two inputs of rank >= 2 with equal rank and equal batch dimensions and the
   * same dtype.
   */
  MATMUL,

  // ---- scans and sorting ----
  /** Inclusive cumulative sum along an axis. */
  CUMSUM,
  /** Inclusive cumulative product along an axis. */
  CUMPROD,
  /** Sort along an axis, ascending, stable; NaN last. */
  SORT,
  /** Indices (int64) of a stable ascending sort along an axis; NaN last. */
  ARGSORT,

  // ---- linear algebra: decompositions (floating inputs; batched over leading axes) ----
  /** Lower Cholesky factor L of a symmetric positive-definite matrix (A = L L^T). */
  CHOLESKY,
  /**
   * Solution X of A X = B for triangular A (params {@link Params.Triangular}); inputs A [..., n, n]
   * and B [..., n, k] with equal batch dimensions.
   */
  TRIANGULAR_SOLVE,
  /**
   * LU factorisation with partial pivoting: two outputs, the packed factors [..., n, n] (unit lower
   * L below the diagonal, U on and above it) and the int64 permutation [..., n] with A[perm] = L U.
   */
  LU,
  /**
   * QR factorisation: two outputs Q and R (params {@link Params.Decomposition}: complete or
   * reduced). Signs are as the backend computes them; core normalises them.
   */
  QR,
  /**
   * Singular value decomposition: three outputs U, S (descending) and Vh with A = U diag(S) Vh
   * (params {@link Params.Decomposition}: full or reduced matrices).
   */
  SVD,
  /**
   * Eigen-decomposition of a symmetric matrix (its lower triangle is read): two outputs, the
   * eigenvalues [..., n] ascending and the eigenvectors [..., n, n] as columns.
   */
  EIGH,

  // ---- indexed update ----
  /**
   * Scatter-add: inputs operand [S0, ..., Sr-1] (rank r >= 1), int64 indices [N, k] with 1 &lt;= k
   * &lt;= r, and updates [N, Sk, ..., Sr-1] of the operand's dtype. The output is a copy of the
   * operand with {@code updates[n]} added at {@code operand[indices[n, 0], ..., indices[n, k-1]]}
   * for every n; duplicate indices accumulate (for floats in an unspecified order). Core guarantees
   * every index is non-negative and in range; N may be 0 and the operand may be empty (the kernel
   * then returns a copy). Bool operands add as logical or. Params: {@link Params.None}.
   */
  SCATTER_ADD,

  // ---- coarse operations (each has a decomposition into primitives; backends may run it natively)
  /**
   * N-d convolution (params {@link Params.Conv}; cross-correlation, as every framework computes
   * it): inputs x [N, C, *spatial] (1 to 3 spatial dimensions), filters [O, C / groups, *kernel]
   * and optionally bias [O], one floating dtype; output [N, O, *out] with {@code out = (n + padLo +
   * padHi - dilation * (k - 1) - 1) / stride + 1}.
   */
  CONV,
  /**
   * N-d transposed convolution, the gradient of {@link #CONV} with respect to its input (params
   * {@link Params.Conv}): inputs x [N, C, *spatial], filters [C, O / groups, *kernel] (PyTorch's
   * layout) and optionally bias [O]; output [N, O, *out] with {@code out = (n - 1) * stride +
   * dilation * (k - 1) + 1 - padLo - padHi}.
   */
  CONV_TRANSPOSE,
  /** Max pooling of x [N, C, *spatial] (params {@link Params.Pool}); numeric dtypes. */
  MAX_POOL,
  /** Average pooling of x [N, C, *spatial] (params {@link Params.Pool}); floating dtypes. */
  AVG_POOL,
  /** Softmax along an axis (params {@link Params.Axis}) of a non-empty floating x of rank >= 1. */
  SOFTMAX,
  /** Log-softmax along an axis (params {@link Params.Axis}), as {@link #SOFTMAX}. */
  LOG_SOFTMAX,
  /**
   * Layer normalization (params {@link Params.Norm}): x normalized over axes axis..rank-1 with its
   * mean and biased variance, times weight and plus bias (inputs when flagged, shaped
   * x.shape[axis:]).
   */
  LAYER_NORM,
  /**
   * Batch normalization with given statistics (params {@link Params.Norm}): inputs x [N, C, ...],
   * mean [C], variance [C], then weight [C] and bias [C] when flagged; (x - mean) / sqrt(variance +
   * eps) * weight + bias per channel.
   */
  BATCH_NORM,
  /**
   * Group normalization (params {@link Params.Norm}): x [N, C, ...] split into groups of
   * consecutive channels, each sample's group normalized with its own mean and biased variance,
   * then weight [C] and bias [C] per channel when flagged.
   */
  GROUP_NORM,
  /** Gaussian error linear unit (params {@link Params.Gelu}) of a floating x. */
  GELU,
  /** x * sigmoid(x) of a floating x. */
  SILU,
  /** max(x, 0) of a floating x; NaN stays NaN (the gradient at 0 is 0, as PyTorch's). */
  RELU,
  /**
   * x clamped to [lo, hi] (params {@link Params.Bounds}; either may be infinite) of a floating x;
   * NaN stays NaN (the gradient is 1 on the closed interval, as PyTorch's clamp).
   */
  CLAMP,
  /**
   * x @ weight^T (+ bias): inputs x [..., in] (rank >= 1), weight [out, in], optionally bias [out],
   * one floating dtype; output [..., out].
   */
  LINEAR,
  /**
   * One LSTM layer over a sequence, one or two directions (D), PyTorch's gate order (i, f, g, o):
   * inputs x [T, N, I], h0 [D, N, H], c0 [D, N, H], wIh [D, 4H, I], wHh [D, 4H, H], bIh [D, 4H],
   * bHh [D, 4H]; outputs y [T, N, D * H] (the reverse direction's states in the second half, in
   * input time order), hN [D, N, H] and cN [D, N, H]. Params: {@link Params.None}.
   */
  LSTM,
  /**
   * One GRU layer over a sequence, one or two directions (D), PyTorch's gate order (r, z, n) and
   * formula n = tanh(W_in x + b_in + r * (W_hn h + b_hn)): inputs x [T, N, I], h0 [D, N, H], wIh
   * [D, 3H, I], wHh [D, 3H, H], bIh [D, 3H], bHh [D, 3H]; outputs y [T, N, D * H] and hN [D, N, H].
   * Params: {@link Params.None}.
   */
  GRU,
  /**
   * Scaled dot-product attention, softmax(q @ k^T * scale + mask) @ v (params {@link
   * Params.Attention}): inputs query [..., L, E], key [..., S, E] and value [..., S, Ev] of one
   * floating dtype and equal batch dimensions (S >= 1), then when flagged a mask of the query's
   * rank whose dimensions are 1 or those of the scores [..., L, S]: bool (true keeps a position) or
   * additive (the query's dtype); output [..., L, Ev]. With {@code causal}, key j is kept for query
   * i only when j &lt;= i. A query with no key left to attend to gets 0 (PyTorch 2.5+).
   */
  SCALED_DOT_PRODUCT_ATTENTION,
  /**
   * Resizing of channel-first x [N, C, *spatial] (1 to 3 spatial dimensions) to the params' output
   * sizes (params {@link Params.Resize}) with PyTorch's coordinate rules for nearest, nearest-exact
   * and (multi)linear interpolation; nearest modes take any dtype but bool, linear floating dtypes.
   */
  RESIZE,
  /**
   * Embedding lookup: the rows of weights [num, dim] (any dtype but bool) at int64 indices of any
   * shape, each in [0, num) (core checks them); output indices.shape + [dim]. Params: {@link
   * Params.None}.
   */
  EMBEDDING,
  /**
   * The gradient of {@link #MAX_POOL} with PyTorch's rule (params {@link Params.Pool}): inputs x
   * [N, C, *spatial] (floating) and the cotangent g of the pooling's output; output shaped as x,
   * each g routed to the window's maximum, the first one in the window's row-major order (the last
   * NaN where the window holds NaN, as PyTorch's kernel), never to padding.
   */
  MAX_POOL_GRAD,

  // ---- higher-order (functional control flow; params Params.Control; no backend kernels) ----
  /**
   * lax.cond: inputs pred (0-d bool) and operands; bodies [true branch, false branch]; outputs the
   * chosen branch's results. Runs by calling the body, never a backend kernel.
   */
  COND,
  /**
   * lax.while_loop: inputs the initial values; bodies [condition, body]; outputs the final values.
   */
  WHILE,
  /**
   * lax.scan: inputs numCarry initial carries then xs; bodies [fn]; outputs the final carries then
   * the per-step outputs stacked on a new leading axis.
   */
  SCAN;

  /** Elementwise operations of one input. */
  public static final Set<Prim> UNARY = EnumSet.range(NEG, NOT);

  /** Elementwise operations of two inputs with the inputs' dtype as output. */
  public static final Set<Prim> BINARY = EnumSet.range(ADD, SHR);

  /** Elementwise comparisons with bool output. */
  public static final Set<Prim> COMPARE = EnumSet.range(EQ, GE);

  /** Reductions over a set of axes. */
  public static final Set<Prim> REDUCE = EnumSet.range(REDUCE_SUM, REDUCE_MIN);

  /** Primitives with several outputs: their kernels return an {@code Object[]} of payloads. */
  public static final Set<Prim> MULTI_OUTPUT = EnumSet.of(LU, QR, SVD, EIGH, LSTM, GRU);

  /**
   * Coarse operations: the ones every framework ships a tuned kernel for. Each is one node for the
   * dispatcher, the tracer, autodiff and the exporters and carries a decomposition into the other
   * primitives ({@code dev.ivy.ops.Coarse}); a backend with its own kernel runs it natively, one
   * without runs the decomposition.
   */
  public static final Set<Prim> COARSE = EnumSet.range(CONV, MAX_POOL_GRAD);

  /**
   * Functional control flow whose params hold function bodies ({@link Params.Control}): they run by
   * calling the bodies (no backend has or needs a kernel) and have several outputs.
   */
  public static final Set<Prim> HIGHER_ORDER = EnumSet.of(COND, WHILE, SCAN);

  /** Linear-algebra decompositions, floating inputs only. */
  public static final Set<Prim> LINALG = EnumSet.range(CHOLESKY, EIGH);

  /** Unary ops that only take floating inputs. */
  public static final Set<Prim> FLOAT_ONLY =
      EnumSet.of(
          EXP, EXPM1, LOG, LOG1P, SQRT, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH, ASINH,
          ACOSH, ATANH, ERF, FLOOR, CEIL, ROUND, ISNAN, ISINF, DIV, ATAN2);

  private final String opName = name().toLowerCase(java.util.Locale.ROOT);

  /** Returns the name used in error messages and printed graphs, such as {@code reduce_sum}. */
  public String opName() {
    return opName;
  }
}
