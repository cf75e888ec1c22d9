package dev.ivy.registry;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;

import dev.ivy.Array;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Convolution;
import dev.ivy.ops.Interpolation;
import dev.ivy.ops.Pooling;
import java.util.List;

/**
 * Registers the convolution and pooling functions of the core API under the namespace {@code ivy},
 * with Ivy's names, parameter names and defaults ({@code conv2d(x, filters, strides, padding,
 * data_format='NHWC', filter_format='channel_last', x_dilations=1, dilations=1, bias=None)}).
 * Arguments beyond Ivy's are appended at the end: {@code feature_group_count} on the convolutions
 * and {@code output_padding} (PyTorch's) on the transposed ones.
 */
public final class ConvFunctions implements FunctionProvider {
  private static final String NS = "ivy";
  private static final String[] CHANNEL_LAST = {"NWC", "NHWC", "NDHWC"};

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public ConvFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    convolutions(r);
    pooling(r);
    r.add(
        NS,
        "interpolate",
        List.of(
            req("x"),
            opt("size", null),
            opt("mode", "linear"),
            opt("scale_factor", null),
            opt("recompute_scale_factor", null),
            opt("align_corners", false),
            opt("antialias", false)),
        a ->
            Interpolation.interpolate(
                a.array("x"),
                a.isNone("size") ? null : a.longs("size"),
                a.string("mode"),
                doublesOrNull(a, "scale_factor"),
                a.isNone("recompute_scale_factor") ? null : a.bool("recompute_scale_factor"),
                a.bool("align_corners"),
                a.bool("antialias")));
  }

  private static void convolutions(FunctionRegistry.Builder r) {
    for (int dims = 1; dims <= 3; dims++) {
      int nd = dims;
      String name = "conv" + dims + "d";
      r.add(
          NS,
          name,
          List.of(
              req("x"),
              req("filters"),
              req("strides"),
              req("padding"),
              opt("data_format", CHANNEL_LAST[dims - 1]),
              opt("filter_format", "channel_last"),
              opt("x_dilations", 1L),
              opt("dilations", 1L),
              opt("bias", null),
              opt("feature_group_count", 1L)),
          a ->
              Convolution.conv(
                  name,
                  a.array("x"),
                  a.array("filters"),
                  a.longs("strides"),
                  a.get("padding"),
                  nd,
                  a.string("data_format"),
                  a.string("filter_format"),
                  a.longValue("feature_group_count"),
                  a.longs("x_dilations"),
                  a.longs("dilations"),
                  a.arrayOrNull("bias")));
      String tname = name + "_transpose";
      r.add(
          NS,
          tname,
          List.of(
              req("x"),
              req("filters"),
              req("strides"),
              req("padding"),
              opt("output_shape", null),
              opt("filter_format", "channel_last"),
              opt("data_format", CHANNEL_LAST[dims - 1]),
              opt("dilations", 1L),
              opt("bias", null),
              opt("feature_group_count", 1L),
              opt("output_padding", 0L)),
          a ->
              Convolution.convTranspose(
                  tname,
                  a.array("x"),
                  a.array("filters"),
                  a.longs("strides"),
                  a.get("padding"),
                  nd,
                  a.isNone("output_shape") ? null : a.longs("output_shape"),
                  a.string("data_format"),
                  a.string("filter_format"),
                  a.longValue("feature_group_count"),
                  a.longs("dilations"),
                  a.longs("output_padding"),
                  a.arrayOrNull("bias")));
    }
    r.add(
        NS,
        "conv_general_dilated",
        List.of(
            req("x"),
            req("filters"),
            req("strides"),
            req("padding"),
            opt("dims", 2L),
            opt("data_format", "channel_last"),
            opt("filter_format", "channel_last"),
            opt("feature_group_count", 1L),
            opt("x_dilations", 1L),
            opt("dilations", 1L),
            opt("bias", null)),
        a ->
            Convolution.conv(
                "conv_general_dilated",
                a.array("x"),
                a.array("filters"),
                a.longs("strides"),
                a.get("padding"),
                a.intValue("dims"),
                a.string("data_format"),
                a.string("filter_format"),
                a.longValue("feature_group_count"),
                a.longs("x_dilations"),
                a.longs("dilations"),
                a.arrayOrNull("bias")));
    r.add(
        NS,
        "conv_general_transpose",
        List.of(
            req("x"),
            req("filters"),
            req("strides"),
            req("padding"),
            opt("dims", 2L),
            opt("output_shape", null),
            opt("filter_format", "channel_last"),
            opt("data_format", "channel_last"),
            opt("dilations", 1L),
            opt("feature_group_count", 1L),
            opt("bias", null),
            opt("output_padding", 0L)),
        a ->
            Convolution.convTranspose(
                "conv_general_transpose",
                a.array("x"),
                a.array("filters"),
                a.longs("strides"),
                a.get("padding"),
                a.intValue("dims"),
                a.isNone("output_shape") ? null : a.longs("output_shape"),
                a.string("data_format"),
                a.string("filter_format"),
                a.longValue("feature_group_count"),
                a.longs("dilations"),
                a.longs("output_padding"),
                a.arrayOrNull("bias")));
    r.add(
        NS,
        "depthwise_conv2d",
        List.of(
            req("x"),
            req("filters"),
            req("strides"),
            req("padding"),
            opt("data_format", "NHWC"),
            opt("dilations", 1L)),
        a ->
            Convolution.depthwiseConv2d(
                a.array("x"),
                a.array("filters"),
                a.longs("strides"),
                a.get("padding"),
                a.string("data_format"),
                a.longs("dilations")));
  }

  private static void pooling(FunctionRegistry.Builder r) {
    for (int dims = 1; dims <= 3; dims++) {
      int nd = dims;
      String max = "max_pool" + dims + "d";
      r.add(
          NS,
          max,
          List.of(
              req("x"),
              req("kernel"),
              req("strides"),
              req("padding"),
              opt("data_format", CHANNEL_LAST[dims - 1]),
              opt("dilation", 1L),
              opt("ceil_mode", false)),
          a ->
              Pooling.maxPool(
                  max,
                  a.array("x"),
                  a.longs("kernel"),
                  a.isNone("strides") ? null : a.longs("strides"),
                  a.get("padding"),
                  nd,
                  a.string("data_format"),
                  a.longs("dilation"),
                  a.bool("ceil_mode")));
      String avg = "avg_pool" + dims + "d";
      r.add(
          NS,
          avg,
          List.of(
              req("x"),
              req("kernel"),
              req("strides"),
              req("padding"),
              opt("data_format", CHANNEL_LAST[dims - 1]),
              opt("count_include_pad", false),
              opt("ceil_mode", false),
              opt("divisor_override", null)),
          a -> {
            Number div = a.numberOrNull("divisor_override");
            return Pooling.avgPool(
                avg,
                a.array("x"),
                a.longs("kernel"),
                a.isNone("strides") ? null : a.longs("strides"),
                a.get("padding"),
                nd,
                a.string("data_format"),
                a.bool("count_include_pad"),
                a.bool("ceil_mode"),
                div == null ? null : div.longValue());
          });
    }
    r.add(
        NS,
        "adaptive_avg_pool1d",
        List.of(req("input"), req("output_size")),
        a -> Pooling.adaptiveAvgPool1d(a.array("input"), outputSize(a)));
    r.add(
        NS,
        "adaptive_avg_pool2d",
        List.of(req("input"), req("output_size")),
        a -> Pooling.adaptiveAvgPool2d(a.array("input"), outputSize(a)));
    r.add(
        NS,
        "adaptive_max_pool1d",
        List.of(req("input"), req("output_size")),
        a -> Pooling.adaptiveMaxPool1d(a.array("input"), outputSize(a)));
    r.add(
        NS,
        "adaptive_max_pool2d",
        List.of(req("input"), req("output_size")),
        a -> Pooling.adaptiveMaxPool2d(a.array("input"), outputSize(a)));
  }

  /** Returns output_size with None entries (keep the input size) as -1. */
  private static long[] outputSize(Args a) {
    Object v = a.get("output_size");
    if (v instanceof List<?> l) {
      long[] r = new long[l.size()];
      for (int i = 0; i < r.length; i++) {
        Object o = l.get(i);
        if (o == null) {
          r[i] = -1;
        } else if (o instanceof Long || o instanceof Integer) {
          r[i] = ((Number) o).longValue();
        } else {
          throw new IvyArgumentException(
              a.fn() + ": output_size must hold integers or None; got " + l);
        }
      }
      return r;
    }
    return a.longs("output_size");
  }

  private static double[] doublesOrNull(Args a, String name) {
    Object v = a.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> l) {
      double[] r = new double[l.size()];
      for (int i = 0; i < r.length; i++) {
        if (!(l.get(i) instanceof Number n)) {
          throw new IvyArgumentException(
              a.fn() + ": " + name + " must be a number or a sequence of numbers; got " + l);
        }
        r[i] = n.doubleValue();
      }
      return r;
    }
    if (v instanceof double[] d) {
      return d.clone();
    }
    if (v instanceof Array arr) {
      return arr.toDoubleArray();
    }
    return new double[] {a.doubleValue(name)};
  }
}
