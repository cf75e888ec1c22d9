package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Checks;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Manipulation;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.Operand;
import dev.ivy.registry.Rest;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods of {@code torch.Tensor} that are not {@code torch.*} functions (casts, {@code view},
 * {@code new_full}, {@code item}...) and its operators ({@code __add__}, {@code __radd__}...), each
 * taking the tensor's array first. They are registered as {@code Tensor.NAME}, and {@link Tensor}
 * gets them as methods (generated into {@link TensorMethods}). The in-place methods ({@code fill_},
 * {@code zero_}, {@code masked_fill_}) return new arrays.
 */
@Namespace(frontend = "torch", prefix = "Tensor", methods = "Tensor", path = "Tensor")
final class TensorOnly extends TensorOnlyDefaults {
  private TensorOnly() {}

  // ------------------------------------------------------------------ casts

  /** Returns input as bool (torch.Tensor.bool). */
  @Fn(method = true)
  static Array bool(Array input) {
    return TorchTypes.cast(input, DType.BOOL);
  }

  /** Returns input as float32 (torch.Tensor.float). */
  @Fn(value = "float", method = true)
  static Array toFloat(Array input) {
    return TorchTypes.cast(input, DType.FLOAT32);
  }

  /** Returns input as float64 (torch.Tensor.double). */
  @Fn(value = "double", method = true)
  static Array toDouble(Array input) {
    return TorchTypes.cast(input, DType.FLOAT64);
  }

  /** Returns input as float16 (torch.Tensor.half). */
  @Fn(method = true)
  static Array half(Array input) {
    return TorchTypes.cast(input, DType.FLOAT16);
  }

  /** Returns input as bfloat16 (torch.Tensor.bfloat16). */
  @Fn(method = true)
  static Array bfloat16(Array input) {
    return TorchTypes.cast(input, DType.BFLOAT16);
  }

  /** Returns input as int32 (torch.Tensor.int). */
  @Fn(value = "int", method = true)
  static Array toInt(Array input) {
    return TorchTypes.cast(input, DType.INT32);
  }

  /** Returns input as int64 (torch.Tensor.long). */
  @Fn(value = "long", method = true)
  static Array toLong(Array input) {
    return TorchTypes.cast(input, DType.INT64);
  }

  /** Returns input as int16 (torch.Tensor.short). */
  @Fn(value = "short", method = true)
  static Array toShort(Array input) {
    return TorchTypes.cast(input, DType.INT16);
  }

  /** Returns input as uint8 (torch.Tensor.byte). */
  @Fn(value = "byte", method = true)
  static Array toByte(Array input) {
    return TorchTypes.cast(input, DType.UINT8);
  }

  /** Returns input as int8 (torch.Tensor.char). */
  @Fn(value = "char", method = true)
  static Array toChar(Array input) {
    return TorchTypes.cast(input, DType.INT8);
  }

  /**
   * Returns input as {@code dtype} (a dtype, its name or a tensor whose dtype to take)
   * (torch.Tensor.to); the device options are accepted and ignored.
   */
  @Fn(method = true)
  static Array to(
      Array input,
      @Default("None") Object dtype,
      @Default("False") boolean nonBlocking,
      @Default("False") boolean copy) {
    return Tensor.to(input, dtype);
  }

  /** Returns input as the dtype of {@code other} (torch.Tensor.type_as). */
  @Fn(method = true)
  static Array typeAs(Array input, Array other) {
    return TorchTypes.cast(input, other.dtype());
  }

  /**
   * Returns the type's name ("torch.FloatTensor") when dtype is None, else input as {@code dtype}
   * (torch.Tensor.type).
   */
  @Fn(method = true)
  static Object type(Array input, @Default("None") Object dtype) {
    return dtype == null ? "torch." + Tensor.torchTypeName(input.dtype()) : Tensor.to(input, dtype);
  }

  // ------------------------------------------------------------------ properties

  /** Returns the number of dimensions (torch.Tensor.dim). */
  @Fn(method = true)
  static long dim(Array input) {
    return input.rank();
  }

  /** Returns the number of dimensions (torch.Tensor.ndimension). */
  @Fn(method = true)
  static long ndimension(Array input) {
    return input.rank();
  }

  /** Returns the number of elements (torch.Tensor.nelement). */
  @Fn(method = true)
  static long nelement(Array input) {
    return input.size();
  }

  /** Returns the size of one element in bytes (torch.Tensor.element_size). */
  @Fn(method = true)
  static long elementSize(Array input) {
    return input.dtype().byteSize();
  }

  /** Returns the sizes as a list, or the size of {@code dim} (torch.Tensor.size). */
  @Fn(method = true)
  static Object size(Array input, @Default("None") Integer dim) {
    if (dim == null) {
      return longList(input.shape().dims());
    }
    return input.shape().dim(TorchShapes.dim("size", dim, input.rank()));
  }

