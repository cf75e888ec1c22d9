package dev.ivy.frontend.jax;

import static dev.ivy.frontend.jax.JaxTypes.canon;
import static dev.ivy.frontend.jax.JaxTypes.toFloat;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Extras;
import dev.ivy.ops.Indexing;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import java.util.function.UnaryOperator;

/**
 * The {@code jax.nn} namespace: activations, softmax, one_hot and friends. Integer inputs compute
 * in float32. Reached as {@link JaxFrontend#nn}.
 *
 * <pre>{@code
 * JaxFrontend.nn.oneHot(Ivy.array(new int[] {0, 5, -1}, 3), 4)   // out-of-range rows are zero
 * }</pre>
 */
@Namespace(frontend = "jax", prefix = "nn", path = "JaxFrontend.nn")
public final class JaxNn extends JaxNnDefaults {
  JaxNn() {}

  private static void noWhere(String fn, Array where) {
    if (where != null) {
      throw new IvyArgumentException(fn + ": where is not supported; got " + where);
    }
  }

  private static Array f(Array x, UnaryOperator<Array> op) {
    return canon(op.apply(toFloat(x)));
  }

  /** Returns max(x, 0) (jax.nn.relu); integers keep their dtype. */
  @Fn
  public Array relu(Array x) {
    return canon(Activations.relu(canon(x)));
  }

  /** Returns min(max(x, 0), 6) (jax.nn.relu6). */
  @Fn
  public Array relu6(Array x) {
    return canon(Activations.relu6(canon(x)));
  }

  /** Returns 1 / (1 + e^-x) (jax.nn.sigmoid). */
  @Fn
  public Array sigmoid(Array x) {
    return f(x, Activations::sigmoid);
  }

  /** Returns log(sigmoid(x)) = -softplus(-x) (jax.nn.log_sigmoid). */
  @Fn
  public Array logSigmoid(Array x) {
    return f(x, v -> Elementwise.negative(Elementwise.logaddexp(Elementwise.negative(v), 0.0)));
  }

  /** Returns log(1 + e^x), computed stably (jax.nn.softplus). */
  @Fn
  public Array softplus(Array x) {
    return f(x, v -> Elementwise.logaddexp(v, 0.0));
  }

  /** Returns x / (1 + |x|) (jax.nn.soft_sign). */
  @Fn
  public Array softSign(Array x) {
    return f(x, v -> Elementwise.divide(v, Elementwise.add(Elementwise.abs(v), 1.0)));
  }

  /** Returns (x + sqrt(x^2 + b)) / 2 (jax.nn.squareplus). */
  @Fn
  public Array squareplus(Array x, @Default("4.0") double b) {
    return f(
        x,
        v ->
            Elementwise.multiply(
                Elementwise.add(v, Elementwise.sqrt(Elementwise.add(Elementwise.square(v), b))),
                0.5));
  }

  /** Returns x * sigmoid(x) (jax.nn.silu, jax.nn.swish). */
  @Fn({"silu", "swish"})
  public Array silu(Array x) {
    return f(x, Activations::silu);
  }

  /** Returns x * tanh(softplus(x)) (jax.nn.mish). */
  @Fn
  public Array mish(Array x) {
    return f(x, Activations::mish);
  }

  /** Returns the GELU, by default with the tanh approximation (jax.nn.gelu). */
  @Fn
  public Array gelu(Array x, @Default("True") boolean approximate) {
    return f(x, v -> Activations.gelu(v, approximate));
  }

  /** Returns x for x &gt; 0, else alpha (e^x - 1) (jax.nn.elu). */
  @Fn
  public Array elu(Array x, @Default("1.0") double alpha) {
    return f(x, v -> Activations.elu(v, alpha));
  }

  /** Returns max(x, 0) + min(0, alpha (e^(x/alpha) - 1)) (jax.nn.celu). */
  @Fn
  public Array celu(Array x, @Default("1.0") double alpha) {
    return f(
        x,
        v ->
            Elementwise.add(
                Elementwise.maximum(v, 0.0),
                Elementwise.minimum(
                    Elementwise.multiply(Elementwise.expm1(Elementwise.divide(v, alpha)), alpha),
                    0.0)));
  }

  /** Returns the scaled ELU (jax.nn.selu). */
  @Fn
  public Array selu(Array x) {
    return f(x, Activations::selu);
  }

  /** Returns x for x &gt;= 0, else negativeSlope x (jax.nn.leaky_relu). */
  @Fn
  public Array leakyRelu(Array x, @Default("0.01") double negativeSlope) {
    return f(x, v -> Activations.leakyRelu(v, negativeSlope));
  }

  /** Returns relu6(x + 3) / 6 (jax.nn.hard_sigmoid). */
  @Fn
  public Array hardSigmoid(Array x) {
    return f(x, Activations::hardSigmoid);
  }

  /** Returns x * hard_sigmoid(x) (jax.nn.hard_silu, jax.nn.hard_swish). */
  @Fn({"hard_silu", "hard_swish"})
  public Array hardSilu(Array x) {
    return f(x, Activations::hardSwish);
  }

