package dev.ivy.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.GradientCollector;
import ai.djl.training.tracker.Tracker;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.DataFormat;
import dev.ivy.Ivy;
import dev.ivy.Reduction;
import dev.ivy.Scope;
import dev.ivy.nn.Variables;
import dev.ivy.optim.Adam;
import dev.ivy.optim.TrainStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One training step (forward, softmax cross-entropy, backward, Adam at lr 1e-3; float32, batch 32)
 * of two models, side by side in one JVM:
 *
 * <ul>
 *   <li>{@code mlp}: 784-256-256-10 with ReLU;
 *   <li>{@code cnn}: conv 1→8 3x3 pad 1, ReLU, 2x2 max pool, conv 8→16 3x3 pad 1, ReLU, 2x2 max
 *       pool, linear 784→10, on [32, 1, 28, 28].
 * </ul>
 *
 * <p>Paths: {@code djl} is the anchor, the step written directly against DJL's PyTorch engine
 * ({@code GradientCollector}, DJL's {@code Adam}, which PyTorch's engine runs as one fused update
 * per parameter); {@code eager-B} is Ivy's eager loop on backend B ({@code executeWithGradients}
 * and {@code Adam.step} in a scope); {@code compiled-B} is {@code Ivy.compileTrainStep} on B.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TrainStepBenchmark {
  private static final int BATCH = 32;
  private static final float LR = 1e-3f;

  /** The model. */
  @Param({"mlp", "cnn"})
  public String model;

  /** Who runs the step: djl, eager-B or compiled-B for B in torch, tf, nd4j. */
  @Param({
    "djl",
    "eager-torch",
    "compiled-torch",
    "eager-tf",
    "compiled-tf",
    "eager-nd4j",
    "compiled-nd4j"
  })
  public String path;

  // DJL
  private NDManager manager;
  private Map<String, NDArray> djlParams;
  private ai.djl.training.optimizer.Optimizer djlAdam;
  private NDArray djlX;
  private NDArray djlOneHot;

  // Ivy
  private Variables v;
  private Adam adam;
  private TrainStep step;
  private Array x;
  private Array y;
  private boolean backendSet;
  private final dev.ivy.nn.Conv2d conv =
      new dev.ivy.nn.Conv2d(1, 1, new long[] {3}, null, 1L, null, 1, true, DType.FLOAT32, 0L);

  private static float[] random(long seed, int n, double scale) {
    Random r = new Random(seed);
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (r.nextGaussian() * scale);
    }
    return v;
  }

  /** The parameters, by name, with their shapes: the same values on every path. */
  private Map<String, long[]> shapes() {
    Map<String, long[]> s = new LinkedHashMap<>();
    if (model.equals("mlp")) {
      s.put("w1", new long[] {256, 784});
      s.put("b1", new long[] {256});
      s.put("w2", new long[] {256, 256});
      s.put("b2", new long[] {256});
      s.put("w3", new long[] {10, 256});
      s.put("b3", new long[] {10});
    } else {
      s.put("c1", new long[] {8, 1, 3, 3});
      s.put("cb1", new long[] {8});
      s.put("c2", new long[] {16, 8, 3, 3});
      s.put("cb2", new long[] {16});
      s.put("w", new long[] {10, 784});
      s.put("b", new long[] {10});
    }
    return s;
  }

  private long[] inputShape() {
    return model.equals("mlp") ? new long[] {BATCH, 784} : new long[] {BATCH, 1, 28, 28};
  }

  private static int size(long[] shape) {
    int n = 1;
    for (long d : shape) {
      n *= (int) d;
    }
    return n;
  }

  private static long[] labels() {
    long[] l = new long[BATCH];
    for (int i = 0; i < BATCH; i++) {
      l[i] = i % 10;
    }
    return l;
  }

  /** Creates the parameters, the batch and the optimizer of the path. */
  @Setup(Level.Trial)
  public void setUp() {
    Map<String, long[]> shapes = shapes();
    float[] input = random(99, size(inputShape()), 1.0);
    if (path.equals("djl")) {
      manager = NDManager.newBaseManager("PyTorch");
      djlParams = new LinkedHashMap<>();
      int seed = 1;
      for (Map.Entry<String, long[]> e : shapes.entrySet()) {
        NDArray p =
            manager.create(
                random(seed++, size(e.getValue()), 0.05),
                new ai.djl.ndarray.types.Shape(e.getValue()));
        p.setRequiresGradient(true);
        djlParams.put(e.getKey(), p);
      }
      djlAdam =
          ai.djl.training.optimizer.Optimizer.adam()
              .optLearningRateTracker(Tracker.fixed(LR))
              .build();
      djlX = manager.create(input, new ai.djl.ndarray.types.Shape(inputShape()));
      djlOneHot = manager.create(labels()).oneHot(10).toType(DataType.FLOAT32, false);
      return;
    }
    int dash = path.indexOf('-');
    String kind = path.substring(0, dash);
    Ivy.setBackend(path.substring(dash + 1));
    backendSet = true;
    Variables.Builder b = Variables.builder();
    int seed = 1;
    for (Map.Entry<String, long[]> e : shapes.entrySet()) {
      b.put(e.getKey(), Ivy.array(random(seed++, size(e.getValue()), 0.05), e.getValue()));
    }
    v = b.build();
    x = Ivy.array(input, inputShape());
    y = Ivy.array(labels(), new long[] {BATCH});
    Scope.detach(List.of(v.arrays(), x, y));
    adam = new Adam(LR);
    if (kind.equals("compiled")) {
      step = Ivy.compileTrainStep(v, (w, batch) -> loss(w, batch.get(0), batch.get(1)), adam);
    } else if (!kind.equals("eager")) {
      throw new IllegalStateException("unknown path " + path);
    }
  }

  private Array loss(Variables w, Array in, Array labels) {
    Array logits;
    if (model.equals("mlp")) {
      Array h = Ivy.relu(Ivy.linear(in, w.get("w1"), w.get("b1")));
      h = Ivy.relu(Ivy.linear(h, w.get("w2"), w.get("b2")));
      logits = Ivy.linear(h, w.get("w3"), w.get("b3"));
    } else {
      Array h = pool(Ivy.relu(conv(in, w.get("c1"), w.get("cb1"))));
      h = pool(Ivy.relu(conv(h, w.get("c2"), w.get("cb2"))));
      logits = Ivy.linear(Ivy.reshape(h, -1, 784), w.get("w"), w.get("b"));
    }
    return Ivy.crossEntropy(logits, labels, null, -100, Reduction.MEAN, 0.0);
  }

  private Array conv(Array in, Array w, Array b) {
    return conv.call(in, Variables.builder().put("weight", w).put("bias", b).build());
  }

  private static Array pool(Array in) {
    return Ivy.maxPool2d(
        in, new long[] {2, 2}, new long[] {2, 2}, 0L, DataFormat.NCHW, null, false);
  }

  /** One step on the path; returns the loss. */
  @Benchmark
  public Object step() {
    if (manager != null) {
      return djlStep();
    }
    if (step != null) {
      try (Scope s = Ivy.scope()) {
        return step.step(x, y).shape();
      }
    }
    try (Scope s = Ivy.scope()) {
      // the eager loop of docs/optimizers.md: the step frees what it replaces (as TrainStep does)
      var r = Ivy.executeWithGradients(w -> loss(w, x, y), v);
      v = adam.step(v, r.grads());
      return r.value().shape();
    }
  }

  private float djlStep() {
    float loss;
    try (NDManager sub = manager.newSubManager()) {
      djlX.tempAttach(sub);
      try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
        gc.zeroGradients();
        NDArray logits;
        Map<String, NDArray> p = djlParams;
        if (model.equals("mlp")) {
          NDArray h = Activation.relu(Linear.linear(djlX, p.get("w1"), p.get("b1")).head());
          h = Activation.relu(Linear.linear(h, p.get("w2"), p.get("b2")).head());
          logits = Linear.linear(h, p.get("w3"), p.get("b3")).head();
        } else {
          ai.djl.ndarray.types.Shape one = new ai.djl.ndarray.types.Shape(1, 1);
          ai.djl.ndarray.types.Shape two = new ai.djl.ndarray.types.Shape(2, 2);
          ai.djl.ndarray.types.Shape zero = new ai.djl.ndarray.types.Shape(0, 0);
          NDArray h = Conv2d.conv2d(djlX, p.get("c1"), p.get("cb1"), one, one, one, 1).head();
          h = Pool.maxPool2d(Activation.relu(h), two, two, zero, false);
          h = Conv2d.conv2d(h, p.get("c2"), p.get("cb2"), one, one, one, 1).head();
          h = Pool.maxPool2d(Activation.relu(h), two, two, zero, false);
          logits = Linear.linear(h.reshape(BATCH, 784), p.get("w"), p.get("b")).head();
        }
        NDArray l = logits.logSoftmax(1).mul(djlOneHot).sum(new int[] {1}).neg().mean();
        gc.backward(l);
        loss = l.getFloat();
      }
      for (Map.Entry<String, NDArray> e : djlParams.entrySet()) {
        djlAdam.update(e.getKey(), e.getValue(), e.getValue().getGradient());
      }
    }
    return loss;
  }

  /** Frees what the path holds. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (manager != null) {
      manager.close();
      manager = null;
    }
    if (step != null) {
      step.close();
      step = null;
    }
    if (backendSet) {
      Ivy.unsetBackend();
      backendSet = false;
    }
  }
}
