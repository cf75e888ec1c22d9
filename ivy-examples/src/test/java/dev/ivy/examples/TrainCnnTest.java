package dev.ivy.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.errors.IvyArgumentException;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TrainCnn as a user runs it: in its own JVM, with nothing on stderr. */
class TrainCnnTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Test
  void main_inAChildJvm_learnsTheBarsSavesTheLossCurveAndPrintsNothingOnStderr(@TempDir Path dir)
      throws Exception {
    Path png = dir.resolve("loss.png");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Path javaBin = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> cmd =
        List.of(
            javaBin.toString(),
            "-Xss4m",
            "-Dai.djl.offline=true",
            "-cp",
            System.getProperty("java.class.path"),
            TrainCnn.class.getName(),
            "--backend",
            "tf",
            "--steps",
            "60",
            "--png",
            png.toString());
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "child JVM finished");
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), stderr);
    assertEquals("", stderr, "TrainCnn prints nothing on stderr (native logs included)");

    // the progress bar (the library's, ASCII style) went to stdout and reached the end
    assertTrue(stdout.contains("train on tf 100% ["), stdout);
    assertTrue(stdout.contains("60/60"), stdout);
    Matcher m =
        Pattern.compile("loss ([0-9.]+) -> ([0-9.]+), test accuracy ([0-9.]+)").matcher(stdout);
    assertTrue(m.find(), stdout);
    double first = Double.parseDouble(m.group(1));
    double last = Double.parseDouble(m.group(2));
    double accuracy = Double.parseDouble(m.group(3));
    assertTrue(last < first / 2, "the loss falls: " + first + " -> " + last);
    assertTrue(accuracy >= 0.85, "well above chance (0.5): " + accuracy);

    assertPng(png, 640, 400);
  }

  @Test
  void run_onNd4j_learnsTooAndReturnsEveryStepsLoss(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("curve.png");
    var out = new java.io.ByteArrayOutputStream();
    TrainCnn.Result r =
        TrainCnn.run(
            new String[] {"--backend", "nd4j", "--steps", "40", "--png", png.toString()},
            new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
    assertEquals(40, r.losses().length);
    assertTrue(Arrays.stream(r.losses()).allMatch(Double::isFinite));
    assertTrue(r.accuracy() >= 0.75, "above chance after 40 steps: " + r.accuracy());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("train on nd4j 100% ["));
    assertPng(png, 640, 400);
  }

  @Test
  void run_badOptions_failWithTheUsage() {
    var out = new java.io.PrintStream(new java.io.ByteArrayOutputStream());
    var e =
        assertThrows(
            IvyArgumentException.class, () -> TrainCnn.run(new String[] {"--step", "5"}, out));
    assertEquals(
        "TrainCnn: expected [--backend nd4j|torch|tf] [--steps N] [--png FILE]; got --step 5",
        e.getMessage());
    e = assertThrows(IvyArgumentException.class, () -> TrainCnn.run(new String[] {"--png"}, out));
    assertTrue(e.getMessage().endsWith("got --png"), e.getMessage());
    e =
        assertThrows(
            IvyArgumentException.class, () -> TrainCnn.run(new String[] {"--steps", "0"}, out));
    assertEquals("TrainCnn: --steps must be a whole number from 1; got 0", e.getMessage());
    e =
        assertThrows(
            IvyArgumentException.class, () -> TrainCnn.run(new String[] {"--steps", "ten"}, out));
    assertEquals("TrainCnn: --steps must be a whole number from 1; got ten", e.getMessage());
  }

  @Test
  void bars_areLabelledByTheirOrientation() {
    var arrays = TrainCnn.bars(8, new java.util.Random(1));
    assertEquals("[8, 1, 12, 12]", arrays[0].shape().toString());
    float[] pixels = arrays[0].toFloatArray();
    long[] labels = arrays[1].toLongArray();
    for (int i = 0; i < labels.length; i++) {
      // the bar's pixels (1 + noise) make one row (label 0) or one column (label 1) stand out
      double bestRow = 0;
      double bestCol = 0;
      for (int k = 0; k < TrainCnn.SIDE; k++) {
        double row = 0;
        double col = 0;
        for (int j = 0; j < TrainCnn.SIDE; j++) {
          row += pixels[i * 144 + k * 12 + j];
          col += pixels[i * 144 + j * 12 + k];
        }
        bestRow = Math.max(bestRow, row);
        bestCol = Math.max(bestCol, col);
      }
      assertEquals(labels[i] == 0, bestRow > bestCol, "image " + i);
    }
  }

  static void assertPng(Path png, int width, int height) throws Exception {
    byte[] bytes = Files.readAllBytes(png);
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), "a PNG file");
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
  }
}
