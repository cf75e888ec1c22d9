package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Manipulation;
import java.util.Arrays;
import java.util.Locale;

/**
 * The shape functions of {@code numpy} and {@code jax.numpy} ({@code reshape}, {@code ravel},
 * {@code pad}), written once and parameterised by the framework's {@link DTypePolicy}; the order
 * and mode values each framework accepts are checked by its declaration ({@link Modes#accept}).
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
}
