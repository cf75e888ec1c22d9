package dev.ivy.frontend.tf;

import static dev.ivy.frontend.tf.TfFrontend.binary;
import static dev.ivy.frontend.tf.TfTypes.error;
import static dev.ivy.frontend.tf.TfTypes.tensor;

import dev.ivy.Array;
import dev.ivy.ops.Elementwise;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import java.util.function.BinaryOperator;

/**
 * {@code tf.bitwise}: integer bit operations. Reached as {@link TfFrontend#bitwise}; each function
 * is declared once ({@code @Fn}) and registered under {@code tensorflow.bitwise.<name>}. Tensor
 * arguments are {@code Object}: a tensor, a Python number or a nested list, converted by
 * TensorFlow's rules (Python ints int32, floats float32).
 */
@Namespace(
    frontend = "tensorflow",
    prefix = "bitwise",
    path = "TfFrontend.bitwise",
    ignored = "name")
public final class TfBitwise extends TfBitwiseDefaults {
  TfBitwise() {}

  private static Array ints(String fn, Object x, Object y, BinaryOperator<Array> f) {
    return binary(
        fn,
        x,
        y,
        (a, b) -> {
          if (!a.dtype().isInteger()) {
            throw error(fn, "x must be an integer tensor; got " + a.dtype());
          }
          return f.apply(a, b);
        });
  }

  /** {@code tf.bitwise.bitwise_and(x, y)}. */
  @Fn
  public Array bitwiseAnd(Object x, Object y) {
    return ints("bitwise.bitwise_and", x, y, Elementwise::bitwiseAnd);
  }

  /** {@code tf.bitwise.bitwise_or(x, y)}. */
  @Fn
  public Array bitwiseOr(Object x, Object y) {
    return ints("bitwise.bitwise_or", x, y, Elementwise::bitwiseOr);
  }

  /** {@code tf.bitwise.bitwise_xor(x, y)}. */
  @Fn
  public Array bitwiseXor(Object x, Object y) {
    return ints("bitwise.bitwise_xor", x, y, Elementwise::bitwiseXor);
  }

  /** {@code tf.bitwise.left_shift(x, y)}. */
  @Fn
  public Array leftShift(Object x, Object y) {
    return ints("bitwise.left_shift", x, y, Elementwise::bitwiseLeftShift);
  }

  /** {@code tf.bitwise.right_shift(x, y)}. */
  @Fn
  public Array rightShift(Object x, Object y) {
    return ints("bitwise.right_shift", x, y, Elementwise::bitwiseRightShift);
  }

  /** {@code tf.bitwise.invert(x)}. */
  @Fn
  public Array invert(Object x) {
    Array v = tensor("bitwise.invert", "x", x);
    if (!v.dtype().isInteger()) {
      throw error("bitwise.invert", "x must be an integer tensor; got " + v.dtype());
    }
    return Elementwise.bitwiseInvert(v);
  }
}
