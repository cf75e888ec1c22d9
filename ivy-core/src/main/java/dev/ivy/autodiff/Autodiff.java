package dev.ivy.autodiff;

import dev.ivy.Array;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.dispatch.Interpreter;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.nn.Variables;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reverse-mode automatic differentiation (JAX's {@code vjp}/{@code grad}, Ivy's {@code
 * execute_with_gradients}). The function runs once, eagerly (or under whatever trace is active),
 * while a tape records the primitive calls that depend on the inputs; the gradient is then the
 * primitives' VJP rules applied in reverse. Rules are written with core functions, so gradients are
 * identical on every backend, and a gradient computed under {@link dev.ivy.Ivy#traceGraph} or
 * inside another {@code grad} is itself traced or differentiated (higher-order gradients).
 *
 * <p>Java code in the function may read array values (branch, loop): only the path taken is
 * differentiated, as in PyTorch. Integer and bool results carry no gradient. Arrays the function
 * creates must stay open until the gradient is computed (do not close a scope inside it around
 * values the result depends on).
 *
 * <pre>{@code
 * Array x = Ivy.array(new double[] {1, 2, 3}, 3);
 * Array g = Autodiff.grad(a -> Ivy.sum(Ivy.multiply(a, a))).apply(x); // [2.0, 4.0, 6.0]
 * }</pre>
 */
public final class Autodiff {
  private Autodiff() {}

  /** The outputs of a function and its pullback. */
  public static final class VjpResult {
    private final List<Array> outputs;
    private final List<Array> primals;
    private final GradTape tape;

    VjpResult(List<Array> outputs, List<Array> primals, GradTape tape) {
      this.outputs = outputs;
      this.primals = primals;
      this.tape = tape;
    }

    /** Returns the function's outputs. */
    public List<Array> outputs() {
      return outputs;
    }

    /**
     * Returns the vector-Jacobian product: the gradient of {@code sum(outputs[i] * cotangents[i])}
     * with respect to each primal, in order (zeros for a primal the outputs do not depend on).
     *
     * @param cotangents one per output, each of its output's shape and dtype; null means zeros
     * @throws IvyArgumentException if their number, shapes or dtypes do not match the outputs
     */
    public List<Array> pullback(List<Array> cotangents) {
      if (cotangents.size() != outputs.size()) {
        throw new IvyArgumentException(
            "vjp: expected "
                + outputs.size()
                + " cotangents (one per output); got "
                + cotangents.size());
      }
      for (int i = 0; i < outputs.size(); i++) {
        Array c = cotangents.get(i);
        if (c != null && !c.aval().equals(outputs.get(i).aval())) {
          throw new IvyArgumentException(
              "vjp: cotangent "
                  + i
                  + " must have its output's shape and dtype "
                  + outputs.get(i).aval()
                  + "; got "
                  + c.aval());
        }
      }
      return tape.backward(outputs, cotangents, primals);
    }
  }

  /**
   * Runs {@code fn} on {@code primals} and returns its outputs with a pullback.
   *
   * @param fn the function, of a list of arrays to a list of arrays
   * @param primals the point to differentiate at
   * @throws IvyArgumentException if fn returns null or null arrays
   */
  public static VjpResult vjp(
      Function<List<Array>, ? extends List<Array>> fn, List<Array> primals) {
    required("vjp", "fn", fn);
    required("vjp", "primals", primals);
    GradTape tape = new GradTape();
    List<Array> in = new ArrayList<>();
    for (int i = 0; i < primals.size(); i++) {
      Array p = primals.get(i);
      if (p == null) {
        throw new IvyArgumentException("vjp: primal " + i + " is null");
      }
      // a fresh array per argument, so an array passed twice gets a gradient per position
      Array a = Dispatcher.bind(Prim.RESHAPE, new Params.ToShape(p.shape()), p);
      tape.watch(a);
      in.add(a);
    }
    List<Array> out;
    Dispatcher.push(tape);
    try {
      out = fn.apply(java.util.Collections.unmodifiableList(in));
    } finally {
      Dispatcher.pop(tape);
    }
    if (out == null) {
      throw new IvyArgumentException("vjp: the function returned null; return a List<Array>");
    }
    for (Array o : out) {
      if (o == null) {
        throw new IvyArgumentException("vjp: the function returned a null array");
      }
    }
    return new VjpResult(List.copyOf(out), List.copyOf(in), tape);
  }

  /**
   * Returns the function computing the gradient of a scalar-valued {@code fn}.
   *
   * @throws IvyArgumentException when called, if fn's value is not a floating scalar
   */
  public static UnaryOperator<Array> grad(Function<Array, Array> fn) {
    required("grad", "fn", fn);
    return x -> valueAndGrad(fn).apply(x).grads();
  }

  /**
   * Returns the function computing both the value and the gradient of a scalar-valued {@code fn}.
   */
  public static Function<Array, ValueAndGrad<Array>> valueAndGrad(Function<Array, Array> fn) {
    required("valueAndGrad", "fn", fn);
    return x -> {
      required("valueAndGrad", "x", x);
      VjpResult r =
          vjp(
              l -> {
                Array y = fn.apply(l.get(0));
                required("grad", "the value fn returned", y);
                return List.of(y);
              },
              List.of(x));
      Array value = r.outputs().get(0);
      return new ValueAndGrad<>(value, r.pullback(List.of(ones("grad", value))).get(0));
    };
  }

  /**
   * Returns the loss {@code lossFn(v)} and its gradient with respect to every variable of {@code
   * v}, as a tree with v's paths (the seed's {@code ivy.execute_with_gradients}).
   *
   * @throws IvyArgumentException if the loss is not a floating scalar
   */
  public static ValueAndGrad<Variables> executeWithGradients(
      Function<Variables, Array> lossFn, Variables v) {
    required("executeWithGradients", "lossFn", lossFn);
    required("executeWithGradients", "v", v);
    List<String> paths = v.paths();
    VjpResult r =
        vjp(
            l -> {
              Map<String, Array> m = new LinkedHashMap<>();
              for (int i = 0; i < paths.size(); i++) {
                m.put(paths.get(i), l.get(i));
              }
              Array loss = lossFn.apply(Variables.of(m));
              required("executeWithGradients", "the loss lossFn returned", loss);
              return List.of(loss);
            },
            v.arrays());
    Array loss = r.outputs().get(0);
    List<Array> g = r.pullback(List.of(ones("executeWithGradients", loss)));
    Map<String, Array> m = new LinkedHashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      m.put(paths.get(i), g.get(i));
    }
    return new ValueAndGrad<>(loss, Variables.of(m));
  }

  /**
   * Starts recording: the calls made while the returned tape is open and that depend on a watched
   * array are recorded, as TensorFlow's {@code tf.GradientTape}. Close it (try-with-resources) on
   * the thread that opened it, then ask for gradients.
   *
   * <pre>{@code
   * Array x = Ivy.array(new double[] {2}, 1);
   * Array y;
   * Autodiff.Tape tape = Autodiff.tape();
   * try (tape) {
   *   tape.watch(x);
   *   y = Ivy.multiply(x, x);
   * }
   * tape.gradient(y, List.of(x)); // [[4.0]]
   * }</pre>
   */
  public static Tape tape() {
    GradTape t = new GradTape();
    Dispatcher.push(t);
    return new Tape(t);
  }

  /** An open recording; see {@link #tape()}. */
  public static final class Tape implements AutoCloseable {
    private final GradTape tape;
    private boolean open = true;

    private Tape(GradTape tape) {
      this.tape = tape;
    }

    /**
     * Watches {@code x}: gradients with respect to it can be asked for. Integer and bool arrays
     * carry no gradient and are ignored.
     */
    public void watch(Array x) {
      if (x == null) {
        throw new IvyArgumentException("GradientTape.watch: x must not be null");
      }
      tape.watch(x);
    }

    /**
     * Returns the gradient of {@code sum(target)} with respect to each source (zeros for a source
     * the target does not depend on).
     */
    public List<Array> gradient(Array target, List<Array> sources) {
      if (target == null || sources == null) {
        throw new IvyArgumentException("GradientTape.gradient: target and sources are required");
      }
      if (!target.dtype().isFloating()) {
        throw new IvyArgumentException(
            "GradientTape.gradient: target must be floating; got " + target.aval());
      }
      boolean was = tape.paused;
      tape.paused = true;
      try {
        return tape.backward(
            List.of(target), List.of(Vjp.full(target, target.shape(), 1)), sources);
      } finally {
        tape.paused = was;
      }
    }

    /** Stops recording. */
    @Override
    public void close() {
      if (open) {
        open = false;
        Dispatcher.pop(tape);
      }
    }
  }

  /**
   * Returns {@code x} with no gradient flowing through it (JAX's {@code stop_gradient}, PyTorch's
   * {@code detach}).
   */
  public static Array stopGradient(Array x) {
    required("stopGradient", "x", x);
    Array r = Dispatcher.bind(Prim.RESHAPE, new Params.ToShape(x.shape()), x);
    for (Interpreter i : Dispatcher.stack()) {
      if (i instanceof GradTape t) {
        t.detach(r);
      }
    }
    return r;
  }

  private static void required(String fn, String arg, Object value) {
    if (value == null) {
      throw new IvyArgumentException(fn + ": " + arg + " must not be null");
    }
  }

  private static Array ones(String fn, Array value) {
    if (value.size() != 1 || !value.dtype().isFloating()) {
      throw new IvyArgumentException(
          fn
              + ": the function must return a floating scalar (one element) to take its gradient;"
              + " got "
              + value.aval()
              + " (use Autodiff.vjp for other outputs)");
    }
    return Vjp.full(value, value.shape(), 1);
  }
}
