package dev.ivy.frontend.tf;

import static dev.ivy.frontend.tf.TfTypes.axis;
import static dev.ivy.frontend.tf.TfTypes.cast;
import static dev.ivy.frontend.tf.TfTypes.error;
import static dev.ivy.frontend.tf.TfTypes.scalar;
import static dev.ivy.frontend.tf.TfTypes.tensor;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Indexing;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Scatter;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;

/**
 * {@code tf.signal}: framing and windows (core has no FFT, so no spectral functions). Reached as
 * {@link TfFrontend#signal}; each function is declared once ({@code @Fn}) and registered under
 * {@code tensorflow.signal.<name>}. Tensor arguments are {@code Object}: a tensor, a Python number
 * or a nested list, converted by TensorFlow's rules (Python ints int32, floats float32).
 */
@Namespace(frontend = "tensorflow", prefix = "signal", path = "TfFrontend.signal", ignored = "name")
public final class TfSignal extends TfSignalDefaults {
  TfSignal() {}

  private static Array window(
      String fn, long n, boolean periodic, DType dtype, double a, double b) {
    if (n < 0) {
      throw error(fn, "window_length must be >= 0; got " + n);
    }
    DType d = dtype == null ? DType.FLOAT32 : dtype;
    if (n == 1) {
      return Creation.ones(Shape.of(1), d);
    }
    double denom = periodic ? n : n - 1;
    Array k = Creation.arange(0L, n, 1L, DType.FLOAT64);
    Array c = Elementwise.cos(Elementwise.multiply(k, 2 * Math.PI / denom));
    return cast(Elementwise.subtract(scalar(a, DType.FLOAT64), Elementwise.multiply(c, b)), d);
  }

  /** {@code tf.signal.hann_window(window_length, periodic=True, dtype=tf.float32)}. */
  @Fn
  public Array hannWindow(
      long windowLength, @Default("True") boolean periodic, @Default("'float32'") DType dtype) {
    return window("signal.hann_window", windowLength, periodic, dtype, 0.5, 0.5);
  }

  /** {@code tf.signal.hamming_window(window_length, periodic=True, dtype=tf.float32)}. */
  @Fn
  public Array hammingWindow(
      long windowLength, @Default("True") boolean periodic, @Default("'float32'") DType dtype) {
    return window("signal.hamming_window", windowLength, periodic, dtype, 0.54, 0.46);
  }

  /**
   * {@code tf.signal.frame(signal, frame_length, frame_step, pad_end=False, pad_value=0, axis=-1)}:
   * overlapping frames along axis.
   */
  @Fn
  public Array frame(
      Object signal,
      long frameLength,
      long frameStep,
      @Default("False") boolean padEnd,
      @Default("0") Object padValue,
      @Default("-1") int axis) {
    String fn = "signal.frame";
    Array x = tensor(fn, "signal", signal);
    int ax = axis(fn, axis, x.rank());
    if (frameLength <= 0 || frameStep <= 0) {
      throw error(
          fn, "frame_length and frame_step must be > 0; got " + frameLength + " and " + frameStep);
    }
    long n = x.shape().dim(ax);
    long frames;
    if (padEnd) {
      frames = (n + frameStep - 1) / frameStep;
      long need = Math.max(0, (frames - 1) * frameStep + frameLength - n);
      if (need > 0) {
        long[][] pw = new long[x.rank()][2];
        pw[ax][1] = need;
        x =
            ExtraManipulation.pad(
                x, pw, "constant", tensor(fn, "pad_value", padValue, x.dtype()).item());
      }
    } else {
      frames = n < frameLength ? 0 : 1 + (n - frameLength) / frameStep;
    }
    Array starts = Elementwise.multiply(Creation.arange(0L, frames, 1L, DType.INT64), frameStep);
    Array offs = Creation.arange(0L, frameLength, 1L, DType.INT64);
    Array idx =
        Elementwise.add(Manipulation.expandDims(starts, 1), Manipulation.expandDims(offs, 0));
    if (frames == 0) {
      long[] d = x.shape().dims();
      long[] shape = new long[x.rank() + 1];
      for (int i = 0; i < x.rank(); i++) {
        shape[i < ax ? i : i + 1] = d[i];
      }
      shape[ax] = 0;
      shape[ax + 1] = frameLength;
      return Creation.zeros(Shape.of(shape), x.dtype());
    }
    return Indexing.take(x, idx, ax);
  }

  /**
   * {@code tf.signal.overlap_and_add(signal, frame_step)}: sums frames [..., frames, length] back.
   */
  @Fn
  public Array overlapAndAdd(Object signal, long frameStep) {
    String fn = "signal.overlap_and_add";
    Array x = tensor(fn, "signal", signal);
    if (x.rank() < 2 || frameStep <= 0) {
      throw error(
          fn,
          "signal must have rank >= 2 and frame_step > 0; got shape "
              + x.shape()
              + " step "
              + frameStep);
    }
    int r = x.rank();
    long frames = x.shape().dim(r - 2);
    long len = x.shape().dim(r - 1);
    long out = frames == 0 ? 0 : (frames - 1) * frameStep + len;
    Array moved = Manipulation.moveaxis(x, new int[] {r - 2, r - 1}, new int[] {0, 1});
    Array starts = Elementwise.multiply(Creation.arange(0L, frames, 1L, DType.INT64), frameStep);
    Array idx =
        Elementwise.add(
            Manipulation.expandDims(starts, 1),
            Manipulation.expandDims(Creation.arange(0L, len, 1L, DType.INT64), 0));
    long[] shape = new long[r - 1];
    shape[0] = out;
    for (int i = 0; i < r - 2; i++) {
      shape[i + 1] = x.shape().dim(i);
    }
    Array res = Scatter.scatterNd(Manipulation.expandDims(idx, -1), moved, shape, "sum", null);
    return Manipulation.moveaxis(res, new int[] {0}, new int[] {r - 2});
  }
}
