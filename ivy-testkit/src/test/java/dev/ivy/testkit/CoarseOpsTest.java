package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.autodiff.Autodiff;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.ops.Coarse;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every coarse operation, bound as one node (the backend's own kernel where it has one), agrees
 * with its decomposition into primitives on every backend, over cases that exercise its options
 * (strides, padding, dilation, groups, ceil mode, optional inputs, directions); in float32 and
 * float64. A disagreement beyond float tolerance is a bug in the kernel or the decomposition.
 */
class CoarseOpsTest {
  /** One call of a coarse operation: its params and the shapes of its (random) inputs. */
  record Case(String name, Prim prim, Params params, long[]... shapes) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static long[] l(long... v) {
    return v;
  }

  private static Params.Conv conv(long[] s, long[] lo, long[] hi, long[] d, long g) {
    return new Params.Conv(s, lo, hi, d, g);
  }

  private static Params.Pool pool(
      long[] k, long[] s, long[] lo, long[] hi, long[] d, boolean ceil, boolean inc, long div) {
    return new Params.Pool(k, s, lo, hi, d, ceil, inc, div);
  }

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    // convolution: 1-d to 3-d, strides, asymmetric padding, dilation, groups, depthwise, bias
    c.add(new Case("conv1d", Prim.CONV, conv(l(1), l(0), l(0), l(1), 1), l(2, 3, 9), l(4, 3, 3)));
    c.add(
        new Case(
            "conv1d stride2 pad1/2 bias",
            Prim.CONV,
            conv(l(2), l(1), l(2), l(1), 1),
            l(2, 3, 9),
            l(4, 3, 3),
            l(4)));
    c.add(
        new Case(
            "conv2d",
            Prim.CONV,
            conv(l(1, 1), l(1, 1), l(1, 1), l(1, 1), 1),
            l(2, 3, 8, 7),
            l(5, 3, 3, 3),
            l(5)));
    c.add(
        new Case(
            "conv2d stride2 asym pad",
            Prim.CONV,
            conv(l(2, 2), l(0, 1), l(1, 2), l(1, 1), 1),
            l(1, 4, 9, 8),
            l(6, 4, 3, 2)));
    c.add(
        new Case(
            "conv2d dilated",
            Prim.CONV,
            conv(l(1, 2), l(2, 1), l(2, 1), l(2, 3), 1),
            l(2, 2, 10, 11),
            l(3, 2, 3, 3)));
    c.add(
        new Case(
            "conv2d groups2",
            Prim.CONV,
            conv(l(1, 1), l(1, 1), l(1, 1), l(1, 1), 2),
            l(2, 4, 6, 6),
            l(6, 2, 3, 3),
            l(6)));
    c.add(
        new Case(
            "conv2d depthwise stride2",
            Prim.CONV,
            conv(l(2, 2), l(1, 1), l(1, 1), l(1, 1), 4),
            l(1, 4, 8, 8),
            l(4, 1, 3, 3),
            l(4)));
    c.add(
        new Case(
            "conv3d",
            Prim.CONV,
            conv(l(1, 2, 1), l(1, 0, 1), l(1, 0, 1), l(1, 1, 1), 1),
            l(1, 2, 5, 6, 4),
            l(3, 2, 3, 2, 3),
            l(3)));
    c.add(
        new Case(
            "conv1d pad 2/0 dilated",
            Prim.CONV,
            conv(l(1), l(2), l(0), l(2), 1),
            l(2, 2, 7),
            l(3, 2, 2),
            l(3)));
    c.add(
        new Case(
            "conv2d depthwise multiplier unequal strides",
            Prim.CONV,
            conv(l(1, 2), l(1, 0), l(2, 1), l(1, 1), 3),
            l(2, 3, 7, 8),
            l(6, 1, 3, 2),
            l(6)));
    c.add(
        new Case(
            "conv3d dilated strided groups",
            Prim.CONV,
            conv(l(1, 2, 1), l(1, 0, 2), l(0, 1, 1), l(1, 2, 3), 2),
            l(2, 4, 5, 9, 8),
            l(4, 2, 2, 3, 2),
            l(4)));
    // transposed convolution: PyTorch's padding and output_padding (negative padHi), groups
    c.add(
        new Case(
            "conv_transpose1d",
            Prim.CONV_TRANSPOSE,
            conv(l(2), l(0), l(0), l(1), 1),
            l(2, 3, 5),
            l(3, 4, 3)));
    c.add(
        new Case(
            "conv_transpose2d pad1 outpad1 bias",
            Prim.CONV_TRANSPOSE,
            conv(l(2, 2), l(1, 1), l(0, 0), l(1, 1), 1),
            l(1, 3, 4, 5),
            l(3, 2, 3, 3),
            l(2)));
    c.add(
        new Case(
            "conv_transpose2d groups dilation",
            Prim.CONV_TRANSPOSE,
            conv(l(1, 2), l(1, 0), l(1, 0), l(2, 1), 2),
            l(2, 4, 5, 4),
            l(4, 3, 3, 2)));
    c.add(
        new Case(
            "conv_transpose3d",
            Prim.CONV_TRANSPOSE,
            conv(l(2, 1, 1), l(0, 0, 1), l(0, 0, 1), l(1, 1, 1), 1),
            l(1, 2, 3, 3, 4),
            l(2, 3, 2, 2, 3)));
    // output_padding past max(stride, dilation), more cut at the end than the start, a large cut
    c.add(
        new Case(
            "conv_transpose1d padHi -3 bias",
            Prim.CONV_TRANSPOSE,
            conv(l(2), l(0), l(-3), l(1), 1),
            l(2, 3, 4),
            l(3, 2, 3),
            l(2)));
    c.add(
        new Case(
            "conv_transpose2d cut end bias",
            Prim.CONV_TRANSPOSE,
            conv(l(1, 2), l(0, 1), l(2, 1), l(1, 1), 1),
            l(1, 2, 5, 4),
            l(2, 3, 3, 3),
            l(3)));
    c.add(
        new Case(
            "conv_transpose2d cut 3/0 dilated",
            Prim.CONV_TRANSPOSE,
            conv(l(2, 1), l(3, 1), l(0, 1), l(2, 1), 1),
            l(1, 2, 4, 5),
            l(2, 2, 3, 3)));
    c.add(
        new Case(
            "conv_transpose2d dilated strided outpad",
            Prim.CONV_TRANSPOSE,
            conv(l(3, 2), l(2, 0), l(-2, 1), l(2, 3), 1),
            l(2, 3, 5, 4),
            l(3, 2, 3, 2),
            l(2)));
    // pooling: padding, ceil mode, dilation (max), count_include_pad and divisor (average)
    c.add(
        new Case(
            "max_pool1d",
            Prim.MAX_POOL,
            pool(l(3), l(2), l(1), l(1), l(1), false, false, 0),
            l(2, 3, 10)));
    c.add(
        new Case(
            "max_pool2d ceil",
            Prim.MAX_POOL,
            pool(l(3, 3), l(2, 2), l(0, 0), l(0, 0), l(1, 1), true, false, 0),
            l(1, 4, 8, 9)));
    c.add(
        new Case(
            "max_pool2d pad dilated",
            Prim.MAX_POOL,
            pool(l(2, 3), l(1, 2), l(1, 1), l(1, 1), l(2, 1), false, false, 0),
            l(2, 2, 7, 8)));
    c.add(
        new Case(
            "max_pool3d",
            Prim.MAX_POOL,
            pool(l(2, 2, 2), l(2, 2, 2), l(0, 0, 0), l(0, 0, 0), l(1, 1, 1), false, false, 0),
            l(1, 2, 4, 5, 4)));
    // max pooling's gradient (x, then g shaped as the pooling's output)
    c.add(
        new Case(
            "max_pool_grad2d",
            Prim.MAX_POOL_GRAD,
            pool(l(2, 2), l(2, 2), l(0, 0), l(0, 0), l(1, 1), false, false, 0),
            l(2, 3, 6, 6),
            l(2, 3, 3, 3)));
    c.add(
        new Case(
            "max_pool_grad1d pad",
            Prim.MAX_POOL_GRAD,
            pool(l(3), l(2), l(1), l(1), l(1), false, false, 0),
            l(2, 3, 10),
            l(2, 3, 5)));
    c.add(
        new Case(
            "max_pool_grad2d ceil",
            Prim.MAX_POOL_GRAD,
            pool(l(3, 3), l(2, 2), l(0, 0), l(0, 0), l(1, 1), true, false, 0),
            l(1, 2, 8, 9),
            l(1, 2, 4, 4)));
    c.add(
        new Case(
            "max_pool_grad2d pad dilated",
            Prim.MAX_POOL_GRAD,
            pool(l(2, 3), l(1, 2), l(1, 1), l(1, 1), l(2, 1), false, false, 0),
            l(2, 2, 7, 8),
            l(2, 2, 7, 4)));
    c.add(
        new Case(
            "max_pool_grad2d asymmetric pad",
            Prim.MAX_POOL_GRAD,
            pool(l(3, 3), l(2, 2), l(1, 0), l(0, 1), l(1, 1), false, false, 0),
            l(1, 2, 7, 7),
            l(1, 2, 3, 3)));
    c.add(
        new Case(
            "max_pool_grad3d",
            Prim.MAX_POOL_GRAD,
            pool(l(2, 2, 2), l(2, 2, 2), l(0, 0, 0), l(0, 0, 0), l(1, 1, 1), false, false, 0),
            l(1, 2, 4, 4, 4),
            l(1, 2, 2, 2, 2)));
    c.add(
        new Case(
            "avg_pool2d",
            Prim.AVG_POOL,
            pool(l(2, 2), l(2, 2), l(0, 0), l(0, 0), l(1, 1), false, true, 0),
            l(2, 3, 8, 8)));
    c.add(
        new Case(
            "avg_pool2d pad count_include_pad",
            Prim.AVG_POOL,
            pool(l(3, 3), l(2, 2), l(1, 1), l(1, 1), l(1, 1), false, true, 0),
            l(1, 2, 7, 8)));
    c.add(
        new Case(
            "avg_pool2d pad exclude ceil",
            Prim.AVG_POOL,
            pool(l(3, 3), l(2, 2), l(1, 1), l(1, 1), l(1, 1), true, false, 0),
            l(1, 2, 8, 7)));
    c.add(
        new Case(
            "avg_pool1d divisor",
            Prim.AVG_POOL,
            pool(l(3), l(1), l(1), l(1), l(1), false, true, 2),
            l(2, 2, 6)));
    c.add(
        new Case(
            "avg_pool3d",
            Prim.AVG_POOL,
            pool(l(2, 2, 2), l(1, 2, 2), l(1, 0, 0), l(1, 0, 0), l(1, 1, 1), false, false, 0),
            l(1, 2, 4, 4, 4)));
    // padding PyTorch's pooling does not take (asymmetric, over half the window), ceil mode over
    // it, divisors, dilation with ceil mode
    c.add(
        new Case(
            "max_pool2d asym pad ceil",
            Prim.MAX_POOL,
            pool(l(3, 2), l(2, 2), l(0, 1), l(1, 0), l(1, 1), true, false, 0),
            l(1, 2, 7, 6)));
    c.add(
        new Case(
            "max_pool1d pad over half dilated ceil",
            Prim.MAX_POOL,
            pool(l(2), l(2), l(2), l(2), l(2), true, false, 0),
            l(2, 2, 9)));
    c.add(
        new Case(
            "max_pool3d dilated ceil",
            Prim.MAX_POOL,
            pool(l(2, 2, 2), l(2, 1, 2), l(1, 0, 0), l(1, 0, 0), l(2, 1, 1), true, false, 0),
            l(1, 2, 6, 4, 5)));
    c.add(
        new Case(
            "avg_pool2d asym pad count_include_pad",
            Prim.AVG_POOL,
            pool(l(3, 3), l(2, 2), l(1, 0), l(1, 2), l(1, 1), false, true, 0),
            l(1, 2, 7, 6)));
    c.add(
        new Case(
            "avg_pool2d asym pad count_include_pad ceil",
            Prim.AVG_POOL,
            pool(l(3, 3), l(2, 2), l(1, 0), l(1, 2), l(1, 1), true, true, 0),
            l(1, 2, 8, 6)));
    c.add(
        new Case(
            "avg_pool2d asym pad exclude ceil",
            Prim.AVG_POOL,
            pool(l(3, 2), l(2, 2), l(0, 1), l(2, 0), l(1, 1), true, false, 0),
            l(2, 2, 7, 7)));
    c.add(
        new Case(
            "avg_pool1d asym pad divisor",
            Prim.AVG_POOL,
            pool(l(3), l(2), l(0), l(2), l(1), false, false, 3),
            l(2, 2, 7)));
    c.add(
        new Case(
            "avg_pool2d divisor ceil",
            Prim.AVG_POOL,
            pool(l(2, 2), l(1, 1), l(1, 1), l(1, 1), l(1, 1), true, true, 3),
            l(1, 2, 5, 5)));
    c.add(
        new Case(
            "avg_pool1d pad exclude ceil",
            Prim.AVG_POOL,
            pool(l(4), l(3), l(2), l(2), l(1), true, false, 0),
            l(2, 3, 10)));
    c.add(
        new Case(
            "avg_pool2d pad over half exclude",
            Prim.AVG_POOL,
            pool(l(3, 3), l(2, 2), l(2, 1), l(2, 1), l(1, 1), false, false, 0),
            l(1, 2, 6, 7)));
    // softmax along the last and an inner axis
    c.add(new Case("softmax last", Prim.SOFTMAX, new Params.Axis(2), l(2, 3, 7)));
    c.add(new Case("softmax inner", Prim.SOFTMAX, new Params.Axis(1), l(2, 3, 7)));
    c.add(new Case("log_softmax last", Prim.LOG_SOFTMAX, new Params.Axis(1), l(4, 9)));
    c.add(new Case("log_softmax first", Prim.LOG_SOFTMAX, new Params.Axis(0), l(5, 2, 3)));
    // norms with and without their affine inputs
    c.add(
        new Case(
            "layer_norm affine",
            Prim.LAYER_NORM,
            new Params.Norm(2, 1, 1e-5, true, true),
            l(2, 3, 8),
            l(8),
            l(8)));
    c.add(
        new Case(
            "layer_norm 2 axes plain",
            Prim.LAYER_NORM,
            new Params.Norm(1, 1, 1e-5, false, false),
            l(3, 4, 5)));
    c.add(
        new Case(
            "layer_norm weight only",
            Prim.LAYER_NORM,
            new Params.Norm(1, 1, 1e-3, true, false),
            l(3, 6),
            l(6)));
    c.add(
        new Case(
            "batch_norm",
            Prim.BATCH_NORM,
            new Params.Norm(1, 1, 1e-5, true, true),
            l(2, 4, 3, 3),
            l(4),
            l(4),
            l(4),
            l(4)));
    c.add(
        new Case(
            "batch_norm 1d plain",
            Prim.BATCH_NORM,
            new Params.Norm(1, 1, 1e-3, false, false),
            l(5, 3),
            l(3),
            l(3)));
    c.add(
        new Case(
            "group_norm",
            Prim.GROUP_NORM,
            new Params.Norm(1, 2, 1e-5, true, true),
            l(2, 6, 4, 3),
            l(6),
            l(6)));
    c.add(
        new Case(
            "group_norm instance",
            Prim.GROUP_NORM,
            new Params.Norm(1, 3, 1e-5, false, false),
            l(2, 3, 10)));
    c.add(
        new Case(
            "layer_norm bias only",
            Prim.LAYER_NORM,
            new Params.Norm(1, 1, 1e-5, false, true),
            l(4, 5),
            l(5)));
    c.add(
        new Case(
            "batch_norm weight only",
            Prim.BATCH_NORM,
            new Params.Norm(1, 1, 1e-5, true, false),
            l(2, 3, 4),
            l(3),
            l(3),
            l(3)));
    c.add(
        new Case(
            "group_norm bias only",
            Prim.GROUP_NORM,
            new Params.Norm(1, 2, 1e-5, false, true),
            l(2, 4, 3),
            l(4)));
    c.add(new Case("gelu", Prim.GELU, new Params.Gelu(false), l(3, 17)));
    c.add(new Case("gelu tanh", Prim.GELU, new Params.Gelu(true), l(3, 17)));
    c.add(new Case("silu", Prim.SILU, Params.None.INSTANCE, l(4, 9)));
    c.add(new Case("relu", Prim.RELU, Params.None.INSTANCE, l(4, 9)));
    c.add(new Case("clamp relu6", Prim.CLAMP, new Params.Bounds(0, 6), l(3, 11)));
    c.add(new Case("clamp", Prim.CLAMP, new Params.Bounds(-0.5, 0.25), l(3, 11)));
    c.add(
        new Case(
            "clamp below only",
            Prim.CLAMP,
            new Params.Bounds(-0.3, Double.POSITIVE_INFINITY),
            l(2, 7)));
    c.add(new Case("linear", Prim.LINEAR, Params.None.INSTANCE, l(5, 7), l(3, 7)));
    c.add(new Case("linear 3d bias", Prim.LINEAR, Params.None.INSTANCE, l(2, 5, 7), l(3, 7), l(3)));
    c.add(new Case("linear 1d", Prim.LINEAR, Params.None.INSTANCE, l(7), l(4, 7), l(4)));
    // recurrent layers: x, h0, (c0,) wIh, wHh, bIh, bHh; one and two directions
    c.add(
        new Case(
            "lstm",
            Prim.LSTM,
            Params.None.INSTANCE,
            l(5, 2, 3),
            l(1, 2, 4),
            l(1, 2, 4),
            l(1, 16, 3),
            l(1, 16, 4),
            l(1, 16),
            l(1, 16)));
    c.add(
        new Case(
            "lstm bidirectional",
            Prim.LSTM,
            Params.None.INSTANCE,
            l(4, 3, 2),
            l(2, 3, 5),
            l(2, 3, 5),
            l(2, 20, 2),
            l(2, 20, 5),
            l(2, 20),
            l(2, 20)));
    c.add(
        new Case(
            "gru",
            Prim.GRU,
            Params.None.INSTANCE,
            l(5, 2, 3),
            l(1, 2, 4),
            l(1, 12, 3),
            l(1, 12, 4),
            l(1, 12),
            l(1, 12)));
    c.add(
        new Case(
            "gru bidirectional",
            Prim.GRU,
            Params.None.INSTANCE,
            l(3, 2, 4),
            l(2, 2, 3),
            l(2, 9, 4),
            l(2, 9, 3),
            l(2, 9),
            l(2, 9)));
    // attention: plain, causal (L < S and L > S), bool and additive masks with fully masked rows
    c.add(
        new Case(
            "sdpa",
            Prim.SCALED_DOT_PRODUCT_ATTENTION,
            attention(0.4, false, Params.Attention.Mask.NONE),
            l(2, 3, 4, 5),
            l(2, 3, 6, 5),
            l(2, 3, 6, 7)));
    c.add(
        new Case(
            "sdpa causal",
            Prim.SCALED_DOT_PRODUCT_ATTENTION,
            attention(0.5, true, Params.Attention.Mask.NONE),
            l(2, 4, 3),
            l(2, 6, 3),
            l(2, 6, 5)));
    c.add(
        new Case(
            "sdpa causal L > S",
            Prim.SCALED_DOT_PRODUCT_ATTENTION,
            attention(0.5, true, Params.Attention.Mask.NONE),
            l(6, 3),
            l(4, 3),
            l(4, 2)));
    c.add(
        new Case(
            "sdpa bool mask",
            Prim.SCALED_DOT_PRODUCT_ATTENTION,
            attention(0.3, false, Params.Attention.Mask.BOOL),
            l(2, 3, 4, 5),
            l(2, 3, 6, 5),
            l(2, 3, 6, 7),
            l(2, 1, 4, 6)));
    c.add(
        new Case(
            "sdpa additive mask",
            Prim.SCALED_DOT_PRODUCT_ATTENTION,
            attention(0.3, false, Params.Attention.Mask.ADDITIVE),
            l(2, 4, 5),
            l(2, 6, 5),
            l(2, 6, 3),
            l(1, 4, 6)));
    // resize: nearest, nearest-exact, linear (align corners or not), up and down, 1-d to 3-d
    c.add(
        new Case(
            "resize nearest 1d up", Prim.RESIZE, resize(NEAREST, l(8), d(5.0 / 8)), l(2, 3, 5)));
    c.add(
        new Case(
            "resize nearest 1d down x0.5", Prim.RESIZE, resize(NEAREST, l(3), d(2)), l(2, 3, 7)));
    c.add(
        new Case(
            "resize nearest 3d",
            Prim.RESIZE,
            resize(NEAREST, l(4, 5, 2), d(0.5, 0.6, 2)),
            l(1, 2, 2, 3, 4)));
    c.add(
        new Case(
            "resize nearest 2d",
            Prim.RESIZE,
            resize(NEAREST, l(3, 10), d(5.0 / 3, 7.0 / 10)),
            l(1, 2, 5, 7)));
    c.add(
        new Case(
            "resize nearest-exact 2d up",
            Prim.RESIZE,
            resize(EXACT, l(7, 9), d(5.0 / 7, 4.0 / 9)),
            l(1, 2, 5, 4)));
    c.add(
        new Case(
            "resize nearest-exact 2d down x0.6",
            Prim.RESIZE,
            resize(EXACT, l(4, 3), d(1 / 0.6, 1 / 0.6)),
            l(1, 2, 7, 6)));
    c.add(
        new Case(
            "resize linear 1d up x2.5", Prim.RESIZE, resize(LINEAR, l(10), d(0.4)), l(2, 3, 4)));
    c.add(new Case("resize linear 1d to 1", Prim.RESIZE, resize(LINEAR, l(1), d(4)), l(1, 2, 4)));
    c.add(
        new Case(
            "resize linear 2d down",
            Prim.RESIZE,
            resize(LINEAR, l(4, 3), d(7.0 / 4, 2)),
            l(1, 2, 7, 6)));
    c.add(
        new Case(
            "resize linear 2d align corners",
            Prim.RESIZE,
            new Params.Resize(l(5, 7), d(3.0 / 5, 4.0 / 7), LINEAR, true),
            l(1, 2, 3, 4)));
    c.add(
        new Case(
            "resize linear 3d",
            Prim.RESIZE,
            resize(LINEAR, l(5, 3, 4), d(3.0 / 5, 4.0 / 3, 0.5)),
            l(1, 2, 3, 4, 2)));
    c.add(
        new Case(
            "resize linear 3d align corners",
            Prim.RESIZE,
            new Params.Resize(l(5, 1, 4), d(3.0 / 5, 4, 0.5), LINEAR, true),
            l(1, 2, 3, 4, 2)));
    // embedding: 1-d and 2-d indices (repeats accumulate in the gradient)
    c.add(new Case("embedding 1d", Prim.EMBEDDING, Params.None.INSTANCE, l(10, 4), l(7)));
    c.add(new Case("embedding 2d", Prim.EMBEDDING, Params.None.INSTANCE, l(6, 3), l(3, 4)));
    return c;
  }

  private static final Params.Resize.Mode NEAREST = Params.Resize.Mode.NEAREST;
  private static final Params.Resize.Mode EXACT = Params.Resize.Mode.NEAREST_EXACT;
  private static final Params.Resize.Mode LINEAR = Params.Resize.Mode.LINEAR;

  private static double[] d(double... v) {
    return v;
  }

  private static Params.Resize resize(Params.Resize.Mode mode, long[] sizes, double[] scales) {
    return new Params.Resize(sizes, scales, mode, false);
  }

  private static Params.Attention attention(
      double scale, boolean causal, Params.Attention.Mask mask) {
    return new Params.Attention(scale, causal, mask);
  }

  /**
   * Returns input {@code i} of case {@code c}: random values of {@code dt}, except embedding
   * indices (int64 in range, with repeats) and attention masks (bool, or additive; query row 1
   * fully masked in both).
   */
  static Array input(Case c, int i, Random rnd, DType dt) {
    long[] shape = c.shapes()[i];
    if (c.prim() == Prim.EMBEDDING && i == 1) {
      long num = c.shapes()[0][0];
      long[] v = new long[(int) Shape.of(shape).size()];
      for (int j = 0; j < v.length; j++) {
        v[j] = j == 1 ? v[0] : rnd.nextInt((int) num);
      }
      return Ivy.array(v, shape);
    }
    if (c.prim() == Prim.SCALED_DOT_PRODUCT_ATTENTION && i == 3) {
      int n = (int) Shape.of(shape).size();
      long len = shape[shape.length - 1];
      long rows = shape[shape.length - 2];
      boolean bool = ((Params.Attention) c.params()).mask() == Params.Attention.Mask.BOOL;
      boolean[] keep = new boolean[n];
      float[] add = new float[n];
      for (int j = 0; j < n; j++) {
        boolean dead = (j / len) % rows == 1;
        keep[j] = !dead && rnd.nextFloat() < 0.6;
        add[j] = dead ? Float.NEGATIVE_INFINITY : (float) rnd.nextGaussian();
      }
      return bool ? Ivy.array(keep, shape) : Ivy.astype(Ivy.array(add, shape), dt);
    }
    return random(rnd, shape, dt, c.prim() == Prim.BATCH_NORM && i == 2);
  }

  static Stream<Arguments> calls() {
    List<Arguments> r = new ArrayList<>();
    for (String b : Backends.underTest()) {
      for (Case c : cases()) {
        for (DType dt : List.of(DType.FLOAT32, DType.FLOAT64)) {
          r.add(Arguments.of(c, b, dt));
        }
      }
    }
    return r.stream();
  }

  private static Array random(Random rnd, long[] shape, DType dt, boolean positive) {
    int n = 1;
    for (long d : shape) {
      n *= (int) d;
    }
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = positive ? 0.5f + rnd.nextFloat() : (float) rnd.nextGaussian();
    }
    return Ivy.astype(Ivy.array(v, shape), dt);
  }

  @ParameterizedTest(name = "{0}[{1}, {2}]")
  @MethodSource("calls")
  void coarseOp_kernelOrNode_matchesDecomposition(Case c, String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Random rnd = new Random(c.name().hashCode());
      Array[] in = new Array[c.shapes().length];
      for (int i = 0; i < in.length; i++) {
        // batch norm's variance (input 2) must be positive
        in[i] = input(c, i, rnd, dt);
      }
      Array[] node =
          Prim.MULTI_OUTPUT.contains(c.prim())
              ? Dispatcher.bindMulti(c.prim(), c.params(), in)
              : new Array[] {Dispatcher.bind(c.prim(), c.params(), in)};
      Array[] ref = Coarse.decompose(c.prim(), c.params(), in);
      assertEquals(ref.length, node.length, "outputs");
      double tol = dt == DType.FLOAT32 ? 2e-4 : 1e-9;
      for (int i = 0; i < ref.length; i++) {
        assertEquals(ref[i].aval(), node[i].aval(), "output " + i + " shape and dtype");
        Close.values(
            ref[i].toDoubleArray(), node[i], tol, tol, c + " output " + i + " on " + backend);
      }
    }
  }

  @ParameterizedTest(name = "{0}[{1}, {2}]")
  @MethodSource("calls")
  void coarseOp_vjp_matchesVjpOfDecomposition(Case c, String backend, DType dt) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Random rnd = new Random(c.name().hashCode() + 1);
      List<Array> in = new ArrayList<>();
      for (int i = 0; i < c.shapes().length; i++) {
        in.add(input(c, i, rnd, dt));
      }
      boolean multi = Prim.MULTI_OUTPUT.contains(c.prim());
      Autodiff.VjpResult node =
          Autodiff.vjp(
              a ->
                  multi
                      ? List.of(Dispatcher.bindMulti(c.prim(), c.params(), a.toArray(new Array[0])))
                      : List.of(Dispatcher.bind(c.prim(), c.params(), a.toArray(new Array[0]))),
              in);
      Autodiff.VjpResult ref =
          Autodiff.vjp(
              a -> List.of(Coarse.decompose(c.prim(), c.params(), a.toArray(new Array[0]))), in);
      List<Array> cts = new ArrayList<>();
      for (Array o : ref.outputs()) {
        cts.add(random(rnd, o.shape().dims(), dt, false));
      }
      List<Array> gn = node.pullback(cts);
      List<Array> gr = ref.pullback(cts);
      double tol = dt == DType.FLOAT32 ? 1e-3 : 1e-8;
      for (int i = 0; i < gr.size(); i++) {
        if (!in.get(i).dtype().isFloating()) {
          continue; // indices and bool masks have no gradient
        }
        assertEquals(gr.get(i).aval(), gn.get(i).aval(), "gradient " + i + " shape and dtype");
        Close.values(
            gr.get(i).toDoubleArray(),
            gn.get(i),
            tol,
            tol,
            c + " gradient " + i + " on " + backend);
      }
    }
  }

  /**
   * Queries left with no key to attend to (a bool mask false or an additive mask -inf across their
   * row) get 0 from the node on every backend, as from PyTorch 2.5's safe softmax; the others are
   * finite.
   */
  @ParameterizedTest
  @MethodSource("dev.ivy.testkit.Backends#underTest")
  void attention_fullyMaskedRows_giveZero(String backend) {
    for (Case c : cases()) {
      if (c.prim() != Prim.SCALED_DOT_PRODUCT_ATTENTION || c.shapes().length < 4) {
        continue;
      }
      try (var b = Ivy.withBackend(backend);
          Scope s = Ivy.scope()) {
        Random rnd = new Random(c.name().hashCode());
        Array[] in = new Array[4];
        for (int i = 0; i < 4; i++) {
          in[i] = input(c, i, rnd, DType.FLOAT32);
        }
        Array y = Dispatcher.bind(c.prim(), c.params(), in);
        long[] d = y.shape().dims();
        long rows = d[d.length - 2];
        long cols = d[d.length - 1];
        double[] v = y.toDoubleArray();
        for (int j = 0; j < v.length; j++) {
          boolean dead = (j / cols) % rows == 1;
          if (dead) {
            assertEquals(0.0, v[j], 0.0, c + " on " + backend + " at " + j);
          } else {
            assertEquals(true, Double.isFinite(v[j]), c + " on " + backend + " at " + j);
          }
        }
      }
    }
  }

  /**
   * Max pooling's gradient goes where PyTorch sends it: the first maximum of a tied window in
   * row-major order, the last NaN of a window holding NaN; the same on every backend (torch's
   * kernel, the others' decomposition). The expected values are torch.nn.functional.max_pool2d's
   * autograd on this input (2x2 windows, stride 2).
   */
  @ParameterizedTest
  @MethodSource(BACKENDS)
  void maxPoolGradient_tiesAndNaN_asPyTorch(String backend) {
    double nan = Double.NaN;
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Array x =
          Ivy.array(
              new double[] {
                1, 3, 2, 2, //
                3, 0, 2, 2, //
                nan, 5, -1, -1, //
                4, nan, -1, 7
              },
              1,
              1,
              4,
              4);
      x = Ivy.astype(x, DType.FLOAT32);
      Params.Pool p = pool(l(2, 2), l(2, 2), l(0, 0), l(0, 0), l(1, 1), false, false, 0);
      Array g = Ivy.astype(Ivy.array(new double[] {10, 20, 30, 40}, 1, 1, 2, 2), DType.FLOAT32);
      Array gx = Dispatcher.bind(Prim.MAX_POOL_GRAD, p, x, g);
      assertArrayEquals(
          new double[] {
            0, 10, 20, 0, //
            0, 0, 0, 0, //
            0, 0, 0, 0, //
            0, 30, 0, 40
          },
          gx.toDoubleArray(),
          backend);
    }
  }

  @Test
  void cases_coverEveryCoarseOperation() {
    Set<Prim> seen = EnumSet.noneOf(Prim.class);
    for (Case c : cases()) {
      seen.add(c.prim());
    }
    assertEquals(Prim.COARSE, seen);
  }
}
