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
  public Array pow(Array x, Object y) {
    Array c = canon(x);
    Array yy = y instanceof Array a ? canon(a) : JaxTypes.as(y, c.dtype());
    return Manipulation.astype(Elementwise.pow(c, yy), c.dtype());
  }

  /** Returns x ** y for a constant integer y (lax.integer_pow). */
  public Array integerPow(Array x, long y) {
    Array c = canon(x);
    if (y < 0 && !c.dtype().isFloating()) {
      throw new IvyArgumentException("integer_pow: y must be >= 0 for integer x; got " + y);
    }
    return Manipulation.astype(Elementwise.pow(c, JaxTypes.as(y, c.dtype())), c.dtype());
  }

  /** Returns atan(x / y) in the correct quadrant (lax.atan2). */
  public Array atan2(Array x, Array y) {
    return bin("atan2", x, y, Elementwise::atan2);
  }

  /** Returns the next float after x towards y (lax.nextafter). */
  public Array nextafter(Array x, Array y) {
    return bin("nextafter", x, y, Extras::nextafter);
  }

  /** Returns x == y (lax.eq). */
  public Array eq(Object x, Object y) {
    return bin("eq", x, y, Elementwise::equal);
  }

  /** Returns x != y (lax.ne). */
  public Array ne(Object x, Object y) {
    return bin("ne", x, y, Elementwise::notEqual);
  }

  /** Returns x &lt; y (lax.lt). */
  public Array lt(Object x, Object y) {
    return bin("lt", x, y, Elementwise::less);
  }

  /** Returns x &lt;= y (lax.le). */
  public Array le(Object x, Object y) {
    return bin("le", x, y, Elementwise::lessEqual);
  }

  /** Returns x &gt; y (lax.gt). */
  public Array gt(Object x, Object y) {
    return bin("gt", x, y, Elementwise::greater);
  }

  /** Returns x &gt;= y (lax.ge). */
  public Array ge(Object x, Object y) {
    return bin("ge", x, y, Elementwise::greaterEqual);
  }

  /** Returns the bitwise (logical for bool) and (lax.bitwise_and). */
  public Array bitwiseAnd(Object x, Object y) {
    return bin("bitwise_and", x, y, Elementwise::bitwiseAnd);
  }

  /** Returns the bitwise or (lax.bitwise_or). */
  public Array bitwiseOr(Object x, Object y) {
    return bin("bitwise_or", x, y, Elementwise::bitwiseOr);
  }

  /** Returns the bitwise xor (lax.bitwise_xor). */
  public Array bitwiseXor(Object x, Object y) {
    return bin("bitwise_xor", x, y, Elementwise::bitwiseXor);
  }

  /** Returns the bitwise not (lax.bitwise_not, lax.not_). */
  public Array bitwiseNot(Array x) {
    return canon(Elementwise.bitwiseInvert(canon(x)));
  }

  /** Returns x shifted left (lax.shift_left). */
  public Array shiftLeft(Object x, Object y) {
    return bin("shift_left", x, y, Elementwise::bitwiseLeftShift);
  }

  /** Returns x shifted right, keeping the sign (lax.shift_right_arithmetic). */
  public Array shiftRightArithmetic(Object x, Object y) {
    return bin("shift_right_arithmetic", x, y, Elementwise::bitwiseRightShift);
  }

  /** Returns -x (lax.neg). */
  public Array neg(Array x) {
    return canon(Elementwise.negative(canon(x)));
  }

  /** Returns |x| (lax.abs). */
  public Array abs(Array x) {
    return canon(Elementwise.abs(canon(x)));
  }

  /** Returns the sign of x (lax.sign). */
  public Array sign(Array x) {
    return canon(Elementwise.sign(canon(x)));
  }

  /** Returns x * x (lax.square). */
  public Array square(Array x) {
    return canon(Elementwise.square(canon(x)));
  }

  /**
   * Returns the named transcendental or rounding function of a floating x: exp, exp2, expm1, log,
   * log1p, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, sqrt, rsqrt,
   * cbrt, floor, ceil, erf, logistic, is_finite (lax.NAME).
   *
   * @throws IvyArgumentException if x is not floating or the name is unknown
   */
  public Array unary(String name, Array x) {
    UnaryOperator<Array> f =
        switch (name) {
          case "exp" -> Elementwise::exp;
          case "exp2" -> v -> Elementwise.pow(JaxTypes.as(2.0, v.dtype()), v);
          case "expm1" -> Elementwise::expm1;
          case "log" -> Elementwise::log;
          case "log1p" -> Elementwise::log1p;
          case "sin" -> Elementwise::sin;
          case "cos" -> Elementwise::cos;
          case "tan" -> Elementwise::tan;
          case "asin" -> Elementwise::asin;
          case "acos" -> Elementwise::acos;
          case "atan" -> Elementwise::atan;
          case "sinh" -> Elementwise::sinh;
          case "cosh" -> Elementwise::cosh;
          case "tanh" -> Elementwise::tanh;
          case "asinh" -> Elementwise::asinh;
          case "acosh" -> Elementwise::acosh;
          case "atanh" -> Elementwise::atanh;
          case "sqrt" -> Elementwise::sqrt;
          case "rsqrt" -> v -> Elementwise.reciprocal(Elementwise.sqrt(v));
          case "cbrt" -> v -> JaxFrontend.numpy.cbrt(v);
          case "floor" -> Elementwise::floor;
          case "ceil" -> Elementwise::ceil;
          case "erf" -> Elementwise::erf;
          case "logistic" -> dev.ivy.ops.Activations::sigmoid;
          case "is_finite" -> Elementwise::isfinite;
          default -> throw new IvyArgumentException("lax: unknown unary function; got " + name);
        };
    return floatOnly(name, x, f);
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
  public Array select(Array pred, Array onTrue, Array onFalse) {
    if (!pred.dtype().isBool()) {
      throw new IvyArgumentException("select: pred must be bool; got " + pred.dtype());
    }
    Array[] p = operands("select", onTrue, onFalse);
    return Elementwise.where(pred, p[0], p[1]);
  }

  /** Returns the operands joined along {@code dimension}; dtypes must match (lax.concatenate). */
  public Array concatenate(List<Array> operands, int dimension) {
    Array[] p = operands("concatenate", operands.toArray());
    return Manipulation.concat(Arrays.asList(p), dimension);
  }

  /**
   * Returns operand reshaped to {@code newSizes}, optionally transposed by {@code dimensions} first
   * (lax.reshape); -1 is not allowed.
   */
  public Array reshape(Array operand, long[] newSizes, int[] dimensions) {
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
  public Array transpose(Array operand, int[] permutation) {
    return Manipulation.permuteDims(canon(operand), permutation);
  }

  /** Returns operand reversed along {@code dimensions} (lax.rev). */
  public Array rev(Array operand, int[] dimensions) {
    Array c = canon(operand);
    return dimensions.length == 0 ? c : Manipulation.flip(c, dimensions);
  }

  /** Returns array with size-1 axes inserted at {@code dimensions} (lax.expand_dims). */
  public Array expandDims(Array array, int[] dimensions) {
    return JaxFrontend.numpy.expandDims(array, dimensions);
  }

  /** Returns array without the size-1 axes {@code dimensions} (lax.squeeze). */
  public Array squeeze(Array array, int[] dimensions) {
    Array c = canon(array);
    return dimensions.length == 0 ? c : Manipulation.squeeze(c, dimensions);
  }

  /** Returns operand broadcast with leading dimensions {@code sizes} added (lax.broadcast). */
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
  public Array slice(Array operand, long[] startIndices, long[] limitIndices, long[] strides) {
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
  public Array sliceInDim(Array operand, Long startIndex, Long limitIndex, long stride, int axis) {
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
  public Array convertElementType(Array operand, DType newDtype) {
    return Manipulation.astype(canon(operand), canon(newDtype));
  }

  /**
   * Returns the vector/matrix product of operands of rank 1 or 2; dtypes must match (lax.dot),
   * optionally accumulated in {@code preferredElementType}.
   */
  public Array dot(Array lhs, Array rhs, DType preferredElementType) {
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

  /** Returns the batched matrix product of rank-3 operands (lax.batch_matmul). */
  public Array batchMatmul(Array lhs, Array rhs) {
    Array[] p = operands("batch_matmul", lhs, rhs);
    return canon(Linalg.matmul(p[0], p[1]));
  }

  /** Returns the sum over {@code axes}, in operand's dtype (lax.reduce_sum). */
  public Array reduceSum(Array operand, int[] axes) {
    Array c = canon(operand);
    return Reductions.sum(c, axes, false, c.dtype());
  }

  /** Returns the product over {@code axes} (lax.reduce_prod). */
  public Array reduceProd(Array operand, int[] axes) {
    Array c = canon(operand);
    return Reductions.prod(c, axes, false, c.dtype());
  }

  /** Returns the maximum over {@code axes} (lax.reduce_max). */
  public Array reduceMax(Array operand, int[] axes) {
    return canon(Reductions.max(canon(operand), axes, false));
  }

  /** Returns the minimum over {@code axes} (lax.reduce_min). */
  public Array reduceMin(Array operand, int[] axes) {
    return canon(Reductions.min(canon(operand), axes, false));
  }

  /** Returns the logical and over {@code axes} of a bool operand (lax.reduce_and). */
  public Array reduceAnd(Array operand, int[] axes) {
    return Reductions.all(canon(operand), axes, false);
  }

  /** Returns the logical or over {@code axes} of a bool operand (lax.reduce_or). */
  public Array reduceOr(Array operand, int[] axes) {
    return Reductions.any(canon(operand), axes, false);
  }

  /** Returns the index of the maximum along axis, in {@code indexDtype} (lax.argmax). */
  public Array argmax(Array operand, int axis, DType indexDtype) {
    return Manipulation.astype(Reductions.argmax(canon(operand), axis, false), canon(indexDtype));
  }

  /** Returns the index of the minimum along axis, in {@code indexDtype} (lax.argmin). */
  public Array argmin(Array operand, int axis, DType indexDtype) {
    return Manipulation.astype(Reductions.argmin(canon(operand), axis, false), canon(indexDtype));
  }

  /** Returns the cumulative sum along axis, in operand's dtype (lax.cumsum). */
  public Array cumsum(Array operand, int axis, boolean reverse) {
    Array c = canon(operand);
    Array x = reverse ? Manipulation.flip(c, axis) : c;
    Array r = Cumulative.cumulativeSum(x, axis, c.dtype(), false);
    return reverse ? Manipulation.flip(r, axis) : r;
  }

  /** Returns the cumulative product along axis (lax.cumprod). */
  public Array cumprod(Array operand, int axis, boolean reverse) {
    return canon(Cumulative.cumprod(canon(operand), axis, false, reverse));
  }

  /** Returns the cumulative maximum along axis (lax.cummax). */
  public Array cummax(Array operand, int axis, boolean reverse) {
    return canon(Extras.cummax(canon(operand), axis, false, reverse));
  }

  /** Returns the cumulative minimum along axis (lax.cummin). */
  public Array cummin(Array operand, int axis, boolean reverse) {
    return canon(Extras.cummin(canon(operand), axis, false, reverse));
  }

  /** Returns operand sorted along {@code dimension}, NaN last (lax.sort). */
  public Array sort(Array operand, int dimension) {
    return Sorting.sort(canon(operand), dimension, false);
  }

  /** Returns [the k largest values along the last axis, their int32 indices] (lax.top_k). */
  public List<Array> topK(Array operand, long k) {
    return JaxTypes.canon(Searching.topK(canon(operand), k, -1, true, true));
  }

  /** Returns [0, 1, ..., size - 1] in {@code dtype} (lax.iota). */
  public Array iota(DType dtype, long size) {
    return Creation.arange(0L, size, 1L, canon(dtype));
  }

  /** Returns {@code shape} filled with {@code fillValue} (lax.full). */
  public Array full(long[] shape, Object fillValue, DType dtype) {
    return JaxFrontend.numpy.full(shape, fillValue, dtype);
  }

  /** Returns {@code fillValue} in the shape and dtype of x unless given (lax.full_like). */
  public Array fullLike(Array x, Object fillValue, DType dtype, long[] shape) {
    return JaxFrontend.numpy.fullLike(x, fillValue, dtype, shape);
  }

  /** Returns x unchanged; gradients do not flow through it (lax.stop_gradient). */
  public Array stopGradient(Array x) {
    return dev.ivy.Ivy.stopGradient(canon(x));
  }

  /** Returns x as a 32-bit array (helper for scalars). */
  static Array scalar(Object v) {
    return JaxTypes.array(v instanceof Array a ? a : Ivy.asarray(v));
  }
}
