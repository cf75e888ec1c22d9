package dev.ivy.registry.sample;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.Operand;
import dev.ivy.registry.P;
import java.util.Arrays;

/** A declared namespace for DeclarationProcessorTest: each function describes its arguments. */
@Namespace(
    frontend = "sample",
    prefix = "math",
    path = "Sample.math",
    ignored = "name",
    methods = "Thing")
public final class Sample extends SampleDefaults {
  /** The instance users reach. */
  public static final Sample math = new Sample();

  private Sample() {}

  /** The reduction modes of {@link #reduce}. */
  public enum Mode {
    /** Mean. */
    MEAN,
    /** Sum. */
    SUM,
    /** Half to even. */
    HALF_EVEN
  }

  /** Describes its arguments. */
  @Fn(
      value = {"cumprod", "cumulative_prod"},
      also = "cumprod",
      method = true)
  public String cumprod(
      Object x,
      @Default("0") int axis,
      @Default("False") boolean exclusive,
      @P("reverse_it") @Default("True") boolean reverse) {
    return x + " " + axis + " " + exclusive + " " + reverse;
  }

  /** Describes its arguments. */
  @Fn
  public String reduce(
      @Operand Object input,
      @Default("'half_even'") Mode mode,
      @Default("(1, 2)") int[] kernelSize,
      @Default("1e-05") double eps,
      @Default("-inf") float low,
      @Default("None") DType dtype,
      @Default("'float32'") DType otherDtype,
      @Default("None") Long limit) {
    return (input instanceof Array a ? "array " + a.shape() : "scalar " + input)
        + " "
        + mode
        + " "
        + Arrays.toString(kernelSize)
        + " "
        + eps
        + " "
        + low
        + " "
        + dtype
        + " "
        + otherDtype
        + " "
        + limit;
  }

  /** Describes its arguments. */
  @Fn
  public static String ones(long... size) {
    return Arrays.toString(size);
  }

  /** Describes its arguments. */
  @Fn
  public static String axes(int[] axes, @Default("None") long[] shape) {
    return Arrays.toString(axes) + " " + Arrays.toString(shape);
  }

  /** Describes its arguments: a reduction over one or several axes. */
  @Fn(method = true)
  public static String total(
      Object x,
      @Default("None") int[] axis,
      @Default("None") DType dtype,
      @Default("None") Boolean exact,
      @Default("False") boolean keepdims) {
    return x + " " + Arrays.toString(axis) + " " + dtype + " " + exact + " " + keepdims;
  }

  /** Describes its arguments: a hand-written overload that takes anything second. */
  public static String total(Object x, Object other) {
    return "other " + other;
  }

  /** Describes its arguments: the axes are a permutation, not one or several axes. */
  @Fn
  public static String permuteDims(Object x, int[] axes) {
    return x + " " + Arrays.toString(axes);
  }

  /** Describes its arguments: the axes are a pair. */
  @Fn
  public static String rot(Object x, @Default("(0, 1)") int[] axes) {
    return x + " " + Arrays.toString(axes);
  }
}
