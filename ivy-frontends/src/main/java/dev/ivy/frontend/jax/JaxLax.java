package dev.ivy.frontend.jax;

import static dev.ivy.frontend.jax.JaxTypes.canon;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sorting;
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
    return JaxTypes.array(v instanceof Array a ? a : Ivy.asarray(v));
  }
}
