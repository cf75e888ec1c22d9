package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.ops.Checks;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Manipulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The shape functions of {@code numpy} and {@code jax.numpy} ({@code reshape}, {@code ravel},
 * {@code pad}, {@code transpose}, {@code concatenate}, {@code split}...), written once and
 * parameterised by the framework's {@link DTypePolicy}; the order and mode values each framework
 * accepts are checked by its declaration ({@link Modes#accept}).
 */
public final class NumpyManipulation {
  private NumpyManipulation() {}

  private static int[] reversedAxes(int rank) {
    int[] rev = new int[rank];
    for (int i = 0; i < rank; i++) {
      rev[i] = rank - 1 - i;
    }
    return rev;
  }

  /**
   * Returns a reshaped to shape (one entry may be -1), reading and writing elements in C order, or
   * in F order (first axis fastest) for {@link Order#F} (reshape).
   */
  public static Array reshape(DTypePolicy p, Object a, long[] shape, Order order) {
    Array x = p.array(a);
    if (order != Order.F) {
      return Manipulation.reshape(x, shape);
    }
    long[] rs = shape.clone();
    for (int i = 0; i < rs.length; i++) {
      rs[i] = shape[shape.length - 1 - i];
    }
    Array r = Manipulation.reshape(Manipulation.permuteDims(x, reversedAxes(x.rank())), rs);
    return Manipulation.permuteDims(r, reversedAxes(r.rank()));
  }

  /** Returns a flattened, in C order, or in F order for {@link Order#F} (ravel). */
  public static Array ravel(DTypePolicy p, Object a, Order order) {
    Array x = p.array(a);
    if (order == Order.F) {
      x = Manipulation.permuteDims(x, reversedAxes(x.rank()));
    }
    return Manipulation.reshape(x, -1);
  }

  /**
   * Returns array padded by padWidth (an int, a pair, or one pair per axis) with mode {@link
   * PadMode#CONSTANT}, {@link PadMode#EDGE}, {@link PadMode#REFLECT}, {@link PadMode#SYMMETRIC},
   * {@link PadMode#WRAP} or {@link PadMode#EMPTY} (zeros) (pad).
   *
   * @throws dev.ivy.errors.IvyArgumentException for the statistic and ramp modes
   */
  public static Array pad(
      DTypePolicy p, Object array, Object padWidth, PadMode mode, Object constantValues) {
    Modes.accept(
        "pad",
        "mode",
        mode,
        PadMode.CONSTANT,
        PadMode.EDGE,
        PadMode.REFLECT,
        PadMode.SYMMETRIC,
        PadMode.WRAP,
        PadMode.EMPTY);
    Array x = p.array(array);
    long[][] pw = ExtraManipulation.padWidths(padWidth);
    if (pw.length == 1 && x.rank() > 1) {
      long[][] all = new long[x.rank()][];
      Arrays.fill(all, pw[0]);
      pw = all;
    }
    for (int i = 0; i < pw.length; i++) {
      if (pw[i].length == 1) {
        pw[i] = new long[] {pw[i][0], pw[i][0]};
      }
    }
    PadMode m = mode == PadMode.EMPTY ? PadMode.CONSTANT : mode;
    Object cv = mode == PadMode.EMPTY || constantValues == null ? 0L : constantValues;
    return p.result(ExtraManipulation.pad(x, pw, m.name().toLowerCase(Locale.ROOT), cv));
  }

  /** Returns a with axes permuted, reversed when axes is null (transpose, permute_dims). */
  public static Array transpose(DTypePolicy p, Object a, int[] axes) {
    Array x = p.array(a);
    return Manipulation.permuteDims(x, axes == null ? reversedAxes(x.rank()) : axes);
  }

  /** Returns x with its last two axes swapped (matrix_transpose). */
  public static Array matrixTranspose(DTypePolicy p, Object x) {
    return swapaxes(p, x, -1, -2);
  }

  /** Returns a with two axes swapped (swapaxes). */
  public static Array swapaxes(DTypePolicy p, Object a, int axis1, int axis2) {
    return Manipulation.swapaxes(p.array(a), axis1, axis2);
  }

  /** Returns a with axes moved from source to destination (moveaxis). */
  public static Array moveaxis(DTypePolicy p, Object a, int[] source, int[] destination) {
    return Manipulation.moveaxis(p.array(a), source, destination);
  }

  /** Returns a with a new axis of size 1 at each of axis, counted in the result (expand_dims). */
  public static Array expandDims(DTypePolicy p, Object a, int[] axis) {
    Array x = p.array(a);
    int out = x.rank() + axis.length;
    int[] norm = new int[axis.length];
    for (int i = 0; i < axis.length; i++) {
      norm[i] = Checks.axis("expand_dims", "axis", axis[i], out);
    }
    Arrays.sort(norm);
    for (int ax : norm) {
      x = Manipulation.expandDims(x, ax);
    }
    return x;
  }

  /** Returns a without the given size-1 axes, all of them when axis is null (squeeze). */
  public static Array squeeze(DTypePolicy p, Object a, int[] axis) {
    Array x = p.array(a);
    if (axis == null) {
      List<Integer> ones = new ArrayList<>();
      for (int i = 0; i < x.rank(); i++) {
        if (x.shape().dim(i) == 1) {
          ones.add(i);
        }
      }
      axis = ones.stream().mapToInt(Integer::intValue).toArray();
    }
    return Manipulation.squeeze(x, axis);
  }

  /** Returns m reversed along axis, all axes when null (flip). */
  public static Array flip(DTypePolicy p, Object m, int[] axis) {
    Array x = p.array(m);
    return Manipulation.flip(x, axis == null ? Checks.allAxes(x.rank()) : axis);
  }

  /** Returns m flipped along axis 0 (flipud). */
  public static Array flipud(DTypePolicy p, Object m) {
    return Manipulation.flip(p.array(m), 0);
  }

  /** Returns m (at least 2-d) flipped along axis 1 (fliplr). */
  public static Array fliplr(DTypePolicy p, Object m) {
    Array x = p.array(m);
    Checks.check(x.rank() >= 2, "fliplr", "m must be at least 2-d; got %s", x.aval());
    return Manipulation.flip(x, 1);
  }

  /**
   * Returns a rolled by shift along axis (one shift for all axes, or one per axis), flattened and
   * restored when axis is null (roll).
   */
  public static Array roll(DTypePolicy p, Object a, long[] shift, int[] axis) {
    Array x = p.array(a);
    if (axis == null) {
      long s = 0;
      for (long v : shift) {
        s += v;
      }
      return Manipulation.reshape(
          Manipulation.roll(Manipulation.reshape(x, -1), new long[] {s}, new int[] {0}), x.shape());
    }
    if (shift.length == 1 && axis.length > 1) {
      long s = shift[0];
      shift = new long[axis.length];
      Arrays.fill(shift, s);
    }
    return Manipulation.roll(x, shift, axis);
  }

  /** Returns m rotated by 90 degrees k times in the plane of axes (rot90). */
  public static Array rot90(DTypePolicy p, Object m, long k, int[] axes) {
    return NumpyComposites.rot90(p.array(m), k, axes);
  }

  /** Returns array broadcast to shape (broadcast_to). */
  public static Array broadcastTo(DTypePolicy p, Object array, long[] shape) {
    return Manipulation.broadcastTo(p.array(array), Shape.of(shape));
  }

  /** Returns a cast to the policy's canonical dtype of dtype when one is given. */
  private static Array castTo(DTypePolicy p, Array a, DType dtype) {
    return dtype == null ? a : Manipulation.astype(a, p.canonical(dtype));
  }

  /**
   * Returns the arrays (at least one) joined along axis, flattened first when axis is null,
   * promoted by the policy and cast to dtype when given (concatenate, concat).
   */
  public static Array concatenate(
      DTypePolicy p, List<?> arrays, Integer axis, Object out, DType dtype) {
    p.noOut("concatenate", out);
    Checks.check(
        !arrays.isEmpty(), "concatenate", "need at least one array to concatenate; got %s", 0);
    return castTo(p, Manipulation.concat(p.promotedArrays(arrays), axis), dtype);
  }

  /** Returns the arrays (at least one) stacked along a new axis, promoted by the policy (stack). */
  public static Array stack(DTypePolicy p, List<?> arrays, int axis, Object out, DType dtype) {
    p.noOut("stack", out);
    Checks.check(!arrays.isEmpty(), "stack", "need at least one array to stack; got %s", 0);
    return castTo(p, Manipulation.stack(p.promotedArrays(arrays), axis), dtype);
  }

  private static List<Array> atleastAll(DTypePolicy p, List<?> xs, int n) {
    List<Array> out = new ArrayList<>();
    for (Object x : xs) {
      out.add(NumpyComposites.atleast(p.array(x), n));
    }
    return out;
  }

  /** Returns the arrays stacked row-wise, as 2-D along axis 0 (vstack, row_stack). */
  public static Array vstack(DTypePolicy p, List<?> tup, DType dtype) {
    return concatenate(p, atleastAll(p, tup, 2), 0, null, dtype);
  }

  /** Returns the arrays stacked column-wise: axis 1, or 0 for 1-D arrays (hstack). */
  public static Array hstack(DTypePolicy p, List<?> tup, DType dtype) {
    List<Array> l = atleastAll(p, tup, 1);
    Checks.check(!l.isEmpty(), "hstack", "tup must be a non-empty sequence of arrays; got %s", tup);
    return concatenate(p, l, l.get(0).rank() == 1 ? 0 : 1, null, dtype);
  }

  /** Returns the arrays stacked depth-wise, as 3-D along axis 2 (dstack). */
  public static Array dstack(DTypePolicy p, List<?> tup) {
    return concatenate(p, atleastAll(p, tup, 3), 2, null, null);
  }

  /** Returns 1-D arrays as columns of a 2-D array, joined on axis 1 (column_stack). */
  public static Array columnStack(DTypePolicy p, List<?> tup) {
    List<Array> l = new ArrayList<>();
    for (Object t : tup) {
      Array a = p.array(t);
      l.add(a.rank() < 2 ? Manipulation.reshape(a, -1, 1) : a);
    }
    return concatenate(p, l, 1, null, null);
  }

  /**
   * Returns each array with at least n (1 to 3) dimensions, as NumPy's atleast_nd pads them; one
   * array alone, several as a list (atleast_1d, atleast_2d, atleast_3d).
   */
  public static Object atleast(DTypePolicy p, List<?> arys, int n) {
    List<Array> out = atleastAll(p, arys, n);
    return out.size() == 1 ? out.get(0) : out;
  }

  /**
   * Returns ary split into equal sections (an int, which must divide the axis) or at the given
   * indices (split).
   */
  public static List<Array> split(DTypePolicy p, Object ary, Object indicesOrSections, int axis) {
    return NumpyComposites.split(p.array(ary), indicesOrSections, axis, true);
  }

  /** Returns ary split like split but allowing unequal sections (array_split). */
  public static List<Array> arraySplit(
      DTypePolicy p, Object ary, Object indicesOrSections, int axis) {
    return NumpyComposites.split(p.array(ary), indicesOrSections, axis, false);
  }

  /** Returns ary split along axis 1, or 0 for 1-D arrays (hsplit). */
  public static List<Array> hsplit(DTypePolicy p, Object ary, Object indicesOrSections) {
    Array x = p.array(ary);
    return split(p, x, indicesOrSections, x.rank() == 1 ? 0 : 1);
  }

  /** Returns A tiled reps times (tile). */
  public static Array tile(DTypePolicy p, Object a, long[] reps) {
    return Manipulation.tile(p.array(a), reps);
  }

  /**
   * Returns a with each element repeated (repeats an int or an integer array), flattened when axis
   * is null (repeat).
   */
  public static Array repeat(DTypePolicy p, Object a, Object repeats, Integer axis) {
    if (repeats instanceof Number n) {
      Checks.check(
          repeats instanceof Long || repeats instanceof Integer,
          "repeat",
          "repeats must be an int or an integer array; got %s",
          repeats);
      return Manipulation.repeat(p.array(a), n.longValue(), axis);
    }
    return Manipulation.repeat(p.array(a), p.array(repeats), axis);
  }

  /**
   * Returns the n-th discrete difference along axis, after joining prepend and append (broadcast to
   * a's shape with size 1 along axis when they are scalars or of lower rank) (diff).
   */
  public static Array diff(
      DTypePolicy p, Object a, int n, int axis, Object prepend, Object append) {
    Array x = p.array(a);
    if (prepend != null || append != null) {
      List<Array> parts = new ArrayList<>();
      if (prepend != null) {
        parts.add(diffEdge(p.array(prepend), x, axis));
      }
      parts.add(x);
      if (append != null) {
        parts.add(diffEdge(p.array(append), x, axis));
      }
      x = Manipulation.concat(p.promotedArrays(parts), axis);
    }
    return Manipulation.diff(x, n, axis);
  }

  private static Array diffEdge(Array v, Array x, int axis) {
    if (v.rank() == x.rank()) {
      return v;
    }
    long[] d = x.shape().dims();
    d[Checks.axis("diff", "axis", axis, x.rank())] = 1;
    return Manipulation.broadcastTo(v, Shape.of(d));
  }

  /** Returns values appended to arr, both flattened when axis is null (append). */
  public static Array append(DTypePolicy p, Object arr, Object values, Integer axis) {
    if (axis == null) {
      return concatenate(
          p, List.of(ravel(p, arr, Order.C), ravel(p, values, Order.C)), 0, null, null);
    }
    return concatenate(p, List.of(p.array(arr), p.array(values)), axis, null, null);
  }

  /** Returns a with axis rolled back to position start, in [-ndim, ndim] (rollaxis). */
  public static Array rollaxis(DTypePolicy p, Object a, int axis, int start) {
    Array x = p.array(a);
    int ax = Checks.axis("rollaxis", "axis", axis, x.rank());
    int s = start < 0 ? start + x.rank() : start;
    Checks.check(
        s >= 0 && s <= x.rank(), "rollaxis", "start must be in [-ndim, ndim]; got %s", start);
    int dest = ax < s ? s - 1 : s;
    return Manipulation.moveaxis(x, new int[] {ax}, new int[] {dest});
  }
}
