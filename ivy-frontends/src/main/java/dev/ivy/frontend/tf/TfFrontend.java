package dev.ivy.frontend.tf;

import static dev.ivy.frontend.tf.TfTypes.axes;
import static dev.ivy.frontend.tf.TfTypes.axis;
import static dev.ivy.frontend.tf.TfTypes.bool;
import static dev.ivy.frontend.tf.TfTypes.cast;
import static dev.ivy.frontend.tf.TfTypes.error;
import static dev.ivy.frontend.tf.TfTypes.floating;
import static dev.ivy.frontend.tf.TfTypes.numeric;
import static dev.ivy.frontend.tf.TfTypes.pair;
import static dev.ivy.frontend.tf.TfTypes.scalar;
import static dev.ivy.frontend.tf.TfTypes.tensor;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.MeshIndexing;
import dev.ivy.Shape;
import dev.ivy.Side;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Conversion;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Index;
import dev.ivy.ops.Indexer;
import dev.ivy.ops.Indexing;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.ops.Scatter;
import dev.ivy.ops.Searching;
import dev.ivy.ops.Sorting;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.P;
import dev.ivy.registry.Rest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * TensorFlow's API composed of Ivy core functions: {@code TfFrontend.math.cumprod(x, -1, false,
 * false)}, {@code TfFrontend.nn.relu(x)}, {@code TfFrontend.reshape(x, 2, 3)}. It follows
 * TensorFlow 2's argument order, defaults and dtype rules: Python numbers become int32 / float32,
 * binary ops on tensors of different dtypes raise (TensorFlow never promotes), float-only kernels
 * reject integer tensors, and index outputs default to int32 (argmax: int64) as in TensorFlow.
 * Errors are {@link dev.ivy.errors.IvyArgumentException}s naming {@code tf.<function>}.
 */
@Namespace(frontend = "tensorflow", path = "TfFrontend", ignored = "name")
public final class TfFrontend extends TfFrontendDefaults {
  private TfFrontend() {}

  /** {@code tf.math}. */
  public static final TfMath math = new TfMath();

  /** {@code tf.nn}. */
  public static final TfNn nn = new TfNn();

  /** {@code tf.linalg}. */
  public static final TfLinalg linalg = new TfLinalg();

  /** {@code tf.image}. */
  public static final TfImage image = new TfImage();

  /** {@code tf.bitwise}. */
  public static final TfBitwise bitwise = new TfBitwise();

  /**
   * {@code tf.GradientTape}: records the calls made while it is open on the arrays it watches, then
   * gives gradients.
   *
   * <pre>{@code
   * TfFrontend.GradientTape tape = new TfFrontend.GradientTape();
   * try (tape) {
   *   tape.watch(x);
   *   y = TfFrontend.math.square(x);
   * }
   * Array dy = tape.gradient(y, x); // 2 x
   * }</pre>
   */
  public static final class GradientTape implements AutoCloseable {
    private final dev.ivy.autodiff.Autodiff.Tape tape = dev.ivy.autodiff.Autodiff.tape();

    /** Opens the tape (as entering {@code with tf.GradientTape() as tape:}). */
    public GradientTape() {}

    /** {@code tape.watch(tensor)}: watches each array. */
    public void watch(Array... tensors) {
      for (Array t : tensors) {
        tape.watch(t);
      }
    }

    /**
     * {@code tape.gradient(target, source)}: the gradient of sum(target) with respect to source.
     */
    public Array gradient(Array target, Array source) {
      return tape.gradient(target, List.of(source)).get(0);
    }

    /** {@code tape.gradient(target, sources)}: one gradient per source. */
    public List<Array> gradient(Array target, List<Array> sources) {
      return tape.gradient(target, sources);
    }

    /** Stops recording (leaving the {@code with} block). */
    @Override
    public void close() {
      tape.close();
    }
  }

  // ------------------------------------------------------------------ helpers

  static Array unaryFloat(String fn, Object x, UnaryOperator<Array> f) {
    return f.apply(floating(fn, tensor(fn, "x", x)));
  }

  static Array unaryNumeric(String fn, Object x, UnaryOperator<Array> f) {
    return f.apply(numeric(fn, tensor(fn, "x", x)));
  }

  static Array binary(String fn, Object x, Object y, BinaryOperator<Array> f) {
    Array[] p = pair(fn, x, y);
    return f.apply(p[0], p[1]);
  }

  static Array binaryNumeric(String fn, Object x, Object y, BinaryOperator<Array> f) {
    Array[] p = pair(fn, x, y);
    numeric(fn, p[0]);
    return f.apply(p[0], p[1]);
  }

  static Array binaryFloat(String fn, Object x, Object y, BinaryOperator<Array> f) {
    Array[] p = pair(fn, x, y);
    floating(fn, p[0]);
    return f.apply(p[0], p[1]);
  }

  static Array zeroLike(Array x) {
    return Creation.zerosLike(x);
  }

  /** Normalises TF's ksize / strides / dilations (an int, or 1, n or n + 2 values) to n values. */
  static long[] spatial(String fn, String arg, Object v, int n, boolean channelsLast) {
    if (v == null) {
      long[] r = new long[n];
      java.util.Arrays.fill(r, 1);
      return r;
    }
    long[] l = TfTypes.longs(fn, arg, v);
    if (l.length == 1) {
      long[] r = new long[n];
      java.util.Arrays.fill(r, l[0]);
      return r;
    }
    if (l.length == n) {
      return l;
    }
    if (l.length == n + 2) {
      return java.util.Arrays.copyOfRange(l, channelsLast ? 1 : 2, channelsLast ? n + 1 : n + 2);
    }
    throw error(fn, arg + " must have 1, " + n + " or " + (n + 2) + " values; got " + l.length);
  }

  /**
   * Returns whether {@code dataFormat} (null: TensorFlow's channels-last default) puts channels
   * last, refusing a format of another rank than {@code n}.
   */
  static boolean channelsLast(String fn, dev.ivy.DataFormat dataFormat, int n) {
    return dev.ivy.DataFormat.check(fn, dataFormat, n).channelsLast();
  }

  static String padding(String fn, Object padding) {
    if (padding instanceof dev.ivy.Padding p) {
      return p.name();
    }
    if (padding instanceof String s) {
      String u = s.toUpperCase(java.util.Locale.ROOT);
      if (u.equals("SAME") || u.equals("VALID")) {
        return u;
      }
    }
    throw error(fn, "padding must be 'SAME' or 'VALID'; got " + padding);
  }

  /** {@code tf.signal}. */
  public static final TfSignal signal = new TfSignal();

  // ------------------------------------------------------------------ tf.keras

  /**
   * {@code tf.keras}: the functional activations and losses, Keras-style {@link keras.layers} and
   * {@link keras.Sequential}. The classes are nested types, so they read as in Keras: {@code new
   * TfFrontend.keras.layers.Dense(4)}.
   */
  public static final class keras {
    private keras() {}

    /** {@code tf.keras.activations}. */
    public final Activations activations = new Activations();

    /** {@code tf.keras.losses}. */
    public final Losses losses = new Losses();

    /**
     * {@code tf.keras.layers}: Keras-style layers holding their weights, built lazily from the
     * first input's shape ({@link Layer#apply} builds, then calls). {@code Ivy.toIvyModule(layer)}
     * converts a built layer (or {@link keras.Sequential}) into an Ivy module.
     */
    public static final class layers {
      private layers() {}

      /**
       * A trainable weight of a layer ({@code tf.Variable}): a holder whose {@link #value()} the
       * layer's {@code call} reads, so the layer can run with other values.
       */
      public static final class Variable {
        private final String name;
        private Array value;

        Variable(String name, Array value) {
          this.name = name;
          this.value = value;
        }

        /** Returns the weight's name within its layer ({@code kernel}, {@code bias}). */
        public String name() {
          return name;
        }

        /** Returns the current value. */
        public Array value() {
          return value;
        }

        /**
         * Replaces the value ({@code variable.assign(x)}), which must keep the shape.
         *
         * @throws dev.ivy.errors.IvyArgumentException if value is null or its shape differs
         */
        public void assign(Array value) {
          if (value == null || !value.shape().equals(this.value.shape())) {
            throw new dev.ivy.errors.IvyArgumentException(
                "Variable.assign: '"
                    + name
                    + "' needs a value of shape "
                    + this.value.shape()
                    + "; got "
                    + (value == null ? "null" : value.shape()));
          }
          this.value = value;
        }

        @Override
        public String toString() {
          return "<Variable '" + name + "' " + value + ">";
        }
      }

      /**
       * The base class of Keras-style layers ({@code tf.keras.layers.Layer}): override {@link
       * #build(Shape)} to create weights with {@link #addWeight} from the input shape, and {@link
       * #call(Array)} to compute, reading each weight's {@link Variable#value()}. Users run a layer
       * with {@link #apply(Array)} (Keras's {@code layer(x)}), which builds it on first use.
       */
      public abstract static class Layer {
        private final String name;
        private final LinkedHashMap<String, Variable> own = new LinkedHashMap<>();
        private boolean built;

        /** Creates an unbuilt layer called {@code name} (the prefix of its weights' paths). */
        protected Layer(String name) {
          this.name = name;
        }

        /** Returns the layer's name. */
        public final String name() {
          return name;
        }

        /**
         * Creates and returns a trainable weight of this layer ({@code add_weight}).
         *
         * @throws dev.ivy.errors.IvyArgumentException if the name is empty or taken
         */
        protected final Variable addWeight(String weightName, Array initial) {
          if (weightName == null
              || weightName.isEmpty()
              || weightName.contains("/")
              || own.containsKey(weightName)
              || initial == null) {
            throw new dev.ivy.errors.IvyArgumentException(
                name
                    + ".addWeight: needs a new, non-empty name without '/' and a value; got '"
                    + weightName
                    + "'");
          }
          Variable v = new Variable(weightName, initial);
          own.put(weightName, v);
          return v;
        }

        /** Creates the weights for inputs of {@code inputShape} ({@code build}); default none. */
        protected void build(Shape inputShape) {}

        /** Computes the output ({@code call(inputs)}), reading the weights' current values. */
        protected abstract Array call(Array inputs);

        /**
         * Builds the layer for inputs shaped like {@code inputShape} if it is not built yet, and
         * returns it.
         */
        public final Layer buildFor(Shape inputShape) {
          if (!built) {
            build(inputShape);
            built = true;
          }
          return this;
        }