  /** Returns the elements as nested Java lists (torch.Tensor.tolist). */
  @Fn(method = true)
  static Object tolist(Array input) {
    return Tensor.toList(input);
  }

  /** Returns the one element as a Java number or boolean (torch.Tensor.item). */
  @Fn(method = true)
  static Object item(Array input) {
    return Tensor.item(input);
  }

  /** Returns a copy (torch.Tensor.clone); memory_format is accepted and ignored. */
  @Fn(method = true)
  static Array clone(Array input, @Default("None") Object memoryFormat) {
    return Manipulation.astype(input, input.dtype());
  }

  /** Returns input cut from the gradient (torch.Tensor.detach). */
  @Fn(method = true)
  static Array detach(Array input) {
    return dev.ivy.Ivy.stopGradient(input);
  }

  /** Returns input (torch.Tensor.cpu: arrays stay on their backend). */
  @Fn(method = true)
  static Array cpu(Array input) {
    return input;
  }

  /** Returns whether the dtype is floating (torch.Tensor.is_floating_point). */
  @Fn(method = true)
  static boolean isFloatingPoint(Array input) {
    return input.dtype().isFloating();
  }

  /** Returns true: arrays are always contiguous here (torch.Tensor.is_contiguous). */
  @Fn(method = true)
  static boolean isContiguous(Array input) {
    return true;
  }

  /**
   * Returns input (torch.Tensor.contiguous): arrays are always contiguous here, so this is the
   * identity, as torch's is on a contiguous tensor (the reference case expects a transposed result,
   * which no framework returns).
   */
  @Fn(method = true)
  static Array contiguous(Array input, @Default("None") Object memoryFormat) {
    return input;
  }

  /** Returns the ndim property (torch.Tensor.ndim). */
  @Fn(method = true)
  static long ndim(Array input) {
    return input.rank();
  }

  /** Returns the shape property as a list of sizes (torch.Tensor.shape). */
  @Fn(method = true)
  static List<Long> shape(Array input) {
    return longList(input.shape().dims());
  }

  /** Returns the dimensions reversed (the torch.Tensor.T property). */
  @Fn(value = "T", method = true)
  static Array T(Array input) {
    int[] perm = new int[input.rank()];
    for (int i = 0; i < perm.length; i++) {
      perm[i] = perm.length - 1 - i;
    }
    return Manipulation.permuteDims(input, perm);
  }

  /** Returns the last two dimensions swapped (the torch.Tensor.mT property). */
  @Fn(value = "mT", method = true)
  static Array mT(Array input) {
    return TorchShapes.transpose(input, -2, -1);
  }

  // ------------------------------------------------------------------ shapes

  /** Returns input broadcast to {@code size}; -1 keeps a size (torch.Tensor.expand). */
  @Fn(method = true)
  static Array expand(Array input, long... size) {
    return TorchShapes.expand(input, size);
  }

  /** Returns input broadcast to the shape of {@code other} (torch.Tensor.expand_as). */
  @Fn(method = true)
  static Array expandAs(Array input, Array other) {
    return TorchShapes.expand(input, other.shape().dims());
  }

  /**
   * Returns input with a new shape; one size may be -1 (torch.Tensor.view; viewing as another dtype
   * is not supported).
   */
  @Fn(method = true)
  static Array view(Array input, long... shape) {
    return TorchShapes.reshape(input, shape);
  }

  /** Returns input with the shape of {@code other} (torch.Tensor.view_as). */
  @Fn(method = true)
  static Array viewAs(Array input, Array other) {
    return TorchShapes.reshape(input, other.shape().dims());
  }

  /** Returns input with the shape of {@code other} (torch.Tensor.reshape_as). */
  @Fn(method = true)
  static Array reshapeAs(Array input, Array other) {
    return TorchShapes.reshape(input, other.shape().dims());
  }

  /** Returns input reversed along {@code dims} (torch.Tensor.flip). */
  @Fn(method = true)
  static Array flip(Array input, int... dims) {
    return TorchShapes.flip(input, dims);
  }

  /** Returns input tiled {@code sizes} times along each dimension (torch.Tensor.repeat). */
  @Fn(method = true)
  static Array repeat(Array input, long... sizes) {
    return TorchShapes.repeat(input, sizes);
  }

  /** Returns input where {@code condition}, else {@code other} (torch.Tensor.where). */
  @Fn(method = true)
  static Array where(Array input, Array condition, @Operand Object other) {
    return TorchShapes.where(condition, input, other);
  }

  // ------------------------------------------------------------------ new tensors

