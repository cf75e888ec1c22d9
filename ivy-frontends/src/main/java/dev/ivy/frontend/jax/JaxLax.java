package dev.ivy.frontend.jax;

import static dev.ivy.frontend.jax.JaxTypes.canon;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Einsum;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sorting;
import dev.ivy.ops.Special;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.Operand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * The {@code jax.lax} namespace: XLA-level operations with lax's strictness. Array operands of a
 * binary operation must have equal dtypes (lax never promotes; Python scalars are weak and take the
 * array's dtype), and transcendental functions require floating operands. Reached as {@link
 * JaxFrontend#lax}.
 *
 * <pre>{@code
 * JaxFrontend.lax.clamp(-1.0, x, 1.0)   // x limited to [-1, 1]
 * }</pre>
 */
@Namespace(frontend = "jax", prefix = "lax", path = "JaxFrontend.lax")
public final class JaxLax extends JaxLaxDefaults {
  JaxLax() {}

  /** {@code jax.lax.linalg}. */
  public final JaxLaxLinalg linalg = new JaxLaxLinalg();

  private static Array[] operands(String fn, Object... xs) {
    DType t = null;
    List<Array> arrays = new ArrayList<>();
    for (Object x : xs) {
      if (x instanceof Array a) {
        arrays.add(canon(a));
        t = t == null ? canon(a.dtype()) : t;
      }
    }
    JaxTypes.sameDtypes(fn, arrays.toArray(new Array[0]));
    if (t == null) {
      t = JaxTypes.resultType(xs);
    }
    Array[] r = new Array[xs.length];
    for (int i = 0; i < xs.length; i++) {
      r[i] = JaxTypes.as(xs[i] instanceof Array a ? canon(a) : xs[i], t);
    }
    return r;
  }

  private static Array bin(String fn, Object x, Object y, BinaryOperator<Array> f) {
    Array[] p = operands(fn, x, y);
    return canon(f.apply(p[0], p[1]));
  }

  private static Array floatOnly(String fn, Array x, UnaryOperator<Array> f) {
    Array c = canon(x);
    if (!c.dtype().isFloating()) {
      throw new IvyArgumentException(fn + ": operand must have a floating dtype; got " + c.dtype());
    }
    return canon(f.apply(c));
  }

  /** Returns x limited to [min, max], elementwise; min and max may be scalars (lax.clamp). */
  @Fn
  public Array clamp(@Operand Object min, Array x, @Operand Object max) {
    Array[] p = operands("clamp", min, x, max);
    return canon(Elementwise.minimum(Elementwise.maximum(p[1], p[0]), p[2]));
  }

  /** Returns x + y (lax.add). */
  @Fn
  public Array add(@Operand Object x, @Operand Object y) {
    return bin("add", x, y, Elementwise::add);
  }

  /** Returns x - y (lax.sub). */
  @Fn
  public Array sub(@Operand Object x, @Operand Object y) {
    return bin("sub", x, y, Elementwise::subtract);
  }

  /** Returns x * y (lax.mul). */
  @Fn
  public Array mul(@Operand Object x, @Operand Object y) {
    return bin("mul", x, y, Elementwise::multiply);
  }

  /** Returns x / y; integers round toward zero (lax.div). */
  @Fn
  public Array div(@Operand Object x, @Operand Object y) {
    return bin(
        "div",
        x,
        y,
        (a, b) -> {
          if (a.dtype().isFloating()) {
            return Elementwise.divide(a, b);
          }
          Array q = Elementwise.floorDivide(a, b);
          Array r = Elementwise.remainder(a, b);
          Array fix =
              Elementwise.logicalAnd(
                  Elementwise.notEqual(r, 0),
                  Elementwise.notEqual(Elementwise.less(a, 0), Elementwise.less(b, 0)));
          return Elementwise.where(fix, Elementwise.add(q, 1), q);
        });
  }

  /** Returns the remainder of x / y with the sign of x, as C's fmod (lax.rem). */
  @Fn
  public Array rem(@Operand Object x, @Operand Object y) {
    return bin("rem", x, y, JaxNumpy::cRemainder);
  }

  /** Returns the elementwise maximum (lax.max). */
  @Fn
  public Array max(@Operand Object x, @Operand Object y) {
    return bin("max", x, y, Elementwise::maximum);
  }

  /** Returns the elementwise minimum (lax.min). */
  @Fn
  public Array min(@Operand Object x, @Operand Object y) {
    return bin("min", x, y, Elementwise::minimum);
  }

  /** Returns x ** y, in x's dtype (lax.pow). */
  @Fn
  public Array pow(Array x, @Operand Object y) {
    Array c = canon(x);
    Array yy = y instanceof Array a ? canon(a) : JaxTypes.as(y, c.dtype());
    return Manipulation.astype(Elementwise.pow(c, yy), c.dtype());
  }

  /** Returns x ** y for a constant integer y (lax.integer_pow). */
  @Fn
  public Array integerPow(Array x, long y) {
    Array c = canon(x);
    if (y < 0 && !c.dtype().isFloating()) {
      throw new IvyArgumentException("integer_pow: y must be >= 0 for integer x; got " + y);
    }
    return Manipulation.astype(Elementwise.pow(c, JaxTypes.as(y, c.dtype())), c.dtype());
  }

  /** Returns atan(x / y) in the correct quadrant (lax.atan2). */
  @Fn
  public Array atan2(Array x, Array y) {
    return bin("atan2", x, y, Elementwise::atan2);
  }

  /** Returns the next float after x towards y (lax.nextafter). */
  @Fn
  public Array nextafter(Array x, Array y) {
    return bin("nextafter", x, y, Extras::nextafter);
  }

  /** Returns x == y (lax.eq). */
  @Fn
  public Array eq(@Operand Object x, @Operand Object y) {
    return bin("eq", x, y, Elementwise::equal);
  }

  /** Returns x != y (lax.ne). */
  @Fn
  public Array ne(@Operand Object x, @Operand Object y) {
    return bin("ne", x, y, Elementwise::notEqual);
  }

  /** Returns x &lt; y (lax.lt). */
  @Fn
  public Array lt(@Operand Object x, @Operand Object y) {
    return bin("lt", x, y, Elementwise::less);
  }

  /** Returns x &lt;= y (lax.le). */
  @Fn
  public Array le(@Operand Object x, @Operand Object y) {
    return bin("le", x, y, Elementwise::lessEqual);
  }

  /** Returns x &gt; y (lax.gt). */
  @Fn
  public Array gt(@Operand Object x, @Operand Object y) {
    return bin("gt", x, y, Elementwise::greater);
  }

  /** Returns x &gt;= y (lax.ge). */
  @Fn
  public Array ge(@Operand Object x, @Operand Object y) {
    return bin("ge", x, y, Elementwise::greaterEqual);
  }

  /** Returns the bitwise (logical for bool) and (lax.bitwise_and). */
  @Fn
  public Array bitwiseAnd(@Operand Object x, @Operand Object y) {
    return bin("bitwise_and", x, y, Elementwise::bitwiseAnd);
  }

  /** Returns the bitwise or (lax.bitwise_or). */
  @Fn
  public Array bitwiseOr(@Operand Object x, @Operand Object y) {
    return bin("bitwise_or", x, y, Elementwise::bitwiseOr);
  }

  /** Returns the bitwise xor (lax.bitwise_xor). */
  @Fn
  public Array bitwiseXor(@Operand Object x, @Operand Object y) {
    return bin("bitwise_xor", x, y, Elementwise::bitwiseXor);
  }

  /** Returns the bitwise not (lax.bitwise_not, lax.not_). */
  @Fn({"bitwise_not", "not_"})
  public Array bitwiseNot(Array x) {
    return canon(Elementwise.bitwiseInvert(canon(x)));
  }

  /** Returns x shifted left (lax.shift_left). */
  @Fn
  public Array shiftLeft(@Operand Object x, @Operand Object y) {
    return bin("shift_left", x, y, Elementwise::bitwiseLeftShift);
  }

  /** Returns x shifted right, keeping the sign (lax.shift_right_arithmetic). */
  @Fn
  public Array shiftRightArithmetic(@Operand Object x, @Operand Object y) {
    return bin("shift_right_arithmetic", x, y, Elementwise::bitwiseRightShift);
  }

  /** Returns -x (lax.neg). */
  @Fn
  public Array neg(Array x) {
    return canon(Elementwise.negative(canon(x)));
  }

  /** Returns |x| (lax.abs). */
  @Fn
  public Array abs(Array x) {
    return canon(Elementwise.abs(canon(x)));
  }

  /** Returns the sign of x (lax.sign). */
  @Fn
  public Array sign(Array x) {
    return canon(Elementwise.sign(canon(x)));
  }

  /** Returns x * x (lax.square). */
  @Fn
  public Array square(Array x) {
    return canon(Elementwise.square(canon(x)));
  }

  /** Returns e^x, elementwise, for a floating x (lax.exp). */
  @Fn
  public Array exp(Array x) {
    return floatOnly("exp", x, Elementwise::exp);
  }

  /** Returns 2^x, elementwise, for a floating x (lax.exp2). */
  @Fn
  public Array exp2(Array x) {
    return floatOnly("exp2", x, v -> Elementwise.pow(JaxTypes.as(2.0, v.dtype()), v));
  }

  /** Returns e^x - 1, elementwise, for a floating x (lax.expm1). */
  @Fn
  public Array expm1(Array x) {
    return floatOnly("expm1", x, Elementwise::expm1);
  }

  /** Returns the natural logarithm of x, elementwise, for a floating x (lax.log). */
  @Fn
  public Array log(Array x) {
    return floatOnly("log", x, Elementwise::log);
  }

  /** Returns log(1 + x), elementwise, for a floating x (lax.log1p). */
  @Fn
  public Array log1p(Array x) {
    return floatOnly("log1p", x, Elementwise::log1p);
  }

  /** Returns sin(x), elementwise, for a floating x (lax.sin). */
  @Fn
  public Array sin(Array x) {
    return floatOnly("sin", x, Elementwise::sin);
  }

  /** Returns cos(x), elementwise, for a floating x (lax.cos). */
  @Fn
  public Array cos(Array x) {
    return floatOnly("cos", x, Elementwise::cos);
  }

  /** Returns tan(x), elementwise, for a floating x (lax.tan). */
  @Fn
  public Array tan(Array x) {
    return floatOnly("tan", x, Elementwise::tan);
  }

  /** Returns asin(x), elementwise, for a floating x (lax.asin). */
  @Fn
  public Array asin(Array x) {
    return floatOnly("asin", x, Elementwise::asin);
  }

  /** Returns acos(x), elementwise, for a floating x (lax.acos). */
  @Fn
  public Array acos(Array x) {
    return floatOnly("acos", x, Elementwise::acos);
  }

  /** Returns atan(x), elementwise, for a floating x (lax.atan). */
  @Fn
  public Array atan(Array x) {
    return floatOnly("atan", x, Elementwise::atan);
  }

  /** Returns sinh(x), elementwise, for a floating x (lax.sinh). */
  @Fn
  public Array sinh(Array x) {
    return floatOnly("sinh", x, Elementwise::sinh);
  }

  /** Returns cosh(x), elementwise, for a floating x (lax.cosh). */
  @Fn
  public Array cosh(Array x) {
    return floatOnly("cosh", x, Elementwise::cosh);
  }

  /** Returns tanh(x), elementwise, for a floating x (lax.tanh). */
  @Fn
  public Array tanh(Array x) {
    return floatOnly("tanh", x, Elementwise::tanh);
  }

  /** Returns asinh(x), elementwise, for a floating x (lax.asinh). */
  @Fn
  public Array asinh(Array x) {
    return floatOnly("asinh", x, Elementwise::asinh);
  }

  /** Returns acosh(x), elementwise, for a floating x (lax.acosh). */
  @Fn
  public Array acosh(Array x) {
    return floatOnly("acosh", x, Elementwise::acosh);
  }

  /** Returns atanh(x), elementwise, for a floating x (lax.atanh). */
  @Fn
  public Array atanh(Array x) {
    return floatOnly("atanh", x, Elementwise::atanh);
  }

  /** Returns the square root of x, elementwise, for a floating x (lax.sqrt). */
  @Fn
  public Array sqrt(Array x) {
    return floatOnly("sqrt", x, Elementwise::sqrt);
  }

  /** Returns 1 / sqrt(x), elementwise, for a floating x (lax.rsqrt). */
  @Fn
  public Array rsqrt(Array x) {
    return floatOnly("rsqrt", x, v -> Elementwise.reciprocal(Elementwise.sqrt(v)));
  }

  /** Returns the cube root of x, elementwise, for a floating x (lax.cbrt). */
  @Fn
  public Array cbrt(Array x) {
    return floatOnly("cbrt", x, v -> JaxFrontend.numpy.cbrt(v));
  }

  /** Returns x rounded down, elementwise, for a floating x (lax.floor). */
  @Fn
  public Array floor(Array x) {
    return floatOnly("floor", x, Elementwise::floor);
  }

  /** Returns x rounded up, elementwise, for a floating x (lax.ceil). */
  @Fn
  public Array ceil(Array x) {
    return floatOnly("ceil", x, Elementwise::ceil);
  }

  /** Returns the error function of x, elementwise, for a floating x (lax.erf). */
  @Fn
  public Array erf(Array x) {
    return floatOnly("erf", x, Elementwise::erf);
  }

  /** Returns 1 / (1 + e^-x), elementwise, for a floating x (lax.logistic). */
  @Fn
  public Array logistic(Array x) {
    return floatOnly("logistic", x, dev.ivy.ops.Activations::sigmoid);
  }

  /** Returns whether x is finite, elementwise, for a floating x (lax.is_finite). */
  @Fn
  public Array isFinite(Array x) {
    return floatOnly("is_finite", x, Elementwise::isfinite);
  }

  /**
   * Returns x rounded to an integer value: half away from zero for rounding method 0 (the default),
   * half to even for 1 (lax.round).
   */
  @Fn
  public Array round(Array x, @Default("0") long roundingMethod) {
    return floatOnly(
        "round",
        x,
        v -> {
          if (roundingMethod == 1) {
            return Elementwise.round(v);
          }
          return Elementwise.multiply(
              Elementwise.sign(v), Elementwise.floor(Elementwise.add(Elementwise.abs(v), 0.5)));
        });
  }

  /** Returns onTrue where pred holds, else onFalse; pred must be bool (lax.select). */
  @Fn
  public Array select(Array pred, Array onTrue, Array onFalse) {
    if (!pred.dtype().isBool()) {
      throw new IvyArgumentException("select: pred must be bool; got " + pred.dtype());
    }
    Array[] p = operands("select", onTrue, onFalse);
    return Elementwise.where(pred, p[0], p[1]);
  }

  /** Returns the operands joined along {@code dimension}; dtypes must match (lax.concatenate). */
  @Fn
  public Array concatenate(List<Array> operands, int dimension) {
    Array[] p = operands("concatenate", operands.toArray());
    return Manipulation.concat(Arrays.asList(p), dimension);
  }

  /**
   * Returns operand reshaped to {@code newSizes}, optionally transposed by {@code dimensions} first
   * (lax.reshape); -1 is not allowed.
   */
  @Fn
  public Array reshape(Array operand, long[] newSizes, @Default("None") int[] dimensions) {
    Array c = canon(operand);
    for (long s : newSizes) {
      if (s < 0) {
        throw new IvyArgumentException(
            "reshape: new_sizes must be non-negative; got " + Arrays.toString(newSizes));
      }
    }
    if (dimensions != null) {
      c = Manipulation.permuteDims(c, dimensions);
    }
    return Manipulation.reshape(c, newSizes);
  }

  /** Returns operand with axes permuted (lax.transpose). */
  @Fn
  public Array transpose(Array operand, int[] permutation) {
    return Manipulation.permuteDims(canon(operand), permutation);
  }

  /** Returns operand reversed along {@code dimensions} (lax.rev). */
  @Fn
  public Array rev(Array operand, int[] dimensions) {
    Array c = canon(operand);
    return dimensions.length == 0 ? c : Manipulation.flip(c, dimensions);
  }

  /** Returns array with size-1 axes inserted at {@code dimensions} (lax.expand_dims). */
  @Fn
  public Array expandDims(Array array, int[] dimensions) {
    return JaxFrontend.numpy.expandDims(array, dimensions);
  }

  /** Returns array without the size-1 axes {@code dimensions} (lax.squeeze). */
  @Fn
  public Array squeeze(Array array, int[] dimensions) {
    Array c = canon(array);
    return dimensions.length == 0 ? c : Manipulation.squeeze(c, dimensions);
  }

  /** Returns operand broadcast with leading dimensions {@code sizes} added (lax.broadcast). */
  @Fn
  public Array broadcast(Array operand, long[] sizes) {
    Array c = canon(operand);
    long[] s = new long[sizes.length + c.rank()];
    System.arraycopy(sizes, 0, s, 0, sizes.length);
    System.arraycopy(c.shape().dims(), 0, s, sizes.length, c.rank());
    return Manipulation.broadcastTo(c, Shape.of(s));
  }

  /**
   * Returns operand broadcast to {@code shape}, its axis i becoming output axis {@code
   * broadcastDimensions[i]} (lax.broadcast_in_dim).
   */
  @Fn
  public Array broadcastInDim(Array operand, long[] shape, int[] broadcastDimensions) {
    Array c = canon(operand);
    if (broadcastDimensions.length != c.rank()) {
      throw new IvyArgumentException(
          "broadcast_in_dim: broadcast_dimensions must have one entry per operand axis ("
              + c.rank()
              + "); got "
              + Arrays.toString(broadcastDimensions));
    }
    long[] s = new long[shape.length];
    Arrays.fill(s, 1);
    for (int i = 0; i < broadcastDimensions.length; i++) {
      s[broadcastDimensions[i]] = c.shape().dim(i);
    }
    return Manipulation.broadcastTo(Manipulation.reshape(c, s), Shape.of(shape));
  }

  /** Returns the strided slice [start, limit) of operand (lax.slice). */
  @Fn
  public Array slice(
      Array operand, long[] startIndices, long[] limitIndices, @Default("None") long[] strides) {
    Array c = canon(operand);
    long[] st = strides;
    if (st == null) {
      st = new long[c.rank()];
      Arrays.fill(st, 1);
    }
    if (startIndices.length != c.rank() || limitIndices.length != c.rank()) {
      throw new IvyArgumentException(
          "slice: start_indices and limit_indices must have one entry per axis ("
              + c.rank()
              + "); got "
              + Arrays.toString(startIndices)
              + ", "
              + Arrays.toString(limitIndices));
    }
    for (int i = 0; i < c.rank(); i++) {
      if (startIndices[i] < 0
          || limitIndices[i] > c.shape().dim(i)
          || startIndices[i] > limitIndices[i]
          || st[i] <= 0) {
        throw new IvyArgumentException(
            "slice: indices must satisfy 0 <= start <= limit <= shape with positive strides; got"
                + " start "
                + Arrays.toString(startIndices)
                + ", limit "
                + Arrays.toString(limitIndices)
                + " for shape "
                + c.shape());
      }
    }
    return Manipulation.slice(c, startIndices, limitIndices, st);
  }

  /** Returns the slice [start, limit) with stride along one axis (lax.slice_in_dim). */
  @Fn
  public Array sliceInDim(
      Array operand,
      Long startIndex,
      Long limitIndex,
      @Default("1") long stride,
      @Default("0") int axis) {
    Array c = canon(operand);
    int ax = axis < 0 ? axis + c.rank() : axis;
    long n = c.shape().dim(ax);
    long s = startIndex == null ? 0 : startIndex < 0 ? startIndex + n : startIndex;
    long e = limitIndex == null ? n : limitIndex < 0 ? limitIndex + n : limitIndex;
    long[] b = new long[c.rank()];
    long[] l = c.shape().dims();
    long[] st = new long[c.rank()];
    Arrays.fill(st, 1);
    b[ax] = s;
    l[ax] = e;
    st[ax] = stride;
    return slice(c, b, l, st);
  }

  /**
   * Returns the slice of {@code sliceSizes} starting at {@code startIndices}, the starts clamped so
   * the slice stays in bounds (lax.dynamic_slice).
   */
  @Fn
  public Array dynamicSlice(Array operand, long[] startIndices, long[] sliceSizes) {
    Array c = canon(operand);
    long[] b = new long[c.rank()];
    long[] e = new long[c.rank()];
    long[] st = new long[c.rank()];
    for (int i = 0; i < c.rank(); i++) {
      long n = c.shape().dim(i);
      if (sliceSizes[i] > n || sliceSizes[i] < 0) {
        throw new IvyArgumentException(
            "dynamic_slice: slice_sizes must be within the operand shape "
                + c.shape()
                + "; got "
                + Arrays.toString(sliceSizes));
      }
      b[i] = Math.max(0, Math.min(startIndices[i], n - sliceSizes[i]));
      e[i] = b[i] + sliceSizes[i];
      st[i] = 1;
    }
    return Manipulation.slice(c, b, e, st);
  }

  /** Returns operand converted to {@code newDtype} (64-bit types become 32-bit). */
  @Fn
  public Array convertElementType(Array operand, DType newDtype) {
    return Manipulation.astype(canon(operand), canon(newDtype));
  }

  /**
   * Returns the vector/matrix product of operands of rank 1 or 2; dtypes must match (lax.dot),
   * optionally accumulated in {@code preferredElementType}; {@code precision} is ignored.
   */
  @Fn
  public Array dot(
      Array lhs,
      Array rhs,
      @Default("None") Object precision,
      @Default("None") DType preferredElementType) {
    Array[] p = operands("dot", lhs, rhs);
    if (p[0].rank() > 2 || p[1].rank() > 2) {
      throw new IvyArgumentException(
          "dot: operands must have rank 1 or 2; got " + p[0].shape() + ", " + p[1].shape());
    }
    Array r = Linalg.matmul(p[0], p[1]);
    return preferredElementType == null
        ? canon(r)
        : Manipulation.astype(r, canon(preferredElementType));
  }

  /** Returns the product of lhs and rhs accumulated in {@code preferredElementType} (lax.dot). */
  public Array dot(Array lhs, Array rhs, DType preferredElementType) {
    return dot(lhs, rhs, null, preferredElementType);
  }

  /**
   * Returns the batched matrix product of rank-3 operands (lax.batch_matmul); {@code precision} is
   * ignored.
   */
  @Fn
  public Array batchMatmul(Array lhs, Array rhs, @Default("None") Object precision) {
    Array[] p = operands("batch_matmul", lhs, rhs);
    return canon(Linalg.matmul(p[0], p[1]));
  }

  /** Returns the sum over {@code axes}, in operand's dtype (lax.reduce_sum). */
  @Fn
  public Array reduceSum(Array operand, int[] axes) {
    Array c = canon(operand);
    return Reductions.sum(c, axes, false, c.dtype());
  }

  /** Returns the product over {@code axes} (lax.reduce_prod). */
  @Fn
  public Array reduceProd(Array operand, int[] axes) {
    Array c = canon(operand);
    return Reductions.prod(c, axes, false, c.dtype());
  }

  /** Returns the maximum over {@code axes} (lax.reduce_max). */
  @Fn
  public Array reduceMax(Array operand, int[] axes) {
    return canon(Reductions.max(canon(operand), axes, false));
  }

  /** Returns the minimum over {@code axes} (lax.reduce_min). */
  @Fn
  public Array reduceMin(Array operand, int[] axes) {
    return canon(Reductions.min(canon(operand), axes, false));
  }

  /** Returns the logical and over {@code axes} of a bool operand (lax.reduce_and). */
  @Fn
  public Array reduceAnd(Array operand, int[] axes) {
    return Reductions.all(canon(operand), axes, false);
  }

  /** Returns the logical or over {@code axes} of a bool operand (lax.reduce_or). */
  @Fn
  public Array reduceOr(Array operand, int[] axes) {
    return Reductions.any(canon(operand), axes, false);
  }

  /** Returns the index of the maximum along axis, in {@code indexDtype} (lax.argmax). */
  @Fn
  public Array argmax(Array operand, int axis, DType indexDtype) {
    return Manipulation.astype(Reductions.argmax(canon(operand), axis, false), canon(indexDtype));
  }

  /** Returns the index of the minimum along axis, in {@code indexDtype} (lax.argmin). */
  @Fn
  public Array argmin(Array operand, int axis, DType indexDtype) {
    return Manipulation.astype(Reductions.argmin(canon(operand), axis, false), canon(indexDtype));
  }

  /** Returns the cumulative sum along axis, in operand's dtype (lax.cumsum). */
  @Fn
  public Array cumsum(Array operand, @Default("0") int axis, @Default("False") boolean reverse) {
    Array c = canon(operand);
    Array x = reverse ? Manipulation.flip(c, axis) : c;
    Array r = Cumulative.cumulativeSum(x, axis, c.dtype(), false);
    return reverse ? Manipulation.flip(r, axis) : r;
  }

  /** Returns the cumulative product along axis (lax.cumprod). */
  @Fn
  public Array cumprod(Array operand, @Default("0") int axis, @Default("False") boolean reverse) {
    return canon(Cumulative.cumprod(canon(operand), axis, false, reverse));
  }

  /** Returns the cumulative maximum along axis (lax.cummax). */
  @Fn
  public Array cummax(Array operand, @Default("0") int axis, @Default("False") boolean reverse) {
    return canon(Extras.cummax(canon(operand), axis, false, reverse));
  }

  /** Returns the cumulative minimum along axis (lax.cummin). */
  @Fn
  public Array cummin(Array operand, @Default("0") int axis, @Default("False") boolean reverse) {
    return canon(Extras.cummin(canon(operand), axis, false, reverse));
  }

  /**
   * Returns operand sorted along {@code dimension}, NaN last (lax.sort); the sort is stable and
   * {@code isStable} and {@code numKeys} are ignored.
   */
  @Fn
  public Array sort(
      Array operand,
      @Default("-1") int dimension,
      @Default("True") boolean isStable,
      @Default("1") long numKeys) {
    return Sorting.sort(canon(operand), dimension, false);
  }

  /** Returns [the k largest values along the last axis, their int32 indices] (lax.top_k). */
  @Fn
  public List<Array> topK(Array operand, long k) {
    return JaxTypes.canon(Searching.topK(canon(operand), k, -1, true, true));
  }

  /** Returns [0, 1, ..., size - 1] in {@code dtype} (lax.iota). */
  @Fn
  public Array iota(DType dtype, long size) {
    return Creation.arange(0L, size, 1L, canon(dtype));
  }

  /** Returns {@code shape} filled with {@code fillValue} (lax.full). */
  @Fn
  public Array full(long[] shape, Object fillValue, @Default("None") DType dtype) {
    return JaxFrontend.numpy.full(shape, fillValue, dtype);
  }

  /** Returns {@code fillValue} in the shape and dtype of x unless given (lax.full_like). */
  @Fn
  public Array fullLike(
      Array x, Object fillValue, @Default("None") DType dtype, @Default("None") long[] shape) {
    return JaxFrontend.numpy.fullLike(x, fillValue, dtype, shape);
  }

  /** Returns x unchanged; gradients do not flow through it (lax.stop_gradient). */
  @Fn
  public Array stopGradient(Array x) {
    return dev.ivy.Ivy.stopGradient(canon(x));
  }

  /** Returns x as a 32-bit array (helper for scalars). */
  static Array scalar(Object v) {
    return JaxTypes.array(v instanceof Array a ? a : dev.ivy.ops.Conversion.asarray(v, null));
  }

  // ------------------------------------------------------------------ breadth: slicing, padding

  /**
   * Returns the operand padded with {@code paddingValue} as {@code paddingConfig} says, one (low,
   * high, interior) triple per dimension: interior elements between neighbours, then low and high
   * at the ends, where negative values remove elements (lax.pad).
   *
   * @throws IvyArgumentException if the config does not have one triple per dimension or interior
   *     is negative
   */
  @Fn
  public Array pad(Array operand, @Operand Object paddingValue, long[][] paddingConfig) {
    Array x = canon(operand);
    if (paddingConfig == null || paddingConfig.length != x.rank()) {
      throw new IvyArgumentException(
          "pad: padding_config must hold one (low, high, interior) triple per dimension ("
              + x.rank()
              + "); got "
              + (paddingConfig == null ? "None" : paddingConfig.length + " entries"));
    }
    Array fill = JaxTypes.as(paddingValue, x.dtype());
    for (int ax = 0; ax < x.rank(); ax++) {
      long[] c = paddingConfig[ax];
      if (c.length != 3 || c[2] < 0) {
        throw new IvyArgumentException(
            "pad: each padding_config entry must be (low, high, interior >= 0); got "
                + Arrays.toString(c));
      }
      x = padAxis(x, fill, ax, c[0], c[1], c[2]);
    }
    return x;
  }

  private static Array filled(Array like, Array fill, int axis, long size) {
    long[] d = like.shape().dims();
    d[axis] = size;
    return Manipulation.broadcastTo(fill, Shape.of(d));
  }

  private static Array padAxis(Array x, Array fill, int ax, long lo, long hi, long interior) {
    long n = x.shape().dim(ax);
    if (interior > 0 && n > 1) {
      Array e = Manipulation.expandDims(x, ax + 1);
      long[] d = e.shape().dims();
      d[ax + 1] = interior;
      Array gaps = Manipulation.broadcastTo(fill, Shape.of(d));
      Array woven = Manipulation.concat(List.of(e, gaps), ax + 1);
      long[] flat = x.shape().dims();
      flat[ax] = n * (interior + 1);
      x = sliceAxis(Manipulation.reshape(woven, flat), ax, 0, (n - 1) * (interior + 1) + 1);
    }
    if (lo > 0) {
      x = Manipulation.concat(List.of(filled(x, fill, ax, lo), x), ax);
    } else if (lo < 0) {
      x = sliceAxis(x, ax, -lo, x.shape().dim(ax));
    }
    if (hi > 0) {
      x = Manipulation.concat(List.of(x, filled(x, fill, ax, hi)), ax);
    } else if (hi < 0) {
      x = sliceAxis(x, ax, 0, Math.max(0, x.shape().dim(ax) + hi));
    }
    return x;
  }

  private static Array sliceAxis(Array x, int axis, long start, long stop) {
    long[] s = new long[x.rank()];
    long[] e = x.shape().dims();
    long[] st = new long[x.rank()];
    Arrays.fill(st, 1);
    s[axis] = start;
    e[axis] = stop;
    return Manipulation.slice(x, s, e, st);
  }

  private static long clampStart(long start, long dim, long size) {
    return Math.min(Math.max(start, 0), dim - size);
  }

  /**
   * Returns the operand with {@code update} written at {@code startIndices}, each start clamped so
   * that the update fits (lax.dynamic_update_slice).
   *
   * @throws IvyArgumentException if the update is larger than the operand or the ranks differ
   */
  @Fn
  public Array dynamicUpdateSlice(Array operand, Array update, long[] startIndices) {
    Array x = canon(operand);
    Array u = canon(update);
    if (u.rank() != x.rank() || startIndices.length != x.rank()) {
      throw new IvyArgumentException(
          "dynamic_update_slice: update and start_indices must have the operand's rank "
              + x.rank()
              + "; got "
              + u.aval()
              + " and "
              + startIndices.length
              + " indices");
    }
    long[][] config = new long[x.rank()][];
    for (int i = 0; i < x.rank(); i++) {
      long dim = x.shape().dim(i);
      long size = u.shape().dim(i);
      if (size > dim) {
        throw new IvyArgumentException(
            "dynamic_update_slice: update " + u.aval() + " does not fit operand " + x.aval());
      }
      long s = clampStart(startIndices[i], dim, size);
      config[i] = new long[] {s, dim - s - size, 0};
    }
    Array placed = pad(Manipulation.astype(u, x.dtype()), 0, config);
    Array mask = pad(Creation.ones(u.shape(), DType.BOOL), false, config);
    return Elementwise.where(mask, placed, x);
  }

  /**
   * Returns {@code sliceSize} elements of {@code axis} from {@code startIndex}, clamped to fit
   * (lax.dynamic_slice_in_dim).
   */
  @Fn
  public Array dynamicSliceInDim(
      Array operand, long startIndex, long sliceSize, @Default("0") int axis) {
    Array x = canon(operand);
    int a = Checks.axis("dynamic_slice_in_dim", "axis", axis, x.rank());
    long s = clampStart(startIndex, x.shape().dim(a), sliceSize);
    return sliceAxis(x, a, s, s + sliceSize);
  }

  /**
   * Returns the operand with {@code update} written along {@code axis} from {@code startIndex}
   * (lax.dynamic_update_slice_in_dim).
   */
  @Fn
  public Array dynamicUpdateSliceInDim(Array operand, Array update, long startIndex, int axis) {
    Array x = canon(operand);
    long[] starts = new long[x.rank()];
    starts[Checks.axis("dynamic_update_slice_in_dim", "axis", axis, x.rank())] = startIndex;
    return dynamicUpdateSlice(x, update, starts);
  }

  /**
   * Returns element {@code index} of {@code axis}, keeping the axis when {@code keepdims}
   * (lax.index_in_dim).
   *
   * @throws IvyArgumentException if the index is out of range
   */
  @Fn
  public Array indexInDim(
      Array operand, long index, @Default("0") int axis, @Default("True") boolean keepdims) {
    Array x = canon(operand);
    int a = Checks.axis("index_in_dim", "axis", axis, x.rank());
    long n = x.shape().dim(a);
    long i = index < 0 ? index + n : index;
    if (i < 0 || i >= n) {
      throw new IvyArgumentException(
          "index_in_dim: index " + index + " is out of range for axis " + axis + " of size " + n);
    }
    Array r = sliceAxis(x, a, i, i + 1);
    return keepdims ? r : Manipulation.squeeze(r, a);
  }

  /**
   * Returns element {@code index} of {@code axis}, the index clamped (lax.dynamic_index_in_dim).
   */
  @Fn
  public Array dynamicIndexInDim(
      Array operand, long index, @Default("0") int axis, @Default("True") boolean keepdims) {
    Array x = canon(operand);
    int a = Checks.axis("dynamic_index_in_dim", "axis", axis, x.rank());
    long i = clampStart(index, x.shape().dim(a), 1);
    Array r = sliceAxis(x, a, i, i + 1);
    return keepdims ? r : Manipulation.squeeze(r, a);
  }

  /** Returns an array of {@code shape} counting along {@code dimension} (lax.broadcasted_iota). */
  @Fn
  public Array broadcastedIota(DType dtype, long[] shape, int dimension) {
    int d = Checks.axis("broadcasted_iota", "dimension", dimension, shape.length);
    long[] r = new long[shape.length];
    Arrays.fill(r, 1);
    r[d] = shape[d];
    Array iota = Manipulation.reshape(Creation.arange(0L, shape[d], 1L, canon(dtype)), r);
    return Manipulation.broadcastTo(iota, Shape.of(shape));
  }

  /**
   * Returns the array of {@code shape}'s rank with dimensions start..stop merged (lax.collapse).
   */
  @Fn
  public Array collapse(Array operand, int startDimension, @Default("None") Integer stopDimension) {
    Array x = canon(operand);
    int stop = stopDimension == null ? x.rank() : stopDimension;
    if (startDimension < 0 || stop > x.rank() || startDimension > stop) {
      throw new IvyArgumentException(
          "collapse: need 0 <= start_dimension <= stop_dimension <= rank "
              + x.rank()
              + "; got "
              + startDimension
              + " and "
              + stop);
    }
    long[] d = x.shape().dims();
    long merged = 1;
    for (int i = startDimension; i < stop; i++) {
      merged *= d[i];
    }
    long[] r = new long[x.rank() - (stop - startDimension) + 1];
    int k = 0;
    for (int i = 0; i < startDimension; i++) {
      r[k++] = d[i];
    }
    r[k++] = merged;
    for (int i = stop; i < d.length; i++) {
      r[k++] = d[i];
    }
    return Manipulation.reshape(x, r);
  }

  /** Returns zeros of x's shape and dtype (lax.zeros_like_array). */
  @Fn
  public Array zerosLikeArray(Array x) {
    return Creation.zerosLike(canon(x));
  }

  /** Returns x with leading dimensions of size 1 up to {@code rank} (lax.broadcast_to_rank). */
  @Fn
  public Array broadcastToRank(Array x, int rank) {
    Array c = canon(x);
    if (rank < c.rank()) {
      throw new IvyArgumentException(
          "broadcast_to_rank: rank must be at least x's rank " + c.rank() + "; got " + rank);
    }
    long[] d = new long[rank];
    Arrays.fill(d, 1);
    System.arraycopy(c.shape().dims(), 0, d, rank - c.rank(), c.rank());
    return Manipulation.reshape(c, d);
  }

  // ------------------------------------------------------------------ breadth: bits

  private static Array unsigned(String fn, Array x) {
    Array c = canon(x);
    if (!c.dtype().isInteger()) {
      throw new IvyArgumentException(fn + ": x must have an integer dtype; got " + c.dtype());
    }
    return Special.unsignedBits(c);
  }

  /** Returns the number of set bits of each element (lax.population_count). */
  @Fn
  public Array populationCount(Array x) {
    unsigned("population_count", x);
    return Manipulation.astype(Special.popcount(canon(x)), canon(x).dtype());
  }

  /** Returns the number of leading zero bits of each element (lax.clz). */
  @Fn
  public Array clz(Array x) {
    Array u = unsigned("clz", x);
    int bits = canon(x).dtype().byteSize() * 8;
    Array length = Creation.zerosLike(u);
    for (int k = 0; k < bits; k++) {
      length =
          Elementwise.add(
              length,
              Manipulation.astype(
                  Elementwise.notEqual(Elementwise.bitwiseRightShift(u, k), 0L), DType.INT64));
    }
    return Manipulation.astype(Elementwise.subtract(bits, length), canon(x).dtype());
  }

  /**
   * Returns x shifted right by y with zeros shifted in, as unsigned bits; shifts of the bit width
   * or more give 0 (lax.shift_right_logical).
   */
  @Fn
  public Array shiftRightLogical(@Operand Object x, @Operand Object y) {
    Array[] p = operands("shift_right_logical", x, y);
    DType t = p[0].dtype();
    Array u = unsigned("shift_right_logical", p[0]);
    Array shift = Manipulation.astype(p[1], DType.INT64);
    Array inRange =
        Elementwise.logicalAnd(
            Elementwise.greaterEqual(shift, 0L), Elementwise.less(shift, (long) t.byteSize() * 8));
    Array shifted =
        Elementwise.bitwiseRightShift(
            u, Elementwise.where(inRange, shift, Creation.zerosLike(shift)));
    Array r =
        Elementwise.where(
            Elementwise.equal(shift, 0L), Manipulation.astype(p[0], DType.INT64), shifted);
    return Manipulation.astype(Elementwise.where(inRange, r, Creation.zerosLike(r)), t);
  }

  /** Returns the bitwise XOR of the operand over {@code axes} (lax.reduce_xor). */
  @Fn
  public Array reduceXor(Array operand, int[] axes) {
    Array x = canon(operand);
    int[] sorted = axes.clone();
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = Checks.axis("reduce_xor", "axes", sorted[i], x.rank());
    }
    Arrays.sort(sorted);
    for (int i = sorted.length - 1; i >= 0; i--) {
      List<Array> parts = Manipulation.unstack(x, sorted[i]);
      Array acc = parts.get(0);
      for (int k = 1; k < parts.size(); k++) {
        acc = Elementwise.bitwiseXor(acc, parts.get(k));
      }
      x = acc;
    }
    return x;
  }

  // ------------------------------------------------------------------ breadth: sorting, scans

  /** Returns [keys sorted along {@code dimension}, values in the same order] (lax.sort_key_val). */
  @Fn
  public List<Array> sortKeyVal(Array keys, Array values, @Default("-1") int dimension) {
    Array k = canon(keys);
    int d = Checks.axis("sort_key_val", "dimension", dimension, k.rank());
    Array order = Sorting.argsort(k, d, false);
    return List.of(
        Searching.takeAlongAxis(k, order, d), Searching.takeAlongAxis(canon(values), order, d));
  }

  /** Returns log(cumsum(exp(x))) along {@code axis}, computed stably (lax.cumlogsumexp). */
  @Fn
  public Array cumlogsumexp(
      Array operand, @Default("0") int axis, @Default("False") boolean reverse) {
    Array x = canon(operand);
    if (!x.dtype().isFloating()) {
      throw new IvyArgumentException("cumlogsumexp: operand must be floating; got " + x.dtype());
    }
    int a = Checks.axis("cumlogsumexp", "axis", axis, x.rank());
    Array v = reverse ? Manipulation.flip(x, a) : x;
    Array m = Reductions.max(v, new int[] {a}, true);
    Array safe = Elementwise.where(Elementwise.isfinite(m), m, Creation.zerosLike(m));
    Array r =
        Elementwise.add(
            Elementwise.log(
                Cumulative.cumulativeSum(
                    Elementwise.exp(Elementwise.subtract(v, safe)), a, x.dtype(), false)),
            safe);
    return reverse ? Manipulation.flip(r, a) : r;
  }

  /**
   * Returns, elementwise, {@code cases[which]}: a bool {@code which} picks between two cases, an
   * integer one among all (lax.select_n).
   */
  @Fn
  public Array selectN(Array which, Array... cases) {
    if (cases.length == 0) {
      throw new IvyArgumentException("select_n: needs at least one case");
    }
    Array[] c = operands("select_n", (Object[]) cases);
    Array w = canon(which);
    if (w.dtype().isBool()) {
      if (c.length > 2) {
        throw new IvyArgumentException(
            "select_n: a bool which selects between two cases; got " + c.length);
      }
      return c.length == 1 ? c[0] : Elementwise.where(w, c[1], c[0]);
    }
    Array r = c[c.length - 1];
    for (int i = c.length - 2; i >= 0; i--) {
      r = Elementwise.where(Elementwise.equal(w, (long) i), c[i], r);
    }
    return r;
  }

  /**
   * Returns [the k largest values along {@code reductionDimension}, their int32 indices], exact on
   * this CPU path (lax.approx_max_k).
   */
  @Fn
  public List<Array> approxMaxK(
      Array operand,
      long k,
      @Default("-1") int reductionDimension,
      @Default("0.95") double recallTarget,
      @Default("True") boolean isMaxK,
      @Default("-1") long reductionInputSizeOverride,
      @Default("True") boolean aggregateToTopk) {
    Array x = canon(operand);
    int d = Checks.axis("approx_max_k", "reduction_dimension", reductionDimension, x.rank());
    return JaxTypes.canon(Searching.topK(x, k, d, isMaxK, true));
  }

  /**
   * Returns [the k smallest values along {@code reductionDimension}, their int32 indices]
   * (lax.approx_min_k).
   */
  @Fn
  public List<Array> approxMinK(
      Array operand,
      long k,
      @Default("-1") int reductionDimension,
      @Default("0.95") double recallTarget,
      @Default("False") boolean isMaxK,
      @Default("-1") long reductionInputSizeOverride,
      @Default("True") boolean aggregateToTopk) {
    Array x = canon(operand);
    int d = Checks.axis("approx_min_k", "reduction_dimension", reductionDimension, x.rank());
    return JaxTypes.canon(Searching.topK(x, k, d, false, true));
  }

  // ------------------------------------------------------------------ breadth: contractions

  /**
   * Returns the general dot product: {@code dimensionNumbers} is ((lhs_contracting,
   * rhs_contracting), (lhs_batch, rhs_batch)); the result holds the batch dimensions, then lhs's
   * free ones, then rhs's (lax.dot_general).
   */
  @Fn
  public Array dotGeneral(
      Array lhs,
      Array rhs,
      Object dimensionNumbers,
      @Default("None") Object precision,
      @Default("None") DType preferredElementType) {
    int[][] dn = dimensionNumbers("dot_general", dimensionNumbers);
    Array[] p = operands("dot_general", lhs, rhs);
    for (int i = 0; i < 4; i++) {
      Checks.check(
          dn[i].length == dn[i ^ 1].length,
          "dot_general",
          "dimension_numbers must pair lhs and rhs dimensions one to one; got %s and %s",
          java.util.Arrays.toString(dn[i & ~1]),
          java.util.Arrays.toString(dn[i | 1]));
      int rank = p[i & 1].rank();
      for (int j = 0; j < dn[i].length; j++) {
        dn[i][j] = Checks.axis("dot_general", "dimension_numbers", dn[i][j], rank);
      }
    }
    char[] ls = new char[p[0].rank()];
    char[] rs = new char[p[1].rank()];
    char next = 'a';
    for (int i = 0; i < ls.length; i++) {
      ls[i] = next++;
    }
    for (int i = 0; i < rs.length; i++) {
      rs[i] = next++;
    }
    for (int i = 0; i < dn[0].length; i++) {
      rs[dn[1][i]] = ls[dn[0][i]];
    }
    for (int i = 0; i < dn[2].length; i++) {
      rs[dn[3][i]] = ls[dn[2][i]];
    }
    StringBuilder out = new StringBuilder();
    for (int b : dn[2]) {
      out.append(ls[b]);
    }
    appendFree(out, ls, dn[0], dn[2]);
    appendFree(out, rs, dn[1], dn[3]);
    Array r = Einsum.einsum(new String(ls) + "," + new String(rs) + "->" + out, p[0], p[1]);
    return preferredElementType == null ? r : Manipulation.astype(r, canon(preferredElementType));
  }

  private static void appendFree(
      StringBuilder out, char[] letters, int[] contracting, int[] batch) {
    for (int i = 0; i < letters.length; i++) {
      final int k = i;
      if (Arrays.stream(contracting).noneMatch(c -> c == k)
          && Arrays.stream(batch).noneMatch(c -> c == k)) {
        out.append(letters[i]);
      }
    }
  }

  private static int[][] dimensionNumbers(String fn, Object v) {
    String expected = "((lhs_contracting, rhs_contracting), (lhs_batch, rhs_batch))";
    if (!(v instanceof List<?> outer) || outer.size() != 2) {
      throw new IvyArgumentException(fn + ": dimension_numbers must be " + expected + "; got " + v);
    }
    int[][] r = new int[4][];
    for (int i = 0; i < 2; i++) {
      if (!(outer.get(i) instanceof List<?> pair) || pair.size() != 2) {
        throw new IvyArgumentException(
            fn + ": dimension_numbers must be " + expected + "; got " + v);
      }
      for (int j = 0; j < 2; j++) {
        Object dims = pair.get(j);
        if (!(dims instanceof List<?> l)) {
          throw new IvyArgumentException(
              fn + ": dimension_numbers must be " + expected + "; got " + v);
        }
        r[2 * i + j] = l.stream().mapToInt(o -> ((Number) o).intValue()).toArray();
      }
    }
    if (r[0].length != r[1].length || r[2].length != r[3].length) {
      throw new IvyArgumentException(fn + ": lhs and rhs must name as many dimensions; got " + v);
    }
    return r;
  }

  /**
   * Returns the N-d convolution with JAX's default layouts (input [N, C, *spatial], kernel [O, I,
   * *spatial]): {@code padding} "SAME", "VALID" or (low, high) pairs, {@code lhsDilation} zeros
   * between input elements, {@code rhsDilation} spacing of the kernel taps
   * (lax.conv_general_dilated).
   *
   * @throws IvyArgumentException for dimension numbers other than the default layouts or a batch
   *     group count other than 1
   */
  @Fn
  public Array convGeneralDilated(
      Array lhs,
      Array rhs,
      long[] windowStrides,
      Object padding,
      @Default("None") long[] lhsDilation,
      @Default("None") long[] rhsDilation,
      @Default("None") Object dimensionNumbers,
      @Default("1") long featureGroupCount,
      @Default("1") long batchGroupCount,
      @Default("None") Object precision,
      @Default("None") DType preferredElementType) {
    if (dimensionNumbers != null) {
      throw new IvyArgumentException(
          "conv_general_dilated: dimension_numbers other than the default (NC*, OI*) layouts are"
              + " not supported; got "
              + dimensionNumbers);
    }
    if (batchGroupCount != 1) {
      throw new IvyArgumentException(
          "conv_general_dilated: batch_group_count must be 1; got " + batchGroupCount);
    }
    Array[] p = operands("conv_general_dilated", lhs, rhs);
    Array r =
        dev.ivy.ops.Convolution.conv(
            "conv_general_dilated",
            p[0],
            p[1],
            windowStrides,
            padding,
            p[0].rank() - 2,
            "channel_first",
            "channel_first",
            featureGroupCount,
            lhsDilation,
            rhsDilation,
            null);
    return preferredElementType == null
        ? canon(r)
        : Manipulation.astype(r, canon(preferredElementType));
  }

  /** Returns the convolution with strides and padding only (lax.conv). */
  @Fn
  public Array conv(
      Array lhs,
      Array rhs,
      long[] windowStrides,
      Object padding,
      @Default("None") Object precision,
      @Default("None") DType preferredElementType) {
    return convGeneralDilated(
        lhs, rhs, windowStrides, padding, null, null, null, 1, 1, precision, preferredElementType);
  }

  /**
   * Returns the convolution with explicit padding and dilations (lax.conv_with_general_padding).
   */
  @Fn
  public Array convWithGeneralPadding(
      Array lhs,
      Array rhs,
      long[] windowStrides,
      Object padding,
      long[] lhsDilation,
      long[] rhsDilation,
      @Default("None") Object precision,
      @Default("None") DType preferredElementType) {
    return convGeneralDilated(
        lhs,
        rhs,
        windowStrides,
        padding,
        lhsDilation,
        rhsDilation,
        null,
        1,
        1,
        precision,
        preferredElementType);
  }

  // ------------------------------------------------------------------ breadth: special functions

  /** Returns the inverse error function of a floating x (lax.erf_inv). */
  @Fn
  public Array erfInv(Array x) {
    return floatOnly("erf_inv", x, Special::erfinv);
  }

  /** Returns 1 - erf(x) of a floating x (lax.erfc). */
  @Fn
  public Array erfc(Array x) {
    return floatOnly("erfc", x, Special::erfc);
  }

  /** Returns log|Gamma(x)| of a floating x (lax.lgamma). */
  @Fn
  public Array lgamma(Array x) {
    return floatOnly("lgamma", x, Special::lgamma);
  }

  /** Returns exp(-|x|) I0(x), the scaled modified Bessel function of order 0 (lax.bessel_i0e). */
  @Fn
  public Array besselI0e(Array x) {
    return floatOnly(
        "bessel_i0e",
        x,
        v ->
            Special.compute64(
                v,
                d ->
                    Elementwise.multiply(
                        Elementwise.exp(Elementwise.negative(Elementwise.abs(d))), Special.i0(d))));
  }
}
