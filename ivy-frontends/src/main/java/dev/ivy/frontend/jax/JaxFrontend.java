package dev.ivy.frontend.jax;

/**
 * The JAX frontend: JAX's public API in Java, composed of core functions, with JAX's names,
 * argument order, defaults and dtype rules (64-bit types disabled, as JAX's default: float64 and
 * int64 inputs compute as float32 and int32, creation defaults to float32 and int32, Python scalars
 * are weakly typed). Each namespace mirrors a JAX module.
 *
 * <pre>{@code
 * Array x = Ivy.array(new float[] {-2, 0.5f, 3}, 3);
 * JaxFrontend.lax.clamp(-1.0, x, 1.0);     // [-1, 0.5, 1]
 * JaxFrontend.numpy.sum(x);                // 1.5
 * JaxFrontend.nn.softmax(x, -1);
 * }</pre>
 *
 * <p>Every function is also registered by its dotted JAX name ({@code numpy.sum}, {@code
 * lax.clamp}, {@code nn.one_hot}) in the namespace {@code jax} by {@link JaxFunctions}.
 */
public final class JaxFrontend {
  /** The {@code jax.numpy} namespace (with {@code numpy.linalg}). */
  public static final JaxNumpy numpy = new JaxNumpy();

  /** The {@code jax.lax} namespace. */
  public static final JaxLax lax = new JaxLax();

  /** The {@code jax.nn} namespace. */
  public static final JaxNn nn = new JaxNn();

  private JaxFrontend() {}

  /**
   * {@code jax.grad(fun)}: the function computing the gradient of a scalar-valued {@code fun} with
   * respect to its argument (reverse mode, through core's autodiff).
   *
   * <pre>{@code
   * JaxFrontend.grad(x -> JaxFrontend.numpy.sum(JaxFrontend.numpy.sin(x))).apply(x); // cos(x)
   * }</pre>
   */
  public static java.util.function.UnaryOperator<dev.ivy.Array> grad(
      java.util.function.Function<dev.ivy.Array, dev.ivy.Array> fun) {
    return dev.ivy.Ivy.grad(fun);
  }

  /** {@code jax.value_and_grad(fun)}: the value and the gradient together. */
  public static java.util.function.Function<
          dev.ivy.Array, dev.ivy.autodiff.ValueAndGrad<dev.ivy.Array>>
      valueAndGrad(java.util.function.Function<dev.ivy.Array, dev.ivy.Array> fun) {
    return dev.ivy.Ivy.valueAndGrad(fun);
  }

  /**
   * {@code jax.vjp(fun, *primals)}: the outputs of {@code fun} at {@code primals} and the pullback
   * mapping output cotangents to input cotangents.
   */
  public static dev.ivy.autodiff.Autodiff.VjpResult vjp(
      java.util.function.Function<
              java.util.List<dev.ivy.Array>, ? extends java.util.List<dev.ivy.Array>>
          fun,
      java.util.List<dev.ivy.Array> primals) {
    return dev.ivy.Ivy.vjp(fun, primals);
  }
}
