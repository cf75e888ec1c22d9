package dev.ivy.examples;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.frontend.torch.TorchFrontend;
import dev.ivy.nn.Module;
import dev.ivy.optim.Adam;
import dev.ivy.optim.TrainStep;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Trains a small CNN (convolution, max pooling, linear) to tell horizontal bars from vertical bars
 * in generated, noisy 1x12x12 images, with a progress bar (the {@code progressbar} library) and the
 * loss curve saved as a PNG (XChart).
 *
 * <p>The network is written with the PyTorch-style API, converted with {@link Ivy#toIvyModule} and
 * trained with its whole step compiled ({@link Ivy#compileTrainStep}) on the backend given.
 *
 * <p>Run it from the repository root, after {@code mvn -B -DskipTests package -pl ivy-examples -am}
 * (see {@code ivy-examples/README.md}):
 *
 * <pre>
 * java -Xss4m -Dai.djl.offline=true -cp "ivy-examples/target/classes:ivy-examples/target/lib/*" \
 *     dev.ivy.examples.TrainCnn --backend tf --steps 60 --png loss.png
 * </pre>
 *
 * <p>Every option has a default ({@code --backend tf --steps 60 --png loss.png}).
 */
public final class TrainCnn {
  /** The image side: images are 1 x SIDE x SIDE. */
  static final int SIDE = 12;

  /** Conv(1->8, 3x3) - ReLU - MaxPool(2) - Flatten - Linear(8*5*5 -> 2). */
  static final class Net extends TorchFrontend.nn.Module {
    final TorchFrontend.nn.Conv2d conv =
        registerModule("conv", new TorchFrontend.nn.Conv2d(1, 8, 3));
    final TorchFrontend.nn.ReLU relu = registerModule("relu", new TorchFrontend.nn.ReLU());
    final TorchFrontend.nn.Flatten flatten =
        registerModule("flatten", new TorchFrontend.nn.Flatten());
    final TorchFrontend.nn.Linear fc =
        registerModule("fc", new TorchFrontend.nn.Linear(8 * 5 * 5, 2));

    @Override
    public Array forward(Array x) {
      Array h = relu.call(conv.call(x)); // [N, 8, 10, 10]
      h = TorchFrontend.nn.functional.maxPool2d(h, 2); // [N, 8, 5, 5]
      return fc.call(flatten.call(h)); // [N, 2]: one score per class
    }
  }

  /**
   * What a run gives.
   *
   * @param losses the training loss at each step
   * @param accuracy the fraction of a fresh test set classified right
   * @param png the loss curve
   */
  public record Result(double[] losses, double accuracy, Path png) {}

  private TrainCnn() {}

  /** Runs the example with the options above, printing to stdout. */
  public static void main(String[] args) throws IOException {
    run(args, System.out);
  }

  /**
   * Runs the example with the options above, printing to {@code out}; returns what it measured.
   *
   * @throws IvyArgumentException if an option is unknown or has no value, or steps is not a whole
   *     number from 1
   */
  public static Result run(String[] args, PrintStream out) throws IOException {
    for (int i = 0; i < args.length; i += 2) {
      if (!List.of("--backend", "--steps", "--png").contains(args[i]) || i + 1 == args.length) {
        throw new IvyArgumentException(
            "TrainCnn: expected [--backend nd4j|torch|tf] [--steps N] [--png FILE]; got "
                + String.join(" ", args));
      }
    }
    String backend = option(args, "--backend", "tf");
    String stepsText = option(args, "--steps", "60");
    if (!stepsText.matches("[0-9]{1,6}") || Integer.parseInt(stepsText) < 1) {
      throw new IvyArgumentException(
          "TrainCnn: --steps must be a whole number from 1; got " + stepsText);
    }
    int steps = Integer.parseInt(stepsText);
    Path png = Path.of(option(args, "--png", "loss.png"));
    double[] losses = new double[steps];
    double accuracy;
    try (var b = Ivy.withBackend(backend)) {
      Ivy.seed(0);
      Net net = new Net();
      Module model = Ivy.toIvyModule(net);
      Random random = new Random(42);
      Array[] test = bars(200, random);
      try (TrainStep step =
              Ivy.compileTrainStep(
                  model,
                  (scores, labels) -> TorchFrontend.nn.functional.crossEntropy(scores, labels),
                  new Adam(0.01));
          ProgressBar bar =
              new ProgressBarBuilder()
                  .setTaskName("train on " + backend)
                  .setInitialMax(steps)
                  .setStyle(ProgressBarStyle.ASCII)
                  // a fixed width and an explicit stream: no terminal probing, nothing on stderr
                  .setConsumer(new ConsoleProgressBarConsumer(out, 90))
                  .build()) {
        for (int i = 0; i < steps; i++) {
          try (Scope s = Ivy.scope()) {
            Array[] batch = bars(32, random); // a fresh batch of generated images each step
            losses[i] = step.step(batch[0], batch[1]).itemDouble();
          }
          bar.setExtraMessage(String.format(Locale.ROOT, "loss %.3f", losses[i]));
          bar.step();
        }
      }
      try (Scope s = Ivy.scope()) {
        Array predicted = Ivy.argmax(model.call(test[0]), 1, false);
        accuracy = Ivy.mean(Ivy.astype(Ivy.equal(predicted, test[1]), DType.FLOAT32)).itemDouble();
      }
    }
    saveLossCurve(losses, png);
    out.printf(
        Locale.ROOT,
        "loss %.3f -> %.3f, test accuracy %.3f, loss curve in %s%n",
        losses[0],
        losses[steps - 1],
        accuracy,
        png);
    return new Result(losses, accuracy, png);
  }

  /**
   * Returns {@code n} noisy images [n, 1, SIDE, SIDE] and their labels [n]: label 0 has a
   * horizontal bar (a row of ones), label 1 a vertical one, at a random place.
   */
  static Array[] bars(int n, Random random) {
    float[] pixels = new float[n * SIDE * SIDE];
    long[] labels = new long[n];
    for (int i = 0; i < n; i++) {
      labels[i] = random.nextInt(2);
      int line = 1 + random.nextInt(SIDE - 2);
      int start = random.nextInt(4);
      for (int j = start; j < start + 8; j++) {
        int row = labels[i] == 0 ? line : j;
        int col = labels[i] == 0 ? j : line;
        pixels[i * SIDE * SIDE + row * SIDE + col] = 1f;
      }
      for (int p = 0; p < SIDE * SIDE; p++) {
        pixels[i * SIDE * SIDE + p] += (float) (0.3 * random.nextGaussian());
      }
    }
    return new Array[] {Ivy.array(pixels, n, 1, SIDE, SIDE), Ivy.array(labels, n)};
  }

  /** Saves the loss at each step as a line chart in a PNG file. */
  static void saveLossCurve(double[] losses, Path png) throws IOException {
    double[] steps = new double[losses.length];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = i + 1;
    }
    XYChart chart =
        new XYChartBuilder()
            .width(640)
            .height(400)
            .title("TrainCnn: training loss")
            .xAxisTitle("step")
            .yAxisTitle("cross-entropy")
            .build();
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisTickMarkSpacingHint(80);
    chart.addSeries("loss", steps, losses).setMarker(SeriesMarkers.NONE);
    BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
  }

  /**
   * Returns the value of option {@code name} in {@code args} (name, value pairs), or a fallback.
   */
  static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
