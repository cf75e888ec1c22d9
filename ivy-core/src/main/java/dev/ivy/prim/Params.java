package dev.ivy.prim;

import dev.ivy.DType;
import dev.ivy.Shape;
import java.util.Arrays;

/**
 * The immutable attributes of a primitive call. Each primitive takes exactly one kind of params
 * (see {@link ShapeRules}); records compare by value so graphs can be deduplicated.
 */
public sealed interface Params
    permits Params.None,
        Params.Cast,
        Params.Axes,
        Params.Axis,
        Params.ToShape,
        Params.Perm,
        Params.Slice,
        Params.Full,
        Params.Iota,
        Params.Triangular,
        Params.Decomposition,
        Params.Control,
        Params.Conv,
        Params.Pool,
        Params.Norm,
        Params.Gelu,
        Params.Bounds,
        Params.Attention,
        Params.Resize {

  /** Params of primitives that take no attributes. */
  enum None implements Params {
    /** The only instance. */
    INSTANCE
  }

  /**
   * Target dtype of {@link Prim#CAST}.
   *
   * @param dtype the dtype to convert to
   */
  record Cast(DType dtype) implements Params {}

  /**
   * Axes of a reduction or a flip.
   *
   * @param axes non-negative, sorted, unique axes
   * @param keepDims whether reduced axes stay as size 1
   */
  record Axes(int[] axes, boolean keepDims) implements Params {
    /** Defensive copy. */
    public Axes {
      axes = axes.clone();
    }

    @Override
    public int[] axes() {
      return axes.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Axes a && keepDims == a.keepDims && Arrays.equals(axes, a.axes);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(axes) + Boolean.hashCode(keepDims);
    }

    @Override
    public String toString() {
      return "axes=" + Arrays.toString(axes) + (keepDims ? ", keepdims" : "");
    }
  }

  /**
   * One non-negative axis (argmax, concat, take, cumulative ops, sorting).
   *
   * @param axis the axis
   */
  record Axis(int axis) implements Params {}

  /**
   * Target shape of a reshape or broadcast, or the shape of a creation.
   *
   * @param shape the shape
   */
  record ToShape(Shape shape) implements Params {}

  /**
   * Axis permutation of a transpose.
   *
   * @param perm output axis i is input axis perm[i]
   */
  record Perm(int[] perm) implements Params {
    /** Defensive copy. */
    public Perm {
      perm = perm.clone();
    }

    @Override
    public int[] perm() {
      return perm.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Perm p && Arrays.equals(perm, p.perm);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(perm);
    }

    @Override
    public String toString() {
      return "perm=" + Arrays.toString(perm);
    }
  }

  /**
   * A strided slice per axis, start inclusive, stop exclusive; starts and stops are clamped to [0,
   * dim] and steps are positive.
   *
   * @param start first index per axis
   * @param stop end index per axis (exclusive)
   * @param step positive step per axis
   */
  record Slice(long[] start, long[] stop, long[] step) implements Params {
    /** Defensive copies. */
    public Slice {
      start = start.clone();
      stop = stop.clone();
      step = step.clone();
    }

    @Override
    public long[] start() {
      return start.clone();
    }

    @Override
    public long[] stop() {
      return stop.clone();
    }

    @Override
    public long[] step() {
      return step.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Slice s
          && Arrays.equals(start, s.start)
          && Arrays.equals(stop, s.stop)
          && Arrays.equals(step, s.step);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(start) * 961 + Arrays.hashCode(stop) * 31 + Arrays.hashCode(step);
    }

    @Override
    public String toString() {
      return "start="
          + Arrays.toString(start)
          + ", stop="
          + Arrays.toString(stop)
          + ", step="
          + Arrays.toString(step);
    }
  }

  /**
   * An array filled with one value. The value is held as a double for floating and bool dtypes
   * (bool: nonzero is true) and as a long for integer dtypes, so int64 values stay exact.
   *
   * @param shape the shape
   * @param dtype the dtype
   * @param doubleValue the value for floating and bool dtypes
   * @param longValue the value for integer dtypes
   */
  record Full(Shape shape, DType dtype, double doubleValue, long longValue) implements Params {
    /** Returns params filling with {@code value}, converted to {@code dtype}. */
    public static Full of(Shape shape, DType dtype, Number value) {
      if (dtype.isInteger()) {
        long l =
            value instanceof Double || value instanceof Float
                ? (long) value.doubleValue()
                : value.longValue();
        return new Full(shape, dtype, l, l);
      }
      double d = value.doubleValue();
      return new Full(shape, dtype, dtype.isBool() ? (d != 0 ? 1 : 0) : d, (long) d);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Full f
          && shape.equals(f.shape)
          && dtype == f.dtype
          && Double.doubleToLongBits(doubleValue) == Double.doubleToLongBits(f.doubleValue)
          && longValue == f.longValue;
    }

    @Override
    public int hashCode() {
      return (shape.hashCode() * 31 + dtype.hashCode()) * 31 + Double.hashCode(doubleValue);
    }
  }

  /**
   * 0, 1, ..., n-1.
   *
   * @param n the length
   * @param dtype the dtype (numeric)
   */
  record Iota(long n, DType dtype) implements Params {}

  /**
   * Options of {@link Prim#TRIANGULAR_SOLVE}.
   *
   * @param lower whether A is lower triangular (else upper); the other triangle is ignored
   * @param unitDiagonal whether A's diagonal is taken as ones
   */
  record Triangular(boolean lower, boolean unitDiagonal) implements Params {}

  /**
   * Options of {@link Prim#QR} and {@link Prim#SVD}.
   *
   * @param full complete QR / full-matrices SVD (square Q, U, Vh) rather than reduced
   */
  record Decomposition(boolean full) implements Params {}

  /** A function body of a higher-order primitive: takes and returns flat lists of arrays. */
  @FunctionalInterface
  interface Body {
    /**
     * Runs the body.
     *
     * @param args the arguments
     * @return the results
     */
    java.util.List<dev.ivy.Array> apply(java.util.List<dev.ivy.Array> args);
  }

  /**
   * Params of the higher-order primitives ({@link Prim#HIGHER_ORDER}).
   *
   * @param bodies the function bodies (cond: true, false; while: condition, body; scan: fn)
   * @param numCarry scan: how many inputs are carries (0 otherwise)
   * @param outAvals the outputs' avals, or null while not yet known (before a trace)
   */
  record Control(java.util.List<Body> bodies, int numCarry, java.util.List<Aval> outAvals)
      implements Params {
    /** Copies the lists. */
    public Control {
      bodies = java.util.List.copyOf(bodies);
      outAvals = outAvals == null ? null : java.util.List.copyOf(outAvals);
    }

    @Override
    public String toString() {
      return "bodies=" + bodies.size() + (numCarry > 0 ? ", carry=" + numCarry : "");
    }
  }

  /**
   * Options of {@link Prim#CONV} and {@link Prim#CONV_TRANSPOSE}, one entry per spatial dimension.
   *
   * <p>{@code CONV}: the input is padded by {@code padLo}/{@code padHi} (both >= 0) before the
   * strided, dilated windows are taken. {@code CONV_TRANSPOSE} (the gradient of {@code CONV} with
   * respect to its input): the full result of {@code (n - 1) * stride + dilation * (k - 1) + 1}
   * elements loses {@code padLo} (>= 0) at the start and {@code padHi} at the end; a negative
   * {@code padHi} appends that many positions (PyTorch's {@code output_padding}), which receive
   * only the bias.
   *
   * @param strides the strides (>= 1)
   * @param padLo the padding (or cut) before each spatial dimension
   * @param padHi the padding (or cut) after each spatial dimension
   * @param dilations the kernel dilations (>= 1)
   * @param groups the number of channel groups (>= 1)
   */
  record Conv(long[] strides, long[] padLo, long[] padHi, long[] dilations, long groups)
      implements Params {
    /** Defensive copies. */
    public Conv {
      strides = strides.clone();
      padLo = padLo.clone();
      padHi = padHi.clone();
      dilations = dilations.clone();
    }

    @Override
    public long[] strides() {
      return strides.clone();
    }

    @Override
    public long[] padLo() {
      return padLo.clone();
    }

    @Override
    public long[] padHi() {
      return padHi.clone();
    }

    @Override
    public long[] dilations() {
      return dilations.clone();
    }

    /** Returns the number of spatial dimensions. */
    public int dims() {
      return strides.length;
    }

    /** Returns whether the padding is the same at both ends of every dimension. */
    public boolean symmetric() {
      return Arrays.equals(padLo, padHi);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Conv c
          && groups == c.groups
          && Arrays.equals(strides, c.strides)
          && Arrays.equals(padLo, c.padLo)
          && Arrays.equals(padHi, c.padHi)
          && Arrays.equals(dilations, c.dilations);
    }

    @Override
    public int hashCode() {
      return Arrays.deepHashCode(new Object[] {strides, padLo, padHi, dilations, groups});
    }

    @Override
    public String toString() {
      return "strides="
          + Arrays.toString(strides)
          + ", pad="
          + Arrays.toString(padLo)
          + "/"
          + Arrays.toString(padHi)
          + ", dilations="
          + Arrays.toString(dilations)
          + ", groups="
          + groups;
    }
  }

  /**
   * Options of {@link Prim#MAX_POOL} and {@link Prim#AVG_POOL}, one entry per spatial dimension,
   * with PyTorch's semantics: padding (>= 0) adds -inf (max) or zeros (average) at each end; with
   * {@code ceilMode} the output size rounds up, but a last window that would start in the end
   * padding or beyond is dropped.
   *
   * @param kernel the window sizes (>= 1)
   * @param strides the strides (>= 1)
   * @param padLo the padding before each spatial dimension
   * @param padHi the padding after each spatial dimension
   * @param dilations the window dilations (>= 1; average pooling takes only 1)
   * @param ceilMode whether the output size rounds up
   * @param countIncludePad average: whether padded positions (within the padded input) count in the
   *     divisor
   * @param divisor average: a fixed divisor, or 0 for the window count
   */
  record Pool(
      long[] kernel,
      long[] strides,
      long[] padLo,
      long[] padHi,
      long[] dilations,
      boolean ceilMode,
      boolean countIncludePad,
      long divisor)
      implements Params {
    /** Defensive copies. */
    public Pool {
      kernel = kernel.clone();
      strides = strides.clone();
      padLo = padLo.clone();
      padHi = padHi.clone();
      dilations = dilations.clone();
    }

    @Override
    public long[] kernel() {
      return kernel.clone();
    }

    @Override
    public long[] strides() {
      return strides.clone();
    }

    @Override
    public long[] padLo() {
      return padLo.clone();
    }

    @Override
    public long[] padHi() {
      return padHi.clone();
    }

    @Override
    public long[] dilations() {
      return dilations.clone();
    }

    /** Returns the number of spatial dimensions. */
    public int dims() {
      return kernel.length;
    }

    /** Returns whether the padding is the same at both ends of every dimension. */
    public boolean symmetric() {
      return Arrays.equals(padLo, padHi);
    }

    /** Returns the output size along spatial dimension {@code i} of an input of size {@code n}. */
    public long outputSize(int i, long n) {
      long kEff = dilations[i] * (kernel[i] - 1) + 1;
      long s = strides[i];
      long out = Math.floorDiv(n + padLo[i] + padHi[i] - kEff + (ceilMode ? s - 1 : 0), s) + 1;
      if (ceilMode && (out - 1) * s >= n + padLo[i]) {
        out--;
      }
      return out;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Pool p
          && ceilMode == p.ceilMode
          && countIncludePad == p.countIncludePad
          && divisor == p.divisor
          && Arrays.equals(kernel, p.kernel)
          && Arrays.equals(strides, p.strides)
          && Arrays.equals(padLo, p.padLo)
          && Arrays.equals(padHi, p.padHi)
          && Arrays.equals(dilations, p.dilations);
    }

    @Override
    public int hashCode() {
      return Arrays.deepHashCode(
          new Object[] {
            kernel, strides, padLo, padHi, dilations, ceilMode, countIncludePad, divisor
          });
    }

    @Override
    public String toString() {
      return "kernel="
          + Arrays.toString(kernel)
          + ", strides="
          + Arrays.toString(strides)
          + ", pad="
          + Arrays.toString(padLo)
          + "/"
          + Arrays.toString(padHi)
          + ", dilations="
          + Arrays.toString(dilations)
          + (ceilMode ? ", ceil" : "")
          + (countIncludePad ? ", count_include_pad" : "")
          + (divisor != 0 ? ", divisor=" + divisor : "");
    }
  }

  /**
   * Options of the normalizations ({@link Prim#LAYER_NORM}, {@link Prim#BATCH_NORM}, {@link
   * Prim#GROUP_NORM}): which optional inputs follow x (weight, then bias), the epsilon added to the
   * variance, and for layer norm the first normalized axis, for group norm the group count.
   *
   * @param axis layer norm: the normalized axes are axis..rank-1; others: 1 (the channel axis)
   * @param groups group norm: the number of channel groups; others: 1
   * @param eps added to the variance
   * @param weight whether a weight (per-element or per-channel factor) is an input
   * @param bias whether a bias (shift) is an input
   */
  record Norm(int axis, long groups, double eps, boolean weight, boolean bias) implements Params {}

  /**
   * Options of {@link Prim#GELU}.
   *
   * @param approximate PyTorch's tanh approximation rather than the exact erf form
   */
  record Gelu(boolean approximate) implements Params {}

  /**
   * Bounds of {@link Prim#CLAMP}.
   *
   * @param lo the lower bound (may be -infinity)
   * @param hi the upper bound (may be +infinity), >= lo
   */
  record Bounds(double lo, double hi) implements Params {
    @Override
    public boolean equals(Object o) {
      return o instanceof Bounds b
          && Double.doubleToLongBits(lo) == Double.doubleToLongBits(b.lo)
          && Double.doubleToLongBits(hi) == Double.doubleToLongBits(b.hi);
    }

    @Override
    public int hashCode() {
      return Double.hashCode(lo) * 31 + Double.hashCode(hi);
    }
  }

  /**
   * Options of {@link Prim#SCALED_DOT_PRODUCT_ATTENTION}.
   *
   * @param scale the factor of the scores q @ k^T
   * @param causal whether key j is kept for query i only when j &lt;= i (top-left aligned)
   * @param mask which mask, if any, is the fourth input
   */
  record Attention(double scale, boolean causal, Mask mask) implements Params {
    /** The kinds of attention mask. */
    public enum Mask {
      /** No mask input. */
      NONE,
      /** A bool mask: true keeps the position. */
      BOOL,
      /** A floating mask added to the scores. */
      ADDITIVE
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Attention a
          && Double.doubleToLongBits(scale) == Double.doubleToLongBits(a.scale)
          && causal == a.causal
          && mask == a.mask;
    }

    @Override
    public int hashCode() {
      return (Double.hashCode(scale) * 31 + Boolean.hashCode(causal)) * 31 + mask.hashCode();
    }
  }

  /**
   * Options of {@link Prim#RESIZE}, one entry per spatial dimension, with PyTorch's coordinate
   * rules: "nearest" reads source {@code min(floor(dst * scale), n - 1)} and "nearest-exact" {@code
   * min(floor((dst + 0.5) * scale), n - 1)}, both with the scale rounded to single precision as
   * PyTorch does; "linear" weights the two neighbours of source {@code max((dst + 0.5) * scale -
   * 0.5, 0)}, or of {@code dst * (n - 1) / (out - 1)} (0 when out is 1) with {@code alignCorners}.
   *
   * @param sizes the output sizes (>= 1)
   * @param scales the input/output coordinate ratios (> 0): {@code 1 / scale_factor} where a factor
   *     was given, else {@code n / out}; unused by linear with alignCorners
   * @param mode the interpolation
   * @param alignCorners linear: whether the corner pixels' centres align
   */
  record Resize(long[] sizes, double[] scales, Mode mode, boolean alignCorners) implements Params {
    /** The interpolation modes. */
    public enum Mode {
      /** PyTorch's "nearest" (floor of the scaled destination index). */
      NEAREST,
      /** PyTorch's "nearest-exact" (floor of the scaled destination pixel centre). */
      NEAREST_EXACT,
      /** Multilinear over every spatial dimension. */
      LINEAR
    }

    /** Defensive copies. */
    public Resize {
      sizes = sizes.clone();
      scales = scales.clone();
    }

    @Override
    public long[] sizes() {
      return sizes.clone();
    }

    @Override
    public double[] scales() {
      return scales.clone();
    }

    /** Returns the number of spatial dimensions. */
    public int dims() {
      return sizes.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Resize r
          && mode == r.mode
          && alignCorners == r.alignCorners
          && Arrays.equals(sizes, r.sizes)
          && Arrays.equals(scales, r.scales);
    }

    @Override
    public int hashCode() {
      return Arrays.deepHashCode(new Object[] {sizes, scales, mode, alignCorners});
    }

    @Override
    public String toString() {
      return "sizes="
          + Arrays.toString(sizes)
          + ", scales="
          + Arrays.toString(scales)
          + ", mode="
          + mode
          + (alignCorners ? ", align_corners" : "");
    }
  }
}
