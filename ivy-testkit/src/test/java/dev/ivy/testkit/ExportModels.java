package dev.ivy.testkit;

import dev.ivy.Array;
import dev.ivy.DataFormat;
import dev.ivy.Ivy;
import dev.ivy.backend.ExportSpec;
import dev.ivy.nn.Variables;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * The small models the native-export tests trace: an MLP (matmul, add, relu, log_softmax) and a
 * conv net (conv2d, relu, max pooling, a dense layer, log_softmax), with a cross-entropy loss,
 * their data as plain Java arrays, and Ivy's own SGD step as the reference for the frameworks'
 * training.
 */
final class ExportModels {
  /** Learning rate of the one SGD step. */
  static final float LR = 0.1f;

  /** One model: its forward, its variables' shapes, and its input shape. */
  record Model(
      String name,
      BiFunction<Array, Variables, Array> forward,
      Map<String, long[]> varShapes,
      long[] xShape,
      int classes) {

    @Override
    public String toString() {
      return name;
    }

    /** Returns the variables' initial values as float arrays (seeded). */
    Map<String, float[]> initialValues() {
      Map<String, float[]> r = new LinkedHashMap<>();
      Random rnd = new Random(name.hashCode());
      for (Map.Entry<String, long[]> e : varShapes.entrySet()) {
        r.put(e.getKey(), randoms(rnd, size(e.getValue()), 0.5));
      }
      return r;
    }

    /** Returns the input data (seeded). */
    float[] x() {
      return randoms(new Random(7), size(xShape), 1.0);
    }

    /** Returns the class labels of the batch. */
    long[] labels() {
      long[] r = new long[(int) xShape[0]];
      for (int i = 0; i < r.length; i++) {
        r[i] = (i * 2 + 1) % classes;
      }
      return r;
    }

    /** Returns the one-hot labels as floats, [batch, classes]. */
    float[] oneHot() {
      long[] l = labels();
      float[] r = new float[l.length * classes];
      for (int i = 0; i < l.length; i++) {
        r[i * classes + (int) l[i]] = 1f;
      }
      return r;
    }

    long batch() {
      return xShape[0];
    }

    /** Returns the variables as Ivy arrays on the current backend. */
    Variables variables() {
      Map<String, Array> m = new LinkedHashMap<>();
      for (Map.Entry<String, float[]> e : initialValues().entrySet()) {
        m.put(e.getKey(), Ivy.array(e.getValue(), varShapes.get(e.getKey())));
      }
      return Variables.of(m);
    }

    /**
     * Traces the model: inputs x (and y, one-hot, when {@code withLoss}) then the variables;
     * outputs the log-probabilities (and the loss).
     */
    Graph trace(boolean withLoss) {
      Variables v = variables();
      List<String> names = new ArrayList<>(v.paths());
      List<Array> examples = new ArrayList<>();
      examples.add(Ivy.array(x(), xShape));
      if (withLoss) {
        examples.add(Ivy.array(oneHot(), batch(), classes));
      }
      examples.addAll(v.arrays());
      int first = withLoss ? 2 : 1;
      return Tracer.trace(
          l -> {
            Map<String, Array> m = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
              m.put(names.get(i), l.get(first + i));
            }
            Array lp = forward.apply(l.get(0), Variables.of(m));
            return withLoss ? List.of(lp, loss(lp, l.get(1))) : lp;
          },
          examples);
    }

    /** Returns the export spec of {@link #trace}: inputs x (y) and the variables. */
    ExportSpec spec(boolean withLoss) {
      Variables v = variables();
      List<String> inputs = new ArrayList<>();
      inputs.add("x");
      if (withLoss) {
        inputs.add("y");
      }
      inputs.addAll(v.paths());
      return new ExportSpec(
          inputs, withLoss ? List.of("logprobs", "loss") : List.of("logprobs"), v.asMap(), null);
    }

    /** Returns Ivy's eager log-probabilities, row-major. */
    float[] eagerLogProbs() {
      return forward.apply(Ivy.array(x(), xShape), variables()).toFloatArray();
    }