        /** Returns whether the layer has built its weights. */
        public final boolean isBuilt() {
          return built;
        }

        /**
         * Runs the layer on {@code inputs} ({@code layer(inputs)}), building it first from their
         * shape.
         *
         * @throws dev.ivy.errors.IvyArgumentException if inputs is null or does not fit the layer
         */
        public final Array apply(Array inputs) {
          if (inputs == null) {
            throw new dev.ivy.errors.IvyArgumentException(name + ": inputs must not be null");
          }
          buildFor(inputs.shape());
          return call(inputs);
        }

        /**
         * Returns the weights by path: own ones by name ({@code kernel}), those of nested layers
         * under their layer's name ({@code dense_1/kernel}).
         */
        public Map<String, Variable> namedWeights() {
          return java.util.Collections.unmodifiableMap(own);
        }

        /** Returns the weights in order ({@code layer.weights}). */
        public final List<Variable> weights() {
          return new ArrayList<>(namedWeights().values());
        }

        /** Returns the weights' current values in order ({@code get_weights()}). */
        public final List<Array> getWeights() {
          return weights().stream().map(Variable::value).toList();
        }

        /**
         * Assigns the values, in {@link #weights()} order ({@code set_weights}).
         *
         * @throws dev.ivy.errors.IvyArgumentException if their number or a shape differs
         */
        public final void setWeights(List<Array> values) {
          List<Variable> ws = weights();
          if (values == null || values.size() != ws.size()) {
            throw new dev.ivy.errors.IvyArgumentException(
                name
                    + ".setWeights: needs "
                    + ws.size()
                    + " arrays; got "
                    + (values == null ? "null" : values.size()));
          }
          for (int i = 0; i < ws.size(); i++) {
            ws.get(i).assign(values.get(i));
          }
        }
      }

      /**
       * {@code tf.keras.layers.Dense}: {@code activation(x @ kernel + bias)} on the last axis;
       * kernel [in, units] glorot-uniform, bias zeros, created from the first input's last
       * dimension.
       */
      public static final class Dense extends Layer {
        private final long units;
        private final String activation;
        private final boolean useBias;
        private Variable kernel;
        private Variable bias;

        /** Creates a layer with no activation and a bias. */
        public Dense(long units) {
          this(units, null, true);
        }

        /**
         * Creates a layer.
         *
         * @param activation a {@code tf.keras.activations} name ("relu", "tanh", "sigmoid",
         *     "softmax", "gelu", "linear") or null for none
         * @throws dev.ivy.errors.IvyArgumentException if units is not positive or the activation is
         *     unknown
         */
        public Dense(long units, String activation, boolean useBias) {
          super("dense");
          if (units <= 0) {
            throw new dev.ivy.errors.IvyArgumentException(
                "Dense: units must be positive; got " + units);
          }
          KerasLayers.checkActivation("Dense", activation);
          this.units = units;
          this.activation = activation;
          this.useBias = useBias;
        }

        @Override
        protected void build(Shape inputShape) {
          long in = KerasLayers.lastDim("Dense", inputShape);
          kernel = addWeight("kernel", KerasLayers.glorotUniform(Shape.of(in, units), in, units));
          if (useBias) {
            bias = addWeight("bias", Creation.zeros(Shape.of(units), DType.FLOAT32));
          }
        }

        @Override
        protected Array call(Array inputs) {
          Array y = Linalg.matmul(inputs, kernel.value());
          if (useBias) {
            y = Elementwise.add(y, bias.value());
          }
          return KerasLayers.activate(activation, y);
        }
      }

      /**
       * {@code tf.keras.layers.Conv2D} on NHWC inputs: kernel [kh, kw, in, filters] glorot-uniform,
       * bias zeros, created from the first input's channel count.
       */
      public static final class Conv2D extends Layer {
        private final long filters;
        private final long[] kernelSize;
        private final long[] strides;
        private final dev.ivy.Padding padding;
        private final String activation;
        private Variable kernel;
        private Variable bias;

        /** Creates a layer with a square kernel, stride 1, "valid" padding and no activation. */
        public Conv2D(long filters, long kernelSize) {
          this(
              filters,
              new long[] {kernelSize, kernelSize},
              new long[] {1, 1},
              dev.ivy.Padding.VALID,
              null);
        }

        /**
         * Creates a layer with a bias.
         *
         * @param padding {@code VALID} or {@code SAME} ({@code "valid"}, {@code "same"} in Keras)
         * @param activation an activation name or null
         * @throws dev.ivy.errors.IvyArgumentException if a size is not positive, padding or the
         *     activation is unknown
         */
        public Conv2D(
            long filters,
            long[] kernelSize,
            long[] strides,
            dev.ivy.Padding padding,
            String activation) {
          super("conv2d");
          if (filters <= 0
              || kernelSize == null
              || kernelSize.length != 2
              || strides == null
              || strides.length != 2
              || padding == null) {
            throw new dev.ivy.errors.IvyArgumentException(
                "Conv2D: filters must be positive, kernelSize and strides two sizes, padding"
                    + " 'valid' or 'same'; got "
                    + filters
                    + ", "
                    + java.util.Arrays.toString(kernelSize)
                    + ", "
                    + java.util.Arrays.toString(strides)
                    + ", "
                    + (padding == null ? "None" : "'" + padding.lower() + "'"));
          }
          KerasLayers.checkActivation("Conv2D", activation);
          this.filters = filters;
          this.kernelSize = kernelSize.clone();
          this.strides = strides.clone();
          this.padding = padding;
          this.activation = activation;
        }

        @Override
        protected void build(Shape inputShape) {
          long in = KerasLayers.lastDim("Conv2D", inputShape);
          long area = kernelSize[0] * kernelSize[1];
          kernel =
              addWeight(
                  "kernel",
                  KerasLayers.glorotUniform(
                      Shape.of(kernelSize[0], kernelSize[1], in, filters),
                      area * in,
                      area * filters));
          bias = addWeight("bias", Creation.zeros(Shape.of(filters), DType.FLOAT32));
        }

        @Override
        protected Array call(Array inputs) {
          Array y =
              nn.conv2d(inputs, kernel.value(), strides, padding, dev.ivy.DataFormat.NHWC, null);
          return KerasLayers.activate(activation, Elementwise.add(y, bias.value()));
        }
      }
    }

    /**
     * {@code tf.keras.Sequential}: layers applied in order; a layer's weights appear under its
     * name, made unique in the model as Keras does ({@code dense}, {@code dense_1}...).
     */
    public static final class Sequential extends layers.Layer {
      private final LinkedHashMap<String, layers.Layer> layerList = new LinkedHashMap<>();

      /**
       * Creates the model.
       *
       * @throws dev.ivy.errors.IvyArgumentException if a layer is null
       */
      public Sequential(layers.Layer... layers) {
        super("sequential");
        for (layers.Layer l : layers) {
          if (l == null) {
            throw new dev.ivy.errors.IvyArgumentException("Sequential: a layer is null");
          }
          String n = l.name();
          for (int k = 1; layerList.containsKey(n); k++) {
            n = l.name() + "_" + k;
          }
          layerList.put(n, l);
        }
      }

      /** Returns the layers by their unique names, in order. */
      public Map<String, layers.Layer> layers() {
        return java.util.Collections.unmodifiableMap(layerList);
      }

      @Override
      public Map<String, layers.Variable> namedWeights() {
        LinkedHashMap<String, layers.Variable> r = new LinkedHashMap<>();
        layerList.forEach((n, l) -> l.namedWeights().forEach((k, v) -> r.put(n + "/" + k, v)));
        return r;
      }

      @Override
      protected Array call(Array inputs) {
        Array h = inputs;
        for (layers.Layer l : layerList.values()) {
          h = l.apply(h);
        }
        return h;
      }
    }

    /** {@code tf.keras.activations}: each on a floating tensor. */
    @Namespace(
        frontend = "tensorflow",
        prefix = "keras.activations",
        path = "TfFrontend.keras.activations")
    public static final class Activations extends TfFrontend_keras_ActivationsDefaults {
      private Activations() {}

      /** {@code relu(x, alpha=0.0, max_value=None, threshold=0.0)}. */
      @Fn
      public Array relu(
          Object x,
          @Default("0.0") double alpha,
          @Default("None") Double maxValue,
          @Default("0.0") double threshold) {
        String fn = "keras.activations.relu";
        Array v = floating(fn, tensor(fn, "x", x));
        Array th = scalar(threshold, v.dtype());
        Array above = Elementwise.greaterEqual(v, th);
        Array r =
            Elementwise.where(
                above,
                v,
                Elementwise.multiply(scalar(alpha, v.dtype()), Elementwise.subtract(v, th)));
        if (threshold != 0 && alpha == 0) {
          r = Elementwise.where(above, v, scalar(0, v.dtype()));
        }
        return maxValue == null ? r : Elementwise.minimum(r, scalar(maxValue, v.dtype()));
      }

      /** {@code sigmoid(x)}. */
      @Fn
      public Array sigmoid(Object x) {
        return unaryFloat("keras.activations.sigmoid", x, dev.ivy.ops.Activations::sigmoid);
      }

      /** {@code tanh(x)}. */
      @Fn
      public Array tanh(Object x) {
        return unaryFloat("keras.activations.tanh", x, Elementwise::tanh);
      }

      /** {@code softmax(x, axis=-1)}. */
      @Fn
      public Array softmax(Object x, @Default("-1") int axis) {
        return nn.softmax(x, axis);
      }

      /** {@code log_softmax(x, axis=-1)}. */
      @Fn
      public Array logSoftmax(Object x, @Default("-1") int axis) {
        return nn.logSoftmax(x, axis);
      }

      /** {@code elu(x, alpha=1.0)}. */
      @Fn
      public Array elu(Object x, @Default("1.0") double alpha) {
        return unaryFloat("keras.activations.elu", x, v -> dev.ivy.ops.Activations.elu(v, alpha));
      }

      /** {@code selu(x)}. */
      @Fn
      public Array selu(Object x) {
        return nn.selu(x);
      }

      /** {@code softplus(x)}. */
      @Fn
      public Array softplus(Object x) {
        return nn.softplus(x);
      }

      /** {@code softsign(x)}. */
      @Fn
      public Array softsign(Object x) {
        return math.softsign(x);
      }

      /** {@code gelu(x, approximate=False)}. */
      @Fn
      public Array gelu(Object x, @Default("False") boolean approximate) {
        return nn.gelu(x, approximate);
      }