  /** Returns x clipped to [-1, 1] (jax.nn.hard_tanh). */
  @Fn
  public Array hardTanh(Array x) {
    return f(x, v -> Elementwise.clip(v, -1.0, 1.0));
  }

  /** Returns the softmax along axis (jax.nn.softmax); {@code where} is not supported. */
  @Fn
  public Array softmax(Array x, @Default("-1") int axis, @Default("None") Array where) {
    noWhere("nn.softmax", where);
    return f(x, v -> Activations.softmax(v, axis));
  }

  /** Returns the log-softmax along axis (jax.nn.log_softmax); {@code where} is not supported. */
  @Fn
  public Array logSoftmax(Array x, @Default("-1") int axis, @Default("None") Array where) {
    noWhere("nn.log_softmax", where);
    return f(x, v -> Activations.logSoftmax(v, axis));
  }

  /**
   * Returns log(sum(e^a)) over axis (all when null), computed stably (jax.nn.logsumexp); {@code b}
   * is not supported.
   */
  @Fn
  public Array logsumexp(
      Array a,
      @Default("None") int[] axis,
      @Default("None") Array b,
      @Default("False") boolean keepdims) {
    if (b != null) {
      throw new IvyArgumentException("nn.logsumexp: b is not supported; got " + b);
    }
    return f(a, v -> Extras.logsumexp(v, axis, keepdims));
  }

  /**
   * Returns (x - mean) / sqrt(variance + epsilon) over axis, the statistics computed from x when
   * null (jax.nn.standardize).
   */
  @Fn
  public Array standardize(
      Array x,
      @Default("-1") int[] axis,
      @Default("None") Array mean,
      @Default("None") Array variance,
      @Default("1e-05") double epsilon) {
    Array v = toFloat(x);
    Array m = mean == null ? Reductions.mean(v, axis, true) : canon(mean);
    Array var =
        variance == null
            ? Elementwise.subtract(
                Reductions.mean(Elementwise.square(v), axis, true), Elementwise.square(m))
            : canon(variance);
    return canon(
        Elementwise.divide(
            Elementwise.subtract(v, m), Elementwise.sqrt(Elementwise.add(var, epsilon))));
  }

  /** Returns a * sigmoid(b) for x split in halves a, b along axis (jax.nn.glu). */
  @Fn
  public Array glu(Array x, @Default("-1") int axis) {
    Array v = toFloat(x);
    var parts = dev.ivy.ops.ExtraManipulation.split(v, 2L, axis, false);
    return canon(Elementwise.multiply(parts.get(0), Activations.sigmoid(parts.get(1))));
  }

  /**
   * Returns the one-hot encoding of x with {@code numClasses} classes along {@code axis} (the last
   * by default); indices outside [0, numClasses) give all-zero rows (jax.nn.one_hot).
   */
  @Fn
  public Array oneHot(
      Array x, long numClasses, @Default("None") DType dtype, @Default("-1") int axis) {
    Array c = canon(x);
    DType dt = dtype == null ? DType.FLOAT32 : canon(dtype);
    if (!c.dtype().isInteger()) {
      // JAX compares x with the class indices, so non-integer x matches only whole numbers
      Array classes = dev.ivy.ops.Creation.arange(0L, numClasses, 1L, c.dtype());
      Array hit = Elementwise.equal(Manipulation.expandDims(c, -1), classes);
      Array r = Manipulation.astype(hit, dt);
      int outRank = c.rank() + 1;
      int a = axis < 0 ? axis + outRank : axis;
      return a == outRank - 1
          ? r
          : Manipulation.moveaxis(r, new int[] {outRank - 1}, new int[] {a});
    }
    return Indexing.oneHot(c, numClasses, null, null, axis, dt);
  }

  // ------------------------------------------------------------------ breadth

  /** Returns x unchanged (jax.nn.identity). */
  @Fn
  public Array identity(Array x) {
    return canon(x);
  }

  /** Returns tanh(x) (jax.nn.tanh). */
  @Fn
  public Array tanh(Array x) {
    return f(x, Elementwise::tanh);
  }

  /**
   * Returns 0 for x &lt;= -1, (x + 1)² / 4 for -1 &lt; x &lt; 1 and x for x >= 1
   * (jax.nn.sparse_plus).
   */
  @Fn
  public Array sparsePlus(Array x) {
    return f(
        x,
        v ->
            Elementwise.where(
                Elementwise.lessEqual(v, -1.0),
                Creation.zerosLike(v),
                Elementwise.where(
                    Elementwise.greaterEqual(v, 1.0),
                    v,
                    Elementwise.multiply(Elementwise.square(Elementwise.add(v, 1.0)), 0.25))));
  }

  /**
   * Returns 0 for x &lt;= -1, (x + 1) / 2 for -1 &lt; x &lt; 1 and 1 for x >= 1
   * (jax.nn.sparse_sigmoid).
   */
  @Fn
  public Array sparseSigmoid(Array x) {
    return f(
        x, v -> Elementwise.clip(Elementwise.multiply(Elementwise.add(v, 1.0), 0.5), 0.0, 1.0));
  }
}
