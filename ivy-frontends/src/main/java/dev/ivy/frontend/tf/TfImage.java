package dev.ivy.frontend.tf;

import static dev.ivy.frontend.tf.TfTypes.cast;
import static dev.ivy.frontend.tf.TfTypes.error;
import static dev.ivy.frontend.tf.TfTypes.floating;
import static dev.ivy.frontend.tf.TfTypes.pair;
import static dev.ivy.frontend.tf.TfTypes.scalar;
import static dev.ivy.frontend.tf.TfTypes.tensor;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.ops.Conversion;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.ExtraManipulation;
import dev.ivy.ops.Interpolation;
import dev.ivy.ops.Linalg;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Reductions;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.P;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tf.image}: resizing, flips and colour helpers on [..., height, width, channels]. Reached
 * as {@link TfFrontend#image}; each function is declared once ({@code @Fn}) and registered under
 * {@code tensorflow.image.<name>}. Tensor arguments are {@code Object}: a tensor, a Python number
 * or a nested list, converted by TensorFlow's rules (Python ints int32, floats float32).
 */
@Namespace(frontend = "tensorflow", prefix = "image", path = "TfFrontend.image", ignored = "name")
public final class TfImage extends TfImageDefaults {
  TfImage() {}

  /**
   * {@code tf.image.resize(images, size, method='bilinear', preserve_aspect_ratio=False,
   * antialias=False)}: half-pixel centres (TensorFlow 2); bilinear gives float32, nearest keeps the
   * dtype. preserve_aspect_ratio=True is rejected.
   */
  @Fn
  public Array resize(
      Object images,
      long[] size,
      @Default("'bilinear'") ResizeMethod method,
      @Default("False") boolean preserveAspectRatio,
      @Default("False") boolean antialias) {
    if (preserveAspectRatio) {
      throw error("image.resize", "preserve_aspect_ratio must be False (not supported); got True");
    }
    String fn = "image.resize";
    Array x = tensor(fn, "images", images);
    boolean batched = x.rank() == 4;
    if (x.rank() != 3 && x.rank() != 4) {
      throw error(fn, "images must have rank 3 or 4; got shape " + x.shape());
    }
    if (size.length != 2 || size[0] < 1 || size[1] < 1) {
      throw error(
          fn,
          "size must be 2 positive sizes [new_height, new_width]; got "
              + java.util.Arrays.toString(size));
    }
    if (antialias) {
      throw error(fn, "antialias must be False (not supported by the core resampler); got True");
    }
    String mode =
        switch (method == null ? ResizeMethod.BILINEAR : method) {
          case BILINEAR -> "bilinear";
          case NEAREST -> "nearest-exact";
          case AREA -> "area";
        };
    Array b = batched ? x : Manipulation.expandDims(x, 0);
    if (!mode.startsWith("nearest")) {
      b = b.dtype() == DType.FLOAT64 ? b : cast(b, DType.FLOAT32);
    }
    Array nchw = Manipulation.permuteDims(b, 0, 3, 1, 2);
    Array r = Interpolation.interpolate(nchw, size, mode, null, null, false, false);
    r = Manipulation.permuteDims(r, 0, 2, 3, 1);
    return batched ? r : Manipulation.squeeze(r, 0);
  }

  private static Array image(String fn, Object images) {
    Array x = tensor(fn, "image", images);
    if (x.rank() < 3) {
      throw error(
          fn, "image must have rank >= 3 ([..., height, width, channels]); got shape " + x.shape());
    }
    return x;
  }

  /** {@code tf.image.flip_left_right(image)}. */
  @Fn
  public Array flipLeftRight(@P("image") Object images) {
    Array x = image("image.flip_left_right", images);
    return Manipulation.flip(x, x.rank() - 2);
  }

  /** {@code tf.image.flip_up_down(image)}. */
  @Fn
  public Array flipUpDown(@P("image") Object images) {
    Array x = image("image.flip_up_down", images);
    return Manipulation.flip(x, x.rank() - 3);
  }

  /** {@code tf.image.transpose(image)}: swaps height and width. */
  @Fn
  public Array transpose(@P("image") Object images) {
    Array x = image("image.transpose", images);
    return Manipulation.swapaxes(x, x.rank() - 3, x.rank() - 2);
  }

  /** {@code tf.image.rot90(image, k=1)}: k quarter turns counter-clockwise. */
  @Fn
  public Array rot90(@P("image") Object images, @Default("1") long k) {
    Array x = image("image.rot90", images);
    int h = x.rank() - 3;
    int w = x.rank() - 2;
    long t = Math.floorMod(k, 4);
    return switch ((int) t) {
      case 0 -> x;
      case 1 -> Manipulation.swapaxes(Manipulation.flip(x, w), h, w);
      case 2 -> Manipulation.flip(x, h, w);
      default -> Manipulation.flip(Manipulation.swapaxes(x, h, w), w);
    };
  }

  /** {@code tf.image.rgb_to_grayscale(images)}: ITU-R 601 luma, keeping a channel axis. */
  @Fn
  public Array rgbToGrayscale(Object images) {
    String fn = "image.rgb_to_grayscale";
    Array x = tensor(fn, "images", images);
    if (x.rank() < 1 || x.shape().dim(x.rank() - 1) != 3) {
      throw error(fn, "images must have 3 channels in the last axis; got shape " + x.shape());
    }
    Array f = x.dtype().isFloating() ? x : cast(x, DType.FLOAT32);
    Array w = Conversion.asarray(List.of(0.2989, 0.587, 0.114), f.dtype());
    Array g = Reductions.sum(Elementwise.multiply(f, w), new int[] {x.rank() - 1}, true, f.dtype());
    return x.dtype().isFloating() ? g : cast(Elementwise.round(g), x.dtype());
  }

  /** {@code tf.image.adjust_brightness(image, delta)}: image + delta. */
  @Fn
  public Array adjustBrightness(@P("image") Object images, double delta) {
    Array x =
        floating("image.adjust_brightness", tensor("image.adjust_brightness", "image", images));
    return Elementwise.add(x, scalar(delta, x.dtype()));
  }

  /**
   * {@code tf.image.per_image_standardization(image)}: (x - mean) / max(std, 1 / sqrt(N)) over each
   * image's height, width and channels.
   */
  @Fn
  public Array perImageStandardization(@P("image") Object images) {
    Array x = image("image.per_image_standardization", images);
    Array f = x.dtype().isFloating() ? x : cast(x, DType.FLOAT32);
    int r = f.rank();
    int[] ax = {r - 3, r - 2, r - 1};
    long n = f.shape().dim(r - 3) * f.shape().dim(r - 2) * f.shape().dim(r - 1);
    Array mean = Reductions.mean(f, ax, true);
    Array std = Reductions.std(f, ax, 0, true);
    Array adj = Elementwise.maximum(std, scalar(1.0 / Math.sqrt(n), f.dtype()));
    return Elementwise.divide(Elementwise.subtract(f, mean), adj);
  }

  private static Array crop(Array x, long top, long left, long h, long w) {
    int r = x.rank();
    long[] start = new long[r];
    long[] stop = x.shape().dims();
    long[] step = new long[r];
    java.util.Arrays.fill(step, 1);
    start[r - 3] = top;
    start[r - 2] = left;
    stop[r - 3] = top + h;
    stop[r - 2] = left + w;
    return Manipulation.slice(x, start, stop, step);
  }

  private static Array padHw(Array x, long top, long bottom, long left, long right) {
    int r = x.rank();
    long[][] pw = new long[r][2];
    pw[r - 3][0] = top;
    pw[r - 3][1] = bottom;
    pw[r - 2][0] = left;
    pw[r - 2][1] = right;
    return ExtraManipulation.pad(x, pw, "constant", 0);
  }

  /**
   * {@code tf.image.crop_to_bounding_box(image, offset_height, offset_width, target_height,
   * target_width)}.
   */
  @Fn
  public Array cropToBoundingBox(
      @P("image") Object images,
      long offsetHeight,
      long offsetWidth,
      long targetHeight,
      long targetWidth) {
    String fn = "image.crop_to_bounding_box";
    Array x = image(fn, images);
    long h = x.shape().dim(x.rank() - 3);
    long w = x.shape().dim(x.rank() - 2);
    if (offsetHeight < 0
        || offsetWidth < 0
        || targetHeight <= 0
        || targetWidth <= 0
        || offsetHeight + targetHeight > h
        || offsetWidth + targetWidth > w) {
      throw error(
          fn,
          "the box must lie inside the "
              + h
              + "x"
              + w
              + " image; got offset "
              + offsetHeight
              + ","
              + offsetWidth
              + " size "
              + targetHeight
              + "x"
              + targetWidth);
    }
    return crop(x, offsetHeight, offsetWidth, targetHeight, targetWidth);
  }

  /**
   * {@code tf.image.pad_to_bounding_box(image, offset_height, offset_width, target_height,
   * target_width)}.
   */
  @Fn
  public Array padToBoundingBox(
      @P("image") Object images,
      long offsetHeight,
      long offsetWidth,
      long targetHeight,
      long targetWidth) {
    String fn = "image.pad_to_bounding_box";
    Array x = image(fn, images);
    long h = x.shape().dim(x.rank() - 3);
    long w = x.shape().dim(x.rank() - 2);
    long bottom = targetHeight - offsetHeight - h;
    long right = targetWidth - offsetWidth - w;
    if (offsetHeight < 0 || offsetWidth < 0 || bottom < 0 || right < 0) {
      throw error(
          fn,
          "the "
              + h
              + "x"
              + w
              + " image must fit the target at the offset; got offset "
              + offsetHeight
              + ","
              + offsetWidth
              + " target "
              + targetHeight
              + "x"
              + targetWidth);
    }
    return padHw(x, offsetHeight, bottom, offsetWidth, right);
  }

  /** {@code tf.image.resize_with_crop_or_pad(image, target_height, target_width)}: centred. */
  @Fn
  public Array resizeWithCropOrPad(@P("image") Object images, long targetHeight, long targetWidth) {
    String fn = "image.resize_with_crop_or_pad";
    Array x = image(fn, images);
    if (targetHeight <= 0 || targetWidth <= 0) {
      throw error(fn, "target sizes must be > 0; got " + targetHeight + "x" + targetWidth);
    }
    long h = x.shape().dim(x.rank() - 3);
    long w = x.shape().dim(x.rank() - 2);
    long ch = Math.min(h, targetHeight);
    long cw = Math.min(w, targetWidth);
    Array c =
        crop(x, Math.max((h - targetHeight) / 2, 0), Math.max((w - targetWidth) / 2, 0), ch, cw);
    long ph = targetHeight - ch;
    long pwd = targetWidth - cw;
    return padHw(c, ph / 2, ph - ph / 2, pwd / 2, pwd - pwd / 2);
  }

  /** {@code tf.image.central_crop(image, central_fraction)}. */
  @Fn
  public Array centralCrop(@P("image") Object images, double centralFraction) {
    String fn = "image.central_crop";
    Array x = image(fn, images);
    if (centralFraction <= 0 || centralFraction > 1) {
      throw error(fn, "central_fraction must be in (0, 1]; got " + centralFraction);
    }
    long h = x.shape().dim(x.rank() - 3);
    long w = x.shape().dim(x.rank() - 2);
    long top = (long) ((h - h * centralFraction) / 2);
    long left = (long) ((w - w * centralFraction) / 2);
    return crop(x, top, left, h - 2 * top, w - 2 * left);
  }

  /**
   * {@code tf.image.adjust_contrast(images, contrast_factor)}: (x - mean) * factor + mean per
   * channel.
   */
  @Fn
  public Array adjustContrast(Object images, double contrastFactor) {
    String fn = "image.adjust_contrast";
    Array x = floating(fn, image(fn, images));
    Array mean = Reductions.mean(x, new int[] {x.rank() - 3, x.rank() - 2}, true);
    return Elementwise.add(
        Elementwise.multiply(Elementwise.subtract(x, mean), scalar(contrastFactor, x.dtype())),
        mean);
  }

  /** {@code tf.image.adjust_gamma(image, gamma=1, gain=1)}: gain * x^gamma. */
  @Fn
  public Array adjustGamma(
      @P("image") Object images, @Default("1") double gamma, @Default("1") double gain) {
    String fn = "image.adjust_gamma";
    Array x = floating(fn, tensor(fn, "image", images));
    if (gamma < 0) {
      throw error(fn, "gamma must be >= 0; got " + gamma);
    }
    return Elementwise.multiply(
        scalar(gain, x.dtype()), Elementwise.pow(x, scalar(gamma, x.dtype())));
  }

  /** {@code tf.image.grayscale_to_rgb(images)}: repeats the single channel three times. */
  @Fn
  public Array grayscaleToRgb(Object images) {
    String fn = "image.grayscale_to_rgb";
    Array x = tensor(fn, "images", images);
    if (x.rank() < 2 || x.shape().dim(x.rank() - 1) != 1) {
      throw error(fn, "images must have 1 channel in the last axis; got shape " + x.shape());
    }
    long[] reps = new long[x.rank()];
    java.util.Arrays.fill(reps, 1);
    reps[x.rank() - 1] = 3;
    return Manipulation.tile(x, reps);
  }

  /**
   * {@code tf.image.convert_image_dtype(image, dtype, saturate=False)}: integers map to [0, 1]
   * floats by their maximum and back; float to float is a cast. saturate is accepted and ignored.
   */
  @Fn
  public Array convertImageDtype(
      @P("image") Object images, DType dtype, @Default("False") boolean saturate) {
    String fn = "image.convert_image_dtype";
    Array x = tensor(fn, "image", images);
    if (x.dtype() == dtype) {
      return x;
    }
    if (x.dtype().isFloating() && dtype.isFloating()) {
      return cast(x, dtype);
    }
    if (x.dtype().isInteger() && dtype.isFloating()) {
      double max = dev.ivy.ops.DTypeInfo.iinfo(x.dtype()).max();
      return Elementwise.multiply(cast(x, dtype), scalar(1.0 / max, dtype));
    }
    if (x.dtype().isFloating() && dtype.isInteger()) {
      double max = dev.ivy.ops.DTypeInfo.iinfo(dtype).max();
      return cast(Elementwise.round(Elementwise.multiply(x, scalar(max + 0.5, x.dtype()))), dtype);
    }
    throw error(
        fn, "dtype must be a numeric dtype and image numeric; got " + x.dtype() + " to " + dtype);
  }

  /**
   * {@code tf.image.total_variation(images)}: the sum of absolute neighbour differences per image.
   */
  @Fn
  public Array totalVariation(Object images) {
    String fn = "image.total_variation";
    Array x = image(fn, images);
    int r = x.rank();
    Array dh = Elementwise.abs(Manipulation.diff(x, 1, r - 3));
    Array dw = Elementwise.abs(Manipulation.diff(x, 1, r - 2));
    int[] ax = {r - 3, r - 2, r - 1};
    return Elementwise.add(
        Reductions.sum(dh, ax, false, x.dtype()), Reductions.sum(dw, ax, false, x.dtype()));
  }

  /** {@code tf.image.image_gradients(image)}: [dy, dx] on NHWC, zero in the last row / column. */
  @Fn
  public List<Array> imageGradients(Object image) {
    String fn = "image.image_gradients";
    Array x = tensor(fn, "image", image);
    if (x.rank() != 4) {
      throw error(fn, "image must have rank 4 (NHWC); got shape " + x.shape());
    }
    Array dy = Manipulation.diff(x, 1, 1);
    Array dx = Manipulation.diff(x, 1, 2);
    long[][] py = new long[4][2];
    py[1][1] = 1;
    long[][] px = new long[4][2];
    px[2][1] = 1;
    return List.of(
        ExtraManipulation.pad(dy, py, "constant", 0), ExtraManipulation.pad(dx, px, "constant", 0));
  }

  /** {@code tf.image.psnr(a, b, max_val)}: per image, over the last three axes. */
  @Fn
  public Array psnr(Object a, Object b, double maxVal) {
    String fn = "image.psnr";
    Array[] p = pair(fn, a, b);
    Array x = floating(fn, p[0]);
    int r = x.rank();
    Array mse =
        Reductions.mean(
            Elementwise.square(Elementwise.subtract(x, p[1])),
            new int[] {r - 3, r - 2, r - 1},
            false);
    Array ten = scalar(10.0, x.dtype());
    return Elementwise.multiply(
        Elementwise.divide(ten, Elementwise.log(ten)),
        Elementwise.subtract(
            Elementwise.log(scalar(maxVal * maxVal, x.dtype())), Elementwise.log(mse)));
  }

  private static Array colour(String fn, Object images, double[] m) {
    Array x = floating(fn, tensor(fn, "images", images));
    if (x.rank() < 1 || x.shape().dim(x.rank() - 1) != 3) {
      throw error(fn, "images must have 3 channels in the last axis; got shape " + x.shape());
    }
    List<List<Double>> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      rows.add(List.of(m[3 * i], m[3 * i + 1], m[3 * i + 2]));
    }
    return Linalg.matmul(x, Conversion.asarray(rows, x.dtype()));
  }

  /** {@code tf.image.rgb_to_yuv(images)}. */
  @Fn
  public Array rgbToYuv(Object images) {
    return colour(
        "image.rgb_to_yuv",
        images,
        new double[] {
          0.299,
          -0.14714119,
          0.61497538,
          0.587,
          -0.28886916,
          -0.51496512,
          0.114,
          0.43601035,
          -0.10001026
        });
  }

  /** {@code tf.image.yuv_to_rgb(images)}. */
  @Fn
  public Array yuvToRgb(Object images) {
    return colour(
        "image.yuv_to_rgb",
        images,
        new double[] {1, 1, 1, 0, -0.394642334, 2.03206185, 1.13988303, -0.58062185, 0});
  }

  /** {@code tf.image.rgb_to_yiq(images)}. */
  @Fn
  public Array rgbToYiq(Object images) {
    return colour(
        "image.rgb_to_yiq",
        images,
        new double[] {
          0.299, 0.59590059, 0.2115, 0.587, -0.27455667, -0.52273617, 0.114, -0.32134392, 0.31119955
        });
  }

  /** {@code tf.image.yiq_to_rgb(images)}. */
  @Fn
  public Array yiqToRgb(Object images) {
    return colour(
        "image.yiq_to_rgb",
        images,
        new double[] {
          1, 1, 1, 0.95598634, -0.27201283, -1.10674021, 0.6208248, -0.64720424, 1.70423049
        });
  }
}