    /** Returns Ivy's eager loss. */
    float eagerLoss() {
      Array lp = forward.apply(Ivy.array(x(), xShape), variables());
      return (float) loss(lp, Ivy.array(oneHot(), batch(), classes)).itemDouble();
    }

    /** Returns each variable after one SGD step, with the gradient from Ivy's autodiff. */
    Map<String, float[]> afterSgdStep() {
      Array x = Ivy.array(x(), xShape);
      Array y = Ivy.array(oneHot(), batch(), classes);
      Variables v = variables();
      Variables g = Ivy.executeWithGradients(t -> loss(forward.apply(x, t), y), v).grads();
      Map<String, float[]> r = new LinkedHashMap<>();
      for (String p : v.paths()) {
        Array next = Ivy.subtract(v.get(p), Ivy.multiply(g.get(p), Ivy.array(new float[] {LR})));
        r.put(p, next.toFloatArray());
      }
      return r;
    }
  }

  private ExportModels() {}

  /** Cross entropy of log-probabilities against one-hot labels, averaged over the batch. */
  static Array loss(Array logProbs, Array oneHot) {
    return Ivy.negative(Ivy.mean(Ivy.sum(Ivy.multiply(logProbs, oneHot), new int[] {-1}, false)));
  }

  /** x [4, 3] to 5 classes through a hidden layer of 8. */
  static Model mlp() {
    Map<String, long[]> shapes = new LinkedHashMap<>();
    shapes.put("w1", new long[] {3, 8});
    shapes.put("b1", new long[] {8});
    shapes.put("w2", new long[] {8, 5});
    shapes.put("b2", new long[] {5});
    return new Model(
        "mlp",
        (x, v) -> {
          Array h = Ivy.relu(Ivy.add(Ivy.matmul(x, v.get("w1")), v.get("b1")));
          return Ivy.logSoftmax(Ivy.add(Ivy.matmul(h, v.get("w2")), v.get("b2")), -1);
        },
        shapes,
        new long[] {4, 3},
        5);
  }

  /** x [2, 6, 6, 1] (NHWC): conv 3x3 to 4 channels, relu, 2x2 max pool, dense to 3 classes. */
  static Model convNet() {
    Map<String, long[]> shapes = new LinkedHashMap<>();
    shapes.put("conv_w", new long[] {3, 3, 1, 4});
    shapes.put("conv_b", new long[] {4});
    shapes.put("dense_w", new long[] {36, 3});
    shapes.put("dense_b", new long[] {3});
    return new Model(
        "convnet",
        (x, v) -> {
          Array c =
              Ivy.conv2d(
                  x,
                  v.get("conv_w"),
                  new long[] {1},
                  "SAME",
                  DataFormat.NHWC,
                  new long[] {1},
                  v.get("conv_b"));
          Array p =
              Ivy.maxPool2d(
                  Ivy.relu(c),
                  new long[] {2, 2},
                  new long[] {2, 2},
                  "VALID",
                  DataFormat.NHWC,
                  new long[] {1},
                  false);
          Array flat = Ivy.reshape(p, x.shape().dim(0), 36);
          return Ivy.logSoftmax(Ivy.add(Ivy.matmul(flat, v.get("dense_w")), v.get("dense_b")), -1);
        },
        shapes,
        new long[] {2, 6, 6, 1},
        3);
  }

  static long size(long[] shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    return n;
  }

  private static float[] randoms(Random rnd, long n, double scale) {
    float[] r = new float[(int) n];
    for (int i = 0; i < r.length; i++) {
      r[i] = (float) (rnd.nextGaussian() * scale);
    }
    return r;
  }

  /** Returns the largest absolute difference of two equally long arrays. */
  static double maxAbsDiff(float[] a, float[] b) {
    if (a.length != b.length) {
      return Double.POSITIVE_INFINITY;
    }
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs((double) a[i] - b[i]));
    }
    return m;
  }
}
