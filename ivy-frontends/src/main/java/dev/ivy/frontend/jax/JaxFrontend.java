package dev.ivy.frontend.jax;

import java.util.List;

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
 * lax.clamp}, {@code nn.one_hot}) in the namespace {@code jax}, from its {@code @Fn} declaration.
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
   * {@code flax.linen}: Flax-style modules, which hold no parameters: {@link linen.Module#init}
   * creates the variables ({@code params/kernel}...) from a seed and an example input, and {@link
   * linen.Module#apply} runs the module with given variables. {@code Ivy.toIvyModule(m.bind(vars))}
   * converts a bound module into an Ivy module.
   *
   * <pre>{@code
   * var dense = new JaxFrontend.linen.Dense(4);
   * Variables vars = dense.init(0L, x);          // params/kernel [3, 4], params/bias [4]
   * Array y = dense.apply(vars, x);
   * }</pre>
   */
  public static final class linen {
    private linen() {}

    /**
     * The base class of Flax-style modules ({@code flax.linen.Module}): override {@link
     * #initParams} to create the parameters from an input shape and {@link #call} to compute with
     * them; parameters are passed in, never stored.
     */
    public abstract static class Module {
      /** Creates a module. */
      protected Module() {}

      /**
       * Returns this module's parameters for inputs shaped like {@code inputShape}, drawn with
       * {@code seed}, with paths relative to the module ({@code kernel}, {@code bias}).
       */
      protected abstract dev.ivy.nn.Variables initParams(long seed, dev.ivy.Shape inputShape);

      /** Computes the output from {@code x} with this module's parameters {@code params}. */
      protected abstract dev.ivy.Array call(dev.ivy.nn.Variables params, dev.ivy.Array x);

      /**
       * Returns the variables of the module for inputs like {@code x} ({@code module.init(rng,
       * x)}): the parameters under {@code params/}.
       *
       * @throws dev.ivy.errors.IvyArgumentException if x is null or does not fit
       */
      public final dev.ivy.nn.Variables init(long seed, dev.ivy.Array x) {
        if (x == null) {
          throw new dev.ivy.errors.IvyArgumentException(
              getClass().getSimpleName() + ".init: x must not be null");
        }
        return dev.ivy.nn.Variables.builder().putAll("params", initParams(seed, x.shape())).build();
      }

      /**
       * Runs the module with {@code variables} ({@code module.apply(variables, x)}).
       *
       * @throws dev.ivy.errors.IvyArgumentException if the variables lack {@code params} or do not
       *     fit
       */
      public final dev.ivy.Array apply(dev.ivy.nn.Variables variables, dev.ivy.Array x) {
        if (variables == null || x == null) {
          throw new dev.ivy.errors.IvyArgumentException(
              getClass().getSimpleName() + ".apply: variables and x must not be null");
        }
        return call(
            variables.keys().contains("params") ? variables.subtree("params") : variables, x);
      }

      /** Returns the module bound to {@code variables} ({@code module.bind(variables)}). */
      public final Bound bind(dev.ivy.nn.Variables variables) {
        return new Bound(this, variables);
      }
    }

    /**
     * A Flax-style module with its variables ({@code module.bind(variables)}): call it, or convert
     * it with {@code Ivy.toIvyModule}.
     *
     * @param module the module
     * @param variables its variables, as {@link Module#init} returns them
     */
    public record Bound(Module module, dev.ivy.nn.Variables variables) {
      /** Runs the module on {@code x} with the bound variables. */
      public dev.ivy.Array call(dev.ivy.Array x) {
        return module.apply(variables, x);
      }
    }

    /**
     * {@code flax.linen.Dense}: {@code x @ kernel + bias} on the last axis; kernel [in, features]
     * lecun-normal (normal with std sqrt(1/in), clipped at two standard deviations as an
     * approximation of Flax's truncated normal), bias zeros.
     */
    public static final class Dense extends Module {
      private final long features;
      private final boolean useBias;

      /** Creates a layer with a bias. */
      public Dense(long features) {
        this(features, true);
      }

      /**
       * Creates a layer.
       *
       * @throws dev.ivy.errors.IvyArgumentException if features is not positive
       */
      public Dense(long features, boolean useBias) {
        if (features <= 0) {
          throw new dev.ivy.errors.IvyArgumentException(
              "Dense: features must be positive; got " + features);
        }
        this.features = features;
        this.useBias = useBias;
      }

      @Override
      protected dev.ivy.nn.Variables initParams(long seed, dev.ivy.Shape inputShape) {
        long[] d = inputShape.dims();
        if (d.length == 0 || d[d.length - 1] <= 0) {
          throw new dev.ivy.errors.IvyArgumentException(
              "Dense.init: the input must have a positive last dimension; got " + inputShape);
        }
        long in = d[d.length - 1];
        double std = Math.sqrt(1.0 / in);
        dev.ivy.Array k =
            dev.ivy.Ivy.clip(
                dev.ivy.Ivy.randomNormal(
                    0.0, std, dev.ivy.Shape.of(in, features), dev.ivy.DType.FLOAT32, seed),
                -2 * std,
                2 * std);
        var b = dev.ivy.nn.Variables.builder().put("kernel", k);
        if (useBias) {
          b.put("bias", dev.ivy.Ivy.zeros(dev.ivy.Shape.of(features), dev.ivy.DType.FLOAT32));
        }
        return b.build();
      }

      @Override
      protected dev.ivy.Array call(dev.ivy.nn.Variables params, dev.ivy.Array x) {
        dev.ivy.Array y = dev.ivy.Ivy.matmul(x, params.get("kernel"));
        return useBias ? dev.ivy.Ivy.add(y, params.get("bias")) : y;
      }
    }

    /**
     * {@code flax.linen.Sequential}: modules applied in order; module i's parameters are under
     * {@code layers_i}, as Flax names them.
     */
    public static final class Sequential extends Module {
      private final List<Module> layers;

      /**
       * Creates the container.
       *
       * @throws dev.ivy.errors.IvyArgumentException if a module is null
       */
      public Sequential(Module... layers) {
        for (Module m : layers) {
          if (m == null) {
            throw new dev.ivy.errors.IvyArgumentException("Sequential: a module is null");
          }
        }
        this.layers = List.of(layers);
      }

      @Override
      protected dev.ivy.nn.Variables initParams(long seed, dev.ivy.Shape inputShape) {
        var b = dev.ivy.nn.Variables.builder();
        dev.ivy.Array h = dev.ivy.Ivy.zeros(inputShape, dev.ivy.DType.FLOAT32);
        for (int i = 0; i < layers.size(); i++) {
          dev.ivy.nn.Variables p = layers.get(i).initParams(seed + i, h.shape());
          b.putAll("layers_" + i, p);
          h = layers.get(i).call(p, h);
        }
        return b.build();
      }

      @Override
      protected dev.ivy.Array call(dev.ivy.nn.Variables params, dev.ivy.Array x) {
        dev.ivy.Array h = x;
        for (int i = 0; i < layers.size(); i++) {
          String k = "layers_" + i;
          h =
              layers
                  .get(i)
                  .call(
                      params.keys().contains(k) ? params.subtree(k) : dev.ivy.nn.Variables.empty(),
                      h);
        }
        return h;
      }
    }

    /** {@code flax.linen.relu} as a parameterless module, for {@link Sequential}. */
    public static final class Relu extends Module {
      /** Creates the activation. */
      public Relu() {}

      @Override
      protected dev.ivy.nn.Variables initParams(long seed, dev.ivy.Shape inputShape) {
        return dev.ivy.nn.Variables.empty();
      }

      @Override
      protected dev.ivy.Array call(dev.ivy.nn.Variables params, dev.ivy.Array x) {
        return dev.ivy.Ivy.relu(x);
      }
    }
  }

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