      /** {@code swish(x)}: x * sigmoid(x). */
      @Fn
      public Array swish(Object x) {
        return nn.silu(x, 1.0);
      }

      /** {@code hard_sigmoid(x)}: clip(0.2 x + 0.5, 0, 1) (Keras 2). */
      @Fn
      public Array hardSigmoid(Object x) {
        return unaryFloat(
            "keras.activations.hard_sigmoid",
            x,
            v ->
                Elementwise.clip(
                    Elementwise.add(
                        Elementwise.multiply(v, scalar(0.2, v.dtype())), scalar(0.5, v.dtype())),
                    scalar(0, v.dtype()),
                    scalar(1, v.dtype())));
      }

      /** {@code exponential(x)}. */
      @Fn
      public Array exponential(Object x) {
        return math.exp(x);
      }

      /** {@code linear(x)}: x unchanged. */
      @Fn
      public Array linear(Object x) {
        return tensor("keras.activations.linear", "x", x);
      }

      /** {@code mish(x)}: x * tanh(softplus(x)). */
      @Fn
      public Array mish(Object x) {
        return unaryFloat(
            "keras.activations.mish",
            x,
            v -> Elementwise.multiply(v, Elementwise.tanh(TfMath.softplusStable(v))));
      }
    }

    /** {@code tf.keras.losses}: per-sample losses, averaged over the last axis where Keras does. */
    @Namespace(frontend = "tensorflow", prefix = "keras.losses", path = "TfFrontend.keras.losses")
    public static final class Losses extends TfFrontend_keras_LossesDefaults {
      private Losses() {}

      private static Array[] yy(String fn, Object yTrue, Object yPred) {
        Array p = floating(fn, tensor(fn, "y_pred", yPred));
        Array t = tensor(fn, "y_true", yTrue, p.dtype());
        return new Array[] {cast(t, p.dtype()), p};
      }

      private static Array lastMean(Array x) {
        return Reductions.mean(x, new int[] {Math.max(x.rank() - 1, 0)}, false);
      }

      /** {@code mean_squared_error(y_true, y_pred)}. */
      @Fn({"mean_squared_error", "mse"})
      public Array meanSquaredError(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.mean_squared_error", yTrue, yPred);
        return lastMean(Elementwise.square(Elementwise.subtract(a[1], a[0])));
      }

      /** {@code mean_absolute_error(y_true, y_pred)}. */
      @Fn({"mean_absolute_error", "mae"})
      public Array meanAbsoluteError(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.mean_absolute_error", yTrue, yPred);
        return lastMean(Elementwise.abs(Elementwise.subtract(a[1], a[0])));
      }

      /** {@code mean_absolute_percentage_error(y_true, y_pred)}: 100 |(t - p) / max(|t|, eps)|. */
      @Fn({"mean_absolute_percentage_error", "mape"})
      public Array meanAbsolutePercentageError(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.mean_absolute_percentage_error", yTrue, yPred);
        DType d = a[1].dtype();
        Array diff =
            Elementwise.abs(
                Elementwise.divide(
                    Elementwise.subtract(a[0], a[1]),
                    Elementwise.maximum(Elementwise.abs(a[0]), scalar(1e-7, d))));
        return Elementwise.multiply(scalar(100.0, d), lastMean(diff));
      }

      /** {@code mean_squared_logarithmic_error(y_true, y_pred)}. */
      @Fn({"mean_squared_logarithmic_error", "msle"})
      public Array meanSquaredLogarithmicError(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.mean_squared_logarithmic_error", yTrue, yPred);
        DType d = a[1].dtype();
        Array one = scalar(1, d);
        Array eps = scalar(1e-7, d);
        Array lp = Elementwise.log(Elementwise.add(Elementwise.maximum(a[1], eps), one));
        Array lt = Elementwise.log(Elementwise.add(Elementwise.maximum(a[0], eps), one));
        return lastMean(Elementwise.square(Elementwise.subtract(lp, lt)));
      }

      /**
       * {@code binary_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0.0,
       * axis=-1)}. axis is accepted and ignored (the last axis).
       */
      @Fn
      public Array binaryCrossentropy(
          Object yTrue,
          Object yPred,
          @Default("False") boolean fromLogits,
          @Default("0.0") double labelSmoothing,
          @Default("-1") int axis) {
        Array[] a = yy("keras.losses.binary_crossentropy", yTrue, yPred);
        DType d = a[1].dtype();
        Array t = a[0];
        if (labelSmoothing != 0) {
          t =
              Elementwise.add(
                  Elementwise.multiply(t, scalar(1 - labelSmoothing, d)),
                  scalar(0.5 * labelSmoothing, d));
        }
        Array ce;
        if (fromLogits) {
          ce = nn.sigmoidCrossEntropyWithLogits(t, a[1]);
        } else {
          double eps = 1e-7;
          Array p = Elementwise.clip(a[1], scalar(eps, d), scalar(1 - eps, d));
          ce =
              Elementwise.negative(
                  Elementwise.add(
                      Elementwise.multiply(t, Elementwise.log(p)),
                      Elementwise.multiply(
                          Elementwise.subtract(scalar(1, d), t),
                          Elementwise.log(Elementwise.subtract(scalar(1, d), p)))));
        }
        return lastMean(ce);
      }

      /**
       * {@code categorical_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0.0,
       * axis=-1)}. axis is accepted and ignored (the last axis).
       */
      @Fn
      public Array categoricalCrossentropy(
          Object yTrue,
          Object yPred,
          @Default("False") boolean fromLogits,
          @Default("0.0") double labelSmoothing,
          @Default("-1") int axis) {
        Array[] a = yy("keras.losses.categorical_crossentropy", yTrue, yPred);
        DType d = a[1].dtype();
        Array t = a[0];
        int ax = a[1].rank() - 1;
        if (labelSmoothing != 0) {
          double k = a[1].shape().dim(ax);
          t =
              Elementwise.add(
                  Elementwise.multiply(t, scalar(1 - labelSmoothing, d)),
                  scalar(labelSmoothing / k, d));
        }
        Array logp;
        if (fromLogits) {
          logp = dev.ivy.ops.Activations.logSoftmax(a[1], ax);
        } else {
          Array p = Elementwise.divide(a[1], Reductions.sum(a[1], new int[] {ax}, true, d));
          logp = Elementwise.log(Elementwise.clip(p, scalar(1e-7, d), scalar(1 - 1e-7, d)));
        }
        return Elementwise.negative(
            Reductions.sum(Elementwise.multiply(t, logp), new int[] {ax}, false, d));
      }

      /**
       * {@code sparse_categorical_crossentropy(y_true, y_pred, from_logits=False, axis=-1)}. axis
       * is accepted and ignored (the last axis).
       */
      @Fn
      public Array sparseCategoricalCrossentropy(
          Object yTrue,
          Object yPred,
          @Default("False") boolean fromLogits,
          @Default("-1") int axis) {
        String fn = "keras.losses.sparse_categorical_crossentropy";
        Array p = floating(fn, tensor(fn, "y_pred", yPred));
        Array t = tensor(fn, "y_true", yTrue);
        DType d = p.dtype();
        int ax = p.rank() - 1;
        Array logp;
        if (fromLogits) {
          logp = dev.ivy.ops.Activations.logSoftmax(p, ax);
        } else {
          Array q = Elementwise.divide(p, Reductions.sum(p, new int[] {ax}, true, d));
          logp = Elementwise.log(Elementwise.clip(q, scalar(1e-7, d), scalar(1 - 1e-7, d)));
        }
        Array idx = cast(t, DType.INT64);
        if (idx.rank() == p.rank()) {
          idx = Manipulation.squeeze(idx, ax);
        }
        Array picked = Searching.takeAlongAxis(logp, Manipulation.expandDims(idx, -1), -1);
        return Elementwise.negative(Manipulation.squeeze(picked, ax));
      }

      /** {@code hinge(y_true, y_pred)}: labels in {-1, 1} (0/1 are mapped to -1/1). */
      @Fn
      public Array hinge(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.hinge", yTrue, yPred);
        return lastMean(
            Elementwise.maximum(
                Elementwise.subtract(
                    scalar(1, a[1].dtype()), Elementwise.multiply(signed(a[0]), a[1])),
                zeroLike(a[1])));
      }

      /** {@code squared_hinge(y_true, y_pred)}. */
      @Fn
      public Array squaredHinge(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.squared_hinge", yTrue, yPred);
        return lastMean(
            Elementwise.square(
                Elementwise.maximum(
                    Elementwise.subtract(
                        scalar(1, a[1].dtype()), Elementwise.multiply(signed(a[0]), a[1])),
                    zeroLike(a[1]))));
      }

      private static Array signed(Array t) {
        // Keras converts binary 0/1 labels to -1/1
        Array binary =
            Reductions.all(
                Elementwise.logicalOr(
                    Elementwise.equal(t, scalar(0, t.dtype())),
                    Elementwise.equal(t, scalar(1, t.dtype()))),
                null,
                false);
        return binary.toBooleanArray()[0]
            ? Elementwise.subtract(
                Elementwise.multiply(t, scalar(2, t.dtype())), scalar(1, t.dtype()))
            : t;
      }

      /** {@code kl_divergence(y_true, y_pred)}: sum t log(t / p) with both clipped to [eps, 1]. */
      @Fn({"kl_divergence", "kld"})
      public Array klDivergence(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.kl_divergence", yTrue, yPred);
        DType d = a[1].dtype();
        Array t = Elementwise.clip(a[0], scalar(1e-7, d), scalar(1, d));
        Array p = Elementwise.clip(a[1], scalar(1e-7, d), scalar(1, d));
        return Reductions.sum(
            Elementwise.multiply(t, Elementwise.log(Elementwise.divide(t, p))),
            new int[] {Math.max(p.rank() - 1, 0)},
            false,
            d);
      }

      /** {@code poisson(y_true, y_pred)}: mean(p - t log(p + eps)). */
      @Fn
      public Array poisson(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.poisson", yTrue, yPred);
        DType d = a[1].dtype();
        return lastMean(
            Elementwise.subtract(
                a[1],
                Elementwise.multiply(
                    a[0], Elementwise.log(Elementwise.add(a[1], scalar(1e-7, d))))));
      }

