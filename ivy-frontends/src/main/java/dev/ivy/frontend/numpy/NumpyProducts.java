package dev.ivy.frontend.numpy;

import dev.ivy.Array;
import dev.ivy.ops.Manipulation;

/**
 * The products of {@code numpy} and {@code jax.numpy} ({@code convolve}, {@code correlate}),
 * written once and parameterised by the framework's {@link DTypePolicy}: the operands promote by
 * the policy and the result comes back in its canonical dtype.
 */
public final class NumpyProducts {
  private NumpyProducts() {}

  private static Array[] promotedArrays(DTypePolicy p, Object a, Object v) {
    Object[] o = p.promoted(p.array(a), p.array(v));
    return new Array[] {(Array) o[0], (Array) o[1]};
  }

  /**
   * Returns the cross-correlation of two non-empty 1-D sequences, of the size {@code mode} asks for
   * (correlate).
   */
  public static Array correlate(DTypePolicy p, Object a, Object v, ConvolveMode mode) {
    Array[] av = promotedArrays(p, a, v);
    return p.result(NumpyComposites.correlate(av[0], av[1], mode));
  }

  /**
   * Returns the discrete linear convolution of two non-empty 1-D sequences, of the size {@code
   * mode} asks for (convolve).
   */
  public static Array convolve(DTypePolicy p, Object a, Object v, ConvolveMode mode) {
    Array[] av = promotedArrays(p, a, v);
    Array x = av[0];
    Array y = av[1];
    if (y.size() > x.size()) {
      Array t = x;
      x = y;
      y = t;
    }
    return p.result(NumpyComposites.correlate(x, Manipulation.flip(y, 0), mode));
  }
}