  /**
   * Returns a tensor of {@code size} filled with {@code fillValue}, of input's dtype unless {@code
   * dtype} is given (torch.Tensor.new_full).
   */
  @Fn(method = true)
  static Array newFull(Array input, long[] size, Object fillValue, @Default("None") DType dtype) {
    return TorchCreation.full(
        Checks.given("Tensor.new_full", "size", size, "an integer"),
        fillValue,
        dtype != null ? dtype : input.dtype());
  }

  /** Returns {@code data} as a tensor of input's dtype unless given (torch.Tensor.new_tensor). */
  @Fn(method = true)
  static Array newTensor(Array input, Object data, @Default("None") DType dtype) {
    return TorchTypes.as(data, dtype != null ? dtype : input.dtype());
  }

  /** Returns a tensor of input's shape and dtype filled with {@code value} (torch.Tensor.fill_). */
  @Fn(value = "fill_", method = true)
  static Array fill(Array input, Object value) {
    return TorchCreation.like(input, value, null);
  }

  /** Returns zeros of input's shape and dtype (torch.Tensor.zero_). */
  @Fn(value = "zero_", method = true)
  static Array zero(Array input) {
    return TorchCreation.like(input, 0L, null);
  }

  /** Returns input with {@code value} where {@code mask} is true (torch.Tensor.masked_fill_). */
  @Fn(value = "masked_fill_", method = true)
  static Array maskedFill(Array input, Array mask, @Operand Object value) {
    return TorchShapes.maskedFill(input, mask, value);
  }

  /**
   * Returns input with {@code value} at the slices {@code index} along dim
   * (torch.Tensor.index_fill).
   */
  @Fn(method = true)
  static Array indexFill(Array input, int dim, Array index, @Operand Object value) {
    return TorchShapes.indexFill(input, dim, index, value);
  }

  // ------------------------------------------------------------------ operators

  /** Returns input + other (torch.Tensor.__add__). */
  @Fn(value = "__add__", method = true)
  static Array add(@Operand Object input, @Operand Object other) {
    return TorchMath.add(input, other, 1L);
  }

  /** Returns other + input (torch.Tensor.__radd__). */
  @Fn(value = "__radd__", method = true)
  static Array radd(@Operand Object input, @Operand Object other) {
    return TorchMath.add(other, input, 1L);
  }

  /** Returns input - other (torch.Tensor.__sub__). */
  @Fn(value = "__sub__", method = true)
  static Array sub(@Operand Object input, @Operand Object other) {
    return TorchMath.sub(input, other, 1L);
  }

  /** Returns other - input (torch.Tensor.__rsub__). */
  @Fn(value = "__rsub__", method = true)
  static Array rsub(@Operand Object input, @Operand Object other) {
    return TorchMath.sub(other, input, 1L);
  }