      /** {@code log_cosh(y_true, y_pred)}: mean(x + softplus(-2x) - log 2) with x = p - t. */
      @Fn({"log_cosh", "logcosh"})
      public Array logCosh(Object yTrue, Object yPred) {
        Array[] a = yy("keras.losses.log_cosh", yTrue, yPred);
        DType d = a[1].dtype();
        Array x = Elementwise.subtract(a[1], a[0]);
        Array v =
            Elementwise.subtract(
                Elementwise.add(x, TfMath.softplusStable(Elementwise.multiply(x, scalar(-2.0, d)))),
                scalar(Math.log(2), d));
        return lastMean(v);
      }

      /** {@code huber(y_true, y_pred, delta=1.0)}. */
      @Fn
      public Array huber(Object yTrue, Object yPred, @Default("1.0") double delta) {
        Array[] a = yy("keras.losses.huber", yTrue, yPred);
        DType d = a[1].dtype();
        Array e = Elementwise.abs(Elementwise.subtract(a[1], a[0]));
        Array dl = scalar(delta, d);
        Array quad = Elementwise.multiply(scalar(0.5, d), Elementwise.square(e));
        Array lin =
            Elementwise.subtract(Elementwise.multiply(dl, e), scalar(0.5 * delta * delta, d));
        return lastMean(Elementwise.where(Elementwise.lessEqual(e, dl), quad, lin));
      }

      /** {@code cosine_similarity(y_true, y_pred, axis=-1)}: -sum(l2n(t) * l2n(p)). */
      @Fn
      public Array cosineSimilarity(Object yTrue, Object yPred, @Default("-1") int axis) {
        Array[] a = yy("keras.losses.cosine_similarity", yTrue, yPred);
        int ax = axis(("keras.losses.cosine_similarity"), axis, a[1].rank());
        Array t = math.l2Normalize(a[0], new int[] {ax}, 1e-12);
        Array p = math.l2Normalize(a[1], new int[] {ax}, 1e-12);
        return Elementwise.negative(
            Reductions.sum(Elementwise.multiply(t, p), new int[] {ax}, false, p.dtype()));
      }
    }
  }

  /** {@code tf.keras}. */
  public static final keras keras = new keras();

  // ------------------------------------------------------------------ top level: tf.*

  /** {@code tf.abs(x)}. */
  public static Array abs(Object x) {
    return math.abs(x);
  }

  /** {@code tf.add(x, y)}. */
  public static Array add(Object x, Object y) {
    return math.add(x, y);
  }

  /** {@code tf.subtract(x, y)}. */
  public static Array subtract(Object x, Object y) {
    return math.subtract(x, y);
  }

  /** {@code tf.multiply(x, y)}. */
  public static Array multiply(Object x, Object y) {
    return math.multiply(x, y);
  }

  /** {@code tf.divide(x, y)}. */
  public static Array divide(Object x, Object y) {
    return math.divide(x, y);
  }

  /** {@code tf.maximum(x, y)}. */
  public static Array maximum(Object x, Object y) {
    return math.maximum(x, y);
  }

  /** {@code tf.minimum(x, y)}. */
  public static Array minimum(Object x, Object y) {
    return math.minimum(x, y);
  }

  /** {@code tf.clip_by_value(t, clip_value_min, clip_value_max)}. */
  @Fn
  public static Array clipByValue(
      Object t, @P("clip_value_min") Object min, @P("clip_value_max") Object max) {
    String fn = "clip_by_value";
    Array x = numeric(fn, tensor(fn, "t", t));
    Array lo = tensor(fn, "clip_value_min", min, x.dtype());
    Array hi = tensor(fn, "clip_value_max", max, x.dtype());
    if (lo.dtype() != x.dtype() || hi.dtype() != x.dtype()) {
      throw error(
          fn,
          "clip values must have the dtype of t ("
              + x.dtype()
              + "); got "
              + lo.dtype()
              + " and "
              + hi.dtype());
    }
    return Elementwise.minimum(Elementwise.maximum(x, lo), hi);
  }

  /**
   * {@code tf.clip_by_norm(t, clip_norm, axes=None)}: t * clip_norm / max(l2norm(t), clip_norm).
   */
  @Fn
  public static Array clipByNorm(Object t, Object clipNorm, @Default("None") int[] axes) {
    String fn = "clip_by_norm";
    Array x = floating(fn, tensor(fn, "t", t));
    Array c = tensor(fn, "clip_norm", clipNorm, x.dtype());
    Array l2 =
        Elementwise.sqrt(
            Reductions.sum(Elementwise.square(x), axes(fn, axes, x.rank()), true, x.dtype()));
    return Elementwise.divide(Elementwise.multiply(x, c), Elementwise.maximum(l2, c));
  }

  /** {@code tf.cast(x, dtype)}. */
  @Fn({"cast", "dtypes.cast"})
  public static Array cast(Object x, DType dtype) {
    if (dtype == null) {
      throw error("cast", "dtype must be a dtype; got None");
    }
    return TfTypes.cast(tensor("cast", "x", x), dtype);
  }

  /** {@code tf.identity(input)}. */
  @Fn
  public static Array identity(Object input) {
    return tensor("identity", "input", input);
  }

  /** {@code tf.constant(value, dtype=None, shape=None)}. */
  @Fn
  public static Array constant(
      Object value, @Default("None") DType dtype, @Default("None") long[] shape) {
    Array v = value instanceof Array a ? a : tensor("constant", "value", value, dtype);
    if (dtype != null) {
      v = TfTypes.cast(v, dtype);
    }
    if (shape != null) {
      if (v.size() == 1) {
        v = Manipulation.broadcastTo(Manipulation.reshape(v, new long[0]), Shape.of(shape));
      } else {
        v = reshape(v, shape);
      }
    }
    return v;
  }

  /** {@code tf.convert_to_tensor(value, dtype=None)}. dtype_hint is accepted and ignored. */
  @Fn
  public static Array convertToTensor(
      Object value, @Default("None") DType dtype, @Default("None") DType dtypeHint) {
    Array v = tensor("convert_to_tensor", "value", value, dtype);
    if (dtype != null && v.dtype() != dtype) {
      throw error("convert_to_tensor", "value must have dtype " + dtype + "; got " + v.dtype());
    }
    return v;
  }

  /**
   * Returns tensor reshaped to the dims given one by one: {@code reshape(x, 2, 3)} (tf.reshape).
   */
  public static Array reshape(Object tensor, long dim0, long... dims) {
    long[] all = new long[dims.length + 1];
    all[0] = dim0;
    System.arraycopy(dims, 0, all, 1, dims.length);
    return reshape(tensor, all);
  }