  /** Returns input * other (torch.Tensor.__mul__). */
  @Fn(value = "__mul__", method = true)
  static Array mul(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::multiply);
  }

  /** Returns other * input (torch.Tensor.__rmul__). */
  @Fn(value = "__rmul__", method = true)
  static Array rmul(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(other, input, Elementwise::multiply);
  }

  /** Returns the true quotient input / other (torch.Tensor.__truediv__). */
  @Fn(value = "__truediv__", method = true)
  static Array div(@Operand Object input, @Operand Object other) {
    return TorchMath.div(input, other, null);
  }

  /** Returns the true quotient other / input (torch.Tensor.__rtruediv__). */
  @Fn(value = "__rtruediv__", method = true)
  static Array rtruediv(@Operand Object input, @Operand Object other) {
    return TorchMath.div(other, input, null);
  }

  /** Returns input // other (torch.Tensor.__floordiv__). */
  @Fn(value = "__floordiv__", method = true)
  static Array floorDivide(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::floorDivide);
  }

  /** Returns other // input (torch.Tensor.__rfloordiv__). */
  @Fn(value = "__rfloordiv__", method = true)
  static Array rfloordiv(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(other, input, Elementwise::floorDivide);
  }

  /** Returns input % other, with the divisor's sign (torch.Tensor.__mod__). */
  @Fn(value = "__mod__", method = true)
  static Array remainder(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::remainder);
  }

  /** Returns other % input (torch.Tensor.__rmod__). */
  @Fn(value = "__rmod__", method = true)
  static Array rmod(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(other, input, Elementwise::remainder);
  }

  /** Returns input ** other (torch.Tensor.__pow__). */
  @Fn(value = "__pow__", method = true)
  static Array pow(@Operand Object input, @Operand Object other) {
    return TorchMath.pow(input, other);
  }

  /** Returns other ** input (torch.Tensor.__rpow__). */
  @Fn(value = "__rpow__", method = true)
  static Array rpow(@Operand Object input, @Operand Object other) {
    return TorchMath.pow(other, input);
  }

  /** Returns input @ other (torch.Tensor.__matmul__). */
  @Fn(value = "__matmul__", method = true)
  static Array matmul(Array input, Array other) {
    return TorchLinalg.matmul(input, other);
  }

  /** Returns other @ input (torch.Tensor.__rmatmul__). */
  @Fn(value = "__rmatmul__", method = true)
  static Array rmatmul(Array input, Array other) {
    return TorchLinalg.matmul(other, input);
  }

  /** Returns input &amp; other (torch.Tensor.__and__). */
  @Fn(value = "__and__", method = true)
  static Array bitwiseAnd(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::bitwiseAnd);
  }

  /** Returns input | other (torch.Tensor.__or__). */
  @Fn(value = "__or__", method = true)
  static Array bitwiseOr(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::bitwiseOr);
  }

  /** Returns input ^ other (torch.Tensor.__xor__). */
  @Fn(value = "__xor__", method = true)
  static Array bitwiseXor(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::bitwiseXor);
  }

  /** Returns input &lt;&lt; other (torch.Tensor.__lshift__). */
  @Fn(value = "__lshift__", method = true)
  static Array bitwiseLeftShift(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::bitwiseLeftShift);
  }

  /** Returns input &gt;&gt; other (torch.Tensor.__rshift__). */
  @Fn(value = "__rshift__", method = true)
  static Array bitwiseRightShift(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::bitwiseRightShift);
  }

  /** Returns input == other (torch.Tensor.__eq__). */
  @Fn(value = "__eq__", method = true)
  static Array eq(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::equal);
  }

  /** Returns input != other (torch.Tensor.__ne__). */
  @Fn(value = "__ne__", method = true)
  static Array ne(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::notEqual);
  }

  /** Returns input &lt; other (torch.Tensor.__lt__). */
  @Fn(value = "__lt__", method = true)
  static Array lt(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::less);
  }

  /** Returns input &lt;= other (torch.Tensor.__le__). */
  @Fn(value = "__le__", method = true)
  static Array le(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::lessEqual);
  }

  /** Returns input &gt; other (torch.Tensor.__gt__). */
  @Fn(value = "__gt__", method = true)
  static Array gt(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::greater);
  }

  /** Returns input &gt;= other (torch.Tensor.__ge__). */
  @Fn(value = "__ge__", method = true)
  static Array ge(@Operand Object input, @Operand Object other) {
    return TorchMath.binary(input, other, Elementwise::greaterEqual);
  }

  /** Returns -input (torch.Tensor.__neg__). */
  @Fn(value = "__neg__", method = true)
  static Array neg(Array input) {
    return Elementwise.negative(input);
  }

  /** Returns |input| (torch.Tensor.__abs__). */
  @Fn(value = "__abs__", method = true)
  static Array abs(Array input) {
    return Elementwise.abs(input);
  }

  /** Returns ~input (torch.Tensor.__invert__). */
  @Fn(value = "__invert__", method = true)
  static Array bitwiseNot(Array input) {
    return Elementwise.bitwiseInvert(input);
  }

  /**
   * Returns the size of the first dimension (torch.Tensor.__len__).
   *
   * @throws IvyArgumentException for a 0-d tensor
   */
  @Fn(value = "__len__", method = true)
  static long len(Array input) {
    if (input.rank() == 0) {
      throw new IvyArgumentException("__len__: len() of a 0-d tensor");
    }
    return input.shape().dim(0);
  }

  private static List<Long> longList(long[] v) {
    List<Long> r = new ArrayList<>();
    for (long l : v) {
      r.add(l);
    }
    return r;
  }

  // ------------------------------------------------------------------ new tensors of a size

  /**
   * Returns zeros of {@code size}, of input's dtype unless {@code dtype} (torch.Tensor.new_zeros).
   */
  @Fn(method = true)
  static Array newZeros(Array input, @Rest long[] size, @Default("None") DType dtype) {
    return TorchCreation.zeros(size, dtype != null ? dtype : input.dtype());
  }

  /**
   * Returns ones of {@code size}, of input's dtype unless {@code dtype} (torch.Tensor.new_ones).
   */
  @Fn(method = true)
  static Array newOnes(Array input, @Rest long[] size, @Default("None") DType dtype) {
    return TorchCreation.ones(size, dtype != null ? dtype : input.dtype());
  }

  /**
   * Returns an array of {@code size}, of input's dtype unless {@code dtype}
   * (torch.Tensor.new_empty): zeros here, as the values of torch's are unspecified.
   */
  @Fn(method = true)
  static Array newEmpty(Array input, @Rest long[] size, @Default("None") DType dtype) {
    return TorchCreation.zeros(size, dtype != null ? dtype : input.dtype());
  }
}