  /** {@code tf.reshape(tensor, shape)}: one entry may be -1. */
  @Fn
  public static Array reshape(Object tensor, long[] shape) {
    String fn = "reshape";
    Array x = tensor(fn, "tensor", tensor);
    long known = 1;
    int unknown = -1;
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] == -1) {
        if (unknown >= 0) {
          throw error(fn, "shape may hold at most one -1; got " + java.util.Arrays.toString(shape));
        }
        unknown = i;
      } else if (shape[i] < 0) {
        throw error(fn, "shape must hold sizes >= -1; got " + java.util.Arrays.toString(shape));
      } else {
        known *= shape[i];
      }
    }
    long[] s = shape.clone();
    if (unknown >= 0) {
      if (known == 0 || x.size() % known != 0) {
        throw error(
            fn,
            "shape " + java.util.Arrays.toString(shape) + " must fit " + x.size() + " elements");
      }
      s[unknown] = x.size() / known;
    } else if (known != x.size()) {
      throw error(
          fn,
          "shape must have "
              + x.size()
              + " elements (input shape "
              + x.shape()
              + "); got "
              + java.util.Arrays.toString(shape));
    }
    return Manipulation.reshape(x, s);
  }

  /**
   * {@code tf.transpose(a, perm=None)}: reverses the axes by default. conjugate is accepted and
   * ignored (real tensors).
   */
  @Fn
  public static Array transpose(
      Object a, @Default("None") int[] perm, @Default("False") boolean conjugate) {
    String fn = "transpose";
    Array x = tensor(fn, "a", a);
    int[] p = perm;
    if (p == null) {
      p = new int[x.rank()];
      for (int i = 0; i < p.length; i++) {
        p[i] = x.rank() - 1 - i;
      }
    }
    if (p.length != x.rank()) {
      throw error(
          fn, "perm must have " + x.rank() + " entries; got " + java.util.Arrays.toString(p));
    }
    return Manipulation.permuteDims(x, p);
  }

  /** {@code tf.concat(values, axis)}. */
  @Fn
  public static Array concat(Object values, int axis) {
    String fn = "concat";
    List<Array> xs = TfTypes.same(fn, "values", values);
    if (xs.isEmpty()) {
      throw error(fn, "values must be a non-empty list of tensors; got []");
    }
    Array first = xs.get(0);
    int ax = axis(fn, axis, Math.max(first.rank(), 1));
    for (Array x : xs) {
      if (x.rank() != first.rank()) {
        throw error(fn, "values must all have rank " + first.rank() + "; got shape " + x.shape());
      }
      for (int i = 0; i < x.rank(); i++) {
        if (i != ax && x.shape().dim(i) != first.shape().dim(i)) {
          throw error(
              fn,
              "values must match in every axis but "
                  + axis
                  + "; got shapes "
                  + first.shape()
                  + " and "
                  + x.shape());
        }
      }
    }
    return Manipulation.concat(xs, ax);
  }

  /** {@code tf.stack(values, axis=0)}. */
  @Fn
  public static Array stack(Object values, @Default("0") int axis) {
    String fn = "stack";
    List<Array> xs = TfTypes.same(fn, "values", values);
    if (xs.isEmpty()) {
      throw error(fn, "values must be a non-empty list of tensors; got []");
    }
    for (Array x : xs) {
      if (!x.shape().equals(xs.get(0).shape())) {
        throw error(fn, "values must all have shape " + xs.get(0).shape() + "; got " + x.shape());
      }
    }
    return Manipulation.stack(xs, axis(fn, axis, xs.get(0).rank() + 1));
  }

  /** {@code tf.unstack(value, num=None, axis=0)}. */
  @Fn
  public static List<Array> unstack(
      Object value, @Default("None") Long num, @Default("0") int axis) {
    String fn = "unstack";
    Array x = tensor(fn, "value", value);
    int ax = axis(fn, axis, x.rank());
    if (num != null && num != x.shape().dim(ax)) {
      throw error(
          fn,
          "num must equal the size of axis " + axis + " (" + x.shape().dim(ax) + "); got " + num);
    }
    return Manipulation.unstack(x, ax);
  }

  /** Returns input tiled by the multiples given one by one (tf.tile). */
  public static Array tile(Object input, long multiple0, long... multiples) {
    long[] all = new long[multiples.length + 1];
    all[0] = multiple0;
    System.arraycopy(multiples, 0, all, 1, multiples.length);
    return tile(input, all);
  }

  /** {@code tf.tile(input, multiples)}. */
  @Fn
  public static Array tile(Object input, long[] multiples) {
    String fn = "tile";
    Array x = tensor(fn, "input", input);
    if (multiples.length != x.rank()) {
      throw error(
          fn,
          "multiples must have "
              + x.rank()
              + " entries (the rank of input); got "
              + multiples.length);
    }
    return Manipulation.tile(x, multiples);
  }

  /** Returns tensor reversed along the axes given one by one (tf.reverse). */
  public static Array reverse(Object tensor, int axis0, int... axes) {
    int[] all = new int[axes.length + 1];
    all[0] = axis0;
    System.arraycopy(axes, 0, all, 1, axes.length);
    return reverse(tensor, all);
  }

  /** {@code tf.reverse(tensor, axis)}. */
  @Fn
  public static Array reverse(Object tensor, int[] axis) {
    String fn = "reverse";
    Array x = tensor(fn, "tensor", tensor);
    int[] ax = new int[axis.length];
    for (int i = 0; i < ax.length; i++) {
      ax[i] = axis(fn, axis[i], x.rank());
    }
    return Manipulation.flip(x, ax);
  }

  /** {@code tf.roll(input, shift, axis)}. */
  @Fn
  public static Array roll(Object input, long[] shift, int[] axis) {
    String fn = "roll";
    Array x = tensor(fn, "input", input);
    if (shift.length != axis.length) {
      throw error(
          fn,
          "shift and axis must have the same length; got " + shift.length + " and " + axis.length);
    }
    return Manipulation.roll(x, shift, axis);
  }

  /** {@code tf.squeeze(input, axis=None)}. */
  @Fn
  public static Array squeeze(Object input, @Default("None") int[] axis) {
    String fn = "squeeze";
    Array x = tensor(fn, "input", input);
    if (axis == null) {
      List<Integer> ones = new ArrayList<>();
      for (int i = 0; i < x.rank(); i++) {
        if (x.shape().dim(i) == 1) {
          ones.add(i);
        }
      }
      return Manipulation.squeeze(x, ones.stream().mapToInt(Integer::intValue).toArray());
    }
    int[] ax = new int[axis.length];
    for (int i = 0; i < ax.length; i++) {
      ax[i] = axis(fn, axis[i], x.rank());
      if (x.shape().dim(ax[i]) != 1) {
        throw error(fn, "axis " + axis[i] + " must have size 1; got " + x.shape().dim(ax[i]));
      }
    }
    return Manipulation.squeeze(x, ax);
  }

  /** {@code tf.expand_dims(input, axis)}. */
  @Fn
  public static Array expandDims(Object input, int axis) {
    String fn = "expand_dims";
    Array x = tensor(fn, "input", input);
    return Manipulation.expandDims(x, axis(fn, axis, x.rank() + 1));
  }

  /** Returns input broadcast to the dims given one by one (tf.broadcast_to). */
  public static Array broadcastTo(Object input, long dim0, long... dims) {
    long[] all = new long[dims.length + 1];
    all[0] = dim0;
    System.arraycopy(dims, 0, all, 1, dims.length);
    return broadcastTo(input, all);
  }

  /** {@code tf.broadcast_to(input, shape)}. */
  @Fn
  public static Array broadcastTo(Object input, long[] shape) {
    String fn = "broadcast_to";
    Array x = tensor(fn, "input", input);
    return Manipulation.broadcastTo(x, Shape.of(shape));
  }

  /** {@code tf.slice(input_, begin, size)}: size -1 takes the rest of the axis. */
  @Fn
  public static Array slice(@P("input_") Object input, long[] begin, long[] size) {
    String fn = "slice";
    Array x = tensor(fn, "input_", input);
    if (begin.length != x.rank() || size.length != x.rank()) {
      throw error(
          fn,
          "begin and size must have "
              + x.rank()
              + " entries; got "
              + begin.length
              + " and "
              + size.length);
    }
    long[] stop = new long[x.rank()];
    long[] step = new long[x.rank()];
    for (int i = 0; i < x.rank(); i++) {
      long n = x.shape().dim(i);
      long s = size[i] == -1 ? n - begin[i] : size[i];
      if (begin[i] < 0 || s < 0 || begin[i] + s > n) {
        throw error(
            fn,
            "begin + size must lie in the input's shape "
                + x.shape()
                + "; got begin "
                + java.util.Arrays.toString(begin)
                + " size "
                + java.util.Arrays.toString(size));
      }
      stop[i] = begin[i] + s;
      step[i] = 1;
    }
    return Manipulation.slice(x, begin.clone(), stop, step);
  }

  /**
   * {@code tf.strided_slice(input_, begin, end, strides=None, begin_mask=0, end_mask=0,
   * ellipsis_mask=0, new_axis_mask=0, shrink_axis_mask=0)}. var is accepted and ignored.
   */
  @Fn
  public static Array stridedSlice(
      @P("input_") Object input,
      long[] begin,
      long[] end,
      @Default("None") long[] strides,
      @Default("0") long beginMask,
      @Default("0") long endMask,
      @Default("0") long ellipsisMask,
      @Default("0") long newAxisMask,
      @Default("0") long shrinkAxisMask,
      @Default("None") Object var) {
    String fn = "strided_slice";
    Array x = tensor(fn, "input_", input);
    int n = begin.length;
    if (end.length != n || (strides != null && strides.length != n)) {
      throw error(
          fn,
          "begin, end and strides must have the same length; got "
              + n
              + ", "
              + end.length
              + " and "
              + (strides == null ? n : strides.length));
    }
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long bit = 1L << i;
      long st = strides == null ? 1 : strides[i];
      if (st == 0) {
        throw error(fn, "strides must be non-zero; got 0 at " + i);
      }
      if ((ellipsisMask & bit) != 0) {
        items.add(Index.ELLIPSIS);
      } else if ((newAxisMask & bit) != 0) {
        items.add(Index.NEW_AXIS);
      } else if ((shrinkAxisMask & bit) != 0) {
        items.add(begin[i]);
      } else {
        Long b = (beginMask & bit) != 0 ? null : begin[i];
        Long e = (endMask & bit) != 0 ? null : end[i];
        items.add(new Index.Slice(b, e, st));
      }
    }
    return Indexer.get(x, items.toArray());
  }

  /**
   * {@code tf.gather(params, indices, axis=None, batch_dims=0)}. validate_indices is accepted and
   * ignored.
   */
  @Fn
  public static Array gather(
      Object params,
      Object indices,
      @Default("None") Object validateIndices,
      @Default("None") Integer axis,
      @Default("0") int batchDims) {
    String fn = "gather";
    Array p = tensor(fn, "params", params);
    Array i = tensor(fn, "indices", indices);
    if (!i.dtype().isInteger()) {
      throw error(fn, "indices must be an integer tensor; got " + i.dtype());
    }
    int ax = axis == null ? batchDims : axis;
    return Searching.gather(p, i, axis(fn, ax, p.rank()), batchDims);
  }

  /** {@code tf.gather_nd(params, indices, batch_dims=0)}. */
  @Fn
  public static Array gatherNd(Object params, Object indices, @Default("0") int batchDims) {
    String fn = "gather_nd";
    return Searching.gatherNd(
        tensor(fn, "params", params), tensor(fn, "indices", indices), batchDims);
  }

  /**
   * {@code tf.boolean_mask(tensor, mask, axis=None)}: the elements (or slices) where mask is true.
   */
  @Fn
  public static Array booleanMask(Object tensor, Object mask, @Default("None") Integer axis) {
    String fn = "boolean_mask";
    Array x = tensor(fn, "tensor", tensor);
    Array m = bool(fn, tensor(fn, "mask", mask));
    int ax = axis == null ? 0 : axis(fn, axis, x.rank());
    Object[] index = new Object[ax + 1];
    for (int i = 0; i < ax; i++) {
      index[i] = Index.Slice.all();
    }
    index[ax] = m;
    return Indexer.get(x, index);
  }

  /** {@code tf.where(condition, x=None, y=None)}: a select, or the int64 coordinates of true. */
  @Fn
  public static Array where(
      Object condition, @Default("None") Object x, @Default("None") Object y) {
    String fn = "where";
    Array c = tensor(fn, "condition", condition);
    if (x == null && y == null) {
      List<Array> nz =
          Searching.nonzero(c.dtype().isBool() ? c : Elementwise.notEqual(c, scalar(0, c.dtype())));
      if (nz.isEmpty()) {
        return Creation.zeros(Shape.of(1, 0), DType.INT64);
      }
      return cast(Manipulation.stack(nz, 1), DType.INT64);
    }
    if (x == null || y == null) {
      throw error(fn, "x and y must both be given or both be None; got one of them None");
    }
    bool(fn, c);
    Array[] p = pair(fn, x, y);
    return Elementwise.where(c, p[0], p[1]);
  }

  /** {@code tf.scatter_nd(indices, updates, shape)}: duplicates accumulate. */
  @Fn
  public static Array scatterNd(Object indices, Object updates, long[] shape) {
    String fn = "scatter_nd";
    Array i = tensor(fn, "indices", indices);
    if (!i.dtype().isInteger()) {
      throw error(fn, "indices must be an integer tensor; got " + i.dtype());
    }
    return Scatter.scatterNd(i, tensor(fn, "updates", updates), shape, "sum", null);
  }

  /**
   * {@code tf.tensor_scatter_nd_update(tensor, indices, updates)}: a copy of tensor with the slices
   * at indices replaced.
   */
  @Fn
  public static Array tensorScatterNdUpdate(Object tensor, Object indices, Object updates) {
    String fn = "tensor_scatter_nd_update";
    Array t = tensor(fn, "tensor", tensor);
    return Scatter.scatterNdUpdate(
        t, tensor(fn, "indices", indices), tensor(fn, "updates", updates, t.dtype()));
  }

  /** {@code tf.tensor_scatter_nd_add(tensor, indices, updates)}. */
  @Fn
  public static Array tensorScatterNdAdd(Object tensor, Object indices, Object updates) {
    String fn = "tensor_scatter_nd_add";
    Array t = tensor(fn, "tensor", tensor);
    return Scatter.scatterNdAdd(
        t, tensor(fn, "indices", indices), tensor(fn, "updates", updates, t.dtype()));
  }

  /**
   * {@code tf.pad(tensor, paddings, mode='CONSTANT', constant_values=0)}: modes CONSTANT, REFLECT
   * and SYMMETRIC (case-insensitive).
   */
  @Fn
  public static Array pad(
      Object tensor,
      Object paddings,
      @Default("'CONSTANT'") PadMode mode,
      @Default("0") Object constantValues) {
    String fn = "pad";
    Array x = tensor(fn, "tensor", tensor);
    long[][] pw;
    if (paddings instanceof List<?> rows) {
      pw = new long[rows.size()][];
      for (int i = 0; i < pw.length; i++) {
        pw[i] = TfTypes.longs(fn, "paddings", rows.get(i));
        if (pw[i].length != 2) {
          throw error(fn, "paddings must have shape [rank, 2]; got " + paddings);
        }
      }
    } else if (paddings instanceof Array a && a.rank() == 2 && a.shape().dim(1) == 2) {
      long[] flat = a.toLongArray();
      pw = new long[(int) a.shape().dim(0)][2];
      for (int i = 0; i < pw.length; i++) {
        pw[i][0] = flat[2 * i];
        pw[i][1] = flat[2 * i + 1];
      }
    } else {
      throw error(fn, "paddings must have shape [rank, 2]; got " + paddings);
    }
    if (pw.length != x.rank()) {
      throw error(
          fn, "paddings must have " + x.rank() + " rows (the rank of tensor); got " + pw.length);
    }
    String m = (mode == null ? PadMode.CONSTANT : mode).name().toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < pw.length; i++) {
      long n = x.shape().dim(i);
      long limit = m.equals("reflect") ? n - 1 : m.equals("symmetric") ? n : Long.MAX_VALUE;
      if (pw[i][0] < 0 || pw[i][1] < 0 || pw[i][0] > limit || pw[i][1] > limit) {
        throw error(
            fn,
            "paddings must be >= 0 and fit the "
                + m
                + " mode for axis "
                + i
                + " of size "
                + n
                + "; got "
                + java.util.Arrays.toString(pw[i]));
      }
    }
    Array cv =
        tensor(fn, "constant_values", constantValues == null ? 0L : constantValues, x.dtype());
    return ExtraManipulation.pad(x, pw, m, cv.dtype().isBool() ? (Object) cv.item() : cv.item());
  }

  /**
   * {@code tf.split(value, num_or_size_splits, axis=0, num=None)}: equal pieces, or sizes (one may
   * be -1). num is accepted and ignored.
   */
  @Fn
  public static List<Array> split(
      Object value, Object numOrSizeSplits, @Default("0") int axis, @Default("None") Long num) {
    String fn = "split";
    Array x = tensor(fn, "value", value);
    int ax = axis(fn, axis, x.rank());
    long n = x.shape().dim(ax);
    if (numOrSizeSplits instanceof Number k && !(numOrSizeSplits instanceof Double)) {
      long parts = k.longValue();
      if (parts <= 0 || n % parts != 0) {
        throw error(fn, "num_or_size_splits must divide the axis size " + n + "; got " + parts);
      }
      return ExtraManipulation.split(x, parts, ax, false);
    }
    long[] sizes = TfTypes.longs(fn, "num_or_size_splits", numOrSizeSplits);
    long known = 0;
    int unknown = -1;
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] == -1 && unknown < 0) {
        unknown = i;
      } else if (sizes[i] < 0) {
        throw error(
            fn,
            "num_or_size_splits must hold sizes >= 0 (one may be -1); got "
                + java.util.Arrays.toString(sizes));
      } else {
        known += sizes[i];
      }
    }
    if (unknown >= 0) {
      sizes[unknown] = n - known;
    }
    long total = 0;
    for (long s : sizes) {
      total += s;
    }
    if (total != n || (unknown >= 0 && sizes[unknown] < 0)) {
      throw error(
          fn,
          "num_or_size_splits must sum to the axis size "
              + n
              + "; got "
              + java.util.Arrays.toString(sizes));
    }
    List<Long> l = new ArrayList<>();
    for (long s : sizes) {
      l.add(s);
    }
    return ExtraManipulation.split(x, l, ax, false);
  }

  /**
   * {@code tf.linspace(start, stop, num, axis=0)}: float32 unless start is float64. axis is
   * accepted and ignored.
   */
  @Fn({"linspace", "lin_space"})
  public static Array linspace(Object start, Object stop, long num, @Default("0") int axis) {
    String fn = "linspace";
    if (num < 0) {
      throw error(fn, "num must be >= 0; got " + num);
    }
    DType d =
        start instanceof Array a && a.dtype() == DType.FLOAT64 ? DType.FLOAT64 : DType.FLOAT32;
    double s =
        start instanceof Array a ? a.itemDouble() : Checks.number(fn, "start", start).doubleValue();
    double e =
        stop instanceof Array a ? a.itemDouble() : Checks.number(fn, "stop", stop).doubleValue();
    return Creation.linspace(s, e, num, d, true);
  }

  /**
   * {@code tf.range(start, limit=None, delta=1, dtype=None)}: int32 for ints, float32 for floats.
   */
  @Fn
  public static Array range(
      Number start,
      @Default("None") Number limit,
      @Default("1") Number delta,
      @Default("None") DType dtype) {
    String fn = "range";
    Number lo = limit == null ? 0L : start;
    Number hi = limit == null ? start : limit;
    if (delta.doubleValue() == 0) {
      throw error(fn, "delta must be non-zero; got 0");
    }
    DType d = dtype;
    if (d == null) {
      boolean f = lo instanceof Double || hi instanceof Double || delta instanceof Double;
      d = f ? DType.FLOAT32 : DType.INT32;
    }
    return Creation.arange(lo, hi, delta, d);
  }

  /** {@code tf.fill(dims, value)}: the dtype of value (int32 for ints, float32 for floats). */
  @Fn
  public static Array fill(long[] dims, Object value) {
    Array v = tensor("fill", "value", value);
    if (v.rank() != 0) {
      throw error("fill", "value must be a scalar; got shape " + v.shape());
    }
    return Manipulation.broadcastTo(v, TfTypes.shape("fill", "dims", dims));
  }

  /** {@code tf.zeros(shape, dtype=tf.float32)}. */
  @Fn
  public static Array zeros(long[] shape, @Default("'float32'") DType dtype) {
    return Creation.zeros(
        TfTypes.shape("zeros", "shape", shape), dtype == null ? DType.FLOAT32 : dtype);
  }

  /** {@code tf.ones(shape, dtype=tf.float32)}. */
  @Fn
  public static Array ones(long[] shape, @Default("'float32'") DType dtype) {
    return Creation.ones(
        TfTypes.shape("ones", "shape", shape), dtype == null ? DType.FLOAT32 : dtype);
  }

  /** {@code tf.zeros_like(input, dtype=None)}. */
  @Fn
  public static Array zerosLike(Object input, @Default("None") DType dtype) {
    Array x = tensor("zeros_like", "input", input);
    return Creation.zeros(x.shape(), dtype == null ? x.dtype() : dtype);
  }

  /** {@code tf.ones_like(input, dtype=None)}. */
  @Fn
  public static Array onesLike(Object input, @Default("None") DType dtype) {
    Array x = tensor("ones_like", "input", input);
    return Creation.ones(x.shape(), dtype == null ? x.dtype() : dtype);
  }

  /** Returns the identity matrix, batched by batch_shape (tf.eye; see {@link TfLinalg#eye}). */
  public static Array eye(long numRows, Long numColumns, long[] batchShape, DType dtype) {
    return linalg.eye(numRows, numColumns, batchShape, dtype);
  }

  /**
   * {@code tf.one_hot(indices, depth, on_value=None, off_value=None, axis=None, dtype=None)}: the
   * dtype is dtype, else that of on_value / off_value, else float32; out-of-range indices give a
   * row of off_value.
   */
  @Fn
  public static Array oneHot(
      Object indices,
      long depth,
      @Default("None") Object onValue,
      @Default("None") Object offValue,
      @Default("None") Integer axis,
      @Default("None") DType dtype) {
    String fn = "one_hot";
    Array i = tensor(fn, "indices", indices);
    if (!i.dtype().isInteger()) {
      throw error(fn, "indices must be an integer tensor; got " + i.dtype());
    }
    if (depth < 0) {
      throw error(fn, "depth must be >= 0; got " + depth);
    }
    DType d = dtype;
    DType onT =
        onValue == null
            ? null
            : tensor(fn, "on_value", onValue, onValue instanceof Array ? null : dtype).dtype();
    DType offT =
        offValue == null
            ? null
            : tensor(fn, "off_value", offValue, offValue instanceof Array ? null : dtype).dtype();
    if (onT != null && offT != null && onT != offT) {
      throw error(
          fn, "on_value and off_value must have the same dtype; got " + onT + " and " + offT);
    }
    if (d == null) {
      d = onT != null ? onT : offT != null ? offT : DType.FLOAT32;
    }
    Number on = onValue == null ? null : (Number) numberOf(tensor(fn, "on_value", onValue, d));
    Number off = offValue == null ? null : (Number) numberOf(tensor(fn, "off_value", offValue, d));
    return Indexing.oneHot(i, depth, on, off, axis == null || axis == -1 ? null : axis, d);
  }

  private static Object numberOf(Array a) {
    Object v = a.item();
    if (v instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    return v;
  }

  /** {@code tf.sort(values, axis=-1, direction='ASCENDING')}. */
  @Fn
  public static Array sort(
      Object values, @Default("-1") int axis, @Default("'ASCENDING'") SortDirection direction) {
    String fn = "sort";
    Array x = numeric(fn, tensor(fn, "values", values));
    return Sorting.sort(x, axis(fn, axis, x.rank()), descending(fn, direction));
  }

  /**
   * {@code tf.argsort(values, axis=-1, direction='ASCENDING', stable=False)}: int32. stable is
   * accepted and ignored.
   */
  @Fn
  public static Array argsort(
      Object values,
      @Default("-1") int axis,
      @Default("'ASCENDING'") SortDirection direction,
      @Default("False") boolean stable) {
    String fn = "argsort";
    Array x = numeric(fn, tensor(fn, "values", values));
    return cast(
        Sorting.argsort(x, axis(fn, axis, x.rank()), descending(fn, direction)), DType.INT32);
  }

  private static boolean descending(String fn, SortDirection direction) {
    if (direction == null) {
      throw error(fn, "direction must be 'ASCENDING' or 'DESCENDING'; got None");
    }
    return direction == SortDirection.DESCENDING;
  }

  /**
   * {@code tf.searchsorted(sorted_sequence, values, side='left', out_type=tf.int32)}: row by row
   * over the leading axes. 1-d inputs are treated as one row and give a [1, n] result, as the
   * TensorFlow kernels of the reference cases (TensorFlow.js) do.
   */
  @Fn
  public static Array searchsorted(
      Object sortedSequence,
      Object values,
      @Default("'left'") Side side,
      @Default("'int32'") DType outType) {
    String fn = "searchsorted";
    Array[] p = pair(fn, sortedSequence, values);
    Array s = p[0];
    Array v = p[1];
    if (side == null) {
      throw error(fn, "side must be 'left' or 'right'; got None");
    }
    if (s.rank() < 1 || s.rank() != Math.max(v.rank(), 1)) {
      throw error(
          fn,
          "sorted_sequence and values must have the same rank >= 1; got shapes "
              + s.shape()
              + " and "
              + v.shape());
    }
    long n = s.shape().dim(s.rank() - 1);
    long m = v.rank() == 0 ? 1 : v.shape().dim(v.rank() - 1);
    long rows = n == 0 ? 0 : s.size() / n;
    Array s2 = Manipulation.reshape(s, rows, n);
    Array v2 = Manipulation.reshape(v, m == 0 ? rows : v.size() / m, m);
    if (s2.shape().dim(0) != v2.shape().dim(0)) {
      throw error(
          fn,
          "sorted_sequence and values must agree in the leading axes; got "
              + s.shape()
              + " and "
              + v.shape());
    }
    List<Array> out = new ArrayList<>();
    List<Array> ss = Manipulation.unstack(s2, 0);
    List<Array> vs = Manipulation.unstack(v2, 0);
    for (int i = 0; i < ss.size(); i++) {
      out.add(Sorting.searchsorted(ss.get(i), vs.get(i), side.lower()));
    }
    Array r = out.isEmpty() ? Creation.zeros(v2.shape(), DType.INT64) : Manipulation.stack(out, 0);
    if (v.rank() >= 2) {
      r = Manipulation.reshape(r, v.shape());
    }
    return cast(r, outType == null ? DType.INT32 : outType);
  }

  /** {@code tf.rank(input)}: int32 scalar. */
  @Fn
  public static Array rank(Object input) {
    return scalar((long) tensor("rank", "input", input).rank(), DType.INT32);
  }

  /** {@code tf.size(input, out_type=tf.int32)}. */
  @Fn
  public static Array size(Object input, @Default("'int32'") DType outType) {
    return scalar(tensor("size", "input", input).size(), outType == null ? DType.INT32 : outType);
  }

  /** {@code tf.shape(input, out_type=tf.int32)}. */
  @Fn
  public static Array shape(Object input, @Default("'int32'") DType outType) {
    long[] d = tensor("shape", "input", input).shape().dims();
    List<Long> l = new ArrayList<>();
    for (long x : d) {
      l.add(x);
    }
    return l.isEmpty()
        ? Creation.zeros(Shape.of(0), outType == null ? DType.INT32 : outType)
        : Conversion.asarray(l, outType == null ? DType.INT32 : outType);
  }

  /**
   * Returns coordinate grids of 1-d tensors, "xy" (Cartesian, the default) or "ij" (matrix)
   * indexing (tf.meshgrid).
   */
  @Fn
  public static List<Array> meshgrid(@Rest Object[] args, @Default("'xy'") MeshIndexing indexing) {
    return meshgrid(java.util.Arrays.asList(args), indexing);
  }

  /** {@code tf.meshgrid(*args, indexing='xy')} of a list of tensors. */
  public static List<Array> meshgrid(List<?> args, MeshIndexing indexing) {
    if (indexing == null) {
      throw error("meshgrid", "indexing must be 'xy' or 'ij'; got None");
    }
    return Creation.meshgrid(TfTypes.same("meshgrid", "args", args), indexing.lower());
  }

  /** {@code tf.repeat(input, repeats, axis=None)}. */
  @Fn
  public static Array repeat(Object input, Object repeats, @Default("None") Integer axis) {
    String fn = "repeat";
    Array x = tensor(fn, "input", input);
    if (repeats instanceof Array r) {
      return Manipulation.repeat(x, r, axis);
    }
    long[] r = TfTypes.longs(fn, "repeats", repeats);
    if (r.length == 1) {
      return Manipulation.repeat(x, r[0], axis);
    }
    return Manipulation.repeat(x, Conversion.asarray(toList(r), DType.INT64), axis);
  }

  private static List<Long> toList(long[] a) {
    List<Long> l = new ArrayList<>();
    for (long v : a) {
      l.add(v);
    }
    return l;
  }

  /**
   * {@code tf.unique(x)}: [y, idx] with y in order of first occurrence and int32 idx. out_idx is
   * accepted and ignored.
   */
  @Fn
  public static List<Array> unique(Object x, @Default("'int32'") DType outIdx) {
    String fn = "unique";
    Array v = tensor(fn, "x", x);
    if (v.rank() != 1) {
      throw error(fn, "x must be 1-d; got shape " + v.shape());
    }
    List<Array> ui = dev.ivy.ops.Sets.uniqueInverse(v);
    Array values = ui.get(0);
    Array inv = Manipulation.reshape(ui.get(1), -1);
    long k = values.size();
    // first occurrence of each sorted unique value: the smallest position mapping to it
    Array pos = Creation.arange(0L, v.size(), 1L, DType.INT64);
    Array eq =
        Elementwise.equal(
            Manipulation.expandDims(cast(inv, DType.INT64), 0),
            Manipulation.expandDims(Creation.arange(0L, k, 1L, DType.INT64), 1));
    Array big = scalar(v.size(), DType.INT64);
    Array first =
        Reductions.min(
            Elementwise.where(eq, Manipulation.expandDims(pos, 0), big), new int[] {1}, false);
    Array order = Sorting.argsort(first, 0, false);
    Array y = Indexing.take(values, order, 0);
    Array rankOf = Sorting.argsort(order, 0, false);
    Array idx = Indexing.take(rankOf, cast(inv, DType.INT64), 0);
    return List.of(y, cast(idx, DType.INT32));
  }

  /** {@code tf.einsum(equation, *inputs)}. */
  public static Array einsum(String equation, List<?> inputs) {
    return linalg.einsum(equation, inputs);
  }

  /** {@code tf.matmul(a, b, transpose_a=False, transpose_b=False)}. */
  public static Array matmul(Object a, Object b, boolean transposeA, boolean transposeB) {
    return linalg.matmul(a, b, transposeA, transposeB);
  }

  /** {@code tf.tensordot(a, b, axes)}. */
  public static Array tensordot(Object a, Object b, Object axes) {
    return linalg.tensordot(a, b, axes);
  }

  /** {@code tf.norm(tensor, ord='euclidean', axis=None, keepdims=None)}. */
  public static Array norm(Object tensor, Object ord, int[] axis, boolean keepdims) {
    return linalg.norm(tensor, ord, axis, keepdims);
  }

  /** {@code tf.realdiv(x, y)}. */
  @Fn
  public static Array realdiv(Object x, Object y) {
    return math.realdiv(x, y);
  }

  /** {@code tf.saturate_cast(value, dtype)}: clamps to the target's range before casting. */
  @Fn({"saturate_cast", "dtypes.saturate_cast"})
  public static Array saturateCast(Object value, DType dtype) {
    String fn = "saturate_cast";
    Array x = tensor(fn, "value", value);
    if (dtype.isInteger() && !x.dtype().isBool()) {
      dev.ivy.ops.DTypeInfo.IInfo info = dev.ivy.ops.DTypeInfo.iinfo(dtype);
      Array f = x.dtype().isFloating() ? x : cast(x, DType.FLOAT64);
      f =
          Elementwise.clip(
              f, scalar((double) info.min(), f.dtype()), scalar((double) info.max(), f.dtype()));
      return TfTypes.cast(f, dtype);
    }
    return TfTypes.cast(x, dtype);
  }

  /** {@code tf.sequence_mask(lengths, maxlen=None, dtype=tf.bool)}. */
  @Fn
  public static Array sequenceMask(
      Object lengths, @Default("None") Long maxlen, @Default("'bool'") DType dtype) {
    String fn = "sequence_mask";
    Array l = tensor(fn, "lengths", lengths);
    if (!l.dtype().isInteger()) {
      throw error(fn, "lengths must be an integer tensor; got " + l.dtype());
    }
    long m =
        maxlen != null ? maxlen : l.size() == 0 ? 0 : Reductions.max(l, null, false).itemLong();
    Array r = Creation.arange(0L, Math.max(m, 0), 1L, DType.INT64);
    Array mask = Elementwise.less(r, Manipulation.expandDims(cast(l, DType.INT64), -1));
    return dtype == null || dtype == DType.BOOL ? mask : cast(mask, dtype);
  }

  /** {@code tf.stop_gradient(input)}: the input, with no gradient flowing through it. */
  @Fn
  public static Array stopGradient(Object input) {
    return dev.ivy.Ivy.stopGradient(tensor("stop_gradient", "input", input));
  }

  /** {@code tf.unravel_index(indices, dims)}: [len(dims), ...] coordinates. */
  @Fn
  public static Array unravelIndex(Object indices, long[] dims) {
    String fn = "unravel_index";
    Array i = tensor(fn, "indices", indices);
    if (!i.dtype().isInteger()) {
      throw error(fn, "indices must be an integer tensor; got " + i.dtype());
    }
    long total = 1;
    for (long d : dims) {
      total *= d;
    }
    if (i.size() > 0
        && (Reductions.min(i, null, false).itemLong() < 0
            || Reductions.max(i, null, false).itemLong() >= total)) {
      throw error(fn, "indices must lie in [0, " + total + "); got a value outside");
    }
    List<Array> out = new ArrayList<>();
    long stride = total;
    for (long d : dims) {
      stride /= d;
      Array q = Elementwise.floorDivide(i, scalar(stride, i.dtype()));
      out.add(Elementwise.remainder(q, scalar(d, i.dtype())));
    }
    return Manipulation.stack(out, 0);
  }

  /**
   * {@code tf.histogram_fixed_width(values, value_range, nbins=100, dtype=tf.int32)}: values below
   * the range go to the first bin, above it to the last.
   */
  @Fn
  public static Array histogramFixedWidth(
      Object values,
      Object valueRange,
      @Default("100") long nbins,
      @Default("'int32'") DType dtype) {
    String fn = "histogram_fixed_width";
    Array v = numeric(fn, tensor(fn, "values", values));
    Array range = tensor(fn, "value_range", valueRange, v.dtype());
    if (range.size() != 2 || nbins < 1) {
      throw error(
          fn,
          "value_range must hold 2 values and nbins be >= 1; got "
              + range.shape()
              + " and "
              + nbins);
    }
    double[] rg = range.toDoubleArray();
    Array f = cast(Manipulation.reshape(v, -1), DType.FLOAT64);
    Array b =
        Elementwise.floor(
            Elementwise.multiply(Elementwise.subtract(f, rg[0]), nbins / (rg[1] - rg[0])));
    b =
        Elementwise.clip(
            b, scalar(0.0, DType.FLOAT64), scalar((double) (nbins - 1), DType.FLOAT64));
    Array ones = Creation.ones(b.shape(), dtype == null ? DType.INT32 : dtype);
    return Scatter.scatterNd(
        Manipulation.expandDims(cast(b, DType.INT64), -1), ones, new long[] {nbins}, "sum", null);
  }

  /** {@code tf.tensor_scatter_nd_sub(tensor, indices, updates)}. */
  @Fn
  public static Array tensorScatterNdSub(Object tensor, Object indices, Object updates) {
    String fn = "tensor_scatter_nd_sub";
    Array t = tensor(fn, "tensor", tensor);
    return Scatter.scatterNdAdd(
        t,
        tensor(fn, "indices", indices),
        Elementwise.negative(tensor(fn, "updates", updates, t.dtype())));
  }

  /**
   * {@code tf.unique_with_counts(x)}: [y, idx, count], y in order of first occurrence. out_idx is
   * accepted and ignored.
   */
  @Fn
  public static List<Array> uniqueWithCounts(Object x, @Default("'int32'") DType outIdx) {
    List<Array> u = unique(x);
    Array idx = u.get(1);
    Array counts =
        Scatter.scatterNd(
            Manipulation.expandDims(cast(idx, DType.INT64), -1),
            Creation.ones(idx.shape(), DType.INT32),
            new long[] {u.get(0).size()},
            "sum",
            null);
    return List.of(u.get(0), idx, counts);
  }

  /** {@code tf.parallel_stack(values)}: as stack on axis 0. */
  @Fn
  public static Array parallelStack(Object values) {
    return stack(values, 0);
  }

  /** {@code tf.identity_n(input)}: the inputs. */
  @Fn
  public static List<Array> identityN(Object input) {
    List<Array> r = new ArrayList<>();
    for (Object o : TfTypes.list("identity_n", "input", input)) {
      r.add(tensor("identity_n", "input", o));
    }
    return r;
  }

  /** {@code tf.shape_n(input, out_type=tf.int32)}: the shape of each tensor. */
  @Fn
  public static List<Array> shapeN(Object input, @Default("'int32'") DType outType) {
    List<Array> r = new ArrayList<>();
    for (Object o : TfTypes.list("shape_n", "input", input)) {
      r.add(shape(o, outType));
    }
    return r;
  }

  /**
   * {@code tf.clip_by_global_norm(t_list, clip_norm, use_norm=None)}: [clipped tensors, global
   * norm]. use_norm is accepted and ignored.
   */
  @Fn
  public static List<Object> clipByGlobalNorm(
      Object tList, double clipNorm, @Default("None") Object useNorm) {
    Array g = linalg.globalNorm(tList);
    Array c = scalar(clipNorm, g.dtype());
    Array scale = Elementwise.divide(c, Elementwise.maximum(g, c));
    List<Array> out = new ArrayList<>();
    for (Array t : TfTypes.same("clip_by_global_norm", "t_list", tList)) {
      out.add(Elementwise.multiply(t, scale));
    }
    return List.of(out, g);
  }

  /**
   * {@code tf.reverse_sequence(input, seq_lengths, seq_axis=None, batch_axis=None)}: reverses the
   * first seq_lengths[i] entries along seq_axis of each batch entry i.
   */
  @Fn
  public static Array reverseSequence(
      Object input,
      Object seqLengths,
      @Default("None") Integer seqAxis,
      @Default("None") Integer batchAxis) {
    String fn = "reverse_sequence";
    Array x = tensor(fn, "input", input);
    Array len = cast(tensor(fn, "seq_lengths", seqLengths), DType.INT64);
    int sa = axis(fn, seqAxis == null ? 1 : seqAxis, x.rank());
    int ba = axis(fn, batchAxis == null ? 0 : batchAxis, x.rank());
    long n = x.shape().dim(sa);
    long b = x.shape().dim(ba);
    if (len.rank() != 1 || len.shape().dim(0) != b) {
      throw error(
          fn, "seq_lengths must be 1-d of the batch size " + b + "; got shape " + len.shape());
    }
    Array pos = Creation.arange(0L, n, 1L, DType.INT64);
    Array l = Manipulation.expandDims(len, 1);
    Array p = Manipulation.expandDims(pos, 0);
    Array src =
        Elementwise.where(
            Elementwise.less(p, l), Elementwise.subtract(Elementwise.subtract(l, p), 1L), p);
    // src is [b, n]; shape it to broadcast over x with b on batch_axis and n on seq_axis
    long[] shape = new long[x.rank()];
    java.util.Arrays.fill(shape, 1);
    shape[ba] = b;
    shape[sa] = n;
    Array s2 = ba < sa ? src : Manipulation.permuteDims(src, 1, 0);
    s2 = Manipulation.reshape(s2, shape);
    s2 = Manipulation.broadcastTo(s2, x.shape());
    return Searching.takeAlongAxis(x, s2, sa);
  }

  /** {@code tf.is_tensor(x)}: whether x is a tensor. */
  @Fn
  public static boolean isTensor(Object x) {
    return x instanceof Array;
  }

  /**
   * {@code tf.broadcast_static_shape(shape_x, shape_y)} / {@code broadcast_dynamic_shape}: the
   * broadcast shape.
   */
  @Fn({"broadcast_dynamic_shape", "broadcast_static_shape"})
  public static Array broadcastDynamicShape(long[] shapeX, long[] shapeY) {
    String fn = "broadcast_dynamic_shape";
    int n = Math.max(shapeX.length, shapeY.length);
    List<Long> r = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long a = i < n - shapeX.length ? 1 : shapeX[i - (n - shapeX.length)];
      long c = i < n - shapeY.length ? 1 : shapeY[i - (n - shapeY.length)];
      if (a != c && a != 1 && c != 1) {
        throw error(
            fn,
            "shapes must broadcast; got "
                + java.util.Arrays.toString(shapeX)
                + " and "
                + java.util.Arrays.toString(shapeY));
      }
      r.add(a == 1 ? c : a);
    }
    return r.isEmpty()
        ? Creation.zeros(Shape.of(0), DType.INT32)
        : Conversion.asarray(r, DType.INT32);
  }

  /**
   * {@code tf.ensure_shape(x, shape)}: x, raising unless its shape matches (None / -1 match any
   * size).
   */
  @Fn
  public static Array ensureShape(Object x, List<?> shape) {
    String fn = "ensure_shape";
    Array v = tensor(fn, "x", x);
    boolean ok = shape.size() == v.rank();
    for (int i = 0; ok && i < shape.size(); i++) {
      Object s = shape.get(i);
      long d = s == null ? -1 : Checks.intArg(fn, "shape", s);
      ok = d == -1 || d == v.shape().dim(i);
    }
    if (!ok) {
      throw error(fn, "x must have shape " + shape + "; got " + v.shape());
    }
    return v;
  }

  /** {@code tf.dynamic_partition(data, partitions, num_partitions)}. */
  @Fn
  public static List<Array> dynamicPartition(Object data, Object partitions, long numPartitions) {
    String fn = "dynamic_partition";
    Array d = tensor(fn, "data", data);
    Array p = tensor(fn, "partitions", partitions);
    if (numPartitions < 1) {
      throw error(fn, "num_partitions must be >= 1; got " + numPartitions);
    }
    Checks.count(fn, "num_partitions", numPartitions);
    List<Array> r = new ArrayList<>();
    for (long i = 0; i < numPartitions; i++) {
      Array m = Elementwise.equal(p, scalar(i, p.dtype()));
      r.add(Indexer.get(d, m));
    }
    return r;
  }

  /** {@code tf.dynamic_stitch(indices, data)}: merged[indices[m][i]] = data[m][i]. */
  @Fn
  public static Array dynamicStitch(@P("indices") Object indicesList, @P("data") Object dataList) {
    String fn = "dynamic_stitch";
    List<?> indices = TfTypes.list(fn, "indices", indicesList);
    List<?> data = TfTypes.list(fn, "data", dataList);
    if (indices.size() != data.size() || indices.isEmpty()) {
      throw error(
          fn,
          "indices and data must be non-empty lists of the same length; got "
              + indices.size()
              + " and "
              + data.size());
    }
    List<Array> is = new ArrayList<>();
    List<Array> ds = new ArrayList<>();
    for (int m = 0; m < indices.size(); m++) {
      Array i = cast(tensor(fn, "indices", indices.get(m)), DType.INT64);
      Array v = tensor(fn, "data", data.get(m));
      if (v.rank() < i.rank()
          || !java.util.Arrays.equals(
              java.util.Arrays.copyOf(v.shape().dims(), i.rank()), i.shape().dims())) {
        throw error(
            fn,
            "data["
                + m
                + "].shape must start with indices["
                + m
                + "].shape "
                + i.shape()
                + "; got "
                + v.shape());
      }
      is.add(Manipulation.reshape(i, -1));
      long[] tail = new long[v.rank() - i.rank() + 1];
      tail[0] = -1;
      for (int k = i.rank(); k < v.rank(); k++) {
        tail[k - i.rank() + 1] = v.shape().dim(k);
      }
      ds.add(Manipulation.reshape(v, tail));
    }
    Array idx = Manipulation.concat(is, 0);
    Array vals = Manipulation.concat(TfTypes.same(fn, "data", ds), 0);
    long n = idx.size() == 0 ? 0 : Reductions.max(idx, null, false).itemLong() + 1;
    long[] shape = vals.shape().dims();
    shape[0] = n;
    return Scatter.scatterNd(Manipulation.expandDims(idx, -1), vals, shape, "replace", null);
  }
}
